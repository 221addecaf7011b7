/* interp/table.h — tables as the program sees them, and record values.
 *
 * A `table` object becomes an al_table when the program loads (table.c):
 * its fields with their types and properties, its keys (keys[0] is the
 * primary key), its triggers, and what every `tableextension` of it adds —
 * fields, keys, procedures, triggers that run before and after the base
 * table's.  Like the rest of the program it is read-only once sessions
 * start.
 *
 * An al_record is the value of a `Record X` variable: the field buffer the
 * AL code reads and writes, the view (filters, current key, sort order,
 * marks) and, for a temporary record, the temporary table it works on.
 * Where the rows live is the runtime's business (runtime/db.c): the
 * interpreter only knows the buffer, so field access is an array index.
 */
#ifndef AL_INTERP_TABLE_H
#define AL_INTERP_TABLE_H

#include <stdbool.h>
#include <stdint.h>
#include "interp/exec.h"

/* The fields every table has (BC's system fields), from this number on. */
enum { AL_FIELD_SYSTEM_ID = 2000000000 };

/* FieldClass */
enum { AL_FIELD_NORMAL, AL_FIELD_FLOWFIELD, AL_FIELD_FLOWFILTER };

/* CalcFormula methods of a FlowField. */
typedef enum al_calc_method {
    AL_CALC_NONE, AL_CALC_SUM, AL_CALC_COUNT, AL_CALC_EXIST, AL_CALC_LOOKUP,
    AL_CALC_AVERAGE, AL_CALC_MIN, AL_CALC_MAX
} al_calc_method;

/* One `where` condition of a CalcFormula: the source table's field
 * [field] is compared with a constant, a filter text, or a field (or
 * FlowFilter) of the record being calculated. */
typedef enum al_calc_cond_kind { AL_CALC_CONST, AL_CALC_FILTER, AL_CALC_FIELD, AL_CALC_UPPERLIMIT } al_calc_cond_kind;
typedef struct al_calc_cond {
    uint32_t field;                  /* index of the source table's field */
    al_calc_cond_kind kind;
    const struct al_text *text;      /* const(...) / filter(...) as written */
    uint32_t other;                  /* field(...): index in this table */
} al_calc_cond;

typedef struct al_calc_formula {
    al_calc_method method;
    struct al_object *source;        /* the table the formula reads */
    int32_t source_field;            /* index of the summed/looked-up field; -1 for count/exist */
    al_calc_cond *conds;
    uint32_t nconds;
    bool reverse_sign;               /* `-sum(...)` */
} al_calc_formula;

typedef struct al_field {
    int32_t no;                      /* the field number */
    const char *name;
    const char *caption;             /* Caption, else the name */
    const al_type *type;
    uint32_t index;                  /* position in the record buffer */
    uint8_t fclass;                  /* AL_FIELD_* */
    bool not_blank, auto_increment;
    bool has_init;
    int8_t dp_min, dp_max;           /* DecimalPlaces = min:max (how pages show it); -1: not set */
    al_value init;                   /* InitValue, already of [type] */
    al_calc_formula *calc;           /* FlowField */
    al_proc **validate;              /* OnBeforeValidate(ext) ... OnValidate ... OnAfterValidate(ext) */
    uint32_t nvalidate;
    const al_node *decl;             /* the field element */
    int32_t relation;                /* TableRelation's table number when it names one table, else 0 */
    uint32_t vtype;                  /* Option/Enum: the type's index in al_program.vtypes, so a
                                        FieldRef's Value in a Variant keeps the member names */
} al_field;

typedef struct al_key {
    const char *name;
    uint32_t *fields;                /* field indexes */
    uint32_t nfields;
    uint32_t *sum_fields;            /* SumIndexFields */
    uint32_t nsum;
    bool unique;
} al_key;

/* Table triggers, in the order they run: an extension's OnBefore... before
 * the base table's trigger, its OnAfter... after; the whole chain runs
 * before the row is written (docs/records.md). */
enum { AL_TRIG_INSERT, AL_TRIG_MODIFY, AL_TRIG_DELETE, AL_TRIG_RENAME, AL_TRIG_COUNT };
typedef struct al_trigger_list {
    al_proc **procs;                 /* OnBefore... (extensions), On... (table), OnAfter... (extensions) */
    uint32_t n;
} al_trigger_list;

typedef struct al_table {
    struct al_object *obj;
    const char *caption;
    al_field *fields;
    uint32_t nfields;
    al_key *keys;                    /* keys[0] is the primary key */
    uint32_t nkeys;
    bool temporary;                  /* TableType = Temporary */
    bool per_company;                /* DataPerCompany */
    uint32_t sys;                    /* index of SystemId; SystemCreatedAt, -By, SystemModifiedAt, -By follow */
    uint32_t *by_no;                 /* field indexes ordered by field number (RecordRef.FieldIndex) */
    al_trigger_list triggers[AL_TRIG_COUNT];
} al_table;

/* The field of [t] named [name] (case-insensitive), or NULL. */
const al_field *al_table_field(const al_table *t, const char *name);
/* The field with number [no], or NULL. */
const al_field *al_table_field_no(const al_table *t, int32_t no);

/* ================================================================ records */

struct al_filter;

/* A temporary table: the rows of a temporary record variable (or of
 * several, after Copy(From, true)).  The store creates the rows' home on
 * first use and knows it by [id], unique in the session. */
typedef struct al_temp_table {
    uint64_t id;
    bool created;
} al_temp_table;

/* The marked rows of a record variable (Mark, MarkedOnly): store row ids,
 * kept sorted.  Shared by copies, as BC's marks follow Copy. */
typedef struct al_marks {
    int64_t *rows;
    uint32_t n, cap;
} al_marks;

typedef struct al_record {
    /* A record is its table's instance: table procedures and triggers run
     * with `self` pointing here, so their globals are per record variable
     * as in BC.  Must stay the first member. */
    al_instance inst;
    const al_table *table;
    al_value *fields;                /* the buffer: table->nfields values */
    struct al_record *x;             /* xRec: the buffer as last read or written */
    bool temporary;
    al_temp_table *temp;             /* temporary: its rows */
    /* the view */
    struct al_filter **filters;      /* per field index; NULL = no filter */
    struct al_filter **filters2;     /* FilterGroup 2 (SetFilter from TableView / SourceTableView) */
    uint32_t key;                    /* current key (SetCurrentKey) */
    bool descending;                 /* Ascending(false) */
    bool marked_only;
    al_marks *marks;                 /* Mark(true): the store's rows, by rowid */
    uint8_t filter_group;            /* FilterGroup(n): 0 the user's filters, else filters2 */
    uint32_t *autocalc;              /* SetAutoCalcFields: FlowFields calculated on every read */
    uint32_t nautocalc;
    int64_t rowid;                   /* the store's row of the last read record, or 0 */
    uint64_t view;                   /* bumped by every change of filters, key or order */
    void *cursor;                    /* the store's open FindSet cursor, or NULL */
    int32_t curr_field;              /* CurrFieldNo during OnValidate, else 0 */
} al_record;

/* A new record of [t] with every field at its InitValue. */
al_record *al_record_new(al_exec *X, const al_table *t, bool temporary);
/* Parameter passing by value: a copy of everything — buffer, view, marks;
 * a temporary record's copy works on the same temporary table. */
al_record *al_record_clone(al_exec *X, const al_record *r);
/* `Dst := Src`: the field buffer only (BC keeps Dst's filters, key and
 * temporary table). */
void al_record_assign(al_record *dst, const al_record *src);
/* Init(): every field except the primary key back to its InitValue. */
void al_record_init(al_exec *X, al_record *r);
/* The table's global variables of [r], made on first use: table globals
 * are per record variable, and a table may hold a Record of itself. */
al_instance *al_record_instance(al_exec *X, al_record *r);
/* The xRec of [r]: the buffer as last read from or written to the store. */
al_record *al_record_x(al_exec *X, al_record *r);
/* Runs table trigger [which] (AL_TRIG_*) on [r]: extensions' OnBefore...,
 * the table's, extensions' OnAfter.... */
void al_record_run_triggers(al_exec *X, al_record *r, int which);
/* The system fields a write sets: on insert SystemId (a new one unless
 * [keep_id]), SystemCreatedAt and -By; always SystemModifiedAt and -By
 * (the session's clock, alrun's one user). */
void al_record_stamp(al_exec *X, al_record *r, bool insert, bool keep_id);
/* Validate(Field) after the new value is in the buffer: OnBeforeValidateEvent
 * subscribers, the field's OnValidate chain, OnAfterValidateEvent
 * subscribers, with CurrFieldNo set to the field's number meanwhile. */
void al_record_validate(al_exec *X, al_record *r, const al_field *f);
/* Clear(Rec): the buffer back to InitValues, filters and key reset; a
 * temporary record keeps its rows. */
void al_record_clear(al_exec *X, al_record *r);
/* A read-only session's refusal of builtin [method] on [self] (the
 * central check for AL_BF_DB_WRITE builtins): BC's permission error unless
 * the record is temporary. */
void al_record_check_write(al_exec *X, const char *method, const al_value *self);

/* A RecordId: which table, which primary key.  Immutable. */
typedef struct al_recordid {
    const al_table *table;
    const al_value *pk;              /* keys[0]'s fields' values */
} al_recordid;

/* The RecordId of [r]'s buffer. */
const al_recordid *al_record_id(const al_record *r);
/* 0 when equal (same table, same key values), else an order. */
int al_recordid_cmp(const al_recordid *a, const al_recordid *b);
/* Format(RecordId): "Customer: C00010", "Sales Header: Order,SO1"; '' for none. */
const char *al_recordid_format(al_exec *X, const al_recordid *id);

/* ============================================================ reflection */

/* A RecordRef variable's value: a box holding the record of the table it
 * has opened (Open, GetTable), NULL while it is not open.  The box is
 * shared on assignment and by the FieldRefs and KeyRefs taken from it, so
 * they follow its record as Find/Next move it. */
typedef struct al_recref {
    al_record *rec;
} al_recref;

/* A FieldRef: field [field] (a buffer index) of [table] in [ref]'s record. */
typedef struct al_fieldref {
    al_recref *ref;
    const al_table *table;
    uint32_t field;
} al_fieldref;

/* A KeyRef: key [key] of [table] in [ref]'s record. */
typedef struct al_keyref {
    al_recref *ref;
    const al_table *table;
    uint32_t key;
} al_keyref;

/* The record as an AL value. */
static inline al_value al_recordv(al_record *r)
{
    al_value v = {.tag = AL_TY_RECORD};
    v.u.rec = r;
    return v;
}

/* DecimalPlaces = min:max (or one number) among [members]: sets *min and
 * *max to what is given, leaves them otherwise (pages show a Decimal with
 * at least min and at most max decimals). */
void al_table_decimal_places(al_nodes members, int8_t *min, int8_t *max);

#endif
