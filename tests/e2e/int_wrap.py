def wrap(v, bits):
    m = 1 << bits
    v %= m
    return v - m if v >= m >> 1 else v


def cdiv(a, b):                 # C division: truncation toward zero
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def cmod(a, b):                 # C remainder: sign of the dividend
    return a - b * cdiv(a, b)


def pl(v):
    for e in v:
        print(int(e))


I32MAX, I32MIN = 2**31 - 1, -2**31
I64MAX, I64MIN = 2**63 - 1, -2**63
a32 = [I32MAX, I32MIN, 2147483000, -5, 0, 65536, 46341, 100000, -2147483647, 12345]
b32 = [1, 1, 2000, 7, -1, 65536, 46341, -100000, 2, -3]
a64 = [I64MAX, I64MIN, 3037000500, 4611686018427387904, -7,
       I64MIN + 5, 1 << 62, 999999999999, -4294967296, 0]
b64 = [1, 1, 3037000500, 2, I64MAX, -6, -(1 << 62), 999999999999, 4294967297, I64MIN]

for bits, a, b in ((32, a32, b32), (64, a64, b64)):
    if bits == 32:
        pl([wrap(x + 1, 32) for x in a])
    else:
        pl([wrap(x + y, 64) for x, y in zip(a, b)])
    pl([wrap(x - y, bits) for x, y in zip(a, b)])
    pl([wrap(x * y, bits) for x, y in zip(a, b)])
    pl([wrap(-x, bits) for x in a])

for p, q in ((I32MAX, I64MAX // 2), (-7, -3074457345618258603)):
    print(wrap(p + 1, 32))
    print(wrap(q * 3, 64))
    print(wrap(p * p, 32))

print(sum(2000000000 - i * 1000 for i in range(100)))

for bits, da, db in ((64, [I64MIN, I64MIN, I64MAX, -7], [-1, 1, -1, 2]),
                     (32, [I32MIN, I32MIN, I32MAX, 7], [-1, 3, -1, -2])):
    pl([wrap(cdiv(x, y), bits) for x, y in zip(da, db)])
    pl([wrap(cmod(x, y), bits) for x, y in zip(da, db)])
