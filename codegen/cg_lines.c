/* cg_lines.c — the #line directives' last pass over the whole C file.
 *
 * Codegen writes `#line N "k.arr"` before the C of .arr line N and
 * `#line ARR_CLINE` where the C goes back to its own lines.  A C compiler
 * counts on from N one line per C line, so the second C line of line N's
 * statement (a loop's body, the overhead guard's second copy) would be
 * taken for line N + 1, N + 2, ...: gcc's messages and gdb's line table
 * named other .arr lines, or lines past the file's end (11,900 C lines of
 * the tests and examples did).  This pass
 *   - replaces ARR_CLINE by the C file's own line number and name, and
 *   - writes `#line N "k.arr"` again before each C line that carries code
 *     where the count has moved on from N (not before blank lines,
 *     comments, braces, labels or preprocessor lines, which put nothing
 *     in the line table), so every line with code maps to the .arr line
 *     it came from. */
#include "cg_int.h"
#include <string.h>

/* Does this C line (without its newline) put code in the line table? */
static bool code_line(const char *q, size_t len)
{
    while (len && (*q == ' ' || *q == '\t')) q++, len--;
    while (len && (q[len - 1] == ' ' || q[len - 1] == '\t' || q[len - 1] == '\n')) len--;
    if (!len || *q == '#') return false;
    if (len >= 2 && q[0] == '/' && (q[1] == '*' || q[1] == '/')) return false;
    if (q[len - 1] == ':' || (len >= 2 && q[len - 2] == ':' && q[len - 1] == ';')) {    /* a label */
        bool ident = true;
        for (size_t k = 0; k + 1 < len && q[k] != ':'; k++)
            if (!(q[k] == '_' || (q[k] >= 'a' && q[k] <= 'z') || (q[k] >= 'A' && q[k] <= 'Z') || (q[k] >= '0' && q[k] <= '9')))
                ident = false;
        if (ident) return false;
    }
    for (size_t k = 0; k < len;) {          /* braces only (`}`, `} else {`), maybe a comment after */
        if (q[k] == '{' || q[k] == '}' || q[k] == ' ') k++;
        else if (len - k >= 4 && !strncmp(q + k, "else", 4)) k += 4;
        else if (len - k >= 2 && q[k] == '/' && q[k + 1] == '*') break;
        else return true;
    }
    return false;
}

void cg_fix_lines(Buf *c, const char *c_name)
{
    Buf fixed = {0};
    int ln = 1;                 /* the C file's line of the next line written */
    const char *src = NULL;     /* the current #line's text ("#line N \"k.arr\"\n"), NULL: the C file's own */
    size_t srclen = 0;
    int drift = 0;              /* lines since that #line */
    for (const char *q = c->s; *q;) {
        const char *nl = strchr(q, '\n');
        size_t len = nl ? (size_t)(nl - q) + 1 : strlen(q);
        if (!strncmp(q, "#line ARR_CLINE", 15)) {
            buf_printf(&fixed, "#line %d \"%s\"\n", ln + 1, c_escape(c_name));
            src = NULL;
        } else if (!strncmp(q, "#line ", 6)) {
            buf_printf(&fixed, "%.*s", (int)len, q);
            src = q;
            srclen = len;
            drift = 0;
        } else {
            if (src && drift > 0 && code_line(q, len)) {
                buf_printf(&fixed, "%.*s", (int)srclen, src);
                ln++;
                drift = 0;
            }
            buf_printf(&fixed, "%.*s", (int)len, q);
            drift++;
        }
        ln++;
        q += len;
    }
    buf_free(c);
    *c = fixed;
}
