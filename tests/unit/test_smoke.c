/* tests/unit/test_smoke.c — the expression entry point works end to end. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include "tests/unit/testutil.h"

TestSuite(smoke, .init = al_test_setup);

Test(smoke, precedence_of_multiplication_over_addition)
{
    cr_assert(eq(str, (char *)al_test_expr("1 + 2 * 3"), "(+ 1 (* 2 3))"));
}
