/* runtime/testrun.c — `alrun test` (testrun.h, docs/testing.md). */
#include "runtime/testrun.h"
#include "runtime/host.h"
#include "runtime/pbt.h"
#include "runtime/session.h"
#include "interp/builtin.h"
#include "interp/convert.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

/* The handler kinds a test can name in [HandlerFunctions]. */
enum { H_MESSAGE, H_CONFIRM, H_STRMENU, H_OTHER };

typedef struct handler {
    al_proc *proc;
    int kind;
    bool called;
} handler;

typedef struct run {
    const al_test_opts *o;
    FILE *out;
    al_exec *X;
    al_instance *inst;               /* the test codeunit's instance */
    handler *handlers;               /* the running test's */
    uint32_t nhandlers;
    int passed, failed, skipped;
    bool in_test;                    /* a test codeunit's code runs (its UI goes to handlers) */
    int isolation;                   /* in force: --isolation, or the runner's TestIsolation */
    /* a Subtype = TestRunner codeunit driving the run, or NULL */
    al_object *runner;
    al_instance *runner_inst;
    al_proc *before, *after;         /* its OnBeforeTestRun / OnAfterTestRun, or NULL */
    /* the progress line (stderr at a terminal) */
    bool progress;
    int total;                       /* tests to run, 0 when a runner decides */
    double t0;
    char *suites;                    /* JUnit: the <testsuite> elements so far */
} run;

static const al_node *attr(const al_proc *p, const char *name)
{
    if (!p->ast) return NULL;
    al_nodes a = p->ast->as.routine.attrs;
    for (uint32_t i = 0; i < a.count; i++)
        if (al_ast_name_is(a.items[i]->as.attr.name, name)) return a.items[i];
    return NULL;
}

static int handler_kind(const al_proc *p)
{
    if (attr(p, "MessageHandler")) return H_MESSAGE;
    if (attr(p, "ConfirmHandler")) return H_CONFIRM;
    if (attr(p, "StrMenuHandler")) return H_STRMENU;
    return H_OTHER;
}

/* Glob match for --filter: * any run, ? one character, case-insensitive. */
static bool glob(const char *p, const char *s)
{
    if (!*p) return !*s;
    if (*p == '*') return glob(p + 1, s) || (*s && glob(p, s + 1));
    if (!*s) return false;
    if (*p == '?' || tolower((unsigned char)*p) == tolower((unsigned char)*s)) return glob(p + 1, s + 1);
    return false;
}

/* The dialogs of a test go to its handlers. */
static bool ui_hook(al_exec *X, const al_builtin *b, int argc, al_value *argv, al_value *result)
{
    al_session_rt *rt = X->rt;
    run *R = rt->test;
    if (!R || !R->in_test) return false;         /* a test runner's own dialogs show as in `alrun run` */
    int kind = al_name_eq(b->name, "Message") ? H_MESSAGE : al_name_eq(b->name, "Confirm") ? H_CONFIRM
             : al_name_eq(b->name, "StrMenu") ? H_STRMENU : H_OTHER;
    const char *what = kind == H_MESSAGE ? "Message" : kind == H_CONFIRM ? "Confirm" : kind == H_STRMENU ? "StrMenu"
                     : b->name;
    /* the text the user would see: Message/Confirm substitute their arguments */
    const al_text *text = AL_TEXT_EMPTY;
    if (argc > 0 && (kind == H_MESSAGE || kind == H_CONFIRM)) {
        const al_text *fmt = argv[0].tag == AL_TY_TEXT || argv[0].tag == AL_TY_CODE || argv[0].tag == AL_TY_LABEL
                             ? argv[0].u.text : al_format(X, argv[0], NULL, 0, 0, NULL);
        int first = kind == H_CONFIRM ? 2 : 1;
        const al_text *vals[10] = {0};
        int n = 0;
        for (int i = first; i < argc && n < 10; i++) vals[n++] = al_format(X, argv[i], NULL, 0, 0, NULL);
        al_fail f = {0};
        text = al_text_substno(fmt, vals, n, &f);
        if (!text) text = fmt;
    } else if (argc > 0 && kind == H_STRMENU) {
        text = argv[0].u.text;
    }
    for (uint32_t i = 0; i < R->nhandlers; i++) {
        handler *h = &R->handlers[i];
        if (h->kind != kind) continue;
        h->called = true;
        al_value arg[3], reply;
        switch (kind) {
        case H_MESSAGE:
            arg[0] = al_convert(X, al_textv(AL_TY_TEXT, text), h->proc->params[0].type);
            al_exec_call(X, h->proc, R->inst, arg);
            *result = al_none();
            return true;
        case H_CONFIRM:
            reply = al_bool(argc > 1 && argv[1].tag == AL_TY_BOOLEAN ? argv[1].u.b : true);
            arg[0] = al_convert(X, al_textv(AL_TY_TEXT, text), h->proc->params[0].type);
            arg[1].tag = AL_TAG_REF;
            arg[1].u.ref = &reply;
            al_exec_call(X, h->proc, R->inst, arg);
            *result = reply;
            return true;
        case H_STRMENU:
            reply = al_int(argc > 1 ? (int32_t)argv[1].u.i : 1);
            arg[0] = al_convert(X, al_textv(AL_TY_TEXT, text), h->proc->params[0].type);
            arg[1].tag = AL_TAG_REF;
            arg[1].u.ref = &reply;
            arg[2] = al_convert(X, al_textv(AL_TY_TEXT, argc > 2 ? argv[2].u.text : AL_TEXT_EMPTY),
                                h->proc->nparams > 2 ? h->proc->params[2].type : &al_type_text);
            al_exec_call(X, h->proc, R->inst, arg);
            *result = reply;
            return true;
        default:
            break;
        }
    }
    al_throw(X, NULL, "Unhandled UI: %s %s", what, text->s);
}

/* [HandlerFunctions('A,B')] of [p]: resolved to the codeunit's procedures. */
static bool set_handlers(run *R, const al_object *cu, const al_proc *p, char **error)
{
    R->handlers = NULL;
    R->nhandlers = 0;
    const al_node *a = attr(p, "HandlerFunctions");
    if (!a || !a->as.attr.args.count) return true;
    const al_node *arg = a->as.attr.args.items[0];
    if (arg->kind == AST_ARGGROUP && arg->as.list.items.count) arg = arg->as.list.items.items[0];
    if (arg->kind != AST_TEXT) return true;
    char *names = al_strdup(arg->as.lit.text);
    for (char *tok = strtok(names, ","); tok; tok = strtok(NULL, ",")) {
        while (*tok == ' ') tok++;
        al_proc *h = NULL;
        for (uint32_t i = 0; i < cu->nprocs; i++)
            if (!cu->procs[i]->is_trigger && al_name_eq(cu->procs[i]->name, tok)) h = cu->procs[i];
        if (!h) {
            *error = al_sprintf("the handler function %s is not a procedure of Codeunit \"%s\"", tok, cu->name);
            return false;
        }
        R->handlers = al_realloc(R->handlers, R->nhandlers * sizeof *R->handlers, (R->nhandlers + 1) * sizeof *R->handlers);
        R->handlers[R->nhandlers++] = (handler){h, handler_kind(h), false};
    }
    return true;
}

typedef struct call_req { al_proc *p; al_instance *inst; al_value *args; al_value result; } call_req;

static void do_call(al_exec *X, void *ud)
{
    call_req *q = ud;
    q->result = al_exec_call(X, q->p, q->inst, q->args);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static char *xml_escape(const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p; p++) n += *p == '&' ? 5 : *p == '<' || *p == '>' ? 4 : *p == '"' ? 6 : 1;
    char *out = al_alloc_atomic(n + 1), *o = out;
    for (const char *p = s; *p; p++) {
        const char *rep = *p == '&' ? "&amp;" : *p == '<' ? "&lt;" : *p == '>' ? "&gt;" : *p == '"' ? "&quot;" : NULL;
        if (rep) { strcpy(o, rep); o += strlen(rep); }
        else *o++ = *p;
    }
    *o = 0;
    return out;
}

/* --filter: "Codeunit::Method" or the codeunit's name alone. */
static bool selected(const run *R, const al_object *cu, const al_proc *p)
{
    const char *f = R->o->filter;
    return !f || glob(f, cu->name) || glob(f, al_sprintf("%s::%s", cu->name, p->name));
}

/* ----------------------------------------------------------- the output */

/* The progress line: on stderr at a terminal, once a run has taken half a
 * second, erased before every result line so the two never mix. */
static void progress(run *R, const al_object *cu, const al_proc *p)
{
    if (!R->progress || now_ms() - R->t0 < 500) return;
    int done = R->passed + R->failed + R->skipped;
    if (R->total) fprintf(stderr, "\r\033[K[%d/%d] %s::%s", done, R->total, cu->name, p->name);
    else fprintf(stderr, "\r\033[K[%d] %s::%s", done, cu->name, p->name);
    fflush(stderr);
}

static void result_line(run *R, const char *verdict, const al_object *cu, const char *what, double ms)
{
    if (R->progress) fputs("\r\033[K", stderr);
    if (ms < 0) fprintf(R->out, "%s  Codeunit %lld \"%s\"  %s\n", verdict, (long long)cu->id, cu->name, what);
    else fprintf(R->out, "%s  Codeunit %lld \"%s\"  %s  (%.0f ms)\n", verdict, (long long)cu->id, cu->name, what, ms);
}

/* The failure text and AL call stack, indented under the FAIL line. */
static void failure_lines(run *R, const char *msg, const char *stack)
{
    fprintf(R->out, "      %s\n", msg);
    for (const char *s = stack; *s;) {
        const char *e = strchr(s, '\n');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        fprintf(R->out, "        %.*s\n", (int)n, s);
        s += n + (e ? 1 : 0);
    }
}

/* ------------------------------------------------------ the test runner */

/* TestPermissions of a test codeunit, as the runner's triggers get it. */
static int32_t permissions(const al_object *cu)
{
    const char *p = cu->test_permissions;
    return !p ? 0 : al_name_eq(p, "Restrictive") ? 1 : al_name_eq(p, "NonRestrictive") ? 2 : 0;
}

/* OnBeforeTestRun(CodeunitId, CodeunitName, FunctionName[, Permissions]): Boolean
 * and OnAfterTestRun(CodeunitId, CodeunitName, FunctionName[, Permissions], Success)
 * of the runner; FunctionName is '' for the codeunit as a whole.  The
 * Permissions parameter is optional, as in older runners.  An error in
 * one is the test's failure (*msg). */
static bool runner_trigger(run *R, al_proc *t, const al_object *cu, const char *fn, bool success, bool *answer,
                           const char **msg, const char **stack)
{
    *answer = true;
    if (!t) return true;
    al_exec *X = R->X;
    al_value args[5];
    uint32_t n = 0;
    const al_value given[5] = {al_int((int32_t)cu->id), al_textv(AL_TY_TEXT, al_text_cstr(cu->name)),
                               al_textv(AL_TY_TEXT, al_text_cstr(fn)), al_ordinal(AL_TY_ENUM, permissions(cu)),
                               al_bool(success)};
    bool after = t == R->after;
    for (uint32_t i = 0; i < t->nparams && i < 5; i++) {
        /* the optional Permissions: a 4-parameter OnAfterTestRun's last one is Success */
        uint32_t k = after && t->nparams == 4 && i == 3 ? 4 : i;
        args[n++] = al_convert(X, given[k], t->params[i].type);
    }
    call_req q = {t, R->runner_inst, args, al_none()};
    if (!al_exec_protected(X, do_call, &q)) {
        *msg = al_sprintf("%s: %s", t->name, *X->last_error.msg ? X->last_error.msg : "(an error without text)");
        *stack = X->last_error.callstack;
        X->has_error = false;
        return false;
    }
    if (!after && q.result.tag == AL_TY_BOOLEAN) *answer = q.result.u.b;
    return true;
}

/* [TransactionModel(TransactionModel::AutoRollback)]: the test's changes
 * are undone after it, and it may not commit. */
static bool auto_rollback(const al_proc *p)
{
    const al_node *a = attr(p, "TransactionModel");
    if (!a || !a->as.attr.args.count) return false;
    const al_node *v = a->as.attr.args.items[0];
    if (v->kind == AST_ARGGROUP && v->as.list.items.count) v = v->as.list.items.items[0];
    while (v->kind == AST_SCOPE || v->kind == AST_MEMBER) v = v->as.pair.rhs;
    return v->kind == AST_NAME && al_name_eq(v->as.name.text, "AutoRollback");
}

/* One test: the runner's say, its handlers, the call, the verdict, the line. */
static void one(run *R, const al_object *cu, al_proc *p, char **case_xml)
{
    al_exec *X = R->X;
    al_session_rt *rt = X->rt;
    char *error = NULL;
    bool go;
    const char *msg = NULL, *stack = "";
    progress(R, cu, p);
    double t0 = now_ms();
    bool ok = runner_trigger(R, R->before, cu, p->name, false, &go, &msg, &stack);
    if (ok && !go) {                             /* the runner skips it */
        result_line(R, "SKIP", cu, p->name, -1);
        R->skipped++;
        *case_xml = al_sprintf("%s    <testcase classname=\"%s\" name=\"%s\" time=\"0\"><skipped/></testcase>\n",
                               *case_xml, xml_escape(cu->name), xml_escape(p->name));
        return;
    }
    if (ok) ok = set_handlers(R, cu, p, &error);
    if (!ok && error) msg = error;
    if (ok) {
        /* isolation: the test's own transaction, or (AutoRollback inside a
         * codeunit's transaction) a commit point it is rolled back to */
        bool rollback = auto_rollback(p);
        bool own = R->isolation == AL_ISOLATE_FUNCTION || (rollback && !al_store_isolated(X->db));
        uint32_t mark = 0;
        if (own) al_store_isolate(X, X->db);
        else if (rollback) mark = al_store_mark(X, X->db);
        if (rollback) rt->commit_refused = "Commit is not allowed in a test with TransactionModel AutoRollback.";
        call_req q = {p, R->inst, NULL, al_none()};
        R->in_test = true;
        ok = al_exec_protected(X, do_call, &q);
        R->in_test = false;
        rt->commit_refused = NULL;
        if (!ok) {
            msg = *X->last_error.msg ? X->last_error.msg : "(an error without text)";
            stack = X->last_error.callstack;
        } else {
            char *missing = NULL;
            for (uint32_t i = 0; i < R->nhandlers; i++)
                if (!R->handlers[i].called)
                    missing = missing ? al_sprintf("%s,%s", missing, R->handlers[i].proc->name) : al_strdup(R->handlers[i].proc->name);
            if (missing) {
                ok = false;
                msg = al_sprintf("The following UI handlers were not executed: %s", missing);
            }
        }
        if (own) al_store_isolate_end(X->db);
        else if (rollback) al_store_rollback_to_mark(X->db, mark);
        X->has_error = false;
    }
    R->handlers = NULL;
    R->nhandlers = 0;
    const char *amsg = NULL, *astack = "";
    if (!runner_trigger(R, R->after, cu, p->name, ok, &go, &amsg, &astack) && ok) {
        ok = false;
        msg = amsg;
        stack = astack;
    }
    double ms = now_ms() - t0;
    result_line(R, ok ? "PASS" : "FAIL", cu, p->name, ms);
    if (!ok) {
        failure_lines(R, msg, stack);
        R->failed++;
    } else {
        R->passed++;
    }
    *case_xml = al_sprintf("%s    <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\">%s</testcase>\n", *case_xml,
                           xml_escape(cu->name), xml_escape(p->name), ms / 1000.0,
                           ok ? "" : al_sprintf("<failure message=\"%s\">%s</failure>", xml_escape(msg), xml_escape(stack)));
}

typedef struct run_req { al_object *cu; al_instance *inst; } run_req;

static void do_onrun(al_exec *X, void *ud)
{
    run_req *q = ud;
    al_exec_run(X, q->cu, q->inst, NULL, false);
}

static bool any_selected(const run *R, const al_object *cu)
{
    for (uint32_t i = 0; i < cu->nprocs; i++)
        if (attr(cu->procs[i], "Test") && selected(R, cu, cu->procs[i])) return true;
    return false;
}

/* A test codeunit: OnRun, then its [Test] procedures in declaration
 * order, on one instance.  True when nothing failed. */
static bool run_codeunit(run *R, al_object *cu)
{
    al_exec *X = R->X;
    if (!any_selected(R, cu)) return true;
    int failed0 = R->failed, passed0 = R->passed, skipped0 = R->skipped;
    char *cases = al_strdup("");
    double t0 = now_ms();
    bool go;
    const char *msg = NULL, *stack = "";
    bool ok = runner_trigger(R, R->before, cu, "", false, &go, &msg, &stack);
    if (ok && !go) {                             /* the runner skips the codeunit: each test is skipped */
        for (uint32_t i = 0; i < cu->nprocs; i++)
            if (attr(cu->procs[i], "Test") && selected(R, cu, cu->procs[i])) {
                result_line(R, "SKIP", cu, cu->procs[i]->name, -1);
                R->skipped++;
            }
        return true;
    }
    if (R->isolation == AL_ISOLATE_CODEUNIT) al_store_isolate(X, X->db);
    R->inst = al_exec_instance(X, cu);
    if (ok && cu->on_run) {
        run_req q = {cu, R->inst};
        R->in_test = true;
        bool ran = al_exec_protected(X, do_onrun, &q);
        R->in_test = false;
        if (!ran) {
            ok = false;
            msg = X->last_error.msg;
            stack = X->last_error.callstack;
            X->has_error = false;
        }
    }
    if (!ok) {
        result_line(R, "FAIL", cu, "OnRun", -1);
        failure_lines(R, msg, stack);
        R->failed++;
        cases = al_sprintf("%s    <testcase classname=\"%s\" name=\"OnRun\"><failure message=\"%s\"/></testcase>\n",
                           cases, xml_escape(cu->name), xml_escape(msg));
    }
    for (uint32_t i = 0; i < cu->nprocs; i++) {
        al_proc *p = cu->procs[i];
        if (attr(p, "Test") && selected(R, cu, p)) one(R, cu, p, &cases);
    }
    if (R->isolation == AL_ISOLATE_CODEUNIT) al_store_isolate_end(X->db);
    bool all = R->failed == failed0;
    if (!runner_trigger(R, R->after, cu, "", all, &go, &msg, &stack)) {
        result_line(R, "FAIL", cu, "OnAfterTestRun", -1);
        failure_lines(R, msg, stack);
        R->failed++;
        all = false;
    }
    R->suites = al_sprintf("%s  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" skipped=\"%d\" time=\"%.3f\">\n%s  </testsuite>\n",
                           R->suites, xml_escape(cu->name), R->failed - failed0 + R->passed - passed0 + R->skipped - skipped0,
                           R->failed - failed0, R->skipped - skipped0, (now_ms() - t0) / 1000.0, cases);
    return all;
}

bool al_testrun_codeunit(al_exec *X, al_object *cu, bool *passed)
{
    al_session_rt *rt = X->rt;
    run *R = rt ? rt->test : NULL;
    if (!R || !R->runner || !cu->is_test) return false;
    /* the test codeunit runs with its own instance and handlers; the
     * runner's are kept for when it returns */
    al_instance *inst = R->inst;
    *passed = run_codeunit(R, cu);
    R->inst = inst;
    return true;
}

static int by_id(const void *a, const void *b)
{
    const al_object *x = *(al_object *const *)a, *y = *(al_object *const *)b;
    return x->id < y->id ? -1 : x->id > y->id;
}

static al_proc *trigger_of(const al_object *cu, const char *name)
{
    for (uint32_t i = 0; i < cu->nprocs; i++)
        if (cu->procs[i]->is_trigger && al_name_eq(cu->procs[i]->name, name)) return cu->procs[i];
    return NULL;
}

/* A TestRunner codeunit: its OnRun decides which test codeunits run
 * (Codeunit.Run comes back to al_testrun_codeunit), with its
 * TestIsolation unless --isolation was given. */
static void run_runner(run *R, al_object *runner)
{
    al_exec *X = R->X;
    R->runner = runner;
    R->runner_inst = al_exec_instance(X, runner);
    R->before = trigger_of(runner, "OnBeforeTestRun");
    R->after = trigger_of(runner, "OnAfterTestRun");
    if (!R->o->isolation_set) {
        const char *ti = runner->test_isolation;
        R->isolation = ti && al_name_eq(ti, "Codeunit") ? AL_ISOLATE_CODEUNIT
                     : ti && al_name_eq(ti, "Function") ? AL_ISOLATE_FUNCTION : AL_ISOLATE_DISABLED;
    }
    run_req q = {runner, R->runner_inst};
    if (runner->on_run && !al_exec_protected(X, do_onrun, &q)) {
        result_line(R, "FAIL", runner, "OnRun", -1);
        failure_lines(R, X->last_error.msg, X->last_error.callstack);
        R->failed++;
        X->has_error = false;
    }
    R->runner = NULL;
    R->before = R->after = NULL;
}

int al_test_run(const al_program *P, al_db *db, const al_test_opts *o, FILE *out, char **error)
{
    al_stdio_host answers = {.confirm = -1, .virtual_clock = !o->real_clock};
    al_host host = al_host_stdio(&answers);
    al_exec *X = al_session_open(P, db, false, &host, error);
    if (!X) return -1;
    run R = {.o = o, .out = out, .X = X, .isolation = o->isolation, .suites = al_strdup("")};
    R.progress = isatty(STDERR_FILENO);
    R.t0 = now_ms();
    al_session_rt *rt = X->rt;
    rt->test = &R;
    X->ui_hook = ui_hook;
    X->restricted = true;
    /* the user's test runners drive the run when there are any; else every
     * test codeunit runs, in ID order */
    al_object **cus = al_alloc(sizeof *cus * (P->nobjects + 1)), **runners = al_alloc(sizeof *runners * (P->nobjects + 1));
    uint32_t n = 0, nrunners = 0;
    for (uint32_t i = 0; i < P->nobjects; i++) {
        al_object *ob = P->objects[i];
        if (ob->kind != AL_OBJ_CODEUNIT || ob->builtin) continue;
        if (ob->is_test) cus[n++] = ob;
        if (ob->is_test_runner) runners[nrunners++] = ob;
    }
    qsort(cus, n, sizeof *cus, by_id);
    qsort(runners, nrunners, sizeof *runners, by_id);
    if (nrunners) {
        for (uint32_t r = 0; r < nrunners; r++) run_runner(&R, runners[r]);
    } else {
        for (uint32_t c = 0; c < n; c++)
            for (uint32_t i = 0; i < cus[c]->nprocs; i++)
                if (attr(cus[c]->procs[i], "Test") && selected(&R, cus[c], cus[c]->procs[i])) R.total++;
        for (uint32_t c = 0; c < n; c++) run_codeunit(&R, cus[c]);
    }
    rt->test = NULL;
    if (R.progress) fputs("\r\033[K", stderr);
    if (R.skipped) fprintf(out, "%d passed, %d failed, %d skipped\n", R.passed, R.failed, R.skipped);
    else fprintf(out, "%d passed, %d failed\n", R.passed, R.failed);
    if (o->junit) {
        FILE *f = fopen(o->junit, "w");
        if (!f) {
            *error = al_sprintf("cannot write %s", o->junit);
            al_session_close(X, false);
            return -1;
        }
        fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites tests=\"%d\" failures=\"%d\" skipped=\"%d\" time=\"%.3f\">\n%s</testsuites>\n",
                R.passed + R.failed + R.skipped, R.failed, R.skipped, (now_ms() - R.t0) / 1000.0, R.suites);
        fclose(f);
    }
    al_session_close(X, R.isolation == AL_ISOLATE_DISABLED);
    return R.failed;
}
