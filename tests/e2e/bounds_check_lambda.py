# Reference for bounds_check_lambda (plain Python): an index out of bounds
# in the lambda fails, also for an empty array (docs/language.md, reduce).
a = [(i * 13) % 17 for i in range(40)]
m = [7, 3, 11, 5, 2]
f = [0.25 * (i % 9) - 1.0 for i in range(40)]
w = [0.5, 2.0, -1.25]

for mi in m:
    acc = 0
    for y in a:
        acc = (acc + y) % mi
    print(acc)

for j in range(-1, 4):
    ok = 0 <= j < 3
    if ok:
        acc = -w[j]
        for y in f:
            acc = acc + y + w[j]
        print(repr(acc))
    else:
        print("error:")
    print(repr(-w[j]) if ok else "error:")
    if ok:
        acc, out = -w[j], []
        for y in f:
            acc = acc + y + w[j]
            out.append(acc)
        print(repr(out[20]), repr(out[39]))
    else:
        print("error:")
    print("empty" if ok else "error:")
