/* grammar/ast_dump.c — a stable S-expression dump of the syntax tree.
 *
 * Parser tests compare against it and `alrun check --dump-ast` prints it.
 * Expressions print on one line: (+ a (* b 2)).  Declarations and
 * statements print one per line, indented by two spaces per level.
 * Names print as written (quoted names with their quotes), text as an AL
 * literal with '' doubled.  Changing the format means updating the tests:
 * keep it stable.
 */
#include "grammar/ast.h"
#include "grammar/mem.h"

#include <stdlib.h>
#include <string.h>

static void expr(FILE *o, const al_node *n);
static void node(FILE *o, const al_node *n, int ind);

static void indent(FILE *o, int ind)
{
    for (int i = 0; i < ind; i++) fputs("  ", o);
}

static void text_lit(FILE *o, const char *s, uint32_t len)
{
    fputc('\'', o);
    for (uint32_t i = 0; i < len; i++) {
        if (s[i] == '\'') fputc('\'', o);
        fputc(s[i], o);
    }
    fputc('\'', o);
}

static void name(FILE *o, const al_node *n)
{
    if (n->op) fprintf(o, "\"%.*s\"", (int)n->as.name.len, n->as.name.text);
    else fprintf(o, "%.*s", (int)n->as.name.len, n->as.name.text);
}

static void list_inline(FILE *o, al_nodes l)
{
    for (uint32_t i = 0; i < l.count; i++) {
        fputc(' ', o);
        expr(o, l.items[i]);
    }
}

/* ------------------------------------------------------------ expressions */

static void expr(FILE *o, const al_node *n)
{
    if (!n) { fputs("(empty)", o); return; }
    switch ((al_ast_kind)n->kind) {
    case AST_NAME: name(o, n); break;
    case AST_INT: fprintf(o, "%lld", (long long)n->as.ival.value); break;
    case AST_BIGINT: fprintf(o, "%lldL", (long long)n->as.ival.value); break;
    case AST_DECIMAL: fprintf(o, "%s", n->as.lit.text); break;
    case AST_DATE: fprintf(o, "%sD", n->as.lit.text); break;
    case AST_TIME: fprintf(o, "%sT", n->as.lit.text); break;
    case AST_DATETIME: fprintf(o, "%sDT", n->as.lit.text); break;
    case AST_TEXT: text_lit(o, n->as.lit.text, n->as.lit.len); break;
    case AST_BOOL: fputs(n->as.bval.value ? "true" : "false", o); break;
    case AST_FILTER: fputs("(filter ", o); text_lit(o, n->as.lit.text, n->as.lit.len); fputc(')', o); break;
    case AST_EMPTY: fputs("(empty)", o); break;
    case AST_MEMBER: case AST_SCOPE: case AST_IS: case AST_AS: case AST_RANGE: case AST_PAIR:
        fprintf(o, "(%s ", al_ast_kind_name(n->kind));
        expr(o, n->as.pair.lhs);
        fputc(' ', o);
        expr(o, n->as.pair.rhs);
        fputc(')', o);
        break;
    case AST_CALL: case AST_INDEX:
        fprintf(o, "(%s ", al_ast_kind_name(n->kind));
        expr(o, n->as.call.callee);
        list_inline(o, n->as.call.args);
        fputc(')', o);
        break;
    case AST_UNARY:
        fprintf(o, "(%s ", al_ast_op_name(n->op));
        expr(o, n->as.bin.lhs);
        fputc(')', o);
        break;
    case AST_BINARY:
        fprintf(o, "(%s ", al_ast_op_name(n->op));
        expr(o, n->as.bin.lhs);
        fputc(' ', o);
        expr(o, n->as.bin.rhs);
        fputc(')', o);
        break;
    case AST_TERNARY: case AST_PROP_IF:
        fprintf(o, "(%s ", al_ast_kind_name(n->kind));
        expr(o, n->as.cond.cond);
        fputc(' ', o);
        expr(o, n->as.cond.then_);
        if (n->as.cond.else_ || n->kind == AST_TERNARY) {
            fputc(' ', o);
            expr(o, n->as.cond.else_);
        }
        fputc(')', o);
        break;
    case AST_LIST: case AST_JUXT: case AST_ARGGROUP:
        fprintf(o, "(%s", al_ast_kind_name(n->kind));
        list_inline(o, n->as.list.items);
        fputc(')', o);
        break;
    case AST_TYPE:
        fputs("(type ", o);
        expr(o, n->as.type.name);
        list_inline(o, n->as.type.words);
        if (n->as.type.size.count) {
            fputs(" [", o);
            for (uint32_t i = 0; i < n->as.type.size.count; i++) {
                if (i) fputc(' ', o);
                expr(o, n->as.type.size.items[i]);
            }
            fputc(']', o);
        }
        if (n->as.type.of.count) {
            fputs(" of", o);
            list_inline(o, n->as.type.of);
        }
        list_inline(o, n->as.type.extra);
        fputc(')', o);
        break;
    case AST_ATTR:
        fputs("(attr ", o);
        expr(o, n->as.attr.name);
        if (n->op) {
            fputs(" (", o);
            for (uint32_t i = 0; i < n->as.attr.args.count; i++) {
                if (i) fputc(' ', o);
                expr(o, n->as.attr.args.items[i]);
            }
            fputc(')', o);
        }
        fputc(')', o);
        break;
    case AST_PARAM:
        fputs(n->op ? "(var-param " : "(param ", o);
        expr(o, n->as.param.name);
        fputc(' ', o);
        expr(o, n->as.param.type);
        fputc(')', o);
        break;
    default:
        /* A statement or declaration inside an expression context (never
         * built by the parser); dump it on one line. */
        node(o, n, -1);
        break;
    }
}

/* --------------------------------------------------- statements, members */

/* Opens a line at [ind] (or continues inline when ind < 0). */
static void open_line(FILE *o, int ind)
{
    if (ind >= 0) indent(o, ind);
}

/* Opens a nested sub-form such as (else ...) one level down: indented on
 * its own line, or after a space when printing on one line. */
static void open_child(FILE *o, int ind)
{
    if (ind >= 0) indent(o, ind);
    else fputc(' ', o);
}

static void close_line(FILE *o, int ind)
{
    if (ind >= 0) fputc('\n', o);
}

static int child(int ind) { return ind < 0 ? -1 : ind + 1; }

/* Children printed each on its own line; on one line when ind < 0. */
static void block(FILE *o, al_nodes l, int ind)
{
    for (uint32_t i = 0; i < l.count; i++) {
        if (ind < 0) fputc(' ', o);
        node(o, l.items[i], ind);
    }
}

static void stmt_or_empty(FILE *o, const al_node *s, int ind)
{
    if (s) {
        if (ind < 0) fputc(' ', o);
        node(o, s, ind);
    } else {
        if (ind < 0) fputc(' ', o);
        open_line(o, ind);
        fputs("(empty)", o);
        close_line(o, ind);
    }
}

/* "(word" + newline + children + ")" with the close on the last line. */
static void close_paren(FILE *o, int ind)
{
    if (ind < 0) { fputc(')', o); return; }
    indent(o, ind);
    fputs(")\n", o);
}

static void node(FILE *o, const al_node *n, int ind)
{
    if (!n) { open_line(o, ind); fputs("(empty)", o); close_line(o, ind); return; }
    int c = child(ind);
    switch ((al_ast_kind)n->kind) {
    case AST_UNIT:
        open_line(o, ind);
        fputs("(unit", o);
        close_line(o, ind);
        if (n->as.unit.ns) {
            if (ind < 0) fputc(' ', o);
            node(o, n->as.unit.ns, c);
        }
        block(o, n->as.unit.usings, c);
        block(o, n->as.unit.objects, c);
        close_paren(o, ind);
        return;
    case AST_NAMESPACE: case AST_USING:
        open_line(o, ind);
        fprintf(o, "(%s ", al_ast_kind_name(n->kind));
        expr(o, n->as.expr_stmt.expr);
        fputc(')', o);
        close_line(o, ind);
        return;
    case AST_OBJECT:
        open_line(o, ind);
        fprintf(o, "(%s", al_ast_objkind_name(n->op));
        if (n->as.object.id >= 0) fprintf(o, " %lld", (long long)n->as.object.id);
        if (n->as.object.name) { fputc(' ', o); expr(o, n->as.object.name); }
        if (n->as.object.extends.count) {
            fputs(" (extends", o);
            list_inline(o, n->as.object.extends);
            fputc(')', o);
        }
        if (n->as.object.implements.count) {
            fputs(" (implements", o);
            list_inline(o, n->as.object.implements);
            fputc(')', o);
        }
        close_line(o, ind);
        block(o, n->as.object.members, c);
        close_paren(o, ind);
        return;
    case AST_PROPERTY:
        open_line(o, ind);
        fputs("(property ", o);
        expr(o, n->as.property.name);
        list_inline(o, n->as.property.values);
        fputc(')', o);
        close_line(o, ind);
        return;
    case AST_SECTION:
        open_line(o, ind);
        fputs("(section ", o);
        expr(o, n->as.section.word);
        close_line(o, ind);
        block(o, n->as.section.members, c);
        close_paren(o, ind);
        return;
    case AST_ELEMENT:
        open_line(o, ind);
        fputs("(element ", o);
        expr(o, n->as.element.word);
        list_inline(o, n->as.element.args);
        if (!n->op) { fputc(')', o); close_line(o, ind); return; }
        close_line(o, ind);
        block(o, n->as.element.members, c);
        close_paren(o, ind);
        return;
    case AST_EVENT:
        open_line(o, ind);
        fputs("(event ", o);
        expr(o, n->as.event.name);
        fputs(" (params", o);
        list_inline(o, n->as.event.params);
        fputs("))", o);
        close_line(o, ind);
        return;
    case AST_VARS:
        open_line(o, ind);
        fputs(n->op ? "(protected-var" : "(var", o);
        close_line(o, ind);
        block(o, n->as.vars.decls, c);
        close_paren(o, ind);
        return;
    case AST_VAR_DECL:
        open_line(o, ind);
        fputs("(decl", o);
        list_inline(o, n->as.var_decl.names);
        fputc(' ', o);
        expr(o, n->as.var_decl.type);
        list_inline(o, n->as.var_decl.attrs);
        fputc(')', o);
        close_line(o, ind);
        return;
    case AST_ROUTINE: {
        const struct al_node *r = n;
        open_line(o, ind);
        fputs(r->op == AL_ROUTINE_TRIGGER ? "(trigger " : "(procedure ", o);
        if (r->as.routine.access) { expr(o, r->as.routine.access); fputc(' ', o); }
        expr(o, r->as.routine.name);
        fputs(" (params", o);
        list_inline(o, r->as.routine.params);
        fputc(')', o);
        if (r->as.routine.ret_type) {
            fputs(" (returns", o);
            if (r->as.routine.ret_name) { fputc(' ', o); expr(o, r->as.routine.ret_name); }
            fputc(' ', o);
            expr(o, r->as.routine.ret_type);
            fputc(')', o);
        }
        list_inline(o, r->as.routine.attrs);
        if (!r->as.routine.body) { fputc(')', o); close_line(o, ind); return; }
        close_line(o, ind);
        if (r->as.routine.locals.count) {
            open_child(o, c);
            fputs("(locals", o);
            close_line(o, c);
            block(o, r->as.routine.locals, child(c));
            close_paren(o, c);
        }
        if (ind < 0) fputc(' ', o);
        node(o, r->as.routine.body, c);
        close_paren(o, ind);
        return;
    }
    case AST_BLOCK:
        open_line(o, ind);
        fputs("(begin", o);
        close_line(o, ind);
        block(o, n->as.list.items, c);
        close_paren(o, ind);
        return;
    case AST_ASSIGN:
        open_line(o, ind);
        fprintf(o, "(%s ", al_ast_op_name(n->op));
        expr(o, n->as.assign.target);
        fputc(' ', o);
        expr(o, n->as.assign.value);
        fputc(')', o);
        close_line(o, ind);
        return;
    case AST_EXPR_STMT:
        open_line(o, ind);
        expr(o, n->as.expr_stmt.expr);
        close_line(o, ind);
        return;
    case AST_IF:
        open_line(o, ind);
        fputs("(if ", o);
        expr(o, n->as.cond.cond);
        close_line(o, ind);
        stmt_or_empty(o, n->as.cond.then_, c);
        if (n->as.cond.else_) {
            open_child(o, c);
            fputs("(else", o);
            close_line(o, c);
            stmt_or_empty(o, n->as.cond.else_, child(c));
            close_paren(o, c);
        }
        close_paren(o, ind);
        return;
    case AST_CASE:
        open_line(o, ind);
        fputs("(case ", o);
        expr(o, n->as.case_.subject);
        close_line(o, ind);
        block(o, n->as.case_.branches, c);
        if (n->op) {
            open_child(o, c);
            fputs("(else", o);
            close_line(o, c);
            block(o, n->as.case_.else_, child(c));
            close_paren(o, c);
        }
        close_paren(o, ind);
        return;
    case AST_CASE_BRANCH:
        open_line(o, ind);
        fputs("(when", o);
        list_inline(o, n->as.branch.values);
        close_line(o, ind);
        stmt_or_empty(o, n->as.branch.body, c);
        close_paren(o, ind);
        return;
    case AST_WHILE: case AST_WITH:
        open_line(o, ind);
        fprintf(o, "(%s ", al_ast_kind_name(n->kind));
        expr(o, n->as.loop.cond);
        close_line(o, ind);
        stmt_or_empty(o, n->as.loop.body, c);
        close_paren(o, ind);
        return;
    case AST_REPEAT:
        open_line(o, ind);
        fputs("(repeat", o);
        close_line(o, ind);
        block(o, n->as.repeat.body, c);
        open_child(o, c);
        fputs("(until ", o);
        expr(o, n->as.repeat.cond);
        fputc(')', o);
        close_line(o, c);
        close_paren(o, ind);
        return;
    case AST_FOR:
        open_line(o, ind);
        fputs(n->op ? "(for-downto " : "(for ", o);
        expr(o, n->as.for_.var);
        fputc(' ', o);
        expr(o, n->as.for_.from);
        fputc(' ', o);
        expr(o, n->as.for_.to);
        close_line(o, ind);
        stmt_or_empty(o, n->as.for_.body, c);
        close_paren(o, ind);
        return;
    case AST_FOREACH:
        open_line(o, ind);
        fputs("(foreach ", o);
        expr(o, n->as.foreach.var);
        fputc(' ', o);
        expr(o, n->as.foreach.coll);
        close_line(o, ind);
        stmt_or_empty(o, n->as.foreach.body, c);
        close_paren(o, ind);
        return;
    case AST_EXIT:
        open_line(o, ind);
        fputs("(exit", o);
        if (n->as.expr_stmt.expr) { fputc(' ', o); expr(o, n->as.expr_stmt.expr); }
        fputc(')', o);
        close_line(o, ind);
        return;
    case AST_BREAK: case AST_CONTINUE:
        open_line(o, ind);
        fprintf(o, "(%s)", al_ast_kind_name(n->kind));
        close_line(o, ind);
        return;
    case AST_ASSERTERROR:
        open_line(o, ind);
        fputs("(asserterror", o);
        close_line(o, ind);
        stmt_or_empty(o, n->as.expr_stmt.expr, c);
        close_paren(o, ind);
        return;
    default:
        open_line(o, ind);
        expr(o, n);
        close_line(o, ind);
        return;
    }
}

void al_ast_dump(FILE *out, const al_node *n)
{
    if (n && n->kind >= AST_FIRST_EXPR) {
        expr(out, n);
        fputc('\n', out);
    } else {
        node(out, n, 0);
    }
}

char *al_ast_dump_str(const al_node *n)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *o = open_memstream(&buf, &len);
    if (!o) return al_strdup("");
    if (n && n->kind >= AST_FIRST_EXPR) expr(o, n);
    else node(o, n, -1);
    fclose(o);
    char *r = al_strndup(buf, len);
    free(buf);
    return r;
}
