import numpy as np
N, K = 3000, 5

def coord(i, which):
    r = (i * 7 + which * 3) % 23
    if r == 5: return np.nan
    if r == 9: return np.inf
    if r == 11: return -np.inf
    if r == 13 or r == 16: return 1e308
    if r == 17: return -1e308
    return ((i * 37 + which * 11) % 101) * 0.5 - 25.0

def show(v):
    v = [int(x) for x in v]
    if len(v) <= 23:
        print(" ".join(str(x) for x in v))
    else:
        h = 0
        for x in v:
            h = (h * 31 + x) % 1000000007
        print(h)

def f32(i):
    if i % 19 == 4: return np.nan
    if i % 19 == 8: return np.inf
    if i % 19 == 12: return 3e38
    return float((i * 13) % 41) - 20.0

with np.errstate(all='ignore'):
    for n in (23, N):
        px = np.array([coord(i, 0) for i in range(n)])
        py = np.array([coord(i, 1) for i in range(n)])
        fx = np.array([f32(i) for i in range(n)], dtype=np.float32)
        for st in range(3):
            cx = np.array([((c * 7) % 5) * 3.0 - 6.0 for c in range(K)])
            cy = np.array([((c * 3) % 5) * 2.0 - 4.0 for c in range(K)])
            fc = np.array([((c * 7) % 5) * 3.0 - 6.0 for c in range(K)], dtype=np.float32)
            cx[3] = -1e308
            cy[1] = 1e308
            cy[3] = -1e308
            fc[2] = np.float32(-3e38)
            if st == 1:
                cx[2] = np.inf
                fc[4] = np.inf
            if st == 2:
                cy[4] = np.nan
                fc[1] = np.nan
            def d2(i):
                dx = px[i] - cx
                dy = py[i] - cy
                return dx * dx + dy * dy
            show([np.argmin(d2(i)) for i in range(n)])
            show([np.argmax(np.abs(px[i] - cx)) for i in range(n)])
            show([np.argmin((px[i] - cx) ** 2 + np.exp(py[i] - cy)) for i in range(n)])
            show([np.argmax(np.sqrt(d2(i)) - np.maximum(px[i], cx)) for i in range(n)])
            show([np.argmin((px[i] - cx) * (px[i] - cx)) for i in range(n)])
            show([np.argmax((px[i] - cx) * (px[i] - cx) + (py[i] - cy) * (py[i] - cy)) for i in range(n)])
            show([np.argmin((px[i] - cx) * (py[i] - cy)) for i in range(n)])
            show([np.argmax((px[i] - cx) + (cy - py[i])) for i in range(n)])
            show([np.argmin((px[i] - cx) - (py[i] - cy)) for i in range(n)])
            show([np.argmin(px[i] - cx * 1e300) for i in range(n)])
            for s in (np.float32(0.5), np.float32(np.inf), np.float32(np.nan)):
                show([np.argmin((fx[i] - fc + s) * (fx[i] - fc + s)) for i in range(n)])
    for q in range(2):
        x = np.array([np.nan if (q == 0 and i == 1234) else float((i * 13) % 41) - 20.0 for i in range(N)], dtype=np.float32)
        r = 0
        for k in range(5):
            r += int(np.argmin(np.full(3 * N, np.float32(k % 2) * np.float32(0.75), dtype=np.float32)))
            d = x - np.float32(k)
            r += int(np.argmin(d * d))
        print(r)
