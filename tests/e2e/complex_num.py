import numpy as np
N, M, K = 6, 2, 3
def pz(z):
    for v in np.ravel(z):
        print(repr(float(v.real))); print(repr(float(v.imag)))
def pzf(z):
    for v in np.ravel(z):
        print('%.9g' % np.float32(v.real)); print('%.9g' % np.float32(v.imag))
def pf(x):
    for v in np.ravel(x): print(repr(float(v)))

a = np.array([complex(0.5 * i - 1.0, 0.25 * i + (0.0 if i == 3 else 0.5)) for i in range(N)])
b = np.array([a[i] if i == 2 else complex(1.5 - 0.5 * i, -0.75 + 0.5 * i) for i in range(N)])
x = np.array([2.0 - 0.75 * i for i in range(N)])
pz(a + b); pz(a - x); pz(a * b); pz(a / b); pz(2.5j * a + 1.0)
for v in a == b: print(int(v))
pz(x / a)
pf(np.abs(a)); pz(np.sqrt(a)); pz(np.exp(a)); pz(np.log(a)); pf(a.real); pf(a.imag); pf(np.angle(a)); pz(np.conj(a))
pz(np.sin(a)); pz(np.cos(a))
re = np.array([0.5 * i - 1.25 for i in range(N)], dtype=np.float32)
im = np.array([1.0 - 0.375 * i for i in range(N)], dtype=np.float32)
z = (re + 1j * im).astype(np.complex64)
z = np.array([np.complex64(complex(float(r), float(i))) for r, i in zip(re, im)])
pzf(z * z); pzf(z / (z + np.float32(1.0)))
s = np.complex64(0)
for v in z: s = np.complex64(s + v)
pzf(s)
p = np.complex64(1)
for v in z: p = np.complex64(p * v)
pz(np.complex128(p))
pzf(z * np.complex64(1.5j) - np.float32(2))
A = np.array([complex(0.5 * i - 1.0, 1.0 - 0.5 * (i % 4)) for i in range(M * K)]).reshape(M, K)
pz(np.mean(A)); pz(np.sum(A, 0))
big = A[np.abs(A) > 1.0]
print(len(big)); print(len(big)); pz(big)
zz = complex(1.0, -2.0)
acc = zz * 2 + 1j
pz(np.complex128(acc))
w = np.complex64(complex(0.5, 1.5)); pzf(w * w)
print(repr(float(abs(zz))))
pz(np.complex128(complex(-0.0, -1.5) + zz))
H, W = 12, 16
c = np.complex128(complex(-0.8, 0.156))
for i in range(H):
    for j in range(W):
        zq = np.complex128(complex(-1.5 + 3.0 * j / W, -1.0 + 2.0 * i / H))
        k = 0
        while k < 60 and abs(zq) <= 2.0:
            zq = zq * zq + c
            k += 1
        print(k)
