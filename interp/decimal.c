/* interp/decimal.c — .NET System.Decimal arithmetic (see decimal.h and
 * docs/decimal.md).
 *
 * The algorithms follow the CLR's DecCalc (VarDecAdd/Mul/Div/Mod,
 * ScaleResult, OverflowUnscale, Unscale) in what they compute, not in how:
 * mantissas live in unsigned __int128, and the rare paths that need more
 * than 128 bits use a small 256-bit integer.  Comments say which .NET rule
 * each step reproduces; the unit tests hold values checked against .NET.
 */
#include "interp/decimal.h"
#include "grammar/mem.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef unsigned __int128 u128;

#define SIGN_BIT 0x80000000u
#define TWO96 ((u128)1 << 96)

static const uint64_t P10[20] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
    100000000ull, 1000000000ull, 10000000000ull, 100000000000ull,
    1000000000000ull, 10000000000000ull, 100000000000000ull,
    1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
    1000000000000000000ull, 10000000000000000000ull,
};

/* 10^k for 0 <= k <= 38. */
static inline u128 pow10_128(int k)
{
    return k <= 19 ? (u128)P10[k] : (u128)P10[19] * P10[k - 19];
}

static inline u128 mant(al_dec x)
{
    return ((u128)x.hi << 64) | ((u128)x.mid << 32) | x.lo;
}
static inline int sc(al_dec x) { return (int)((x.flags >> 16) & 0xFF); }
static inline bool ng(al_dec x) { return (x.flags & SIGN_BIT) != 0; }

static inline al_dec mk(u128 m, int scale, bool neg)
{
    al_dec r;
    r.lo = (uint32_t)m;
    r.mid = (uint32_t)(m >> 32);
    r.hi = (uint32_t)(m >> 64);
    r.flags = ((uint32_t)scale << 16) | (neg ? SIGN_BIT : 0);
    return r;
}

static bool overflow(al_fail *f) { return al_fail_set(f, NULL, "%s", AL_DEC_MSG_OVERFLOW); }

/* ============================================================ 256 bits */

/* Wide intermediates: aligned operands, 192-bit products, Round's
 * quotients.  Little-endian 64-bit words. */
typedef struct { uint64_t w[4]; } u256;

static inline u256 w_of(u128 v)
{
    u256 r = {{(uint64_t)v, (uint64_t)(v >> 64), 0, 0}};
    return r;
}
static inline bool w_fits128(u256 a) { return (a.w[2] | a.w[3]) == 0; }
static inline u128 w_low(u256 a) { return ((u128)a.w[1] << 64) | a.w[0]; }
static inline bool w_fits96(u256 a) { return w_fits128(a) && (a.w[1] >> 32) == 0; }
static inline bool w_zero(u256 a) { return (a.w[0] | a.w[1] | a.w[2] | a.w[3]) == 0; }

static int w_cmp(u256 a, u256 b)
{
    for (int i = 3; i >= 0; i--)
        if (a.w[i] != b.w[i]) return a.w[i] < b.w[i] ? -1 : 1;
    return 0;
}

static u256 w_add(u256 a, u256 b)
{
    u256 r;
    u128 c = 0;
    for (int i = 0; i < 4; i++) {
        c += (u128)a.w[i] + b.w[i];
        r.w[i] = (uint64_t)c;
        c >>= 64;
    }
    return r;
}

/* a - b for a >= b. */
static u256 w_sub(u256 a, u256 b)
{
    u256 r;
    uint64_t borrow = 0;
    for (int i = 0; i < 4; i++) {
        uint64_t x = a.w[i], y = b.w[i];
        uint64_t d = x - y - borrow;
        borrow = (x < y) || (x - y < borrow);
        r.w[i] = d;
    }
    return r;
}

/* a * b, truncated to 256 bits (callers keep products below 2^256). */
static u256 w_mul(u256 a, u256 b)
{
    u256 r = {{0, 0, 0, 0}};
    for (int i = 0; i < 4; i++) {
        if (!a.w[i]) continue;
        u128 carry = 0;
        for (int j = 0; i + j < 4; j++) {
            u128 t = (u128)a.w[i] * b.w[j] + r.w[i + j] + carry;
            r.w[i + j] = (uint64_t)t;
            carry = t >> 64;
        }
    }
    return r;
}

static u256 w_mul64(u256 a, uint64_t m)
{
    u256 r;
    u128 carry = 0;
    for (int i = 0; i < 4; i++) {
        u128 t = (u128)a.w[i] * m + carry;
        r.w[i] = (uint64_t)t;
        carry = t >> 64;
    }
    return r;
}

/* a * 10^k, k >= 0 (callers keep the product below 2^256). */
static u256 w_scale_up(u256 a, int k)
{
    while (k > 0) {
        int c = k > 19 ? 19 : k;
        a = w_mul64(a, P10[c]);
        k -= c;
    }
    return a;
}

/* *a /= d, returns the remainder. */
static uint64_t w_divmod64(u256 *a, uint64_t d)
{
    u128 rem = 0;
    for (int i = 3; i >= 0; i--) {
        u128 cur = (rem << 64) | a->w[i];
        a->w[i] = (uint64_t)(cur / d);
        rem = cur % d;
    }
    return (uint64_t)rem;
}

static int w_bitlen(u256 a)
{
    for (int i = 3; i >= 0; i--)
        if (a.w[i]) return i * 64 + 64 - __builtin_clzll(a.w[i]);
    return 0;
}

static u256 w_shl1(u256 a)
{
    u256 r;
    r.w[3] = (a.w[3] << 1) | (a.w[2] >> 63);
    r.w[2] = (a.w[2] << 1) | (a.w[1] >> 63);
    r.w[1] = (a.w[1] << 1) | (a.w[0] >> 63);
    r.w[0] = a.w[0] << 1;
    return r;
}

/* n / d and n % d for d != 0: 128-bit division when both fit, otherwise
 * shift-and-subtract (only Round, % and div of far-apart scales get here). */
static void w_divmod(u256 n, u256 d, u256 *q, u256 *r)
{
    if (w_fits128(n) && w_fits128(d)) {
        u128 a = w_low(n), b = w_low(d);
        *q = w_of(a / b);
        *r = w_of(a % b);
        return;
    }
    u256 quo = {{0, 0, 0, 0}}, rem = {{0, 0, 0, 0}};
    for (int i = w_bitlen(n) - 1; i >= 0; i--) {
        rem = w_shl1(rem);
        rem.w[0] |= (n.w[i / 64] >> (i % 64)) & 1;
        if (w_cmp(rem, d) >= 0) {
            rem = w_sub(rem, d);
            quo.w[i / 64] |= (uint64_t)1 << (i % 64);
        }
    }
    *q = quo;
    *r = rem;
}

/* ============================================================ ScaleResult */

/* Dividing by 10^c while remembering what was dropped: [d] is the most
 * significant dropped digit, [sticky] whether anything below it was
 * nonzero, which is all round-half-to-even needs. */
typedef struct { int d; bool sticky, any; } dropped;

static void drop_digits(u256 *v, int c, dropped *dr)
{
    uint64_t r = w_divmod64(v, P10[c]);
    if (dr->any) dr->sticky |= dr->d != 0;
    dr->d = (int)(r / P10[c - 1]);
    dr->sticky |= (r % P10[c - 1]) != 0;
    dr->any = true;
}

/* .NET's ScaleResult: [v] is an exact result at [scale] (0..56).  Drops the
 * fewest digits that bring the mantissa below 2^96 and the scale to 28 or
 * less, rounding half to even on everything dropped; a rounding that
 * carries to 2^96 drops one more digit.  False when the scale would have to
 * go below 0 (overflow). */
static bool scale_result(u256 v, int scale, u128 *m, int *out_scale)
{
    int k = scale > AL_DEC_MAX_SCALE ? scale - AL_DEC_MAX_SCALE : 0;
    int bl = w_bitlen(v);
    if (bl > 96) {
        /* Digits needed at least: 10^k > 2^(bl-1-96); 77/256 < log10(2). */
        int est = (((bl - 97) * 77) >> 8) + 1;
        if (est > k) k = est;
    }
    if (k > scale) return false;
    dropped dr = {0, false, false};
    for (int left = k; left > 0;) {
        int c = left > 19 ? 19 : left;
        drop_digits(&v, c, &dr);
        left -= c;
    }
    while (!w_fits96(v)) {
        if (++k > scale) return false;
        drop_digits(&v, 1, &dr);
    }
    u128 q = w_low(v);
    if (dr.any && (dr.d > 5 || (dr.d == 5 && (dr.sticky || (q & 1))))) q++;
    if (q == TWO96) {
        /* 2^96 / 10 = ...033.6, so one more digit rounds up. */
        if (++k > scale) return false;
        q = TWO96 / 10 + 1;
    }
    *m = q;
    *out_scale = scale - k;
    return true;
}

/* ============================================================ making */

al_dec al_dec_zero(void) { return mk(0, 0, false); }

al_dec al_dec_from_int64(int64_t v)
{
    uint64_t m = v < 0 ? -(uint64_t)v : (uint64_t)v;
    return mk(m, 0, v < 0);
}

al_dec al_dec_make(uint32_t lo, uint32_t mid, uint32_t hi, int scale, bool neg)
{
    if (scale < 0) scale = 0;
    if (scale > AL_DEC_MAX_SCALE) scale = AL_DEC_MAX_SCALE;
    al_dec r = {lo, mid, hi, ((uint32_t)scale << 16) | (neg ? SIGN_BIT : 0)};
    return r;
}

al_dec al_dec_default_precision(void) { return mk(1, 2, false); }

static inline bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool al_dec_parse(const char *s, size_t len, al_dec *out, al_fail *f)
{
    size_t i = 0, end = len;
    while (i < end && is_space(s[i])) i++;
    while (end > i && is_space(s[end - 1])) end--;
    bool neg = false;
    if (i < end && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    /* D = the significant digits (leading zeros skipped); the first 64 are
     * kept, later ones only matter for rounding (any nonzero = sticky). */
    char sig[64];
    long nsig = 0, ndig = 0, nfrac = 0, total = 0;
    bool point = false, tail_nonzero = false;
    for (; i < end; i++) {
        char c = s[i];
        if (c == '.' && !point) { point = true; continue; }
        if (c < '0' || c > '9') return al_fail_set(f, NULL, "%s", AL_DEC_MSG_FORMAT);
        total++;
        if (point) nfrac++;
        if (ndig == 0 && c == '0') continue;
        if (nsig < (long)sizeof sig) sig[nsig++] = c;
        else tail_nonzero |= c != '0';
        ndig++;
    }
    if (total == 0) return al_fail_set(f, NULL, "%s", AL_DEC_MSG_FORMAT);
    if (ndig == 0) {
        /* "-0.0" keeps its sign, "-0" does not (as the CLR's parser). */
        *out = mk(0, nfrac > AL_DEC_MAX_SCALE ? AL_DEC_MAX_SCALE : (int)nfrac, neg && point);
        return true;
    }
    /* value = D / 10^nfrac; nint digits stand before the point. */
    long nint = ndig - nfrac;
    if (nint > 29) return overflow(f);
    long S = nfrac > AL_DEC_MAX_SCALE ? AL_DEC_MAX_SCALE : nfrac;
    long want = nint + S;           /* digits of D that make up value * 10^S */
    /* As many of them as fit in 96 bits (.NET stops there too). */
    u128 acc = 0;
    long taken = 0;
    while (taken < want) {
        int d = sig[taken] - '0';   /* taken < 30 < nsig-capacity */
        if (acc > (TWO96 - 1 - (u128)d) / 10) break;
        acc = acc * 10 + (u128)d;
        taken++;
    }
    if (taken < nint) return overflow(f);       /* the integer part does not fit */
    int scale = (int)(taken - nint);
    /* Round half to even on the rest; when want < 0 the first dropped
     * digit is one of the leading zeros. */
    int rd = 0;
    bool sticky = tail_nonzero;
    if (want >= 0) {
        if (taken < nsig) rd = sig[taken] - '0';
        for (long j = taken + 1; j < nsig; j++) sticky |= sig[j] != '0';
    }
    if (rd > 5 || (rd == 5 && (sticky || (acc & 1)))) {
        if (++acc == TWO96) {
            if (scale == 0) return overflow(f);
            scale--;
            acc = TWO96 / 10 + 1;
        }
    }
    *out = mk(acc, scale, neg);
    return true;
}

/* 1e0 .. 1e80 as the nearest doubles (the compiler rounds the literals). */
static const double DPOW10[81] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
    1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25,
    1e26, 1e27, 1e28, 1e29, 1e30, 1e31, 1e32, 1e33, 1e34, 1e35, 1e36, 1e37,
    1e38, 1e39, 1e40, 1e41, 1e42, 1e43, 1e44, 1e45, 1e46, 1e47, 1e48, 1e49,
    1e50, 1e51, 1e52, 1e53, 1e54, 1e55, 1e56, 1e57, 1e58, 1e59, 1e60, 1e61,
    1e62, 1e63, 1e64, 1e65, 1e66, 1e67, 1e68, 1e69, 1e70, 1e71, 1e72, 1e73,
    1e74, 1e75, 1e76, 1e77, 1e78, 1e79, 1e80,
};

bool al_dec_from_double(double d, al_dec *out, al_fail *f)
{
    /* .NET's VarDecFromR8, step for step (the double operations are the
     * same IEEE operations, so the results are the same): scale to a
     * 15-digit integer by a power of ten, round half to even, then drop
     * the trailing zeros that scaling made. */
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    int exp = (int)((bits >> 52) & 0x7FF) - 1022;
    if (exp < -94) { *out = mk(0, 0, false); return true; }
    if (exp > 96) return overflow(f);
    bool neg = d < 0;
    double dbl = neg ? -d : d;
    int power = 14 - ((exp * 19728) >> 16);     /* -14 .. 43 */
    if (power >= 0) {
        if (power > AL_DEC_MAX_SCALE) power = AL_DEC_MAX_SCALE;
        dbl *= DPOW10[power];
    } else if (power != -1 || dbl >= 1e15) {
        dbl /= DPOW10[-power];
    } else {
        power = 0;
    }
    if (dbl < 1e14 && power < AL_DEC_MAX_SCALE) {
        dbl *= 10;
        power++;
    }
    uint64_t m = (uint64_t)(int64_t)dbl;
    double frac = dbl - (double)(int64_t)m;
    if (frac > 0.5 || (frac == 0.5 && (m & 1))) m++;
    if (m == 0) { *out = mk(0, 0, false); return true; }
    if (power < 0) {
        *out = mk((u128)m * P10[-power], 0, neg);
        return true;
    }
    int lmax = power > 14 ? 14 : power;
    while (lmax > 0 && m % 10 == 0) { m /= 10; power--; lmax--; }
    *out = mk(m, power, neg);
    return true;
}

/* ============================================================ reading */

/* Decimal digits of [m] into [buf] (at least 40 bytes); returns the count. */
static int u128_digits(u128 m, char *buf)
{
    char tmp[48];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + (int)(m % 10));
        m /= 10;
    } while (m);
    for (int i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
    buf[n] = 0;
    return n;
}

void al_dec_digits(al_dec x, al_dec_parts *p)
{
    u128 m = mant(x);
    p->neg = ng(x) && m != 0;
    p->scale = sc(x);
    p->ndigits = u128_digits(m, p->digits);
}

char *al_dec_to_string(al_dec x)
{
    al_dec_parts p;
    al_dec_digits(x, &p);
    char buf[64];
    int n = 0;
    if (p.neg) buf[n++] = '-';
    if (p.scale == 0) {
        memcpy(buf + n, p.digits, (size_t)p.ndigits);
        n += p.ndigits;
    } else if (p.ndigits > p.scale) {
        int ip = p.ndigits - p.scale;
        memcpy(buf + n, p.digits, (size_t)ip);
        n += ip;
        buf[n++] = '.';
        memcpy(buf + n, p.digits + ip, (size_t)p.scale);
        n += p.scale;
    } else {
        buf[n++] = '0';
        buf[n++] = '.';
        for (int z = 0; z < p.scale - p.ndigits; z++) buf[n++] = '0';
        memcpy(buf + n, p.digits, (size_t)p.ndigits);
        n += p.ndigits;
    }
    return al_strndup(buf, (size_t)n);
}

int al_dec_scale(al_dec x) { return sc(x); }
bool al_dec_is_zero(al_dec x) { return (x.lo | x.mid | x.hi) == 0; }
bool al_dec_is_neg(al_dec x) { return ng(x) && !al_dec_is_zero(x); }

/* |a| vs |b| by value. */
static int cmp_mag(al_dec a, al_dec b)
{
    u128 ma = mant(a), mb = mant(b);
    int sa = sc(a), sb = sc(b);
    if (sa == sb) return ma < mb ? -1 : ma > mb;
    u256 wa = w_of(ma), wb = w_of(mb);
    if (sa < sb) wa = w_scale_up(wa, sb - sa);
    else wb = w_scale_up(wb, sa - sb);
    return w_cmp(wa, wb);
}

int al_dec_cmp(al_dec a, al_dec b)
{
    bool za = al_dec_is_zero(a), zb = al_dec_is_zero(b);
    if (za && zb) return 0;
    bool na = ng(a) && !za, nb = ng(b) && !zb;
    if (na != nb) return na ? -1 : 1;
    int c = za ? -1 : zb ? 1 : cmp_mag(a, b);
    return na ? -c : c;
}

al_dec al_dec_normalize(al_dec x)
{
    u128 m = mant(x);
    int s = sc(x);
    if (m == 0) return mk(0, 0, false);
    while (s > 0 && m % 10 == 0) { m /= 10; s--; }
    return mk(m, s, ng(x));
}

bool al_dec_is_integer(al_dec x)
{
    return mant(x) % pow10_128(sc(x)) == 0;
}

bool al_dec_to_int64(al_dec x, int64_t *out, al_fail *f)
{
    u128 q = mant(x) / pow10_128(sc(x));
    bool neg = ng(x);
    if (q > (neg ? (u128)1 << 63 : ((u128)1 << 63) - 1))
        return al_fail_set(f, NULL, "%s", AL_DEC_MSG_INT64);
    *out = neg ? (int64_t)(0 - (uint64_t)q) : (int64_t)q;
    return true;
}

bool al_dec_to_int32(al_dec x, int32_t *out, al_fail *f)
{
    u128 q = mant(x) / pow10_128(sc(x));
    bool neg = ng(x);
    if (q > (neg ? (u128)1 << 31 : ((u128)1 << 31) - 1))
        return al_fail_set(f, NULL, "%s", AL_DEC_MSG_INT32);
    *out = neg ? (int32_t)(0 - (uint32_t)q) : (int32_t)q;
    return true;
}

double al_dec_to_double(al_dec x)
{
    /* VarR8FromDec: the same two roundings as .NET. */
    uint64_t low64 = ((uint64_t)x.mid << 32) | x.lo;
    double v = ((double)low64 + (double)x.hi * 18446744073709551616.0) / DPOW10[sc(x)];
    return ng(x) ? -v : v;
}

/* ============================================================ + - */

static bool addsub(al_dec a, al_dec b, bool subtract, al_dec *out, al_fail *f)
{
    /* As VarDecAdd: the operand with the smaller scale (a when equal) is
     * the left one and is scaled up; a difference takes the left sign and
     * flips when the right is larger, so 1.0 + -1 gives -0.0 and -1 + 1.0
     * gives 0.0, as in .NET. */
    bool na = ng(a), nb = ng(b) ^ subtract;
    al_dec l = a, r = b;
    bool nl = na, nr = nb;
    if (sc(a) > sc(b)) { l = b; r = a; nl = nb; nr = na; }
    u128 ml = mant(l), mr = mant(r);
    int sl = sc(l), sr = sc(r), d = sr - sl;
    if (d != 0 && ml == 0) { *out = mk(mr, sr, nr); return true; }
    if (d <= 9) {
        u128 L = ml * P10[d];                    /* < 2^126 */
        u128 v;
        bool neg = nl;
        if (nl == nr) v = L + mr;
        else if (L >= mr) v = L - mr;
        else { v = mr - L; neg = !nl; }
        if (v < TWO96) { *out = mk(v, sr, neg); return true; }
        u128 m;
        int s;
        if (!scale_result(w_of(v), sr, &m, &s)) return overflow(f);
        *out = mk(m, s, neg);
        return true;
    }
    u256 L = w_scale_up(w_of(ml), d), R = w_of(mr), v;
    bool neg = nl;
    if (nl == nr) v = w_add(L, R);
    else if (w_cmp(L, R) >= 0) v = w_sub(L, R);
    else { v = w_sub(R, L); neg = !nl; }
    u128 m;
    int s;
    if (!scale_result(v, sr, &m, &s)) return overflow(f);
    *out = mk(m, s, neg);
    return true;
}

bool al_dec_add(al_dec a, al_dec b, al_dec *out, al_fail *f) { return addsub(a, b, false, out, f); }
bool al_dec_sub(al_dec a, al_dec b, al_dec *out, al_fail *f) { return addsub(a, b, true, out, f); }

/* ============================================================ * */

bool al_dec_mul(al_dec a, al_dec b, al_dec *out, al_fail *f)
{
    int scale = sc(a) + sc(b);
    bool neg = ng(a) ^ ng(b);
    if ((a.hi | a.mid) == 0 && (b.hi | b.mid) == 0) {
        /* VarDecMul's 32x32 path: a scale above 28 + 19 can only round to
         * zero and gives a plain 0; otherwise one rounding division. */
        uint64_t p = (uint64_t)a.lo * b.lo;
        if (scale <= AL_DEC_MAX_SCALE) { *out = mk(p, scale, neg); return true; }
        if (scale > AL_DEC_MAX_SCALE + 19) { *out = mk(0, 0, false); return true; }
        uint64_t pw = P10[scale - AL_DEC_MAX_SCALE], q = p / pw, rem = p % pw;
        if (rem > pw / 2 || (rem == pw / 2 && (q & 1))) q++;
        *out = mk(q, AL_DEC_MAX_SCALE, neg);
        return true;
    }
    u128 ma = mant(a), mb = mant(b);
    /* The other paths: a zero product (one operand is 0, the other wider
     * than 32 bits) comes back as a plain 0 from VarDecMul's leading-zero
     * scan. */
    if (ma == 0 || mb == 0) { *out = mk(0, 0, false); return true; }
    u256 p = w_mul(w_of(ma), w_of(mb));
    if (scale <= AL_DEC_MAX_SCALE && w_fits96(p)) { *out = mk(w_low(p), scale, neg); return true; }
    u128 m;
    int s;
    if (!scale_result(p, scale, &m, &s)) return overflow(f);
    *out = mk(m, s, neg);
    return true;
}

/* ============================================================ / */

/* Largest k <= kmax (<= 9) with q * 10^k < 2^96 (SearchScale). */
static int search_scale(u128 q, int kmax)
{
    int k = kmax;
    while (k > 0 && q * P10[k] >= TWO96) k--;
    return k;
}

bool al_dec_div(al_dec a, al_dec b, al_dec *out, al_fail *f)
{
    u128 B = mant(b);
    if (B == 0) return al_fail_set(f, NULL, "%s", AL_DEC_MSG_DIVZERO);
    u128 A = mant(a);
    bool neg = ng(a) ^ ng(b);
    int scale = sc(a) - sc(b);
    u128 q = A / B, r = A % B;
    if (r == 0) {
        /* Exact at the natural scale sa - sb: kept as is, or brought up to
         * scale 0 when that is negative; no trailing zeros are removed. */
        while (scale < 0) {
            int k = -scale < 9 ? -scale : 9;
            q *= P10[k];
            if (q >= TWO96) return overflow(f);
            scale += k;
        }
        *out = mk(q, scale, neg);
        return true;
    }
    /* VarDecDiv: more quotient digits, up to 9 at a time, while they fit in
     * 96 bits and the scale stays <= 28; then round half to even; finally
     * (Unscale) strip the trailing zeros this produced. */
    for (;;) {
        if (r == 0) {
            if (scale >= 0) break;
            int k = -scale < 9 ? -scale : 9;
            q *= P10[k];
            if (q >= TWO96) return overflow(f);
            scale += k;
            continue;
        }
        int kmax = AL_DEC_MAX_SCALE - scale;
        if (kmax > 9) kmax = 9;
        int k = scale == AL_DEC_MAX_SCALE ? 0 : search_scale(q, kmax);
        if (k < 9 && scale + k < 0) return overflow(f);
        if (k == 0) {
            u128 r2 = r << 1;
            if (r2 > B || (r2 == B && (q & 1))) {
                if (++q == TWO96) {
                    /* OverflowUnscale of 2^96 with a sticky remainder. */
                    if (--scale < 0) return overflow(f);
                    q = TWO96 / 10 + 1;
                }
            }
            break;
        }
        u128 rr = r * P10[k];
        q = q * P10[k] + rr / B;
        r = rr % B;
        scale += k;
        if (q >= TWO96) {
            /* OverflowUnscale: one digit too many; drop it, rounding. */
            if (--scale < 0) return overflow(f);
            int d = (int)(q % 10);
            q /= 10;
            if (d > 5 || (d == 5 && (r != 0 || (q & 1)))) q++;
            break;
        }
    }
    while (scale > 0 && q % 10 == 0) { q /= 10; scale--; }
    *out = mk(q, scale, neg);
    return true;
}

/* ============================================================ % and div */

bool al_dec_mod(al_dec a, al_dec b, al_dec *out, al_fail *f)
{
    if (al_dec_is_zero(b)) return al_fail_set(f, NULL, "%s", AL_DEC_MSG_DIVZERO);
    if (al_dec_is_zero(a)) { *out = a; return true; }
    int c = cmp_mag(a, b);
    int sa = sc(a), sb = sc(b), s = sa > sb ? sa : sb;
    if (c < 0) { *out = a; return true; }       /* |a| < |b|: a unchanged */
    if (c == 0) { *out = mk(0, s, ng(a)); return true; }
    u256 x = w_scale_up(w_of(mant(a)), s - sa), y = w_scale_up(w_of(mant(b)), s - sb), q, r;
    w_divmod(x, y, &q, &r);
    *out = mk(w_low(r), s, ng(a));               /* r < min(|a|, |b|) fits */
    return true;
}

bool al_dec_idiv(al_dec a, al_dec b, al_dec *out, al_fail *f)
{
    if (al_dec_is_zero(b)) return al_fail_set(f, NULL, "%s", AL_DEC_MSG_DIVZERO);
    int sa = sc(a), sb = sc(b), s = sa > sb ? sa : sb;
    u256 x = w_scale_up(w_of(mant(a)), s - sa), y = w_scale_up(w_of(mant(b)), s - sb), q, r;
    w_divmod(x, y, &q, &r);
    if (!w_fits96(q)) return overflow(f);
    *out = mk(w_low(q), 0, ng(a) ^ ng(b));
    return true;
}

al_dec al_dec_neg(al_dec x) { x.flags ^= SIGN_BIT; return x; }
al_dec al_dec_abs(al_dec x) { x.flags &= ~SIGN_BIT; return x; }

al_dec al_dec_trunc(al_dec x)
{
    return mk(mant(x) / pow10_128(sc(x)), 0, ng(x));
}

/* ============================================================ Round */

bool al_dec_round(al_dec x, al_dec precision, char direction, al_dec *out, al_fail *f)
{
    if (al_dec_is_zero(precision) || ng(precision))
        return al_fail_set(f, NULL, "%s", AL_DEC_MSG_PRECISION);
    if (direction != '=' && direction != '>' && direction != '<')
        return al_fail_set(f, NULL, "%s", AL_DEC_MSG_DIRECTION);
    /* x / precision exactly, on the common scale. */
    int sx = sc(x), sp = sc(precision), s = sx > sp ? sx : sp;
    u256 X = w_scale_up(w_of(mant(x)), s - sx), P = w_scale_up(w_of(mant(precision)), s - sp), n, r;
    w_divmod(X, P, &n, &r);
    bool neg = ng(x) && !al_dec_is_zero(x);
    bool up;                                     /* increase |n| by one? */
    if (w_zero(r)) up = false;
    else if (direction == '=') up = w_cmp(w_shl1(r), P) >= 0;   /* ties away from zero */
    else if (direction == '>') up = !neg;        /* toward +infinity */
    else up = neg;                               /* toward -infinity */
    if (up) n = w_add(n, w_of(1));
    /* n * precision: exact unless it needs more than 96 bits, then .NET's
     * multiplication rules (fewer places, or overflow). */
    u256 v = w_mul(n, w_of(mant(precision)));
    u128 m;
    int scale;
    if (w_fits96(v)) { m = w_low(v); scale = sp; }
    else if (!scale_result(v, sp, &m, &scale)) return overflow(f);
    *out = mk(m, scale, neg);
    return true;
}

/* ============================================================ Power */

bool al_dec_power(al_dec x, al_dec y, al_dec *out, al_fail *f)
{
    if (al_dec_is_integer(y)) {
        u128 n = mant(y) / pow10_128(sc(y));
        bool negexp = ng(y) && n != 0;
        al_dec base = x;
        /* x^-n is 1 / x^n; for |x| < 1 that x^n would underflow first, so
         * it is (1/x)^n instead: intermediates stay >= 1 and keep their
         * digits (Power(0.5, -90) is exact). */
        bool invert_first = negexp && !al_dec_is_zero(x) && cmp_mag(x, mk(1, 0, false)) < 0;
        if (invert_first && !al_dec_div(mk(1, 0, false), x, &base, f)) return false;
        al_dec result = mk(1, 0, false);
        bool big = false;                        /* |result| beyond the Decimal range */
        while (n) {
            if (n & 1) {
                if (!al_dec_mul(result, base, &result, NULL)) { big = true; break; }
            }
            n >>= 1;
            if (n && !al_dec_mul(base, base, &base, NULL)) { big = true; break; }
        }
        if (!negexp || invert_first) {
            if (big) return overflow(f);
            *out = result;
            return true;
        }
        if (big) {
            /* 1 / (something >= 2^96) rounds to 0 at 28 places. */
            u128 e = mant(y) / pow10_128(sc(y));
            *out = mk(0, 0, ng(x) && (e & 1));
            return true;
        }
        return al_dec_div(mk(1, 0, false), result, out, f);
    }
    /* Non-integer exponent: Math.Pow on doubles, then (decimal)double. */
    double r = pow(al_dec_to_double(x), al_dec_to_double(y));
    if (!isfinite(r)) return overflow(f);
    return al_dec_from_double(r, out, f);
}
