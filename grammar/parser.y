/* grammar/parser.y — the AL grammar.
 *
 * A pure LALR(1) parser with byte-offset locations.  Every action builds
 * nodes (ast.h) or calls one builder in parse.c; no name lookup or type
 * checking happens here.  Sections, in file order:
 *   1. files and objects        4. statements
 *   2. members                  5. expressions
 *   3. types                    6. property values and element arguments
 *
 * Operator precedence is the one measured on the real AL compiler, loosest
 * first: ?: < comparisons < or xor < and < in is as < + - < * / div mod <
 * unary < postfix.  Comparisons do not chain, so `a = 1 and b = 2` (which
 * groups as a = (1 and b) = 2) is a syntax error with a hint.
 */
%require "3.8"
%define api.pure full
%define api.token.prefix {T_}
%define api.location.type {al_span}
%define parse.error custom
%define parse.lac full
%locations
%expect 0
%param {yyscan_t scanner}
%parse-param {al_parser *P}

%code requires {
#include "grammar/parser_ctx.h"
typedef void *yyscan_t;
}

%code provides {
/* The scanner proper; parse.c wraps it as yylex to remember the last two
 * tokens (for hints such as "no ';' before 'else'"). */
#define YY_DECL int al_lex_raw(YYSTYPE *yylval_param, YYLTYPE *yylloc_param, yyscan_t yyscanner)
YY_DECL;
int yylex(YYSTYPE *yylval_param, YYLTYPE *yylloc_param, yyscan_t yyscanner);
}

%code {
#include <string.h>
#include "grammar/builder.h"
#include "grammar/mem.h"

/* The span of a rule runs from its first non-empty part to its last. */
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                          \
    do {                                                                     \
        if (N) {                                                             \
            int k_ = 1;                                                      \
            while (k_ < (N) && YYRHSLOC(Rhs, k_).start == YYRHSLOC(Rhs, k_).end) k_++; \
            (Cur).file = YYRHSLOC(Rhs, k_).file;                             \
            (Cur).start = YYRHSLOC(Rhs, k_).start;                           \
            (Cur).end = YYRHSLOC(Rhs, N).end;                                \
        } else {                                                             \
            (Cur).file = YYRHSLOC(Rhs, 0).file;                              \
            (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end;                  \
        }                                                                    \
    } while (0)

/* Bison moves its stacks to the heap past YYINITDEPTH; AST pointers kept
 * there must stay visible to the collector. */
#define YYMALLOC al_alloc_root
#define YYFREE al_free_root
#define YYMAXDEPTH 20000

static void yyerror(YYLTYPE *loc, yyscan_t scanner, al_parser *P, const char *msg);
}

%union {
    al_node *node;
    al_nodes list;
    int ival;
}

/* ------------------------------------------------------------- tokens */

%token <node> IDENT "identifier" QIDENT "quoted identifier" FILTER "filter"
%token <node> INT "integer" BIGINT "big integer" DECIMAL "decimal"
%token <node> TEXT "text literal" DATE "date literal" TIME "time literal" DATETIME "datetime literal"

%token AND "and" AS "as" ASSERTERROR "asserterror" BEGIN "begin" CASE "case"
%token DIV "div" DO "do" DOWNTO "downto" ELSE "else" END "end" EXIT "exit"
%token FALSE "false" FOR "for" FOREACH "foreach" IF "if" IN "in" IS "is"
%token MOD "mod" NOT "not" OF "of" OR "or" PROCEDURE "procedure" REPEAT "repeat"
%token THEN "then" TO "to" TRIGGER "trigger" TRUE "true" UNTIL "until" VAR "var"
%token WHILE "while" WITH "with" XOR "xor"

%token ASSIGN ":=" ADD_ASSIGN "+=" SUB_ASSIGN "-=" MUL_ASSIGN "*=" DIV_ASSIGN "/="
%token NE "<>" LE "<=" GE ">=" DOTDOT ".." SCOPE "::"

/* ---------------------------------------------------------- precedence */

%precedence BODYLESS              /* procedure X(); with no body ... */
%precedence VAR                   /* ... unless a var section follows */
%precedence THEN                  /* dangling else binds to the nearest if */
%precedence ELSE
%precedence BARE_FILTER           /* `Filter` as a plain name ... */
%precedence '('                   /* ... unless `filter(` starts a filter text */
%right '?' ':'
%nonassoc '=' NE '<' '>' LE GE
%left OR XOR
%left AND
%nonassoc IN IS AS
%left '+' '-'
%left '*' '/' DIV MOD
%precedence UNARY

%type <node> object name member_name qname routine routine_head type type_inner attribute
%type <node> var_decl stmt block case_value expr postfix primary literal
%type <node> pv_item pv_item_opt pv_seq juxt name_postfix arg elem_group ret_type ret_name
%type <node> local_decl member filter_text
%type <list> top_items members obj_clauses qname_list names params param_list param
%type <list> locals local_decls stmt_list case_branches case_branch case_values
%type <list> opt_args args list_items pv_list elem_args type_words type_list
%type <list> opt_groups opt_groups_words label_trailer attributes_args
%type <ival> assign_op

%start unit expr_only stmt_only

%%

/* ===================================================== 1. files, objects */

unit
    : top_items                  { P->result = al_build_unit(P, $1); }
    ;

expr_only
    : expr                       { P->result = $1; }
    ;

stmt_only
    : stmt                       { P->result = $1; }
    | stmt ';'                   { P->result = $1; }
    ;

/* P->partial keeps what was parsed so far, so a file whose end cannot be
 * parsed still yields its complete objects. */
top_items
    : %empty                     { $$ = P->partial = (al_nodes){0}; }
    | top_items object           { $$ = P->partial = al_nodes_add($1, $2); }
    | top_items IDENT qname ';'  { al_span sp = {@2.file, @2.start, @4.end};
                                   $$ = P->partial = al_nodes_add($1, al_build_directive(P, sp, $2, $3)); }
    | top_items ';'              { $$ = $1; }
    | top_items error '}'        { $$ = $1; yyerrok; }
    | top_items error ';'        { $$ = $1; yyerrok; }
    ;

object
    : IDENT INT name obj_clauses '{' members '}'
                                 { $$ = al_build_object(P, @$, $1, $2, $3, $4, $6); }
    | IDENT name obj_clauses '{' members '}'
                                 { $$ = al_build_object(P, @$, $1, NULL, $2, $3, $5); }
    | IDENT '{' members '}'      { $$ = al_build_object(P, @$, $1, NULL, NULL, (al_nodes){0}, $3); }
    ;

/* extends X / customizes X / implements A, B — kept as (word, names) pairs */
obj_clauses
    : %empty                     { $$ = (al_nodes){0}; }
    | obj_clauses IDENT qname_list
                                 { $$ = al_nodes_add($1, al_build_clause(P, @2, $2, $3)); }
    ;

qname_list
    : qname                      { $$ = al_nodes_one($1); }
    | qname_list ',' qname       { $$ = al_nodes_add($1, $3); }
    ;

qname
    : name
    | qname '.' name             { $$ = al_ast_new_pair(AST_MEMBER, @$, $1, $3); }
    ;

name
    : IDENT
    | QIDENT
    | FILTER
    ;

opt_semi
    : %empty
    | ';'
    ;

/* ============================================================ 2. members */

/* Members are parsed flat; al_build_members groups var declarations under
 * their `var` and hangs attributes on the procedure or variable after them. */
members
    : %empty                     { $$ = (al_nodes){0}; }
    | members member             { $$ = $2 ? al_nodes_add($1, $2) : $1; }
    ;

member
    : attribute
    | VAR                        { $$ = al_build_vars(P, @$, NULL); }
    | IDENT VAR                  { $$ = al_build_vars(P, @$, $1); }
    | var_decl
    | IDENT '=' pv_list ';'      { $$ = al_build_property(P, @$, $1, $3); }
    | IDENT '{' members '}' opt_semi
                                 { $$ = al_build_section(P, @$, $1, $3); }
    | IDENT '(' elem_args ')' opt_semi
                                 { $$ = al_build_element(P, @$, $1, $3, NULL); }
    | IDENT '(' elem_args ')' '{' members '}' opt_semi
                                 { $$ = al_build_element(P, @$, $1, $3, &$6); }
    | FILTER '(' elem_args ')' opt_semi
                                 { $$ = al_build_element(P, @$, $1, $3, NULL); }
    | FILTER '(' elem_args ')' '{' members '}' opt_semi
                                 { $$ = al_build_element(P, @$, $1, $3, &$6); }
    | IDENT name '(' params ')' ';'
                                 { $$ = al_build_event(P, @$, $1, $2, $4); }
    | routine
    | error ';'                  { $$ = NULL; yyerrok; }
    ;

attribute
    : '[' name ']'               { $$ = al_build_attr(P, @$, $2, NULL); }
    | '[' name '(' attributes_args ')' ']'
                                 { $$ = al_build_attr(P, @$, $2, &$4); }
    ;

attributes_args
    : %empty                     { $$ = (al_nodes){0}; }
    | args
    ;

var_decl
    : names ':' type ';'         { $$ = al_build_var_decl(P, @$, $1, $3); }
    ;

names
    : name                       { $$ = al_nodes_one($1); }
    | names ',' name             { $$ = al_nodes_add($1, $3); }
    ;

/* ------------------------------------------------ procedures, triggers */

routine
    : routine_head ';' %prec BODYLESS
                                 { $$ = $1; }
    | routine_head ';' locals block opt_semi
                                 { $$ = al_build_routine_body(P, @$, $1, $3, $4); }
    | routine_head locals block opt_semi
                                 { $$ = al_build_routine_body(P, @$, $1, $2, $3); }
    ;

routine_head
    : PROCEDURE name '(' params ')' ret_name ret_type
                                 { $$ = al_build_routine(P, @$, AL_ROUTINE_PROCEDURE, NULL, $2, $4, $6, $7); }
    | IDENT PROCEDURE name '(' params ')' ret_name ret_type
                                 { $$ = al_build_routine(P, @$, AL_ROUTINE_PROCEDURE, $1, $3, $5, $7, $8); }
    | TRIGGER name '(' params ')' ret_name ret_type
                                 { $$ = al_build_routine(P, @$, AL_ROUTINE_TRIGGER, NULL, $2, $4, $6, $7); }
    ;

ret_name
    : %empty                     { $$ = NULL; }
    | name
    ;

ret_type
    : %empty                     { $$ = NULL; }
    | ':' type                   { $$ = $2; }
    ;

params
    : %empty                     { $$ = (al_nodes){0}; }
    | param_list
    ;

param_list
    : param
    | param_list ';' param       { $$ = $1; for (uint32_t i = 0; i < $3.count; i++) $$ = al_nodes_add($$, $3.items[i]); }
    ;

/* `a, b: Integer` declares two parameters of one type. */
param
    : names ':' type             { $$ = al_build_params(P, @$, false, $1, $3); }
    | VAR names ':' type         { $$ = al_build_params(P, @$, true, $2, $4); }
    ;

locals
    : %empty                     { $$ = (al_nodes){0}; }
    | VAR local_decls            { $$ = al_build_locals(P, $2); }
    | VAR                        { $$ = (al_nodes){0}; }
    ;

local_decls
    : local_decl                 { $$ = al_nodes_one($1); }
    | local_decls local_decl     { $$ = al_nodes_add($1, $2); }
    ;

local_decl
    : var_decl
    | attribute
    ;

/* ============================================================== 3. types */

type
    : type_inner
    | IDENT opt_groups_words ',' opt_groups
                                 { $$ = al_build_option_type(P, @$, $1, $2, $4); }
    | IDENT TEXT label_trailer   { $$ = al_build_label_type(P, @$, $1, $2, $3); }
    ;

opt_groups_words
    : %empty                     { $$ = (al_nodes){0}; }
    | type_words                 { $$ = $1; }
    ;

/* Option members after the first comma: `Option A,,"C D"`. */
opt_groups
    : %empty                     { $$ = al_nodes_one(al_ast_new(AST_EMPTY, @$)); }
    | type_words                 { $$ = al_nodes_one(al_build_words(P, @$, $1)); }
    | opt_groups ','             { $$ = al_nodes_add($1, al_ast_new(AST_EMPTY, @2)); }
    | opt_groups ',' type_words  { $$ = al_nodes_add($1, al_build_words(P, @3, $3)); }
    ;

label_trailer
    : %empty                     { $$ = (al_nodes){0}; }
    | label_trailer ',' expr     { $$ = al_nodes_add($1, $3); }
    ;

type_inner
    : IDENT                      { $$ = al_build_type(P, @$, $1, NULL, NULL, NULL); }
    | IDENT type_words           { $$ = al_build_type(P, @$, $1, &$2, NULL, NULL); }
    /* an object by ID, as older code writes it: `Record 18`, `Codeunit 130002 temporary` */
    | IDENT INT                  { al_nodes w = al_nodes_one($2); $$ = al_build_type(P, @$, $1, &w, NULL, NULL); }
    | IDENT INT type_words       { al_nodes w = al_nodes_one($2);
                                   for (uint32_t i = 0; i < $3.count; i++) w = al_nodes_add(w, $3.items[i]);
                                   $$ = al_build_type(P, @$, $1, &w, NULL, NULL); }
    | IDENT '[' args ']'         { $$ = al_build_type(P, @$, $1, NULL, &$3, NULL); }
    | IDENT '[' args ']' OF type_inner
                                 { al_nodes of = al_nodes_one($6); $$ = al_build_type(P, @$, $1, NULL, &$3, &of); }
    | IDENT OF '[' type_list ']' { $$ = al_build_type(P, @$, $1, NULL, NULL, &$4); }
    ;

type_words
    : qname                      { $$ = al_nodes_one($1); }
    | type_words qname           { $$ = al_nodes_add($1, $2); }
    ;

type_list
    : type_inner                 { $$ = al_nodes_one($1); }
    | type_list ',' type_inner   { $$ = al_nodes_add($1, $3); }
    ;

/* ========================================================= 4. statements */

block
    : BEGIN stmt_list END        { $$ = al_ast_new_list(AST_BLOCK, @$, $2); }
    ;

/* Semicolons separate statements; empty statements are dropped. */
stmt_list
    : stmt                       { $$ = $1 ? al_nodes_one($1) : (al_nodes){0}; }
    | stmt_list ';' { yyerrok; } stmt
                                 { $$ = $4 ? al_nodes_add($1, $4) : $1; }
    ;

stmt
    : %empty                     { $$ = NULL; }
    | postfix                    { $$ = al_build_expr_stmt(P, @$, $1); }
    | postfix assign_op expr     { $$ = al_build_assign(P, @$, $2, $1, $3); }
    | block
    | IF expr THEN stmt %prec THEN
                                 { $$ = al_ast_new_cond(AST_IF, @$, $2, $4, NULL); }
    | IF expr THEN stmt ELSE stmt
                                 { $$ = al_ast_new_cond(AST_IF, @$, $2, $4, $6); }
    | CASE expr OF case_branches END
                                 { $$ = al_build_case(P, @$, $2, $4, NULL); }
    | CASE expr OF case_branches ELSE stmt_list END
                                 { $$ = al_build_case(P, @$, $2, $4, &$6); }
    | WHILE expr DO stmt         { $$ = al_build_loop(P, @$, AST_WHILE, $2, $4); }
    | WITH expr DO stmt          { $$ = al_build_loop(P, @$, AST_WITH, $2, $4); }
    | REPEAT stmt_list UNTIL expr
                                 { $$ = al_build_repeat(P, @$, $2, $4); }
    | FOR postfix ASSIGN expr TO expr DO stmt
                                 { $$ = al_build_for(P, @$, false, $2, $4, $6, $8); }
    | FOR postfix ASSIGN expr DOWNTO expr DO stmt
                                 { $$ = al_build_for(P, @$, true, $2, $4, $6, $8); }
    | FOREACH name IN expr DO stmt
                                 { $$ = al_build_foreach(P, @$, $2, $4, $6); }
    | EXIT                       { $$ = al_build_exit(P, @$, NULL); }
    | EXIT '(' ')'               { $$ = al_build_exit(P, @$, NULL); }
    | EXIT '(' expr ')'          { $$ = al_build_exit(P, @$, $3); }
    | ASSERTERROR stmt           { $$ = al_build_asserterror(P, @$, $2); }
    | error                      { $$ = NULL; }
    ;

assign_op
    : ASSIGN                     { $$ = AL_OP_ASSIGN; }
    | ADD_ASSIGN                 { $$ = AL_OP_ADD_ASSIGN; }
    | SUB_ASSIGN                 { $$ = AL_OP_SUB_ASSIGN; }
    | MUL_ASSIGN                 { $$ = AL_OP_MUL_ASSIGN; }
    | DIV_ASSIGN                 { $$ = AL_OP_DIV_ASSIGN; }
    ;

/* Branches are separated by ';'; an empty branch (a stray ';') is dropped. */
case_branches
    : case_branch
    | case_branches ';' case_branch
                                 { $$ = $1; for (uint32_t i = 0; i < $3.count; i++) $$ = al_nodes_add($$, $3.items[i]); }
    ;

case_branch
    : %empty                     { $$ = (al_nodes){0}; }
    | case_values ':' stmt       { $$ = al_nodes_one(al_build_branch(P, @$, $1, $3)); }
    ;

case_values
    : case_value                 { $$ = al_nodes_one($1); }
    | case_values ',' case_value { $$ = al_nodes_add($1, $3); }
    ;

case_value
    : expr
    | expr DOTDOT expr           { $$ = al_ast_new_pair(AST_RANGE, @$, $1, $3); }
    ;

/* ======================================================== 5. expressions */

expr
    : postfix
    | NOT expr %prec UNARY       { $$ = al_build_depth(P, al_ast_new_unary(@$, AL_OP_NOT, $2)); }
    | '-' expr %prec UNARY       { $$ = al_build_depth(P, al_ast_new_unary(@$, AL_OP_NEG, $2)); }
    | '+' expr %prec UNARY       { $$ = al_build_depth(P, al_ast_new_unary(@$, AL_OP_PLUS, $2)); }
    | expr '*' expr              { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_MUL, $1, $3)); }
    | expr '/' expr              { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_DIVIDE, $1, $3)); }
    | expr DIV expr              { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_DIV, $1, $3)); }
    | expr MOD expr              { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_MOD, $1, $3)); }
    | expr '+' expr              { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_ADD, $1, $3)); }
    | expr '-' expr              { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_SUB, $1, $3)); }
    | expr IN expr               { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_IN, $1, $3)); }
    | expr IS qname              { $$ = al_build_depth(P, al_ast_new_pair(AST_IS, @$, $1, $3)); }
    | expr AS qname              { $$ = al_build_depth(P, al_ast_new_pair(AST_AS, @$, $1, $3)); }
    | expr AND expr              { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_AND, $1, $3)); }
    | expr OR expr               { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_OR, $1, $3)); }
    | expr XOR expr              { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_XOR, $1, $3)); }
    | expr '=' expr              { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_EQ, $1, $3)); }
    | expr NE expr               { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_NE, $1, $3)); }
    | expr '<' expr              { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_LT, $1, $3)); }
    | expr LE expr               { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_LE, $1, $3)); }
    | expr '>' expr              { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_GT, $1, $3)); }
    | expr GE expr               { $$ = al_build_depth(P, al_ast_new_binary(@$, AL_OP_GE, $1, $3)); }
    | expr '?' expr ':' expr     { $$ = al_build_depth(P, al_ast_new_cond(AST_TERNARY, @$, $1, $3, $5)); }
    ;

literal
    : INT
    | BIGINT
    | DECIMAL
    | TEXT
    | DATE
    | TIME
    | DATETIME
    | TRUE                       { $$ = al_ast_new_bool(@$, true); }
    | FALSE                      { $$ = al_ast_new_bool(@$, false); }
    ;

postfix
    : primary
    | postfix '.' member_name    { $$ = al_build_depth(P, al_ast_new_pair(AST_MEMBER, @$, $1, $3)); }
    | postfix SCOPE member_name  { $$ = al_build_depth(P, al_ast_new_pair(AST_SCOPE, @$, $1, $3)); }
    | postfix '(' opt_args ')'   { $$ = al_build_depth(P, al_ast_new_call(AST_CALL, @$, $1, $3)); }
    | postfix '[' args ']'       { $$ = al_build_depth(P, al_ast_new_call(AST_INDEX, @$, $1, $3)); }
    ;

primary
    : literal
    | IDENT
    | QIDENT
    | FILTER %prec BARE_FILTER
    | filter_text
    | '(' expr ')'               { $$ = $2; $$->span = @$; }
    | '[' ']'                    { $$ = al_ast_new_list(AST_LIST, @$, (al_nodes){0}); }
    | '[' list_items ']'         { $$ = al_build_depth(P, al_ast_new_list(AST_LIST, @$, $2)); }
    ;

member_name
    : IDENT
    | QIDENT
    | FILTER
    ;

list_items
    : case_value                 { $$ = al_nodes_one($1); }
    | list_items ',' case_value  { $$ = al_nodes_add($1, $3); }
    ;

opt_args
    : %empty                     { $$ = (al_nodes){0}; }
    | args
    ;

args
    : arg                        { $$ = al_nodes_one($1); }
    | args ',' arg               { $$ = al_nodes_add($1, $3); }
    ;

/* In CalcFormula and TableRelation an argument may be followed by a
 * where(...) clause: sum("Cust. Ledger Entry".Amount where(...)). */
arg
    : expr
    | expr juxt                  { $$ = al_build_juxt(P, @$, $1, $2); }
    ;

/* ============================== 6. property values and element arguments */

/* filter(...) holds BC filter text, not an expression: `filter(<>''|Open)`.
 * Its raw source text is kept; later phases parse it as a filter. */
filter_text
    : FILTER '(' filter_soup ')' { $$ = al_build_filter_text(P, @$, @3); }
    ;

filter_soup
    : %empty
    | filter_soup filter_token
    | filter_soup '(' filter_soup ')'
    ;

filter_token
    : IDENT | QIDENT | FILTER | INT | BIGINT | DECIMAL | TEXT | DATE | TIME | DATETIME
    | AND | AS | ASSERTERROR | BEGIN | CASE | DIV | DO | DOWNTO | ELSE | END | EXIT
    | FALSE | FOR | FOREACH | IF | IN | IS | MOD | NOT | OF | OR | PROCEDURE | REPEAT
    | THEN | TO | TRIGGER | TRUE | UNTIL | VAR | WHILE | WITH | XOR
    | ASSIGN | ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | DIV_ASSIGN | NE | LE | GE | DOTDOT | SCOPE
    | '+' | '-' | '*' | '/' | '=' | '<' | '>' | '.' | ',' | ':' | '[' | ']' | '?'
    | '|' | '&' | '@' | '%'
    ;

pv_list
    : pv_item_opt                { $$ = al_nodes_one($1); }
    | pv_list ',' pv_item_opt    { $$ = al_nodes_add($1, $3); }
    ;

pv_item_opt
    : %empty                     { $$ = al_ast_new(AST_EMPTY, @$); }
    | pv_item
    ;

pv_item
    : pv_seq
    | pv_seq ':' pv_seq          { $$ = al_ast_new_pair(AST_PAIR, @$, $1, $3); }
    | IF '(' args ')' pv_seq %prec THEN
                                 { $$ = al_ast_new_cond(AST_PROP_IF, @$, al_ast_new_list(AST_ARGGROUP, @3, $3), $5, NULL); }
    | IF '(' args ')' pv_seq ELSE pv_item
                                 { $$ = al_ast_new_cond(AST_PROP_IF, @$, al_ast_new_list(AST_ARGGROUP, @3, $3), $5, $7); }
    ;

/* Words written side by side: page "Customer Card", sorting(..) where(..),
 * tabledata Customer = RIMD. */
pv_seq
    : expr
    | pv_seq juxt                { $$ = al_build_juxt(P, @$, $1, $2); }
    ;

juxt
    : name_postfix
    | name_postfix '=' name_postfix
                                 { $$ = al_ast_new_binary(@$, AL_OP_EQ, $1, $3); }
    ;

name_postfix
    : IDENT
    | QIDENT
    | name_postfix '.' member_name
                                 { $$ = al_ast_new_pair(AST_MEMBER, @$, $1, $3); }
    | name_postfix SCOPE member_name
                                 { $$ = al_ast_new_pair(AST_SCOPE, @$, $1, $3); }
    | name_postfix '(' opt_args ')'
                                 { $$ = al_ast_new_call(AST_CALL, @$, $1, $3); }
    ;

/* field(1; "No."; Code[20]): groups separated by ';', items by ','. */
elem_args
    : elem_group                 { $$ = al_nodes_one($1); }
    | elem_args ';' elem_group   { $$ = al_nodes_add($1, $3); }
    ;

elem_group
    : pv_list                    { $$ = al_ast_new_list(AST_ARGGROUP, @$, $1); }
    ;

%%

static void yyerror(YYLTYPE *loc, yyscan_t scanner, al_parser *P, const char *msg)
{
    (void)scanner;
    if (strcmp(msg, "memory exhausted") == 0)
        al_parser_error(P, *loc, "nesting is too deep (more than %d levels)", YYMAXDEPTH / 2);
    else
        al_parser_error(P, *loc, "%s", msg);
}

/* How a token is named in a message: keywords and operators in quotes
 * ('begin', ':='), token classes plain (identifier, text literal). */
static const char *display(yysymbol_kind_t k, char *buf, size_t cap)
{
    const char *name = yysymbol_name(k);
    if (k >= YYSYMBOL_AND && k <= YYSYMBOL_SCOPE) {
        snprintf(buf, cap, "'%s'", name);
        return buf;
    }
    return name;
}

/* "syntax error, unexpected X, expecting A or B" with a hint for the
 * commonest AL mistakes. */
static int yyreport_syntax_error(const yypcontext_t *ctx, yyscan_t scanner, al_parser *P)
{
    (void)scanner;
    enum { MAX_SHOWN = 5 };
    yysymbol_kind_t expected[YYNTOKENS];
    char bufs[MAX_SHOWN][32], gbuf[32];
    const char *names[MAX_SHOWN];
    int n = yypcontext_expected_tokens(ctx, expected, YYNTOKENS);
    yysymbol_kind_t got = yypcontext_token(ctx);
    bool wants_assign = false;
    if (n < 0) n = 0;
    for (int i = 0; i < n; i++) {
        if (i < MAX_SHOWN) names[i] = display(expected[i], bufs[i], sizeof bufs[i]);
        if (expected[i] == YYSYMBOL_ASSIGN) wants_assign = true;
    }
    const char *g = got == YYSYMBOL_YYEOF ? NULL : display(got, gbuf, sizeof gbuf);
    const char *hint = NULL;
    if (g && (!strcmp(g, "'='") || !strcmp(g, "'<'") || !strcmp(g, "'>'")
              || got == YYSYMBOL_NE || got == YYSYMBOL_LE || got == YYSYMBOL_GE))
        hint = "comparisons bind more loosely than 'and'/'or' and do not chain: add parentheses, e.g. (A = 1) and (B = 2)";
    if (g && !strcmp(g, "'='") && wants_assign)
        hint = "use ':=' for assignment";
    if (got == YYSYMBOL_ELSE && P->prev_token == ';')
        hint = "there is no ';' before 'else'";
    if (g && !strcmp(g, "':'") && (P->prev_token == T_IDENT || P->prev_token == T_QIDENT))
        hint = "is a ';' missing at the end of the declaration before it?";
    al_parser_syntax_error(P, *yypcontext_location(ctx), g, names, n > MAX_SHOWN ? 0 : n, hint);
    return 0;
}
