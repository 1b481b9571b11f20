# Reference for complex_linalg: NumPy's dot, @ and outer (no conjugation).
import numpy as np

N, M, K, P = 300, 40, 33, 50
fr = lambda i: 0.25 + ((i * 37) % 101) / 101.0
fi = lambda i: -0.5 + ((i * 53) % 97) / 97.0
a = np.array([complex(fr(i), fi(i)) for i in range(M * K)]).reshape(M, K)
af = a.astype(np.complex64)
ra = np.array([fi(i + 5) for i in range(M * K)]).reshape(M, K)
b = np.array([complex(fi(i + 1), fr(i + 2)) for i in range(K * P)]).reshape(K, P)
x = np.array([complex(fr(i + 3), fi(i + 4)) for i in range(N)])
y = np.array([complex(fi(i + 6), -fr(i)) for i in range(N)])
re = np.array([fr(i + 7) for i in range(N)])
xf = np.array([complex(fi(i), fr(i + 9)) for i in range(K)]).astype(np.complex64)


def pz(z):
    print("%.17g %.17g" % (z.real, z.imag))


pz(np.dot(x, y))
pz(np.dot(x, re))
pz(np.dot(x[:0], y[:0]))
for z in (a @ b).ravel():
    pz(z)
for z in af @ xf:
    print("%.9g %.9g" % (z.real, z.imag))
for z in x[:M] @ ra:
    pz(z)
for z in np.outer(x[:M], y[:K]).ravel():
    pz(z)
