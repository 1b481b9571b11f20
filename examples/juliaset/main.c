/* Driver for the Julia set sample: calls the arrc-generated kernel
 * juliaset(h, w, c, maxit) -> i32[h, w] (escape-time iteration
 * counts), maps the counts to colours and writes an 8-bit RGB PNG with
 * libpng.  Prints the image size, a checksum (sum of the counts) and the
 * kernel time.
 *
 * Usage: ./juliaset [W H [MAXIT [C_RE C_IM [OUT.png]]]]
 *        defaults: 400 300 300 -0.7269 0.1889 juliaset.png */
#define _POSIX_C_SOURCE 200809L   /* clock_gettime */
#include "juliaset.h"
#include <math.h>
#include <png.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* A gradient through a few key colours (position in [0, 1], RGB). */
static const struct { double pos; double r, g, b; } KEYS[] = {
    { 0.0000,   0,   7, 100 },
    { 0.1600,  32, 107, 203 },
    { 0.4200, 237, 255, 255 },
    { 0.6425, 255, 170,   0 },
    { 0.8575, 120,   2,   0 },
    { 1.0000,   0,   7, 100 },
};
enum { NKEYS = sizeof KEYS / sizeof KEYS[0] };

/* Colour of iteration count `it`: points that never escape (it == maxit) are
 * black; the others walk along the gradient, on a logarithmic scale so that
 * the many quickly-escaping points still get distinct colours. */
static void colour(int32_t it, int64_t maxit, unsigned char rgb[3])
{
    if (it >= maxit) {
        rgb[0] = rgb[1] = rgb[2] = 0;
        return;
    }
    double t = log1p((double)it) / log1p((double)maxit);   /* in [0, 1) */
    int k = 0;
    while (k + 2 < NKEYS && t > KEYS[k + 1].pos) k++;
    double f = (t - KEYS[k].pos) / (KEYS[k + 1].pos - KEYS[k].pos);
    rgb[0] = (unsigned char)lround(KEYS[k].r + f * (KEYS[k + 1].r - KEYS[k].r));
    rgb[1] = (unsigned char)lround(KEYS[k].g + f * (KEYS[k + 1].g - KEYS[k].g));
    rgb[2] = (unsigned char)lround(KEYS[k].b + f * (KEYS[k + 1].b - KEYS[k].b));
}

/* Writes an h x w RGB image (rows of 3*w bytes) to `path`; 0 on success. */
static int write_png(const char *path, const unsigned char *rgb, int64_t h, int64_t w)
{
    FILE *fp = fopen(path, "wb");
    if (!fp) {
        perror(path);
        return 1;
    }
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    if (!png || !info || setjmp(png_jmpbuf(png))) {   /* libpng errors longjmp here */
        fprintf(stderr, "%s: libpng failed\n", path);
        png_destroy_write_struct(&png, &info);
        fclose(fp);
        return 1;
    }
    png_init_io(png, fp);
    png_set_compression_level(png, 9);
    png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (int64_t y = 0; y < h; y++)
        png_write_row(png, (png_const_bytep)(rgb + (size_t)(3 * w * y)));
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    return fclose(fp) != 0;
}

int main(int argc, char **argv)
{
    long long w = argc > 2 ? atoll(argv[1]) : 400;
    long long h = argc > 2 ? atoll(argv[2]) : 300;
    long long maxit = argc > 3 ? atoll(argv[3]) : 300;
    double c_re = argc > 5 ? atof(argv[4]) : -0.7269;
    double c_im = argc > 5 ? atof(argv[5]) : 0.1889;
    const char *path = argc > 6 ? argv[6] : "juliaset.png";
    if (w < 1 || h < 1 || w > 100000 || h > 100000 || maxit < 1 || maxit > INT32_MAX) {
        fprintf(stderr, "usage: %s [W H [MAXIT [C_RE C_IM [OUT.png]]]]\n", argv[0]);
        return 2;
    }

    int32_t *counts = malloc(sizeof(int32_t) * (size_t)(w * h));
    unsigned char *rgb = malloc((size_t)(3 * w * h));
    if (!counts || !rgb) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    double t0 = now();
    double parts[2] = { c_re, c_im };
    double _Complex c;                  /* c_re + c_im i: arrc's c128 is C's double _Complex */
    memcpy(&c, parts, sizeof c);
    int rc = juliaset(h, w, c, maxit, counts);
    double t1 = now();
    if (rc != 0) {
        fprintf(stderr, "juliaset failed: %s\n", juliaset_last_error());
        return 1;
    }

    long long total = 0, inside = 0;
    for (long long i = 0; i < w * h; i++) {
        total += counts[i];
        inside += counts[i] >= maxit;
        colour(counts[i], maxit, rgb + 3 * i);
    }
    if (write_png(path, rgb, h, w) != 0) return 1;

    printf("image:    %lld x %lld, c = %g%+gi, maxit %lld\n", w, h, c_re, c_im, maxit);
    printf("checksum: %lld iterations, %lld points inside\n", total, inside);
    printf("time:     %.3f ms\n", 1e3 * (t1 - t0));
    printf("wrote %s\n", path);
    free(counts);
    free(rgb);
    return 0;
}
