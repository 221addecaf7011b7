/* interp/events.c — AL events (see events.h).
 *
 * Linking happens once, after every body is compiled: each subscriber is
 * found its publisher and a map from its parameters to the event's
 * arguments (subscribers take any subset, by name, as in BC).  Raising an
 * event walks that list: a StaticAutomatic subscriber runs on a fresh
 * instance of its codeunit (the single one for SingleInstance), a Manual
 * one on every instance bound with BindSubscription in this session.
 */
#include "interp/events.h"
#include "interp/resolve_impl.h"
#include "grammar/mem.h"

#include <stdlib.h>
#include <string.h>

/* The trigger events, their names and the arguments each has (a bit per
 * AL_TA_*), as BC declares them. */
#define A(x) (1u << AL_TA_##x)
static const struct {
    const char *name;
    unsigned args;
} trigger_events[AL_TEV_COUNT] = {
    [AL_TEV_BEFORE_INSERT] = {"OnBeforeInsertEvent", A(REC) | A(RUNTRIGGER)},
    [AL_TEV_AFTER_INSERT] = {"OnAfterInsertEvent", A(REC) | A(RUNTRIGGER)},
    [AL_TEV_BEFORE_MODIFY] = {"OnBeforeModifyEvent", A(REC) | A(XREC) | A(RUNTRIGGER)},
    [AL_TEV_AFTER_MODIFY] = {"OnAfterModifyEvent", A(REC) | A(XREC) | A(RUNTRIGGER)},
    [AL_TEV_BEFORE_DELETE] = {"OnBeforeDeleteEvent", A(REC) | A(RUNTRIGGER)},
    [AL_TEV_AFTER_DELETE] = {"OnAfterDeleteEvent", A(REC) | A(RUNTRIGGER)},
    [AL_TEV_BEFORE_RENAME] = {"OnBeforeRenameEvent", A(REC) | A(XREC) | A(RUNTRIGGER)},
    [AL_TEV_AFTER_RENAME] = {"OnAfterRenameEvent", A(REC) | A(XREC) | A(RUNTRIGGER)},
    [AL_TEV_BEFORE_VALIDATE] = {"OnBeforeValidateEvent", A(REC) | A(XREC) | A(CURRFIELDNO)},
    [AL_TEV_AFTER_VALIDATE] = {"OnAfterValidateEvent", A(REC) | A(XREC) | A(CURRFIELDNO)},
    [AL_PEV_OPEN] = {"OnOpenPageEvent", A(REC)},
    [AL_PEV_CLOSE] = {"OnClosePageEvent", A(REC)},
    [AL_PEV_QUERYCLOSE] = {"OnQueryClosePageEvent", A(REC) | A(ALLOWCLOSE)},
    [AL_PEV_AFTERGETRECORD] = {"OnAfterGetRecordEvent", A(REC)},
    [AL_PEV_AFTERGETCURRRECORD] = {"OnAfterGetCurrRecordEvent", A(REC)},
    [AL_PEV_NEWRECORD] = {"OnNewRecordEvent", A(REC) | A(BELOWXREC) | A(XREC)},
    [AL_PEV_INSERTRECORD] = {"OnInsertRecordEvent", A(REC) | A(BELOWXREC) | A(XREC) | A(ALLOWINSERT)},
    [AL_PEV_MODIFYRECORD] = {"OnModifyRecordEvent", A(REC) | A(XREC) | A(ALLOWMODIFY)},
    [AL_PEV_DELETERECORD] = {"OnDeleteRecordEvent", A(REC) | A(ALLOWDELETE)},
    [AL_PEV_BEFORE_ACTION] = {"OnBeforeActionEvent", A(REC)},
    [AL_PEV_AFTER_ACTION] = {"OnAfterActionEvent", A(REC)},
    [AL_PEV_BEFORE_VALIDATE] = {"OnBeforeValidateEvent", A(REC) | A(XREC)},
    [AL_PEV_AFTER_VALIDATE] = {"OnAfterValidateEvent", A(REC) | A(XREC)},
};
#undef A
static const char *const trigger_args[AL_TA_COUNT] = {
    "Rec", "xRec", "RunTrigger", "CurrFieldNo", "BelowxRec", "AllowClose", "AllowInsert", "AllowModify", "AllowDelete",
};

static const char *name_of(const al_node *n)
{
    return n && n->kind == AST_NAME ? n->as.name.text : NULL;
}

/* An attribute's arguments: the parser keeps them as one group. */
static al_nodes attr_args(const al_node *attr)
{
    al_nodes a = attr->as.attr.args;
    if (a.count == 1 && (a.items[0]->kind == AST_ARGGROUP || a.items[0]->kind == AST_LIST)) return a.items[0]->as.list.items;
    return a;
}

static bool arg_bool(al_nodes a, uint32_t i)
{
    return i < a.count && a.items[i]->kind == AST_BOOL && a.items[i]->as.bval.value;
}

static const char *arg_text(al_nodes a, uint32_t i)
{
    return i < a.count && a.items[i]->kind == AST_TEXT ? a.items[i]->as.lit.text : NULL;
}

static const al_node *find_attr(const al_proc *p, const char *name)
{
    const al_nodes attrs = p->ast->as.routine.attrs;
    for (uint32_t i = 0; i < attrs.count; i++)
        if (al_ast_name_is(attrs.items[i]->as.attr.name, name)) return attrs.items[i];
    return NULL;
}

/* ------------------------------------------------------------ publishers */

static void mark_publisher(al_program *P, al_proc *p)
{
    static const char *const kinds[] = {NULL, "IntegrationEvent", "BusinessEvent", "InternalEvent"};
    for (uint8_t k = AL_EVENT_INTEGRATION; k <= AL_EVENT_INTERNAL; k++) {
        const al_node *a = find_attr(p, kinds[k]);
        if (!a) continue;
        al_nodes args = attr_args(a);
        p->event = k;
        p->include_sender = arg_bool(args, 0);
        /* BusinessEvent/InternalEvent(IncludeSender, Isolated);
         * IntegrationEvent(IncludeSender, GlobalVarAccess[, Isolated]) */
        p->isolated = k == AL_EVENT_INTEGRATION ? arg_bool(args, 2) : arg_bool(args, 1);
        /* the body (empty in valid AL) becomes "run the subscribers"; code
         * written there would silently not run, so say so */
        const al_node *body = p->ast->as.routine.body;
        if (body && body->kind == AST_BLOCK && body->as.list.items.count)
            al_diag_add(&P->diags, AL_SEV_WARNING, body->as.list.items.items[0]->span,
                        "an event publisher's body does not run: raising '%s' runs its subscribers only", p->name);
        al_ir *raise = al_alloc(sizeof *raise);
        raise->op = IR_RAISE;
        raise->proc = p;
        raise->src = p->ast->as.routine.body ? p->ast->as.routine.body : p->ast;
        raise->type = &al_type_none;
        al_exec_link(raise);
        p->body = raise;
        return;
    }
}

/* ----------------------------------------------------------- subscribers */

/* The object a subscriber names: ObjectType::Table with Database::X or an
 * ID, ObjectType::Codeunit with Codeunit::X, ObjectType::Page with Page::X.
 * NULL when it is not loaded or is of a type alrun does not run (reports,
 * queries ...). */
static al_object *target_of(const al_program *P, al_nodes a)
{
    if (a.count < 2 || a.items[0]->kind != AST_SCOPE) return NULL;
    const char *type = name_of(a.items[0]->as.pair.rhs);
    al_objkind kind;
    if (type && al_name_eq(type, "Table")) kind = AL_OBJ_TABLE;
    else if (type && al_name_eq(type, "Codeunit")) kind = AL_OBJ_CODEUNIT;
    else if (type && al_name_eq(type, "Page")) kind = AL_OBJ_PAGE;
    else return NULL;
    const al_node *t = a.items[1];
    if (t->kind == AST_SCOPE) t = t->as.pair.rhs;
    if (t->kind == AST_INT) return al_program_find_id(P, kind, t->as.ival.value);
    return name_of(t) ? al_program_find(P, kind, name_of(t)) : NULL;
}

static void add_sub(al_subscriber **list, uint32_t *n, al_subscriber s)
{
    *list = al_realloc(*list, *n * sizeof **list, (*n + 1) * sizeof **list);
    (*list)[(*n)++] = s;
}

/* Maps the subscriber's parameters to the publisher's, by name. */
static int32_t *map_params(al_program *P, al_proc *sub, const al_proc *pub, const char *event)
{
    int32_t *map = al_alloc(sizeof *map * (sub->nparams + 1));
    for (uint32_t i = 0; i < sub->nparams; i++) {
        const al_var *v = &sub->params[i];
        map[i] = -2;
        if (pub->include_sender && al_name_eq(v->name, "Sender")) map[i] = AL_EVENT_SENDER;
        for (uint32_t k = 0; k < pub->nparams && map[i] == -2; k++)
            if (al_name_eq(v->name, pub->params[k].name)) map[i] = (int32_t)k;
        if (map[i] == -2)
            al_diag_error(&P->diags, v->decl->span, "'%s' is not a parameter of event '%s'%s", v->name, event,
                          al_name_eq(v->name, "Sender") ? " (it does not include the sender)" : "");
    }
    return map;
}

static int32_t *map_trigger_params(al_program *P, al_proc *sub, int ev)
{
    int32_t *map = al_alloc(sizeof *map * (sub->nparams + 1));
    for (uint32_t i = 0; i < sub->nparams; i++) {
        const al_var *v = &sub->params[i];
        map[i] = -2;
        for (int k = 0; k < AL_TA_COUNT && map[i] == -2; k++)
            if ((trigger_events[ev].args >> k & 1) && al_name_eq(v->name, trigger_args[k])) map[i] = k;
        if (map[i] == -2)
            al_diag_error(&P->diags, v->decl->span, "'%s' is not a parameter of event '%s'", v->name, trigger_events[ev].name);
    }
    return map;
}

/* Text or identifier: the event's and the element's names may be written
 * either way ('OnAfterInsertEvent' or OnAfterInsertEvent). */
static const char *arg_name(al_nodes a, uint32_t i)
{
    if (i < a.count && a.items[i]->kind == AST_NAME) return a.items[i]->as.name.text;
    return arg_text(a, i);
}

static void link_subscriber(al_program *P, al_object *cu, al_proc *p, const al_node *attr, bool manual)
{
    al_nodes a = attr_args(attr);
    const char *event = arg_name(a, 2), *element = arg_name(a, 3);
    if (!event) {
        al_diag_error(&P->diags, attr->span, "[EventSubscriber] needs ObjectType, the object, the event's name and the element's name");
        return;
    }
    al_object *target = target_of(P, a);
    if (!target) {
        /* an object alrun does not have (the base application's, a
         * dependency's) or does not run: the subscriber never fires */
        P->unchecked++;
        return;
    }
    al_subscriber s = {.proc = p, .codeunit = cu, .manual = manual, .table_event = -1, .field = -1};
    int first = target->kind == AL_OBJ_TABLE ? 0 : target->kind == AL_OBJ_PAGE ? AL_PEV_OPEN : AL_TEV_COUNT;
    int last = target->kind == AL_OBJ_TABLE ? AL_PEV_OPEN : AL_TEV_COUNT;
    for (int ev = first; ev < last; ev++)
        if (al_name_eq(event, trigger_events[ev].name)) s.table_event = ev;
    if (s.table_event >= 0) {
        if (s.table_event == AL_TEV_BEFORE_VALIDATE || s.table_event == AL_TEV_AFTER_VALIDATE) {
            const al_field *f = element && *element ? al_table_field(target->table, element) : NULL;
            if (!f) {
                al_diag_error(&P->diags, attr->span, "'%s' is not a field of table %s (a validate event names its field)",
                              element ? element : "", target->name);
                return;
            }
            s.field = (int32_t)f->index;
        }
        /* a page's action and validate events name their control */
        if (s.table_event >= AL_PEV_BEFORE_ACTION) s.element = element ? element : "";
        s.map = map_trigger_params(P, p, s.table_event);
        add_sub(&target->table_subs, &target->ntable_subs, s);
        return;
    }
    al_proc *pub = NULL;
    for (uint32_t i = 0; i < target->nprocs && !pub; i++)
        if (target->procs[i]->event && al_name_eq(target->procs[i]->name, event)) pub = target->procs[i];
    if (!pub) {
        if (target->builtin) P->unchecked++;      /* alrun's base app has few of BC's events */
        else al_diag_error(&P->diags, attr->span, "%s has no event '%s'", target->name, event);
        return;
    }
    s.map = map_params(P, p, pub, event);
    add_sub(&pub->subs, &pub->nsubs, s);
}

static int by_id(const void *a, const void *b)
{
    const al_object *x = *(al_object *const *)a, *y = *(al_object *const *)b;
    return (x->id > y->id) - (x->id < y->id);
}

void al_events_link(al_program *P)
{
    for (uint32_t i = 0; i < P->nobjects; i++) {
        al_object *o = P->objects[i];
        for (uint32_t k = 0; k < o->nprocs; k++)
            if (o->procs[k]->ast->as.routine.attrs.count) mark_publisher(P, o->procs[k]);
    }
    /* subscribers run by codeunit ID, then as declared (BC promises no
     * order; this one is stable and easy to predict) */
    al_object **cus = al_alloc(sizeof *cus * (P->nobjects + 1));
    uint32_t n = 0;
    for (uint32_t i = 0; i < P->nobjects; i++)
        if (P->objects[i]->kind == AL_OBJ_CODEUNIT) cus[n++] = P->objects[i];
    qsort(cus, n, sizeof *cus, by_id);
    for (uint32_t i = 0; i < n; i++) {
        al_object *cu = cus[i];
        const al_node *inst = al_resolve_property(cu->ast->as.object.members, "EventSubscriberInstance");
        bool manual = inst && name_of(inst) && al_name_eq(name_of(inst), "Manual");
        for (uint32_t k = 0; k < cu->nprocs; k++) {
            al_proc *p = cu->procs[k];
            const al_node *a = find_attr(p, "EventSubscriber");
            if (a) link_subscriber(P, cu, p, a, manual);
        }
    }
}

/* ---------------------------------------------------------------- raising */

/* Runs [s] on [in] with the event's arguments [args]. */
typedef struct sub_call {
    const al_subscriber *s;
    al_instance *in;
    al_value *args, *sender;
} sub_call;

static void do_sub(al_exec *X, void *ud)
{
    sub_call *c = ud;
    const al_proc *p = c->s->proc;
    al_value *argv = __builtin_alloca(sizeof *argv * (p->nparams + 1));   /* the C stack is scanned */
    for (uint32_t i = 0; i < p->nparams; i++) {
        int32_t m = c->s->map[i];
        al_value *src = m == AL_EVENT_SENDER ? c->sender : &c->args[m];
        if (p->params[i].by_ref) {
            if (src->tag == AL_TAG_REF) {
                argv[i] = *src;
            } else {
                argv[i].tag = AL_TAG_REF;
                argv[i].u.ref = src;
            }
        } else {
            argv[i] = al_exec_copy(src->tag == AL_TAG_REF ? *src->u.ref : *src);
        }
    }
    al_exec_call(X, (al_proc *)p, c->in, argv);
}

static void run_sub(al_exec *X, const al_subscriber *s, al_instance *in, al_value *args, al_value *sender, bool isolated)
{
    sub_call c = {s, in, args, sender};
    /* an isolated event's subscriber may fail without failing the event */
    if (isolated) al_exec_protected(X, do_sub, &c);
    else do_sub(X, &c);
}

static void run_subs(al_exec *X, const al_subscriber *s, al_value *args, al_value *sender, bool isolated)
{
    if (!s->manual) {
        run_sub(X, s, al_exec_instance(X, s->codeunit), args, sender, isolated);
        return;
    }
    /* bound instances, in binding order; a subscriber may unbind */
    for (uint32_t i = 0; i < X->nbound; i++)
        if (X->bound[i]->obj == s->codeunit) run_sub(X, s, X->bound[i], args, sender, isolated);
}

void al_events_raise(al_exec *X, al_proc *pub)
{
    if (!pub->nsubs) return;
    al_value *args = X->slots;
    al_instance *self = X->top->self;
    al_value sender = {.tag = AL_TY_NONE};
    if (pub->include_sender && self) {
        switch (pub->owner->kind) {
        case AL_OBJ_TABLE: sender = al_recordv((al_record *)self); break;   /* a record is its instance */
        case AL_OBJ_PAGE: sender.tag = AL_TY_PAGE; sender.u.inst = self; break;
        default: sender.tag = AL_TY_CODEUNIT; sender.u.inst = self; break;
        }
    }
    for (uint32_t i = 0; i < pub->nsubs; i++) run_subs(X, &pub->subs[i], args, &sender, pub->isolated);
}

bool al_events_table_has(const al_record *r, int which)
{
    const al_object *o = r->table->obj;
    for (uint32_t i = 0; i < o->ntable_subs; i++)
        if (o->table_subs[i].table_event == which) return true;
    return false;
}

void al_events_table_raise(al_exec *X, al_record *r, int which, bool run_trigger, int32_t field)
{
    const al_object *o = r->table->obj;
    al_value args[AL_TA_COUNT] = {{0}};
    bool made = false;
    for (uint32_t i = 0; i < o->ntable_subs; i++) {
        const al_subscriber *s = &o->table_subs[i];
        if (s->table_event != which || (s->field >= 0 && s->field != field)) continue;
        if (!made) {
            args[AL_TA_REC] = al_recordv(r);
            args[AL_TA_XREC] = al_recordv(al_record_x(X, r));
            args[AL_TA_RUNTRIGGER] = al_bool(run_trigger);
            args[AL_TA_CURRFIELDNO] = al_int(r->curr_field);
            made = true;
        }
        run_subs(X, s, args, NULL, false);
    }
}

void al_events_object_raise(al_exec *X, const al_object *obj, int which, al_value *args, const char *element)
{
    for (uint32_t i = 0; i < obj->ntable_subs; i++) {
        const al_subscriber *s = &obj->table_subs[i];
        if (s->table_event != which || (s->element && (!element || !al_name_eq(s->element, element)))) continue;
        run_subs(X, s, args, NULL, false);
    }
}

/* ---------------------------------------------------------------- binding */

static int32_t bound_at(const al_exec *X, const al_instance *in)
{
    for (uint32_t i = 0; i < X->nbound; i++)
        if (X->bound[i] == in) return (int32_t)i;
    return -1;
}

static void unbind_at(al_exec *X, uint32_t i)
{
    memmove(&X->bound[i], &X->bound[i + 1], (X->nbound - i - 1) * sizeof *X->bound);
    X->bound[--X->nbound] = NULL;
}

bool al_events_bind(al_exec *X, al_instance *in, const char **why)
{
    const al_node *m = al_resolve_property(in->obj->ast->as.object.members, "EventSubscriberInstance");
    if (!m || !name_of(m) || !al_name_eq(name_of(m), "Manual")) {
        *why = al_sprintf("Codeunit %s cannot be bound: its EventSubscriberInstance is not Manual.", in->obj->name);
        return false;
    }
    if (bound_at(X, in) >= 0) {
        *why = al_sprintf("This instance of codeunit %s is already bound.", in->obj->name);
        return false;
    }
    X->bound = al_realloc(X->bound, X->nbound * sizeof *X->bound, (X->nbound + 1) * sizeof *X->bound);
    X->bound[X->nbound++] = in;
    return true;
}

bool al_events_unbind(al_exec *X, al_instance *in, const char **why)
{
    int32_t i = bound_at(X, in);
    if (i < 0) {
        *why = al_sprintf("This instance of codeunit %s is not bound.", in->obj->name);
        return false;
    }
    unbind_at(X, (uint32_t)i);
    return true;
}

static bool held_by(const al_instance *holder, const al_instance *in)
{
    if (!holder || !holder->globals) return false;
    for (uint32_t g = 0; g < holder->obj->nglobals; g++) {
        const al_value *v = &holder->globals[g];
        if (v->tag == AL_TY_CODEUNIT && v->u.inst == in) return true;
    }
    return false;
}

void al_events_frame_end(al_exec *X, const al_proc *proc, const al_instance *self, const al_value *slots)
{
    for (uint32_t l = 0; l < proc->nlocals; l++) {
        const al_var *v = &proc->locals[l];
        if (v->type->kind != AL_TY_CODEUNIT) continue;
        const al_value *sv = &slots[v->slot];
        if (sv->tag != AL_TY_CODEUNIT || !sv->u.inst) continue;
        int32_t i = bound_at(X, sv->u.inst);
        /* a global that holds the same instance keeps it alive, as BC's
         * reference counting would */
        if (i >= 0 && !held_by(self, sv->u.inst)) unbind_at(X, (uint32_t)i);
    }
}

void al_events_unbind_except(al_exec *X, const al_instance *keep, const al_instance *keep2)
{
    for (uint32_t i = X->nbound; i-- > 0;)
        if (!held_by(keep, X->bound[i]) && !held_by(keep2, X->bound[i]) && X->bound[i] != keep && X->bound[i] != keep2)
            unbind_at(X, i);
}
