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
