"""Gen's statements (a mixin of gen_generator.Gen): the statement kinds,
the patterns that aim at arrc's passes (aliasing, two stores, row sweeps,
multiple calls, writers, version 0.2 constructs, array literals), and a
function's body (with one of gen_idioms.py's loop shapes now and then,
and now and then gen_lanes.py's sum of inner sums or gen_complex.py's
complex code).
"""

import gen_idioms
import gen_complex
from gen_types import (BOOL, F32, F64, FLOATS, I32, I64, I8, INTS, NUMS, U16, U32, U64, pick_elem, pick_num,
                       promote_ok)
from gen_ast import E, S
from gen_vocab import DYN, DYNS, lit, mk


class Statements:
    """Gen's statements, patterns and function bodies."""

    # ---- statements
    def stmts(self, n, d, depth):
        out = []
        for _ in range(n):
            s = self.stmt(d, depth)
            if isinstance(s, tuple):       # (statements before, statement[, statements after])
                out.extend(s[0])
                out.append(s[1])
                out.extend(s[2] if len(s) > 2 else [])
            else:
                out.append(s)
        return out

    def storable(self, pred):
        """Arrays that may be stored into: vars and parameters."""
        return [n for n, (tt, k, i) in self.names().items() if k in ('var', 'param') and tt[1] and pred(tt)]

    def pat_alias(self, d, depth):
        """var y = a; y op= e; let z = a op y;  (a's buffer must stay unchanged)"""
        r = self.r
        src = [n for n, (tt, k, i) in self.names().items() if tt[1] and tt[0] in NUMS and k not in ('stencil', 'hidden')
               and n not in self.views]     # (y, rebound, would copy a view)
        if not src:
            return None
        a = self.ch(src)
        t = self.names()[a][0]
        y, z = self.fresh(), self.fresh()
        st1 = S('var', name=y, e=E('var', t, a), t=t)
        self.declare(y, t, 'var')
        op, e = self.compound(t[0], t[1], d)
        st2 = S('assign', name=y, op=op, e=e, t=t)
        st3 = S('let', name=z, e=mk('bin', self.ch(['+', '-']), [E('var', t, a), E('var', t, y)]), t=t)
        self.declare(z, t, 'let')
        return ([st1, st2], st3)

    def pat_varview(self, d, depth):
        """var v = a[lo..n - hi] (or a[lo..n - hi, ..], a[i, ..], a[.., j]);
        v[k] = e or v[..] op= e; [a[k2] = e2;] let z = v * 1;  -- a var bound
        to a slice views it (section 4): stores through v write a, stores into
        a show through v (v is never assigned again: arrc refuses a rebound
        var that views an array and is written, docs/language.md "Slices")"""
        r = self.r
        cands = self.storable(lambda tt: tt[0] in NUMS and len(tt[1]) in (1, 2))
        if not cands:
            return None
        a = self.ch(cands)
        t = self.names()[a][0]
        base = E('var', t, a)
        ext = t[1][0]
        lo, hi = r.randint(0, 1), r.randint(0, 1)
        if ext[0] is None or r.random() < 0.2:
            rows, sub0 = ext, ('all',)
        else:
            rows, sub0 = (ext[0], ext[1] - lo - hi), ('r', lo, (ext[0], ext[1] - hi))
        if len(t[1]) == 1:
            vt, subs, kids = (t[0], (rows,)), [sub0], [base]
        else:
            x = r.random()
            if x < 0.4:
                vt, subs, kids = (t[0], (rows, t[1][1])), [sub0, ('all',)], [base]
            elif x < 0.7:
                vt, subs, kids = (t[0], (t[1][1],)), [('i',), ('all',)], [base, self.index_expr(a, t, 0)]
            else:
                vt, subs, kids = (t[0], (t[1][0],)), [('all',), ('i',)], [base, self.index_expr(a, t, 1)]
        init = E('slice', vt, subs, kids)
        if r.random() < 0.35:       # var v = reshape(a[...], d...): a view of a block (a copy of a column)
            rt = list(vt[1])
            r.shuffle(rt)
            if len(rt) < 3 and r.random() < 0.4:
                rt.insert(r.randint(0, len(rt)), (None, 1))
            vt = (t[0], tuple(rt))
            init = E('reshape', vt, None, [init])
        v, z = self.fresh(), self.fresh()
        out = [S('var', name=v, e=init, t=vt)]
        self.declare(v, vt, 'var')
        c = lit(t[0], self.ch([1, 2, 3]) if t[0] in INTS else self.ch([1.0, 2.0, 0.5]), True)
        if r.random() < 0.5:
            idx = [self.index_expr(v, vt, k) for k in range(len(vt[1]))]
            out.append(S('store', name=v, idx=idx, op='=', e=self.scalar(t[0], d), et=t[0]))
        else:
            tgt = E('slice', vt, [('all',)] * len(vt[1]), [E('var', vt, v)])
            out.append(S('rstore', target=tgt, op='=', e=mk('bin', self.ch(['+', '*', '-']), [E('var', vt, v), c])))
        if r.random() < 0.4:
            idx = [self.index_expr(a, t, k) for k in range(len(t[1]))]
            out.append(S('store', name=a, idx=idx, op='=', e=self.scalar(t[0], d), et=t[0]))
        last = S('let', name=z, e=mk('bin', '*', [E('var', vt, v), lit(t[0], 1 if t[0] in INTS else 1.0, True)]), t=vt)
        self.declare(z, vt, 'let')
        return (out, last)

    def pat_twostore(self, d, depth):
        """v[..] = v + 1.0; v[..] = v * 2.0; let z = v * 1.0;  (vars and parameters, whole and partial ranges)"""
        r = self.r
        cands = self.storable(lambda tt: tt[0] in NUMS and len(tt[1]) == 1)
        if not cands:
            return None
        v = self.ch(cands)
        t = self.names()[v][0]
        ext = t[1][0]
        out = []
        for _ in range(2):
            if ext[0] is None or r.random() < 0.5:
                tgt = E('slice', t, [('all',)], [E('var', t, v)])
                rhs = E('var', t, v)
            else:
                lo, hi = r.randint(0, 1), r.randint(0, 1)
                sh = (ext[0], ext[1] - lo - hi)
                tgt = E('slice', (t[0], (sh,)), [('r', lo, (ext[0], ext[1] - hi))], [E('var', t, v)])
                a2 = r.randint(0, lo + hi)
                rhs = E('slice', (t[0], (sh,)), [('r', a2, (ext[0], sh[1] + a2))], [E('var', t, v)])
            c = lit(t[0], self.ch([1, 2, 3]) if t[0] in INTS else self.ch([1.0, 2.0, 0.5]), True)
            out.append(S('rstore', target=tgt, op='=', e=mk('bin', self.ch(['+', '*', '-']), [rhs, c])))
        z = self.fresh()
        last = S('let', name=z, e=mk('bin', '*', [E('var', t, v), lit(t[0], 1 if t[0] in INTS else 1.0, True)]), t=t)
        self.declare(z, t, 'let')
        return (out, last)

    def pat_rowsweep(self, d, depth):
        """Two to four updates in a row of n x m arrays by rows at offsets, as
        PolyBench's fdtd-2d time step (what pass rowfuse runs as one pass over
        the rows when the row distances allow it, and must refuse otherwise):
            a[1..n, ..] -= 0.5 * (b[1..n, ..] - b[0..n - 1, ..]);
            b[0..n - 1, ..] += 0.25 * (a[1..n, ..] - a[0..n - 1, ..]);"""
        r = self.r
        if 'm' not in self.sizes:
            return None
        n0 = self.dim0()
        shape = ((n0, 0), ('m', 0))
        et = self.ch([F64, F64, F32, I64, I32])
        t = (et, shape)
        names = self.names()
        arrs = [x for x in self.storable(lambda tt: tt == t) if names[x][1] == 'var']
        before = []
        while len(arrs) < 2 or (len(arrs) < 3 and r.random() < 0.3):
            v = self.fresh()
            src = [x for x, (tt, k, i) in names.items() if tt == t and k not in ('stencil', 'hidden')]
            e = E('call', t, 'copy', [E('var', t, self.ch(src))]) if src and r.random() < 0.6 else self.array(et, shape, d)
            before.append(S('var', name=v, e=e, t=t))
            self.declare(v, t, 'var')
            arrs.append(v)
        arrs = r.sample(arrs, min(len(arrs), 3))

        def rows(v, lo, cut, lo2=None):
            # v[lo2..n - cut + lo2, ..]: the rows of a target v[lo..n - (cut - lo), ..] shifted
            a = lo if lo2 is None else lo2
            return E('slice', (et, ((n0, -cut), ('m', 0))), [('r', a, (n0, a - cut)), ('all',)], [E('var', t, v)])

        out = []
        for _ in range(r.randint(2, 4)):
            cut = r.randint(0, 2)           # the rows the update leaves out
            lo = r.randint(0, cut)
            tgt = rows(self.ch(arrs), lo, cut)
            b = self.ch(arrs)
            x, y = rows(b, lo, cut, r.randint(0, cut)), rows(self.ch(arrs), lo, cut, r.randint(0, cut))
            c = lit(et, self.ch([0.5, 0.25, 2.0]) if et in FLOATS else self.ch([1, 2, 3]), True)
            if r.random() < 0.7:
                e = mk('bin', '*', [c, mk('bin', self.ch(['-', '+']), [x, y])])
            else:
                e = mk('bin', self.ch(['+', '-']), [x, c])
            out.append(S('rstore', target=tgt, op=self.ch(['=', '+', '-']), e=e))
        return (before + out[:-1], out[-1])

    def pat_multicall(self, d, depth):
        """The same (early-return) helper inlined into two comprehensions and an elementwise map."""
        r = self.r
        fs = [f for f in self.helpers if f.elementwise and len(f.results) == 1]
        if not fs:
            return None
        early = [f for f in fs if f.early]
        f = self.ch(early if early and r.random() < 0.8 else fs)
        t = f.results[0][0][0]
        out = []
        sh = self.base_shapes()[0]
        for k in range(3):
            n = self.fresh()
            if k < 2:
                e = self.comp(t, sh, d, body=lambda: self.call_f(f, t, (), 1))
            else:
                e = self.call_f(f, t, sh, d)
            out.append(S('let', name=n, e=e, t=(t, sh)))
            self.declare(n, (t, sh), 'let')
        return (out[:-1], out[-1])

    def pat_writer(self, d, depth):
        """let r = h(x, b, s); with h storing into b and maybe returning early."""
        r = self.r
        ws = [f for f in self.helpers if f.writer]
        if not ws:
            return None
        f = self.ch(ws)
        et = f.params[0][1][0]
        bs = self.storable(lambda tt: tt[0] == et and len(tt[1]) == 1)
        if not bs:
            return None
        b = self.ch(bs)
        bt = self.names()[b][0]
        if r.random() < 0.2:
            x = E('var', bt, b)
        else:
            self.scope.append({b: ((None, ()), 'hidden', None)})
            x = self.array(et, bt[1], d - 1)
            self.scope.pop()
        e = E('fcall', f.results[0][0], f, [x, E('var', bt, b), self.scalar(f.params[2][1][0], d - 1)])
        n = self.fresh()
        self.declare(n, f.results[0][0], 'let')
        return S('let', name=n, e=e, t=f.results[0][0])

    def pat_v02(self, d, depth):
        """let v = one of the version-0.2 array constructs, so that each gets a
        steady share of the programs (they also occur inside expressions)."""
        r = self.r
        kinds = [k for k, tag in (('stack', 'join'), ('concat', 'join'), ('outer', 'linalg'), ('transpose', 'linalg'),
                                  ('matmul', 'linalg'), ('rand', 'random'), ('rng', 'random'), ('where', 'mask'),
                                  ('fpred', 'fpred'), ('axred', 'axis'), ('bcast', 'broadcast')) if self.ok(tag)]
        if not kinds:
            return None
        kind = self.ch(kinds)
        d0 = (self.dim0(), 0)
        e1 = ('m', 0) if 'm' in self.sizes and r.random() < 0.6 else (None, r.randint(1, 3))
        sh2 = (d0, e1)
        n = self.fresh()
        if kind == 'stack':
            t = pick_elem(r)
            inner = self.ch([(d0,), sh2])
            k = r.randint(1, 3)
            e = E('arrcall', (t, ((None, k),) + inner), 'stack', [self.array(x, inner, d - 1) for x in self.join_types(t, k)])
        elif kind == 'concat':
            t = pick_elem(r)
            e = self.concat(t, self.ch([(d0,), sh2, ((None, r.randint(2, 5)),)]), d)
            if e is None:
                return None
        elif kind == 'outer':
            t = pick_num(r)
            ta, tb = self.pair(t)
            e = E('arrcall', (t, sh2), 'outer', [self.array(ta, (d0,), d - 1), self.array(tb, (e1,), d - 1)])
        elif kind == 'transpose':
            t = pick_elem(r)
            e = E('arrcall', (t, (e1, d0)), 'transpose', [self.array(t, sh2, d - 1)])
        elif kind == 'matmul':
            t = self.ch([F64, F32, F64, I64, I64])
            e = self.matmul(t, self.ch([(d0,), sh2, (e1, d0)]), d)
        elif kind == 'rand':
            e = E('rand', (F64, self.ch([(d0,), sh2])), self.ch(['rand', 'randn']), [self.scalar(self.ch([I64, I32]), 1)])
        elif kind == 'rng':
            e = self.rng(self.ch([(d0,), sh2, ()]), d)
        elif kind == 'fpred':
            e = self.fpred(self.ch([(d0,), sh2, ()]), d)
        elif kind == 'axred':
            t = pick_elem(r)
            e = self.axis_red(t, self.ch([(d0,), (e1,)]), d)
        elif kind == 'where':
            e = E('arrcall', (I64, DYNS), 'where', [self.mask_expr(None, self.ch([(d0,), sh2]), d - 1)])
            self.declare(n, e.t, 'dyn')
            return S('let', name=n, e=e, t=e.t)
        else:
            t = pick_num(r)
            sa, sb = self.bcast_shapes(sh2)
            ta, tb = self.pair(t)
            op = self.ch(['+', '-', '*'] if t in FLOATS else ['+', '-', '*', '&', '|', '^'])
            e = mk('bin', op, [self.operand(ta, d - 1, sa, sh2), self.operand(tb, d - 1, sb, sh2)])
        self.declare(n, e.t, 'let')
        return S('let', name=n, e=e, t=e.t)

    def alit(self, t, shape, d, bare=False):
        """An array literal of constant shape; bare: untyped literal elements (typed by the context)."""
        cnt = 1
        for x in shape:
            cnt *= x[1]
        kids = []
        for _ in range(cnt):
            if bare:
                v = self.rand_lit(t, ctx='bare', small=True)
                if v.a[1] != 'bare':
                    v = E('lit', v.t, (v.a[0], 'bare') + tuple(v.a[2:]))
                kids.append(v)
            else:
                kids.append(self.scalar(t, d))
        return E('alit', (t, shape), None, kids)

    def pat_arrlit(self, d, depth):
        r = self.r
        t = pick_num(r)
        x = r.random()
        if x < 0.3:      # let k: f32[3] = [0.25, 0.5, 0.25];
            sh = tuple((None, r.randint(1, 4)) for _ in range(self.ch([1, 1, 2, 3])))
            n = self.fresh()
            kind = 'var' if len(sh) <= 2 and r.random() < 0.4 else 'let'
            e = self.alit(t, sh, 1, bare=True)
            self.declare(n, (t, sh), kind)
            return S(kind, name=n, e=e, t=(t, sh), ann=True)
        if x < 0.55:     # e * [1.0, 2.0, 3.0] with e of the same constant extent
            sh = ((None, r.randint(1, 4)),)
            a = self.array(t, sh, d - 1)
            b = self.alit(t, sh, 1, bare=r.random() < 0.7)
            op = self.ch(['+', '-', '*'])
            n = self.fresh()
            self.declare(n, (t, sh), 'let')
            return S('let', name=n, e=mk('bin', op, [b, a] if r.random() < 0.5 else [a, b]), t=(t, sh))
        if x < 0.75:     # a helper's typed parameter types the literal (mapped elementwise)
            fs = [f for f in self.helpers if f.elementwise and len(f.results) == 1]
            if fs:
                f = self.ch(fs)
                rt = f.results[0][0][0]
                sh = ((None, r.randint(1, 4)),)
                args = [self.alit(f.params[0][1][0], sh, 1, bare=True)] + [self.scalar(pt[0], d - 1) for _, pt, _ in f.params[1:]]
                n = self.fresh()
                if len(sh) == 1 and r.random() < 0.5:     # the literal's extent must match the other array arguments: scalars only
                    pass
                self.declare(n, (rt, sh), 'let')
                return S('let', name=n, e=E('fcall', (rt, sh), f, args), t=(rt, sh))
        # untyped default, rank 1-3, any scalar elements
        sh = tuple((None, r.randint(1, 3)) for _ in range(self.ch([1, 2, 2, 3])))
        t = self.ch([I64, F64, BOOL, t])
        n = self.fresh()
        e = self.alit(t, sh, 1, bare=t in (I64, F64) and r.random() < 0.5)
        self.declare(n, (t, sh), 'let')
        return S('let', name=n, e=e, t=(t, sh))

    def view_init(self, e):
        """Is e a view of another array's memory (a slice, a transpose, a var bound to one)?"""
        return e.k == 'slice' or (e.k == 'arrcall' and e.a == 'transpose') or (e.k == 'var' and e.a in self.views) \
            or (e.k == 'reshape' and self.view_init(e.kids[0]))

    def stmt(self, d, depth=0):
        s = self.stmt1(d, depth)
        parts = (list(s[0]) + [s[1]] + list(s[2] if len(s) > 2 else [])) if isinstance(s, tuple) else [s]
        for st in parts:        # (a let of a transpose is a view too: a var bound to it is one)
            if st.k in ('var', 'let') and 'e' in st.a and st.a.get('t', (None, ()))[1] and self.view_init(st.a['e']):
                self.views.add(st.a['name'])
        return s

    def stmt1(self, d, depth):
        r = self.r
        names = self.names()
        var_arrays = [n for n, (tt, k, i) in names.items() if k == 'var' and tt[1]]
        var_scalars = [n for n, (tt, k, i) in names.items() if k == 'var' and not tt[1]]
        kinds = ['let_s', 'let_a', 'var_s', 'var_a', 'assign', 'store', 'rstore', 'if', 'for', 'while', 'lett', 'stencil', 'scatter',
                 'jump', 'alias', 'twostore', 'multicall', 'writer', 'arrlit', 'mstore', 'let_dyn', 'v02', 'rowsweep',
                 'varview']
        storable = self.storable(lambda tt: True)
        w = [3, 3, 1.5, 2, 3 if (var_arrays or var_scalars) else 0, 2 if var_arrays else 0, 2 if var_arrays else 0,
             1 if depth < 2 else 0, 1 if depth < 2 else 0, 0.3 if depth < 2 else 0, 0.7, 0.8 if depth == 0 else 0,
             0.5 if var_arrays else 0,
             1.2 if self.loops else 0, 0.4, 0.4, 0.3 if depth == 0 else 0, 0.5 if not self.in_comp else 0, 0.6,
             (1.2 if var_arrays else 0.5) if storable and self.ok('mask') else 0, 0.5 if self.ok('mask') else 0, 1.2,
             0.6 if 'm' in self.sizes and not self.in_comp else 0, 0.4]
        c = r.choices(kinds, w)[0]
        # a var bound to a view (a slice) is never assigned again: arrc makes
        # it a view only then (and refuses a rebound one that is written)
        assignable = [x for x in var_arrays if x not in self.views] + var_scalars
        if c == 'assign' and not assignable:
            c = 'let_s'
        if c == 'mstore':      # a[m] = e, a[m] op= e (section 14)
            n = self.ch(var_arrays if var_arrays and r.random() < 0.7 else storable)
            t = names[n][0]
            m = self.mask_expr(E('var', t, n), t[1], d)
            if t[0] in NUMS and r.random() < 0.5:
                op, e = self.compound(t[0], t[1], d)
                divs = [x for x, (tt, k, i) in names.items() if tt[1] == t[1] and tt[0] in INTS and promote_ok(t[0], tt[0]) == t[0]
                        and k not in ('stencil', 'hidden')]
                if t[0] in INTS and divs and r.random() < 0.3:
                    # x[d != 0] /= d: the operation runs only where the mask holds
                    dn = self.ch(divs)
                    op, e = self.ch(['/', '%']), E('var', names[dn][0], dn)
                    m = mk('cmp', '!=', [E('var', names[dn][0], dn), lit(names[dn][0][0], 0, True)])
            else:
                op, e = '=', self.scalar_or_arr(t[0], d, t[1] if r.random() < 0.5 else ())
            if t[0] in NUMS and op in ('=', '+', '-', '*') and r.random() < 0.4:
                # the value reads the stored array elsewhere: x[m] = x[j] * 2.0 (NumPy: the old x[j])
                rd = E('idx', (t[0], ()), None, [E('var', t, n)] + [self.index_expr(n, t, k) for k in range(len(t[1]))])
                if promote_ok(t[0], e.t[0]) == t[0]:
                    e = mk('bin', self.ch(['+', '-', '*']), [rd, e] if r.random() < 0.5 else [e, rd])
                elif not e.t[1]:
                    e = rd
            return S('mstore', name=n, mask=m, op=op, e=e, et=t[0])
        if c == 'let_dyn':      # let v = a[m];
            t = pick_elem(r)
            n = self.fresh()
            e = self.dynexpr(t, d)
            self.declare(n, (t, DYNS), 'dyn')
            return S('let', name=n, e=e, t=(t, DYNS))
        if c == 'jump':      # if c { [stmt;] break|continue; }
            cnd = self.scalar(BOOL, d)
            self.push()
            th = self.stmts(1, d, depth + 1) if (r.random() < 0.3 and depth < 2) else []
            self.pop()
            return S('if', c=cnd, then=th + [S(self.ch(['break', 'continue']))], **{'else': []})
        if c in ('alias', 'twostore', 'multicall', 'writer', 'arrlit', 'v02', 'rowsweep', 'varview'):
            st = getattr(self, 'pat_' + c)(d, depth)
            if st is not None:
                return st
            c = 'let_s'
        if c == 'rstore' and not any(len(names[x][0][1]) <= 2 for x in var_arrays):
            c = 'let_s'     # range stores take rank-1 and rank-2 vars

        if c in ('let_s', 'var_s'):
            t = (pick_elem(r), ())
            n = self.fresh()
            e = self.scalar(t[0], d)
            self.declare(n, t, c[:3])
            return S(c[:3], name=n, e=e, t=t, ann=r.random() < 0.2)
        if c in ('let_a', 'var_a'):
            t = (pick_elem(r), self.rand_shape() if not self.big else self.base_shapes()[0])
            n = self.fresh()
            if c == 'var_a' and r.random() < 0.5:
                src = [x for x, (tt, k, i) in names.items() if tt[1] and k != 'stencil']
                if src:
                    x = self.ch(src)
                    t = names[x][0]
                    e = E('call', t, 'copy', [E('var', t, x)]) if r.random() < 0.8 else E('var', t, x)
                else:
                    e = self.array(t[0], t[1], d)
            else:
                e = self.array(t[0], t[1], d)
            kind = c[:3]
            if e.k == 'slice':
                kind = 'var'
            self.declare(n, t, kind)
            return S(kind, name=n, e=e, t=t)
        if c == 'assign':
            n = self.ch(assignable)
            t = names[n][0]
            if t[0] in NUMS and r.random() < 0.6:
                op, e = self.compound(t[0], t[1], d)
            else:
                op, e = '=', self.expr(t, d)
                if t[1] and self.view_init(e):
                    e = E('call', t, 'copy', [e])       # v = a[..] would be a view (section 4)
            return S('assign', name=n, op=op, e=e, t=t)
        if c == 'store':
            n = self.ch(var_arrays)
            t = names[n][0]
            idx = [self.index_expr(n, t, k) for k in range(len(t[1]))]
            if t[0] in NUMS and r.random() < 0.4:
                op, e = self.compound(t[0], (), d)
            else:
                op, e = '=', self.scalar(t[0], d)
            return S('store', name=n, idx=idx, op=op, e=e, et=t[0])
        if c == 'rstore':
            # a row, a column or a range of rank-1 and rank-2 vars
            n = self.ch([x for x in var_arrays if len(names[x][0][1]) <= 2])
            t = names[n][0]
            v = E('var', t, n)
            if len(t[1]) == 1:
                ext = t[1][0]
                if ext[0] is None:
                    subs, sh = [('all',)], t[1]
                else:
                    a = r.randint(0, 2)
                    b = r.randint(max(0, -ext[1] - 1 + 0), 2) if False else r.randint(0, 1)
                    if r.random() < 0.3:
                        subs, sh = [('all',)], t[1]
                    else:
                        subs, sh = [('r', a, (ext[0], ext[1] - b))], ((ext[0], ext[1] - b - a),)
                tgt = E('slice', (t[0], sh), subs, [v])
            elif t[1][0][0] is not None and r.random() < 0.4:
                # rows a..n-b, every column (pass rowfuse: loops over rows at offsets)
                ext = t[1][0]
                a, b = r.randint(0, 2), r.randint(0, 1)
                tgt = E('slice', (t[0], ((ext[0], ext[1] - b - a), t[1][1])), [('r', a, (ext[0], ext[1] - b)), ('all',)], [v])
            else:
                if r.random() < 0.5:
                    tgt = E('slice', (t[0], (t[1][0],)), [('all',), ('i',)], [v, self.index_expr(n, t, 1)])
                else:
                    tgt = E('slice', (t[0], (t[1][1],)), [('i',), ('all',)], [v, self.index_expr(n, t, 0)])
            op = '='
            st = tgt.t[1] if r.random() < 0.75 else ()
            if len(st) == 2 and r.random() < 0.25:
                st = (st[1],)           # a row broadcast to every row of the box (section 13)
            hide = False
            if hide:    # the right-hand side must not read the stored var
                self.scope.append({n: ((None, ()), 'hidden', None)})
            if t[0] in NUMS and r.random() < 0.4:
                op, e = self.compound(t[0], st, d)
            else:
                e = self.scalar_or_arr(t[0], d, st)
            rows = len(t[1]) == 2 and len(tgt.t[1]) == 2 and tgt.a[0][0] == 'r'
            if (not hide and (rows or (len(t[1]) == 1 and len(tgt.t[1]) == 1 and tgt.t[1][0][0] is not None))
                    and r.random() < 0.35):
                # overlapping right-hand side: x[a..n-b] op= x[a'..n-b'] (NumPy semantics; 2-D: rows, every column)
                ext, sub = t[1][0], tgt.t[1][0]
                a2 = r.randint(0, ext[1] - sub[1])
                if rows:
                    src = E('slice', (t[0], tgt.t[1]), [('r', a2, (sub[0], sub[1] + a2)), ('all',)], [E('var', t, n)])
                else:
                    src = E('slice', (t[0], sub), [('r', a2, (sub[0], sub[1] + a2))], [E('var', t, n)])
                # (only with a value of the target's type after promotion: a shift
                # count of another width would widen x op e, which arrc rightly
                # rejects as a compound assignment that changes the type)
                e = mk('bin', self.ch(['+', '-', '*']), [src, e]) if (e.t[1] and t[0] in NUMS and r.random() < 0.5
                                                                      and promote_ok(t[0], e.t[0]) == t[0]) else src
                if op in ('<<', '>>', '/', '%') or e.t[0] != t[0]:
                    op = self.ch(['+', '-', '*']) if t[0] in NUMS else '='
            if hide:
                self.scope.pop()
            st1 = S('rstore', target=tgt, op=op, e=e)
            others = [x for x in var_arrays if names[x][0] == t]
            if rows and others and r.random() < 0.8:
                # a second update of rows of another array reading the first one's
                # rows at an offset, right after it (pass rowfuse: FDTD-like)
                n2 = self.ch([x for x in others if x != n] or others)
                ext, sub = t[1][0], tgt.t[1][0]
                # mostly reading rows at or behind those the first wrote (the
                # pass's legal case), sometimes ahead (it must refuse)
                a2 = r.randint(0, ext[1] - sub[1])
                a3 = r.randint(0, min(tgt.a[0][1], ext[1] - sub[1])) if r.random() < 0.7 else r.randint(0, ext[1] - sub[1])
                tgt2 = E('slice', (t[0], tgt.t[1]), [('r', a2, (sub[0], sub[1] + a2)), ('all',)], [E('var', t, n2)])
                src = E('slice', (t[0], tgt.t[1]), [('r', a3, (sub[0], sub[1] + a3)), ('all',)], [E('var', t, n)])
                op2 = self.ch(['+', '-', '*']) if t[0] in NUMS else '='
                e2 = self.scalar_or_arr(t[0], max(d - 1, 1), tgt.t[1])
                if t[0] in NUMS and promote_ok(t[0], e2.t[0]) == t[0] and r.random() < 0.7:
                    e2 = mk('bin', self.ch(['+', '-', '*']), [src, e2])
                else:
                    e2 = src
                if e2.t[0] != t[0]:
                    op2 = '='
                    e2 = src
                return S('if', c=lit(BOOL, True), then=[st1, S('rstore', target=tgt2, op=op2, e=e2)], **{'else': []})
            return st1
        if c == 'if':
            cnd = self.scalar(BOOL, d)
            self.push()
            th = self.stmts(r.randint(1, 3), d, depth + 1)
            self.pop()
            self.push()
            el = self.stmts(r.randint(0, 2), d, depth + 1)
            self.pop()
            return S('if', c=cnd, then=th, **{'else': el})
        if c in ('for', 'while'):
            k = self.fresh('k')
            if c == 'while':
                # var w = 0; while w < K { ...; w += 1; }  -- emitted as two statements via an if(true) wrapper
                pass
            lo = r.randint(0, 2)
            if self.big or r.random() < 0.4:
                hi = lit(I64, r.randint(0, 5))
                info = (lo, (None, hi.a[0] - lo))
            else:
                off = r.randint(-1, 0)
                hi = E('var', (I64, ()), self.dim0()) if off == 0 else mk('bin', '-', [E('var', (I64, ()), self.dim0()), lit(I64, 1, True)])
                info = (lo, (self.dim0(), off - lo))
            self.push()
            if c == 'for':
                self.declare(k, (I64, ()), 'loop', info)
            self.loops += 1
            body = self.stmts(r.randint(1, 3), max(d - 1, 1), depth + 1)
            fa = [n for n, (tt, kk, i) in self.names().items() if kk == 'var' and tt[0] in FLOATS and tt[1]
                  and n not in self.views]
            if fa and r.random() < 0.3:     # array work, then leave on a reduction: x = x * 0.5; if maximum(x) < t { break; }
                x = self.ch(fa)
                xt = self.names()[x][0]
                body.append(S('assign', name=x, op=self.ch(['=', '*']), t=xt,
                              e=lit(xt[0], self.ch([0.5, 0.75, 1.5]), True) if r.random() < 0.5 else
                              mk('call', 'sin', [mk('bin', '*', [E('var', xt, x), lit(xt[0], 0.5, True)])])))
                if body[-1].a['op'] == '=' and body[-1].a['e'].k == 'lit':
                    body[-1].a['e'] = mk('bin', '*', [E('var', xt, x), body[-1].a['e']])
                red = E('red', (xt[0], ()), self.ch(['maximum', 'minimum', 'sum', 'mean']), [E('var', xt, x)])
                cnd = mk('cmp', self.ch(['<', '>']), [red, self.rand_lit(xt[0], ctx=True)])
                body.append(S('if', c=cnd, then=[S(self.ch(['break', 'break', 'continue']))], **{'else': []}))
            self.loops -= 1
            self.pop()
            if c == 'for':
                return S('for', var=k, lo=lit(I64, lo), hi=hi, body=body)
            w = self.fresh('w')
            cond = mk('cmp', '<', [E('var', (I64, ()), w), lit(I64, r.randint(0, 4), True)])
            body.insert(0, S('assign', name=w, op='+', e=lit(I64, 1, True), t=(I64, ())))
            return S('if', c=lit(BOOL, True), then=[S('var', name=w, e=lit(I64, 0), t=(I64, ())),
                                                    S('while', c=cond, body=body)], **{'else': []})
        if c == 'lett':
            k = r.randint(2, 3)
            ts = [pick_num(r) for _ in range(k)]
            shape = self.rand_shape() if not self.big else self.base_shapes()[0]
            tfn = [f for f in self.helpers if len(f.results) > 1 and not getattr(f, 'own', False)]
            x = r.random()
            if tfn and x < 0.5:      # a tuple-returning helper, elementwise in a comprehension or on scalars
                f = self.ch(tfn)
                ts = [t[0] for t, _ in f.results]
                call = lambda dd: E('fcall', ('tuple', ()), f, [self.scalar(pt[0], dd) for _, pt, _ in f.params])
                if r.random() < 0.6:
                    e = self.comp(None, shape, d, body=lambda: call(max(d - 1, 1)))
                else:
                    e, shape = call(d), ()
            elif x < 0.7:            # (e1, e2)
                e, shape = E('tuple', ('tuple', ()), None, [self.scalar(t, d) for t in ts]), ()
            else:
                e = self.comp(None, shape, d, body=lambda: E('tuple', ('tuple', ()), None, [self.scalar(t, max(d - 1, 1)) for t in ts]))
            mut = r.random() < 0.5
            names_ = [self.fresh() for _ in ts]
            for nm, t in zip(names_, ts):
                self.declare(nm, (t, shape), 'var' if mut else 'let')
            st = S('lett', names=names_, e=e, var=mut)
            if mut and r.random() < 0.7:     # then mutate them
                post = []
                for nm, t in zip(names_, ts):
                    if r.random() < 0.7:
                        op, e2 = self.compound(t, shape, d)
                        post.append(S('assign', name=nm, op=op, e=e2, t=(t, shape)))
                if post:
                    return ([st] + post[:-1], post[-1])
            return st
        if c == 'stencil':
            return self.stencil(d)
        if c == 'scatter':
            cands = [n for n in var_arrays if len(names[n][0][1]) == 1]
            if not cands:
                return self.stmt(d, depth)
            n = self.ch(cands)
            t = names[n][0]
            sh = self.rand_shape()
            if len(sh) != 1:
                sh = ((self.dim0(), 0),)
            L = E('call', (I64, ()), 'len', [E('var', t, n)])
            src = self.array(self.ch([I64, I32, I64, I32, I8, U16, U32]), sh, d - 1)
            idx = mk('bin', '%', [mk('bin', '+', [mk('bin', '%', [src, L]), L]), L])
            hide = True
            self.scope.append({n: ((None, ()), 'hidden', None)})
            vals = self.array(t[0], sh, d - 1)
            self.scope.pop()
            return S('scatter', name=n, idx=idx, vals=vals)
        raise ValueError(c)

    def body(self, results, nstmts, d):
        out = []
        # one of the loop shapes arrc's idiom passes rewrite (gen_idioms.py),
        # among the statements; its value becomes one more result
        at = self.r.randrange(nstmts) if self.r.random() < gen_idioms.IDIOM_P else -1
        # and a sum of inner sums (pass lanesum: gen_lanes.py), on its own
        lat = self.r.randrange(nstmts) if self.r.random() < gen_idioms.gen_lanes.LANES_P else -1
        # and complex code (gen_complex.py), on its own too
        cat = self.r.randrange(nstmts) if self.r.random() < gen_complex.CX_P and self.ok('complex') else -1
        extras = []
        for k in range(nstmts):
            for pos, lanes in ((at, False), (lat, True), (cat, 'complex')):
                if k == pos:
                    x = gen_complex.complex_code(self, d) if lanes == 'complex' else gen_idioms.idiom(self, d, lanes)
                    if x:
                        out.extend(x[0])
                        extras.append(x)
            s = self.stmt(d)
            if isinstance(s, tuple):       # stencil: its buffers, the statement, a map of its results
                out.extend(s[0])
                out.append(s[1])
                out.extend(s[2] if len(s) > 2 else [])
            else:
                out.append(s)
        self.errs = self.allow_errs
        es = [self.expr(t, d + 1) for t, anon in results]
        self.errs = False
        for name, t, depth in self.deep_results:     # 3-D stencils' sums in this scope
            if depth == len(self.scope):
                es.append(E('var', t, name))
                results.append((t, False))
        self.deep_results = []
        for _, name, t in extras:
            es.append(E('var', t, name))
            # anonymous (f64[]) where the type could not name the extents (n - 1, known when it has run)
            results.append((t, any(x == DYN or x == (None, 0) or (x[0] is not None and x[1]) for x in t[1]) or self.r.random() < 0.2))
        out.append(S('return', es=es))
        return out
