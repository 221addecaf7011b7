/* runtime/testrun.c — `alrun test` (testrun.h, docs/testing.md). */
#include "runtime/testrun.h"
#include "interp/events.h"
#include "runtime/host.h"
#include "runtime/pbt.h"
#include "runtime/session.h"
#include "runtime/trace.h"
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

typedef struct handler {
    al_proc *proc;
    int kind;                        /* al_handler_kind, or -1: an attribute alrun does not run */
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

/* ------------------------------------------------------- handler kinds */

static bool is_text(const al_var *v) { return al_type_is_text(v->type); }
static bool is_page(const al_var *v) { return (v->type->kind == AL_TY_TESTPAGE || v->type->kind == AL_TY_PAGE) && v->type->obj; }
static bool is_action(const al_var *v)
{
    return v->by_ref && v->type->kind == AL_TY_ENUM && v->type->obj && al_name_eq(v->type->obj->name, "Action");
}

static bool fits_message(const al_proc *p) { return p->nparams == 1 && is_text(&p->params[0]); }
static bool fits_confirm(const al_proc *p)
{
    return p->nparams == 2 && is_text(&p->params[0]) && p->params[1].by_ref && p->params[1].type->kind == AL_TY_BOOLEAN;
}
static bool fits_strmenu(const al_proc *p)
{
    return (p->nparams == 2 || p->nparams == 3) && is_text(&p->params[0]) && p->params[1].by_ref
        && p->params[1].type->kind == AL_TY_INTEGER && (p->nparams == 2 || is_text(&p->params[2]));
}
static bool fits_page(const al_proc *p) { return p->nparams == 1 && is_page(&p->params[0]); }
static bool fits_modal(const al_proc *p)
{
    return (p->nparams == 1 && p->params[0].type->kind == AL_TY_TESTPAGE && is_page(&p->params[0]))
        || (p->nparams == 2 && p->params[0].type->kind == AL_TY_PAGE && is_page(&p->params[0]) && is_action(&p->params[1]));
}
static bool fits_notification(const al_proc *p)
{
    return p->nparams == 1 && p->params[0].type->kind == AL_TY_NOTIFICATION;
}

/* The text a dialog shows: Message and Confirm substitute their arguments
 * into the first; StrMenu shows its options. */
static const al_text *dialog_text(al_exec *X, int kind, int argc, al_value *argv, const al_ir *call)
{
    if (argc == 0) return AL_TEXT_EMPTY;
    if (kind == AL_HANDLER_STRMENU) return argv[0].u.text;
    /* Message(Text, Value1 ...) / Confirm(Question, Default, Value1 ...) */
    int first = kind == AL_HANDLER_CONFIRM ? 2 : 1;
    int n = argc > first ? argc - first : 0;
    const al_type *types[10];
    for (int i = 0; i < n && i < 10; i++) types[i] = call->args[first + i]->type;
    return al_format_substno(X, argv[0], n, argv + first, types);
}

/* Dialogs answered by a handler: the handler gets the text (and the reply
 * to fill in, starting at the dialog's default); the result is the
 * builtin's. */
static al_value answer_message(al_exec *X, al_proc *h, al_instance *in, int argc, al_value *argv, const al_text *text)
{
    (void)argc; (void)argv;
    al_testrun_call(X, h, in, (al_value[]){al_textv(AL_TY_TEXT, text)});
    return al_none();
}

static al_value answer_confirm(al_exec *X, al_proc *h, al_instance *in, int argc, al_value *argv, const al_text *text)
{
    al_value v[2] = {al_textv(AL_TY_TEXT, text), al_bool(argc > 1 && argv[1].tag == AL_TY_BOOLEAN ? argv[1].u.b : true)};
    al_testrun_call(X, h, in, v);
    return v[1];
}

static al_value answer_strmenu(al_exec *X, al_proc *h, al_instance *in, int argc, al_value *argv, const al_text *text)
{
    al_value v[3] = {al_textv(AL_TY_TEXT, text), al_int(argc > 1 ? (int32_t)argv[1].u.i : 1),
                     al_textv(AL_TY_TEXT, argc > 2 ? argv[2].u.text : AL_TEXT_EMPTY)};
    al_testrun_call(X, h, in, v);
    return v[1];
}

typedef al_value (*answer_fn)(al_exec *X, al_proc *h, al_instance *in, int argc, al_value *argv, const al_text *text);

/* Every handler kind in one table: the attribute that declares it, the UI
 * call it serves (as `Unhandled UI: <call>` names it), the builtins it
 * answers, and how.  The dialogs are answered here (ui_hook); pages and
 * notifications are answered by their builtins (stdlib/lib_page.c), which
 * open the page or hand over the notification and ask
 * al_testrun_find_handler — ui_hook lets those builtins run. */
static const struct kind_info {
    const char *attr;
    const char *call;
    const char *builtins[2];         /* the AL_BF_UI builtins of this kind */
    answer_fn answer;                /* NULL: the builtin itself finds the handler */
    bool (*fits)(const al_proc *p);  /* the handler's parameters */
    const char *signature;           /* what fits, for the error */
} kinds[AL_HANDLER_COUNT] = {
    [AL_HANDLER_MESSAGE] = {"MessageHandler", "Message", {"Message"}, answer_message, fits_message, "(Message: Text)"},
    [AL_HANDLER_CONFIRM] = {"ConfirmHandler", "Confirm", {"Confirm"}, answer_confirm, fits_confirm,
                            "(Question: Text; var Reply: Boolean)"},
    [AL_HANDLER_STRMENU] = {"StrMenuHandler", "StrMenu", {"StrMenu"}, answer_strmenu, fits_strmenu,
                            "(Options: Text; var Choice: Integer; Instruction: Text)"},
    [AL_HANDLER_PAGE] = {"PageHandler", "Page", {"Page.Run", "Run"}, NULL, fits_page,
                         "(var P: TestPage \"X\") or (var P: Page \"X\")"},
    [AL_HANDLER_MODALPAGE] = {"ModalPageHandler", "ModalPage", {"Page.RunModal", "RunModal"}, NULL, fits_modal,
                              "(var P: TestPage \"X\") or (var P: Page \"X\"; var Response: Action)"},
    [AL_HANDLER_SENDNOTIFICATION] = {"SendNotificationHandler", "SendNotification", {NULL}, NULL, fits_notification,
                                     "(var N: Notification): Boolean"},
    [AL_HANDLER_RECALLNOTIFICATION] = {"RecallNotificationHandler", "RecallNotification", {NULL}, NULL,
                                       fits_notification, "(var N: Notification): Boolean"},
};

static int handler_kind(const al_proc *p)
{
    for (int k = 0; k < AL_HANDLER_COUNT; k++)
        if (attr(p, kinds[k].attr)) return k;
    return -1;
}

bool al_testrun_active(const al_exec *X)
{
    const al_session_rt *rt = X->rt;
    return rt && rt->test && rt->test->in_test;
}

al_proc *al_testrun_find_handler(al_exec *X, al_handler_kind kind, const al_object *page, al_instance **inst)
{
    al_session_rt *rt = X->rt;
    run *R = rt ? rt->test : NULL;
    if (!R) return NULL;
    for (uint32_t i = 0; i < R->nhandlers; i++) {
        handler *h = &R->handlers[i];
        if (h->kind != (int)kind) continue;
        /* a page handler serves its own page only (BC: a handler for another page is not used) */
        if ((kind == AL_HANDLER_PAGE || kind == AL_HANDLER_MODALPAGE) && h->proc->params[0].type->obj != page) continue;
        h->called = true;
        if (inst) *inst = R->inst;
        return h->proc;
    }
    return NULL;
}

al_value al_testrun_call(al_exec *X, al_proc *h, al_instance *inst, al_value *vals)
{
    al_value *args = al_alloc(sizeof *args * (h->nparams + 1));
    for (uint32_t i = 0; i < h->nparams; i++) {
        if (h->params[i].by_ref) {
            args[i].tag = AL_TAG_REF;
            args[i].u.ref = &vals[i];
        } else {
            args[i] = al_type_is_text(h->params[i].type) ? al_convert(X, vals[i], h->params[i].type) : vals[i];
        }
    }
    return al_exec_call(X, h, inst, args);
}

void al_testrun_unhandled(al_exec *X, al_handler_kind kind, const char *what)
{
    al_throw(X, NULL, "Unhandled UI: %s %s", kinds[kind].call, what);
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

/* Every dialog builtin (AL_BF_UI) of a test comes here first: the
 * dialogs go to the test's handlers; the page builtins run on (they check
 * TestPage traps first, then ask al_testrun_find_handler); any other
 * dialog fails the test. */
static bool ui_hook(al_exec *X, const al_ir *call, int argc, al_value *argv, al_value *result)
{
    const al_builtin *b = call->builtin;
    al_session_rt *rt = X->rt;
    run *R = rt->test;
    if (!R || !R->in_test) return false;         /* a test runner's own dialogs show as in `alrun run` */
    int kind = -1;
    for (int k = 0; k < AL_HANDLER_COUNT && kind < 0; k++)
        for (int j = 0; j < 2 && kinds[k].builtins[j]; j++)
            if (al_name_eq(b->name, kinds[k].builtins[j])) kind = k;
    if (kind < 0) al_throw(X, NULL, "Unhandled UI: %s", b->name);
    if (!kinds[kind].answer) return false;
    const al_text *text = dialog_text(X, kind, argc, argv, call);
    al_instance *in;
    al_proc *h = al_testrun_find_handler(X, kind, NULL, &in);
    if (!h) al_testrun_unhandled(X, kind, text->s);
    *result = kinds[kind].answer(X, h, in, argc, argv, text);
    return true;
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
        int kind = handler_kind(h);
        if (kind >= 0 && !kinds[kind].fits(h)) {
            *error = al_sprintf("the handler function %s does not have the parameters of a [%s]: %s", h->name,
                                kinds[kind].attr, kinds[kind].signature);
            return false;
        }
        R->handlers = al_realloc(R->handlers, R->nhandlers * sizeof *R->handlers, (R->nhandlers + 1) * sizeof *R->handlers);
        R->handlers[R->nhandlers++] = (handler){h, kind, false};
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
        al_trace *T = al_trace_of(X);
        al_trace_enter(T, al_trace_now(T), X->depth, 0, "test",
                       AL_TRACE_KVS(AL_TT("test", p->name), AL_TI("codeunit_id", cu->id), AL_TT("codeunit", cu->name)));
        ok = al_exec_protected(X, do_call, &q);
        if (ok) al_trace_leave(T, al_trace_now(T), X->depth);
        else al_trace_unwind(T, al_trace_now(T), X->depth, X->last_error.msg);
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
        /* the test's local bindings end with it (also when it failed, so
         * its frames never returned); the codeunit's globals keep theirs */
        al_events_unbind_except(X, R->inst, R->runner_inst);
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
    /* a codeunit with only an OnRun still runs it (unless --filter picks other tests) */
    if (!any_selected(R, cu) && (R->o->filter || !cu->on_run)) return true;
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
        al_trace *T = al_trace_of(X);
        al_trace_enter(T, al_trace_now(T), X->depth, 0, "codeunit",
                       AL_TRACE_KVS(AL_TI("codeunit_id", cu->id), AL_TT("codeunit", cu->name)));
        bool ran = al_exec_protected(X, do_onrun, &q);
        if (ran) al_trace_leave(T, al_trace_now(T), X->depth);
        else al_trace_unwind(T, al_trace_now(T), X->depth, X->last_error.msg);
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
    al_events_unbind_except(X, R->runner_inst, NULL);   /* the codeunit's instance is gone */
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
    if (o->trace) {
        rt->trace = o->trace;
        answers.trace = o->trace;            /* the host records Sleep and the runner's Messages */
        al_trace_use_host(o->trace, &X->host);
        al_trace_begin(o->trace, "test", o->real_clock, o->trace_title);
    }
    rt->inject = o->inject;
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
