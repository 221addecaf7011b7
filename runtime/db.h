/* runtime/db.h — the record store: tables and records on SQLite.
 *
 * An al_db is one company database: a file given with --db, or a fresh
 * temporary file for a run (a file, not :memory:, so that sessions on
 * several threads can each have a connection to it; WAL mode lets readers
 * see a consistent snapshot without blocking the writer).  Its schema is
 * made from the program's table definitions.
 *
 * An al_store is one session's view of it: a connection to the database
 * (read-only for a read-only session, so the engine refuses writes even if
 * a check above it were missed), the session's write transaction, and an
 * in-memory connection for temporary records, which BC keeps outside
 * transactions (a rollback does not undo them).
 *
 * How values become SQL (docs/records.md): integers, Booleans, Options,
 * Enums, dates and times are INTEGER; Text and Code are TEXT compared
 * case-insensitively (collation AL_TEXT, like BC's SQL collation);
 * Decimal is TEXT in invariant form with the collation AL_DECIMAL (exact,
 * numeric order) and sums through al_dsum(); Guid is a 16-byte BLOB.
 * Filters become WHERE clauses with bound values (runtime/filter.h).
 *
 * Every function that can fail throws an AL error on [X].
 */
#ifndef AL_RUNTIME_DB_H
#define AL_RUNTIME_DB_H

#include <stdbool.h>
#include <stdint.h>
#include "interp/table.h"

typedef struct al_db al_db;
typedef struct al_store al_store;

/* Opens (or creates) the database at [path]; NULL path: a fresh temporary
 * database removed by al_db_close.  Creates the tables of [P] that are
 * missing.  On failure returns NULL with a message in [*error]. */
al_db *al_db_open(const char *path, const al_program *P, char **error);
void al_db_close(al_db *db);

/* A session's store.  [read_only]: the session may not write
 * non-temporary tables. */
al_store *al_store_open(al_db *db, bool read_only, char **error);
void al_store_close(al_store *s);
/* A read-only store that reads through [of]'s connection, so it sees
 * what [of]'s open write transaction did (a synchronous page background
 * task's child session, pbt.c).  It never writes ([of]'s transaction is
 * left alone: Commit and rollback do nothing), has its own temporary
 * tables, and must be closed before [of]. */
al_store *al_store_view(al_store *of, char **error);
bool al_store_read_only(const al_store *s);

/* Transactions: the session's write transaction begins with its first
 * write; Commit ends it; an error that reaches the top rolls it back. */
void al_store_commit(al_exec *X, al_store *s);
void al_store_rollback(al_store *s);
bool al_store_in_write(const al_store *s);

/* Test isolation: everything from here to al_store_isolate_end is one
 * transaction that the end rolls back; Commit inside it marks a commit
 * point (what an error or asserterror rolls back to). */
void al_store_isolate(al_exec *X, al_store *s);
void al_store_isolate_end(al_store *s);
bool al_store_isolated(const al_store *s);
/* Inside isolation: a commit point to come back to (TransactionModel
 * AutoRollback in a codeunit's transaction), and the way back to it. */
uint32_t al_store_mark(al_exec *X, al_store *s);
void al_store_rollback_to_mark(al_store *s, uint32_t mark);

/* Records.  The functions that look for a record fill [r]'s buffer (normal
 * fields; FlowFields are reset to 0 as BC does) and return false when there
 * is none. */
bool al_store_insert(al_exec *X, al_store *s, al_record *r);      /* false: already exists */
bool al_store_modify(al_exec *X, al_store *s, al_record *r);      /* false: not found */
bool al_store_delete(al_exec *X, al_store *s, al_record *r);      /* false: not found */
/* Changes the primary key of the row with [old_pk] (values in key order)
 * to [r]'s: false when that row is missing; *exists when the new key is
 * taken. */
bool al_store_rename(al_exec *X, al_store *s, al_record *r, const al_value *old_pk, bool *exists);
bool al_store_get(al_exec *X, al_store *s, al_record *r, const al_value *pk);
/* Reads the record whose field [field] (a unique one: SystemId) is [v]. */
bool al_store_get_by(al_exec *X, al_store *s, al_record *r, uint32_t field, al_value v);
/* The store's row id of the record whose primary key is in r's buffer, or 0. */
int64_t al_store_rowid(al_exec *X, al_store *s, al_record *r);
/* Find: which is one of '-' (first), '+' (last), '=' (the buffer's key),
 * '>' (after the buffer), '<' (before it), under r's filters and key;
 * 's' is FindSet: the first record, with a cursor kept open so that the
 * Next calls that follow step through one query. */
bool al_store_find(al_exec *X, al_store *s, al_record *r, char which);
/* Next(steps): moves [steps] records on (back when negative); returns the
 * steps actually taken (0 at the end, buffer unchanged). */
int32_t al_store_next(al_exec *X, al_store *s, al_record *r, int32_t steps);
int64_t al_store_count(al_exec *X, al_store *s, al_record *r);
bool al_store_is_empty(al_exec *X, al_store *s, al_record *r);
void al_store_delete_all(al_exec *X, al_store *s, al_record *r);
void al_store_modify_all(al_exec *X, al_store *s, al_record *r, uint32_t field, al_value v);
/* The sum of [field] over the records in r's filters (CalcSums). */
al_value al_store_sum(al_exec *X, al_store *s, al_record *r, uint32_t field);
/* A FlowField's value for the record in [r]'s buffer (CalcFields). */
al_value al_store_calc(al_exec *X, al_store *s, al_record *r, uint32_t field);

#endif
