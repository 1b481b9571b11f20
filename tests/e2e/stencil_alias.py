import numpy as np

N, M = 300, 40
x = np.array([((i * 37) % 101) / 10.0 for i in range(N * M)]).reshape(N, M)
print("error:")         # one array for both buffers, 0 rounds
print("error:")         # and 3 rounds
a, b = x.copy(), x.copy()
for r in range(3):
    p = np.concatenate((a[:1], a, a[-1:]))         # clamped rows
    b[:, :] = 0.5 * (p[:-2] + p[2:])
    a, b = b, a
flat = b.reshape(-1)    # after 3 rotations the caller's a holds the last round's input
for i in range(0, N * M, 997):
    print(repr(float(flat[i])))
v = x.reshape(-1)[:N] * 8.0
for i in range(0, N, 37):
    print(repr(float(v[i])))
