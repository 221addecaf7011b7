/* runtime/filter.c — see filter.h and docs/filters.md.
 *
 * A recursive-descent parser over the filter text builds a small tree
 * (OR of ANDs of conditions); matching, GetFilter's text and the SQL form
 * all walk that tree, so they cannot disagree about what a filter means.
 * Runtime layer: uses interp/ (values, Format, Evaluate, al_throw) only.
 */
#include "runtime/filter.h"
#include "grammar/mem.h"
#include "interp/convert.h"
#include "interp/guid.h"
#include "interp/numfmt.h"

#include <sqlite3.h>
#include <stdarg.h>
#include <string.h>

/* ================================================================ the tree */

enum { N_CMP, N_RANGE, N_LIKE, N_AND, N_OR };
enum { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE };

static const char *const op_text[] = {"=", "<>", "<", "<=", ">", ">="};

typedef struct fnode {
    uint8_t kind;
    uint8_t op;                 /* N_CMP, N_LIKE (EQ or NE) */
    bool at;                    /* '@' was written */
    bool explicit_eq;           /* '=' was written */
    bool paren;                 /* written in parentheses */
    bool has_a, has_b;          /* N_RANGE: which bounds exist */
    al_value a, b;              /* N_CMP: a; N_RANGE: the bounds */
    const al_text *pat;         /* N_LIKE: escaped pattern (al_filter_like) */
    const al_text *ra, *rb;     /* GetFilter's text of a / b / the pattern */
    struct fnode **kids;        /* N_AND, N_OR */
    uint32_t nkids;
} fnode;

struct al_filter {
    const al_type *type;
    fnode *root;
    const al_text *text;
};

/* ================================================================ small buffers */

typedef struct sb {
    char *buf;
    size_t len, cap;
} sb;

static void sb_put(sb *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 32;
        while (b->len + n + 1 > cap) cap *= 2;
        b->buf = b->buf ? al_realloc(b->buf, b->cap, cap) : al_alloc_atomic(cap);
        b->cap = cap;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = '\0';
}

static void sb_puts(sb *b, const char *s) { sb_put(b, s, strlen(s)); }
static void sb_putc(sb *b, char c) { sb_put(b, &c, 1); }
static const char *sb_str(sb *b) { return b->buf ? b->buf : ""; }

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* Characters that end an unquoted value ('\0' is an ordinary character:
 * texts may hold it). */
static bool is_op_char(char c) { return c && strchr("|&()<>=", c); }

/* %1..%10 as StrSubstNo reads them (interp/text.c): "%10" is argument 10. */
static int arg_no(const char *p, const char *end, int *ndigits)
{
    if (p >= end || *p < '1' || *p > '9') return 0;
    if (*p == '1' && p + 1 < end && p[1] == '0') { *ndigits = 2; return 10; }
    *ndigits = 1;
    return *p - '0';
}

/* ================================================================ comparing */

int al_filter_text_cmp(const char *a, size_t alen, const char *b, size_t blen)
{
    const char *ae = a + alen, *be = b + blen;
    while (a < ae && b < be) {
        uint32_t x, y;
        a += al_text_decode(a, ae, &x);
        b += al_text_decode(b, be, &y);
        x = al_text_cp_lower(x);
        y = al_text_cp_lower(y);
        if (x != y) return x < y ? -1 : 1;
    }
    return (a < ae) - (b < be);
}

/* A DateFormula holds its canonical text and is stored as one (db.c), so
 * it compares and renders as a text. */
static bool is_text_tag(uint8_t t)
{
    return t == AL_TY_TEXT || t == AL_TY_CODE || t == AL_TY_LABEL || t == AL_TY_DATEFORMULA;
}
static bool is_big_tag(uint8_t t) { return t == AL_TY_BIGINT || t == AL_TY_DATETIME || t == AL_TY_DURATION; }

static int64_t as_i64(al_value v)
{
    if (is_big_tag(v.tag)) return v.u.big;
    if (v.tag == AL_TY_BOOLEAN) return v.u.b;
    return v.u.i;
}

/* [a] against [b] in the store's order for the field's type (filter.h). */
static int vcmp(al_value a, al_value b)
{
    if (is_text_tag(a.tag) && is_text_tag(b.tag))
        return al_filter_text_cmp(a.u.text->s, a.u.text->len, b.u.text->s, b.u.text->len);
    if (a.tag == AL_TY_DECIMAL || b.tag == AL_TY_DECIMAL) return al_convert_dec_cmp(a, b);
    if (a.tag == AL_TY_GUID && b.tag == AL_TY_GUID) return al_guid_cmp_sql(a.u.guid, b.u.guid);
    int64_t x = as_i64(a), y = as_i64(b);
    return (x > y) - (x < y);
}

static bool cp_eq(uint32_t a, uint32_t b, bool ci)
{
    if (a == b) return true;
    return ci && (al_text_cp_lower(a) == al_text_cp_lower(b) || al_text_cp_upper(a) == al_text_cp_upper(b));
}

/* The classic single-backtrack wildcard match: on a mismatch after a '*',
 * the star swallows one more character.  Linear space, no allocation (it
 * runs once per row inside SQLite), worst case O(value × pattern). */
bool al_filter_like(const char *value, size_t vlen, const char *pattern, size_t plen, bool ci)
{
    const char *v = value, *ve = value + vlen, *p = pattern, *pe = pattern + plen;
    const char *star_p = NULL, *star_v = NULL;
    while (v < ve) {
        if (p < pe) {
            if (*p == '*') {
                star_p = ++p;
                star_v = v;
                continue;
            }
            uint32_t vc;
            uint32_t vn = al_text_decode(v, ve, &vc);
            if (*p == '?') {
                p++;
                v += vn;
                continue;
            }
            const char *q = p;
            if (*q == '\\' && q + 1 < pe) q++;       /* an escaped literal */
            uint32_t pc;
            uint32_t pn = al_text_decode(q, pe, &pc);
            if (cp_eq(vc, pc, ci)) {
                p = q + pn;
                v += vn;
                continue;
            }
        }
        if (!star_p) return false;
        uint32_t skip;
        star_v += al_text_decode(star_v, ve, &skip);
        v = star_v;
        p = star_p;
    }
    while (p < pe && *p == '*') p++;
    return p == pe;
}

/* ================================================================ the parser */

typedef struct parser {
    al_exec *X;
    const al_filter_field *f;
    const al_type *t;
    bool text;                  /* a Text or Code field */
    const char *s, *p, *end;
    const al_value *args;
    int nargs;
    int depth;
} parser;

/* A value token: the pieces between two operators. */
enum { S_LIT, S_STAR, S_QMARK, S_ARG };

typedef struct seg {
    uint8_t kind;
    int arg;                    /* S_ARG: 1-based */
    const char *s;              /* S_LIT */
    size_t n;
} seg;

typedef struct token {
    const char *a, *b;          /* the trimmed extent in the filter text */
    seg *segs;
    uint32_t n, cap;
    int whole_arg;              /* the token is exactly "%n": n */
    bool wild;                  /* an unquoted '*' or '?' */
} token;

static const char *nz(const char *s) { return s ? s : ""; }

static const al_text *format_arg(al_exec *X, al_value v)
{
    return al_format(X, v, NULL, 0, 0, NULL);
}

/* The filter as the user sees it in an error: placeholders replaced. */
static const char *shown(const parser *P)
{
    sb b = {0};
    for (const char *q = P->s; q < P->end;) {
        int nd = 0, a = *q == '%' ? arg_no(q + 1, P->end, &nd) : 0;
        if (a && a <= P->nargs) {
            const al_text *t = format_arg(P->X, P->args[a - 1]);
            sb_put(&b, t->s, t->len);
            q += 1 + nd;
        } else {
            sb_putc(&b, *q++);
        }
    }
    return sb_str(&b);
}

/* Throws BC's frame for an invalid filter with [fmt] as the detail. */
__attribute__((noreturn, format(printf, 2, 3)))
static void fail(parser *P, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *detail = al_vsprintf(fmt, ap);
    va_end(ap);
    al_throw(P->X, NULL, "The filter \"%s\" is not valid for the %s field on the %s table. %s",
             shown(P), nz(P->f->field_name), nz(P->f->table_name), detail);
}

static void skip_ws(parser *P)
{
    while (P->p < P->end && is_ws(*P->p)) P->p++;
}

static int peekc(parser *P)
{
    skip_ws(P);
    return P->p < P->end ? (unsigned char)*P->p : -1;
}

static bool peek_dots(parser *P)
{
    skip_ws(P);
    return P->p + 1 < P->end && P->p[0] == '.' && P->p[1] == '.';
}

/* The operator at the cursor, for error texts. */
static const char *tok_name(parser *P)
{
    const char *q = P->p;
    if (q + 1 < P->end) {
        static const char *const two[] = {"..", "<>", "<=", ">="};
        for (int i = 0; i < 4; i++)
            if (q[0] == two[i][0] && q[1] == two[i][1]) return two[i];
    }
    uint32_t cp;
    uint32_t n = al_text_decode(q, P->end, &cp);
    return al_strndup(q, n);
}

__attribute__((noreturn))
static void missing_value(parser *P)
{
    skip_ws(P);
    if (P->p >= P->end) fail(P, "A value is expected at the end.");
    fail(P, "A value is expected before \"%s\".", tok_name(P));
}

static void add_seg(token *tk, seg s)
{
    if (tk->n == tk->cap) {
        uint32_t cap = tk->cap ? tk->cap * 2 : 4;
        tk->segs = tk->segs ? al_realloc(tk->segs, tk->cap * sizeof *tk->segs, cap * sizeof *tk->segs)
                            : al_alloc(cap * sizeof *tk->segs);
        tk->cap = cap;
    }
    tk->segs[tk->n++] = s;
}

/* Reads a value: everything up to the next operator outside quotes,
 * trimmed, split into literal text, wildcards and placeholders. */
static void read_value(parser *P, token *tk)
{
    memset(tk, 0, sizeof *tk);
    skip_ws(P);
    const char *a = P->p;
    while (P->p < P->end) {
        char c = *P->p;
        if (c == '\'') {
            for (P->p++;; P->p++) {
                if (P->p >= P->end) fail(P, "A quote (') is not closed.");
                if (*P->p != '\'') continue;
                if (P->p + 1 < P->end && P->p[1] == '\'') { P->p++; continue; }
                break;
            }
            P->p++;
            continue;
        }
        if (is_op_char(c)) break;
        if (c == '.' && P->p + 1 < P->end && P->p[1] == '.') break;
        P->p++;
    }
    const char *b = P->p;
    while (b > a && is_ws(b[-1])) b--;
    tk->a = a;
    tk->b = b;
    for (const char *q = a; q < b;) {
        int nd = 0, arg;
        if (*q == '\'') {
            /* Quoted: every character literal, '' for one quote. */
            sb lit = {0};
            for (q++; !(*q == '\'' && !(q + 1 < b && q[1] == '\'')); q++) {
                if (*q == '\'') q++;
                sb_putc(&lit, *q);
            }
            q++;
            add_seg(tk, (seg){.kind = S_LIT, .s = sb_str(&lit), .n = lit.len});
        } else if (*q == '*' || *q == '?') {
            add_seg(tk, (seg){.kind = *q == '*' ? S_STAR : S_QMARK});
            tk->wild = true;
            q++;
        } else if (*q == '%' && (arg = arg_no(q + 1, b, &nd))) {
            if (arg > P->nargs) fail(P, "There is no value for %%%d.", arg);
            add_seg(tk, (seg){.kind = S_ARG, .arg = arg});
            q += 1 + nd;
        } else {
            const char *r = q++;
            while (q < b && *q != '\'' && *q != '*' && *q != '?' && !(*q == '%' && arg_no(q + 1, b, &nd))) q++;
            add_seg(tk, (seg){.kind = S_LIT, .s = r, .n = (size_t)(q - r)});
        }
    }
    if (tk->n == 1 && tk->segs[0].kind == S_ARG && *a == '%') tk->whole_arg = tk->segs[0].arg;
}

static bool token_empty(const token *tk) { return tk->a == tk->b; }

/* The literal text of a piece: a placeholder as Format shows its value;
 * upper-cased in a Code field, where values are stored upper-case. */
static const al_text *seg_text(parser *P, const seg *s)
{
    const al_text *t;
    switch (s->kind) {
    case S_LIT: t = al_text_new(s->s, s->n); break;
    case S_ARG: t = format_arg(P->X, P->args[s->arg - 1]); break;
    case S_STAR: t = al_text_cstr("*"); break;
    default: t = al_text_cstr("?"); break;
    }
    return P->t->kind == AL_TY_CODE ? al_text_upper(t) : t;
}

/* The token as one text, wildcards as plain characters. */
static const al_text *token_raw(parser *P, const token *tk)
{
    if (tk->n == 1) return seg_text(P, &tk->segs[0]);
    sb b = {0};
    for (uint32_t i = 0; i < tk->n; i++) {
        const al_text *t = seg_text(P, &tk->segs[i]);
        sb_put(&b, t->s, t->len);
    }
    return al_text_new(sb_str(&b), b.len);
}

/* ---------------------------------------------------------------- GetFilter's text */

/* Would [s] read back differently without quotes?  [first]/[last]: it
 * starts/ends the value; [range]: it is a bound next to "..". */
static bool needs_quotes(const char *s, size_t n, bool first, bool last, bool range)
{
    if (n == 0) return first && last;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (is_op_char(c) || c == '\'' || c == '*' || c == '?') return true;
        if (c == '.' && i + 1 < n && s[i + 1] == '.') return true;
        int nd;
        if (c == '%' && arg_no(s + i + 1, s + n, &nd)) return true;
    }
    if (first && (is_ws(s[0]) || s[0] == '@')) return true;
    if (last && is_ws(s[n - 1])) return true;
    if (range && (s[0] == '.' || s[n - 1] == '.')) return true;
    return false;
}

static void put_literal(sb *b, const char *s, size_t n, bool first, bool last, bool range)
{
    if (!needs_quotes(s, n, first, last, range)) {
        sb_put(b, s, n);
        return;
    }
    sb_putc(b, '\'');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\'') sb_putc(b, '\'');
        sb_putc(b, s[i]);
    }
    sb_putc(b, '\'');
}

static const al_text *sb_text(sb *b) { return al_text_new(sb_str(b), b->len); }

static const al_text *render_literal(const al_text *t, bool range)
{
    sb b = {0};
    put_literal(&b, t->s, t->len, true, true, range);
    return sb_text(&b);
}

static const al_text *render_value(al_exec *X, const al_type *type, al_value v, bool range)
{
    if (is_text_tag(v.tag)) return render_literal(v.u.text, range);
    return render_literal(al_format(X, v, type, 0, 0, NULL), range);
}

/* A wildcard pattern: literal runs quoted where needed, '*' and '?' bare. */
static const al_text *render_pattern(parser *P, const token *tk)
{
    sb out = {0}, run = {0};
    bool first = true;
    for (uint32_t i = 0; i <= tk->n; i++) {
        const seg *s = i < tk->n ? &tk->segs[i] : NULL;
        if (s && (s->kind == S_LIT || s->kind == S_ARG)) {
            const al_text *t = seg_text(P, s);
            sb_put(&run, t->s, t->len);
            continue;
        }
        if (run.len) {
            put_literal(&out, run.buf, run.len, first, !s, false);
            run.len = 0;
        }
        if (s) sb_putc(&out, s->kind == S_STAR ? '*' : '?');
        first = false;
    }
    return sb_text(&out);
}

/* ---------------------------------------------------------------- values */

/* The pattern for al_filter_like: literal '*', '?' and '\' escaped. */
static const al_text *token_pattern(parser *P, const token *tk)
{
    sb b = {0};
    for (uint32_t i = 0; i < tk->n; i++) {
        const seg *s = &tk->segs[i];
        if (s->kind == S_STAR || s->kind == S_QMARK) {
            sb_putc(&b, s->kind == S_STAR ? '*' : '?');
            continue;
        }
        const al_text *t = seg_text(P, s);
        for (uint32_t k = 0; k < t->len; k++) {
            if (t->s[k] == '*' || t->s[k] == '?' || t->s[k] == '\\') sb_putc(&b, '\\');
            sb_putc(&b, t->s[k]);
        }
    }
    return al_text_new(sb_str(&b), b.len);
}

/* A Text or Code field's value; Code as Code stores it (upper-case,
 * trimmed).  No length check: a longer value simply matches nothing. */
static al_value text_value(const al_type *t, const al_text *raw)
{
    if (t->kind == AL_TY_CODE) {
        al_fail f = {0};
        const al_text *c = al_text_code(raw, 0, &f);
        if (c) raw = c;             /* fails only past AL_TEXT_MAX_BYTES */
    }
    return al_textv(t->kind, raw);
}

/* Enum by name, caption (ignoring case) or ordinal of a declared value. */
static bool enum_value(const al_type *t, const al_text *raw, al_value *out)
{
    const al_text *u = al_text_upper(al_text_trim(raw, NULL));
    const al_object *o = t->obj;
    for (uint32_t i = 0; o && i < o->nvalues; i++) {
        const al_enum_value *e = &o->values[i];
        if ((e->name && al_text_eq(u, al_text_upper(al_text_cstr(e->name))))
            || (e->caption && al_text_eq(u, al_text_upper(al_text_cstr(e->caption))))) {
            *out = al_ordinal(AL_TY_ENUM, e->ordinal);
            return true;
        }
    }
    int64_t x;
    al_fail ignore = {0};
    if (u->len && al_numfmt_eval_int(u->s, 0, false, &x, &ignore))
        for (uint32_t i = 0; o && i < o->nvalues; i++)
            if (o->values[i].ordinal == x) {
                *out = al_ordinal(AL_TY_ENUM, (int32_t)x);
                return true;
            }
    return false;
}

/* Can an argument of this kind stand for a value of [t] as it is? */
static bool arg_fits(const al_type *t, al_value v)
{
    switch (t->kind) {
    case AL_TY_BIGINT: return v.tag == AL_TY_BIGINT || v.tag == AL_TY_INTEGER;
    case AL_TY_DECIMAL: return v.tag == AL_TY_DECIMAL || v.tag == AL_TY_BIGINT || v.tag == AL_TY_INTEGER;
    case AL_TY_OPTION: return v.tag == AL_TY_OPTION || v.tag == AL_TY_INTEGER;
    default: return v.tag == t->kind;
    }
}

/* A value of a field that is not Text or Code. */
static al_value typed_value(parser *P, const token *tk)
{
    const al_type *t = P->t;
    if (tk->whole_arg && arg_fits(t, P->args[tk->whole_arg - 1]))
        return al_convert(P->X, P->args[tk->whole_arg - 1], t);
    const al_text *raw = token_raw(P, tk);
    if (raw->len == 0) return al_exec_default(P->X, t);      /* '' : the empty value */
    al_value v;
    if (t->kind == AL_TY_ENUM) {
        if (!enum_value(t, raw, &v)) fail(P, "The value \"%s\" can't be evaluated into type Enum.", raw->s);
        return v;
    }
    al_fail f = {0};
    if (!al_evaluate(P->X, &v, t, raw, 0, &f)) fail(P, "%s", f.msg);
    return v;
}

static al_value token_value(parser *P, const token *tk)
{
    if (P->text) return text_value(P->t, token_raw(P, tk));
    return typed_value(P, tk);
}

static const al_text *token_render(parser *P, al_value v, bool range)
{
    return render_value(P->X, P->t, v, range);
}

/* ---------------------------------------------------------------- grammar
 *
 *   or    := and ('|' and)*
 *   and   := unary ('&' unary)*
 *   unary := '(' or ')' | cond
 *   cond  := ['@'] op ['@'] value | ['@'] [value] '..' [value] | ['@'] value
 *   op    := '=' | '<>' | '<' | '<=' | '>' | '>='
 */

static fnode *p_or(parser *P);

static fnode *new_node(uint8_t kind)
{
    fnode *n = al_alloc(sizeof *n);
    n->kind = kind;
    return n;
}

static int read_op(parser *P)
{
    skip_ws(P);
    const char *q = P->p;
    if (q >= P->end) return -1;
    bool two = q + 1 < P->end;
    int op = -1, len = 1;
    if (*q == '<') {
        if (two && q[1] == '>') op = OP_NE, len = 2;
        else if (two && q[1] == '=') op = OP_LE, len = 2;
        else op = OP_LT;
    } else if (*q == '>') {
        if (two && q[1] == '=') op = OP_GE, len = 2;
        else op = OP_GT;
    } else if (*q == '=') {
        op = OP_EQ;
    }
    if (op >= 0) P->p += len;
    return op;
}

static bool read_at(parser *P)
{
    if (peekc(P) != '@') return false;
    P->p++;
    return true;
}

static fnode *p_cond(parser *P)
{
    bool at = read_at(P);
    int op = read_op(P);
    bool explicit_eq = op == OP_EQ;
    if (op >= 0 && read_at(P)) at = true;
    token a;
    read_value(P, &a);
    fnode *n;
    if (op < 0 && peek_dots(P)) {
        P->p += 2;
        token b;
        read_value(P, &b);
        if (token_empty(&a) && token_empty(&b)) missing_value(P);
        n = new_node(N_RANGE);
        /* In a range '*' and '?' are plain characters (docs/filters.md). */
        if (!token_empty(&a)) n->has_a = true, n->a = token_value(P, &a), n->ra = token_render(P, n->a, true);
        if (!token_empty(&b)) n->has_b = true, n->b = token_value(P, &b), n->rb = token_render(P, n->b, true);
        n->at = at;
        return n;
    }
    if (token_empty(&a)) missing_value(P);
    if (op < 0) op = OP_EQ;
    if (P->text && a.wild && (op == OP_EQ || op == OP_NE)) {
        n = new_node(N_LIKE);
        n->pat = token_pattern(P, &a);
        n->ra = render_pattern(P, &a);
    } else {
        n = new_node(N_CMP);
        n->a = token_value(P, &a);
        n->ra = token_render(P, n->a, false);
    }
    n->op = (uint8_t)op;
    n->at = at;
    n->explicit_eq = explicit_eq;
    return n;
}

static fnode *p_unary(parser *P)
{
    if (peekc(P) != '(') return p_cond(P);
    if (++P->depth > 200) fail(P, "The parentheses are nested too deeply.");
    P->p++;
    fnode *n = p_or(P);
    int c = peekc(P);
    if (c < 0) fail(P, "A \")\" is missing.");
    if (c != ')') fail(P, "\"%s\" is not expected here.", tok_name(P));
    P->p++;
    P->depth--;
    n->paren = true;
    return n;
}

static fnode *p_list(parser *P, uint8_t kind, char sep, fnode *(*sub)(parser *))
{
    fnode *first = sub(P);
    if (peekc(P) != sep) return first;
    fnode *n = new_node(kind);
    uint32_t cap = 4;
    n->kids = al_alloc(cap * sizeof *n->kids);
    n->kids[n->nkids++] = first;
    while (peekc(P) == sep) {
        P->p++;
        if (n->nkids == cap) {
            n->kids = al_realloc(n->kids, cap * sizeof *n->kids, 2 * cap * sizeof *n->kids);
            cap *= 2;
        }
        n->kids[n->nkids++] = sub(P);
    }
    return n;
}

static fnode *p_and(parser *P) { return p_list(P, N_AND, '&', p_unary); }
static fnode *p_or(parser *P) { return p_list(P, N_OR, '|', p_and); }

/* ---------------------------------------------------------------- GetFilter's text */

static void render(sb *b, const fnode *n)
{
    if (n->paren) sb_putc(b, '(');
    switch (n->kind) {
    case N_AND: case N_OR:
        for (uint32_t i = 0; i < n->nkids; i++) {
            if (i) sb_putc(b, n->kind == N_AND ? '&' : '|');
            render(b, n->kids[i]);
        }
        break;
    case N_CMP: case N_LIKE:
        if (n->op != OP_EQ || n->explicit_eq) sb_puts(b, op_text[n->op]);
        if (n->at) sb_putc(b, '@');
        sb_put(b, n->ra->s, n->ra->len);
        break;
    case N_RANGE:
        if (n->at) sb_putc(b, '@');
        if (n->has_a) sb_put(b, n->ra->s, n->ra->len);
        sb_puts(b, "..");
        if (n->has_b) sb_put(b, n->rb->s, n->rb->len);
        break;
    }
    if (n->paren) sb_putc(b, ')');
}

static al_filter *finish(const al_type *t, fnode *root)
{
    al_filter *flt = al_alloc(sizeof *flt);
    flt->type = t;
    flt->root = root;
    sb b = {0};
    render(&b, root);
    flt->text = al_text_new(sb_str(&b), b.len);
    return flt;
}

/* ================================================================ the API */

al_filter *al_filter_parse(al_exec *X, const al_filter_field *f, const al_text *expr,
                           const al_value *args, int nargs)
{
    if (!expr) return NULL;
    parser P = {.X = X, .f = f, .t = f->type, .text = al_type_is_text(f->type),
                .s = expr->s, .p = expr->s, .end = expr->s + expr->len,
                .args = args, .nargs = args ? nargs : 0};
    if (peekc(&P) < 0) return NULL;
    fnode *root = p_or(&P);
    int c = peekc(&P);
    if (c == ')') fail(&P, "There is a \")\" without a matching \"(\".");
    if (c >= 0) fail(&P, "\"%s\" is not expected here.", tok_name(&P));
    return finish(f->type, root);
}

/* A SetRange value as the field holds it. */
static al_value range_value(al_exec *X, const al_type *t, al_value v)
{
    if (al_type_is_text(t)) {
        al_type nolen = *t;
        nolen.len = 0;              /* as text_value: no length check */
        return al_convert(X, v, &nolen);
    }
    return al_convert(X, v, t);
}

static bool same_value(al_value a, al_value b)
{
    if (is_text_tag(a.tag)) return is_text_tag(b.tag) && al_text_eq(a.u.text, b.u.text);
    return a.tag == b.tag && vcmp(a, b) == 0;
}

al_filter *al_filter_range(al_exec *X, const al_filter_field *f, al_value from, const al_value *to)
{
    const al_type *t = f->type;
    al_value a = range_value(X, t, from);
    fnode *n;
    if (to) {
        al_value b = range_value(X, t, *to);
        if (!same_value(a, b)) {
            n = new_node(N_RANGE);
            n->has_a = n->has_b = true;
            n->a = a;
            n->b = b;
            n->ra = render_value(X, t, a, true);
            n->rb = render_value(X, t, b, true);
            return finish(t, n);
        }
    }
    n = new_node(N_CMP);
    n->op = OP_EQ;
    n->a = a;
    n->ra = render_value(X, t, a, false);
    return finish(t, n);
}

static bool match(const fnode *n, al_value v)
{
    switch (n->kind) {
    case N_AND:
        for (uint32_t i = 0; i < n->nkids; i++)
            if (!match(n->kids[i], v)) return false;
        return true;
    case N_OR:
        for (uint32_t i = 0; i < n->nkids; i++)
            if (match(n->kids[i], v)) return true;
        return false;
    case N_RANGE:
        return (!n->has_a || vcmp(v, n->a) >= 0) && (!n->has_b || vcmp(v, n->b) <= 0);
    case N_LIKE: {
        bool m = is_text_tag(v.tag) && al_filter_like(v.u.text->s, v.u.text->len, n->pat->s, n->pat->len, n->at);
        return n->op == OP_NE ? !m : m;
    }
    default: {
        int c = vcmp(v, n->a);
        switch (n->op) {
        case OP_EQ: return c == 0;
        case OP_NE: return c != 0;
        case OP_LT: return c < 0;
        case OP_LE: return c <= 0;
        case OP_GT: return c > 0;
        default: return c >= 0;
        }
    }
    }
}

bool al_filter_match(const al_filter *flt, al_value v) { return match(flt->root, v); }

const al_text *al_filter_text(const al_filter *flt) { return flt->text; }

const al_type *al_filter_type(const al_filter *flt) { return flt->type; }

/* ================================================================ SQL */

void al_sql_append(al_sql *s, const char *text)
{
    size_t n = strlen(text);
    if (s->len + n + 1 > s->cap) {
        size_t cap = s->cap ? s->cap : 64;
        while (s->len + n + 1 > cap) cap *= 2;
        s->buf = s->buf ? al_realloc(s->buf, s->cap, cap) : al_alloc_atomic(cap);
        s->cap = cap;
    }
    memcpy(s->buf + s->len, text, n + 1);
    s->len += n;
}

void al_sql_bind(al_sql *s, al_value v)
{
    if (s->nbinds == s->bcap) {
        uint32_t cap = s->bcap ? s->bcap * 2 : 8;
        s->binds = s->binds ? al_realloc(s->binds, s->bcap * sizeof *s->binds, cap * sizeof *s->binds)
                            : al_alloc(cap * sizeof *s->binds);
        s->bcap = cap;
    }
    s->binds[s->nbinds++] = v;
}

static void sql_node(const fnode *n, const char *col, al_sql *o)
{
    switch (n->kind) {
    case N_AND: case N_OR:
        al_sql_append(o, "(");
        for (uint32_t i = 0; i < n->nkids; i++) {
            if (i) al_sql_append(o, n->kind == N_AND ? " AND " : " OR ");
            sql_node(n->kids[i], col, o);
        }
        al_sql_append(o, ")");
        return;
    case N_RANGE:
        al_sql_append(o, col);
        if (n->has_a && n->has_b) {
            al_sql_append(o, " BETWEEN ? AND ?");
            al_sql_bind(o, n->a);
            al_sql_bind(o, n->b);
        } else {
            al_sql_append(o, n->has_a ? " >= ?" : " <= ?");
            al_sql_bind(o, n->has_a ? n->a : n->b);
        }
        return;
    case N_LIKE:
        al_sql_append(o, n->op == OP_NE ? "NOT al_like(" : "al_like(");
        al_sql_append(o, col);
        al_sql_append(o, n->at ? ", ?, 1)" : ", ?, 0)");
        al_sql_bind(o, al_textv(AL_TY_TEXT, n->pat));
        return;
    default:
        al_sql_append(o, col);
        al_sql_append(o, " ");
        al_sql_append(o, op_text[n->op]);
        al_sql_append(o, " ?");
        al_sql_bind(o, n->a);
        return;
    }
}

void al_filter_sql(const al_filter *flt, const char *column, al_sql *out)
{
    bool leaf = flt->root->kind != N_AND && flt->root->kind != N_OR;
    if (leaf) al_sql_append(out, "(");
    sql_node(flt->root, column, out);
    if (leaf) al_sql_append(out, ")");
}

static void sql_like(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const char *v = (const char *)sqlite3_value_text(argv[0]);
    size_t vn = (size_t)sqlite3_value_bytes(argv[0]);
    const char *p = (const char *)sqlite3_value_text(argv[1]);
    size_t pn = (size_t)sqlite3_value_bytes(argv[1]);
    if (!v || !p) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    sqlite3_result_int(ctx, al_filter_like(v, vn, p, pn, (sqlite3_value_int(argv[2]) & 1) != 0));
}

static int sql_collate(void *ud, int an, const void *a, int bn, const void *b)
{
    (void)ud;
    return al_filter_text_cmp(a, (size_t)an, b, (size_t)bn);
}

int al_filter_register_sql(struct sqlite3 *db)
{
    int rc = sqlite3_create_function_v2(db, "al_like", 3,
                                        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                        NULL, sql_like, NULL, NULL, NULL);
    if (rc != SQLITE_OK) return rc;
    return sqlite3_create_collation_v2(db, AL_FILTER_COLLATION, SQLITE_UTF8, NULL, sql_collate, NULL);
}

bool al_filter_bounds(const al_filter *flt, al_value *lo, bool *has_lo, al_value *hi, bool *has_hi)
{
    const fnode *n = flt ? flt->root : NULL;
    if (!n) return false;
    if (n->kind == N_CMP && n->op == OP_EQ) {
        *lo = *hi = n->a;
        *has_lo = *has_hi = true;
        return true;
    }
    if (n->kind == N_RANGE) {
        *lo = n->a;
        *hi = n->b;
        *has_lo = n->has_a;
        *has_hi = n->has_b;
        return true;
    }
    return false;
}
