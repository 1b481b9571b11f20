#include "mean_ints.h"
#include <stdio.h>
#include <stdint.h>

#define CALL(e) if (e) printf("error: %s\n", mean_ints_last_error()); else

int main(void)
{
    int64_t a[4] = { INT64_MAX, INT64_MAX, INT64_MIN, -5 };
    uint64_t u[5] = { UINT64_MAX, UINT64_MAX, 2, 3, (uint64_t)1 << 63 };
    int8_t b[6] = { 127, 127, 127, -128, 1, 0 };
    int64_t r[6] = { INT64_MAX, INT64_MAX, INT64_MAX, -1, -2, 7 };
    uint32_t c[6] = { UINT32_MAX, 1, 2, UINT32_MAX, UINT32_MAX, 5 };
    double m, row[2], col[3];
    for (int n = 1; n <= 4; n++) CALL(m64(n, a, &m)) printf("%.17g\n", m);
    for (int n = 1; n <= 5; n++) CALL(mu64(n, u, &m)) printf("%.17g\n", m);
    CALL(m8(6, b, &m)) printf("%.17g\n", m);
    CALL(mrow(2, 3, r, row)) printf("%.17g\n%.17g\n", row[0], row[1]);
    CALL(mcol(2, 3, c, col)) printf("%.17g\n%.17g\n%.17g\n", col[0], col[1], col[2]);
    CALL(m64(0, a, &m)) printf("%.17g\n", m);
    return 0;
}
