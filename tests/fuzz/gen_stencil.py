"""Gen's stencil statements (a mixin of gen_generator.Gen): a stencil
over buffers of one shape, its out-of-bounds mode, reads p[o...] and
chains of two stencils.
"""

from gen_types import F32, F64, FLOATS, I64
from gen_ast import E, S, is_view_expr
from gen_vocab import CHAIN_FIRST_MODES, MODES, lit, mk


class Stencils:
    """Gen's stencil statements."""

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
        # a lone pipeline stencil writing a fill, skipping the border, not read
        # by a map right after it: pass fillframe fills only the border
        framed = pipeline and not chain and not will_chain and r.random() < 0.4
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
            if (chain or (will_chain and r.random() < 0.8) or framed or (pipeline and r.random() < 0.4)) and k < nw:
                # a fill (what stencil-chain drops when the stencil moves into the
                # next one; of a lone pipeline stencil, pass fillframe fills only
                # the border it skips); the first stencil's results are declared
                # after its other buffers, which then cannot read them (it needs
                # them read by the second stencil only)
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
                if r.random() < 0.5:
                    # read by the stencil only (hidden from the statements
                    # after it), as stencil-inline needs the map's result
                    self.scope[-1][b] = ((None, ()), 'hidden', None)
                else:
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
        if pipeline and not will_chain and not chain and r.random() < 0.6:
            # a mode stencil-inline computes a map in (src_zero reads zeros
            # outside, which the map's operands need not give)
            mode = self.ch([x for x in MODES if x != 'oob_src_zero'])
        if framed:
            mode = self.ch(['oob_skip', 'oob_skip', 'oob_dst_zero'])
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
        if deep or framed:      # a result of the function (deep_results): the stencil stays live
            m = self.fresh('m')
            post.append(S("let", name=m, e=E("red", (et, ()), "sum", [E("var", (et, shape), bufs[0] if framed else self.ch(bufs))]), t=(et, ())))
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
        if pipeline and not framed and r.random() < 0.8:
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
