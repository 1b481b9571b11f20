# misuses of array literals
export fn f(x: f64[n]) -> f64 {
    let a = [[1.0, 2.0], [3.0]];
    let b = [1.0, true];
    let c = [x, x];
    let d = [[[[[1.0]]]]];
    let e = [[1.0], 2.0];
    let g: i64[2] = [1.5, 2.5];
    return 0.0;
}
