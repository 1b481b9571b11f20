/* suggest.c — "did you mean": the closest of some names to a misspelt one. */
#include "suggest.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Optimal string alignment distance (Damerau-Levenshtein without repeated
 * edits of one substring), or limit + 1 once it must exceed `limit`.  Only
 * the band of cells within `limit` of the diagonal is computed (a cell
 * further off costs more than limit), so the time is linear in the
 * names' length (a 100,000-character name took 17 s). */
static int distance(const char *a, const char *b, int limit)
{
    int la = (int)strlen(a), lb = (int)strlen(b), far = limit + 1;
    if (abs(la - lb) > limit) return far;
    int *rows = malloc(sizeof(int) * 3 * (size_t)(lb + 2));
    if (!rows) return far;
    int *pp = rows, *p = rows + lb + 2, *c = rows + 2 * (lb + 2);
    for (int j = 0; j <= lb + 1; j++) pp[j] = p[j] = c[j] = far;
    for (int j = 0; j <= lb && j <= limit; j++) p[j] = j;
    for (int i = 1; i <= la; i++) {
        int lo = i - limit > 1 ? i - limit : 1, hi = i + limit < lb ? i + limit : lb;
        c[0] = i <= limit ? i : far;
        c[lo - 1] = lo > 1 ? far : c[0];
        int best = c[lo - 1];
        for (int j = lo; j <= hi; j++) {
            int cost = a[i - 1] != b[j - 1];
            int v = p[j - 1] + cost;
            if (p[j] + 1 < v) v = p[j] + 1;
            if (c[j - 1] + 1 < v) v = c[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && pp[j - 2] + 1 < v) v = pp[j - 2] + 1;
            c[j] = v;
            if (v < best) best = v;
        }
        c[hi + 1] = far;        /* the next row reads one cell past this band */
        if (best > limit) { free(rows); return far; }
        int *t = pp; pp = p; p = c; c = t;
    }
    int d = p[lb] > far ? far : p[lb];
    free(rows);
    return d;
}

const char *suggest_closest(const char *name, const char *const *cands, int n)
{
    int len = (int)strlen(name);
    int limit = len / 3 < 3 ? len / 3 : 3;      /* short names: no guesses by distance (z is not a typo of y) */
    const char *best = NULL;
    int bestd = limit + 1;
    for (int i = 0; i < n && limit; i++) {
        if (!cands[i] || !strcmp(cands[i], name)) continue;
        int d = distance(name, cands[i], bestd - 1 < limit ? bestd - 1 : limit);
        if (d < bestd) { bestd = d; best = cands[i]; }
    }
    if (best) return best;
    /* a short name: only a name that differs in case (N for n), or by one
       letter at its end (x for xs, xs for x) */
    for (int i = 0; i < n && !best; i++)
        if (cands[i] && strcmp(cands[i], name) && !strcasecmp(cands[i], name)) best = cands[i];
    for (int i = 0; i < n && !best; i++) {
        if (!cands[i]) continue;
        int lc = (int)strlen(cands[i]);
        if ((lc == len + 1 && !strncmp(cands[i], name, (size_t)len)) || (lc == len - 1 && lc > 0 && !strncmp(cands[i], name, (size_t)lc)))
            best = cands[i];
    }
    return best;
}
