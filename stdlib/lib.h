/* stdlib/lib.h — the builtin tables and the helpers their functions share.
 *
 * Each lib_*.c ends with its table(s); al_stdlib_libs lists them all (like
 * Lua's linit.c).  The runtime passes that list to al_program_load.
 */
#ifndef AL_STDLIB_LIB_H
#define AL_STDLIB_LIB_H

#include "interp/builtin.h"
#include "interp/text.h"

extern const al_builtin_lib al_lib_global, al_lib_textm, al_lib_list, al_lib_dict,
    al_lib_tbuilder, al_lib_enum, al_lib_datetime, al_lib_variant, al_lib_record, al_lib_database, al_lib_codeunit, al_lib_recordid,
    al_lib_page, al_lib_pageglobal, al_lib_notification, al_lib_testpage,
    al_lib_recordref, al_lib_fieldref, al_lib_keyref, al_lib_jsonobject, al_lib_jsonarray,
    al_lib_jsontoken, al_lib_jsonvalue;

/* NULL-terminated list of every table. */
extern const al_builtin_lib *const al_stdlib_libs[];

/* A Text value. */
al_value al_lib_text(const al_text *t);
/* An argument as text (formatting non-text values as Format does);
 * follows a var reference. */
const al_text *al_lib_arg_text(al_exec *X, al_value v);
/* An integer argument (Integer, BigInteger, Char, Option ...). */
int64_t al_lib_arg_int(al_value v);
/* A new empty List of [elem] with room for [cap] items; *out gets it. */
al_value al_lib_new_list(const al_type *elem, uint32_t cap, al_list **out);
/* A Text result, or [f]'s error when [r] is NULL (the value modules
 * return NULL and fill an al_fail on failure). */
al_value al_lib_text_or_throw(al_exec *X, const al_text *r, const al_fail *f);
/* A new Guid from the session's generator (CreateGuid). */
al_value al_lib_new_guid(al_exec *X);
/* CurrentDateTime: the session's clock. */
al_value al_lib_now(al_exec *X);
/* Page.Run under a TestPage.Trap() (X->rt's trap set): the page opens
 * into a TestPage trapped for that page (lib_testpage.c) — false when
 * none is; [inst] a page variable's
 * instance or NULL, [rec] the record to open on or NULL. */
bool al_lib_testpage_open_trapped(al_exec *X, al_object *obj, al_instance *inst, struct al_record *rec);
/* A [PageHandler]/[ModalPageHandler] taking a TestPage: the page AL code
 * ran, opened into a new TestPage in edit mode on [inst] (NULL: a new
 * instance) and [rec] (NULL: none), as if trapped.  [close_action] is the
 * Action it closes with unless the handler says otherwise (0: OK, as for
 * TestPage.Close(); a modal page passes Cancel). */
al_value al_lib_testpage_open_for_handler(al_exec *X, al_object *obj, al_instance *inst, struct al_record *rec,
                                          int32_t close_action);
/* After the handler: closes the page opened by ..._open_for_handler if it
 * is still open (with its close action) and returns the Action it closed
 * with (LookupOK / LookupCancel in lookup mode). */
int32_t al_lib_testpage_close_handled(al_exec *X, al_value page);
/* Throws [f] unless [ok]. */
void al_lib_check(al_exec *X, bool ok, const al_fail *f);

#endif
