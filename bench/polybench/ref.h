/* ref.h: the serial reference of bench/polybench (ref.c): PolyBench/C 4.2's
 * init_array and kernel loop nests, one pair per kernel. */
#ifndef PB_REF_H
#define PB_REF_H

void init_gemm(int ni, int nj, int nk, double *alpha, double *beta, double C[ni][nj], double A[ni][nk], double B[nk][nj]);
void ref_gemm(int ni, int nj, int nk, double alpha, double beta, double C[ni][nj], double A[ni][nk], double B[nk][nj]);
void init_2mm(int ni, int nj, int nk, int nl, double *alpha, double *beta, double A[ni][nk], double B[nk][nj], double C[nj][nl], double D[ni][nl]);
void ref_2mm(int ni, int nj, int nk, int nl, double alpha, double beta, double tmp[ni][nj], double A[ni][nk], double B[nk][nj], double C[nj][nl], double D[ni][nl]);
void init_atax(int m, int n, double A[m][n], double x[n]);
void ref_atax(int m, int n, double A[m][n], double x[n], double y[n], double tmp[m]);
void init_bicg(int m, int n, double A[n][m], double r[n], double p[m]);
void ref_bicg(int m, int n, double A[n][m], double s[m], double q[n], double p[m], double r[n]);
void init_mvt(int n, double x1[n], double x2[n], double y_1[n], double y_2[n], double A[n][n]);
void ref_mvt(int n, double x1[n], double x2[n], double y_1[n], double y_2[n], double A[n][n]);
void init_gesummv(int n, double *alpha, double *beta, double A[n][n], double B[n][n], double x[n]);
void ref_gesummv(int n, double alpha, double beta, double A[n][n], double B[n][n], double tmp[n], double x[n], double y[n]);
void init_covariance(int m, int n, double *float_n, double data[n][m]);
void ref_covariance(int m, int n, double float_n, double data[n][m], double cov[m][m], double mean[m]);
void init_correlation(int m, int n, double *float_n, double data[n][m]);
void ref_correlation(int m, int n, double float_n, double data[n][m], double corr[m][m], double mean[m], double stddev[m]);
void init_doitgen(int nr, int nq, int np, double A[nr][nq][np], double C4[np][np]);
void ref_doitgen(int nr, int nq, int np, double A[nr][nq][np], double C4[np][np], double sum[np]);
void init_syrk(int n, int m, double *alpha, double *beta, double C[n][n], double A[n][m]);
void ref_syrk(int n, int m, double alpha, double beta, double C[n][n], double A[n][m]);
void init_syr2k(int n, int m, double *alpha, double *beta, double C[n][n], double A[n][m], double B[n][m]);
void ref_syr2k(int n, int m, double alpha, double beta, double C[n][n], double A[n][m], double B[n][m]);
void init_fdtd_2d(int tmax, int nx, int ny, double ex[nx][ny], double ey[nx][ny], double hz[nx][ny], double fict[tmax]);
void ref_fdtd_2d(int tmax, int nx, int ny, double ex[nx][ny], double ey[nx][ny], double hz[nx][ny], double fict[tmax]);
void init_heat_3d(int n, double A[n][n][n], double B[n][n][n]);
void ref_heat_3d(int tsteps, int n, double A[n][n][n], double B[n][n][n]);
void init_jacobi_1d(int n, double A[n], double B[n]);
void ref_jacobi_1d(int tsteps, int n, double A[n], double B[n]);
void init_jacobi_2d(int n, double A[n][n], double B[n][n]);
void ref_jacobi_2d(int tsteps, int n, double A[n][n], double B[n][n]);

#endif
