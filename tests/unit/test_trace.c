/* tests/unit/test_trace.c — the trace sink (runtime/trace.h,
 * docs/trace.md): the file names --trace accepts, events written in time
 * order as one JSON object a line, texts escaped (and bytes that are not
 * UTF-8 replaced), spans ended by an error, cutting what a cancelled task
 * did later under the virtual clock, and recording from several threads. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "grammar/mem.h"
#include "runtime/trace.h"
#include "testutil.h"

TestSuite(trace, .init = al_test_setup);

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    cr_assert(f, "cannot read %s", path);
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    return buf;
}

/* A fresh directory for the test's files. */
static const char *tmpdir(void)
{
    char *d = al_strdup("/tmp/alrun-trace-XXXXXX");
    cr_assert(mkdtemp(d));
    return d;
}

static int64_t fixed_clock(void *ctx) { return *(int64_t *)ctx; }

Test(trace, file_names_by_extension)
{
    cr_assert_eq(al_trace_kind("run.jsonl"), 1);
    cr_assert_eq(al_trace_kind("out/run.svg"), 2);
    cr_assert_eq(al_trace_kind("a.b/run.html"), 3);
    cr_assert_eq(al_trace_kind("run.txt"), 0);
    cr_assert_eq(al_trace_kind("run"), 0);
    cr_assert_eq(al_trace_kind("a.html/run"), 0);     /* the dot is the folder's */
    cr_assert_eq(al_trace_kind(".html"), 0);
    char *error = NULL;
    cr_assert_null(al_trace_open("x.pdf", false, &error));
    cr_assert(strstr(error, "must end in .jsonl, .svg or .html"), "%s", error);
    error = NULL;
    cr_assert_null(al_trace_open("/nonexistent-dir/t.svg", false, &error));
    cr_assert(strstr(error, "cannot write the trace /nonexistent-dir/t.jsonl"), "%s", error);
}

Test(trace, events_in_time_order_as_json_lines)
{
    const char *dir = tmpdir();
    char *error = NULL;
    al_trace *T = al_trace_open(al_sprintf("%s/t.jsonl", dir), false, &error);
    cr_assert(T, "%s", error);
    int64_t now = 0;
    al_trace_set_clock(T, fixed_clock, &now, true);
    al_trace_event(T, 0, 0, 0, "first");
    al_trace_event(T, 1000, 1, 1, "later", AL_TI("ms", 1000), AL_TB("ok", true));
    al_trace_event(T, 0, 0, 1, "second", AL_TT("text", "a \"quoted\"\\ line\nand\ttab \x01"), AL_TT("none", NULL));
    al_trace_event(T, 500, 0, 0, "bad-utf8", AL_TT("text", "caf\xc3\xa9 \xff\xfe ok"));
    now = 1000;
    cr_assert(al_trace_close(T, NULL, &error), "%s", error);
    const char *want =
        "{\"time\":0,\"session\":0,\"task\":null,\"event\":\"first\"}\n"
        "{\"time\":0,\"session\":0,\"task\":1,\"event\":\"second\",\"text\":\"a \\\"quoted\\\"\\\\ line\\nand\\ttab \\u0001\",\"none\":null}\n"
        "{\"time\":500,\"session\":0,\"task\":null,\"event\":\"bad-utf8\",\"text\":\"caf\xc3\xa9 \\ufffd\\ufffd ok\"}\n"
        "{\"time\":1000,\"session\":1,\"task\":1,\"event\":\"later\",\"ms\":1000,\"ok\":true}\n"
        "{\"time\":1000,\"session\":0,\"task\":null,\"event\":\"trace-end\"}\n";
    cr_assert_str_eq(slurp(al_sprintf("%s/t.jsonl", dir)), want);
}

Test(trace, an_error_ends_the_spans_it_unwound)
{
    const char *dir = tmpdir();
    char *error = NULL;
    al_trace *T = al_trace_open(al_sprintf("%s/s.jsonl", dir), false, &error);
    cr_assert(T);
    /* OnAction (depth 1) calls code whose OnOpenPage (depth 3) fails; a
     * TryFunction at depth 2 catches it; then OnAction ends normally */
    al_trace_enter(T, 0, 1, 0, "trigger", AL_TRACE_KVS(AL_TT("trigger", "OnAction")));
    al_trace_enter(T, 1, 3, 0, "trigger", AL_TRACE_KVS(AL_TT("trigger", "OnOpenPage")));
    al_trace_leave(T, 2, 1);
    /* a command that fails inside OnValidate: the client unwinds to depth 0 */
    al_trace_enter(T, 3, 0, 0, "trigger", AL_TRACE_KVS(AL_TT("trigger", "OnValidate")));
    al_trace_unwind(T, 4, 0, "boom");
    cr_assert(al_trace_close(T, NULL, &error));
    const char *want =
        "{\"time\":0,\"session\":0,\"task\":null,\"event\":\"trigger-start\",\"trigger\":\"OnAction\"}\n"
        "{\"time\":1,\"session\":0,\"task\":null,\"event\":\"trigger-start\",\"trigger\":\"OnOpenPage\"}\n"
        "{\"time\":2,\"session\":0,\"task\":null,\"event\":\"trigger-end\",\"trigger\":\"OnOpenPage\",\"failed\":true}\n"
        "{\"time\":2,\"session\":0,\"task\":null,\"event\":\"trigger-end\",\"trigger\":\"OnAction\"}\n"
        "{\"time\":3,\"session\":0,\"task\":null,\"event\":\"trigger-start\",\"trigger\":\"OnValidate\"}\n"
        "{\"time\":4,\"session\":0,\"task\":null,\"event\":\"trigger-end\",\"trigger\":\"OnValidate\",\"failed\":true,\"error\":\"boom\"}\n"
        "{\"time\":4,\"session\":0,\"task\":null,\"event\":\"trace-end\"}\n";
    cr_assert_str_eq(slurp(al_sprintf("%s/s.jsonl", dir)), want);
}

Test(trace, a_cancelled_task_did_nothing_after_it)
{
    const char *dir = tmpdir();
    char *error = NULL;
    al_trace *T = al_trace_open(al_sprintf("%s/c.jsonl", dir), false, &error);
    cr_assert(T);
    /* under the virtual clock the worker ran to its end when it started */
    al_trace_event(T, 0, 2, 2, "started");
    al_trace_event(T, 0, 2, 2, "sleep-begin", AL_TI("ms", 1000));
    al_trace_event(T, 1000, 2, 2, "sleep-end", AL_TI("slept_ms", 1000));
    al_trace_event(T, 1000, 3, 3, "sleep-end", AL_TI("slept_ms", 1000));   /* another task: kept */
    al_trace_cut(T, 2, 200, "cancelled");
    al_trace_event(T, 200, 2, 2, "cancelled");
    cr_assert(al_trace_close(T, NULL, &error));
    const char *want =
        "{\"time\":0,\"session\":2,\"task\":2,\"event\":\"started\"}\n"
        "{\"time\":0,\"session\":2,\"task\":2,\"event\":\"sleep-begin\",\"ms\":1000}\n"
        "{\"time\":200,\"session\":2,\"task\":2,\"event\":\"sleep-end\",\"slept_ms\":200,\"interrupted\":\"cancelled\"}\n"
        "{\"time\":200,\"session\":2,\"task\":2,\"event\":\"cancelled\"}\n"
        "{\"time\":1000,\"session\":3,\"task\":3,\"event\":\"sleep-end\",\"slept_ms\":1000}\n"
        "{\"time\":1000,\"session\":0,\"task\":null,\"event\":\"trace-end\"}\n";
    cr_assert_str_eq(slurp(al_sprintf("%s/c.jsonl", dir)), want);
}

typedef struct worker { al_trace *T; int id; } worker;

static void *record(void *arg)
{
    worker *w = arg;
    for (int i = 0; i < 2000; i++)
        al_trace_event(w->T, i, w->id, w->id, "tick", AL_TI("i", i), AL_TT("text", "from a worker thread"));
    return NULL;
}

Test(trace, several_threads_record_at_once)
{
    const char *dir = tmpdir();
    char *error = NULL;
    al_trace *T = al_trace_open(al_sprintf("%s/m.jsonl", dir), false, &error);
    cr_assert(T);
    pthread_t th[4];
    worker *w = al_alloc(sizeof *w * 4);
    for (int i = 0; i < 4; i++) {
        w[i] = (worker){T, i + 1};
        cr_assert_eq(pthread_create(&th[i], NULL, record, &w[i]), 0);
    }
    for (int i = 0; i < 4; i++) pthread_join(th[i], NULL);
    cr_assert(al_trace_close(T, NULL, &error));
    /* every event is there, each a whole line, in time order */
    FILE *f = fopen(al_sprintf("%s/m.jsonl", dir), "r");
    char line[256];
    int lines = 0, per[5] = {0};
    long long last = -1;
    while (fgets(line, sizeof line, f)) {
        long long t;
        int s;
        if (sscanf(line, "{\"time\":%lld,\"session\":%d,", &t, &s) != 2) cr_assert_fail("bad line %s", line);
        cr_assert_geq(t, last);
        last = t;
        if (s >= 1 && s <= 4) per[s]++;
        lines++;
    }
    fclose(f);
    cr_assert_eq(lines, 4 * 2000 + 1);
    for (int i = 1; i <= 4; i++) cr_assert_eq(per[i], 2000);
}
