# the extents of a reshape must hold as many elements as the array
export fn f(a: f64[2, 3]) -> f64 {
    let x = reshape(a, 4, 2);
    return sum(x);
}
