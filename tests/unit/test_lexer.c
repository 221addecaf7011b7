/* tests/unit/test_lexer.c — the scanner (grammar/lexer.l), tested through
 * the parser entry points and the token count of al_parse_lex_only, since
 * the scanner has no public API of its own. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <string.h>
#include "tests/unit/testutil.h"

TestSuite(lexer, .init = al_test_setup);

#define EXPR(src, want) cr_assert(eq(str, (char *)al_test_expr(src), (char *)(want)))
#define STMT(src, want) cr_assert(eq(str, (char *)al_test_stmt(src), (char *)(want)))
#define UNIT(src, want) cr_assert(eq(str, (char *)al_test_unit(src), (char *)(want)))

/* The expression node of [text], which must parse without diagnostics. */
static al_node *parse_expr_node(const char *text)
{
    al_sources set = {0};
    al_source *src = al_source_add(&set, "test.al", text, strlen(text));
    al_diags d = {0};
    al_node *n = al_parse_expr(src, &d);
    cr_assert(eq(u32, d.count, 0));
    cr_assert(not(eq(ptr, n, NULL)));
    return n;
}

/* The value of a literal or name node as a fresh string. */
static char *lit_text(const al_node *n)
{
    static char buf[256];
    uint32_t len = n->kind == AST_NAME ? n->as.name.len : n->as.lit.len;
    const char *s = n->kind == AST_NAME ? n->as.name.text : n->as.lit.text;
    cr_assert(lt(u32, len, sizeof buf));
    memcpy(buf, s, len);
    buf[len] = '\0';
    return buf;
}

static uint64_t lex_count(const char *text)
{
    al_sources set = {0};
    al_source *src = al_source_add(&set, "test.al", text, strlen(text));
    al_diags d = {0};
    return al_parse_lex_only(src, NULL, &d);
}

/* ------------------------------------------------------------ identifiers */

Test(lexer, plain_identifier_is_a_name)
{
    EXPR("Customer", "Customer");
    EXPR("_x1", "_x1");
    EXPR("abc123", "abc123");
}

Test(lexer, identifier_may_contain_utf8_letters)
{
    EXPR("\xc3\x9cn\xc3\xaf" "code", "\xc3\x9cn\xc3\xaf" "code");
}

Test(lexer, identifier_node_is_unquoted)
{
    al_node *n = parse_expr_node("Customer");
    cr_assert(eq(int, n->kind, AST_NAME));
    cr_assert(eq(int, n->op, 0));
    cr_assert(eq(str, lit_text(n), "Customer"));
}

Test(lexer, keywords_are_case_insensitive)
{
    STMT("begin end", "(begin)");
    STMT("BEGIN END", "(begin)");
    STMT("Begin End", "(begin)");
    STMT("BEGIN x := 1; END", "(begin (:= x 1))");
    STMT("If A Then B", "(if A B)");
    EXPR("a AND b", "(and a b)");
    EXPR("a Or b", "(or a b)");
    EXPR("NOT a", "(not a)");
    EXPR("a DIV b", "(div a b)");
    EXPR("a Mod b", "(mod a b)");
    EXPR("a XOR b", "(xor a b)");
    EXPR("TRUE", "true");
    EXPR("False", "false");
}

Test(lexer, keyword_is_not_an_expression)
{
    EXPR("begin", "1:1: syntax error, unexpected 'begin'");
    EXPR("BEGIN", "1:1: syntax error, unexpected 'begin'");
    EXPR("Begin", "1:1: syntax error, unexpected 'begin'");
}

Test(lexer, keyword_prefix_of_a_longer_word_is_an_identifier)
{
    EXPR("beginx", "beginx");
    STMT("ifx := 1", "(:= ifx 1)");
    STMT("endif := 2", "(:= endif 2)");
    EXPR("orders", "orders");
}

Test(lexer, quoted_identifier_keeps_spaces_and_dots)
{
    EXPR("\"No.\"", "\"No.\"");
    EXPR("\"Sales Header\"", "\"Sales Header\"");
}

Test(lexer, quoted_identifier_node_is_marked_quoted_without_quotes)
{
    al_node *n = parse_expr_node("\"Sell-to Customer No.\"");
    cr_assert(eq(int, n->kind, AST_NAME));
    cr_assert(eq(int, n->op, 1));
    cr_assert(eq(str, lit_text(n), "Sell-to Customer No."));
}

Test(lexer, quoted_keyword_is_a_name)
{
    EXPR("\"begin\"", "\"begin\"");
    STMT("\"end\" := 1", "(:= \"end\" 1)");
}

Test(lexer, words_that_are_not_keywords_stay_identifiers)
{
    const char *words[] = {"Codeunit", "Page", "Record", "Integer", "local", "internal",
                           "protected", "temporary", "break", "continue", "this", "event",
                           "Table", "Report", "Text", "Code", "extends", "implements"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        EXPR(words[i], words[i]);
}

Test(lexer, non_keywords_can_be_assigned_to)
{
    STMT("Codeunit := Page + Record", "(:= Codeunit (+ Page Record))");
    STMT("this := 1", "(:= this 1)");
    STMT("temporary := local", "(:= temporary local)");
    STMT("event := internal", "(:= event internal)");
}

Test(lexer, filter_alone_is_a_plain_name)
{
    EXPR("filter", "filter");
    EXPR("Filter", "Filter");
    EXPR("FILTER", "FILTER");
}

Test(lexer, filter_followed_by_paren_is_filter_text_in_any_case)
{
    EXPR("filter(<>0)", "(filter '<>0')");
    EXPR("FILTER(<>0)", "(filter '<>0')");
}

/* ---------------------------------------------------------- text literals */

Test(lexer, text_literal_dumps_with_quotes_doubled)
{
    EXPR("'abc'", "'abc'");
    EXPR("'it''s'", "'it''s'");
    EXPR("''", "''");
}

Test(lexer, text_literal_value_is_unescaped)
{
    al_node *n = parse_expr_node("'it''s'");
    cr_assert(eq(int, n->kind, AST_TEXT));
    cr_assert(eq(u32, n->as.lit.len, 4));
    cr_assert(eq(str, lit_text(n), "it's"));
}

Test(lexer, text_literal_of_two_doubled_quotes_holds_two_quotes)
{
    al_node *n = parse_expr_node("'a''''b'");
    cr_assert(eq(str, lit_text(n), "a''b"));
    cr_assert(eq(u32, n->as.lit.len, 4));
}

Test(lexer, empty_text_literal_has_length_zero)
{
    al_node *n = parse_expr_node("''");
    cr_assert(eq(int, n->kind, AST_TEXT));
    cr_assert(eq(u32, n->as.lit.len, 0));
}

Test(lexer, text_literal_consisting_of_one_quote)
{
    al_node *n = parse_expr_node("''''");
    cr_assert(eq(str, lit_text(n), "'"));
}

Test(lexer, comment_markers_inside_text_are_text)
{
    EXPR("'http://x/*y*/'", "'http://x/*y*/'");
    al_node *n = parse_expr_node("'a // b'");
    cr_assert(eq(str, lit_text(n), "a // b"));
}

Test(lexer, double_quote_inside_text_is_text)
{
    EXPR("'say \"hi\"'", "'say \"hi\"'");
}

/* ---------------------------------------------------------------- numbers */

Test(lexer, integer_literal)
{
    EXPR("123", "123");
    EXPR("0", "0");
    cr_assert(eq(int, parse_expr_node("42")->kind, AST_INT));
    cr_assert(eq(i64, parse_expr_node("42")->as.ival.value, 42));
}

Test(lexer, largest_integer_literal_fits)
{
    EXPR("9223372036854775807", "9223372036854775807");
}

Test(lexer, integer_literal_too_large_is_an_error)
{
    EXPR("9223372036854775808", "1:1: integer literal is too large");
    EXPR("x + 99999999999999999999", "1:5: integer literal is too large");
}

Test(lexer, big_integer_literal_with_l_suffix)
{
    EXPR("123L", "123L");
    EXPR("123l", "123L");
    al_node *n = parse_expr_node("123L");
    cr_assert(eq(int, n->kind, AST_BIGINT));
    cr_assert(eq(i64, n->as.ival.value, 123));
}

Test(lexer, decimal_literal)
{
    EXPR("1.5", "1.5");
    EXPR("0.001", "0.001");
    al_node *n = parse_expr_node("3.25");
    cr_assert(eq(int, n->kind, AST_DECIMAL));
    cr_assert(eq(str, lit_text(n), "3.25"));
}

Test(lexer, date_literals)
{
    EXPR("20240131D", "20240131D");
    EXPR("0D", "0D");
    EXPR("0d", "0D");
    al_node *n = parse_expr_node("20240131D");
    cr_assert(eq(int, n->kind, AST_DATE));
    cr_assert(eq(str, lit_text(n), "20240131"));
}

Test(lexer, time_literals)
{
    EXPR("120000T", "120000T");
    EXPR("120000.5T", "120000.5T");
    EXPR("0T", "0T");
    al_node *n = parse_expr_node("120000.5T");
    cr_assert(eq(int, n->kind, AST_TIME));
    cr_assert(eq(str, lit_text(n), "120000.5"));
}

Test(lexer, datetime_literal)
{
    EXPR("0DT", "0DT");
    EXPR("0dt", "0DT");
    al_node *n = parse_expr_node("0DT");
    cr_assert(eq(int, n->kind, AST_DATETIME));
    cr_assert(eq(str, lit_text(n), "0"));
}

Test(lexer, range_of_integers_lexes_as_int_dotdot_int)
{
    cr_assert(eq(u64, lex_count("1..5"), 3));
    EXPR("[1..5]", "(list (.. 1 5))");
    /* `1..5` alone is not an expression: the error is at the '..', which
     * shows that `1.` was not taken as a decimal. */
    EXPR("1..5", "1:2: syntax error, unexpected '..'");
}

Test(lexer, decimal_followed_by_dot_number)
{
    cr_assert(eq(u64, lex_count("1.5"), 1));
    cr_assert(eq(u64, lex_count("1.5.3"), 3));
}

Test(lexer, number_followed_by_letters_is_two_tokens)
{
    cr_assert(eq(u64, lex_count("123abc"), 2));
    cr_assert(eq(u64, lex_count("abc123"), 1));
}

/* -------------------------------------------------------------- operators */

Test(lexer, assignment_operators)
{
    STMT("x := 1", "(:= x 1)");
    STMT("x:=1", "(:= x 1)");
    STMT("x += 1", "(+= x 1)");
    STMT("x -= 1", "(-= x 1)");
    STMT("x *= 2", "(*= x 2)");
    STMT("x /= 2", "(/= x 2)");
}

Test(lexer, two_character_comparisons)
{
    EXPR("a <> b", "(<> a b)");
    EXPR("a<>b", "(<> a b)");
    EXPR("a <= b", "(<= a b)");
    EXPR("a>=b", "(>= a b)");
}

Test(lexer, double_colon_is_one_token)
{
    EXPR("A::B", "(:: A B)");
    cr_assert(eq(u64, lex_count("x::y"), 3));
}

Test(lexer, compound_operator_token_counts)
{
    cr_assert(eq(u64, lex_count(":= += -= *= /= <> <= >= .. ::"), 10));
    cr_assert(eq(u64, lex_count("a:=b"), 3));
    cr_assert(eq(u64, lex_count("a<=b>=c"), 5));
    cr_assert(eq(u64, lex_count("a...b"), 4));
}

Test(lexer, single_character_punctuation_is_one_token_each)
{
    cr_assert(eq(u64, lex_count("+ - * / = < > . , ; : ( ) [ ] { } ? | & @ %"), 22));
}

/* --------------------------------------------------------------- comments */

Test(lexer, line_comment_is_skipped)
{
    EXPR("x // comment", "x");
    cr_assert(eq(u64, lex_count("x // y z"), 1));
}

Test(lexer, block_comment_is_skipped)
{
    EXPR("/* c */ x", "x");
    EXPR("x /* y */ + z", "(+ x z)");
    EXPR("/* multi\nline */ x", "x");
    EXPR("/**/x", "x");
    EXPR("/* a ** b */ x", "x");
    cr_assert(eq(u64, lex_count("/***/ x"), 1));
}

Test(lexer, doc_comment_is_skipped)
{
    EXPR("/// <summary>doc</summary>\nx", "x");
}

Test(lexer, comment_inside_a_statement_list)
{
    STMT("begin // first\n  x := 1; /* second */ y := 2;\nend", "(begin (:= x 1) (:= y 2))");
}

/* -------------------------------------------------------------------- BOM */

Test(lexer, utf8_bom_is_skipped)
{
    UNIT("\xEF\xBB\xBF" "codeunit 50100 X { }", "(unit (codeunit 50100 X))");
}

/* A BOM is invisible in an editor: the first character after it is in
 * column 1. */
Test(lexer, utf8_bom_does_not_count_as_a_column)
{
    UNIT("\xEF\xBB\xBF$", "1:1: unexpected character '$'");
}

Test(lexer, lex_only_skips_the_bom_too)
{
    cr_assert(eq(u64, lex_count("\xEF\xBB\xBF x"), 1));
}

/* ------------------------------------------------------------ diagnostics */

Test(lexer, unterminated_text_literal)
{
    EXPR("'abc", "1:1: unterminated text literal");
    UNIT("codeunit 1 X {\n  trigger OnRun()\n  begin\n    x := 'abc\n  end;\n}",
         "4:10: unterminated text literal");
}

Test(lexer, unterminated_text_literal_stops_at_the_line_end)
{
    /* The rest of the file is still scanned: only one diagnostic. */
    al_diags d = al_test_diags("codeunit 1 X {\n  trigger OnRun()\n  begin\n    x := 'abc\n  end;\n}");
    cr_assert(eq(u32, d.count, 1));
}

Test(lexer, unterminated_quoted_identifier)
{
    EXPR("\"abc", "1:1: unterminated quoted identifier");
    UNIT("codeunit 1 X {\n  trigger OnRun()\n  begin\n    x := \"abc\n  end;\n}",
         "4:10: unterminated quoted identifier");
}

Test(lexer, unterminated_block_comment_points_at_its_start)
{
    EXPR("/* abc", "1:1: unterminated comment");
    UNIT("codeunit 1 X {\n  /* never closed\n}", "2:3: unterminated comment");
}

Test(lexer, unexpected_printable_character)
{
    EXPR("$", "1:1: unexpected character '$'");
    STMT("x := $", "1:6: unexpected character '$'");
    EXPR("a\n  $", "2:3: unexpected character '$'");
}

Test(lexer, unexpected_control_byte)
{
    STMT("x := \x01", "1:6: unexpected byte 0x01");
    EXPR("x\x7f", "1:2: unexpected byte 0x7f");
}

Test(lexer, unexpected_character_is_reported_by_lex_only)
{
    al_sources set = {0};
    al_source *src = al_source_add(&set, "test.al", "a$b", 3);
    al_diags d = {0};
    cr_assert(eq(u64, al_parse_lex_only(src, NULL, &d), 2));
    cr_assert(eq(u32, d.count, 1));
    cr_assert(eq(str, (char *)al_test_diag_at("a$b", d, 0), "1:2: unexpected character '$'"));
}

Test(lexer, tab_and_carriage_return_are_whitespace)
{
    EXPR("a\t+\r\nb", "(+ a b)");
    cr_assert(eq(u64, lex_count("\t\r\n\f\v"), 0));
}
