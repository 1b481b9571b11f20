#include "null_args.h"
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", null_args_last_error()); else

int main(void)
{
    double a[4] = { 1, -2, 3, 4 }, s = 0, r[4];
    CALL(total(4, NULL, &s)) printf("%.17g\n", s);
    CALL(total(0, NULL, &s)) printf("%.17g\n", s);
    CALL(total(4, a, NULL)) printf("%.17g\n", s);
    CALL(total(4, a, &s)) printf("%.17g\n", s);
    CALL(scaled(2, 2, NULL, 2.0, r)) printf("%.17g\n", r[0]);
    CALL(scaled(2, 0, NULL, 2.0, NULL)) printf("empty\n");
    CALL(scaled(2, 2, a, 2.0, NULL)) printf("%.17g\n", r[0]);
    CALL(scaled(2, 2, a, 2.0, r)) printf("%.17g\n", r[3]);
    double *p = NULL;
    int64_t pn = 0;
    CALL(positives(4, a, NULL, &pn)) printf("%lld\n", (long long)pn);
    CALL(positives(4, a, &p, NULL)) printf("%lld\n", (long long)pn);
    CALL(positives(4, a, &p, &pn)) { printf("%lld %.17g\n", (long long)pn, p[pn - 1]); free(p); }
    return 0;
}
