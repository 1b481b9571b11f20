# The reference: NumPy's formulas (the plain product, Smith's quotient) in
# Python floats, each operation rounded on its own; f32 by NumPy float32
# scalars (single operations: no FMA).
import struct
import numpy as np

s = 12345
def rnd():
    global s
    s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
    return float(s >> 11) * 2.0**-53 * 4.0 - 2.0

def h(x): return 'h%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def h32(x): return 'h%08x' % struct.unpack('<I', struct.pack('<f', float(x)))[0]

def mul(ar, ai, br, bi): return (ar * br - ai * bi, ar * bi + ai * br)
def div(ar, ai, br, bi):
    if abs(br) >= abs(bi):
        rat = bi / br; scl = 1.0 / (br + bi * rat)
        return ((ar + ai * rat) * scl, (ai - ar * rat) * scl)
    rat = br / bi; scl = 1.0 / (bi + br * rat)
    return ((ar * rat + ai) * scl, (ai * rat - ar) * scl)

f = np.float32
for i in range(200):
    ar, ai, br, bi = rnd(), rnd(), rnd(), rnd()
    m, d = mul(ar, ai, br, bi), div(ar, ai, br, bi)
    far, fai, fbr, fbi = f(ar), f(ai), f(br), f(bi)
    mf = (far * fbr - fai * fbi, far * fbi + fai * fbr)
    sa, bb = mul(0.7, -1.3, ar, ai), mul(br, bi, br, bi)
    x = (sa[0] + bb[0], sa[1] + bb[1])
    print(' ' + ' '.join([h(m[0]), h(m[1]), h(d[0]), h(d[1]), h32(mf[0]), h32(mf[1]), h(x[0]), h(x[1])]))
