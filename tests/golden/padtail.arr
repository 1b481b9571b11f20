# Pass padtail: a short inner sum runs whole vectors (8 f64 or 16 f32 a
# vector), the count rounded up and cut at the arrays' ends, the extra
# iterations adding 0; not a loop with an integer division by a variable,
# a float converted to an integer, or a math call other than one
# instruction (exp), and not a loop that is not inside a parallel loop.
# c-contains: t4_v = (((v > 0.5) && (i_3 < pad_n)) ? (v * v) : 0.0);
export fn runs(a: f64[n], lo: i64[m], hi: i64[m]) -> f64[m] {
    return [sum(a[lo[i]..hi[i]]) for i in 0..m];
}
export fn runs32(a: f32[n], lo: i64[m], hi: i64[m]) -> f32[m] {
    return [sum(sqrt(abs(a[lo[i]..hi[i]]))) for i in 0..m];
}
export fn divided(b: i32[n], d: i32, lo: i64[m], hi: i64[m]) -> i64[m] {
    return [sum(b[lo[i]..hi[i]] / d) for i in 0..m];
}
export fn converted(a: f64[n], lo: i64[m], hi: i64[m]) -> i64[m] {
    return [sum(i64(a[lo[i]..hi[i]])) for i in 0..m];
}
export fn called(a: f64[n], lo: i64[m], hi: i64[m]) -> f64[m] {
    return [sum(exp(a[lo[i]..hi[i]])) for i in 0..m];
}
# a summand that is already select(c, x, 0): the count's test joins c (one
# mask, not a second select per sum)
export fn masked(a: f64[n], lo: i64[m], hi: i64[m]) -> f64[m] {
    return [sum([{ let v = a[k]; v > 0.5 ? v * v : 0.0 } for k in lo[i]..hi[i]]) for i in 0..m];
}
export fn whole(a: f64[n]) -> f64 {
    return sum(a);
}
