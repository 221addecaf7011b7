/* grammar/diag.c — collecting and printing diagnostics with carets. */
#include "grammar/diag.h"
#include "grammar/mem.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void al_diag_add(al_diags *d, al_severity sev, al_span span, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = al_vsprintf(fmt, ap);
    va_end(ap);
    if (d->count == d->cap) {
        uint32_t ncap = d->cap ? d->cap * 2 : 8;
        d->items = al_realloc(d->items, d->cap * sizeof *d->items, ncap * sizeof *d->items);
        d->cap = ncap;
    }
    d->items[d->count++] = (al_diag){sev, span, msg};
    if (sev == AL_SEV_ERROR) d->errors++;
}

static const char *sev_name(al_severity s)
{
    switch (s) {
    case AL_SEV_ERROR: return "error";
    case AL_SEV_WARNING: return "warning";
    default: return "note";
    }
}

/* Window of a long line shown around the caret, in bytes. */
enum { WINDOW = 100 };

/* Writes bytes [a, b) of a line, replacing control characters other than
 * tab with '?', so binary input cannot garble the terminal. */
static void put_clean(FILE *out, const char *p, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)p[i];
        fputc((c < 0x20 && c != '\t') || c == 0x7f ? '?' : c, out);
    }
}

void al_diag_print_one(FILE *out, const al_sources *set, const al_diag *dg)
{
    al_source *src = al_source_get(set, dg->span.file);
    if (!src) {
        fprintf(out, "alrun: %s: %s\n", sev_name(dg->sev), dg->msg);
        return;
    }
    al_linecol lc = al_source_linecol(src, dg->span.start);
    fprintf(out, "%s:%u:%u: %s: %s\n", src->name, lc.line, lc.col, sev_name(dg->sev), dg->msg);

    uint32_t llen;
    const char *line = al_source_line(src, lc.line, &llen);
    if (lc.line == 1 && llen >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
        line += 3;                               /* never echo a byte order mark */
        llen -= 3;
    }
    uint32_t line_off = (uint32_t)(line - src->text);
    uint32_t cstart = dg->span.start - line_off;          /* byte column of the caret */
    if (cstart > llen) cstart = llen;
    uint32_t cend = dg->span.end > dg->span.start ? dg->span.end - line_off : cstart + 1;
    if (cend > llen) cend = llen > cstart ? llen : cstart + 1;

    /* Choose the visible window of the line. */
    uint32_t a = 0, b = llen;
    if (llen > 2 * WINDOW) {
        a = cstart > WINDOW ? cstart - WINDOW : 0;
        while (a > 0 && ((unsigned char)line[a] & 0xC0) == 0x80) a--;
        b = a + 2 * WINDOW < llen ? a + 2 * WINDOW : llen;
        while (b < llen && ((unsigned char)line[b] & 0xC0) == 0x80) b++;
    }
    if (cend > b) cend = b > cstart ? b : cstart + 1;

    fprintf(out, "%5u | %s", lc.line, a > 0 ? "..." : "");
    put_clean(out, line, a, b);
    fprintf(out, "%s\n", b < llen ? "..." : "");
    fprintf(out, "      | %s", a > 0 ? "   " : "");
    for (uint32_t i = a; i < cstart; i++) {
        unsigned char c = (unsigned char)line[i];
        if (c == '\t') fputc('\t', out);
        else if ((c & 0xC0) != 0x80) fputc(' ', out);
    }
    fputc('^', out);
    for (uint32_t i = cstart + 1; i < cend; i++)
        if (((unsigned char)line[i] & 0xC0) != 0x80) fputc('~', out);
    fputc('\n', out);
}

static int by_position(const void *pa, const void *pb)
{
    const al_diag *a = pa, *b = pb;
    if (a->span.file != b->span.file) return a->span.file < b->span.file ? -1 : 1;
    if (a->span.start != b->span.start) return a->span.start < b->span.start ? -1 : 1;
    return 0;
}

void al_diag_print(FILE *out, const al_sources *set, al_diags *d)
{
    /* qsort is not stable: sort copies tagged with their index. */
    if (d->count > 1) {
        typedef struct { al_diag dg; uint32_t i; } tagged;
        tagged *t = al_alloc((size_t)d->count * sizeof *t);
        for (uint32_t i = 0; i < d->count; i++) t[i] = (tagged){d->items[i], i};
        for (uint32_t i = 1; i < d->count; i++) {         /* insertion sort: lists are short */
            tagged x = t[i];
            uint32_t j = i;
            while (j > 0 && by_position(&t[j - 1].dg, &x.dg) > 0) { t[j] = t[j - 1]; j--; }
            t[j] = x;
        }
        for (uint32_t i = 0; i < d->count; i++) d->items[i] = t[i].dg;
    }
    for (uint32_t i = 0; i < d->count; i++) al_diag_print_one(out, set, &d->items[i]);
}
