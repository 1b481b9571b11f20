/* tests/mpi_test.sh: the --mpi build of k.arr (k.h) against the
 * single-process build (kref.h, --prefix=ref) on the same inputs.  Blocks
 * are uneven on purpose and rank 1 has no rows when there are three ranks
 * or more.  Rank 0 gathers every result, compares, and prints one line per
 * check; the exit status is 1 when one failed. */
#include <complex.h>
#include <math.h>
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "k.h"
#include "kref.h"

static int rank, nranks, failures, tiny;

/* rank r's rows of n: uneven, rank 1 empty from 3 ranks on (tiny: the
 * others but the last one row each) */
static void block(int64_t n, int r, int64_t *off, int64_t *cnt)
{
    int64_t o = 0;
    for (int q = 0; q <= r; q++) {
        int64_t c = (nranks >= 3 && q == 1) ? 0 : q == nranks - 1 ? n - o : tiny ? 1 : (n / nranks) + (q % 2 ? 3 : -1);
        if (c < 0) c = 0;
        if (o + c > n) c = n - o;
        if (q == r) { *off = o; *cnt = c; }
        o += c;
    }
}

/* the whole array on rank 0 from every rank's rows of `width` elements each */
static void gather(const void *local, int64_t cnt, size_t esize, int64_t n, int64_t width, void *all)
{
    int *counts = malloc(sizeof(int) * (size_t)nranks), *displs = malloc(sizeof(int) * (size_t)nranks);
    for (int r = 0; r < nranks; r++) {
        int64_t o, c;
        block(n, r, &o, &c);
        counts[r] = (int)(c * width * (int64_t)esize);
        displs[r] = (int)(o * width * (int64_t)esize);
    }
    MPI_Gatherv(local, (int)(cnt * width * (int64_t)esize), MPI_BYTE, all, counts, displs, MPI_BYTE, 0, MPI_COMM_WORLD);
    free(counts);
    free(displs);
}

/* on rank 0: the rows every rank returned (cnt each, of width elements),
 * in rank order, in a new array; *total: how many */
static double *gather_any(const double *local, int64_t cnt, int64_t width, int64_t *total)
{
    int64_t *cnts = malloc(sizeof(int64_t) * (size_t)nranks);
    MPI_Allgather(&cnt, 1, MPI_INT64_T, cnts, 1, MPI_INT64_T, MPI_COMM_WORLD);
    int *counts = malloc(sizeof(int) * (size_t)nranks), *displs = malloc(sizeof(int) * (size_t)nranks);
    int64_t t = 0;
    for (int r = 0; r < nranks; r++) {
        counts[r] = (int)(cnts[r] * width);
        displs[r] = (int)(t * width);
        t += cnts[r];
    }
    double *all = malloc(sizeof(double) * (size_t)(t * width + 1));
    MPI_Gatherv(local, (int)(cnt * width), MPI_DOUBLE, all, counts, displs, MPI_DOUBLE, 0, MPI_COMM_WORLD);
    free(cnts); free(counts); free(displs);
    *total = t;
    return all;
}

static void check(const char *what, int ok)
{
    if (rank) return;
    printf("%s %s (%d ranks)\n", ok ? "PASS" : "FAIL", what, nranks);
    failures += !ok;
}

/* heat and modes (every boundary mode but :oob_wraparound) on the first n
 * rows of u against the single-process build, bit for bit */
static void stencils(int64_t n, int64_t w, const double *u, const char *how)
{
    int64_t off, cnt;
    block(n, rank, &off, &cnt);
    double *out2 = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1) * w), *all2 = malloc(sizeof(double) * n * w);
    double *ref2 = malloc(sizeof(double) * n * w);
    char what[120];
    for (int64_t rr = 0; rr <= 5; rr += 5) {
        int rc = heat(MPI_COMM_WORLD, cnt, w, u + off * w, 0.1, rr, out2);
        gather(out2, cnt, sizeof(double), n, w, all2);
        if (!rank) ref_heat(n, w, u, 0.1, rr, ref2);
        snprintf(what, sizeof what, "%s%s", rr ? "heat: runStencil :oob_clamp with rotation, 5 rounds, bit for bit" : "heat: 0 rounds", how);
        check(what, rc == 0 && (rank || !memcmp(all2, ref2, sizeof(double) * n * w)));
    }
    double *o[4], *r4[4], *g4 = malloc(sizeof(double) * n * w);
    for (int q = 0; q < 4; q++) { o[q] = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1) * w); r4[q] = malloc(sizeof(double) * n * w); }
    int rc = modes(MPI_COMM_WORLD, cnt, w, u + off * w, o[0], o[1], o[2], o[3]);
    if (!rank) ref_modes(n, w, u, r4[0], r4[1], r4[2], r4[3]);
    static const char *const name[4] = { ":oob_mirror (2 rows)", ":oob_skip", ":oob_src_zero", ":oob_dst_zero" };
    for (int q = 0; q < 4; q++) {
        gather(o[q], cnt, sizeof(double), n, w, g4);
        snprintf(what, sizeof what, "modes: runStencil %s, bit for bit%s", name[q], how);
        check(what, rc == 0 && (rank || !memcmp(g4, r4[q], sizeof(double) * n * w)));
    }
    for (int q = 0; q < 4; q++) { free(o[q]); free(r4[q]); }
    for (int64_t nw = n; nw >= 1; nw = nw > 2 ? 2 : nw - 1) {      /* n rows, then a grid of 2 and of 1 row(s) */
        block(nw, rank, &off, &cnt);
        rc = wrapst(MPI_COMM_WORLD, cnt, w, u + off * w, out2);
        gather(out2, cnt, sizeof(double), nw, w, g4);
        if (!rank) ref_wrapst(nw, w, u, ref2);
        snprintf(what, sizeof what, "wrapst: runStencil :oob_wraparound, 2 rows, %lld rows, bit for bit%s", (long long)nw, how);
        check(what, rc == 0 && (rank || !memcmp(g4, ref2, sizeof(double) * nw * w)));
    }
    free(g4); free(out2); free(all2); free(ref2);
}

static int close_to(double a, double b) { return a == b || fabs(a - b) <= 1e-12 * fabs(b); }

int main(int argc, char **argv)
{
    MPI_Init(&argc, &argv);
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &nranks);
    const int64_t n = 1001, w = 7;
    double *x = malloc(sizeof(double) * n), *y = malloc(sizeof(double) * n), *u = malloc(sizeof(double) * n * w);
    int64_t *k = malloc(sizeof(int64_t) * n);
    for (int64_t i = 0; i < n; i++) {
        x[i] = sin(0.37 * (double)i) * 10.0 + 1.0 / (double)(i + 3);
        y[i] = cos(0.11 * (double)i);
        k[i] = (i * 7919) % 13;
        for (int64_t j = 0; j < w; j++) u[i * w + j] = (double)((i * 31 + j * 17) % 101) / 7.0 - 3.0;
    }
    int64_t off, cnt;
    block(n, rank, &off, &cnt);
    double *out = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1) * w), *all = malloc(sizeof(double) * n * w);
    double *ref = malloc(sizeof(double) * n * w), *ref2 = malloc(sizeof(double) * n * w);

    /* a map: bit for bit */
    int rc = axpy(MPI_COMM_WORLD, cnt, 2.5, x + off, y + off, out);
    gather(out, cnt, sizeof(double), n, 1, all);
    if (!rank) ref_axpy(n, 2.5, x, y, ref);
    check("axpy: a map, bit for bit", rc == 0 && (rank || !memcmp(all, ref, sizeof(double) * n)));

    /* reductions: the same on every rank, floats within 1e-12 */
    double m, s, mm, rm, rs, rmm;
    int64_t c, rcnt;
    bool a, al, ra, ral;
    rc = stats(MPI_COMM_WORLD, cnt, x + off, k + off, &m, &s, &c, &a, &al, &mm, out);
    gather(out, cnt, sizeof(double), n, 1, all);
    double mine[3] = { m, s, (double)c }, lo[3], hi[3];
    MPI_Allreduce(mine, lo, 3, MPI_DOUBLE, MPI_MIN, MPI_COMM_WORLD);
    MPI_Allreduce(mine, hi, 3, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
    check("stats: the reductions are the same on every rank", !memcmp(lo, hi, sizeof lo));
    if (!rank) {
        int r2 = ref_stats(n, x, k, &rm, &rs, &rcnt, &ra, &ral, &rmm, ref);
        check("stats: minimum (exact), count, any, all (exact), sum, maximum + mean (1e-12)",
              rc == 0 && r2 == 0 && m == rm && c == rcnt && a == ra && al == ral && close_to(s, rs) && close_to(mm, rmm));
        check("stats: a comprehension with the global index and extent, bit for bit", !memcmp(all, ref, sizeof(double) * n));
    } else {
        check("", 1);
        check("", 1);
    }

    /* 2-D, split by rows */
    double *out2 = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1) * w);
    rc = rows(MPI_COMM_WORLD, cnt, w, u + off * w, 0.5, out, out2);
    gather(out, cnt, sizeof(double), n, 1, all);
    double *all2 = malloc(sizeof(double) * n * w);
    gather(out2, cnt, sizeof(double), n, w, all2);
    if (!rank) ref_rows(n, w, u, 0.5, ref, ref2);
    check("rows: a 2-D array by rows, a row reduction and a broadcast, bit for bit",
          rc == 0 && (rank || (!memcmp(all, ref, sizeof(double) * n) && !memcmp(all2, ref2, sizeof(double) * n * w))));

    /* a run-time error on one rank: every rank fails, with its message */
    int64_t *ko = malloc(sizeof(int64_t) * (size_t)(cnt ? cnt : 1));
    int64_t bad = k[n - 2];          /* k - d is 0 first at a row of the last rank's block */
    int64_t first = 0;
    while (k[first] != bad) first++;
    rc = divide(MPI_COMM_WORLD, cnt, k + off, bad, ko);
    int all_failed = 0;
    MPI_Allreduce(&rc, &all_failed, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
    const char *msg = k_last_error();
    int same = !strcmp(msg, "k.arr:26:12: error: integer division by zero");
    int all_same = 0;
    MPI_Allreduce(&same, &all_same, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
    check("divide: a division by zero on one rank fails on every rank (no hang)", all_failed != 0);
    if (!rank && !all_same) printf("    message on rank 0: '%s'\n", msg);
    check("divide: every rank has the located message", all_same);
    (void)first;
    int64_t ds = 0;
    rc = divsum(MPI_COMM_WORLD, cnt, k + off, bad, &ds);
    MPI_Allreduce(&rc, &all_failed, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
    same = !strcmp(k_last_error(), "k.arr:32:16: error: integer division by zero");
    MPI_Allreduce(&same, &all_same, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
    check("divsum: an error before a reduction's combination fails every rank, with the message", all_failed != 0 && all_same);
    rc = divsum(MPI_COMM_WORLD, cnt, k + off, 100, &ds);
    int64_t rds = 0;
    if (!rank) ref_divsum(n, k, 100, &rds);
    check("divsum: without the error, the same sum as one process", rc == 0 && (rank || ds == rds));
    /* argmin/argmax: ties (k repeats its values), and then NaNs */
    {
        int32_t *k32 = malloc(sizeof(int32_t) * n);
        for (int64_t i = 0; i < n; i++) k32[i] = (int32_t)k[i];
        int64_t e[4], re[4];
        for (int nan = 0; nan < 3; nan++) {
            double *xn = malloc(sizeof(double) * n);
            memcpy(xn, x, sizeof(double) * n);
            if (nan) { xn[n - 3] = NAN; if (nan == 2) xn[n / 2] = NAN; }
            rc = extremes(MPI_COMM_WORLD, cnt, xn + off, k32 + off, &e[0], &e[1], &e[2], &e[3]);
            if (!rank) ref_extremes(n, xn, k32, &re[0], &re[1], &re[2], &re[3]);
            int64_t lo4[4], hi4[4];
            MPI_Allreduce(e, lo4, 4, MPI_INT64_T, MPI_MIN, MPI_COMM_WORLD);
            MPI_Allreduce(e, hi4, 4, MPI_INT64_T, MPI_MAX, MPI_COMM_WORLD);
            check(nan == 0 ? "extremes: argmin, argmax of f64 and i32 (ties: the first), the same on every rank"
                  : nan == 1 ? "extremes: with a NaN in the last block: its index" : "extremes: with two NaNs: the first",
                  rc == 0 && !memcmp(lo4, hi4, sizeof lo4) && (rank || !memcmp(e, re, sizeof e)));
            free(xn);
        }
        free(k32);
    }

    /* any row: gathered copies */
    {
        double one, rone;
        rc = anyrow(MPI_COMM_WORLD, cnt, cnt, w, x + off, u + off * w, out, &one, out2);
        gather(out, cnt, sizeof(double), n, 1, all);
        gather(out2, cnt, sizeof(double), n, w, all2);
        if (!rank) ref_anyrow(n, n, w, x, u, ref, &rone, ref2);
        double ones[2] = { one, -one }, mx[2];
        MPI_Allreduce(ones, mx, 2, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
        check("anyrow: x[(i + 1) % n], x[0] + x[n - 1] and runStencil :oob_wraparound (gathered copies, a halo), bit for bit",
              rc == 0 && mx[0] == -mx[1] && (rank || (!memcmp(all, ref, sizeof(double) * n) && one == rone
                                                      && !memcmp(all2, ref2, sizeof(double) * n * w))));
    }

    /* conditions and loop bounds that read elements: gathered copies */
    {
        double bs, rbs;
        rc = branch(MPI_COMM_WORLD, cnt, x + off, k + off, &bs);
        if (!rank) ref_branch(n, x, k, &rbs);
        check("branch: x[n - 1] > x[0] in an if, k[1] in a for's bound", rc == 0 && (rank || close_to(bs, rbs)));
    }

    /* cumulative sums: integers exactly, floats within 1e-12 of the largest partial sum */
    {
        int32_t *k32 = malloc(sizeof(int32_t) * n);
        int64_t *ci = malloc(sizeof(int64_t) * (size_t)(cnt + 1)), *cia = malloc(sizeof(int64_t) * n), *rci = malloc(sizeof(int64_t) * n);
        for (int64_t i = 0; i < n; i++) k32[i] = (int32_t)(k[i] * 1000003 - 5000000);
        rc = sums(MPI_COMM_WORLD, cnt, x + off, k32 + off, out, ci);
        gather(out, cnt, sizeof(double), n, 1, all);
        gather(ci, cnt, sizeof(int64_t), n, 1, cia);
        int okc = rc == 0;
        if (!rank) {
            ref_sums(n, x, k32, ref, rci);
            double big = 0;
            for (int64_t i = 0; i < n; i++) big = fmax(big, fabs(ref[i]));
            for (int64_t i = 0; i < n; i++) okc &= fabs(all[i] - ref[i]) <= 1e-12 * big && cia[i] == rci[i];
        }
        check("sums: cumsum of i32 exactly, of f64 within 1e-12", okc);
        free(k32); free(ci); free(cia); free(rci);
    }

    /* complex cumulative sums and sum: within 1e-12 of the non-MPI build's */
    {
        double _Complex *z = malloc(sizeof(double _Complex) * n), *co = malloc(sizeof(double _Complex) * (size_t)(cnt + 1));
        double _Complex *coa = malloc(sizeof(double _Complex) * n), *rco = malloc(sizeof(double _Complex) * n), cs, rcs;
        for (int64_t i = 0; i < n; i++) z[i] = x[i] + (double)(k[i] % 17 - 8) * I;
        rc = csums(MPI_COMM_WORLD, cnt, z + off, co, &cs);
        gather(co, cnt, sizeof(double _Complex), n, 1, coa);
        int okz = rc == 0;
        if (!rank) {
            ref_csums(n, z, rco, &rcs);
            double big = 0;
            for (int64_t i = 0; i < n; i++) big = fmax(big, cabs(rco[i]));
            for (int64_t i = 0; i < n; i++) okz &= cabs(coa[i] - rco[i]) <= 1e-12 * big;
            okz &= cabs(cs - rcs) <= 1e-12 * fmax(big, 1.0);
        }
        check("csums: cumsum and sum of c128 within 1e-12", okz);
        free(z); free(co); free(coa); free(rco);
    }

    /* a gather of a rebinding's snapshot moved into the loop that reads it */
    rc = snapmin(MPI_COMM_WORLD, cnt, x + off, out);
    gather(out, cnt, sizeof(double), n, 1, all);
    if (!rank) ref_snapmin(n, x, ref);
    check("snapmin: minimum of a var's snapshot read at any row, then a stencil (the gather of the snapshot's source)",
          rc == 0 && (rank || !memcmp(all, ref, sizeof(double) * n)));

    /* neighbouring rows in a comprehension: a halo before the loop */
    rc = smooth(MPI_COMM_WORLD, cnt, x + off, out);
    gather(out, cnt, sizeof(double), n, 1, all);
    if (!rank) ref_smooth(n, x, ref);
    check("smooth: rows i - 1 and i + 2 (clamped) in a comprehension, bit for bit",
          rc == 0 && (rank || !memcmp(all, ref, sizeof(double) * n)));
    rc = farclamp(MPI_COMM_WORLD, cnt, x + off, out);
    gather(out, cnt, sizeof(double), n, 1, all);
    if (!rank) ref_farclamp(n, x, ref);
    check("farclamp: rows clamped at other rows than the edges (x[min(i + 1, 5)]), bit for bit",
          rc == 0 && (rank || !memcmp(all, ref, sizeof(double) * n)));

    /* stencils: the halo of each round; bit for bit */
    stencils(n, w, u, "");
    /* blocks of one row or none: a halo of two rows comes from two ranks */
    tiny = 1;
    stencils(9, w, u, ", blocks of 0 or 1 rows");
    tiny = 0;
    {
        /* constant extents: whole on every rank */
        double wt[3] = { 0.5, -2.0, 3.0 }, c3[3], rc3[3];
        rc = consts(MPI_COMM_WORLD, cnt, x + off, wt, c3, out);
        gather(out, cnt, sizeof(double), n, 1, all);
        double lo3[3], hi3[3];
        MPI_Allreduce(c3, lo3, 3, MPI_DOUBLE, MPI_MIN, MPI_COMM_WORLD);
        MPI_Allreduce(c3, hi3, 3, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
        int okc = rc == 0 && !memcmp(lo3, hi3, sizeof lo3);
        if (!rank) {
            okc &= ref_consts(n, x, wt, rc3, ref) == 0 && !memcmp(all, ref, sizeof(double) * n);
            for (int q = 0; q < 3; q++) okc &= close_to(c3[q], rc3[q]);
        }
        check("consts: a constant-extent parameter and result, whole and the same on every rank", okc);
    }
    {
        int64_t hg[4], rhg[4];
        rc = hist(MPI_COMM_WORLD, cnt, k + off, hg);
        int64_t hlo[4], hhi[4];
        MPI_Allreduce(hg, hlo, 4, MPI_INT64_T, MPI_MIN, MPI_COMM_WORLD);
        MPI_Allreduce(hg, hhi, 4, MPI_INT64_T, MPI_MAX, MPI_COMM_WORLD);
        int okh = rc == 0 && !memcmp(hlo, hhi, sizeof hlo);
        if (!rank) okh &= ref_hist(n, k, rhg) == 0 && !memcmp(hg, rhg, sizeof hg);
        check("hist: a histogram of a distributed array (one gathered copy), exact on every rank", okh);
    }
    {
        double rf = 0, rrf = 0;
        rc = rfun(MPI_COMM_WORLD, cnt, x + off, &rf);
        double flo, fhi;
        MPI_Allreduce(&rf, &flo, 1, MPI_DOUBLE, MPI_MIN, MPI_COMM_WORLD);
        MPI_Allreduce(&rf, &fhi, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
        int okr = rc == 0 && flo == fhi;
        if (!rank) okr &= ref_rfun(n, x, &rrf) == 0 && rf == rrf;
        check("rfun: reduce with a function, in order over a gathered copy, bit for bit on every rank", okr);
    }
    {
        /* f64[n, n]: rows split, the global n passed too */
        double *o = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1) * n), *g = malloc(sizeof(double) * n * n);
        double *r = malloc(sizeof(double) * n * n);
        rc = outerp(MPI_COMM_WORLD, cnt, n, x + off, o);
        gather(o, cnt, sizeof(double), n, n, g);
        int oko = rc == 0;
        if (!rank) oko &= ref_outerp(n, x, r) == 0 && !memcmp(g, r, sizeof(double) * n * n);
        check("outerp: f64[n, n] split by rows, the global n passed after n_local, bit for bit", oko);
        rc = outerp(MPI_COMM_WORLD, cnt, n + 1, x + off, o);
        int all_failed = 0;
        MPI_Allreduce(&rc, &all_failed, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
        check("outerp: a global n that is not the ranks' sum fails on every rank",
              all_failed != 0 && strstr(k_last_error(), "is not the sum of the ranks' n_local") != NULL);
        free(o); free(g); free(r);
    }
    {
        /* a reduction moved out of a comprehension (hoist): combined over the ranks */
        rc = norm(MPI_COMM_WORLD, cnt, x + off, out);
        gather(out, cnt, sizeof(double), n, 1, all);
        int okn = rc == 0;
        if (!rank) {
            okn &= ref_norm(n, x, ref) == 0;
            for (int64_t i = 0; i < n && okn; i++) okn &= close_to(all[i], ref[i]);
        }
        check("norm: x[i] / sum(x), the sum once over the ranks, within 1e-12", okn);
    }
    {
        /* results the function allocates: blocks of rows, in rank order the single-process result */
        double *r[4] = { 0 }, *rr[4] = { 0 };
        int64_t d[4][2] = { { 0 } }, rd[4][2] = { { 0 } };
        rc = anon(MPI_COMM_WORLD, cnt, cnt, w, x + off, u + off * w, &r[0], &d[0][0], &r[1], &d[1][0], &r[2], &d[2][0],
                  &d[2][1], &r[3], &d[3][0], &d[3][1]);
        int oka = rc == 0;
        int64_t rows[4];
        double *g[4];
        for (int q = 0; q < 4; q++) g[q] = gather_any(r[q], rc ? 0 : d[q][0], q < 2 ? 1 : d[q][1], &rows[q]);
        if (!rank) {
            int r2 = ref_anon(n, n, w, x, u, &rr[0], &rd[0][0], &rr[1], &rd[1][0], &rr[2], &rd[2][0], &rd[2][1], &rr[3],
                              &rd[3][0], &rd[3][1]);
            oka &= r2 == 0 && d[2][1] == rd[2][1] && d[3][1] == rd[3][1];
            for (int q = 0; q < 4 && oka; q++) {
                int64_t width = q < 2 ? 1 : rd[q][1];
                oka &= rows[q] == rd[q][0];
                for (int64_t i = 0; i < rows[q] * width && oka; i++)
                    oka &= q == 1 || q == 3 ? close_to(g[q][i], rr[q][i]) : g[q][i] == rr[q][i];
            }
            for (int q = 0; q < 4; q++) free(rr[q]);
        }
        check("anon: allocated results, distributed (own rows) and replicated (an even share), 1-D and 2-D", oka);
        for (int q = 0; q < 4; q++) { free(r[q]); free(g[q]); }
    }
    {
        /* compactions: a sum of the kept elements, and two allocated results of them */
        double ss = 0, rss = 0, *r[2] = { 0 }, *rr[2] = { 0 }, *g[2];
        int64_t d[2] = { 0 }, rd[2] = { 0 }, rows[2];
        rc = sel(MPI_COMM_WORLD, cnt, cnt, w, x + off, u + off * w, &ss, &r[0], &d[0], &r[1], &d[1]);
        int oks = rc == 0;
        for (int q = 0; q < 2; q++) g[q] = gather_any(r[q], rc ? 0 : d[q], 1, &rows[q]);
        if (!rank) {
            oks &= ref_sel(n, n, w, x, u, &rss, &rr[0], &rd[0], &rr[1], &rd[1]) == 0 && close_to(ss, rss);
            for (int q = 0; q < 2 && oks; q++) {
                oks &= rows[q] == rd[q] && rd[q] > 0;
                for (int64_t i = 0; i < rows[q] && oks; i++) oks &= g[q][i] == rr[q][i];
            }
            for (int q = 0; q < 2; q++) free(rr[q]);
        }
        check("sel: compactions of distributed arrays (1-D and 2-D masks), kept elements in order, bit for bit", oks);
        for (int q = 0; q < 2; q++) { free(r[q]); free(g[q]); }
    }
    {
        /* range stores at a constant row offset: renumbered loops, halos, shared temporaries */
        double *o[3], *ov = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1) * w), *g = malloc(sizeof(double) * n * w);
        double *r[3], *rv = malloc(sizeof(double) * n * w);
        for (int q = 0; q < 3; q++) { o[q] = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1)); r[q] = malloc(sizeof(double) * n); }
        rc = shifts(MPI_COMM_WORLD, cnt, cnt, w, x + off, u + off * w, o[0], o[1], o[2], ov);
        int okf = rc == 0;
        if (!rank) okf &= ref_shifts(n, n, w, x, u, r[0], r[1], r[2], rv) == 0;
        for (int q = 0; q < 3; q++) {
            gather(o[q], cnt, sizeof(double), n, 1, all);
            if (!rank) okf &= !memcmp(all, r[q], sizeof(double) * n);
        }
        gather(ov, cnt, sizeof(double), n, w, g);
        if (!rank) okf &= !memcmp(g, rv, sizeof(double) * n * w);
        check("shifts: range stores along dimension 0 at offsets 1 and -2, overlapping, 2-D, bit for bit", okf);
        for (int q = 0; q < 3; q++) { free(o[q]); free(r[q]); }
        free(ov); free(g); free(rv);
    }
    {
        /* the same on let-bound copies stored to in place */
        double *o[3], *r[3];
        for (int q = 0; q < 3; q++) { o[q] = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1)); r[q] = malloc(sizeof(double) * n); }
        rc = let_shifts(MPI_COMM_WORLD, cnt, x + off, 0.25, o[0], o[1], o[2]);
        int okl = rc == 0;
        if (!rank) okl &= ref_let_shifts(n, x, 0.25, r[0], r[1], r[2]) == 0;
        for (int q = 0; q < 3; q++) {
            gather(o[q], cnt, sizeof(double), n, 1, all);
            if (!rank) okl &= !memcmp(all, r[q], sizeof(double) * n);
        }
        check("let_shifts: range stores on let-bound copies at offsets 1 and -1, in place and through a temporary, bit for bit", okl);
        for (int q = 0; q < 3; q++) { free(o[q]); free(r[q]); }
    }
    {
        double *o = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1)), *r = malloc(sizeof(double) * n);
        rc = two_stores(MPI_COMM_WORLD, cnt, x + off, o);
        int ok2 = rc == 0;
        if (!rank) ok2 &= ref_two_stores(n, x, r) == 0;
        gather(o, cnt, sizeof(double), n, 1, all);
        if (!rank) ok2 &= !memcmp(all, r, sizeof(double) * n);
        check("two_stores: two range stores in a row on one copy (offsets 2 and 0), bit for bit", ok2);
        free(o); free(r);
    }
    {
        /* a halo exchanged in every iteration of a loop whose arrays the
           pool frees (into its spares, reused by the next iteration's
           arrays of about the size of the requests, 2 per rank: hence
           the small extents, up to 8 rows a rank, where a request array
           freed under its pointer shared its memory with an array) */
        double *o = malloc(sizeof(double) * n), *r = malloc(sizeof(double) * n);
        int okh = 1;
        for (int64_t nh = 1; nh <= 8 * nranks && okh; nh++) {
            int64_t oh, ch;
            block(nh, rank, &oh, &ch);
            okh &= halo_loop(MPI_COMM_WORLD, ch, x + oh, o) == 0;
            if (!rank) okh &= ref_halo_loop(nh, x, r) == 0;
            gather(o, ch, sizeof(double), nh, 1, all);
            if (!rank) okh &= !memcmp(all, r, sizeof(double) * nh);
            MPI_Bcast(&okh, 1, MPI_INT, 0, MPI_COMM_WORLD);
        }
        check("halo_loop: a halo exchange in each iteration of a loop that allocates (its requests outlive the pool's sweep), extents 1 to 8 a rank, bit for bit", okh);
        free(o); free(r);
    }
    {
        /* two size variables in one loop: bit for bit (the dot within the
           reduction tolerance) when y is split as x is; the located error on
           every rank when it is not (y's first row moved to the next rank) */
        double *o = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1)), *r = malloc(sizeof(double) * n), s = 0, sr = 0;
        rc = twosizes(MPI_COMM_WORLD, cnt, cnt, x + off, y + off, o, &s);
        int okt = rc == 0;
        if (!rank) okt &= ref_twosizes(n, n, x, y, r, &sr) == 0 && close_to(s, sr);
        gather(o, cnt, sizeof(double), n, 1, all);
        if (!rank) okt &= !memcmp(all, r, sizeof(double) * n);
        check("twosizes: arrays of two size variables split alike: one loop over the first's rows, bit for bit", okt);
        if (nranks > 1) {
            int64_t yoff = off + (rank > 0), ycnt = cnt + (rank == 0) - (rank == nranks - 1);
            rc = twosizes(MPI_COMM_WORLD, cnt, ycnt, x + off, y + yoff, o, &s);
            check("twosizes: y split otherwise: the located error on every rank",
                  rc != 0 && strstr(k_last_error(), "k.arr:") && strstr(k_last_error(), "split over the ranks in different blocks"));
        }
        free(o); free(r);
    }
    {
        /* an argmax in a loop renumbered to write its own rows: its index unchanged */
        double *o[2], *r[2];
        for (int q = 0; q < 2; q++) { o[q] = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1)); r[q] = malloc(sizeof(double) * n); }
        rc = shifted_argmax(MPI_COMM_WORLD, cnt, w, x + off, u + off * w, o[0], o[1]);
        int oka = rc == 0;
        if (!rank) oka &= ref_shifted_argmax(n, w, x, u, r[0], r[1]) == 0;
        for (int q = 0; q < 2; q++) {
            gather(o[q], cnt, sizeof(double), n, 1, all);
            if (!rank) oka &= !memcmp(all, r[q], sizeof(double) * n);
        }
        check("shifted_argmax: an argmax fused into a loop renumbered to write its own rows reports its own index", oka);
        for (int q = 0; q < 2; q++) { free(o[q]); free(r[q]); }
    }
    {
        /* a slice bound to a var (a view: stores through it write the
           argument, each rank its rows), a stencil reading a replicated
           concatenation; on copies of x, compared after the call too */
        double *o[2], *r[2], *xa = malloc(sizeof(double) * n), *xr = malloc(sizeof(double) * n);
        memcpy(xa, x, sizeof(double) * n);
        memcpy(xr, x, sizeof(double) * n);
        for (int q = 0; q < 2; q++) { o[q] = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1)); r[q] = malloc(sizeof(double) * n); }
        rc = aliases(MPI_COMM_WORLD, cnt, xa + off, o[0], o[1]);
        int okl = rc == 0;
        if (!rank) okl &= ref_aliases(n, xr, r[0], r[1]) == 0;
        for (int q = 0; q < 2; q++) {
            gather(o[q], cnt, sizeof(double), n, 1, all);
            if (!rank) okl &= !memcmp(all, r[q], sizeof(double) * n);
        }
        gather(xa + off, cnt, sizeof(double), n, 1, all);
        if (!rank) okl &= !memcmp(all, xr, sizeof(double) * n) && memcmp(xr, x, sizeof(double) * n);
        check("aliases: a slice bound to a var writes the argument, a stencil over a replicated buffer, bit for bit", okl);
        for (int q = 0; q < 2; q++) { free(o[q]); free(r[q]); }
        free(xa);
        free(xr);
    }
    {
        /* stores outside parallel loops: the row's owner stores */
        double *o[2], *r[2];
        for (int q = 0; q < 2; q++) { o[q] = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1)); r[q] = malloc(sizeof(double) * n); }
        rc = owner(MPI_COMM_WORLD, cnt, x + off, k + off, o[0], o[1]);
        int okw = rc == 0;
        if (!rank) okw &= ref_owner(n, x, k, r[0], r[1]) == 0;
        for (int q = 0; q < 2; q++) {
            gather(o[q], cnt, sizeof(double), n, 1, all);
            if (!rank) for (int64_t i = 0; i < n && okw; i++) okw &= q == 0 && i == 0 ? close_to(all[i], r[q][i]) : all[i] == r[q][i];
        }
        check("owner: an element store, scatter at data-dependent rows (the owner stores), within 1e-12 / bit for bit", okw);
        for (int q = 0; q < 2; q++) { free(o[q]); free(r[q]); }
    }
    {
        /* matrix products, rows split by n (a, c, results 1 and 3) and by k (b, result 2) */
        const int64_t na = 37, kk = 23, mm = 5;
        int64_t no, nc, ko, kc;
        block(na, rank, &no, &nc);
        block(kk, rank, &ko, &kc);
        double *A = malloc(sizeof(double) * na * kk), *B = malloc(sizeof(double) * kk * mm), *C = malloc(sizeof(double) * na * mm);
        for (int64_t i = 0; i < na * kk; i++) A[i] = sin(0.37 * (double)i) + 0.25;
        for (int64_t i = 0; i < kk * mm; i++) B[i] = cos(0.11 * (double)i) - 0.5;
        for (int64_t i = 0; i < na * mm; i++) C[i] = 0.01 * (double)(i % 17) - 0.07;
        double *o1 = malloc(sizeof(double) * (size_t)(nc ? nc : 1) * mm), *o2 = malloc(sizeof(double) * (size_t)(kc ? kc : 1) * mm);
        double *o3 = malloc(sizeof(double) * (size_t)(nc ? nc : 1) * na);
        double *r1 = malloc(sizeof(double) * na * mm), *r2 = malloc(sizeof(double) * kk * mm), *r3 = malloc(sizeof(double) * na * na);
        double *g1 = malloc(sizeof(double) * na * mm), *g2 = malloc(sizeof(double) * kk * mm), *g3 = malloc(sizeof(double) * na * na);
        rc = mats(MPI_COMM_WORLD, nc, na, kc, kk, mm, A + no * kk, B + ko * mm, C + no * mm, o1, o2, o3);
        /* gather() splits its rows as block() does for the total it is given */
        gather(o1, nc, sizeof(double), na, mm, g1);
        gather(o2, kc, sizeof(double), kk, mm, g2);
        gather(o3, nc, sizeof(double), na, na, g3);
        int okm = rc == 0;
        if (!rank) {
            okm &= ref_mats(na, kk, mm, A, B, C, r1, r2, r3) == 0;
            for (int64_t i = 0; i < na * mm && okm; i++) okm &= close_to(g1[i], r1[i]);
            for (int64_t i = 0; i < kk * mm && okm; i++) okm &= close_to(g2[i], r2[i]);
            for (int64_t i = 0; i < na * na && okm; i++) okm &= close_to(g3[i], r3[i]);
        }
        check("mats: a @ b, transpose(a) @ c, the matmul idiom, rows split, within 1e-12", okm);
        free(A); free(B); free(C); free(o1); free(o2); free(o3); free(r1); free(r2); free(r3); free(g1); free(g2); free(g3);
    }
    {
        /* a stack of distributed arrays; arrays an element allocates */
        double *v = NULL, *p = NULL, *rv = NULL, *rp = NULL, sv = 0, rsv = 0;
        int64_t dv[2] = { 0 }, dp = 0, rdv[2] = { 0 }, rdp = 0, rows[2];
        rc = stk(MPI_COMM_WORLD, cnt, cnt, w, x + off, u + off * w, &v, &dv[0], &dv[1], &sv, &p, &dp);
        double *gv = gather_any(v, rc ? 0 : dv[0], dv[1], &rows[0]), *gp = gather_any(p, rc ? 0 : dp, 1, &rows[1]);
        int okk = rc == 0;
        if (!rank) {
            okk &= ref_stk(n, n, w, x, u, &rv, &rdv[0], &rdv[1], &rsv, &rp, &rdp) == 0 && close_to(sv, rsv);
            okk &= rows[0] == rdv[0] && dv[1] == rdv[1] && rows[1] == rdp;
            for (int64_t i = 0; i < rdv[0] * rdv[1] && okk; i++) okk &= gv[i] == rv[i];
            for (int64_t i = 0; i < rdp && okk; i++) okk &= close_to(gp[i], rp[i]);
            free(rv); free(rp);
        }
        check("stk: stack of distributed arrays (loops run whole), per-element arrays of extent n, within 1e-12", okk);
        free(v); free(p); free(gv); free(gp);
    }
    {
        /* a scan with a function, argsort: whole on every rank, own rows kept */
        double *o = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1)), *r = malloc(sizeof(double) * n);
        int64_t *oi[2], *ri[2], *gi = malloc(sizeof(int64_t) * n);
        for (int q = 0; q < 2; q++) { oi[q] = malloc(sizeof(int64_t) * (size_t)(cnt ? cnt : 1)); ri[q] = malloc(sizeof(int64_t) * n); }
        rc = ords(MPI_COMM_WORLD, cnt, x + off, k + off, o, oi[0], oi[1]);
        int oko = rc == 0;
        if (!rank) oko &= ref_ords(n, x, k, r, ri[0], ri[1]) == 0;
        gather(o, cnt, sizeof(double), n, 1, all);
        if (!rank) oko &= !memcmp(all, r, sizeof(double) * n);
        for (int q = 0; q < 2; q++) {
            gather(oi[q], cnt, sizeof(int64_t), n, 1, gi);
            if (!rank) oko &= !memcmp(gi, ri[q], sizeof(int64_t) * n);
        }
        check("ords: scan with a function and argsort (stable, ties), bit for bit", oko);
        free(o); free(r); free(gi);
        for (int q = 0; q < 2; q++) { free(oi[q]); free(ri[q]); }
    }
    {
        /* a histogram into distributed bins */
        int64_t *o = malloc(sizeof(int64_t) * (size_t)(cnt ? cnt : 1)), *r = malloc(sizeof(int64_t) * n), *g = malloc(sizeof(int64_t) * n);
        rc = hdist(MPI_COMM_WORLD, cnt, k + off, o);
        gather(o, cnt, sizeof(int64_t), n, 1, g);
        int okd = rc == 0;
        if (!rank) okd &= ref_hdist(n, k, r) == 0 && !memcmp(g, r, sizeof(int64_t) * n);
        check("hdist: histogram into distributed bins (each rank counts into its own), exact", okd);
        free(o); free(r); free(g);
    }
    {
        /* while loops reading distributed elements in their conditions */
        double *o = malloc(sizeof(double) * (size_t)(cnt ? cnt : 1)), *r = malloc(sizeof(double) * n);
        int64_t wi = 0, wj = 0, rwi = 0, rwj = 0;
        rc = whiles(MPI_COMM_WORLD, cnt, x + off, o, &wi, &wj);
        gather(o, cnt, sizeof(double), n, 1, all);
        int okq = rc == 0;
        if (!rank) okq &= ref_whiles(n, x, r, &rwi, &rwj) == 0 && wi == rwi && wj == rwj && !memcmp(all, r, sizeof(double) * n);
        check("whiles: conditions reading distributed elements (gathered once, or every iteration), bit for bit", okq);
        free(o); free(r);
    }
    {
        /* column sums into results split by their own dimension 0 (w) */
        int64_t woff, wcnt;
        block(w, rank, &woff, &wcnt);
        double *o[2], *r[2], *g = malloc(sizeof(double) * w);
        for (int q = 0; q < 2; q++) { o[q] = malloc(sizeof(double) * (size_t)(wcnt ? wcnt : 1)); r[q] = malloc(sizeof(double) * w); }
        rc = colsum(MPI_COMM_WORLD, cnt, wcnt, w, u + off * w, o[0], o[1]);
        int okc = rc == 0;
        if (!rank) okc &= ref_colsum(n, w, u, r[0], r[1]) == 0;
        for (int q = 0; q < 2; q++) {
            gather(o[q], wcnt, sizeof(double), w, 1, g);
            for (int64_t j = 0; j < w && !rank; j++) okc &= close_to(g[j], r[q][j]);
        }
        check("colsum: sum(u, 0) and dots down columns into results split by w, within 1e-12", okc);
        for (int q = 0; q < 2; q++) { free(o[q]); free(r[q]); }
        free(g);
    }
    MPI_Finalize();
    return failures != 0;
}
