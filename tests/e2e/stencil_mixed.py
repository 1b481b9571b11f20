import numpy as np
H, W, N = 7, 9, 11
f32 = np.float32
img0 = np.array([f32(0.5) + f32((i * 5) % 13) * f32(0.25) for i in range(H * W)], dtype=np.float32).reshape(H, W)
mask = np.array([0 if i % 3 == 0 else 200 + i % 50 for i in range(H * W)]).reshape(H, W)
for it in range(4):
    a = img0.copy()          # the caller's image, updated in place by the rounds that write it
    b = img0.copy()          # out = copy(img)
    last = b                 # no round: the first buffer
    for r in range(it):
        nb = b.copy()
        for i in range(1, H - 1):
            for j in range(1, W - 1):
                if mask[i, j] > 0:
                    nb[i, j] = f32(0.25) * (((a[i - 1, j] + a[i + 1, j]) + a[i, j - 1]) + a[i, j + 1])
                else:
                    nb[i, j] = a[i, j]
        b = nb
        last = b             # the value: the buffer the first parameter named in the last round
        a, b = b, a          # return a, b, m: b's parameter now names the old a
    for v in last.ravel(): print('%.9g' % v)
x = [(i * 7 % 10) * 0.1 for i in range(N)]
def at(k): return x[min(max(k, 0), N - 1)]
for i in range(N):
    print(int(at(i - 1) > 0.5) + int(at(i + 1) > 0.5) + 10 * int(at(i) > 0.5))
