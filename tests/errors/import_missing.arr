import "no_such_module.arr";
export fn a(x: f64) -> f64 { return x; }
