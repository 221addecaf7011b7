/* tests/unit/test_numfmt.c — interp/numfmt.c: Format and Evaluate of
 * Integer, BigInteger and Decimal in en-US, and Integer arithmetic with
 * BC's overflow and division-by-zero errors.  The standard-format values
 * are the ones BC's documentation gives (-567, -76,543.21, -76543.21);
 * docs/decimal.md lists the behaviours chosen where BC's is unknown. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <string.h>
#include "grammar/mem.h"
#include "interp/numfmt.h"
#include "tests/unit/testutil.h"

TestSuite(numfmt, .init = al_test_setup);

static al_dec D(const char *s)
{
    al_dec d;
    if (!al_dec_parse(s, strlen(s), &d, NULL)) cr_fatal("parse \"%s\"", s);
    return d;
}

/* Format(Decimal, 0, FormatString) / Format(Integer, 0, FormatString). */
static char *fd(const char *v, const char *fmt) { return al_numfmt_dec(D(v), 0, fmt, NULL); }
static char *fi(int64_t v, const char *fmt) { return al_numfmt_int(v, 0, fmt, NULL); }
static char *fdn(const char *v, int n) { return al_numfmt_dec(D(v), n, NULL, NULL); }
static char *fin(int64_t v, int n) { return al_numfmt_int(v, n, NULL, NULL); }

/* ============================================================ standard formats */

Test(numfmt, integer_default_has_no_thousands_separator)
{
    cr_assert(eq(str, fin(-567, 0), "-567"));
    cr_assert(eq(str, fin(1234567, 0), "1234567"));
    cr_assert(eq(str, fin(0, 0), "0"));
    cr_assert(eq(str, fin(10000, 0), "10000"));
    cr_assert(eq(str, fin(INT32_MIN, 0), "-2147483648"));
    cr_assert(eq(str, fin(INT64_MAX, 0), "9223372036854775807"));
    cr_assert(eq(str, fin(INT64_MIN, 0), "-9223372036854775808"));
}

Test(numfmt, integer_formats_1_2_9_are_the_same)
{
    cr_assert(eq(str, fin(-567, 1), "-567"));
    cr_assert(eq(str, fin(1234567, 2), "1234567"));
    cr_assert(eq(str, fin(-1234567, 9), "-1234567"));
}

Test(numfmt, decimal_default_has_separators_and_needed_decimals)
{
    cr_assert(eq(str, fdn("-76543.21", 0), "-76,543.21"));
    cr_assert(eq(str, fdn("1.50", 0), "1.5"));
    cr_assert(eq(str, fdn("1234567.000", 0), "1,234,567"));
    cr_assert(eq(str, fdn("0.5", 0), "0.5"));
    cr_assert(eq(str, fdn("-0.5", 0), "-0.5"));
    cr_assert(eq(str, fdn("0.00", 0), "0"));
    cr_assert(eq(str, fdn("-0.00", 0), "0"));
    cr_assert(eq(str, fdn("100", 0), "100"));
    cr_assert(eq(str, fdn("1000", 0), "1,000"));
    cr_assert(eq(str, fdn("999.999", 0), "999.999"));
    cr_assert(eq(str, fdn("-100000", 0), "-100,000"));
}

Test(numfmt, decimal_default_large_and_small)
{
    cr_assert(eq(str, fdn("79228162514264337593543950335", 0), "79,228,162,514,264,337,593,543,950,335"));
    cr_assert(eq(str, fdn("-79228162514264337593543950335", 0), "-79,228,162,514,264,337,593,543,950,335"));
    cr_assert(eq(str, fdn("0.0000000000000000000000000001", 0), "0.0000000000000000000000000001"));
    cr_assert(eq(str, fdn("0.3333333333333333333333333333", 0), "0.3333333333333333333333333333"));
    cr_assert(eq(str, fdn("999999999999999.99", 0), "999,999,999,999,999.99"));
}

Test(numfmt, decimal_formats_1_2_9_have_no_separators)
{
    cr_assert(eq(str, fdn("-76543.21", 1), "-76543.21"));
    cr_assert(eq(str, fdn("-76543.21", 2), "-76543.21"));
    cr_assert(eq(str, fdn("-76543.21", 9), "-76543.21"));
    cr_assert(eq(str, fdn("1.50", 9), "1.5"));
    cr_assert(eq(str, fdn("1234567", 9), "1234567"));
}

Test(numfmt, unknown_format_numbers_behave_as_0)
{
    cr_assert(eq(str, fdn("-76543.21", 7), "-76,543.21"));
    cr_assert(eq(str, fin(-567, 7), "-567"));
}

Test(numfmt, shortcuts_are_the_default_format)
{
    cr_assert(eq(str, al_numfmt_format(AL_NUM_DECIMAL, D("1234.5"), 0, 0, NULL, 0), "1,234.5"));
    cr_assert(eq(str, al_numfmt_format(AL_NUM_INTEGER, al_dec_from_int64(1234), 0, 0, NULL, 0), "1234"));
}

/* ============================================================ format strings */

Test(numfmt, precision_with_standard_format)
{
    const char *f = "<Precision,2:2><Standard Format,0>";
    cr_assert(eq(str, fd("1234.5", f), "1,234.50"));
    cr_assert(eq(str, fd("1234.567", f), "1,234.57"));
    cr_assert(eq(str, fd("1234.565", f), "1,234.57"));      /* half away from zero */
    cr_assert(eq(str, fd("-1234.565", f), "-1,234.57"));
    cr_assert(eq(str, fd("5", f), "5.00"));
    cr_assert(eq(str, fd("0.999", f), "1.00"));
    cr_assert(eq(str, fd("-0.001", f), "0.00"));           /* no sign on a zero */
    cr_assert(eq(str, fd("999999.995", f), "1,000,000.00"));
}

Test(numfmt, precision_ranges)
{
    cr_assert(eq(str, fd("1.5", "<Precision,0:2><Standard Format,0>"), "1.5"));
    cr_assert(eq(str, fd("1.234", "<Precision,0:2><Standard Format,0>"), "1.23"));
    cr_assert(eq(str, fd("1.5", "<Precision,3:><Integer><Decimals>"), "1.500"));
    cr_assert(eq(str, fd("1.23456", "<Precision,3:><Integer><Decimals>"), "1.23456"));
    cr_assert(eq(str, fd("2.5", "<Precision,0:0><Integer><Decimals>"), "3"));
    cr_assert(eq(str, fd("1.25", "<Precision,1><Integer><Decimals>"), "1.3"));
    cr_assert(eq(str, fd("1.25", "<Integer><Decimals><Precision,1:1>"), "1.3"));
}

Test(numfmt, precision_on_integers)
{
    cr_assert(eq(str, fi(5, "<Precision,2:2><Standard Format,0>"), "5"));
    cr_assert(eq(str, fi(5, "<Precision,2:2><Integer><Decimals>"), "5.00"));
}

Test(numfmt, components_and_literal_text)
{
    cr_assert(eq(str, fi(1234567, "<Integer Thousand>"), "1,234,567"));
    cr_assert(eq(str, fi(-1234567, "<Sign><Integer Thousand>"), "-1,234,567"));
    cr_assert(eq(str, fi(-5, "<Integer>"), "5"));
    cr_assert(eq(str, fd("-5.5", "Total: <Sign><Integer><Decimals> EUR"), "Total: -5.5 EUR"));
    cr_assert(eq(str, fd("-5.5", "<Integer><Decimals><Sign>"), "5.5-"));
    cr_assert(eq(str, fd("12.5", "<Decimals>"), ".5"));
    cr_assert(eq(str, fd("12", "<Decimals>"), ""));
    cr_assert(eq(str, fd("1234.5", "<Standard Format,1>"), "1234.5"));
}

Test(numfmt, tag_names_ignore_case)
{
    cr_assert(eq(str, fi(1234, "<integer thousand>"), "1,234"));
    cr_assert(eq(str, fd("1.5", "<PRECISION,2:2><standard format,0>"), "1.50"));
}

Test(numfmt, unknown_and_unclosed_tags_are_text)
{
    cr_assert(eq(str, fi(5, "<Foo><Integer>"), "<Foo>5"));
    cr_assert(eq(str, fi(5, "<Integer>x<Integer"), "5x<Integer"));
    cr_assert(eq(str, fi(5, "a>b<Integer>"), "a>b5"));
}

Test(numfmt, component_length_and_filler)
{
    cr_assert(eq(str, fi(42, "<Integer,5>"), "   42"));
    cr_assert(eq(str, fi(123, "<Integer,6><Filler Character,0>"), "000123"));
    cr_assert(eq(str, fi(-5, "<Sign><Integer,4><Filler Character,0>"), "-0005"));
    cr_assert(eq(str, fi(123456, "<Integer,3>"), "123456"));
    cr_assert(eq(str, fd("5", "<Integer><Decimals,3>"), "5.00"));
    cr_assert(eq(str, fd("1.5", "<Integer><Decimals,3>"), "1.50"));
    cr_assert(eq(str, fd("1.2345", "<Integer><Decimals,3>"), "1.2345"));
}

Test(numfmt, comma_and_thousands_characters)
{
    cr_assert(eq(str, fd("-76543.21", "<Sign><Integer Thousand><Decimals><Comma,,>"), "-76.543,21"));
    cr_assert(eq(str, fd("-76543.21", "<Comma,.><Sign><Integer Thousand><Decimals>"), "-76,543.21"));
    cr_assert(eq(str, fi(1234567, "<Integer Thousand><1000Character,'>"), "1'234'567"));
    cr_assert(eq(str, fd("1234.5", "<Integer Thousand><Decimals><Comma,,><1000Character, >"), "1 234,5"));
    cr_assert(eq(str, fd("1234.5", "<Integer Thousand><Decimals><1000Character,>"), "1234.5"));
}

/* ============================================================ Length */

static char *fl(al_numkind k, const char *v, int32_t len, const char *fmt)
{
    return al_numfmt_format(k, D(v), len, 0, fmt, fmt ? strlen(fmt) : 0);
}

Test(numfmt, positive_length_pads_on_the_left_or_shows_stars)
{
    cr_assert(eq(str, fl(AL_NUM_INTEGER, "-567", 8, NULL), "    -567"));
    cr_assert(eq(str, fl(AL_NUM_INTEGER, "567", 3, NULL), "567"));
    cr_assert(eq(str, fl(AL_NUM_INTEGER, "1234", 2, NULL), "**"));
    cr_assert(eq(str, fl(AL_NUM_DECIMAL, "1234.5", 10, NULL), "   1,234.5"));
    cr_assert(eq(str, fl(AL_NUM_INTEGER, "42", 5, "<Integer><Filler Character,0>"), "00042"));
}

Test(numfmt, negative_length_cuts)
{
    cr_assert(eq(str, fl(AL_NUM_INTEGER, "12345", -3, NULL), "123"));
    cr_assert(eq(str, fl(AL_NUM_INTEGER, "5", -10, NULL), "5"));
}

/* ============================================================ Evaluate */

static char *ei(const char *s, int fmt, bool big)
{
    int64_t v = 777;
    al_fail f = {0};
    if (!al_numfmt_eval_int(s, fmt, big, &v, &f)) {
        cr_expect(eq(i64, v, 777), "target changed on failure");
        return al_sprintf("!%s", f.msg);
    }
    return al_sprintf("%lld", (long long)v);
}

static char *ed(const char *s, int fmt)
{
    al_dec v = al_dec_from_int64(777);
    al_fail f = {0};
    if (!al_numfmt_eval_dec(s, fmt, &v, &f)) {
        cr_expect(eq(str, al_dec_to_string(v), "777"), "target changed on failure");
        return al_sprintf("!%s", f.msg);
    }
    return al_dec_to_string(v);
}

Test(numfmt, evaluate_integer)
{
    cr_assert(eq(str, ei("123", 0, false), "123"));
    cr_assert(eq(str, ei(" -45 ", 0, false), "-45"));
    cr_assert(eq(str, ei("+7", 0, false), "7"));
    cr_assert(eq(str, ei("1,234", 0, false), "1234"));
    cr_assert(eq(str, ei("010196", 0, false), "10196"));
    cr_assert(eq(str, ei("2147483647", 0, false), "2147483647"));
    cr_assert(eq(str, ei("-2147483648", 0, false), "-2147483648"));
    cr_assert(eq(str, ei("", 0, false), "0"));
    cr_assert(eq(str, ei("   ", 0, false), "0"));
}

Test(numfmt, evaluate_integer_failures)
{
    cr_assert(eq(str, ei("not-a-number", 0, false), "!The value \"not-a-number\" can't be evaluated into type Integer."));
    cr_assert(eq(str, ei("2147483648", 0, false), "!The value \"2147483648\" can't be evaluated into type Integer."));
    cr_assert(eq(str, ei("-2147483649", 0, false), "!The value \"-2147483649\" can't be evaluated into type Integer."));
    cr_assert(eq(str, ei("12.0", 0, false), "!The value \"12.0\" can't be evaluated into type Integer."));
    cr_assert(eq(str, ei(" 1e3 ", 0, false), "!The value \" 1e3 \" can't be evaluated into type Integer."));
    cr_assert(eq(str, ei("- 5", 0, false), "!The value \"- 5\" can't be evaluated into type Integer."));
    cr_assert(eq(str, ei(",123", 0, false), "!The value \",123\" can't be evaluated into type Integer."));
    cr_assert(eq(str, ei("1 234", 0, false), "!The value \"1 234\" can't be evaluated into type Integer."));
    cr_assert(eq(str, ei("-", 0, false), "!The value \"-\" can't be evaluated into type Integer."));
}

Test(numfmt, evaluate_biginteger)
{
    cr_assert(eq(str, ei("9223372036854775807", 0, true), "9223372036854775807"));
    cr_assert(eq(str, ei("-9,223,372,036,854,775,808", 0, true), "-9223372036854775808"));
    cr_assert(eq(str, ei("3000000000", 0, true), "3000000000"));
    cr_assert(eq(str, ei("9223372036854775808", 0, true),
                 "!The value \"9223372036854775808\" can't be evaluated into type BigInteger."));
    cr_assert(eq(str, ei("12L", 0, true), "!The value \"12L\" can't be evaluated into type BigInteger."));
}

Test(numfmt, evaluate_decimal)
{
    cr_assert(eq(str, ed("1,234.5", 0), "1234.5"));
    cr_assert(eq(str, ed("  12.30 ", 0), "12.30"));
    cr_assert(eq(str, ed("-0.5", 0), "-0.5"));
    cr_assert(eq(str, ed("+.5", 0), "0.5"));
    cr_assert(eq(str, ed("5.", 0), "5"));
    cr_assert(eq(str, ed("", 0), "0"));
    cr_assert(eq(str, ed("79228162514264337593543950335", 0), "79228162514264337593543950335"));
    cr_assert(eq(str, ed("0.123456789012345678901234567891", 0), "0.1234567890123456789012345679"));
    cr_assert(eq(str, ed("-76,543.21", 0), "-76543.21"));
}

Test(numfmt, evaluate_decimal_failures)
{
    cr_assert(eq(str, ed("1.2.3", 0), "!The value \"1.2.3\" can't be evaluated into type Decimal."));
    cr_assert(eq(str, ed("79228162514264337593543950336", 0),
                 "!The value \"79228162514264337593543950336\" can't be evaluated into type Decimal."));
    cr_assert(eq(str, ed("1,234.5,6", 0), "!The value \"1,234.5,6\" can't be evaluated into type Decimal."));
    cr_assert(eq(str, ed("1.5e3", 0), "!The value \"1.5e3\" can't be evaluated into type Decimal."));
    cr_assert(eq(str, ed("abc", 0), "!The value \"abc\" can't be evaluated into type Decimal."));
    cr_assert(eq(str, ed(".", 0), "!The value \".\" can't be evaluated into type Decimal."));
}

Test(numfmt, evaluate_xml_format_has_no_separators_and_no_blank)
{
    cr_assert(eq(str, ei(" 12 ", 9, false), "12"));
    cr_assert(eq(str, ei("1,234", 9, false), "!The value \"1,234\" can't be evaluated into type Integer."));
    cr_assert(eq(str, ei("", 9, false), "!The value \"\" can't be evaluated into type Integer."));
    cr_assert(eq(str, ed("-1234.50", 9), "-1234.50"));
    cr_assert(eq(str, ed("1,234.5", 9), "!The value \"1,234.5\" can't be evaluated into type Decimal."));
}

Test(numfmt, format_then_evaluate_round_trips)
{
    const char *vals[] = {"-76543.21", "0.5", "1234567.891", "79228162514264337593543950335", "0"};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        al_dec back;
        cr_expect(al_numfmt_eval_dec(fdn(vals[i], 0), 0, &back, NULL));
        cr_expect(eq(int, al_dec_cmp(back, D(vals[i])), 0), "%s", vals[i]);
    }
    int64_t n;
    cr_assert(al_numfmt_eval_int(fin(-567, 0), 0, false, &n, NULL));
    cr_assert(eq(i64, n, -567));
}

/* ============================================================ Integer arithmetic */

#define OVF "Arithmetic operation resulted in an overflow."
#define DVZ "Attempted to divide by zero."

typedef bool (*op32)(int32_t, int32_t, int32_t *, al_fail *);
static char *i32(op32 op, int32_t a, int32_t b)
{
    int32_t r = 777;
    al_fail f = {0};
    if (!op(a, b, &r, &f)) return al_sprintf("!%s", f.msg);
    return al_sprintf("%d", r);
}

typedef bool (*op64)(int64_t, int64_t, int64_t *, al_fail *);
static char *i64(op64 op, int64_t a, int64_t b)
{
    int64_t r = 777;
    al_fail f = {0};
    if (!op(a, b, &r, &f)) return al_sprintf("!%s", f.msg);
    return al_sprintf("%lld", (long long)r);
}

Test(numfmt, integer_add_sub_mul_overflow)
{
    cr_assert(eq(str, i32(al_numfmt_i32_add, 2147483646, 1), "2147483647"));
    cr_assert(eq(str, i32(al_numfmt_i32_add, 2147483647, 1), "!" OVF));
    cr_assert(eq(str, i32(al_numfmt_i32_sub, -2147483647, 1), "-2147483648"));
    cr_assert(eq(str, i32(al_numfmt_i32_sub, -2147483647, 2), "!" OVF));
    cr_assert(eq(str, i32(al_numfmt_i32_mul, 46341, 46340), "2147441940"));
    cr_assert(eq(str, i32(al_numfmt_i32_mul, 65536, 32768), "!" OVF));
    cr_assert(eq(str, i32(al_numfmt_i32_mul, -65536, 32768), "-2147483648"));
}

Test(numfmt, integer_div_and_mod_truncate_toward_zero)
{
    cr_assert(eq(str, i32(al_numfmt_i32_div, 7, 2), "3"));
    cr_assert(eq(str, i32(al_numfmt_i32_div, -7, 2), "-3"));
    cr_assert(eq(str, i32(al_numfmt_i32_div, 7, -2), "-3"));
    cr_assert(eq(str, i32(al_numfmt_i32_mod, -7, 3), "-1"));
    cr_assert(eq(str, i32(al_numfmt_i32_mod, 7, -3), "1"));
    cr_assert(eq(str, i32(al_numfmt_i32_div, 7, 0), "!" DVZ));
    cr_assert(eq(str, i32(al_numfmt_i32_mod, 7, 0), "!" DVZ));
    cr_assert(eq(str, i32(al_numfmt_i32_div, INT32_MIN, -1), "!" OVF));
    cr_assert(eq(str, i32(al_numfmt_i32_mod, INT32_MIN, -1), "!" OVF));
}

Test(numfmt, integer_negation)
{
    int32_t r;
    al_fail f = {0};
    cr_assert(al_numfmt_i32_neg(INT32_MAX, &r, &f));
    cr_assert(eq(i32, r, -INT32_MAX));
    cr_assert(not(al_numfmt_i32_neg(INT32_MIN, &r, &f)));
    cr_assert(eq(str, (char *)f.msg, OVF));
    int64_t q;
    cr_assert(not(al_numfmt_i64_neg(INT64_MIN, &q, NULL)));
    cr_assert(al_numfmt_i64_neg(-5, &q, NULL));
    cr_assert(eq(i64, q, 5));
}

Test(numfmt, biginteger_arithmetic)
{
    cr_assert(eq(str, i64(al_numfmt_i64_add, INT64_MAX - 1, 1), "9223372036854775807"));
    cr_assert(eq(str, i64(al_numfmt_i64_add, INT64_MAX, 1), "!" OVF));
    cr_assert(eq(str, i64(al_numfmt_i64_sub, INT64_MIN, 1), "!" OVF));
    cr_assert(eq(str, i64(al_numfmt_i64_mul, 3037000500LL, 3037000500LL), "!" OVF));
    cr_assert(eq(str, i64(al_numfmt_i64_mul, 2147483648LL, 2147483648LL), "4611686018427387904"));
    cr_assert(eq(str, i64(al_numfmt_i64_div, -9, 4), "-2"));
    cr_assert(eq(str, i64(al_numfmt_i64_mod, -9, 4), "-1"));
    cr_assert(eq(str, i64(al_numfmt_i64_div, 1, 0), "!" DVZ));
    cr_assert(eq(str, i64(al_numfmt_i64_mod, 1, 0), "!" DVZ));
    cr_assert(eq(str, i64(al_numfmt_i64_div, INT64_MIN, -1), "!" OVF));
    cr_assert(eq(str, i64(al_numfmt_i64_mod, INT64_MIN, -1), "!" OVF));
}
