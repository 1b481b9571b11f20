# Reference for while_true (plain Python).
def first_above(x, limit):
    y = x
    while True:
        for _ in range(3):
            if y > limit:
                break
            y = y + 0.5
        if y > limit:
            return y
        y *= 2.0


for x in (0.25, 3.0, 150.0, -1.0):
    print(repr(first_above(x, 100.0)))
