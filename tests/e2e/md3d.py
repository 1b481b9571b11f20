# Independent NumPy reference for md3d (the 3-D link-cell sample): copper
# with CoMD's Lennard-Jones parameters in eV / Angstrom / fs. Forces from all
# pairs with the minimum-image convention (no cells), energy shifted to zero
# at the cutoff (force not shifted), velocity Verlet.
import numpy as np

NC = 5
N = 4 * NC ** 3
a, dt, steps = 3.615, 1.0, 5
l = NC * a
sigma, eps = 2.315, 0.167
rc = 2.5 * sigma
m = 63.55 * 1.660538921e-27 * 1e-20 / (1e-30 * 1.602176565e-19)   # amu -> eV fs^2 / A^2

# fcc lattice: 4 basis sites per cubic cell, offset by a/4, displaced
basis = np.array([[0, 0, 0], [0.5, 0.5, 0], [0.5, 0, 0.5], [0, 0.5, 0.5]])
i = np.arange(N)
cell = np.stack([i // 4 // (NC * NC), i // 4 // NC % NC, i // 4 % NC], axis=1)
k = np.arange(3)
pos = a * (cell + basis[i % 4] + 0.25) + 0.1 * np.sin(i[:, None] * 1.3 + k[None, :])
pos = pos - l * np.floor(pos / l)
vel = 0.005 * np.cos(i[:, None] * 0.7 + 2.0 * k[None, :] + 0.5)

def lj(r):
    """pair energy and the magnitude of the (repulsive-positive) force"""
    sr6 = (sigma / r) ** 6
    return 4 * eps * (sr6 * sr6 - sr6), 24 * eps * (2 * sr6 * sr6 - sr6) / r

def forces(pos):
    d = pos[:, None, :] - pos[None, :, :]          # d[i, j] = r_i - r_j
    d -= l * np.round(d / l)                       # minimum image
    r = np.sqrt((d * d).sum(axis=2))
    inside = (r < rc) & ~np.eye(N, dtype=bool)
    rs = np.where(inside, r, rc)
    e, f = lj(rs)
    ecut, _ = lj(rc)
    e = np.where(inside, e - ecut, 0.0)
    f = np.where(inside, f, 0.0)
    force = ((f / rs)[:, :, None] * d).sum(axis=1)
    return force, np.triu(e, 1).sum()              # each pair once

def kinetic(vel):
    return 0.5 * m * (vel * vel).sum()

def show(v):
    for q in v:
        print(repr(float(q)))

f, pe = forces(pos)
for _ in range(2):                                 # link cells, then all pairs
    for c in range(3):
        show(f[:, c])
    print(repr(float(pe)))
print(repr(float(kinetic(vel))))
print(repr(float(m)))
for s in range(steps):
    vel = vel + 0.5 * dt * f / m
    pos = pos + dt * vel
    pos = pos - l * np.floor(pos / l)
    f, pe = forces(pos)
    vel = vel + 0.5 * dt * f / m
for arr in (pos, vel, f):
    for c in range(3):
        show(arr[:, c])
print(repr(float(pe)))
print(repr(float(kinetic(vel))))
