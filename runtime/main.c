/* runtime/main.c — the `alrun` command line.
 *
 * Top of the layering: parses the command and its options and calls into
 * the library.  Exit status: 0 success, 1 the AL input has errors, 2 the
 * command line is wrong.
 */
#include "grammar/ast.h"
#include "grammar/diag.h"
#include "grammar/mem.h"
#include "grammar/parse.h"
#include "interp/exec.h"
#include "interp/program.h"
#include "runtime/client.h"
#include "runtime/explore.h"
#include "runtime/baseapp.h"
#include "runtime/host.h"
#include "runtime/inject.h"
#include "runtime/project.h"
#include "runtime/seed.h"
#include "runtime/session.h"
#include "runtime/testrun.h"
#include "runtime/trace.h"
#include "stdlib/lib.h"

#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static const char usage[] =
    "usage: alrun <command> [options] PATH...\n"
    "\n"
    "Runs Business Central AL source without Business Central.\n"
    "\n"
    "commands:\n"
    "  run PATH...       check the .al files under PATH, then run a codeunit's\n"
    "                    OnRun trigger: the one --codeunit names, or else the\n"
    "                    only non-test codeunit that has an OnRun trigger\n"
    "      --codeunit ID|NAME  the codeunit to run\n"
    "      --confirm yes|no    how Confirm() is answered (default: its default)\n"
    "      --strmenu N         which StrMenu() option is chosen (default: its default)\n"
    "      --db FILE           keep the records in the SQLite database FILE (created\n"
    "                          and kept up to date from the tables); without it\n"
    "                          every run starts from an empty database\n"
    "      --data FILE         load rows before the run: FILE.json holds\n"
    "                          {\"Table\": [{\"Field\": value, ...}, ...]}, FILE.csv one\n"
    "                          table named by the file, fields in the first row\n"
    "                          (repeatable; rows are inserted without triggers)\n"
    "      --read-only         run in a read-only session, as a page background\n"
    "                          task does: writes to non-temporary tables fail\n"
    "      --clock virtual|real  real (the default), or virtual: time starts at\n"
    "                          2025-01-06 09:00:00 UTC and only Sleep moves it\n"
    "      --no-base-app       leave out alrun's base application (below)\n"
    "      --trace FILE        write the run's events (FILE.jsonl) and, for FILE.svg or\n"
    "                          FILE.html, a picture of them as lanes (docs/trace.md)\n"
    "      --timeline          print the lanes as text after the run\n"
    "      --inject SPEC       make a page background task fail (see page)\n"
    "\n"
    "  page PATH...      open pages the way BC's web client does and drive them\n"
    "                    from a script: every trigger, background task and\n"
    "                    notification is printed with its time (docs/page-client.md)\n"
    "      --script FILE       the script (default: standard input)\n"
    "      --clock virtual|real  virtual: deterministic time, the same output every\n"
    "                          run (the default for a script); real: tasks on threads,\n"
    "                          wall-clock time (the default when typing at a terminal)\n"
    "      --setting NAME=VALUE  ChildSessionsMaxConcurrency (5), ChildSessionsMaxQueueLength\n"
    "                          (100), PageBackgroundTaskDefaultTimeout (120000 ms),\n"
    "                          PageBackgroundTaskMaxTimeout (600000 ms)\n"
    "      --settings FILE     the same settings from a file, one NAME = VALUE a line\n"
    "      --seed N            perturb the virtual clock's timing as seed N does (a\n"
    "                          seed alrun explore reported); 0, the default: none\n"
    "      --inject SPEC       make a background task fail, as a real one can\n"
    "                          (repeatable; docs/explore.md): TASK[#K] error CODE TEXT,\n"
    "                          TASK[#K] timeout, TASK[#K] queue-full; TASK is its\n"
    "                          codeunit's name or ID, #K only its K-th enqueue\n"
    "      --db FILE, --data FILE, --trace FILE, --timeline  as for run\n"
    "\n"
    "  explore PATH...   run a page script many times under different (plausible)\n"
    "                    timing and report the distinct outcomes: how each task\n"
    "                    ended, its trigger, the notifications, the pages shown;\n"
    "                    each with its count and a seed that replays it\n"
    "      --script FILE       the script (required)\n"
    "      --runs N            how many runs (default 20)\n"
    "      --seed S            the first run's seed (default 1; run i has S + i - 1)\n"
    "      --setting, --settings, --data, --inject  as for page\n"
    "\n"
    "  test PATH...      run the test codeunits (Subtype = Test): OnRun, then each\n"
    "                    [Test] procedure; one line each, then N passed, N failed\n"
    "      --filter PATTERN    Codeunit::Method (* and ? wildcards) or a codeunit name\n"
    "      --isolation codeunit|function|disabled  roll changes back after each\n"
    "                          codeunit (default), each test, or never\n"
    "      --junit FILE        also write JUnit XML\n"
    "      --clock virtual|real  virtual (the default): Time and Today start at\n"
    "                          Mon 2025-01-06 09:00 UTC and only Sleep moves them\n"
    "      --db FILE, --data FILE, --trace FILE, --timeline  as for run\n"
    "      --inject SPEC       make a page background task fail (see page)\n"
    "\n"
    "  check PATH...     parse and check every .al file under PATH: syntax, names\n"
    "                    and types (what alrun cannot check yet is counted)\n"
    "      --syntax-only     stop after parsing\n"
    "      --dump-ast        print each file's syntax tree\n"
    "      -D SYMBOL         define a preprocessor symbol (repeatable); the\n"
    "                        preprocessorSymbols of app.json are defined too\n"
    "      --no-base-app     leave out alrun's base application (below)\n"
    "\n"
    "  PATH is a .al file or a folder searched recursively for .al files.\n"
    "\n"
    "  Both commands load alrun's base application with your files: table 18\n"
    "  Customer, table 21 \"Cust. Ledger Entry\", pages 21 \"Customer Card\" and\n"
    "  22 \"Customer List\", and their enums.  An object of yours with the same\n"
    "  type and ID or name replaces the built-in one.\n"
    "\n"
    "  alrun --help      this text\n"
    "  alrun --version   the version\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "alrun: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n(see 'alrun --help')\n");
    return 2;
}

/* Options shared by check and run. */
typedef struct opts {
    bool syntax_only, dump;
    const char *codeunit;
    const char *db;
    bool read_only;
    const char **data;
    int ndata;
    const char *script;
    const char *trace;               /* --trace FILE */
    bool timeline;                   /* --timeline */
    bool clock_given;
    bool seed_given;
    al_inject *inject;               /* --inject */
    uint32_t runs;                   /* explore --runs */
    al_test_opts test;
    al_pbt_settings settings;
    bool no_base_app;
    al_stdio_host answers;
    const char **paths;
    int npaths;
} opts;

enum { CHECK, RUN, PAGE, TEST, EXPLORE };
static const char *const mode_names[] = {"check", "run", "page", "test", "explore"};

static bool set_setting(al_pbt_settings *s, const char *kv)
{
    static const struct { const char *name; size_t off; } names[] = {
        {"ChildSessionsMaxConcurrency", offsetof(al_pbt_settings, max_concurrency)},
        {"ChildSessionsMaxQueueLength", offsetof(al_pbt_settings, max_queue)},
        {"PageBackgroundTaskDefaultTimeout", offsetof(al_pbt_settings, default_timeout)},
        {"PageBackgroundTaskMaxTimeout", offsetof(al_pbt_settings, max_timeout)},
    };
    const char *eq = strchr(kv, '=');
    if (!eq) return false;
    char *end;
    long v = strtol(eq + 1, &end, 10);
    if (*end || v < 0 || v > 100000000) return false;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i].name) == (size_t)(eq - kv) && !strncasecmp(kv, names[i].name, (size_t)(eq - kv))) {
            *(int32_t *)((char *)s + names[i].off) = (int32_t)v;
            return true;
        }
    return false;
}

static int parse_opts(int argc, char **argv, al_project *p, opts *o, int mode)
{
    bool run = mode != CHECK;
    o->paths = al_alloc(sizeof *o->paths * (size_t)(argc + 1));
    o->answers.confirm = -1;
    o->settings = al_pbt_defaults();
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!run && !strcmp(a, "--syntax-only")) o->syntax_only = true;
        else if (!strcmp(a, "--no-base-app")) o->no_base_app = true;
        else if (!run && !strcmp(a, "--dump-ast")) o->dump = true;
        else if ((mode == PAGE || mode == EXPLORE) && !strcmp(a, "--script")) {
            if (!val) return usage_error("%s needs a file", a);
            o->script = argv[++i];
        } else if ((mode == PAGE || mode == RUN || mode == TEST || mode == EXPLORE) && !strcmp(a, "--clock")) {
            if (!val || (strcmp(val, "virtual") && strcmp(val, "real"))) return usage_error("%s takes virtual or real", a);
            o->settings.real_clock = !strcmp(argv[++i], "real");
            o->clock_given = true;
            o->answers.virtual_clock = !o->settings.real_clock;   /* run: real unless asked */
        } else if ((mode == RUN || mode == PAGE || mode == TEST) && !strcmp(a, "--trace")) {
            if (!val || !al_trace_kind(val))
                return usage_error("%s needs a file name ending in .jsonl, .svg or .html", a);
            o->trace = argv[++i];
        } else if ((mode == RUN || mode == PAGE || mode == TEST) && !strcmp(a, "--timeline")) {
            o->timeline = true;
        } else if (mode == TEST && !strcmp(a, "--filter")) {
            if (!val) return usage_error("%s needs a pattern (Codeunit::Method, * and ? allowed)", a);
            o->test.filter = argv[++i];
        } else if (mode == TEST && !strcmp(a, "--junit")) {
            if (!val) return usage_error("%s needs a file", a);
            o->test.junit = argv[++i];
        } else if (mode == TEST && !strcmp(a, "--isolation")) {
            if (!val || (strcmp(val, "codeunit") && strcmp(val, "function") && strcmp(val, "disabled")))
                return usage_error("%s takes codeunit, function or disabled", a);
            i++;
            o->test.isolation_set = true;
            o->test.isolation = !strcmp(val, "codeunit") ? AL_ISOLATE_CODEUNIT : !strcmp(val, "function") ? AL_ISOLATE_FUNCTION
                                                                                                          : AL_ISOLATE_DISABLED;
        } else if ((mode == PAGE || mode == EXPLORE) && !strcmp(a, "--seed")) {
            /* the virtual clock's timing perturbations (docs/explore.md) */
            char *end;
            if (!val || !*val || *val == '-' || (o->settings.seed = strtoull(val, &end, 10), *end))
                return usage_error("%s takes a number (0: no perturbation)", a);
            o->seed_given = true;
            i++;
        } else if (run && !strcmp(a, "--inject")) {
            if (!val) return usage_error("%s needs a spec: TASK[#K] error CODE TEXT, TASK[#K] timeout or TASK[#K] queue-full", a);
            char *error = NULL;
            if (!o->inject) o->inject = al_alloc(sizeof *o->inject);
            if (!al_inject_parse(o->inject, argv[++i], &error)) {
                fprintf(stderr, "alrun: %s\n(see docs/explore.md)\n", error);
                return 2;
            }
        } else if (mode == EXPLORE && !strcmp(a, "--runs")) {
            char *end;
            long n = val ? strtol(val, &end, 10) : 0;
            if (!val || *end || n < 1 || n > 100000) return usage_error("%s takes a number of runs, 1 to 100000", a);
            o->runs = (uint32_t)n;
            i++;
        } else if ((mode == PAGE || mode == EXPLORE) && !strcmp(a, "--settings")) {
            if (!val) return usage_error("%s needs a file", a);
            FILE *sf = fopen(argv[++i], "r");
            if (!sf) return usage_error("cannot read the settings file '%s'", argv[i]);
            char line[512];
            int lineno = 0;
            while (fgets(line, sizeof line, sf)) {
                lineno++;
                char *s = line + strspn(line, " \t");
                s[strcspn(s, "\r\n")] = 0;
                if (!*s || *s == '#') continue;
                for (char *q = s; *q; q++)             /* Name = Value: the blanks around '=' go */
                    if (*q == ' ' || *q == '\t') { memmove(q, q + 1, strlen(q)); q--; }
                if (!set_setting(&o->settings, s)) {
                    fprintf(stderr, "alrun: %s:%d: not a setting: %s\n", argv[i], lineno, s);
                    fclose(sf);
                    return 2;
                }
            }
            fclose(sf);
        } else if ((mode == PAGE || mode == EXPLORE) && !strcmp(a, "--setting")) {
            if (!val || !set_setting(&o->settings, val))
                return usage_error("%s takes Name=Value: ChildSessionsMaxConcurrency, ChildSessionsMaxQueueLength, "
                                   "PageBackgroundTaskDefaultTimeout or PageBackgroundTaskMaxTimeout (ms)", a);
            i++;
        } else if (mode == RUN && !strcmp(a, "--codeunit")) {
            if (!val) return usage_error("%s needs an ID or a name", a);
            o->codeunit = argv[++i];
        } else if (run && mode != EXPLORE && !strcmp(a, "--db")) {
            if (!val) return usage_error("%s needs a file name", a);
            o->db = argv[++i];
        } else if (run && !strcmp(a, "--data")) {
            if (!val) return usage_error("%s needs a .json or .csv file", a);
            o->data = al_realloc(o->data, (size_t)o->ndata * sizeof *o->data, (size_t)(o->ndata + 1) * sizeof *o->data);
            o->data[o->ndata++] = argv[++i];
        } else if (mode == RUN && !strcmp(a, "--read-only")) {
            o->read_only = true;
        } else if (mode == RUN && !strcmp(a, "--confirm")) {
            if (!val || (strcmp(val, "yes") && strcmp(val, "no")))
                return usage_error("%s takes yes or no", a);
            o->answers.confirm = !strcmp(argv[++i], "yes");
        } else if (mode == RUN && !strcmp(a, "--strmenu")) {
            if (!val || atoi(val) < 1) return usage_error("%s takes an option number (1, 2, ...)", a);
            o->answers.strmenu = atoi(argv[++i]);
        } else if (!strcmp(a, "-D") || !strcmp(a, "--define")) {
            if (!val) return usage_error("%s needs a symbol", a);
            if (!al_symbols_add(&p->symbols, argv[++i])) return usage_error("too many symbols at %s", argv[i]);
        } else if (!strncmp(a, "-D", 2) && a[2]) {
            if (!al_symbols_add(&p->symbols, a + 2)) return usage_error("too many symbols at %s", a);
        } else if (!strcmp(a, "--")) {
            for (i++; i < argc; i++) o->paths[o->npaths++] = argv[i];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "alrun: unknown option '%s' for %s\n(see 'alrun --help')\n", a, mode_names[mode]);
            return 2;
        } else {
            o->paths[o->npaths++] = a;
        }
    }
    if (o->seed_given && o->settings.real_clock && o->settings.seed)
        return usage_error("%s", "--seed perturbs the virtual clock: it cannot be used with --clock real");
    if (mode == EXPLORE && o->settings.real_clock)
        return usage_error("%s", "explore runs on the virtual clock: --clock real cannot be used with it");
    if (o->npaths == 0) {
        fprintf(stderr, "alrun: %s needs a PATH (a .al file or a folder)\n(see 'alrun --help')\n", mode_names[mode]);
        return 2;
    }
    if (mode == EXPLORE && !o->script) return usage_error("%s", "explore needs --script FILE: the page script it runs");
    return 0;
}

/* Parses every file of [p]; prints syntax diagnostics.  Returns the units
 * and counts errors and objects.  Sources from [nuser] on are the base
 * application's: parsed without the user's symbols, not dumped or counted. */
static al_node **parse_all(al_project *p, const opts *o, uint32_t nuser, uint32_t *errors, uint32_t *objects)
{
    al_node **units = al_alloc(sizeof *units * (p->sources.count + 1));
    for (uint32_t i = 0; i < p->sources.count; i++) {
        al_source *src = p->sources.items[i];
        al_diags file_diags = {0};
        units[i] = al_parse_unit(src, i < nuser ? &p->symbols : NULL, &file_diags);
        if (i < nuser) *objects += units[i]->as.unit.objects.count;
        if (o->dump && i < nuser) {
            if (nuser > 1) printf(";; %s\n", src->name);
            al_ast_dump(stdout, units[i]);
        }
        al_diag_print(stderr, &p->sources, &file_diags);
        *errors += file_diags.errors;
    }
    return units;
}

/* What check and run share: the command line, the files, the parse. */
typedef struct job {
    al_project *p;
    opts o;
    al_node **units;
    uint32_t nuser;             /* the user's files; then the base application's */
    uint32_t objects, errors;
} job;

/* Loads the user's objects and the base application's (runtime/baseapp.h);
 * prints the diagnostics.  When the user's code has errors, notes say
 * which built-in objects were left out because they did not fit. */
static al_program *load(job *j, uint32_t *errors, unsigned flags)
{
    al_project *p = j->p;
    al_diags notes = {0};
    al_program *prog = al_baseapp_load(&p->sources, j->units, j->nuser, p->sources.count,
                                       al_stdlib_libs, flags, &notes);
    al_diag_print(stderr, &p->sources, &prog->diags);
    if (prog->diags.errors) al_diag_print(stderr, &p->sources, &notes);
    *errors += prog->diags.errors;
    return prog;
}

/* Returns 0, or the exit status for a wrong command line. */
static int start(job *j, int argc, char **argv, int mode)
{
    j->p = al_alloc(sizeof *j->p);
    int rc = parse_opts(argc, argv, j->p, &j->o, mode);
    if (rc) return rc;
    for (int i = 0; i < j->o.npaths; i++) al_project_add_path(j->p, j->o.paths[i]);
    j->errors = j->p->read_errors;
    j->nuser = j->p->sources.count;
    /* --syntax-only checks the user's files alone */
    if (!j->o.no_base_app && !j->o.syntax_only) al_baseapp_add(&j->p->sources);
    j->units = parse_all(j->p, &j->o, j->nuser, &j->errors, &j->objects);
    return 0;
}

static int cmd_check(int argc, char **argv)
{
    job j = {0};
    int rc = start(&j, argc, argv, CHECK);
    if (rc) return rc;
    /* Names and types are checked leniently: what alrun cannot check yet
     * (dependencies, records, pages ...) is counted, not reported. */
    uint32_t unchecked = 0, errors = j.errors, files = j.nuser;
    if (!j.o.syntax_only && errors == 0) unchecked = load(&j, &errors, AL_LOAD_LENIENT)->unchecked;
    printf("alrun check: %u file%s, %u object%s, %u error%s",
           files, files == 1 ? "" : "s", j.objects, j.objects == 1 ? "" : "s",
           errors, errors == 1 ? "" : "s");
    if (unchecked) printf(" (%u use%s of what alrun cannot check yet)", unchecked, unchecked == 1 ? "" : "s");
    printf("\n");
    return errors ? 1 : 0;
}

/* The codeunit `run` starts: --codeunit, or the only candidate. */
static al_object *pick_codeunit(al_program *prog, const char *want)
{
    if (want) {
        char *end;
        long long id = strtoll(want, &end, 10);
        al_object *o = *end == '\0' ? al_program_find_id(prog, AL_OBJ_CODEUNIT, id)
                                    : al_program_find(prog, AL_OBJ_CODEUNIT, want);
        if (!o) fprintf(stderr, "alrun: there is no codeunit '%s'\n", want);
        return o;
    }
    al_object *found = NULL;
    uint32_t n = 0;
    for (uint32_t i = 0; i < prog->nobjects; i++) {
        al_object *o = prog->objects[i];
        if (o->kind == AL_OBJ_CODEUNIT && !o->builtin && o->on_run && !o->is_test) {
            found = o;
            n++;
        }
    }
    if (n == 1) return found;
    if (n == 0) {
        fprintf(stderr, "alrun: no codeunit to run: none has an OnRun trigger (test codeunits run with 'alrun test')\n");
        return NULL;
    }
    fprintf(stderr, "alrun: several codeunits have an OnRun trigger; choose one with --codeunit:\n");
    for (uint32_t i = 0; i < prog->nobjects; i++) {
        al_object *o = prog->objects[i];
        if (o->kind == AL_OBJ_CODEUNIT && !o->builtin && o->on_run && !o->is_test)
            fprintf(stderr, "  %lld \"%s\"\n", (long long)o->id, o->name);
    }
    return NULL;
}

/* run and page: parse, check and load the project; NULL when it has errors
 * (the diagnostics are printed) or the command line is wrong (*rc = 2). */
static al_program *load_for_running(job *j, int argc, char **argv, int mode, int *rc)
{
    *rc = start(j, argc, argv, mode);
    if (*rc) return NULL;
    *rc = 1;
    if (j->errors) return NULL;
    uint32_t errors = 0;
    al_program *prog = load(j, &errors, AL_LOAD_LENIENT_TESTS);
    if (errors) return NULL;
    prog->app_name = j->p->app_name;
    char *error = NULL;
    if (!al_inject_resolve(j->o.inject, prog, &error)) {
        fprintf(stderr, "alrun: %s\n", error);
        *rc = 2;
        return NULL;
    }
    *rc = 0;
    return prog;
}

/* --trace / --timeline: the sink, its files created now (NULL: not asked
 * for, or *rc = 1 when a file cannot be written). */
static al_trace *open_trace(const opts *o, int *rc)
{
    *rc = 0;
    if (!o->trace && !o->timeline) return NULL;
    char *error = NULL;
    al_trace *T = al_trace_open(o->trace, o->timeline, &error);
    if (!T) {
        fprintf(stderr, "alrun: %s\n", error);
        *rc = 1;
    }
    return T;
}

/* The picture's title: the command and its paths. */
static const char *trace_title(const char *cmd, const opts *o)
{
    char *t = al_sprintf("alrun %s", cmd);
    for (int i = 0; i < o->npaths; i++) t = al_sprintf("%s %s", t, o->paths[i]);
    return t;
}

/* Writes the trace's files; 1 when that failed. */
static int close_trace(al_trace *T)
{
    char *error = NULL;
    if (!T || al_trace_close(T, stdout, &error)) return 0;
    fprintf(stderr, "alrun: %s\n", error);
    return 1;
}

static int64_t page_clock(void *pbt) { return al_pbt_now(pbt); }

static int cmd_run(int argc, char **argv)
{
    job j = {0};
    int rc;
    al_program *prog = load_for_running(&j, argc, argv, RUN, &rc);
    if (!prog) return rc;
    opts o = j.o;
    al_object *cu = pick_codeunit(prog, o.codeunit);
    if (!cu) return 1;
    al_trace *T = open_trace(&o, &rc);
    if (rc) return rc;
    char *error = NULL;
    al_db *db = al_db_open(o.db, prog, &error);
    if (!db) {
        fprintf(stderr, "alrun: %s\n", error);
        return 1;
    }
    al_host host = al_host_stdio(&o.answers);
    al_exec *X = al_session_open(prog, db, o.read_only, &host, &error);
    if (!X) {
        fprintf(stderr, "alrun: %s\n", error);
        al_db_close(db);
        return 1;
    }
    ((al_session_rt *)X->rt)->inject = o.inject;
    for (int i = 0; i < o.ndata; i++) {
        /* seeding writes even when the run itself is read-only */
        bool ro = X->read_only;
        al_exec *W = ro ? al_session_open(prog, db, false, &host, &error) : X;
        bool seeded = W && al_seed_load(W, o.data[i], &error);
        if (ro && W) al_session_close(W, seeded);
        if (!seeded) {
            fprintf(stderr, "alrun: %s\n", error);
            al_session_close(X, false);
            al_db_close(db);
            return 1;
        }
    }
    if (T) {
        ((al_session_rt *)X->rt)->trace = T;
        o.answers.trace = T;                 /* the host records Message and Sleep */
        al_trace_use_host(T, &X->host);
        al_trace_begin(T, "run", !o.answers.virtual_clock, trace_title("run", &o));
        al_trace_enter(T, al_trace_now(T), X->depth, 0, "codeunit",
                       AL_TRACE_KVS(AL_TI("codeunit_id", cu->id), AL_TT("codeunit", cu->name)));
    }
    bool ok = al_exec_run_object(X, cu);
    if (ok) al_trace_leave(T, al_trace_now(T), X->depth);
    else al_trace_unwind(T, al_trace_now(T), X->depth, X->last_error.msg);
    al_session_close(X, ok);
    al_db_close(db);
    fflush(stdout);
    if (close_trace(T)) return 1;
    if (!ok) {
        fprintf(stderr, "%s\n", *X->last_error.msg ? X->last_error.msg : "(the code ended with an error without text)");
        fprintf(stderr, "AL call stack:\n");
        for (const char *s = X->last_error.callstack; *s;) {
            const char *e = strchr(s, '\n');
            size_t n = e ? (size_t)(e - s) : strlen(s);
            fprintf(stderr, "  %.*s\n", (int)n, s);
            s += n + (e ? 1 : 0);
        }
        return 1;
    }
    return 0;
}

/* Reads all of [f]. */
static char *slurp(FILE *f)
{
    size_t cap = 4096, n = 0, got;
    char *t = al_alloc_atomic(cap);
    while ((got = fread(t + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (n + 1 >= cap) {
            t = al_realloc(t, cap, cap * 2);
            cap *= 2;
        }
    }
    t[n] = 0;
    return t;
}

static int cmd_page(int argc, char **argv)
{
    job j = {0};
    int rc;
    al_program *prog = load_for_running(&j, argc, argv, PAGE, &rc);
    if (!prog) return rc;
    opts o = j.o;
    /* typing commands at a terminal is interactive use: the real clock,
     * unless --clock says otherwise; a script gets the virtual one */
    if (!o.clock_given && !o.script && isatty(STDIN_FILENO) && !o.seed_given) o.settings.real_clock = true;
    const char *name = o.script ? o.script : "<stdin>";
    FILE *f = o.script ? fopen(o.script, "rb") : stdin;
    if (!f) {
        fprintf(stderr, "alrun: cannot read the script '%s'\n", o.script);
        return 1;
    }
    char *script = slurp(f);
    if (o.script) fclose(f);
    al_trace *T = open_trace(&o, &rc);
    if (rc) return rc;
    char *error = NULL;
    al_db *db = al_db_open(o.db, prog, &error);
    if (!db) {
        fprintf(stderr, "alrun: %s\n", error);
        return 1;
    }
    al_host none = {0};
    al_exec *X = al_session_open(prog, db, false, &none, &error);
    if (!X) {
        fprintf(stderr, "alrun: %s\n", error);
        al_db_close(db);
        return 1;
    }
    for (int i = 0; i < o.ndata; i++)
        if (!al_seed_load(X, o.data[i], &error)) {
            fprintf(stderr, "alrun: %s\n", error);
            al_session_close(X, false);
            al_db_close(db);
            return 1;
        }
    ((al_session_rt *)X->rt)->inject = o.inject;          /* before the client makes its al_pbt */
    al_client *c = al_client_new(X, stdout, &o.settings);
    X->host = al_client_host(c);
    if (T) {
        ((al_session_rt *)X->rt)->trace = T;
        al_trace_set_clock(T, page_clock, al_client_pbt(c), true);
        al_trace_begin(T, "page", o.settings.real_clock, trace_title("page", &o));
    }
    rc = al_client_run(c, name, script);
    al_session_close(X, rc == 0);
    al_db_close(db);
    fflush(stdout);
    if (close_trace(T)) return 1;
    return rc;
}

/* [s] as one word for a shell (single quotes when it needs them). */
static char *shell_word(const char *s)
{
    bool plain = *s != 0;
    for (const char *p = s; *p; p++)
        if (!(isalnum((unsigned char)*p) || strchr("/._-=+,:@%#", *p))) plain = false;
    if (plain) return al_strdup(s);
    char *w = al_strdup("'");
    for (const char *p = s; *p; p++) w = *p == '\'' ? al_sprintf("%s'\\''", w) : al_sprintf("%s%c", w, *p);
    return al_sprintf("%s'", w);
}

static int cmd_explore(int argc, char **argv)
{
    job j = {0};
    int rc;
    al_program *prog = load_for_running(&j, argc, argv, EXPLORE, &rc);
    if (!prog) return rc;
    opts o = j.o;
    FILE *f = fopen(o.script, "rb");
    if (!f) {
        fprintf(stderr, "alrun: cannot read the script '%s'\n", o.script);
        return 1;
    }
    char *script = slurp(f);
    fclose(f);
    /* the command that replays one run: this one as `alrun page`, without
     * --runs and --seed (the report appends the run's seed) */
    char *replay = al_strdup("alrun page");
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--runs") || !strcmp(argv[i], "--seed")) {
            i++;
            continue;
        }
        replay = al_sprintf("%s %s", replay, shell_word(argv[i]));
    }
    replay = al_sprintf("%s --seed", replay);
    al_explore_opts e = {
        .prog = prog, .data = o.data, .ndata = o.ndata, .settings = o.settings, .inject = o.inject,
        .script_name = o.script, .script = script, .runs = o.runs ? o.runs : 20,
        .seed = o.seed_given ? o.settings.seed : 1, .replay = replay,
    };
    char *error = NULL;
    rc = al_explore(&e, stdout, &error);
    if (rc && error) fprintf(stderr, "alrun: %s\n", error);
    fflush(stdout);
    return rc;
}

static int cmd_test(int argc, char **argv)
{
    job j = {0};
    int rc = start(&j, argc, argv, TEST);
    if (rc) return rc;
    if (j.errors) return 1;
    uint32_t errors = 0;
    /* test codeunits are what runs: checked as strictly as the rest */
    al_program *prog = load(&j, &errors, 0);
    if (errors) return 1;
    prog->app_name = j.p->app_name;
    opts o = j.o;
    char *error = NULL;
    if (!al_inject_resolve(o.inject, prog, &error)) {
        fprintf(stderr, "alrun: %s\n", error);
        return 2;
    }
    o.test.real_clock = o.clock_given && o.settings.real_clock;
    o.test.inject = o.inject;
    o.test.trace = open_trace(&o, &rc);
    if (rc) return rc;
    o.test.trace_title = trace_title("test", &o);
    al_db *db = al_db_open(o.db, prog, &error);
    if (!db) {
        fprintf(stderr, "alrun: %s\n", error);
        return 1;
    }
    for (int i = 0; i < o.ndata; i++) {
        al_host none = {0};
        al_exec *W = al_session_open(prog, db, false, &none, &error);
        bool seeded = W && al_seed_load(W, o.data[i], &error);
        if (W) al_session_close(W, seeded);
        if (!seeded) {
            fprintf(stderr, "alrun: %s\n", error);
            al_db_close(db);
            return 1;
        }
    }
    int failed = al_test_run(prog, db, &o.test, stdout, &error);
    al_db_close(db);
    fflush(stdout);
    if (close_trace(o.test.trace)) return 1;
    if (failed < 0) {
        fprintf(stderr, "alrun: %s\n", error);
        return 1;
    }
    return failed ? 1 : 0;
}

int main(int argc, char **argv)
{
    al_mem_init();
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        fputs(usage, stdout);
        return 0;
    }
    if (!strcmp(cmd, "--version")) {
        printf("alrun %s\n", AL_VERSION);
        return 0;
    }
    if (!strcmp(cmd, "check")) return cmd_check(argc - 2, argv + 2);
    if (!strcmp(cmd, "run")) return cmd_run(argc - 2, argv + 2);
    if (!strcmp(cmd, "page")) return cmd_page(argc - 2, argv + 2);
    if (!strcmp(cmd, "test")) return cmd_test(argc - 2, argv + 2);
    if (!strcmp(cmd, "explore")) return cmd_explore(argc - 2, argv + 2);
    return usage_error("unknown command '%s'", cmd);
}
