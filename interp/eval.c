/* interp/eval.c — the tree-walking evaluator over IR (ir.h).
 *
 * Expressions return al_value; statements return a flow code (normal,
 * break, continue, exit).  Runtime errors are al_throw (exec.h): they
 * longjmp to the innermost catch point, so nothing here checks error codes.
 */
#include "interp/builtin.h"
#include "interp/convert.h"
#include "interp/decimal.h"
#include "interp/exec.h"
#include "interp/json.h"
#include "interp/events.h"
#include "interp/table.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ============================================================== errors */

void al_exec_init(al_exec *X, const al_program *prog, const al_host *host)
{
    memset(X, 0, sizeof *X);
    X->prog = prog;
    X->host = *host;
    X->single = al_alloc(sizeof *X->single * (prog->nobjects + 1));
    X->random_state = 0x853c49e6748fea9bULL;
    X->session_id = 1;
    X->fuel_quantum = X->fuel = 4096;
}

static const char *object_type_word(al_objkind k)
{
    switch (k) {
    case AL_OBJ_CODEUNIT: return "CodeUnit";
    case AL_OBJ_TABLE: return "Table";
    case AL_OBJ_PAGE: return "Page";
    case AL_OBJ_REPORT: return "Report";
    default: return al_ast_objkind_name(k);
    }
}

/* The AL call stack, innermost first, a line a frame.  An endless
 * recursion would make it thousands of lines long: past CALLSTACK_MAX
 * frames the middle is left out (one line says how many), keeping the
 * innermost frames, where the error is, and the outermost, where the run
 * began. */
enum { CALLSTACK_MAX = 50, CALLSTACK_HEAD = 40, CALLSTACK_TAIL = 10 };

static char *frame_line(const al_exec *X, const al_frame *f)
{
    const al_object *o = f->proc->owner;
    const al_node *at = f == X->top ? X->at : f->at;
    uint32_t line = 0;
    if (at) {
        al_source *src = al_source_get(X->prog->sources, at->span.file);
        if (src) line = al_source_linecol(src, at->span.start).line;
    }
    return al_sprintf("\"%s\"(%s %lld).%s line %u", o->name, object_type_word(o->kind), (long long)o->id,
                      f->proc->name, line);
}

char *al_exec_callstack(const al_exec *X)
{
    uint32_t n = 0;
    for (const al_frame *f = X->top; f; f = f->caller) n++;
    char **lines = al_alloc(sizeof *lines * (n + 2));
    uint32_t k = 0;
    size_t len = 0, i = 0;
    for (const al_frame *f = X->top; f; f = f->caller, i++) {
        if (n > CALLSTACK_MAX && i >= CALLSTACK_HEAD && i < n - CALLSTACK_TAIL) {
            if (i == CALLSTACK_HEAD)
                lines[k++] = al_sprintf("... %u calls not shown ...", n - CALLSTACK_HEAD - CALLSTACK_TAIL);
            else continue;
        } else {
            lines[k++] = frame_line(X, f);
        }
        len += strlen(lines[k - 1]) + 1;
    }
    char *out = al_alloc_atomic(len + 1), *o = out;
    for (uint32_t j = 0; j < k; j++) {
        size_t m = strlen(lines[j]);
        memcpy(o, lines[j], m);
        o += m;
        if (j + 1 < k) *o++ = '\n';
    }
    *o = 0;
    return out;
}

void al_throw_msg(al_exec *X, const char *code, const char *msg)
{
    X->last_error.msg = msg;
    X->last_error.code = code ? code : "";
    X->last_error.callstack = al_exec_callstack(X);
    X->has_error = true;
    if (!X->catch_) {
        fprintf(stderr, "alrun: internal error: an AL error with no catch point: %s\n", msg);
        abort();
    }
    longjmp(X->catch_->jb, 1);
}

void al_exec_tick(al_exec *X)
{
    if (X->on_tick) X->on_tick(X);
    X->fuel = X->fuel_quantum;
}

void al_exec_abort(al_exec *X, const char *code, const char *msg)
{
    X->aborting = true;
    al_throw_msg(X, code, msg);
}

void al_throw(al_exec *X, const char *code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = al_vsprintf(fmt, ap);
    va_end(ap);
    al_throw_msg(X, code, msg);
}

/* ================================================================ values */

al_value al_exec_default(al_exec *X, const al_type *t)
{
    al_value v = {.tag = (uint8_t)t->kind};
    switch (t->kind) {
    case AL_TY_TEXT: case AL_TY_CODE: case AL_TY_LABEL:
    case AL_TY_DATEFORMULA:             /* the empty formula */
        v.u.text = AL_TEXT_EMPTY;
        break;
    case AL_TY_DECIMAL:
        v = al_convert_decimal_literal(0);
        break;
    case AL_TY_GUID:
        v.u.guid = al_alloc_atomic(16), memset((void *)v.u.guid, 0, 16);
        break;
    case AL_TY_LIST: {
        al_list *l = al_alloc(sizeof *l);
        l->elem = t->elem;
        v.u.list = l;
        break;
    }
    case AL_TY_DICT: {
        al_dict *d = al_alloc(sizeof *d);
        d->key_type = t->key;
        d->value_type = t->elem;
        v.u.dict = d;
        break;
    }
    case AL_TY_TEXTBUILDER:
        v.u.tb = al_alloc(sizeof *v.u.tb);
        break;
    case AL_TY_NOTIFICATION:
        v.u.notif = al_alloc(sizeof *v.u.notif);
        v.u.notif->message = AL_TEXT_EMPTY;
        break;
    case AL_TY_RECORDREF:               /* not open until Open or GetTable */
        v.u.rref = al_alloc(sizeof *v.u.rref);
        break;
    case AL_TY_JSONOBJECT: v.u.json = al_json_new(AL_JSON_OBJECT); break;
    case AL_TY_JSONARRAY: v.u.json = al_json_new(AL_JSON_ARRAY); break;
    case AL_TY_JSONTOKEN: case AL_TY_JSONVALUE:      /* a null value (docs/json.md) */
        v.u.json = al_json_new(AL_JSON_NULL);
        break;
    case AL_TY_ARRAY: {
        uint32_t n = 1;
        for (uint32_t i = 0; i < t->ndims; i++) n *= t->dims[i];
        al_array *a = al_alloc(sizeof *a + n * sizeof(al_value));
        a->count = n;
        for (uint32_t i = 0; i < n; i++) a->items[i] = al_exec_default(X, t->elem);
        v.u.array = a;
        break;
    }
    case AL_TY_CODEUNIT:
        v.u.inst = NULL;                /* created on first use */
        break;
    case AL_TY_RECORD:
        v.u.rec = al_record_new(X, t->obj->table, t->temporary);
        break;
    case AL_TY_VARIANT:
        v.tag = AL_TY_NONE;
        break;
    default:
        break;
    }
    return v;
}

/* The default value of [t] without a call for the scalar types (the hot
 * path of every procedure call). */
static inline al_value default_fast(al_exec *X, const al_type *t)
{
    switch (t->kind) {
    case AL_TY_INTEGER: case AL_TY_BIGINT: case AL_TY_BOOLEAN: case AL_TY_CHAR: case AL_TY_OPTION:
    case AL_TY_ENUM: case AL_TY_DATE: case AL_TY_TIME: case AL_TY_DATETIME: case AL_TY_DURATION: {
        al_value v = {.tag = (uint8_t)t->kind};
        return v;
    }
    default:
        return al_exec_default(X, t);
    }
}

al_instance *al_exec_instance(al_exec *X, al_object *obj)
{
    if (obj->single_instance) {
        uint32_t idx = 0;
        while (idx < X->prog->nobjects && X->prog->objects[idx] != obj) idx++;
        if (X->single[idx]) return X->single[idx];
    }
    al_instance *in = al_alloc(sizeof *in);
    in->obj = obj;
    in->globals = al_alloc(sizeof *in->globals * (obj->nglobals + 1));
    for (uint32_t i = 0; i < obj->nglobals; i++) in->globals[i] = al_exec_default(X, obj->globals[i].type);
    if (obj->single_instance) {
        uint32_t idx = 0;
        while (idx < X->prog->nobjects && X->prog->objects[idx] != obj) idx++;
        X->single[idx] = in;
    }
    return in;
}

/* Copies a value for assignment and passing by value: arrays and records
 * are copied, everything else is immutable or shared by reference (List,
 * Dictionary, TextBuilder). */
static al_value copy_value(al_value v);
al_value al_exec_copy(al_value v) { return copy_value(v); }

static al_value copy_value(al_value v)
{
    if (v.tag == AL_TY_RECORD && v.u.rec) {
        v.u.rec = al_record_clone(NULL, v.u.rec);
        return v;
    }
    if (v.tag == AL_TY_ARRAY && v.u.array) {
        al_array *a = al_alloc(sizeof *a + v.u.array->count * sizeof(al_value));
        a->count = v.u.array->count;
        for (uint32_t i = 0; i < a->count; i++) a->items[i] = copy_value(v.u.array->items[i]);
        v.u.array = a;
    }
    return v;
}

/* ================================================================ frames */

/* Statements return a flow code: how the statement ended.  FLOW_RETURN is
 * exit(value) of a procedure with an unnamed return value: the value is in
 * X->ret until the procedure's frame takes it. */
typedef int flow;
enum { FLOW_NORMAL, FLOW_BREAK, FLOW_CONTINUE, FLOW_EXIT, FLOW_RETURN };

/* How a leaf expression is read inline (al_ir.leaf). */
enum { LEAF_NONE, LEAF_CONST, LEAF_LOCAL };

static inline flow run(al_exec *X, const al_ir *s)
{
    return s->run(X, s);
}

/* Evaluates an expression through the function chosen for it. */
static inline al_value eval(al_exec *X, const al_ir *e)
{
    return e->fn(X, e);
}

/* Leaves (constants and scalar locals) inline; anything else through its
 * function.  Most operands are leaves, so this saves a call. */
static inline al_value ev(al_exec *X, const al_ir *e)
{
    if (e->leaf == LEAF_LOCAL) return X->slots[e->slot];
    if (e->leaf == LEAF_CONST) return e->value;
    return e->fn(X, e);
}

static al_value eval_generic(al_exec *X, const al_ir *e);

/* The record a record expression stands for. */
static al_record *record_of(al_exec *X, const al_ir *e)
{
    if (e->op == IR_SELF) {
        al_record *r = (al_record *)X->top->self;      /* table code runs with self = the record */
        return e->sub ? al_record_x(X, r) : r;
    }
    return ev(X, e).u.rec;
}

/* Marks the text in a variable as held twice, when it is one: whoever
 * takes a value out of a variable other than to read it right away calls
 * this (interp/text.h, "Appending"). */
static inline void share_slot(const al_value *p)
{
    if (p->tag == AL_TY_TEXT || p->tag == AL_TY_CODE) al_text_share(p->u.text);
}

/* A copy of a variable's value. */
static inline al_value read_slot(const al_value *p)
{
    share_slot(p);
    return *p;
}

static al_value *slot_of(al_exec *X, const al_ir *e)
{
    switch (e->op) {
    case IR_FIELD: return &record_of(X, e->a)->fields[e->slot];
    case IR_SELF: {
        /* a record is a reference to its buffer: any slot holding it will do */
        al_value *v = al_alloc(sizeof *v);
        *v = al_recordv(record_of(X, e));
        return v;
    }
    case IR_LOCAL: return &X->slots[e->slot];
    case IR_LOCAL_REF: return X->slots[e->slot].u.ref;
    case IR_GLOBAL: return &X->top->self->globals[e->slot];
    case IR_INDEX: {
        const al_ir *b = e->a;
        if (e->nargs == 1 && (b->op == IR_LOCAL || b->op == IR_LOCAL_REF)) {
            /* one dimension on a local or var parameter: the common case */
            al_value *base = b->op == IR_LOCAL ? &X->slots[b->slot] : X->slots[b->slot].u.ref;
            int32_t ix = ev(X, e->args[0]).u.i;
            uint32_t n = b->type->dims[0];
            if (ix < 1 || (uint32_t)ix > n)
                al_throw(X, NULL, "The index %d is outside the bounds of the array (1..%u).", ix, n);
            return &base->u.array->items[ix - 1];
        }
        al_value *base = slot_of(X, e->a);
        const al_type *t = e->a->type;
        uint32_t off = 0;
        for (uint32_t i = 0; i < e->nargs; i++) {
            al_value ix = eval(X, e->args[i]);
            if (ix.u.i < 1 || (uint32_t)ix.u.i > t->dims[i])
                al_throw(X, NULL, "The index %d is outside the bounds of the array (1..%u).", ix.u.i, t->dims[i]);
            off = off * t->dims[i] + (uint32_t)(ix.u.i - 1);
        }
        return &base->u.array->items[off];
    }
    default:
        al_throw(X, NULL, "internal error: not a variable");
    }
}

static al_instance *instance_of(al_exec *X, const al_ir *target)
{
    if (!target) return X->top->self;
    if (target->op == IR_CONST && target->sub == 1) return X->top->self;    /* this */
    if (target->type->kind == AL_TY_RECORD) return al_record_instance(X, record_of(X, target));
    if (target->op == IR_BUILTIN || target->op == IR_CALL) {
        /* an instance a call gave (CurrPage.Part.Page): there is no variable to keep it in */
        al_value v = ev(X, target);
        return v.u.inst ? v.u.inst : al_exec_instance(X, target->type->obj);
    }
    al_value *slot = slot_of(X, target);
    if (!slot->u.inst) slot->u.inst = al_exec_instance(X, target->type->obj);
    return slot->u.inst;
}

void al_exec_frame_init(al_proc *proc)
{
    uint32_t n = proc->nslots - proc->nparams;
    al_value *init = al_alloc(sizeof *init * (n + 1));
    for (uint32_t i = 0; i < proc->nlocals; i++) {
        const al_type *t = proc->locals[i].type;
        switch (t->kind) {
        case AL_TY_LIST: case AL_TY_DICT: case AL_TY_TEXTBUILDER: case AL_TY_ARRAY: case AL_TY_GUID:
        case AL_TY_RECORD: case AL_TY_NOTIFICATION: case AL_TY_RECORDREF:
        case AL_TY_JSONOBJECT: case AL_TY_JSONARRAY: case AL_TY_JSONTOKEN: case AL_TY_JSONVALUE:
            proc->frame_init = NULL;          /* each call needs its own object */
            return;
        default:
            init[proc->locals[i].slot - proc->nparams] = al_exec_default(NULL, t);
        }
    }
    proc->frame_init = init;                  /* hidden slots (case subjects) stay zero */
}

/* Runs [proc] with its frame's slots already holding the arguments (the
 * rest is set here).  The slots belong to the caller's C frame. */
static inline __attribute__((always_inline))
al_value run_frame(al_exec *X, al_proc *proc, al_instance *self, al_value *slots)
{
    if (X->depth >= AL_MAX_CALL_DEPTH)
        al_throw(X, NULL, "The call stack is too deep (more than %d calls): endless recursion?", AL_MAX_CALL_DEPTH);
    AL_EXEC_TICK(X);
    al_frame f;
    f.caller = X->top;
    f.proc = proc;
    f.self = self;
    f.slots = slots;
    if (proc->frame_init) {
        const al_value *init = proc->frame_init;
        for (uint32_t i = proc->nparams; i < proc->nslots; i++) slots[i] = init[i - proc->nparams];
    } else {
        for (uint32_t i = proc->nparams; i < proc->nslots; i++) slots[i] = (al_value){0};
        for (uint32_t i = 0; i < proc->nlocals; i++) slots[proc->locals[i].slot] = default_fast(X, proc->locals[i].type);
    }
    if (f.caller) f.caller->at = X->at;
    X->top = &f;
    X->slots = slots;
    X->at = proc->ast;
    X->depth++;
    flow fl = run(X, proc->body);
    X->depth--;
    if (__builtin_expect(X->nbound != 0, 0)) al_events_frame_end(X, proc, self, slots);
    X->top = f.caller;
    if (f.caller) {
        X->slots = f.caller->slots;
        X->at = f.caller->at;
    }
    X->exited = fl == FLOW_RETURN;
    if (proc->ret_slot >= 0) return read_slot(&slots[proc->ret_slot]);
    if (fl == FLOW_RETURN) return X->ret;
    return proc->ret->kind == AL_TY_NONE ? al_none() : default_fast(X, proc->ret);
}

al_value al_exec_call(al_exec *X, al_proc *proc, al_instance *self, al_value *args)
{
    /* The frame's slots live on the C stack, which the collector scans;
     * nothing keeps a pointer to them after the call (var parameters
     * point into the caller's frame, which outlives the callee). */
    al_value *slots = __builtin_alloca(sizeof *slots * (proc->nslots + 1));
    for (uint32_t i = 0; i < proc->nparams; i++) slots[i] = args[i];
    return run_frame(X, proc, self, slots);
}

al_value al_exec_eval_in(al_exec *X, const al_ir *e, al_proc *proc, al_instance *self)
{
    al_value slots[1];
    al_frame f = {.caller = X->top, .proc = proc, .self = self, .slots = slots};
    if (f.caller) f.caller->at = X->at;
    X->top = &f;
    X->slots = slots;
    X->at = NULL;
    al_value v = eval(X, e);
    X->top = f.caller;
    if (f.caller) {
        X->slots = f.caller->slots;
        X->at = f.caller->at;
    }
    return v;
}

bool al_exec_protected(al_exec *X, void (*fn)(al_exec *X, void *ud), void *ud)
{
    al_catch c;
    c.prev = X->catch_;
    c.frame = X->top;
    c.at = X->at;
    volatile uint32_t depth = X->depth;     /* read after longjmp */
    X->catch_ = &c;
    if (setjmp(c.jb) == 0) {
        fn(X, ud);
        X->catch_ = c.prev;
        return true;
    }
    X->catch_ = c.prev;
    X->top = c.frame;
    X->slots = c.frame ? c.frame->slots : NULL;
    X->at = c.at;
    X->depth = depth;
    /* an abort (a cancelled or timed-out task) passes every catch point of
     * AL (TryFunction, asserterror, if Codeunit.Run) up to the outermost */
    if (X->aborting && X->catch_) longjmp(X->catch_->jb, 1);
    X->aborting = false;
    return false;
}

typedef struct call_args {
    al_proc *proc;
    al_instance *self;
    al_value *slots;
} call_args;

static void do_call(al_exec *X, void *ud)
{
    call_args *a = ud;
    run_frame(X, a->proc, a->self, a->slots);
}

/* Calls a [TryFunction] whose result is used: an error inside becomes
 * `false` (and the last error) instead of propagating.  [slots] already
 * hold the arguments, as for run_frame. */
static al_value call_try(al_exec *X, al_proc *proc, al_instance *self, al_value *slots)
{
    call_args a = {proc, self, slots};
    return al_bool(al_exec_protected(X, do_call, &a));
}

typedef struct run_req {
    al_object *obj;
    al_instance *inst;          /* NULL: a fresh instance (or the single one) */
    al_value *rec;              /* a TableNo codeunit's record, or NULL */
} run_req;

static void do_run_req(al_exec *X, void *ud)
{
    run_req *q = ud;
    al_instance *in = q->inst ? q->inst : al_exec_instance(X, q->obj);
    if (!q->obj->on_run) return;
    al_value arg[1], fresh;
    if (q->obj->table_no) {
        /* OnRun(var Rec): the caller's record, or an empty one */
        if (!q->rec) {
            fresh = al_exec_default(X, &q->obj->table_no->self_type);
            q->rec = &fresh;
        }
        if (q->rec->tag != AL_TY_RECORD || q->rec->u.rec->table != q->obj->table_no->table)
            al_throw(X, NULL, "Codeunit \"%s\" runs on table %s; it cannot run on this record.", q->obj->name,
                     q->obj->table_no->name);
        arg[0].tag = AL_TAG_REF;
        arg[0].u.ref = q->rec;
    }
    al_exec_call(X, q->obj->on_run, in, arg);
}

bool al_exec_run(al_exec *X, al_object *obj, al_instance *inst, al_value *rec, bool protect)
{
    run_req q = {obj, inst, rec};
    if (protect) return al_exec_protected(X, do_run_req, &q);
    do_run_req(X, &q);
    return true;
}

bool al_exec_run_object(al_exec *X, al_object *obj)
{
    return al_exec_run(X, obj, NULL, NULL, true);
}

void al_exec_run_object_unprotected(al_exec *X, al_object *obj)
{
    al_exec_run(X, obj, NULL, NULL, false);
}

/* ============================================================ operators */

static al_value int_arith(al_exec *X, al_op op, int64_t a, int64_t b, bool big)
{
    int64_t r = 0;
    bool over = false;
    switch (op) {
    case AL_OP_ADD: over = __builtin_add_overflow(a, b, &r); break;
    case AL_OP_SUB: over = __builtin_sub_overflow(a, b, &r); break;
    case AL_OP_MUL: over = __builtin_mul_overflow(a, b, &r); break;
    case AL_OP_DIV: case AL_OP_MOD:
        if (b == 0) al_throw(X, NULL, "Attempted to divide by zero.");
        if (a == INT64_MIN && b == -1) { over = true; break; }
        r = op == AL_OP_DIV ? a / b : a % b;             /* C truncates toward zero, as .NET */
        break;
    default: break;
    }
    /* -2^31 is an Integer value (only its literal is refused: -2147483647 - 1 reaches it) */
    if (!big && (r > INT32_MAX || r < INT32_MIN)) over = true;
    if (over) al_throw(X, NULL, "Arithmetic operation resulted in an overflow.");
    return big ? al_bigint(r) : al_int((int32_t)r);
}

static int cmp_values(al_exec *X, al_tkind kind, al_value a, al_value b)
{
    switch (kind) {
    case AL_TY_INTEGER: case AL_TY_CHAR: case AL_TY_OPTION: case AL_TY_ENUM: case AL_TY_DATE: case AL_TY_TIME: {
        int64_t x = a.tag == AL_TY_BIGINT ? a.u.big : a.u.i, y = b.tag == AL_TY_BIGINT ? b.u.big : b.u.i;
        return x < y ? -1 : x > y;
    }
    case AL_TY_BIGINT: case AL_TY_DATETIME: case AL_TY_DURATION: {
        /* a Duration compares with Integers too: widen 32-bit operands */
        int64_t x = a.tag == AL_TY_INTEGER || a.tag == AL_TY_CHAR ? a.u.i : a.u.big;
        int64_t y = b.tag == AL_TY_INTEGER || b.tag == AL_TY_CHAR ? b.u.i : b.u.big;
        return x < y ? -1 : x > y;
    }
    case AL_TY_DECIMAL: return al_convert_dec_cmp(a, b);
    case AL_TY_BOOLEAN: return (int)a.u.b - (int)b.u.b;
    case AL_TY_TEXT: return al_text_cmp(a.u.text, b.u.text);
    case AL_TY_DATEFORMULA: return !al_text_eq(a.u.text, b.u.text);   /* = and <> only */
    case AL_TY_GUID: return memcmp(a.u.guid, b.u.guid, 16);
    case AL_TY_RECORDID: return al_recordid_cmp(a.u.recid, b.u.recid);
    case AL_TY_VARIANT: return al_convert_variant_cmp(X, a, b);
    default: return 0;
    }
}

static bool compare(al_exec *X, al_op op, al_tkind kind, al_value a, al_value b)
{
    int c = cmp_values(X, kind, a, b);
    switch (op) {
    case AL_OP_EQ: return c == 0;
    case AL_OP_NE: return c != 0;
    case AL_OP_LT: return c < 0;
    case AL_OP_LE: return c <= 0;
    case AL_OP_GT: return c > 0;
    default: return c >= 0;
    }
}

static al_value binary(al_exec *X, const al_ir *e, al_value a, al_value b)
{
    al_op op = (al_op)e->sub;
    switch (op) {
    case AL_OP_AND: return al_bool(a.u.b && b.u.b);       /* both sides evaluated: no short circuit in AL */
    case AL_OP_OR: return al_bool(a.u.b || b.u.b);
    case AL_OP_XOR: return al_bool(a.u.b != b.u.b);
    case AL_OP_EQ: case AL_OP_NE: case AL_OP_LT: case AL_OP_LE: case AL_OP_GT: case AL_OP_GE:
        return al_bool(compare(X, op, e->kind, a, b));
    default: break;
    }
    switch (e->kind) {
    case AL_TY_INTEGER: return int_arith(X, op, a.u.i, b.u.i, false);
    case AL_TY_BIGINT: return int_arith(X, op, a.u.big, b.u.big, true);
    case AL_TY_DECIMAL: return al_convert_dec_arith(X, op, a, b);
    case AL_TY_TEXT: {
        al_fail f = {0};
        const al_text *t = al_text_concat(a.u.text, b.u.text, &f);
        if (!t) al_throw_msg(X, f.code, f.msg);
        return al_textv(e->type->kind == AL_TY_CODE ? AL_TY_CODE : AL_TY_TEXT, t);
    }
    case AL_TY_DATE: case AL_TY_TIME: case AL_TY_DATETIME: case AL_TY_DURATION:
        return al_convert_date_arith(X, op, e->kind, a, b);
    default:
        al_throw(X, NULL, "internal error: operator on %s", al_ast_op_name(op));
    }
}

/* ========================================================== expressions */

static __attribute__((noinline)) al_value call_builtin(al_exec *X, const al_ir *e)
{
    al_value argv[32];
    int argc = (int)e->nargs;
    if (argc > 32) al_throw(X, NULL, "too many arguments");
    for (int i = 0; i < argc; i++) {
        const al_ir *a = e->args[i];
        if (a->op == IR_CONST && a->sub == 2) {           /* var argument */
            argv[i].tag = AL_TAG_REF;
            argv[i].u.ref = slot_of(X, a->a);
            share_slot(argv[i].u.ref);                    /* the builtin may keep what it reads */
        } else {
            argv[i] = ev(X, a);
        }
    }
    al_value *self = NULL;
    al_value tmp;
    if (e->a) {
        if (e->a->op == IR_LOCAL || e->a->op == IR_LOCAL_REF || e->a->op == IR_GLOBAL || e->a->op == IR_INDEX) {
            self = slot_of(X, e->a);
            share_slot(self);                             /* Trim may return the receiver's text */
        } else {
            tmp = ev(X, e->a);
            self = &tmp;
        }
    }
    if (__builtin_expect(X->restricted, 0)) {
        /* the rules of restricted sessions, in one place: a read-only
         * session writes no table, a session without a client shows no
         * dialog (the runtime says how BC words the refusal) */
        if (X->read_only && (e->builtin->flags & AL_BF_DB_WRITE)) al_record_check_write(X, e->builtin->name, self);
        if (X->refuse_ui && (e->builtin->flags & AL_BF_UI)) X->refuse_ui(X, e->builtin, argc, argv);
        al_value handled;
        if (X->ui_hook && (e->builtin->flags & AL_BF_UI) && X->ui_hook(X, e, argc, argv, &handled))
            return handled;
    }
    return e->builtin->fn(X, self, argc, argv, e);
}

/* A call's arguments into the callee's slots: a var argument as a
 * reference to the caller's slot, a record or array by value as a copy. */
static inline void bind_args(al_exec *X, const al_ir *e, al_value *slots)
{
    for (uint32_t i = 0; i < e->nargs; i++) {
        const al_ir *a = e->args[i];
        if (a->op == IR_CONST && a->sub == 2) {
            slots[i].tag = AL_TAG_REF;
            slots[i].u.ref = slot_of(X, a->a);
        } else {
            slots[i] = ev(X, a);
            if (slots[i].tag == AL_TY_ARRAY || slots[i].tag == AL_TY_RECORD) slots[i] = copy_value(slots[i]);
        }
    }
}

/* A procedure call: the arguments are evaluated straight into the callee's
 * slots (on this C frame), then the callee runs. */
static __attribute__((noinline)) al_value call_proc(al_exec *X, const al_ir *e)
{
    al_proc *p = e->proc;
    al_value *slots = __builtin_alloca(sizeof *slots * (p->nslots + 1));
    bind_args(X, e, slots);
    al_instance *self = instance_of(X, e->a);
    if (p->try_function && e->consumed) return call_try(X, p, self, slots);
    return run_frame(X, p, self, slots);
}

/* ============================================================ interfaces */

/* An interface used before anything was assigned to it: named after the
 * variable when it is one, else after the interface. */
static __attribute__((noreturn, noinline)) void iface_unset(al_exec *X, const al_ir *e)
{
    const al_node *n = e->src;
    while (n->kind == AST_MEMBER) n = n->as.pair.rhs;             /* this.Iface */
    const char *name = n->kind == AST_NAME ? n->as.name.text : e->type->obj->name;
    al_throw(X, NULL, "The interface variable '%s' is not initialized.", name);
}

/* A call through an interface: the procedure at the method's index in the
 * table of the instance's codeunit for the receiver's interface (iface.c);
 * then as call_proc, on that instance. */
static __attribute__((noinline)) al_value call_iface(al_exec *X, const al_ir *e)
{
    al_instance *self = ev(X, e->a).u.inst;
    if (!self) iface_unset(X, e->a);
    al_proc *p = self->obj->vtables[e->a->type->obj->iface_index][e->slot];
    al_value *slots = __builtin_alloca(sizeof *slots * (p->nslots + 1));
    bind_args(X, e, slots);
    if (p->try_function && e->consumed) return call_try(X, p, self, slots);
    return run_frame(X, p, self, slots);
}

/* Does the codeunit behind an interface value implement the interface
 * numbered [index]? */
static bool implements(const al_instance *in, uint32_t index)
{
    return in->obj->vtables && in->obj->vtables[index];
}

/* A codeunit, an enum or a Variant becomes an interface.  A codeunit
 * variable's instance is shared (made now if it has none yet, so the
 * variable and the interface see the same globals); an enum's value gives
 * its codeunit, in a fresh instance each time, as BC (a SingleInstance
 * codeunit's one); a Variant gives the interface or codeunit it holds, if
 * that implements this interface (an empty one: no instance). */
static al_value f_to_iface(al_exec *X, const al_ir *e)
{
    al_value v = {.tag = AL_TY_INTERFACE};
    if (e->a->type->kind == AL_TY_CODEUNIT) {
        v.u.inst = instance_of(X, e->a);
        return v;
    }
    if (e->a->type->kind == AL_TY_VARIANT) {
        al_value h = ev(X, e->a);
        if (h.tag == AL_TY_NONE) return v;
        if ((h.tag != AL_TY_INTERFACE && h.tag != AL_TY_CODEUNIT) || !h.u.inst)
            al_throw(X, NULL, "Unable to convert from %s to Interface.", al_convert_kind_name((al_tkind)h.tag));
        if (!implements(h.u.inst, e->slot))
            al_throw(X, NULL, "Codeunit \"%s\" does not implement Interface \"%s\".", h.u.inst->obj->name,
                     e->type->obj->name);
        v.u.inst = h.u.inst;
        return v;
    }
    const al_object *en = e->a->type->obj;
    const al_enum_impl *im = &en->impls[e->slot];
    int32_t ord = ev(X, e->a).u.i;
    al_object *cu = im->unknown;
    for (uint32_t k = 0; k < en->nvalues; k++)
        if (en->values[k].ordinal == ord) {
            cu = im->by_value[k];
            break;
        }
    if (!cu)
        al_throw(X, NULL, "The value %d of Enum \"%s\" has no implementation of Interface \"%s\".", ord, en->name,
                 im->iface->name);
    v.u.inst = al_exec_instance(X, cu);
    return v;
}

/* Iface is "I": false for an interface that holds nothing. */
static al_value f_is(al_exec *X, const al_ir *e)
{
    al_instance *in = ev(X, e->a).u.inst;
    return al_bool(in && implements(in, e->slot));
}

/* Iface as "I": the same instance, or an error. */
static al_value f_as(al_exec *X, const al_ir *e)
{
    al_value v = ev(X, e->a);
    if (!v.u.inst) iface_unset(X, e->a);
    if (!implements(v.u.inst, e->slot))
        al_throw(X, NULL, "Codeunit \"%s\" does not implement Interface \"%s\".", v.u.inst->obj->name,
                 e->type->obj->name);
    return v;
}

/* The common call: a procedure of the current instance whose arguments
 * are all values that need no copy (no var parameter, no array or Variant
 * parameter) and that is not a TryFunction whose result is used. */
static __attribute__((noinline)) al_value call_plain(al_exec *X, const al_ir *e)
{
    al_proc *p = e->proc;
    al_value *slots = __builtin_alloca(sizeof *slots * (p->nslots + 1));
    for (uint32_t i = 0; i < e->nargs; i++) slots[i] = ev(X, e->args[i]);
    return run_frame(X, p, X->top->self, slots);
}

static bool is_plain_call(const al_ir *e)
{
    const al_proc *p = e->proc;
    if (e->a || (p->try_function && e->consumed)) return false;
    for (uint32_t i = 0; i < p->nparams; i++) {
        al_tkind k = p->params[i].type->kind;
        if (p->params[i].by_ref || k == AL_TY_ARRAY || k == AL_TY_VARIANT) return false;
    }
    return true;
}

/* The general evaluator: every expression kind, by a switch.  The common
 * Integer and BigInteger operators have their own functions (below), so
 * they do not come here. */
static al_value eval_generic(al_exec *X, const al_ir *e)
{
    switch ((al_irop)e->op) {
    case IR_CONST:
        if (e->sub == 1) {                                   /* this, CurrPage */
            al_value v = {.tag = (uint8_t)e->type->kind};
            v.u.inst = X->top->self;
            return v;
        }
        return e->value;
    case IR_FIELD: return record_of(X, e->a)->fields[e->slot];
    case IR_SELF: return al_recordv(record_of(X, e));
    case IR_LOCAL: return read_slot(&X->slots[e->slot]);
    case IR_LOCAL_REF: return read_slot(X->slots[e->slot].u.ref);
    case IR_GLOBAL: return read_slot(&X->top->self->globals[e->slot]);
    case IR_UNARY: {
        al_value v = ev(X, e->a);
        if (e->sub == AL_OP_NOT) return al_bool(!v.u.b);
        if (e->sub == AL_OP_PLUS) return v;
        switch (e->kind) {
        case AL_TY_INTEGER: return int_arith(X, AL_OP_SUB, 0, v.u.i, false);
        case AL_TY_BIGINT: case AL_TY_DURATION: {
            al_value r = int_arith(X, AL_OP_SUB, 0, v.u.big, true);
            r.tag = (uint8_t)e->kind;
            return r;
        }
        case AL_TY_DECIMAL: return al_convert_dec_neg(v);
        default: return v;
        }
    }
    case IR_BINARY: {
        if (e->sub == AL_OP_NONE) {                          /* range test inside 'in' */
            al_value lo = ev(X, e->a), hi = ev(X, e->b);
            return al_bool(lo.u.b && hi.u.b);
        }
        al_value a = ev(X, e->a);
        al_value b = ev(X, e->b);
        return binary(X, e, a, b);
    }
    case IR_CONVERT: {
        al_value v = al_convert(X, ev(X, e->a), e->type);
        if (e->slot && (v.tag == AL_TY_OPTION || v.tag == AL_TY_ENUM)) v.u.typed.type = e->slot;   /* into a Variant */
        return v;
    }
    case IR_TERNARY: return ev(X, e->a).u.b ? ev(X, e->b) : ev(X, e->c);
    case IR_IN: {
        for (uint32_t i = 0; i < e->nargs; i++)
            if (ev(X, e->args[i]).u.b) return al_bool(true);
        return al_bool(false);
    }
    case IR_CALL: return call_proc(X, e);
    case IR_BUILTIN: return call_builtin(X, e);
    case IR_INDEX: {
        if (e->a->type->kind == AL_TY_ARRAY) return *slot_of(X, e);
        al_value s = ev(X, e->a);
        al_value i = ev(X, e->args[0]);
        al_fail f = {0};
        uint32_t cp;
        if (!al_text_char_at(s.u.text, i.u.i, &cp, &f)) al_throw_msg(X, f.code, f.msg);
        return al_char((int32_t)cp);
    }
    default:
        al_throw(X, NULL, "internal error: cannot evaluate IR %d", e->op);
    }
}

/* ------------------------------------------ specialised evaluation functions */

static al_value f_const(al_exec *X, const al_ir *e) { (void)X; return e->value; }
static al_value f_local(al_exec *X, const al_ir *e) { return X->slots[e->slot]; }
static al_value f_local_ref(al_exec *X, const al_ir *e) { return read_slot(X->slots[e->slot].u.ref); }
static al_value f_global(al_exec *X, const al_ir *e) { return read_slot(&X->top->self->globals[e->slot]); }

/* A Text or Code local: the value read is a second holder of its text. */
static al_value f_local_text(al_exec *X, const al_ir *e)
{
    al_value v = X->slots[e->slot];
    al_text_share(v.u.text);
    return v;
}

/* Integer and BigInteger operators, each in two shapes: any operands, and
 * a local and a constant (N - 1, I < 10: the commonest), for which
 * al_exec_link copies the local's slot into the node's [slot] and the
 * constant into its [value], so nothing else is read.  Overflow (and
 * -2^31 for Integer) goes to binary(), which raises BC's error. */
#define OPERANDS_ANY  al_value a = ev(X, e->a), b = ev(X, e->b);
#define OPERANDS_LK   al_value a = X->slots[e->slot], b = e->value;

#define INT_ARITH(name, operands, builtin_op)                               \
    static al_value name(al_exec *X, const al_ir *e)                        \
    {                                                                       \
        operands                                                            \
        int32_t r;                                                          \
        if (!builtin_op(a.u.i, b.u.i, &r)) return al_int(r);                    \
        return binary(X, e, a, b);                                          \
    }
#define BIG_ARITH(name, operands, builtin_op)                               \
    static al_value name(al_exec *X, const al_ir *e)                        \
    {                                                                       \
        operands                                                            \
        int64_t r;                                                          \
        if (!builtin_op(a.u.big, b.u.big, &r)) return al_bigint(r);         \
        return binary(X, e, a, b);                                          \
    }
#define CMP(name, operands, field, cmp)                                     \
    static al_value name(al_exec *X, const al_ir *e)                        \
    {                                                                       \
        operands                                                            \
        return al_bool(a.u.field cmp b.u.field);                            \
    }
INT_ARITH(f_add_int, OPERANDS_ANY, __builtin_add_overflow)
INT_ARITH(f_sub_int, OPERANDS_ANY, __builtin_sub_overflow)
INT_ARITH(f_mul_int, OPERANDS_ANY, __builtin_mul_overflow)
INT_ARITH(f_add_int_lk, OPERANDS_LK, __builtin_add_overflow)
INT_ARITH(f_sub_int_lk, OPERANDS_LK, __builtin_sub_overflow)
INT_ARITH(f_mul_int_lk, OPERANDS_LK, __builtin_mul_overflow)
BIG_ARITH(f_add_big, OPERANDS_ANY, __builtin_add_overflow)
BIG_ARITH(f_sub_big, OPERANDS_ANY, __builtin_sub_overflow)
BIG_ARITH(f_mul_big, OPERANDS_ANY, __builtin_mul_overflow)
CMP(f_eq_int, OPERANDS_ANY, i, ==)
CMP(f_ne_int, OPERANDS_ANY, i, !=)
CMP(f_lt_int, OPERANDS_ANY, i, <)
CMP(f_le_int, OPERANDS_ANY, i, <=)
CMP(f_gt_int, OPERANDS_ANY, i, >)
CMP(f_ge_int, OPERANDS_ANY, i, >=)
CMP(f_eq_int_lk, OPERANDS_LK, i, ==)
CMP(f_ne_int_lk, OPERANDS_LK, i, !=)
CMP(f_lt_int_lk, OPERANDS_LK, i, <)
CMP(f_le_int_lk, OPERANDS_LK, i, <=)
CMP(f_gt_int_lk, OPERANDS_LK, i, >)
CMP(f_ge_int_lk, OPERANDS_LK, i, >=)
CMP(f_eq_big, OPERANDS_ANY, big, ==)
CMP(f_ne_big, OPERANDS_ANY, big, !=)
CMP(f_lt_big, OPERANDS_ANY, big, <)
CMP(f_le_big, OPERANDS_ANY, big, <=)
CMP(f_gt_big, OPERANDS_ANY, big, >)
CMP(f_ge_big, OPERANDS_ANY, big, >=)
#undef INT_ARITH
#undef BIG_ARITH
#undef CMP
#undef OPERANDS_ANY
#undef OPERANDS_LK

/* An array element (never a variable that owns a text: see read_slot). */
static al_value f_index_array(al_exec *X, const al_ir *e) { return *slot_of(X, e); }

/* Integer div and mod: a zero divisor (and -1, to keep the one overflow
 * case in one place) goes to binary(), which raises BC's error. */
#define INT_DIVMOD(name, cop)                                               \
    static al_value name(al_exec *X, const al_ir *e)                        \
    {                                                                       \
        al_value a = ev(X, e->a), b = ev(X, e->b);                          \
        if (b.u.i == 0 || b.u.i == -1) return binary(X, e, a, b);           \
        return al_int(a.u.i cop b.u.i);                                     \
    }
INT_DIVMOD(f_div_int, /)
INT_DIVMOD(f_mod_int, %)
#undef INT_DIVMOD

/* Integer widened to BigInteger (loops summing into a BigInteger). */
static al_value f_int_to_big(al_exec *X, const al_ir *e) { return al_bigint(ev(X, e->a).u.i); }

typedef al_value (*eval_fn)(al_exec *, const al_ir *);

/* An operator's function for operand kind [k] (Integer or BigInteger):
 * [lk] is the local-and-constant shape, NULL when there is none. */
static eval_fn int_op(const al_ir *e, bool big, eval_fn *lk)
{
    *lk = NULL;
    switch (e->sub) {
    case AL_OP_ADD: if (big) return f_add_big; *lk = f_add_int_lk; return f_add_int;
    case AL_OP_SUB: if (big) return f_sub_big; *lk = f_sub_int_lk; return f_sub_int;
    case AL_OP_MUL: if (big) return f_mul_big; *lk = f_mul_int_lk; return f_mul_int;
    case AL_OP_EQ: if (big) return f_eq_big; *lk = f_eq_int_lk; return f_eq_int;
    case AL_OP_NE: if (big) return f_ne_big; *lk = f_ne_int_lk; return f_ne_int;
    case AL_OP_LT: if (big) return f_lt_big; *lk = f_lt_int_lk; return f_lt_int;
    case AL_OP_LE: if (big) return f_le_big; *lk = f_le_int_lk; return f_le_int;
    case AL_OP_GT: if (big) return f_gt_big; *lk = f_gt_int_lk; return f_gt_int;
    case AL_OP_GE: if (big) return f_ge_big; *lk = f_ge_int_lk; return f_ge_int;
    case AL_OP_DIV: return big ? NULL : f_div_int;      /* C truncates toward zero, as .NET */
    case AL_OP_MOD: return big ? NULL : f_mod_int;
    default: return NULL;
    }
}

/* A local whose value ev() may read inline: not a Text (a Text local's
 * read must go through its function; see s_text_append). */
static bool plain_local(const al_ir *e)
{
    return e->op == IR_LOCAL && e->type->kind != AL_TY_TEXT && e->type->kind != AL_TY_CODE;
}

/* The function for one expression node: specialised where the operand
 * kinds are known to be Integer or BigInteger on both sides, general
 * otherwise.  May fill the node's spare [slot]/[value] (see above). */
static eval_fn choose(al_ir *e)
{
    switch ((al_irop)e->op) {
    case IR_CONST: return e->sub == 0 ? f_const : eval_generic;
    case IR_LOCAL: return plain_local(e) ? f_local : f_local_text;
    case IR_LOCAL_REF: return f_local_ref;
    case IR_GLOBAL: return f_global;
    case IR_CALL: return is_plain_call(e) ? call_plain : call_proc;
    case IR_BUILTIN: return call_builtin;
    case IR_ICALL: return call_iface;
    case IR_IS: return f_is;
    case IR_AS: return f_as;
    case IR_INDEX: return e->a->type->kind == AL_TY_ARRAY ? f_index_array : eval_generic;
    case IR_CONVERT:
        if (e->type->kind == AL_TY_INTERFACE) return f_to_iface;
        return e->type->kind == AL_TY_BIGINT && e->a->type->kind == AL_TY_INTEGER ? f_int_to_big : eval_generic;
    case IR_BINARY: {
        al_tkind ka = e->a->type->kind, kb = e->b->type->kind;
        bool big = e->kind == AL_TY_BIGINT && ka == AL_TY_BIGINT && kb == AL_TY_BIGINT;
        if (!big && (e->kind != AL_TY_INTEGER || ka != AL_TY_INTEGER || kb != AL_TY_INTEGER)) return eval_generic;
        eval_fn lk, f = int_op(e, big, &lk);
        if (!f) return eval_generic;
        if (lk && e->a->op == IR_LOCAL && e->b->op == IR_CONST && e->b->sub == 0) {
            e->slot = e->a->slot;
            e->value = e->b->value;
            return lk;
        }
        return f;
    }
    default: return eval_generic;
    }
}

/* =========================================================== statements */

static void assign(al_exec *X, const al_ir *target, al_value v)
{
    if (v.tag == AL_TY_RECORD && target->type->kind == AL_TY_RECORD) {   /* Dst := Src copies the buffer into Dst */
        al_record_assign(slot_of(X, target)->u.rec, v.u.rec);
        return;
    }
    if (v.tag == AL_TY_RECORD) v = copy_value(v);    /* into a Variant: a copy of the record */
    if (v.tag == AL_TY_ARRAY) v = copy_value(v);
    if (target->op == IR_LOCAL) X->slots[target->slot] = v;     /* the common case */
    else if (target->op == IR_INDEX && target->a->type->kind != AL_TY_ARRAY) {
        /* S[i] := C: a new text with that character replaced (texts are
         * immutable), stored back into the variable (Code upper-cases it) */
        al_value *base = slot_of(X, target->a);
        int32_t i = ev(X, target->args[0]).u.i;
        al_fail f = {0};
        const al_text *t = al_text_set_char(base->u.text, i, (uint32_t)v.u.i, &f);
        if (!t) al_throw_msg(X, f.code, f.msg);
        *base = al_convert(X, al_textv(AL_TY_TEXT, t), target->a->type);
    } else *slot_of(X, target) = v;
}

/* A statement records where it is (for the call stack), then runs. */
static flow s_block(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    for (uint32_t i = 0; i < s->nargs; i++) {
        flow f = run(X, s->args[i]);
        if (f != FLOW_NORMAL) return f;
    }
    return FLOW_NORMAL;
}

static flow s_assign(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    assign(X, s->a, ev(X, s->b));
    return FLOW_NORMAL;
}

/* Target a local that cannot hold an array or a record (so needs no copy). */
static flow s_assign_local(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    X->slots[s->slot] = ev(X, s->b);
    return FLOW_NORMAL;
}

/* Local += / -= expression, Integer or BigInteger, updated in place.  The
 * local is read before the right side is evaluated (a call there may
 * change it), as `L := L + x` would.  Overflow goes to binary(), which
 * raises BC's error and leaves the local as it was. */
#define INC_INT(name, builtin_op)                                            \
    static flow name(al_exec *X, const al_ir *s)                            \
    {                                                                       \
        X->at = s->src;                                                     \
        const al_ir *op = s->b;                                             \
        al_value a = X->slots[s->slot], b = ev(X, op->b);                   \
        int32_t r;                                                          \
        if (builtin_op(a.u.i, b.u.i, &r)) binary(X, op, a, b);                  \
        X->slots[s->slot].u.i = r;                                          \
        return FLOW_NORMAL;                                                 \
    }
INC_INT(s_add_int, __builtin_add_overflow)
INC_INT(s_sub_int, __builtin_sub_overflow)
#undef INC_INT

/* The BigInteger form reads an Integer right side widened inline. */
#define INC_BIG(name, builtin_op)                                            \
    static flow name(al_exec *X, const al_ir *s)                            \
    {                                                                       \
        X->at = s->src;                                                     \
        const al_ir *op = s->b, *rhs = op->b;                               \
        al_value a = X->slots[s->slot];                                     \
        al_value b = rhs->fn == f_int_to_big ? al_bigint(ev(X, rhs->a).u.i) : ev(X, rhs); \
        int64_t r;                                                          \
        if (builtin_op(a.u.big, b.u.big, &r)) binary(X, op, a, b);          \
        X->slots[s->slot].u.big = r;                                        \
        return FLOW_NORMAL;                                                 \
    }
INC_BIG(s_add_big, __builtin_add_overflow)
INC_BIG(s_sub_big, __builtin_sub_overflow)
#undef INC_BIG

/* V := V + X (or V += X) on a Text local or global, V unbounded or a
 * Text[n]: appends into V's own text when V alone holds it
 * (al_text_append; interp/text.h, "Appending"), so a loop of appends takes
 * linear time.  V is read before X is evaluated, as the general path does;
 * if that evaluation changed V, the old value is still what is appended
 * to.  Whatever would fail (Text[n] overflowing) or needs recounting goes
 * the general way, which leaves V as it was and raises BC's error. */
static flow s_text_append(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    al_value *slot = s->a->op == IR_LOCAL ? &X->slots[s->a->slot] : &X->top->self->globals[s->a->slot];
    const al_ir *fit = s->b->op == IR_CONVERT ? s->b : NULL;    /* to Text[n] */
    const al_ir *add = fit ? fit->a : s->b;
    const al_text *a = slot->u.text;
    uint32_t alen = a->len, anchars = a->nchars;
    const al_text *b = ev(X, add->b).u.text;
    al_fail f = {0};
    if (fit && (uint64_t)anchars + b->nchars > (uint32_t)fit->type->len) {
        const al_text *old = a->len == alen ? a : al_text_new(a->s, alen);
        const al_text *t = al_text_concat(old, b, &f);
        if (!t) al_throw_msg(X, f.code, f.msg);
        *slot = al_convert(X, al_textv(AL_TY_TEXT, t), fit->type);   /* raises the length error */
        return FLOW_NORMAL;
    }
    const al_text *t = al_text_append(a, alen, anchars, b, slot, &f);
    if (!t) al_throw_msg(X, f.code, f.msg);
    slot->u.text = t;
    return FLOW_NORMAL;
}

static flow s_expr(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    ev(X, s->a);
    return FLOW_NORMAL;
}

static flow s_if(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    if (ev(X, s->a).u.b) return run(X, s->b);
    return s->c ? run(X, s->c) : FLOW_NORMAL;
}

static flow s_while(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    while (ev(X, s->a).u.b) {
        flow f = run(X, s->b);
        if (f == FLOW_BREAK) break;
        if (f >= FLOW_EXIT) return f;
        AL_EXEC_TICK(X);
        X->at = s->src;                 /* the condition's errors belong to the while's line */
    }
    return FLOW_NORMAL;
}

static flow s_repeat(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    for (;;) {
        flow f = FLOW_NORMAL;
        for (uint32_t i = 0; i < s->nargs && f == FLOW_NORMAL; i++) f = run(X, s->args[i]);
        if (f == FLOW_BREAK) break;
        if (f >= FLOW_EXIT) return f;
        AL_EXEC_TICK(X);
        X->at = s->a->src;
        if (ev(X, s->a).u.b) break;
    }
    return FLOW_NORMAL;
}

static flow s_for(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    /* bounds are evaluated once, before the loop */
    al_value from = ev(X, s->b), to = ev(X, s->c);
    bool big = from.tag == AL_TY_BIGINT;
    int64_t i = big ? from.u.big : from.u.i, end = big ? to.u.big : to.u.i;
    bool down = s->sub != 0;
    al_tkind vk = s->a->type->kind;
    /* a Date counts days, and its representation is two steps a day
     * (normal date, closing date: interp/datetime.h) */
    int64_t step = vk == AL_TY_DATE ? 2 : 1;
    if (vk == AL_TY_INTEGER && s->a->op == IR_LOCAL && !big) {
        /* the common loop: an Integer local counter, no conversions */
        al_value *slot = &X->slots[s->a->slot];
        const al_ir *body = s->d;
        for (; down ? i >= end : i <= end; i += down ? -1 : 1) {
            *slot = al_int((int32_t)i);
            flow f = run(X, body);
            if (f == FLOW_BREAK) break;
            if (f >= FLOW_EXIT) return f;
            AL_EXEC_TICK(X);
        }
        return FLOW_NORMAL;
    }
    while (down ? i >= end : i <= end) {
        al_value v = big ? al_bigint(i) : al_int((int32_t)i);
        v.tag = (uint8_t)vk;
        if (vk == AL_TY_DECIMAL) v = al_convert(X, al_bigint(i), &al_type_decimal);
        assign(X, s->a, v);
        flow f = run(X, s->d);
        if (f == FLOW_BREAK) break;
        if (f >= FLOW_EXIT) return f;
        AL_EXEC_TICK(X);
        i += down ? -step : step;
    }
    return FLOW_NORMAL;
}

static flow s_foreach(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    al_value coll = ev(X, s->b);
    if (coll.tag == AL_TY_LIST) {
        al_list *l = coll.u.list;
        for (uint32_t i = 0; i < l->count; i++) {
            assign(X, s->a, al_convert(X, l->items[i], s->a->type));
            flow f = run(X, s->d);
            if (f == FLOW_BREAK) break;
            if (f >= FLOW_EXIT) return f;
            AL_EXEC_TICK(X);
        }
    } else if (coll.tag == AL_TY_JSONARRAY) {
        /* over the tokens it had when the loop began */
        uint32_t n = coll.u.json->u.c.count;
        al_json **items = al_alloc(sizeof *items * (n + 1));
        if (n) memcpy(items, coll.u.json->u.c.items, sizeof *items * n);   /* an empty one has no array */
        for (uint32_t i = 0; i < n; i++) {
            al_value t = {.tag = AL_TY_JSONTOKEN};
            t.u.json = items[i];
            assign(X, s->a, t);
            flow f = run(X, s->d);
            if (f == FLOW_BREAK) break;
            if (f >= FLOW_EXIT) return f;
            AL_EXEC_TICK(X);
        }
    } else {
        uint32_t n;
        uint32_t *cps = al_text_chars(coll.u.text, &n);
        for (uint32_t i = 0; i < n; i++) {
            assign(X, s->a, al_convert(X, al_char((int32_t)cps[i]), s->a->type));
            flow f = run(X, s->d);
            if (f == FLOW_BREAK) break;
            if (f >= FLOW_EXIT) return f;
            AL_EXEC_TICK(X);
        }
    }
    return FLOW_NORMAL;
}

static flow s_case(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    /* the subject is evaluated once into its hidden slot; the first
     * branch whose values match runs */
    X->slots[s->slot] = ev(X, s->a);
    for (uint32_t i = 0; i < s->nargs; i++) {
        const al_ir *arm = s->args[i];
        if (ev(X, arm->args[0]).u.b) return run(X, arm->args[1]);
    }
    return s->c ? run(X, s->c) : FLOW_NORMAL;
}

static flow s_exit(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    if (!s->a) return FLOW_EXIT;
    al_value v = ev(X, s->a);
    if (s->sub == 1) {                           /* a named return value */
        X->slots[s->slot] = v;
        return FLOW_EXIT;
    }
    X->ret = v;
    return FLOW_RETURN;
}

static flow s_break(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    return FLOW_BREAK;
}

static flow s_continue(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    return FLOW_CONTINUE;
}

static void do_run(al_exec *X, void *ud)
{
    run(X, ud);
}

/* asserterror: the statement must fail; its error becomes the last error
 * and execution goes on. */
static flow s_asserterror(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    if (al_exec_protected(X, do_run, (void *)s->a))
        al_throw(X, NULL, "An error was expected inside an AssertError statement.");
    /* asserterror rolls the transaction back to the last Commit, as BC */
    if (X->db_rollback) X->db_rollback(X->db);
    return FLOW_NORMAL;
}

static flow s_with(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    ev(X, s->a);
    return run(X, s->b);
}

/* Code that was checked leniently (a test codeunit under run/page) may
 * hold what alrun cannot run yet: reaching it is an error, not a crash. */
static const char unsupported_msg[] =
    "This statement uses something alrun cannot run yet (the line is in the call stack below).";

static al_value f_unsupported(al_exec *X, const al_ir *e)
{
    X->at = e->src;
    al_throw(X, NULL, "%s", unsupported_msg);
}

static flow s_bad(al_exec *X, const al_ir *s)
{
    X->at = s->src;
    if (s->type && s->type->kind == AL_TY_ERROR) al_throw(X, NULL, "%s", unsupported_msg);
    al_throw(X, NULL, "internal error: cannot execute IR %d", s->op);
}

typedef flow (*run_fn)(al_exec *, const al_ir *);

/* Is [s] V := V + X on a Text (or Text[n]) local or global V? */
static bool is_text_append(const al_ir *s)
{
    const al_ir *t = s->a, *v = s->b;
    if ((t->op != IR_LOCAL && t->op != IR_GLOBAL) || t->type->kind != AL_TY_TEXT) return false;
    if (v->op == IR_CONVERT) {
        if (v->type->kind != AL_TY_TEXT || v->type->len != t->type->len) return false;
        v = v->a;
    }
    return v->op == IR_BINARY && v->sub == AL_OP_ADD && v->kind == AL_TY_TEXT && v->type->kind == AL_TY_TEXT
        && v->a->op == t->op && v->a->slot == t->slot && v->a->type->kind == AL_TY_TEXT;
}

/* An assignment's function: in place for `L += x` / `L -= x` on an Integer
 * or BigInteger local and for appends to a Text, direct for other locals,
 * general otherwise. */
static run_fn choose_assign(al_ir *s)
{
    const al_ir *t = s->a, *v = s->b;
    if (is_text_append(s)) return s_text_append;
    if (t->op != IR_LOCAL) return s_assign;
    s->slot = t->slot;
    al_tkind k = t->type->kind;
    if ((k == AL_TY_INTEGER || k == AL_TY_BIGINT) && v->op == IR_BINARY && v->kind == k
        && (v->sub == AL_OP_ADD || v->sub == AL_OP_SUB) && v->a->op == IR_LOCAL && v->a->slot == t->slot
        && (v->fn == f_add_int || v->fn == f_sub_int || v->fn == f_add_int_lk || v->fn == f_sub_int_lk
            || v->fn == f_add_big || v->fn == f_sub_big)) {
        if (k == AL_TY_INTEGER) return v->sub == AL_OP_ADD ? s_add_int : s_sub_int;
        return v->sub == AL_OP_ADD ? s_add_big : s_sub_big;
    }
    /* a Record local keeps its own record: Dst := Src copies the buffer */
    if (k == AL_TY_ARRAY || k == AL_TY_VARIANT || k == AL_TY_RECORD) return s_assign;
    return s_assign_local;
}

/* An event publisher's body: its subscribers run, with its arguments. */
static flow s_raise(al_exec *X, const al_ir *s)
{
    al_events_raise(X, s->proc);
    return FLOW_NORMAL;
}

/* The function for one statement node. */
static run_fn choose_stmt(al_ir *s)
{
    switch ((al_irop)s->op) {
    case IR_BLOCK: return s_block;
    case IR_ASSIGN: return choose_assign(s);
    case IR_EXPR: return s_expr;
    case IR_IF: return s_if;
    case IR_WHILE: return s_while;
    case IR_REPEAT: return s_repeat;
    case IR_FOR: return s_for;
    case IR_FOREACH: return s_foreach;
    case IR_CASE: return s_case;
    case IR_EXIT: return s_exit;
    case IR_BREAK: return s_break;
    case IR_CONTINUE: return s_continue;
    case IR_ASSERTERROR: return s_asserterror;
    case IR_WITH: return s_with;
    case IR_RAISE: return s_raise;
    default: return s_bad;
    }
}

void al_exec_link(al_ir *e)
{
    if (!e || e->fn) return;                /* nodes may be shared: link once */
    e->fn = eval_generic;                   /* marks the node as linked */
    /* children first: a parent's choice may look at theirs */
    al_exec_link(e->a);
    al_exec_link(e->b);
    al_exec_link(e->c);
    al_exec_link(e->d);
    for (uint32_t i = 0; i < e->nargs; i++) al_exec_link(e->args[i]);
    if (e->op >= IR_BLOCK) {
        e->run = choose_stmt(e);
    } else {
        e->fn = e->type && e->type->kind == AL_TY_ERROR ? f_unsupported : choose(e);
        e->run = s_bad;
        if (e->op == IR_CONST && e->sub == 0 && !(e->type && e->type->kind == AL_TY_ERROR)) e->leaf = LEAF_CONST;
        else if (plain_local(e)) e->leaf = LEAF_LOCAL;
    }
}
