export fn transp(a: f64[m, n]) -> f64[n, m] { return copy(transpose(a)); }
export fn transp2(a: f64[m, n]) -> f64[n, m] { return [a[j, i] for i in 0..n, j in 0..m]; }
