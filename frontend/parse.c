/* parse.c — runs the scanner and parser over one registered file. */
#include "parse.h"
#include <stdio.h>

typedef void *yyscan_t;
int arr_yylex_init_extra(struct LexState *extra, yyscan_t *scanner);
int arr_yylex_destroy(yyscan_t scanner);
struct yy_buffer_state *arr_yy_scan_bytes(const char *bytes, int len, yyscan_t scanner);
int arr_yyparse(void *scanner, Module *mod);

int arr_yylex(ARR_YYSTYPE *lval, Span *lloc, void *scanner)
{
    struct LexState *ls = arr_yyget_extra(scanner);
    int t = arr_yylex_raw(lval, lloc, scanner);
    ls->prev_end = ls->last_end;
    ls->last_end = lloc->end;
    return t;
}

void parse_file(int file, Module *m)
{
    const SourceFile *f = diag_file(file);
    struct LexState *ls = xcalloc(1, sizeof *ls);
    ls->file = file;
    yyscan_t scanner;
    if (arr_yylex_init_extra(ls, &scanner)) fatal("cannot initialise the scanner");
    arr_yy_scan_bytes(f->text, (int)f->len, scanner);
    arr_yyparse(scanner, m);
    arr_yylex_destroy(scanner);
    free(ls);
}
