/* grammar/ast.c — node constructors and the name tables of the AST. */
#include "grammar/ast.h"
#include "grammar/mem.h"

#include <stddef.h>
#include <string.h>
#include <strings.h>

al_nodes al_nodes_add(al_nodes l, al_node *n)
{
    if (l.count == l.cap) {
        uint32_t ncap = l.cap ? l.cap * 2 : 4;
        l.items = al_realloc(l.items, l.cap * sizeof *l.items, ncap * sizeof *l.items);
        l.cap = ncap;
    }
    l.items[l.count++] = n;
    return l;
}

al_nodes al_nodes_one(al_node *n)
{
    al_nodes l = {0};
    return al_nodes_add(l, n);
}

/* Bytes a node of each kind needs: the header and its own union member.
 * Most nodes take 48 bytes instead of the full union's 112. */
static const uint16_t node_size[AST_KIND_COUNT] = {
#define X(k, s, m) [AST_##k] = (uint16_t)(offsetof(al_node, as) + sizeof(((al_node *)0)->as.m)),
#include "grammar/ast_kinds.def"
#undef X
};

al_node *al_ast_new(al_ast_kind kind, al_span span)
{
    al_node *n = al_alloc(node_size[kind]);
    n->kind = (uint16_t)kind;
    n->span = span;
    n->depth = 1;
    return n;
}

al_node *al_ast_new_name(al_span span, const char *text, uint32_t len, bool quoted)
{
    al_node *n = al_ast_new(AST_NAME, span);
    n->as.name.text = al_strndup(text, len);
    n->as.name.len = len;
    n->op = quoted;
    return n;
}

al_node *al_ast_new_lit(al_ast_kind kind, al_span span, const char *text, uint32_t len)
{
    al_node *n = al_ast_new(kind, span);
    n->as.lit.text = al_strndup(text, len);
    n->as.lit.len = len;
    return n;
}

al_node *al_ast_new_int(al_ast_kind kind, al_span span, int64_t value, bool overflow)
{
    al_node *n = al_ast_new(kind, span);
    n->as.ival.value = value;
    n->op = overflow;
    return n;
}

al_node *al_ast_new_bool(al_span span, bool value)
{
    al_node *n = al_ast_new(AST_BOOL, span);
    n->as.bval.value = value;
    return n;
}

static uint32_t deeper(const al_node *a, const al_node *b)
{
    uint32_t x = al_ast_depth(a), y = al_ast_depth(b);
    return (x > y ? x : y) + 1;
}

al_node *al_ast_new_unary(al_span span, al_op op, al_node *operand)
{
    al_node *n = al_ast_new(AST_UNARY, span);
    n->op = (uint16_t)op;
    n->as.bin.lhs = operand;
    n->depth = deeper(operand, NULL);
    return n;
}

al_node *al_ast_new_binary(al_span span, al_op op, al_node *lhs, al_node *rhs)
{
    al_node *n = al_ast_new(AST_BINARY, span);
    n->op = (uint16_t)op;
    n->as.bin.lhs = lhs;
    n->as.bin.rhs = rhs;
    n->depth = deeper(lhs, rhs);
    return n;
}

al_node *al_ast_new_pair(al_ast_kind kind, al_span span, al_node *lhs, al_node *rhs)
{
    al_node *n = al_ast_new(kind, span);
    n->as.pair.lhs = lhs;
    n->as.pair.rhs = rhs;
    n->depth = deeper(lhs, rhs);
    return n;
}

static uint32_t list_depth(al_nodes l)
{
    uint32_t d = 0;
    for (uint32_t i = 0; i < l.count; i++)
        if (al_ast_depth(l.items[i]) > d) d = al_ast_depth(l.items[i]);
    return d;
}

al_node *al_ast_new_call(al_ast_kind kind, al_span span, al_node *callee, al_nodes args)
{
    al_node *n = al_ast_new(kind, span);
    n->as.call.callee = callee;
    n->as.call.args = args;
    uint32_t a = list_depth(args), c = al_ast_depth(callee);
    n->depth = (a > c ? a : c) + 1;
    return n;
}

al_node *al_ast_new_list(al_ast_kind kind, al_span span, al_nodes items)
{
    al_node *n = al_ast_new(kind, span);
    n->as.list.items = items;
    n->depth = list_depth(items) + 1;
    return n;
}

al_node *al_ast_new_cond(al_ast_kind kind, al_span span, al_node *c, al_node *t, al_node *e)
{
    al_node *n = al_ast_new(kind, span);
    n->as.cond.cond = c;
    n->as.cond.then_ = t;
    n->as.cond.else_ = e;
    uint32_t d = deeper(c, t);
    n->depth = d > al_ast_depth(e) + 1 ? d : al_ast_depth(e) + 1;
    return n;
}

/* ------------------------------------------------------------------ names */

static const char *const kind_names[] = {
#define X(k, s, m) s,
#include "grammar/ast_kinds.def"
#undef X
};

const char *al_ast_kind_name(al_ast_kind k)
{
    return (unsigned)k < AST_KIND_COUNT ? kind_names[k] : "?";
}

static const char *const op_names[AL_OP_COUNT] = {
    [AL_OP_NONE] = "?", [AL_OP_ADD] = "+", [AL_OP_SUB] = "-", [AL_OP_MUL] = "*",
    [AL_OP_DIVIDE] = "/", [AL_OP_DIV] = "div", [AL_OP_MOD] = "mod",
    [AL_OP_AND] = "and", [AL_OP_OR] = "or", [AL_OP_XOR] = "xor", [AL_OP_NOT] = "not",
    [AL_OP_NEG] = "neg", [AL_OP_PLUS] = "pos",
    [AL_OP_EQ] = "=", [AL_OP_NE] = "<>", [AL_OP_LT] = "<", [AL_OP_LE] = "<=",
    [AL_OP_GT] = ">", [AL_OP_GE] = ">=", [AL_OP_IN] = "in",
    [AL_OP_ASSIGN] = ":=", [AL_OP_ADD_ASSIGN] = "+=", [AL_OP_SUB_ASSIGN] = "-=",
    [AL_OP_MUL_ASSIGN] = "*=", [AL_OP_DIV_ASSIGN] = "/=",
};

const char *al_ast_op_name(al_op op)
{
    return (unsigned)op < AL_OP_COUNT ? op_names[op] : "?";
}

static const char *const objkind_names[AL_OBJ_COUNT] = {
    "table", "tableextension", "page", "pageextension", "pagecustomization",
    "codeunit", "enum", "enumextension", "interface", "report", "reportextension",
    "query", "xmlport", "permissionset", "permissionsetextension", "profile",
    "profileextension", "controladdin", "entitlement", "dotnet",
};

const char *al_ast_objkind_name(al_objkind k)
{
    return (unsigned)k < AL_OBJ_COUNT ? objkind_names[k] : "?";
}

int al_ast_objkind_from(const char *word, uint32_t len)
{
    for (int k = 0; k < AL_OBJ_COUNT; k++)
        if (strlen(objkind_names[k]) == len && strncasecmp(objkind_names[k], word, len) == 0)
            return k;
    return -1;
}

bool al_ast_name_is(const al_node *n, const char *word)
{
    return n && n->kind == AST_NAME && n->as.name.len == strlen(word)
        && strncasecmp(n->as.name.text, word, n->as.name.len) == 0;
}
