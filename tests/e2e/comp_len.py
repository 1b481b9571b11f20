for lo, hi in ((1, 6), (3, 3), (6, 2), (0, 8)):
    k = max(hi - lo, 0)
    print(k); print(k); print(8 - 2)
