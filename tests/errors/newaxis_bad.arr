# newaxis adds a dimension of extent 1 and takes none of the array's
export fn f(a: f64[m, n], v: f64[n]) -> f64 {
    let x = a[newaxis, ..];
    let y = v[newaxis, newaxis, newaxis, newaxis, ..];
    return 0.0;
}
