/* grammar/mem.h — the one allocator every layer uses.
 *
 * With the Boehm collector (meson option gc=true, the default) memory is
 * never freed by hand.  With gc=false the same calls map to calloc and are
 * never freed either, so AddressSanitizer/UBSan builds see every object.
 *
 * This is the only header that includes <gc.h>.  It must come after
 * <pthread.h> and with GC_THREADS defined (meson defines it project-wide),
 * so that pthread_create is redirected and new threads' stacks get scanned.
 */
#ifndef AL_GRAMMAR_MEM_H
#define AL_GRAMMAR_MEM_H

#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include "config.h"

#if AL_USE_GC
#include <gc.h>
#endif

/* Calls GC_INIT once; safe to call from main and from every test fixture. */
void al_mem_init(void);

/* Zeroed memory that may hold pointers to other collected objects. */
void *al_alloc(size_t n);
/* Memory that holds no pointers (text bytes, numbers). NOT zeroed. */
void *al_alloc_atomic(size_t n);
/* Grows a block from al_alloc; the new tail is zeroed up to [n]. */
void *al_realloc(void *p, size_t old_n, size_t n);
/* A NUL-terminated copy of [len] bytes of [s], pointer-free. */
char *al_strndup(const char *s, size_t len);
char *al_strdup(const char *s);
/* printf into a fresh pointer-free string. */
char *al_sprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *al_vsprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* The collector's heap size in bytes (0 without the collector). */
size_t al_mem_heap_size(void);
/* Collects, then returns the bytes still in use (0 without the collector):
 * what a leak check compares. */
size_t al_mem_live_bytes(void);
/* Memory that is a GC root until al_free_root: used where a library keeps
 * GC pointers in memory it allocates (bison's grown parser stack). */
void *al_alloc_root(size_t n);
void al_free_root(void *p);

#endif
