/* parser.y — the pure arr parser.  Actions only build the AST.
 *
 * Grammar notes:
 *  - an assignment target and an expression statement are both parsed as a
 *    postfix expression; sema checks the target is a name or an index;
 *  - ranges (lo..hi) occur only in indices, `for` and generators, so `..`
 *    binds looser than every operator;
 *  - runStencil(...) |p...| { } is a statement (`;` optional) and may be the
 *    value of let/var/assignment/return. */
%define api.pure full
%define api.prefix {arr_yy}
%define parse.error custom
%define parse.lac full
%locations
%define api.location.type {Span}
%expect 0
%param {void *scanner}
%parse-param {Module *mod}

%code requires {
#include "ast.h"
#include "builtins.h"
struct LexState;
}

%code provides {
int arr_yylex(ARR_YYSTYPE *lval, Span *lloc, void *scanner);
struct LexState *arr_yyget_extra(void *scanner);
}

%code {
#include "parse.h"
#include "parse_words.h"
#include "suggest.h"
#include <ctype.h>
#include <string.h>

/* bison's own default, stated so that the error message can name it */
#define YYMAXDEPTH 10000

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                      \
    do {                                                                 \
        if (N) {                                                         \
            (Cur).beg = YYRHSLOC(Rhs, 1).beg;                            \
            (Cur).end = YYRHSLOC(Rhs, N).end;                            \
            (Cur).file = YYRHSLOC(Rhs, 1).file;                          \
        } else {                                                         \
            (Cur).beg = (Cur).end = YYRHSLOC(Rhs, 0).end;                \
            (Cur).file = YYRHSLOC(Rhs, 0).file;                          \
        }                                                                \
    } while (0)

static Expr *mk_bin(Op op, Expr *a, Expr *b, Span s)
{
    Expr *e = ast_expr(E_BINARY, s);
    e->op.op = op; e->op.a = a; e->op.b = b;
    return ast_bound_depth(e, a, b, NULL);
}

static Expr *mk_un(Op op, Expr *a, Span s)
{
    Expr *e = ast_expr(E_UNARY, s);
    e->op.op = op; e->op.a = a;
    return ast_bound_depth(e, a, NULL, NULL);
}

static Ident *mk_ident(const char *name, Span s)
{
    Ident *id = NEW(Ident);
    id->name = name; id->span = s;
    return id;
}

static void arr_yyerror(Span *loc, void *scanner, Module *mod, const char *msg)
{
    (void)scanner; (void)mod;
    /* bison's stack is full (YYMAXDEPTH entries): brackets, blocks, 'if's
     * or 'else if's nested some thousands deep */
    if (!strcmp(msg, "memory exhausted"))
        diag_error(*loc, "the program is nested too deeply here for the parser (limit %d parser stack entries)", YYMAXDEPTH);
    else
        diag_error(*loc, "%s", msg);
}

/* The deepest expression of an argument list (for ast_bound_depth). */
static Expr *max_depth(PtrList *l)
{
    Expr *m = NULL;
    for (int i = 0; i < l->len; i++) {
        Expr *e = l->items[i];
        if (!m || e->depth > m->depth) m = e;
    }
    return m;
}

static PtrList list1(void *p)
{
    PtrList l = {0};
    plist_push(&l, p);
    return l;
}
}

%union {
    uint64_t ival;
    struct { double val; bool f32, imag; } flt;
    const char *str;
    TyKind tyname;
    Op op;
    Expr *expr;
    Stmt *stmt;
    PtrList list;
    TypeExpr *type;
    Dim *dim;
    FnDecl *fn;
    Gen *gen;
    Param *param;
}

%token END 0 "end of file"
%token FN "'fn'" EXPORT "'export'" LET "'let'" VAR "'var'" IF "'if'" ELSE "'else'"
%token FOR "'for'" IN "'in'" WHILE "'while'" RETURN "'return'" TRUE "'true'"
%token FALSE "'false'" IMPORT "'import'" EXTERN "'extern'" RUNSTENCIL "'runStencil'"
%token BREAK "'break'" CONTINUE "'continue'"
%token <tyname> TYPENAME "type name"
%token <str> IDENT "identifier" STRING "string"
%token <ival> INT "integer literal"
%token <flt> FLOAT "floating-point literal"
%token ARROW "'->'" DOTDOT "'..'" POW "'**'" SHL "'<<'" SHR "'>>'"
%token LE "'<='" GE "'>='" EQ "'=='" NE "'!='" ANDAND "'&&'" OROR "'||'"
%token <op> ASSIGNOP "compound assignment"
%token '(' "'('" ')' "')'" '[' "'['" ']' "']'" '{' "'{'" '}' "'}'"
%token '-' "'-'" '+' "'+'" '*' "'*'" '/' "'/'" '%' "'%'" '<' "'<'" '>' "'>'"
%token '=' "'='" '!' "'!'" '~' "'~'" '&' "'&'" '^' "'^'" '|' "'|'" '?' "'?'"
%token ':' "':'" ';' "';'" ',' "','" '.' "'.'" '@' "'@'"

%type <expr> expr expr_or_stencil postfix primary idx_arg stencil lambda arg block_expr
%type <list> params1 params args args1 idx_args exprs1 stmts block else_part
%type <list> block_stmts ret_values idents1 gens dims pattern type_list
%type <stmt> stmt
%type <str> name
%type <type> type opt_type ret_type
%type <dim> dim
%type <fn> fn_decl fn_head
%type <gen> gen
%type <param> param

%right '?' ':'
%left OROR
%left ANDAND
%nonassoc '<' LE '>' GE EQ NE
%left '|'
%left '^'
%left '&'
%left SHL SHR
%left '+' '-'
%left '*' '/' '%' '@'
%right POW
%precedence UNARY

%%

module
    : %empty
    | module item
    ;

item
    : fn_decl                      { plist_push(&mod->fns, $1); }
    | IMPORT STRING ';'            { Expr *e = ast_expr(E_SYMBOL, @2); e->name.name = $2; plist_push(&mod->imports, e); }
    | EXTERN STRING ';'            { Expr *e = ast_expr(E_SYMBOL, @2); e->name.name = $2; plist_push(&mod->extern_headers, e); }
    | EXTERN STRING fn_head ';'    { $3->is_extern = true; $3->header = $2; $3->header_span = @2; plist_push(&mod->fns, $3); }
    | error '}'
    | error ';'
    ;

fn_decl
    : fn_head block                { $$ = $1; $$->body = $2; }
    | EXPORT fn_head block         { $$ = $2; $$->body = $3; $$->is_export = true; $$->span = span_join(@1, @2); }
    ;

fn_head
    : FN IDENT '(' params ')' ret_type
                                   { $$ = NEW(FnDecl); $$->name = $2; $$->name_span = @2; $$->span = @$;
                                     $$->params = $4; $$->ret = $6; }
    ;

ret_type
    : %empty                       { $$ = NULL; }
    | ARROW type                   { $$ = $2; }
    ;

params
    : %empty                       { $$ = (PtrList){0}; }
    | params1
    | params1 ','
    ;

params1
    : param                        { $$ = list1($1); }
    | params1 ',' param            { $$ = $1; plist_push(&$$, $3); }
    ;

param
    : name ':' type                { $$ = NEW(Param); $$->id.name = $1; $$->id.span = @1; $$->ty = $3; }
    ;

type
    : TYPENAME                     { $$ = NEW(TypeExpr); $$->span = @$; $$->scalar = $1; }
    | TYPENAME '[' dims ']'        { $$ = NEW(TypeExpr); $$->span = @$; $$->scalar = $1; $$->is_array = true; $$->dims = $3; }
    | '(' type ',' type_list ')'   { $$ = NEW(TypeExpr); $$->span = @$; $$->is_tuple = true;
                                     $$->elts = list1($2);
                                     for (int i = 0; i < $4.len; i++) plist_push(&$$->elts, $4.items[i]); }
    ;

type_list
    : type                         { $$ = list1($1); }
    | type_list ',' type           { $$ = $1; plist_push(&$$, $3); }
    ;

dims
    : dim                          { $$ = list1($1); }
    | dims ',' dim                 { $$ = $1; plist_push(&$$, $3); }
    ;

dim
    : %empty                       { $$ = NEW(Dim); $$->kind = DIM_EMPTY; $$->span = @$; }
    | name                         { $$ = NEW(Dim); $$->kind = DIM_NAME; $$->name = $1; $$->span = @$; }  /* f64[u8]: a size named like a type */
    | INT                          { $$ = NEW(Dim); $$->kind = DIM_INT; $$->value = (int64_t)$1; $$->span = @$; }
    ;

block
    : '{' stmts '}'                { $$ = $2; }
    ;

/* a declared name: type names are not keywords (`let i32 = 3;`) */
name
    : IDENT
    | TYPENAME                     { $$ = (char *)ty_kind_name($1); }
    ;

stmts
    : %empty                       { $$ = (PtrList){0}; }
    | stmts stmt                   { $$ = $1; if ($2) plist_push(&$$, $2); }
    ;

opt_type
    : %empty                       { $$ = NULL; }
    | ':' type                     { $$ = $2; }
    ;

pattern
    : name                         { $$ = list1(mk_ident($1, @1)); }
    | '(' idents1 ')'              { $$ = $2; }
    ;

idents1
    : name                         { $$ = list1(mk_ident($1, @1)); }
    | idents1 ',' name             { $$ = $1; plist_push(&$$, mk_ident($3, @3)); }
    ;

stmt
    : LET pattern opt_type '=' expr_or_stencil ';'
                                   { $$ = ast_stmt(S_LET, @$); $$->let.names = $2; $$->let.ty = $3; $$->let.init = $5; }
    | VAR pattern opt_type '=' expr_or_stencil ';'
                                   { $$ = ast_stmt(S_VAR, @$); $$->let.names = $2; $$->let.ty = $3; $$->let.init = $5; }
    | postfix '=' expr_or_stencil ';'
                                   { $$ = ast_stmt(S_ASSIGN, @$); $$->assign.op = OP_ASSIGN; $$->assign.target = $1; $$->assign.value = $3; }
    | postfix ASSIGNOP expr ';'    { $$ = ast_stmt(S_ASSIGN, @$); $$->assign.op = $2; $$->assign.target = $1; $$->assign.value = $3; }
    | postfix ';'                  { $$ = ast_stmt(S_EXPR, @$); $$->expr = $1; }
    | stencil                      { $$ = ast_stmt(S_EXPR, @$); $$->expr = $1; }
    | stencil ';'                  { $$ = ast_stmt(S_EXPR, @$); $$->expr = $1; }
    | IF expr block else_part      { $$ = ast_stmt(S_IF, @$); $$->if_.cond = $2; $$->if_.then = $3; $$->if_.els = $4; }
    | FOR name IN expr DOTDOT expr block
                                   { $$ = ast_stmt(S_FOR, @$); $$->for_.var.name = $2; $$->for_.var.span = @2;
                                     Expr *r = ast_expr(E_RANGE, span_join(@4, @6)); r->range.lo = $4; r->range.hi = $6;
                                     $$->for_.range = r; $$->for_.body = $7; }
    | WHILE expr block             { $$ = ast_stmt(S_WHILE, @$); $$->while_.cond = $2; $$->while_.body = $3; }
    | RETURN ret_values ';'        { $$ = ast_stmt(S_RETURN, @$); $$->ret.values = $2; }
    | BREAK ';'                    { $$ = ast_stmt(S_BREAK, @1); }
    | CONTINUE ';'                 { $$ = ast_stmt(S_CONTINUE, @1); }
    | error ';'                    { $$ = NULL; }
    ;

else_part
    : %empty                       { $$ = (PtrList){0}; }
    | ELSE block                   { $$ = $2; }
    | ELSE IF expr block else_part { Stmt *s = ast_stmt(S_IF, span_join(@2, @4)); s->if_.cond = $3; s->if_.then = $4; s->if_.els = $5;
                                     $$ = list1(s); }
    ;

ret_values
    : %empty                       { $$ = (PtrList){0}; }
    | expr_or_stencil              { $$ = list1($1); }
    | expr ',' exprs1              { $$ = list1($1); for (int i = 0; i < $3.len; i++) plist_push(&$$, $3.items[i]); }
    ;

expr_or_stencil
    : expr
    | stencil
    ;

stencil
    : RUNSTENCIL '(' args ')' '|' idents1 '|' block
                                   { $$ = ast_expr(E_STENCIL, @$); $$->stencil.args = $3; $$->stencil.params = $6; $$->stencil.body = $8; }
    ;

exprs1
    : expr                         { $$ = list1($1); }
    | exprs1 ',' expr              { $$ = $1; plist_push(&$$, $3); }
    ;

expr
    : postfix
    | '-' expr %prec UNARY         { $$ = mk_un(OP_NEG, $2, @$); }
    | '!' expr %prec UNARY         { $$ = mk_un(OP_NOT, $2, @$); }
    | '~' expr %prec UNARY         { $$ = mk_un(OP_BNOT, $2, @$); }
    | expr POW expr                { $$ = mk_bin(OP_POW, $1, $3, @$); }
    | expr '*' expr                { $$ = mk_bin(OP_MUL, $1, $3, @$); }
    | expr '@' expr                { /* the builtin whatever a local or function named matmul (section 10) */
                                     $$ = ast_expr(E_CALL, @$); $$->call.name = "matmul"; $$->call.name_span = @2;
                                     $$->call.builtin = BI_MATMUL;
                                     plist_push(&$$->call.args, $1); plist_push(&$$->call.args, $3);
                                     $$ = ast_bound_depth($$, $1, $3, NULL); }
    | expr '/' expr                { $$ = mk_bin(OP_DIV, $1, $3, @$); }
    | expr '%' expr                { $$ = mk_bin(OP_MOD, $1, $3, @$); }
    | expr '+' expr                { $$ = mk_bin(OP_ADD, $1, $3, @$); }
    | expr '-' expr                { $$ = mk_bin(OP_SUB, $1, $3, @$); }
    | expr SHL expr                { $$ = mk_bin(OP_SHL, $1, $3, @$); }
    | expr SHR expr                { $$ = mk_bin(OP_SHR, $1, $3, @$); }
    | expr '&' expr                { $$ = mk_bin(OP_BAND, $1, $3, @$); }
    | expr '^' expr                { $$ = mk_bin(OP_BXOR, $1, $3, @$); }
    | expr '|' expr                { $$ = mk_bin(OP_BOR, $1, $3, @$); }
    | expr '<' expr                { $$ = mk_bin(OP_LT, $1, $3, @$); }
    | expr LE expr                 { $$ = mk_bin(OP_LE, $1, $3, @$); }
    | expr '>' expr                { $$ = mk_bin(OP_GT, $1, $3, @$); }
    | expr GE expr                 { $$ = mk_bin(OP_GE, $1, $3, @$); }
    | expr EQ expr                 { $$ = mk_bin(OP_EQ, $1, $3, @$); }
    | expr NE expr                 { $$ = mk_bin(OP_NE, $1, $3, @$); }
    | expr ANDAND expr             { $$ = mk_bin(OP_AND, $1, $3, @$); }
    | expr OROR expr               { $$ = mk_bin(OP_OR, $1, $3, @$); }
    | expr '?' expr ':' expr       { $$ = ast_expr(E_COND, @$); $$->op.c = $1; $$->op.a = $3; $$->op.b = $5;
                                     $$ = ast_bound_depth($$, $1, $3, $5); }
    ;

postfix
    : primary
    | postfix '[' idx_args ']'     { $$ = ast_expr(E_INDEX, @$); $$->index.base = $1; $$->index.idx = $3;
                                     $$ = ast_bound_depth($$, $1, max_depth(&$3), NULL); }
    ;

idx_args
    : idx_arg                      { $$ = list1($1); }
    | idx_args ',' idx_arg         { $$ = $1; plist_push(&$$, $3); }
    ;

idx_arg
    : expr
    | expr DOTDOT expr             { $$ = ast_expr(E_RANGE, @$); $$->range.lo = $1; $$->range.hi = $3; }
    | DOTDOT                       { $$ = ast_expr(E_RANGE, @$); }
    ;

primary
    : INT                          { $$ = ast_expr(E_INT, @$); $$->ival = $1; }
    | FLOAT                        { $$ = ast_expr(E_FLOAT, @$); $$->flt.val = $1.val; $$->flt.f32 = $1.f32; $$->flt.imag = $1.imag; }
    | TRUE                         { $$ = ast_expr(E_BOOL, @$); $$->bval = true; }
    | FALSE                        { $$ = ast_expr(E_BOOL, @$); $$->bval = false; }
    | IDENT                        { $$ = ast_expr(E_NAME, @$); $$->name.name = $1; }
    | TYPENAME                     { $$ = ast_expr(E_TYPENAME, @$); $$->tyname = $1; }
    | ':' IDENT                    { $$ = ast_expr(E_SYMBOL, @$); $$->name.name = $2; }
    | IDENT '(' args ')'           { $$ = ast_expr(E_CALL, @$); $$->call.name = $1; $$->call.name_span = @1; $$->call.args = $3;
                                     $$ = ast_bound_depth($$, max_depth(&$3), NULL, NULL); }
    | TYPENAME '(' args ')'        { $$ = ast_expr(E_CALL, @$); $$->call.name = ty_kind_name($1); $$->call.name_span = @1; $$->call.args = $3;
                                     $$ = ast_bound_depth($$, max_depth(&$3), NULL, NULL); }
    | '(' expr ')'                 { $$ = $2; }
    | '(' expr ',' exprs1 ')'      { $$ = ast_expr(E_TUPLE, @$); $$->tuple = list1($2);
                                     for (int i = 0; i < $4.len; i++) plist_push(&$$->tuple, $4.items[i]); }
    | '[' expr FOR gens ']'        { $$ = ast_expr(E_COMPREH, @$); $$->comp.body = $2; $$->comp.gens = $4; }
    | '[' exprs1 ']'               { $$ = ast_expr(E_ARRAYLIT, @$); $$->tuple = $2;
                                     $$ = ast_bound_depth($$, max_depth(&$2), NULL, NULL); }
    | block_expr
    | '(' error ')'                { $$ = ast_expr(E_INT, @$); }
    ;

block_expr
    : '{' block_stmts expr '}'     { $$ = ast_expr(E_BLOCK, @$); $$->block.stmts = $2; $$->block.value = $3; }
    | '{' block_stmts error '}'    { $$ = ast_expr(E_INT, @$); }
    ;

block_stmts
    : %empty                       { $$ = (PtrList){0}; }
    | block_stmts stmt             { $$ = $1; if ($2) plist_push(&$$, $2); }
    ;

gens
    : gen                          { $$ = list1($1); }
    | gens ',' gen                 { $$ = $1; plist_push(&$$, $3); }
    ;

gen
    : name IN expr DOTDOT expr     { $$ = NEW(Gen); $$->var.name = $1; $$->var.span = @1;
                                     $$->range = ast_expr(E_RANGE, span_join(@3, @5));
                                     $$->range->range.lo = $3; $$->range->range.hi = $5; }
    | name IN expr                 { $$ = NEW(Gen); $$->var.name = $1; $$->var.span = @1; $$->over = $3; }
    ;

args
    : %empty                       { $$ = (PtrList){0}; }
    | args1
    ;

args1
    : arg                          { $$ = list1($1); }
    | args1 ',' arg                { $$ = $1; plist_push(&$$, $3); }
    ;

arg
    : expr
    | lambda
    ;

lambda
    : '|' idents1 '|' expr         { $$ = ast_expr(E_LAMBDA, @$); $$->lambda.params = $2; $$->lambda.body = $4; }
    ;

%%

/* Hints for what Python, NumPy and C programmers type by habit (one note
 * at most): Python's and/or/not/elif, '=' in a condition, NumPy's
 * np.f(a) and a.shape, slices with ':', a ':' opening a block; a
 * declaration with a type first (`double s = 0.0;`), a C for loop, a
 * chained comparison. */
static void habit_hint(struct LexState *ls, yysymbol_kind_t got, Span at)
{
    static const char *const ctypes[][2] = {
        { "double", "f64" }, { "float", "f32" }, { "int", "i32" }, { "long", "i64" }, { "short", "i16" },
        { "char", "i8" }, { "unsigned", "u32" }, { "size_t", "i64" }, { "int64_t", "i64" }, { "int32_t", "i32" },
        { "uint8_t", "u8" }, { "uint64_t", "u64" }, { "auto", NULL },
    };
    Span w;
    const char *prev = word_before(at.file, ls->prev_end, &w);
    const char *gn = yysymbol_name(got), *py;
    if (got == YYSYMBOL_STRING) {
        diag_note(at, "arr has no string values: strings name files in 'import' and 'extern' declarations");
        return;
    }
    if (got == YYSYMBOL_IDENT && (py = python_word(token_text(at)))) {
        diag_note(at, "arr writes '%s' as '%s'", token_text(at), py);
        return;
    }
    if ((py = python_word(prev))) {
        diag_note(w, "arr writes '%s' as '%s'", prev, py);
        return;
    }
    if (!strcmp(gn, "'if'") && python_cond_note(at)) return;
    bool in_call = ls->depth > 0 && ls->depth <= LEX_MAX_DEPTH && ls->open_ch[ls->depth - 1] == '(';
    if (!strcmp(gn, "'='") && in_call && prev) {          /* NumPy's sum(a, axis=0) */
        diag_note(w, "arr has no keyword arguments ('%s='): give the value alone, in order ('sum(a, 0)')", prev);
        return;
    }
    if (!strcmp(gn, "'='") && at.beg >= 2 && !strncmp(diag_file(at.file)->text + at.beg - 2, "..", 2)) {
        diag_note(at, "a range excludes its end, and there is no '..=': write 'lo..hi + 1' to include hi");   /* Rust's 0..=n */
        return;
    }
    if (!strcmp(gn, "'='")) {
        diag_note(at, "to compare, write '=='; '=' assigns, as a statement of its own");
        return;
    }
    if (!strcmp(gn, "'{'")) {                             /* Python's for i in range(n) */
        const SourceFile *f = diag_file(at.file);
        uint32_t b = line_words(at);
        const char *r = at.beg - b > 4 && !strncmp(f->text + b, "for ", 4) ? strstr(f->text + b, "range(") : NULL;
        if (r && r < f->text + at.beg) {
            diag_note((Span){ (uint32_t)(r - f->text), (uint32_t)(r - f->text) + 5, at.file },
                      "a loop over a range is written 'for i in 0..n { ... }' (n excluded)");
            return;
        }
    }
    if (!strcmp(gn, "'.'")) {
        diag_note(at, "arr has no modules or methods: its builtins are functions (sum(a), size(a, 0), transpose(a), "
                      "zeros(f64, n)), and there is no 'np.'");
        return;
    }
    if (!strcmp(gn, "':'")) {
        bool in_index = ls->depth > 0 && ls->depth <= LEX_MAX_DEPTH && ls->open_ch[ls->depth - 1] == '[';
        if (in_index) {
            diag_note(at, "a range of indices is written 'lo..hi' (hi excluded): a[1..n], a[.., 0]");
            return;
        }
        /* `if c:` (a line that starts with if, else, for or while) */
        const SourceFile *f = diag_file(at.file);
        uint32_t b = line_words(at);
        static const char *const kw[] = { "if ", "else", "for ", "while " };
        for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++)
            if (at.beg - b >= strlen(kw[i]) && !strncmp(f->text + b, kw[i], strlen(kw[i]))) {
                diag_note(at, "a block is written in braces, without ':': 'if c { ... }'");
                return;
            }
    }
    /* `retrun a;`, `exprot fn`: a keyword misspelt (the word before the
       unexpected token, or the token itself) */
    const char *kw;
    if (got == YYSYMBOL_IDENT && prev && (!strcmp(prev, "import") || !strcmp(prev, "extern"))) {
        if (!strcmp(prev, "import"))
            diag_note(at, "a module is imported by its file name, as a string: import \"%s.arr\";", token_text(at));
        else
            diag_note(at, "extern names a C header as a string: extern \"%s.h\"; (then extern \"%s.h\" fn ...; for a function)",
                      token_text(at), token_text(at));
        return;
    }
    if (got == YYSYMBOL_IDENT && (kw = keyword_meant(token_text(at)))) {
        diag_note(at, "'%s' is not a keyword: did you mean '%s'?", token_text(at), kw);
        return;
    }
    if (got == YYSYMBOL_IDENT && (kw = keyword_meant(prev)) && !is_arr_type_name(prev)) {
        diag_note(w, "'%s' is not a keyword: did you mean '%s'?", prev, kw);
        return;
    }
    if (got == YYSYMBOL_IDENT && prev) {
        for (size_t i = 0; i < sizeof ctypes / sizeof ctypes[0]; i++) {
            if (strcmp(prev, ctypes[i][0])) continue;
            if (ctypes[i][1])
                diag_note(w, "arr declares names with 'let' (or 'var' to assign again), the type after the name: "
                             "'let x: %s = ...' (C's %s is %s)", ctypes[i][1], prev, ctypes[i][1]);
            else
                diag_note(w, "arr declares names with 'let' (or 'var' to assign again): 'let x = ...'");
            return;
        }
        if (is_arr_type_name(prev))
            diag_note(w, "arr declares names with 'let' (or 'var' to assign again), the type after the name: "
                         "'let x: %s = ...'", prev);
        return;
    }
    /* `x * 2.0` ending a function, as in Rust: a name opens the line,
       then an operator that cannot continue a statement */
    if (prev && w.beg == line_words(w) && ls->depth > 0 && ls->depth <= LEX_MAX_DEPTH && ls->open_ch[ls->depth - 1] == '{'
        && (!strcmp(gn, "'*'") || !strcmp(gn, "'/'") || !strcmp(gn, "'%'") || !strcmp(gn, "'<'") || !strcmp(gn, "'>'")
            || got == YYSYMBOL_LE || got == YYSYMBOL_GE || got == YYSYMBOL_NE || got == YYSYMBOL_ANDAND
            || got == YYSYMBOL_OROR)) {
        diag_note(w, "an expression is not a statement: a function returns its value with 'return ...;'");
        return;
    }
    if (got == YYSYMBOL_FLOAT && token_text(at) && token_text(at)[0] == '.' && prev) {     /* t.0 */
        diag_note(at, "arr has no tuple fields: bind a tuple's values by name, 'let (a, b) = %s;'", prev);
        return;
    }
    if (got != YYSYMBOL_IDENT && at.beg > 0) {
        /* `if (c) return x;`: C's if without braces */
        const SourceFile *f = diag_file(at.file);
        uint32_t b = line_words(at), e = at.beg;
        while (e > b && isspace((unsigned char)f->text[e - 1])) e--;
        if (e > b && f->text[e - 1] == ')' && (!strncmp(f->text + b, "if", 2) || !strncmp(f->text + b, "while", 5))
            && !isalnum((unsigned char)f->text[b + (f->text[b] == 'i' ? 2 : 5)])) {
            diag_note(at, "the body of an if or while is a block in braces: 'if c { ... }' (parentheses are optional)");
            return;
        }
    }
    if ((!strcmp(gn, "'+'") || !strcmp(gn, "'-'"))
        && ((at.beg > 0 && diag_file(at.file)->text[at.beg - 1] == gn[1])
            || (at.end < diag_file(at.file)->len && diag_file(at.file)->text[at.end] == gn[1]))) {
        diag_note(at, "arr has no '%c%c': write 'x %c= 1'", gn[1], gn[1], gn[1]);      /* c++ */
        return;
    }
    if (!strcmp(gn, "';'") && prev && is_arr_type_name(prev)) {
        /* `var y: f64;`, `fn f(x: f64) -> f64;`, `runStencil(b, a);` */
        const SourceFile *f = diag_file(at.file);
        uint32_t b = line_words(at);
        if (!strncmp(f->text + b, "var ", 4) || !strncmp(f->text + b, "let ", 4))
            diag_note(at, "a name is declared with its value: 'var y = 0.0;' (or 'var y: %s = ...')", prev);
        else if (strstr(f->text + b, "fn ") && strstr(f->text + b, "fn ") < f->text + at.beg)
            diag_note(at, "a function has a body in braces; a C function is declared with 'extern \"h.h\" fn ...;'");
        return;
    }
    if (!strcmp(gn, "';'") && at.beg > 0 && diag_file(at.file)->text[at.beg - 1] == ')') {
        const SourceFile *f = diag_file(at.file);
        const char *rs = strstr(f->text + line_words(at), "runStencil(");
        if (rs && rs < f->text + at.beg) {
            diag_note(at, "runStencil takes its kernel after the arguments: 'runStencil(b, a) |out, in| { ... }'");
            return;
        }
    }
    if (!strcmp(gn, "'('") && prev && !strcmp(prev, "for")) {
        diag_note(w, "a loop is written 'for i in 0..n { ... }' (n excluded), without parentheses");
        return;
    }
    if (got == YYSYMBOL_EQ && prev) {
        /* `y == x;` as a statement: a name, then '==', at a statement's start */
        const SourceFile *f = diag_file(at.file);
        uint32_t b = w.beg;
        while (b > 0 && isspace((unsigned char)f->text[b - 1])) b--;
        if (b == 0 || strchr(";{}", f->text[b - 1])) {
            diag_note(at, "to assign, write '='; '==' compares");
            return;
        }
    }
    if (!strcmp(gn, "'<'") || !strcmp(gn, "'>'") || got == YYSYMBOL_LE || got == YYSYMBOL_GE
        || got == YYSYMBOL_EQ || got == YYSYMBOL_NE)
        diag_note(at, "comparisons do not chain: write 'a < b && b < c'");
}

/* Clang-style syntax errors.  A missing ';' or closing bracket is reported
 * just after the previous token ("expected ';'"), with a note at the
 * opening bracket; anything else as "expected X, found Y". */
static int yyreport_syntax_error(const yypcontext_t *ctx, void *scanner, Module *mod)
{
    (void)mod;
    enum { NEXP = 64 };
    yysymbol_kind_t exp[NEXP];
    int n = yypcontext_expected_tokens(ctx, exp, NEXP);
    /* where a name is declared a type name is one too: say only "identifier" */
    bool has_ident = false;
    for (int i = 0; i < n; i++) has_ident |= exp[i] == YYSYMBOL_IDENT;
    for (int i = 0; i < n && has_ident; i++)
        if (exp[i] == YYSYMBOL_TYPENAME) { exp[i] = exp[--n]; i--; }
    yysymbol_kind_t got = yypcontext_token(ctx);
    Span at = *yypcontext_location(ctx);
    struct LexState *ls = arr_yyget_extra(scanner);
    if (got == YYSYMBOL_STRING && ls->bad_string == at.beg + 1)
        return 0;           /* the scanner reported the string, unterminated */
    Span after = { ls->prev_end, ls->prev_end, at.file };
    bool open = ls->depth > 0 && ls->depth <= LEX_MAX_DEPTH;
    char oc = open ? ls->open_ch[ls->depth - 1] : 0;
    char want = oc == '(' ? ')' : oc == '[' ? ']' : oc == '{' ? '}' : 0;
    bool semi = false, closer = false;
    for (int i = 0; i < n; i++) {
        const char *nm = yysymbol_name(exp[i]);
        if (!strcmp(nm, "';'")) semi = true;
        if ((want == ')' && !strcmp(nm, "')'")) || (want == ']' && !strcmp(nm, "']'"))) closer = true;
    }
    /* Only at a boundary (end of file, a new line, or a token that ends or
     * starts a statement) is a missing ';' or bracket the likely mistake. */
    int l1, c1, l2, c2;
    span_linecol(after, &l1, &c1);
    span_linecol(at, &l2, &c2);
    const char *gn = yysymbol_name(got);
    bool boundary = got == YYSYMBOL_YYEOF || l2 > l1 || !strcmp(gn, "';'") || !strcmp(gn, "'{'")
                    || !strcmp(gn, "'}'") || !strcmp(gn, "'let'") || !strcmp(gn, "'var'") || !strcmp(gn, "'return'")
                    || !strcmp(gn, "'if'") || !strcmp(gn, "'for'") || !strcmp(gn, "'while'")
                    || !strcmp(gn, "')'") || !strcmp(gn, "']'");
    /* `return (x * 2.0));`: a closing bracket that closes nothing open */
    if ((!strcmp(gn, "')'") || !strcmp(gn, "']'")) && ls->stray_close == at.end && (oc == '{' || oc == 0)) {
        diag_error(at, "unmatched %s", gn);
        return 0;
    }
    if (semi && boundary && strcmp(gn, "';'")) {
        diag_error(after, "expected ';'");
        if (!strcmp(gn, "'if'") && l2 == l1) python_cond_note(at);
        return 0;
    }
    if (closer && boundary && got != YYSYMBOL_YYEOF) {
        diag_error(after, "expected '%c'", want);
        diag_note(ls->open[ls->depth - 1], "to match this '%c'", oc);
        return 0;
    }
    if ((!strcmp(gn, "'export'") || !strcmp(gn, "'fn'") || !strcmp(gn, "'import'") || !strcmp(gn, "'extern'"))
        && (at.beg == 0 || diag_file(at.file)->text[at.beg - 1] == '\n')) {
        if (want == '}') {
            /* a function that never closed: the next one, at the start of
               a line, is where it shows (not `fn` nested in a block) */
            diag_error(after, "expected '}'");
            diag_note(ls->open[ls->depth - 1], "to match this '{'");
            return 0;
        }
    }
    if (ls->depth == 0 && (!strcmp(gn, "'return'") || !strcmp(gn, "'let'") || !strcmp(gn, "'var'")
                           || !strcmp(gn, "'if'") || !strcmp(gn, "'for'") || !strcmp(gn, "'while'"))) {
        const SourceFile *f = diag_file(at.file);
        if (ls->prev_end > 0 && f->text[ls->prev_end - 1] == '}') {
            diag_error(at, "unexpected %s outside a function", gn);
            diag_note((Span){ ls->prev_end - 1, ls->prev_end, at.file },
                      "this '}' ends the function: is there one '}' too many before it?");
            return 0;
        }
    }
    if (!strcmp(gn, "'}'") && want == '}' && n >= 5) {
        diag_error(at, "expected an expression before '}': a block expression ends with its value");
        return 0;
    }
    Buf b = {0};
    if (n > 0 && n < 5) {
        buf_puts(&b, "expected ");
        for (int i = 0; i < n; i++)
            buf_printf(&b, "%s%s", i == 0 ? "" : i == n - 1 ? " or " : ", ", yysymbol_name(exp[i]));
        buf_puts(&b, ", found ");
    } else {
        buf_puts(&b, "unexpected ");
    }
    buf_puts(&b, yysymbol_name(got));
    diag_error(got == YYSYMBOL_YYEOF ? after : at, "%s", b.s);
    buf_free(&b);
    if (got == YYSYMBOL_YYEOF && open) {
        diag_note(ls->open[ls->depth - 1], "to match this '%c'", oc);
        if (oc == '{' && ls->odd_open.end) {
            int l1, c1;
            span_linecol((Span){ ls->odd_close, ls->odd_close + 1, ls->odd_open.file }, &l1, &c1);
            diag_note(ls->odd_open, "perhaps this '{' is the one left open: the '}' on line %d that closed it is "
                      "indented like an outer block", l1);
        }
    }
    bool want_type = false;
    for (int i = 0; i < n; i++) want_type |= exp[i] == YYSYMBOL_TYPENAME;
    const char *ty;
    if (got == YYSYMBOL_IDENT && want_type && (ty = type_meant(token_text(at)))) {
        diag_note(at, "did you mean the type '%s%s?", ty, strchr(ty, '(') ? "" : "'");   /* F64, float64, double, int */
        return 0;
    }
    habit_hint(ls, got, at);
    return 0;
}
