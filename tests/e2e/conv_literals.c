#include <stdio.h>
#include <stdint.h>
#include "conv_literals.h"

int main(void) {
    float a, b, c, f;
    double d;
    int32_t e;
    if (cl(&a, &b, &c, &d, &e, &f)) { printf("error: %s\n", conv_literals_last_error()); return 0; }
    printf("%.9g\n%.9g\n%.9g\n%.17g\n%d\n%.9g\n", (double)a, (double)b, (double)c, d, e, (double)f);
    return 0;
}
