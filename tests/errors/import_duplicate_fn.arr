import "mod/dup.arr";
export fn twice(x: f64) -> f64 { return 2.0 * x; }
