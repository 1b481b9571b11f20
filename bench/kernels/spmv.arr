export fn spmv(rowptr: i64[m1], col: i64[nnz], val: f64[nnz], x: f64[n]) -> f64[] {
    return [sum([val[k] * x[col[k]] for k in rowptr[i]..rowptr[i + 1]]) for i in 0..m1 - 1];
}
