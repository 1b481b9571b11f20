N = 40


def cdiv(a, b):                 # C division: truncation toward zero
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def cmod(a, b):                 # C remainder: sign of the dividend
    return a - b * cdiv(a, b)


def pl(v):
    for e in v:
        print(int(e))


a = [(i * 7919) % 101 - 50 for i in range(N)]
b = [(-1 if i % 2 else 1) * (i % 5 + 1) for i in range(N)]
a32 = [x * 1000 + 7 for x in a]
b32 = [x * 13 for x in b]
pl([cdiv(x, y) for x, y in zip(a, b)])
pl([cmod(x, y) for x, y in zip(a, b)])
pl([cdiv(x, y) for x, y in zip(a32, b32)])
pl([cmod(x, y) for x, y in zip(a32, b32)])
pl([cdiv(x, 4) for x in a])
pl([cmod(-7, y) for y in b])
pl([cmod(x, 3) * 2 for x in a])
for p, q in zip([7, -7, 7, -7, 0, 1000000000000], [2, 2, -2, -2, -5, -7]):
    print(cdiv(p, q))
    print(cmod(p, q))
print(1)
