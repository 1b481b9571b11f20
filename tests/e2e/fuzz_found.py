# dup_label: row ((2 << 63 wraps to 0) % 2 + 2) % 2 = 0 of x1 becomes 0
print('0')
for i in range(5):
    print(1)                     # 10 ** 0.5 != 1
print(4)                         # v5 = [1, 1, 1, 1]
for i in range(4):
    print(repr(-1.5))
print('error:')                  # x0[1] with n = 1
print(0)                         # the comprehension over 2..2 is empty
print('error:')                  # over 2..3: s0 % 0
for v0 in (40, 62):
    print(2 >> v0)               # i64: 0
    print(-3 >> (-7 & 63))       # arithmetic: -1
    print(int(False == (v0 > 100)))
import math, struct
f = struct.unpack('f', struct.pack('f', 0.1))[0]           # 0.1f
print(repr(1.0 + f))
print(repr(-math.atan2(0.75, f)))
print('%.9g' % struct.unpack('f', struct.pack('f', 16777217.0))[0])
print(1)
for i in range(3):
    print(repr((abs(-3.5) + 0.5) ** 0.5))
print('0'); print('0.0')
h = [0] * 5
for _ in range(6): h[36 % 5] += 1
for v in h: print(v)
import numpy as np
x0 = np.array([0.5, -1.5, 2.0], dtype=np.float32); x1 = [2, -1, 1]; n = 3
f = np.float32
s_ = f(math.sinh(float(f(math.sin(float(x0[n % n]))))))     # sinf, sinhf: correctly rounded here
v5 = s_ * np.cumsum(x0)
v3 = x1
idx = max(n, v3[(min(x1) % n + n) % n]) % n
print(1); print('%.4f' % np.float32(x0[idx] - v5[((3 << n) % n + n) % n])); print(n - 1)
for i in range(n - 1): print(1)
print(-2); print(-2)
print(-2); print(-2)
print(8); print(0.25)
print(1); print(1)
print((2 ^ 39) + 3)
acc = 0
for k in range(2): acc += k
acc = (((6 << 63) % 2**64) + acc)
acc = acc - 2**64 if acc >= 2**63 else acc
print(6 + acc); print(6 + acc + 1)
print(-9223372036854775808); print(-9223372036854775807)
for x, y in zip([2, 3, 4, 5, 6], [-9.0] * 5): print(repr(float(x))); print(repr(float(y)))
for v in [14.0, 20.0, 30.0, 44.0]: print(repr(v))
print(9)
print(1); print(0)
print(2); print(65535)
print('error:')                  # fill(i16(1), -1)
print(3); print(1)
for x in (1.0, 2.0, 3.0): print(repr(3 * 1.5 * x))
print(3); print(1.25); print(1.25); print(4)
for v in [1.5 + 8.0] * 3 + [1.5 - 8.0] * 2: print(repr(v))   # broadcast_call_extent
print(3); print(1.0); print(3); print(6.0)                     # return_extent_checked
print('error:')                                                # three(x) with p = 2
print(3); print(1.0); print(1.0)
v = [3, -1, 4]                                                 # gen_offset
for k, g in zip(range(3), range(2, 5)): print(min(x * k for x in v)); print(max(x + g for x in v))
h = [0, 0, 0]                                                  # hist_gen
for g in range(2, 7 + 2): h[g % 3] += 1
for c in h: print(c)
x = [1.0, 2.0, 4.0, 8.0, 16.0]                                 # stencil_param_alias: the caller's x0 is b3
b4 = list(x)
b3 = [(b4[i] - b4[i + 1]) * 0.5 for i in range(4)] + [0.0]
print(repr(sum(b3) * 10.0 + b4[4])); print(b3[0]); print(b3[3]); print(b3[4])
acc = 0.0                                                      # nanfree_lambda_acc
for _ in range(4): acc += 0.1
for _ in range(4): print(repr(acc))
