/* builtins.h — the builtin function table (from builtins.def). */
#ifndef ARRC_BUILTINS_H
#define ARRC_BUILTINS_H

#include <stdbool.h>

typedef enum BuiltinClass {
    BC_MATH1, BC_MATH2, BC_SELECT, BC_CONVERT, BC_REDUCE, BC_SCAN,
    BC_CONSTRUCT, BC_SHAPE, BC_MOVE,
    BC_RANDOM,          /* uniform(seed, i), normal(seed, i): elementwise, integers to f64 */
    BC_LINALG,          /* matmul outer transpose: rewritten by sema into comprehensions */
    BC_JOIN,            /* concat stack: arrays copied into parts of a new one */
    BC_COMPLEX,         /* complex real imag conj arg (section 12) */
    BC_VIEW,            /* reshape: the same elements seen with other extents (section 13) */
    BC_INTERNAL,        /* used by the compiler only; no source name reaches them */
} BuiltinClass;

typedef enum BuiltinId {
#define B(id, name, cls, lo, hi) id,
#include "builtins.def"
#undef B
    BI_COUNT_
} BuiltinId;

typedef struct Builtin { const char *name; BuiltinClass cls; int min_args, max_args; } Builtin;

/* isnan isinf isfinite signbit: a number to bool (LANGUAGE.md section 14) */
static inline bool builtin_is_fp_predicate(BuiltinId id)
{
    return id == BI_ISNAN || id == BI_ISINF || id == BI_ISFINITE || id == BI_SIGNBIT;
}

extern const Builtin builtins[];
int builtin_lookup(const char *name);       /* BuiltinId or -1 */

#endif
