/* rng.h: a counter-based random number generator (SplitMix64 finaliser).
 * Pure functions of their arguments, so arr may call them from every
 * thread and in any order: u01(seed, i) is the i-th number of stream seed. */
#ifndef RNG_H
#define RNG_H
#include <stdint.h>

/* a uniform double in [0, 1) */
double u01(int64_t seed, int64_t i);

/* a standard normal deviate (Box-Muller on u01(seed, 2i), u01(seed, 2i+1)) */
double normal(int64_t seed, int64_t i);

#endif
