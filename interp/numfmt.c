/* interp/numfmt.c — see numfmt.h and docs/decimal.md. */
#include "interp/numfmt.h"
#include "grammar/mem.h"

#include <string.h>

/* ============================================================ text builder */

typedef struct sbuf { char *p; size_t n, cap; } sbuf;

static void sb_put(sbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->n + n + 1) cap *= 2;
        char *p = al_alloc_atomic(cap);
        if (b->n) memcpy(p, b->p, b->n);
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}
static void sb_putc(sbuf *b, char c) { sb_put(b, &c, 1); }
static void sb_fill(sbuf *b, char c, int n) { while (n-- > 0) sb_putc(b, c); }
static char *sb_str(sbuf *b) { if (!b->p) sb_put(b, "", 0); return b->p; }

static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

/* Case-insensitive [s, n) == [word], ignoring spaces around [s, n). */
static bool name_is(const char *s, size_t n, const char *word)
{
    while (n && *s == ' ') { s++; n--; }
    while (n && s[n - 1] == ' ') n--;
    size_t w = strlen(word);
    if (n != w) return false;
    for (size_t i = 0; i < n; i++)
        if (lower(s[i]) != lower(word[i])) return false;
    return true;
}

/* A non-negative decimal integer in [s, n) (spaces ignored), or -1. */
static int small_int(const char *s, size_t n)
{
    int v = -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ') continue;
        if (s[i] < '0' || s[i] > '9') return -1;
        v = (v < 0 ? 0 : v) * 10 + (s[i] - '0');
        if (v > 1000) v = 1000;
    }
    return v;
}

/* ============================================================ Format */

/* The standard formats (en-US). */
static const char *standard_format(al_numkind kind, int n)
{
    if (kind != AL_NUM_DECIMAL) return "<Sign><Integer>";
    if (n == 1 || n == 2 || n == 9) return "<Sign><Integer><Decimals>";
    return "<Sign><Integer Thousand><Decimals>";
}

typedef struct attrs {
    int pmin, pmax;         /* decimal places shown; pmax < 0: as many as the value has */
    char comma;             /* decimal separator */
    char thousand;          /* thousands separator, 0 for none */
    bool thousand_set;
    char filler;
} attrs;

/* One tag or literal run of a format string. */
typedef enum { T_LIT, T_SIGN, T_INT, T_INTK, T_DEC, T_ATTR, T_STD } tkind;
typedef struct tok {
    tkind k;
    const char *s;          /* the literal, or the whole tag text for unknown tags */
    size_t n;
    const char *arg;        /* after the first ',' of a tag */
    size_t argn;
    int len;                /* a component's length, 0 if none */
} tok;

/* Reads the token at [*p] (< end) and advances. */
static tok next_tok(const char **p, const char *end)
{
    const char *s = *p;
    tok t = {T_LIT, s, 0, NULL, 0, 0};
    if (*s != '<') {
        const char *q = s;
        while (q < end && *q != '<') q++;
        t.n = (size_t)(q - s);
        *p = q;
        return t;
    }
    const char *close = memchr(s, '>', (size_t)(end - s));
    if (!close) {                       /* no closing '>': the rest is literal */
        t.n = (size_t)(end - s);
        *p = end;
        return t;
    }
    *p = close + 1;
    const char *in = s + 1;
    size_t inn = (size_t)(close - in);
    const char *comma = memchr(in, ',', inn);
    size_t namen = comma ? (size_t)(comma - in) : inn;
    if (comma) { t.arg = comma + 1; t.argn = (size_t)(close - comma - 1); }
    t.len = comma ? small_int(t.arg, t.argn) : 0;
    if (t.len < 0) t.len = 0;
    if (name_is(in, namen, "Sign")) t.k = T_SIGN;
    else if (name_is(in, namen, "Integer")) t.k = T_INT;
    else if (name_is(in, namen, "Integer Thousand")) t.k = T_INTK;
    else if (name_is(in, namen, "Decimals")) t.k = T_DEC;
    else if (name_is(in, namen, "Standard Format")) t.k = T_STD;
    else if (name_is(in, namen, "Precision") || name_is(in, namen, "Comma") ||
             name_is(in, namen, "1000Character") || name_is(in, namen, "Filler Character"))
        t.k = T_ATTR;
    t.s = in;
    t.n = comma ? namen : inn;
    if (t.k == T_LIT) { t.s = s; t.n = (size_t)(close + 1 - s); }
    return t;
}

static void apply_attr(attrs *a, tok t)
{
    if (name_is(t.s, t.n, "Precision")) {
        if (!t.arg) return;
        const char *colon = memchr(t.arg, ':', t.argn);
        if (colon) {
            int lo = small_int(t.arg, (size_t)(colon - t.arg));
            int hi = small_int(colon + 1, (size_t)(t.arg + t.argn - colon - 1));
            a->pmin = lo < 0 ? 0 : lo;
            a->pmax = hi;               /* "2:" leaves the maximum open */
        } else {
            int v = small_int(t.arg, t.argn);
            if (v >= 0) a->pmin = a->pmax = v;
        }
        if (a->pmin > AL_DEC_MAX_SCALE) a->pmin = AL_DEC_MAX_SCALE;
        if (a->pmax > AL_DEC_MAX_SCALE) a->pmax = AL_DEC_MAX_SCALE;
        if (a->pmax >= 0 && a->pmax < a->pmin) a->pmax = a->pmin;
    } else if (name_is(t.s, t.n, "Comma")) {
        a->comma = t.argn ? t.arg[0] : '.';
        /* With ',' as the decimal point the thousands separator becomes
         * '.', as in the regions that write numbers that way. */
        if (!a->thousand_set)
            a->thousand = a->comma == ',' ? '.' : ',';
    } else if (name_is(t.s, t.n, "1000Character")) {
        a->thousand = t.argn ? t.arg[0] : 0;
        a->thousand_set = true;
    } else if (name_is(t.s, t.n, "Filler Character")) {
        a->filler = t.argn ? t.arg[0] : ' ';
    }
}

/* Attributes anywhere in the string (and in the standard formats it
 * includes) apply to the whole string. */
static void scan_attrs(al_numkind kind, const char *fmt, size_t n, attrs *a, int depth)
{
    const char *p = fmt, *end = fmt + n;
    while (p < end) {
        tok t = next_tok(&p, end);
        if (t.k == T_ATTR) apply_attr(a, t);
        else if (t.k == T_STD && depth == 0) {
            const char *sf = standard_format(kind, t.len);
            scan_attrs(kind, sf, strlen(sf), a, 1);
        }
    }
}

/* The value's parts after applying the precision. */
typedef struct numparts {
    bool neg;
    char ip[40];            /* integer digits, "0" for none */
    char fp[40];            /* fraction digits, trailing zeros stripped, padded to pmin */
} numparts;

static void split(al_dec v, const attrs *a, numparts *np)
{
    if (a->pmax >= 0 && al_dec_scale(v) > a->pmax) {
        al_dec r;
        if (al_dec_round(v, al_dec_make(1, 0, 0, a->pmax, false), '=', &r, NULL)) v = r;
    }
    al_dec_parts d;
    al_dec_digits(v, &d);
    np->neg = d.neg;
    int ni = d.ndigits - d.scale;
    if (ni > 0) {
        memcpy(np->ip, d.digits, (size_t)ni);
        np->ip[ni] = 0;
        memcpy(np->fp, d.digits + ni, (size_t)d.scale);
        np->fp[d.scale] = 0;
    } else {
        strcpy(np->ip, "0");
        int z = -ni;
        memset(np->fp, '0', (size_t)z);
        memcpy(np->fp + z, d.digits, (size_t)d.ndigits);
        np->fp[z + d.ndigits] = 0;
    }
    int fl = (int)strlen(np->fp);
    while (fl > 0 && np->fp[fl - 1] == '0') fl--;
    while (fl < a->pmin) np->fp[fl++] = '0';
    np->fp[fl] = 0;
}

static void put_padded(sbuf *b, const char *s, size_t n, int len, char filler)
{
    sb_fill(b, filler, len - (int)n);
    sb_put(b, s, n);
}

static void emit(sbuf *b, al_numkind kind, const char *fmt, size_t n, const attrs *a,
                 const numparts *np, int depth)
{
    const char *p = fmt, *end = fmt + n;
    while (p < end) {
        tok t = next_tok(&p, end);
        switch (t.k) {
        case T_LIT:
            sb_put(b, t.s, t.n);
            break;
        case T_SIGN:
            put_padded(b, "-", np->neg ? 1 : 0, t.len, a->filler);
            break;
        case T_INT:
            put_padded(b, np->ip, strlen(np->ip), t.len, a->filler);
            break;
        case T_INTK: {
            char g[64];
            size_t gl = 0, il = strlen(np->ip);
            for (size_t i = 0; i < il; i++) {
                if (i && (il - i) % 3 == 0 && a->thousand) g[gl++] = a->thousand;
                g[gl++] = np->ip[i];
            }
            put_padded(b, g, gl, t.len, a->filler);
            break;
        }
        case T_DEC: {
            /* <Decimals,N>: N characters at least, separator included,
             * filled with zeros on the right. */
            size_t fl = strlen(np->fp);
            int want = t.len > 1 ? t.len - 1 : 0;
            if (fl == 0 && want == 0) break;
            sb_putc(b, a->comma);
            sb_put(b, np->fp, fl);
            sb_fill(b, '0', want - (int)fl);
            break;
        }
        case T_STD:
            if (depth == 0) {
                const char *sf = standard_format(kind, t.len);
                emit(b, kind, sf, strlen(sf), a, np, 1);
            }
            break;
        case T_ATTR:
            break;
        }
    }
}

static char *apply_length(char *s, int32_t length, char filler)
{
    size_t n = strlen(s);
    if (length == 0) return s;
    if (length < 0) {
        size_t max = (size_t)(-(int64_t)length);
        return n > max ? al_strndup(s, max) : s;
    }
    size_t want = (size_t)length;
    if (n == want) return s;
    char *r = al_alloc_atomic(want + 1);
    if (n > want) memset(r, '*', want);
    else {
        memset(r, filler, want - n);
        memcpy(r + want - n, s, n);
    }
    r[want] = 0;
    return r;
}

char *al_numfmt_format(al_numkind kind, al_dec value, int32_t length, int32_t format_number,
                       const char *fmt, size_t fmt_len)
{
    if (!fmt) {
        fmt = standard_format(kind, format_number);
        fmt_len = strlen(fmt);
    }
    attrs a = {0, -1, '.', ',', false, ' '};
    scan_attrs(kind, fmt, fmt_len, &a, 0);
    numparts np;
    split(value, &a, &np);
    sbuf b = {0};
    emit(&b, kind, fmt, fmt_len, &a, &np, 0);
    return apply_length(sb_str(&b), length, a.filler);
}

char *al_numfmt_int(int64_t v, int32_t format_number, const char *fmt, al_fail *f)
{
    (void)f;
    return al_numfmt_format(AL_NUM_BIGINTEGER, al_dec_from_int64(v), 0, format_number,
                            fmt, fmt ? strlen(fmt) : 0);
}

char *al_numfmt_dec(al_dec v, int32_t format_number, const char *fmt, al_fail *f)
{
    (void)f;
    return al_numfmt_format(AL_NUM_DECIMAL, v, 0, format_number, fmt, fmt ? strlen(fmt) : 0);
}

/* ============================================================ Evaluate */

static bool is_blank(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static bool eval_fail(al_fail *f, const char *s, size_t len, const char *type)
{
    return al_fail_set(f, NULL, "The value \"%.*s\" can't be evaluated into type %s.",
                       (int)len, s, type);
}

/* Checks the syntax and writes sign, digits and the point, without white
 * space and separators, to [clean] (at least len + 2 bytes).  *empty is
 * set for a blank text. */
static bool clean_number(const char *s, size_t len, bool xml, bool point_ok,
                         char *clean, bool *empty)
{
    size_t i = 0, end = len, o = 0;
    while (i < end && is_blank(s[i])) i++;
    while (end > i && is_blank(s[end - 1])) end--;
    *empty = i == end;
    if (*empty) return !xml;
    if (s[i] == '+' || s[i] == '-') clean[o++] = s[i++];
    bool digits = false, point = false;
    for (; i < end; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') { clean[o++] = c; digits = true; }
        else if (c == ',' && !xml && digits && !point) continue;
        else if (c == '.' && point_ok && !point) { clean[o++] = c; point = true; }
        else return false;
    }
    clean[o] = 0;
    return digits;
}

/* Digits with an optional sign into [-limit-1, limit]. */
static bool int_value(const char *clean, uint64_t limit, int64_t *out)
{
    bool neg = *clean == '-';
    if (*clean == '+' || *clean == '-') clean++;
    uint64_t v = 0, max = neg ? limit + 1 : limit;
    for (; *clean; clean++) {
        uint64_t d = (uint64_t)(*clean - '0');
        if (v > (max - d) / 10) return false;
        v = v * 10 + d;
    }
    *out = neg ? (int64_t)(0 - v) : (int64_t)v;
    return true;
}

bool al_numfmt_eval_int(const char *s, int32_t format_number, bool big, int64_t *out, al_fail *f)
{
    size_t len = strlen(s);
    char *clean = al_alloc_atomic(len + 2);
    bool empty;
    int64_t v = 0;
    if (!clean_number(s, len, format_number == 9, false, clean, &empty) ||
        (!empty && !int_value(clean, big ? INT64_MAX : INT32_MAX, &v)))
        return eval_fail(f, s, len, big ? "BigInteger" : "Integer");
    *out = v;
    return true;
}

bool al_numfmt_eval_dec(const char *s, int32_t format_number, al_dec *out, al_fail *f)
{
    size_t len = strlen(s);
    char *clean = al_alloc_atomic(len + 2);
    bool empty;
    al_dec v = al_dec_zero();
    if (!clean_number(s, len, format_number == 9, true, clean, &empty) ||
        (!empty && !al_dec_parse(clean, strlen(clean), &v, NULL)))
        return eval_fail(f, s, len, "Decimal");
    *out = v;
    return true;
}

/* ============================================================ Integer arithmetic */

static bool ovf(al_fail *f) { return al_fail_set(f, NULL, "%s", AL_NUM_MSG_OVERFLOW); }
static bool divz(al_fail *f) { return al_fail_set(f, NULL, "%s", AL_NUM_MSG_DIVZERO); }

bool al_numfmt_i32_add(int32_t a, int32_t b, int32_t *out, al_fail *f)
{
    return __builtin_add_overflow(a, b, out) ? ovf(f) : true;
}
bool al_numfmt_i32_sub(int32_t a, int32_t b, int32_t *out, al_fail *f)
{
    return __builtin_sub_overflow(a, b, out) ? ovf(f) : true;
}
bool al_numfmt_i32_mul(int32_t a, int32_t b, int32_t *out, al_fail *f)
{
    return __builtin_mul_overflow(a, b, out) ? ovf(f) : true;
}
bool al_numfmt_i32_div(int32_t a, int32_t b, int32_t *out, al_fail *f)
{
    if (b == 0) return divz(f);
    if (a == INT32_MIN && b == -1) return ovf(f);
    *out = a / b;
    return true;
}
bool al_numfmt_i32_mod(int32_t a, int32_t b, int32_t *out, al_fail *f)
{
    if (b == 0) return divz(f);
    if (a == INT32_MIN && b == -1) return ovf(f);   /* .NET throws here too */
    *out = a % b;
    return true;
}
bool al_numfmt_i32_neg(int32_t a, int32_t *out, al_fail *f)
{
    if (a == INT32_MIN) return ovf(f);
    *out = -a;
    return true;
}

bool al_numfmt_i64_add(int64_t a, int64_t b, int64_t *out, al_fail *f)
{
    return __builtin_add_overflow(a, b, out) ? ovf(f) : true;
}
bool al_numfmt_i64_sub(int64_t a, int64_t b, int64_t *out, al_fail *f)
{
    return __builtin_sub_overflow(a, b, out) ? ovf(f) : true;
}
bool al_numfmt_i64_mul(int64_t a, int64_t b, int64_t *out, al_fail *f)
{
    return __builtin_mul_overflow(a, b, out) ? ovf(f) : true;
}
bool al_numfmt_i64_div(int64_t a, int64_t b, int64_t *out, al_fail *f)
{
    if (b == 0) return divz(f);
    if (a == INT64_MIN && b == -1) return ovf(f);
    *out = a / b;
    return true;
}
bool al_numfmt_i64_mod(int64_t a, int64_t b, int64_t *out, al_fail *f)
{
    if (b == 0) return divz(f);
    if (a == INT64_MIN && b == -1) return ovf(f);
    *out = a % b;
    return true;
}
bool al_numfmt_i64_neg(int64_t a, int64_t *out, al_fail *f)
{
    if (a == INT64_MIN) return ovf(f);
    *out = -a;
    return true;
}
