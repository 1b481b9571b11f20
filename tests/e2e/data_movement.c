#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "data_movement.h"

#define NS 5000
#define ERR() printf("error: %s\n", data_movement_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }
static void pi(const int64_t *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    int64_t idx[50], h[10], hs;
    for (int i = 0; i < 50; i++) idx[i] = (int64_t)((i * i + 3 * i) % 7);
    if (hist(50, idx, 7, h)) ERR(); else pi(h, 7);
    if (hist(50, idx, 9, h)) ERR(); else pi(h, 9);
    if (hist(0, idx, 4, h)) ERR(); else pi(h, 4);
    idx[13] = -1;
    if (hist(50, idx, 7, h)) ERR(); else pi(h, 7);       /* negative bin */
    idx[13] = 7;
    if (hist(50, idx, 7, h)) ERR(); else pi(h, 7);       /* bin == nbins */
    if (hist(50, idx, 8, h)) ERR(); else pi(h, 8);       /* fine with 8 bins */

    double x[200];
    for (int i = 0; i < 200; i++) x[i] = (double)((i * 31) % 97) / 97.0;
    if (hist_expr(200, x, 10, h, &hs)) ERR(); else { pi(h, 10); printf("%lld\n", (long long)hs); }

    double dest[10], d2[10], r[10], vals[4] = { 1.5, -2.25, 3.0, 4.75 };
    for (int i = 0; i < 10; i++) dest[i] = (double)i * 0.5;
    int64_t si[4] = { 7, 0, 3, 9 };
    if (do_scatter(10, 4, dest, si, vals, r)) ERR(); else pa(r, 10);
    si[2] = 10;
    if (do_scatter(10, 4, dest, si, vals, r)) ERR(); else pa(r, 10);
    si[2] = -1;
    if (do_scatter(10, 4, dest, si, vals, r)) ERR(); else pa(r, 10);
    memcpy(d2, dest, sizeof dest);
    int64_t sp[3] = { 2, 5, 8 };
    double s;
    if (scatter_param(10, 3, d2, sp, vals, &s)) ERR(); else { pa(d2, 10); printf("%.17g\n", s); }
    memcpy(d2, dest, sizeof dest);
    sp[1] = 12;
    if (scatter_param(10, 3, d2, sp, vals, &s)) ERR(); else { pa(d2, 10); printf("%.17g\n", s); }

    double a[10], g[8], g1[8], g2[8], g3[8];
    int64_t k[10], gk[8];
    int64_t gidx[8] = { 9, 0, 0, 3, 7, 3, 1, 9 };
    int32_t gidx32[8] = { 4, 4, 9, 0, 2, 8, 1, 5 };
    for (int i = 0; i < 10; i++) { a[i] = (double)((i * 3) % 7) * 0.25 - 0.5; k[i] = (i * 3) % 10; }
    if (do_gather(10, 8, a, gidx, g)) ERR(); else pa(g, 8);
    if (gather32(10, 8, a, gidx32, g)) ERR(); else pa(g, 8);
    if (gather_expr(10, 8, a, k, gidx, g, gk, &s, g1, g2)) ERR();
    else { pa(g, 8); pi(gk, 8); printf("%.17g\n", s); pa(g1, 8); pa(g2, 8); }
    gidx[4] = 10;
    if (do_gather(10, 8, a, gidx, g3)) ERR(); else pa(g3, 8);
    gidx[4] = -1;
    if (do_gather(10, 8, a, gidx, g3)) ERR(); else pa(g3, 8);
    gidx32[7] = 10;
    if (gather32(10, 8, a, gidx32, g3)) ERR(); else pa(g3, 8);
    gidx32[7] = -3;
    if (gather32(10, 8, a, gidx32, g3)) ERR(); else pa(g3, 8);

    double *keys = malloc(NS * sizeof *keys), *sorted = malloc(NS * sizeof *sorted);
    int64_t *perm = malloc(NS * sizeof *perm);
    if (!keys || !sorted || !perm) return 1;
    for (int i = 0; i < NS; i++) keys[i] = (double)((i * 7919) % 37) * 0.5 - 9.0;
    if (sort_f(NS, keys, perm, sorted)) ERR();
    else {
        pi(perm, 30);
        uint64_t hh = 0;
        double sum = 0.0;
        int64_t descents = 0;
        for (int i = 0; i < NS; i++) {
            hh = hh * 1000003u + (uint64_t)perm[i];
            sum += sorted[i];
            if (i > 0 && sorted[i] < sorted[i - 1]) descents++;
        }
        printf("%lld\n%.17g\n%.17g\n%.17g\n%lld\n", (long long)(int64_t)hh, sorted[0], sorted[NS - 1], sum,
               (long long)descents);
    }
    if (sort_f(7, keys + 100, perm, sorted)) ERR(); else { pi(perm, 7); pa(sorted, 7); }
    free(keys); free(sorted);

    int64_t ik[40];
    for (int i = 0; i < 40; i++) ik[i] = (int64_t)((i * 13) % 7) - 3;
    ik[5] = INT64_MIN; ik[17] = INT64_MAX; ik[30] = INT64_MIN; ik[33] = INT64_MAX;
    if (sort_i(40, ik, perm)) ERR(); else pi(perm, 40);
    if (sort_i(1, ik + 17, perm)) ERR(); else pi(perm, 1);
    free(perm);
    return 0;
}
