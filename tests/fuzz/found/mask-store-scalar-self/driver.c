#include <stdio.h>
#include <stdint.h>
#include "m.h"
int main(void) {
    double a[5] = {1, 2, 3, 4, 5}, r[5];
    printf("== f\n"); f(5, a, r); for (int i = 0; i < 5; i++) printf("%g\n", r[i]);
    printf("== g\n"); g(5, a, r); for (int i = 0; i < 5; i++) printf("%g\n", r[i]);
    return 0;
}
