# the copy's type names its extents: the row is 'f64[n]' (was 'f64[_]')
export fn f(A: f64[m, n]) -> f64[m, n] {
    var B = copy(A);
    B[B > 3.0] = B[0, ..];
    return B;
}
