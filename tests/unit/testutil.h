/* tests/unit/testutil.h — helpers shared by the Criterion unit tests.
 *
 * Criterion runs every test in its own process, so each suite's .init must
 * start the collector: TestSuite(parser, .init = al_test_setup).
 */
#ifndef AL_TESTS_TESTUTIL_H
#define AL_TESTS_TESTUTIL_H

#include "grammar/ast.h"
#include "grammar/diag.h"
#include "grammar/parse.h"

void al_test_setup(void);

/* Parses [text] as an expression / a statement / a whole file named
 * "test.al" and returns the one-line dump (al_ast_dump_str), or the first
 * diagnostic as "line:col: message" when parsing failed. */
const char *al_test_expr(const char *text);
const char *al_test_stmt(const char *text);
const char *al_test_unit(const char *text);

/* Parses a file and returns its diagnostics (errors and notes). */
al_diags al_test_diags(const char *text);
/* "line:col: message" of diagnostic [i] of [d] for source [text]. */
const char *al_test_diag_at(const char *text, al_diags d, uint32_t i);

/* Parses [text] with preprocessor [symbols] (NULL-terminated list). */
const char *al_test_unit_syms(const char *text, const char *const *symbols);

#endif
