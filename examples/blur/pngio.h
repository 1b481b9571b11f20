/* Grayscale PNG input/output for the blur example (libpng's simplified API).
 * Images are row-major float arrays, one value per pixel, 0 = black and
 * 1 = white. */
#ifndef BLUR_PNGIO_H
#define BLUR_PNGIO_H

#include <stdint.h>

/* Reads any PNG (gray, RGB, palette, with or without alpha, 8 or 16 bits) as
 * 8-bit grayscale (libpng converts colour images) and returns it as a
 * malloc'd h x w array of v / 255 in [0, 1]; NULL (after printing why) on
 * failure. */
float *png_load_gray(const char *path, int64_t *h, int64_t *w);

/* Writes an h x w array as an 8-bit grayscale PNG, each value clamped to
 * [0, 1] and rounded to the nearest of 0/255 .. 255/255; 0 on success. */
int png_save_gray(const char *path, const float *img, int64_t h, int64_t w);

#endif
