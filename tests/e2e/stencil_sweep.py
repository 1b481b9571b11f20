"""Reference for stencil_sweep: runStencil (spec section 7) in 3-D with
NumPy's vector indexing, one round at a time; every case twice (the
harness runs it on one thread and on the variant's threads)."""
import numpy as np

DIMS = [(70, 64, 60), (5, 6, 7)]
ITS = [0, 1, 11, 23]


def pr(a):
    a = np.asarray(a, dtype=np.float64).ravel()
    n = len(a)
    step = 1 if n <= 300 else 997
    for i in range(0, n, step):
        print('%.17g' % a[i])
    # sums in extended precision (the harness's are compensated): both within an ulp or two of exact
    print('%.17g' % float(np.sum(a.astype(np.longdouble))))
    print('%.17g' % float(np.sum(((np.arange(n) % 13 + 1).astype(np.float64) * a).astype(np.longdouble))))


def fill(shape, s):
    n = int(np.prod(shape))
    i = np.arange(n)
    return (((i * 7 + s * 3) % 17) / 16.0 - 0.25).reshape(shape)


PAD = {'wrap': 'wrap', 'mirror': 'reflect', 'src_zero': 'constant', 'clamp': 'edge', 'skip': 'edge',
       'dst_zero': 'edge'}


def one_round(dst, src, mode, terms):
    """terms: (weight, (di, dj, dk)) summed left to right; reads past the
    edge through np.pad (wrap, mirror as reflect: -1 reads 1, src_zero as
    0, clamp as edge; skip and dst_zero keep only the inside)"""
    shape = src.shape
    g = np.pad(src, 2, mode=PAD[mode])
    val = None
    for w, off in terms:
        rd = g[tuple(slice(2 + off[d], 2 + off[d] + shape[d]) for d in range(src.ndim))]
        term = w * rd
        val = term if val is None else val + term
    inside = np.ones(shape, dtype=bool)
    for d in range(src.ndim):
        lo = min(off[d] for _, off in terms)
        hi = max(off[d] for _, off in terms)
        i = np.arange(shape[d])
        ok = (i + lo >= 0) & (i + hi < shape[d])
        inside &= ok.reshape([-1 if e == d else 1 for e in range(src.ndim)])
    if mode == 'skip':
        dst[inside] = val[inside]
    elif mode == 'dst_zero':
        dst[...] = np.where(inside, val, dst.dtype.type(0))
    else:
        dst[...] = val


def run(first, second, it, mode, terms):
    """first is written from second, then they swap (|b, a| ... return a, b);
    returns the buffer written in the last round (first with 0 rounds)"""
    cur = [first, second]
    for r in range(it):
        if r > 0:
            cur = [cur[1], cur[0]]
        one_round(cur[0], cur[1], mode, terms)
    return cur[0]


SEVEN = [(0.3, (0, 0, 0)), (0.15, (-1, 0, 0)), (0.25, (1, 0, 0)), (0.1, (0, -1, 0)),
         (0.05, (0, 1, 0)), (0.08, (0, 0, -1)), (0.07, (0, 0, 1))]
REACH = [(0.2, (-2, 0, 0)), (0.3, (-1, 0, 0)), (0.3, (0, 0, 0)), (0.1, (1, 0, 0)),
         (0.05, (0, 1, 0)), (0.05, (0, 0, -1))]

for shape in DIMS:
    for it in ITS:
        out = []
        for k, mode in enumerate(['skip', 'dst_zero', 'src_zero', 'clamp', 'mirror']):
            x = fill(shape, k)
            r = run(x.copy(), x, it, mode, SEVEN)
            out += [r.copy(), x]
        x = fill(shape, 5)
        r = run(x.copy(), x, it, 'clamp', REACH)
        out += [r.copy(), x]
        # the written buffer second: w (v) from u (x); the value is u's buffer in the last round
        x = fill(shape, 6)
        v = x.copy()
        cur = [x, v]
        for rnd in range(it):
            u, w = cur
            # w = 0.5 u + 0.125 (u[-1,0,0] + u[1,0,0]) + 0.25 u[0,1,-1], :oob_skip
            p, q, s = shape
            w[1:p - 1, 0:q - 1, 1:s] = (0.5 * u[1:p - 1, 0:q - 1, 1:s]
                                       + 0.125 * (u[0:p - 2, 0:q - 1, 1:s] + u[2:p, 0:q - 1, 1:s])
                                       + 0.25 * u[1:p - 1, 1:q, 0:s - 1])
            if rnd < it - 1:
                cur = [w, u]
        out += [cur[0].copy(), x]
        f = np.float32
        fshape = (2 * shape[0], shape[1], shape[2])
        nf = fshape[0] * fshape[1] * fshape[2]
        xf = (((np.arange(nf) * 5) % 13) / 8.0).astype(np.float32).reshape(fshape)
        r = run(xf.copy(), xf, it, 'skip', [(f(0.5), (0, 0, 0)), (f(0.125), (-1, 0, 0)), (f(0.125), (1, 0, 0)),
                                            (f(0.125), (0, -1, 0)), (f(0.125), (0, 0, 1))])
        assert r.dtype == np.float32
        out += [r.copy(), xf]
        for _ in range(2):          # one thread, then the variant's threads: the same values
            for a in out:
                pr(a)

FIVE = [(0.4, (0, 0)), (0.15, (-1, 0)), (0.25, (1, 0)), (0.12, (0, -1)), (0.08, (0, 1))]
REACH2 = [(0.2, (-2, 0)), (0.3, (-1, 1)), (0.3, (0, 0)), (0.1, (1, 0)), (0.1, (0, 2))]
for shape in [(600, 500), (7, 9)]:
    for it in ITS:
        out = []
        for k, (mode, terms) in enumerate([('skip', FIVE), ('clamp', FIVE), ('clamp', REACH2)]):
            x = fill(shape, k)
            r = run(x.copy(), x, it, mode, terms)
            out += [r.copy(), x]
        for _ in range(2):
            for a in out:
                pr(a)
