/* Heat diffusion on many ranks (arrc --mpi, docs/mpi.md): the plate split
 * in blocks of rows (uneven when the ranks do not divide it), each rank
 * making its own rows of the start; rank 0 gathers the result and compares
 * it with the single-process build (heat_ref.c, --prefix=ref): the plate
 * bit for bit, the total within 1e-12.
 * Usage: mpirun -np 4 ./heat_mpi [N [R]] (make run-mpi) */
#include "heat_mpi.h"
#include "heat_ref.h"
#include <math.h>
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double start(int64_t n, int64_t i, int64_t j)
{
    return (i > n / 4 && i < n / 2 && j > n / 4 && j < n / 2) ? 100.0 : 0.0;
}

int main(int argc, char **argv)
{
    MPI_Init(&argc, &argv);
    int rank, size;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    int64_t n = argc > 1 ? atoll(argv[1]) : 512, r = argc > 2 ? atoll(argv[2]) : 200;
    int64_t off = 0, rows = 0;
    for (int q = 0; q <= rank; q++) { off += rows; rows = n / size + (q < n % size); }
    double *u = malloc(sizeof(double) * (size_t)((rows + 1) * n)), *out = malloc(sizeof(double) * (size_t)((rows + 1) * n)), total;
    for (int64_t i = 0; i < rows; i++)
        for (int64_t j = 0; j < n; j++) u[i * n + j] = start(n, off + i, j);
    double t0 = MPI_Wtime();
    int rc = heat(MPI_COMM_WORLD, rows, n, u, 0.2, r, out, &total);
    double t1 = MPI_Wtime();
    int *counts = malloc(sizeof(int) * (size_t)size), *displs = malloc(sizeof(int) * (size_t)size);
    for (int q = 0, at = 0; q < size; q++) { counts[q] = (int)((n / size + (q < n % size)) * n); displs[q] = at; at += counts[q]; }
    double *all = rank == 0 ? malloc(sizeof(double) * (size_t)(n * n)) : NULL;
    MPI_Gatherv(out, (int)(rows * n), MPI_DOUBLE, all, counts, displs, MPI_DOUBLE, 0, MPI_COMM_WORLD);
    int status = rc != 0;
    if (rank == 0) {
        double *U = malloc(sizeof(double) * (size_t)(n * n)), *R = malloc(sizeof(double) * (size_t)(n * n)), rt;
        for (int64_t i = 0; i < n; i++)
            for (int64_t j = 0; j < n; j++) U[i * n + j] = start(n, i, j);
        ref_heat(n, n, U, 0.2, r, R, &rt);
        int same = rc == 0 && !memcmp(all, R, sizeof(double) * (size_t)(n * n)) && fabs(total - rt) <= 1e-12 * fabs(rt);
        printf("plate:  %lld x %lld, %lld rounds on %d ranks\ntotal:  %.6f\ntime:   %.3f ms (%.3f ms per round)\nresult: %s\n",
               (long long)n, (long long)n, (long long)r, size, total, 1e3 * (t1 - t0), r ? 1e3 * (t1 - t0) / (double)r : 0.0,
               same ? "the plate bit for bit, the total within 1e-12 of the single-process build" : "DIFFERENT from the single-process build");
        status |= !same;
    }
    MPI_Bcast(&status, 1, MPI_INT, 0, MPI_COMM_WORLD);
    MPI_Finalize();
    return status;
}
