#include "groupby.h"
#include <stdio.h>
#include <stdlib.h>

#define CALL(e) if (e) printf("error: %s\n", groupby_last_error()); else

/* the keys a function returns, as one number: sum of key * (i % 13 + 1) */
static long long checksum(const int64_t *a, int64_t n)
{
    long long h = 0;
    for (int64_t i = 0; i < n; i++) h += (long long)a[i] * (i % 13 + 1);
    return h;
}

int main(void)
{
    static const int64_t ns[] = { 0, 1, 7, 1000, 100003 };
    static const int64_t ks[] = { 0, 1, 3, 16, 2000 };
    for (int a = 0; a < 5; a++)
        for (int b = 0; b < 5; b++) {
            int64_t n = ns[a], k = ks[b];
            int64_t *key = malloc(sizeof(int64_t) * (size_t)(n + 1));
            double *v = malloc(sizeof(double) * (size_t)(n + 1));
            float *vf = malloc(sizeof(float) * (size_t)(n + 1)), *wf = malloc(sizeof(float) * (size_t)(n + 1));
            float *old = malloc(sizeof(float) * (size_t)(k + 1)), *r = malloc(sizeof(float) * (size_t)(k + 1));
            for (int64_t i = 0; i < n; i++) {
                key[i] = (i * 7919) % (k + 3) - 1;          /* -1 .. k + 1 */
                v[i] = (double)((i * 31) % 9) - 4.0;
                vf[i] = (float)(i % 5);
                wf[i] = (float)((i % 3) - 1);
            }
            for (int64_t c = 0; c < k; c++) old[c] = (float)c + 0.5f;
            printf("n %lld k %lld\n", (long long)n, (long long)k);
            int64_t *cnt = NULL, cn = 0;
            double *s = NULL;
            int64_t sn = 0;
            CALL(bins(n, key, v, k, &cnt, &cn, &s, &sn))
                for (int64_t c = 0; c < cn; c++) printf("%lld %.17g\n", (long long)cnt[c], s[c]);
            free(cnt); free(s);
            CALL(means(n, k, key, vf, wf, old, r)) for (int64_t c = 0; c < k; c++) printf("%.9g\n", (double)r[c]);
            int64_t *br = NULL, bn = 0;
            CALL(by_rem(n, key, k, &br, &bn)) for (int64_t c = 0; c < bn; c++) printf("%lld\n", (long long)br[c]);
            free(br);
            double *sh = NULL;
            int64_t shn = 0;
            CALL(shifted(n, key, v, &sh, &shn)) for (int64_t c = 0; c < shn; c++) printf("%.17g\n", sh[c]);
            free(sh);
            double *cxs = malloc(sizeof(double) * (size_t)(k + 1)), *o2 = malloc(sizeof(double) * (size_t)(k + 1));
            int64_t *o0 = malloc(sizeof(int64_t) * (size_t)(n + 1)), *o1 = malloc(sizeof(int64_t) * (size_t)(k + 1));
            for (int64_t c = 0; c < k; c++) cxs[c] = (double)((c * 37) % 11) - 5.0;
            CALL(nearest(n, k, v, cxs, o0, o1, o2)) {
                printf("%lld\n", checksum(o0, n));
                for (int64_t c = 0; c < k; c++) printf("%lld %.17g\n", (long long)o1[c], o2[c]);
            }
            CALL(rems(n, k, key, cxs, o0, o1)) {
                printf("%lld\n", checksum(o0, n));
                for (int64_t c = 0; c < k; c++) printf("%lld\n", (long long)o1[c]);
            }
            CALL(reversed(n, k, key, cxs, o0, o1)) {
                printf("%lld\n", checksum(o0, n));
                for (int64_t c = 0; c < k; c++) printf("%lld\n", (long long)o1[c]);
            }
            int64_t *wk = malloc(sizeof(int64_t) * (size_t)(k + 1));
            for (int64_t c = 0; c < k; c++) wk[c] = (c % 3) - 1;
            CALL(made(n, k, key, wk, o0, o1)) {
                printf("%lld\n", checksum(o0, n));
                for (int64_t c = 0; c < k; c++) printf("%lld\n", (long long)o1[c]);
            }
            CALL(nearest_rev(n, k, v, cxs, o0, o2)) {
                printf("%lld\n", checksum(o0, n));
                for (int64_t c = 0; c < k; c++) printf("%.17g\n", o2[c]);
            }
            free(wk);
            free(cxs); free(o0); free(o1); free(o2);
            free(key); free(v); free(vf); free(wf); free(old); free(r);
        }
    return 0;
}
