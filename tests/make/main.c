/* The test project of tests/make_test.sh: two modules in two folders. */
#include <stdio.h>
#include "model.h"
#include "util.h"

int main(void)
{
    double a[4] = { 1, 2, 3, 4 }, s[4], m;
    if (model(4, a, &m) || scale(4, a, 0.5, s)) {
        fprintf(stderr, "error: %s\n", model_last_error());
        return 1;
    }
    printf("model %g scale %g\n", m, s[3]);
    return 0;
}
