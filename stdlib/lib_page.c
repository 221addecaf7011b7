/* stdlib/lib_page.c — CurrPage and Page methods, the background task API
 * (EnqueueBackgroundTask, CancelBackgroundTask, Page.GetBackgroundParameters,
 * Page.SetBackgroundTaskResult) and Notification (docs/background-tasks.md).
 *
 * The page's runtime state hangs on its instance (al_instance.rt, set by
 * runtime/page.c when a client opens the page); a page variable whose page
 * is not open has none.
 */
#include "stdlib/lib.h"
#include "runtime/client.h"
#include "runtime/filter.h"
#include "runtime/page.h"
#include "runtime/pbt.h"
#include "runtime/session.h"
#include "runtime/testrun.h"
#include "interp/convert.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <string.h>

static al_value *deref(al_value *v) { return v->tag == AL_TAG_REF ? v->u.ref : v; }

static al_page_rt *page_of(al_exec *X, al_value *self)
{
    al_instance *in = deref(self)->u.inst;
    return in ? in->rt : (X->top && X->top->self ? X->top->self->rt : NULL);
}

static al_page_rt *open_page(al_exec *X, al_value *self, const char *what)
{
    al_page_rt *p = page_of(X, self);
    if (!p || !p->open) al_throw(X, NULL, "%s needs an open page; this page is not open.", what);
    return p;
}

static al_pbt *pbt_of(al_exec *X)
{
    al_session_rt *rt = X->rt;
    if (!rt || !rt->pbt) al_throw(X, NULL, "Page background tasks need a page client (alrun page, or a TestPage).");
    return rt->pbt;
}

/* CurrPage.EnqueueBackgroundTask(var TaskId, CodeunitId [, var Parameters] [, Timeout] [, ErrorLevel]) */
static al_value p_enqueue(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_page_rt *p = open_page(X, self, "EnqueueBackgroundTask");
    int64_t cu = al_lib_arg_int(argv[1]);
    al_object *o = al_program_find_id(X->prog, AL_OBJ_CODEUNIT, cu);
    if (!o) al_throw(X, NULL, "The Codeunit %lld does not exist.", (long long)cu);
    al_dict *params = argc > 2 ? deref(&argv[2])->u.dict : NULL;
    int32_t timeout = argc > 3 ? (int32_t)al_lib_arg_int(argv[3]) : 0;
    int32_t level = argc > 4 ? (int32_t)al_lib_arg_int(argv[4]) : 0;
    int32_t id = 0;
    if (!al_pbt_enqueue(pbt_of(X), p, o, params, timeout, level, &id)) {
        if (call->consumed) return al_bool(false);
        al_throw(X, NULL, "The page background task could not be enqueued: the child session queue is full "
                          "(ChildSessionsMaxQueueLength tasks are waiting).");
    }
    *argv[0].u.ref = al_int(id);
    return al_bool(true);
}

static al_value p_cancel(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)call;
    al_session_rt *rt = X->rt;
    if (!rt || !rt->pbt) return al_bool(false);
    return al_bool(al_pbt_cancel(rt->pbt, (int32_t)al_lib_arg_int(argv[0]), "CancelBackgroundTask"));
}

/* Update([SaveRecord]): the client shows the page again, which runs
 * OnAfterGetRecord and OnAfterGetCurrRecord; in the background task
 * triggers it does nothing (BC ignores it there). */
static al_value p_update(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    al_page_rt *p = page_of(X, self);
    if (!p || !p->open || al_pbt_in_trigger(X)) return al_none();
    al_record *r = al_page_rec(p);
    if ((argc == 0 || argv[0].u.b) && r && r->rowid) {
        al_record_stamp(X, r, false, false);
        al_store_modify(X, X->db, r);
    }
    al_page_refresh(p);
    return al_none();
}

static al_value p_close(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    al_page_rt *p = page_of(X, self);
    if (p && p->open) al_page_close(p);
    return al_none();
}

static al_value p_saverecord(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    al_page_rt *p = page_of(X, self);
    al_record *r = p ? al_page_rec(p) : NULL;
    if (r && r->rowid) {
        al_record_stamp(X, r, false, false);
        al_store_modify(X, X->db, r);
    }
    return al_none();
}

static al_value p_editable(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    al_page_rt *p = page_of(X, self);
    return al_bool(p ? p->page->editable : true);
}

static al_value p_caption(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    al_instance *in = deref(self)->u.inst;
    const al_object *o = in ? in->obj : call->a->type->obj;
    return al_lib_text(al_text_cstr(o && o->page ? o->page->caption : ""));
}

/* SetRecord/GetRecord/SetSelectionFilter: the page's record. */
static al_value p_record(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_instance *in = deref(self)->u.inst;
    if (!in) {
        in = al_exec_instance(X, call->a->type->obj);
        deref(self)->u.inst = in;
    }
    const al_page *pg = in->obj->page;
    if (!pg || pg->rec_slot < 0) al_throw(X, NULL, "The page %s has no source table.", in->obj->name);
    al_record *mine = in->globals[pg->rec_slot].u.rec;
    al_record *other = deref(&argv[0])->u.rec;
    switch (call->builtin->magic) {
    case 0: al_record_assign(mine, other); break;                                        /* SetRecord */
    case 1: al_record_assign(other, mine); break;                                        /* GetRecord */
    default:                                                                             /* SetSelectionFilter */
        al_record_assign(other, mine);
        memcpy(other->filters, mine->filters, sizeof *other->filters * other->table->nfields);
        for (uint32_t i = 0; i < other->table->keys[0].nfields; i++) {
            uint32_t f = other->table->keys[0].fields[i];
            al_filter_field ff = {other->table->fields[f].type, other->table->fields[f].caption, other->table->caption};
            other->filters[f] = al_filter_range(X, &ff, other->fields[f], NULL);
        }
        other->view++;
    }
    return al_none();
}

/* LookupMode([Set]): whether the page runs as a lookup — then its OK and
 * Cancel close it with LookupOK and LookupCancel (runtime/page.c).  Set
 * before RunModal, so it lives on the instance. */
static al_value p_lookupmode(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_instance *in = deref(self)->u.inst;
    if (!in) {
        in = al_exec_instance(X, call->a->type->obj);
        deref(self)->u.inst = in;
    }
    if (argc > 0) in->lookup_mode = argv[0].u.b;
    return al_bool(in->lookup_mode);
}

/* CurrPage.Lines (a part control): the part's page instance. */
static al_value p_part(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    al_page_rt *p = page_of(X, self);
    const al_text *name = argv[0].u.text;
    al_value v = {.tag = AL_TY_PAGE};
    for (uint32_t i = 0; p && i < p->nparts; i++)
        if (p->part_controls[i]->name && al_name_eq(p->part_controls[i]->name, name->s)) {
            v.u.inst = p->parts[i]->inst;
            return v;
        }
    v.u.inst = al_exec_instance(X, call->type->obj);     /* the page is not open: a fresh instance */
    return v;
}

/* ------------------------------------------------------- Page.* globals */

static al_value g_getparams(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)argv; (void)call;
    al_value v = {.tag = AL_TY_DICT};
    v.u.dict = al_pbt_params(X);
    return v;
}

static al_value g_setresult(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)call;
    al_pbt_set_result(X, deref(&argv[0])->u.dict);
    return al_none();
}

/* What Page.Run / Page.RunModal (Id [, Rec]) or PageVariable.Run() /
 * RunModal() run: the page, the page variable (NULL for Page.Run), the
 * record to open on (Rec, or where the variable's SetRecord put it). */
typedef struct run_target {
    al_object *obj;
    al_value *var;
    al_record *rec;
} run_target;

static run_target target(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    run_target t = {0};
    if (self) {
        t.obj = call->a->type->obj;
        t.var = deref(self);
        al_instance *in = t.var->u.inst;
        if (in && t.obj->page->rec_slot >= 0) t.rec = in->globals[t.obj->page->rec_slot].u.rec;
    } else {
        int64_t id = al_lib_arg_int(argv[0]);
        t.obj = al_program_find_id(X->prog, AL_OBJ_PAGE, id);
        if (!t.obj || !t.obj->page) al_throw(X, NULL, "The Page %lld does not exist.", (long long)id);
        if (argc > 1) t.rec = deref(&argv[1])->u.rec;
    }
    return t;
}

/* The instance the page runs on: the page variable's (made now, and kept
 * in the variable, when it has none yet), or a new one for Page.Run(Id). */
static al_instance *instance_of(al_exec *X, const run_target *t)
{
    if (!t->var) return al_exec_instance(X, t->obj);
    if (!t->var->u.inst) t->var->u.inst = al_exec_instance(X, t->obj);
    return t->var->u.inst;
}

/* Under `alrun test`: the page goes to the test's [PageHandler] or
 * [ModalPageHandler] for it (runtime/testrun.c finds it; a test without
 * one fails with `Unhandled UI: Page "X"` / `ModalPage "X"`).  A handler
 * taking a TestPage gets the page opened in edit mode on the variable's
 * instance and the record, as a trapped page; the page is closed when
 * the handler returns if it is still open, and the Action it closed with
 * is the result (a modal page closed without OK: Cancel).  A handler
 * taking a Page gets the instance, its Rec on the record, not opened; a
 * modal one also gets var Response (starting at Cancel), the result.  In
 * lookup mode OK and Cancel are LookupOK and LookupCancel. */
static int32_t run_in_test(al_exec *X, al_handler_kind kind, const run_target *t, al_instance *in)
{
    al_instance *tin;
    al_proc *h = al_testrun_find_handler(X, kind, t->obj, &tin);
    if (!h) al_testrun_unhandled(X, kind, al_sprintf("\"%s\"", t->obj->name));
    bool modal = kind == AL_HANDLER_MODALPAGE;
    if (h->params[0].type->kind == AL_TY_TESTPAGE) {
        al_value tp = al_lib_testpage_open_for_handler(X, t->obj, in, t->rec, modal ? AL_ACTION_CANCEL : 0);
        al_value page = tp;              /* the handler may assign its var parameter */
        al_testrun_call(X, h, tin, &tp);
        return al_lib_testpage_close_handled(X, page);
    }
    al_record *own = t->obj->page->rec_slot >= 0 ? in->globals[t->obj->page->rec_slot].u.rec : NULL;
    if (own && t->rec && own != t->rec && own->table == t->rec->table) {
        al_record_assign(own, t->rec);
        memcpy(own->filters, t->rec->filters, sizeof *own->filters * own->table->nfields);
        own->view++;
    }
    al_value vals[2] = {{.tag = AL_TY_PAGE}, al_ordinal(AL_TY_ENUM, in->lookup_mode ? AL_ACTION_LOOKUPCANCEL : AL_ACTION_CANCEL)};
    vals[0].u.inst = in;
    al_testrun_call(X, h, tin, vals);
    return modal ? (int32_t)vals[1].u.i : 0;
}

/* Page.Run(PageId [, Rec]) and PageVariable.Run(): a TestPage that
 * trapped the page gets it; in a test, the test's PageHandler; else the
 * client opens the page (on Rec's record when one is given) and the
 * script goes on with it; without a client (alrun run) there is nobody to
 * show it to. */
static al_value g_pagerun(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_session_rt *rt = X->rt;
    run_target t = target(X, self, argc, argv, call);
    al_instance *in = t.var ? t.var->u.inst : NULL;
    if (rt && rt->trap && al_lib_testpage_open_trapped(X, t.obj, in, t.rec)) return al_none();   /* TestPage.Trap() */
    if (al_testrun_active(X)) {
        run_in_test(X, AL_HANDLER_PAGE, &t, instance_of(X, &t));
        return al_none();
    }
    if (!rt || !rt->client)
        al_throw(X, NULL, "Page %lld %s cannot be shown: this session has no client (alrun page opens pages).",
                 (long long)t.obj->id, t.obj->name);
    al_client_open(rt->client, t.obj, t.rec);
    return al_none();
}

/* Page.RunModal(PageId, Rec) on a list page is a lookup: the page runs in
 * lookup mode and, after LookupOK, Rec holds the row the user chose (the
 * pattern `if Page.RunModal(Page::"X List", Rec) = Action::LookupOK`). */
static bool auto_lookup(const run_target *t)
{
    static const char *const lists[] = {"List", "Worksheet", "ListPlus", NULL};
    if (t->var || !t->rec || !t->obj->page->page_type) return false;
    for (const char *const *s = lists; *s; s++)
        if (al_name_eq(t->obj->page->page_type, *s)) return true;
    return false;
}

/* Page.RunModal(PageId [, Rec]) / PageVariable.RunModal(): in a test, the
 * test's ModalPageHandler drives the page (TestPage traps do not take
 * modal pages, as in BC); else the page opens and the client's script
 * goes on with it until it is closed (ok, cancel, close).  The result is
 * the Action the page closed with. */
static al_value g_pagerunmodal(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_session_rt *rt = X->rt;
    run_target t = target(X, self, argc, argv, call);
    if (al_testrun_active(X)) {
        al_instance *in = instance_of(X, &t);
        if (auto_lookup(&t)) in->lookup_mode = true;
        int32_t action = run_in_test(X, AL_HANDLER_MODALPAGE, &t, in);
        al_record *own = t.obj->page->rec_slot >= 0 ? in->globals[t.obj->page->rec_slot].u.rec : NULL;
        if (action == AL_ACTION_LOOKUPOK && !t.var && t.rec && own && own->table == t.rec->table)
            al_record_assign(t.rec, own);        /* Rec is the row chosen (a page variable: GetRecord) */
        return al_ordinal(AL_TY_ENUM, action);
    }
    if (!rt || !rt->client)
        al_throw(X, NULL, "Page %lld %s cannot be shown: this session has no client (alrun page opens pages).",
                 (long long)t.obj->id, t.obj->name);
    int32_t action = al_client_run_modal(rt->client, t.obj, t.rec);
    return al_ordinal(AL_TY_ENUM, action);
}

/* ---------------------------------------------------------- Notification */

static al_notification *notif(al_value *self) { return deref(self)->u.notif; }

static al_value n_message(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_notification *n = notif(self);
    if (argc > 0) n->message = al_lib_arg_text(X, argv[0]);
    return al_lib_text(n->message);
}

/* Under `alrun test` a notification sent or recalled goes to the test's
 * [SendNotificationHandler] / [RecallNotificationHandler] (the handler's
 * Boolean is Send's / Recall's result; one without a result: true); a
 * test without one fails with `Unhandled UI: SendNotification <message>`
 * (docs/testing.md: BC's behaviour is not in our reference). */
static al_value to_handler(al_exec *X, al_handler_kind kind, al_value *self)
{
    al_instance *tin;
    al_proc *h = al_testrun_find_handler(X, kind, NULL, &tin);
    if (!h) al_testrun_unhandled(X, kind, notif(self)->message->s);
    al_value r = al_testrun_call(X, h, tin, deref(self));
    return r.tag == AL_TY_BOOLEAN ? r : al_bool(true);
}

static al_value n_send(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    al_notification *n = notif(self);
    al_session_rt *rt = X->rt;
    if (rt && rt->task) al_throw(X, NULL, "Notification.Send cannot be used in a page background task: a child session has no user interface.");
    n->sent = true;
    if (al_testrun_active(X)) return to_handler(X, AL_HANDLER_SENDNOTIFICATION, self);
    if (rt && rt->client) {
        al_page_rt *p = X->top && X->top->self ? X->top->self->rt : NULL;
        al_client_notify(rt->client, p, "info", n->message->s);
    } else if (X->host.message) {
        X->host.message(X->host.ctx, al_sprintf("Notification: %s", n->message->s));
    }
    return al_bool(true);
}

static al_value n_recall(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    al_notification *n = notif(self);
    bool was = n->sent;
    n->sent = false;
    if (al_testrun_active(X)) return to_handler(X, AL_HANDLER_RECALLNOTIFICATION, self);
    return al_bool(was);
}

static int32_t find_data(const al_notification *n, const al_text *name)
{
    for (uint32_t i = 0; i < n->ndata; i++)
        if (al_text_eq(n->names[i], name)) return (int32_t)i;
    return -1;
}

static al_value n_setdata(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_notification *n = notif(self);
    const al_text *k = al_lib_arg_text(X, argv[0]), *v = al_lib_arg_text(X, argv[1]);
    int32_t i = find_data(n, k);
    if (i < 0) {
        n->names = al_realloc(n->names, n->ndata * sizeof *n->names, (n->ndata + 1) * sizeof *n->names);
        n->values = al_realloc(n->values, n->ndata * sizeof *n->values, (n->ndata + 1) * sizeof *n->values);
        i = (int32_t)n->ndata++;
        n->names[i] = k;
    }
    n->values[i] = v;
    return al_none();
}

static al_value n_getdata(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_notification *n = notif(self);
    int32_t i = find_data(n, al_lib_arg_text(X, argv[0]));
    return al_lib_text(i < 0 ? AL_TEXT_EMPTY : n->values[i]);
}

static al_value n_hasdata(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    return al_bool(find_data(notif(self), al_lib_arg_text(X, argv[0])) >= 0);
}

static al_value n_addaction(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)self; (void)argc; (void)argv; (void)call;
    /* the client has no buttons to press yet: the action is accepted */
    return al_none();
}

static al_value n_scope(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)call;
    al_notification *n = notif(self);
    if (argc > 0) n->scope = (int32_t)al_lib_arg_int(argv[0]);
    return al_ordinal(AL_TY_ENUM, n->scope);
}

static al_value n_id(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    al_notification *n = notif(self);
    if (argc > 0) n->id = deref(&argv[0])->u.guid;
    if (!n->id) n->id = al_lib_new_guid(X).u.guid;
    al_value v = {.tag = AL_TY_GUID};
    v.u.guid = n->id;
    return v;
}

static const al_builtin page_fns[] = {
    {"EnqueueBackgroundTask", "&ii|&aia:b", p_enqueue, AL_BF_TRY, 0},
    {"CancelBackgroundTask", "i:b", p_cancel, 0, 0},
    {"Update", "|b", p_update, 0, 0},
    {"Close", "", p_close, 0, 0},
    {"SaveRecord", "", p_saverecord, 0, 0},
    {"Editable", "|b:b", p_editable, 0, 0},
    {"Caption", "|t:t", p_caption, 0, 0},
    {"SetRecord", "&r", p_record, 0, 0},
    {"GetRecord", "&r", p_record, 0, 1},
    {"SetSelectionFilter", "&r", p_record, 0, 2},
    {"LookupMode", "|b:b", p_lookupmode, 0, 0},
    {"$Part", "t", p_part, 0, 0},
    {"Run", "", g_pagerun, AL_BF_UI, 0},
    {"RunModal", ":A", g_pagerunmodal, AL_BF_UI, 0},
    {NULL, NULL, NULL, 0, 0},
};

static const al_builtin pageglobal_fns[] = {
    {"Page.Run", "i|r", g_pagerun, AL_BF_UI, 0},
    {"Page.RunModal", "i|r:A", g_pagerunmodal, AL_BF_UI, 0},
    {"Page.GetBackgroundParameters", ":Y", g_getparams, 0, 0},
    {"Page.SetBackgroundTaskResult", "a", g_setresult, 0, 0},
    {NULL, NULL, NULL, 0, 0},
};

static const al_builtin notification_fns[] = {
    {"Message", "|t:t", n_message, 0, 0},
    {"Send", ":b", n_send, 0, 0},
    {"Recall", ":b", n_recall, 0, 0},
    {"SetData", "tt", n_setdata, 0, 0},
    {"GetData", "t:t", n_getdata, 0, 0},
    {"HasData", "t:b", n_hasdata, 0, 0},
    {"AddAction", "tit|t", n_addaction, 0, 0},
    {"Scope", "|a:a", n_scope, 0, 0},
    {"Id", "|g:g", n_id, 0, 0},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_page = {AL_TY_PAGE, page_fns};
const al_builtin_lib al_lib_pageglobal = {AL_TY_NONE, pageglobal_fns};
const al_builtin_lib al_lib_notification = {AL_TY_NOTIFICATION, notification_fns};
