#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"
#include <mpi.h>

static int rank, nranks;

/* The rows of n that rank r owns: uneven blocks; from 3 ranks on, rank e has none. */
static __attribute__((unused)) void block(int64_t n, int e, int r, int64_t *off, int64_t *cnt)
{
    int last = nranks - 1;
    if (nranks >= 3 && e == last) last--;
    int64_t o = 0;
    for (int q = 0; q < nranks; q++) {
        int64_t c = (nranks >= 3 && q == e) ? 0 : q == last ? n - o : n / nranks + (q % 2 ? 2 : 1);
        if (c < 0) c = 0;
        if (o + c > n) c = n - o;
        if (q == r) { *off = o; *cnt = c; }
        o += c;
    }
}

/* The whole array on rank 0 (all) from every rank's block of cnt rows of rowbytes bytes. */
static __attribute__((unused)) void gather_rows(const void *local, int64_t cnt, int64_t n, int e, size_t rowbytes, void *all)
{
    int *counts = malloc(sizeof(int) * (size_t)nranks), *displs = malloc(sizeof(int) * (size_t)nranks);
    for (int q = 0; q < nranks; q++) {
        int64_t o, c;
        block(n, e, q, &o, &c);
        counts[q] = (int)(c * (int64_t)rowbytes);
        displs[q] = (int)(o * (int64_t)rowbytes);
    }
    MPI_Gatherv(local, (int)(cnt * (int64_t)rowbytes), MPI_BYTE, all, counts, displs, MPI_BYTE, 0, MPI_COMM_WORLD);
    free(counts);
    free(displs);
}

/* Rows that the function allocated (an anonymous result): every rank's count
 * of rows gathered first; returns the global number of rows on rank 0. */
static __attribute__((unused)) int64_t gather_any_rows(const void *local, int64_t cnt, size_t rowbytes, void **all)
{
    int64_t *cnts = malloc(sizeof(int64_t) * (size_t)nranks);
    MPI_Gather(&cnt, 1, MPI_INT64_T, cnts, 1, MPI_INT64_T, 0, MPI_COMM_WORLD);
    int *counts = malloc(sizeof(int) * (size_t)nranks), *displs = malloc(sizeof(int) * (size_t)nranks);
    int64_t tot = 0;
    if (!rank)
        for (int q = 0; q < nranks; q++) {
            counts[q] = (int)(cnts[q] * (int64_t)rowbytes);
            displs[q] = (int)(tot * (int64_t)rowbytes);
            tot += cnts[q];
        }
    *all = malloc((size_t)tot * rowbytes + 1);
    MPI_Gatherv(local, (int)(cnt * (int64_t)rowbytes), MPI_BYTE, *all, counts, displs, MPI_BYTE, 0, MPI_COMM_WORLD);
    free(cnts);
    free(counts);
    free(displs);
    return tot;
}

/* On rank 0: whether every rank's size bytes at v equal rank 0's. */
static __attribute__((unused)) int ranks_agree(const void *v, size_t size)
{
    unsigned char *all = malloc(size * (size_t)nranks + 1);
    MPI_Gather(v, (int)size, MPI_BYTE, all, (int)size, MPI_BYTE, 0, MPI_COMM_WORLD);
    int ok = 1;
    if (!rank)
        for (int q = 1; q < nranks; q++)
            ok &= !memcmp(all, all + (size_t)q * size, size);
    free(all);
    return ok;
}

static void run_prog450(void) {
    const int e = 1;    /* the rank without rows (from 3 ranks on) */
    (void)e;
    int64_t n = 8;
    int64_t m = 2;
    int64_t n_off, n_local;
    block(n, e, rank, &n_off, &n_local);
    static const int64_t in0_init[] = {INT64_C(-16), INT64_C(-16), INT64_C(20), INT64_C(-11), INT64_C(13), INT64_C(14), INT64_C(-13), INT64_C(-19)};
    int64_t *in0 = malloc(sizeof in0_init); memcpy(in0, in0_init, sizeof in0_init);
    static const double in1_init[] = {-3.890625, -3.1875, -1.5625, -1.453125, -3.0, 2.515625, 3.203125, 1.578125, -3.453125, 1.71875, -2.890625, 3.515625, -0.21875, -1.765625, -0.84375, 0.890625};
    double *in1 = malloc(sizeof in1_init); memcpy(in1, in1_init, sizeof in1_init);
    float *r0 = malloc(sizeof(float) * (size_t)n_local * (size_t)(m) + 1);
    float *r0_all = malloc(sizeof(float) * (size_t)(n) * (size_t)(m) + 1);
    if (!rank) printf("== prog450\n");
    int rc = prog450(MPI_COMM_WORLD, n_local, m, in0 + n_off * (size_t)1, in1 + n_off * (size_t)(m), r0);
    int failed = rc != 0, nfailed = 0;
    MPI_Allreduce(&failed, &nfailed, 1, MPI_INT, MPI_SUM, MPI_COMM_WORLD);
    if (nfailed) {
        char msg[512] = {0};
        strncpy(msg, m_last_error(), sizeof msg - 1);
        int same = ranks_agree(msg, sizeof msg);
        if (!rank) {
            printf("error: %s\n", msg);
            if (nfailed != nranks) printf("ranks disagree: %d of %d ranks returned an error\n", nfailed, nranks);
            else if (!same) printf("ranks disagree: the error messages differ\n");
        }
    } else {
        gather_rows(r0, n_local, n, e, sizeof(float) * (size_t)(m), r0_all);
        if (!rank) {
            for (size_t q = 0; q < (size_t)(n) * (size_t)(m); q++) printf("%.17g\n", (double)r0_all[q]);
        }
    }
    fflush(stdout);
    free(in0);
    free(in1);
    free(r0);
    free(r0_all);
}

int main(int argc, char **argv) {
    MPI_Init(&argc, &argv);
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &nranks);
    run_prog450();
    MPI_Finalize();
    return 0;
}
