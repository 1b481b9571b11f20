N = 16


def wrap(v, bits):
    m = 1 << bits
    v %= m
    return v - m if v >= m >> 1 else v


def shl(x, s, bits):
    return wrap(x << (s % bits), bits)


def shr(x, s, bits):
    return x >> (s % bits)      # Python >> on ints is arithmetic


def pl(v):
    for e in v:
        print(int(e))


I64MAX, I64MIN = 2**63 - 1, -2**63
I32MAX, I32MIN = 2**31 - 1, -2**31
a = [0, 1, -1, 5, -5, 123456789012345, -987654321098, I64MAX, I64MIN,
     0x0F0F0F0F0F0F0F0F, -3, 255, 1 << 40, 77, -1000000007, 42]
s = [0, 1, 63, 64, 65, 127, 3, 1, 1, 4, 66, 200, 23, 62, 128, 7]
b = [((i * 7919) % 101 - 50) * 1000003 for i in range(N)]
a32 = [((i * 7919) % 101 - 50) * 40000 for i in range(N)]
b32 = [i * 12345 - 77777 for i in range(N)]
s32 = [v % 50 for v in s]
a32[0] = I32MAX
a32[1] = I32MIN

pl([x & y for x, y in zip(a, b)])
pl([x | y for x, y in zip(a, b)])
pl([x ^ y for x, y in zip(a, b)])
pl([~x for x in a])
pl([shl(x, c, 64) for x, c in zip(a, s)])
pl([shr(x, c, 64) for x, c in zip(a, s)])
pl([x & y for x, y in zip(a32, b32)])
pl([x | (y ^ x) for x, y in zip(a32, b32)])
pl([~x for x in a32])
pl([shl(x, c, 32) for x, c in zip(a32, s32)])
pl([shr(x, c, 32) for x, c in zip(a32, s32)])
pl([shl(x, 65, 64) for x in a])
pl([shr(x, 64, 64) for x in a])
pl([shl(x, 33, 32) for x in a32])
pl([shr(x, 35, 32) for x in a32])
k = [i % 13 for i in range(N)]
pl([int((x & 3) == 1) for x in k])
pl([shl(1, x, 64) & (7 + 1) for x in k])
pl([(x ^ 5) | (2 & x) for x in k])
pl([wrap(~x + 1, 64) for x in k])
ps = [-12345, 1, 987654321, I64MIN]
qs = [3, 63, 70, 64]
for p, q in zip(ps, qs):
    print(shl(p, q, 64))
    print(shr(p, q, 64))
    print((p ^ q) & ~(p | 255))
