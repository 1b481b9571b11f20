# a module named without quotes
import stats;
export fn h(x: f64[n]) -> f64 { return x[0]; }
