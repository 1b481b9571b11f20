extern "extern_broken.h" fn ok(x: f64) -> f64;

export fn f(x: f64) -> f64 {
    return ok(x);
}
