# a local name hides the function, builtin or conversion of that name
export fn f(x: f64[n], f64: f64) -> f64 {
    let sum = 2.0;
    return sum(x) + f64(f64) + zeros(f64, n)[0];
}
