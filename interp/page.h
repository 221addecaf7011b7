/* interp/page.h — pages as the program sees them.
 *
 * A `page` object becomes an al_page when the program loads (page.c): its
 * properties (PageType, SourceTable, SourceTableView ...), its controls
 * (areas, groups, repeaters, fields, parts) and actions as trees, and its
 * triggers; every `pageextension` is merged in: controls placed with
 * addfirst/addlast/addafter/addbefore, changed with modify, moved with
 * movefirst/movelast/moveafter/movebefore; its variables, procedures and
 * triggers join the page (an extension's trigger runs after the page's).
 *
 * Page code sees an implicit `Rec` and `xRec` (the page's own globals,
 * slots 0 and 1, when it has a SourceTable) and `CurrPage` (the page
 * instance).  What a page does when it runs is the runtime's business
 * (runtime/page.c); this file only describes it.
 */
#ifndef AL_INTERP_PAGE_H
#define AL_INTERP_PAGE_H

#include "interp/exec.h"
#include "interp/table.h"

typedef enum al_ctl_kind {
    AL_CTL_AREA, AL_CTL_GROUP, AL_CTL_REPEATER, AL_CTL_FIELD, AL_CTL_PART, AL_CTL_ACTION,
    AL_CTL_OTHER                     /* label, usercontrol, systempart, separator, cuegroup ... */
} al_ctl_kind;

/* Control triggers. */
enum { AL_CTRIG_VALIDATE, AL_CTRIG_DRILLDOWN, AL_CTRIG_ASSISTEDIT, AL_CTRIG_LOOKUP, AL_CTRIG_ACTION, AL_CTRIG_COUNT };

typedef struct al_control {
    al_ctl_kind kind;
    const char *name;
    const char *caption;             /* Caption, else the field's caption, else the name */
    const al_node *source;           /* a field's source expression; a part's page name */
    struct al_ir *expr;              /* the source expression compiled in page context */
    struct al_proc *expr_proc;       /* the frame the expression runs in */
    const al_field *field;           /* when the source is a field of Rec */
    struct al_object *part_page;     /* a part's page */
    bool visible, editable;
    int8_t dp_min, dp_max;           /* DecimalPlaces = min:max, else the field's; -1: not set */
    struct al_proc **triggers[AL_CTRIG_COUNT];
    uint32_t ntriggers[AL_CTRIG_COUNT];
    struct al_control **children;
    uint32_t nchildren;
    struct al_control *parent;
    const al_node *decl;
} al_control;

/* Page triggers, each a list: the page's own first, then extensions'. */
typedef enum al_ptrig {
    AL_PT_INIT, AL_PT_OPEN, AL_PT_CLOSE, AL_PT_QUERYCLOSE, AL_PT_FINDRECORD, AL_PT_NEXTRECORD,
    AL_PT_AFTERGETRECORD, AL_PT_AFTERGETCURRRECORD, AL_PT_NEWRECORD, AL_PT_INSERTRECORD,
    AL_PT_MODIFYRECORD, AL_PT_DELETERECORD, AL_PT_PBT_COMPLETED, AL_PT_PBT_ERROR, AL_PT_COUNT
} al_ptrig;

typedef struct al_page {
    struct al_object *obj;
    const char *page_type;           /* Card, List, ListPart, CardPart, RoleCenter, ... */
    const char *caption;
    struct al_object *source_table;  /* NULL: no source table */
    bool source_temporary;           /* SourceTableTemporary */
    const struct al_text *table_view;/* SourceTableView, as written */
    bool editable, insert_allowed, modify_allowed, delete_allowed;
    al_control *layout;              /* a root holding the areas */
    al_control *actions;
    struct al_proc **triggers[AL_PT_COUNT];
    uint32_t ntriggers[AL_PT_COUNT];
    int32_t rec_slot, xrec_slot;     /* the implicit Rec/xRec globals, or -1 */
} al_page;

/* Is [t] a part type (ListPart, CardPart, HeadlinePart ...)? */
bool al_page_is_part(const al_page *p);
/* The control named [name] under [root] (depth first), or NULL. */
al_control *al_page_control(al_control *root, const char *name);
/* The name of trigger [t]: "OnOpenPage" ... */
const char *al_page_trigger_name(al_ptrig t);

#endif
