/* grammar/diag.h — diagnostics: collected, then printed GCC/rustc style.
 *
 *   file.al:12:9: error: syntax error, unexpected 'end', expecting ';'
 *      12 |     x := 1
 *         |         ^~
 *
 * Every phase (parser, later the resolver) appends to an al_diags list; the
 * driver prints them sorted by position.  Tests read the list directly.
 */
#ifndef AL_GRAMMAR_DIAG_H
#define AL_GRAMMAR_DIAG_H

#include <stdio.h>
#include "grammar/source.h"

typedef enum al_severity { AL_SEV_ERROR, AL_SEV_WARNING, AL_SEV_NOTE } al_severity;

typedef struct al_diag {
    al_severity sev;
    al_span span;
    const char *msg;
} al_diag;

typedef struct al_diags {
    al_diag *items;
    uint32_t count, cap;
    uint32_t errors;     /* how many of the items are errors */
} al_diags;

void al_diag_add(al_diags *d, al_severity sev, al_span span, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
#define al_diag_error(d, span, ...) al_diag_add((d), AL_SEV_ERROR, (span), __VA_ARGS__)

/* Sorts by file and offset (stable), then prints each with its source line
 * and a caret under the span.  Long lines are shown as a window around the
 * caret so a 10 MB line prints a few hundred bytes, not megabytes. */
void al_diag_print(FILE *out, const al_sources *set, al_diags *d);
/* Prints one diagnostic. */
void al_diag_print_one(FILE *out, const al_sources *set, const al_diag *dg);

#endif
