/* interp/builtin.h — how built-in functions and methods are described.
 *
 * Builtins live in tables (stdlib/lib_*.c), one table per receiver type:
 * global functions (Message, StrLen ...), Text methods, List methods ...
 * The runtime hands the tables to al_program_load; the resolver picks an
 * entry by name, receiver type and argument count, checks the arguments
 * against its signature and stores the entry in the call.  The evaluator
 * calls [fn] with the evaluated arguments.
 *
 * Signature strings: one letter per parameter, '|' before the optional
 * ones, '*' after a letter that may repeat, ':' then the result letter.
 *   i Integer   l BigInteger   d Decimal   n any number (as written)
 *   t text (Text, Code, Label; a Char becomes a one-character text)
 *   q a date formula: a DateFormula, or text as 't' (CalcDate)
 *   b Boolean   c Char   D Date   T Time   C DateTime   U Duration  g Guid
 *   a any value               e the receiver's element (List) or value (Dictionary) type
 *   k the receiver's key type (Dictionary)       L List of the receiver's element type
 *   K List of the receiver's key type            V List of the receiver's value type
 *   f a field of the receiver record (passed as its buffer index; not evaluated)
 *   F a value of the field named just before   P the next primary key field's value
 *   r any Record   R a Record of the receiver's table   y a Record or a Variant (RecordRef.GetTable)
 *   -  (result only) nothing;  I (result) RecordId;  Y (result) Dictionary of [Text, Text];
 *   G (result) the type of the field named by the first argument;  A (result) the Action enum
 *   W (result) Variant;  Q, H, J (result) RecordRef, FieldRef, KeyRef;  Z, z (result) FieldType, FieldClass
 *   O JsonObject  B JsonArray  X JsonToken  v JsonValue   j a JSON type or a value a JsonValue
 *   can hold (Text, numbers, Boolean, dates ...; passed as it is)   M (result) List of [JsonToken]
 *   w Verbosity   m DataClassification   o TelemetryScope (system enums)   Y (parameter too) Dictionary of [Text, Text]
 * A '&' before a letter makes that parameter `var`: the caller passes a
 * variable, the builtin receives an AL_TAG_REF value and may write through
 * it.  [flags] carry the rules the runtime enforces in one place.
 */
#ifndef AL_INTERP_BUILTIN_H
#define AL_INTERP_BUILTIN_H

#include <stdint.h>
#include "interp/exec.h"

enum {
    AL_BF_PURE = 1 << 0,        /* no side effects */
    AL_BF_UI = 1 << 1,          /* a dialog: refused in background sessions */
    AL_BF_DB_WRITE = 1 << 2,    /* writes the database: refused when read-only */
    AL_BF_TRY = 1 << 3,         /* [Ok :=] form: when the Boolean result is used,
                                   failure returns false instead of raising */
};

struct al_ir;

/* [self] is the receiver (a variable's storage, so methods can change it),
 * NULL for global functions; argv holds argc evaluated arguments. */
typedef al_value (*al_cfn)(al_exec *X, al_value *self, int argc, al_value *argv, const struct al_ir *call);

typedef struct al_builtin {
    const char *name;
    const char *sig;
    al_cfn fn;
    uint16_t flags;
    int16_t magic;             /* lets one C function serve related methods */
} al_builtin;

typedef struct al_builtin_lib {
    al_tkind receiver;         /* AL_TY_NONE: global functions */
    const al_builtin *fns;     /* ends with a {NULL} entry */
} al_builtin_lib;

#endif
