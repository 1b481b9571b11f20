# reshape, newaxis and transpose (LANGUAGE.md section 13) against NumPy:
# reshape is a view of a whole array (stores through it reach the array),
# its element count is proven or checked at run time; newaxis inserts an
# extent of 1 that broadcasts; transpose is a view too.
export fn flat2(a: f64[m, n]) -> f64[] { return reshape(a, m * n) * 2.0; }
export fn colsum(a: f64[n]) -> f64[] { return sum(reshape(a, 2, 3), 0); }
export fn col_add(a: f64[m, n], c: f64[m]) -> f64[m, n] { return a + c[.., newaxis]; }
export fn row(v: f64[n]) -> f64[1, n] { return v[newaxis, ..] * 1.0; }
export fn outer_na(a: f64[m], b: f64[n]) -> f64[m, n] { return a[.., newaxis] * b[newaxis, ..]; }
export fn cube(a: i64[n]) -> i64[2, 2, 3] { return reshape(a, 2, 2, 3) + 0; }
# stores through a reshape reach the array
export fn through(a: f64[m, n]) -> f64[m, n] {
    let v = reshape(a, m * n);
    v[1] = 7.0;
    v[2..4] = 0.5;
    return a * 1.0;
}
# a range store into x, then a read of x seen as 2 x 3 over the same 2 x 2
# box: the loops must not fuse (r[1, 0] is x[1, 1], stored later in the box)
export fn hazard(x: f64[3, 2]) -> f64[2, 2] {
    let r = reshape(x, 2, 3);
    x[0..2, 0..2] = x[0..2, 0..2] * 10.0;
    return r[0..2, 0..2] + 0.0;
}
# a reshape of a slice that is one block of its array is a view of it
export fn of_slice(a: f64[n]) -> f64[2, 2] { return reshape(a[1..5], 2, 2) * 1.0; }
# stores through a transpose reach the array; a transpose of a transpose
# is the array
export fn tr(a: f64[m, n]) -> f64[m, n] {
    let t = transpose(a);
    t[0, 1] = 9.0;
    t[1..3, 0] = -1.0;
    return transpose(t) * 1.0 + transpose(transpose(a));
}
