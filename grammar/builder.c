/* grammar/builder.c — builders called by the grammar's actions (builder.h).
 * Part of the grammar layer: knows the AST and the parser context only. */
#include "grammar/builder.h"
#include "grammar/mem.h"

#include <string.h>
#include <strings.h>

static al_span join(al_span a, al_span b)
{
    return (al_span){a.file, a.start < b.start ? a.start : b.start, a.end > b.end ? a.end : b.end};
}

static const char *word_text(const al_node *n)
{
    return n && n->kind == AST_NAME ? n->as.name.text : "?";
}

/* ============================================================== files */

al_node *al_build_directive(al_parser *P, al_span sp, al_node *word, al_node *qname)
{
    al_ast_kind k = AST_USING;
    if (al_ast_name_is(word, "namespace")) k = AST_NAMESPACE;
    else if (!al_ast_name_is(word, "using"))
        al_parser_error(P, word->span, "expected an object type, 'namespace' or 'using', found '%s'",
                        word_text(word));
    al_node *n = al_ast_new(k, sp);
    n->as.expr_stmt.expr = qname;
    return n;
}

al_node *al_build_unit(al_parser *P, al_nodes items)
{
    al_node *u = al_ast_new(AST_UNIT, (al_span){P->src->id, 0, P->src->len});
    for (uint32_t i = 0; i < items.count; i++) {
        al_node *it = items.items[i];
        if (it->kind == AST_NAMESPACE) {
            if (u->as.unit.ns)
                al_parser_error(P, it->span, "a file can declare only one namespace");
            else if (u->as.unit.objects.count || u->as.unit.usings.count)
                al_parser_error(P, it->span, "the namespace must come before 'using' lines and objects");
            u->as.unit.ns = it;
        } else if (it->kind == AST_USING) {
            if (u->as.unit.objects.count)
                al_parser_error(P, it->span, "'using' lines must come before the objects");
            u->as.unit.usings = al_nodes_add(u->as.unit.usings, it);
        } else {
            u->as.unit.objects = al_nodes_add(u->as.unit.objects, it);
        }
    }
    return u;
}

/* ============================================================ members */

/* Members are parsed flat.  Here a `var` marker collects the declarations
 * that follow it, and attributes go to the procedure, trigger or variable
 * they stand before. */
static al_nodes normalize_members(al_parser *P, al_nodes in)
{
    al_nodes out = {0};
    al_nodes attrs = {0};
    al_node *vars = NULL;          /* the open var section */
    for (uint32_t i = 0; i < in.count; i++) {
        al_node *m = in.items[i];
        switch (m->kind) {
        case AST_ATTR:
            attrs = al_nodes_add(attrs, m);
            continue;
        case AST_VARS:
            vars = m;
            out = al_nodes_add(out, m);
            break;
        case AST_VAR_DECL:
            if (!vars) {
                al_parser_error(P, m->span, "variable declaration outside a 'var' section");
                vars = al_build_vars(P, m->span, NULL);
                out = al_nodes_add(out, vars);
            }
            m->as.var_decl.attrs = attrs;
            vars->as.vars.decls = al_nodes_add(vars->as.vars.decls, m);
            vars->span = join(vars->span, m->span);
            attrs = (al_nodes){0};
            continue;
        case AST_ROUTINE:
            m->as.routine.attrs = attrs;
            vars = NULL;
            out = al_nodes_add(out, m);
            break;
        default:
            if (attrs.count)
                al_parser_error(P, attrs.items[0]->span,
                                "attribute must stand before a procedure, trigger or variable");
            vars = NULL;
            out = al_nodes_add(out, m);
            break;
        }
        attrs = (al_nodes){0};
    }
    if (attrs.count)
        al_parser_error(P, attrs.items[0]->span,
                        "attribute must stand before a procedure, trigger or variable");
    return out;
}

al_node *al_build_object(al_parser *P, al_span sp, al_node *word, al_node *id, al_node *name,
                         al_nodes clauses, al_nodes members)
{
    al_node *o = al_ast_new(AST_OBJECT, sp);
    int k = al_ast_objkind_from(word->as.name.text, word->as.name.len);
    if (k < 0) {
        al_parser_error(P, word->span, "unknown object type '%s'", word_text(word));
        k = AL_OBJ_CODEUNIT;
    }
    o->op = (uint16_t)k;
    o->as.object.id = -1;
    if (id) {
        if (id->op || id->as.ival.value > 2147483647)
            al_parser_error(P, id->span, "object ID is out of range");
        o->as.object.id = id->as.ival.value;
    }
    o->as.object.name = name;
    for (uint32_t i = 0; i < clauses.count; i++) {
        al_node *c = clauses.items[i];           /* PROPERTY(word, names) */
        al_node *cw = c->as.property.name;
        if (al_ast_name_is(cw, "implements"))
            for (uint32_t j = 0; j < c->as.property.values.count; j++)
                o->as.object.implements = al_nodes_add(o->as.object.implements, c->as.property.values.items[j]);
        else if (o->as.object.extends.count)
            al_parser_error(P, cw->span, "'%s' given twice", word_text(cw));
        else
            o->as.object.extends = c->as.property.values;
    }
    o->as.object.members = normalize_members(P, members);
    return o;
}

al_node *al_build_clause(al_parser *P, al_span sp, al_node *word, al_nodes names)
{
    if (!al_ast_name_is(word, "extends") && !al_ast_name_is(word, "implements")
        && !al_ast_name_is(word, "customizes"))
        al_parser_error(P, word->span, "expected 'extends', 'implements' or 'customizes' or '{', found '%s'",
                        word_text(word));
    else if (names.count > 1 && al_ast_name_is(word, "customizes"))
        al_parser_error(P, names.items[1]->span, "'customizes' takes one page");
    al_node *c = al_ast_new(AST_PROPERTY, sp);
    c->as.property.name = word;
    c->as.property.values = names;
    return c;
}

al_node *al_build_vars(al_parser *P, al_span sp, al_node *access)
{
    al_node *v = al_ast_new(AST_VARS, sp);
    if (access) {
        if (al_ast_name_is(access, "protected")) v->op = 1;
        else al_parser_error(P, access->span, "expected 'protected' before 'var', found '%s'", word_text(access));
    }
    return v;
}

al_node *al_build_property(al_parser *P, al_span sp, al_node *name, al_nodes values)
{
    if (values.count == 1 && values.items[0]->kind == AST_EMPTY)
        al_parser_error(P, values.items[0]->span, "property '%s' has no value", word_text(name));
    al_node *n = al_ast_new(AST_PROPERTY, sp);
    n->as.property.name = name;
    n->as.property.values = values;
    return n;
}

al_node *al_build_section(al_parser *P, al_span sp, al_node *word, al_nodes members)
{
    al_node *n = al_ast_new(AST_SECTION, sp);
    n->as.section.word = word;
    n->as.section.members = normalize_members(P, members);
    return n;
}

/* Elements whose body holds only properties and triggers in every object
 * type.  Another element or section inside one of them means a '}' is
 * missing above it; saying so there beats "unexpected end of file". */
static bool leaf_element(const al_node *word)
{
    static const char *const words[] = {
        "field", "key", "fieldgroup", "value", "action", "actionref", "column", "part",
        "systempart", "separator", "fieldattribute", "textattribute", NULL,
    };
    for (const char *const *w = words; *w; w++)
        if (al_ast_name_is(word, *w)) return true;
    return false;
}

al_node *al_build_element(al_parser *P, al_span sp, al_node *word, al_nodes args, al_nodes *members)
{
    if (members && leaf_element(word))
        for (uint32_t i = 0; i < members->count; i++) {
            al_node *m = members->items[i];
            al_node *inner = m->kind == AST_ELEMENT ? m->as.element.word
                           : m->kind == AST_SECTION ? m->as.section.word : NULL;
            if (inner) {
                al_parser_error(P, m->span, "'%s' cannot contain '%s': is a '}' missing before it?",
                                word->as.name.text, inner->as.name.text);
                break;
            }
        }
    al_node *n = al_ast_new(AST_ELEMENT, sp);
    n->as.element.word = word;
    n->as.element.args = args;
    if (members) {
        n->op = 1;
        n->as.element.members = normalize_members(P, *members);
    }
    return n;
}

al_node *al_build_event(al_parser *P, al_span sp, al_node *word, al_node *name, al_nodes params)
{
    if (!al_ast_name_is(word, "event"))
        al_parser_error(P, word->span, "expected 'event', 'procedure' or a member, found '%s'", word_text(word));
    al_node *n = al_ast_new(AST_EVENT, sp);
    n->as.event.word = word;
    n->as.event.name = name;
    n->as.event.params = params;
    return n;
}

al_node *al_build_attr(al_parser *P, al_span sp, al_node *name, al_nodes *args)
{
    (void)P;
    al_node *n = al_ast_new(AST_ATTR, sp);
    n->as.attr.name = name;
    if (args) {
        n->op = 1;
        n->as.attr.args = *args;
    }
    return n;
}

al_node *al_build_var_decl(al_parser *P, al_span sp, al_nodes names, al_node *type)
{
    (void)P;
    al_node *n = al_ast_new(AST_VAR_DECL, sp);
    n->as.var_decl.names = names;
    n->as.var_decl.type = type;
    return n;
}

/* ========================================================= routines */

al_node *al_build_routine(al_parser *P, al_span sp, int kind, al_node *access, al_node *name,
                          al_nodes params, al_node *ret_name, al_node *ret_type)
{
    al_node *r = al_ast_new(AST_ROUTINE, sp);
    r->op = (uint16_t)kind;
    if (access && !al_ast_name_is(access, "local") && !al_ast_name_is(access, "internal")
        && !al_ast_name_is(access, "protected"))
        al_parser_error(P, access->span, "expected 'local', 'internal' or 'protected', found '%s'",
                        word_text(access));
    if (ret_name && !ret_type)
        al_parser_error(P, ret_name->span, "named return value '%s' needs a type (%s: Type)",
                        word_text(ret_name), word_text(ret_name));
    r->as.routine.access = access;
    r->as.routine.name = name;
    r->as.routine.params = params;
    r->as.routine.ret_name = ret_name;
    r->as.routine.ret_type = ret_type;
    return r;
}

al_node *al_build_routine_body(al_parser *P, al_span sp, al_node *r, al_nodes locals, al_node *body)
{
    (void)P;
    r->span = sp;
    r->as.routine.locals = locals;
    r->as.routine.body = body;
    return r;
}

al_nodes al_build_params(al_parser *P, al_span sp, bool by_ref, al_nodes names, al_node *type)
{
    (void)P;
    al_nodes out = {0};
    for (uint32_t i = 0; i < names.count; i++) {
        al_node *p = al_ast_new(AST_PARAM, names.count == 1 ? sp : join(names.items[i]->span, type->span));
        p->op = by_ref;
        p->as.param.name = names.items[i];
        p->as.param.type = type;
        out = al_nodes_add(out, p);
    }
    return out;
}

al_nodes al_build_locals(al_parser *P, al_nodes decls)
{
    al_nodes out = {0}, attrs = {0};
    for (uint32_t i = 0; i < decls.count; i++) {
        al_node *d = decls.items[i];
        if (d->kind == AST_ATTR) { attrs = al_nodes_add(attrs, d); continue; }
        d->as.var_decl.attrs = attrs;
        attrs = (al_nodes){0};
        out = al_nodes_add(out, d);
    }
    if (attrs.count)
        al_parser_error(P, attrs.items[0]->span, "attribute must stand before a variable");
    return out;
}

/* ============================================================ types */

al_node *al_build_type(al_parser *P, al_span sp, al_node *word, al_nodes *words, al_nodes *size, al_nodes *of)
{
    (void)P;
    al_node *t = al_ast_new(AST_TYPE, sp);
    t->as.type.name = word;
    if (words) t->as.type.words = *words;
    if (size) t->as.type.size = *size;
    if (of) t->as.type.of = *of;
    return t;
}

al_node *al_build_words(al_parser *P, al_span sp, al_nodes words)
{
    (void)P;
    return words.count == 1 ? words.items[0] : al_ast_new_list(AST_JUXT, sp, words);
}

al_node *al_build_option_type(al_parser *P, al_span sp, al_node *word, al_nodes first, al_nodes rest)
{
    al_node *t = al_ast_new(AST_TYPE, sp);
    t->as.type.name = word;
    al_nodes members = al_nodes_one(first.count ? al_build_words(P, word->span, first)
                                                : al_ast_new(AST_EMPTY, word->span));
    for (uint32_t i = 0; i < rest.count; i++) members = al_nodes_add(members, rest.items[i]);
    t->as.type.extra = members;
    return t;
}

al_node *al_build_label_type(al_parser *P, al_span sp, al_node *word, al_node *text, al_nodes trailer)
{
    (void)P;
    al_node *t = al_ast_new(AST_TYPE, sp);
    t->as.type.name = word;
    al_nodes extra = al_nodes_one(text);
    for (uint32_t i = 0; i < trailer.count; i++) extra = al_nodes_add(extra, trailer.items[i]);
    t->as.type.extra = extra;
    return t;
}

/* ======================================================= statements */

/* A bare `break` or `continue` is the statement; BC still lets a procedure
 * named Continue be called that way, which the resolver handles. */
al_node *al_build_expr_stmt(al_parser *P, al_span sp, al_node *e)
{
    (void)P;
    if (e->kind == AST_NAME && !e->op) {
        if (al_ast_name_is(e, "break")) return al_ast_new(AST_BREAK, sp);
        if (al_ast_name_is(e, "continue")) return al_ast_new(AST_CONTINUE, sp);
    }
    al_node *n = al_ast_new(AST_EXPR_STMT, sp);
    n->as.expr_stmt.expr = e;
    return n;
}

al_node *al_build_assign(al_parser *P, al_span sp, int op, al_node *target, al_node *value)
{
    (void)P;
    al_node *n = al_ast_new(AST_ASSIGN, sp);
    n->op = (uint16_t)op;
    n->as.assign.target = target;
    n->as.assign.value = value;
    return n;
}

al_node *al_build_case(al_parser *P, al_span sp, al_node *subject, al_nodes branches, al_nodes *else_)
{
    (void)P;
    al_node *n = al_ast_new(AST_CASE, sp);
    n->as.case_.subject = subject;
    n->as.case_.branches = branches;
    if (else_) {
        n->op = 1;
        n->as.case_.else_ = *else_;
    }
    return n;
}

al_node *al_build_branch(al_parser *P, al_span sp, al_nodes values, al_node *body)
{
    (void)P;
    al_node *n = al_ast_new(AST_CASE_BRANCH, sp);
    n->as.branch.values = values;
    n->as.branch.body = body;
    return n;
}

al_node *al_build_loop(al_parser *P, al_span sp, al_ast_kind kind, al_node *cond, al_node *body)
{
    (void)P;
    al_node *n = al_ast_new(kind, sp);
    n->as.loop.cond = cond;
    n->as.loop.body = body;
    return n;
}

al_node *al_build_repeat(al_parser *P, al_span sp, al_nodes body, al_node *cond)
{
    (void)P;
    al_node *n = al_ast_new(AST_REPEAT, sp);
    n->as.repeat.body = body;
    n->as.repeat.cond = cond;
    return n;
}

al_node *al_build_for(al_parser *P, al_span sp, bool down, al_node *var, al_node *from, al_node *to, al_node *body)
{
    (void)P;
    al_node *n = al_ast_new(AST_FOR, sp);
    n->op = down;
    n->as.for_.var = var;
    n->as.for_.from = from;
    n->as.for_.to = to;
    n->as.for_.body = body;
    return n;
}

al_node *al_build_foreach(al_parser *P, al_span sp, al_node *var, al_node *coll, al_node *body)
{
    (void)P;
    al_node *n = al_ast_new(AST_FOREACH, sp);
    n->as.foreach.var = var;
    n->as.foreach.coll = coll;
    n->as.foreach.body = body;
    return n;
}

al_node *al_build_exit(al_parser *P, al_span sp, al_node *value)
{
    (void)P;
    al_node *n = al_ast_new(AST_EXIT, sp);
    n->as.expr_stmt.expr = value;
    return n;
}

al_node *al_build_asserterror(al_parser *P, al_span sp, al_node *stmt)
{
    (void)P;
    al_node *n = al_ast_new(AST_ASSERTERROR, sp);
    n->as.expr_stmt.expr = stmt;
    return n;
}

/* ====================================================== expressions */

al_node *al_build_depth(al_parser *P, al_node *n)
{
    if (n->depth > AL_PARSE_MAX_DEPTH && P->depth_errors++ == 0)
        al_parser_error(P, n->span, "expression is nested too deeply (more than %d levels)",
                        AL_PARSE_MAX_DEPTH);
    return n;
}

/* Words that may stand before `Name = Permission` in a juxtaposition:
 * Permissions = tabledata Customer = RIMD, AccessByPermission = Page "X" = X. */
static bool permission_word(const al_node *n)
{
    static const char *const words[] = {
        "tabledata", "table", "codeunit", "page", "report", "xmlport", "query", "system", NULL,
    };
    for (const char *const *w = words; *w; w++)
        if (al_ast_name_is(n, *w)) return true;
    return false;
}

/* Reports "unexpected <first token of n>" with a hint, underlining that
 * token only. */
static void unexpected_at(al_parser *P, const al_node *n, const char *hint)
{
    const char *s = P->src->text + n->span.start;
    uint32_t len = 0, max = n->span.end - n->span.start;
    const char *what;
    if (max && s[0] == '"') {
        while (len + 1 < max && s[len + 1] != '"') len++;
        what = al_sprintf("quoted identifier \"%.*s\"", (int)(len > 60 ? 60 : len), s + 1);
        len += 2;
    } else {
        bool word = false;
        while (len < max && (s[len] == '_' || (unsigned char)s[len] >= 0x80
               || (s[len] >= 'a' && s[len] <= 'z') || (s[len] >= 'A' && s[len] <= 'Z')
               || (s[len] >= '0' && s[len] <= '9'))) {
            word = word || !(s[len] >= '0' && s[len] <= '9');
            len++;
        }
        if (len == 0) len = 1;
        what = al_sprintf("%s'%.*s'", word ? "identifier " : "", (int)(len > 60 ? 60 : len), s);
    }
    al_span at = n->span;
    if (len < max) at.end = at.start + len;
    al_parser_error(P, at, "syntax error, unexpected %s (%s)", what, hint);
}

/* Juxtaposition is for the few property forms that write words side by
 * side: `page "X"`, `sorting(..) where(..)`, `"Post Code".Code where(..)`,
 * `tabledata X = RIMD`.  Anything else is almost always a missing ';'
 * (`Caption = 'x'  Editable = false;`), which the grammar alone would
 * accept: report it here. */
al_node *al_build_juxt(al_parser *P, al_span sp, al_node *a, al_node *b)
{
    al_node *head = a->kind == AST_JUXT ? a->as.list.items.items[0] : a;
    bool name_head = head->kind == AST_NAME || head->kind == AST_MEMBER
                     || head->kind == AST_SCOPE || head->kind == AST_CALL;
    bool ok = name_head;
    if (ok && b->kind == AST_BINARY)          /* `X = Perm` only after tabledata & co., once */
        ok = a->kind != AST_JUXT && permission_word(head);
    if (!ok) unexpected_at(P, b, "is a ';' or ',' missing before it?");
    if (a->kind == AST_JUXT) {
        a->as.list.items = al_nodes_add(a->as.list.items, b);
        a->span = sp;
        return a;
    }
    al_nodes items = al_nodes_add(al_nodes_one(a), b);
    return al_ast_new_list(AST_JUXT, sp, items);
}

al_node *al_build_filter_text(al_parser *P, al_span sp, al_span inner)
{
    uint32_t a = inner.start, b = inner.end;
    if (b < a) b = a;
    const char *s = P->src->text;
    while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\n' || s[a] == '\r')) a++;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\n' || s[b - 1] == '\r')) b--;
    return al_ast_new_lit(AST_FILTER, sp, s + a, b - a);
}
