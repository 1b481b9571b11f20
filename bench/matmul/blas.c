/* The OpenBLAS peer: cblas_dgemm / cblas_sgemm (Debian's libopenblas-dev,
 * the pthread build), row-major, c = 1.0 * a b + 0.0 * c, behind the same
 * ABI as the others (common.h).
 *
 * blas_init, called once before the warm-up: OpenBLAS gets OpenMP's thread
 * count (OMP_NUM_THREADS; run.sh sets OPENBLAS_NUM_THREADS to the same) with
 * openblas_set_num_threads, and the log says which kernel (core) it picked.
 * OpenBLAS sums each element in its own order (blocked over p, with fused
 * multiply-adds), so its result differs from the others in the last bits.
 */
#include "common.h"

#include <limits.h>
#include <stdio.h>
#include <cblas.h>
/* OpenBLAS's own functions: declared here too, because the <cblas.h> found
 * first may be another BLAS's (Debian's alternatives switch it when
 * libblas-dev is installed), and an undeclared function returning a
 * pointer would have it cut to an int (the crash results.md once showed) */
char *openblas_get_config(void);
char *openblas_get_corename(void);
int openblas_get_num_threads(void);
void openblas_set_num_threads(int);
#ifdef _OPENMP
#include <omp.h>
#endif

/* OpenBLAS takes int sizes (Debian's build is not ILP64) */
static int fits(int64_t v) { return v >= 0 && v <= INT_MAX; }

void blas_init(void)
{
#ifdef _OPENMP
    int t = omp_get_max_threads();
#else
    int t = 1;
#endif
    openblas_set_num_threads(t);
    printf("  openblas: %s; core %s; %d thread%s\n", openblas_get_config(),
           openblas_get_corename(), openblas_get_num_threads(),
           openblas_get_num_threads() == 1 ? "" : "s");
}

int blas_matmul_f64(int64_t m, int64_t k, int64_t n, const double *a, const double *b,
                    double *out)
{
    if (!fits(m) || !fits(k) || !fits(n)) return 1;
    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)m, (int)n, (int)k, 1.0,
                a, k > 0 ? (int)k : 1, b, n > 0 ? (int)n : 1, 0.0, out, n > 0 ? (int)n : 1);
    return 0;
}

int blas_matmul_f32(int64_t m, int64_t k, int64_t n, const float *a, const float *b,
                    float *out)
{
    if (!fits(m) || !fits(k) || !fits(n)) return 1;
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)m, (int)n, (int)k, 1.0f,
                a, k > 0 ? (int)k : 1, b, n > 0 ? (int)n : 1, 0.0f, out, n > 0 ? (int)n : 1);
    return 0;
}
