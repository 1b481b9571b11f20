/* Driver for the Gaussian blur sample: reads a PNG photograph as grayscale
 * f32 in [0, 1], calls the arrc-generated kernel
 *   int blur(int64_t h, int64_t w, float *img, int64_t iterations, float *out);
 * and writes the blurred image as a PNG.  Prints the image size, a checksum
 * (the sum of all output pixels) and the kernel time.
 *
 * Usage: ./blur [N [IN.png [OUT.png]]]
 *        defaults: 10 iterations, coffee.png, blurred.png */
#define _POSIX_C_SOURCE 200809L   /* clock_gettime */
#include "blur.h"
#include "pngio.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int main(int argc, char **argv)
{
    char *end = NULL;
    long long n = argc > 1 ? strtoll(argv[1], &end, 10) : 10;
    const char *in = argc > 2 ? argv[2] : "coffee.png";
    const char *outp = argc > 3 ? argv[3] : "blurred.png";
    if (argc > 4 || n < 0 || (end && *end)) {
        fprintf(stderr, "usage: %s [N >= 0 [IN.png [OUT.png]]]\n", argv[0]);
        return 2;
    }
    int64_t h, w;
    float *img = png_load_gray(in, &h, &w);
    if (!img) return 1;
    float *out = malloc(sizeof(float) * (size_t)(h * w));
    if (!out) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    /* The kernel updates img in place (it is one of the stencil's buffers)
     * and writes the result into out. */
    double t0 = now();
    int rc = blur(h, w, img, n, out);
    double t1 = now();
    if (rc != 0) {
        fprintf(stderr, "blur failed: %s\n", blur_last_error());
        return 1;
    }
    double sum = 0.0;
    for (int64_t i = 0; i < h * w; i++) sum += out[i];
    if (png_save_gray(outp, out, h, w)) return 1;
    printf("image:      %s, %lld x %lld\n", in, (long long)w, (long long)h);
    printf("iterations: %lld\n", n);
    printf("checksum:   %.6f\n", sum);
    printf("time:       %.3f ms (%.3f ms per iteration)\n", 1e3 * (t1 - t0),
           n > 0 ? 1e3 * (t1 - t0) / (double)n : 0.0);
    printf("output:     %s\n", outp);
    free(img);
    free(out);
    return 0;
}
