/* runtime/explore.h — `alrun explore`: a page script run many times under
 * different timing, and the distinct outcomes (docs/explore.md).
 *
 * Each run is `alrun page` with a seed (runtime/perturb.h): a fresh
 * database with the same --data, a client writing its timeline nowhere,
 * and a record of facts (al_facts) the page runtime notes as it goes —
 * per background task: its codeunit, how it ended (completed, failed with
 * code and text, timed out, cancelled), the trigger that ran for it and
 * whether it handled the error, the notifications it caused; outside the
 * tasks: messages, errors of script commands, notifications; and the page
 * as each `show` printed it and as it stands when the script ends.  No
 * times: two runs whose facts are equal are one outcome, however their
 * timing differed — and a time of day shown in a field or a text is
 * compared as "<time>", since it only says when the clock was read.
 */
#ifndef AL_RUNTIME_EXPLORE_H
#define AL_RUNTIME_EXPLORE_H

#include <stdio.h>
#include "runtime/inject.h"
#include "runtime/pbt.h"

/* ------------------------------------------------ the facts of one run */

typedef struct al_facts al_facts;

al_facts *al_facts_new(void);
/* Every function below does nothing when [F] is NULL (no explore). */
void al_facts_enqueued(al_facts *F, const al_task *t);
/* EnqueueBackgroundTask found the queue full. */
void al_facts_refused(al_facts *F, const al_object *codeunit);
/* The task ended (completed, failed, timed out); its trigger is next. */
void al_facts_ended(al_facts *F, const al_task *t);
void al_facts_cancelled(al_facts *F, const al_task *t);
/* Around the delivery of [t]'s end on the page: what happens in between
 * (notifications) belongs to the task.  [ok]: the trigger ran without an
 * error ([error]: its text otherwise); [handled]: IsHandled. */
void al_facts_delivering(al_facts *F, const al_task *t);
void al_facts_delivered(al_facts *F, const al_task *t, bool ok, bool handled, const char *error);
/* A notification on page [page] (or "the session"). */
void al_facts_notify(al_facts *F, const char *page, const char *kind, const char *text);
/* Something the user saw outside a task's trigger: a message, an error. */
void al_facts_event(al_facts *F, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The page as `show` printed it (script line [line]), or as it stands when
 * the script ends ([line] 0). */
void al_facts_show(al_facts *F, int line, const char *text);
/* The script ended: tasks cancelled now were still running. */
void al_facts_script_end(al_facts *F);

/* ------------------------------------------------------------ explore */

typedef struct al_explore_opts {
    const al_program *prog;
    const char **data;               /* --data files, loaded before each run */
    int ndata;
    al_pbt_settings settings;        /* its seed is set per run */
    const al_inject *inject;         /* --inject, or NULL */
    const char *script_name, *script;
    uint32_t runs;
    uint64_t seed;                   /* the first run's seed; run i has seed + i */
    const char *replay;              /* the `alrun page ...` command a seed is appended to */
} al_explore_opts;

/* Runs the script o->runs times and prints the outcomes to [out].
 * Returns 0, or 1 with *error (the script has a wrong line: reported by
 * the first run on stderr, *error NULL; or the database or data failed). */
int al_explore(const al_explore_opts *o, FILE *out, char **error);

/* "<time>" for every time of day in [s] ("9:00:00.991 AM", "14:03:07"):
 * how facts are compared. */
char *al_explore_mask_times(const char *s);

#endif
