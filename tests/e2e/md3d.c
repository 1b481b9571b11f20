#include "md3d.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* 5 x 5 x 5 fcc copper unit cells (500 atoms) in a periodic cube, displaced
   by up to 0.1 Angstrom from the lattice sites; link cells 3 x 3 x 3. */
#define NC 5
#define N (4 * NC * NC * NC)

static void fail(void)
{
    printf("error: %s\n", md3d_last_error());
}

static void print_all(const double *v)
{
    for (int i = 0; i < N; i++) printf("%.17g\n", v[i]);
}

int main(void)
{
    const double a = 3.615, l = NC * a, dt = 1.0;
    const double basis[4][3] = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
    const int64_t nc = 3, steps = 5;
    double *buf = calloc(27 * N, sizeof(double));
    double *p[27], pe, ke, m;
    if (!buf) return 1;
    for (int k = 0; k < 27; k++) p[k] = buf + k * N;
    double *x = p[0], *y = p[1], *z = p[2], *vx = p[3], *vy = p[4], *vz = p[5];
    double *fx = p[6], *fy = p[7], *fz = p[8], *gx = p[9], *gy = p[10], *gz = p[11];
    double *r[3] = {x, y, z}, *v[3] = {vx, vy, vz};
    for (int i = 0; i < N; i++) {
        int b = i % 4, c = i / 4;
        int cell[3] = {c / (NC * NC), (c / NC) % NC, c % NC};
        for (int k = 0; k < 3; k++) {
            double q = a * (cell[k] + basis[b][k] + 0.25) + 0.1 * sin(i * 1.3 + k);
            r[k][i] = q - l * floor(q / l);
            v[k][i] = 0.005 * cos(i * 0.7 + 2.0 * k + 0.5);
        }
    }
    if (forces(N, x, y, z, l, l, l, nc, nc, nc, fx, fy, fz, &pe)) { fail(); goto done; }
    print_all(fx); print_all(fy); print_all(fz);
    printf("%.17g\n", pe);
    if (forces_allpairs(N, x, y, z, l, l, l, gx, gy, gz, &pe)) { fail(); goto done; }
    print_all(gx); print_all(gy); print_all(gz);
    printf("%.17g\n", pe);
    if (kinetic(N, vx, vy, vz, &ke)) { fail(); goto done; }
    printf("%.17g\n", ke);
    if (atom_mass(&m)) { fail(); goto done; }
    printf("%.17g\n", m);
    if (integrate(N, x, y, z, vx, vy, vz, fx, fy, fz, dt, l, l, l, nc, nc, nc, steps,
                  p[12], p[13], p[14], p[15], p[16], p[17], p[18], p[19], p[20], &pe)) {
        fail();
        goto done;
    }
    for (int k = 12; k < 21; k++) print_all(p[k]);
    printf("%.17g\n", pe);
    if (kinetic(N, p[15], p[16], p[17], &ke)) { fail(); goto done; }
    printf("%.17g\n", ke);
done:
    free(buf);
    return 0;
}
