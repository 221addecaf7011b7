/* stdlib/lib_init.c — the list of builtin tables handed to the loader. */
#include "stdlib/lib.h"

const al_builtin_lib *const al_stdlib_libs[] = {
    &al_lib_global, &al_lib_datetime, &al_lib_textm, &al_lib_list, &al_lib_dict,
    &al_lib_tbuilder, &al_lib_enum, &al_lib_variant, &al_lib_record, &al_lib_database, &al_lib_codeunit, &al_lib_recordid, &al_lib_page, &al_lib_pageglobal,
    &al_lib_notification, &al_lib_testpage, &al_lib_recordref, &al_lib_fieldref, &al_lib_keyref,
    &al_lib_jsonobject, &al_lib_jsonarray, &al_lib_jsontoken, &al_lib_jsonvalue, NULL,
};
