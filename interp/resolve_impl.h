/* interp/resolve_impl.h — shared between resolve.c (objects, types,
 * declarations) and compile.c (bodies to IR).  Private to interp/. */
#ifndef AL_INTERP_RESOLVE_IMPL_H
#define AL_INTERP_RESOLVE_IMPL_H

#include "interp/program.h"

/* The static type a TYPE node names; reports unknown types. */
const al_type *al_resolve_type(al_program *P, const al_node *t);
/* The first value of property [name] among [members], or NULL. */
const al_node *al_resolve_property(al_nodes members, const char *name);
/* Declares routine [r] of object [from] as a procedure of [o] (the same
 * object, or the table an extension extends) and adds it to o->procs. */
al_proc *al_resolve_routine(al_program *P, al_object *o, const al_node *r, al_object *from);
/* Tables (table.c). */
void al_table_load(al_program *P, al_object *o);
void al_table_extend(al_program *P, al_object *base, al_object *ext);
void al_table_link(al_program *P, al_object *table, al_object *from);
/* Pages (page.c). */
void al_page_load(al_program *P, al_object *o);
void al_page_extend(al_program *P, al_object *base, al_object *ext);
void al_page_link(al_program *P, al_object *page, al_object *from);
void al_page_compile(al_program *P, al_object *page);
/* Compiles expression [n] in the context of [obj] (its globals, Rec,
 * CurrPage), in a frame of its own: *proc gets that frame's procedure. */
struct al_ir *al_resolve_expr(al_program *P, al_object *obj, const al_node *n, al_proc **proc);

/* [t]'s index in P->vtypes (added when new): how a Variant holding an
 * Option or Enum value keeps its member names (compile.c). */
uint32_t al_resolve_vtype(al_program *P, const al_type *t);

/* Interfaces (iface.c): the methods of each interface, the procedure
 * tables of the codeunits that implement them, the codeunits of enums that
 * implement them; a missing or mismatched method is a diagnostic.  Runs
 * after every signature is declared and before bodies are compiled. */
void al_iface_link(al_program *P);
/* Is a value of type [from] (an Interface, a Codeunit or an Enum) assignable to
 * Interface [iface]?  For an Enum, *impl gets the index of its al_enum_impl. */
bool al_iface_accepts(const al_object *iface, const al_type *from, uint32_t *impl);

/* Compiles the body of [proc] (an object's procedure or trigger). */
void al_resolve_body(al_program *P, al_object *obj, al_proc *proc);

#endif
