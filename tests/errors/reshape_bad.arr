# reshape takes an array and integer extents whose product is its element count
export fn f(a: f64[2, 3], v: f64[n], s: f64) -> f64 {
    let x = reshape(a, 4, 2);
    let y = reshape(s, 1);
    let z = reshape(v, 2.0, n);
    let w = reshape(v, 1, 1, 1, 1, n);
    return s;
}
