# Independent reference: plain Python integers reduced to each C type by
# hand (two's complement wrapping), C's truncating / and %, and the
# saturating float-to-integer conversion of LANGUAGE.md section 8.
import math
N = 8
BITS = {'i8': 8, 'i16': 16, 'i32': 32, 'i64': 64, 'u8': 8, 'u16': 16, 'u32': 32, 'u64': 64}

def wrap(v, t):
    b = BITS[t]
    v %= 1 << b
    if t[0] == 'i' and v >= 1 << (b - 1):
        v -= 1 << b
    return v

def cdiv(a, b):
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q

def cmod(a, b):
    return a - cdiv(a, b) * b

def sat(x, t):
    if math.isnan(x):
        return 0
    b = BITS[t]
    lo, hi = (0, (1 << b) - 1) if t[0] == 'u' else (-(1 << (b - 1)), (1 << (b - 1)) - 1)
    if x <= lo:
        return lo
    if x >= hi + 1:
        return hi
    return int(x)          # truncation toward zero

def f32(x):
    import struct
    return struct.unpack('f', struct.pack('f', x))[0]

def out(vals):
    for v in vals:
        print(int(v))

a8 = [-128, -1, 0, 1, 127, 100, -100, 55]
b8 = [-1, 127, -128, 2, 1, -3, 7, -55]
out(wrap(x + y, 'i8') for x, y in zip(a8, b8))
out(wrap(x - y, 'i8') for x, y in zip(a8, b8))
out(wrap(x * y, 'i8') for x, y in zip(a8, b8))
out(wrap(cdiv(x, y), 'i8') for x, y in zip(a8, b8))
out(wrap(cmod(x, y), 'i8') for x, y in zip(a8, b8))
out(wrap(-x, 'i8') for x in a8)

ua = [0, 1, 2, 127, 128, 200, 254, 255]
ub = [255, 3, 254, 128, 1, 100, 0, 255]
out(wrap(x + y, 'u8') for x, y in zip(ua, ub))
out(wrap(x - y, 'u8') for x, y in zip(ua, ub))
out(wrap(x * y, 'u8') for x, y in zip(ua, ub))
out(wrap(~x, 'u8') for x in ua)
out(x >> 3 for x in ua)
out(wrap(x << (13 % 8), 'u8') for x in ua)
out(x // (y | 1) for x, y in zip(ua, ub))

w = [0, 1, 255, 256, 32767, 32768, 40000, 65535]
out(wrap(x * x, 'u16') for x in w)
s = [wrap(x, 'i16') for x in w]
out(wrap(x * x, 'i16') for x in s)
out(wrap(x ** 3, 'i16') for x in s)

b32 = [-5, 0, 2147483647 - 200, -2147483648, 7, 1000, -1000, 3]
c32 = [0, 1, 4294967295, 3000000001, 2999999999, 5, 6, 7]
out(wrap(x + y, 'i32') for x, y in zip(ua, b32))
out(wrap(x + y, 'u32') for x, y in zip(c32, ua))
print(sum(ua))
print(sum(wrap(x, 'i8') for x in ua))
out(1 if x > 3000000000 else 0 for x in c32)

nan = float('nan')
x = [-1.5, 0.0, 0.9, 255.9, 256.0, 1e20, -1e20, nan]
y = [f32(v) for v in [-1.5, 65535.5, 65536.0, 4294967296.0, 1e30, 3.99, nan, 70000.0]]
out(sat(v, 'u8') for v in x)
out(sat(v, 'i8') for v in x)
out(sat(v, 'u64') for v in x)
out(sat(v, 'i16') for v in x)
out(sat(v, 'u16') for v in y)
out(sat(v, 'u32') for v in y)

v = [300, -1, -129, 65536 + 7, -2147483648 - 3, 4294967296 + 5, 40000, -9]
for t in ('i8', 'u8', 'u16', 'u32', 'i16', 'u64'):
    out(wrap(e, t) for e in v)

print(255); print(-128); print(18446744073709551615); print(4000000000); print(-32768); print(255)

c = [0, 1, 9223372036854775807, 9223372036854775808, 9223372036854775809, 18446744073709551615, 3, 12345678901234567890]
b16 = [-32768, -1, 0, 1, 32767, -7, 100, -100]
out(e >> 31 for e in c32)
out(e >> 2 for e in b16)                       # Python's >> on ints is arithmetic
out(wrap(e << (35 % 32), 'u32') for e in c32)
out(e >> 63 for e in c)
out(wrap(e << 15, 'i16') for e in b16)

print(min(w)); print(max(w)); print(sum(w)); print(w.index(max(w)))
out(sorted(range(N), key=lambda i: w[i]))
out(wrap(e + (1 if e else 0), 'u16') for e in w)

out(1 if e > 9223372036854775808 else 0 for e in c)
print(max(c))
out(e // 3 for e in c)

print('error:')                                # divzero: 254 / 0

q0 = wrap(wrap(100 * 3, 'i8') + 100, 'i8')
q1 = wrap(wrap(0 - 1, 'u16') << 4, 'u16')
q2 = wrap(65537 * 65537, 'u32')
q3 = 0 - (65537 & 255)
print(q0); print(q1); print(q2); print(q3)
