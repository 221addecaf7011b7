/* runtime/host.h — the host of a command-line run: where Message output
 * goes, how Confirm and StrMenu are answered, the real clock.
 *
 * Message writes its text to stdout as one line; a backslash in AL text
 * breaks the line, as BC's dialogs do.  Outside tests nobody can answer a
 * dialog, so Confirm and StrMenu print the question to stdout and take an
 * answer chosen on the command line (default: the dialog's own default).
 */
#ifndef AL_RUNTIME_HOST_H
#define AL_RUNTIME_HOST_H

#include "interp/exec.h"

typedef struct al_stdio_host {
    int confirm;      /* -1: the dialog's default; 0: No; 1: Yes */
    int strmenu;      /* 0: the dialog's default; n: option n */
    bool virtual_clock;  /* `run --clock virtual`: time starts at the page client's virtual 0
                            (Monday 2025-01-06 09:00:00 UTC) and moves only with Sleep */
    int64_t virtual_ms;  /* the virtual clock: ms slept so far */
    struct al_trace *trace;  /* --trace: Message and Sleep are recorded there, else NULL */
    int quiet;               /* > 0: a child session sleeps through this host and records its own Sleep */
} al_stdio_host;

/* A host writing to stdout, reading the real clock, answering dialogs as
 * [answers] says. */
al_host al_host_stdio(al_stdio_host *answers);
/* Sleep through [h] for a child session that records its own Sleep (a
 * synchronous background task): the clock moves, nothing is recorded for
 * the session that owns [h].  Any other host just sleeps. */
void al_host_sleep_for_child(const al_host *h, int64_t ms);

#endif
