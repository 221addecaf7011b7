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
    f->msg = al_vsprintf(fmt, ap);
    va_end(ap);
    f->code = code;
    return 0;
}
