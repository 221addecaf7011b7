/* interp/resolve.c — from syntax trees to a checked, resolved program.
 *
 * Loading happens in passes so objects may refer to each other in any
 * order: (1) create every object, (2) enum values, (3) variables and
 * procedure signatures, (4) compile every body to IR (ir.h), binding each
 * name to a slot, a procedure or a builtin and each operator to its operand
 * types.  Problems become diagnostics; a program with errors is not run.
 */
#include "interp/program.h"
#include "interp/builtin.h"
#include "interp/events.h"
#include "interp/ir.h"
#include "interp/resolve_impl.h"
#include "interp/page.h"
#include "interp/table.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool al_name_eq(const char *a, const char *b)
{
    return strcasecmp(a, b) == 0;
}

static const char *name_of(const al_node *n)
{
    return n && n->kind == AST_NAME ? n->as.name.text : "?";
}

/* ================================================================ objects */

static void add_object(al_program *P, al_object *o)
{
    if (P->nobjects == P->cap) {
        uint32_t ncap = P->cap ? P->cap * 2 : 32;
        P->objects = al_realloc(P->objects, P->cap * sizeof *P->objects, ncap * sizeof *P->objects);
        P->cap = ncap;
    }
    P->objects[P->nobjects++] = o;
}

al_object *al_program_find(const al_program *p, al_objkind kind, const char *name)
{
    for (uint32_t i = 0; i < p->nobjects; i++)
        if (p->objects[i]->kind == kind && p->objects[i]->name && al_name_eq(p->objects[i]->name, name))
            return p->objects[i];
    return NULL;
}

al_object *al_program_find_id(const al_program *p, al_objkind kind, int64_t id)
{
    for (uint32_t i = 0; i < p->nobjects; i++)
        if (p->objects[i]->kind == kind && p->objects[i]->id == id) return p->objects[i];
    return NULL;
}

/* The first value of property [name] among [members], or NULL. */
const al_node *al_resolve_property(al_nodes members, const char *name)
{
    for (uint32_t i = 0; i < members.count; i++) {
        const al_node *m = members.items[i];
        if (m->kind == AST_PROPERTY && al_ast_name_is(m->as.property.name, name)
            && m->as.property.values.count)
            return m->as.property.values.items[0];
    }
    return NULL;
}

static void load_enum_values(al_program *P, al_object *target, const al_node *obj)
{
    al_nodes ms = obj->as.object.members;
    for (uint32_t i = 0; i < ms.count; i++) {
        const al_node *m = ms.items[i];
        if (m->kind != AST_ELEMENT || !al_ast_name_is(m->as.element.word, "value")) continue;
        al_nodes args = m->as.element.args;
        if (args.count != 2 || args.items[0]->as.list.items.count != 1 || args.items[1]->as.list.items.count != 1) {
            al_diag_error(&P->diags, m->span, "an enum value is written value(Ordinal; Name)");
            continue;
        }
        const al_node *ord = args.items[0]->as.list.items.items[0];
        const al_node *nm = args.items[1]->as.list.items.items[0];
        if (ord->kind != AST_INT || nm->kind != AST_NAME) {
            al_diag_error(&P->diags, m->span, "an enum value is written value(Ordinal; Name)");
            continue;
        }
        for (uint32_t k = 0; k < target->nvalues; k++) {
            if (target->values[k].ordinal == ord->as.ival.value)
                al_diag_error(&P->diags, ord->span, "enum \"%s\" already has a value with ordinal %lld",
                              target->name, (long long)ord->as.ival.value);
            if (al_name_eq(target->values[k].name, nm->as.name.text))
                al_diag_error(&P->diags, nm->span, "enum \"%s\" already has a value named '%s'",
                              target->name, nm->as.name.text);
        }
        const al_node *cap = al_resolve_property(m->as.element.members, "Caption");
        target->values = al_realloc(target->values, target->nvalues * sizeof *target->values,
                                    (target->nvalues + 1) * sizeof *target->values);
        target->values[target->nvalues++] = (al_enum_value){
            (int32_t)ord->as.ival.value, nm->as.name.text,
            cap && cap->kind == AST_TEXT ? cap->as.lit.text : nm->as.name.text, m};
    }
}

/* ================================================================= types */

static const struct { const char *name; const al_type *type; } simple_types[] = {
    {"Integer", &al_type_integer}, {"BigInteger", &al_type_bigint}, {"Decimal", &al_type_decimal},
    {"Boolean", &al_type_boolean}, {"Char", &al_type_char}, {"Byte", &al_type_char},
    {"Date", &al_type_date}, {"Time", &al_type_time}, {"DateTime", &al_type_datetime},
    {"Duration", &al_type_duration}, {"Guid", &al_type_guid}, {"TextBuilder", &al_type_textbuilder},
    {"Variant", &al_type_variant}, {"RecordId", &al_type_recordid},
    {"Notification", &al_type_notification}, {"RecordRef", &al_type_recordref},
    {"FieldRef", &al_type_fieldref}, {"KeyRef", &al_type_keyref},
    {"JsonObject", &al_type_jsonobject}, {"JsonArray", &al_type_jsonarray},
    {"JsonToken", &al_type_jsontoken}, {"JsonValue", &al_type_jsonvalue},
    {"DateFormula", &al_type_dateformula},
};

/* Types alrun knows by name but does not run yet (reports,
 * HTTP ...): declaring them is fine; using them is an error. */
static const char *const later_types[] = {
    "Report", "Query", "XmlPort",
    "HttpClient", "HttpRequestMessage",
    "HttpResponseMessage", "HttpContent", "HttpHeaders", "InStream", "OutStream", "Blob", "BigText",
    "Media", "MediaSet", "ErrorInfo", "DotNet",
    "Automation", "FilterPageBuilder", "Dialog", "File", "SessionSettings",
    "TestRequestPage", "TestField", "TestAction", "TestFilter", "TestPart", "XmlDocument",
    "XmlElement", "XmlNode", "XmlNodeList", "XmlAttribute", "ExecutionMode",
    "TableConnectionType", "ObjectType", "ModuleInfo",
    "ModuleDependencyInfo", "Version", "SecretText", "TextConst", "TransactionType",
    "ReportFormat", "DataScope", "TaskScheduler", "CompanyProperty", "SessionInformation",
    "WebServiceActionContext", "Cookie",
    "NumberSequence", "Database", "Codeunit",
    NULL,
};

static al_type *new_type(al_tkind k)
{
    al_type *t = al_alloc(sizeof *t);
    t->kind = k;
    return t;
}

static const char *node_text(const al_program *P, const al_node *n)
{
    const al_source *src = al_source_get(P->sources, n->span.file);
    if (!src) return "?";
    return al_strndup(src->text + n->span.start, n->span.end - n->span.start);
}

/* The single word naming an object in a type: Codeunit "X", Enum X. */
static const char *type_object_name(const al_node *t)
{
    if (t->as.type.words.count < 1) return NULL;
    const al_node *w = t->as.type.words.items[0];
    while (w->kind == AST_MEMBER) w = w->as.pair.rhs;     /* Namespace.Object */
    return w->kind == AST_NAME ? w->as.name.text : NULL;
}

/* The object a type names, by name or (`Record 18`) by ID; *oname gets
 * the name or number as written, for the error. */
static al_object *type_object(const al_program *P, const al_node *t, al_objkind kind, const char **oname)
{
    *oname = type_object_name(t);
    if (*oname) return al_program_find(P, kind, *oname);
    if (!t->as.type.words.count || t->as.type.words.items[0]->kind != AST_INT) return NULL;
    int64_t id = t->as.type.words.items[0]->as.ival.value;
    *oname = al_sprintf("%lld", (long long)id);
    return al_program_find_id(P, kind, id);
}

const al_type *al_resolve_type(al_program *P, const al_node *t)
{
    const char *word = name_of(t->as.type.name);
    for (size_t i = 0; i < sizeof simple_types / sizeof simple_types[0]; i++)
        if (al_name_eq(word, simple_types[i].name)) {
            if (t->as.type.words.count || t->as.type.size.count)
                al_diag_error(&P->diags, t->span, "unexpected words after type '%s'", word);
            return simple_types[i].type;
        }
    if (al_name_eq(word, "Text") || al_name_eq(word, "Code")) {
        al_type *r = new_type(al_name_eq(word, "Text") ? AL_TY_TEXT : AL_TY_CODE);
        if (t->as.type.size.count == 1) {
            const al_node *sz = t->as.type.size.items[0];
            if (sz->kind != AST_INT || sz->as.ival.value < 1 || sz->as.ival.value > 2048)
                al_diag_error(&P->diags, sz->span, "the length of %s must be an integer from 1 to 2048", word);
            else r->len = (int32_t)sz->as.ival.value;
        } else if (t->as.type.size.count > 1) {
            al_diag_error(&P->diags, t->span, "%s takes one length", word);
        } else if (r->kind == AL_TY_CODE) {
            al_diag_error(&P->diags, t->span, "Code needs a length: Code[20]");
        }
        return r;
    }
    if (al_name_eq(word, "Label")) return &al_type_label;
    if (al_name_eq(word, "Option")) {
        al_type *r = new_type(AL_TY_OPTION);
        al_nodes ex = t->as.type.extra;
        if (ex.count == 0 && t->as.type.words.count) ex = t->as.type.words;   /* Option A */
        const char **names = al_alloc(sizeof *names * (ex.count + 1));
        for (uint32_t i = 0; i < ex.count; i++)
            names[i] = ex.items[i]->kind == AST_NAME ? ex.items[i]->as.name.text : "";
        r->members = names;
        r->nmembers = ex.count;
        return r;
    }
    if (al_name_eq(word, "List") || al_name_eq(word, "Dictionary")) {
        bool list = al_name_eq(word, "List");
        if (t->as.type.of.count != (list ? 1u : 2u)) {
            al_diag_error(&P->diags, t->span, list ? "List needs one element type: List of [T]"
                                                   : "Dictionary needs two types: Dictionary of [K, V]");
            return &al_type_error;
        }
        al_type *r = new_type(list ? AL_TY_LIST : AL_TY_DICT);
        if (list) r->elem = al_resolve_type(P, t->as.type.of.items[0]);
        else {
            r->key = al_resolve_type(P, t->as.type.of.items[0]);
            r->elem = al_resolve_type(P, t->as.type.of.items[1]);
        }
        return r;
    }
    if (al_name_eq(word, "array")) {
        al_type *r = new_type(AL_TY_ARRAY);
        uint32_t *dims = al_alloc_atomic(sizeof *dims * (t->as.type.size.count + 1));
        for (uint32_t i = 0; i < t->as.type.size.count; i++) {
            const al_node *d = t->as.type.size.items[i];
            if (d->kind != AST_INT || d->as.ival.value < 1 || d->as.ival.value > 1000000) {
                al_diag_error(&P->diags, d->span, "an array dimension must be a positive integer");
                dims[i] = 1;
            } else dims[i] = (uint32_t)d->as.ival.value;
        }
        r->dims = dims;
        r->ndims = t->as.type.size.count;
        if (t->as.type.of.count != 1 || r->ndims == 0) {
            al_diag_error(&P->diags, t->span, "an array is written array[n] of Type");
            return &al_type_error;
        }
        r->elem = al_resolve_type(P, t->as.type.of.items[0]);
        return r;
    }
    if (al_name_eq(word, "Record")) {
        const char *oname;
        al_object *o = type_object(P, t, AL_OBJ_TABLE, &oname);
        bool temporary = false;
        for (uint32_t i = 1; i < t->as.type.words.count; i++)
            if (al_ast_name_is(t->as.type.words.items[i], "temporary")) temporary = true;
        if (!o || !o->table) {
            if (P->lenient) {
                P->unchecked++;
                al_type *r = new_type(AL_TY_OTHER);
                r->spelling = node_text(P, t);
                return r;
            }
            al_diag_error(&P->diags, t->span, "Table \"%s\" is not defined", oname ? oname : "?");
            return &al_type_error;
        }
        return temporary || o->table->temporary ? &o->temp_type : &o->self_type;
    }
    if (al_name_eq(word, "Page") || al_name_eq(word, "TestPage")) {
        bool test = al_name_eq(word, "TestPage");
        const char *oname;
        al_object *o = type_object(P, t, AL_OBJ_PAGE, &oname);
        if (!o || !o->page) {
            if (P->lenient) {
                P->unchecked++;
                al_type *r = new_type(AL_TY_OTHER);
                r->spelling = node_text(P, t);
                return r;
            }
            al_diag_error(&P->diags, t->span, "Page \"%s\" is not defined", oname ? oname : "?");
            return &al_type_error;
        }
        if (test) {                            /* TestPage "X": runtime/testpage.h */
            al_type *r = new_type(AL_TY_TESTPAGE);
            r->obj = o;
            return r;
        }
        return &o->self_type;
    }
    if (al_name_eq(word, "Codeunit") || al_name_eq(word, "Enum") || al_name_eq(word, "Interface")) {
        al_objkind kind = al_name_eq(word, "Codeunit") ? AL_OBJ_CODEUNIT
                        : al_name_eq(word, "Enum") ? AL_OBJ_ENUM : AL_OBJ_INTERFACE;
        const char *oname;
        al_object *o = type_object(P, t, kind, &oname);
        if (!o) {
            if (P->lenient) {                 /* perhaps from a dependency */
                P->unchecked++;
                al_type *r = new_type(AL_TY_OTHER);
                r->spelling = node_text(P, t);
                return r;
            }
            al_diag_error(&P->diags, t->span, "%s \"%s\" is not defined",
                          kind == AL_OBJ_CODEUNIT ? "Codeunit" : kind == AL_OBJ_ENUM ? "Enum" : "Interface",
                          oname ? oname : "?");
            return &al_type_error;
        }
        return &o->self_type;
    }
    {
        /* the platform's option types: Action, NotificationScope ... */
        al_object *sys = al_program_find(P, AL_OBJ_ENUM, word);
        if (sys && !sys->ast) return &sys->self_type;
    }
    for (const char *const *w = later_types; *w; w++)
        if (al_name_eq(word, *w)) {
            al_type *r = new_type(AL_TY_OTHER);
            r->spelling = node_text(P, t);
            return r;
        }
    if (P->lenient) {                         /* a type alrun does not know yet */
        P->unchecked++;
        al_type *o = new_type(AL_TY_OTHER);
        o->spelling = node_text(P, t);
        return o;
    }
    al_diag_error(&P->diags, t->as.type.name->span, "unknown type '%s'", word);
    return &al_type_error;
}

/* ============================================================ declarations */

/* Adds the variables of a VAR_DECL to [vars] starting at slot [*next]. */
static void declare(al_program *P, al_var **vars, uint32_t *n, uint32_t *next, const al_node *decl)
{
    const al_type *t = al_resolve_type(P, decl->as.var_decl.type);
    const al_text *label = NULL;
    if (t->kind == AL_TY_LABEL) {
        al_nodes ex = decl->as.var_decl.type->as.type.extra;
        if (ex.count && ex.items[0]->kind == AST_TEXT)
            label = al_text_new(ex.items[0]->as.lit.text, ex.items[0]->as.lit.len);
    }
    al_nodes names = decl->as.var_decl.names;
    for (uint32_t i = 0; i < names.count; i++) {
        const al_node *nm = names.items[i];
        for (uint32_t k = 0; k < *n; k++)
            if (al_name_eq((*vars)[k].name, nm->as.name.text))
                al_diag_error(&P->diags, nm->span, "'%s' is already declared", nm->as.name.text);
        *vars = al_realloc(*vars, *n * sizeof **vars, (*n + 1) * sizeof **vars);
        (*vars)[(*n)++] = (al_var){nm->as.name.text, t, nm, (*next)++, false, label};
    }
}

static al_proc *declare_routine(al_program *P, al_object *o, const al_node *r, al_object *from)
{
    al_proc *p = al_alloc(sizeof *p);
    p->name = name_of(r->as.routine.name);
    p->ast = r;
    p->owner = o;
    p->declared_in = from;
    p->is_trigger = r->op == AL_ROUTINE_TRIGGER;
    p->is_local = al_ast_name_is(r->as.routine.access, "local");
    p->ret = &al_type_none;
    p->ret_slot = -1;
    for (uint32_t i = 0; i < r->as.routine.attrs.count; i++)
        if (al_ast_name_is(r->as.routine.attrs.items[i]->as.attr.name, "TryFunction")) p->try_function = true;
    uint32_t next = 0;
    al_var *vars = NULL;
    uint32_t nvars = 0;
    if (o->table_no && p->is_trigger && al_name_eq(p->name, "OnRun")) {
        /* a TableNo codeunit's OnRun runs on the caller's record: `Rec` */
        vars = al_alloc(sizeof *vars);
        vars[nvars++] = (al_var){"Rec", &o->table_no->self_type, r->as.routine.name, next++, true, NULL};
    }
    for (uint32_t i = 0; i < r->as.routine.params.count; i++) {
        const al_node *prm = r->as.routine.params.items[i];
        const al_node *nm = prm->as.param.name;
        for (uint32_t k = 0; k < nvars; k++)
            if (al_name_eq(vars[k].name, nm->as.name.text))
                al_diag_error(&P->diags, nm->span, "parameter '%s' is declared twice", nm->as.name.text);
        vars = al_realloc(vars, nvars * sizeof *vars, (nvars + 1) * sizeof *vars);
        vars[nvars++] = (al_var){nm->as.name.text, al_resolve_type(P, prm->as.param.type), nm, next++,
                                 prm->op != 0, NULL};
    }
    p->params = vars;
    p->nparams = nvars;
    if (r->as.routine.ret_type) {
        p->ret = al_resolve_type(P, r->as.routine.ret_type);
        if (p->try_function && p->ret->kind != AL_TY_BOOLEAN)
            al_diag_error(&P->diags, r->as.routine.ret_type->span, "a [TryFunction] returns nothing or a Boolean");
    }
    al_var *locals = NULL;
    uint32_t nlocals = 0;
    if (r->as.routine.ret_name) {
        p->ret_slot = (int32_t)next;
        const al_node *nm = r->as.routine.ret_name;
        locals = al_alloc(sizeof *locals);
        locals[nlocals++] = (al_var){nm->as.name.text, p->ret, nm, next++, false, NULL};
    }
    for (uint32_t i = 0; i < r->as.routine.locals.count; i++)
        declare(P, &locals, &nlocals, &next, r->as.routine.locals.items[i]);
    for (uint32_t i = 0; i < nlocals; i++)
        for (uint32_t k = 0; k < nvars; k++)
            if (al_name_eq(locals[i].name, vars[k].name))
                al_diag_error(&P->diags, locals[i].decl->span, "'%s' is already declared as a parameter",
                              locals[i].name);
    p->locals = locals;
    p->nlocals = nlocals;
    p->nslots = next;
    return p;
}

static void add_proc(al_object *o, al_proc *p)
{
    o->procs = al_realloc(o->procs, o->nprocs * sizeof *o->procs, (o->nprocs + 1) * sizeof *o->procs);
    o->procs[o->nprocs++] = p;
}

al_proc *al_resolve_routine(al_program *P, al_object *o, const al_node *r, al_object *from)
{
    al_proc *p = declare_routine(P, o, r, from);
    p->is_trigger = true;
    add_proc(o, p);
    return p;
}

/* Declares the variables and procedures of [from] (the object itself or an
 * extension of it) in [o]: an extension's members join its base object. */
/* A page with a SourceTable has the globals Rec and xRec (slots 0, 1). */
static void page_records(al_object *o)
{
    al_page *pg = o->page;
    if (!pg || !pg->source_table || pg->rec_slot >= 0) return;
    const al_type *t = pg->source_temporary || pg->source_table->table->temporary ? &pg->source_table->temp_type
                                                                                  : &pg->source_table->self_type;
    o->globals = al_realloc(o->globals, o->nglobals * sizeof *o->globals, (o->nglobals + 2) * sizeof *o->globals);
    pg->rec_slot = (int32_t)o->nglobals;
    o->globals[o->nglobals] = (al_var){"Rec", t, o->ast, o->nglobals, false, NULL};
    o->nglobals++;
    pg->xrec_slot = (int32_t)o->nglobals;
    o->globals[o->nglobals] = (al_var){"xRec", t, o->ast, o->nglobals, false, NULL};
    o->nglobals++;
}

static void declare_members(al_program *P, al_object *o, al_object *from)
{
    page_records(o);
    al_nodes ms = from->ast->as.object.members;
    uint32_t next = o->nglobals;
    for (uint32_t i = 0; i < ms.count; i++) {
        const al_node *m = ms.items[i];
        if (m->kind == AST_VARS)
            for (uint32_t k = 0; k < m->as.vars.decls.count; k++)
                declare(P, &o->globals, &o->nglobals, &next, m->as.vars.decls.items[k]);
    }
    for (uint32_t i = 0; i < ms.count; i++) {
        const al_node *m = ms.items[i];
        if (m->kind != AST_ROUTINE) continue;
        al_proc *p = declare_routine(P, o, m, from);
        for (uint32_t k = 0; k < o->nprocs; k++)
            if (al_name_eq(o->procs[k]->name, p->name) && o->procs[k]->is_trigger == p->is_trigger
                && o->procs[k]->nparams == p->nparams
                && !(p->is_trigger && o->procs[k]->declared_in != from))
                al_diag_error(&P->diags, m->as.routine.name->span, "'%s' is already declared with %u parameter%s",
                              p->name, p->nparams, p->nparams == 1 ? "" : "s");
        add_proc(o, p);
        if (p->is_trigger && al_name_eq(p->name, "OnRun") && o->kind == AL_OBJ_CODEUNIT) o->on_run = p;
        if (!m->as.routine.body && o->kind != AL_OBJ_INTERFACE && o->kind != AL_OBJ_CONTROLADDIN)
            al_diag_error(&P->diags, m->as.routine.name->span, "'%s' has no body (begin ... end)", p->name);
        if (m->as.routine.body && o->kind == AL_OBJ_INTERFACE)
            al_diag_error(&P->diags, m->as.routine.name->span,
                          "'%s': an interface only declares its procedures (no begin ... end)", p->name);
    }
}

/* ================================================================ loading */

static bool same_object(const al_node *a, const al_node *b)
{
    if (a->op != b->op) return false;
    if (a->as.object.id >= 0 && a->as.object.id == b->as.object.id) return true;
    return a->as.object.name && b->as.object.name
        && al_name_eq(a->as.object.name->as.name.text, b->as.object.name->as.name.text);
}

/* The platform's own option types that AL code names like enums:
 * PageBackgroundTaskErrorLevel::Warning.  Ordinals follow the documented
 * order (BC does not document them). */
static void system_enums(al_program *P)
{
    static const struct { const char *name; const char *values[24]; } sys[] = {
        {"PageBackgroundTaskErrorLevel", {"Error", "Warning", "Ignore"}},
        {"NotificationScope", {"LocalScope", "GlobalScope"}},
        {"Action", {" ", "OK", "Cancel", "LookupOK", "LookupCancel", "Yes", "No", "RunObject", "RunSystem"}},
        /* test runners' OnBeforeTestRun/OnAfterTestRun parameter, and [TransactionModel(...)] */
        {"TestPermissions", {"Disabled", "Restrictive", "NonRestrictive"}},
        {"TransactionModel", {"AutoCommit", "AutoRollback", "None"}},
        /* FieldRef.Type and FieldRef.Class (docs/records.md, "RecordRef") */
        {"FieldType", {"TableFilter", "RecordID", "OemText", "Date", "Time", "DateFormula", "Decimal", "Media",
                       "MediaSet", "Text", "Code", "Binary", "BLOB", "Boolean", "Integer", "OemCode", "Option",
                       "BigInteger", "Duration", "GUID", "DateTime"}},
        {"FieldClass", {"Normal", "FlowField", "FlowFilter"}},
        /* LogMessage's (telemetry) parameters (stdlib/lib_global.c) */
        {"Verbosity", {"Critical", "Error", "Warning", "Normal", "Verbose"}},
        {"DataClassification", {"CustomerContent", "ToBeClassified", "EndUserIdentifiableInformation", "AccountData",
                                "EndUserPseudonymousIdentifiers", "OrganizationIdentifiableInformation",
                                "SystemMetadata"}},
        {"TelemetryScope", {"ExtensionPublisher", "All"}},
    };
    for (size_t i = 0; i < sizeof sys / sizeof sys[0]; i++) {
        if (al_program_find(P, AL_OBJ_ENUM, sys[i].name)) continue;
        al_object *o = al_alloc(sizeof *o);
        o->kind = AL_OBJ_ENUM;
        o->id = -1;
        o->name = sys[i].name;
        o->builtin = true;
        o->self_type.kind = AL_TY_ENUM;
        o->self_type.obj = o;
        uint32_t n = 0;
        while (n < 24 && sys[i].values[n]) n++;
        o->values = al_alloc(sizeof *o->values * n);
        for (uint32_t k = 0; k < n; k++) o->values[k] = (al_enum_value){(int32_t)k, sys[i].values[k], sys[i].values[k], NULL};
        o->nvalues = n;
        add_object(P, o);
    }
}

al_program *al_program_load(const al_sources *sources, al_node **units, uint32_t nunits,
                            uint32_t builtin_from, const al_builtin_lib *const *libs,
                            unsigned flags)
{
    al_program *P = al_alloc(sizeof *P);
    P->sources = sources;
    P->libs = libs;
    P->lenient = (flags & AL_LOAD_LENIENT) != 0;
    P->lenient_tests = (flags & AL_LOAD_LENIENT_TESTS) != 0;

    /* pass 1: objects; a user object replaces a built-in one */
    for (uint32_t u = 0; u < nunits; u++) {
        al_nodes objs = units[u]->as.unit.objects;
        for (uint32_t i = 0; i < objs.count; i++) {
            const al_node *on = objs.items[i];
            bool builtin = u >= builtin_from;
            if (builtin) {
                bool replaced = false;
                for (uint32_t v = 0; v < builtin_from && !replaced; v++)
                    for (uint32_t j = 0; j < units[v]->as.unit.objects.count; j++)
                        if (same_object(on, units[v]->as.unit.objects.items[j])) { replaced = true; break; }
                if (replaced) continue;
            }
            al_object *o = al_alloc(sizeof *o);
            o->kind = (al_objkind)on->op;
            o->id = on->as.object.id;
            o->name = on->as.object.name ? on->as.object.name->as.name.text : "";
            o->ast = on;
            o->builtin = builtin;
            o->self_type.kind = o->kind == AL_OBJ_ENUM ? AL_TY_ENUM
                              : o->kind == AL_OBJ_INTERFACE ? AL_TY_INTERFACE : AL_TY_CODEUNIT;
            o->self_type.obj = o;
            if (o->kind == AL_OBJ_CODEUNIT || o->kind == AL_OBJ_TABLE || o->kind == AL_OBJ_PAGE
                || o->kind == AL_OBJ_REPORT || o->kind == AL_OBJ_QUERY || o->kind == AL_OBJ_XMLPORT
                || o->kind == AL_OBJ_ENUM || o->kind == AL_OBJ_INTERFACE) {
                for (uint32_t k = 0; k < P->nobjects; k++) {
                    al_object *q = P->objects[k];
                    if (q->kind != o->kind) continue;
                    if (o->id >= 0 && q->id == o->id)
                        al_diag_error(&P->diags, on->span, "%s %lld is already defined (\"%s\")",
                                      al_ast_objkind_name(o->kind), (long long)o->id, q->name);
                    else if (al_name_eq(q->name, o->name))
                        al_diag_error(&P->diags, on->span, "%s \"%s\" is already defined",
                                      al_ast_objkind_name(o->kind), o->name);
                }
            }
            const al_node *si = al_resolve_property(on->as.object.members, "SingleInstance");
            o->single_instance = si && si->kind == AST_BOOL && si->as.bval.value;
            const al_node *st = al_resolve_property(on->as.object.members, "Subtype");
            o->is_test = st && al_ast_name_is(st, "Test");
            o->is_test_runner = st && al_ast_name_is(st, "TestRunner");
            const al_node *ti = al_resolve_property(on->as.object.members, "TestIsolation");
            o->test_isolation = ti && ti->kind == AST_NAME ? ti->as.name.text : NULL;
            const al_node *tp = al_resolve_property(on->as.object.members, "TestPermissions");
            o->test_permissions = tp && tp->kind == AST_NAME ? tp->as.name.text : NULL;
            add_object(P, o);
        }
    }
    system_enums(P);
    /* pass 2: enum values, extensions after their base */
    for (uint32_t i = 0; i < P->nobjects; i++)
        if (P->objects[i]->kind == AL_OBJ_ENUM && P->objects[i]->ast) load_enum_values(P, P->objects[i], P->objects[i]->ast);
    for (uint32_t i = 0; i < P->nobjects; i++) {
        al_object *o = P->objects[i];
        if (o->kind != AL_OBJ_ENUMEXTENSION || !o->ast->as.object.extends.count) continue;
        const al_node *b = o->ast->as.object.extends.items[0];
        while (b->kind == AST_MEMBER) b = b->as.pair.rhs;
        al_object *base = al_program_find(P, AL_OBJ_ENUM, name_of(b));
        if (!base && P->lenient) P->unchecked++;
        else if (!base) al_diag_error(&P->diags, b->span, "Enum \"%s\" is not defined", name_of(b));
        else load_enum_values(P, base, o->ast);
    }
    /* tables, then what their extensions add */
    for (uint32_t i = 0; i < P->nobjects; i++)
        if (P->objects[i]->kind == AL_OBJ_TABLE) al_table_load(P, P->objects[i]);
    for (uint32_t i = 0; i < P->nobjects; i++) {
        al_object *o = P->objects[i];
        if (o->kind != AL_OBJ_TABLEEXTENSION || !o->ast->as.object.extends.count) continue;
        const al_node *b = o->ast->as.object.extends.items[0];
        while (b->kind == AST_MEMBER) b = b->as.pair.rhs;
        al_object *base = al_program_find(P, AL_OBJ_TABLE, name_of(b));
        if (!base && P->lenient) P->unchecked++;
        else if (!base) al_diag_error(&P->diags, b->span, "Table \"%s\" is not defined", name_of(b));
        else al_table_extend(P, base, o);
    }
    /* what RecordRef needs of every table: the fields by number, and the
     * Option/Enum fields' types for a FieldRef's Value in a Variant */
    for (uint32_t i = 0; i < P->nobjects; i++) {
        al_table *t = P->objects[i]->kind == AL_OBJ_TABLE ? P->objects[i]->table : NULL;
        if (!t) continue;
        t->by_no = al_alloc_atomic(sizeof *t->by_no * (t->nfields + 1));
        for (uint32_t k = 0; k < t->nfields; k++) {
            uint32_t at = k;
            while (at > 0 && t->fields[t->by_no[at - 1]].no > t->fields[k].no) {
                t->by_no[at] = t->by_no[at - 1];
                at--;
            }
            t->by_no[at] = k;
            if (t->fields[k].type->kind == AL_TY_OPTION || t->fields[k].type->kind == AL_TY_ENUM)
                t->fields[k].vtype = al_resolve_vtype(P, t->fields[k].type);
            const al_node *rel = t->fields[k].decl && t->fields[k].decl->kind == AST_ELEMENT
                                 ? al_resolve_property(t->fields[k].decl->as.element.members, "TableRelation") : NULL;
            while (rel && rel->kind == AST_MEMBER) rel = rel->as.pair.lhs;      /* Customer."No." */
            al_object *rt = rel && rel->kind == AST_NAME ? al_program_find(P, AL_OBJ_TABLE, rel->as.name.text) : NULL;
            if (rt) t->fields[k].relation = (int32_t)rt->id;
        }
    }
    /* TableNo of codeunits: their OnRun gets the record */
    for (uint32_t i = 0; i < P->nobjects; i++) {
        al_object *o = P->objects[i];
        const al_node *tn = o->kind == AL_OBJ_CODEUNIT ? al_resolve_property(o->ast->as.object.members, "TableNo") : NULL;
        if (!tn) continue;
        while (tn->kind == AST_MEMBER) tn = tn->as.pair.rhs;
        o->table_no = tn->kind == AST_INT ? al_program_find_id(P, AL_OBJ_TABLE, tn->as.ival.value)
                    : tn->kind == AST_NAME ? al_program_find(P, AL_OBJ_TABLE, tn->as.name.text) : NULL;
        if (o->table_no && !o->table_no->table) o->table_no = NULL;
        if (!o->table_no) {
            if (P->lenient) P->unchecked++;
            else al_diag_error(&P->diags, tn->span, "TableNo: the table is not defined");
        }
    }
    /* pages (after tables: SourceTable), then their extensions */
    for (uint32_t i = 0; i < P->nobjects; i++)
        if (P->objects[i]->kind == AL_OBJ_PAGE) al_page_load(P, P->objects[i]);
    for (uint32_t i = 0; i < P->nobjects; i++) {
        al_object *o = P->objects[i];
        if (o->kind != AL_OBJ_PAGEEXTENSION || !o->ast->as.object.extends.count) continue;
        const al_node *b = o->ast->as.object.extends.items[0];
        while (b->kind == AST_MEMBER) b = b->as.pair.rhs;
        al_object *base = al_program_find(P, AL_OBJ_PAGE, name_of(b));
        if (!base && P->lenient) P->unchecked++;
        else if (!base) al_diag_error(&P->diags, b->span, "Page \"%s\" is not defined", name_of(b));
        else al_page_extend(P, base, o);
    }
    /* pass 3: variables and procedure signatures of the objects we run */
    for (uint32_t i = 0; i < P->nobjects; i++) {
        al_object *o = P->objects[i];
        if (o->kind == AL_OBJ_CODEUNIT || o->kind == AL_OBJ_TABLE || o->kind == AL_OBJ_PAGE
            || o->kind == AL_OBJ_INTERFACE)
            declare_members(P, o, o);
        else if ((o->kind == AL_OBJ_TABLEEXTENSION || o->kind == AL_OBJ_PAGEEXTENSION) && o->base) declare_members(P, o->base, o);
    }
    for (uint32_t i = 0; i < P->nobjects; i++) {
        al_object *o = P->objects[i];
        if (o->kind == AL_OBJ_TABLE) al_table_link(P, o, o);
        else if (o->kind == AL_OBJ_TABLEEXTENSION && o->base) al_table_link(P, o->base, o);
        else if (o->kind == AL_OBJ_PAGE) al_page_link(P, o, o);
        else if (o->kind == AL_OBJ_PAGEEXTENSION && o->base) al_page_link(P, o->base, o);
    }
    /* interfaces: their methods, each codeunit's table of procedures for
     * each interface it implements, each enum's codeunits (before bodies:
     * assignments and calls need them) */
    al_iface_link(P);
    /* pass 4: bodies */
    for (uint32_t i = 0; i < P->nobjects; i++) {
        al_object *o = P->objects[i];
        if (o->kind == AL_OBJ_CODEUNIT && !o->table_no && al_resolve_property(o->ast->as.object.members, "TableNo"))
            continue;                         /* its table is unknown (reported or counted above) */
        for (uint32_t k = 0; k < o->nprocs; k++)
            if (o->procs[k]->ast->as.routine.body) al_resolve_body(P, o, o->procs[k]);
        if (o->page) al_page_compile(P, o);
    }
    al_events_link(P);
    al_sources_freeze(sources);           /* read-only from here on, for every thread */
    return P;
}
