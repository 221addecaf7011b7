/* runtime/inject.c — parsing and matching --inject specs (inject.h). */
#include "runtime/inject.h"
#include "interp/exec.h"
#include "grammar/mem.h"
#include "grammar/source.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char how[] = "write it as TASK[#K] error CODE TEXT, TASK[#K] timeout or TASK[#K] queue-full "
                          "(TASK: a codeunit name or ID)";

/* The next word of [*s]: up to a blank, or "a quoted word". */
static char *word(const char **s, bool *quoted)
{
    const char *p = *s;
    while (*p == ' ' || *p == '\t') p++;
    *quoted = *p == '"';
    const char *b = p;
    if (*quoted) {
        b = ++p;
        while (*p && *p != '"') p++;
        if (!*p) return NULL;                /* no closing quote */
        char *w = al_strndup(b, (size_t)(p - b));
        *s = p + 1;
        return w;
    }
    while (*p && *p != ' ' && *p != '\t') p++;
    *s = p;
    return p > b ? al_strndup(b, (size_t)(p - b)) : NULL;
}

bool al_inject_parse(al_inject *plan, const char *spec, char **error)
{
    al_fault f = {.spec = al_strdup(spec)};
    const char *s = spec;
    bool quoted;
    if (strchr(spec, '"') && strchr(spec, '"') == strrchr(spec, '"')) {
        *error = al_sprintf("--inject '%s': a name in double quotes needs its closing quote", spec);
        return false;
    }
    char *task = word(&s, &quoted);
    if (!task || !*task) {
        *error = al_sprintf("--inject '%s': %s", spec, how);
        return false;
    }
    /* TASK#K: the K-th enqueue (after a quoted name, #K follows the quote) */
    char *hash = NULL;
    if (quoted && *s == '#') {
        const char *b = s;
        while (*s && *s != ' ' && *s != '\t') s++;
        hash = al_strndup(b, (size_t)(s - b));
    } else if (!quoted && (hash = strrchr(task, '#'))) {
        hash = al_strdup(hash);
        task[strlen(task) - strlen(hash)] = 0;
    }
    if (hash) {
        char *end;
        long k = strtol(hash + 1, &end, 10);
        if (!hash[1] || *end || k < 1 || k > 1000000) {
            *error = al_sprintf("--inject '%s': after # comes which enqueue of the codeunit: 1, 2, 3 ...", spec);
            return false;
        }
        f.nth = (int32_t)k;
    }
    if (!*task) {
        *error = al_sprintf("--inject '%s': %s", spec, how);
        return false;
    }
    f.task = task;
    char *kind = word(&s, &quoted);
    if (!kind || quoted) {
        *error = al_sprintf("--inject '%s': %s", spec, how);
        return false;
    }
    while (*s == ' ' || *s == '\t') s++;
    if (!strcmp(kind, "error")) {
        f.kind = AL_FAULT_ERROR;
        f.code = word(&s, &quoted);
        if (*s == ' ' || *s == '\t') s++;    /* one blank separates the code from the text */
        if (!f.code || !*f.code || quoted || !*s) {
            *error = al_sprintf("--inject '%s': error needs a code and a text: TASK[#K] error CODE TEXT "
                                "(e.g. Dialog, NDBCS:Deadlock, DB:RecordNotFound)", spec);
            return false;
        }
        f.text = al_strdup(s);
    } else if (!strcmp(kind, "timeout") || !strcmp(kind, "queue-full")) {
        f.kind = !strcmp(kind, "timeout") ? AL_FAULT_TIMEOUT : AL_FAULT_QUEUE_FULL;
        if (*s) {
            *error = al_sprintf("--inject '%s': %s takes nothing after it", spec, kind);
            return false;
        }
    } else {
        *error = al_sprintf("--inject '%s': '%s' is not a fault: error, timeout or queue-full", spec, kind);
        return false;
    }
    plan->faults = al_realloc(plan->faults, plan->n * sizeof *plan->faults, (plan->n + 1) * sizeof *plan->faults);
    plan->faults[plan->n++] = f;
    return true;
}

bool al_inject_resolve(al_inject *plan, const al_program *P, char **error)
{
    for (uint32_t i = 0; plan && i < plan->n; i++) {
        al_fault *f = &plan->faults[i];
        char *end;
        long long id = strtoll(f->task, &end, 10);
        f->codeunit = *end == 0 && isdigit((unsigned char)f->task[0]) ? al_program_find_id(P, AL_OBJ_CODEUNIT, id)
                                                                      : al_program_find(P, AL_OBJ_CODEUNIT, f->task);
        if (!f->codeunit) {
            *error = al_sprintf("--inject '%s': there is no codeunit %s", f->spec, f->task);
            return false;
        }
    }
    return true;
}

uint32_t *al_inject_counts(const al_inject *plan)
{
    return plan && plan->n ? al_alloc(sizeof(uint32_t) * plan->n) : NULL;
}

const al_fault *al_inject_match(const al_inject *plan, uint32_t *counts, const al_object *cu)
{
    const al_fault *hit = NULL;
    for (uint32_t i = 0; plan && i < plan->n; i++) {
        const al_fault *f = &plan->faults[i];
        if (f->codeunit != cu) continue;
        counts[i]++;                         /* every fault of [cu] counts its enqueues */
        if (!hit && (f->nth == 0 || (uint32_t)f->nth == counts[i])) hit = f;
    }
    return hit;
}

char *al_inject_callstack(const al_exec *X, const al_object *cu)
{
    const al_proc *run = cu->on_run;
    if (!run || !run->ast) return al_strdup("");
    const al_node *body = run->ast->as.routine.body;
    const al_node *at = body && body->as.list.items.count ? body->as.list.items.items[0] : body ? body : run->ast;
    uint32_t line = 0;
    al_source *src = al_source_get(X->prog->sources, at->span.file);
    if (src) line = al_source_linecol(src, at->span.start).line;
    return al_sprintf("\"%s\"(CodeUnit %lld).%s line %u", cu->name, (long long)cu->id, run->name, line);
}

const char *al_inject_describe(const al_fault *f)
{
    switch (f->kind) {
    case AL_FAULT_ERROR: return al_sprintf("error %s", f->code);
    case AL_FAULT_TIMEOUT: return "timeout";
    default: return "queue-full";
    }
}
