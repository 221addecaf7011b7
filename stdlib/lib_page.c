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
    if ((argc == 0 || argv[0].u.b) && r && r->rowid) al_store_modify(X, X->db, r);
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
    if (r && r->rowid) al_store_modify(X, X->db, r);
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

/* Page.Run(PageId [, Rec]) and PageVariable.Run(): the client opens the
 * page (on Rec's record when one is given) and the script goes on with it;
 * without a client (alrun run) there is nobody to show it to. */
static al_value g_pagerun(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_session_rt *rt = X->rt;
    al_object *o;
    al_record *rec = NULL;
    al_instance *in = NULL;
    if (self) {
        /* a page variable: it opens where SetRecord put its record */
        o = call->a->type->obj;
        in = deref(self)->u.inst;
        if (in && o->page->rec_slot >= 0) rec = in->globals[o->page->rec_slot].u.rec;
    } else {
        int64_t id = al_lib_arg_int(argv[0]);
        o = al_program_find_id(X->prog, AL_OBJ_PAGE, id);
        if (!o || !o->page) al_throw(X, NULL, "The Page %lld does not exist.", (long long)id);
        if (argc > 1) rec = deref(&argv[1])->u.rec;
    }
    if (rt && rt->trap && al_lib_testpage_open_trapped(X, o, in, rec)) return al_none();   /* TestPage.Trap() */
    if (!rt || !rt->client)
        al_throw(X, NULL, "Page %lld %s cannot be shown: this session has no client (alrun page opens pages).",
                 (long long)o->id, o->name);
    al_client_open(rt->client, o, rec);
    return al_none();
}

/* Page.RunModal(PageId [, Rec]) / PageVariable.RunModal(): the page opens
 * and the client's script goes on with it until it is closed (ok, cancel,
 * close); the result is the Action the user took. */
static al_value g_pagerunmodal(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_session_rt *rt = X->rt;
    al_object *o;
    al_record *rec = NULL;
    if (self) {
        o = call->a->type->obj;
        al_instance *in = deref(self)->u.inst;
        if (in && o->page->rec_slot >= 0) rec = in->globals[o->page->rec_slot].u.rec;
    } else {
        int64_t id = al_lib_arg_int(argv[0]);
        o = al_program_find_id(X->prog, AL_OBJ_PAGE, id);
        if (!o || !o->page) al_throw(X, NULL, "The Page %lld does not exist.", (long long)id);
        if (argc > 1) rec = deref(&argv[1])->u.rec;
    }
    if (!rt || !rt->client)
        al_throw(X, NULL, "Page %lld %s cannot be shown: this session has no client (alrun page opens pages).",
                 (long long)o->id, o->name);
    int32_t action = al_client_run_modal(rt->client, o, rec);
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

static al_value n_send(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    al_notification *n = notif(self);
    al_session_rt *rt = X->rt;
    if (rt && rt->task) al_throw(X, NULL, "Notification.Send cannot be used in a page background task: a child session has no user interface.");
    n->sent = true;
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
    (void)X; (void)argc; (void)argv; (void)call;
    al_notification *n = notif(self);
    bool was = n->sent;
    n->sent = false;
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
