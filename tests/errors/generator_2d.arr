# a generator over a 2-D array: one error (its variable's uses are not
# errors of their own) and a note on running over the rows' indices
export fn rowsums(A: f64[m, n]) -> f64[m] { return [sum(r) for r in A]; }
