/* runtime/testrun.c — `alrun test` (testrun.h, docs/testing.md). */
#include "runtime/testrun.h"
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
    if (!R) return false;
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
        al_trace *T = al_trace_of(X);
        al_trace_enter(T, al_trace_now(T), X->depth, 0, "test",
                       AL_TRACE_KVS(AL_TT("test", p->name), AL_TI("codeunit_id", cu->id), AL_TT("codeunit", cu->name)));
        ok = al_exec_protected(X, do_call, &q);
        if (ok) al_trace_leave(T, al_trace_now(T), X->depth);
        else al_trace_unwind(T, al_trace_now(T), X->depth, X->last_error.msg);
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
    if (o->trace) {
        rt->trace = o->trace;
        al_trace_use_host(o->trace, &X->host);
        al_trace_begin(o->trace, "test", o->real_clock, o->trace_title);
    }
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
