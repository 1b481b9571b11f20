"""gen.py's program AST (E expressions, S statements, Fn, Program) and
its printer to .arr text (print_program; pe prints an expression, ps a
statement).
"""

from gen_types import BOOL, F32, INTS, ext_text


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
    return e.k in ('var', 'slice', 'fcall') or (e.k == 'arrcall' and e.a == 'transpose') \
        or (e.k == 'reshape' and is_view_expr(e.kids[0]))


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


def clit_text(v, t, ctx):
    """A complex literal: (re + imi), imi alone where re is 0; in the
    context's type (ctx: next to an operand of type t), else converted."""
    im = ('%d' % abs(v.imag) if v.imag.is_integer() else repr(abs(v.imag))) + 'i'     # 2i, 1.5i
    if v.real == 0:
        s = '(-%s)' % im if v.imag < 0 or str(v.imag).startswith('-') else im
    else:
        s = '(%r %s %s)' % (v.real, '-' if v.imag < 0 or str(v.imag).startswith('-') else '+', im)
    return s if ctx else '%s(%s)' % (t, s.strip('()') if s.startswith('(') else s)


BINOPS = {'+', '-', '*', '/', '%', '**', '&', '^', '|', '<<', '>>'}


def litonly(e):
    return e.k in ('lit', 'clit') or (e.k in ('bin', 'cmp', 'un', 'tern', 'log') and all(litonly(x) for x in e.kids))


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
    if k == 'clit':
        return clit_text(e.a[0], e.t[0], e.a[1] and not _FORCE[0])
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
    if k == 'dslice':      # x[lo..hi] with lo and hi expressions (gen_lanes)
        return '%s[%s..%s]' % (pe(e.kids[0]), pe(e.kids[1]), pe(e.kids[2]))
    if k == 'pslice':      # prefix slice x[0..k] with k an expression
        return '%s[0..%s]' % (pe(e.kids[0]), pe(e.kids[1]))
    if k == 'comp':
        # (g, lo, ext): over lo..ext; (g, 0, ext, k): over the elements of
        # kids[k]; (g, lo, None, k, 'hi'): over lo..kids[k]; (g, 0, None, k,
        # 'hi', k2): over kids[k2]..kids[k] (gen_lanes' runs)
        gens = ', '.join('%s in %s..%s' % (g[0], pe(e.kids[g[5]]), pe(e.kids[g[3]])) if len(g) > 5 else
                         '%s in %d..%s' % (g[0], g[1], pe(e.kids[g[3]])) if len(g) > 4 else
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
    if k == 'reshape':
        return 'reshape(%s, %s)' % (pe(e.kids[0]), ', '.join(ext_text(x) for x in e.t[1]))
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


# ------------------------------------------------------------ stencil reads --
# A stencil read p[o...] is an E('sread') node (gen_interp.py evaluates it).

_pe_orig = pe


def pe(e):  # noqa: F811  (stencil reads print as p[o0, o1])
    if e.k == 'sread':
        return '%s[%s]' % (e.a[0], ', '.join(str(o) for o in e.a[1]))
    return _pe_orig(e)
