#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include "sample_kmeans.h"

#define N 40
#define ERR() printf("error: %s\n", sample_kmeans_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }
static void pi(const int64_t *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

/* `steps` k-means steps from the centres (cx, cy); prints each step's
 * assignment, new centres and the inertia of the assignment */
static void iterate(int64_t n, int64_t k, const double *px, const double *py,
                    const double *cx0, const double *cy0, int steps)
{
    int64_t as[N];
    double cx[8], cy[8], nx[8], ny[8], in;
    memcpy(cx, cx0, sizeof(double) * (size_t)k);
    memcpy(cy, cy0, sizeof(double) * (size_t)k);
    for (int s = 0; s < steps; s++) {
        if (kmeans_step(n, k, px, py, cx, cy, as, nx, ny)) { ERR(); return; }
        pi(as, n); pa(nx, k); pa(ny, k);
        if (inertia(n, k, px, py, cx, cy, as, &in)) ERR(); else pa(&in, 1);
        memcpy(cx, nx, sizeof(double) * (size_t)k);
        memcpy(cy, ny, sizeof(double) * (size_t)k);
    }
}

int main(void) {
    double px[N], py[N];
    /* three loose groups around (-3, 0), (2, 2.5), (2.5, -2), coordinates
     * multiples of 0.25 */
    for (int i = 0; i < N; i++) {
        int g = i % 3;
        double ox = g == 0 ? -3.0 : g == 1 ? 2.0 : 2.5;
        double oy = g == 0 ? 0.0 : g == 1 ? 2.5 : -2.0;
        px[i] = ox + (double)((i * 7) % 9 - 4) * 0.25;
        py[i] = oy + (double)((i * 5) % 11 - 5) * 0.25;
    }
    double cx[4] = { 0.0, 0.25, -0.5, 50.0 }, cy[4] = { 0.0, 0.5, -0.25, 50.0 };
    iterate(N, 3, px, py, cx, cy, 4);          /* three clusters, from poor seeds */
    iterate(N, 4, px, py, cx, cy, 2);          /* centre 3 is far away: empty cluster */

    /* ties: points halfway between centres go to the first one */
    double tx[6] = { 0.0, 1.0, 2.0, 1.0, 1.0, 3.0 }, ty[6] = { 0.0, 0.0, 0.0, 1.0, -1.0, 0.0 };
    double ux[3] = { 0.0, 2.0, 0.0 }, uy[3] = { 0.0, 0.0, 0.0 };   /* centre 2 duplicates centre 0 */
    iterate(6, 3, tx, ty, ux, uy, 2);

    iterate(0, 3, px, py, cx, cy, 1);          /* no points: centres unchanged */
    iterate(5, 0, px, py, cx, cy, 1);          /* no clusters: argmin of an empty array */
    return 0;
}
