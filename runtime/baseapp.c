/* runtime/baseapp.c — adding and loading the built-in base application.
 *
 * The replacement rule itself is al_program_load's (interp/resolve.c,
 * pass 1): a built-in object is skipped when a user object has the same
 * type and the same ID or name.  What this file adds is leniency for what
 * the replacement can break: built-in objects are written against the
 * built-in versions of what they use, and a user's table 21 without an
 * "Amount (LCY)" field would make the built-in Customer's FlowField an
 * error in a file the user never wrote.  Such built-in objects are left
 * out (docs/base-app.md).
 */
#include "runtime/baseapp.h"
#include "grammar/mem.h"

#include <string.h>

/* ASCII case-insensitive: whether [s, end) starts with [word]. */
static bool starts_with(const char *s, const char *end, const char *word)
{
    for (; *word; s++, word++)
        if (s == end || (*s | 0x20) != (*word | 0x20)) return false;
    return true;
}

static const char *skip_blanks(const char *s, const char *end)
{
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')) s++;
    return s;
}

/* Whether a text may use the test libraries: it declares a test codeunit
 * (`Subtype = Test`) or names one of them.  A look at the bytes, not the
 * syntax tree: main.c parses the built-in files with the user's, so the
 * choice has to be made before parsing.  A mention in a comment only costs
 * the load (docs/test-libraries.md). */
static bool mentions_testlib(const char *s, uint32_t len)
{
    static const char *const names[] = {"library assert", "library - random", "library - variable storage",
                                        "library - utility", "library - sales"};
    const char *end = s + len;
    for (const char *p = s; p < end; p++) {
        char c = (char)(*p | 0x20);
        if (c == 's' && starts_with(p, end, "subtype")) {
            const char *q = skip_blanks(p + 7, end);
            if (q < end && *q == '=') {
                q = skip_blanks(q + 1, end);
                if (starts_with(q, end, "test") && (q + 4 == end || !((q[4] | 0x20) >= 'a' && (q[4] | 0x20) <= 'z')))
                    return true;
            }
        } else if (c == 'l') {
            for (size_t i = 0; i < sizeof names / sizeof *names; i++)
                if (starts_with(p, end, names[i])) return true;
        }
    }
    return false;
}

uint32_t al_baseapp_add(al_sources *set)
{
    bool testlib = false;
    for (uint32_t i = 0; i < set->count && !testlib; i++)
        testlib = mentions_testlib(set->items[i]->text, set->items[i]->len);
    uint32_t n = 0;
    for (uint32_t i = 0; i < al_baseapp_nfiles; i++) {
        const al_baseapp_file *f = &al_baseapp_files[i];
        if (!testlib && !strcmp(f->folder, "testlib")) continue;
        al_source_add(set, al_sprintf(AL_BUILTIN_PREFIX "%s/%s", f->folder, f->name), f->text, f->len);
        n++;
    }
    return n;
}

static const char *object_name(const al_node *o)
{
    return o->as.object.name && o->as.object.name->kind == AST_NAME ? o->as.object.name->as.name.text : NULL;
}

/* resolve.c's replacement rule: the same type and the same ID or name. */
static bool same_object(const al_node *a, const al_node *b)
{
    if (a->op != b->op) return false;
    if (a->as.object.id >= 0 && a->as.object.id == b->as.object.id) return true;
    return object_name(a) && object_name(b) && al_name_eq(object_name(a), object_name(b));
}

/* Whether a user object replaces a built-in one. */
static bool user_replaces_builtins(al_node **units, uint32_t nuser, uint32_t nunits)
{
    for (uint32_t b = nuser; b < nunits; b++)
        for (uint32_t j = 0; j < units[b]->as.unit.objects.count; j++)
            for (uint32_t u = 0; u < nuser; u++)
                for (uint32_t i = 0; i < units[u]->as.unit.objects.count; i++)
                    if (same_object(units[u]->as.unit.objects.items[i], units[b]->as.unit.objects.items[j]))
                        return true;
    return false;
}

static const al_diag *first_error_in(const al_program *P, uint32_t file)
{
    for (uint32_t i = 0; i < P->diags.count; i++)
        if (P->diags.items[i].sev == AL_SEV_ERROR && P->diags.items[i].span.file == file)
            return &P->diags.items[i];
    return NULL;
}

static bool builtin_errors(const al_program *P, al_node **units, uint32_t nuser, uint32_t nunits)
{
    for (uint32_t k = nuser; k < nunits; k++)
        if (first_error_in(P, units[k]->span.file)) return true;
    return false;
}

al_program *al_baseapp_load(const al_sources *sources, al_node **units, uint32_t nuser, uint32_t nunits,
                            const struct al_builtin_lib *const *libs, unsigned flags, al_diags *notes)
{
    /* Without replacements every object a built-in one names is still
     * there, as it was written against; the built-in objects then load
     * as they do on their own, without a diagnostic (the tests keep it
     * so), unless a user's extension of one clashes with it.  One load. */
    if (nunits == nuser || !user_replaces_builtins(units, nuser, nunits)) {
        al_program *P = al_program_load(sources, units, nunits, nuser, libs, flags);
        if (!builtin_errors(P, units, nuser, nunits)) return P;
    }

    /* Find the built-in objects that do not fit, with strict checking:
     * leniently, what they name and cannot find would only be counted,
     * and `check` would count the base application's troubles as the
     * user's.  Each round leaves out at least one file, so this ends. */
    al_node **kept = al_alloc(sizeof *kept * (nunits + 1));
    memcpy(kept, units, sizeof *kept * nunits);
    uint32_t nkept = nunits;
    al_program *P;
    for (;;) {
        P = al_program_load(sources, kept, nkept, nuser, libs, flags & ~(unsigned)AL_LOAD_LENIENT);
        uint32_t w = nuser;
        for (uint32_t k = nuser; k < nkept; k++) {
            const al_diag *d = first_error_in(P, kept[k]->span.file);
            if (!d) {
                kept[w++] = kept[k];
                continue;
            }
            const al_nodes objs = kept[k]->as.unit.objects;
            for (uint32_t i = 0; notes && i < objs.count; i++) {
                const al_node *o = objs.items[i];
                const char *name = object_name(o) ? object_name(o) : "?";
                if (o->as.object.id >= 0)
                    al_diag_add(notes, AL_SEV_NOTE, d->span,
                                "alrun's built-in %s %lld \"%s\" was left out: it does not fit your project's "
                                "objects, which replace or extend what it uses (%s)",
                                al_ast_objkind_name((al_objkind)o->op), (long long)o->as.object.id, name, d->msg);
                else
                    al_diag_add(notes, AL_SEV_NOTE, d->span,
                                "alrun's built-in %s \"%s\" was left out: it does not fit your project's "
                                "objects, which replace or extend what it uses (%s)",
                                al_ast_objkind_name((al_objkind)o->op), name, d->msg);
            }
        }
        if (w == nkept) break;
        nkept = w;
    }
    if (!(flags & AL_LOAD_LENIENT)) return P;
    return al_program_load(sources, kept, nkept, nuser, libs, flags);
}
