/* stdlib/lib_record.c — Record methods: reading and writing rows through
 * the session's store (runtime/db.h), filters (runtime/filter.h), table
 * triggers, and BC's error texts and codes for them (docs/records.md).
 *
 * Field arguments arrive as the field's buffer index (signature letter
 * 'f'); values for a field are already converted to its type ('F'), and
 * primary key values to the key fields' types ('P').  Methods that write
 * carry AL_BF_DB_WRITE: the evaluator refuses them in read-only sessions
 * for non-temporary records before they get here (one place), and the
 * store's read-only connection refuses them again.
 */
#include "stdlib/lib.h"
#include "runtime/session.h"
#include "runtime/db.h"
#include "runtime/filter.h"
#include "interp/convert.h"
#include "interp/events.h"
#include "interp/table.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <string.h>

static al_record *rec_of(al_value *self) { return self->tag == AL_TAG_REF ? self->u.ref->u.rec : self->u.rec; }

static al_store *store(al_exec *X)
{
    if (!X->db) al_throw(X, NULL, "internal error: no database in this session");
    return X->db;
}

static int32_t ival(al_value v) { return (int32_t)al_lib_arg_int(v); }

static const al_field *fld(const al_record *r, al_value idx) { return &r->table->fields[ival(idx)]; }

static const char *fmt(al_exec *X, al_value v, const al_type *t)
{
    return al_format(X, v, t, 0, 0, NULL)->s;
}

/* "No.='C1', Line No.='10000'": the primary key as BC's messages show it. */
static const char *identification(al_exec *X, const al_record *r, const al_value *vals)
{
    const al_key *pk = &r->table->keys[0];
    char *out = al_strdup("");
    for (uint32_t i = 0; i < pk->nfields; i++) {
        const al_field *f = &r->table->fields[pk->fields[i]];
        out = al_sprintf("%s%s%s='%s'", out, i ? ", " : "", f->caption, fmt(X, vals ? vals[i] : r->fields[f->index], f->type));
    }
    return out;
}

/* "No.=C1, Line No.=10000": TestField's form. */
static const char *pk_plain(al_exec *X, const al_record *r)
{
    const al_key *pk = &r->table->keys[0];
    char *out = al_strdup("");
    for (uint32_t i = 0; i < pk->nfields; i++) {
        const al_field *f = &r->table->fields[pk->fields[i]];
        out = al_sprintf("%s%s%s=%s", out, i ? ", " : "", f->caption, fmt(X, r->fields[f->index], f->type));
    }
    return out;
}

__attribute__((noreturn)) static void not_found(al_exec *X, const al_record *r, const al_value *vals)
{
    al_throw(X, "DB:RecordNotFound", "The %s does not exist. Identification fields and values: %s",
             r->table->caption, identification(X, r, vals));
}

/* "No.: A..B, Name: X*" — the filters as BC's messages list them. */
static const char *filters_text(const al_record *r)
{
    char *out = al_strdup("");
    bool any = false;
    for (int g = 0; g < 2; g++) {
        al_filter **fl = g == 0 ? r->filters : r->filters2;
        if (!fl) continue;
        for (uint32_t i = 0; i < r->table->nfields; i++)
            if (fl[i]) {
                out = al_sprintf("%s%s%s: %s", out, any ? ", " : "", r->table->fields[i].caption, al_filter_text(fl[i])->s);
                any = true;
            }
    }
    return out;
}

__attribute__((noreturn)) static void nothing_inside(al_exec *X, const al_record *r)
{
    const char *f = filters_text(r);
    if (*f) al_throw(X, "DB:NothingInsideFilter", "There is no %s within the filter.  Filters: %s", r->table->caption, f);
    al_throw(X, "DB:NothingInsideFilter", "There is no %s within the filter.", r->table->caption);
}

static void run_triggers(al_exec *X, al_record *r, int which) { al_record_run_triggers(X, r, which); }

/* SetAutoCalcFields: the FlowFields computed whenever a record is read. */
static void autocalc(al_exec *X, al_record *r)
{
    for (uint32_t i = 0; i < r->nautocalc; i++) r->fields[r->autocalc[i]] = al_store_calc(X, store(X), r, r->autocalc[i]);
}

/* A [Ok :=] method's failure: false when the result is used, else the error. */
#define TRY_FAIL(call, throw_stmt) do { if ((call)->consumed) return al_bool(false); throw_stmt; } while (0)

/* ------------------------------------------------------------- methods */

static al_value r_init(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    al_record_init(X, rec_of(self));
    return al_none();
}

static bool run_trigger_arg(int argc, al_value *argv)
{
    return argc > 0 && argv[0].u.b;
}

static al_value r_insert(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_record *r = rec_of(self);
    bool rt = run_trigger_arg(argc, argv);
    al_events_table(X, r, AL_TEV_BEFORE_INSERT, rt, -1);
    if (rt) run_triggers(X, r, AL_TRIG_INSERT);
    al_record_stamp(X, r, true, argc > 1 && argv[1].u.b);
    if (!al_store_insert(X, store(X), r))
        TRY_FAIL(call, al_throw(X, "DB:RecordExists", "The record in table %s already exists. Identification fields and values: %s",
                                r->table->caption, identification(X, r, NULL)));
    al_events_table(X, r, AL_TEV_AFTER_INSERT, rt, -1);
    return al_bool(true);
}

static al_value r_modify(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_record *r = rec_of(self);
    bool rt = run_trigger_arg(argc, argv);
    al_events_table(X, r, AL_TEV_BEFORE_MODIFY, rt, -1);
    if (rt) run_triggers(X, r, AL_TRIG_MODIFY);
    al_record_stamp(X, r, false, false);
    if (!al_store_modify(X, store(X), r)) TRY_FAIL(call, not_found(X, r, NULL));
    al_events_table(X, r, AL_TEV_AFTER_MODIFY, rt, -1);
    return al_bool(true);
}

static al_value r_delete(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_record *r = rec_of(self);
    bool rt = run_trigger_arg(argc, argv);
    al_events_table(X, r, AL_TEV_BEFORE_DELETE, rt, -1);
    if (rt) run_triggers(X, r, AL_TRIG_DELETE);
    if (!al_store_delete(X, store(X), r)) TRY_FAIL(call, not_found(X, r, NULL));
    al_events_table(X, r, AL_TEV_AFTER_DELETE, rt, -1);
    return al_bool(true);
}

static al_value r_rename(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_record *r = rec_of(self);
    const al_key *pk = &r->table->keys[0];
    al_value *old = al_alloc(sizeof *old * (pk->nfields + 1));
    for (uint32_t i = 0; i < pk->nfields; i++) old[i] = r->fields[pk->fields[i]];
    al_record *x = al_record_x(X, r);
    memcpy(x->fields, r->fields, sizeof *r->fields * r->table->nfields);
    for (int i = 0; i < argc && (uint32_t)i < pk->nfields; i++) r->fields[pk->fields[i]] = argv[i];
    al_events_table(X, r, AL_TEV_BEFORE_RENAME, true, -1);
    run_triggers(X, r, AL_TRIG_RENAME);
    bool exists = false;
    if (!al_store_rename(X, store(X), r, old, &exists)) {
        for (uint32_t i = 0; i < pk->nfields; i++) r->fields[pk->fields[i]] = old[i];
        if (exists)
            TRY_FAIL(call, al_throw(X, "DB:RecordExists", "The record in table %s already exists. Identification fields and values: %s",
                                    r->table->caption, identification(X, r, (const al_value *)argv)));
        TRY_FAIL(call, not_found(X, r, old));
    }
    al_events_table(X, r, AL_TEV_AFTER_RENAME, true, -1);
    return al_bool(true);
}

static al_value r_get(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_record *r = rec_of(self);
    const al_key *pk = &r->table->keys[0];
    /* missing trailing key values are the fields' defaults, as in BC */
    al_value *vals = al_alloc(sizeof *vals * (pk->nfields + 1));
    for (uint32_t i = 0; i < pk->nfields; i++) {
        const al_field *f = &r->table->fields[pk->fields[i]];
        vals[i] = (int)i < argc ? argv[i] : al_exec_default(X, f->type);
    }
    if (!al_store_get(X, store(X), r, vals)) TRY_FAIL(call, not_found(X, r, vals));
    autocalc(X, r);
    return al_bool(true);
}

static al_value r_getbysystemid(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_record *r = rec_of(self);
    if (!al_store_get_by(X, store(X), r, r->table->sys, argv[0])) {
        if (call->consumed) return al_bool(false);
        al_throw(X, "DB:RecordNotFound", "The %s does not exist. Identification fields and values: SystemId='%s'",
                 r->table->caption, al_format(X, argv[0], &al_type_guid, 0, 0, NULL)->s);
    }
    autocalc(X, r);
    return al_bool(true);
}

static al_value r_find(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_record *r = rec_of(self);
    const char *which = argc > 0 ? al_lib_arg_text(X, argv[0])->s : "=";
    /* '=><' try in order: '=' the key itself, then '>' or '<' */
    bool ok = false;
    if (!*which) which = "-";
    for (const char *w = which; *w && !ok; w++) {
        if (!strchr("-+=<>", *w))
            al_throw(X, NULL, "The search string '%s' is not valid. Use one of: =, <, >, -, +.", which);
        ok = al_store_find(X, store(X), r, *w);
    }
    if (!ok) TRY_FAIL(call, nothing_inside(X, r));
    autocalc(X, r);
    return al_bool(true);
}

static al_value r_findfirst(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_record *r = rec_of(self);
    /* magic: '-' FindFirst/FindSet, '+' FindLast */
    if (!al_store_find(X, store(X), r, (char)call->builtin->magic)) TRY_FAIL(call, nothing_inside(X, r));
    autocalc(X, r);
    return al_bool(true);
}

static al_value r_next(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    int32_t steps = argc > 0 ? ival(argv[0]) : 1;
    int32_t n = al_store_next(X, store(X), rec_of(self), steps);
    if (n) autocalc(X, rec_of(self));
    return al_int(n);
}

static al_value r_count(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    int64_t n = al_store_count(X, store(X), rec_of(self));
    return al_int((int32_t)n);
}

static al_value r_isempty(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    return al_bool(al_store_is_empty(X, store(X), rec_of(self)));
}

static al_value r_deleteall(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_record *r = rec_of(self);
    bool rt = run_trigger_arg(argc, argv);
    if ((rt && r->table->triggers[AL_TRIG_DELETE].n) || al_events_table_has(r, AL_TEV_BEFORE_DELETE)
        || al_events_table_has(r, AL_TEV_AFTER_DELETE)) {
        /* with triggers or subscribers: record by record, as BC does */
        al_record *it = al_record_clone(X, r);
        while (al_store_find(X, store(X), it, '-')) {
            al_events_table(X, it, AL_TEV_BEFORE_DELETE, rt, -1);
            if (rt) run_triggers(X, it, AL_TRIG_DELETE);
            al_store_delete(X, store(X), it);
            al_events_table(X, it, AL_TEV_AFTER_DELETE, rt, -1);
        }
        return al_none();
    }
    al_store_delete_all(X, store(X), r);
    return al_none();
}

static al_value r_modifyall(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_record *r = rec_of(self);
    uint32_t f = (uint32_t)ival(argv[0]);
    bool rt = argc > 2 && argv[2].u.b;
    if ((rt && r->table->triggers[AL_TRIG_MODIFY].n) || al_events_table_has(r, AL_TEV_BEFORE_MODIFY)
        || al_events_table_has(r, AL_TEV_AFTER_MODIFY)) {
        al_record *it = al_record_clone(X, r);
        bool more = al_store_find(X, store(X), it, '-');
        while (more) {
            al_record *row = al_record_clone(X, it);
            row->fields[f] = argv[1];
            al_events_table(X, row, AL_TEV_BEFORE_MODIFY, rt, -1);
            if (rt) run_triggers(X, row, AL_TRIG_MODIFY);
            al_record_stamp(X, row, false, false);
            al_store_modify(X, store(X), row);
            al_events_table(X, row, AL_TEV_AFTER_MODIFY, rt, -1);
            more = al_store_next(X, store(X), it, 1) != 0;
        }
        return al_none();
    }
    al_store_modify_all(X, store(X), r, f, argv[1]);
    return al_none();
}

/* The filters SetRange/SetFilter/GetFilter work on: the current filter
 * group's (FilterGroup 0 is the user's; every other group shares one set,
 * which is ANDed with group 0). */
static al_filter **group(al_record *r)
{
    if (r->filter_group == 0) return r->filters;
    if (!r->filters2) r->filters2 = al_alloc(sizeof *r->filters2 * (r->table->nfields + 1));
    return r->filters2;
}

static al_filter_field ffield(const al_record *r, uint32_t i)
{
    const al_field *f = &r->table->fields[i];
    return (al_filter_field){f->type, f->caption, r->table->caption};
}

static al_value r_setrange(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    rec_of(self)->view++;
    (void)call;
    al_record *r = rec_of(self);
    uint32_t f = (uint32_t)ival(argv[0]);
    al_filter_field ff = ffield(r, f);
    if (argc == 1) group(r)[f] = NULL;
    else group(r)[f] = al_filter_range(X, &ff, argv[1], argc > 2 ? &argv[2] : NULL);
    return al_none();
}

static al_value r_setfilter(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    rec_of(self)->view++;
    (void)call;
    al_record *r = rec_of(self);
    uint32_t f = (uint32_t)ival(argv[0]);
    al_filter_field ff = ffield(r, f);
    const al_text *expr = al_lib_arg_text(X, argv[1]);
    group(r)[f] = expr->len ? al_filter_parse(X, &ff, expr, argv + 2, argc - 2) : NULL;
    return al_none();
}

static al_value r_getfilter(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)call;
    al_record *r = rec_of(self);
    al_filter *fl = group(r)[ival(argv[0])];
    return al_lib_text(fl ? al_filter_text(fl) : AL_TEXT_EMPTY);
}

static al_value r_getfilters(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    const char *s = filters_text(rec_of(self));
    return al_lib_text(al_text_cstr(s));
}

static al_value r_hasfilter(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    return al_bool(*filters_text(rec_of(self)) != 0);
}

static al_value r_reset(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    rec_of(self)->view++;
    (void)X; (void)argc; (void)argv; (void)call;
    al_record *r = rec_of(self);
    memset(r->filters, 0, sizeof *r->filters * r->table->nfields);
    r->filters2 = NULL;
    r->key = 0;
    r->descending = false;
    r->marked_only = false;
    r->marks = NULL;
    r->filter_group = 0;
    return al_none();
}

static al_value r_setcurrentkey(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    rec_of(self)->view++;
    (void)call;
    al_record *r = rec_of(self);
    const al_table *t = r->table;
    for (uint32_t k = 0; k < t->nkeys; k++) {
        const al_key *key = &t->keys[k];
        if ((int)key->nfields < argc) continue;
        bool match = true;
        for (int i = 0; i < argc && match; i++) match = key->fields[i] == (uint32_t)ival(argv[i]);
        if (match) {
            r->key = k;
            return al_bool(true);
        }
    }
    char *names = al_strdup("");
    for (int i = 0; i < argc; i++) names = al_sprintf("%s%s%s", names, i ? "," : "", t->fields[ival(argv[i])].caption);
    al_throw(X, NULL, "The sorting key %s was not found in table %s.", names, t->caption);
}

static al_value r_ascending(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    rec_of(self)->view++;
    (void)X; (void)call;
    al_record *r = rec_of(self);
    if (argc > 0) r->descending = !argv[0].u.b;
    return al_bool(!r->descending);
}

static al_value r_calcfields(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_record *r = rec_of(self);
    for (int i = 0; i < argc; i++) {
        uint32_t f = (uint32_t)ival(argv[i]);
        if (r->table->fields[f].fclass != AL_FIELD_FLOWFIELD)
            al_throw(X, NULL, "%s in %s is not a FlowField; CalcFields works on FlowFields only.",
                     r->table->fields[f].caption, r->table->caption);
        r->fields[f] = al_store_calc(X, store(X), r, f);
    }
    return al_bool(true);
}

static al_value r_calcsums(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_record *r = rec_of(self);
    for (int i = 0; i < argc; i++) {
        uint32_t f = (uint32_t)ival(argv[i]);
        const al_type *t = r->table->fields[f].type;
        if (!al_type_is_number(t) || r->table->fields[f].fclass != AL_FIELD_NORMAL)
            al_throw(X, NULL, "CalcSums: %s in %s is not a number field.", r->table->fields[f].caption, r->table->caption);
        r->fields[f] = al_convert(X, al_store_sum(X, store(X), r, f), t);
    }
    return al_bool(true);
}

static al_value r_validate(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_record *r = rec_of(self);
    const al_field *f = fld(r, argv[0]);
    al_record *x = al_record_x(X, r);
    memcpy(x->fields, r->fields, sizeof *r->fields * r->table->nfields);
    if (argc > 1) r->fields[f->index] = argv[1];
    al_record_validate(X, r, f);
    return al_none();
}

static bool is_empty_value(al_value v)
{
    switch ((al_tkind)v.tag) {
    case AL_TY_TEXT: case AL_TY_CODE: case AL_TY_DATEFORMULA: return v.u.text->len == 0;
    case AL_TY_DECIMAL: return al_convert_dec_cmp(v, al_convert_decimal_literal(0)) == 0;
    case AL_TY_BOOLEAN: return !v.u.b;
    case AL_TY_BIGINT: case AL_TY_DATETIME: case AL_TY_DURATION: return v.u.big == 0;
    case AL_TY_GUID: { static const uint8_t z[16]; return memcmp(v.u.guid, z, 16) == 0; }
    default: return v.u.i == 0;
    }
}

static al_value r_testfield(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_record *r = rec_of(self);
    const al_field *f = fld(r, argv[0]);
    al_value cur = r->fields[f->index];
    if (argc == 1) {
        if (is_empty_value(cur))
            al_throw(X, "TestField", "%s must have a value in %s: %s. It cannot be zero or empty.",
                     f->caption, r->table->caption, pk_plain(X, r));
        return al_none();
    }
    al_value want = argv[1];
    bool equal;
    if (cur.tag == AL_TY_DECIMAL) equal = al_convert_dec_cmp(cur, want) == 0;
    else if (cur.tag == AL_TY_TEXT || cur.tag == AL_TY_CODE || cur.tag == AL_TY_DATEFORMULA) equal = al_text_eq(cur.u.text, want.u.text);
    else if (cur.tag == AL_TY_GUID) equal = memcmp(cur.u.guid, want.u.guid, 16) == 0;
    else if (cur.tag == AL_TY_BIGINT || cur.tag == AL_TY_DATETIME || cur.tag == AL_TY_DURATION) equal = cur.u.big == want.u.big;
    else if (cur.tag == AL_TY_BOOLEAN) equal = cur.u.b == want.u.b;
    else equal = cur.u.i == want.u.i;
    if (!equal)
        al_throw(X, "TestField", "%s must be equal to '%s'  in %s: %s. Current value is '%s'.", f->caption,
                 fmt(X, want, f->type), r->table->caption, pk_plain(X, r), fmt(X, cur, f->type));
    return al_none();
}

static al_value r_fielderror(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_record *r = rec_of(self);
    const al_field *f = fld(r, argv[0]);
    if (argc > 1 && al_lib_arg_text(X, argv[1])->len)
        al_throw(X, "FieldError", "%s %s in %s %s.", f->caption, al_lib_arg_text(X, argv[1])->s, r->table->caption,
                 identification(X, r, NULL));
    al_throw(X, "FieldError", "%s must not be %s in %s %s.", f->caption, fmt(X, r->fields[f->index], f->type),
             r->table->caption, identification(X, r, NULL));
}

static al_value r_fieldno(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)call;
    return al_int(fld(rec_of(self), argv[0])->no);
}

static al_value r_fieldcaption(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)call;
    return al_lib_text(al_text_cstr(fld(rec_of(self), argv[0])->caption));
}

static al_value r_tablecaption(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv;
    const al_table *t = rec_of(self)->table;
    return al_lib_text(al_text_cstr(call->builtin->magic ? t->obj->name : t->caption));
}

static al_value r_transferfields(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_record *r = rec_of(self);
    al_record *from = argv[0].tag == AL_TAG_REF ? argv[0].u.ref->u.rec : argv[0].u.rec;
    bool init_pk = argc < 2 || argv[1].u.b;
    const al_key *pk = &r->table->keys[0];
    for (uint32_t i = 0; i < r->table->nfields; i++) {
        const al_field *f = &r->table->fields[i];
        if (f->fclass == AL_FIELD_FLOWFILTER || f->no >= AL_FIELD_SYSTEM_ID) continue;
        bool in_pk = false;
        for (uint32_t k = 0; k < pk->nfields; k++) in_pk |= pk->fields[k] == i;
        if (in_pk && !init_pk) continue;
        /* fields with the same number and a compatible type */
        const al_field *g = al_table_field_no(from->table, f->no);
        if (!g || g->type->kind == AL_TY_OTHER || f->type->kind == AL_TY_OTHER) continue;
        if (g->type->kind != f->type->kind && !(al_type_is_text(g->type) && al_type_is_text(f->type))) continue;
        r->fields[i] = al_convert(X, from->fields[g->index], f->type);
    }
    return al_none();
}

static al_value r_copy(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_record *r = rec_of(self);
    al_record *from = argv[0].u.rec;
    bool share = argc > 1 && argv[1].u.b;
    if (share && !(r->temporary && from->temporary))
        al_throw(X, NULL, "Copy with ShareTable = true needs two temporary records.");
    al_temp_table *mine = r->temp;
    al_instance inst = r->inst;
    al_record *x = r->x;
    al_record *c = al_record_clone(X, from);
    uint64_t view = r->view + 1;
    *r = *c;
    r->view = view;
    r->cursor = NULL;
    r->inst = inst;
    r->x = x;
    if (!share && r->temporary) r->temp = mine;
    return al_none();
}

static al_value r_copyfilters(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    rec_of(self)->view++;
    (void)X; (void)argc; (void)call;
    al_record *r = rec_of(self);
    al_record *from = argv[0].u.rec;
    memcpy(r->filters, from->filters, sizeof *r->filters * r->table->nfields);
    return al_none();
}

static al_value r_setrecfilter(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    rec_of(self)->view++;
    (void)argc; (void)argv; (void)call;
    al_record *r = rec_of(self);
    const al_key *k = &r->table->keys[r->key];
    for (uint32_t i = 0; i < k->nfields; i++) {
        al_filter_field ff = ffield(r, k->fields[i]);
        r->filters[k->fields[i]] = al_filter_range(X, &ff, r->fields[k->fields[i]], NULL);
    }
    return al_none();
}

static al_value r_istemporary(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    return al_bool(rec_of(self)->temporary);
}

static al_value r_locktable(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)self; (void)argc; (void)argv; (void)call;
    /* the session's first write takes SQLite's write lock (BEGIN
     * IMMEDIATE), which serialises writers as LockTable does */
    return al_none();
}

static al_value r_recordid(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    al_value v = {.tag = AL_TY_RECORDID};
    v.u.recid = al_record_id(rec_of(self));
    return v;
}

static al_value id_tableno(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    const al_recordid *id = (self->tag == AL_TAG_REF ? self->u.ref : self)->u.recid;
    return al_int(id ? (int32_t)id->table->obj->id : 0);
}

/* GetRangeMin(Field) / GetRangeMax(Field): the bounds of the field's
 * filter when it is one value or one range; an open bound is the field
 * type's empty value. */
static al_value r_getrange(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_record *r = rec_of(self);
    const al_field *f = fld(r, argv[0]);
    al_filter *fl = r->filters[f->index];
    al_value lo, hi;
    bool has_lo = false, has_hi = false;
    if (!fl) return al_exec_default(X, f->type);
    if (!al_filter_bounds(fl, &lo, &has_lo, &hi, &has_hi))
        al_throw(X, NULL, "The filter %s on the %s field in the %s table is not a single range, so %s cannot be used.",
                 al_filter_text(fl)->s, f->caption, r->table->caption, call->builtin->name);
    bool max = call->builtin->magic == 1;
    if (max ? !has_hi : !has_lo) return al_exec_default(X, f->type);
    return max ? hi : lo;
}

static al_value r_currfieldno(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    return al_int(rec_of(self)->curr_field);
}

static al_value r_setautocalcfields(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_record *r = rec_of(self);
    r->autocalc = al_alloc_atomic(sizeof *r->autocalc * (size_t)(argc + 1));
    r->nautocalc = 0;
    for (int i = 0; i < argc; i++) {
        uint32_t f = (uint32_t)ival(argv[i]);
        if (r->table->fields[f].fclass != AL_FIELD_FLOWFIELD)
            al_throw(X, NULL, "%s in %s is not a FlowField; SetAutoCalcFields works on FlowFields only.",
                     r->table->fields[f].caption, r->table->caption);
        r->autocalc[r->nautocalc++] = f;
    }
    return al_bool(true);
}

/* SetLoadFields/AddLoadFields: a hint to load fewer columns.  alrun reads
 * whole rows, which gives the same results. */
static al_value r_loadfields(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)self; (void)argc; (void)argv; (void)call;
    return al_bool(true);
}

static al_value r_filtergroup(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_record *r = rec_of(self);
    if (argc > 0) {
        int32_t g = ival(argv[0]);
        if (g < -1 || g > 7) al_throw(X, NULL, "The filter group %d is not valid. Use a value from -1 to 7.", g);
        r->filter_group = (uint8_t)(g < 0 ? 7 : g);
    }
    return al_int(r->filter_group);
}

static int64_t current_row(al_exec *X, al_record *r)
{
    return al_store_rowid(X, store(X), r);
}

static bool marked(const al_marks *m, int64_t row, uint32_t *at)
{
    uint32_t lo = 0, hi = m ? m->n : 0;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (m->rows[mid] < row) lo = mid + 1;
        else hi = mid;
    }
    *at = lo;
    return m && lo < m->n && m->rows[lo] == row;
}

static al_value r_mark(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_record *r = rec_of(self);
    int64_t row = current_row(X, r);
    uint32_t at;
    bool is = row && marked(r->marks, row, &at);
    if (argc == 0) return al_bool(is);
    if (!row) not_found(X, r, NULL);
    if (argv[0].u.b && !is) {
        if (!r->marks) r->marks = al_alloc(sizeof *r->marks);
        al_marks *m = r->marks;
        if (m->n == m->cap) {
            uint32_t ncap = m->cap ? m->cap * 2 : 16;
            m->rows = al_realloc(m->rows, m->cap * sizeof *m->rows, ncap * sizeof *m->rows);
            m->cap = ncap;
        }
        memmove(m->rows + at + 1, m->rows + at, (m->n - at) * sizeof *m->rows);
        m->rows[at] = row;
        m->n++;
    } else if (!argv[0].u.b && is) {
        al_marks *m = r->marks;
        memmove(m->rows + at, m->rows + at + 1, (m->n - at - 1) * sizeof *m->rows);
        m->n--;
    }
    r->view++;
    return al_bool(argv[0].u.b);
}

static al_value r_markedonly(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)call;
    al_record *r = rec_of(self);
    if (argc > 0) {
        r->marked_only = argv[0].u.b;
        r->view++;
    }
    return al_bool(r->marked_only);
}

static al_value r_clearmarks(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    al_record *r = rec_of(self);
    r->marks = NULL;
    r->view++;
    return al_none();
}

/* ---------------------------------------------------- global functions */

static al_value g_commit(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)argv; (void)call;
    al_session_rt *rt = X->rt;
    if (rt && rt->commit_refused) al_throw(X, NULL, "%s", rt->commit_refused);
    al_store_commit(X, store(X));
    return al_none();
}

static const al_builtin record_fns[] = {
    {"Init", "", r_init, 0, 0},
    {"Insert", "|bb:b", r_insert, AL_BF_DB_WRITE | AL_BF_TRY, 0},
    {"Modify", "|b:b", r_modify, AL_BF_DB_WRITE | AL_BF_TRY, 0},
    {"Delete", "|b:b", r_delete, AL_BF_DB_WRITE | AL_BF_TRY, 0},
    {"Rename", "P*:b", r_rename, AL_BF_DB_WRITE | AL_BF_TRY, 0},
    {"ModifyAll", "fF|b", r_modifyall, AL_BF_DB_WRITE, 0},
    {"DeleteAll", "|b", r_deleteall, AL_BF_DB_WRITE, 0},
    {"Get", "|P*:b", r_get, AL_BF_TRY, 0},
    {"Find", "|t:b", r_find, AL_BF_TRY, 0},
    {"FindFirst", ":b", r_findfirst, AL_BF_TRY, '-'},
    {"FindLast", ":b", r_findfirst, AL_BF_TRY, '+'},
    {"FindSet", "|bb:b", r_findfirst, AL_BF_TRY, 's'},
    {"Next", "|i:i", r_next, 0, 0},
    {"Count", ":i", r_count, 0, 0},
    {"CountApprox", ":i", r_count, 0, 0},
    {"IsEmpty", ":b", r_isempty, 0, 0},
    {"SetRange", "f|FF", r_setrange, 0, 0},
    {"SetFilter", "ft|a*", r_setfilter, 0, 0},
    {"GetFilter", "f:t", r_getfilter, 0, 0},
    {"GetFilters", ":t", r_getfilters, 0, 0},
    {"HasFilter", ":b", r_hasfilter, 0, 0},
    {"Reset", "", r_reset, 0, 0},
    {"SetCurrentKey", "f*:b", r_setcurrentkey, 0, 0},
    {"Ascending", "|b:b", r_ascending, 0, 0},
    {"CalcFields", "f*:b", r_calcfields, 0, 0},
    {"CalcSums", "f*:b", r_calcsums, 0, 0},
    {"Validate", "f|F", r_validate, 0, 0},
    {"TestField", "f|F", r_testfield, 0, 0},
    {"FieldError", "f|t", r_fielderror, 0, 0},
    {"FieldNo", "f:i", r_fieldno, 0, 0},
    {"FieldCaption", "f:t", r_fieldcaption, 0, 0},
    {"TableCaption", ":t", r_tablecaption, 0, 0},
    {"TableName", ":t", r_tablecaption, 0, 1},
    {"TransferFields", "r|b", r_transferfields, 0, 0},
    {"Copy", "R|b", r_copy, 0, 0},
    {"CopyFilters", "R", r_copyfilters, 0, 0},
    {"SetRecFilter", "", r_setrecfilter, 0, 0},
    {"IsTemporary", ":b", r_istemporary, 0, 0},
    {"LockTable", "|bb", r_locktable, AL_BF_DB_WRITE, 0},
    {"CurrFieldNo", ":i", r_currfieldno, 0, 0},
    {"GetRangeMin", "f:G", r_getrange, 0, 0},
    {"GetRangeMax", "f:G", r_getrange, 0, 1},
    {"RecordId", ":I", r_recordid, 0, 0},
    {"GetBySystemId", "g:b", r_getbysystemid, AL_BF_TRY, 0},
    {"SetAutoCalcFields", "|f*:b", r_setautocalcfields, 0, 0},
    {"SetLoadFields", "|f*:b", r_loadfields, 0, 0},
    {"AddLoadFields", "|f*:b", r_loadfields, 0, 0},
    {"FilterGroup", "|i:i", r_filtergroup, 0, 0},
    {"Mark", "|b:b", r_mark, 0, 0},
    {"MarkedOnly", "|b:b", r_markedonly, 0, 0},
    {"ClearMarks", "", r_clearmarks, 0, 0},
    {NULL, NULL, NULL, 0, 0},
};

static const al_builtin db_fns[] = {
    {"Commit", "", g_commit, 0, 0},
    {NULL, NULL, NULL, 0, 0},
};

static const al_builtin recordid_fns[] = {
    {"TableNo", ":i", id_tableno, 0, 0},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_record = {AL_TY_RECORD, record_fns};
const al_builtin_lib al_lib_recordid = {AL_TY_RECORDID, recordid_fns};
const al_builtin_lib al_lib_database = {AL_TY_NONE, db_fns};
