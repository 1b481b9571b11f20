"""Gen's array expressions (a mixin of gen_generator.Gen): array leaves,
comprehensions, maps, slices, version 0.2's reductions along an axis,
matmul, concat, random arrays and masks; helper functions and the calls to
them; the right-hand sides of compound assignments.
"""

import copy
import math

from gen_types import (ALLT, BASE_INTS, BOOL, F32, F64, FLOATS, I16, I32, I64, I8, INTS, NUMS, U16, U32, U64,
                       U8, UNSIGNED, ext_val, pick_elem, pick_num, promote, promote_ok)
from gen_ast import E, Fn, S
from gen_values import FPRED
from gen_vocab import DYN, DYNS, lit, mk


class ArrayExprs:
    """Gen's array expressions, helper functions and compound assignment."""

    # ---- array expressions
    def array_leaf(self, t, shape):
        r = self.r
        names = self.names()
        cands = [n for n, (tt, k, i) in names.items() if tt == (t, shape) and k != 'stencil']
        sl = []
        if len(shape) == 1:
            ext = shape[0]
            for n, (tt, k, i) in names.items():
                if tt[0] != t or k == 'stencil':
                    continue
                if len(tt[1]) == 1 and tt[1][0][0] == ext[0] and ext[0] is not None and tt[1][0][1] >= ext[1]:
                    sl.append(('r1', n, tt))
                if len(tt[1]) == 2 and tt[1][0] == ext:
                    sl.append(('col', n, tt))
                if len(tt[1]) == 2 and tt[1][1] == ext:
                    sl.append(('row', n, tt))
        if cands and r.random() < 0.7:
            return E('var', (t, shape), self.ch(cands))
        if sl and r.random() < 0.7:
            kind, n, tt = self.ch(sl)
            v = E('var', tt, n)
            if kind == 'r1':
                a = r.randint(0, tt[1][0][1] - shape[0][1])
                return E('slice', (t, shape), [('r', a, (shape[0][0], shape[0][1] + a))], [v])
            if kind == 'col':
                j = self.index_expr(n, tt, 1)
                return E('slice', (t, shape), [('all',), ('i',)], [v, j])
            i = self.index_expr(n, tt, 0)
            return E('slice', (t, shape), [('i',), ('all',)], [v, i])
        if cands:
            return E('var', (t, shape), self.ch(cands))
        # (an array literal of a few elements: one of 65 x 31 elements, each an
        # indexed load with its checks, was 11,000 lines in one C function that
        # clang -fsanitize=address,undefined took over 5 minutes to compile;
        # make fuzz seed 4196006382 program 152)
        if all(x[0] is None for x in shape) and math.prod(x[1] for x in shape) <= 64 and r.random() < 0.4:
            return self.alit(t, shape, 0)
        if r.random() < 0.3:
            return E('fill', (t, shape), None, [self.rand_lit(t)])
        return self.comp(t, shape, 1)

    def comp(self, t, shape, d, body=None):
        r = self.r
        gens = []
        # generators over the elements of 1-D arrays (section 15): the arrays
        # are evaluated before any element and cannot use the generators
        srcs = {}
        for k, ext in enumerate(shape):
            if ext == DYN or (not self.noarr and r.random() < 0.12 and self.ok('elemgen')):
                et = t if (t in ALLT and r.random() < 0.6) else pick_elem(r)
                srcs[k] = self.array(et, (ext,), max(d - 1, 1) if ext == DYN else 1)
        kids = []
        self.push()
        for k, ext in enumerate(shape):
            g = self.fresh('g')
            if k in srcs:
                kids.append(srcs[k])
                gens.append((g, 0, ext, len(kids)))
                self.declare(g, (srcs[k].t[0], ()), 'elem')
                continue
            lo = r.choice([0, 0, 1, 2]) if ext[0] is not None else 0
            gens.append((g, lo, (ext[0], ext[1] + lo)))
            self.declare(g, (I64, ()), 'gen', (lo, ext))
        self.in_comp += 1
        loops, self.loops = self.loops, 0
        if body is None:
            body = self.scalar(t, max(d - 1, 1))
        else:
            body = body()
        self.loops = loops
        self.in_comp -= 1
        self.pop()
        return E('comp', (body.t[0], shape) if body.k != 'tuple' else ('tuple', shape), gens, [body] + kids)

    def array(self, t, shape, d):
        r = self.r
        if DYN in shape:
            return self.dynexpr(t, d)
        if self.in_comp and (self.big or self.in_comp >= 2 or r.random() < 0.5):
            d = 0
        if d <= 0 or r.random() < 0.2:
            return self.array_leaf(t, shape)
        one_d = len(shape) == 1
        kinds = ['arith', 'leaf', 'comp', 'tern', 'conv', 'un']
        w = [5, 2, 2.5, 1, 1, 0.5]
        if t in INTS:
            kinds += ['bit']; w += [2.5]
        if t in FLOATS:
            kinds += ['math1', 'math2']; w += [2, 1]
        if t == BOOL:
            kinds = ['cmp', 'log', 'not', 'leaf', 'comp', 'tern', 'fpred']
            w = [5, 2, 1, 1, 2, 1, 0.5 if self.ok('fpred') else 0]
        if one_d:
            if t in (I64, F64, F32):        # (cumsum of integers is i64, unsigned ones too)
                kinds.append('cumsum'); w.append(0.7)
            if t != BOOL:
                kinds.append('gather'); w.append(0.7)
            if t == I64:
                kinds += ['argsort', 'hist']; w += [0.5, 0.4]
        if self.helpers:
            kinds.append('call'); w.append(1)
        # version 0.2: reductions along a dimension, linear algebra, joins,
        # random numbers (sections 13, 14)
        rank = len(shape)
        if rank <= 3 and self.ok('axis'):
            kinds.append('axred'); w.append(0.7)
        if (t in FLOATS or t == I64) and rank in (1, 2) and self.ok('linalg'):
            kinds.append('matmul'); w.append(0.5)
        if rank == 2 and t in NUMS and self.ok('linalg'):
            kinds.append('outer'); w.append(0.4)
        if rank == 2 and self.ok('linalg'):
            kinds.append('transpose'); w.append(0.4)
        if self.ok('reshape'):
            kinds.append('reshape'); w.append(0.7)
        if self.ok('join'):
            kinds.append('concat'); w.append(0.35)
            if rank >= 2 and shape[0][0] is None and 1 <= shape[0][1] <= 4:
                kinds.append('stack'); w.append(0.5)
        if t == F64 and self.ok('random'):
            kinds += ['rand', 'rng']; w += [0.3, 0.3]
        c = r.choices(kinds, w)[0]
        if c == 'axred':
            return self.axis_red(t, shape, d)
        if c == 'matmul':
            return self.matmul(t, shape, d)
        if c == 'outer':
            ta, tb = self.pair(t)
            return E('arrcall', (t, shape), 'outer', [self.array(ta, (shape[0],), d - 1), self.array(tb, (shape[1],), d - 1)])
        if c == 'transpose':
            return E('arrcall', (t, shape), 'transpose', [self.array(t, (shape[1], shape[0]), d - 1)])
        if c == 'reshape':
            return self.reshape(t, shape, d)
        if c == 'concat':
            e = self.concat(t, shape, d)
            if e is not None:
                return e
            c = 'arith' if t != BOOL else 'cmp'
        if c == 'stack':
            ts = self.join_types(t, shape[0][1])
            return E('arrcall', (t, shape), 'stack', [self.array(x, shape[1:], d - 1) for x in ts])
        if c == 'rand':
            seed = self.scalar(self.ch([I64, I64, I32]), 1)
            return E('rand', (t, shape), self.ch(['rand', 'randn']), [seed])
        if c == 'rng':
            return self.rng(shape, d)
        if c == 'fpred':
            return self.fpred(shape, d)
        if c == 'arith':
            return self.arith(t, shape, d)
        if c == 'leaf':
            return self.array_leaf(t, shape)
        if c == 'comp':
            return self.comp(t, shape, d)
        if c == 'tern':
            return self.tern(t, shape, d)
        if c == 'conv':
            return self.conversion(t, shape, d)
        if c == 'un':
            if t == BOOL:
                return mk('un', '!', [self.array(t, shape, d - 1)])
            return mk('un', '-', [self.array(t, shape, d - 1)])
        if c == 'bit':
            return self.bitop(t, shape, d)
        if c == 'math1':
            return self.math1(t, shape, d)
        if c == 'math2':
            return self.math2(t, shape, d)
        if c == 'cmp':
            return self.cmp(shape, d)
        if c == 'log':
            return mk('log', self.ch(['&&', '||']), [self.array(BOOL, shape, d - 1), self.scalar_or_arr(BOOL, d - 1, shape if r.random() < 0.7 else ())])
        if c == 'not':
            return mk('un', '!', [self.array(BOOL, shape, d - 1)])
        if c == 'cumsum':
            if t == I64:
                at = self.ch([I64, I32, I64, I32, I8, I16] + list(UNSIGNED))
                return E('red', (t, shape), 'cumsum', [self.array(at, shape, d - 1)])
            if r.random() < 0.3:
                return E('scan', (t, shape), ('A + B', '0.0'), [self.array(t, shape, d - 1)])
            return E('red', (t, shape), 'cumsum', [self.array(t, shape, d - 1)])
        if c == 'gather':
            src = [(n, tt) for n, (tt, k, i) in self.names().items() if tt[0] == t and len(tt[1]) == 1 and k != 'stencil']
            if src and shape[0][0] is None and 'n' in self.sizes and r.random() < 0.5:    # x[[0, 2, 1]]
                n, tt = self.ch(src)
                L = ext_val(tt[1][0], self.sizes)
                if L > 0:
                    return E('gather', (t, shape), None, [E('var', tt, n), E('alit', (I64, shape), None,
                              [E('lit', (I64, ()), (r.randint(0, L - 1), 'bare')) for _ in range(shape[0][1])])])
            if src:
                n, tt = self.ch(src)
                L = E('call', (I64, ()), 'len', [E('var', tt, n)])
                e = self.array(self.ch([I64, I32, I64, I32, I8, U16, U32]), shape, d - 1)
                idx = mk('bin', '%', [mk('bin', '+', [mk('bin', '%', [e, L]), L]), L])
                return E('gather', (t, shape), None, [E('var', tt, n), idx])
            return self.arith(t, shape, d)
        if c == 'argsort':
            at = pick_num(r)
            return E('call', (I64, shape), 'argsort', [self.array(at, shape, d - 1)])
        if c == 'hist':
            at = self.ch([I64, I32, I64, I32, I16, U8, U32])
            src = self.array(at, self.rand_shape() if not self.big else self.base_shapes()[0], d - 1)
            if len(src.t[1]) != 1:
                src = self.array(at, ((self.dim0(), 0),), d - 1)
            if shape[0][0] is None:
                L = lit(I64, shape[0][1], True)
            else:
                L = E('var', (I64, ()), shape[0][0]) if shape[0][1] == 0 else mk('bin', '+', [E('var', (I64, ()), shape[0][0]), lit(I64, shape[0][1], True)])
            idx = mk('bin', '%', [mk('bin', '+', [mk('bin', '%', [src, L]), L]), L])
            return E('hist', (I64, shape), None, [idx])
        if c == 'call':
            e = self.helper_call(t, shape, d)
            if e is not None:
                return e
        return self.arith(t, shape, d) if t != BOOL else self.cmp(shape, d)

    def expr(self, t, d):
        return self.array(t[0], t[1], d) if t[1] else self.scalar(t[0], d)

    # ---- version 0.2 array expressions
    def red_elem(self, name, t):
        """The element type of a reduction named name whose result is t."""
        r = self.r
        if name == 'mean' and t == F64 and r.random() < 0.3:
            return self.ch(INTS)
        if name in ('sum', 'prod') and t == I64:
            return self.ch([I64, I32, I64, I32, I8, I16] + list(UNSIGNED))
        if name in ('argmin', 'argmax'):
            return pick_num(r)
        if name == 'count':
            return BOOL
        return t

    def small_extent(self):
        """An extent of at least 1 (n >= 3, m >= 2), a small constant in big programs."""
        r = self.r
        if self.big or r.random() < 0.4:
            return (None, r.randint(1, 4))
        return self.ch([(self.dim0(), 0), (self.dim0(), -1)] + ([('m', 0)] if 'm' in self.sizes else []))

    def axis_red(self, t, shape, d):
        """sum(a, k) ...: the reduction along dimension k of an array of one
        more dimension (LANGUAGE.md section 14)."""
        r = self.r
        if t in FLOATS:
            names = ['sum', 'sum', 'prod', 'minimum', 'maximum', 'mean']
        elif t == I64:
            names = ['sum', 'sum', 'prod', 'argmin', 'argmax', 'count', 'minimum', 'maximum']
        elif t == U64:
            names = ['minimum', 'maximum']
        elif t in INTS:
            names = ['minimum', 'maximum']
        else:
            names = ['any', 'all']
        name = self.ch(names)
        at = self.red_elem(name, t)
        k = r.randint(0, len(shape))
        X = self.small_extent()
        if name == 'prod' or (self.big and any(x[0] is not None for x in shape)):
            X = (None, r.randint(1, 3))
        ash = shape[:k] + (X,) + shape[k:]
        return E('axred', (t, shape), (name, k), [self.array(at, ash, d - 1)])

    def matmul(self, t, shape, d):
        """a @ b or matmul(a, b): 2-D x 2-D, 2-D x 1-D, 1-D x 2-D."""
        r = self.r
        if t in FLOATS:
            at = bt = t
            if r.random() < 0.25:
                at, bt = self.pair(t)
        else:
            # integer products sum as i64, of signed or of unsigned elements
            kinds = [I64, I32, I16, I8] if r.random() < 0.6 else list(UNSIGNED)
            at, bt = self.ch(kinds), self.ch(kinds)
        K = self.small_extent()
        if self.big:     # a long inner extent only for a small result
            K = (self.dim0(), 0) if all(x[0] is None for x in shape) and r.random() < 0.5 else (None, r.randint(1, 3))
        if len(shape) == 2:
            ash, bsh = (shape[0], K), (K, shape[1])
        elif r.random() < 0.5:
            ash, bsh = (shape[0], K), (K,)
        else:
            ash, bsh = (K,), (K, shape[0])
        a, b = self.array(at, ash, d - 1), self.array(bt, bsh, d - 1)
        if len(ash) == 2 and r.random() < 0.2:     # a view operand: transpose(x) @ y
            a = E('arrcall', (at, ash), 'transpose', [self.array(at, (ash[1], ash[0]), d - 1)])
        if len(bsh) == 2 and r.random() < 0.2:
            b = E('arrcall', (bt, bsh), 'transpose', [self.array(bt, (bsh[1], bsh[0]), d - 1)])
        return E('matmul', (t, shape), self.ch(['@', '@', 'fn']), [a, b])

    def join_types(self, t, k):
        """Element types of k joined arrays whose promotion is t: t and at most
        one narrower type (so that every order of promotion gives t)."""
        r = self.r
        ts = [t] * k
        if t != BOOL and k > 1 and r.random() < 0.4:
            x = self.ch([y for y in NUMS if promote_ok(t, y) == t])
            for i in range(1, k):
                if r.random() < 0.6:
                    ts[i] = x
            r.shuffle(ts)
        return ts

    def reshape(self, t, shape, d):
        """reshape(x, shape...) of an x whose extents are shape's in another
        order, with an extent of 1 put in or taken out (section 13; the
        element count is proven equal or checked at run time)"""
        r = self.r
        src = list(shape)
        r.shuffle(src)
        if (None, 1) in src and len(src) > 1 and r.random() < 0.4:
            src.remove((None, 1))
        elif len(src) < 4 and r.random() < 0.3:
            src.insert(r.randint(0, len(src)), (None, 1))
        return E('reshape', (t, tuple(shape)), None, [self.array(t, tuple(src), d - 1)])

    def concat(self, t, shape, d):
        """concat(a, b, ...) along dimension 0: its extent split into parts."""
        r = self.r
        e0, rest = shape[0], shape[1:]
        if e0[0] is None:
            c = e0[1]
            if c < 2:
                return None
            cut = sorted(r.sample(range(1, c), min(c - 1, r.randint(1, 2))))
            parts = [(None, b - a) for a, b in zip([0] + cut, cut + [c])]
        elif e0[0] in ('n', 'm') and e0[0] in self.sizes:
            c = r.randint(1, 2)
            if self.sizes[e0[0]] + e0[1] - c < 1:
                return None
            parts = [(e0[0], e0[1] - c), (None, c)]
            r.shuffle(parts)
        else:
            return None
        ts = self.join_types(t, len(parts))
        return E('arrcall', (t, shape), 'concat', [self.array(x, (p,) + rest, d - 1) for x, p in zip(ts, parts)])

    def rng(self, shape, d):
        """uniform(seed, i) / normal(seed, i), elementwise over seed and i."""
        r = self.r
        ss = si = ()
        if shape:
            x = r.random()
            ss, si = (shape, shape) if x < 0.2 else ((), shape) if x < 0.8 else (shape, ())
        seed = self.scalar_or_arr(self.ch([I64, I64, I32]), min(d - 1, 1), ss)
        i = self.scalar_or_arr(self.ch([I64, I64, I32]), d - 1, si)
        return mk('call', self.ch(['uniform', 'normal']), [seed, i])

    def fpred(self, shape, d):
        """isnan isinf isfinite signbit of a float (or an integer)."""
        r = self.r
        xt = self.ch([F64, F32, F64]) if r.random() < 0.8 else pick_num(r)
        return mk('call', self.ch(FPRED), [self.scalar_or_arr(xt, d - 1, shape)])

    def dynexpr(self, t, d):
        """A rank-1 array whose extent is known only when it has run
        (LANGUAGE.md section 14): a[m], the elements of a where the mask m
        holds in row-major order; where(m); maps, comprehensions over the
        elements, and joins of those."""
        r = self.r
        vs = self.dyn_names(t)
        opts = ['mask'] * 4 + ['var'] * (3 if vs else 0) + (['where'] * 2 if t == I64 else [])
        if d > 0:
            opts += ['map'] * (2 if t in NUMS else 0) + ['comp'] * 2 + (['concat'] if self.ok('join') else [])
        c = r.choice(opts)
        if c == 'var':
            return E('var', (t, DYNS), self.ch(vs))
        if c == 'map':
            x = self.dynexpr(t, d - 1)
            ops = ['+', '-', '*'] + (['&', '|', '^'] if t in INTS else [])
            y = self.rand_lit(t, ctx=True) if r.random() < 0.5 else self.scalar(t, 1)
            return mk('bin', self.ch(ops), [x, y] if r.random() < 0.7 else [y, x])
        if c == 'comp':
            return self.comp(t, DYNS, d)
        if c == 'concat':
            fixed = ((None, r.randint(1, 3)),) if r.random() < 0.5 else ((self.dim0(), r.randint(-2, 0)),)
            parts = [self.dynexpr(t, d - 1), self.array(t, fixed, d - 1)]
            r.shuffle(parts)
            return E('arrcall', (t, DYNS), 'concat', parts)
        sh = self.ch(self.base_shapes()) if self.big or r.random() < 0.5 else self.rand_shape()
        if c == 'where':
            return E('arrcall', (I64, DYNS), 'where', [self.mask_expr(None, sh, d - 1)])
        src = self.array(t, sh, d - 1)
        return E('mask', (t, DYNS), None, [src, self.mask_expr(src, sh, d - 1)])

    def mask_expr(self, src, sh, d):
        """A bool array of shape sh; often a comparison of src (a[a > 0.0])."""
        r = self.r
        if src is not None and src.k in ('var', 'slice') and src.t[0] in NUMS and r.random() < 0.6:
            return mk('cmp', self.ch(['<', '<=', '>', '>=', '!=']), [copy.deepcopy(src), self.rand_lit(src.t[0], ctx=True)])
        return self.array(BOOL, sh, max(d, 1))

    # ---- helper functions
    def make_helpers(self):
        r = self.r
        for _ in range(r.randint(0, 2)):
            name = self.fresh(self.prefix + 'h')
            kind = r.random()
            g = type(self)(r, self.avoid, self.prefix + name, {'p': 0}, self.big)     # a Gen
            g.cnt = 0
            if kind < 0.15:      # scalar function returning a tuple, possibly with early returns / loops
                rts = [self.ch([F64, I64, F32, I32]) for _ in range(r.randint(2, 3))]
                params = [(g.fresh('a'), (self.ch([rts[0], F64, I64]), ()), False) for _ in range(r.randint(1, 3))]
                for n, t, _ in params:
                    g.declare(n, t, 'param')
                g.sizes = {}
                g.noarr = True
                body = g.helper_body([(t, ()) for t in rts], 2)
                f = Fn(name, params, [((t, ()), False) for t in rts], body, export=False)
                f.elementwise = True
            elif kind < 0.27:    # writes the caller's array b, then may return early
                et = self.ch([F64, I64, F32])
                pt = (et, (('p', 0),))
                params = [(g.fresh('x'), pt, False), (g.fresh('b'), pt, False), (g.fresh('s'), (self.ch([F64, I64, BOOL]), ()), False)]
                for n, t, _ in params:
                    g.declare(n, t, 'param')
                b = params[1][0]
                g.scope.append({b: ((None, ()), 'hidden', None)})
                rhs = g.expr(pt, 1)
                g.scope.pop()
                st = S('rstore', target=E('slice', pt, [('all',)], [E('var', pt, b)]), op='=', e=rhs)
                if r.random() < 0.4:
                    lo = 0
                    st2 = S('rstore', target=E('slice', (et, (('p', -lo - 1),)), [('r', lo, ('p', -1))], [E('var', pt, b)]),
                            op=self.ch(['=', '+', '*']), e=E('slice', (et, (('p', -lo - 1),)), [('r', lo + 1, ('p', 0))], [E('var', pt, b)]))
                    pre = [st, st2]
                else:
                    pre = [st]
                rt = self.ch([F64, I64, et])
                body = pre + g.helper_body([(rt, ())], 2)
                f = Fn(name, params, [((rt, ()), False)], body, export=False)
                f.elementwise = False
                f.writer = True
            elif kind < 0.6:      # scalar function, possibly called elementwise
                rt = self.ch([F64, F64, I64, F32, I32])
                params = [(g.fresh('a'), (self.ch([rt, rt, F64, I64]), ()), False) for _ in range(r.randint(1, 3))]
                for n, t, _ in params:
                    g.declare(n, t, 'param')
                g.sizes = {}
                g.noarr = True
                body = g.helper_body([(rt, ())], 2)
                f = Fn(name, params, [((rt, ()), False)], body, export=False)
                f.elementwise = True
            else:                # array function with size variable p
                et = self.ch([F64, I64, F32])
                rt = (et, (('p', 0),)) if r.random() < 0.6 else (et, ())
                params = [(g.fresh('x'), (et, (('p', 0),)), False), (g.fresh('s'), (self.ch([F64, I64]), ()), False)]
                for n, t, _ in params:
                    g.declare(n, t, 'param')
                body = g.helper_body([rt], 2)
                f = Fn(name, params, [(rt, False)], body, export=False)
                f.elementwise = False
            f.early = any(s.k in ('if', 'for') for s in body)
            if not hasattr(f, 'writer'):
                f.writer = False
            self.helpers.append(f)

    def helper_body(self, rts, d):
        r = self.r
        stmts = []
        for _ in range(r.randint(0, 2)):
            t = (self.ch([F64, I64]), ()) if r.random() < 0.6 or not self.sizes else (self.ch([F64, I64]), (('p', 0),))
            n = self.fresh('t')
            stmts.append(S('let', name=n, e=self.expr(t, d)))
            self.declare(n, t, 'let')
        if r.random() < 0.45:    # var acc = e; for k in 0..K { if c { break | continue | return } acc = acc op e; }
            t = self.ch([F64, I64])
            acc = self.fresh('acc')
            stmts.append(S('var', name=acc, e=self.scalar(t, 1), t=(t, ())))
            self.declare(acc, (t, ()), 'var')
            k = self.fresh('k')
            K = r.randint(0, 5)
            self.push()
            self.declare(k, (I64, ()), 'loop', (0, (None, K)))
            upd = S('assign', name=acc, op=self.ch(['+', '-', '*']) if t == F64 else self.ch(['+', '^', '-']), e=self.scalar(t, 1), t=(t, ()))
            if t == F64 and upd.a['op'] == '*':
                upd.a['e'] = mk('call', 'sin', [upd.a['e']])
            jt = self.ch(['break', 'continue', 'return'])
            then = [S('return', es=[self.expr(x, 1) for x in rts])] if jt == 'return' else [S(jt)]
            jump = S('if', c=self.scalar(BOOL, 1), then=then, **{'else': []})
            body = [upd, jump] if r.random() < 0.5 else [jump, upd]
            self.pop()
            stmts.append(S('for', var=k, lo=lit(I64, 0), hi=lit(I64, K), body=body))
        if r.random() < 0.6:
            c = self.scalar(BOOL, 1)
            stmts.append(S('if', c=c, then=[S('return', es=[self.expr(t, d) for t in rts])], **{'else': []}))
        stmts.append(S('return', es=[self.expr(t, d) for t in rts]))
        return stmts

    def helper_call(self, t, shape, d):
        r = self.r
        cands = []
        for f in self.helpers:
            rt = f.results[0][0]
            if f.writer or len(f.results) > 1 or getattr(f, 'own', False):      # own: called by its family only (gen_lanes)
                continue
            if f.elementwise and rt[0] == t:
                cands.append(f)
            elif not f.elementwise and rt[0] == t and ((rt[1] and len(shape) == 1) or (not rt[1] and not shape)):
                cands.append(f)
        if not cands:
            return None
        if self.noarr:      # in a stencil kernel: scalar functions only
            cands = [f for f in cands if f.elementwise]
            if not cands or shape:
                return None
        f = self.ch(cands)
        return self.call_f(f, t, shape, d)

    def call_f(self, f, t, shape, d):
        r = self.r
        if f.elementwise:
            args = []
            for i, (n, pt, _) in enumerate(f.params):
                args.append(self.scalar_or_arr(pt[0], d - 1, shape if (shape and (i == 0 or r.random() < 0.5)) else ()))
            return E('fcall', (t, shape), f, args)
        xshape = shape if shape else (self.rand_shape() if not self.big else self.base_shapes()[0])
        if self.big and self.in_comp and not shape:
            xshape = ((None, 3),)
        if len(xshape) != 1:
            xshape = ((self.dim0(), 0),)
        args = [self.array(f.params[0][1][0], xshape, d - 1), self.scalar(f.params[1][1][0], d - 1)]
        return E('fcall', (t, shape), f, args)

    # ---- compound assignment
    def compound(self, t, shape, d):
        """(op, e) for 'target op= e' with a target of elem type t; e has shape
        () or shape and its promotion with t is t."""
        r = self.r
        sh = shape if (shape and r.random() < 0.6) else ()
        if t in FLOATS:
            op = r.choices(['+', '-', '*', '/'], [3, 2, 2, 1.5])[0]
            et = t if r.random() < 0.7 else self.ch([x for x in NUMS if promote(t, x) == t])
            e = self.scalar_or_arr(et, d, sh)
            if op == '/':
                e = mk('bin', '+', [mk('call', 'abs', [e]), lit(e.t[0], 1 if e.t[0] in INTS else 1.0, True)])
            elif op == '*' and r.random() < 0.5 and et in FLOATS:
                e = mk('call', 'sin', [e])
            return op, e
        op = r.choices(['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>'], [3, 2, 2, 1, 1, 1, 1, 1, 1, 1])[0]
        if op in ('<<', '>>'):
            if r.random() < 0.5:
                return op, lit(self.ch(BASE_INTS), r.choice([0, 1, 2, 3, 5, 7, 9, 17, 31, 33, 63, -1]), True)
            return op, self.scalar_or_arr(self.ch(BASE_INTS) if r.random() < 0.7 else self.small_int(), d, sh)
        et = t if r.random() < 0.7 else self.ch([x for x in INTS if promote_ok(t, x) == t])
        if op in ('/', '%'):
            return op, (self.int_divisor(et, d) if not sh else self.int_div_arr(et, sh, d))
        return op, self.scalar_or_arr(et, d, sh)
