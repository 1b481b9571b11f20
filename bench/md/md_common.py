"""Shared pieces of numba_md.py and numpy_md.py: the constants (as hand.h),
the state files written by the C drivers, the 1e-9 comparisons (as
bench3d.c / bench2d.c) and the RESULT line."""
import statistics

import numpy as np

SIGMA = 2.315                       # Angstrom
EPSILON = 0.167                     # eV
CUTOFF = 2.5 * SIGMA                # 5.7875 Angstrom
MASS = 63.55 * 1.660538921e-27 * 1.0e-20 / (1.0e-30 * 1.602176565e-19)  # eV fs^2/A^2
TOL = 1e-9


def read_dump(path):
    """int64 magic, dim, n, steps, ncx, ncy, ncz, 0; float64 lx, ly, lz, dt,
    pe_final, pe_start, rc, 0; then the start and the final state, each
    x y z vx vy vz fx fy fz (3-D) or x y vx vy fx fy (2-D), n float64 each"""
    raw = np.fromfile(path, dtype=np.float64)
    h = raw[:8].view(np.int64)
    if h[0] != 0x4d44 or h[1] not in (2, 3):
        raise ValueError('%s: not a bench/md state file' % path)
    dim, n, steps = int(h[1]), int(h[2]), int(h[3])
    d = raw[8:16]
    na = 9 if dim == 3 else 6
    a = raw[16:16 + 2 * na * n].reshape(2 * na, n)
    if a.shape[0] != 2 * na:
        raise ValueError('%s: truncated' % path)
    return {
        'dim': dim, 'n': n, 'steps': steps,
        'nc': (int(h[4]), int(h[5]), int(h[6])),
        'l': (float(d[0]), float(d[1]), float(d[2])),
        'dt': float(d[3]), 'pe_final': float(d[4]), 'pe_start': float(d[5]),
        'rc': float(d[6]),
        'start': tuple(np.ascontiguousarray(a[k]) for k in range(na)),
        'final': tuple(np.ascontiguousarray(a[na + k]) for k in range(na)),
        # forces relative to their largest magnitude, at least this (the
        # start states are perfect lattices with forces ~0)
        'fscale': EPSILON / SIGMA if dim == 3 else 1.0,
    }


def _split(p, st):
    d = p['dim']
    return st[:d], st[d:2 * d], st[2 * d:3 * d]


def compare(what, p, st, forces, pe, ref, ref_pe):
    """prints one line like the C drivers; st: a full state or None (then
    only `forces` are compared)"""
    rx, rv, rf = _split(p, ref)
    dp = dv = 0.0
    if st is not None:
        x, v, forces = _split(p, st)
        for a, b, l in zip(x, rx, p['l']):
            dd = a - b
            dd -= l * np.round(dd / l)
            dp = max(dp, float(np.max(np.abs(dd))) / l)
        vs = max(float(np.max(np.abs(b))) for b in rv)
        dv = max(float(np.max(np.abs(a - b))) for a, b in zip(v, rv)) / vs
    fs = max(max(float(np.max(np.abs(b))) for b in rf), p['fscale'])
    df = max(float(np.max(np.abs(a - b))) for a, b in zip(forces, rf)) / fs
    de = abs(pe - ref_pe) / abs(ref_pe)
    ok = all(e <= TOL for e in (dp, dv, df, de))     # False for NaN
    print('  check %s: rel. diff positions %.2e velocities %.2e forces %.2e energy %.2e (tol %.0e): %s'
          % (what, dp, dv, df, de, TOL, 'ok' if ok else 'FAILED'))
    return ok


def same(p, st, pe, ref, ref_pe):
    """the result of a timed run agrees with the checked one"""
    for a, b in zip(st, ref):
        if not np.allclose(a, b, rtol=0, atol=TOL * max(1e-300, float(np.max(np.abs(b))))):
            return False
    return abs(pe - ref_pe) <= TOL * abs(ref_pe)


def report(label, threads, n, steps, ts, pe, extra=''):
    print('  times (ms): ' + ' '.join('%.3f' % (1e3 * t) for t in ts))
    med = statistics.median(ts)
    us = med / (n * steps) * 1e6
    print('  median %.3f ms per %d steps, %.4f us/atom/step' % (1e3 * med, steps, us))
    print('RESULT impl=%s threads=%d n=%d steps=%d median_ms=%.4f min_ms=%.4f '
          'us_per_atom_step=%.5f pe=%.17g %sstatus=ok'
          % (label, threads, n, steps, 1e3 * med, 1e3 * min(ts), us, pe,
             extra + ' ' if extra else ''))
