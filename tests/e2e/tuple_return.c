#include "tuple_return.h"
#include <stdio.h>

int main(void)
{
    double m[12], r[3], a, b, x[5], p[5], q[5];
    for (int i = 0; i < 12; i++) m[i] = 0.25 * i - 1.0;
    for (int i = 0; i < 5; i++) x[i] = 1.5 * i + 0.5;
    if (rowsum(3, 4, m, r)) printf("error: %s\n", tuple_return_last_error());
    else for (int i = 0; i < 3; i++) printf("%.17g\n", r[i]);
    if (t1(3.25, &a, &b)) printf("error: %s\n", tuple_return_last_error());
    else printf("%.17g\n%.17g\n", a, b);
    if (t2(5, x, p, q)) printf("error: %s\n", tuple_return_last_error());
    else for (int i = 0; i < 5; i++) printf("%.17g %.17g\n", p[i], q[i]);
    return 0;
}
