#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include "sample_juliaset.h"

#define ERR() printf("error: %s\n", sample_juliaset_last_error())

/* prints the extents, then every count (row-major) */
static void run(int64_t h, int64_t w, double c_re, double c_im, int64_t maxit)
{
    int32_t *out = malloc(sizeof(int32_t) * (size_t)(h * w > 0 ? h * w : 1));
    if (!out) return;
    double parts[2] = { c_re, c_im };
    double _Complex c;
    memcpy(&c, parts, sizeof c);        /* c_re + c_im i, as C11's CMPLX would */
    if (juliaset(h, w, c, maxit, out)) ERR();
    else {
        printf("%lld\n%lld\n", (long long)h, (long long)w);
        for (int64_t i = 0; i < h * w; i++) printf("%d\n", out[i]);
    }
    free(out);
}

int main(void) {
    run(12, 16, -0.7269, 0.1889, 60);     /* the sample's c, landscape */
    run(9, 7, 0.285, 0.01, 200);          /* portrait, a long-lived c */
    run(10, 10, -0.8, 0.156, 100);
    run(6, 8, -0.4, 0.6, 0);              /* maxit 0: all counts 0 */
    run(1, 1, 0.0, 0.0, 30);              /* z = 0 never escapes */
    run(0, 5, 0.0, 0.0, 30);              /* empty images */
    run(4, 0, 0.0, 0.0, 30);
    return 0;
}
