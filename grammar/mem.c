/* grammar/mem.c — allocation through Boehm, or calloc when gc=false.
 * Bottom of the layering: includes nothing of the project but config.h. */
#include "grammar/mem.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(size_t n)
{
    fprintf(stderr, "alrun: out of memory (allocating %zu bytes)\n", n);
    abort();
}

void al_mem_init(void)
{
#if AL_USE_GC
    GC_INIT();
    /* A bigger starting heap means far fewer early collections while a
     * large project is parsed (the toolchain notes measured this).  A user
     * (or the GC stress test) who sets GC_INITIAL_HEAP_SIZE keeps it. */
    if (!getenv("GC_INITIAL_HEAP_SIZE") && GC_get_heap_size() < (32u << 20))
        GC_expand_hp((32u << 20) - GC_get_heap_size());
#endif
}

void *al_alloc(size_t n)
{
#if AL_USE_GC
    void *p = GC_MALLOC(n);
#else
    void *p = calloc(1, n ? n : 1);
#endif
    if (!p) out_of_memory(n);
    return p;
}

void *al_alloc_atomic(size_t n)
{
#if AL_USE_GC
    void *p = GC_MALLOC_ATOMIC(n);
#else
    void *p = malloc(n ? n : 1);
#endif
    if (!p) out_of_memory(n);
    return p;
}

void *al_realloc(void *p, size_t old_n, size_t n)
{
#if AL_USE_GC
    void *q = GC_REALLOC(p, n);
#else
    void *q = realloc(p, n ? n : 1);
#endif
    if (!q) out_of_memory(n);
    if (n > old_n) memset((char *)q + old_n, 0, n - old_n);
    return q;
}

char *al_strndup(const char *s, size_t len)
{
    char *d = al_alloc_atomic(len + 1);
    memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

char *al_strdup(const char *s) { return al_strndup(s, strlen(s)); }

char *al_vsprintf(const char *fmt, va_list ap)
{
    /* GCC's ASan build cannot prove fmt non-null and warns
     * (-Wformat-truncation); no caller passes NULL */
    if (!fmt) fmt = "";
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *d = al_alloc_atomic(n > 0 ? (size_t)n + 1 : 1);
    vsnprintf(d, (size_t)n + 1, fmt, again);
    va_end(again);
    return d;
}

char *al_sprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *d = al_vsprintf(fmt, ap);
    va_end(ap);
    return d;
}

void *al_alloc_root(size_t n)
{
#if AL_USE_GC
    void *p = GC_MALLOC_UNCOLLECTABLE(n);
#else
    void *p = calloc(1, n ? n : 1);
#endif
    if (!p) out_of_memory(n);
    return p;
}

void al_free_root(void *p)
{
#if AL_USE_GC
    GC_FREE(p);
#else
    free(p);
#endif
}

size_t al_mem_heap_size(void)
{
#if AL_USE_GC
    return GC_get_heap_size();
#else
    return 0;
#endif
}

size_t al_mem_live_bytes(void)
{
#if AL_USE_GC
    GC_gcollect();
    return GC_get_heap_size() - GC_get_free_bytes();
#else
    return 0;
#endif
}
