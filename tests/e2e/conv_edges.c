#include "conv_edges.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", conv_edges_last_error()); else
#define PI(x, k) for (int i_ = 0; i_ < (k); i_++) printf("%lld\n", (long long)(x)[i_])
#define PU(x, k) for (int i_ = 0; i_ < (k); i_++) printf("%llu\n", (unsigned long long)(x)[i_])
enum { NX = 40, NY = 28 };

int main(void)
{
    double x[NX] = { 0.0, -0.0, 0.5, -0.5, -0.999, -1.0, -1.5, 1.999, 127.9, 128.0, -128.0, -128.9, -129.0, 255.9, 256.0, 2147483647.0, 2147483647.9, 2147483648.0, -2147483648.0, -2147483648.9, -2147483649.0, 4294967295.0, 4294967295.5, 4294967296.0, 9223372036854774784.0, 9223372036854775808.0, -9223372036854775808.0, -9223372036854777856.0, 18446744073709549568.0, 18446744073709551616.0, 1e300, -1e300, INFINITY, -INFINITY, NAN, -NAN, 4.9e-324, -4.9e-324, 1e19, -1e19 };
    float y[NY] = { 0.0f, -0.5f, -0.999f, -1.0f, 32767.9f, 32768.0f, -32768.0f, -32769.0f, 65535.5f, 65536.0f, 2147483520.0f, 2147483648.0f, -2147483648.0f, -2147483904.0f, 4294967040.0f, 4294967296.0f, 9223371487098961920.0f, 9223372036854775808.0f, -9223372036854775808.0f, -9223373136366403584.0f, 18446742974197923840.0f, 18446744073709551616.0f, 3e38f, -3e38f, INFINITY, -INFINITY, NAN, 1e-45f };
    int64_t a64[NX]; int32_t a32[NX]; int8_t a8[NX]; uint64_t u64[NX]; uint32_t u32[NX]; uint8_t u8[NX];
    CALL(edges64(NX, x, a64, a32, a8, u64, u32, u8)) { PI(a64, NX); PI(a32, NX); PI(a8, NX); PU(u64, NX); PU(u32, NX); PI(u8, NX); }
    int64_t b64[NY]; int32_t b32[NY]; int16_t b16[NY]; uint64_t v64[NY]; uint32_t v32[NY]; uint16_t v16[NY];
    CALL(edges32(NY, y, b64, b32, b16, v64, v32, v16)) { PI(b64, NY); PI(b32, NY); PI(b16, NY); PU(v64, NY); PU(v32, NY); PI(v16, NY); }
    CALL(serial64(NX, x, a64, a32, u64, u8)) { PI(a64, NX); PI(a32, NX); PU(u64, NX); PI(u8, NX); }
    /* 40000 keys cycling through x: enough rows for the chunked loop */
    enum { NK = 40000 };
    double *kx = malloc(NK * sizeof *kx);
    int64_t h[7];
    for (int i = 0; i < NK; i++) kx[i] = x[i % NX] + (double)(i % 3);
    CALL(keys(NK, kx, 7, h)) PI(h, 7);
    free(kx);
    return 0;
}
