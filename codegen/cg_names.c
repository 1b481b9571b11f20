/* cg_names.c — the C names of parallel loops' indices.
 *
 * A parfor's indices are called i, j, k, l (then i0, i1, ...), or keep a
 * generator's source name, in the generated C.  A name is free when no C
 * variable it could clash with or hide has it: a variable the loop
 * mentions, a variable declared at the function's scope (parameters,
 * locals and temporaries: an index named like one would hide it, which
 * gcc's and clang's -Wshadow report), or the index of a loop around this
 * one (a source `for i` around a whole-array update). */
#include "cg_int.h"

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void names_open(CG *g)
{
    IrFunc *f = g->f;
    g->fn_names = xmalloc(sizeof(const char *) * ((size_t)f->vars.len + 1));
    g->nfn_names = 0;
    for (int i = 0; i < f->vars.len; i++) {
        const Var *v = f->vars.items[i];
        if (v->kind != V_INDEX) g->fn_names[g->nfn_names++] = cname(v);
    }
    qsort(g->fn_names, (size_t)g->nfn_names, sizeof(const char *), cmp_str);
    g->open_loops.len = 0;
}

void names_close(CG *g)
{
    free(g->fn_names);
    g->fn_names = NULL;
    VEC_FREE(g->open_loops);
}

static bool fn_name(const CG *g, const char *n)
{
    return g->nfn_names && bsearch(&n, g->fn_names, (size_t)g->nfn_names, sizeof(const char *), cmp_str);
}

static bool outer_index(const CG *g, const IStmt *lp, const char *n)
{
    for (int i = 0; i < g->open_loops.len; i++) {
        const IStmt *o = g->open_loops.items[i];
        if (o == lp) continue;
        for (int d = 0; d < o->loop.rank; d++)
            if (!strcmp(cname(o->loop.idx[d]), n)) return true;
    }
    return false;
}

void name_loop_indices(CG *g, const IStmt *lp)
{
    AccessSet a = {0};
    analyze_access(lp, NULL, &a);
    static const char *const pref[] = { "i", "j", "k", "l", "i0", "i1", "i2", "i3", "i4", "i5", "i6", "i7" };
    for (int d = 0; d < lp->loop.rank; d++) g_rename[lp->loop.idx[d]->id] = NULL;
    for (int d = 0; d < lp->loop.rank; d++) {
        Var *iv = lp->loop.idx[d];
        /* a generator keeps its source name; other indices take the first free name */
        const char *cands[13];
        int nc = 0;
        if (iv->src_name) cands[nc++] = iv->src_name;
        for (int k = 0; k < 12; k++) cands[nc++] = pref[k];
        for (int c = 0; c < nc; c++) {
            bool taken = fn_name(g, cands[c]) || outer_index(g, lp, cands[c]);
            for (int k = 0; k < a.len && !taken; k++)
                taken = a.items[k].v != iv && strcmp(cname(a.items[k].v), cands[c]) == 0;
            for (int e = 0; e < d && !taken; e++) taken = !strcmp(cname(lp->loop.idx[e]), cands[c]);
            if (!taken) { g_rename[iv->id] = cands[c]; break; }
        }
    }
    VEC_FREE(a);
}
