/* interp/convert.h — conversions between AL values, literals, and the
 * operators that need the value modules (Decimal, dates and times).
 *
 * The evaluator calls these so that eval.c stays a tree walker and the
 * type-specific rules (Text[n] length checks, Code upper-casing, Decimal
 * arithmetic, date arithmetic) live in one place.  All may throw.
 */
#ifndef AL_INTERP_CONVERT_H
#define AL_INTERP_CONVERT_H

#include "interp/exec.h"
#include "interp/text.h"

/* [v] as a value of type [to] (an assignment's implicit conversion; the
 * value's own tag says what it is): Text[n] length check, Code
 * normalisation, Integer to Decimal, Char to Text, Variant unboxing ... */
al_value al_convert(al_exec *X, al_value v, const al_type *to);

/* Literals: DECIMAL digits, DATE/TIME/DATETIME digits (without suffix). */
bool al_convert_literal(al_tkind kind, const char *text, al_value *out);
/* A Decimal with an integer value. */
al_value al_convert_decimal_literal(int64_t v);

/* Decimal operators. */
int al_convert_dec_cmp(al_value a, al_value b);
al_value al_convert_dec_arith(al_exec *X, al_op op, al_value a, al_value b);
al_value al_convert_dec_neg(al_value a);
/* Date ± Integer, Date − Date, Time ± Integer, Time − Time, DateTime −
 * DateTime, DateTime ± Duration, Duration ± Duration. */
al_value al_convert_date_arith(al_exec *X, al_op op, al_tkind kind, al_value a, al_value b);
/* Compares two Variant values (same underlying kinds, else by text). */
int al_convert_variant_cmp(al_exec *X, al_value a, al_value b);

/* Format(Value [, Length [, FormatNumber | FormatString]]), en-US as BC.
 * [type] is the value's static type when known (an Option formats as its
 * member name, an Enum as its caption), else NULL.  [fmtnum] < 0 when a
 * format string [fmtstr] is given, 0 by default. */
const al_text *al_format(al_exec *X, al_value v, const al_type *type, int32_t length, int32_t fmtnum,
                         const al_text *fmtstr);

/* StrSubstNo's substitution, as Message, Error, Confirm and StrSubstNo do
 * it: [fmt] (a text, or any value formatted) with %1 ... #1### replaced by
 * vals[0..n), each formatted as Format does; types[i] is vals[i]'s static
 * type (an Option's or Enum's names), or the array is NULL.  Raises on a
 * result past the text limit. */
const al_text *al_format_substno(al_exec *X, al_value fmt, int n, const al_value *vals, const al_type *const *types);

/* Evaluate(var Target, Text [, FormatNumber]): parses [text] as the type
 * of [*target]; on failure leaves the target unchanged and fills [f]. */
bool al_evaluate(al_exec *X, al_value *target, const al_type *type, const al_text *text,
                 int32_t fmtnum, al_fail *f);

/* The AL name of a value's kind, as in "type Integer" of BC's messages. */
const char *al_convert_kind_name(al_tkind k);

#endif
