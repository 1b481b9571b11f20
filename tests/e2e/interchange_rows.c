#include "interchange_rows.h"
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", interchange_rows_last_error()); else
static double v(int64_t i) { return (double)((i * 13) % 17) - 8.0; }
static void show(const double *r, int64_t k) { for (int64_t j = 0; j < k; j++) printf("%.17g\n", r[j]); }

int main(void)
{
    static const int64_t ms[] = { 0, 1, 15, 16, 17, 40, 300 }, ns[] = { 0, 3, 257 };
    for (int a = 0; a < 7; a++)
        for (int b = 0; b < 3; b++) {
            int64_t m = ms[a], n = ns[b];
            double *A = malloc(sizeof(double) * (size_t)(m * n + 1)), *x = malloc(sizeof(double) * (size_t)(n + 1));
            double *r = malloc(sizeof(double) * (size_t)(n + 1)), *q = malloc(sizeof(double) * (size_t)(m + 1));
            for (int64_t i = 0; i < m * n; i++) A[i] = v(i);
            for (int64_t i = 0; i < n; i++) x[i] = (double)(i % 5) - 2.0;
            printf("m %lld n %lld\n", (long long)m, (long long)n);
            CALL(atax(m, n, A, x, r)) show(r, n);
            CALL(atax_keep(m, n, A, x, r)) show(r, n);
            CALL(reversed(m, n, A, x, r)) show(r, n);
            CALL(rowsums(m, n, A, q, r)) { show(q, m); show(r, n); }
            free(A); free(x); free(r); free(q);
        }
    return 0;
}
