#include "stencil_mixed.h"
#include <stdio.h>

#define CALL(e) if (e) printf("error: %s\n", stencil_mixed_last_error()); else

int main(void)
{
    enum { H = 7, W = 9, N = 11 };
    float img[H * W], out[H * W];
    uint8_t mask[H * W];
    for (int i = 0; i < H * W; i++) {
        img[i] = 0.5f + (float)((i * 5) % 13) * 0.25f;
        mask[i] = (uint8_t)((i % 3) == 0 ? 0 : 200 + i % 50);
    }
    for (int it = 0; it < 4; it++) {
        float cp[H * W];
        for (int i = 0; i < H * W; i++) cp[i] = img[i];
        CALL(masked_smooth(H, W, cp, mask, it, out)) for (int i = 0; i < H * W; i++) printf("%.9g\n", out[i]);
    }
    double x[N];
    int32_t cnt[N];
    for (int i = 0; i < N; i++) { x[i] = (i * 7 % 10) * 0.1; cnt[i] = -1; }
    CALL(neighbours(N, x, cnt)) for (int i = 0; i < N; i++) printf("%d\n", cnt[i]);
    return 0;
}
