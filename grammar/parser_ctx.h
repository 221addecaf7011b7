/* grammar/parser_ctx.h — state shared by the scanner (lexer.l), the parser
 * (parser.y) and parse.c for one parse.  Private to grammar/. */
#ifndef AL_GRAMMAR_PARSER_CTX_H
#define AL_GRAMMAR_PARSER_CTX_H

#include "grammar/parse.h"

enum { AL_PP_MAX_NEST = 64 };

/* One open #if. */
typedef struct al_pp_frame {
    bool outer_active;   /* was the text around the #if active? */
    bool taken;          /* has some branch of this #if been active? */
    bool cur;            /* is the current branch active? */
    bool seen_else;
    al_span span;        /* of the #if, for "unterminated #if" */
} al_pp_frame;

typedef struct al_parser {
    al_source *src;
    al_diags *diags;
    uint32_t errors_at_start;   /* diags->errors before this parse */
    bool stopped;               /* too many errors: the scanner returns end of input */
    uint32_t off;               /* byte offset of the scanner */
    al_span comment_start;      /* of an open block comment */

    al_symbols syms;            /* copy: #define/#undef change it per file */
    al_pp_frame pp[AL_PP_MAX_NEST];
    uint32_t pp_depth;
    uint32_t skip_nest;         /* nested #if inside an inactive region */

    int prev_token, cur_token;  /* the last two tokens read (for hints) */
    uint32_t depth_errors;      /* "too deeply nested" is reported once */

    al_nodes partial;           /* the file's objects parsed so far */
    al_node *result;
} al_parser;

/* Reports an error at [span] (counts toward the per-source limit). */
void al_parser_error(al_parser *P, al_span span, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Reports a syntax error: [got] is the unexpected token's name (NULL at
 * end of input), [expected] up to [n] token names, [hint] may be NULL. */
void al_parser_syntax_error(al_parser *P, al_span span, const char *got,
                            const char *const *expected, int n, const char *hint);
/* Handles a preprocessor line (the text from '#' to the line end) and
 * returns true when the following text is active. */
bool al_parser_directive(al_parser *P, const char *text, uint32_t len, al_span span);
/* Called by the scanner at end of input: reports an open #if. */
void al_parser_pp_finish(al_parser *P);

#endif
