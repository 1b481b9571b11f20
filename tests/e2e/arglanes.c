#include "arglanes.h"
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", arglanes_last_error()); else
enum { NMAX = 6000, KMAX = 17 };

/* a coordinate on a grid of halves (sums exact in any order); row r of
   every 37 a NaN, every 53 an infinity, when `odd` */
static double coord(int i, int which, int odd)
{
    if (odd && i % 37 == 20 + which) return NAN;
    if (odd && i % 53 == 40) return which ? -INFINITY : INFINITY;
    return (double)((i * 29 + which * 17) % 41) * 0.5 - 10.0;
}

static void show(const int64_t *v, int n)
{
    long long h = 0;
    for (int i = 0; i < n; i++) h = (h * 31 + v[i] + 1) % 1000000007;
    printf("%d %lld", n, h);
    for (int i = 0; i < n && i < 40; i++) printf(" %lld", (long long)v[i]);
    printf("\n");
}

int main(void)
{
    static double px[NMAX], py[NMAX];
    static float fx[NMAX];
    static int64_t a[NMAX], cnt[KMAX];
    double cx[KMAX], cy[KMAX], sx[KMAX];
    float fc[KMAX];
    int ns[] = { 1, 31, 32, 33, 64, 97, 1000, NMAX }, ks[] = { 1, 5, 17 };
    for (int in = 0; in < 8; in++)
        for (int ik = 0; ik < 3; ik++)
            for (int odd = 0; odd < 2; odd++) {
                int n = ns[in], k = ks[ik];
                for (int i = 0; i < n; i++) {
                    px[i] = coord(i, 0, odd);
                    py[i] = coord(i, 1, odd);
                    fx[i] = (float)coord(i, 1, odd);
                }
                for (int c = 0; c < k; c++) {
                    cx[c] = (double)((c * 7) % 9) - 4.0;     /* repeats: ties */
                    cy[c] = (double)((c * 5) % 7) - 3.0;
                    fc[c] = (float)((c * 3) % 8) - 3.5f;
                }
                CALL(near(n, k, px, py, cx, cy, a)) show(a, n);
                CALL(far32(n, k, fx, fc, a)) show(a, n);
                int64_t *b = NULL, m = 0;
                if (n > 3) {
                    CALL(from3(n, k, px, cx, &b, &m)) show(b, (int)m);
                    free(b);
                }
                if (n <= 1000) {       /* 3 rows of n pixels: the points' x, y and x again */
                    static double img[3 * 1000];
                    for (int i = 0; i < n; i++) { img[i] = px[i]; img[n + i] = py[i]; img[2 * n + i] = px[i]; }
                    static int64_t q[3 * 1000];
                    CALL(quant(3, n, k, img, cx, q)) show(q, 3 * n);
                }
                if (!odd) {
                    CALL(step(n, k, px, py, cx, cy, a, sx, cnt)) {
                        show(a, n);
                        for (int c = 0; c < k; c++) printf("%.17g %lld%s", sx[c], (long long)cnt[c], c + 1 < k ? " " : "\n");
                    }
                }
            }
    return 0;
}
