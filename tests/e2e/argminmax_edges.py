import numpy as np
N = 100000
for n in (5, N):
    a = np.full(n, np.inf); print(int(np.argmin(a)), int(np.argmax(a)))
    a = np.full(n, -np.inf); print(int(np.argmin(a)), int(np.argmax(a)))
    a = np.full(n, 2.5); a[n - 1] = -1.0; a[n // 2] = -1.0; a[n // 3] = 7.0; a[n - 2] = 7.0
    print(int(np.argmin(a)), int(np.argmax(a)))
    a[n - 3] = np.nan; a[n - 4] = np.nan
    print(int(np.argmin(a)), int(np.argmax(a)))
    ia = np.full(n, np.iinfo(np.int64).max); print(int(np.argmin(ia)), int(np.argmax(ia)))
    ia = np.full(n, np.iinfo(np.int64).min); ia[n - 1] = 0; print(int(np.argmin(ia)), int(np.argmax(ia)))
    a = np.full(n, np.inf); a[n - 2] = 3.0; print(int(np.argmin(a[::-1])))
M, W = 4, N // 4
a = np.array([np.inf if i // W == 1 else float((i * 37) % 101) for i in range(M * W)]).reshape(M, W)
for v in np.argmin(a, axis=1): print(int(v))
c = np.argmax(a, axis=0); print(int(sum(int(c[j]) * (j % 7 + 1) for j in range(W))))
f = np.full(M * W, -np.inf, dtype=np.float32); f[M * W - 5] = 1.0
print(int(np.argmin(f)), int(np.argmax(f * np.float32(2.0))))
K = 9
q = np.array([float((c * 5) % 9) - 3.0 for c in range(K)])
with np.errstate(invalid='ignore'):
    for n in (50, 3000):
        p = np.array([(i % 50) * 0.25 - 4.0 for i in range(n)])
        r = [int(np.argmin(np.sqrt(p[i] - q) * q)) for i in range(n)]
        c = [int(np.argmax(np.sqrt(q - p[i]) + q)) for i in range(n)]
        h = 0
        for i in range(n):
            h = (h * 31 + r[i] * 10 + c[i]) % 1000000007
        print(r[7], c[7], h)
