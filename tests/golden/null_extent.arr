# The entry checks of a result whose extents the function decides name the
# NULL pointer: the result pointer, or one of its extent pointers.
# c-contains: if (out == NULL) {
# c-contains: error: the result pointer 'out' is NULL (passed to 'table')
# c-contains: if (out_d1 == NULL) {
# c-contains: error: the result extent pointer 'out_d1' is NULL (passed to 'table')
# c-contains: error: negative extent n passed to 'table'
export fn table(x: f64[n]) -> f64[, 3] {
    let k = x[x > 0.0];
    return [k[i] * f64(j) for i in 0..len(k), j in 0..3];
}
