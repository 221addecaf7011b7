/* tests/unit/test_datetime.c — Date, Time, DateTime and Duration
 * (interp/datetime.c): literals, arithmetic, DMY2Date & co, CalcDate,
 * Format and Evaluate with BC's en-US results. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <string.h>
#include "grammar/mem.h"
#include "interp/datetime.h"
#include "tests/unit/testutil.h"

TestSuite(datetime, .init = al_test_setup);

/* ============================================================ helpers */

static al_date D(const char *lit)
{
    al_date d = -1;
    al_fail f = {0};
    cr_assert(al_date_literal(lit, strlen(lit), &d, &f), "bad test literal %s", lit);
    return d;
}

static al_time T(const char *lit)
{
    al_time t = -1;
    al_fail f = {0};
    cr_assert(al_time_literal(lit, strlen(lit), &t, &f), "bad test literal %s", lit);
    return t;
}

/* A date as 'YYYY-MM-DD', with a leading C for a closing date. */
static const char *ds(al_date d)
{
    if (d == 0) return "0D";
    return al_date_format(d, 0, "<Closing><Year4>-<Month,2>-<Day,2>");
}

static const char *ts(al_time t) { return t ? al_time_format(t, 9, NULL) : "0T"; }
static const char *dts(al_datetime dt) { return dt ? al_datetime_format(dt, 9, NULL) : "0DT"; }

/* CalcDate as text: the result date, or "ERR: <message>". */
static const char *calc(const char *formula, const char *date)
{
    al_date out = -1;
    al_fail f = {0};
    if (!al_date_calc(formula, D(date), &out, &f)) return al_sprintf("ERR: %s", f.msg);
    return ds(out);
}

static al_date workdate_ = 0, today_ = 0;

static const char *eval_date(const char *text, int fmt)
{
    al_date out = -1;
    al_fail f = {0};
    if (!al_date_evaluate(text, fmt, today_, workdate_, &out, &f)) return al_sprintf("ERR: %s", f.msg);
    return ds(out);
}

static const char *eval_time(const char *text, int fmt)
{
    al_time out = -1;
    al_fail f = {0};
    if (!al_time_evaluate(text, fmt, &out, &f)) return al_sprintf("ERR: %s", f.msg);
    return ts(out);
}

static const char *eval_dt(const char *text, int fmt)
{
    al_datetime out = -1;
    al_fail f = {0};
    if (!al_datetime_evaluate(text, fmt, today_, workdate_, &out, &f)) return al_sprintf("ERR: %s", f.msg);
    return dts(out);
}

static const char *eval_dur(const char *text, int fmt)
{
    al_duration out = -1;
    al_fail f = {0};
    if (!al_duration_evaluate(text, fmt, &out, &f)) return al_sprintf("ERR: %s", f.msg);
    return al_sprintf("%lld", (long long)out);
}

static void set_dates(void)
{
    al_test_setup();
    workdate_ = D("20230615D");
    today_ = D("20240131D");
}

/* ============================================================ representation */

Test(datetime, date_from_ymd_and_back)
{
    al_date d = 0;
    cr_assert(al_date_from_ymd(2024, 1, 31, &d));
    int32_t y, m, day;
    al_date_to_ymd(d, &y, &m, &day);
    cr_assert(eq(i32, y, 2024));
    cr_assert(eq(i32, m, 1));
    cr_assert(eq(i32, day, 31));
    cr_assert(eq(i32, d, D("20240131D")));
    cr_assert(not(al_date_from_ymd(2023, 2, 29, &d)));
    cr_assert(not(al_date_from_ymd(1752, 12, 31, &d)));
    cr_assert(al_date_from_ymd(1753, 1, 1, &d));
    cr_assert(al_date_from_ymd(9999, 12, 31, &d));
}

Test(datetime, undefined_date_has_no_parts)
{
    int32_t y = 9, m = 9, day = 9;
    al_date_to_ymd(0, &y, &m, &day);
    cr_assert(eq(i32, y + m + day, 0));
    cr_assert(eq(i32, al_date_weekday(0), 0));
}

Test(datetime, weekdays_run_monday_1_to_sunday_7)
{
    cr_assert(eq(i32, al_date_weekday(D("20240101D")), 1));   /* Monday */
    cr_assert(eq(i32, al_date_weekday(D("20240131D")), 3));   /* Wednesday */
    cr_assert(eq(i32, al_date_weekday(D("20240204D")), 7));   /* Sunday */
    cr_assert(eq(i32, al_date_weekday(D("17530101D")), 1));
}

Test(datetime, closing_date_sorts_between_the_day_and_the_next)
{
    al_date d = D("20240131D"), c = al_date_closing(d), next;
    cr_assert(al_date_add(d, 1, &next, NULL));
    cr_assert(lt(i32, d, c));
    cr_assert(lt(i32, c, next));
    cr_assert(lt(i32, 0, d));
    cr_assert(al_date_is_closing(c));
    cr_assert(not(al_date_is_closing(d)));
    cr_assert(eq(i32, al_date_normal(c), d));
    cr_assert(eq(i32, al_date_normal(d), d));
    cr_assert(eq(i32, al_date_closing(c), c));
    cr_assert(eq(i32, al_date_closing(0), 0));
    cr_assert(eq(i32, al_date_normal(0), 0));
}

Test(datetime, time_is_milliseconds_plus_one)
{
    al_time t = 0;
    cr_assert(al_time_from_hms(0, 0, 0, 0, &t));
    cr_assert(eq(i32, t, 1));
    cr_assert(al_time_from_hms(23, 59, 59, 999, &t));
    cr_assert(eq(i32, t, 86400000));
    cr_assert(eq(i32, al_time_ms(t), 86399999));
    cr_assert(not(al_time_from_hms(24, 0, 0, 0, &t)));
    cr_assert(not(al_time_from_hms(12, 60, 0, 0, &t)));
}

Test(datetime, unix_milliseconds_bridge)
{
    cr_assert(eq(str, (char *)dts(al_datetime_from_unix_ms(1706708700000LL)), "2024-01-31T13:45:00Z"));
    cr_assert(eq(str, (char *)dts(al_datetime_from_unix_ms(0)), "1970-01-01T00:00:00Z"));
    cr_assert(eq(i64, al_datetime_to_unix_ms(al_datetime_from_unix_ms(1234567)), 1234567));
    cr_assert(ne(i64, al_datetime_from_unix_ms(0), 0));   /* the epoch is not 0DT */
}

/* ============================================================ literals */

Test(datetime, date_literals)
{
    cr_assert(eq(str, (char *)ds(D("20240131D")), "2024-01-31"));
    cr_assert(eq(str, (char *)ds(D("20240131")), "2024-01-31"));
    cr_assert(eq(str, (char *)ds(D("17530101D")), "1753-01-01"));
    cr_assert(eq(str, (char *)ds(D("99991231D")), "9999-12-31"));
    cr_assert(eq(i32, D("0D"), 0));
}

Test(datetime, bad_date_literals)
{
    al_date d;
    al_fail f = {0};
    cr_assert(not(al_date_literal("20240230D", 9, &d, &f)));
    cr_assert(eq(str, (char *)f.msg, "The Date literal '20240230D' is not valid."));
    cr_assert(not(al_date_literal("17521231D", 9, &d, NULL)));
    cr_assert(not(al_date_literal("2024013D", 8, &d, NULL)));
    cr_assert(not(al_date_literal("013124D", 7, &d, NULL)));
    cr_assert(not(al_date_literal("20241301D", 9, &d, NULL)));
}

Test(datetime, time_literals)
{
    cr_assert(eq(i32, T("120000T"), 43200001));
    cr_assert(eq(str, (char *)ts(T("120000.5T")), "12:00:00.5"));
    cr_assert(eq(str, (char *)ts(T("115934.444T")), "11:59:34.444"));
    cr_assert(eq(str, (char *)ts(T("115934.04T")), "11:59:34.04"));
    cr_assert(eq(i32, T("000000T"), 1));
    cr_assert(eq(i32, T("0T"), 0));
}

Test(datetime, bad_time_literals)
{
    al_time t;
    al_fail f = {0};
    cr_assert(not(al_time_literal("240000T", 7, &t, &f)));
    cr_assert(eq(str, (char *)f.msg, "The Time literal '240000T' is not valid."));
    cr_assert(not(al_time_literal("126000T", 7, &t, NULL)));
    cr_assert(not(al_time_literal("120000.1234T", 12, &t, NULL)));
    cr_assert(not(al_time_literal("1200T", 5, &t, NULL)));
    cr_assert(not(al_time_literal("120000.T", 8, &t, NULL)));
}

Test(datetime, datetime_literal_is_only_0dt)
{
    al_datetime dt = -1;
    al_fail f = {0};
    cr_assert(al_datetime_literal("0DT", 3, &dt, NULL));
    cr_assert(eq(i64, dt, 0));
    cr_assert(not(al_datetime_literal("1DT", 3, &dt, &f)));
    cr_assert(eq(str, (char *)f.msg, "The DateTime literal '1DT' is not valid."));
}

/* ============================================================ arithmetic */

Test(datetime, date_plus_and_minus_days)
{
    al_date r;
    cr_assert(al_date_add(D("20240131D"), 1, &r, NULL));
    cr_assert(eq(str, (char *)ds(r), "2024-02-01"));
    cr_assert(al_date_add(D("20240301D"), -1, &r, NULL));
    cr_assert(eq(str, (char *)ds(r), "2024-02-29"));
    cr_assert(al_date_add(D("20241231D"), 366, &r, NULL));
    cr_assert(eq(str, (char *)ds(r), "2026-01-01"));
}

Test(datetime, date_arithmetic_on_undefined_date_fails)
{
    al_date r;
    al_fail f = {0};
    cr_assert(not(al_date_add(0, 1, &r, &f)));
    cr_assert(eq(str, (char *)f.msg, "You cannot base a date calculation on an undefined date."));
}

Test(datetime, date_arithmetic_out_of_range_fails)
{
    al_date r;
    al_fail f = {0};
    cr_assert(not(al_date_add(D("99991231D"), 1, &r, &f)));
    cr_assert(eq(str, (char *)f.msg, "The date is not valid. Dates must be between 01/01/1753 and 12/31/9999."));
    cr_assert(not(al_date_add(D("17530101D"), -1, &r, NULL)));
    cr_assert(not(al_date_add(D("20240101D"), 5000000000LL, &r, NULL)));
}

Test(datetime, closing_date_plus_days_stays_closing)
{
    al_date r;
    cr_assert(al_date_add(al_date_closing(D("20240131D")), 1, &r, NULL));
    cr_assert(eq(str, (char *)ds(r), "C2024-02-01"));
}

Test(datetime, date_minus_date)
{
    int32_t n = 0;
    al_fail f = {0};
    cr_assert(al_date_diff(D("20240301D"), D("20240201D"), &n, NULL));
    cr_assert(eq(i32, n, 29));
    cr_assert(al_date_diff(D("20240101D"), D("20241231D"), &n, NULL));
    cr_assert(eq(i32, n, -365));
    cr_assert(al_date_diff(al_date_closing(D("20240101D")), D("20240101D"), &n, NULL));
    cr_assert(eq(i32, n, 0));
    cr_assert(not(al_date_diff(D("20240101D"), 0, &n, &f)));
    cr_assert(eq(str, (char *)f.msg, "You cannot base a date calculation on an undefined date."));
}

Test(datetime, time_plus_milliseconds)
{
    al_time r;
    cr_assert(al_time_add(T("120000T"), 1000, &r, NULL));
    cr_assert(eq(str, (char *)ts(r), "12:00:01"));
    cr_assert(al_time_add(T("120000T"), -3600000, &r, NULL));
    cr_assert(eq(str, (char *)ts(r), "11:00:00"));
}

Test(datetime, time_arithmetic_wraps_at_midnight)
{
    al_time r;
    cr_assert(al_time_add(T("235959T"), 2000, &r, NULL));
    cr_assert(eq(str, (char *)ts(r), "00:00:01"));
    cr_assert(al_time_add(T("000000T"), -1, &r, NULL));
    cr_assert(eq(str, (char *)ts(r), "23:59:59.999"));
    cr_assert(al_time_add(T("100000T"), 3 * AL_MS_PER_DAY, &r, NULL));
    cr_assert(eq(str, (char *)ts(r), "10:00:00"));
}

Test(datetime, time_arithmetic_on_undefined_time_fails)
{
    al_time r;
    int64_t n;
    al_fail f = {0};
    cr_assert(not(al_time_add(0, 1, &r, &f)));
    cr_assert(eq(str, (char *)f.msg, "You cannot base a time calculation on an undefined time."));
    cr_assert(not(al_time_diff(T("120000T"), 0, &n, NULL)));
}

Test(datetime, time_minus_time_is_milliseconds)
{
    int64_t n = 0;
    cr_assert(al_time_diff(T("120000T"), T("110000T"), &n, NULL));
    cr_assert(eq(i64, n, 3600000));
    cr_assert(al_time_diff(T("110000T"), T("120000.5T"), &n, NULL));
    cr_assert(eq(i64, n, -3600500));
}

Test(datetime, datetime_arithmetic)
{
    al_datetime a = al_datetime_create(D("20240131D"), T("134500T")), r;
    al_duration d = 0;
    cr_assert(al_datetime_add(a, 11 * 3600000 + 15 * 60000, &r, NULL));
    cr_assert(eq(str, (char *)dts(r), "2024-02-01T01:00:00Z"));
    cr_assert(al_datetime_add(a, -AL_MS_PER_DAY, &r, NULL));
    cr_assert(eq(str, (char *)dts(r), "2024-01-30T13:45:00Z"));
    cr_assert(al_datetime_diff(r, a, &d, NULL));
    cr_assert(eq(i64, d, -AL_MS_PER_DAY));
}

Test(datetime, datetime_arithmetic_failures)
{
    al_datetime r;
    al_duration d;
    al_fail f = {0};
    cr_assert(not(al_datetime_add(0, 1, &r, &f)));
    cr_assert(eq(str, (char *)f.msg, "You cannot base a date-time calculation on an undefined date-time."));
    cr_assert(not(al_datetime_diff(al_datetime_create(D("20240131D"), 0), 0, &d, NULL)));
    f = (al_fail){0};
    cr_assert(not(al_datetime_add(al_datetime_create(D("99991231D"), T("235959.999T")), 1, &r, &f)));
    cr_assert(eq(str, (char *)f.msg,
        "The DateTime is not valid. DateTimes must be between 01/01/1753 00:00:00 and 12/31/9999 23:59:59.999."));
}

/* ============================================================ DMY2Date & co */

Test(datetime, dmy2date)
{
    al_date d;
    cr_assert(al_date_dmy2date(31, 1, 2024, &d, NULL));
    cr_assert(eq(str, (char *)ds(d), "2024-01-31"));
    cr_assert(al_date_dmy2date(29, 2, 2024, &d, NULL));
    cr_assert(eq(str, (char *)ds(d), "2024-02-29"));
}

Test(datetime, dmy2date_rejects_impossible_dates)
{
    al_date d;
    al_fail f = {0};
    cr_assert(not(al_date_dmy2date(29, 2, 2023, &d, &f)));
    cr_assert(eq(str, (char *)f.msg, "The date is not valid: day 29, month 2, year 2023."));
    cr_assert(not(al_date_dmy2date(1, 13, 2024, &d, NULL)));
    cr_assert(not(al_date_dmy2date(0, 1, 2024, &d, NULL)));
    cr_assert(not(al_date_dmy2date(1, 1, 1752, &d, NULL)));
    cr_assert(not(al_date_dmy2date(1, 1, 10000, &d, NULL)));
}

Test(datetime, dwy2date_uses_iso_weeks)
{
    al_date d;
    cr_assert(al_date_dwy2date(1, 1, 2024, &d, NULL));
    cr_assert(eq(str, (char *)ds(d), "2024-01-01"));
    cr_assert(al_date_dwy2date(1, 1, 2021, &d, NULL));
    cr_assert(eq(str, (char *)ds(d), "2021-01-04"));
    cr_assert(al_date_dwy2date(5, 53, 2020, &d, NULL));
    cr_assert(eq(str, (char *)ds(d), "2021-01-01"));
    cr_assert(al_date_dwy2date(1, 1, 2025, &d, NULL));
    cr_assert(eq(str, (char *)ds(d), "2024-12-30"));
    cr_assert(al_date_dwy2date(7, 52, 2024, &d, NULL));
    cr_assert(eq(str, (char *)ds(d), "2024-12-29"));
}

Test(datetime, dwy2date_rejects_missing_weeks)
{
    al_date d;
    al_fail f = {0};
    cr_assert(not(al_date_dwy2date(1, 53, 2021, &d, &f)));
    cr_assert(eq(str, (char *)f.msg, "The date is not valid: weekday 1, week 53, year 2021."));
    cr_assert(not(al_date_dwy2date(8, 1, 2024, &d, NULL)));
    cr_assert(not(al_date_dwy2date(1, 0, 2024, &d, NULL)));
}

Test(datetime, date2dmy)
{
    int32_t n = -1;
    al_fail f = {0};
    cr_assert(al_date_date2dmy(D("20240131D"), 1, &n, NULL));
    cr_assert(eq(i32, n, 31));
    cr_assert(al_date_date2dmy(D("20240131D"), 2, &n, NULL));
    cr_assert(eq(i32, n, 1));
    cr_assert(al_date_date2dmy(al_date_closing(D("20240131D")), 3, &n, NULL));
    cr_assert(eq(i32, n, 2024));
    cr_assert(al_date_date2dmy(0, 3, &n, NULL));
    cr_assert(eq(i32, n, 0));
    cr_assert(not(al_date_date2dmy(D("20240131D"), 4, &n, &f)));
    cr_assert(eq(str, (char *)f.msg,
        "The value 4 is not valid for the second parameter of Date2DMY; use 1 (day), 2 (month) or 3 (year)."));
}

Test(datetime, date2dwy_uses_iso_weeks)
{
    int32_t n = -1;
    cr_assert(al_date_date2dwy(D("20210101D"), 1, &n, NULL));
    cr_assert(eq(i32, n, 5));
    cr_assert(al_date_date2dwy(D("20210101D"), 2, &n, NULL));
    cr_assert(eq(i32, n, 53));
    cr_assert(al_date_date2dwy(D("20210101D"), 3, &n, NULL));
    cr_assert(eq(i32, n, 2020));
    cr_assert(al_date_date2dwy(D("20241230D"), 2, &n, NULL));
    cr_assert(eq(i32, n, 1));
    cr_assert(al_date_date2dwy(D("20241230D"), 3, &n, NULL));
    cr_assert(eq(i32, n, 2025));
    cr_assert(al_date_date2dwy(D("20240131D"), 2, &n, NULL));
    cr_assert(eq(i32, n, 5));
    cr_assert(al_date_date2dwy(0, 2, &n, NULL));
    cr_assert(eq(i32, n, 0));
    cr_assert(not(al_date_date2dwy(D("20240131D"), 0, &n, NULL)));
}

Test(datetime, create_datetime_and_split_it)
{
    al_datetime dt = al_datetime_create(D("20240131D"), T("134500T"));
    cr_assert(eq(str, (char *)dts(dt), "2024-01-31T13:45:00Z"));
    cr_assert(eq(i32, al_datetime_date(dt), D("20240131D")));
    cr_assert(eq(i32, al_datetime_time(dt), T("134500T")));
    cr_assert(eq(i64, al_datetime_to_unix_ms(dt), 1706708700000LL));
}

Test(datetime, create_datetime_edge_cases)
{
    cr_assert(eq(i64, al_datetime_create(0, T("120000T")), 0));
    cr_assert(eq(i64, al_datetime_create(0, 0), 0));
    al_datetime mid = al_datetime_create(D("20240131D"), 0);
    cr_assert(eq(str, (char *)dts(mid), "2024-01-31T00:00:00Z"));
    cr_assert(eq(i32, al_datetime_time(mid), T("000000T")));
    cr_assert(eq(i64, al_datetime_create(al_date_closing(D("20240131D")), 0), mid));
    cr_assert(eq(i32, al_datetime_date(0), 0));
    cr_assert(eq(i32, al_datetime_time(0), 0));
}

/* ============================================================ CalcDate */

Test(datetime, calcdate_current_month)
{
    cr_assert(eq(str, (char *)calc("<CM>", "20240115D"), "2024-01-31"));
    cr_assert(eq(str, (char *)calc("<-CM>", "20240115D"), "2024-01-01"));
    cr_assert(eq(str, (char *)calc("<+CM>", "20240115D"), "2024-01-31"));
    cr_assert(eq(str, (char *)calc("<CM>", "20240215D"), "2024-02-29"));
    cr_assert(eq(str, (char *)calc("<CM>", "20230215D"), "2023-02-28"));
    cr_assert(eq(str, (char *)calc("<CM>", "20240131D"), "2024-01-31"));
}

Test(datetime, calcdate_months_clamp_to_month_end)
{
    cr_assert(eq(str, (char *)calc("<1M>", "20240131D"), "2024-02-29"));
    cr_assert(eq(str, (char *)calc("<1M>", "20230131D"), "2023-02-28"));
    cr_assert(eq(str, (char *)calc("<1M>", "20240229D"), "2024-03-29"));
    cr_assert(eq(str, (char *)calc("<-1M>", "20240331D"), "2024-02-29"));
    cr_assert(eq(str, (char *)calc("<2M>", "20241130D"), "2025-01-30"));
    cr_assert(eq(str, (char *)calc("<-13M>", "20240115D"), "2022-12-15"));
    cr_assert(eq(str, (char *)calc("<1M>", "20240430D"), "2024-05-30"));
}

Test(datetime, calcdate_quarters_and_years)
{
    cr_assert(eq(str, (char *)calc("<1Q>", "20241130D"), "2025-02-28"));
    cr_assert(eq(str, (char *)calc("<-1Q>", "20240515D"), "2024-02-15"));
    cr_assert(eq(str, (char *)calc("<1Y>", "20240229D"), "2025-02-28"));
    cr_assert(eq(str, (char *)calc("<-4Y>", "20240229D"), "2020-02-29"));
    cr_assert(eq(str, (char *)calc("<CQ>", "20240515D"), "2024-06-30"));
    cr_assert(eq(str, (char *)calc("<-CQ>", "20240515D"), "2024-04-01"));
    cr_assert(eq(str, (char *)calc("<CQ>", "20241001D"), "2024-12-31"));
    cr_assert(eq(str, (char *)calc("<-CQ>", "20240331D"), "2024-01-01"));
    cr_assert(eq(str, (char *)calc("<CY>", "20240515D"), "2024-12-31"));
    cr_assert(eq(str, (char *)calc("<-CY>", "20240515D"), "2024-01-01"));
}

Test(datetime, calcdate_days_and_weeks)
{
    cr_assert(eq(str, (char *)calc("<1D>", "20240131D"), "2024-02-01"));
    cr_assert(eq(str, (char *)calc("<-1D>", "20240301D"), "2024-02-29"));
    cr_assert(eq(str, (char *)calc("<10D>", "20241225D"), "2025-01-04"));
    cr_assert(eq(str, (char *)calc("<0D>", "20240131D"), "2024-01-31"));
    cr_assert(eq(str, (char *)calc("<1W>", "20240131D"), "2024-02-07"));
    cr_assert(eq(str, (char *)calc("<-2W>", "20240131D"), "2024-01-17"));
    cr_assert(eq(str, (char *)calc("<CD>", "20240131D"), "2024-01-31"));
    cr_assert(eq(str, (char *)calc("<-CD>", "20240131D"), "2024-01-31"));
}

Test(datetime, calcdate_current_week_runs_monday_to_sunday)
{
    cr_assert(eq(str, (char *)calc("<CW>", "20240131D"), "2024-02-04"));    /* Wed → Sun */
    cr_assert(eq(str, (char *)calc("<-CW>", "20240131D"), "2024-01-29"));   /* Wed → Mon */
    cr_assert(eq(str, (char *)calc("<CW>", "20240204D"), "2024-02-04"));    /* Sunday itself */
    cr_assert(eq(str, (char *)calc("<-CW>", "20240129D"), "2024-01-29"));   /* Monday itself */
    cr_assert(eq(str, (char *)calc("<-CW>", "20240204D"), "2024-01-29"));
}

Test(datetime, calcdate_weekday_positions)
{
    cr_assert(eq(str, (char *)calc("<WD1>", "20240131D"), "2024-02-05"));    /* next Monday */
    cr_assert(eq(str, (char *)calc("<WD5>", "20240131D"), "2024-02-02"));
    cr_assert(eq(str, (char *)calc("<WD3>", "20240131D"), "2024-01-31"));    /* on the day */
    cr_assert(eq(str, (char *)calc("<-WD1>", "20240131D"), "2024-01-29"));
    cr_assert(eq(str, (char *)calc("<-WD5>", "20240131D"), "2024-01-26"));
    cr_assert(eq(str, (char *)calc("<-WD3>", "20240131D"), "2024-01-31"));
    cr_assert(eq(str, (char *)calc("<WD7>", "20240131D"), "2024-02-04"));
}

Test(datetime, calcdate_day_positions)
{
    cr_assert(eq(str, (char *)calc("<D10>", "20240115D"), "2024-02-10"));
    cr_assert(eq(str, (char *)calc("<D10>", "20240105D"), "2024-01-10"));
    cr_assert(eq(str, (char *)calc("<D10>", "20240110D"), "2024-01-10"));
    cr_assert(eq(str, (char *)calc("<-D10>", "20240115D"), "2024-01-10"));
    cr_assert(eq(str, (char *)calc("<-D10>", "20240105D"), "2023-12-10"));
    cr_assert(eq(str, (char *)calc("<D31>", "20240201D"), "2024-03-31"));
    cr_assert(eq(str, (char *)calc("<D30>", "20240215D"), "2024-03-30"));
    cr_assert(eq(str, (char *)calc("<-D31>", "20240315D"), "2024-01-31"));
    cr_assert(eq(str, (char *)calc("<D1>", "20241215D"), "2025-01-01"));
}

Test(datetime, calcdate_terms_apply_left_to_right)
{
    cr_assert(eq(str, (char *)calc("<CM+1D>", "20240115D"), "2024-02-01"));
    cr_assert(eq(str, (char *)calc("<-1Y+CY>", "20240515D"), "2023-12-31"));
    cr_assert(eq(str, (char *)calc("<1M-1D>", "20240115D"), "2024-02-14"));
    cr_assert(eq(str, (char *)calc("<-CM-1D>", "20240115D"), "2023-12-31"));
    cr_assert(eq(str, (char *)calc("<CM+30D>", "20240115D"), "2024-03-01"));
    cr_assert(eq(str, (char *)calc("<-1Q+CQ>", "20240515D"), "2024-03-31"));
    cr_assert(eq(str, (char *)calc("<CY+1D>", "20240515D"), "2025-01-01"));
    cr_assert(eq(str, (char *)calc("<1M+CM>", "20240131D"), "2024-02-29"));
    cr_assert(eq(str, (char *)calc("<CW+1D+WD3>", "20240131D"), "2024-02-07"));
    cr_assert(eq(str, (char *)calc("<-CM+D15>", "20240120D"), "2024-01-15"));
}

Test(datetime, calcdate_spelling_variants)
{
    cr_assert(eq(str, (char *)calc("CM", "20240115D"), "2024-01-31"));
    cr_assert(eq(str, (char *)calc("<cm>", "20240115D"), "2024-01-31"));
    cr_assert(eq(str, (char *)calc("< CM + 1D >", "20240115D"), "2024-02-01"));
    cr_assert(eq(str, (char *)calc("1w", "20240131D"), "2024-02-07"));
    cr_assert(eq(str, (char *)calc("<+1D>", "20240131D"), "2024-02-01"));
    cr_assert(eq(str, (char *)calc("", "20240131D"), "2024-01-31"));
    cr_assert(eq(str, (char *)calc("<>", "20240131D"), "2024-01-31"));
}

Test(datetime, calcdate_rejects_bad_formulas)
{
    cr_assert(eq(str, (char *)calc("<1X>", "20240131D"), "ERR: The date formula \"<1X>\" is not valid."));
    cr_assert(eq(str, (char *)calc("<CM1>", "20240131D"), "ERR: The date formula \"<CM1>\" is not valid."));
    cr_assert(eq(str, (char *)calc("<1D1W>", "20240131D"), "ERR: The date formula \"<1D1W>\" is not valid."));
    cr_assert(eq(str, (char *)calc("<WD8>", "20240131D"), "ERR: The date formula \"<WD8>\" is not valid."));
    cr_assert(eq(str, (char *)calc("<WD0>", "20240131D"), "ERR: The date formula \"<WD0>\" is not valid."));
    cr_assert(eq(str, (char *)calc("<D32>", "20240131D"), "ERR: The date formula \"<D32>\" is not valid."));
    cr_assert(eq(str, (char *)calc("<2WD>", "20240131D"), "ERR: The date formula \"<2WD>\" is not valid."));
    cr_assert(eq(str, (char *)calc("<CWD>", "20240131D"), "ERR: The date formula \"<CWD>\" is not valid."));
    cr_assert(eq(str, (char *)calc("<1M", "20240131D"), "ERR: The date formula \"<1M\" is not valid."));
    cr_assert(eq(str, (char *)calc("<D>", "20240131D"), "ERR: The date formula \"<D>\" is not valid."));
    cr_assert(eq(str, (char *)calc("<M3>", "20240131D"), "ERR: The date formula \"<M3>\" is not valid."));
    cr_assert(eq(str, (char *)calc("<1D+>", "20240131D"), "ERR: The date formula \"<1D+>\" is not valid."));
    cr_assert(eq(str, (char *)calc("<C>", "20240131D"), "ERR: The date formula \"<C>\" is not valid."));
}

Test(datetime, calcdate_range_and_undefined_date)
{
    cr_assert(eq(str, (char *)calc("<1D>", "99991231D"),
        "ERR: The date is not valid. Dates must be between 01/01/1753 and 12/31/9999."));
    cr_assert(eq(str, (char *)calc("<-1Y>", "17530601D"),
        "ERR: The date is not valid. Dates must be between 01/01/1753 and 12/31/9999."));
    cr_assert(eq(str, (char *)calc("<-CW>", "17530103D"), "1753-01-01"));
    cr_assert(eq(str, (char *)calc("<100000000Y>", "20240101D"),
        "ERR: The date is not valid. Dates must be between 01/01/1753 and 12/31/9999."));
    al_date r;
    al_fail f = {0};
    cr_assert(not(al_date_calc("<1D>", 0, &r, &f)));
    cr_assert(eq(str, (char *)f.msg, "You cannot base a date calculation on an undefined date."));
}

Test(datetime, calcdate_keeps_a_closing_date_closing)
{
    al_date r;
    cr_assert(al_date_calc("<1D>", al_date_closing(D("20240131D")), &r, NULL));
    cr_assert(eq(str, (char *)ds(r), "C2024-02-01"));
    cr_assert(al_date_calc("<CY>", al_date_closing(D("20240131D")), &r, NULL));
    cr_assert(eq(str, (char *)ds(r), "C2024-12-31"));
}

Test(datetime, date_formula_normalize)
{
    cr_assert(eq(str, (char *)al_date_formula_normalize("<cm + 1d>", NULL), "CM+1D"));
    cr_assert(eq(str, (char *)al_date_formula_normalize("<-CM>", NULL), "-CM"));
    cr_assert(eq(str, (char *)al_date_formula_normalize("1M", NULL), "1M"));
    cr_assert(eq(str, (char *)al_date_formula_normalize("<+1D>", NULL), "+1D"));
    cr_assert(eq(str, (char *)al_date_formula_normalize("<wd2-1W>", NULL), "WD2-1W"));
    cr_assert(eq(str, (char *)al_date_formula_normalize("", NULL), ""));
    al_fail f = {0};
    cr_assert(eq(ptr, (void *)al_date_formula_normalize("<1X>", &f), NULL));
    cr_assert(eq(str, (char *)f.msg, "The value \"<1X>\" can't be evaluated into type DateFormula."));
}

/* ============================================================ Format: Date */

Test(datetime, format_date_standard)
{
    al_date d = D("20210405D");
    cr_assert(eq(str, (char *)al_date_format(d, 0, NULL), "04/05/21"));
    cr_assert(eq(str, (char *)al_date_format(d, 1, NULL), "04/05/21"));
    cr_assert(eq(str, (char *)al_date_format(d, 2, NULL), "20210405D"));
    cr_assert(eq(str, (char *)al_date_format(d, 4, NULL), "April 5, 2021"));
    cr_assert(eq(str, (char *)al_date_format(d, 9, NULL), "2021-04-05"));
    cr_assert(eq(str, (char *)al_date_format(d, 7, NULL), "04/05/21"));
    cr_assert(eq(str, (char *)al_date_format(D("20051231D"), 0, NULL), "12/31/05"));
}

Test(datetime, format_undefined_values_is_empty)
{
    cr_assert(eq(str, (char *)al_date_format(0, 0, NULL), ""));
    cr_assert(eq(str, (char *)al_date_format(0, 9, NULL), ""));
    cr_assert(eq(str, (char *)al_date_format(0, 0, "<Day,2>.<Month,2>"), ""));
    cr_assert(eq(str, (char *)al_time_format(0, 0, NULL), ""));
    cr_assert(eq(str, (char *)al_datetime_format(0, 0, NULL), ""));
    cr_assert(eq(str, (char *)al_datetime_format(0, 9, NULL), ""));
}

Test(datetime, format_closing_date)
{
    al_date c = al_date_closing(D("20210405D"));
    cr_assert(eq(str, (char *)al_date_format(c, 0, NULL), "C04/05/21"));
    cr_assert(eq(str, (char *)al_date_format(c, 2, NULL), "C20210405D"));
    cr_assert(eq(str, (char *)al_date_format(c, 9, NULL), "2021-04-05"));
    cr_assert(eq(str, (char *)al_date_format(c, 0, "<Closing><Day>"), "C5"));
    cr_assert(eq(str, (char *)al_date_format(D("20210405D"), 0, "<Closing><Day>"), "5"));
}

Test(datetime, format_date_strings)
{
    al_date d = D("20240131D");
    cr_assert(eq(str, (char *)al_date_format(d, 0, "<Day,2>.<Month,2>.<Year4>"), "31.01.2024"));
    cr_assert(eq(str, (char *)al_date_format(D("20240105D"), 0, "<Day>/<Month>"), "5/1"));
    cr_assert(eq(str, (char *)al_date_format(D("20240105D"), 0, "<Day,2>"), "05"));
    cr_assert(eq(str, (char *)al_date_format(d, 0, "<Month Text>"), "January"));
    cr_assert(eq(str, (char *)al_date_format(d, 0, "<Month Text,3>"), "Jan"));
    cr_assert(eq(str, (char *)al_date_format(d, 0, "<Weekday Text>"), "Wednesday"));
    cr_assert(eq(str, (char *)al_date_format(d, 0, "<Weekday Text,3>"), "Wed"));
    cr_assert(eq(str, (char *)al_date_format(d, 0, "<Weekday>"), "3"));
    cr_assert(eq(str, (char *)al_date_format(d, 0, "<Week>"), "5"));
    cr_assert(eq(str, (char *)al_date_format(d, 0, "<Week,2>"), "05"));
    cr_assert(eq(str, (char *)al_date_format(D("20240815D"), 0, "<Quarter>"), "3"));
    cr_assert(eq(str, (char *)al_date_format(D("20050101D"), 0, "<Year>"), "05"));
    cr_assert(eq(str, (char *)al_date_format(D("20210101D"), 0, "<Week>/<Week Year4>"), "53/2020"));
    cr_assert(eq(str, (char *)al_date_format(d, 0, "Due <Month Text> <Day>!"), "Due January 31!"));
}

Test(datetime, format_date_special_tags)
{
    al_date d = D("20210405D");
    cr_assert(eq(str, (char *)al_date_format(d, 0, "<Standard Format,4>"), "April 5, 2021"));
    cr_assert(eq(str, (char *)al_date_format(d, 0, "<Standard Format,9> x"), "2021-04-05 x"));
    cr_assert(eq(str, (char *)al_date_format(d, 0, "<Filler Character, ><Day,2>|"), " 5|"));
    cr_assert(eq(str, (char *)al_date_format(d, 0, "<Foo>-<Day>"), "<Foo>-5"));
    cr_assert(eq(str, (char *)al_date_format(d, 0, "<Day> <Hours24>"), "5 "));
    cr_assert(eq(str, (char *)al_date_format(d, 0, "a < b"), "a < b"));
    cr_assert(eq(str, (char *)al_date_format(d, 0, "<day,2><MONTH,2>"), "0504"));
}

/* ============================================================ Format: Time */

Test(datetime, format_time_standard)
{
    cr_assert(eq(str, (char *)al_time_format(T("115900T"), 0, NULL), "11:59:00 AM"));
    cr_assert(eq(str, (char *)al_time_format(T("030000T"), 0, NULL), "3:00:00 AM"));
    cr_assert(eq(str, (char *)al_time_format(T("115934.444T"), 0, NULL), "11:59:34.444 AM"));
    cr_assert(eq(str, (char *)al_time_format(T("115934.5T"), 0, NULL), "11:59:34.5 AM"));
    cr_assert(eq(str, (char *)al_time_format(T("000000T"), 0, NULL), "12:00:00 AM"));
    cr_assert(eq(str, (char *)al_time_format(T("120000T"), 0, NULL), "12:00:00 PM"));
    cr_assert(eq(str, (char *)al_time_format(T("134500T"), 1, NULL), "1:45:00 PM"));
    cr_assert(eq(str, (char *)al_time_format(T("235959.999T"), 0, NULL), "11:59:59.999 PM"));
}

Test(datetime, format_time_numbers_2_and_9)
{
    cr_assert(eq(str, (char *)al_time_format(T("043555.553T"), 9, NULL), "04:35:55.553"));
    cr_assert(eq(str, (char *)al_time_format(T("134500T"), 9, NULL), "13:45:00"));
    cr_assert(eq(str, (char *)al_time_format(T("134500T"), 2, NULL), "134500T"));
    cr_assert(eq(str, (char *)al_time_format(T("115934.444T"), 2, NULL), "115934.444T"));
}

Test(datetime, format_time_strings)
{
    al_time t = T("134505.05T");
    cr_assert(eq(str, (char *)al_time_format(t, 0, "<Hours24,2>:<Minutes,2>"), "13:45"));
    cr_assert(eq(str, (char *)al_time_format(t, 0, "<Hours12>:<Minutes,2> <AM/PM>"), "1:45 PM"));
    cr_assert(eq(str, (char *)al_time_format(t, 0, "<Thousands>"), "050"));
    cr_assert(eq(str, (char *)al_time_format(t, 0, "<Seconds,2>"), "05"));
    cr_assert(eq(str, (char *)al_time_format(t, 0, "<Seconds>"), "5"));
    cr_assert(eq(str, (char *)al_time_format(t, 0, "<Seconds><Second dec.>"), "5.05"));
    cr_assert(eq(str, (char *)al_time_format(T("090500T"), 0, "<Hours24>h<Minutes>"), "9h5"));
    cr_assert(eq(str, (char *)al_time_format(t, 0, "<Day><Hours24>"), "13"));
}

/* ============================================================ Format: DateTime, Duration */

Test(datetime, format_datetime_standard)
{
    al_datetime dt = al_datetime_create(D("20210405D"), T("043555.553T"));
    cr_assert(eq(str, (char *)al_datetime_format(dt, 0, NULL), "04/05/21 04:35 AM"));
    cr_assert(eq(str, (char *)al_datetime_format(dt, 1, NULL), "04/05/21 04:35 AM"));
    cr_assert(eq(str, (char *)al_datetime_format(dt, 9, NULL), "2021-04-05T04:35:55.553Z"));
    al_datetime pm = al_datetime_create(D("20240131D"), T("134500T"));
    cr_assert(eq(str, (char *)al_datetime_format(pm, 0, NULL), "01/31/24 01:45 PM"));
    cr_assert(eq(str, (char *)al_datetime_format(pm, 9, NULL), "2024-01-31T13:45:00Z"));
}

Test(datetime, format_datetime_strings)
{
    al_datetime dt = al_datetime_create(D("20240131D"), T("134500T"));
    cr_assert(eq(str, (char *)al_datetime_format(dt, 0,
        "<Year4>-<Month,2>-<Day,2> <Hours24,2>:<Minutes,2>:<Seconds,2>"), "2024-01-31 13:45:00"));
    cr_assert(eq(str, (char *)al_datetime_format(dt, 0, "<Weekday Text> <Hours12> <AM/PM>"),
        "Wednesday 1 PM"));
    cr_assert(eq(str, (char *)al_datetime_format(dt, 0, "<Standard Format,9>"), "2024-01-31T13:45:00Z"));
}

Test(datetime, format_duration)
{
    al_duration d = 2 * AL_MS_PER_DAY + 4 * 3600000 + 3 * 60000 + 1000 + 17;
    cr_assert(eq(str, (char *)al_duration_format(d, 0), "2 days 4 hours 3 minutes 1 second 17 milliseconds"));
    cr_assert(eq(str, (char *)al_duration_format(3600000, 0), "1 hour"));
    cr_assert(eq(str, (char *)al_duration_format(AL_MS_PER_DAY, 0), "1 day"));
    cr_assert(eq(str, (char *)al_duration_format(1, 0), "1 millisecond"));
    cr_assert(eq(str, (char *)al_duration_format(-90000, 0), "-1 minute 30 seconds"));
    cr_assert(eq(str, (char *)al_duration_format(0, 0), ""));
    cr_assert(eq(str, (char *)al_duration_format(3600000, 9), "3600000"));
    cr_assert(eq(str, (char *)al_duration_format(-5, 9), "-5"));
}

/* ============================================================ Evaluate: Date */

Test(datetime, evaluate_date_en_us, .init = set_dates)
{
    cr_assert(eq(str, (char *)eval_date("01/31/2024", 0), "2024-01-31"));
    cr_assert(eq(str, (char *)eval_date("1/31/2024", 0), "2024-01-31"));
    cr_assert(eq(str, (char *)eval_date("01/31/24", 0), "2024-01-31"));
    cr_assert(eq(str, (char *)eval_date("01-31-2024", 0), "2024-01-31"));
    cr_assert(eq(str, (char *)eval_date("1.31.24", 0), "2024-01-31"));
    cr_assert(eq(str, (char *)eval_date("1 31 24", 0), "2024-01-31"));
    cr_assert(eq(str, (char *)eval_date("  01/31/2024  ", 0), "2024-01-31"));
    cr_assert(eq(str, (char *)eval_date("2024-01-31", 0), "2024-01-31"));
}

Test(datetime, evaluate_date_digits_only, .init = set_dates)
{
    cr_assert(eq(str, (char *)eval_date("013124", 0), "2024-01-31"));
    cr_assert(eq(str, (char *)eval_date("01312024", 0), "2024-01-31"));
    cr_assert(eq(str, (char *)eval_date("010196", 0), "1996-01-01"));
    cr_assert(eq(str, (char *)eval_date("010129", 0), "2029-01-01"));
    cr_assert(eq(str, (char *)eval_date("010130", 0), "1930-01-01"));
    cr_assert(eq(str, (char *)eval_date("0131", 0), "2023-01-31"));     /* work date's year */
    cr_assert(eq(str, (char *)eval_date("7", 0), "2023-06-07"));        /* work date's month */
    cr_assert(eq(str, (char *)eval_date("1/2", 0), "2023-01-02"));
}

Test(datetime, evaluate_date_words_and_closing, .init = set_dates)
{
    cr_assert(eq(str, (char *)eval_date("", 0), "0D"));
    cr_assert(eq(str, (char *)eval_date("t", 0), "2024-01-31"));
    cr_assert(eq(str, (char *)eval_date("TODAY", 0), "2024-01-31"));
    cr_assert(eq(str, (char *)eval_date("w", 0), "2023-06-15"));
    cr_assert(eq(str, (char *)eval_date("WorkDate", 0), "2023-06-15"));
    cr_assert(eq(str, (char *)eval_date("C01/31/24", 0), "C2024-01-31"));
    cr_assert(eq(str, (char *)eval_date("c123124", 0), "C2024-12-31"));
}

Test(datetime, evaluate_date_failures, .init = set_dates)
{
    cr_assert(eq(str, (char *)eval_date("02/30/2024", 0),
        "ERR: The value \"02/30/2024\" can't be evaluated into type Date."));
    cr_assert(eq(str, (char *)eval_date("abc", 0), "ERR: The value \"abc\" can't be evaluated into type Date."));
    cr_assert(eq(str, (char *)eval_date("13/01/2024", 0),
        "ERR: The value \"13/01/2024\" can't be evaluated into type Date."));
    cr_assert(eq(str, (char *)eval_date("01/31/1700", 0),
        "ERR: The value \"01/31/1700\" can't be evaluated into type Date."));
    cr_assert(eq(str, (char *)eval_date("12345", 0), "ERR: The value \"12345\" can't be evaluated into type Date."));
    cr_assert(eq(str, (char *)eval_date("1/2/3/4", 0), "ERR: The value \"1/2/3/4\" can't be evaluated into type Date."));
    cr_assert(eq(str, (char *)eval_date("1//", 0), "ERR: The value \"1//\" can't be evaluated into type Date."));
}

Test(datetime, evaluate_date_xml, .init = set_dates)
{
    cr_assert(eq(str, (char *)eval_date("2024-01-31", 9), "2024-01-31"));
    cr_assert(eq(str, (char *)eval_date("01/31/2024", 9),
        "ERR: The value \"01/31/2024\" can't be evaluated into type Date."));
    cr_assert(eq(str, (char *)eval_date("2024-02-30", 9),
        "ERR: The value \"2024-02-30\" can't be evaluated into type Date."));
}

Test(datetime, evaluate_date_without_work_date_needs_full_dates)
{
    workdate_ = 0, today_ = 0;
    cr_assert(eq(str, (char *)eval_date("0131", 0), "ERR: The value \"0131\" can't be evaluated into type Date."));
    cr_assert(eq(str, (char *)eval_date("t", 0), "ERR: The value \"t\" can't be evaluated into type Date."));
    cr_assert(eq(str, (char *)eval_date("01312024", 0), "2024-01-31"));
}

Test(datetime, format_then_evaluate_round_trips, .init = set_dates)
{
    al_date d = D("19991231D");
    cr_assert(eq(str, (char *)eval_date(al_date_format(d, 0, NULL), 0), "1999-12-31"));
    cr_assert(eq(str, (char *)eval_date(al_date_format(d, 9, NULL), 9), "1999-12-31"));
    cr_assert(eq(str, (char *)eval_date(al_date_format(al_date_closing(d), 0, NULL), 0), "C1999-12-31"));
}

/* ============================================================ Evaluate: Time */

Test(datetime, evaluate_time_en_us)
{
    cr_assert(eq(str, (char *)eval_time("13:45", 0), "13:45:00"));
    cr_assert(eq(str, (char *)eval_time("13:45:00", 0), "13:45:00"));
    cr_assert(eq(str, (char *)eval_time("1:45 PM", 0), "13:45:00"));
    cr_assert(eq(str, (char *)eval_time("1:45:30.5 pm", 0), "13:45:30.5"));
    cr_assert(eq(str, (char *)eval_time("12:00 AM", 0), "00:00:00"));
    cr_assert(eq(str, (char *)eval_time("12:30 PM", 0), "12:30:00"));
    cr_assert(eq(str, (char *)eval_time("11:59:34.444 AM", 0), "11:59:34.444"));
    cr_assert(eq(str, (char *)eval_time("3p", 0), "15:00:00"));
    cr_assert(eq(str, (char *)eval_time("", 0), "0T"));
}

Test(datetime, evaluate_time_digits_only)
{
    cr_assert(eq(str, (char *)eval_time("134500", 0), "13:45:00"));
    cr_assert(eq(str, (char *)eval_time("1345", 0), "13:45:00"));
    cr_assert(eq(str, (char *)eval_time("945", 0), "09:45:00"));
    cr_assert(eq(str, (char *)eval_time("9", 0), "09:00:00"));
    cr_assert(eq(str, (char *)eval_time("134500.25", 0), "13:45:00.25"));
}

Test(datetime, evaluate_time_failures)
{
    cr_assert(eq(str, (char *)eval_time("25:00", 0), "ERR: The value \"25:00\" can't be evaluated into type Time."));
    cr_assert(eq(str, (char *)eval_time("13:60", 0), "ERR: The value \"13:60\" can't be evaluated into type Time."));
    cr_assert(eq(str, (char *)eval_time("13:45 PM", 0),
        "ERR: The value \"13:45 PM\" can't be evaluated into type Time."));
    cr_assert(eq(str, (char *)eval_time("noon", 0), "ERR: The value \"noon\" can't be evaluated into type Time."));
    cr_assert(eq(str, (char *)eval_time("0 AM", 0), "ERR: The value \"0 AM\" can't be evaluated into type Time."));
    cr_assert(eq(str, (char *)eval_time("1234567", 0),
        "ERR: The value \"1234567\" can't be evaluated into type Time."));
}

Test(datetime, evaluate_time_xml)
{
    cr_assert(eq(str, (char *)eval_time("13:45:00.123", 9), "13:45:00.123"));
    cr_assert(eq(str, (char *)eval_time("13:45:00", 9), "13:45:00"));
    cr_assert(eq(str, (char *)eval_time("13:45:00Z", 9), "13:45:00"));
    cr_assert(eq(str, (char *)eval_time("1:45 PM", 9), "ERR: The value \"1:45 PM\" can't be evaluated into type Time."));
    cr_assert(eq(str, (char *)eval_time(al_time_format(T("235959.999T"), 0, NULL), 0), "23:59:59.999"));
}

/* ============================================================ Evaluate: DateTime, Duration */

Test(datetime, evaluate_datetime, .init = set_dates)
{
    cr_assert(eq(str, (char *)eval_dt("01/31/2024 13:45", 0), "2024-01-31T13:45:00Z"));
    cr_assert(eq(str, (char *)eval_dt("01/31/24 1:45 PM", 0), "2024-01-31T13:45:00Z"));
    cr_assert(eq(str, (char *)eval_dt("01/31/2024", 0), "2024-01-31T00:00:00Z"));
    cr_assert(eq(str, (char *)eval_dt("2024-01-31T13:45:00Z", 0), "2024-01-31T13:45:00Z"));
    cr_assert(eq(str, (char *)eval_dt("", 0), "0DT"));
    cr_assert(eq(str, (char *)eval_dt("t 8:00", 0), "2024-01-31T08:00:00Z"));
    cr_assert(eq(str, (char *)eval_dt(al_datetime_format(al_datetime_create(D("20210405D"), T("043500T")), 0, NULL), 0),
        "2021-04-05T04:35:00Z"));
}

Test(datetime, evaluate_datetime_xml, .init = set_dates)
{
    cr_assert(eq(str, (char *)eval_dt("2024-01-31T13:45:00Z", 9), "2024-01-31T13:45:00Z"));
    cr_assert(eq(str, (char *)eval_dt("2024-01-31T13:45:00.123Z", 9), "2024-01-31T13:45:00.123Z"));
    cr_assert(eq(str, (char *)eval_dt("2024-01-31T15:45:00+02:00", 9), "2024-01-31T13:45:00Z"));
    cr_assert(eq(str, (char *)eval_dt("2024-01-31T00:30:00-01:00", 9), "2024-01-31T01:30:00Z"));
    cr_assert(eq(str, (char *)eval_dt("2024-01-31T13:45:00", 9), "2024-01-31T13:45:00Z"));
    cr_assert(eq(str, (char *)eval_dt("01/31/2024 13:45", 9),
        "ERR: The value \"01/31/2024 13:45\" can't be evaluated into type DateTime."));
    cr_assert(eq(str, (char *)eval_dt("x", 0), "ERR: The value \"x\" can't be evaluated into type DateTime."));
    cr_assert(eq(str, (char *)eval_dt("01/31/2024 25:00", 0),
        "ERR: The value \"01/31/2024 25:00\" can't be evaluated into type DateTime."));
}

Test(datetime, evaluate_duration_words)
{
    cr_assert(eq(str, (char *)eval_dur("2days 4hours 3.7 seconds 17 milliseconds", 0), "187203717"));
    cr_assert(eq(str, (char *)eval_dur("1 hour", 0), "3600000"));
    cr_assert(eq(str, (char *)eval_dur("1.5 hours", 0), "5400000"));
    cr_assert(eq(str, (char *)eval_dur("90 Minutes", 0), "5400000"));
    cr_assert(eq(str, (char *)eval_dur("1 day, 2 hours", 0), "93600000"));
    cr_assert(eq(str, (char *)eval_dur("-2 hours 30 minutes", 0), "-9000000"));
    cr_assert(eq(str, (char *)eval_dur("0.0005 seconds", 0), "1"));
    cr_assert(eq(str, (char *)eval_dur("1000", 0), "1000"));
    cr_assert(eq(str, (char *)eval_dur("", 0), "0"));
}

Test(datetime, evaluate_duration_failures_and_xml)
{
    cr_assert(eq(str, (char *)eval_dur("two days", 0),
        "ERR: The value \"two days\" can't be evaluated into type Duration."));
    cr_assert(eq(str, (char *)eval_dur("5 parsecs", 0),
        "ERR: The value \"5 parsecs\" can't be evaluated into type Duration."));
    cr_assert(eq(str, (char *)eval_dur("5", 9), "5"));
    cr_assert(eq(str, (char *)eval_dur("1 hour", 9), "ERR: The value \"1 hour\" can't be evaluated into type Duration."));
}

Test(datetime, duration_format_evaluate_round_trip)
{
    al_duration d = -(3 * AL_MS_PER_DAY + 59 * 60000 + 999);
    cr_assert(eq(str, (char *)eval_dur(al_duration_format(d, 0), 0), al_sprintf("%lld", (long long)d)));
}
