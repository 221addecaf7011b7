/* interp/events.h — AL events: publishers, subscribers, bindings.
 *
 * A procedure with [IntegrationEvent], [BusinessEvent] or [InternalEvent]
 * is a publisher: its body is replaced by one IR_RAISE statement that runs
 * its subscribers.  A codeunit procedure with [EventSubscriber(...)] is put
 * on its publisher's list when the program is loaded, so raising an event
 * never looks a name up.  Tables publish their trigger events
 * (OnBeforeInsertEvent ... OnAfterValidateEvent); the record methods raise
 * them with al_events_table.  docs/events.md says what BC does and where
 * alrun chose.
 *
 * Includes: interp/ only.
 */
#ifndef AL_INTERP_EVENTS_H
#define AL_INTERP_EVENTS_H

#include "interp/exec.h"
#include "interp/table.h"

/* The trigger events objects publish without declaring them: a table's
 * (AL_TEV_*) and a page's (AL_PEV_*), in al_subscriber.table_event. */
enum {
    AL_TEV_BEFORE_INSERT, AL_TEV_AFTER_INSERT,
    AL_TEV_BEFORE_MODIFY, AL_TEV_AFTER_MODIFY,
    AL_TEV_BEFORE_DELETE, AL_TEV_AFTER_DELETE,
    AL_TEV_BEFORE_RENAME, AL_TEV_AFTER_RENAME,
    AL_TEV_BEFORE_VALIDATE, AL_TEV_AFTER_VALIDATE,
    AL_PEV_OPEN, AL_PEV_CLOSE, AL_PEV_QUERYCLOSE, AL_PEV_AFTERGETRECORD, AL_PEV_AFTERGETCURRRECORD,
    AL_PEV_NEWRECORD, AL_PEV_INSERTRECORD, AL_PEV_MODIFYRECORD, AL_PEV_DELETERECORD,
    AL_PEV_BEFORE_ACTION, AL_PEV_AFTER_ACTION, AL_PEV_BEFORE_VALIDATE, AL_PEV_AFTER_VALIDATE,
    AL_TEV_COUNT
};

/* A trigger event's arguments, by position in the array the raiser
 * passes (subscribers take them by these names). */
enum {
    AL_TA_REC, AL_TA_XREC, AL_TA_RUNTRIGGER, AL_TA_CURRFIELDNO, AL_TA_BELOWXREC,
    AL_TA_ALLOWCLOSE, AL_TA_ALLOWINSERT, AL_TA_ALLOWMODIFY, AL_TA_ALLOWDELETE,
    AL_TA_COUNT
};

/* After every body is compiled: marks publishers (their bodies become
 * IR_RAISE) and puts every subscriber on its event's list.  Reports
 * subscribers to an event of the user's objects that does not exist, and
 * parameters the event does not have. */
void al_events_link(al_program *P);

/* The body of publisher [pub], whose frame is X's innermost: runs its
 * subscribers with its arguments. */
void al_events_raise(al_exec *X, al_proc *pub);

/* Table trigger event [which] (AL_TEV_*) of [r]: [run_trigger] is the
 * method's RunTrigger, [field] the validated field's buffer index (validate
 * events) or -1.  Costs one test when the table has no subscribers. */
void al_events_table_raise(al_exec *X, al_record *r, int which, bool run_trigger, int32_t field);
static inline void al_events_table(al_exec *X, al_record *r, int which, bool run_trigger, int32_t field)
{
    if (__builtin_expect(r->table->obj->ntable_subs != 0, 0)) al_events_table_raise(X, r, which, run_trigger, field);
}
/* True when [r]'s table has subscribers to event [which]. */
bool al_events_table_has(const al_record *r, int which);
/* Trigger event [which] of [obj] (a page's) with [args] (AL_TA_COUNT
 * values; var arguments are written back there); [element] the control
 * or action an action or validate event is for, else NULL. */
void al_events_object_raise(al_exec *X, const al_object *obj, int which, al_value *args, const char *element);

/* BindSubscription / UnbindSubscription on instance [in]: false, with a
 * reason in *why, when it cannot be done. */
bool al_events_bind(al_exec *X, al_instance *in, const char **why);
bool al_events_unbind(al_exec *X, al_instance *in, const char **why);
/* A frame of [proc] ends: bindings of instances held only by its local
 * variables end with it, as a BC binding ends with its variable. */
void al_events_frame_end(al_exec *X, const al_proc *proc, const al_instance *self, const al_value *slots);
/* Ends the bindings of instances not held by the globals of [keep] or
 * [keep2] (either may be NULL): at the end of a test method its locals are
 * gone, while the test codeunit's and the test runner's globals stay. */
void al_events_unbind_except(al_exec *X, const al_instance *keep, const al_instance *keep2);

#endif
