# Reference for deep_nesting: the same expressions in plain Python, in the
# same order of operations (Horner from the innermost term out; i64
# arithmetic wrapped to 64 bits after every operation).
N, N_H, N_I = 101, 160, 400


def wrap(v):
    v &= (1 << 64) - 1
    return v - (1 << 64) if v >> 63 else v


for i in range(N):
    x = -0.5 + i / (N - 1)
    h = 1.0 / (N_H + 2)
    for k in range(N_H - 1, -1, -1):
        h = 1.0 / (k + 2) + x * h
    print(repr(h) if h != int(h) else '%.17g' % h)

OPS = ['+', '*', '-', '^']


def op(o, p, q):
    return wrap(p + q if o == '+' else p * q if o == '*' else p - q if o == '-' else p ^ q)


for a, b in [(3, 5), (-7, 11), (2**63 - 1, -1), (123456789, -2**63)]:
    e = b
    for k in range(N_I):
        left = a if k % 5 else wrap(a + k)
        e = op(OPS[k % 4], left, e)
    print(e)


def deep(v, first):
    e = first
    for k in range(N_I if N_I < 300 else 300):
        left = v if k % 5 else wrap(v + k)
        e = op(OPS[k % 4], left, e)
    return e


v = [((i * 7919) % 23) - 11 for i in range(N)]
for t in v:
    print(deep(t, t) if t > 0 else -t)


def crem(a, b):
    r = abs(a) % abs(b)
    return -r if a < 0 else r


print(sum(1 for t in v if t != 0 and crem(deep(t, 1), t) > 0))
print(sum(1 for t in v if t > 0 or deep(t, 2) > 0))
j = 0
while j < N and deep(v[j], wrap(v[j] - 3)) != 0:
    j += 1
print(j)
