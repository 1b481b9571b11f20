#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include "m.h"

static void run_prog185(void) {
    int64_t n = 1;
    int64_t m = 5;
    static const int64_t in0_init[] = {INT64_C(6)};
    int64_t *in0 = malloc(sizeof in0_init); memcpy(in0, in0_init, sizeof in0_init);
    static const uint16_t in1_init[] = {34, 13, 1, 32, 31};
    uint16_t *in1 = malloc(sizeof in1_init); memcpy(in1, in1_init, sizeof in1_init);
    static const uint16_t in2_init[] = {37};
    uint16_t *in2 = malloc(sizeof in2_init); memcpy(in2, in2_init, sizeof in2_init);
    bool r0;
    printf("== prog185\n");
    if (prog185(n, m, in0, in1, in2, 3, &r0)) {
        printf("error: %s\n", m_last_error());
    } else {
        printf("%d\n", (int)r0);
    }
    fflush(stdout);
    free(in0);
    free(in1);
    free(in2);
}

int main(void) {
    run_prog185();
    return 0;
}
