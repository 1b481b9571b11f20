#include "harness.h"
#include "mcpi_gen.h"
void hand_mcpi(int64_t, int64_t, double *);
static int64_t N = 10000000; static double r1, r2;
static void H(void) { hand_mcpi(42, N, &r1); }
static void R(void) { if (mcpi(42, N, &r2)) exit(3); }
int main(void) { H(); R(); printf("%.17g %.17g\n", r1, r2); check("mcpi", r1 == r2);
    bench("montecarlo-pi", "1e7", H, R); }
