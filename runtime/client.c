/* runtime/client.c — `alrun page`: scripts, rendering, events (client.h,
 * docs/page-client.md).
 *
 * Script lines, one command each ("#" starts a comment; a word with
 * spaces is written in double quotes):
 *   open PAGE [KEY...]     open a page by name or ID, on the record with
 *                          that primary key, else on the first
 *   first | last | next | previous
 *   goto KEY...            another record, by primary key
 *   set FIELD VALUE        type a value into a field (it is validated)
 *   action NAME            invoke an action
 *   wait MS | wait idle    let time pass: MS milliseconds, or until no
 *                          background task is queued or running
 *   show                   print the page as the user sees it
 *   close                  close the page
 */
#include "runtime/client.h"
#include "runtime/explore.h"
#include "runtime/session.h"
#include "runtime/trace.h"
#include "interp/convert.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <errno.h>
#include <stdarg.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>

struct al_client {
    al_exec *X;
    /* the script, read a line at a time (RunModal reads on from inside AL code) */
    const char *name, *next;
    int lineno;
    bool stop;                       /* a line was wrong: stop reading */
    FILE *out;
    al_pbt *pbt;
    al_page_rt *page;                /* the page the script works on */
    int64_t epoch_ms;
    bool real;                       /* the real clock */
    al_facts *facts;                 /* alrun explore: what this run did */
};

/* The virtual clock's 0: Monday 2025-01-06 09:00:00 UTC (a fixed time, so
 * runs print the same dates and times). */
enum { EPOCH_S = 1736154000 };

int64_t al_client_epoch_ms(const al_client *c) { return c ? c->epoch_ms : (int64_t)EPOCH_S * 1000; }
al_pbt *al_client_pbt(al_client *c) { return c->pbt; }
void al_client_set_facts(al_client *c, al_facts *F) { c->facts = F; }
al_facts *al_client_facts(const al_client *c) { return c ? c->facts : NULL; }

static int64_t now_ms(void *ctx)
{
    al_client *c = ctx;
    return c->epoch_ms + al_pbt_now(c->pbt);
}

/* Sleep in the page's own session: the client waits, and task ends due
 * meanwhile are delivered after the sleep (the page's thread is busy). */
static void sleep_ms(void *ctx, int64_t ms)
{
    al_client *c = ctx;
    al_trace *T = al_trace_of(c->X);
    int64_t began = al_pbt_now(c->pbt);
    al_trace_event(T, began, 0, 0, "sleep-begin", AL_TI("ms", ms));
    if (c->real) {
        /* the real clock: the page's thread sleeps while the tasks run on */
        struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
        while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
    } else {
        al_pbt_pass(c->pbt, ms);
    }
    al_trace_event(T, al_pbt_now(c->pbt), 0, 0, "sleep-end", AL_TI("slept_ms", al_pbt_now(c->pbt) - began));
}

static void message(void *ctx, const char *text)
{
    al_client *c = ctx;
    char *t = al_strdup(text);
    for (char *p = t; *p; p++)
        if (*p == '\\') *p = '\n';
    al_client_event(c, "message: %s", t);
    al_trace_event(al_trace_of(c->X), al_pbt_now(c->pbt), 0, 0, "message", AL_TT("text", t));
    al_facts_event(c->facts, "message: %s", t);
}

static bool confirm(void *ctx, const char *q, bool def)
{
    al_client_event(ctx, "confirm: %s -> %s", q, def ? "Yes" : "No");
    al_facts_event(((al_client *)ctx)->facts, "confirm: %s -> %s", q, def ? "Yes" : "No");
    return def;
}

static int strmenu(void *ctx, const char *options, int def, const char *instr)
{
    (void)instr;
    al_client_event(ctx, "strmenu: %s -> %d", options, def);
    al_facts_event(((al_client *)ctx)->facts, "strmenu: %s -> %d", options, def);
    return def;
}

al_host al_client_host(al_client *c)
{
    al_host h = {0};
    h.ctx = c;
    h.message = message;
    h.confirm = confirm;
    h.strmenu = strmenu;
    h.now_ms = now_ms;
    h.sleep_ms = sleep_ms;
    return h;
}

al_client *al_client_new(al_exec *X, FILE *out, const al_pbt_settings *settings)
{
    al_client *c = al_alloc(sizeof *c);
    c->X = X;
    c->out = out;
    c->real = settings->real_clock;
    if (c->real) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        c->epoch_ms = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
    } else {
        c->epoch_ms = (int64_t)EPOCH_S * 1000;
    }
    c->pbt = al_pbt_new(X, settings, c);
    al_session_rt *rt = X->rt;
    rt->client = c;
    rt->pbt = c->pbt;
    return c;
}

void al_client_event(al_client *c, const char *fmt, ...)
{
    if (!c) return;
    va_list ap;
    va_start(ap, fmt);
    char *t = al_vsprintf(fmt, ap);
    va_end(ap);
    fprintf(c->out, "[%7lld ms] %s\n", (long long)al_pbt_now(c->pbt), t);
}

void al_client_notify(al_client *c, al_page_rt *page, const char *kind, const char *text)
{
    if (!c) return;
    al_client_event(c, "notification (%s) on %s: %s", kind, page ? page->page->obj->name : "the session", text);
    al_trace_event(al_trace_of(c->X), al_pbt_now(c->pbt), 0, 0, "notification", AL_TT("kind", kind),
                   AL_TT("page", page ? page->page->obj->name : ""), AL_TT("text", text));
    al_facts_notify(c->facts, page ? page->page->obj->name : "the session", kind, text);
}

/* ============================================================ rendering */

/* Characters (not bytes) of UTF-8 text: what a terminal column holds. */
static size_t chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* [text] left-aligned in a column [width] characters wide. */
static void cell(FILE *out, const char *text, size_t width)
{
    size_t n = chars(text);
    fprintf(out, "%s%*s", text, (int)(width > n ? width - n : 0), "");
}

static void render_controls(al_client *c, al_page_rt *p, al_control *ctl, int depth)
{
    if (!ctl || !ctl->visible) return;
    switch (ctl->kind) {
    case AL_CTL_FIELD: {
        const char *v = al_page_control_text(p, ctl);
        fprintf(c->out, "%*s%-24s %s\n", depth * 2, "", ctl->caption ? ctl->caption : "", v);
        return;
    }
    case AL_CTL_REPEATER: {
        /* the rows of the page's view, each shown with Rec set to it; a
         * column is as wide as its widest cell (20 at least) and two spaces */
        al_record *r = al_page_rec(p);
        fprintf(c->out, "%*s%s\n", depth * 2, "", ctl->caption ? ctl->caption : "");
        if (!r) return;
        al_control **cols = al_alloc(sizeof *cols * (ctl->nchildren + 1));
        uint32_t ncols = 0;
        for (uint32_t i = 0; i < ctl->nchildren; i++)
            if (ctl->children[i]->kind == AL_CTL_FIELD && ctl->children[i]->visible) cols[ncols++] = ctl->children[i];
        enum { MAX_ROWS = 50 };
        const char **cells = al_alloc(sizeof *cells * (ncols * MAX_ROWS + 1));
        bool current[MAX_ROWS];
        al_record *keep = al_record_clone(c->X, r), *it = al_record_clone(c->X, r);
        int rows = 0;
        for (bool more = al_store_find(c->X, c->X->db, it, '-'); more && rows < MAX_ROWS;
             more = al_store_next(c->X, c->X->db, it, 1) != 0, rows++) {
            al_record_assign(r, it);
            current[rows] = al_recordid_cmp(al_record_id(r), al_record_id(keep)) == 0;
            for (uint32_t k = 0; k < ncols; k++) cells[rows * ncols + k] = al_page_control_text(p, cols[k]);
        }
        al_record_assign(r, keep);
        size_t *width = al_alloc_atomic(sizeof *width * (ncols + 1));
        for (uint32_t k = 0; k < ncols; k++) {
            size_t w = chars(cols[k]->caption ? cols[k]->caption : "");
            for (int i = 0; i < rows; i++) if (chars(cells[i * ncols + k]) > w) w = chars(cells[i * ncols + k]);
            width[k] = w + 2 > 20 ? w + 2 : 20;
        }
        fprintf(c->out, "%*s", depth * 2 + 2, "");
        for (uint32_t k = 0; k < ncols; k++) cell(c->out, cols[k]->caption ? cols[k]->caption : "", width[k]);
        fprintf(c->out, "\n");
        for (int i = 0; i < rows; i++) {
            fprintf(c->out, "%*s%s ", depth * 2, "", current[i] ? ">" : " ");
            for (uint32_t k = 0; k < ncols; k++) cell(c->out, cells[i * ncols + k], width[k]);
            fprintf(c->out, "\n");
        }
        return;
    }
    case AL_CTL_GROUP:
        fprintf(c->out, "%*s%s\n", depth * 2, "", ctl->caption ? ctl->caption : "");
        for (uint32_t i = 0; i < ctl->nchildren; i++) render_controls(c, p, ctl->children[i], depth + 1);
        return;
    case AL_CTL_PART:
        for (uint32_t i = 0; i < p->nparts; i++)
            if (p->part_controls[i] == ctl) {
                al_page_rt *part = p->parts[i];
                fprintf(c->out, "%*s[part %s: %s]\n", depth * 2, "", ctl->name ? ctl->name : "", part->page->caption);
                render_controls(c, part, part->page->layout, depth + 1);
            }
        return;
    default:
        for (uint32_t i = 0; i < ctl->nchildren; i++) render_controls(c, p, ctl->children[i], depth);
        return;
    }
}

static void show(al_client *c, al_page_rt *p)
{
    fprintf(c->out, "+-- %s (page %lld) --\n", p->page->caption, (long long)p->page->obj->id);
    render_controls(c, p, p->page->layout, 1);
    fprintf(c->out, "+--\n");
}

/* alrun explore: the page as `show` prints it, for the facts of the run,
 * rendered once (a control's expression may call AL code: a second
 * rendering could differ from what was printed). */
static void show_noted(al_client *c, al_page_rt *p, int line)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *m = c->facts ? open_memstream(&buf, &n) : NULL;
    if (!m) {
        if (line) show(c, p);
        return;
    }
    FILE *out = c->out;
    c->out = m;
    show(c, p);
    c->out = out;
    fclose(m);
    if (line) fputs(buf, out);
    al_facts_show(c->facts, line, buf);
    free(buf);
}

/* ============================================================== scripts */

typedef struct line {
    char **words;
    int n;
} line;

static line split(const char *s)
{
    line L = {0};
    while (*s) {
        while (*s == ' ' || *s == '\t') s++;
        if (!*s || *s == '#') break;
        const char *b;
        size_t n;
        if (*s == '"') {
            b = ++s;
            while (*s && *s != '"') s++;
            n = (size_t)(s - b);
            if (*s) s++;
        } else {
            b = s;
            while (*s && *s != ' ' && *s != '\t') s++;
            n = (size_t)(s - b);
        }
        L.words = al_realloc(L.words, (size_t)L.n * sizeof *L.words, (size_t)(L.n + 1) * sizeof *L.words);
        L.words[L.n++] = al_strndup(b, n);
    }
    return L;
}

typedef struct cmd_req { al_client *c; line L; } cmd_req;

static al_object *find_page(al_client *c, const char *name)
{
    char *end;
    long id = strtol(name, &end, 10);
    al_object *o = *end == 0 && end != name ? al_program_find_id(c->X->prog, AL_OBJ_PAGE, id)
                                            : al_program_find(c->X->prog, AL_OBJ_PAGE, name);
    return o && o->page ? o : NULL;
}

al_page_rt *al_client_open(al_client *c, al_object *obj, al_record *rec)
{
    const char **key = NULL;
    int nkey = 0;
    if (rec && obj->page->source_table && obj->page->source_table->table == rec->table) {
        /* the record's primary key, as text, is where the page opens */
        const al_key *pk = &rec->table->keys[0];
        key = al_alloc(sizeof *key * (pk->nfields + 1));
        for (uint32_t i = 0; i < pk->nfields; i++) {
            const al_field *f = &rec->table->fields[pk->fields[i]];
            key[nkey++] = al_format(c->X, rec->fields[f->index], f->type, 0, 0, NULL)->s;
        }
    }
    al_page_rt *opener = c->page;
    c->page = al_page_open(c->X, c, obj, key, nkey);
    c->page->opener = opener;
    return c->page;
}

static al_page_rt *need_page(al_client *c)
{
    if (!c->page || !c->page->open) al_throw(c->X, NULL, "No page is open.");
    return c->page;
}

static void do_cmd(al_exec *X, void *ud)
{
    cmd_req *q = ud;
    al_client *c = q->c;
    char **w = q->L.words;
    int n = q->L.n;
    const char *cmd = w[0];
    if (!strcmp(cmd, "open")) {
        al_object *o = find_page(c, w[1]);
        if (!o) al_throw(X, NULL, "The page %s does not exist.", w[1]);
        al_page_rt *opener = c->page;
        c->page = al_page_open(X, c, o, (const char *const *)w + 2, n - 2);
        c->page->opener = opener;
    } else if (!strcmp(cmd, "first") || !strcmp(cmd, "last") || !strcmp(cmd, "next") || !strcmp(cmd, "previous")) {
        char which = !strcmp(cmd, "first") ? '-' : !strcmp(cmd, "last") ? '+' : !strcmp(cmd, "next") ? '>' : '<';
        if (!al_page_move(need_page(c), which)) al_client_event(c, "%s: no %s record", c->page->page->obj->name, cmd);
    } else if (!strcmp(cmd, "goto")) {
        al_page_rt *p = need_page(c);
        al_record *r = al_page_rec(p);
        if (!r) al_throw(X, NULL, "The page %s has no records.", p->page->obj->name);
        const al_key *pk = &r->table->keys[0];
        for (int i = 1; i < n && (uint32_t)(i - 1) < pk->nfields; i++) {
            const al_field *f = &r->table->fields[pk->fields[i - 1]];
            al_value v = r->fields[f->index];
            al_fail fail = {0};
            if (!al_evaluate(X, &v, f->type, al_text_cstr(w[i]), 0, &fail)) al_throw_msg(X, fail.code, fail.msg);
            r->fields[f->index] = v;
        }
        if (!al_page_move(p, '=')) al_client_event(c, "%s: no such record", p->page->obj->name);
    } else if (!strcmp(cmd, "set")) {
        al_page_set_field(need_page(c), w[1], w[2]);
    } else if (!strcmp(cmd, "new")) {
        al_page_new(need_page(c));
    } else if (!strcmp(cmd, "save")) {
        al_page_save(need_page(c));
    } else if (!strcmp(cmd, "delete")) {
        al_page_delete(need_page(c));
    } else if (!strcmp(cmd, "drilldown") || !strcmp(cmd, "lookup") || !strcmp(cmd, "assistedit")) {
        al_page_control_trigger(need_page(c), w[1], !strcmp(cmd, "drilldown") ? AL_CTRIG_DRILLDOWN
                                                   : !strcmp(cmd, "lookup") ? AL_CTRIG_LOOKUP : AL_CTRIG_ASSISTEDIT);
    } else if (!strcmp(cmd, "action")) {
        al_page_action(need_page(c), w[1]);
    } else if (!strcmp(cmd, "wait")) {
        if (!strcmp(w[1], "idle")) al_pbt_advance(c->pbt, -1);
        else al_pbt_advance(c->pbt, al_pbt_now(c->pbt) + strtoll(w[1], NULL, 10));
    } else if (!strcmp(cmd, "show")) {
        show_noted(c, need_page(c), c->lineno);
    } else if (!strcmp(cmd, "ok") || !strcmp(cmd, "cancel")) {
        al_page_rt *p = need_page(c);
        p->modal_action = !strcmp(cmd, "ok") ? AL_ACTION_OK : AL_ACTION_CANCEL;
        al_page_close(p);
        while (p->opener && !p->opener->open) p = p->opener;
        c->page = p->opener;
    } else if (!strcmp(cmd, "close")) {
        /* back to the page that was in front before, if it is still open */
        al_page_rt *p = need_page(c);
        al_page_close(p);
        while (p->opener && !p->opener->open) p = p->opener;
        c->page = p->opener;
    } else if (!strcmp(cmd, "stats")) {
        /* for stress tests and the curious: what the session holds now */
        long threads = 0, rss_kb = 0;
        FILE *f = fopen("/proc/self/status", "r");
        char buf[256];
        while (f && fgets(buf, sizeof buf, f)) {
            if (!strncmp(buf, "Threads:", 8)) threads = strtol(buf + 8, NULL, 10);
            if (!strncmp(buf, "VmRSS:", 6)) rss_kb = strtol(buf + 6, NULL, 10);
        }
        if (f) fclose(f);
        size_t live = al_mem_live_bytes();
        fprintf(c->out, "stats: %u tasks pending, %ld threads, %ld KB resident, %zu KB heap, %zu KB live\n",
                al_pbt_pending(c->pbt), threads, rss_kb, al_mem_heap_size() / 1024, live / 1024);
    }
}

/* Which commands take how many words (min, max after the command). */
static const struct { const char *name; int min, max; const char *usage; } commands[] = {
    {"open", 1, 16, "open PAGE [KEY...]"}, {"first", 0, 0, "first"}, {"last", 0, 0, "last"},
    {"next", 0, 0, "next"}, {"previous", 0, 0, "previous"}, {"goto", 1, 16, "goto KEY..."},
    {"set", 2, 2, "set FIELD VALUE"}, {"action", 1, 1, "action NAME"}, {"new", 0, 0, "new"},
    {"save", 0, 0, "save"}, {"delete", 0, 0, "delete"}, {"drilldown", 1, 1, "drilldown FIELD"},
    {"lookup", 1, 1, "lookup FIELD"}, {"assistedit", 1, 1, "assistedit FIELD"}, {"wait", 1, 1, "wait MS | wait idle"},
    {"show", 0, 0, "show"}, {"close", 0, 0, "close"}, {"stats", 0, 0, "stats"},
    {"ok", 0, 0, "ok"}, {"cancel", 0, 0, "cancel"},
};

/* Runs script lines until the script ends, a line is wrong, or — for a
 * modal page — [modal] is closed. */
static void do_commit(al_exec *X, void *ud)
{
    (void)ud;
    al_store_commit(X, X->db);
}

/* Each user action is a server call of its own, as in BC's web client: it
 * commits when it ends and an error rolls it back — so a background task
 * started later reads what the user saved.  Inside RunModal the AL code
 * that called it is still running: its transaction stays open. */
static void end_call(al_client *c, bool ok)
{
    al_exec *X = c->X;
    if (!X->db) return;
    if (ok && !al_exec_protected(X, do_commit, NULL)) {
        al_client_event(c, "error: %s", X->last_error.msg);
        al_trace_event(al_trace_of(X), al_pbt_now(c->pbt), 0, 0, "session-error", AL_TT("code", X->last_error.code),
                       AL_TT("text", X->last_error.msg));
        ok = false;
    }
    if (!ok && X->db_rollback) X->db_rollback(X->db);
}

void al_client_trigger_done(al_client *c, bool ok)
{
    /* inside RunModal the AL code that called it still runs, in its own
     * transaction: that code's end decides (as for the script's commands) */
    if (c && c->X->depth == 0) end_call(c, ok);
}

static void run_lines(al_client *c, al_page_rt *modal)
{
    const char *name = c->name;
    while (!c->stop && *c->next && !(modal && !modal->open)) {
        const char *s = c->next;
        const char *e = strchr(s, '\n');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        char *raw = al_strndup(s, n);
        c->next = s + n + (e ? 1 : 0);
        int lineno = ++c->lineno;
        if (n && raw[n - 1] == '\r') raw[n - 1] = 0;
        line L = split(raw);
        if (L.n == 0) continue;
        size_t k = 0, nk = sizeof commands / sizeof commands[0];
        while (k < nk && strcmp(commands[k].name, L.words[0])) k++;
        if (k == nk) {
            fprintf(stderr, "%s:%d: error: unknown command '%s' (commands: open, first, last, next, previous, goto, new, save, delete, set, action, drilldown, lookup, assistedit, ok, cancel, wait, show, close, stats)\n",
                    name, lineno, L.words[0]);
            c->stop = true;
            return;
        }
        if (L.n - 1 < commands[k].min || L.n - 1 > commands[k].max) {
            fprintf(stderr, "%s:%d: error: write it as: %s\n", name, lineno, commands[k].usage);
            c->stop = true;
            return;
        }
        if (!strcmp(L.words[0], "wait") && strcmp(L.words[1], "idle")) {
            char *end;
            long long ms = strtoll(L.words[1], &end, 10);
            if (*end || ms < 0) {
                fprintf(stderr, "%s:%d: error: wait takes milliseconds or 'idle'\n", name, lineno);
                c->stop = true;
                return;
            }
        }
        fprintf(c->out, "> %s\n", raw + strspn(raw, " \t"));
        al_trace *T = al_trace_of(c->X);
        al_trace_event(T, al_pbt_now(c->pbt), 0, 0, "command", AL_TT("line", raw + strspn(raw, " \t")), AL_TI("lineno", lineno));
        cmd_req q = {c, L};
        bool ok = al_exec_protected(c->X, do_cmd, &q);
        if (!ok) {
            /* the command's triggers that the error ended, then the error */
            al_trace_unwind(T, al_pbt_now(c->pbt), c->X->depth, c->X->last_error.msg);
            al_trace_event(T, al_pbt_now(c->pbt), 0, 0, "session-error", AL_TT("code", c->X->last_error.code),
                           AL_TT("text", c->X->last_error.msg));
            if (modal) al_throw_msg(c->X, c->X->last_error.code, c->X->last_error.msg);  /* inside RunModal: the caller's error */
            al_client_event(c, "error: %s", c->X->last_error.msg);
            al_facts_event(c->facts, "error: %s", c->X->last_error.msg);
        }
        if (!modal) end_call(c, ok);
        fflush(c->out);
    }
}

int al_client_run(al_client *c, const char *name, const char *text)
{
    c->name = name;
    c->next = text;
    c->lineno = 0;
    c->stop = false;
    run_lines(c, NULL);
    if (c->facts) {                              /* explore: the pages still open, as they stand */
        for (al_page_rt *p = c->page; p; p = p->opener)
            if (p->open) show_noted(c, p, 0);
        al_facts_script_end(c->facts);
    }
    /* the session ends: what still runs is cancelled, its threads joined */
    al_pbt_shutdown(c->pbt);
    return c->stop ? 1 : 0;
}

int32_t al_client_run_modal(al_client *c, al_object *obj, al_record *rec)
{
    al_page_rt *p = al_client_open(c, obj, rec);
    p->modal_action = AL_ACTION_CANCEL;
    al_client_event(c, "%s runs modally: the script goes on with it until it is closed", obj->name);
    run_lines(c, p);
    if (p->open) {                               /* the script ended with the page still open */
        al_page_close(p);
        c->page = p->opener;
    }
    return p->modal_action;
}
