/* stdlib/lib_testpage.c — TestPage "X": opening a page from AL code and
 * driving it as a user would (docs/testpage.md).
 *
 * A TestPage variable holds an al_testpage (created when it is first
 * opened): the page object and the al_page_rt that runtime/page.c opened
 * for it, with no client — so the session is headless and its page
 * background tasks run synchronously (runtime/pbt.c, "synchronous
 * tasks").  Every method that runs page code ends by delivering the
 * triggers of the tasks that code enqueued, so a task's trigger has fired
 * before OpenView, GoToRecord, Next ... return; an unhandled task error
 * closes the page and raises `The TestPage is not open.`.
 *
 * Field and action methods (TP."No.".Value, TP.Post.Invoke) are builtins
 * of the TestPage named "Field.X" / "Action.X"; the compiler found the
 * control and put it in the call's [control] (interp/compile.c,
 * testpage_call).
 */
#include "stdlib/lib.h"
#include "runtime/page.h"
#include "runtime/pbt.h"
#include "runtime/session.h"
#include "runtime/filter.h"
#include "interp/convert.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <string.h>

enum { MODE_VIEW, MODE_EDIT, MODE_NEW };

typedef struct al_testpage {
    al_object *obj;
    al_page_rt *rt;                  /* NULL until opened */
    int mode;
    bool trapped;                    /* waiting in the session's traps (Trap()) */
    struct al_testpage *next_trap;
} al_testpage;

static const char not_open[] = "The TestPage is not open.";

static al_value *deref(al_value *v) { return v->tag == AL_TAG_REF ? v->u.ref : v; }

static al_testpage *tp_of(al_value *self, const al_ir *call)
{
    al_value *v = deref(self);
    if (!v->u.tp) {
        v->u.tp = al_alloc(sizeof *v->u.tp);
        v->u.tp->obj = call->a->type->obj;
    }
    return v->u.tp;
}

static al_page_rt *open_rt(al_exec *X, al_value *self, const al_ir *call)
{
    al_testpage *tp = tp_of(self, call);
    if (!tp->rt || !tp->rt->open) al_throw(X, NULL, "%s", not_open);
    return tp->rt;
}

static al_pbt *pbt_of(al_exec *X)
{
    al_session_rt *rt = X->rt;
    if (!rt->pbt) {
        al_pbt_settings s = al_pbt_defaults();
        rt->pbt = al_pbt_new(X, &s, NULL);        /* no client: tasks run synchronously */
    }
    return rt->pbt;
}

/* The triggers of the tasks the call's page code enqueued. */
static void deliver(al_exec *X)
{
    if (!al_pbt_deliver_sync(pbt_of(X))) al_throw(X, NULL, "%s", not_open);
}

/* A TestPage opened by the test itself no longer waits for a trapped page. */
static void untrap(al_exec *X, al_testpage *tp)
{
    al_session_rt *rt = X->rt;
    if (!tp->trapped) return;
    al_testpage **at = &rt->trap;
    while (*at && *at != tp) at = &(*at)->next_trap;
    if (*at) *at = tp->next_trap;
    tp->trapped = false;
    tp->next_trap = NULL;
}

/* --------------------------------------------------------- the page */

static al_value tp_open(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_testpage *tp = tp_of(self, call);
    if (tp->rt && tp->rt->open) al_throw(X, NULL, "The TestPage is already open.");
    pbt_of(X);
    untrap(X, tp);
    tp->rt = NULL;
    tp->mode = call->builtin->magic;
    tp->rt = tp->mode == MODE_NEW ? al_page_open_new(X, NULL, tp->obj) : al_page_open(X, NULL, tp->obj, NULL, 0);
    deliver(X);
    return al_none();
}

static al_value tp_close(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_page_close(open_rt(X, self, call));
    deliver(X);
    return al_none();
}

/* First, Last, Next, Previous: false (and no move) when there is none. */
static al_value tp_move(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_page_rt *p = open_rt(X, self, call);
    bool ok = al_page_move(p, (char)call->builtin->magic);
    deliver(X);
    return al_bool(ok);
}

/* Moves to the record whose primary key is [key] (nkey values, in key
 * order, of the key fields' types): false, and no move, when there is
 * none in the page's view. */
static bool go_to(al_exec *X, al_page_rt *p, const al_value *key, int nkey)
{
    al_record *r = al_page_rec(p);
    if (!r) return false;
    const al_key *pk = &r->table->keys[0];
    al_record *probe = al_record_clone(X, r);
    for (int i = 0; i < nkey && (uint32_t)i < pk->nfields; i++) probe->fields[pk->fields[i]] = key[i];
    if (!al_store_find(X, X->db, probe, '=')) return false;
    for (int i = 0; i < nkey && (uint32_t)i < pk->nfields; i++) r->fields[pk->fields[i]] = key[i];
    return al_page_move(p, '=');
}

static al_value tp_gotokey(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_page_rt *p = open_rt(X, self, call);
    bool ok = go_to(X, p, argv, argc);
    deliver(X);
    return al_bool(ok);
}

static al_value tp_gotorecord(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_page_rt *p = open_rt(X, self, call);
    al_record *r = al_page_rec(p), *other = deref(&argv[0])->u.rec;
    if (!r || r->table != other->table)
        al_throw(X, NULL, "GoToRecord: the record is not of the table of page %s.", p->page->obj->name);
    const al_key *pk = &other->table->keys[0];
    al_value *key = al_alloc(sizeof *key * (pk->nfields + 1));
    for (uint32_t i = 0; i < pk->nfields; i++) key[i] = other->fields[pk->fields[i]];
    bool ok = go_to(X, p, key, (int)pk->nfields);
    deliver(X);
    return al_bool(ok);
}

static al_value tp_caption(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_page_rt *p = open_rt(X, self, call);
    return al_lib_text(al_text_cstr(p->page->caption ? p->page->caption : p->page->obj->name));
}

static bool page_editable(const al_testpage *tp)
{
    return tp->mode != MODE_VIEW && tp->rt->page->editable;
}

static al_value tp_editable(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    open_rt(X, self, call);
    return al_bool(page_editable(tp_of(self, call)));
}

/* RunPageBackgroundTask(CodeunitId [, var Parameters] [, RunCompletionTriggers]) */
static al_value tp_runtask(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_page_rt *p = open_rt(X, self, call);
    int64_t cu = al_lib_arg_int(argv[0]);
    al_object *o = al_program_find_id(X->prog, AL_OBJ_CODEUNIT, cu);
    if (!o) al_throw(X, NULL, "The Codeunit %lld does not exist.", (long long)cu);
    al_dict *params = argc > 1 ? deref(&argv[1])->u.dict : NULL;
    bool triggers = argc > 2 && argv[2].u.b;
    al_value v = {.tag = AL_TY_DICT};
    v.u.dict = al_pbt_run_now(pbt_of(X), p, o, params, triggers);
    if (triggers) deliver(X);
    return v;
}

/* New(): a new record, as the page client's `new`: the buffer cleared,
 * OnNewRecord; it is inserted when the test leaves it (moves, closes). */
static al_value tp_new(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_page_rt *p = open_rt(X, self, call);
    if (tp_of(self, call)->mode == MODE_VIEW)
        al_throw(X, NULL, "You cannot insert records on page %s.", p->page->obj->name);
    al_page_new(p);
    deliver(X);
    return al_bool(true);
}

/* Trap(): the next page of this TestPage's page that AL code runs with
 * Page.Run opens into this TestPage (al_lib_testpage_open_trapped). */
static al_value tp_trap(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_testpage *tp = tp_of(self, call);
    if (tp->rt && tp->rt->open) al_throw(X, NULL, "The TestPage is already open.");
    pbt_of(X);
    al_session_rt *rt = X->rt;
    if (!tp->trapped) {
        tp->trapped = true;
        tp->next_trap = rt->trap;
        rt->trap = tp;
    }
    return al_none();
}

/* A page AL code ran opens into [tp] in edit mode, as BC's test framework
 * opens a trapped or handled page: on [inst] (a page variable's instance,
 * or NULL) and [rec]. */
static void open_into(al_exec *X, al_testpage *tp, al_object *obj, al_instance *inst, al_record *rec)
{
    pbt_of(X);
    tp->mode = MODE_EDIT;
    tp->rt = NULL;
    tp->rt = al_page_open_in(X, NULL, obj, inst, rec);
    deliver(X);
}

bool al_lib_testpage_open_trapped(al_exec *X, al_object *obj, al_instance *inst, al_record *rec)
{
    al_session_rt *rt = X->rt;
    al_testpage **at = &rt->trap;
    while (*at && (*at)->obj != obj) at = &(*at)->next_trap;
    al_testpage *tp = *at;
    if (!tp) return false;
    untrap(X, tp);
    open_into(X, tp, obj, inst, rec);
    return true;
}

al_value al_lib_testpage_open_for_handler(al_exec *X, al_object *obj, al_instance *inst, al_record *rec,
                                          int32_t close_action)
{
    al_testpage *tp = al_alloc(sizeof *tp);
    tp->obj = obj;
    open_into(X, tp, obj, inst, rec);
    tp->rt->modal_action = close_action;
    al_value v = {.tag = AL_TY_TESTPAGE};
    v.u.tp = tp;
    return v;
}

int32_t al_lib_testpage_close_handled(al_exec *X, al_value page)
{
    al_page_rt *p = page.u.tp->rt;
    if (!p) return AL_ACTION_CANCEL;
    if (p->open) {
        al_page_close(p);
        deliver(X);
    }
    return p->modal_action;
}

/* Card.Lines: the part's TestPage, sharing its host's mode. */
static al_value tp_part(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_page_rt *p = open_rt(X, self, call);
    al_page_rt *part = NULL;
    for (uint32_t i = 0; i < p->nparts; i++)
        if (p->part_controls[i] == call->control) part = p->parts[i];
    if (!part) al_throw(X, NULL, "The part %s on page %s is not shown.", call->control->name, p->page->obj->name);
    al_testpage *t = al_alloc(sizeof *t);
    t->obj = call->control->part_page;
    t->rt = part;
    t->mode = tp_of(self, call)->mode;
    al_value v = {.tag = AL_TY_TESTPAGE};
    v.u.tp = t;
    return v;
}

/* Filter.SetFilter(Field, Filter): the user's filter on the page's
 * record; the page shows the first record of the new view (or none).
 * Filter.GetFilter(Field): that filter's text. */
static al_value flt_set(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_page_rt *p = open_rt(X, self, call);
    al_record *r = al_page_rec(p);
    if (!r) al_throw(X, NULL, "The page %s has no source table.", p->page->obj->name);
    const al_field *f = &r->table->fields[argv[0].u.i];
    al_filter_field ff = {f->type, f->caption, r->table->caption};
    const al_text *expr = al_lib_arg_text(X, argv[1]);
    al_filter *flt = expr->len ? al_filter_parse(X, &ff, expr, NULL, 0) : NULL;
    al_page_save(p);
    r->filters[f->index] = flt;
    r->view++;
    al_page_requery(p);
    deliver(X);
    return al_none();
}

static al_value flt_get(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_page_rt *p = open_rt(X, self, call);
    al_record *r = al_page_rec(p);
    al_filter *flt = r ? r->filters[argv[0].u.i] : NULL;
    return al_lib_text(flt ? al_filter_text(flt) : AL_TEXT_EMPTY);
}

/* FindFirstField(Control, Value), FindNextField, FindPreviousField: the
 * first record of the page's view (the next after the current one, the
 * previous before it) whose field shown by Control has Value (compared as
 * Format shows them, the value first evaluated into the field's type);
 * the page moves there.  False, and no move, when there is none. */
static al_value tp_findfield(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_page_rt *p = open_rt(X, self, call);
    const al_control *c = call->control;
    al_record *r = al_page_rec(p);
    if (!r || !c->field)
        al_throw(X, NULL, "%s: the control %s on page %s does not show a field of the page's table.",
                 call->builtin->name, c->name, p->page->obj->name);
    const al_field *f = c->field;
    const al_text *want = al_format(X, argv[0], call->args[0]->type, 0, 0, NULL);
    al_value v = al_exec_default(X, f->type);
    al_fail fail = {0};
    if (al_evaluate(X, &v, f->type, want, 0, &fail)) want = al_format(X, v, f->type, 0, 0, NULL);
    char which = (char)call->builtin->magic;
    al_record *it = al_record_clone(X, r);
    bool more;
    if (which == '-') more = al_store_find(X, X->db, it, '-');
    else if (!r->rowid) more = false;
    else more = al_store_next(X, X->db, it, which == '>' ? 1 : -1) != 0;
    for (; more; more = al_store_next(X, X->db, it, which == '<' ? -1 : 1) != 0) {
        if (!al_text_eq(al_format(X, it->fields[f->index], f->type, 0, 0, NULL), want)) continue;
        const al_key *pk = &r->table->keys[0];
        al_value *key = al_alloc(sizeof *key * (pk->nfields + 1));
        for (uint32_t i = 0; i < pk->nfields; i++) key[i] = it->fields[pk->fields[i]];
        bool ok = go_to(X, p, key, (int)pk->nfields);
        deliver(X);
        return al_bool(ok);
    }
    return al_bool(false);
}

/* System actions: OK, Cancel, Yes, No close the page with that Action
 * (as the page client's ok / cancel); Edit and View switch the mode. */
static int32_t sys_action(const char *name)
{
    static const struct { const char *name; int32_t action; } acts[] = {
        {"OK", AL_ACTION_OK}, {"Cancel", AL_ACTION_CANCEL}, {"Yes", AL_ACTION_YES}, {"No", AL_ACTION_NO},
    };
    for (size_t i = 0; i < sizeof acts / sizeof acts[0]; i++)
        if (al_name_eq(name, acts[i].name)) return acts[i].action;
    return 0;
}

static al_value sys_invoke(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_page_rt *p = open_rt(X, self, call);
    al_testpage *tp = tp_of(self, call);
    const char *name = call->control->name;
    int32_t action = sys_action(name);
    if (action) {
        if (p->is_part) al_throw(X, NULL, "The action %s is not available on the part %s.", name, p->page->obj->name);
        p->modal_action = action;
        al_page_close(p);
    } else if (al_name_eq(name, "Edit")) {
        if (!p->page->editable) al_throw(X, NULL, "The action Edit is not available on page %s.", p->page->obj->name);
        tp->mode = MODE_EDIT;
    } else {                                                         /* View */
        al_page_save(p);
        tp->mode = MODE_VIEW;
    }
    deliver(X);
    return al_none();
}

static al_value sys_prop(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_page_rt *p = open_rt(X, self, call);
    const char *name = call->control->name;
    if (call->builtin->magic == 0) return al_bool(true);                  /* Visible */
    if (al_name_eq(name, "Edit")) return al_bool(p->page->editable);      /* Enabled */
    return al_bool(!sys_action(name) || !p->is_part);
}

/* ------------------------------------------------------- field controls */

static al_value ctl_value(al_exec *X, al_page_rt *p, const al_control *c)
{
    if (!c->expr) return al_lib_text(AL_TEXT_EMPTY);
    return al_exec_eval_in(X, c->expr, c->expr_proc, p->inst);
}

static const al_text *ctl_text(al_exec *X, al_page_rt *p, const al_control *c)
{
    if (!c->expr) return AL_TEXT_EMPTY;
    return al_format(X, ctl_value(X, p, c), c->expr->type, 0, 0, NULL);
}

/* Types [text] into the field, as a user does: validation, then (on a
 * page opened with OpenNew) the new record is inserted the first time. */
static void set_text(al_exec *X, al_value *self, const al_ir *call, const al_text *text)
{
    al_page_rt *p = open_rt(X, self, call);
    al_testpage *tp = tp_of(self, call);
    const al_control *c = call->control;
    if (!page_editable(tp))
        al_throw(X, NULL, "The field %s on page %s cannot be edited.", c->caption, p->page->obj->name);
    al_page_set_field(p, c->name, text->s);
    al_record *r = al_page_rec(p);
    if (tp->mode == MODE_NEW && r && !r->rowid && c->field && p->page->insert_allowed) {
        /* the page inserts its new record: OnInsertRecord, then Insert(true) */
        al_page_trigger(p, AL_PT_INSERTRECORD, (al_value[]){al_bool(false)});
        for (const al_builtin *b = al_lib_record.fns; b->name; b++)
            if (al_name_eq(b->name, "Insert")) {
                al_value rv = {.tag = AL_TY_RECORD};
                rv.u.rec = r;
                al_ir fake = {.builtin = b};
                b->fn(X, &rv, 1, (al_value[]){al_bool(true)}, &fake);
                break;
            }
        al_record *x = al_record_x(X, r);
        al_record_assign(x, r);
    }
    deliver(X);
}

/* Value (get: the text the control shows, formatted as Format does) and
 * Value(Text) / Value := Text (set). */
static al_value f_value(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    if (argc > 0) {
        set_text(X, self, call, al_lib_arg_text(X, argv[0]));
        return al_lib_text(AL_TEXT_EMPTY);
    }
    return al_lib_text(ctl_text(X, open_rt(X, self, call), call->control));
}

static al_value f_setvalue(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    const al_type *t = call->args[0]->type;
    set_text(X, self, call, al_format(X, argv[0], t, 0, 0, NULL));
    return al_none();
}

/* AsInteger, AsDecimal, AsBoolean, AsDate, AsTime, AsDateTime: the value
 * itself when the control has that type, else its text evaluated. */
static al_value f_as(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_page_rt *p = open_rt(X, self, call);
    const al_control *c = call->control;
    const al_type *want = call->type;
    al_value v = ctl_value(X, p, c);
    if (c->expr && c->expr->type->kind == want->kind) return v;
    if (c->expr && want->kind == AL_TY_DECIMAL && al_type_is_number(c->expr->type)) return al_convert(X, v, want);
    const al_text *text = c->expr ? al_format(X, v, c->expr->type, 0, 0, NULL) : AL_TEXT_EMPTY;
    al_value out = al_exec_default(X, want);
    al_fail fail = {0};
    if (!al_evaluate(X, &out, want, text, 0, &fail)) al_throw_msg(X, fail.code, fail.msg);
    return out;
}

/* A control's Boolean property written as true/false; [def] when it is
 * absent or an expression (which alrun does not evaluate yet). */
static bool ctl_flag(const al_control *c, const char *name, bool def)
{
    if (!c->decl) return def;
    al_nodes ms = c->decl->as.element.members;
    for (uint32_t i = 0; i < ms.count; i++) {
        const al_node *m = ms.items[i];
        if (m->kind != AST_PROPERTY || !al_ast_name_is(m->as.property.name, name)) continue;
        if (m->as.property.values.count == 1 && m->as.property.values.items[0]->kind == AST_BOOL)
            return m->as.property.values.items[0]->as.bval.value;
    }
    return def;
}

static al_value f_prop(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    open_rt(X, self, call);
    const al_control *c = call->control;
    switch (call->builtin->magic) {
    case 0: return al_bool(c->visible);
    case 1: return al_bool(c->editable && page_editable(tp_of(self, call)));
    case 2: return al_bool(ctl_flag(c, "Enabled", true));
    case 4: return al_bool(ctl_flag(c, "ShowMandatory", false));
    default: return al_lib_text(al_text_cstr(c->caption ? c->caption : c->name));
    }
}

/* AssertEquals(Expected): the control's text against Format(Expected). */
static al_value f_assertequals(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_page_rt *p = open_rt(X, self, call);
    const al_control *c = call->control;
    const al_text *actual = ctl_text(X, p, c);
    const al_text *expected = al_format(X, argv[0], call->args[0]->type, 0, 0, NULL);
    if (!al_text_eq(actual, expected))
        al_throw(X, NULL, "AssertEquals for Field: %s Expected = '%s', Actual = '%s'", c->name, expected->s, actual->s);
    return al_none();
}

/* Lookup, Drilldown, AssistEdit: the control's OnLookup / OnDrillDown /
 * OnAssistEdit triggers (an OnLookup that returns true sets the field). */
static al_value f_ctrig(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_page_rt *p = open_rt(X, self, call);
    al_page_control_trigger(p, call->control->name, (int)call->builtin->magic);
    deliver(X);
    return al_none();
}

/* ------------------------------------------------------ action controls */

static al_value a_invoke(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_page_rt *p = open_rt(X, self, call);
    al_page_action(p, call->control->name);
    deliver(X);
    return al_none();
}

static const al_builtin testpage_fns[] = {
    {"OpenView", "", tp_open, 0, MODE_VIEW},
    {"OpenEdit", "", tp_open, 0, MODE_EDIT},
    {"OpenNew", "", tp_open, 0, MODE_NEW},
    {"Close", "", tp_close, 0, 0},
    {"First", ":b", tp_move, 0, '-'},
    {"Last", ":b", tp_move, 0, '+'},
    {"Next", ":b", tp_move, 0, '>'},
    {"Previous", ":b", tp_move, 0, '<'},
    {"Prev", ":b", tp_move, 0, '<'},
    {"GoToKey", "a*:b", tp_gotokey, 0, 0},             /* compiled by compile.c: the key's types */
    {"GoToRecord", "r:b", tp_gotorecord, 0, 0},
    {"Caption", ":t", tp_caption, 0, 0},
    {"Editable", ":b", tp_editable, 0, 0},
    {"RunPageBackgroundTask", "i|&ab:Y", tp_runtask, 0, 0},
    {"New", ":b", tp_new, 0, 0},
    {"Trap", "", tp_trap, 0, 0},
    {"FindFirstField", "a:b", tp_findfield, 0, '-'},      /* compiled by compile.c: the control */
    {"FindNextField", "a:b", tp_findfield, 0, '>'},
    {"FindPreviousField", "a:b", tp_findfield, 0, '<'},
    {"$Part", "", tp_part, 0, 0},
    {"Filter.SetFilter", "it", flt_set, 0, 0},
    {"Filter.GetFilter", "i:t", flt_get, 0, 0},
    {"SysAction.Invoke", "", sys_invoke, 0, 0},
    {"SysAction.Visible", ":b", sys_prop, 0, 0},
    {"SysAction.Enabled", ":b", sys_prop, 0, 1},
    {"Field.Value", "|t:t", f_value, 0, 0},
    {"Field.SetValue", "a", f_setvalue, 0, 0},
    {"Field.AsInteger", ":i", f_as, 0, 0},
    {"Field.AsDecimal", ":d", f_as, 0, 0},
    {"Field.AsBoolean", ":b", f_as, 0, 0},
    {"Field.AsDate", ":D", f_as, 0, 0},
    {"Field.AsTime", ":T", f_as, 0, 0},
    {"Field.AsDateTime", ":C", f_as, 0, 0},
    {"Field.Visible", ":b", f_prop, 0, 0},
    {"Field.Editable", ":b", f_prop, 0, 1},
    {"Field.Enabled", ":b", f_prop, 0, 2},
    {"Field.Caption", ":t", f_prop, 0, 3},
    {"Field.ShowMandatory", ":b", f_prop, 0, 4},
    {"Field.Lookup", "", f_ctrig, 0, AL_CTRIG_LOOKUP},
    {"Field.Drilldown", "", f_ctrig, 0, AL_CTRIG_DRILLDOWN},
    {"Field.AssistEdit", "", f_ctrig, 0, AL_CTRIG_ASSISTEDIT},
    {"Field.AssertEquals", "a", f_assertequals, 0, 0},
    {"Action.Invoke", "", a_invoke, 0, 0},
    {"Action.Visible", ":b", f_prop, 0, 0},
    {"Action.Enabled", ":b", f_prop, 0, 2},
    {"Action.Caption", ":t", f_prop, 0, 3},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_testpage = {AL_TY_TESTPAGE, testpage_fns};
