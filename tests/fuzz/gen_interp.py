"""gen.py's reference interpreter: Interp runs a program's AST on the
values of gen_values.py (broadcasting, reductions red_data / dot_vals /
fsum, the lambdas of reduce and scan), and the stencil reads p[o...] of
stencil statements.
"""

import math

import numpy as np

from gen_types import BOOL, COMPLEX, F32, F64, FLOATS, I64, INTS, U, ext_val, promote
from gen_ast import E, S
from gen_values import Arr, ViewData, RunErr, Unstable, conv, fbin, fin, ibin, normal, scalar_op, uniform, wrap
import gen_complex


class Brk(Exception):
    pass


class Cont(Exception):
    pass


class Ret(Exception):
    def __init__(self, vals):
        self.vals = vals


# ---------------------------------------------------------- interpreter ----

def bcast_shape(shapes):
    """NumPy broadcasting (LANGUAGE.md section 13): aligned at the last
    dimension; a missing dimension or an extent of 1 repeats."""
    r = max(len(s) for s in shapes)
    out = []
    for d in range(r):
        ds = [s[len(s) - r + d] for s in shapes if len(s) - r + d >= 0]
        big = [x for x in ds if x != 1]
        if any(x != big[0] for x in big):
            raise RunErr('shape mismatch')
        out.append(big[0] if big else 1)
    return tuple(out)


def bcast_cols(vals, shape):
    """Each value's elements repeated to shape (scalars to every element)."""
    n = 1
    for d in shape:
        n *= d
    cols = []
    for v in vals:
        if not isinstance(v, Arr):
            cols.append([v] * n)
        elif v.shape == shape:
            cols.append(v.data)
        else:
            off = len(shape) - len(v.shape)
            cols.append([v.data[flat_index(v.shape, [0 if v.shape[d] == 1 else ix[d + off] for d in range(len(v.shape))])]
                         for ix in iter_idx(shape)])
    return cols


def flat_index(shape, idx):
    k = 0
    for d, i in zip(shape, idx):
        if not 0 <= i < d:
            raise Unstable('generator produced an out-of-range index')
        k = k * d + i
    return k


def iter_idx(shape):
    if not shape:
        yield ()
        return
    if len(shape) == 1:
        for i in range(shape[0]):
            yield (i,)
        return
    for i in range(shape[0]):
        for rest in iter_idx(shape[1:]):
            yield (i,) + rest


class Interp:
    LIMIT = 3000000

    def __init__(self, sizes):
        self.sizes = sizes
        self.ops = 0
        self.rebound = [set()]      # per function being run: rebound_names of its body

    def tick(self, n):
        self.ops += n
        if self.ops > self.LIMIT:
            raise Unstable('reference evaluation too long')

    def subscripts(self, arr, subs, kids, env, what):
        """The indices each dimension of a slice or range store takes (an
        index i, `..`, or lo..hi), checking them as arrc does."""
        ranges, ki = [], 1
        for d, sub in enumerate(subs):
            if sub[0] == 'i':
                i = self.ev(kids[ki], env); ki += 1
                if not 0 <= i < arr.shape[d]:
                    raise RunErr('%s index out of bounds' % what)
                ranges.append([i])
            elif sub[0] == 'all':
                ranges.append(list(range(arr.shape[d])))
            else:
                lo, hi = sub[1], ext_val(sub[2], env)
                # an empty range (hi <= lo) is no error wherever it lies (section 5)
                if hi > lo and (lo < 0 or hi > arr.shape[d]):
                    raise RunErr('%s out of bounds' % what)
                ranges.append(list(range(lo, max(hi, lo))))
        return ranges

    def ev(self, e, env):
        k = e.k
        if k == 'value':       # an evaluated value (a var's reshaped view)
            return e.a
        if k == 'lit':
            v, t = e.a[0], e.t[0]
            if t in INTS:
                return wrap(v, t)
            return (float(np.float32(v)) if t == F32 else float(v), 0.0) if t in FLOATS else v
        if k == 'var':
            return env[e.a]
        if k == 'clit':        # an imaginary literal (gen_complex.py)
            return gen_complex.clit_val(e)
        if k == 'call' and e.a in ('len', 'size', 'copy', 'argsort'):
            arr = self.ev(e.kids[0], env)
            if e.a == 'len':
                return arr.shape[0]
            if e.a == 'size':
                return arr.shape[e.kids[1].a[0]]
            if e.a == 'copy':
                return Arr(arr.shape, list(arr.data))
            at = e.kids[0].t[0]
            keys = [x[0] if at in FLOATS else x for x in arr.data]
            if at in FLOATS:
                for i in range(1, len(keys)):
                    pass
                errs = [x[1] for x in arr.data]
                srt = sorted(range(len(keys)), key=lambda i: keys[i])
                for a_, b_ in zip(srt, srt[1:]):
                    if errs[a_] + errs[b_] > 0 and abs(keys[a_] - keys[b_]) <= 2 * (errs[a_] + errs[b_]):
                        raise Unstable('argsort tie within error')
            return Arr(arr.shape, sorted(range(len(keys)), key=lambda i: keys[i]))
        if k in ('bin', 'cmp', 'un', 'call'):
            vals = [self.ev(x, env) for x in e.kids]
            types = [x.t[0] for x in e.kids]
            return self.emap(k, e.a, e.t, vals, types)
        if k == 'log':
            a = self.ev(e.kids[0], env)
            if not e.t[1]:      # scalar: short circuit
                if e.a == '&&' and not a:
                    return False
                if e.a == '||' and a:
                    return True
                return self.ev(e.kids[1], env)
            b = self.ev(e.kids[1], env)
            return self.emap('log', e.a, e.t, [a, b], [BOOL, BOOL])
        if k == 'tern':
            if not e.kids[0].t[1] and not e.t[1]:
                c = self.ev(e.kids[0], env)
                x = e.kids[1] if c else e.kids[2]
                return conv(self.ev(x, env), x.t[0], e.t[0])
            vals = [self.ev(x, env) for x in e.kids]
            return self.emap('call', 'select', e.t, vals, [x.t[0] for x in e.kids])
        if k == 'idx':
            arr = self.ev(e.kids[0], env)
            idx = [self.ev(x, env) for x in e.kids[1:]]
            return arr.data[flat_index(arr.shape, idx)]
        if k == 'slice':
            return self.slice(e, env, False)
        if k == 'dslice':      # a[lo..hi]: empty where hi <= lo, else within the array (section 5)
            arr = self.ev(e.kids[0], env)
            lo, hi = self.ev(e.kids[1], env), self.ev(e.kids[2], env)
            if hi > lo and (lo < 0 or hi > arr.shape[0]):
                raise RunErr('slice out of bounds')
            return Arr([max(hi - lo, 0)], arr.data[lo:hi] if hi > lo else [])
        if k == 'pslice':
            arr = self.ev(e.kids[0], env)
            hi = self.ev(e.kids[1], env)
            if hi > arr.shape[0]:
                raise RunErr('slice out of bounds')
            return Arr([max(hi, 0)], arr.data[:max(hi, 0)])
        if k == 'comp':
            gens = e.a
            # a generator over a range, or over the elements of a 1-D array
            # (evaluated once, before any element); (g, lo, None, k, 'hi'):
            # over lo..hi with hi the expression kids[k] (gen_idioms); (g, 0,
            # None, k, 'hi', k2): lo the expression kids[k2] too (gen_lanes)
            ranges = []
            for g in gens:
                if len(g) > 4:
                    lo = self.ev(e.kids[g[5]], env) if len(g) > 5 else g[1]
                    hi = self.ev(e.kids[g[3]], env)
                    self.tick(max(hi - lo, 0))    # a data-dependent extent: huge ones are Unstable, not a MemoryError
                    ranges.append(list(range(lo, max(hi, lo))))
                elif len(g) > 3:
                    src = self.ev(e.kids[g[3]], env)
                    ranges.append(list(src.data))
                else:
                    ranges.append(list(range(g[1], max(ext_val(g[2], env), g[1]))))
            shape = [len(r) for r in ranges]
            body = e.kids[0]
            if body.k == 'tuple' or (body.k == 'block' and body.kids[0].k == 'tuple') or body.t[0] == 'tuple':
                n = tuple_arity(body)
                outs = [[] for _ in range(n)]
                for ix in _product(ranges):
                    env2 = dict(env)
                    env2.update(zip((g[0] for g in gens), ix))
                    vals = self.ev(body, env2)
                    for o, v in zip(outs, vals):
                        o.append(v)
                return tuple(Arr(shape, o) for o in outs)
            data = []
            for ix in _product(ranges):
                self.tick(1)
                env2 = dict(env)
                env2.update(zip((g[0] for g in gens), ix))
                data.append(self.ev(body, env2))
            return Arr(shape, data)
        if k == 'tuple':
            return tuple(self.ev(x, env) for x in e.kids)
        if k == 'block':
            env2 = dict(env)
            self.run(e.a, env2)
            return self.ev(e.kids[0], env2)
        if k == 'mask':      # a[m]: the elements where m holds, row-major
            arr = self.ev(e.kids[0], env)
            m = self.ev(e.kids[1], env)
            if arr.shape != m.shape:
                raise RunErr("shape mismatch in 'mask'")
            self.tick(len(arr.data))
            data = [x for x, b in zip(arr.data, m.data) if b]
            return Arr([len(data)], data)
        if k == 'axred':     # sum(a, k) ...: the reduction along dimension k
            name, ax = e.a
            arr = self.ev(e.kids[0], env)
            at, t = e.kids[0].t[0], e.t[0]
            sh = arr.shape
            out_shape = sh[:ax] + sh[ax + 1:]
            self.tick(len(arr.data))
            out = []
            for ix in iter_idx(out_shape):
                data = [arr.data[flat_index(sh, ix[:ax] + (j,) + ix[ax:])] for j in range(sh[ax])]
                out.append(red_data(name, at, t, data))
            return Arr(out_shape, out) if out_shape else out[0]
        if k == 'matmul':
            return self.matmul(e, env)
        if k == 'arrcall':
            return self.arrcall(e, env)
        if k == 'reshape':     # section 13: a view of the same elements (a copy of a slice arrc cannot view)
            a = self.ev(e.kids[0], env)
            shape = [ext_val(x, env) for x in e.t[1]]
            if any(x < 0 for x in shape):
                raise RunErr('negative extent')
            if math.prod(shape) != len(a.data):
                raise RunErr('reshape count')
            share = not isinstance(a.data, ViewData) or a.data.block
            return Arr(shape, a.data if share else list(a.data))
        if k == 'rand':      # rand(seed, d...) / randn: uniform / normal at the flat position
            seed = conv(self.ev(e.kids[0], env), e.kids[0].t[0], I64)
            shape = [ext_val(x, env) for x in e.t[1]]
            if any(d < 0 for d in shape):
                raise RunErr('negative extent')
            n = 1
            for d in shape:
                n *= d
            self.tick(n)
            f = uniform if e.a == 'rand' else normal
            return Arr(shape, [f(seed, i) for i in range(n)])
        if k == 'fill':      # LANGUAGE.md section 6: a negative size is a run-time error
            v = self.ev(e.kids[0], env)
            shape = [ext_val(x, env) for x in e.t[1]]
            if any(d < 0 for d in shape):
                raise RunErr('negative extent')
            n = 1
            for d in shape:
                n *= d
            return Arr(shape, [v] * n)
        if k == 'gather':
            arr = self.ev(e.kids[0], env)
            idx = self.ev(e.kids[1], env)
            out = []
            for i in idx.data:
                if not 0 <= i < arr.shape[0]:
                    raise RunErr('index out of bounds in a gather')
                out.append(arr.data[i])
            return Arr(idx.shape, out)
        if k == 'hist':
            idx = self.ev(e.kids[0], env)
            nb = ext_val(e.t[1][0], env)
            if nb < 0:
                raise RunErr('negative extent')
            h = [0] * nb
            for i in idx.data:
                if not 0 <= i < nb:
                    raise RunErr('index out of range in histogram')
                h[i] += 1
            return Arr([nb], h)
        if k == 'alit':
            return Arr([x[1] for x in e.t[1]], [conv(self.ev(x, env), x.t[0], e.t[0]) for x in e.kids])
        if k in ('reduce', 'scan'):
            return self.reduction(e, env)
        if k == 'red':
            return self.reduction(e, env)
        if k == 'fcall':
            return self.call(e, env)
        raise ValueError(k)

    def emap(self, k, op, t, vals, types):
        arrs = [v for v in vals if isinstance(v, Arr)]
        if not arrs:
            return scalar_op(k, op, t[0], vals, types)
        shape = bcast_shape([a.shape for a in arrs])
        cols = bcast_cols(vals, shape)
        self.tick(len(cols[0]))
        return Arr(shape, [scalar_op(k, op, t[0], list(c), types) for c in zip(*cols)])

    def matmul(self, e, env):
        """a @ b: 2-D x 2-D, 2-D x 1-D, 1-D x 2-D; each element a dot product.
        Two 2-D arrays of one float type are summed in increasing p, bit for
        bit (the tiled kernel promises it); the others are reductions."""
        a, b = self.ev(e.kids[0], env), self.ev(e.kids[1], env)
        at, bt, t = e.kids[0].t[0], e.kids[1].t[0], e.t[0]
        ra, rb = len(a.shape), len(b.shape)
        K = a.shape[-1]
        if b.shape[0] != K:
            raise RunErr("shape mismatch in 'matmul'")
        exact = ra == 2 and rb == 2 and at == bt and at in FLOATS
        rows = a.shape[0] if ra == 2 else None
        cols = b.shape[1] if rb == 2 else None
        self.tick(max(1, (rows or 1) * (cols or 1) * K))
        out = []
        for i in range(1 if rows is None else rows):
            xs = a.data[i * K:(i + 1) * K] if ra == 2 else a.data
            for j in range(1 if cols is None else cols):
                ys = [b.data[p * cols + j] for p in range(K)] if rb == 2 else b.data
                out.append(dot_vals(t, xs, ys, at, bt, exact))
        shape = ([rows] if rows is not None else []) + ([cols] if cols is not None else [])
        return Arr(shape, out)

    def arrcall(self, e, env):
        name, t = e.a, e.t[0]
        vals = [self.ev(x, env) for x in e.kids]
        types = [x.t[0] for x in e.kids]
        if name == 'where':
            m = vals[0]
            data = [i for i, b in enumerate(m.data) if b]
            return Arr([len(data)], data)
        if name == 'transpose':
            a = vals[0]
            r, c = a.shape
            return Arr([c, r], [a.data[i * c + j] for j in range(c) for i in range(r)])
        if name == 'outer':
            a, b = vals
            self.tick(len(a.data) * len(b.data))
            return Arr([len(a.data), len(b.data)],
                       [scalar_op('bin', '*', t, [x, y], types) for x in a.data for y in b.data])
        if name == 'concat':
            rest = vals[0].shape[1:]
            data = []
            for v, ty in zip(vals, types):
                if v.shape[1:] != rest:
                    raise RunErr("shape mismatch in 'concat'")
                data += [conv(x, ty, t) for x in v.data]
            return Arr([sum(v.shape[0] for v in vals)] + list(rest), data)
        if name == 'stack':
            sh = vals[0].shape
            data = []
            for v, ty in zip(vals, types):
                if v.shape != sh:
                    raise RunErr("shape mismatch in 'stack'")
                data += [conv(x, ty, t) for x in v.data]
            return Arr([len(vals)] + list(sh), data)
        raise ValueError(name)

    def reduction(self, e, env):
        arg = self.ev(e.kids[0], env)
        at = e.kids[0].t[0]
        t = e.t[0]
        name = e.a if e.k == 'red' else e.a[0]
        data = arg.data
        n = len(data)
        if e.k == 'red' and name == 'dot':
            b = self.ev(e.kids[1], env)
            if arg.shape != b.shape:
                raise RunErr("shape mismatch in 'dot'")
            return dot_vals(t, data, b.data, at, e.kids[1].t[0])
        if name in RED1:
            return red_data(name, at, t, data)
        if name == 'cumsum':
            out = []
            if at in INTS:
                s = 0
                for x in data:
                    s = wrap(s + x, t)
                    out.append(s)
                return Arr(arg.shape, out)
            for k in range(n):
                out.append(fsum(t, data[:k + 1]))
            return Arr(arg.shape, out)
        if e.k in ('reduce', 'scan'):
            op, init = e.a
            iv = self.ev(E('lit', (t, ()), (init_val(init), False)), env)
            f = LAMBDAS[op]
            if e.k == 'reduce':
                if t in FLOATS:     # only + for floats
                    return fsum(t, data)
                acc = iv
                for x in data:
                    acc = f(t, acc, x)
                return acc
            out = []
            if t in FLOATS:
                for k in range(n):
                    out.append(fsum(t, data[:k + 1]))
                return Arr(arg.shape, out)
            acc = iv
            for x in data:
                acc = f(t, acc, x)
                out.append(acc)
            return Arr(arg.shape, out)
        raise ValueError(name)

    def slice(self, e, env, view):
        """The slice e: its elements copied, or (view) a view of them."""
        arr = self.ev(e.kids[0], env)
        ranges = self.subscripts(arr, e.a, e.kids, env, 'slice')
        shape = [len(r) for r, s in zip(ranges, e.a) if s[0] != 'i']
        idx = [flat_index(arr.shape, ix) for ix in _product(ranges)]
        if view:
            kinds = [sub[0] for sub in e.a]
            lead = 0
            while lead < len(kinds) and kinds[lead] == 'i':
                lead += 1
            block = all(x == 'all' for x in kinds[lead + 1:])
            if isinstance(arr.data, ViewData):
                block = block and arr.data.block
            return Arr(shape, ViewData(arr.data, idx, block))
        return Arr(shape, [arr.data[j] for j in idx])

    # ---- statements
    def run(self, stmts, env):
        for s in stmts:
            self.stmt(s, env)

    def stmt(self, s, env):
        k, a = s.k, s.a
        if k in ('let', 'var'):
            # a var bound to a slice is a view of it, unless it is assigned
            # as a whole later: then it holds a copy (arrc's rule,
            # docs/language.md "Slices"; the generator's names are unique,
            # so the names assigned anywhere in the function tell)
            # a let bound to a slice or a transpose is a view (section 3:
            # slicing reads without copying, arrays are mutable references;
            # docs/language.md "Slices": a store into the array after the
            # slice was taken is visible through it)
            view = k == 'let' or a['name'] not in self.rebound[-1]
            if a['e'].k == 'slice':
                v = self.slice(a['e'], env, view)
            elif a['e'].k == 'reshape' and a['e'].kids[0].k == 'slice':
                sl = self.slice(a['e'].kids[0], env, view)
                v = self.ev(E('reshape', a['e'].t, None, [E('value', sl.shape, sl)]), env)
            elif a['e'].k == 'arrcall' and a['e'].a == 'transpose' and view:
                t = self.ev(a['e'].kids[0], env)
                r, c = t.shape
                v = Arr([c, r], ViewData(t.data, [i * c + j for j in range(c) for i in range(r)]))
            else:
                v = self.ev(a['e'], env)
            env[a['name']] = v
        elif k == 'lett':
            vals = self.ev(a['e'], env)
            for n, v in zip(a['names'], vals):
                env[n] = v
        elif k == 'assign':
            v = self.ev(a['e'], env)
            if a['op'] != '=':
                cur = env[a['name']]
                t = a['t']
                v = self.emap('bin', a['op'], t, [cur, v], [t[0], a['e'].t[0]])
            env[a['name']] = v
        elif k == 'store':
            arr = env[a['name']]
            idx = [self.ev(x, env) for x in a['idx']]
            v = self.ev(a['e'], env)
            et = arr_elem(a)
            if a['op'] != '=':
                v = scalar_op('bin', a['op'], et, [arr.data[flat_index(arr.shape, idx)], v], [et, a['e'].t[0]])
            else:
                v = conv(v, a['e'].t[0], et)
            arr.data[flat_index(arr.shape, idx)] = v
        elif k == 'rstore':
            tgt = a['target']
            arr = self.ev(tgt.kids[0], env)
            rhs = self.ev(a['e'], env)
            et = tgt.t[0]
            ranges = self.subscripts(arr, tgt.a, tgt.kids, env, 'range store')
            pos = [flat_index(arr.shape, ix) for ix in _product(ranges)]
            if a['op'] != '=':
                old = Arr([len(r) for r, sub in zip(ranges, tgt.a) if sub[0] != 'i'], [arr.data[p] for p in pos])
                rhs = self.emap('bin', a['op'], tgt.t, [old, rhs], [et, a['e'].t[0]])
            if isinstance(rhs, Arr):
                box = tuple(len(rg) for rg, sub in zip(ranges, tgt.a) if sub[0] != 'i')
                if rhs.shape != box:
                    # broadcast to the box (section 13); the box's shape stays
                    try:
                        if len(rhs.shape) > len(box) or bcast_shape([box, rhs.shape]) != box:
                            raise RunErr('shape mismatch in range store')
                    except RunErr:
                        raise RunErr('shape mismatch in range store')
                    rhs = Arr(list(box), bcast_cols([rhs], box)[0])
                vals = rhs.data
                if len(vals) != len(pos):
                    raise RunErr('shape mismatch in range store')
            else:
                vals = [rhs] * len(pos)
            for p, v in zip(pos, vals):
                arr.data[p] = v
        elif k == 'mstore':
            # the mask and the value are computed completely before anything is
            # stored; a compound operation runs only where the mask holds
            arr = env[a['name']]
            m = self.ev(a['mask'], env)
            v = self.ev(a['e'], env)
            if m.shape != arr.shape:
                raise RunErr("shape mismatch in 'mask'")
            et, vt = a['et'], a['e'].t[0]
            if isinstance(v, Arr):
                if bcast_shape([arr.shape, v.shape]) != arr.shape:
                    raise RunErr('shape mismatch in mask store')
                vals = bcast_cols([v], arr.shape)[0]
            else:
                vals = [v] * len(arr.data)
            self.tick(len(arr.data))
            for i, b in enumerate(m.data):
                if b:
                    if a['op'] == '=':
                        arr.data[i] = conv(vals[i], vt, et)
                    else:
                        arr.data[i] = scalar_op('bin', a['op'], et, [arr.data[i], vals[i]], [et, vt])
        elif k == 'if':
            c = self.ev(a['c'], env)
            env2 = dict(env)
            try:
                self.run(a['then'] if c else a['else'], env2)
            finally:
                for n in env:
                    env[n] = env2[n]
        elif k == 'for':
            lo, hi = self.ev(a['lo'], env), self.ev(a['hi'], env)
            for i in range(lo, hi):
                self.tick(1)
                env2 = dict(env)
                env2[a['var']] = i
                try:
                    self.run(a['body'], env2)
                except Cont:
                    pass
                except Brk:
                    break
                finally:
                    for n in env:
                        if n != a['var']:
                            env[n] = env2[n]
        elif k == 'while':
            guard = 0
            while self.ev(a['c'], env):
                env2 = dict(env)
                try:
                    self.run(a['body'], env2)
                except Cont:
                    pass
                except Brk:
                    break
                finally:
                    for n in env:
                        env[n] = env2[n]
                guard += 1
                if guard > 10000:
                    raise Unstable('runaway while')
        elif k == 'break':
            raise Brk()
        elif k == 'continue':
            raise Cont()
        elif k == 'return':
            vals = [self.ev(x, env) for x in a['es']]
            if len(vals) == 1 and isinstance(vals[0], tuple) and a['es'][0].k != 'lit' and not a['es'][0].t[1] is None and isinstance(vals[0], tuple) and a['es'][0].t[0] == 'tuple':
                vals = list(vals[0])
            raise Ret(vals)
        elif k == 'scatter':
            arr = env[a['name']]
            idx = self.ev(a['idx'], env)
            vals = self.ev(a['vals'], env)
            for i, v in zip(idx.data, vals.data):
                if not 0 <= i < arr.shape[0]:
                    raise RunErr('index out of range in scatter')
                arr.data[i] = v
        elif k == 'stencil':
            self.stencil(a, env)
        else:
            raise ValueError(k)

    def stencil(self, a, env):
        bufs = [env[b] for b in a['bufs']]
        shape = bufs[0].shape
        rank = len(shape)
        params = list(a['params'])
        # offsets read per dim (for skip / dst_zero): the kernel's min and max
        # offset, from the reads the body has now (the reducer edits bodies)
        offs = [tuple(0 for _ in range(rank))]

        def reads(e):
            if e.k == 'sread':
                offs.append(e.a[1])
            for k in e.kids:
                reads(k)
        for st in a['body']:
            reads(st.a['e'])
        lo = [min(0, min(o[d] for o in offs)) for d in range(rank)]
        hi = [max(0, max(o[d] for o in offs)) for d in range(rank)]
        mode = a['mode']
        cur = list(bufs)
        last = bufs[0]      # the value: the buffer the first parameter had in the last round
        for _ in range(a['iters']):
            last = cur[0]
            binding = dict(zip(params, cur))
            writes = []
            for ix in iter_idx(shape):
                border = any(ix[d] + lo[d] < 0 or ix[d] + hi[d] >= shape[d] for d in range(rank))
                if border and mode == 'oob_skip':
                    continue
                if border and mode == 'oob_dst_zero':
                    for st in a['body']:
                        zero = conv(0, I64, st.a['e'].t[0]) if st.a['e'].t[0] != BOOL else False
                        writes.append((binding[st.a['p']], flat_index(shape, ix), conv(zero, st.a['e'].t[0], a['et'])))
                    continue
                env2 = dict(env)
                env2['@stencil'] = (binding, ix, shape, mode, a['et'])
                # the kernel runs its statements in order for each element: a
                # later statement reading a written buffer (only at offset 0,
                # the compiler rejects neighbours) sees the new value
                for st in a['body']:
                    v = self.ev(st.a['e'], env2)
                    binding[st.a['p']].data[flat_index(shape, ix)] = conv(v, st.a['e'].t[0], a['et'])
            for arr, p, v in writes:
                arr.data[p] = v
            if a['rot']:
                cur = [binding[r] for r in a['rot']]
        if a.get('val'):
            env[a['val']] = last

    def call(self, e, env):
        f = e.a
        args = [self.ev(x, env) for x in e.kids]
        scalar_params = all(not t[1] for _, t, _ in f.params)
        if scalar_params and any(isinstance(v, Arr) for v in args):
            arrs = [v for v in args if isinstance(v, Arr)]
            n = len(arrs[0].data)
            cols = [v.data if isinstance(v, Arr) else [v] * n for v in args]
            return Arr(arrs[0].shape, [self.call_vals(f, list(c)) for c in zip(*cols)])
        return self.call_vals(f, args)

    def call_vals(self, f, args):
        self.rebound.append(rebound_names(f.body))
        try:
            return self.body_vals(f, args)
        finally:
            self.rebound.pop()

    def body_vals(self, f, args):
        env = {}
        for (n, t, _), v in zip(f.params, args):
            env[n] = v
            if t[1]:
                for x, d in zip(t[1], v.shape):
                    if x[0] is not None and x[1] == 0:
                        env[x[0]] = d
        try:
            self.run(f.body, env)
        except Ret as r:
            return r.vals[0] if len(r.vals) == 1 else tuple(r.vals)
        raise Unstable('helper did not return')


def tuple_arity(body):
    """The number of values of a tuple-valued comprehension body: a tuple,
    a call of a function with several results, or a block ending in one."""
    if body.k == 'tuple':
        return len(body.kids)
    if body.k == 'block':
        return tuple_arity(body.kids[0])
    return len(body.a.results)


RED1 = ('sum', 'prod', 'mean', 'minimum', 'maximum', 'argmin', 'argmax', 'any', 'all', 'count')


def rebound_names(stmts):
    """The names a function body assigns to as a whole ('assign'), in any
    nested statement list or expression."""
    out = set()

    def walk(x):
        if isinstance(x, S):
            if x.k == 'assign':
                out.add(x.a['name'])
            for v in x.a.values():
                walk(v)
        elif isinstance(x, E):
            walk(x.a)
            for kid in x.kids:
                walk(kid)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)

    walk(stmts)
    return out


def red_data(name, at, t, data):
    """A reduction of the list data (elements of type at) to one value of type t."""
    if at in COMPLEX:
        return gen_complex.cred_data(name, at, t, data)
    n = len(data)
    if name == 'sum':
        if at in INTS:
            return wrap(sum(data), t)
        return fsum(t, data)
    if name == 'prod':
        if at in INTS:
            p = 1
            for x in data:
                p = wrap(p * x, t)
            return p
        v, rel = 1.0, 0.0
        for x, ex in data:
            if ex and abs(x) <= ex:
                raise Unstable('prod with ~0 factor')
            v = fin(t, v * x)[0]
            if ex:
                rel += ex / abs(x)
        return fin(t, v, abs(v) * (rel + 2 * n * U[t]) if (rel or n > 1) else 0.0)
    if name == 'mean':
        if n == 0:
            raise RunErr("'mean' of an empty array")
        if at in INTS:
            s = sum(data)   # exact; compiled code sums in i64 or f64
            if abs(s) >= 2 ** 53 or any(abs(x) >= 2 ** 53 for x in data):
                raise Unstable('mean of huge integers')
            return fin(F64, s / n, 2 * n * U[F64] * sum(abs(x) for x in data) / n + U[F64] * abs(s / n))
        s = fsum(t, data)
        return fin(t, s[0] / n, s[1] / n)
    if name in ('minimum', 'maximum', 'argmin', 'argmax'):
        if n == 0:
            raise RunErr("'%s' of an empty array" % name)
        ismin = name in ('minimum', 'argmin')
        best = 0
        key = (lambda v: v[0]) if at in FLOATS else (lambda v: v)
        for i in range(1, n):
            if (key(data[i]) < key(data[best])) if ismin else (key(data[i]) > key(data[best])):
                best = i
        if at in FLOATS:
            eb = data[best][1]
            if name.startswith('arg'):
                for i in range(n):
                    if i != best and data[i][1] + eb > 0 and abs(data[i][0] - data[best][0]) <= 2 * (data[i][1] + eb):
                        raise Unstable('argmin/argmax tie within error')
            else:
                return (data[best][0], max(x[1] for x in data))
        return best if name.startswith('arg') else data[best]
    if name == 'any':
        return any(data)
    if name == 'all':
        return all(data)
    if name == 'count':
        return sum(1 for x in data if x)
    raise ValueError(name)


def dot_vals(t, xs, ys, at, bt, exact=False):
    """dot of two equally long lists: each element converted to the promoted
    type, then (integers) to t, i64 or u64.  exact: floats summed in order
    (the bit-identical matmul of two 2-D arrays), else with a reduction's
    error bound."""
    if t in COMPLEX:
        return gen_complex.cdot_vals(t, xs, ys, at, bt)
    pt = promote(at, bt)
    if t in INTS:
        return wrap(sum(conv(conv(x, at, pt), pt, t) * conv(conv(y, bt, pt), pt, t) for x, y in zip(xs, ys)), t)
    prods = [fbin('*', t, conv(x, at, t), conv(y, bt, t)) for x, y in zip(xs, ys)]
    if exact:
        acc = (0.0, 0.0)
        for q in prods:
            acc = fbin('+', t, acc, q)
        return acc
    return fsum(t, prods)


def arr_elem(a):
    return a['et']


def init_val(s):
    return {'0': 0, '1': 1, '-1': -1, '0.0': 0.0, 'true': True, 'false': False}[s]


LAMBDAS = {
    'A + B': lambda t, x, y: ibin('+', t, x, y) if t in INTS else fbin('+', t, x, y),
    'A * B': lambda t, x, y: ibin('*', t, x, y),
    'A & B': lambda t, x, y: ibin('&', t, x, y),
    'A | B': lambda t, x, y: ibin('|', t, x, y),
    'A ^ B': lambda t, x, y: ibin('^', t, x, y),
    'max(A, B)': lambda t, x, y: ibin('max', t, x, y),
    'min(A, B)': lambda t, x, y: ibin('min', t, x, y),
    'A && B': lambda t, x, y: x and y,
    'A || B': lambda t, x, y: x or y,
}


def fsum(t, data):
    if t in COMPLEX:        # cumsum of complex elements
        return gen_complex.csum(t, data)
    s = 0.0
    ea = 0.0
    mag = 0.0
    for x, ex in data:
        s = fin(t, s + x)[0]
        ea += ex
        mag += abs(x)
    n = len(data)
    e = ea + 2 * n * U[t] * mag if n > 1 or ea else 0.0
    return fin(t, s, e) if e else (s, 0.0)


def _product(ranges):
    if not ranges:
        yield ()
        return
    for i in ranges[0]:
        for rest in _product(ranges[1:]):
            yield (i,) + rest


# ------------------------------------------------------------ stencil reads --
# A stencil read p[o...] is an E('sread') node; evaluated with '@stencil' in env.

def _sread(self, e, env):
    binding, ix, shape, mode, et = env['@stencil']
    arr = binding[e.a[0]]
    off = e.a[1]
    pos = []
    for d, (i, o) in enumerate(zip(ix, off)):
        j, n = i + o, shape[d]
        if 0 <= j < n:
            pos.append(j)
            continue
        if mode == 'oob_src_zero':
            return conv(0, I64, et) if et != BOOL else False
        if mode == 'oob_wraparound':
            pos.append(j % n)
        elif mode == 'oob_clamp':
            pos.append(min(max(j, 0), n - 1))
        elif mode == 'oob_mirror':
            if n == 1:
                pos.append(0)
            else:
                p = 2 * n - 2
                j %= p
                pos.append(j if j < n else p - j)
        else:
            raise Unstable('stencil read outside in mode %s' % mode)
    return arr.data[flat_index(shape, pos)]


_ev_orig = Interp.ev


def _ev(self, e, env):
    if e.k == 'sread':
        return _sread(self, e, env)
    return _ev_orig(self, e, env)


Interp.ev = _ev
