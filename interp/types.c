/* interp/types.c — type constants and names. */
#include "interp/types.h"
#include "interp/program.h"
#include "grammar/mem.h"

#include <string.h>

#define SIMPLE(name, k) const al_type name = {.kind = k}
SIMPLE(al_type_error, AL_TY_ERROR);
SIMPLE(al_type_none, AL_TY_NONE);
SIMPLE(al_type_boolean, AL_TY_BOOLEAN);
SIMPLE(al_type_integer, AL_TY_INTEGER);
SIMPLE(al_type_bigint, AL_TY_BIGINT);
SIMPLE(al_type_decimal, AL_TY_DECIMAL);
SIMPLE(al_type_char, AL_TY_CHAR);
SIMPLE(al_type_text, AL_TY_TEXT);
SIMPLE(al_type_code, AL_TY_CODE);
SIMPLE(al_type_label, AL_TY_LABEL);
SIMPLE(al_type_date, AL_TY_DATE);
SIMPLE(al_type_time, AL_TY_TIME);
SIMPLE(al_type_datetime, AL_TY_DATETIME);
SIMPLE(al_type_duration, AL_TY_DURATION);
SIMPLE(al_type_guid, AL_TY_GUID);
SIMPLE(al_type_textbuilder, AL_TY_TEXTBUILDER);
SIMPLE(al_type_variant, AL_TY_VARIANT);
SIMPLE(al_type_recordid, AL_TY_RECORDID);
SIMPLE(al_type_notification, AL_TY_NOTIFICATION);
SIMPLE(al_type_recordref, AL_TY_RECORDREF);
SIMPLE(al_type_fieldref, AL_TY_FIELDREF);
SIMPLE(al_type_keyref, AL_TY_KEYREF);
SIMPLE(al_type_jsonobject, AL_TY_JSONOBJECT);
SIMPLE(al_type_jsonarray, AL_TY_JSONARRAY);
SIMPLE(al_type_jsontoken, AL_TY_JSONTOKEN);
SIMPLE(al_type_jsonvalue, AL_TY_JSONVALUE);
SIMPLE(al_type_dateformula, AL_TY_DATEFORMULA);
#undef SIMPLE

/* ORDER TYPE */
static const char *const base_names[AL_TY_COUNT] = {
    "<error>", "<none>", "Boolean", "Integer", "BigInteger", "Decimal", "Char", "Text", "Code",
    "Label", "Date", "Time", "DateTime", "Duration", "Guid", "Option", "Enum", "TextBuilder",
    "List", "Dictionary", "Variant", "Codeunit", "Array", "Record", "RecordId", "Page", "Notification", "TestPage",
    "RecordRef", "FieldRef", "KeyRef", "JsonObject", "JsonArray", "JsonToken", "JsonValue", "Interface", "DateFormula", "?",
};

char *al_type_name(const al_type *t)
{
    switch (t->kind) {
    case AL_TY_TEXT:
    case AL_TY_CODE:
        return t->len ? al_sprintf("%s[%d]", base_names[t->kind], t->len) : al_strdup(base_names[t->kind]);
    case AL_TY_LIST:
        return al_sprintf("List of [%s]", al_type_name(t->elem));
    case AL_TY_DICT:
        return al_sprintf("Dictionary of [%s, %s]", al_type_name(t->key), al_type_name(t->elem));
    case AL_TY_ENUM:
        return al_sprintf("Enum \"%s\"", t->obj ? t->obj->name : "?");
    case AL_TY_CODEUNIT:
        return al_sprintf("Codeunit \"%s\"", t->obj ? t->obj->name : "?");
    case AL_TY_INTERFACE:
        return al_sprintf("Interface \"%s\"", t->obj ? t->obj->name : "?");
    case AL_TY_PAGE:
        return al_sprintf("Page \"%s\"", t->obj ? t->obj->name : "?");
    case AL_TY_TESTPAGE:
        return al_sprintf("TestPage \"%s\"", t->obj ? t->obj->name : "?");
    case AL_TY_RECORD:
        return al_sprintf("Record \"%s\"%s", t->obj ? t->obj->name : "?", t->temporary ? " temporary" : "");
    case AL_TY_ARRAY:
        return al_sprintf("array of %s", al_type_name(t->elem));
    case AL_TY_OTHER:
        return al_strdup(t->spelling ? t->spelling : "?");
    default:
        return al_strdup(base_names[t->kind]);
    }
}

bool al_type_equal(const al_type *a, const al_type *b)
{
    if (a == b) return true;
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case AL_TY_LIST: return al_type_equal(a->elem, b->elem);
    case AL_TY_DICT: return al_type_equal(a->key, b->key) && al_type_equal(a->elem, b->elem);
    case AL_TY_ENUM: case AL_TY_CODEUNIT: case AL_TY_RECORD: case AL_TY_PAGE: case AL_TY_TESTPAGE:
    case AL_TY_INTERFACE: return a->obj == b->obj;
    case AL_TY_ARRAY:
        if (a->ndims != b->ndims || !al_type_equal(a->elem, b->elem)) return false;
        for (uint32_t i = 0; i < a->ndims; i++)
            if (a->dims[i] != b->dims[i]) return false;
        return true;
    default: return true;
    }
}
