import numpy as np
NMAX = 6000

def coord(i, which, odd):
    if odd and i % 37 == 20 + which: return np.nan
    if odd and i % 53 == 40: return -np.inf if which else np.inf
    return ((i * 29 + which * 17) % 41) * 0.5 - 10.0

def show(v):
    h = 0
    for x in v:
        h = (h * 31 + int(x) + 1) % 1000000007
    print(" ".join([str(len(v)), str(h)] + [str(int(x)) for x in v[:40]]))

with np.errstate(all='ignore'):
    for n in (1, 31, 32, 33, 64, 97, 1000, NMAX):
        for k in (1, 5, 17):
            for odd in (0, 1):
                px = np.array([coord(i, 0, odd) for i in range(n)])
                py = np.array([coord(i, 1, odd) for i in range(n)])
                fx = py.astype(np.float32)
                cx = np.array([((c * 7) % 9) - 4.0 for c in range(k)])
                cy = np.array([((c * 5) % 7) - 3.0 for c in range(k)])
                fc = np.array([((c * 3) % 8) - 3.5 for c in range(k)], dtype=np.float32)
                d = (px[:, None] - cx[None, :]) ** 2 + (py[:, None] - cy[None, :]) ** 2
                a = np.argmin(d, axis=1)
                show(a)
                show(np.argmax(np.abs(fx[:, None] - fc[None, :]), axis=1))
                if n > 3:
                    e = (px[3:, None] - cx[None, :]) * (px[3:, None] - cx[None, :])
                    show(np.argmin(e, axis=1))
                if n <= 1000:
                    img = np.concatenate([px, py, px])
                    show(np.argmin((img[:, None] - cx[None, :]) ** 2, axis=1))
                if not odd:
                    show(a)
                    print(" ".join("%.17g %d" % (px[a == c].sum(), (a == c).sum()) for c in range(k)))
