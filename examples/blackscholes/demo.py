"""The Black-Scholes sample from Python: `make python` builds the extension
module `blackscholes` (arrc --python, docs/python.md) and runs this with N.
Prints what main.c prints (the checksum up to the order of the sum: NumPy
sums pairwise), then a shape error."""
import sys
import time

import numpy as np

import blackscholes

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
i = np.arange(n, dtype=np.float64)
s, k, r, v, t = np.full(n, 42.0), 40.0 + i / n, np.full(n, 0.5), np.full(n, 0.2), np.full(n, 0.5)
t0 = time.perf_counter()
put = blackscholes.blackscholes(s, k, r, v, t)     # a new float64 array; the GIL is released meanwhile
t1 = time.perf_counter()
print("options:  %d" % n)
print("checksum: %.10f" % put.sum())
print("time:     %.3f ms (from Python, the result array included)" % (1e3 * (t1 - t0)))
try:
    blackscholes.blackscholes(s, k[:-1], r, v, t)
except ValueError as e:
    print("error:   ", e)
