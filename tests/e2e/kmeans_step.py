import numpy as np

N, K = 2000, 5
M64 = 1 << 64
state = 12345


def u01():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % M64
    return (state >> 11) * (1.0 / 9007199254740992.0)


def wrap(v):
    v %= M64
    return v - M64 if v >= M64 >> 1 else v


tcx = [1.0, 5.0, 3.0, 8.0, 7.0]
tcy = [1.0, 2.0, 6.0, 8.0, 3.0]
px = np.empty(N)
py = np.empty(N)
for i in range(N):
    u = u01()
    v = u01()
    px[i] = tcx[i % K] + 2.4 * (u - 0.5)
    py[i] = tcy[i % K] + 2.4 * (v - 0.5)
cx = np.array([0.5, 4.0, 3.5, 9.0, 50.0])
cy = np.array([0.5, 1.0, 5.0, 9.5, 50.0])

for step in range(3):
    d = (px[:, None] - cx[None, :]) ** 2.0 + (py[:, None] - cy[None, :]) ** 2.0
    assign = np.argmin(d, axis=1)              # first index of the minimum
    counts = np.array([np.count_nonzero(assign == c) for c in range(K)])
    sx = np.array([np.sum(np.where(assign == c, px, 0.0)) for c in range(K)])
    sy = np.array([np.sum(np.where(assign == c, py, 0.0)) for c in range(K)])
    nx = np.where(counts > 0, sx / np.maximum(counts, 1), cx)
    ny = np.where(counts > 0, sy / np.maximum(counts, 1), cy)
    inertia = np.sum((px - nx[assign]) ** 2.0 + (py - ny[assign]) ** 2.0)
    if step == 0:
        for a in assign:
            print(int(a))
    else:
        h = 0
        for a in assign.tolist():
            h = (h * 31 + a) % M64
        print(wrap(h))
    for c in counts:
        print(int(c))
    for c in range(K):
        print('%.17g' % nx[c]); print('%.17g' % ny[c])
    print('%.17g' % inertia)
    cx, cy = nx, ny
