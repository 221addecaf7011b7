/* tests/unit/test_json.c — JSON trees (interp/json.c): parsing, the
 * compact writer and its escapes, paths, SelectToken, the link-or-copy
 * rule of Add, deep equality. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <string.h>
#include "grammar/mem.h"
#include "interp/json.h"
#include "interp/text.h"
#include "tests/unit/testutil.h"

TestSuite(json, .init = al_test_setup);

static al_fail fl;

static al_json *P(const char *s)
{
    fl.msg = NULL;
    al_json *j = al_json_parse(s, (uint32_t)strlen(s), &fl);
    if (!j) cr_fail("parse of %s failed: %s", s, fl.msg);
    return j;
}

static const char *W(const al_json *j) { return al_json_write(j)->s; }

static const char *parse_error(const char *s)
{
    fl.msg = NULL;
    return al_json_parse(s, (uint32_t)strlen(s), &fl) ? "<parsed>" : fl.msg;
}

static al_json *sel(al_json *root, const char *path)
{
    al_json *out = NULL;
    fl.msg = NULL;
    if (!al_json_select(root, path, &out, &fl)) return NULL;
    return out;
}

Test(json, round_trip_is_compact_and_ordered)
{
    cr_assert(eq(str, (char *)W(P(" { \"b\" : [ 1 , true , null ] , \"a\" : { } } ")), "{\"b\":[1,true,null],\"a\":{}}"));
    cr_assert(eq(str, (char *)W(P("[1.50,-2,1E2,0.0]")), "[1.50,-2,100.0,0.0]"));
}

Test(json, integers_and_decimals)
{
    al_json *j = P("[9223372036854775807,9223372036854775808,2.5]");
    cr_assert(eq(int, j->u.c.items[0]->kind, AL_JSON_INT));
    cr_assert(eq(int, j->u.c.items[1]->kind, AL_JSON_DEC));
    cr_assert(eq(int, j->u.c.items[2]->kind, AL_JSON_DEC));
    cr_assert(eq(str, (char *)W(al_json_dec(al_dec_from_int64(5))), "5.0"));
}

Test(json, escapes_like_newtonsoft)
{
    cr_assert(eq(str, (char *)W(al_json_string(al_text_cstr("a\"b\\c\n\t\r\b\f\x01/\xc3\xa9"))),
                 "\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001/\xc3\xa9\""));
    cr_assert(eq(str, (char *)W(al_json_string(al_text_cstr("\xe2\x80\xa8\xc2\x85"))), "\"\\u2028\\u0085\""));
    cr_assert(eq(str, (char *)W(P("\"\\ud83d\\ude00\\u00e9\"")), "\"\xf0\x9f\x98\x80\xc3\xa9\""));
}

Test(json, invalid_text_says_where)
{
    cr_assert(eq(str, (char *)parse_error("{\"a\":}"), "The JSON text is not valid: unexpected character at line 1, position 6."));
    cr_assert(eq(str, (char *)parse_error("[1,\n 2"), "The JSON text is not valid: ',' or ']' expected at line 2, position 3."));
    cr_assert(eq(str, (char *)parse_error("\"a\" 1"), "The JSON text is not valid: text after the JSON value at line 1, position 5."));
    cr_assert(eq(str, (char *)parse_error(""), "The JSON text is not valid: unexpected end of text at line 1, position 1."));
    cr_assert(eq(str, (char *)parse_error("[01]"), "The JSON text is not valid: ',' or ']' expected at line 1, position 3."));
}

Test(json, nesting_limit)
{
    char deep[200];
    memset(deep, '[', 65);
    memset(deep + 65, ']', 65);
    deep[130] = 0;
    cr_assert(eq(str, (char *)parse_error(deep), "The JSON text is not valid: nested more than 64 levels deep at line 1, position 65."));
    deep[129] = 0;                                             /* 64 levels */
    cr_assert(eq(str, (char *)parse_error(deep + 1), "<parsed>"));
}

Test(json, paths)
{
    al_json *j = P("{\"a\":{\"b\":[0,{\"c\":1}]},\"x y\":{\"it's\":2}}");
    cr_assert(eq(str, (char *)al_json_path(sel(j, "$.a.b[1].c"))->s, "a.b[1].c"));
    cr_assert(eq(str, (char *)al_json_path(sel(j, "['x y'][\"it's\"]"))->s, "['x y']['it\\'s']"));
    cr_assert(eq(str, (char *)al_json_path(j)->s, ""));
    cr_assert(eq(ptr, sel(j, "$"), j));
    cr_assert(eq(ptr, sel(j, "a.b[2]"), NULL));
    cr_assert(eq(ptr, sel(j, "a[0]"), NULL));
    cr_assert_null(fl.msg);
    cr_assert(eq(ptr, sel(j, "$..c"), NULL));
    cr_assert(eq(str, (char *)fl.msg, "The JSON path '$..c' is not valid or not supported by alrun."));
}

Test(json, adopt_links_roots_and_copies_the_rest)
{
    al_json *o = al_json_new(AL_JSON_OBJECT), *inner = al_json_new(AL_JSON_OBJECT);
    cr_assert(eq(ptr, al_json_adopt(o, inner), inner));
    al_json_put(o, al_text_cstr("i"), inner);
    cr_assert(eq(ptr, inner->parent, o));
    al_json *other = al_json_new(AL_JSON_ARRAY);
    al_json *copy = al_json_adopt(other, inner);
    cr_assert(ne(ptr, copy, inner));
    cr_assert(al_json_equal(copy, inner));
    cr_assert(ne(ptr, al_json_adopt(inner, o), o));           /* an ancestor: a copy */
    al_json_remove(o, 0);
    cr_assert_null(inner->parent);
}

Test(json, equality_of_numbers_and_trees)
{
    cr_assert(al_json_equal(P("1"), P("1.0")));
    cr_assert(al_json_equal(P("{\"a\":[1,\"x\"],\"b\":null}"), P("{\"b\":null,\"a\":[1.00,\"x\"]}")));
    cr_assert(not(al_json_equal(P("[1,2]"), P("[2,1]"))));
    cr_assert(not(al_json_equal(P("\"1\""), P("1"))));
}
