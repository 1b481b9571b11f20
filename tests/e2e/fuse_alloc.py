import numpy as np
N = 7
i = np.arange(N, dtype=np.float64)
x, y = 0.5 * i - 1.0, 1.0 - 0.25 * i
vx, vy, f = 0.125 * i, -0.375 * i + 0.5, 0.1 * i - 0.2
def pf(v):
    for t in v: print(repr(float(t)))
for steps in range(4):
    X, Y, VX, VY = x.copy(), y.copy(), vx.copy(), vy.copy()
    k, dt = 2.5, 0.1
    h = 0.5 * dt
    for s in range(steps):
        VX = VX - h * k * X; VY = VY - h * k * Y
        X = X + dt * VX; Y = Y + dt * VY
        VX = VX - h * k * X; VY = VY - h * k * Y
    for r in (X, Y, VX, VY): pf(r)
for n in range(1, 4):
    a = np.zeros(n); a[0] = 5.0
    b = np.ones(n); b[n - 1] = 7.0
    c = a + b[::-1]
    pf(a); pf(b); pf(c)
v = vx + 0.5 * f
m = float(np.sum(v))
w = vy + m * f
pf(v); pf(w); print(repr(m))
