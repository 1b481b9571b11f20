#include <stdio.h>
#include <stdint.h>
#include "element_store.h"

#define N 12
#define H 3
#define W 5
#define ERR() printf("error: %s\n", element_store_last_error())

static void pa(const double *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", v[i]); }

int main(void) {
    double a[N], r[N], r2[N], m[H * W], t[W * H], v[W];
    int64_t ri[N];
    for (int i = 0; i < N; i++) a[i] = (double)((i * 7) % 5) * 0.5 - 0.75;
    for (int i = 0; i < H * W; i++) m[i] = (double)(i % 7) - 2.5;
    for (int j = 0; j < W; j++) v[j] = 1.0 / (double)(j + 2);
    if (scaled_index(N, a, r)) ERR(); else pa(r, N);
    if (prefix(N, a, r)) ERR(); else pa(r, N);
    if (recurrence(N, a, r)) ERR(); else pa(r, N);
    if (transpose_loops(H, W, m, t)) ERR(); else pa(t, W * H);
    if (matvec(H, W, m, v, r)) ERR(); else pa(r, H);
    if (istore(N, ri)) ERR();
    else for (int i = 0; i < N; i++) printf("%lld\n", (long long)ri[i]);
    if (rebind(4, r, r2)) ERR(); else { pa(r, 4); pa(r2, 4); }
    if (store_then_map(N, a, r)) ERR(); else pa(r, N);
    return 0;
}
