/* interp/value.h — AL values at run time.
 *
 * An al_value is 16 bytes passed by value: a tag (the al_tkind of the
 * value) and an 8-byte payload.  Scalars live in the payload; Text, Code,
 * Decimal and Guid point to immutable collected objects (so copies are
 * free; the one exception, a Text variable's text growing in place while
 * that variable alone holds it, is invisible to every other value:
 * interp/text.h, "Appending"); List, Dictionary and TextBuilder point to
 * mutable objects shared on assignment, as in BC; arrays and codeunit
 * instances point to objects the evaluator copies or shares as AL requires.
 *
 * Callers may read [tag] and the union member the tag names; the inline
 * constructors below are the only way values are made.
 */
#ifndef AL_INTERP_VALUE_H
#define AL_INTERP_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include "interp/types.h"

struct al_text;
struct al_list;
struct al_dict;
struct al_tbuilder;
struct al_array;
struct al_instance;
struct al_record;
struct al_recordid;
struct al_notification;
struct al_testpage;
struct al_recref;
struct al_fieldref;
struct al_keyref;
struct al_json;

typedef struct al_value {
    uint8_t tag;            /* al_tkind */
    union {
        bool b;                       /* Boolean */
        int32_t i;                    /* Integer, Char, Option, Enum (ordinal), Date, Time */
        struct {                      /* an Option or Enum held by a Variant: the ordinal, and its */
            int32_t ord;              /* static type as an index into al_program.vtypes (0: none), */
            uint32_t type;            /* so Format still gives the member's name */
        } typed;
        int64_t big;                  /* BigInteger, DateTime, Duration */
        const struct al_text *text;   /* Text, Code, Label; DateFormula (its canonical text) */
        const void *dec;              /* Decimal: const al_dec * (interp/decimal.h) */
        const void *guid;             /* Guid: 16 bytes */
        struct al_list *list;
        struct al_dict *dict;
        struct al_tbuilder *tb;
        struct al_array *array;
        struct al_instance *inst;     /* Codeunit; Interface: the implementing codeunit's instance (NULL: none) */
        struct al_record *rec;        /* Record (interp/table.h) */
        const struct al_recordid *recid; /* RecordId (interp/table.h); NULL: none */
        struct al_notification *notif;  /* Notification */
        struct al_testpage *tp;       /* TestPage (runtime/testpage.h); NULL until it is opened */
        struct al_recref *rref;       /* RecordRef (interp/table.h) */
        const struct al_fieldref *fref; /* FieldRef (interp/table.h); NULL: not initialised */
        const struct al_keyref *kref;   /* KeyRef (interp/table.h); NULL: not initialised */
        struct al_json *json;         /* JsonObject, JsonArray, JsonToken, JsonValue (interp/json.h) */
        struct al_value *ref;         /* a var parameter's slot: the caller's storage */
    } u;
} al_value;

/* A slot holding a reference to another slot (var parameters). */
enum { AL_TAG_REF = AL_TY_COUNT };

static inline al_value al_bool(bool b) { al_value v = {.tag = AL_TY_BOOLEAN}; v.u.b = b; return v; }
static inline al_value al_int(int32_t i) { al_value v = {.tag = AL_TY_INTEGER}; v.u.i = i; return v; }
static inline al_value al_bigint(int64_t x) { al_value v = {.tag = AL_TY_BIGINT}; v.u.big = x; return v; }
static inline al_value al_char(int32_t c) { al_value v = {.tag = AL_TY_CHAR}; v.u.i = c; return v; }
static inline al_value al_ordinal(al_tkind k, int32_t o) { al_value v = {.tag = (uint8_t)k}; v.u.i = o; return v; }
static inline al_value al_textv(al_tkind k, const struct al_text *t) { al_value v = {.tag = (uint8_t)k}; v.u.text = t; return v; }
static inline al_value al_none(void) { al_value v = {.tag = AL_TY_NONE}; return v; }

/* A fixed-size array (AL `array[n, m] of T`), 1-based in AL, stored flat
 * in row-major order. */
typedef struct al_array {
    uint32_t count;
    al_value items[];
} al_array;

/* List of [T]: a growable vector, shared on assignment. */
typedef struct al_list {
    const al_type *elem;
    al_value *items;
    uint32_t count, cap;
} al_list;

/* Dictionary of [K, V]: an insertion-ordered hash map, shared on
 * assignment.  Entries are never reordered; removal leaves a tombstone
 * until the table is rebuilt. */
typedef struct al_dict_entry {
    al_value key, value;
    uint32_t hash;
    bool used;
} al_dict_entry;

typedef struct al_dict {
    const al_type *key_type, *value_type;
    al_dict_entry *entries;          /* in insertion order */
    uint32_t count, used, cap;       /* live entries, used slots, capacity */
    int32_t *index;                  /* open addressing: entry number or -1 */
    uint32_t index_cap;
} al_dict;

/* Notification: a message for the page's notification bar, with data
 * (name/value texts) and actions. */
typedef struct al_notification {
    const struct al_text *message;
    int32_t scope;                   /* NotificationScope ordinal */
    const struct al_text **names, **values;
    uint32_t ndata;
    const void *id;                  /* Guid, or NULL until asked */
    bool sent;
} al_notification;

/* TextBuilder: a growable byte buffer. */
typedef struct al_tbuilder {
    char *buf;
    uint32_t len, cap;
} al_tbuilder;

#endif
