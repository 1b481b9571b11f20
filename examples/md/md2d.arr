# md2d.arr: 2-D Lennard-Jones molecular dynamics, all pairs.
# Reduced units: sigma = epsilon = mass = 1. Periodic square box of side l
# (minimum-image convention), cutoff rc, the pair energy shifted to zero at
# the cutoff (the force is not shifted), velocity Verlet time stepping.

# the minimum-image separation of two coordinates in a periodic box of side
# l (il = 1 / l: a product, where d / l would be a division per pair).
# floor(t + 0.5) rounds to the nearest integer as round(t) does but for
# ties (halves go up; either is a nearest image): two vector instructions,
# where round's halves away from zero need a copysign, two more per axis
# and pair.
fn image(d: f64, l: f64, il: f64) -> f64 {
    return d - l * floor(d * il + 0.5);
}

# the minimum-image separation of particles i and j along one axis
fn sep(a: f64[n], i: i64, j: i64, l: f64, il: f64) -> f64 {
    return image(a[i] - a[j], l, il);
}

# the force along one axis of a particle at separation (dx, dy) from another,
# the component d (dx or dy): f(r) / r * d, 0 for a particle and itself and
# beyond the cutoff. One division per pair (1 / r2; the powers are products
# of it): a vector division costs as much as several multiplications, and the
# force and the energy share it (the C compiler computes the shared terms
# once). The product with d is inside the select: `select(c, f, 0.0) * d`
# would compute 0 * d for the pairs beyond the cutoff too (it is NaN when d
# is), two more vector multiplications per pair.
fn fpair(dx: f64, dy: f64, rc2: f64, other: bool, d: f64) -> f64 {
    let r2 = dx * dx + dy * dy;
    let ir2 = 1.0 / r2;
    let s6 = ir2 * ir2 * ir2;
    return other && r2 < rc2 ? 24.0 * (2.0 * s6 * s6 - s6) * ir2 * d : 0.0;
}

# the pair's shifted energy, or 0 (each pair is seen twice: `forces` halves
# the sum once instead of every term)
fn epair(dx: f64, dy: f64, rc2: f64, other: bool, ecut: f64) -> f64 {
    let r2 = dx * dx + dy * dy;
    let ir2 = 1.0 / r2;
    let s6 = ir2 * ir2 * ir2;
    return other && r2 < rc2 ? 4.0 * (s6 * s6 - s6) - ecut : 0.0;
}

# forces on every particle and the total potential energy: the spec's
# lj_forces loop with periodic images and the shifted energy. Written as
# sums over comprehensions, not a `for` that accumulates: a sum's order is
# free, so the inner loop is a vectorised reduction (a `for` keeps its
# order and runs one pair at a time: 2x slower). The three comprehensions
# over j fuse into one loop; the C compiler computes the shared terms once.
export fn forces(x: f64[n], y: f64[n], l: f64, rc: f64) -> (f64[n], f64[n], f64) {
    let rc2 = rc * rc;
    let sc6 = 1.0 / (rc2 * rc2 * rc2);
    let ecut = 4.0 * (sc6 * sc6 - sc6);
    let il = 1.0 / l;
    let fx = [sum([fpair(sep(x, i, j, l, il), sep(y, i, j, l, il), rc2, j != i, sep(x, i, j, l, il)) for j in 0..n]) for i in 0..n];
    let fy = [sum([fpair(sep(x, i, j, l, il), sep(y, i, j, l, il), rc2, j != i, sep(y, i, j, l, il)) for j in 0..n]) for i in 0..n];
    let pe = 0.5 * sum([sum([epair(sep(x, i, j, l, il), sep(y, i, j, l, il), rc2, j != i, ecut) for j in 0..n]) for i in 0..n]);
    return fx, fy, pe;
}

export fn kinetic(vx: f64[n], vy: f64[n]) -> f64 {
    return 0.5 * sum(vx * vx + vy * vy);
}

# `steps` velocity-Verlet steps of size dt from positions, velocities and the
# forces at those positions; returns the new state, its forces and the
# potential energy. Positions are wrapped into [0, l).
export fn integrate(x0: f64[n], y0: f64[n], vx0: f64[n], vy0: f64[n], fx0: f64[n], fy0: f64[n],
                    dt: f64, l: f64, rc: f64, steps: i64)
        -> (f64[n], f64[n], f64[n], f64[n], f64[n], f64[n], f64) {
    var x = x0; var y = y0; var vx = vx0; var vy = vy0; var fx = fx0; var fy = fy0;
    var pe = 0.0;
    for s in 0..steps {
        vx = vx + 0.5 * dt * fx;
        vy = vy + 0.5 * dt * fy;
        x = x + dt * vx;
        y = y + dt * vy;
        x = x - l * floor(x / l);
        y = y - l * floor(y / l);
        let (gx, gy, e) = forces(x, y, l, rc);
        fx = gx; fy = gy; pe = e;
        vx = vx + 0.5 * dt * fx;
        vy = vy + 0.5 * dt * fy;
    }
    return x, y, vx, vy, fx, fy, pe;
}
