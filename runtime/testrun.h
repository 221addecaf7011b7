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
    bool real_clock;
    struct al_trace *trace;          /* --trace / --timeline: the sink (trace.h), or NULL */
    const char *trace_title;
} al_test_opts;

/* Runs the tests of [P] on [db], printing to [out].  Returns the number of
 * failed tests, or -1 when the run could not start (*error says why). */
int al_test_run(const al_program *P, al_db *db, const al_test_opts *o, FILE *out, char **error);

#endif
