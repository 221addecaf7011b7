/* runtime/trace.h — the event log of a run: `--trace FILE` and
 * `--timeline` (docs/trace.md).
 *
 * The places where things happen — the page runtime (page.c), the
 * background tasks (pbt.c), the client (client.c), the test runner — hand
 * each event to one sink, al_trace_event: its time on the run's clock,
 * the session it happened in (0: the page's own session, the parent; N:
 * the child session of task N), the task it concerns, its name and a few
 * details.  Nothing is parsed back from the printed text.
 *
 * When the run ends, al_trace_close writes the events, ordered by time, as
 * JSON lines (FILE.jsonl), draws them as lanes (FILE.svg, or FILE.html
 * with the same SVG inline: runtime/timeline.c) and, for --timeline,
 * prints the lanes as text.
 *
 * Threads: under `--clock real` a child session's Sleep is recorded on the
 * worker's thread, so appending takes a mutex.  The sink lives in
 * collected memory (al_alloc) like everything it points to: no collected
 * pointer is hidden in malloc memory.  Under the virtual clock every event
 * is recorded on the page's thread in a fixed order, so the files are the
 * same byte for byte on every run.
 */
#ifndef AL_RUNTIME_TRACE_H
#define AL_RUNTIME_TRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "interp/exec.h"

typedef struct al_trace al_trace;

/* One detail of an event: a key with a text, an integer or a Boolean. */
enum { AL_TRACE_TEXT = 1, AL_TRACE_INT, AL_TRACE_BOOL };
typedef struct al_trace_kv {
    const char *key;
    const char *s;
    int64_t i;
    int kind;
} al_trace_kv;

#define AL_TT(k, v) ((al_trace_kv){(k), (v), 0, AL_TRACE_TEXT})
#define AL_TI(k, v) ((al_trace_kv){(k), NULL, (int64_t)(v), AL_TRACE_INT})
#define AL_TB(k, v) ((al_trace_kv){(k), NULL, (v) ? 1 : 0, AL_TRACE_BOOL})
/* A list of details as (array, count); the leading {0} lets it be empty. */
#define AL_TRACE_KVS(...) ((const al_trace_kv[]){{0}, __VA_ARGS__} + 1), \
                          (sizeof((const al_trace_kv[]){{0}, __VA_ARGS__}) / sizeof(al_trace_kv) - 1)

/* A recorded event (the renderers read them). */
typedef struct al_trace_rec {
    int64_t t;                       /* ms on the run's clock */
    int32_t session;                 /* 0: the parent session; N: task N's child session */
    int32_t task;                    /* 0: none */
    const char *event;
    const al_trace_kv *kv;
    uint32_t nkv;
    uint64_t seq;                    /* the order it was recorded in */
} al_trace_rec;

/* Which files --trace [path] asks for, by its extension: 1 .jsonl, 2 .svg,
 * 3 .html; 0 for anything else (a command-line error). */
int al_trace_kind(const char *path);
/* A sink.  [path] (may be NULL: --timeline alone) names the files to
 * write: PATH.jsonl always, and PATH.svg or PATH.html as its extension
 * says; they are created now, so an unwritable path is reported before
 * the run.  [timeline]: print the text lanes when the trace is closed.
 * NULL with *error on failure. */
al_trace *al_trace_open(const char *path, bool timeline, char **error);
/* The run's clock: now(ctx) in ms; the trace's 0 is its value now unless
 * [from_zero] (the page client's clock already starts at 0). */
void al_trace_set_clock(al_trace *T, int64_t (*now)(void *ctx), void *ctx, bool from_zero);
/* The same from a session's host clock (alrun run, alrun test). */
void al_trace_use_host(al_trace *T, const al_host *host);
int64_t al_trace_now(al_trace *T);
/* The first event: the command and its clock; [title] heads the picture. */
void al_trace_begin(al_trace *T, const char *command, bool real_clock, const char *title);
/* The sink of a session (al_session_rt.trace), or NULL: tracing is off. */
al_trace *al_trace_of(const al_exec *X);

/* Records an event.  Text details are copied.  Safe from any thread. */
void al_trace_eventv(al_trace *T, int64_t t, int session, int task, const char *event, const al_trace_kv *kv, size_t n);
#define al_trace_event(T, t, session, task, event, ...) \
    al_trace_eventv((T), (t), (session), (task), (event), AL_TRACE_KVS(__VA_ARGS__))

/* Spans of the parent session: a trigger, a test, a codeunit run.
 * [what]-start now; the matching [what]-end comes with al_trace_leave at
 * the same call depth.  An AL error that unwinds past a span ends it
 * (failed: true) at the next span event of a depth at or above it, or at
 * al_trace_unwind — called where the error is caught. */
void al_trace_enter(al_trace *T, int64_t t, uint32_t depth, int task, const char *what, const al_trace_kv *kv, size_t n);
void al_trace_leave(al_trace *T, int64_t t, uint32_t depth);
void al_trace_unwind(al_trace *T, int64_t t, uint32_t depth, const char *error);

/* Under the virtual clock a task's worker runs to its end when it starts;
 * when the task is cancelled at [t], what its child session did after [t]
 * never happened: those events go, and a Sleep it was in ends at [t]
 * (interrupted: [why]). */
void al_trace_cut(al_trace *T, int session, int64_t t, const char *why);

/* Ends the trace: writes the files, prints the text lanes to [out] when
 * --timeline asked.  False with *error when a file could not be written. */
bool al_trace_close(al_trace *T, FILE *out, char **error);

#endif
