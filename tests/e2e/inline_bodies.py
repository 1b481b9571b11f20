def feq(w, rho, u): return w * rho * (1.0 + 3.0 * u + 4.5 * u * u)
def relu(v): return 0.0 if v < 0.0 else v * 2.0
def split(v): return (-v, 0.0) if v < 0.0 else (v, 1.0)
def pf(x):
    for v in x: print(repr(float(v)))

N = 9
for k in range(4):
    F = [0.1 * ((i * 5) % 7) - 0.2 for i in range(N)]
    G = [0.0] * N
    bufs = [G, F]                # parameters (b, a) bound to (g, f)
    last = G                     # the value: what b was bound to in the last round
    for r in range(k):
        last = bufs[0]
        b, a = bufs
        for i in range(N):
            b[i] = feq(0.5, a[i], 0.1 * (a[(i + 1) % N] - a[(i - 1) % N])) + relu(a[(i + 1) % N] - a[i])
        bufs = [a, b]            # return a, b
    pf(last); pf(F); pf(G)
x = [0.5 * i - 1.75 for i in range(N)]
pf([v * 2.0 for v in x]); pf([v + 1.0 for v in x])
pf([split(v - 1.0)[0] for v in x]); pf([split(v - 1.0)[1] for v in x])
pf([relu(v) for v in x]); pf([relu(v - 1.0) for v in x])
