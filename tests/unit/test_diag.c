/* tests/unit/test_diag.c — diagnostics: the parser's messages and
 * positions for common mistakes, error recovery, the error cap, and the
 * caret printer (grammar/diag.c). */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdlib.h>
#include <string.h>
#include "grammar/mem.h"
#include "tests/unit/testutil.h"

TestSuite(diag, .init = al_test_setup);

#define UNIT(src, want) cr_assert(eq(str, (char *)al_test_unit(src), (char *)(want)))
#define STMT(src, want) cr_assert(eq(str, (char *)al_test_stmt(src), (char *)(want)))
#define EXPR(src, want) cr_assert(eq(str, (char *)al_test_expr(src), (char *)(want)))
#define DIAG_AT(src, d, i, want) cr_assert(eq(str, (char *)al_test_diag_at((src), (d), (i)), (char *)(want)))

#define CMP_HINT "comparisons bind more loosely than 'and'/'or' and do not chain: add parentheses, e.g. (A = 1) and (B = 2)"

/* Wraps statement text in a codeunit trigger: the statements start on
 * line 4, column 5. */
static const char *in_trigger(const char *stmts)
{
    return al_sprintf("codeunit 1 C {\n  trigger OnRun()\n  begin\n    %s\n  end;\n}", stmts);
}

/* ======================================================= syntax messages */

Test(diag, missing_semicolon_between_statements)
{
    UNIT(in_trigger("x := 1\n    y := 2;"), "5:5: syntax error, unexpected identifier 'y'");
}

Test(diag, missing_semicolon_before_end_is_allowed)
{
    UNIT(in_trigger("x := 1"), "(unit (codeunit 1 C (trigger OnRun (params) (begin (:= x 1)))))");
}

Test(diag, semicolon_before_else_has_a_hint)
{
    UNIT(in_trigger("if a then\n      x := 1;\n    else\n      x := 2;"),
         "6:5: syntax error, unexpected 'else' (there is no ';' before 'else')");
    STMT("begin if a then x := 1; else x := 2; end",
         "1:25: syntax error, unexpected 'else' (there is no ';' before 'else')");
}

Test(diag, chained_comparison_in_if_has_the_parentheses_hint)
{
    UNIT(in_trigger("if A = 1 and B = 2 then\n      x := 1;"),
         "4:20: syntax error, unexpected '=' (" CMP_HINT ")");
}

Test(diag, chained_comparisons_have_the_parentheses_hint)
{
    EXPR("a = b = c", "1:7: syntax error, unexpected '=' (" CMP_HINT ")");
    EXPR("a < b < c", "1:7: syntax error, unexpected '<' (" CMP_HINT ")");
    EXPR("a <> b >= c", "1:8: syntax error, unexpected '>=' (" CMP_HINT ")");
}

Test(diag, equals_as_a_statement_suggests_assignment)
{
    UNIT(in_trigger("x = 1;"), "4:7: syntax error, unexpected '=' (use ':=' for assignment)");
    STMT("Rec.Name = 'x'", "1:10: syntax error, unexpected '=' (use ':=' for assignment)");
}

Test(diag, unknown_object_type)
{
    UNIT("widget 1 W { }", "1:1: unknown object type 'widget'");
    UNIT("codeunit 1 A { }\nwidget 2 W { }", "2:1: unknown object type 'widget'");
}

Test(diag, stray_end_inside_a_trigger)
{
    UNIT("codeunit 1 C {\n  trigger OnRun()\n  begin\n  end;\n  end;\n}",
         "5:3: syntax error, unexpected 'end'");
}

Test(diag, stray_end_inside_a_trigger_keeps_the_next_trigger)
{
    const char *src = "codeunit 1 C {\n  trigger OnRun()\n  begin\n    x := 1;\n  end;\n  end;\n"
                      "  trigger OnX()\n  begin\n  end;\n}";
    al_diags d = al_test_diags(src);
    cr_assert(eq(u32, d.count, 1));
    DIAG_AT(src, d, 0, "6:3: syntax error, unexpected 'end'");
}

Test(diag, stray_end_after_an_object)
{
    UNIT("codeunit 1 C {\n}\nend;",
         "3:1: syntax error, unexpected 'end', expecting end of file or identifier or ';'");
}

/* A stray `end;` after a complete object is one mistake: it must not make
 * the parser re-enter the finished object and report the next, valid
 * object as a second error. */
Test(diag, stray_end_after_an_object_is_reported_once)
{
    const char *src = "codeunit 1 C { }\nend;\ncodeunit 2 D { }";
    al_diags d = al_test_diags(src);
    DIAG_AT(src, d, 0, "2:1: syntax error, unexpected 'end', expecting end of file or identifier or ';'");
    cr_assert(eq(u32, d.errors, 1));
}

Test(diag, stray_end_after_an_object_keeps_the_object)
{
    const char *src = "codeunit 1 C { }\nend;";
    al_sources set = {0};
    al_source *s = al_source_add(&set, "test.al", src, strlen(src));
    al_diags d = {0};
    al_node *u = al_parse_unit(s, NULL, &d);
    cr_assert(eq(u32, d.errors, 1));
    cr_assert(eq(u32, u->as.unit.objects.count, 1));
}

/* The end-of-file token sits at the end of the text, after the last byte. */
Test(diag, unexpected_end_of_file_inside_an_object)
{
    UNIT("codeunit 1 C {", "1:15: syntax error, unexpected end of file");
}

Test(diag, missing_close_paren_in_parameter_list_lists_what_was_expected)
{
    UNIT("codeunit 1 C {\n  procedure P(\n}",
         "3:1: syntax error, unexpected '}', expecting identifier or quoted identifier or filter or 'var' or ')'");
}

Test(diag, missing_expression)
{
    UNIT(in_trigger("x := ;"), "4:10: syntax error, unexpected ';'");
}

Test(diag, integer_in_place_of_a_member)
{
    UNIT("codeunit 1 C { 5; }", "1:16: syntax error, unexpected integer");
}

Test(diag, unexpected_quoted_identifier_shows_its_spelling)
{
    UNIT(in_trigger("x := 1 \"Foo\";"), "4:12: syntax error, unexpected quoted identifier '\"Foo\"'");
}

/* =============================================== builder (semantic) errors */

Test(diag, variable_outside_a_var_section)
{
    UNIT("codeunit 1 C { x: Integer; }", "1:16: variable declaration outside a 'var' section");
}

Test(diag, attribute_before_nothing)
{
    UNIT("codeunit 1 C { [Test] }", "1:16: attribute must stand before a procedure, trigger or variable");
}

Test(diag, attribute_at_the_end_of_a_var_section)
{
    UNIT("codeunit 1 C { procedure P() var [Test] begin end; }", "1:34: attribute must stand before a variable");
}

Test(diag, access_word_before_var)
{
    UNIT("codeunit 1 C { public var x: Integer; }", "1:16: expected 'protected' before 'var', found 'public'");
}

Test(diag, access_word_before_procedure)
{
    UNIT("codeunit 1 C { public procedure P() begin end; }",
         "1:16: expected 'local', 'internal' or 'protected', found 'public'");
}

Test(diag, named_return_value_without_type)
{
    UNIT("codeunit 1 C { procedure P() R begin end; }", "1:30: named return value 'R' needs a type (R: Type)");
}

Test(diag, property_without_value)
{
    UNIT("table 1 T { Caption = ; }", "1:22: property 'Caption' has no value");
}

Test(diag, customizes_takes_one_page)
{
    UNIT("pagecustomization P customizes A, B { }", "1:35: 'customizes' takes one page");
}

Test(diag, unknown_clause_word)
{
    UNIT("codeunit 1 C foo X { }", "1:14: expected 'extends', 'implements' or 'customizes' or '{', found 'foo'");
}

Test(diag, extends_given_twice)
{
    UNIT("tableextension 1 T extends A extends B { }", "1:30: 'extends' given twice");
}

Test(diag, object_id_out_of_range)
{
    UNIT("codeunit 99999999999 C { }", "1:10: object ID is out of range");
    UNIT("codeunit 2147483648 C { }", "1:10: object ID is out of range");
}

Test(diag, unknown_member_word_in_controladdin)
{
    UNIT("controladdin A { foo Bar(); }", "1:18: expected 'event', 'procedure' or a member, found 'foo'");
}

Test(diag, unknown_top_level_word)
{
    UNIT("foo A.B;", "1:1: expected an object type, 'namespace' or 'using', found 'foo'");
}

/* The namespace/using errors point at the offending line, not at the
 * start of the file. */
Test(diag, using_after_an_object_points_at_the_using_line)
{
    UNIT("codeunit 1 C { }\nusing A;", "2:1: 'using' lines must come before the objects");
}

Test(diag, second_namespace_points_at_the_second_namespace)
{
    UNIT("namespace A;\nnamespace B;", "2:1: a file can declare only one namespace");
}

Test(diag, namespace_after_an_object_points_at_the_namespace)
{
    UNIT("codeunit 1 C { }\n\nnamespace A;", "3:1: the namespace must come before 'using' lines and objects");
}

/* ============================================================== recovery */

Test(diag, two_independent_errors_in_two_triggers_are_both_reported)
{
    const char *src = "codeunit 1 C {\n  trigger OnRun()\n  begin\n    x := ;\n  end;\n"
                      "  trigger OnX()\n  begin\n    y := 1 +;\n  end;\n}";
    al_diags d = al_test_diags(src);
    cr_assert(eq(u32, d.count, 2));
    DIAG_AT(src, d, 0, "4:10: syntax error, unexpected ';'");
    DIAG_AT(src, d, 1, "8:13: syntax error, unexpected ';'");
}

Test(diag, two_errors_in_two_objects_are_both_reported)
{
    const char *src = "codeunit 1 A {\n  trigger OnRun()\n  begin\n    x := ;\n  end;\n}\n"
                      "codeunit 2 B {\n  trigger OnRun()\n  begin\n    y := 1 +;\n  end;\n}";
    al_diags d = al_test_diags(src);
    cr_assert(eq(u32, d.count, 2));
    DIAG_AT(src, d, 0, "4:10: syntax error, unexpected ';'");
    DIAG_AT(src, d, 1, "10:13: syntax error, unexpected ';'");
}

Test(diag, recovery_keeps_the_rest_of_the_tree)
{
    const char *src = "codeunit 1 A {\n  trigger OnRun()\n  begin\n    x := ;\n  end;\n}\n"
                      "codeunit 2 B {\n  trigger OnRun()\n  begin\n    y := 1;\n  end;\n}";
    al_sources set = {0};
    al_source *s = al_source_add(&set, "test.al", src, strlen(src));
    al_diags d = {0};
    al_node *u = al_parse_unit(s, NULL, &d);
    cr_assert(eq(u32, d.count, 1));
    cr_assert(eq(str, al_ast_dump_str(u),
                 "(unit (codeunit 1 A (trigger OnRun (params) (begin)))"
                 " (codeunit 2 B (trigger OnRun (params) (begin (:= y 1)))))"));
}

Test(diag, broken_procedure_header_then_later_error)
{
    const char *src = "codeunit 1 C {\n  var\n    x: Integer;\n  procedure P(\n  begin\n  end;\n"
                      "  procedure Q()\n  begin\n    z := ;\n  end;\n}";
    al_diags d = al_test_diags(src);
    cr_assert(eq(u32, d.count, 2));
    DIAG_AT(src, d, 0, "5:3: syntax error, unexpected 'begin', expecting identifier or quoted identifier or filter or 'var' or ')'");
    DIAG_AT(src, d, 1, "9:10: syntax error, unexpected ';'");
}

Test(diag, error_inside_call_recovers_at_the_semicolon)
{
    const char *src = "codeunit 1 C {\n  trigger OnRun()\n  begin\n    Foo(1, 2;\n    x := 1\n  end;\n}";
    al_sources set = {0};
    al_source *s = al_source_add(&set, "test.al", src, strlen(src));
    al_diags d = {0};
    al_node *u = al_parse_unit(s, NULL, &d);
    cr_assert(eq(u32, d.count, 1));
    cr_assert(eq(str, al_ast_dump_str(u), "(unit (codeunit 1 C (trigger OnRun (params) (begin (:= x 1)))))"));
}

Test(diag, stmt_and_expr_entry_points_return_null_on_error)
{
    const char *src = "x := ;";
    al_sources set = {0};
    al_source *s = al_source_add(&set, "test.al", src, strlen(src));
    al_diags d = {0};
    cr_assert(eq(ptr, al_parse_stmt(s, &d), NULL));
    cr_assert(eq(u32, d.errors, 1));
    al_diags d2 = {0};
    cr_assert(eq(ptr, al_parse_expr(s, &d2), NULL));
}

/* ============================================================= error cap */

static const char *many_errors(int n)
{
    char *s = al_sprintf("codeunit 1 C {\n  trigger OnRun()\n  begin\n");
    for (int i = 0; i < n; i++) s = al_sprintf("%s    x := ;\n", s);
    return al_sprintf("%s  end;\n}", s);
}

Test(diag, error_cap_stops_after_25_errors_with_a_note)
{
    const char *src = many_errors(30);
    al_diags d = al_test_diags(src);
    cr_assert(eq(u32, d.errors, AL_PARSE_MAX_ERRORS));
    cr_assert(eq(u32, d.count, AL_PARSE_MAX_ERRORS + 1));
    DIAG_AT(src, d, 0, "4:10: syntax error, unexpected ';'");
    DIAG_AT(src, d, 24, "28:10: syntax error, unexpected ';'");
    DIAG_AT(src, d, 25, "28:10: too many errors in this file; stopping here");
    cr_assert(eq(int, d.items[25].sev, AL_SEV_NOTE));
    cr_assert(eq(int, d.items[24].sev, AL_SEV_ERROR));
}

Test(diag, exactly_25_errors_get_the_note)
{
    const char *src = many_errors(25);
    al_diags d = al_test_diags(src);
    cr_assert(eq(u32, d.errors, 25));
    cr_assert(eq(u32, d.count, 26));
    cr_assert(eq(str, (char *)d.items[25].msg, "too many errors in this file; stopping here"));
}

Test(diag, twenty_four_errors_get_no_note)
{
    const char *src = many_errors(24);
    al_diags d = al_test_diags(src);
    cr_assert(eq(u32, d.errors, 24));
    cr_assert(eq(u32, d.count, 24));
}

Test(diag, error_cap_counts_per_source)
{
    /* Errors already in the list (from another file) do not count. */
    al_diags d = {0};
    for (int i = 0; i < 10; i++) al_diag_error(&d, ((al_span){0, 0, 0}), "earlier %d", i);
    const char *src = many_errors(20);
    al_sources set = {0};
    al_source *s = al_source_add(&set, "test.al", src, strlen(src));
    al_parse_unit(s, NULL, &d);
    cr_assert(eq(u32, d.errors, 30));
    cr_assert(eq(u32, d.count, 30));
}

/* ================================================================= depth */

static char *repeat_str(const char *s, int n, const char *tail)
{
    size_t k = strlen(s), t = strlen(tail);
    char *buf = al_alloc_atomic(k * (size_t)n + t + 1);
    for (int i = 0; i < n; i++) memcpy(buf + k * (size_t)i, s, k);
    memcpy(buf + k * (size_t)n, tail, t + 1);
    return buf;
}

Test(diag, expression_nesting_limit)
{
    char *want = al_sprintf("%s%s", repeat_str("(neg ", 1999, "a"), repeat_str(")", 1999, ""));
    EXPR(repeat_str("-", 1999, "a"), want);
    EXPR(repeat_str("-", 2000, "a"), "1:1: expression is nested too deeply (more than 2000 levels)");
}

Test(diag, very_deep_parentheses_are_an_error_not_a_crash)
{
    int n = 30000;
    char *src = al_sprintf("%s%s", repeat_str("(", n, "a"), repeat_str(")", n, ""));
    al_sources set = {0};
    al_source *s = al_source_add(&set, "test.al", src, strlen(src));
    al_diags d = {0};
    cr_assert(eq(ptr, al_parse_expr(s, &d), NULL));
    cr_assert(eq(u32, d.errors, 1));
    cr_assert(eq(str, (char *)d.items[0].msg, "nesting is too deep (more than 10000 levels)"));
}

/* ======================================================= caret printing */

/* Prints diagnostics [d] of source [text] named "f.al" into a string. */
static char *print_diags(const char *text, size_t len, al_diags *d)
{
    al_sources set = {0};
    al_source_add(&set, "f.al", text, len);
    char *buf = NULL;
    size_t n = 0;
    FILE *o = open_memstream(&buf, &n);
    cr_assert(not(eq(ptr, o, NULL)));
    al_diag_print(o, &set, d);
    fclose(o);
    char *r = al_strndup(buf, n);
    free(buf);
    return r;
}

static char *print_one(const char *text, uint32_t start, uint32_t end, al_severity sev, const char *msg)
{
    al_diags d = {0};
    al_diag_add(&d, sev, ((al_span){0, start, end}), "%s", msg);
    return print_diags(text, strlen(text), &d);
}

Test(diag, print_header_line_and_caret)
{
    cr_assert(eq(str, print_one("x := 1 +;", 8, 9, AL_SEV_ERROR, "oops"),
                 "f.al:1:9: error: oops\n"
                 "    1 | x := 1 +;\n"
                 "      |         ^\n"));
}

Test(diag, print_severity_names)
{
    cr_assert(eq(str, print_one("abc", 0, 1, AL_SEV_WARNING, "w"),
                 "f.al:1:1: warning: w\n    1 | abc\n      | ^\n"));
    cr_assert(eq(str, print_one("abc", 1, 2, AL_SEV_NOTE, "n"),
                 "f.al:1:2: note: n\n    1 | abc\n      |  ^\n"));
}

Test(diag, print_tilde_under_a_multi_character_span)
{
    cr_assert(eq(str, print_one("x := Customer;", 5, 13, AL_SEV_ERROR, "m"),
                 "f.al:1:6: error: m\n    1 | x := Customer;\n      |      ^~~~~~~~\n"));
    cr_assert(eq(str, print_one("x := 1;", 2, 4, AL_SEV_ERROR, "m"),
                 "f.al:1:3: error: m\n    1 | x := 1;\n      |   ^~\n"));
}

Test(diag, print_keeps_tabs_before_the_caret)
{
    cr_assert(eq(str, print_one("\tx = 1;", 3, 4, AL_SEV_ERROR, "m"),
                 "f.al:1:4: error: m\n    1 | \tx = 1;\n      | \t  ^\n"));
    cr_assert(eq(str, print_one("x\t:= 1;", 2, 4, AL_SEV_ERROR, "m"),
                 "f.al:1:3: error: m\n    1 | x\t:= 1;\n      |  \t^~\n"));
}

Test(diag, print_counts_a_utf8_character_as_one_column)
{
    /* s := 'é' + $;   — é is two bytes, one column. */
    const char *t = "s := '\xc3\xa9' + $;";
    cr_assert(eq(str, print_one(t, 12, 13, AL_SEV_ERROR, "m"),
                 "f.al:1:12: error: m\n"
                 "    1 | s := '\xc3\xa9' + $;\n"
                 "      |            ^\n"));
}

Test(diag, print_tilde_counts_utf8_characters_in_the_span)
{
    const char *t = "s := '\xc3\xa9\xe2\x82\xac';";      /* 'é€' */
    cr_assert(eq(str, print_one(t, 5, 12, AL_SEV_ERROR, "m"),
                 "f.al:1:6: error: m\n"
                 "    1 | s := '\xc3\xa9\xe2\x82\xac';\n"
                 "      |      ^~~~\n"));
}

Test(diag, print_line_number_is_right_aligned)
{
    const char *t = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nxyz\n";
    cr_assert(eq(str, print_one(t, 23, 24, AL_SEV_ERROR, "m"),
                 "f.al:12:2: error: m\n   12 | xyz\n      |  ^\n"));
}

Test(diag, print_caret_at_end_of_file)
{
    cr_assert(eq(str, print_one("a\nlast", 6, 6, AL_SEV_ERROR, "eof"),
                 "f.al:2:5: error: eof\n    2 | last\n      |     ^\n"));
}

Test(diag, print_span_running_past_the_line_end_is_clipped)
{
    cr_assert(eq(str, print_one("ab cd\nef", 3, 8, AL_SEV_ERROR, "m"),
                 "f.al:1:4: error: m\n    1 | ab cd\n      |    ^~\n"));
}

Test(diag, print_crlf_line_without_carriage_return)
{
    cr_assert(eq(str, print_one("x := 1\r\ny = 2;\r\n", 10, 11, AL_SEV_ERROR, "m"),
                 "f.al:2:3: error: m\n    2 | y = 2;\n      |   ^\n"));
}

Test(diag, print_replaces_control_characters)
{
    cr_assert(eq(str, print_one("a\x01" "b\x7f" "c", 4, 5, AL_SEV_ERROR, "m"),
                 "f.al:1:5: error: m\n    1 | a?b?c\n      |     ^\n"));
}

Test(diag, print_unknown_file_prints_the_message_only)
{
    al_diags d = {0};
    al_diag_add(&d, AL_SEV_ERROR, ((al_span){7, 0, 0}), "no file");
    cr_assert(eq(str, print_diags("x", 1, &d), "alrun: error: no file\n"));
}

Test(diag, print_sorts_by_position_and_keeps_equal_positions_in_order)
{
    const char *t = "abc\ndef";
    al_diags d = {0};
    al_diag_add(&d, AL_SEV_ERROR, ((al_span){0, 5, 6}), "second");
    al_diag_add(&d, AL_SEV_ERROR, ((al_span){0, 0, 1}), "first");
    al_diag_add(&d, AL_SEV_NOTE, ((al_span){0, 5, 6}), "third");
    cr_assert(eq(str, print_diags(t, strlen(t), &d),
                 "f.al:1:1: error: first\n    1 | abc\n      | ^\n"
                 "f.al:2:2: error: second\n    2 | def\n      |  ^\n"
                 "f.al:2:2: note: third\n    2 | def\n      |  ^\n"));
}

Test(diag, diag_add_formats_and_counts_errors)
{
    al_diags d = {0};
    al_diag_add(&d, AL_SEV_ERROR, ((al_span){0, 0, 0}), "n=%d s=%s", 42, "x");
    al_diag_add(&d, AL_SEV_WARNING, ((al_span){0, 0, 0}), "w");
    al_diag_add(&d, AL_SEV_NOTE, ((al_span){0, 0, 0}), "n");
    for (int i = 0; i < 20; i++) al_diag_error(&d, ((al_span){0, 0, 0}), "e%d", i);
    cr_assert(eq(u32, d.count, 23));
    cr_assert(eq(u32, d.errors, 21));
    cr_assert(eq(str, (char *)d.items[0].msg, "n=42 s=x"));
    cr_assert(eq(str, (char *)d.items[22].msg, "e19"));
}

/* ------------------------------------------------------- long lines */

static char *long_line(size_t n, size_t bad)
{
    char *s = al_alloc_atomic(n + 1);
    for (size_t i = 0; i < n; i++) s[i] = (char)('a' + i % 26);
    s[bad] = '$';
    s[n] = '\0';
    return s;
}

static char *spaces(size_t n)
{
    char *s = al_alloc_atomic(n + 1);
    memset(s, ' ', n);
    s[n] = '\0';
    return s;
}

Test(diag, print_very_long_line_as_a_window_around_the_caret)
{
    size_t n = 50000, bad = 25000;
    char *t = long_line(n, bad);
    al_diags d = {0};
    al_diag_add(&d, AL_SEV_ERROR, ((al_span){0, (uint32_t)bad, (uint32_t)bad + 1}), "big");
    char *out = print_diags(t, n, &d);
    char *want = al_sprintf("f.al:1:25001: error: big\n    1 | ...%.*s...\n      |    %s^\n",
                            200, t + bad - 100, spaces(100));
    cr_assert(eq(str, out, want));
    cr_assert(lt(sz, strlen(out), (size_t)400));
}

Test(diag, print_very_long_line_error_near_the_start)
{
    size_t n = 50000;
    char *t = long_line(n, 5);
    char *out = print_one(t, 5, 6, AL_SEV_ERROR, "start");
    char *want = al_sprintf("f.al:1:6: error: start\n    1 | %.*s...\n      |      ^\n", 200, t);
    cr_assert(eq(str, out, want));
}

Test(diag, print_very_long_line_error_at_the_end)
{
    size_t n = 50000;
    char *t = long_line(n, n - 1);
    char *out = print_one(t, (uint32_t)n - 1, (uint32_t)n, AL_SEV_ERROR, "end");
    char *want = al_sprintf("f.al:1:50000: error: end\n    1 | ...%s\n      |    %s^\n",
                            t + n - 101, spaces(100));
    cr_assert(eq(str, out, want));
}

Test(diag, print_line_of_exactly_200_bytes_is_shown_whole)
{
    char *t = long_line(200, 150);
    char *out = print_one(t, 150, 151, AL_SEV_ERROR, "m");
    char *want = al_sprintf("f.al:1:151: error: m\n    1 | %s\n      | %s^\n", t, spaces(150));
    cr_assert(eq(str, out, want));
}

Test(diag, print_long_line_window_does_not_split_utf8)
{
    /* 300 two-byte characters; the caret on character 150 (byte 300). */
    char *t = al_alloc_atomic(601);
    for (int i = 0; i < 300; i++) { t[2 * i] = '\xc3'; t[2 * i + 1] = '\xa9'; }
    t[600] = '\0';
    char *out = print_one(t, 300, 302, AL_SEV_ERROR, "m");
    /* window: bytes 200..400 = characters 100..199 */
    char *want = al_sprintf("f.al:1:151: error: m\n    1 | ...%.*s...\n      |    %s^\n",
                            200, t + 200, spaces(50));
    cr_assert(eq(str, out, want));
}

Test(diag, print_parse_errors_end_to_end)
{
    const char *src = "codeunit 1 C {\n  trigger OnRun()\n  begin\n    x = 1;\n  end;\n}";
    al_sources set = {0};
    al_source *s = al_source_add(&set, "f.al", src, strlen(src));
    al_diags d = {0};
    al_parse_unit(s, NULL, &d);
    char *buf = NULL;
    size_t n = 0;
    FILE *o = open_memstream(&buf, &n);
    al_diag_print(o, &set, &d);
    fclose(o);
    cr_assert(eq(str, buf,
                 "f.al:4:7: error: syntax error, unexpected '=' (use ':=' for assignment)\n"
                 "    4 |     x = 1;\n"
                 "      |       ^\n"));
    free(buf);
}

/* A byte order mark is invisible: the caret must stand under the column
 * the header names (1:6 here), i.e. five spaces, whether or not the
 * printer echoes the BOM bytes in the source line. */
Test(diag, print_caret_on_the_first_line_of_a_file_with_a_bom)
{
    const char *t = "\xEF\xBB\xBFx := $;";
    char *out = print_one(t, 8, 9, AL_SEV_ERROR, "m");
    cr_assert(eq(str, al_strndup(out, strlen("f.al:1:6: error: m\n")), "f.al:1:6: error: m\n"));
    const char *caret = strrchr(al_strndup(out, strlen(out) - 1), '\n');
    cr_assert(not(eq(ptr, (void *)caret, NULL)));
    cr_assert(eq(str, (char *)caret + 1, "      |      ^"));
}

Test(diag, print_caret_on_the_second_line_of_a_file_with_a_bom)
{
    const char *t = "\xEF\xBB\xBFx\ny := $;";
    cr_assert(eq(str, print_one(t, 10, 11, AL_SEV_ERROR, "m"),
                 "f.al:2:6: error: m\n    2 | y := $;\n      |      ^\n"));
}

/* ====================================== structural checks in builder.c */

Test(diag, missing_semicolon_between_properties_is_reported_on_the_next_property)
{
    UNIT("table 1 T\n{\n    Caption = 'Bad'\n    DataClassification = CustomerContent;\n}",
         "4:5: syntax error, unexpected identifier 'DataClassification' (is a ';' or ',' missing before it?)");
}

Test(diag, missing_semicolon_after_an_identifier_value)
{
    UNIT("page 1 P\n{\n    PageType = Card\n    SourceTable = Customer;\n}",
         "4:5: syntax error, unexpected identifier 'SourceTable' (is a ';' or ',' missing before it?)");
}

Test(diag, missing_separator_in_field_arguments)
{
    UNIT("table 1 T\n{\n    fields\n    {\n        field(1 \"No.\"; Code[20]) { }\n    }\n}",
         "5:17: syntax error, unexpected quoted identifier \"No.\" (is a ';' or ',' missing before it?)");
}

Test(diag, permission_words_may_be_followed_by_name_equals_permission)
{
    UNIT("permissionset 1 P { Permissions = tabledata Customer = RIMD, codeunit \"X\" = X; }",
         "(unit (permissionset 1 P (property Permissions (juxt tabledata (= Customer RIMD))"
         " (juxt codeunit (= \"X\" X)))))");
}

Test(diag, name_equals_after_a_non_permission_word_is_an_error)
{
    UNIT("page 1 P { Caption = Foo X = Y; }",
         "1:26: syntax error, unexpected identifier 'X' (is a ';' or ',' missing before it?)");
}

Test(diag, field_inside_field_points_at_the_missing_brace)
{
    UNIT("table 1 T\n{\n    fields\n    {\n        field(1; A; Integer)\n        {\n"
         "        field(2; B; Integer) { }\n    }\n}",
         "7:9: 'field' cannot contain 'field': is a '}' missing before it?");
}

Test(diag, attribute_before_a_property_is_an_error)
{
    UNIT("codeunit 1 C\n{\n    [Test]\n    Subtype = Test;\n}",
         "3:5: attribute must stand before a procedure, trigger or variable");
}

Test(diag, missing_semicolon_after_a_declaration_has_a_hint)
{
    UNIT("codeunit 1 C\n{\n    var\n        x: Integer\n        y: Text;\n}",
         "5:10: syntax error, unexpected ':' (is a ';' missing at the end of the declaration before it?)");
}

Test(diag, unexpected_end_of_file_points_at_the_end_of_the_text)
{
    UNIT("codeunit 1 C {\n trigger OnRun() begin x := 1 +", "2:32: syntax error, unexpected end of file");
}
