/* tests/bench/parse_bench.c — in-process scanner and parser benchmark.
 *
 *   parse_bench [--runs N] PATH...
 *
 * Reads every .al file under PATH (as `alrun check` does), then times, on
 * one thread, (a) scanning every file to the end without parsing
 * (al_parse_lex_only) and (b) parsing every file into a syntax tree
 * (al_parse_unit).  Each is run N times (default 3) and the best run is
 * reported: CLOCK_MONOTONIC wall time, lines/s and MB/s (10^6 bytes).
 * File reading is timed once, apart.  The collector runs a full collection
 * before every run, outside the timing, so each run starts alike; the
 * collections the parser's own allocation triggers are part of the time,
 * as they are in `alrun check`.
 *
 * One line per mode, easy to pick apart in scripts (tests/bench/run.sh):
 *   lex-only   lines=N bytes=N seconds=S cpu=S lines_per_s=N mb_per_s=X tokens=N errors=N
 *   full-parse lines=N bytes=N seconds=S cpu=S lines_per_s=N mb_per_s=X objects=N errors=N
 * (seconds is wall time, the figure lines_per_s and mb_per_s come from;
 * cpu is the process CPU time of the same run.)
 * Exit status 1 if any file has a syntax error (the numbers would then not
 * measure a full parse), 2 on a usage error.
 */
#include "grammar/ast.h"
#include "grammar/diag.h"
#include "grammar/mem.h"
#include "grammar/parse.h"
#include "runtime/project.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU time of the process: less disturbed than wall time on a busy machine. */
static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void collect(void)
{
#if AL_USE_GC
    GC_gcollect();
#endif
}

typedef struct result {
    double seconds;     /* best run, wall */
    double cpu;         /* CPU seconds of that run */
    uint64_t count;     /* tokens (lex) or objects (parse) of the best run */
    uint32_t errors;
} result;

static result bench_lex(al_project *p, int runs)
{
    result best = {1e300, 0, 0, 0};
    for (int r = 0; r < runs; r++) {
        collect();
        uint64_t tokens = 0;
        uint32_t errors = 0;
        double t0 = now(), c0 = cpu_now();
        for (uint32_t i = 0; i < p->sources.count; i++) {
            al_diags d = {0};
            tokens += al_parse_lex_only(p->sources.items[i], &p->symbols, &d);
            errors += d.errors;
        }
        double t = now() - t0, c = cpu_now() - c0;
        if (t < best.seconds) best = (result){t, c, tokens, errors};
    }
    return best;
}

static result bench_parse(al_project *p, int runs)
{
    result best = {1e300, 0, 0, 0};
    for (int r = 0; r < runs; r++) {
        collect();
        uint64_t objects = 0;
        uint32_t errors = 0;
        double t0 = now(), c0 = cpu_now();
        for (uint32_t i = 0; i < p->sources.count; i++) {
            al_diags d = {0};
            al_node *unit = al_parse_unit(p->sources.items[i], &p->symbols, &d);
            objects += unit->as.unit.objects.count;
            errors += d.errors;
            if (d.errors && r == 0) al_diag_print(stderr, &p->sources, &d);
        }
        double t = now() - t0, c = cpu_now() - c0;
        if (t < best.seconds) best = (result){t, c, objects, errors};
    }
    return best;
}

static void report(const char *mode, uint64_t lines, uint64_t bytes, result res, const char *count_name)
{
    printf("%-10s lines=%llu bytes=%llu seconds=%.4f cpu=%.4f lines_per_s=%.0f mb_per_s=%.1f %s=%llu errors=%u\n",
           mode, (unsigned long long)lines, (unsigned long long)bytes, res.seconds, res.cpu,
           (double)lines / res.seconds, (double)bytes / res.seconds / 1e6,
           count_name, (unsigned long long)res.count, res.errors);
}

int main(int argc, char **argv)
{
    al_mem_init();
    int runs = 3;
    al_project *p = al_alloc(sizeof *p);
    int npaths = 0;
    const char **paths = al_alloc(sizeof *paths * (size_t)(argc + 1));
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--runs") && i + 1 < argc) {
            runs = atoi(argv[++i]);
            if (runs < 1) runs = 1;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "usage: parse_bench [--runs N] PATH...\n");
            return 2;
        } else {
            paths[npaths++] = argv[i];
        }
    }
    if (npaths == 0) {
        fprintf(stderr, "usage: parse_bench [--runs N] PATH...\n");
        return 2;
    }

    double t0 = now();
    for (int i = 0; i < npaths; i++) al_project_add_path(p, paths[i]);
    double read_s = now() - t0;
    if (p->read_errors) return 1;

    uint64_t lines = 0, bytes = 0;
    for (uint32_t i = 0; i < p->sources.count; i++) {
        const al_source *s = p->sources.items[i];
        bytes += s->len;
        for (const char *c = s->text, *e = s->text + s->len; (c = memchr(c, '\n', (size_t)(e - c))) != NULL; c++)
            lines++;
        if (s->len && s->text[s->len - 1] != '\n') lines++;
    }
    printf("parse_bench: %u files, %llu lines, %llu bytes, read in %.3f s; best of %d runs, one thread\n",
           p->sources.count, (unsigned long long)lines, (unsigned long long)bytes, read_s, runs);
    if (lines == 0) {
        fprintf(stderr, "parse_bench: no .al files found\n");
        return 1;
    }

    result lex = bench_lex(p, runs);
    report("lex-only", lines, bytes, lex, "tokens");
    result parse = bench_parse(p, runs);
    report("full-parse", lines, bytes, parse, "objects");
#if AL_USE_GC
    printf("parse_bench: collector heap %.1f MB after the runs\n", (double)GC_get_heap_size() / 1e6);
#endif
    return lex.errors || parse.errors ? 1 : 0;
}
