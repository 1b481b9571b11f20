import "mod/cycle_b.arr";
export fn a(x: f64) -> f64 { return x; }
