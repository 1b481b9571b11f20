/* The Gaussian blur sample on many ranks (arrc --mpi, docs/mpi.md): rank 0
 * reads the photograph, every rank gets a block of its rows (uneven when
 * the ranks do not divide the height), blur() runs distributed (the stencil
 * exchanges the rows next to each block before every round), rank 0
 * gathers the result, writes it, and compares it with the hand-written
 * single-process reference blur_ref.c: they must agree bit for bit.
 *
 * Usage: mpirun -np 4 ./blur_mpi [N [IN.png [OUT.png]]] (make run-mpi) */
#define _POSIX_C_SOURCE 200809L   /* clock_gettime */
#include "blur_mpi.h"
#include "pngio.h"

#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int blur_ref(int64_t h, int64_t w, float *img, int64_t iterations, float *out);

int main(int argc, char **argv)
{
    MPI_Init(&argc, &argv);
    int rank, size;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    long long n = argc > 1 ? atoll(argv[1]) : 10;
    const char *in = argc > 2 ? argv[2] : "coffee.png";
    const char *outp = argc > 3 ? argv[3] : "blurred.png";
    int64_t dims[2] = { 0, 0 };
    float *img = NULL;
    if (rank == 0 && !(img = png_load_gray(in, &dims[0], &dims[1]))) dims[0] = -1;
    MPI_Bcast(dims, 2, MPI_INT64_T, 0, MPI_COMM_WORLD);
    if (dims[0] < 0) { MPI_Finalize(); return 1; }
    int64_t h = dims[0], w = dims[1];
    /* rank r's rows: h / size, the first h % size ranks one more */
    int *counts = malloc(sizeof(int) * (size_t)size), *displs = malloc(sizeof(int) * (size_t)size);
    for (int r = 0, at = 0; r < size; r++) {
        int64_t rows = h / size + (r < h % size);
        counts[r] = (int)(rows * w);
        displs[r] = at;
        at += counts[r];
    }
    int64_t rows = counts[rank] / (w ? w : 1);
    float *mine = malloc(sizeof(float) * (size_t)(counts[rank] + 1)), *out = malloc(sizeof(float) * (size_t)(counts[rank] + 1));
    MPI_Scatterv(img, counts, displs, MPI_FLOAT, mine, counts[rank], MPI_FLOAT, 0, MPI_COMM_WORLD);
    double t0 = MPI_Wtime();
    int rc = blur(MPI_COMM_WORLD, rows, w, mine, n, out);
    double t1 = MPI_Wtime();
    if (rc != 0) {
        if (rank == 0) fprintf(stderr, "blur failed: %s\n", blur_mpi_last_error());
        MPI_Finalize();
        return 1;
    }
    float *all = rank == 0 ? malloc(sizeof(float) * (size_t)(h * w)) : NULL;
    MPI_Gatherv(out, counts[rank], MPI_FLOAT, all, counts, displs, MPI_FLOAT, 0, MPI_COMM_WORLD);
    int status = 0;
    if (rank == 0) {
        float *ref = malloc(sizeof(float) * (size_t)(h * w));
        blur_ref(h, w, img, n, ref);        /* img: the original, read here for the first time */
        int same = !memcmp(ref, all, sizeof(float) * (size_t)(h * w));
        if (png_save_gray(outp, all, h, w)) status = 1;
        printf("image:      %s, %lld x %lld\n", in, (long long)w, (long long)h);
        printf("ranks:      %d (rows %lld to %lld each)\n", size, (long long)(h / size), (long long)(h / size + (h % size != 0)));
        printf("iterations: %lld\n", n);
        printf("time:       %.3f ms\n", 1e3 * (t1 - t0));
        printf("result:     %s the single-process reference (blur_ref.c)\n", same ? "bit for bit equal to" : "DIFFERENT from");
        printf("output:     %s\n", outp);
        status |= !same;
        free(ref);
    }
    MPI_Bcast(&status, 1, MPI_INT, 0, MPI_COMM_WORLD);
    free(img); free(all); free(mine); free(out); free(counts); free(displs);
    MPI_Finalize();
    return status;
}
