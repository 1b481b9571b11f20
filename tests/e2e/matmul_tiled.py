import numpy as np

def va(i): return (i % 17) * 0.37 - 2.1
def vb(i): return ((i * 5) % 23) * 0.13 - 1.3

def seq_matmul(a, b):
    # each element summed in increasing p from 0, no fused multiply-add:
    # numpy's elementwise * and + round each operation in a's dtype
    m, k = a.shape
    acc = np.zeros((m, b.shape[1]), dtype=a.dtype)
    for p in range(k):
        acc = acc + np.outer(a[:, p], b[p, :]).astype(a.dtype)
    return acc

def run(m, k, n, dt, fmt, name):
    print('%s %d %d %d' % (name, m, k, n))
    a = np.array([va(i) for i in range(m * k)]).astype(dt).reshape(m, k)
    b = np.array([vb(i) for i in range(k * n)]).astype(dt).reshape(k, n)
    for x in np.ravel(seq_matmul(a, b)): print(fmt % x)

for m, k, n in [(97, 300, 35), (5, 13, 2100), (2, 2, 2), (3, 0, 4), (0, 5, 7)]:
    run(m, k, n, np.float64, '%r', 'mm64')
for m, k, n in [(130, 260, 70), (7, 9, 11)]:
    run(m, k, n, np.float32, '%.9g', 'mm32')
M, K, N = 40, 70, 33
a = np.array([va(i) for i in range(M * K)]).reshape(M, K)
w = np.array([vb(i + 3) for i in range(N * K)]).reshape(N, K)
c = np.array([0.5 * i - 3.0 for i in range(N)])
print('affine')
for x in np.ravel(seq_matmul(a * 2.0, w.T) + c): print(repr(float(x)))
print('gram')
GM, GK = 150, 120
ga = np.array([va(i * 3 + 1) for i in range(GM * GK)]).reshape(GM, GK)
for x in np.ravel(seq_matmul(ga.T, ga)): print(repr(float(x)))
for x in np.ravel(seq_matmul(ga, ga.T)): print(repr(float(x)))
print('bad')
print('error:')
