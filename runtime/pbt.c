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
#include "runtime/host.h"
#include "runtime/client.h"
#include "runtime/explore.h"
#include "runtime/inject.h"
#include "runtime/perturb.h"
#include "runtime/session.h"
#include "runtime/trace.h"
#include "interp/builtin.h"
#include "interp/convert.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <errno.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>

struct al_pbt {
    al_exec *parent;
    al_pbt_settings s;
    struct al_client *client;
    int64_t now;                     /* virtual ms since the client started */
    int32_t next_id;
    al_perturb perturb;              /* --seed: the virtual clock's timing differences */
    const al_inject *inject;         /* --inject: the faults (the session's), and ... */
    uint32_t *inject_counts;         /* ... how often each one's codeunit was enqueued */
    al_task *queue, *queue_last;     /* waiting tasks, FIFO (al_task.next) */
    al_task *active;                 /* running tasks, and cancelled ones whose thread is not
                                        joined yet (al_task.anext) */
    uint32_t running, queued;
    /* the real clock: workers on threads post their end here */
    pthread_mutex_t mu;
    pthread_cond_t cv;               /* a worker posted an end */
    al_task *done, *done_last;
    int64_t t0_ms;
    /* worker threads, as many as tasks ever ran at once (at most
     * max_concurrency), waiting for jobs: creating a thread per task would
     * cost more than the task */
    pthread_cond_t job_cv;
    al_task *jobs, *jobs_last;       /* started tasks no worker took yet (al_task.done_next) */
    pthread_t *workers;
    uint32_t nworkers, idle;
    bool quit;
};

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

al_pbt_settings al_pbt_defaults(void)
{
    return (al_pbt_settings){.max_concurrency = 5, .max_queue = 100, .default_timeout = 120000,
                             .max_timeout = 600000, .work_unit_ns = 1000};
}

al_pbt *al_pbt_new(al_exec *parent, const al_pbt_settings *s, struct al_client *client)
{
    al_pbt *B = al_alloc(sizeof *B);
    B->parent = parent;
    B->s = *s;
    B->client = client;
    B->next_id = 1;
    B->perturb = al_perturb_new(s->real_clock ? 0 : s->seed);
    const al_session_rt *prt = parent->rt;
    B->inject = prt ? prt->inject : NULL;
    B->inject_counts = al_inject_counts(B->inject);
    pthread_mutex_init(&B->mu, NULL);
    pthread_cond_init(&B->cv, NULL);
    pthread_cond_init(&B->job_cv, NULL);
    B->t0_ms = mono_ms();
    return B;
}

int64_t al_pbt_now(const al_pbt *B) { return B->s.real_clock ? mono_ms() - B->t0_ms : B->now; }
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

/* ============================================================ the trace
 *
 * Events for --trace (trace.h): the parent's on its clock, a child's on
 * its own (the virtual clock) or the shared real one.  A task's end is
 * recorded when the parent learns of it, with the time it happened. */

static al_trace *trace_of(const al_pbt *B) { return al_trace_of(B->parent); }

static const char *level_name(int32_t level) { return level == 1 ? "Warning" : level == 2 ? "Ignore" : "Error"; }

static void trace_end(al_pbt *B, al_task *t, int64_t at)
{
    al_trace *T = trace_of(B);
    if (!T) return;
    int64_t after = at - t->started_at;
    if (t->failed && !strcmp(t->err_code, "ChildSessionTaskTimeout"))
        al_trace_event(T, at, t->id, t->id, "timeout", AL_TI("timeout_ms", t->timeout), AL_TI("after_ms", after),
                       AL_TT("code", t->err_code), AL_TT("text", t->err_text));
    else if (t->failed)
        al_trace_event(T, at, t->id, t->id, "error", AL_TI("after_ms", after), AL_TT("code", t->err_code),
                       AL_TT("text", t->err_text));
    else
        al_trace_event(T, at, t->id, t->id, "completed", AL_TI("after_ms", after));
}

/* Before [t] leaves its state: under the virtual clock its worker already
 * ran to the end, so what it did after now is taken back. */
static void trace_cancel(al_pbt *B, al_task *t, const char *why)
{
    al_trace *T = trace_of(B);
    if (!T) return;
    int64_t now = al_trace_now(T);
    bool running = t->state == AL_TASK_RUNNING;
    if (running && !B->s.real_clock) al_trace_cut(T, t->id, now, "cancelled");
    al_trace_event(T, now, t->id, t->id, "cancelled", AL_TT("reason", why), AL_TT("was", running ? "running" : "queued"));
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
    int64_t clock_ns;                /* the virtual clock's part below a ms: work charged */
    int64_t deadline;                /* virtual ms; the real clock: ms on al_pbt_now's scale */
    int64_t work_unit_ns;            /* virtual clock: the cost of a unit of work, perturbed */
    al_perturb rng;                  /* the task's own stream of perturbations */
    bool timed_out;
    bool ok;
} child;

/* The virtual clock: the work done since the last charge (evaluator
 * units, see al_exec.fuel) moves the child's clock; past the deadline the
 * task has timed out — so an endless loop ends too. */
static void charge(child *c)
{
    int64_t units = al_exec_work(c->X);
    c->X->fuel = c->X->fuel_quantum;
    c->clock_ns += units * c->work_unit_ns;
    c->clock += c->clock_ns / 1000000;
    c->clock_ns %= 1000000;
    if (c->clock > c->deadline || (c->clock == c->deadline && c->clock_ns > 0)) {
        c->clock = c->deadline;
        c->clock_ns = 0;
        c->timed_out = true;
        al_exec_abort(c->X, "ChildSessionTaskTimeout", "Child Session task was terminated because of a timeout.");
    }
}

static void virtual_tick(al_exec *X)
{
    /* al_exec_tick calls this with fuel used up: all of a quantum is due */
    X->fuel = 0;
    charge(X->host.ctx);
}

/* The real clock's child: Sleep in short slices, so that a cancel or a
 * timeout set by the parent ends it promptly. */
static void real_sleep(void *ctx, int64_t ms)
{
    child *c = ctx;
    int64_t end = mono_ms() + ms;
    al_trace *T = trace_of(c->B);                /* recorded on this worker's thread: the sink locks */
    int64_t began = al_pbt_now(c->B);
    al_trace_event(T, began, c->t->id, c->t->id, "sleep-begin", AL_TI("ms", ms));
    for (;;) {
        int stop = atomic_load_explicit(&c->t->stop, memory_order_relaxed);
        if (stop) al_trace_event(T, al_pbt_now(c->B), c->t->id, c->t->id, "sleep-end",
                                 AL_TI("slept_ms", al_pbt_now(c->B) - began), AL_TT("interrupted", stop == 2 ? "timeout" : "cancelled"));
        if (stop) al_exec_abort(c->X, stop == 2 ? "ChildSessionTaskTimeout" : "ChildSessionTaskCancelled",
                                stop == 2 ? "Child Session task was terminated because of a timeout."
                                          : "The page background task was cancelled.");
        int64_t left = end - mono_ms();
        if (left <= 0) {
            al_trace_event(T, al_pbt_now(c->B), c->t->id, c->t->id, "sleep-end", AL_TI("slept_ms", al_pbt_now(c->B) - began));
            return;
        }
        if (left > 10) left = 10;
        struct timespec ts = {0, (long)left * 1000000L};
        while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
    }
}

static int64_t real_now(void *ctx)
{
    (void)ctx;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The evaluator's periodic check (al_exec.on_tick): a cancel or timeout
 * set by the parent stops the worker even inside an endless loop. */
static void real_tick(al_exec *X)
{
    child *c = X->host.ctx;
    int stop = atomic_load_explicit(&c->t->stop, memory_order_relaxed);
    if (stop) al_exec_abort(X, stop == 2 ? "ChildSessionTaskTimeout" : "ChildSessionTaskCancelled",
                            stop == 2 ? "Child Session task was terminated because of a timeout."
                                      : "The page background task was cancelled.");
}

static int64_t child_now(void *ctx)
{
    child *c = ctx;
    return al_client_epoch_ms(c->B->client) + c->clock;
}

static void child_sleep(void *ctx, int64_t ms)
{
    child *c = ctx;
    charge(c);                                   /* the work before the Sleep */
    al_trace *T = trace_of(c->B);
    int64_t began = c->clock;
    al_trace_event(T, began, c->t->id, c->t->id, "sleep-begin", AL_TI("ms", ms));
    c->clock_ns += al_perturb_sleep_ns(&c->rng, ms);
    c->clock += c->clock_ns / 1000000;
    c->clock_ns %= 1000000;
    if (c->clock > c->deadline || (c->clock == c->deadline && c->clock_ns > 0)) {
        c->clock = c->deadline;
        c->clock_ns = 0;
        c->timed_out = true;
        al_trace_event(T, c->clock, c->t->id, c->t->id, "sleep-end", AL_TI("slept_ms", c->clock - began),
                       AL_TT("interrupted", "timeout"));
        al_exec_abort(c->X, "ChildSessionTaskTimeout", "Child Session task was terminated because of a timeout.");
    }
    al_trace_event(T, c->clock, c->t->id, c->t->id, "sleep-end", AL_TI("slept_ms", c->clock - began));
}

typedef struct charge_req { child *c; } charge_req;

static void do_charge(al_exec *X, void *ud)
{
    (void)X;
    charge(((charge_req *)ud)->c);
}

/* A child session has no client: a dialog is an error. */
static void child_refuse_ui(al_exec *X, const struct al_builtin *b, int argc, al_value *argv)
{
    (void)argc; (void)argv;
    al_throw(X, NULL, "%s cannot be used in a page background task: a child session has no user interface.", b->name);
}

/* Opens the task's child session (on the parent's thread). */
static child *open_child(al_pbt *B, al_task *t)
{
    al_session_rt *prt = B->parent->rt;
    char *error = NULL;
    child *c = al_alloc(sizeof *c);
    c->B = B;
    c->t = t;
    t->child = c;
    c->clock = al_pbt_now(B);
    c->deadline = c->clock + t->timeout;
    /* --seed: this task's share of the perturbations (none for seed 0);
     * the session's start latency counts against its timeout */
    c->rng = al_perturb_split(&B->perturb);
    c->work_unit_ns = al_perturb_work_unit_ns(&c->rng, B->s.work_unit_ns);
    c->clock_ns = al_perturb_latency_ns(&c->rng);
    c->clock += c->clock_ns / 1000000;
    c->clock_ns %= 1000000;
    t->tiebreak = al_perturb_tiebreak(&c->rng);
    al_host h = {0};
    h.ctx = c;
    h.now_ms = B->s.real_clock ? real_now : child_now;
    h.sleep_ms = B->s.real_clock ? real_sleep : child_sleep;
    al_exec *X = al_session_open(B->parent->prog, prt->db, true, &h, &error);
    if (!X) {
        t->failed = true;
        t->err_code = "";
        t->err_text = error ? error : "cannot open a child session";
        t->err_stack = "";
        t->ends_at = c->clock;
        return NULL;
    }
    c->X = X;
    X->refuse_ui = child_refuse_ui;
    X->restricted = true;
    X->session_id = B->parent->session_id + t->id;
    if (B->s.real_clock) {
        X->on_tick = real_tick;
        X->fuel_quantum = X->fuel = 256;          /* a cancel or timeout is seen within microseconds */
    } else {
        X->on_tick = virtual_tick;
    }
    al_session_rt *rt = X->rt;
    rt->task = t;
    return c;
}

/* --inject: the fault happens where the worker would have started its
 * work; AL sees it as it sees a real failure (inject.h). */
static void raise_fault(al_exec *X, void *ud)
{
    al_task *t = ud;
    if (t->fault->kind == AL_FAULT_TIMEOUT)
        al_throw_msg(X, "ChildSessionTaskTimeout", "Child Session task was terminated because of a timeout.");
    al_throw_msg(X, t->fault->code, t->fault->text);
}

/* The real clock: a task injected to time out hangs until the page stops it. */
static void hang(al_exec *X, void *ud)
{
    (void)X;
    real_sleep(ud, (int64_t)1 << 40);
}

/* Runs [t]'s fault instead of its worker ([c]: a task of the page
 * client; NULL: a synchronous one).  Always false: the task failed. */
static bool run_fault(al_exec *X, child *c, al_task *t)
{
    if (c && t->fault->kind == AL_FAULT_TIMEOUT) {
        if (c->B->s.real_clock) {
            al_exec_protected(X, hang, c);
        } else {
            c->clock = c->deadline;
            c->clock_ns = 0;
            c->timed_out = true;
        }
    } else {
        al_exec_protected(X, raise_fault, t);
    }
    X->last_error.callstack = al_inject_callstack(X, t->codeunit);
    return false;
}

/* Runs the worker to its end (on whatever thread) and records the outcome. */
static void run_child(child *c)
{
    al_task *t = c->t;
    al_exec *X = c->X;
    al_session_rt *rt = X->rt;
    bool ok = t->fault ? run_fault(X, c, t) : al_exec_run(X, t->codeunit, NULL, NULL, true);
    if (ok && !c->B->s.real_clock) {
        /* the last bit of work: it may still take the task past its deadline */
        charge_req q = {c};
        ok = al_exec_protected(X, do_charge, &q);
    }
    int stop = atomic_load_explicit(&t->stop, memory_order_relaxed);
    if (stop == 2) c->timed_out = true;
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
    t->ends_at = c->B->s.real_clock ? al_pbt_now(c->B) : c->clock;
}

/* The real clock: the worker's thread.  Its end goes into the parent's
 * queue; the parent delivers it (and joins the thread). */
/* Appends [t] to a list linked through done_next (the jobs, the ends). */
static void push_task(al_task **head, al_task **last, al_task *t)
{
    t->done_next = NULL;
    if (*last) (*last)->done_next = t;
    else *head = t;
    *last = t;
}

static void post_done(al_pbt *B, al_task *t)
{
    pthread_mutex_lock(&B->mu);
    push_task(&B->done, &B->done_last, t);
    pthread_cond_signal(&B->cv);
    pthread_mutex_unlock(&B->mu);
}

/* A worker thread: takes started tasks and runs them, until shutdown. */
static void *worker_thread(void *arg)
{
    al_pbt *B = arg;
    pthread_mutex_lock(&B->mu);
    for (;;) {
        while (!B->jobs && !B->quit) {
            B->idle++;
            pthread_cond_wait(&B->job_cv, &B->mu);
            B->idle--;
        }
        if (!B->jobs) break;
        al_task *t = B->jobs;
        B->jobs = t->done_next;
        if (!B->jobs) B->jobs_last = NULL;
        pthread_mutex_unlock(&B->mu);
        run_child(t->child);
        post_done(B, t);
        pthread_mutex_lock(&B->mu);
    }
    pthread_mutex_unlock(&B->mu);
    return NULL;
}

/* Hands a started task to a worker, starting one if none is free. */
static bool give_job(al_pbt *B, al_task *t)
{
    pthread_mutex_lock(&B->mu);
    push_task(&B->jobs, &B->jobs_last, t);
    bool ok = true;
    /* at most twice the slots: a cancelled task keeps its worker until it
     * notices, and a new task should not wait for that */
    if (B->idle == 0 && B->nworkers < 2 * (uint32_t)(B->s.max_concurrency > 0 ? B->s.max_concurrency : 1)) {
        pthread_t th;
        if (pthread_create(&th, NULL, worker_thread, B) == 0) {
            B->workers = al_realloc(B->workers, B->nworkers * sizeof *B->workers, (B->nworkers + 1) * sizeof *B->workers);
            B->workers[B->nworkers++] = th;
        } else if (B->nworkers == 0) {
            ok = false;                   /* no thread at all: the caller runs it */
            B->jobs = B->jobs_last = NULL;
        }
    }
    if (ok) pthread_cond_signal(&B->job_cv);
    pthread_mutex_unlock(&B->mu);
    return ok;
}

static void start(al_pbt *B, al_task *t)
{
    t->anext = B->active;
    B->active = t;
    t->state = AL_TASK_RUNNING;
    t->started_at = al_pbt_now(B);
    B->running++;
    event(B, "task %d started (%s)", t->id, t->codeunit->name);
    al_trace_event(trace_of(B), t->started_at, t->id, t->id, "started", AL_TI("codeunit_id", t->codeunit->id),
                   AL_TT("codeunit", t->codeunit->name), AL_TI("timeout_ms", t->timeout));
    child *c = open_child(B, t);
    if (!c) {
        if (B->s.real_clock) post_done(B, t);
        return;
    }
    if (!B->s.real_clock) {
        run_child(c);
        return;
    }
    t->has_thread = true;                 /* until its end is taken from the done queue */
    if (!give_job(B, t)) {
        /* no thread to be had: run it here rather than lose it */
        run_child(c);
        post_done(B, t);
    }
}

static void start_queued(al_pbt *B)
{
    while (B->queue && B->running < (uint32_t)B->s.max_concurrency) {
        al_task *t = B->queue;
        B->queue = t->next;
        if (!B->queue) B->queue_last = NULL;
        t->next = NULL;
        B->queued--;
        start(B, t);
    }
}

static void unlink_active(al_pbt *B, al_task *t)
{
    for (al_task **pp = &B->active; *pp; pp = &(*pp)->anext)
        if (*pp == t) {
            *pp = t->anext;
            t->anext = NULL;
            return;
        }
}

static void unlink_queued(al_pbt *B, al_task *t)
{
    al_task *prev = NULL;
    for (al_task *u = B->queue; u; prev = u, u = u->next)
        if (u == t) {
            if (prev) prev->next = t->next;
            else B->queue = t->next;
            if (B->queue_last == t) B->queue_last = prev;
            t->next = NULL;
            return;
        }
}

/* ======================================================== the page side */

static bool enqueue_sync(al_pbt *B, al_page_rt *page, al_object *codeunit, al_dict *params, int32_t timeout,
                         int32_t level, int32_t *id);

bool al_pbt_enqueue(al_pbt *B, al_page_rt *page, al_object *codeunit, al_dict *params, int32_t timeout,
                    int32_t level, int32_t *id)
{
    if (!B->client) return enqueue_sync(B, page, codeunit, params, timeout, level, id);
    const al_fault *fault = al_inject_match(B->inject, B->inject_counts, codeunit);
    if (fault && fault->kind == AL_FAULT_QUEUE_FULL) {
        event(B, "task not enqueued: the queue is full (injected: %s)", fault->spec);
        al_facts_refused(al_client_facts(B->client), codeunit);
        al_trace_event(trace_of(B), al_trace_now(trace_of(B)), 0, 0, "queue-full", AL_TI("codeunit_id", codeunit->id),
                       AL_TT("codeunit", codeunit->name), AL_TT("injected", fault->spec));
        return false;
    }
    bool must_wait = B->running >= (uint32_t)B->s.max_concurrency;
    if (must_wait && B->queued >= (uint32_t)B->s.max_queue) {
        event(B, "task not enqueued: the queue is full (%d waiting)", B->s.max_queue);
        al_trace_event(trace_of(B), al_trace_now(trace_of(B)), 0, 0, "queue-full", AL_TI("codeunit_id", codeunit->id),
                       AL_TT("codeunit", codeunit->name), AL_TI("waiting", B->queued), AL_TI("max_queue", B->s.max_queue));
        al_facts_refused(al_client_facts(B->client), codeunit);
        return false;
    }
    al_task *t = al_alloc(sizeof *t);
    t->id = B->next_id++;
    t->codeunit = codeunit;
    t->fault = fault;
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
    page->pending_tasks++;
    *id = t->id;
    event(B, "task %d enqueued: codeunit %lld %s, timeout %d ms%s%s%s", t->id, (long long)codeunit->id, codeunit->name,
          timeout, must_wait ? ", waiting for a free slot" : "", fault ? ", injected: " : "",
          fault ? al_inject_describe(fault) : "");
    al_facts_enqueued(al_client_facts(B->client), t);
    if (fault)
        al_trace_event(trace_of(B), al_trace_now(trace_of(B)), 0, t->id, "enqueue", AL_TI("codeunit_id", codeunit->id),
                       AL_TT("codeunit", codeunit->name), AL_TI("timeout_ms", timeout), AL_TT("level", level_name(level)),
                       AL_TT("page", page->page->obj->name), AL_TT("injected", al_inject_describe(fault)));
    else
        al_trace_event(trace_of(B), al_trace_now(trace_of(B)), 0, t->id, "enqueue", AL_TI("codeunit_id", codeunit->id),
                       AL_TT("codeunit", codeunit->name), AL_TI("timeout_ms", timeout), AL_TT("level", level_name(level)),
                       AL_TT("page", page->page->obj->name));
    if (must_wait)
        al_trace_event(trace_of(B), al_trace_now(trace_of(B)), t->id, t->id, "queued", AL_TI("waiting", B->queued + 1),
                       AL_TI("running", B->running));
    if (must_wait) {
        if (B->queue_last) B->queue_last->next = t;
        else B->queue = t;
        B->queue_last = t;
        B->queued++;
    } else {
        start(B, t);
    }
    return true;
}

/* Takes [t] out of the running or waiting set. */
static void finish(al_pbt *B, al_task *t, al_task_state state)
{
    if (t->state == AL_TASK_RUNNING) {
        B->running--;
        if (state == AL_TASK_CANCELLED && t->has_thread)
            atomic_store_explicit(&t->stop, 1, memory_order_relaxed);   /* its thread ends at its next check */
        else
            unlink_active(B, t);          /* a thread still running stays until it is joined */
    } else if (t->state == AL_TASK_QUEUED) {
        B->queued--;
        unlink_queued(B, t);
    }
    t->state = state;
    if (t->page->pending_tasks) t->page->pending_tasks--;
    if (state == AL_TASK_CANCELLED) al_facts_cancelled(al_client_facts(B->client), t);
}

bool al_pbt_cancel(al_pbt *B, int32_t id, const char *why)
{
    al_task *found = NULL;
    for (al_task *t = B->active; t && !found; t = t->anext)
        if (t->id == id && t->state == AL_TASK_RUNNING) found = t;
    for (al_task *t = B->queue; t && !found; t = t->next)
        if (t->id == id) found = t;
    if (!found) return false;
    trace_cancel(B, found, why);
    finish(B, found, AL_TASK_CANCELLED);
    event(B, "task %d cancelled: %s", found->id, why);
    start_queued(B);
    return true;
}

void al_pbt_cancel_page(al_pbt *B, al_page_rt *page, bool only_other_record, const char *why)
{
    al_record *r = al_page_rec(page);
    const al_recordid *now = r ? al_record_id(r) : NULL;
    /* in enqueue order: the running ones (they were enqueued first), then the waiting */
    uint32_t n = 0;
    for (al_task *t = B->active; t; t = t->anext) n++;
    al_task **run = al_alloc(sizeof *run * (n + 1));
    n = 0;
    for (al_task *t = B->active; t; t = t->anext) run[n++] = t;
    for (uint32_t i = 0; i < n; i++)                           /* by id: the order they were enqueued */
        for (uint32_t j = i + 1; j < n; j++)
            if (run[j]->id < run[i]->id) { al_task *x = run[i]; run[i] = run[j]; run[j] = x; }
    bool any = false;
    for (uint32_t i = 0; i < n; i++) {
        al_task *t = run[i];
        if (t->page != page || t->state != AL_TASK_RUNNING) continue;
        if (only_other_record && al_recordid_cmp(t->recid, now) == 0) continue;
        trace_cancel(B, t, why);
        finish(B, t, AL_TASK_CANCELLED);
        event(B, "task %d cancelled: %s", t->id, why);
        any = true;
    }
    for (al_task *t = B->queue, *next; t; t = next) {
        next = t->next;
        if (t->page != page) continue;
        if (only_other_record && al_recordid_cmp(t->recid, now) == 0) continue;
        trace_cancel(B, t, why);
        finish(B, t, AL_TASK_CANCELLED);
        event(B, "task %d cancelled: %s", t->id, why);
        any = true;
    }
    if (any) start_queued(B);
}

/* The triggers of the parent session refuse dialogs with BC's client
 * callback error. */
static void trigger_refuse_ui(al_exec *X, const struct al_builtin *b, int argc, al_value *argv)
{
    const char *what = al_name_eq(b->name, "Confirm") ? "to show a confirmation dialog box"
                     : al_name_eq(b->name, "StrMenu") ? "to show a selection menu"
                     : !strncmp(b->name, "Page.Run", 8) || !strncmp(b->name, "Run", 3) ? "to run a page"
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

/* Runs [q]'s completion or error trigger in the parent session as BC runs
 * them: CurrPage.Update does nothing and dialogs fail.  False when it ended
 * with an AL error (X->last_error). */
static bool run_task_trigger(al_pbt *B, deliver_req *q)
{
    al_exec *X = B->parent;
    al_session_rt *rt = X->rt;
    void (*saved)(al_exec *, const struct al_builtin *, int, al_value *) = X->refuse_ui;
    bool saved_restricted = X->restricted;
    X->refuse_ui = trigger_refuse_ui;
    X->restricted = true;
    rt->in_pbt_trigger++;
    bool ok = al_exec_protected(X, q->t->failed ? do_error : do_completed, q);
    rt->in_pbt_trigger--;
    X->refuse_ui = saved;
    X->restricted = saved_restricted;
    return ok;
}

static void deliver(al_pbt *B, al_task *t)
{
    al_exec *X = B->parent;
    deliver_req q = {B, t, al_bool(false)};
    al_facts_delivering(al_client_facts(B->client), t);
    bool ok = run_task_trigger(B, &q);
    al_client_trigger_done(B->client, ok);
    if (!ok) {
        al_trace_unwind(trace_of(B), al_trace_now(trace_of(B)), X->depth, X->last_error.msg);
        /* an error inside either trigger: always shown, as an Error */
        al_client_notify(B->client, t->page, "error", X->last_error.msg);
    } else if (t->failed && !q.handled.u.b && t->level != 2) {
        al_client_notify(B->client, t->page, t->level == 1 ? "warning" : "error", t->err_text);
    }
    al_facts_delivered(al_client_facts(B->client), t, ok, q.handled.u.b, X->last_error.msg);
}

static al_task *next_end(al_pbt *B)
{
    al_task *best = NULL;
    for (al_task *t = B->active; t; t = t->anext)
        if (t->state == AL_TASK_RUNNING
            && (!best || t->ends_at < best->ends_at
                || (t->ends_at == best->ends_at
                    && (t->tiebreak < best->tiebreak || (t->tiebreak == best->tiebreak && t->id < best->id)))))
            best = t;
    return best;
}

/* A task's end (its worker finished, failed or timed out) as the page sees
 * it: recorded, counted, the next queued task started and, while the page
 * is open, the completion or error trigger run. */
static void task_ended(al_pbt *B, al_task *t)
{
    finish(B, t, AL_TASK_ENDED);
    trace_end(B, t, t->ends_at);
    al_facts_ended(al_client_facts(B->client), t);
    if (t->failed) event(B, "task %d %s after %lld ms: %s", t->id,
                         !strcmp(t->err_code, "ChildSessionTaskTimeout") ? "timed out" : "failed",
                         (long long)(t->ends_at - t->started_at), t->err_text);
    else event(B, "task %d completed after %lld ms", t->id, (long long)(t->ends_at - t->started_at));
    start_queued(B);
    if (t->page->open) deliver(B, t);
}

/* The real clock: what the parent does while it waits.  Workers' ends
 * arrive in the order they happen; deadlines are enforced by telling the
 * worker to stop (it ends at its next check and reports the timeout). */
static void advance_real(al_pbt *B, int64_t until)
{
    for (;;) {
        int64_t now = al_pbt_now(B);
        /* timeouts due */
        int64_t next_deadline = -1;
        for (al_task *t = B->active; t; t = t->anext) {
            if (t->state != AL_TASK_RUNNING || !t->child) continue;
            if (now >= t->child->deadline) {
                if (!atomic_load_explicit(&t->stop, memory_order_relaxed))
                    atomic_store_explicit(&t->stop, 2, memory_order_relaxed);
            } else if (next_deadline < 0 || t->child->deadline < next_deadline) {
                next_deadline = t->child->deadline;
            }
        }
        pthread_mutex_lock(&B->mu);
        al_task *t = B->done;
        if (t) {
            B->done = t->done_next;
            if (!B->done) B->done_last = NULL;
        }
        if (!t) {
            bool idle = B->running == 0 && B->queued == 0;
            bool any_thread = false;
            for (al_task *u = B->active; u; u = u->anext) any_thread |= u->has_thread;
            if ((until < 0 && idle && !any_thread) || (until >= 0 && now >= until)) {
                pthread_mutex_unlock(&B->mu);
                return;
            }
            int64_t wake = until >= 0 ? until : now + 1000;
            if (next_deadline >= 0 && next_deadline < wake) wake = next_deadline;
            int64_t ms = wake - now;
            if (ms < 1) ms = 1;
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            ts.tv_sec += ms / 1000;
            ts.tv_nsec += (ms % 1000) * 1000000L;
            if (ts.tv_nsec >= 1000000000L) { ts.tv_sec++; ts.tv_nsec -= 1000000000L; }
            pthread_cond_timedwait(&B->cv, &B->mu, &ts);
            pthread_mutex_unlock(&B->mu);
            continue;
        }
        pthread_mutex_unlock(&B->mu);
        t->has_thread = false;
        if (t->state == AL_TASK_CANCELLED) {           /* cancelled while it ran: no trigger */
            unlink_active(B, t);
            continue;
        }
        task_ended(B, t);
    }
}

void al_pbt_shutdown(al_pbt *B)
{
    while (B->queue) {
        trace_cancel(B, B->queue, "the session ended");
        finish(B, B->queue, AL_TASK_CANCELLED);
    }
    for (al_task *t = B->active, *next; t; t = next) {
        next = t->anext;
        if (t->state == AL_TASK_RUNNING) {
            trace_cancel(B, t, "the session ended");
            finish(B, t, AL_TASK_CANCELLED);
        }
    }
    /* the workers finish what they run (told to stop) and quit */
    pthread_mutex_lock(&B->mu);
    B->quit = true;
    pthread_cond_broadcast(&B->job_cv);
    pthread_mutex_unlock(&B->mu);
    for (uint32_t i = 0; i < B->nworkers; i++) pthread_join(B->workers[i], NULL);
    B->nworkers = 0;
    for (al_task *t = B->active; t; t = t->anext) t->has_thread = false;
    B->active = NULL;
    B->jobs = B->jobs_last = NULL;
    B->done = B->done_last = NULL;
}

void al_pbt_advance(al_pbt *B, int64_t until)
{
    if (B->s.real_clock) {
        advance_real(B, until);
        return;
    }
    for (;;) {
        al_task *t = next_end(B);
        if (!t || (until >= 0 && t->ends_at > until)) break;
        if (t->ends_at > B->now) B->now = t->ends_at;
        task_ended(B, t);
    }
    if (until > B->now) B->now = until;
}

/* ================================================= synchronous tasks
 *
 * A session without a client (a TestPage in `alrun run`, later `alrun
 * test`) runs its page background tasks synchronously, as BC does when the
 * client is headless or a test runs (bc-behaviour.md §1.9): the worker
 * runs at once, inside EnqueueBackgroundTask, in a read-only child session
 * that reads through the parent's connection (al_session_open_view), so
 * it sees the parent's uncommitted rows; the task's trigger fires when the
 * TestPage call that led to it ends (al_pbt_deliver_sync).  Until then the
 * task counts as running, so a change of record or closing the page
 * cancels it as usual (no trigger). */

/* With a trace, the synchronous worker's host wraps the parent's to
 * record its Sleep calls. */
typedef struct sync_host { al_host parent; al_trace *T; int task; } sync_host;

static int64_t sync_now(void *ctx)
{
    sync_host *h = ctx;
    return h->parent.now_ms ? h->parent.now_ms(h->parent.ctx) : 0;
}

static void sync_sleep(void *ctx, int64_t ms)
{
    sync_host *h = ctx;
    al_trace_event(h->T, al_trace_now(h->T), h->task, h->task, "sleep-begin", AL_TI("ms", ms));
    al_host_sleep_for_child(&h->parent, ms);
    al_trace_event(h->T, al_trace_now(h->T), h->task, h->task, "sleep-end", AL_TI("slept_ms", ms));
}

/* Runs [t]'s worker to its end in a child session on the parent's thread. */
static void run_sync(al_pbt *B, al_task *t)
{
    al_exec *P = B->parent;
    al_host h = P->host;                  /* the parent's clock; dialogs are refused below */
    h.message = NULL;
    h.confirm = NULL;
    h.strmenu = NULL;
    char *error = NULL;
    al_trace *T = trace_of(B);
    /* no client, so no client clock: the task's times are the trace's */
    t->started_at = T ? al_trace_now(T) : al_pbt_now(B);
    if (T) {
        sync_host *sh = al_alloc(sizeof *sh);
        *sh = (sync_host){P->host, T, t->id};
        h.ctx = sh;
        h.now_ms = sync_now;
        h.sleep_ms = sync_sleep;
        al_trace_event(T, t->started_at, t->id, t->id, "started", AL_TI("codeunit_id", t->codeunit->id),
                       AL_TT("codeunit", t->codeunit->name), AL_TB("synchronous", true));
    }
    al_exec *X = al_session_open_view(P, &h, &error);
    if (!X) {
        t->failed = true;
        t->err_code = "";
        t->err_text = error ? error : "cannot open a child session";
        t->err_stack = "";
        return;
    }
    X->refuse_ui = child_refuse_ui;
    X->session_id = P->session_id + t->id;
    al_session_rt *rt = X->rt;
    rt->task = t;
    bool ok = t->fault ? run_fault(X, NULL, t) : al_exec_run(X, t->codeunit, NULL, NULL, true);
    if (ok) {
        t->results = rt->result ? dict_copy(rt->result) : dict_copy(NULL);
    } else {
        t->failed = true;
        t->err_code = X->last_error.code && *X->last_error.code ? X->last_error.code : "";
        t->err_text = X->last_error.msg;
        t->err_stack = X->last_error.callstack ? X->last_error.callstack : "";
    }
    al_session_close(X, ok);
}

static al_task *new_sync_task(al_pbt *B, al_page_rt *page, al_object *codeunit, al_dict *params, int32_t level)
{
    al_task *t = al_alloc(sizeof *t);
    t->id = B->next_id++;
    t->codeunit = codeunit;
    t->params = dict_copy(params);
    t->timeout = B->s.default_timeout;
    t->level = level;
    t->page = page;
    al_record *r = al_page_rec(page);
    t->recid = r ? al_record_id(r) : NULL;
    return t;
}

static bool enqueue_sync(al_pbt *B, al_page_rt *page, al_object *codeunit, al_dict *params, int32_t timeout,
                         int32_t level, int32_t *id)
{
    (void)timeout;                        /* our choice: no timeout when the worker runs inline */
    const al_fault *fault = al_inject_match(B->inject, B->inject_counts, codeunit);
    if (fault && fault->kind == AL_FAULT_QUEUE_FULL) {
        al_trace_event(trace_of(B), al_trace_now(trace_of(B)), 0, 0, "queue-full", AL_TI("codeunit_id", codeunit->id),
                       AL_TT("codeunit", codeunit->name), AL_TT("injected", fault->spec));
        return false;
    }
    al_task *t = new_sync_task(B, page, codeunit, params, level);
    t->fault = fault;
    *id = t->id;
    al_trace_event(trace_of(B), al_trace_now(trace_of(B)), 0, t->id, "enqueue", AL_TI("codeunit_id", codeunit->id),
                   AL_TT("codeunit", codeunit->name), AL_TT("level", level_name(level)), AL_TT("page", page->page->obj->name),
                   AL_TB("synchronous", true));
    run_sync(B, t);
    /* ended, but running until delivered: it can still be cancelled */
    t->state = AL_TASK_RUNNING;
    t->anext = B->active;
    B->active = t;
    B->running++;
    page->pending_tasks++;
    return true;
}

/* Runs [t]'s trigger in the parent session; false when its error was not
 * handled or the trigger itself failed (X->last_error: the trigger's). */
static bool deliver_sync(al_pbt *B, al_task *t, bool *trigger_failed)
{
    al_exec *X = B->parent;
    deliver_req q = {B, t, al_bool(false)};
    bool ok = run_task_trigger(B, &q);
    if (!ok) al_trace_unwind(trace_of(B), al_trace_now(trace_of(B)), X->depth, X->last_error.msg);
    *trigger_failed = !ok;
    if (!ok) return false;
    return !(t->failed && !q.handled.u.b && t->level != 2);
}

/* The page a TestPage drives: the host of a part. */
static al_page_rt *top_page(al_page_rt *p)
{
    while (p->parent) p = p->parent;
    return p;
}

/* An unhandled error on the trigger path tears the TestPage's client
 * down: the page and its parts are closed without their triggers. */
static void teardown(al_pbt *B, al_page_rt *p)
{
    for (uint32_t i = 0; i < p->nparts; i++) teardown(B, p->parts[i]);
    if (!p->open) return;
    al_pbt_cancel_page(B, p, false, "the TestPage was closed");
    p->open = false;
}

bool al_pbt_deliver_sync(al_pbt *B)
{
    if (B->client) return true;           /* a client's tasks report when its time passes */
    for (;;) {
        al_task *t = NULL;
        for (al_task *u = B->active; u; u = u->anext)
            if (u->state == AL_TASK_RUNNING && (!t || u->id < t->id)) t = u;
        if (!t) return true;
        finish(B, t, AL_TASK_ENDED);
        trace_end(B, t, al_trace_now(trace_of(B)));     /* it counted as running until now */
        if (!t->page->open) continue;
        bool trigger_failed;
        if (!deliver_sync(B, t, &trigger_failed)) {
            teardown(B, top_page(t->page));
            return false;
        }
    }
}

al_dict *al_pbt_run_now(al_pbt *B, al_page_rt *page, al_object *codeunit, al_dict *params, bool triggers)
{
    al_exec *X = B->parent;
    al_task *t = new_sync_task(B, page, codeunit, params, 0);
    const al_fault *fault = al_inject_match(B->inject, B->inject_counts, codeunit);
    if (fault && fault->kind != AL_FAULT_QUEUE_FULL) t->fault = fault;     /* no queue here to be full */
    run_sync(B, t);
    t->state = AL_TASK_ENDED;
    trace_end(B, t, al_trace_now(trace_of(B)));
    if (triggers) {
        bool trigger_failed;
        if (!deliver_sync(B, t, &trigger_failed)) {
            if (trigger_failed) al_throw_msg(X, X->last_error.code, X->last_error.msg);
            al_throw_msg(X, *t->err_code ? t->err_code : NULL, t->err_text);
        }
    } else if (t->failed) {
        al_throw_msg(X, *t->err_code ? t->err_code : NULL, t->err_text);
    }
    return t->results ? t->results : dict_copy(NULL);
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
