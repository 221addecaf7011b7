/* interp/json.h — JSON trees for AL's JsonObject, JsonArray, JsonToken and
 * JsonValue (docs/json.md).
 *
 * One node type serves all four AL types: a JsonObject variable holds an
 * object node, a JsonToken any node.  Nodes are shared on assignment and
 * are changed in place, as Newtonsoft's JTokens are in BC.  Every node
 * knows its parent, so Path works and a node that already has a parent is
 * copied when it is added somewhere else (Newtonsoft's rule).
 *
 * Pure value code: GC memory only, no session state, failures reported
 * through al_fail.
 */
#ifndef AL_INTERP_JSON_H
#define AL_INTERP_JSON_H

#include <stdbool.h>
#include <stdint.h>
#include "interp/fail.h"
#include "interp/decimal.h"

struct al_text;

typedef enum al_json_kind {
    AL_JSON_NULL,
    AL_JSON_UNDEFINED,
    AL_JSON_BOOL,
    AL_JSON_INT,        /* a number without fraction or exponent that fits an int64 */
    AL_JSON_DEC,        /* any other number, as an exact Decimal */
    AL_JSON_STRING,
    AL_JSON_OBJECT,
    AL_JSON_ARRAY,
} al_json_kind;

typedef struct al_json al_json;
struct al_json {
    uint8_t kind;
    al_json *parent;                  /* NULL: a root */
    union {
        bool b;
        int64_t i;
        al_dec dec;
        const struct al_text *s;
        struct {                      /* object (keys, in insertion order) and array */
            const struct al_text **keys;  /* object only */
            al_json **items;
            uint32_t count, cap;
        } c;
    } u;
};

al_json *al_json_new(al_json_kind kind);
/* A value node holding a string / an integer / a decimal / a Boolean. */
al_json *al_json_string(const struct al_text *s);
al_json *al_json_int(int64_t i);
al_json *al_json_dec(al_dec d);
al_json *al_json_bool(bool b);
/* Makes [to] a value like [from] (JsonValue.SetValue): kind and payload. */
void al_json_set_scalar(al_json *to, const al_json *from);

static inline bool al_json_is_container(const al_json *j)
{
    return j->kind == AL_JSON_OBJECT || j->kind == AL_JSON_ARRAY;
}

/* A deep copy without a parent (Clone). */
al_json *al_json_clone(const al_json *j);
/* The node to link under [parent]: [item] itself when it is a root that is
 * not [parent] or one of its ancestors, else a copy (Newtonsoft's rule). */
al_json *al_json_adopt(al_json *parent, al_json *item);
/* How deep a tree built by AL code may nest: the writer, Clone and the
 * comparisons recurse, so a runaway loop must end in an error, not in a
 * stack overflow (docs/json.md). */
#define AL_JSON_MAX_NESTING 1000
/* Would linking [item] under [parent] nest deeper than that? */
bool al_json_too_deep(const al_json *parent, const al_json *item);
/* Deep equality; numbers compare by value (1 equals 1.0). */
bool al_json_equal(const al_json *a, const al_json *b);

/* Objects: the index of [key] (case-sensitive), or -1. */
int32_t al_json_find(const al_json *obj, const struct al_text *key);
/* Appends [key]: [item] (the caller checked the key is new). */
void al_json_put(al_json *obj, const struct al_text *key, al_json *item);
/* Arrays: inserts [item] at 0-based [at] (0..count). */
void al_json_insert(al_json *arr, uint32_t at, al_json *item);
/* Replaces / removes entry [at] of an object or array. */
void al_json_replace(al_json *c, uint32_t at, al_json *item);
void al_json_remove(al_json *c, uint32_t at);
/* Removes every entry. */
void al_json_clear(al_json *c);

/* Parses one JSON value (RFC 8259; white space around it), NULL and a
 * message in [f] when the text is not JSON. */
al_json *al_json_parse(const char *s, uint32_t len, al_fail *f);
/* Compact JSON text, as Newtonsoft writes it without indentation. */
const struct al_text *al_json_write(const al_json *j);
/* Newtonsoft's JToken.Path: "a.b[0]", "['x y']", "" for a root. */
const struct al_text *al_json_path(const al_json *j);
/* SelectToken(Path): $, .name, ['name'], ["name"], [n]; a leading name
 * needs no '.'.  NULL when nothing is there; false + [f] when the path
 * is not one alrun reads. */
bool al_json_select(al_json *root, const char *path, al_json **out, al_fail *f);

#endif
