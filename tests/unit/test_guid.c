/* tests/unit/test_guid.c — the Guid value type (interp/guid.c): Format
 * numbers, Evaluate forms and its error text, CreateGuid, ordering. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <string.h>
#include "grammar/mem.h"
#include "interp/guid.h"
#include "tests/unit/testutil.h"

TestSuite(guid, .init = al_test_setup);

static al_fail fl;

static al_guid G(const char *s)
{
    al_guid g = al_guid_null;
    fl.msg = NULL;
    if (!al_guid_parse(al_text_cstr(s), &g, &fl))
        cr_fail("parse failed: %s", fl.msg);
    return g;
}

static char *F(al_guid g, int n) { return al_strdup(al_guid_format(&g, n)->s); }

static const char *parse_error(const char *s)
{
    al_guid g = G("{11111111-2222-3333-4444-555555555555}");
    fl.msg = NULL;
    if (al_guid_parse(al_text_cstr(s), &g, &fl)) return "<parsed>";
    /* A failed Evaluate leaves the target unchanged. */
    if (strcmp(F(g, 0), "{11111111-2222-3333-4444-555555555555}") != 0) return "<changed>";
    return fl.msg;
}

#define SAMPLE "{EA48A3E0-48E0-4AB7-B1A1-E3EA85BF1B75}"

/* ============================================================ null */

Test(guid, null_guid)
{
    al_guid g = al_guid_null;
    cr_assert(al_guid_is_null(&g));
    cr_assert(eq(str, F(g, 0), "{00000000-0000-0000-0000-000000000000}"));
    al_guid h = G(SAMPLE);
    cr_assert(not(al_guid_is_null(&h)));
    cr_assert(al_guid_is_null((al_guid[]){G("00000000-0000-0000-0000-000000000000")}));
}

/* ============================================================ Format */

Test(guid, format_numbers)
{
    al_guid g = G(SAMPLE);
    cr_assert(eq(str, F(g, 0), SAMPLE));
    cr_assert(eq(str, F(g, 1), SAMPLE));
    cr_assert(eq(str, F(g, 2), SAMPLE));
    cr_assert(eq(str, F(g, 9), SAMPLE));
    cr_assert(eq(str, F(g, 3), "EA48A3E048E04AB7B1A1E3EA85BF1B75"));
    cr_assert(eq(str, F(g, 4), "EA48A3E0-48E0-4AB7-B1A1-E3EA85BF1B75"));
    cr_assert(eq(str, F(g, 7), SAMPLE));          /* unknown numbers: format 0 */
}

Test(guid, format_is_a_text)
{
    al_guid g = G(SAMPLE);
    const al_text *t = al_guid_format(&g, 0);
    cr_assert(eq(u32, t->len, 38));
    cr_assert(eq(u32, t->nchars, 38));
}

/* ============================================================ Evaluate */

Test(guid, parse_forms)
{
    cr_assert(eq(str, F(G("ea48a3e0-48e0-4ab7-b1a1-e3ea85bf1b75"), 0), SAMPLE));
    cr_assert(eq(str, F(G("EA48A3E048E04AB7B1A1E3EA85BF1B75"), 0), SAMPLE));
    cr_assert(eq(str, F(G("{ea48a3e0-48e0-4ab7-b1a1-e3ea85bf1b75}"), 0), SAMPLE));
    cr_assert(eq(str, F(G("(EA48A3E0-48E0-4AB7-B1A1-E3EA85BF1B75)"), 0), SAMPLE));
    cr_assert(eq(str, F(G("  " SAMPLE "\t"), 0), SAMPLE));
}

Test(guid, format_parse_round_trip)
{
    al_guid_seed seed = {42};
    for (int i = 0; i < 20; i++) {
        al_guid g = al_guid_create(al_guid_rand_seeded, &seed);
        for (int n = 0; n <= 4; n++) {
            al_guid back = G(F(g, n));
            cr_assert(al_guid_eq(&g, &back));
        }
    }
}

Test(guid, parse_errors)
{
    cr_assert(eq(str, (char *)parse_error("{EA48A3E0"),
        "The value \"{EA48A3E0\" can't be evaluated into type Guid."));
    cr_assert(eq(str, (char *)parse_error(""), "The value \"\" can't be evaluated into type Guid."));
    cr_assert(eq(str, (char *)parse_error("not-a-guid"),
        "The value \"not-a-guid\" can't be evaluated into type Guid."));
    cr_assert(eq(str, (char *)parse_error("{EA48A3E0-48E0-4AB7-B1A1-E3EA85BF1B75)"),
        "The value \"{EA48A3E0-48E0-4AB7-B1A1-E3EA85BF1B75)\" can't be evaluated into type Guid."));
    cr_assert(eq(str, (char *)parse_error("GA48A3E0-48E0-4AB7-B1A1-E3EA85BF1B75"),
        "The value \"GA48A3E0-48E0-4AB7-B1A1-E3EA85BF1B75\" can't be evaluated into type Guid."));
    cr_assert(eq(str, (char *)parse_error("EA48A3E0-48E04AB7-B1A1-E3EA85BF1B75-"),
        "The value \"EA48A3E0-48E04AB7-B1A1-E3EA85BF1B75-\" can't be evaluated into type Guid."));
    cr_assert(eq(str, (char *)parse_error("EA48A3E048E04AB7B1A1E3EA85BF1B7"),
        "The value \"EA48A3E048E04AB7B1A1E3EA85BF1B7\" can't be evaluated into type Guid."));
}

/* ============================================================ CreateGuid */

Test(guid, create_sets_version_and_variant)
{
    al_guid_seed seed = {7};
    for (int i = 0; i < 50; i++) {
        al_guid g = al_guid_create(al_guid_rand_seeded, &seed);
        char *t = F(g, 4);
        cr_assert(eq(chr, t[14], '4'));
        cr_assert(strchr("89AB", t[19]) != NULL);
    }
}

Test(guid, create_seeded_is_reproducible)
{
    al_guid_seed a = {123}, b = {123}, c = {124};
    al_guid g1 = al_guid_create(al_guid_rand_seeded, &a);
    al_guid g2 = al_guid_create(al_guid_rand_seeded, &b);
    al_guid g3 = al_guid_create(al_guid_rand_seeded, &c);
    cr_assert(al_guid_eq(&g1, &g2));
    cr_assert(not(al_guid_eq(&g1, &g3)));
    al_guid g4 = al_guid_create(al_guid_rand_seeded, &a);
    cr_assert(not(al_guid_eq(&g1, &g4)));       /* the state advances */
}

Test(guid, create_from_the_os)
{
    al_guid g1 = al_guid_create(NULL, NULL);
    al_guid g2 = al_guid_create(al_guid_rand_os, NULL);
    cr_assert(not(al_guid_is_null(&g1)));
    cr_assert(not(al_guid_eq(&g1, &g2)));
    cr_assert(eq(chr, F(g1, 3)[12], '4'));
}

/* A fixed source, so a created Guid's exact text is known. */
static void zeros(void *ctx, uint8_t *buf, size_t n)
{
    (void)ctx;
    memset(buf, 0xFF, n);
}

Test(guid, create_from_a_custom_source)
{
    al_guid g = al_guid_create(zeros, NULL);
    cr_assert(eq(str, F(g, 0), "{FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF}"));
}

/* ============================================================ comparing */

Test(guid, equality_and_hash)
{
    al_guid a = G(SAMPLE), b = G("ea48a3e048e04ab7b1a1e3ea85bf1b75"), c = G("{00000000-0000-0000-0000-000000000001}");
    cr_assert(al_guid_eq(&a, &b));
    cr_assert(not(al_guid_eq(&a, &c)));
    cr_assert(eq(u64, al_guid_hash(&a), al_guid_hash(&b)));
    cr_assert(ne(u64, al_guid_hash(&a), al_guid_hash(&c)));
}

Test(guid, dotnet_order_is_text_order)
{
    al_guid lo = G("00000000-0000-0000-0000-000000000001");
    al_guid hi = G("01000000-0000-0000-0000-000000000000");
    cr_assert(eq(int, al_guid_cmp(&lo, &hi), -1));
    cr_assert(eq(int, al_guid_cmp(&hi, &lo), 1));
    cr_assert(eq(int, al_guid_cmp(&lo, &lo), 0));
}

Test(guid, sql_order_last_group_first)
{
    al_guid a = G("00000000-0000-0000-0000-000000000001");
    al_guid b = G("01000000-0000-0000-0000-000000000000");
    cr_assert(eq(int, al_guid_cmp_sql(&a, &b), 1));
    /* Then bytes 8-9, 6-7, 4-5, 0-3. */
    al_guid c8 = G("00000000-0000-0000-0100-000000000000");
    al_guid c6 = G("00000000-0000-0100-0000-000000000000");
    al_guid c4 = G("00000000-0100-0000-0000-000000000000");
    cr_assert(eq(int, al_guid_cmp_sql(&c8, &c6), 1));
    cr_assert(eq(int, al_guid_cmp_sql(&c6, &c4), 1));
    cr_assert(eq(int, al_guid_cmp_sql(&c4, &b), 1));
    cr_assert(eq(int, al_guid_cmp_sql(&a, &a), 0));
}
