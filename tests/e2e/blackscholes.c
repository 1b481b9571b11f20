/* Inputs as in ParallelAccelerator's black-scholes benchmark (Julia, i = 1..N):
   sptprice 42, strike 40 + i/N, rate 0.5, volatility 0.2, time 0.5. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include "blackscholes.h"

#define N 1000

int main(void) {
    double *spt = malloc(N * sizeof *spt), *strike = malloc(N * sizeof *strike);
    double *rate = malloc(N * sizeof *rate), *vol = malloc(N * sizeof *vol);
    double *tm = malloc(N * sizeof *tm), *put = malloc(N * sizeof *put);
    if (!spt || !strike || !rate || !vol || !tm || !put) return 1;
    for (int i = 0; i < N; i++) {
        spt[i] = 42.0;
        strike[i] = 40.0 + (double)(i + 1) / (double)N;
        rate[i] = 0.5;
        vol[i] = 0.2;
        tm[i] = 0.5;
    }
    if (blackscholes(N, spt, strike, rate, vol, tm, put)) {
        printf("error: %s\n", blackscholes_last_error());
    } else {
        double s = 0.0;
        for (int i = 0; i < N; i++) s += put[i];
        printf("%.17g\n", s);
        for (int k = 0; k < 10; k++) printf("%.17g\n", put[k * 111]);
    }
    free(spt); free(strike); free(rate); free(vol); free(tm); free(put);
    return 0;
}
