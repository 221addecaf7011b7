/* stdlib/lib_datetime.c — Today, Time, CurrentDateTime, WorkDate and the
 * date functions.  The clock is the session's (the host's now_ms), so a
 * run on the virtual clock reads virtual time. */
#include "stdlib/lib.h"
#include "interp/datetime.h"
#include "grammar/mem.h"

static al_datetime now(al_exec *X)
{
    int64_t ms = X->host.now_ms ? X->host.now_ms(X->host.ctx) : 0;
    return al_datetime_from_unix_ms(ms);
}

al_value al_lib_now(al_exec *X)
{
    al_value v = {.tag = AL_TY_DATETIME};
    v.u.big = now(X);
    return v;
}

static al_value date_v(al_date d) { return al_ordinal(AL_TY_DATE, d); }
static al_value time_v(al_time t) { return al_ordinal(AL_TY_TIME, t); }

static al_value dt_now(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)argc; (void)argv;
    al_datetime n = now(X);
    switch (call->builtin->magic) {
    case 0: return date_v(al_datetime_date(n));                      /* Today */
    case 1: return time_v(al_datetime_time(n));                      /* Time */
    default: { al_value v = {.tag = AL_TY_DATETIME}; v.u.big = n; return v; }
    }
}

/* WorkDate([NewDate]): the session's work date, Today until set. */
static al_value dt_workdate(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)call;
    if (argc > 0) X->workdate = argv[0].u.i;
    return date_v(X->workdate ? X->workdate : al_datetime_date(now(X)));
}

static al_value dt_calcdate(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self; (void)call;
    al_date base = argc > 1 ? argv[1].u.i : (X->workdate ? X->workdate : al_datetime_date(now(X)));
    al_date r;
    al_fail f = {0};
    /* a DateFormula holds its canonical text (always valid); a text is parsed here */
    const char *formula = argv[0].tag == AL_TY_DATEFORMULA ? argv[0].u.text->s : al_lib_arg_text(X, argv[0])->s;
    al_lib_check(X, al_date_calc(formula, base, &r, &f), &f);
    return date_v(r);
}

static al_value dt_parts(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self;
    int32_t what = argc > 1 ? (int32_t)al_lib_arg_int(argv[1]) : 1, r = 0;
    al_fail f = {0};
    bool ok = call->builtin->magic ? al_date_date2dwy(argv[0].u.i, what, &r, &f)
                                   : al_date_date2dmy(argv[0].u.i, what, &r, &f);
    al_lib_check(X, ok, &f);
    return al_int(r);
}

static al_value dt_make(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)self;
    al_datetime n = now(X);
    al_date today = al_datetime_date(n);
    int32_t y, m, d;
    al_date_to_ymd(today, &y, &m, &d);
    /* DWY2Date without a week means the current week: today's ISO week and
     * the year that week belongs to (2024-12-30 is in week 1 of 2025). */
    int32_t week = 0, week_year = y;
    if (call->builtin->magic && argc < 2) {
        al_fail ignored = {0};
        al_date_date2dwy(today, 2, &week, &ignored);
        al_date_date2dwy(today, 3, &week_year, &ignored);
        y = week_year;
    }
    int32_t a = (int32_t)al_lib_arg_int(argv[0]);
    int32_t b = argc > 1 ? (int32_t)al_lib_arg_int(argv[1]) : (call->builtin->magic ? week : m);
    int32_t c = argc > 2 ? (int32_t)al_lib_arg_int(argv[2]) : y;
    al_date r;
    al_fail f = {0};
    bool ok = call->builtin->magic ? al_date_dwy2date(a, b, c, &r, &f) : al_date_dmy2date(a, b, c, &r, &f);
    al_lib_check(X, ok, &f);
    return date_v(r);
}

static al_value dt_split(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)self; (void)argc;
    if (call->builtin->magic) return time_v(al_datetime_time(argv[0].u.big));
    return date_v(al_datetime_date(argv[0].u.big));
}

static al_value dt_create(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)self; (void)argc; (void)call;
    al_value v = {.tag = AL_TY_DATETIME};
    v.u.big = al_datetime_create(argv[0].u.i, argv[1].u.i);
    return v;
}

static al_value dt_closing(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)self; (void)argc;
    return date_v(call->builtin->magic ? al_date_closing(argv[0].u.i) : al_date_normal(argv[0].u.i));
}

static const al_builtin datetime_fns[] = {
    {"Today", ":D", dt_now, 0, 0},
    {"Time", ":T", dt_now, 0, 1},
    {"CurrentDateTime", ":C", dt_now, 0, 2},
    {"WorkDate", "|D:D", dt_workdate, 0, 0},
    {"CalcDate", "q|D:D", dt_calcdate, AL_BF_PURE, 0},
    {"Date2DMY", "Di:i", dt_parts, AL_BF_PURE, 0},
    {"Date2DWY", "Di:i", dt_parts, AL_BF_PURE, 1},
    {"DMY2Date", "i|ii:D", dt_make, AL_BF_PURE, 0},
    {"DWY2Date", "i|ii:D", dt_make, AL_BF_PURE, 1},
    {"DT2Date", "C:D", dt_split, AL_BF_PURE, 0},
    {"DT2Time", "C:T", dt_split, AL_BF_PURE, 1},
    {"CreateDateTime", "DT:C", dt_create, AL_BF_PURE, 0},
    {"NormalDate", "D:D", dt_closing, AL_BF_PURE, 0},
    {"ClosingDate", "D:D", dt_closing, AL_BF_PURE, 1},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_datetime = {AL_TY_NONE, datetime_fns};
