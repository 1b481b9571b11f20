/* hand2d.h: hand-written C/OpenMP 2-D Lennard-Jones MD, all pairs, for
 * bench/md: the physics of examples/md/md2d.arr (reduced units
 * sigma = epsilon = m = 1, periodic square box of side l >= 2 rc with the
 * minimum-image convention, pair energy shifted to zero at the cutoff rc,
 * the force not shifted), written independently.
 *
 * Both functions return 0 on success, non-zero on failure (then
 * hand2d_last_error() says why). Arrays are caller-allocated, n doubles
 * each; inputs and outputs must not overlap; positions lie in [0, l).
 */
#ifndef MD_HAND2D_H
#define MD_HAND2D_H

#include <stdint.h>

/* forces on every particle and the total potential energy */
int hand2d_forces(int64_t n, const double *x, const double *y, double l, double rc,
                  double *fx, double *fy, double *pe);

/* `steps` velocity-Verlet steps: v += dt/2 f; x += dt v; wrap into [0, l);
 * f = forces(x); v += dt/2 f. Returns the new state, its forces and the
 * potential energy of the last step (0 when steps == 0). */
#define HAND2D_INTEGRATE_PARAMS                                                 \
    int64_t n, const double *x0, const double *y0, const double *vx0,           \
    const double *vy0, const double *fx0, const double *fy0, double dt,         \
    double l, double rc, int64_t steps, double *x, double *y, double *vx,       \
    double *vy, double *fx, double *fy, double *pe

int hand2d_integrate(HAND2D_INTEGRATE_PARAMS);

const char *hand2d_last_error(void);

#endif
