#include "fuzz_found.h"
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", fuzz_found_last_error()); else

int main(void)
{
    int32_t x1[6] = { -20, 3, 7, 1, 2, 5 };
    float r;
    CALL(dup_label(2, 3, x1, &r)) printf("%.9g\n", (double)r);
    bool b[5];
    CALL(powf_half(5, b)) for (int i = 0; i < 5; i++) printf("%d\n", b[i]);
    double x0[2] = { 3.25, -1.5 }, *g = NULL;
    int64_t gn = 0;
    CALL(self_compare(2, x0, &g, &gn)) {
        printf("%lld\n", (long long)gn);
        for (int64_t i = 0; i < gn; i++) printf("%.17g\n", g[i]);
    }
    free(g);
    CALL(self_compare(1, x0, &g, &gn)) printf("%lld\n", (long long)gn);    /* index 1 of 1: error */
    free(g);
    double x2[3] = { 0.171875, -3.5625, 2.796875 };
    int32_t u;
    CALL(unused_lets(1, 3, x2, 16, &u)) printf("%d\n", u);
    CALL(unused_lets(2, 3, x2, 16, &u)) printf("%d\n", u);              /* s0 % 0 runs: error */
    int32_t sv[2] = { 40, 1 };
    int64_t s1, s2;
    bool s3;
    CALL(shift_const(2, sv, &s1, &s2, &s3)) printf("%lld\n%lld\n%d\n", (long long)s1, (long long)s2, s3);
    sv[0] = 62;
    CALL(shift_const(2, sv, &s1, &s2, &s3)) printf("%lld\n%lld\n%d\n", (long long)s1, (long long)s2, s3);
    double fa, fb;
    float fc;
    CALL(f32_literal(1.0, &fa, &fb, &fc)) printf("%.17g\n%.17g\n%.9g\n", fa, fb, (double)fc);
    bool tl;
    CALL(type_limits(true, &tl)) printf("%d\n", tl);
    double ph[3];
    CALL(pow_half_invariant(-3.5, 3, ph)) for (int i = 0; i < 3; i++) printf("%.17g\n", ph[i]);
    float nz;
    double nz2;
    CALL(neg_neg_zero(true, &nz, &nz2)) printf("%.9g\n%.17g\n", (double)nz, nz2);
    int32_t hx[5] = { 0 };
    int64_t hh[5];
    CALL(hist_fill(5, hx, hh)) for (int i = 0; i < 5; i++) printf("%lld\n", (long long)hh[i]);
    float ax0[3] = { 0.5f, -1.5f, 2.0f }, *aa = NULL;
    int64_t ax1[3] = { 2, -1, 1 }, aan, abn;
    bool *ab = NULL;
    CALL(alloc_bound(3, ax0, ax1, true, &aa, &aan, &ab, &abn)) {
        printf("%lld\n%.4f\n%lld\n", (long long)aan, (double)aa[0], (long long)abn);   /* sinhf is not correctly rounded */
        for (int64_t i = 0; i < abn; i++) printf("%d\n", ab[i]);
    }
    free(aa);
    free(ab);
    double sx[2] = { 1.0, 2.0 };
    int64_t sn[2];
    int32_t bc[2];
    CALL(shift_negative(2, sx, sn)) printf("%lld\n%lld\n", (long long)sn[0], (long long)sn[1]);
    CALL(bool_complement(true, 2, bc)) printf("%d\n%d\n", bc[0], bc[1]);
    double *ma = NULL;
    int64_t man;
    CALL(memo_after_return(9, &ma, &man)) printf("%lld\n%.17g\n", (long long)man, ma[man - 1]);
    free(ma);
    bool bb[2];
    int64_t xl;
    CALL(bool_cmp_const(2, sx, bb)) printf("%d\n%d\n", bb[0], bb[1]);
    CALL(xor_literals(3, &xl)) printf("%lld\n", (long long)xl);
    int64_t so[2];
    CALL(shift_overflow(2, so)) printf("%lld\n%lld\n", (long long)so[0], (long long)so[1]);
    int64_t ao[2];
    CALL(affine_overflow(2, ao)) printf("%lld\n%lld\n", (long long)ao[0], (long long)ao[1]);
    double ms[5] = { 1, 2, 3, 4, 5 }, mx[5], my[5];
    CALL(mask_scalar_self(5, ms, mx, my)) for (int i = 0; i < 5; i++) printf("%.17g\n%.17g\n", mx[i], my[i]);
    double sq[4] = { 1, 2, 3, 4 }, sq2[4];
    CALL(matmul_shadowed(2, sq, sq2)) for (int i = 0; i < 4; i++) printf("%.17g\n", sq2[i]);
    int64_t abw;
    CALL(array_bounds_warning(3, &abw)) printf("%lld\n", (long long)abw);
    uint16_t ca[2] = { 0, 65535 }, cb[2] = { 65535, 1 };
    bool cc[2];
    CALL(complement_compare(2, ca, cb, cc)) printf("%d\n%d\n", cc[0], cc[1]);
    uint8_t ow[2] = { 7, 9 };
    uint16_t *owr = NULL;
    int64_t own = 0;
    CALL(or_overflow_warning(1, 2, ow, &owr, &own)) printf("%lld\n%d\n", (long long)own, owr[1]);
    free(owr);
    int16_t *cn = NULL;
    int64_t cnn = 0;
    CALL(concat_negative_fill(1, &cn, &cnn)) printf("%lld\n", (long long)cnn);
    free(cn);
    cn = NULL;
    CALL(concat_negative_fill(3, &cn, &cnn)) printf("%lld\n%d\n", (long long)cnn, cn[2]);
    free(cn);
    float ex[3] = { 1, 2, 3 };
    double er[3];
    CALL(extent_copy(3, 1.5, ex, er)) printf("%.17g\n%.17g\n%.17g\n", er[0], er[1], er[2]);
    float *cv = NULL;
    int64_t cvn = 0;
    CALL(concat_view_start(3, &cv, &cvn)) printf("%lld\n%.9g\n%.9g\n%.9g\n", (long long)cvn, cv[0], cv[1], cv[2]);
    free(cv);
    double bcx[3];
    CALL(broadcast_call_extent(3, 2.0, bcx)) printf("%.17g\n%.17g\n%.17g\n", bcx[0], bcx[1], bcx[2]);
    CALL(broadcast_call_extent(2, -2.0, bcx)) printf("%.17g\n%.17g\n", bcx[0], bcx[1]);
    double rx3[3] = { 1, 2, 3 }, rx2[2] = { -1, 2 }, rx3n[3] = { -1, 2, 3 };
    double *ra = NULL, *rb = NULL;
    int64_t ran = 0, rbn = 0;
    CALL(return_extent_checked(3, rx3, &ra, &ran, &rb, &rbn)) printf("%lld\n%.17g\n%lld\n%.17g\n", (long long)ran, ra[2], (long long)rbn, rb[2]);
    free(ra); free(rb); ra = rb = NULL;
    CALL(return_extent_checked(2, rx2, &ra, &ran, &rb, &rbn)) printf("%lld\n", (long long)ran);
    free(ra); free(rb); ra = rb = NULL;
    CALL(return_extent_checked(3, rx3n, &ra, &ran, &rb, &rbn)) printf("%lld\n%.17g\n%.17g\n", (long long)rbn, rb[0], rb[2]);
    free(ra); free(rb);
    int64_t gv[3] = { 3, -1, 4 }, *ga = NULL, *gb = NULL, gan = 0, gbn = 0;
    CALL(gen_offset(3, gv, &ga, &gan, &gb, &gbn)) for (int i = 0; i < 3; i++) printf("%lld\n%lld\n", (long long)ga[i], (long long)gb[i]);
    free(ga); free(gb);
    int64_t hg[3];
    CALL(hist_gen(7, hg)) printf("%lld\n%lld\n%lld\n", (long long)hg[0], (long long)hg[1], (long long)hg[2]);
    double spa[5] = { 1, 2, 4, 8, 16 }, sps = 0;
    CALL(stencil_param_alias(5, spa, &sps)) printf("%.17g\n%.17g\n%.17g\n%.17g\n", sps, spa[0], spa[3], spa[4]);
    float nx[4] = { 1, 3, 2, 0 };
    double nr[4];
    CALL(nanfree_lambda_acc(4, nx, nr)) for (int i = 0; i < 4; i++) printf("%.17g\n", nr[i]);
    return 0;
}
