/* The Black-Scholes sample on many ranks (arrc --mpi, docs/mpi.md): each
 * rank makes and prices its own block of the N options (the same inputs as
 * main.c: option i has strike 40 + i / N), with no communication but the
 * extents; rank 0 gathers the prices and compares them with the
 * single-process build (blackscholes_ref.c, --prefix=ref --strict-math: the
 * math functions one element at a time, as --mpi calls them), bit for bit.
 *
 * Usage: mpirun -np 4 ./blackscholes_mpi [N] (make run-mpi) */
#include "blackscholes_mpi.h"
#include "blackscholes_ref.h"
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    MPI_Init(&argc, &argv);
    int rank, size;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    long long n = argc > 1 ? atoll(argv[1]) : 1000000;
    long long off = 0, cnt = 0;
    for (int r = 0; r <= rank; r++) { off += cnt; cnt = n / size + (r < n % size); }
    size_t b = sizeof(double) * (size_t)(cnt + 1);
    double *s = malloc(b), *k = malloc(b), *r = malloc(b), *v = malloc(b), *t = malloc(b), *put = malloc(b);
    for (long long i = 0; i < cnt; i++) {
        s[i] = 42.0; k[i] = 40.0 + (double)(off + i) / (double)n; r[i] = 0.5; v[i] = 0.2; t[i] = 0.5;
    }
    double t0 = MPI_Wtime();
    int rc = blackscholes(MPI_COMM_WORLD, cnt, s, k, r, v, t, put);
    double t1 = MPI_Wtime();
    int *counts = malloc(sizeof(int) * (size_t)size), *displs = malloc(sizeof(int) * (size_t)size);
    for (int q = 0, at = 0; q < size; q++) { counts[q] = (int)(n / size + (q < n % size)); displs[q] = at; at += counts[q]; }
    double *all = rank == 0 ? malloc(sizeof(double) * (size_t)n) : NULL;
    MPI_Gatherv(put, (int)cnt, MPI_DOUBLE, all, counts, displs, MPI_DOUBLE, 0, MPI_COMM_WORLD);
    int status = rc != 0;
    if (rank == 0) {
        double *S = malloc(sizeof(double) * (size_t)n), *K = malloc(sizeof(double) * (size_t)n), *R = malloc(sizeof(double) * (size_t)n),
               *V = malloc(sizeof(double) * (size_t)n), *T = malloc(sizeof(double) * (size_t)n), *P = malloc(sizeof(double) * (size_t)n);
        for (long long i = 0; i < n; i++) { S[i] = 42.0; K[i] = 40.0 + (double)i / (double)n; R[i] = 0.5; V[i] = 0.2; T[i] = 0.5; }
        ref_blackscholes(n, S, K, R, V, T, P);
        double sum = 0;
        for (long long i = 0; i < n; i++) sum += all[i];
        int same = !memcmp(all, P, sizeof(double) * (size_t)n);
        printf("options:  %lld on %d ranks\nchecksum: %.10f\ntime:     %.3f ms\nresult:   %s\n", n, size, sum, 1e3 * (t1 - t0),
               same ? "bit for bit equal to the single-process build" : "DIFFERENT from the single-process build");
        status |= !same;
        free(S); free(K); free(R); free(V); free(T); free(P);
    }
    MPI_Bcast(&status, 1, MPI_INT, 0, MPI_COMM_WORLD);
    MPI_Finalize();
    return status;
}
