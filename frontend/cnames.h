/* cnames.h — C names an exported function cannot take (cnames.c). */
#ifndef ARRC_CNAMES_H
#define ARRC_CNAMES_H

/* NULL when no C keyword or library name is `name`; else what it is
 * ("a C keyword", "declared by POSIX in <unistd.h>", ...). */
const char *cname_taken(const char *name);
/* The same for an exported function's name, which also may not be one of
 * the names a C program using the module may include from POSIX's other
 * headers or C23's library (the generated code's own variables may). */
const char *cname_export_taken(const char *name);

#endif
