/* source.h — reading .arr sources (source.c). */
#ifndef ARRC_SOURCE_H
#define ARRC_SOURCE_H
#include <stddef.h>
#include <stdint.h>

/* fd read to its end (at most 64 MiB; size_hint: the expected size), then
 * closed; NULL and a reason in *why on failure */
char *read_fd(int fd, size_t size_hint, uint32_t *len, const char **why);
/* a regular file of at most 64 MiB (a FIFO is refused, not waited on) */
char *read_source(const char *path, uint32_t *len, const char **why);
/* the input: a file, or the standard input for "-"; fatal on failure */
char *read_file(const char *path, uint32_t *len);

#endif
