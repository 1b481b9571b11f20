#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog9(void) {
    int64_t n = 1;
    static const int64_t x0_init[] = {INT64_C(-5)};
    int64_t *x0 = malloc(sizeof x0_init); memcpy(x0, x0_init, sizeof x0_init);
    static const double x1_init[] = {0.265625};
    double *x1 = malloc(sizeof x1_init); memcpy(x1, x1_init, sizeof x1_init);
    static const bool x2_init[] = {1};
    bool *x2 = malloc(sizeof x2_init); memcpy(x2, x2_init, sizeof x2_init);
    bool *r0 = malloc(sizeof(bool) * (size_t)(n) + 1);
    printf("== prog9\n");
    if (prog9(n, x0, x1, x2, 1, -2.109375, r0)) {
        printf("error: %s\n", m_last_error());
    } else {
        for (size_t q = 0; q < (size_t)(n); q++) printf("%d\n", (int)r0[q]);
    }
    fflush(stdout);
    free(x0);
    free(x1);
    free(x2);
    free(r0);
}

int main(void) {
    run_prog9();
    return 0;
}
