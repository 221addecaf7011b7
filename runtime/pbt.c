/* runtime/pbt.c — page background tasks (pbt.h, docs/background-tasks.md).
 *
 * The virtual clock: B->now is the client's time in ms.  A task that
 * starts runs its worker to the end at once, in a child session whose
 * clock starts at B->now and moves with the worker's Sleep calls (and,
 * with a fuel hook in the evaluator, its work); the task's end is the time
 * that clock reached, or its deadline when it got there first (a timeout).
 * The client delivers task ends in time order as its time passes, so a run
 * gives the same events in the same order every time.  A task cancelled
 * before its end is delivered never calls a trigger, as in BC.
 */
#include "runtime/pbt.h"
#include "runtime/client.h"
#include "runtime/session.h"
#include "interp/builtin.h"
#include "interp/convert.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <string.h>

struct al_pbt {
    al_exec *parent;
    al_pbt_settings s;
    struct al_client *client;
    int64_t now;                     /* virtual ms since the client started */
    int32_t next_id;
    al_task *tasks, *last;           /* every task not yet forgotten, in enqueue order */
    uint32_t running, queued;
};

al_pbt_settings al_pbt_defaults(void)
{
    return (al_pbt_settings){5, 100, 120000, 600000, 1000};
}

al_pbt *al_pbt_new(al_exec *parent, const al_pbt_settings *s, struct al_client *client)
{
    al_pbt *B = al_alloc(sizeof *B);
    B->parent = parent;
    B->s = *s;
    B->client = client;
    B->next_id = 1;
    return B;
}

int64_t al_pbt_now(const al_pbt *B) { return B->now; }
void al_pbt_pass(al_pbt *B, int64_t ms) { if (ms > 0) B->now += ms; }
uint32_t al_pbt_pending(const al_pbt *B) { return B->running + B->queued; }

static void event(al_pbt *B, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void event(al_pbt *B, const char *fmt, ...)
{
    if (!B->client) return;
    va_list ap;
    va_start(ap, fmt);
    char *t = al_vsprintf(fmt, ap);
    va_end(ap);
    al_client_event(B->client, "%s", t);
}

/* A Dictionary of [Text, Text] the task owns: parameters are copied when
 * the task is enqueued, so the page may change its own dictionary. */
static al_dict *dict_copy(const al_dict *d)
{
    al_dict *c = al_alloc(sizeof *c);
    c->key_type = c->value_type = &al_type_text;
    if (!d) return c;
    *c = *d;
    c->entries = al_alloc(sizeof *c->entries * (d->cap + 1));
    if (d->used) memcpy(c->entries, d->entries, sizeof *c->entries * d->used);
    if (d->index_cap) {
        c->index = al_alloc_atomic(sizeof *c->index * d->index_cap);
        memcpy(c->index, d->index, sizeof *c->index * d->index_cap);
    }
    return c;
}

/* ============================================================ the worker */

/* The child session's host: its own clock, no dialogs. */
typedef struct child {
    al_pbt *B;
    al_task *t;
    al_exec *X;
    int64_t clock;                   /* virtual ms */
    int64_t deadline;
    bool timed_out;
} child;

static int64_t child_now(void *ctx)
{
    child *c = ctx;
    return al_client_epoch_ms(c->B->client) + c->clock;
}

static void child_sleep(void *ctx, int64_t ms)
{
    child *c = ctx;
    c->clock += ms;
    if (c->clock > c->deadline) {
        c->clock = c->deadline;
        c->timed_out = true;
        al_throw(c->X, "ChildSessionTaskTimeout", "Child Session task was terminated because of a timeout.");
    }
}

/* A child session has no client: a dialog is an error. */
static void child_refuse_ui(al_exec *X, const struct al_builtin *b, int argc, al_value *argv)
{
    (void)argc; (void)argv;
    al_throw(X, NULL, "%s cannot be used in a page background task: a child session has no user interface.", b->name);
}

static void run_worker(al_pbt *B, al_task *t)
{
    al_session_rt *prt = B->parent->rt;
    char *error = NULL;
    child *c = al_alloc(sizeof *c);
    c->B = B;
    c->t = t;
    c->clock = B->now;
    c->deadline = B->now + t->timeout;
    al_host h = {0};
    h.ctx = c;
    h.now_ms = child_now;
    h.sleep_ms = child_sleep;
    al_exec *X = al_session_open(B->parent->prog, prt->db, true, &h, &error);
    if (!X) {
        t->failed = true;
        t->err_code = "";
        t->err_text = error ? error : "cannot open a child session";
        t->err_stack = "";
        t->ends_at = B->now;
        return;
    }
    c->X = X;
    X->refuse_ui = child_refuse_ui;
    X->restricted = true;
    X->session_id = B->parent->session_id + t->id;
    al_session_rt *rt = X->rt;
    rt->task = t;
    bool ok = al_exec_run(X, t->codeunit, NULL, NULL, true);
    if (ok) {
        t->results = rt->result ? dict_copy(rt->result) : dict_copy(NULL);
    } else {
        t->failed = true;
        if (c->timed_out) {
            t->err_code = "ChildSessionTaskTimeout";
            t->err_text = "Child Session task was terminated because of a timeout.";
        } else {
            t->err_code = X->last_error.code && *X->last_error.code ? X->last_error.code : "";
            t->err_text = X->last_error.msg;
        }
        t->err_stack = X->last_error.callstack ? X->last_error.callstack : "";
    }
    al_session_close(X, ok);
    t->ends_at = c->clock;
}

static void start(al_pbt *B, al_task *t)
{
    t->state = AL_TASK_RUNNING;
    t->started_at = B->now;
    B->running++;
    event(B, "task %d started (%s)", t->id, t->codeunit->name);
    run_worker(B, t);
}

static void start_queued(al_pbt *B)
{
    for (al_task *t = B->tasks; t && B->running < (uint32_t)B->s.max_concurrency; t = t->next)
        if (t->state == AL_TASK_QUEUED) {
            B->queued--;
            start(B, t);
        }
}

/* ======================================================== the page side */

bool al_pbt_enqueue(al_pbt *B, al_page_rt *page, al_object *codeunit, al_dict *params, int32_t timeout,
                    int32_t level, int32_t *id)
{
    bool must_wait = B->running >= (uint32_t)B->s.max_concurrency;
    if (must_wait && B->queued >= (uint32_t)B->s.max_queue) {
        event(B, "task not enqueued: the queue is full (%d waiting)", B->s.max_queue);
        return false;
    }
    al_task *t = al_alloc(sizeof *t);
    t->id = B->next_id++;
    t->codeunit = codeunit;
    t->params = dict_copy(params);
    if (timeout <= 0) timeout = B->s.default_timeout;
    if (timeout > B->s.max_timeout) timeout = B->s.max_timeout;
    t->timeout = timeout;
    t->level = level;
    t->page = page;
    al_record *r = al_page_rec(page);
    t->recid = r ? al_record_id(r) : NULL;
    t->enqueued_at = B->now;
    t->state = AL_TASK_QUEUED;
    if (B->last) B->last->next = t;
    else B->tasks = t;
    B->last = t;
    page->pending_tasks++;
    *id = t->id;
    event(B, "task %d enqueued: codeunit %lld %s, timeout %d ms%s", t->id, (long long)codeunit->id, codeunit->name,
          timeout, must_wait ? ", waiting for a free slot" : "");
    if (must_wait) B->queued++;
    else start(B, t);
    return true;
}

/* Takes [t] out of the running or waiting set. */
static void finish(al_pbt *B, al_task *t, al_task_state state)
{
    if (t->state == AL_TASK_RUNNING) B->running--;
    else if (t->state == AL_TASK_QUEUED) B->queued--;
    t->state = state;
    if (t->page->pending_tasks) t->page->pending_tasks--;
}

/* Forgets ended and cancelled tasks. */
static void sweep(al_pbt *B)
{
    al_task **pp = &B->tasks;
    B->last = NULL;
    while (*pp) {
        if ((*pp)->state == AL_TASK_ENDED || (*pp)->state == AL_TASK_CANCELLED) *pp = (*pp)->next;
        else {
            B->last = *pp;
            pp = &(*pp)->next;
        }
    }
}

bool al_pbt_cancel(al_pbt *B, int32_t id, const char *why)
{
    for (al_task *t = B->tasks; t; t = t->next)
        if (t->id == id && (t->state == AL_TASK_QUEUED || t->state == AL_TASK_RUNNING)) {
            finish(B, t, AL_TASK_CANCELLED);
            event(B, "task %d cancelled: %s", t->id, why);
            start_queued(B);
            sweep(B);
            return true;
        }
    return false;
}

void al_pbt_cancel_page(al_pbt *B, al_page_rt *page, bool only_other_record, const char *why)
{
    al_record *r = al_page_rec(page);
    const al_recordid *now = r ? al_record_id(r) : NULL;
    bool any = false;
    for (al_task *t = B->tasks; t; t = t->next) {
        if (t->page != page || (t->state != AL_TASK_QUEUED && t->state != AL_TASK_RUNNING)) continue;
        if (only_other_record && al_recordid_cmp(t->recid, now) == 0) continue;
        finish(B, t, AL_TASK_CANCELLED);
        event(B, "task %d cancelled: %s", t->id, why);
        any = true;
    }
    if (any) {
        start_queued(B);
        sweep(B);
    }
}

/* The triggers of the parent session refuse dialogs with BC's client
 * callback error. */
static void trigger_refuse_ui(al_exec *X, const struct al_builtin *b, int argc, al_value *argv)
{
    const char *what = al_name_eq(b->name, "Confirm") ? "to show a confirmation dialog box"
                     : al_name_eq(b->name, "StrMenu") ? "to show a selection menu"
                     : "to show a message box";
    const char *text = argc > 0 && (argv[0].tag == AL_TY_TEXT || argv[0].tag == AL_TY_CODE || argv[0].tag == AL_TY_LABEL)
                       ? argv[0].u.text->s : "";
    const al_object *page = X->top && X->top->self ? X->top->self->obj : NULL;
    al_throw(X, NULL,
             "Microsoft Dynamics 365 Business Central Server attempted to issue a client callback %s: %s (Page %lld %s). "
             "Client callbacks are not supported on Microsoft Dynamics 365 Business Central Server. The disallowed "
             "callback was issued from the OnPageBackgroundTaskCompleted or OnPageBackgroundTaskError trigger.",
             what, text, page ? (long long)page->id : 0LL, page ? page->name : "");
}

typedef struct deliver_req { al_pbt *B; al_task *t; al_value handled; } deliver_req;

static void do_completed(al_exec *X, void *ud)
{
    (void)X;
    deliver_req *q = ud;
    al_value args[2] = {al_int(q->t->id), {.tag = AL_TY_DICT}};
    args[1].u.dict = q->t->results;
    al_page_trigger(q->t->page, AL_PT_PBT_COMPLETED, args);
}

static void do_error(al_exec *X, void *ud)
{
    (void)X;
    deliver_req *q = ud;
    al_task *t = q->t;
    al_value args[5] = {al_int(t->id), al_textv(AL_TY_TEXT, al_text_cstr(t->err_code)),
                        al_textv(AL_TY_TEXT, al_text_cstr(t->err_text)), al_textv(AL_TY_TEXT, al_text_cstr(t->err_stack)),
                        {.tag = AL_TAG_REF}};
    args[4].u.ref = &q->handled;
    al_page_trigger(t->page, AL_PT_PBT_ERROR, args);
}

static void deliver(al_pbt *B, al_task *t)
{
    al_exec *X = B->parent;
    al_session_rt *rt = X->rt;
    deliver_req q = {B, t, al_bool(false)};
    /* in these triggers Update does nothing and dialogs fail */
    void (*saved)(al_exec *, const struct al_builtin *, int, al_value *) = X->refuse_ui;
    bool saved_restricted = X->restricted;
    X->refuse_ui = trigger_refuse_ui;
    X->restricted = true;
    rt->in_pbt_trigger++;
    bool ok = al_exec_protected(X, t->failed ? do_error : do_completed, &q);
    rt->in_pbt_trigger--;
    X->refuse_ui = saved;
    X->restricted = saved_restricted;
    if (!ok) {
        /* an error inside either trigger: always shown, as an Error */
        al_client_notify(B->client, t->page, "error", X->last_error.msg);
    } else if (t->failed && !q.handled.u.b && t->level != 2) {
        al_client_notify(B->client, t->page, t->level == 1 ? "warning" : "error", t->err_text);
    }
}

static al_task *next_end(al_pbt *B)
{
    al_task *best = NULL;
    for (al_task *t = B->tasks; t; t = t->next)
        if (t->state == AL_TASK_RUNNING && (!best || t->ends_at < best->ends_at)) best = t;
    return best;
}

void al_pbt_advance(al_pbt *B, int64_t until)
{
    for (;;) {
        al_task *t = next_end(B);
        if (!t || (until >= 0 && t->ends_at > until)) break;
        if (t->ends_at > B->now) B->now = t->ends_at;
        finish(B, t, AL_TASK_ENDED);
        if (t->failed) event(B, "task %d %s after %lld ms: %s", t->id,
                             !strcmp(t->err_code, "ChildSessionTaskTimeout") ? "timed out" : "failed",
                             (long long)(t->ends_at - t->started_at), t->err_text);
        else event(B, "task %d completed after %lld ms", t->id, (long long)(t->ends_at - t->started_at));
        start_queued(B);
        if (t->page->open) deliver(B, t);
        sweep(B);
    }
    if (until > B->now) B->now = until;
}

/* ====================================================== the child side */

al_dict *al_pbt_params(al_exec *child_x)
{
    al_session_rt *rt = child_x->rt;
    if (!rt || !rt->task) al_throw(child_x, NULL, "GetBackgroundParameters can only be used in a page background task.");
    return rt->task->params;
}

void al_pbt_set_result(al_exec *child_x, al_dict *results)
{
    al_session_rt *rt = child_x->rt;
    if (!rt || !rt->task) al_throw(child_x, NULL, "SetBackgroundTaskResult can only be used in a page background task.");
    rt->result = results;
}

bool al_pbt_in_trigger(const al_exec *X)
{
    const al_session_rt *rt = X->rt;
    return rt && rt->in_pbt_trigger > 0;
}
