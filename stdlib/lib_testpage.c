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
#include "interp/convert.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <string.h>

enum { MODE_VIEW, MODE_EDIT, MODE_NEW };

typedef struct al_testpage {
    al_object *obj;
    al_page_rt *rt;                  /* NULL until opened */
    int mode;
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

/* --------------------------------------------------------- the page */

static al_value tp_open(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    al_testpage *tp = tp_of(self, call);
    if (tp->rt && tp->rt->open) al_throw(X, NULL, "The TestPage is already open.");
    pbt_of(X);
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

static al_value f_prop(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv;
    open_rt(X, self, call);
    const al_control *c = call->control;
    switch (call->builtin->magic) {
    case 0: return al_bool(c->visible);
    case 1: return al_bool(c->editable && page_editable(tp_of(self, call)));
    case 2: return al_bool(true);                                             /* Enabled */
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
    {"Field.AssertEquals", "a", f_assertequals, 0, 0},
    {"Action.Invoke", "", a_invoke, 0, 0},
    {"Action.Visible", ":b", f_prop, 0, 0},
    {"Action.Enabled", ":b", f_prop, 0, 2},
    {"Action.Caption", ":t", f_prop, 0, 3},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_testpage = {AL_TY_TESTPAGE, testpage_fns};
