/* interp/numfmt.h — Format and Evaluate for AL's Integer, BigInteger and
 * Decimal in the en-US region, and Integer/BigInteger arithmetic with BC's
 * overflow and division-by-zero errors.
 *
 * Format(Value [, Length] [, FormatNumber | FormatString]):
 *   standard format 0 (the default): Integer/BigInteger `<Sign><Integer>`
 *   ("-567", no separators), Decimal `<Sign><Integer Thousand><Decimals>`
 *   ("-76,543.21", decimals only as needed: 1.50 gives "1.5");
 *   1, 2 and 9 (XML): `<Sign><Integer><Decimals>` with '.' ("-76543.21");
 *   other numbers behave as 0.  Format strings hold literal text and the
 *   tags <Sign>, <Integer>, <Integer Thousand>, <Decimals> (each may take
 *   a length: <Integer,4>), <Precision,min:max>, <Standard Format,N>,
 *   <Comma,c>, <1000Character,c> and <Filler Character,c>; anything else
 *   is copied as written.  docs/decimal.md has the details and the choices
 *   made where BC's documentation is silent (Length, padding).
 *
 * Evaluate(var X, Text [, 9]): returns false and leaves *out alone when
 * the text is not a number of the type, with BC's text
 * `The value "<text>" can't be evaluated into type Integer.` (BigInteger,
 * Decimal alike).
 */
#ifndef AL_INTERP_NUMFMT_H
#define AL_INTERP_NUMFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "interp/decimal.h"
#include "interp/fail.h"

typedef enum al_numkind {
    AL_NUM_INTEGER,
    AL_NUM_BIGINTEGER,
    AL_NUM_DECIMAL,
} al_numkind;

#define AL_NUM_MSG_OVERFLOW "Arithmetic operation resulted in an overflow."
#define AL_NUM_MSG_DIVZERO AL_DEC_MSG_DIVZERO

/* ------------------------------------------------------------ Format */

/* Format(Value, Length, FormatNumber) when [fmt] is NULL, else
 * Format(Value, Length, FormatString) with [fmt_len] bytes of [fmt].  An
 * Integer/BigInteger value is passed as a Decimal (al_dec_from_int64).
 * Length 0: the whole text; Length > 0: exactly Length characters, padded
 * on the left with the filler character (a space unless the format string
 * sets one), or Length '*'s when the text is longer; Length < 0: at most
 * -Length characters (cut on the right). */
char *al_numfmt_format(al_numkind kind, al_dec value, int32_t length, int32_t format_number,
                       const char *fmt, size_t fmt_len);
/* Format(Value, 0, FormatNumber) or, when [fmt] (NUL-terminated) is not
 * NULL, Format(Value, 0, FormatString), for Integer/BigInteger (the same
 * formats) and Decimal.  Formatting a number cannot fail: the result is
 * never NULL and [f] is not touched (it is there for the callers' shape). */
char *al_numfmt_int(int64_t v, int32_t format_number, const char *fmt, al_fail *f);
char *al_numfmt_dec(al_dec v, int32_t format_number, const char *fmt, al_fail *f);

/* ------------------------------------------------------------ Evaluate */

/* Evaluate into Integer ([big] false: int32 range, *out fits int32) or
 * BigInteger ([big] true), and into Decimal, from the NUL-terminated [s].
 * Format number 0 (or anything but 9): white space around is ignored, an
 * optional leading '+' or '-', digits, ',' thousands separators after the
 * first integer digit and, for Decimal, one '.' and fraction digits
 * ("1,234.5", ".5", "5."); an empty or all-blank text gives 0.  Format
 * number 9 (XML): the same without thousands separators and without the
 * empty case.  A Decimal keeps the written scale ("1.50"); too many
 * digits round as decimal.Parse does; a value out of the type's range
 * fails like any other bad text. */
bool al_numfmt_eval_int(const char *s, int32_t format_number, bool big, int64_t *out, al_fail *f);
bool al_numfmt_eval_dec(const char *s, int32_t format_number, al_dec *out, al_fail *f);

/* ------------------------------------------------------------ Integer arithmetic */

/* + - * div mod and unary - on Integer (int32) and BigInteger (int64).
 * div truncates toward zero, mod has the sign of the dividend (.NET's / and
 * %).  Overflow (including MIN div -1 and -MIN) fails with
 * AL_NUM_MSG_OVERFLOW, a zero divisor with AL_NUM_MSG_DIVZERO. */
bool al_numfmt_i32_add(int32_t a, int32_t b, int32_t *out, al_fail *f);
bool al_numfmt_i32_sub(int32_t a, int32_t b, int32_t *out, al_fail *f);
bool al_numfmt_i32_mul(int32_t a, int32_t b, int32_t *out, al_fail *f);
bool al_numfmt_i32_div(int32_t a, int32_t b, int32_t *out, al_fail *f);
bool al_numfmt_i32_mod(int32_t a, int32_t b, int32_t *out, al_fail *f);
bool al_numfmt_i32_neg(int32_t a, int32_t *out, al_fail *f);
bool al_numfmt_i64_add(int64_t a, int64_t b, int64_t *out, al_fail *f);
bool al_numfmt_i64_sub(int64_t a, int64_t b, int64_t *out, al_fail *f);
bool al_numfmt_i64_mul(int64_t a, int64_t b, int64_t *out, al_fail *f);
bool al_numfmt_i64_div(int64_t a, int64_t b, int64_t *out, al_fail *f);
bool al_numfmt_i64_mod(int64_t a, int64_t b, int64_t *out, al_fail *f);
bool al_numfmt_i64_neg(int64_t a, int64_t *out, al_fail *f);

#endif
