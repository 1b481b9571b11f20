import numpy as np
np.seterr(all='ignore')
a = np.array([-0.0, -np.inf, np.inf, np.nan, 4.0, 2.0, 0.0, -2.0, 1e-310, 0.25, 1e300, 3.0])
y = np.array([0.5, 0.5, -0.5, 0.0, 0.5, 3.0, -1.0, 2.0, 0.5, -0.5, 0.5, 1.5])
def pf(v):
    for t in v: print(repr(float(t)), 0 if np.isnan(t) else int(np.signbit(t)))
pf(np.power(a, 0.5)); pf(np.power(a, 0.5)); pf(np.power(a, 0.5)); pf(np.power(a, 3.0))
af = np.array([-0.0, -np.inf, np.inf, np.nan, 4.0, 2.25, 0.0, -2.0, 16.0, 0.0625, 1048576.0, 9.0], dtype=np.float32)
pf(np.power(af, np.float32(0.5)))
pf(np.power(a, 2.0))
b = np.array([float.fromhex('-0x1.7acbe472662ddp+72'), float.fromhex('0x1.2c30ba47b8432p+272'), float.fromhex('0x1.6d3e124f84d8p+450')])
pf(np.power(b, 2.0)); pf(np.power(a, y))
pf(np.power(a[:3], 0.5))
