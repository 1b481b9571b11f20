# the dimension of a reduction is an integer constant below the rank
export fn f(a: f64[m, n], k: i64, s: f64) -> f64 {
    let x = sum(a, k);
    let y = mean(a, 2);
    let z = maximum(s, 0);
    let w = count(a, 1);
    return s;
}
