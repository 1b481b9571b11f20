# Independent NumPy reference for md2d: LJ forces with minimum image and a
# cutoff, energy shifted at the cutoff, velocity Verlet.
import numpy as np
NX = 6
N = NX * NX
a, rc, dt = 1.15, 2.5, 0.004
l = a * NX
i = np.arange(N)
x = a * (0.5 + i % NX) + 0.05 * ((i * 7) % 5 - 2)
y = a * (0.5 + i // NX) + 0.04 * ((i * 3) % 7 - 3)
vx = 0.1 * ((i * 5) % 9 - 4)
vy = 0.1 * ((i * 11) % 7 - 3)

def forces(x, y):
    dx = x[:, None] - x[None, :]
    dy = y[:, None] - y[None, :]
    dx = dx - l * np.round(dx / l)
    dy = dy - l * np.round(dy / l)
    r2 = dx * dx + dy * dy
    np.fill_diagonal(r2, np.inf)
    inside = r2 < rc * rc
    r2s = np.where(inside, r2, 1.0)
    s6 = 1.0 / r2s ** 3
    f = np.where(inside, 24.0 * (2.0 * s6 * s6 - s6) / r2s, 0.0)
    ecut = 4.0 * (rc ** -12 - rc ** -6)
    e = np.where(inside, 4.0 * (s6 * s6 - s6) - ecut, 0.0)
    return (f * dx).sum(axis=1), (f * dy).sum(axis=1), 0.5 * e.sum()

fx, fy, pe = forces(x, y)
for k in range(N):
    print(repr(float(fx[k])), repr(float(fy[k])))
print(repr(float(pe)))
print(repr(float(0.5 * np.sum(vx * vx + vy * vy))))
for s in range(10):
    vx = vx + 0.5 * dt * fx
    vy = vy + 0.5 * dt * fy
    x = x + dt * vx
    y = y + dt * vy
    x = x - l * np.floor(x / l)
    y = y - l * np.floor(y / l)
    fx, fy, pe = forces(x, y)
    vx = vx + 0.5 * dt * fx
    vy = vy + 0.5 * dt * fy
for k in range(N):
    print(repr(float(x[k])), repr(float(y[k])), repr(float(vx[k])), repr(float(vy[k])))
print(repr(float(pe)))
