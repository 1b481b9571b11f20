# The reference: NumPy's argmax/argmin (the first extreme; a NaN, the first
# one, wins; zeros of both signs are equal), on the same data as the C.
import numpy as np

N = 100000
s = 987654321
x = np.empty(N)
for i in range(N):
    s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
    x[i] = float(s >> 11) / 9007199254740992.0 * 200.0 - 100.0

def fill(n, c):
    r = x[:n].copy()
    if c == 1: r[n // 2] = np.nan
    if c == 2: r[n - 1] = np.nan
    if c == 3: r = np.arange(n) * 0.5
    if c == 4: r = -np.arange(n) * 0.5
    if c == 5: r[:] = -np.inf
    if c == 6: r[:] = np.inf
    if c == 7:
        r[n // 7] = 1e9; r[n // 3] = 1e9; r[n - 2] = 1e9; r[n // 5] = -1e9; r[n - 3] = -1e9
    if c in (8, 9):
        r = -np.abs(x[:n]) - 1.0
        r[n // 3] = 0.0 if c == 8 else -0.0
        r[n // 2] = -0.0 if c == 8 else 0.0
    if c == 10: r[0] = np.nan; r[n // 2] = 1e300
    if c == 11: r[1023 % n] = 500.0; r[1024 % n] = 500.0
    if c == 12: r[n // 4] = np.nan; r[n - 1] = np.nan; r[n // 2] = 1e200
    return r

with np.errstate(invalid='ignore', over='ignore'):
    for n in (N, 2048, 1025, 1024, 5):
        for c in range(13):
            r = fill(n, c)
            f = r.astype(np.float32)
            m = np.where(r > 20.0, np.sqrt(np.abs(r)), 1e300)
            m[np.isnan(r)] = 1e300          # NaN > 20 is false: the select's else
            t = np.abs(r[3:])
            e = np.exp(r * 0.001)
            print(int(np.argmax(r)), int(np.argmin(r)), int(np.argmax(f)), int(np.argmin(f)), int(np.argmin(m)),
                  int(np.argmax(t)), int(np.argmax(e)))
        for c in range(3):
            if c == 0: iv = np.full(n, np.iinfo(np.int64).min); jv = np.full(n, np.iinfo(np.int32).max, dtype=np.int32)
            if c == 1: iv = np.full(n, np.iinfo(np.int64).max); jv = np.full(n, np.iinfo(np.int32).min, dtype=np.int32)
            if c == 2:
                iv = (x[:n] * 1e15).astype(np.int64); jv = (x[:n] * 1e6).astype(np.int32)
                iv[n // 3] = np.iinfo(np.int64).max; iv[n - 1] = np.iinfo(np.int64).max
                jv[n // 2] = np.iinfo(np.int32).min; jv[n // 4] = np.iinfo(np.int32).min
            print(int(np.argmax(iv)), int(np.argmin(iv)), int(np.argmax(jv)), int(np.argmin(jv)))
    for m, w in ((3, 3000), (40, 7)):
        a = x[:m * w].copy()
        a[1 * w + w - 1] = 1e9; a[2 * w + 1] = np.nan; a[0] = -1e9
        a = a.reshape(m, w)
        for i in range(m):
            print(int(np.argmax(a[i])), int(np.argmin(a[i])))
        if w == 3000:
            for i in range(m):
                print(int(np.argmin(a[i])))

for t, w in enumerate((1024, 1025, 2048)):
    m = 5
    j = ((np.arange(m * w, dtype=np.int64) * 7919 + t) % 1000 - 500).astype(np.int32)
    j[3 * w + w - 1] = -900
    j[4 * w + 1030 % w] = 900
    a = j.reshape(m, w)
    for sgn in (-1, 1):
        b = a * np.int32(sgn)
        for i in range(m):
            print(int(np.argmin(b[i])) + 1, int(np.argmax(b[i])))
