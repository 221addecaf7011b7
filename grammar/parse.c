/* grammar/parse.c — driving the scanner and parser; the preprocessor;
 * syntax error messages.  Top of the grammar layer. */
#include "grammar/parser.h"   /* before lexer.h: it uses YYSTYPE/YYLTYPE */
#include "grammar/lexer.h"
#include "grammar/mem.h"
#include "grammar/parser_ctx.h"
#include "grammar/builder.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ============================================================ symbols */

bool al_symbols_has(const al_symbols *s, const char *name, uint32_t len)
{
    for (uint32_t i = 0; i < s->count; i++)
        if (strlen(s->names[i]) == len && memcmp(s->names[i], name, len) == 0) return true;
    return false;
}

bool al_symbols_add(al_symbols *s, const char *name)
{
    if (al_symbols_has(s, name, (uint32_t)strlen(name))) return true;
    if (s->count == AL_PARSE_MAX_SYMBOLS) return false;
    s->names[s->count++] = al_strdup(name);
    return true;
}

static void symbols_remove(al_symbols *s, const char *name, uint32_t len)
{
    for (uint32_t i = 0; i < s->count; i++)
        if (strlen(s->names[i]) == len && memcmp(s->names[i], name, len) == 0) {
            s->names[i] = s->names[--s->count];
            return;
        }
}

/* ============================================================= errors */

void al_parser_error(al_parser *P, al_span span, const char *fmt, ...)
{
    if (P->stopped) return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    al_diag_add(P->diags, AL_SEV_ERROR, span, "%s", msg);
    if (P->diags->errors - P->errors_at_start >= AL_PARSE_MAX_ERRORS) {
        al_diag_add(P->diags, AL_SEV_NOTE, span, "too many errors in this file; stopping here");
        P->stopped = true;
    }
}

void al_parser_syntax_error(al_parser *P, al_span span, const char *got,
                            const char *const *expected, int n, const char *hint)
{
    char buf[1024];
    size_t len = 0;
    len += (size_t)snprintf(buf + len, sizeof buf - len, "syntax error, unexpected %s",
                            got ? got : "end of file");
    /* Show the offending identifier's spelling: "unexpected identifier 'Foo'". */
    if (got && (strcmp(got, "identifier") == 0 || strcmp(got, "quoted identifier") == 0)
        && span.end > span.start && span.end - span.start < 64)
        len += (size_t)snprintf(buf + len, sizeof buf - len, " '%.*s'",
                                (int)(span.end - span.start), P->src->text + span.start);
    for (int i = 0; i < n && len < sizeof buf; i++)
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i == 0 ? ", expecting " : " or ",
                                expected[i]);
    if (hint && len < sizeof buf) snprintf(buf + len, sizeof buf - len, " (%s)", hint);
    al_parser_error(P, span, "%s", buf);
}

/* ======================================================= preprocessor */

/* A tiny recursive-descent evaluator for #if conditions:
 *   cond := or ; or := and { 'or' and } ; and := unary { 'and' unary }
 *   unary := 'not' unary | '(' or ')' | SYMBOL */
typedef struct ppexpr {
    const char *s, *end;
    const al_symbols *syms;
    bool bad;
} ppexpr;

static void pp_ws(ppexpr *e)
{
    while (e->s < e->end && (*e->s == ' ' || *e->s == '\t' || *e->s == '\r')) e->s++;
}

static bool pp_ident_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/* Reads a word; returns its length (0 if none). */
static uint32_t pp_word(ppexpr *e, const char **w)
{
    pp_ws(e);
    *w = e->s;
    while (e->s < e->end && pp_ident_char(*e->s)) e->s++;
    return (uint32_t)(e->s - *w);
}

static bool pp_is(const char *w, uint32_t n, const char *kw)
{
    return strlen(kw) == n && strncasecmp(w, kw, n) == 0;
}

static bool pp_or(ppexpr *e, int depth);

static bool pp_unary(ppexpr *e, int depth)
{
    if (depth > 50) { e->bad = true; return false; }
    pp_ws(e);
    if (e->s < e->end && *e->s == '(') {
        e->s++;
        bool v = pp_or(e, depth + 1);
        pp_ws(e);
        if (e->s < e->end && *e->s == ')') e->s++; else e->bad = true;
        return v;
    }
    const char *w;
    uint32_t n = pp_word(e, &w);
    if (n == 0) { e->bad = true; return false; }
    if (pp_is(w, n, "not")) return !pp_unary(e, depth + 1);
    if (pp_is(w, n, "and") || pp_is(w, n, "or")) { e->bad = true; return false; }
    return al_symbols_has(e->syms, w, n);
}

static bool pp_and(ppexpr *e, int depth)
{
    bool v = pp_unary(e, depth);
    for (;;) {
        const char *save = e->s, *w;
        uint32_t n = pp_word(e, &w);
        if (!pp_is(w, n, "and")) { e->s = save; return v; }
        bool r = pp_unary(e, depth);
        v = v && r;
    }
}

static bool pp_or(ppexpr *e, int depth)
{
    bool v = pp_and(e, depth);
    for (;;) {
        const char *save = e->s, *w;
        uint32_t n = pp_word(e, &w);
        if (!pp_is(w, n, "or")) { e->s = save; return v; }
        bool r = pp_and(e, depth);
        v = v || r;
    }
}

static bool pp_eval(al_parser *P, const char *s, const char *end, al_span span)
{
    ppexpr e = {s, end, &P->syms, false};
    bool v = pp_or(&e, 0);
    pp_ws(&e);
    if (e.s < e.end && !(e.end - e.s >= 2 && e.s[0] == '/' && e.s[1] == '/')) e.bad = true;
    if (e.bad) {
        al_parser_error(P, span, "malformed preprocessor condition");
        return false;
    }
    return v;
}

static bool pp_active(const al_parser *P)
{
    return P->pp_depth == 0 || P->pp[P->pp_depth - 1].cur;
}

bool al_parser_directive(al_parser *P, const char *text, uint32_t len, al_span span)
{
    const char *s = text, *end = text + len;
    while (s < end && (*s == ' ' || *s == '\t')) s++;
    s++;                                            /* '#' */
    const char *w = s;
    while (s < end && pp_ident_char(*s)) s++;
    uint32_t wn = (uint32_t)(s - w);
    /* Point diagnostics at the directive, not at the indentation. */
    al_span dspan = span;
    dspan.start = span.start + (uint32_t)(w - 1 - text);

    if (pp_is(w, wn, "if")) {
        if (P->pp_depth == AL_PP_MAX_NEST) {
            al_parser_error(P, dspan, "#if nested too deeply (more than %d levels)", AL_PP_MAX_NEST);
            return pp_active(P);
        }
        bool outer = pp_active(P);
        bool cond = outer && pp_eval(P, s, end, dspan);
        P->pp[P->pp_depth++] = (al_pp_frame){.outer_active = outer, .taken = cond, .cur = cond, .span = dspan};
        return pp_active(P);
    }
    if (pp_is(w, wn, "elif") || pp_is(w, wn, "else") || pp_is(w, wn, "endif")) {
        if (P->pp_depth == 0) {
            al_parser_error(P, dspan, "#%.*s without #if", (int)wn, w);
            return true;
        }
        al_pp_frame *f = &P->pp[P->pp_depth - 1];
        if (pp_is(w, wn, "endif")) {
            P->pp_depth--;
            return pp_active(P);
        }
        if (f->seen_else) {
            al_parser_error(P, dspan, "#%.*s after #else", (int)wn, w);
            f->cur = false;
            return false;
        }
        if (pp_is(w, wn, "else")) {
            f->seen_else = true;
            f->cur = f->outer_active && !f->taken;
        } else {
            /* A condition after a taken branch is not evaluated (as in C#). */
            f->cur = !f->taken && f->outer_active && pp_eval(P, s, end, dspan);
        }
        f->taken = f->taken || f->cur;
        return f->cur;
    }
    if (!pp_active(P)) return false;               /* other directives in skipped text */
    if (pp_is(w, wn, "define") || pp_is(w, wn, "undef")) {
        const char *sym;
        ppexpr e = {s, end, &P->syms, false};
        uint32_t n = pp_word(&e, &sym);
        if (n == 0) al_parser_error(P, dspan, "#%.*s needs a symbol", (int)wn, w);
        else if (pp_is(w, wn, "undef")) symbols_remove(&P->syms, sym, n);
        else if (!al_symbols_add(&P->syms, al_strndup(sym, n)))
            al_parser_error(P, dspan, "too many preprocessor symbols");
        return true;
    }
    if (pp_is(w, wn, "region") || pp_is(w, wn, "endregion") || pp_is(w, wn, "pragma"))
        return true;
    al_parser_error(P, dspan, "unknown preprocessor directive '#%.*s'", (int)wn, w);
    return true;
}

void al_parser_pp_finish(al_parser *P)
{
    while (P->pp_depth > 0) {
        al_parser_error(P, P->pp[P->pp_depth - 1].span, "#if without #endif");
        P->pp_depth--;
    }
}

/* ============================================================ driving */

int yylex(YYSTYPE *lval, YYLTYPE *lloc, yyscan_t scanner)
{
    al_parser *P = yyget_extra(scanner);
    int t = al_lex_raw(lval, lloc, scanner);
    P->prev_token = P->cur_token;
    P->cur_token = t;
    return t;
}

/* Scans the source text where it lies (al_source keeps two NULs after it)
 * instead of letting flex copy it. */
static YY_BUFFER_STATE scan_in_place(al_source *src, uint32_t skip, yyscan_t scanner)
{
    return yy_scan_buffer((char *)src->text + skip, src->len - skip + 2, scanner);
}

/* A UTF-8 byte order mark is skipped before scanning. */
static bool has_bom(const al_source *src)
{
    return src->len >= 3 && memcmp(src->text, "\xEF\xBB\xBF", 3) == 0;
}

typedef enum { START_UNIT, START_EXPR, START_STMT } start_kind;

static al_node *run(al_source *src, const al_symbols *syms, al_diags *diags, start_kind start)
{
    al_parser P;
    memset(&P, 0, sizeof P);
    P.src = src;
    P.diags = diags;
    P.errors_at_start = diags->errors;
    if (syms) P.syms = *syms;

    uint32_t skip = has_bom(src) ? 3 : 0;
    P.off = skip;

    yyscan_t scanner;
    yylex_init_extra(&P, &scanner);
    YY_BUFFER_STATE buf = scan_in_place(src, skip, scanner);
    switch (start) {
    case START_UNIT: yyparse_unit(scanner, &P); break;
    case START_EXPR: yyparse_expr_only(scanner, &P); break;
    case START_STMT: yyparse_stmt_only(scanner, &P); break;
    }
    yy_delete_buffer(buf, scanner);
    yylex_destroy(scanner);

    if (start == START_UNIT && !P.result) {
        /* The parser gave up before reducing the file (too deep, too many
         * errors, garbage at the end): keep the objects it completed. */
        P.result = al_build_unit(&P, P.partial);
    }
    if (start != START_UNIT && diags->errors > P.errors_at_start) return NULL;
    return P.result;
}

al_node *al_parse_unit(al_source *src, const al_symbols *syms, al_diags *diags)
{
    return run(src, syms, diags, START_UNIT);
}

al_node *al_parse_expr(al_source *src, al_diags *diags)
{
    return run(src, NULL, diags, START_EXPR);
}

al_node *al_parse_stmt(al_source *src, al_diags *diags)
{
    return run(src, NULL, diags, START_STMT);
}

uint64_t al_parse_lex_only(al_source *src, const al_symbols *syms, al_diags *diags)
{
    al_parser P;
    memset(&P, 0, sizeof P);
    P.src = src;
    P.diags = diags;
    P.errors_at_start = diags->errors;
    if (syms) P.syms = *syms;
    yyscan_t scanner;
    yylex_init_extra(&P, &scanner);
    uint32_t skip = has_bom(src) ? 3 : 0;
    P.off = skip;
    YY_BUFFER_STATE buf = scan_in_place(src, skip, scanner);
    uint64_t n = 0;
    YYSTYPE v;
    YYLTYPE l;
    while (al_lex_raw(&v, &l, scanner) != T_YYEOF) n++;
    yy_delete_buffer(buf, scanner);
    yylex_destroy(scanner);
    return n;
}
