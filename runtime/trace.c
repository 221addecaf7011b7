/* runtime/trace.c — the event sink (trace.h, docs/trace.md). */
#include "runtime/trace.h"
#include "runtime/session.h"
#include "runtime/timeline.h"
#include "grammar/mem.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* A trace of a few million events is already more than anyone reads; past
 * this the sink stops recording (and says so) rather than grow forever. */
enum { MAX_EVENTS = 2000000 };

/* An open span of the parent session (al_trace_enter). */
typedef struct span {
    uint32_t depth;
    int task;
    const char *what;                /* "trigger", "test", "codeunit" */
    const al_trace_kv *kv;
    uint32_t nkv;
} span;

struct al_trace {
    pthread_mutex_t mu;              /* guards ev, n, cap, seq, dropped */
    al_trace_rec *ev;
    size_t n, cap;
    uint64_t seq;
    uint64_t dropped;
    FILE *jsonl, *pic;               /* NULL: not asked for */
    bool html, timeline;
    const char *jsonl_path, *pic_path;
    const char *title;
    /* the clock */
    int64_t (*now)(void *ctx);
    void *ctx;
    int64_t base;
    al_host host;                    /* al_trace_use_host: the host whose clock it is */
    /* the parent session's open spans (its thread only) */
    span *open;
    size_t nopen, capopen;
};

int al_trace_kind(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash + 1 : path, '.');
    if (!dot || dot == (slash ? slash + 1 : path)) return 0;
    if (!strcmp(dot, ".jsonl")) return 1;
    if (!strcmp(dot, ".svg")) return 2;
    if (!strcmp(dot, ".html")) return 3;
    return 0;
}

al_trace *al_trace_open(const char *path, bool timeline, char **error)
{
    al_trace *T = al_alloc(sizeof *T);
    pthread_mutex_init(&T->mu, NULL);
    T->timeline = timeline;
    T->title = "alrun";
    if (!path) return T;
    int kind = al_trace_kind(path);
    if (!kind) {
        *error = al_sprintf("--trace %s: the file name must end in .jsonl, .svg or .html", path);
        return NULL;
    }
    size_t stem = strlen(path) - strlen(strrchr(path, '.'));
    T->jsonl_path = al_sprintf("%.*s.jsonl", (int)stem, path);
    T->jsonl = fopen(T->jsonl_path, "w");
    if (!T->jsonl) {
        *error = al_sprintf("cannot write the trace %s: %s", T->jsonl_path, strerror(errno));
        return NULL;
    }
    if (kind > 1) {
        T->pic_path = path;
        T->html = kind == 3;
        T->pic = fopen(path, "w");
        if (!T->pic) {
            *error = al_sprintf("cannot write the trace %s: %s", path, strerror(errno));
            fclose(T->jsonl);
            remove(T->jsonl_path);
            return NULL;
        }
    }
    return T;
}

void al_trace_set_clock(al_trace *T, int64_t (*now)(void *ctx), void *ctx, bool from_zero)
{
    T->now = now;
    T->ctx = ctx;
    T->base = from_zero ? 0 : now(ctx);
}

static int64_t host_now(void *ctx)
{
    al_trace *T = ctx;
    return T->host.now_ms ? T->host.now_ms(T->host.ctx) : 0;
}

void al_trace_use_host(al_trace *T, const al_host *host)
{
    T->host = *host;
    al_trace_set_clock(T, host_now, T, false);
}

int64_t al_trace_now(al_trace *T) { return T && T->now ? T->now(T->ctx) - T->base : 0; }

al_trace *al_trace_of(const al_exec *X)
{
    const al_session_rt *rt = X ? X->rt : NULL;
    return rt ? rt->trace : NULL;
}

void al_trace_begin(al_trace *T, const char *command, bool real_clock, const char *title)
{
    if (title) T->title = al_strdup(title);
    al_trace_event(T, al_trace_now(T), 0, 0, "trace-start", AL_TT("command", command),
                   AL_TT("clock", real_clock ? "real" : "virtual"));
}

/* ================================================================ events */

static void append(al_trace *T, al_trace_rec r)
{
    pthread_mutex_lock(&T->mu);
    if (T->n >= MAX_EVENTS) {
        T->dropped++;
    } else {
        if (T->n == T->cap) {
            size_t cap = T->cap ? T->cap * 2 : 256;
            T->ev = al_realloc(T->ev, T->cap * sizeof *T->ev, cap * sizeof *T->ev);
            T->cap = cap;
        }
        r.seq = T->seq++;
        T->ev[T->n++] = r;
    }
    pthread_mutex_unlock(&T->mu);
}

static al_trace_kv *copy_kv(const al_trace_kv *kv, size_t n)
{
    al_trace_kv *c = al_alloc(sizeof *c * (n + 1));
    for (size_t i = 0; i < n; i++) {
        c[i] = kv[i];
        c[i].key = al_strdup(kv[i].key);
        if (kv[i].kind == AL_TRACE_TEXT && kv[i].s) c[i].s = al_strdup(kv[i].s);
    }
    return c;
}

void al_trace_eventv(al_trace *T, int64_t t, int session, int task, const char *event, const al_trace_kv *kv, size_t n)
{
    if (!T) return;
    /* copied before the lock: the caller's texts may be gone later */
    al_trace_rec r = {t, session, task, al_strdup(event), copy_kv(kv, n), (uint32_t)n, 0};
    append(T, r);
}

/* ================================================================= spans */

static void end_span(al_trace *T, int64_t t, const span *s, const char *error)
{
    /* the start's details again, so that an end reads on its own */
    al_trace_kv *kv = al_alloc(sizeof *kv * (s->nkv + 3));
    memcpy(kv, s->kv, sizeof *kv * s->nkv);
    size_t n = s->nkv;
    if (error) {
        kv[n++] = AL_TB("failed", true);
        if (*error) kv[n++] = AL_TT("error", error);
    }
    al_trace_eventv(T, t, 0, s->task, al_sprintf("%s-end", s->what), kv, n);
}

void al_trace_enter(al_trace *T, int64_t t, uint32_t depth, int task, const char *what, const al_trace_kv *kv, size_t n)
{
    if (!T) return;
    al_trace_unwind(T, t, depth, "");
    if (T->nopen == T->capopen) {
        size_t cap = T->capopen ? T->capopen * 2 : 16;
        T->open = al_realloc(T->open, T->capopen * sizeof *T->open, cap * sizeof *T->open);
        T->capopen = cap;
    }
    T->open[T->nopen++] = (span){depth, task, al_strdup(what), copy_kv(kv, n), (uint32_t)n};
    al_trace_eventv(T, t, 0, task, al_sprintf("%s-start", what), kv, n);
}

void al_trace_leave(al_trace *T, int64_t t, uint32_t depth)
{
    if (!T) return;
    al_trace_unwind(T, t, depth + 1, "");
    if (T->nopen && T->open[T->nopen - 1].depth == depth) {
        T->nopen--;
        end_span(T, t, &T->open[T->nopen], NULL);
    }
}

void al_trace_unwind(al_trace *T, int64_t t, uint32_t depth, const char *error)
{
    if (!T) return;
    while (T->nopen && T->open[T->nopen - 1].depth >= depth) {
        T->nopen--;
        end_span(T, t, &T->open[T->nopen], error ? error : "");
    }
}

void al_trace_cut(al_trace *T, int session, int64_t t, const char *why)
{
    if (!T) return;
    pthread_mutex_lock(&T->mu);
    size_t k = 0;
    bool sleeping = false;
    int64_t slept_from = 0;
    for (size_t i = 0; i < T->n; i++) {
        al_trace_rec *r = &T->ev[i];
        if (r->session == session && r->t > t) continue;
        if (r->session == session && !strcmp(r->event, "sleep-begin")) sleeping = true, slept_from = r->t;
        if (r->session == session && !strcmp(r->event, "sleep-end")) sleeping = false;
        T->ev[k++] = *r;
    }
    T->n = k;
    pthread_mutex_unlock(&T->mu);
    if (sleeping)
        al_trace_event(T, t, session, session, "sleep-end", AL_TI("slept_ms", t - slept_from), AL_TT("interrupted", why));
}

/* ================================================================ output */

/* A JSON string: quotes, backslashes and control characters escaped; bytes
 * that are not UTF-8 become U+FFFD, so every line parses. */
static void json_str(FILE *f, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    fputc('"', f);
    while (*p) {
        unsigned c = *p;
        if (c == '"' || c == '\\') { fputc('\\', f); fputc((int)c, f); p++; continue; }
        if (c < 0x20) {
            if (c == '\n') fputs("\\n", f);
            else if (c == '\t') fputs("\\t", f);
            else if (c == '\r') fputs("\\r", f);
            else fprintf(f, "\\u%04x", c);
            p++;
            continue;
        }
        if (c < 0x80) { fputc((int)c, f); p++; continue; }
        int len = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
        bool ok = len > 0;
        for (int i = 1; ok && i < len; i++) ok = (p[i] & 0xc0) == 0x80;
        if (ok) { fwrite(p, 1, (size_t)len, f); p += len; }
        else { fputs("\\ufffd", f); p++; }
    }
    fputc('"', f);
}

static void write_jsonl(FILE *f, const al_trace_rec *ev, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const al_trace_rec *r = &ev[i];
        fprintf(f, "{\"time\":%lld,\"session\":%d,\"task\":", (long long)r->t, r->session);
        if (r->task) fprintf(f, "%d", r->task);
        else fputs("null", f);
        fputs(",\"event\":", f);
        json_str(f, r->event);
        for (uint32_t k = 0; k < r->nkv; k++) {
            const al_trace_kv *kv = &r->kv[k];
            fputc(',', f);
            json_str(f, kv->key);
            fputc(':', f);
            if (kv->kind == AL_TRACE_INT) fprintf(f, "%lld", (long long)kv->i);
            else if (kv->kind == AL_TRACE_BOOL) fputs(kv->i ? "true" : "false", f);
            else if (kv->s) json_str(f, kv->s);
            else fputs("null", f);
        }
        fputs("}\n", f);
    }
}

static int by_time(const void *a, const void *b)
{
    const al_trace_rec *x = a, *y = b;
    if (x->t != y->t) return x->t < y->t ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static bool finish_file(FILE *f, const char *path, char **error)
{
    bool bad = ferror(f) != 0;
    if (fclose(f) != 0) bad = true;
    if (bad && !*error) *error = al_sprintf("cannot write the trace %s: %s", path, strerror(errno));
    return !bad;
}

bool al_trace_close(al_trace *T, FILE *out, char **error)
{
    if (!T) return true;
    /* the end is the last event's time: the clock's owner (a test run's
     * host) may be gone by now */
    int64_t now = 0;
    pthread_mutex_lock(&T->mu);
    for (size_t i = 0; i < T->n; i++)
        if (T->ev[i].t > now) now = T->ev[i].t;
    pthread_mutex_unlock(&T->mu);
    al_trace_unwind(T, now, 0, "");
    pthread_mutex_lock(&T->mu);
    uint64_t dropped = T->dropped;
    pthread_mutex_unlock(&T->mu);
    if (dropped) al_trace_event(T, now, 0, 0, "trace-truncated", AL_TI("dropped", dropped));
    al_trace_event(T, now, 0, 0, "trace-end");
    /* every thread that could record has been joined by now */
    qsort(T->ev, T->n, sizeof *T->ev, by_time);
    bool ok = true;
    *error = NULL;
    if (T->jsonl) {
        write_jsonl(T->jsonl, T->ev, T->n);
        ok &= finish_file(T->jsonl, T->jsonl_path, error);
        T->jsonl = NULL;
    }
    if (T->pic) {
        al_timeline_svg(T->pic, T->ev, T->n, T->title, T->html);
        ok &= finish_file(T->pic, T->pic_path, error);
        T->pic = NULL;
    }
    if (T->timeline && out) al_timeline_text(out, T->ev, T->n, 100);
    return ok;
}
