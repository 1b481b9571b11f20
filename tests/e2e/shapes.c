#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include "shapes.h"

#define ERR() printf("error: %s\n", shapes_last_error())

static void pa(const double *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", v[i]); }

int main(void) {
    double a[8], b[8], r[8], s;
    int64_t d;
    for (int i = 0; i < 8; i++) {
        a[i] = (double)i * 0.5 - 1.0;
        b[i] = 3.0 - (double)i * 0.25;
    }
    if (shared(6, a, b, r)) ERR(); else pa(r, 6);
    if (different(5, 5, a, b, r)) ERR(); else pa(r, 5);
    if (different(5, 4, a, b, r)) ERR(); else pa(r, 5);
    if (different(3, 5, a, b, r)) ERR(); else pa(r, 3);
    if (different_sum(3, 5, a, b, &s, &d)) ERR(); else printf("%.17g\n%lld\n", s, (long long)d);
    printf("%d\n", (int)strlen(shapes_last_error()));
    if (different2d(2, 3, 2, 3, a, b, r)) ERR(); else pa(r, 6);
    if (different2d(2, 3, 3, 2, a, b, r)) ERR(); else pa(r, 6);
    if (dot_mismatch(4, 3, a, b, &s)) ERR(); else printf("%.17g\n", s);
    if (dot_mismatch(4, 4, a, b, &s)) ERR(); else printf("%.17g\n", s);
    printf("%d\n", (int)strlen(shapes_last_error()));
    return 0;
}
