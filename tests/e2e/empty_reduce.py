def pf(v):
    print('%.17g' % float(v))


def run(n):
    x = [0.5, -2.0, 4.0][:n]
    k = [-7, 9, 9][:n]
    k32 = [3, 8, 8][:n]
    if n == 0:
        for _ in range(5):          # mean, minimum, maximum, argmin, argmax
            print('error:')
    else:
        pf(sum(x) / n)
        pf(min(x))
        print(max(k))
        print(x.index(min(x)))
        print(k32.index(max(k32)))
    s, p = 0.0, 1.0
    for v in x:
        s += v
        p *= v
    pf(s); pf(p)
    print(int(any(v > 0.0 for v in x)))
    print(int(all(v > 0.0 for v in x)))
    print(sum(1 for v in x if v > 0.0))
    pf(max([-1e300] + x))


run(0)
run(3)
run(0)
