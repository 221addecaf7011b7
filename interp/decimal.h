/* interp/decimal.h — AL's Decimal, which is .NET's System.Decimal, exactly.
 *
 * A value is a 96-bit unsigned integer mantissa and a scale 0..28 (the
 * number of decimal places) plus a sign: value = (-1)^sign * mantissa /
 * 10^scale.  The layout is .NET's (decimal.GetBits): lo, mid, hi hold the
 * mantissa, flags bits 16..23 the scale and bit 31 the sign; every other
 * flags bit is zero.  Values are passed by value.  Arithmetic never
 * touches `double`; only the conversions al_dec_from_double/to_double and
 * Power with a non-integer exponent do (as .NET's Math.Pow does).
 *
 * The scale is part of the value, as in .NET: 1.50 keeps two places, 1.0
 * and 1.00 compare equal, and a negative zero (sign set, mantissa 0) exists
 * but compares equal to zero and never prints a '-'.  Arithmetic gives
 * .NET's results bit for bit, including its result scales and its
 * round-half-to-even when a result has more than 28-29 significant digits;
 * docs/decimal.md explains the rules.
 *
 * Functions that can fail follow interp/fail.h: `al_fail *f` last (may be
 * NULL), false on failure with the error text in f->msg (AL_DEC_MSG_*),
 * and the result left untouched.  No state: safe on any thread.
 */
#ifndef AL_INTERP_DECIMAL_H
#define AL_INTERP_DECIMAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "interp/fail.h"

typedef struct al_dec {
    uint32_t lo, mid, hi;   /* 96-bit mantissa, least significant word first */
    uint32_t flags;         /* bits 16..23 scale (0..28), bit 31 sign */
} al_dec;

#define AL_DEC_MAX_SCALE 28

/* The error texts (docs/decimal.md says where each comes from). */
#define AL_DEC_MSG_OVERFLOW "Value was either too large or too small for a Decimal."
#define AL_DEC_MSG_DIVZERO "Attempted to divide by zero."
#define AL_DEC_MSG_INT32 "Value was either too large or too small for an Int32."
#define AL_DEC_MSG_INT64 "Value was either too large or too small for an Int64."
#define AL_DEC_MSG_PRECISION "The rounding precision must be greater than 0."
#define AL_DEC_MSG_DIRECTION "The rounding direction must be '=', '>' or '<'."
#define AL_DEC_MSG_FORMAT "Input string was not in a correct format."

/* ------------------------------------------------------------ making */

al_dec al_dec_zero(void);
al_dec al_dec_from_int64(int64_t v);
/* [mantissa] (< 2^96, higher bits ignored) / 10^[scale] (0..28), negated when [neg]. */
al_dec al_dec_make(uint32_t lo, uint32_t mid, uint32_t hi, int scale, bool neg);

/* decimal.Parse(text, NumberStyles.Number & ~thousands, InvariantCulture):
 * optional white space around, an optional leading '+'/'-', digits with an
 * optional '.' and fraction ("12", "-0.50", ".5", "5."); no exponent, no
 * group separators.  The written scale is kept ("1.50" has scale 2); more
 * digits than fit are rounded half to even like .NET.  Fails with the
 * overflow text when the value is too large, and with .NET's
 * "Input string was not in a correct format." when it is not a number. */
bool al_dec_parse(const char *s, size_t len, al_dec *out, al_fail *f);

/* (decimal)double: 15 significant digits, trailing zeros removed, below
 * 1e-28 in magnitude gives 0; fails (overflow text) for NaN, infinities and
 * values beyond the Decimal range. */
bool al_dec_from_double(double d, al_dec *out, al_fail *f);

/* ------------------------------------------------------------ reading */

/* decimal.ToString(CultureInfo.InvariantCulture): "-1.50", "0.000", never "-0". */
char *al_dec_to_string(al_dec x);

/* The parts formatting needs: sign, the mantissa's decimal digits without
 * leading zeros ("0" for zero) and the scale.  [neg] is false for zero. */
typedef struct al_dec_parts {
    bool neg;
    int scale;
    int ndigits;
    char digits[32];        /* NUL-terminated */
} al_dec_parts;
void al_dec_digits(al_dec x, al_dec_parts *p);

int al_dec_scale(al_dec x);
bool al_dec_is_zero(al_dec x);
/* True for values below zero (a negative zero is not). */
bool al_dec_is_neg(al_dec x);
/* -1, 0 or 1 by numeric value: 1.0 and 1.00 are equal, -0 equals 0. */
int al_dec_cmp(al_dec a, al_dec b);
/* The same value with trailing fractional zeros removed and a zero made
 * positive with scale 0: equal values give identical bits (for hashing). */
al_dec al_dec_normalize(al_dec x);
/* An integer value (no nonzero fractional digit)? */
bool al_dec_is_integer(al_dec x);

/* Truncation toward zero to an integer type (decimal.ToInt64 / ToInt32). */
bool al_dec_to_int64(al_dec x, int64_t *out, al_fail *f);
bool al_dec_to_int32(al_dec x, int32_t *out, al_fail *f);
/* Approximate value as a double (for callers outside arithmetic only). */
double al_dec_to_double(al_dec x);

/* ------------------------------------------------------------ arithmetic */

/* a + b, a - b, a * b, a / b with .NET's results; false with the overflow
 * or division-by-zero text. */
bool al_dec_add(al_dec a, al_dec b, al_dec *out, al_fail *f);
bool al_dec_sub(al_dec a, al_dec b, al_dec *out, al_fail *f);
bool al_dec_mul(al_dec a, al_dec b, al_dec *out, al_fail *f);
bool al_dec_div(al_dec a, al_dec b, al_dec *out, al_fail *f);
/* a % b as .NET's decimal remainder: sign of a, exact. */
bool al_dec_mod(al_dec a, al_dec b, al_dec *out, al_fail *f);
/* AL `div` on decimals: the quotient truncated toward zero, exact, scale 0. */
bool al_dec_idiv(al_dec a, al_dec b, al_dec *out, al_fail *f);
al_dec al_dec_neg(al_dec x);
al_dec al_dec_abs(al_dec x);
/* decimal.Truncate: drops the fraction, scale 0. */
al_dec al_dec_trunc(al_dec x);

/* AL Round(Number, Precision, Direction): the multiple of [precision]
 * nearest to [x] ('=': ties away from zero), the next one up ('>': toward
 * +infinity) or down ('<': toward -infinity), computed exactly; the result
 * has the precision's scale (Round(1.234, 0.01) = 1.23).  Precision <= 0
 * fails with AL_DEC_MSG_PRECISION, another direction with
 * AL_DEC_MSG_DIRECTION. */
bool al_dec_round(al_dec x, al_dec precision, char direction, al_dec *out, al_fail *f);
/* 0.01, AL's default precision for Round(Number). */
al_dec al_dec_default_precision(void);

/* AL Power(Number, Power).  Integer exponents (any scale, "2.0" too) by
 * Decimal multiplications (square-and-multiply, exact whenever the result
 * fits); a negative exponent divides once at the end, or for |x| < 1
 * raises 1/x instead so nothing underflows; x^0 = 1; 0^-n divides by
 * zero.  Other exponents go through the C library's pow on doubles and
 * come back as (decimal)double, the way .NET code computes Math.Pow:
 * 15 significant digits; a negative base gives the overflow text (.NET's
 * conversion of NaN). */
bool al_dec_power(al_dec x, al_dec y, al_dec *out, al_fail *f);

#endif
