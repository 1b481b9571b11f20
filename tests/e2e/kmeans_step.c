#include <stdio.h>
#include <stdint.h>
#include "kmeans_step.h"

#define N 2000
#define K 5
#define ERR() printf("error: %s\n", kmeans_step_last_error())

static uint64_t state = 12345;

static double u01(void) {
    state = state * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
    return (double)(state >> 11) * (1.0 / 9007199254740992.0);
}

int main(void) {
    static const double tcx[K] = { 1.0, 5.0, 3.0, 8.0, 7.0 }, tcy[K] = { 1.0, 2.0, 6.0, 8.0, 3.0 };
    static double px[N], py[N];
    static int64_t assign[N];
    double cx[K] = { 0.5, 4.0, 3.5, 9.0, 50.0 }, cy[K] = { 0.5, 1.0, 5.0, 9.5, 50.0 };
    double nx[K], ny[K], inertia;
    int64_t counts[K];
    for (int i = 0; i < N; i++) {
        double u = u01();
        double v = u01();
        px[i] = tcx[i % K] + 2.4 * (u - 0.5);
        py[i] = tcy[i % K] + 2.4 * (v - 0.5);
    }
    for (int step = 0; step < 3; step++) {
        if (kmeans_step(N, K, px, py, cx, cy, assign, counts, nx, ny, &inertia)) { ERR(); break; }
        if (step == 0) {
            for (int i = 0; i < N; i++) printf("%lld\n", (long long)assign[i]);
        } else {
            uint64_t h = 0;
            for (int i = 0; i < N; i++) h = h * 31u + (uint64_t)assign[i];
            printf("%lld\n", (long long)(int64_t)h);
        }
        for (int c = 0; c < K; c++) printf("%lld\n", (long long)counts[c]);
        for (int c = 0; c < K; c++) printf("%.17g\n%.17g\n", nx[c], ny[c]);
        printf("%.17g\n", inertia);
        for (int c = 0; c < K; c++) { cx[c] = nx[c]; cy[c] = ny[c]; }
    }
    return 0;
}
