/* parse_words.h — the words around a syntax error (parse_words.c). */
#ifndef ARRC_PARSE_WORDS_H
#define ARRC_PARSE_WORDS_H

#include "diag.h"
#include <stdbool.h>
#include <stdint.h>

/* The word (identifier or keyword) that ends just before `end`, or NULL
 * (a static buffer); *where gets its span. */
const char *word_before(int file, uint32_t end, Span *where);
/* The text of the token at `at` (NULL when longer than 32 bytes; a static buffer). */
const char *token_text(Span at);
/* Where the words of the line holding `at` begin (after blanks and '}'). */
uint32_t line_words(Span at);
/* Python's and, or, not, elif as arr writes them, or NULL. */
const char *python_word(const char *w);
/* w if it names an arr type (f64, c128, ...), else NULL. */
const char *arr_type_name(const char *w);
bool is_arr_type_name(const char *w);
/* The arr type a misspelt or foreign type name means (F64, float64, double, ...), or NULL. */
const char *type_meant(const char *w);
/* The keyword a misspelt word means ('retrun'), or NULL (also for a keyword itself). */
const char *keyword_meant(const char *w);
/* At an unexpected 'if' with ' else ' after it on its line (Python's
 * `a if c else b`): notes the arr form and returns true. */
bool python_cond_note(Span at);

#endif
