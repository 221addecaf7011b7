/* interp/resolve_impl.h — shared between resolve.c (objects, types,
 * declarations) and compile.c (bodies to IR).  Private to interp/. */
#ifndef AL_INTERP_RESOLVE_IMPL_H
#define AL_INTERP_RESOLVE_IMPL_H

#include "interp/program.h"

/* The static type a TYPE node names; reports unknown types. */
const al_type *al_resolve_type(al_program *P, const al_node *t);
/* The first value of property [name] among [members], or NULL. */
const al_node *al_resolve_property(al_nodes members, const char *name);
/* Compiles the body of [proc] (an object's procedure or trigger). */
void al_resolve_body(al_program *P, al_object *obj, al_proc *proc);

#endif
