/* interp/ir.h — the resolved tree the evaluator walks.
 *
 * The resolver compiles each procedure body from the syntax tree into this
 * tree: every name is already a frame slot, an instance slot, a procedure
 * or a builtin; every operator already knows its operand types; every
 * implicit conversion is an explicit IR_CONVERT node.  The evaluator never
 * looks anything up by name.  Each node keeps its syntax node for spans and
 * call stacks.  Built once while loading; read-only afterwards.
 */
#ifndef AL_INTERP_IR_H
#define AL_INTERP_IR_H

#include "grammar/ast.h"
#include "interp/program.h"
#include "interp/types.h"
#include "interp/value.h"

struct al_builtin;

typedef enum al_irop {
    /* expressions */
    IR_CONST,        /* value */
    IR_LOCAL,        /* slot of the current frame */
    IR_LOCAL_REF,    /* a var parameter: the slot holds a reference */
    IR_GLOBAL,       /* slot of the current object instance */
    IR_UNARY,        /* op: AL_OP_NOT / AL_OP_NEG / AL_OP_PLUS; on [a] */
    IR_BINARY,       /* op; operand kind in [kind]; [a] [b] */
    IR_CONVERT,      /* [a] converted to [type]; to an Interface: from an Enum, [slot] indexes the enum's
                        impls, from a Variant, it is the interface's iface_index */
    IR_TERNARY,      /* [a] ? [b] : [c] */
    IR_IN,           /* [a] in [args] (RANGE items are IR_BINARY with op AL_OP_NONE) */
    IR_CALL,         /* procedure [proc] of the current instance, or of [a] (a codeunit) */
    IR_BUILTIN,      /* [builtin] with receiver [a] (or NULL) and [args] */
    IR_INDEX,        /* [a][args]: array element or text character */
    IR_NEW_LIST,     /* a list literal used as a value */
    IR_FIELD,        /* field [slot] (buffer index) of record [a] */
    IR_SELF,         /* table code: the record it runs on (Rec); sub = 1: its xRec */
    IR_ICALL,        /* method [slot] (its index in the interface's imethods) of the interface [a];
                        [proc]: the interface's declaration, which the arguments were checked against */
    IR_IS,           /* [a] (an interface) is the interface numbered [slot] */
    IR_AS,           /* [a] (an interface) as the interface numbered [slot] ([type]); fails if it is not */
    /* statements */
    IR_BLOCK,        /* args = statements */
    IR_ASSIGN,       /* [a] := [b]; op for += -= *= /= (kind = operand kind) */
    IR_EXPR,         /* [a] evaluated for its effect */
    IR_IF,           /* if [a] then [b] else [c] */
    IR_WHILE,        /* while [a] do [b] */
    IR_REPEAT,       /* repeat [args] until [a] */
    IR_FOR,          /* for [a] := [b] to/downto [c] do [d]; op = 1 for downto */
    IR_FOREACH,      /* foreach [a] in [b] do [d] */
    IR_CASE,         /* case [a] of branches ([args]: IR_BLOCK with args[0] = IR_IN test) else [c] */
    IR_EXIT,         /* exit [a]; sub = 1: into the named return value's [slot] */
    IR_BREAK,
    IR_CONTINUE,
    IR_ASSERTERROR,  /* asserterror [a] */
    IR_WITH,         /* with [a] do [b] (only evaluates both) */
    IR_RAISE,        /* an event publisher's body: its subscribers run ([proc]; interp/events.c) */
    IR_COUNT
} al_irop;

typedef struct al_ir al_ir;
struct al_exec;

struct al_ir {
    /* How the evaluator computes this expression: chosen once when the body
     * is compiled (al_exec_link), specialised for the common cases such as
     * Integer + Integer, so evaluating is one indirect call per node. */
    al_value (*fn)(struct al_exec *X, const struct al_ir *e);
    /* How the evaluator runs this statement (statement nodes): chosen by
     * al_exec_link too, specialised for assignments to locals and compound
     * assignments.  Returns eval.c's flow code (normal, break, exit ...). */
    int (*run)(struct al_exec *X, const struct al_ir *s);
    uint16_t op;             /* al_irop */
    uint16_t sub;            /* operator (al_op) or flag */
    al_tkind kind;           /* operand kind of a binary operator */
    uint8_t leaf;            /* set by al_exec_link: read inline, without fn (eval.c) */
    const al_type *type;     /* result type */
    const al_node *src;      /* where it came from */
    al_ir *a, *b, *c, *d;
    al_ir **args;
    uint32_t nargs;
    uint32_t slot;
    al_value value;          /* IR_CONST */
    al_proc *proc;           /* IR_CALL, IR_ICALL */
    const struct al_builtin *builtin;   /* IR_BUILTIN */
    struct al_control *control;         /* IR_BUILTIN: the TestPage field or action it works on */
    bool consumed;           /* a [Ok :=] return is used (TryFunction, Evaluate ...) */
};

#endif
