# Comprehensions whose only use is their shape: len/size of a comprehension
# (the elements are never read, but the result must still be right and the
# code must not write through an unallocated buffer).  Empty ranges included.
# tol: 1e-12

export fn comp_len(x: f64[n], lo: i64, hi: i64) -> (i64, i64, i64) {
    return len([x[i] for i in lo..hi]),
           size([x[i] + x[j] for i in 0..n, j in lo..hi], 1),
           len([x[i] * 2.0 for i in 1..n - 1]);
}
