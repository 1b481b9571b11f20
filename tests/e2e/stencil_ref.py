"""The semantics of runStencil (section 7 of the language spec), written
independently of arrc in plain NumPy: the reference the stencil_* tests
import."""
import numpy as np


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
                            # reflection with period 2n - 2, any offset; an
                            # extent of 1 reads element 0 (docs/language.md)
                            p = 2 * n - 2
                            i = 0 if n == 1 else (i % p if i % p < n else p - i % p)
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
