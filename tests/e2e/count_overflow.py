# Independent expectations: NumPy cannot make these arrays either (a count
# past 2^63 - 1 is an error there too); short cases by hand.
big = 2 ** 32
for k, m in ((3, 4), (big, big), (1 << 62, 4), (4, -1)):
    ok = k >= 0 and m >= 0 and k * m < 2 ** 40       # (a negative extent is an error too)
    print('%.17g' % 1.0 if ok else 'error:')
    if k * max(m, 0) < 2 ** 40:                      # a comprehension over 0..-1 is empty, no error
        print('%d %d' % (k, max(m, 0)))
        if k * max(m, 0):
            print('%.17g' % float((k - 1) + (m - 1)))
    else:
        print('error:')
    print('%d %d %d %.17g' % (2, k, m, 2.0) if ok else 'error:')
for lo, hi, kind in ((-3, 4, 0), (4, -3, 0), (-9 * 10 ** 18, 9 * 10 ** 18, 1),
                     (-2 ** 63, 2 ** 63 - 1, 1), (-1, 2 ** 63 - 1, 1), (-5, 1 << 40, 2)):
    length = max(hi - lo, 0)
    if length > 2 ** 63 - 1:
        print('error:')
        print('error:')
        continue
    print(length)
    if kind == 2:
        continue
    print(length)
