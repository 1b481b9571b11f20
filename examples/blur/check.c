/* Compares the arrc-generated blur kernel with the hand-written reference
 * blur_ref.c bit for bit on a PNG image (check.sh builds and runs it).
 *
 * Usage: ./check IMAGE.png N...
 * For every N it runs both functions on fresh copies of the image and checks
 * (1) the result and (2) the caller's img array afterwards (the stencil
 * updates it in place) for bitwise equality; each is one test.  Ends with the
 * line `P passed, F failed`; exit status 0 when nothing failed. */
#include "blur_gen.h"   /* arrc blur.arr -o blur_gen.c (module blur_gen) */
#include "pngio.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* the section-9 ABI of the sample: a header that disagrees fails to compile */
int blur(int64_t h, int64_t w, float *img, int64_t iterations, float *out);
int blur_ref(int64_t h, int64_t w, float *img, int64_t iterations, float *out);

/* number of elements whose bits differ; *maxd = largest |a - b| */
static int64_t differ(int64_t n, const float *a, const float *b, double *maxd)
{
    int64_t bad = 0;
    double m = 0.0;
    for (int64_t i = 0; i < n; i++) {
        if (memcmp(&a[i], &b[i], sizeof(float)) == 0) continue;
        bad++;
        double d = fabs((double)a[i] - (double)b[i]);
        if (!(d <= m)) m = d;   /* NaN propagates */
    }
    *maxd = m;
    return bad;
}

static int report(const char *what, long long iters, int64_t n, const float *got,
                  const float *want)
{
    double maxd;
    int64_t bad = differ(n, got, want, &maxd);
    if (bad == 0)
        printf("ok      N=%lld %s: %lld values bit-identical\n", iters, what, (long long)n);
    else
        printf("FAILED  N=%lld %s: %lld of %lld values differ, max |diff| %.3g\n",
               iters, what, (long long)bad, (long long)n, maxd);
    return bad == 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s IMAGE.png N...\n", argv[0]);
        return 2;
    }
    int64_t h, w;
    float *orig = png_load_gray(argv[1], &h, &w);
    if (!orig) return 2;
    size_t n = (size_t)(h * w), bytes = n * sizeof(float);
    float *img_a = malloc(bytes), *img_r = malloc(bytes);
    float *out_a = malloc(bytes), *out_r = malloc(bytes);
    if (!img_a || !img_r || !out_a || !out_r) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }
    printf("%s: %lld x %lld\n", argv[1], (long long)w, (long long)h);
    int passed = 0, failed = 0;
    for (int k = 2; k < argc; k++) {
        long long iters = atoll(argv[k]);
        memcpy(img_a, orig, bytes);
        memcpy(img_r, orig, bytes);
        memset(out_a, 0xff, bytes);   /* NaN everywhere: unwritten shows */
        memset(out_r, 0, bytes);
        int rc = blur(h, w, img_a, iters, out_a);
        if (rc != 0) {
            printf("FAILED  N=%lld: blur returned %d: %s\n", iters, rc, blur_gen_last_error());
            failed += 2;
            continue;
        }
        if (blur_ref(h, w, img_r, iters, out_r) != 0) {
            printf("FAILED  N=%lld: blur_ref failed\n", iters);
            failed += 2;
            continue;
        }
        if (report("result", iters, (int64_t)n, out_a, out_r)) passed++; else failed++;
        if (report("img updated in place", iters, (int64_t)n, img_a, img_r)) passed++; else failed++;
    }
    printf("%d passed, %d failed\n", passed, failed);
    free(orig); free(img_a); free(img_r); free(out_a); free(out_r);
    return failed != 0;
}
