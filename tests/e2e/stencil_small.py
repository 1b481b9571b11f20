def wrap(i, n): return i % n
def mirror(i, n):
    if n == 1: return 0
    p = 2 * n - 2
    r = i % p
    return p - r if r >= n else r
x = [1.0, 2.0, 4.0, 8.0]
for n in range(1, 5):
    a = x[:n]
    for f in (wrap, mirror):
        for i in range(n):
            print(repr(a[f(i - 3, n)] + 10.0 * a[f(i + 2, n)]))
def cdiv(a, b):
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q
k = [3, -7, 11, 20, -1]
a, b = k[:], k[:]          # o = copy(k); buffers (o, k): b is o, a is k
for it in range(2):
    nb = b[:]
    for i in range(5):
        l = a[max(i - 1, 0)]; r = a[min(i + 1, 4)]
        nb[i] = cdiv(l + r, 3)
    b = nb
    a, b = b, a            # return a, b
# the value is the buffer bound to the first parameter (b) in the last round
for v in b:
    print(v)
print('error:')
