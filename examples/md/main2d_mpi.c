/* md2d on many ranks (arrc --mpi, docs/mpi.md): the same particles and
 * velocity Verlet as main2d.c, the particles split in blocks over the ranks
 * (uneven when the ranks do not divide them).  The force kernel reads every
 * particle's position at arbitrary rows (all pairs), so each call gathers
 * the positions on every rank (MPI_Allgatherv).  Rank 0 also runs the
 * single-process build (md2d_ref.c, --prefix=ref) on the same start and
 * compares: positions and velocities bit for bit, energies within 1e-12.
 *
 * Usage: mpirun -np 4 ./md2d_mpi [NX [STEPS [EVERY]]] (make run-mpi) */
#include "md2d_mpi.h"
#include "md2d_ref.h"
#include <math.h>
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng = 88172645463325252ull;
static double u01(void)
{
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return (double)(rng >> 11) * 0x1.0p-53;
}

int main(int argc, char **argv)
{
    MPI_Init(&argc, &argv);
    int rank, size;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    int64_t nx = argc > 1 ? atoll(argv[1]) : 12, steps = argc > 2 ? atoll(argv[2]) : 40, every = argc > 3 ? atoll(argv[3]) : 10;
    const double a = 1.1225, dt = 0.005, rc = 3.0, temp = 0.5;
    int64_t n = nx * nx;
    double l = a * (double)nx;
    /* every rank makes the whole start (the same generator) and keeps its block */
    size_t sz = sizeof(double) * (size_t)n;
    double *s[6];                                           /* x, y, vx, vy, fx, fy: the whole state */
    for (int k = 0; k < 6; k++) s[k] = calloc(1, sz);
    double px = 0, py = 0, ke0 = 0;
    for (int64_t i = 0; i < n; i++) {
        s[0][i] = a * (0.5 + (double)(i % nx));
        s[1][i] = a * (0.5 + (double)(i / nx));
        s[2][i] = u01() - 0.5; s[3][i] = u01() - 0.5;
        px += s[2][i]; py += s[3][i];
    }
    for (int64_t i = 0; i < n; i++) { s[2][i] -= px / n; s[3][i] -= py / n; ke0 += 0.5 * (s[2][i] * s[2][i] + s[3][i] * s[3][i]); }
    double scale = sqrt(temp * (double)n / ke0);
    for (int64_t i = 0; i < n; i++) { s[2][i] *= scale; s[3][i] *= scale; }
    int64_t off = 0, cnt = 0;
    for (int r = 0; r <= rank; r++) { off += cnt; cnt = n / size + (r < n % size); }
    double *b[6], *b2[6];                                   /* this rank's block, and the next state's */
    for (int k = 0; k < 6; k++) {
        b[k] = malloc(sizeof(double) * (size_t)(cnt + 1));
        b2[k] = malloc(sizeof(double) * (size_t)(cnt + 1));
        memcpy(b[k], s[k] + off, sizeof(double) * (size_t)cnt);
    }
    double pe, ke, rpe, rke;
    int bad = forces(MPI_COMM_WORLD, cnt, b[0], b[1], l, rc, b[4], b[5], &pe) || kinetic(MPI_COMM_WORLD, cnt, b[2], b[3], &ke);
    if (rank == 0) {
        ref_forces(n, s[0], s[1], l, rc, s[4], s[5], &rpe);
        printf("# %lld particles on %d ranks, box %.4f, dt %g\n# step  total/N  (single process)\n", (long long)n, size, l, dt);
    }
    int same = 1;
    double t0 = MPI_Wtime();
    for (int64_t st = every; st <= steps && !bad; st += every) {
        bad |= integrate(MPI_COMM_WORLD, cnt, b[0], b[1], b[2], b[3], b[4], b[5], dt, l, rc, every,
                         b2[0], b2[1], b2[2], b2[3], b2[4], b2[5], &pe);
        for (int k = 0; k < 6; k++) { double *t = b[k]; b[k] = b2[k]; b2[k] = t; }
        bad |= kinetic(MPI_COMM_WORLD, cnt, b[2], b[3], &ke);
        if (rank == 0) {
            double *r2[6];
            for (int k = 0; k < 6; k++) r2[k] = malloc(sz);
            ref_integrate(n, s[0], s[1], s[2], s[3], s[4], s[5], dt, l, rc, every, r2[0], r2[1], r2[2], r2[3], r2[4], r2[5], &rpe);
            for (int k = 0; k < 6; k++) { free(s[k]); s[k] = r2[k]; }
            ref_kinetic(n, s[2], s[3], &rke);
            printf("%6lld %14.10f  (%14.10f)\n", (long long)st, (pe + ke) / n, (rpe + rke) / n);
            same &= fabs(pe - rpe) <= 1e-12 * fabs(rpe) && fabs(ke - rke) <= 1e-12 * fabs(rke);
        }
    }
    double t1 = MPI_Wtime();
    /* positions and velocities, bit for bit */
    int *counts = malloc(sizeof(int) * (size_t)size), *displs = malloc(sizeof(int) * (size_t)size);
    for (int r = 0, at = 0; r < size; r++) { counts[r] = (int)(n / size + (r < n % size)); displs[r] = at; at += counts[r]; }
    double *all = malloc(sz);
    for (int k = 0; k < 4; k++) {
        MPI_Gatherv(b[k], (int)cnt, MPI_DOUBLE, all, counts, displs, MPI_DOUBLE, 0, MPI_COMM_WORLD);
        if (rank == 0) same &= !memcmp(all, s[k], sz);
    }
    if (rank == 0) {
        printf("# %s; %.3f ms\n", bad ? "FAILED" : same ? "positions and velocities bit for bit, energies within 1e-12 of the single process"
                                                         : "DIFFERENT from the single process", 1e3 * (t1 - t0));
    }
    int status = bad || !same;
    MPI_Bcast(&status, 1, MPI_INT, 0, MPI_COMM_WORLD);
    MPI_Finalize();
    return status;
}
