/* runtime/client.h — the page client: `alrun page`, a stand-in for BC's
 * web client (docs/page-client.md).
 *
 * It opens pages in one session, drives them from a script (open, next,
 * set, action, wait, close ...), shows a page as text, and prints every
 * event — triggers run, tasks enqueued, started, completed, failed,
 * cancelled, timed out, notifications — with its time on the client's
 * clock.  Under the virtual clock the time starts at 0 ms and moves only
 * when the script waits (or tasks end while it waits), so a run prints
 * the same thing every time.
 */
#ifndef AL_RUNTIME_CLIENT_H
#define AL_RUNTIME_CLIENT_H

#include <stdio.h>
#include "runtime/page.h"
#include "runtime/pbt.h"

typedef struct al_client al_client;
struct al_facts;

/* A client for session [X] printing to [out]. */
al_client *al_client_new(al_exec *X, FILE *out, const al_pbt_settings *settings);
/* The session's background tasks. */
al_pbt *al_client_pbt(al_client *c);
/* Runs the script [text] (named [name] in messages).  Returns 0, or 1
 * when a line could not be understood (reported as name:line: error). */
int al_client_run(al_client *c, const char *name, const char *text);

/* Opens [obj] for the user (Page.Run from AL code): on [rec]'s record
 * when given; the script goes on with it. */
al_page_rt *al_client_open(al_client *c, al_object *obj, al_record *rec);
/* Page.RunModal: opens [obj] (on [rec]) and reads the script on until the
 * page is closed; returns the Action ordinal (AL_ACTION_*): OK after `ok`,
 * Cancel after `cancel` or `close`. */
int32_t al_client_run_modal(al_client *c, al_object *obj, al_record *rec);
/* A background task's completion or error trigger has run ([ok]: without
 * an error): it was a call of its own, as in BC — its transaction is
 * committed, or rolled back after an error (inside RunModal the calling
 * code's end decides). */
void al_client_trigger_done(al_client *c, bool ok);
/* An event line: "[   120 ms] text". */
void al_client_event(al_client *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A notification shown on [page] ([kind]: info, warning, error). */
void al_client_notify(al_client *c, al_page_rt *page, const char *kind, const char *text);
/* The real time the virtual clock's 0 stands for (UTC ms since 1970). */
int64_t al_client_epoch_ms(const al_client *c);
/* `alrun explore`: the client notes the facts of its run in [F]
 * (runtime/explore.h); al_client_facts gives them to the page runtime
 * (NULL: not exploring, or no client). */
void al_client_set_facts(al_client *c, struct al_facts *F);
struct al_facts *al_client_facts(const al_client *c);
/* The session's host: its clock is the client's. */
al_host al_client_host(al_client *c);

#endif
