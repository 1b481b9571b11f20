# concat: the extents after the first must agree with the first argument's; the
# message names both arguments and their shapes
export fn c2(A: f64[m, 3], B: f64[k, 4]) -> f64[,] { return concat(A, B); }
