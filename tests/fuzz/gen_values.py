"""The reference value arithmetic of gen.py's interpreter: wrapping
integers, conversions, float operations with their error bounds (fin, fbin,
fun1: KULP ulp for libm), C's integer division and shifts, the float
predicates, the counter-based random numbers (splitmix64: uniform, normal),
and the exceptions a program's evaluation raises (Unstable, RunErr).
"""

import math, warnings

import numpy as np

from gen_types import BITS, BOOL, COMPLEX, F32, F64, FLOATS, I64, INTS, NUMS, U, UNSIGNED, int_range, promote


warnings.filterwarnings('ignore')
np.seterr(all='ignore')

KULP = 8          # libm / libmvec error allowance, in ulp


class Unstable(Exception):
    """The program's result is not robust to allowed rounding differences."""


class RunErr(Exception):
    """A run-time error the compiled code must report (division by zero...)."""


# ------------------------------------------------------- reference values ----

class Arr:
    __slots__ = ('shape', 'data')

    def __init__(self, shape, data):
        self.shape, self.data = tuple(shape), data


class ViewData:
    """The elements of a view (a slice bound to a var that is never
    rebound, LANGUAGE.md section 4: binding never copies): element k is
    base[idx[k]], read and written through (base may be a ViewData too).
    block: the slice is one row-major block of the array (some leading
    indices, one range, whole dimensions after it), which arrc's reshape
    views too (section 13; any other slice it copies, as NumPy does)."""
    __slots__ = ('base', 'idx', 'block')

    def __init__(self, base, idx, block=False):
        self.base, self.idx, self.block = base, idx, block

    def __len__(self):
        return len(self.idx)

    def __iter__(self):
        return (self.base[j] for j in self.idx)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self.base[j] for j in self.idx[k]]
        return self.base[self.idx[k]]

    def __setitem__(self, k, v):
        self.base[self.idx[k]] = v


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
    if to in COMPLEX or frm in COMPLEX:
        return gen_complex.cconv(v, frm, to)
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
    if t in COMPLEX or any(ty in COMPLEX for ty in types):
        return gen_complex.cscalar_op(kind, op, t, vals, types)
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


import gen_complex  # noqa: E402  (c64 / c128: its functions use this module's, at call time)
