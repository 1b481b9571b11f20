# Section 13: "reshape(a, d...) is a view of a with the given extents", also
# of a slice that is one row-major block of its array (a[lo..hi], A[i, ..],
# A[lo..hi, ..]): stores through it write the array, stores into the array
# show through it. A slice that is not one block (a column, a box) is
# copied, as NumPy's reshape copies what it cannot view.

fn bump(x: f64[p, q]) {
    x[0, 0] += 10.0;
}

export fn rv_1d(a: f64[n]) -> f64[n] {
    var r = reshape(a[2..8], 2, 3);
    r[0, 0] = 100.0;            # a[2]
    r[1, ..] += 1.0;            # a[5..8]
    bump(reshape(a[8..12], 2, 2));   # a[8]
    return a;
}

export fn rv_rows(m: f64[r, c]) -> f64[r, c] {
    var q = reshape(m[1..3, ..], c, 2);
    q[c - 1, 1] = -5.0;         # m[2, c - 1]
    var p = reshape(m[0, ..], 1, c);
    p[0, 1] = 7.0;              # m[0, 1]
    for i in 0..r {
        var row = reshape(m[i, 1..c], c - 1);
        row[0] += f64(i);       # m[i, 1]
    }
    return m;
}

# a let of the reshape sees stores into the array made after it
export fn rv_see(a: f64[n]) -> f64 {
    let r = reshape(a[4..10], 3, 2);
    a[5] = 42.0;
    a[9] += 1.0;
    return r[0, 1] + r[2, 1];
}

# views of the reshaped view: reshape again, slice, transpose, column
export fn rv_chain(a: f64[n]) -> f64[n] {
    var r = reshape(a[0..12], 3, 4);
    var s = reshape(r[1..3, ..], 8);
    s[7] = 1.0;                 # a[11]
    var t = transpose(r);
    t[1, 2] = 2.0;              # r[2, 1]: a[9]
    var u = r[.., 1];
    u[0] = 3.0;                 # r[0, 1]: a[1]
    var w = reshape(a[1..n], n - 1)[2..5];
    w[0] = 4.0;                 # a[3]
    return a;
}

# reading: fused into maps and comprehensions, and a box (a copy)
export fn rv_read(a: f64[n], m: f64[r, c]) -> (f64[2, 3], f64[2, 3], f64[r, 2], f64) {
    let v = reshape(a[1..7], 2, 3);
    let x = v * 2.0 + 1.0;
    let y = [v[i, j] + f64(10 * i + j) for i in 0..2, j in 0..3];
    let z = reshape(m[.., 1..3], r, 2);
    return x, y, z, sum(reshape(m[1..r, ..], (r - 1) * c));
}
