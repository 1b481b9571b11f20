#include "while_true.h"
#include <stdio.h>

int main(void)
{
    double xs[4] = { 0.25, 3.0, 150.0, -1.0 }, r;
    for (int i = 0; i < 4; i++) {
        if (first_above(xs[i], 100.0, &r)) printf("error: %s\n", while_true_last_error());
        else printf("%.17g\n", r);
    }
    return 0;
}
