"""gen.py's random program generator, the class Gen: its state and
scopes here; what it generates comes from one mixin per concern:
gen_scalar.py (shapes, literals, scalar expressions), gen_array.py (array
expressions, helper functions, compound assignment), gen_stmt.py
(statements, patterns, a function's body) and gen_stencil.py (stencil
statements).
"""

from gen_types import BASE_INTS, SMALL, SMALL_P
from gen_scalar import ScalarExprs
from gen_array import ArrayExprs
from gen_stmt import Statements
from gen_stencil import Stencils


# ------------------------------------------------------------- generator ----

class Gen(ScalarExprs, ArrayExprs, Statements, Stencils):
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
        self.views = set()      # vars bound to views (slices): never assigned again

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
