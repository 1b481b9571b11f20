# flags: --vector-math=sleef
# structure: parfor 1, alloc 0
# c-contains: arr_vm_erf_f64(erf_r, erf_a, nb);
# c-contains: #include <sleef.h>
# --vector-math=sleef (passes/vecmath.c): the parallel loop runs in blocks
# of 256 elements, its body in segments split at the math calls, each call
# one vector call per block. exp's argument is erf's result: two rounds of
# calls (erf, then exp and log1p together); t crosses segments in a block
# (t_x), x is loaded again where it is read. Without the pass: parfor 1,
# alloc 0, and scalar libm calls per element.
export fn nested(x: f64[n]) -> f64[n] {
    let e = erf(x * 0.5);
    let t = x * x;
    return exp(e) + t * log1p(t) - x;
}
