/* interp/page.c — loading `page` and `pageextension` objects (page.h).
 *
 * Like tables, pages load in steps interleaved with resolve.c's passes:
 * al_page_load reads a page's properties and control tree (after tables,
 * so SourceTable resolves); al_page_extend merges an extension's layout
 * and actions changes; al_page_link, once procedures are declared, attaches
 * page and control triggers; al_page_compile compiles the controls' source
 * expressions with the bodies.
 */
#include "interp/page.h"
#include "interp/resolve_impl.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <string.h>
#include <strings.h>

static const char *const ptrig_names[AL_PT_COUNT] = {
    "OnInit", "OnOpenPage", "OnClosePage", "OnQueryClosePage", "OnFindRecord", "OnNextRecord",
    "OnAfterGetRecord", "OnAfterGetCurrRecord", "OnNewRecord", "OnInsertRecord", "OnModifyRecord",
    "OnDeleteRecord", "OnPageBackgroundTaskCompleted", "OnPageBackgroundTaskError",
};

const char *al_page_trigger_name(al_ptrig t) { return ptrig_names[t]; }

bool al_page_is_part(const al_page *p)
{
    static const char *const parts[] = {"ListPart", "CardPart", "HeadlinePart", NULL};
    for (const char *const *s = parts; *s; s++)
        if (p->page_type && al_name_eq(p->page_type, *s)) return true;
    return false;
}

al_control *al_page_control(al_control *root, const char *name)
{
    if (!root) return NULL;
    if (root->name && al_name_eq(root->name, name)) return root;
    for (uint32_t i = 0; i < root->nchildren; i++) {
        al_control *c = al_page_control(root->children[i], name);
        if (c) return c;
    }
    return NULL;
}

static const char *name_of(const al_node *n)
{
    if (!n) return NULL;
    if (n->kind == AST_NAME) return n->as.name.text;
    if (n->kind == AST_TEXT) return n->as.lit.text;
    return NULL;
}

static const al_node *arg1(const al_node *element, uint32_t i)
{
    al_nodes args = element->as.element.args;
    if (i >= args.count || args.items[i]->as.list.items.count < 1) return NULL;
    return args.items[i]->as.list.items.items[0];
}

static const al_node *prop(al_nodes members, const char *name) { return al_resolve_property(members, name); }

static bool prop_bool(al_nodes members, const char *name, bool def)
{
    const al_node *v = prop(members, name);
    return v && v->kind == AST_BOOL ? v->as.bval.value : def;
}

static void add_child(al_control *parent, al_control *c, uint32_t at)
{
    parent->children = al_realloc(parent->children, parent->nchildren * sizeof *parent->children,
                                  (parent->nchildren + 1) * sizeof *parent->children);
    if (at > parent->nchildren) at = parent->nchildren;
    memmove(parent->children + at + 1, parent->children + at, (parent->nchildren - at) * sizeof *parent->children);
    parent->children[at] = c;
    parent->nchildren++;
    c->parent = parent;
}

static void remove_child(al_control *c)
{
    al_control *p = c->parent;
    if (!p) return;
    for (uint32_t i = 0; i < p->nchildren; i++)
        if (p->children[i] == c) {
            memmove(p->children + i, p->children + i + 1, (p->nchildren - i - 1) * sizeof *p->children);
            p->nchildren--;
            break;
        }
    c->parent = NULL;
}

static uint32_t index_in(const al_control *c)
{
    for (uint32_t i = 0; c->parent && i < c->parent->nchildren; i++)
        if (c->parent->children[i] == c) return i;
    return 0;
}

static void apply_props(al_control *c, al_nodes ms)
{
    const al_node *cap = prop(ms, "Caption");
    if (cap && cap->kind == AST_TEXT) c->caption = cap->as.lit.text;
    c->visible = prop_bool(ms, "Visible", c->visible);
    c->editable = prop_bool(ms, "Editable", c->editable);
    al_table_decimal_places(ms, &c->dp_min, &c->dp_max);
}

/* One element of layout or actions: area, group, repeater, field, part, action ... */
static al_control *control(al_program *P, const al_node *el)
{
    al_control *c = al_alloc(sizeof *c);
    c->decl = el;
    c->visible = c->editable = true;
    c->dp_min = c->dp_max = -1;
    const char *w = el->as.element.word && el->as.element.word->kind == AST_NAME ? el->as.element.word->as.name.text : "";
    c->name = name_of(arg1(el, 0));
    if (al_name_eq(w, "area")) c->kind = AL_CTL_AREA;
    else if (al_name_eq(w, "group") || al_name_eq(w, "cuegroup") || al_name_eq(w, "fixed") || al_name_eq(w, "grid"))
        c->kind = AL_CTL_GROUP;
    else if (al_name_eq(w, "repeater")) c->kind = AL_CTL_REPEATER;
    else if (al_name_eq(w, "field")) { c->kind = AL_CTL_FIELD; c->source = arg1(el, 1); }
    else if (al_name_eq(w, "part")) {
        c->kind = AL_CTL_PART;
        c->source = arg1(el, 1);
        const char *pn = name_of(c->source);
        c->part_page = pn ? al_program_find(P, AL_OBJ_PAGE, pn) : NULL;
        if (!c->part_page && c->source && c->source->kind == AST_INT)
            c->part_page = al_program_find_id(P, AL_OBJ_PAGE, c->source->as.ival.value);
    } else if (al_name_eq(w, "action")) c->kind = AL_CTL_ACTION;
    else c->kind = AL_CTL_OTHER;
    c->caption = c->name;
    apply_props(c, el->as.element.members);
    for (uint32_t i = 0; i < el->as.element.members.count; i++) {
        const al_node *m = el->as.element.members.items[i];
        if (m->kind == AST_ELEMENT) add_child(c, control(P, m), UINT32_MAX);
    }
    return c;
}

static al_control *section_root(al_program *P, const al_node *obj, const char *word)
{
    al_control *root = al_alloc(sizeof *root);
    root->kind = AL_CTL_AREA;
    root->visible = root->editable = true;
    al_nodes ms = obj->as.object.members;
    for (uint32_t i = 0; i < ms.count; i++) {
        const al_node *m = ms.items[i];
        if (m->kind != AST_SECTION || !al_ast_name_is(m->as.section.word, word)) continue;
        for (uint32_t k = 0; k < m->as.section.members.count; k++)
            if (m->as.section.members.items[k]->kind == AST_ELEMENT)
                add_child(root, control(P, m->as.section.members.items[k]), UINT32_MAX);
    }
    return root;
}

void al_page_load(al_program *P, al_object *o)
{
    al_page *pg = al_alloc(sizeof *pg);
    pg->obj = o;
    o->page = pg;
    al_nodes ms = o->ast->as.object.members;
    const al_node *pt = prop(ms, "PageType");
    pg->page_type = pt && name_of(pt) ? name_of(pt) : "Card";
    const al_node *cap = prop(ms, "Caption");
    pg->caption = cap && cap->kind == AST_TEXT ? cap->as.lit.text : o->name;
    const al_node *st = prop(ms, "SourceTable");
    if (st) {
        while (st->kind == AST_MEMBER) st = st->as.pair.rhs;
        pg->source_table = st->kind == AST_INT ? al_program_find_id(P, AL_OBJ_TABLE, st->as.ival.value)
                         : name_of(st) ? al_program_find(P, AL_OBJ_TABLE, name_of(st)) : NULL;
        if (pg->source_table && !pg->source_table->table) pg->source_table = NULL;
        if (!pg->source_table) {
            if (P->lenient) P->unchecked++;
            else al_diag_error(&P->diags, st->span, "SourceTable: Table \"%s\" is not defined", name_of(st) ? name_of(st) : "?");
        }
    }
    pg->source_temporary = prop_bool(ms, "SourceTableTemporary", false);
    const al_node *tv = prop(ms, "SourceTableView");
    if (tv) {
        const al_source *src = al_source_get(P->sources, tv->span.file);
        if (src) pg->table_view = al_text_new(src->text + tv->span.start, tv->span.end - tv->span.start);
    }
    pg->editable = prop_bool(ms, "Editable", true);
    pg->insert_allowed = prop_bool(ms, "InsertAllowed", true);
    pg->modify_allowed = prop_bool(ms, "ModifyAllowed", true);
    pg->delete_allowed = prop_bool(ms, "DeleteAllowed", true);
    pg->layout = section_root(P, o->ast, "layout");
    pg->actions = section_root(P, o->ast, "actions");
    pg->rec_slot = pg->xrec_slot = -1;
    o->self_type.kind = AL_TY_PAGE;
}

/* addfirst(Anchor) / addlast / addafter / addbefore / modify / move*: an
 * extension's layout or actions changes. */
static void extend_section(al_program *P, al_control *root, const al_node *ext, const char *word, const char *page)
{
    al_nodes ms = ext->as.object.members;
    for (uint32_t i = 0; i < ms.count; i++) {
        const al_node *m = ms.items[i];
        if (m->kind != AST_SECTION || !al_ast_name_is(m->as.section.word, word)) continue;
        for (uint32_t k = 0; k < m->as.section.members.count; k++) {
            const al_node *ch = m->as.section.members.items[k];
            if (ch->kind != AST_ELEMENT || !ch->as.element.word || ch->as.element.word->kind != AST_NAME) continue;
            const char *verb = ch->as.element.word->as.name.text;
            const char *anchor_name = name_of(arg1(ch, 0));
            al_control *anchor = anchor_name ? al_page_control(root, anchor_name) : NULL;
            if (al_name_eq(verb, "area") && !anchor) {           /* a new area */
                add_child(root, control(P, ch), UINT32_MAX);
                continue;
            }
            if (!anchor) {
                if (P->lenient) P->unchecked++;
                else al_diag_error(&P->diags, ch->span, "page \"%s\" has no control '%s'", page, anchor_name ? anchor_name : "?");
                continue;
            }
            if (al_name_eq(verb, "modify")) {
                apply_props(anchor, ch->as.element.members);
                continue;
            }
            bool move = !strncasecmp(verb, "move", 4);
            const char *how = move ? verb + 4 : verb + 3;        /* first, last, after, before */
            al_control **items = NULL;
            uint32_t n = 0;
            if (move) {
                /* movefirst(Anchor; A, B): the named controls, wherever they are */
                al_nodes args = ch->as.element.args;
                for (uint32_t a = 1; a < args.count; a++)
                    for (uint32_t j = 0; j < args.items[a]->as.list.items.count; j++) {
                        const char *nm = name_of(args.items[a]->as.list.items.items[j]);
                        al_control *c = nm ? al_page_control(root, nm) : NULL;
                        if (!c) continue;
                        remove_child(c);
                        items = al_realloc(items, n * sizeof *items, (n + 1) * sizeof *items);
                        items[n++] = c;
                    }
            } else {
                for (uint32_t j = 0; j < ch->as.element.members.count; j++)
                    if (ch->as.element.members.items[j]->kind == AST_ELEMENT) {
                        items = al_realloc(items, n * sizeof *items, (n + 1) * sizeof *items);
                        items[n++] = control(P, ch->as.element.members.items[j]);
                    }
            }
            for (uint32_t j = 0; j < n; j++) {
                if (al_name_eq(how, "first")) add_child(anchor, items[j], j);
                else if (al_name_eq(how, "last")) add_child(anchor, items[j], UINT32_MAX);
                else if (al_name_eq(how, "after")) add_child(anchor->parent, items[j], index_in(anchor) + 1 + j);
                else if (al_name_eq(how, "before")) add_child(anchor->parent, items[j], index_in(anchor));
            }
        }
    }
}

void al_page_extend(al_program *P, al_object *base, al_object *ext)
{
    ext->base = base;
    extend_section(P, base->page->layout, ext->ast, "layout", base->name);
    extend_section(P, base->page->actions, ext->ast, "actions", base->name);
}

/* ============================================================== linking */

static void add_proc(al_proc ***list, uint32_t *n, al_proc *p)
{
    *list = al_realloc(*list, *n * sizeof **list, (*n + 1) * sizeof **list);
    (*list)[(*n)++] = p;
}

static const char *const ctrig_names[AL_CTRIG_COUNT] = {"OnValidate", "OnDrillDown", "OnAssistEdit", "OnLookup", "OnAction"};

/* Control triggers: routines inside the controls [from] declared. */
static void link_controls(al_program *P, al_object *page, al_object *from, al_control *c)
{
    if (!c) return;
    if (c->decl && c->decl->span.file == from->ast->span.file && c->decl->span.start >= from->ast->span.start
        && c->decl->span.end <= from->ast->span.end) {
        al_nodes ms = c->decl->as.element.members;
        for (uint32_t i = 0; i < ms.count; i++) {
            const al_node *rn = ms.items[i];
            if (rn->kind != AST_ROUTINE) continue;
            al_proc *p = al_resolve_routine(P, page, rn, from);
            for (int k = 0; k < AL_CTRIG_COUNT; k++)
                if (al_name_eq(p->name, ctrig_names[k])) add_proc(&c->triggers[k], &c->ntriggers[k], p);
        }
    }
    for (uint32_t i = 0; i < c->nchildren; i++) link_controls(P, page, from, c->children[i]);
}

/* modify(Control) { trigger OnValidate() ... }: an extension's control
 * triggers run after the page's. */
static void link_modify_triggers(al_program *P, al_object *page, al_object *ext, al_control *root, const char *word)
{
    al_nodes ms = ext->ast->as.object.members;
    for (uint32_t i = 0; i < ms.count; i++) {
        const al_node *m = ms.items[i];
        if (m->kind != AST_SECTION || !al_ast_name_is(m->as.section.word, word)) continue;
        for (uint32_t k = 0; k < m->as.section.members.count; k++) {
            const al_node *ch = m->as.section.members.items[k];
            if (ch->kind != AST_ELEMENT || !al_ast_name_is(ch->as.element.word, "modify")) continue;
            al_control *c = name_of(arg1(ch, 0)) ? al_page_control(root, name_of(arg1(ch, 0))) : NULL;
            if (!c) continue;
            for (uint32_t r = 0; r < ch->as.element.members.count; r++) {
                const al_node *rn = ch->as.element.members.items[r];
                if (rn->kind != AST_ROUTINE) continue;
                al_proc *p = al_resolve_routine(P, page, rn, ext);
                const char *tn = p->name;
                if (!strncasecmp(tn, "OnBefore", 8) || !strncasecmp(tn, "OnAfter", 7))
                    tn = al_sprintf("On%s", tn + (tn[2] == 'B' || tn[2] == 'b' ? 8 : 7));
                for (int t = 0; t < AL_CTRIG_COUNT; t++)
                    if (al_name_eq(tn, ctrig_names[t])) add_proc(&c->triggers[t], &c->ntriggers[t], p);
            }
        }
    }
}

void al_page_link(al_program *P, al_object *page, al_object *from)
{
    al_page *pg = page->page;
    for (uint32_t i = 0; i < page->nprocs; i++) {
        al_proc *p = page->procs[i];
        if (!p->is_trigger || p->declared_in != from) continue;
        for (int t = 0; t < AL_PT_COUNT; t++)
            if (al_name_eq(p->name, ptrig_names[t])) add_proc(&pg->triggers[t], &pg->ntriggers[t], p);
    }
    link_controls(P, page, from, pg->layout);
    link_controls(P, page, from, pg->actions);
    if (from != page) {
        link_modify_triggers(P, page, from, pg->layout, "layout");
        link_modify_triggers(P, page, from, pg->actions, "actions");
    }
}

static void compile_controls(al_program *P, al_object *page, al_control *c)
{
    if (!c) return;
    if (c->kind == AL_CTL_FIELD && c->source && !c->expr) {
        c->expr = al_resolve_expr(P, page, c->source, &c->expr_proc);
        const al_node *s = c->source;
        const al_page *pg = page->page;
        /* Rec."No." or a bare field name: the field, for its caption */
        if (pg->source_table) {
            const al_node *fn = s->kind == AST_MEMBER && al_ast_name_is(s->as.pair.lhs, "Rec") ? s->as.pair.rhs : s;
            if (fn->kind == AST_NAME) c->field = al_table_field(pg->source_table->table, fn->as.name.text);
        }
        if (c->field && c->caption == c->name && !prop(c->decl->as.element.members, "Caption"))
            c->caption = c->field->caption;
        if (c->field && c->dp_min < 0 && c->dp_max < 0) {
            c->dp_min = c->field->dp_min;
            c->dp_max = c->field->dp_max;
        }
    }
    for (uint32_t i = 0; i < c->nchildren; i++) compile_controls(P, page, c->children[i]);
}

void al_page_compile(al_program *P, al_object *page)
{
    compile_controls(P, page, page->page->layout);
}
