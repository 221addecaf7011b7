/* runtime/session.h — a session: one al_exec with its record store.
 *
 * A session is what BC calls one: a thread of AL execution with its own
 * database connection and write transaction.  `alrun run` has one; page
 * background tasks (a later issue) add read-only child sessions.
 */
#ifndef AL_RUNTIME_SESSION_H
#define AL_RUNTIME_SESSION_H

#include "interp/exec.h"
#include "runtime/db.h"

struct al_client;
struct al_pbt;
struct al_task;
struct al_trace;

/* What the runtime keeps per session (al_exec.rt). */
typedef struct al_session_rt {
    al_db *db;
    struct al_client *client;        /* the page client driving it, or NULL */
    struct al_pbt *pbt;              /* its page background tasks (created on first use) */
    struct al_task *task;            /* a child session: the task it runs */
    al_dict *result;                 /* a child session: SetBackgroundTaskResult */
    int in_pbt_trigger;              /* running OnPageBackgroundTask* triggers */
    struct run *test;                /* `alrun test`: the run the session serves (testrun.c) */
    struct al_testpage *trap;        /* TestPage.Trap(): the next Page.Run opens into it */
    const char *commit_refused;      /* Commit fails with this text (a test with TransactionModel AutoRollback) */
    const struct al_inject *inject;  /* --inject: faults for the session's background tasks */
    struct al_trace *trace;          /* --trace / --timeline: the event sink (trace.h), or NULL */
} al_session_rt;

/* A new session on [db]: an al_exec for [P] with [host], whose store is
 * read-only when [read_only].  NULL with *error on failure. */
al_exec *al_session_open(const al_program *P, al_db *db, bool read_only, const al_host *host, char **error);
/* A read-only child session of [parent] that sees [parent]'s
 * uncommitted rows (it reads through the parent's connection:
 * al_store_view) — a page background task run synchronously, under a
 * TestPage.  Close it before the parent goes on. */
al_exec *al_session_open_view(al_exec *parent, const al_host *host, char **error);
/* Ends the session: commits its transaction when [ok], else rolls it
 * back (an error that reached the top undoes what was not committed). */
void al_session_close(al_exec *X, bool ok);

#endif
