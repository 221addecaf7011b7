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
    int passed, failed;
    /* JUnit */
    char *xml;
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
static const al_text *dialog_text(al_exec *X, int kind, int argc, al_value *argv)
{
    if (argc == 0) return AL_TEXT_EMPTY;
    if (kind == AL_HANDLER_STRMENU) return argv[0].u.text;
    const al_text *fmt = argv[0].tag == AL_TY_TEXT || argv[0].tag == AL_TY_CODE || argv[0].tag == AL_TY_LABEL
                         ? argv[0].u.text : al_format(X, argv[0], NULL, 0, 0, NULL);
    int first = kind == AL_HANDLER_CONFIRM ? 2 : 1;
    const al_text *vals[10] = {0};
    int n = 0;
    for (int i = first; i < argc && n < 10; i++) vals[n++] = al_format(X, argv[i], NULL, 0, 0, NULL);
    al_fail f = {0};
    const al_text *text = al_text_substno(fmt, vals, n, &f);
    return text ? text : fmt;
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
    return rt && rt->test;
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
static bool ui_hook(al_exec *X, const al_builtin *b, int argc, al_value *argv, al_value *result)
{
    al_session_rt *rt = X->rt;
    run *R = rt->test;
    if (!R) return false;
    int kind = -1;
    for (int k = 0; k < AL_HANDLER_COUNT && kind < 0; k++)
        for (int j = 0; j < 2 && kinds[k].builtins[j]; j++)
            if (al_name_eq(b->name, kinds[k].builtins[j])) kind = k;
    if (kind < 0) al_throw(X, NULL, "Unhandled UI: %s", b->name);
    if (!kinds[kind].answer) return false;
    const al_text *text = dialog_text(X, kind, argc, argv);
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

typedef struct call_req { al_proc *p; al_instance *inst; } call_req;

static void do_call(al_exec *X, void *ud)
{
    call_req *q = ud;
    al_exec_call(X, q->p, q->inst, NULL);
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

/* One test: its handlers, the call, the verdict, the line. */
static void one(run *R, const al_object *cu, al_proc *p, char **case_xml)
{
    al_exec *X = R->X;
    char *error = NULL;
    double t0 = now_ms();
    bool ok = set_handlers(R, cu, p, &error);
    const char *msg = error, *stack = "";
    if (ok) {
        if (R->o->isolation == AL_ISOLATE_FUNCTION) al_store_isolate(X, X->db);
        call_req q = {p, R->inst};
        ok = al_exec_protected(X, do_call, &q);
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
        if (R->o->isolation == AL_ISOLATE_FUNCTION) al_store_isolate_end(X->db);
        X->has_error = false;
    }
    double ms = now_ms() - t0;
    R->handlers = NULL;
    R->nhandlers = 0;
    fprintf(R->out, "%s  Codeunit %lld \"%s\"  %s  (%.0f ms)\n", ok ? "PASS" : "FAIL", (long long)cu->id, cu->name, p->name, ms);
    if (!ok) {
        fprintf(R->out, "      %s\n", msg);
        for (const char *s = stack; *s;) {
            const char *e = strchr(s, '\n');
            size_t n = e ? (size_t)(e - s) : strlen(s);
            fprintf(R->out, "        %.*s\n", (int)n, s);
            s += n + (e ? 1 : 0);
        }
        R->failed++;
    } else {
        R->passed++;
    }
    *case_xml = al_sprintf("%s    <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\">%s</testcase>\n", *case_xml,
                           xml_escape(cu->name), xml_escape(p->name), ms / 1000.0,
                           ok ? "" : al_sprintf("<failure message=\"%s\">%s</failure>", xml_escape(msg), xml_escape(stack)));
}

static int by_id(const void *a, const void *b)
{
    const al_object *x = *(al_object *const *)a, *y = *(al_object *const *)b;
    return x->id < y->id ? -1 : x->id > y->id;
}

typedef struct run_req { al_object *cu; al_instance *inst; } run_req;

static void do_onrun(al_exec *X, void *ud)
{
    run_req *q = ud;
    al_exec_run(X, q->cu, q->inst, NULL, false);
}

int al_test_run(const al_program *P, al_db *db, const al_test_opts *o, FILE *out, char **error)
{
    al_stdio_host answers = {.confirm = -1, .virtual_clock = !o->real_clock};
    al_host host = al_host_stdio(&answers);
    al_exec *X = al_session_open(P, db, false, &host, error);
    if (!X) return -1;
    run R = {.o = o, .out = out, .X = X};
    al_session_rt *rt = X->rt;
    rt->test = &R;
    X->ui_hook = ui_hook;
    X->restricted = true;
    al_object **cus = al_alloc(sizeof *cus * (P->nobjects + 1));
    uint32_t n = 0;
    for (uint32_t i = 0; i < P->nobjects; i++)
        if (P->objects[i]->kind == AL_OBJ_CODEUNIT && P->objects[i]->is_test && !P->objects[i]->builtin) cus[n++] = P->objects[i];
    qsort(cus, n, sizeof *cus, by_id);
    char *suites = al_strdup("");
    double all0 = now_ms();
    for (uint32_t c = 0; c < n; c++) {
        al_object *cu = cus[c];
        /* --filter: at least one test of the codeunit must match */
        bool any = false;
        for (uint32_t i = 0; i < cu->nprocs; i++)
            if (attr(cu->procs[i], "Test")
                && (!o->filter || glob(o->filter, al_sprintf("%s::%s", cu->name, cu->procs[i]->name))
                    || glob(o->filter, cu->name)))
                any = true;
        if (!any) continue;
        if (o->isolation == AL_ISOLATE_CODEUNIT) al_store_isolate(X, X->db);
        R.inst = al_exec_instance(X, cu);
        char *cases = al_strdup("");
        int failed0 = R.failed, passed0 = R.passed;
        double t0 = now_ms();
        if (cu->on_run) {
            run_req q = {cu, R.inst};
            if (!al_exec_protected(X, do_onrun, &q)) {
                fprintf(out, "FAIL  Codeunit %lld \"%s\"  OnRun\n      %s\n", (long long)cu->id, cu->name, X->last_error.msg);
                R.failed++;
                cases = al_sprintf("%s    <testcase classname=\"%s\" name=\"OnRun\"><failure message=\"%s\"/></testcase>\n",
                                   cases, xml_escape(cu->name), xml_escape(X->last_error.msg));
            }
        }
        for (uint32_t i = 0; i < cu->nprocs; i++) {
            al_proc *p = cu->procs[i];
            if (!attr(p, "Test")) continue;
            if (o->filter && !glob(o->filter, al_sprintf("%s::%s", cu->name, p->name)) && !glob(o->filter, cu->name)) continue;
            one(&R, cu, p, &cases);
        }
        if (o->isolation == AL_ISOLATE_CODEUNIT) al_store_isolate_end(X->db);
        suites = al_sprintf("%s  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" time=\"%.3f\">\n%s  </testsuite>\n",
                            suites, xml_escape(cu->name), R.failed - failed0 + R.passed - passed0, R.failed - failed0,
                            (now_ms() - t0) / 1000.0, cases);
    }
    rt->test = NULL;
    fprintf(out, "%d passed, %d failed\n", R.passed, R.failed);
    if (o->junit) {
        FILE *f = fopen(o->junit, "w");
        if (!f) {
            *error = al_sprintf("cannot write %s", o->junit);
            al_session_close(X, false);
            return -1;
        }
        fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites tests=\"%d\" failures=\"%d\" time=\"%.3f\">\n%s</testsuites>\n",
                R.passed + R.failed, R.failed, (now_ms() - all0) / 1000.0, suites);
        fclose(f);
    }
    al_session_close(X, o->isolation == AL_ISOLATE_DISABLED);
    return R.failed;
}
