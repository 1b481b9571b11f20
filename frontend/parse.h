/* parse.h — the interface between the scanner, the parser and the driver. */
#ifndef ARRC_PARSE_H
#define ARRC_PARSE_H

#include "ast.h"

enum { LEX_MAX_DEPTH = 256 };

/* Scanner state shared with the parser (yyextra). */
struct LexState {
    int file;
    uint32_t pos;
    int depth;                  /* open brackets, for "to match this '{'" */
    uint32_t prev_end;          /* end of the token before the lookahead */
    uint32_t last_end;          /* end of the lookahead token */
    uint32_t bad_string;        /* 1 + start of the last unterminated string (reported) */
    uint32_t stray_close;       /* the end of the last closing bracket if it closed nothing, or 0 */
    Span odd_open;              /* the first '{' closed by a '}' indented unlike its line (end 0: none) */
    uint32_t odd_close;         /* that '}' */
    Span open[LEX_MAX_DEPTH];
    char open_ch[LEX_MAX_DEPTH];
};

#include "parser.h"
#define YYLTYPE ARR_YYLTYPE
#define YYSTYPE ARR_YYSTYPE

/* The scanner proper; arr_yylex wraps it to remember token ends. */
int arr_yylex_raw(ARR_YYSTYPE *lval, Span *lloc, void *scanner);

/* Parses file `file` (registered with diag_add_file) into m. */
void parse_file(int file, Module *m);

#endif
