#include "modules.h"
#include <stdio.h>

int main(void)
{
    double x[6] = { 1.5, -2.0, 0.25, 4.0, 3.5, -1.25 }, r;
    if (rms(6, x, &r)) printf("error: %s\n", modules_last_error()); else printf("%.17g\n", r);
    if (spread(6, x, &r)) printf("error: %s\n", modules_last_error()); else printf("%.17g\n", r);
    return 0;
}
