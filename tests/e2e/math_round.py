import math

N = 25


def c_round(v):                 # C round(): half away from zero (exact)
    t = float(math.trunc(v))
    if abs(v - t) >= 0.5:
        t += math.copysign(1.0, v)
    return t


def sign(v):
    return 1.0 if v > 0 else (-1.0 if v < 0 else 0.0)


def pa(v):
    for e in v:
        print('%.17g' % float(e))


x = [(i - 12) * 0.25 for i in range(N)]
x[0] = -1e15 - 0.5
x[N - 1] = 4503599627370497.0
pa([abs(v) for v in x])
pa([math.floor(v) for v in x])
pa([math.ceil(v) for v in x])
pa([c_round(v) for v in x])
pa([math.trunc(v) for v in x])
pa([sign(v) for v in x])
s = 2.0
pa([c_round(v * s) / s + math.floor(v) * sign(v - 0.5) for v in x])
for v in (2.5, -2.5, -0.75, 1e-300):
    pa([c_round(v), math.floor(v), sign(v)])
