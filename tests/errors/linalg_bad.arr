# matmul, outer and transpose take arrays of the ranks they multiply
export fn f(a: f64[m, k], v: f64[k], c: f64[2, 2, 2], s: f64, p: bool[k]) -> f64 {
    let x = v @ v;
    let y = matmul(a, c);
    let z = outer(a, v);
    let t = transpose(v);
    let u = a @ s;
    let q = outer(p, v);
    return s;
}
