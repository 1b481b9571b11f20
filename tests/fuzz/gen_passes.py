"""More loop shapes for gen_idioms.py's families: the shapes of four passes
that random programs reach too seldom (a pass-coverage count over 300
generated programs: each changed the IR of 1 to 5 of them).

- nanfree (passes/nanfree.c): k-means' assignment step, `[argmin([(px[i] -
  cx[j]) * (px[i] - cx[j]) + ... for j in 0..k]) for i in 0..n]` (argmin or
  argmax; squared, absolute or square-rooted distances, in one to three
  coordinates, sometimes a scalar weight), the coordinates array
  parameters (the pass checks them for NaN once) or lets (which it must
  leave alone); values spread widely, so that ties (which make the
  reference unstable) are rare; half the time 7 to 97 points, around the
  blocks of 32 rows of pass arglanes (passes/arglanes.c).
- tile (passes/tile.c): a 2-D comprehension that reads an array across its
  rows, `[a[j, i] * c + b[i, j] for i in 0..R, j in 0..C]` (a transpose,
  with or without another operand along the rows), extents around the
  tile of 32 (31, 32, 33, 65) and from the sizes, f64, f32 and i64.
- inplace (passes/inplace.c): a `var` holding a fresh array rebound by an
  elementwise map of itself in every round of a `for` loop (`x = x * 0.5 +
  y`, a select, or `sin`), its value then used through a map, so the
  variable is never copied into another.
- histo (passes/histo.c): `histogram([(i * a + x[i % E] * b) % k ... for i
  in 0..L], k)` (or its i32 conversion) of 4096 to 6000 keys, which
  runs by chunks and by blocks; k a constant (1 to 300) or a size; now and
  then keys that leave 0..k (`% k - 1`, `% k + 1`), an error the reference
  must report too.

Each family takes the generator g and a depth, and returns (statements,
expression) as gen_idioms' families do; gen_idioms.FAMILIES lists them
(tags nanfree, tile, inplace and histo for --avoid).  The helpers are
gen_idioms' (read through the module at call time: it binds gen.py's
names into itself)."""

import gen_idioms as gi


def spread(r, cnt):
    """Inputs of many distinct values (ties in an argmin are rare)."""
    return [(r.randint(-2 ** 20, 2 ** 20) / 2.0 ** 18, 0.0) for _ in range(cnt)]


def coords(g, t, ext, pre, d, k):
    """k arrays of type t and extent ext: new parameters (spread values),
    now and then a let of an array expression (the pass checks only
    parameters)."""
    out = []
    for _ in range(k):
        if g.r.random() < 0.8:
            out.append(gi.new_param(g, (t, (ext,)), spread))
        else:
            out.append(gi.operand(g, t, (ext,), pre, d))
    return out


def nanfree(g, d):
    r = g.r
    pre = []
    t = g.ch([gi.F64, gi.F64, gi.F32])
    # the points along a size (the pass needs the loop over them), the
    # centres a few or along a size
    N = g.ch([x for x in (('n', 0), ('m', 0)) if x[0] in g.sizes] or [(None, 7)])
    if r.random() < 0.5:
        # rows around pass arglanes' blocks of 32 (most programs' sizes are
        # under 10: its lanes would never run)
        N = (None, r.choice([7, 31, 32, 33, 64, 70, 97]))
    K = (None, r.choice([1, 3, 8, 17])) if r.random() < 0.6 else gi.size_ext(g, allow_zero=False)
    k = r.choice([1, 2, 2, 3])
    ps = coords(g, t, N, pre, d, k)
    cs = coords(g, t, K, pre, d, k)
    form = r.choice(['sq', 'sq', 'abs', 'sqrt'])
    weight = gi.new_param(g, (t, ())) if r.random() < 0.2 else None
    red = r.choice(['argmin', 'argmin', 'argmax'])

    def outer(i):
        def inner(j):
            e = None
            for p, c in zip(ps, cs):
                diff = gi.mk('bin', '-', [gi.E('idx', (t, ()), None, [p, gi.ivar(i)]),
                                          gi.E('idx', (t, ()), None, [c, gi.ivar(j)])])
                term = gi.mk('call', 'abs', [diff]) if form == 'abs' else gi.mk('bin', '*', [diff, diff])
                e = term if e is None else gi.mk('bin', '+', [e, term])
            if form == 'sqrt':
                e = gi.mk('call', 'sqrt', [e])
            if weight is not None:
                e = gi.mk('bin', '*', [e, gi.mk('call', 'abs', [weight])])
            return e
        return gi.E('red', (gi.I64, ()), red, [gi.comp(g, t, [(0, K)], inner)])
    return pre, gi.comp(g, gi.I64, [(0, N)], outer)


def tile(g, d):
    r = g.r
    pre = []
    t = g.ch([gi.F64, gi.F64, gi.F32, gi.I64])

    def ext():
        return (None, r.choice([1, 31, 32, 33, 65])) if r.random() < 0.6 else gi.size_ext(g)
    R, C = ext(), ext()
    a = gi.operand(g, t, (C, R), pre, d)
    b = gi.operand(g, t, (R, C), pre, d) if r.random() < 0.6 else None
    c = gi.flit(t, r.choice([2.0, 0.5, -1.0])) if t != gi.I64 else gi.lit(gi.I64, r.choice([2, 3, -1]), True)

    def body(i, j):
        e = gi.mk('bin', '*', [gi.E('idx', (t, ()), None, [a, gi.ivar(j), gi.ivar(i)]), c])
        if b is not None:
            e = gi.mk('bin', '+', [e, gi.E('idx', (t, ()), None, [b, gi.ivar(i), gi.ivar(j)])])
        return e
    return pre, gi.comp(g, t, [(0, R), (0, C)], body)


def inplace(g, d):
    r = g.r
    pre = []
    t = g.ch([gi.F64, gi.F64, gi.F32])
    shape = (gi.size_ext(g),) if r.random() < 0.6 else (gi.size_ext(g), gi.size_ext(g))
    tt = (t, shape)
    x = g.fresh()
    if r.random() < 0.5:
        init = gi.int_data(g, t, shape)
    else:
        init = gi.mk('bin', '+', [gi.operand(g, t, shape, pre, d), gi.flit(t, 1.0)])
    pre.append(gi.S('var', name=x, e=init, t=tt))
    y = gi.operand(g, t, shape, pre, d) if r.random() < 0.5 else None
    xv = gi.var(tt, x)
    form = r.choice(['axpy', 'axpy', 'select', 'sin'])
    if form == 'axpy':
        e = gi.mk('bin', '*', [xv, gi.flit(t, r.choice([0.5, 0.75, 1.5]))])
        if y is not None:
            e = gi.mk('bin', '+', [e, y])
    elif form == 'select':
        zero = gi.flit(t, 0.0)
        e = gi.E('call', tt, 'select', [gi.mk('cmp', '>', [xv, zero]), gi.mk('bin', '-', [xv, gi.flit(t, 1.0)]),
                                        gi.mk('bin', '+', [xv, gi.flit(t, 2.0)])])
    else:
        e = gi.mk('call', 'sin', [gi.mk('bin', '*', [xv, gi.flit(t, 0.5)])])
    k = g.fresh('k')
    pre.append(gi.S('for', var=k, lo=gi.lit(gi.I64, 0), hi=gi.lit(gi.I64, r.randint(0, 4)),
                    body=[gi.S('assign', name=x, op='=', e=e, t=tt)]))
    return pre, gi.mk('bin', '*', [xv, gi.flit(t, 2.0)])


def histo(g, d):
    r = g.r
    pre = []
    # more than 4096 keys, at least 8 a bin: the chunks (by blocks of 256 keys, fewer
    # than four left at a block's end); the bin count a constant or a size
    L = r.choice([4096, 4099, 4353, 6000])
    K = (None, r.choice([1, 3, 8, 37, 64, 300])) if r.random() < 0.7 else g.ch([x for x in (('n', 0), ('m', 0)) if x[0] in g.sizes] or [(None, 5)])
    kx = gi.lit(gi.I64, K[1], True) if K[0] is None else gi.ivar(K[0])
    # keys from the generator and some data: x[i % E] of an integer array of a size's extent
    E = gi.size_ext(g, allow_zero=False)
    x = gi.operand(g, gi.I64, (E,), pre, d)
    ex = gi.lit(gi.I64, E[1], True) if E[0] is None else gi.ivar(E[0])
    a, b = r.randint(1, 13), r.choice([1, 3, -2])
    bad = r.random() < 0.15        # keys that leave 0..K (the check after the chunks)

    def body(i):
        key = gi.mk('bin', '+', [gi.mk('bin', '*', [gi.ivar(i), gi.lit(gi.I64, a, True)]),
                                 gi.mk('bin', '*', [gi.E('idx', (gi.I64, ()), None, [x, gi.mk('bin', '%', [gi.ivar(i), ex])]),
                                                    gi.lit(gi.I64, b, True)])])
        if bad:
            return gi.mk('bin', '-', [gi.mk('bin', '%', [key, kx]), gi.lit(gi.I64, r.choice([1, -1]), True)])
        return gi.mk('bin', '%', [gi.mk('bin', '+', [gi.mk('bin', '%', [key, kx]), kx]), kx])
    keys = gi.comp(g, gi.I64, [(0, (None, L))], body)
    if r.random() < 0.3:
        keys = gi.mk('call', gi.I32, [keys])
    return pre, gi.E('hist', (gi.I64, (K,)), None, [keys])


FAMILIES = (('nanfree', nanfree), ('tile', tile), ('inplace', inplace), ('histo', histo))
