#include <stdio.h>
#include <stdint.h>
#include "comp_len.h"

#define ERR() printf("error: %s\n", comp_len_last_error())

int main(void) {
    double x[8];
    for (int i = 0; i < 8; i++) x[i] = 0.5 * (double)i - 1.0;
    static const int64_t bounds[][2] = { {1, 6}, {3, 3}, {6, 2}, {0, 8} };
    for (int t = 0; t < 4; t++) {
        int64_t a, b, c;
        if (comp_len(8, x, bounds[t][0], bounds[t][1], &a, &b, &c)) ERR();
        else printf("%lld\n%lld\n%lld\n", (long long)a, (long long)b, (long long)c);
    }
    return 0;
}
