import numpy as np

def nearest(v, cx):
    """argmin over the centres for each value (of the nine distinct ones)"""
    best = {x: int(np.argmin(np.abs(x - cx))) for x in np.unique(v)}
    return np.array([best[x] for x in v], dtype=np.int64)
for n in (0, 1, 7, 1000, 100003):
    for k in (0, 1, 3, 16, 2000):
        i = np.arange(n, dtype=np.int64)
        key = (i * 7919) % (k + 3) - 1
        v = ((i * 31) % 9).astype(np.float64) - 4.0
        vf = (i % 5).astype(np.float32)
        wf = ((i % 3) - 1).astype(np.float32)
        old = np.arange(k, dtype=np.float32) + np.float32(0.5)
        print('n %d k %d' % (n, k))
        for c in range(k):
            sel = key == c
            print('%d %r' % (int(sel.sum()), float(v[sel].sum()) + 0.0))
        for c in range(k):
            sel = key == c
            cnt = int(sel.sum())
            s = np.float32((vf * wf)[sel].sum(dtype=np.float64))
            print('%.9g' % (np.float32(s / np.float32(cnt)) if cnt > 0 else old[c]))
        rem = np.fmod(key, 5)
        for c in range(k): print(int((rem == c).sum()))
        sh = key - 2
        for c in range(4): print(repr(float(v[sh == c].sum()) + 0.0))
        cx = ((np.arange(k, dtype=np.int64) * 37) % 11).astype(np.float64) - 5.0
        w = (i % 13) + 1
        if k == 0 and n > 0:
            print('error:')
        else:
            a = nearest(v, cx)
            print(int((a * w).sum()))
            for c in range(k):
                sel = a == c
                print('%d %r' % (int(sel.sum()), float(v[sel].sum()) + 0.0))
        for m in (3, 4):
            rr = np.fmod(key, m)
            print(int((rr * w).sum()))
            cnt = rr[::-1] if m == 4 else rr
            for c in range(k):
                print(int((cnt == c).sum()))
        wk = (np.arange(k, dtype=np.int64) % 3) - 1
        ma = np.fmod(key + 7 + key * int(wk.sum()), 5)
        print(int((ma * w).sum()))
        for c in range(k): print(int((ma == c).sum()))
        if k == 0 and n > 0:
            print('error:')
        else:
            a = nearest(v, cx)
            print(int((a * w).sum()))
            ar = a[::-1]
            for c in range(k): print(repr(float(v[ar == c].sum()) + 0.0))
