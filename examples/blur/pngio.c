/* Grayscale PNG input/output for the blur example, see pngio.h. */
#include "pngio.h"

#include <math.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

float *png_load_gray(const char *path, int64_t *h, int64_t *w)
{
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&image, path)) {
        fprintf(stderr, "%s: %s\n", path, image.message);
        return NULL;
    }
    image.format = PNG_FORMAT_GRAY;   /* 8-bit gray; colour is converted */
    size_t n = (size_t)image.width * image.height;
    unsigned char *pix = malloc(PNG_IMAGE_SIZE(image));
    float *img = malloc(n * sizeof(float));
    if (!pix || !img) {
        fprintf(stderr, "%s: out of memory\n", path);
        png_image_free(&image);
        free(pix); free(img);
        return NULL;
    }
    if (!png_image_finish_read(&image, NULL, pix, 0, NULL)) {
        fprintf(stderr, "%s: %s\n", path, image.message);
        free(pix); free(img);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) img[i] = (float)pix[i] / 255.0f;
    free(pix);
    *h = image.height;
    *w = image.width;
    return img;
}

int png_save_gray(const char *path, const float *img, int64_t h, int64_t w)
{
    size_t n = (size_t)h * (size_t)w;
    unsigned char *pix = malloc(n ? n : 1);
    if (!pix) {
        fprintf(stderr, "%s: out of memory\n", path);
        return 1;
    }
    for (size_t i = 0; i < n; i++) {
        float v = img[i];
        v = v > 0.0f ? (v < 1.0f ? v : 1.0f) : 0.0f;   /* also maps NaN to 0 */
        pix[i] = (unsigned char)lrintf(255.0f * v);
    }
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    image.width = (png_uint_32)w;
    image.height = (png_uint_32)h;
    image.format = PNG_FORMAT_GRAY;
    int ok = png_image_write_to_file(&image, path, 0, pix, 0, NULL);
    if (!ok) fprintf(stderr, "%s: %s\n", path, image.message);
    free(pix);
    return !ok;
}
