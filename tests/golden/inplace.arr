# structure: parfor 3, alloc 0
# A var rebound to a new array whose old value is dead is updated in place:
# the loop allocates nothing, and the first value of x is built in the
# caller's result buffer (the result-slot pass).
export fn relax(a: f64[n], steps: i64) -> f64[n] {
    var x = a * 1.0;
    for k in 0..steps {
        x = 0.5 * x + 0.25 * a;
    }
    return x;
}

# Storing through a var that aliases a parameter writes the parameter, so
# its pointer is not const in the header.
export fn poke(a: f64[n]) {
    var x = a;
    x[0] = 1.0;
}
