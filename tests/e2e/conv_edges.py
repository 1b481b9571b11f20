# Independent reference: the saturating conversion of LANGUAGE.md section 8
# in Python integers (truncation toward zero; NaN gives 0; values past the
# range give its minimum or maximum), on the same inputs as conv_edges.c
# (float32 inputs rounded to float32 with struct).
import math
import struct

BITS = {'i8': 8, 'i16': 16, 'i32': 32, 'i64': 64, 'u8': 8, 'u16': 16, 'u32': 32, 'u64': 64}


def sat(x, t):
    if math.isnan(x):
        return 0
    b = BITS[t]
    lo, hi = (0, (1 << b) - 1) if t[0] == 'u' else (-(1 << (b - 1)), (1 << (b - 1)) - 1)
    if math.isinf(x):
        return hi if x > 0 else lo
    v = math.trunc(x)
    return min(max(v, lo), hi)


def cval(s):
    s = s.rstrip('f')
    if s in ('INFINITY', '-INFINITY'):
        return math.inf if s[0] != '-' else -math.inf
    if s in ('NAN', '-NAN'):
        return math.nan
    return float(s)


def f32(v):
    return struct.unpack('f', struct.pack('f', v))[0]


XS = ['0.0', '-0.0', '0.5', '-0.5', '-0.999', '-1.0', '-1.5', '1.999',
      '127.9', '128.0', '-128.0', '-128.9', '-129.0', '255.9', '256.0',
      '2147483647.0', '2147483647.9', '2147483648.0', '-2147483648.0', '-2147483648.9', '-2147483649.0',
      '4294967295.0', '4294967295.5', '4294967296.0',
      '9223372036854774784.0', '9223372036854775808.0', '-9223372036854775808.0', '-9223372036854777856.0',
      '18446744073709549568.0', '18446744073709551616.0', '1e300', '-1e300', 'INFINITY', '-INFINITY', 'NAN', '-NAN',
      '4.9e-324', '-4.9e-324', '1e19', '-1e19']
YS = ['0.0f', '-0.5f', '-0.999f', '-1.0f', '32767.9f', '32768.0f', '-32768.0f', '-32769.0f', '65535.5f', '65536.0f',
      '2147483520.0f', '2147483648.0f', '-2147483648.0f', '-2147483904.0f', '4294967040.0f', '4294967296.0f',
      '9223371487098961920.0f', '9223372036854775808.0f', '-9223372036854775808.0f', '-9223373136366403584.0f',
      '18446742974197923840.0f', '18446744073709551616.0f', '3e38f', '-3e38f', 'INFINITY', '-INFINITY', 'NAN', '1e-45f']
x = [cval(s) for s in XS]
y = [f32(cval(s)) for s in YS]


def out(vals):
    for v in vals:
        print(v)


for t in ('i64', 'i32', 'i8', 'u64', 'u32', 'u8'):
    out(sat(v, t) for v in x)
for t in ('i64', 'i32', 'i16', 'u64', 'u32', 'u16'):
    out(sat(v, t) for v in y)
for t in ('i64', 'i32', 'u64', 'u8'):
    out(sat(v, t) for v in x)
h = [0] * 7
for i in range(40000):
    b = min(max(sat(x[i % len(x)] + float(i % 3), 'i64'), 0), 6)
    h[b] += 1
out(h)
