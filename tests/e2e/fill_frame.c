#include "fill_frame.h"
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", fill_frame_last_error()); else

/* input element i: a fixed pseudo-random value in [-4, 4) of 1/64 steps */
static double val(int64_t i) { return (double)((i * 7919 + 13) % 512) / 64.0 - 4.0; }

/* a checksum that sees every element and where it is */
static double sum(const double *y, int64_t n)
{
    double s = 0;
    for (int64_t i = 0; i < n; i++) s += y[i] * (double)(i % 17 + 1);
    return s;
}

int main(void)
{
    int64_t n1[6] = { 1, 2, 3, 4, 10, 100001 };
    for (int k = 0; k < 6; k++) {
        int64_t n = n1[k];
        double *x = malloc(sizeof(double) * n), *y = malloc(sizeof(double) * n);
        for (int64_t i = 0; i < n; i++) { x[i] = val(i); y[i] = -99.0; }
        CALL(f1(n, x, y)) printf("f1 %lld %.17g %.17g %.17g\n", (long long)n, sum(y, n), y[0], y[n - 1]);
        for (int t = 0; t < 3; t++) {
            for (int64_t i = 0; i < n; i++) y[i] = -99.0;
            CALL(frun(n, x, t, y)) printf("frun %d %.17g\n", t, sum(y, n));
        }
        CALL(fself(n, x, y)) printf("fself %.17g\n", sum(y, n));
        free(x); free(y);
    }
    int64_t s2[5][2] = { { 1, 1 }, { 2, 3 }, { 3, 4 }, { 4, 5 }, { 300, 257 } };
    for (int k = 0; k < 5; k++) {
        int64_t h = s2[k][0], w = s2[k][1];
        float *x = malloc(sizeof(float) * h * w), *y = malloc(sizeof(float) * h * w);
        double *d = malloc(sizeof(double) * h * w);
        for (int64_t i = 0; i < h * w; i++) { x[i] = (float)val(i); y[i] = -99.0f; }
        CALL(f2(h, w, x, y)) {
            for (int64_t i = 0; i < h * w; i++) d[i] = y[i];
            printf("f2 %lld %lld %.9g\n", (long long)h, (long long)w, sum(d, h * w));
        }
        free(x); free(y); free(d);
    }
    int64_t s3[4][3] = { { 1, 1, 1 }, { 2, 2, 2 }, { 3, 4, 5 }, { 20, 30, 40 } };
    for (int k = 0; k < 4; k++) {
        int64_t p = s3[k][0], q = s3[k][1], r = s3[k][2], n = p * q * r;
        double *x = malloc(sizeof(double) * n), *y = malloc(sizeof(double) * n);
        for (int64_t i = 0; i < n; i++) { x[i] = val(i); y[i] = -99.0; }
        CALL(f3(p, q, r, x, y)) printf("f3 %lld %.17g\n", (long long)n, sum(y, n));
        free(x); free(y);
    }
    return 0;
}
