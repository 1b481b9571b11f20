#include "anon_results.h"
#include <stdio.h>
#include <stdlib.h>

static void show(const char *what, int rc, double *p, int64_t rows, int64_t cols)
{
    if (rc) { printf("error: %s\n", anon_results_last_error()); return; }
    double s = 0;
    for (int64_t i = 0; i < rows * cols; i++) s += p[i];
    printf("%s %lld %lld %.17g\n", what, (long long)rows, (long long)cols, s);
    free(p);
}

int main(void)
{
    double x[5] = { 1, 2, 3, 4, 5 };
    double *p = NULL;
    int64_t r = 0, c = 0;
    int rc;
    rc = evens(5, x, &p, &r);
    show("evens", rc, p, r, 1);
    rc = table(5, x, &p, &r, &c);
    show("table", rc, p, r, c);
    rc = wide(5, x, 4, &p, &r, &c);
    show("wide", rc, p, r, c);
    rc = same(5, x, &p, &r);
    show("same", rc, p, r, 1);
    p = x;
    rc = wrong(5, x, 4, &p, &r, &c);
    show("wrong", rc, p, r, c);
    printf("%d\n", rc && p == NULL);     /* *out is NULL after a failure */
    rc = wrong(5, x, 3, &p, &r, &c);
    show("wrong-ok", rc, p, r, c);
    return 0;
}
