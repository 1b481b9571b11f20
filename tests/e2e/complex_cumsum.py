# Reference for complex_cumsum: NumPy's cumsum of complex arrays.
import numpy as np

N = 3000
fr = lambda i: 0.25 + ((i * 37) % 101) / 101.0
fi = lambda i: -0.5 + ((i * 53) % 97) / 97.0
a = np.array([complex(fr(i), fi(i)) for i in range(N)])
af = np.array([complex(fi(i + 1), fr(i + 2)) for i in range(N)]).astype(np.complex64)
x = np.array([fr(i + 3) for i in range(N)])


def pz(z):
    print("%.17g %.17g" % (z.real, z.imag))


for z in np.cumsum(a)[::7]:
    pz(z)
pz(np.cumsum(a[:1])[0])
print("empty")
for z in np.cumsum(af)[::7]:
    print("%.9g %.9g" % (z.real, z.imag))
pz(np.cumsum(a * x + 1j)[-1])
