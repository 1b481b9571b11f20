#include "extern_system.h"
#include <stdio.h>

int main(void)
{
    double x[7] = { -8.0, -1.0, 0.0, 0.5, 1.0, 2.0, 27.0 }, o[7];
    if (positive_diff(7, x, 0.75, o)) printf("error: %s\n", extern_system_last_error());
    else for (int i = 0; i < 7; i++) printf("%.17g\n", o[i]);
    if (roots(7, x, o)) printf("error: %s\n", extern_system_last_error());
    else for (int i = 0; i < 7; i++) printf("%.17g\n", o[i]);
    return 0;
}
