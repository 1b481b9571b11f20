# Reference for trap_stops_accesses: plain Python, stopping at the first
# integer division or remainder by zero (LANGUAGE.md section 8).
N = 10000
a = [1 + i % 4 for i in range(N)]
a5 = [5 * x for x in a]
b = [5] * N
c = [0.5, 1.5, 2.5, 3.5]


class Trap(Exception):
    pass


def mod(x, y):
    if y == 0:
        raise Trap
    r = abs(x) % abs(y)
    return -r if x < 0 else r


def div(x, y):
    if y == 0:
        raise Trap
    q = abs(x) // abs(y)
    return -q if (x < 0) != (y < 0) else q


def show(f):
    try:
        v = f()
    except Trap:
        print("error:")
        return
    print(repr(float(v)) if isinstance(v, float) else v)


def store_after(n):
    w = [0.0] * max(n - 2, 0)
    v = w[1:max(n - 2, 1)]
    x = v[mod(1, len(v))]
    v[0] = x
    return 1.0


for n in range(1, 5):
    show(lambda: store_after(n))


def gather(n):
    return sum(c[mod(a[i], b[i]) - 1] * 2.0 for i in range(n))


def gather_let(n):
    return sum(c[mod(a[i], b[i]) - 1] + 1.0 for i in range(n))


def sum_gather(n):
    return sum(c[div(a5[i], b[i]) - 1] for i in range(n))


show(lambda: gather(N))
show(lambda: gather_let(N))
show(lambda: sum_gather(N))
b[7777] = 0
show(lambda: gather(N))
show(lambda: gather_let(N))
show(lambda: sum_gather(N))
b[7777] = 5
b[3] = 0
show(lambda: gather(10))
show(lambda: gather_let(10))
show(lambda: sum_gather(10))


def branch(cs, k):
    return cs[0] if div(k, len(cs)) == 0 else cs[len(cs) - 1]


show(lambda: branch(c, 3))
show(lambda: branch(c, 9))
show(lambda: branch([], 3))


def loop(k):
    i = 0
    s = 0.0
    while div(i, k) < 3 and i < 100:
        s += c[i]
        i += 1
    return s + i


for q in range(2):
    show(lambda: loop(q))


def scan(vals):
    out, acc = [], 1
    for y in vals:
        acc = div(acc, y) + 1
        out.append(acc)
    return out


def show_scan(f):
    try:
        s = f()
    except Trap:
        print("error:")
        return
    print(s[N // 2], s[N - 1])


b = [1 + i % 7 for i in range(N)]
show_scan(lambda: scan(b))
b[N // 3] = 0
show_scan(lambda: scan(b))


def rows():
    out = []
    for r in range(100):
        s = scan(b[100 * r:100 * r + 100])
        out.append(s[99] + s[50])
    return out


def show_rows(f):
    try:
        s = f()
    except Trap:
        print("error:")
        return
    print(s[50], s[99])


show_rows(rows)
b[N // 3] = 5
show_rows(rows)

# the first failure's message
print("failed: remainder")      # nest(7, 5, 0)
print("ok")                     # nest(7, 5, 3): 7 / 2
print("failed: remainder")      # nest_map: 8 % 0 at element 1
print("failed: remainder")      # nest_pow(7, 5, 0)
print("ok")                     # nest_pow(7, 5, 3): 7 ** 1
