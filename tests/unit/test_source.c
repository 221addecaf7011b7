/* tests/unit/test_source.c — source texts and positions (grammar/source.c):
 * offset → line:column, line texts, CRLF, missing trailing newline. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "grammar/mem.h"
#include "tests/unit/testutil.h"

TestSuite(source, .init = al_test_setup);

static al_source *src_of(const char *text)
{
    static al_sources set;
    set = (al_sources){0};
    return al_source_add(&set, "t.al", text, strlen(text));
}

/* "line:col" of [off], as a string for readable failures. */
static char *lc(al_source *s, uint32_t off)
{
    al_linecol p = al_source_linecol(s, off);
    return al_sprintf("%u:%u", p.line, p.col);
}

/* Line [n] of [s] as a fresh string. */
static char *line(al_source *s, uint32_t n)
{
    uint32_t len = 12345;
    const char *p = al_source_line(s, n, &len);
    return al_strndup(p, len);
}

static uint32_t line_len(al_source *s, uint32_t n)
{
    uint32_t len = 12345;
    al_source_line(s, n, &len);
    return len;
}

/* ============================================================ linecol */

Test(source, first_offset_is_line_1_column_1)
{
    cr_assert(eq(str, lc(src_of("abc\ndef\n"), 0), "1:1"));
}

Test(source, offsets_within_the_first_line)
{
    al_source *s = src_of("abc\ndef\n");
    cr_assert(eq(str, lc(s, 1), "1:2"));
    cr_assert(eq(str, lc(s, 2), "1:3"));
    cr_assert(eq(str, lc(s, 3), "1:4"));          /* the '\n' itself */
}

Test(source, offsets_in_middle_lines)
{
    al_source *s = src_of("abc\ndef\nghij\nk");
    cr_assert(eq(str, lc(s, 4), "2:1"));
    cr_assert(eq(str, lc(s, 6), "2:3"));
    cr_assert(eq(str, lc(s, 8), "3:1"));
    cr_assert(eq(str, lc(s, 11), "3:4"));
}

Test(source, last_offset_and_end_of_text)
{
    al_source *s = src_of("abc\ndef\nghij\nk");
    cr_assert(eq(str, lc(s, 13), "4:1"));          /* 'k' */
    cr_assert(eq(str, lc(s, 14), "4:2"));          /* end of text */
}

Test(source, offset_past_the_end_is_clamped)
{
    al_source *s = src_of("ab\ncd");
    cr_assert(eq(str, lc(s, 1000), "2:3"));
}

Test(source, empty_lines_have_their_own_numbers)
{
    al_source *s = src_of("a\n\n\nb");
    cr_assert(eq(str, lc(s, 2), "2:1"));
    cr_assert(eq(str, lc(s, 3), "3:1"));
    cr_assert(eq(str, lc(s, 4), "4:1"));
}

Test(source, offset_after_trailing_newline_is_on_a_new_line)
{
    al_source *s = src_of("ab\n");
    cr_assert(eq(str, lc(s, 3), "2:1"));
}

Test(source, empty_source)
{
    al_source *s = src_of("");
    cr_assert(eq(str, lc(s, 0), "1:1"));
    cr_assert(eq(str, line(s, 1), ""));
    cr_assert(eq(u32, line_len(s, 1), 0));
}

Test(source, tab_counts_as_one_column)
{
    al_source *s = src_of("\t\tx");
    cr_assert(eq(str, lc(s, 2), "1:3"));
}

Test(source, utf8_character_counts_as_one_column)
{
    /* 'é' is 2 bytes, '€' is 3 bytes, '😀' is 4 bytes. */
    al_source *s = src_of("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80x");
    cr_assert(eq(str, lc(s, 2), "1:2"));
    cr_assert(eq(str, lc(s, 5), "1:3"));
    cr_assert(eq(str, lc(s, 9), "1:4"));
}

Test(source, utf8_on_a_later_line)
{
    al_source *s = src_of("x\n'\xc3\xa9' y");
    cr_assert(eq(str, lc(s, 7), "2:5"));           /* 'y' */
}

/* =============================================================== CRLF */

Test(source, crlf_lines)
{
    al_source *s = src_of("ab\r\ncd\r\nef");
    cr_assert(eq(str, lc(s, 0), "1:1"));
    cr_assert(eq(str, lc(s, 2), "1:3"));           /* '\r' */
    cr_assert(eq(str, lc(s, 4), "2:1"));
    cr_assert(eq(str, lc(s, 5), "2:2"));
    cr_assert(eq(str, lc(s, 8), "3:1"));
    cr_assert(eq(str, lc(s, 9), "3:2"));
}

Test(source, crlf_line_text_has_no_carriage_return)
{
    al_source *s = src_of("ab\r\ncd\r\nef");
    cr_assert(eq(str, line(s, 1), "ab"));
    cr_assert(eq(str, line(s, 2), "cd"));
    cr_assert(eq(str, line(s, 3), "ef"));
    cr_assert(eq(u32, line_len(s, 1), 2));
}

Test(source, crlf_file_with_trailing_line_break)
{
    al_source *s = src_of("ab\r\n");
    cr_assert(eq(str, line(s, 1), "ab"));
    cr_assert(eq(str, line(s, 2), ""));
    cr_assert(eq(str, lc(s, 4), "2:1"));
}

Test(source, lone_carriage_return_is_not_a_line_break)
{
    al_source *s = src_of("a\rb\nc");
    cr_assert(eq(str, lc(s, 2), "1:3"));
    cr_assert(eq(str, lc(s, 4), "2:1"));
}

Test(source, crlf_positions_from_the_parser)
{
    const char *text = "codeunit 1 C {\r\n  trigger OnRun()\r\n  begin\r\n    x = 1;\r\n  end;\r\n}\r\n";
    cr_assert(eq(str, (char *)al_test_unit(text), "4:7: syntax error, unexpected '=' (use ':=' for assignment)"));
}

/* ========================================================= line texts */

Test(source, line_texts)
{
    al_source *s = src_of("first\nsecond line\n\nlast");
    cr_assert(eq(str, line(s, 1), "first"));
    cr_assert(eq(str, line(s, 2), "second line"));
    cr_assert(eq(str, line(s, 3), ""));
    cr_assert(eq(str, line(s, 4), "last"));
    cr_assert(eq(u32, line_len(s, 2), 11));
}

Test(source, line_points_into_the_source_text)
{
    al_source *s = src_of("ab\ncd");
    uint32_t len;
    const char *p = al_source_line(s, 2, &len);
    cr_assert(eq(ptr, (void *)p, (void *)(s->text + 3)));
}

Test(source, last_line_without_trailing_newline)
{
    al_source *s = src_of("a\nlast line");
    cr_assert(eq(str, line(s, 2), "last line"));
    cr_assert(eq(u32, line_len(s, 2), 9));
    cr_assert(eq(str, lc(s, 11), "2:10"));
}

Test(source, file_with_trailing_newline_has_an_empty_last_line)
{
    al_source *s = src_of("a\nb\n");
    cr_assert(eq(str, line(s, 2), "b"));
    cr_assert(eq(str, line(s, 3), ""));
    cr_assert(eq(u32, line_len(s, 3), 0));
}

Test(source, line_out_of_range_is_empty)
{
    al_source *s = src_of("a\nb");
    cr_assert(eq(str, line(s, 0), ""));
    cr_assert(eq(u32, line_len(s, 0), 0));
    cr_assert(eq(str, line(s, 3), ""));
    cr_assert(eq(u32, line_len(s, 3), 0));
    cr_assert(eq(u32, line_len(s, 100000), 0));
}

Test(source, line_before_linecol_builds_the_index)
{
    al_source *s = src_of("x\ny\nz");
    cr_assert(eq(str, line(s, 3), "z"));
    cr_assert(eq(u32, s->nlines, 3));
}

Test(source, many_lines)
{
    char *text = al_sprintf("%s", "");
    for (int i = 1; i <= 1000; i++) text = al_sprintf("%sline %d\n", text, i);
    al_source *s = src_of(text);
    cr_assert(eq(str, line(s, 1), "line 1"));
    cr_assert(eq(str, line(s, 500), "line 500"));
    cr_assert(eq(str, line(s, 1000), "line 1000"));
    uint32_t off = (uint32_t)(strstr(text, "line 777\n") - text);
    cr_assert(eq(str, lc(s, off + 5), "777:6"));
}

/* ======================================================= the source set */

Test(source, add_copies_the_text_and_terminates_it)
{
    char buf[] = "abc";
    al_sources set = {0};
    al_source *s = al_source_add(&set, "n.al", buf, 3);
    buf[0] = 'X';
    cr_assert(eq(str, (char *)s->text, "abc"));
    cr_assert(eq(u32, s->len, 3));
    cr_assert(eq(str, (char *)s->name, "n.al"));
}

Test(source, add_keeps_embedded_nul_bytes)
{
    al_sources set = {0};
    al_source *s = al_source_add(&set, "n.al", "a\0b\nc", 5);
    cr_assert(eq(u32, s->len, 5));
    cr_assert(eq(int, s->text[2], 'b'));
    cr_assert(eq(str, lc(s, 4), "2:1"));
}

Test(source, sources_are_numbered_in_order)
{
    al_sources set = {0};
    al_source *a = NULL, *last = NULL;
    for (int i = 0; i < 40; i++) {
        last = al_source_add(&set, al_sprintf("f%d.al", i), "x", 1);
        if (i == 0) a = last;
    }
    cr_assert(eq(u32, a->id, 0));
    cr_assert(eq(u32, last->id, 39));
    cr_assert(eq(u32, set.count, 40));
    cr_assert(eq(ptr, al_source_get(&set, 0), a));
    cr_assert(eq(ptr, al_source_get(&set, 39), last));
    cr_assert(eq(ptr, al_source_get(&set, 40), NULL));
}

Test(source, read_a_file)
{
    char path[] = "/tmp/alrun_test_source_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(ge(int, fd, 0));
    const char *text = "codeunit 1 C { }\r\nlast";
    cr_assert(eq(sz, (size_t)write(fd, text, strlen(text)), strlen(text)));
    close(fd);
    al_sources set = {0};
    al_source *s = al_source_read(&set, path);
    unlink(path);
    cr_assert(not(eq(ptr, s, NULL)));
    cr_assert(eq(str, (char *)s->text, (char *)text));
    cr_assert(eq(str, (char *)s->name, path));
    cr_assert(eq(str, line(s, 1), "codeunit 1 C { }"));
    cr_assert(eq(str, line(s, 2), "last"));
}

Test(source, read_a_missing_file_fails_with_errno)
{
    al_sources set = {0};
    errno = 0;
    cr_assert(eq(ptr, al_source_read(&set, "/nonexistent/dir/x.al"), NULL));
    cr_assert(eq(int, errno, ENOENT));
    cr_assert(eq(u32, set.count, 0));
}

Test(source, read_an_empty_file)
{
    char path[] = "/tmp/alrun_test_source_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(ge(int, fd, 0));
    close(fd);
    al_sources set = {0};
    al_source *s = al_source_read(&set, path);
    unlink(path);
    cr_assert(not(eq(ptr, s, NULL)));
    cr_assert(eq(u32, s->len, 0));
    cr_assert(eq(str, lc(s, 0), "1:1"));
}

Test(source, read_a_file_larger_than_the_first_buffer)
{
    char path[] = "/tmp/alrun_test_source_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(ge(int, fd, 0));
    size_t n = 200000;
    char *big = al_alloc_atomic(n);
    for (size_t i = 0; i < n; i++) big[i] = (i % 100 == 99) ? '\n' : 'a';
    cr_assert(eq(sz, (size_t)write(fd, big, n), n));
    close(fd);
    al_sources set = {0};
    al_source *s = al_source_read(&set, path);
    unlink(path);
    cr_assert(not(eq(ptr, s, NULL)));
    cr_assert(eq(u32, s->len, (uint32_t)n));
    cr_assert(eq(int, memcmp(s->text, big, n), 0));
    cr_assert(eq(str, lc(s, (uint32_t)n - 1), "2000:100"));
}
