/* cheader.h — reading C headers through libclang, for `extern`. */
#ifndef ARRC_CHEADER_H
#define ARRC_CHEADER_H

#include "types.h"
#include <stdbool.h>

typedef struct CFunc {
    const char *name;
    TyKind ret;             /* T_VOID, or a scalar kind */
    int nparams;
    TyKind params[16];
    const char *unsupported;    /* why it cannot be called from arr, or NULL */
    const char *where;          /* "file:line" of the declaration */
    const char *decl;           /* the declaration as C text */
    bool own;                   /* declared in the header itself, not in one it includes */
} CFunc;

typedef struct CHeader {
    const char *path;       /* as written in the source */
    bool ok;
    const char *error;      /* when !ok */
    CFunc *funcs;
    int nfuncs;
    const char **files;     /* every file read (for dependency output) */
    int nfiles;
} CHeader;

/* Parses `#include "path"` from folder dir with the given include folders
 * and extra compiler arguments (-D..., --cflags). Memory: the arena. */
CHeader *ch_read(const char *path, const char *dir, const char **incdirs, int nincdirs,
                 const char **args, int nargs);

#endif
