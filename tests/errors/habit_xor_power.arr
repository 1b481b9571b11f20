# '^' on floats: a note says that a power is '**'
export fn f(x: f64) -> f64 {
    return x ^ 2;
}
