export fn rownorm(a: f64[m, n]) -> f64[m, n] {
    let nrm = sqrt(sum(a * a, 1));
    return a / nrm[.., newaxis];
}
export fn colnorm(a: f64[m, n]) -> f64[m, n] {
    let nrm = sqrt(sum(a * a, 0));
    return a / nrm;
}
