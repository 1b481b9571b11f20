/* hand.h: hand-written C/OpenMP Lennard-Jones molecular dynamics for
 * bench/md, written from the physics (CoMD's copper: eV, Angstrom, fs), not
 * from examples/md/md3d.arr.
 *
 * Every function returns 0 on success and non-zero on failure (then
 * hand_last_error() says why). Arrays are caller-allocated, n doubles each;
 * inputs and outputs must not overlap. Positions must lie in the box
 * [0, lx) x [0, ly) x [0, lz) (the integrators wrap them back after each
 * drift); ncx, ncy, ncz link cells per direction, at least 3 each and each
 * cell at least one cutoff wide.
 */
#ifndef MD_HAND_H
#define MD_HAND_H

#include <stdint.h>

/* CoMD's Lennard-Jones copper */
#define MD_SIGMA   2.315                    /* Angstrom */
#define MD_EPSILON 0.167                    /* eV */
#define MD_CUTOFF  (2.5 * MD_SIGMA)         /* 5.7875 Angstrom */
#define MD_LATTICE 3.615                    /* fcc lattice constant, Angstrom */
#define MD_KB      8.617343e-5              /* Boltzmann constant, eV/K */
/* 63.55 amu in eV fs^2 / Angstrom^2 */
#define MD_MASS    (63.55 * 1.660538921e-27 * 1.0e-20 / (1.0e-30 * 1.602176565e-19))

/* forces (eV/Angstrom) on every atom and the total potential energy (eV),
 * link cells, full neighbour walk (each pair computed from both sides) */
int hand_forces(int64_t n, const double *x, const double *y, const double *z,
                double lx, double ly, double lz, int64_t ncx, int64_t ncy, int64_t ncz,
                double *fx, double *fy, double *fz, double *pe);

/* `steps` velocity-Verlet steps of dt fs, the contract of md3d.arr's
 * integrate: per step v += (dt/2m) F; x += dt v; wrap; F = forces(x);
 * v += (dt/2m) F. Outputs: the new positions, velocities, forces and the
 * potential energy of the last step (0 when steps == 0). */
#define HAND_INTEGRATE_PARAMS                                                     \
    int64_t n, const double *x0, const double *y0, const double *z0,              \
    const double *vx0, const double *vy0, const double *vz0,                      \
    const double *fx0, const double *fy0, const double *fz0, double dt,           \
    double lx, double ly, double lz, int64_t ncx, int64_t ncy, int64_t ncz,       \
    int64_t steps, double *x, double *y, double *z, double *vx, double *vy,       \
    double *vz, double *fx, double *fy, double *fz, double *pe

int hand_integrate(HAND_INTEGRATE_PARAMS);

/* the same with Newton's third law: each pair once (13 of the 26 neighbour
 * cells plus the later atoms of the own cell), the partner's force
 * accumulated into a per-thread buffer that is summed after the loop */
int hand_half_forces(int64_t n, const double *x, const double *y, const double *z,
                     double lx, double ly, double lz, int64_t ncx, int64_t ncy, int64_t ncz,
                     double *fx, double *fy, double *fz, double *pe);
int hand_half_integrate(HAND_INTEGRATE_PARAMS);

const char *hand_last_error(void);

#endif
