import numpy as np

N = 8
H, W = 4, 5


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



U0 = np.array([0.5 * ((i * 3) % 5) - 0.75 + 0.125 * i for i in range(N)])
V0 = np.array([-0.25 * ((i * 7) % 4) + 2.0 for i in range(N)])
S1 = [(-1,), (0,), (1,)]

# smooth_inplace
for k in (0, 1, 2, 3):
    u, v = U0.copy(), V0.copy()
    stencil([v, u], k, 'clamp', S1,
            lambda rd: 0.25 * rd(1, (-1,)) + 0.5 * rd(1, (0,)) + 0.25 * rd(1, (1,)), perm=[1, 0])
    pa(u); pa(v)

# scale_inplace
A0 = np.array([[0.25 * ((i * 3 + j) % 5) - 0.5 for j in range(W)] for i in range(H)])
for k in (0, 1, 3):
    a = A0.copy()
    stencil([a], k, 'skip', [(0, 0)], lambda rd: rd(0, (0, 0)) * 0.5 + 1.0)
    pa(a)

# step_sum
u, v = U0.copy(), V0.copy()
stencil([v, u], 1, 'mirror', [(-1,), (1,)], lambda rd: rd(1, (-1,)) - rd(1, (1,)))
pa([v.sum()]); pa(u); pa(v)

# inplace_expr
for k in (0, 1, 2, 3):
    u, v = U0.copy(), V0.copy()
    r = stencil([v, u], k, 'wrap', S1,
                lambda rd: 0.5 * rd(1, (-1,)) + 0.25 * rd(1, (0,)) + 0.25 * rd(1, (1,)), perm=[1, 0])
    pa(r); pa(u); pa(v)

# skip_inplace
P0 = np.array([[0.125 * ((i * 5 + j * 2) % 9) - 0.5 for j in range(W)] for i in range(H)])
Q0 = np.array([[3.0 + 0.25 * ((i + j) % 3) for j in range(W)] for i in range(H)])
for k in (0, 1, 2, 3):
    u, v = P0.copy(), Q0.copy()
    stencil([v, u], k, 'skip', [(-1, 0), (0, 1), (1, -1)],
            lambda rd: rd(1, (-1, 0)) + 0.5 * rd(1, (0, 1)) - 0.25 * rd(1, (1, -1)), perm=[1, 0])
    pa(u); pa(v)
