#include "rng.h"
#include <math.h>

static uint64_t mix(uint64_t z)
{
    z += 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

double u01(int64_t seed, int64_t i)
{
    uint64_t z = mix(mix((uint64_t)seed) ^ (uint64_t)i);
    return (double)(z >> 11) * 0x1.0p-53;
}

double normal(int64_t seed, int64_t i)
{
    double u = 1.0 - u01(seed, 2 * i), v = u01(seed, 2 * i + 1);
    return sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v);
}
