/* tests/unit/testutil.c — see testutil.h. */
#include "tests/unit/testutil.h"
#include "grammar/mem.h"

#include <string.h>

void al_test_setup(void) { al_mem_init(); }

static const char *first_diag(al_source *src, al_diags d)
{
    al_linecol lc = al_source_linecol(src, d.items[0].span.start);
    return al_sprintf("%u:%u: %s", lc.line, lc.col, d.items[0].msg);
}

typedef al_node *(*parse_fn)(al_source *, al_diags *);

static const char *run(const char *text, parse_fn fn)
{
    al_sources set = {0};
    al_source *src = al_source_add(&set, "test.al", text, strlen(text));
    al_diags d = {0};
    al_node *n = fn(src, &d);
    if (d.count) return first_diag(src, d);
    return al_ast_dump_str(n);
}

static al_node *unit_nosyms(al_source *src, al_diags *d) { return al_parse_unit(src, NULL, d); }

const char *al_test_expr(const char *text) { return run(text, al_parse_expr); }
const char *al_test_stmt(const char *text) { return run(text, al_parse_stmt); }
const char *al_test_unit(const char *text) { return run(text, unit_nosyms); }

al_diags al_test_diags(const char *text)
{
    al_sources set = {0};
    al_source *src = al_source_add(&set, "test.al", text, strlen(text));
    al_diags d = {0};
    al_parse_unit(src, NULL, &d);
    return d;
}

const char *al_test_diag_at(const char *text, al_diags d, uint32_t i)
{
    if (i >= d.count) return "(no such diagnostic)";
    al_sources set = {0};
    al_source *src = al_source_add(&set, "test.al", text, strlen(text));
    al_linecol lc = al_source_linecol(src, d.items[i].span.start);
    return al_sprintf("%u:%u: %s", lc.line, lc.col, d.items[i].msg);
}

const char *al_test_unit_syms(const char *text, const char *const *symbols)
{
    al_symbols syms = {0};
    for (const char *const *s = symbols; s && *s; s++) al_symbols_add(&syms, *s);
    al_sources set = {0};
    al_source *src = al_source_add(&set, "test.al", text, strlen(text));
    al_diags d = {0};
    al_node *n = al_parse_unit(src, &syms, &d);
    if (d.count) return first_diag(src, d);
    return al_ast_dump_str(n);
}
