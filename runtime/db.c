/* runtime/db.c — the record store on SQLite (see db.h and docs/records.md).
 *
 * SQL text is built from the table definitions and the filters; every
 * value is bound, never pasted.  Prepared statements are cached per
 * connection by their text, so a loop of Get or Next prepares once.
 */
#include "runtime/db.h"
#include "runtime/filter.h"
#include "interp/convert.h"
#include "interp/decimal.h"
#include "interp/guid.h"
#include "interp/text.h"
#include "grammar/mem.h"

/* the session extension (Debian's libsqlite3 has it): the parent's
 * uncommitted deletes, for a synchronous child's view (al_store_view) */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* Read-only stores kept for the next child session: opening two SQLite
 * connections is most of what starting a page background task costs. */
enum { POOL_MAX = 16 };

struct al_db {
    char *path;
    bool track_deletes;          /* the program has test codeunits: writers record their deletes */
    bool temporary;              /* remove the file at close */
    const al_program *P;
    pthread_mutex_t pool_mu;     /* sessions open and close on several threads */
    struct al_store *pool[POOL_MAX];
    uint32_t npool;
};

/* A prepared-statement cache: open addressing on the SQL text. */
typedef struct stmt_cache {
    const char **sql;
    sqlite3_stmt **stmt;
    uint32_t cap, count;
} stmt_cache;

typedef struct conn {
    sqlite3 *db;
    stmt_cache cache;
} conn;

/* An open FindSet: the query's statement, stepped by Next(1) while the
 * record's view and position are what the cursor left them at.  A store
 * keeps at most MAX_CURSORS open; the oldest is closed to make room (its
 * record then falls back to a keyset query: correct, only slower). */
enum { MAX_CURSORS = 32 };
typedef struct cursor {
    sqlite3_stmt *st;            /* owned, not from the cache */
    al_record *owner;
    uint64_t view;
    int64_t rowid;               /* the row last read through it */
    al_value *keyvals;           /* the order fields' values of that row */
    uint32_t nkeys;
} cursor;

struct al_store {
    al_db *db;
    bool read_only;
    bool view;                   /* reads through another store's connection (al_store_view) */
    struct al_store *of;         /* a view: the store whose connection it reads through */
    bool overlay;                /* a view: [of]'s deleted rows are back under a savepoint */
    sqlite3_session *changes;    /* a writer's changes in its write transaction (track_deletes) */
    bool in_write;               /* BEGIN done, not yet committed */
    bool temp_used;              /* temporary tables were made in [temp] */
    /* test isolation (al_store_isolate): one transaction around a whole
     * test or codeunit; a Commit inside it is a savepoint (a commit point
     * for rollbacks), and the end rolls everything back */
    bool isolated, dirty;
    uint32_t commit_points;
    conn main, temp;
    cursor cursors[MAX_CURSORS];
    uint32_t next_cursor;        /* the slot to reuse next (round robin) */
};

/* ============================================================== helpers */

static void sql_init(al_sql *s)
{
    memset(s, 0, sizeof *s);
    al_sql_append(s, "");
}

static void sql_printf(al_sql *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sql_printf(al_sql *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *t = al_vsprintf(fmt, ap);
    va_end(ap);
    al_sql_append(s, t);
}

/* "Name" with embedded quotes doubled: table and field names are SQL
 * identifiers as written in AL, so the database is readable. */
static char *quote_ident(const char *name)
{
    size_t n = strlen(name), q = 0;
    for (size_t i = 0; i < n; i++) q += name[i] == '"';
    char *out = al_alloc_atomic(n + q + 3), *o = out;
    *o++ = '"';
    for (size_t i = 0; i < n; i++) {
        if (name[i] == '"') *o++ = '"';
        *o++ = name[i];
    }
    *o++ = '"';
    *o = 0;
    return out;
}

static const char *column(const al_field *f) { return quote_ident(f->name); }

static bool stored(const al_field *f)
{
    return f->fclass == AL_FIELD_NORMAL && f->type->kind != AL_TY_OTHER;
}

static const char *sql_type(const al_type *t)
{
    switch (t->kind) {
    case AL_TY_TEXT: case AL_TY_CODE:
    case AL_TY_DATEFORMULA:             /* its canonical text, without <> (docs/datetime.md) */
        return "TEXT NOT NULL DEFAULT '' COLLATE " AL_FILTER_COLLATION;
    case AL_TY_DECIMAL: return "TEXT NOT NULL DEFAULT '0' COLLATE al_decimal";
    case AL_TY_GUID: return "BLOB";
    default: return "INTEGER NOT NULL DEFAULT 0";
    }
}

/* ------------------------------------------------------ SQLite callbacks */

static int dec_collate(void *ud, int alen, const void *a, int blen, const void *b)
{
    (void)ud;
    al_dec x, y;
    if (!al_dec_parse(a, (size_t)alen, &x, NULL)) x = al_dec_zero();
    if (!al_dec_parse(b, (size_t)blen, &y, NULL)) y = al_dec_zero();
    return al_dec_cmp(x, y);
}

typedef struct dsum { al_dec acc; bool overflow, any; } dsum;

static void dsum_step(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
    (void)argc;
    dsum *d = sqlite3_aggregate_context(cx, sizeof *d);
    if (!d) return;
    if (!d->any) { d->acc = al_dec_zero(); d->any = true; }
    const unsigned char *t = sqlite3_value_text(argv[0]);
    al_dec v;
    if (!t || !al_dec_parse((const char *)t, strlen((const char *)t), &v, NULL)) return;
    if (!al_dec_add(d->acc, v, &d->acc, NULL)) d->overflow = true;
}

static void dsum_final(sqlite3_context *cx)
{
    dsum *d = sqlite3_aggregate_context(cx, 0);
    if (d && d->overflow) { sqlite3_result_error(cx, "Decimal overflow in a sum", -1); return; }
    char *s = al_dec_to_string(d && d->any ? d->acc : al_dec_zero());
    sqlite3_result_text(cx, s, -1, SQLITE_TRANSIENT);
}

/* min/max/avg over decimals keep exactness too */
typedef struct dext { al_dec v; bool any; int mode; int64_t n; bool overflow; } dext;

static void dext_step(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
    (void)argc;
    dext *d = sqlite3_aggregate_context(cx, sizeof *d);
    if (!d) return;
    intptr_t mode = (intptr_t)sqlite3_user_data(cx);
    const unsigned char *t = sqlite3_value_text(argv[0]);
    al_dec v;
    if (!t || !al_dec_parse((const char *)t, strlen((const char *)t), &v, NULL)) return;
    if (!d->any) { d->v = mode == 2 ? al_dec_zero() : v; d->any = true; if (mode != 2) { d->n = 1; return; } }
    d->n++;
    if (mode == 0 && al_dec_cmp(v, d->v) < 0) d->v = v;
    else if (mode == 1 && al_dec_cmp(v, d->v) > 0) d->v = v;
    else if (mode == 2 && !al_dec_add(d->v, v, &d->v, NULL)) d->overflow = true;
}

static void dext_final(sqlite3_context *cx)
{
    dext *d = sqlite3_aggregate_context(cx, 0);
    intptr_t mode = (intptr_t)sqlite3_user_data(cx);
    al_dec r = al_dec_zero();
    if (d && d->any) {
        r = d->v;
        if (mode == 2 && d->n > 0 && !al_dec_div(d->v, al_dec_from_int64(d->n), &r, NULL)) r = al_dec_zero();
    }
    if (d && d->overflow) { sqlite3_result_error(cx, "Decimal overflow", -1); return; }
    char *s = al_dec_to_string(r);
    sqlite3_result_text(cx, s, -1, SQLITE_TRANSIENT);
}

static bool conn_open(conn *c, const char *path, int flags, char **error)
{
    memset(c, 0, sizeof *c);
    if (sqlite3_open_v2(path, &c->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        *error = al_sprintf("cannot open the database %s: %s", path, c->db ? sqlite3_errmsg(c->db) : "out of memory");
        if (c->db) sqlite3_close(c->db);
        c->db = NULL;
        return false;
    }
    sqlite3_busy_timeout(c->db, 30000);
    al_filter_register_sql(c->db);
    sqlite3_create_collation(c->db, "al_decimal", SQLITE_UTF8, NULL, dec_collate);
    sqlite3_create_function(c->db, "al_dsum", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, NULL, dsum_step, dsum_final);
    sqlite3_create_function(c->db, "al_dmin", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, (void *)0, NULL, dext_step, dext_final);
    sqlite3_create_function(c->db, "al_dmax", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, (void *)1, NULL, dext_step, dext_final);
    sqlite3_create_function(c->db, "al_davg", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, (void *)2, NULL, dext_step, dext_final);
    return true;
}

static void conn_close(conn *c)
{
    for (uint32_t i = 0; i < c->cache.cap; i++)
        if (c->cache.stmt && c->cache.stmt[i]) sqlite3_finalize(c->cache.stmt[i]);
    if (c->db) sqlite3_close(c->db);
    memset(c, 0, sizeof *c);
}

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

__attribute__((noreturn)) static void sql_fail(al_exec *X, sqlite3 *db, const char *what)
{
    al_throw(X, NULL, "The database reported an error (%s): %s", what, sqlite3_errmsg(db));
}

/* A prepared statement for [sql], reset and with its bindings cleared. */
static sqlite3_stmt *prepare(al_exec *X, conn *c, const char *sql)
{
    stmt_cache *k = &c->cache;
    if (k->count * 2 >= k->cap) {
        uint32_t ncap = k->cap ? k->cap * 2 : 64;
        const char **nsql = al_alloc(sizeof *nsql * ncap);
        sqlite3_stmt **nst = al_alloc(sizeof *nst * ncap);
        for (uint32_t i = 0; i < k->cap; i++) {
            if (!k->sql[i]) continue;
            uint32_t j = hash_str(k->sql[i]) & (ncap - 1);
            while (nsql[j]) j = (j + 1) & (ncap - 1);
            nsql[j] = k->sql[i];
            nst[j] = k->stmt[i];
        }
        k->sql = nsql;
        k->stmt = nst;
        k->cap = ncap;
    }
    uint32_t j = hash_str(sql) & (k->cap - 1);
    while (k->sql[j]) {
        if (strcmp(k->sql[j], sql) == 0) {
            sqlite3_stmt *st = k->stmt[j];
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
            return st;
        }
        j = (j + 1) & (k->cap - 1);
    }
    sqlite3_stmt *st;
    if (getenv("ALRUN_SQL_TRACE")) fprintf(stderr, "sql: %s\n", sql);
    if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK) sql_fail(X, c->db, sql);
    k->sql[j] = al_strdup(sql);
    k->stmt[j] = st;
    k->count++;
    return st;
}

static void bind_value(sqlite3_stmt *st, int i, al_value v)
{
    switch ((al_tkind)v.tag) {
    case AL_TY_TEXT: case AL_TY_CODE: case AL_TY_LABEL: case AL_TY_DATEFORMULA:
        sqlite3_bind_text(st, i, v.u.text->s, (int)v.u.text->len, SQLITE_STATIC);
        break;
    case AL_TY_DECIMAL:
        sqlite3_bind_text(st, i, al_dec_to_string(*(const al_dec *)v.u.dec), -1, SQLITE_TRANSIENT);
        break;
    case AL_TY_GUID:
        sqlite3_bind_blob(st, i, v.u.guid, 16, SQLITE_STATIC);
        break;
    case AL_TY_BOOLEAN: sqlite3_bind_int64(st, i, v.u.b); break;
    case AL_TY_BIGINT: case AL_TY_DATETIME: case AL_TY_DURATION: sqlite3_bind_int64(st, i, v.u.big); break;
    case AL_TY_NONE: sqlite3_bind_null(st, i); break;
    default: sqlite3_bind_int64(st, i, v.u.i); break;
    }
}

static al_value read_value(sqlite3_stmt *st, int i, const al_type *t)
{
    switch (t->kind) {
    case AL_TY_TEXT: case AL_TY_CODE: case AL_TY_DATEFORMULA: {
        const unsigned char *s = sqlite3_column_text(st, i);
        int n = sqlite3_column_bytes(st, i);
        return al_textv(t->kind, s ? al_text_new((const char *)s, (size_t)n) : AL_TEXT_EMPTY);
    }
    case AL_TY_DECIMAL: {
        const unsigned char *s = sqlite3_column_text(st, i);
        al_dec *d = al_alloc_atomic(sizeof *d);
        if (!s || !al_dec_parse((const char *)s, (size_t)sqlite3_column_bytes(st, i), d, NULL)) *d = al_dec_zero();
        al_value v = {.tag = AL_TY_DECIMAL};
        v.u.dec = d;
        return v;
    }
    case AL_TY_GUID: {
        uint8_t *g = al_alloc_atomic(16);
        const void *b = sqlite3_column_blob(st, i);
        if (b && sqlite3_column_bytes(st, i) == 16) memcpy(g, b, 16);
        else memset(g, 0, 16);
        al_value v = {.tag = AL_TY_GUID};
        v.u.guid = g;
        return v;
    }
    case AL_TY_BOOLEAN: return al_bool(sqlite3_column_int64(st, i) != 0);
    case AL_TY_BIGINT: case AL_TY_DATETIME: case AL_TY_DURATION: {
        al_value v = {.tag = (uint8_t)t->kind};
        v.u.big = sqlite3_column_int64(st, i);
        return v;
    }
    default: {
        al_value v = {.tag = (uint8_t)t->kind};
        v.u.i = (int32_t)sqlite3_column_int64(st, i);
        return v;
    }
    }
}

static void bind_all(sqlite3_stmt *st, const al_sql *q)
{
    for (uint32_t i = 0; i < q->nbinds; i++) bind_value(st, (int)i + 1, q->binds[i]);
}

/* ================================================================ schema */

static char *create_sql(const al_table *t, const char *name, bool temp)
{
    al_sql s;
    sql_init(&s);
    sql_printf(&s, "CREATE %sTABLE IF NOT EXISTS %s (", temp ? "" : "", quote_ident(name));
    bool first = true;
    for (uint32_t i = 0; i < t->nfields; i++) {
        const al_field *f = &t->fields[i];
        if (!stored(f)) continue;
        sql_printf(&s, "%s%s %s", first ? "" : ", ", column(f), sql_type(f->type));
        first = false;
    }
    al_sql_append(&s, ", PRIMARY KEY (");
    const al_key *pk = &t->keys[0];
    for (uint32_t k = 0; k < pk->nfields; k++)
        sql_printf(&s, "%s%s", k ? ", " : "", column(&t->fields[pk->fields[k]]));
    al_sql_append(&s, "))");
    return s.buf;
}

static char *index_sql(const al_table *t, const char *name, uint32_t key)
{
    const al_key *k = &t->keys[key];
    al_sql s;
    sql_init(&s);
    sql_printf(&s, "CREATE %sINDEX IF NOT EXISTS %s ON %s (", k->unique ? "UNIQUE " : "",
               quote_ident(al_sprintf("%s$%u", name, key)), quote_ident(name));
    for (uint32_t i = 0; i < k->nfields; i++)
        sql_printf(&s, "%s%s", i ? ", " : "", column(&t->fields[k->fields[i]]));
    /* then the primary key's other fields, as BC's indexes have them: the
     * sort order is the key then the primary key, and Next seeks on both */
    const al_key *pk = &t->keys[0];
    for (uint32_t i = 0; !k->unique && i < pk->nfields; i++) {
        bool have = false;
        for (uint32_t j = 0; j < k->nfields; j++) have |= k->fields[j] == pk->fields[i];
        if (!have) sql_printf(&s, ", %s", column(&t->fields[pk->fields[i]]));
    }
    al_sql_append(&s, ")");
    return s.buf;
}

static bool exec_sql(sqlite3 *db, const char *sql, char **error)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        *error = al_sprintf("%s (in: %s)", msg ? msg : "error", sql);
        sqlite3_free(msg);
        return false;
    }
    return true;
}

/* The columns a table has in the database (for upgrades). */
static bool table_columns(sqlite3 *db, const char *name, char ***cols, char ***types, uint32_t *n)
{
    sqlite3_stmt *st;
    char *sql = al_sprintf("PRAGMA table_info(%s)", quote_ident(name));
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) return false;
    *n = 0;
    *cols = NULL;
    *types = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        *cols = al_realloc(*cols, *n * sizeof **cols, (*n + 1) * sizeof **cols);
        *types = al_realloc(*types, *n * sizeof **types, (*n + 1) * sizeof **types);
        (*cols)[*n] = al_strdup((const char *)sqlite3_column_text(st, 1));
        (*types)[*n] = al_strdup((const char *)sqlite3_column_text(st, 2));
        (*n)++;
    }
    sqlite3_finalize(st);
    return true;
}

static const char *decl_type(const al_type *t)
{
    switch (t->kind) {
    case AL_TY_TEXT: case AL_TY_CODE: case AL_TY_DECIMAL: case AL_TY_DATEFORMULA: return "TEXT";
    case AL_TY_GUID: return "BLOB";
    default: return "INTEGER";
    }
}

/* Creates a table or brings it up to date.  A field that is gone or whose
 * storage type changed would lose data: refused. */
static bool ensure_table(sqlite3 *db, const al_table *t, char **error)
{
    const char *name = t->obj->name;
    char **cols, **types;
    uint32_t n;
    if (!table_columns(db, name, &cols, &types, &n)) { *error = al_sprintf("cannot read the schema of %s", name); return false; }
    if (n == 0) {
        if (!exec_sql(db, create_sql(t, name, false), error)) return false;
    } else {
        for (uint32_t c = 0; c < n; c++) {
            const al_field *f = al_table_field(t, cols[c]);
            if (!f || !stored(f)) {
                *error = al_sprintf("table \"%s\" in the database has a field \"%s\" that its definition no longer has; "
                                    "alrun will not drop it (its data would be lost)", name, cols[c]);
                return false;
            }
            if (strcasecmp(types[c], decl_type(f->type)) != 0) {
                *error = al_sprintf("field \"%s\" of table \"%s\" changed its type in a way that would lose data "
                                    "(stored as %s, now %s)", cols[c], name, types[c], decl_type(f->type));
                return false;
            }
        }
        for (uint32_t i = 0; i < t->nfields; i++) {
            const al_field *f = &t->fields[i];
            if (!stored(f)) continue;
            bool have = false;
            for (uint32_t c = 0; c < n; c++) have |= al_name_eq(cols[c], f->name);
            if (!have && !exec_sql(db, al_sprintf("ALTER TABLE %s ADD COLUMN %s %s", quote_ident(name), column(f), sql_type(f->type)), error))
                return false;
        }
    }
    for (uint32_t k = 1; k < t->nkeys; k++)
        if (!exec_sql(db, index_sql(t, name, k), error)) return false;
    return true;
}

al_db *al_db_open(const char *path, const al_program *P, char **error)
{
    al_db *db = al_alloc(sizeof *db);
    db->P = P;
    for (uint32_t i = 0; i < P->nobjects; i++)
        if (P->objects[i]->is_test) db->track_deletes = true;
    pthread_mutex_init(&db->pool_mu, NULL);
    if (!path) {
        const char *dir = getenv("TMPDIR");
        char *tmpl = al_sprintf("%s/alrun-XXXXXX", dir && *dir ? dir : "/tmp");
        int fd = mkstemp(tmpl);
        if (fd < 0) { *error = al_sprintf("cannot create a temporary database in %s", dir && *dir ? dir : "/tmp"); return NULL; }
        close(fd);
        db->path = tmpl;
        db->temporary = true;
    } else {
        db->path = al_strdup(path);
    }
    conn c;
    if (!conn_open(&c, db->path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error)) { al_db_close(db); return NULL; }
    /* synchronous first: switching to WAL under the default FULL syncs
     * the new file several times (10+ ms on a busy disk) */
    bool ok = exec_sql(c.db, db->temporary ? "PRAGMA synchronous=OFF" : "PRAGMA synchronous=NORMAL", error)
           && exec_sql(c.db, "PRAGMA journal_mode=WAL", error)
           && exec_sql(c.db, "BEGIN", error);
    for (uint32_t i = 0; ok && i < P->nobjects; i++) {
        const al_object *o = P->objects[i];
        if (o->kind == AL_OBJ_TABLE && o->table && !o->table->temporary && o->table->nkeys)
            ok = ensure_table(c.db, o->table, error);
    }
    if (ok) ok = exec_sql(c.db, "COMMIT", error);
    conn_close(&c);
    if (!ok) { al_db_close(db); return NULL; }
    return db;
}

void al_db_close(al_db *db)
{
    if (!db) return;
    pthread_mutex_lock(&db->pool_mu);
    while (db->npool) {
        al_store *s = db->pool[--db->npool];
        conn_close(&s->main);
        conn_close(&s->temp);
    }
    pthread_mutex_unlock(&db->pool_mu);
    if (db && db->temporary && db->path) {
        unlink(db->path);
        unlink(al_sprintf("%s-wal", db->path));
        unlink(al_sprintf("%s-shm", db->path));
        db->path = NULL;
    }
}

/* ================================================================ stores */

al_store *al_store_open(al_db *db, bool read_only, char **error)
{
    if (read_only) {
        pthread_mutex_lock(&db->pool_mu);
        al_store *p = db->npool ? db->pool[--db->npool] : NULL;
        pthread_mutex_unlock(&db->pool_mu);
        if (p) return p;
    }
    al_store *s = al_alloc(sizeof *s);
    s->db = db;
    s->read_only = read_only;
    if (!conn_open(&s->main, db->path, read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, error))
        return NULL;
    if (!conn_open(&s->temp, ":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error)) {
        conn_close(&s->main);
        return NULL;
    }
    return s;
}

static void cursor_close(cursor *k)
{
    if (k->st) sqlite3_finalize(k->st);
    if (k->owner && k->owner->cursor == k) k->owner->cursor = NULL;
    memset(k, 0, sizeof *k);
}

/* Drops the temporary tables of a store going back to the pool (the next
 * session numbers its temporary tables from 1 again). */
static bool clear_temp(al_store *s)
{
    if (!s->temp_used) return true;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->temp.db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &st, NULL) != SQLITE_OK)
        return false;
    char **names = NULL;
    uint32_t n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        names = al_realloc(names, n * sizeof *names, (n + 1) * sizeof *names);
        names[n++] = al_strdup((const char *)sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
    /* cached statements on those tables go too */
    for (uint32_t i = 0; i < s->temp.cache.cap; i++)
        if (s->temp.cache.stmt && s->temp.cache.stmt[i]) sqlite3_finalize(s->temp.cache.stmt[i]);
    memset(&s->temp.cache, 0, sizeof s->temp.cache);
    for (uint32_t i = 0; i < n; i++)
        if (sqlite3_exec(s->temp.db, al_sprintf("DROP TABLE %s", quote_ident(names[i])), NULL, NULL, NULL) != SQLITE_OK)
            return false;
    s->temp_used = false;
    return true;
}

/* Puts the rows [of]'s write transaction deleted back, under a savepoint
 * the view's close rolls back: BC's child session sees the parent's
 * uncommitted inserts but not its uncommitted deletes (measured,
 * bc-behaviour.md §1.9).  The session extension kept each deleted row as
 * it was before the transaction. */
static bool restore_deletes(al_store *of, char **error)
{
    int n = 0;
    void *buf = NULL;
    if (sqlite3session_changeset(of->changes, &n, &buf) != SQLITE_OK) {
        *error = al_sprintf("cannot read the session's changes: %s", sqlite3_errmsg(of->main.db));
        return false;
    }
    bool ok = exec_sql(of->main.db, "SAVEPOINT alrun_view", error);
    sqlite3_changeset_iter *it = NULL;
    if (ok && n > 0 && sqlite3changeset_start(&it, n, buf) == SQLITE_OK) {
        while (ok && sqlite3changeset_next(it) == SQLITE_ROW) {
            const char *table;
            int ncol, op, indirect;
            sqlite3changeset_op(it, &table, &ncol, &op, &indirect);
            if (op != SQLITE_DELETE) continue;
            al_sql q;
            sql_init(&q);
            sql_printf(&q, "INSERT OR IGNORE INTO %s VALUES (", quote_ident(table));
            for (int i = 0; i < ncol; i++) al_sql_append(&q, i ? ", ?" : "?");
            al_sql_append(&q, ")");
            sqlite3_stmt *st = NULL;
            if (sqlite3_prepare_v2(of->main.db, q.buf, -1, &st, NULL) != SQLITE_OK) {
                *error = al_sprintf("cannot restore a deleted row: %s", sqlite3_errmsg(of->main.db));
                ok = false;
                break;
            }
            for (int i = 0; i < ncol; i++) {
                sqlite3_value *v = NULL;
                if (sqlite3changeset_old(it, i, &v) == SQLITE_OK && v) sqlite3_bind_value(st, i + 1, v);
            }
            if (sqlite3_step(st) != SQLITE_DONE) {
                *error = al_sprintf("cannot restore a deleted row: %s", sqlite3_errmsg(of->main.db));
                ok = false;
            }
            sqlite3_finalize(st);
        }
        sqlite3changeset_finalize(it);
    }
    sqlite3_free(buf);
    if (!ok) sqlite3_exec(of->main.db, "ROLLBACK TO alrun_view; RELEASE alrun_view", NULL, NULL, NULL);
    return ok;
}

al_store *al_store_view(al_store *of, char **error)
{
    al_store *s = al_alloc(sizeof *s);
    s->db = of->db;
    s->read_only = true;
    s->view = true;
    s->of = of;
    s->main.db = of->main.db;                /* its own statement cache, the other's connection */
    if (!conn_open(&s->temp, ":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error)) return NULL;
    if (of->in_write && of->changes) {
        if (!restore_deletes(of, error)) {
            conn_close(&s->temp);
            return NULL;
        }
        s->overlay = true;
    }
    return s;
}

void al_store_close(al_store *s)
{
    if (!s) return;
    for (uint32_t i = 0; i < MAX_CURSORS; i++) cursor_close(&s->cursors[i]);
    if (s->view) {
        /* the connection is the other store's: only our statements go */
        for (uint32_t i = 0; i < s->main.cache.cap; i++)
            if (s->main.cache.stmt && s->main.cache.stmt[i]) sqlite3_finalize(s->main.cache.stmt[i]);
        if (s->overlay) sqlite3_exec(s->of->main.db, "ROLLBACK TO alrun_view; RELEASE alrun_view", NULL, NULL, NULL);
        memset(&s->main, 0, sizeof s->main);
        conn_close(&s->temp);
        return;
    }
    al_store_isolate_end(s);
    al_store_rollback(s);
    if (s->read_only && clear_temp(s)) {
        al_db *db = s->db;
        pthread_mutex_lock(&db->pool_mu);
        bool kept = db->npool < POOL_MAX;
        if (kept) db->pool[db->npool++] = s;
        pthread_mutex_unlock(&db->pool_mu);
        if (kept) return;
    }
    conn_close(&s->main);
    conn_close(&s->temp);
}

bool al_store_read_only(const al_store *s) { return s->read_only; }
bool al_store_in_write(const al_store *s) { return s->isolated ? s->dirty : s->in_write; }

static bool exec_plain(sqlite3 *db, const char *sql) { return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK; }

void al_store_isolate(al_exec *X, al_store *s)
{
    al_store_commit(X, s);
    if (!exec_plain(s->main.db, "BEGIN IMMEDIATE")) sql_fail(X, s->main.db, "BEGIN");
    s->in_write = true;
    s->isolated = true;
    s->dirty = false;
    s->commit_points = 1;
    exec_plain(s->main.db, "SAVEPOINT c1");
}

void al_store_isolate_end(al_store *s)
{
    if (!s->isolated) return;
    exec_plain(s->main.db, "ROLLBACK");
    s->isolated = s->in_write = s->dirty = false;
    s->commit_points = 0;
}

bool al_store_isolated(const al_store *s) { return s->isolated; }

uint32_t al_store_mark(al_exec *X, al_store *s)
{
    al_store_commit(X, s);                              /* isolated: a new commit point */
    return s->commit_points;
}

void al_store_rollback_to_mark(al_store *s, uint32_t mark)
{
    if (!s->isolated || !mark || mark > s->commit_points) return;
    for (uint32_t i = 0; i < MAX_CURSORS; i++)
        if (s->cursors[i].owner && !s->cursors[i].owner->temporary) cursor_close(&s->cursors[i]);
    exec_plain(s->main.db, al_sprintf("ROLLBACK TO c%u", mark));
    s->commit_points = mark;
    s->dirty = false;
}

void al_store_commit(al_exec *X, al_store *s)
{
    if (s->isolated) {                                   /* a commit point inside the test's transaction */
        char *sp = al_sprintf("SAVEPOINT c%u", ++s->commit_points);
        if (!exec_plain(s->main.db, sp)) sql_fail(X, s->main.db, sp);
        s->dirty = false;
        return;
    }
    if (!s->in_write) return;
    if (sqlite3_exec(s->main.db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) sql_fail(X, s->main.db, "COMMIT");
    s->in_write = false;
    if (s->changes) sqlite3session_delete(s->changes);
    s->changes = NULL;
}

void al_store_rollback(al_store *s)
{
    if (s->isolated) {                                   /* back to the last commit point, staying isolated */
        exec_plain(s->main.db, al_sprintf("ROLLBACK TO c%u", s->commit_points));
        s->dirty = false;
        return;
    }
    if (!s->in_write) return;
    /* a rollback aborts the statements reading the database */
    for (uint32_t i = 0; i < MAX_CURSORS; i++)
        if (s->cursors[i].owner && !s->cursors[i].owner->temporary) cursor_close(&s->cursors[i]);
    sqlite3_exec(s->main.db, "ROLLBACK", NULL, NULL, NULL);
    s->in_write = false;
    if (s->changes) sqlite3session_delete(s->changes);
    s->changes = NULL;
}

/* ====================================================== where the rows are */

/* The connection and table name that hold [r]'s rows: the database's
 * table, or the record's own temporary table (created on first use). */
static conn *where_of(al_exec *X, al_store *s, al_record *r, const char **name, bool write)
{
    if (!r->temporary) {
        *name = quote_ident(r->table->obj->name);
        if (write) s->dirty = true;
        if (write && !s->in_write) {
            if (s->read_only) al_throw(X, NULL, "internal error: a write in a read-only session");
            if (sqlite3_exec(s->main.db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) sql_fail(X, s->main.db, "BEGIN");
            s->in_write = true;
            if (s->db->track_deletes && sqlite3session_create(s->main.db, "main", &s->changes) == SQLITE_OK)
                sqlite3session_attach(s->changes, NULL);
        }
        return &s->main;
    }
    char *tn = al_sprintf("T%llu$%s", (unsigned long long)r->temp->id, r->table->obj->name);
    *name = quote_ident(tn);
    if (!r->temp->created) {
        char *error = NULL;
        if (!exec_sql(s->temp.db, create_sql(r->table, tn, true), &error))
            al_throw(X, NULL, "cannot create a temporary table: %s", error);
        for (uint32_t k = 1; k < r->table->nkeys; k++)
            if (!exec_sql(s->temp.db, index_sql(r->table, tn, k), &error))
                al_throw(X, NULL, "cannot create a temporary table: %s", error);
        r->temp->created = true;
        s->temp_used = true;
    }
    return &s->temp;
}

/* SELECT list: rowid, then every stored field. */
static void select_cols(al_sql *q, const al_table *t)
{
    al_sql_append(q, "SELECT rowid");
    for (uint32_t i = 0; i < t->nfields; i++)
        if (stored(&t->fields[i])) sql_printf(q, ", %s", column(&t->fields[i]));
}

static void read_row(sqlite3_stmt *st, al_record *r)
{
    const al_table *t = r->table;
    r->rowid = sqlite3_column_int64(st, 0);
    int c = 1;
    for (uint32_t i = 0; i < t->nfields; i++) {
        const al_field *f = &t->fields[i];
        if (stored(f)) r->fields[i] = read_value(st, c++, f->type);
        else if (f->fclass == AL_FIELD_FLOWFIELD) {
            /* BC resets FlowFields when a record is read; CalcFields computes them */
            switch (f->type->kind) {
            case AL_TY_DECIMAL: r->fields[i] = al_convert_decimal_literal(0); break;
            case AL_TY_TEXT: case AL_TY_CODE: case AL_TY_DATEFORMULA:
                r->fields[i] = al_textv(f->type->kind, AL_TEXT_EMPTY);
                break;
            default: { al_value v = {.tag = (uint8_t)f->type->kind}; r->fields[i] = v; }
            }
        }
    }
    if (r->x) memcpy(r->x->fields, r->fields, sizeof *r->fields * t->nfields);
}

/* WHERE for r's filters (both filter groups) and marks. */
static void where_filters(al_sql *q, const al_record *r, bool *have_where)
{
    const al_table *t = r->table;
    if (r->marked_only) {
        al_sql_append(q, *have_where ? " AND rowid IN (" : " WHERE rowid IN (");
        *have_where = true;
        uint32_t n = r->marks ? r->marks->n : 0;
        for (uint32_t i = 0; i < n; i++) {
            al_sql_append(q, i ? ", ?" : "?");
            al_sql_bind(q, al_bigint(r->marks->rows[i]));
        }
        al_sql_append(q, ")");
    }
    for (int g = 0; g < 2; g++) {
        al_filter **fl = g == 0 ? r->filters : r->filters2;
        if (!fl) continue;
        for (uint32_t i = 0; i < t->nfields; i++) {
            if (!fl[i] || !stored(&t->fields[i])) continue;
            al_sql_append(q, *have_where ? " AND " : " WHERE ");
            *have_where = true;
            al_filter_sql(fl[i], column(&t->fields[i]), q);
        }
    }
}

/* The fields that order [r]: its current key, then the primary key's
 * fields the key does not already hold (BC's effective sort order). */
static uint32_t order_fields(const al_record *r, uint32_t *out)
{
    const al_table *t = r->table;
    const al_key *k = &t->keys[r->key];
    uint32_t n = 0;
    for (uint32_t i = 0; i < k->nfields; i++) out[n++] = k->fields[i];
    const al_key *pk = &t->keys[0];
    for (uint32_t i = 0; i < pk->nfields; i++) {
        bool have = false;
        for (uint32_t j = 0; j < n; j++) have |= out[j] == pk->fields[i];
        if (!have) out[n++] = pk->fields[i];
    }
    return n;
}

static void order_by(al_sql *q, const al_record *r, bool reverse)
{
    uint32_t of[64];
    uint32_t n = order_fields(r, of);
    bool desc = r->descending != reverse;
    al_sql_append(q, " ORDER BY ");
    for (uint32_t i = 0; i < n; i++)
        sql_printf(q, "%s%s%s", i ? ", " : "", column(&r->table->fields[of[i]]), desc ? " DESC" : "");
}

/* (k1, k2, ...) > (?, ?, ...) with the buffer's values: the rows after
 * (or before, or at) the buffer in the current order. */
static void key_position(al_sql *q, const al_record *r, const char *op, bool *have_where)
{
    uint32_t of[64];
    uint32_t n = order_fields(r, of);
    al_sql_append(q, *have_where ? " AND (" : " WHERE (");
    *have_where = true;
    for (uint32_t i = 0; i < n; i++) sql_printf(q, "%s%s", i ? ", " : "", column(&r->table->fields[of[i]]));
    sql_printf(q, ") %s (", op);
    for (uint32_t i = 0; i < n; i++) {
        al_sql_append(q, i ? ", ?" : "?");
        al_sql_bind(q, r->fields[of[i]]);
    }
    al_sql_append(q, ")");
}

static void pk_where(al_sql *q, const al_record *r, const al_value *vals)
{
    const al_key *pk = &r->table->keys[0];
    al_sql_append(q, " WHERE ");
    for (uint32_t i = 0; i < pk->nfields; i++) {
        sql_printf(q, "%s%s = ?", i ? " AND " : "", column(&r->table->fields[pk->fields[i]]));
        al_sql_bind(q, vals ? vals[i] : r->fields[pk->fields[i]]);
    }
}

static int step(al_exec *X, conn *c, sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE && rc != SQLITE_CONSTRAINT) sql_fail(X, c->db, sqlite3_sql(st));
    return rc;
}

/* ================================================================ records */

bool al_store_insert(al_exec *X, al_store *s, al_record *r)
{
    const char *name;
    conn *c = where_of(X, s, r, &name, true);
    const al_table *t = r->table;
    /* AutoIncrement: 0 means "the next number" */
    for (uint32_t i = 0; i < t->nfields; i++) {
        const al_field *f = &t->fields[i];
        if (!f->auto_increment || r->fields[i].u.big != 0) continue;
        sqlite3_stmt *st = prepare(X, c, al_sprintf("SELECT COALESCE(MAX(%s), 0) + 1 FROM %s", column(f), name));
        step(X, c, st);
        int64_t next = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        if (f->type->kind == AL_TY_BIGINT) r->fields[i].u.big = next;
        else r->fields[i].u.i = (int32_t)next;
    }
    /* a null SystemId gets a random one: SystemIds must be unique across
     * runs of a --db database, so they do not come from the session's
     * (seeded, repeatable) generator */
    static const uint8_t zero[16];
    al_value *sid = &r->fields[t->sys];
    if (t->nfields > t->sys && (!sid->u.guid || !memcmp(sid->u.guid, zero, 16))) {
        al_guid *g = al_alloc_atomic(sizeof *g);
        *g = al_guid_create(al_guid_rand_os, NULL);
        sid->tag = AL_TY_GUID;
        sid->u.guid = g;
    }
    al_sql q;
    sql_init(&q);
    sql_printf(&q, "INSERT INTO %s (", name);
    bool first = true;
    for (uint32_t i = 0; i < t->nfields; i++)
        if (stored(&t->fields[i])) { sql_printf(&q, "%s%s", first ? "" : ", ", column(&t->fields[i])); first = false; }
    al_sql_append(&q, ") VALUES (");
    first = true;
    for (uint32_t i = 0; i < t->nfields; i++)
        if (stored(&t->fields[i])) {
            al_sql_append(&q, first ? "?" : ", ?");
            al_sql_bind(&q, r->fields[i]);
            first = false;
        }
    al_sql_append(&q, ")");
    sqlite3_stmt *st = prepare(X, c, q.buf);
    bind_all(st, &q);
    int rc = step(X, c, st);
    sqlite3_reset(st);
    if (rc == SQLITE_CONSTRAINT) return false;
    r->rowid = sqlite3_last_insert_rowid(c->db);
    if (r->x) memcpy(r->x->fields, r->fields, sizeof *r->fields * t->nfields);
    return true;
}

/* Runs a write statement; the rows it changed. */
static int run_write(al_exec *X, conn *c, al_sql *q)
{
    sqlite3_stmt *st = prepare(X, c, q->buf);
    bind_all(st, q);
    step(X, c, st);
    sqlite3_reset(st);
    return sqlite3_changes(c->db);
}

bool al_store_modify(al_exec *X, al_store *s, al_record *r)
{
    const char *name;
    conn *c = where_of(X, s, r, &name, true);
    const al_table *t = r->table;
    al_sql q;
    sql_init(&q);
    sql_printf(&q, "UPDATE %s SET ", name);
    bool first = true;
    for (uint32_t i = 0; i < t->nfields; i++)
        if (stored(&t->fields[i])) {
            sql_printf(&q, "%s%s = ?", first ? "" : ", ", column(&t->fields[i]));
            al_sql_bind(&q, r->fields[i]);
            first = false;
        }
    pk_where(&q, r, NULL);
    if (run_write(X, c, &q) == 0) return false;
    if (r->x) memcpy(r->x->fields, r->fields, sizeof *r->fields * t->nfields);
    return true;
}

bool al_store_delete(al_exec *X, al_store *s, al_record *r)
{
    const char *name;
    conn *c = where_of(X, s, r, &name, true);
    al_sql q;
    sql_init(&q);
    sql_printf(&q, "DELETE FROM %s", name);
    pk_where(&q, r, NULL);
    return run_write(X, c, &q) > 0;
}

bool al_store_rename(al_exec *X, al_store *s, al_record *r, const al_value *old_pk, bool *exists)
{
    const char *name;
    conn *c = where_of(X, s, r, &name, true);
    const al_key *pk = &r->table->keys[0];
    al_sql q;
    sql_init(&q);
    sql_printf(&q, "UPDATE %s SET ", name);
    for (uint32_t i = 0; i < pk->nfields; i++) {
        sql_printf(&q, "%s%s = ?", i ? ", " : "", column(&r->table->fields[pk->fields[i]]));
        al_sql_bind(&q, r->fields[pk->fields[i]]);
    }
    pk_where(&q, r, old_pk);
    sqlite3_stmt *st = prepare(X, c, q.buf);
    bind_all(st, &q);
    int rc = step(X, c, st);
    sqlite3_reset(st);
    *exists = rc == SQLITE_CONSTRAINT;
    return !*exists && sqlite3_changes(c->db) > 0;
}

/* Runs a SELECT of whole rows; fills [r] from the first row. */
static bool fetch_one(al_exec *X, conn *c, al_sql *q, al_record *r)
{
    sqlite3_stmt *st = prepare(X, c, q->buf);
    bind_all(st, q);
    bool found = step(X, c, st) == SQLITE_ROW;
    if (found) read_row(st, r);
    sqlite3_reset(st);
    return found;
}

bool al_store_get_by(al_exec *X, al_store *s, al_record *r, uint32_t field, al_value v)
{
    const char *name;
    conn *c = where_of(X, s, r, &name, false);
    al_sql q;
    sql_init(&q);
    select_cols(&q, r->table);
    sql_printf(&q, " FROM %s WHERE %s = ?", name, column(&r->table->fields[field]));
    al_sql_bind(&q, v);
    return fetch_one(X, c, &q, r);
}

int64_t al_store_rowid(al_exec *X, al_store *s, al_record *r)
{
    const char *name;
    conn *c = where_of(X, s, r, &name, false);
    al_sql q;
    sql_init(&q);
    sql_printf(&q, "SELECT rowid FROM %s", name);
    pk_where(&q, r, NULL);
    sqlite3_stmt *st = prepare(X, c, q.buf);
    bind_all(st, &q);
    int64_t id = step(X, c, st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

bool al_store_get(al_exec *X, al_store *s, al_record *r, const al_value *pk)
{
    const char *name;
    conn *c = where_of(X, s, r, &name, false);
    al_sql q;
    sql_init(&q);
    select_cols(&q, r->table);
    sql_printf(&q, " FROM %s", name);
    pk_where(&q, r, pk);
    return fetch_one(X, c, &q, r);
}

static bool same_value(al_value a, al_value b)
{
    if (a.tag != b.tag) return false;
    switch ((al_tkind)a.tag) {
    case AL_TY_TEXT: case AL_TY_CODE: case AL_TY_DATEFORMULA: return al_text_eq(a.u.text, b.u.text);
    case AL_TY_DECIMAL: return al_convert_dec_cmp(a, b) == 0;
    case AL_TY_GUID: return memcmp(a.u.guid, b.u.guid, 16) == 0;
    case AL_TY_BOOLEAN: return a.u.b == b.u.b;
    case AL_TY_BIGINT: case AL_TY_DATETIME: case AL_TY_DURATION: return a.u.big == b.u.big;
    default: return a.u.i == b.u.i;
    }
}

static void cursor_note(cursor *k, const al_record *r)
{
    uint32_t of[64];
    k->rowid = r->rowid;
    k->nkeys = order_fields(r, of);
    if (!k->keyvals) k->keyvals = al_alloc(sizeof *k->keyvals * 64);
    for (uint32_t i = 0; i < k->nkeys; i++) k->keyvals[i] = r->fields[of[i]];
}

/* Runs [q] (whole rows, ordered) as [r]'s cursor and reads its first row. */
static bool open_cursor(al_exec *X, al_store *s, conn *c, al_sql *q, al_record *r)
{
    if (r->cursor) cursor_close(r->cursor);
    cursor *k = &s->cursors[s->next_cursor];
    s->next_cursor = (s->next_cursor + 1) % MAX_CURSORS;
    cursor_close(k);
    if (getenv("ALRUN_SQL_TRACE")) fprintf(stderr, "sql: %s\n", q->buf);
    if (sqlite3_prepare_v2(c->db, q->buf, -1, &k->st, NULL) != SQLITE_OK) sql_fail(X, c->db, q->buf);
    bind_all(k->st, q);
    if (step(X, c, k->st) != SQLITE_ROW) {
        cursor_close(k);
        return false;
    }
    read_row(k->st, r);
    k->owner = r;
    k->view = r->view;
    cursor_note(k, r);
    r->cursor = k;
    return true;
}

/* Next(1) through [r]'s cursor: 1, 0 at the end, -1 when the cursor no
 * longer fits (view or position changed) and a keyset query must do. */
static int cursor_next(al_exec *X, al_store *s, al_record *r)
{
    cursor *k = r->cursor;
    if (!k || k->owner != r || k->view != r->view || k->rowid != r->rowid) return -1;
    uint32_t of[64];
    uint32_t n = order_fields(r, of);
    for (uint32_t i = 0; i < n; i++)
        if (!same_value(k->keyvals[i], r->fields[of[i]])) return -1;
    int rc = sqlite3_step(k->st);
    if (rc == SQLITE_ROW) {
        read_row(k->st, r);
        cursor_note(k, r);
        return 1;
    }
    cursor_close(k);
    if (rc == SQLITE_DONE) return 0;
    (void)X; (void)s;
    return -1;                        /* e.g. aborted by a rollback: ask again */
}

bool al_store_find(al_exec *X, al_store *s, al_record *r, char which)
{
    const char *name;
    conn *c = where_of(X, s, r, &name, false);
    al_sql q;
    sql_init(&q);
    select_cols(&q, r->table);
    sql_printf(&q, " FROM %s", name);
    bool have_where = false;
    where_filters(&q, r, &have_where);
    bool reverse = which == '+' || which == '<';
    if (which == 's') {
        order_by(&q, r, false);
        return open_cursor(X, s, c, &q, r);
    }
    if (which == '=' || which == '>' || which == '<') {
        const char *op = which == '=' ? "=" : (which == '>') != r->descending ? ">" : "<";
        key_position(&q, r, op, &have_where);
    }
    order_by(&q, r, reverse);
    al_sql_append(&q, " LIMIT 1");
    return fetch_one(X, c, &q, r);
}

int32_t al_store_next(al_exec *X, al_store *s, al_record *r, int32_t steps)
{
    if (steps == 0) return 0;
    if (steps == 1 && r->cursor) {
        int k = cursor_next(X, s, r);
        if (k >= 0) return k;
    }
    const char *name;
    conn *c = where_of(X, s, r, &name, false);
    bool back = steps < 0;
    int64_t n = back ? -(int64_t)steps : steps;
    al_sql q;
    sql_init(&q);
    select_cols(&q, r->table);
    sql_printf(&q, " FROM %s", name);
    bool have_where = false;
    where_filters(&q, r, &have_where);
    key_position(&q, r, back != r->descending ? "<" : ">", &have_where);
    order_by(&q, r, back);
    al_sql_append(&q, " LIMIT ?");
    al_sql_bind(&q, al_bigint(n));
    /* walk up to n rows: the last one reached is where Next stops (BC
     * stops at the last record when fewer are left) */
    sqlite3_stmt *st = prepare(X, c, q.buf);
    bind_all(st, &q);
    int64_t taken = 0;
    while (step(X, c, st) == SQLITE_ROW) {
        taken++;
        if (taken == n) break;
    }
    if (taken == n) read_row(st, r);
    else if (taken > 0) {
        /* fewer rows than steps: re-run to read the last one */
        sqlite3_reset(st);
        bind_all(st, &q);
        for (int64_t k = 0; k < taken; k++) step(X, c, st);
        read_row(st, r);
    }
    sqlite3_reset(st);
    return (int32_t)(back ? -taken : taken);
}

static sqlite3_stmt *filtered(al_exec *X, al_store *s, al_record *r, const char *what, bool write, conn **cp)
{
    const char *name;
    conn *c = where_of(X, s, r, &name, write);
    al_sql q;
    sql_init(&q);
    sql_printf(&q, what, name);
    bool have_where = false;
    where_filters(&q, r, &have_where);
    sqlite3_stmt *st = prepare(X, c, q.buf);
    bind_all(st, &q);
    *cp = c;
    return st;
}

int64_t al_store_count(al_exec *X, al_store *s, al_record *r)
{
    conn *c;
    sqlite3_stmt *st = filtered(X, s, r, "SELECT COUNT(*) FROM %s", false, &c);
    step(X, c, st);
    int64_t n = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return n;
}

bool al_store_is_empty(al_exec *X, al_store *s, al_record *r)
{
    const char *name;
    conn *c = where_of(X, s, r, &name, false);
    al_sql q;
    sql_init(&q);
    sql_printf(&q, "SELECT 1 FROM %s", name);
    bool have_where = false;
    where_filters(&q, r, &have_where);
    al_sql_append(&q, " LIMIT 1");
    sqlite3_stmt *st2 = prepare(X, c, q.buf);
    bind_all(st2, &q);
    bool empty = step(X, c, st2) != SQLITE_ROW;
    sqlite3_reset(st2);
    return empty;
}

void al_store_delete_all(al_exec *X, al_store *s, al_record *r)
{
    conn *c;
    sqlite3_stmt *st = filtered(X, s, r, "DELETE FROM %s", true, &c);
    step(X, c, st);
    sqlite3_reset(st);
}

void al_store_modify_all(al_exec *X, al_store *s, al_record *r, uint32_t field, al_value v)
{
    const char *name;
    conn *c = where_of(X, s, r, &name, true);
    al_sql q;
    sql_init(&q);
    sql_printf(&q, "UPDATE %s SET %s = ?", name, column(&r->table->fields[field]));
    al_sql_bind(&q, v);
    bool have_where = false;
    where_filters(&q, r, &have_where);
    sqlite3_stmt *st = prepare(X, c, q.buf);
    bind_all(st, &q);
    step(X, c, st);
    sqlite3_reset(st);
}

static al_value aggregate(al_exec *X, conn *c, al_sql *q, const al_type *t)
{
    sqlite3_stmt *st = prepare(X, c, q->buf);
    bind_all(st, q);
    step(X, c, st);
    al_value v;
    if (sqlite3_column_type(st, 0) == SQLITE_NULL) {
        switch (t->kind) {
        case AL_TY_DECIMAL: v = al_convert_decimal_literal(0); break;
        case AL_TY_TEXT: case AL_TY_CODE: case AL_TY_DATEFORMULA: v = al_textv(t->kind, AL_TEXT_EMPTY); break;
        default: v = (al_value){.tag = (uint8_t)t->kind};
        }
    } else v = read_value(st, 0, t);
    sqlite3_reset(st);
    return v;
}

al_value al_store_sum(al_exec *X, al_store *s, al_record *r, uint32_t field)
{
    const char *name;
    conn *c = where_of(X, s, r, &name, false);
    const al_field *f = &r->table->fields[field];
    al_sql q;
    sql_init(&q);
    sql_printf(&q, f->type->kind == AL_TY_DECIMAL ? "SELECT al_dsum(%s) FROM %s" : "SELECT SUM(%s) FROM %s", column(f), name);
    bool have_where = false;
    where_filters(&q, r, &have_where);
    return aggregate(X, c, &q, f->type);
}

al_value al_store_calc(al_exec *X, al_store *s, al_record *r, uint32_t field)
{
    const al_field *f = &r->table->fields[field];
    const al_calc_formula *cf = f->calc;
    if (!cf) return r->fields[field];
    /* the source table's rows: a fresh record of it, with the formula's
     * conditions as filters, read through the same store */
    al_record *src = al_record_new(X, cf->source->table, false);
    const al_table *st = cf->source->table;
    for (uint32_t i = 0; i < cf->nconds; i++) {
        const al_calc_cond *cc = &cf->conds[i];
        const al_field *sf = &st->fields[cc->field];
        al_filter_field ff = {sf->type, sf->name, st->obj->name};
        al_filter *flt = NULL;
        switch (cc->kind) {
        case AL_CALC_CONST: {
            /* const(X) is one value, even if it contains filter characters */
            al_value arg = al_textv(AL_TY_TEXT, cc->text);
            flt = al_filter_parse(X, &ff, al_text_cstr("%1"), &arg, 1);
            break;
        }
        case AL_CALC_FILTER:
            flt = al_filter_parse(X, &ff, cc->text, NULL, 0);
            break;
        case AL_CALC_FIELD: case AL_CALC_UPPERLIMIT: {
            const al_field *of = &r->table->fields[cc->other];
            if (of->fclass == AL_FIELD_FLOWFILTER) {
                /* field(Date Filter): the record's filter on its FlowFilter, if any */
                al_filter *rf = r->filters[cc->other];
                if (rf) flt = al_filter_parse(X, &ff, al_filter_text(rf), NULL, 0);
            } else {
                flt = al_filter_range(X, &ff, al_convert(X, r->fields[cc->other], sf->type), NULL);
            }
            break;
        }
        }
        src->filters[cc->field] = flt;
    }
    const char *name;
    conn *c = where_of(X, s, src, &name, false);
    al_sql q;
    sql_init(&q);
    const al_field *vf = cf->source_field >= 0 ? &st->fields[cf->source_field] : NULL;
    bool dec = vf && vf->type->kind == AL_TY_DECIMAL;
    switch (cf->method) {
    case AL_CALC_SUM: sql_printf(&q, dec ? "SELECT al_dsum(%s) FROM %s" : "SELECT SUM(%s) FROM %s", column(vf), name); break;
    case AL_CALC_AVERAGE: sql_printf(&q, dec ? "SELECT al_davg(%s) FROM %s" : "SELECT AVG(%s) FROM %s", column(vf), name); break;
    case AL_CALC_MIN: sql_printf(&q, dec ? "SELECT al_dmin(%s) FROM %s" : "SELECT MIN(%s) FROM %s", column(vf), name); break;
    case AL_CALC_MAX: sql_printf(&q, dec ? "SELECT al_dmax(%s) FROM %s" : "SELECT MAX(%s) FROM %s", column(vf), name); break;
    case AL_CALC_COUNT: sql_printf(&q, "SELECT COUNT(*) FROM %s", name); break;
    case AL_CALC_EXIST: sql_printf(&q, "SELECT COUNT(*) > 0 FROM (SELECT 1 FROM %s", name); break;
    case AL_CALC_LOOKUP: sql_printf(&q, "SELECT %s FROM %s", column(vf), name); break;
    default: return r->fields[field];
    }
    bool have_where = false;
    where_filters(&q, src, &have_where);
    if (cf->method == AL_CALC_EXIST) al_sql_append(&q, " LIMIT 1)");
    if (cf->method == AL_CALC_LOOKUP) {
        order_by(&q, src, false);
        al_sql_append(&q, " LIMIT 1");
    }
    al_value v = aggregate(X, c, &q, cf->method == AL_CALC_EXIST ? &al_type_boolean
                                     : cf->method == AL_CALC_COUNT ? &al_type_integer : vf->type);
    v = al_convert(X, v, f->type);
    if (cf->reverse_sign) {
        if (v.tag == AL_TY_DECIMAL) v = al_convert_dec_neg(v);
        else if (v.tag == AL_TY_INTEGER) v.u.i = -v.u.i;
    }
    return v;
}
