/* source.c — reading .arr sources: the input (a file or the standard
 * input) and imported modules, regular files of at most 64 MiB. */
#define _XOPEN_SOURCE 700
#include "source.h"
#include "diag.h"
#include "util.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Source files (the input and imported modules) are read only when they are
 * regular files of at most MAX_SOURCE_BYTES: opened with O_NONBLOCK (so a
 * FIFO does not block the open), checked with fstat, and read up to the cap
 * (a file that grows past it is refused too).  Returns NULL and a reason in
 * *why on failure. */
#define MAX_SOURCE_BYTES ((size_t)64 << 20)

/* Reads fd to its end (at most MAX_SOURCE_BYTES; size_hint: the expected
 * size) and closes it. */
char *read_fd(int fd, size_t size_hint, uint32_t *len, const char **why)
{
    size_t cap = size_hint + 2, n = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (n + 1 >= cap) {
            if (n > MAX_SOURCE_BYTES) { *why = "it is larger than 64 MiB"; free(buf); close(fd); return NULL; }
            cap = cap * 2 > MAX_SOURCE_BYTES + 2 ? MAX_SOURCE_BYTES + 2 : cap * 2;
            buf = xrealloc(buf, cap);
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0) {
            if (errno == EINTR) continue;
            *why = strerror(errno);
            free(buf);
            close(fd);
            return NULL;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    close(fd);
    if (n > MAX_SOURCE_BYTES) { *why = "it is larger than 64 MiB"; free(buf); return NULL; }
    /* an executable or object file given by mistake (several NUL bytes):
       one error, not twenty about its bytes; a stray NUL in a text is the
       lexer's located error */
    const char *nul = memchr(buf, 0, n);
    if (nul && memchr(nul + 1, 0, n - (size_t)(nul - buf) - 1)) {
        *why = arena_printf("it is a binary file, not arr source (a NUL byte at offset %zu)", (size_t)(nul - buf));
        free(buf);
        return NULL;
    }
    buf[n] = 0;
    *len = (uint32_t)n;
    return buf;
}

char *read_source(const char *path, uint32_t *len, const char **why)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) { *why = strerror(errno); return NULL; }
    struct stat st;
    if (fstat(fd, &st) != 0) { *why = strerror(errno); close(fd); return NULL; }
    if (S_ISDIR(st.st_mode)) { *why = "it is a directory"; close(fd); return NULL; }
    if (!S_ISREG(st.st_mode)) { *why = "it is not a regular file"; close(fd); return NULL; }
    if ((uint64_t)st.st_size > MAX_SOURCE_BYTES) { *why = "it is larger than 64 MiB"; close(fd); return NULL; }
    return read_fd(fd, (size_t)st.st_size, len, why);
}

/* The input: a file, or the standard input for "-" (a pipe or a terminal
 * too; it is read to its end). */
char *read_file(const char *path, uint32_t *len)
{
    const char *why;
    char *text = !strcmp(path, "-") ? read_fd(dup(0), 4096, len, &why) : read_source(path, len, &why);
    if (!text) fatal("cannot read '%s': %s", !strcmp(path, "-") ? "the standard input" : path, why);
    return text;
}

