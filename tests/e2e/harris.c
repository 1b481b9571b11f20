#include "harris.h"
#include <stdio.h>
#include <stdlib.h>

/* Harris response and corner mask of small images: a textured pattern of
 * 37 x 53 with a few bright rectangles, and edge sizes where the mirrored
 * border wraps more than once (1 x 1, 2 x 5, 3 x 3, 1 x 7, 6 x 1). */
static float pixel(int64_t i, int64_t j)
{
    double v = (double)((i * 7 + j * 13 + (i * j) % 5) % 17) / 16.0;
    if (i >= 5 && i < 20 && j >= 8 && j < 30) v += 2.0;
    if (i >= 24 && i < 33 && j >= 35 && j < 48) v += 1.5;
    return (float)v;
}

static void one(int64_t h, int64_t w)
{
    size_t np = (size_t)(h * w);
    float *img = malloc(sizeof(float) * np), *r = malloc(sizeof(float) * np);
    bool *m = malloc(sizeof(bool) * np);
    for (int64_t i = 0; i < h; i++)
        for (int64_t j = 0; j < w; j++) img[i * w + j] = pixel(i, j);
    printf("%lld %lld\n", (long long)h, (long long)w);
    if (harris(h, w, img, 0.04f, r)) {
        printf("error: %s\n", harris_last_error());
    } else {
        for (size_t p = 0; p < np; p++) printf("%.17g\n", (double)r[p]);
        if (corners(h, w, r, 0.01f, m)) {
            printf("error: %s\n", harris_last_error());
        } else {
            long long c = 0;
            for (size_t p = 0; p < np; p++) c += m[p];
            printf("%lld\n", c);
            for (size_t p = 0; p < np; p++)
                if (m[p]) printf("%lld %lld\n", (long long)(p / (size_t)w), (long long)(p % (size_t)w));
        }
    }
    free(img);
    free(r);
    free(m);
}

int main(void)
{
    one(37, 53);
    one(1, 1);
    one(2, 5);
    one(3, 3);
    one(1, 7);
    one(6, 1);
    return 0;
}
