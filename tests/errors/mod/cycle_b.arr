import "../import_cycle.arr";
fn b(x: f64) -> f64 { return x; }
