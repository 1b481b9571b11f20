import numpy as np

x = [((i * 4) % 9) * 0.5 - 1.75 for i in range(7)]
for i in range(7):
    t = [x[i], x[i] * 2.0, x[(i + 1) % 7]]
    print('%.17g' % (sum(t) + max(t)))
k = np.array([(i * i + i // 3) % 4 for i in range(40)]).reshape(5, 8)
for row in k:
    h = np.bincount(row, minlength=4)
    print(int(np.argmax(h)) * 100 + int(h.max()))
