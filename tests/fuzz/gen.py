#!/usr/bin/python3
"""Random program generator for differential testing of arrc.

Generates random VALID arr programs, typed by construction and deterministic
per seed, from its own small AST; prints them as .arr text; evaluates them
with its own reference interpreter (plain Python, NumPy only for float32
rounding and scalar libm calls; nothing shared with arrc); and writes a C
driver that calls the exports with embedded inputs and prints the results
one per line, plus the expected output with a tolerance per float value.

Floats carry a running error bound (value, err): +,-,*,/ are exact in both
the reference and the compiled code (no FMA contraction, same order), so err
grows only from reductions (reordered by OpenMP), scans and libm calls (a few
ulp, libmvec); it is propagated through later operations.  A program whose
result depends discontinuously on such an error (a comparison, floor, a
conversion to integer within err of a jump), or that produces NaN/inf, is
rejected and regenerated: the tolerance is then sound.

Version 0.2 (LANGUAGE.md sections 10-16) is covered with the same exact
semantics: the small integers i8 i16 u8 u16 u32 u64 (wrapping, logical >> on
unsigned, widening to the wider type, saturating float conversions, sums as
i64 / u64); masks a[m], where(m), a[m] = e and a[m] op= e (arrays whose
extent is known only at run time, DYN, are taken only by reductions, len,
comprehensions over elements, concat, maps with scalars, anonymous results);
reductions along one dimension; a @ b / matmul (two 2-D arrays of one float
type summed in increasing p, bit for bit; the other products with a
reduction's error bound), outer, transpose; broadcasting of rank-1 operands
and constant extents of 1; concat, stack; rand, randn, uniform, normal
(splitmix64, exact; normal within libm's error); isnan isinf isfinite
signbit; comprehensions over the elements of 1-D arrays.

About a fifth of the exported functions also compute one of the loop shapes
that arrc's idiom passes rewrite (group-by-key sums, column sums, matrix
products with epilogues: gen_idioms.py), returned as one more result.

Usage: gen.py --seed S [--count K] [--avoid bug1,bug2] [--out DIR]
writes DIR/m.arr, DIR/driver.c, DIR/expected.txt (K programs in one module), and
DIR/driver_mpi.c, the driver of an `arrc --mpi` build (difftest.py's gcc-mpi).
"""
import argparse, copy, math, os, random, re, sys, warnings

# printing and evaluating deep expression trees recurses once per level
sys.setrecursionlimit(20000)

import numpy as np

warnings.filterwarnings('ignore')
np.seterr(all='ignore')

F64, F32, I64, I32, BOOL = 'f64', 'f32', 'i64', 'i32', 'bool'
I8, I16, U8, U16, U32, U64 = 'i8', 'i16', 'u8', 'u16', 'u32', 'u64'
FLOATS = (F64, F32)
BASE_INTS = (I64, I32)
SMALL = (I8, I16, U8, U16, U32, U64)        # LANGUAGE.md section 12
UNSIGNED = (U8, U16, U32, U64)
SIGNED = (I64, I32, I8, I16)
INTS = BASE_INTS + SMALL
NUMS = FLOATS + INTS
ALLT = NUMS + (BOOL,)
BASE_ALLT = FLOATS + BASE_INTS + (BOOL,)
U = {F64: 2.0 ** -53, F32: 2.0 ** -24}
BITS = {I64: 64, I32: 32, I8: 8, I16: 16, U8: 8, U16: 16, U32: 32, U64: 64}
CT = {F64: 'double', F32: 'float', I64: 'int64_t', I32: 'int32_t', BOOL: 'bool',
      I8: 'int8_t', I16: 'int16_t', U8: 'uint8_t', U16: 'uint16_t', U32: 'uint32_t', U64: 'uint64_t'}
SMALL_P = [0.22]    # how often a type choice picks one of the small / unsigned integers (0: --avoid small)


def pick_elem(r, p=None):
    """An element type (bool included): the small integers with probability p."""
    p = SMALL_P[0] if p is None else p * (SMALL_P[0] > 0)
    return r.choice(SMALL) if r.random() < p else r.choice(BASE_ALLT)


def pick_num(r, p=None):
    p = SMALL_P[0] if p is None else p * (SMALL_P[0] > 0)
    return r.choice(SMALL) if r.random() < p else r.choice(FLOATS + BASE_INTS)


def int_range(t):
    b = BITS[t]
    if t in UNSIGNED:
        return 0, (1 << b) - 1
    return -(1 << (b - 1)), (1 << (b - 1)) - 1


def sum_type(t):
    """The type of sum / prod / dot / cumsum of elements of type t."""
    if t in UNSIGNED:
        return U64
    if t in INTS:
        return I64
    return t
KULP = 8          # libm / libmvec error allowance, in ulp

# Version-0.2 constructs can be turned off one by one for triage with the
# same --avoid: small (the small integers), mask, axis, linalg, join,
# random, fpred, broadcast, elemgen; and the loop shapes of the idiom
# passes (gen_idioms.py): groupby, interchange, mmidiom, padtail (idiom: all four).
#
# Known compiler bugs (tags for --avoid); the generator steers clear of the
# constructs that trigger them when the tag is given (self.ok(tag) at the
# construct).  Bugs 1-6 of the first runs are fixed; add a tag here (and an
# `if not self.ok(tag)` where the construct is generated) for a new bug that
# is not fixed yet, and drop it when its fix lands.
KNOWN_BUGS = {
    # (none open: mask-store-scalar-self, matmul-op-shadowed and
    # warn-array-bounds, found by the version-0.2 generator, are fixed, with
    # regressions in tests/e2e/fuzz_found)
}
# tag -> a C warning flag that difftest does not count while the tag is
# avoided (for a false positive of the C compiler that arrc cannot avoid)
WARNING_TAGS = {}


def ignored_warnings(avoid):
    """The C warning flags that the known-issue tags in avoid tell difftest to ignore."""
    return {WARNING_TAGS[t] for t in avoid if t in WARNING_TAGS}


class Unstable(Exception):
    """The program's result is not robust to allowed rounding differences."""


class RunErr(Exception):
    """A run-time error the compiled code must report (division by zero...)."""


class Brk(Exception):
    pass


class Cont(Exception):
    pass


class Ret(Exception):
    def __init__(self, vals):
        self.vals = vals


# ---------------------------------------------------------------- types ----
# A type is (elem, shape); shape () for scalars, else a tuple of extents.
# An extent is (sym, off): the size variable sym plus off, or (None, c).

def ext_text(x):
    s, o = x
    if s == '*':
        raise ValueError('the extent of a mask result has no text')
    if s is None:
        return str(o)
    if o == 0:
        return s
    return '%s %s %d' % (s, '+' if o > 0 else '-', abs(o))


def ext_val(x, sizes):
    s, o = x
    return o if s is None else sizes[s] + o


def promote_ok(a, b):
    """The promoted type of a and b, or None where arr rejects the mix (a
    signed and an unsigned integer of one width, bool with a number)."""
    if a == b:
        return a
    if a == BOOL or b == BOOL:
        return None
    if a in INTS and b in INTS:
        if BITS[a] == BITS[b]:
            return None
        return a if BITS[a] > BITS[b] else b
    if a in FLOATS and b in FLOATS:
        return F64
    return a if a in FLOATS else b


def promote(a, b):
    r = promote_ok(a, b)
    if r is None:
        raise AssertionError('generator bug: %s and %s do not promote' % (a, b))
    return r


# ------------------------------------------------------------------ AST ----

class E:
    """Expression node: k kind, t (elem, shape), a attribute, kids children."""
    __slots__ = ('k', 't', 'a', 'kids')

    def __init__(self, k, t, a=None, kids=()):
        self.k, self.t, self.a, self.kids = k, t, a, list(kids)


def is_view_expr(e):
    """May e name another array's memory (a name, a slice, a transpose, or a
    helper's result: a helper may return its argument, which made two
    stencil buffers one array -- an error in arrc, none in the reference;
    found by make fuzz, seed 487177361 program 498)?"""
    return e.k in ('var', 'slice', 'fcall') or (e.k == 'arrcall' and e.a == 'transpose')


class S:
    """Statement node: k kind, a dict of fields; exprs/bodies named inside."""
    __slots__ = ('k', 'a')

    def __init__(self, k, **a):
        self.k, self.a = k, a


class Fn:
    def __init__(self, name, params, results, body, export=True):
        self.name, self.params, self.results, self.body, self.export = name, params, results, body, export
        # params: list of (name, type, anon) ; results: list of (type, anon)


class Program:
    def __init__(self, name, fn, helpers, sizes, inputs, tags):
        self.name, self.fn, self.helpers, self.sizes, self.inputs, self.tags = name, fn, helpers, sizes, inputs, tags
        self.expected = None


def ty_text(t, anon=False):
    e, sh = t
    if not sh:
        return e
    if anon:
        return '%s[%s]' % (e, ',' * (len(sh) - 1))
    return '%s[%s]' % (e, ', '.join(ext_text(x) for x in sh))


def c_style(s):
    """A float literal's text in C's short forms: 2.0 -> 2., 0.001 -> 1.e-3."""
    m, _, x = s.partition('e')
    ex = int(x) if x else 0
    if '.' in m:
        a, b = m.split('.')
        b = b.rstrip('0')
        digits, ex = (a + b).lstrip('0') or '0', ex - len(b)
    else:
        digits = m
    digits = digits.lstrip('0') or '0'
    while digits != '0' and digits.endswith('0'):
        digits, ex = digits[:-1], ex + 1
    if digits == '0':
        return '0.'
    if 0 <= ex <= 2:
        return digits + '0' * ex + '.'
    return '%s.e%d' % (digits, ex)


def lit_text(v, t, ctx, style=None):
    if t == BOOL:
        return 'true' if v else 'false'
    if t in INTS:
        if ctx:
            return '(%d)' % v if v < 0 else str(v)
        if v > (1 << 63) - 1:        # u64 beyond i64: the conversion's argument is an i64 literal
            v -= 1 << 64
        return '%s(%s)' % (t, '(%d)' % v if v < 0 else str(v))
    s = repr(float(v))
    if 'e' in s and '.' not in s.split('e')[0]:
        m, x = s.split('e')
        s = m + '.0e' + x
    if style == 'c':
        s = ('-' if s.startswith('-') else '') + c_style(s.lstrip('-'))
    if t == F32 and ctx != 'bare':
        s += 'f'
    elif not ctx:
        return 'f64(%s)' % s
    return '(%s)' % s if v < 0 or s.startswith('-') else s


BINOPS = {'+', '-', '*', '/', '%', '**', '&', '^', '|', '<<', '>>'}


def litonly(e):
    return e.k == 'lit' or (e.k in ('bin', 'cmp', 'un', 'tern', 'log') and all(litonly(x) for x in e.kids))


_FORCE = [0]


def pe(e):
    """Print an expression (literal-only subtrees with typed literals)."""
    if e.k != 'lit' and e.k in ('bin', 'cmp', 'un', 'tern', 'log') and litonly(e):
        _FORCE[0] += 1
        try:
            return pe1(e)
        finally:
            _FORCE[0] -= 1
    return pe1(e)


def pe1(e):
    k = e.k
    if k == 'lit':
        return lit_text(e.a[0], e.t[0], e.a[1] and not _FORCE[0], e.a[2] if len(e.a) > 2 else None)
    if k == 'var':
        return e.a
    if k in ('bin', 'cmp', 'log'):
        return '(%s %s %s)' % (pe(e.kids[0]), e.a, pe(e.kids[1]))
    if k == 'un':
        return '(%s%s)' % (e.a, pe(e.kids[0]))
    if k == 'tern':
        return '(%s ? %s : %s)' % tuple(pe(x) for x in e.kids)
    if k in ('call', 'red'):
        return '%s(%s)' % (e.a, ', '.join(pe(x) for x in e.kids))
    if k == 'reduce':
        op, init = e.a
        return 'reduce(|p, q| %s, %s, %s)' % (op.replace('A', 'p').replace('B', 'q'), init, pe(e.kids[0]))
    if k == 'scan':
        op, init = e.a
        return 'scan(|p, q| %s, %s, %s)' % (op.replace('A', 'p').replace('B', 'q'), init, pe(e.kids[0]))
    if k == 'idx':
        return '%s[%s]' % (pe(e.kids[0]), ', '.join(pe(x) for x in e.kids[1:]))
    if k == 'slice':
        # a: list of ('i',) / ('r', lo, ext) / ('all',) ; kids: [var, ints...]
        out, ki = [], 1
        for s in e.a:
            if s[0] == 'i':
                out.append(pe(e.kids[ki])); ki += 1
            elif s[0] == 'all':
                out.append('..')
            else:
                out.append('%d..%s' % (s[1], ext_text(s[2])))
        return '%s[%s]' % (pe(e.kids[0]), ', '.join(out))
    if k == 'pslice':      # prefix slice x[0..k] with k an expression
        return '%s[0..%s]' % (pe(e.kids[0]), pe(e.kids[1]))
    if k == 'comp':
        gens = ', '.join('%s in %d..%s' % (g[0], g[1], pe(e.kids[g[3]])) if len(g) > 4 else
                         '%s in %s' % (g[0], pe(e.kids[g[3]]) if len(g) > 3 else '%d..%s' % (g[1], ext_text(g[2])))
                         for g in e.a)
        return '[%s for %s]' % (pe(e.kids[0]), gens)
    if k == 'mask':
        return '%s[%s]' % (pe(e.kids[0]), pe(e.kids[1]))
    if k == 'axred':
        return '%s(%s, %d)' % (e.a[0], pe(e.kids[0]), e.a[1])
    if k == 'matmul':
        if e.a == '@':
            return '(%s @ %s)' % (pe(e.kids[0]), pe(e.kids[1]))
        return 'matmul(%s, %s)' % (pe(e.kids[0]), pe(e.kids[1]))
    if k == 'arrcall':     # where outer transpose concat stack
        return '%s(%s)' % (e.a, ', '.join(pe(x) for x in e.kids))
    if k == 'rand':
        return '%s(%s, %s)' % (e.a, pe(e.kids[0]), ', '.join(ext_text(x) for x in e.t[1]))
    if k == 'tuple':
        return '(%s)' % ', '.join(pe(x) for x in e.kids)
    if k == 'block':
        return '{ %s %s }' % (' '.join(ps(s, 0, inline=True) for s in e.a), pe(e.kids[0]))
    if k == 'fill':
        return 'fill(%s, %s)' % (pe(e.kids[0]), ', '.join(ext_text(x) for x in e.t[1]))
    if k == 'gather':
        return '%s[%s]' % (pe(e.kids[0]), pe(e.kids[1]))
    if k == 'hist':
        return 'histogram(%s, %s)' % (pe(e.kids[0]), ext_text(e.t[1][0]))
    if k == 'fcall':
        return '%s(%s)' % (e.a.name, ', '.join(pe(x) for x in e.kids))
    if k == 'alit':
        return alit_text(e.t[1], [pe(x) for x in e.kids])
    raise ValueError(k)


def alit_text(shape, items):
    if len(shape) == 1:
        return '[%s]' % ', '.join(items)
    n = len(items) // shape[0][1]
    return '[%s]' % ', '.join(alit_text(shape[1:], items[k * n:(k + 1) * n]) for k in range(shape[0][1]))


def ps(s, ind, inline=False):
    """Print a statement (with nested bodies) at indentation ind."""
    sp = '' if inline else '    ' * ind
    nl = ' ' if inline else '\n'
    k, a = s.k, s.a

    def body(stmts):
        if inline:
            return '{ ' + ' '.join(ps(x, 0, True) for x in stmts) + ' }'
        return '{\n' + ''.join(ps(x, ind + 1) for x in stmts) + sp + '}'
    if k in ('let', 'var'):
        ann = ': ' + ty_text(a['t']) if a.get('ann') else ''
        return '%s%s %s%s = %s;%s' % (sp, k, a['name'], ann, pe(a['e']), nl)
    if k == 'lett':
        return '%s%s (%s) = %s;%s' % (sp, 'var' if a.get('var') else 'let', ', '.join(a['names']), pe(a['e']), nl)
    if k == 'assign':
        return '%s%s %s= %s;%s' % (sp, a['name'], a['op'] if a['op'] != '=' else '', pe(a['e']), nl)
    if k == 'store':
        return '%s%s[%s] %s= %s;%s' % (sp, a['name'], ', '.join(pe(x) for x in a['idx']),
                                        a['op'] if a['op'] != '=' else '', pe(a['e']), nl)
    if k == 'rstore':
        return '%s%s %s= %s;%s' % (sp, pe(a['target'])[:], a['op'] if a['op'] != '=' else '', pe(a['e']), nl)
    if k == 'mstore':
        return '%s%s[%s] %s= %s;%s' % (sp, a['name'], pe(a['mask']), a['op'] if a['op'] != '=' else '', pe(a['e']), nl)
    if k == 'if':
        t = '%sif %s %s' % (sp, pe(a['c']), body(a['then']))
        if a['else']:
            t += ' else ' + body(a['else'])
        return t + nl
    if k == 'for':
        return '%sfor %s in %s..%s %s%s' % (sp, a['var'], pe(a['lo']), pe(a['hi']), body(a['body']), nl)
    if k == 'while':
        return '%swhile %s %s%s' % (sp, pe(a['c']), body(a['body']), nl)
    if k == 'return':
        return '%sreturn %s;%s' % (sp, ', '.join(pe(x) for x in a['es']), nl)
    if k in ('break', 'continue'):
        return '%s%s;%s' % (sp, k, nl)
    if k == 'scatter':
        return '%sscatter(%s, %s, %s);%s' % (sp, a['name'], pe(a['idx']), pe(a['vals']), nl)
    if k == 'stencil':
        bufs = ', '.join(a['bufs'])
        let = 'let %s = ' % a['val'] if a.get('val') else ''
        head = '%s%srunStencil(%s, %d, :%s) |%s| ' % (sp, let, bufs, a['iters'], a['mode'], ', '.join(a['params']))
        inner = [ps(x, ind + 1) for x in a['body']]
        if a['rot']:
            inner.append('    ' * (ind + 1) + 'return %s;\n' % ', '.join(a['rot']))
        return head + '{\n' + ''.join(inner) + sp + '}' + (';' if let else '') + nl
    if k == 'sstore':    # stencil store p[0, 0] = e
        return '%s%s[%s] = %s;%s' % (sp, a['p'], ', '.join('0' * 1 for _ in range(a['rank'])), pe(a['e']), nl)
    raise ValueError(k)


def print_fn(f):
    params = ', '.join('%s: %s' % (n, ty_text(t, anon)) for n, t, anon in f.params)
    res = ''
    if f.results:
        rs = [ty_text(t, anon) for t, anon in f.results]
        res = ' -> ' + (rs[0] if len(rs) == 1 else '(%s)' % ', '.join(rs))
    head = '%sfn %s(%s)%s {\n' % ('export ' if f.export else '', f.name, params, res)
    return head + ''.join(ps(s, 1) for s in f.body) + '}\n'


def print_program(p):
    return ''.join(print_fn(h) + '\n' for h in p.helpers) + print_fn(p.fn)


# ------------------------------------------------------- reference values ----

class Arr:
    __slots__ = ('shape', 'data')

    def __init__(self, shape, data):
        self.shape, self.data = tuple(shape), data


def wrap(v, t):
    b = BITS[t]
    v &= (1 << b) - 1
    if t in UNSIGNED:
        return v
    return v - (1 << b) if v >> (b - 1) else v


def fin(t, v, e=0.0):
    """Round v to float type t, reject non-finite, widen err by the rounding."""
    if t == F32:
        v = float(np.float32(v))
    if v != v or v in (math.inf, -math.inf):
        raise Unstable('non-finite')
    if e:
        e += 2 * U[t] * abs(v) + 1e-300
        if e > 1e300:
            raise Unstable('error bound overflow')
    return (v, e)


def conv(v, frm, to):
    """Convert a scalar value between types."""
    if frm == to:
        return v
    if to in FLOATS:
        if frm in FLOATS:
            return fin(to, v[0], v[1])
        x = int(v)
        f = float(x)
        if to == F32:
            f32 = float(np.float32(f))
            exact = int(f32) == x
            return (f32, 0.0 if exact else abs(f32) * U[F32] * 2)
        return (f, 0.0 if int(f) == x else abs(f) * U[F64] * 2)
    if to in INTS:
        if frm == BOOL:
            return int(v)
        if frm in INTS:
            return wrap(v, to)
        x, e = v
        lo, hi = int_range(to)

        def tr(y):      # truncate toward zero, saturate, NaN -> 0 (docs/language.md section 8)
            if y != y:
                return 0
            if y in (math.inf, -math.inf):
                return hi if y > 0 else lo
            return min(max(math.trunc(y), lo), hi)
        r = tr(x)
        if e and (tr(x - e) != r or tr(x + e) != r):
            raise Unstable('trunc near a jump')
        return r
    raise ValueError((frm, to))


def fcmp(op, a, b):
    (x, ex), (y, ey) = a, b
    if ex + ey > 0 and abs(x - y) <= 2 * (ex + ey):
        raise Unstable('float comparison within error')
    return {'<': x < y, '<=': x <= y, '>': x > y, '>=': x >= y, '==': x == y, '!=': x != y}[op]


def idiv(a, b, t):
    if b == 0:
        raise RunErr('integer division by zero')
    q = abs(a) // abs(b)
    if (a < 0) != (b < 0):
        q = -q
    return wrap(q, t)


def irem(a, b, t):
    if b == 0:
        raise RunErr('integer remainder by zero')
    q = abs(a) // abs(b)
    if (a < 0) != (b < 0):
        q = -q
    return wrap(a - b * q, t)


def fbin(op, t, a, b):
    (x, ex), (y, ey) = a, b
    if op == '+':
        return fin(t, x + y, ex + ey)
    if op == '-':
        return fin(t, x - y, ex + ey)
    if op == '*':
        return fin(t, x * y, abs(x) * ey + abs(y) * ex + ex * ey)
    if op == '/':
        if abs(y) <= ey or y == 0:
            raise Unstable('division by ~0')
        v = x / y
        return fin(t, v, (ex + abs(v) * ey) / (abs(y) - ey) if ex + ey else 0.0)
    if op in ('%', 'fmod'):
        if y == 0 or abs(y) <= ey:
            raise Unstable('fmod by ~0')
        v = math.fmod(x, y)
        e = 0.0
        if ex + ey:
            e = ex + abs(x / y) * ey + ey
            if abs(v) <= 2 * e or abs(y) - abs(v) <= 2 * e:
                raise Unstable('fmod near a jump')
        return fin(t, v, e)
    if op in ('**', 'pow'):
        try:
            v = math.pow(x, y)
        except (OverflowError, ValueError, ZeroDivisionError):
            raise Unstable('pow domain')
        e = KULP * U[t] * abs(v)
        if ex or ey:
            if x <= ex:
                raise Unstable('pow of ~0 / negative with error')
            cands = [math.pow(xx, yy) for xx in (x - ex, x + ex) for yy in (y - ey, y + ey)]
            e += max(abs(c - v) for c in cands)
        if t == F32:
            e += 2 * U[F32] * abs(v)
        return fin(t, v, e)
    if op == 'min':
        return fin(t, x if x < y else y, max(ex, ey))
    if op == 'max':
        return fin(t, x if x > y else y, max(ex, ey))
    if op == 'atan2':
        if (x == 0 and y == 0) or (abs(x) <= ex and abs(y) <= ey):
            raise Unstable('atan2 at 0')
        if y < 0 and abs(x) <= 2 * ex + 1e-300 * 0 and ex > 0:
            raise Unstable('atan2 branch cut')
        if y < 0 and x == 0 and ex == 0:
            pass
        v = math.atan2(x, y)
        e = KULP * U[t] * abs(v) + KULP * U[t]
        if ex or ey:
            cands = [math.atan2(xx, yy) for xx in (x - ex, x + ex) for yy in (y - ey, y + ey)]
            e += max(abs(c - v) for c in cands)
        return fin(t, v, e)
    if op == 'hypot':
        v = math.hypot(x, y)
        return fin(t, v, ex + ey + KULP * U[t] * v)
    if op == 'copysign':
        if ey and abs(y) <= ey:
            raise Unstable('copysign sign unknown')
        return fin(t, math.copysign(x, y), ex)
    raise ValueError(op)


def ibin(op, t, x, y):
    if op == '+':
        return wrap(x + y, t)
    if op == '-':
        return wrap(x - y, t)
    if op == '*':
        return wrap(x * y, t)
    if op == '/':
        return idiv(x, y, t)
    if op == '%':
        return irem(x, y, t)
    if op == '**':
        if y < 0:
            raise RunErr("negative exponent in integer '**'")
        return wrap(pow(x, y, 1 << 64), t)
    if op == '&':
        return wrap(x & y, t)
    if op == '|':
        return wrap(x | y, t)
    if op == '^':
        return wrap(x ^ y, t)
    if op == 'min':
        return x if x < y else y
    if op == 'max':
        return x if x > y else y
    raise ValueError(op)


def shift(op, t, x, c):
    c &= BITS[t] - 1
    return wrap(x << c, t) if op == '<<' else wrap(x >> c, t)


def c_round(x):
    r = math.trunc(x)
    if abs(x - r) >= 0.5:
        r += math.copysign(1.0, x)
    return float(r)


MONO = {   # name: python scalar function (monotonic on its domain, endpoint bound exact)
    'sqrt': math.sqrt, 'exp': math.exp, 'log': math.log, 'atan': math.atan, 'tanh': math.tanh,
    'cbrt': lambda x: math.copysign(abs(x) ** (1.0 / 3.0), x), 'expm1': math.expm1, 'log1p': math.log1p,
    'exp2': lambda x: 2.0 ** x, 'log2': math.log2, 'log10': math.log10, 'sinh': math.sinh,
    'asinh': math.asinh, 'erf': math.erf,
}
PERIODIC = {'sin': math.sin, 'cos': math.cos}
STEP = {'floor': math.floor, 'ceil': math.ceil, 'trunc': math.trunc, 'round': c_round}


def fun1(name, t, a):
    x, ex = a
    if name in MONO or name in PERIODIC:
        f = MONO.get(name) or PERIODIC[name]
        try:
            v = f(x)
            if t == F32:    # f32 libm: the f32 value of the exact result, within ulps
                v = float(np.float32(v))
            e = KULP * U[t] * abs(v)
            if name in PERIODIC:
                e += KULP * U[t]
            if ex:
                if name in PERIODIC:
                    e += min(ex, 2.0)
                else:
                    e += max(abs(f(x - ex) - v), abs(f(x + ex) - v))
        except (ValueError, OverflowError, ZeroDivisionError):
            raise Unstable('math domain')
        return fin(t, v, e)
    if name in STEP:
        f = STEP[name]
        v = float(f(x))
        if ex and (float(f(x - ex)) != v or float(f(x + ex)) != v):
            raise Unstable('step function near a jump')
        return fin(t, math.copysign(v, x) if v == 0 else v, 0.0)
    if name == 'abs':
        return fin(t, abs(x), ex)
    if name == 'sign':
        if ex and abs(x) <= ex:
            raise Unstable('sign near 0')
        return fin(t, 0.0 * x if x == 0 else math.copysign(1.0, x), 0.0)
    if name == 'neg':
        return (-x, ex)
    raise ValueError(name)


FPRED = ('isnan', 'isinf', 'isfinite', 'signbit')
M64 = (1 << 64) - 1


def fpred(op, t, v):
    """isnan isinf isfinite signbit (LANGUAGE.md section 14); an integer is
    tested as the f64 it converts to.  Values are finite here (fin rejects
    the others); the sign of a zero is not trusted (reductions may start
    from the first element or from +0.0)."""
    if t in INTS:
        x, e = float(v), 0.0
    else:
        x, e = v
    if op == 'isnan':
        return False
    if op == 'isinf':
        return False
    if op == 'isfinite':
        return True
    if x == 0 or abs(x) <= e:
        raise Unstable('signbit of ~0')
    return x < 0


def splitmix64(x):
    z = (x + 0x9E3779B97F4A7C15) & M64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return z ^ (z >> 31)


def uniform_val(seed, i):
    return float(splitmix64(splitmix64(seed & M64) ^ (i & M64)) >> 11) * 2.0 ** -53


def uniform(seed, i):
    """uniform(seed, i) of LANGUAGE.md section 14: exact (integer arithmetic and
    a conversion of a 53-bit integer)."""
    return (uniform_val(seed, i), 0.0)


def normal(seed, i):
    u1, u2 = uniform_val(seed, 2 * i), uniform_val(seed, 2 * i + 1)
    r = math.sqrt(-2.0 * math.log(1.0 - u1))
    v = r * math.cos(6.283185307179586 * u2)
    return fin(F64, v, KULP * U[F64] * (abs(v) + r) + 1e-300)


def scalar_op(kind, op, t, vals, types):
    """One elementwise scalar operation; t is the result elem type."""
    if kind == 'bin':
        if op in ('<<', '>>'):
            return shift(op, t, vals[0], vals[1])
        a, b = (conv(v, ty, t) for v, ty in zip(vals, types))
        return fbin(op, t, a, b) if t in FLOATS else ibin(op, t, a, b)
    if kind == 'log':
        return (vals[0] and vals[1]) if op == '&&' else (vals[0] or vals[1])
    if kind == 'cmp':
        pt = promote(*types) if types[0] != BOOL else BOOL
        a, b = (conv(v, ty, pt) for v, ty in zip(vals, types)) if pt != BOOL else vals
        if pt in FLOATS:
            return fcmp(op, a, b)
        return {'<': a < b, '<=': a <= b, '>': a > b, '>=': a >= b, '==': a == b, '!=': a != b}[op]
    if kind == 'un':
        x = vals[0]
        if op == '!':
            return not x
        if op == '~':
            return wrap(~x, t)
        if t in FLOATS:
            return fun1('neg', t, x)
        return wrap(-x, t)
    if kind == 'call':
        if op in NUMS:
            return conv(vals[0], types[0], op)
        if op in FPRED:
            return fpred(op, types[0], vals[0])
        if op in ('uniform', 'normal'):
            s, i = (conv(v, ty, I64) for v, ty in zip(vals, types))
            return uniform(s, i) if op == 'uniform' else normal(s, i)
        if op in ('min', 'max', 'pow', 'atan2', 'hypot', 'fmod', 'copysign'):
            a, b = (conv(v, ty, t) for v, ty in zip(vals, types))
            return fbin(op, t, a, b) if t in FLOATS else ibin(op, t, a, b)
        if op == 'select':
            c = vals[0]
            v, ty = (vals[1], types[1]) if c else (vals[2], types[2])
            return conv(v, ty, t)
        if op in ('abs', 'sign') and t in INTS:
            x = vals[0]
            return wrap(abs(x), t) if op == 'abs' else (x > 0) - (x < 0)
        x = conv(vals[0], types[0], t)
        return fun1(op, t, x)
    raise ValueError(kind)


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

    def tick(self, n):
        self.ops += n
        if self.ops > self.LIMIT:
            raise Unstable('reference evaluation too long')

    def ev(self, e, env):
        k = e.k
        if k == 'lit':
            v, t = e.a[0], e.t[0]
            if t in INTS:
                return wrap(v, t)
            return (float(np.float32(v)) if t == F32 else float(v), 0.0) if t in FLOATS else v
        if k == 'var':
            return env[e.a]
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
            arr = self.ev(e.kids[0], env)
            ranges, ki = [], 1
            for d, s in enumerate(e.a):
                if s[0] == 'i':
                    i = self.ev(e.kids[ki], env); ki += 1
                    if not 0 <= i < arr.shape[d]:
                        raise RunErr('slice index out of bounds')
                    ranges.append([i])
                elif s[0] == 'all':
                    ranges.append(list(range(arr.shape[d])))
                else:
                    lo, hi = s[1], ext_val(s[2], env)
                    if not (0 <= lo <= arr.shape[d]) or hi > arr.shape[d]:
                        raise RunErr('slice out of bounds')
                    ranges.append(list(range(lo, max(hi, lo))))
            shape = [len(r) for r, s in zip(ranges, e.a) if s[0] != 'i']
            data = [arr.data[flat_index(arr.shape, ix)] for ix in _product(ranges)]
            return Arr(shape, data)
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
            # over lo..hi with hi the expression kids[k] (gen_idioms)
            ranges = []
            for g in gens:
                if len(g) > 4:
                    hi = self.ev(e.kids[g[3]], env)
                    self.tick(max(hi - g[1], 0))    # a data-dependent extent: huge ones are Unstable, not a MemoryError
                    ranges.append(list(range(g[1], max(hi, g[1]))))
                elif len(g) > 3:
                    src = self.ev(e.kids[g[3]], env)
                    ranges.append(list(src.data))
                else:
                    ranges.append(list(range(g[1], max(ext_val(g[2], env), g[1]))))
            shape = [len(r) for r in ranges]
            body = e.kids[0]
            if body.k == 'tuple' or (body.k == 'block' and body.kids[0].k == 'tuple') or body.t[0] == 'tuple':
                n = len(body.kids) if body.k == 'tuple' else len(body.kids[0].kids) if body.k == 'block' else len(body.a.results)
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

    # ---- statements
    def run(self, stmts, env):
        for s in stmts:
            self.stmt(s, env)

    def stmt(self, s, env):
        k, a = s.k, s.a
        if k in ('let', 'var'):
            v = self.ev(a['e'], env)
            if k == 'var' and a['e'].k == 'slice':
                v = Arr(v.shape, list(v.data))
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
            ranges, ki = [], 1
            for d, sub in enumerate(tgt.a):
                if sub[0] == 'i':
                    i = self.ev(tgt.kids[ki], env); ki += 1
                    if not 0 <= i < arr.shape[d]:
                        raise RunErr('range store index out of bounds')
                    ranges.append([i])
                elif sub[0] == 'all':
                    ranges.append(list(range(arr.shape[d])))
                else:
                    lo, hi = sub[1], ext_val(sub[2], env)
                    if not (0 <= lo <= arr.shape[d]) or hi > arr.shape[d]:
                        raise RunErr('range store out of bounds')
                    ranges.append(list(range(lo, max(hi, lo))))
            pos = [flat_index(arr.shape, ix) for ix in _product(ranges)]
            if a['op'] != '=':
                old = Arr([len(r) for r, sub in zip(ranges, tgt.a) if sub[0] != 'i'], [arr.data[p] for p in pos])
                rhs = self.emap('bin', a['op'], tgt.t, [old, rhs], [et, a['e'].t[0]])
            if isinstance(rhs, Arr):
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


RED1 = ('sum', 'prod', 'mean', 'minimum', 'maximum', 'argmin', 'argmax', 'any', 'all', 'count')


def red_data(name, at, t, data):
    """A reduction of the list data (elements of type at) to one value of type t."""
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
_pe_orig = pe


def pe(e):  # noqa: F811  (stencil reads print as p[o0, o1])
    if e.k == 'sread':
        return '%s[%s]' % (e.a[0], ', '.join(str(o) for o in e.a[1]))
    return _pe_orig(e)


# ------------------------------------------------------------- generator ----

MATH1 = ['sqrt', 'exp', 'log', 'sin', 'cos', 'atan', 'tanh', 'cbrt', 'expm1', 'log1p', 'exp2',
         'log2', 'log10', 'asinh', 'erf', 'floor', 'ceil', 'round', 'trunc', 'abs', 'sign', 'sinh']
MATH2 = ['min', 'max', 'pow', 'atan2', 'hypot', 'fmod', 'copysign']
PAIRS = {F64: [(F64, F64)] * 4 + [(F64, I64), (I32, F64), (F32, F64), (F64, F32)],
         F32: [(F32, F32)] * 4 + [(F32, I32), (I64, F32)],
         I64: [(I64, I64)] * 4 + [(I32, I64), (I64, I32)],
         I32: [(I32, I32)] * 2}
# the small integers (section 12): mixed widths widen to the wider type;
# a signed and an unsigned type of one width never meet
PAIRS_SMALL = {F64: [(U16, F64), (F64, I8)], F32: [(F32, U8), (I16, F32)],
               I64: [(U32, I64), (I64, I16), (U8, I64)], I32: [(I16, I32), (I32, U8), (U16, I32)],
               I8: [(I8, I8)], U8: [(U8, U8)],
               I16: [(I16, I16)] * 2 + [(I8, I16), (I16, U8)],
               U16: [(U16, U16)] * 2 + [(U8, U16), (U16, U8)],
               U32: [(U32, U32)] * 2 + [(U16, U32), (I16, U32), (U32, I8), (U8, U32)],
               U64: [(U64, U64)] * 2 + [(U32, U64), (U64, I32), (I8, U64), (U64, U16)]}
for _t, _ps in PAIRS_SMALL.items():
    assert all(promote_ok(a, b) == _t for a, b in _ps), _t
ONE = (None, 1)           # a constant extent of 1: broadcasts (section 13)
DYN = ('*', 0)            # the extent of a mask's result a[m] / where(m): known when it has run
DYNS = (DYN,)
MODES = ['oob_skip', 'oob_wraparound', 'oob_dst_zero', 'oob_src_zero', 'oob_clamp', 'oob_mirror']
# the first stencil of a pair that stencil-chain runs by strips computes every element
CHAIN_FIRST_MODES = ['oob_wraparound', 'oob_src_zero', 'oob_clamp', 'oob_mirror']


def lit(t, v, ctx=False):
    return E('lit', (t, ()), (v, ctx))


def call_type(name, ts):
    if name in NUMS:
        return name
    if name in FPRED:
        return BOOL
    if name in ('uniform', 'normal'):
        return F64
    if name in ('abs', 'sign'):
        return ts[0]
    if name in MATH1:
        return ts[0] if ts[0] in FLOATS else F64
    if name in ('min', 'max'):
        return promote(ts[0], ts[1])
    if name == 'select':
        return promote(ts[1], ts[2]) if ts[1] != BOOL else BOOL
    p = promote(ts[0], ts[1])
    return p if p in FLOATS else F64


def shape_of(kids):
    """The shape of an elementwise operation: its operands' shapes broadcast
    (aligned at the last dimension; a missing dimension or a constant extent
    of 1 takes the other operands' extent)."""
    shapes = [k.t[1] for k in kids if k.t[1]]
    if not shapes:
        return ()
    r = max(len(s) for s in shapes)
    out = []
    for d in range(r):
        ds = [s[len(s) - r + d] for s in shapes if len(s) - r + d >= 0]
        big = [x for x in ds if x != ONE]
        out.append(big[0] if big else ONE)
    return tuple(out)


def mk(k, op, kids):
    """Build a typed node for bin / cmp / log / un / call."""
    ts = [x.t[0] for x in kids]
    sh = shape_of(kids)
    if k == 'bin':
        t = ts[0] if op in ('<<', '>>') else promote(ts[0], ts[1])
    elif k in ('cmp', 'log'):
        t = BOOL
    elif k == 'un':
        t = ts[0]
    else:
        t = call_type(op, ts)
    return E(k, (t, sh), op, kids)


class Gen:
    def __init__(self, rng, avoid, prefix, sizes, big=False):
        self.r, self.avoid, self.prefix, self.sizes, self.big = rng, avoid, prefix, sizes, big
        self.deep_results = []      # (name, type, scope depth): sums of 3-D stencils' buffers, returned
        self.cnt = 0
        self.scope = [{}]
        self.errs = False       # division by possible zero etc. allowed (return only)
        self.in_comp = 0
        self.helpers = []
        self.tags = set()
        self.early_ret_helper_calls = 0
        self.noarr = False
        self.loops = 0          # enclosing for/while loops that break/continue may leave

    def ok(self, tag):
        return tag not in self.avoid

    def fresh(self, p='v'):
        self.cnt += 1
        return '%s%d' % (p, self.cnt)

    def declare(self, name, t, kind, info=None):
        self.scope[-1][name] = (t, kind, info)

    def names(self):
        """Names in scope, without the arrays of run-time extent (masks'
        results: dyn_names), which only some constructs take."""
        d = {}
        for s in self.scope:
            d.update(s)
        return {n: v for n, v in d.items() if v[1] != 'dyn'}

    def dyn_type(self, n):
        for s in reversed(self.scope):
            if n in s:
                return s[n][0]
        raise KeyError(n)

    def dyn_names(self, t=None):
        d = {}
        for s in self.scope:
            d.update(s)
        return [n for n, (tt, k, i) in d.items() if k == 'dyn' and (t is None or tt[0] == t)]

    def push(self):
        self.scope.append({})

    def pop(self):
        self.scope.pop()

    def ch(self, xs):
        if not SMALL_P[0] and any(x in SMALL for x in xs if isinstance(x, str)):     # --avoid small
            xs = [x for x in xs if x not in SMALL] or xs
        return self.r.choice(xs)

    def small_int(self):
        return self.ch(SMALL) if self.ok('small') else self.ch(BASE_INTS)

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
        elif t == U64:        # sums of unsigned integers are u64
            opts = ['sum', 'sum', 'prod', 'minimum', 'maximum', 'dot', 'reduce']
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
            at = self.ch([I64, I32, I64, I32, I8, I16])
        elif name in ('sum', 'prod', 'dot') and t == U64:
            at = self.ch(UNSIGNED)
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
        if all(x[0] is None for x in shape) and r.random() < 0.4:
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
            if t in (I64, F64, F32, U64):
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
        if (t in FLOATS or t in (I64, U64)) and rank in (1, 2) and self.ok('linalg'):
            kinds.append('matmul'); w.append(0.5)
        if rank == 2 and t in NUMS and self.ok('linalg'):
            kinds.append('outer'); w.append(0.4)
        if rank == 2 and self.ok('linalg'):
            kinds.append('transpose'); w.append(0.4)
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
            if t in (I64, U64):
                at = self.ch([I64, I32, I64, I32, I8, I16] if t == I64 else UNSIGNED)
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
            return self.ch([I64, I32, I64, I32, I8, I16])
        if name in ('sum', 'prod') and t == U64:
            return self.ch(UNSIGNED)
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
            names = ['sum', 'prod', 'minimum', 'maximum']
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
            kinds = [I64, I32, I16, I8] if t == I64 else list(UNSIGNED)
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
            g = Gen(r, self.avoid, self.prefix + name, {'p': 0}, self.big)
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
            if f.writer or len(f.results) > 1:
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
        src = [n for n, (tt, k, i) in self.names().items() if tt[1] and tt[0] in NUMS and k not in ('stencil', 'hidden')]
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
            t = self.ch([F64, F32, F64, I64, U64])
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

    def stmt(self, d, depth=0):
        r = self.r
        names = self.names()
        var_arrays = [n for n, (tt, k, i) in names.items() if k == 'var' and tt[1]]
        var_scalars = [n for n, (tt, k, i) in names.items() if k == 'var' and not tt[1]]
        kinds = ['let_s', 'let_a', 'var_s', 'var_a', 'assign', 'store', 'rstore', 'if', 'for', 'while', 'lett', 'stencil', 'scatter',
                 'jump', 'alias', 'twostore', 'multicall', 'writer', 'arrlit', 'mstore', 'let_dyn', 'v02', 'rowsweep']
        storable = self.storable(lambda tt: True)
        w = [3, 3, 1.5, 2, 3 if (var_arrays or var_scalars) else 0, 2 if var_arrays else 0, 2 if var_arrays else 0,
             1 if depth < 2 else 0, 1 if depth < 2 else 0, 0.3 if depth < 2 else 0, 0.7, 0.8 if depth == 0 else 0,
             0.5 if var_arrays else 0,
             1.2 if self.loops else 0, 0.4, 0.4, 0.3 if depth == 0 else 0, 0.5 if not self.in_comp else 0, 0.6,
             (1.2 if var_arrays else 0.5) if storable and self.ok('mask') else 0, 0.5 if self.ok('mask') else 0, 1.2,
             0.6 if 'm' in self.sizes and not self.in_comp else 0]
        c = r.choices(kinds, w)[0]
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
        if c in ('alias', 'twostore', 'multicall', 'writer', 'arrlit', 'v02', 'rowsweep'):
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
            n = self.ch(var_arrays + var_scalars)
            t = names[n][0]
            if t[0] in NUMS and r.random() < 0.6:
                op, e = self.compound(t[0], t[1], d)
            else:
                op, e = '=', self.expr(t, d)
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
            fa = [n for n, (tt, kk, i) in self.names().items() if kk == 'var' and tt[0] in FLOATS and tt[1]]
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
            tfn = [f for f in self.helpers if len(f.results) > 1]
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

    def stencil(self, d, chain=None):
        r = self.r
        et = self.ch([F64, F64, F32, I64])
        shape = self.ch(self.base_shapes())
        if chain:
            et, shape = chain[1], chain[2]
        rank = len(shape)
        nb = r.randint(2, 3)
        names = self.names()
        srcs = [x for x, (tt, k, i) in names.items() if tt == (et, shape) and k != 'stencil']
        bufs, pre = [], []
        # a pipeline (a quarter): one round, no rotation, and the buffers
        # only read bound to fresh array expressions (maps the pass
        # stencil-inline computes at the stencil's reads)
        pipeline = r.random() < 0.25 or chain is not None
        # a pipeline stencil read by a second one right after it (stencil-chain)
        will_chain = pipeline and not chain and r.random() < 0.6
        two = [x for x in self.base_shapes() if len(x) == 2]
        if pipeline and not chain and len(shape) != 2 and two and r.random() < 0.8:
            shape = self.ch(two)        # stencil-chain takes rank 2
            rank = 2
            srcs = [x for x, (tt, k, i) in names.items() if tt == (et, shape) and k != 'stencil']
        # a share (three in ten) on a 3-D grid deep in its first dimension: 12
        # to 48 planes, so that a sweep forced by --stencil-tile on 2 or 3
        # threads cuts them into parts (passes/lower_pir_sweep.c: a part
        # needs 2 K M + 1 planes) and its seams run; its buffers are built
        # here (no other statement makes 3-D arrays) and the sum of one of
        # them becomes a result of the function (deep_results)
        deep = not pipeline and r.random() < 0.3
        if deep:
            et = self.ch([F64, F32, F64, I64])
            shape = ((None, r.randint(12, 48)), (None, r.randint(2, 4)), (None, r.randint(2, 4)))
            rank = 3
            srcs = [x for x, (tt, k, i) in names.items() if tt == (et, shape) and k != 'stencil']
        # a share of the 2-D and 3-D ones made to be swept or tiled (pass
        # tblock): two buffers swapped, enough rounds for a block of 5 or 7
        sweepable = not pipeline and rank >= 2 and (deep or r.random() < 0.4)
        if sweepable:
            nb = 2
        nw = 1 if nb == 2 else r.randint(1, 2)
        if chain:
            # reads the results of the pipeline stencil just before (chain[0])
            # directly, writes a fill: what the pass stencil-chain runs by strips
            nw = 1
            nb = 1 + len(chain[0]) + r.randint(0, 1)
            srcs = [x for x in srcs if x not in chain[0]]
        late = []
        for k in range(nb):
            if chain and nw <= k < nw + len(chain[0]):
                bufs.append(chain[0][k - nw])
                continue
            b = self.fresh('b')
            if (chain or (will_chain and r.random() < 0.8)) and k < nw:
                # a fill (what stencil-chain drops when the stencil moves into the
                # next one); the first stencil's results are declared after its
                # other buffers, which then cannot read them (it needs them read
                # by the second stencil only)
                pre.append(S('let', name=b, e=E('fill', (et, shape), None, [self.rand_lit(et)]), t=(et, shape)))
                if chain:
                    self.declare(b, (et, shape), 'let')
                else:
                    late.append(b)
                bufs.append(b)
                continue
            if chain and r.random() < 0.8:
                # the second stencil's other read buffer: a binding or a fill, the
                # only statements stencil-chain lets stand between the two
                if srcs and r.random() < 0.5:
                    e = E('var', (et, shape), self.ch(srcs))
                else:
                    e = E('fill', (et, shape), None, [self.rand_lit(et)])
                pre.append(S('let', name=b, e=e, t=(et, shape)))
                self.declare(b, (et, shape), 'let')
                bufs.append(b)
                continue
            if pipeline and k >= nw:
                if srcs and r.random() < 0.7:      # elementwise: a map over arrays of the shape
                    a, c = E('var', (et, shape), self.ch(srcs)), E('var', (et, shape), self.ch(srcs))
                    e = mk('bin', self.ch(['+', '-', '*']), [mk('bin', '*', [a, lit(et, self.ch([2, 3]), True)]), c])
                else:
                    e = self.array(et, shape, 1)
                    # a name, a slice or a transpose would share another buffer's memory
                    # (a let naming a view is no stencil buffer; aliased buffers have no
                    # defined order)
                    e = E('call', (et, shape), 'copy', [e]) if is_view_expr(e) else e
                pre.append(S('let', name=b, e=e, t=(et, shape)))
                self.declare(b, (et, shape), 'let')
                bufs.append(b)
                continue
            if srcs and r.random() < 0.7:
                e = E('call', (et, shape), 'copy', [E('var', (et, shape), self.ch(srcs))])
            elif deep:
                e = self.comp(et, shape, 1) if r.random() < 0.8 else E('fill', (et, shape), None, [self.rand_lit(et)])
            else:
                e = self.array(et, shape, 1)
                e = E('call', (et, shape), 'copy', [e]) if is_view_expr(e) else e
            # a pipeline writes fresh arrays bound by let (as the Harris sample
            # does), which no map operand can share memory with; so do half
            # the others: buffers that may be rebound (var) may share memory
            # (pass tblock tiles them behind the run-time distinct check)
            kind = 'let' if pipeline or r.random() < 0.5 else 'var'
            pre.append(S(kind, name=b, e=e, t=(et, shape)))
            self.declare(b, (et, shape), kind)
            bufs.append(b)
        for b in late:
            self.declare(b, (et, shape), 'let')
        params = [self.fresh('q') for _ in bufs]
        mode = self.ch(MODES)
        if will_chain and r.random() < 0.8:
            mode = self.ch(CHAIN_FIRST_MODES)       # modes whose kernel runs at every element
        elif chain and r.random() < 0.8:
            mode = self.ch([x for x in MODES if x != 'oob_wraparound'])
        iters = 1 if pipeline else r.randint(6, 10) if sweepable else r.randint(0, 10)  # past 7 + 1: a block under --stencil-tile=7
        writes = params[:nw]
        reads = params[nw:] if pipeline or r.random() < 0.8 else params
        offs = [tuple(0 for _ in range(rank))]
        self.push()
        for p in params:
            self.declare(p, (et, shape), 'stencil')
        body = []
        for p in writes:
            terms = []
            for _ in range(r.randint(1, 4)):
                q = self.ch(reads)
                o = tuple(r.randint(-2, 2) if q not in writes else 0 for _ in range(rank))
                offs.append(o)
                terms.append(E('sread', (et, ()), (q, o)))
            e = terms[0]
            for x in terms[1:]:
                e = mk('bin', self.ch(['+', '-']) if et != I64 else self.ch(['+', '-', '^']), [e, x])
            if et in FLOATS:
                e = mk('bin', '*', [e, lit(et, self.ch([0.25, 0.5, 0.125]), True)])
                if r.random() < 0.3:
                    self.noarr = True
                    extra = None
                    if r.random() < 0.5:
                        extra = self.helper_call(et, (), 1)
                    e = mk('bin', '+', [e, extra or self.scalar(et, 1)])
                    self.noarr = False
            else:
                e = mk('bin', '>>', [e, lit(I64, 1, True)])
            body.append(S('sstore', p=p, rank=rank, e=e))
        self.pop()
        rot = None
        if not pipeline and (sweepable or r.random() < 0.7):
            rot = params[1:] + params[:1]
            if nb == 3 and nw == 1 and r.random() < 0.5:
                # the written buffer swaps with one source, the third is read
                # only (what pass tblock may tile and sweep)
                rot = [params[1], params[0], params[2]]
        # `let v = runStencil(...)` (a fifth): v names a buffer of the stencil
        val = self.fresh('v') if r.random() < (0.05 if will_chain else 0.2) else None
        st = S('stencil', bufs=bufs, params=params, iters=iters, mode=mode, body=body, rot=rot, offs=offs, et=et, val=val)
        if val:
            self.declare(val, (et, shape), 'let')
        # a pipeline's results read by a map right after it (most of them):
        # what the pass stencil-out computes in the kernel
        post = []
        if deep:
            m = self.fresh('m')
            post.append(S('let', name=m, e=E('red', (et, ()), 'sum', [E('var', (et, shape), self.ch(bufs))]), t=(et, ())))
            self.declare(m, (et, ()), 'let')
            self.deep_results.append((m, (et, ()), len(self.scope)))
        if will_chain:
            # a second pipeline stencil reading this one's results (stencil-chain)
            nxt = self.stencil(d, chain=(bufs[:nw], et, shape))
            if r.random() < 0.8:
                # read by nothing after it, as stencil-chain requires (else it
                # must refuse: later statements may read them)
                for b in bufs[:nw]:
                    self.scope[-1][b] = ((None, ()), 'hidden', None)
            return (pre, st, nxt[0] + [nxt[1]] + nxt[2])
        if pipeline and r.random() < 0.8:
            ops = ['+', '-', '*'] if et in FLOATS else ['+', '-', '^']
            e = E('var', (et, shape), bufs[0])
            for x in bufs[1:nw] + ([self.ch(srcs)] if srcs and r.random() < 0.5 else []):
                e = mk('bin', self.ch(ops), [e, E('var', (et, shape), x)])
            if et in FLOATS and r.random() < 0.5:
                e = mk('bin', '*', [e, lit(et, self.ch([0.5, 3]), True)])
            m = self.fresh('m')
            if et in FLOATS and r.random() < 0.4:
                e = E('red', (et, ()), 'sum', [e])      # a sum of the results: moved in too
                post.append(S('let', name=m, e=e, t=(et, ())))
                self.declare(m, (et, ()), 'let')
            else:
                post.append(S('let', name=m, e=e, t=(et, shape)))
                self.declare(m, (et, shape), 'let')
        return (pre, st, post)

    def body(self, results, nstmts, d):
        out = []
        # one of the loop shapes arrc's idiom passes rewrite (gen_idioms.py),
        # among the statements; its value becomes one more result
        at = self.r.randrange(nstmts) if self.r.random() < gen_idioms.IDIOM_P else -1
        extra = None
        for k in range(nstmts):
            if k == at:
                extra = gen_idioms.idiom(self, d)
                if extra:
                    out.extend(extra[0])
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
        if extra:
            _, name, t = extra
            es.append(E('var', t, name))
            # anonymous (f64[]) where the type could not name the extents (n - 1, known when it has run)
            results.append((t, any(x == DYN or x == (None, 0) or (x[0] is not None and x[1]) for x in t[1]) or self.r.random() < 0.2))
        out.append(S('return', es=es))
        return out


# ------------------------------------------------------------- programs ----

def rand_input(r, t, n):
    out = []
    for _ in range(n):
        if t == BOOL:
            out.append(r.random() < 0.5)
        elif t in INTS:
            lo, hi = int_range(t)
            if r.random() < 0.05:
                out.append(r.choice([lo, hi, hi - r.randint(1, 99)]))
            elif t in UNSIGNED:
                out.append(r.randint(0, 40))
            else:
                out.append(r.randint(-20, 20))
        else:
            out.append((r.randint(-256, 256) / 64.0, 0.0))
    return out


def make_program(seed, idx, avoid=(), attempt_limit=60):
    """Program idx of batch seed: deterministic.  Returns a Program with
    .expected set (list of lines) or raises RuntimeError."""
    SMALL_P[0] = 0.0 if 'small' in avoid else 0.22
    for attempt in range(attempt_limit):
        r = random.Random('%s/%s/%s' % (seed, idx, attempt))
        big = r.random() < 0.08
        sizes = {'n': r.randint(3, 9) if not big else r.randint(200, 3000)}
        if r.random() < 0.3:
            sizes['m'] = r.randint(2, 5) if not big else r.randint(1, 3)
        prefix = 'prog%d' % idx
        g = Gen(r, set(avoid), prefix + '_', sizes, big)
        g.allow_errs = r.random() < 0.1
        g.make_helpers()
        params = []
        bs = g.base_shapes()
        for k in range(r.randint(1, 3)):
            t = (pick_elem(r) if k else pick_num(r), bs[0] if k == 0 else r.choice(bs))
            params.append(('x%d' % k, t, False))
        if len(bs) > 1 and all(t[1] != bs[1] for _, t, _ in params):
            params.append(('x%d' % len(params), (pick_elem(r), bs[1]), False))
        for k in range(r.randint(0, 2)):
            params.append(('s%d' % k, (pick_elem(r), ()), False))
        for n, t, _ in params:
            g.declare(n, t, 'param')
        g.params, g.input_gen = params, {}      # gen_idioms adds parameters (and how to make their inputs)
        results = []
        for _ in range(1 if r.random() < 0.8 else 2):
            kind = r.random()
            et = pick_elem(r)
            if kind < 0.35:
                results.append(((et, ()), False))
            elif kind < 0.8:
                results.append(((et, r.choice(bs)), False))
            elif kind < 0.87 and 'mask' not in avoid:      # a[m], where(m): an extent known when it has run
                results.append(((et, DYNS), True))
            else:
                sh = g.rand_shape()
                results.append(((et, sh), True))
        try:
            body = g.body(results, r.randint(1, 6), r.randint(2, 3) if not big else 2)
        except RecursionError:
            continue
        fn = Fn(prefix, params, results, body)
        inputs = {}
        for n, t, _ in params:
            cnt = 1
            for x in t[1]:
                cnt *= ext_val(x, sizes)
            mkin = g.input_gen.get(n, lambda r, cnt, t=t: rand_input(r, t[0], cnt))
            inputs[n] = mkin(r, cnt) if t[1] else mkin(r, 1)[0]
        p = Program(prefix, fn, g.helpers, sizes, inputs, g.tags)
        if r.random() < 0.25:
            shadow_names(p, r, avoid)
        try:
            p.expected = evaluate(p)
        except Unstable:
            continue
        except RecursionError:
            continue
        return p
    raise RuntimeError('no stable program for seed %s idx %s' % (seed, idx))


# Type and builtin names as local names (LANGUAGE.md section 10): a local or a
# parameter of the export is renamed to one of these when the program never
# uses the name otherwise (so it is never called, nor used as a type, while
# shadowed).
SHADOW = ['i32', 'i64', 'f32', 'f64', 'bool', 'sum', 'max', 'min', 'abs', 'len', 'mean', 'count', 'copy', 'select',
          'fill', 'sqrt', 'exp', 'prod', 'dot', 'size', 'histogram', 'scatter', 'argsort', 'zeros', 'arange', 'reduce',
          'scan', 'cumsum', 'any', 'all', 'minimum', 'maximum', 'sin', 'cos', 'floor', 'log', 'tan', 'erfc', 'ones',
          'linspace', 'where', 'transpose', 'concat', 'isnan', 'uniform', 'rand', 'i8', 'u8', 'i16', 'u16', 'u32', 'u64',
          'stack', 'outer', 'matmul', 'normal', 'randn', 'isinf', 'signbit', 'isfinite']


def _rename_e(e, m):
    if e.k == 'var' and e.a in m:
        e.a = m[e.a]
    if e.k == 'block':
        for st in e.a:
            _rename_s(st, m)
    for x in e.kids:
        _rename_e(x, m)


def _rename_s(st, m):
    for k, v in list(st.a.items()):
        if k == 'name' and v in m:
            st.a[k] = m[v]
        elif k in ('names', 'bufs'):
            st.a[k] = [m.get(x, x) for x in v]
        elif isinstance(v, E):
            _rename_e(v, m)
        elif isinstance(v, list):
            for x in v:
                if isinstance(x, E):
                    _rename_e(x, m)
                elif isinstance(x, S):
                    _rename_s(x, m)


def shadow_names(p, r, avoid=()):
    text = print_program(p)
    used = set(re.findall(r'[A-Za-z_][A-Za-z0-9_]*', text))
    free = [x for x in SHADOW if x not in used]
    victims = [n for n, t, _ in p.fn.params]

    def walk(sts):
        for st in sts:
            if st.k in ('let', 'var'):
                victims.append(st.a['name'])
            for v in st.a.values():
                if isinstance(v, list) and v and isinstance(v[0], S):
                    walk(v)
    walk(p.fn.body)
    if not free or not victims:
        return
    m = {}
    for v in r.sample(victims, min(len(victims), r.randint(1, 2))):
        if free:
            m[v] = free.pop(r.randrange(len(free)))
    for st in p.fn.body:
        _rename_s(st, m)
    p.fn.params = [(m.get(n, n), t, a) for n, t, a in p.fn.params]
    p.inputs = {m.get(n, n): v for n, v in p.inputs.items()}


def evaluate(p):
    """Reference outputs: list of ('f', v, tol) / ('i', v) / ('error',)."""
    it = Interp(p.sizes)
    env = dict(p.sizes)
    for n, t, _ in p.fn.params:
        v = p.inputs[n]
        env[n] = Arr([ext_val(x, p.sizes) for x in t[1]], list(v)) if t[1] else v
    try:
        it.run(p.fn.body, env)
        raise Unstable('no return')
    except Ret as ret:
        vals = ret.vals
    except RunErr:
        return [('error',)]
    out = []
    for (t, anon), v in zip(p.fn.results, vals):
        if t[1]:
            if not isinstance(v, Arr):
                raise Unstable('internal: expected an array')
            want = [len(v.data) if x == DYN else ext_val(x, p.sizes) for x in t[1]]
            if list(v.shape) != want:
                if anon:
                    raise Unstable('anon shape differs (generator)')
                raise Unstable('shape differs (generator)')
            if anon:
                out += [('i', d) for d in v.shape]
            out += [line(t[0], x) for x in v.data]
        else:
            out.append(line(t[0], v))
    return out


def line(t, v):
    if t in FLOATS:
        x, e = v
        return ('f', x, 4 * e + 4 * U[t] * abs(x))
    return ('i', int(v))


def expected_text(p):
    out = ['== ' + p.name]
    for l in p.expected:
        if l[0] == 'error':
            out.append('error:')
        elif l[0] == 'i':
            out.append('i %d' % l[1])
        else:
            out.append('f %r %r' % (l[1], l[2]))
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- driver ----

def c_scalar(v, t):
    if t in FLOATS:
        s = repr(v[0])
        return s + ('f' if t == F32 and ('.' in s or 'e' in s) else ('.0f' if t == F32 else ''))
    if t == BOOL:
        return '1' if v else '0'
    if t == I64:
        return '(-INT64_C(9223372036854775807)-1)' if v == -(1 << 63) else 'INT64_C(%d)' % v
    if t == U64:
        return 'UINT64_C(%d)' % v
    if t == U32:
        return '%dU' % v
    return '(-2147483647-1)' if v == -(1 << 31) else '%d' % v


def driver_fn(p, module):
    f = p.fn
    L = ['static void run_%s(void) {' % p.name]
    sizes, args = [], []
    for n, t, _ in f.params:
        for x in t[1]:
            if x[0] is not None and x[1] == 0 and x[0] not in sizes:
                sizes.append(x[0])
    for s in sizes:
        L.append('    int64_t %s = %d;' % (s, p.sizes[s]))
    args += sizes
    frees = []
    for k, (n0, t, _) in enumerate(f.params):
        v = p.inputs[n0]
        n = 'in%d' % k
        if t[1]:
            ct = CT[t[0]]
            L.append('    static const %s %s_init[] = {%s};' % (ct, n, ', '.join(c_scalar(x, t[0]) for x in v)))
            L.append('    %s *%s = malloc(sizeof %s_init); memcpy(%s, %s_init, sizeof %s_init);' % (ct, n, n, n, n, n))
            frees.append(n)
            args.append(n)
        else:
            args.append(c_scalar(v, t[0]))
    prints = []
    for k, (t, anon) in enumerate(f.results):
        o = 'r%d' % k
        ct = CT[t[0]]
        fmt = {F64: ('"%.17g\\n"', '(double)'), F32: ('"%.17g\\n"', '(double)'), BOOL: ('"%d\\n"', '(int)')}.get(t[0]) or \
            (('"%llu\\n"', '(unsigned long long)') if t[0] in UNSIGNED else ('"%lld\\n"', '(long long)'))
        if not t[1]:
            L.append('    %s %s;' % (ct, o))
            args.append('&' + o)
            prints.append('        printf(%s, %s%s);' % (fmt[0], fmt[1], o))
        elif not anon:
            cnt = ' * '.join('(size_t)(%s)' % ext_text(x) for x in t[1])
            L.append('    %s *%s = malloc(sizeof(%s) * %s + 1);' % (ct, o, ct, cnt))
            frees.append(o)
            args.append(o)
            prints.append('        for (size_t q = 0; q < %s; q++) printf(%s, %s%s[q]);' % (cnt, fmt[0], fmt[1], o))
        else:
            rank = len(t[1])
            L.append('    %s *%s = NULL; int64_t %s;' % (ct, o, ', '.join('%s_d%d = 0' % (o, j) for j in range(rank))))
            args.append('&' + o)
            args += ['&%s_d%d' % (o, j) for j in range(rank)]
            cnt = ' * '.join('(size_t)%s_d%d' % (o, j) for j in range(rank))
            for j in range(rank):
                prints.append('        printf("%%lld\\n", (long long)%s_d%d);' % (o, j))
            prints.append('        for (size_t q = 0; q < %s; q++) printf(%s, %s%s[q]);' % (cnt, fmt[0], fmt[1], o))
            frees.append(o)
    L.append('    printf("== %s\\n");' % p.name)
    L.append('    if (%s(%s)) {' % (f.name, ', '.join(args)))
    L.append('        printf("error: %%s\\n", %s_last_error());' % module)
    L.append('    } else {')
    L += prints
    L.append('    }')
    L.append('    fflush(stdout);')
    for x in frees:
        L.append('    free(%s);' % x)
    L.append('}')
    return '\n'.join(L) + '\n'


# The driver of an `arrc --mpi` build (difftest.py's gcc-mpi configuration,
# docs/mpi.md): every rank builds the same global inputs; each size variable
# that is dimension 0 of an array parameter or result is split by rows over
# the ranks in uneven blocks (from 3 ranks on, one rank has none: rank 1, 0
# or 2 by the program's index); each rank passes MPI_COMM_WORLD, its local
# extents and its blocks; array results are gathered to rank 0, scalar
# results and error returns must agree on every rank (else a line `ranks
# disagree: ...`), and rank 0 alone prints in the normal driver's format.

MPI_PRELUDE = r"""#include <mpi.h>

static int rank, nranks;

/* The rows of n that rank r owns: uneven blocks; from 3 ranks on, rank e has none. */
static __attribute__((unused)) void block(int64_t n, int e, int r, int64_t *off, int64_t *cnt)
{
    int last = nranks - 1;
    if (nranks >= 3 && e == last) last--;
    int64_t o = 0;
    for (int q = 0; q < nranks; q++) {
        int64_t c = (nranks >= 3 && q == e) ? 0 : q == last ? n - o : n / nranks + (q % 2 ? 2 : 1);
        if (c < 0) c = 0;
        if (o + c > n) c = n - o;
        if (q == r) { *off = o; *cnt = c; }
        o += c;
    }
}

/* The whole array on rank 0 (all) from every rank's block of cnt rows of rowbytes bytes. */
static __attribute__((unused)) void gather_rows(const void *local, int64_t cnt, int64_t n, int e, size_t rowbytes, void *all)
{
    int *counts = malloc(sizeof(int) * (size_t)nranks), *displs = malloc(sizeof(int) * (size_t)nranks);
    for (int q = 0; q < nranks; q++) {
        int64_t o, c;
        block(n, e, q, &o, &c);
        counts[q] = (int)(c * (int64_t)rowbytes);
        displs[q] = (int)(o * (int64_t)rowbytes);
    }
    MPI_Gatherv(local, (int)(cnt * (int64_t)rowbytes), MPI_BYTE, all, counts, displs, MPI_BYTE, 0, MPI_COMM_WORLD);
    free(counts);
    free(displs);
}

/* Rows that the function allocated (an anonymous result): every rank's count
 * of rows gathered first; returns the global number of rows on rank 0. */
static __attribute__((unused)) int64_t gather_any_rows(const void *local, int64_t cnt, size_t rowbytes, void **all)
{
    int64_t *cnts = malloc(sizeof(int64_t) * (size_t)nranks);
    MPI_Gather(&cnt, 1, MPI_INT64_T, cnts, 1, MPI_INT64_T, 0, MPI_COMM_WORLD);
    int *counts = malloc(sizeof(int) * (size_t)nranks), *displs = malloc(sizeof(int) * (size_t)nranks);
    int64_t tot = 0;
    if (!rank)
        for (int q = 0; q < nranks; q++) {
            counts[q] = (int)(cnts[q] * (int64_t)rowbytes);
            displs[q] = (int)(tot * (int64_t)rowbytes);
            tot += cnts[q];
        }
    *all = malloc((size_t)tot * rowbytes + 1);
    MPI_Gatherv(local, (int)(cnt * (int64_t)rowbytes), MPI_BYTE, *all, counts, displs, MPI_BYTE, 0, MPI_COMM_WORLD);
    free(cnts);
    free(counts);
    free(displs);
    return tot;
}

/* On rank 0: whether every rank's size bytes at v equal rank 0's. */
static __attribute__((unused)) int ranks_agree(const void *v, size_t size)
{
    unsigned char *all = malloc(size * (size_t)nranks + 1);
    MPI_Gather(v, (int)size, MPI_BYTE, all, (int)size, MPI_BYTE, 0, MPI_COMM_WORLD);
    int ok = 1;
    if (!rank)
        for (int q = 1; q < nranks; q++)
            ok &= !memcmp(all, all + (size_t)q * size, size);
    free(all);
    return ok;
}

"""


def mpi_distributed(p):
    """The size variables split over the ranks: dimension 0 of an array
    parameter or a (named) array result."""
    out = []
    shapes = [t[1] for _, t, _ in p.fn.params] + [t[1] for t, anon in p.fn.results if not anon]
    for sh in shapes:
        if sh and sh[0][0] not in (None, '*') and sh[0][1] == 0 and sh[0][0] not in out:
            out.append(sh[0][0])
    return out


def driver_mpi_fn(p, module):
    f = p.fn
    idx = int(re.sub(r'\D', '', p.name) or 0)
    dist = mpi_distributed(p)
    L = ['static void run_%s(void) {' % p.name,
         '    const int e = %d;    /* the rank without rows (from 3 ranks on) */' % {0: 1, 1: 0, 2: 2}[idx % 3],
         '    (void)e;']
    sizes, args = [], []
    for n, t, _ in f.params:
        for x in t[1]:
            if x[0] is not None and x[1] == 0 and x[0] not in sizes:
                sizes.append(x[0])
    for s in sizes:
        L.append('    int64_t %s = %d;' % (s, p.sizes[s]))
    for s in dist:
        if s not in sizes:
            L.append('    int64_t %s = %d;' % (s, p.sizes[s]))
        L.append('    int64_t %s_off, %s_local;' % (s, s))
        L.append('    block(%s, e, rank, &%s_off, &%s_local);' % (s, s, s))
    # a distributed size that also names another dimension of a parameter or
    # a named result (f64[n, n]): the global extent follows the local one
    shapes = [t[1] for _, t, _ in f.params] + [t[1] for t, anon in f.results if not anon]
    other = {x[0] for sh in shapes for x in sh[1:] if x[0] in dist and x[1] == 0}
    for s in sizes:
        args += [s + '_local'] + ([s] if s in other else []) if s in dist else [s]

    def rowlen(sh):
        return ' * '.join(['(size_t)(%s)' % ext_text(x) for x in sh[1:]] or ['(size_t)1'])

    def split(sh):
        return sh and sh[0][0] in dist and sh[0][1] == 0
    frees = []
    for k, (n0, t, _) in enumerate(f.params):
        v = p.inputs[n0]
        n = 'in%d' % k
        if t[1]:
            ct = CT[t[0]]
            L.append('    static const %s %s_init[] = {%s};' % (ct, n, ', '.join(c_scalar(x, t[0]) for x in v)))
            L.append('    %s *%s = malloc(sizeof %s_init); memcpy(%s, %s_init, sizeof %s_init);' % (ct, n, n, n, n, n))
            frees.append(n)
            args.append('%s + %s_off * %s' % (n, t[1][0][0], rowlen(t[1])) if split(t[1]) else n)
        else:
            args.append(c_scalar(v, t[0]))
    gathers, prints = [], []
    for k, (t, anon) in enumerate(f.results):
        o = 'r%d' % k
        ct = CT[t[0]]
        fmt = {F64: ('"%.17g\\n"', '(double)'), F32: ('"%.17g\\n"', '(double)'), BOOL: ('"%d\\n"', '(int)')}.get(t[0]) or \
            (('"%llu\\n"', '(unsigned long long)') if t[0] in UNSIGNED else ('"%lld\\n"', '(long long)'))
        if not t[1]:
            L.append('    %s %s;' % (ct, o))
            args.append('&' + o)
            gathers.append('        int %s_same = ranks_agree(&%s, sizeof %s);' % (o, o, o))
            prints.append('        printf(%s, %s%s);' % (fmt[0], fmt[1], o))
            prints.append('        if (!%s_same) printf("ranks disagree: the scalar result %d differs between ranks\\n");' % (o, k))
        elif not anon:
            cnt = ' * '.join('(size_t)(%s)' % ext_text(x) for x in t[1])
            if split(t[1]):
                s = t[1][0][0]
                L.append('    %s *%s = malloc(sizeof(%s) * (size_t)%s_local * %s + 1);' % (ct, o, ct, s, rowlen(t[1])))
                L.append('    %s *%s_all = malloc(sizeof(%s) * %s + 1);' % (ct, o, ct, cnt))
                frees += [o, o + '_all']
                gathers.append('        gather_rows(%s, %s_local, %s, e, sizeof(%s) * %s, %s_all);' % (o, s, s, ct, rowlen(t[1]), o))
            else:       # replicated: every rank has it whole
                L.append('    %s *%s = malloc(sizeof(%s) * %s + 1);' % (ct, o, ct, cnt))
                L.append('    %s *%s_all = %s;' % (ct, o, o))
                frees.append(o)
            args.append(o)
            prints.append('        for (size_t q = 0; q < %s; q++) printf(%s, %s%s_all[q]);' % (cnt, fmt[0], fmt[1], o))
        else:
            # allocated by the function: each rank's block of rows and its local extents
            rank_ = len(t[1])
            L.append('    %s *%s = NULL, *%s_all = NULL; int64_t %s;' % (ct, o, o, ', '.join('%s_d%d = 0' % (o, j) for j in range(rank_))))
            args.append('&' + o)
            args += ['&%s_d%d' % (o, j) for j in range(rank_)]
            row = ' * '.join(['(size_t)%s_d%d' % (o, j) for j in range(1, rank_)] or ['(size_t)1'])
            if rank_ > 1:
                gathers.append('        int %s_same = ranks_agree(&%s_d1, sizeof(int64_t) * %d);' % (o, o, rank_ - 1))
            gathers.append('        void *%s_v = NULL;' % o)
            gathers.append('        int64_t %s_rows = gather_any_rows(%s, %s_d0, sizeof(%s) * %s, &%s_v);' % (o, o, o, ct, row, o))
            gathers.append('        %s_all = %s_v;' % (o, o))
            prints.append('        printf("%%lld\\n", (long long)%s_rows);' % o)
            for j in range(1, rank_):
                prints.append('        printf("%%lld\\n", (long long)%s_d%d);' % (o, j))
            if rank_ > 1:
                prints.append('        if (!%s_same) printf("ranks disagree: the extents of result %d\\n");' % (o, k))
            prints.append('        for (size_t q = 0; q < (size_t)%s_rows * %s; q++) printf(%s, %s%s_all[q]);' % (o, row, fmt[0], fmt[1], o))
            frees += [o, o + '_all']
    L.append('    if (!rank) printf("== %s\\n");' % p.name)
    L.append('    int rc = %s(%s);' % (f.name, ', '.join(['MPI_COMM_WORLD'] + args)))
    L.append('    int failed = rc != 0, nfailed = 0;')
    L.append('    MPI_Allreduce(&failed, &nfailed, 1, MPI_INT, MPI_SUM, MPI_COMM_WORLD);')
    L.append('    if (nfailed) {')
    L.append('        char msg[512] = {0};')
    L.append('        strncpy(msg, %s_last_error(), sizeof msg - 1);' % module)
    L.append('        int same = ranks_agree(msg, sizeof msg);')
    L.append('        if (!rank) {')
    L.append('            printf("error: %s\\n", msg);')
    L.append('            if (nfailed != nranks) printf("ranks disagree: %d of %d ranks returned an error\\n", nfailed, nranks);')
    L.append('            else if (!same) printf("ranks disagree: the error messages differ\\n");')
    L.append('        }')
    L.append('    } else {')
    L += gathers
    L.append('        if (!rank) {')
    L += ['    ' + x for x in prints]
    L.append('        }')
    L.append('    }')
    L.append('    fflush(stdout);')
    for x in frees:
        L.append('    free(%s);' % x)
    L.append('}')
    return '\n'.join(L) + '\n'


def driver_mpi_text(progs, module='m'):
    out = ['#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <stdint.h>\n'
           '#include <stdbool.h>\n#include "%s.h"\n' % module, MPI_PRELUDE]
    for p in progs:
        out.append(driver_mpi_fn(p, module) + '\n')
    out.append('int main(int argc, char **argv) {\n    MPI_Init(&argc, &argv);\n'
               '    MPI_Comm_rank(MPI_COMM_WORLD, &rank);\n    MPI_Comm_size(MPI_COMM_WORLD, &nranks);\n')
    for p in progs:
        out.append('    run_%s();\n' % p.name)
    out.append('    MPI_Finalize();\n    return 0;\n}\n')
    return ''.join(out)


def write_batch(progs, outdir, module='m'):
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, module + '.arr'), 'w') as fh:
        fh.write('\n'.join(print_program(p) for p in progs))
    with open(os.path.join(outdir, 'driver.c'), 'w') as fh:
        fh.write('#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <stdint.h>\n'
                 '#include <stdbool.h>\n#include "%s.h"\n\n' % module)
        for p in progs:
            fh.write(driver_fn(p, module) + '\n')
        fh.write('int main(void) {\n')
        for p in progs:
            fh.write('    run_%s();\n' % p.name)
        fh.write('    return 0;\n}\n')
    with open(os.path.join(outdir, 'driver_mpi.c'), 'w') as fh:
        fh.write(driver_mpi_text(progs, module))
    with open(os.path.join(outdir, 'expected.txt'), 'w') as fh:
        for p in progs:
            fh.write(expected_text(p))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', default='1')
    ap.add_argument('--count', type=int, default=8)
    ap.add_argument('--first', type=int, default=0)
    ap.add_argument('--avoid', default='')
    ap.add_argument('--out', default='tests/out/fuzz/gen')
    a = ap.parse_args()
    avoid = [x for x in a.avoid.split(',') if x]
    progs = [make_program(a.seed, i, avoid) for i in range(a.first, a.first + a.count)]
    write_batch(progs, a.out)
    print(a.out)


import gen_idioms  # noqa: E402  (the loop shapes of arrc's idiom passes; uses this module's names)
gen_idioms.bind(sys.modules[__name__])

if __name__ == '__main__':
    main()
