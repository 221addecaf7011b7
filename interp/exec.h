/* interp/exec.h — one thread of AL execution: frames, errors, the host.
 *
 * An al_exec runs AL code for one session on one thread.  It owns the
 * frame stack (for the AL call stack in error messages), the chain of
 * catch points, the last error (GetLastErrorText) and the host: the
 * callbacks through which builtins reach the outside world (Message output,
 * Confirm answers, the clock).  The runtime layer fills in the host.
 *
 * Runtime errors use Lua's model: al_throw formats BC's text, records the
 * AL call stack and longjmps to the innermost catch point (al_try).  Catch
 * points are: the top of a run, [TryFunction] calls, `if Codeunit.Run`,
 * asserterror, a background task's entry.  Rules (see DEVELOPERS.md):
 *   - never hold a lock across a call that can throw;
 *   - locals changed between al_try and a throw must be volatile;
 *   - never throw across threads: an al_exec belongs to one thread.
 */
#ifndef AL_INTERP_EXEC_H
#define AL_INTERP_EXEC_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>
#include "interp/ir.h"
#include "interp/program.h"
#include "interp/value.h"

/* An instance of an object: a codeunit's globals. */
typedef struct al_instance {
    al_object *obj;
    al_value *globals;
    void *rt;                        /* a page's runtime state (runtime/page.h), else NULL */
    bool lookup_mode;                /* a page's LookupMode: set before it runs, so here, not in rt */
} al_instance;

/* One active procedure call. */
typedef struct al_frame {
    struct al_frame *caller;
    al_proc *proc;
    al_instance *self;
    al_value *slots;
    /* The statement this frame was running when it called the next frame
     * (for the call stack); the innermost frame's is al_exec.at. */
    const al_node *at;
} al_frame;

/* A runtime error as AL sees it. */
typedef struct al_error {
    const char *msg;             /* GetLastErrorText */
    const char *code;            /* GetLastErrorCode */
    const char *callstack;       /* GetLastErrorCallStack: one line per frame */
} al_error;

typedef struct al_catch {
    jmp_buf jb;
    struct al_catch *prev;
    al_frame *frame;             /* the frame to return to */
    const al_node *at;           /* its statement, al_exec.at when the catch point was made */
} al_catch;

/* What a builtin may ask of the outside world. */
typedef struct al_host {
    void *ctx;
    void (*message)(void *ctx, const char *text);            /* Message() */
    bool (*confirm)(void *ctx, const char *question, bool def);
    int (*strmenu)(void *ctx, const char *options, int def, const char *instruction);
    int64_t (*now_ms)(void *ctx);                              /* CurrentDateTime, UTC ms */
    void (*sleep_ms)(void *ctx, int64_t ms);
} al_host;

typedef struct al_exec {
    const al_program *prog;
    al_host host;
    al_frame *top;
    /* The innermost frame's slots and statement, kept here rather than read
     * through [top] on every variable access and statement. */
    al_value *slots;
    const al_node *at;
    al_value ret;                    /* exit(value) of an unnamed return, on its way out */
    al_catch *catch_;
    al_error last_error;
    bool has_error;
    uint32_t depth;                  /* calls deep, for the recursion limit */
    al_instance **single;            /* SingleInstance codeunits, by object index */
    al_instance **bound;             /* BindSubscription: the instances bound, in order */
    uint32_t nbound;
    uint64_t random_state;           /* Random / Randomize */
    int32_t workdate;                /* WorkDate(); 0 = Today */
    int32_t session_id;              /* SessionId() */
    uint64_t temp_seq;               /* temporary tables made so far */
    void *db;                        /* the session's record store (runtime/db.h) */
    bool read_only;                  /* a read-only session: no writes to non-temporary tables */
    /* No dialogs (a child session, a background task's trigger): raises
     * the refusal BC gives for builtin [b]; set by the runtime. */
    void (*refuse_ui)(struct al_exec *X, const struct al_builtin *b, int argc, al_value *argv);
    /* A test session's UI handlers: called for every dialog builtin
     * (AL_BF_UI); returns true when a handler took the call, with the
     * builtin's result in *result (the builtin itself then does not run). */
    bool (*ui_hook)(struct al_exec *X, const struct al_ir *call, int argc, al_value *argv, al_value *result);
    bool restricted;                 /* read_only || refuse_ui || ui_hook: checked before builtins run */
    void *rt;                        /* the runtime's state for this session (runtime/session.h) */
    /* Work accounting: every loop iteration and every call costs one unit
     * of [fuel]; when it runs out, al_exec_tick refills it (fuel_quantum)
     * and calls on_tick — the runtime's clock and cancellation checks,
     * which may call al_exec_abort. */
    int64_t fuel, fuel_quantum;
    void (*on_tick)(struct al_exec *X);
    bool aborting;                   /* al_exec_abort is unwinding */
    bool exited;                     /* the last call ended with exit(...) (not by running off its end) */
    /* The store's transaction, for the catch points that roll back
     * (asserterror, `if Codeunit.Run`); set by the runtime with [db]. */
    void (*db_rollback)(void *db);
    bool (*db_in_write)(const void *db);
} al_exec;

enum { AL_MAX_CALL_DEPTH = 2000 };

/* Refills X->fuel and runs X->on_tick (see al_exec.fuel). */
void al_exec_tick(al_exec *X);
/* Units of work done since the last tick. */
static inline int64_t al_exec_work(const al_exec *X) { return X->fuel_quantum - X->fuel; }
#define AL_EXEC_TICK(X) do { if (__builtin_expect(--(X)->fuel < 0, 0)) al_exec_tick(X); } while (0)

/* Prepares [X] to run [prog] with [host]. */
void al_exec_init(al_exec *X, const al_program *prog, const al_host *host);

/* Raises an AL runtime error.  [code] may be NULL. Never returns. */
__attribute__((noreturn, format(printf, 3, 4)))
void al_throw(al_exec *X, const char *code, const char *fmt, ...);
/* Ends the session's run: like al_throw, but no catch point of AL stops
 * it — only the outermost one (a task's entry) does.  For cancellation and
 * timeouts. */
__attribute__((noreturn))
void al_exec_abort(al_exec *X, const char *code, const char *msg);
/* Raises with a preformatted message (e.g. from al_fail). */
__attribute__((noreturn))
void al_throw_msg(al_exec *X, const char *code, const char *msg);

/* The AL call stack of the running code, one frame per line, innermost
 * first:  "Name"(CodeUnit 50100).Proc line 12 */
char *al_exec_callstack(const al_exec *X);

/* Runs [proc] on [self] with [args] (count = proc->nparams; by-reference
 * parameters given as AL_TAG_REF values).  Returns the return value.
 * Throws on error. */
al_value al_exec_call(al_exec *X, al_proc *proc, al_instance *self, al_value *args);

/* Evaluates expression [e] (compiled by al_resolve_expr with frame [proc])
 * with [self] as the current instance: a page control's value. */
al_value al_exec_eval_in(al_exec *X, const al_ir *e, al_proc *proc, al_instance *self);

/* Runs fn(X, ud) inside a catch point.  Returns true when it ended
 * normally; false when an AL error ended it: X->last_error holds the error
 * and the frame stack and call depth are as before the call.  Every catch
 * point of AL (TryFunction, if Codeunit.Run, asserterror, the top of a
 * run) is built on this. */
bool al_exec_protected(al_exec *X, void (*fn)(al_exec *X, void *ud), void *ud);

/* Runs the OnRun trigger of [obj] in a fresh instance (or its single
 * instance).  Returns true, or false with X->last_error set when an error
 * ended it (the error is caught here: the top-level catch point). */
bool al_exec_run_object(al_exec *X, al_object *obj);
/* The same without a catch point: an error propagates to the caller's. */
void al_exec_run_object_unprotected(al_exec *X, al_object *obj);
/* The general form: OnRun of [obj] on instance [inst] (NULL: a fresh one),
 * with [rec] (a slot holding a Record) for a TableNo codeunit; inside a
 * catch point when [protect] (returns false when an error ended it). */
bool al_exec_run(al_exec *X, al_object *obj, al_instance *inst, al_value *rec, bool protect);

/* Chooses the evaluation function of every expression node under [root]
 * (ir.h, al_ir.fn).  The compiler calls it once per body. */
void al_exec_link(al_ir *root);
/* Prepares how a call of [proc] sets up its frame (al_proc.frame_init);
 * the compiler calls it once its body is compiled. */
void al_exec_frame_init(al_proc *proc);

/* A new instance of [obj] with default-initialised globals. */
al_instance *al_exec_instance(al_exec *X, al_object *obj);
/* The default value of a variable of type [t]. */
al_value al_exec_default(al_exec *X, const al_type *t);
/* A value as passing it by value copies it (records and arrays copied). */
al_value al_exec_copy(al_value v);

#endif
