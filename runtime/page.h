/* runtime/page.h — running pages: page instances, their record, their
 * triggers in BC's order, and the client that drives them.
 *
 * A page opened by the client (`alrun page`, later TestPage) gets an
 * al_page_rt hung on its instance (al_instance.rt): the page's record
 * (Rec), whether it is open, its part pages, its background tasks.  The
 * client is the session's user: it opens pages, moves between records,
 * sets fields, invokes actions, lets time pass, and logs every event with
 * its timestamp (runtime/client.c renders and prints them).
 */
#ifndef AL_RUNTIME_PAGE_H
#define AL_RUNTIME_PAGE_H

#include <stdbool.h>
#include <stdint.h>
#include "interp/page.h"
#include "runtime/db.h"

struct al_client;
struct al_task;

/* Ordinals of the Action enum (RunModal's result): the system enum
 * "Action" in interp/resolve.c lists them in this order. */
enum { AL_ACTION_OK = 1, AL_ACTION_CANCEL = 2, AL_ACTION_LOOKUPOK = 3, AL_ACTION_LOOKUPCANCEL = 4, AL_ACTION_YES = 5,
       AL_ACTION_NO = 6 };

typedef struct al_page_rt {
    al_instance *inst;
    const al_page *page;
    struct al_client *client;
    al_exec *X;                      /* the parent session */
    bool open;
    bool is_part;
    struct al_page_rt *parent;       /* a part's host page */
    struct al_page_rt **parts;       /* part pages, in control order */
    al_control **part_controls;
    uint32_t nparts;
    const al_recordid *current;      /* the record shown, for cancelling tasks when it changes */
    uint32_t pending_tasks;          /* queued or running tasks of this page */
    bool inserting;                  /* a new record not inserted yet (al_page_new) */
    struct al_page_rt *opener;       /* the client's page when this one opened (back to it on close) */
    int32_t modal_action;            /* RunModal's result: AL_ACTION_*; once closed, the Action it closed with */
} al_page_rt;

/* The page's record (Rec), or NULL without a SourceTable. */
al_record *al_page_rec(const al_page_rt *p);

/* Opens page [obj] in session [X] for [client]: OnInit, OnOpenPage, the
 * first record (or the one whose primary key is [key], nkey values as
 * text), OnAfterGetRecord, OnAfterGetCurrRecord; parts open with it.
 * Errors are AL errors (the caller catches). */
al_page_rt *al_page_open(al_exec *X, struct al_client *client, al_object *obj, const char *const *key, int nkey);
/* Opens page [obj] on [inst] (a page variable's instance, NULL: a new
 * one) as Page.Run does: when [rec] is of the page's table, the page's
 * record takes its filters and opens on its primary key. */
al_page_rt *al_page_open_in(al_exec *X, struct al_client *client, al_object *obj, al_instance *inst, const al_record *rec);
/* The same on a new, empty record (TestPage.OpenNew): OnInit, OnOpenPage,
 * OnNewRecord, OnAfterGetCurrRecord. */
al_page_rt *al_page_open_new(al_exec *X, struct al_client *client, al_object *obj);
/* Moves to another record: which is '-', '+', '>' (next), '<' (previous)
 * or '=' (the buffer's key).  Returns false when there is none. */
bool al_page_move(al_page_rt *p, char which);
/* CurrPage.Update(): the record is read again and OnAfterGetRecord /
 * OnAfterGetCurrRecord run again. */
void al_page_refresh(al_page_rt *p);
/* Sets the field control [name] to [text] (Evaluate), runs its OnValidate
 * chain (the table field's, then the control's) and modifies the record. */
void al_page_set_field(al_page_rt *p, const char *name, const char *text);
/* A new record: the buffer cleared (the filters stay; a field filtered to
 * a single value, such as a part's link field, gets it), OnNewRecord; it is inserted
 * (OnInsertRecord, the table's OnInsert) when the user leaves it or saves. */
void al_page_new(al_page_rt *p);
/* The page's view changed (a filter set): the first record of the new
 * view, or an empty buffer when there is none (false). */
bool al_page_requery(al_page_rt *p);
/* Inserts the new record the page holds, if any. */
void al_page_save(al_page_rt *p);
/* Deletes the current record (OnDeleteRecord, the table's OnDelete) and
 * moves to the next one (or the previous). */
void al_page_delete(al_page_rt *p);
/* Runs a field control's OnDrillDown / OnAssistEdit / OnLookup triggers
 * ([which]: AL_CTRIG_*); when OnLookup returns true, the text it set goes
 * into the field as if typed in. */
void al_page_control_trigger(al_page_rt *p, const char *name, int which);
/* Runs action [name]'s OnAction triggers. */
void al_page_action(al_page_rt *p, const char *name);
/* Closes the page: OnQueryClosePage, OnClosePage; its tasks are cancelled.
 * The page closes with [modal_action] (0: OK), LookupOK / LookupCancel for
 * OK / Cancel when its instance is in lookup mode; modal_action keeps it. */
void al_page_close(al_page_rt *p);
/* Runs page trigger [t] (the page's, then extensions') with [args]. */
void al_page_trigger(al_page_rt *p, al_ptrig t, al_value *args);
/* The text a control shows: its value formatted, or "-" while the part
 * page waits for its background tasks. */
const char *al_page_control_text(al_page_rt *p, al_control *c);

#endif
