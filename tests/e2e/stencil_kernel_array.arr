# tol: 1e-12
# A kernel holding a whole-array operation (a comprehension over buffer
# elements, reduced) is not scalar code: lower-dir expands the stencil
# itself, the kernel lowered once per region, instead of making a stencil
# node (the path no other test takes). Its footprint missed reads inside a
# comprehension, so the interior ran to the last element and read past the
# buffer: a wrong answer, fixed (lower_stencil.c footprint_expr).
export fn comp_kernel(x: f64[n], k: i64) -> f64[n] {
    let a = copy(x);
    let b = copy(x);
    return runStencil(b, a, k, :oob_clamp) |q, p| {
        q[0] = 0.5 * p[-1] + sum([p[1] * f64(i) for i in 0..3]) * 0.125;
        return p, q;
    };
}
