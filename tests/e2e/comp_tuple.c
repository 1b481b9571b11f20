#include <stdio.h>
#include <stdlib.h>
#include <stdbool.h>
#include <stdint.h>
#include "comp_tuple.h"

#define NP 20
#define ERR() printf("error: %s\n", comp_tuple_last_error())

static void pa(const double *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%.17g\n", v[i]); }
static void pi(const int64_t *v, int64_t n) { for (int64_t i = 0; i < n; i++) printf("%lld\n", (long long)v[i]); }

int main(void) {
    double a[5 * 6], r0[NP], r1[NP], x[NP], y[NP], re[12], im[12];
    int64_t k[9], ki[9];
    bool kb[9];
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 6; j++) a[i * 6 + j] = (double)((i * 5 + j * 7) % 13) * 0.25 - 1.25;
    for (int i = 0; i < 12; i++) {
        re[i] = (double)(i % 4) - 1.5 + (double)(i / 4) * 0.25;
        im[i] = (double)((i * 5) % 7) * 0.5 - 1.0;
    }
    re[5] = 0.0; im[5] = 0.0;   /* atan2(0, 0) = 0 */
    for (int i = 0; i < 9; i++) k[i] = (int64_t)(i * i) - 4 * (int64_t)i + 1;
    for (int p = 0; p < NP; p++) {
        x[p] = 1.1 * (double)(p % 5) + 0.18 * (double)((p * 13 + 7) % 23) / 23.0;
        y[p] = 1.1 * (double)(p / 5) + 0.18 * (double)((p * 7 + 13) % 23) / 23.0;
    }

    if (minmax_rows(5, 6, a, r0, r1)) ERR(); else { pa(r0, 5); pa(r1, 5); }
    if (sum_count(5, 6, a, 0.1, r0, ki, r1)) ERR(); else { pa(r0, 5); pi(ki, 5); pa(r1, 5); }
    if (sum_count(5, 6, a, 100.0, r0, ki, r1)) ERR(); else { pa(r0, 5); pi(ki, 5); pa(r1, 5); }

    double *p = NULL, *q = NULL;
    int64_t pd = -1, qd = -1;
    int rc = pair_plain(7, a, &p, &pd, &q, &qd);
    if (rc) ERR();
    else { printf("%lld\n%lld\n", (long long)pd, (long long)qd); pa(p, pd); pa(q, qd); free(p); free(q); }

    if (polar(3, 4, re, im, r0, r1)) ERR(); else { pa(r0, 12); pa(r1, 12); }

    int64_t c;
    if (triple(9, k, kb, ki, r0, &c)) ERR();
    else {
        for (int i = 0; i < 9; i++) printf("%d\n", (int)kb[i]);
        pi(ki, 9); pa(r0, 9); printf("%lld\n", (long long)c);
    }

    static const double cutoffs[] = { 3.0, 1.2 };
    for (int t = 0; t < 2; t++) {
        double e;
        if (lj_forces(NP, x, y, cutoffs[t], r0, r1, &e)) ERR();
        else { pa(r0, NP); pa(r1, NP); printf("%.17g\n", e); }
    }
    return 0;
}
