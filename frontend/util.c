/* util.c — arena, growable lists and string buffers. */
#include "util.h"
#include "diag.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) fatal("out of memory allocating %zu bytes", n);
    return p;
}

void *xcalloc(size_t n, size_t m)
{
    void *p = calloc(n ? n : 1, m ? m : 1);
    if (!p) fatal("out of memory allocating %zu bytes", n * m);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) fatal("out of memory allocating %zu bytes", n);
    return q;
}

/* The arena is a list of big blocks; large requests get their own block. */
typedef struct Block { struct Block *next; size_t used, cap; max_align_t data[]; } Block;
static Block *arena_head;

void *arena_alloc(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!arena_head || arena_head->used + n > arena_head->cap) {
        size_t cap = n > 65536 ? n : 65536;
        Block *b = xmalloc(sizeof(Block) + cap);
        b->next = arena_head;
        b->used = 0;
        b->cap = cap;
        arena_head = b;
    }
    void *p = (char *)arena_head->data + arena_head->used;
    arena_head->used += n;
    memset(p, 0, n);
    return p;
}

char *arena_strndup(const char *s, size_t n)
{
    char *p = arena_alloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_strdup(const char *s) { return arena_strndup(s, strlen(s)); }

const char *make_quote(const char *path)
{
    Buf b = {0};
    for (const char *p = path; *p; p++) {
        if (*p == ' ' || *p == '\t') {
            for (const char *q = p - 1; q >= path && *q == '\\'; q--) buf_putc(&b, '\\');
            buf_putc(&b, '\\');
        } else if (*p == '$') {
            buf_putc(&b, '$');
        } else if (*p == '#') {
            buf_putc(&b, '\\');
        }
        buf_putc(&b, *p);
    }
    const char *r = arena_strdup(b.s ? b.s : "");
    buf_free(&b);
    return r;
}

char *arena_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char probe[1];
    int n = vsnprintf(probe, sizeof probe, fmt, ap);
    va_end(ap);
    char *p = arena_alloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void arena_free_all(void)
{
    while (arena_head) {
        Block *n = arena_head->next;
        free(arena_head);
        arena_head = n;
    }
}

static void plist_grow(PtrList *l)
{
    if (l->len < l->cap) return;
    int cap = l->cap ? 2 * l->cap : 4;
    void **items = arena_alloc((size_t)cap * sizeof(void *));
    if (l->len) memcpy(items, l->items, (size_t)l->len * sizeof(void *));
    l->items = items;
    l->cap = cap;
}

void plist_push(PtrList *l, void *p)
{
    plist_grow(l);
    l->items[l->len++] = p;
}

void plist_insert(PtrList *l, int at, void *p)
{
    plist_grow(l);
    memmove(&l->items[at + 1], &l->items[at], (size_t)(l->len - at) * sizeof(void *));
    l->items[at] = p;
    l->len++;
}

void plist_remove(PtrList *l, int at)
{
    memmove(&l->items[at], &l->items[at + 1], (size_t)(l->len - at - 1) * sizeof(void *));
    l->len--;
}

static void buf_reserve(Buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) cap *= 2;
    b->s = xrealloc(b->s, cap);
    b->cap = cap;
}

void buf_puts(Buf *b, const char *s)
{
    size_t n = strlen(s);
    buf_reserve(b, n);
    memcpy(b->s + b->len, s, n + 1);
    b->len += n;
}

void buf_putc(Buf *b, char c)
{
    buf_reserve(b, 1);
    b->s[b->len++] = c;
    b->s[b->len] = 0;
}

void buf_vprintf(Buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    char probe[1];
    int n = vsnprintf(probe, sizeof probe, fmt, ap2);
    va_end(ap2);
    buf_reserve(b, (size_t)n);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void buf_indent(Buf *b, int level)
{
    for (int i = 0; i < level; i++) buf_puts(b, "    ");
}

void buf_free(Buf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}
