# Programs the differential tester (tests/fuzz) found, reduced; each failed
# to compile or compiled with warnings before its fix (tests/fuzz/found/).
fn two_returns(a1: f64, a2: i64) -> i32 {
    return i32(0);
    return i32(0);
}
# one elementwise call of a function with an early return, in a range store:
# gcc 'duplicate label' (the guarded loop's two copies)
export fn dup_label(x1: i32[n, m]) -> f32 {
    var v4 = x1;
    var v5 = v4;
    v5[((((len(x1) << (-1)) % len(v5)) + len(v5)) % len(v5)), ..] = two_returns(fill(f64(1.0), m), fill(i64(5), m));
    return f32(v5[0, 0]);
}
# powf(x, 0.5f) in a parallel simd loop: gcc 12 crashed (declare simd powf)
export fn powf_half(n: i64) -> bool[n] {
    return 1.0f != ([10.0f for g8 in 1..n + 1] ** 0.5f);
}
# x != x in the source: -Wtautological-compare in the C
export fn self_compare(x0: f64[n]) -> f64[] {
    let v3 = fill(false, n);
    let v5 = select([(v3[0] != v3[0]) for g6 in 0..4], 0, fill(1, 4));
    return x0[v5];
}
# dead lets kept for their run-time errors: unused variables in the C
export fn unused_lets(x2: f64[n, m], s0: i32) -> i32 {
    var v4 = [x2[0, (s0 % 0)] for g5 in 2..n + 1];
    let v11 = fill(1.0f, n);
    for k12 in 0..0 {
        let v13 = (n == v11[(i32(0) % 0)]);
    }
    return i32(0);
}
# `>>` of a small i64 constant: printed as a C int, shifted by up to 63
# (UBSan: shift exponent too large; gcc -Wshift-count-overflow)
export fn shift_const(v: i32[n]) -> (i64, i64, bool) {
    let v3 = [v[0] for g in 0..2];
    return len(v3) >> v3[1], i64(-3) >> i32(-7), (!true) == (v[0] > 100);
}
# an f32 literal in f64 arithmetic is the f32 value converted (0.1f is
# 0.100000001490116...), not the decimal 0.1 (a folded constant lost its
# f32 rounding: a wrong answer); also an f32 constant from an integer
export fn f32_literal(a: f64) -> (f64, f64, f32) {
    return a + 0.1f, -atan2(f64(0.75), 0.1f), f32(16777217);
}
# i64(flag) != 5 is always true: -Wtype-limits in the C
export fn type_limits(flag: bool) -> bool { return i64(flag) != 5; }
# pow(x, 0.5) with x the same in every iteration of a parallel simd loop:
# gcc 12 crashed while pow was declared 'omp declare simd'
export fn pow_half_invariant(s0: f64, n: i64) -> f64[n] {
    return [((abs(s0) + 0.5) ** 0.5) for g7 in 2..n + 2];
}
# -(-0.0f) was printed as --0.0f (a C syntax error)
export fn neg_neg_zero(c: bool) -> (f32, f64) {
    return select(c, (-(-0.0f)), -2.5f), -(-0.0);
}
# histogram's zero fill of n bins after a comprehension over 0..n + 1: gcc
# warned (-Wstringop-overflow) about a memset length it could not bound
export fn hist_fill(x0: i32[n]) -> i64[n] {
    return histogram(((([(i64(4) * i64(9)) for g13 in 0..n + 1] % n) + n) % n), n);
}
# arrc -O0's allocations: gcc warned (-Walloc-size-larger-than) that a count
# checked only against SIZE_MAX / size might exceed the largest object
export fn alloc_bound(x0: f32[n], x1: i64[n], s0: bool) -> (f32[], bool[]) {
    let v1 = hypot((fill(f64(-1.0), n) / (abs(f64(-0.5)) + 1.0)), [sum(fill(f64(2.5), n)) for g2 in 0..n]);
    var v3 = (histogram(((([argmax(x1[0..n]) for g4 in 0..n + 1] % n) + n) % n), n) | 128);
    let v5 = (sinh(sin(x0[(((n % len(x0)) + len(x0)) % len(x0))])) * cumsum(x0));
    v3 = x1;
    return [(x0[(((max(len(x0), v3[(((minimum(x1) % len(v3)) + len(v3)) % len(v3))]) % len(x0)) + len(x0)) % len(x0))] - v5[((((i64(3) << len(x0)) % len(v5)) + len(v5)) % len(v5))]) for g6 in 0..1], [s0 for g7 in 0..n - 1];
}
# gcc warnings on correct C (found by make fuzz): an unsigned left shift of
# a value gcc folded from a negative constant (-Wshift-negative-value) and
# the complement of a converted bool (-Wbool-operation)
fn shl_neg(a1: f64) -> i64 {
    let t3 = (-(i64(5) & i64(3)));
    return t3 << 1;
}
export fn shift_negative(x: f64[n]) -> i64[n] { return shl_neg(x); }
export fn bool_complement(s0: bool, n: i64) -> i32[n] { return [~i32(s0 && s0) for g in 0..n]; }
# an extent computed by an inlined function after its early return's goto
# (max(n - 1, 0) for 2..p + 2) was reused after the label by 1..n: on the
# early-return path it was never computed (a false shape-mismatch error)
fn early(x1: f64[p]) -> f64[p] {
    if true { return x1; }
    return [(-x1[(g5 - 2)]) for g5 in 2..p + 2];
}
export fn memo_after_return(n: i64) -> f64[] {
    return early(fill(0.5, n - 1)) / [2.0 for g12 in 1..n];
}
# warnings on correct C (found by make fuzz): a converted bool compared with
# a negative constant (gcc -Wbool-compare) and an xor of two literals
# (clang -Wxor-used-as-pow)
export fn bool_cmp_const(x: f64[n]) -> bool[n] { return i64(x > 0.0) >= (-7); }
export fn xor_literals(n: i64) -> i64 { return (2 ^ 39) + n; }
# gcc -Wshift-overflow on an unsigned shift of a const local it has folded
# (found by make fuzz)
fn shl_all(a1: i64, a2: i64) -> i64 {
    var acc5 = (a2 << (-1));
    for k6 in i64(0)..i64(2) {
        acc5 += k6;
    }
    return a2 + acc5;
}
export fn shift_overflow(n: i64) -> i64[n] { return [shl_all(7, (-i64((-6)))) + i for i in 0..n]; }
# the constant part of an affine form overflowed i64 inside arrc (UBSan in
# arrc-asan, found by make fuzz): 0 - MIN is no affine form
fn neg_min(a1: i64) -> i64 {
    let t3 = ((a1 - a1) - a1);
    return t3;
}
export fn affine_overflow(n: i64) -> i64[n] { return [neg_min(i64((-9223372036854775808))) + g for g in 0..n]; }
# a mask store's scalar value that reads the stored array was evaluated per
# element inside the in-place loop, after earlier elements were stored
# (wrong values, and a race; found by make fuzz): it is evaluated first
export fn mask_scalar_self(a: f64[n]) -> (f64[n], f64[n]) {
    var x = copy(a);
    x[x > 0.0] += x[0];
    var y = copy(a);
    y[y >= 0.0] = y[0] - 10.0;
    return (x, y);
}
# `a @ b` is the builtin even where a local is named matmul (found by make fuzz)
export fn matmul_shadowed(a: f64[n, n]) -> f64[n, n] { let matmul = 2.0; return a @ a * matmul; }
# gcc 12's -Warray-bounds on arr_alloc inlined into arrc -O0 code (a false
# positive, silenced in the generated C; found by make fuzz)
export fn array_bounds_warning(n: i64) -> i64 { return maximum([g for g in fill(9, n) / fill(1, n)] / 1); }
# gcc's -Wsign-compare on (uint16_t)~x == y in the generated C (silenced;
# found by make fuzz)
export fn complement_compare(a: u16[n], b: u16[n]) -> bool[n] { return (~a) == b; }
# gcc's -Woverflow on a u8 | u16 constant stored as uint16_t (the value
# fits; silenced; found by make fuzz)
export fn or_overflow_warning(x2: u8[n, m]) -> u16[] { return [(x2[i64(0), (i64(0) % i64(1))] | u16(65535)) for g3 in 0..2]; }
# a concat whose first part is a fill of negative extent is a run-time
# error (LANGUAGE.md section 6; the fuzzer's reference was wrong here, arrc
# was right: found by make fuzz)
export fn concat_negative_fill(n: i64) -> i16[] { return concat(fill(i16(1), n - 2), fill(i16(1), 2)); }
# arrc -O0: simplify removed the copy `src_now_d0 = src_d0` but an array's
# extent still named src_now_d0 (C that did not compile; found by make fuzz)
fn copy_or_same(x1: f64[p]) -> f64[p] {
    if (x1[0] != 2.5) {
        return [x1[g] for g in 0..p];
    }
    return x1;
}
export fn extent_copy(s0: f64, x0: f32[n]) -> f64[n] {
    return matmul(copy_or_same([s0 for g in 1..n + 1]), [x0[j] for i in 0..n, j in 0..n]);
}
# extents replaced the result extent h_r_d0 of an inlined function with two
# returns by its value, but not in the start of the view that places
# concat's second part: it was written at 0 (a wrong answer; found by make fuzz)
fn neg_or_same(x1: f32[p]) -> f32[p] {
    if (x1[0] != x1[1]) {
        return (-x1);
    }
    return x1;
}
export fn concat_view_start(n: i64) -> f32[] {
    return concat(neg_or_same([1.25f for g in 0..n - 1]), [4.0f]);
}
# an inlined function's result has its declared extents with the call's
# bindings: f64[p] at p = 1 is f64[1] and broadcasts (LANGUAGE.md 13), with
# one return or several (arrc gave the two-return form an extent variable
# of its own and a run-time shape mismatch; found by make fuzz)
fn cube_or_first(x1: f64[p]) -> f64[p] {
    if (x1[0] > 0.0) {
        return x1 ** 3.0;
    }
    return x1[[i64(0) for g in 1..p + 1]];
}
fn cube(x1: f64[p]) -> f64[p] { return x1 ** 3.0; }
export fn broadcast_call_extent(n: i64, s0: f64) -> f64[n] {
    return select(true, fill(1.5, n), [g for g in cube_or_first([s0])]) + [g for g in cube([s0])];
}
# each return is checked against the declared extents, with one return or
# several (neither was)
fn three(x: f64[p]) -> f64[p] { return [0.5 for g in 0..3]; }
fn same_or_three(x: f64[p]) -> f64[p] {
    if (x[0] > 0.0) {
        return x;
    }
    return [0.5 for g in 0..3];
}
export fn return_extent_checked(n: i64, x: f64[n]) -> (f64[], f64[]) { return three(x) * 2.0, same_or_three(x) * 2.0; }
# fusion moved a loop that reads a comprehension's generator (g = 2 + i for
# g in 2..n + 2) above the generator's assignment, when the two fused
# comprehensions' reductions merged (C that did not compile: 'g' undeclared;
# found by make fuzz)
export fn gen_offset(v: i64[n]) -> (i64[], i64[]) {
    return [minimum([v[j] * k for j in 0..n]) for k in 0..n], [maximum([v[j] + g for j in 0..n]) for g in 2..n + 2];
}
# a comprehension inlined into histogram's serial loop made its generator a
# scalar assigned in that loop (g = 2 + k), which codegen did not declare
# (C that did not compile: 'g' undeclared; found by make fuzz)
export fn hist_gen(n: i64) -> i64[3] {
    return histogram([g for g in 2..n + 2] % 3, 3);
}
# a stencil writing a buffer bound to a helper's result, which is the
# parameter itself: the parameter is written (it was declared const in the
# C, which then did not compile; found by make fuzz)
fn same(x1: f64[p]) -> f64[p] { return x1; }
export fn stencil_param_alias(x0: f64[n]) -> f64 {
    var b3 = same(x0);
    var b4 = copy(x0);
    runStencil(b3, b4, 2, :oob_dst_zero) |q5, q6| {
        q5[0] = (q6[0] - q6[1]) * 0.5;
    }
    return sum(b3) * 10.0 + b4[4];
}
# an argmax and a reduce with a lambda fused in one loop, which pass nanfree
# runs in two versions (inputs finite or not): the reduce's accumulator,
# updated inside the if, was declared const in the C (did not compile)
export fn nanfree_lambda_acc(x1: f32[n]) -> f64[n] {
    let v5 = u32(u16([argmax(x1) for g6 in 2..n + 2]));
    return [reduce(|p, q| p + q, 0.0, fill(f64(0.1), n)) for g7 in 0..n];
}
