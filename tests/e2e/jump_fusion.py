N = 6
for flag in (0, 1):
    a = [i - 1.5 for i in range(N)]
    b = [v * 2.0 for v in a]
    r = 1.0 if flag else sum(v + 1.0 for v in b)
    print(repr(r))
    for v in b: print(repr(v))
for neg in (0, 1):
    x = [-1.0 if neg and i == 3 else i + 0.5 for i in range(N)]
    y = [v * v for v in x]
    first = next((i for i in range(N) if x[i] < 0.0), None)
    print(first if first is not None else int(sum(v - 1.0 for v in y)))
    for v in y: print(repr(v))
