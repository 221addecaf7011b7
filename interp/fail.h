/* interp/fail.h — how the pure value modules (decimal, numfmt, datetime,
 * text) report a failure without knowing about the evaluator.
 *
 * A function that can fail takes an `al_fail *` as its last parameter,
 * returns false / NULL on failure and fills in [msg] with BC's exact error
 * text (and [code] with BC's error code when BC has one, else NULL).  The
 * evaluator turns that into an AL runtime error with a call stack; a
 * consumed-return call (`if Evaluate(...)`) just reads the false.
 */
#ifndef AL_INTERP_FAIL_H
#define AL_INTERP_FAIL_H

typedef struct al_fail {
    const char *msg;    /* BC's text, e.g. "The value \"x\" can't be evaluated into type Integer." */
    const char *code;   /* BC's error code, or NULL */
} al_fail;

/* Fills [f] (if not NULL) with a formatted message; returns false so a
 * caller can write `return al_fail_set(f, NULL, "...", ...);`. */
_Bool al_fail_set(al_fail *f, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
