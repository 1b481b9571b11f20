# argsort of integer keys: a narrow range (max - min at most n + 4096) takes
# a counting sort, a wider one the merge sort; both stable (equal keys in
# index order).  Keys at the types' extremes, negative keys, n = 0 and 1.
export fn sort64(a: i64[n]) -> i64[n] { return argsort(a); }
export fn sort32(a: i32[n]) -> i64[n] { return argsort(a); }
export fn sort8(a: i8[n]) -> i64[n] { return argsort(a); }
export fn sortu64(a: u64[n]) -> i64[n] { return argsort(a); }
export fn sortu16(a: u16[n]) -> i64[n] { return argsort(a); }
