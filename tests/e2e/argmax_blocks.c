#include "argmax_blocks.h"
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", argmax_blocks_last_error()); else

enum { N = 100000, NCASE = 13 };

/* case c of n values from the random r0 (see argmax_blocks.py) */
static void fill(double *r, const double *r0, int n, int c)
{
    for (int i = 0; i < n; i++) r[i] = r0[i];
    switch (c) {
    case 1: r[n / 2] = NAN; break;                              /* a NaN after the maximum's block */
    case 2: r[n - 1] = NAN; break;                              /* the last element */
    case 3: for (int i = 0; i < n; i++) r[i] = i * 0.5; break; /* ascending: every block improves */
    case 4: for (int i = 0; i < n; i++) r[i] = -i * 0.5; break;
    case 5: for (int i = 0; i < n; i++) r[i] = -INFINITY; break;
    case 6: for (int i = 0; i < n; i++) r[i] = INFINITY; break;
    case 7: r[n / 7] = 1e9; r[n / 3] = 1e9; r[n - 2] = 1e9; r[n / 5] = -1e9; r[n - 3] = -1e9; break;  /* ties */
    case 8:     /* the maximum is zero: +0 first, then -0 */
        for (int i = 0; i < n; i++) r[i] = -fabs(r0[i]) - 1.0;
        r[n / 3] = 0.0; r[n / 2] = -0.0; break;
    case 9:     /* -0 first, then +0 */
        for (int i = 0; i < n; i++) r[i] = -fabs(r0[i]) - 1.0;
        r[n / 3] = -0.0; r[n / 2] = 0.0; break;
    case 10: r[0] = NAN; r[n / 2] = 1e300; break;               /* a NaN in the first block */
    case 11: r[1023 % n] = 500.0; r[1024 % n] = 500.0; break;   /* at a block's end and the next's start */
    case 12: r[n / 4] = -NAN; r[n - 1] = NAN; r[n / 2] = 1e200; break;
    }
}

int main(void)
{
    double *x = malloc(sizeof(double) * N), *r = malloc(sizeof(double) * N);
    float *f = malloc(sizeof(float) * N);
    int64_t *iv = malloc(sizeof(int64_t) * N);
    int32_t *jv = malloc(sizeof(int32_t) * N);
    uint64_t s = 987654321;
    for (int i = 0; i < N; i++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        x[i] = (double)(s >> 11) / 9007199254740992.0 * 200.0 - 100.0;
    }
    int lens[5] = { N, 2048, 1025, 1024, 5 };
    for (int L = 0; L < 5; L++) {
        int n = lens[L];
        for (int c = 0; c < NCASE; c++) {
            fill(r, x, n, c);
            int64_t a, b, p, q;
            CALL(amax(n, r, &a)) printf("%lld ", (long long)a);
            CALL(amin(n, r, &a)) printf("%lld ", (long long)a);
            for (int i = 0; i < n; i++) f[i] = (float)r[i];
            CALL(amax32(n, f, &a, &b)) printf("%lld %lld ", (long long)a, (long long)b);
            CALL(amask(n, r, 20.0, &a)) printf("%lld ", (long long)a);
            CALL(atail(n, r, &a)) printf("%lld ", (long long)a);
            CALL(aexp(n, r, &a)) printf("%lld\n", (long long)a);
        }
        /* integers: every value the initial extreme, then ties at the limits */
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < n; i++) {
                iv[i] = c == 0 ? INT64_MIN : c == 1 ? INT64_MAX : (int64_t)(x[i] * 1e15);
                jv[i] = c == 0 ? INT32_MAX : c == 1 ? INT32_MIN : (int32_t)(x[i] * 1e6);
            }
            if (c == 2) { iv[n / 3] = INT64_MAX; iv[n - 1] = INT64_MAX; jv[n / 2] = INT32_MIN; jv[n / 4] = INT32_MIN; }
            int64_t a, b, p, q;
            CALL(aint(n, iv, jv, &a, &b, &p, &q)) printf("%lld %lld %lld %lld\n", (long long)a, (long long)b, (long long)p, (long long)q);
        }
    }
    /* rows: 3 rows of 3000 and 40 rows of 7 */
    int shapes[2][2] = { { 3, 3000 }, { 40, 7 } };
    for (int t = 0; t < 2; t++) {
        int m = shapes[t][0], w = shapes[t][1];
        for (int i = 0; i < m * w; i++) r[i] = x[i];
        r[1 * w + w - 1] = 1e9; r[2 * w + 1] = NAN; r[0] = -1e9;
        int64_t hi[40], lo[40];
        CALL(arows(m, w, r, hi, lo)) for (int i = 0; i < m; i++) printf("%lld %lld\n", (long long)hi[i], (long long)lo[i]);
        if (w == 3000) CALL(arowc(m, r, lo)) for (int i = 0; i < m; i++) printf("%lld\n", (long long)lo[i]);
    }
    /* integer rows of 1024, 1025 and 2048 (a variable width: a copy of the
       loop over rows runs them by blocks past 1024), values with ties */
    int widths[3] = { 1024, 1025, 2048 };
    for (int t = 0; t < 3; t++) {
        int64_t m = 5, w = widths[t];
        for (int64_t i = 0; i < m * w; i++) jv[i] = (int32_t)((i * 7919 + t) % 1000) - 500;
        jv[3 * w + w - 1] = -900; jv[4 * w + 1030 % w] = 900;
        int64_t lo[5], hi[5];
        for (int sgn = -1; sgn <= 1; sgn += 2)
            CALL(arowi(m, w, jv, sgn, lo, hi)) for (int i = 0; i < m; i++) printf("%lld %lld\n", (long long)lo[i], (long long)hi[i]);
    }
    free(x); free(r); free(f); free(iv); free(jv);
    return 0;
}
