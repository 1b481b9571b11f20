# Range stores whose value broadcasts to the box as in NumPy (LANGUAGE.md
# section 13): a row into a band of rows, a column of extent 1 across the
# box, a row of the array itself into the rows below it (read first), a
# scalar-like [1, 1] array, and a 3-D box filled from a 2-D plane.

export fn rows(B0: f64[m, n], v: f64[n]) -> f64[m, n] {
    var B = copy(B0);
    B[0..2, ..] = v;
    B[m - 1, 1..n] = v[0..n - 1];
    return B;
}

export fn col(B0: f64[m, n], c: f64[k, 1]) -> f64[m, n] {
    var B = copy(B0);
    B[1..k + 1, ..] = c;
    return B;
}

export fn self_row(B0: f64[m, n]) -> f64[m, n] {
    var B = copy(B0);
    B[1..m, ..] = B[0, ..];
    return B;
}

export fn one(B0: f64[m, n], s: f64[1, 1]) -> f64[m, n] {
    var B = copy(B0);
    B[.., 1..n] = s;
    return B;
}

export fn plane(C0: i64[p, m, n], q: i64[m, n]) -> i64[p, m, n] {
    var C = copy(C0);
    C[1..p, .., ..] = q;
    return C;
}

# a value whose extent differs from the box's (not 1): a run-time error
export fn mism(B0: f64[m, n], w: f64[j]) -> f64[m, n] {
    var B = copy(B0);
    B[0..2, ..] = w;
    return B;
}
