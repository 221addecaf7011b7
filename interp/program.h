/* interp/program.h — the loaded program: objects, procedures, variables.
 *
 * al_program_load reads the syntax trees of every file of a run (the
 * user's files and alrun's built-in library) into objects, checks names
 * and types (resolve.c) and compiles every procedure body to the evaluator's
 * tree (ir.h).  After loading, the program is read-only: sessions on any
 * thread share it.
 */
#ifndef AL_INTERP_PROGRAM_H
#define AL_INTERP_PROGRAM_H

#include <stdbool.h>
#include <stdint.h>
#include "grammar/ast.h"
#include "grammar/diag.h"
#include "interp/types.h"

struct al_ir;
struct al_builtin_lib;
struct al_table;
struct al_page;

/* A variable, parameter or return value: its frame or instance slot. */
typedef struct al_var {
    const char *name;
    const al_type *type;
    const al_node *decl;        /* the NAME node that declared it */
    uint32_t slot;
    bool by_ref;                /* a `var` parameter: the slot holds a reference */
    const struct al_text *label;/* a Label's text */
} al_var;

/* An [EventSubscriber] procedure, on the list of the event it subscribes
 * to (interp/events.c). */
typedef struct al_subscriber {
    struct al_proc *proc;
    struct al_object *codeunit;      /* the subscriber's codeunit */
    bool manual;                     /* EventSubscriberInstance = Manual: bound instances only */
    int32_t table_event;             /* a table's or page's trigger event (AL_TEV_*, interp/events.h), or -1 */
    int32_t field;                   /* a table validate event's field (ElementName) as a buffer index, else -1 */
    const char *element;             /* a page action or validate event's control (ElementName), else NULL */
    /* Where each of the subscriber's parameters comes from: an index into
     * the event's arguments, or AL_EVENT_SENDER. */
    int32_t *map;
} al_subscriber;

/* Event publishers: [IntegrationEvent], [BusinessEvent], [InternalEvent]. */
enum { AL_EVENT_NONE, AL_EVENT_INTEGRATION, AL_EVENT_BUSINESS, AL_EVENT_INTERNAL };
enum { AL_EVENT_SENDER = -1 };

typedef struct al_proc {
    const char *name;
    const al_node *ast;         /* the ROUTINE node */
    struct al_object *owner;
    struct al_object *declared_in;  /* owner, or the extension that added it to owner */
    bool is_trigger, is_local, try_function;
    al_var *params;
    uint32_t nparams;
    const al_type *ret;         /* al_type_none when nothing is returned */
    int32_t ret_slot;           /* the named return value's slot, or -1 */
    al_var *locals;
    uint32_t nlocals;
    uint32_t nslots;            /* params + locals + named return */
    struct al_ir *body;
    /* The initial values of slots nparams..nslots-1 when none of them needs
     * a fresh object (scalars, Text, Decimal ...): a call copies them;
     * NULL when some local is a List, an array ... (al_exec_frame_init). */
    const struct al_value *frame_init;
    /* An event publisher: its kind, IncludeSender, and its subscribers (in
     * the order they run: by codeunit ID, then as declared). */
    uint8_t event;
    bool include_sender, isolated;
    al_subscriber *subs;
    uint32_t nsubs;
} al_proc;

typedef struct al_enum_value {
    int32_t ordinal;
    const char *name;
    const char *caption;
    const al_node *decl;        /* its value(...) element (Implementation = ...), NULL for the platform's */
} al_enum_value;

/* How an enum implements an interface (interp/iface.c): the codeunit of
 * each value, from its Implementation or the enum's DefaultImplementation;
 * assigning the enum to the interface makes an instance of it. */
typedef struct al_enum_impl {
    struct al_object *iface;
    struct al_object **by_value;     /* parallel to the enum's values */
    struct al_object *unknown;       /* UnknownValueImplementation: an ordinal that is no value, or NULL */
} al_enum_impl;

typedef struct al_object {
    al_objkind kind;
    int64_t id;
    const char *name;
    const al_node *ast;
    bool builtin;               /* from alrun's stdlib/ */
    al_proc **procs;
    uint32_t nprocs;
    al_var *globals;
    uint32_t nglobals;
    al_proc *on_run;
    bool single_instance;
    bool is_test;               /* Subtype = Test */
    bool is_test_runner;        /* Subtype = TestRunner */
    const char *test_isolation; /* a test runner's TestIsolation (Disabled, Codeunit, Function), or NULL */
    const char *test_permissions; /* a test codeunit's TestPermissions, or NULL */
    al_enum_value *values;      /* enum: values, in declaration order */
    uint32_t nvalues;
    al_type self_type;          /* Codeunit "X" / Enum "X" / Record "X" */
    al_type temp_type;          /* a table's Record "X" temporary */
    struct al_table *table;     /* a table (interp/table.h) */
    struct al_page *page;       /* a page (interp/page.h) */
    struct al_object *base;     /* an extension: the object it extends */
    struct al_object *table_no; /* a codeunit's TableNo: OnRun takes `var Rec` of it */
    al_subscriber *table_subs;  /* a table or page: subscribers to its trigger events (OnAfterInsertEvent ...) */
    uint32_t ntable_subs;
    /* An interface (interp/iface.c): its number among the program's
     * interfaces, its methods — those of the interfaces it extends first,
     * then its own; an interface call names one by its index — and every
     * interface it extends, directly or not. */
    uint32_t iface_index;
    al_proc **imethods;
    uint32_t nimethods;
    struct al_object **bases;
    uint32_t nbases;
    /* A codeunit: for each interface it implements (by iface_index; NULL
     * for the others), its procedure for each of the interface's methods.
     * NULL when it implements none. */
    al_proc ***vtables;
    /* An enum: the interfaces it implements and the codeunit of each value. */
    al_enum_impl *impls;
    uint32_t nimpls;
} al_object;

typedef struct al_program {
    const al_sources *sources;
    al_diags diags;
    al_object **objects;
    uint32_t nobjects, cap;
    const struct al_builtin_lib *const *libs;   /* builtin tables, see builtin.h */
    bool lenient;               /* AL_LOAD_LENIENT: see below */
    bool lenient_tests;         /* AL_LOAD_LENIENT_TESTS: see below */
    uint32_t unchecked;         /* lenient: uses of what alrun cannot check yet */
    const char *app_name;       /* the project's app (app.json name): in permission errors */
    /* Option and Enum types whose values are put in a Variant (value.h
     * typed.type indexes this; [0] is unused).  Filled while compiling. */
    const al_type **vtypes;
    uint32_t nvtypes;
    uint32_t ninterfaces;       /* interface objects: iface_index runs from 0 to this */
} al_program;

/* Flags for al_program_load.  AL_LOAD_LENIENT is `alrun check`'s mode:
 * what alrun cannot check yet — objects from the project's dependencies,
 * records, pages and other types alrun does not run, codeunits that run on
 * a record (TableNo) — is counted in [unchecked] instead of reported as an
 * error, so a check reports only what is certainly wrong. */
enum { AL_LOAD_LENIENT = 1 };
/* AL_LOAD_LENIENT_TESTS: test codeunits (Subtype = Test) are checked
 * leniently — `run` and `page` do not run them, so what alrun cannot run
 * yet in them (TestPage ...) must not stop the rest of the project. */
enum { AL_LOAD_LENIENT_TESTS = 2 };

/* Loads [units] (UNIT nodes) into a program.  [builtin_from] is the index
 * of the first unit that belongs to alrun's own library: a user object with
 * the same type and ID or name replaces it.  [libs] is a NULL-terminated
 * list of builtin tables.  Errors are in program->diags. */
al_program *al_program_load(const al_sources *sources, al_node **units, uint32_t nunits,
                            uint32_t builtin_from, const struct al_builtin_lib *const *libs,
                            unsigned flags);

/* Finds an object by type and name (case-insensitive) or by ID. */
al_object *al_program_find(const al_program *p, al_objkind kind, const char *name);
al_object *al_program_find_id(const al_program *p, al_objkind kind, int64_t id);

/* Case-insensitive comparison of AL names. */
bool al_name_eq(const char *a, const char *b);

#endif
