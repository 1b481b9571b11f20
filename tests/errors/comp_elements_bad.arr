# a generator runs over a range or the elements of a 1-D array, which may
# not depend on the other generators
export fn f(a: f64[n, m], k: f64) -> f64 {
    let y = [x for x in a];
    let z = [x for x in k];
    let q = [x for i in 0..n, x in fill(f64(i), 2)];
    return k;
}
