# The reference: NumPy's values, reduced by the documented ordered rule in
# plain Python (a NaN, the first one, wins; of equal values the later one).
import math
import numpy as np

N, M = 100000, 7

def pr(v):
    v = float(v)
    if v != v: print("nan")
    elif v == 0: print("zero-" if math.copysign(1.0, v) < 0 else "zero+")
    else: print(repr(v))

def omax(vals):
    t = -math.inf
    for v in vals:
        t = t if (t > v or t != t) else v
    return t

def omin(vals):
    t = math.inf
    for v in vals:
        t = t if (t < v or t != t) else v
    return t

def oarg(vals, big):
    # the first NaN, else the first index of the extreme (zeros equal)
    for k, v in enumerate(vals):
        if v != v: return k
    best = 0
    for k, v in enumerate(vals):
        if (v > vals[best]) if big else (v < vals[best]): best = k
    return best

s = 12345
x = np.empty(N)
for i in range(N):
    s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
    x[i] = float(s >> 11) / 9007199254740992.0 * 200.0 - 100.0
for c in range(9):
    r = x.copy()
    if c == 1: r[77777] = np.nan
    if c == 2: r[3] = np.nan
    if c in (3, 4):
        r = -np.abs(x) - 1.0
        for i in range(0, N, 7): r[i] = 0.0 if (i // 7) % 2 else -0.0
        r[99995] = -0.0 if c == 3 else 0.0
    if c == 5: r[:] = -np.inf
    if c == 6: r[20] = np.nan; r[50000] = np.nan
    if c == 7: r[:] = 2.5
    if c == 8: r[N - 1] = -1000.0; r[N - 2] = -1000.0; r[70000] = 1000.0; r[90000] = 1000.0; r[2] = 1000.0
    for n in (N, 1000, 5):
        v = [float(e) for e in r[:n]]
        pr(omax(v))
        pr(omin(v))
        pr(omin([e * 2.0 for e in v]))
        pr(omax([e - 1.0 for e in v]))
        pr(omax([float(np.float32(e)) for e in v]))
        print(oarg(v, True))
        print(oarg([e * 2.0 for e in v[:(n // 5) * 5]], False))
        print(oarg([e * e if e > 50.0 else -1e300 for e in v], True))
r = x.copy()
r[3 * M + 2] = np.nan
for j in range(M): r[5 * M + j] = -1.0 - j
r[5 * M + 1] = -0.0; r[5 * M + 4] = 0.0
for j in range(M): r[6 * M + j] = -1.0 - j
r[6 * M + 1] = 0.0; r[6 * M + 4] = -0.0
rows = [omax([float(e) for e in r[i * M:(i + 1) * M]]) for i in range(N // M)]
for v in rows[:10]: pr(v)
t = 0.0
for v in rows: t += v if v == v else 0.0
print(repr(t))
print("error:")
