/* tests/unit/test_baseapp.c — alrun's built-in base application: the
 * embedded files, that they load without a diagnostic on their own (which
 * al_baseapp_load's one-load shortcut relies on), BC's field numbers and
 * names, and the replacement and leave-out rules (docs/base-app.md). */
#include <criterion/criterion.h>
#include <string.h>

#include "grammar/mem.h"
#include "grammar/parse.h"
#include "interp/table.h"
#include "runtime/baseapp.h"
#include "stdlib/lib.h"
#include "testutil.h"

TestSuite(baseapp, .init = al_test_setup);

typedef struct loaded {
    al_sources *set;
    al_program *P;
    al_diags notes;
    uint32_t nbuiltin;          /* built-in files added */
} loaded;

/* The base application's files (the test libraries are the others). */
static uint32_t base_files(void)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < al_baseapp_nfiles; i++) n += !strcmp(al_baseapp_files[i].folder, "base");
    return n;
}

/* Loads [user] (a file's text, or NULL) with the base application. */
static loaded load(const char *user, unsigned flags)
{
    loaded l = {0};
    l.set = al_alloc(sizeof *l.set);
    if (user) al_source_add(l.set, "user.al", user, strlen(user));
    uint32_t nuser = l.set->count;
    l.nbuiltin = al_baseapp_add(l.set);
    cr_assert_eq(l.nbuiltin, l.set->count - nuser);
    al_node **units = al_alloc(sizeof *units * (l.set->count + 1));
    for (uint32_t i = 0; i < l.set->count; i++) {
        al_diags d = {0};
        units[i] = al_parse_unit(l.set->items[i], NULL, &d);
        cr_assert_eq(d.count, 0, "%s has syntax diagnostics", l.set->items[i]->name);
    }
    l.P = al_baseapp_load(l.set, units, nuser, l.set->count, al_stdlib_libs, flags, &l.notes);
    return l;
}

Test(baseapp, files_are_embedded_in_name_order)
{
    cr_assert_gt(al_baseapp_nfiles, 0);
    for (uint32_t i = 0; i < al_baseapp_nfiles; i++) {
        const al_baseapp_file *f = &al_baseapp_files[i];
        size_t n = strlen(f->name);
        cr_assert(n > 3 && !strcmp(f->name + n - 3, ".al"), "%s", f->name);
        cr_assert_eq(strlen(f->text), f->len, "%s holds a NUL or its length is wrong", f->name);
        if (i) cr_assert_lt(strcmp(al_baseapp_files[i - 1].name, f->name), 0);
    }
    cr_assert_null(al_baseapp_files[al_baseapp_nfiles].name);
    al_sources set = {0};
    const char *test = "codeunit 50100 T { Subtype = Test; }";
    al_source_add(&set, "t.al", test, strlen(test));
    cr_assert_eq(al_baseapp_add(&set), al_baseapp_nfiles);
    for (uint32_t i = 0; i < al_baseapp_nfiles; i++)
        cr_assert_str_eq(set.items[i + 1]->name,
                         al_sprintf(AL_BUILTIN_PREFIX "%s/%s", al_baseapp_files[i].folder, al_baseapp_files[i].name));
}

/* Objects loaded from source (not the platform's own enums). */
static uint32_t source_objects(const al_program *P)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < P->nobjects; i++) n += P->objects[i]->ast != NULL;
    return n;
}

Test(baseapp, loads_alone_without_diagnostics_strict_and_lenient)
{
    loaded l = load(NULL, 0);
    cr_assert_eq(l.P->diags.count, 0);
    cr_assert_eq(l.notes.count, 0);
    cr_assert_eq(l.nbuiltin, base_files());
    cr_assert_eq(source_objects(l.P), l.nbuiltin);
    for (uint32_t i = 0; i < l.P->nobjects; i++) cr_assert(l.P->objects[i]->builtin);
    loaded m = load(NULL, AL_LOAD_LENIENT);
    cr_assert_eq(m.P->diags.count, 0);
    cr_assert_eq(m.P->unchecked, 0, "the base application uses what alrun cannot check");
}

Test(baseapp, customer_has_bcs_field_numbers_and_names)
{
    static const struct { int no; const char *name; al_tkind kind; int len; } want[] = {
        {1, "No.", AL_TY_CODE, 20}, {2, "Name", AL_TY_TEXT, 100}, {3, "Search Name", AL_TY_CODE, 100},
        {5, "Address", AL_TY_TEXT, 100}, {6, "Address 2", AL_TY_TEXT, 50}, {7, "City", AL_TY_TEXT, 30},
        {9, "Phone No.", AL_TY_TEXT, 30}, {20, "Credit Limit (LCY)", AL_TY_DECIMAL, 0},
        {35, "Country/Region Code", AL_TY_CODE, 10}, {39, "Blocked", AL_TY_ENUM, 0},
        {55, "Date Filter", AL_TY_DATE, 0}, {58, "Balance (LCY)", AL_TY_DECIMAL, 0},
        {59, "Balance Due (LCY)", AL_TY_DECIMAL, 0}, {91, "Post Code", AL_TY_CODE, 20},
        {102, "E-Mail", AL_TY_TEXT, 80},
    };
    loaded l = load(NULL, 0);
    al_object *c = al_program_find_id(l.P, AL_OBJ_TABLE, 18);
    cr_assert_not_null(c);
    cr_assert_str_eq(c->name, "Customer");
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const al_field *f = al_table_field_no(c->table, want[i].no);
        cr_assert_not_null(f, "no field %d", want[i].no);
        cr_assert_str_eq(f->name, want[i].name);
        cr_assert_eq(f->type->kind, want[i].kind, "%s", f->name);
        if (want[i].len) cr_assert_eq(f->type->len, want[i].len, "%s", f->name);
    }
    const al_field *bal = al_table_field(c->table, "Balance (LCY)");
    cr_assert_eq(bal->fclass, AL_FIELD_FLOWFIELD);
    cr_assert_eq(bal->calc->method, AL_CALC_SUM);
    cr_assert_str_eq(bal->calc->source->name, "Cust. Ledger Entry");
    cr_assert_eq(al_table_field(c->table, "Date Filter")->fclass, AL_FIELD_FLOWFILTER);
    cr_assert_str_eq(al_table_field(c->table, "Blocked")->type->obj->name, "Customer Blocked");
    cr_assert_eq(c->table->nkeys, 3);                  /* "No.", "Search Name", and SystemId's */
    cr_assert_str_eq(c->table->fields[c->table->keys[1].fields[0]].name, "Search Name");
    cr_assert_str_eq(c->table->fields[c->table->keys[2].fields[0]].name, "SystemId");
    cr_assert_not_null(al_program_find_id(l.P, AL_OBJ_TABLE, 21));
    cr_assert_not_null(al_program_find_id(l.P, AL_OBJ_PAGE, 21));
    cr_assert_str_eq(al_program_find_id(l.P, AL_OBJ_PAGE, 22)->name, "Customer List");
}

Test(baseapp, an_unrelated_project_keeps_every_builtin_object)
{
    loaded l = load("codeunit 50100 X { trigger OnRun() var C: Record Customer; begin C.Insert(); end; }", 0);
    cr_assert_eq(l.P->diags.count, 0);
    cr_assert_eq(l.notes.count, 0);
    cr_assert_eq(source_objects(l.P), base_files() + 1);
    cr_assert_not(al_program_find(l.P, AL_OBJ_CODEUNIT, "X")->builtin);
    cr_assert(al_program_find(l.P, AL_OBJ_TABLE, "Customer")->builtin);
}

Test(baseapp, a_user_object_with_the_same_id_or_name_replaces_the_builtin_one)
{
    loaded l = load("table 18 Debtor { fields { field(1; Code; Code[10]) { } } }\n"
                    "page 50100 \"Customer List\" { }\n", 0);
    cr_assert_eq(l.P->diags.count, 0);
    cr_assert_null(al_program_find(l.P, AL_OBJ_TABLE, "Customer"));
    cr_assert_not(al_program_find_id(l.P, AL_OBJ_TABLE, 18)->builtin);
    cr_assert_null(al_program_find_id(l.P, AL_OBJ_PAGE, 22));
    cr_assert_eq(al_program_find(l.P, AL_OBJ_PAGE, "Customer List")->id, 50100);
    cr_assert(al_program_find(l.P, AL_OBJ_TABLE, "Cust. Ledger Entry")->builtin);
}

Test(baseapp, a_builtin_object_that_no_longer_fits_is_left_out_with_a_note)
{
    /* the user's "Cust. Ledger Entry" has no "Amount (LCY)": the built-in
     * Customer's FlowFields cannot be read, so Customer goes */
    const char *user = "table 50100 \"Cust. Ledger Entry\" { fields { field(1; \"Entry No.\"; Integer) { } } }\n";
    for (unsigned flags = 0; flags <= AL_LOAD_LENIENT; flags += AL_LOAD_LENIENT) {
        loaded l = load(user, flags);
        cr_assert_eq(l.P->diags.count, 0, "flags %u", flags);
        cr_assert_eq(l.P->unchecked, 0, "flags %u", flags);
        cr_assert_null(al_program_find(l.P, AL_OBJ_TABLE, "Customer"));
        /* the pages on Customer go with it (their SourceTable is gone) */
        cr_assert_null(al_program_find(l.P, AL_OBJ_PAGE, "Customer Card"));
        cr_assert(al_program_find(l.P, AL_OBJ_ENUM, "Customer Blocked")->builtin);
        cr_assert_geq(l.notes.count, 1);
        cr_assert_eq(l.notes.items[0].sev, AL_SEV_NOTE);
        cr_assert_str_eq(al_source_get(l.set, l.notes.items[0].span.file)->name,
                         AL_BASEAPP_PREFIX "Customer.Table.al");
        cr_assert(strstr(l.notes.items[0].msg, "built-in table 18 \"Customer\" was left out"), "%s",
                  l.notes.items[0].msg);
    }
}

/* The test libraries (stdlib/testlib) come with a test codeunit or a
 * mention of one of them, and load without a diagnostic too. */
Test(baseapp, the_test_libraries_come_with_test_codeunits)
{
    cr_assert_gt(al_baseapp_nfiles, base_files());
    static const char *const with[] = {
        "codeunit 50100 T { Subtype = Test; }",
        "codeunit 50100 T { SUBTYPE=test; }",
        "codeunit 50100 H { var A: Codeunit \"Library Assert\"; }",
        "codeunit 50100 H { var S: Codeunit \"LIBRARY - VARIABLE STORAGE\"; }",
        "codeunit 50100 H { var R: Codeunit \"Library - Random\"; }",
        "codeunit 50100 H { var U: Codeunit \"Library - Utility\"; }",
        "codeunit 50100 H { var S: Codeunit \"library - sales\"; }",
    };
    static const char *const without[] = {
        "codeunit 50100 T { Subtype = TestRunner; }",
        "codeunit 50100 T { Subtype = Normal; trigger OnRun() begin Message('Test'); end; }",
    };
    for (size_t i = 0; i < sizeof with / sizeof *with; i++)
        for (unsigned flags = 0; flags <= AL_LOAD_LENIENT; flags += AL_LOAD_LENIENT) {
            loaded l = load(with[i], flags);
            cr_assert_eq(l.nbuiltin, al_baseapp_nfiles, "%s", with[i]);
            cr_assert_eq(l.P->diags.count, 0, "%s", with[i]);
            cr_assert_eq(l.notes.count, 0);
            cr_assert_eq(l.P->unchecked, 0, "the test libraries use what alrun cannot check");
            cr_assert_eq(source_objects(l.P), al_baseapp_nfiles + 1);
            cr_assert(al_program_find_id(l.P, AL_OBJ_CODEUNIT, 130002)->builtin);
            cr_assert(al_program_find(l.P, AL_OBJ_CODEUNIT, "Library - Random")->builtin);
            cr_assert(al_program_find(l.P, AL_OBJ_CODEUNIT, "Library - Variable Storage")->builtin);
            cr_assert(al_program_find_id(l.P, AL_OBJ_CODEUNIT, 131000)->builtin);
            cr_assert(al_program_find(l.P, AL_OBJ_CODEUNIT, "Library - Utility")->builtin);
            cr_assert(al_program_find_id(l.P, AL_OBJ_CODEUNIT, 130509)->builtin);
            cr_assert(al_program_find(l.P, AL_OBJ_CODEUNIT, "Library - Sales")->builtin);
        }
    for (size_t i = 0; i < sizeof without / sizeof *without; i++) {
        loaded l = load(without[i], 0);
        cr_assert_eq(l.nbuiltin, base_files(), "%s", without[i]);
        cr_assert_null(al_program_find(l.P, AL_OBJ_CODEUNIT, "Library Assert"));
        cr_assert_null(al_program_find(l.P, AL_OBJ_CODEUNIT, "Library - Utility"));
        cr_assert_null(al_program_find(l.P, AL_OBJ_CODEUNIT, "Library - Sales"));
    }
}

/* Library - Sales is written against the built-in Customer: a project's
 * own table 18 without a Name leaves it out (with a note), and the other
 * libraries stay. */
Test(baseapp, a_users_customer_without_what_library_sales_uses_leaves_it_out)
{
    loaded l = load("table 18 Customer { fields { field(1; \"No.\"; Code[20]) { } } }\n"
                    "codeunit 50100 T { Subtype = Test; }\n", 0);
    cr_assert_eq(l.P->diags.count, 0);
    cr_assert_null(al_program_find_id(l.P, AL_OBJ_CODEUNIT, 130509));
    cr_assert(al_program_find_id(l.P, AL_OBJ_CODEUNIT, 131000)->builtin);
    bool noted = false;
    for (uint32_t i = 0; i < l.notes.count; i++)
        noted = noted || strstr(l.notes.items[i].msg, "built-in codeunit 130509 \"Library - Sales\" was left out");
    cr_assert(noted);
}

/* A user's own Library - Utility replaces the built-in one, by name or
 * by ID.  By name, the built-in Library - Sales calls the user's; by ID
 * under another name, Library - Sales no longer finds "Library - Utility"
 * and is left out. */
Test(baseapp, a_users_library_utility_replaces_the_builtin_one)
{
    loaded l = load("codeunit 50101 \"Library - Utility\" { Subtype = Test;\n"
                    "procedure GenerateRandomCode20(FieldNo: Integer; TableNo: Integer): Code[20] begin exit('X'); end; }\n", 0);
    cr_assert_eq(l.P->diags.count, 0);
    cr_assert_null(al_program_find_id(l.P, AL_OBJ_CODEUNIT, 131000));
    cr_assert_not(al_program_find(l.P, AL_OBJ_CODEUNIT, "Library - Utility")->builtin);
    cr_assert(al_program_find_id(l.P, AL_OBJ_CODEUNIT, 130509)->builtin);

    loaded m = load("codeunit 131000 \"My Utility\" { Subtype = Test; }\n", 0);
    cr_assert_eq(m.P->diags.count, 0);
    cr_assert_null(al_program_find(m.P, AL_OBJ_CODEUNIT, "Library - Utility"));
    cr_assert_not(al_program_find_id(m.P, AL_OBJ_CODEUNIT, 131000)->builtin);
    cr_assert_null(al_program_find_id(m.P, AL_OBJ_CODEUNIT, 130509));
    cr_assert(al_program_find_id(m.P, AL_OBJ_CODEUNIT, 131004)->builtin);
}

Test(baseapp, a_users_library_assert_replaces_the_builtin_one)
{
    loaded l = load("codeunit 50100 \"Library Assert\" { Subtype = Test; procedure IsTrue(C: Boolean) begin end; }\n"
                    "codeunit 130440 \"My Random\" { }\n", 0);
    cr_assert_eq(l.P->diags.count, 0);
    cr_assert_null(al_program_find_id(l.P, AL_OBJ_CODEUNIT, 130002));
    cr_assert_not(al_program_find(l.P, AL_OBJ_CODEUNIT, "Library Assert")->builtin);
    cr_assert_null(al_program_find(l.P, AL_OBJ_CODEUNIT, "Library - Random"));
    cr_assert(al_program_find_id(l.P, AL_OBJ_CODEUNIT, 131004)->builtin);
}
