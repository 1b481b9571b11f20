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
    SourceFile f = { name, text, len, NULL, 0 };
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
    SourceFile *f = &files.items[s.file];
    if (!f->line_start) {               /* the table of line starts, once */
        int n = 1;
        for (uint32_t i = 0; i < f->len; i++) n += f->text[i] == '\n';
        f->line_start = arena_alloc(sizeof(uint32_t) * (size_t)n);
        n = 1;
        for (uint32_t i = 0; i < f->len; i++)
            if (f->text[i] == '\n') f->line_start[n++] = i + 1;
        f->nlines = n;
    }
    uint32_t beg = s.beg < f->len ? s.beg : f->len;
    int lo = 0, hi = f->nlines - 1;     /* the last line starting at or before beg */
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (f->line_start[mid] <= beg) lo = mid;
        else hi = mid - 1;
    }
    *line = lo + 1;
    *col = (int)(s.beg - f->line_start[lo]) + 1;
}

const char *diag_where(Span s)
{
    int line, col;
    span_linecol(s, &line, &col);
    return arena_printf("%s:%d:%d", files.items[s.file].name, line, col);
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0. */
static int utf8_seq(const char *p, uint32_t n)
{
    const unsigned char *s = (const unsigned char *)p;
    int len;
    uint32_t cp;
    if (s[0] < 0x80) return 1;
    if ((s[0] & 0xe0) == 0xc0) { len = 2; cp = s[0] & 0x1f; }
    else if ((s[0] & 0xf0) == 0xe0) { len = 3; cp = s[0] & 0x0f; }
    else if ((s[0] & 0xf8) == 0xf0) { len = 4; cp = s[0] & 0x07; }
    else return 0;
    if ((uint32_t)len > n) return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10ffff
        || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return len;
}

/* Prints the line holding s.beg, then a caret under s.beg and '~' under the
 * rest of the span (clipped to that line).  Bytes that are not printable
 * ASCII or UTF-8 are shown as '?', so the caret stays aligned. */
static void show_line(FILE *out, Span s)
{
    const SourceFile *f = &files.items[s.file];
    uint32_t b = s.beg > f->len ? f->len : s.beg, ls = b, le = b;
    while (ls > 0 && f->text[ls - 1] != '\n') ls--;
    while (le < f->len && f->text[le] != '\n') le++;
    if (le > ls && f->text[le - 1] == '\r') le--;     /* CRLF line ends */
    fputc(' ', out);
    /* valid UTF-8 sequences print as they are (one column each); any other
     * byte that is not printable ASCII prints as '?' (one column) */
    for (uint32_t i = ls; i < le;) {
        unsigned char c = (unsigned char)f->text[i];
        int n = utf8_seq(f->text + i, le - i);
        if (n > 1) { fwrite(f->text + i, 1, (size_t)n, out); i += (uint32_t)n; continue; }
        fputc(c == '\t' || (c >= 0x20 && c < 0x7f) ? c : '?', out);
        i++;
    }
    fputs("\n ", out);
    for (uint32_t i = ls; i < b;) {
        unsigned char c = (unsigned char)f->text[i];
        int n = utf8_seq(f->text + i, b - i);
        fputc(c == '\t' ? '\t' : ' ', out);
        i += n > 1 ? (uint32_t)n : 1;
    }
    fputc('^', out);
    uint32_t e = s.end < le ? s.end : le;
    int first = b < le ? utf8_seq(f->text + b, le - b) : 1;
    for (uint32_t i = b + (first > 1 ? (uint32_t)first : 1); i < e;) {
        int n = utf8_seq(f->text + i, e - i);
        fputc('~', out);
        i += n > 1 ? (uint32_t)n : 1;
    }
    fputc('\n', out);
}

/* The report is put together in memory and written at once: stderr is
 * unbuffered, and a line of 100,000 characters written a character at a
 * time took seconds. */
static void vreport(const char *kind, Span s, const char *fmt, va_list ap)
{
    int line, col;
    span_linecol(s, &line, &col);
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (!out) out = stderr;
    fprintf(out, "%s:%d:%d: %s: ", files.items[s.file].name, line, col, kind);
    vfprintf(out, fmt, ap);
    fputc('\n', out);
    show_line(out, s);
    if (out != stderr) {
        fclose(out);
        fwrite(text, 1, len, stderr);
        free(text);
    }
}

static bool stopping;

void diag_error(Span s, const char *fmt, ...)
{
    if (stopping) {
        /* the error after the limit: stop as clang does */
        fprintf(stderr, "fatal error: too many errors emitted, stopping now\n");
        diag_finish();
        exit(1);
    }
    va_list ap;
    va_start(ap, fmt);
    vreport("error", s, fmt, ap);
    va_end(ap);
    if (++nerrors == MAX_ERRORS) stopping = true;
}

void diag_note(Span s, const char *fmt, ...)
{
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
