/* suggest.c — "did you mean": the closest of some names to a misspelt one. */
#include "suggest.h"
#include <stdlib.h>
#include <string.h>

/* Optimal string alignment distance (Damerau-Levenshtein without repeated
 * edits of one substring), stopping early once it must exceed `limit`. */
static int distance(const char *a, const char *b, int limit)
{
    int la = (int)strlen(a), lb = (int)strlen(b);
    if (abs(la - lb) > limit) return limit + 1;
    int *rows = malloc(sizeof(int) * 3 * (size_t)(lb + 1));
    if (!rows) return limit + 1;
    int *pp = rows, *p = rows + lb + 1, *c = rows + 2 * (lb + 1);
    for (int j = 0; j <= lb; j++) p[j] = j;
    for (int i = 1; i <= la; i++) {
        c[0] = i;
        int best = c[0];
        for (int j = 1; j <= lb; j++) {
            int cost = a[i - 1] != b[j - 1];
            int v = p[j - 1] + cost;
            if (p[j] + 1 < v) v = p[j] + 1;
            if (c[j - 1] + 1 < v) v = c[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && pp[j - 2] + 1 < v) v = pp[j - 2] + 1;
            c[j] = v;
            if (v < best) best = v;
        }
        if (best > limit) { free(rows); return limit + 1; }
        int *t = pp; pp = p; p = c; c = t;
    }
    int d = p[lb];
    free(rows);
    return d;
}

const char *suggest_closest(const char *name, const char *const *cands, int n)
{
    int len = (int)strlen(name);
    int limit = len / 3 < 3 ? len / 3 : 3;      /* short names: no guesses (z is not a typo of y) */
    if (!limit) return NULL;
    const char *best = NULL;
    int bestd = limit + 1;
    for (int i = 0; i < n; i++) {
        if (!cands[i] || !strcmp(cands[i], name)) continue;
        int d = distance(name, cands[i], bestd - 1 < limit ? bestd - 1 : limit);
        if (d < bestd) { bestd = d; best = cands[i]; }
    }
    return best;
}
