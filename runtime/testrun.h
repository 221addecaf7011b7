/* runtime/testrun.h — `alrun test`: running test codeunits (docs/testing.md).
 *
 * Every codeunit with Subtype = Test runs in ID order: OnRun first, then
 * each [Test] procedure in declaration order; one failure never stops the
 * next.  Each test's UI calls go to the handlers its [HandlerFunctions]
 * names (a dialog with none fails the test with `Unhandled UI: ...`; a
 * listed handler never called fails it too).  Changes are rolled back
 * after each codeunit, each test, or never (--isolation).  One line per
 * test, then `N passed, N failed`; --junit writes JUnit XML.
 */
#ifndef AL_RUNTIME_TESTRUN_H
#define AL_RUNTIME_TESTRUN_H

#include <stdio.h>
#include "runtime/db.h"

enum { AL_ISOLATE_CODEUNIT, AL_ISOLATE_FUNCTION, AL_ISOLATE_DISABLED };

typedef struct al_test_opts {
    const char *filter;              /* "Codeunit::Method" pattern with * and ?, or NULL */
    const char *junit;               /* JUnit XML file, or NULL */
    int isolation;                   /* AL_ISOLATE_* */
    bool isolation_set;              /* given on the command line: it wins over a runner's TestIsolation */
    bool real_clock;
    const struct al_inject *inject;  /* --inject: faults for background tasks (inject.h) */
    struct al_trace *trace;          /* --trace / --timeline: the sink (trace.h), or NULL */
    const char *trace_title;
} al_test_opts;

/* Runs the tests of [P] on [db], printing to [out].  Returns the number of
 * failed tests, or -1 when the run could not start (*error says why). */
int al_test_run(const al_program *P, al_db *db, const al_test_opts *o, FILE *out, char **error);

/* Codeunit.Run of a test codeunit while a TestRunner codeunit drives the
 * run: its tests run and report like any others, the runner's
 * OnBeforeTestRun/OnAfterTestRun around each.  False when no runner
 * drives a run on [X] (Codeunit.Run then runs OnRun as usual);
 * *passed says whether all its tests passed. */
bool al_testrun_codeunit(al_exec *X, al_object *cu, bool *passed);

/* The handler kinds a test can list in [HandlerFunctions]: one per handler
 * attribute alrun runs (the table in testrun.c says which attribute, which
 * UI call it serves and which signature it needs). */
typedef enum al_handler_kind {
    AL_HANDLER_MESSAGE, AL_HANDLER_CONFIRM, AL_HANDLER_STRMENU,
    AL_HANDLER_PAGE,                 /* Page.Run, PageVariable.Run() */
    AL_HANDLER_MODALPAGE,            /* Page.RunModal, PageVariable.RunModal() */
    AL_HANDLER_SENDNOTIFICATION,     /* Notification.Send() */
    AL_HANDLER_RECALLNOTIFICATION,   /* Notification.Recall() */
    AL_HANDLER_COUNT
} al_handler_kind;

/* Is session [X] running a test?  Then its UI calls go to the test's
 * handlers, and a call no handler takes fails the test. */
bool al_testrun_active(const al_exec *X);
/* The running test's handler of [kind] — for the page kinds, the one whose
 * first parameter is a TestPage or Page of [page] — marked as called, with
 * the test codeunit's instance in *inst; NULL when the test lists none.
 * The page and notification builtins (stdlib/lib_page.c) ask this; the
 * dialogs (Message, Confirm, StrMenu) are answered in testrun.c itself. */
al_proc *al_testrun_find_handler(al_exec *X, al_handler_kind kind, const al_object *page, al_instance **inst);
/* Calls handler [h] on [inst] with vals[0..h->nparams): a `var` parameter
 * gets a reference to its value (so the caller sees what the handler set),
 * others a copy.  Returns what the handler returns. */
al_value al_testrun_call(al_exec *X, al_proc *h, al_instance *inst, al_value *vals);
/* Fails the running test as BC does when no handler takes a UI call:
 * `Unhandled UI: <call> <what>` (e.g. `Unhandled UI: ModalPage "Customer List"`). */
__attribute__((noreturn)) void al_testrun_unhandled(al_exec *X, al_handler_kind kind, const char *what);

#endif
