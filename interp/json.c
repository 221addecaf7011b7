/* interp/json.c — JSON trees: building, copying, parsing, writing, paths
 * (docs/json.md). */
#include "interp/json.h"
#include "interp/text.h"
#include "interp/value.h"
#include "grammar/mem.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Newtonsoft 13's JsonReader.MaxDepth: deeper text is refused (and the
 * parser's recursion stays bounded). */
#define MAX_DEPTH 64

al_json *al_json_new(al_json_kind kind)
{
    al_json *j = al_alloc(sizeof *j);
    j->kind = (uint8_t)kind;
    if (kind == AL_JSON_STRING) j->u.s = AL_TEXT_EMPTY;
    return j;
}

al_json *al_json_string(const al_text *s)
{
    al_json *j = al_json_new(AL_JSON_STRING);
    j->u.s = s;
    return j;
}

al_json *al_json_int(int64_t i)
{
    al_json *j = al_json_new(AL_JSON_INT);
    j->u.i = i;
    return j;
}

al_json *al_json_dec(al_dec d)
{
    al_json *j = al_json_new(AL_JSON_DEC);
    j->u.dec = d;
    return j;
}

al_json *al_json_bool(bool b)
{
    al_json *j = al_json_new(AL_JSON_BOOL);
    j->u.b = b;
    return j;
}

void al_json_set_scalar(al_json *to, const al_json *from)
{
    to->kind = from->kind;
    to->u = from->u;
}

al_json *al_json_clone(const al_json *j)
{
    al_json *c = al_alloc(sizeof *c);
    c->kind = j->kind;
    if (!al_json_is_container(j)) {
        c->u = j->u;
        return c;
    }
    uint32_t n = j->u.c.count;
    c->u.c.count = c->u.c.cap = n;
    c->u.c.items = al_alloc(sizeof *c->u.c.items * (n + 1));
    if (j->kind == AL_JSON_OBJECT) {
        c->u.c.keys = al_alloc(sizeof *c->u.c.keys * (n + 1));
        if (n) memcpy(c->u.c.keys, j->u.c.keys, sizeof *c->u.c.keys * n);   /* an empty one has no array */
    }
    for (uint32_t i = 0; i < n; i++) {
        c->u.c.items[i] = al_json_clone(j->u.c.items[i]);
        c->u.c.items[i]->parent = c;
    }
    return c;
}

al_json *al_json_adopt(al_json *parent, al_json *item)
{
    if (item->parent) return al_json_clone(item);
    for (const al_json *p = parent; p; p = p->parent)
        if (p == item) return al_json_clone(item);       /* would make a cycle */
    return item;
}

/* Levels below [j], itself included (every tree obeys the limit, so the
 * recursion is bounded). */
static uint32_t height(const al_json *j)
{
    uint32_t h = 0;
    if (al_json_is_container(j))
        for (uint32_t i = 0; i < j->u.c.count; i++) {
            uint32_t k = height(j->u.c.items[i]);
            if (k > h) h = k;
        }
    return h + 1;
}

bool al_json_too_deep(const al_json *parent, const al_json *item)
{
    uint32_t depth = 1;
    for (const al_json *p = parent; p; p = p->parent) depth++;
    return depth + height(item) - 1 > AL_JSON_MAX_NESTING;
}

static int num_cmp(const al_json *a, const al_json *b)
{
    al_dec x = a->kind == AL_JSON_INT ? al_dec_from_int64(a->u.i) : a->u.dec;
    al_dec y = b->kind == AL_JSON_INT ? al_dec_from_int64(b->u.i) : b->u.dec;
    return al_dec_cmp(x, y);
}

bool al_json_equal(const al_json *a, const al_json *b)
{
    if (a == b) return true;
    bool an = a->kind == AL_JSON_INT || a->kind == AL_JSON_DEC, bn = b->kind == AL_JSON_INT || b->kind == AL_JSON_DEC;
    if (an && bn) return num_cmp(a, b) == 0;
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case AL_JSON_BOOL: return a->u.b == b->u.b;
    case AL_JSON_STRING: return al_text_eq(a->u.s, b->u.s);
    case AL_JSON_OBJECT:
        if (a->u.c.count != b->u.c.count) return false;
        for (uint32_t i = 0; i < a->u.c.count; i++) {
            int32_t k = al_json_find(b, a->u.c.keys[i]);
            if (k < 0 || !al_json_equal(a->u.c.items[i], b->u.c.items[k])) return false;
        }
        return true;
    case AL_JSON_ARRAY:
        if (a->u.c.count != b->u.c.count) return false;
        for (uint32_t i = 0; i < a->u.c.count; i++)
            if (!al_json_equal(a->u.c.items[i], b->u.c.items[i])) return false;
        return true;
    default: return true;                                 /* null, undefined */
    }
}

/* ------------------------------------------------------------ containers */

int32_t al_json_find(const al_json *obj, const al_text *key)
{
    for (uint32_t i = 0; i < obj->u.c.count; i++)
        if (al_text_eq(obj->u.c.keys[i], key)) return (int32_t)i;
    return -1;
}

static void grow(al_json *c)
{
    if (c->u.c.count < c->u.c.cap) return;
    uint32_t cap = c->u.c.cap ? c->u.c.cap * 2 : 4;
    c->u.c.items = al_realloc(c->u.c.items, sizeof *c->u.c.items * c->u.c.cap, sizeof *c->u.c.items * cap);
    if (c->kind == AL_JSON_OBJECT)
        c->u.c.keys = al_realloc(c->u.c.keys, sizeof *c->u.c.keys * c->u.c.cap, sizeof *c->u.c.keys * cap);
    c->u.c.cap = cap;
}

void al_json_put(al_json *obj, const al_text *key, al_json *item)
{
    grow(obj);
    obj->u.c.keys[obj->u.c.count] = key;
    obj->u.c.items[obj->u.c.count++] = item;
    item->parent = obj;
}

void al_json_insert(al_json *arr, uint32_t at, al_json *item)
{
    grow(arr);
    memmove(&arr->u.c.items[at + 1], &arr->u.c.items[at], sizeof *arr->u.c.items * (arr->u.c.count - at));
    arr->u.c.items[at] = item;
    arr->u.c.count++;
    item->parent = arr;
}

void al_json_replace(al_json *c, uint32_t at, al_json *item)
{
    if (c->u.c.items[at] != item) c->u.c.items[at]->parent = NULL;
    c->u.c.items[at] = item;
    item->parent = c;
}

void al_json_remove(al_json *c, uint32_t at)
{
    c->u.c.items[at]->parent = NULL;
    uint32_t rest = c->u.c.count - at - 1;
    memmove(&c->u.c.items[at], &c->u.c.items[at + 1], sizeof *c->u.c.items * rest);
    if (c->kind == AL_JSON_OBJECT) memmove(&c->u.c.keys[at], &c->u.c.keys[at + 1], sizeof *c->u.c.keys * rest);
    c->u.c.count--;
    c->u.c.items[c->u.c.count] = NULL;
    if (c->kind == AL_JSON_OBJECT) c->u.c.keys[c->u.c.count] = NULL;
}

void al_json_clear(al_json *c)
{
    while (c->u.c.count) al_json_remove(c, c->u.c.count - 1);
}

/* ---------------------------------------------------------------- buffer */

/* The writer's output: a TextBuilder's buffer (text.h al_tbuilder_append). */
typedef al_tbuilder buf;

static void put(buf *b, const char *s, size_t n) { al_tbuilder_append(b, s, (uint32_t)n); }

static void puts_(buf *b, const char *s) { put(b, s, strlen(s)); }

/* --------------------------------------------------------------- parsing */

typedef struct parser {
    const char *s, *p, *end;
    al_fail *f;
    int depth;
} parser;

static bool fail_at(parser *P, const char *what)
{
    uint32_t line = 1, col = 1;
    for (const char *q = P->s; q < P->p; q++) {
        if (*q == '\n') line++, col = 1;
        else if (((unsigned char)*q & 0xC0) != 0x80) col++;
    }
    return al_fail_set(P->f, NULL, "The JSON text is not valid: %s at line %u, position %u.", what, line, col);
}

static void skip_ws(parser *P)
{
    while (P->p < P->end && (*P->p == ' ' || *P->p == '\t' || *P->p == '\n' || *P->p == '\r')) P->p++;
}

static void put_utf8(buf *b, uint32_t cp)
{
    char u[4];
    int n;
    if (cp < 0x80) u[0] = (char)cp, n = 1;
    else if (cp < 0x800) u[0] = (char)(0xC0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    else if (cp < 0x10000)
        u[0] = (char)(0xE0 | cp >> 12), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    else
        u[0] = (char)(0xF0 | cp >> 18), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    put(b, u, (size_t)n);
}

static bool hex4(parser *P, uint32_t *out)
{
    if (P->end - P->p < 4) return false;
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = P->p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (uint32_t)(c - 'A' + 10);
        else return false;
    }
    P->p += 4;
    *out = v;
    return true;
}

/* A string starting at the opening quote. */
static const al_text *string(parser *P)
{
    buf b = {0};
    P->p++;
    for (;;) {
        if (P->p >= P->end) { fail_at(P, "unterminated string"); return NULL; }
        char c = *P->p;
        if (c == '"') { P->p++; break; }
        if ((unsigned char)c < 0x20) { fail_at(P, "control character in a string"); return NULL; }
        if (c != '\\') { put(&b, P->p++, 1); continue; }
        P->p++;
        char e = P->p < P->end ? *P->p++ : 0;
        switch (e) {
        case '"': put(&b, "\"", 1); break;
        case '\\': put(&b, "\\", 1); break;
        case '/': put(&b, "/", 1); break;
        case 'b': put(&b, "\b", 1); break;
        case 'f': put(&b, "\f", 1); break;
        case 'n': put(&b, "\n", 1); break;
        case 'r': put(&b, "\r", 1); break;
        case 't': put(&b, "\t", 1); break;
        case 'u': {
            uint32_t cp, lo;
            if (!hex4(P, &cp)) { fail_at(P, "bad \\u escape"); return NULL; }
            if (cp >= 0xD800 && cp < 0xDC00 && P->end - P->p >= 6 && P->p[0] == '\\' && P->p[1] == 'u') {
                const char *save = P->p;
                P->p += 2;
                if (hex4(P, &lo) && lo >= 0xDC00 && lo < 0xE000) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                else P->p = save;
            }
            put_utf8(&b, cp);
            break;
        }
        default: P->p--; fail_at(P, "bad escape"); return NULL;
        }
    }
    return al_text_new(b.buf ? b.buf : "", b.len);
}

static al_json *number(parser *P)
{
    const char *st = P->p;
    bool frac = false, exp = false;
    if (P->p < P->end && *P->p == '-') P->p++;
    if (P->p >= P->end || *P->p < '0' || *P->p > '9') { fail_at(P, "bad number"); return NULL; }
    if (*P->p == '0') P->p++;
    else while (P->p < P->end && *P->p >= '0' && *P->p <= '9') P->p++;
    if (P->p < P->end && *P->p == '.') {
        frac = true;
        P->p++;
        if (P->p >= P->end || *P->p < '0' || *P->p > '9') { fail_at(P, "bad number"); return NULL; }
        while (P->p < P->end && *P->p >= '0' && *P->p <= '9') P->p++;
    }
    if (P->p < P->end && (*P->p == 'e' || *P->p == 'E')) {
        exp = true;
        P->p++;
        if (P->p < P->end && (*P->p == '+' || *P->p == '-')) P->p++;
        if (P->p >= P->end || *P->p < '0' || *P->p > '9') { fail_at(P, "bad number"); return NULL; }
        while (P->p < P->end && *P->p >= '0' && *P->p <= '9') P->p++;
    }
    char *text = al_strndup(st, (size_t)(P->p - st));
    al_fail f = {0};
    al_dec d;
    if (!frac && !exp) {
        errno = 0;
        long long v = strtoll(text, NULL, 10);
        if (errno != ERANGE) return al_json_int(v);
    }
    if (!exp ? al_dec_parse(text, strlen(text), &d, &f) : al_dec_from_double(strtod(text, NULL), &d, &f))
        return al_json_dec(d);
    P->p = st;
    fail_at(P, "number out of the Decimal range");
    return NULL;
}

static bool word(parser *P, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(P->end - P->p) < n || memcmp(P->p, w, n) != 0) return false;
    P->p += n;
    return true;
}

static al_json *value(parser *P)
{
    skip_ws(P);
    if (P->p >= P->end) { fail_at(P, "unexpected end of text"); return NULL; }
    char c = *P->p;
    if (c == '{' || c == '[') {
        if (++P->depth > MAX_DEPTH) { fail_at(P, "nested more than 64 levels deep"); return NULL; }
        bool obj = c == '{';
        char close = obj ? '}' : ']';
        al_json *j = al_json_new(obj ? AL_JSON_OBJECT : AL_JSON_ARRAY);
        P->p++;
        skip_ws(P);
        if (P->p < P->end && *P->p == close) { P->p++; P->depth--; return j; }
        for (;;) {
            const al_text *key = NULL;
            if (obj) {
                skip_ws(P);
                if (P->p >= P->end || *P->p != '"') { fail_at(P, "property name expected"); return NULL; }
                if (!(key = string(P))) return NULL;
                skip_ws(P);
                if (P->p >= P->end || *P->p != ':') { fail_at(P, "':' expected"); return NULL; }
                P->p++;
            }
            al_json *item = value(P);
            if (!item) return NULL;
            int32_t at = obj ? al_json_find(j, key) : -1;
            if (at >= 0) al_json_replace(j, (uint32_t)at, item);   /* a repeated name: the last one wins */
            else if (obj) al_json_put(j, key, item);
            else al_json_insert(j, j->u.c.count, item);
            skip_ws(P);
            if (P->p < P->end && *P->p == ',') { P->p++; continue; }
            if (P->p < P->end && *P->p == close) { P->p++; break; }
            fail_at(P, obj ? "',' or '}' expected" : "',' or ']' expected");
            return NULL;
        }
        P->depth--;
        return j;
    }
    if (c == '"') {
        const al_text *s = string(P);
        return s ? al_json_string(s) : NULL;
    }
    if (c == '-' || (c >= '0' && c <= '9')) return number(P);
    if (word(P, "true")) return al_json_bool(true);
    if (word(P, "false")) return al_json_bool(false);
    if (word(P, "null")) return al_json_new(AL_JSON_NULL);
    fail_at(P, "unexpected character");
    return NULL;
}

al_json *al_json_parse(const char *s, uint32_t len, al_fail *f)
{
    parser P = {s, s, s + len, f, 0};
    al_json *j = value(&P);
    if (!j) return NULL;
    skip_ws(&P);
    if (P.p < P.end) { fail_at(&P, "text after the JSON value"); return NULL; }
    return j;
}

/* --------------------------------------------------------------- writing */

/* Newtonsoft's default escaping: quote, backslash, control characters
 * (\b \t \n \f \r by name, the rest as \u00xx), U+0085, U+2028, U+2029. */
static void write_string(buf *b, const al_text *s)
{
    put(b, "\"", 1);
    const unsigned char *p = (const unsigned char *)s->s, *e = p + s->len;
    while (p < e) {
        const unsigned char *run = p;
        while (p < e && *p >= 0x20 && *p != '"' && *p != '\\'
               && !(p[0] == 0xC2 && p + 1 < e && p[1] == 0x85)
               && !(p[0] == 0xE2 && p + 2 < e && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)))
            p++;
        put(b, (const char *)run, (size_t)(p - run));
        if (p >= e) break;
        char esc[8];
        switch (*p) {
        case '"': puts_(b, "\\\""); p++; break;
        case '\\': puts_(b, "\\\\"); p++; break;
        case '\b': puts_(b, "\\b"); p++; break;
        case '\t': puts_(b, "\\t"); p++; break;
        case '\n': puts_(b, "\\n"); p++; break;
        case '\f': puts_(b, "\\f"); p++; break;
        case '\r': puts_(b, "\\r"); p++; break;
        case 0xC2: puts_(b, "\\u0085"); p += 2; break;
        case 0xE2: puts_(b, p[2] == 0xA8 ? "\\u2028" : "\\u2029"); p += 3; break;
        default:
            snprintf(esc, sizeof esc, "\\u%04x", *p);
            puts_(b, esc);
            p++;
        }
    }
    put(b, "\"", 1);
}

static void write_json(buf *b, const al_json *j)
{
    switch (j->kind) {
    case AL_JSON_NULL: puts_(b, "null"); break;
    case AL_JSON_UNDEFINED: puts_(b, "undefined"); break;
    case AL_JSON_BOOL: puts_(b, j->u.b ? "true" : "false"); break;
    case AL_JSON_INT: {
        char n[24];
        snprintf(n, sizeof n, "%lld", (long long)j->u.i);
        puts_(b, n);
        break;
    }
    case AL_JSON_DEC: {
        /* Newtonsoft writes a decimal with at least one decimal place */
        const char *n = al_dec_to_string(j->u.dec);
        puts_(b, n);
        if (!strchr(n, '.')) puts_(b, ".0");
        break;
    }
    case AL_JSON_STRING: write_string(b, j->u.s); break;
    case AL_JSON_OBJECT:
    case AL_JSON_ARRAY: {
        bool obj = j->kind == AL_JSON_OBJECT;
        put(b, obj ? "{" : "[", 1);
        for (uint32_t i = 0; i < j->u.c.count; i++) {
            if (i) put(b, ",", 1);
            if (obj) {
                write_string(b, j->u.c.keys[i]);
                put(b, ":", 1);
            }
            write_json(b, j->u.c.items[i]);
        }
        put(b, obj ? "}" : "]", 1);
        break;
    }
    }
}

const al_text *al_json_write(const al_json *j)
{
    buf b = {0};
    write_json(&b, j);
    return al_text_new(b.buf, b.len);
}

/* ------------------------------------------------------------------ paths */

/* A property name Newtonsoft's path writes as ['name']. */
static bool needs_brackets(const al_text *k)
{
    for (uint32_t i = 0; i < k->len; i++)
        if (strchr(".'/\"[]() \t\n\r\f\b\\", k->s[i]) && k->s[i]) return true;
    return false;
}

static void path_of(buf *b, const al_json *j)
{
    const al_json *p = j->parent;
    if (!p) return;
    path_of(b, p);
    uint32_t at = 0;
    while (at < p->u.c.count && p->u.c.items[at] != j) at++;
    if (p->kind == AL_JSON_ARRAY) {
        char n[16];
        snprintf(n, sizeof n, "[%u]", at);
        puts_(b, n);
        return;
    }
    const al_text *k = p->u.c.keys[at];
    if (needs_brackets(k)) {
        puts_(b, "['");
        for (uint32_t i = 0; i < k->len; i++) {
            if (k->s[i] == '\'' || k->s[i] == '\\') put(b, "\\", 1);
            put(b, &k->s[i], 1);
        }
        puts_(b, "']");
    } else {
        if (b->len) put(b, ".", 1);
        put(b, k->s, k->len);
    }
}

const al_text *al_json_path(const al_json *j)
{
    buf b = {0};
    path_of(&b, j);
    return b.len ? al_text_new(b.buf, b.len) : AL_TEXT_EMPTY;
}

static bool bad_path(const char *path, al_fail *f)
{
    return al_fail_set(f, NULL, "The JSON path '%s' is not valid or not supported by alrun.", path);
}

bool al_json_select(al_json *root, const char *path, al_json **out, al_fail *f)
{
    const char *p = path;
    al_json *cur = root;
    bool first = true;
    if (*p == '$') p++, first = false;
    while (*p) {
        const al_text *name = NULL;
        int64_t index = -1;
        if (*p == '.' || (first && *p != '[')) {
            if (*p == '.') p++;
            const char *st = p;
            while (*p && *p != '.' && *p != '[') p++;
            if (p == st) return bad_path(path, f);
            name = al_text_new(st, (size_t)(p - st));
        } else if (*p == '[') {
            p++;
            if (*p == '\'' || *p == '"') {
                char q = *p++;
                buf b = {0};
                while (*p && *p != q) {
                    if (*p == '\\' && p[1]) p++;
                    put(&b, p++, 1);
                }
                if (*p != q || p[1] != ']') return bad_path(path, f);
                p += 2;
                name = al_text_new(b.buf ? b.buf : "", b.len);
            } else {
                if (*p < '0' || *p > '9') return bad_path(path, f);
                index = 0;
                while (*p >= '0' && *p <= '9') {
                    index = index * 10 + (*p++ - '0');
                    if (index > INT32_MAX) return bad_path(path, f);
                }
                if (*p++ != ']') return bad_path(path, f);
            }
        } else {
            return bad_path(path, f);
        }
        first = false;
        if (!cur) continue;
        if (name) {
            int32_t k = cur->kind == AL_JSON_OBJECT ? al_json_find(cur, name) : -1;
            cur = k >= 0 ? cur->u.c.items[k] : NULL;
        } else {
            cur = cur->kind == AL_JSON_ARRAY && index < cur->u.c.count ? cur->u.c.items[index] : NULL;
        }
    }
    *out = cur;
    return true;
}
