/* tests/unit/test_preproc.c — the preprocessor (#if/#elif/#else/#endif,
 * #define/#undef, #region/#endregion/#pragma) in grammar/parse.c and the
 * scanner's SKIP state. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <string.h>
#include "tests/unit/testutil.h"

TestSuite(preproc, .init = al_test_setup);

/* Parses [src] with the given symbols (a NULL-terminated list). */
#define PP(syms, src, want) \
    cr_assert(eq(str, (char *)al_test_unit_syms((src), (syms)), (char *)(want)))

static const char *const NONE[] = {NULL};
static const char *const FOO[] = {"FOO", NULL};
static const char *const AB[] = {"A", "B", NULL};
static const char *const A_ONLY[] = {"A", NULL};

#define X_OBJ "codeunit 1 X { }\n"
#define Y_OBJ "codeunit 2 Y { }\n"
#define Z_OBJ "codeunit 3 Z { }\n"
#define W_OBJ "codeunit 4 W { }\n"

/* ============================================================ conditions */

Test(preproc, if_with_a_defined_symbol_keeps_the_text)
{
    PP(FOO, "#if FOO\n" X_OBJ "#endif\n", "(unit (codeunit 1 X))");
}

Test(preproc, if_with_an_undefined_symbol_skips_the_text)
{
    PP(NONE, "#if FOO\n" X_OBJ "#endif\n", "(unit)");
}

Test(preproc, null_symbol_set_means_nothing_defined)
{
    cr_assert(eq(str, (char *)al_test_unit("#if FOO\n" X_OBJ "#endif\n"), "(unit)"));
}

Test(preproc, else_branch_is_taken_when_the_condition_is_false)
{
    PP(NONE, "#if FOO\n" X_OBJ "#else\n" Y_OBJ "#endif", "(unit (codeunit 2 Y))");
    PP(FOO, "#if FOO\n" X_OBJ "#else\n" Y_OBJ "#endif", "(unit (codeunit 1 X))");
}

Test(preproc, symbols_are_case_sensitive)
{
    PP(FOO, "#if foo\n" X_OBJ "#endif", "(unit)");
    PP(FOO, "#if Foo\n" X_OBJ "#else\n" Y_OBJ "#endif", "(unit (codeunit 2 Y))");
}

Test(preproc, directive_words_are_case_insensitive)
{
    PP(A_ONLY, "#IF A\n" X_OBJ "#ENDIF", "(unit (codeunit 1 X))");
    PP(NONE, "#If A\n" X_OBJ "#Else\n" Y_OBJ "#EndIf", "(unit (codeunit 2 Y))");
}

Test(preproc, not_inverts)
{
    PP(NONE, "#if not FOO\n" X_OBJ "#endif", "(unit (codeunit 1 X))");
    PP(FOO, "#if not FOO\n" X_OBJ "#endif", "(unit)");
    PP(FOO, "#if not not FOO\n" X_OBJ "#endif", "(unit (codeunit 1 X))");
    PP(FOO, "#if NOT FOO\n" X_OBJ "#endif", "(unit)");
}

Test(preproc, and_needs_both)
{
    PP(AB, "#if A and B\n" X_OBJ "#endif", "(unit (codeunit 1 X))");
    PP(AB, "#if A and C\n" X_OBJ "#endif", "(unit)");
    PP(AB, "#if C and A\n" X_OBJ "#endif", "(unit)");
    PP(AB, "#if A AND B\n" X_OBJ "#endif", "(unit (codeunit 1 X))");
}

Test(preproc, or_needs_either)
{
    PP(AB, "#if C or B\n" X_OBJ "#endif", "(unit (codeunit 1 X))");
    PP(AB, "#if C or D\n" X_OBJ "#endif", "(unit)");
    PP(AB, "#if A Or D\n" X_OBJ "#endif", "(unit (codeunit 1 X))");
}

Test(preproc, and_binds_tighter_than_or)
{
    /* A or (C and D) = true; (A or C) and D would be false. */
    PP(A_ONLY, "#if A or C and D\n" X_OBJ "#endif", "(unit (codeunit 1 X))");
    /* (C and D) or A = true. */
    PP(A_ONLY, "#if C and D or A\n" X_OBJ "#endif", "(unit (codeunit 1 X))");
}

Test(preproc, not_binds_tighter_than_or)
{
    /* (not A) or B = true with A, B; not (A or B) would be false. */
    PP(AB, "#if not A or B\n" X_OBJ "#endif", "(unit (codeunit 1 X))");
    /* (not A) and B = false with A, B. */
    PP(AB, "#if not A and B\n" X_OBJ "#endif", "(unit)");
}

Test(preproc, parentheses_group)
{
    PP(AB, "#if not (A and C)\n" X_OBJ "#endif", "(unit (codeunit 1 X))");
    PP(AB, "#if not (A or C)\n" X_OBJ "#endif", "(unit)");
    PP(A_ONLY, "#if (A or C) and D\n" X_OBJ "#endif", "(unit)");
    PP(A_ONLY, "#if ((A))\n" X_OBJ "#endif", "(unit (codeunit 1 X))");
}

Test(preproc, trailing_line_comment_after_condition)
{
    PP(A_ONLY, "#if A // only with A\n" X_OBJ "#endif", "(unit (codeunit 1 X))");
}

Test(preproc, crlf_line_ends_after_directives)
{
    PP(NONE, "#define FOO\r\n#if FOO\r\n" "codeunit 1 X { }\r\n" "#else\r\n" "codeunit 2 Y { }\r\n" "#endif\r\n",
       "(unit (codeunit 1 X))");
}

Test(preproc, indented_directives_count)
{
    PP(NONE, "  #if A\n" X_OBJ "\t#endif\n" Y_OBJ, "(unit (codeunit 2 Y))");
}

/* ================================================================ #elif */

Test(preproc, elif_chain_takes_the_first_true_branch)
{
    const char *src = "#if C\n" X_OBJ "#elif A\n" Y_OBJ "#elif B\n" Z_OBJ "#else\n" W_OBJ "#endif";
    PP(AB, src, "(unit (codeunit 2 Y))");
}

Test(preproc, elif_chain_falls_to_else)
{
    const char *src = "#if C\n" X_OBJ "#elif D\n" Y_OBJ "#else\n" W_OBJ "#endif";
    PP(AB, src, "(unit (codeunit 4 W))");
}

Test(preproc, elif_after_a_true_if_is_skipped)
{
    const char *src = "#if A\n" X_OBJ "#elif B\n" Y_OBJ "#else\n" W_OBJ "#endif";
    PP(AB, src, "(unit (codeunit 1 X))");
}

Test(preproc, second_elif_is_taken_when_the_first_is_false)
{
    const char *src = "#if C\n" X_OBJ "#elif D\n" Y_OBJ "#elif B\n" Z_OBJ "#endif";
    PP(AB, src, "(unit (codeunit 3 Z))");
}

Test(preproc, elif_condition_after_a_taken_branch_is_not_evaluated)
{
    /* The malformed #elif is never looked at, as in C#. */
    PP(A_ONLY, "#if A\n" X_OBJ "#elif\n" Y_OBJ "#endif", "(unit (codeunit 1 X))");
}

/* ========================================================== nesting */

Test(preproc, nested_if_in_an_active_region)
{
    const char *src = "#if A\n#if C\n" X_OBJ "#else\n" Y_OBJ "#endif\n#endif";
    PP(AB, src, "(unit (codeunit 2 Y))");
}

Test(preproc, nested_if_inside_an_inactive_region_stays_inactive)
{
    /* C is false: the inner #if A / #else must not switch text on. */
    const char *src = "#if C\n#if A\n" X_OBJ "#else\n" Y_OBJ "#endif\n" Z_OBJ "#else\n" W_OBJ "#endif";
    PP(AB, src, "(unit (codeunit 4 W))");
}

Test(preproc, inner_else_in_an_inactive_region_stays_inactive)
{
    PP(NONE, "#if A\n#if B\n#else\n" X_OBJ "#endif\n#endif\n" Y_OBJ, "(unit (codeunit 2 Y))");
}

Test(preproc, unknown_directive_in_an_inactive_region_is_ignored)
{
    PP(NONE, "#if A\n#foo\n#define Z\n#endif\n#if Z\n" X_OBJ "#endif", "(unit)");
}

Test(preproc, malformed_condition_in_an_inactive_region_is_not_evaluated)
{
    PP(NONE, "#if A\n#if (((\n#endif\n#endif\n" X_OBJ, "(unit (codeunit 1 X))");
}

Test(preproc, if_inside_an_object_body)
{
    const char *src = "codeunit 1 X {\n#if A\n  procedure P() begin end;\n#else\n  procedure Q() begin end;\n#endif\n}";
    PP(A_ONLY, src, "(unit (codeunit 1 X (procedure P (params) (begin))))");
    PP(NONE, src, "(unit (codeunit 1 X (procedure Q (params) (begin))))");
}

Test(preproc, if_inside_a_statement_list)
{
    const char *src = "codeunit 1 X {\n  trigger OnRun()\n  begin\n#if A\n    x := 1;\n#else\n    x := 2;\n#endif\n  end;\n}";
    PP(A_ONLY, src, "(unit (codeunit 1 X (trigger OnRun (params) (begin (:= x 1)))))");
    PP(NONE, src, "(unit (codeunit 1 X (trigger OnRun (params) (begin (:= x 2)))))");
}

Test(preproc, skipped_region_may_hold_broken_code)
{
    PP(NONE, "#if A\nthis is not ' AL at all $$$\n#endif\n" X_OBJ, "(unit (codeunit 1 X))");
}

/* ===================================================== #define/#undef */

Test(preproc, define_in_the_file)
{
    PP(NONE, "#define FOO\n#if FOO\n" X_OBJ "#endif", "(unit (codeunit 1 X))");
}

Test(preproc, undef_in_the_file)
{
    PP(FOO, "#undef FOO\n#if FOO\n" X_OBJ "#endif", "(unit)");
    PP(NONE, "#define FOO\n#undef FOO\n#if FOO\n" X_OBJ "#endif", "(unit)");
}

Test(preproc, define_in_an_inactive_region_has_no_effect)
{
    PP(NONE, "#if A\n#define FOO\n#endif\n#if FOO\n" X_OBJ "#endif", "(unit)");
}

Test(preproc, define_after_use_has_no_effect_before_it)
{
    PP(NONE, "#if FOO\n" X_OBJ "#endif\n#define FOO\n#if FOO\n" Y_OBJ "#endif", "(unit (codeunit 2 Y))");
}

Test(preproc, define_does_not_leak_to_the_next_parse)
{
    al_symbols syms = {0};
    al_symbols_add(&syms, "A");
    const char *src = "#define B\n";
    al_sources set = {0};
    al_source *s = al_source_add(&set, "t.al", src, strlen(src));
    al_diags d = {0};
    al_parse_unit(s, &syms, &d);
    cr_assert(eq(u32, syms.count, 1));
    cr_assert(not(al_symbols_has(&syms, "B", 1)));
}

Test(preproc, symbols_add_and_has)
{
    al_symbols syms = {0};
    cr_assert(al_symbols_add(&syms, "X"));
    cr_assert(al_symbols_add(&syms, "X"));
    cr_assert(eq(u32, syms.count, 1));
    cr_assert(al_symbols_has(&syms, "XY", 1));
    cr_assert(not(al_symbols_has(&syms, "x", 1)));
    cr_assert(not(al_symbols_has(&syms, "XY", 2)));
}

Test(preproc, symbols_set_has_a_limit)
{
    al_symbols syms = {0};
    char name[16];
    for (int i = 0; i < AL_PARSE_MAX_SYMBOLS; i++) {
        snprintf(name, sizeof name, "S%d", i);
        cr_assert(al_symbols_add(&syms, name));
    }
    cr_assert(not(al_symbols_add(&syms, "ONE_MORE")));
    cr_assert(al_symbols_add(&syms, "S0"));         /* already present */
}

/* ============================================== ignored directives */

Test(preproc, region_endregion_and_pragma_are_ignored)
{
    PP(NONE, "  #region Helpers\n" X_OBJ "  #endregion\n#pragma warning disable AL0432\n" Y_OBJ
             "#pragma warning restore AL0432\n",
       "(unit (codeunit 1 X) (codeunit 2 Y))");
}

Test(preproc, region_inside_a_procedure)
{
    PP(NONE, "codeunit 1 X {\n  trigger OnRun()\n  begin\n    #region a\n    x := 1;\n    #endregion\n  end;\n}",
       "(unit (codeunit 1 X (trigger OnRun (params) (begin (:= x 1)))))");
}

/* ============================================================ errors */

Test(preproc, endif_without_if)
{
    PP(NONE, "#endif", "1:1: #endif without #if");
    PP(NONE, X_OBJ "  #endif", "2:3: #endif without #if");
}

Test(preproc, else_and_elif_without_if)
{
    PP(NONE, "#else\n", "1:1: #else without #if");
    PP(NONE, "#elif A\n", "1:1: #elif without #if");
}

Test(preproc, else_after_else)
{
    PP(NONE, "#if X\n#else\n#else\n#endif", "3:1: #else after #else");
}

Test(preproc, elif_after_else)
{
    PP(NONE, "#if A\n#else\n#elif B\n#endif", "3:1: #elif after #else");
}

Test(preproc, unterminated_if_points_at_the_if)
{
    PP(NONE, "#if X\n" X_OBJ, "1:1: #if without #endif");
    PP(A_ONLY, X_OBJ "#if A\n" Y_OBJ, "2:1: #if without #endif");
}

Test(preproc, unterminated_nested_ifs_report_each)
{
    const char *src = "#if A\n#if B\n";
    al_diags d = al_test_diags(src);
    cr_assert(eq(u32, d.errors, 2));
    cr_assert(eq(str, (char *)al_test_diag_at(src, d, 0), "2:1: #if without #endif"));
    cr_assert(eq(str, (char *)al_test_diag_at(src, d, 1), "1:1: #if without #endif"));
}

Test(preproc, malformed_conditions)
{
    PP(NONE, "#if X and\n#endif", "1:1: malformed preprocessor condition");
    PP(NONE, "#if (X\n#endif", "1:1: malformed preprocessor condition");
    PP(NONE, "#if X Y\n#endif", "1:1: malformed preprocessor condition");
    PP(NONE, "#if\n#endif", "1:1: malformed preprocessor condition");
    PP(NONE, "#if and X\n#endif", "1:1: malformed preprocessor condition");
    PP(NONE, "#if X = Y\n#endif", "1:1: malformed preprocessor condition");
    PP(NONE, "#if not\n#endif", "1:1: malformed preprocessor condition");
}

Test(preproc, malformed_elif_condition)
{
    PP(NONE, "#if A\n#elif B\n#elif\n#endif", "3:1: malformed preprocessor condition");
}

Test(preproc, malformed_condition_points_at_the_hash_of_an_indented_directive)
{
    PP(NONE, "codeunit 1 X {\n    #if (\n    #endif\n}", "2:5: malformed preprocessor condition");
}

Test(preproc, unknown_directive)
{
    PP(NONE, "#foo", "1:1: unknown preprocessor directive '#foo'");
    PP(NONE, X_OBJ "  #warning hello", "2:3: unknown preprocessor directive '#warning'");
}

Test(preproc, define_needs_a_symbol)
{
    PP(NONE, "#define\n", "1:1: #define needs a symbol");
    PP(NONE, "#undef\n", "1:1: #undef needs a symbol");
}

/* ======================================= directives only at line start */

Test(preproc, hash_after_code_on_a_line_is_not_a_directive)
{
    PP(NONE, "codeunit 1 A { } #if X", "1:18: unexpected character '#'");
}

Test(preproc, hash_after_a_statement_is_not_a_directive)
{
    PP(NONE, "codeunit 1 A {\n  trigger OnRun()\n  begin\n    x := 1; #endif\n  end;\n}",
       "4:13: unexpected character '#'");
}

Test(preproc, directive_in_a_comment_is_ignored)
{
    PP(NONE, "// #if A\n" X_OBJ "/*\n#endif\n*/", "(unit (codeunit 1 X))");
}

Test(preproc, directive_in_a_text_literal_is_text)
{
    PP(NONE, "codeunit 1 A {\n  trigger OnRun()\n  begin\n    x := '#if A';\n  end;\n}",
       "(unit (codeunit 1 A (trigger OnRun (params) (begin (:= x '#if A')))))");
}

Test(preproc, lone_hash_is_not_a_directive)
{
    PP(NONE, "#\n", "1:1: unexpected character '#'");
}
