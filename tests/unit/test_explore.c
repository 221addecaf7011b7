/* tests/unit/test_explore.c — the pieces of alrun explore and --inject
 * that need no page: the perturbation model's bounds and determinism
 * (runtime/perturb.h), how facts mask times of day (runtime/explore.h),
 * and reading --inject specs (runtime/inject.h).  The page-level
 * behaviour is in tests/explore. */
#include <criterion/criterion.h>
#include <string.h>

#include "runtime/explore.h"
#include "runtime/inject.h"
#include "runtime/perturb.h"
#include "testutil.h"

TestSuite(perturb, .init = al_test_setup);
TestSuite(mask, .init = al_test_setup);
TestSuite(inject, .init = al_test_setup);

Test(perturb, seed_zero_changes_nothing)
{
    al_perturb P = al_perturb_new(0);
    for (int i = 0; i < 100; i++) {
        al_perturb t = al_perturb_split(&P);
        cr_assert_eq(al_perturb_work_unit_ns(&t, 1000), 1000);
        cr_assert_eq(al_perturb_sleep_ns(&t, 1000), 1000000000LL);
        cr_assert_eq(al_perturb_latency_ns(&t), 0);
        cr_assert_eq(al_perturb_tiebreak(&t), 0);
    }
}

Test(perturb, draws_stay_in_their_bounds)
{
    for (uint64_t seed = 1; seed <= 200; seed++) {
        al_perturb P = al_perturb_new(seed);
        al_perturb t = al_perturb_split(&P);
        int64_t w = al_perturb_work_unit_ns(&t, 1000);
        cr_assert(w >= 500 && w <= 2000, "work %lld", (long long)w);
        int64_t s = al_perturb_sleep_ns(&t, 1000);          /* 2 % of 1000 ms is 20: capped at 16 */
        cr_assert(s >= 984000000LL && s <= 1016000000LL, "Sleep(1000) %lld ns", (long long)s);
        int64_t small = al_perturb_sleep_ns(&t, 10);        /* 2 % of 10 ms: 0.2 ms */
        cr_assert(small >= 9800000LL && small <= 10200000LL, "Sleep(10) %lld ns", (long long)small);
        cr_assert_eq(al_perturb_sleep_ns(&t, 0), 0);
        int64_t l = al_perturb_latency_ns(&t);
        cr_assert(l >= 0 && l <= 10000000LL, "latency %lld", (long long)l);
    }
}

Test(perturb, sleep_goes_both_ways)
{
    /* the article's example needs a Sleep that can end early as well as late */
    bool shorter = false, longer = false;
    for (uint64_t seed = 1; seed <= 50; seed++) {
        al_perturb P = al_perturb_new(seed);
        al_perturb t = al_perturb_split(&P);
        int64_t s = al_perturb_sleep_ns(&t, 1000);
        shorter |= s < 1000000000LL;
        longer |= s > 1000000000LL;
    }
    cr_assert(shorter && longer);
}

Test(perturb, a_seed_gives_the_same_draws)
{
    al_perturb a = al_perturb_new(42), b = al_perturb_new(42), c = al_perturb_new(43);
    bool differs = false;
    for (int i = 0; i < 20; i++) {
        int64_t x = al_perturb_latency_ns(&a), y = al_perturb_latency_ns(&b), z = al_perturb_latency_ns(&c);
        cr_assert_eq(x, y);
        differs |= x != z;
    }
    cr_assert(differs, "seeds 42 and 43 drew the same");
}

Test(mask, times_of_day_become_a_placeholder)
{
    cr_assert_str_eq(al_explore_mask_times("End Time 9:00:00.995 AM"), "End Time <time>");
    cr_assert_str_eq(al_explore_mask_times("9:00:01 AM (task 1)"), "<time> (task 1)");
    cr_assert_str_eq(al_explore_mask_times("at 14:03:07 and 01/06/25 2:00:00 PM"), "at <time> and 01/06/25 <time>");
    cr_assert_str_eq(al_explore_mask_times("12:30:45.5"), "<time>");
}

Test(mask, other_numbers_stay)
{
    cr_assert_str_eq(al_explore_mask_times("Duration 1000"), "Duration 1000");
    cr_assert_str_eq(al_explore_mask_times("NDBCS:Deadlock"), "NDBCS:Deadlock");
    cr_assert_str_eq(al_explore_mask_times("ratio 1:2:3"), "ratio 1:2:3");
    cr_assert_str_eq(al_explore_mask_times("123:45:67"), "123:45:67");
    cr_assert_str_eq(al_explore_mask_times(""), "");
}

static al_fault parse_ok(const char *spec)
{
    al_inject plan = {0};
    char *error = NULL;
    cr_assert(al_inject_parse(&plan, spec, &error), "%s: %s", spec, error);
    cr_assert_eq(plan.n, 1);
    return plan.faults[0];
}

static const char *parse_bad(const char *spec)
{
    al_inject plan = {0};
    char *error = NULL;
    cr_assert(!al_inject_parse(&plan, spec, &error), "%s was accepted", spec);
    cr_assert_eq(plan.n, 0);
    return error;
}

Test(inject, error_with_a_code_and_a_text)
{
    al_fault f = parse_ok("PBTWaitCodeunit error NDBCS:Deadlock The transaction was chosen: a victim.");
    cr_assert_eq(f.kind, AL_FAULT_ERROR);
    cr_assert_str_eq(f.task, "PBTWaitCodeunit");
    cr_assert_eq(f.nth, 0);
    cr_assert_str_eq(f.code, "NDBCS:Deadlock");
    cr_assert_str_eq(f.text, "The transaction was chosen: a victim.");
}

Test(inject, the_kth_enqueue_and_quoted_names)
{
    al_fault f = parse_ok("PBTWaitCodeunit#2 timeout");
    cr_assert_eq(f.kind, AL_FAULT_TIMEOUT);
    cr_assert_str_eq(f.task, "PBTWaitCodeunit");
    cr_assert_eq(f.nth, 2);
    f = parse_ok("\"Inject Worker\"#3 queue-full");
    cr_assert_eq(f.kind, AL_FAULT_QUEUE_FULL);
    cr_assert_str_eq(f.task, "Inject Worker");
    cr_assert_eq(f.nth, 3);
    f = parse_ok("50100 queue-full");
    cr_assert_str_eq(f.task, "50100");
}

Test(inject, bad_specs_say_why)
{
    cr_assert(strstr(parse_bad(""), "write it as"));
    cr_assert(strstr(parse_bad("Worker"), "write it as"));
    cr_assert(strstr(parse_bad("Worker explode"), "'explode' is not a fault"));
    cr_assert(strstr(parse_bad("Worker#0 timeout"), "after # comes"));
    cr_assert(strstr(parse_bad("Worker# timeout"), "after # comes"));
    cr_assert(strstr(parse_bad("Worker#x timeout"), "after # comes"));
    cr_assert(strstr(parse_bad("Worker error Dialog"), "needs a code and a text"));
    cr_assert(strstr(parse_bad("Worker error"), "needs a code and a text"));
    cr_assert(strstr(parse_bad("Worker timeout soon"), "takes nothing after it"));
    cr_assert(strstr(parse_bad("\"Inject Worker timeout"), "closing quote"));
}
