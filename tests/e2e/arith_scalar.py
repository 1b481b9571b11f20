def pf(v):
    print('%.17g' % v)


def wrap(v, bits):
    m = 1 << bits
    v %= m
    return v - m if v >= m >> 1 else v


xs = [1.5, -2.25, 0.0, 3.0, -0.5]
ys = [0.5, -2.25, 4.0, 3.0, 7.25]
for k in range(5):
    x, y = xs[k], ys[k]
    pf((x + y) * (x - y) / (1.0 + x * x) - -y)
    for c in (x < y, x <= y, x > y, x >= y, x == y, x != y):
        print(int(c))
    kk = 2 * k
    pf(x * 2.0 if x > 0.0 else (-x if kk > 3 else 0.5))

ps = [5, -7, 123456789, 0, 40000]
qs = [3, 11, -987654, 0, -3]
for k in range(5):
    p, q = ps[k], qs[k]
    print(wrap((p + q) * (p - q) - 3 * p + q, 64))
    print(wrap(p * q - (p + 7) * 2, 32))
    for c in (p < q, p == q, p >= q):
        print(int(c))

for k in range(4):
    p, q = bool(k & 1), bool(k & 2)
    for c in (p and q, p or q, not p, (not (p or q)) == ((not p) and (not q))):
        print(int(c))
