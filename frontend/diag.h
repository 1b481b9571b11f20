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

/* Warnings, each with a gcc-style name (-Wunused-variable).  Only the
 * compiled file's own code is warned about (an imported module is warned
 * about when it is compiled itself). */
typedef enum WarnId {
    W_UNUSED_VARIABLE,      /* a let or var that is never read */
    W_SHADOW,               /* a local that hides another local or a parameter (-Wall) */
    W_TAUTOLOGICAL_COMPARE, /* a comparison whose value the types decide */
    W_STENCIL_ROUNDS,       /* runStencil with 0 (or a negative number of) constant rounds */
    W_DIV_BY_ZERO,          /* an integer / or % by the literal 0 (a run-time error) */
    W_UNUSED_VALUE,         /* a builtin's result dropped (`sqrt(x);`: arguments are not changed) */
    W_ALWAYS_FAILS,         /* a run-time check that fails whenever it runs (a constant slice past the end) */
    W_UNUSED_FUNCTION,      /* a function no exported function calls (-Wall) */
    W_ARRAY_BOUNDS,         /* an element index out of bounds whenever it runs (a[n] of f64[n]) */
    W_COUNT_
} WarnId;
/* Applies one -W option (-Wall, -Wextra, -Werror[=NAME], -W[no-]NAME, -w);
 * false for an unknown one (*hint: the closest name, or NULL). */
bool diag_warning_option(const char *opt, const char **hint);
/* Prints the warning (an error under -Werror) and returns true, or returns
 * false when it is disabled or not in the compiled file: attach notes only
 * when it returned true. */
bool diag_warning(WarnId w, Span s, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* -fdiagnostics-color=always|never|auto (NO_COLOR and a terminal decide
 * auto); -fdiagnostics-format=text|json (gcc's JSON, printed by
 * diag_finish).  False for an unknown value. */
bool diag_set_color(const char *mode);
bool diag_set_format(const char *fmt);
/* The file `file` was imported by the import statement at `at` (its "In
 * module imported from" chain). */
void diag_set_importer(int file, Span at);

void diag_error(Span s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_note(Span s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int diag_error_count(void);
int diag_hard_error_count(void);     /* errors but the warnings -Werror made errors */
void diag_finish(void);     /* prints "N warnings and N errors generated." when any (once) */
/* Formats "FILE:LINE:COL" for a span (used for run-time error messages). */
const char *diag_where(Span s);

_Noreturn void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void ice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
