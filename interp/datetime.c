/* interp/datetime.c — see datetime.h and docs/datetime.md. */
#include "interp/datetime.h"
#include "grammar/mem.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* ================================================================ texts
 * Every error text in one place so a measured BC wording can replace an
 * alrun-chosen one without hunting (docs/datetime.md lists which is which). */
#define E_UNDEF_DATE  "You cannot base a date calculation on an undefined date."
#define E_UNDEF_TIME  "You cannot base a time calculation on an undefined time."
#define E_UNDEF_DT    "You cannot base a date-time calculation on an undefined date-time."
#define E_DATE_RANGE  "The date is not valid. Dates must be between 01/01/1753 and 12/31/9999."
#define E_DT_RANGE    "The DateTime is not valid. DateTimes must be between 01/01/1753 00:00:00 and 12/31/9999 23:59:59.999."
#define E_DMY         "The date is not valid: day %d, month %d, year %d."
#define E_DWY         "The date is not valid: weekday %d, week %d, year %d."
#define E_D2DMY       "The value %d is not valid for the second parameter of Date2DMY; use 1 (day), 2 (month) or 3 (year)."
#define E_D2DWY       "The value %d is not valid for the second parameter of Date2DWY; use 1 (weekday), 2 (week) or 3 (year)."
#define E_FORMULA     "The date formula \"%s\" is not valid."
#define E_LIT         "The %s literal '%.*s' is not valid."
#define E_EVAL        "The value \"%s\" can't be evaluated into type %s."

/* ================================================================ calendar */

/* Days since 1970-01-01 of a proleptic-Gregorian y-m-d (H. Hinnant). */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int32_t *y, int32_t *m, int32_t *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t dd = doy - (153 * mp + 2) / 5 + 1;
    int64_t mm = mp < 10 ? mp + 3 : mp - 9;
    *y = (int32_t)(yoe + era * 400 + (mm <= 2));
    *m = (int32_t)mm;
    *d = (int32_t)dd;
}

/* Rata Die: 0001-01-01 = 1. */
#define RD_UNIX_OFFSET 719163
static int64_t rd_of(int64_t y, int64_t m, int64_t d) { return days_from_civil(y, m, d) + RD_UNIX_OFFSET; }
static void ymd_of(int64_t rd, int32_t *y, int32_t *m, int32_t *d) { civil_from_days(rd - RD_UNIX_OFFSET, y, m, d); }

#define RD_MIN 639906    /* 1753-01-01 */
#define RD_MAX 3652059   /* 9999-12-31 */

static bool leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int dim(int64_t y, int64_t m)
{
    static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : n[m - 1];
}
static bool ymd_ok(int64_t y, int64_t m, int64_t d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);
}
static bool rd_ok(int64_t rd) { return rd >= RD_MIN && rd <= RD_MAX; }

static int64_t rd_of_date(al_date d) { return d >> 1; }
static al_date date_of_rd(int64_t rd, bool closing) { return (al_date)(rd * 2 + (closing ? 1 : 0)); }
static int wd_of_rd(int64_t rd) { return (int)((rd - 1) % 7) + 1; }   /* 0001-01-01 was a Monday */

/* ISO 8601 week and week-year of [rd]. */
static void iso_week(int64_t rd, int32_t *week, int32_t *wyear)
{
    int64_t thu = rd - wd_of_rd(rd) + 4;
    int32_t y, m, d;
    ymd_of(thu, &y, &m, &d);
    *wyear = y;
    *week = (int32_t)((thu - rd_of(y, 1, 1)) / 7 + 1);
}
static int64_t iso_week1_monday(int64_t y)
{
    int64_t jan4 = rd_of(y, 1, 4);
    return jan4 - (wd_of_rd(jan4) - 1);
}

bool al_date_from_ymd(int32_t y, int32_t m, int32_t d, al_date *out)
{
    if (!ymd_ok(y, m, d)) return false;
    int64_t rd = rd_of(y, m, d);
    if (!rd_ok(rd)) return false;
    *out = date_of_rd(rd, false);
    return true;
}

void al_date_to_ymd(al_date d, int32_t *y, int32_t *m, int32_t *day)
{
    if (d == 0) { *y = *m = *day = 0; return; }
    ymd_of(rd_of_date(d), y, m, day);
}

int32_t al_date_weekday(al_date d) { return d ? wd_of_rd(rd_of_date(d)) : 0; }
bool al_date_is_closing(al_date d) { return d != 0 && (d & 1); }
al_date al_date_normal(al_date d) { return d & ~1; }
al_date al_date_closing(al_date d) { return d ? (d | 1) : 0; }

bool al_time_from_hms(int32_t h, int32_t m, int32_t s, int32_t ms, al_time *out)
{
    if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59 || ms < 0 || ms > 999) return false;
    *out = ((h * 60 + m) * 60 + s) * 1000 + ms + 1;
    return true;
}

int32_t al_time_ms(al_time t) { return t - 1; }

#define DT_UNIX_OFFSET ((int64_t)(RD_UNIX_OFFSET - 1) * AL_MS_PER_DAY)
#define DT_MIN ((int64_t)(RD_MIN - 1) * AL_MS_PER_DAY)
#define DT_MAX ((int64_t)RD_MAX * AL_MS_PER_DAY - 1)

al_datetime al_datetime_from_unix_ms(int64_t unix_ms) { return unix_ms + DT_UNIX_OFFSET; }
int64_t al_datetime_to_unix_ms(al_datetime dt) { return dt - DT_UNIX_OFFSET; }

/* ================================================================ literals */

static bool strip_suffix(const char **s, size_t *n, const char *suf)
{
    size_t k = strlen(suf);
    if (*n < k || strncasecmp(*s + *n - k, suf, k) != 0) return false;
    *n -= k;
    return true;
}

static bool all_digits(const char *s, size_t n)
{
    if (n == 0) return false;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return false;
    return true;
}

static int64_t digits_val(const char *s, size_t n)
{
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

bool al_date_literal(const char *text, size_t len, al_date *out, al_fail *f)
{
    const char *s = text;
    size_t n = len;
    strip_suffix(&s, &n, "D");
    if (n == 1 && s[0] == '0') { *out = 0; return true; }
    if (n == 8 && all_digits(s, n)) {
        int64_t v = digits_val(s, 8);
        if (al_date_from_ymd((int32_t)(v / 10000), (int32_t)(v / 100 % 100), (int32_t)(v % 100), out))
            return true;
    }
    return al_fail_set(f, NULL, E_LIT, "Date", (int)len, text);
}

bool al_time_literal(const char *text, size_t len, al_time *out, al_fail *f)
{
    const char *s = text;
    size_t n = len;
    strip_suffix(&s, &n, "T");
    if (n == 1 && s[0] == '0') { *out = 0; return true; }
    int32_t ms = 0;
    const char *dot = memchr(s, '.', n);
    if (dot) {
        size_t fl = n - (size_t)(dot - s) - 1;
        if (fl < 1 || fl > 3 || !all_digits(dot + 1, fl)) goto bad;
        ms = (int32_t)digits_val(dot + 1, fl);
        for (size_t i = fl; i < 3; i++) ms *= 10;
        n = (size_t)(dot - s);
    }
    if (n == 6 && all_digits(s, 6)) {
        int64_t v = digits_val(s, 6);
        if (al_time_from_hms((int32_t)(v / 10000), (int32_t)(v / 100 % 100), (int32_t)(v % 100), ms, out))
            return true;
    }
bad:
    return al_fail_set(f, NULL, E_LIT, "Time", (int)len, text);
}

bool al_datetime_literal(const char *text, size_t len, al_datetime *out, al_fail *f)
{
    if (len == 3 && strncasecmp(text, "0DT", 3) == 0) { *out = 0; return true; }
    return al_fail_set(f, NULL, E_LIT, "DateTime", (int)len, text);
}

/* ================================================================ arithmetic */

bool al_date_add(al_date d, int64_t days, al_date *out, al_fail *f)
{
    if (d == 0) return al_fail_set(f, NULL, E_UNDEF_DATE);
    if (days > RD_MAX || days < -RD_MAX) return al_fail_set(f, NULL, E_DATE_RANGE);
    int64_t rd = rd_of_date(d) + days;
    if (!rd_ok(rd)) return al_fail_set(f, NULL, E_DATE_RANGE);
    *out = date_of_rd(rd, d & 1);
    return true;
}

bool al_date_diff(al_date a, al_date b, int32_t *out, al_fail *f)
{
    if (a == 0 || b == 0) return al_fail_set(f, NULL, E_UNDEF_DATE);
    *out = (int32_t)(rd_of_date(a) - rd_of_date(b));
    return true;
}

bool al_time_add(al_time t, int64_t ms, al_time *out, al_fail *f)
{
    if (t == 0) return al_fail_set(f, NULL, E_UNDEF_TIME);
    int64_t v = ((int64_t)(t - 1) + ms % AL_MS_PER_DAY) % AL_MS_PER_DAY;
    if (v < 0) v += AL_MS_PER_DAY;
    *out = (al_time)(v + 1);
    return true;
}

bool al_time_diff(al_time a, al_time b, int64_t *out, al_fail *f)
{
    if (a == 0 || b == 0) return al_fail_set(f, NULL, E_UNDEF_TIME);
    *out = (int64_t)a - b;
    return true;
}

bool al_datetime_add(al_datetime dt, int64_t ms, al_datetime *out, al_fail *f)
{
    if (dt == 0) return al_fail_set(f, NULL, E_UNDEF_DT);
    if (ms > DT_MAX || ms < -DT_MAX) return al_fail_set(f, NULL, E_DT_RANGE);
    int64_t v = dt + ms;
    if (v < DT_MIN || v > DT_MAX) return al_fail_set(f, NULL, E_DT_RANGE);
    *out = v;
    return true;
}

bool al_datetime_diff(al_datetime a, al_datetime b, al_duration *out, al_fail *f)
{
    if (a == 0 || b == 0) return al_fail_set(f, NULL, E_UNDEF_DT);
    *out = a - b;
    return true;
}

/* ================================================================ system functions */

bool al_date_dmy2date(int32_t day, int32_t month, int32_t year, al_date *out, al_fail *f)
{
    if (al_date_from_ymd(year, month, day, out)) return true;
    return al_fail_set(f, NULL, E_DMY, day, month, year);
}

bool al_date_dwy2date(int32_t weekday, int32_t week, int32_t year, al_date *out, al_fail *f)
{
    if (weekday >= 1 && weekday <= 7 && week >= 1 && week <= 53 && year >= 1753 && year <= 9999) {
        int32_t last_week, wy;
        iso_week(rd_of(year, 12, 28), &last_week, &wy);
        int64_t rd = iso_week1_monday(year) + (int64_t)(week - 1) * 7 + (weekday - 1);
        if (week <= last_week && rd_ok(rd)) { *out = date_of_rd(rd, false); return true; }
    }
    return al_fail_set(f, NULL, E_DWY, weekday, week, year);
}

bool al_date_date2dmy(al_date d, int32_t what, int32_t *out, al_fail *f)
{
    if (what < 1 || what > 3) return al_fail_set(f, NULL, E_D2DMY, what);
    int32_t y, m, day;
    al_date_to_ymd(d, &y, &m, &day);
    *out = what == 1 ? day : what == 2 ? m : y;
    return true;
}

bool al_date_date2dwy(al_date d, int32_t what, int32_t *out, al_fail *f)
{
    if (what < 1 || what > 3) return al_fail_set(f, NULL, E_D2DWY, what);
    if (d == 0) { *out = 0; return true; }
    int64_t rd = rd_of_date(d);
    int32_t week, wy;
    iso_week(rd, &week, &wy);
    *out = what == 1 ? wd_of_rd(rd) : what == 2 ? week : wy;
    return true;
}

al_datetime al_datetime_create(al_date d, al_time t)
{
    if (d == 0) return 0;
    return (rd_of_date(d) - 1) * AL_MS_PER_DAY + (t ? t - 1 : 0);
}

al_date al_datetime_date(al_datetime dt)
{
    return dt ? date_of_rd(dt / AL_MS_PER_DAY + 1, false) : 0;
}

al_time al_datetime_time(al_datetime dt)
{
    return dt ? (al_time)(dt % AL_MS_PER_DAY + 1) : 0;
}

/* ================================================================ date formulas */

enum { U_D, U_WD, U_W, U_M, U_Q, U_Y };
static const char *const unit_name[] = {"D", "WD", "W", "M", "Q", "Y"};

typedef struct {
    int sign;          /* +1 / -1 */
    bool sign_written; /* an explicit + or - */
    bool current;      /* C<unit> */
    bool position;     /* <unit><n>: D10, WD2 */
    int unit;
    int64_t num;       /* count, or position */
} term;

typedef struct { term *t; int n; } formula;

static const char *skip_ws(const char *p) { while (*p == ' ' || *p == '\t') p++; return p; }

/* Reads an unsigned number of at most 9 digits (more is "out of range"
 * later, never an overflow). */
static const char *read_num(const char *p, int64_t *v, bool *got)
{
    *v = 0;
    *got = false;
    int k = 0;
    while (isdigit((unsigned char)*p)) {
        if (k < 9) *v = *v * 10 + (*p - '0');
        else *v = 999999999;
        p++, k++;
    }
    *got = k > 0;
    return p;
}

static const char *read_unit(const char *p, int *unit)
{
    int c = toupper((unsigned char)*p);
    if (c == 'W' && toupper((unsigned char)p[1]) == 'D') { *unit = U_WD; return p + 2; }
    switch (c) {
    case 'D': *unit = U_D; return p + 1;
    case 'W': *unit = U_W; return p + 1;
    case 'M': *unit = U_M; return p + 1;
    case 'Q': *unit = U_Q; return p + 1;
    case 'Y': *unit = U_Y; return p + 1;
    default: return NULL;
    }
}

/* Parses [text] (with or without the <> brackets) into terms. */
static bool parse_formula(const char *text, formula *out)
{
    const char *p = skip_ws(text);
    size_t n = strlen(p);
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t')) n--;
    if (n && p[0] == '<') {
        if (p[n - 1] != '>') return false;
        p++, n -= 2;
    }
    const char *s = al_strndup(p, n);
    out->t = al_alloc(sizeof(term) * (n / 2 + 1));
    out->n = 0;
    p = skip_ws(s);
    while (*p) {
        term t = {.sign = 1};
        if (*p == '+' || *p == '-') {
            t.sign = *p == '-' ? -1 : 1;
            t.sign_written = true;
            p = skip_ws(p + 1);
        } else if (out->n > 0) {
            return false;              /* terms are joined by + or - */
        }
        bool got;
        if (toupper((unsigned char)*p) == 'C') {
            t.current = true;
            p = skip_ws(p + 1);
            if (!(p = read_unit(p, &t.unit)) || t.unit == U_WD) return false;
            p = skip_ws(p);
        } else {
            p = skip_ws(read_num(p, &t.num, &got));
            bool counted = got;
            if (!(p = read_unit(p, &t.unit))) return false;
            if (t.unit == U_WD && counted) return false;   /* no "2WD" */
            p = skip_ws(p);
            if (!counted) {
                p = skip_ws(read_num(p, &t.num, &got));
                if (!got) return false;
                t.position = true;
                if (t.unit == U_D && (t.num < 1 || t.num > 31)) return false;
                if (t.unit == U_WD && (t.num < 1 || t.num > 7)) return false;
                if (t.unit != U_D && t.unit != U_WD) return false;
            }
        }
        if (isdigit((unsigned char)*p)) return false;      /* "CM5", "1D2" */
        out->t[out->n++] = t;
    }
    return true;
}

static bool add_months(int64_t *rd, int64_t months)
{
    int32_t y, m, d;
    ymd_of(*rd, &y, &m, &d);
    if (months > 120000 || months < -120000) return false;
    int64_t idx = (int64_t)y * 12 + (m - 1) + months;
    int64_t ny = idx >= 0 ? idx / 12 : -1;
    if (ny < 1753 || ny > 9999) return false;
    int64_t nm = idx % 12 + 1;
    int64_t nd = d > dim(ny, nm) ? dim(ny, nm) : d;
    *rd = rd_of(ny, nm, nd);
    return true;
}

static bool apply_term(const term *t, int64_t *rd)
{
    int32_t y, m, d;
    ymd_of(*rd, &y, &m, &d);
    if (t->current) {
        bool end = t->sign > 0;
        switch (t->unit) {
        case U_D: break;
        case U_W: *rd += end ? 7 - wd_of_rd(*rd) : 1 - wd_of_rd(*rd); break;
        case U_M: *rd = rd_of(y, m, end ? dim(y, m) : 1); break;
        case U_Q: {
            int qm = (m - 1) / 3 * 3 + 1;      /* first month of the quarter */
            *rd = end ? rd_of(y, qm + 2, dim(y, qm + 2)) : rd_of(y, qm, 1);
            break;
        }
        case U_Y: *rd = end ? rd_of(y, 12, 31) : rd_of(y, 1, 1); break;
        }
    } else if (t->position) {
        if (t->unit == U_WD) {
            int wd = wd_of_rd(*rd);
            if (t->sign > 0) *rd += (t->num - wd + 7) % 7;
            else *rd -= (wd - t->num + 7) % 7;
        } else {
            /* the nearest date on or after (before, with -) whose day is n */
            int64_t yy = y, mm = m;
            if (t->sign > 0 ? d > t->num : d < t->num) {
                mm += t->sign;
            }
            for (;;) {
                if (mm > 12) mm = 1, yy++;
                if (mm < 1) mm = 12, yy--;
                if (yy < 1753 || yy > 9999) return false;
                if (t->num <= dim(yy, mm)) break;
                mm += t->sign;
            }
            *rd = rd_of(yy, mm, t->num);
        }
    } else {
        int64_t n = t->sign * t->num;
        switch (t->unit) {
        case U_D: *rd += n; break;
        case U_W: *rd += 7 * n; break;
        case U_M: if (!add_months(rd, n)) return false; break;
        case U_Q: if (!add_months(rd, 3 * n)) return false; break;
        case U_Y: if (!add_months(rd, 12 * n)) return false; break;
        }
    }
    return rd_ok(*rd);
}

bool al_date_calc(const char *text, al_date d, al_date *out, al_fail *f)
{
    formula fm;
    if (!parse_formula(text, &fm)) return al_fail_set(f, NULL, E_FORMULA, text);
    if (d == 0) return al_fail_set(f, NULL, E_UNDEF_DATE);
    int64_t rd = rd_of_date(d);
    for (int i = 0; i < fm.n; i++)
        if (!apply_term(&fm.t[i], &rd)) return al_fail_set(f, NULL, E_DATE_RANGE);
    *out = date_of_rd(rd, d & 1);
    return true;
}

const char *al_date_formula_normalize(const char *text, al_fail *f)
{
    formula fm;
    if (!parse_formula(text, &fm))
        return al_fail_set(f, NULL, E_EVAL, text, "DateFormula"), NULL;
    char *buf = al_alloc_atomic((size_t)fm.n * 16 + 1), *p = buf;
    for (int i = 0; i < fm.n; i++) {
        const term *t = &fm.t[i];
        if (t->sign < 0) *p++ = '-';
        else if (i > 0 || t->sign_written) *p++ = '+';
        if (t->current) p += sprintf(p, "C%s", unit_name[t->unit]);
        else if (t->position) p += sprintf(p, "%s%lld", unit_name[t->unit], (long long)t->num);
        else p += sprintf(p, "%lld%s", (long long)t->num, unit_name[t->unit]);
    }
    *p = 0;
    return buf;
}

/* ================================================================ Format */

typedef struct { char *p; size_t n, cap; } sbuf;

static void sb_putn(sbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = (b->cap ? b->cap * 2 : 32);
        while (cap < b->n + n + 1) cap *= 2;
        char *np = al_alloc_atomic(cap);
        if (b->n) memcpy(np, b->p, b->n);
        b->p = np, b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}
static void sb_puts(sbuf *b, const char *s) { sb_putn(b, s, strlen(s)); }
static const char *sb_str(sbuf *b) { return b->p ? b->p : ""; }

static const char *const month_names[] = {"January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"};
static const char *const weekday_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday"};

typedef struct {
    bool has_date, has_time;
    int32_t y, m, d, wd, week, wyear;
    bool closing;
    int32_t h, mi, s, ms;
} parts;

enum { K_DATE, K_TIME, K_DATETIME };

static parts parts_of(int kind, al_date d, al_time t)
{
    parts p = {0};
    if (kind != K_TIME && d) {
        p.has_date = true;
        int64_t rd = rd_of_date(d);
        ymd_of(rd, &p.y, &p.m, &p.d);
        p.wd = wd_of_rd(rd);
        iso_week(rd, &p.week, &p.wyear);
        p.closing = d & 1;
    }
    if (kind != K_DATE && t) {
        p.has_time = true;
        int32_t ms = t - 1;
        p.h = ms / 3600000;
        p.mi = ms / 60000 % 60;
        p.s = ms / 1000 % 60;
        p.ms = ms % 1000;
    }
    return p;
}

static const char *std_format(int kind, int32_t num)
{
    if (kind == K_DATE) {
        switch (num) {
        case 2: return "<Closing><Year4><Month,2><Day,2>D";
        case 4: return "<Month Text> <Day>, <Year4>";
        case 9: return "<Year4>-<Month,2>-<Day,2>";
        default: return "<Closing><Month,2>/<Day,2>/<Year>";
        }
    }
    if (kind == K_TIME) {
        switch (num) {
        case 2: return "<Hours24,2><Minutes,2><Seconds,2><Second dec.>T";
        case 9: return "<Hours24,2>:<Minutes,2>:<Seconds,2><Second dec.>";
        default: return "<Hours12>:<Minutes,2>:<Seconds,2><Second dec.> <AM/PM>";
        }
    }
    switch (num) {
    case 9: return "<Year4>-<Month,2>-<Day,2>T<Hours24,2>:<Minutes,2>:<Seconds,2><Second dec.>Z";
    default: return "<Month,2>/<Day,2>/<Year> <Hours12,2>:<Minutes,2> <AM/PM>";
    }
}

/* A number padded on the left with [fill] to [width]. */
static void put_num(sbuf *b, int64_t v, int width, char fill)
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%lld", (long long)v);
    for (int i = n; i < width; i++) sb_putn(b, &fill, 1);
    sb_putn(b, tmp, (size_t)n);
}

/* A text cut to [width] when a width is given. */
static void put_text(sbuf *b, const char *s, int width)
{
    size_t n = strlen(s);
    if (width > 0 && (size_t)width < n) n = (size_t)width;
    sb_putn(b, s, n);
}

static void put_second_dec(sbuf *b, int32_t ms)
{
    if (!ms) return;
    char tmp[8];
    snprintf(tmp, sizeof tmp, ".%03d", ms);
    size_t n = 4;
    while (tmp[n - 1] == '0') n--;
    sb_putn(b, tmp, n);
}

static bool name_is(const char *name, size_t n, const char *want)
{
    return strlen(want) == n && strncasecmp(name, want, n) == 0;
}

static void format_into(sbuf *b, int kind, const parts *p, const char *fmt, int depth);

/* One <Tag[,arg]>; false when the tag is unknown (printed literally then). */
static bool put_tag(sbuf *b, int kind, const parts *p, const char *name, size_t nl,
                    const char *arg, size_t al, char *fill, int depth)
{
    int width = 0;
    bool has_width = false;
    if (arg && al && all_digits(arg, al) && al < 4) width = (int)digits_val(arg, al), has_width = true;
    bool D = p->has_date, T = p->has_time;

    if (name_is(name, nl, "Filler Character") || name_is(name, nl, "Filler")) {
        if (arg && al >= 1) *fill = arg[0];
        return true;
    }
    if (name_is(name, nl, "Standard Format")) {
        if (!has_width) return false;
        if (depth < 2) format_into(b, kind, p, std_format(kind, width), depth + 1);
        return true;
    }
    if (name_is(name, nl, "Closing")) { if (D && p->closing) sb_puts(b, "C"); return true; }
    if (name_is(name, nl, "Day")) { if (D) put_num(b, p->d, width, *fill); return true; }
    if (name_is(name, nl, "Month")) { if (D) put_num(b, p->m, width, *fill); return true; }
    if (name_is(name, nl, "Month Text")) { if (D) put_text(b, month_names[p->m - 1], width); return true; }
    if (name_is(name, nl, "Quarter")) { if (D) put_num(b, (p->m - 1) / 3 + 1, width, *fill); return true; }
    if (name_is(name, nl, "Year")) { if (D) put_num(b, p->y % 100, has_width ? width : 2, '0'); return true; }
    if (name_is(name, nl, "Year4")) { if (D) put_num(b, p->y, has_width ? width : 4, '0'); return true; }
    if (name_is(name, nl, "Week")) { if (D) put_num(b, p->week, width, *fill); return true; }
    if (name_is(name, nl, "Week Year")) { if (D) put_num(b, p->wyear % 100, has_width ? width : 2, '0'); return true; }
    if (name_is(name, nl, "Week Year4")) { if (D) put_num(b, p->wyear, has_width ? width : 4, '0'); return true; }
    if (name_is(name, nl, "Weekday")) { if (D) put_num(b, p->wd, width, *fill); return true; }
    if (name_is(name, nl, "Weekday Text") || name_is(name, nl, "Day Text")) {
        if (D) put_text(b, weekday_names[p->wd - 1], width);
        return true;
    }
    if (name_is(name, nl, "Hours24")) { if (T) put_num(b, p->h, width, *fill); return true; }
    if (name_is(name, nl, "Hours12")) {
        if (T) put_num(b, p->h % 12 == 0 ? 12 : p->h % 12, width, *fill);
        return true;
    }
    if (name_is(name, nl, "Minutes")) { if (T) put_num(b, p->mi, width, *fill); return true; }
    if (name_is(name, nl, "Seconds")) { if (T) put_num(b, p->s, width, *fill); return true; }
    if (name_is(name, nl, "Thousands")) { if (T) put_num(b, p->ms, has_width ? width : 3, '0'); return true; }
    if (name_is(name, nl, "Second dec.") || name_is(name, nl, "Second dec")) {
        if (T) put_second_dec(b, p->ms);
        return true;
    }
    if (name_is(name, nl, "AM/PM")) { if (T) sb_puts(b, p->h < 12 ? "AM" : "PM"); return true; }
    return false;
}

static void format_into(sbuf *b, int kind, const parts *p, const char *fmt, int depth)
{
    char fill = '0';
    const char *q = fmt;
    while (*q) {
        const char *gt;
        if (*q == '<' && (gt = strchr(q + 1, '>')) != NULL) {
            const char *name = q + 1, *comma = memchr(name, ',', (size_t)(gt - name));
            size_t nl = (size_t)((comma ? comma : gt) - name);
            const char *arg = comma ? comma + 1 : NULL;
            size_t al = comma ? (size_t)(gt - arg) : 0;
            while (nl && name[nl - 1] == ' ') nl--;
            if (put_tag(b, kind, p, name, nl, arg, al, &fill, depth)) { q = gt + 1; continue; }
            sb_putn(b, q, (size_t)(gt - q + 1));     /* unknown tag: kept as text */
            q = gt + 1;
            continue;
        }
        sb_putn(b, q, 1);
        q++;
    }
}

static const char *format_parts(int kind, const parts *p, int32_t fmtnum, const char *fmtstr)
{
    sbuf b = {0};
    format_into(&b, kind, p, fmtstr ? fmtstr : std_format(kind, fmtnum), 0);
    return sb_str(&b);
}

const char *al_date_format(al_date d, int32_t fmtnum, const char *fmtstr)
{
    if (d == 0) return "";
    parts p = parts_of(K_DATE, d, 0);
    return format_parts(K_DATE, &p, fmtnum, fmtstr);
}

const char *al_time_format(al_time t, int32_t fmtnum, const char *fmtstr)
{
    if (t == 0) return "";
    parts p = parts_of(K_TIME, 0, t);
    return format_parts(K_TIME, &p, fmtnum, fmtstr);
}

const char *al_datetime_format(al_datetime dt, int32_t fmtnum, const char *fmtstr)
{
    if (dt == 0) return "";
    parts p = parts_of(K_DATETIME, al_datetime_date(dt), al_datetime_time(dt));
    return format_parts(K_DATETIME, &p, fmtnum, fmtstr);
}

const char *al_duration_format(al_duration d, int32_t fmtnum)
{
    if (fmtnum == 9) return al_sprintf("%lld", (long long)d);
    if (d == 0) return "";
    sbuf b = {0};
    uint64_t v = d < 0 ? (uint64_t)0 - (uint64_t)d : (uint64_t)d;
    if (d < 0) sb_puts(&b, "-");
    static const struct { uint64_t ms; const char *one, *many; } u[] = {
        {86400000, "day", "days"}, {3600000, "hour", "hours"}, {60000, "minute", "minutes"},
        {1000, "second", "seconds"}, {1, "millisecond", "milliseconds"}};
    bool first = true;
    for (int i = 0; i < 5; i++) {
        uint64_t n = v / u[i].ms;
        v %= u[i].ms;
        if (!n) continue;
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%s%llu %s", first ? "" : " ", (unsigned long long)n,
                 n == 1 ? u[i].one : u[i].many);
        sb_puts(&b, tmp);
        first = false;
    }
    return sb_str(&b);
}

/* ================================================================ Evaluate */

static bool eval_fail(al_fail *f, const char *text, const char *type)
{
    return al_fail_set(f, NULL, E_EVAL, text, type);
}

/* [text] without leading/trailing blanks, as a fresh string. */
static char *trimmed(const char *text)
{
    while (isspace((unsigned char)*text)) text++;
    size_t n = strlen(text);
    while (n && isspace((unsigned char)text[n - 1])) n--;
    return al_strndup(text, n);
}

static int64_t year_of_2digits(int64_t yy) { return yy < 30 ? 2000 + yy : 1900 + yy; }

/* ISO 'YYYY-MM-DD' at [s]; returns the end or NULL. */
static const char *iso_date(const char *s, int64_t *rd)
{
    if (!(all_digits(s, 4) && s[4] == '-' && all_digits(s + 5, 2) && s[7] == '-' && all_digits(s + 8, 2)))
        return NULL;
    int64_t y = digits_val(s, 4), m = digits_val(s + 5, 2), d = digits_val(s + 8, 2);
    if (!ymd_ok(y, m, d) || !rd_ok(rd_of(y, m, d))) return NULL;
    *rd = rd_of(y, m, d);
    return s + 10;
}

/* en-US date text (format 0) → day number; [s] is trimmed, non-empty. */
static bool parse_date_us(const char *s, al_date today, al_date workdate, int64_t *rd, bool *closing)
{
    *closing = false;
    if (toupper((unsigned char)s[0]) == 'C' && s[1] && (isdigit((unsigned char)s[1]) || s[1] == ' ')) {
        *closing = true;
        s++;
        while (*s == ' ') s++;
    }
    if (!strcasecmp(s, "t") || !strcasecmp(s, "today")) {
        if (!today) return false;
        *rd = rd_of_date(today);
        return true;
    }
    if (!strcasecmp(s, "w") || !strcasecmp(s, "workdate")) {
        if (!workdate) return false;
        *rd = rd_of_date(workdate);
        return true;
    }
    int32_t wy = 0, wm = 0, wdd = 0;
    al_date_to_ymd(workdate, &wy, &wm, &wdd);
    int64_t y = -1, m = -1, d = -1;
    size_t n = strlen(s);
    if (all_digits(s, n)) {
        switch (n) {
        case 1: case 2: d = digits_val(s, n); m = wm; y = wy; break;
        case 4: m = digits_val(s, 2); d = digits_val(s + 2, 2); y = wy; break;
        case 6: m = digits_val(s, 2); d = digits_val(s + 2, 2); y = year_of_2digits(digits_val(s + 4, 2)); break;
        case 8: m = digits_val(s, 2); d = digits_val(s + 2, 2); y = digits_val(s + 4, 4); break;
        default: return false;
        }
        if ((n <= 4) && !workdate) return false;
    } else {
        /* up to three digit groups separated by / - . or blanks */
        int64_t g[3];
        size_t gl[3];
        int k = 0;
        const char *p = s;
        while (*p) {
            if (k == 3) return false;
            const char *st = p;
            while (isdigit((unsigned char)*p)) p++;
            gl[k] = (size_t)(p - st);
            if (gl[k] == 0 || gl[k] > 4) return false;
            g[k] = digits_val(st, gl[k]);
            k++;
            if (!*p) break;
            if (!strchr("/-. ", *p)) return false;
            char sep = *p;
            while (*p == sep || *p == ' ') p++;
            if (!*p) return false;
        }
        if (k == 2) {
            if (gl[0] > 2 || gl[1] > 2 || !workdate) return false;
            m = g[0], d = g[1], y = wy;
        } else if (k == 3) {
            if (gl[0] == 4) {
                if (gl[1] > 2 || gl[2] > 2) return false;
                y = g[0], m = g[1], d = g[2];
            } else {
                if (gl[0] > 2 || gl[1] > 2) return false;
                m = g[0], d = g[1];
                y = gl[2] <= 2 ? year_of_2digits(g[2]) : g[2];
            }
        } else {
            return false;
        }
    }
    if (!ymd_ok(y, m, d) || !rd_ok(rd_of(y, m, d))) return false;
    *rd = rd_of(y, m, d);
    return true;
}

bool al_date_evaluate(const char *text, int32_t fmtnum, al_date today, al_date workdate,
                      al_date *out, al_fail *f)
{
    char *s = trimmed(text);
    if (!*s) { *out = 0; return true; }
    int64_t rd;
    bool closing = false;
    if (fmtnum == 9) {
        const char *e = iso_date(s, &rd);
        if (!e || *e) return eval_fail(f, text, "Date");
    } else if (!parse_date_us(s, today, workdate, &rd, &closing)) {
        int64_t r2;
        const char *e = iso_date(s, &r2);       /* '2024-01-31' reads as itself */
        if (!e || *e) return eval_fail(f, text, "Date");
        rd = r2;
    }
    *out = date_of_rd(rd, closing);
    return true;
}

/* Reads up to [max] digits; returns count. */
static size_t take_digits(const char **p, size_t max, int64_t *v)
{
    size_t k = 0;
    *v = 0;
    while (k < max && isdigit((unsigned char)**p)) *v = *v * 10 + (**p - '0'), (*p)++, k++;
    return k;
}

/* Fraction digits after a '.', as milliseconds (first 3 digits count). */
static bool take_fraction(const char **p, int64_t *ms)
{
    *ms = 0;
    if (**p != '.') return true;
    (*p)++;
    int k = 0;
    while (isdigit((unsigned char)**p)) {
        if (k < 3) *ms = *ms * 10 + (**p - '0');
        (*p)++, k++;
    }
    if (k == 0) return false;
    for (; k < 3; k++) *ms *= 10;
    return true;
}

/* en-US time text → ms since midnight: 'H[:MM[:SS[.fff]]] [AM|PM]' or
 * compact digits 'HHMMSS[.fff]'.  [s] is trimmed and non-empty. */
static bool parse_time_us(const char *s, int64_t *out_ms)
{
    size_t n = strlen(s);
    /* AM/PM suffix */
    int ampm = 0;
    {
        size_t e = n;
        while (e && isalpha((unsigned char)s[e - 1])) e--;
        size_t wl = n - e;
        if (wl) {
            const char *w = s + e;
            if ((wl == 2 && !strncasecmp(w, "AM", 2)) || (wl == 1 && tolower((unsigned char)*w) == 'a')) ampm = 1;
            else if ((wl == 2 && !strncasecmp(w, "PM", 2)) || (wl == 1 && tolower((unsigned char)*w) == 'p')) ampm = 2;
            else return false;
            while (e && s[e - 1] == ' ') e--;
            n = e;
        }
    }
    char *t = al_strndup(s, n);
    const char *p = t;
    int64_t h = 0, m = 0, sec = 0, ms = 0;
    if (strchr(t, ':')) {
        if (!take_digits(&p, 2, &h)) return false;
        if (*p++ != ':') return false;
        if (take_digits(&p, 2, &m) == 0) return false;
        if (*p == ':') {
            p++;
            if (take_digits(&p, 2, &sec) == 0) return false;
            if (!take_fraction(&p, &ms)) return false;
        }
    } else {
        const char *st = p;
        while (isdigit((unsigned char)*p)) p++;
        size_t k = (size_t)(p - st);
        int64_t v = digits_val(st, k);
        switch (k) {
        case 1: case 2: h = v; break;
        case 3: case 4: h = v / 100; m = v % 100; break;
        case 5: case 6: h = v / 10000; m = v / 100 % 100; sec = v % 100; break;
        default: return false;
        }
        if (k >= 5 && !take_fraction(&p, &ms)) return false;
    }
    if (*p) return false;
    if (ampm) {
        if (h < 1 || h > 12) return false;
        h = h % 12 + (ampm == 2 ? 12 : 0);
    }
    if (h > 23 || m > 59 || sec > 59) return false;
    *out_ms = ((h * 60 + m) * 60 + sec) * 1000 + ms;
    return true;
}

/* XML time 'HH:MM:SS[.fff]'; returns the end or NULL. */
static const char *iso_time(const char *s, int64_t *out_ms)
{
    if (!(all_digits(s, 2) && s[2] == ':' && all_digits(s + 3, 2) && s[5] == ':' && all_digits(s + 6, 2)))
        return NULL;
    int64_t h = digits_val(s, 2), m = digits_val(s + 3, 2), sec = digits_val(s + 6, 2), ms;
    const char *p = s + 8;
    if (!take_fraction(&p, &ms)) return NULL;
    if (h > 23 || m > 59 || sec > 59) return NULL;
    *out_ms = ((h * 60 + m) * 60 + sec) * 1000 + ms;
    return p;
}

bool al_time_evaluate(const char *text, int32_t fmtnum, al_time *out, al_fail *f)
{
    char *s = trimmed(text);
    if (!*s) { *out = 0; return true; }
    int64_t ms;
    if (fmtnum == 9) {
        const char *e = iso_time(s, &ms);
        if (!e || (*e && strcmp(e, "Z") != 0)) return eval_fail(f, text, "Time");
    } else if (!parse_time_us(s, &ms)) {
        return eval_fail(f, text, "Time");
    }
    *out = (al_time)(ms + 1);
    return true;
}

/* 'YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]' → DateTime (no zone = UTC). */
static bool iso_datetime(const char *s, al_datetime *out)
{
    int64_t rd, ms;
    const char *p = iso_date(s, &rd);
    if (!p || (*p != 'T' && *p != 't')) return false;
    if (!(p = iso_time(p + 1, &ms))) return false;
    int64_t off = 0;
    if (*p == 'Z' || *p == 'z') {
        p++;
    } else if (*p == '+' || *p == '-') {
        int sign = *p == '-' ? -1 : 1;
        p++;
        int64_t oh, om;
        if (take_digits(&p, 2, &oh) != 2) return false;
        if (*p == ':') p++;
        if (take_digits(&p, 2, &om) != 2) return false;
        if (oh > 23 || om > 59) return false;
        off = sign * (oh * 60 + om) * 60000;
    }
    if (*p) return false;
    int64_t v = (rd - 1) * AL_MS_PER_DAY + ms - off;
    if (v < DT_MIN || v > DT_MAX) return false;
    *out = v;
    return true;
}

bool al_datetime_evaluate(const char *text, int32_t fmtnum, al_date today, al_date workdate,
                          al_datetime *out, al_fail *f)
{
    char *s = trimmed(text);
    if (!*s) { *out = 0; return true; }
    if (iso_datetime(s, out)) return true;
    if (fmtnum == 9) return eval_fail(f, text, "DateTime");
    /* '<date> <time>': the date is the first blank-separated word unless the
     * date itself is written with blanks (then it fails, as it is unclear) */
    char *sp = strchr(s, ' ');
    char *dpart = sp ? al_strndup(s, (size_t)(sp - s)) : s;
    const char *tpart = sp ? sp + 1 : "";
    while (*tpart == ' ') tpart++;
    int64_t rd, ms = 0;
    bool closing;
    if (!parse_date_us(dpart, today, workdate, &rd, &closing) || closing) {
        const char *e = iso_date(dpart, &rd);
        if (!e || *e) return eval_fail(f, text, "DateTime");
    }
    if (*tpart && !parse_time_us(tpart, &ms)) return eval_fail(f, text, "DateTime");
    *out = (rd - 1) * AL_MS_PER_DAY + ms;
    return true;
}

/* Units of Duration text; longest names first where one is a prefix. */
static const struct { const char *name; int64_t ms; } dur_units[] = {
    {"milliseconds", 1}, {"millisecond", 1}, {"msecs", 1}, {"msec", 1}, {"ms", 1},
    {"days", 86400000}, {"day", 86400000}, {"d", 86400000},
    {"hours", 3600000}, {"hour", 3600000}, {"hrs", 3600000}, {"hr", 3600000}, {"h", 3600000},
    {"minutes", 60000}, {"minute", 60000}, {"mins", 60000}, {"min", 60000},
    {"seconds", 1000}, {"second", 1000}, {"secs", 1000}, {"sec", 1000}, {"s", 1000},
};

bool al_duration_evaluate(const char *text, int32_t fmtnum, al_duration *out, al_fail *f)
{
    char *s = trimmed(text);
    if (!*s) { *out = 0; return true; }
    const char *p = s;
    int sign = 1;
    if (*p == '-' || *p == '+') { sign = *p == '-' ? -1 : 1; p++; while (*p == ' ') p++; }
    if (all_digits(p, strlen(p))) {              /* a bare number is milliseconds */
        if (strlen(p) > 18) return eval_fail(f, text, "Duration");
        *out = sign * digits_val(p, strlen(p));
        return true;
    }
    if (fmtnum == 9) return eval_fail(f, text, "Duration");
    /* '2days 4hours 3.7 seconds 17 milliseconds' */
    __int128 total = 0;
    bool any = false;
    while (*p) {
        int64_t ip = 0, frac = 0, scale = 1;
        const char *st = p;
        int k = 0;
        while (isdigit((unsigned char)*p)) { if (k++ < 15) ip = ip * 10 + (*p - '0'); else return eval_fail(f, text, "Duration"); p++; }
        if (*p == '.') {
            p++;
            int fk = 0;
            while (isdigit((unsigned char)*p)) { if (fk++ < 9) frac = frac * 10 + (*p - '0'), scale *= 10; p++; }
            if (fk == 0 && k == 0) return eval_fail(f, text, "Duration");
        }
        if (p == st) return eval_fail(f, text, "Duration");
        while (*p == ' ') p++;
        const char *w = p;
        while (isalpha((unsigned char)*p)) p++;
        size_t wl = (size_t)(p - w);
        int64_t unit = 0;
        for (size_t i = 0; i < sizeof dur_units / sizeof dur_units[0]; i++)
            if (strlen(dur_units[i].name) == wl && !strncasecmp(w, dur_units[i].name, wl)) {
                unit = dur_units[i].ms;
                break;
            }
        if (!unit) return eval_fail(f, text, "Duration");
        /* exact: ip*unit + round(frac*unit/scale) */
        total += (__int128)ip * unit + ((__int128)frac * unit * 2 + scale) / (2 * scale);
        if (total > INT64_MAX) return eval_fail(f, text, "Duration");
        any = true;
        while (*p == ' ' || *p == ',') p++;
    }
    if (!any) return eval_fail(f, text, "Duration");
    *out = sign * (int64_t)total;
    return true;
}
