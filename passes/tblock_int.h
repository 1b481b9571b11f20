/* tblock_int.h — what lower_pir_tblock.c (tiles) and lower_pir_sweep.c
 * (strips with rings, in-place sweeps) share: the state of one stencil's
 * temporal blocking and the pieces both build rounds from. */
#ifndef ARR_TBLOCK_INT_H
#define ARR_TBLOCK_INT_H

#include "passes.h"

enum { TILE_MIN_GRID_BYTES = 2 * 1024 * 1024, SWEEP_MAX_BYTES = 8 * 1024 * 1024 };

typedef struct TB {
    IrFunc *f;
    IStmt *st;
    Span s;
    int r, w, src, k, mode;
    int64_t M[4], win[4];
    IExpr *n[4];            /* the grid's extents */
    Var *wlo[4];            /* the tile's window origin */
    Var *S[2];              /* the scratch windows */
    Var *kb;                /* the block's rounds (tk >= 5; NULL: tk) */
    Var *T[4];              /* the tile's extents at run time (NULL: tsz) */
    Var *W;                 /* rank 1 with T[0]: the window's extent at run time */
    Var *block, *nfull, *klast; /* blocks of tk rounds: nfull, then one of klast (0: none) */
    int line;
    int64_t ew;             /* an interior element's work (cg_iteration_work), for the guard */
    /* rolling rows (rank 2): a ring of R = 2 M0 + 1 full rows per
       intermediate round, row y at slot (y + BIG) % R */
    bool ring;
    int64_t R, BIG;
    bool inplace;           /* a sweep (tlag): reads and stores at the buffers' own indices */
} TB;

/* v = e in a new i64 temporary appended to out */
Var *tb_let(TB *t, PtrList *out, const char *name, IExpr *e);
/* a ring's row index: row y at slot (y + BIG) % R */
void tb_to_ring(TB *t, IExpr **idx);
/* round j's interior and border slabs cut to the box [blo, bhi), reads of
 * the source from `from` and stores to the written buffer into `to` (NULL:
 * the buffers themselves); round: how the loops' notes name the round */
void tb_round_in_box(TB *t, PtrList *out, Var **blo, Var **bhi, Var *from, Var *to, const char *round);
/* --stencil-tile=K,T0 (2-D): the strip loop's body for strip si */
void tb_strip_body(TB *t, PtrList *out, Var *si);
/* tlag: the sweeps before the tiles (rank 2) or the untiled rounds; returns
 * the number of sweeps (a variable) */
Var *tb_sweeps(TB *t, PtrList *out, IExpr *bytes);

#endif
