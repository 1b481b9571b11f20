import numpy as np

N = 9


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def pi(v):
    for e in np.asarray(v).ravel():
        print(int(e))


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


x = np.array([((i * 5) % 7 - 3) * 0.375 + 0.125 * i + 0.5 * (i == 0) for i in range(N)])
xi = np.array([(i * 7) % 11 - 4 + 3 * (i == N - 1) for i in range(N)], dtype=np.int64)
s = 0.75

K3 = [(-1,), (0,), (1,)]


def k3(rd):
    return rd(1, (-1,)) + 2.0 * rd(1, (0,)) + 3.0 * rd(1, (1,))


def k3i(rd):
    return rd(1, (-1,)) + 2 * rd(1, (0,)) + 3 * rd(1, (1,))


def one(mode, kern=k3, offs=K3, init=None, src=x, iters=1):
    out = src.copy() if init is None else init.copy()
    r = stencil([out, src.copy()], iters, mode, offs, kern)
    return r


pa(one('skip'))                      # k_skip
pa(one('skip'))                      # k_default
pa(one('dst_zero'))
pa(one('src_zero'))
pa(one('wrap'))
pa(one('clamp'))
pa(one('mirror'))
r = one('mirror', init=np.zeros(N))  # k_mirror_anon
print(len(r)); pa(r)
pa(one('wrap', init=np.full(N, -5.0), iters=3))
pi(one('wrap', k3i, src=xi))
pi(one('clamp', k3i, src=xi))


def fwd(rd):
    return rd(1, (1,)) - s * rd(1, (2,))


def bwd(rd):
    return s * rd(1, (-2,)) + rd(1, (-1,))


pa(one('skip', fwd, [(1,), (2,)]))
pa(one('dst_zero', fwd, [(1,), (2,)]))
pa(one('skip', bwd, [(-2,), (-1,)], init=np.full(N, 100.0)))
pa(one('dst_zero', bwd, [(-2,), (-1,)], init=np.full(N, 100.0)))
# the input arrays are read only
pa(x)
pi(xi)
