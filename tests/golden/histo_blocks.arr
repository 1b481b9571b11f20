# Pass histo counts by blocks (passes/histo.c): each chunk of the elements
# computes a block's keys in a vector loop (a failing key goes to column k,
# checked after the chunks), then adds them into four rows of bins of its
# own, four elements at a time.  Not by blocks: a key computed by an extern
# function (whose calls the vector loop would reorder): one row of bins a
# chunk, the check in the element loop.
extern "histo_blocks_lib.h" fn bucket(x: f64) -> i64;

export fn hist(x: f64[n], k: i64) -> i64[k] {
    return histogram(min(i64(x * f64(k)), k - 1), k);
}

export fn hist8(keys: i32[n]) -> i64[8] {
    return histogram(keys, 8);
}

export fn hist_ext(x: f64[n]) -> i64[16] {
    return histogram(bucket(x), 16);
}
