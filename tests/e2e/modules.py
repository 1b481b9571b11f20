import math
x = [1.5, -2.0, 0.25, 4.0, 3.5, -1.25]
n = len(x)
norm = lambda v: math.sqrt(sum(e * e for e in v))
print(repr(norm(x) / math.sqrt(n)))
m = sum(x) / n
print(repr(norm([e - m for e in x])))
