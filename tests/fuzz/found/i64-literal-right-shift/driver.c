#include <stdio.h>
#include <stdint.h>
#include "m.h"
int main(void){ int64_t r; f(33, &r); printf("%lld\n", (long long)r); f(1, &r); printf("%lld\n", (long long)r); return 0; }
