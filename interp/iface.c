/* interp/iface.c — interfaces, linked once at load.
 *
 * An interface's methods are numbered (those of the interfaces it extends
 * first); each codeunit that implements it gets a table of its procedures
 * in that order, so a call through an interface is an index into the table
 * of the instance's codeunit, never a lookup by name (eval.c, call_iface).
 * Enums that implement interfaces get the codeunit of each value.  Runs
 * between resolve.c's signature pass and the compilation of bodies.
 */
#include "interp/program.h"
#include "interp/resolve_impl.h"
#include "grammar/mem.h"

#include <string.h>

/* The last name of a possibly qualified name (Namespace.Object). */
static const al_node *last_name(const al_node *n)
{
    while (n && n->kind == AST_MEMBER) n = n->as.pair.rhs;
    return n;
}

/* The object [n] names (by name, or a codeunit by ID); a diagnostic, or in
 * a lenient check a count, when there is none: it may come from a
 * dependency. */
static al_object *named(al_program *P, const al_node *n, al_objkind kind, const char *word)
{
    n = last_name(n);
    al_object *o = NULL;
    const char *name = "?";
    if (n && n->kind == AST_NAME) {
        name = n->as.name.text;
        o = al_program_find(P, kind, name);
    } else if (n && n->kind == AST_INT) {
        name = al_sprintf("%lld", (long long)n->as.ival.value);
        o = al_program_find_id(P, kind, n->as.ival.value);
    }
    if (!o) {
        if (P->lenient) P->unchecked++;
        else al_diag_error(&P->diags, n ? n->span : (al_span){0}, "%s \"%s\" is not defined", word, name);
    }
    return o;
}

static bool has(al_object *const *list, uint32_t n, const al_object *o)
{
    for (uint32_t i = 0; i < n; i++)
        if (list[i] == o) return true;
    return false;
}

/* ============================================================ signatures */

/* Types in a signature match exactly: Text[30] is not Text[50]. */
static bool same_type(const al_type *a, const al_type *b)
{
    if (!al_type_equal(a, b)) return false;
    return (a->kind != AL_TY_TEXT && a->kind != AL_TY_CODE) || a->len == b->len;
}

static bool same_signature(const al_proc *a, const al_proc *b)
{
    if (a->nparams != b->nparams || !same_type(a->ret, b->ret)) return false;
    for (uint32_t i = 0; i < a->nparams; i++)
        if (a->params[i].by_ref != b->params[i].by_ref || !same_type(a->params[i].type, b->params[i].type))
            return false;
    return true;
}

/* ============================================================ interfaces */

enum { FRESH, BUSY, DONE };

static void add_method(al_object *o, al_proc *m)
{
    for (uint32_t i = 0; i < o->nimethods; i++)     /* inherited twice (A extends B, C; both extend D) */
        if (al_name_eq(o->imethods[i]->name, m->name) && same_signature(o->imethods[i], m)) return;
    o->imethods = al_realloc(o->imethods, o->nimethods * sizeof *o->imethods, (o->nimethods + 1) * sizeof *o->imethods);
    o->imethods[o->nimethods++] = m;
}

static void add_base(al_object *o, al_object *b)
{
    if (b == o || has(o->bases, o->nbases, b)) return;
    o->bases = al_realloc(o->bases, o->nbases * sizeof *o->bases, (o->nbases + 1) * sizeof *o->bases);
    o->bases[o->nbases++] = b;
}

/* The methods and bases of interface [o], after those of the interfaces it
 * extends; [state] (by iface_index) finds an interface that extends itself. */
static void methods_of(al_program *P, al_object *o, uint8_t *state)
{
    if (state[o->iface_index] == DONE) return;
    if (state[o->iface_index] == BUSY) {
        const al_node *at = o->ast->as.object.name ? o->ast->as.object.name : o->ast;
        al_diag_error(&P->diags, at->span, "Interface \"%s\" extends itself", o->name);
        return;
    }
    state[o->iface_index] = BUSY;
    al_nodes ext = o->ast->as.object.extends;
    for (uint32_t i = 0; i < ext.count; i++) {
        al_object *b = named(P, ext.items[i], AL_OBJ_INTERFACE, "Interface");
        if (!b) continue;
        methods_of(P, b, state);
        add_base(o, b);
        for (uint32_t k = 0; k < b->nbases; k++) add_base(o, b->bases[k]);
        for (uint32_t k = 0; k < b->nimethods; k++) add_method(o, b->imethods[k]);
    }
    for (uint32_t i = 0; i < o->nprocs; i++) add_method(o, o->procs[i]);
    state[o->iface_index] = DONE;
}

/* ============================================================= codeunits */

/* [cu]'s table for [iface] (and for every interface it extends): its
 * procedure for each method, matched by name and exact signature.  [at] is
 * the `implements` entry that asked, where problems are reported. */
static void implement(al_program *P, al_object *cu, const al_object *iface, const al_node *at)
{
    if (!cu->vtables) cu->vtables = al_alloc(sizeof *cu->vtables * (P->ninterfaces + 1));
    if (cu->vtables[iface->iface_index]) return;
    al_proc **vt = al_alloc(sizeof *vt * (iface->nimethods + 1));
    cu->vtables[iface->iface_index] = vt;
    for (uint32_t i = 0; i < iface->nimethods; i++) {
        const al_proc *m = iface->imethods[i];
        al_proc *named_so = NULL;
        for (uint32_t k = 0; k < cu->nprocs && !vt[i]; k++) {
            al_proc *p = cu->procs[k];
            if (p->is_trigger || !al_name_eq(p->name, m->name)) continue;
            named_so = p;
            if (same_signature(p, m)) vt[i] = p;
        }
        if (!vt[i] && named_so)
            al_diag_error(&P->diags, at->span,
                          "Codeunit \"%s\" does not implement '%s' of Interface \"%s\": the parameters or the return type differ",
                          cu->name, m->name, iface->name);
        else if (!vt[i])
            al_diag_error(&P->diags, at->span, "Codeunit \"%s\" does not implement '%s' of Interface \"%s\"",
                          cu->name, m->name, iface->name);
        else if (vt[i]->is_local)
            al_diag_error(&P->diags, vt[i]->ast->as.routine.name->span,
                          "'%s' implements a method of Interface \"%s\": it cannot be local", m->name, iface->name);
    }
    /* the interfaces it extends: their methods are among its own (by name
     * and signature), so their tables come from its table, without
     * reporting a missing method twice */
    for (uint32_t k = 0; k < iface->nbases; k++) {
        const al_object *b = iface->bases[k];
        if (cu->vtables[b->iface_index]) continue;
        al_proc **bt = al_alloc(sizeof *bt * (b->nimethods + 1));
        for (uint32_t i = 0; i < b->nimethods; i++)
            for (uint32_t j = 0; j < iface->nimethods; j++)
                if (al_name_eq(b->imethods[i]->name, iface->imethods[j]->name)
                    && same_signature(b->imethods[i], iface->imethods[j])) {
                    bt[i] = vt[j];
                    break;
                }
        cu->vtables[b->iface_index] = bt;
    }
}

/* ================================================================= enums */

/* The codeunit that property [prop] (Implementation, DefaultImplementation,
 * UnknownValueImplementation = I = "Codeunit", J = ...) among [members]
 * gives [iface], or NULL. */
static const al_node *impl_for(al_nodes members, const char *prop, const al_object *iface)
{
    for (uint32_t i = 0; i < members.count; i++) {
        const al_node *m = members.items[i];
        if (m->kind != AST_PROPERTY || !al_ast_name_is(m->as.property.name, prop)) continue;
        al_nodes vs = m->as.property.values;
        for (uint32_t k = 0; k < vs.count; k++) {
            const al_node *v = vs.items[k];
            if (v->kind != AST_BINARY || v->op != AL_OP_EQ) continue;
            const al_node *l = last_name(v->as.bin.lhs);
            if (l && l->kind == AST_NAME && al_name_eq(l->as.name.text, iface->name)) return v->as.bin.rhs;
        }
    }
    return NULL;
}

/* The codeunit [n] names, which must implement [iface]. */
static al_object *impl_codeunit(al_program *P, const al_node *n, al_object *iface)
{
    al_object *cu = named(P, n, AL_OBJ_CODEUNIT, "Codeunit");
    if (cu && !(cu->vtables && cu->vtables[iface->iface_index])) {
        al_diag_error(&P->diags, n->span, "Codeunit \"%s\" does not implement Interface \"%s\"", cu->name, iface->name);
        return NULL;
    }
    return cu;
}

/* The codeunits of enum [e]'s values for each interface it implements
 * (its own values and those enum extensions add). */
static void enum_impls(al_program *P, al_object *e)
{
    al_nodes imps = e->ast->as.object.implements;
    al_nodes ms = e->ast->as.object.members;
    for (uint32_t i = 0; i < imps.count; i++) {
        al_object *iface = named(P, imps.items[i], AL_OBJ_INTERFACE, "Interface");
        if (!iface) continue;
        al_enum_impl im = {iface, al_alloc(sizeof(al_object *) * (e->nvalues + 1)), NULL};
        const al_node *def = impl_for(ms, "DefaultImplementation", iface);
        const al_node *unknown = impl_for(ms, "UnknownValueImplementation", iface);
        if (unknown) im.unknown = impl_codeunit(P, unknown, iface);
        al_object *def_cu = def ? impl_codeunit(P, def, iface) : NULL;
        for (uint32_t k = 0; k < e->nvalues; k++) {
            const al_node *d = e->values[k].decl;
            const al_node *n = d ? impl_for(d->as.element.members, "Implementation", iface) : NULL;
            if (n) im.by_value[k] = impl_codeunit(P, n, iface);
            else if (def) im.by_value[k] = def_cu;
            else if (d)
                al_diag_error(&P->diags, d->span,
                              "the value '%s' of Enum \"%s\" needs an implementation of Interface \"%s\" "
                              "(Implementation, or the enum's DefaultImplementation)",
                              e->values[k].name, e->name, iface->name);
        }
        e->impls = al_realloc(e->impls, e->nimpls * sizeof *e->impls, (e->nimpls + 1) * sizeof *e->impls);
        e->impls[e->nimpls++] = im;
    }
}

/* ================================================================= link */

void al_iface_link(al_program *P)
{
    for (uint32_t i = 0; i < P->nobjects; i++)
        if (P->objects[i]->kind == AL_OBJ_INTERFACE) P->objects[i]->iface_index = P->ninterfaces++;
    uint8_t *state = al_alloc_atomic(P->ninterfaces + 1);
    memset(state, FRESH, P->ninterfaces + 1);
    for (uint32_t i = 0; i < P->nobjects; i++)
        if (P->objects[i]->kind == AL_OBJ_INTERFACE) methods_of(P, P->objects[i], state);
    for (uint32_t i = 0; i < P->nobjects; i++) {
        al_object *o = P->objects[i];
        if (o->kind != AL_OBJ_CODEUNIT) continue;
        al_nodes imps = o->ast->as.object.implements;
        for (uint32_t k = 0; k < imps.count; k++) {
            al_object *iface = named(P, imps.items[k], AL_OBJ_INTERFACE, "Interface");
            if (iface) implement(P, o, iface, imps.items[k]);
        }
    }
    for (uint32_t i = 0; i < P->nobjects; i++)
        if (P->objects[i]->kind == AL_OBJ_ENUM && P->objects[i]->ast) enum_impls(P, P->objects[i]);
}

bool al_iface_accepts(const al_object *iface, const al_type *from, uint32_t *impl)
{
    switch (from->kind) {
    case AL_TY_INTERFACE:               /* the same interface, or one that extends it */
        return from->obj == iface || has(from->obj->bases, from->obj->nbases, iface);
    case AL_TY_CODEUNIT:
        return from->obj->vtables && from->obj->vtables[iface->iface_index];
    case AL_TY_ENUM:
        for (uint32_t i = 0; i < from->obj->nimpls; i++) {
            const al_object *j = from->obj->impls[i].iface;
            if (j == iface || has(j->bases, j->nbases, iface)) {
                if (impl) *impl = i;
                return true;
            }
        }
        return false;
    default:
        return false;
    }
}
