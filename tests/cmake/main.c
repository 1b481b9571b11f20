/* Calls the arrc modules of the sample from C; prints what
 * tests/cmake_test.sh compares with its own arithmetic. */
#include <stdio.h>
#include "scale.h"
#include "app.h"

int main(void)
{
    double x[4] = {1, 2, 3, 4}, y[4], e;
    if (scale(4, x, 3.0, y) != 0) {
        fprintf(stderr, "scale: %s\n", scale_last_error());
        return 1;
    }
    if (energy(4, x, &e) != 0) {
        fprintf(stderr, "energy: %s\n", app_last_error());
        return 1;
    }
    printf("scale %g %g %g %g\nenergy %g\n", y[0], y[1], y[2], y[3], e);
    return 0;
}
