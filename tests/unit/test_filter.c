/* tests/unit/test_filter.c — BC's record filter language (runtime/filter.c):
 * every operator, precedence, quoting, placeholders, wildcards, typed
 * values per field type, GetFilter's text, every error text, the SQL form,
 * and that SQLite running the SQL selects exactly what al_filter_match
 * accepts. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <sqlite3.h>
#include <string.h>
#include "grammar/mem.h"
#include "interp/convert.h"
#include "interp/datetime.h"
#include "interp/guid.h"
#include "interp/program.h"
#include "runtime/filter.h"
#include "tests/unit/testutil.h"

/* ============================================================ fixture */

static al_exec *X;

/* Today is 2024-01-31 (12:00 UTC) in every test. */
static int64_t fixed_now(void *ctx)
{
    (void)ctx;
    return 1706702400000LL;
}

static void setup(void)
{
    al_test_setup();
    al_sources *none = al_alloc(sizeof *none);
    al_program *prog = al_program_load(none, NULL, 0, 0, NULL, 0);
    al_host host = {.now_ms = fixed_now};
    X = al_alloc(sizeof *X);
    al_exec_init(X, prog, &host);
}

TestSuite(filter, .init = setup);

/* ============================================================ field types */

static const al_type text30 = {.kind = AL_TY_TEXT, .len = 30};
static const al_type code20 = {.kind = AL_TY_CODE, .len = 20};
static const char *const colors[] = {"Red", "Dark Green", "Blue"};
static const al_type color_option = {.kind = AL_TY_OPTION, .members = colors, .nmembers = 3};
static const char *const blank_first[] = {"", "Open", "Closed"};
static const al_type status_option = {.kind = AL_TY_OPTION, .members = blank_first, .nmembers = 3};

static al_enum_value doc_values[] = {
    {0, "Quote", "Quote", NULL}, {1, "Order", "Order", NULL}, {5, "CreditMemo", "Credit Memo", NULL},
};
static al_object doc_enum = {.kind = AL_OBJ_ENUM, .name = "Document Type", .values = doc_values, .nvalues = 3};
static al_type enum_type = {.kind = AL_TY_ENUM, .obj = &doc_enum};

static const al_type *INT = &al_type_integer;

/* ============================================================ helpers */

static al_filter_field fld(const al_type *t) { return (al_filter_field){t, "No.", "Customer"}; }

typedef struct call {
    const al_type *t;
    const char *expr;
    const al_value *args;
    int nargs;
    al_filter *out;
} call;

static void do_parse(al_exec *x, void *ud)
{
    call *c = ud;
    al_filter_field f = fld(c->t);
    c->out = al_filter_parse(x, &f, al_text_cstr(c->expr), c->args, c->nargs);
}

/* The filter, failing the test on an error. */
static al_filter *PA(const al_type *t, const char *expr, const al_value *args, int nargs)
{
    call c = {t, expr, args, nargs, NULL};
    if (!al_exec_protected(X, do_parse, &c)) cr_fatal("filter \"%s\": %s", expr, X->last_error.msg);
    return c.out;
}
static al_filter *P(const al_type *t, const char *expr) { return PA(t, expr, NULL, 0); }

/* The error text of a filter that should fail. */
static char *EA(const al_type *t, const char *expr, const al_value *args, int nargs)
{
    call c = {t, expr, args, nargs, NULL};
    if (al_exec_protected(X, do_parse, &c)) return "<no error>";
    return (char *)X->last_error.msg;
}
static char *E(const al_type *t, const char *expr) { return EA(t, expr, NULL, 0); }

static char *TX(const al_filter *f) { return (char *)al_filter_text(f)->s; }
/* GetFilter's text of a filter. */
static char *GT(const al_type *t, const char *expr) { return TX(P(t, expr)); }

static al_value txt(const char *s) { return al_textv(AL_TY_TEXT, al_text_cstr(s)); }
static al_value code(const char *s) { return al_textv(AL_TY_CODE, al_text_cstr(s)); }

/* A value of [t] from its en-US text. */
static al_value V(const al_type *t, const char *s)
{
    al_value v;
    al_fail f = {0};
    if (!al_evaluate(X, &v, t, al_text_cstr(s), 0, &f)) cr_fatal("test value %s: %s", s, f.msg);
    return v;
}

static al_value date(int y, int m, int d)
{
    al_date out;
    cr_assert(al_date_from_ymd(y, m, d, &out));
    return al_ordinal(AL_TY_DATE, out);
}

static bool M(const al_filter *f, al_value v) { return al_filter_match(f, v); }
static bool MI(const al_filter *f, int32_t i) { return al_filter_match(f, al_int(i)); }

/* Which of -2..12 an Integer filter accepts, as "1,2,5". */
static char *ints(const char *expr)
{
    al_filter *f = P(INT, expr);
    char *out = al_strdup("");
    for (int i = -2; i <= 12; i++)
        if (MI(f, i)) out = al_sprintf("%s%s%d", out, *out ? "," : "", i);
    return out;
}

/* The SQL of a filter over column "c". */
static al_sql sql_of(const al_filter *f)
{
    al_sql s = {0};
    al_filter_sql(f, "c", &s);
    return s;
}
static char *SQL(const al_filter *f) { return sql_of(f).buf; }

/* ============================================================ operators */

Test(filter, single_value)
{
    cr_assert(eq(str, ints("5"), "5"));
    cr_assert(eq(str, ints("-1"), "-1"));
}

Test(filter, explicit_equal)
{
    cr_assert(eq(str, ints("=5"), "5"));
    cr_assert(eq(str, GT(INT, "=5"), "=5"));
}

Test(filter, ranges)
{
    cr_assert(eq(str, ints("3..6"), "3,4,5,6"));
    cr_assert(eq(str, ints("..1"), "-2,-1,0,1"));
    cr_assert(eq(str, ints("10.."), "10,11,12"));
    cr_assert(eq(str, ints("-1..1"), "-1,0,1"));
    cr_assert(eq(str, ints("6..3"), ""));            /* a backwards range holds nothing */
}

Test(filter, comparisons)
{
    cr_assert(eq(str, ints("<1"), "-2,-1,0"));
    cr_assert(eq(str, ints("<=1"), "-2,-1,0,1"));
    cr_assert(eq(str, ints(">10"), "11,12"));
    cr_assert(eq(str, ints(">=10"), "10,11,12"));
    cr_assert(eq(str, ints("<>0&>-2&<3"), "-1,1,2"));
}

Test(filter, or_and)
{
    cr_assert(eq(str, ints("1|3|5"), "1,3,5"));
    cr_assert(eq(str, ints(">2&<5"), "3,4"));
    cr_assert(eq(str, ints("1..3|8..9"), "1,2,3,8,9"));
}

Test(filter, and_binds_tighter_than_or)
{
    cr_assert(eq(str, ints("1|2&3"), "1"));                /* 1 | (2 & 3) */
    cr_assert(eq(str, ints(">10|<0&>-2"), "-1,11,12"));    /* >10 | (<0 & >-2) */
    cr_assert(eq(str, ints("<>1&1..3|7"), "2,3,7"));
}

Test(filter, parentheses_group)
{
    cr_assert(eq(str, ints("(1|2)&<>2"), "1"));
    cr_assert(eq(str, ints("(1|2|3)&(2|3|4)"), "2,3"));
    cr_assert(eq(str, ints("((5))"), "5"));
    cr_assert(eq(str, ints("12|(>=1&<=2)"), "1,2,12"));
    cr_assert(eq(str, GT(INT, "12|(>=1&<=2)"), "12|(>=1&<=2)"));
}

Test(filter, blanks_around_tokens_are_ignored)
{
    cr_assert(eq(str, ints(" 1 | 3 .. 4 & <> 4 "), "1,3"));
    cr_assert(eq(str, GT(INT, " 1 | 3 .. 4 & <> 4 "), "1|3..4&<>4"));
    cr_assert(eq(str, GT(INT, "( 1 )"), "(1)"));
}

Test(filter, empty_expression_is_no_filter)
{
    cr_assert(eq(ptr, P(INT, ""), NULL));
    cr_assert(eq(ptr, P(INT, "   "), NULL));
    cr_assert(eq(ptr, P(&text30, ""), NULL));
}

/* ============================================================ typed values */

Test(filter, integer_en_us_forms)
{
    al_filter *f = P(INT, "1,000..2,000");
    cr_assert(MI(f, 1500));
    cr_assert(not(MI(f, 999)));
    cr_assert(eq(str, TX(f), "1000..2000"));
    cr_assert(eq(str, ints("+3"), "3"));
}

Test(filter, biginteger)
{
    al_filter *f = P(&al_type_bigint, "5000000000..");
    cr_assert(M(f, al_bigint(5000000000LL)));
    cr_assert(not(M(f, al_bigint(4999999999LL))));
    cr_assert(eq(str, TX(f), "5000000000.."));
}

Test(filter, decimal)
{
    const al_type *d = &al_type_decimal;
    al_filter *f = P(d, "1,000.50");
    cr_assert(M(f, V(d, "1000.5")));
    cr_assert(M(f, V(d, "1000.500")));
    cr_assert(not(M(f, V(d, "1000.51"))));
    cr_assert(eq(str, TX(f), "1,000.5"));
    f = P(d, "-0.5..0.25");
    cr_assert(M(f, V(d, "0")));
    cr_assert(M(f, V(d, "-0.5")));
    cr_assert(not(M(f, V(d, "0.26"))));
    cr_assert(eq(str, TX(f), "-0.5..0.25"));
}

Test(filter, boolean)
{
    const al_type *b = &al_type_boolean;
    cr_assert(M(P(b, "Yes"), al_bool(true)));
    cr_assert(not(M(P(b, "Yes"), al_bool(false))));
    cr_assert(M(P(b, "no"), al_bool(false)));
    cr_assert(M(P(b, "TRUE"), al_bool(true)));
    cr_assert(M(P(b, "false"), al_bool(false)));
    cr_assert(M(P(b, "<>true"), al_bool(false)));
    cr_assert(eq(str, GT(b, "true"), "Yes"));
    cr_assert(eq(str, GT(b, "false|true"), "No|Yes"));
}

Test(filter, option_by_name_or_ordinal)
{
    al_filter *f = P(&color_option, "dark green");
    cr_assert(M(f, al_ordinal(AL_TY_OPTION, 1)));
    cr_assert(not(M(f, al_ordinal(AL_TY_OPTION, 2))));
    cr_assert(eq(str, TX(f), "Dark Green"));
    f = P(&color_option, "0|2");
    cr_assert(M(f, al_ordinal(AL_TY_OPTION, 0)));
    cr_assert(M(f, al_ordinal(AL_TY_OPTION, 2)));
    cr_assert(not(M(f, al_ordinal(AL_TY_OPTION, 1))));
    cr_assert(eq(str, TX(f), "Red|Blue"));
    cr_assert(eq(str, GT(&color_option, "Red..Dark Green"), "Red..Dark Green"));
    cr_assert(eq(str, E(&color_option, "Purple"),
                 "The filter \"Purple\" is not valid for the No. field on the Customer table. "
                 "The value \"Purple\" can't be evaluated into type Option."));
}

Test(filter, option_blank_member)
{
    al_filter *f = P(&status_option, "''");
    cr_assert(M(f, al_ordinal(AL_TY_OPTION, 0)));
    cr_assert(not(M(f, al_ordinal(AL_TY_OPTION, 1))));
    cr_assert(eq(str, TX(f), "''"));
    cr_assert(eq(str, GT(&status_option, "<>''"), "<>''"));
}

Test(filter, enum_by_name_caption_or_ordinal)
{
    al_value credit = al_ordinal(AL_TY_ENUM, 5), order = al_ordinal(AL_TY_ENUM, 1);
    cr_assert(M(P(&enum_type, "CreditMemo"), credit));
    cr_assert(M(P(&enum_type, "credit memo"), credit));
    cr_assert(M(P(&enum_type, "5"), credit));
    cr_assert(not(M(P(&enum_type, "5"), order)));
    cr_assert(eq(str, GT(&enum_type, "creditmemo|order"), "Credit Memo|Order"));
    al_filter *f = P(&enum_type, "Order..");
    cr_assert(M(f, credit));
    cr_assert(not(M(f, al_ordinal(AL_TY_ENUM, 0))));
    cr_assert(eq(str, E(&enum_type, "3"),
                 "The filter \"3\" is not valid for the No. field on the Customer table. "
                 "The value \"3\" can't be evaluated into type Enum."));
}

Test(filter, date_forms)
{
    const al_type *d = &al_type_date;
    al_value jan31 = date(2024, 1, 31);
    cr_assert(M(P(d, "01/31/24"), jan31));
    cr_assert(M(P(d, "013124"), jan31));
    cr_assert(M(P(d, "1/31/2024"), jan31));
    cr_assert(M(P(d, "t"), jan31));                 /* the fixture's today */
    cr_assert(M(P(d, "TODAY"), jan31));
    cr_assert(not(M(P(d, "01/30/24"), jan31)));
    al_filter *f = P(d, "010124..t");
    cr_assert(M(f, date(2024, 1, 1)));
    cr_assert(not(M(f, date(2023, 12, 31))));
    cr_assert(not(M(f, date(2024, 2, 1))));
    cr_assert(eq(str, TX(f), "01/01/24..01/31/24"));
}

Test(filter, closing_dates)
{
    const al_type *d = &al_type_date;
    al_value dec31 = date(2023, 12, 31);
    al_value c31 = al_ordinal(AL_TY_DATE, al_date_closing(dec31.u.i));
    al_filter *f = P(d, "C12/31/23");
    cr_assert(M(f, c31));
    cr_assert(not(M(f, dec31)));
    cr_assert(eq(str, TX(f), "C12/31/23"));
    f = P(d, "12/31/23..C12/31/23");                /* the closing date sorts after its day */
    cr_assert(M(f, dec31));
    cr_assert(M(f, c31));
    cr_assert(not(M(f, date(2024, 1, 1))));
    cr_assert(eq(ptr, (void *)al_filter_type(f), (void *)d));
}

Test(filter, date_workdate)
{
    const al_type *d = &al_type_date;
    X->workdate = date(2024, 3, 15).u.i;
    cr_assert(M(P(d, "w"), date(2024, 3, 15)));
    cr_assert(M(P(d, "WORKDATE"), date(2024, 3, 15)));
    cr_assert(eq(str, GT(d, "..w"), "..03/15/24"));
}

Test(filter, date_empty_is_undefined_date)
{
    const al_type *d = &al_type_date;
    al_filter *f = P(d, "''");
    cr_assert(M(f, al_ordinal(AL_TY_DATE, 0)));
    cr_assert(not(M(f, date(2024, 1, 1))));
    cr_assert(eq(str, TX(f), "''"));
    cr_assert(eq(str, E(d, "02/30/24"),
                 "The filter \"02/30/24\" is not valid for the No. field on the Customer table. "
                 "The value \"02/30/24\" can't be evaluated into type Date."));
}

Test(filter, time_datetime_duration)
{
    al_filter *f = P(&al_type_time, "9:00..17:00");
    cr_assert(M(f, V(&al_type_time, "12:30")));
    cr_assert(not(M(f, V(&al_type_time, "8:59"))));
    cr_assert(eq(str, TX(f), "9:00:00 AM..5:00:00 PM"));

    f = P(&al_type_datetime, ">01/31/24 10:00 AM");
    cr_assert(M(f, V(&al_type_datetime, "01/31/24 10:01 AM")));
    cr_assert(not(M(f, V(&al_type_datetime, "01/31/24 10:00 AM"))));

    f = P(&al_type_duration, "<2 hours");
    cr_assert(M(f, V(&al_type_duration, "1 hour")));
    cr_assert(not(M(f, V(&al_type_duration, "3 hours"))));
}

Test(filter, guid)
{
    const char *g = "{EA48A3E0-48E0-4AB7-B1A1-E3EA85BF1B75}";
    al_filter *f = P(&al_type_guid, "ea48a3e0-48e0-4ab7-b1a1-e3ea85bf1b75");
    cr_assert(M(f, V(&al_type_guid, g)));
    cr_assert(not(M(f, V(&al_type_guid, "{00000000-0000-0000-0000-000000000000}"))));
    cr_assert(eq(str, TX(f), (char *)g));
    cr_assert(M(P(&al_type_guid, "''"), V(&al_type_guid, "{00000000-0000-0000-0000-000000000000}")));
}

Test(filter, integer_empty_is_zero)
{
    cr_assert(eq(str, ints("''"), "0"));
    cr_assert(eq(str, ints("<>''&<3&>-2"), "-1,1,2"));
}

/* ============================================================ Text and Code */

Test(filter, text_equality_ignores_case)
{
    al_filter *f = P(&text30, "Contoso Ltd");
    cr_assert(M(f, txt("Contoso Ltd")));
    cr_assert(M(f, txt("CONTOSO LTD")));
    cr_assert(not(M(f, txt("Contoso Ltd."))));
    cr_assert(eq(str, TX(f), "Contoso Ltd"));
}

Test(filter, text_range_in_collation_order)
{
    al_filter *f = P(&text30, "b..d");
    cr_assert(M(f, txt("b")));
    cr_assert(M(f, txt("Cat")));
    cr_assert(M(f, txt("D")));
    cr_assert(not(M(f, txt("da"))));
    cr_assert(not(M(f, txt("a"))));
    cr_assert(not(M(f, txt("_"))));                  /* '_' sorts before letters */
}

Test(filter, star_wildcard_is_case_sensitive)
{
    al_filter *f = P(&text30, "*Co*");
    cr_assert(M(f, txt("Contoso")));
    cr_assert(M(f, txt("Big Co")));
    cr_assert(M(f, txt("Co")));
    cr_assert(not(M(f, txt("contoso"))));
    cr_assert(not(M(f, txt("C o"))));
    cr_assert(M(P(&text30, "Co*"), txt("Co")));
    cr_assert(not(M(P(&text30, "Co*"), txt("xCo"))));
    cr_assert(M(P(&text30, "*Co"), txt("Big Co")));
    cr_assert(not(M(P(&text30, "*Co"), txt("Big Cox"))));
    cr_assert(M(P(&text30, "*"), txt("")));
}

Test(filter, question_mark_is_one_character)
{
    al_filter *f = P(&text30, "Hans?n");
    cr_assert(M(f, txt("Hansen")));
    cr_assert(M(f, txt("Hanson")));
    cr_assert(not(M(f, txt("Hann"))));
    cr_assert(not(M(f, txt("Hanssen"))));
    cr_assert(not(M(f, txt("Hansn"))));
}

Test(filter, at_ignores_case)
{
    al_filter *f = P(&text30, "@*co*");
    cr_assert(M(f, txt("Contoso")));
    cr_assert(M(f, txt("DISCO")));
    cr_assert(not(M(f, txt("Fabrikam"))));
    cr_assert(eq(str, TX(f), "@*co*"));
    cr_assert(M(P(&text30, "@location"), txt("LOCATION")));
}

Test(filter, not_equal_pattern)
{
    al_filter *f = P(&text30, "<>*Co*");
    cr_assert(not(M(f, txt("Contoso"))));
    cr_assert(M(f, txt("contoso")));
    cr_assert(eq(str, TX(f), "<>*Co*"));
    cr_assert(eq(str, GT(&text30, "<>@*co*"), "<>@*co*"));
    cr_assert(eq(str, GT(&text30, "@<>*co*"), "<>@*co*"));
}

Test(filter, wildcards_in_utf8)
{
    cr_assert(M(P(&text30, "日*"), txt("日本")));
    cr_assert(M(P(&text30, "?本"), txt("日本")));            /* ? is one character, 3 bytes */
    cr_assert(not(M(P(&text30, "??本"), txt("日本"))));
    cr_assert(M(P(&text30, "*é"), txt("café")));
    cr_assert(M(P(&text30, "caf?"), txt("café")));
    cr_assert(not(M(P(&text30, "*É"), txt("café"))));
    cr_assert(M(P(&text30, "@*É"), txt("café")));
    cr_assert(M(P(&text30, "@ÉCOLE*"), txt("école normale")));
    cr_assert(M(P(&text30, "@straße"), txt("STRASSE")) == false);   /* simple case mapping only */
    cr_assert(M(P(&text30, "@Ωμέγα"), txt("ΩΜΈΓΑ")));
    cr_assert(M(P(&text30, "*\xF0\x9F\x98\x80?"), txt("smile \xF0\x9F\x98\x80!")));
}

Test(filter, wildcards_are_plain_characters_in_ranges_and_comparisons)
{
    al_filter *f = P(&text30, "a*..b");
    cr_assert(eq(str, TX(f), "'a*'..b"));
    cr_assert(M(f, txt("a*")));
    cr_assert(M(f, txt("AZ")));
    cr_assert(not(M(f, txt("a"))));
    cr_assert(eq(str, GT(&text30, ">x*"), ">'x*'"));
}

Test(filter, code_values_are_upper_case)
{
    al_filter *f = P(&code20, "c10000..c20000");
    cr_assert(eq(str, TX(f), "C10000..C20000"));
    cr_assert(M(f, code("C15000")));
    cr_assert(not(M(f, code("C30000"))));
    f = P(&code20, "ab*");
    cr_assert(eq(str, TX(f), "AB*"));
    cr_assert(M(f, code("ABC")));
    cr_assert(M(P(&code20, "' x '"), code("X")));     /* Code is trimmed like the field */
}

Test(filter, text_blanks_are_trimmed_unless_quoted)
{
    al_filter *f = P(&text30, "  New York | Boston ");
    cr_assert(M(f, txt("New York")));
    cr_assert(M(f, txt("Boston")));
    cr_assert(not(M(f, txt(" Boston "))));
    cr_assert(eq(str, TX(f), "New York|Boston"));
    f = P(&text30, "' Boston '");
    cr_assert(M(f, txt(" Boston ")));
    cr_assert(not(M(f, txt("Boston"))));
    cr_assert(eq(str, TX(f), "' Boston '"));
}

Test(filter, empty_text)
{
    al_filter *f = P(&text30, "''");
    cr_assert(M(f, txt("")));
    cr_assert(not(M(f, txt("a"))));
    f = P(&text30, "<>''");
    cr_assert(not(M(f, txt(""))));
    cr_assert(M(f, txt(" ")));
    cr_assert(eq(str, TX(f), "<>''"));
    cr_assert(M(P(&text30, "''|A"), txt("")));
}

Test(filter, nul_byte_is_an_ordinary_character)
{
    call c = {&text30, NULL, NULL, 0, NULL};
    al_filter_field f = fld(&text30);
    c.out = al_filter_parse(X, &f, al_text_new("a\0b|c", 5), NULL, 0);
    cr_assert(M(c.out, al_textv(AL_TY_TEXT, al_text_new("a\0b", 3))));
    cr_assert(not(M(c.out, txt("a"))));
    cr_assert(eq(u32, al_filter_text(c.out)->len, 5));
}

Test(filter, email_at_sign_is_a_character)
{
    al_filter *f = P(&text30, "*@contoso.com");
    cr_assert(M(f, txt("anna@contoso.com")));
    cr_assert(eq(str, TX(f), "*@contoso.com"));
}

/* ============================================================ quoting */

Test(filter, quotes_make_operators_literal)
{
    al_filter *f = P(&text30, "'A|B'");
    cr_assert(M(f, txt("A|B")));
    cr_assert(not(M(f, txt("A"))));
    cr_assert(eq(str, TX(f), "'A|B'"));
    cr_assert(M(P(&text30, "'(x)&<y>'"), txt("(x)&<y>")));
    cr_assert(M(P(&text30, "'1..2'"), txt("1..2")));
    cr_assert(eq(str, GT(&text30, "'1..2'"), "'1..2'"));
}

Test(filter, quotes_make_wildcards_literal)
{
    al_filter *f = P(&text30, "'a*'");
    cr_assert(M(f, txt("a*")));
    cr_assert(not(M(f, txt("ab"))));
    f = P(&text30, "*'?'*");                /* a literal ? inside a pattern */
    cr_assert(M(f, txt("Why?")));
    cr_assert(not(M(f, txt("Why"))));
    cr_assert(eq(str, TX(f), "*'?'*"));
}

Test(filter, doubled_quote_is_one_quote)
{
    al_filter *f = P(&text30, "'O''Brien'");
    cr_assert(M(f, txt("O'Brien")));
    cr_assert(eq(str, TX(f), "'O''Brien'"));
    cr_assert(M(P(&text30, "''''"), txt("'")));
    cr_assert(M(P(&text30, "'O'''*"), txt("O'Neil")));
}

Test(filter, quoted_and_plain_parts_join)
{
    al_filter *f = P(&text30, "'a|'b");
    cr_assert(M(f, txt("a|b")));
    cr_assert(eq(str, TX(f), "'a|b'"));
}

Test(filter, quotes_in_typed_fields)
{
    cr_assert(eq(str, ints("'5'|'7'"), "5,7"));
}

/* ============================================================ placeholders */

Test(filter, placeholder_values_are_literal)
{
    al_value a[] = {txt("A|B")};
    al_filter *f = PA(&text30, "%1", a, 1);
    cr_assert(M(f, txt("A|B")));
    cr_assert(not(M(f, txt("A"))));
    cr_assert(eq(str, TX(f), "'A|B'"));
}

Test(filter, placeholder_inside_a_pattern)
{
    al_value a[] = {txt("a*b")};
    al_filter *f = PA(&text30, "*%1*", a, 1);
    cr_assert(M(f, txt("xa*by")));
    cr_assert(not(M(f, txt("xaZby"))));
    cr_assert(eq(str, TX(f), "*'a*b'*"));
    al_value q[] = {txt("it's")};
    f = PA(&text30, "@%1*", q, 1);
    cr_assert(M(f, txt("IT'S ME")));
    cr_assert(eq(str, TX(f), "@'it''s'*"));
}

Test(filter, placeholder_range)
{
    al_value a[] = {al_int(3), al_int(5)};
    al_filter *f = PA(INT, "%1..%2", a, 2);
    cr_assert(eq(str, TX(f), "3..5"));
    cr_assert(MI(f, 4));
    cr_assert(not(MI(f, 6)));
    al_value c[] = {txt("a"), txt("b")};
    cr_assert(eq(str, TX(PA(&code20, "%1..%2", c, 2)), "A..B"));
}

Test(filter, placeholder_keeps_the_value)
{
    /* 2035 would come back as 1935 through Format's two-digit year. */
    al_value a[] = {date(2035, 6, 1)};
    al_filter *f = PA(&al_type_date, "%1", a, 1);
    cr_assert(M(f, date(2035, 6, 1)));
    al_value dec[] = {V(&al_type_decimal, "2.5")};
    cr_assert(M(PA(&al_type_decimal, ">%1", dec, 1), V(&al_type_decimal, "2.51")));
    al_value i[] = {al_int(7)};
    cr_assert(M(PA(&al_type_decimal, "%1", i, 1), V(&al_type_decimal, "7.00")));
}

Test(filter, placeholder_text_into_typed_field)
{
    al_value a[] = {txt("12/25/24")};
    cr_assert(M(PA(&al_type_date, "%1", a, 1), date(2024, 12, 25)));
    al_value b[] = {txt("abc")};
    cr_assert(eq(str, EA(INT, "%1", b, 1),
                 "The filter \"abc\" is not valid for the No. field on the Customer table. "
                 "The value \"abc\" can't be evaluated into type Integer."));
}

Test(filter, placeholder_ten_and_spliced_numbers)
{
    al_value a[10];
    for (int i = 0; i < 10; i++) a[i] = al_int(i + 1);
    al_filter *f = PA(INT, "%10|%1", a, 10);
    cr_assert(eq(str, TX(f), "10|1"));
    f = PA(INT, "%1%2", a, 2);                 /* spliced as text: "12" */
    cr_assert(MI(f, 12));
}

Test(filter, percent_without_digit_is_text)
{
    al_filter *f = P(&text30, "100%");
    cr_assert(M(f, txt("100%")));
    cr_assert(eq(str, TX(f), "100%"));
}

Test(filter, placeholder_without_value)
{
    al_value a[] = {al_int(1)};
    cr_assert(eq(str, EA(INT, "%1|%3", a, 1),
                 "The filter \"1|%3\" is not valid for the No. field on the Customer table. "
                 "There is no value for %3."));
}

/* ============================================================ errors */

#define FRAME(expr) "The filter \"" expr "\" is not valid for the No. field on the Customer table. "

Test(filter, invalid_integer)
{
    cr_assert(eq(str, E(INT, "abc"), FRAME("abc") "The value \"abc\" can't be evaluated into type Integer."));
    cr_assert(eq(str, E(INT, "1|abc"), FRAME("1|abc") "The value \"abc\" can't be evaluated into type Integer."));
    cr_assert(eq(str, E(INT, "1*"), FRAME("1*") "The value \"1*\" can't be evaluated into type Integer."));
    cr_assert(eq(str, E(INT, "1.5"), FRAME("1.5") "The value \"1.5\" can't be evaluated into type Integer."));
    cr_assert(eq(str, E(&al_type_decimal, "x"), FRAME("x") "The value \"x\" can't be evaluated into type Decimal."));
    cr_assert(eq(str, E(&al_type_boolean, "maybe"), FRAME("maybe") "The value \"maybe\" can't be evaluated into type Boolean."));
}

Test(filter, missing_values)
{
    cr_assert(eq(str, E(INT, "1|"), FRAME("1|") "A value is expected at the end."));
    cr_assert(eq(str, E(INT, "|1"), FRAME("|1") "A value is expected before \"|\"."));
    cr_assert(eq(str, E(INT, "1&&2"), FRAME("1&&2") "A value is expected before \"&\"."));
    cr_assert(eq(str, E(INT, "<"), FRAME("<") "A value is expected at the end."));
    cr_assert(eq(str, E(INT, "<>=1"), FRAME("<>=1") "A value is expected before \"=\"."));
    cr_assert(eq(str, E(INT, ".."), FRAME("..") "A value is expected at the end."));
    cr_assert(eq(str, E(INT, "()"), FRAME("()") "A value is expected before \")\"."));
}

Test(filter, parentheses_errors)
{
    cr_assert(eq(str, E(INT, "(1|2"), FRAME("(1|2") "A \")\" is missing."));
    cr_assert(eq(str, E(INT, "1|2)"), FRAME("1|2)") "There is a \")\" without a matching \"(\"."));
    cr_assert(eq(str, E(&text30, "a(b)"), FRAME("a(b)") "\"(\" is not expected here."));
    cr_assert(eq(str, E(INT, "(1(2))"), FRAME("(1(2))") "\"(\" is not expected here."));
}

Test(filter, misplaced_operators)
{
    cr_assert(eq(str, E(INT, "1..2..3"), FRAME("1..2..3") "\"..\" is not expected here."));
    cr_assert(eq(str, E(INT, "<1..2"), FRAME("<1..2") "\"..\" is not expected here."));
    cr_assert(eq(str, E(&text30, "a=b"), FRAME("a=b") "\"=\" is not expected here."));
}

Test(filter, unclosed_quote)
{
    cr_assert(eq(str, E(&text30, "'abc"), FRAME("'abc") "A quote (') is not closed."));
    cr_assert(eq(str, E(&text30, "O'Brien"), FRAME("O'Brien") "A quote (') is not closed."));
}

Test(filter, deep_nesting_is_an_error_not_a_crash)
{
    char *s = al_alloc_atomic(20001);
    memset(s, '(', 20000);
    s[20000] = 0;
    cr_assert(eq(str, (char *)strstr(E(INT, s), "The parentheses"), "The parentheses are nested too deeply."));
}

static void do_parse_unnamed(al_exec *x, void *ud)
{
    al_filter_field f = {INT, NULL, NULL};
    al_filter_parse(x, &f, al_text_cstr("x"), NULL, 0);
    (void)ud;
}

Test(filter, names_may_be_missing)
{
    cr_assert(not(al_exec_protected(X, do_parse_unnamed, NULL)));
    cr_assert(eq(str, (char *)X->last_error.msg, "The filter \"x\" is not valid for the  field on the  table. "
                 "The value \"x\" can't be evaluated into type Integer."));
}

/* ============================================================ SetRange */

typedef struct range_call {
    const al_type *t;
    al_value from;
    const al_value *to;
    al_filter *out;
} range_call;

static void do_range(al_exec *x, void *ud)
{
    range_call *c = ud;
    al_filter_field f = fld(c->t);
    c->out = al_filter_range(x, &f, c->from, c->to);
}

static al_filter *R(const al_type *t, al_value from, const al_value *to)
{
    range_call c = {t, from, to, NULL};
    if (!al_exec_protected(X, do_range, &c)) cr_fatal("range: %s", X->last_error.msg);
    return c.out;
}

Test(filter, setrange_single_value)
{
    al_filter *f = R(INT, al_int(7), NULL);
    cr_assert(eq(str, TX(f), "7"));
    cr_assert(MI(f, 7));
    cr_assert(not(MI(f, 8)));
    cr_assert(eq(str, SQL(f), "(c = ?)"));
}

Test(filter, setrange_from_to)
{
    al_value to = code("b");
    al_filter *f = R(&code20, code("a"), &to);
    cr_assert(eq(str, TX(f), "A..B"));
    cr_assert(M(f, code("AZ")));
    cr_assert(not(M(f, code("BA"))));
    al_value same = al_int(3);
    cr_assert(eq(str, TX(R(INT, al_int(3), &same)), "3"));
}

Test(filter, setrange_text_is_literal)
{
    al_filter *f = R(&text30, txt("A*|B"), NULL);
    cr_assert(eq(str, TX(f), "'A*|B'"));
    cr_assert(M(f, txt("a*|b")));
    cr_assert(not(M(f, txt("AX|B"))));
    cr_assert(eq(str, TX(R(&text30, txt(""), NULL)), "''"));
    cr_assert(eq(str, TX(R(&text30, txt("No."), NULL)), "No."));
    al_value to = txt("Z.");
    cr_assert(eq(str, TX(R(&text30, txt("A"), &to)), "A..'Z.'"));
}

Test(filter, setrange_converts)
{
    al_value to = al_int(2);
    al_filter *f = R(&al_type_decimal, al_int(1), &to);
    cr_assert(M(f, V(&al_type_decimal, "1.5")));
    cr_assert(eq(str, TX(f), "1..2"));
    cr_assert(eq(str, TX(R(&color_option, al_ordinal(AL_TY_OPTION, 1), NULL)), "Dark Green"));
    cr_assert(eq(str, TX(R(&al_type_date, date(2024, 2, 29), NULL)), "02/29/24"));
}

/* ============================================================ round trips */

Test(filter, getfilter_text_parses_back_to_itself)
{
    static const struct { const al_type *t; const char *expr; } cases[] = {
        {&text30, "'A|B'|*'x*y'*|@abc*|<>''|' lead'|trail |'..'..'z.'"},
        {&text30, "(a|b)&<>c|'O''Neil'|100%|50'%1'"},
        {&code20, "a..b|<>c*&(d|'e&f')"},
        {&al_type_integer, "1..2|>=10&<=20|<>5"},
        {&al_type_decimal, "1,000.25..2000|-0.5"},
        {&al_type_date, "t|01/01/24..|''"},
        {&color_option, "Red|Dark Green..Blue"},
        {&enum_type, "Credit Memo|0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *once = GT(cases[i].t, cases[i].expr);
        char *twice = GT(cases[i].t, once);
        cr_expect(eq(str, twice, once), "case %zu: %s", i, cases[i].expr);
    }
    cr_assert(eq(str, GT(&text30, "(a|b)&<>c|'O''Neil'|100%|50'%1'"), "(a|b)&<>c|'O''Neil'|100%|'50%1'"));
}

/* ============================================================ SQL */

Test(filter, sql_simple)
{
    al_sql s = sql_of(P(INT, "5"));
    cr_assert(eq(str, s.buf, "(c = ?)"));
    cr_assert(eq(u32, s.nbinds, 1));
    cr_assert(eq(int, s.binds[0].tag, AL_TY_INTEGER));
    cr_assert(eq(int, s.binds[0].u.i, 5));
    cr_assert(eq(str, SQL(P(INT, "<>5")), "(c <> ?)"));
    cr_assert(eq(str, SQL(P(INT, "<5")), "(c < ?)"));
    cr_assert(eq(str, SQL(P(INT, "<=5")), "(c <= ?)"));
    cr_assert(eq(str, SQL(P(INT, ">5")), "(c > ?)"));
    cr_assert(eq(str, SQL(P(INT, ">=5")), "(c >= ?)"));
    cr_assert(eq(str, SQL(P(INT, "=5")), "(c = ?)"));
}

Test(filter, sql_ranges)
{
    al_sql s = sql_of(P(INT, "1..9"));
    cr_assert(eq(str, s.buf, "(c BETWEEN ? AND ?)"));
    cr_assert(eq(u32, s.nbinds, 2));
    cr_assert(eq(int, s.binds[0].u.i, 1));
    cr_assert(eq(int, s.binds[1].u.i, 9));
    cr_assert(eq(str, SQL(P(INT, "..9")), "(c <= ?)"));
    cr_assert(eq(str, SQL(P(INT, "1..")), "(c >= ?)"));
}

Test(filter, sql_or_and_nesting)
{
    al_sql s = sql_of(P(INT, "1|2..3&<>2|(4|5)&6"));
    cr_assert(eq(str, s.buf, "(c = ? OR (c BETWEEN ? AND ? AND c <> ?) OR ((c = ? OR c = ?) AND c = ?))"));
    cr_assert(eq(u32, s.nbinds, 7));
    int want[] = {1, 2, 3, 2, 4, 5, 6};
    for (int i = 0; i < 7; i++) cr_assert(eq(int, s.binds[i].u.i, want[i]));
}

Test(filter, sql_like)
{
    al_sql s = sql_of(P(&text30, "*Co*|@a?c|<>x*"));
    cr_assert(eq(str, s.buf, "(al_like(c, ?, 0) OR al_like(c, ?, 1) OR NOT al_like(c, ?, 0))"));
    cr_assert(eq(u32, s.nbinds, 3));
    cr_assert(eq(int, s.binds[0].tag, AL_TY_TEXT));
    cr_assert(eq(str, (char *)s.binds[0].u.text->s, "*Co*"));
    cr_assert(eq(str, (char *)s.binds[1].u.text->s, "a?c"));
    cr_assert(eq(str, (char *)s.binds[2].u.text->s, "x*"));
}

Test(filter, sql_like_escapes_literals)
{
    al_value a[] = {txt("5*\\?")};
    al_sql s = sql_of(PA(&text30, "%1*", a, 1));
    cr_assert(eq(str, s.buf, "(al_like(c, ?, 0))"));
    cr_assert(eq(str, (char *)s.binds[0].u.text->s, "5\\*\\\\\\?*"));
}

Test(filter, sql_never_holds_user_text)
{
    al_sql s = sql_of(P(&text30, "'x'' OR 1=1 --'|'Robert'');DROP TABLE t;--'"));
    cr_assert(eq(str, s.buf, "(c = ? OR c = ?)"));
    cr_assert(eq(str, (char *)s.binds[0].u.text->s, "x' OR 1=1 --"));
    cr_assert(eq(str, (char *)s.binds[1].u.text->s, "Robert');DROP TABLE t;--"));
}

Test(filter, sql_binds_are_field_typed)
{
    al_sql s = sql_of(P(&code20, "abc"));
    cr_assert(eq(int, s.binds[0].tag, AL_TY_CODE));
    cr_assert(eq(str, (char *)s.binds[0].u.text->s, "ABC"));
    s = sql_of(P(&al_type_decimal, "1.5"));
    cr_assert(eq(int, s.binds[0].tag, AL_TY_DECIMAL));
    s = sql_of(P(&al_type_date, "t"));
    cr_assert(eq(int, s.binds[0].tag, AL_TY_DATE));
    cr_assert(eq(int, s.binds[0].u.i, date(2024, 1, 31).u.i));
}

Test(filter, sql_appends)
{
    al_sql s = {0};
    al_sql_append(&s, "SELECT * FROM t WHERE ");
    al_filter_sql(P(INT, "1"), "\"a\"", &s);
    al_sql_append(&s, " AND ");
    al_filter_sql(P(INT, "2|3"), "\"b\"", &s);
    cr_assert(eq(str, s.buf, "SELECT * FROM t WHERE (\"a\" = ?) AND (\"b\" = ? OR \"b\" = ?)"));
    cr_assert(eq(u32, s.nbinds, 3));
}

/* ============================================================ al_filter_like */

static bool L(const char *v, const char *p, bool ci) { return al_filter_like(v, strlen(v), p, strlen(p), ci); }

Test(filter, like_matching)
{
    cr_assert(L("", "", false));
    cr_assert(L("", "*", false));
    cr_assert(not(L("", "?", false)));
    cr_assert(L("abc", "a*c", false));
    cr_assert(L("abcbc", "*bc", false));
    cr_assert(L("aXbXc", "a*b*c", false));
    cr_assert(not(L("aXbXd", "a*b*c", false)));
    cr_assert(L("mississippi", "*sip*", false));
    cr_assert(L("a*c", "a\\*c", false));
    cr_assert(not(L("abc", "a\\*c", false)));
    cr_assert(L("a\\", "a\\", false));            /* a trailing '\' is itself */
    cr_assert(L("ABC", "a?c", true));
    cr_assert(not(L("ABC", "a?c", false)));
    cr_assert(L("x\xFFy", "x?y", false));         /* an invalid byte is one character */
}

Test(filter, text_cmp_order)
{
    cr_assert(eq(int, al_filter_text_cmp("abc", 3, "ABC", 3), 0));
    cr_assert(lt(int, al_filter_text_cmp("ab", 2, "abc", 3), 0));
    cr_assert(lt(int, al_filter_text_cmp("a", 1, "B", 1), 0));
    cr_assert(lt(int, al_filter_text_cmp("_", 1, "a", 1), 0));
    cr_assert(eq(int, al_filter_text_cmp("É", 2, "é", 2), 0));
}

/* ============================================================ SQLite agrees */

static sqlite3 *open_db(void)
{
    sqlite3 *db;
    cr_assert(eq(int, sqlite3_open(":memory:", &db), SQLITE_OK));
    cr_assert(eq(int, al_filter_register_sql(db), SQLITE_OK));
    return db;
}

/* Binds the test's simple encoding: numbers and dates as INTEGER, Text and
 * Code as TEXT. */
static void bind_all(sqlite3_stmt *st, const al_sql *s)
{
    for (uint32_t i = 0; i < s->nbinds; i++) {
        al_value v = s->binds[i];
        if (v.tag == AL_TY_TEXT || v.tag == AL_TY_CODE)
            sqlite3_bind_text(st, (int)i + 1, v.u.text->s, (int)v.u.text->len, SQLITE_TRANSIENT);
        else
            sqlite3_bind_int64(st, (int)i + 1, v.u.i);
    }
}

/* Row ids the SQL selects, as "1,3". */
static char *sql_rows(sqlite3 *db, const al_filter *f)
{
    al_sql s = {0};
    al_sql_append(&s, "SELECT id FROM t WHERE ");
    al_filter_sql(f, "v", &s);
    al_sql_append(&s, " ORDER BY id");
    sqlite3_stmt *st;
    cr_assert(eq(int, sqlite3_prepare_v2(db, s.buf, -1, &st, NULL), SQLITE_OK), "%s: %s", s.buf, sqlite3_errmsg(db));
    bind_all(st, &s);
    char *out = al_strdup("");
    while (sqlite3_step(st) == SQLITE_ROW) out = al_sprintf("%s%s%d", out, *out ? "," : "", sqlite3_column_int(st, 0));
    sqlite3_finalize(st);
    return out;
}

static char *match_rows(const al_filter *f, const al_value *vals, int n)
{
    char *out = al_strdup("");
    for (int i = 0; i < n; i++)
        if (M(f, vals[i])) out = al_sprintf("%s%s%d", out, *out ? "," : "", i + 1);
    return out;
}

Test(filter, sqlite_agrees_on_integers)
{
    sqlite3 *db = open_db();
    sqlite3_exec(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, v INTEGER)", NULL, NULL, NULL);
    al_value vals[40];
    for (int i = 0; i < 40; i++) {
        vals[i] = al_int(i - 10);
        char *ins = al_sprintf("INSERT INTO t VALUES(%d, %d)", i + 1, i - 10);
        sqlite3_exec(db, ins, NULL, NULL, NULL);
    }
    static const char *const exprs[] = {
        "5", "<>5", "<0", "<=0", ">20", ">=20", "1..9", "..-5", "25..", "1|3|5",
        ">2&<8", "1|2&3", "(1|2)&<>2", "<>1&<>2&0..4", "''", "9..1", "-3..3|20..|<-8",
    };
    for (size_t e = 0; e < sizeof exprs / sizeof *exprs; e++) {
        al_filter *f = P(INT, exprs[e]);
        cr_expect(eq(str, sql_rows(db, f), match_rows(f, vals, 40)), "filter %s", exprs[e]);
    }
    sqlite3_close(db);
}

Test(filter, sqlite_agrees_on_text)
{
    sqlite3 *db = open_db();
    sqlite3_exec(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT COLLATE " AL_FILTER_COLLATION ")",
                 NULL, NULL, NULL);
    static const char *const words[] = {
        "", " ", "a", "A", "ab", "Contoso", "contoso", "CONTOSO Ltd", "Big Co", "café", "CAFÉ",
        "日本", "日本語", "Hansen", "Hanson", "O'Brien", "a*b", "a|b", "_x", "Zeta", "zz", "école",
    };
    enum { N = sizeof words / sizeof *words };
    al_value vals[N];
    sqlite3_stmt *ins;
    sqlite3_prepare_v2(db, "INSERT INTO t VALUES(?, ?)", -1, &ins, NULL);
    for (int i = 0; i < N; i++) {
        vals[i] = txt(words[i]);
        sqlite3_bind_int(ins, 1, i + 1);
        sqlite3_bind_text(ins, 2, words[i], -1, SQLITE_STATIC);
        sqlite3_step(ins);
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    static const char *const exprs[] = {
        "a", "contoso", "*Co*", "@*co*", "<>*o*", "Hans?n", "日*", "?本", "@CAF?", "*é",
        "''", "<>''", "a..c", "..b", "Z..", "<Contoso", ">=café", "'a*b'", "'a|b'|*''*",
        "a*|c*&<>*o*", "@É*", "(a|b*)&<>A", "<>contoso&*o*",
    };
    for (size_t e = 0; e < sizeof exprs / sizeof *exprs; e++) {
        al_filter *f = P(&text30, exprs[e]);
        cr_expect(eq(str, sql_rows(db, f), match_rows(f, vals, N)), "filter %s", exprs[e]);
    }
    /* A few outcomes spelled out, so the agreement is not about nothing. */
    cr_assert(eq(str, sql_rows(db, P(&text30, "*Co*")), "6,9"));
    cr_assert(eq(str, sql_rows(db, P(&text30, "@*co*")), "6,7,8,9,22"));  /* école too */
    cr_assert(eq(str, sql_rows(db, P(&text30, "café")), "10,11"));
    cr_assert(eq(str, sql_rows(db, P(&text30, "?本")), "12"));
    sqlite3_close(db);
}

Test(filter, sqlite_agrees_on_code_and_dates)
{
    sqlite3 *db = open_db();
    sqlite3_exec(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT COLLATE " AL_FILTER_COLLATION ")",
                 NULL, NULL, NULL);
    static const char *const codes[] = {"C10000", "C20000", "C30000", "D1", "ABC", "A*B", ""};
    enum { N = sizeof codes / sizeof *codes };
    al_value vals[N];
    for (int i = 0; i < N; i++) {
        vals[i] = code(codes[i]);
        sqlite3_exec(db, al_sprintf("INSERT INTO t VALUES(%d, '%s')", i + 1, codes[i]), NULL, NULL, NULL);
    }
    static const char *const exprs[] = {"c10000..c20000", "c*", "<>c*", "abc|d1", "a'*'b", "''", ">c2"};
    for (size_t e = 0; e < sizeof exprs / sizeof *exprs; e++) {
        al_filter *f = P(&code20, exprs[e]);
        cr_expect(eq(str, sql_rows(db, f), match_rows(f, vals, N)), "filter %s", exprs[e]);
    }
    sqlite3_close(db);

    db = open_db();
    sqlite3_exec(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, v INTEGER)", NULL, NULL, NULL);
    al_value days[10];
    for (int i = 0; i < 10; i++) {
        /* Jan 27..31, Feb 2..5, 0D */
        days[i] = i < 5 ? date(2024, 1, 27 + i) : i < 9 ? date(2024, 2, i - 3) : al_ordinal(AL_TY_DATE, 0);
        sqlite3_exec(db, al_sprintf("INSERT INTO t VALUES(%d, %d)", i + 1, days[i].u.i), NULL, NULL, NULL);
    }
    static const char *const dexprs[] = {"t", "..t", "t..", "''", "<>''&..013024", "01/28/24|02/03/24"};
    for (size_t e = 0; e < sizeof dexprs / sizeof *dexprs; e++) {
        al_filter *f = P(&al_type_date, dexprs[e]);
        cr_expect(eq(str, sql_rows(db, f), match_rows(f, days, 10)), "filter %s", dexprs[e]);
    }
    cr_assert(eq(str, sql_rows(db, P(&al_type_date, "t")), "5"));
    sqlite3_close(db);
}
