# flags: --fast-math
# Pass argblock under --fast-math: a value computed with float arithmetic
# is left alone (either loop may contract or reassociate it its own way);
# loads and comparisons are still taken.
export fn amax(x: f64[n]) -> i64 { return argmax(x); }
export fn ascaled(x: f64[n]) -> i64 { return argmax(x * 2.0 + 1.0); }
