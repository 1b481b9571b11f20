import numpy as np

H, W = 6, 7


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def stencil(bufs, iters, mode, offs, kern, perm=None):
    """Section 7 of the spec.  bufs: arrays (updated in place); the kernel
    writes parameter 0 at offset 0 with kern(rd), rd(j, off) reading
    parameter j at the cursor plus off; offs: every offset the kernel reads;
    perm: 'return pK, ...' as parameter indices.  Returns the buffer bound
    to parameter 0 in the last round (with 0 rounds: bufs[0]), or None for a
    negative count (a run-time error)."""
    if iters < 0:
        return None
    shape = bufs[0].shape
    rank = len(shape)
    lo = [min(o[d] for o in offs) for d in range(rank)]
    hi = [max(o[d] for o in offs) for d in range(rank)]
    cur = list(bufs)
    for r in range(iters):
        if r > 0 and perm is not None:
            cur = [cur[p] for p in perm]
        new = {}
        for c in np.ndindex(*shape):
            if any(c[d] + lo[d] < 0 or c[d] + hi[d] >= shape[d] for d in range(rank)):
                if mode == 'skip':
                    continue
                if mode == 'dst_zero':
                    new[c] = 0
                    continue

            def rd(j, off, c=c):
                idx = []
                for d in range(rank):
                    i, n = c[d] + off[d], shape[d]
                    if i < 0 or i >= n:
                        if mode == 'wrap':
                            i %= n
                        elif mode == 'clamp':
                            i = 0 if i < 0 else n - 1
                        elif mode == 'mirror':
                            i = -i if i < 0 else 2 * (n - 1) - i
                        elif mode == 'src_zero':
                            return cur[j].dtype.type(0)
                        else:
                            raise AssertionError('out-of-bounds read in mode ' + mode)
                    idx.append(i)
                return cur[j][tuple(idx)]
            new[c] = kern(rd)
        for c, v in new.items():
            cur[0][c] = v
    return cur[0]



x = np.array([[((i * 5 + j * 3) % 11 - 5) * 0.25 + 0.0625 * i * j for j in range(W)] for i in range(H)])
s = -1.5

P5 = [(0, 0), (-1, 0), (1, 0), (0, -1), (0, 1)]
FAR = [(-2, 1), (1, -2), (2, 0), (0, 0)]


def p5(rd):
    return (0.5 * rd(1, (0, 0)) + 2.0 * rd(1, (-1, 0)) + 3.0 * rd(1, (1, 0))
            + 5.0 * rd(1, (0, -1)) + 7.0 * rd(1, (0, 1)))


def far(rd):
    return rd(1, (-2, 1)) + 2.0 * rd(1, (1, -2)) + 3.0 * rd(1, (2, 0)) + s * rd(1, (0, 0))


def one(mode, kern, offs, init=None):
    out = x.copy() if init is None else init.copy()
    return stencil([out, x.copy()], 1, mode, offs, kern)


for mode in ('skip', 'dst_zero', 'src_zero', 'wrap', 'clamp', 'mirror'):
    pa(one(mode, p5, P5))
    pa(one(mode, far, FAR))

r = one('skip', p5, P5, init=np.full((H, W), -1.0))
print(H); print(W); pa(r)


def row(rd):
    return rd(1, (0, -1)) + 2.0 * rd(1, (0, 1))


def col(rd):
    return rd(1, (0, 0)) - 3.0 * rd(1, (2, 0))


pa(one('skip', row, [(0, -1), (0, 1)]))
pa(one('dst_zero', row, [(0, -1), (0, 1)]))
pa(one('skip', col, [(0, 0), (2, 0)]))
pa(one('dst_zero', col, [(0, 0), (2, 0)]))
# the input is only read
pa(x)
