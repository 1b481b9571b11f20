import numpy as np


def julia(h, w, c_re, c_im, maxit):
    scale = 3.0 / float(max(h, w))
    y, x = np.meshgrid(np.arange(h, dtype=np.float64), np.arange(w, dtype=np.float64), indexing='ij')
    zr = (x - 0.5 * w) * scale
    zi = (0.5 * h - y) * scale
    it = np.zeros((h, w), dtype=np.int64)
    while True:
        act = (it < maxit) & (zr * zr + zi * zi < 4.0)
        if not act.any():
            break
        a, b = zr[act], zi[act]
        t = a * a - b * b + c_re
        zi[act] = 2.0 * a * b + c_im
        zr[act] = t
        it[act] += 1
    return it


def run(h, w, c_re, c_im, maxit):
    print(h)
    print(w)
    for v in julia(h, w, c_re, c_im, maxit).ravel():
        print(int(v))


run(12, 16, -0.7269, 0.1889, 60)
run(9, 7, 0.285, 0.01, 200)
run(10, 10, -0.8, 0.156, 100)
run(6, 8, -0.4, 0.6, 0)
run(1, 1, 0.0, 0.0, 30)
run(0, 5, 0.0, 0.0, 30)
run(4, 0, 0.0, 0.0, 30)
