"""Gen's scalar expressions (a mixin of gen_generator.Gen): shapes,
literals, operands and their pairs, arithmetic, bit operations, math
calls, conversions, comparisons, reductions, blocks.
"""

from gen_types import (BASE_INTS, BOOL, F32, F64, FLOATS, I16, I32, I64, I8, INTS, NUMS, SMALL, U64, UNSIGNED,
                       int_range, pick_elem, pick_num)
from gen_ast import E, S
from gen_interp import RED1
from gen_vocab import DYN, DYNS, MATH1, MATH2, ONE, PAIRS, PAIRS_SMALL, lit, mk


class ScalarExprs:
    """Gen's shapes, literals and scalar expressions."""

    # ---- shapes
    def base_shapes(self):
        d0 = self.dim0()
        return [((d0, 0),)] + ([((d0, 0), ('m', 0))] if 'm' in self.sizes else [])

    def dim0(self):
        return 'p' if 'p' in self.sizes else 'n'

    def rand_shape(self):
        r = self.r.random()
        bs = self.base_shapes()
        if r < 0.7:
            return self.ch(bs)
        if r < 0.9:
            return ((self.dim0(), self.r.randint(-2, 1)),)
        return ((None, self.r.randint(1, 4)),)

    # ---- literals
    def rand_lit(self, t, ctx=False, small=False):
        r = self.r
        if t == BOOL:
            return lit(t, r.random() < 0.5)
        if t in INTS:
            lo, hi = int_range(t)
            if not small and r.random() < 0.1:
                v = r.choice([lo, hi, hi - r.randint(1, 9), lo + r.randint(0, 9)])
            elif t in UNSIGNED:
                # a minus sign before an unsigned literal wraps, as in C (u8: -1 is 255)
                v = r.randint(0, 9) if r.random() < 0.93 else -r.randint(1, 3)
            else:
                v = r.randint(-9, 9)
            return lit(t, v, ctx)
        v = r.choice([0.5, 1.0, 2.0, 0.25, 1.5, 3.0, 0.125, 0.1, 0.75, 10.0, 1e-3, 2.5, 0.0])
        if r.random() < 0.3:
            v = -v
        if ctx and r.random() < 0.2 and v == int(v):
            return E('lit', (t, ()), (v, 'int'))
        if r.random() < 0.15:       # C's short forms: 0. 1.e-3 2.f
            return E('lit', (t, ()), (v, ctx, 'c'))
        return lit(t, v, ctx)

    # ---- scalar expressions
    def var_cands(self, t, shape):
        out = []
        for n, (tt, kind, info) in self.names().items():
            if tt == (t, shape):
                out.append(n)
        return out

    def index_expr(self, var, vt, dim):
        """An in-bounds index into dimension dim of array var (type vt)."""
        ext = vt[1][dim]
        r = self.r
        # direct use of a loop / generator variable with a constant offset
        direct = []
        for n, (tt, kind, info) in self.names().items():
            if kind in ('gen', 'loop') and info is not None:
                lo, gext = info
                if gext[0] == ext[0]:
                    cmin, cmax = -lo, ext[1] - gext[1] - lo
                    if cmin <= cmax:
                        direct.append((n, cmin, cmax))
        if direct and r.random() < 0.8:
            n, cmin, cmax = self.ch(direct)
            c = r.randint(cmin, cmax)
            v = E('var', (I64, ()), n)
            return v if c == 0 else mk('bin', '+' if c > 0 else '-', [v, lit(I64, abs(c), True)])
        if r.random() < 0.25:
            return lit(I64, 0)
        L = E('call', (I64, ()), 'len', [E('var', vt, var)]) if dim == 0 else \
            E('call', (I64, ()), 'size', [E('var', vt, var), E('lit', (I64, ()), (dim, True))])
        e = self.scalar(self.ch([I64, I64, I32]), 1)
        m = mk('bin', '%', [e, L])
        return mk('bin', '%', [mk('bin', '+', [m, L]), L])

    def leaf(self, t):
        r = self.r
        names = self.names()
        cands = [('var', n) for n, (tt, k, i) in names.items() if tt == (t, ())]
        if t == I64:
            cands += [('var', n) for n in self.sizes if self.in_scope_size(n)]
            cands += [('len', n) for n, (tt, k, i) in names.items() if tt[1] and k not in ('stencil', 'hidden') and not self.noarr]
            if not self.noarr:
                cands += [('dlen', n) for n in self.dyn_names()]
        arrs = [(n, tt) for n, (tt, k, i) in names.items() if tt[1] and tt[0] == t and k not in ('stencil', 'hidden') and not self.noarr]
        if arrs:
            cands += [('idx', x) for x in arrs]
        if cands and r.random() < 0.85:
            kind, x = self.ch(cands)
            if kind == 'var':
                return E('var', (t, ()), x)
            if kind == 'len':
                return E('call', (I64, ()), 'len', [E('var', names[x][0], x)])
            if kind == 'dlen':
                return E('call', (I64, ()), 'len', [E('var', self.dyn_type(x), x)])
            n, vt = x
            idx = [self.index_expr(n, vt, d) for d in range(len(vt[1]))]
            return E('idx', (t, ()), None, [E('var', vt, n)] + idx)
        return self.rand_lit(t)

    def in_scope_size(self, n):
        return True

    def int_divisor(self, t, d):
        e = self.scalar_or_arr(t, d)
        if self.errs and self.r.random() < 0.3:
            return e
        return mk('bin', '|', [e, lit(t, 1, True)])

    def scalar_or_arr(self, t, d, shape=()):
        return self.array(t, shape, d) if shape else self.scalar(t, d)

    def operand_pair(self, t, shape, d):
        """Operands (a, b) whose promotion is t; at least one has shape."""
        r = self.r
        if r.random() < 0.3:
            a = self.scalar_or_arr(t, d - 1, shape)
            b = self.rand_lit(t, ctx=True)
            return (a, b) if r.random() < 0.6 else (b, a)
        ta, tb = self.pair(t)
        sa = sb = shape
        if shape:
            x = r.random()
            if x < 0.25:
                sa = ()
            elif x < 0.5:
                sb = ()
            elif x < 0.62 and self.ok('broadcast'):
                bs = self.bcast_shapes(shape)
                if bs:
                    return self.operand(ta, d - 1, bs[0], shape), self.operand(tb, d - 1, bs[1], shape)
        return self.scalar_or_arr(ta, d - 1, sa), self.scalar_or_arr(tb, d - 1, sb)

    def pair(self, t):
        """Operand types (ta, tb) whose promotion is t."""
        if t in PAIRS_SMALL and (t in SMALL or (self.r.random() < 0.15 and self.ok('small'))):
            return self.ch(PAIRS_SMALL[t])
        return self.ch(PAIRS[t])

    def bcast_shapes(self, shape):
        """Operand shapes (sa, sb) that broadcast to shape (NumPy's rule,
        LANGUAGE.md section 13): a rank-1 operand aligned with the last
        dimension, constant extents of 1."""
        r = self.r
        if DYN in shape:
            return None
        if len(shape) == 2:
            e0, e1 = shape
            opts = [(shape, (e1,)), (shape, (e1,)), (shape, (e0, ONE)), (shape, (ONE, e1)),
                    ((e0, ONE), (e1,)), ((e0, ONE), (ONE, e1)), (shape, (ONE, ONE)), (shape, (ONE,))]
        elif len(shape) == 1:
            opts = [(shape, (ONE,))]
        else:
            return None
        sa, sb = r.choice(opts)
        return (sa, sb) if r.random() < 0.5 else (sb, sa)

    def operand(self, t, d, sh, full):
        """An operand of shape sh, broadcast against shape full: extents of 1
        come from expressions whose extent is the constant 1 (a comprehension
        over a constant range, fill, a literal), so arrc knows them."""
        if sh == full or ONE not in sh:
            return self.scalar_or_arr(t, d, sh)
        x = self.r.random()
        if x < 0.2:
            return E('fill', (t, sh), None, [self.rand_lit(t)])
        if x < 0.4 and all(e[0] is None for e in sh):
            return self.alit(t, sh, 0)
        return self.comp(t, sh, max(d, 1))

    def arith(self, t, shape, d):
        r = self.r
        ops = ['+', '-', '*', '/', '%', '**'] if t in NUMS else []
        w = [4, 3, 4, 2, 1, 1]
        op = r.choices(ops, w)[0]
        if op in ('+', '-', '*'):
            a, b = self.operand_pair(t, shape, d)
            return mk('bin', op, [a, b])
        if t in INTS:
            a = self.scalar_or_arr(t, d - 1, shape)
            sb = shape if r.random() < 0.5 else ()
            if op == '**':
                b = lit(t, r.randint(0, 5), True) if r.random() < 0.6 else mk('bin', '&', [self.scalar_or_arr(t, d - 1, sb), lit(t, 7, True)])
                if self.errs and r.random() < 0.2:
                    b = self.scalar_or_arr(t, d - 1, sb)
                return mk('bin', '**', [a, b])
            return mk('bin', op, [a, self.int_divisor(t, d - 1) if not sb else self.int_div_arr(t, sb, d - 1)])
        # floats
        a = self.scalar_or_arr(t, d - 1, shape)
        sb = shape if r.random() < 0.5 else ()
        if op == '/':
            b = self.scalar_or_arr(t, d - 1, sb)
            if r.random() < 0.6:
                b = mk('bin', '+', [mk('call', 'abs', [b]), lit(t, 1.0, True)])
            return mk('bin', '/', [a, b])
        if op == '%':
            b = mk('bin', '+', [mk('call', 'abs', [self.scalar_or_arr(t, d - 1, sb)]), lit(t, 0.5, True)])
            return mk('bin', '%', [a, b])
        ex = r.choice([2, 3, 2.0, 0.5, -1.0, 1.5])
        e = E('lit', (t, ()), (float(ex), 'int' if isinstance(ex, int) else True))
        if ex != int(ex):
            a = mk('bin', '+', [mk('call', 'abs', [a]), lit(t, 0.5, True)])
        if ex < 0:
            a = mk('bin', '+', [mk('call', 'abs', [a]), lit(t, 1.0, True)])
        return mk('bin', '**', [a, e])

    def int_div_arr(self, t, shape, d):
        e = self.array(t, shape, d)
        if self.errs and self.r.random() < 0.3:
            return e
        return mk('bin', '|', [e, lit(t, 1, True)])

    def bitop(self, t, shape, d):
        r = self.r
        op = r.choice(['&', '^', '|', '<<', '>>', '~'])
        if op == '~':
            return mk('un', '~', [self.scalar_or_arr(t, d - 1, shape)])
        if op in ('<<', '>>'):
            a = self.scalar_or_arr(t, d - 1, shape)
            sb = shape if r.random() < 0.3 else ()
            b = lit(self.ch(BASE_INTS), r.choice([0, 1, 3, 7, 8, 9, 15, 16, 31, 32, 63, 64, 65, -1]), True) if r.random() < 0.5 \
                else self.scalar_or_arr(self.ch(BASE_INTS) if r.random() < 0.7 else self.small_int(), d - 1, sb)
            return mk('bin', op, [a, b])
        ta, tb = self.pair(t)
        if r.random() < 0.3:
            lo, hi = int_range(t)
            return mk('bin', op, [self.scalar_or_arr(t, d - 1, shape), lit(t, r.randint(max(lo, -8), min(hi, 255)), True)])
        sa = sb = shape
        if shape and r.random() < 0.4:
            sb = ()
        return mk('bin', op, [self.scalar_or_arr(ta, d - 1, sa), self.scalar_or_arr(tb, d - 1, sb)])

    def math1(self, t, shape, d):
        """A one-argument builtin whose result type is t (a float type)."""
        r = self.r
        name = self.ch(MATH1)
        at = t if r.random() < 0.8 or t == F32 else self.ch(INTS)
        if name in ('abs', 'sign'):
            at = t
        a = self.scalar_or_arr(at, d - 1, shape)
        one = lambda: lit(at, 1 if at in INTS else 1.0, True)
        if name == 'sqrt' or name == 'log1p':
            a = mk('call', 'abs', [a])
        elif name in ('log', 'log2', 'log10'):
            a = mk('bin', '+', [mk('call', 'abs', [a]), one()])
        elif name in ('exp', 'expm1', 'exp2', 'sinh') and r.random() < 0.7:
            a = mk('call', 'sin', [a])
        return mk('call', name, [a])

    def math2(self, t, shape, d):
        r = self.r
        name = self.ch(MATH2)
        if name in ('min', 'max'):
            a, b = self.operand_pair(t, shape, d)
            return mk('call', name, [a, b])
        if t not in FLOATS:
            return self.arith(t, shape, d)
        a, b = self.operand_pair(t, shape, d)
        if name == 'pow':
            a = mk('bin', '+', [mk('call', 'abs', [a]), lit(a.t[0], 1 if a.t[0] in INTS else 0.5, True)])
            b = mk('call', 'sin', [b]) if b.k != 'lit' else b
        if name == 'fmod':
            b = mk('bin', '+', [mk('call', 'abs', [b]), lit(b.t[0], 1 if b.t[0] in INTS else 0.5, True)])
        e = mk('call', name, [a, b])
        if e.t[0] != t:      # ints on both sides give f64
            return self.arith(t, shape, d)
        return e

    def conversion(self, t, shape, d):
        frm = t
        while frm == t:
            frm = pick_elem(self.r, 0.35)
        if t == BOOL:
            return self.cmp(shape, d)
        a = self.scalar_or_arr(frm, d - 1, shape)
        if frm in FLOATS and t in INTS and self.r.random() < 0.8:
            a = mk('call', 'floor', [a]) if self.r.random() < 0.5 else a
        if frm in FLOATS and t in INTS and self.r.random() < 0.25:
            # out of the integer type's range: the conversion saturates
            a = mk('bin', '*', [a, lit(frm, self.ch([100.0, 1000.0, 1e5, 1e10, 1e19, -1e19, 1e30]), True)])
        return mk('call', t, [a])

    def cmp(self, shape, d):
        r = self.r
        op = self.ch(['<', '<=', '>', '>=', '==', '!='])
        if r.random() < 0.1:
            return mk('cmp', self.ch(['==', '!=']), [self.scalar_or_arr(BOOL, d - 1, shape), self.scalar_or_arr(BOOL, d - 1, shape if r.random() < 0.5 else ())])
        t = pick_num(r)
        a, b = self.operand_pair(t, shape, d)
        return mk('cmp', op, [a, b])

    def tern(self, t, shape, d):
        r = self.r
        cs = shape if (shape and r.random() < 0.7) else ()
        if len(shape) == 2 and DYN not in shape and r.random() < 0.15 and self.ok('broadcast'):
            cs = (shape[1],)       # a rank-1 condition for every row
        c = self.scalar_or_arr(BOOL, d - 1, cs)
        if t == BOOL:
            a, b = self.scalar_or_arr(BOOL, d - 1, shape), self.scalar_or_arr(BOOL, d - 1, shape if r.random() < 0.5 else ())
        else:
            a, b = self.operand_pair(t, shape, d)
        if not shape:
            return E('tern', (t, ()), None, [c, a, b])
        if r.random() < 0.5:
            return E('call', (t, shape), 'select', [c, a, b])
        return E('tern', (t, shape), None, [c, a, b])

    def reduction(self, t, d):
        r = self.r
        if self.noarr:
            return self.leaf(t)
        opts = []
        if t in FLOATS:
            opts = ['sum', 'sum', 'minimum', 'maximum', 'mean', 'dot', 'reduce', 'prod']
        elif t == I64:
            opts = ['sum', 'sum', 'prod', 'argmin', 'argmax', 'count', 'minimum', 'maximum', 'dot', 'reduce', 'len']
        elif t == U64:        # (sums of unsigned integers are i64, section 6)
            opts = ['minimum', 'maximum', 'reduce']
        elif t in INTS:
            opts = ['minimum', 'maximum', 'reduce']
        else:
            opts = ['any', 'all', 'reduce']
        name = self.ch(opts)
        if name == 'len':     # len(a[m]), len(where(m)): known when it has run
            return E('call', (I64, ()), 'len', [self.dynexpr(pick_elem(r), d - 1)])
        shape = self.rand_shape() if r.random() < 0.85 else self.big_comp_shape()
        if self.big and r.random() < 0.5:
            shape = self.base_shapes()[0]
        if self.big and self.in_comp:
            shape = ((None, r.randint(1, 4)),)
        if name == 'mean' and t == F64 and r.random() < 0.3:
            at = self.ch(INTS)
        elif name in ('sum', 'prod', 'dot') and t == I64:
            at = self.ch([I64, I32, I64, I32, I8, I16] + list(UNSIGNED))
        elif name in ('argmin', 'argmax'):
            at = pick_num(r)
        elif name == 'count':
            at = BOOL
        else:
            at = t
        if name == 'prod':
            shape = ((None, r.randint(1, 5)),) if r.random() < 0.5 else shape
            if self.big or at in FLOATS:
                shape = ((None, r.randint(1, 5)),)
        # the elements where a mask holds (section 14); a reduction that fails
        # on an empty array only where a run-time error is allowed
        if name != 'dot' and (at in INTS or at == BOOL or name in ('sum', 'reduce') or self.errs) and \
                (name not in ('minimum', 'maximum', 'mean', 'argmin', 'argmax') or self.errs) and \
                r.random() < 0.12 and self.ok('mask'):
            shape = DYNS
        if name in RED1 and len(shape) == 1 and DYN not in shape and r.random() < 0.1 and self.ok('axis'):
            return E('axred', (t, ()), (name, 0), [self.array(at, shape, d - 1)])     # sum(a, 0) of a 1-D a
        if name == 'reduce':
            ops = {F64: ['A + B'], F32: ['A + B'], I64: ['A + B', 'A * B', 'A & B', 'A | B', 'A ^ B', 'max(A, B)', 'min(A, B)'],
                   BOOL: ['A && B', 'A || B']}
            for it in INTS:
                ops[it] = ops[I64]
            op = self.ch(ops[t])
            if op in ('max(A, B)', 'min(A, B)') and shape == DYNS and not self.errs:
                shape = self.rand_shape()
            init = {'A + B': '0.0' if t in FLOATS else '0', 'A * B': '1', 'A & B': '-1', 'A | B': '0', 'A ^ B': '0',
                    'A && B': 'true', 'A || B': 'false'}.get(op)
            if op in ('max(A, B)', 'min(A, B)'):
                init = None
            arr = self.array(t, shape, d - 1)
            if init is None:       # identity of min / max: the array's first element
                return E('reduce', (t, ()), (op, 'XX'), [arr]) if False else self.reduction_minmax(t, arr)
            if op == 'A * B':
                arr = E('slice', (t, ((None, 3),)), [('r', 0, (None, 3))], [self.pick_var_1d(t)]) if self.pick_var_1d(t) else arr
            return E('reduce', (t, ()), (op, init), [arr])
        if shape[0][0] is None and len(shape) == 1 and r.random() < 0.3 and not self.noarr:
            arr = self.alit(at, shape, max(d - 2, 0))      # sum([a, b, c])
        else:
            arr = self.array(at, shape, d - 1)
        if name == 'dot':
            return E('red', (t, ()), 'dot', [arr, self.array(at, shape, d - 1)])
        return E('red', (t, ()), name, [arr])

    def reduction_minmax(self, t, arr):
        return E('red', (t, ()), self.ch(['minimum', 'maximum']), [arr])

    def pick_var_1d(self, t):
        c = [n for n, (tt, k, i) in self.names().items() if tt[0] == t and len(tt[1]) == 1 and tt[1][0][0] is not None and tt[1][0][1] >= 0 and k != 'stencil']
        if not c:
            return None
        n = self.ch(c)
        return E('var', self.names()[n][0], n)

    def big_comp_shape(self):
        r = self.r
        k = r.randint(3, 4)
        return tuple((None, r.randint(1, 3)) for _ in range(k - 1)) + ((self.dim0(), 0),)

    def block(self, t, d):
        """{ var s = init; for k in 0..K { s = s op e(k); } s }"""
        loops, self.loops = self.loops, 0
        try:
            return self.block1(t, d)
        finally:
            self.loops = loops

    def block1(self, t, d):
        r = self.r
        self.push()
        s = self.fresh('s')
        init = self.scalar(t, d - 1)
        st = [S('var', name=s, e=init, t=(t, ()))]
        self.declare(s, (t, ()), 'var')
        k = self.fresh('k')
        shapes = [tt for n, (tt, kk, i) in self.names().items() if tt[1] and len(tt[1]) == 1 and kk != 'stencil']
        if shapes and not self.big and r.random() < 0.7:
            tt = self.ch(shapes)
            hi_ext = tt[1][0]
            hi = E('var', (I64, ()), hi_ext[0]) if hi_ext[0] and hi_ext[1] == 0 else lit(I64, 3)
            info = (0, hi_ext) if hi.k == 'var' else (0, (None, 3))
        else:
            hi = lit(I64, r.randint(0, 4))
            info = (0, (None, hi.a[0]))
        self.push()
        self.declare(k, (I64, ()), 'loop', info)
        if t == BOOL:
            upd = mk('log', self.ch(['&&', '||']), [E('var', (t, ()), s), self.scalar(BOOL, d - 1)])
        elif t in INTS:
            upd = mk('bin', self.ch(['+', '^', '-']), [E('var', (t, ()), s), self.scalar(t, d - 1)])
        else:
            upd = mk('bin', self.ch(['+', '-']), [E('var', (t, ()), s), self.scalar(t, d - 1)])
        body = [S('assign', name=s, op='=', e=upd, t=(t, ()))]
        if r.random() < 0.3:
            c = self.scalar(BOOL, 1)
            body = [S('if', c=c, then=body, **{'else': []})]
        if r.random() < 0.35:
            c = self.scalar(BOOL, 1)
            jmp = S('if', c=c, then=[S(self.ch(['break', 'continue']))], **{'else': []})
            body.insert(r.randint(0, len(body)), jmp)
        self.pop()
        st.append(S('for', var=k, lo=lit(I64, 0), hi=hi, body=body))
        self.pop()
        return E('block', (t, ()), st, [E('var', (t, ()), s)])

    def scalar(self, t, d):
        r = self.r
        if d <= 0 or r.random() < 0.2:
            return self.leaf(t)
        if t == BOOL:
            c = r.choices(['cmp', 'log', 'not', 'tern', 'red', 'leaf', 'block', 'fpred'],
                          [5, 2, 1, 1, 0 if self.noarr else 1, 1, 0.3 if self.in_comp else 0.1, 0.4 if self.ok('fpred') else 0])[0]
            if c == 'fpred':
                return self.fpred((), d)
            if c == 'cmp':
                return self.cmp((), d)
            if c == 'log':
                return mk('log', self.ch(['&&', '||']), [self.scalar(BOOL, d - 1), self.scalar(BOOL, d - 1)])
            if c == 'not':
                return mk('un', '!', [self.scalar(BOOL, d - 1)])
            if c == 'tern':
                return self.tern(t, (), d)
            if c == 'red':
                return self.reduction(t, d)
            if c == 'block':
                return self.block(t, d)
            return self.leaf(t)
        kinds = ['arith', 'un', 'math2', 'conv', 'tern', 'red', 'leaf', 'block', 'call', 'litidx']
        w = [6, 1, 2, 1, 1, 0 if self.noarr else 2.5, 2, 0.3 if self.in_comp else 0.15, 1 if self.helpers else 0,
             0.6 if self.in_comp and not self.noarr else 0]
        if t in INTS:
            kinds.append('bit'); w.append(3)
        if t in FLOATS:
            kinds.append('math1'); w.append(3)
        if t == F64 and self.ok('random'):
            kinds.append('rng'); w.append(0.3)
        c = r.choices(kinds, w)[0]
        if c == 'rng':
            return self.rng((), d)
        if c == 'arith':
            return self.arith(t, (), d)
        if c == 'un':
            return mk('un', '-', [self.scalar(t, d - 1)])
        if c == 'math2':
            return self.math2(t, (), d)
        if c == 'math1':
            return self.math1(t, (), d)
        if c == 'bit':
            return self.bitop(t, (), d)
        if c == 'conv':
            return self.conversion(t, (), d)
        if c == 'tern':
            return self.tern(t, (), d)
        if c == 'red':
            return self.reduction(t, d)
        if c == 'block':
            return self.block(t, d)
        if c == 'call':
            e = self.helper_call(t, (), d)
            if e is not None:
                return e
        if c == 'litidx':    # [e0, e1, e2][g % 3]
            gens = [n for n, (tt, k, i) in self.names().items() if k == 'gen' and i[0] >= 0]
            if gens:
                L = r.randint(1, 4)
                a = self.alit(t, ((None, L),), 0)
                g = E('var', (I64, ()), self.ch(gens))
                return E('idx', (t, ()), None, [a, mk('bin', '%', [g, lit(I64, L, True)])])
        return self.leaf(t)
