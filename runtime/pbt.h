/* runtime/pbt.h — page background tasks: child sessions, the queue, the
 * concurrency limit, timeouts, cancellation, and the triggers that report
 * back to the page (docs/background-tasks.md).
 *
 * Every parent session has an al_pbt.  CurrPage.EnqueueBackgroundTask
 * queues a task; up to max_concurrency run at once, the rest wait in FIFO
 * order, and enqueueing fails when max_queue tasks already wait.  A task
 * runs its codeunit's OnRun in a child session: a fresh al_exec on a
 * read-only store, without UI, reading its parameters with
 * Page.GetBackgroundParameters and answering with SetBackgroundTaskResult.
 * Its end is reported in the parent session, on the page:
 * OnPageBackgroundTaskCompleted, or OnPageBackgroundTaskError and then (if
 * not handled) a notification as the task's ErrorLevel says.
 *
 * Clocks: under the virtual clock (the one implemented today) time is a
 * number the client moves forward; a task runs to its end when it starts,
 * charging its Sleep calls and its work to its own clock, and its end is
 * delivered when the client's time reaches it.  Runs are deterministic.
 */
#ifndef AL_RUNTIME_PBT_H
#define AL_RUNTIME_PBT_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include "runtime/page.h"

typedef struct al_pbt_settings {
    int32_t max_concurrency;         /* ChildSessionsMaxConcurrency, default 5 */
    int32_t max_queue;               /* ChildSessionsMaxQueueLength, default 100 */
    int32_t default_timeout;         /* PageBackgroundTaskDefaultTimeout, ms, default 120000 */
    int32_t max_timeout;             /* PageBackgroundTaskMaxTimeout, ms, default 600000 */
    int64_t work_unit_ns;            /* virtual clock: time charged per unit of AL work */
    bool real_clock;                 /* child sessions on threads, wall-clock time */
    uint64_t seed;                   /* virtual clock: timing perturbations (runtime/perturb.h); 0 none */
} al_pbt_settings;

al_pbt_settings al_pbt_defaults(void);

typedef enum al_task_state { AL_TASK_QUEUED, AL_TASK_RUNNING, AL_TASK_ENDED, AL_TASK_CANCELLED } al_task_state;

typedef struct al_task {
    int32_t id;
    al_object *codeunit;
    al_dict *params;                 /* a copy: the page may change its dictionary */
    int32_t timeout;                 /* ms, after clamping */
    int32_t level;                   /* PageBackgroundTaskErrorLevel ordinal: 0 Error, 1 Warning, 2 Ignore */
    al_page_rt *page;
    const al_recordid *recid;        /* the page's record when enqueued */
    al_task_state state;
    int64_t enqueued_at, started_at, ends_at;
    uint64_t tiebreak;               /* orders tasks ending in the same ms (perturb.h; 0: by id) */
    const struct al_fault *fault;    /* --inject: what happens to it instead of its work (inject.h) */
    /* the outcome */
    bool failed;
    const char *err_code, *err_text, *err_stack;
    al_dict *results;
    struct al_task *next;            /* in the parent's queue of waiting tasks */
    struct al_task *anext;           /* in the parent's list of running tasks */
    /* the real clock */
    bool has_thread;                 /* a worker has it (real clock) and has not reported back */
    _Atomic int stop;                /* set by the parent: 1 cancelled, 2 timed out */
    struct al_task *done_next;       /* in the parent's queue of ended workers */
    struct child *child;
} al_task;

typedef struct al_pbt al_pbt;

al_pbt *al_pbt_new(al_exec *parent, const al_pbt_settings *s, struct al_client *client);
/* EnqueueBackgroundTask: false when the queue is full (the caller raises
 * or returns false); *id gets the task's ID. */
bool al_pbt_enqueue(al_pbt *B, al_page_rt *page, al_object *codeunit, al_dict *params, int32_t timeout,
                    int32_t level, int32_t *id);
/* CancelBackgroundTask: true when a queued or running task was cancelled. */
bool al_pbt_cancel(al_pbt *B, int32_t id, const char *why);
/* Cancels the page's tasks: its record changed ([only_other_record]: those
 * enqueued for another record) or it closed. */
void al_pbt_cancel_page(al_pbt *B, al_page_rt *page, bool only_other_record, const char *why);
/* Lets time pass until [until] (virtual ms), delivering every task end due
 * by then, in time order, with their triggers.  until < 0: until no task
 * is queued or running. */
void al_pbt_advance(al_pbt *B, int64_t until);
/* The page's own session slept [ms]: the clock moves, but task ends are
 * delivered only when the client waits again (the page is busy). */
void al_pbt_pass(al_pbt *B, int64_t ms);
/* Ends every task (cancelled) and waits for their threads: nothing of a
 * session's tasks outlives it. */
void al_pbt_shutdown(al_pbt *B);
/* The client's current time, ms since the run started. */
int64_t al_pbt_now(const al_pbt *B);
/* Tasks queued or running. */
uint32_t al_pbt_pending(const al_pbt *B);

/* Synchronous tasks (a session without a client: TestPages).  Fires the
 * triggers of the tasks that ended, in the order they were enqueued (and
 * of those their triggers enqueue).  False when a task's error was not
 * handled or a trigger failed: the page is then closed without its
 * triggers (the TestPage is torn down) and the caller raises. */
bool al_pbt_deliver_sync(al_pbt *B);
/* TestPage.RunPageBackgroundTask: runs [codeunit] now in a read-only
 * child session of the parent and returns its results; the page's
 * triggers fire only when [triggers].  A worker error is raised in the
 * parent with the worker's text (unless a trigger handled it). */
al_dict *al_pbt_run_now(al_pbt *B, al_page_rt *page, al_object *codeunit, al_dict *params, bool triggers);

/* Inside a task's child session: its parameters and result. */
al_dict *al_pbt_params(al_exec *child);
void al_pbt_set_result(al_exec *child, al_dict *results);
/* Is [X] running an OnPageBackgroundTask* trigger (Update does nothing,
 * dialogs fail)? */
bool al_pbt_in_trigger(const al_exec *X);

#endif
