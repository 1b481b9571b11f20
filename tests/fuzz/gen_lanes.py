"""A sum of inner sums inside a parallel comprehension, for gen.py: the
shape pass lanesum (passes/lanesum.c) rewrites, so that the inner loop adds
into vector lanes of the outer sum (8 for f64, 16 for f32) and the outer
sum is the pairwise sum of its lanes after its loop.

Gen.body puts one into about LANES_P of the exported functions (besides
gen_idioms' families, tag lanesum for --avoid; 'idiom' turns it off too),
as let statements whose last value becomes an extra result:

    [sum([sum(a[lo[j]..hi[j]]) for r in 0..K]) for i in 0..M]      (j = (i + r) % M, ...)
    [sum([sum([a[idx[k]] for k in lo[j]..hi[j]]) for r in 0..K]) for i in 0..M]
    [0.5 * sum([{ let j = ...; sum([{ let d = c[i] - a[k]; ... } for k in ...]) } for s in 0..S, t in 0..T]) ...]

or, as a molecular-dynamics force loop, with a helper returning a tuple of
1 to 4 sums over one run (`fn h(c, me, lo, hi, xs[, ids | ys]) -> (f64,
f64, ...)`, its terms guarded by a cutoff `ok ? d * d : 0.0`) called over
a 1-D or 2-D comprehension whose tuple of sums (some scaled, `0.5 *
sum(v)`) is the element of the outer comprehension.

Variation: f64 and f32; the outer extent M from the sizes or a constant;
the runs over data of extent n or a constant around the vector lengths
(1, 5, 8, 9, 16, 17, 20, 33); K a constant (0 included), a size or an i64
parameter (negative: no runs); run bounds from two i64[M] parameters,
clamped (`max(lo[j], 0)..min(hi[j], L)`, the inputs then partly out of
range) or not (inputs in range), or a run of width w from lo[j] cut at the
end; the run bounds inputs have empty runs (hi <= lo), runs from 0 and runs
reaching the end; slices `a[lo..hi]`, comprehensions of a[k], a[k] * b[k],
a gather a[idx[k]] (runs over idx), a select, a distance with a cutoff.
Shapes that must not use lanes come too: the inner sum read twice (`{ let
s = sum(...); s + s * 0.5 }`), scaled inside the outer sum (`2.0 *
sum(...)`), or a product of two inner sums.

The data are new parameters (values small multiples of 1/64: most sums
exact in any order), existing variables or lets of random array
expressions; the reference carries its reduction error bound for inexact
sums (gen_interp.fsum: the inner sums' bounds plus the outer sum's), with
which difftest's tolerance (four times it) admits the lanes' order too.
The runs' bounds and the gather's indices are in range by construction (or
clamped), so the reference never sees an out-of-range index.
"""

import copy

import gen_idioms as gi

LANES_P = 0.15       # an exported function gets one of these shapes (besides gen_idioms.IDIOM_P)
L_CONST = [1, 5, 8, 9, 16, 17, 20, 33]     # run data extents around the vector lengths (8 f64, 16 f32)


def i64(v):
    return gi.lit(gi.I64, v, True)


def extv(g, ext):
    """An extent's value."""
    return (g.sizes[ext[0]] if ext[0] is not None else 0) + ext[1]


def idx(t, arr, *ixs):
    return gi.E('idx', (t, ()), None, [arr] + list(ixs))


def dslice(arr, lo, hi):
    """arr[lo..hi] with run-time bounds (E 'dslice': gen_ast prints it,
    gen_interp checks it as a slice)."""
    return gi.E('dslice', (arr.t[0], gi.DYNS), None, [arr, lo, hi])


def block(stmts, val):
    return gi.E('block', val.t, stmts, [val])


def tup(es):
    return gi.E('tuple', ('tuple', ()), None, es)


def fsum(e):
    """sum(e) of a float array (or tuple component)."""
    return gi.E('red', (e.t[0], ()), 'sum', [e])


def gcomp(g, specs, body_fn):
    """[body for g0 in 0..x0, ...] with each x an extent, or ('hi', e) with
    e an i64 expression, or ('run', lo, hi) two i64 expressions (lo..hi);
    body_fn gets the generators' names."""
    names = [g.fresh('g') for _ in specs]
    gens, kids = [], [None]
    g.push()
    for n, sp in zip(names, specs):
        if sp[0] == 'hi':
            kids.append(sp[1])
            gens.append((n, 0, None, len(kids) - 1, 'hi'))
            g.declare(n, (gi.I64, ()), 'gen', None)
        elif sp[0] == 'run':
            kids += [sp[2], sp[1]]
            gens.append((n, 0, None, len(kids) - 2, 'hi', len(kids) - 1))
            g.declare(n, (gi.I64, ()), 'gen', None)
        else:
            gens.append((n, 0, sp))
            g.declare(n, (gi.I64, ()), 'gen', (0, sp))
    g.in_comp += 1
    body = body_fn(*names)
    g.in_comp -= 1
    g.pop()
    kids[0] = body
    shape = tuple(gi.DYN if sp[0] in ('hi', 'run') else sp for sp in specs)
    return gi.E('comp', (body.t[0], shape), gens, kids)


def run_inputs(lval, clamp):
    """Input makers for the run bounds lo, hi (i64[M]), made together (lo's
    maker runs first, make_program takes the parameters in order): empty
    runs, runs from 0, runs reaching the end lval, any runs; with clamp,
    some bounds out of 0..lval (the program clamps them)."""
    state = {}

    def make(r, cnt):
        los, his = [], []
        for _ in range(cnt):
            x = r.random()
            lo = r.randint(0, lval)
            if x < 0.15:
                hi = lo - r.randint(0, 2)                # empty
            elif x < 0.4:
                hi = lval                                # to the end
            elif x < 0.5:
                lo, hi = 0, r.randint(0, lval)           # from the start
            else:
                hi = r.randint(lo, lval)
            if clamp and r.random() < 0.3:
                if r.random() < 0.5:
                    lo -= r.randint(1, 20)
                else:
                    hi += r.randint(1, 20)
            if not clamp:
                hi = max(hi, -1)
            los.append(lo)
            his.append(hi)
        state['v'] = (los, his)
        return los

    def make_hi(r, cnt):
        if 'v' not in state:
            make(r, cnt)
        return state['v'][1]
    return make, make_hi


def pick_exts(g):
    r = g.r
    if g.big:        # n is long: few outer elements
        M = ('m', 0) if 'm' in g.sizes else (None, r.randint(1, 3))
        L = ('n', 0) if r.random() < 0.5 else (None, r.choice(L_CONST))
    else:
        ms = [('n', 0), (None, r.randint(1, 5))] + ([('m', 0)] * 2 if 'm' in g.sizes else [])
        M = r.choice(ms)
        L = ('n', 0) if r.random() < 0.4 else (None, r.choice(L_CONST))
    return M, L


def k_spec(g):
    """The outer sum's generators (gcomp's specs): `s in 0..S, t in 0..T`,
    `r in 0..K` with K a constant, a size or an i64 parameter."""
    r = g.r
    x = r.random()
    if x < 0.4:
        return [(None, r.choice([3, 2, 1]) if r.random() < 0.8 else 0), (None, r.choice([2, 1]))]
    if x < 0.7:
        return [(None, r.choice([0, 1, 2, 3, 4, 5, 8, 9]))]
    if x < 0.8 and not g.big:
        return [g.ch([s for s in (('n', 0), ('m', 0)) if s[0] in g.sizes])]
    v = gi.new_param(g, (gi.I64, ()), lambda r2, cnt: [r2.choice([-1, 0, 1, 2, 3, 5, 7])])
    return [('hi', v)]


def j_expr(g, i, gs, M):
    """The run's index into lo / hi, in 0..M: (i + r) % M and others."""
    r = g.r
    Me = gi.ext_expr(g, M)
    if len(gs) == 2:
        s, t = gs
        if r.random() < 0.5:
            e = gi.mk('bin', '+', [gi.mk('bin', '+', [gi.ivar(i), gi.mk('bin', '*', [i64(2), gi.ivar(s)])]), gi.ivar(t)])
        else:
            e = gi.mk('bin', '+', [gi.mk('bin', '*', [gi.ivar(s), i64(r.choice([2, 3]))]), gi.ivar(t)])
    else:
        x = r.random()
        if x < 0.6:
            e = gi.mk('bin', '+', [gi.ivar(i), gi.ivar(gs[0])])
        elif x < 0.8:
            e = gi.ivar(gs[0])
        else:
            e = gi.mk('bin', '+', [gi.mk('bin', '*', [gi.ivar(i), i64(3)]), gi.ivar(gs[0])])
    return gi.mk('bin', '%', [e, Me])


def lanesum(g, d):
    r = g.r
    pre = []
    t = g.ch([gi.F64, gi.F64, gi.F32])
    M, L = pick_exts(g)
    lval = extv(g, L)
    clamp = r.random() < 0.5
    mk_lo, mk_hi = run_inputs(lval, clamp)
    lo_a = gi.new_param(g, (gi.I64, (M,)), mk_lo)
    hi_a = gi.new_param(g, (gi.I64, (M,)), mk_hi)
    width = r.choice([0, 1, 3, 7, 8, 9, 15, 16, 17]) if r.random() < 0.2 else None

    def bounds(j):
        """(lo, hi) i64 expressions of run j (an i64 expression in 0..M)."""
        lo = idx(gi.I64, lo_a, j)
        if clamp:
            lo = gi.mk('call', 'max', [lo, i64(0)])
        if width is not None:       # a run of w from lo, cut at the end
            if not clamp:
                lo = gi.mk('call', 'min', [lo, gi.ext_expr(g, L)])
            return lo, gi.mk('call', 'min', [gi.mk('bin', '+', [copy.deepcopy(lo), i64(width)]), gi.ext_expr(g, L)])
        hi = idx(gi.I64, hi_a, copy.deepcopy(j))
        if clamp:
            hi = gi.mk('call', 'min', [hi, gi.ext_expr(g, L)])
        return lo, hi
    if r.random() < 0.35:
        return tuple_form(g, d, pre, t, M, L, bounds)
    return plain_form(g, d, pre, t, M, L, bounds)


def plain_form(g, d, pre, t, M, L, bounds):
    r = g.r
    # 'frac' and the tuple helpers' 'q' terms divide: bodies heavy enough for
    # lanes (passes/lanesum.c, LANES_MIN_WORK); the others are lighter
    form = r.choice(['slice', 'slice', 'elem', 'prod', 'gather', 'gather', 'sel', 'dist', 'dist', 'frac', 'frac', 'frac'])
    a = gi.operand(g, t, (L,), pre, d)
    b = gi.operand(g, t, (L,), pre, d) if form == 'prod' else None
    c = gi.operand(g, t, (M,), pre, d) if form == 'dist' else None
    ga, gidx = None, None
    if form == 'gather':            # the runs over idx (extent L), a gathered from an array of extent La
        La = (None, r.choice(L_CONST)) if r.random() < 0.5 else ('n', 0)
        laval = extv(g, La)
        ga = gi.operand(g, t, (La,), pre, d)
        gidx = gi.new_param(g, (gi.I64, (L,)), lambda r2, cnt: [r2.randint(0, laval - 1) for _ in range(cnt)])
    cut = gi.flit(t, r.choice([1.0, 4.0, 10.0, 100.0]))
    zero = gi.flit(t, 0.0)
    shape = r.choice(['lanes', 'lanes', 'lanes', 'lanes', 'block', 'block', 'twice', 'scaled', 'product'])
    scale_out = r.random() < 0.3
    gspec = k_spec(g)

    def inner(i, j):
        lo, hi = bounds(j)
        if form == 'slice':
            return fsum(dslice(a, lo, hi))

        def term(k):
            if form == 'elem':
                return idx(t, a, gi.ivar(k))
            if form == 'prod':
                return gi.mk('bin', '*', [idx(t, a, gi.ivar(k)), idx(t, b, gi.ivar(k))])
            if form == 'gather':
                return idx(t, ga, idx(gi.I64, gidx, gi.ivar(k)))
            if form == 'frac':      # a[k] / (1 + a[k] * a[k]): the divisor is at least 1
                ak = idx(t, a, gi.ivar(k))
                return gi.mk('bin', '/', [ak, gi.mk('bin', '+', [gi.flit(t, 1.0), gi.mk('bin', '*', [ak, ak])])])
            if form == 'sel':
                ak = idx(t, a, gi.ivar(k))
                return gi.E('tern', (t, ()), None, [gi.mk('cmp', '>', [ak, zero]), ak, zero])
            dn = g.fresh('d')
            dv = gi.var((t, ()), dn)
            dd = gi.mk('bin', '*', [dv, dv])
            st = gi.S('let', name=dn, e=gi.mk('bin', '-', [idx(t, c, gi.ivar(i)), idx(t, a, gi.ivar(k))]), t=(t, ()))
            return block([st], gi.E('tern', (t, ()), None, [gi.mk('cmp', '<', [dd, cut]), dd, zero]))
        return fsum(gcomp(g, [('run', lo, hi)], term))

    def outer(i):
        def run(*gs):
            j = j_expr(g, i, gs, M)
            if shape == 'block':            # { let j = ...; sum(...) }
                jn = g.fresh('j')
                return block([gi.S('let', name=jn, e=j, t=(gi.I64, ()))], inner(i, gi.ivar(jn)))
            s = inner(i, j)
            if shape == 'twice':            # the inner sum read twice: no lanes
                sn = g.fresh('s')
                sv = gi.var((t, ()), sn)
                return block([gi.S('let', name=sn, e=s, t=(t, ()))],
                             gi.mk('bin', '+', [sv, gi.mk('bin', '*', [sv, gi.flit(t, 0.5)])]))
            if shape == 'scaled':           # a term that is not the inner sum: no lanes
                return gi.mk('bin', '*', [gi.flit(t, 2.0), s])
            if shape == 'product':          # a product of two inner sums: no lanes
                return gi.mk('bin', '*', [s, inner(i, gi.mk('bin', '%', [gi.ivar(i), gi.ext_expr(g, M)]))])
            return s
        e = fsum(gcomp(g, gspec, run))
        if scale_out:
            e = gi.mk('bin', '*', [gi.flit(t, 0.5), e])
        return e
    return pre, gcomp(g, [M], outer)


def tuple_helper(g, t, nsum):
    """fn h(c: t, me: i64, lo: i64, hi: i64, xs: t[p][, ids: i64[p] | ys: t[p]]) -> (t, ...):
    nsum sums over k in lo..hi of terms guarded by a cutoff."""
    r = g.r
    name = g.fresh(g.prefix + 'h')
    pt = (t, (('p', 0),))
    extra = r.choice([None, None, 'ids', 'ys'])
    params = [('c', (t, ()), False), ('me', (gi.I64, ()), False), ('lo', (gi.I64, ()), False),
              ('hi', (gi.I64, ()), False), ('xs', pt, False)]
    if extra == 'ids':
        params.append(('ids', (gi.I64, (('p', 0),)), False))
    elif extra == 'ys':
        params.append(('ys', pt, False))
    cv, xs = gi.var((t, ()), 'c'), gi.var(pt, 'xs')
    zero = gi.flit(t, 0.0)
    cut = gi.flit(t, r.choice([1.0, 4.0, 10.0, 100.0]))
    kinds = ['dd', 'd', 'one', 'x', 'q', 'q'] + (['dy'] if extra == 'ys' else [])
    terms = [r.choice(kinds) for _ in range(nsum)]
    guard = r.choice(['self', 'self', 'cut'])
    names = ['p%d' % q for q in range(nsum)]

    def body(k):
        kv = gi.ivar(k)
        dv = gi.var((t, ()), 'd')
        okv = gi.var((gi.BOOL, ()), 'ok')
        dd = gi.mk('bin', '*', [dv, dv])
        near = gi.mk('cmp', '<', [dd, cut])
        if guard == 'self':
            who = idx(gi.I64, gi.var((gi.I64, (('p', 0),)), 'ids'), kv) if extra == 'ids' else kv
            near = gi.mk('log', '&&', [gi.mk('cmp', '!=', [who, gi.ivar('me')]), near])
        stmts = [gi.S('let', name='d', e=gi.mk('bin', '-', [cv, idx(t, xs, kv)]), t=(t, ())),
                 gi.S('let', name='ok', e=near, t=(gi.BOOL, ()))]
        out = []
        for kind in terms:
            if kind == 'x':
                out.append(idx(t, xs, kv))
                continue
            v = {'dd': dd, 'd': dv, 'one': gi.flit(t, 1.0),
                 'q': gi.mk('bin', '/', [dv, gi.mk('bin', '+', [dd, gi.flit(t, 1.0)])]),     # divisor at least 1
                 'dy': gi.mk('bin', '*', [dv, idx(t, gi.var(pt, 'ys'), kv)]) if extra == 'ys' else None}[kind]
            out.append(gi.E('tern', (t, ()), None, [okv, v, zero]))
        return block(stmts, tup(out) if nsum > 1 else out[0])
    g.push()
    comp = gcomp(g, [('run', gi.ivar('lo'), gi.ivar('hi'))], body)
    g.pop()
    if nsum > 1:
        comp.t = ('tuple', comp.t[1])
        fbody = [gi.S('lett', names=names, e=comp, var=False),
                 gi.S('return', es=[fsum(gi.var((t, gi.DYNS), n)) for n in names])]
    else:
        fbody = [gi.S('return', es=[fsum(comp)])]
    f = gi.Fn(name, params, [((t, ()), False)] * nsum, fbody, export=False)
    f.elementwise, f.writer, f.early = False, False, False
    f.own = True        # called here only (Gen.helper_call and the lett statements leave it alone)
    g.helpers.append(f)
    return f, extra


def tuple_form(g, d, pre, t, M, L, bounds):
    """let (P, Q, ...) = [{ let (u, v, ...) = [h(c[i] - t(s), i, lo, hi, xs) for s in ..., t in ...];
    (sum(u), 0.5 * sum(v), ...) } for i in 0..M]; the value P + Q * 0.5 + ..."""
    r = g.r
    nsum = r.choice([1, 2, 2, 3, 3, 4])
    f, extra = tuple_helper(g, t, nsum)
    xs = gi.operand(g, t, (L,), pre, d)
    c = gi.operand(g, t, (M,), pre, d)
    if extra == 'ids':
        mv = extv(g, M)
        ex = gi.new_param(g, (gi.I64, (L,)), lambda r2, cnt: [r2.randint(0, mv) for _ in range(cnt)])
    elif extra == 'ys':
        ex = gi.operand(g, t, (L,), pre, d)
    gspec = k_spec(g)
    scales = [r.random() < 0.3 for _ in range(nsum)]
    blocked = r.random() < 0.4
    rt = ('tuple', ()) if nsum > 1 else (t, ())

    def outer(i):
        def call(*gs):
            j = j_expr(g, i, gs, M)
            stmts = []
            if blocked:
                jn = g.fresh('j')
                stmts.append(gi.S('let', name=jn, e=j, t=(gi.I64, ())))
                j = gi.ivar(jn)
            lo, hi = bounds(j)
            cc = idx(t, c, gi.ivar(i))
            if r.random() < 0.7:
                cc = gi.mk('bin', '-', [cc, gi.mk('call', t, [gi.ivar(gs[-1])])])
            args = [cc, gi.ivar(i), lo, hi, xs] + ([ex] if extra else [])
            e = gi.E('fcall', rt, f, args)
            return block(stmts, e) if stmts else e
        inner = gcomp(g, gspec, call)
        if nsum == 1:
            s = fsum(inner)
            return gi.mk('bin', '*', [gi.flit(t, 0.5), s]) if scales[0] else s
        inner.t = ('tuple', inner.t[1])
        us = [g.fresh('u') for _ in range(nsum)]
        sums = []
        for u, sc in zip(us, scales):
            s = fsum(gi.var((t, gi.DYNS), u))
            sums.append(gi.mk('bin', '*', [gi.flit(t, 0.5), s]) if sc else s)
        return block([gi.S('lett', names=us, e=inner, var=False)], tup(sums))
    oc = gcomp(g, [M], outer)
    if nsum == 1:
        return pre, oc
    oc.t = ('tuple', oc.t[1])
    ps = [g.fresh('P') for _ in range(nsum)]
    pre.append(gi.S('lett', names=ps, e=oc, var=False))
    e = None
    for q, pn in enumerate(ps):
        v = gi.var((t, (M,)), pn)
        if q:
            v = gi.mk('bin', '*', [v, gi.flit(t, [1.0, 0.5, 0.25, 2.0][q])])
        e = v if e is None else gi.mk('bin', '+', [e, v])
    return pre, e


FAMILIES = (('lanesum', lanesum),)
