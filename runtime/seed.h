/* runtime/seed.h — loading rows before a run (`alrun run --data FILE`). */
#ifndef AL_RUNTIME_SEED_H
#define AL_RUNTIME_SEED_H

#include <stdbool.h>
#include "interp/exec.h"

/* Inserts the rows of [path] (.json or .csv, see seed.c) through session
 * [X]'s store and commits them.  On failure nothing of the file is kept
 * and *error says which file, row and field. */
bool al_seed_load(al_exec *X, const char *path, char **error);

#endif
