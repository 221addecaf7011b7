/* runtime/explore.c — `alrun explore` (explore.h, docs/explore.md).
 *
 * The facts of a run are blocks of lines: one per background task (in
 * task-ID order), one of the events outside the tasks (in the order they
 * happened: the script's order), and one per page shown.  Runs are one
 * outcome when their blocks are equal with the times of day masked; the
 * first run of an outcome is the one the report prints and whose seed it
 * gives to replay it.
 */
#include "runtime/explore.h"
#include "runtime/client.h"
#include "runtime/seed.h"
#include "runtime/session.h"
#include "grammar/mem.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct fline {
    char *text;
    bool varies;                     /* an outcome's line: its times differ between its runs */
} fline;

typedef struct block {
    int32_t task;                    /* a task's block: its ID; else 0 */
    int line;                        /* a page shown: the script line, 0 at the end */
    char *title;
    fline *lines;
    uint32_t n;
} block;

struct al_facts {
    block **tasks;                   /* in ID order (IDs grow as tasks are enqueued) */
    uint32_t ntasks;
    block events;                    /* outside the tasks' triggers */
    block **shows;
    uint32_t nshows;
    const al_task *current;          /* the task whose end is being delivered */
    uint32_t trigger_line;           /* its trigger's line, completed by al_facts_delivered */
    bool script_ended;
};

al_facts *al_facts_new(void)
{
    al_facts *F = al_alloc(sizeof *F);
    F->events.title = "outside the tasks";
    return F;
}

static void add(block *b, char *text)
{
    /* the trailing blanks of a rendered page are not part of what it shows */
    size_t n = strlen(text);
    while (n && (text[n - 1] == ' ' || text[n - 1] == '\t')) text[--n] = 0;
    b->lines = al_realloc(b->lines, b->n * sizeof *b->lines, (b->n + 1) * sizeof *b->lines);
    b->lines[b->n++] = (fline){text, false};
}

static block *task_block(al_facts *F, const al_task *t)
{
    for (uint32_t i = F->ntasks; i-- > 0;)
        if (F->tasks[i]->task == t->id) return F->tasks[i];
    block *b = al_alloc(sizeof *b);
    b->task = t->id;
    b->title = al_sprintf("task %d: codeunit %lld %s", t->id, (long long)t->codeunit->id, t->codeunit->name);
    F->tasks = al_realloc(F->tasks, F->ntasks * sizeof *F->tasks, (F->ntasks + 1) * sizeof *F->tasks);
    F->tasks[F->ntasks++] = b;
    return b;
}

/* Where a line outside a task's own life goes: to the task whose trigger
 * runs now (it caused it), else to the events. */
static block *here(al_facts *F)
{
    return F->current ? task_block(F, F->current) : &F->events;
}

void al_facts_enqueued(al_facts *F, const al_task *t)
{
    if (!F) return;
    block *b = task_block(F, t);
    if (t->fault) add(b, al_sprintf("injected: %s", t->fault->spec));
    /* enqueued from another task's trigger (a chain): say so */
    if (F->current && F->current != t) add(b, al_sprintf("enqueued by task %d's trigger", F->current->id));
}

void al_facts_refused(al_facts *F, const al_object *codeunit)
{
    if (!F) return;
    add(here(F), al_sprintf("EnqueueBackgroundTask of codeunit %lld %s: the queue is full", (long long)codeunit->id,
                            codeunit->name));
}

void al_facts_ended(al_facts *F, const al_task *t)
{
    if (!F) return;
    block *b = task_block(F, t);
    if (!t->failed) add(b, "completed");
    else if (!strcmp(t->err_code, "ChildSessionTaskTimeout")) add(b, al_sprintf("timed out (%s): %s", t->err_code, t->err_text));
    else add(b, al_sprintf("failed (%s): %s", *t->err_code ? t->err_code : "no code", t->err_text));
    if (!t->page->open) add(b, "its page is closed: no trigger");
}

void al_facts_cancelled(al_facts *F, const al_task *t)
{
    if (!F) return;
    add(task_block(F, t), F->script_ended ? "still queued or running when the script ended" : "cancelled");
}

void al_facts_delivering(al_facts *F, const al_task *t)
{
    if (!F) return;
    F->current = t;
    block *b = task_block(F, t);
    F->trigger_line = b->n;
    add(b, al_strdup(t->failed ? "OnPageBackgroundTaskError" : "OnPageBackgroundTaskCompleted"));
}

void al_facts_delivered(al_facts *F, const al_task *t, bool ok, bool handled, const char *error)
{
    if (!F) return;
    block *b = task_block(F, t);
    fline *l = &b->lines[F->trigger_line];
    if (!ok) l->text = al_sprintf("%s failed: %s", l->text, error);
    else if (t->failed) l->text = al_sprintf("%s: %s", l->text, handled ? "handled" : "not handled");
    F->current = NULL;
}

void al_facts_notify(al_facts *F, const char *page, const char *kind, const char *text)
{
    if (!F) return;
    add(here(F), al_sprintf("notification (%s) on %s: %s", kind, page, text));
}

void al_facts_event(al_facts *F, const char *fmt, ...)
{
    if (!F) return;
    va_list ap;
    va_start(ap, fmt);
    char *t = al_vsprintf(fmt, ap);
    va_end(ap);
    add(here(F), t);
}

/* A page as `show` renders it, a line each, without the closing "+--". */
static block *page_block(int line, const char *text)
{
    block *b = al_alloc(sizeof *b);
    b->line = line;
    b->title = line ? al_sprintf("show (script line %d)", line) : "the page when the script ended";
    for (const char *s = text; *s;) {
        const char *e = strchr(s, '\n');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (strncmp(s, "+--", 3) || n > 3) add(b, al_strndup(s, n));
        s += n + (e ? 1 : 0);
    }
    return b;
}

static bool same_lines(const block *a, const block *b)
{
    if (a->n != b->n) return false;
    for (uint32_t i = 0; i < a->n; i++)
        if (strcmp(a->lines[i].text, b->lines[i].text)) return false;
    return true;
}

void al_facts_show(al_facts *F, int line, const char *text)
{
    if (!F) return;
    block *b = page_block(line, text);
    /* the page at the end just as the last `show` printed it: said once */
    if (line == 0 && F->nshows && F->shows[F->nshows - 1]->line && same_lines(F->shows[F->nshows - 1], b)) return;
    F->shows = al_realloc(F->shows, F->nshows * sizeof *F->shows, (F->nshows + 1) * sizeof *F->shows);
    F->shows[F->nshows++] = b;
}

void al_facts_script_end(al_facts *F)
{
    if (F) F->script_ended = true;
}

/* ============================================================ comparing */

static bool digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return false;
    return true;
}

char *al_explore_mask_times(const char *s)
{
    size_t len = strlen(s);
    char *out = al_alloc_atomic(len + 1), *o = out;
    for (size_t i = 0; i < len;) {
        /* H:MM:SS or HH:MM:SS, not inside a longer number */
        size_t h = 0;
        if (!(i > 0 && isdigit((unsigned char)s[i - 1]))) {
            if (len - i >= 7 && digits(s + i, 1) && s[i + 1] == ':') h = 1;
            if (len - i >= 8 && digits(s + i, 2) && s[i + 2] == ':') h = 2;
        }
        const char *p = s + i + h;
        if (h && (size_t)(p - s) + 6 <= len && digits(p + 1, 2) && p[3] == ':' && digits(p + 4, 2)
            && !isdigit((unsigned char)p[6])) {
            p += 6;
            if (*p == '.' && isdigit((unsigned char)p[1])) {
                p++;
                while (isdigit((unsigned char)*p)) p++;
            }
            if (p[0] == ' ' && (p[1] == 'A' || p[1] == 'P') && p[2] == 'M' && !isalnum((unsigned char)p[3])) p += 3;
            memcpy(o, "<time>", 6);
            o += 6;
            i = (size_t)(p - s);
            continue;
        }
        *o++ = s[i++];
    }
    *o = 0;
    return out;
}

/* The blocks of a run in the order they are compared and printed. */
static block **blocks(const al_facts *F, uint32_t *n)
{
    block **v = al_alloc(sizeof *v * (F->ntasks + F->nshows + 2));
    *n = 0;
    for (uint32_t i = 0; i < F->ntasks; i++) v[(*n)++] = F->tasks[i];
    v[(*n)++] = (block *)&F->events;
    for (uint32_t i = 0; i < F->nshows; i++) v[(*n)++] = F->shows[i];
    return v;
}

static char *key_of(const al_facts *F)
{
    uint32_t n;
    block **v = blocks(F, &n);
    size_t cap = 256, len = 0;
    char *k = al_alloc_atomic(cap);
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j <= v[i]->n; j++) {
            const char *t = j == 0 ? v[i]->title : al_explore_mask_times(v[i]->lines[j - 1].text);
            size_t tl = strlen(t);
            if (len + tl + 3 > cap) {
                size_t ncap = (len + tl + 3) * 2;
                k = al_realloc(k, cap, ncap);
                cap = ncap;
            }
            memcpy(k + len, t, tl);
            len += tl;
            k[len++] = j == 0 ? '\x1d' : '\x1e';   /* a title, a line */
        }
    k[len] = 0;
    return k;
}

typedef struct outcome {
    char *key;
    al_facts *facts;                 /* the first run's */
    uint64_t seed;                   /* ... and its seed */
    uint32_t runs;
} outcome;

/* Another run of [o]: which of its lines show other times. */
static void merge(outcome *oc, const al_facts *F)
{
    uint32_t n, m;
    block **a = blocks(oc->facts, &n), **b = blocks(F, &m);
    for (uint32_t i = 0; i < n && i < m; i++)
        for (uint32_t j = 0; j < a[i]->n && j < b[i]->n; j++)
            if (strcmp(a[i]->lines[j].text, b[i]->lines[j].text)) a[i]->lines[j].varies = true;
}

static int by_runs(const void *x, const void *y)
{
    const outcome *a = x, *b = y;
    if (a->runs != b->runs) return a->runs > b->runs ? -1 : 1;
    return a->seed < b->seed ? -1 : a->seed > b->seed;
}

/* ============================================================== running */

/* One run with [seed]; NULL when it could not run (*error) or the script
 * has a wrong line (reported on stderr; *error NULL). */
static al_facts *run_once(const al_explore_opts *o, uint64_t seed, FILE *sink, char **error)
{
    *error = NULL;
    al_db *db = al_db_open(NULL, o->prog, error);
    if (!db) return NULL;
    al_host none = {0};
    al_exec *X = al_session_open(o->prog, db, false, &none, error);
    if (!X) {
        al_db_close(db);
        return NULL;
    }
    for (int i = 0; i < o->ndata; i++)
        if (!al_seed_load(X, o->data[i], error)) {
            al_session_close(X, false);
            al_db_close(db);
            return NULL;
        }
    ((al_session_rt *)X->rt)->inject = o->inject;
    al_pbt_settings s = o->settings;
    s.real_clock = false;
    s.seed = seed;
    al_client *c = al_client_new(X, sink, &s);
    X->host = al_client_host(c);
    al_facts *F = al_facts_new();
    al_client_set_facts(c, F);
    int rc = al_client_run(c, o->script_name, o->script);
    al_session_close(X, rc == 0);
    al_db_close(db);
    return rc == 0 ? F : NULL;
}

/* ============================================================ reporting */

/* The block of [F] that stands where [b] stands in another run: the
 * same task, the events, the same `show`; NULL if it has none. */
static block *counterpart(const al_facts *F, const al_facts *of, const block *b)
{
    if (b->task) {
        for (uint32_t i = 0; i < F->ntasks; i++)
            if (F->tasks[i]->task == b->task) return F->tasks[i];
        return NULL;
    }
    if (b == &of->events) return (block *)&F->events;
    for (uint32_t i = 0; i < of->nshows; i++)
        if (of->shows[i] == b) return i < F->nshows && F->shows[i]->line == b->line ? F->shows[i] : NULL;
    return NULL;
}

/* Is [b] of [of] (line [j], or all of it: -1) the same in every outcome's
 * first run? */
static bool same_everywhere(const outcome *oc, uint32_t noc, const al_facts *of, const block *b, int64_t j)
{
    for (uint32_t k = 0; k < noc; k++) {
        const block *c = counterpart(oc[k].facts, of, b);
        if (!c || c->n != b->n) return false;
        for (uint32_t l = 0; l < b->n; l++)
            if ((j < 0 || l == (uint64_t)j) && strcmp(c->lines[l].text, b->lines[l].text)) return false;
    }
    return true;
}

static void print_block(FILE *out, const block *b, const char *how)
{
    fprintf(out, "  %s%s\n", b->title, how ? how : "");
    for (uint32_t j = 0; j < b->n; j++)
        fprintf(out, "    %s%s\n", b->lines[j].text, b->lines[j].varies ? "   (the time differs between its runs)" : "");
}

static void report(FILE *out, const al_explore_opts *o, outcome *oc, uint32_t noc)
{
    fprintf(out, "alrun explore: %u run%s of %s, seeds %llu to %llu: %u outcome%s\n", o->runs, o->runs == 1 ? "" : "s",
            o->script_name, (unsigned long long)o->seed, (unsigned long long)(o->seed + o->runs - 1), noc,
            noc == 1 ? "" : "s");
    for (uint32_t k = 0; k < noc; k++) {
        fprintf(out, "\noutcome %u: %u of %u runs, first with seed %llu\n", k + 1, oc[k].runs, o->runs,
                (unsigned long long)oc[k].seed);
        uint32_t n;
        block **b = blocks(oc[k].facts, &n);
        for (uint32_t i = 0; i < n; i++) {
            if (b[i]->n == 0) continue;
            /* with several outcomes, what they all share is said once, at
             * the end; of a page shown, the lines that differ */
            if (noc > 1 && same_everywhere(oc, noc, oc[k].facts, b[i], -1)) continue;
            bool is_show = !b[i]->task && b[i] != &oc[k].facts->events;
            if (!is_show || noc == 1) {
                print_block(out, b[i], NULL);
                continue;
            }
            block diff = *b[i];
            diff.n = 0;
            diff.lines = al_alloc(sizeof *diff.lines * (b[i]->n + 1));
            for (uint32_t j = 0; j < b[i]->n; j++)
                if (j == 0 || !same_everywhere(oc, noc, oc[k].facts, b[i], j)) diff.lines[diff.n++] = b[i]->lines[j];
            print_block(out, &diff, ", the lines that differ between outcomes:");
        }
        fprintf(out, "  replay: %s %llu\n", o->replay, (unsigned long long)oc[k].seed);
    }
    if (noc < 2) return;
    uint32_t n, pages = 0;
    bool header = false;
    block **b = blocks(oc[0].facts, &n);
    for (uint32_t i = 0; i < n; i++) {
        if (b[i]->n == 0 || !same_everywhere(oc, noc, oc[0].facts, b[i], -1)) continue;
        if (!b[i]->task && b[i] != &oc[0].facts->events) {
            pages++;
            continue;
        }
        if (!header) fprintf(out, "\nin every outcome:\n");
        header = true;
        print_block(out, b[i], NULL);
    }
    if (pages) fprintf(out, "%s  (%u page%s shown the same in every outcome: not printed)\n", header ? "" : "\nin every outcome:\n",
                       pages, pages == 1 ? " was" : "s were");
}

int al_explore(const al_explore_opts *o, FILE *out, char **error)
{
    FILE *sink = fopen("/dev/null", "w");
    if (!sink) {
        *error = al_strdup("cannot open /dev/null");
        return 1;
    }
    outcome *oc = NULL;
    uint32_t noc = 0;
    for (uint32_t i = 0; i < o->runs; i++) {
        uint64_t seed = o->seed + i;
        al_facts *F = run_once(o, seed, sink, error);
        if (!F) {
            fclose(sink);
            return 1;
        }
        char *key = key_of(F);
        uint32_t k = 0;
        while (k < noc && strcmp(oc[k].key, key)) k++;
        if (k == noc) {
            oc = al_realloc(oc, noc * sizeof *oc, (noc + 1) * sizeof *oc);
            oc[noc++] = (outcome){key, F, seed, 1};
        } else {
            oc[k].runs++;
            merge(&oc[k], F);
        }
    }
    fclose(sink);
    qsort(oc, noc, sizeof *oc, by_runs);
    report(out, o, oc, noc);
    return 0;
}
