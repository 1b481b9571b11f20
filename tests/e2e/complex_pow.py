# Reference for complex_pow: NumPy's ** of complex numbers.
import numpy as np

N = 40
fr = lambda i: -1.5 + ((i * 37) % 101) / 33.0
fi = lambda i: -1.25 + ((i * 53) % 97) / 39.0
a = np.array([complex(fr(i), fi(i)) for i in range(N)])
af = np.array([complex(fi(i + 1), fr(i + 2)) for i in range(N)]).astype(np.complex64)
x = np.array([0.1 + i / 8.0 for i in range(N)])


def pd(v):
    return " nan" if np.isnan(v) else " %.17g" % v


def pz(z):
    print(pd(z.real) + pd(z.imag))


np.seterr(all='ignore')
ws = [(0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (7, 0), (-1, 0), (-2, 0), (-5, 0), (13, 0), (99, 0),
      (-99, 0), (100, 0), (0.5, 0), (-2.5, 0), (1, 1), (0, -2), (2, 0.5)]
zs = [(1.25, -0.5), (-0.75, 0.25), (0, 1), (-1, 0), (0.5, 0)]
for zr, zi in zs:
    for wr, wi in ws:
        pz(np.complex128(complex(zr, zi)) ** np.complex128(complex(wr, wi)))
for wr, wi in [(2, 0), (0.5, 0), (0, 0), (-1, 0), (1, 1), (0, 1)]:
    pz(np.complex128(0) ** np.complex128(complex(wr, wi)))
for z in a ** 2:
    pz(z)
for k in (0, 1, 2, 5, -3, 64, -99, 120):
    # arr: c64 ** i64 is c64 (the exponent converted to c64), so NumPy's c64 power
    for z in (af ** np.complex64(k))[::3]:
        pz(z)
for z in x ** np.complex128(0.5 - 1.5j):
    pz(z)
for z in a ** -3 + a ** 1.5 + 2.0 ** a:
    pz(z)
