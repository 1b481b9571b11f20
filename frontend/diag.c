/* diag.c — clang-style diagnostics: "file:line:col: error: msg", the source
 * line, and a caret with a ~~~ underline over the span. */
#include "diag.h"
#include "util.h"
#include "suggest.h"
#include <unistd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define C_BOLD "\033[1m"
#define C_RESET "\033[0m"

static VEC(SourceFile) files;
static int nerrors;
enum { MAX_ERRORS = 20 };

int diag_add_file(const char *name, const char *text, uint32_t len)
{
    /* a UTF-8 byte-order mark (editors on Windows write one) is not part of
       the source: lines and columns count from after it, as gcc's do */
    if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) { text += 3; len -= 3; }
    /* a carriage return not followed by a newline ends a line (classic Mac
       files), as in gcc: it becomes a newline in a copy of the same length,
       so offsets, comments (which end at a newline) and #line agree */
    const char *cr = memchr(text, '\r', len);
    for (; cr && (uint32_t)(cr - text) + 1 < len && cr[1] == '\n'; cr = memchr(cr + 2, '\r', len - (uint32_t)(cr + 2 - text)))
        ;
    if (cr) {
        char *copy = arena_alloc((size_t)len + 1);
        memcpy(copy, text, len);
        for (uint32_t i = 0; i < len; i++)
            if (copy[i] == '\r' && (i + 1 == len || copy[i + 1] != '\n')) copy[i] = '\n';
        text = copy;
    }
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
 * ASCII or UTF-8 are shown as '?', so the caret stays aligned.  A line
 * longer than LINE_SHOWN bytes shows LINE_SHOWN of them around the caret
 * (up to LINE_BEFORE before it), cut ends marked "...", as clang does (a
 * generated line of 800 kB was echoed whole for every diagnostic). */
enum { LINE_SHOWN = 200, LINE_BEFORE = 80 };

static void show_line(FILE *out, Span s, bool c)
{
    const SourceFile *f = &files.items[s.file];
    uint32_t b = s.beg > f->len ? f->len : s.beg, ls = b, le = b;
    while (ls > 0 && f->text[ls - 1] != '\n') ls--;
    while (le < f->len && f->text[le] != '\n') le++;
    if (le > ls && f->text[le - 1] == '\r') le--;     /* CRLF line ends */
    bool cut_l = false, cut_r = false;
    if (le - ls > LINE_SHOWN) {
        if (b - ls > LINE_BEFORE) {
            ls = b - LINE_BEFORE;
            while (ls < b && ((unsigned char)f->text[ls] & 0xc0) == 0x80) ls++;     /* not inside a UTF-8 sequence */
            cut_l = true;
        }
        if (le - ls > LINE_SHOWN) {
            le = ls + LINE_SHOWN;
            while (le > b + 1 && ((unsigned char)f->text[le] & 0xc0) == 0x80) le--;
            cut_r = true;
        }
    }
    fputs(cut_l ? " ..." : " ", out);
    /* valid UTF-8 sequences print as they are (one column each); any other
     * byte that is not printable ASCII prints as '?' (one column); a tab
     * is spaces to the next multiple of 8 columns, as clang shows it, so
     * that the caret line below lines up on any terminal */
    uint32_t col = 0;
    for (uint32_t i = ls; i < le;) {
        unsigned char c = (unsigned char)f->text[i];
        int n = utf8_seq(f->text + i, le - i);
        if (n > 1) { fwrite(f->text + i, 1, (size_t)n, out); i += (uint32_t)n; col++; continue; }
        if (c == '\t') {
            do fputc(' ', out); while (++col % 8);
        } else {
            fputc(c >= 0x20 && c < 0x7f ? c : '?', out);
            col++;
        }
        i++;
    }
    fputs(cut_r ? "...\n " : "\n ", out);
    if (cut_l) fputs("   ", out);
    uint32_t e = s.end < le ? s.end : le, cb = 0, ce = 0;
    col = 0;
    for (uint32_t i = ls; i < le && i < (e > b ? e : b + 1);) {
        if (i == b) cb = col;
        int n = utf8_seq(f->text + i, le - i);
        if (f->text[i] == '\t') col = (col / 8 + 1) * 8;
        else col++;
        i += n > 1 ? (uint32_t)n : 1;
        if (i >= e) ce = col;
    }
    if (b >= le) cb = col;
    for (uint32_t k = 0; k < cb; k++) fputc(' ', out);
    if (c) fputs("\033[1;32m", out);
    fputc('^', out);
    for (uint32_t k = cb + 1; k < ce; k++) fputc('~', out);
    if (c) fputs(C_RESET, out);
    fputc('\n', out);
}

/* ---- options: warnings, colour, format ---- */

static const char *const warn_names[W_COUNT_] = {
    "unused-variable", "shadow", "tautological-compare", "stencil-rounds", "div-by-zero", "unused-value",
    "always-fails", "unused-function", "array-bounds",
};
/* on by default: all but -Wshadow and -Wunused-function, which -Wall (and
 * -Wextra) add */
static bool warn_on[W_COUNT_] = { true, false, true, true, true, true, true, false, true };
static bool warn_err[W_COUNT_];
static bool werror_all, warn_none;
static int nwarnings;
static int nwerrors;         /* of the errors: warnings made errors (-Werror) */

static int warn_lookup(const char *name)
{
    for (int i = 0; i < W_COUNT_; i++)
        if (!strcmp(name, warn_names[i])) return i;
    return -1;
}

bool diag_warning_option(const char *opt, const char **hint)
{
    *hint = NULL;
    if (!strcmp(opt, "-w")) { warn_none = true; return true; }
    if (!strcmp(opt, "-Wall") || !strcmp(opt, "-Wextra")) {
        for (int i = 0; i < W_COUNT_; i++) warn_on[i] = true;
        return true;
    }
    if (!strcmp(opt, "-Werror")) { werror_all = true; return true; }
    if (!strcmp(opt, "-Wno-error")) { werror_all = false; return true; }
    bool no = !strncmp(opt, "-Wno-", 5), err = false;
    const char *name = opt + (no ? 5 : 2);
    if (!strncmp(name, "error=", 6)) { err = true; name += 6; }
    int w = warn_lookup(name);
    if (w < 0) {
        const char *cands[W_COUNT_ + 4] = { "all", "extra", "error" };
        int n = 3;
        for (int i = 0; i < W_COUNT_; i++) cands[n++] = warn_names[i];
        const char *h = suggest_closest(name, cands, n);
        if (h) *hint = arena_printf("-W%s%s", no ? "no-" : "", h);
        return false;
    }
    if (err) { warn_err[w] = !no; if (!no) warn_on[w] = true; }
    else warn_on[w] = !no;
    return true;
}

enum { FMT_TEXT, FMT_JSON };
static int color = -1;          /* -1: not decided yet (auto) */
static int color_mode = 2;      /* 0 never, 1 always, 2 auto */
static int format = FMT_TEXT;

bool diag_set_color(const char *mode)
{
    if (!strcmp(mode, "never")) color_mode = 0;
    else if (!strcmp(mode, "always")) color_mode = 1;
    else if (!strcmp(mode, "auto")) color_mode = 2;
    else return false;
    color = -1;
    return true;
}

bool diag_set_format(const char *fmt)
{
    if (!strcmp(fmt, "text")) format = FMT_TEXT;
    else if (!strcmp(fmt, "json")) format = FMT_JSON;
    else return false;
    return true;
}

/* auto: colour on a terminal, unless NO_COLOR is set (no-color.org) or
 * TERM is dumb; an explicit -fdiagnostics-color=always wins over both */
static bool use_color(void)
{
    if (color < 0) {
        const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
        color = color_mode == 1 || (color_mode == 2 && isatty(2) && !(nc && *nc) && !(term && !strcmp(term, "dumb")));
    }
    return color && format == FMT_TEXT;
}

static const char *kind_color(const char *kind)
{
    return !strcmp(kind, "error") ? "\033[1;31m" : !strcmp(kind, "warning") ? "\033[1;35m" : "\033[1;36m";
}

/* ---- "In module imported from" ---- */

static VEC(Span) importer;      /* per file: the import that loaded it (file -1: none) */
static int last_file = -1;      /* the file of the last diagnostic printed */

void diag_set_importer(int file, Span at)
{
    while (importer.len <= file) { Span none = { 0, 0, -1 }; VEC_PUSH(importer, none); }
    importer.items[file] = at;
}

static void import_chain(FILE *out, int file)
{
    bool first = true;
    for (int f = file, depth = 0; f >= 0 && f < importer.len && importer.items[f].file >= 0 && depth < 64; depth++) {
        Span at = importer.items[f];
        int line, col;
        span_linecol(at, &line, &col);
        fprintf(out, "%s %s:%d:%d:\n", first ? "In module imported from" : "                 from", files.items[at.file].name, line, col);
        first = false;
        f = at.file;
    }
}

/* ---- JSON (gcc's -fdiagnostics-format=json) ---- */

static Buf json;                /* the diagnostics so far, without the brackets */
static int json_open;           /* a top-level diagnostic whose children are still open */

static void json_str(Buf *b, const char *s)
{
    buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') buf_printf(b, "\\%c", *p);
        else if (*p == '\n') buf_printf(b, "\\n");
        else if (*p == '\t') buf_printf(b, "\\t");
        else if (*p < 0x20 || *p == 0x7f) buf_printf(b, "\\u%04x", *p);
        else buf_putc(b, (char)*p);
    }
    buf_putc(b, '"');
}

static void json_point(Buf *b, const char *key, Span s, uint32_t at)
{
    Span p = { at, at, s.file };
    int line, col;
    span_linecol(p, &line, &col);
    buf_printf(b, "\"%s\": {\"file\": ", key);
    json_str(b, files.items[s.file].name);
    buf_printf(b, ", \"line\": %d, \"display-column\": %d, \"byte-column\": %d, \"column\": %d}", line, col, col, col);
}

static void json_add(const char *kind, Span s, const char *msg, const char *option)
{
    bool child = !strcmp(kind, "note") && json_open;
    if (!child && json_open) { buf_printf(&json, "]}"); json_open = 0; }
    if (child) buf_printf(&json, json_open > 1 ? ", " : "");
    else if (json.len) buf_printf(&json, ",\n");
    buf_printf(&json, "{\"kind\": \"%s\", \"message\": ", kind);
    json_str(&json, msg);
    if (option) { buf_printf(&json, ", \"option\": "); json_str(&json, option); }
    buf_printf(&json, ", \"column-origin\": 1, \"locations\": [{");
    json_point(&json, "caret", s, s.beg);
    if (s.end > s.beg + 1) { buf_printf(&json, ", "); json_point(&json, "finish", s, s.end - 1); }
    buf_printf(&json, "}]");
    if (child) { buf_putc(&json, '}'); json_open++; }
    else { buf_printf(&json, ", \"children\": ["); json_open = 1; }
}

/* The report is put together in memory and written at once: stderr is
 * unbuffered, and a line of 100,000 characters written a character at a
 * time took seconds. */
static void vreport(const char *kind, Span s, const char *option, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *msg = xmalloc(n > 0 ? (size_t)n + 1 : 1);
    if (n > 0) vsnprintf(msg, (size_t)n + 1, fmt, ap);
    else msg[0] = 0;
    if (format == FMT_JSON) {
        json_add(kind, s, msg, option);
        free(msg);
        return;
    }
    int line, col;
    span_linecol(s, &line, &col);
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (!out) out = stderr;
    if (s.file != last_file && strcmp(kind, "note")) import_chain(out, s.file);
    if (strcmp(kind, "note")) last_file = s.file;
    bool c = use_color();
    fprintf(out, "%s%s:%d:%d: %s%s:%s%s %s", c ? C_BOLD : "", files.items[s.file].name, line, col,
            c ? kind_color(kind) : "", kind, c ? C_RESET : "", c ? C_BOLD : "", msg);
    if (option) fprintf(out, " [%s]", option);
    fprintf(out, "%s\n", c ? C_RESET : "");
    show_line(out, s, c);
    if (out != stderr) {
        fclose(out);
        fwrite(text, 1, len, stderr);
        free(text);
    }
    free(msg);
}

static bool stopping;

/* the error after the limit: stop as clang does */
static void stop_if_too_many(void)
{
    if (!stopping) return;
    if (format == FMT_TEXT) fprintf(stderr, "fatal error: too many errors emitted, stopping now\n");
    diag_finish();
    exit(1);
}

void diag_error(Span s, const char *fmt, ...)
{
    stop_if_too_many();
    va_list ap;
    va_start(ap, fmt);
    vreport("error", s, NULL, fmt, ap);
    va_end(ap);
    if (++nerrors == MAX_ERRORS) stopping = true;
}

bool diag_warning(WarnId w, Span s, const char *fmt, ...)
{
    if (warn_none || !warn_on[w] || s.file != 0) return false;
    /* once per place (a function may be checked more than once) */
    static unsigned char *seen[W_COUNT_];
    uint32_t flen = files.items[0].len + 1, at = s.beg < flen ? s.beg : flen - 1;
    if (!seen[w]) seen[w] = xcalloc(flen / 8 + 1, 1);
    if (seen[w][at / 8] & (1u << (at % 8))) return false;
    seen[w][at / 8] |= (unsigned char)(1u << (at % 8));
    bool err = werror_all || warn_err[w];
    if (err) stop_if_too_many();
    va_list ap;
    va_start(ap, fmt);
    vreport(err ? "error" : "warning", s, arena_printf("-W%s%s", err ? "error=" : "", warn_names[w]), fmt, ap);
    va_end(ap);
    if (!err) nwarnings++;
    else {
        nwerrors++;
        if (++nerrors == MAX_ERRORS) stopping = true;
    }
    return true;
}

void diag_note(Span s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport("note", s, NULL, fmt, ap);
    va_end(ap);
}

int diag_error_count(void) { return nerrors; }
int diag_hard_error_count(void) { return nerrors - nwerrors; }

void diag_finish(void)
{
    static bool done;
    if (done) return;
    done = true;
    if (format == FMT_JSON) {
        if (json_open) buf_printf(&json, "]}");
        fprintf(stderr, "[%s]\n", json.s ? json.s : "");
        buf_free(&json);
        return;
    }
    if (nwarnings && nerrors)
        fprintf(stderr, "%d warning%s and %d error%s generated.\n", nwarnings, nwarnings == 1 ? "" : "s", nerrors,
                nerrors == 1 ? "" : "s");
    else if (nwarnings)
        fprintf(stderr, "%d warning%s generated.\n", nwarnings, nwarnings == 1 ? "" : "s");
    else if (nerrors)
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
