# tol: 1e-10
# Forces are sums over ~80 neighbours of pair forces up to ~3 eV/A that
# nearly cancel on the perturbed lattice (smallest components ~4e-4 eV/A),
# and the cells, minimum image and summation order differ from the NumPy
# reference: observed relative differences reach ~2e-12 on the smallest
# components (energies, positions ~1e-15), so 1e-10 leaves a wide margin.
# A verbatim copy of examples/md/md3d.arr (below this header).
# md3d.arr: 3-D Lennard-Jones molecular dynamics with link cells: the
# problem of the CoMD proxy app (copper, eV / Angstrom / fs).
#
# Atoms live in a periodic box lx x ly x lz, split by the caller into
# ncx x ncy x ncz cells at least one cutoff wide (at least 3 per direction),
# so every partner of an atom within the cutoff is in its own cell or one of
# the 26 around it. Along z, forces() splits each cell further into q thin
# cells: the runs of atoms it walks are then closer to the cutoff sphere.
# The cell lists are rebuilt from the positions on every call: a cell index
# per atom (a map), the atoms per cell (histogram), the first slot of each
# cell (cumsum), and the atoms ordered by cell (argsort, stable).

# Lennard-Jones parameters of CoMD's copper
fn sigma() -> f64 { return 2.315; }              # Angstrom
fn epsilon() -> f64 { return 0.167; }            # eV
fn cutoff() -> f64 { return 2.5 * sigma(); }     # 5.7875 Angstrom
# 63.55 amu in eV fs^2 / Angstrom^2 (1 amu = 1.660538921e-27 kg,
# 1 eV = 1.602176565e-19 J): the unit of mass that makes F = m a hold
# with forces in eV/Angstrom and velocities in Angstrom/fs
fn mass() -> f64 { return 63.55 * 1.660538921e-27 * 1.0e-20 / (1.0e-30 * 1.602176565e-19); }

# (s/r)^6 from 1/r^2
fn s6_of(ir2: f64) -> f64 {
    let s2 = sigma() * sigma() * ir2;
    return s2 * s2 * s2;
}

# the pair energy is shifted to zero at the cutoff (the force is not shifted)
fn eshift() -> f64 {
    let c6 = s6_of(1.0 / (cutoff() * cutoff()));
    return 4.0 * epsilon() * c6 * (c6 - 1.0);
}

# the periodic cell coordinate of a position in [0, l), clamped against
# rounding at the top edge
fn cell_of(x: f64, l: f64, nc: i64) -> i64 {
    return min(i64(x * (f64(nc) / l)), nc - 1);
}

# The sums of the pair terms (force x, y, z and energy) between the atom
# `self` at (xi, yi, zi) and the atoms in slots lo..hi of the cell order,
# seen through a periodic image: (xi, yi, zi) is the atom's position minus
# the image shift. The body is free of branches (zero beyond the cutoff and
# for the atom itself), so the loop vectorises.
fn pair_sums(xi: f64, yi: f64, zi: f64, self: i64, lo: i64, hi: i64,
             xs: f64[m], ys: f64[m], zs: f64[m], order: i64[m],
             rc2: f64, eps4: f64, es: f64) -> (f64, f64, f64, f64) {
    let (tx, ty, tz, te) = [{
        let dx = xi - xs[k];
        let dy = yi - ys[k];
        let dz = zi - zs[k];
        let r2 = dx * dx + dy * dy + dz * dz;
        let other = order[k] != self;
        let near = r2 < rc2 && other;
        let ir2 = 1.0 / r2;
        let s6 = s6_of(ir2);
        let f = eps4 * s6 * (12.0 * s6 - 6.0) * ir2;
        # the products inside the conditions: computed (masked) only for the
        # pairs within the cutoff (docs/language.md, "Which forms run fast")
        (near ? f * dx : 0.0, near ? f * dy : 0.0, near ? f * dz : 0.0, near ? eps4 * s6 * (s6 - 1.0) - es : 0.0)
    } for k in lo..hi];
    return sum(tx), sum(ty), sum(tz), sum(te);
}

# forces (eV/Angstrom) on every atom and the total potential energy (eV),
# link cells. Positions must lie in [0, l) in each direction.
export fn forces(x: f64[n], y: f64[n], z: f64[n], lx: f64, ly: f64, lz: f64,
                 ncx: i64, ncy: i64, ncz: i64) -> (f64[n], f64[n], f64[n], f64) {
    let rc2 = cutoff() * cutoff();
    let es = eshift();
    let eps4 = 4.0 * epsilon();
    # along z each cell is split in q (nzh cells, at least a cutoff / q
    # wide): a partner is at most q of them away, and the 2q + 1 cells of a
    # column around an atom hold fewer atoms than 3 full cells would
    let q = 6;              # measured at 32,000 atoms: 0.65 us/atom/step, 0.87 with q = 1
    let nzh = q * ncz;
    let ncell = ncx * ncy * nzh;
    # build the cell lists
    let cx = cell_of(x, lx, ncx);
    let cy = cell_of(y, ly, ncy);
    let cz = cell_of(z, lz, nzh);
    let cell = (cx * ncy + cy) * nzh + cz;
    let count = histogram(cell, ncell);
    let first = cumsum(count) - count;              # first slot of each cell
    let order = argsort(cell);                      # atoms by cell, stable
    let xs = x[order];  let ys = y[order];  let zs = z[order];
    # walk the cells around each atom's cell: 9 columns along z, each one
    # run of slots for the cells that do not wrap around in z (part 0), and
    # one more for those that do (part 1, empty unless the atom is at the
    # bottom or top of the box). A sum of sums is one sum: its terms may be
    # added in any order, so the runs' partial sums stay in vector lanes.
    let (fx, fy, fz, pe) = [{
        let ci = cz[i];
        let zlo = max(ci - q, 0);
        let zhi = min(ci + q, nzh - 1);
        let wraps = ci < q || ci > nzh - 1 - q;                   # some cells wrap around
        let wlo = ci < q ? ci - q + nzh : 0;                      # the wrapped cells
        let whi = ci < q ? nzh - 1 : ci + q - nzh;
        let szw = ci < q ? -lz : lz;                              # their image shift
        let (tx, ty, tz, te) = [{
            let px = cx[i] + ox;                    # neighbour column, unwrapped
            let wx = px < 0 ? px + ncx : (px >= ncx ? px - ncx : px);
            let sx = px < 0 ? -lx : (px >= ncx ? lx : 0.0);   # its periodic image shift
            let py = cy[i] + oy;
            let wy = py < 0 ? py + ncy : (py >= ncy ? py - ncy : py);
            let sy = py < 0 ? -ly : (py >= ncy ? ly : 0.0);
            let col = (wx * ncy + wy) * nzh;        # the column's first cell
            let a = part == 0 ? zlo : wlo;
            let b = part == 0 ? zhi : whi;
            let lo = part == 0 || wraps ? first[col + a] : 0;
            let hi = part == 0 || wraps ? first[col + b] + count[col + b] : 0;
            let sz = part == 0 ? 0.0 : szw;
            pair_sums(x[i] - sx, y[i] - sy, z[i] - sz, i, lo, hi, xs, ys, zs, order, rc2, eps4, es)
        } for ox in -1..2, oy in -1..2, part in 0..2];
        # each pair is seen from both atoms: half its energy
        (sum(tx), sum(ty), sum(tz), 0.5 * sum(te))
    } for i in 0..n];
    return fx, fy, fz, sum(pe);
}

# the minimum-image separation of two coordinates in a periodic box
fn image(d: f64, l: f64) -> f64 {
    return d - l * round(d / l);
}

# the same forces and energy from all pairs with the minimum-image
# convention (the box must be at least two cutoffs wide): the reference
# that the link cells are checked against
export fn forces_allpairs(x: f64[n], y: f64[n], z: f64[n], lx: f64, ly: f64, lz: f64)
        -> (f64[n], f64[n], f64[n], f64) {
    let rc2 = cutoff() * cutoff();
    let es = eshift();
    let eps4 = 4.0 * epsilon();
    let (fx, fy, fz, pe) = [{
        var ax = 0.0; var ay = 0.0; var az = 0.0; var e = 0.0;
        for j in 0..n {
            let dx = image(x[i] - x[j], lx);
            let dy = image(y[i] - y[j], ly);
            let dz = image(z[i] - z[j], lz);
            let r2 = dx * dx + dy * dy + dz * dz;
            if r2 < rc2 && j != i {
                let ir2 = 1.0 / r2;
                let s6 = s6_of(ir2);
                let f = eps4 * s6 * (12.0 * s6 - 6.0) * ir2;
                ax += f * dx;  ay += f * dy;  az += f * dz;
                e += 0.5 * (eps4 * s6 * (s6 - 1.0) - es);
            }
        }
        (ax, ay, az, e)
    } for i in 0..n];
    return fx, fy, fz, sum(pe);
}

# total kinetic energy (eV) of velocities in Angstrom/fs
export fn kinetic(vx: f64[n], vy: f64[n], vz: f64[n]) -> f64 {
    return 0.5 * mass() * sum(vx * vx + vy * vy + vz * vz);
}

# the atomic mass in eV fs^2 / Angstrom^2, for the driver's temperatures
export fn atom_mass() -> f64 {
    return mass();
}

# `steps` velocity-Verlet steps of dt fs from positions (in the box),
# velocities and the forces at those positions; returns the new state, its
# forces and potential energy. Positions are wrapped back into the box.
export fn integrate(x0: f64[n], y0: f64[n], z0: f64[n],
                    vx0: f64[n], vy0: f64[n], vz0: f64[n],
                    fx0: f64[n], fy0: f64[n], fz0: f64[n],
                    dt: f64, lx: f64, ly: f64, lz: f64, ncx: i64, ncy: i64, ncz: i64, steps: i64)
        -> (f64[n], f64[n], f64[n], f64[n], f64[n], f64[n], f64[n], f64[n], f64[n], f64) {
    var x = x0; var y = y0; var z = z0;
    var vx = vx0; var vy = vy0; var vz = vz0;
    var fx = fx0; var fy = fy0; var fz = fz0;
    var pe = 0.0;
    let h = 0.5 * dt / mass();
    for s in 0..steps {
        vx = vx + h * fx;  vy = vy + h * fy;  vz = vz + h * fz;
        x = x + dt * vx;   y = y + dt * vy;   z = z + dt * vz;
        x = x - lx * floor(x / lx);
        y = y - ly * floor(y / ly);
        z = z - lz * floor(z / lz);
        let (gx, gy, gz, e) = forces(x, y, z, lx, ly, lz, ncx, ncy, ncz);
        fx = gx;  fy = gy;  fz = gz;  pe = e;
        vx = vx + h * fx;  vy = vy + h * fy;  vz = vz + h * fz;
    }
    return x, y, z, vx, vy, vz, fx, fy, fz, pe;
}
