/* runtime/project.c — finding .al files and reading app.json settings. */
#include "runtime/project.h"
#include "grammar/mem.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static bool has_al_ext(const char *name)
{
    size_t n = strlen(name);
    return n > 3 && strcasecmp(name + n - 3, ".al") == 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Skips whitespace in a JSON text. */
static const char *json_ws(const char *s, const char *end)
{
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) s++;
    return s;
}

/* Reads a JSON string starting at the quote; returns the position after it
 * and stores a fresh copy in *out (NULL on malformed input).  Escapes other
 * than \" and \\ are kept as written: symbol names never contain them. */
static const char *json_string(const char *s, const char *end, char **out)
{
    *out = NULL;
    if (s >= end || *s != '"') return s;
    const char *start = ++s;
    while (s < end && *s != '"') {
        if (*s == '\\' && s + 1 < end) s++;
        s++;
    }
    if (s >= end) return s;
    *out = al_strndup(start, (size_t)(s - start));
    return s + 1;
}

bool al_project_read_symbols(const char *json, size_t len, al_symbols *syms)
{
    const char *end = json + len;
    const char *key = "\"preprocessorSymbols\"";
    const char *p = json;
    size_t klen = strlen(key);
    for (; p + klen <= end; p++)
        if (strncasecmp(p, key, klen) == 0) break;
    if (p + klen > end) return true;              /* no symbols: fine */
    p = json_ws(p + klen, end);
    if (p >= end || *p != ':') return false;
    p = json_ws(p + 1, end);
    if (p >= end || *p != '[') return false;
    p = json_ws(p + 1, end);
    while (p < end && *p != ']') {
        char *sym;
        p = json_string(p, end, &sym);
        if (!sym) return false;
        if (!al_symbols_add(syms, sym)) return false;
        p = json_ws(p, end);
        if (p < end && *p == ',') p = json_ws(p + 1, end);
        else if (p < end && *p != ']') return false;
    }
    return p < end;
}

char *al_project_read_name(const char *json, size_t len)
{
    /* the first "name" key at the top level (depth 1) of the object */
    const char *end = json + len;
    int depth = 0;
    for (const char *s = json; s < end; s++) {
        if (*s == '{' || *s == '[') depth++;
        else if (*s == '}' || *s == ']') depth--;
        else if (*s == '"') {
            char *key;
            const char *after = json_string(s, end, &key);
            if (!key) return NULL;
            const char *v = json_ws(after, end);
            if (depth == 1 && v < end && *v == ':' && strcmp(key, "name") == 0) {
                char *val;
                json_string(json_ws(v + 1, end), end, &val);
                if (val) {                       /* \" and \\ */
                    char *o = val;
                    for (const char *c = val; *c; c++) *o++ = (*c == '\\' && c[1]) ? *++c : *c;
                    *o = 0;
                }
                return val;
            }
            s = after - 1;
        }
    }
    return NULL;
}

static void read_app_json(al_project *p, const char *dir)
{
    char *path = al_sprintf("%s/app.json", dir);
    FILE *f = fopen(path, "rb");
    if (!f) return;
    al_sources tmp = {0};
    fclose(f);
    al_source *s = al_source_read(&tmp, path);
    if (s && !p->app_name) p->app_name = al_project_read_name(s->text, s->len);
    if (s && !al_project_read_symbols(s->text, s->len, &p->symbols))
        fprintf(stderr, "alrun: %s: cannot read \"preprocessorSymbols\" (expected a list of strings)\n", path);
}

static bool add_dir(al_project *p, const char *dir, int depth)
{
    if (depth > 64) return true;                  /* symlink loops */
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "alrun: cannot read '%s': %s\n", dir, strerror(errno));
        p->read_errors++;
        return false;
    }
    read_app_json(p, dir);
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;        /* ., .., .git, .alpackages ... */
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 32;
            names = al_realloc(names, cap * sizeof *names, ncap * sizeof *names);
            cap = ncap;
        }
        names[n++] = al_strdup(e->d_name);
    }
    closedir(d);
    if (n > 1) qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        char *path = al_sprintf("%s/%s", dir, names[i]);
        struct stat st;
        if (stat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) add_dir(p, path, depth + 1);
        else if (S_ISREG(st.st_mode) && has_al_ext(names[i]) && !al_source_read(&p->sources, path)) {
            fprintf(stderr, "alrun: cannot read '%s': %s\n", path, strerror(errno));
            p->read_errors++;
        }
    }
    return true;
}

bool al_project_add_path(al_project *p, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "alrun: cannot read '%s': %s\n", path, strerror(errno));
        p->read_errors++;
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        size_t n = strlen(path);
        while (n > 1 && path[n - 1] == '/') n--;
        return add_dir(p, al_strndup(path, n), 0);
    }
    if (!al_source_read(&p->sources, path)) {
        fprintf(stderr, "alrun: cannot read '%s': %s\n", path, strerror(errno));
        p->read_errors++;
        return false;
    }
    if (!p->app_name) {
        /* a single file: its folder's app.json names the app (for messages
         * such as the permission error); symbols come only from folders */
        const char *slash = strrchr(path, '/');
        char *dir = slash ? al_strndup(path, (size_t)(slash - path)) : al_strdup(".");
        al_sources tmp = {0};
        FILE *f = fopen(al_sprintf("%s/app.json", dir), "rb");
        if (f) {
            fclose(f);
            al_source *s = al_source_read(&tmp, al_sprintf("%s/app.json", dir));
            if (s) p->app_name = al_project_read_name(s->text, s->len);
        }
    }
    return true;
}
