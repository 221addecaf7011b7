/* runtime/timeline.c — a trace drawn as lanes (timeline.h, docs/trace.md).
 *
 * Two passes over the events (already in time order):
 *   1. where each event goes on the x axis: the run's time, scaled, plus
 *      a little room for each thing that happens at one moment — so the
 *      page's triggers, which take 0 ms under the virtual clock, stay
 *      visible and in order, and a task's end sits just before the trigger
 *      it causes;
 *   2. the lanes: the parent session's spans (triggers, tests) and marks
 *      (pages opened and closed, notifications, errors), and per task its
 *      queued, running and sleeping stretches, where it was enqueued, how
 *      it ended and which trigger run its end caused.
 * The SVG and the text drawing read the same model; only the units differ
 * (pixels, or columns with the room of one character).
 */
#include "runtime/timeline.h"
#include "grammar/mem.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ================================================================ model */

enum { END_NONE, END_COMPLETED, END_ERROR, END_TIMEOUT, END_CANCELLED };
enum { MARK_OPEN, MARK_CLOSE, MARK_NOTE, MARK_ERROR, MARK_FULL, MARK_MESSAGE };

typedef struct seg {
    double x0, x1;
    int64_t t0, t1;
    int64_t ms;                      /* the Sleep asked for */
    const char *interrupted;
    bool woke;                       /* its sleep-end was seen */
} seg;

typedef struct task {
    int id;
    const char *codeunit;
    int64_t codeunit_id, timeout;
    const char *level;
    bool sync;
    bool has_enq, has_queue, started;
    double x_enq, x_queue, x_start, x_end;
    int64_t t_enq, t_start, t_end;
    int enq_span;                    /* the parent span it was enqueued from, or -1 */
    int end;                         /* END_* */
    const char *end_text;            /* error text, cancellation reason */
    const char *end_code;
    seg *sleeps;
    size_t nsleeps;
    int trigger;                     /* the span its end caused, or -1 */
} task;

typedef struct span {
    double x0, x1;
    int64_t t0, t1;
    int depth;
    const char *what;                /* trigger, test, codeunit */
    const char *label, *object, *page;
    const char *error;
    bool failed, ended;
    int task;
} span;

typedef struct mark {
    double x;
    int64_t t;
    int kind;
    const char *label, *tip;
} mark;

typedef struct model {
    task *tasks;
    size_t ntasks;
    span *spans;
    size_t nspans;
    mark *marks;
    size_t nmarks;
    seg *psleeps;                    /* the parent session's Sleep calls */
    size_t npsleeps;
    /* the axis: instants (distinct times) and the room before each */
    int64_t *it;
    double *iroom;
    size_t ninst;
    double scale;                    /* units per ms */
    double width;                    /* of the plot */
    int64_t tmax;
    bool real;
    bool page;                       /* alrun page: the parent is the page's session */
} model;

/* How much room each kind of moment takes, in the drawing's units. */
typedef struct units {
    double open, close, span_start, span_end, enqueue, end, note, error, full, message;
    double plot, min_time;
    bool integral;
} units;

static const units svg_units = {14, 14, 9, 5, 10, 12, 16, 14, 14, 12, 900, 420, false};
static const units text_units = {1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 78, 20, true};

static const char *kv_s(const al_trace_rec *r, const char *key)
{
    for (uint32_t i = 0; i < r->nkv; i++)
        if (!strcmp(r->kv[i].key, key)) return r->kv[i].kind == AL_TRACE_TEXT ? r->kv[i].s : NULL;
    return NULL;
}

static int64_t kv_i(const al_trace_rec *r, const char *key, int64_t def)
{
    for (uint32_t i = 0; i < r->nkv; i++)
        if (!strcmp(r->kv[i].key, key) && r->kv[i].kind != AL_TRACE_TEXT) return r->kv[i].i;
    return def;
}

static bool is(const al_trace_rec *r, const char *name) { return !strcmp(r->event, name); }

/* "trigger-start" → "trigger" when [suffix] is "-start" (spans of the parent). */
static const char *span_what(const al_trace_rec *r, const char *suffix)
{
    size_t n = strlen(r->event), k = strlen(suffix);
    if (r->session != 0 || n <= k || strcmp(r->event + n - k, suffix)) return NULL;
    static const char *const kinds[] = {"trigger", "test", "codeunit"};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strlen(kinds[i]) == n - k && !strncmp(r->event, kinds[i], n - k)) return kinds[i];
    return NULL;
}

static bool is_task_end(const al_trace_rec *r)
{
    return r->session && (is(r, "completed") || is(r, "error") || is(r, "timeout") || is(r, "cancelled"));
}

static double room(const units *u, const al_trace_rec *r)
{
    if (span_what(r, "-start")) return u->span_start;
    if (span_what(r, "-end")) return u->span_end;
    if (is(r, "page-open")) return u->open;
    if (is(r, "page-close")) return u->close;
    if (is(r, "enqueue")) return u->enqueue;
    if (is_task_end(r)) return u->end;
    if (is(r, "notification")) return u->note;
    if (is(r, "session-error")) return u->error;
    if (is(r, "queue-full")) return u->full;
    if (is(r, "message")) return u->message;
    return 0;
}

static task *task_of(model *m, int id)
{
    for (size_t i = 0; i < m->ntasks; i++)
        if (m->tasks[i].id == id) return &m->tasks[i];
    m->tasks = al_realloc(m->tasks, m->ntasks * sizeof *m->tasks, (m->ntasks + 1) * sizeof *m->tasks);
    task *t = &m->tasks[m->ntasks++];
    t->id = id;
    t->enq_span = t->trigger = -1;
    t->codeunit = "";
    return t;
}

static void add_seg(seg **v, size_t *n, seg s)
{
    *v = al_realloc(*v, *n * sizeof **v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = s;
}

static void add_mark(model *m, double x, int64_t t, int kind, const char *label, const char *tip)
{
    m->marks = al_realloc(m->marks, m->nmarks * sizeof *m->marks, (m->nmarks + 1) * sizeof *m->marks);
    m->marks[m->nmarks++] = (mark){x, t, kind, label, tip};
}

static const char *clip(const char *s, size_t max)
{
    if (!s) return "";
    if (strlen(s) <= max) return s;
    size_t n = max - 1;
    while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80) n--;      /* not inside a UTF-8 sequence */
    return al_sprintf("%.*s…", (int)n, s);
}

static int by_id(const void *a, const void *b)
{
    const task *x = a, *y = b;
    return x->id < y->id ? -1 : x->id > y->id;
}

static model build(const al_trace_rec *ev, size_t n, const units *u)
{
    model m = {0};
    /* pass 1: the axis */
    double *x = al_alloc_atomic(sizeof *x * (n + 1));
    double total = 0;
    for (size_t i = 0; i < n; i++) {
        total += room(u, &ev[i]);
        if (ev[i].t > m.tmax) m.tmax = ev[i].t;
        if (is(&ev[i], "trace-start")) {
            m.real = kv_s(&ev[i], "clock") && !strcmp(kv_s(&ev[i], "clock"), "real");
            m.page = kv_s(&ev[i], "command") && !strcmp(kv_s(&ev[i], "command"), "page");
        }
    }
    /* a run where no time passed at all (virtual clock, no Sleep): the
     * moments themselves get more room, or the picture is a few specks */
    double k = !u->integral && m.tmax == 0 && total > 0 ? fmin(4, 0.6 * u->plot / total) : 1;
    if (k < 1) k = 1;
    /* a long run with many moments (thousands of tasks under the real
     * clock): the moments share the room, so the picture stays about its
     * width (text) or a few times it (SVG); things may then overlap */
    double limit = u->integral ? 0.5 * u->plot : 2 * u->plot;
    if (total > limit) k = limit / total;
    total *= k;
    double time_units = u->plot - total;
    if (time_units < u->min_time) time_units = u->min_time;
    m.scale = m.tmax > 0 ? time_units / (double)m.tmax : 0;
    m.it = al_alloc_atomic(sizeof *m.it * (n + 1));
    m.iroom = al_alloc_atomic(sizeof *m.iroom * (n + 1));
    double rooms = 0;
    for (size_t i = 0; i < n;) {
        int64_t t = ev[i].t;
        double base = rooms + (u->integral ? floor(t * m.scale + 0.5) : t * m.scale);
        m.it[m.ninst] = t;
        m.iroom[m.ninst++] = rooms;
        double off = 0;
        for (; i < n && ev[i].t == t; i++) {
            x[i] = base + off;
            off += k * room(u, &ev[i]);
        }
        rooms += off;
    }
    m.width = rooms + (u->integral ? floor(m.tmax * m.scale + 0.5) : m.tmax * m.scale);

    /* pass 2: the lanes */
    int *stack = al_alloc_atomic(sizeof *stack * (n + 1));
    int nstack = 0;
    bool psleep = false;
    for (size_t i = 0; i < n; i++) {
        const al_trace_rec *r = &ev[i];
        const char *what;
        if ((what = span_what(r, "-start"))) {
            m.spans = al_realloc(m.spans, m.nspans * sizeof *m.spans, (m.nspans + 1) * sizeof *m.spans);
            span *s = &m.spans[m.nspans];
            *s = (span){.x0 = x[i], .x1 = x[i], .t0 = r->t, .t1 = r->t, .depth = nstack, .what = what, .task = r->task};
            if (!strcmp(what, "trigger")) {
                s->label = kv_s(r, "trigger");
                s->object = kv_s(r, "object");
                s->page = kv_s(r, "page");
                const char *ctl = kv_s(r, "control");
                if (ctl) s->object = al_sprintf("%s, %s", s->object ? s->object : "", ctl);
            } else if (!strcmp(what, "test")) {
                s->label = kv_s(r, "test");
                s->object = kv_s(r, "codeunit");
            } else {
                s->label = al_sprintf("OnRun %s", kv_s(r, "codeunit") ? kv_s(r, "codeunit") : "");
                s->object = kv_s(r, "codeunit");
            }
            if (!s->label) s->label = "";
            if (r->task) {
                task *t = task_of(&m, r->task);
                if (t->trigger < 0) t->trigger = (int)m.nspans;
            }
            stack[nstack++] = (int)m.nspans++;
        } else if ((what = span_what(r, "-end"))) {
            if (!nstack) continue;
            span *s = &m.spans[stack[--nstack]];
            s->x1 = x[i];
            s->t1 = r->t;
            s->ended = true;
            s->failed = kv_i(r, "failed", 0) != 0;
            s->error = kv_s(r, "error");
        } else if (is(r, "enqueue") && r->task) {
            task *t = task_of(&m, r->task);
            t->has_enq = true;
            t->x_enq = x[i];
            t->t_enq = r->t;
            t->enq_span = nstack ? stack[nstack - 1] : -1;
            if (kv_s(r, "codeunit")) t->codeunit = kv_s(r, "codeunit");
            t->codeunit_id = kv_i(r, "codeunit_id", t->codeunit_id);
            t->timeout = kv_i(r, "timeout_ms", t->timeout);
            t->level = kv_s(r, "level");
            t->sync = kv_i(r, "synchronous", 0) != 0;
        } else if (is(r, "queued") && r->session) {
            task *t = task_of(&m, r->session);
            t->has_queue = true;
            t->x_queue = x[i];
        } else if (is(r, "started") && r->session) {
            task *t = task_of(&m, r->session);
            t->started = true;
            t->x_start = x[i];
            t->t_start = r->t;
            if (kv_s(r, "codeunit")) t->codeunit = kv_s(r, "codeunit");
            t->codeunit_id = kv_i(r, "codeunit_id", t->codeunit_id);
            t->timeout = kv_i(r, "timeout_ms", t->timeout);
            t->sync |= kv_i(r, "synchronous", 0) != 0;
        } else if (is(r, "sleep-begin")) {
            seg s = {x[i], x[i], r->t, r->t, kv_i(r, "ms", 0), NULL, false};
            if (r->session) {
                task *t = task_of(&m, r->session);
                add_seg(&t->sleeps, &t->nsleeps, s);
            } else {
                add_seg(&m.psleeps, &m.npsleeps, s);
                psleep = true;
            }
        } else if (is(r, "sleep-end")) {
            seg *s = NULL;
            if (r->session) {
                task *t = task_of(&m, r->session);
                if (t->nsleeps) s = &t->sleeps[t->nsleeps - 1];
            } else if (psleep && m.npsleeps) {
                s = &m.psleeps[m.npsleeps - 1];
                psleep = false;
            }
            if (s) {
                s->x1 = x[i];
                s->t1 = r->t;
                s->woke = true;
                s->interrupted = kv_s(r, "interrupted");
            }
        } else if (is_task_end(r)) {
            task *t = task_of(&m, r->session);
            if (t->end) continue;
            t->end = is(r, "completed") ? END_COMPLETED : is(r, "error") ? END_ERROR : is(r, "timeout") ? END_TIMEOUT
                   : END_CANCELLED;
            t->x_end = x[i];
            t->t_end = r->t;
            t->end_text = t->end == END_CANCELLED ? kv_s(r, "reason") : kv_s(r, "text");
            t->end_code = kv_s(r, "code");
        } else if (is(r, "page-open") || is(r, "page-close")) {
            bool open = is(r, "page-open");
            const char *page = kv_s(r, "page") ? kv_s(r, "page") : "";
            const char *part = kv_s(r, "part_of");
            add_mark(&m, x[i], r->t, open ? MARK_OPEN : MARK_CLOSE, al_sprintf("%s %s", open ? "open" : "close", page),
                     part ? al_sprintf("%s page %s (a part of %s)", open ? "opened" : "closed", page, part)
                          : al_sprintf("%s page %lld %s", open ? "opened" : "closed", (long long)kv_i(r, "page_id", 0), page));
        } else if (is(r, "notification")) {
            const char *text = kv_s(r, "text");
            add_mark(&m, x[i], r->t, MARK_NOTE, al_sprintf("notification: %s", clip(text, 44)),
                     al_sprintf("notification (%s) on %s: %s", kv_s(r, "kind") ? kv_s(r, "kind") : "",
                                kv_s(r, "page") ? kv_s(r, "page") : "", text ? text : ""));
        } else if (is(r, "session-error")) {
            add_mark(&m, x[i], r->t, MARK_ERROR, al_sprintf("error: %s", clip(kv_s(r, "text"), 44)),
                     al_sprintf("error: %s", kv_s(r, "text") ? kv_s(r, "text") : ""));
        } else if (is(r, "queue-full")) {
            add_mark(&m, x[i], r->t, MARK_FULL, "queue full",
                     al_sprintf("codeunit %s not enqueued: %lld tasks already wait", kv_s(r, "codeunit") ? kv_s(r, "codeunit") : "",
                                (long long)kv_i(r, "waiting", 0)));
        } else if (is(r, "message")) {
            add_mark(&m, x[i], r->t, MARK_MESSAGE, al_sprintf("message: %s", clip(kv_s(r, "text"), 44)),
                     al_sprintf("message: %s", kv_s(r, "text") ? kv_s(r, "text") : ""));
        }
    }
    /* spans the trace left open end where it ends */
    for (size_t i = 0; i < m.nspans; i++)
        if (!m.spans[i].ended) m.spans[i].x1 = m.width, m.spans[i].t1 = m.tmax;
    /* a task with no end ran until the trace ended */
    for (size_t i = 0; i < m.ntasks; i++) {
        task *t = &m.tasks[i];
        if (!t->end) t->x_end = m.width, t->t_end = m.tmax;
        /* under the real clock a cancelled worker notices a little later:
         * what it did after its end is not drawn */
        for (size_t j = 0; j < t->nsleeps; j++) {
            seg *z = &t->sleeps[j];
            if (!z->woke) z->x1 = t->x_end, z->t1 = t->t_end;
            if (z->x1 > t->x_end) z->x1 = t->x_end;
            if (z->x0 > z->x1) z->x0 = z->x1;
        }
        if (!t->started && !t->has_queue && t->has_enq) t->x_start = t->x_enq;
    }
    qsort(m.tasks, m.ntasks, sizeof *m.tasks, by_id);
    /* after the sort, tasks are found by index; the spans refer to tasks by ID */
    return m;
}

/* Where time [t] is on the axis: before whatever happened at t. */
static double x_of_time(const model *m, int64_t t, bool integral)
{
    double rooms = 0;
    size_t lo = 0, hi = m->ninst;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (m->it[mid] < t) lo = mid + 1;
        else hi = mid;
    }
    if (lo < m->ninst) rooms = m->iroom[lo];
    else if (m->ninst) rooms = m->width - (integral ? floor(m->tmax * m->scale + 0.5) : m->tmax * m->scale);
    return rooms + (integral ? floor(t * m->scale + 0.5) : t * m->scale);
}

/* A round tick step giving about [want] ticks over [span] ms. */
static int64_t tick_step(int64_t total, int want)
{
    if (total <= 0) return 0;
    double raw = (double)total / want;
    int64_t p = 1;
    while (p * 10 <= raw) p *= 10;
    int64_t step = raw <= p ? p : raw <= 2 * p ? 2 * p : raw <= 5 * p ? 5 * p : 10 * p;
    return step < 1 ? 1 : step;
}

static const char *trigger_short(const char *name, const char *what)
{
    static const struct { const char *name, *letter; } letters[] = {
        {"OnInit", "I"}, {"OnOpenPage", "O"}, {"OnFindRecord", "F"}, {"OnNextRecord", "P"},
        {"OnAfterGetRecord", "R"}, {"OnAfterGetCurrRecord", "G"}, {"OnNewRecord", "N"},
        {"OnInsertRecord", "+"}, {"OnModifyRecord", "M"}, {"OnDeleteRecord", "D"},
        {"OnQueryClosePage", "Q"}, {"OnClosePage", "X"}, {"OnPageBackgroundTaskCompleted", "C"},
        {"OnPageBackgroundTaskError", "E"}, {"OnValidate", "V"}, {"OnAction", "A"}, {"OnLookup", "L"},
        {"OnDrillDown", "W"}, {"OnAssistEdit", "S"},
    };
    if (!strcmp(what, "test")) return "T";
    if (!strcmp(what, "codeunit")) return "U";
    for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++)
        if (name && !strcmp(letters[i].name, name)) return letters[i].letter;
    return "*";
}

/* ================================================================= SVG */

/* Text for XML: escaped; bytes that are not UTF-8 and control characters
 * become U+FFFD / are dropped, so the document always parses. */
static void xml(FILE *f, const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    while (*p) {
        unsigned c = *p;
        if (c == '&') fputs("&amp;", f);
        else if (c == '<') fputs("&lt;", f);
        else if (c == '>') fputs("&gt;", f);
        else if (c == '"') fputs("&quot;", f);
        else if (c < 0x20) fputc(c == '\n' || c == '\t' ? ' ' : '?', f);
        else if (c < 0x80) fputc((int)c, f);
        else {
            int len = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
            bool ok = len > 0;
            for (int i = 1; ok && i < len; i++) ok = (p[i] & 0xc0) == 0x80;
            if (ok) {
                fwrite(p, 1, (size_t)len, f);
                p += len;
                continue;
            }
            fputs("\xef\xbf\xbd", f);
        }
        p++;
    }
}

/* Width of [s] in px at font size [size] (DejaVu/Liberation Sans, roughly). */
static double text_w(const char *s, double size)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xc0) != 0x80) n++;
    return (double)n * size * 0.6;
}

/* Colours: one per kind of thing, chosen to tell apart at a glance. */
#define C_TRIGGER "#7c3aed"
#define C_DONE_TRIGGER "#0f766e"
#define C_ERR_TRIGGER "#be123c"
#define C_TEST "#334155"
#define C_RUN "#2563eb"
#define C_SLEEP_BG "#bfdbfe"
#define C_SLEEP_FG "#2563eb"
#define C_QUEUE "#d1d5db"
#define C_COMPLETED "#16a34a"
#define C_ERROR "#dc2626"
#define C_TIMEOUT "#ea580c"
#define C_CANCELLED "#6b7280"
#define C_NOTE "#f59e0b"
#define C_ENQ "#374151"
#define FONT "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"

static const char *span_color(const span *s)
{
    if (!strcmp(s->what, "test") || !strcmp(s->what, "codeunit")) return C_TEST;
    if (s->label && !strcmp(s->label, "OnPageBackgroundTaskCompleted")) return C_DONE_TRIGGER;
    if (s->label && !strcmp(s->label, "OnPageBackgroundTaskError")) return C_ERR_TRIGGER;
    return C_TRIGGER;
}

static const char *end_color(int end)
{
    return end == END_COMPLETED ? C_COMPLETED : end == END_ERROR ? C_ERROR : end == END_TIMEOUT ? C_TIMEOUT : C_CANCELLED;
}

static const char *end_name(int end)
{
    return end == END_COMPLETED ? "completed" : end == END_ERROR ? "error" : end == END_TIMEOUT ? "timeout"
         : end == END_CANCELLED ? "cancelled" : "end";
}

/* An end marker: a disc with a sign in it. */
static void end_marker(FILE *f, int end, double x, double y, double r)
{
    fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"1.5\"/>", x, y, r,
            end_color(end));
    double k = r * 0.5;
    switch (end) {
    case END_COMPLETED:
        fprintf(f, "<path d=\"M%.1f %.1fl%.1f %.1fl%.1f %.1f\" fill=\"none\" stroke=\"#fff\" stroke-width=\"2\"/>",
                x - k, y, k * 0.7, k * 0.8, k * 1.3, -k * 1.5);
        break;
    case END_ERROR:
        fprintf(f, "<path d=\"M%.1f %.1fv%.1fM%.1f %.1fv%.1f\" stroke=\"#fff\" stroke-width=\"2\"/>", x, y - k * 1.2, k * 1.4,
                x, y + k * 0.8, k * 0.5);
        break;
    case END_TIMEOUT:
        fprintf(f, "<path d=\"M%.1f %.1fV%.1fH%.1f\" fill=\"none\" stroke=\"#fff\" stroke-width=\"1.8\"/>", x, y - k * 1.3, y,
                x + k * 1.1);
        break;
    default:
        fprintf(f, "<path d=\"M%.1f %.1fl%.1f %.1fM%.1f %.1fl%.1f %.1f\" stroke=\"#fff\" stroke-width=\"2\"/>", x - k, y - k,
                2 * k, 2 * k, x + k, y - k, -2 * k, 2 * k);
    }
}

/* What the picture says after a task's end marker. */
static const char *end_words(const task *t)
{
    return t->end == END_COMPLETED ? al_sprintf("completed after %lld ms", (long long)(t->t_end - t->t_start))
         : t->end == END_TIMEOUT ? al_sprintf("timed out after %lld ms", (long long)(t->t_end - t->t_start))
         : t->end == END_ERROR ? al_sprintf("error: %s", clip(t->end_text, 48))
         : t->end == END_CANCELLED ? al_sprintf("cancelled: %s", clip(t->end_text, 48)) : "";
}

typedef struct label {
    double x, w;
    int row;
    const char *text, *color;
    double anchor_x;                 /* where its leader line meets the bar */
    int64_t tip_t, tip_line;         /* a script command's time and line (its tooltip) */
} label;

/* Lowest free row for a label from [x] of width [w] (rows: their right ends). */
static int place(double *rows, int *nrows, int max, double x, double w)
{
    for (int r = 0; r < *nrows; r++)
        if (rows[r] <= x) {
            rows[r] = x + w;
            return r;
        }
    if (*nrows < max) {
        rows[*nrows] = x + w;
        return (*nrows)++;
    }
    return -1;
}

void al_timeline_svg(FILE *f, const al_trace_rec *ev, size_t n, const char *title, bool html)
{
    model m = build(ev, n, &svg_units);
    const double margin = 16, label_w = 212, px = margin + label_w + 16;
    const double plot_w = m.width < svg_units.plot ? svg_units.plot : m.width;
    /* wide enough for the words after each task's end */
    double W = px + plot_w + 36;
    for (size_t i = 0; i < m.ntasks; i++) {
        const task *t = &m.tasks[i];
        double need = px + t->x_end + 12 + text_w(end_words(t), 11) + margin + 4;
        if (need > W) W = need;
    }

    /* labels above the parent's bar: spans and marks, in x order */
    size_t nl = 0;
    label *labels = al_alloc(sizeof *labels * (m.nspans + m.nmarks + 1));
    double rows[8] = {0};
    int nrows = 0;
    size_t si = 0, mi = 0;
    while (si < m.nspans || mi < m.nmarks) {
        bool take_span = mi >= m.nmarks || (si < m.nspans && m.spans[si].x0 <= m.marks[mi].x);
        label L = {0};
        if (take_span) {
            span *s = &m.spans[si++];
            L.text = s->failed ? al_sprintf("%s (failed)", s->label) : s->label;
            L.x = L.anchor_x = px + s->x0;
            L.color = span_color(s);
        } else {
            mark *k = &m.marks[mi++];
            L.text = k->label;
            L.x = px + k->x - 4;
            L.anchor_x = px + k->x;
            L.color = k->kind == MARK_NOTE ? "#b45309" : k->kind == MARK_ERROR || k->kind == MARK_FULL ? C_ERROR : "#374151";
        }
        L.w = text_w(L.text, 11) + 10;
        if (L.x + L.w > W - margin) L.x = W - margin - L.w;     /* near the right edge: ends there */
        L.row = place(rows, &nrows, 7, L.x, L.w);
        labels[nl++] = L;
    }
    if (nrows == 0) nrows = 1;

    const double title_h = 58;
    const double row_h = 15;
    const double top = title_h + 8;
    const double bar_h = 20;
    const double parent_h = 12 + nrows * row_h + 6 + bar_h + 14;
    const double bar_y = top + 12 + nrows * row_h + 6;
    const double lane_h = 44, task_bar_h = 18;
    const double lanes_end = top + parent_h + (double)m.ntasks * lane_h;
    const double axis_y = lanes_end + 6;

    /* the script's commands (alrun page), in a row of their own under the
     * axis: what the user did, at the time it happened */
    size_t ncmd = 0;
    label *cmds = al_alloc(sizeof *cmds * (n + 1));
    double crows[4] = {0};
    int ncrows = 0;
    for (size_t i = 0; i < n; i++) {
        if (!is(&ev[i], "command")) continue;
        label L = {0};
        L.text = clip(kv_s(&ev[i], "line"), 28);
        L.anchor_x = px + x_of_time(&m, ev[i].t, false);
        L.x = L.anchor_x + 5;
        L.w = text_w(L.text, 10) + 12;
        L.row = place(crows, &ncrows, 4, L.anchor_x, L.w + 5);
        L.color = "#0f766e";
        L.tip_t = ev[i].t;
        L.tip_line = kv_i(&ev[i], "lineno", 0);
        cmds[ncmd++] = L;
    }
    const double script_y = axis_y + 48, crow_h = 14;
    const double script_h = ncmd ? 14 + (ncrows ? ncrows : 1) * crow_h : 0;
    const double legend_y = axis_y + 62 + (ncmd ? script_h + 8 : 0);
    const double H = legend_y + 50;

    if (html) {
        fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>", f);
        xml(f, title);
        fputs("</title>\n<style>\n"
              "body{font-family:" FONT ";margin:16px;color:#111827;background:#fff}\n"
              "h1{font-size:18px;margin:0 0 4px 16px}\n"
              "p.how,details{font-size:13px;max-width:1100px;color:#374151;margin-left:16px}\n"
              "svg .tip:hover{opacity:.75}\n"
              "table{border-collapse:collapse;font-size:12px}\n"
              "td,th{border-bottom:1px solid #e5e7eb;padding:2px 8px;text-align:left;vertical-align:top}\n"
              "td.t{text-align:right;font-variant-numeric:tabular-nums}\n"
              "</style>\n</head>\n<body>\n<h1>", f);
        xml(f, title);
        fputs("</h1>\n", f);
    } else {
        fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
    }
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
               "font-family=\"%s\" font-size=\"11\"%s>\n", W, H, W, H, FONT,
            html ? " style=\"max-width:100%;height:auto\"" : "");
    fputs("<defs>\n"
          "<pattern id=\"sleep\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
          "<rect width=\"6\" height=\"6\" fill=\"" C_SLEEP_BG "\"/><rect width=\"2\" height=\"6\" fill=\"" C_SLEEP_FG "\"/></pattern>\n"
          "<pattern id=\"psleep\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
          "<rect width=\"6\" height=\"6\" fill=\"#ede9fe\"/><rect width=\"2\" height=\"6\" fill=\"" C_TRIGGER "\"/></pattern>\n", f);
    const char *arrows[][2] = {{"a-completed", C_COMPLETED}, {"a-error", C_ERROR}, {"a-timeout", C_TIMEOUT},
                               {"a-cancelled", C_CANCELLED}, {"a-enq", C_ENQ}};
    for (size_t i = 0; i < sizeof arrows / sizeof arrows[0]; i++)
        fprintf(f, "<marker id=\"%s\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                   "orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" fill=\"%s\"/></marker>\n",
                arrows[i][0], arrows[i][1]);
    fputs("</defs>\n", f);
    fprintf(f, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>\n", W, H);

    /* title */
    size_t ntimeout = 0, nerr = 0, ndone = 0, ncancel = 0;
    for (size_t i = 0; i < m.ntasks; i++) {
        int e = m.tasks[i].end;
        ntimeout += e == END_TIMEOUT;
        nerr += e == END_ERROR;
        ndone += e == END_COMPLETED;
        ncancel += e == END_CANCELLED;
    }
    if (!html) {
        fprintf(f, "<text x=\"%.0f\" y=\"26\" font-size=\"16\" font-weight=\"bold\" fill=\"#111827\">", margin);
        xml(f, title);
        fputs("</text>\n", f);
    }
    fprintf(f, "<text x=\"%.0f\" y=\"%d\" font-size=\"12\" fill=\"#4b5563\">%s clock · %lld ms · %zu background task%s: "
               "%zu completed, %zu failed, %zu timed out, %zu cancelled</text>\n",
            margin, html ? 20 : 46, m.real ? "real" : "virtual", (long long)m.tmax, m.ntasks, m.ntasks == 1 ? "" : "s",
            ndone, nerr, ntimeout, ncancel);

    /* lane backgrounds and names */
    fprintf(f, "<rect x=\"%.0f\" y=\"%.1f\" width=\"%.0f\" height=\"%.1f\" fill=\"#f5f3ff\"/>\n", margin, top,
            W - 2 * margin, parent_h);
    fprintf(f, "<text x=\"%.0f\" y=\"%.1f\" font-size=\"13\" font-weight=\"bold\" fill=\"#4c1d95\">%s</text>\n",
            margin + 8, bar_y + 8, m.page ? "Page session" : "Session");
    fprintf(f, "<text x=\"%.0f\" y=\"%.1f\" fill=\"#6b7280\">the parent: triggers run here</text>\n", margin + 8, bar_y + 22);
    for (size_t i = 0; i < m.ntasks; i++) {
        const task *t = &m.tasks[i];
        double y = top + parent_h + (double)i * lane_h;
        fprintf(f, "<rect x=\"%.0f\" y=\"%.1f\" width=\"%.0f\" height=\"%.1f\" fill=\"%s\"/>\n", margin, y, W - 2 * margin,
                lane_h, i % 2 ? "#f9fafb" : "#ffffff");
        fprintf(f, "<text x=\"%.0f\" y=\"%.1f\" font-size=\"12\"><tspan font-weight=\"bold\">Task %d</tspan> ", margin + 8,
                y + 18, t->id);
        xml(f, clip(t->codeunit, 22));
        fputs("</text>\n", f);
        fprintf(f, "<text x=\"%.0f\" y=\"%.1f\" fill=\"#6b7280\">", margin + 8, y + 33);
        if (t->sync) fprintf(f, "codeunit %lld · synchronous", (long long)t->codeunit_id);
        else fprintf(f, "codeunit %lld · timeout %lld ms", (long long)t->codeunit_id, (long long)t->timeout);
        fputs("</text>\n", f);
    }
    fprintf(f, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"#c4b5fd\"/>\n", margin, top + parent_h,
            W - margin, top + parent_h);

    /* the time axis and its grid */
    int64_t step = tick_step(m.tmax, 8);
    double last_label = -1e9;
    fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#9ca3af\"/>\n", px, axis_y, px + plot_w, axis_y);
    for (int64_t t = 0;; t += step) {
        if (t > m.tmax) break;
        double x = px + x_of_time(&m, t, false);
        fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e5e7eb\"/>", x, top, x, lanes_end);
        fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#6b7280\"/>", x, axis_y, x, axis_y + 5);
        if (x - last_label >= 56) {
            fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#374151\">%lld ms</text>", x, axis_y + 18,
                    (long long)t);
            last_label = x;
        }
        fputc('\n', f);
        if (step == 0) break;
    }
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" fill=\"#6b7280\" font-style=\"italic\">time (ms)%s</text>\n",
            px + plot_w, axis_y + 32, m.real ? "" : " · moments with several events are widened so each can be seen");

    /* the script row */
    if (ncmd) {
        fprintf(f, "<text x=\"%.0f\" y=\"%.1f\" font-size=\"12\" font-weight=\"bold\" fill=\"#0f766e\">Script</text>\n",
                margin + 8, script_y + 10);
        fprintf(f, "<text x=\"%.0f\" y=\"%.1f\" fill=\"#6b7280\">the commands of --script</text>\n", margin + 8,
                script_y + 24);
        for (size_t i = 0; i < ncmd; i++) {
            const label *L = &cmds[i];
            double y = script_y + 10 + (L->row < 0 ? 0 : L->row) * crow_h;
            fprintf(f, "<g class=\"tip\"><title>%lld ms: script line %lld: ", (long long)L->tip_t, (long long)L->tip_line);
            xml(f, L->text);
            fprintf(f, "</title><path d=\"M%.1f %.1fl3.5 4l-3.5 4l-3.5 -4z\" fill=\"%s\"/>", L->anchor_x, y - 8, L->color);
            if (L->row >= 0) {
                fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"%s\">", L->x, y, L->color);
                xml(f, L->text);
                fputs("</text>", f);
            }
            fputs("</g>\n", f);
        }
    }

    /* the parent's Sleep calls */
    for (size_t i = 0; i < m.npsleeps; i++) {
        const seg *s = &m.psleeps[i];
        fprintf(f, "<g class=\"tip\"><title>the page's session sleeps %lld ms (%lld–%lld ms)</title>"
                   "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"url(#psleep)\"/></g>\n",
                (long long)s->ms, (long long)s->t0, (long long)s->t1, px + s->x0, bar_y + 3,
                s->x1 - s->x0 < 2 ? 2 : s->x1 - s->x0, bar_h - 6);
    }

    /* leader lines and labels */
    for (size_t i = 0; i < nl; i++) {
        const label *L = &labels[i];
        if (L->row < 0) continue;
        double ly = bar_y - 6 - L->row * row_h;
        if (L->row > 0)
            fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-opacity=\"0.35\"/>\n",
                    L->anchor_x, ly + 2, L->anchor_x, bar_y, L->color);
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">", L->x, ly, L->color);
        xml(f, L->text);
        fputs("</text>\n", f);
    }

    /* the parent's spans: triggers, tests */
    for (size_t i = 0; i < m.nspans; i++) {
        const span *s = &m.spans[i];
        double w = s->x1 - s->x0;
        if (w < 5) w = 5;
        double inset = s->depth > 3 ? 9 : s->depth * 3;
        fprintf(f, "<g class=\"tip\"><title>%lld ms: ", (long long)s->t0);
        xml(f, s->object);
        fputs(s->object ? ": " : "", f);
        xml(f, s->label);
        fprintf(f, " (%lld ms)", (long long)(s->t1 - s->t0));
        if (s->task) fprintf(f, " for task %d", s->task);
        if (s->failed) {
            fputs(", failed", f);
            if (s->error) { fputs(": ", f); xml(f, s->error); }
        }
        fprintf(f, "</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\" fill=\"%s\"%s/></g>\n",
                px + s->x0, bar_y + inset, w - 1, bar_h - 2 * inset, span_color(s),
                s->failed ? " stroke=\"" C_ERROR "\" stroke-width=\"2\" stroke-dasharray=\"3 2\"" : " stroke=\"#fff\" stroke-width=\"0.5\"");
    }

    /* the parent's marks */
    for (size_t i = 0; i < m.nmarks; i++) {
        const mark *k = &m.marks[i];
        double x = px + k->x + 3;
        fprintf(f, "<g class=\"tip\"><title>%lld ms: ", (long long)k->t);
        xml(f, k->tip);
        fputs("</title>", f);
        switch (k->kind) {
        case MARK_OPEN:
        case MARK_CLOSE:
            fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#374151\" stroke-width=\"2\"/>"
                       "<path d=\"M%.1f %.1fl%s8 4l%s8 4z\" fill=\"%s\"/>",
                    x, bar_y - 2, x, bar_y + bar_h, x, bar_y - 2, k->kind == MARK_OPEN ? "" : "-",
                    k->kind == MARK_OPEN ? "-" : "", k->kind == MARK_OPEN ? "#059669" : "#374151");
            break;
        case MARK_NOTE:
            fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"14\" rx=\"3\" fill=\"" C_NOTE "\"/>"
                       "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" font-weight=\"bold\" fill=\"#fff\" text-anchor=\"middle\">!</text>",
                    x - 4, bar_y + 3, x + 2, bar_y + 14);
            break;
        case MARK_ERROR:
        case MARK_FULL:
            fprintf(f, "<path d=\"M%.1f %.1fl7 13h-14z\" fill=\"" C_ERROR "\"/>", x + 2, bar_y + 3);
            break;
        default:
            fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#9ca3af\"/>", x + 2, bar_y + bar_h / 2);
        }
        fputs("</g>\n", f);
    }

    /* the tasks */
    for (size_t i = 0; i < m.ntasks; i++) {
        const task *t = &m.tasks[i];
        double y = top + parent_h + (double)i * lane_h, yc = y + lane_h / 2, by = yc - task_bar_h / 2;
        double x_run = px + (t->started ? t->x_start : t->x_end);
        double x_end = px + t->x_end;
        /* enqueued: a dashed line down from the page's bar */
        if (t->has_enq) {
            double xe = px + t->x_enq + 4;
            fprintf(f, "<g class=\"tip\"><title>%lld ms: task %d enqueued (codeunit %lld ", (long long)t->t_enq, t->id,
                    (long long)t->codeunit_id);
            xml(f, t->codeunit);
            if (t->sync) fputs(", run at once: no client", f);
            else fprintf(f, ", timeout %lld ms, error level %s", (long long)t->timeout, t->level ? t->level : "Error");
            fprintf(f, ")</title><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"" C_ENQ "\" stroke-width=\"1.2\" "
                       "stroke-dasharray=\"3 3\" marker-end=\"url(#a-enq)\"/></g>\n",
                    xe, bar_y + bar_h, xe, by - 1);
        }
        /* waiting in the queue */
        if (t->has_queue) {
            double x0 = px + t->x_queue, x1 = t->started ? px + t->x_start : x_end;
            fprintf(f, "<g class=\"tip\"><title>task %d waits for a free slot (%lld–%lld ms)</title>"
                       "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" fill=\"" C_QUEUE "\" stroke=\"#9ca3af\" "
                       "stroke-dasharray=\"3 2\"/></g>\n",
                    t->id, (long long)t->t_enq, (long long)(t->started ? t->t_start : t->t_end), x0, by + 3,
                    x1 - x0 < 2 ? 2 : x1 - x0, task_bar_h - 6);
            if (x1 - x0 > 50)
                fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#4b5563\">queued</text>\n", x0 + 5, yc + 4);
        }
        /* running, with its Sleep calls */
        if (t->started) {
            double w = x_end - x_run;
            fprintf(f, "<g class=\"tip\"><title>task %d runs in its child session (%lld–%lld ms, %lld ms)</title>"
                       "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\" fill=\"" C_RUN "\"/></g>\n",
                    t->id, (long long)t->t_start, (long long)t->t_end, (long long)(t->t_end - t->t_start), x_run, by,
                    w < 3 ? 3 : w, task_bar_h);
            for (size_t k = 0; k < t->nsleeps; k++) {
                const seg *s = &t->sleeps[k];
                double sw = s->x1 - s->x0;
                fprintf(f, "<g class=\"tip\"><title>Sleep(%lld): %lld–%lld ms%s%s</title>"
                           "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"url(#sleep)\" stroke=\"" C_RUN "\"/></g>\n",
                        (long long)s->ms, (long long)s->t0, (long long)s->t1, s->interrupted ? ", interrupted: " : "",
                        s->interrupted ? s->interrupted : "", px + s->x0, by + 2, sw < 2 ? 2 : sw, task_bar_h - 4);
                const char *txt = al_sprintf("Sleep(%lld)", (long long)s->ms);
                if (sw > text_w(txt, 11) + 14) {
                    fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"13\" rx=\"2\" fill=\"#fff\" fill-opacity=\"0.85\"/>",
                            px + s->x0 + 6, yc - 7, text_w(txt, 11) + 6);
                    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#1e3a8a\">%s</text>\n", px + s->x0 + 9, yc + 4, txt);
                }
            }
        }
        /* how it ended */
        if (t->end) {
            const char *what = end_words(t);
            fprintf(f, "<g class=\"tip\"><title>%lld ms: task %d %s", (long long)t->t_end, t->id, end_name(t->end));
            if (t->end_code && *t->end_code) { fputs(" (", f); xml(f, t->end_code); fputs(")", f); }
            if (t->end_text) { fputs(": ", f); xml(f, t->end_text); }
            fputs("</title>", f);
            end_marker(f, t->end, x_end, yc, 8);
            double tw = text_w(what, 11);
            bool left = x_end + 12 + tw > W - 4;
            fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\"%s>", left ? x_end - 12 : x_end + 12, yc + 4, end_color(t->end),
                    left ? " text-anchor=\"end\"" : "");
            xml(f, what);
            fputs("</text></g>\n", f);
        }
        /* its end → the trigger it caused */
        if (t->end && t->trigger >= 0 && (size_t)t->trigger < m.nspans) {
            const span *s = &m.spans[t->trigger];
            double x2 = px + s->x0 + 3, y2 = bar_y + bar_h + 1, y1 = yc - 9;
            double mid = (y1 + y2) / 2;
            fprintf(f, "<path d=\"M%.1f %.1fC%.1f %.1f %.1f %.1f %.1f %.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\" "
                       "marker-end=\"url(#a-%s)\"/>\n",
                    x_end, y1, x_end, mid, x2, mid, x2, y2, end_color(t->end), end_name(t->end));
        }
    }

    /* the legend */
    double lx = margin + 8, ly = legend_y;
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" font-weight=\"bold\" fill=\"#111827\">Legend</text>\n", lx, ly - 22);
    struct { const char *kind, *fill, *text; } items[] = {
        {"bar", C_TRIGGER, "trigger run (page session)"},
        {"bar", C_DONE_TRIGGER, "OnPageBackgroundTaskCompleted"},
        {"bar", C_ERR_TRIGGER, "OnPageBackgroundTaskError"},
        {"queue", C_QUEUE, "queued (waiting for a slot)"},
        {"bar", C_RUN, "running (child session)"},
        {"sleep", "url(#sleep)", "sleeping (Sleep)"},
        {"enq", C_ENQ, "enqueued"},
        {"end1", C_COMPLETED, "completed"},
        {"end2", C_ERROR, "error"},
        {"end3", C_TIMEOUT, "timed out"},
        {"end4", C_CANCELLED, "cancelled"},
        {"note", C_NOTE, "notification"},
        {"arrow", C_COMPLETED, "task end → the trigger it runs"},
    };
    double x = lx;
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        double w = 34 + text_w(items[i].text, 11) + 18;
        if (x + w > W - margin) {
            x = lx;
            ly += 22;
        }
        const char *k = items[i].kind;
        if (!strcmp(k, "bar")) fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"26\" height=\"12\" rx=\"3\" fill=\"%s\"/>", x, ly - 9, items[i].fill);
        else if (!strcmp(k, "queue"))
            fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"26\" height=\"10\" rx=\"2\" fill=\"%s\" stroke=\"#9ca3af\" stroke-dasharray=\"3 2\"/>",
                    x, ly - 8, items[i].fill);
        else if (!strcmp(k, "sleep"))
            fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"26\" height=\"12\" fill=\"%s\" stroke=\"" C_RUN "\"/>", x, ly - 9, items[i].fill);
        else if (!strcmp(k, "enq"))
            fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"" C_ENQ "\" stroke-width=\"1.2\" "
                       "stroke-dasharray=\"3 3\" marker-end=\"url(#a-enq)\"/>", x + 13, ly - 12, x + 13, ly + 3);
        else if (!strncmp(k, "end", 3)) end_marker(f, k[3] - '0', x + 13, ly - 3, 7);
        else if (!strcmp(k, "note"))
            fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"14\" rx=\"3\" fill=\"" C_NOTE "\"/>"
                       "<text x=\"%.1f\" y=\"%.1f\" font-weight=\"bold\" fill=\"#fff\" text-anchor=\"middle\">!</text>",
                    x + 7, ly - 10, x + 13, ly + 1);
        else
            fprintf(f, "<path d=\"M%.1f %.1fC%.1f %.1f %.1f %.1f %.1f %.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\" "
                       "marker-end=\"url(#a-completed)\"/>", x + 2, ly + 2, x + 2, ly - 6, x + 24, ly - 2, x + 24, ly - 10, items[i].fill);
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#374151\">", x + 34, ly + 1);
        xml(f, items[i].text);
        fputs("</text>\n", f);
        x += w;
    }
    fputs("</svg>\n", f);
    if (!html) return;

    fputs("<p class=\"how\">Lanes: the page's own session on top, then one per background task. Hover over a bar or a "
          "marker for its details. Under the virtual clock the page's triggers take no time; where several things happen "
          "in the same millisecond the axis is widened so that each can be seen, in the order it happened.</p>\n", f);
    fprintf(f, "<details>\n<summary>The %zu events (as in the .jsonl file)</summary>\n<table>\n"
               "<tr><th>time (ms)</th><th>session</th><th>task</th><th>event</th><th>details</th></tr>\n", n);
    for (size_t i = 0; i < n; i++) {
        const al_trace_rec *r = &ev[i];
        fprintf(f, "<tr><td class=\"t\">%lld</td><td>%s</td><td>", (long long)r->t, r->session ? "child" : "page");
        if (r->task) fprintf(f, "%d", r->task);
        fputs("</td><td>", f);
        xml(f, r->event);
        fputs("</td><td>", f);
        for (uint32_t k = 0; k < r->nkv; k++) {
            if (k) fputs("; ", f);
            xml(f, r->kv[k].key);
            fputs("=", f);
            if (r->kv[k].kind == AL_TRACE_TEXT) xml(f, r->kv[k].s);
            else if (r->kv[k].kind == AL_TRACE_BOOL) fputs(r->kv[k].i ? "true" : "false", f);
            else fprintf(f, "%lld", (long long)r->kv[k].i);
        }
        fputs("</td></tr>\n", f);
    }
    fputs("</table>\n</details>\n</body>\n</html>\n", f);
}

/* ================================================================ text */

typedef struct grid {
    const char **cell;               /* one UTF-8 character each */
    int w;
} grid;

static grid new_row(int w)
{
    grid g = {al_alloc(sizeof(char *) * (size_t)(w + 1)), w};
    for (int i = 0; i < w; i++) g.cell[i] = " ";
    return g;
}

static void put(grid *g, int x, const char *c)
{
    if (x >= 0 && x < g->w) g->cell[x] = c;
}

static void put_text(grid *g, int x, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; x++) {
        int len = *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : *p >= 0xc0 ? 2 : 1;
        put(g, x, al_strndup((const char *)p, (size_t)len));
        p += len;
        while (*p && (*p & 0xc0) == 0x80) p++;
    }
}

static void print_row(FILE *f, const char *name, int lw, const grid *g)
{
    /* the label padded by characters, not bytes */
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        if ((*p & 0xc0) != 0x80) chars++;
    fputs(name, f);
    for (size_t i = chars; i < (size_t)lw; i++) fputc(' ', f);
    int last = g->w;
    while (last > 0 && !strcmp(g->cell[last - 1], " ")) last--;
    for (int i = 0; i < last; i++) fputs(g->cell[i], f);
    fputc('\n', f);
}

static int col(double x) { return (int)floor(x + 0.5); }

void al_timeline_text(FILE *f, const al_trace_rec *ev, size_t n, int width)
{
    units u = text_units;
    const int lw = 24, words = 12;             /* task names; the words after a task's end */
    u.plot = width - lw - words;
    model m = build(ev, n, &u);
    int w = (int)m.width + 1 + words;

    fprintf(f, "\nTimeline (%s clock, %lld ms", m.real ? "real" : "virtual", (long long)m.tmax);
    if (m.scale > 0) fprintf(f, 1 / m.scale >= 10 ? "; 1 column ≈ %.0f ms" : "; 1 column ≈ %.2g ms", 1 / m.scale);
    fprintf(f, ")\n");
    /* the axis: labels, then the ruler */
    grid labels = new_row(w + 12), ruler = new_row(w);
    for (int i = 0; i < (int)m.width + 1 && i < w; i++) put(&ruler, i, "─");
    int64_t step = tick_step(m.tmax, 5);
    int free_from = 0;
    for (int64_t t = 0; t <= m.tmax; t += step) {
        int x = col(x_of_time(&m, t, true));
        put(&ruler, x, t == 0 ? "├" : "┼");
        const char *s = al_sprintf("%lld ms", (long long)t);
        if (x >= free_from) {
            put_text(&labels, x, s);
            free_from = x + (int)strlen(s) + 2;
        }
        if (step == 0) break;
    }
    print_row(f, "", lw, &labels);
    print_row(f, "", lw, &ruler);

    /* the page session */
    grid page = new_row(w);
    const char *used[32];
    const char *used_name[32];
    int nused = 0;
    for (size_t i = 0; i < m.npsleeps; i++)
        for (int x = col(m.psleeps[i].x0); x < col(m.psleeps[i].x1); x++) put(&page, x, "▒");
    for (size_t i = 0; i < m.nspans; i++) {
        const span *s = &m.spans[i];
        const char *letter = trigger_short(s->label, s->what);
        const char *name = !strcmp(s->what, "trigger") ? s->label : !strcmp(s->what, "test") ? "a test procedure"
                         : "a codeunit's OnRun";
        if (s->t1 > s->t0)   /* a Sleep inside the span stays visible */
            for (int x = col(s->x0) + 1; x < col(s->x1); x++)
                if (x >= 0 && x < page.w && strcmp(page.cell[x], "▒")) put(&page, x, "─");
        put(&page, col(s->x0), letter);
        bool seen = false;
        for (int k = 0; k < nused; k++) seen |= !strcmp(used[k], letter) && !strcmp(used_name[k], name);
        if (!seen && nused < 32) used[nused] = letter, used_name[nused++] = name;
    }
    bool has_mark[6] = {0};
    for (size_t i = 0; i < m.nmarks; i++) {
        const mark *k = &m.marks[i];
        static const char *const glyph[] = {"[", "]", "!", "×", "#", "m"};
        put(&page, col(k->x), glyph[k->kind]);
        has_mark[k->kind] = true;
    }
    print_row(f, m.page ? "page session" : "session", lw, &page);

    /* the tasks */
    for (size_t i = 0; i < m.ntasks; i++) {
        const task *t = &m.tasks[i];
        grid g = new_row(w);
        if (t->has_queue) {
            int x1 = col(t->started ? t->x_start : t->x_end);
            for (int x = col(t->x_queue); x < x1; x++) put(&g, x, "░");
        }
        if (t->started) {
            for (int x = col(t->x_start); x < col(t->x_end); x++) put(&g, x, "█");
            for (size_t k = 0; k < t->nsleeps; k++)
                for (int x = col(t->sleeps[k].x0); x < col(t->sleeps[k].x1); x++) put(&g, x, "▒");
        }
        if (t->has_enq) put(&g, col(t->x_enq), "↓");
        if (t->end) {
            static const char *const glyph[] = {"", "✓", "✗", "◔", "⊘"};
            int x = col(t->x_end);
            put(&g, x, glyph[t->end]);
            const char *what = t->end == END_COMPLETED ? "completed" : t->end == END_TIMEOUT ? "timed out"
                             : t->end == END_ERROR ? "error" : "cancelled";
            put_text(&g, x + 2, what);
        }
        char *name = al_sprintf("task %d %s", t->id, t->codeunit);
        print_row(f, clip(name, (size_t)lw - 1), lw, &g);
    }

    /* the script's commands (alrun page --script): when each ran */
    grid script = new_row(w);
    bool has_script = false;
    for (size_t i = 0; i < n; i++)
        if (is(&ev[i], "command")) {
            put(&script, col(x_of_time(&m, ev[i].t, true)), "◆");
            has_script = true;
        }
    if (has_script) print_row(f, "script", lw, &script);

    /* the legend */
    fprintf(f, "\n%*s█ running  ▒ sleeping  ░ queued  ↓ enqueued  ✓ completed  ✗ error  ◔ timed out  ⊘ cancelled\n", lw, "");
    char *line = al_strdup("");
    static const char *const mark_text[] = {"[ page opened", "] page closed", "! notification", "× error", "# queue full",
                                            "m message"};
    for (int k = 0; k < 6; k++)
        if (has_mark[k]) line = al_sprintf("%s%s%s", line, *line ? "  " : "", mark_text[k]);
    if (has_script) line = al_sprintf("%s%s◆ a script command", line, *line ? "  " : "");
    for (int k = 0; k < nused; k++) line = al_sprintf("%s%s%s %s", line, *line ? "  " : "", used[k], used_name[k]);
    if (*line) fprintf(f, "%*s%s\n", lw, "", line);
}
