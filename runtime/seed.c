/* runtime/seed.c — `alrun run --data FILE`: rows loaded into tables before
 * the run (docs/records.md, "Seeding data").
 *
 * Two formats, told apart by the extension:
 *   FILE.json  {"Customer": [{"No.": "C1", "Name": "Adam"}, ...], "18": [...]}
 *              tables by name or ID; each row an object of field names (or
 *              numbers) to values: strings, numbers, true/false
 *   FILE.csv   one table, named by the file name (Customer.csv, 18.csv);
 *              the first row names the fields; RFC 4180 quoting
 * Every value goes through Evaluate into the field's type (so dates,
 * decimals, options and enums are written as Format shows them; ISO dates
 * and numbers with a '.' work too, through Evaluate's format 9).  Rows are
 * inserted without triggers, and committed before the run starts.  An error
 * names the file, the row and the field.
 */
#include "runtime/seed.h"
#include "runtime/db.h"
#include "interp/convert.h"
#include "interp/table.h"
#include "interp/text.h"
#include "grammar/mem.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct seed {
    al_exec *X;
    const char *path;
    char *error;
} seed;

/* ------------------------------------------------------------- values */

static const al_object *find_table(const al_program *P, const char *name)
{
    char *end;
    long id = strtol(name, &end, 10);
    const al_object *o = *end == 0 && end != name ? al_program_find_id(P, AL_OBJ_TABLE, id)
                                                  : al_program_find(P, AL_OBJ_TABLE, name);
    return o && o->table ? o : NULL;
}

static const al_field *find_field(const al_table *t, const char *name)
{
    char *end;
    long no = strtol(name, &end, 10);
    if (*end == 0 && end != name) return al_table_field_no(t, (int32_t)no);
    return al_table_field(t, name);
}

/* Sets field [f] of [r] from [text]: Evaluate, first en-US (format 0) then
 * the XML format 9 (ISO dates, '.' decimals, true/false). */
static bool set_field(seed *S, al_record *r, const al_field *f, const char *text, long row)
{
    if (f->fclass != AL_FIELD_NORMAL || f->type->kind == AL_TY_OTHER) {
        S->error = al_sprintf("%s: row %ld: field \"%s\" of table \"%s\" cannot be given a value (it is a %s)",
                              S->path, row, f->name, r->table->obj->name,
                              f->fclass != AL_FIELD_NORMAL ? "FlowField or FlowFilter" : "type alrun does not store");
        return false;
    }
    const al_text *t = al_text_new(text, strlen(text));
    al_value v = r->fields[f->index];
    al_fail fail = {0};
    if (al_evaluate(S->X, &v, f->type, t, 0, &fail) || al_evaluate(S->X, &v, f->type, t, 9, &fail)) {
        r->fields[f->index] = v;
        return true;
    }
    S->error = al_sprintf("%s: row %ld: field \"%s\": %s", S->path, row, f->name, fail.msg ? fail.msg : "invalid value");
    return false;
}

typedef struct insert_req { al_record *r; bool ok; } insert_req;

static void do_insert(al_exec *X, void *ud)
{
    insert_req *q = ud;
    q->ok = al_store_insert(X, X->db, q->r);
}

static bool insert(seed *S, al_record *r, long row)
{
    insert_req q = {r, false};
    if (!al_exec_protected(S->X, do_insert, &q)) {
        S->error = al_sprintf("%s: row %ld: %s", S->path, row, S->X->last_error.msg);
        return false;
    }
    if (!q.ok) {
        S->error = al_sprintf("%s: row %ld: a record with this primary key is already in table \"%s\"", S->path, row,
                              r->table->obj->name);
        return false;
    }
    return true;
}

/* --------------------------------------------------------------- JSON */

typedef struct json {
    const char *p, *end;
    long row;                 /* rows seen so far in the current table */
    seed *S;
} json;

static void ws(json *J)
{
    while (J->p < J->end && isspace((unsigned char)*J->p)) J->p++;
}

static bool jfail(json *J, const char *what)
{
    if (!J->S->error) {
        /* the line of the problem */
        J->S->error = al_sprintf("%s: %s", J->S->path, what);
    }
    return false;
}

/* A JSON string (with its escapes) or NULL. */
static char *jstring(json *J)
{
    ws(J);
    if (J->p >= J->end || *J->p != '"') return NULL;
    J->p++;
    size_t cap = 32, n = 0;
    char *out = al_alloc_atomic(cap);
    while (J->p < J->end && *J->p != '"') {
        char c = *J->p++;
        if (c == '\\' && J->p < J->end) {
            char e = *J->p++;
            switch (e) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case 'r': c = '\r'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'u': {
                unsigned cp = 0;
                for (int i = 0; i < 4 && J->p < J->end; i++) {
                    char h = *J->p++;
                    cp = cp * 16 + (unsigned)(isdigit((unsigned char)h) ? h - '0' : (tolower((unsigned char)h) - 'a' + 10));
                }
                char buf[4];
                int k = cp < 0x80 ? (buf[0] = (char)cp, 1)
                      : cp < 0x800 ? (buf[0] = (char)(0xC0 | cp >> 6), buf[1] = (char)(0x80 | (cp & 63)), 2)
                      : (buf[0] = (char)(0xE0 | cp >> 12), buf[1] = (char)(0x80 | ((cp >> 6) & 63)), buf[2] = (char)(0x80 | (cp & 63)), 3);
                for (int i = 0; i < k; i++) {
                    if (n + 2 >= cap) { out = al_realloc(out, cap, cap * 2); cap *= 2; }
                    out[n++] = buf[i];
                }
                continue;
            }
            default: c = e;
            }
        }
        if (n + 2 >= cap) { out = al_realloc(out, cap, cap * 2); cap *= 2; }
        out[n++] = c;
    }
    if (J->p >= J->end) return NULL;
    J->p++;
    out[n] = 0;
    return out;
}

/* A scalar as text: a string, a number as written, true/false. */
static char *jscalar(json *J)
{
    ws(J);
    if (J->p < J->end && *J->p == '"') return jstring(J);
    const char *s = J->p;
    while (J->p < J->end && (isalnum((unsigned char)*J->p) || *J->p == '-' || *J->p == '+' || *J->p == '.')) J->p++;
    if (J->p == s) return NULL;
    char *v = al_strndup(s, (size_t)(J->p - s));
    if (!strcmp(v, "null")) return al_strdup("");
    return v;
}

static bool jexpect(json *J, char c)
{
    ws(J);
    if (J->p < J->end && *J->p == c) { J->p++; return true; }
    return false;
}

static bool json_row(json *J, const al_object *o)
{
    al_record *r = al_record_new(J->S->X, o->table, false);
    J->row++;
    if (!jexpect(J, '{')) return jfail(J, al_sprintf("table \"%s\": row %ld is not an object", o->name, J->row));
    if (jexpect(J, '}')) return insert(J->S, r, J->row);
    do {
        char *key = jstring(J);
        if (!key || !jexpect(J, ':')) return jfail(J, al_sprintf("table \"%s\": row %ld: a \"field\": value pair is expected", o->name, J->row));
        char *val = jscalar(J);
        if (!val) return jfail(J, al_sprintf("table \"%s\": row %ld: field \"%s\": a string, a number or true/false is expected", o->name, J->row, key));
        const al_field *f = find_field(o->table, key);
        if (!f) return jfail(J, al_sprintf("row %ld: table \"%s\" has no field \"%s\"", J->row, o->name, key));
        if (!set_field(J->S, r, f, val, J->row)) return false;
    } while (jexpect(J, ','));
    if (!jexpect(J, '}')) return jfail(J, al_sprintf("table \"%s\": row %ld: ',' or '}' expected", o->name, J->row));
    return insert(J->S, r, J->row);
}

static bool load_json(seed *S, const char *text, size_t len)
{
    json J = {text, text + len, 0, S};
    if (!jexpect(&J, '{')) return jfail(&J, "the file must hold one JSON object: {\"Table\": [rows...]}");
    if (jexpect(&J, '}')) return true;
    do {
        char *tname = jstring(&J);
        if (!tname || !jexpect(&J, ':')) return jfail(&J, "a \"Table\": [rows...] pair is expected");
        const al_object *o = find_table(S->X->prog, tname);
        if (!o) return jfail(&J, al_sprintf("table \"%s\" is not defined", tname));
        if (!jexpect(&J, '[')) return jfail(&J, al_sprintf("table \"%s\": a list of rows [...] is expected", tname));
        J.row = 0;
        if (!jexpect(&J, ']')) {
            do {
                if (!json_row(&J, o)) return false;
            } while (jexpect(&J, ','));
            if (!jexpect(&J, ']')) return jfail(&J, al_sprintf("table \"%s\": ',' or ']' expected after row %ld", tname, J.row));
        }
    } while (jexpect(&J, ','));
    if (!jexpect(&J, '}')) return jfail(&J, "',' or '}' expected");
    ws(&J);
    if (J.p < J.end) return jfail(&J, "text after the JSON object");
    return true;
}

/* ---------------------------------------------------------------- CSV */

/* The next CSV record's fields; NULL at the end of the text. */
static char **csv_record(const char **pp, const char *end, uint32_t *n)
{
    const char *p = *pp;
    if (p >= end) return NULL;
    char **out = NULL;
    *n = 0;
    for (;;) {
        size_t cap = 16, len = 0;
        char *f = al_alloc_atomic(cap);
        if (p < end && *p == '"') {
            p++;
            while (p < end) {
                if (*p == '"' && p + 1 < end && p[1] == '"') { p += 2; f[len++] = '"'; }
                else if (*p == '"') { p++; break; }
                else f[len++] = *p++;
                if (len + 2 >= cap) { f = al_realloc(f, cap, cap * 2); cap *= 2; }
            }
        }
        while (p < end && *p != ',' && *p != '\n' && *p != '\r') {
            f[len++] = *p++;
            if (len + 2 >= cap) { f = al_realloc(f, cap, cap * 2); cap *= 2; }
        }
        f[len] = 0;
        out = al_realloc(out, *n * sizeof *out, (*n + 1) * sizeof *out);
        out[(*n)++] = f;
        if (p < end && *p == ',') { p++; continue; }
        if (p < end && *p == '\r') p++;
        if (p < end && *p == '\n') p++;
        break;
    }
    *pp = p;
    return out;
}

static bool load_csv(seed *S, const char *text, size_t len)
{
    /* the table: the file name without folder and extension */
    const char *base = strrchr(S->path, '/');
    base = base ? base + 1 : S->path;
    char *tname = al_strdup(base);
    char *dot = strrchr(tname, '.');
    if (dot) *dot = 0;
    const al_object *o = find_table(S->X->prog, tname);
    if (!o) {
        S->error = al_sprintf("%s: table \"%s\" (the file's name) is not defined", S->path, tname);
        return false;
    }
    const char *p = text, *end = text + len;
    if (len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) p += 3;          /* a UTF-8 byte order mark */
    uint32_t ncols;
    char **head = csv_record(&p, end, &ncols);
    if (!head) {
        S->error = al_sprintf("%s: the first row must name the fields", S->path);
        return false;
    }
    const al_field **cols = al_alloc(sizeof *cols * ncols);
    for (uint32_t i = 0; i < ncols; i++)
        if (!(cols[i] = find_field(o->table, head[i]))) {
            S->error = al_sprintf("%s: row 1: table \"%s\" has no field \"%s\"", S->path, o->name, head[i]);
            return false;
        }
    long row = 1;
    uint32_t n;
    char **vals;
    while ((vals = csv_record(&p, end, &n)) != NULL) {
        row++;
        if (n == 1 && !vals[0][0]) continue;                            /* an empty line */
        if (n != ncols) {
            S->error = al_sprintf("%s: row %ld: %u values for %u fields", S->path, row, n, ncols);
            return false;
        }
        al_record *r = al_record_new(S->X, o->table, false);
        for (uint32_t i = 0; i < n; i++)
            if (!set_field(S, r, cols[i], vals[i], row)) return false;
        if (!insert(S, r, row)) return false;
    }
    return true;
}

/* ------------------------------------------------------------------ API */

static void do_commit(al_exec *X, void *ud)
{
    (void)ud;
    al_store_commit(X, X->db);
}

bool al_seed_load(al_exec *X, const char *path, char **error)
{
    seed S = {X, path, NULL};
    FILE *f = fopen(path, "rb");
    if (!f) {
        *error = al_sprintf("%s: cannot read the file", path);
        return false;
    }
    size_t cap = 1 << 16, len = 0;
    char *text = al_alloc_atomic(cap);
    size_t got;
    while ((got = fread(text + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap) { text = al_realloc(text, cap, cap * 2); cap *= 2; }
    }
    fclose(f);
    size_t pl = strlen(path);
    bool ok;
    if (pl > 5 && !strcasecmp(path + pl - 5, ".json")) ok = load_json(&S, text, len);
    else if (pl > 4 && !strcasecmp(path + pl - 4, ".csv")) ok = load_csv(&S, text, len);
    else {
        *error = al_sprintf("%s: --data takes a .json or a .csv file", path);
        return false;
    }
    if (ok && !al_exec_protected(X, do_commit, NULL)) {
        S.error = al_sprintf("%s: %s", path, X->last_error.msg);
        ok = false;
    }
    if (!ok) {
        al_store_rollback(X->db);
        *error = S.error ? S.error : al_sprintf("%s: cannot load the data", path);
    }
    return ok;
}
