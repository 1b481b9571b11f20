# Reference for argsort_ints: NumPy's stable argsort of the same keys.
import numpy as np

BIG = 100000
I64MIN, I64MAX = -2**63, 2**63 - 1
U64MAX = 2**64 - 1


def show(p):
    n = len(p)
    h = 0
    for i in range(n):
        h = (h + int(p[i]) * (i % 997 + 1)) % 1000000007
    print(n, h, *[int(x) for x in p[:6]])


def srt(keys, dtype):
    show(np.argsort(np.array(keys, dtype=dtype), kind='stable'))


for n in (0, 1, 2, 50, 4200, BIG):
    r = range(n)
    srt([(i * 7919) % 1000 - 500 for i in r], np.int64)
    srt([(i * 1000003) % 1000000000 - 7 for i in r], np.int64)
    srt([I64MIN if i % 3 == 0 else I64MAX if i % 3 == 1 else i % 5 for i in r], np.int64)
    a = [(i * 13) % 7 for i in r]
    if n > 1:
        a[n // 2] = n + 4096
    srt(a, np.int64)
    if n > 1:
        a[n // 2] = n + 4097
    srt(a, np.int64)
    srt([-2**31 + (i * 31) % 5 for i in r], np.int32)
    srt([(i * 37) % 256 - 128 for i in r], np.int8)
    srt([U64MAX - (i * 11) % 4 for i in r], np.uint64)
    srt([U64MAX if i % 2 else i % 9 for i in r], np.uint64)
    srt([(i * 40503) % 65536 for i in r], np.uint16)
