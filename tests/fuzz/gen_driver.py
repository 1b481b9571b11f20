"""The files of a gen.py batch: the C driver that calls the exports with
embedded inputs and prints the results (driver.c), the driver of an
`arrc --mpi` build (driver_mpi.c), the expected output (expected.txt), and
write_batch, which writes them with the module's .arr text.
"""

import os, re

from gen_types import BOOL, COMPLEX, CT, F32, F64, FLOATS, I64, RT, U32, U64, UNSIGNED, ext_text
from gen_ast import print_program


# ---------------------------------------------------------------- driver ----

def c_scalar(v, t):
    if t in COMPLEX:        # the driver's cx_c64 / cx_c128 (CX_PRELUDE)
        return 'cx_%s(%s, %s)' % (t, c_scalar(v.re, RT[t]), c_scalar(v.im, RT[t]))
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


# complex parameters and results (gen_complex.py): a scalar made from its
# parts, arrays as their parts (the same layout: C11 6.2.5p13), results
# printed part by part (GNU C's __real__ / __imag__, gcc and clang)
CX_PRELUDE = r"""#define CX_FN(S, T, R) static __attribute__((unused)) T cx_##S(R re, R im) \
    { R p[2] = { re, im }; T z; memcpy(&z, p, sizeof z); return z; }
CX_FN(c64, float _Complex, float)
CX_FN(c128, double _Complex, double)

"""


def init_array(L, n, t, v):
    """The statements of the input array n: static initial values, copied to malloc'd memory."""
    if t in COMPLEX:
        ct, vals = CT[RT[t]], ', '.join(c_scalar(y, RT[t]) for x in v for y in (x.re, x.im))
        L.append('    static const %s %s_init[] = {%s};' % (ct, n, vals))
        L.append('    %s *%s = malloc(sizeof %s_init); memcpy(%s, %s_init, sizeof %s_init);' % (CT[t], n, n, n, n, n))
        return
    ct = CT[t]
    L.append('    static const %s %s_init[] = {%s};' % (ct, n, ', '.join(c_scalar(x, t) for x in v)))
    L.append('    %s *%s = malloc(sizeof %s_init); memcpy(%s, %s_init, sizeof %s_init);' % (ct, n, n, n, n, n))


def fmt_of(t):
    """printf's format and the cast of one value of type t (a complex: both parts)."""
    if t in COMPLEX:
        return ('"%.17g\\n%.17g\\n"', None)
    return {F64: ('"%.17g\\n"', '(double)'), F32: ('"%.17g\\n"', '(double)'), BOOL: ('"%d\\n"', '(int)')}.get(t) or \
        (('"%llu\\n"', '(unsigned long long)') if t in UNSIGNED else ('"%lld\\n"', '(long long)'))


def pr(fmt, x):
    """printf of the value x with fmt (fmt_of)."""
    if fmt[1] is None:
        return 'printf(%s, (double)__real__ %s, (double)__imag__ %s)' % (fmt[0], x, x)
    return 'printf(%s, %s%s)' % (fmt[0], fmt[1], x)


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
            init_array(L, n, t[0], v)
            frees.append(n)
            args.append(n)
        else:
            args.append(c_scalar(v, t[0]))
    prints = []
    for k, (t, anon) in enumerate(f.results):
        o = 'r%d' % k
        ct = CT[t[0]]
        fmt = fmt_of(t[0])
        if not t[1]:
            L.append('    %s %s;' % (ct, o))
            args.append('&' + o)
            prints.append('        %s;' % pr(fmt, o))
        elif not anon:
            cnt = ' * '.join('(size_t)(%s)' % ext_text(x) for x in t[1])
            L.append('    %s *%s = malloc(sizeof(%s) * %s + 1);' % (ct, o, ct, cnt))
            frees.append(o)
            args.append(o)
            prints.append('        for (size_t q = 0; q < %s; q++) %s;' % (cnt, pr(fmt, o + '[q]')))
        else:
            rank = len(t[1])
            L.append('    %s *%s = NULL; int64_t %s;' % (ct, o, ', '.join('%s_d%d = 0' % (o, j) for j in range(rank))))
            args.append('&' + o)
            args += ['&%s_d%d' % (o, j) for j in range(rank)]
            cnt = ' * '.join('(size_t)%s_d%d' % (o, j) for j in range(rank))
            for j in range(rank):
                prints.append('        printf("%%lld\\n", (long long)%s_d%d);' % (o, j))
            prints.append('        for (size_t q = 0; q < %s; q++) %s;' % (cnt, pr(fmt, o + '[q]')))
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
            init_array(L, n, t[0], v)
            frees.append(n)
            args.append('%s + %s_off * %s' % (n, t[1][0][0], rowlen(t[1])) if split(t[1]) else n)
        else:
            args.append(c_scalar(v, t[0]))
    gathers, prints = [], []
    for k, (t, anon) in enumerate(f.results):
        o = 'r%d' % k
        ct = CT[t[0]]
        fmt = fmt_of(t[0])
        if not t[1]:
            L.append('    %s %s;' % (ct, o))
            args.append('&' + o)
            gathers.append('        int %s_same = ranks_agree(&%s, sizeof %s);' % (o, o, o))
            prints.append('        %s;' % pr(fmt, o))
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
            prints.append('        for (size_t q = 0; q < %s; q++) %s;' % (cnt, pr(fmt, o + '_all[q]')))
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
            prints.append('        for (size_t q = 0; q < (size_t)%s_rows * %s; q++) %s;' % (o, row, pr(fmt, o + '_all[q]')))
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
           '#include <stdbool.h>\n#include "%s.h"\n' % module, CX_PRELUDE, MPI_PRELUDE]
    for p in progs:
        out.append(driver_mpi_fn(p, module) + '\n')
    out.append('int main(int argc, char **argv) {\n    MPI_Init(&argc, &argv);\n'
               '    MPI_Comm_rank(MPI_COMM_WORLD, &rank);\n    MPI_Comm_size(MPI_COMM_WORLD, &nranks);\n')
    for p in progs:
        out.append('    run_%s();\n' % p.name)
    out.append('    MPI_Finalize();\n    return 0;\n}\n')
    return ''.join(out)


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


def write_batch(progs, outdir, module='m'):
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, module + '.arr'), 'w') as fh:
        fh.write('\n'.join(print_program(p) for p in progs))
    with open(os.path.join(outdir, 'driver.c'), 'w') as fh:
        fh.write('#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <stdint.h>\n'
                 '#include <stdbool.h>\n#include "%s.h"\n\n' % module + CX_PRELUDE)
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
