/* interp/guid.c — see guid.h and docs/text.md ("Guid"). */
#include "interp/guid.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

const al_guid al_guid_null = {{0}};
/* alrun's one user (UserId() 'ALRUN'): a fixed security ID, so the records
 * it writes name a user in SystemCreatedBy/SystemModifiedBy as BC's do */
const al_guid al_guid_user = {{0x5a, 0x1e, 0x0a, 0x11, 0x00, 0x00, 0x40, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01}};

void al_guid_rand_os(void *ctx, uint8_t *buf, size_t n)
{
    (void)ctx;
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(buf + got, n - got, 0);
        if (r > 0) { got += (size_t)r; continue; }
        if (r < 0 && errno == EINTR) continue;
        break;
    }
    if (got < n) {
        /* No getrandom (old kernel, seccomp): still unique enough for a
         * Guid from the clock and the address space, never a crash. */
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        al_guid_seed s = {(uint64_t)ts.tv_nsec * 0x9E3779B97F4A7C15ull ^
                          (uint64_t)ts.tv_sec ^ (uint64_t)(uintptr_t)buf};
        al_guid_rand_seeded(&s, buf + got, n - got);
    }
}

void al_guid_rand_seeded(void *ctx, uint8_t *buf, size_t n)
{
    al_guid_seed *s = ctx;
    for (size_t i = 0; i < n; i += 8) {
        uint64_t z = (s->state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        for (size_t j = 0; j < 8 && i + j < n; j++) buf[i + j] = (uint8_t)(z >> (8 * j));
    }
}

al_guid al_guid_create(al_guid_rand_fn fn, void *ctx)
{
    al_guid g;
    (fn ? fn : al_guid_rand_os)(ctx, g.b, sizeof g.b);
    g.b[6] = (uint8_t)((g.b[6] & 0x0F) | 0x40);   /* version 4 */
    g.b[8] = (uint8_t)((g.b[8] & 0x3F) | 0x80);   /* RFC 4122 variant */
    return g;
}

bool al_guid_is_null(const al_guid *g)
{
    return memcmp(g->b, al_guid_null.b, 16) == 0;
}

bool al_guid_eq(const al_guid *a, const al_guid *b)
{
    return memcmp(a->b, b->b, 16) == 0;
}

int al_guid_cmp(const al_guid *a, const al_guid *b)
{
    int c = memcmp(a->b, b->b, 16);
    return (c > 0) - (c < 0);
}

int al_guid_cmp_sql(const al_guid *a, const al_guid *b)
{
    static const uint8_t order[16] = {10, 11, 12, 13, 14, 15, 8, 9, 6, 7, 4, 5, 0, 1, 2, 3};
    for (int i = 0; i < 16; i++) {
        uint8_t x = a->b[order[i]], y = b->b[order[i]];
        if (x != y) return x < y ? -1 : 1;
    }
    return 0;
}

uint64_t al_guid_hash(const al_guid *g)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (int i = 0; i < 16; i++) {
        h ^= g->b[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

const al_text *al_guid_format(const al_guid *g, int format_number)
{
    static const char hex[] = "0123456789ABCDEF";
    bool braces = format_number != 3 && format_number != 4;
    bool dashes = format_number != 3;
    char out[40], *o = out;
    if (braces) *o++ = '{';
    for (int i = 0; i < 16; i++) {
        if (dashes && (i == 4 || i == 6 || i == 8 || i == 10)) *o++ = '-';
        *o++ = hex[g->b[i] >> 4];
        *o++ = hex[g->b[i] & 15];
    }
    if (braces) *o++ = '}';
    return al_text_new(out, (size_t)(o - out));
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* 32 digits, with dashes after digit 8, 12, 16 and 20 when [dashes]. */
static bool digits(const char *p, size_t n, bool dashes, al_guid *out)
{
    if (n != (dashes ? 36u : 32u)) return false;
    int d = 0;
    for (size_t i = 0; i < n; i++) {
        if (dashes && (i == 8 || i == 13 || i == 18 || i == 23)) {
            if (p[i] != '-') return false;
            continue;
        }
        int v = hexval(p[i]);
        if (v < 0) return false;
        if (d % 2 == 0) out->b[d / 2] = (uint8_t)(v << 4);
        else out->b[d / 2] |= (uint8_t)v;
        d++;
    }
    return true;
}

static bool ws(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool al_guid_parse(const al_text *t, al_guid *out, al_fail *f)
{
    const char *p = t->s, *e = t->s + t->len;
    while (p < e && ws(*p)) p++;
    while (e > p && ws(e[-1])) e--;
    size_t n = (size_t)(e - p);
    al_guid g;
    bool ok = digits(p, n, false, &g) || digits(p, n, true, &g) ||
              (n == 38 && ((p[0] == '{' && p[37] == '}') || (p[0] == '(' && p[37] == ')')) &&
               digits(p + 1, 36, true, &g));
    if (!ok) return al_fail_set(f, NULL, AL_GUID_MSG_EVALUATE, t->s);
    *out = g;
    return true;
}
