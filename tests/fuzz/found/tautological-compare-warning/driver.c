#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog1(void) {
    int64_t n = 1;
    int64_t m = 4;
    static const double x0_init[] = {3.25};
    double *x0 = malloc(sizeof x0_init); memcpy(x0, x0_init, sizeof x0_init);
    static const float x1_init[] = {-0.03125f};
    float *x1 = malloc(sizeof x1_init); memcpy(x1, x1_init, sizeof x1_init);
    static const int32_t x2_init[] = {2, -14, -15, -12};
    int32_t *x2 = malloc(sizeof x2_init); memcpy(x2, x2_init, sizeof x2_init);
    double *r0 = NULL; int64_t r0_d0 = 0;
    printf("== prog1\n");
    if (prog1(n, m, x0, x1, x2, &r0, &r0_d0)) {
        printf("error: %s\n", m_last_error());
    } else {
        printf("%lld\n", (long long)r0_d0);
        for (size_t q = 0; q < (size_t)r0_d0; q++) printf("%.17g\n", (double)r0[q]);
    }
    fflush(stdout);
    free(x0);
    free(x1);
    free(x2);
    free(r0);
}

int main(void) {
    run_prog1();
    return 0;
}
