/* diag.c — clang-style diagnostics: "file:line:col: error: msg", the source
 * line, and a caret with a ~~~ underline over the span. */
#include "diag.h"
#include "util.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static VEC(SourceFile) files;
static int nerrors;
enum { MAX_ERRORS = 20 };

int diag_add_file(const char *name, const char *text, uint32_t len)
{
    SourceFile f = { name, text, len };
    VEC_PUSH(files, f);
    return files.len - 1;
}

const SourceFile *diag_file(int id) { return &files.items[id]; }

Span span_join(Span a, Span b)
{
    Span s = a;
    if (b.file == a.file) {
        if (b.beg < s.beg) s.beg = b.beg;
        if (b.end > s.end) s.end = b.end;
    }
    return s;
}

void span_linecol(Span s, int *line, int *col)
{
    const SourceFile *f = &files.items[s.file];
    int l = 1;
    uint32_t ls = 0;
    for (uint32_t i = 0; i < s.beg && i < f->len; i++)
        if (f->text[i] == '\n') { l++; ls = i + 1; }
    *line = l;
    *col = (int)(s.beg - ls) + 1;
}

const char *diag_where(Span s)
{
    int line, col;
    span_linecol(s, &line, &col);
    return arena_printf("%s:%d:%d", files.items[s.file].name, line, col);
}

/* Prints the line holding s.beg, then a caret under s.beg and '~' under the
 * rest of the span (clipped to that line).  Bytes that are not printable
 * ASCII or UTF-8 are shown as '?', so the caret stays aligned. */
static void show_line(Span s)
{
    const SourceFile *f = &files.items[s.file];
    uint32_t b = s.beg > f->len ? f->len : s.beg, ls = b, le = b;
    while (ls > 0 && f->text[ls - 1] != '\n') ls--;
    while (le < f->len && f->text[le] != '\n') le++;
    fputc(' ', stderr);
    for (uint32_t i = ls; i < le; i++) {
        unsigned char c = (unsigned char)f->text[i];
        fputc(c == '\t' || (c >= 0x20 && c < 0x7f) || c >= 0x80 ? c : '?', stderr);
    }
    fputs("\n ", stderr);
    for (uint32_t i = ls; i < b; i++) {
        unsigned char c = (unsigned char)f->text[i];
        if ((c & 0xc0) == 0x80) continue;  /* UTF-8 continuation: one column */
        fputc(c == '\t' ? '\t' : ' ', stderr);
    }
    fputc('^', stderr);
    uint32_t e = s.end < le ? s.end : le;
    for (uint32_t i = b + 1; i < e; i++)
        if (((unsigned char)f->text[i] & 0xc0) != 0x80) fputc('~', stderr);
    fputc('\n', stderr);
}

static void vreport(const char *kind, Span s, const char *fmt, va_list ap)
{
    int line, col;
    span_linecol(s, &line, &col);
    fprintf(stderr, "%s:%d:%d: %s: ", files.items[s.file].name, line, col, kind);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    show_line(s);
}

void diag_error(Span s, const char *fmt, ...)
{
    if (nerrors >= MAX_ERRORS) { nerrors++; return; }
    va_list ap;
    va_start(ap, fmt);
    vreport("error", s, fmt, ap);
    va_end(ap);
    if (++nerrors == MAX_ERRORS)
        fprintf(stderr, "fatal error: too many errors emitted, stopping now\n");
}

void diag_note(Span s, const char *fmt, ...)
{
    if (nerrors > MAX_ERRORS) return;
    va_list ap;
    va_start(ap, fmt);
    vreport("note", s, fmt, ap);
    va_end(ap);
}

int diag_error_count(void) { return nerrors; }

void diag_finish(void)
{
    if (nerrors)
        fprintf(stderr, "%d error%s generated.\n", nerrors, nerrors == 1 ? "" : "s");
}

_Noreturn void fatal(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("arrc: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

_Noreturn void ice(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("arrc: internal compiler error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputs("\nplease report this as a bug, with the input file\n", stderr);
    va_end(ap);
    exit(70);
}
