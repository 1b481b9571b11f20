/* suggest.h — "did you mean" for misspelt names (suggest.c). */
#ifndef ARRC_SUGGEST_H
#define ARRC_SUGGEST_H

/* The candidate closest to `name` by edit distance (insertions, deletions,
 * substitutions and swaps of two neighbours), if close enough to be a
 * likely typo (at most a third of the name's length in edits, at most 3:
 * none for names of one or two characters), else NULL.  Ties go to the
 * first candidate. */
const char *suggest_closest(const char *name, const char *const *cands, int n);

#endif
