/* diag.h — source files, spans and clang-style diagnostics.
 *
 * Locations are byte spans into a registered source file; line and column
 * are computed only when a diagnostic is printed.  diag_error() is for user
 * errors; ice() is for "cannot happen" (an internal compiler error). */
#ifndef ARRC_DIAG_H
#define ARRC_DIAG_H

#include <stdint.h>
#include <stdbool.h>

typedef struct Span { uint32_t beg, end; int file; } Span;

typedef struct SourceFile {
    const char *name;       /* as given on the command line */
    const char *text;       /* contents, NUL-terminated (may contain NULs) */
    uint32_t len;
    uint32_t *line_start;   /* offsets where lines begin (built on first use) */
    int nlines;
} SourceFile;

int diag_add_file(const char *name, const char *text, uint32_t len);
const SourceFile *diag_file(int id);
Span span_join(Span a, Span b);
void span_linecol(Span s, int *line, int *col);

void diag_error(Span s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_note(Span s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int diag_error_count(void);
void diag_finish(void);     /* prints "N errors generated." when any */
/* Formats "FILE:LINE:COL" for a span (used for run-time error messages). */
const char *diag_where(Span s);

_Noreturn void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void ice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
