#!/usr/bin/python3
"""AST-level reducer for difftest failures (delta debugging over gen.py's AST).

Greedy passes until nothing more shrinks: drop statements, flatten ifs,
replace a subexpression by one of its children of the same type or by a
literal / fill(), drop results and helpers, shrink the size n.  A candidate
is kept when the reference still evaluates (the program stays valid and
stable) and the same failure signature (configuration and kind; for a
rejection or ICE, the message) persists.  The result is written to
tests/out/fuzz/reduced-NAME/: m.arr, driver.c, expected.txt, detail.txt.

Usage: reduce.py DIR    (a tests/out/fuzz/fail-* folder written by difftest.py;
                         it re-generates the program from its seed and index)"""
import copy, os, re, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402
from gen import E, S  # noqa: E402


def stmt_lists(p):
    """Every statement list of the program (bodies of functions, ifs, loops)."""
    out = []

    def walk(lst):
        out.append(lst)
        for s in lst:
            for key in ('then', 'else', 'body'):
                if key in s.a and isinstance(s.a[key], list) and s.k != 'stencil':
                    walk(s.a[key])
    for f in p.helpers + [p.fn]:
        walk(f.body)
    return out


def expr_sites(p):
    """(holder, index) for every expression slot, in a deterministic order."""
    sites = []

    def wexpr(holder, key):
        e = holder[key]
        if not isinstance(e, E):
            return
        sites.append((holder, key))
        skip0 = e.k in ('idx', 'slice', 'gather', 'pslice') or (e.k == 'call' and e.a in ('len', 'size'))
        for i in range(len(e.kids)):
            if skip0 and i == 0:
                continue
            wexpr(e.kids, i)
        if e.k == 'block':
            for s in e.a:
                wstmt(s)

    def wstmt(s):
        for key, v in list(s.a.items()):
            if isinstance(v, E) and key != 'target':
                wexpr(s.a, key)
            elif isinstance(v, list) and v and isinstance(v[0], E):
                for i in range(len(v)):
                    wexpr(v, i)
            elif isinstance(v, list) and v and isinstance(v[0], S):
                for x in v:
                    wstmt(x)
    for f in p.helpers + [p.fn]:
        for s in f.body:
            wstmt(s)
    return sites


def simpler(e):
    """Replacements for e, simplest first."""
    out = []
    if e.k == 'tuple' or e.t[0] == 'tuple' or e.k == 'sread':
        return out
    if e.t[0] in gen.COMPLEX:       # c64 / c128: 0i, 1 + 0i (gen_complex.py)
        if not e.t[1] and e.k != 'clit':
            out += [E('clit', e.t, (v, False)) for v in (0j, 1 + 0j)]
        elif e.t[1] and e.k != 'fill' and gen.DYN not in e.t[1]:
            out.append(E('fill', e.t, None, [E('clit', (e.t[0], ()), (1 + 0j, False))]))
        return out + [k for k in e.kids if isinstance(k, E) and k.t == e.t]
    if not e.t[1]:
        if e.k != 'lit':
            t = e.t[0]
            out.append(gen.lit(t, False if t == gen.BOOL else (0.0 if t in gen.FLOATS else 0)))
            out.append(gen.lit(t, True if t == gen.BOOL else (1.0 if t in gen.FLOATS else 1)))
    elif e.k != 'fill' and gen.DYN not in e.t[1]:       # a mask's result has no extent to fill
        t = e.t[0]
        out.append(E('fill', e.t, None, [gen.lit(t, False if t == gen.BOOL else (1.0 if t in gen.FLOATS else 1))]))
    for k in e.kids:
        if isinstance(k, E) and k.t == e.t and k.k != 'tuple':
            out.append(k)
    return out


def candidates(p):
    """Yield functions that mutate a deep copy of p (by position)."""
    nl = len(stmt_lists(p))
    for li in range(nl):
        lst = stmt_lists(p)[li]
        for si in range(len(lst) - 1, -1, -1):
            s = lst[si]
            if s.k == 'return' and li in [0] + [i for i in range(nl)]:
                if s.k == 'return' and not any(x.k == 'return' for x in lst[:si]) and lst is stmt_lists(p)[li] and si == len(lst) - 1 and is_fn_body(p, lst):
                    continue

            def drop(q, li=li, si=si):
                del stmt_lists(q)[li][si]
            yield drop
            if s.k == 'if':
                def flat(q, li=li, si=si, which='then'):
                    lst2 = stmt_lists(q)[li]
                    lst2[si:si + 1] = lst2[si].a['then']
                yield flat

                def flat2(q, li=li, si=si):
                    lst2 = stmt_lists(q)[li]
                    lst2[si:si + 1] = lst2[si].a['else']
                yield flat2
    # fewer results
    if len(p.fn.results) > 1:
        for k in range(len(p.fn.results)):
            def dropres(q, k=k):
                del q.fn.results[k]
                ret = q.fn.body[-1]
                del ret.a['es'][k]
            yield dropres
    # helpers
    for k in range(len(p.helpers)):
        def drophelper(q, k=k):
            del q.helpers[k]
        yield drophelper
    # expressions
    sites = expr_sites(p)
    for si in range(len(sites)):
        holder, key = sites[si]
        for ai in range(len(simpler(holder[key]))):
            def repl(q, si=si, ai=ai):
                h, k = expr_sites(q)[si]
                h[k] = simpler(h[k])[ai]
            yield repl
    # smaller n
    if p.sizes['n'] > 1:
        for n2 in sorted({1, 2, 3, p.sizes['n'] // 2}):
            if n2 < p.sizes['n']:
                def shrink(q, n2=n2):
                    q.sizes['n'] = n2
                    for name, t, _ in q.fn.params:
                        if t[1]:        # the first elements (row-major) of each array with n in its shape
                            cnt = 1
                            for x in t[1]:
                                cnt *= gen.ext_val(x, q.sizes)
                            q.inputs[name] = q.inputs[name][:cnt]
                yield shrink


def is_fn_body(p, lst):
    return any(lst is f.body for f in p.helpers + [p.fn])


def used_helpers_ok(p):
    text = gen.print_program(p)
    for f in p.helpers:
        pass
    return True


def valid(q):
    try:
        q.expected = gen.evaluate(q)
    except Exception:
        return False
    # every helper a call names must still be defined
    text = gen.print_fn(q.fn) + ''.join(gen.print_fn(h) for h in q.helpers)
    names = {h.name for h in q.helpers}
    for m in re.finditer(r'\b(prog\d+_hc?\d+)\(', text):
        if m.group(1) not in names:
            return False
    return True


def reduce_failure(builder, p, f, tag, budget_s=240):
    import difftest as dt
    config, threads, kind, detail = f
    want = dt.signature(f)
    root = os.path.join(dt.OUT, 'reduce-work', tag)
    tests = [0]

    def fails(q):
        tests[0] += 1
        fs = dt.check_single(builder, q, config, threads, root)
        return any(dt.signature((config, threads, k, d)) == want for k, _, d in fs)
    t0 = time.time()
    cur = copy.deepcopy(p)
    progress = True
    while progress and time.time() - t0 < budget_s:
        progress = False
        for cand in candidates(cur):
            if time.time() - t0 > budget_s:
                break
            q = copy.deepcopy(cur)
            try:
                cand(q)
            except (IndexError, KeyError):
                continue
            if not valid(q):
                continue
            if len(gen.print_program(q)) >= len(gen.print_program(cur)) and q.sizes == cur.sizes:
                continue
            if fails(q):
                cur = q
                progress = True
                break
    out = os.path.join(dt.OUT, 'reduced-' + tag)
    dt.write_progs(out, [cur])
    with open(os.path.join(out, 'detail.txt'), 'w') as fh:
        fh.write('reduced from %s (%d tests, %.0f s)\nconfig %s threads %s\nkind %s\n%s\n' %
                 (tag, tests[0], time.time() - t0, config, threads, kind, detail))
    return out


def main():
    import difftest as dt
    d = sys.argv[1]
    txt = open(os.path.join(d, 'detail.txt')).read()
    m = re.match(r'seed (\S+) program (\d+)\nconfig (\S+) threads \[([\d, ]*)\]\nkind (\S+)\n(.*)', txt, re.S)
    seed, idx, config, threads, kind, detail = m.groups()
    avoid = sys.argv[2].split(',') if len(sys.argv) > 2 else []
    p = gen.make_program(seed, int(idx), avoid)
    arrc = os.environ.get('ARRC', os.path.join(dt.ROOT, 'arrc'))
    b = dt.Builder(arrc, warnings='warnings' not in avoid, ignore=gen.ignored_warnings(avoid))
    f = (config, [int(x) for x in threads.split(',')], kind, detail.strip())
    print(reduce_failure(b, p, f, '%s-%s' % (seed, idx)))


if __name__ == '__main__':
    main()
