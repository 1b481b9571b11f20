import numpy as np

np.seterr(over='ignore')
s = 16777216.0 + 1.0 + 1.0
for v in (np.float32(1e300), np.float32(16777216.0 + 1.0 + 1.0), np.float32(s)):
    print('%.9g' % float(v))
print('%.17g' % float(np.float32(0.1)))
print(int(np.int64(3000000000).astype(np.int32)))
print('%.9g' % float(np.float32(-1e300 * 10.0)))
