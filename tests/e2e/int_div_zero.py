N = 9


def cdiv(a, b):                 # C division: truncation toward zero
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def cmod(a, b):
    return a - b * cdiv(a, b)


a = [i * 37 - 100 for i in range(N)]
b = [i % 4 + 1 for i in range(N)]
a32 = [i * 1001 - 3000 for i in range(N)]
b32 = [7 - i for i in range(N)]
for x, y in zip(a, b):
    print(cdiv(x, y) + 1)
print(0)                        # strlen(last_error()) after success
print('error:')                 # b[5] = 0
print('error:')                 # b32[7] = 0
for x, y in zip(a32[:7], b32[:7]):
    print(cmod(x, y))
print(0)
print('error:')                 # 7 / 0
print(cdiv(-7, 2))
print('error:')                 # a - 3 == 0 at i == 3
for i in range(N):
    print(cdiv(i, i + 2))
