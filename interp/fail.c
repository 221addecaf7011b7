/* interp/fail.c — see fail.h. */
#include "interp/fail.h"
#include "grammar/mem.h"

#include <stdarg.h>
#include <stdio.h>

_Bool al_fail_set(al_fail *f, const char *code, const char *fmt, ...)
{
    if (!f) return 0;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = al_alloc_atomic((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
    f->msg = msg;
    f->code = code;
    return 0;
}
