#include "array_literals.h"
#include <stdio.h>

#define CALL(e) if (e) printf("error: %s\n", array_literals_last_error()); else

int main(void)
{
    enum { N = 6 };
    float x[3] = { 1.5f, -2.0f, 4.25f }, o0[3], o4;
    double m[6], o1[6], a[N], o5[N], o2, q[1], r[2];
    int64_t o3[4];
    int32_t o6[8];
    bool bb[3];
    for (int i = 0; i < 6; i++) m[i] = 0.5 * i - 1.0;
    for (int i = 0; i < N; i++) a[i] = (i * 5 % 7) * 0.25;
    CALL(lits(N, x, m, a, o0, o1, &o2, o3, &o4, o5, o6)) {
        for (int i = 0; i < 3; i++) printf("%.9g\n", (double)o0[i]);
        for (int i = 0; i < 6; i++) printf("%.17g\n", o1[i]);
        printf("%.17g\n", o2);
        for (int i = 0; i < 4; i++) printf("%lld\n", (long long)o3[i]);
        printf("%.9g\n", (double)o4);
        for (int i = 0; i < N; i++) printf("%.17g\n", o5[i]);
        for (int i = 0; i < 8; i++) printf("%d\n", o6[i]);
    }
    for (int t = -1; t <= 2; t++)
        CALL(tiny(t * 0.75, q, bb, r)) printf("%.17g\n%d\n%d\n%d\n%.17g\n%.17g\n", q[0], bb[0], bb[1], bb[2], r[0], r[1]);
    return 0;
}
