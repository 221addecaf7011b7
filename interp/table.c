/* interp/table.c — loading `table` and `tableextension` objects.
 *
 * Tables load in three steps, interleaved with resolve.c's passes:
 * al_table_load reads a table's fields, keys and properties (after enums,
 * so Enum fields resolve); al_table_extend adds what an extension brings;
 * al_table_link, once procedures are declared, attaches the triggers and
 * field triggers and reads the FlowFields' CalcFormulas (which may name
 * any table, so every table must be loaded first).
 */
#include "interp/table.h"
#include "interp/events.h"
#include "interp/guid.h"
#include "interp/datetime.h"
#include "interp/convert.h"
#include "interp/exec.h"
#include "interp/resolve_impl.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

const al_field *al_table_field(const al_table *t, const char *name)
{
    for (uint32_t i = 0; i < t->nfields; i++)
        if (al_name_eq(t->fields[i].name, name)) return &t->fields[i];
    return NULL;
}

const al_field *al_table_field_no(const al_table *t, int32_t no)
{
    for (uint32_t i = 0; i < t->nfields; i++)
        if (t->fields[i].no == no) return &t->fields[i];
    return NULL;
}

static const char *name_of(const al_node *n)
{
    return n && n->kind == AST_NAME ? n->as.name.text : NULL;
}

/* The single item of an element argument group: field(1; "No."; Code[20]). */
static const al_node *arg1(const al_node *element, uint32_t i)
{
    al_nodes args = element->as.element.args;
    if (i >= args.count || args.items[i]->as.list.items.count != 1) return NULL;
    return args.items[i]->as.list.items.items[0];
}

static al_type *new_type(al_tkind k)
{
    al_type *t = al_alloc(sizeof *t);
    t->kind = k;
    return t;
}

/* A field's type, written as an expression in the field element:
 * Integer, Code[20], Enum "X", Option (with the OptionMembers property). */
static const al_type *field_type(al_program *P, const al_node *tn, const al_node *element)
{
    static const struct { const char *name; const al_type *type; } simple[] = {
        {"Integer", &al_type_integer}, {"BigInteger", &al_type_bigint}, {"Decimal", &al_type_decimal},
        {"Boolean", &al_type_boolean}, {"Date", &al_type_date}, {"Time", &al_type_time},
        {"DateTime", &al_type_datetime}, {"Duration", &al_type_duration}, {"Guid", &al_type_guid},
        {"Char", &al_type_char}, {"DateFormula", &al_type_dateformula},
    };
    if (tn->kind == AST_NAME) {
        const char *w = tn->as.name.text;
        for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++)
            if (al_name_eq(w, simple[i].name)) return simple[i].type;
        if (al_name_eq(w, "Option")) {
            al_type *t = new_type(AL_TY_OPTION);
            const al_node *p = NULL;
            for (uint32_t i = 0; i < element->as.element.members.count; i++) {
                const al_node *m = element->as.element.members.items[i];
                if (m->kind == AST_PROPERTY && al_ast_name_is(m->as.property.name, "OptionMembers")) p = m;
            }
            if (p) {
                al_nodes v = p->as.property.values;
                const char **names = al_alloc(sizeof *names * (v.count + 1));
                for (uint32_t i = 0; i < v.count; i++)
                    names[i] = v.items[i]->kind == AST_NAME ? v.items[i]->as.name.text
                             : v.items[i]->kind == AST_TEXT ? v.items[i]->as.lit.text : "";
                t->members = names;
                t->nmembers = v.count;
            }
            return t;
        }
    }
    if (tn->kind == AST_INDEX && tn->as.call.callee->kind == AST_NAME && tn->as.call.args.count == 1) {
        const char *w = tn->as.call.callee->as.name.text;
        const al_node *sz = tn->as.call.args.items[0];
        if ((al_name_eq(w, "Text") || al_name_eq(w, "Code")) && sz->kind == AST_INT) {
            al_type *t = new_type(al_name_eq(w, "Text") ? AL_TY_TEXT : AL_TY_CODE);
            if (sz->as.ival.value < 1 || sz->as.ival.value > 2048)
                al_diag_error(&P->diags, sz->span, "the length of a %s field must be from 1 to 2048", w);
            else t->len = (int32_t)sz->as.ival.value;
            return t;
        }
    }
    if (tn->kind == AST_JUXT && tn->as.list.items.count == 2 && al_ast_name_is(tn->as.list.items.items[0], "Enum")) {
        const al_node *en = tn->as.list.items.items[1];
        while (en->kind == AST_MEMBER) en = en->as.pair.rhs;
        al_object *e = name_of(en) ? al_program_find(P, AL_OBJ_ENUM, name_of(en)) : NULL;
        if (e) return &e->self_type;
        if (!P->lenient)
            al_diag_error(&P->diags, en->span, "Enum \"%s\" is not defined", name_of(en) ? name_of(en) : "?");
        else P->unchecked++;
    }
    /* Blob, Media, MediaSet, RecordId, TableFilter ...: kept
     * in the table (the field exists, has a number and can be named) but
     * alrun does not run code that uses their values yet. */
    al_type *t = new_type(AL_TY_OTHER);
    t->spelling = tn->kind == AST_NAME ? tn->as.name.text : "?";
    return t;
}

static const al_node *prop(al_nodes members, const char *name)
{
    return al_resolve_property(members, name);
}

static bool prop_true(al_nodes members, const char *name)
{
    const al_node *v = prop(members, name);
    return v && v->kind == AST_BOOL && v->as.bval.value;
}

static const char *caption_of(al_nodes members, const char *fallback)
{
    const al_node *c = prop(members, "Caption");
    return c && c->kind == AST_TEXT ? c->as.lit.text : fallback;
}

void al_table_decimal_places(al_nodes members, int8_t *min, int8_t *max)
{
    const al_node *v = prop(members, "DecimalPlaces");
    if (!v) return;
    const al_node *lo = v->kind == AST_PAIR ? v->as.pair.lhs : v, *hi = v->kind == AST_PAIR ? v->as.pair.rhs : v;
    if (lo && lo->kind == AST_INT && lo->as.ival.value >= 0 && lo->as.ival.value <= 38) *min = (int8_t)lo->as.ival.value;
    if (hi && hi->kind == AST_INT && hi->as.ival.value >= 0 && hi->as.ival.value <= 38) *max = (int8_t)hi->as.ival.value;
    if (*min >= 0 && *max < *min) *max = *min;
}

/* InitValue = ...: a literal of the field's type. */
static void init_value(al_program *P, al_field *f, const al_node *v)
{
    al_value out = {0};
    bool ok = false;
    bool neg = false;
    if (v->kind == AST_UNARY && v->op == AL_OP_NEG) { neg = true; v = v->as.bin.lhs; }
    switch (f->type->kind) {
    case AL_TY_INTEGER: case AL_TY_BIGINT:
        if (v->kind == AST_INT || v->kind == AST_BIGINT) {
            int64_t x = neg ? -v->as.ival.value : v->as.ival.value;
            out = f->type->kind == AL_TY_INTEGER ? al_int((int32_t)x) : al_bigint(x);
            ok = true;
        }
        break;
    case AL_TY_DECIMAL:
        if (v->kind == AST_INT) { out = al_convert_decimal_literal(neg ? -v->as.ival.value : v->as.ival.value); ok = true; }
        else if (v->kind == AST_DECIMAL && al_convert_literal(AL_TY_DECIMAL, v->as.lit.text, &out)) {
            if (neg) out = al_convert_dec_neg(out);
            ok = true;
        }
        break;
    case AL_TY_BOOLEAN:
        if (v->kind == AST_BOOL) { out = al_bool(v->as.bval.value); ok = true; }
        break;
    case AL_TY_TEXT: case AL_TY_CODE: {
        const char *s = v->kind == AST_TEXT ? v->as.lit.text : v->kind == AST_NAME ? v->as.name.text : NULL;
        if (s) {
            const al_text *t = al_text_new(s, strlen(s));
            if (f->type->kind == AL_TY_CODE) t = al_text_code(t, 0, NULL);
            out = al_textv(f->type->kind, t);
            ok = true;
        }
        break;
    }
    case AL_TY_OPTION: {
        const char *s = name_of(v);
        if (v->kind == AST_INT) { out = al_ordinal(AL_TY_OPTION, (int32_t)v->as.ival.value); ok = true; }
        for (uint32_t i = 0; s && i < f->type->nmembers; i++)
            if (al_name_eq(f->type->members[i], s)) { out = al_ordinal(AL_TY_OPTION, (int32_t)i); ok = true; }
        break;
    }
    case AL_TY_ENUM: {
        const char *s = name_of(v);
        const al_object *e = f->type->obj;
        for (uint32_t i = 0; s && i < e->nvalues; i++)
            if (al_name_eq(e->values[i].name, s)) { out = al_ordinal(AL_TY_ENUM, e->values[i].ordinal); ok = true; }
        break;
    }
    case AL_TY_DATE: case AL_TY_TIME: case AL_TY_DATETIME:
        if ((v->kind == AST_DATE || v->kind == AST_TIME || v->kind == AST_DATETIME)
            && al_convert_literal(f->type->kind, v->as.lit.text, &out))
            ok = true;
        break;
    default:
        return;
    }
    if (!ok) {
        al_diag_error(&P->diags, v->span, "InitValue does not fit the type of field '%s'", f->name);
        return;
    }
    f->init = out;
    f->has_init = true;
}

static void add_field(al_program *P, al_table *t, const al_node *el)
{
    const al_node *no = arg1(el, 0), *nm = arg1(el, 1), *ty = arg1(el, 2);
    if (!no || no->kind != AST_INT || !nm || !name_of(nm) || !ty) {
        al_diag_error(&P->diags, el->span, "a field is written field(No.; Name; Type)");
        return;
    }
    for (uint32_t i = 0; i < t->nfields; i++) {
        if (t->fields[i].no == no->as.ival.value)
            al_diag_error(&P->diags, no->span, "table \"%s\" already has a field number %lld (\"%s\")",
                          t->obj->name, (long long)no->as.ival.value, t->fields[i].name);
        else if (al_name_eq(t->fields[i].name, name_of(nm)))
            al_diag_error(&P->diags, nm->span, "table \"%s\" already has a field named '%s'", t->obj->name, name_of(nm));
    }
    t->fields = al_realloc(t->fields, t->nfields * sizeof *t->fields, (t->nfields + 1) * sizeof *t->fields);
    al_field *f = &t->fields[t->nfields];
    memset(f, 0, sizeof *f);
    f->index = t->nfields++;
    f->no = (int32_t)no->as.ival.value;
    f->name = name_of(nm);
    f->decl = el;
    al_nodes ms = el->as.element.members;
    f->caption = caption_of(ms, f->name);
    f->dp_min = f->dp_max = -1;
    al_table_decimal_places(ms, &f->dp_min, &f->dp_max);
    f->type = field_type(P, ty, el);
    f->not_blank = prop_true(ms, "NotBlank");
    f->auto_increment = prop_true(ms, "AutoIncrement");
    const al_node *fc = prop(ms, "FieldClass");
    if (fc && al_ast_name_is(fc, "FlowField")) f->fclass = AL_FIELD_FLOWFIELD;
    else if (fc && al_ast_name_is(fc, "FlowFilter")) f->fclass = AL_FIELD_FLOWFILTER;
    const al_node *iv = prop(ms, "InitValue");
    if (iv) init_value(P, f, iv);
}

/* key(Name; Field1, Field2) { Clustered; SumIndexFields; Unique } */
static void add_key(al_program *P, al_table *t, const al_node *el)
{
    al_nodes args = el->as.element.args;
    if (args.count != 2 || args.items[1]->as.list.items.count == 0) {
        al_diag_error(&P->diags, el->span, "a key is written key(Name; Field, ...)");
        return;
    }
    al_key k = {0};
    const al_node *kn = arg1(el, 0);
    k.name = kn && name_of(kn) ? name_of(kn) : "";
    al_nodes fl = args.items[1]->as.list.items;
    k.fields = al_alloc_atomic(sizeof *k.fields * fl.count);
    for (uint32_t i = 0; i < fl.count; i++) {
        const al_field *f = name_of(fl.items[i]) ? al_table_field(t, name_of(fl.items[i])) : NULL;
        if (!f) {
            al_diag_error(&P->diags, fl.items[i]->span, "table \"%s\" has no field '%s'", t->obj->name,
                          name_of(fl.items[i]) ? name_of(fl.items[i]) : "?");
            return;
        }
        if (f->fclass != AL_FIELD_NORMAL) {
            al_diag_error(&P->diags, fl.items[i]->span, "a key cannot contain the FlowField or FlowFilter '%s'", f->name);
            return;
        }
        k.fields[k.nfields++] = f->index;
    }
    al_nodes ms = el->as.element.members;
    for (uint32_t i = 0; i < ms.count; i++) {
        const al_node *m = ms.items[i];
        if (m->kind != AST_PROPERTY || !al_ast_name_is(m->as.property.name, "SumIndexFields")) continue;
        al_nodes v = m->as.property.values;
        k.sum_fields = al_alloc_atomic(sizeof *k.sum_fields * (v.count + 1));
        for (uint32_t j = 0; j < v.count; j++) {
            const al_field *f = name_of(v.items[j]) ? al_table_field(t, name_of(v.items[j])) : NULL;
            if (!f) al_diag_error(&P->diags, v.items[j]->span, "table \"%s\" has no field '%s'", t->obj->name,
                                  name_of(v.items[j]) ? name_of(v.items[j]) : "?");
            else k.sum_fields[k.nsum++] = f->index;
        }
    }
    k.unique = t->nkeys == 0 || prop_true(ms, "Unique");
    t->keys = al_realloc(t->keys, t->nkeys * sizeof *t->keys, (t->nkeys + 1) * sizeof *t->keys);
    t->keys[t->nkeys++] = k;
}

static void load_sections(al_program *P, al_table *t, const al_node *obj, bool fields)
{
    al_nodes ms = obj->as.object.members;
    for (uint32_t i = 0; i < ms.count; i++) {
        const al_node *m = ms.items[i];
        if (m->kind != AST_SECTION) continue;
        bool is_fields = al_ast_name_is(m->as.section.word, "fields");
        bool is_keys = al_ast_name_is(m->as.section.word, "keys");
        if ((fields && !is_fields) || (!fields && !is_keys)) continue;
        for (uint32_t k = 0; k < m->as.section.members.count; k++) {
            const al_node *el = m->as.section.members.items[k];
            if (el->kind != AST_ELEMENT) continue;
            if (is_fields && al_ast_name_is(el->as.element.word, "field")) add_field(P, t, el);
            else if (is_keys && al_ast_name_is(el->as.element.word, "key")) add_key(P, t, el);
        }
    }
}

void al_table_load(al_program *P, al_object *o)
{
    al_table *t = al_alloc(sizeof *t);
    t->obj = o;
    o->table = t;
    al_nodes ms = o->ast->as.object.members;
    t->caption = caption_of(ms, o->name);
    const al_node *tt = prop(ms, "TableType");
    t->temporary = tt && al_ast_name_is(tt, "Temporary");
    const al_node *dpc = prop(ms, "DataPerCompany");
    t->per_company = !(dpc && dpc->kind == AST_BOOL && !dpc->as.bval.value);
    o->self_type.kind = AL_TY_RECORD;
    o->temp_type = o->self_type;
    o->temp_type.temporary = true;
    load_sections(P, t, o->ast, true);
    load_sections(P, t, o->ast, false);
    /* BC's system fields: SystemId (unique, set on insert), when and by
     * whom a row was created and last modified */
    static const struct { const char *name; const al_type *type; } sys[] = {
        {"SystemId", &al_type_guid}, {"SystemCreatedAt", &al_type_datetime}, {"SystemCreatedBy", &al_type_guid},
        {"SystemModifiedAt", &al_type_datetime}, {"SystemModifiedBy", &al_type_guid},
    };
    bool have_fields = t->nfields > 0;
    t->sys = t->nfields;
    t->fields = al_realloc(t->fields, t->nfields * sizeof *t->fields, (t->nfields + 5) * sizeof *t->fields);
    for (int i = 0; i < 5; i++) {
        al_field *f = &t->fields[t->nfields];
        memset(f, 0, sizeof *f);
        f->index = t->nfields++;
        f->no = AL_FIELD_SYSTEM_ID + i;
        f->name = f->caption = sys[i].name;
        f->type = sys[i].type;
    }
    if (t->nkeys == 0 && have_fields) {
        /* without a keys section the first field is the primary key */
        al_key k = {.name = "", .nfields = 1, .unique = true};
        k.fields = al_alloc_atomic(sizeof *k.fields);
        k.fields[0] = 0;
        t->keys = al_alloc(sizeof *t->keys);
        t->keys[0] = k;
        t->nkeys = 1;
    }
    if (t->nkeys) {
        al_key k = {.name = "$systemId", .nfields = 1, .unique = true};
        k.fields = al_alloc_atomic(sizeof *k.fields);
        k.fields[0] = t->sys;
        t->keys = al_realloc(t->keys, t->nkeys * sizeof *t->keys, (t->nkeys + 1) * sizeof *t->keys);
        t->keys[t->nkeys++] = k;
    }
}

void al_table_extend(al_program *P, al_object *base, al_object *ext)
{
    ext->base = base;
    load_sections(P, base->table, ext->ast, true);
    load_sections(P, base->table, ext->ast, false);
}

/* ============================================================== linking */

/* where: -1 an extension's OnBefore..., 0 the base table's trigger, 1 an
 * extension's OnAfter...; the list stays in that order, and in load order
 * within each kind. */
static int trigger_rank(const al_proc *p)
{
    if (!strncasecmp(p->name, "OnBefore", 8)) return -1;
    if (!strncasecmp(p->name, "OnAfter", 7)) return 1;
    return 0;
}

static void add_trigger(al_trigger_list *tl, al_proc *p)
{
    tl->procs = al_realloc(tl->procs, tl->n * sizeof *tl->procs, (tl->n + 1) * sizeof *tl->procs);
    uint32_t at = tl->n;
    while (at > 0 && trigger_rank(tl->procs[at - 1]) > trigger_rank(p)) at--;
    memmove(tl->procs + at + 1, tl->procs + at, (tl->n - at) * sizeof *tl->procs);
    tl->procs[at] = p;
    tl->n++;
}

static const char *const trigger_names[AL_TRIG_COUNT] = {"Insert", "Modify", "Delete", "Rename"};

/* Field triggers of one object (the table or an extension): routines
 * inside `field(...)` and `modify(...)` elements. */
/* The elements of [obj]'s sections called [word] (fields, keys), in order. */
static al_nodes section_elements(const al_node *obj, const char *word)
{
    al_nodes out = {0};
    al_nodes ms = obj->as.object.members;
    for (uint32_t i = 0; i < ms.count; i++) {
        const al_node *m = ms.items[i];
        if (m->kind != AST_SECTION || !al_ast_name_is(m->as.section.word, word)) continue;
        for (uint32_t k = 0; k < m->as.section.members.count; k++)
            if (m->as.section.members.items[k]->kind == AST_ELEMENT)
                out = al_nodes_add(out, m->as.section.members.items[k]);
    }
    return out;
}

static void link_field_triggers(al_program *P, al_object *table, al_object *from)
{
    al_table *t = table->table;
    al_nodes els = section_elements(from->ast, "fields");
    for (uint32_t k = 0; k < els.count; k++) {
        const al_node *el = els.items[k];
        bool is_modify = al_ast_name_is(el->as.element.word, "modify");
        const al_node *fname = is_modify ? arg1(el, 0) : arg1(el, 1);
        const al_field *f = fname && name_of(fname) ? al_table_field(t, name_of(fname)) : NULL;
        if (!f) {
            if (is_modify) al_diag_error(&P->diags, el->span, "table \"%s\" has no field '%s'", table->name,
                                         fname && name_of(fname) ? name_of(fname) : "?");
            continue;
        }
        al_field *fw = &t->fields[f->index];
        for (uint32_t r = 0; r < el->as.element.members.count; r++) {
            const al_node *rn = el->as.element.members.items[r];
            if (rn->kind != AST_ROUTINE) continue;
            al_proc *p = al_resolve_routine(P, table, rn, from);
            const char *tn = p->name;
            if (al_name_eq(tn, "OnValidate") || al_name_eq(tn, "OnBeforeValidate") || al_name_eq(tn, "OnAfterValidate")) {
                /* OnBeforeValidate ... OnValidate ... OnAfterValidate */
                al_proc **v = al_alloc(sizeof *v * (fw->nvalidate + 1));
                uint32_t at = fw->nvalidate;
                if (al_name_eq(tn, "OnBeforeValidate")) at = 0;
                else if (al_name_eq(tn, "OnValidate"))
                    for (at = 0; at < fw->nvalidate && al_name_eq(fw->validate[at]->name, "OnBeforeValidate"); at++) {}
                for (uint32_t j = 0; j < at; j++) v[j] = fw->validate[j];
                v[at] = p;
                for (uint32_t j = at; j < fw->nvalidate; j++) v[j + 1] = fw->validate[j];
                fw->validate = v;
                fw->nvalidate++;
            }
            /* OnLookup and the other field triggers belong to pages
             * and the client: compiled (checked) but never run here. */
        }
    }
}

/* Table triggers of [obj] (the table or an extension), in run order. */
static void link_table_triggers(al_object *table, const al_object *from)
{
    al_table *t = table->table;
    for (uint32_t i = 0; i < table->nprocs; i++) {
        al_proc *p = table->procs[i];
        if (!p->is_trigger || p->declared_in != from) continue;
        for (int k = 0; k < AL_TRIG_COUNT; k++) {
            char on[32], before[32], after[32];
            snprintf(on, sizeof on, "On%s", trigger_names[k]);
            snprintf(before, sizeof before, "OnBefore%s", trigger_names[k]);
            snprintf(after, sizeof after, "OnAfter%s", trigger_names[k]);
            if (al_name_eq(p->name, on) || al_name_eq(p->name, before) || al_name_eq(p->name, after))
                add_trigger(&t->triggers[k], p);
        }
    }
}

/* ------------------------------------------------------------ CalcFormula */

static const struct { const char *name; al_calc_method m; } calc_methods[] = {
    {"sum", AL_CALC_SUM}, {"count", AL_CALC_COUNT}, {"exist", AL_CALC_EXIST}, {"lookup", AL_CALC_LOOKUP},
    {"average", AL_CALC_AVERAGE}, {"min", AL_CALC_MIN}, {"max", AL_CALC_MAX},
};

static const al_node *last_name(const al_node *n)
{
    while (n && n->kind == AST_MEMBER) n = n->as.pair.rhs;
    return n;
}

/* One condition of where(...): Field = const(X) | filter(X) | field(Y) | upperlimit(field(Y)). */
static bool calc_cond(al_program *P, al_table *t, al_calc_formula *cf, const al_node *c)
{
    if (c->kind != AST_BINARY || c->op != AL_OP_EQ) return false;
    const al_node *lf = c->as.bin.lhs, *rv = c->as.bin.rhs;
    const al_field *sf = name_of(lf) ? al_table_field(cf->source->table, name_of(lf)) : NULL;
    if (!sf) {
        al_diag_error(&P->diags, lf->span, "table \"%s\" has no field '%s'", cf->source->name, name_of(lf) ? name_of(lf) : "?");
        return true;
    }
    al_calc_cond cc = {.field = sf->index};
    if (rv->kind == AST_FILTER) {               /* filter(Open | Released): kept as raw text */
        cc.kind = AL_CALC_FILTER;
        cc.text = al_text_new(rv->as.lit.text, strlen(rv->as.lit.text));
        goto add;
    }
    const al_node *inner = NULL;
    if (rv->kind == AST_CALL && rv->as.call.callee->kind == AST_NAME && rv->as.call.args.count == 1)
        inner = rv->as.call.args.items[0];
    const char *fn = rv->kind == AST_CALL ? name_of(rv->as.call.callee) : NULL;
    if (!fn || !inner) return false;
    if (al_name_eq(fn, "const") || al_name_eq(fn, "filter")) {
        cc.kind = al_name_eq(fn, "const") ? AL_CALC_CONST : AL_CALC_FILTER;
        const al_source *src = al_source_get(P->sources, inner->span.file);
        const char *s = inner->kind == AST_TEXT ? inner->as.lit.text
                      : inner->kind == AST_NAME ? inner->as.name.text
                      : inner->kind == AST_FILTER ? inner->as.lit.text
                      : src ? al_strndup(src->text + inner->span.start, inner->span.end - inner->span.start) : "";
        cc.text = al_text_new(s, strlen(s));
    } else if (al_name_eq(fn, "field") || al_name_eq(fn, "upperlimit")) {
        cc.kind = al_name_eq(fn, "upperlimit") ? AL_CALC_UPPERLIMIT : AL_CALC_FIELD;
        /* field(upperlimit("Date Filter")), field(filter("Date Filter")) */
        if (inner->kind == AST_CALL && inner->as.call.args.count == 1) {
            if (al_ast_name_is(inner->as.call.callee, "upperlimit")) cc.kind = AL_CALC_UPPERLIMIT;
            inner = inner->as.call.args.items[0];
        } else if (inner->kind == AST_FILTER) {
            const char *s = inner->as.lit.text;
            size_t n = strlen(s);
            if (n >= 2 && s[0] == '"' && s[n - 1] == '"') s = al_strndup(s + 1, n - 2);
            const al_field *of = al_table_field(t, s);
            if (!of) {
                al_diag_error(&P->diags, inner->span, "table \"%s\" has no field '%s'", t->obj->name, s);
                return true;
            }
            cc.other = of->index;
            goto add;
        }
        const al_field *of = name_of(inner) ? al_table_field(t, name_of(inner)) : NULL;
        if (!of) {
            al_diag_error(&P->diags, inner->span, "table \"%s\" has no field '%s'", t->obj->name, name_of(inner) ? name_of(inner) : "?");
            return true;
        }
        cc.other = of->index;
    } else return false;
add:
    cf->conds = al_realloc(cf->conds, cf->nconds * sizeof *cf->conds, (cf->nconds + 1) * sizeof *cf->conds);
    cf->conds[cf->nconds++] = cc;
    return true;
}

static void calc_formula(al_program *P, al_table *t, al_field *f, const al_node *v)
{
    al_calc_formula *cf = al_alloc(sizeof *cf);
    cf->source_field = -1;
    if (v->kind == AST_UNARY && v->op == AL_OP_NEG) { cf->reverse_sign = true; v = v->as.bin.lhs; }
    if (v->kind != AST_CALL || !name_of(v->as.call.callee) || v->as.call.args.count != 1) goto bad;
    for (size_t i = 0; i < sizeof calc_methods / sizeof calc_methods[0]; i++)
        if (al_name_eq(name_of(v->as.call.callee), calc_methods[i].name)) cf->method = calc_methods[i].m;
    if (cf->method == AL_CALC_NONE) goto bad;
    const al_node *arg = v->as.call.args.items[0];
    const al_node *src = arg, *where = NULL;
    if (arg->kind == AST_JUXT && arg->as.list.items.count == 2) {
        src = arg->as.list.items.items[0];
        where = arg->as.list.items.items[1];
    }
    const char *tname = NULL, *fname = NULL;
    if (cf->method == AL_CALC_COUNT || cf->method == AL_CALC_EXIST) tname = name_of(last_name(src));
    else if (src->kind == AST_MEMBER) {
        tname = name_of(last_name(src->as.pair.lhs));
        fname = name_of(src->as.pair.rhs);
    }
    if (!tname) goto bad;
    cf->source = al_program_find(P, AL_OBJ_TABLE, tname);
    if (!cf->source || !cf->source->table) {
        if (P->lenient) { P->unchecked++; return; }
        al_diag_error(&P->diags, src->span, "Table \"%s\" is not defined", tname);
        return;
    }
    if (fname) {
        const al_field *sf = al_table_field(cf->source->table, fname);
        if (!sf) {
            al_diag_error(&P->diags, src->span, "table \"%s\" has no field '%s'", tname, fname);
            return;
        }
        cf->source_field = (int32_t)sf->index;
    }
    if (where) {
        if (where->kind != AST_CALL || !al_ast_name_is(where->as.call.callee, "where")) goto bad;
        for (uint32_t i = 0; i < where->as.call.args.count; i++)
            if (!calc_cond(P, t, cf, where->as.call.args.items[i])) goto bad;
    }
    f->calc = cf;
    return;
bad:
    al_diag_error(&P->diags, v->span, "CalcFormula of '%s' is not understood: write e.g. sum(\"Table\".Field where(Field = field(Other)))", f->name);
}

static void link_calc_formulas(al_program *P, al_table *t, const al_node *obj)
{
    al_nodes els = section_elements(obj, "fields");
    for (uint32_t k = 0; k < els.count; k++) {
        const al_node *el = els.items[k];
        if (!al_ast_name_is(el->as.element.word, "field")) continue;
        const al_node *fname = arg1(el, 1);
        const al_field *f = fname && name_of(fname) ? al_table_field(t, name_of(fname)) : NULL;
        if (!f || f->fclass != AL_FIELD_FLOWFIELD) continue;
        const al_node *cfn = prop(el->as.element.members, "CalcFormula");
        if (cfn) calc_formula(P, t, &t->fields[f->index], cfn);
    }
}

void al_table_link(al_program *P, al_object *table, al_object *from)
{
    link_field_triggers(P, table, from);
    link_table_triggers(table, from);
    link_calc_formulas(P, table->table, from->ast);
}

/* ================================================================ records */

static al_value field_init(al_exec *X, const al_field *f)
{
    return f->has_init ? f->init : al_exec_default(X, f->type);
}

al_record *al_record_new(al_exec *X, const al_table *t, bool temporary)
{
    al_record *r = al_alloc(sizeof *r);
    r->inst.obj = t->obj;
    r->table = t;
    r->temporary = temporary || t->temporary;
    r->fields = al_alloc(sizeof *r->fields * (t->nfields + 1));
    for (uint32_t i = 0; i < t->nfields; i++) r->fields[i] = field_init(X, &t->fields[i]);
    r->filters = al_alloc(sizeof *r->filters * (t->nfields + 1));
    if (r->temporary) {
        r->temp = al_alloc(sizeof *r->temp);
        r->temp->id = ++X->temp_seq;
    }
    return r;
}

al_record *al_record_clone(al_exec *X, const al_record *src)
{
    (void)X;
    const al_table *t = src->table;
    al_record *r = al_alloc(sizeof *r);
    *r = *src;
    r->inst.globals = NULL;          /* a fresh variable: its own table globals */
    r->x = NULL;
    r->cursor = NULL;
    r->fields = al_alloc(sizeof *r->fields * (t->nfields + 1));
    memcpy(r->fields, src->fields, sizeof *r->fields * t->nfields);
    r->filters = al_alloc(sizeof *r->filters * (t->nfields + 1));
    memcpy(r->filters, src->filters, sizeof *r->filters * t->nfields);
    if (src->filters2) {
        r->filters2 = al_alloc(sizeof *r->filters2 * (t->nfields + 1));
        memcpy(r->filters2, src->filters2, sizeof *r->filters2 * t->nfields);
    }
    return r;
}

void al_record_assign(al_record *dst, const al_record *src)
{
    if (dst == src) return;
    memcpy(dst->fields, src->fields, sizeof *dst->fields * dst->table->nfields);
    dst->rowid = src->rowid;
}

void al_record_init(al_exec *X, al_record *r)
{
    const al_table *t = r->table;
    const al_key *pk = &t->keys[0];
    for (uint32_t i = 0; i < t->nfields; i++) {
        bool in_pk = false;
        for (uint32_t k = 0; k < pk->nfields; k++)
            if (pk->fields[k] == i) in_pk = true;
        if (!in_pk) r->fields[i] = field_init(X, &t->fields[i]);
    }
}

al_instance *al_record_instance(al_exec *X, al_record *r)
{
    if (!r->inst.globals) {
        const al_object *o = r->table->obj;
        r->inst.globals = al_alloc(sizeof *r->inst.globals * (o->nglobals + 1));
        for (uint32_t i = 0; i < o->nglobals; i++) r->inst.globals[i] = al_exec_default(X, o->globals[i].type);
    }
    return &r->inst;
}

al_record *al_record_x(al_exec *X, al_record *r)
{
    if (!r->x) {
        r->x = al_alloc(sizeof *r->x);
        *r->x = *r;
        r->x->x = NULL;
        r->x->inst.globals = NULL;
        r->x->fields = al_alloc(sizeof *r->fields * (r->table->nfields + 1));
        memcpy(r->x->fields, r->fields, sizeof *r->fields * r->table->nfields);
        r->x->filters = al_alloc(sizeof *r->filters * (r->table->nfields + 1));
    }
    (void)X;
    return r->x;
}

void al_record_clear(al_exec *X, al_record *r)
{
    const al_table *t = r->table;
    for (uint32_t i = 0; i < t->nfields; i++) r->fields[i] = field_init(X, &t->fields[i]);
    memset(r->filters, 0, sizeof *r->filters * t->nfields);
    r->filters2 = NULL;
    r->key = 0;
    r->descending = false;
    r->marked_only = false;
    r->marks = NULL;
    r->rowid = 0;
    r->view++;
}

void al_record_check_write(al_exec *X, const char *method, const al_value *self)
{
    if (!self) return;
    const al_value *v = self->tag == AL_TAG_REF ? self->u.ref : self;
    /* a RecordRef's record (one not open raises its own error when it runs) */
    const al_record *r = v->tag == AL_TY_RECORDREF ? (v->u.rref ? v->u.rref->rec : NULL) : v->u.rec;
    if (!r || r->temporary) return;
    const char *op = al_name_eq(method, "Insert") ? "Insert"
                   : al_name_eq(method, "Delete") || al_name_eq(method, "DeleteAll") ? "Delete" : "Modify";
    al_throw(X, NULL, "Sorry, the current permissions prevented the action. (TableData %lld %s %s: %s)",
             (long long)r->table->obj->id, r->table->obj->name, op,
             X->prog->app_name ? X->prog->app_name : "Default App");
}

/* ============================================================= RecordId */

const al_recordid *al_record_id(const al_record *r)
{
    const al_key *pk = &r->table->keys[0];
    al_recordid *id = al_alloc(sizeof *id);
    al_value *vals = al_alloc(sizeof *vals * (pk->nfields + 1));
    for (uint32_t i = 0; i < pk->nfields; i++) vals[i] = r->fields[pk->fields[i]];
    id->table = r->table;
    id->pk = vals;
    return id;
}

static int value_cmp(al_value a, al_value b)
{
    switch ((al_tkind)a.tag) {
    case AL_TY_TEXT: case AL_TY_CODE: case AL_TY_DATEFORMULA: return al_text_cmp(a.u.text, b.u.text);
    case AL_TY_DECIMAL: return al_convert_dec_cmp(a, b);
    case AL_TY_GUID: return memcmp(a.u.guid, b.u.guid, 16);
    case AL_TY_BOOLEAN: return (int)a.u.b - (int)b.u.b;
    case AL_TY_BIGINT: case AL_TY_DATETIME: case AL_TY_DURATION: return a.u.big < b.u.big ? -1 : a.u.big > b.u.big;
    default: return a.u.i < b.u.i ? -1 : a.u.i > b.u.i;
    }
}

int al_recordid_cmp(const al_recordid *a, const al_recordid *b)
{
    if (!a || !b) return a == b ? 0 : a ? 1 : -1;
    if (a->table != b->table) return a->table->obj->id < b->table->obj->id ? -1 : 1;
    const al_key *pk = &a->table->keys[0];
    for (uint32_t i = 0; i < pk->nfields; i++) {
        int c = value_cmp(a->pk[i], b->pk[i]);
        if (c) return c;
    }
    return 0;
}

const char *al_recordid_format(al_exec *X, const al_recordid *id)
{
    if (!id) return "";
    const al_key *pk = &id->table->keys[0];
    char *out = al_sprintf("%s: ", id->table->obj->name);
    for (uint32_t i = 0; i < pk->nfields; i++) {
        const al_field *f = &id->table->fields[pk->fields[i]];
        out = al_sprintf("%s%s%s", out, i ? "," : "", al_format(X, id->pk[i], f->type, 0, 0, NULL)->s);
    }
    return out;
}

void al_record_stamp(al_exec *X, al_record *r, bool insert, bool keep_id)
{
    const al_table *t = r->table;
    al_value now = {.tag = AL_TY_DATETIME}, user = {.tag = AL_TY_GUID};
    now.u.big = al_datetime_from_unix_ms(X->host.now_ms ? X->host.now_ms(X->host.ctx) : 0);
    user.u.guid = &al_guid_user;
    if (insert) {
        /* Insert makes a new SystemId unless Insert(.., true) asks to keep
         * the buffer's (InsertWithSystemId) */
        if (!keep_id) r->fields[t->sys] = al_exec_default(X, &al_type_guid);   /* the store makes one */
        r->fields[t->sys + 1] = now;
        r->fields[t->sys + 2] = user;
    }
    r->fields[t->sys + 3] = now;
    r->fields[t->sys + 4] = user;
}

void al_record_validate(al_exec *X, al_record *r, const al_field *f)
{
    int32_t saved = r->curr_field;
    r->curr_field = f->no;
    al_events_table(X, r, AL_TEV_BEFORE_VALIDATE, false, (int32_t)f->index);
    for (uint32_t i = 0; i < f->nvalidate; i++) al_exec_call(X, f->validate[i], al_record_instance(X, r), NULL);
    al_events_table(X, r, AL_TEV_AFTER_VALIDATE, false, (int32_t)f->index);
    r->curr_field = saved;
}

void al_record_run_triggers(al_exec *X, al_record *r, int which)
{
    const al_trigger_list *tl = &r->table->triggers[which];
    for (uint32_t i = 0; i < tl->n; i++) al_exec_call(X, tl->procs[i], al_record_instance(X, r), NULL);
}
