/* runtime/page.c — running pages (page.h).
 *
 * BC's order when a page opens (bc-behaviour.md §1.8): OnInit, OnOpenPage,
 * finding the record (OnFindRecord if declared, else the record asked for
 * or the first in the view), OnAfterGetRecord, then OnAfterGetCurrRecord
 * — and again OnAfterGetRecord + OnAfterGetCurrRecord on every move to
 * another record.  Part pages open after their host page and follow its
 * record through SubPageLink (field/const/filter links); after every move
 * of the host they show the first record of their new view.
 * When the page's record changes, its background tasks for the old record
 * are cancelled (the PBT rule).
 */
#include "runtime/page.h"
#include "interp/events.h"
#include "runtime/client.h"
#include "runtime/pbt.h"
#include "runtime/session.h"
#include "runtime/filter.h"
#include "runtime/trace.h"
#include "interp/convert.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <string.h>
#include <strings.h>

static bool write_allowed(al_page_rt *p, al_ptrig t, al_value *args);
static void refresh_parts(al_page_rt *p);
static al_page_rt *open_page(al_exec *X, struct al_client *client, al_object *obj, const char *const *key, int nkey,
                             al_page_rt *host, const al_control *ctl, al_instance *inst, const al_record *from);

al_record *al_page_rec(const al_page_rt *p)
{
    return p->page->rec_slot >= 0 ? p->inst->globals[p->page->rec_slot].u.rec : NULL;
}

static al_record *xrec(const al_page_rt *p)
{
    return p->page->xrec_slot >= 0 ? p->inst->globals[p->page->xrec_slot].u.rec : NULL;
}

/* Calls trigger [proc] of [p] (named [name]; [control]: the control it
 * belongs to, or NULL), recording it in the trace as a span of the page's
 * session; [task]: the background task whose end it reports, or 0. */
static al_value call_trigger(al_page_rt *p, al_proc *proc, al_value *args, const char *name, const char *control, int task)
{
    al_trace *T = al_trace_of(p->X);
    if (!T) return al_exec_call(p->X, proc, p->inst, args);
    const char *object = proc->declared_in ? proc->declared_in->name : p->page->obj->name;
    if (control)
        al_trace_enter(T, al_trace_now(T), p->X->depth, task, "trigger",
                       AL_TRACE_KVS(AL_TT("trigger", name), AL_TT("object", object), AL_TT("page", p->page->obj->name),
                                    AL_TT("control", control)));
    else
        al_trace_enter(T, al_trace_now(T), p->X->depth, task, "trigger",
                       AL_TRACE_KVS(AL_TT("trigger", name), AL_TT("object", object), AL_TT("page", p->page->obj->name)));
    al_value v = al_exec_call(p->X, proc, p->inst, args);
    al_trace_leave(T, al_trace_now(T), p->X->depth);
    return v;
}

static void trace_page(al_page_rt *p, const char *event, const al_page_rt *host)
{
    al_trace *T = al_trace_of(p->X);
    if (!T) return;
    if (host)
        al_trace_event(T, al_trace_now(T), 0, 0, event, AL_TI("page_id", p->page->obj->id), AL_TT("page", p->page->obj->name),
                       AL_TT("part_of", host->page->obj->name));
    else
        al_trace_event(T, al_trace_now(T), 0, 0, event, AL_TI("page_id", p->page->obj->id), AL_TT("page", p->page->obj->name));
}

/* The page's trigger event [ev] (AL_PEV_*, interp/events.h) for its
 * subscribers, after the triggers: Rec, xRec, BelowxRec, and argument [extra_arg]
 * (AL_TA_*) from *extra, written back (AllowClose, AllowInsert ...). */
static void page_event(al_page_rt *p, int ev, const char *element, bool below, int extra_arg, al_value *extra)
{
    const al_object *o = p->page->obj;
    if (__builtin_expect(!o->ntable_subs, 1)) return;
    al_value args[AL_TA_COUNT] = {{0}};
    al_record *r = al_page_rec(p);
    if (r) {
        args[AL_TA_REC] = al_recordv(r);
        args[AL_TA_XREC] = al_recordv(al_record_x(p->X, r));
    }
    args[AL_TA_BELOWXREC] = al_bool(below);
    if (extra) args[extra_arg] = *extra;
    al_events_object_raise(p->X, o, ev, args, element);
    if (extra) *extra = args[extra_arg];
}

void al_page_trigger(al_page_rt *p, al_ptrig t, al_value *args)
{
    const al_page *pg = p->page;
    /* the background-task triggers get the task's ID first */
    int task = (t == AL_PT_PBT_COMPLETED || t == AL_PT_PBT_ERROR) && args ? (int)args[0].u.i : 0;
    for (uint32_t i = 0; i < pg->ntriggers[t]; i++) {
        const al_object *from = pg->triggers[t][i]->declared_in;
        if (p->client) al_client_event(p->client, "%s: %s", from ? from->name : p->page->obj->name, al_page_trigger_name(t));
        call_trigger(p, pg->triggers[t][i], args, al_page_trigger_name(t), NULL, task);
    }
    switch (t) {
    case AL_PT_OPEN: page_event(p, AL_PEV_OPEN, NULL, false, 0, NULL); break;
    case AL_PT_CLOSE: page_event(p, AL_PEV_CLOSE, NULL, false, 0, NULL); break;
    case AL_PT_QUERYCLOSE: {
        al_value allow = al_bool(true);
        page_event(p, AL_PEV_QUERYCLOSE, NULL, false, AL_TA_ALLOWCLOSE, &allow);
        break;
    }
    case AL_PT_AFTERGETRECORD: page_event(p, AL_PEV_AFTERGETRECORD, NULL, false, 0, NULL); break;
    case AL_PT_AFTERGETCURRRECORD: page_event(p, AL_PEV_AFTERGETCURRRECORD, NULL, false, 0, NULL); break;
    case AL_PT_NEWRECORD: {
        page_event(p, AL_PEV_NEWRECORD, NULL, args && args[0].u.b, 0, NULL);
        break;
    }
    default: break;
    }
}

/* SourceTableView = sorting(...) where(Field = const(X), Field = filter(Y)):
 * the page's record gets those filters, in filter group 2 as in BC. */
static void apply_view(al_page_rt *p)
{
    al_record *r = al_page_rec(p);
    const al_text *tv = p->page->table_view;
    if (!r || !tv) return;
    /* a small reader for the common forms; the rest is left alone */
    const char *s = tv->s;
    const char *w = strstr(s, "where");
    if (!w) w = strstr(s, "WHERE");
    if (!w) return;
    w = strchr(w, '(');
    if (!w) return;
    w++;
    while (*w) {
        while (*w == ' ' || *w == ',') w++;
        const char *name = w;
        size_t nlen;
        if (*w == '"') {
            name = ++w;
            while (*w && *w != '"') w++;
            nlen = (size_t)(w - name);
            if (*w) w++;
        } else {
            while (*w && *w != '=' && *w != ' ') w++;
            nlen = (size_t)(w - name);
        }
        while (*w == ' ') w++;
        if (*w != '=') return;
        w++;
        while (*w == ' ') w++;
        bool is_const = !strncasecmp(w, "const(", 6);
        bool is_filter = !strncasecmp(w, "filter(", 7);
        if (!is_const && !is_filter) return;
        w = strchr(w, '(') + 1;
        const char *v = w;
        int depth = 1;
        while (*w && depth) {
            if (*w == '(') depth++;
            else if (*w == ')') depth--;
            if (depth) w++;
        }
        char *val = al_strndup(v, (size_t)(w - v));
        if (*w) w++;
        const al_field *f = al_table_field(r->table, al_strndup(name, nlen));
        if (!f) continue;
        al_filter_field ff = {f->type, f->caption, r->table->caption};
        if (!r->filters2) r->filters2 = al_alloc(sizeof *r->filters2 * (r->table->nfields + 1));
        if (is_const) {
            al_value arg = al_textv(AL_TY_TEXT, al_text_cstr(val));
            r->filters2[f->index] = al_filter_parse(p->X, &ff, al_text_cstr("%1"), &arg, 1);
        } else {
            r->filters2[f->index] = al_filter_parse(p->X, &ff, al_text_cstr(val), NULL, 0);
        }
        if (*w == ')') return;
    }
}

/* Rec now holds another record (or the same one read again): tasks
 * enqueued for a different record are cancelled, xRec follows. */
static void new_current(al_page_rt *p)
{
    al_record *r = al_page_rec(p);
    if (!r) return;
    const al_recordid *now = al_record_id(r);
    al_session_rt *rt = p->X->rt;
    if (p->current && al_recordid_cmp(p->current, now) != 0 && rt->pbt)
        al_pbt_cancel_page(rt->pbt, p, true, "the page's record changed");
    p->current = now;
    al_record *x = xrec(p);
    if (x) al_record_assign(x, r);
}

static bool is_list(const al_page *pg)
{
    static const char *const lists[] = {"List", "ListPart", "Worksheet", "ListPlus", NULL};
    for (const char *const *s = lists; *s; s++)
        if (al_name_eq(pg->page_type, *s)) return true;
    return false;
}

/* How many rows a list page reads for its first screen. */
enum { LIST_ROWS = 50 };

/* The record changed: on a list, OnAfterGetRecord for every row shown
 * (each row is Rec in turn, so a task enqueued for one row is cancelled by
 * the next), then the current row again; on a card, the one record.  Then
 * OnAfterGetCurrRecord. */
static void got_record(al_page_rt *p, bool read_rows)
{
    al_record *r = al_page_rec(p);
    if (r && is_list(p->page) && read_rows) {
        al_record *keep = al_record_clone(p->X, r);
        al_record *it = al_record_clone(p->X, r);
        int rows = 0;
        for (bool more = al_store_find(p->X, p->X->db, it, '-'); more && rows < LIST_ROWS;
             more = al_store_next(p->X, p->X->db, it, 1) != 0, rows++) {
            al_record_assign(r, it);
            new_current(p);
            al_page_trigger(p, AL_PT_AFTERGETRECORD, NULL);
        }
        al_record_assign(r, keep);
        new_current(p);
    } else if (r && is_list(p->page)) {                     /* another row selected */
        new_current(p);
    } else {
        new_current(p);
        al_page_trigger(p, AL_PT_AFTERGETRECORD, NULL);
    }
    al_page_trigger(p, AL_PT_AFTERGETCURRRECORD, NULL);
    refresh_parts(p);                                       /* linked parts follow the record */
}

static bool find(al_page_rt *p, char which)
{
    al_record *r = al_page_rec(p);
    if (!r) return false;
    al_store *s = p->X->db;
    if ((which == '>' || which == '<') && p->page->ntriggers[AL_PT_NEXTRECORD]) {
        /* OnNextRecord(Steps): Integer replaces the default move */
        const al_page *pg = p->page;
        al_value arg = al_int(which == '>' ? 1 : -1), v = al_int(0);
        for (uint32_t i = 0; i < pg->ntriggers[AL_PT_NEXTRECORD]; i++)
            v = call_trigger(p, pg->triggers[AL_PT_NEXTRECORD][i], &arg, al_page_trigger_name(AL_PT_NEXTRECORD), NULL, 0);
        return v.tag == AL_TY_INTEGER && v.u.i != 0;
    }
    if (which == '>' || which == '<') return al_store_next(p->X, s, r, which == '>' ? 1 : -1) != 0;
    if (p->page->ntriggers[AL_PT_FINDRECORD]) {
        /* OnFindRecord(Which): Boolean replaces the default positioning */
        al_value arg = al_textv(AL_TY_TEXT, al_text_cstr(which == '-' ? "-" : which == '+' ? "+" : "=><"));
        const al_page *pg = p->page;
        bool found = false;
        for (uint32_t i = 0; i < pg->ntriggers[AL_PT_FINDRECORD]; i++) {
            al_value v = call_trigger(p, pg->triggers[AL_PT_FINDRECORD][i], &arg, al_page_trigger_name(AL_PT_FINDRECORD), NULL, 0);
            found = v.tag == AL_TY_BOOLEAN && v.u.b;
        }
        return found;
    }
    if (which == '=') return al_store_find(p->X, s, r, '=') || al_store_find(p->X, s, r, '>')
                           || al_store_find(p->X, s, r, '<');
    return al_store_find(p->X, s, r, which);
}

/* SubPageLink = Field = field(HostField), Field = const(X), Field =
 * filter(X), ...: the part's record follows its host's (in filter group 4
 * in BC; here the second filter set, apart from the user's). */
static void apply_links(al_page_rt *part, al_page_rt *host, const al_control *c)
{
    al_record *r = al_page_rec(part), *hr = al_page_rec(host);
    if (!r || !c->decl) return;
    al_nodes ms = c->decl->as.element.members;
    for (uint32_t i = 0; i < ms.count; i++) {
        const al_node *m = ms.items[i];
        if (m->kind != AST_PROPERTY || !al_ast_name_is(m->as.property.name, "SubPageLink")) continue;
        for (uint32_t k = 0; k < m->as.property.values.count; k++) {
            const al_node *v = m->as.property.values.items[k];
            if (v->kind != AST_BINARY || v->op != AL_OP_EQ || v->as.bin.lhs->kind != AST_NAME) continue;
            const al_field *f = al_table_field(r->table, v->as.bin.lhs->as.name.text);
            if (!f) continue;
            al_filter_field ff = {f->type, f->caption, r->table->caption};
            const al_node *rv = v->as.bin.rhs;
            al_filter *flt = NULL;
            if (rv->kind == AST_FILTER) {
                flt = al_filter_parse(part->X, &ff, al_text_cstr(rv->as.lit.text), NULL, 0);
            } else if (rv->kind == AST_CALL && rv->as.call.args.count == 1) {
                const al_node *a = rv->as.call.args.items[0];
                const char *word = rv->as.call.callee->kind == AST_NAME ? rv->as.call.callee->as.name.text : "";
                const char *text = a->kind == AST_NAME ? a->as.name.text : a->kind == AST_TEXT || a->kind == AST_FILTER
                                   ? a->as.lit.text : NULL;
                if (al_name_eq(word, "field") && text && hr) {
                    const al_field *hf = al_table_field(hr->table, text);
                    if (hf) flt = al_filter_range(part->X, &ff, al_convert(part->X, hr->fields[hf->index], f->type), NULL);
                } else if (al_name_eq(word, "const") && text) {
                    al_value arg = al_textv(AL_TY_TEXT, al_text_cstr(text));
                    flt = al_filter_parse(part->X, &ff, al_text_cstr("%1"), &arg, 1);
                } else if (al_name_eq(word, "filter") && text) {
                    flt = al_filter_parse(part->X, &ff, al_text_cstr(text), NULL, 0);
                }
            }
            if (!flt) continue;
            if (!r->filters2) r->filters2 = al_alloc(sizeof *r->filters2 * (r->table->nfields + 1));
            r->filters2[f->index] = flt;
            r->view++;
        }
    }
}

/* The host's record changed: each linked part shows the first record of
 * its new view. */
static void refresh_parts(al_page_rt *p)
{
    for (uint32_t i = 0; i < p->nparts; i++) {
        al_page_rt *part = p->parts[i];
        if (!part->open) continue;
        apply_links(part, p, p->part_controls[i]);
        al_record *r = al_page_rec(part);
        if (!r) continue;
        if (find(part, '-')) got_record(part, true);
        else {
            al_record_clear(part->X, r);
            apply_links(part, p, p->part_controls[i]);
            new_current(part);
        }
    }
}

static void open_parts(al_page_rt *p, al_control *c)
{
    if (!c) return;
    if (c->kind == AL_CTL_PART && c->part_page && c->part_page->page && c->visible) {
        al_page_rt *part = open_page(p->X, p->client, c->part_page, NULL, 0, p, c, NULL, NULL);
        part->parent = p;
        part->is_part = true;
        p->parts = al_realloc(p->parts, p->nparts * sizeof *p->parts, (p->nparts + 1) * sizeof *p->parts);
        p->part_controls = al_realloc(p->part_controls, p->nparts * sizeof *p->part_controls,
                                      (p->nparts + 1) * sizeof *p->part_controls);
        p->parts[p->nparts] = part;
        p->part_controls[p->nparts++] = c;
        return;
    }
    for (uint32_t i = 0; i < c->nchildren; i++) open_parts(p, c->children[i]);
}

al_page_rt *al_page_open(al_exec *X, struct al_client *client, al_object *obj, const char *const *key, int nkey)
{
    return open_page(X, client, obj, key, nkey, NULL, NULL, NULL, NULL);
}

al_page_rt *al_page_open_in(al_exec *X, struct al_client *client, al_object *obj, al_instance *inst, const al_record *rec)
{
    return open_page(X, client, obj, NULL, 0, NULL, NULL, inst, rec);
}

/* [host]/[ctl]: a part page opening inside its host, linked to its record.
 * [inst]: the page variable's instance to open (else a new one); [from]:
 * a record whose filters the page's record takes and whose primary key it
 * opens on (Page.Run(Id, Rec)). */
static al_page_rt *open_page(al_exec *X, struct al_client *client, al_object *obj, const char *const *key, int nkey,
                             al_page_rt *host, const al_control *ctl, al_instance *inst, const al_record *from)
{
    al_page_rt *p = al_alloc(sizeof *p);
    p->X = X;
    p->client = client;
    p->page = obj->page;
    p->inst = inst ? inst : al_exec_instance(X, obj);
    p->inst->rt = p;
    p->open = true;
    p->is_part = al_page_is_part(obj->page);
    if (client) al_client_event(client, "open page %lld %s", (long long)obj->id, obj->name);
    trace_page(p, "page-open", host);
    al_record *own = al_page_rec(p);
    bool at_key = false;
    if (own && from && own->table == from->table) {
        if (own != from) {
            al_record_assign(own, from);
            memcpy(own->filters, from->filters, sizeof *own->filters * own->table->nfields);
            own->view++;
        }
        at_key = true;
    }
    apply_view(p);
    if (host) apply_links(p, host, ctl);
    al_page_trigger(p, AL_PT_INIT, NULL);
    al_page_trigger(p, AL_PT_OPEN, NULL);
    al_record *r = al_page_rec(p);
    bool found = false;
    if (r && nkey > 0) {
        const al_key *pk = &r->table->keys[0];
        for (int i = 0; i < nkey && (uint32_t)i < pk->nfields; i++) {
            const al_field *f = &r->table->fields[pk->fields[i]];
            al_value v = r->fields[f->index];
            al_fail fail = {0};
            if (!al_evaluate(X, &v, f->type, al_text_cstr(key[i]), 0, &fail)) al_throw_msg(X, fail.code, fail.msg);
            r->fields[f->index] = v;
        }
        found = find(p, '=');
    } else if (r && at_key) {
        found = find(p, '=');
    } else if (r) {
        found = find(p, '-');
    }
    if (found || !r) got_record(p, true);
    else if (client) al_client_event(client, "%s: no record to show", obj->name);
    open_parts(p, p->page->layout);
    return p;
}

/* CurrPage.Update: the client reads the rows again. */
void al_page_refresh(al_page_rt *p)
{
    al_record *r = al_page_rec(p);
    if (r && r->rowid && !is_list(p->page)) al_store_get(p->X, p->X->db, r, NULL);
    got_record(p, true);
}

bool al_page_move(al_page_rt *p, char which)
{
    al_page_save(p);
    if (!find(p, which)) return false;
    got_record(p, false);
    return true;
}

void al_page_set_field(al_page_rt *p, const char *name, const char *text)
{
    al_control *c = al_page_control(p->page->layout, name);
    if (!c || c->kind != AL_CTL_FIELD) al_throw(p->X, NULL, "The page %s has no field %s.", p->page->obj->name, name);
    if (!c->editable || !p->page->editable) al_throw(p->X, NULL, "The field %s on page %s cannot be edited.", c->caption, p->page->obj->name);
    al_record *r = al_page_rec(p);
    if (c->field && r) {
        al_value v = r->fields[c->field->index];
        al_fail fail = {0};
        if (!al_evaluate(p->X, &v, c->field->type, al_text_cstr(text), 0, &fail)) al_throw_msg(p->X, fail.code, fail.msg);
        al_record *x = al_record_x(p->X, r);
        memcpy(x->fields, r->fields, sizeof *r->fields * r->table->nfields);
        r->fields[c->field->index] = v;
        al_record_validate(p->X, r, c->field);
    } else if (c->expr && c->expr->op == IR_GLOBAL) {
        /* a page variable shown as a field */
        al_value *slot = &p->inst->globals[c->expr->slot];
        al_value v = *slot;
        al_fail fail = {0};
        if (!al_evaluate(p->X, &v, c->expr->type, al_text_cstr(text), 0, &fail)) al_throw_msg(p->X, fail.code, fail.msg);
        *slot = v;
    } else {
        al_throw(p->X, NULL, "The field %s on page %s cannot be edited.", c->caption, p->page->obj->name);
    }
    page_event(p, AL_PEV_BEFORE_VALIDATE, c->name, false, 0, NULL);
    for (uint32_t i = 0; i < c->ntriggers[AL_CTRIG_VALIDATE]; i++)
        call_trigger(p, c->triggers[AL_CTRIG_VALIDATE][i], NULL, "OnValidate", c->name, 0);
    page_event(p, AL_PEV_AFTER_VALIDATE, c->name, false, 0, NULL);
    if (c->field && r && p->page->modify_allowed && r->rowid && !p->inserting
        && write_allowed(p, AL_PT_MODIFYRECORD, NULL)) {
        al_events_table(p->X, r, AL_TEV_BEFORE_MODIFY, true, -1);
        al_record_run_triggers(p->X, r, AL_TRIG_MODIFY);
        al_record_stamp(p->X, r, false, false);
        al_store_modify(p->X, p->X->db, r);
        al_events_table(p->X, r, AL_TEV_AFTER_MODIFY, true, -1);
    }
}

/* OnInsertRecord / OnModifyRecord / OnDeleteRecord(...): Boolean.  The
 * write goes ahead unless a trigger says exit(false); one that ends without
 * exit lets it (docs/page-client.md: BC's reading is not in our reference). */
static bool write_allowed(al_page_rt *p, al_ptrig t, al_value *args)
{
    const al_page *pg = p->page;
    bool ok = true;
    for (uint32_t i = 0; i < pg->ntriggers[t]; i++) {
        const al_object *from = pg->triggers[t][i]->declared_in;
        if (p->client) al_client_event(p->client, "%s: %s", from ? from->name : pg->obj->name, al_page_trigger_name(t));
        al_value v = call_trigger(p, pg->triggers[t][i], args, al_page_trigger_name(t), NULL, 0);
        if (p->X->exited && v.tag == AL_TY_BOOLEAN && !v.u.b) ok = false;
    }
    /* OnInsertRecordEvent(.., var AllowInsert) and the like may refuse too */
    al_value allow = al_bool(ok);
    if (t == AL_PT_INSERTRECORD) {
        page_event(p, AL_PEV_INSERTRECORD, NULL, args && args[0].u.b, AL_TA_ALLOWINSERT, &allow);
    } else if (t == AL_PT_MODIFYRECORD) {
        page_event(p, AL_PEV_MODIFYRECORD, NULL, false, AL_TA_ALLOWMODIFY, &allow);
    } else if (t == AL_PT_DELETERECORD) {
        page_event(p, AL_PEV_DELETERECORD, NULL, false, AL_TA_ALLOWDELETE, &allow);
    }
    return allow.u.b;
}

/* The buffer cleared, the view (filters, key) kept; a field filtered to
 * one value gets it (a part's SubPageLink fields). */
static void clear_buffer(al_page_rt *p, al_record *r)
{
    uint32_t n = r->table->nfields;
    al_filter **f1 = al_alloc(sizeof *f1 * (n + 1)), **f2 = r->filters2;
    memcpy(f1, r->filters, sizeof *f1 * n);
    uint32_t key = r->key;
    bool desc = r->descending;
    al_record_clear(p->X, r);
    memcpy(r->filters, f1, sizeof *f1 * n);
    r->filters2 = f2;
    r->key = key;
    r->descending = desc;
    for (uint32_t i = 0; i < n; i++) {
        const al_filter *flt = f2 && f2[i] ? f2[i] : f1[i];
        al_value lo, hi;
        bool has_lo, has_hi;
        if (!flt || !al_filter_bounds(flt, &lo, &has_lo, &hi, &has_hi) || !has_lo || !has_hi) continue;
        const al_type *t = r->table->fields[i].type;
        if (!al_text_eq(al_format(p->X, lo, t, 0, 0, NULL), al_format(p->X, hi, t, 0, 0, NULL))) continue;
        r->fields[i] = al_convert(p->X, lo, t);
    }
}

void al_page_new(al_page_rt *p)
{
    al_record *r = al_page_rec(p);
    if (!r) al_throw(p->X, NULL, "The page %s has no records.", p->page->obj->name);
    if (!p->page->insert_allowed || !p->page->editable)
        al_throw(p->X, NULL, "You cannot insert records on page %s.", p->page->obj->name);
    al_page_save(p);
    clear_buffer(p, r);
    p->inserting = true;
    al_page_trigger(p, AL_PT_NEWRECORD, (al_value[]){al_bool(false)});
}

bool al_page_requery(al_page_rt *p)
{
    al_page_save(p);
    al_record *r = al_page_rec(p);
    if (!r) return false;
    if (find(p, '-')) {
        got_record(p, true);
        return true;
    }
    clear_buffer(p, r);
    p->current = NULL;
    if (p->client) al_client_event(p->client, "%s: no record to show", p->page->obj->name);
    refresh_parts(p);
    return false;
}

void al_page_save(al_page_rt *p)
{
    if (!p->inserting) return;
    al_record *r = al_page_rec(p);
    p->inserting = false;
    if (write_allowed(p, AL_PT_INSERTRECORD, (al_value[]){al_bool(false)})) {
        al_events_table(p->X, r, AL_TEV_BEFORE_INSERT, true, -1);
        al_record_run_triggers(p->X, r, AL_TRIG_INSERT);
        al_record_stamp(p->X, r, true, false);
        if (!al_store_insert(p->X, p->X->db, r))
            al_throw(p->X, "DB:RecordExists", "The record in table %s already exists.", r->table->caption);
        al_events_table(p->X, r, AL_TEV_AFTER_INSERT, true, -1);
    }
    got_record(p, false);
}

void al_page_delete(al_page_rt *p)
{
    al_record *r = al_page_rec(p);
    if (!r || !r->rowid) al_throw(p->X, NULL, "There is no record to delete on page %s.", p->page->obj->name);
    if (!p->page->delete_allowed || !p->page->editable)
        al_throw(p->X, NULL, "You cannot delete records on page %s.", p->page->obj->name);
    if (write_allowed(p, AL_PT_DELETERECORD, NULL)) {
        al_events_table(p->X, r, AL_TEV_BEFORE_DELETE, true, -1);
        al_record_run_triggers(p->X, r, AL_TRIG_DELETE);
        if (!al_store_delete(p->X, p->X->db, r)) al_throw(p->X, NULL, "The record was deleted by someone else.");
        al_events_table(p->X, r, AL_TEV_AFTER_DELETE, true, -1);
    }
    if (!find(p, '>') && !find(p, '<')) {
        al_record_clear(p->X, r);
        p->current = NULL;
        if (p->client) al_client_event(p->client, "%s: no record to show", p->page->obj->name);
        return;
    }
    got_record(p, false);
}

void al_page_control_trigger(al_page_rt *p, const char *name, int which)
{
    al_control *c = al_page_control(p->page->layout, name);
    if (!c || c->kind != AL_CTL_FIELD) al_throw(p->X, NULL, "The page %s has no field %s.", p->page->obj->name, name);
    for (uint32_t i = 0; i < c->ntriggers[which]; i++) {
        /* OnLookup(var Text: Text): Boolean gets a text to fill in */
        al_value text = al_textv(AL_TY_TEXT, AL_TEXT_EMPTY), arg = {.tag = AL_TAG_REF};
        arg.u.ref = &text;
        al_proc *t = c->triggers[which][i];
        al_value ok = call_trigger(p, t, t->nparams ? &arg : NULL,
                                   which == AL_CTRIG_LOOKUP ? "OnLookup" : which == AL_CTRIG_DRILLDOWN ? "OnDrillDown" : "OnAssistEdit",
                                   c->name, 0);
        /* OnLookup returning true: the text goes into the field (validated) */
        if (which == AL_CTRIG_LOOKUP && ok.tag == AL_TY_BOOLEAN && ok.u.b && c->field)
            al_page_set_field(p, name, text.u.text->s);
    }
}

void al_page_action(al_page_rt *p, const char *name)
{
    al_control *c = al_page_control(p->page->actions, name);
    if (!c || c->kind != AL_CTL_ACTION) al_throw(p->X, NULL, "The page %s has no action %s.", p->page->obj->name, name);
    page_event(p, AL_PEV_BEFORE_ACTION, c->name, false, 0, NULL);
    for (uint32_t i = 0; i < c->ntriggers[AL_CTRIG_ACTION]; i++)
        call_trigger(p, c->triggers[AL_CTRIG_ACTION][i], NULL, "OnAction", c->name, 0);
    page_event(p, AL_PEV_AFTER_ACTION, c->name, false, 0, NULL);
}

void al_page_close(al_page_rt *p)
{
    if (!p->open) return;
    al_page_save(p);
    for (uint32_t i = 0; i < p->nparts; i++) al_page_close(p->parts[i]);
    al_session_rt *rt = p->X->rt;
    if (rt->pbt) al_pbt_cancel_page(rt->pbt, p, false, "the page closed");
    /* in lookup mode OK and Cancel are LookupOK and LookupCancel, for
     * OnQueryClosePage and for RunModal's result alike */
    int32_t action = p->modal_action ? p->modal_action : AL_ACTION_OK;
    if (p->inst->lookup_mode) action = action == AL_ACTION_OK ? AL_ACTION_LOOKUPOK
                                     : action == AL_ACTION_CANCEL ? AL_ACTION_LOOKUPCANCEL : action;
    p->modal_action = action;
    al_page_trigger(p, AL_PT_QUERYCLOSE, (al_value[]){al_ordinal(AL_TY_ENUM, action)});
    al_page_trigger(p, AL_PT_CLOSE, NULL);
    p->open = false;
    if (p->client) al_client_event(p->client, "close page %s", p->page->obj->name);
    trace_page(p, "page-close", p->parent);
}

typedef struct eval_req { al_page_rt *p; al_control *c; al_value v; } eval_req;

static void do_eval(al_exec *X, void *ud)
{
    eval_req *q = ud;
    q->v = al_exec_eval_in(X, q->c->expr, q->c->expr_proc, q->p->inst);
}

const char *al_page_control_text(al_page_rt *p, al_control *c)
{
    /* BC's rule for part pages: no data until every task has completed */
    for (al_page_rt *q = p; q; q = q->parent)
        if (q->is_part && q->pending_tasks) return "-";
    if (!c->expr) return "";
    eval_req q = {p, c, {0}};
    if (!al_exec_protected(p->X, do_eval, &q)) return al_sprintf("(error: %s)", p->X->last_error.msg);
    if (q.v.tag == AL_TY_DECIMAL && (c->dp_min >= 0 || c->dp_max >= 0)) {
        /* DecimalPlaces = min:max: BC shows at least min, at most max decimals */
        const char *f = al_sprintf("<Precision,%s:%s><Standard Format,0>", c->dp_min >= 0 ? al_sprintf("%d", c->dp_min) : "",
                                   c->dp_max >= 0 ? al_sprintf("%d", c->dp_max) : "");
        return al_format(p->X, q.v, c->expr->type, 0, -1, al_text_cstr(f))->s;
    }
    return al_format(p->X, q.v, c->expr->type, 0, 0, NULL)->s;
}

/* A page opened on a new record (TestPage.OpenNew): the buffer is empty
 * (InitValues), OnNewRecord runs, then OnAfterGetCurrRecord; nothing is
 * inserted until a field is set (the caller's business). */
al_page_rt *al_page_open_new(al_exec *X, struct al_client *client, al_object *obj)
{
    al_page_rt *p = al_alloc(sizeof *p);
    p->X = X;
    p->client = client;
    p->page = obj->page;
    p->inst = al_exec_instance(X, obj);
    p->inst->rt = p;
    p->open = true;
    p->is_part = al_page_is_part(obj->page);
    if (client) al_client_event(client, "open page %lld %s (new record)", (long long)obj->id, obj->name);
    trace_page(p, "page-open", NULL);
    apply_view(p);
    al_page_trigger(p, AL_PT_INIT, NULL);
    al_page_trigger(p, AL_PT_OPEN, NULL);
    al_record *r = al_page_rec(p);
    if (r) {
        al_record_init(X, r);
        const al_key *pk = &r->table->keys[0];
        for (uint32_t i = 0; i < pk->nfields; i++) {
            const al_field *f = &r->table->fields[pk->fields[i]];
            r->fields[f->index] = al_exec_default(X, f->type);
        }
        r->rowid = 0;
        al_page_trigger(p, AL_PT_NEWRECORD, (al_value[]){al_bool(false)});
        new_current(p);
        al_page_trigger(p, AL_PT_AFTERGETCURRRECORD, NULL);
    }
    open_parts(p, p->page->layout);
    return p;
}
