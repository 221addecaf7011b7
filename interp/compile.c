/* interp/compile.c — compiling procedure bodies to IR (ir.h).
 *
 * Each name is bound to a frame slot, an instance slot, a procedure or a
 * builtin; each operator gets its operand kind; implicit conversions
 * become IR_CONVERT nodes; AL's rules that the grammar cannot see (types of
 * operands and arguments, lvalues, exit values, break outside loops) are
 * checked here and reported as diagnostics.
 */
#include "interp/builtin.h"
#include "interp/convert.h"
#include "interp/exec.h"
#include "interp/ir.h"
#include "interp/resolve_impl.h"
#include "interp/page.h"
#include "interp/table.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct C {
    al_program *P;
    al_object *obj;
    al_proc *proc;
    int loops;
    int withs;          /* inside `with X do` (X not a record): names may be X's */
    al_ir **with_recs;  /* `with R do` records, innermost last: bare names may be their fields */
    uint32_t nwith;
} C;

static void err(C *c, const al_node *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void err(C *c, const al_node *at, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    al_diag_add(&c->P->diags, AL_SEV_ERROR, at->span, "%s", msg);
}

/* Something alrun cannot check or run yet: an error for `run`, counted
 * (not reported) for a lenient `check`. */
static void unsupported(C *c, const al_node *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void unsupported(C *c, const al_node *at, const char *fmt, ...)
{
    if (c->P->lenient || (c->P->lenient_tests && c->obj->is_test)) {
        c->P->unchecked++;
        return;
    }
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    al_diag_add(&c->P->diags, AL_SEV_ERROR, at->span, "%s", msg);
}

static al_ir *ir_new(al_irop op, const al_node *src, const al_type *t)
{
    al_ir *n = al_alloc(sizeof *n);
    n->op = (uint16_t)op;
    n->src = src;
    n->type = t;
    return n;
}

static al_ir *ir_error(const al_node *src)
{
    return ir_new(IR_CONST, src, &al_type_error);
}

static bool is_error(const al_ir *e) { return e->type->kind == AL_TY_ERROR; }

static char *tname(const al_type *t) { return al_type_name(t); }

static const char *nm(const al_node *n) { return n && n->kind == AST_NAME ? n->as.name.text : "?"; }

static void push(al_ir ***arr, uint32_t *n, al_ir *x)
{
    *arr = al_realloc(*arr, *n * sizeof **arr, (*n + 1) * sizeof **arr);
    (*arr)[(*n)++] = x;
}

/* ================================================================ lookup */

static al_var *find_var(al_var *vars, uint32_t n, const char *name)
{
    for (uint32_t i = 0; i < n; i++)
        if (al_name_eq(vars[i].name, name)) return &vars[i];
    return NULL;
}

static al_proc *find_proc(al_object *o, const char *name)
{
    for (uint32_t i = 0; i < o->nprocs; i++)
        if (!o->procs[i]->is_trigger && al_name_eq(o->procs[i]->name, name)) return o->procs[i];
    return NULL;
}

/* A builtin of [receiver]'s table called [name] accepting [nargs]. */
static const al_builtin *find_builtin(C *c, al_tkind receiver, const char *name, uint32_t nargs, bool *name_found)
{
    *name_found = false;
    for (const al_builtin_lib *const *lib = c->P->libs; lib && *lib; lib++) {
        if ((*lib)->receiver != receiver) continue;
        for (const al_builtin *b = (*lib)->fns; b->name; b++) {
            if (!al_name_eq(b->name, name)) continue;
            *name_found = true;
            uint32_t min = 0, max = 0;
            bool opt = false, star = false;
            for (const char *s = b->sig; *s && *s != ':'; s++) {
                if (*s == '|') { opt = true; continue; }
                if (*s == '&') continue;
                if (*s == '*') { star = true; continue; }
                max++;
                if (!opt) min++;
            }
            if (nargs >= min && (star || nargs <= max)) return b;
        }
    }
    return NULL;
}

/* ============================================================ conversions */

/* Can a value of type [from] be assigned to [to] implicitly? */
static bool al_assignable(const al_type *to, const al_type *from)
{
    if (to->kind == AL_TY_ERROR || from->kind == AL_TY_ERROR) return true;
    if (to->kind == AL_TY_VARIANT || from->kind == AL_TY_VARIANT) return true;
    /* an interface takes a codeunit or an enum that implements it, or an
     * interface that extends it (and a Variant: checked when it runs) */
    if (to->kind == AL_TY_INTERFACE) return al_iface_accepts(to->obj, from, NULL);
    if (from->kind == AL_TY_INTERFACE) return false;
    switch (to->kind) {
    case AL_TY_INTEGER:     /* BigInteger narrows, with an overflow check when it runs */
        return from->kind == AL_TY_INTEGER || from->kind == AL_TY_CHAR || from->kind == AL_TY_OPTION
            || from->kind == AL_TY_BIGINT;
    case AL_TY_BIGINT: return from->kind == AL_TY_BIGINT || from->kind == AL_TY_INTEGER || from->kind == AL_TY_CHAR
                              || from->kind == AL_TY_DURATION;
    case AL_TY_DECIMAL: return al_type_is_number(from);
    case AL_TY_CHAR: return from->kind == AL_TY_CHAR || from->kind == AL_TY_INTEGER || al_type_is_text(from);
    case AL_TY_TEXT: case AL_TY_CODE: return al_type_is_text(from) || from->kind == AL_TY_CHAR;
    case AL_TY_LABEL: return false;
    case AL_TY_OPTION: return from->kind == AL_TY_OPTION || from->kind == AL_TY_INTEGER;
    case AL_TY_ENUM: return from->kind == AL_TY_ENUM && from->obj == to->obj;
    case AL_TY_DURATION: return from->kind == AL_TY_DURATION || from->kind == AL_TY_INTEGER || from->kind == AL_TY_BIGINT;
    case AL_TY_LIST: case AL_TY_DICT: case AL_TY_ARRAY: case AL_TY_CODEUNIT:
        return al_type_equal(to, from);
    case AL_TY_RECORD: return from->kind == AL_TY_RECORD && from->obj == to->obj;
    case AL_TY_GUID: return from->kind == AL_TY_GUID || al_type_is_text(from);
    case AL_TY_OTHER: return from->kind == AL_TY_OTHER;
    default: return to->kind == from->kind;
    }
}

/* [t]'s index in P->vtypes, added when new. */
uint32_t al_resolve_vtype(al_program *P, const al_type *t)
{
    for (uint32_t i = 1; i < P->nvtypes; i++)
        if (P->vtypes[i] == t) return i;
    if (!P->nvtypes) P->nvtypes = 1;
    P->vtypes = al_realloc(P->vtypes, P->nvtypes * sizeof *P->vtypes, (P->nvtypes + 1) * sizeof *P->vtypes);
    P->vtypes[P->nvtypes] = t;
    return P->nvtypes++;
}

/* [e] converted to [to], or an error at [at]. */
static al_ir *coerce(C *c, al_ir *e, const al_type *to, const al_node *at)
{
    if (is_error(e) || to->kind == AL_TY_ERROR) return e;
    if ((to->kind == AL_TY_OTHER) != (e->type->kind == AL_TY_OTHER)) {
        /* e.g. an Enum assigned to the Interface it implements */
        unsupported(c, at, "converting %s to %s is not supported by alrun yet", tname(e->type), tname(to));
        return ir_error(at);
    }
    if (!al_assignable(to, e->type)) {
        err(c, at, "Cannot implicitly convert type '%s' to '%s'", tname(e->type), tname(to));
        return ir_error(at);
    }
    if (to->kind == AL_TY_INTERFACE) {
        /* an interface shares the instance of the one it is assigned
         * from; a codeunit's instance, an enum's codeunit or what a Variant
         * holds is found when it runs (eval.c, f_to_iface) */
        if (e->type->kind == AL_TY_INTERFACE) return e;
        al_ir *x = ir_new(IR_CONVERT, at, to);
        x->a = e;
        if (e->type->kind == AL_TY_VARIANT) x->slot = to->obj->iface_index;
        else al_iface_accepts(to->obj, e->type, &x->slot);
        return x;
    }
    bool same = to->kind == e->type->kind
                && (to->kind != AL_TY_TEXT && to->kind != AL_TY_CODE ? true : to->len == 0 || to->len == e->type->len)
                && to->kind != AL_TY_CODE;
    if (same && to->kind != AL_TY_ARRAY) return e;
    if (to->kind == AL_TY_RECORD) return e;        /* assignment copies the buffer (eval.c) */
    if (to->kind == AL_TY_TEXT && to->len == 0 && al_type_is_text(e->type) && e->type->kind != AL_TY_CODE)
        return e;
    al_ir *x = ir_new(IR_CONVERT, at, to);
    x->a = e;
    if (to->kind == AL_TY_VARIANT && (e->type->kind == AL_TY_OPTION || e->type->kind == AL_TY_ENUM))
        x->slot = al_resolve_vtype(c->P, e->type);    /* the Variant keeps the member names */
    return x;
}

/* ============================================================ expressions */

static al_ir *rx(C *c, const al_node *n);
static al_ir *call_expr(C *c, const al_node *n, const al_node *callee, al_nodes args, bool consumed);

static al_ir *constant(const al_node *src, const al_type *t, al_value v)
{
    al_ir *e = ir_new(IR_CONST, src, t);
    e->value = v;
    return e;
}

/* The record table code runs on (Rec), or its xRec. */
static al_ir *self_record(C *c, const al_node *n, bool x)
{
    al_ir *e = ir_new(IR_SELF, n, &c->obj->self_type);
    e->sub = x;
    return e;
}

/* The implicit record of page code (its Rec global) or of a TableNo
 * codeunit's OnRun (its Rec parameter), or NULL. */
static al_ir *page_rec(C *c, const al_node *n)
{
    const al_page *pg = c->obj->page;
    if (pg && pg->rec_slot >= 0) {
        al_ir *e = ir_new(IR_GLOBAL, n, c->obj->globals[pg->rec_slot].type);
        e->slot = (uint32_t)pg->rec_slot;
        return e;
    }
    if (c->obj->table_no && c->proc == c->obj->on_run && c->proc->nparams >= 1) {
        al_ir *e = ir_new(IR_LOCAL_REF, n, c->proc->params[0].type);
        e->slot = c->proc->params[0].slot;
        return e;
    }
    return NULL;
}

static al_ir *field_of(const al_node *n, al_ir *rec, const al_field *f)
{
    al_ir *e = ir_new(IR_FIELD, n, f->type);
    e->a = rec;
    e->slot = f->index;
    return e;
}

/* A bare name that is a field of an implicit record: a `with` record
 * (innermost first), then table code's Rec. */
static al_ir *implicit_field(C *c, const al_node *n, const char *name)
{
    for (uint32_t i = c->nwith; i-- > 0;) {
        const al_field *f = al_table_field(c->with_recs[i]->type->obj->table, name);
        if (f) return field_of(n, c->with_recs[i], f);
    }
    if (c->obj->table) {
        const al_field *f = al_table_field(c->obj->table, name);
        if (f) return field_of(n, self_record(c, n, false), f);
    }
    al_ir *pr = page_rec(c, n);
    if (pr) {
        const al_field *f = al_table_field(pr->type->obj->table, name);
        if (f) return field_of(n, pr, f);
    }
    return NULL;
}

static al_ir *var_ref(C *c, const al_node *n, const char *name)
{
    al_proc *p = c->proc;
    al_var *v = find_var(p->params, p->nparams, name);
    if (!v) v = find_var(p->locals, p->nlocals, name);
    if (v) {
        al_ir *e = ir_new(v->by_ref ? IR_LOCAL_REF : IR_LOCAL, n, v->type);
        e->slot = v->slot;
        if (v->type->kind == AL_TY_LABEL) return constant(n, &al_type_label, al_textv(AL_TY_LABEL, v->label));
        return e;
    }
    v = find_var(c->obj->globals, c->obj->nglobals, name);
    if (v) {
        if (v->type->kind == AL_TY_LABEL) return constant(n, &al_type_label, al_textv(AL_TY_LABEL, v->label));
        al_ir *e = ir_new(IR_GLOBAL, n, v->type);
        e->slot = v->slot;
        return e;
    }
    al_ir *f = implicit_field(c, n, name);
    if (f) return f;
    if (c->obj->table && (al_name_eq(name, "Rec") || al_name_eq(name, "xRec")))
        return self_record(c, n, al_name_eq(name, "xRec"));
    if (c->obj->page && al_name_eq(name, "CurrPage")) {
        al_ir *e = ir_new(IR_CONST, n, &c->obj->self_type);
        e->sub = 1;                           /* the current instance */
        return e;
    }
    return NULL;
}

/* An object reference Codeunit::X, Database::X ... as its ID. */
static const struct { const char *word; al_objkind kind; } object_scopes[] = {
    {"Codeunit", AL_OBJ_CODEUNIT}, {"Page", AL_OBJ_PAGE}, {"Report", AL_OBJ_REPORT},
    {"Database", AL_OBJ_TABLE}, {"Table", AL_OBJ_TABLE}, {"Query", AL_OBJ_QUERY},
    {"XmlPort", AL_OBJ_XMLPORT}, {"Enum", AL_OBJ_ENUM},
};

static al_ir *enum_value(C *c, const al_node *at, al_object *e, const char *value)
{
    for (uint32_t i = 0; i < e->nvalues; i++)
        if (al_name_eq(e->values[i].name, value))
            return constant(at, &e->self_type, al_ordinal(AL_TY_ENUM, e->values[i].ordinal));
    err(c, at, "Enum \"%s\" has no value '%s'", e->name, value);
    return ir_error(at);
}

static al_ir *option_value(C *c, const al_node *at, const al_type *t, const char *value)
{
    for (uint32_t i = 0; i < t->nmembers; i++)
        if (al_name_eq(t->members[i], value)) return constant(at, t, al_ordinal(AL_TY_OPTION, (int32_t)i));
    err(c, at, "the option has no member '%s'", value);
    return ir_error(at);
}

static al_ir *scope_expr(C *c, const al_node *n)
{
    const al_node *lhs = n->as.pair.lhs, *rhs = n->as.pair.rhs;
    const char *member = nm(rhs);
    /* Enum::"X" alone: the enum type, for Enum::"X".FromInteger(n) */
    if (al_ast_name_is(lhs, "Enum") && !lhs->op) {
        al_object *e = al_program_find(c->P, AL_OBJ_ENUM, member);
        if (!e) { unsupported(c, rhs, "Enum \"%s\" is not defined", member); return ir_error(n); }
        return constant(n, &e->self_type, al_ordinal(AL_TY_ENUM, e->nvalues ? e->values[0].ordinal : 0));
    }
    /* Enum::"X"::Value */
    if (lhs->kind == AST_SCOPE && al_ast_name_is(lhs->as.pair.lhs, "Enum")) {
        al_object *e = al_program_find(c->P, AL_OBJ_ENUM, nm(lhs->as.pair.rhs));
        if (!e) { unsupported(c, lhs->as.pair.rhs, "Enum \"%s\" is not defined", nm(lhs->as.pair.rhs)); return ir_error(n); }
        return enum_value(c, n, e, member);
    }
    if (lhs->kind == AST_NAME) {
        /* Codeunit::X → the object's ID */
        if (!lhs->op)
            for (size_t i = 0; i < sizeof object_scopes / sizeof object_scopes[0]; i++)
                if (al_name_eq(lhs->as.name.text, object_scopes[i].word) && object_scopes[i].kind != AL_OBJ_ENUM) {
                    al_object *o = al_program_find(c->P, object_scopes[i].kind, member);
                    if (!o) {
                        unsupported(c, rhs, "%s \"%s\" is not defined", object_scopes[i].word, member);
                        return ir_error(n);
                    }
                    return constant(n, &al_type_integer, al_int((int32_t)o->id));
                }
        /* "Sales Document Type"::Order, unless a variable of that name exists */
        if (!var_ref(c, lhs, lhs->as.name.text)) {
            al_object *e = al_program_find(c->P, AL_OBJ_ENUM, lhs->as.name.text);
            if (e) return enum_value(c, n, e, member);
        }
    }
    al_ir *l = rx(c, lhs);
    if (is_error(l)) return l;
    if (l->type->kind == AL_TY_OPTION) return option_value(c, n, l->type, member);
    if (l->type->kind == AL_TY_ENUM) return enum_value(c, n, l->type->obj, member);
    if (l->type->kind == AL_TY_OTHER) {        /* e.g. a field whose Enum comes from a dependency */
        unsupported(c, lhs, "'::' on %s is not supported by alrun yet", tname(l->type));
        return ir_error(n);
    }
    err(c, lhs, "'::' needs an Option, an Enum or an object type before it, not %s", tname(l->type));
    return ir_error(n);
}

/* The operand kind both sides of an arithmetic operator are brought to. */
static al_tkind numeric_kind(const al_type *a, const al_type *b)
{
    if (a->kind == AL_TY_DECIMAL || b->kind == AL_TY_DECIMAL) return AL_TY_DECIMAL;
    if (a->kind == AL_TY_BIGINT || b->kind == AL_TY_BIGINT) return AL_TY_BIGINT;
    return AL_TY_INTEGER;
}

static const al_type *type_of_kind(al_tkind k)
{
    switch (k) {
    case AL_TY_DECIMAL: return &al_type_decimal;
    case AL_TY_BIGINT: return &al_type_bigint;
    case AL_TY_BOOLEAN: return &al_type_boolean;
    case AL_TY_TEXT: return &al_type_text;
    case AL_TY_CODE: return &al_type_code;
    case AL_TY_DATE: return &al_type_date;
    case AL_TY_TIME: return &al_type_time;
    case AL_TY_DATETIME: return &al_type_datetime;
    case AL_TY_DURATION: return &al_type_duration;
    default: return &al_type_integer;
    }
}

static al_ir *to_kind(C *c, al_ir *e, al_tkind k)
{
    if (e->type->kind == k) return e;
    return coerce(c, e, type_of_kind(k), e->src);
}

/* Types that compare with each other, and the kind they compare as. */
static bool comparable(const al_type *a, const al_type *b, al_tkind *kind)
{
    if (al_type_is_number(a) && al_type_is_number(b)) { *kind = numeric_kind(a, b); return true; }
    bool ta = al_type_is_text(a) || a->kind == AL_TY_CHAR, tb = al_type_is_text(b) || b->kind == AL_TY_CHAR;
    if (ta && tb && (al_type_is_text(a) || al_type_is_text(b))) { *kind = AL_TY_TEXT; return true; }
    if (a->kind == AL_TY_OPTION && (b->kind == AL_TY_OPTION || b->kind == AL_TY_INTEGER)) { *kind = AL_TY_INTEGER; return true; }
    if (b->kind == AL_TY_OPTION && a->kind == AL_TY_INTEGER) { *kind = AL_TY_INTEGER; return true; }
    if (a->kind == AL_TY_ENUM && b->kind == AL_TY_ENUM && a->obj == b->obj) { *kind = AL_TY_ENUM; return true; }
    if (a->kind == b->kind && (a->kind == AL_TY_BOOLEAN || a->kind == AL_TY_DATE || a->kind == AL_TY_TIME
                               || a->kind == AL_TY_DATETIME || a->kind == AL_TY_DURATION || a->kind == AL_TY_GUID
                               || a->kind == AL_TY_RECORDID)) {
        *kind = a->kind;
        return true;
    }
    if (a->kind == AL_TY_DATEFORMULA && b->kind == AL_TY_DATEFORMULA) {
        *kind = AL_TY_DATEFORMULA;            /* = and <> only (binary refuses the others) */
        return true;
    }
    if ((a->kind == AL_TY_DURATION && (b->kind == AL_TY_INTEGER || b->kind == AL_TY_BIGINT))
        || (b->kind == AL_TY_DURATION && (a->kind == AL_TY_INTEGER || a->kind == AL_TY_BIGINT))) {
        *kind = AL_TY_BIGINT;                 /* a Duration is a number of milliseconds */
        return true;
    }
    if (a->kind == AL_TY_VARIANT || b->kind == AL_TY_VARIANT) { *kind = AL_TY_VARIANT; return true; }
    return false;
}

static al_ir *binary(C *c, const al_node *n, al_op op, al_ir *a, al_ir *b)
{
    if (is_error(a) || is_error(b)) return ir_error(n);
    const al_type *ta = a->type, *tb = b->type;
    al_ir *e = ir_new(IR_BINARY, n, &al_type_error);
    e->sub = (uint16_t)op;
    switch (op) {
    case AL_OP_AND: case AL_OP_OR: case AL_OP_XOR:
        if (ta->kind != AL_TY_BOOLEAN || tb->kind != AL_TY_BOOLEAN) break;
        e->kind = AL_TY_BOOLEAN;
        e->type = &al_type_boolean;
        e->a = a; e->b = b;
        return e;
    case AL_OP_EQ: case AL_OP_NE: case AL_OP_LT: case AL_OP_LE: case AL_OP_GT: case AL_OP_GE: {
        al_tkind k;
        if (!comparable(ta, tb, &k)) break;
        if (k == AL_TY_DATEFORMULA && op != AL_OP_EQ && op != AL_OP_NE) break;   /* formulas have no order */
        e->kind = k;
        e->type = &al_type_boolean;
        if (k == AL_TY_TEXT) {
            /* Code compares with Code as stored (upper case); Char as a one-character text */
            e->a = ta->kind == AL_TY_CHAR ? coerce(c, a, &al_type_text, a->src) : a;
            e->b = tb->kind == AL_TY_CHAR ? coerce(c, b, &al_type_text, b->src) : b;
        } else if (k == AL_TY_INTEGER || k == AL_TY_BIGINT || k == AL_TY_DECIMAL) {
            e->a = ta->kind == AL_TY_OPTION || ta->kind == AL_TY_DURATION ? a : to_kind(c, a, k);
            e->b = tb->kind == AL_TY_OPTION || tb->kind == AL_TY_DURATION ? b : to_kind(c, b, k);
        } else {
            e->a = a; e->b = b;
        }
        return e;
    }
    case AL_OP_ADD: case AL_OP_SUB: case AL_OP_MUL: case AL_OP_DIVIDE: case AL_OP_DIV: case AL_OP_MOD:
        /* an Option takes part in arithmetic as its ordinal (Step := Step + 1) */
        if (ta->kind == AL_TY_OPTION && (al_type_is_number(tb) || tb->kind == AL_TY_OPTION)) {
            a = coerce(c, a, &al_type_integer, a->src);
            ta = a->type;
        }
        if (tb->kind == AL_TY_OPTION && al_type_is_number(ta)) {
            b = coerce(c, b, &al_type_integer, b->src);
            tb = b->type;
        }
        if (al_type_is_number(ta) && al_type_is_number(tb)) {
            al_tkind k = op == AL_OP_DIVIDE ? AL_TY_DECIMAL : numeric_kind(ta, tb);
            e->kind = k;
            e->type = type_of_kind(k);
            e->a = to_kind(c, a, k);
            e->b = to_kind(c, b, k);
            if (op == AL_OP_DIV && k == AL_TY_DECIMAL) {
                /* div always gives a whole number: Decimal operands give an Integer */
                al_ir *x = ir_new(IR_CONVERT, n, &al_type_integer);
                x->a = e;
                return x;
            }
            return e;
        }
        if (op == AL_OP_ADD && (al_type_is_text(ta) || al_type_is_text(tb))
            && (al_type_is_text(ta) || ta->kind == AL_TY_CHAR) && (al_type_is_text(tb) || tb->kind == AL_TY_CHAR)) {
            bool code = ta->kind == AL_TY_CODE && tb->kind == AL_TY_CODE;
            e->kind = AL_TY_TEXT;
            e->type = code ? &al_type_code : &al_type_text;
            e->a = ta->kind == AL_TY_CHAR ? coerce(c, a, &al_type_text, a->src) : a;
            e->b = tb->kind == AL_TY_CHAR ? coerce(c, b, &al_type_text, b->src) : b;
            return e;
        }
        /* dates and times: Date ± Integer, Date − Date, Time ± Integer, Time − Time,
         * DateTime − DateTime, DateTime ± Duration */
        if ((op == AL_OP_ADD || op == AL_OP_SUB)
            && (ta->kind == AL_TY_DATE || ta->kind == AL_TY_TIME || ta->kind == AL_TY_DATETIME || ta->kind == AL_TY_DURATION)) {
            e->a = a;
            e->kind = ta->kind;
            if (op == AL_OP_SUB && tb->kind == ta->kind) {
                e->b = b;
                /* Date − Date and Time − Time are Integers (days, ms); DateTime −
                 * DateTime and Duration − Duration are Durations */
                e->type = ta->kind == AL_TY_DATE || ta->kind == AL_TY_TIME ? &al_type_integer : &al_type_duration;
                return e;
            }
            if (tb->kind == AL_TY_INTEGER || tb->kind == AL_TY_BIGINT || tb->kind == AL_TY_DURATION || tb->kind == AL_TY_CHAR) {
                e->b = to_kind(c, b, ta->kind == AL_TY_DATE ? AL_TY_INTEGER : AL_TY_BIGINT);
                if (tb->kind == AL_TY_DURATION) e->b = b;
                e->type = ta;
                if (ta->kind == AL_TY_DATE) e->type = &al_type_date;
                return e;
            }
        }
        break;
    case AL_OP_IN:
        break;
    default:
        break;
    }
    if (ta->kind == AL_TY_OTHER || tb->kind == AL_TY_OTHER)
        unsupported(c, n, "operator '%s' on %s and %s is not supported by alrun yet", al_ast_op_name(op), tname(ta), tname(tb));
    else
        err(c, n, "operator '%s' cannot be applied to %s and %s", al_ast_op_name(op), tname(ta), tname(tb));
    return ir_error(n);
}

/* x in [a, b..c]: one test per item; a range is a BINARY with op NONE. */
static al_ir *in_expr(C *c, const al_node *n)
{
    al_ir *l = rx(c, n->as.bin.lhs);
    const al_node *set = n->as.bin.rhs;
    if (set->kind != AST_LIST) {
        err(c, set, "'in' needs a list such as [1, 5..9] after it");
        return ir_error(n);
    }
    al_ir *e = ir_new(IR_IN, n, &al_type_boolean);
    e->a = l;
    for (uint32_t i = 0; i < set->as.list.items.count; i++) {
        const al_node *it = set->as.list.items.items[i];
        al_ir *item;
        if (it->kind == AST_RANGE) {
            al_ir *lo = binary(c, it, AL_OP_LE, rx(c, it->as.pair.lhs), l);
            al_ir *hi = binary(c, it, AL_OP_LE, l, rx(c, it->as.pair.rhs));
            item = ir_new(IR_BINARY, it, &al_type_boolean);
            item->sub = AL_OP_NONE;        /* range: lo <= x and x <= hi */
            item->a = lo;
            item->b = hi;
        } else {
            item = binary(c, it, AL_OP_EQ, l, rx(c, it));
        }
        push(&e->args, &e->nargs, item);
    }
    return e;
}

/* Iface is "I" / Iface as "I": whether the codeunit behind an interface
 * implements another one, and the same instance as that one. */
static al_ir *is_as(C *c, const al_node *n)
{
    bool as = n->kind == AST_AS;
    al_ir *a = rx(c, n->as.pair.lhs);
    if (is_error(a)) return a;
    if (a->type->kind != AL_TY_INTERFACE) {
        unsupported(c, n, "'%s' on %s is not supported by alrun yet", as ? "as" : "is", tname(a->type));
        return ir_error(n);
    }
    const al_node *tn = n->as.pair.rhs;
    while (tn->kind == AST_MEMBER) tn = tn->as.pair.rhs;     /* Namespace.Interface */
    al_object *target = tn->kind == AST_NAME ? al_program_find(c->P, AL_OBJ_INTERFACE, tn->as.name.text) : NULL;
    if (!target) {
        unsupported(c, n->as.pair.rhs, "Interface \"%s\" is not defined", nm(tn));
        return ir_error(n);
    }
    al_ir *e = ir_new(as ? IR_AS : IR_IS, n, as ? &target->self_type : &al_type_boolean);
    e->a = a;
    e->slot = target->iface_index;
    return e;
}

static bool is_lvalue(const al_ir *e)
{
    return e->op == IR_LOCAL || e->op == IR_LOCAL_REF || e->op == IR_GLOBAL || e->op == IR_SELF
        || (e->op == IR_INDEX && e->a->type->kind == AL_TY_ARRAY && is_lvalue(e->a))
        || (e->op == IR_FIELD && is_lvalue(e->a))
        || (e->op == IR_INDEX && al_type_is_text(e->a->type) && e->a->type->kind != AL_TY_LABEL && is_lvalue(e->a));
}

static al_ir *index_expr(C *c, const al_node *n)
{
    al_ir *base = rx(c, n->as.call.callee);
    if (is_error(base)) return base;
    al_ir *e = ir_new(IR_INDEX, n, &al_type_error);
    e->a = base;
    for (uint32_t i = 0; i < n->as.call.args.count; i++)
        push(&e->args, &e->nargs, coerce(c, rx(c, n->as.call.args.items[i]), &al_type_integer, n->as.call.args.items[i]));
    if (base->type->kind == AL_TY_ARRAY) {
        if (e->nargs != base->type->ndims) {
            err(c, n, "this array has %u dimension%s, not %u", base->type->ndims, base->type->ndims == 1 ? "" : "s", e->nargs);
            return ir_error(n);
        }
        e->type = base->type->elem;
        return e;
    }
    if (al_type_is_text(base->type)) {
        if (e->nargs != 1) { err(c, n, "a text takes one index"); return ir_error(n); }
        e->type = &al_type_char;
        return e;
    }
    err(c, n, "%s cannot be indexed", tname(base->type));
    return ir_error(n);
}

static al_ir *rx(C *c, const al_node *n)
{
    switch ((al_ast_kind)n->kind) {
    case AST_INT:
        if (n->as.ival.value > 2147483647)
            return constant(n, &al_type_decimal, al_convert_decimal_literal(n->as.ival.value));
        return constant(n, &al_type_integer, al_int((int32_t)n->as.ival.value));
    case AST_BIGINT: return constant(n, &al_type_bigint, al_bigint(n->as.ival.value));
    case AST_DECIMAL: {
        al_value v;
        if (!al_convert_literal(AL_TY_DECIMAL, n->as.lit.text, &v)) { err(c, n, "invalid decimal literal"); return ir_error(n); }
        return constant(n, &al_type_decimal, v);
    }
    case AST_DATE: case AST_TIME: case AST_DATETIME: {
        al_tkind k = n->kind == AST_DATE ? AL_TY_DATE : n->kind == AST_TIME ? AL_TY_TIME : AL_TY_DATETIME;
        al_value v;
        if (!al_convert_literal(k, n->as.lit.text, &v)) {
            err(c, n, "invalid %s literal", k == AL_TY_DATE ? "date" : k == AL_TY_TIME ? "time" : "datetime");
            return ir_error(n);
        }
        return constant(n, type_of_kind(k), v);
    }
    case AST_TEXT: return constant(n, &al_type_text, al_textv(AL_TY_TEXT, al_text_new(n->as.lit.text, n->as.lit.len)));
    case AST_BOOL: return constant(n, &al_type_boolean, al_bool(n->as.bval.value));
    case AST_NAME: {
        al_ir *v = var_ref(c, n, n->as.name.text);
        if (v) return v;
        if (al_ast_name_is(n, "this")) {
            al_ir *e = ir_new(IR_CONST, n, &c->obj->self_type);
            e->sub = 1;                       /* the current instance */
            return e;
        }
        return call_expr(c, n, n, (al_nodes){0}, true);
    }
    case AST_MEMBER: {
        /* this.Variable: a global of the current object */
        const al_node *l = n->as.pair.lhs;
        if (al_ast_name_is(l, "this") && !l->op && !var_ref(c, l, "this")) {
            al_var *v = find_var(c->obj->globals, c->obj->nglobals, nm(n->as.pair.rhs));
            if (v && v->type->kind != AL_TY_LABEL) {
                al_ir *e = ir_new(IR_GLOBAL, n, v->type);
                e->slot = v->slot;
                return e;
            }
        }
        /* a method called without parentheses, e.g. List.Count */
        return call_expr(c, n, n, (al_nodes){0}, true);
    }
    case AST_SCOPE: return scope_expr(c, n);
    case AST_CALL: return call_expr(c, n, n->as.call.callee, n->as.call.args, true);
    case AST_INDEX: return index_expr(c, n);
    case AST_UNARY: {
        al_ir *a = rx(c, n->as.bin.lhs);
        if (is_error(a)) return a;
        al_ir *e = ir_new(IR_UNARY, n, a->type);
        e->sub = n->op;
        if (n->op == AL_OP_NOT) {
            if (a->type->kind != AL_TY_BOOLEAN) { err(c, n, "'not' needs a Boolean, not %s", tname(a->type)); return ir_error(n); }
        } else if (al_type_is_number(a->type)) {
            if (a->type->kind == AL_TY_CHAR) a = to_kind(c, a, AL_TY_INTEGER);
            e->type = a->type;
        } else if (a->type->kind != AL_TY_DURATION) {
            err(c, n, "unary '%s' needs a number, not %s", n->op == AL_OP_NEG ? "-" : "+", tname(a->type));
            return ir_error(n);
        }
        e->kind = a->type->kind;
        e->a = a;
        return e;
    }
    case AST_BINARY:
        if (n->op == AL_OP_IN) return in_expr(c, n);
        return binary(c, n, (al_op)n->op, rx(c, n->as.bin.lhs), rx(c, n->as.bin.rhs));
    case AST_TERNARY: {
        al_ir *cond = coerce(c, rx(c, n->as.cond.cond), &al_type_boolean, n->as.cond.cond);
        al_ir *a = rx(c, n->as.cond.then_), *b = rx(c, n->as.cond.else_);
        if (is_error(a) || is_error(b)) return ir_error(n);
        al_ir *e = ir_new(IR_TERNARY, n, a->type);
        if (al_type_is_number(a->type) && al_type_is_number(b->type)) {
            al_tkind k = numeric_kind(a->type, b->type);
            a = to_kind(c, a, k);
            b = to_kind(c, b, k);
            e->type = type_of_kind(k);
        } else if (al_type_is_text(a->type) && al_type_is_text(b->type)) {
            e->type = &al_type_text;
        } else if (!al_type_equal(a->type, b->type)) {
            err(c, n, "both sides of '?:' must have one type (%s and %s)", tname(a->type), tname(b->type));
            return ir_error(n);
        }
        e->a = cond; e->b = a; e->c = b;
        return e;
    }
    case AST_LIST:
        err(c, n, "a list literal is only allowed after 'in'");
        return ir_error(n);
    case AST_IS: case AST_AS: return is_as(c, n);
    default:
        unsupported(c, n, "this expression is not supported by alrun yet");
        return ir_error(n);
    }
}

/* ------------------------------------------------------------------ calls */

/* A field argument of a record method: "No." or Rec."No." names a field
 * of the receiver's table (it is not evaluated). */
static const al_field *field_arg(C *c, const al_node *an, const al_type *recv, const char *method)
{
    const al_node *nm = an;
    if (an->kind == AST_MEMBER) nm = an->as.pair.rhs;
    const al_field *f = recv && recv->kind == AL_TY_RECORD && nm->kind == AST_NAME
                        ? al_table_field(recv->obj->table, nm->as.name.text) : NULL;
    if (!f) err(c, an, "%s: '%s' is not a field of Table \"%s\"", method,
                nm->kind == AST_NAME ? nm->as.name.text : "?", recv && recv->obj ? recv->obj->name : "?");
    return f;
}

/* Types a JsonValue can be made from, and the JSON types themselves. */
static bool json_arg(const al_type *t)
{
    switch (t->kind) {
    case AL_TY_BOOLEAN: case AL_TY_INTEGER: case AL_TY_BIGINT: case AL_TY_DECIMAL: case AL_TY_CHAR:
    case AL_TY_TEXT: case AL_TY_CODE: case AL_TY_LABEL: case AL_TY_DATE: case AL_TY_TIME: case AL_TY_DATETIME:
    case AL_TY_DURATION: case AL_TY_OPTION: case AL_TY_ENUM: case AL_TY_VARIANT: case AL_TY_ERROR:
        return true;
    default:
        return al_type_is_json(t);
    }
}

/* Checks and converts builtin arguments against the signature; [recv] is
 * the receiver's type (for e/k/L letters, and a record's fields). */
static bool builtin_args(C *c, const al_node *at, const al_builtin *b, const al_type *recv, al_nodes args, al_ir *e)
{
    const char *s = b->sig;
    char prev = 0;
    bool prev_ref = false;
    const al_field *last_field = NULL;      /* for 'F': a value of the field just named */
    uint32_t pk = 0;                        /* for 'P': the next primary key field */
    for (uint32_t i = 0; i < args.count; i++) {
        while (*s == '|') s++;
        bool ref = false;
        char letter;
        if (*s == ':' || *s == 0) { letter = prev; ref = prev_ref; }     /* '*' repetition */
        else {
            if (*s == '&') { ref = true; s++; }
            letter = *s++;
            if (*s == '*') s++;
        }
        prev = letter;
        prev_ref = ref;
        const al_node *an = args.items[i];
        if (letter == 'f') {
            if (!(last_field = field_arg(c, an, recv, b->name))) return false;
            push(&e->args, &e->nargs, constant(an, &al_type_integer, al_int((int32_t)last_field->index)));
            continue;
        }
        al_ir *a = rx(c, an);
        if (is_error(a)) return false;
        const al_type *want = NULL;
        switch (letter) {
        case 'F': want = last_field ? last_field->type : NULL; break;
        case 'P': {
            const al_key *k = &recv->obj->table->keys[0];
            if (pk >= k->nfields) {
                err(c, an, "%s: Table \"%s\" has %u primary key field%s", b->name, recv->obj->name, k->nfields,
                    k->nfields == 1 ? "" : "s");
                return false;
            }
            want = recv->obj->table->fields[k->fields[pk++]].type;
            break;
        }
        case 'R': case 'r':
            if (a->type->kind == AL_TY_OTHER) break;    /* reported as unsupported below */
            if (a->type->kind != AL_TY_RECORD || (letter == 'R' && a->type->obj != recv->obj)) {
                err(c, an, "%s: argument %u must be %s, not %s", b->name, i + 1,
                    letter == 'R' ? tname(recv) : "a Record", tname(a->type));
                return false;
            }
            break;
        case 'y':                                         /* a Record, or one in a Variant */
            if (a->type->kind != AL_TY_RECORD && a->type->kind != AL_TY_VARIANT && a->type->kind != AL_TY_OTHER) {
                err(c, an, "%s: argument %u must be a Record, not %s", b->name, i + 1, tname(a->type));
                return false;
            }
            break;
        case 'j':                                         /* what a JSON value can hold (JsonObject.Add ...) */
            if (!json_arg(a->type)) {
                err(c, an, "%s: argument %u must be a JSON type or a simple value, not %s", b->name, i + 1, tname(a->type));
                return false;
            }
            break;
        case 'O': want = &al_type_jsonobject; break;
        case 'B': want = &al_type_jsonarray; break;
        case 'X': want = &al_type_jsontoken; break;
        case 'v': want = &al_type_jsonvalue; break;
        case 'i': want = &al_type_integer; break;
        case 'l': want = &al_type_bigint; break;
        case 'd': want = &al_type_decimal; break;
        case 'b': want = &al_type_boolean; break;
        case 'c': want = &al_type_char; break;
        case 'D': want = &al_type_date; break;
        case 'T': want = &al_type_time; break;
        case 'C': want = &al_type_datetime; break;
        case 'U': want = &al_type_duration; break;
        case 'g': want = &al_type_guid; break;
        case 'q':                                         /* a date formula: DateFormula or text */
            if (a->type->kind == AL_TY_DATEFORMULA) break;
            /* fall through */
        case 't':
            if (!ref && (al_type_is_text(a->type) || a->type->kind == AL_TY_CHAR)) {
                if (a->type->kind == AL_TY_CHAR) a = coerce(c, a, &al_type_text, an);
                break;
            }
            if (!ref) want = &al_type_text;
            else if (!al_type_is_text(a->type)) want = &al_type_text;
            break;
        case 'n':
            if (!al_type_is_number(a->type)) { err(c, an, "%s: argument %u must be a number, not %s", b->name, i + 1, tname(a->type)); return false; }
            break;
        case 'e': want = recv ? recv->elem : NULL; break;
        case 'k': want = recv ? recv->key : NULL; break;
        case 'w': case 'm': case 'o': {                   /* the system enums of LogMessage */
            al_object *se = al_program_find(c->P, AL_OBJ_ENUM,
                                            letter == 'w' ? "Verbosity" : letter == 'm' ? "DataClassification"
                                                                                        : "TelemetryScope");
            want = se ? &se->self_type : NULL;
            break;
        }
        case 'Y': {                                       /* Dictionary of [Text, Text] */
            static const al_type text_dict = {.kind = AL_TY_DICT, .key = &al_type_text, .elem = &al_type_text};
            want = &text_dict;
            break;
        }
        default: break;                                   /* 'a': anything */
        }
        if (a->type->kind == AL_TY_OTHER && letter != 'a') {
            unsupported(c, an, "%s: an argument of type %s is not supported by alrun yet", b->name, tname(a->type));
            return false;
        }
        if (ref) {
            if (!is_lvalue(a)) { err(c, an, "%s: argument %u must be a variable (it is passed by var)", b->name, i + 1); return false; }
            if (want && !al_assignable(want, a->type)) {
                err(c, an, "%s: argument %u must be %s, not %s", b->name, i + 1, tname(want), tname(a->type));
                return false;
            }
            al_ir *r = ir_new(IR_CONST, an, a->type);    /* marks "pass a reference" */
            r->sub = 2;
            r->a = a;
            a = r;
        } else if (want) {
            if (!al_assignable(want, a->type)) {
                err(c, an, "%s: argument %u must be %s, not %s", b->name, i + 1, tname(want), tname(a->type));
                return false;
            }
            a = coerce(c, a, want, an);
        }
        push(&e->args, &e->nargs, a);
    }
    return true;
}

/* The result type of builtin [b] on receiver [recv]. */
static const al_type *builtin_result(const al_builtin *b, const al_type *recv, al_ir *e)
{
    const char *r = strchr(b->sig, ':');
    if (!r) return &al_type_none;
    switch (r[1]) {
    case 'i': return &al_type_integer;
    case 'l': return &al_type_bigint;
    case 'd': return &al_type_decimal;
    case 'b': return &al_type_boolean;
    case 't': return &al_type_text;
    case 'c': return &al_type_char;
    case 'D': return &al_type_date;
    case 'T': return &al_type_time;
    case 'C': return &al_type_datetime;
    case 'U': return &al_type_duration;
    case 'g': return &al_type_guid;
    case 'I': return &al_type_recordid;
    case 'W': return &al_type_variant;
    case 'Q': return &al_type_recordref;
    case 'H': return &al_type_fieldref;
    case 'J': return &al_type_keyref;
    case 'O': return &al_type_jsonobject;
    case 'B': return &al_type_jsonarray;
    case 'X': return &al_type_jsontoken;
    case 'v': return &al_type_jsonvalue;
    case 'M': {                                                       /* List of [JsonToken] */
        static const al_type tokens = {.kind = AL_TY_LIST, .elem = &al_type_jsontoken};
        return &tokens;
    }
    case 'G':                                                         /* the type of the field named first */
        if (recv && recv->kind == AL_TY_RECORD && e->nargs && e->args[0]->op == IR_CONST)
            return recv->obj->table->fields[e->args[0]->value.u.i].type;
        return &al_type_variant;
    case 'Y': {                                                       /* Dictionary of [Text, Text] */
        static const al_type text_dict = {.kind = AL_TY_DICT, .key = &al_type_text, .elem = &al_type_text};
        return &text_dict;
    }
    case 'e': return recv && recv->elem ? recv->elem : &al_type_variant;
    case 'k': return recv && recv->key ? recv->key : &al_type_variant;
    case 'a': return e->nargs ? e->args[0]->type : &al_type_variant;   /* same type as the first argument */
    case 'L': case 'K': case 'V': {
        al_type *t = al_alloc(sizeof *t);
        t->kind = AL_TY_LIST;
        t->elem = r[1] == 'K' ? recv->key : recv->elem;
        return t;
    }
    case 'x': return recv ? recv : &al_type_variant;                  /* the receiver's own type */
    case 'S': case 'N': {                                             /* List of [Text] / [Integer] */
        al_type *t = al_alloc(sizeof *t);
        t->kind = AL_TY_LIST;
        t->elem = r[1] == 'S' ? &al_type_text : &al_type_integer;
        return t;
    }
    default: return &al_type_none;
    }
}

static al_ir *make_builtin_call(C *c, const al_node *n, const al_builtin *b, al_ir *recv, al_nodes args, bool consumed)
{
    al_ir *e = ir_new(IR_BUILTIN, n, &al_type_none);
    e->builtin = b;
    e->a = recv;
    e->consumed = consumed;
    if (!builtin_args(c, n, b, recv ? recv->type : NULL, args, e)) return ir_error(n);
    e->type = builtin_result(b, recv ? recv->type : NULL, e);
    const char *r = strchr(b->sig, ':');
    if (r && (r[1] == 'A' || r[1] == 'Z' || r[1] == 'z')) { /* a platform option type: Action (RunModal) ... */
        al_object *action = al_program_find(c->P, AL_OBJ_ENUM, r[1] == 'A' ? "Action" : r[1] == 'Z' ? "FieldType" : "FieldClass");
        if (action) e->type = &action->self_type;
    }
    return e;
}

static al_ir *proc_call(C *c, const al_node *n, al_proc *p, al_ir *target, al_nodes args, bool consumed)
{
    if (args.count != p->nparams) {
        err(c, n, "'%s' takes %u argument%s, not %u", p->name, p->nparams, p->nparams == 1 ? "" : "s", args.count);
        return ir_error(n);
    }
    al_ir *e = ir_new(IR_CALL, n, p->ret);
    e->proc = p;
    e->a = target;
    e->consumed = consumed;
    if (p->try_function) e->type = consumed ? &al_type_boolean : p->ret;
    for (uint32_t i = 0; i < args.count; i++) {
        al_ir *a = rx(c, args.items[i]);
        if (is_error(a)) return ir_error(n);
        if (p->params[i].by_ref) {
            if (!is_lvalue(a)) { err(c, args.items[i], "argument %u of '%s' must be a variable (var parameter)", i + 1, p->name); return ir_error(n); }
            if (!al_assignable(p->params[i].type, a->type) || !al_assignable(a->type, p->params[i].type)) {
                err(c, args.items[i], "argument %u of '%s' must be %s, not %s", i + 1, p->name,
                    tname(p->params[i].type), tname(a->type));
                return ir_error(n);
            }
            al_ir *r = ir_new(IR_CONST, args.items[i], a->type);
            r->sub = 2;                   /* pass a reference */
            r->a = a;
            a = r;
        } else {
            a = coerce(c, a, p->params[i].type, args.items[i]);
        }
        push(&e->args, &e->nargs, a);
    }
    return e;
}

/* Names that stand for a group of global functions: System.Time() is
 * Time(), Codeunit.Run(...) is the builtin "Codeunit.Run". */
static bool is_namespace(const char *s)
{
    static const char *const ns[] = {"System", "Codeunit", "Session", "Page", "Report", "Database",
                                     "Enum", "TaskScheduler", NULL};
    for (const char *const *p = ns; *p; p++)
        if (al_name_eq(s, *p)) return true;
    return false;
}

/* ------------------------------------------------------------ TestPage */

/* [n] when it names a TestPage variable (no diagnostics), else NULL. */
static al_ir *testpage_var(C *c, const al_node *n)
{
    if (n->kind != AST_NAME) return NULL;
    al_ir *v = var_ref(c, n, n->as.name.text);
    return v && v->type->kind == AL_TY_TESTPAGE ? v : NULL;
}

static al_ir *testpage_expr(C *c, const al_node *n);

/* TP.PartName (no diagnostics): the part's own TestPage, a builtin
 * "$Part" of the host with the part control in [control]; else NULL. */
static al_ir *testpage_part(C *c, const al_node *n)
{
    if (n->kind != AST_MEMBER) return NULL;
    al_ir *host = testpage_expr(c, n->as.pair.lhs);
    if (!host) return NULL;
    al_control *ctl = al_page_control(host->type->obj->page->layout, nm(n->as.pair.rhs));
    if (!ctl || ctl->kind != AL_CTL_PART || !ctl->part_page || !ctl->part_page->page) return NULL;
    bool found;
    al_type *t = al_alloc(sizeof *t);
    t->kind = AL_TY_TESTPAGE;
    t->obj = ctl->part_page;
    al_ir *e = ir_new(IR_BUILTIN, n, t);
    e->builtin = find_builtin(c, AL_TY_TESTPAGE, "$Part", 0, &found);
    e->a = host;
    e->control = ctl;
    return e->builtin ? e : NULL;
}

/* A TestPage: a variable, or a part of one (Card.Lines). */
static al_ir *testpage_expr(C *c, const al_node *n)
{
    return n->kind == AST_NAME ? testpage_var(c, n) : testpage_part(c, n);
}

/* The system actions a TestPage has besides the page's own (OK, Cancel,
 * Yes, No, Edit, View): a control of kind AL_CTL_OTHER named after it. */
static al_control *system_action(const char *name)
{
    static const char *const names[] = {"OK", "Cancel", "Yes", "No", "Edit", "View", NULL};
    for (const char *const *s = names; *s; s++)
        if (al_name_eq(name, *s)) {
            al_control *ctl = al_alloc(sizeof *ctl);
            ctl->kind = AL_CTL_OTHER;
            ctl->name = ctl->caption = *s;
            ctl->visible = true;
            return ctl;
        }
    return NULL;
}

/* TestPage calls the generic method lookup cannot compile:
 *   TP.Control.Method(...)  a field's or an action's method: a builtin of
 *                           the TestPage named "Field.Method" or
 *                           "Action.Method", with the control (found now,
 *                           so an unknown control is a compile error) in
 *                           the call's [control]; TP.OK().Invoke() and the
 *                           other system actions: "SysAction.Method";
 *   TP.Filter.SetFilter(Field, Filter), TP.Filter.GetFilter(Field): the
 *                           field of the source table, by name, as its index;
 *   TP.GoToKey(values...)   the values converted to the primary key's types;
 *   TP.FindFirstField(Control, Value) (and Next, Previous): the control;
 *   TP.Part.Method(...)     a method of a part's TestPage.
 * NULL when [callee] is none of them. */
static al_ir *testpage_call(C *c, const al_node *n, const al_node *callee, al_nodes args, bool consumed)
{
    const al_node *obj = callee->as.pair.lhs;
    const char *method = nm(callee->as.pair.rhs);
    bool found;
    if (n == callee) {
        al_ir *part = testpage_part(c, callee);
        if (part) return part;
    }
    al_ir *tp = testpage_expr(c, obj);
    if (tp && al_name_eq(method, "GoToKey")) {
        const al_page *pg = tp->type->obj->page;
        const al_table *t = pg->source_table ? pg->source_table->table : NULL;
        if (!t) { err(c, callee->as.pair.rhs, "GoToKey: Page \"%s\" has no source table", tp->type->obj->name); return ir_error(n); }
        const al_key *pk = &t->keys[0];
        if (args.count < 1 || args.count > pk->nfields) {
            err(c, n, "GoToKey: Table \"%s\" has %u primary key field%s", pg->source_table->name, pk->nfields,
                pk->nfields == 1 ? "" : "s");
            return ir_error(n);
        }
        al_ir *e = ir_new(IR_BUILTIN, n, &al_type_boolean);
        e->builtin = find_builtin(c, AL_TY_TESTPAGE, "GoToKey", 1, &found);
        e->a = tp;
        e->consumed = consumed;
        for (uint32_t i = 0; i < args.count; i++) {
            al_ir *a = rx(c, args.items[i]);
            if (is_error(a)) return a;
            push(&e->args, &e->nargs, coerce(c, a, t->fields[pk->fields[i]].type, args.items[i]));
        }
        return e->builtin ? e : ir_error(n);
    }
    if (tp && (al_name_eq(method, "FindFirstField") || al_name_eq(method, "FindNextField")
               || al_name_eq(method, "FindPreviousField"))) {
        if (args.count != 2) { err(c, n, "'%s' of a TestPage takes 2 arguments", method); return ir_error(n); }
        const al_node *cn = args.items[0];
        if (cn->kind == AST_MEMBER && testpage_expr(c, cn->as.pair.lhs)) cn = cn->as.pair.rhs;   /* TP.Control */
        al_control *ctl = nm(cn) ? al_page_control(tp->type->obj->page->layout, nm(cn)) : NULL;
        if (!ctl || ctl->kind != AL_CTL_FIELD) {
            err(c, args.items[0], "TestPage \"%s\" has no field '%s'", tp->type->obj->name, nm(cn) ? nm(cn) : "?");
            return ir_error(n);
        }
        const al_builtin *b = find_builtin(c, AL_TY_TESTPAGE, method, 1, &found);
        al_ir *e = make_builtin_call(c, n, b, tp, (al_nodes){.items = args.items + 1, .count = 1}, consumed);
        if (!is_error(e)) e->control = ctl;
        return e;
    }
    if (tp && obj->kind != AST_NAME) {
        /* a part's TestPage: Card.Lines.First() */
        const al_builtin *b = find_builtin(c, AL_TY_TESTPAGE, method, args.count, &found);
        if (b && method[0] != '$' && !strchr(b->name, '.')) return make_builtin_call(c, n, b, tp, args, consumed);
    }
    if (tp) return NULL;
    /* TP.OK().Invoke(): the system action written as a call */
    if (obj->kind == AST_CALL && obj->as.call.args.count == 0 && obj->as.call.callee->kind == AST_MEMBER)
        obj = obj->as.call.callee;
    if (obj->kind != AST_MEMBER || !(tp = testpage_expr(c, obj->as.pair.lhs))) return NULL;
    const al_page *pg = tp->type->obj->page;
    const char *cname = nm(obj->as.pair.rhs);
    if (!cname) return NULL;
    al_control *ctl = al_page_control(pg->layout, cname);
    const char *kind = "Field";
    if (!ctl || ctl->kind != AL_CTL_FIELD) {
        al_control *act = al_page_control(pg->actions, cname);
        al_control *sys = NULL;
        if (act && act->kind == AL_CTL_ACTION) ctl = act, kind = "Action";
        else if (ctl && ctl->kind == AL_CTL_PART) {
            err(c, callee->as.pair.rhs, "the part '%s' of TestPage \"%s\" has no field or action '%s'", cname,
                tp->type->obj->name, method);
            return ir_error(n);
        } else if (!ctl && (sys = system_action(cname))) ctl = sys, kind = "SysAction";
        else if (!ctl && al_name_eq(cname, "Filter")) {
            /* TP.Filter.SetFilter(Field, Filter) / GetFilter(Field) */
            bool set = al_name_eq(method, "SetFilter");
            if (!set && !al_name_eq(method, "GetFilter")) {
                err(c, callee->as.pair.rhs, "a TestPage filter has no method '%s'", method);
                return ir_error(n);
            }
            if (args.count != (set ? 2u : 1u)) {
                err(c, n, "'%s' of a TestPage filter takes %u argument%s", method, set ? 2u : 1u, set ? "s" : "");
                return ir_error(n);
            }
            const al_table *t = pg->source_table ? pg->source_table->table : NULL;
            const char *fname = nm(args.items[0]);
            const al_field *f = t && fname ? al_table_field(t, fname) : NULL;
            if (!f) {
                if (!t) err(c, args.items[0], "Page \"%s\" has no source table", tp->type->obj->name);
                else err(c, args.items[0], "Table \"%s\" has no field '%s'", pg->source_table->name, fname ? fname : "?");
                return ir_error(n);
            }
            al_ir *e = ir_new(IR_BUILTIN, n, set ? &al_type_none : &al_type_text);
            e->builtin = find_builtin(c, AL_TY_TESTPAGE, set ? "Filter.SetFilter" : "Filter.GetFilter", set ? 2 : 1, &found);
            e->a = tp;
            push(&e->args, &e->nargs, constant(args.items[0], &al_type_integer, al_int((int32_t)f->index)));
            if (set) {
                al_ir *v = rx(c, args.items[1]);
                if (is_error(v)) return v;
                if (!al_type_is_text(v->type) && v->type->kind != AL_TY_CHAR) {
                    err(c, args.items[1], "Cannot implicitly convert type '%s' to 'Text'", tname(v->type));
                    return ir_error(n);
                }
                push(&e->args, &e->nargs, v);
            }
            return e->builtin ? e : ir_error(n);
        } else {
            err(c, obj->as.pair.rhs, "TestPage \"%s\" has no field or action '%s'", tp->type->obj->name, cname);
            return ir_error(n);
        }
    }
    const char *what = kind[0] == 'F' ? "field" : "action";
    const al_builtin *b = find_builtin(c, AL_TY_TESTPAGE, al_sprintf("%s.%s", kind, method), args.count, &found);
    if (!b) {
        if (found) err(c, callee->as.pair.rhs, "'%s' of a TestPage %s does not take %u argument%s", method,
                       what, args.count, args.count == 1 ? "" : "s");
        else err(c, callee->as.pair.rhs, "a TestPage %s has no method or property '%s'", what, method);
        return ir_error(n);
    }
    al_ir *e = make_builtin_call(c, n, b, tp, args, consumed);
    if (!is_error(e)) e->control = ctl;
    return e;
}

static al_ir *call_expr(C *c, const al_node *n, const al_node *callee, al_nodes args, bool consumed)
{
    bool found;
    if (callee->kind == AST_NAME) {
        const char *name = callee->as.name.text;
        al_proc *p = find_proc(c->obj, name);
        if (p) return proc_call(c, n, p, NULL, args, consumed);
        /* a method of an implicit record: a `with` record's, then Rec's */
        for (uint32_t i = c->nwith + 1; i-- > 0;) {
            al_ir *r = i < c->nwith ? c->with_recs[i] : c->obj->table ? self_record(c, callee, false) : page_rec(c, callee);
            if (!r) continue;
            if (i < c->nwith && (p = find_proc(r->type->obj, name)))
                return proc_call(c, n, p, r, args, consumed);
            const al_builtin *rb = find_builtin(c, AL_TY_RECORD, name, args.count, &found);
            if (rb) return make_builtin_call(c, n, rb, r, args, consumed);
        }
        const al_builtin *b = find_builtin(c, AL_TY_NONE, name, args.count, &found);
        if (b) return make_builtin_call(c, n, b, NULL, args, consumed);
        if (found) err(c, n, "'%s' does not take %u argument%s", name, args.count, args.count == 1 ? "" : "s");
        else unsupported(c, callee, "The name '%s' does not exist in the current context", name);   /* lenient: maybe a BC function alrun lacks */
        return ir_error(n);
    }
    if (callee->kind == AST_MEMBER) {
        al_ir *tpc = testpage_call(c, n, callee, args, consumed);
        if (tpc) return tpc;
        const al_node *obj = callee->as.pair.lhs;
        const char *method = nm(callee->as.pair.rhs);
        if (obj->kind == AST_NAME && !obj->op && is_namespace(obj->as.name.text) && !var_ref(c, obj, obj->as.name.text)) {
            const char *full = al_name_eq(obj->as.name.text, "System") ? method
                               : al_sprintf("%s.%s", obj->as.name.text, method);
            const al_builtin *b = find_builtin(c, AL_TY_NONE, full, args.count, &found);
            if (b) return make_builtin_call(c, n, b, NULL, args, consumed);
            unsupported(c, callee, "'%s.%s' is not supported%s", obj->as.name.text, method,
                found ? " with these arguments" : "");
            return ir_error(n);
        }
        al_ir *recv = rx(c, obj);
        if (is_error(recv)) return recv;
        const al_type *rt = recv->type;
        if (rt->kind == AL_TY_RECORD) {
            const al_field *f = n == callee ? al_table_field(rt->obj->table, method) : NULL;
            if (f) return field_of(n, recv, f);
            al_proc *p = find_proc(rt->obj, method);
            if (p) {
                if (p->is_local && rt->obj != c->obj) {
                    err(c, callee->as.pair.rhs, "'%s' is local to Table \"%s\"", method, rt->obj->name);
                    return ir_error(n);
                }
                return proc_call(c, n, p, recv, args, consumed);
            }
        }
        if (rt->kind == AL_TY_PAGE) {
            al_proc *p = find_proc(rt->obj, method);
            if (p) {
                if (p->is_local && rt->obj != c->obj) {
                    err(c, callee->as.pair.rhs, "'%s' is local to Page \"%s\"", method, rt->obj->name);
                    return ir_error(n);
                }
                return proc_call(c, n, p, recv, args, consumed);
            }
            /* CurrPage.Lines.Page: a part control's page */
            if (n == callee && al_name_eq(method, "Page")) return recv;
            al_control *ctl = n == callee ? al_page_control(rt->obj->page->layout, method) : NULL;
            if (ctl && ctl->kind == AL_CTL_PART && ctl->part_page && ctl->part_page->page) {
                const al_builtin *pb = find_builtin(c, AL_TY_PAGE, "$Part", 1, &found);
                al_ir *e = ir_new(IR_BUILTIN, n, &ctl->part_page->self_type);
                e->builtin = pb;
                e->a = recv;
                push(&e->args, &e->nargs, constant(n, &al_type_text, al_textv(AL_TY_TEXT, al_text_cstr(ctl->name))));
                return e;
            }
            if (ctl) {
                unsupported(c, callee->as.pair.rhs, "the control '%s' (a %s) cannot be used by alrun yet", method,
                            ctl->kind == AL_CTL_PART ? "part" : "user control");
                return ir_error(n);
            }
        }
        if (rt->kind == AL_TY_CODEUNIT) {
            al_proc *p = find_proc(rt->obj, method);
            const al_builtin *cb = p ? NULL : find_builtin(c, AL_TY_CODEUNIT, method, args.count, &found);
            if (cb) return make_builtin_call(c, n, cb, recv, args, consumed);
            if (!p && rt->obj->builtin) {
                /* one of alrun's test libraries (stdlib/testlib) lacks it: what alrun cannot run yet */
                unsupported(c, callee->as.pair.rhs, "alrun's built-in Codeunit \"%s\" has no procedure '%s' yet",
                            rt->obj->name, method);
                return ir_error(n);
            }
            if (!p) { err(c, callee->as.pair.rhs, "Codeunit \"%s\" has no procedure '%s'", rt->obj->name, method); return ir_error(n); }
            if (p->is_local && rt->obj != c->obj) {
                err(c, callee->as.pair.rhs, "'%s' is local to Codeunit \"%s\"", method, rt->obj->name);
                return ir_error(n);
            }
            return proc_call(c, n, p, recv, args, consumed);
        }
        if (rt->kind == AL_TY_INTERFACE) {
            /* bound to the method's index: each implementing codeunit has
             * its procedure at that index (iface.c) */
            const al_object *io = rt->obj;
            uint32_t k = io->nimethods;
            bool named = false;
            for (uint32_t i = 0; i < io->nimethods && k == io->nimethods; i++)
                if (al_name_eq(io->imethods[i]->name, method)) {
                    named = true;
                    if (io->imethods[i]->nparams == args.count) k = i;
                }
            if (k == io->nimethods) {
                if (named) err(c, callee->as.pair.rhs, "'%s' of Interface \"%s\" does not take %u argument%s", method,
                               io->name, args.count, args.count == 1 ? "" : "s");
                else err(c, callee->as.pair.rhs, "Interface \"%s\" has no method '%s'", io->name, method);
                return ir_error(n);
            }
            al_ir *e = proc_call(c, n, io->imethods[k], recv, args, consumed);
            if (is_error(e)) return e;
            e->op = IR_ICALL;
            e->slot = k;
            return e;
        }
        al_tkind rk = al_type_is_text(rt) ? AL_TY_TEXT : rt->kind;
        const al_builtin *b = find_builtin(c, rk, method, args.count, &found);
        if (b) return make_builtin_call(c, n, b, recv, args, consumed);
        if (rt->kind == AL_TY_OTHER || (rt->kind == AL_TY_VARIANT && !found) || (rt->kind == AL_TY_RECORD && !found))
            unsupported(c, callee, "%s.%s is not supported by alrun yet", tname(rt), method);
        else if (found) err(c, callee->as.pair.rhs, "'%s' of %s does not take %u argument%s", method, tname(rt), args.count, args.count == 1 ? "" : "s");
        else err(c, callee->as.pair.rhs, "%s has no method or property '%s'", tname(rt), method);
        return ir_error(n);
    }
    al_ir *x = rx(c, callee);
    if (!is_error(x)) err(c, callee, "this cannot be called");
    return ir_error(n);
}

/* ============================================================ statements */

static al_ir *rs(C *c, const al_node *n);

static al_ir *block_of(C *c, const al_node *src, al_nodes stmts)
{
    al_ir *b = ir_new(IR_BLOCK, src, &al_type_none);
    for (uint32_t i = 0; i < stmts.count; i++) push(&b->args, &b->nargs, rs(c, stmts.items[i]));
    return b;
}

static al_ir *stmt_or_empty(C *c, const al_node *src, const al_node *s)
{
    return s ? rs(c, s) : ir_new(IR_BLOCK, src, &al_type_none);
}

static al_ir *assign_stmt(C *c, const al_node *n)
{
    const al_node *tn = n->as.assign.target;
    if (tn->kind == AST_NAME && !var_ref(c, tn, tn->as.name.text)) {
        /* only a variable can be assigned: an unknown name here is an error
         * even when checking leniently (unless a `with` may supply it) */
        if (c->withs) unsupported(c, tn, "fields of a `with` record are not supported by alrun yet");
        else err(c, tn, "The name '%s' does not exist in the current context", tn->as.name.text);
        return ir_error(n);
    }
    if (tn->kind == AST_MEMBER && n->op == AL_OP_ASSIGN && tn->as.pair.lhs->kind == AST_MEMBER
        && testpage_expr(c, tn->as.pair.lhs->as.pair.lhs)) {
        /* TP.Field.Value := X is Value(X) */
        al_node *arg = (al_node *)n->as.assign.value;
        al_ir *call = testpage_call(c, n, tn, (al_nodes){.items = &arg, .count = 1}, false);
        if (is_error(call)) return call;
        al_ir *s = ir_new(IR_EXPR, n, &al_type_none);
        s->a = call;
        return s;
    }
    if (tn->kind == AST_MEMBER && n->op == AL_OP_ASSIGN) {
        /* Notification.Scope := X is the property's setter: Scope(X) */
        al_ir *probe = rx(c, tn->as.pair.lhs);
        if (is_error(probe)) return ir_error(n);
        if (probe->type->kind != AL_TY_RECORD && probe->type->kind != AL_TY_OTHER) {
            bool found;
            al_tkind rk = al_type_is_text(probe->type) ? AL_TY_TEXT : probe->type->kind;
            const al_builtin *b = find_builtin(c, rk, nm(tn->as.pair.rhs), 1, &found);
            if (b) {
                al_node *arg = (al_node *)n->as.assign.value;
                al_ir *call = make_builtin_call(c, n, b, probe, (al_nodes){.items = &arg, .count = 1}, false);
                if (is_error(call)) return call;
                al_ir *s = ir_new(IR_EXPR, n, &al_type_none);
                s->a = call;
                return s;
            }
        }
    }
    al_ir *t = rx(c, n->as.assign.target);
    al_ir *v = rx(c, n->as.assign.value);
    if (is_error(t) || is_error(v)) return ir_error(n);
    if (!is_lvalue(t)) { err(c, n->as.assign.target, "cannot assign to this expression"); return ir_error(n); }
    al_ir *e = ir_new(IR_ASSIGN, n, &al_type_none);
    e->a = t;
    if (n->op != AL_OP_ASSIGN) {
        al_op op = n->op == AL_OP_ADD_ASSIGN ? AL_OP_ADD : n->op == AL_OP_SUB_ASSIGN ? AL_OP_SUB
                 : n->op == AL_OP_MUL_ASSIGN ? AL_OP_MUL : AL_OP_DIVIDE;
        v = binary(c, n, op, t, v);
        if (is_error(v)) return v;
    }
    e->b = coerce(c, v, t->type, n->as.assign.value);
    return e;
}

static al_ir *rs(C *c, const al_node *n)
{
    switch ((al_ast_kind)n->kind) {
    case AST_BLOCK: return block_of(c, n, n->as.list.items);
    case AST_ASSIGN: return assign_stmt(c, n);
    case AST_EXPR_STMT: {
        const al_node *x = n->as.expr_stmt.expr;
        al_ir *e;
        if (x->kind == AST_CALL) e = call_expr(c, x, x->as.call.callee, x->as.call.args, false);
        else if (x->kind == AST_NAME || x->kind == AST_MEMBER) {
            al_ir *v = x->kind == AST_NAME ? var_ref(c, x, x->as.name.text) : NULL;
            if (v) { err(c, x, "'%s' is a variable, not a statement", x->as.name.text); return ir_error(n); }
            e = call_expr(c, x, x, (al_nodes){0}, false);
        } else {
            err(c, x, "this expression is not a statement");
            return ir_error(n);
        }
        al_ir *s = ir_new(IR_EXPR, n, &al_type_none);
        s->a = e;
        return s;
    }
    case AST_IF: {
        al_ir *s = ir_new(IR_IF, n, &al_type_none);
        s->a = coerce(c, rx(c, n->as.cond.cond), &al_type_boolean, n->as.cond.cond);
        s->b = stmt_or_empty(c, n, n->as.cond.then_);
        s->c = n->as.cond.else_ ? rs(c, n->as.cond.else_) : NULL;
        return s;
    }
    case AST_WHILE: case AST_WITH: {
        al_ir *s = ir_new(n->kind == AST_WHILE ? IR_WHILE : IR_WITH, n, &al_type_none);
        if (n->kind == AST_WHILE) {
            s->a = coerce(c, rx(c, n->as.loop.cond), &al_type_boolean, n->as.loop.cond);
            c->loops++;
        } else {
            s->a = rx(c, n->as.loop.cond);
            if (s->a->type->kind == AL_TY_RECORD) push(&c->with_recs, &c->nwith, s->a);
            else c->withs++;
        }
        s->b = stmt_or_empty(c, n, n->as.loop.body);
        if (n->kind == AST_WHILE) c->loops--;
        else if (s->a->type->kind == AL_TY_RECORD) c->nwith--;
        else c->withs--;
        return s;
    }
    case AST_REPEAT: {
        al_ir *s = ir_new(IR_REPEAT, n, &al_type_none);
        c->loops++;
        al_ir *body = block_of(c, n, n->as.repeat.body);
        c->loops--;
        s->args = body->args;
        s->nargs = body->nargs;
        s->a = coerce(c, rx(c, n->as.repeat.cond), &al_type_boolean, n->as.repeat.cond);
        return s;
    }
    case AST_FOR: {
        al_ir *s = ir_new(IR_FOR, n, &al_type_none);
        al_ir *v = rx(c, n->as.for_.var);
        if (is_error(v)) return v;
        if (!is_lvalue(v) || !(v->type->kind == AL_TY_INTEGER || v->type->kind == AL_TY_BIGINT
                               || v->type->kind == AL_TY_CHAR || v->type->kind == AL_TY_DATE
                               || v->type->kind == AL_TY_OPTION || v->type->kind == AL_TY_DECIMAL)) {
            err(c, n->as.for_.var, "the control variable of 'for' must be an ordinal variable, not %s", tname(v->type));
            return ir_error(n);
        }
        s->sub = n->op;
        s->a = v;
        const al_type *bt = v->type->kind == AL_TY_OPTION ? &al_type_integer : v->type;
        s->b = coerce(c, rx(c, n->as.for_.from), bt, n->as.for_.from);
        s->c = coerce(c, rx(c, n->as.for_.to), bt, n->as.for_.to);
        c->loops++;
        s->d = stmt_or_empty(c, n, n->as.for_.body);
        c->loops--;
        return s;
    }
    case AST_FOREACH: {
        al_ir *s = ir_new(IR_FOREACH, n, &al_type_none);
        al_ir *v = rx(c, n->as.foreach.var);
        al_ir *coll = rx(c, n->as.foreach.coll);
        if (is_error(v) || is_error(coll)) return ir_error(n);
        const al_type *elem = NULL;
        if (coll->type->kind == AL_TY_LIST) elem = coll->type->elem;
        else if (al_type_is_text(coll->type)) elem = &al_type_char;
        else if (coll->type->kind == AL_TY_JSONARRAY) elem = &al_type_jsontoken;
        else if (coll->type->kind == AL_TY_OTHER) {
            unsupported(c, n->as.foreach.coll, "foreach over %s is not supported by alrun yet", tname(coll->type));
            return ir_error(n);
        } else { err(c, n->as.foreach.coll, "foreach needs a List, a JsonArray or a Text, not %s", tname(coll->type)); return ir_error(n); }
        if (!is_lvalue(v) || !al_assignable(v->type, elem)) {
            err(c, n->as.foreach.var, "the foreach variable must be a variable of type %s", tname(elem));
            return ir_error(n);
        }
        s->a = v;
        s->b = coll;
        c->loops++;
        s->d = stmt_or_empty(c, n, n->as.foreach.body);
        c->loops--;
        return s;
    }
    case AST_CASE: {
        al_ir *s = ir_new(IR_CASE, n, &al_type_none);
        al_ir *subj = rx(c, n->as.case_.subject);
        if (is_error(subj)) return subj;
        /* a hidden local slot keeps the subject, evaluated once */
        s->a = subj;
        s->slot = c->proc->nslots++;
        for (uint32_t i = 0; i < n->as.case_.branches.count; i++) {
            const al_node *br = n->as.case_.branches.items[i];
            al_ir *test = ir_new(IR_IN, br, &al_type_boolean);
            al_ir *ph = ir_new(IR_LOCAL, br, subj->type);    /* the subject's slot */
            ph->slot = s->slot;
            test->a = ph;
            for (uint32_t k = 0; k < br->as.branch.values.count; k++) {
                const al_node *v = br->as.branch.values.items[k];
                al_ir *item;
                if (v->kind == AST_RANGE) {
                    item = ir_new(IR_BINARY, v, &al_type_boolean);
                    item->sub = AL_OP_NONE;
                    item->a = binary(c, v, AL_OP_LE, rx(c, v->as.pair.lhs), ph);
                    item->b = binary(c, v, AL_OP_LE, ph, rx(c, v->as.pair.rhs));
                } else {
                    item = binary(c, v, AL_OP_EQ, ph, rx(c, v));
                }
                push(&test->args, &test->nargs, item);
            }
            al_ir *arm = ir_new(IR_BLOCK, br, &al_type_none);
            push(&arm->args, &arm->nargs, test);
            push(&arm->args, &arm->nargs, stmt_or_empty(c, br, br->as.branch.body));
            push(&s->args, &s->nargs, arm);
        }
        s->c = n->op ? block_of(c, n, n->as.case_.else_) : NULL;
        return s;
    }
    case AST_EXIT: {
        al_ir *s = ir_new(IR_EXIT, n, &al_type_none);
        const al_node *v = n->as.expr_stmt.expr;
        if (c->proc->ret_slot >= 0) {
            s->sub = 1;
            s->slot = (uint32_t)c->proc->ret_slot;
        }
        if (v) {
            if (c->proc->ret->kind == AL_TY_NONE) {
                err(c, v, "exit cannot return a value here: '%s' has no return type", c->proc->name);
                return ir_error(n);
            }
            s->a = coerce(c, rx(c, v), c->proc->ret, v);
        }
        return s;
    }
    case AST_BREAK:
        if (!c->loops) err(c, n, "'break' is only allowed inside a loop");
        return ir_new(IR_BREAK, n, &al_type_none);
    case AST_CONTINUE: {
        al_proc *p = find_proc(c->obj, "continue");
        if (p) {                        /* BC still calls a procedure named Continue */
            al_ir *s = ir_new(IR_EXPR, n, &al_type_none);
            s->a = proc_call(c, n, p, NULL, (al_nodes){0}, false);
            return s;
        }
        if (!c->loops) err(c, n, "'continue' is only allowed inside a loop");
        return ir_new(IR_CONTINUE, n, &al_type_none);
    }
    case AST_ASSERTERROR: {
        al_ir *s = ir_new(IR_ASSERTERROR, n, &al_type_none);
        s->a = stmt_or_empty(c, n, n->as.expr_stmt.expr);
        return s;
    }
    default:
        unsupported(c, n, "this statement is not supported by alrun yet");
        return ir_error(n);
    }
}

al_ir *al_resolve_expr(al_program *P, al_object *obj, const al_node *n, al_proc **proc)
{
    al_proc *p = al_alloc(sizeof *p);
    p->name = "(control)";
    p->ast = NULL;
    p->owner = p->declared_in = obj;
    p->ret = &al_type_none;
    p->ret_slot = -1;
    C c = {.P = P, .obj = obj, .proc = p};
    al_ir *e = rx(&c, n);
    al_exec_link(e);
    *proc = p;
    return e;
}

void al_resolve_body(al_program *P, al_object *obj, al_proc *proc)
{
    C c = {.P = P, .obj = obj, .proc = proc};
    proc->body = rs(&c, proc->ast->as.routine.body);
    al_exec_link(proc->body);
    al_exec_frame_init(proc);
}
