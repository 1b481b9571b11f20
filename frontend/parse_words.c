/* parse_words.c — the words around a syntax error, for the parser's hints
 * (parser.y, habit_hint): the word before a token, a token's text, the
 * start of a line's words, and what a Python, NumPy or C word, a foreign
 * type name or a misspelt keyword means in arr. */
#include "parse_words.h"
#include "diag.h"
#include "suggest.h"
#include <ctype.h>
#include <string.h>

/* The word (identifier or keyword) that ends just before `end`, or NULL. */
const char *word_before(int file, uint32_t end, Span *where)
{
    const SourceFile *f = diag_file(file);
    uint32_t b = end;
    while (b > 0 && (isalnum((unsigned char)f->text[b - 1]) || f->text[b - 1] == '_')) b--;
    if (b == end || end - b > 32) return NULL;
    *where = (Span){ b, end, file };
    static char w[33];
    memcpy(w, f->text + b, end - b);
    w[end - b] = 0;
    return w;
}

/* The text of the token at `at` (NULL when longer than 32 bytes). */
const char *token_text(Span at)
{
    const SourceFile *f = diag_file(at.file);
    if (at.end <= at.beg || at.end - at.beg > 32 || at.end > f->len) return NULL;
    static char w[33];
    memcpy(w, f->text + at.beg, at.end - at.beg);
    w[at.end - at.beg] = 0;
    return w;
}

/* Where the words of the line holding `at` begin: its first byte that is
 * not a blank or a '}' (at most at.beg). */
uint32_t line_words(Span at)
{
    const SourceFile *f = diag_file(at.file);
    uint32_t b = at.beg;
    while (b > 0 && f->text[b - 1] != '\n') b--;
    while (b < at.beg && (f->text[b] == ' ' || f->text[b] == '\t' || f->text[b] == '}')) b++;
    return b;
}

/* Python's and, or, not, elif as arr writes them (NULL: none of them). */
const char *python_word(const char *w)
{
    static const char *const py[][2] = { { "and", "&&" }, { "or", "||" }, { "not", "!" }, { "elif", "else if" } };
    for (size_t i = 0; w && i < sizeof py / sizeof py[0]; i++)
        if (!strcmp(w, py[i][0])) return py[i][1];
    return NULL;
}

const char *arr_type_name(const char *w)
{
    static const char *const names[] = { "bool", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64",
                                         "f32", "f64", "c64", "c128" };
    for (size_t i = 0; w && i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(w, names[i])) return names[i];
    return NULL;
}
bool is_arr_type_name(const char *w) { return arr_type_name(w) != NULL; }

/* The arr type a misspelt or foreign type name means (F64, float64,
 * double, int64, ...), or NULL. */
const char *type_meant(const char *w)
{
    static const char *const names[][2] = {
        { "float64", "f64" }, { "double", "f64" }, { "float32", "f32" }, { "int64", "i64" }, { "long", "i64" },
        { "float", "f64' (Python's float) or 'f32' (C's float)" }, { "int", "i64' (Python's int) or 'i32' (C's int)" }, { "int32", "i32" }, { "int16", "i16" }, { "int8", "i8" },
        { "uint64", "u64" }, { "uint32", "u32" }, { "uint16", "u16" }, { "uint8", "u8" }, { "complex128", "c128" },
        { "complex64", "c64" }, { "complex", "c128" }, { "bool_", "bool" }, { "boolean", "bool" },
    };
    if (!w) return NULL;
    char low[33];
    size_t n = strlen(w);
    if (n >= sizeof low) return NULL;
    for (size_t i = 0; i <= n; i++) low[i] = (char)tolower((unsigned char)w[i]);
    if (arr_type_name(low)) return arr_type_name(low);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(low, names[i][0])) return names[i][1];
    return NULL;
}

/* The keyword a misspelt word means ('retrun', 'exprot'), or NULL. */
const char *keyword_meant(const char *w)
{
    static const char *const kw[] = { "fn", "export", "import", "extern", "let", "var", "if", "else", "for",
                                      "while", "return", "break", "continue", "runStencil", NULL };
    for (int i = 0; w && kw[i]; i++)
        if (!strcmp(w, kw[i])) return NULL;         /* a keyword is not a misspelt one */
    return w && strlen(w) >= 3 ? suggest_closest(w, kw, (int)(sizeof kw / sizeof kw[0]) - 1) : NULL;
}

/* An unexpected 'if' with ' else ' after it on its line: Python's
 * `a if c else b`. */
bool python_cond_note(Span at)
{
    const SourceFile *f = diag_file(at.file);
    for (uint32_t k = at.end; k + 6 <= f->len && f->text[k] != '\n'; k++)
        if (!memcmp(f->text + k, " else ", 6)) {
            diag_note(at, "a value chosen by a condition is written 'c ? a : b' (Python's 'a if c else b')");
            return true;
        }
    return false;
}
