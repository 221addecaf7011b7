/* runtime/baseapp.h — alrun's base application: built-in AL objects.
 *
 * stdlib/base/ holds a small base application written in AL (Customer,
 * Cust. Ledger Entry, Customer Card ..., docs/base-app.md), stdlib/testlib/
 * the test libraries (Library Assert ..., docs/test-libraries.md).  The
 * build embeds their files in the executable (stdlib/embed_base.py
 * generates the table below), so every run has them wherever it starts.  A
 * run adds them after the user's files as sources named
 * "<alrun>/base/NAME" and "<alrun>/testlib/NAME" and loads
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

/* The prefix of the built-in sources' names, as diagnostics show them:
 * "<alrun>/" FOLDER "/" NAME; the base application's are AL_BASEAPP_PREFIX
 * NAME. */
#define AL_BUILTIN_PREFIX "<alrun>/"
#define AL_BASEAPP_PREFIX "<alrun>/base/"

typedef struct al_baseapp_file {
    const char *folder;      /* "base" (stdlib/base) or "testlib" (stdlib/testlib, the test libraries) */
    const char *name;        /* the file name in that folder, e.g. Customer.Table.al */
    const char *text;
    uint32_t len;
} al_baseapp_file;

/* Generated at build time: the files of both folders in name order (no
 * two have the same name), then {0}. */
extern const al_baseapp_file al_baseapp_files[];
extern const uint32_t al_baseapp_nfiles;

/* Adds the files to [set] as sources "<alrun>/FOLDER/NAME", after what is
 * already there (the user's files): the base application's always, the
 * test libraries' when a user file declares a test codeunit (Subtype =
 * Test) or names one of them (they cost about 1 ms of start-up; a rough
 * look at the text, see docs/test-libraries.md).  Returns how many were
 * added. */
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
