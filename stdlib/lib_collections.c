/* stdlib/lib_collections.c — List of [T], Dictionary of [K, V] and the
 * methods of Enum values.  Lists and dictionaries are shared on assignment
 * (reference types in BC); indexes are 1-based; errors carry BC's texts. */
#include "stdlib/lib.h"
#include "interp/convert.h"
#include "interp/guid.h"
#include "interp/ir.h"
#include "interp/program.h"
#include "interp/table.h"
#include "grammar/mem.h"

#include <string.h>

static const char LIST_ARG_ERR[] = "An invalid argument was passed to a 'List' data type method.";

static al_value *recv(al_value *self) { return self->tag == AL_TAG_REF ? self->u.ref : self; }

/* Equality of two values of one AL type (keys and List.Contains). */
static bool same(al_exec *X, al_value a, al_value b)
{
    if (a.tag == AL_TY_TEXT || a.tag == AL_TY_CODE || a.tag == AL_TY_LABEL)
        return (b.tag == AL_TY_TEXT || b.tag == AL_TY_CODE || b.tag == AL_TY_LABEL) && al_text_eq(a.u.text, b.u.text);
    if (a.tag == AL_TY_DATEFORMULA) return b.tag == AL_TY_DATEFORMULA && al_text_eq(a.u.text, b.u.text);
    if (a.tag == AL_TY_DECIMAL || b.tag == AL_TY_DECIMAL) return al_convert_dec_cmp(a, b) == 0;
    if (a.tag == AL_TY_GUID) return al_guid_eq(a.u.guid, b.u.guid);
    if (a.tag == AL_TY_BIGINT || a.tag == AL_TY_DATETIME || a.tag == AL_TY_DURATION) return a.u.big == b.u.big;
    if (a.tag == AL_TY_BOOLEAN) return a.u.b == b.u.b;
    if (a.tag == AL_TY_INTERFACE) return a.u.inst == b.u.inst;      /* the same instance */
    (void)X;
    return a.u.i == b.u.i;
}

static uint32_t hash(al_value v)
{
    if (v.tag == AL_TY_TEXT || v.tag == AL_TY_CODE || v.tag == AL_TY_LABEL || v.tag == AL_TY_DATEFORMULA)
        return (uint32_t)al_text_hash(v.u.text);
    if (v.tag == AL_TY_GUID) return (uint32_t)al_guid_hash(v.u.guid);
    uint64_t x = v.tag == AL_TY_BIGINT || v.tag == AL_TY_DATETIME || v.tag == AL_TY_DURATION ? (uint64_t)v.u.big
               : v.tag == AL_TY_BOOLEAN ? v.u.b : (uint64_t)(int64_t)v.u.i;
    if (v.tag == AL_TY_DECIMAL) return 0x9e3779b9u;      /* decimals compare by value, not bits: one chain */
    /* Integers hash to themselves (mixed in the high bits only), so keys
     * that are close together land close together in the index: far fewer
     * cache misses for the common 1..n keys. */
    return (uint32_t)(x ^ (x >> 32));
}

/* ------------------------------------------------------------------ List */

static al_list *list_of(al_value *self) { return recv(self)->u.list; }

static void list_grow(al_list *l, uint32_t n)
{
    if (n <= l->cap) return;
    uint32_t cap = l->cap ? l->cap : 8;
    while (cap < n) cap *= 2;
    l->items = al_realloc(l->items, l->cap * sizeof *l->items, cap * sizeof *l->items);
    l->cap = cap;
}

al_value al_lib_new_list(const al_type *elem_type, uint32_t cap, al_list **out)
{
    al_list *l = al_alloc(sizeof *l);
    l->elem = elem_type;
    list_grow(l, cap + 1);
    al_value v = {.tag = AL_TY_LIST};
    v.u.list = l;
    *out = l;
    return v;
}

static al_value elem(al_exec *X, al_list *l, al_value v)
{
    return al_convert(X, v, l->elem);
}

static al_value l_add(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_list *l = list_of(self);
    for (int i = 0; i < argc; i++) {
        list_grow(l, l->count + 1);
        l->items[l->count++] = elem(X, l, argv[i]);
    }
    return al_none();
}

static int64_t index_arg(al_exec *X, al_list *l, al_value v, bool allow_end)
{
    int64_t i = al_lib_arg_int(v);
    if (i < 1 || i > (int64_t)l->count + (allow_end ? 1 : 0)) al_throw(X, NULL, "%s", LIST_ARG_ERR);
    return i;
}

static al_value l_get(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_list *l = list_of(self);
    int64_t i = al_lib_arg_int(argv[0]);
    bool ok = i >= 1 && i <= (int64_t)l->count;
    if (argc == 1) {
        if (!ok) al_throw(X, NULL, "%s", LIST_ARG_ERR);
        return l->items[i - 1];
    }
    if (!ok) {
        if (!call->consumed) al_throw(X, NULL, "%s", LIST_ARG_ERR);
        return al_bool(false);
    }
    *argv[1].u.ref = l->items[i - 1];
    return al_bool(true);
}

static al_value l_set(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_list *l = list_of(self);
    int64_t i = index_arg(X, l, argv[0], false);
    l->items[i - 1] = elem(X, l, argv[1]);
    return al_none();
}

static al_value l_insert(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_list *l = list_of(self);
    int64_t i = index_arg(X, l, argv[0], true);
    list_grow(l, l->count + 1);
    memmove(&l->items[i], &l->items[i - 1], (l->count - (uint32_t)(i - 1)) * sizeof *l->items);
    l->items[i - 1] = elem(X, l, argv[1]);
    l->count++;
    return al_none();
}

static int32_t find(al_exec *X, al_list *l, al_value v, bool last)
{
    for (uint32_t k = 0; k < l->count; k++) {
        uint32_t i = last ? l->count - 1 - k : k;
        if (same(X, l->items[i], v)) return (int32_t)i + 1;
    }
    return 0;
}

static al_value l_find(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_list *l = list_of(self);
    al_value v = elem(X, l, argv[0]);
    switch (call->builtin->magic) {
    case 0: return al_bool(find(X, l, v, false) != 0);       /* Contains */
    case 1: return al_int(find(X, l, v, false));             /* IndexOf */
    case 2: return al_int(find(X, l, v, true));              /* LastIndexOf */
    default: {                                               /* Remove */
        int32_t i = find(X, l, v, false);
        if (!i) return al_bool(false);
        memmove(&l->items[i - 1], &l->items[i], (l->count - (uint32_t)i) * sizeof *l->items);
        l->count--;
        return al_bool(true);
    }
    }
}

static al_value l_removeat(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_list *l = list_of(self);
    int64_t i = index_arg(X, l, argv[0], false);
    int64_t n = argc > 1 ? al_lib_arg_int(argv[1]) : 1;
    if (n < 0 || i - 1 + n > (int64_t)l->count) al_throw(X, NULL, "%s", LIST_ARG_ERR);
    memmove(&l->items[i - 1], &l->items[i - 1 + n], (l->count - (uint32_t)(i - 1 + n)) * sizeof *l->items);
    l->count -= (uint32_t)n;
    return al_none();
}

static al_value l_count(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    return al_int((int32_t)list_of(self)->count);
}

static al_value l_reverse(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    al_list *l = list_of(self);
    for (uint32_t i = 0; i < l->count / 2; i++) {
        al_value t = l->items[i];
        l->items[i] = l->items[l->count - 1 - i];
        l->items[l->count - 1 - i] = t;
    }
    return al_none();
}

static al_value l_getrange(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_list *l = list_of(self);
    int64_t i = index_arg(X, l, argv[0], false), n = al_lib_arg_int(argv[1]);
    if (n < 0 || i - 1 + n > (int64_t)l->count) al_throw(X, NULL, "%s", LIST_ARG_ERR);
    al_list *r;
    al_value v = al_lib_new_list(l->elem, (uint32_t)n, &r);
    memcpy(r->items, &l->items[i - 1], (size_t)n * sizeof *r->items);
    r->count = (uint32_t)n;
    return v;
}

static const al_builtin list_fns[] = {
    {"Add", "e", l_add, 0, 0},
    {"AddRange", "e|e*", l_add, 0, 0},
    {"Get", "i:e", l_get, 0, 0},
    {"Get", "i&e:b", l_get, AL_BF_TRY, 0},
    {"Set", "ie", l_set, 0, 0},
    {"Insert", "ie", l_insert, 0, 0},
    {"Contains", "e:b", l_find, AL_BF_PURE, 0},
    {"IndexOf", "e:i", l_find, AL_BF_PURE, 1},
    {"LastIndexOf", "e:i", l_find, AL_BF_PURE, 2},
    {"Remove", "e:b", l_find, 0, 3},
    {"RemoveAt", "i", l_removeat, 0, 0},
    {"RemoveRange", "ii", l_removeat, 0, 0},
    {"Count", ":i", l_count, AL_BF_PURE, 0},
    {"Reverse", "", l_reverse, 0, 0},
    {"GetRange", "ii:x", l_getrange, AL_BF_PURE, 0},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_list = {AL_TY_LIST, list_fns};

/* ------------------------------------------------------------ Dictionary */

static al_dict *dict_of(al_value *self) { return recv(self)->u.dict; }

/* The entry number holding [key], or -1; *slot gets the index position. */
static int32_t dict_find(al_exec *X, al_dict *d, al_value key, uint32_t h, uint32_t *slot)
{
    if (!d->index_cap) { *slot = 0; return -1; }
    uint32_t mask = d->index_cap - 1;
    /* CPython's probing: the first probe keeps close keys close; the
     * perturbation spreads keys that share their low bits (strides). */
    uint32_t perturb = h;
    for (uint32_t i = h & mask;; perturb >>= 5, i = (i * 5 + 1 + perturb) & mask) {
        int32_t e = d->index[i];
        if (e == -1) { *slot = i; return -1; }
        if (e >= 0 && d->entries[e].used && d->entries[e].hash == h && same(X, d->entries[e].key, key)) {
            *slot = i;
            return e;
        }
    }
}

static void dict_rebuild(al_dict *d, uint32_t min_cap)
{
    /* compact the entries, then re-index with room to spare */
    uint32_t n = 0;
    for (uint32_t i = 0; i < d->used; i++)
        if (d->entries[i].used) d->entries[n++] = d->entries[i];
    d->used = n;
    uint32_t cap = 16;
    while (cap < 2 * (min_cap + 1)) cap *= 2;
    if (cap > d->cap) {
        d->entries = al_realloc(d->entries, d->cap * sizeof *d->entries, cap * sizeof *d->entries);
        d->cap = cap;
    }
    d->index = al_alloc_atomic(sizeof *d->index * 2 * cap);
    d->index_cap = 2 * cap;
    memset(d->index, 0xff, sizeof *d->index * d->index_cap);
    for (uint32_t i = 0; i < d->used; i++) {
        uint32_t mask = d->index_cap - 1, h = d->entries[i].hash, perturb = h, k = h & mask;
        while (d->index[k] != -1) {
            perturb >>= 5;
            k = (k * 5 + 1 + perturb) & mask;
        }
        d->index[k] = (int32_t)i;
    }
}

/* Adds an entry for a key not in [d]; [slot] is where dict_find stopped
 * (invalid after a rebuild, so it is looked up again then). */
static void dict_put(al_exec *X, al_dict *d, al_value key, al_value value, uint32_t h, uint32_t slot)
{
    if (d->used + 1 >= d->cap || !d->index_cap) {
        dict_rebuild(d, d->count + 1);
        dict_find(X, d, key, h, &slot);
    }
    d->entries[d->used] = (al_dict_entry){key, value, h, true};
    d->index[slot] = (int32_t)d->used++;
    d->count++;
}

static al_value key_of(al_exec *X, al_dict *d, al_value k) { return al_convert(X, k, d->key_type); }

static al_value d_add(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_dict *d = dict_of(self);
    al_value k = key_of(X, d, argv[0]);
    uint32_t h = hash(k), slot;
    if (dict_find(X, d, k, h, &slot) >= 0) {
        if (call->consumed) return al_bool(false);
        al_throw(X, NULL, "An item with the same key has already been added.");
    }
    dict_put(X, d, k, al_convert(X, argv[1], d->value_type), h, slot);
    return al_bool(true);
}

static al_value d_get(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_dict *d = dict_of(self);
    al_value k = key_of(X, d, argv[0]);
    uint32_t slot;
    int32_t e = dict_find(X, d, k, hash(k), &slot);
    if (argc == 1) {
        if (e < 0) al_throw(X, NULL, "The given key was not present in the dictionary.");
        return d->entries[e].value;
    }
    if (e < 0) {
        if (!call->consumed) al_throw(X, NULL, "The given key was not present in the dictionary.");
        return al_bool(false);
    }
    *argv[1].u.ref = d->entries[e].value;
    return al_bool(true);
}

static al_value d_set(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_dict *d = dict_of(self);
    al_value k = key_of(X, d, argv[0]);
    uint32_t h = hash(k), slot;
    int32_t e = dict_find(X, d, k, h, &slot);
    al_value v = al_convert(X, argv[1], d->value_type);
    if (e >= 0) {
        if (argc > 2) *argv[2].u.ref = d->entries[e].value;
        d->entries[e].value = v;
        return al_bool(true);
    }
    dict_put(X, d, k, v, h, slot);
    return al_bool(false);
}

static al_value d_remove(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_dict *d = dict_of(self);
    al_value k = key_of(X, d, argv[0]);
    uint32_t slot;
    int32_t e = dict_find(X, d, k, hash(k), &slot);
    if (e < 0) return al_bool(false);
    d->entries[e].used = false;
    d->index[slot] = -2;                    /* tombstone: probing goes on past it */
    d->count--;
    return al_bool(true);
}

static al_value d_containskey(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_dict *d = dict_of(self);
    al_value k = key_of(X, d, argv[0]);
    uint32_t slot;
    return al_bool(dict_find(X, d, k, hash(k), &slot) >= 0);
}

static al_value d_count(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    return al_int((int32_t)dict_of(self)->count);
}

/* Keys() / Values(): new lists, in insertion order. */
static al_value d_list(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv;
    al_dict *d = dict_of(self);
    bool keys = call->builtin->magic == 0;
    al_list *l;
    al_value v = al_lib_new_list(keys ? d->key_type : d->value_type, d->count, &l);
    for (uint32_t i = 0; i < d->used; i++)
        if (d->entries[i].used) l->items[l->count++] = keys ? d->entries[i].key : d->entries[i].value;
    return v;
}

static const al_builtin dict_fns[] = {
    {"Add", "ke:b", d_add, AL_BF_TRY, 0},
    {"Get", "k:e", d_get, 0, 0},
    {"Get", "k&e:b", d_get, AL_BF_TRY, 0},
    {"Set", "ke:b", d_set, 0, 0},
    {"Set", "ke&e:b", d_set, 0, 0},
    {"Remove", "k:b", d_remove, 0, 0},
    {"ContainsKey", "k:b", d_containskey, AL_BF_PURE, 0},
    {"Count", ":i", d_count, AL_BF_PURE, 0},
    {"Keys", ":K", d_list, AL_BF_PURE, 0},
    {"Values", ":V", d_list, AL_BF_PURE, 1},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_dict = {AL_TY_DICT, dict_fns};

/* ------------------------------------------------------------------ Enum */

static al_value e_asinteger(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    return al_int(recv(self)->u.i);
}

/* Names() / Ordinals(): the enum's values in declaration order. */
static al_value e_list(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)self; (void)argc; (void)argv;
    al_object *o = call->a->type->obj;
    bool names = call->builtin->magic == 0;
    al_list *l;
    al_value v = al_lib_new_list(names ? &al_type_text : &al_type_integer, o->nvalues, &l);
    for (uint32_t i = 0; i < o->nvalues; i++)
        l->items[l->count++] = names ? al_lib_text(al_text_cstr(o->values[i].name)) : al_int(o->values[i].ordinal);
    return v;
}

static al_value e_frominteger(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc;
    al_object *o = call->a->type->obj;
    int64_t n = al_lib_arg_int(argv[0]);
    for (uint32_t i = 0; i < o->nvalues; i++)
        if (o->values[i].ordinal == n) return al_ordinal(AL_TY_ENUM, (int32_t)n);
    al_throw(X, NULL, "The value %lld is not a valid ordinal of Enum \"%s\".", (long long)n, o->name);
}

static const al_builtin enum_fns[] = {
    {"AsInteger", ":i", e_asinteger, AL_BF_PURE, 0},
    {"Names", ":S", e_list, AL_BF_PURE, 0},
    {"Ordinals", ":N", e_list, AL_BF_PURE, 1},
    {"FromInteger", "i:x", e_frominteger, AL_BF_PURE, 0},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_enum = {AL_TY_ENUM, enum_fns};

/* --------------------------------------------------------------- Variant */

/* IsInteger, IsText ...: what the Variant holds now ([magic] is the kind). */
static al_value v_is(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv;
    al_value *v = recv(self);
    int want = call->builtin->magic;
    if (want == AL_TY_TEXT) return al_bool(v->tag == AL_TY_TEXT || v->tag == AL_TY_LABEL);
    /* BC runs an enum value as an option value (NavOption), so IsOption
     * holds for both (inferred; docs/test-libraries.md) */
    if (want == AL_TY_OPTION) return al_bool(v->tag == AL_TY_OPTION || v->tag == AL_TY_ENUM);
    return al_bool(v->tag == want);
}

static const al_builtin variant_fns[] = {
    {"IsBoolean", ":b", v_is, AL_BF_PURE, AL_TY_BOOLEAN},
    {"IsInteger", ":b", v_is, AL_BF_PURE, AL_TY_INTEGER},
    {"IsBigInteger", ":b", v_is, AL_BF_PURE, AL_TY_BIGINT},
    {"IsDecimal", ":b", v_is, AL_BF_PURE, AL_TY_DECIMAL},
    {"IsChar", ":b", v_is, AL_BF_PURE, AL_TY_CHAR},
    {"IsText", ":b", v_is, AL_BF_PURE, AL_TY_TEXT},
    {"IsCode", ":b", v_is, AL_BF_PURE, AL_TY_CODE},
    {"IsDate", ":b", v_is, AL_BF_PURE, AL_TY_DATE},
    {"IsTime", ":b", v_is, AL_BF_PURE, AL_TY_TIME},
    {"IsDateTime", ":b", v_is, AL_BF_PURE, AL_TY_DATETIME},
    {"IsDuration", ":b", v_is, AL_BF_PURE, AL_TY_DURATION},
    {"IsGuid", ":b", v_is, AL_BF_PURE, AL_TY_GUID},
    {"IsDateFormula", ":b", v_is, AL_BF_PURE, AL_TY_DATEFORMULA},
    {"IsOption", ":b", v_is, AL_BF_PURE, AL_TY_OPTION},
    {"IsRecord", ":b", v_is, AL_BF_PURE, AL_TY_RECORD},
    {"IsRecordId", ":b", v_is, AL_BF_PURE, AL_TY_RECORDID},
    {"IsRecordRef", ":b", v_is, AL_BF_PURE, AL_TY_RECORDREF},
    {"IsFieldRef", ":b", v_is, AL_BF_PURE, AL_TY_FIELDREF},
    {"IsCodeunit", ":b", v_is, AL_BF_PURE, AL_TY_CODEUNIT},
    {"IsList", ":b", v_is, AL_BF_PURE, AL_TY_LIST},
    {"IsDictionary", ":b", v_is, AL_BF_PURE, AL_TY_DICT},
    {"IsNotification", ":b", v_is, AL_BF_PURE, AL_TY_NOTIFICATION},
    {"IsTextBuilder", ":b", v_is, AL_BF_PURE, AL_TY_TEXTBUILDER},
    {"IsJsonObject", ":b", v_is, AL_BF_PURE, AL_TY_JSONOBJECT},
    {"IsJsonArray", ":b", v_is, AL_BF_PURE, AL_TY_JSONARRAY},
    {"IsJsonToken", ":b", v_is, AL_BF_PURE, AL_TY_JSONTOKEN},
    {"IsJsonValue", ":b", v_is, AL_BF_PURE, AL_TY_JSONVALUE},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_variant = {AL_TY_VARIANT, variant_fns};
