/* builtins.c — the builtin table and lookup. */
#include "builtins.h"
#include <string.h>

const Builtin builtins[] = {
#define B(id, name, cls, lo, hi) { name, cls, lo, hi },
#include "builtins.def"
#undef B
};

int builtin_lookup(const char *name)
{
    for (int i = 0; i < BI_COUNT_; i++)
        if (strcmp(builtins[i].name, name) == 0) return i;
    return -1;
}
