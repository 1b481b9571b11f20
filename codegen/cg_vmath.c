/* cg_vmath.c — the IS_VMATH statements (passes/vecmath.c) and the helpers
 * they call: SLEEF's vector functions under --vector-math=sleef, glibc's
 * libmvec ones by name under the default --vector-math=libmvec (for the C
 * compilers that do not call libmvec by themselves), each for the
 * instruction set the C file is compiled for. */
#include "cg_int.h"

/* SLEEF's accuracy suffix: the most accurate variant it has of each function */
static const char *ulp_suffix(BuiltinId id)
{
    return id == BI_ERFC ? "u15" : id == BI_HYPOT ? "u05" : "u10";
}

/* An if whose branches are versions for different C compilers (IS_IF.pp,
 * pass vecmath): the preprocessor picks one. */
void vmath_versions(CG *g, const IStmt *s)
{
    buf_printf(g->b, "#if %s\n", s->if_.pp);
    stmts(g, &s->if_.then);
    buf_puts(g->b, "#else\n");
    stmts(g, &s->if_.els);
    buf_puts(g->b, "#endif\n");
}

void vmath_stmt(CG *g, const IStmt *s)
{
    bool f32 = s->vm.dst->elem == T_F32;
    g->uses_vm[s->vm.fn][f32] = true;
    buf_indent(g->b, g->ind);
    buf_printf(g->b, "arr_vm_%s_%s(%s, %s, ", builtins[s->vm.fn].name, f32 ? "f32" : "f64", cname(s->vm.dst), cname(s->vm.a));
    if (s->vm.b) buf_printf(g->b, "%s, ", cname(s->vm.b));
    expr(g, s->vm.n);
    buf_puts(g->b, ");\n");
}

/* One instruction set per #if: SLEEF's names of its functions, the lanes
 * of a double and a float vector, the unaligned loads and stores. */
static const char isa_macros[] =
    "#if defined(__AVX512F__)\n"
    "#define ARR_VM_D(f, u) Sleef_##f##d8_##u##avx512f\n#define ARR_VM_F(f, u) Sleef_##f##f16_##u##avx512f\n"
    "#define ARR_VM_WD 8\n#define ARR_VM_WF 16\n"
    "#define ARR_VM_LDD _mm512_loadu_pd\n#define ARR_VM_STD _mm512_storeu_pd\n"
    "#define ARR_VM_LDF _mm512_loadu_ps\n#define ARR_VM_STF _mm512_storeu_ps\n"
    "#elif defined(__AVX2__) && defined(__FMA__)\n"
    "#define ARR_VM_D(f, u) Sleef_##f##d4_##u##avx2\n#define ARR_VM_F(f, u) Sleef_##f##f8_##u##avx2\n"
    "#define ARR_VM_WD 4\n#define ARR_VM_WF 8\n"
    "#define ARR_VM_LDD _mm256_loadu_pd\n#define ARR_VM_STD _mm256_storeu_pd\n"
    "#define ARR_VM_LDF _mm256_loadu_ps\n#define ARR_VM_STF _mm256_storeu_ps\n"
    "#elif defined(__AVX__)\n"
    "#define ARR_VM_D(f, u) Sleef_##f##d4_##u##avx\n#define ARR_VM_F(f, u) Sleef_##f##f8_##u##avx\n"
    "#define ARR_VM_WD 4\n#define ARR_VM_WF 8\n"
    "#define ARR_VM_LDD _mm256_loadu_pd\n#define ARR_VM_STD _mm256_storeu_pd\n"
    "#define ARR_VM_LDF _mm256_loadu_ps\n#define ARR_VM_STF _mm256_storeu_ps\n"
    /* 128-bit vectors: SLEEF's dispatcher picks the processor's best (FMA) version at run time */
    "#elif defined(__SSE2__)\n"
    "#define ARR_VM_D(f, u) Sleef_##f##d2_##u\n#define ARR_VM_F(f, u) Sleef_##f##f4_##u\n"
    "#define ARR_VM_WD 2\n#define ARR_VM_WF 4\n"
    "#define ARR_VM_LDD _mm_loadu_pd\n#define ARR_VM_STD _mm_storeu_pd\n"
    "#define ARR_VM_LDF _mm_loadu_ps\n#define ARR_VM_STF _mm_storeu_ps\n"
    "#else    /* another architecture: SLEEF's scalar functions (the same algorithms) */\n"
    "#define ARR_VM_D(f, u) Sleef_##f##_##u\n#define ARR_VM_F(f, u) Sleef_##f##f_##u\n"
    "#define ARR_VM_WD 1\n#define ARR_VM_WF 1\n"
    "#define ARR_VM_LDD(p) (*(p))\n#define ARR_VM_STD(p, v) (*(p) = (v))\n"
    "#define ARR_VM_LDF(p) (*(p))\n#define ARR_VM_STF(p, v) (*(p) = (v))\n"
    "#endif\n\n";

/* The same macros for glibc's libmvec (x86-64): its functions' names in the
 * vector function ABI, _ZGV<isa>N<lanes><v or vv>_<name>; u is the
 * parameter letters (v, vv).  b, c, d, e: SSE2, AVX, AVX2, AVX-512. */
static const char isa_macros_libmvec[] =
    "#include <immintrin.h>\n"
    "#if defined(__AVX512F__)\n"
    "#define ARR_VM_D(fn, u) _ZGVeN8##u##_##fn\n#define ARR_VM_F(fn, u) _ZGVeN16##u##_##fn##f\n"
    "#define ARR_VM_VD __m512d\n#define ARR_VM_VF __m512\n"
    "#define ARR_VM_WD 8\n#define ARR_VM_WF 16\n"
    "#define ARR_VM_LDD _mm512_loadu_pd\n#define ARR_VM_STD _mm512_storeu_pd\n"
    "#define ARR_VM_LDF _mm512_loadu_ps\n#define ARR_VM_STF _mm512_storeu_ps\n"
    "#elif defined(__AVX__)\n"
    "#if defined(__AVX2__)\n"
    "#define ARR_VM_D(fn, u) _ZGVdN4##u##_##fn\n#define ARR_VM_F(fn, u) _ZGVdN8##u##_##fn##f\n"
    "#else\n"
    "#define ARR_VM_D(fn, u) _ZGVcN4##u##_##fn\n#define ARR_VM_F(fn, u) _ZGVcN8##u##_##fn##f\n"
    "#endif\n"
    "#define ARR_VM_VD __m256d\n#define ARR_VM_VF __m256\n"
    "#define ARR_VM_WD 4\n#define ARR_VM_WF 8\n"
    "#define ARR_VM_LDD _mm256_loadu_pd\n#define ARR_VM_STD _mm256_storeu_pd\n"
    "#define ARR_VM_LDF _mm256_loadu_ps\n#define ARR_VM_STF _mm256_storeu_ps\n"
    "#else\n"
    "#define ARR_VM_D(fn, u) _ZGVbN2##u##_##fn\n#define ARR_VM_F(fn, u) _ZGVbN4##u##_##fn##f\n"
    "#define ARR_VM_VD __m128d\n#define ARR_VM_VF __m128\n"
    "#define ARR_VM_WD 2\n#define ARR_VM_WF 4\n"
    "#define ARR_VM_LDD _mm_loadu_pd\n#define ARR_VM_STD _mm_storeu_pd\n"
    "#define ARR_VM_LDF _mm_loadu_ps\n#define ARR_VM_STF _mm_storeu_ps\n"
    "#endif\n\n";

void vmath_libmvec_switch(Buf *c)
{
    buf_puts(c, "/* gcc with OpenMP calls glibc's vector math (libmvec) in the loops by itself (declare simd);\n"
                "   for other compilers (clang) on x86-64 with glibc 2.35 or later, the loops with math calls\n"
                "   run by blocks that call libmvec's vector functions by name (#if ARR_VM_CALLS). */\n"
                "#if defined(__x86_64__) && defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 35) \\\n"
                "    && !(defined(__GNUC__) && !defined(__clang__) && defined(_OPENMP))\n"
                "#define ARR_VM_CALLS 1\n#else\n#define ARR_VM_CALLS 0\n#endif\n");
}

static void helper(Buf *c, BuiltinId id, bool f32, bool libmvec)
{
    bool two = builtins[id].cls == BC_MATH2;
    const char *fn = builtins[id].name, *t = f32 ? "float" : "double", *u = libmvec ? (two ? "vv" : "v") : ulp_suffix(id);
    const char *k = f32 ? "F" : "D";
    if (libmvec)    /* no header declares them */
        buf_printf(c, "ARR_VM_V%s ARR_VM_%s(%s, %s)(ARR_VM_V%s%s);\n", k, k, fn, u, k, two ? arena_printf(", ARR_VM_V%s", k) : "");
    const char *f = arena_printf("ARR_VM_%s(%s, %s)", k, fn, u);
    buf_printf(c, "static void arr_vm_%s_%s(%s *restrict y, const %s *restrict a, %sint64_t n)\n{\n", fn,
               f32 ? "f32" : "f64", t, t, two ? arena_printf("const %s *restrict b, ", t) : "");
    buf_printf(c, "    int64_t i = 0;\n    for (; i + ARR_VM_W%s <= n; i += ARR_VM_W%s)\n", k, k);
    buf_printf(c, "        ARR_VM_ST%s(y + i, %s(ARR_VM_LD%s(a + i)%s));\n", k, f, k,
               two ? arena_printf(", ARR_VM_LD%s(b + i)", k) : "");
    /* the last partial vector through a padded one: every element takes the vector path */
    buf_printf(c, "    if (i < n) {    /* the rest through a padded vector: every element takes the vector path */\n");
    buf_printf(c, "        %s ta[ARR_VM_W%s] = {0}, %sty[ARR_VM_W%s];\n", t, k, two ? arena_printf("tb[ARR_VM_W%s] = {0}, ", k) : "", k);
    buf_printf(c, "        memcpy(ta, a + i, (size_t)(n - i) * sizeof(%s));\n", t);
    if (two) buf_printf(c, "        memcpy(tb, b + i, (size_t)(n - i) * sizeof(%s));\n", t);
    buf_printf(c, "        ARR_VM_ST%s(ty, %s(ARR_VM_LD%s(ta)%s));\n", k, f, k, two ? arena_printf(", ARR_VM_LD%s(tb)", k) : "");
    buf_printf(c, "        memcpy(y + i, ty, (size_t)(n - i) * sizeof(%s));\n    }\n}\n\n", t);
}

void vmath_helpers(CG *g, Buf *c)
{
    bool any = false;
    for (int id = 0; id < BI_COUNT_; id++) any |= g->uses_vm[id][0] || g->uses_vm[id][1];
    if (!any) return;
    bool libmvec = g->p->vector_math == VM_LIBMVEC;
    if (libmvec)
        buf_puts(c, "\n/* glibc's vector functions (libmvec, in -lm) by name, for the instruction set this file\n"
                    "   is compiled for; the parallel loops' ARR_VM_CALLS versions call them on blocks of elements. */\n"
                    "#if ARR_VM_CALLS\n");
    else
        buf_puts(c, "\n/* --vector-math=sleef: SLEEF's vector functions (link with -lsleef), for the instruction set\n"
                    "   this file is compiled for; the parallel loops call them on blocks of elements. */\n");
    buf_puts(c, libmvec ? isa_macros_libmvec : isa_macros);
    for (int id = 0; id < BI_COUNT_; id++)
        for (int f32 = 0; f32 < 2; f32++)
            if (g->uses_vm[id][f32]) helper(c, (BuiltinId)id, f32, libmvec);
    if (libmvec) buf_puts(c, "#endif\n\n");
}

/* Where the speed of this file's vector math needs a flag or an option the
 * user did not give, a #warning says so (-DARR_NO_PERF_WARNING silences
 * it): x86-64 without AVX in the flags (libmvec's and SLEEF's vector
 * functions are then 2 lanes wide: Black-Scholes 2.8x slower with gcc), and
 * clang, which ignores declare simd and calls the scalar functions one
 * element at a time (8x) where the loops have no blocked version calling
 * libmvec (ARR_VM_CALLS: x86-64, glibc 2.35; --vector-math=sleef fixes
 * it elsewhere).  Only optimised
 * builds (__OPTIMIZE__): -O0 is not about speed.  libmvec: the module
 * declares libmvec functions; else the sleef helpers are used. */
void vmath_warnings(CG *g, Buf *c, bool libmvec)
{
    bool blocks = false;
    for (int id = 0; id < BI_COUNT_; id++) blocks |= g->uses_vm[id][0] || g->uses_vm[id][1];
    bool sleef = blocks && g->p->vector_math == VM_SLEEF;
    if (!libmvec && !sleef) return;
    buf_puts(c, "/* Speed that needs a compiler flag or an arrc option (-DARR_NO_PERF_WARNING silences these). */\n"
                "#if defined(__OPTIMIZE__) && !defined(ARR_NO_PERF_WARNING)\n");
    /* with the blocked versions (ARR_VM_CALLS), clang calls libmvec too */
    if (libmvec) {
        buf_printf(c, "#if defined(__clang__)%s\n", blocks && g->p->vector_math == VM_LIBMVEC ? " && !ARR_VM_CALLS" : "");
        buf_puts(c, "#warning \"arrc: clang calls exp, log, erf ... one element at a time (it does not use libmvec); "
                    "generate with 'arrc --vector-math=sleef' and link with -lsleef for vector math\"\n"
                    "#elif defined(__x86_64__) && !defined(__AVX__)\n");
    } else
        buf_puts(c, "#if defined(__x86_64__) && !defined(__AVX__)\n");
    buf_puts(c, "#warning \"arrc: compiled without AVX: vector math is 2 lanes wide (about 2.8x slower); "
                "add -march=native (or -mavx2 -mfma)\"\n"
                "#endif\n#endif\n\n");
}
