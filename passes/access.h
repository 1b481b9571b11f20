/* access.h — which variables a statement reads and writes (analysis shared
 * by fuse, inplace and dce). */
#ifndef ARRC_ACCESS_H
#define ARRC_ACCESS_H

#include "ir.h"

typedef struct Access {
    Var *v;
    bool write;
    bool ident;     /* an element access at exactly the loop's indices */
    bool ptr;       /* the variable itself (alloc, rebinding), not memory */
    /* an element access at the loop's indices plus an offset per dimension
     * that the loop cannot change (a constant or an immutable scalar; NULL:
     * none): ident is shifted with no offsets */
    bool shifted;
    const IExpr *off[4];
} Access;

/* Do two accesses (at least one a write) touch the same thing? */
bool access_conflict(const Access *x, const Access *y);
/* Do two element accesses of one array, each in its own loop over the
 * same bounds, touch the same element in the same iteration and no other
 * (both shifted by the same offsets)?  Then fusing the loops keeps them
 * in order. */
bool same_point(const Access *x, const Access *y);

typedef struct AccessSet { Access *items; int len, cap; } AccessSet;

/* Adds every access of s (recursively); `loop` decides what counts as an
 * identity-indexed access (NULL: none does). */
void analyze_access(const IStmt *s, const IStmt *loop, AccessSet *out);
void analyze_access_list(const PtrList *l, const IStmt *loop, AccessSet *out);
bool access_reads(const AccessSet *a, const Var *v);
bool access_writes(const AccessSet *a, const Var *v);
/* Does a assign the variable v itself (an array rebound, a scalar set)? */
bool access_rebinds(const AccessSet *a, const Var *v);
/* Two array variables may name the same memory. */
bool may_alias(const Var *a, const Var *b);
/* May control leave s other than by falling through, or enter it at a
 * label from outside (s is a label, goto or return, or holds a return or a
 * goto to a label outside it)?  Gotos of the lowering target a label in
 * their own statement list or an enclosing one, so a label inside s is
 * never the target of a goto outside s. */
bool stmt_jumps_out(const IStmt *s);
/* Is the statement free of side effects other than its assignment? */
bool expr_may_trap(const IExpr *e);

#endif
