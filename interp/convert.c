/* interp/convert.c — see convert.h.  Glue between the evaluator and the
 * value modules (decimal.h, numfmt.h, datetime.h, text.h, guid.h). */
#include "interp/convert.h"
#include "interp/table.h"
#include "interp/datetime.h"
#include "interp/decimal.h"
#include "interp/guid.h"
#include "interp/json.h"
#include "interp/numfmt.h"
#include "interp/program.h"
#include "grammar/mem.h"

#include <string.h>

/* ---------------------------------------------------------------- Decimal */

static al_value dec_value(al_dec d)
{
    al_dec *box = al_alloc_atomic(sizeof *box);
    *box = d;
    al_value v = {.tag = AL_TY_DECIMAL};
    v.u.dec = box;
    return v;
}

static al_dec dec_of(al_value v)
{
    switch (v.tag) {
    case AL_TY_DECIMAL: return *(const al_dec *)v.u.dec;
    case AL_TY_BIGINT: case AL_TY_DURATION: case AL_TY_DATETIME: return al_dec_from_int64(v.u.big);
    default: return al_dec_from_int64(v.u.i);
    }
}

al_value al_convert_decimal_literal(int64_t v) { return dec_value(al_dec_from_int64(v)); }

int al_convert_dec_cmp(al_value a, al_value b) { return al_dec_cmp(dec_of(a), dec_of(b)); }

al_value al_convert_dec_neg(al_value a) { return dec_value(al_dec_neg(dec_of(a))); }

al_value al_convert_dec_arith(al_exec *X, al_op op, al_value a, al_value b)
{
    al_dec x = dec_of(a), y = dec_of(b), r;
    al_fail f = {0};
    bool ok;
    switch (op) {
    case AL_OP_ADD: ok = al_dec_add(x, y, &r, &f); break;
    case AL_OP_SUB: ok = al_dec_sub(x, y, &r, &f); break;
    case AL_OP_MUL: ok = al_dec_mul(x, y, &r, &f); break;
    case AL_OP_DIVIDE: ok = al_dec_div(x, y, &r, &f); break;
    case AL_OP_DIV: ok = al_dec_idiv(x, y, &r, &f); break;
    case AL_OP_MOD: ok = al_dec_mod(x, y, &r, &f); break;
    default: ok = al_fail_set(&f, NULL, "internal error: Decimal operator"); break;
    }
    if (!ok) al_throw_msg(X, f.code, f.msg);
    return dec_value(r);
}

/* ------------------------------------------------------------ date & time */

al_value al_convert_date_arith(al_exec *X, al_op op, al_tkind kind, al_value a, al_value b)
{
    al_fail f = {0};
    int64_t n = b.tag == AL_TY_INTEGER || b.tag == AL_TY_CHAR ? b.u.i : b.u.big;
    bool ok = true;
    al_value r = {.tag = (uint8_t)kind};
    switch (kind) {
    case AL_TY_DATE:
        if (b.tag == AL_TY_DATE) {               /* Date − Date */
            int32_t d;
            ok = al_date_diff(a.u.i, b.u.i, &d, &f);
            r = al_int(d);
        } else {
            al_date d;
            ok = al_date_add(a.u.i, op == AL_OP_SUB ? -n : n, &d, &f);
            r.u.i = d;
        }
        break;
    case AL_TY_TIME:
        if (b.tag == AL_TY_TIME) {
            int64_t d;
            ok = al_time_diff(a.u.i, b.u.i, &d, &f);
            r = al_int((int32_t)d);              /* at most a day of milliseconds */
        } else {
            al_time t;
            ok = al_time_add(a.u.i, op == AL_OP_SUB ? -n : n, &t, &f);
            r.u.i = t;
        }
        break;
    case AL_TY_DATETIME:
        if (b.tag == AL_TY_DATETIME) {
            al_duration d;
            ok = al_datetime_diff(a.u.big, b.u.big, &d, &f);
            r.tag = AL_TY_DURATION;
            r.u.big = d;
        } else {
            al_datetime t;
            ok = al_datetime_add(a.u.big, op == AL_OP_SUB ? -n : n, &t, &f);
            r.u.big = t;
        }
        break;
    default: {                                  /* Duration ± Duration/Integer */
        int64_t x;
        if (op == AL_OP_SUB ? __builtin_sub_overflow(a.u.big, n, &x) : __builtin_add_overflow(a.u.big, n, &x))
            ok = al_fail_set(&f, NULL, "Arithmetic operation resulted in an overflow.");
        r.u.big = x;
        break;
    }
    }
    if (!ok) al_throw_msg(X, f.code, f.msg);
    return r;
}

/* ---------------------------------------------------------------- literals */

bool al_convert_literal(al_tkind kind, const char *text, al_value *out)
{
    size_t len = strlen(text);
    al_fail f = {0};
    switch (kind) {
    case AL_TY_DECIMAL: {
        al_dec d;
        if (!al_dec_parse(text, len, &d, &f)) return false;
        *out = dec_value(d);
        return true;
    }
    case AL_TY_DATE: {
        al_date d;
        if (!al_date_literal(text, len, &d, &f)) return false;
        *out = al_ordinal(AL_TY_DATE, d);
        return true;
    }
    case AL_TY_TIME: {
        al_time t;
        if (!al_time_literal(text, len, &t, &f)) return false;
        *out = al_ordinal(AL_TY_TIME, t);
        return true;
    }
    case AL_TY_DATETIME: {
        al_datetime t;
        const char *full = al_sprintf("%sDT", text);          /* the scanner dropped the suffix */
        if (!al_datetime_literal(full, len + 2, &t, &f)) return false;
        out->tag = AL_TY_DATETIME;
        out->u.big = t;
        return true;
    }
    default: return false;
    }
}

/* ------------------------------------------------------------- conversion */

static const char *const kind_names[AL_TY_COUNT] = {
    "Error", "None", "Boolean", "Integer", "BigInteger", "Decimal", "Char", "Text", "Code", "Label",
    "Date", "Time", "DateTime", "Duration", "Guid", "Option", "Enum", "TextBuilder", "List",
    "Dictionary", "Variant", "Codeunit", "Array", "Record", "RecordId", "Page", "Notification", "TestPage",
    "RecordRef", "FieldRef", "KeyRef", "JsonObject", "JsonArray", "JsonToken", "JsonValue", "Interface", "DateFormula", "Other",
};

const char *al_convert_kind_name(al_tkind k)
{
    return (unsigned)k < AL_TY_COUNT ? kind_names[k] : "?";
}

static al_value to_text(al_exec *X, al_value v, const al_type *to)
{
    const al_text *t = v.tag == AL_TY_CHAR ? al_text_from_char((uint32_t)v.u.i) : v.u.text;
    al_fail f = {0};
    if (to->kind == AL_TY_CODE) t = al_text_code(t, (uint32_t)to->len, &f);
    else if (to->len) t = al_text_fit(t, (uint32_t)to->len, &f);
    if (!t) al_throw_msg(X, f.code, f.msg);
    return al_textv(to->kind, t);
}

al_value al_convert(al_exec *X, al_value v, const al_type *to)
{
    if (v.tag == AL_TY_NONE && to->kind != AL_TY_VARIANT)          /* an empty Variant */
        return al_exec_default(X, to);
    switch (to->kind) {
    case AL_TY_VARIANT: return v;
    case AL_TY_TEXT: case AL_TY_CODE:
        if (v.tag == AL_TY_CHAR || v.tag == AL_TY_TEXT || v.tag == AL_TY_CODE || v.tag == AL_TY_LABEL)
            return to_text(X, v, to);
        break;
    case AL_TY_INTEGER:
        if (v.tag == AL_TY_INTEGER || v.tag == AL_TY_CHAR || v.tag == AL_TY_OPTION || v.tag == AL_TY_ENUM)
            return al_int(v.u.i);
        if (v.tag == AL_TY_BIGINT) {
            if (v.u.big > INT32_MAX || v.u.big < -INT32_MAX)
                al_throw(X, NULL, "Arithmetic operation resulted in an overflow.");
            return al_int((int32_t)v.u.big);
        }
        if (v.tag == AL_TY_DECIMAL) {             /* the result of Decimal div */
            int32_t r;
            al_fail f = {0};
            if (!al_dec_to_int32(*(const al_dec *)v.u.dec, &r, &f)) al_throw_msg(X, f.code, f.msg);
            return al_int(r);
        }
        break;
    case AL_TY_BIGINT:
        if (v.tag == AL_TY_BIGINT || v.tag == AL_TY_DURATION) return al_bigint(v.u.big);
        if (v.tag == AL_TY_INTEGER || v.tag == AL_TY_CHAR) return al_bigint(v.u.i);
        break;
    case AL_TY_DECIMAL:
        if (v.tag == AL_TY_DECIMAL) return v;
        if (v.tag == AL_TY_INTEGER || v.tag == AL_TY_CHAR || v.tag == AL_TY_BIGINT) return dec_value(dec_of(v));
        break;
    case AL_TY_CHAR:
        if (v.tag == AL_TY_CHAR || v.tag == AL_TY_INTEGER) {
            if (v.u.i < 0 || v.u.i > 65535) al_throw(X, NULL, "The value %d is out of range for a Char.", v.u.i);
            return al_char(v.u.i);
        }
        if (v.tag == AL_TY_TEXT || v.tag == AL_TY_CODE || v.tag == AL_TY_LABEL) {
            if (v.u.text->nchars != 1)
                al_throw(X, NULL, "The length of the string is %u, but it must be equal to 1 to be assigned to a Char.",
                         v.u.text->nchars);
            uint32_t cp;
            al_text_decode(v.u.text->s, v.u.text->s + v.u.text->len, &cp);
            return al_char((int32_t)cp);
        }
        break;
    case AL_TY_OPTION:        /* a new value: out of a Variant, it leaves its type behind */
        if (v.tag == AL_TY_OPTION || v.tag == AL_TY_INTEGER) return al_ordinal(AL_TY_OPTION, v.u.i);
        break;
    case AL_TY_ENUM:
        if (v.tag == AL_TY_ENUM) return al_ordinal(AL_TY_ENUM, v.u.i);
        break;
    case AL_TY_GUID:
        if (v.tag == AL_TY_TEXT || v.tag == AL_TY_CODE || v.tag == AL_TY_LABEL) {
            al_guid *g = al_alloc_atomic(sizeof *g);
            al_fail f = {0};
            if (!al_guid_parse(v.u.text, g, &f)) al_throw_msg(X, f.code, f.msg);
            al_value r = {.tag = AL_TY_GUID};
            r.u.guid = g;
            return r;
        }
        break;
    case AL_TY_DURATION:
        if (v.tag == AL_TY_INTEGER) { al_value r = {.tag = AL_TY_DURATION}; r.u.big = v.u.i; return r; }
        if (v.tag == AL_TY_BIGINT || v.tag == AL_TY_DURATION) { v.tag = AL_TY_DURATION; return v; }
        break;
    default:
        if (v.tag == to->kind) return v;
        break;
    }
    if (v.tag == to->kind) return v;
    al_throw(X, NULL, "Unable to convert from %s to %s.", al_convert_kind_name((al_tkind)v.tag),
             al_convert_kind_name(to->kind));
}

int al_convert_variant_cmp(al_exec *X, al_value a, al_value b)
{
    if ((a.tag == AL_TY_TEXT || a.tag == AL_TY_CODE) && (b.tag == AL_TY_TEXT || b.tag == AL_TY_CODE))
        return al_text_cmp(a.u.text, b.u.text);
    if (a.tag == AL_TY_DATEFORMULA && b.tag == AL_TY_DATEFORMULA) return al_text_cmp(a.u.text, b.u.text);
    if (a.tag == AL_TY_DECIMAL || b.tag == AL_TY_DECIMAL) return al_convert_dec_cmp(a, b);
    if (a.tag == b.tag && (a.tag == AL_TY_INTEGER || a.tag == AL_TY_BOOLEAN || a.tag == AL_TY_OPTION))
        return a.u.i < b.u.i ? -1 : a.u.i > b.u.i;
    if (a.tag == b.tag && a.tag == AL_TY_BIGINT) return a.u.big < b.u.big ? -1 : a.u.big > b.u.big;
    return al_text_cmp(al_format(X, a, NULL, 0, 0, NULL), al_format(X, b, NULL, 0, 0, NULL));
}

/* ------------------------------------------------------------------ Format */

const al_text *al_format(al_exec *X, al_value v, const al_type *type, int32_t length, int32_t fmtnum,
                         const al_text *fmtstr)
{
    const char *fs = fmtstr ? fmtstr->s : NULL;
    const char *s;
    al_fail f = {0};
    if (v.tag == AL_TY_FIELDREF && v.u.fref && v.u.fref->ref->rec && v.u.fref->ref->rec->table == v.u.fref->table) {
        /* Format(FieldRef) formats the field's value */
        const al_field *fd = &v.u.fref->table->fields[v.u.fref->field];
        return al_format(X, v.u.fref->ref->rec->fields[fd->index], fd->type, length, fmtnum, fmtstr);
    }
    if ((v.tag == AL_TY_OPTION || v.tag == AL_TY_ENUM) && (!type || type->kind == AL_TY_VARIANT) && v.u.typed.type
        && v.u.typed.type < X->prog->nvtypes)
        type = X->prog->vtypes[v.u.typed.type];          /* from a Variant: its own type's names */
    switch (v.tag) {
    case AL_TY_TEXT: case AL_TY_CODE: case AL_TY_LABEL: s = v.u.text->s; break;
    case AL_TY_CHAR: s = al_text_from_char((uint32_t)v.u.i)->s; break;
    case AL_TY_BOOLEAN:
        if (fmtnum == 9) s = v.u.b ? "true" : "false";
        else if (fmtnum == 2 || (fs && strstr(fs, "<Standard Format,2>"))) s = v.u.b ? "1" : "0";
        else s = v.u.b ? "Yes" : "No";
        break;
    case AL_TY_OPTION:
        if (type && type->kind == AL_TY_OPTION && fmtnum != 2 && fmtnum != 9 && v.u.i >= 0 && (uint32_t)v.u.i < type->nmembers) {
            s = type->members[v.u.i];
            break;
        }
        s = al_numfmt_int(v.u.i, fmtnum, fs, &f);
        break;
    case AL_TY_ENUM:
        s = NULL;
        if (type && type->kind == AL_TY_ENUM && fmtnum != 2 && fmtnum != 9)
            for (uint32_t i = 0; i < type->obj->nvalues; i++)
                if (type->obj->values[i].ordinal == v.u.i) s = fmtnum == 0 ? type->obj->values[i].caption : type->obj->values[i].name;
        if (!s) s = al_numfmt_int(v.u.i, fmtnum, fs, &f);
        break;
    case AL_TY_INTEGER:
        s = al_numfmt_int(v.u.i, fmtnum, fs, &f);
        break;
    case AL_TY_BIGINT: s = al_numfmt_int(v.u.big, fmtnum, fs, &f); break;
    case AL_TY_DECIMAL: s = al_numfmt_dec(*(const al_dec *)v.u.dec, fmtnum, fs, &f); break;
    case AL_TY_DATE: s = al_date_format(v.u.i, fmtnum, fs); break;
    case AL_TY_TIME: s = al_time_format(v.u.i, fmtnum, fs); break;
    case AL_TY_DATETIME: s = al_datetime_format(v.u.big, fmtnum, fs); break;
    case AL_TY_DURATION: s = al_duration_format(v.u.big, fmtnum); break;
    case AL_TY_GUID: s = al_guid_format((const al_guid *)v.u.guid, fmtnum)->s; break;
    case AL_TY_RECORDID: s = al_recordid_format(X, v.u.recid); break;
    case AL_TY_JSONOBJECT: case AL_TY_JSONARRAY: case AL_TY_JSONTOKEN: case AL_TY_JSONVALUE:
        s = al_json_write(v.u.json)->s;               /* as WriteTo writes it (docs/json.md) */
        break;
    case AL_TY_DATEFORMULA:
        /* en-US shows the formula as entered, without <>; formats 2 and 9
         * (AL constant, XML) give the locale-independent form with them
         * (docs/datetime.md "DateFormula") */
        s = v.u.text->len && (fmtnum == 2 || fmtnum == 9) ? al_sprintf("<%s>", v.u.text->s) : v.u.text->s;
        break;
    case AL_TY_NONE: s = ""; break;
    default: s = al_sprintf("%s", al_convert_kind_name((al_tkind)v.tag)); break;
    }
    if (!s) al_throw_msg(X, f.code, f.msg);
    const al_text *t = al_text_cstr(s);
    if (length != 0) {
        /* Length > 0: right-aligned in that many characters, and all '*'
         * when it does not fit (as numbers in a too-narrow field);
         * Length < 0: left-aligned, cut when longer (a choice: BC's text
         * for this is not in our reference; docs/interpreter.md) */
        int64_t w = length > 0 ? length : -(int64_t)length;
        al_fail pf = {0};
        const al_text *r;
        if ((int64_t)t->nchars > w) r = length > 0 ? al_text_padright(AL_TEXT_EMPTY, w, '*', &pf) : al_text_copystr(t, 1, w, &pf);
        else r = length > 0 ? al_text_padleft(t, w, ' ', &pf) : al_text_padright(t, w, ' ', &pf);
        if (r) t = r;
    }
    return t;
}

/* ---------------------------------------------------------------- Evaluate */

/* Today and the work date, for Evaluate's short date forms ('t', '15'). */
static void session_dates(al_exec *X, al_date *today, al_date *workdate)
{
    int64_t ms = X->host.now_ms ? X->host.now_ms(X->host.ctx) : 0;
    *today = al_datetime_date(al_datetime_from_unix_ms(ms));
    *workdate = X->workdate ? X->workdate : *today;
}

bool al_evaluate(al_exec *X, al_value *target, const al_type *type, const al_text *text,
                 int32_t fmtnum, al_fail *f)
{
    const char *s = text->s;
    al_date today, workdate;
    session_dates(X, &today, &workdate);
    al_value v = {.tag = (uint8_t)type->kind};
    switch (type->kind) {
    case AL_TY_INTEGER: {
        int64_t x;
        if (!al_numfmt_eval_int(s, fmtnum, false, &x, f)) return false;
        v = al_int((int32_t)x);
        break;
    }
    case AL_TY_BIGINT: {
        int64_t x;
        if (!al_numfmt_eval_int(s, fmtnum, true, &x, f)) return false;
        v = al_bigint(x);
        break;
    }
    case AL_TY_DECIMAL: {
        al_dec d;
        if (!al_numfmt_eval_dec(s, fmtnum, &d, f)) return false;
        v = dec_value(d);
        break;
    }
    case AL_TY_BOOLEAN: {
        const al_text *u = al_text_upper(al_text_trim(text, NULL));
        if (al_text_eq_cstr(u, "YES") || al_text_eq_cstr(u, "TRUE") || al_text_eq_cstr(u, "1")) v = al_bool(true);
        else if (al_text_eq_cstr(u, "NO") || al_text_eq_cstr(u, "FALSE") || al_text_eq_cstr(u, "0")) v = al_bool(false);
        else return al_fail_set(f, NULL, "The value \"%s\" can't be evaluated into type Boolean.", s);
        break;
    }
    case AL_TY_TEXT: case AL_TY_CODE: {
        al_value r = al_convert(X, al_textv(AL_TY_TEXT, text), type);
        *target = r;
        return true;
    }
    case AL_TY_DATE: {
        al_date d;
        if (!al_date_evaluate(s, fmtnum, today, workdate, &d, f)) return false;
        v.u.i = d;
        break;
    }
    case AL_TY_TIME: {
        al_time t;
        if (!al_time_evaluate(s, fmtnum, &t, f)) return false;
        v.u.i = t;
        break;
    }
    case AL_TY_DATETIME: {
        al_datetime t;
        if (!al_datetime_evaluate(s, fmtnum, today, workdate, &t, f)) return false;
        v.u.big = t;
        break;
    }
    case AL_TY_DURATION: {
        al_duration d;
        if (!al_duration_evaluate(s, fmtnum, &d, f)) return false;
        v.u.big = d;
        break;
    }
    case AL_TY_DATEFORMULA: {
        const char *canon = al_date_formula_normalize(s, f);
        if (!canon) return false;
        v.u.text = al_text_cstr(canon);
        break;
    }
    case AL_TY_GUID: {
        al_guid *g = al_alloc_atomic(sizeof *g);
        if (!al_guid_parse(text, g, f)) return false;
        v.u.guid = g;
        break;
    }
    case AL_TY_OPTION: {
        const al_text *t = al_text_trim(text, NULL);
        for (uint32_t i = 0; i < type->nmembers; i++)
            if (al_text_eq_cstr(al_text_upper(t), al_text_upper(al_text_cstr(type->members[i]))->s)) {
                *target = al_ordinal(AL_TY_OPTION, (int32_t)i);
                return true;
            }
        int64_t x;
        al_fail ignore = {0};
        if (al_numfmt_eval_int(s, fmtnum, false, &x, &ignore) && x >= 0 && x < type->nmembers) {
            *target = al_ordinal(AL_TY_OPTION, (int32_t)x);
            return true;
        }
        return al_fail_set(f, NULL, "The value \"%s\" can't be evaluated into type Option.", s);
    }
    case AL_TY_ENUM: {
        /* the value's name or caption (what Format gives), any case, or a
         * declared ordinal */
        const al_object *o = type->obj;
        const al_text *t = al_text_upper(al_text_trim(text, NULL));
        for (uint32_t i = 0; o && i < o->nvalues; i++) {
            const al_enum_value *ev = &o->values[i];
            if (al_text_eq_cstr(t, al_text_upper(al_text_cstr(ev->name))->s)
                || (ev->caption && al_text_eq_cstr(t, al_text_upper(al_text_cstr(ev->caption))->s))) {
                *target = al_ordinal(AL_TY_ENUM, ev->ordinal);
                return true;
            }
        }
        int64_t x;
        al_fail ignore = {0};
        if (o && al_numfmt_eval_int(s, fmtnum, false, &x, &ignore))
            for (uint32_t i = 0; i < o->nvalues; i++)
                if (o->values[i].ordinal == x) {
                    *target = al_ordinal(AL_TY_ENUM, (int32_t)x);
                    return true;
                }
        return al_fail_set(f, NULL, "The value \"%s\" can't be evaluated into type Enum.", s);
    }
    default:
        return al_fail_set(f, NULL, "The value \"%s\" can't be evaluated into type %s.", s,
                           al_convert_kind_name(type->kind));
    }
    *target = v;
    return true;
}

const al_text *al_format_substno(al_exec *X, al_value fmt, int n, const al_value *vals, const al_type *const *types)
{
    if (fmt.tag == AL_TAG_REF) fmt = *fmt.u.ref;
    const al_text *f = fmt.tag == AL_TY_TEXT || fmt.tag == AL_TY_CODE || fmt.tag == AL_TY_LABEL
                       ? fmt.u.text : al_format(X, fmt, NULL, 0, 0, NULL);
    const al_text *t[10] = {0};
    if (n > 10) n = 10;
    for (int i = 0; i < n; i++) t[i] = al_format(X, vals[i], types ? types[i] : NULL, 0, 0, NULL);
    al_fail fail = {0};
    const al_text *r = al_text_substno(f, t, n, &fail);
    if (!r) al_throw_msg(X, fail.code, fail.msg);
    return r;
}
