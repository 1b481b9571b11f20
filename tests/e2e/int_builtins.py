N = 21


def sign(v):
    return (v > 0) - (v < 0)


def pl(v):
    for e in v:
        print(int(e))


a = [((i * 7919) % 101 - 50) * 100000000000 for i in range(N)]
c = [(i % 7 - 3) * 100000000000 for i in range(N)]
b = [(i * 31) % 17 - 8 for i in range(N)]
d = [i % 5 - 2 for i in range(N)]
a[3] = 2**63 - 1
a[4] = -2**63 + 1
a[5] = 0
b[6] = 2**31 - 1
b[7] = -2**31 + 1
pl([abs(v) for v in a]); pl([sign(v) for v in a])
pl([abs(v) for v in b]); pl([sign(v) for v in b])
pl([min(x, y) for x, y in zip(a, c)])
pl([max(x, y) for x, y in zip(a, c)])
pl([max(x, 0) for x in a])
pl([min(3, y) for y in c])
pl([min(x, y) for x, y in zip(b, d)])
pl([max(x, 1) for x in b])
pl([min(max(x, -5), 4000000000) for x in b])
