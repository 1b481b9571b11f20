"""Complex numbers for gen.py (LANGUAGE.md section 12, docs/language.md
"Complex numbers"): the reference arithmetic of c64 / c128 values and the
generator of complex code, which Gen.body puts into about CX_P of the
exported functions (like gen_idioms' shapes: let statements whose last
value becomes one more result of the function; --avoid complex turns it
off).

Values.  A complex value is Cx(re, im), each part a float value (v, err)
of gen_values.py, rounded per operation to the part's type (f32 for c64
with numpy.float32, f64 for c128), as the generated C computes it:
- a number combines with a complex by becoming x + 0i (f64 with c64 gives
  c128; f32 or an integer with c64 gives c64); c64() / c128() convert
  the parts (c128 to c64 rounds each part);
- + - and conj are per part; z * w is the plain formula (ar*br - ai*bi,
  ar*bi + ai*br), each product and the sum rounded (no FMA); z / w is
  Smith's quotient as NumPy computes it: with |br| >= |bi|, rat = bi/br,
  scl = 1/(br + bi*rat), ((ar + ai*rat)*scl, (ai - ar*rat)*scl), else
  rat = br/bi, scl = 1/(bi + br*rat), ((ar*rat + ai)*scl, (ai*rat -
  ar)*scl); z ** n (n an integer literal) multiplies by squaring in
  NumPy's order (npy_cpow), 1 / that for n < 0, 1 for n = 0, 0 for a zero
  z (rejected within error of 0).  All are exact (err 0) on exact operands; a divisor within
  its error of 0 is rejected (Unstable), and where the branch could go
  either way within the error, err covers both branches.  A zero divisor
  gives inf/NaN (rejected like every non-finite result);
- == and != compare both parts (rejected when a part is within error);
- real imag are the parts; abs is hypot (KULP ulp); arg is atan2(im, re)
  (rejected near the branch cut: re < 0 with im within its error of 0,
  where the sign of a zero would decide +-pi);
- exp log sqrt sin cos (C's cexp clog csqrt csin ccos): the exact value
  (cmath on the parts) with KULP ulp of the result's magnitude (exp,
  sqrt), of |w| + 1 (log: its real part log|z| can cancel), of
  cosh(|im|) (sin, cos) per part, plus the input's error times a bound of
  the derivative over the error disc; log and sqrt are rejected near the
  branch cut (as arg) and near 0;
- sum mean cumsum dot matmul sum(a, k): per part, with fsum's reduction
  bound (any order of summation); prod: the product in order with its
  propagated error, plus 4 n ulp of the product of the magnitudes (any
  order); mean divides each part of the sum by n.

The generator (CxGen) builds expressions of one complex type and shape
from new complex parameters (scalars and arrays of the base shapes),
earlier complex lets and vars, existing float and integer variables, float
expressions of Gen, literals (`(0.5 - 1.5i)`, `2i`, in the context's
type) and complex(re, im); with + - * / (complex with complex of either
type, or a real or integer scalar or array, promoted), `z ** n` (n from
-3 to 5), unary -, conj, exp
log sqrt sin cos, c64() c128(), select / ?:, comprehensions indexing the
arrays (a[i], a[i, j]), calls of new helpers with complex parameters and
results (elementwise where the helper takes scalars), cumsum, and, to
scalars or lower rank, sum prod mean dot cumsum(a)[0] of arrays, slices
a[1..n], masks a[m], gathers a[where(m)], concat / stack, sum/mean/prod(a,
k), a @ b, matmul (transpose(a) @ v too), outer.  A complex var may be
stored into (v op= e, v[0] = e, v[m] op= e, v[1..n] = e).  A result is
complex (scalar or array, named or anonymous extents) or real: real imag
abs arg of complex values, or == / != masks.
"""

import cmath, math

from gen_types import BOOL, C64, C128, COMPLEX, F32, F64, FLOATS, I32, I64, RT, U
from gen_ast import E, Fn, S
from gen_values import KULP, RunErr, Unstable, conv, fbin, fcmp, fin

CX_P = 0.16        # an exported function gets complex code


class Cx:
    """A complex reference value: re and im are float values (v, err)."""
    __slots__ = ('re', 'im')

    def __init__(self, re, im):
        self.re, self.im = re, im

    def __repr__(self):
        return 'Cx(%r, %r)' % (self.re, self.im)

    def c(self):
        return complex(self.re[0], self.im[0])

    def err(self):
        return self.re[1] + self.im[1]


ZERO = (0.0, 0.0)


# ------------------------------------------------------- reference values ----

def cconv(v, frm, to):
    """A number or complex value of type frm as type to (complex)."""
    if frm == to:
        return v
    if to not in COMPLEX:
        raise AssertionError('generator bug: complex %s to %s' % (frm, to))
    rt = RT[to]
    if frm in COMPLEX:
        return Cx(fin(rt, v.re[0], v.re[1]), fin(rt, v.im[0], v.im[1]))
    return Cx(conv(v, frm, rt), ZERO)


def cbin(op, t, a, b):
    """z op w, both of type t."""
    rt = RT[t]

    def f(o, x, y):
        return fbin(o, rt, x, y)
    if op == '+':
        return Cx(f('+', a.re, b.re), f('+', a.im, b.im))
    if op == '-':
        return Cx(f('-', a.re, b.re), f('-', a.im, b.im))
    if op == '*':
        return Cx(f('-', f('*', a.re, b.re), f('*', a.im, b.im)), f('+', f('*', a.re, b.im), f('*', a.im, b.re)))
    if op == '/':
        return cdiv(rt, a, b)
    if op == '**':
        return cpow_int(t, a, b)
    raise ValueError(op)


def cpow_int(t, a, b):
    """a ** n for an integer literal n (b: n + 0i, exact), as arr_cpow (NumPy's
    npy_cpow): 1 for n = 0, 0 for a zero base, else products by squaring in
    NumPy's order, 1 / that for n < 0."""
    (n, en), (bi, ebi) = b.re, b.im
    if bi != 0 or en or ebi or n != int(n) or abs(n) >= 100:
        raise AssertionError('generator bug: complex ** %r' % (b,))
    n = int(n)
    if n == 0:
        return Cx((1.0, 0.0), ZERO)
    if math.hypot(a.re[0], a.im[0]) <= a.err():
        if a.err() or n < 0:
            raise Unstable('complex ** of a base ~0')
        return Cx(ZERO, ZERO)
    if n in (1, 2, 3):
        return a if n == 1 else cbin('*', t, a, a) if n == 2 else cbin('*', t, a, cbin('*', t, a, a))
    m, mask, r, p = abs(n), 1, Cx((1.0, 0.0), ZERO), a
    while True:
        if m & mask:
            r = cbin('*', t, r, p)
        if m < (mask << 1):
            break
        p = cbin('*', t, p, p)
        mask <<= 1
    return cdiv(RT[t], Cx((1.0, 0.0), ZERO), r) if n < 0 else r


def smith(rt, a, b, first):
    """Smith's quotient a / b by one branch (first: |br| >= |bi|)."""
    def f(o, x, y):
        return fbin(o, rt, x, y)
    one = (1.0, 0.0)
    if first:
        rat = f('/', b.im, b.re)
        scl = f('/', one, f('+', b.re, f('*', b.im, rat)))
        return Cx(f('*', f('+', a.re, f('*', a.im, rat)), scl), f('*', f('-', a.im, f('*', a.re, rat)), scl))
    rat = f('/', b.re, b.im)
    scl = f('/', one, f('+', b.im, f('*', b.re, rat)))
    return Cx(f('*', f('+', f('*', a.re, rat), a.im), scl), f('*', f('-', f('*', a.im, rat), a.re), scl))


def cdiv(rt, a, b):
    (br, ebr), (bi, ebi) = b.re, b.im
    if br == 0 and bi == 0:
        raise Unstable('complex division by zero (inf / NaN)')
    if math.hypot(br, bi) <= 2 * (ebr + ebi):
        raise Unstable('complex division by ~0')
    first = abs(br) >= abs(bi)
    q = smith(rt, a, b, first)
    if ebr + ebi and abs(abs(br) - abs(bi)) <= 2 * (ebr + ebi):
        # the compiled code may take the other branch: err covers both
        if (abs(br) if not first else abs(bi)) <= 2 * (ebr + ebi):
            raise Unstable('Smith branch with a divisor part ~0')
        o = smith(rt, a, b, not first)
        q = Cx(fin(rt, q.re[0], max(q.re[1], abs(q.re[0] - o.re[0]) + o.re[1]) + 1e-300),
               fin(rt, q.im[0], max(q.im[1], abs(q.im[0] - o.im[0]) + o.im[1]) + 1e-300))
    return q


def ceq(op, a, b):
    r = fcmp('==', a.re, b.re)
    i = fcmp('==', a.im, b.im)
    return (r and i) if op == '==' else not (r and i)


def near_cut(z):
    """re < 0 with im within its error of 0 (or a zero, whose sign decides):
    log sqrt arg jump there."""
    (x, _), (y, ey) = z.re, z.im
    return x < 0 and (y == 0 or abs(y) <= 2 * ey)


def cfun(name, t, z):
    """real imag abs arg (a float of z's part type) and exp log sqrt sin cos
    conj (complex) of z, of type t (complex)."""
    rt = RT[t]
    if name == 'real':
        return z.re
    if name == 'imag':
        return z.im
    if name == 'abs':
        return fbin('hypot', rt, z.re, z.im)
    if name == 'arg':
        if near_cut(z):
            raise Unstable('arg near the branch cut')
        return fbin('atan2', rt, z.im, z.re)
    if name == 'conj':
        return Cx(z.re, (-z.im[0], z.im[1]))
    if name == 'neg':
        return Cx((-z.re[0], z.re[1]), (-z.im[0], z.im[1]))
    z0, ez = z.c(), z.err()
    u = U[rt]
    try:
        if name == 'exp':
            w = cmath.exp(z0)
            e = KULP * u * abs(w) + (math.exp(z0.real + ez) * ez * 1.01 if ez else 0.0)
        elif name in ('log', 'sqrt'):
            if near_cut(z):
                raise Unstable('%s near the branch cut' % name)
            m = abs(z0)
            if m == 0 and ez == 0 and name == 'sqrt':
                return Cx(ZERO, ZERO)
            if m <= 4 * ez or m == 0:
                raise Unstable('%s near 0' % name)
            w = getattr(cmath, name)(z0)
            if name == 'log':
                e = KULP * u * (abs(w) + 1.0) + (ez / (m - ez) * 1.01 if ez else 0.0)
            else:
                e = KULP * u * abs(w) + (ez / math.sqrt(m - ez) if ez else 0.0)
        elif name in ('sin', 'cos'):
            w = getattr(cmath, name)(z0)
            ch = math.cosh(abs(z0.imag) + ez)
            e = KULP * u * ch + ch * ez * 1.01
        else:
            raise ValueError(name)
    except (OverflowError, ValueError):
        raise Unstable('complex math domain')
    if rt == F32:
        e += 2 * u * abs(w)
    return Cx(fin(rt, w.real, e + 1e-300), fin(rt, w.imag, e + 1e-300))


def cscalar_op(kind, op, t, vals, types):
    """gen_values.scalar_op for an operation with a complex operand or result."""
    if kind == 'bin':
        a, b = (cconv(v, ty, t) for v, ty in zip(vals, types))
        return cbin(op, t, a, b)
    if kind == 'cmp':
        pt = C128 if any(x in (C128, F64) for x in types) else C64
        a, b = (cconv(v, ty, pt) for v, ty in zip(vals, types))
        return ceq(op, a, b)
    if kind == 'un':
        return cfun('neg', t, vals[0])
    if kind == 'call':
        if op in COMPLEX:
            return cconv(vals[0], types[0], op)
        if op == 'complex':
            return Cx(conv(vals[0], types[0], RT[t]), conv(vals[1], types[1], RT[t]))
        if op == 'select':
            v, ty = (vals[1], types[1]) if vals[0] else (vals[2], types[2])
            return cconv(v, ty, t)
        if op in ('real', 'imag', 'abs', 'arg'):
            return cfun(op, types[0], vals[0])
        return cfun(op, t, cconv(vals[0], types[0], t))
    raise ValueError(kind)


def csum(t, data):
    from gen_interp import fsum
    rt = RT[t]
    return Cx(fsum(rt, [x.re for x in data]), fsum(rt, [x.im for x in data]))


def cred_data(name, at, t, data):
    """sum prod mean of complex elements (of type at) as type t."""
    data = [cconv(x, at, t) for x in data]
    n = len(data)
    rt = RT[t]
    if name == 'sum':
        return csum(t, data)
    if name == 'mean':
        if n == 0:
            raise RunErr("'mean' of an empty array")
        s = csum(t, data)
        return Cx(fin(rt, s.re[0] / n, s.re[1] / n + U[rt] * abs(s.re[0] / n) + 1e-300),
                  fin(rt, s.im[0] / n, s.im[1] / n + U[rt] * abs(s.im[0] / n) + 1e-300))
    if name == 'prod':
        acc = Cx((1.0, 0.0), ZERO)
        mag = 1.0
        for z in data:
            if z.err() and abs(z.c()) <= 2 * z.err():
                raise Unstable('complex prod with ~0 factor')
            acc = cbin('*', t, acc, z)
            mag *= abs(z.c()) + z.err()
        if n <= 1:
            return acc
        e = 4 * n * U[rt] * mag
        return Cx(fin(rt, acc.re[0], acc.re[1] + e), fin(rt, acc.im[0], acc.im[1] + e))
    raise ValueError(name)


def cdot_vals(t, xs, ys, at, bt):
    """dot / one element of a matmul: products in t, summed in any order."""
    return csum(t, [cbin('*', t, cconv(x, at, t), cconv(y, bt, t)) for x, y in zip(xs, ys)])


def clit_val(e):
    v, t = e.a[0], e.t[0]
    return Cx(fin(RT[t], v.real), fin(RT[t], v.imag))


def lines(t, v):
    rt = RT[t]
    return [('f', x, 4 * e + 4 * U[rt] * abs(x)) for x, e in (v.re, v.im)]


# -------------------------------------------------------------- generator ----

DYNS = (('*', 0),)
FUNS = ('exp', 'log', 'sqrt', 'sin', 'cos')


def cpromote(a, b):
    if a in COMPLEX or b in COMPLEX:
        return C128 if C128 in (a, b) or F64 in (a, b) else C64
    raise AssertionError((a, b))


def var(t, name):
    return E('var', t, name)


def clit(t, v, ctx=True):
    return E('clit', (t, ()), (v, ctx))


def rand_cx(r):
    """A complex literal's value: parts on a grid of 1/8 (exact in f32)."""
    re = 0.0 if r.random() < 0.3 else r.randint(-24, 24) / 8.0
    im = r.choice([1.0, -1.0, 2.0]) if r.random() < 0.2 else r.randint(-24, 24) / 8.0
    return complex(re, im)


def cx_inputs(t):
    def gen_inputs(r, cnt):
        out = []
        for _ in range(cnt):
            if r.random() < 0.1:
                out.append(Cx((r.randint(-8, 8) / 4.0, 0.0), ZERO))
            else:
                out.append(Cx((r.randint(-256, 256) / 64.0, 0.0), (r.randint(-256, 256) / 64.0, 0.0)))
        return out
    return gen_inputs


class CxGen:
    """Complex expressions for one exported function of Gen g: the lets go
    to pre; pool holds the complex names made here (parameters and lets),
    which Gen's own expressions never see."""

    def __init__(self, g, pre, local=False):
        self.g, self.r, self.pre = g, g.r, pre
        self.local = local      # a helper's body: no names of g, no new parameters
        self.pool = []          # (name, (elem, shape))
        self.idx = {}           # extent -> generator variable (inside a comprehension)
        bs = g.base_shapes()
        self.shapes = list(bs)
        if len(bs) > 1:
            self.shapes.append((bs[1][1],))
        self.big = g.big

    def ch(self, xs):
        return self.r.choice(xs)

    def param(self, t):
        name = self.g.fresh('z')
        self.g.params.append((name, t, False))
        self.g.input_gen[name] = cx_inputs(t[0])
        self.pool.append((name, t))
        return var(t, name)

    def let(self, e):
        name = self.g.fresh('c')
        self.pre.append(S('let', name=name, e=e, t=e.t))
        if e.t[0] in COMPLEX:
            self.pool.append((name, e.t))
        return var(e.t, name)

    # ---- leaves
    def leaf(self, t, sh):
        """A complex value of type t and shape sh (a scalar broadcast where sh is an array's)."""
        r = self.r
        cands = [(n, tt) for n, tt in self.pool if tt[1] == sh]
        if self.idx:
            cands += [(n, tt) for n, tt in self.pool if tt[1] and all(x in self.idx for x in tt[1])]
        c = r.random()
        if cands and c < 0.6:
            n, tt = self.ch(cands)
            e = var(tt, n)
            if tt[1] and tt[1] != sh:       # a[i] inside a comprehension
                e = E('idx', (tt[0], ()), None, [e] + [var((I64, ()), self.idx[x]) for x in tt[1]])
            return self.conv(e, t)
        if (c < 0.75 or not self.pool) and not self.local:
            if sh == () and self.idx:
                return self.conv(self.complex_of(RT[t], (), 1), t)
            if r.random() < 0.5 or sh == ():
                return self.param((t, sh) if sh else (t, ()))
        return self.complex_of(RT[t], sh, 1)

    def conv(self, e, t):
        if e.t[0] == t:
            return e
        return E('call', (t, e.t[1]), t, [e])

    def real(self, rt, sh, d):
        """A real operand of type rt: an existing variable, an expression of
        Gen, a part or magnitude of a complex, or a literal."""
        r, g = self.r, self.g
        c = r.random()
        vs = [n for n, (tt, k, i) in g.names().items() if tt == (rt, sh) and k not in ('stencil', 'hidden')]
        if vs and c < 0.35 and not self.local:
            return var((rt, sh), self.ch(vs))
        if (c < 0.55 and self.pool) or (self.local and (sh or c < 0.8)):
            z = self.cexpr(self.ch([C64, C128]) if rt == F64 and r.random() < 0.3 else {F32: C64, F64: C128}[rt], sh, d - 1)
            e = E('call', (RT[z.t[0]], sh), self.ch(['real', 'imag', 'abs', 'real', 'imag', 'arg']), [z])
            return self.conv_real(e, rt)
        if c < 0.8 and not self.idx and not self.local:
            return g.expr((rt, sh), max(d - 1, 1))
        if sh:
            return g.expr((rt, sh), 1)
        # typed (0.5f, f64(0.5)): an untyped literal would take a c64 context's f32
        return E('lit', (rt, ()), (r.randint(-24, 24) / 8.0, rt == F32))

    def conv_real(self, e, rt):
        return e if e.t[0] == rt else E('call', (rt, e.t[1]), rt, [e])

    def complex_of(self, rt, sh, d):
        t = C64 if rt == F32 else C128
        a = self.real(rt, sh, d)
        b = self.real(rt, sh if self.r.random() < 0.7 else (), d) if sh else self.real(rt, (), d)
        if not a.t[1] and b.t[1]:
            a, b = b, a
        return E('call', (t, sh), 'complex', [a, b])

    # ---- expressions
    def cexpr(self, t, sh, d):
        r = self.r
        if d <= 0 or r.random() < 0.15:
            return self.leaf(t, sh)
        kinds = ['bin', 'bin', 'bin', 'real', 'lit', 'un', 'fun', 'sel', 'conv']
        if sh and not self.idx and len(sh) <= 2:
            kinds += ['comp', 'comp']
        if not sh and not self.idx and self.shapes:
            kinds += ['red', 'red', 'red']
        if not self.local and not self.idx:
            kinds += ['call']
        if len(sh) == 1 and not self.idx and len(self.shapes) > 2:
            kinds += ['axred', 'matvec']
        if len(sh) == 1 and not self.idx:
            kinds += ['cumsum']
        if len(sh) == 2 and not self.idx and not self.big:
            kinds += ['outer', 'matmul']
        k = self.ch(kinds)
        if k == 'bin':
            op = self.ch(['+', '-', '*', '*', '/'])
            ta, tb = self.operand_types(t)
            a = self.cexpr(ta, sh, d - 1)
            b = self.cexpr(tb, sh if r.random() < 0.7 else (), d - 1)
            if r.random() < 0.5:
                a, b = b, a
            return E('bin', (t, sh), op, [a, b])
        if k == 'real':         # a complex with a real operand: x + 0i
            op = self.ch(['+', '-', '*', '/'])
            ta, rt = (C64, F32) if t == C64 else self.ch([(C128, F64), (C128, F32), (C64, F64)])
            a = self.cexpr(ta, sh, d - 1)
            b = self.real(rt, sh if r.random() < 0.5 else (), d - 1)
            if r.random() < 0.2:        # an integer: x + 0i in the complex's type
                a = self.cexpr(t, sh, d - 1)
                it = self.ch([I32, I64])
                vs = [n for n, (tt, kk, i) in self.g.names().items() if tt == (it, sh) and kk not in ('stencil', 'hidden')]
                b = var((it, sh), self.ch(vs)) if vs and not self.local else E('lit', (it, ()), (r.randint(-9, 9), False))
            return E('bin', (t, sh), op, [a, b] if r.random() < 0.6 else [b, a])
        if k == 'lit' and r.random() < 0.2:       # an integer power
            n = self.ch([0, 1, 2, 2, 3, 4, 5, -1, -2, -3])
            return E('bin', (t, sh), '**', [self.cexpr(t, sh, min(d - 1, 2)), E('lit', (I64, ()), (n, False))])
        if k == 'lit':
            a = self.cexpr(t, sh, d - 1)
            kids = [a, clit(t, rand_cx(r))]
            if r.random() < 0.5:
                kids.reverse()
            return E('bin', (t, sh), self.ch(['+', '-', '*', '/']), kids)
        if k == 'un':
            return E('un', (t, sh), '-', [self.cexpr(t, sh, d - 1)]) if r.random() < 0.4 else \
                E('call', (t, sh), 'conj', [self.cexpr(t, sh, d - 1)])
        if k == 'fun':
            return E('call', (t, sh), self.ch(FUNS), [self.cexpr(t, sh, d - 1)])
        if k == 'sel':
            c = self.cond(sh, d - 1)
            a, b = self.cexpr(t, sh, d - 1), self.cexpr(self.ch([t, C64]), sh if r.random() < 0.7 else (), d - 1)
            if not sh and not c.t[1] and r.random() < 0.5:
                return E('tern', (t, ()), None, [c, a, b])
            return E('call', (t, sh), 'select', [c, a, b])
        if k == 'conv':
            return self.conv(self.cexpr(C64 if t == C128 else C128, sh, d - 1), t)
        if k == 'comp':
            return self.comp(t, sh, d)
        if k == 'call':
            return self.helper_call(t, sh, d)
        if k == 'cumsum':
            return E('red', (t, sh), 'cumsum', [self.cexpr(t, sh, d - 1)])
        if k == 'red':
            return self.red(t, d)
        if k == 'axred':
            (x,) = sh
            two = self.shapes[1]
            ax = 1 if two[0] == x else 0
            a = self.cexpr(t, two, d - 1)
            return E('axred', (t, sh), (self.ch(['sum', 'sum', 'mean', 'prod']), ax), [a])
        if k == 'matvec':
            (x,) = sh
            two = self.shapes[1]
            if two[0] == x:         # (x, m) @ (m,)
                return self.mm((two, (two[1],)), t, sh, d)
            if r.random() < 0.4:    # transpose(a: (n, m)) @ (n,): a view
                ta, tb = self.operand_types(t)
                a = E('arrcall', (ta, (two[1], two[0])), 'transpose', [self.cexpr(ta, two, d - 1)])
                return E('matmul', (t, sh), '@', [a, self.cexpr(tb, (two[0],), d - 1)])
            return self.mm(((two[0],), two), t, sh, d)
        if k == 'outer':
            a = self.cexpr(self.ch([t, C64]), (sh[0],), d - 1)
            b = self.cexpr(t, (sh[1],), d - 1)
            return E('arrcall', (t, sh), 'outer', [a, b])
        if k == 'matmul':       # (x, y) @ (y, y)
            return self.mm((sh, (sh[1], sh[1])), t, sh, d)
        raise ValueError(k)

    def helper_call(self, t, sh, d):
        """h(z, w) of a new helper fn h(a: t[p] or t, w: c64 / c128) -> the
        type of a, its body complex code of its parameters (called
        elementwise where a is a scalar and z an array)."""
        g, r = self.g, self.r
        hsh = (('p', 0),) if len(sh) == 1 and r.random() < 0.6 else ()
        wt = self.ch(COMPLEX) if t == C128 else C64
        params = [(g.fresh('a'), (t, hsh), False), (g.fresh('w'), (wt, ()), False)]
        sub = CxGen(g, [], local=True)
        sub.pool = [(n, tt) for n, tt, _ in params]
        sub.shapes = [hsh] if hsh else []
        body = sub.cexpr(t, hsh, 2)
        f = Fn(g.fresh(g.prefix + 'hc'), params, [((t, hsh), False)], sub.pre + [S('return', es=[body])], export=False)
        f.writer, f.elementwise, f.early, f.own = False, False, False, True     # called here only (Gen leaves it alone)
        g.helpers.append(f)
        return E('fcall', (t, sh), f, [self.cexpr(t, sh, d - 1), self.cexpr(wt, (), d - 1)])

    def mm(self, shapes, t, sh, d):
        ta, tb = self.operand_types(t)
        a, b = self.cexpr(ta, shapes[0], d - 1), self.cexpr(tb, shapes[1], d - 1)
        return E('matmul', (t, sh), self.ch(['@', 'matmul']), [a, b])

    def operand_types(self, t):
        if t == C64:
            return C64, C64
        return self.ch([(C128, C128), (C128, C128), (C128, C64), (C64, C128)])

    def cond(self, sh, d):
        r = self.r
        c = r.random()
        if sh and (self.idx or self.local) and c >= 0.7:       # no names of g here
            c = 0.5
        if c < 0.4:
            t = self.ch(COMPLEX)
            return E('cmp', (BOOL, sh), self.ch(['==', '!=']), [self.cexpr(t, sh, d - 1), self.leaf(t, sh)])
        if c < 0.7:
            rt = self.ch(FLOATS)
            z = self.cexpr({F32: C64, F64: C128}[rt], sh, d - 1)
            return E('cmp', (BOOL, sh), self.ch(['<', '>']), [E('call', (rt, sh), self.ch(['real', 'imag', 'abs']), [z]),
                                                                E('lit', (rt, ()), (r.randint(-8, 8) / 4.0, True))])
        if self.idx or self.local:
            return E('lit', (BOOL, ()), (r.random() < 0.5, True))
        return self.g.expr((BOOL, sh), 1)

    def comp(self, t, sh, d):
        names = [self.g.fresh('i') for _ in sh]
        saved = dict(self.idx)
        for x, n in zip(sh, names):
            self.idx[x] = n
        body = self.cexpr(t, (), d - 1)
        self.idx = saved
        return E('comp', (t, sh), [(n, 0, x) for n, x in zip(names, sh)], [body])

    def red(self, t, d):
        r = self.r
        sh = self.ch(self.shapes)
        k = self.ch(['sum', 'sum', 'mean', 'prod', 'dot', 'cumsum', 'slice', 'mask', 'join', 'gather'])
        if k == 'dot' and len(sh) == 1:
            ta, tb = self.operand_types(t)
            return E('red', (t, ()), 'dot', [self.cexpr(ta, sh, d - 1), self.cexpr(tb, sh, d - 1)])
        a = self.cexpr(t, sh, d - 1)
        if k == 'cumsum' and len(sh) == 1:
            cs = E('red', (t, sh), 'cumsum', [a])
            return E('idx', (t, ()), None, [cs, E('lit', (I64, ()), (self.ch([0, 1]), True))])
        if k == 'slice' and len(sh) == 1 and a.k == 'var':
            x = sh[0]
            a = E('slice', (t, ((x[0], x[1] - 1),)), [('r', 1, x)], [a])
        if k == 'mask':
            a = E('mask', (t, DYNS), None, [a, self.cond(sh, d - 1)])
        if k == 'join':         # concat / stack of two (elements converted to the wider type)
            b = self.cexpr(self.ch([t, C64]), sh, d - 1)
            a = E('arrcall', (t, DYNS if r.random() < 0.5 else ((None, 2),) + sh), 'concat' if r.random() < 0.5 else 'stack', [a, b])
            if a.a == 'concat':
                a.t = (t, DYNS)
        if k == 'gather' and len(sh) == 1 and a.k == 'var':      # a[where(m)]
            a = E('gather', (t, DYNS), None, [a, E('arrcall', (I64, DYNS), 'where', [self.cond(sh, d - 1)])])
        name = k if k in ('sum', 'mean', 'prod') and (k != 'prod' or not self.big) else 'sum'
        return E('red', (t, ()), name, [a])

    def var_stores(self, d):
        """var v = e; then stores into v: v op= e, v[0] = e, v[m] (op)= e,
        v[1..n] = e (a complex var of an array shape)."""
        r = self.r
        t, sh = self.ch(COMPLEX), self.ch(self.shapes)
        name = self.g.fresh('c')
        self.pre.append(S('var', name=name, e=self.cexpr(t, sh, d - 1), t=(t, sh)))
        v = var((t, sh), name)
        small = C64 if t == C64 else self.ch(COMPLEX)     # what converts to t implicitly
        for _ in range(r.randint(1, 3)):
            k = self.ch(['assign', 'store', 'mstore', 'rstore'])
            rsh = sh if r.random() < 0.6 else ()
            if k == 'assign':
                op = self.ch(['+', '-', '*', '/'])
                self.pre.append(S('assign', name=name, op=op, e=self.cexpr(small, rsh, d - 1), t=(t, sh)))
            elif k == 'store':      # a plain store takes t only, a compound one what converts
                idx = [E('lit', (I64, ()), (0, True)) for _ in sh]
                op = self.ch(['=', '+', '*'])
                self.pre.append(S('store', name=name, idx=idx, op=op, e=self.cexpr(t if op == '=' else small, (), d - 1), et=t))
            elif k == 'mstore':
                m = self.cond(sh, d - 1)
                op = self.ch(['=', '=', '+', '*', '/'])
                self.pre.append(S('mstore', name=name, mask=m, op=op, e=self.cexpr(t if op == '=' else small, rsh, d - 1), et=t))
            elif len(sh) == 1:
                x = sh[0]
                tgt = E('slice', (t, ((x[0], x[1] - 1),)), [('r', 1, x)], [v])
                op = self.ch(['=', '+'])
                self.pre.append(S('rstore', target=tgt, op=op, e=self.cexpr(t if op == '=' else small, (), d - 1)))
        self.pool.append((name, (t, sh)))
        return v

    # ---- the result
    def result(self, d):
        """The value of the function's extra result: complex (3 in 4) or real / bool."""
        r = self.r
        t = self.ch(COMPLEX)
        sh = self.ch([()] + self.shapes)
        lets = [self.let(self.cexpr(self.ch(COMPLEX), self.ch([()] + self.shapes), d)) for _ in range(r.randint(0, 2))]
        if r.random() < 0.35:
            lets.append(self.var_stores(d))
        e = self.cexpr(t, sh, d)
        for v in lets:          # each let into the result: elementwise, broadcast or summed
            if v.t[1] and v.t[1] != sh:
                v = E('red', (v.t[0], ()), self.ch(['sum', 'mean']), [v])
            kids = [e, v] if r.random() < 0.5 else [v, e]
            e = E('bin', (cpromote(e.t[0], v.t[0]), sh), self.ch(['+', '-', '*', '*', '/']), kids)
            t = e.t[0]
        c = r.random()
        if c < 0.75:
            return e
        if c < 0.92:
            return E('call', (RT[t], sh), self.ch(['real', 'imag', 'abs', 'arg']), [e])
        return E('cmp', (BOOL, sh), self.ch(['==', '!=']), [e, self.leaf(t, sh)])


def complex_code(g, d):
    """(statements, the variable of the result, its type) or None: complex
    code, its value bound by the last statement (gen_stmt's Gen.body)."""
    if not g.ok('complex') or not hasattr(g, 'params'):
        return None
    pre = []
    cg = CxGen(g, pre)
    for _ in range(cg.r.randint(1, 2)):
        cg.param((cg.ch(COMPLEX), cg.ch([()] + cg.shapes[:2])))
    e = cg.result(min(d, 3))
    g.tags.add('complex')
    name = g.fresh()
    pre.append(S('let', name=name, e=e, t=e.t))
    return pre, name, e.t
