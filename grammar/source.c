/* grammar/source.c — file loading and offset → line:column mapping. */
#include "grammar/source.h"
#include "grammar/mem.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/* Adds a source whose [text] buffer has room for two more bytes after
 * [len]: two terminating NULs, so the scanner can read the text in place
 * (yy_scan_buffer needs them). */
static al_source *add_owned(al_sources *set, const char *name, char *text, size_t len)
{
    al_source *s = al_alloc(sizeof *s);
    text[len] = text[len + 1] = '\0';
    s->name = al_strdup(name);
    s->text = text;
    s->len = (uint32_t)len;
    if (set->count == set->cap) {
        uint32_t ncap = set->cap ? set->cap * 2 : 16;
        set->items = al_realloc(set->items, set->cap * sizeof *set->items, ncap * sizeof *set->items);
        set->cap = ncap;
    }
    s->id = set->count;
    set->items[set->count++] = s;
    return s;
}

al_source *al_source_add(al_sources *set, const char *name, const char *text, size_t len)
{
    char *copy = al_alloc_atomic(len + 2);
    memcpy(copy, text, len);
    return add_owned(set, name, copy, len);
}

al_source *al_source_read(al_sources *set, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    /* Read into a buffer of the file's size (grown if the file grows while
     * being read); sources are kept whole, offsets are 32-bit. */
    struct stat st;
    size_t cap = fstat(fileno(f), &st) == 0 && st.st_size > 0 ? (size_t)st.st_size + 1 : 1 << 16;
    size_t len = 0;
    char *buf = NULL;
    for (;;) {
        if (cap >= (1u << 30)) { fclose(f); errno = EFBIG; return NULL; }
        char *nb = al_alloc_atomic(cap + 2);
        if (len) memcpy(nb, buf, len);
        buf = nb;
        len += fread(buf + len, 1, cap - len, f);
        if (len < cap) break;
        cap *= 2;
    }
    int err = ferror(f);
    fclose(f);
    if (err) { errno = EIO; return NULL; }
    return add_owned(set, path, buf, len);
}

al_source *al_source_get(const al_sources *set, uint32_t file)
{
    return file < set->count ? set->items[file] : NULL;
}

static void build_lines(al_source *s)
{
    uint32_t n = 1;
    for (uint32_t i = 0; i < s->len; i++)
        if (s->text[i] == '\n') n++;
    s->lines = al_alloc_atomic((size_t)n * sizeof *s->lines);
    uint32_t k = 0;
    s->lines[k++] = 0;
    for (uint32_t i = 0; i < s->len; i++)
        if (s->text[i] == '\n') s->lines[k++] = i + 1;
    s->nlines = n;
}

void al_sources_freeze(const al_sources *set)
{
    for (uint32_t i = 0; i < set->count; i++)
        if (!set->items[i]->lines) build_lines(set->items[i]);
}

al_linecol al_source_linecol(al_source *s, uint32_t off)
{
    if (!s->lines) build_lines(s);
    if (off > s->len) off = s->len;
    uint32_t lo = 0, hi = s->nlines;        /* find the last line start <= off */
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (s->lines[mid] <= off) lo = mid; else hi = mid;
    }
    uint32_t col = 1, i = s->lines[lo];
    if (i == 0 && s->len >= 3 && memcmp(s->text, "\xEF\xBB\xBF", 3) == 0)
        i = off < 3 ? off : 3;                  /* a byte order mark is not a column */
    for (; i < off; i++)
        if (((unsigned char)s->text[i] & 0xC0) != 0x80) col++;   /* count code points */
    return (al_linecol){lo + 1, col};
}

const char *al_source_line(al_source *s, uint32_t line, uint32_t *len)
{
    if (!s->lines) build_lines(s);
    if (line < 1 || line > s->nlines) { *len = 0; return ""; }
    uint32_t start = s->lines[line - 1];
    uint32_t end = line < s->nlines ? s->lines[line] - 1 : s->len;
    if (end > start && s->text[end - 1] == '\r') end--;
    *len = end - start;
    return s->text + start;
}
