/* cnames.h — C names an exported function cannot take (cnames.c). */
#ifndef ARRC_CNAMES_H
#define ARRC_CNAMES_H

/* NULL when no C keyword or library name is `name`; else what it is
 * ("a C keyword", "declared by POSIX in <unistd.h>", ...). */
const char *cname_taken(const char *name);

#endif
