"""The loop shapes that arrc's idiom passes rewrite, for gen.py (which
imports this module and binds its names into it: bind()).

Random programs seldom contain them by chance, so Gen.body puts one into
about IDIOM_P of the exported functions (each family about a quarter of
that), as let statements whose last value becomes an extra result of the
function, with variation inside each shape:

- groupby (passes/groupby.c): `[count(key == c) for c in 0..k]`,
  `[sum(select(key == c, v, 0.0)) for c in 0..k]`, both then
  `[cnt[c] > 0 ? s[c] / f64(cnt[c]) : old[c] for c in 0..k]` (k-means),
  or one comprehension whose block body does both and divides; keys a new
  i64 parameter (values around 0..k, some far out of range), an integer
  array mapped (`x % 5`, `x - 2`, `i64(x)`) or a comprehension over it,
  inline or bound by let; k a size variable, a constant (0, 1, small,
  larger than the data) or an i64 value (`len(x)`, a scalar, a new
  parameter, negative included: an empty result of run-time extent).
- interchange (passes/interchange.c): `sum(a, 0)`, `mean(a, 0)`, of a map
  `sum(a * 2.0 + b, 0)`, `[dot(a[.., j], x) for j in 0..m]`,
  `[y[j] * 2.0 + dot(a[.., j], x) for j in 0..m]`, `[sum(a[.., j]) * 0.5
  for j in 1..m]`, `x @ a`, `h(x, c) @ a` with h a function of two returns
  (an `if` returning one array or another); widths from the sizes, 0 and 1,
  the big programs' n (up to 3000 columns: several blocks of 256) and
  constant widths around 256 (255, 256, 257, 300, 513).
- matmul-idiom (passes/idiom_matmul.c): `[dot(a[i, ..], b[.., j]) for i in
  0..M, j in 0..N]`, the same as `sum([a[i, p] * b[p, j] for p in 0..K])`,
  either operand transposed (`a[.., i]`, `b[j, ..]`), with epilogues
  (`alpha * dot(...) + beta * c[i, j]`, `+ 1.0`, covariance's `/ (f64(n) -
  1.0)`, `i == j ? 1.0 : dot(...)`), f64 and f32, extents M N K from the
  sizes and constants 0 and 1.

- padtail (passes/padtail.c): `[sum([x[i + c] for c in 0..min(w, L -
  i)]) for i in 0..L]` of x, x * y or `x * y > 0 ? x * y : 0`, f64, f32
  and i64, runs up to w (0, 1, 3, 7, 8, 9, 15, 16, 17, 20) long, the last
  ones reaching the end of the arrays.

- rows (passes/rowfuse.c, loops over rows): `mx = maximum(a, 1)` (or
  minimum, sum, mean), `e = [exp(a[i, j] - mx[i]) for i in 0..R, j in
  0..C]` (or `-`, `*`), `s = sum(e, 1)`, `[e[i, j] / s[i] ...]` (or `*`,
  `-`), f64 and f32, any step's value the result.

Operands are existing variables, new parameters, lets of random array
expressions, or comprehensions of small integer values (any extent, 0
included).  The references come from gen.py's interpreter: float sums
carry its reduction error bound (the tolerance), so every order of
summation the rewrites choose passes.  The --avoid tags groupby,
interchange, mmidiom, padtail and rows turn the families off one by one;
gen_passes.py adds four more (nanfree, tile, inplace, histo).  gen_lanes.py's
sums of inner sums (pass lanesum, tag lanesum) are drawn on their own, in
about LANES_P of the exported functions (Gen.body).
"""

IDIOM_P = 0.21       # an exported function gets one of the shapes
WIDTHS = [255, 256, 257, 300, 513]     # constant widths around interchange's block of 256 columns


# gen.py's names, bound by bind() (gen.py imported, or run as __main__: one
# copy of its classes either way)
E = S = Fn = mk = lit = int_range = None
F64 = F32 = I64 = I32 = BOOL = INTS = DYN = DYNS = None
NAMES = ('E', 'S', 'Fn', 'mk', 'lit', 'int_range', 'F64', 'F32', 'I64', 'I32', 'BOOL', 'INTS', 'DYN', 'DYNS')


def bind(mod):
    """Take gen.py's names from its module object."""
    for k in NAMES:
        globals()[k] = getattr(mod, k)


# ---------------------------------------------------------------- helpers ----

def var(t, name):
    return E('var', t, name)


def ivar(name):
    return E('var', (I64, ()), name)


def flit(t, v):
    """A float literal typed by its context (0.5, or 0.5f next to an f32)."""
    return lit(t, v, True)


def has_zero(shape):
    return any(x[0] is None and x[1] == 0 for x in shape)


def vars_of(g, t):
    return [n for n, (tt, k, i) in g.names().items() if tt == t and k not in ('stencil', 'hidden')]


def new_param(g, t, inputs=None):
    """A new parameter of the export (its input made by make_program, or by
    inputs(r, count))."""
    name = g.fresh('q')
    g.params.append((name, t, False))
    g.declare(name, t, 'param')
    if inputs is not None:
        g.input_gen[name] = inputs
    return var(t, name)


def let(g, e, pre, declare=True):
    """let v = e; (appended to pre) and the variable v."""
    name = g.fresh()
    pre.append(S('let', name=name, e=e, t=e.t))
    if declare and not has_zero(e.t[1]) and DYN not in e.t[1]:
        g.declare(name, e.t, 'let')
    elif declare and DYN in e.t[1]:
        g.declare(name, e.t, 'dyn')
    return var(e.t, name)


def comp(g, t, gens, body_fn):
    """[body for g0 in lo0..e0, ...] over the ranges gens (list of (lo, hi
    extent)): body_fn gets the generator variables' names; the elements
    have the body's type (t names it for the reader)."""
    names = [g.fresh('g') for _ in gens]
    g.push()
    for n, (lo, ext) in zip(names, gens):
        g.declare(n, (I64, ()), 'gen', (lo, (ext[0], ext[1] - lo)))
    g.in_comp += 1
    body = body_fn(*names)
    g.in_comp -= 1
    g.pop()
    shape = tuple((ext[0], ext[1] - lo) for lo, ext in gens)
    return E('comp', (body.t[0], shape), [(n, lo, ext) for n, (lo, ext) in zip(names, gens)], [body])


def comp_hi(g, t, hi, body_fn, lo=0):
    """[body for c in lo..hi] with hi an i64 expression: an array of
    run-time extent (DYN)."""
    name = g.fresh('g')
    g.push()
    g.declare(name, (I64, ()), 'gen', None)
    g.in_comp += 1
    body = body_fn(name)
    g.in_comp -= 1
    g.pop()
    return E('comp', (body.t[0], DYNS), [(name, lo, None, 1, 'hi')], [body, hi])


def int_data(g, t, shape):
    """[t((i * a + j * b) % q - o) for i in 0..R, j in 0..C]: small integer
    values, exact in every sum; any extents (0 included)."""
    r = g.r
    a, b, q = r.randint(1, 7), r.randint(1, 5), r.randint(3, 11)
    o = r.randint(0, q - 1)

    def body(*gs):
        acc = None
        for gn, c in zip(gs, (a, b, 1)):
            term = mk('bin', '*', [ivar(gn), lit(I64, c, True)])
            acc = term if acc is None else mk('bin', '+', [acc, term])
        return mk('call', t, [mk('bin', '-', [mk('bin', '%', [acc, lit(I64, q, True)]), lit(I64, o, True)])])
    return comp(g, t, [(0, x) for x in shape], body)


def operand(g, t, shape, pre, d, var_only=True):
    """An operand of type (t, shape): an existing variable, a new parameter,
    a let of small integer values or of a random array expression (or that
    expression itself when not var_only)."""
    r = g.r
    tt = (t, shape)
    zero = has_zero(shape)
    ex = vars_of(g, tt)
    x = r.random()
    if ex and x < 0.35:
        return var(tt, g.ch(ex))
    if not zero and x < 0.65 and cells(shape, g.sizes) <= 20000:
        return new_param(g, tt)
    if zero or x < 0.8 or cells(shape, g.sizes) > 4000:
        e = int_data(g, t, shape)
    else:
        e = g.array(t, shape, d)
    if not var_only and r.random() < 0.5:
        return e
    return let(g, e, pre)


def cells(shape, sizes):
    c = 1
    for s, o in shape:
        c *= (sizes[s] if s is not None else 0) + o
    return c


def size_ext(g, allow_zero=True, big_ok=False, width=False):
    """An extent: a size variable, or a constant (0, 1, small; a width
    around 256 when width)."""
    r = g.r
    opts = [(None, 1), (None, r.randint(2, 5))]
    if allow_zero:
        opts.append((None, 0))
    if 'm' in g.sizes:
        opts += [('m', 0)] * 2
    if not g.big or big_ok:
        opts += [('n', 0)] * 3
    if width and r.random() < 0.12:
        return (None, r.choice(WIDTHS))
    return r.choice(opts)


def ext_expr(g, ext):
    """The i64 value of an extent (a size variable or a literal)."""
    s, o = ext
    if s is None:
        return lit(I64, o, True)
    v = ivar(s)
    return v if o == 0 else mk('bin', '+' if o > 0 else '-', [v, lit(I64, abs(o), True)])


# ---------------------------------------------------------------- groupby ----

def key_inputs(kval, t=None):
    """Keys of type t (i64) around 0..k (k's value when known), some far out of range."""
    def gen_keys(r, cnt):
        out = []
        hi = (kval if kval is not None else 5) + 1
        lo, top = int_range(t or I64)
        for _ in range(cnt):
            x = r.random()
            if x < 0.85:
                out.append(r.randint(-1, hi))
            elif x < 0.97:
                out.append(r.randint(-20, 20))
            else:
                out.append(r.choice([lo, top, top - r.randint(0, 9)]))
        return out
    return gen_keys


def key_expr(g, kval, pre, d):
    """The keys, of type (I64 or I32, (n,)): a new parameter, an integer
    array mapped or gathered by a comprehension, bound or inline."""
    r = g.r
    n = ('n', 0)
    ints = [x for x in vars_of_shape(g, (n,)) if x[1][0] in INTS]
    x = r.random()
    if x < 0.4 or not ints:
        if r.random() < 0.12:
            return new_param(g, (I32, (n,)), key_inputs(kval, I32))
        return new_param(g, (I64, (n,)), key_inputs(kval))
    name, tt = g.ch(ints)
    src = var(tt, name)
    if tt[0] not in (I64, I32) or r.random() < 0.15:
        src = mk('call', I64, [src])
    c = lit(src.t[0], r.choice([2, 3, 5, 7]) if kval is None else max(1, kval + r.randint(-1, 2)), True)
    y = r.random()
    if y < 0.3:
        e = mk('bin', '%', [src, c])                       # x % 5
    elif y < 0.5:
        e = mk('bin', '-', [src, lit(src.t[0], r.randint(0, 3), True)])      # x - 2
    elif y < 0.8:                                          # [x[i] % 5 for i in 0..n]
        def body(i):
            el = E('idx', (tt[0], ()), None, [var(tt, name), ivar(i)])
            if src.k == 'call':
                el = mk('call', I64, [el])
            return mk('bin', '%', [el, c])
        e = comp(g, src.t[0], [(0, n)], body)
    else:
        e = src
    if e.t[0] != I64 and e.t[0] != I32:
        e = mk('call', I64, [e])
    if r.random() < 0.5:
        return e                                           # inline: count([...] == c)
    return let(g, e, pre)


def argmin_keys(g, keys_over, pre, d):
    """k-means' assignment as the keys, bound by a let: each row's nearest
    of the k centres c * s, [argmin([dist(x[i], c) for c in 0..k]) for i in
    0..n] (a row loops over the keys: passes/groupby.c runs this loop
    inside its chunks; passes/nanfree.c drops the argmin's NaN tracking
    where x[i] is finite).  k = 0 with rows: the argmin's error."""
    r = g.r
    n = ('n', 0)
    ft = g.ch([F64, F64, F32])
    x = operand(g, ft, (n,), pre, d)
    sc = flit(ft, r.choice([0.5, 1.0, 1.5, 3.0]))
    form = r.choice(['abs', 'sq', 'neg'])

    def row(i):
        xi = E('idx', (ft, ()), None, [x, ivar(i)])

        def dist(c):
            diff = mk('bin', '-', [xi, mk('bin', '*', [mk('call', ft, [ivar(c)]), sc])])
            if form == 'abs':
                return mk('call', 'abs', [diff])
            if form == 'sq':
                return mk('bin', '*', [diff, diff])
            return mk('un', '-', [mk('call', 'abs', [diff])])
        red = 'argmax' if form == 'neg' else 'argmin'
        return E('red', (I64, ()), red, [keys_over(dist, ft)])
    e = comp(g, I64, [(0, n)], row)
    return let(g, e, pre)


def vars_of_shape(g, shape):
    return [(n, tt) for n, (tt, k, i) in g.names().items() if tt[1] == shape and k not in ('stencil', 'hidden')]


def k_range(g, pre):
    """(ext or None, hi expression or None, k's value or None): the keys' range 0..k."""
    r = g.r
    x = r.random()
    if x < 0.45:
        c = r.choice([0, 1, 2, 3, 4, 5, 12] + ([] if g.big else [40]))
        return (None, c), None, c
    if x < 0.7:
        ext = ('m', 0) if 'm' in g.sizes and (g.big or r.random() < 0.5) else ('n', 0)
        if g.big and ext[0] == 'n':
            return (None, 3), None, 3
        return ext, None, g.sizes[ext[0]]
    # an i64 value: the result's extent is known when it has run
    sc = [n for n in vars_of(g, (I64, ())) if n not in g.sizes]
    y = r.random()
    if sc and y < 0.3:
        hi = ivar(g.ch(sc))
        val = None
    elif y < 0.55:
        v = new_param(g, (I64, ()), lambda r2, cnt: [r2.choice([-3, -1, 0, 1, 2, 3, 4, 6, 9, 30])])
        hi, val = v, None
    elif y < 0.8:
        arrs = [(n, tt) for n, tt in vars_of_shape(g, (('n', 0),))]
        if arrs and not g.big:
            n, tt = g.ch(arrs)
            hi, val = E('call', (I64, ()), 'len', [var(tt, n)]), g.sizes['n']
        else:
            hi, val = mk('bin', '+', [lit(I64, 2, True), lit(I64, 1, True)]), 3
    else:
        hi, val = mk('bin', '-', [lit(I64, r.randint(0, 6), True), lit(I64, 2, True)]), None
    if g.big:
        hi = mk('call', 'min', [hi, lit(I64, 7, True)])
    if r.random() < 0.5:       # bound by a let: the ranges below read one variable
        name = g.fresh('k')
        pre.append(S('let', name=name, e=hi, t=(I64, ())))
        hi = ivar(name)
    return None, hi, val


def groupby(g, d):
    r = g.r
    pre = []
    t = g.ch([F64, F64, F32])
    ext, hi, kval = k_range(g, pre)
    n = ('n', 0)

    def keys_over(body, et):
        if hi is not None:
            return comp_hi(g, et, hi, body)
        return comp(g, et, [(0, ext)], body)

    key = argmin_keys(g, keys_over, pre, d) if r.random() < 0.4 else key_expr(g, kval, pre, d)
    if r.random() < 0.25:
        vals = mk('bin', '*', [operand(g, t, (n,), pre, d), operand(g, t, (n,), pre, d)])
    else:
        vals = operand(g, t, (n,), pre, d, var_only=False)
    zero = flit(t, 0.0)
    form = r.choice(['count', 'sum', 'sum', 'kmeans', 'kmeans', 'block'])

    def eq(c):
        kc = [key, ivar(c)] if r.random() < 0.7 else [ivar(c), key]
        return mk('cmp', '==', kc)

    def count(c):
        return E('red', (I64, ()), 'count', [eq(c)])

    def ksum(c):
        if r.random() < 0.75:
            sel = mk('call', 'select', [eq(c), vals, zero])
        else:
            sel = E('tern', (t, vals.t[1]), None, [eq(c), vals, zero])
        return E('red', (sel.t[0], ()), 'sum', [sel])
    if form == 'count':
        e = keys_over(count, I64)
        if r.random() < 0.3:       # work after the count
            cnt = let(g, e, pre, declare=False)
            e = keys_over(lambda c: mk('bin', '*', [E('idx', (I64, ()), None, [cnt, ivar(c)]), lit(I64, 2, True)]), I64)
        return pre, e
    if form == 'sum':
        def body(c):
            s = ksum(c)
            x = r.random()
            if x < 0.3:
                return mk('bin', '+', [mk('bin', '*', [s, flit(t, 0.5)]), mk('call', t, [ivar(c)])])
            if x < 0.45:
                return mk('bin', '-', [flit(t, 1.0), s])
            return s
        return pre, keys_over(body, t)
    if form == 'kmeans':
        cnt = let(g, keys_over(count, I64), pre, declare=False)
        s = let(g, keys_over(ksum, t), pre, declare=False)
        st = s.t[0]
        if ext is not None and not has_zero((ext,)) and r.random() < 0.6:
            old = operand(g, st, (ext,), pre, d)
        else:
            old = None

        def mean(c):
            cc = E('idx', (I64, ()), None, [cnt, ivar(c)])
            sc = E('idx', (st, ()), None, [s, ivar(c)])
            other = E('idx', (st, ()), None, [old, ivar(c)]) if old is not None else flit(st, g.ch([0.0, -1.0]))
            return E('tern', (st, ()), None, [mk('cmp', '>', [cc, lit(I64, 0, True)]),
                                              mk('bin', '/', [sc, mk('call', st, [cc])]), other])
        return pre, keys_over(mean, st)

    # one comprehension: { let n = count(key == c); let s = sum(...); n > 0 ? s / f64(n) : 0.0 }
    def block(c):
        nn, sn = g.fresh('t'), g.fresh('t')
        s = ksum(c)
        st = s.t[0]
        stmts = [S('let', name=nn, e=count(c), t=(I64, ())), S('let', name=sn, e=s, t=(st, ()))]
        val = E('tern', (st, ()), None, [mk('cmp', '>', [ivar(nn), lit(I64, 0, True)]),
                                         mk('bin', '/', [var((st, ()), sn), mk('call', st, [ivar(nn)])]), flit(st, 0.0)])
        return E('block', (st, ()), stmts, [val])
    return pre, keys_over(block, t)


# ------------------------------------------------------------ interchange ----

def pick_helper(g, t):
    """fn h(x: t[p], c: bool) -> t[p] { if c { return x * 2.0; } return x; }
    (a new helper of the program; other calls may use it too)."""
    r = g.r
    name = g.fresh(g.prefix + 'h')
    pt = (t, (('p', 0),))
    xn, cn = 'x', 'c'
    x = var(pt, xn)
    one = r.choice([lambda: mk('bin', '*', [x, flit(t, 2.0)]), lambda: mk('bin', '+', [x, flit(t, 1.0)]),
                    lambda: mk('un', '-', [x])])()
    other = x if r.random() < 0.7 else mk('bin', '-', [x, flit(t, 0.5)])
    if r.random() < 0.7:
        body = [S('if', c=var((BOOL, ()), cn), then=[S('return', es=[one])], **{'else': []}), S('return', es=[other])]
    else:
        body = [S('if', c=var((BOOL, ()), cn), then=[S('return', es=[one])], **{'else': [S('return', es=[other])]})]
    f = Fn(name, [(xn, pt, False), (cn, (BOOL, ()), False)], [(pt, False)], body, export=False)
    f.elementwise, f.writer, f.early = False, False, True
    g.helpers.append(f)
    return f


def interchange(g, d):
    r = g.r
    pre = []
    t = g.ch([F64, F64, F32])
    if g.big:        # many columns, few rows: several blocks of 256
        R = r.choice([(None, 1), (None, r.randint(2, 3))] + ([('m', 0)] if 'm' in g.sizes else []))
        C = ('n', 0) if r.random() < 0.8 else (None, r.choice(WIDTHS))
    else:
        R = size_ext(g)
        C = size_ext(g, width=True)
    form = r.choice(['sum0', 'sum0', 'mean0', 'map0', 'dotcol', 'dotcol_y', 'sumcol', 'vm', 'vm_helper', 'atax', 'atax'])
    if form == 'mean0' and has_zero((R,)):
        form = 'sum0'
    if form in ('sum0', 'mean0'):
        a = operand(g, t, (R, C), pre, d, var_only=False)
        e = E('axred', (t, (C,)), ('sum' if form == 'sum0' else 'mean', 0), [a])
        if r.random() < 0.3:       # work after the sum: sum(a, 0) / f64(n), * 0.5
            e = mk('bin', '/', [e, mk('bin', '+', [mk('call', t, [ext_expr(g, R)]), flit(t, 1.0)])]) \
                if r.random() < 0.5 else mk('bin', '*', [e, flit(t, 0.5)])
        return pre, e
    if form == 'map0':           # sum(a * 2.0 + b, 0)
        a, b = operand(g, t, (R, C), pre, d), operand(g, t, (R, C), pre, d)
        m = mk('bin', '+', [mk('bin', '*', [a, flit(t, g.ch([2.0, 0.5, -1.0]))]), b])
        return pre, E('axred', (t, (C,)), (g.ch(['sum', 'sum', 'mean']) if not has_zero((R,)) else 'sum', 0), [m])
    if form in ('vm', 'vm_helper'):     # x @ a, h(x, c) @ a
        a = operand(g, t, (R, C), pre, d, var_only=r.random() < 0.7)
        x = operand(g, t, (R,), pre, d, var_only=False)
        if form == 'vm_helper':
            f = pick_helper(g, t)
            c = g.scalar(BOOL, 1) if r.random() < 0.6 else new_param(g, (BOOL, ()))
            x = E('fcall', (t, (R,)), f, [x, c])
        return pre, E('matmul', (t, (C,)), g.ch(['@', '@', 'fn']), [x, a])
    a = operand(g, t, (R, C), pre, d)
    lo = 0
    if form == 'sumcol' and r.random() < 0.6:
        lo = r.choice([1, 2]) if (C[0] is not None or C == ('n', 0)) else 1
        if C[0] is None and C[1] < lo:
            lo = 0

    def col(j):
        return E('slice', (t, (R,)), [('all',), ('i',)], [a, ivar(j)])
    if form == 'sumcol':         # [sum(a[.., j]) * 0.5 for j in lo..m]
        def body(j):
            s = E('red', (t, ()), 'sum', [col(j)])
            return mk('bin', '*', [s, flit(t, 0.5)]) if r.random() < 0.6 else s
        return pre, comp(g, t, [(lo, C)], body)
    if form == 'atax':       # let x = [dot(a[i, ..], w) for i in 0..R] (a row producer); then dotcol with x
        w = operand(g, t, (C,), pre, d)

        def row(i):
            ri = E('slice', (t, (C,)), [('i',), ('all',)], [a, ivar(i)])
            e = E('red', (t, ()), 'dot', [ri, w]) if r.random() < 0.7 else E('red', (t, ()), 'sum', [ri])
            return mk('bin', '*', [e, flit(t, 0.5)]) if r.random() < 0.3 else e
        x = let(g, comp(g, t, [(0, R)], row), pre)
    else:
        x = operand(g, t, (R,), pre, d)
    y = operand(g, t, (C,), pre, d) if form == 'dotcol_y' or (form == 'atax' and r.random() < 0.5) else None

    def dbody(j):
        dt = E('red', (t, ()), 'dot', [col(j), x] if r.random() < 0.8 else [x, col(j)])
        if y is None:
            return dt
        yj = E('idx', (t, ()), None, [y, ivar(j)])
        e = mk('bin', '+', [mk('bin', '*', [yj, flit(t, 2.0)]), dt])
        return mk('bin', '-', [e, flit(t, 1.0)]) if r.random() < 0.4 else e
    return pre, comp(g, t, [(0, C)], dbody)


# ---------------------------------------------------------------- padtail ----

def runs(g, d):
    """[sum([x[i + c] for c in 0..min(w, L - i)]) for i in 0..L] (pass
    padtail): short runs of every length up to w, the last ones reaching
    the array's end (where the padded count is cut), of x, of x * y or of
    select(x > 0, x, 0); w around the vector lengths (8 f64, 16 f32)."""
    r = g.r
    pre = []
    t = g.ch([F64, F64, F32, I64])
    L = size_ext(g)
    x = operand(g, t, (L,), pre, d)
    y = operand(g, t, (L,), pre, d) if r.random() < 0.4 else None
    w = r.choice([0, 1, 3, 7, 8, 9, 15, 16, 17, 20])
    sel = r.random() < 0.3
    zero = flit(t, 0.0) if t in (F64, F32) else lit(I64, 0, True)

    def outer(i):
        hi = mk('call', 'min', [lit(I64, w, True), mk('bin', '-', [ext_expr(g, L), ivar(i)])])

        def inner(c):
            k = mk('bin', '+', [ivar(i), ivar(c)])
            e = E('idx', (t, ()), None, [x, k])
            if y is not None:
                e = mk('bin', '*', [e, E('idx', (t, ()), None, [y, k])])
            if sel:
                e = E('tern', (t, ()), None, [mk('cmp', '>', [e, zero]), e, zero])
            return e
        return E('red', (t, ()), 'sum', [comp_hi(g, t, hi, inner)])
    return pre, comp(g, t, [(0, L)], outer)


# ------------------------------------------------------------------- rows ----

def rows(g, d):
    """A reduction over each row and the maps that use it on the same row
    (pass rowfuse's loops over rows): softmax's shape, `mx = maximum(a, 1);
    e = [exp(a[i, j] - mx[i]) for i, j]; s = sum(e, 1); [e[i, j] / s[i] for
    i, j]`, with minimum, sum or mean first, `-` or `*` for the map, and the
    value of any step as the result."""
    r = g.r
    pre = []
    t = g.ch([F64, F64, F32])
    R = size_ext(g)
    C = size_ext(g, width=True)
    a = operand(g, t, (R, C), pre, d)
    first = g.ch(['maximum', 'minimum', 'sum', 'mean'])
    if first != 'sum' and has_zero((C,)):
        first = 'sum'
    mx = let(g, E('axred', (t, (R,)), (first, 1), [a]), pre)
    f = g.ch(['sub', 'exp', 'mul'])

    def map1(i, j):
        aij = E('idx', (t, ()), None, [a, ivar(i), ivar(j)])
        mi = E('idx', (t, ()), None, [mx, ivar(i)])
        if f == 'mul':
            return mk('bin', '*', [aij, mi])
        e = mk('bin', '-', [aij, mi])
        return mk('call', 'exp', [e]) if f == 'exp' else e
    e = let(g, comp(g, t, [(0, R), (0, C)], map1), pre)
    if r.random() < 0.25:
        return pre, e
    s = let(g, E('axred', (t, (R,)), ('sum', 1), [e]), pre)
    if r.random() < 0.25:
        return pre, s
    op = g.ch(['/', '*', '-'])

    def map2(i, j):
        return mk('bin', op, [E('idx', (t, ()), None, [e, ivar(i), ivar(j)]), E('idx', (t, ()), None, [s, ivar(i)])])
    return pre, comp(g, t, [(0, R), (0, C)], map2)


# ----------------------------------------------------------- matmul-idiom ----

def mmidiom(g, d):
    r = g.r
    pre = []
    t = g.ch([F64, F64, F32])
    form = r.choice(['plain', 'plain', 'gemm', 'plus', 'cov', 'diag', 'scale'])
    if g.big:       # at most one long extent
        exts = [(None, r.randint(0, 3)), ('m', 0) if 'm' in g.sizes else (None, 1), ('n', 0)]
        r.shuffle(exts)
        M, N, K = exts
        if form in ('cov', 'diag'):
            M, K = (exts[0] if exts[0][0] != 'n' else exts[1]), ('n', 0)
    else:
        M, N, K = size_ext(g), size_ext(g), size_ext(g)
    if form in ('cov', 'diag'):
        N = M
    if form == 'cov' and (K[0] is None and K[1] < 2 or K == ('m', 0) and g.sizes['m'] < 2):
        K = ('n', 0)        # f64(K) - 1.0 is not 0
    ta = r.random() < 0.3 or form == 'cov'      # a[.., i] of a: t[K, M]
    tb = r.random() < 0.3                       # b[j, ..] of b: t[N, K]
    a = operand(g, t, (K, M) if ta else (M, K), pre, d)
    if form == 'cov':
        b, tb = a, True
        tb_rows = False
    else:
        b = operand(g, t, (N, K) if tb else (K, N), pre, d)
        tb_rows = tb
    loop = r.random() < 0.25      # sum([a[i, p] * b[p, j] for p in 0..K])

    def prod(i, j):
        if loop:
            def inner(p):
                ea = E('idx', (t, ()), None, [a, ivar(p), ivar(i)] if ta else [a, ivar(i), ivar(p)])
                if form == 'cov':
                    eb = E('idx', (t, ()), None, [b, ivar(p), ivar(j)])
                else:
                    eb = E('idx', (t, ()), None, [b, ivar(j), ivar(p)] if tb_rows else [b, ivar(p), ivar(j)])
                return mk('bin', '*', [ea, eb])
            return E('red', (t, ()), 'sum', [comp(g, t, [(0, K)], inner)])
        sa = E('slice', (t, (K,)), [('all',), ('i',)] if ta else [('i',), ('all',)], [a, ivar(i)])
        if form == 'cov' or not tb_rows:
            sb = E('slice', (t, (K,)), [('all',), ('i',)], [b, ivar(j)])
        else:
            sb = E('slice', (t, (K,)), [('i',), ('all',)], [b, ivar(j)])
        return E('red', (t, ()), 'dot', [sa, sb])

    def body(i, j):
        p = prod(i, j)
        if form == 'plain':
            return p
        if form == 'plus':
            return mk('bin', '+', [p, flit(t, 1.0)])
        if form == 'scale':
            return mk('bin', '*', [p, flit(t, g.ch([0.5, 2.0, -1.0]))])
        if form == 'cov':
            return mk('bin', '/', [p, mk('bin', '-', [mk('call', t, [ext_expr(g, K)]), flit(t, 1.0)])])
        if form == 'diag':
            return E('tern', (t, ()), None, [mk('cmp', '==', [ivar(i), ivar(j)]), flit(t, g.ch([1.0, -1.0, 0.0])), p])
        # gemm: alpha * dot(...) + beta * c[i, j]
        return mk('bin', '+', [mk('bin', '*', [alpha, p]), mk('bin', '*', [beta, E('idx', (t, ()), None, [c, ivar(i), ivar(j)])])])
    if form == 'gemm':
        def coef():
            x = r.random()
            if x < 0.4:
                return flit(t, g.ch([1.5, 0.5, 2.0, -1.0]))
            ex = vars_of(g, (t, ()))
            if ex and x < 0.6:
                return var((t, ()), g.ch(ex))
            return new_param(g, (t, ()))
        alpha, beta = coef(), coef()
        c = operand(g, t, (M, N), pre, d)
    return pre, comp(g, t, [(0, M), (0, N)], body)


FAMILIES = (('groupby', groupby), ('interchange', interchange), ('mmidiom', mmidiom), ('padtail', runs), ('rows', rows))
import gen_passes  # noqa: E402  (its families use this module's helpers, at call time)
FAMILIES += gen_passes.FAMILIES


import gen_lanes  # noqa: E402  (a sum of inner sums, pass lanesum: drawn on its own, LANES_P)
LANES = gen_lanes.FAMILIES


def idiom(g, d, lanes=False):
    """(statements, the variable of the result, its type) or None: one of
    the shapes (with lanes, gen_lanes' shape), its value bound by the last
    statement."""
    fams = [(tag, f) for tag, f in (LANES if lanes else FAMILIES) if g.ok(tag) and g.ok('idiom')]
    if not fams or not hasattr(g, 'params'):
        return None
    tag, f = g.ch(fams)
    pre, e = f(g, d)
    g.tags.add(tag)
    name = g.fresh()
    pre.append(S('let', name=name, e=e, t=e.t))
    if DYN in e.t[1]:
        g.declare(name, e.t, 'dyn')
    elif not has_zero(e.t[1]):
        g.declare(name, e.t, 'let')
    return pre, name, e.t
