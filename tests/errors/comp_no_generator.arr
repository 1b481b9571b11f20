export fn f() -> f64[] {
    return [1.0 for];
}
