/* grammar/builder.h — the node builders the grammar's actions call.
 *
 * Each builder makes one node (or list) out of what a rule matched and
 * checks what the grammar alone cannot say cheaply: that `foo` before a
 * number is an object type, that an access word is local/internal/
 * protected, that a named return value has a type.  They report through
 * the parser's diagnostics and never fail.  Private to grammar/.
 */
#ifndef AL_GRAMMAR_BUILDER_H
#define AL_GRAMMAR_BUILDER_H

#include "grammar/parser_ctx.h"

al_node *al_build_unit(al_parser *P, al_nodes items);
al_node *al_build_directive(al_parser *P, al_span sp, al_node *word, al_node *qname);
al_node *al_build_object(al_parser *P, al_span sp, al_node *word, al_node *id, al_node *name,
                         al_nodes clauses, al_nodes members);
al_node *al_build_clause(al_parser *P, al_span sp, al_node *word, al_nodes names);

al_node *al_build_vars(al_parser *P, al_span sp, al_node *access);
al_node *al_build_property(al_parser *P, al_span sp, al_node *name, al_nodes values);
al_node *al_build_section(al_parser *P, al_span sp, al_node *word, al_nodes members);
al_node *al_build_element(al_parser *P, al_span sp, al_node *word, al_nodes args, al_nodes *members);
al_node *al_build_event(al_parser *P, al_span sp, al_node *word, al_node *name, al_nodes params);
al_node *al_build_attr(al_parser *P, al_span sp, al_node *name, al_nodes *args);
al_node *al_build_var_decl(al_parser *P, al_span sp, al_nodes names, al_node *type);

al_node *al_build_routine(al_parser *P, al_span sp, int kind, al_node *access, al_node *name,
                          al_nodes params, al_node *ret_name, al_node *ret_type);
al_node *al_build_routine_body(al_parser *P, al_span sp, al_node *routine, al_nodes locals, al_node *body);
al_nodes al_build_params(al_parser *P, al_span sp, bool by_ref, al_nodes names, al_node *type);
al_nodes al_build_locals(al_parser *P, al_nodes decls);

al_node *al_build_type(al_parser *P, al_span sp, al_node *word, al_nodes *words, al_nodes *size, al_nodes *of);
al_node *al_build_option_type(al_parser *P, al_span sp, al_node *word, al_nodes first, al_nodes rest);
al_node *al_build_label_type(al_parser *P, al_span sp, al_node *word, al_node *text, al_nodes trailer);
al_node *al_build_words(al_parser *P, al_span sp, al_nodes words);

al_node *al_build_expr_stmt(al_parser *P, al_span sp, al_node *expr);
al_node *al_build_assign(al_parser *P, al_span sp, int op, al_node *target, al_node *value);
al_node *al_build_case(al_parser *P, al_span sp, al_node *subject, al_nodes branches, al_nodes *else_);
al_node *al_build_branch(al_parser *P, al_span sp, al_nodes values, al_node *body);
al_node *al_build_loop(al_parser *P, al_span sp, al_ast_kind kind, al_node *cond, al_node *body);
al_node *al_build_repeat(al_parser *P, al_span sp, al_nodes body, al_node *cond);
al_node *al_build_for(al_parser *P, al_span sp, bool down, al_node *var, al_node *from, al_node *to, al_node *body);
al_node *al_build_foreach(al_parser *P, al_span sp, al_node *var, al_node *coll, al_node *body);
al_node *al_build_exit(al_parser *P, al_span sp, al_node *value);
al_node *al_build_asserterror(al_parser *P, al_span sp, al_node *stmt);

/* Reports (once per parse) an expression nested more deeply than
 * AL_PARSE_MAX_DEPTH; returns [n]. */
al_node *al_build_depth(al_parser *P, al_node *n);
al_node *al_build_juxt(al_parser *P, al_span sp, al_node *a, al_node *b);
al_node *al_build_filter_text(al_parser *P, al_span sp, al_span inner);

#endif
