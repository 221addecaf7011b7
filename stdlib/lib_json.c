/* stdlib/lib_json.c — JsonObject, JsonArray, JsonToken and JsonValue
 * (docs/json.md).
 *
 * Every JSON variable holds a node of an interp/json.h tree, shared on
 * assignment as in BC.  Conversions and most error texts follow Newtonsoft
 * (which BC runs on); where BC's own text is unknown the text is ours and
 * docs/json.md lists it.  JsonArray indexes are 0-based, as in BC.
 */
#include "stdlib/lib.h"
#include "interp/convert.h"
#include "interp/datetime.h"
#include "interp/ir.h"
#include "interp/json.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#define INDEX_ERR "Index was out of range. Must be non-negative and less than the size of the collection."
#define INSERT_ERR "Index must be within the bounds of the List."

static al_value *recv(al_value *self) { return self->tag == AL_TAG_REF ? self->u.ref : self; }
static al_json *node(al_value *self) { return recv(self)->u.json; }
static al_value deref(al_value v) { return v.tag == AL_TAG_REF ? *v.u.ref : v; }

static al_value jv(al_tkind kind, al_json *j)
{
    al_value v = {.tag = (uint8_t)kind};
    v.u.json = j;
    return v;
}

/* The AL type a node is when it is not a JsonToken. */
static const char *kind_name(const al_json *j)
{
    return j->kind == AL_JSON_OBJECT ? "JsonObject" : j->kind == AL_JSON_ARRAY ? "JsonArray" : "JsonValue";
}

/* Newtonsoft's JTokenType names, for its conversion errors. */
static const char *token_type(const al_json *j)
{
    static const char *const names[] = {"Null", "Undefined", "Boolean", "Integer", "Float", "String", "Object", "Array"};
    return names[j->kind];
}

/* An argument as a node: a JSON variable's own node, or a new value node
 * for a simple value (dates as format 9 text, docs/json.md). */
static al_json *to_node(al_exec *X, al_value v)
{
    v = deref(v);
    al_dec d;
    switch (v.tag) {
    case AL_TY_JSONOBJECT: case AL_TY_JSONARRAY: case AL_TY_JSONTOKEN: case AL_TY_JSONVALUE: return v.u.json;
    case AL_TY_NONE: return al_json_new(AL_JSON_NULL);
    case AL_TY_BOOLEAN: return al_json_bool(v.u.b);
    case AL_TY_INTEGER: case AL_TY_OPTION: case AL_TY_ENUM: return al_json_int(v.u.i);
    case AL_TY_BIGINT: case AL_TY_DURATION: return al_json_int(v.u.big);
    case AL_TY_DECIMAL:
        d = *(const al_dec *)v.u.dec;
        return al_json_dec(d);
    case AL_TY_CHAR: return al_json_string(al_text_from_char((uint32_t)v.u.i));
    case AL_TY_TEXT: case AL_TY_CODE: case AL_TY_LABEL: return al_json_string(v.u.text);
    case AL_TY_DATE: return al_json_string(al_text_cstr(al_date_format(v.u.i, 9, NULL)));
    case AL_TY_TIME: return al_json_string(al_text_cstr(al_time_format(v.u.i, 9, NULL)));
    case AL_TY_DATETIME: return al_json_string(al_text_cstr(al_datetime_format(v.u.big, 9, NULL)));
    default:
        al_throw(X, NULL, "A value of type %s cannot be stored in a JsonValue.", al_convert_kind_name((al_tkind)v.tag));
    }
}

/* The node to link under [parent] for argument [v] (a copy when it has a
 * parent already), refused when the tree would nest too deep. */
static al_json *child(al_exec *X, al_json *parent, al_value v)
{
    al_json *item = al_json_adopt(parent, to_node(X, v));
    if (al_json_is_container(item) && al_json_too_deep(parent, item))
        al_throw(X, NULL, "The JSON would be nested more than %d levels deep.", AL_JSON_MAX_NESTING);
    return item;
}

/* [Ok :=] failures: false when the result is used, else the error. */
static al_value fail(al_exec *X, const al_ir *call, const char *msg)
{
    if (call->consumed) return al_bool(false);
    al_throw_msg(X, NULL, msg);
}

/* Writes [t] to a var Text argument (its declared length applies). */
static void set_text(al_exec *X, al_value ref, const al_ir *arg, const al_text *t)
{
    *ref.u.ref = al_convert(X, al_lib_text(t), arg->a->type);
}

/* ----------------------------------------------------------- conversions */

enum { T_BOOL, T_INT, T_BIG, T_DEC, T_TEXT, T_CODE, T_DATE, T_TIME, T_DT, T_CHAR, T_BYTE, T_OPTION, T_DUR,
       T_OBJECT, T_ARRAY };

static _Noreturn void cannot(al_exec *X, const al_json *j, const char *to)
{
    al_throw(X, NULL, "Can not convert %s to %s.", token_type(j), to);
}

/* Convert.ToInt32/ToInt64/ToByte of the node's value, as Newtonsoft does
 * it: decimals round half to even, texts are parsed. */
static int64_t to_integer(al_exec *X, const al_json *j, const char *to, int64_t min, int64_t max, const char *range)
{
    al_fail f = {0};
    al_dec d, r;
    int64_t v;
    switch (j->kind) {
    case AL_JSON_BOOL: return j->u.b;
    case AL_JSON_INT: v = j->u.i; break;
    case AL_JSON_DEC:
        if (!al_dec_round(j->u.dec, al_dec_from_int64(1), '=', &r, &f)) al_throw_msg(X, f.code, f.msg);
        if (al_dec_cmp(al_dec_trunc(j->u.dec), j->u.dec) != 0) {
            /* '=' rounds half away from zero; .NET's Convert rounds half to even */
            al_dec diff;
            al_dec_sub(r, j->u.dec, &diff, &f);
            al_dec half = al_dec_make(5, 0, 0, 1, false);
            if (al_dec_cmp(al_dec_abs(diff), half) == 0) {
                int64_t ri;
                if (al_dec_to_int64(r, &ri, &f) && ri % 2 != 0) r = al_dec_from_int64(al_dec_is_neg(j->u.dec) ? ri + 1 : ri - 1);
            }
        }
        if (!al_dec_to_int64(r, &v, &f)) al_throw(X, NULL, "%s", range);
        break;
    case AL_JSON_STRING: {
        const char *s = j->u.s->s;
        while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') s++;
        const char *p = s;
        if (*p == '+' || *p == '-') p++;
        if (*p < '0' || *p > '9') al_throw(X, NULL, "%s", AL_DEC_MSG_FORMAT);
        if (!al_dec_parse(s, strlen(s), &d, &f) || !al_dec_is_integer(d) || strchr(s, '.'))
            al_throw(X, NULL, "%s", f.msg && strstr(f.msg, "large") ? range : AL_DEC_MSG_FORMAT);
        if (!al_dec_to_int64(d, &v, &f)) al_throw(X, NULL, "%s", range);
        break;
    }
    default: cannot(X, j, to);
    }
    if (v < min || v > max) al_throw(X, NULL, "%s", range);
    return v;
}

static al_dec to_decimal(al_exec *X, const al_json *j)
{
    al_fail f = {0};
    al_dec d;
    switch (j->kind) {
    case AL_JSON_BOOL: return al_dec_from_int64(j->u.b);
    case AL_JSON_INT: return al_dec_from_int64(j->u.i);
    case AL_JSON_DEC: return j->u.dec;
    case AL_JSON_STRING:
        if (!al_dec_parse(j->u.s->s, j->u.s->len, &d, &f)) al_throw_msg(X, f.code, f.msg);
        return d;
    default: cannot(X, j, "Decimal");
    }
}

static bool to_boolean(al_exec *X, const al_json *j)
{
    switch (j->kind) {
    case AL_JSON_BOOL: return j->u.b;
    case AL_JSON_INT: return j->u.i != 0;
    case AL_JSON_DEC: return !al_dec_is_zero(j->u.dec);
    case AL_JSON_STRING: {
        const al_text *t = al_text_trim(j->u.s, NULL);
        if (!strcasecmp(t->s, "true")) return true;
        if (!strcasecmp(t->s, "false")) return false;
        al_throw(X, NULL, "String was not recognized as a valid Boolean.");
    }
    default: cannot(X, j, "Boolean");
    }
}

static const al_text *to_text(al_exec *X, const al_json *j)
{
    char n[24];
    switch (j->kind) {
    case AL_JSON_NULL: return AL_TEXT_EMPTY;
    case AL_JSON_BOOL: return al_text_cstr(j->u.b ? "True" : "False");
    case AL_JSON_INT:
        snprintf(n, sizeof n, "%lld", (long long)j->u.i);
        return al_text_cstr(n);
    case AL_JSON_DEC: return al_text_cstr(al_dec_to_string(j->u.dec));
    case AL_JSON_STRING: return j->u.s;
    default: cannot(X, j, "String");
    }
}

/* Date, Time or DateTime from a string in the ISO forms JSON uses. */
static al_value to_datetime(al_exec *X, const al_json *j, int what)
{
    if (j->kind != AL_JSON_STRING) cannot(X, j, "DateTime");
    const char *s = al_text_trim(j->u.s, NULL)->s, *t = strchr(s, 'T');
    al_fail f = {0};
    bool ok;
    al_value v = {.tag = AL_TY_DATE};
    if (what == T_DATE) {
        ok = al_date_evaluate(t ? al_strndup(s, (size_t)(t - s)) : s, 9, 0, 0, &v.u.i, &f);
    } else if (what == T_TIME) {
        v.tag = AL_TY_TIME;
        ok = al_time_evaluate(t ? t + 1 : s, 9, &v.u.i, &f);
    } else {
        v.tag = AL_TY_DATETIME;
        ok = al_datetime_evaluate(t ? s : al_sprintf("%sT00:00:00Z", s), 9, 0, 0, &v.u.big, &f);
    }
    if (!ok || !*s) al_throw(X, NULL, "String was not recognized as a valid DateTime.");
    return v;
}

static al_value to_char(al_exec *X, const al_json *j, bool byte)
{
    if (byte) return al_char((int32_t)to_integer(X, j, "Byte", 0, 255, "Value was either too large or too small for an unsigned byte."));
    if (j->kind == AL_JSON_STRING) {
        if (j->u.s->nchars != 1) al_throw(X, NULL, "String must be exactly one character long.");
        uint32_t cp;
        al_text_decode(j->u.s->s, j->u.s->s + j->u.s->len, &cp);
        return al_char((int32_t)cp);
    }
    if (j->kind != AL_JSON_INT && j->kind != AL_JSON_DEC) cannot(X, j, "Char");
    return al_char((int32_t)to_integer(X, j, "Char", 0, 65535, "Value was either too large or too small for a character."));
}

/* JsonToken.AsObject / AsArray and GetObject / GetArray. */
static al_value as_container(al_exec *X, al_json *j, al_json_kind want)
{
    if (j->kind != want)
        al_throw(X, NULL, "Unable to convert from %s to %s.", kind_name(j), want == AL_JSON_OBJECT ? "JsonObject" : "JsonArray");
    return jv(want == AL_JSON_OBJECT ? AL_TY_JSONOBJECT : AL_TY_JSONARRAY, j);
}

/* The node as AL type [what]: the As... and Get... methods. */
static al_value as_type(al_exec *X, al_json *j, int what)
{
    if (what != T_OBJECT && what != T_ARRAY && al_json_is_container(j))
        al_throw(X, NULL, "Unable to convert from %s to JsonValue.", kind_name(j));
    al_value v;
    switch (what) {
    case T_BOOL: return al_bool(to_boolean(X, j));
    case T_INT: return al_int((int32_t)to_integer(X, j, "Int32", INT32_MIN, INT32_MAX, AL_DEC_MSG_INT32));
    case T_OPTION: return al_int((int32_t)to_integer(X, j, "Int32", INT32_MIN, INT32_MAX, AL_DEC_MSG_INT32));
    case T_BIG: return al_bigint(to_integer(X, j, "Int64", INT64_MIN, INT64_MAX, AL_DEC_MSG_INT64));
    case T_DUR:
        v = al_bigint(to_integer(X, j, "Int64", INT64_MIN, INT64_MAX, AL_DEC_MSG_INT64));
        v.tag = AL_TY_DURATION;
        return v;
    case T_DEC: {
        al_dec *d = al_alloc_atomic(sizeof *d);
        *d = to_decimal(X, j);
        v.tag = AL_TY_DECIMAL;
        v.u.dec = d;
        return v;
    }
    case T_TEXT: return al_lib_text(to_text(X, j));
    case T_CODE: return al_lib_text(al_text_upper(al_text_trim(to_text(X, j), NULL)));
    case T_DATE: case T_TIME: case T_DT: return to_datetime(X, j, what);
    case T_CHAR: case T_BYTE: return to_char(X, j, what == T_BYTE);
    case T_OBJECT: return as_container(X, j, AL_JSON_OBJECT);
    default: return as_container(X, j, AL_JSON_ARRAY);
    }
}

/* What GetText(Key, true) ... give for a missing key: the type's default. */
static al_value missing_default(int what)
{
    switch (what) {
    case T_BOOL: return al_bool(false);
    case T_INT: case T_OPTION: return al_int(0);
    case T_BIG: return al_bigint(0);
    case T_DUR: { al_value v = al_bigint(0); v.tag = AL_TY_DURATION; return v; }
    case T_DEC: return al_convert_decimal_literal(0);
    case T_TEXT: case T_CODE: return al_lib_text(AL_TEXT_EMPTY);
    case T_DATE: return al_ordinal(AL_TY_DATE, 0);
    case T_TIME: return al_ordinal(AL_TY_TIME, 0);
    case T_DT: { al_value v = {.tag = AL_TY_DATETIME}; return v; }
    case T_CHAR: case T_BYTE: return al_char(0);
    case T_OBJECT: return jv(AL_TY_JSONOBJECT, al_json_new(AL_JSON_OBJECT));
    default: return jv(AL_TY_JSONARRAY, al_json_new(AL_JSON_ARRAY));
    }
}

/* ------------------------------------------------- shared by all four */

/* ReadFrom(Text): the variable gets the parsed JSON (a new tree; what it
 * held before is left as it was for whoever else holds it). */
static al_value j_readfrom(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_value *v = recv(self);
    const al_text *t = al_lib_arg_text(X, argv[0]);
    al_fail f = {0};
    al_json *j = al_json_parse(t->s, t->len, &f);
    if (!j) return fail(X, call, f.msg);
    if (v->tag == AL_TY_JSONOBJECT && j->kind != AL_JSON_OBJECT) return fail(X, call, "The JSON text is not a JSON object.");
    if (v->tag == AL_TY_JSONARRAY && j->kind != AL_JSON_ARRAY) return fail(X, call, "The JSON text is not a JSON array.");
    if (v->tag == AL_TY_JSONVALUE && al_json_is_container(j)) return fail(X, call, "The JSON text is not a JSON value.");
    v->u.json = j;
    return al_bool(true);
}

static al_value j_writeto(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    set_text(X, argv[0], call->args[0], al_json_write(node(self)));
    return al_bool(true);
}

static al_value j_astoken(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    return jv(AL_TY_JSONTOKEN, node(self));
}

static al_value j_clone(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    return jv(AL_TY_JSONTOKEN, al_json_clone(node(self)));
}

static al_value j_path(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    return al_lib_text(al_json_path(node(self)));
}

static al_value j_selecttoken(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    const al_text *path = al_lib_arg_text(X, argv[0]);
    al_json *found;
    al_fail f = {0};
    if (!al_json_select(node(self), path->s, &found, &f)) return fail(X, call, f.msg);
    if (!found) return fail(X, call, al_sprintf("The JSON path '%s' does not select a token.", path->s));
    *argv[1].u.ref = jv(AL_TY_JSONTOKEN, found);
    return al_bool(true);
}

/* ------------------------------------------------------------ JsonObject */

static const char *no_key(const al_text *key)
{
    return al_sprintf("The JsonObject does not contain a property named '%s'.", key->s);
}

static al_value o_add(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_json *o = node(self);
    const al_text *key = al_lib_arg_text(X, argv[0]);
    if (al_json_find(o, key) >= 0)
        return fail(X, call, al_sprintf("Can not add property %s to Newtonsoft.Json.Linq.JObject. "
                                        "Property with the same name already exists on object.", key->s));
    al_json_put(o, key, child(X, o, argv[1]));
    return al_bool(true);
}

static al_value o_replace(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_json *o = node(self);
    const al_text *key = al_lib_arg_text(X, argv[0]);
    int32_t at = al_json_find(o, key);
    if (at < 0) return fail(X, call, no_key(key));
    al_json *item = to_node(X, argv[1]);
    if (item != o->u.c.items[at]) al_json_replace(o, (uint32_t)at, child(X, o, argv[1]));
    return al_bool(true);
}

static al_value o_remove(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_json *o = node(self);
    int32_t at = al_json_find(o, al_lib_arg_text(X, argv[0]));
    if (at < 0) return al_bool(false);
    al_json_remove(o, (uint32_t)at);
    return al_bool(true);
}

static al_value o_contains(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    return al_bool(al_json_find(node(self), al_lib_arg_text(X, argv[0])) >= 0);
}

static al_value o_get(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_json *o = node(self);
    const al_text *key = al_lib_arg_text(X, argv[0]);
    int32_t at = al_json_find(o, key);
    if (at < 0) return fail(X, call, no_key(key));
    *argv[1].u.ref = jv(AL_TY_JSONTOKEN, o->u.c.items[at]);
    return al_bool(true);
}

/* GetBoolean, GetText ... (Key [, DefaultIfNotFound]); [magic] is the type. */
static al_value o_gettyped(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_json *o = node(self);
    const al_text *key = al_lib_arg_text(X, argv[0]);
    int32_t at = al_json_find(o, key);
    if (at < 0) {
        if (argc > 1 && deref(argv[1]).u.b) return missing_default(call->builtin->magic);
        al_throw_msg(X, NULL, no_key(key));
    }
    return as_type(X, o->u.c.items[at], call->builtin->magic);
}

static al_value o_count(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    return al_int((int32_t)node(self)->u.c.count);
}

/* Keys / Values: new lists in insertion order. */
static al_value o_list(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv;
    al_json *o = node(self);
    bool keys = call->builtin->magic == 0;
    al_list *l;
    al_value v = al_lib_new_list(keys ? &al_type_text : &al_type_jsontoken, o->u.c.count, &l);
    for (uint32_t i = 0; i < o->u.c.count; i++)
        l->items[l->count++] = keys ? al_lib_text(o->u.c.keys[i]) : jv(AL_TY_JSONTOKEN, o->u.c.items[i]);
    return v;
}

#define GETTERS(fn) \
    {"GetBoolean", "t|b:b", fn, 0, T_BOOL}, {"GetInteger", "t|b:i", fn, 0, T_INT}, \
    {"GetBigInteger", "t|b:l", fn, 0, T_BIG}, {"GetDecimal", "t|b:d", fn, 0, T_DEC}, \
    {"GetText", "t|b:t", fn, 0, T_TEXT}, {"GetCode", "t|b:t", fn, 0, T_CODE}, \
    {"GetDate", "t|b:D", fn, 0, T_DATE}, {"GetTime", "t|b:T", fn, 0, T_TIME}, \
    {"GetDateTime", "t|b:C", fn, 0, T_DT}, {"GetChar", "t|b:c", fn, 0, T_CHAR}, \
    {"GetByte", "t|b:c", fn, 0, T_BYTE}, {"GetOption", "t|b:i", fn, 0, T_OPTION}, \
    {"GetDuration", "t|b:U", fn, 0, T_DUR}, {"GetObject", "t|b:O", fn, 0, T_OBJECT}, \
    {"GetArray", "t|b:B", fn, 0, T_ARRAY}

static const al_builtin object_fns[] = {
    {"Add", "tj:b", o_add, AL_BF_TRY, 0},
    {"Replace", "tj:b", o_replace, AL_BF_TRY, 0},
    {"Remove", "t:b", o_remove, 0, 0},
    {"Contains", "t:b", o_contains, AL_BF_PURE, 0},
    {"Get", "t&X:b", o_get, AL_BF_TRY, 0},
    GETTERS(o_gettyped),
    {"Keys", ":S", o_list, AL_BF_PURE, 0},
    {"Values", ":M", o_list, AL_BF_PURE, 1},
    {"Count", ":i", o_count, AL_BF_PURE, 0},
    {"ReadFrom", "t:b", j_readfrom, AL_BF_TRY, 0},
    {"WriteTo", "&t:b", j_writeto, 0, 0},
    {"AsToken", ":X", j_astoken, AL_BF_PURE, 0},
    {"Clone", ":X", j_clone, AL_BF_PURE, 0},
    {"SelectToken", "t&X:b", j_selecttoken, AL_BF_TRY, 0},
    {"Path", ":t", j_path, AL_BF_PURE, 0},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_jsonobject = {AL_TY_JSONOBJECT, object_fns};

/* ------------------------------------------------------------- JsonArray */

/* A 0-based index argument: -1 when outside 0..count-1 (+1 for Insert). */
static int64_t index_of(al_json *a, al_value v, bool allow_end)
{
    int64_t i = al_lib_arg_int(deref(v));
    return i >= 0 && i < (int64_t)a->u.c.count + (allow_end ? 1 : 0) ? i : -1;
}

static al_value a_add(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_json *a = node(self);
    al_json_insert(a, a->u.c.count, child(X, a, argv[0]));
    return al_none();
}

static al_value a_insert(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_json *a = node(self);
    int64_t i = index_of(a, argv[0], true);
    if (i < 0) return fail(X, call, INSERT_ERR);
    al_json_insert(a, (uint32_t)i, child(X, a, argv[1]));
    return al_bool(true);
}

static al_value a_set(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_json *a = node(self);
    int64_t i = index_of(a, argv[0], false);
    if (i < 0) return fail(X, call, INDEX_ERR);
    al_json *item = to_node(X, argv[1]);
    if (item != a->u.c.items[i]) al_json_replace(a, (uint32_t)i, child(X, a, argv[1]));
    return al_bool(true);
}

static al_value a_get(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_json *a = node(self);
    int64_t i = index_of(a, argv[0], false);
    if (i < 0) return fail(X, call, INDEX_ERR);
    *argv[1].u.ref = jv(AL_TY_JSONTOKEN, a->u.c.items[i]);
    return al_bool(true);
}

static al_value a_gettyped(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_json *a = node(self);
    int64_t i = index_of(a, argv[0], false);
    if (i < 0) {
        if (argc > 1 && deref(argv[1]).u.b) return missing_default(call->builtin->magic);
        al_throw(X, NULL, INDEX_ERR);
    }
    return as_type(X, a->u.c.items[i], call->builtin->magic);
}

static al_value a_removeat(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_json *a = node(self);
    int64_t i = index_of(a, argv[0], false);
    if (i < 0) return fail(X, call, INDEX_ERR);
    al_json_remove(a, (uint32_t)i);
    return al_bool(true);
}

/* Remove(Token): that very token (not an equal one), as Newtonsoft does. */
static al_value a_remove(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)call;
    al_json *a = node(self), *t = deref(argv[0]).u.json;
    for (uint32_t i = 0; i < a->u.c.count; i++)
        if (a->u.c.items[i] == t) {
            al_json_remove(a, i);
            return al_bool(true);
        }
    return al_bool(false);
}

/* IndexOf(Value): the first entry equal to it (deep equality), or -1. */
static al_value a_indexof(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_json *a = node(self), *t = to_node(X, argv[0]);
    for (uint32_t i = 0; i < a->u.c.count; i++)
        if (al_json_equal(a->u.c.items[i], t)) return al_int((int32_t)i);
    return al_int(-1);
}

#define IGETTERS(fn) \
    {"GetBoolean", "i|b:b", fn, 0, T_BOOL}, {"GetInteger", "i|b:i", fn, 0, T_INT}, \
    {"GetBigInteger", "i|b:l", fn, 0, T_BIG}, {"GetDecimal", "i|b:d", fn, 0, T_DEC}, \
    {"GetText", "i|b:t", fn, 0, T_TEXT}, {"GetCode", "i|b:t", fn, 0, T_CODE}, \
    {"GetDate", "i|b:D", fn, 0, T_DATE}, {"GetTime", "i|b:T", fn, 0, T_TIME}, \
    {"GetDateTime", "i|b:C", fn, 0, T_DT}, {"GetChar", "i|b:c", fn, 0, T_CHAR}, \
    {"GetByte", "i|b:c", fn, 0, T_BYTE}, {"GetOption", "i|b:i", fn, 0, T_OPTION}, \
    {"GetDuration", "i|b:U", fn, 0, T_DUR}, {"GetObject", "i|b:O", fn, 0, T_OBJECT}, \
    {"GetArray", "i|b:B", fn, 0, T_ARRAY}

static const al_builtin array_fns[] = {
    {"Add", "j", a_add, 0, 0},
    {"Insert", "ij:b", a_insert, AL_BF_TRY, 0},
    {"Set", "ij:b", a_set, AL_BF_TRY, 0},
    {"Get", "i&X:b", a_get, AL_BF_TRY, 0},
    IGETTERS(a_gettyped),
    {"RemoveAt", "i:b", a_removeat, AL_BF_TRY, 0},
    {"Remove", "X:b", a_remove, 0, 0},
    {"IndexOf", "j:i", a_indexof, AL_BF_PURE, 0},
    {"Count", ":i", o_count, AL_BF_PURE, 0},
    {"ReadFrom", "t:b", j_readfrom, AL_BF_TRY, 0},
    {"WriteTo", "&t:b", j_writeto, 0, 0},
    {"AsToken", ":X", j_astoken, AL_BF_PURE, 0},
    {"Clone", ":X", j_clone, AL_BF_PURE, 0},
    {"SelectToken", "t&X:b", j_selecttoken, AL_BF_TRY, 0},
    {"Path", ":t", j_path, AL_BF_PURE, 0},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_jsonarray = {AL_TY_JSONARRAY, array_fns};

/* ------------------------------------------------------------- JsonToken */

static al_value t_is(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv;
    al_json *j = node(self);
    switch (call->builtin->magic) {
    case 0: return al_bool(j->kind == AL_JSON_OBJECT);
    case 1: return al_bool(j->kind == AL_JSON_ARRAY);
    default: return al_bool(!al_json_is_container(j));
    }
}

static al_value t_as(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_json *j = node(self);
    switch (call->builtin->magic) {
    case 0: return as_container(X, j, AL_JSON_OBJECT);
    case 1: return as_container(X, j, AL_JSON_ARRAY);
    default:
        if (al_json_is_container(j)) al_throw(X, NULL, "Unable to convert from %s to JsonValue.", kind_name(j));
        return jv(AL_TY_JSONVALUE, j);
    }
}

static const al_builtin token_fns[] = {
    {"IsObject", ":b", t_is, AL_BF_PURE, 0},
    {"IsArray", ":b", t_is, AL_BF_PURE, 1},
    {"IsValue", ":b", t_is, AL_BF_PURE, 2},
    {"AsObject", ":O", t_as, AL_BF_PURE, 0},
    {"AsArray", ":B", t_as, AL_BF_PURE, 1},
    {"AsValue", ":v", t_as, AL_BF_PURE, 2},
    {"ReadFrom", "t:b", j_readfrom, AL_BF_TRY, 0},
    {"WriteTo", "&t:b", j_writeto, 0, 0},
    {"Clone", ":X", j_clone, AL_BF_PURE, 0},
    {"SelectToken", "t&X:b", j_selecttoken, AL_BF_TRY, 0},
    {"Path", ":t", j_path, AL_BF_PURE, 0},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_jsontoken = {AL_TY_JSONTOKEN, token_fns};

/* ------------------------------------------------------------- JsonValue */

/* SetValue changes the node in place: a value inside an object or array
 * changes there too. */
static al_value v_setvalue(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_json *from = to_node(X, argv[0]);
    if (al_json_is_container(from))
        al_throw(X, NULL, "Unable to convert from %s to JsonValue.", kind_name(from));
    al_json_set_scalar(node(self), from);
    return al_none();
}

static al_value v_setspecial(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv;
    al_json *j = node(self);
    j->kind = call->builtin->magic ? AL_JSON_UNDEFINED : AL_JSON_NULL;
    memset(&j->u, 0, sizeof j->u);
    return al_none();
}

static al_value v_isspecial(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv;
    return al_bool(node(self)->kind == (call->builtin->magic ? AL_JSON_UNDEFINED : AL_JSON_NULL));
}

static al_value v_as(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    return as_type(X, node(self), call->builtin->magic);
}

static const al_builtin value_fns[] = {
    {"SetValue", "j", v_setvalue, 0, 0},
    {"SetValueToNull", "", v_setspecial, 0, 0},
    {"SetValueToUndefined", "", v_setspecial, 0, 1},
    {"IsNull", ":b", v_isspecial, AL_BF_PURE, 0},
    {"IsUndefined", ":b", v_isspecial, AL_BF_PURE, 1},
    {"AsBoolean", ":b", v_as, AL_BF_PURE, T_BOOL},
    {"AsInteger", ":i", v_as, AL_BF_PURE, T_INT},
    {"AsBigInteger", ":l", v_as, AL_BF_PURE, T_BIG},
    {"AsDecimal", ":d", v_as, AL_BF_PURE, T_DEC},
    {"AsText", ":t", v_as, AL_BF_PURE, T_TEXT},
    {"AsCode", ":t", v_as, AL_BF_PURE, T_CODE},
    {"AsDate", ":D", v_as, AL_BF_PURE, T_DATE},
    {"AsTime", ":T", v_as, AL_BF_PURE, T_TIME},
    {"AsDateTime", ":C", v_as, AL_BF_PURE, T_DT},
    {"AsChar", ":c", v_as, AL_BF_PURE, T_CHAR},
    {"AsByte", ":c", v_as, AL_BF_PURE, T_BYTE},
    {"AsOption", ":i", v_as, AL_BF_PURE, T_OPTION},
    {"AsDuration", ":U", v_as, AL_BF_PURE, T_DUR},
    {"ReadFrom", "t:b", j_readfrom, AL_BF_TRY, 0},
    {"WriteTo", "&t:b", j_writeto, 0, 0},
    {"AsToken", ":X", j_astoken, AL_BF_PURE, 0},
    {"Clone", ":X", j_clone, AL_BF_PURE, 0},
    {"Path", ":t", j_path, AL_BF_PURE, 0},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_jsonvalue = {AL_TY_JSONVALUE, value_fns};
