/* runtime/inject.h — fault injection for page background tasks:
 * `--inject SPEC` on alrun page, run, test and explore (docs/explore.md).
 *
 * A SPEC names a task by its codeunit (name or ID), optionally only the
 * K-th time that codeunit is enqueued in the session, and what happens to
 * it:
 *
 *   TASK[#K] error CODE TEXT   the task fails with error code CODE and
 *                              text TEXT (the rest of the spec, as is)
 *   TASK[#K] timeout           the task runs into its timeout
 *   TASK[#K] queue-full        EnqueueBackgroundTask finds the queue full
 *
 * TASK is a codeunit ID or name ("double quotes" around a name with
 * spaces).  What AL sees is what a real failure gives it: the same
 * trigger, code, text, ErrorLevel handling and notifications
 * (runtime/pbt.c applies the fault).  The parsed specs are read-only once
 * sessions start; the counts of enqueues (for #K) are per session.
 */
#ifndef AL_RUNTIME_INJECT_H
#define AL_RUNTIME_INJECT_H

#include <stdbool.h>
#include <stdint.h>
#include "interp/exec.h"
#include "interp/program.h"

typedef enum al_fault_kind { AL_FAULT_ERROR, AL_FAULT_TIMEOUT, AL_FAULT_QUEUE_FULL } al_fault_kind;

typedef struct al_fault {
    const char *spec;                /* as written, for messages and the timeline */
    const char *task;                /* the codeunit as written: a name or an ID */
    int32_t nth;                     /* 0: every enqueue; K: only the K-th */
    al_fault_kind kind;
    const char *code, *text;         /* AL_FAULT_ERROR */
    const al_object *codeunit;       /* set by al_inject_resolve */
} al_fault;

typedef struct al_inject {
    al_fault *faults;
    uint32_t n;
} al_inject;

/* Adds [spec] to [plan]; false with *error (a sentence) when it is not
 * understood. */
bool al_inject_parse(al_inject *plan, const char *spec, char **error);
/* Binds every fault to its codeunit in [P]; false with *error when one
 * names no codeunit. */
bool al_inject_resolve(al_inject *plan, const al_program *P, char **error);

/* A session's counts of enqueues, one per fault (NULL for no plan). */
uint32_t *al_inject_counts(const al_inject *plan);
/* Codeunit [cu] is being enqueued (or run as a background task): counts
 * it and returns the fault that applies, the first that matches, or NULL. */
const al_fault *al_inject_match(const al_inject *plan, uint32_t *counts, const al_object *cu);
/* The call stack an injected failure reports: the first statement of the
 * codeunit's OnRun, where it would have started. */
char *al_inject_callstack(const al_exec *X, const al_object *cu);
/* How the timeline shows a fault: "error CODE", "timeout", "queue-full". */
const char *al_inject_describe(const al_fault *f);

#endif
