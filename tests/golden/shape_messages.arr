# Run-time shape messages name each operand as the source does: a name, or
# the source text it was computed from, never a compiler temporary (found
# by an acceptance probe: "a and slice1 ('f64[n]' and 'f64[t3]' ...)",
# "t1 and t2").
# c-contains: shape mismatch in '+': a and 'b[0..n-1]' (their extents differ at run time)
# c-contains: shape mismatch in '+': 'a + x' and y ('i64[n]' and 'i64[m]' differ at run time)
# c-contains: shape mismatch in '*': 'x * 2.0' and 'sqrt(y)' ('f64[n]' and 'f64[m]' differ at run time)
export fn p(a: f64[n], b: f64[n]) -> f64[n] { return a + b[0..n-1]; }
export fn q(x: i64[n], y: i64[m]) -> i64[n] { let a = x * 2; return a + x + y; }
export fn r(x: f64[n], y: f64[m]) -> f64[n] { return (x * 2.0) * sqrt(y); }
