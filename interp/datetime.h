/* interp/datetime.h — AL's Date, Time, DateTime and Duration with Business
 * Central's semantics and en-US formats (docs/datetime.md).
 *
 * Pure value code: no session state.  Today, Time, CurrentDateTime and
 * WorkDate belong to the session clock; functions that need "today" or the
 * work date (Evaluate of '12', 't', 'w') take them as parameters.
 *
 * Representations (plain integers, passed by value, compare with < and =):
 *
 *   al_date      int32.  0 = 0D (undefined, sorts before every date).
 *                Otherwise 2 * RD + C, where RD is the proleptic-Gregorian
 *                day number (0001-01-01 = 1) and C is 1 for a closing date.
 *                So D < ClosingDate(D) < D + 1 as integers, as in BC.
 *                Valid days: 1753-01-01 … 9999-12-31.
 *   al_time      int32.  0 = 0T (undefined).  Otherwise milliseconds since
 *                midnight + 1, so 000000T = 1 and 235959.999T = 86400000.
 *   al_datetime  int64.  0 = 0DT (undefined).  Otherwise milliseconds since
 *                0001-01-01T00:00:00Z, in UTC; valid from
 *                1753-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z.
 *                alrun's session time zone is UTC, so the Date and Time
 *                parts (DT2Date, DT2Time, Format) are the UTC ones.
 *   al_duration  int64 milliseconds, may be negative.
 *
 * Functions that can fail take `al_fail *f` last and return false with
 * BC's text (or alrun's documented text, docs/datetime.md) in f->msg.
 * Returned strings are GC memory.
 */
#ifndef AL_INTERP_DATETIME_H
#define AL_INTERP_DATETIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "interp/fail.h"

typedef int32_t al_date;
typedef int32_t al_time;
typedef int64_t al_datetime;
typedef int64_t al_duration;

#define AL_DATE_UNDEFINED     ((al_date)0)
#define AL_TIME_UNDEFINED     ((al_time)0)
#define AL_DATETIME_UNDEFINED ((al_datetime)0)
#define AL_MS_PER_DAY         86400000LL

/* ------------------------------------------------------------ building */

/* The normal date y-m-d; false when it is no calendar date or lies outside
 * 1753-01-01 … 9999-12-31. */
bool al_date_from_ymd(int32_t y, int32_t m, int32_t d, al_date *out);
/* Year, month, day of [d] (closing or not); all 0 for 0D. */
void al_date_to_ymd(al_date d, int32_t *y, int32_t *m, int32_t *day);
/* ISO weekday 1 = Monday … 7 = Sunday; 0 for 0D. */
int32_t al_date_weekday(al_date d);
bool al_date_is_closing(al_date d);
/* NormalDate(D) / ClosingDate(D); both return 0D for 0D. */
al_date al_date_normal(al_date d);
al_date al_date_closing(al_date d);

/* The time h:m:s.ms; false when a part is out of range. */
bool al_time_from_hms(int32_t h, int32_t m, int32_t s, int32_t ms, al_time *out);
/* Milliseconds since midnight of [t] (t must not be 0T). */
int32_t al_time_ms(al_time t);

/* The session clock's bridge: Unix epoch milliseconds ⇄ DateTime. */
al_datetime al_datetime_from_unix_ms(int64_t unix_ms);
int64_t al_datetime_to_unix_ms(al_datetime dt);

/* ------------------------------------------------------------ literals */

/* `20240131D` (8 digits YYYYMMDD, or `0D`); the trailing D may be left off. */
bool al_date_literal(const char *text, size_t len, al_date *out, al_fail *f);
/* `120000T`, `120000.5T`, `0T` (hhmmss[.f{1,3}]); trailing T optional. */
bool al_time_literal(const char *text, size_t len, al_time *out, al_fail *f);
/* Only `0DT` exists in AL. */
bool al_datetime_literal(const char *text, size_t len, al_datetime *out, al_fail *f);

/* ------------------------------------------------------------ arithmetic */

/* Date + days (Date - n is days = -n); keeps a closing date closing. */
bool al_date_add(al_date d, int64_t days, al_date *out, al_fail *f);
/* a - b in days (closing flags ignored). */
bool al_date_diff(al_date a, al_date b, int32_t *out, al_fail *f);
/* Time + ms, wrapping around midnight. */
bool al_time_add(al_time t, int64_t ms, al_time *out, al_fail *f);
/* a - b in milliseconds. */
bool al_time_diff(al_time a, al_time b, int64_t *out, al_fail *f);
/* DateTime + ms (Integer or Duration). */
bool al_datetime_add(al_datetime dt, int64_t ms, al_datetime *out, al_fail *f);
/* a - b as a Duration. */
bool al_datetime_diff(al_datetime a, al_datetime b, al_duration *out, al_fail *f);

/* ------------------------------------------------------------ system functions */

bool al_date_dmy2date(int32_t day, int32_t month, int32_t year, al_date *out, al_fail *f);
/* ISO 8601: WeekDay 1 = Monday … 7, Week 1 … 52/53 of ISO week-year Year. */
bool al_date_dwy2date(int32_t weekday, int32_t week, int32_t year, al_date *out, al_fail *f);
/* what: 1 day, 2 month, 3 year.  0D gives 0. */
bool al_date_date2dmy(al_date d, int32_t what, int32_t *out, al_fail *f);
/* what: 1 weekday, 2 ISO week, 3 ISO week-year.  0D gives 0. */
bool al_date_date2dwy(al_date d, int32_t what, int32_t *out, al_fail *f);
/* CreateDateTime: 0D gives 0DT; 0T counts as 00:00:00; closing dates count
 * as their normal date.  Never fails. */
al_datetime al_datetime_create(al_date d, al_time t);
/* DT2Date / DT2Time (UTC parts); 0DT gives 0D / 0T. */
al_date al_datetime_date(al_datetime dt);
al_time al_datetime_time(al_datetime dt);

/* CalcDate(Formula, Date): the whole date-formula language, with or without
 * the <> brackets (docs/datetime.md "Date formulas"). */
bool al_date_calc(const char *formula, al_date d, al_date *out, al_fail *f);
/* Checks a date formula and returns it in canonical form without brackets
 * (upper case, no blanks: '<cm + 1d>' → "CM+1D", '' → ""); NULL + the
 * Evaluate text for type DateFormula when it is invalid. */
const char *al_date_formula_normalize(const char *text, al_fail *f);

/* ------------------------------------------------------------ Format */

/* Format(Value, 0, FormatNumber) when [fmtstr] is NULL, else
 * Format(Value, 0, FormatString).  Undefined values give "".
 * Numbers: 0/1 display, 2 AL constant, 4 long date, 9 XML; others → 0. */
const char *al_date_format(al_date d, int32_t fmtnum, const char *fmtstr);
const char *al_time_format(al_time t, int32_t fmtnum, const char *fmtstr);
const char *al_datetime_format(al_datetime dt, int32_t fmtnum, const char *fmtstr);
/* '2 days 4 hours 3 minutes 1 second 17 milliseconds'; 9 → the integer
 * milliseconds; 0 → "". */
const char *al_duration_format(al_duration d, int32_t fmtnum);

/* ------------------------------------------------------------ Evaluate */

/* Evaluate(var X, Text [, 9]).  [fmtnum] is 0 or 9 (XML).  [today] and
 * [workdate] fill in 't' / 'w' and the parts a short date leaves out (year,
 * month: taken from the work date).  Failure: "The value "<text>" can't be
 * evaluated into type Date." (Time, DateTime, Duration). */
bool al_date_evaluate(const char *text, int32_t fmtnum, al_date today, al_date workdate,
                      al_date *out, al_fail *f);
bool al_time_evaluate(const char *text, int32_t fmtnum, al_time *out, al_fail *f);
bool al_datetime_evaluate(const char *text, int32_t fmtnum, al_date today, al_date workdate,
                          al_datetime *out, al_fail *f);
bool al_duration_evaluate(const char *text, int32_t fmtnum, al_duration *out, al_fail *f);

#endif
