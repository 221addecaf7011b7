/* tests/fuzz/fuzz_parser.c — libFuzzer target for the AL parser.
 *
 * Each input is parsed three ways (a whole file, one expression, one
 * statement); every tree is dumped (al_ast_dump to a /dev/null FILE and
 * al_ast_dump_str) and every diagnostic is printed, so the printing paths
 * (caret windows, line/column mapping, control-character cleaning) run on
 * fuzzed text too.  See docs/fuzzing.md for how to build and run it.
 *
 * Memory.  The fuzz build uses -Dgc=false: al_alloc is calloc and nothing
 * is ever freed, so a long run would grow without bound and LeakSanitizer
 * would report every node.  The target therefore records every block the
 * sanitizer allocator hands out while an input is being processed (through
 * __sanitizer_install_malloc_and_free_hooks) and frees the survivors when
 * the input is done.  Nothing of the library outlives a call (the parser
 * has no global state), so this is safe; if that ever changes, ASan
 * reports the retained pointer as a heap-use-after-free on the next input.
 * Set AL_FUZZ_KEEP=1 to switch the reclaiming off.
 */
#include "grammar/ast.h"
#include "grammar/diag.h"
#include "grammar/mem.h"
#include "grammar/parse.h"
#include "grammar/source.h"

#include <sanitizer/allocator_interface.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
const char *__ubsan_default_options(void);

/* The library is compiled with recoverable UBSan checks (meson's
 * b_sanitize): make every report stop the run, so libFuzzer saves the
 * input, even when UBSAN_OPTIONS is not set. */
const char *__ubsan_default_options(void)
{
    return "halt_on_error=1:print_stacktrace=1";
}

/* ------------------------------------------------ per-input reclaiming */

/* Open-addressing set of live pointers, kept in mmap'd memory so that the
 * hooks never allocate through malloc themselves. */
static uintptr_t *live;           /* 0 = empty, 1 = deleted, else a pointer */
static size_t live_cap, live_used, live_count;
static bool tracking;

/* The bookkeeping is not part of what is being fuzzed: keep it out of the
 * coverage feedback (and out of the comparison tracing, which is costly). */
#define NOCOV __attribute__((no_sanitize("coverage")))

NOCOV static size_t slot_of(uintptr_t p, size_t cap)
{
    p ^= p >> 17;
    p *= 0x9E3779B97F4A7C15ull;
    return (size_t)(p >> 20) & (cap - 1);
}

NOCOV static void live_insert_raw(uintptr_t *tab, size_t cap, uintptr_t p)
{
    size_t i = slot_of(p, cap);
    while (tab[i] > 1) i = (i + 1) & (cap - 1);
    tab[i] = p;
}

NOCOV static void live_grow(void)
{
    size_t ncap = live_cap ? live_cap * 2 : (size_t)1 << 16;
    uintptr_t *nt = mmap(NULL, ncap * sizeof *nt, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (nt == MAP_FAILED) abort();
    for (size_t i = 0; i < live_cap; i++)
        if (live[i] > 1) live_insert_raw(nt, ncap, live[i]);
    if (live) munmap(live, live_cap * sizeof *live);
    live = nt;
    live_cap = ncap;
    live_used = live_count;
}

NOCOV static void on_malloc(const volatile void *ptr, size_t size)
{
    (void)size;
    if (!tracking || !ptr) return;
    if ((live_used + 1) * 4 >= live_cap * 3) live_grow();
    size_t i = slot_of((uintptr_t)ptr, live_cap);
    while (live[i] > 1) i = (i + 1) & (live_cap - 1);
    if (live[i] == 0) live_used++;
    live[i] = (uintptr_t)ptr;
    live_count++;
}

NOCOV static void on_free(const volatile void *ptr)
{
    if (!tracking || !ptr || !live_cap) return;
    size_t i = slot_of((uintptr_t)ptr, live_cap);
    while (live[i] != 0) {
        if (live[i] == (uintptr_t)ptr) {
            live[i] = 1;
            live_count--;
            return;
        }
        i = (i + 1) & (live_cap - 1);
    }
}

NOCOV static void reclaim(void)
{
    tracking = false;
    for (size_t i = 0; i < live_cap; i++)
        if (live[i] > 1) free((void *)live[i]);
    memset(live, 0, live_cap * sizeof *live);
    live_used = live_count = 0;
}

/* -------------------------------------------------------------- target */

static FILE *devnull;
static al_symbols syms;           /* CLEAN defined, as in app.json files */
static char devnull_buf[1 << 16];
static bool keep;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    al_mem_init();
    devnull = fopen("/dev/null", "w");
    if (!devnull) abort();
    /* A static buffer: stdio must not allocate its buffer while an input
     * is being tracked (it would be reclaimed under its feet). */
    setvbuf(devnull, devnull_buf, _IOFBF, sizeof devnull_buf);
    al_symbols_add(&syms, "CLEAN");
    const char *k = getenv("AL_FUZZ_KEEP");
    keep = k && *k && strcmp(k, "0") != 0;
    if (!keep) {
        live_grow();
        if (!__sanitizer_install_malloc_and_free_hooks(on_malloc, on_free)) keep = true;
    }
    return 0;
}

static void print_all(const al_sources *set, al_diags *d)
{
    al_diag_print(devnull, set, d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 24)) return 0;
    tracking = !keep;

    al_sources set = {0};
    al_source *src = al_source_add(&set, "fuzz.al", (const char *)data, size);

    /* A whole file. */
    al_diags d = {0};
    al_node *unit = al_parse_unit(src, &syms, &d);
    if (!unit) abort();                          /* documented: never NULL */
    al_ast_dump(devnull, unit);
    (void)al_ast_dump_str(unit);
    print_all(&set, &d);

    /* One expression; one statement. */
    al_diags de = {0};
    al_node *e = al_parse_expr(src, &de);
    if (e) {
        al_ast_dump(devnull, e);
        (void)al_ast_dump_str(e);
    }
    print_all(&set, &de);

    al_diags ds = {0};
    al_node *s = al_parse_stmt(src, &ds);
    if (s) {
        al_ast_dump(devnull, s);
        (void)al_ast_dump_str(s);
    }
    print_all(&set, &ds);

    fflush(devnull);
    if (!keep) reclaim();
    return 0;
}
