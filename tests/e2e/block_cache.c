/* Driver for block_cache.arr: page faults per call with and without the
 * cached blocks, and calls from several threads at once. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include "block_cache.h"

enum { N = 4500000, THREADS = 3 };
/* the temporaries c and d: 2 x 36 MB, 17,578 pages of 4 KiB */
#define PAGES (2L * N * 8 / 4096)

static void fill(double *x, int64_t n, int s) { for (int64_t i = 0; i < n; i++) x[i] = (double)((i * 7 + s) % 13); }

static long faults(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_minflt;
}

static double call(const double *x, int64_t n)
{
    double r = 0;
    if (twice(n, x, &r)) printf("error: %s\n", block_cache_last_error());
    return r;
}

typedef struct { const double *x; int64_t n; double r[3]; } Job;

static void *work(void *p)
{
    Job *j = p;
    for (int k = 0; k < 3; k++) j->r[k] = call(j->x, j->n);
    return NULL;
}

int main(void)
{
    double *x = malloc(sizeof(double) * N);
    fill(x, N, 0);
    printf("%.17g\n", call(x, N));                  /* the first call maps its temporaries */
    long f0 = faults();
    printf("%.17g\n", call(x, N));
    long f1 = faults();
    printf("%.17g\n", call(x, N));
    long f2 = faults();
    /* with the cache the second and third calls reuse the first call's blocks */
    printf("%d\n", f1 - f0 < PAGES / 8 && f2 - f1 < PAGES / 8);
    if (!(f1 - f0 < PAGES / 8)) fprintf(stdout, "faults: %ld and %ld (pages %ld)\n", f1 - f0, f2 - f1, PAGES);
    block_cache_release_memory();
    long f3 = faults();
    printf("%.17g\n", call(x, N));
    long f4 = faults();
    /* released: the next call maps (and faults) its temporaries afresh */
    printf("%d\n", f4 - f3 > PAGES / 2);
    if (!(f4 - f3 > PAGES / 2)) fprintf(stdout, "faults after release: %ld (pages %ld)\n", f4 - f3, PAGES);

    /* three threads at once, each on its own input and size */
    Job jobs[THREADS];
    pthread_t tid[THREADS];
    double *xs[THREADS];
    for (int t = 0; t < THREADS; t++) {
        jobs[t].n = N / (t + 1) + t;
        xs[t] = malloc(sizeof(double) * jobs[t].n);
        fill(xs[t], jobs[t].n, t + 1);
        jobs[t].x = xs[t];
        pthread_create(&tid[t], NULL, work, &jobs[t]);
    }
    for (int t = 0; t < THREADS; t++) pthread_join(tid[t], NULL);
    for (int t = 0; t < THREADS; t++) {
        for (int k = 0; k < 3; k++) printf("%.17g\n", jobs[t].r[k]);
        free(xs[t]);
    }
    block_cache_release_memory();
    free(x);
    return 0;
}
