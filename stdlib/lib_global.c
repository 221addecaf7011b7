/* stdlib/lib_global.c — AL's global functions: dialogs, errors, text,
 * numbers, dates, system.  Each builtin checks nothing the resolver has
 * already checked (argument count and types); it converts, calls the value
 * modules and turns their failures into AL errors with BC's texts. */
#include "stdlib/lib.h"
#include "runtime/testrun.h"
#include "interp/convert.h"
#include "interp/datetime.h"
#include "interp/events.h"
#include "interp/decimal.h"
#include "interp/guid.h"
#include "interp/numfmt.h"
#include "interp/table.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <string.h>

/* ------------------------------------------------------------- helpers */

/* BC's text when `if Codeunit.Run(...)` is called inside a write transaction. */
#define AL_CODEUNIT_RUN_IN_WRITE_TRANSACTION \
    "The following AL methods can be used only to a limited degree during write transactions " \
    "(because one or more tables will be locked). Codeunit.Run is allowed in write transactions " \
    "only if the return value is not used. For example, 'OK := Codeunit.Run()' is not allowed. " \
    "Use the Commit method to save the changes before this call, or structure the code differently."

al_value al_lib_text(const al_text *t) { return al_textv(AL_TY_TEXT, t); }

const al_text *al_lib_arg_text(al_exec *X, al_value v)
{
    if (v.tag == AL_TAG_REF) v = *v.u.ref;
    if (v.tag == AL_TY_TEXT || v.tag == AL_TY_CODE || v.tag == AL_TY_LABEL) return v.u.text;
    return al_format(X, v, NULL, 0, 0, NULL);
}

int64_t al_lib_arg_int(al_value v)
{
    if (v.tag == AL_TAG_REF) v = *v.u.ref;
    return v.tag == AL_TY_BIGINT || v.tag == AL_TY_DURATION ? v.u.big : v.u.i;
}

void al_lib_check(al_exec *X, bool ok, const al_fail *f)
{
    if (!ok) al_throw_msg(X, f->code, f->msg);
}

al_value al_lib_text_or_throw(al_exec *X, const al_text *r, const al_fail *f)
{
    al_lib_check(X, r != NULL, f);
    return al_lib_text(r);
}

/* argv[0] with %1 ... replaced by argv[1..]; [args] are the call's
 * argument nodes, whose static types give Option and Enum values their
 * names (al_format_substno). */
static const al_text *substitute(al_exec *X, int argc, al_value *argv, al_ir *const *args)
{
    const al_type *types[10];
    int n = argc - 1 > 10 ? 10 : argc - 1;
    for (int i = 0; i < n; i++) types[i] = args ? args[i + 1]->type : NULL;
    return al_format_substno(X, argv[0], n, argv + 1, types);
}

/* ------------------------------------------------------------- dialogs */

static al_value g_message(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self;
    const al_text *t = substitute(X, argc, argv, call->args);
    if (X->host.message) X->host.message(X->host.ctx, t->s);
    return al_none();
}

static al_value g_error(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self;
    const al_text *t = substitute(X, argc, argv, call->args);
    /* Error('') ends the code silently in BC: an error with no text. */
    al_throw_msg(X, "Dialog", t->s);
}

static al_value g_confirm(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self;
    bool def = argc > 1 && argv[1].u.b;       /* without Default the default button is No (BC) */
    /* Confirm(Question [, Default [, Value1 ...]]): the values follow the default */
    const al_type *types[10];
    int n = argc > 2 ? (argc - 2 > 10 ? 10 : argc - 2) : 0;
    for (int i = 0; i < n; i++) types[i] = call->args[i + 2]->type;
    const al_text *q = al_format_substno(X, argv[0], n, argv + 2, types);
    bool r = X->host.confirm ? X->host.confirm(X->host.ctx, q->s, def) : def;
    return al_bool(r);
}

static al_value g_strmenu(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)call;
    int def = argc > 1 ? (int)argv[1].u.i : 1;
    const char *instr = argc > 2 ? al_lib_arg_text(X, argv[2])->s : "";
    int r = X->host.strmenu ? X->host.strmenu(X->host.ctx, al_lib_arg_text(X, argv[0])->s, def, instr) : def;
    return al_int(r);
}

/* -------------------------------------------------------------- errors */

static al_value g_last_error(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)argv;
    const char *s = "";
    if (X->has_error) {
        switch (call->builtin->magic) {
        case 0: s = X->last_error.msg; break;
        case 1: s = X->last_error.code; break;
        default: s = X->last_error.callstack; break;
        }
    }
    return al_lib_text(al_text_cstr(s ? s : ""));
}

static al_value g_clear_last_error(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)argv; (void)call;
    X->has_error = false;
    X->last_error = (al_error){0};
    return al_none();
}

/* -------------------------------------------------------------- text */

static al_value g_strsubstno(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)call;
    return al_lib_text(substitute(X, argc, argv, call->args));
}

static al_value g_format(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)call;
    int32_t len = argc > 1 ? (int32_t)al_lib_arg_int(argv[1]) : 0;
    int32_t num = 0;
    const al_text *fs = NULL;
    if (argc > 2) {
        if (argv[2].tag == AL_TY_TEXT || argv[2].tag == AL_TY_CODE || argv[2].tag == AL_TY_LABEL) {
            fs = argv[2].u.text;
            num = -1;
        } else num = (int32_t)al_lib_arg_int(argv[2]);
    }
    return al_lib_text(al_format(X, argv[0], call->args[0]->type, len, num, fs));
}

static al_value g_evaluate(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self;
    al_fail f = {0};
    int32_t num = argc > 2 ? (int32_t)al_lib_arg_int(argv[2]) : 0;
    const al_type *t = call->args[0]->type;
    bool ok = al_evaluate(X, argv[0].u.ref, t, al_lib_arg_text(X, argv[1]), num, &f);
    if (!ok && !call->consumed) al_throw_msg(X, f.code, f.msg);
    if (!ok) {
        X->last_error = (al_error){f.msg, f.code ? f.code : "", ""};
        X->has_error = true;
    }
    return al_bool(ok);
}

static al_value g_strlen(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)call;
    return al_int(al_text_strlen(al_lib_arg_text(X, argv[0])));
}

static al_value g_maxstrlen(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)self; (void)argc; (void)argv;
    const al_type *t = call->args[0]->type;
    return al_int(t->len ? t->len : 2147483647);
}

static al_value g_copystr(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)call;
    al_fail f = {0};
    const al_text *r = al_text_copystr(al_lib_arg_text(X, argv[0]), al_lib_arg_int(argv[1]),
                                       argc > 2 ? al_lib_arg_int(argv[2]) : AL_TEXT_OMIT, &f);
    return al_lib_text_or_throw(X, r, &f);
}

static al_value g_strpos(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)call;
    return al_int(al_text_strpos(al_lib_arg_text(X, argv[0]), al_lib_arg_text(X, argv[1])));
}

static al_value g_case(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc;
    const al_text *t = al_lib_arg_text(X, argv[0]);
    return al_lib_text(call->builtin->magic ? al_text_lower(t) : al_text_upper(t));
}

static al_value g_incstr(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)call;
    return al_lib_text(al_text_incstr(al_lib_arg_text(X, argv[0])));
}

static al_value g_selectstr(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)call;
    al_fail f = {0};
    const al_text *r = al_text_selectstr(al_lib_arg_int(argv[0]), al_lib_arg_text(X, argv[1]), &f);
    return al_lib_text_or_throw(X, r, &f);
}

static al_value g_convertstr(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)call;
    al_fail f = {0};
    const al_text *r = al_text_convertstr(al_lib_arg_text(X, argv[0]), al_lib_arg_text(X, argv[1]),
                                          al_lib_arg_text(X, argv[2]), &f);
    return al_lib_text_or_throw(X, r, &f);
}

static al_value g_delchr(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)call;
    al_fail f = {0};
    const al_text *r = al_text_delchr(al_lib_arg_text(X, argv[0]),
                                      argc > 1 ? al_lib_arg_text(X, argv[1]) : NULL,
                                      argc > 2 ? al_lib_arg_text(X, argv[2]) : NULL, &f);
    return al_lib_text_or_throw(X, r, &f);
}

static al_value g_delstr(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)call;
    al_fail f = {0};
    const al_text *r = al_text_delstr(al_lib_arg_text(X, argv[0]), al_lib_arg_int(argv[1]),
                                      argc > 2 ? al_lib_arg_int(argv[2]) : AL_TEXT_OMIT, &f);
    return al_lib_text_or_throw(X, r, &f);
}

static al_value g_insstr(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)call;
    al_fail f = {0};
    const al_text *r = al_text_insstr(al_lib_arg_text(X, argv[0]), al_lib_arg_text(X, argv[1]),
                                      al_lib_arg_int(argv[2]), &f);
    return al_lib_text_or_throw(X, r, &f);
}

static al_value g_padstr(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)call;
    al_fail f = {0};
    const al_text *r = al_text_padstr(al_lib_arg_text(X, argv[0]), al_lib_arg_int(argv[1]),
                                      argc > 2 ? al_lib_arg_text(X, argv[2]) : NULL, &f);
    return al_lib_text_or_throw(X, r, &f);
}

/* ------------------------------------------------------------ system */

static al_value g_sleep(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)call;
    int64_t ms = al_lib_arg_int(argv[0]);
    if (ms > 0 && X->host.sleep_ms) X->host.sleep_ms(X->host.ctx, ms);
    return al_none();
}

/* xorshift64*: deterministic per session, seeded by Randomize. */
static uint64_t next_random(al_exec *X)
{
    uint64_t x = X->random_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    X->random_state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

static al_value g_random(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)call;
    int64_t n = al_lib_arg_int(argv[0]);
    if (n <= 1) return al_int(n == 1 ? 1 : 0);   /* BC: Random(1) = 1; n < 1 gives 0 (chosen) */
    return al_int((int32_t)(next_random(X) % (uint64_t)n) + 1);
}

static al_value g_randomize(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)call;
    uint64_t seed = argc > 0 ? (uint64_t)al_lib_arg_int(argv[0])
                             : (uint64_t)(X->host.now_ms ? X->host.now_ms(X->host.ctx) : 1);
    X->random_state = seed * 0x9E3779B97F4A7C15ULL + 0x853c49e6748fea9bULL;
    if (!X->random_state) X->random_state = 1;
    return al_none();
}

static al_value g_abs(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)call;
    al_value v = argv[0];
    switch (v.tag) {
    case AL_TY_INTEGER: if (v.u.i < 0) v.u.i = -v.u.i; return v;
    case AL_TY_BIGINT:
        if (v.u.big == INT64_MIN) al_throw(X, NULL, "Arithmetic operation resulted in an overflow.");
        if (v.u.big < 0) v.u.big = -v.u.big;
        return v;
    case AL_TY_DECIMAL: return al_convert_dec_cmp(v, al_convert_decimal_literal(0)) < 0 ? al_convert_dec_neg(v) : v;
    default: return v;
    }
}

static al_value g_round(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)call;
    al_value x = al_convert(X, argv[0], &al_type_decimal);
    al_dec prec = al_dec_from_int64(0);
    bool has_prec = argc > 1;
    if (has_prec) prec = *(const al_dec *)al_convert(X, argv[1], &al_type_decimal).u.dec;
    char dir = '=';
    if (argc > 2) {
        const al_text *d = al_lib_arg_text(X, argv[2]);
        dir = d->len ? d->s[0] : '=';
    }
    al_dec r;
    al_fail f = {0};
    bool ok = al_dec_round(*(const al_dec *)x.u.dec, has_prec ? prec : al_dec_default_precision(), dir, &r, &f);
    al_lib_check(X, ok, &f);
    al_dec *box = al_alloc_atomic(sizeof *box);
    *box = r;
    al_value v = {.tag = AL_TY_DECIMAL};
    v.u.dec = box;
    return v;
}

static al_value g_power(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)call;
    al_dec a = *(const al_dec *)al_convert(X, argv[0], &al_type_decimal).u.dec;
    al_dec b = *(const al_dec *)al_convert(X, argv[1], &al_type_decimal).u.dec;
    al_dec r;
    al_fail f = {0};
    al_lib_check(X, al_dec_power(a, b, &r, &f), &f);
    al_dec *box = al_alloc_atomic(sizeof *box);
    *box = r;
    al_value v = {.tag = AL_TY_DECIMAL};
    v.u.dec = box;
    return v;
}

/* CreateGuid draws from the session's generator, so a seeded run
 * (Randomize) makes the same Guids every time. */
static void random_bytes(void *ctx, uint8_t *buf, size_t n)
{
    al_exec *X = ctx;
    for (size_t i = 0; i < n; i += 8) {
        uint64_t r = next_random(X);
        memcpy(buf + i, &r, n - i < 8 ? n - i : 8);
    }
}

static al_value g_createguid(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)argv; (void)call;
    return al_lib_new_guid(X);
}

al_value al_lib_new_guid(al_exec *X)
{
    al_guid *g = al_alloc_atomic(sizeof *g);
    *g = al_guid_create(random_bytes, X);
    al_value v = {.tag = AL_TY_GUID};
    v.u.guid = g;
    return v;
}

static al_value g_isnullguid(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)self; (void)argc; (void)call;
    return al_bool(al_guid_is_null((const al_guid *)argv[0].u.guid));
}

/* Codeunit.Run(Id): runs the codeunit's OnRun.  With the Boolean result
 * used, an error inside returns false (and becomes the last error). */
static al_value g_codeunit_run(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    int64_t id = self ? 0 : al_lib_arg_int(argv[0]);
    al_object *o;
    al_instance *inst = NULL;
    al_value *rec = NULL;
    if (self) {                                  /* CodeunitVariable.Run([Rec]) */
        al_value *v = self->tag == AL_TAG_REF ? self->u.ref : self;
        o = call->a->type->obj;
        if (!v->u.inst) v->u.inst = al_exec_instance(X, o);
        inst = v->u.inst;
        if (argc > 0) rec = argv[0].u.ref;
    } else {
        o = al_program_find_id(X->prog, AL_OBJ_CODEUNIT, id);
        if (argc > 1) rec = argv[1].u.ref;
    }
    if (!o) al_throw(X, NULL, "The Codeunit %lld does not exist.", (long long)id);
    bool passed;
    if (o->is_test && al_testrun_codeunit(X, o, &passed)) return al_bool(passed);   /* a test runner runs it */
    if (!call->consumed) {
        al_exec_run(X, o, inst, rec, false);
        return al_bool(true);
    }
    /* `if Codeunit.Run`: the codeunit runs in its own transaction, which an
     * error rolls back; so BC refuses it while a write transaction is open */
    if (X->db_in_write && X->db_in_write(X->db))
        al_throw(X, NULL, "%s", AL_CODEUNIT_RUN_IN_WRITE_TRANSACTION);
    bool ok = al_exec_run(X, o, inst, rec, true);
    if (!ok && X->db_rollback) X->db_rollback(X->db);
    return al_bool(ok);
}

/* Clear(var X): X gets its type's default value (a codeunit variable a
 * fresh instance on next use, a List or Dictionary a new empty one). */
static al_value g_clear(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc;
    if (argv[0].u.ref->tag == AL_TY_RECORD) {    /* a record keeps its identity (and temporary rows) */
        al_record_clear(X, argv[0].u.ref->u.rec);
        return al_none();
    }
    *argv[0].u.ref = al_exec_default(X, call->args[0]->a->type);
    return al_none();
}

static al_value g_arraylen(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self;
    const al_type *t = call->args[0]->type;
    if (t->kind != AL_TY_ARRAY) al_throw(X, NULL, "ArrayLen needs an array.");
    int64_t dim = argc > 1 ? al_lib_arg_int(argv[1]) : 1;
    if (dim < 1 || dim > (int64_t)t->ndims) al_throw(X, NULL, "The array has %u dimension(s); dimension %lld does not exist.", t->ndims, (long long)dim);
    return al_int((int32_t)t->dims[dim - 1]);
}

/* The session's identity: a command-line run is one user in one company. */
static al_value g_session(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)self; (void)argc; (void)argv;
    switch (call->builtin->magic) {
    case 0: return al_int(X->session_id);
    case 1: return al_lib_text(al_text_cstr("ALRUN"));
    case 2: return al_lib_text(al_text_cstr("CRONUS International Ltd."));
    case 3: {
        al_value v = {.tag = AL_TY_GUID};
        v.u.guid = &al_guid_user;
        return v;
    }
    default:
        /* GuiAllowed: false in a background task's child session, which has
         * no client; true in a page's session (whose task triggers refuse
         * dialogs for another reason), in tests and in `alrun run` */
        return al_bool(!(X->read_only && X->refuse_ui));
    }
}


/* LogMessage (and Session.LogMessage): telemetry.  BC sends it to
 * Application Insights; a command-line run has nowhere to send it, so the
 * call is checked (docs/test-libraries.md, "LogMessage") and does nothing. */
static al_value g_logmessage(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)self; (void)argc; (void)argv; (void)call;
    return al_none();
}

/* BindSubscription(Cu) / UnbindSubscription(Cu): a Manual subscriber
 * codeunit's instance starts or stops receiving events in this session.
 * With the Boolean result used, a refusal returns false. */
static al_value g_bind(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc;
    const al_type *t = call->args[0]->a ? call->args[0]->a->type : call->args[0]->type;
    al_value *v = argv[0].u.ref;
    if (t->kind != AL_TY_CODEUNIT || v->tag != AL_TY_CODEUNIT)
        al_throw(X, NULL, "%s needs a codeunit variable.", call->builtin->name);
    if (!v->u.inst) v->u.inst = al_exec_instance(X, t->obj);
    const char *why = NULL;
    bool ok = call->builtin->magic ? al_events_unbind(X, v->u.inst, &why) : al_events_bind(X, v->u.inst, &why);
    if (!ok && !call->consumed) al_throw(X, NULL, "%s", why);
    return al_bool(ok);
}

static const al_builtin global_fns[] = {
    {"Clear", "&a", g_clear, 0, 0},
    {"ArrayLen", "a|i:i", g_arraylen, AL_BF_PURE, 0},
    {"SessionId", ":i", g_session, AL_BF_PURE, 0},
    {"UserId", ":t", g_session, AL_BF_PURE, 1},
    {"CompanyName", ":t", g_session, AL_BF_PURE, 2},
    {"UserSecurityId", ":g", g_session, AL_BF_PURE, 3},
    {"GuiAllowed", ":b", g_session, AL_BF_PURE, 4},
    /* LogMessage(EventId, Message, Verbosity, DataClassification, TelemetryScope,
     * CustomDimensions) or (..., TelemetryScope, Dimension1, Value1 [, Dimension2, Value2]) */
    {"LogMessage", "ttwmoY", g_logmessage, 0, 0},
    {"LogMessage", "ttwmott|tt", g_logmessage, 0, 0},
    {"Session.LogMessage", "ttwmoY", g_logmessage, 0, 0},
    {"Session.LogMessage", "ttwmott|tt", g_logmessage, 0, 0},
    {"Message", "t|a*", g_message, AL_BF_UI, 0},
    {"Error", "t|a*", g_error, 0, 0},
    {"Confirm", "t|ba*:b", g_confirm, AL_BF_UI, 0},
    {"StrMenu", "t|it:i", g_strmenu, AL_BF_UI, 0},
    {"StrSubstNo", "t|a*:t", g_strsubstno, AL_BF_PURE, 0},
    {"Format", "a|ia:t", g_format, AL_BF_PURE, 0},
    {"Evaluate", "&at|i:b", g_evaluate, AL_BF_TRY, 0},
    {"GetLastErrorText", ":t", g_last_error, 0, 0},
    {"GetLastErrorCode", ":t", g_last_error, 0, 1},
    {"GetLastErrorCallStack", ":t", g_last_error, 0, 2},
    {"ClearLastError", "", g_clear_last_error, 0, 0},
    {"StrLen", "t:i", g_strlen, AL_BF_PURE, 0},
    {"MaxStrLen", "a:i", g_maxstrlen, AL_BF_PURE, 0},
    {"CopyStr", "ti|i:t", g_copystr, AL_BF_PURE, 0},
    {"StrPos", "tt:i", g_strpos, AL_BF_PURE, 0},
    {"UpperCase", "t:t", g_case, AL_BF_PURE, 0},
    {"LowerCase", "t:t", g_case, AL_BF_PURE, 1},
    {"IncStr", "t:t", g_incstr, AL_BF_PURE, 0},
    {"SelectStr", "it:t", g_selectstr, AL_BF_PURE, 0},
    {"ConvertStr", "ttt:t", g_convertstr, AL_BF_PURE, 0},
    {"DelChr", "t|tt:t", g_delchr, AL_BF_PURE, 0},
    {"DelStr", "ti|i:t", g_delstr, AL_BF_PURE, 0},
    {"InsStr", "tti:t", g_insstr, AL_BF_PURE, 0},
    {"PadStr", "ti|t:t", g_padstr, AL_BF_PURE, 0},
    {"Abs", "n:a", g_abs, AL_BF_PURE, 0},
    {"Round", "n|nt:d", g_round, AL_BF_PURE, 0},
    {"Power", "nn:d", g_power, AL_BF_PURE, 0},
    {"Random", "i:i", g_random, 0, 0},
    {"Randomize", "|i", g_randomize, 0, 0},
    {"Sleep", "i", g_sleep, 0, 0},
    {"CreateGuid", ":g", g_createguid, 0, 0},
    {"IsNullGuid", "g:b", g_isnullguid, AL_BF_PURE, 0},
    {"Codeunit.Run", "i|&r:b", g_codeunit_run, AL_BF_TRY, 0},
    {"BindSubscription", "&a:b", g_bind, AL_BF_TRY, 0},
    {"UnbindSubscription", "&a:b", g_bind, AL_BF_TRY, 1},
    {NULL, NULL, NULL, 0, 0},
};

/* Methods of a Codeunit variable. */
static const al_builtin codeunit_fns[] = {
    {"Run", "|&r:b", g_codeunit_run, AL_BF_TRY, 0},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_codeunit = {AL_TY_CODEUNIT, codeunit_fns};

const al_builtin_lib al_lib_global = {AL_TY_NONE, global_fns};
