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
    free(A); free(B); free(x); free(y);
    return 0;
}
