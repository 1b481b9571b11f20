# A source loop that allocates a temporary array every round frees it at the
# end of the round (the C has arr_pool_sweep): the driver runs 1000 rounds
# over 100,000 elements (800 MB if every round kept its arrays) and checks
# that the process stays far below that.
export fn relax_rounds(a: f64[n], rounds: i64) -> f64 {
    var x = a;
    for r in 0..rounds {
        let t = x * 0.5;                  # an array that lives one round
        x = t + 0.25 * sqrt(t * t + 1.0);
    }
    var y = a;
    var k = 0;
    while k < rounds {
        y = 0.5 * (y + x / (1.0 + y * y));
        k += 1;
    }
    return sum(x) + sum(y);
}
