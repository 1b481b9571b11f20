/* util.h — arena allocation, growable arrays, string buffers.
 *
 * All AST and IR memory comes from one arena freed once at exit.  Growable
 * arrays are {items, len, cap} and grow with VEC_PUSH.  xmalloc reports
 * out-of-memory as a fatal diagnostic instead of crashing. */
#ifndef ARRC_UTIL_H
#define ARRC_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t m);
void *xrealloc(void *p, size_t n);

/* Arena: everything allocated here is freed by arena_free_all(). */
void *arena_alloc(size_t n);          /* zeroed memory */
char *arena_strdup(const char *s);
/* A path quoted for a make rule, as gcc's -MD writes it: a space or tab
 * (and the backslashes before it) with backslashes, $ as $$, # as \#. */
const char *make_quote(const char *path);
char *arena_strndup(const char *s, size_t n);
char *arena_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void arena_free_all(void);

#define NEW(T) ((T *)arena_alloc(sizeof(T)))

/* A growable array of T: declare with VEC(T) name; */
#define VEC(T) struct { T *items; int len, cap; }
#define VEC_PUSH(v, x)                                                        \
    do {                                                                      \
        if ((v).len == (v).cap) {                                             \
            (v).cap = (v).cap ? 2 * (v).cap : 8;                              \
            (v).items = xrealloc((v).items, (size_t)(v).cap * sizeof *(v).items); \
        }                                                                     \
        (v).items[(v).len++] = (x);                                           \
    } while (0)
#define VEC_FREE(v) (free((v).items), (v).items = NULL, (v).len = (v).cap = 0)

/* Arena-backed pointer lists used inside AST/IR nodes. */
typedef struct PtrList { void **items; int len, cap; } PtrList;
void plist_push(PtrList *l, void *p);       /* grows from the arena */
void plist_insert(PtrList *l, int at, void *p);
void plist_remove(PtrList *l, int at);

/* String buffer (heap, for printers and code generation). */
typedef struct Buf { char *s; size_t len, cap; } Buf;
void buf_puts(Buf *b, const char *s);
void buf_putc(Buf *b, char c);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
void buf_indent(Buf *b, int level);
void buf_free(Buf *b);

#endif
