/* interp/text.c — AL Text/Code values and text functions; see text.h and
 * docs/text.md (semantics, the UTF-16 vs code-point choice, error texts). */
#include "interp/text.h"
#include "interp/value.h"
#include "grammar/mem.h"

#include <string.h>

/* Error texts.  [B] = BC's text (measured or documented), [N] = the .NET
 * exception text BC surfaces for the underlying String call, [C] = chosen
 * by alrun where BC's wording is not known (docs/text.md). */
#define MSG_RANGE       "The value %lld of the %s parameter of %s is out of range. It must be %s." /* C */
#define MSG_SELECTSTR   "The string '%s' does not contain a value for index %lld."                 /* C */
#define MSG_CONVERTSTR  "The FromCharacters and ToCharacters parameters of ConvertStr must have the same length." /* C */
#define MSG_DELCHR      "The value '%s' of the Where parameter of DelChr is not valid. It may contain only '<', '>' and '='." /* C */
#define MSG_INDEX       "Index was outside the bounds of the array."                               /* N */
#define MSG_START_NEG   "StartIndex cannot be less than zero. (Parameter 'startIndex')"            /* N */
#define MSG_START_BIG   "startIndex cannot be larger than length of string. (Parameter 'startIndex')" /* N */
#define MSG_START_LESS  "startIndex must be less than length of string. (Parameter 'startIndex')"  /* N */
#define MSG_LEN_NEG     "Length cannot be less than zero. (Parameter 'length')"                    /* N */
#define MSG_IDX_LEN     "Index and length must refer to a location within the string. (Parameter 'length')" /* N */
#define MSG_COUNT_NEG   "Count cannot be less than zero. (Parameter 'count')"                      /* N */
#define MSG_IDX_COUNT   "Index and count must refer to a location within the string. (Parameter 'count')" /* N */
#define MSG_IDX_LE      "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')" /* N */
#define MSG_IDX_LT      "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')" /* N */
#define MSG_WIDTH_NEG   "Non-negative number required. (Parameter 'totalWidth')"                   /* N */
#define MSG_EMPTY_OLD   "The value cannot be an empty string. (Parameter 'oldValue')"              /* N */

const al_text al_text_empty_obj = {0, 0, 0, NULL, ""};

/* ================================================================ UTF-8 */

/* Internally an invalid byte b decodes to RAW|b, so that it survives a
 * round trip (ConvertStr, S[i] := ..., case mapping) byte for byte. */
#define RAW 0x80000000u

static inline int cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* One character at [p]: its byte length and key (code point or RAW|byte). */
static uint32_t dec(const char *p_, const char *end, uint32_t *k)
{
    const unsigned char *p = (const unsigned char *)p_;
    unsigned c = p[0];
    size_t avail = (size_t)(end - p_);
    if (c < 0x80) { *k = c; return 1; }
    if (c >= 0xC2 && c <= 0xDF) {
        if (avail >= 2 && cont(p[1])) {
            *k = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
            return 2;
        }
    } else if (c >= 0xE0 && c <= 0xEF) {
        if (avail >= 3 && cont(p[1]) && cont(p[2])) {
            uint32_t v = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
            if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) { *k = v; return 3; }
        }
    } else if (c >= 0xF0 && c <= 0xF4) {
        if (avail >= 4 && cont(p[1]) && cont(p[2]) && cont(p[3])) {
            uint32_t v = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) |
                         ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
            if (v >= 0x10000 && v <= 0x10FFFF) { *k = v; return 4; }
        }
    }
    *k = RAW | c;
    return 1;
}

uint32_t al_text_decode(const char *p, const char *end, uint32_t *cp)
{
    uint32_t n = dec(p, end, cp);
    *cp &= ~RAW;
    return n;
}

/* A Char value as a key: 0 stays 0 (callers decide), surrogates and values
 * past Unicode become U+FFFD. */
static uint32_t key_of_cp(uint32_t cp)
{
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 0xFFFD;
    return cp;
}

/* Encodes key [k] into [out] (4 bytes room); returns the byte count. */
static uint32_t enc(uint32_t k, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (k & RAW) { o[0] = (unsigned char)(k & 0xFF); return 1; }
    if (k < 0x80) { o[0] = (unsigned char)k; return 1; }
    if (k < 0x800) {
        o[0] = (unsigned char)(0xC0 | (k >> 6));
        o[1] = (unsigned char)(0x80 | (k & 0x3F));
        return 2;
    }
    if (k < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (k >> 12));
        o[1] = (unsigned char)(0x80 | ((k >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (k & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (k >> 18));
    o[1] = (unsigned char)(0x80 | ((k >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((k >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (k & 0x3F));
    return 4;
}

static uint32_t count_chars(const char *p, size_t len)
{
    const char *end = p + len;
    uint32_t n = 0;
    while (p < end) {
        if ((unsigned char)*p < 0x80) { p++; n++; continue; }
        uint32_t k;
        p += dec(p, end, &k);
        n++;
    }
    return n;
}

/* Every character one byte (ASCII, or invalid bytes): every byte offset is
 * a character boundary and character i is byte i. */
static inline bool onebyte(const al_text *s) { return s->len == s->nchars; }

uint32_t al_text_offset(const al_text *s, uint32_t pos)
{
    if (pos <= 1) return 0;
    if (pos > s->nchars) return s->len;
    if (onebyte(s)) return pos - 1;
    const char *p = s->s, *end = s->s + s->len;
    for (uint32_t i = 1; i < pos; i++) {
        uint32_t k;
        p += dec(p, end, &k);
    }
    return (uint32_t)(p - s->s);
}

/* Does decoding from the boundary [from] land exactly on [at]?  (A byte
 * search may find a match that starts or ends inside a character.) */
static bool lands_on(const char *from, const char *end, const char *at)
{
    const char *p = from;
    while (p < at) {
        uint32_t k;
        p += dec(p, end, &k);
    }
    return p == at;
}

/* ================================================================ building */

typedef struct buf {
    al_text *t;
    size_t cap;     /* bytes available in t->s, not counting the NUL */
    bool over;      /* grew past AL_TEXT_MAX_BYTES */
} buf;

static al_text *raw_text(size_t len)
{
    al_text *t = al_alloc_atomic(sizeof(al_text) + len + 1);
    t->len = (uint32_t)len;
    t->nchars = 0;
    t->cap = (uint32_t)len;
    t->owner = NULL;
    t->s[len] = 0;
    return t;
}

static void b_init(buf *b, size_t cap)
{
    if (cap > AL_TEXT_MAX_BYTES) cap = AL_TEXT_MAX_BYTES;
    if (cap < 16) cap = 16;
    b->t = raw_text(cap);
    b->t->len = 0;
    b->cap = cap;
    b->over = false;
}

static void b_put(buf *b, const char *p, size_t n)
{
    if (b->over || n == 0) return;
    size_t need = (size_t)b->t->len + n;
    if (need > AL_TEXT_MAX_BYTES) { b->over = true; return; }
    if (need > b->cap) {
        size_t cap = b->cap * 2;
        if (cap < need) cap = need;
        if (cap > AL_TEXT_MAX_BYTES) cap = AL_TEXT_MAX_BYTES;
        al_text *t = raw_text(cap);
        memcpy(t->s, b->t->s, b->t->len);
        t->len = b->t->len;
        b->t = t;
        b->cap = cap;
    }
    memcpy(b->t->s + b->t->len, p, n);
    b->t->len += (uint32_t)n;
}

static void b_key(buf *b, uint32_t k)
{
    char tmp[4];
    b_put(b, tmp, enc(k, tmp));
}

/* [k] repeated [n] times. */
static void b_fill(buf *b, uint32_t k, uint64_t n)
{
    char tmp[4];
    uint32_t w = enc(k, tmp);
    if (b->over || n == 0) return;
    if ((uint64_t)b->t->len + n * w > AL_TEXT_MAX_BYTES) { b->over = true; return; }
    if (w == 1) {   /* the usual space or '0': grow once, then memset */
        b_put(b, tmp, 1);
        size_t rest = (size_t)n - 1, need = (size_t)b->t->len + rest;
        if (need > b->cap) {
            al_text *t = raw_text(need);
            memcpy(t->s, b->t->s, b->t->len);
            t->len = b->t->len;
            b->t = t;
            b->cap = need;
        }
        memset(b->t->s + b->t->len, tmp[0], rest);
        b->t->len += (uint32_t)rest;
        return;
    }
    for (uint64_t i = 0; i < n; i++) b_put(b, tmp, w);
}

static const al_text *too_long(al_fail *f)
{
    al_fail_set(f, NULL, AL_TEXT_MSG_TOO_LONG);
    return NULL;
}

/* The finished text, or NULL (and the failure) when it grew too long. */
static const al_text *b_done(buf *b, al_fail *f)
{
    if (b->over) return too_long(f);
    al_text *t = b->t;
    if (t->len == 0) return AL_TEXT_EMPTY;
    t->s[t->len] = 0;
    t->nchars = count_chars(t->s, t->len);
    return t;
}

const al_text *al_text_new(const char *s, size_t len)
{
    if (len == 0) return AL_TEXT_EMPTY;
    if (len > AL_TEXT_MAX_BYTES) len = AL_TEXT_MAX_BYTES;
    al_text *t = raw_text(len);
    memcpy(t->s, s, len);
    t->nchars = count_chars(t->s, len);
    return t;
}

const al_text *al_text_cstr(const char *s)
{
    return al_text_new(s, strlen(s));
}

/* Bytes [from, to) of [s] as a text. */
static const al_text *slice(const al_text *s, uint32_t from, uint32_t to)
{
    if (from == 0 && to == s->len) return s;
    return al_text_new(s->s + from, to - from);
}

const al_text *al_text_concat(const al_text *a, const al_text *b, al_fail *f)
{
    if (b->len == 0) return a;
    if (a->len == 0) return b;
    size_t len = (size_t)a->len + b->len;
    if (len > AL_TEXT_MAX_BYTES) return too_long(f);
    al_text *t = raw_text(len);
    memcpy(t->s, a->s, a->len);
    memcpy(t->s + a->len, b->s, b->len);
    /* An unfinished sequence at the end of [a] joins a continuation byte
     * at the start of [b] into one character; otherwise counts add up. */
    t->nchars = cont((unsigned char)b->s[0]) ? count_chars(t->s, len) : a->nchars + b->nchars;
    return t;
}

const al_text *al_text_append(const al_text *a, uint32_t alen, uint32_t anchars, const al_text *b,
                              const void *owner, al_fail *f)
{
    size_t len = (size_t)alen + b->len;
    if (len > AL_TEXT_MAX_BYTES) return too_long(f);
    al_text *t;
    if (owner && a->owner == owner && a->len == alen && len <= a->cap) {
        t = (al_text *)a;                     /* ours alone: grow in place */
    } else {
        size_t cap = len * 2 < 32 ? 32 : len * 2;
        if (cap > AL_TEXT_MAX_BYTES) cap = AL_TEXT_MAX_BYTES;
        t = raw_text(cap);
        memcpy(t->s, a->s, alen);
        t->owner = owner;
    }
    memcpy(t->s + alen, b->s, b->len);
    t->len = (uint32_t)len;
    t->s[len] = 0;
    /* as in al_text_concat: a continuation byte may finish a character */
    t->nchars = b->len && cont((unsigned char)b->s[0]) ? count_chars(t->s, len) : anchars + b->nchars;
    return t;
}

/* ================================================================ characters */

const al_text *al_text_from_char(uint32_t cp)
{
    if (cp == 0) return AL_TEXT_EMPTY;
    char tmp[4];
    return al_text_new(tmp, enc(key_of_cp(cp), tmp));
}

static bool index_ok(const al_text *s, int64_t i, al_fail *f)
{
    if (i < 1 || i > (int64_t)s->nchars) return al_fail_set(f, NULL, MSG_INDEX);
    return true;
}

bool al_text_char_at(const al_text *s, int64_t i, uint32_t *out, al_fail *f)
{
    if (!index_ok(s, i, f)) return false;
    uint32_t off = al_text_offset(s, (uint32_t)i);
    al_text_decode(s->s + off, s->s + s->len, out);
    return true;
}

const al_text *al_text_set_char(const al_text *s, int64_t i, uint32_t cp, al_fail *f)
{
    if (!index_ok(s, i, f)) return NULL;
    uint32_t off = al_text_offset(s, (uint32_t)i), k;
    uint32_t w = dec(s->s + off, s->s + s->len, &k);
    /* Char 0 ends the text there, as it did in C/AL's C strings. */
    if (cp == 0) return slice(s, 0, off);
    buf b;
    b_init(&b, (size_t)s->len + 4);
    b_put(&b, s->s, off);
    b_key(&b, key_of_cp(cp));
    b_put(&b, s->s + off + w, s->len - off - w);
    return b_done(&b, f);
}

uint32_t *al_text_chars(const al_text *s, uint32_t *n)
{
    uint32_t *out = al_alloc_atomic(((size_t)s->nchars + 1) * sizeof *out);
    const char *p = s->s, *end = s->s + s->len;
    uint32_t i = 0;
    while (p < end) p += al_text_decode(p, end, &out[i++]);
    *n = i;
    return out;
}

/* Decodes [s] into parallel arrays of keys and byte offsets (offs has
 * nchars+1 entries, the last = len). */
static uint32_t *keys_of(const al_text *s, uint32_t **offs)
{
    uint32_t *k = al_alloc_atomic(((size_t)s->nchars + 1) * sizeof *k);
    uint32_t *o = offs ? al_alloc_atomic(((size_t)s->nchars + 1) * sizeof *o) : NULL;
    const char *p = s->s, *end = s->s + s->len;
    uint32_t i = 0;
    while (p < end) {
        if (o) o[i] = (uint32_t)(p - s->s);
        p += dec(p, end, &k[i]);
        i++;
    }
    if (o) { o[i] = s->len; *offs = o; }
    return k;
}

static bool has_key(const uint32_t *set, uint32_t n, uint32_t k)
{
    for (uint32_t i = 0; i < n; i++)
        if (set[i] == k) return true;
    return false;
}

/* ================================================================ comparing */

bool al_text_eq(const al_text *a, const al_text *b)
{
    return a == b || (a->len == b->len && memcmp(a->s, b->s, a->len) == 0);
}

bool al_text_eq_cstr(const al_text *a, const char *s)
{
    size_t n = strlen(s);
    return a->len == n && memcmp(a->s, s, n) == 0;
}

int al_text_cmp(const al_text *a, const al_text *b)
{
    uint32_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->s, b->s, n);
    if (c) return c < 0 ? -1 : 1;
    return a->len < b->len ? -1 : a->len > b->len;
}

uint64_t al_text_hash(const al_text *t)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (uint32_t i = 0; i < t->len; i++) {
        h ^= (unsigned char)t->s[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

/* ================================================================ searching */

/* The first occurrence of [v] in [s] at or after byte [off] (a character
 * boundary with character index [ci]) that ends on a character boundary.
 * Returns its byte offset, or -1; *cio gets its character index. */
static int64_t find(const al_text *s, uint32_t off, uint32_t ci, const al_text *v,
                    uint32_t *cio)
{
    if (v->len == 0) { *cio = ci; return off; }
    const char *end = s->s + s->len, *p = s->s + off, *q = p;
    bool simple = onebyte(s);
    while (q < end) {
        const char *m = memmem(q, (size_t)(end - q), v->s, v->len);
        if (!m) return -1;
        if (simple) { *cio = ci + (uint32_t)(m - p); return m - s->s; }
        while (p < m) {
            uint32_t k;
            p += dec(p, end, &k);
            ci++;
        }
        if (p == m && lands_on(m, end, m + v->len)) {
            *cio = ci;
            return m - s->s;
        }
        q = m + 1;
    }
    return -1;
}

int32_t al_text_strpos(const al_text *s, const al_text *sub)
{
    uint32_t ci;
    if (s->len == 0 || sub->len == 0) return 0;
    return find(s, 0, 0, sub, &ci) < 0 ? 0 : (int32_t)ci + 1;
}

bool al_text_contains(const al_text *s, const al_text *v)
{
    uint32_t ci;
    return find(s, 0, 0, v, &ci) >= 0;
}

bool al_text_startswith(const al_text *s, const al_text *v)
{
    if (v->len > s->len || memcmp(s->s, v->s, v->len) != 0) return false;
    return onebyte(s) || lands_on(s->s, s->s + s->len, s->s + v->len);
}

bool al_text_endswith(const al_text *s, const al_text *v)
{
    if (v->len > s->len) return false;
    uint32_t off = s->len - v->len;
    if (memcmp(s->s + off, v->s, v->len) != 0) return false;
    return onebyte(s) || lands_on(s->s, s->s + s->len, s->s + off);
}

bool al_text_indexof(const al_text *s, const al_text *v, int64_t start,
                     int32_t *out, al_fail *f)
{
    if (start == AL_TEXT_OMIT) start = 1;
    if (start < 1 || start > (int64_t)s->nchars + 1) return al_fail_set(f, NULL, MSG_IDX_LE);
    uint32_t ci, off = al_text_offset(s, (uint32_t)start);
    *out = find(s, off, (uint32_t)start - 1, v, &ci) < 0 ? 0 : (int32_t)ci + 1;
    return true;
}

bool al_text_lastindexof(const al_text *s, const al_text *v, int64_t start,
                         int32_t *out, al_fail *f)
{
    /* .NET LastIndexOf(value, startIndex): the match must end at or before
     * 0-based startIndex; startIndex = Length is allowed and means the end. */
    if (start == AL_TEXT_OMIT) start = s->nchars;
    if (s->nchars == 0 ? (start < 0 || start > 1)
                       : (start < 1 || start > (int64_t)s->nchars + 1))
        return al_fail_set(f, NULL, MSG_IDX_LT);
    uint32_t limit = start > (int64_t)s->nchars ? s->nchars : (uint32_t)start;
    if (v->len == 0) { *out = (int32_t)limit + 1; return true; }
    int32_t best = 0;
    uint32_t ci = 0, off = 0;
    for (;;) {
        uint32_t at;
        int64_t m = find(s, off, ci, v, &at);
        if (m < 0) break;
        /* The match's end in characters: its start plus v's length, as v
         * matched on boundaries in s. */
        if (at + v->nchars > limit) break;
        best = (int32_t)at + 1;
        /* Continue one character after this match's start. */
        uint32_t k;
        off = (uint32_t)m + dec(s->s + m, s->s + s->len, &k);
        ci = at + 1;
    }
    *out = best;
    return true;
}

bool al_text_indexofany(const al_text *s, const uint32_t *cps, uint32_t ncps,
                        int64_t start, int32_t *out, al_fail *f)
{
    if (start == AL_TEXT_OMIT) start = 1;
    if (start < 1 || start > (int64_t)s->nchars + 1) return al_fail_set(f, NULL, MSG_IDX_LT);
    const char *end = s->s + s->len, *p = s->s + al_text_offset(s, (uint32_t)start);
    for (uint32_t ci = (uint32_t)start; p < end; ci++) {
        uint32_t k;
        p += dec(p, end, &k);
        for (uint32_t j = 0; j < ncps; j++)
            if ((k & ~RAW) == cps[j]) { *out = (int32_t)ci; return true; }
    }
    *out = 0;
    return true;
}

/* ================================================================ case */

struct crun { uint32_t lo, hi; int32_t delta; uint32_t stride; };

/* Unicode simple case mappings (Unicode 14, generated by the script in
 * docs/text.md from Python's unicodedata): runs {lo, hi, delta, stride};
 * code points lo, lo+stride, ... hi map to cp + delta. */
/* 1450 mappings in 200 runs */
static const struct crun upper_runs[] = {
    {0x61, 0x7A, -32, 1}, {0xB5, 0xB5, 743, 1}, {0xE0, 0xF6, -32, 1}, {0xF8, 0xFE, -32, 1},
    {0xFF, 0xFF, 121, 1}, {0x101, 0x12F, -1, 2}, {0x131, 0x131, -232, 1}, {0x133, 0x137, -1, 2},
    {0x13A, 0x148, -1, 2}, {0x14B, 0x177, -1, 2}, {0x17A, 0x17E, -1, 2},
    {0x17F, 0x17F, -300, 1}, {0x180, 0x180, 195, 1}, {0x183, 0x185, -1, 2},
    {0x188, 0x188, -1, 1}, {0x18C, 0x18C, -1, 1}, {0x192, 0x192, -1, 1}, {0x195, 0x195, 97, 1},
    {0x199, 0x199, -1, 1}, {0x19A, 0x19A, 163, 1}, {0x19E, 0x19E, 130, 1},
    {0x1A1, 0x1A5, -1, 2}, {0x1A8, 0x1A8, -1, 1}, {0x1AD, 0x1AD, -1, 1}, {0x1B0, 0x1B0, -1, 1},
    {0x1B4, 0x1B6, -1, 2}, {0x1B9, 0x1B9, -1, 1}, {0x1BD, 0x1BD, -1, 1}, {0x1BF, 0x1BF, 56, 1},
    {0x1C5, 0x1C5, -1, 1}, {0x1C6, 0x1C6, -2, 1}, {0x1C8, 0x1C8, -1, 1}, {0x1C9, 0x1C9, -2, 1},
    {0x1CB, 0x1CB, -1, 1}, {0x1CC, 0x1CC, -2, 1}, {0x1CE, 0x1DC, -1, 2}, {0x1DD, 0x1DD, -79, 1},
    {0x1DF, 0x1EF, -1, 2}, {0x1F2, 0x1F2, -1, 1}, {0x1F3, 0x1F3, -2, 1}, {0x1F5, 0x1F5, -1, 1},
    {0x1F9, 0x21F, -1, 2}, {0x223, 0x233, -1, 2}, {0x23C, 0x23C, -1, 1},
    {0x23F, 0x240, 10815, 1}, {0x242, 0x242, -1, 1}, {0x247, 0x24F, -1, 2},
    {0x250, 0x250, 10783, 1}, {0x251, 0x251, 10780, 1}, {0x252, 0x252, 10782, 1},
    {0x253, 0x253, -210, 1}, {0x254, 0x254, -206, 1}, {0x256, 0x257, -205, 1},
    {0x259, 0x259, -202, 1}, {0x25B, 0x25B, -203, 1}, {0x25C, 0x25C, 42319, 1},
    {0x260, 0x260, -205, 1}, {0x261, 0x261, 42315, 1}, {0x263, 0x263, -207, 1},
    {0x265, 0x265, 42280, 1}, {0x266, 0x266, 42308, 1}, {0x268, 0x268, -209, 1},
    {0x269, 0x269, -211, 1}, {0x26A, 0x26A, 42308, 1}, {0x26B, 0x26B, 10743, 1},
    {0x26C, 0x26C, 42305, 1}, {0x26F, 0x26F, -211, 1}, {0x271, 0x271, 10749, 1},
    {0x272, 0x272, -213, 1}, {0x275, 0x275, -214, 1}, {0x27D, 0x27D, 10727, 1},
    {0x280, 0x280, -218, 1}, {0x282, 0x282, 42307, 1}, {0x283, 0x283, -218, 1},
    {0x287, 0x287, 42282, 1}, {0x288, 0x288, -218, 1}, {0x289, 0x289, -69, 1},
    {0x28A, 0x28B, -217, 1}, {0x28C, 0x28C, -71, 1}, {0x292, 0x292, -219, 1},
    {0x29D, 0x29D, 42261, 1}, {0x29E, 0x29E, 42258, 1}, {0x345, 0x345, 84, 1},
    {0x371, 0x373, -1, 2}, {0x377, 0x377, -1, 1}, {0x37B, 0x37D, 130, 1},
    {0x3AC, 0x3AC, -38, 1}, {0x3AD, 0x3AF, -37, 1}, {0x3B1, 0x3C1, -32, 1},
    {0x3C2, 0x3C2, -31, 1}, {0x3C3, 0x3CB, -32, 1}, {0x3CC, 0x3CC, -64, 1},
    {0x3CD, 0x3CE, -63, 1}, {0x3D0, 0x3D0, -62, 1}, {0x3D1, 0x3D1, -57, 1},
    {0x3D5, 0x3D5, -47, 1}, {0x3D6, 0x3D6, -54, 1}, {0x3D7, 0x3D7, -8, 1},
    {0x3D9, 0x3EF, -1, 2}, {0x3F0, 0x3F0, -86, 1}, {0x3F1, 0x3F1, -80, 1}, {0x3F2, 0x3F2, 7, 1},
    {0x3F3, 0x3F3, -116, 1}, {0x3F5, 0x3F5, -96, 1}, {0x3F8, 0x3F8, -1, 1},
    {0x3FB, 0x3FB, -1, 1}, {0x430, 0x44F, -32, 1}, {0x450, 0x45F, -80, 1},
    {0x461, 0x481, -1, 2}, {0x48B, 0x4BF, -1, 2}, {0x4C2, 0x4CE, -1, 2}, {0x4CF, 0x4CF, -15, 1},
    {0x4D1, 0x52F, -1, 2}, {0x561, 0x586, -48, 1}, {0x10D0, 0x10FA, 3008, 1},
    {0x10FD, 0x10FF, 3008, 1}, {0x13F8, 0x13FD, -8, 1}, {0x1C80, 0x1C80, -6254, 1},
    {0x1C81, 0x1C81, -6253, 1}, {0x1C82, 0x1C82, -6244, 1}, {0x1C83, 0x1C84, -6242, 1},
    {0x1C85, 0x1C85, -6243, 1}, {0x1C86, 0x1C86, -6236, 1}, {0x1C87, 0x1C87, -6181, 1},
    {0x1C88, 0x1C88, 35266, 1}, {0x1D79, 0x1D79, 35332, 1}, {0x1D7D, 0x1D7D, 3814, 1},
    {0x1D8E, 0x1D8E, 35384, 1}, {0x1E01, 0x1E95, -1, 2}, {0x1E9B, 0x1E9B, -59, 1},
    {0x1EA1, 0x1EFF, -1, 2}, {0x1F00, 0x1F07, 8, 1}, {0x1F10, 0x1F15, 8, 1},
    {0x1F20, 0x1F27, 8, 1}, {0x1F30, 0x1F37, 8, 1}, {0x1F40, 0x1F45, 8, 1},
    {0x1F51, 0x1F57, 8, 2}, {0x1F60, 0x1F67, 8, 1}, {0x1F70, 0x1F71, 74, 1},
    {0x1F72, 0x1F75, 86, 1}, {0x1F76, 0x1F77, 100, 1}, {0x1F78, 0x1F79, 128, 1},
    {0x1F7A, 0x1F7B, 112, 1}, {0x1F7C, 0x1F7D, 126, 1}, {0x1F80, 0x1F87, 8, 1},
    {0x1F90, 0x1F97, 8, 1}, {0x1FA0, 0x1FA7, 8, 1}, {0x1FB0, 0x1FB1, 8, 1},
    {0x1FB3, 0x1FB3, 9, 1}, {0x1FBE, 0x1FBE, -7205, 1}, {0x1FC3, 0x1FC3, 9, 1},
    {0x1FD0, 0x1FD1, 8, 1}, {0x1FE0, 0x1FE1, 8, 1}, {0x1FE5, 0x1FE5, 7, 1},
    {0x1FF3, 0x1FF3, 9, 1}, {0x214E, 0x214E, -28, 1}, {0x2170, 0x217F, -16, 1},
    {0x2184, 0x2184, -1, 1}, {0x24D0, 0x24E9, -26, 1}, {0x2C30, 0x2C5F, -48, 1},
    {0x2C61, 0x2C61, -1, 1}, {0x2C65, 0x2C65, -10795, 1}, {0x2C66, 0x2C66, -10792, 1},
    {0x2C68, 0x2C6C, -1, 2}, {0x2C73, 0x2C73, -1, 1}, {0x2C76, 0x2C76, -1, 1},
    {0x2C81, 0x2CE3, -1, 2}, {0x2CEC, 0x2CEE, -1, 2}, {0x2CF3, 0x2CF3, -1, 1},
    {0x2D00, 0x2D25, -7264, 1}, {0x2D27, 0x2D27, -7264, 1}, {0x2D2D, 0x2D2D, -7264, 1},
    {0xA641, 0xA66D, -1, 2}, {0xA681, 0xA69B, -1, 2}, {0xA723, 0xA72F, -1, 2},
    {0xA733, 0xA76F, -1, 2}, {0xA77A, 0xA77C, -1, 2}, {0xA77F, 0xA787, -1, 2},
    {0xA78C, 0xA78C, -1, 1}, {0xA791, 0xA793, -1, 2}, {0xA794, 0xA794, 48, 1},
    {0xA797, 0xA7A9, -1, 2}, {0xA7B5, 0xA7C3, -1, 2}, {0xA7C8, 0xA7CA, -1, 2},
    {0xA7D1, 0xA7D1, -1, 1}, {0xA7D7, 0xA7D9, -1, 2}, {0xA7F6, 0xA7F6, -1, 1},
    {0xAB53, 0xAB53, -928, 1}, {0xAB70, 0xABBF, -38864, 1}, {0xFF41, 0xFF5A, -32, 1},
    {0x10428, 0x1044F, -40, 1}, {0x104D8, 0x104FB, -40, 1}, {0x10597, 0x105A1, -39, 1},
    {0x105A3, 0x105B1, -39, 1}, {0x105B3, 0x105B9, -39, 1}, {0x105BB, 0x105BC, -39, 1},
    {0x10CC0, 0x10CF2, -64, 1}, {0x118C0, 0x118DF, -32, 1}, {0x16E60, 0x16E7F, -32, 1},
    {0x1E922, 0x1E943, -34, 1},
};
/* 1433 mappings in 182 runs */
static const struct crun lower_runs[] = {
    {0x41, 0x5A, 32, 1}, {0xC0, 0xD6, 32, 1}, {0xD8, 0xDE, 32, 1}, {0x100, 0x12E, 1, 2},
    {0x130, 0x130, -199, 1}, {0x132, 0x136, 1, 2}, {0x139, 0x147, 1, 2}, {0x14A, 0x176, 1, 2},
    {0x178, 0x178, -121, 1}, {0x179, 0x17D, 1, 2}, {0x181, 0x181, 210, 1}, {0x182, 0x184, 1, 2},
    {0x186, 0x186, 206, 1}, {0x187, 0x187, 1, 1}, {0x189, 0x18A, 205, 1}, {0x18B, 0x18B, 1, 1},
    {0x18E, 0x18E, 79, 1}, {0x18F, 0x18F, 202, 1}, {0x190, 0x190, 203, 1}, {0x191, 0x191, 1, 1},
    {0x193, 0x193, 205, 1}, {0x194, 0x194, 207, 1}, {0x196, 0x196, 211, 1},
    {0x197, 0x197, 209, 1}, {0x198, 0x198, 1, 1}, {0x19C, 0x19C, 211, 1},
    {0x19D, 0x19D, 213, 1}, {0x19F, 0x19F, 214, 1}, {0x1A0, 0x1A4, 1, 2},
    {0x1A6, 0x1A6, 218, 1}, {0x1A7, 0x1A7, 1, 1}, {0x1A9, 0x1A9, 218, 1}, {0x1AC, 0x1AC, 1, 1},
    {0x1AE, 0x1AE, 218, 1}, {0x1AF, 0x1AF, 1, 1}, {0x1B1, 0x1B2, 217, 1}, {0x1B3, 0x1B5, 1, 2},
    {0x1B7, 0x1B7, 219, 1}, {0x1B8, 0x1B8, 1, 1}, {0x1BC, 0x1BC, 1, 1}, {0x1C4, 0x1C4, 2, 1},
    {0x1C5, 0x1C5, 1, 1}, {0x1C7, 0x1C7, 2, 1}, {0x1C8, 0x1C8, 1, 1}, {0x1CA, 0x1CA, 2, 1},
    {0x1CB, 0x1DB, 1, 2}, {0x1DE, 0x1EE, 1, 2}, {0x1F1, 0x1F1, 2, 1}, {0x1F2, 0x1F4, 1, 2},
    {0x1F6, 0x1F6, -97, 1}, {0x1F7, 0x1F7, -56, 1}, {0x1F8, 0x21E, 1, 2},
    {0x220, 0x220, -130, 1}, {0x222, 0x232, 1, 2}, {0x23A, 0x23A, 10795, 1},
    {0x23B, 0x23B, 1, 1}, {0x23D, 0x23D, -163, 1}, {0x23E, 0x23E, 10792, 1},
    {0x241, 0x241, 1, 1}, {0x243, 0x243, -195, 1}, {0x244, 0x244, 69, 1}, {0x245, 0x245, 71, 1},
    {0x246, 0x24E, 1, 2}, {0x370, 0x372, 1, 2}, {0x376, 0x376, 1, 1}, {0x37F, 0x37F, 116, 1},
    {0x386, 0x386, 38, 1}, {0x388, 0x38A, 37, 1}, {0x38C, 0x38C, 64, 1}, {0x38E, 0x38F, 63, 1},
    {0x391, 0x3A1, 32, 1}, {0x3A3, 0x3AB, 32, 1}, {0x3CF, 0x3CF, 8, 1}, {0x3D8, 0x3EE, 1, 2},
    {0x3F4, 0x3F4, -60, 1}, {0x3F7, 0x3F7, 1, 1}, {0x3F9, 0x3F9, -7, 1}, {0x3FA, 0x3FA, 1, 1},
    {0x3FD, 0x3FF, -130, 1}, {0x400, 0x40F, 80, 1}, {0x410, 0x42F, 32, 1}, {0x460, 0x480, 1, 2},
    {0x48A, 0x4BE, 1, 2}, {0x4C0, 0x4C0, 15, 1}, {0x4C1, 0x4CD, 1, 2}, {0x4D0, 0x52E, 1, 2},
    {0x531, 0x556, 48, 1}, {0x10A0, 0x10C5, 7264, 1}, {0x10C7, 0x10C7, 7264, 1},
    {0x10CD, 0x10CD, 7264, 1}, {0x13A0, 0x13EF, 38864, 1}, {0x13F0, 0x13F5, 8, 1},
    {0x1C90, 0x1CBA, -3008, 1}, {0x1CBD, 0x1CBF, -3008, 1}, {0x1E00, 0x1E94, 1, 2},
    {0x1E9E, 0x1E9E, -7615, 1}, {0x1EA0, 0x1EFE, 1, 2}, {0x1F08, 0x1F0F, -8, 1},
    {0x1F18, 0x1F1D, -8, 1}, {0x1F28, 0x1F2F, -8, 1}, {0x1F38, 0x1F3F, -8, 1},
    {0x1F48, 0x1F4D, -8, 1}, {0x1F59, 0x1F5F, -8, 2}, {0x1F68, 0x1F6F, -8, 1},
    {0x1F88, 0x1F8F, -8, 1}, {0x1F98, 0x1F9F, -8, 1}, {0x1FA8, 0x1FAF, -8, 1},
    {0x1FB8, 0x1FB9, -8, 1}, {0x1FBA, 0x1FBB, -74, 1}, {0x1FBC, 0x1FBC, -9, 1},
    {0x1FC8, 0x1FCB, -86, 1}, {0x1FCC, 0x1FCC, -9, 1}, {0x1FD8, 0x1FD9, -8, 1},
    {0x1FDA, 0x1FDB, -100, 1}, {0x1FE8, 0x1FE9, -8, 1}, {0x1FEA, 0x1FEB, -112, 1},
    {0x1FEC, 0x1FEC, -7, 1}, {0x1FF8, 0x1FF9, -128, 1}, {0x1FFA, 0x1FFB, -126, 1},
    {0x1FFC, 0x1FFC, -9, 1}, {0x2126, 0x2126, -7517, 1}, {0x212A, 0x212A, -8383, 1},
    {0x212B, 0x212B, -8262, 1}, {0x2132, 0x2132, 28, 1}, {0x2160, 0x216F, 16, 1},
    {0x2183, 0x2183, 1, 1}, {0x24B6, 0x24CF, 26, 1}, {0x2C00, 0x2C2F, 48, 1},
    {0x2C60, 0x2C60, 1, 1}, {0x2C62, 0x2C62, -10743, 1}, {0x2C63, 0x2C63, -3814, 1},
    {0x2C64, 0x2C64, -10727, 1}, {0x2C67, 0x2C6B, 1, 2}, {0x2C6D, 0x2C6D, -10780, 1},
    {0x2C6E, 0x2C6E, -10749, 1}, {0x2C6F, 0x2C6F, -10783, 1}, {0x2C70, 0x2C70, -10782, 1},
    {0x2C72, 0x2C72, 1, 1}, {0x2C75, 0x2C75, 1, 1}, {0x2C7E, 0x2C7F, -10815, 1},
    {0x2C80, 0x2CE2, 1, 2}, {0x2CEB, 0x2CED, 1, 2}, {0x2CF2, 0x2CF2, 1, 1},
    {0xA640, 0xA66C, 1, 2}, {0xA680, 0xA69A, 1, 2}, {0xA722, 0xA72E, 1, 2},
    {0xA732, 0xA76E, 1, 2}, {0xA779, 0xA77B, 1, 2}, {0xA77D, 0xA77D, -35332, 1},
    {0xA77E, 0xA786, 1, 2}, {0xA78B, 0xA78B, 1, 1}, {0xA78D, 0xA78D, -42280, 1},
    {0xA790, 0xA792, 1, 2}, {0xA796, 0xA7A8, 1, 2}, {0xA7AA, 0xA7AA, -42308, 1},
    {0xA7AB, 0xA7AB, -42319, 1}, {0xA7AC, 0xA7AC, -42315, 1}, {0xA7AD, 0xA7AD, -42305, 1},
    {0xA7AE, 0xA7AE, -42308, 1}, {0xA7B0, 0xA7B0, -42258, 1}, {0xA7B1, 0xA7B1, -42282, 1},
    {0xA7B2, 0xA7B2, -42261, 1}, {0xA7B3, 0xA7B3, 928, 1}, {0xA7B4, 0xA7C2, 1, 2},
    {0xA7C4, 0xA7C4, -48, 1}, {0xA7C5, 0xA7C5, -42307, 1}, {0xA7C6, 0xA7C6, -35384, 1},
    {0xA7C7, 0xA7C9, 1, 2}, {0xA7D0, 0xA7D0, 1, 1}, {0xA7D6, 0xA7D8, 1, 2},
    {0xA7F5, 0xA7F5, 1, 1}, {0xFF21, 0xFF3A, 32, 1}, {0x10400, 0x10427, 40, 1},
    {0x104B0, 0x104D3, 40, 1}, {0x10570, 0x1057A, 39, 1}, {0x1057C, 0x1058A, 39, 1},
    {0x1058C, 0x10592, 39, 1}, {0x10594, 0x10595, 39, 1}, {0x10C80, 0x10CB2, 64, 1},
    {0x118A0, 0x118BF, 32, 1}, {0x16E40, 0x16E5F, 32, 1}, {0x1E900, 0x1E921, 34, 1},
};

static uint32_t map_case(const struct crun *r, size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid].lo) hi = mid;
        else if (cp > r[mid].hi) lo = mid + 1;
        else
            return (cp - r[mid].lo) % r[mid].stride ? cp : (uint32_t)((int64_t)cp + r[mid].delta);
    }
    return cp;
}

uint32_t al_text_cp_upper(uint32_t cp)
{
    if (cp < 0x80) return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
    return map_case(upper_runs, sizeof upper_runs / sizeof *upper_runs, cp);
}

uint32_t al_text_cp_lower(uint32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    return map_case(lower_runs, sizeof lower_runs / sizeof *lower_runs, cp);
}

static const al_text *map_text(const al_text *s, uint32_t (*fn)(uint32_t))
{
    const char *end = s->s + s->len, *p = s->s;
    /* Find the first character that changes; most texts have none. */
    uint32_t k = 0, w = 0;
    for (; p < end; p += w) {
        w = dec(p, end, &k);
        if (!(k & RAW) && fn(k) != k) break;
    }
    if (p == end) return s;
    buf b;
    b_init(&b, (size_t)s->len + 8);
    b_put(&b, s->s, (size_t)(p - s->s));
    for (; p < end; p += w) {
        w = dec(p, end, &k);
        if (k & RAW) b_put(&b, p, 1);
        else b_key(&b, fn(k));
    }
    return b_done(&b, NULL);  /* case maps grow a text by at most 3/2: far below the limit */
}

const al_text *al_text_upper(const al_text *s) { return map_text(s, al_text_cp_upper); }
const al_text *al_text_lower(const al_text *s) { return map_text(s, al_text_cp_lower); }

bool al_text_cp_space(uint32_t cp)
{
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 ||
           cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/* ================================================================ Text[n], Code[n] */

const al_text *al_text_fit(const al_text *t, uint32_t maxlen, al_fail *f)
{
    if (maxlen && t->nchars > maxlen) {
        al_fail_set(f, NULL, AL_TEXT_MSG_OVERFLOW, t->nchars, maxlen, t->s);
        return NULL;
    }
    return t;
}

const al_text *al_text_code(const al_text *t, uint32_t maxlen, al_fail *f)
{
    uint32_t a = 0, z = t->len;
    while (a < z && t->s[a] == ' ') a++;
    while (z > a && t->s[z - 1] == ' ') z--;
    return al_text_fit(al_text_upper(slice(t, a, z)), maxlen, f);
}

/* ================================================================ classic functions */

int32_t al_text_strlen(const al_text *s) { return (int32_t)s->nchars; }

static bool range_fail(al_fail *f, int64_t v, const char *param, const char *fn,
                       const char *must)
{
    return al_fail_set(f, NULL, MSG_RANGE, (long long)v, param, fn, must);
}

/* Characters [from, from+count) (0-based, already clipped) of [s]. */
static const al_text *chars_slice(const al_text *s, uint32_t from, uint32_t count)
{
    if (count == 0) return AL_TEXT_EMPTY;
    uint32_t a = al_text_offset(s, from + 1);
    uint32_t z = from + count >= s->nchars ? s->len : al_text_offset(s, from + count + 1);
    return slice(s, a, z);
}

/* [s] without characters [from, from+count) (0-based, clipped). */
static const al_text *chars_cut(const al_text *s, uint32_t from, uint32_t count)
{
    if (count == 0) return s;
    uint32_t a = al_text_offset(s, from + 1);
    uint32_t z = from + count >= s->nchars ? s->len : al_text_offset(s, from + count + 1);
    al_text *t = raw_text((size_t)s->len - (z - a));
    memcpy(t->s, s->s, a);
    memcpy(t->s + a, s->s + z, s->len - z);
    if (t->len == 0) return AL_TEXT_EMPTY;
    t->nchars = count_chars(t->s, t->len);
    return t;
}

const al_text *al_text_copystr(const al_text *s, int64_t pos, int64_t len, al_fail *f)
{
    if (pos < 1) return range_fail(f, pos, "Position", "CopyStr", "greater than or equal to 1"), NULL;
    if (len != AL_TEXT_OMIT && len < 0)
        return range_fail(f, len, "Length", "CopyStr", "greater than or equal to 0"), NULL;
    if (pos > (int64_t)s->nchars) return AL_TEXT_EMPTY;
    int64_t rest = (int64_t)s->nchars - (pos - 1);
    if (len == AL_TEXT_OMIT || len > rest) len = rest;
    return chars_slice(s, (uint32_t)pos - 1, (uint32_t)len);
}

const al_text *al_text_delstr(const al_text *s, int64_t pos, int64_t len, al_fail *f)
{
    if (pos < 1) return range_fail(f, pos, "Position", "DelStr", "greater than or equal to 1"), NULL;
    if (len != AL_TEXT_OMIT && len < 0)
        return range_fail(f, len, "Length", "DelStr", "greater than or equal to 0"), NULL;
    if (pos > (int64_t)s->nchars) return s;
    int64_t rest = (int64_t)s->nchars - (pos - 1);
    if (len == AL_TEXT_OMIT || len > rest) len = rest;
    return chars_cut(s, (uint32_t)pos - 1, (uint32_t)len);
}

const al_text *al_text_insstr(const al_text *s, const al_text *sub, int64_t pos,
                              al_fail *f)
{
    if (pos < 1) return range_fail(f, pos, "Position", "InsStr", "greater than or equal to 1"), NULL;
    uint32_t off = pos > (int64_t)s->nchars ? s->len : al_text_offset(s, (uint32_t)pos);
    buf b;
    b_init(&b, (size_t)s->len + sub->len);
    b_put(&b, s->s, off);
    b_put(&b, sub->s, sub->len);
    b_put(&b, s->s + off, s->len - off);
    return b_done(&b, f);
}

/* Does [s] padded with [k] to [width] characters stay within the limit?
 * (Checked first, so PadStr(S, 2000000000) fails without allocating.) */
static bool room(const al_text *s, int64_t width, uint32_t k)
{
    char tmp[4];
    return (uint64_t)s->len + (uint64_t)(width - s->nchars) * enc(k, tmp) <= AL_TEXT_MAX_BYTES;
}

const al_text *al_text_padstr(const al_text *s, int64_t len, const al_text *fill,
                              al_fail *f)
{
    if (len < 0) return range_fail(f, len, "Length", "PadStr", "greater than or equal to 0"), NULL;
    if (len <= (int64_t)s->nchars) return chars_slice(s, 0, (uint32_t)len);
    uint32_t k = ' ';
    if (fill && fill->len) dec(fill->s, fill->s + fill->len, &k);
    if (!room(s, len, k)) return too_long(f);
    buf b;
    b_init(&b, (size_t)s->len + (size_t)(len - s->nchars));
    b_put(&b, s->s, s->len);
    b_fill(&b, k, (uint64_t)(len - s->nchars));
    return b_done(&b, f);
}

const al_text *al_text_incstr(const al_text *s)
{
    int64_t e = (int64_t)s->len - 1;
    while (e >= 0 && !(s->s[e] >= '0' && s->s[e] <= '9')) e--;
    if (e < 0) return AL_TEXT_EMPTY;
    int64_t b = e;
    while (b > 0 && s->s[b - 1] >= '0' && s->s[b - 1] <= '9') b--;
    al_text *t = raw_text((size_t)s->len + 1);
    memcpy(t->s, s->s, s->len);
    int64_t i = e;
    for (; i >= b; i--) {
        if (t->s[i] != '9') { t->s[i]++; break; }
        t->s[i] = '0';
    }
    if (i < b) {    /* all nines: the number grows by a digit */
        memmove(t->s + b + 1, t->s + b, s->len - (size_t)b);
        t->s[b] = '1';
    } else {
        t->len = s->len;
    }
    t->s[t->len] = 0;
    t->nchars = count_chars(t->s, t->len);
    return t;
}

const al_text *al_text_selectstr(int64_t n, const al_text *s, al_fail *f)
{
    const char *p = s->s, *end = s->s + s->len;
    for (int64_t i = 1; n >= 1; i++) {
        const char *c = memchr(p, ',', (size_t)(end - p));
        if (i == n) return al_text_new(p, (size_t)((c ? c : end) - p));
        if (!c) break;
        p = c + 1;
    }
    al_fail_set(f, NULL, MSG_SELECTSTR, s->s, (long long)n);
    return NULL;
}

const al_text *al_text_convertstr(const al_text *s, const al_text *from,
                                  const al_text *to, al_fail *f)
{
    if (from->nchars != to->nchars) return al_fail_set(f, NULL, MSG_CONVERTSTR), NULL;
    if (from->len == 0 || s->len == 0) return s;
    uint32_t *fk = keys_of(from, NULL), *tk = keys_of(to, NULL);
    buf b;
    b_init(&b, (size_t)s->len + 8);
    const char *p = s->s, *end = s->s + s->len;
    while (p < end) {
        uint32_t k, w = dec(p, end, &k), j = 0;
        while (j < from->nchars && fk[j] != k) j++;
        if (j < from->nchars) b_key(&b, tk[j]);
        else b_put(&b, p, w);
        p += w;
    }
    return b_done(&b, f);
}

const al_text *al_text_delchr(const al_text *s, const al_text *where,
                              const al_text *which, al_fail *f)
{
    bool lead = false, trail = false, all = false;
    if (!where) all = true;
    else
        for (uint32_t i = 0; i < where->len; i++) {
            switch (where->s[i]) {
            case '<': lead = true; break;
            case '>': trail = true; break;
            case '=': all = true; break;
            default: return al_fail_set(f, NULL, MSG_DELCHR, where->s), NULL;
            }
        }
    uint32_t nw = 1, space = ' ', *wk = &space;
    if (which) { nw = which->nchars; wk = keys_of(which, NULL); }
    if (nw == 0 || s->len == 0 || !(lead || trail || all)) return s;
    uint32_t *offs, *k = keys_of(s, &offs), a = 0, z = s->nchars;
    if (lead || all) while (a < z && has_key(wk, nw, k[a])) a++;
    if (trail || all) while (z > a && has_key(wk, nw, k[z - 1])) z--;
    if (!all) return slice(s, offs[a], offs[z]);
    buf b;
    b_init(&b, (size_t)(offs[z] - offs[a]));
    for (uint32_t i = a; i < z; i++)
        if (!has_key(wk, nw, k[i])) b_put(&b, s->s + offs[i], offs[i + 1] - offs[i]);
    return b_done(&b, f);
}

/* StrSubstNo's argument number at [p]: "1".."9" or "10"; 0 if none. */
static int arg_no(const char *p, const char *end, int *ndigits)
{
    if (p >= end || *p < '1' || *p > '9') return 0;
    if (*p == '1' && p + 1 < end && p[1] == '0') { *ndigits = 2; return 10; }
    *ndigits = 1;
    return *p - '0';
}

const al_text *al_text_substno(const al_text *fmt, const al_text *const *values,
                               int n, al_fail *f)
{
    const char *p = fmt->s, *end = fmt->s + fmt->len;
    if (!memchr(p, '%', fmt->len) && !memchr(p, '#', fmt->len)) return fmt;
    buf b;
    b_init(&b, (size_t)fmt->len + 32);
    while (p < end) {
        int nd = 0, a = (*p == '%' || *p == '#') ? arg_no(p + 1, end, &nd) : 0;
        if (a == 0 || a > n) { b_put(&b, p, 1); p++; continue; }
        const al_text *v = values[a - 1] ? values[a - 1] : AL_TEXT_EMPTY;
        if (*p == '%') {
            b_put(&b, v->s, v->len);
            p += 1 + nd;
            continue;
        }
        /* #n###: the field is as wide as its characters; the value is
         * left-aligned in it, cut or padded with spaces. */
        const char *q = p + 1 + nd;
        while (q < end && *q == '#') q++;
        uint32_t width = (uint32_t)(q - p);
        if (v->nchars >= width) {
            const al_text *cut = chars_slice(v, 0, width);
            b_put(&b, cut->s, cut->len);
        } else {
            b_put(&b, v->s, v->len);
            b_fill(&b, ' ', width - v->nchars);
        }
        p = q;
    }
    return b_done(&b, f);
}

/* ================================================================ Text methods */

const al_text *al_text_substring(const al_text *s, int64_t start, int64_t len,
                                 al_fail *f)
{
    int64_t i = start - 1;    /* .NET's 0-based startIndex */
    if (i < 0) return al_fail_set(f, NULL, MSG_START_NEG), NULL;
    if (i > (int64_t)s->nchars) return al_fail_set(f, NULL, MSG_START_BIG), NULL;
    if (len == AL_TEXT_OMIT) len = (int64_t)s->nchars - i;
    if (len < 0) return al_fail_set(f, NULL, MSG_LEN_NEG), NULL;
    if (i > (int64_t)s->nchars - len) return al_fail_set(f, NULL, MSG_IDX_LEN), NULL;
    return chars_slice(s, (uint32_t)i, (uint32_t)len);
}

const al_text *al_text_remove(const al_text *s, int64_t start, int64_t count,
                              al_fail *f)
{
    int64_t i = start - 1;
    if (i < 0) return al_fail_set(f, NULL, MSG_START_NEG), NULL;
    if (count == AL_TEXT_OMIT) {
        if (i >= (int64_t)s->nchars) return al_fail_set(f, NULL, MSG_START_LESS), NULL;
        return chars_slice(s, 0, (uint32_t)i);
    }
    if (count < 0) return al_fail_set(f, NULL, MSG_COUNT_NEG), NULL;
    if (count > (int64_t)s->nchars - i) return al_fail_set(f, NULL, MSG_IDX_COUNT), NULL;
    return chars_cut(s, (uint32_t)i, (uint32_t)count);
}

const al_text *al_text_replace(const al_text *s, const al_text *old,
                               const al_text *with, al_fail *f)
{
    if (old->len == 0) return al_fail_set(f, NULL, MSG_EMPTY_OLD), NULL;
    uint32_t ci;
    int64_t m = find(s, 0, 0, old, &ci);
    if (m < 0) return s;
    buf b;
    b_init(&b, (size_t)s->len + (with->len > old->len ? 4 * (with->len - old->len) : 0));
    uint32_t off = 0;
    while (m >= 0) {
        b_put(&b, s->s + off, (size_t)m - off);
        b_put(&b, with->s, with->len);
        off = (uint32_t)m + old->len;
        m = find(s, off, ci + old->nchars, old, &ci);
    }
    b_put(&b, s->s + off, s->len - off);
    return b_done(&b, f);
}

const al_text **al_text_split(const al_text *s, const al_text *const *seps,
                              uint32_t nseps, uint32_t *count)
{
    bool ws = true;
    for (uint32_t j = 0; j < nseps; j++)
        if (seps[j] && seps[j]->len) ws = false;
    uint32_t cap = 8, n = 0;
    const al_text **out = al_alloc(cap * sizeof *out);
    const char *end = s->s + s->len, *p = s->s, *piece = p;
    while (p < end) {
        uint32_t k, w = dec(p, end, &k), cut = 0;
        if (ws) {
            if (al_text_cp_space(k & RAW ? 0 : k)) cut = w;
        } else {
            for (uint32_t j = 0; j < nseps && !cut; j++) {
                const al_text *sp = seps[j];
                if (sp && sp->len && sp->len <= (size_t)(end - p) &&
                    memcmp(p, sp->s, sp->len) == 0 &&
                    lands_on(p, end, p + sp->len))
                    cut = sp->len;
            }
        }
        if (!cut) { p += w; continue; }
        if (n + 1 >= cap) {
            out = al_realloc(out, cap * sizeof *out, 2 * cap * sizeof *out);
            cap *= 2;
        }
        out[n++] = al_text_new(piece, (size_t)(p - piece));
        p += cut;
        piece = p;
    }
    out[n++] = al_text_new(piece, (size_t)(end - piece));
    *count = n;
    return out;
}

static const al_text *trim(const al_text *s, const al_text *chars, bool lead, bool trail)
{
    if (s->len == 0) return s;
    uint32_t *set = NULL, nset = 0;
    if (chars && chars->len) { set = keys_of(chars, NULL); nset = chars->nchars; }
    uint32_t *offs, *k = keys_of(s, &offs), a = 0, z = s->nchars;
#define TRIMMED(key) (set ? has_key(set, nset, key) : (!((key) & RAW) && al_text_cp_space(key)))
    if (lead) while (a < z && TRIMMED(k[a])) a++;
    if (trail) while (z > a && TRIMMED(k[z - 1])) z--;
#undef TRIMMED
    return slice(s, offs[a], offs[z]);
}

const al_text *al_text_trim(const al_text *s, const al_text *chars) { return trim(s, chars, true, true); }
const al_text *al_text_trimstart(const al_text *s, const al_text *chars) { return trim(s, chars, true, false); }
const al_text *al_text_trimend(const al_text *s, const al_text *chars) { return trim(s, chars, false, true); }

static const al_text *pad(const al_text *s, int64_t width, uint32_t fill, bool left,
                          al_fail *f)
{
    if (width < 0) return al_fail_set(f, NULL, MSG_WIDTH_NEG), NULL;
    if (width <= (int64_t)s->nchars) return s;
    uint32_t k = fill ? key_of_cp(fill) : ' ';
    if (!room(s, width, k)) return too_long(f);
    buf b;
    b_init(&b, (size_t)s->len + (size_t)(width - s->nchars));
    if (!left) b_put(&b, s->s, s->len);
    b_fill(&b, k, (uint64_t)(width - s->nchars));
    if (left) b_put(&b, s->s, s->len);
    return b_done(&b, f);
}

const al_text *al_text_padleft(const al_text *s, int64_t width, uint32_t fill, al_fail *f)
{
    return pad(s, width, fill, true, f);
}

const al_text *al_text_padright(const al_text *s, int64_t width, uint32_t fill, al_fail *f)
{
    return pad(s, width, fill, false, f);
}

void al_tbuilder_append(al_tbuilder *b, const char *s, uint32_t n)
{
    if (b->len + n + 1 > b->cap) {
        uint32_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *nb = al_alloc_atomic(cap);
        if (b->len) memcpy(nb, b->buf, b->len);
        b->buf = nb;
        b->cap = cap;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = '\0';
}
