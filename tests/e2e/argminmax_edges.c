#include "argminmax_edges.h"
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", argminmax_edges_last_error()); else
enum { N = 100000 };

static void fill(double *a, int n, double v) { for (int i = 0; i < n; i++) a[i] = v; }

int main(void)
{
    static double a[N];
    static int64_t ia[N];
    static float f[N];
    int64_t x, y, r[N], c[N];
    int sizes[2] = { 5, N };        /* one thread (overhead guard), several */
    for (int s = 0; s < 2; s++) {
        int n = sizes[s];
        fill(a, n, INFINITY);
        CALL(mins(n, a, &x, &y)) printf("%lld %lld\n", (long long)x, (long long)y);
        fill(a, n, -INFINITY);
        CALL(mins(n, a, &x, &y)) printf("%lld %lld\n", (long long)x, (long long)y);
        fill(a, n, 2.5);
        a[n - 1] = -1.0; a[n / 2] = -1.0; a[n / 3] = 7.0; a[n - 2] = 7.0;
        CALL(mins(n, a, &x, &y)) printf("%lld %lld\n", (long long)x, (long long)y);
        a[n - 3] = NAN; a[n - 4] = NAN;
        CALL(mins(n, a, &x, &y)) printf("%lld %lld\n", (long long)x, (long long)y);
        for (int i = 0; i < n; i++) ia[i] = INT64_MAX;
        CALL(imins(n, ia, &x, &y)) printf("%lld %lld\n", (long long)x, (long long)y);
        for (int i = 0; i < n; i++) ia[i] = INT64_MIN;
        ia[n - 1] = 0;
        CALL(imins(n, ia, &x, &y)) printf("%lld %lld\n", (long long)x, (long long)y);
        fill(a, n, INFINITY);
        a[n - 2] = 3.0;
        CALL(shifted(n, a, &x)) printf("%lld\n", (long long)x);
    }
    /* rows: 4 x 25000, row 1 all +inf, column maxima -inf except one */
    enum { M = 4, W = N / 4 };
    for (int i = 0; i < M * W; i++) a[i] = (i / W == 1) ? INFINITY : (double)((i * 37) % 101);
    CALL(rows(M, W, a, r, c)) {
        for (int i = 0; i < M; i++) printf("%lld\n", (long long)r[i]);
        long long sum = 0; for (int j = 0; j < W; j++) sum += c[j] * (j % 7 + 1);
        printf("%lld\n", sum);
    }
    for (int i = 0; i < M * W; i++) f[i] = -INFINITY;
    f[M * W - 5] = 1.0f;
    CALL(flat(M, W, f, &x, &y)) printf("%lld %lld\n", (long long)x, (long long)y);
    enum { K = 9 };
    double q[K];
    for (int c = 0; c < K; c++) q[c] = (double)((c * 5) % 9) - 3.0;
    int rows_n[2] = { 50, 3000 };   /* one thread (overhead guard), several */
    for (int s = 0; s < 2; s++) {
        int n = rows_n[s];
        for (int i = 0; i < n; i++) a[i] = (double)(i % 50) * 0.25 - 4.0;
        CALL(nested(n, K, a, q, r, c)) {
            long long h = 0;
            for (int i = 0; i < n; i++) h = (h * 31 + r[i] * 10 + c[i]) % 1000000007;
            printf("%lld %lld %lld\n", (long long)r[7], (long long)c[7], h);
        }
    }
    return 0;
}
