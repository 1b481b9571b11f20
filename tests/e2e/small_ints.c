#include "small_ints.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define N 8
#define CALL(e) if (e) printf("error: %s\n", small_ints_last_error()); else
#define PI(x, k) for (int i_ = 0; i_ < (k); i_++) printf("%lld\n", (long long)(x)[i_])
#define PU(x, k) for (int i_ = 0; i_ < (k); i_++) printf("%llu\n", (unsigned long long)(x)[i_])

int main(void)
{
    int8_t a8[N] = { -128, -1, 0, 1, 127, 100, -100, 55 }, b8[N] = { -1, 127, -128, 2, 1, -3, 7, -55 }, o8[6][N];
    CALL(arith8(N, a8, b8, o8[0], o8[1], o8[2], o8[3], o8[4], o8[5])) for (int k = 0; k < 6; k++) PI(o8[k], N);
    uint8_t ua[N] = { 0, 1, 2, 127, 128, 200, 254, 255 }, ub[N] = { 255, 3, 254, 128, 1, 100, 0, 255 }, ou[7][N];
    CALL(arithu8(N, ua, ub, ou[0], ou[1], ou[2], ou[3], ou[4], ou[5], ou[6])) for (int k = 0; k < 7; k++) PI(ou[k], N);
    uint16_t w[N] = { 0, 1, 255, 256, 32767, 32768, 40000, 65535 }, ow[N];
    int16_t os[2][N];
    CALL(u16mul(N, w, ow, os[0], os[1])) { PI(ow, N); PI(os[0], N); PI(os[1], N); }
    int32_t b32[N] = { -5, 0, 2147483647 - 200, -2147483647 - 1, 7, 1000, -1000, 3 }, m32[N];
    uint32_t c32[N] = { 0, 1, 4294967295u, 3000000001u, 2999999999u, 5, 6, 7 }, mu[N];
    int64_t s64;      /* integer sum: i64 (section 6), unsigned elements too */
    int64_t si;
    bool gt[N];
    CALL(mixed(N, ua, b32, c32, m32, mu, &s64, &si, gt)) { PI(m32, N); PU(mu, N); PI(&s64, 1); PI(&si, 1); PI(gt, N); }
    double x[N] = { -1.5, 0.0, 0.9, 255.9, 256.0, 1e20, -1e20, NAN };
    float y[N] = { -1.5f, 65535.5f, 65536.0f, 4294967296.0f, 1e30f, 3.99f, NAN, 70000.0f };
    uint8_t c8[N]; int8_t ci8[N]; uint64_t c64[N]; int16_t c16[N]; uint16_t cu16[N]; uint32_t cu32[N];
    CALL(convert(N, x, y, c8, ci8, c64, c16, cu16, cu32)) { PI(c8, N); PI(ci8, N); PU(c64, N); PI(c16, N); PI(cu16, N); PU(cu32, N); }
    int64_t v[N] = { 300, -1, -129, 65536 + 7, -2147483648LL - 3, 4294967296LL + 5, 40000, -9 };
    int8_t w8[N]; uint8_t wu8[N]; uint16_t wu16[N]; uint32_t wu32[N]; int16_t w16[N]; uint64_t wu64[N];
    CALL(wraps(N, v, w8, wu8, wu16, wu32, w16, wu64)) { PI(w8, N); PI(wu8, N); PI(wu16, N); PU(wu32, N); PI(w16, N); PU(wu64, N); }
    uint8_t l0, l5; int8_t l1; uint64_t l2; uint32_t l3; int16_t l4;
    CALL(literals(&l0, &l1, &l2, &l3, &l4, &l5)) printf("%u\n%d\n%llu\n%u\n%d\n%u\n", l0, l1, (unsigned long long)l2, l3, l4, l5);
    uint64_t c[N] = { 0, 1, 9223372036854775807ULL, 9223372036854775808ULL, 9223372036854775809ULL, 18446744073709551615ULL, 3, 12345678901234567890ULL };
    uint32_t sa[2][N]; int16_t sb[2][N]; uint64_t sc[N];
    int16_t b16[N] = { -32768, -1, 0, 1, 32767, -7, 100, -100 };
    CALL(shifts(N, c32, b16, c, sa[0], sb[0], sa[1], sc, sb[1])) { PU(sa[0], N); PI(sb[0], N); PU(sa[1], N); PU(sc, N); PI(sb[1], N); }
    uint16_t r0, r1; int64_t r2, r3, idx[N]; uint16_t r5[N];
    CALL(reductions(N, w, &r0, &r1, &r2, &r3, idx, r5)) { printf("%u\n%u\n%lld\n%lld\n", r0, r1, (long long)r2, (long long)r3); PI(idx, N); PI(r5, N); }
    bool big[N]; uint64_t mx, d3[N];
    CALL(u64_order(N, c, big, &mx, d3)) { PI(big, N); PU(&mx, 1); PU(d3, N); }
    CALL(divzero(N, ua, ub, ou[0])) PI(ou[0], N);
    int8_t q0; uint16_t q1; uint32_t q2; int32_t q3;
    CALL(small_scalars(100, 0, 65537, &q0, &q1, &q2, &q3)) printf("%d\n%u\n%u\n%d\n", q0, q1, q2, q3);
    return 0;
}
