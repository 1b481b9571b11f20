import numpy as np
nan, inf = float('nan'), float('inf')
x = np.array([1.5, -0.0, 0.0, nan, -nan, inf, -inf, -2.5])
y = np.array([1.5, -0.0, nan, inf, -inf, 3e38, -1e-45, 0.0], dtype=np.float32)
k = np.array([0, -1, 1, -2**63, 2**63 - 1, -7, 7, 2], dtype=np.int64)
with np.errstate(all='ignore'):
    outs = [np.isnan(x), np.isinf(y), np.isfinite(x / x), np.signbit(x),
            np.signbit(k.astype(np.float64)), np.isnan(k.astype(np.float64))]
for o in outs:
    for v in o: print(int(v))
print(int(np.count_nonzero(np.isfinite(y))))
for i in range(8):
    print(int(np.isnan(x[i])), int(np.isinf(y[i])), int(np.isfinite(x[i] * 2.0)), int(np.signbit(y[i])))
ok = np.isfinite(x)
print(repr(float(np.sum(np.where(ok, x, 0.0)) / ok.sum())))
