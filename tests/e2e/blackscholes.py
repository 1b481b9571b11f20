# NumPy has no erf: math.erf elementwise through np.vectorize.
import math
import numpy as np

N = 1000
i = np.arange(1, N + 1).astype(np.float64)
sptprice = np.full(N, 42.0)
strike = 40.0 + i / float(N)
rate = np.full(N, 0.5)
volatility = np.full(N, 0.2)
time = np.full(N, 0.5)
erf = np.vectorize(math.erf)


def cndf2(x):
    return 0.5 + 0.5 * erf(0.707106781 * x)


logterm = np.log10(sptprice / strike)
powterm = 0.5 * volatility * volatility
den = volatility * np.sqrt(time)
d1 = ((rate + powterm) * time + logterm) / den
d2 = d1 - den
future = strike * np.exp(-rate * time)
call = sptprice * cndf2(d1) - future * cndf2(d2)
put = call - future + sptprice
s = 0.0
for v in put:
    s += v
print('%.17g' % s)
for k in range(10):
    print('%.17g' % put[k * 111])
