#include <stdio.h>
#include <stdint.h>
#include "c_names.h"

int main(void) {
    double x[5] = { 1.0, -2.0, 0.5, 4.0, 3.25 }, out[5], s;
    if (scale(5, x, 2.0, 0.5, out)) printf("error: %s\n", c_names_last_error());
    else for (int i = 0; i < 5; i++) printf("%.17g\n", out[i]);
    if (pair(5, x, 1.5, 7, &s)) printf("error: %s\n", c_names_last_error());
    else printf("%.17g\n", s);
    return 0;
}
