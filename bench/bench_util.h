/* bench_util.h: what every benchmark driver (bench/<sample>/bench*.c)
 * needs besides its kernel: a wall clock, the thread count, and the
 * comparison qsort takes a median with. */
#ifndef ARRC_BENCH_UTIL_H
#define ARRC_BENCH_UTIL_H
#include <time.h>
#ifdef _OPENMP
#include <omp.h>
#endif

/* seconds, monotonic */
static inline double wtime(void)
{
#ifdef _OPENMP
    return omp_get_wtime();
#else
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
#endif
}

/* the threads a parallel region would get (1 without OpenMP) */
static inline int threads(void)
{
#ifdef _OPENMP
    return omp_get_max_threads();
#else
    return 1;
#endif
}

/* for qsort of doubles (the median of the timed runs) */
static inline int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

#endif
