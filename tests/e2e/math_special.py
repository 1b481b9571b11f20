# NumPy has no erf/gamma: the Python math module's are used elementwise.
import math
import numpy as np

N = 22


def pa(v):
    for e in v:
        print('%.17g' % float(e))


x = [(i - 10) * 0.3125 + 0.03125 for i in range(N)]
g = [i * 0.4375 + 0.15625 for i in range(N)] + [-0.5, -1.5, -2.25, -3.75]
pa(np.vectorize(math.erf)(np.array(x)))
pa([math.erfc(v) for v in x])
pa([math.lgamma(v) for v in g])
pa([math.gamma(v) for v in g])
pa([0.5 * math.erfc(-v / math.sqrt(2.0)) for v in x])
