import numpy as np
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
