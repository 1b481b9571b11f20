#!/usr/bin/python3
"""Numba peer of bench/md: the same MD as hand.c / hand2d.c, written the
way a Numba user would: @njit(parallel=True) functions with prange loops.

  3-D (CoMD's Lennard-Jones copper, link cells): each force call bins the
  atoms (cell of each atom in a prange loop), sorts them by cell with a
  serial counting sort into position copies in cell order, then a prange
  loop over the sorted atoms walks the 27 neighbour cells (periodic wrap and
  image shift), each pair computed from both sides.
  2-D (md2d.arr's problem, all pairs): a prange loop over particles i, inner
  loop over all j, nearest image d - l*rint(d/l).
  Velocity Verlet as in the C code: half kick, drift, wrap (one prange loop),
  forces, half kick (prange).

usage: numba_md.py DUMP R THREADS...
  DUMP: a state file written by BUILD/md3d_hand or BUILD/md2d_hand (the start
  state and the hand C state after S steps). The script first checks its
  forces at the start and its state after S steps against the file (1e-9
  relative, as bench3d.c), then for each thread count (numba.set_num_threads)
  runs one warm-up and R timed calls of S steps and prints a RESULT line like
  the C drivers. Exit status: 0 ok, 2 check failed, 1 other error.
"""
import math
import os
import sys
import time

sys.dont_write_bytecode = True
# Numba's on-disk cache (cache=True) goes to BUILD/, not next to the source
os.environ.setdefault('NUMBA_CACHE_DIR', os.path.join(
    os.path.dirname(os.path.abspath(__file__)), 'BUILD', 'numba_cache'))

import numpy as np

import md_common as mc

try:
    import numba
    from numba import njit, prange
except ImportError as e:          # run.sh skips the rows
    print('numba not importable: %s' % e, file=sys.stderr)
    sys.exit(1)

SIG2 = mc.SIGMA * mc.SIGMA
RC2 = mc.CUTOFF * mc.CUTOFF
EPS4 = 4.0 * mc.EPSILON
_c = SIG2 / RC2
_c6 = _c * _c * _c
ESHIFT = EPS4 * _c6 * (_c6 - 1.0)


# ---- 3-D link cells --------------------------------------------------------
@njit(parallel=True, cache=True)
def forces3d(x, y, z, lx, ly, lz, ncx, ncy, ncz, fx, fy, fz):
    n = x.shape[0]
    ncell = ncx * ncy * ncz
    cell = np.empty(n, np.int64)
    gx, gy, gz = ncx / lx, ncy / ly, ncz / lz
    for i in prange(n):
        a = min(int(x[i] * gx), ncx - 1)
        b = min(int(y[i] * gy), ncy - 1)
        c = min(int(z[i] * gz), ncz - 1)
        cell[i] = (a * ncy + b) * ncz + c
    # counting sort by cell (stable)
    first = np.zeros(ncell + 1, np.int64)
    for i in range(n):
        first[cell[i] + 1] += 1
    for c in range(ncell):
        first[c + 1] += first[c]
    nxt = first[:ncell].copy()
    order = np.empty(n, np.int64)
    xs = np.empty(n)
    ys = np.empty(n)
    zs = np.empty(n)
    for i in range(n):
        s = nxt[cell[i]]
        nxt[cell[i]] = s + 1
        order[s] = i
        xs[s] = x[i]
        ys[s] = y[i]
        zs[s] = z[i]
    epot = 0.0
    for k in prange(n):
        i = order[k]
        c = cell[i]
        cz = c % ncz
        cy = (c // ncz) % ncy
        cx = c // (ncz * ncy)
        xi, yi, zi = xs[k], ys[k], zs[k]
        ax = 0.0
        ay = 0.0
        az = 0.0
        e = 0.0
        for ox in range(-1, 2):
            wx = cx + ox
            sx = 0.0
            if wx < 0:
                wx += ncx
                sx = -lx
            elif wx >= ncx:
                wx -= ncx
                sx = lx
            for oy in range(-1, 2):
                wy = cy + oy
                sy = 0.0
                if wy < 0:
                    wy += ncy
                    sy = -ly
                elif wy >= ncy:
                    wy -= ncy
                    sy = ly
                for oz in range(-1, 2):
                    wz = cz + oz
                    sz = 0.0
                    if wz < 0:
                        wz += ncz
                        sz = -lz
                    elif wz >= ncz:
                        wz -= ncz
                        sz = lz
                    cc = (wx * ncy + wy) * ncz + wz
                    for j in range(first[cc], first[cc + 1]):
                        dx = xi - (xs[j] + sx)
                        dy = yi - (ys[j] + sy)
                        dz = zi - (zs[j] + sz)
                        r2 = dx * dx + dy * dy + dz * dz
                        if r2 < RC2 and j != k:
                            s2 = SIG2 / r2
                            s6 = s2 * s2 * s2
                            f = EPS4 * s6 * (12.0 * s6 - 6.0) / r2
                            ax += f * dx
                            ay += f * dy
                            az += f * dz
                            e += EPS4 * s6 * (s6 - 1.0) - ESHIFT
        fx[i] = ax
        fy[i] = ay
        fz[i] = az
        epot += 0.5 * e
    return epot


@njit(parallel=True, cache=True)
def kick_drift3d(x, y, z, vx, vy, vz, fx, fy, fz, h, dt, lx, ly, lz):
    for i in prange(x.shape[0]):
        vx[i] = vx[i] + h * fx[i]
        vy[i] = vy[i] + h * fy[i]
        vz[i] = vz[i] + h * fz[i]
        p = x[i] + dt * vx[i]
        q = y[i] + dt * vy[i]
        r = z[i] + dt * vz[i]
        x[i] = p - lx * math.floor(p / lx)
        y[i] = q - ly * math.floor(q / ly)
        z[i] = r - lz * math.floor(r / lz)


@njit(parallel=True, cache=True)
def kick3d(vx, vy, vz, fx, fy, fz, h):
    for i in prange(vx.shape[0]):
        vx[i] = vx[i] + h * fx[i]
        vy[i] = vy[i] + h * fy[i]
        vz[i] = vz[i] + h * fz[i]


def integrate3d(st, p, steps):
    """steps velocity-Verlet steps from the state tuple st (not modified)"""
    x, y, z, vx, vy, vz, fx, fy, fz = (a.copy() for a in st)
    lx, ly, lz = p['l']
    ncx, ncy, ncz = p['nc']
    dt = p['dt']
    h = 0.5 * dt / mc.MASS
    pe = 0.0
    for _ in range(steps):
        kick_drift3d(x, y, z, vx, vy, vz, fx, fy, fz, h, dt, lx, ly, lz)
        pe = forces3d(x, y, z, lx, ly, lz, ncx, ncy, ncz, fx, fy, fz)
        kick3d(vx, vy, vz, fx, fy, fz, h)
    return (x, y, z, vx, vy, vz, fx, fy, fz), pe


def forces_of3d(st, p):
    x, y, z = st[0], st[1], st[2]
    f = [np.empty_like(x) for _ in range(3)]
    pe = forces3d(x, y, z, *p['l'], *p['nc'], *f)
    return f, pe


# ---- 2-D all pairs ---------------------------------------------------------
@njit(parallel=True, cache=True)
def forces2d(x, y, l, rc, fx, fy):
    n = x.shape[0]
    rc2 = rc * rc
    c6 = 1.0 / (rc2 * rc2 * rc2)
    ecut = 4.0 * (c6 * c6 - c6)
    epot = 0.0
    for i in prange(n):
        xi, yi = x[i], y[i]
        ax = 0.0
        ay = 0.0
        e = 0.0
        for j in range(n):
            dx = xi - x[j]
            dy = yi - y[j]
            dx -= l * np.rint(dx / l)
            dy -= l * np.rint(dy / l)
            r2 = dx * dx + dy * dy
            if j != i and r2 < rc2:
                s6 = 1.0 / (r2 * r2 * r2)
                f = 24.0 * (2.0 * s6 * s6 - s6) / r2
                ax += f * dx
                ay += f * dy
                e += 4.0 * (s6 * s6 - s6) - ecut
        fx[i] = ax
        fy[i] = ay
        epot += 0.5 * e
    return epot


@njit(parallel=True, cache=True)
def kick_drift2d(x, y, vx, vy, fx, fy, h, dt, l):
    for i in prange(x.shape[0]):
        vx[i] = vx[i] + h * fx[i]
        vy[i] = vy[i] + h * fy[i]
        p = x[i] + dt * vx[i]
        q = y[i] + dt * vy[i]
        x[i] = p - l * math.floor(p / l)
        y[i] = q - l * math.floor(q / l)


@njit(parallel=True, cache=True)
def kick2d(vx, vy, fx, fy, h):
    for i in prange(vx.shape[0]):
        vx[i] = vx[i] + h * fx[i]
        vy[i] = vy[i] + h * fy[i]


def integrate2d(st, p, steps):
    x, y, vx, vy, fx, fy = (a.copy() for a in st)
    l, rc, dt = p['l'][0], p['rc'], p['dt']
    h = 0.5 * dt
    pe = 0.0
    for _ in range(steps):
        kick_drift2d(x, y, vx, vy, fx, fy, h, dt, l)
        pe = forces2d(x, y, l, rc, fx, fy)
        kick2d(vx, vy, fx, fy, h)
    return (x, y, vx, vy, fx, fy), pe


def forces_of2d(st, p):
    x, y = st[0], st[1]
    f = [np.empty_like(x) for _ in range(2)]
    pe = forces2d(x, y, p['l'][0], p['rc'], *f)
    return f, pe


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 1
    path, reps = sys.argv[1], int(sys.argv[2])
    threads = [int(t) for t in sys.argv[3:]]
    p = mc.read_dump(path)
    dim, n, steps = p['dim'], p['n'], p['steps']
    integ, forces_of = (integrate3d, forces_of3d) if dim == 3 else (integrate2d, forces_of2d)
    print('numba %s (threading layer %s), numpy %s: %d-D, n=%d, %d steps'
          % (numba.__version__, numba.config.THREADING_LAYER, np.__version__, dim, n, steps))
    t0 = time.perf_counter()
    f0, pe0 = forces_of(p['start'], p)           # compiles
    st, pe = integ(p['start'], p, steps)
    print('  compile + first call: %.1f s' % (time.perf_counter() - t0))
    ok = mc.compare('start forces vs hand C', p, None, f0, pe0, p['start'], p['pe_start'])
    ok = mc.compare('after S steps vs hand C', p, st, None, pe, p['final'], p['pe_final']) and ok
    label = 'numba'
    if not ok:
        print('check FAILED\nRESULT impl=%s threads=%d n=%d status=CHECK_FAILED'
              % (label, threads[0], n))
        return 2
    print('check ok')
    try:
        layer = numba.threading_layer()
    except ValueError:
        layer = '?'
    for t in threads:
        if t > numba.config.NUMBA_NUM_THREADS:
            print('RESULT impl=%s threads=%d n=%d status=SKIPPED(NUMBA_NUM_THREADS=%d)'
                  % (label, t, n, numba.config.NUMBA_NUM_THREADS))
            continue
        numba.set_num_threads(t)
        integ(p['start'], p, steps)                # warm-up
        ts = []
        for _ in range(reps):
            t0 = time.perf_counter()
            st2, pe2 = integ(p['start'], p, steps)
            ts.append(time.perf_counter() - t0)
            if not mc.same(p, st2, pe2, st, pe):
                print('  check: the result changed between runs\n'
                      'RESULT impl=%s threads=%d n=%d status=CHECK_FAILED' % (label, t, n))
                return 2
        mc.report(label, t, n, steps, ts, pe, extra='layer=%s' % layer)
    return 0


if __name__ == '__main__':
    sys.exit(main())
