import "/tmp";
export fn a(x: f64) -> f64 { return x; }
