/* tests/unit/test_decimal.c — interp/decimal.c: AL's Decimal is .NET's
 * System.Decimal, bit for bit.
 *
 * The expected values of the +, -, *, /, %, comparison and parse tables
 * were produced by .NET's System.Decimal itself (the Mono 6.8 runtime,
 * which uses the CLR's DecCalc algorithms; `%` was checked against .NET
 * Core's exact remainder, see docs/decimal.md), including the flags word
 * (scale and sign, as decimal.GetBits()[3]).  Round and Power are AL's
 * builtins and are checked against exact decimal arithmetic.
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "grammar/mem.h"
#include "interp/decimal.h"
#include "tests/unit/testutil.h"

TestSuite(decimal, .init = al_test_setup);

#define NOFLAGS 0xFFFFFFFFu
#define OVERFLOW "!Value was either too large or too small for a Decimal."
#define DIVZERO "!Attempted to divide by zero."

typedef struct case2 { const char *a, *b, *want; uint32_t flags; } case2;

static al_dec D(const char *s)
{
    al_dec d;
    al_fail f = {0};
    if (!al_dec_parse(s, strlen(s), &d, &f)) cr_fatal("parse \"%s\": %s", s, f.msg);
    return d;
}

static char *S(al_dec d) { return al_dec_to_string(d); }

typedef bool (*binop)(al_dec, al_dec, al_dec *, al_fail *);

/* The result as text, or "!" and the error text. */
static char *run2(binop op, const char *a, const char *b, uint32_t *flags)
{
    al_dec r = al_dec_make(0xdead, 0, 0, 0, false);
    al_fail f = {0};
    *flags = NOFLAGS;
    if (!op(D(a), D(b), &r, &f)) return al_sprintf("!%s", f.msg);
    *flags = r.flags;
    return S(r);
}

static void check_table(binop op, const char *name, const case2 *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t flags;
        char *got = run2(op, t[i].a, t[i].b, &flags);
        cr_expect(eq(str, got, (char *)t[i].want), "%s(%s, %s)", name, t[i].a, t[i].b);
        if (t[i].flags != NOFLAGS)
            cr_expect(eq(u32, flags, t[i].flags), "flags of %s(%s, %s)", name, t[i].a, t[i].b);
    }
}

#define COUNT(t) (sizeof(t) / sizeof((t)[0]))

/* ============================================================ tables checked against .NET */

static const case2 add_cases[] = {
    {"0.1", "0.2", "0.3", 0x10000U},
    {"1.50", "1", "2.50", 0x20000U},
    {"1.5", "1.50", "3.00", 0x20000U},
    {"1.0", "-1", "0.0", 0x80010000U},
    {"-1", "1.0", "0.0", 0x80010000U},
    {"79228162514264337593543950335", "1", OVERFLOW, NOFLAGS},
    {"79228162514264337593543950335", "-1", "79228162514264337593543950334", 0x0U},
    {"79228162514264337593543950335", "0.4", "79228162514264337593543950335", 0x0U},
    {"79228162514264337593543950334", "0.5", "79228162514264337593543950334", 0x0U},
    {"79228162514264337593543950333", "0.5", "79228162514264337593543950334", 0x0U},
    {"79228162514264337593543950335", "0.5", OVERFLOW, NOFLAGS},
    {"7922816251426433759354395033.5", "0.05", "7922816251426433759354395034", 0x0U},
    {"7922816251426433759354395033.5", "0.15", "7922816251426433759354395034", 0x0U},
    {"0.0000000000000000000000000001", "1", "1.0000000000000000000000000001", 0x1C0000U},
    {"12345678901234567890.123456789", "98765432109876543210.987654321", "111111111011111111101.11111111", 0x80000U},
    {"-5", "3", "-2", 0x80000000U},
    {"0.3", "-0.1", "0.2", 0x10000U},
};
static const case2 sub_cases[] = {
    {"1", "0.9", "0.1", 0x10000U},
    {"10", "10.00", "0.00", 0x20000U},
    {"-79228162514264337593543950335", "1", OVERFLOW, NOFLAGS},
    {"0.3", "0.1", "0.2", 0x10000U},
    {"1", "0.0000000000000000000000000001", "0.9999999999999999999999999999", 0x1C0000U},
    {"10", "0.0000000000000000000000000001", "10.000000000000000000000000000", 0x1B0000U},
};
static const case2 mul_cases[] = {
    {"1.5", "1.5", "2.25", 0x20000U},
    {"1.10", "2", "2.20", 0x20000U},
    {"0.6666666666666666666666666667", "3", "2.0000000000000000000000000001", 0x1C0000U},
    {"0.3333333333333333333333333333", "3", "0.9999999999999999999999999999", 0x1C0000U},
    {"0.0000000000001", "0.0000000000000001", "0.0000000000000000000000000000", 0x1C0000U},
    {"0.00000000000005", "0.000000000000001", "0.0000000000000000000000000000", 0x1C0000U},
    {"0.00000000000015", "0.000000000000001", "0.0000000000000000000000000002", 0x1C0000U},
    {"0.00000000000025", "0.000000000000001", "0.0000000000000000000000000002", 0x1C0000U},
    {"0.00000000000000000001", "0.0000000000000000000000000001", "0", 0x0U},
    {"79228162514264337593543950335", "2", OVERFLOW, NOFLAGS},
    {"79228162514264337593543950335", "0.1", "7922816251426433759354395033.5", 0x10000U},
    {"79228162514264337593543950335", "1.0", "79228162514264337593543950335", 0x0U},
    {"1234567890123456789.123456789", "987654321.987654321", "1219326312467611632482853221.3", 0x10000U},
    {"-2.5", "4", "-10.0", 0x80010000U},
    {"0", "-1.5", "0.0", 0x80010000U},
    {"0.0", "12345678901234.5", "0", 0x0U},
    {"3.14159265358979323846264338", "3.14159265358979323846264338", "9.869604401089358618834490979", 0x1B0000U},
    {"9999999999999999.99", "9999999999999999.99", OVERFLOW, NOFLAGS},
};
static const case2 div_cases[] = {
    {"1", "3", "0.3333333333333333333333333333", 0x1C0000U},
    {"2", "3", "0.6666666666666666666666666667", 0x1C0000U},
    {"10", "4", "2.5", 0x10000U},
    {"1.000", "0.5", "2.00", 0x20000U},
    {"100", "0.5", "200", 0x0U},
    {"1", "0.5", "2", 0x0U},
    {"5.00", "2", "2.50", 0x20000U},
    {"1", "8", "0.125", 0x30000U},
    {"1.0", "4", "0.25", 0x20000U},
    {"7", "7", "1", 0x0U},
    {"7.00", "7", "1.00", 0x20000U},
    {"1", "0", DIVZERO, NOFLAGS},
    {"79228162514264337593543950335", "0.1", OVERFLOW, NOFLAGS},
    {"79228162514264337593543950335", "3", "26409387504754779197847983445", 0x0U},
    {"1", "79228162514264337593543950335", "0", 0x0U},
    {"1", "7", "0.1428571428571428571428571429", 0x1C0000U},
    {"22", "7", "3.1428571428571428571428571429", 0x1C0000U},
    {"-1", "3", "-0.3333333333333333333333333333", 0x801C0000U},
    {"1", "-8", "-0.125", 0x80030000U},
    {"12345678901234567890123456.789", "0.001", "12345678901234567890123456789", 0x0U},
    {"1", "0.3333333333333333333333333333", "3.0000000000000000000000000003", 0x1C0000U},
    {"79228162514264337593543950335", "79228162514264337593543950335", "1", 0x0U},
    {"79228162514264337593543950335", "-0.5", OVERFLOW, NOFLAGS},
    {"39614081257132168796771975168", "0.5", OVERFLOW, NOFLAGS},
    {"1000000", "0.000001", "1000000000000", 0x0U},
    {"0.0000000000000000000000000001", "2", "0", 0x0U},
    {"0.0000000000000000000000000003", "2", "0.0000000000000000000000000002", 0x1C0000U},
    {"2", "0.0000000000000000000000000001", "20000000000000000000000000000", 0x0U},
    {"100", "3.0", "33.333333333333333333333333333", 0x1B0000U},
    {"9.999", "3.333", "3", 0x0U},
};
static const case2 mod_cases[] = {
    {"7", "2.50", "2.00", 0x20000U},
    {"-5.00", "7", "-5.00", 0x80020000U},
    {"12.5", "0.5", "0.0", 0x10000U},
    {"-7", "3", "-1", 0x80000000U},
    {"7", "-3", "1", 0x0U},
    {"10", "0", DIVZERO, NOFLAGS},
    {"5.5", "1.25", "0.50", 0x20000U},
    {"-12.5", "0.5", "0.0", 0x80010000U},
};
static const case2 cmp_cases[] = {
    {"1.0", "1.00", "0", NOFLAGS},
    {"0.1", "0.09", "1", NOFLAGS},
    {"-1", "-2", "1", NOFLAGS},
    {"79228162514264337593543950335", "79228162514264337593543950334", "1", NOFLAGS},
    {"0.0000000000000000000000000001", "0", "1", NOFLAGS},
    {"-0.0000000000000000000000000001", "0", "-1", NOFLAGS},
    {"7922816251426433759354395033.5", "7922816251426433759354395033.49", "0", NOFLAGS},
};
static const case2 parse_cases[] = {
    {"-123.4500", "", "-123.4500", 0x80040000U},
    {"12.30", "", "12.30", 0x20000U},
    {"+5", "", "5", 0x0U},
    {".5", "", "0.5", 0x10000U},
    {"5.", "", "5", 0x0U},
    {"0.00", "", "0.00", 0x20000U},
    {"79228162514264337593543950335", "", "79228162514264337593543950335", 0x0U},
    {"79228162514264337593543950336", "", OVERFLOW, NOFLAGS},
    {"-79228162514264337593543950335", "", "-79228162514264337593543950335", 0x80000000U},
    {"1.00000000000000000000000000000000", "", "1.0000000000000000000000000000", 0x1C0000U},
    {"0.00000000000000000000000000005", "", "0.0000000000000000000000000000", 0x1C0000U},
    {"0.00000000000000000000000000015", "", "0.0000000000000000000000000002", 0x1C0000U},
    {"0.000000000000000000000000000149", "", "0.0000000000000000000000000001", 0x1C0000U},
    {"12345678901234567890123456789.5", "", "12345678901234567890123456790", 0x0U},
    {"12345678901234567890123456788.5", "", "12345678901234567890123456788", 0x0U},
    {"7922816251426433759354395033.56", "", "7922816251426433759354395034", 0x0U},
    {"79228162514264337593543950335.5", "", OVERFLOW, NOFLAGS},
    {"000123.000", "", "123.000", 0x30000U},
    {"3.14159265358979323846264338327950288", "", "3.1415926535897932384626433833", 0x1C0000U},
};

Test(decimal, add_matches_dotnet)
{
    check_table(al_dec_add, "add", add_cases, COUNT(add_cases));
}

Test(decimal, sub_matches_dotnet)
{
    check_table(al_dec_sub, "sub", sub_cases, COUNT(sub_cases));
}

Test(decimal, mul_matches_dotnet)
{
    check_table(al_dec_mul, "mul", mul_cases, COUNT(mul_cases));
}

Test(decimal, div_matches_dotnet)
{
    check_table(al_dec_div, "div", div_cases, COUNT(div_cases));
}

Test(decimal, mod_matches_dotnet)
{
    check_table(al_dec_mod, "mod", mod_cases, COUNT(mod_cases));
}

Test(decimal, cmp_matches_dotnet)
{
    for (size_t i = 0; i < COUNT(cmp_cases); i++) {
        char *got = al_sprintf("%d", al_dec_cmp(D(cmp_cases[i].a), D(cmp_cases[i].b)));
        cr_expect(eq(str, got, (char *)cmp_cases[i].want), "cmp(%s, %s)", cmp_cases[i].a, cmp_cases[i].b);
    }
}

Test(decimal, parse_matches_dotnet)
{
    for (size_t i = 0; i < COUNT(parse_cases); i++) {
        const char *s = parse_cases[i].a;
        al_dec d;
        al_fail f = {0};
        char *got = al_dec_parse(s, strlen(s), &d, &f) ? S(d) : al_sprintf("!%s", f.msg);
        cr_expect(eq(str, got, (char *)parse_cases[i].want), "parse(%s)", s);
        if (parse_cases[i].flags != NOFLAGS)
            cr_expect(eq(u32, d.flags, parse_cases[i].flags), "flags of parse(%s)", s);
    }
}

/* ============================================================ the famous ones */

Test(decimal, point_one_plus_point_two_is_point_three_exactly)
{
    al_dec r;
    cr_assert(al_dec_add(D("0.1"), D("0.2"), &r, NULL));
    cr_assert(eq(int, al_dec_cmp(r, D("0.3")), 0));
    cr_assert(eq(str, S(r), "0.3"));
}

Test(decimal, two_thirds_times_three)
{
    al_dec t, r;
    cr_assert(al_dec_div(D("2"), D("3"), &t, NULL));
    cr_assert(al_dec_mul(t, D("3"), &r, NULL));
    cr_assert(eq(str, S(r), "2.0000000000000000000000000001"));
    cr_assert(al_dec_div(D("1"), D("3"), &t, NULL));
    cr_assert(al_dec_mul(t, D("3"), &r, NULL));
    cr_assert(eq(str, S(r), "0.9999999999999999999999999999"));
}

Test(decimal, layout_is_dotnet_getbits)
{
    al_dec d = D("-1.50");
    cr_assert(eq(u32, d.lo, 150));
    cr_assert(eq(u32, d.mid, 0));
    cr_assert(eq(u32, d.hi, 0));
    cr_assert(eq(u32, d.flags, 0x80020000u));
    al_dec m = D("79228162514264337593543950335");
    cr_assert(eq(u32, m.lo, 0xFFFFFFFFu));
    cr_assert(eq(u32, m.mid, 0xFFFFFFFFu));
    cr_assert(eq(u32, m.hi, 0xFFFFFFFFu));
    cr_assert(eq(u32, m.flags, 0));
}

/* ============================================================ making and reading */

Test(decimal, from_int64)
{
    cr_assert(eq(str, S(al_dec_from_int64(0)), "0"));
    cr_assert(eq(str, S(al_dec_from_int64(-567)), "-567"));
    cr_assert(eq(str, S(al_dec_from_int64(INT64_MAX)), "9223372036854775807"));
    cr_assert(eq(str, S(al_dec_from_int64(INT64_MIN)), "-9223372036854775808"));
}

Test(decimal, to_string_keeps_the_scale_and_never_prints_minus_zero)
{
    cr_assert(eq(str, S(al_dec_make(5, 0, 0, 3, false)), "0.005"));
    cr_assert(eq(str, S(al_dec_make(5, 0, 0, 3, true)), "-0.005"));
    cr_assert(eq(str, S(al_dec_make(0, 0, 0, 2, true)), "0.00"));
    cr_assert(eq(str, S(al_dec_make(1, 0, 0, 28, false)), "0.0000000000000000000000000001"));
    cr_assert(eq(str, S(al_dec_make(150, 0, 0, 2, false)), "1.50"));
    cr_assert(eq(str, S(al_dec_zero()), "0"));
}

Test(decimal, parse_trims_white_space_and_keeps_the_scale)
{
    cr_assert(eq(str, S(D("  12.30 ")), "12.30"));
    cr_assert(eq(str, S(D("\t-0.5\n")), "-0.5"));
    cr_assert(eq(int, al_dec_scale(D("12.30")), 2));
    cr_assert(eq(int, al_dec_scale(D("0.000")), 3));
}

Test(decimal, parse_rejects_what_is_not_a_number)
{
    const char *bad[] = {"", "   ", "abc", "1e5", "1,000", "-", "+", ".", "1.2.3", "--1", "1 2", "0x10", "5-"};
    for (size_t i = 0; i < COUNT(bad); i++) {
        al_dec d = al_dec_from_int64(42);
        al_fail f = {0};
        cr_expect(not(al_dec_parse(bad[i], strlen(bad[i]), &d, &f)), "parse(\"%s\")", bad[i]);
        cr_expect(eq(str, (char *)f.msg, "Input string was not in a correct format."), "%s", bad[i]);
    }
}

Test(decimal, parse_uses_the_given_length)
{
    al_dec d;
    cr_assert(al_dec_parse("12.345xyz", 5, &d, NULL));
    cr_assert(eq(str, S(d), "12.34"));
}

Test(decimal, digits_for_formatting)
{
    al_dec_parts p;
    al_dec_digits(D("-76543.210"), &p);
    cr_assert(p.neg);
    cr_assert(eq(int, p.scale, 3));
    cr_assert(eq(int, p.ndigits, 8));
    cr_assert(eq(str, p.digits, "76543210"));
    al_dec_digits(al_dec_make(0, 0, 0, 2, true), &p);
    cr_assert(not(p.neg));
    cr_assert(eq(str, p.digits, "0"));
    cr_assert(eq(int, p.scale, 2));
}

Test(decimal, predicates)
{
    cr_assert(al_dec_is_zero(D("0.000")));
    cr_assert(al_dec_is_zero(D("-0.0")));
    cr_assert(not(al_dec_is_zero(D("0.0000000000000000000000000001"))));
    cr_assert(al_dec_is_neg(D("-0.1")));
    cr_assert(not(al_dec_is_neg(D("-0.0"))));
    cr_assert(al_dec_is_integer(D("12.000")));
    cr_assert(not(al_dec_is_integer(D("12.001"))));
}

Test(decimal, cmp_treats_scales_and_zero_signs_as_equal)
{
    cr_assert(eq(int, al_dec_cmp(D("1.0"), D("1.00")), 0));
    cr_assert(eq(int, al_dec_cmp(D("-0.0"), D("0")), 0));
    cr_assert(eq(int, al_dec_cmp(D("-0.5"), D("-0.05")), -1));
    cr_assert(eq(int, al_dec_cmp(D("100"), D("99.9999999999999999999999999")), 1));
}

Test(decimal, normalize_gives_equal_bits_for_equal_values)
{
    al_dec a = al_dec_normalize(D("1.500")), b = al_dec_normalize(D("1.5"));
    cr_assert(eq(u32, a.lo, b.lo));
    cr_assert(eq(u32, a.flags, b.flags));
    al_dec z = al_dec_normalize(D("-0.00"));
    cr_assert(eq(u32, z.flags, 0));
    cr_assert(eq(str, S(al_dec_normalize(D("100.00"))), "100"));
}

Test(decimal, neg_abs_trunc)
{
    cr_assert(eq(str, S(al_dec_neg(D("1.50"))), "-1.50"));
    cr_assert(eq(str, S(al_dec_neg(D("-1.50"))), "1.50"));
    cr_assert(eq(str, S(al_dec_abs(D("-76543.21"))), "76543.21"));
    cr_assert(eq(str, S(al_dec_trunc(D("12.99"))), "12"));
    cr_assert(eq(str, S(al_dec_trunc(D("-12.99"))), "-12"));
    cr_assert(eq(str, S(al_dec_trunc(D("0.5"))), "0"));
}

Test(decimal, to_int64_truncates_and_checks_the_range)
{
    int64_t v = 7;
    al_fail f = {0};
    cr_assert(al_dec_to_int64(D("12.99"), &v, &f));
    cr_assert(eq(i64, v, 12));
    cr_assert(al_dec_to_int64(D("-12.99"), &v, &f));
    cr_assert(eq(i64, v, -12));
    cr_assert(al_dec_to_int64(D("-9223372036854775808.9"), &v, &f));
    cr_assert(eq(i64, v, INT64_MIN));
    cr_assert(not(al_dec_to_int64(D("9223372036854775808"), &v, &f)));
    cr_assert(eq(str, (char *)f.msg, "Value was either too large or too small for an Int64."));
}

Test(decimal, to_int32_truncates_and_checks_the_range)
{
    int32_t v = 7;
    al_fail f = {0};
    cr_assert(al_dec_to_int32(D("2147483647.9"), &v, &f));
    cr_assert(eq(i32, v, INT32_MAX));
    cr_assert(al_dec_to_int32(D("-2147483648"), &v, &f));
    cr_assert(eq(i32, v, INT32_MIN));
    cr_assert(not(al_dec_to_int32(D("2147483648"), &v, &f)));
    cr_assert(eq(str, (char *)f.msg, "Value was either too large or too small for an Int32."));
}

Test(decimal, from_double_is_dotnets_fifteen_digits)
{
    struct { double d; const char *want; } t[] = {
        {0.1, "0.1"}, {1e-30, "0"}, {1.4142135623730951, "1.4142135623731"},
        {1e28, "10000000000000000000000000000"}, {0.3333333333333333, "0.333333333333333"},
        {123456789.123456789, "123456789.123457"}, {-2.5e-10, "-0.00000000025"},
        {1.0000000000000002, "1"},
    };
    for (size_t i = 0; i < COUNT(t); i++) {
        al_dec d;
        cr_expect(al_dec_from_double(t[i].d, &d, NULL));
        cr_expect(eq(str, S(d), (char *)t[i].want), "%.17g", t[i].d);
    }
    al_dec d;
    al_fail f = {0};
    cr_assert(not(al_dec_from_double(8e28, &d, &f)));
    cr_assert(eq(str, (char *)f.msg, "Value was either too large or too small for a Decimal."));
    cr_assert(not(al_dec_from_double(NAN, &d, NULL)));
    cr_assert(not(al_dec_from_double(-INFINITY, &d, NULL)));
}

Test(decimal, to_double)
{
    cr_assert(eq(dbl, al_dec_to_double(D("0.5")), 0.5));
    cr_assert(eq(dbl, al_dec_to_double(D("-76543.25")), -76543.25));
    cr_assert(eq(dbl, al_dec_to_double(D("79228162514264337593543950335")), 79228162514264337593543950336.0));
}

/* ============================================================ div, idiv, errors */

Test(decimal, division_by_zero_text)
{
    al_dec r;
    al_fail f = {0};
    cr_assert(not(al_dec_div(D("1"), D("0.00"), &r, &f)));
    cr_assert(eq(str, (char *)f.msg, "Attempted to divide by zero."));
    f = (al_fail){0};
    cr_assert(not(al_dec_idiv(D("1"), D("0"), &r, &f)));
    cr_assert(eq(str, (char *)f.msg, "Attempted to divide by zero."));
}

Test(decimal, a_failed_operation_leaves_the_result_alone)
{
    al_dec r = al_dec_from_int64(42);
    cr_assert(not(al_dec_mul(D("79228162514264337593543950335"), D("10"), &r, NULL)));
    cr_assert(eq(str, S(r), "42"));
}

Test(decimal, idiv_truncates_toward_zero_exactly)
{
    struct { const char *a, *b, *want; } t[] = {
        {"7.5", "2", "3"}, {"-7.5", "2", "-3"}, {"7.5", "-2", "-3"}, {"10", "3", "3"},
        {"1", "0.3", "3"}, {"0.9", "1", "0"}, {"79228162514264337593543950335", "0.5", "!"},
    };
    for (size_t i = 0; i < COUNT(t); i++) {
        al_dec r;
        char *got = al_dec_idiv(D(t[i].a), D(t[i].b), &r, NULL) ? S(r) : "!";
        cr_expect(eq(str, got, (char *)t[i].want), "%s div %s", t[i].a, t[i].b);
    }
}

Test(decimal, mod_is_exact_for_far_apart_scales)
{
    /* .NET Core's VarDecMod is exact (the old Framework formula was not). */
    al_dec r;
    cr_assert(al_dec_mod(D("-79228162514264337593543949397"), D("0.0000020000000000000000000000"), &r, NULL));
    cr_assert(eq(str, S(r), "0.0000000000000000000000000000"));
    cr_assert(al_dec_mod(D("79228162514264337593543950335"), D("0.0000000000000000000000000011"), &r, NULL));
    cr_assert(eq(str, S(r), "0.0000000000000000000000000008"));
}

/* ============================================================ Round */

static char *rnd(const char *x, const char *p, char dir)
{
    al_dec r;
    al_fail f = {0};
    if (!al_dec_round(D(x), D(p), dir, &r, &f)) return al_sprintf("!%s", f.msg);
    return S(r);
}

Test(decimal, round_table)
{
    struct { const char *x, *p; char dir; const char *want; } t[] = {
        {"1234.56789", "0.01", '=', "1234.57"},
        {"1234.56789", "100", '=', "1200"},
        {"1234.56789", "0.1", '<', "1234.5"},
        {"1234.56789", "0.001", '>', "1234.568"},
        {"-1234.56789", "0.001", '>', "-1234.567"},
        {"-1234.56789", "0.001", '<', "-1234.568"},
        {"2.5", "1", '=', "3"},
        {"-2.5", "1", '=', "-3"},
        {"3.5", "1", '=', "4"},
        {"1.125", "0.01", '=', "1.13"},
        {"-1.125", "0.01", '=', "-1.13"},
        {"1.12", "0.05", '=', "1.10"},
        {"1.125", "0.05", '=', "1.15"},
        {"1.13", "0.05", '=', "1.15"},
        {"7", "5", '=', "5"},
        {"7.5", "5", '=', "10"},
        {"1.2345", "0.001", '=', "1.235"},
        {"5", "0.01", '=', "5.00"},
        {"0.333", "0.03", '=', "0.33"},
        {"-0.001", "0.01", '=', "0.00"},
        {"12.5", "0.25", '>', "12.50"},
        {"-12.51", "0.25", '>', "-12.50"},
        {"-12.51", "0.25", '<', "-12.75"},
        {"2.4", "1", '>', "3"},
        {"-2.4", "1", '>', "-2"},
        {"2.6", "1", '<', "2"},
        {"-2.6", "1", '<', "-3"},
        {"10", "3", '=', "9"},
        {"1.005", "0.01", '=', "1.01"},
        {"123.456", "0.5", '=', "123.5"},
        {"0.0000000000000000000000000015", "0.0000000000000000000000000001", '=', "0.0000000000000000000000000015"},
        {"79228162514264337593543950335", "0.01", '=', "79228162514264337593543950335"},
        {"79228162514264337593543950335", "10", '=', OVERFLOW},
    };
    for (size_t i = 0; i < COUNT(t); i++)
        cr_expect(eq(str, rnd(t[i].x, t[i].p, t[i].dir), (char *)t[i].want),
                  "Round(%s, %s, '%c')", t[i].x, t[i].p, t[i].dir);
}

Test(decimal, round_default_precision_is_a_hundredth)
{
    al_dec r;
    cr_assert(eq(str, S(al_dec_default_precision()), "0.01"));
    cr_assert(al_dec_round(D("2.345"), al_dec_default_precision(), '=', &r, NULL));
    cr_assert(eq(str, S(r), "2.35"));
}

Test(decimal, round_rejects_a_bad_precision_or_direction)
{
    cr_assert(eq(str, rnd("1.23", "0", '='), "!The rounding precision must be greater than 0."));
    cr_assert(eq(str, rnd("1.23", "-0.01", '='), "!The rounding precision must be greater than 0."));
    cr_assert(eq(str, rnd("1.23", "0.01", 'x'), "!The rounding direction must be '=', '>' or '<'."));
}

/* ============================================================ Power */

static char *pw(const char *x, const char *y)
{
    al_dec r;
    al_fail f = {0};
    if (!al_dec_power(D(x), D(y), &r, &f)) return al_sprintf("!%s", f.msg);
    return S(r);
}

Test(decimal, power_integer_exponents_are_exact)
{
    cr_assert(eq(str, pw("2", "10"), "1024"));
    cr_assert(eq(str, pw("2", "-2"), "0.25"));
    cr_assert(eq(str, pw("1.5", "2"), "2.25"));
    cr_assert(eq(str, pw("1.1", "2"), "1.21"));
    cr_assert(eq(str, pw("2.0", "3"), "8.000"));
    cr_assert(eq(str, pw("-2", "3"), "-8"));
    cr_assert(eq(str, pw("-2", "2.0"), "4"));
    cr_assert(eq(str, pw("2", "95"), "39614081257132168796771975168"));
    cr_assert(eq(str, pw("10", "28"), "10000000000000000000000000000"));
    cr_assert(eq(str, pw("10", "-28"), "0.0000000000000000000000000001"));
    cr_assert(eq(str, pw("3", "-1"), "0.3333333333333333333333333333"));
    cr_assert(eq(str, pw("0.5", "200"), "0.0000000000000000000000000000"));
}

Test(decimal, power_zero_and_one)
{
    cr_assert(eq(str, pw("0", "0"), "1"));
    cr_assert(eq(str, pw("123.45", "0"), "1"));
    cr_assert(eq(str, pw("0", "5"), "0"));
    cr_assert(eq(str, pw("1", "1000000000"), "1"));
    cr_assert(eq(str, pw("-1", "1000000001"), "-1"));
    cr_assert(eq(str, pw("0", "-1"), DIVZERO));
}

Test(decimal, power_overflow_and_underflow)
{
    cr_assert(eq(str, pw("2", "96"), OVERFLOW));
    cr_assert(eq(str, pw("10", "29"), OVERFLOW));
    cr_assert(eq(str, pw("10", "-29"), "0"));
    cr_assert(eq(str, pw("2", "-1000"), "0"));
    cr_assert(eq(str, pw("0.5", "-200"), OVERFLOW));
}

Test(decimal, power_negative_exponents_of_small_numbers_keep_their_digits)
{
    cr_assert(eq(str, pw("0.5", "-90"), "1237940039285380274899124224"));
    cr_assert(eq(str, pw("0.25", "-2"), "16"));
    cr_assert(eq(str, pw("-0.5", "-3"), "-8"));
    cr_assert(eq(str, pw("0.1", "-28"), "10000000000000000000000000000"));
}

Test(decimal, power_other_exponents_go_through_double)
{
    cr_assert(eq(str, pw("2", "0.5"), "1.4142135623731"));
    cr_assert(eq(str, pw("9", "0.5"), "3"));
    cr_assert(eq(str, pw("8", "0.333333333333333333"), "2"));
    cr_assert(eq(str, pw("-8", "0.5"), OVERFLOW));
    cr_assert(eq(str, pw("0", "-0.5"), OVERFLOW));
}
