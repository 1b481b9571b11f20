#include "harness.h"
#include "spmv_gen.h"
void hand_spmv(int64_t, const int64_t *, const int64_t *, const double *, const double *, double *);
static int64_t M = 1000000, NC = 1000000, NNZ; static int64_t *rp, *col; static double *val, *x, *o1, *o2;
static void H(void) { hand_spmv(M, rp, col, val, x, o1); }
static void R(void) { int64_t d; if (spmv(M + 1, NNZ, NC, rp, col, val, x, &o2, &d)) exit(3); free(o2); }
static void H3(void) { double *o = malloc(M * 8); hand_spmv(M, rp, col, val, x, o); free(o); }
int main(void) { rp = xmalloc((M+1)*8); rp[0] = 0;
    for (int64_t i = 0; i < M; i++) rp[i+1] = rp[i] + 4 + (int64_t)(u01() * 25);   /* 4..28 nnz per row */
    NNZ = rp[M]; col = xmalloc(NNZ*8); val = xmalloc(NNZ*8); x = xmalloc(NC*8); o1 = xmalloc(M*8);
    for (int64_t i = 0; i < M; i++) for (int64_t k = rp[i]; k < rp[i+1]; k++) {
        int64_t c = i + (int64_t)((u01() - 0.5) * 2000); col[k] = c < 0 ? 0 : c >= NC ? NC - 1 : c; val[k] = u01(); }
    for (int64_t i = 0; i < NC; i++) x[i] = u01();
    int64_t d; H(); if (spmv(M + 1, NNZ, NC, rp, col, val, x, &o2, &d)) exit(3);
    check("spmv", d == M && relerr(o2, o1, M) < 1e-12); free(o2);
    bench("spmv-csr", "1e6 rows,16nnz", H, R);
    bench("spmv-csr/malloc", "1e6 rows,16nnz", H3, R); }
