#!/usr/bin/python3
"""NumPy peer of bench/md: the same MD as hand.c / hand2d.c, vectorised the
usual NumPy way (no Python loop over atoms or pairs).

  3-D (link cells): cell of each atom, np.argsort(kind='stable') and
  np.bincount / np.cumsum for the cell lists, then a padded table
  cells x (most atoms in a cell) of positions; for each of the 27 neighbour
  offsets (a Python loop of 27) the block of all distances between the atoms
  of every cell and those of its neighbour cell (periodic image shift per
  cell), masked by the cutoff, by padding and, for offset (0,0,0), by the
  diagonal; forces summed over the neighbour axis, scattered back by atom.
  2-D (all pairs): the n x n distance blocks, in chunks of rows to bound the
  memory, nearest image d - l*rint(d/l).
  Velocity Verlet with whole-array updates.

usage: numpy_md.py DUMP R
  DUMP: a state file of BUILD/md3d_hand or BUILD/md2d_hand. Checks the
  forces at the start and the state after S steps against it (1e-9
  relative), then one warm-up and R timed calls of S steps; prints a RESULT
  line like the C drivers (threads=1: NumPy's elementwise operations run on
  one thread). Exit status: 0 ok, 2 check failed, 1 other error.
"""
import os
import sys
import time

sys.dont_write_bytecode = True

import numpy as np

import md_common as mc

SIG2 = mc.SIGMA * mc.SIGMA
RC2 = mc.CUTOFF * mc.CUTOFF
EPS4 = 4.0 * mc.EPSILON
_c = SIG2 / RC2
_c6 = _c * _c * _c
ESHIFT = EPS4 * _c6 * (_c6 - 1.0)

OFFSETS = [(a, b, c) for a in (-1, 0, 1) for b in (-1, 0, 1) for c in (-1, 0, 1)]


def forces3d(pos, l, nc):
    """pos: (n, 3) positions in the box; l, nc: box lengths and cells per
    direction (3-tuples). Returns the (n, 3) forces and the energy."""
    n = pos.shape[0]
    l = np.asarray(l, dtype=np.float64)
    nc = np.asarray(nc, dtype=np.int64)
    c3 = np.minimum((pos * (nc / l)).astype(np.int64), nc - 1)       # (n, 3)
    cell = (c3[:, 0] * nc[1] + c3[:, 1]) * nc[2] + c3[:, 2]
    ncell = int(np.prod(nc))
    order = np.argsort(cell, kind='stable')
    count = np.bincount(cell, minlength=ncell)
    first = np.cumsum(count) - count
    maxc = int(count.max())
    scell = cell[order]
    slot = np.arange(n) - first[scell]                  # place within its cell
    table = np.full((ncell, maxc), -1, dtype=np.int64)   # atom or -1 (padding)
    table[scell, slot] = order
    valid = table >= 0
    P = pos[np.where(valid, table, 0)]                   # (ncell, maxc, 3)
    # cell coordinates of every cell
    cid = np.arange(ncell)
    cc = np.stack([cid // (nc[1] * nc[2]), (cid // nc[2]) % nc[1], cid % nc[2]], axis=1)
    F = np.zeros((ncell, maxc, 3))
    epot = 0.0
    eye = np.eye(maxc, dtype=bool)
    for off in OFFSETS:
        p = cc + np.asarray(off)                          # unwrapped neighbour cells
        w = p % nc
        shift = np.where(p < 0, -l, np.where(p >= nc, l, 0.0))   # (ncell, 3)
        nb = (w[:, 0] * nc[1] + w[:, 1]) * nc[2] + w[:, 2]
        Q = P[nb] + shift[:, None, :]                     # (ncell, maxc, 3)
        d = P[:, :, None, :] - Q[:, None, :, :]           # (ncell, maxc, maxc, 3)
        r2 = np.einsum('abcd,abcd->abc', d, d)
        m = (r2 < RC2) & valid[:, :, None] & valid[nb][:, None, :]
        if off == (0, 0, 0):
            m &= ~eye
        r2m = np.where(m, r2, 1.0)
        s2 = SIG2 / r2m
        s6 = s2 * s2 * s2
        f = np.where(m, EPS4 * s6 * (12.0 * s6 - 6.0) / r2m, 0.0)
        F += np.einsum('abc,abcd->abd', f, d)
        epot += 0.5 * float(np.sum(np.where(m, EPS4 * s6 * (s6 - 1.0) - ESHIFT, 0.0)))
    out = np.empty((n, 3))
    out[table[valid]] = F[valid]
    return out, epot


def integrate3d(st, p, steps):
    x = np.stack(st[0:3], axis=1)
    v = np.stack(st[3:6], axis=1)
    f = np.stack(st[6:9], axis=1)
    l = np.asarray(p['l'])
    dt = p['dt']
    h = 0.5 * dt / mc.MASS
    pe = 0.0
    for _ in range(steps):
        v = v + h * f
        x = x + dt * v
        x = x - l * np.floor(x / l)
        f, pe = forces3d(x, p['l'], p['nc'])
        v = v + h * f
    return tuple(np.ascontiguousarray(a[:, k]) for a in (x, v, f) for k in range(3)), pe


def forces_of3d(st, p):
    f, pe = forces3d(np.stack(st[0:3], axis=1), p['l'], p['nc'])
    return [f[:, k] for k in range(3)], pe


ROWS = 256          # rows of the n x n pair block per chunk


def forces2d(x, y, l, rc):
    n = x.shape[0]
    rc2 = rc * rc
    c6 = 1.0 / (rc2 * rc2 * rc2)
    ecut = 4.0 * (c6 * c6 - c6)
    fx = np.empty(n)
    fy = np.empty(n)
    epot = 0.0
    for a in range(0, n, ROWS):
        b = min(n, a + ROWS)
        dx = x[a:b, None] - x[None, :]
        dy = y[a:b, None] - y[None, :]
        dx -= l * np.rint(dx / l)
        dy -= l * np.rint(dy / l)
        r2 = dx * dx + dy * dy
        m = r2 < rc2
        m[np.arange(b - a), np.arange(a, b)] = False      # not itself
        r2m = np.where(m, r2, 1.0)
        s6 = 1.0 / (r2m * r2m * r2m)
        f = np.where(m, 24.0 * (2.0 * s6 * s6 - s6) / r2m, 0.0)
        fx[a:b] = np.sum(f * dx, axis=1)
        fy[a:b] = np.sum(f * dy, axis=1)
        epot += 0.5 * float(np.sum(np.where(m, 4.0 * (s6 * s6 - s6) - ecut, 0.0)))
    return fx, fy, epot


def integrate2d(st, p, steps):
    x, y, vx, vy, fx, fy = st
    l, rc, dt = p['l'][0], p['rc'], p['dt']
    pe = 0.0
    for _ in range(steps):
        vx = vx + 0.5 * dt * fx
        vy = vy + 0.5 * dt * fy
        x = x + dt * vx
        y = y + dt * vy
        x = x - l * np.floor(x / l)
        y = y - l * np.floor(y / l)
        fx, fy, pe = forces2d(x, y, l, rc)
        vx = vx + 0.5 * dt * fx
        vy = vy + 0.5 * dt * fy
    return (x, y, vx, vy, fx, fy), pe


def forces_of2d(st, p):
    fx, fy, pe = forces2d(st[0], st[1], p['l'][0], p['rc'])
    return [fx, fy], pe


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 1
    path, reps = sys.argv[1], int(sys.argv[2])
    p = mc.read_dump(path)
    dim, n, steps = p['dim'], p['n'], p['steps']
    integ, forces_of = (integrate3d, forces_of3d) if dim == 3 else (integrate2d, forces_of2d)
    print('numpy %s: %d-D, n=%d, %d steps' % (np.__version__, dim, n, steps))
    f0, pe0 = forces_of(p['start'], p)
    t0 = time.perf_counter()
    st, pe = integ(p['start'], p, steps)
    print('  first call: %.2f s' % (time.perf_counter() - t0))
    ok = mc.compare('start forces vs hand C', p, None, f0, pe0, p['start'], p['pe_start'])
    ok = mc.compare('after S steps vs hand C', p, st, None, pe, p['final'], p['pe_final']) and ok
    if not ok:
        print('check FAILED\nRESULT impl=numpy threads=1 n=%d status=CHECK_FAILED' % n)
        return 2
    print('check ok')
    if reps == 0:
        print('RESULT impl=numpy threads=1 n=%d steps=%d pe=%.17g status=ok' % (n, steps, pe))
        return 0
    ts = []
    for _ in range(reps):         # the check run above was the warm-up
        t0 = time.perf_counter()
        st2, pe2 = integ(p['start'], p, steps)
        ts.append(time.perf_counter() - t0)
        if not mc.same(p, st2, pe2, st, pe):
            print('  check: the result changed between runs\n'
                  'RESULT impl=numpy threads=1 n=%d status=CHECK_FAILED' % n)
            return 2
    mc.report('numpy', 1, n, steps, ts, pe)
    return 0


if __name__ == '__main__':
    sys.exit(main())
