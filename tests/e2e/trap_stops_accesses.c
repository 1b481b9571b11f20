#include "trap_stops_accesses.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 10000     /* above the parallel loops' overhead guard */

static void show(int rc, const double *v)
{
    if (rc) printf("error: %s\n", trap_stops_accesses_last_error());
    else printf("%.17g\n", *v);
}

/* the total of the n results (the call runs before it is read) */
static const double *total(double *p, int64_t n, double *t)
{
    *t = 0;
    for (int64_t i = 0; i < n; i++) *t += p[i];
    return t;
}

/* which failure the message names (the e2e comparison takes any message
   for a line starting "error:") */
static void which(int rc)
{
    const char *m = trap_stops_accesses_last_error();
    if (!rc) printf("ok\n");
    else printf("failed: %s\n", strstr(m, "remainder") ? "remainder" : strstr(m, "division") ? "division"
                : strstr(m, "exponent") ? "exponent" : m);
}

int main(void)
{
    int64_t *a = malloc(N * sizeof *a), *b = malloc(N * sizeof *b), *a5 = malloc(N * sizeof *a5);
    double c[4] = { 0.5, 1.5, 2.5, 3.5 };
    double *out = malloc(N * sizeof *out), r = 0, t = 0;
    for (int64_t i = 0; i < N; i++) {
        a[i] = 1 + i % 4;
        a5[i] = 5 * a[i];
        b[i] = 5;
    }
    for (int64_t n = 1; n <= 4; n++) show(store_after(n, &r), &r);

    int rc = gather(N, 4, a, b, c, out);
    show(rc, total(out, N, &t));
    rc = gather_let(N, 4, a, b, c, out);
    show(rc, total(out, N, &t));
    show(sum_gather(N, 4, a5, b, c, &r), &r);
    b[7777] = 0;
    show(gather(N, 4, a, b, c, out), &t);
    show(gather_let(N, 4, a, b, c, out), &t);
    show(sum_gather(N, 4, a5, b, c, &r), &r);
    b[7777] = 5;
    b[3] = 0;           /* below the guard too */
    show(gather(10, 4, a, b, c, out), &t);
    show(gather_let(10, 4, a, b, c, out), &t);
    show(sum_gather(10, 4, a5, b, c, &r), &r);

    double *none = malloc(1);
    show(branch(4, c, 3, &r), &r);
    show(branch(4, c, 9, &r), &r);
    show(branch(0, none, 3, &r), &r);
    free(none);

    for (int64_t q = 0; q <= 1; q++) show(loop(4, q, c, &r), &r);
    int64_t *sc = malloc(N * sizeof *sc);
    for (int64_t i = 0; i < N; i++) b[i] = 1 + i % 7;
    rc = scan_div(N, b, sc);
    if (rc) printf("error: %s\n", trap_stops_accesses_last_error());
    else printf("%lld %lld\n", (long long)sc[N / 2], (long long)sc[N - 1]);
    b[N / 3] = 0;
    rc = scan_div(N, b, sc);
    if (rc) printf("error: %s\n", trap_stops_accesses_last_error());
    else printf("%lld %lld\n", (long long)sc[N / 2], (long long)sc[N - 1]);
    rc = scan_rows(100, 100, b, sc);
    if (rc) printf("error: %s\n", trap_stops_accesses_last_error());
    else printf("%lld %lld\n", (long long)sc[50], (long long)sc[99]);
    b[N / 3] = 5;
    rc = scan_rows(100, 100, b, sc);
    if (rc) printf("error: %s\n", trap_stops_accesses_last_error());
    else printf("%lld %lld\n", (long long)sc[50], (long long)sc[99]);
    /* one failing element (8 % 0): with several, threads may report any (docs/language.md) */
    int64_t v = 0, three[3] = { 7, 8, 9 }, div3[3] = { 2, 0, 4 };
    which(nest(7, 5, 0, &v));
    which(nest(7, 5, 3, &v));
    which(nest_map(3, three, three, div3, sc));
    which(nest_pow(7, 5, 0, &v));
    which(nest_pow(7, 5, 3, &v));
    free(sc);
    free(a); free(b); free(a5); free(out);
    return 0;
}
