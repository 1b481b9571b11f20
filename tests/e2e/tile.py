import numpy as np

def chk(v):
    v = np.asarray(v, dtype=np.float64).ravel()
    w = (np.arange(v.size) % 17 + 1).astype(np.float64)
    return float(np.sum(v * w)) if v.size else 0.0

ext = (0, 1, 31, 32, 33, 100)
for m in ext:
    for n in ext:
        k = np.arange(m * n, dtype=np.int64)
        a = (((k * 37) % 101) / 100.0).reshape(m, n)
        b = (((k * 11) % 23) - 11.0).reshape(n, m)
        af = (((k * 13) % 41) - 20.0).astype(np.float32).reshape(m, n)
        ki = np.arange(n * n, dtype=np.int64)
        ai = ((ki * 7919) % 1000 - 500).reshape(n, n)
        print('m %d n %d' % (m, n))
        t = a.T
        print('%r %r' % (chk(t), float(t.ravel()[-1]) if m * n else 0.0))
        print(repr(chk((af.T * np.float32(2.0)).astype(np.float64))))
        s = ai + ai.T
        w = (np.arange(n * n) % 17 + 1)
        print(int(np.sum(s.ravel() * w)))
        sh = np.where(a.T > 0.5, a.T, -1.0)
        print('%d %d %r' % (n, m, chk(sh)))
        print(repr(chk(np.minimum(a.T, 0.4) - b)))
