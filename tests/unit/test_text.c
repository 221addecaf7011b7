/* tests/unit/test_text.c — AL Text/Code values and text functions
 * (interp/text.c): UTF-8 counting, Text[n]/Code[n], the classic functions,
 * the Text methods and every error text. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <string.h>
#include "grammar/mem.h"
#include "interp/text.h"
#include "tests/unit/testutil.h"

TestSuite(text, .init = al_test_setup);

#define OMIT AL_TEXT_OMIT

/* The last failure, for the E() checks. */
static al_fail fl;

static const al_text *T(const char *s) { return al_text_cstr(s); }

/* The bytes of a result, or a marker with the failure text when NULL, so
 * an unexpected failure reads well instead of crashing the test. */
static char *S(const al_text *t)
{
    if (!t) return al_sprintf("<failed: %s>", fl.msg ? fl.msg : "?");
    return al_strndup(t->s, t->len);
}

/* The failure text after a call that should have failed (NULL result). */
static const char *E(const void *result)
{
    if (result) return "<did not fail>";
    return fl.msg ? fl.msg : "<no message>";
}

static const char *EB(bool ok)
{
    if (ok) return "<did not fail>";
    return fl.msg ? fl.msg : "<no message>";
}

#define RANGE(v, p, fn, must) \
    "The value " #v " of the " p " parameter of " fn " is out of range. It must be " must "."

/* ============================================================ construction */

Test(text, ascii_lengths)
{
    const al_text *t = T("Hello");
    cr_assert(eq(u32, t->len, 5));
    cr_assert(eq(u32, t->nchars, 5));
    cr_assert(eq(str, S(t), "Hello"));
    cr_assert(eq(int, t->s[5], 0));
}

Test(text, utf8_two_byte_counts_one)
{
    const al_text *t = T("\xC3\xA9");            /* é */
    cr_assert(eq(u32, t->len, 2));
    cr_assert(eq(u32, t->nchars, 1));
}

Test(text, utf8_three_and_four_byte)
{
    cr_assert(eq(u32, T("日本")->nchars, 2));
    cr_assert(eq(u32, T("日本")->len, 6));
    /* An emoji is 2 UTF-16 units in BC, one code point here (docs/text.md). */
    cr_assert(eq(u32, T("\xF0\x9F\x98\x80")->nchars, 1));
    cr_assert(eq(int, al_text_strlen(T("a\xF0\x9F\x98\x80z")), 3));
}

Test(text, invalid_bytes_count_one_each)
{
    cr_assert(eq(u32, T("\xFF")->nchars, 1));
    cr_assert(eq(u32, T("a\xC3")->nchars, 2));                 /* truncated é */
    cr_assert(eq(u32, T("\xE2\x82")->nchars, 2));              /* truncated € */
    cr_assert(eq(u32, T("\xC0\xAF")->nchars, 2));              /* overlong '/' */
    cr_assert(eq(u32, T("\xED\xA0\x80")->nchars, 3));          /* encoded surrogate */
    cr_assert(eq(u32, T("\xF4\x90\x80\x80")->nchars, 4));      /* past U+10FFFF */
    cr_assert(eq(u32, T("\xA9x")->nchars, 2));                 /* stray continuation */
}

Test(text, empty_is_the_shared_constant)
{
    cr_assert(eq(ptr, (void *)al_text_cstr(""), (void *)AL_TEXT_EMPTY));
    cr_assert(eq(ptr, (void *)al_text_new(NULL, 0), (void *)AL_TEXT_EMPTY));
    cr_assert(eq(u32, AL_TEXT_EMPTY->len, 0));
    cr_assert(eq(str, (char *)AL_TEXT_EMPTY->s, ""));
}

Test(text, new_copies_exactly_len_bytes)
{
    const char buf[] = "abcdef";
    cr_assert(eq(str, S(al_text_new(buf, 3)), "abc"));
}

Test(text, concat)
{
    cr_assert(eq(str, S(al_text_concat(T("ab"), T("cd"), &fl)), "abcd"));
    const al_text *a = T("x");
    cr_assert(eq(ptr, (void *)al_text_concat(a, AL_TEXT_EMPTY, &fl), (void *)a));
    cr_assert(eq(ptr, (void *)al_text_concat(AL_TEXT_EMPTY, a, &fl), (void *)a));
    cr_assert(eq(u32, al_text_concat(T("é"), T("日"), &fl)->nchars, 2));
}

/* al_text_append: in place only for the owner, while nobody shared it. */
Test(text, append_grows_in_place_for_its_owner)
{
    int slot, other;                                  /* two variables' identities */
    const al_text *a = al_text_append(AL_TEXT_EMPTY, 0, 0, T("ab"), &slot, &fl);
    cr_assert(eq(str, S(a), "ab"));
    cr_assert(eq(ptr, (void *)a->owner, &slot));
    cr_assert(a->cap >= 32);
    const al_text *b = al_text_append(a, a->len, a->nchars, T("cé"), &slot, &fl);
    cr_assert(eq(ptr, (void *)b, (void *)a));         /* the same object, grown */
    cr_assert(eq(str, S(b), "abcé"));
    cr_assert(eq(u32, b->nchars, 4));
    cr_assert(eq(int, b->s[b->len], 0));
    /* another variable never writes into it */
    const al_text *c = al_text_append(b, b->len, b->nchars, T("x"), &other, &fl);
    cr_assert(ne(ptr, (void *)c, (void *)b));
    cr_assert(eq(str, S(b), "abcé"));
    cr_assert(eq(str, S(c), "abcéx"));
    /* once shared, it is immutable: the next append copies */
    al_text_share(b);
    cr_assert(eq(ptr, (void *)b->owner, NULL));
    const al_text *d = al_text_append(b, b->len, b->nchars, T("y"), &slot, &fl);
    cr_assert(ne(ptr, (void *)d, (void *)b));
    cr_assert(eq(str, S(b), "abcé"));
    cr_assert(eq(str, S(d), "abcéy"));
    /* a text that grew since its old length was taken is not written either */
    const al_text *e = al_text_append(d, 3, 3, T("Z"), &slot, &fl);
    cr_assert(eq(str, S(e), "abcZ"));
    cr_assert(eq(str, S(d), "abcéy"));
    /* a literal (no owner) is never written, even for a NULL owner */
    const al_text *lit = T("lit");
    cr_assert(eq(str, S(al_text_append(lit, 3, 3, T("!"), NULL, &fl)), "lit!"));
    cr_assert(eq(str, S(lit), "lit"));
}

Test(text, append_many_is_linear_and_counts_characters)
{
    int slot;
    const al_text *t = AL_TEXT_EMPTY;
    unsigned copies = 0;
    for (int i = 0; i < 100000; i++) {
        const al_text *n = al_text_append(t, t->len, t->nchars, T("é"), &slot, &fl);
        if (n != t) copies++;
        t = n;
    }
    cr_assert(eq(u32, t->len, 200000));
    cr_assert(eq(u32, t->nchars, 100000));
    cr_assert(copies < 20);                          /* capacity doubles */
    /* a continuation byte finishes the character before it */
    const al_text *u = al_text_append(T("\xC3"), 1, 1, T("\xA9z"), &slot, &fl);
    cr_assert(eq(u32, u->nchars, 2));
}

Test(text, concat_joins_split_character)
{
    /* The two halves of é are one character once joined. */
    const al_text *t = al_text_concat(T("\xC3"), T("\xA9"), &fl);
    cr_assert(eq(u32, t->nchars, 1));
    cr_assert(eq(str, S(t), "é"));
}

/* ============================================================ comparing */

Test(text, equality_is_case_sensitive)
{
    cr_assert(al_text_eq(T("Hello"), T("Hello")));
    cr_assert(not(al_text_eq(T("Hello"), T("hello"))));
    cr_assert(not(al_text_eq(T("ab"), T("abc"))));
    cr_assert(al_text_eq_cstr(T("é"), "é"));
    cr_assert(not(al_text_eq_cstr(T("é"), "e")));
}

Test(text, compare_is_ordinal)
{
    cr_assert(eq(int, al_text_cmp(T("a"), T("B")), 1));       /* 'a' (97) > 'B' (66) */
    cr_assert(eq(int, al_text_cmp(T("ab"), T("abc")), -1));
    cr_assert(eq(int, al_text_cmp(T("abc"), T("abc")), 0));
    cr_assert(eq(int, al_text_cmp(T("z"), T("é")), -1));      /* by code point */
    cr_assert(eq(int, al_text_cmp(T("é"), T("日")), -1));
    cr_assert(eq(int, al_text_cmp(AL_TEXT_EMPTY, T("a")), -1));
}

Test(text, hash_follows_equality)
{
    cr_assert(eq(u64, al_text_hash(T("Customer")), al_text_hash(T("Customer"))));
    cr_assert(ne(u64, al_text_hash(T("Customer")), al_text_hash(T("customer"))));
    cr_assert(eq(u64, al_text_hash(AL_TEXT_EMPTY), 0xcbf29ce484222325ull));
}

/* ============================================================ Text[n], Code[n] */

Test(text, fit_within_length)
{
    const al_text *t = T("ABC");
    cr_assert(eq(ptr, (void *)al_text_fit(t, 3, &fl), (void *)t));
    cr_assert(eq(ptr, (void *)al_text_fit(t, 0, &fl), (void *)t));
    cr_assert(eq(str, S(al_text_fit(T("éé"), 2, &fl)), "éé"));
}

Test(text, fit_overflow_message)
{
    cr_assert(eq(str, (char *)E(al_text_fit(T("ABCDE"), 3, &fl)),
        "The length of the string is 5, but it must be less than or equal to 3 characters. Value: ABCDE"));
    cr_assert(eq(str, (char *)E(al_text_fit(T("日本語"), 2, &fl)),
        "The length of the string is 3, but it must be less than or equal to 2 characters. Value: 日本語"));
}

Test(text, code_uppercases_and_trims_spaces)
{
    cr_assert(eq(str, S(al_text_code(T("  abc  "), 10, &fl)), "ABC"));
    cr_assert(eq(str, S(al_text_code(T("a b"), 10, &fl)), "A B"));
    cr_assert(eq(str, S(al_text_code(T("straße"), 10, &fl)), "STRAßE"));
    cr_assert(eq(str, S(al_text_code(T("éa"), 2, &fl)), "ÉA"));
    cr_assert(eq(str, S(al_text_code(T("   "), 5, &fl)), ""));
    cr_assert(eq(str, S(al_text_code(T("\tx\t"), 5, &fl)), "\tX\t"));   /* only spaces trim */
}

Test(text, code_length_counts_after_trimming)
{
    cr_assert(eq(str, S(al_text_code(T("  abc  "), 3, &fl)), "ABC"));
    cr_assert(eq(str, (char *)E(al_text_code(T(" abcd "), 3, &fl)),
        "The length of the string is 4, but it must be less than or equal to 3 characters. Value: ABCD"));
}

/* ============================================================ CopyStr */

Test(text, copystr_basic)
{
    cr_assert(eq(str, S(al_text_copystr(T("ABCDE"), 2, 3, &fl)), "BCD"));
    cr_assert(eq(str, S(al_text_copystr(T("ABCDE"), 2, OMIT, &fl)), "BCDE"));
    cr_assert(eq(str, S(al_text_copystr(T("ABCDE"), 1, OMIT, &fl)), "ABCDE"));
    cr_assert(eq(str, S(al_text_copystr(T("ABCDE"), 5, 10, &fl)), "E"));
    cr_assert(eq(str, S(al_text_copystr(T("ABCDE"), 2, 0, &fl)), ""));
}

Test(text, copystr_past_the_end_is_empty)
{
    cr_assert(eq(str, S(al_text_copystr(T("ABCDE"), 6, OMIT, &fl)), ""));
    cr_assert(eq(str, S(al_text_copystr(T("ABCDE"), 100, 3, &fl)), ""));
    cr_assert(eq(str, S(al_text_copystr(AL_TEXT_EMPTY, 1, 3, &fl)), ""));
}

Test(text, copystr_errors)
{
    cr_assert(eq(str, (char *)E(al_text_copystr(T("ABC"), 0, 1, &fl)),
        RANGE(0, "Position", "CopyStr", "greater than or equal to 1")));
    cr_assert(eq(str, (char *)E(al_text_copystr(T("ABC"), -5, OMIT, &fl)),
        RANGE(-5, "Position", "CopyStr", "greater than or equal to 1")));
    cr_assert(eq(str, (char *)E(al_text_copystr(T("ABC"), 1, -1, &fl)),
        RANGE(-1, "Length", "CopyStr", "greater than or equal to 0")));
}

Test(text, copystr_utf8)
{
    cr_assert(eq(str, S(al_text_copystr(T("aéb日c"), 2, 3, &fl)), "éb日"));
    cr_assert(eq(str, S(al_text_copystr(T("aéb日c"), 4, OMIT, &fl)), "日c"));
    cr_assert(eq(str, S(al_text_copystr(T("a\xF0\x9F\x98\x80z"), 2, 1, &fl)), "\xF0\x9F\x98\x80"));
}

Test(text, copystr_whole_text_is_shared)
{
    const al_text *t = T("same");
    cr_assert(eq(ptr, (void *)al_text_copystr(t, 1, 4, &fl), (void *)t));
}

/* ============================================================ StrPos */

Test(text, strpos_basic)
{
    cr_assert(eq(int, al_text_strpos(T("ABCDE"), T("CD")), 3));
    cr_assert(eq(int, al_text_strpos(T("ABCDE"), T("A")), 1));
    cr_assert(eq(int, al_text_strpos(T("ABCABC"), T("BC")), 2));
    cr_assert(eq(int, al_text_strpos(T("ABCDE"), T("X")), 0));
    cr_assert(eq(int, al_text_strpos(T("ABCDE"), T("cd")), 0));   /* case-sensitive */
}

Test(text, strpos_empty_is_zero)
{
    cr_assert(eq(int, al_text_strpos(T("ABC"), AL_TEXT_EMPTY), 0));
    cr_assert(eq(int, al_text_strpos(AL_TEXT_EMPTY, T("A")), 0));
    cr_assert(eq(int, al_text_strpos(AL_TEXT_EMPTY, AL_TEXT_EMPTY), 0));
}

Test(text, strpos_counts_characters)
{
    cr_assert(eq(int, al_text_strpos(T("xéyé"), T("y")), 3));
    cr_assert(eq(int, al_text_strpos(T("日本語"), T("語")), 3));
    cr_assert(eq(int, al_text_strpos(T("éé日"), T("日")), 3));
}

Test(text, strpos_never_matches_inside_a_character)
{
    cr_assert(eq(int, al_text_strpos(T("é"), T("\xA9")), 0));
    cr_assert(eq(int, al_text_strpos(T("é\xA9"), T("\xA9")), 2));
    cr_assert(eq(int, al_text_strpos(T("\xC3\xA9"), T("\xC3")), 0));
}

/* ============================================================ case */

Test(text, upper_lower_ascii)
{
    cr_assert(eq(str, S(al_text_upper(T("abc XYZ 123"))), "ABC XYZ 123"));
    cr_assert(eq(str, S(al_text_lower(T("ABC xyz 123"))), "abc xyz 123"));
}

Test(text, upper_latin1)
{
    cr_assert(eq(str, S(al_text_upper(T("äöüàéîñç"))), "ÄÖÜÀÉÎÑÇ"));
    cr_assert(eq(str, S(al_text_upper(T("ß"))), "ß"));        /* simple mapping keeps ß */
    cr_assert(eq(str, S(al_text_upper(T("ÿ"))), "Ÿ"));        /* U+00FF → U+0178 */
    cr_assert(eq(str, S(al_text_upper(T("µ"))), "Μ"));        /* U+00B5 → U+039C */
    cr_assert(eq(str, S(al_text_upper(T("×÷"))), "×÷"));
}

Test(text, lower_latin1)
{
    cr_assert(eq(str, S(al_text_lower(T("ÄÖÜÀÉÎÑÇ"))), "äöüàéîñç"));
    cr_assert(eq(str, S(al_text_lower(T("Ÿ"))), "ÿ"));
}

Test(text, case_latin_extended_and_turkish_i)
{
    cr_assert(eq(str, S(al_text_upper(T("łęśćž"))), "ŁĘŚĆŽ"));
    cr_assert(eq(str, S(al_text_lower(T("ŁĘŚĆŽ"))), "łęśćž"));
    cr_assert(eq(str, S(al_text_upper(T("ı"))), "I"));        /* dotless i */
    cr_assert(eq(str, S(al_text_lower(T("İ"))), "i"));        /* dotted capital I */
    cr_assert(eq(str, S(al_text_upper(T("ǅ"))), "Ǆ"));        /* title case */
    cr_assert(eq(str, S(al_text_lower(T("ǅ"))), "ǆ"));
}

Test(text, case_greek_cyrillic_fullwidth)
{
    cr_assert(eq(str, S(al_text_upper(T("αβγ ς"))), "ΑΒΓ Σ"));
    cr_assert(eq(str, S(al_text_lower(T("ΑΒΓ"))), "αβγ"));
    cr_assert(eq(str, S(al_text_upper(T("привет"))), "ПРИВЕТ"));
    cr_assert(eq(str, S(al_text_lower(T("ЁЖ"))), "ёж"));
    cr_assert(eq(str, S(al_text_upper(T("ａｂ"))), "ＡＢ"));
}

Test(text, case_mapping_may_change_byte_length)
{
    const al_text *t = al_text_lower(T("Ⱥ"));                 /* U+023A → U+2C65 */
    cr_assert(eq(str, S(t), "ⱥ"));
    cr_assert(eq(u32, t->len, 3));
    cr_assert(eq(u32, t->nchars, 1));
    cr_assert(eq(str, S(al_text_upper(T("aıb"))), "AIB"));
    cr_assert(eq(u32, al_text_upper(T("aıb"))->len, 3));
}

Test(text, case_keeps_invalid_bytes_and_unchanged_texts)
{
    cr_assert(eq(str, S(al_text_upper(T("a\xFF" "b"))), "A\xFF" "B"));
    const al_text *t = T("ABC 日本");
    cr_assert(eq(ptr, (void *)al_text_upper(t), (void *)t));
    cr_assert(eq(ptr, (void *)al_text_lower(AL_TEXT_EMPTY), (void *)AL_TEXT_EMPTY));
}

Test(text, case_code_points)
{
    cr_assert(eq(u32, al_text_cp_upper('a'), 'A'));
    cr_assert(eq(u32, al_text_cp_upper('1'), '1'));
    cr_assert(eq(u32, al_text_cp_upper(0xE9), 0xC9));
    cr_assert(eq(u32, al_text_cp_lower(0x3A3), 0x3C3));      /* Σ → σ */
    cr_assert(eq(u32, al_text_cp_upper(0x1F80), 0x1F88));    /* simple, not ἈΙ */
    cr_assert(eq(u32, al_text_cp_upper(0x1F600), 0x1F600));
    cr_assert(eq(u32, al_text_cp_upper(0x101), 0x100));      /* stride-2 run */
    cr_assert(eq(u32, al_text_cp_upper(0x100), 0x100));
}

/* ============================================================ IncStr */

Test(text, incstr_examples)
{
    cr_assert(eq(str, S(al_text_incstr(T("ABC1"))), "ABC2"));
    cr_assert(eq(str, S(al_text_incstr(T("ABC9"))), "ABC10"));
    cr_assert(eq(str, S(al_text_incstr(T("Item 001"))), "Item 002"));
    cr_assert(eq(str, S(al_text_incstr(T("Item 099"))), "Item 100"));
    cr_assert(eq(str, S(al_text_incstr(T("999"))), "1000"));
    cr_assert(eq(str, S(al_text_incstr(T("X0"))), "X1"));
}

Test(text, incstr_changes_the_last_number)
{
    cr_assert(eq(str, S(al_text_incstr(T("A10B"))), "A11B"));
    cr_assert(eq(str, S(al_text_incstr(T("A10B20"))), "A10B21"));
    cr_assert(eq(str, S(al_text_incstr(T("A19B"))), "A20B"));
    cr_assert(eq(str, S(al_text_incstr(T("SO-1001"))), "SO-1002"));
    cr_assert(eq(str, S(al_text_incstr(T("é9é"))), "é10é"));
}

Test(text, incstr_negative_number_decreases)
{
    /* The digits are incremented; a leading minus makes the value smaller. */
    cr_assert(eq(str, S(al_text_incstr(T("-10"))), "-11"));
    cr_assert(eq(str, S(al_text_incstr(T("Account -99"))), "Account -100"));
}

Test(text, incstr_without_digits_is_empty)
{
    cr_assert(eq(str, S(al_text_incstr(T("ABC"))), ""));
    cr_assert(eq(str, S(al_text_incstr(AL_TEXT_EMPTY)), ""));
    cr_assert(eq(u32, al_text_incstr(T("ABC9"))->nchars, 5));
}

/* ============================================================ SelectStr */

Test(text, selectstr_basic)
{
    cr_assert(eq(str, S(al_text_selectstr(1, T("a,b,c"), &fl)), "a"));
    cr_assert(eq(str, S(al_text_selectstr(2, T("a,b,c"), &fl)), "b"));
    cr_assert(eq(str, S(al_text_selectstr(3, T("a,b,c"), &fl)), "c"));
    cr_assert(eq(str, S(al_text_selectstr(2, T("This,is a comma,x"), &fl)), "is a comma"));
}

Test(text, selectstr_empty_parts_and_spaces)
{
    cr_assert(eq(str, S(al_text_selectstr(2, T("a,,c"), &fl)), ""));
    cr_assert(eq(str, S(al_text_selectstr(1, AL_TEXT_EMPTY, &fl)), ""));
    cr_assert(eq(str, S(al_text_selectstr(2, T("a, b"), &fl)), " b"));
    cr_assert(eq(str, S(al_text_selectstr(2, T("é,日本"), &fl)), "日本"));
}

Test(text, selectstr_out_of_range)
{
    cr_assert(eq(str, (char *)E(al_text_selectstr(4, T("a,b,c"), &fl)),
        "The string 'a,b,c' does not contain a value for index 4."));
    cr_assert(eq(str, (char *)E(al_text_selectstr(0, T("a,b,c"), &fl)),
        "The string 'a,b,c' does not contain a value for index 0."));
    cr_assert(eq(str, (char *)E(al_text_selectstr(2, AL_TEXT_EMPTY, &fl)),
        "The string '' does not contain a value for index 2."));
}

/* ============================================================ ConvertStr */

Test(text, convertstr_basic)
{
    cr_assert(eq(str, S(al_text_convertstr(T("ABCD"), T("BD"), T("xy"), &fl)), "AxCy"));
    cr_assert(eq(str, S(al_text_convertstr(T("a.b.c"), T("."), T(","), &fl)), "a,b,c"));
    cr_assert(eq(str, S(al_text_convertstr(T("aa"), T("aa"), T("xy"), &fl)), "xx"));
    cr_assert(eq(str, S(al_text_convertstr(T("abc"), AL_TEXT_EMPTY, AL_TEXT_EMPTY, &fl)), "abc"));
}

Test(text, convertstr_utf8)
{
    cr_assert(eq(str, S(al_text_convertstr(T("aéb"), T("é"), T("e"), &fl)), "aeb"));
    cr_assert(eq(str, S(al_text_convertstr(T("abc"), T("a"), T("日"), &fl)), "日bc"));
    cr_assert(eq(u32, al_text_convertstr(T("abc"), T("a"), T("日"), &fl)->nchars, 3));
}

Test(text, convertstr_length_mismatch)
{
    cr_assert(eq(str, (char *)E(al_text_convertstr(T("abc"), T("ab"), T("x"), &fl)),
        "The FromCharacters and ToCharacters parameters of ConvertStr must have the same length."));
    /* Lengths are in characters: é and e are one each. */
    cr_assert(eq(str, S(al_text_convertstr(T("é"), T("é"), T("e"), &fl)), "e"));
}

/* ============================================================ DelChr */

Test(text, delchr_defaults)
{
    cr_assert(eq(str, S(al_text_delchr(T("  a b  "), NULL, NULL, &fl)), "ab"));
    cr_assert(eq(str, S(al_text_delchr(T(" x "), T("<>"), NULL, &fl)), "x"));
}

Test(text, delchr_where)
{
    const al_text *s = T("xxaxbxx"), *x = T("x");
    cr_assert(eq(str, S(al_text_delchr(s, T("<"), x, &fl)), "axbxx"));
    cr_assert(eq(str, S(al_text_delchr(s, T(">"), x, &fl)), "xxaxb"));
    cr_assert(eq(str, S(al_text_delchr(s, T("<>"), x, &fl)), "axb"));
    cr_assert(eq(str, S(al_text_delchr(s, T("="), x, &fl)), "ab"));
    cr_assert(eq(str, S(al_text_delchr(s, T("<=>"), x, &fl)), "ab"));
    cr_assert(eq(str, S(al_text_delchr(T("xxx"), T("<"), x, &fl)), ""));
}

Test(text, delchr_which_is_a_set)
{
    cr_assert(eq(str, S(al_text_delchr(T("a-b.c-"), T("="), T("-."), &fl)), "abc"));
    cr_assert(eq(str, S(al_text_delchr(T("12,345.67"), T("="), T(","), &fl)), "12345.67"));
    cr_assert(eq(str, S(al_text_delchr(T("éaé"), T("<>"), T("é"), &fl)), "a"));
    cr_assert(eq(str, S(al_text_delchr(T("日a本"), T("="), T("本日"), &fl)), "a"));
}

Test(text, delchr_nothing_to_do)
{
    const al_text *s = T("abc");
    cr_assert(eq(ptr, (void *)al_text_delchr(s, T("="), AL_TEXT_EMPTY, &fl), (void *)s));
    cr_assert(eq(ptr, (void *)al_text_delchr(s, AL_TEXT_EMPTY, T("a"), &fl), (void *)s));
    cr_assert(eq(ptr, (void *)al_text_delchr(s, T("<>"), T("b"), &fl), (void *)s));
}

Test(text, delchr_bad_where)
{
    cr_assert(eq(str, (char *)E(al_text_delchr(T("abc"), T("x"), NULL, &fl)),
        "The value 'x' of the Where parameter of DelChr is not valid. It may contain only '<', '>' and '='."));
}

/* ============================================================ DelStr, InsStr */

Test(text, delstr_basic)
{
    cr_assert(eq(str, S(al_text_delstr(T("ABCDE"), 2, 2, &fl)), "ADE"));
    cr_assert(eq(str, S(al_text_delstr(T("ABCDE"), 2, OMIT, &fl)), "A"));
    cr_assert(eq(str, S(al_text_delstr(T("ABCDE"), 4, 10, &fl)), "ABC"));
    cr_assert(eq(str, S(al_text_delstr(T("ABCDE"), 6, 1, &fl)), "ABCDE"));
    cr_assert(eq(str, S(al_text_delstr(T("ABCDE"), 1, 5, &fl)), ""));
    cr_assert(eq(str, S(al_text_delstr(T("aéb"), 2, 1, &fl)), "ab"));
}

Test(text, delstr_errors)
{
    cr_assert(eq(str, (char *)E(al_text_delstr(T("ABC"), 0, 1, &fl)),
        RANGE(0, "Position", "DelStr", "greater than or equal to 1")));
    cr_assert(eq(str, (char *)E(al_text_delstr(T("ABC"), 1, -2, &fl)),
        RANGE(-2, "Length", "DelStr", "greater than or equal to 0")));
}

Test(text, insstr_basic)
{
    cr_assert(eq(str, S(al_text_insstr(T("ABC"), T("x"), 2, &fl)), "AxBC"));
    cr_assert(eq(str, S(al_text_insstr(T("ABC"), T("x"), 1, &fl)), "xABC"));
    cr_assert(eq(str, S(al_text_insstr(T("ABC"), T("x"), 4, &fl)), "ABCx"));
    cr_assert(eq(str, S(al_text_insstr(T("ABC"), T("x"), 10, &fl)), "ABCx"));
    cr_assert(eq(str, S(al_text_insstr(T("日本"), T("é"), 2, &fl)), "日é本"));
    cr_assert(eq(str, S(al_text_insstr(AL_TEXT_EMPTY, T("x"), 1, &fl)), "x"));
}

Test(text, insstr_error)
{
    cr_assert(eq(str, (char *)E(al_text_insstr(T("ABC"), T("x"), 0, &fl)),
        RANGE(0, "Position", "InsStr", "greater than or equal to 1")));
}

/* ============================================================ PadStr */

Test(text, padstr_pads_and_truncates)
{
    cr_assert(eq(str, S(al_text_padstr(T("AB"), 5, NULL, &fl)), "AB   "));
    cr_assert(eq(str, S(al_text_padstr(T("AB"), 5, T("*"), &fl)), "AB***"));
    cr_assert(eq(str, S(al_text_padstr(T("ABCDE"), 3, NULL, &fl)), "ABC"));
    cr_assert(eq(str, S(al_text_padstr(T("AB"), 0, NULL, &fl)), ""));
    cr_assert(eq(str, S(al_text_padstr(T("AB"), 2, NULL, &fl)), "AB"));
}

Test(text, padstr_fill_character)
{
    cr_assert(eq(str, S(al_text_padstr(T("a"), 3, T("é"), &fl)), "aéé"));
    cr_assert(eq(str, S(al_text_padstr(T("a"), 3, T("*-"), &fl)), "a**"));   /* first char */
    cr_assert(eq(str, S(al_text_padstr(T("a"), 3, AL_TEXT_EMPTY, &fl)), "a  "));
    cr_assert(eq(str, S(al_text_padstr(T("éé"), 1, NULL, &fl)), "é"));
    cr_assert(eq(u32, al_text_padstr(T("日"), 4, T("0"), &fl)->nchars, 4));
}

Test(text, padstr_errors)
{
    cr_assert(eq(str, (char *)E(al_text_padstr(T("AB"), -1, NULL, &fl)),
        RANGE(-1, "Length", "PadStr", "greater than or equal to 0")));
    cr_assert(eq(str, (char *)E(al_text_padstr(AL_TEXT_EMPTY, 2000000000, NULL, &fl)),
        "Exception of type 'System.OutOfMemoryException' was thrown."));
}

/* ============================================================ StrSubstNo */

static const al_text *subst(const char *fmt, int n, const char *v1, const char *v2,
                            const char *v3)
{
    const al_text *v[3] = {v1 ? T(v1) : NULL, v2 ? T(v2) : NULL, v3 ? T(v3) : NULL};
    return al_text_substno(T(fmt), v, n, &fl);
}

Test(text, substno_documented_example)
{
    cr_assert(eq(str, S(subst("Test %1 >#2##< >#3<", 3, "1", "2", "3")), "Test 1 >2   < >3 <"));
}

Test(text, substno_percent)
{
    cr_assert(eq(str, S(subst("%1 and %2", 2, "a", "b", NULL)), "a and b"));
    cr_assert(eq(str, S(subst("%2%1", 2, "a", "b", NULL)), "ba"));
    cr_assert(eq(str, S(subst("%1%1", 1, "x", NULL, NULL)), "xx"));
    cr_assert(eq(str, S(subst("%1", 1, "", NULL, NULL)), ""));
    cr_assert(eq(str, S(subst("%1!", 1, "日本", NULL, NULL)), "日本!"));
}

Test(text, substno_missing_value_stays)
{
    cr_assert(eq(str, S(subst("%1 %2", 1, "a", NULL, NULL)), "a %2"));
    cr_assert(eq(str, S(subst("Value %1 is bad", 0, NULL, NULL, NULL)), "Value %1 is bad"));
    cr_assert(eq(str, S(subst("#1##|", 0, NULL, NULL, NULL)), "#1##|"));
}

Test(text, substno_percent_without_digit_stays)
{
    cr_assert(eq(str, S(subst("100% sure", 1, "x", NULL, NULL)), "100% sure"));
    cr_assert(eq(str, S(subst("%a %", 1, "x", NULL, NULL)), "%a %"));
    cr_assert(eq(str, S(subst("%0", 1, "x", NULL, NULL)), "%0"));
    cr_assert(eq(str, S(subst("# #a", 1, "x", NULL, NULL)), "# #a"));
}

Test(text, substno_ten_values)
{
    const al_text *v[10];
    for (int i = 0; i < 10; i++) v[i] = al_text_cstr(al_sprintf("v%d", i + 1));
    cr_assert(eq(str, S(al_text_substno(T("%10|%1|%9"), v, 10, &fl)), "v10|v1|v9"));
    cr_assert(eq(str, S(al_text_substno(T("%11"), v, 10, &fl)), "v11"));   /* %1 then '1' */
    cr_assert(eq(str, S(al_text_substno(T("#10#|"), v, 10, &fl)), "v10 |"));  /* width 4 */
    cr_assert(eq(str, S(subst("%10", 1, "x", NULL, NULL)), "%10"));
}

Test(text, substno_hash_fields)
{
    cr_assert(eq(str, S(subst("[#1####]", 1, "ab", NULL, NULL)), "[ab    ]"));
    cr_assert(eq(str, S(subst("[#1#]", 1, "abcdef", NULL, NULL)), "[abc]"));
    cr_assert(eq(str, S(subst("[#1]", 1, "abcdef", NULL, NULL)), "[ab]"));
    cr_assert(eq(str, S(subst("[#1#]", 1, "日本語x", NULL, NULL)), "[日本語]"));
    cr_assert(eq(str, S(subst("[#1##]", 1, "日本語x", NULL, NULL)), "[日本語x]"));
    cr_assert(eq(str, S(subst("[#1###]", 1, "é", NULL, NULL)), "[é    ]"));
}

Test(text, substno_values_are_not_reexpanded)
{
    cr_assert(eq(str, S(subst("%1", 2, "%2", "x", NULL)), "%2"));
    cr_assert(eq(str, S(subst("%1|%2", 2, NULL, "b", NULL)), "|b"));   /* NULL value = '' */
}

Test(text, substno_plain_text_is_shared)
{
    const al_text *fmt = T("no placeholders");
    cr_assert(eq(ptr, (void *)al_text_substno(fmt, NULL, 0, &fl), (void *)fmt));
}

/* ============================================================ Char */

Test(text, from_char)
{
    cr_assert(eq(str, S(al_text_from_char('A')), "A"));
    cr_assert(eq(str, S(al_text_from_char(0xE9)), "é"));
    cr_assert(eq(str, S(al_text_from_char(0x65E5)), "日"));
    const al_text *e = al_text_from_char(0x1F600);
    cr_assert(eq(u32, e->len, 4));
    cr_assert(eq(u32, e->nchars, 1));
    cr_assert(eq(ptr, (void *)al_text_from_char(0), (void *)AL_TEXT_EMPTY));
    cr_assert(eq(str, S(al_text_from_char(0xD800)), "\xEF\xBF\xBD"));   /* lone surrogate */
}

Test(text, char_at)
{
    uint32_t c = 0;
    cr_assert(al_text_char_at(T("aéb"), 2, &c, &fl));
    cr_assert(eq(u32, c, 0xE9));
    cr_assert(al_text_char_at(T("aéb"), 3, &c, &fl));
    cr_assert(eq(u32, c, 'b'));
    cr_assert(al_text_char_at(T("\xFF"), 1, &c, &fl));
    cr_assert(eq(u32, c, 0xFF));                         /* invalid byte reads as Latin-1 */
}

Test(text, char_at_out_of_range)
{
    uint32_t c = 0;
    cr_assert(eq(str, (char *)EB(al_text_char_at(T("abc"), 0, &c, &fl)),
        "Index was outside the bounds of the array."));
    cr_assert(eq(str, (char *)EB(al_text_char_at(T("abc"), 4, &c, &fl)),
        "Index was outside the bounds of the array."));
    cr_assert(eq(str, (char *)EB(al_text_char_at(AL_TEXT_EMPTY, 1, &c, &fl)),
        "Index was outside the bounds of the array."));
}

Test(text, set_char)
{
    cr_assert(eq(str, S(al_text_set_char(T("abc"), 2, 'x', &fl)), "axc"));
    cr_assert(eq(str, S(al_text_set_char(T("aéb"), 2, 0x65E5, &fl)), "a日b"));
    cr_assert(eq(str, S(al_text_set_char(T("a日b"), 2, 'x', &fl)), "axb"));
    cr_assert(eq(str, S(al_text_set_char(T("abc"), 2, 0, &fl)), "a"));    /* Char 0 ends it */
    cr_assert(eq(str, (char *)E(al_text_set_char(T("abc"), 4, 'x', &fl)),
        "Index was outside the bounds of the array."));
}

Test(text, chars_array)
{
    uint32_t n = 0, *c = al_text_chars(T("aé日\xFF"), &n);
    cr_assert(eq(u32, n, 4));
    cr_assert(eq(u32, c[0], 'a'));
    cr_assert(eq(u32, c[1], 0xE9));
    cr_assert(eq(u32, c[2], 0x65E5));
    cr_assert(eq(u32, c[3], 0xFF));
    al_text_chars(AL_TEXT_EMPTY, &n);
    cr_assert(eq(u32, n, 0));
}

/* ============================================================ Contains, StartsWith, EndsWith */

Test(text, contains)
{
    cr_assert(al_text_contains(T("Hello World"), T("o W")));
    cr_assert(not(al_text_contains(T("Hello World"), T("world"))));
    cr_assert(al_text_contains(T("abc"), AL_TEXT_EMPTY));
    cr_assert(al_text_contains(T("aé日"), T("日")));
    cr_assert(not(al_text_contains(T("é"), T("\xA9"))));
}

Test(text, startswith_endswith)
{
    cr_assert(al_text_startswith(T("Hello"), T("He")));
    cr_assert(not(al_text_startswith(T("Hello"), T("he"))));
    cr_assert(not(al_text_startswith(T("He"), T("Hello"))));
    cr_assert(al_text_startswith(T("Hello"), AL_TEXT_EMPTY));
    cr_assert(al_text_endswith(T("Hello"), T("llo")));
    cr_assert(not(al_text_endswith(T("Hello"), T("LLO"))));
    cr_assert(al_text_endswith(T("Hello"), AL_TEXT_EMPTY));
    cr_assert(al_text_startswith(T("日本"), T("日")));
    cr_assert(al_text_endswith(T("日本"), T("本")));
    cr_assert(not(al_text_startswith(T("é"), T("\xC3"))));
    cr_assert(not(al_text_endswith(T("é"), T("\xA9"))));
}

/* ============================================================ IndexOf, LastIndexOf, IndexOfAny */

static int32_t ix(const char *s, const char *v, int64_t start)
{
    int32_t r = -99;
    if (!al_text_indexof(T(s), T(v), start, &r, &fl)) return -1000;
    return r;
}

static int32_t lix(const char *s, const char *v, int64_t start)
{
    int32_t r = -99;
    if (!al_text_lastindexof(T(s), T(v), start, &r, &fl)) return -1000;
    return r;
}

Test(text, indexof)
{
    cr_assert(eq(i32, ix("abcabc", "c", OMIT), 3));
    cr_assert(eq(i32, ix("abcabc", "c", 4), 6));
    cr_assert(eq(i32, ix("abcabc", "c", 3), 3));
    cr_assert(eq(i32, ix("abcabc", "x", OMIT), 0));
    cr_assert(eq(i32, ix("abcabc", "C", OMIT), 0));
    cr_assert(eq(i32, ix("abc", "", OMIT), 1));
    cr_assert(eq(i32, ix("abc", "", 2), 2));
    cr_assert(eq(i32, ix("abc", "c", 4), 0));
    cr_assert(eq(i32, ix("日本日本", "本", 3), 4));
}

Test(text, indexof_start_out_of_range)
{
    int32_t r;
    cr_assert(eq(str, (char *)EB(al_text_indexof(T("abc"), T("a"), 0, &r, &fl)),
        "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')"));
    cr_assert(eq(str, (char *)EB(al_text_indexof(T("abc"), T("a"), 5, &r, &fl)),
        "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')"));
}

Test(text, lastindexof)
{
    cr_assert(eq(i32, lix("abcabc", "c", OMIT), 6));
    cr_assert(eq(i32, lix("abcabc", "c", 5), 3));
    cr_assert(eq(i32, lix("abcabc", "abc", 5), 1));
    cr_assert(eq(i32, lix("abcabc", "abc", 6), 4));
    cr_assert(eq(i32, lix("abcabc", "abc", 7), 4));
    cr_assert(eq(i32, lix("abc", "x", OMIT), 0));
    cr_assert(eq(i32, lix("aaa", "aa", OMIT), 2));
    cr_assert(eq(i32, lix("éaéa", "é", OMIT), 3));
}

Test(text, lastindexof_empty_cases)
{
    cr_assert(eq(i32, lix("", "x", OMIT), 0));
    cr_assert(eq(i32, lix("", "", OMIT), 1));
    cr_assert(eq(i32, lix("abc", "", OMIT), 4));
    cr_assert(eq(i32, lix("abc", "", 2), 3));
}

Test(text, lastindexof_start_out_of_range)
{
    int32_t r;
    cr_assert(eq(str, (char *)EB(al_text_lastindexof(T("abcabc"), T("a"), 8, &r, &fl)),
        "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')"));
    cr_assert(eq(str, (char *)EB(al_text_lastindexof(T("abc"), T("a"), 0, &r, &fl)),
        "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')"));
}

Test(text, indexofany)
{
    uint32_t set[] = {'x', 0xE9, 'c'};
    int32_t r = -1;
    cr_assert(al_text_indexofany(T("abcé"), set, 3, OMIT, &r, &fl));
    cr_assert(eq(i32, r, 3));
    cr_assert(al_text_indexofany(T("abcé"), set, 3, 4, &r, &fl));
    cr_assert(eq(i32, r, 4));
    cr_assert(al_text_indexofany(T("ab"), set, 3, OMIT, &r, &fl));
    cr_assert(eq(i32, r, 0));
    cr_assert(eq(str, (char *)EB(al_text_indexofany(T("ab"), set, 3, 4, &r, &fl)),
        "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')"));
}

/* ============================================================ Substring, Remove */

Test(text, substring)
{
    cr_assert(eq(str, S(al_text_substring(T("ABCDE"), 2, OMIT, &fl)), "BCDE"));
    cr_assert(eq(str, S(al_text_substring(T("ABCDE"), 2, 3, &fl)), "BCD"));
    cr_assert(eq(str, S(al_text_substring(T("ABCDE"), 1, 5, &fl)), "ABCDE"));
    cr_assert(eq(str, S(al_text_substring(T("ABCDE"), 6, OMIT, &fl)), ""));
    cr_assert(eq(str, S(al_text_substring(T("ABCDE"), 6, 0, &fl)), ""));
    cr_assert(eq(str, S(al_text_substring(T("aé日b"), 2, 2, &fl)), "é日"));
}

Test(text, substring_errors)
{
    cr_assert(eq(str, (char *)E(al_text_substring(T("ABCDE"), 0, OMIT, &fl)),
        "StartIndex cannot be less than zero. (Parameter 'startIndex')"));
    cr_assert(eq(str, (char *)E(al_text_substring(T("ABCDE"), 7, OMIT, &fl)),
        "startIndex cannot be larger than length of string. (Parameter 'startIndex')"));
    cr_assert(eq(str, (char *)E(al_text_substring(T("ABCDE"), 2, -1, &fl)),
        "Length cannot be less than zero. (Parameter 'length')"));
    cr_assert(eq(str, (char *)E(al_text_substring(T("ABCDE"), 2, 5, &fl)),
        "Index and length must refer to a location within the string. (Parameter 'length')"));
}

Test(text, remove)
{
    cr_assert(eq(str, S(al_text_remove(T("ABCDE"), 2, OMIT, &fl)), "A"));
    cr_assert(eq(str, S(al_text_remove(T("ABCDE"), 5, OMIT, &fl)), "ABCD"));
    cr_assert(eq(str, S(al_text_remove(T("ABCDE"), 2, 2, &fl)), "ADE"));
    cr_assert(eq(str, S(al_text_remove(T("ABCDE"), 6, 0, &fl)), "ABCDE"));
    cr_assert(eq(str, S(al_text_remove(T("a日b"), 2, 1, &fl)), "ab"));
}

Test(text, remove_errors)
{
    cr_assert(eq(str, (char *)E(al_text_remove(T("ABCDE"), 0, OMIT, &fl)),
        "StartIndex cannot be less than zero. (Parameter 'startIndex')"));
    cr_assert(eq(str, (char *)E(al_text_remove(T("ABCDE"), 6, OMIT, &fl)),
        "startIndex must be less than length of string. (Parameter 'startIndex')"));
    cr_assert(eq(str, (char *)E(al_text_remove(T("ABCDE"), 2, -1, &fl)),
        "Count cannot be less than zero. (Parameter 'count')"));
    cr_assert(eq(str, (char *)E(al_text_remove(T("ABCDE"), 4, 3, &fl)),
        "Index and count must refer to a location within the string. (Parameter 'count')"));
}

/* ============================================================ Replace */

Test(text, replace)
{
    cr_assert(eq(str, S(al_text_replace(T("a-b-c"), T("-"), T("+"), &fl)), "a+b+c"));
    cr_assert(eq(str, S(al_text_replace(T("aaa"), T("aa"), T("b"), &fl)), "ba"));
    cr_assert(eq(str, S(al_text_replace(T("abc"), T("b"), AL_TEXT_EMPTY, &fl)), "ac"));
    cr_assert(eq(str, S(al_text_replace(T("abc"), T("abc"), T("xyz!"), &fl)), "xyz!"));
    cr_assert(eq(str, S(al_text_replace(T("éaé"), T("é"), T("e"), &fl)), "eae"));
    cr_assert(eq(str, S(al_text_replace(T("x"), T("x"), T("日本"), &fl)), "日本"));
    cr_assert(eq(str, S(al_text_replace(T("Hello"), T("hello"), T("x"), &fl)), "Hello"));
}

Test(text, replace_nothing_found_shares)
{
    const al_text *s = T("abc");
    cr_assert(eq(ptr, (void *)al_text_replace(s, T("x"), T("y"), &fl), (void *)s));
    const al_text *e = T("é");
    cr_assert(eq(ptr, (void *)al_text_replace(e, T("\xA9"), T("x"), &fl), (void *)e));
}

Test(text, replace_empty_old_value)
{
    cr_assert(eq(str, (char *)E(al_text_replace(T("abc"), AL_TEXT_EMPTY, T("x"), &fl)),
        "The value cannot be an empty string. (Parameter 'oldValue')"));
}

/* ============================================================ Split */

static char *joined(const al_text **parts, uint32_t n)
{
    char *out = "";
    for (uint32_t i = 0; i < n; i++) out = al_sprintf("%s%s[%s]", out, i ? "," : "", parts[i]->s);
    return out;
}

static char *splitn(const char *s, const al_text *const *seps, uint32_t nseps)
{
    uint32_t n = 0;
    const al_text **p = al_text_split(T(s), seps, nseps, &n);
    return joined(p, n);
}

static char *split1(const char *s, const char *sep)
{
    const al_text *seps[1] = {T(sep)};
    uint32_t n = 0;
    const al_text **p = al_text_split(T(s), seps, 1, &n);
    return joined(p, n);
}

Test(text, split_one_separator)
{
    cr_assert(eq(str, split1("a,b,,c", ","), "[a],[b],[],[c]"));
    cr_assert(eq(str, split1("a,b,", ","), "[a],[b],[]"));
    cr_assert(eq(str, split1("", ","), "[]"));
    cr_assert(eq(str, split1("abc", ","), "[abc]"));
    cr_assert(eq(str, split1("a::b", "::"), "[a],[b]"));
    cr_assert(eq(str, split1("a日b日c", "日"), "[a],[b],[c]"));
    cr_assert(eq(str, split1("é", "\xA9"), "[é]"));
}

Test(text, split_many_separators_in_order)
{
    const al_text *seps[2] = {T(", "), T(";")};
    cr_assert(eq(str, splitn("a, b;c", seps, 2), "[a],[b],[c]"));
    const al_text *s1[2] = {T("-"), T("--")};
    cr_assert(eq(str, splitn("a--b", s1, 2), "[a],[],[b]"));
    const al_text *s2[2] = {T("--"), T("-")};
    cr_assert(eq(str, splitn("a--b", s2, 2), "[a],[b]"));
}

Test(text, split_without_separators_uses_white_space)
{
    cr_assert(eq(str, splitn("a b\tc", NULL, 0), "[a],[b],[c]"));
    cr_assert(eq(str, splitn("a  b", NULL, 0), "[a],[],[b]"));
    cr_assert(eq(str, splitn("a\xE3\x80\x80" "b", NULL, 0), "[a],[b]"));   /* U+3000 */
    const al_text *empty[1] = {AL_TEXT_EMPTY};
    cr_assert(eq(str, splitn("a b", empty, 1), "[a],[b]"));
}

Test(text, split_many_parts_grow_the_array)
{
    uint32_t n = 0;
    const al_text *seps[1] = {T(",")};
    const al_text **p = al_text_split(T("0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19"), seps, 1, &n);
    cr_assert(eq(u32, n, 20));
    cr_assert(eq(str, S(p[0]), "0"));
    cr_assert(eq(str, S(p[19]), "19"));
}

/* ============================================================ Trim */

Test(text, trim_white_space)
{
    cr_assert(eq(str, S(al_text_trim(T("  a b  "), NULL)), "a b"));
    cr_assert(eq(str, S(al_text_trimstart(T("  a b  "), NULL)), "a b  "));
    cr_assert(eq(str, S(al_text_trimend(T("  a b  "), NULL)), "  a b"));
    cr_assert(eq(str, S(al_text_trim(T("\t\na\r\n"), NULL)), "a"));
    cr_assert(eq(str, S(al_text_trim(T("\xC2\xA0x\xE3\x80\x80"), NULL)), "x"));   /* NBSP, ideographic */
    cr_assert(eq(str, S(al_text_trim(T("   "), NULL)), ""));
}

Test(text, trim_chars)
{
    cr_assert(eq(str, S(al_text_trim(T("xxaxx"), T("x"))), "a"));
    cr_assert(eq(str, S(al_text_trim(T("xyaxy"), T("yx"))), "a"));
    cr_assert(eq(str, S(al_text_trimstart(T("00120"), T("0"))), "120"));
    cr_assert(eq(str, S(al_text_trimend(T("1.500"), T("0"))), "1.5"));
    cr_assert(eq(str, S(al_text_trim(T("éaé"), T("é"))), "a"));
    cr_assert(eq(str, S(al_text_trim(T(" a "), AL_TEXT_EMPTY)), "a"));   /* '' = white space */
    cr_assert(eq(str, S(al_text_trim(T(" a "), T("x"))), " a "));
}

Test(text, trim_unchanged_shares)
{
    const al_text *s = T("abc");
    cr_assert(eq(ptr, (void *)al_text_trim(s, NULL), (void *)s));
}

/* ============================================================ PadLeft, PadRight */

Test(text, padleft_padright)
{
    cr_assert(eq(str, S(al_text_padleft(T("5"), 3, '0', &fl)), "005"));
    cr_assert(eq(str, S(al_text_padleft(T("ab"), 4, ' ', &fl)), "  ab"));
    cr_assert(eq(str, S(al_text_padright(T("ab"), 4, '.', &fl)), "ab.."));
    cr_assert(eq(str, S(al_text_padleft(T("abc"), 2, ' ', &fl)), "abc"));   /* never cuts */
    cr_assert(eq(str, S(al_text_padleft(T("a"), 3, 0xE9, &fl)), "ééa"));
    cr_assert(eq(str, S(al_text_padright(T("日"), 2, 0, &fl)), "日 "));      /* Char 0 = space */
}

Test(text, pad_negative_width)
{
    cr_assert(eq(str, (char *)E(al_text_padleft(T("a"), -1, ' ', &fl)),
        "Non-negative number required. (Parameter 'totalWidth')"));
    cr_assert(eq(str, (char *)E(al_text_padright(T("a"), -1, ' ', &fl)),
        "Non-negative number required. (Parameter 'totalWidth')"));
}

/* ============================================================ helpers */

Test(text, offsets_and_decode)
{
    const al_text *t = T("aé日b");
    cr_assert(eq(u32, al_text_offset(t, 1), 0));
    cr_assert(eq(u32, al_text_offset(t, 2), 1));
    cr_assert(eq(u32, al_text_offset(t, 3), 3));
    cr_assert(eq(u32, al_text_offset(t, 4), 6));
    cr_assert(eq(u32, al_text_offset(t, 5), 7));
    uint32_t cp = 0;
    cr_assert(eq(u32, al_text_decode(t->s + 3, t->s + t->len, &cp), 3));
    cr_assert(eq(u32, cp, 0x65E5));
    const char bad[] = "\xE2\x82";
    cr_assert(eq(u32, al_text_decode(bad, bad + 2, &cp), 1));
    cr_assert(eq(u32, cp, 0xE2));
}

Test(text, white_space_set)
{
    cr_assert(al_text_cp_space(' '));
    cr_assert(al_text_cp_space(0x85));
    cr_assert(al_text_cp_space(0x2009));
    cr_assert(not(al_text_cp_space(0x200B)));     /* zero-width space is not white space */
    cr_assert(not(al_text_cp_space('x')));
}
