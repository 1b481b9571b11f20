#include <stdint.h>
/* declared for tests/golden/histo_blocks.arr (only compiled to PIR) */
int64_t bucket(double x);
