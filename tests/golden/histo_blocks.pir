export fn hist(n: size, x: f64[n], k: i64) -> (out: i64[k]) {
    t4: i64[k] = out
    parfor (i_3 in 0..k) {    # line 10:12; fused: fill@line 10
        t4[i_3] = 0
    }
    rows: i64 = select((n < 0), 0, (n - 0))
    if ((rows >= 4096) && ((rows / select((k < 1), 1, k)) >= 8)) {
        nchunks: i64 = select((rows > 0), select((select((((rows / select((k < 1), 1, k)) / 4) < 1), 1, ((rows / select((k < 1), 1, k)) / 4)) > 64), 64, select((((rows / select((k < 1), 1, k)) / 4) < 1), 1, ((rows / select((k < 1), 1, k)) / 4))), 0)
        bin_rows: i64 = (nchunks * 4)
        bin_cols: i64 = (k + 1)
        alloc t4_bins: i64[bin_rows, bin_cols]
        chunk: i64 = select((nchunks > 0), (rows / nchunks), 0)
        chunk_rem: i64 = select((nchunks > 0), (rows % nchunks), 0)
        parfor (t in 0..nchunks) {    # line 10:12; fused: note:histogram: each chunk of the elements counts into 4 rows of bins of its own, by blocks of 256 elements data-dependent indices *@line 10 i64@line 10 min@line 10 inlined:t3
            row: i64 = ((t * 4) + 0)
            row_1: i64 = ((t * 4) + 1)
            row_2: i64 = ((t * 4) + 2)
            row_3: i64 = ((t * 4) + 3)
            parfor (j in 0..bin_cols) {    # line 10:12
                t4_bins[row, j] = 0
                t4_bins[row_1, j] = 0
                t4_bins[row_2, j] = 0
                t4_bins[row_3, j] = 0
            }
            i0: i64 = ((0 + (t * chunk)) + select((t < chunk_rem), t, chunk_rem))
            i1: i64 = ((i0 + chunk) + select((t < chunk_rem), 1, 0))
            alloc keys: i64[256]
            for (blk in 0..(((i1 - i0) + 255) / 256)) {    # fused: note:the chunk's elements by blocks: their keys, then their adds, in order
                e0: i64 = (i0 + (blk * 256))
                e1: i64 = select((i1 < (e0 + 256)), i1, (e0 + 256))
                nb: i64 = (e1 - e0)
                parfor (k_1_2 in e0..e1) {    # line 10:12; fused: note:the block's keys, a vector at a time
                    x_e_1: f64 = x[k_1_2]
                    t1_v_1: f64 = (x_e_1 * f64(k))
                    t1_e_1: f64 = t1_v_1
                    t2_v_1: i64 = i64(t1_e_1)
                    t2_e_1: i64 = t2_v_1
                    t5_1: i64 = min(t2_e_1, (k - 1))
                    keys[(k_1_2 - e0)] = select(((t5_1 >= 0) && (t5_1 < k)), t5_1, k)
                }
                for (u in 0..(nb / 4)) {    # fused: note:the block's adds, four elements at a time into the four rows of bins
                    t4_bins[row, keys[((u * 4) + 0)]] = (t4_bins[row, keys[((u * 4) + 0)]] + 1)
                    t4_bins[row_1, keys[((u * 4) + 1)]] = (t4_bins[row_1, keys[((u * 4) + 1)]] + 1)
                    t4_bins[row_2, keys[((u * 4) + 2)]] = (t4_bins[row_2, keys[((u * 4) + 2)]] + 1)
                    t4_bins[row_3, keys[((u * 4) + 3)]] = (t4_bins[row_3, keys[((u * 4) + 3)]] + 1)
                }
                for (q in ((nb / 4) * 4)..nb) {    # fused: note:the block's last adds (fewer than four)
                    t4_bins[row, keys[q]] = (t4_bins[row, keys[q]] + 1)
                }
            }
        }
        failed: i64 = 0
        for (t_1 in 0..bin_rows) {    # fused: note:the failing elements counted, over the rows of bins
            failed: i64 = (failed + t4_bins[t_1, k])
        }
        check (failed == 0)    # tests/golden/histo_blocks.arr:10:22: error: index out of range in 'histogram'
        parfor (j_1 in 0..k) {    # line 10:12; fused: note:the histogram's bins added up over the chunks
            count: i64 = 0
            for (t_2 in 0..bin_rows) {    # fused: note:the chunks' bins added up, in chunk order
                count: i64 = (count + t4_bins[t_2, j_1])
            }
            t4[j_1] = (t4[j_1] + count)
        }
    } else {
        for (k_1 in 0..n) {    # fused: data-dependent indices *@line 10 i64@line 10 min@line 10 inlined:t3
            x_e: f64 = x[k_1]
            t1_v: f64 = (x_e * f64(k))
            t1_e: f64 = t1_v
            t2_v: i64 = i64(t1_e)
            t2_e: i64 = t2_v
            t5: i64 = min(t2_e, (k - 1))
            check ((t5 >= 0) && (t5 < k))    # tests/golden/histo_blocks.arr:10:22: error: index out of range in 'histogram'
            t4[t5] = (t4[t5] + 1)
        }
    }
    return out
}

export fn hist8(n: size, keys: i32[n]) -> (out: i64[8]) {
    t1: i64[8] = out
    parfor (i in 0..8) {    # line 14:12; fused: fill@line 14
        t1[i] = 0
    }
    rows: i64 = select((n < 0), 0, (n - 0))
    if ((rows >= 4096) && ((rows / select((8 < 1), 1, 8)) >= 8)) {
        nchunks: i64 = select((rows > 0), select((select((((rows / select((8 < 1), 1, 8)) / 4) < 1), 1, ((rows / select((8 < 1), 1, 8)) / 4)) > 64), 64, select((((rows / select((8 < 1), 1, 8)) / 4) < 1), 1, ((rows / select((8 < 1), 1, 8)) / 4))), 0)
        bin_rows: i64 = (nchunks * 4)
        alloc t1_bins: i64[bin_rows, 9]
        chunk: i64 = select((nchunks > 0), (rows / nchunks), 0)
        chunk_rem: i64 = select((nchunks > 0), (rows % nchunks), 0)
        parfor (t in 0..nchunks) {    # line 14:12; fused: note:histogram: each chunk of the elements counts into 4 rows of bins of its own, by blocks of 256 elements data-dependent indices
            row: i64 = ((t * 4) + 0)
            row_1: i64 = ((t * 4) + 1)
            row_2: i64 = ((t * 4) + 2)
            row_3: i64 = ((t * 4) + 3)
            parfor (j in 0..9) {    # line 14:12
                t1_bins[row, j] = 0
                t1_bins[row_1, j] = 0
                t1_bins[row_2, j] = 0
                t1_bins[row_3, j] = 0
            }
            i0: i64 = ((0 + (t * chunk)) + select((t < chunk_rem), t, chunk_rem))
            i1: i64 = ((i0 + chunk) + select((t < chunk_rem), 1, 0))
            alloc keys_1: i64[256]
            for (blk in 0..(((i1 - i0) + 255) / 256)) {    # fused: note:the chunk's elements by blocks: their keys, then their adds, in order
                e0: i64 = (i0 + (blk * 256))
                e1: i64 = select((i1 < (e0 + 256)), i1, (e0 + 256))
                nb: i64 = (e1 - e0)
                parfor (k_2 in e0..e1) {    # line 14:12; fused: note:the block's keys, a vector at a time
                    t2_1: i64 = i64(keys[k_2])
                    keys_1[(k_2 - e0)] = select(((t2_1 >= 0) && (t2_1 < 8)), t2_1, 8)
                }
                for (u in 0..(nb / 4)) {    # fused: note:the block's adds, four elements at a time into the four rows of bins
                    t1_bins[row, keys_1[((u * 4) + 0)]] = (t1_bins[row, keys_1[((u * 4) + 0)]] + 1)
                    t1_bins[row_1, keys_1[((u * 4) + 1)]] = (t1_bins[row_1, keys_1[((u * 4) + 1)]] + 1)
                    t1_bins[row_2, keys_1[((u * 4) + 2)]] = (t1_bins[row_2, keys_1[((u * 4) + 2)]] + 1)
                    t1_bins[row_3, keys_1[((u * 4) + 3)]] = (t1_bins[row_3, keys_1[((u * 4) + 3)]] + 1)
                }
                for (q in ((nb / 4) * 4)..nb) {    # fused: note:the block's last adds (fewer than four)
                    t1_bins[row, keys_1[q]] = (t1_bins[row, keys_1[q]] + 1)
                }
            }
        }
        failed: i64 = 0
        for (t_1 in 0..bin_rows) {    # fused: note:the failing elements counted, over the rows of bins
            failed: i64 = (failed + t1_bins[t_1, 8])
        }
        check (failed == 0)    # tests/golden/histo_blocks.arr:14:22: error: index out of range in 'histogram'
        parfor (j_1 in 0..8) {    # line 14:12; fused: note:the histogram's bins added up over the chunks
            count: i64 = 0
            for (t_2 in 0..bin_rows) {    # fused: note:the chunks' bins added up, in chunk order
                count: i64 = (count + t1_bins[t_2, j_1])
            }
            t1[j_1] = (t1[j_1] + count)
        }
    } else {
        for (k in 0..n) {    # fused: data-dependent indices
            t2: i64 = i64(keys[k])
            check ((t2 >= 0) && (t2 < 8))    # tests/golden/histo_blocks.arr:14:22: error: index out of range in 'histogram'
            t1[t2] = (t1[t2] + 1)
        }
    }
    return out
}

export fn hist_ext(n: size, x: f64[n]) -> (out: i64[16]) {
    t2: i64[16] = out
    parfor (i_1 in 0..16) {    # line 18:12; fused: fill@line 18
        t2[i_1] = 0
    }
    rows: i64 = select((n < 0), 0, (n - 0))
    if ((rows >= 4096) && ((rows / select((16 < 1), 1, 16)) >= 8)) {
        nchunks: i64 = select((rows > 0), select((select((((rows / select((16 < 1), 1, 16)) / 4) < 1), 1, ((rows / select((16 < 1), 1, 16)) / 4)) > 64), 64, select((((rows / select((16 < 1), 1, 16)) / 4) < 1), 1, ((rows / select((16 < 1), 1, 16)) / 4))), 0)
        alloc t2_bins: i64[nchunks, 16]
        chunk: i64 = select((nchunks > 0), (rows / nchunks), 0)
        chunk_rem: i64 = select((nchunks > 0), (rows % nchunks), 0)
        parfor (t in 0..nchunks) {    # line 18:12; fused: note:histogram: each chunk of the elements counts into bins of its own data-dependent indices bucket@line 18 inlined:t1
            parfor (j in 0..16) {    # line 18:12
                t2_bins[t, j] = 0
            }
            i0: i64 = ((0 + (t * chunk)) + select((t < chunk_rem), t, chunk_rem))
            i1: i64 = ((i0 + chunk) + select((t < chunk_rem), 1, 0))
            for (k_1 in i0..i1) {    # fused: note:the chunk's rows, in order, each added to the chunk's bins
                x_e_1: f64 = x[k_1]
                t3_1: i64 = extern bucket(x_e_1)
                check ((t3_1 >= 0) && (t3_1 < 16))    # tests/golden/histo_blocks.arr:18:22: error: index out of range in 'histogram'
                t2_bins[t, t3_1] = (t2_bins[t, t3_1] + 1)
            }
        }
        parfor (j_1 in 0..16) {    # line 18:12; fused: note:the histogram's bins added up over the chunks
            count: i64 = 0
            for (t_1 in 0..nchunks) {    # fused: note:the chunks' bins added up, in chunk order
                count: i64 = (count + t2_bins[t_1, j_1])
            }
            t2[j_1] = (t2[j_1] + count)
        }
    } else {
        for (k in 0..n) {    # fused: data-dependent indices bucket@line 18 inlined:t1
            x_e: f64 = x[k]
            t3: i64 = extern bucket(x_e)
            check ((t3 >= 0) && (t3 < 16))    # tests/golden/histo_blocks.arr:18:22: error: index out of range in 'histogram'
            t2[t3] = (t2[t3] + 1)
        }
    }
    return out
}
