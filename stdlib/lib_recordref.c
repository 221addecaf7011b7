/* stdlib/lib_recordref.c — RecordRef, FieldRef and KeyRef: AL's reflection
 * over tables (docs/records.md, "RecordRef, FieldRef, KeyRef").
 *
 * A RecordRef holds an al_record of the table it has opened (in a box the
 * FieldRefs and KeyRefs taken from it share, table.h al_recref), so what
 * it does with rows is what a Record does: the methods below hand the
 * record to the Record method of the same meaning in lib_record.c — same
 * store calls, same triggers, same error texts — with field numbers turned
 * into buffer indexes and values converted to the field's type here,
 * where a Record method gets both from the compiler.  Write methods carry
 * AL_BF_DB_WRITE like the Record ones; the evaluator's check
 * (al_record_check_write) knows a RecordRef receiver.
 */
#include "stdlib/lib.h"
#include "interp/convert.h"
#include "interp/ir.h"
#include "interp/program.h"
#include "interp/table.h"
#include "interp/text.h"
#include "runtime/filter.h"
#include "grammar/mem.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static al_value *deref(al_value *v) { return v->tag == AL_TAG_REF ? v->u.ref : v; }

static int32_t ival(al_value v) { return (int32_t)al_lib_arg_int(v.tag == AL_TAG_REF ? *v.u.ref : v); }

/* The Record method [name] of lib_record.c: an entry of its constant
 * table (the AL program's own names were all bound when it compiled). */
static const al_builtin *record_method(al_exec *X, const char *name)
{
    for (const al_builtin *b = al_lib_record.fns; b->name; b++)
        if (!strcmp(b->name, name)) return b;
    al_throw(X, NULL, "internal error: no Record method %s", name);
}

/* Runs Record method [name] on [r]; [call] gives the [Ok :=] form. */
static al_value forward(al_exec *X, al_record *r, const char *name, int argc, al_value *argv, const al_ir *call)
{
    const al_builtin *b = record_method(X, name);
    al_ir via = *call;
    via.builtin = b;
    al_value self = al_recordv(r);
    return b->fn(X, &self, argc, argv, &via);
}

/* -------------------------------------------------------------- RecordRef */

static al_recref *box_of(al_value *self)
{
    al_value *v = deref(self);
    if (!v->u.rref) v->u.rref = al_alloc(sizeof *v->u.rref);
    return v->u.rref;
}

/* The record of an open RecordRef. */
static al_record *open_rec(al_exec *X, al_recref *box)
{
    if (!box || !box->rec) al_throw(X, NULL, "The RecordRef is not open. Open a table with Open or GetTable first.");
    return box->rec;
}

static al_record *rr(al_exec *X, al_value *self) { return open_rec(X, box_of(self)); }

static const al_table *table_no(al_exec *X, int64_t id)
{
    al_object *o = al_program_find_id(X->prog, AL_OBJ_TABLE, id);
    if (!o || !o->table) al_throw(X, NULL, "The Table %lld does not exist.", (long long)id);
    return o->table;
}

static al_value fieldref(al_recref *box, const al_table *t, uint32_t index)
{
    al_fieldref *f = al_alloc(sizeof *f);
    *f = (al_fieldref){box, t, index};
    al_value v = {.tag = AL_TY_FIELDREF};
    v.u.fref = f;
    return v;
}

static al_value keyref(al_recref *box, const al_table *t, uint32_t key)
{
    al_keyref *k = al_alloc(sizeof *k);
    *k = (al_keyref){box, t, key};
    al_value v = {.tag = AL_TY_KEYREF};
    v.u.kref = k;
    return v;
}

static al_value recref_value(al_recref *box)
{
    al_value v = {.tag = AL_TY_RECORDREF};
    v.u.rref = box;
    return v;
}

/* Every RecordRef method that is a Record method with the same name and
 * arguments: Init, Insert, Modify, Delete, Find, FindFirst, Next, Count ... */
static al_value rr_forward(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    return forward(X, rr(X, self), call->builtin->name, argc, argv, call);
}

static al_value rr_open(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    const al_table *t = table_no(X, al_lib_arg_int(argv[0]));
    box_of(self)->rec = al_record_new(X, t, (argc > 1 && argv[1].u.b) || t->temporary);
    return al_none();
}

static al_value rr_close(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    box_of(self)->rec = NULL;
    return al_none();
}

static al_value rr_isopen(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv; (void)call;
    return al_bool(box_of(self)->rec != NULL);
}

/* Number, Name, Caption ([magic] 0, 1, 2) */
static al_value rr_ident(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    const al_table *t = rr(X, self)->table;
    switch (call->builtin->magic) {
    case 0: return al_int((int32_t)t->obj->id);
    case 1: return al_lib_text(al_text_cstr(t->obj->name));
    default: return al_lib_text(al_text_cstr(t->caption));
    }
}

static al_value rr_fieldcount(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    return al_int((int32_t)rr(X, self)->table->nfields);
}

static al_value rr_fieldexist(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    return al_bool(al_table_field_no(rr(X, self)->table, ival(argv[0])) != NULL);
}

static al_value rr_field(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_recref *box = box_of(self);
    const al_table *t = open_rec(X, box)->table;
    const al_field *f = al_table_field_no(t, ival(argv[0]));
    if (!f) al_throw(X, NULL, "The field with ID %d does not exist in table %s.", ival(argv[0]), t->caption);
    return fieldref(box, t, f->index);
}

static al_value rr_fieldindex(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_recref *box = box_of(self);
    const al_table *t = open_rec(X, box)->table;
    int32_t i = ival(argv[0]);
    if (i < 1 || (uint32_t)i > t->nfields)
        al_throw(X, NULL, "The field index %d is out of range. Table %s has %u fields.", i, t->caption, t->nfields);
    return fieldref(box, t, t->by_no[i - 1]);
}

/* The keys a RecordRef shows: the table's and its extensions', in order,
 * without alrun's own key on SystemId (named "$systemId"). */
static bool shown_key(const al_key *k) { return k->name[0] != '$'; }

static uint32_t key_count(const al_table *t)
{
    uint32_t n = 0;
    for (uint32_t k = 0; k < t->nkeys; k++) n += shown_key(&t->keys[k]);
    return n;
}

/* The table's key number of KeyIndex [i] (1-based), after checking it. */
static uint32_t key_at(al_exec *X, const al_table *t, int32_t i)
{
    if (i >= 1)
        for (uint32_t k = 0, n = 0; k < t->nkeys; k++)
            if (shown_key(&t->keys[k]) && ++n == (uint32_t)i) return k;
    al_throw(X, NULL, "The key index %d is out of range. Table %s has %u keys.", i, t->caption, key_count(t));
}

static al_value rr_keycount(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    return al_int((int32_t)key_count(rr(X, self)->table));
}

static al_value rr_keyindex(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_recref *box = box_of(self);
    const al_table *t = open_rec(X, box)->table;
    return keyref(box, t, key_at(X, t, ival(argv[0])));
}

static al_value rr_currentkeyindex(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_record *r = rr(X, self);
    if (argc > 0) {
        r->key = key_at(X, r->table, ival(argv[0]));
        r->view++;
    }
    int32_t n = 0;
    for (uint32_t k = 0; k <= r->key; k++) n += shown_key(&r->table->keys[k]);
    return al_int(n);
}

static al_value rr_systemidno(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    return al_int(rr(X, self)->table->fields[rr(X, self)->table->sys].no);
}

/* The Record a GetTable argument holds: a Record, or a Variant holding one. */
static al_record *record_arg(al_exec *X, al_value v)
{
    v = *deref(&v);
    if (v.tag != AL_TY_RECORD || !v.u.rec)
        al_throw(X, NULL, "Unable to convert from %s to Record.", al_convert_kind_name((al_tkind)v.tag));
    return v.u.rec;
}

/* GetTable(Rec): the RecordRef gets a record of Rec's table with Rec's
 * filters, key and current values (a temporary Rec's rows are shared);
 * later changes on either side do not reach the other. */
static al_value rr_gettable(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    box_of(self)->rec = al_record_clone(X, record_arg(X, argv[0]));
    return al_none();
}

/* SetTable(var Rec): Rec gets the RecordRef's values, filters and key. */
static al_value rr_settable(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_record *src = rr(X, self);
    al_record *dst = record_arg(X, argv[0]);
    if (dst->table != src->table)
        al_throw(X, NULL, "SetTable: the RecordRef is open on table %s, not on %s.", src->table->caption, dst->table->caption);
    al_value from = al_recordv(src);
    return forward(X, dst, "Copy", 1, &from, call);
}

/* Copy(FromRecRef [, ShareTable]): the other RecordRef's table, values,
 * filters and key (and with ShareTable, a temporary table's rows). */
static al_value rr_copy(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_value *fv = deref(&argv[0]);
    if (fv->tag != AL_TY_RECORDREF)
        al_throw(X, NULL, "Unable to convert from %s to RecordRef.", al_convert_kind_name((al_tkind)fv->tag));
    al_record *from = open_rec(X, fv->u.rref);
    al_recref *box = box_of(self);
    if (!box->rec || box->rec->table != from->table) box->rec = al_record_new(X, from->table, from->temporary);
    al_value args[2] = {al_recordv(from), argc > 1 ? argv[1] : al_bool(false)};
    return forward(X, box->rec, "Copy", argc > 1 ? 2 : 1, args, call);
}

static al_value rr_duplicate(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    al_recref *box = al_alloc(sizeof *box);
    box->rec = al_record_clone(X, rr(X, self));
    return recref_value(box);
}

/* Get(RecordId): the RecordRef opens the RecordId's table when it has
 * another one (or none) open, then reads that row. */
static al_value rr_get(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_value v = *deref(&argv[0]);
    if (v.tag != AL_TY_RECORDID)
        al_throw(X, NULL, "Unable to convert from %s to RecordId.", al_convert_kind_name((al_tkind)v.tag));
    if (!v.u.recid) {
        if (call->consumed) return al_bool(false);
        al_throw(X, "DB:RecordNotFound", "The RecordId is empty: there is no record to get.");
    }
    al_recref *box = box_of(self);
    const al_table *t = v.u.recid->table;
    if (!box->rec || box->rec->table != t) box->rec = al_record_new(X, t, false);
    return forward(X, box->rec, "Get", (int)t->keys[0].nfields, (al_value *)v.u.recid->pk, call);
}

/* GetView([UseNames]): BC's view text, SORTING(...) ORDER(...) WHERE(...),
 * with field names (the default) or field numbers (Field1). */
static const char *view_text(al_exec *X, const al_record *r, bool names);

static al_value rr_getview(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    return al_lib_text(al_text_cstr(view_text(X, rr(X, self), argc == 0 || argv[0].u.b)));
}

static al_value rr_setview(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call);

/* --------------------------------------------------------------- FieldRef */

static const al_fieldref *fr(al_exec *X, al_value *self)
{
    const al_fieldref *f = deref(self)->u.fref;
    if (!f) al_throw(X, NULL, "The FieldRef is not initialized. Get one from a RecordRef with Field or FieldIndex.");
    return f;
}

/* The field and the record it is in now. */
static const al_field *fr_field(al_exec *X, al_value *self, al_record **rec)
{
    const al_fieldref *f = fr(X, self);
    al_record *r = open_rec(X, f->ref);
    if (r->table != f->table)
        al_throw(X, NULL, "The FieldRef belongs to table %s, but its RecordRef is now open on table %s.",
                 f->table->caption, r->table->caption);
    if (rec) *rec = r;
    return &f->table->fields[f->field];
}

/* [v] as a value of field [f]: BC's conversions for FieldRef.Value :=,
 * SetRange, Validate, TestField (an Option field takes an Integer or an
 * enum value, an Enum field an Integer or an option value). */
static al_value to_field(al_exec *X, const al_field *f, al_value v)
{
    v = *deref(&v);
    if (f->type->kind == AL_TY_ENUM && (v.tag == AL_TY_ENUM || v.tag == AL_TY_OPTION || v.tag == AL_TY_INTEGER))
        return al_ordinal(AL_TY_ENUM, v.u.i);
    if (f->type->kind == AL_TY_OPTION && v.tag == AL_TY_ENUM) return al_ordinal(AL_TY_OPTION, v.u.i);
    return al_convert(X, v, f->type);
}

/* A field's value as a Variant: an Option or Enum keeps its names. */
static al_value as_variant(const al_field *f, al_value v)
{
    if ((v.tag == AL_TY_OPTION || v.tag == AL_TY_ENUM) && f->vtype) v.u.typed.type = f->vtype;
    return v;
}

static al_value fr_number(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    const al_fieldref *f = fr(X, self);
    const al_field *fd = &f->table->fields[f->field];
    switch (call->builtin->magic) {
    case 0: return al_int(fd->no);
    case 1: return al_lib_text(al_text_cstr(fd->name));
    case 2: return al_lib_text(al_text_cstr(fd->caption));
    case 3: return al_int(fd->relation);
    default: return al_bool(true);                               /* Active: alrun has no disabled fields */
    }
}

/* FieldType's members, in resolve.c's order. */
enum {
    FT_TABLEFILTER, FT_RECORDID, FT_OEMTEXT, FT_DATE, FT_TIME, FT_DATEFORMULA, FT_DECIMAL, FT_MEDIA,
    FT_MEDIASET, FT_TEXT, FT_CODE, FT_BINARY, FT_BLOB, FT_BOOLEAN, FT_INTEGER, FT_OEMCODE, FT_OPTION,
    FT_BIGINTEGER, FT_DURATION, FT_GUID, FT_DATETIME
};

static al_value fr_type(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    const al_fieldref *f = fr(X, self);
    int32_t t;
    switch (f->table->fields[f->field].type->kind) {
    case AL_TY_TEXT: t = FT_TEXT; break;
    case AL_TY_CODE: t = FT_CODE; break;
    case AL_TY_DECIMAL: t = FT_DECIMAL; break;
    case AL_TY_BOOLEAN: t = FT_BOOLEAN; break;
    case AL_TY_DATE: t = FT_DATE; break;
    case AL_TY_TIME: t = FT_TIME; break;
    case AL_TY_DATETIME: t = FT_DATETIME; break;
    case AL_TY_DURATION: t = FT_DURATION; break;
    case AL_TY_BIGINT: t = FT_BIGINTEGER; break;
    case AL_TY_GUID: t = FT_GUID; break;
    case AL_TY_OPTION: case AL_TY_ENUM: t = FT_OPTION; break;   /* an Enum field is an Option to FieldRef */
    case AL_TY_RECORDID: t = FT_RECORDID; break;
    case AL_TY_DATEFORMULA: t = FT_DATEFORMULA; break;
    case AL_TY_OTHER: {
        const char *sp = f->table->fields[f->field].type->spelling;
        t = sp && !strncasecmp(sp, "Blob", 4) ? FT_BLOB : sp && !strncasecmp(sp, "MediaSet", 8) ? FT_MEDIASET
          : sp && !strncasecmp(sp, "Media", 5) ? FT_MEDIA : FT_TEXT;
        break;
    }
    default: t = FT_INTEGER; break;
    }
    return al_ordinal(AL_TY_ENUM, t);
}

static al_value fr_class(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    const al_fieldref *f = fr(X, self);
    return al_ordinal(AL_TY_ENUM, f->table->fields[f->field].fclass);
}

/* Length: a Text or Code field's declared length, else the value's size
 * in bytes as BC reports it. */
static al_value fr_length(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    const al_fieldref *f = fr(X, self);
    const al_type *t = f->table->fields[f->field].type;
    switch (t->kind) {
    case AL_TY_TEXT: case AL_TY_CODE: return al_int(t->len);
    case AL_TY_DECIMAL: return al_int(12);
    case AL_TY_BIGINT: case AL_TY_DATETIME: case AL_TY_DURATION: return al_int(8);
    case AL_TY_GUID: return al_int(16);
    case AL_TY_DATEFORMULA: return al_int(32);      /* BC's column for it is 32 characters (chosen) */
    default: return al_int(4);
    }
}

/* Value / Value(X) (FldRef.Value := X): no trigger runs. */
static al_value fr_value(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_record *r;
    const al_field *f = fr_field(X, self, &r);
    if (argc > 0) {
        r->fields[f->index] = to_field(X, f, argv[0]);
        return al_none();
    }
    return as_variant(f, r->fields[f->index]);
}

/* Record methods taking the field first and then values of its type:
 * Validate, SetRange, TestField ([magic] 1: the values are converted). */
static al_value fr_field_values(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_record *r;
    const al_field *f = fr_field(X, self, &r);
    al_value *args = al_alloc(sizeof *args * (size_t)(argc + 2));
    args[0] = al_int((int32_t)f->index);
    for (int i = 0; i < argc; i++) args[i + 1] = call->builtin->magic ? to_field(X, f, argv[i]) : *deref(&argv[i]);
    const char *name = call->builtin->name;
    if (!strcmp(name, "CalcField")) name = "CalcFields";
    else if (!strcmp(name, "CalcSum")) name = "CalcSums";
    al_value v = forward(X, r, name, argc + 1, args, call);
    if (!strcmp(name, "GetRangeMin") || !strcmp(name, "GetRangeMax")) return as_variant(f, v);
    return v;
}

/* The Option members or captions (or an enum's value names or captions),
 * comma-separated. */
static al_value fr_options(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    const al_fieldref *f = fr(X, self);
    const al_field *fd = &f->table->fields[f->field];
    bool captions = call->builtin->magic == 1;
    char *out = al_strdup("");
    if (fd->type->kind == AL_TY_OPTION) {
        const al_node *oc = NULL;
        al_nodes ms = captions && fd->decl && fd->decl->kind == AST_ELEMENT ? fd->decl->as.element.members : (al_nodes){0};
        for (uint32_t i = 0; i < ms.count && !oc; i++)
            if (ms.items[i]->kind == AST_PROPERTY && al_ast_name_is(ms.items[i]->as.property.name, "OptionCaption")
                && ms.items[i]->as.property.values.count)
                oc = ms.items[i]->as.property.values.items[0];
        if (oc && oc->kind == AST_TEXT) return al_lib_text(al_text_new(oc->as.lit.text, oc->as.lit.len));
        for (uint32_t i = 0; i < fd->type->nmembers; i++) out = al_sprintf("%s%s%s", out, i ? "," : "", fd->type->members[i]);
    } else if (fd->type->kind == AL_TY_ENUM) {
        const al_object *e = fd->type->obj;
        for (uint32_t i = 0; i < e->nvalues; i++)
            out = al_sprintf("%s%s%s", out, i ? "," : "", captions ? e->values[i].caption : e->values[i].name);
    }
    return al_lib_text(al_text_cstr(out));
}

static al_value fr_isenum(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    const al_fieldref *f = fr(X, self);
    return al_bool(f->table->fields[f->field].type->kind == AL_TY_ENUM);
}

/* EnumValueCount, GetEnumValueName(i), GetEnumValueCaption(i), GetEnumValueOrdinal(i). */
static al_value fr_enumvalue(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    const al_fieldref *f = fr(X, self);
    const al_field *fd = &f->table->fields[f->field];
    if (fd->type->kind != AL_TY_ENUM)
        al_throw(X, NULL, "%s: the field %s in table %s is not an Enum.", call->builtin->name, fd->caption, f->table->caption);
    const al_object *e = fd->type->obj;
    if (call->builtin->magic == 0) return al_int((int32_t)e->nvalues);
    int32_t i = ival(argv[0]);
    if (i < 1 || (uint32_t)i > e->nvalues)
        al_throw(X, NULL, "The enum value index %d is out of range. Enum %s has %u values.", i, e->name, e->nvalues);
    const al_enum_value *ev = &e->values[i - 1];
    switch (call->builtin->magic) {
    case 1: return al_lib_text(al_text_cstr(ev->name));
    case 2: return al_lib_text(al_text_cstr(ev->caption));
    default: return al_int(ev->ordinal);
    }
}

static al_value fr_record(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    return recref_value(fr(X, self)->ref);
}

/* ----------------------------------------------------------------- KeyRef */

static const al_keyref *kr(al_exec *X, al_value *self)
{
    const al_keyref *k = deref(self)->u.kref;
    if (!k) al_throw(X, NULL, "The KeyRef is not initialized. Get one from a RecordRef with KeyIndex.");
    return k;
}

static al_value kr_fieldcount(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    const al_keyref *k = kr(X, self);
    return al_int((int32_t)k->table->keys[k->key].nfields);
}

static al_value kr_fieldindex(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    const al_keyref *k = kr(X, self);
    const al_key *key = &k->table->keys[k->key];
    int32_t i = ival(argv[0]);
    if (i < 1 || (uint32_t)i > key->nfields)
        al_throw(X, NULL, "The field index %d is out of range. The key has %u fields.", i, key->nfields);
    return fieldref(k->ref, k->table, key->fields[i - 1]);
}

static al_value kr_record(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    return recref_value(kr(X, self)->ref);
}

static al_value kr_active(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    kr(X, self);
    return al_bool(true);
}

/* ------------------------------------------------------ GetView / SetView */

static const char *field_word(const al_field *f, bool names)
{
    return names ? f->name : al_sprintf("Field%d", f->no);
}

static const char *view_text(al_exec *X, const al_record *r, bool names)
{
    (void)X;
    const al_table *t = r->table;
    const al_key *k = &t->keys[r->key];
    char *out = al_strdup("SORTING(");
    for (uint32_t i = 0; i < k->nfields; i++)
        out = al_sprintf("%s%s%s", out, i ? "," : "", field_word(&t->fields[k->fields[i]], names));
    out = al_sprintf("%s) ORDER(%s)", out, r->descending ? "Descending" : "Ascending");
    bool any = false;
    for (uint32_t i = 0; i < t->nfields; i++) {
        const al_filter *fl = r->filters[t->by_no[i]];
        if (!fl) continue;
        out = al_sprintf("%s%s%s=FILTER(%s)", out, any ? "," : " WHERE(", field_word(&t->fields[t->by_no[i]], names),
                         al_filter_text((al_filter *)fl)->s);
        any = true;
    }
    return any ? al_sprintf("%s)", out) : out;
}

/* The field a view names: its name (case-insensitive) or FieldN. */
static const al_field *view_field(al_exec *X, const al_table *t, const char *w)
{
    const al_field *f = al_table_field(t, w);
    if (!f && !strncasecmp(w, "Field", 5) && w[5]) f = al_table_field_no(t, (int32_t)strtol(w + 5, NULL, 10));
    if (!f) al_throw(X, NULL, "The view names the field '%s', which does not exist in table %s.", w, t->caption);
    return f;
}

static const char *trim(char *s)
{
    while (*s == ' ') s++;
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ') s[--n] = 0;
    if (n >= 2 && s[0] == '"' && s[n - 1] == '"') { s[n - 1] = 0; s++; }
    return s;
}

/* The text inside the parentheses that follow [kw] in [v] (nesting
 * counted), or NULL. */
static char *view_part(al_exec *X, const char *v, const char *kw)
{
    size_t n = strlen(kw);
    for (const char *p = v; *p; p++) {
        if (strncasecmp(p, kw, n) || (p > v && p[-1] != ' ' && p[-1] != ')')) continue;
        const char *q = p + n;
        while (*q == ' ') q++;
        if (*q != '(') continue;
        int depth = 0;
        for (const char *e = q; *e; e++) {
            if (*e == '(') depth++;
            else if (*e == ')' && --depth == 0) return al_strndup(q + 1, (size_t)(e - q - 1));
        }
        al_throw(X, NULL, "The view '%s' cannot be read: a parenthesis is not closed.", v);
    }
    return NULL;
}

/* SetView(View): the record's key, order and filters become the view's
 * (what it does not name is reset), as GetView writes them. */
static al_value rr_setview(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_record *r = rr(X, self);
    const al_table *t = r->table;
    const char *v = al_lib_arg_text(X, argv[0])->s;
    forward(X, r, "Reset", 0, NULL, call);
    char *sorting = view_part(X, v, "SORTING");
    if (sorting) {
        al_value *keys = al_alloc(sizeof *keys * (t->nfields + 1));
        int n = 0;
        for (char *tok = sorting, *next; tok; tok = next) {
            next = strchr(tok, ',');
            if (next) *next++ = 0;
            if (n < (int)t->nfields) keys[n++] = al_int((int32_t)view_field(X, t, trim(tok))->index);
        }
        forward(X, r, "SetCurrentKey", n, keys, call);
    }
    char *order = view_part(X, v, "ORDER");
    if (order) r->descending = !strcasecmp(trim(order), "Descending");
    char *where = view_part(X, v, "WHERE");
    for (char *p = where; p && *p;) {
        char *eq = strchr(p, '=');
        if (!eq) al_throw(X, NULL, "The view '%s' cannot be read: a WHERE condition is Field=FILTER(...).", v);
        *eq = 0;
        const al_field *f = view_field(X, t, trim(p));
        char *rest = eq + 1;
        while (*rest == ' ') rest++;
        /* FILTER(expr) or CONST(value) */
        char *open = strchr(rest, '(');
        if (!open) al_throw(X, NULL, "The view '%s' cannot be read: a WHERE condition is Field=FILTER(...).", v);
        int depth = 0;
        char *close = open;
        for (; *close; close++) {
            if (*close == '(') depth++;
            else if (*close == ')' && --depth == 0) break;
        }
        if (!*close) al_throw(X, NULL, "The view '%s' cannot be read: a parenthesis is not closed.", v);
        *close = 0;
        al_value args[2] = {al_int((int32_t)f->index), al_lib_text(al_text_cstr(open + 1))};
        forward(X, r, "SetFilter", 2, args, call);
        p = close + 1;
        while (*p == ' ' || *p == ',') p++;
    }
    return al_none();
}

/* ------------------------------------------------------------------ tables */

static const al_builtin recordref_fns[] = {
    {"Open", "i|bt", rr_open, 0, 0},
    {"Close", "", rr_close, 0, 0},
    {"IsOpen", ":b", rr_isopen, 0, 0},
    {"Number", ":i", rr_ident, 0, 0},
    {"Name", ":t", rr_ident, 0, 1},
    {"Caption", ":t", rr_ident, 0, 2},
    {"FieldCount", ":i", rr_fieldcount, 0, 0},
    {"FieldExist", "i:b", rr_fieldexist, 0, 0},
    {"Field", "i:H", rr_field, 0, 0},
    {"FieldIndex", "i:H", rr_fieldindex, 0, 0},
    {"KeyCount", ":i", rr_keycount, 0, 0},
    {"KeyIndex", "i:J", rr_keyindex, 0, 0},
    {"CurrentKeyIndex", "|i:i", rr_currentkeyindex, 0, 0},
    {"SystemIdNo", ":i", rr_systemidno, 0, 0},
    {"GetTable", "y", rr_gettable, 0, 0},
    {"SetTable", "&r", rr_settable, 0, 0},
    {"Copy", "a|b", rr_copy, 0, 0},
    {"Duplicate", ":Q", rr_duplicate, 0, 0},
    {"Get", "a:b", rr_get, AL_BF_TRY, 0},
    {"GetView", "|b:t", rr_getview, 0, 0},
    {"SetView", "t", rr_setview, 0, 0},
    /* the Record methods of the same name (lib_record.c) */
    {"Init", "", rr_forward, 0, 0},
    {"Insert", "|bb:b", rr_forward, AL_BF_DB_WRITE | AL_BF_TRY, 0},
    {"Modify", "|b:b", rr_forward, AL_BF_DB_WRITE | AL_BF_TRY, 0},
    {"Delete", "|b:b", rr_forward, AL_BF_DB_WRITE | AL_BF_TRY, 0},
    {"DeleteAll", "|b", rr_forward, AL_BF_DB_WRITE, 0},
    {"LockTable", "|bb", rr_forward, AL_BF_DB_WRITE, 0},
    {"Find", "|t:b", rr_forward, AL_BF_TRY, 0},
    {"FindFirst", ":b", rr_forward, AL_BF_TRY, 0},
    {"FindLast", ":b", rr_forward, AL_BF_TRY, 0},
    {"FindSet", "|bb:b", rr_forward, AL_BF_TRY, 0},
    {"Next", "|i:i", rr_forward, 0, 0},
    {"Count", ":i", rr_forward, 0, 0},
    {"CountApprox", ":i", rr_forward, 0, 0},
    {"IsEmpty", ":b", rr_forward, 0, 0},
    {"Reset", "", rr_forward, 0, 0},
    {"GetFilters", ":t", rr_forward, 0, 0},
    {"HasFilter", ":b", rr_forward, 0, 0},
    {"FilterGroup", "|i:i", rr_forward, 0, 0},
    {"SetRecFilter", "", rr_forward, 0, 0},
    {"Ascending", "|b:b", rr_forward, 0, 0},
    {"RecordId", ":I", rr_forward, 0, 0},
    {"GetBySystemId", "g:b", rr_forward, AL_BF_TRY, 0},
    {"IsTemporary", ":b", rr_forward, 0, 0},
    {"Mark", "|b:b", rr_forward, 0, 0},
    {"MarkedOnly", "|b:b", rr_forward, 0, 0},
    {"ClearMarks", "", rr_forward, 0, 0},
    {NULL, NULL, NULL, 0, 0},
};

static const al_builtin fieldref_fns[] = {
    {"Number", ":i", fr_number, 0, 0},
    {"Name", ":t", fr_number, 0, 1},
    {"Caption", ":t", fr_number, 0, 2},
    {"Relation", ":i", fr_number, 0, 3},
    {"Active", ":b", fr_number, 0, 4},
    {"Type", ":Z", fr_type, 0, 0},
    {"Class", ":z", fr_class, 0, 0},
    {"Length", ":i", fr_length, 0, 0},
    {"Value", "|a:W", fr_value, 0, 0},
    {"Validate", "|a", fr_field_values, 0, 1},
    {"SetRange", "|aa", fr_field_values, 0, 1},
    {"TestField", "|a", fr_field_values, 0, 1},
    {"SetFilter", "t|a*", fr_field_values, 0, 0},
    {"GetFilter", ":t", fr_field_values, 0, 0},
    {"GetRangeMin", ":W", fr_field_values, 0, 0},
    {"GetRangeMax", ":W", fr_field_values, 0, 0},
    {"FieldError", "|t", fr_field_values, 0, 0},
    {"CalcField", ":b", fr_field_values, 0, 0},
    {"CalcSum", ":b", fr_field_values, 0, 0},
    {"OptionMembers", ":t", fr_options, 0, 0},
    {"OptionCaption", ":t", fr_options, 0, 1},
    {"IsEnum", ":b", fr_isenum, 0, 0},
    {"EnumValueCount", ":i", fr_enumvalue, 0, 0},
    {"GetEnumValueName", "i:t", fr_enumvalue, 0, 1},
    {"GetEnumValueCaption", "i:t", fr_enumvalue, 0, 2},
    {"GetEnumValueOrdinal", "i:i", fr_enumvalue, 0, 3},
    {"Record", ":Q", fr_record, 0, 0},
    {NULL, NULL, NULL, 0, 0},
};

static const al_builtin keyref_fns[] = {
    {"FieldCount", ":i", kr_fieldcount, 0, 0},
    {"FieldIndex", "i:H", kr_fieldindex, 0, 0},
    {"Record", ":Q", kr_record, 0, 0},
    {"Active", ":b", kr_active, 0, 0},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_recordref = {AL_TY_RECORDREF, recordref_fns};
const al_builtin_lib al_lib_fieldref = {AL_TY_FIELDREF, fieldref_fns};
const al_builtin_lib al_lib_keyref = {AL_TY_KEYREF, keyref_fns};
