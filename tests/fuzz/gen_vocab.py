"""What gen.py's generator builds programs from: the math builtins, the
operand type pairs of mixed arithmetic, the special extents ONE and DYN,
the stencils' out-of-bounds modes, and the typed node constructors lit and
mk (with call_type and shape_of: the type and shape of a node).
"""

from gen_types import BOOL, F32, F64, FLOATS, I16, I32, I64, I8, NUMS, U16, U32, U64, U8, promote, promote_ok
from gen_ast import E
from gen_values import FPRED


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
