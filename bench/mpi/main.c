/* bench/mpi: examples/heat's kernel (arrc --mpi) on the ranks of
 * MPI_COMM_WORLD: an N x N plate split by rows, R rounds, after one warm-up
 * call.  Rank 0 prints one line: ranks, N, R, the time per round (the
 * slowest rank's) and the communication's share (the largest of the
 * ranks' heat_mpi_comm_seconds() / their time: the MPI calls, waiting for
 * the other ranks included).
 * Usage: mpirun -np P ./bench N R */
#include "heat_mpi.h"
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    MPI_Init(&argc, &argv);
    int rank, size;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    int64_t n = argc > 1 ? atoll(argv[1]) : 1024, r = argc > 2 ? atoll(argv[2]) : 100;
    int64_t off = 0, rows = 0;
    for (int q = 0; q <= rank; q++) { off += rows; rows = n / size + (q < n % size); }
    double *u = malloc(sizeof(double) * (size_t)((rows + 1) * n)), *out = malloc(sizeof(double) * (size_t)((rows + 1) * n)), total;
    for (int64_t i = 0; i < rows; i++)
        for (int64_t j = 0; j < n; j++) u[i * n + j] = (off + i + j) % 7 == 0 ? 100.0 : 0.0;
    if (heat(MPI_COMM_WORLD, rows, n, u, 0.2, 1, out, &total)) { fprintf(stderr, "%s\n", heat_mpi_last_error()); MPI_Abort(MPI_COMM_WORLD, 1); }
    MPI_Barrier(MPI_COMM_WORLD);
    double t0 = MPI_Wtime();
    int rc = heat(MPI_COMM_WORLD, rows, n, u, 0.2, r, out, &total);
    double t = MPI_Wtime() - t0, c = heat_mpi_comm_seconds();
    double mine[2] = { t, t > 0 ? c / t : 0 }, worst[2];
    MPI_Reduce(mine, worst, 2, MPI_DOUBLE, MPI_MAX, 0, MPI_COMM_WORLD);
    if (rank == 0)
        printf("%d %lld %lld %.4f %.3f %d\n", size, (long long)n, (long long)r, 1e3 * worst[0] / (double)r, worst[1], rc);
    MPI_Finalize();
    return rc != 0;
}
