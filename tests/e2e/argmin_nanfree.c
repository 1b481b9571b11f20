#include "argmin_nanfree.h"
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", argmin_nanfree_last_error()); else
enum { N = 3000, K = 5 };

/* point i's coordinate: mostly finite, with NaN, +-inf and +-1e308 here and there */
static double coord(int i, int which)
{
    int r = (i * 7 + which * 3) % 23;
    if (r == 5) return NAN;
    if (r == 9) return INFINITY;
    if (r == 11) return -INFINITY;
    if (r == 13 || r == 16) return 1e308;
    if (r == 17) return -1e308;
    return (double)((i * 37 + which * 11) % 101) * 0.5 - 25.0;
}

static long long hash(const int64_t *v, int n)
{
    long long h = 0;
    for (int i = 0; i < n; i++) h = (h * 31 + v[i]) % 1000000007;
    return h;
}

static void show(const int64_t *v, int n)
{
    if (n <= 23) {
        for (int i = 0; i < n; i++) printf("%lld%s", (long long)v[i], i + 1 < n ? " " : "\n");
    } else {
        printf("%lld\n", hash(v, n));
    }
}

int main(void)
{
    static double px[N], py[N];
    static float fx[N];
    static int64_t a[N], b[N], d[N];
    double cx[K], cy[K];
    float fc[K];
    int sizes[2] = { 23, N };        /* one thread (overhead guard), several */
    for (int s = 0; s < 2; s++) {
        int n = sizes[s];
        for (int i = 0; i < n; i++) {
            px[i] = coord(i, 0);
            py[i] = coord(i, 1);
            fx[i] = (i % 19 == 4) ? NAN : (i % 19 == 8) ? INFINITY : (i % 19 == 12) ? 3e38f : (float)((i * 13) % 41) - 20.0f;
        }
        /* centres: finite (with +-1e308), then one +inf, then one NaN */
        for (int set = 0; set < 3; set++) {
            for (int c = 0; c < K; c++) {
                cx[c] = (double)((c * 7) % 5) * 3.0 - 6.0;
                cy[c] = (double)((c * 3) % 5) * 2.0 - 4.0;
                fc[c] = (float)((c * 7) % 5) * 3.0f - 6.0f;
            }
            cx[3] = -1e308;
            cy[1] = 1e308;
            cy[3] = -1e308;
            fc[2] = -3e38f;
            if (set == 1) { cx[2] = INFINITY; fc[4] = INFINITY; }
            if (set == 2) { cy[4] = NAN; fc[1] = NAN; }
            CALL(near(n, K, px, py, cx, cy, a)) show(a, n);
            CALL(forms(n, K, px, py, cx, cy, a, b, d)) { show(a, n); show(b, n); show(d, n); }
            CALL(squares(n, K, px, py, cx, cy, a, b)) { show(a, n); show(b, n); }
            CALL(unsafe(n, K, px, py, cx, cy, a, b, d)) { show(a, n); show(b, n); show(d, n); }
            CALL(scaled(n, K, px, cx, a)) show(a, n);
            float sv[3] = { 0.5f, INFINITY, NAN };
            for (int q = 0; q < 3; q++) CALL(near32(n, K, fx, fc, sv[q], a)) show(a, n);
        }
    }
    /* rounds: with a NaN in x (the tracked versions), then finite */
    int64_t rr;
    for (int q = 0; q < 2; q++) {
        for (int i = 0; i < N; i++) fx[i] = (q == 0 && i == 1234) ? NAN : (float)((i * 13) % 41) - 20.0f;
        CALL(rounds(N, fx, 5, &rr)) printf("%lld\n", (long long)rr);
    }
    return 0;
}
