# Heat diffusion on a plate: `rounds` explicit steps of the 2-D heat
# equation (the 5-point Laplacian), the edges held by :oob_clamp (no heat
# flows through them), and the total heat (which the edges keep constant
# up to rounding).  The same source runs on one process (make run) and on
# many MPI ranks (make run-mpi), which exchange the row next to each block
# before every round.
export fn heat(u: f64[h, w], alpha: f64, rounds: i64) -> (f64[h, w], f64) {
    var a = copy(u);
    var b = copy(u);
    let t = runStencil(b, a, rounds, :oob_clamp) |o, i| {
        o[0, 0] = i[0, 0] + alpha * (i[-1, 0] + i[1, 0] + i[0, -1] + i[0, 1] - 4.0 * i[0, 0]);
        return i, o;
    };
    return (t, sum(t));
}
