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
#include "runtime/project.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: alrun <command> [options] PATH...\n"
    "\n"
    "Runs Business Central AL source without Business Central.\n"
    "\n"
    "commands:\n"
    "  check PATH...     parse (and check) every .al file under PATH\n"
    "      --syntax-only     stop after parsing\n"
    "      --dump-ast        print each file's syntax tree\n"
    "      -D SYMBOL         define a preprocessor symbol (repeatable); the\n"
    "                        preprocessorSymbols of app.json are defined too\n"
    "\n"
    "  PATH is a .al file or a folder searched recursively for .al files.\n"
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

static int cmd_check(int argc, char **argv)
{
    bool syntax_only = false, dump = false;
    al_project *p = al_alloc(sizeof *p);
    int npaths = 0;
    const char **paths = al_alloc(sizeof *paths * (size_t)(argc + 1));
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--syntax-only")) syntax_only = true;
        else if (!strcmp(a, "--dump-ast")) dump = true;
        else if (!strcmp(a, "-D") || !strcmp(a, "--define")) {
            if (i + 1 >= argc) return usage_error("%s needs a symbol", a);
            if (!al_symbols_add(&p->symbols, argv[++i])) return usage_error("too many symbols at %s", argv[i]);
        } else if (!strncmp(a, "-D", 2) && a[2]) {
            if (!al_symbols_add(&p->symbols, a + 2)) return usage_error("too many symbols at %s", a);
        } else if (!strcmp(a, "--")) {
            for (i++; i < argc; i++) paths[npaths++] = argv[i];
        } else if (a[0] == '-' && a[1]) {
            return usage_error("unknown option '%s' for check", a);
        } else {
            paths[npaths++] = a;
        }
    }
    if (npaths == 0) return usage_error("%s", "check needs a PATH (a .al file or a folder)");
    /* Semantic checks arrive with the interpreter; until then both modes
     * parse and report the grammar's own checks. */
    (void)syntax_only;

    for (int i = 0; i < npaths; i++) al_project_add_path(p, paths[i]);

    uint32_t objects = 0, errors = p->read_errors;
    for (uint32_t i = 0; i < p->sources.count; i++) {
        al_source *src = p->sources.items[i];
        al_diags file_diags = {0};
        al_node *unit = al_parse_unit(src, &p->symbols, &file_diags);
        objects += unit->as.unit.objects.count;
        if (dump) {
            if (p->sources.count > 1) printf(";; %s\n", src->name);
            al_ast_dump(stdout, unit);
        }
        al_diag_print(stderr, &p->sources, &file_diags);
        errors += file_diags.errors;
    }
    printf("alrun check: %u file%s, %u object%s, %u error%s\n",
           p->sources.count, p->sources.count == 1 ? "" : "s",
           objects, objects == 1 ? "" : "s",
           errors, errors == 1 ? "" : "s");
    return errors ? 1 : 0;
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
    return usage_error("unknown command '%s'", cmd);
}
