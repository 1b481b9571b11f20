/* hand.c: hand-written C/OpenMP link-cell Lennard-Jones MD (see hand.h).
 *
 * One step of hand_integrate, all inside one parallel region (no fork/join
 * per phase; the work arrays are allocated once per call, a thread's
 * neighbourhood buffer grows only when a neighbourhood outgrows it):
 *   A. each thread takes a fixed block of atoms: half kick, drift, wrap, the
 *      link cell of each atom and a per-thread count of atoms per cell;
 *   B. one thread turns the per-thread counts into the first slot of every
 *      (cell, thread) pair: a counting sort that is stable (atoms of a cell
 *      stay in index order) and independent of the thread count;
 *   C. each thread scatters its block into the sorted slots: the atom index
 *      and a copy of its position (xs, ys, zs), so the atoms of a cell, and
 *      of cells next to each other in z, are contiguous in memory;
 *   D. parallel loop over cells: the atoms of the cell and of its 26
 *      neighbour cells are copied, shifted by their periodic image, into
 *      one contiguous per-thread buffer (own cell first; the three cells
 *      z-1, z, z+1 of a neighbour column are adjacent in slot order, so a
 *      column is one copy unless it wraps); every atom of the cell then
 *      runs one long vectorised loop (omp simd) over the buffer, its own
 *      copy moved out of range for that loop; force and energy are
 *      accumulated inside `if (r2 < rc^2)`, which gcc turns into masked
 *      adds (a select of 0 would make it compute "+ 0 * dx" for the other
 *      lanes too); the atom's force is written to its original index
 *      together with the second half kick.
 * The potential energy is summed per thread and combined in thread order.
 *
 * The _half variants use Newton's third law: each pair once, from the
 * atom's own cell (later slots only), the cell above in z and the 12 cells
 * of the next y row and next x plane; the partner's share is summed in the
 * neighbourhood buffer, added to a per-thread force array (by slot), and a
 * second parallel loop sums the threads' arrays.
 */
#include "hand.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

static _Thread_local char errbuf[256];
const char *hand_last_error(void) { return errbuf; }
static int fail(const char *msg)
{
    snprintf(errbuf, sizeof errbuf, "%s", msg);
    return 1;
}

#ifdef _OPENMP
static int max_threads(void) { return omp_get_max_threads(); }
static int thread_id(void) { return omp_get_thread_num(); }
static int num_threads(void) { return omp_get_num_threads(); }
#else
static int max_threads(void) { return 1; }
static int thread_id(void) { return 0; }
static int num_threads(void) { return 1; }
#endif

/* a run of sorted slots [b, e) whose atoms are seen through the image shift
 * (sx, sy, sz); b < 0 marks the own run of the half walk (starts after the
 * atom itself) */
typedef struct { int64_t b, e; double sx, sy, sz; } run_t;

typedef struct {
    int64_t n, ncx, ncy, ncz, ncell, cstride, fstride;
    int maxth;
    double lx, ly, lz;
    int32_t *cell;      /* [n] link cell of each atom (atom order) */
    int32_t *order;     /* [n] atom in each sorted slot */
    int64_t *first;     /* [ncell + 1] first slot of each cell */
    int64_t *cnt;       /* [threads][cstride] counts, then next free slots */
    double *xs, *ys, *zs;   /* [n] positions in slot order */
    double *epart;      /* [threads][8] energy partial sums */
    double *fbuf;       /* half: [threads][3][fstride] pair forces by slot */
    double **nb;        /* [threads] neighbourhood buffer: x, y, z (3 x nbcap) */
    int64_t *nbcap;     /* [threads] its capacity in atoms */
    int oom;            /* set when a neighbourhood buffer could not grow */
} ws_t;

static void *amalloc(size_t bytes)
{
    bytes = (bytes + 63) / 64 * 64;
    return aligned_alloc(64, bytes ? bytes : 64);
}

static void ws_free(ws_t *w)
{
    free(w->cell); free(w->order); free(w->first); free(w->cnt);
    free(w->xs); free(w->ys); free(w->zs); free(w->epart); free(w->fbuf);
    if (w->nb)
        for (int t = 0; t < w->maxth; t++) free(w->nb[t]);
    free(w->nb); free(w->nbcap);
}

static int ws_init(ws_t *w, int64_t n, double lx, double ly, double lz,
                   int64_t ncx, int64_t ncy, int64_t ncz, int half)
{
    memset(w, 0, sizeof *w);
    if (n < 0 || n > INT32_MAX) return fail("hand: number of atoms out of range");
    if (!(lx > 0 && ly > 0 && lz > 0)) return fail("hand: box lengths must be positive");
    if (ncx < 3 || ncy < 3 || ncz < 3 || ncx > 4096 || ncy > 4096 || ncz > 4096)
        return fail("hand: need 3 to 4096 link cells per direction");
    if (lx / (double)ncx < MD_CUTOFF || ly / (double)ncy < MD_CUTOFF ||
        lz / (double)ncz < MD_CUTOFF)
        return fail("hand: link cells narrower than the cutoff");
    if (ncx * ncy * ncz > INT32_MAX / 2) return fail("hand: too many link cells");
    int nth = max_threads();
    w->maxth = nth;
    w->n = n; w->lx = lx; w->ly = ly; w->lz = lz;
    w->ncx = ncx; w->ncy = ncy; w->ncz = ncz; w->ncell = ncx * ncy * ncz;
    w->cstride = (w->ncell + 7) / 8 * 8;        /* one cache line apart */
    w->fstride = (n + 7) / 8 * 8;
    size_t N = (size_t)n;
    w->cell = amalloc(N * sizeof(int32_t));
    w->order = amalloc(N * sizeof(int32_t));
    w->first = amalloc(((size_t)w->ncell + 1) * sizeof(int64_t));
    w->cnt = amalloc((size_t)nth * (size_t)w->cstride * sizeof(int64_t));
    w->xs = amalloc(N * sizeof(double));
    w->ys = amalloc(N * sizeof(double));
    w->zs = amalloc(N * sizeof(double));
    w->epart = amalloc((size_t)nth * 8 * sizeof(double));
    if (half) w->fbuf = amalloc((size_t)nth * 3 * (size_t)w->fstride * sizeof(double));
    w->nb = calloc((size_t)nth, sizeof(double *));
    w->nbcap = calloc((size_t)nth, sizeof(int64_t));
    if (!w->nb || !w->nbcap || !w->cell || !w->order || !w->first || !w->cnt || !w->xs || !w->ys ||
        !w->zs || !w->epart || (half && !w->fbuf)) {
        ws_free(w);
        return fail("hand: out of memory");
    }
    return 0;
}

static inline void block(int64_t n, int t, int nt, int64_t *lo, int64_t *hi)
{
    *lo = n * t / nt;
    *hi = n * (t + 1) / nt;
}

/* A (integrate only): half kick, drift and wrap of this thread's block; the
 * outputs may be the inputs (element-wise update in place), hence no
 * restrict, and omp simd says that the iterations are independent */
static void kick_drift(int64_t lo, int64_t hi, double h, double dt, double lx,
                       double ly, double lz, const double *xa, const double *ya,
                       const double *za, const double *vxa, const double *vya,
                       const double *vza, const double *fxa, const double *fya,
                       const double *fza, double *x, double *y, double *z,
                       double *vx, double *vy, double *vz)
{
#pragma omp simd
    for (int64_t i = lo; i < hi; i++) {
        double u = vxa[i] + h * fxa[i], v = vya[i] + h * fya[i], w = vza[i] + h * fza[i];
        double p = xa[i] + dt * u, q = ya[i] + dt * v, r = za[i] + dt * w;
        vx[i] = u; vy[i] = v; vz[i] = w;
        x[i] = p - lx * floor(p / lx);
        y[i] = q - ly * floor(q / ly);
        z[i] = r - lz * floor(r / lz);
    }
}

/* A: link cell of every atom of the block, counted per thread */
static void bin_block(ws_t *w, int t, int64_t lo, int64_t hi, const double *restrict x,
                      const double *restrict y, const double *restrict z)
{
    const int64_t ncx = w->ncx, ncy = w->ncy, ncz = w->ncz;
    const double gx = (double)ncx / w->lx, gy = (double)ncy / w->ly, gz = (double)ncz / w->lz;
    int32_t *restrict cell = w->cell;
#pragma omp simd
    for (int64_t i = lo; i < hi; i++) {
        int64_t a = (int64_t)(x[i] * gx), b = (int64_t)(y[i] * gy), c = (int64_t)(z[i] * gz);
        a = a < ncx - 1 ? a : ncx - 1;
        b = b < ncy - 1 ? b : ncy - 1;
        c = c < ncz - 1 ? c : ncz - 1;
        a = a > 0 ? a : 0;
        b = b > 0 ? b : 0;
        c = c > 0 ? c : 0;
        cell[i] = (int32_t)((a * ncy + b) * ncz + c);
    }
    int64_t *restrict cnt = w->cnt + (size_t)t * (size_t)w->cstride;
    memset(cnt, 0, (size_t)w->ncell * sizeof(int64_t));
    for (int64_t i = lo; i < hi; i++) cnt[cell[i]]++;
}

/* B (one thread): first slot of each cell and of each (cell, thread) */
static void prefix(ws_t *w, int nt)
{
    int64_t run = 0;
    for (int64_t c = 0; c < w->ncell; c++) {
        w->first[c] = run;
        for (int t = 0; t < nt; t++) {
            int64_t *p = w->cnt + (size_t)t * (size_t)w->cstride + c;
            int64_t k = *p;
            *p = run;
            run += k;
        }
    }
    w->first[w->ncell] = run;
}

/* C: scatter the block into the sorted slots */
static void scatter_block(ws_t *w, int t, int64_t lo, int64_t hi, const double *restrict x,
                          const double *restrict y, const double *restrict z)
{
    int64_t *restrict next = w->cnt + (size_t)t * (size_t)w->cstride;
    const int32_t *restrict cell = w->cell;
    int32_t *restrict order = w->order;
    double *restrict xs = w->xs, *restrict ys = w->ys, *restrict zs = w->zs;
    for (int64_t i = lo; i < hi; i++) {
        int64_t s = next[cell[i]]++;
        order[s] = (int32_t)i;
        xs[s] = x[i]; ys[s] = y[i]; zs[s] = z[i];
    }
}

static inline int add_run(run_t *r, int nr, int64_t b, int64_t e, double sx, double sy, double sz)
{
    if (e > b) { r[nr].b = b; r[nr].e = e; r[nr].sx = sx; r[nr].sy = sy; r[nr].sz = sz; nr++; }
    return nr;
}

/* the cells z-1, z, z+1 of the column `base` as 1 or 2 runs */
static int zruns(const ws_t *w, int64_t base, int64_t cz, double sx, double sy, run_t *r, int nr)
{
    const int64_t *f = w->first + base, ncz = w->ncz;
    if (cz > 0 && cz < ncz - 1) {
        nr = add_run(r, nr, f[cz - 1], f[cz + 2], sx, sy, 0.0);
    } else if (cz == 0) {
        nr = add_run(r, nr, f[0], f[2], sx, sy, 0.0);
        nr = add_run(r, nr, f[ncz - 1], f[ncz], sx, sy, -w->lz);
    } else {
        nr = add_run(r, nr, f[ncz - 2], f[ncz], sx, sy, 0.0);
        nr = add_run(r, nr, f[0], f[1], sx, sy, w->lz);
    }
    return nr;
}

static inline void wrap_cell(int64_t p, int64_t nc, double l, int64_t *wp, double *s)
{
    *wp = p < 0 ? p + nc : (p >= nc ? p - nc : p);
    *s = p < 0 ? -l : (p >= nc ? l : 0.0);
}

/* the 26 neighbour cells of cell c (not c itself): at most 18 runs */
static int runs_full(const ws_t *w, int64_t c, run_t *r)
{
    const int64_t ncy = w->ncy, ncz = w->ncz;
    int64_t cz = c % ncz, cy = (c / ncz) % ncy, cx = c / (ncz * ncy);
    int nr = 0;
    for (int64_t ox = -1; ox <= 1; ox++) {
        int64_t wx; double sx;
        wrap_cell(cx + ox, w->ncx, w->lx, &wx, &sx);
        for (int64_t oy = -1; oy <= 1; oy++) {
            int64_t wy; double sy;
            wrap_cell(cy + oy, ncy, w->ly, &wy, &sy);
            int64_t base = (wx * ncy + wy) * ncz;
            if (ox != 0 || oy != 0) {
                nr = zruns(w, base, cz, sx, sy, r, nr);
            } else {                    /* own column: the cells below and above */
                for (int64_t oz = -1; oz <= 1; oz += 2) {
                    int64_t wz; double sz;
                    wrap_cell(cz + oz, ncz, w->lz, &wz, &sz);
                    nr = add_run(r, nr, w->first[base + wz], w->first[base + wz + 1], 0.0, 0.0, sz);
                }
            }
        }
    }
    return nr;
}

/* the half shell of cell c: run 0 is the own cell (and the cell above it
 * when that does not wrap) from the slot after the atom; then the cell
 * above in z when it wraps, the column (x, y+1) and the 9 columns of x+1 */
static int runs_half(const ws_t *w, int64_t c, run_t *r)
{
    const int64_t ncy = w->ncy, ncz = w->ncz;
    int64_t cz = c % ncz, cy = (c / ncz) % ncy, cx = c / (ncz * ncy);
    const int64_t *f = w->first + (cx * ncy + cy) * ncz;
    int nr = 1;
    r[0].b = -1; r[0].sx = r[0].sy = r[0].sz = 0.0;
    if (cz + 1 < ncz) {
        r[0].e = f[cz + 2];
    } else {
        r[0].e = f[cz + 1];
        nr = add_run(r, nr, f[0], f[1], 0.0, 0.0, w->lz);
    }
    int64_t wy, wx; double sy, sx;
    wrap_cell(cy + 1, ncy, w->ly, &wy, &sy);
    nr = zruns(w, (cx * ncy + wy) * ncz, cz, 0.0, sy, r, nr);
    wrap_cell(cx + 1, w->ncx, w->lx, &wx, &sx);
    for (int64_t oy = -1; oy <= 1; oy++) {
        wrap_cell(cy + oy, ncy, w->ly, &wy, &sy);
        nr = zruns(w, (wx * ncy + wy) * ncz, cz, sx, sy, r, nr);
    }
    return nr;
}

#define SIG2 (MD_SIGMA * MD_SIGMA)
#define RC2 (MD_CUTOFF * MD_CUTOFF)
#define EPS4 (4.0 * MD_EPSILON)
#define FAR 1.0e30          /* a coordinate no atom is within the cutoff of */

static double eshift(void)
{
    double s2 = SIG2 / RC2, s6 = s2 * s2 * s2;
    return EPS4 * s6 * (s6 - 1.0);
}

/* this thread's neighbourhood buffer with room for m atoms: positions x, y,
 * z, then (half walk) pair forces x, y, z and the sorted slot of each entry;
 * NULL when out of memory */
static double *nbuf(ws_t *w, int t, int64_t m)
{
    if (m > w->nbcap[t]) {
        /* a stride of 512 bytes past a multiple of 4 KiB between the
         * arrays: no 4K aliasing between the loads and the stores of the
         * half walk */
        int64_t cap = (m + m / 4 + 64 + 511) / 512 * 512 + 64;
        free(w->nb[t]);
        w->nb[t] = amalloc(7 * (size_t)cap * sizeof(double));
        w->nbcap[t] = w->nb[t] ? cap : 0;
    }
    return w->nb[t];
}

/* copies the atoms of the runs, shifted by their periodic image, into this
 * thread's buffer (and their slots when `slot` != NULL); returns the number
 * of atoms, -1 when out of memory; *bufp, *capp: the buffer and its stride */
static int64_t gather(ws_t *w, int t, const run_t *r, int nr, int64_t own_b, int64_t own_e,
                      double **bufp, int64_t *capp, int with_slots)
{
    int64_t m = own_e - own_b;
    for (int q = 0; q < nr; q++) m += r[q].e - r[q].b;
    double *buf = nbuf(w, t, m);
    if (!buf) return -1;
    const int64_t cap = w->nbcap[t];
    double *restrict bx = buf, *restrict by = buf + cap, *restrict bz = buf + 2 * cap;
    int32_t *restrict bs = (int32_t *)(buf + 6 * cap);
    const double *restrict xs = w->xs, *restrict ys = w->ys, *restrict zs = w->zs;
    m = 0;
    for (int q = -1; q < nr; q++) {
        const int64_t b = q < 0 ? own_b : r[q].b, e = q < 0 ? own_e : r[q].e;
        const double sx = q < 0 ? 0.0 : r[q].sx, sy = q < 0 ? 0.0 : r[q].sy;
        const double sz = q < 0 ? 0.0 : r[q].sz;
        double *restrict px = bx + m - b, *restrict py = by + m - b, *restrict pz = bz + m - b;
#pragma omp simd
        for (int64_t j = b; j < e; j++) {
            px[j] = xs[j] + sx;
            py[j] = ys[j] + sy;
            pz[j] = zs[j] + sz;
        }
        if (with_slots)
            for (int64_t j = b; j < e; j++) bs[m + j - b] = (int32_t)j;
        m += e - b;
    }
    *bufp = buf;
    *capp = cap;
    return m;
}

/* D, full walk: for each cell, its own atoms and those of its 26 neighbour
 * cells, shifted by their periodic image, are copied into one contiguous
 * buffer (own cell first); each atom of the cell then runs one long
 * vectorised loop over the buffer, its own copy moved out of range for that
 * loop. Returns this thread's share of the potential energy. */
static double forces_full(ws_t *w, int t, double h, double *restrict fx,
                          double *restrict fy, double *restrict fz, double *restrict vx,
                          double *restrict vy, double *restrict vz)
{
    const double *restrict xs = w->xs, *restrict ys = w->ys, *restrict zs = w->zs;
    const int32_t *restrict order = w->order;
    const double es = eshift();
    double epot = 0.0;
#pragma omp for schedule(static)
    for (int64_t c = 0; c < w->ncell; c++) {
        const int64_t f0 = w->first[c], f1 = w->first[c + 1];
        if (f1 == f0) continue;
        run_t r[18];
        int nr = runs_full(w, c, r);
        double *buf;
        int64_t cap;
        int64_t m = gather(w, t, r, nr, f0, f1, &buf, &cap, 0);
        if (m < 0) { w->oom = 1; continue; }
        double *restrict bx = buf, *restrict by = buf + cap, *restrict bz = buf + 2 * cap;
        for (int64_t k = f0; k < f1; k++) {
            const double xi = xs[k], yi = ys[k], zi = zs[k];
            bx[k - f0] = FAR;           /* not itself */
            double ax = 0.0, ay = 0.0, az = 0.0, ea = 0.0;
#pragma omp simd reduction(+:ax, ay, az, ea)
            for (int64_t j = 0; j < m; j++) {
                double dx = xi - bx[j], dy = yi - by[j], dz = zi - bz[j];
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 < RC2) {
                    double ir2 = 1.0 / r2;
                    double s2 = SIG2 * ir2, s6 = s2 * s2 * s2;
                    double fr = EPS4 * s6 * (12.0 * s6 - 6.0) * ir2;
                    ax += fr * dx; ay += fr * dy; az += fr * dz;
                    ea += EPS4 * s6 * (s6 - 1.0) - es;
                }
            }
            bx[k - f0] = xi;
            const int64_t i = order[k];
            fx[i] = ax; fy[i] = ay; fz[i] = az;
            if (vx) { vx[i] = vx[i] + h * ax; vy[i] = vy[i] + h * ay; vz[i] = vz[i] + h * az; }
            epot += ea;
        }
    }
    return 0.5 * epot;      /* every pair was seen from both atoms */
}

/* D, half walk: the buffer holds the own cell first, then the rest of the
 * half shell; atom a of the cell pairs with the buffer entries after it and
 * its partners' shares are summed in the buffer, which is then added to
 * this thread's force array (by slot); a second parallel loop sums the
 * threads' arrays. */
static double forces_half(ws_t *w, int t, int nt, double h, double *restrict fx,
                          double *restrict fy, double *restrict fz, double *restrict vx,
                          double *restrict vy, double *restrict vz)
{
    const int32_t *restrict order = w->order;
    const double es = eshift();
    const size_t fs = (size_t)w->fstride;
    double *restrict tx = w->fbuf + (size_t)t * 3 * fs, *restrict ty = tx + fs, *restrict tz = ty + fs;
    memset(tx, 0, 3 * fs * sizeof(double));
    double epot = 0.0;
#pragma omp for schedule(static)
    for (int64_t c = 0; c < w->ncell; c++) {
        const int64_t f0 = w->first[c], f1 = w->first[c + 1];
        if (f1 == f0) continue;
        run_t r[16];
        int nr = runs_half(w, c, r);
        double *buf;
        int64_t cap;
        /* run 0 of the half walk is the own cell and maybe the one above */
        int64_t m = gather(w, t, r + 1, nr - 1, f0, r[0].e, &buf, &cap, 1);
        if (m < 0) { w->oom = 1; continue; }
        double *restrict bx = buf, *restrict by = buf + cap, *restrict bz = buf + 2 * cap;
        double *restrict gx = buf + 3 * cap, *restrict gy = buf + 4 * cap, *restrict gz = buf + 5 * cap;
        const int32_t *restrict bs = (const int32_t *)(buf + 6 * cap);
        memset(gx, 0, (size_t)m * sizeof(double));
        memset(gy, 0, (size_t)m * sizeof(double));
        memset(gz, 0, (size_t)m * sizeof(double));
        for (int64_t a = 0; a < f1 - f0; a++) {
            const double xi = bx[a], yi = by[a], zi = bz[a];
            double ax = 0.0, ay = 0.0, az = 0.0, ea = 0.0;
#pragma omp simd reduction(+:ax, ay, az, ea)
            for (int64_t j = a + 1; j < m; j++) {
                double dx = xi - bx[j], dy = yi - by[j], dz = zi - bz[j];
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 < RC2) {
                    double ir2 = 1.0 / r2;
                    double s2 = SIG2 * ir2, s6 = s2 * s2 * s2;
                    double fr = EPS4 * s6 * (12.0 * s6 - 6.0) * ir2;
                    double px = fr * dx, py = fr * dy, pz = fr * dz;
                    ax += px; ay += py; az += pz;
                    gx[j] -= px; gy[j] -= py; gz[j] -= pz;
                    ea += EPS4 * s6 * (s6 - 1.0) - es;
                }
            }
            gx[a] += ax; gy[a] += ay; gz[a] += az;
            epot += ea;
        }
        for (int64_t j = 0; j < m; j++) {
            tx[bs[j]] += gx[j]; ty[bs[j]] += gy[j]; tz[bs[j]] += gz[j];
        }
    }   /* implicit barrier: all threads' force arrays complete */
#pragma omp for schedule(static)
    for (int64_t k = 0; k < w->n; k++) {
        double ax = 0.0, ay = 0.0, az = 0.0;
        for (int u = 0; u < nt; u++) {
            const double *p = w->fbuf + (size_t)u * 3 * fs;
            ax += p[k]; ay += p[fs + k]; az += p[2 * fs + k];
        }
        const int64_t i = order[k];
        fx[i] = ax; fy[i] = ay; fz[i] = az;
        if (vx) { vx[i] = vx[i] + h * ax; vy[i] = vy[i] + h * ay; vz[i] = vz[i] + h * az; }
    }
    return epot;            /* every pair once */
}

/* bins the positions x, y, z and computes the forces (and the second half
 * kick when vx != NULL); called by every thread of the parallel region */
static void cells_and_forces(ws_t *w, int half, int t, int nt, int64_t lo, int64_t hi,
                             const double *x, const double *y, const double *z,
                             double h, double *fx, double *fy, double *fz,
                             double *vx, double *vy, double *vz)
{
    bin_block(w, t, lo, hi, x, y, z);
#pragma omp barrier
#pragma omp single
    prefix(w, nt);
    scatter_block(w, t, lo, hi, x, y, z);
#pragma omp barrier
    w->epart[8 * t] = half ? forces_half(w, t, nt, h, fx, fy, fz, vx, vy, vz)
                           : forces_full(w, t, h, fx, fy, fz, vx, vy, vz);
}

static double sum_parts(const ws_t *w, int nt)
{
    double e = 0.0;
    for (int t = 0; t < nt; t++) e += w->epart[8 * t];
    return e;
}

static int forces_impl(int half, int64_t n, const double *x, const double *y, const double *z,
                       double lx, double ly, double lz, int64_t ncx, int64_t ncy, int64_t ncz,
                       double *fx, double *fy, double *fz, double *pe)
{
    ws_t w;
    if (ws_init(&w, n, lx, ly, lz, ncx, ncy, ncz, half)) return 1;
    double e = 0.0;
#pragma omp parallel
    {
        int t = thread_id(), nt = num_threads();
        int64_t lo, hi;
        block(n, t, nt, &lo, &hi);
        cells_and_forces(&w, half, t, nt, lo, hi, x, y, z, 0.0, fx, fy, fz, NULL, NULL, NULL);
#pragma omp barrier
#pragma omp single
        e = sum_parts(&w, nt);
    }
    *pe = e;
    int oom = w.oom;
    ws_free(&w);
    if (oom) return fail("hand: out of memory (neighbourhood buffer)");
    errbuf[0] = 0;
    return 0;
}

static int integrate_impl(int half, HAND_INTEGRATE_PARAMS)
{
    if (steps < 0) return fail("hand: negative number of steps");
    ws_t w;
    if (ws_init(&w, n, lx, ly, lz, ncx, ncy, ncz, half)) return 1;
    const double h = 0.5 * dt / MD_MASS;
    double e = 0.0;
    if (steps == 0) {
        size_t b = (size_t)n * sizeof(double);
        memcpy(x, x0, b); memcpy(y, y0, b); memcpy(z, z0, b);
        memcpy(vx, vx0, b); memcpy(vy, vy0, b); memcpy(vz, vz0, b);
        memcpy(fx, fx0, b); memcpy(fy, fy0, b); memcpy(fz, fz0, b);
    }
#pragma omp parallel if (steps > 0)
    {
        int t = thread_id(), nt = num_threads();
        int64_t lo, hi;
        block(n, t, nt, &lo, &hi);
        for (int64_t s = 0; s < steps; s++) {
            /* the first step reads the inputs, later ones update in place */
            if (s == 0)
                kick_drift(lo, hi, h, dt, lx, ly, lz, x0, y0, z0, vx0, vy0, vz0,
                           fx0, fy0, fz0, x, y, z, vx, vy, vz);
            else
                kick_drift(lo, hi, h, dt, lx, ly, lz, x, y, z, vx, vy, vz,
                           fx, fy, fz, x, y, z, vx, vy, vz);
            cells_and_forces(&w, half, t, nt, lo, hi, x, y, z, h, fx, fy, fz, vx, vy, vz);
        }
#pragma omp barrier
#pragma omp single
        e = steps > 0 ? sum_parts(&w, nt) : 0.0;
    }
    *pe = e;
    int oom = w.oom;
    ws_free(&w);
    if (oom) return fail("hand: out of memory (neighbourhood buffer)");
    errbuf[0] = 0;
    return 0;
}

int hand_forces(int64_t n, const double *x, const double *y, const double *z,
                double lx, double ly, double lz, int64_t ncx, int64_t ncy, int64_t ncz,
                double *fx, double *fy, double *fz, double *pe)
{
    return forces_impl(0, n, x, y, z, lx, ly, lz, ncx, ncy, ncz, fx, fy, fz, pe);
}

int hand_half_forces(int64_t n, const double *x, const double *y, const double *z,
                     double lx, double ly, double lz, int64_t ncx, int64_t ncy, int64_t ncz,
                     double *fx, double *fy, double *fz, double *pe)
{
    return forces_impl(1, n, x, y, z, lx, ly, lz, ncx, ncy, ncz, fx, fy, fz, pe);
}

int hand_integrate(HAND_INTEGRATE_PARAMS)
{
    return integrate_impl(0, n, x0, y0, z0, vx0, vy0, vz0, fx0, fy0, fz0, dt, lx, ly, lz,
                          ncx, ncy, ncz, steps, x, y, z, vx, vy, vz, fx, fy, fz, pe);
}

int hand_half_integrate(HAND_INTEGRATE_PARAMS)
{
    return integrate_impl(1, n, x0, y0, z0, vx0, vy0, vz0, fx0, fy0, fz0, dt, lx, ly, lz,
                          ncx, ncy, ncz, steps, x, y, z, vx, vy, vz, fx, fy, fz, pe);
}
