import numpy as np
N = 200003
s = 7
x = np.empty(N); keys = np.empty(N, dtype=np.int64)
for i in range(N):
    s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
    x[i] = float(s >> 11) / 9007199254740992.0
    keys[i] = (s >> 33) % 37
for k in (1, 10, 37, 3000, 4096):
    for n in (N, 5000, 17):
        b = np.minimum((x[:n] * float(k)).astype(np.int64), k - 1)
        h = np.bincount(b, minlength=k)
        print(int(h[0]), int(np.sum(h * (np.arange(k) % 7 + 1))))
h = np.bincount(keys, minlength=37) * 2 + 1
print(int(h[36]), int(np.sum(h * (np.arange(37) + 1))))
print("error:")
print("error:")
print("empty ok")
print("error:")
h = np.bincount(keys[:N - 1], minlength=37) * 2 + 1
print(int(h[0]), int(np.sum(h * (np.arange(37) + 1))))
print("error:")
