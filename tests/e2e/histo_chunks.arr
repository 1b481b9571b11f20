# histogram by chunks of its elements, each into bins of its own (pass
# histo) when there are many elements a bin; the serial loop otherwise.
# Keys computed in the loop, out-of-range keys (the located error), no
# bins, and a histogram feeding a map.
# structure: parfor 7, alloc 2
export fn bins_of(x: f64[n], k: i64) -> i64[k] {
    return histogram(min(i64(x * f64(k)), k - 1), k);
}
export fn counts(keys: i32[n], k: i64) -> i64[k] {
    return histogram(keys, k) * 2 + 1;
}
