/* runtime/baseapp.h — alrun's base application: built-in AL objects.
 *
 * stdlib/base/ holds a small base application written in AL (Customer,
 * Cust. Ledger Entry, Customer Card ..., docs/base-app.md).  The build
 * embeds its files in the executable (stdlib/embed_base.py generates the
 * table below), so every run has them wherever it starts.  A run adds them
 * after the user's files as sources named "<alrun>/base/NAME" and loads
 * them as built-in objects: a user object of the same type with the same
 * ID or name replaces the built-in one, and a built-in object that no
 * longer fits the user's objects is left out rather than reported.
 */
#ifndef AL_RUNTIME_BASEAPP_H
#define AL_RUNTIME_BASEAPP_H

#include <stdint.h>
#include "grammar/ast.h"
#include "grammar/diag.h"
#include "grammar/source.h"
#include "interp/program.h"

/* The prefix of the built-in sources' names, as diagnostics show them. */
#define AL_BASEAPP_PREFIX "<alrun>/base/"

typedef struct al_baseapp_file {
    const char *name;        /* the file name in stdlib/base, e.g. Customer.Table.al */
    const char *text;
    uint32_t len;
} al_baseapp_file;

/* Generated at build time: the files in name order, then {0}. */
extern const al_baseapp_file al_baseapp_files[];
extern const uint32_t al_baseapp_nfiles;

/* Adds every file to [set] as a source "<alrun>/base/NAME", after what
 * is already there.  Returns how many were added. */
uint32_t al_baseapp_add(al_sources *set);

/* Loads a program from [nunits] units: [0, nuser) are the user's, the
 * rest alrun's built-in ones (the base application).  As al_program_load
 * with builtin_from = nuser, and besides: a built-in object that has
 * errors once the user's objects replaced or extended what it uses (it
 * names a field the user's replacement lacks, say) is left out and the
 * program loaded again without it, until no built-in object has errors.
 * So built-in objects never report diagnostics about the user's project.
 * Each object left out is described by a note in [notes] (pointing at the
 * first error it had) for the caller to print when the user's code then
 * fails to load. */
al_program *al_baseapp_load(const al_sources *sources, al_node **units, uint32_t nuser, uint32_t nunits,
                            const struct al_builtin_lib *const *libs, unsigned flags, al_diags *notes);

#endif
