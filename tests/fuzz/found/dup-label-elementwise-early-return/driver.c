#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog10(void) {
    int64_t n = 1;
    int64_t m = 1;
    static const int32_t x0_init[] = {2147483647};
    int32_t *x0 = malloc(sizeof x0_init); memcpy(x0, x0_init, sizeof x0_init);
    static const int32_t x1_init[] = {-20};
    int32_t *x1 = malloc(sizeof x1_init); memcpy(x1, x1_init, sizeof x1_init);
    static const bool x2_init[] = {1};
    bool *x2 = malloc(sizeof x2_init); memcpy(x2, x2_init, sizeof x2_init);
    float r0;
    printf("== prog10\n");
    if (prog10(n, m, x0, x1, x2, &r0)) {
        printf("error: %s\n", m_last_error());
    } else {
        printf("%.17g\n", (double)r0);
    }
    fflush(stdout);
    free(x0);
    free(x1);
    free(x2);
}

int main(void) {
    run_prog10();
    return 0;
}
