#include "stencil_race.h"
#include <stdio.h>
#include <stdlib.h>

static double sum(const double *a, int64_t n)
{
    double s = 0.0;
    for (int64_t i = 0; i < n; i++) s += a[i];
    return s;
}

int main(void)
{
    enum { N = 2000, M = 10007, REPS = 12 };
    double *A = malloc(N * sizeof *A), *B = malloc(N * sizeof *B);
    double *x = malloc(M * sizeof *x), *y = malloc(M * sizeof *y);
    for (int rep = 0; rep < REPS; rep++) {
        for (int i = 0; i < N; i++) { A[i] = (double)(i % 17) / 16.0; B[i] = 0.0; }
        if (jac1(N, 100, A, B)) { printf("error: %s\n", stencil_race_last_error()); continue; }
        printf("%.17g\n%.17g\n", sum(A, N), sum(B, N));
    }
    for (int i = 0; i < N; i += 250) printf("%.17g\n", A[i + 1]);
    for (int rep = 0; rep < REPS; rep++) {
        for (int i = 0; i < M; i++) { x[i] = (double)((i * 7) % 13); y[i] = -1.0; }
        if (clamp1(M, x, y)) { printf("error: %s\n", stencil_race_last_error()); continue; }
        int changed = 0;
        for (int i = 0; i < M; i++) changed += x[i] != (double)((i * 7) % 13);
        printf("%d\n%.17g\n%.17g\n", changed, sum(y, M), y[M - 1]);
    }
    /* rounds large enough for threads (one parallel region, each thread
       rotating its own buffer pointers) and an odd number of them: the
       rotation's final state must reach the caller's view of the buffers */
    enum { N2 = 6000 };
    double *C = malloc(N2 * sizeof *C), *D = malloc(N2 * sizeof *D);
    for (int rep = 0; rep < 4; rep++) {
        for (int i = 0; i < N2; i++) { C[i] = (double)(i % 19) / 8.0; D[i] = 0.0; }
        if (jac_odd(N2, 25, C, D)) { printf("error: %s\n", stencil_race_last_error()); continue; }
        printf("%.17g\n%.17g\n%.17g\n%.17g\n", sum(C, N2), sum(D, N2), C[N2 / 2], D[N2 / 3]);
    }
    for (int k = 50; k <= 51; k++) {
        for (int i = 0; i < N2; i++) C[i] = (double)(i % 23) / 4.0;
        if (jac_value(N2, k, C, D)) { printf("error: %s\n", stencil_race_last_error()); continue; }
        printf("%.17g\n%.17g\n%.17g\n", sum(D, N2), D[1], D[N2 / 2]);
    }
    free(C); free(D);
    free(A); free(B); free(x); free(y);
    return 0;
}
