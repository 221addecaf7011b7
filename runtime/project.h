/* runtime/project.h — the AL files of a run and their settings.
 *
 * A PATH on the command line is a .al file or a folder searched recursively
 * for .al files (an AL project folder with app.json is the normal case).
 * Files are read in sorted path order so every run sees them alike.  The
 * "preprocessorSymbols" of every app.json found along the way, plus the
 * symbols given with -D, are the symbols #if tests.
 */
#ifndef AL_RUNTIME_PROJECT_H
#define AL_RUNTIME_PROJECT_H

#include "grammar/diag.h"
#include "grammar/parse.h"
#include "grammar/source.h"

typedef struct al_project {
    al_sources sources;      /* every .al file read, in order */
    al_symbols symbols;      /* preprocessor symbols */
    al_diags diags;          /* problems reading files or app.json */
    uint32_t read_errors;    /* paths that could not be read */
    char *app_name;          /* "name" of the first app.json found, or NULL */
} al_project;

/* Adds the .al files under [path].  Problems are reported to stderr and
 * counted in read_errors; returns false if [path] could not be read. */
bool al_project_add_path(al_project *p, const char *path);

/* Reads "preprocessorSymbols": [ ... ] from the app.json text [json]; adds
 * them to [syms].  Returns false if the key is present but malformed. */
bool al_project_read_symbols(const char *json, size_t len, al_symbols *syms);

/* The top-level "name" string of the app.json text [json], or NULL. */
char *al_project_read_name(const char *json, size_t len);

#endif
