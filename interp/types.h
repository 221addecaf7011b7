/* interp/types.h — AL's static types.
 *
 * The resolver gives every variable, parameter, return value and
 * expression an al_type.  Simple types are shared constants
 * (al_type_integer ...); composite ones (Text[30], List of [Integer],
 * array[10] of Decimal, Codeunit "X", Enum "Y") are built once while the
 * program loads and never change afterwards.
 */
#ifndef AL_INTERP_TYPES_H
#define AL_INTERP_TYPES_H

#include <stdbool.h>
#include <stdint.h>

/* ORDER TYPE: keep al_type_name's table in types.c in step. */
typedef enum al_tkind {
    AL_TY_ERROR,        /* an erroneous expression: suppresses follow-up errors */
    AL_TY_NONE,         /* no value: a procedure without a return type */
    AL_TY_BOOLEAN,
    AL_TY_INTEGER,
    AL_TY_BIGINT,
    AL_TY_DECIMAL,
    AL_TY_CHAR,
    AL_TY_TEXT,         /* len = declared maximum, 0 = unbounded */
    AL_TY_CODE,         /* len = declared maximum */
    AL_TY_LABEL,
    AL_TY_DATE,
    AL_TY_TIME,
    AL_TY_DATETIME,
    AL_TY_DURATION,
    AL_TY_GUID,
    AL_TY_OPTION,       /* members in [members] */
    AL_TY_ENUM,         /* the enum object in [obj] */
    AL_TY_TEXTBUILDER,
    AL_TY_LIST,         /* element type in [elem] */
    AL_TY_DICT,         /* key type in [key], value type in [elem] */
    AL_TY_VARIANT,
    AL_TY_CODEUNIT,     /* the codeunit object in [obj] */
    AL_TY_ARRAY,        /* element type in [elem], dimensions in [dims] */
    AL_TY_RECORD,       /* the table object in [obj]; [temporary] for `Record X temporary` */
    AL_TY_RECORDID,     /* a table and a primary key (Rec.RecordId) */
    AL_TY_PAGE,         /* the page object in [obj]: Page "X" variables and CurrPage */
    AL_TY_NOTIFICATION, /* a Notification (value.h al_notification), shared on assignment */
    AL_TY_TESTPAGE,     /* TestPage "X": the page object in [obj] (runtime/testpage.h) */
    AL_TY_RECORDREF,    /* RecordRef: a box holding the opened table's record (table.h al_recref), shared on assignment */
    AL_TY_FIELDREF,     /* FieldRef: a field of a RecordRef (table.h al_fieldref), immutable */
    AL_TY_KEYREF,       /* KeyRef: a key of a RecordRef (table.h al_keyref), immutable */
    AL_TY_JSONOBJECT,   /* JsonObject, JsonArray, JsonToken, JsonValue: a node of a JSON */
    AL_TY_JSONARRAY,    /* tree (json.h al_json), shared on assignment; a JsonToken */
    AL_TY_JSONTOKEN,    /* holds any node, the others one of their kind */
    AL_TY_JSONVALUE,
    AL_TY_INTERFACE,    /* Interface "X": the interface object in [obj]; the value is the instance of the
                           codeunit that implements it (shared on assignment), NULL until assigned */
    AL_TY_DATEFORMULA,  /* a date formula: its canonical text (value.h u.text, no <>: "CM+1D") */
    AL_TY_OTHER,        /* declared with a type alrun does not run yet */
    AL_TY_COUNT
} al_tkind;

struct al_object;

typedef struct al_type {
    al_tkind kind;
    int32_t len;                    /* Text[n], Code[n] */
    const struct al_type *elem;     /* List, Dictionary value, array element */
    const struct al_type *key;      /* Dictionary key */
    uint32_t ndims;                 /* array */
    const uint32_t *dims;
    struct al_object *obj;          /* Codeunit, Enum, Interface */
    const char *const *members;     /* Option member names */
    uint32_t nmembers;
    const char *spelling;           /* how the declaration wrote it (OTHER) */
    bool temporary;                 /* Record X temporary */
} al_type;

extern const al_type al_type_error, al_type_none, al_type_boolean, al_type_integer,
    al_type_bigint, al_type_decimal, al_type_char, al_type_text, al_type_code,
    al_type_label, al_type_date, al_type_time, al_type_datetime, al_type_duration,
    al_type_guid, al_type_textbuilder, al_type_variant, al_type_recordid, al_type_notification,
    al_type_recordref, al_type_fieldref, al_type_keyref, al_type_jsonobject, al_type_jsonarray,
    al_type_jsontoken, al_type_jsonvalue, al_type_dateformula;

/* The AL name of [t] as BC writes it in messages: Integer, Text[30],
 * Code[20], List of [Text], Codeunit "X" ... (fresh string). */
char *al_type_name(const al_type *t);

/* Text-like: Text, Code, Label. */
static inline bool al_type_is_text(const al_type *t)
{
    return t->kind == AL_TY_TEXT || t->kind == AL_TY_CODE || t->kind == AL_TY_LABEL;
}
/* Numeric: Integer, BigInteger, Decimal (and Char, which AL lets take part
 * in arithmetic). */
static inline bool al_type_is_number(const al_type *t)
{
    return t->kind == AL_TY_INTEGER || t->kind == AL_TY_BIGINT || t->kind == AL_TY_DECIMAL
        || t->kind == AL_TY_CHAR;
}
/* JsonObject, JsonArray, JsonToken, JsonValue. */
static inline bool al_type_is_json(const al_type *t)
{
    return t->kind >= AL_TY_JSONOBJECT && t->kind <= AL_TY_JSONVALUE;
}
/* Values that are shared on assignment (reference types in BC). */
static inline bool al_type_is_reference(const al_type *t)
{
    return t->kind == AL_TY_LIST || t->kind == AL_TY_DICT || t->kind == AL_TY_TEXTBUILDER
        || t->kind == AL_TY_NOTIFICATION || t->kind == AL_TY_RECORDREF || al_type_is_json(t);
}

bool al_type_equal(const al_type *a, const al_type *b);

#endif
