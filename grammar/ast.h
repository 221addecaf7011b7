/* grammar/ast.h — the syntax tree of AL source.
 *
 * Every construct of an AL file is a node: one al_node struct whose [kind]
 * (from ast_kinds.def) says which member of the [as] union is valid.  Each
 * node carries its full source span.  Children are pointers; lists are
 * counted arrays.  All memory is collected (grammar/mem.h).
 *
 * The tree keeps the WHOLE structure of a file, not only the code we run:
 * object bodies are a generic tree of properties (Name = value;), sections
 * (fields { ... }) and elements (field(1; "No."; Code[20]) { ... }), so a
 * later pass reads tables, pages and reports out of it without the grammar
 * having to know every property of every object type.
 *
 * Ownership: the parser builds a tree; afterwards it is read-only.  Later
 * phases (resolver) may fill annotation fields of their own.
 */
#ifndef AL_GRAMMAR_AST_H
#define AL_GRAMMAR_AST_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "grammar/source.h"

typedef enum al_ast_kind {
#define X(k, s, m) AST_##k,
#include "grammar/ast_kinds.def"
#undef X
    AST_KIND_COUNT
} al_ast_kind;

#define AST_FIRST_STMT AST_BLOCK
#define AST_FIRST_EXPR AST_INT

/* The object types of AL (the word that starts an object declaration). */
typedef enum al_objkind {
    AL_OBJ_TABLE, AL_OBJ_TABLEEXTENSION, AL_OBJ_PAGE, AL_OBJ_PAGEEXTENSION,
    AL_OBJ_PAGECUSTOMIZATION, AL_OBJ_CODEUNIT, AL_OBJ_ENUM, AL_OBJ_ENUMEXTENSION,
    AL_OBJ_INTERFACE, AL_OBJ_REPORT, AL_OBJ_REPORTEXTENSION, AL_OBJ_QUERY,
    AL_OBJ_XMLPORT, AL_OBJ_PERMISSIONSET, AL_OBJ_PERMISSIONSETEXTENSION,
    AL_OBJ_PROFILE, AL_OBJ_PROFILEEXTENSION, AL_OBJ_CONTROLADDIN,
    AL_OBJ_ENTITLEMENT, AL_OBJ_DOTNET,
    AL_OBJ_COUNT
} al_objkind;

/* Operators, stored in node->op of UNARY, BINARY and ASSIGN nodes. */
typedef enum al_op {
    AL_OP_NONE,
    AL_OP_ADD, AL_OP_SUB, AL_OP_MUL, AL_OP_DIVIDE, AL_OP_DIV, AL_OP_MOD,
    AL_OP_AND, AL_OP_OR, AL_OP_XOR, AL_OP_NOT, AL_OP_NEG, AL_OP_PLUS,
    AL_OP_EQ, AL_OP_NE, AL_OP_LT, AL_OP_LE, AL_OP_GT, AL_OP_GE, AL_OP_IN,
    AL_OP_ASSIGN, AL_OP_ADD_ASSIGN, AL_OP_SUB_ASSIGN, AL_OP_MUL_ASSIGN, AL_OP_DIV_ASSIGN,
    AL_OP_COUNT
} al_op;

typedef struct al_node al_node;

/* A counted list of children.  [cap] is the builder's capacity. */
typedef struct al_nodes {
    al_node **items;
    uint32_t count, cap;
} al_nodes;

/* Routine kinds and access words, in ROUTINE's [op] and [access]. */
enum { AL_ROUTINE_PROCEDURE = 0, AL_ROUTINE_TRIGGER = 1 };

struct al_node {
    uint16_t kind;        /* al_ast_kind */
    uint16_t op;          /* operator, objkind, routine kind or a flag; see below */
    uint32_t depth;       /* nesting depth of an expression (limits recursion later) */
    al_span span;
    union {
        /* UNIT: the file.  [ns] NAMESPACE or NULL; [usings] USING nodes. */
        struct { al_node *ns; al_nodes usings; al_nodes objects; } unit;
        /* NAMESPACE, USING: the qualified name (a NAME or MEMBER chain) is
         * in expr_stmt.expr. */
        /* OBJECT: op = al_objkind.  [id] < 0 when the type has no ID. */
        struct {
            int64_t id;
            al_node *name;        /* NAME */
            al_nodes extends;     /* names after extends/customizes (qualified
                                     names are MEMBER chains); interfaces may
                                     extend several */
            al_nodes implements;  /* names after implements */
            al_nodes members;     /* PROPERTY SECTION ELEMENT EVENT VARS ROUTINE */
        } object;
        /* PROPERTY: Name = v1, v2, ...;  values are expressions, JUXT,
         * PROP_IF, PAIR or EMPTY nodes. */
        struct { al_node *name; al_nodes values; } property;
        /* SECTION: word { members }        e.g. fields { ... } */
        struct { al_node *word; al_nodes members; } section;
        /* ELEMENT: word(args) [{ members }]  e.g. field(1; "No."; Code[20]) { }
         * [args] holds one ARGGROUP per ';'-separated group.  op = 1 when a
         * { } body was written. */
        struct { al_node *word; al_nodes args; al_nodes members; } element;
        /* EVENT: word name(params);   e.g. controladdin event OnReady(); */
        struct { al_node *word; al_node *name; al_nodes params; } event;
        /* VARS: a var section; op = 1 for 'protected var'. */
        struct { al_nodes decls; } vars;
        /* VAR_DECL: a, b: type;  [attrs] are ATTR nodes written before it. */
        struct { al_nodes names; al_node *type; al_nodes attrs; } var_decl;
        /* ROUTINE: op = AL_ROUTINE_*; [access] NAME (local, internal,
         * protected) or NULL; [body] BLOCK or NULL for a declaration only
         * (interfaces, control add-ins). */
        struct {
            al_node *access, *name;
            al_nodes params;
            al_node *ret_name, *ret_type;
            al_nodes locals;      /* VAR_DECL */
            al_node *body;
            al_nodes attrs;
        } routine;
        /* PARAM: op = 1 for 'var' (by reference). */
        struct { al_node *name; al_node *type; } param;
        /* ATTR: [Name(args)]; op = 1 when parentheses were written. */
        struct { al_node *name; al_nodes args; } attr;
        /* TYPE: the words of a type reference, kept as written:
         *   Integer                    name=Integer
         *   Text[30]                   name=Text size=[30]
         *   Record "Customer" temporary name=Record words=["Customer", temporary]
         *   array[2, 3] of Decimal     name=array size=[2,3] of=[Decimal]
         *   Dictionary of [Text, Integer]  name=Dictionary of=[Text, Integer]
         *   Option A,"B C"             name=Option extra=[A, "B C"]
         *   Label 'x', Locked = true   name=Label extra=['x', (= Locked true)]
         */
        struct { al_node *name; al_nodes words; al_nodes size; al_nodes of; al_nodes extra; } type;
        /* ARGGROUP, LIST, JUXT, BLOCK: plain lists. */
        struct { al_nodes items; } list;
        /* ASSIGN: op = AL_OP_*ASSIGN. */
        struct { al_node *target, *value; } assign;
        struct { al_node *expr; } expr_stmt;          /* EXPR_STMT, EXIT (NULL), ASSERTERROR (stmt) */
        /* IF, TERNARY, PROP_IF: cond then [else] */
        struct { al_node *cond, *then_, *else_; } cond;
        /* CASE: op = 1 when it has an else part. */
        struct { al_node *subject; al_nodes branches; al_nodes else_; } case_;
        struct { al_nodes values; al_node *body; } branch;      /* CASE_BRANCH; body may be NULL */
        struct { al_node *cond; al_node *body; } loop;          /* WHILE, WITH (cond = record) */
        struct { al_nodes body; al_node *cond; } repeat;
        /* FOR: op = 1 for downto. */
        struct { al_node *var, *from, *to, *body; } for_;
        struct { al_node *var, *coll, *body; } foreach;
        /* INT, BIGINT: the value.  op = 1 when it does not fit 64 bits. */
        struct { int64_t value; } ival;
        /* DECIMAL, DATE, TIME, DATETIME: the literal's digits as written
         * (without the D/T/DT suffix); TEXT: the value with '' undoubled;
         * FILTER: the raw filter text between the parentheses. */
        struct { const char *text; uint32_t len; } lit;
        struct { bool value; } bval;
        /* NAME: identifier text without quotes; op = 1 when it was quoted. */
        struct { const char *text; uint32_t len; } name;
        /* MEMBER (a.b), SCOPE (a::b), IS, AS, RANGE, PAIR: two sides. */
        struct { al_node *lhs, *rhs; } pair;
        /* UNARY, BINARY: op = AL_OP_*. */
        struct { al_node *lhs, *rhs; } bin;   /* UNARY uses lhs only */
        /* CALL (f(args)), INDEX (a[args]). */
        struct { al_node *callee; al_nodes args; } call;
        /* BREAK, CONTINUE, EMPTY: nothing. */
        struct { char unused; } none;
    } as;
};

/* ---------------------------------------------------------------------
 * Lists
 */
/* Appends [n] to [l], growing it; returns [l]. */
al_nodes al_nodes_add(al_nodes l, al_node *n);
al_nodes al_nodes_one(al_node *n);

/* ---------------------------------------------------------------------
 * Constructors.  Each allocates one node with [span] and the given
 * children.  None of them fails; limits are checked by the parser.
 */
al_node *al_ast_new(al_ast_kind kind, al_span span);
al_node *al_ast_new_name(al_span span, const char *text, uint32_t len, bool quoted);
al_node *al_ast_new_lit(al_ast_kind kind, al_span span, const char *text, uint32_t len);
al_node *al_ast_new_int(al_ast_kind kind, al_span span, int64_t value, bool overflow);
al_node *al_ast_new_bool(al_span span, bool value);
al_node *al_ast_new_unary(al_span span, al_op op, al_node *operand);
al_node *al_ast_new_binary(al_span span, al_op op, al_node *lhs, al_node *rhs);
al_node *al_ast_new_pair(al_ast_kind kind, al_span span, al_node *lhs, al_node *rhs);
al_node *al_ast_new_call(al_ast_kind kind, al_span span, al_node *callee, al_nodes args);
al_node *al_ast_new_list(al_ast_kind kind, al_span span, al_nodes items);
al_node *al_ast_new_cond(al_ast_kind kind, al_span span, al_node *c, al_node *t, al_node *e);

/* Depth of an expression tree, as recorded at construction. */
static inline uint32_t al_ast_depth(const al_node *n) { return n ? n->depth : 0; }

/* The dump name of a kind ("if", "binary" ...), of an operator ("+",
 * "and" ...) and of an object type ("codeunit" ...). */
const char *al_ast_kind_name(al_ast_kind k);
const char *al_ast_op_name(al_op op);
const char *al_ast_objkind_name(al_objkind k);
/* The object type for an object word such as "pageextension", compared
 * case-insensitively; -1 if [word] names no object type. */
int al_ast_objkind_from(const char *word, uint32_t len);

/* True if NAME node [n] is spelled [word] (case-insensitive). */
bool al_ast_name_is(const al_node *n, const char *word);

/* Writes a stable, indented S-expression dump of [n] (ast_dump.c).
 * Expressions print on one line; statements and members one per line. */
void al_ast_dump(FILE *out, const al_node *n);
/* The dump of an expression or a single line, as a fresh string. */
char *al_ast_dump_str(const al_node *n);

#endif
