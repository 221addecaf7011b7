/* grammar/source.h — source texts and positions.
 *
 * A source is one file's bytes, kept whole in memory for the life of the
 * program: the scanner reads from it, nodes refer to it by byte offsets
 * (al_span), and diagnostics turn an offset into line:column only when they
 * print.  An al_sources set numbers the files of one run; a span's [file]
 * is an index into that set.
 */
#ifndef AL_GRAMMAR_SOURCE_H
#define AL_GRAMMAR_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A byte range [start, end) in file number [file]. Passed by value. */
typedef struct al_span {
    uint32_t file;
    uint32_t start;
    uint32_t end;
} al_span;

typedef struct al_source {
    const char *name;      /* path as given on the command line */
    const char *text;      /* the bytes, followed by two NULs (may also hold
                              NULs).  While a parse of this source runs, the
                              scanner briefly writes a NUL after the token it
                              is on and restores it: parse a source on one
                              thread at a time. */
    uint32_t len;          /* number of bytes, without the terminator */
    uint32_t id;           /* index in its al_sources */
    uint32_t *lines;       /* byte offset of each line start; built on first use,
                              or by al_sources_freeze before threads share it */
    uint32_t nlines;
} al_source;

typedef struct al_sources {
    al_source **items;
    uint32_t count, cap;
} al_sources;

/* 1-based line and column (in code points; a tab counts as one). */
typedef struct al_linecol {
    uint32_t line, col;
} al_linecol;

/* Adds a source made of [len] bytes of [text] (copied). Returns it. */
al_source *al_source_add(al_sources *set, const char *name, const char *text, size_t len);
/* Reads [path] into the set. Returns NULL and sets errno on failure.
 * Files over 1 GiB are refused (EFBIG): offsets are 32-bit. */
al_source *al_source_read(al_sources *set, const char *path);
al_source *al_source_get(const al_sources *set, uint32_t file);

/* Builds every line table now: sessions on several threads read the
 * sources (error call stacks), so nothing may be built lazily then. */
void al_sources_freeze(const al_sources *set);

al_linecol al_source_linecol(al_source *src, uint32_t offset);
/* The text of 1-based [line] without its line break; *len gets its length. */
const char *al_source_line(al_source *src, uint32_t line, uint32_t *len);

#endif
