/* grammar/parse.h — turning AL text into a syntax tree.
 *
 * al_parse_unit parses one source file; al_parse_expr and al_parse_stmt
 * parse a single expression or statement (parser tests and, later, the
 * REPL/evaluator of filter expressions use them).  Errors go to [diags];
 * parsing recovers at statement, member and object boundaries and stops
 * after AL_PARSE_MAX_ERRORS errors in one source.
 *
 * Thread-safe: every call owns its scanner and parser state, so several
 * threads may parse at once.
 */
#ifndef AL_GRAMMAR_PARSE_H
#define AL_GRAMMAR_PARSE_H

#include <stdbool.h>
#include "grammar/ast.h"
#include "grammar/diag.h"
#include "grammar/source.h"

enum {
    AL_PARSE_MAX_ERRORS = 25,     /* per source; then "too many errors" */
    AL_PARSE_MAX_DEPTH = 2000,    /* expression/statement nesting */
    AL_PARSE_MAX_SYMBOLS = 256,   /* preprocessor symbols */
};

/* Preprocessor symbols defined for a parse (from app.json's
 * "preprocessorSymbols" and the command line).  Case-sensitive, as in C#. */
typedef struct al_symbols {
    const char *names[AL_PARSE_MAX_SYMBOLS];
    uint32_t count;
} al_symbols;

/* Adds [name] unless present; false when the set is full. */
bool al_symbols_add(al_symbols *s, const char *name);
bool al_symbols_has(const al_symbols *s, const char *name, uint32_t len);

/* Parses [src].  Returns the UNIT node (possibly partial after errors; never
 * NULL).  [syms] may be NULL. */
al_node *al_parse_unit(al_source *src, const al_symbols *syms, al_diags *diags);
/* Parses [src] as one expression / one statement; NULL on error. */
al_node *al_parse_expr(al_source *src, al_diags *diags);
al_node *al_parse_stmt(al_source *src, al_diags *diags);

/* Lexes [src] to the end without parsing; returns the token count.  Used by
 * the benchmark to separate scanning cost from parsing cost. */
uint64_t al_parse_lex_only(al_source *src, const al_symbols *syms, al_diags *diags);

#endif
