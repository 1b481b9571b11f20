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
reduction's error bound), outer, transpose, reshape (of any array to its
extents in another order with 1s put in or taken out; a var bound to the
reshape of a block slice is a view, of any other slice a copy); broadcasting of rank-1 operands
and constant extents of 1; concat, stack; rand, randn, uniform, normal
(splitmix64, exact; normal within libm's error); isnan isinf isfinite
signbit; comprehensions over the elements of 1-D arrays.

About a fifth of the exported functions also compute one of the loop shapes
that arrc's idiom passes rewrite (group-by-key sums, column sums, matrix
products with epilogues: gen_idioms.py), returned as one more result, and
about one in seven a sum of inner sums in a parallel comprehension, over
runs lo[j]..hi[j] of an array, plain or as a helper's tuple of sums (the
shape pass lanesum keeps in vector lanes: gen_lanes.py).

Complex numbers c64 / c128 (LANGUAGE.md section 12): about one in eight
exported functions also computes complex code from new complex parameters
(scalars and arrays), returned as one more result, complex or real
(gen_complex.py, which describes the reference's formulas: NumPy's plain
product and Smith's quotient, exact, per part rounded to f32 for c64;
reductions with their bound, the complex libm functions within KULP ulp of
the result's magnitude); a complex value prints as two lines, re and im,
each with its own tolerance.

Layout, one module per concern (gen.py keeps the programs -- make_program,
shadow_names, evaluate --, the --avoid tags, main, and re-exports the
modules' names, so gen.<name> works as before the split): gen_types.py
(types), gen_ast.py (the AST and its printer), gen_values.py (reference
value arithmetic), gen_interp.py (the reference interpreter), gen_vocab.py
(the generator's tables and node constructors), gen_generator.py (class
Gen, made of the mixins of gen_scalar.py, gen_array.py, gen_stmt.py and
gen_stencil.py), gen_driver.py (the C drivers, expected.txt, write_batch),
gen_idioms.py (the idiom passes' loop shapes; gen_passes.py and
gen_lanes.py more of them), gen_complex.py (complex values and code).

Usage: gen.py --seed S [--count K] [--avoid bug1,bug2] [--out DIR]
writes DIR/m.arr, DIR/driver.c, DIR/expected.txt (K programs in one module), and
DIR/driver_mpi.c, the driver of an `arrc --mpi` build (difftest.py's gcc-mpi).
"""
import argparse, random, re, sys

# printing and evaluating deep expression trees recurses once per level
sys.setrecursionlimit(20000)

from gen_types import BOOL, COMPLEX, FLOATS, INTS, SMALL_P, U, UNSIGNED, ext_val, int_range, pick_elem, pick_num
from gen_ast import E, Fn, Program, S, print_program
from gen_values import Arr, RunErr, Unstable
from gen_interp import Interp, Ret, rebound_names
from gen_vocab import DYN, DYNS
from gen_generator import Gen
from gen_driver import write_batch
import gen_complex

# gen.<name> for every name of the modules, as when they were one file
# (difftest.py, reduce.py and gen_idioms.bind() use them)
from gen_types import *  # noqa: F401,F403
from gen_ast import *  # noqa: F401,F403
from gen_values import *  # noqa: F401,F403
from gen_interp import *  # noqa: F401,F403
from gen_vocab import *  # noqa: F401,F403
from gen_scalar import *  # noqa: F401,F403
from gen_array import *  # noqa: F401,F403
from gen_stmt import *  # noqa: F401,F403
from gen_stencil import *  # noqa: F401,F403
from gen_generator import *  # noqa: F401,F403
from gen_driver import *  # noqa: F401,F403

# Version-0.2 constructs can be turned off one by one for triage with the
# same --avoid: small (the small integers), mask, axis, linalg, join,
# random, fpred, broadcast, elemgen; the complex numbers c64 / c128
# (gen_complex.py): complex; and the loop shapes of the idiom passes
# (gen_idioms.py): groupby, interchange, mmidiom, padtail, nanfree, tile,
# inplace, histo, lanesum (idiom: all of them).
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
          'stack', 'outer', 'matmul', 'normal', 'randn', 'isinf', 'signbit', 'isfinite', 'reshape',
          'c64', 'c128', 'complex', 'real', 'imag', 'conj', 'arg']


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
    it.rebound.append(rebound_names(p.fn.body))
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
            out += [y for x in v.data for y in lines(t[0], x)]
        else:
            out += lines(t[0], v)
    return out


def lines(t, v):
    """The expected lines of one value: two (re, im) for a complex."""
    if t in COMPLEX:
        return gen_complex.lines(t, v)
    return [line(t, v)]


def line(t, v):
    if t in FLOATS:
        x, e = v
        return ('f', x, 4 * e + 4 * U[t] * abs(x))
    return ('i', int(v))


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
