#include <stdio.h>
#include <stdint.h>
#include "math2.h"

#define N 24
#define ERR() printf("error: %s\n", math2_last_error())

static void pa(const double *v, int n) { for (int i = 0; i < n; i++) printf("%.17g\n", v[i]); }

int main(void) {
    double a[N], b[N], r[4][N];
    for (int i = 0; i < N; i++) {
        a[i] = (double)(i - 11) * 0.4375 + 0.0625;            /* exact: -4.75 .. 5.3125 */
        b[i] = ((double)(i % 4) - 1.5) * 1.25;                /* exact, never 0 */
    }
    a[5] = 1.25;    /* an equal pair for min/max */
    b[5] = 1.25;
    if (minmax(N, a, b, r[0], r[1])) ERR(); else { pa(r[0], N); pa(r[1], N); }
    if (pows(N, a, b, r[0])) ERR(); else pa(r[0], N);
    if (atan2_hypot(N, a, b, r[0], r[1])) ERR(); else { pa(r[0], N); pa(r[1], N); }
    if (fmod_copysign(N, a, b, r[0], r[1])) ERR(); else { pa(r[0], N); pa(r[1], N); }
    if (bcast2(N, a, 0.75, r[0], r[1], r[2], r[3])) ERR();
    else for (int j = 0; j < 4; j++) pa(r[j], N);
    double h, m, p;
    if (scalar2(7.5, 2.25, &h, &m, &p)) ERR();
    else printf("%.17g\n%.17g\n%.17g\n", h, m, p);
    return 0;
}
