#include "stencil_kernel_array.h"
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    static const int64_t ns[] = { 1, 2, 7 };
    for (int t = 0; t < 3; t++) {
        int64_t n = ns[t];
        double x[7], r[7];
        for (int64_t i = 0; i < n; i++) x[i] = (double)((i * 5) % 7) - 2.5;
        for (int64_t k = 0; k < 4; k++) {
            if (comp_kernel(n, x, k, r)) { printf("error: %s\n", stencil_kernel_array_last_error()); continue; }
            for (int64_t i = 0; i < n; i++) printf("%.17g\n", r[i]);
        }
    }
    return 0;
}
