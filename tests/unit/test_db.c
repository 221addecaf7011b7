/* tests/unit/test_db.c — the record store below the AL methods: the
 * engine refuses writes in a read-only session even when called directly
 * (the second guard behind the builtin flag), and a reader never waits for
 * a writer and sees the last committed state (WAL snapshots). */
#include <criterion/criterion.h>
#include <string.h>
#include <time.h>

#include "grammar/mem.h"
#include "grammar/parse.h"
#include "interp/table.h"
#include "runtime/db.h"
#include "runtime/session.h"
#include "stdlib/lib.h"
#include "testutil.h"

TestSuite(db, .init = al_test_setup);

static const char table_src[] =
    "table 50100 Row { fields { field(1; Id; Integer) { } field(2; Name; Text[20]) { } }\n"
    "  keys { key(PK; Id) { } } }\n";

static al_program *load(void)
{
    al_sources *set = al_alloc(sizeof *set);
    al_source *src = al_source_add(set, "t.al", table_src, strlen(table_src));
    al_diags d = {0};
    al_node **units = al_alloc(sizeof *units);
    units[0] = al_parse_unit(src, NULL, &d);
    cr_assert_eq(d.errors, 0);
    al_program *P = al_program_load(set, units, 1, 1, al_stdlib_libs, 0);
    cr_assert_eq(P->diags.errors, 0);
    return P;
}

static al_host quiet_host(void)
{
    al_host h = {0};
    return h;
}

typedef struct insert_job { al_record *r; bool result; } insert_job;

static void do_insert(al_exec *X, void *ud)
{
    insert_job *j = ud;
    j->result = al_store_insert(X, X->db, j->r);
}

static al_record *row(al_exec *X, const al_program *P, int id)
{
    al_record *r = al_record_new(X, al_program_find(P, AL_OBJ_TABLE, "Row")->table, false);
    r->fields[0] = al_int(id);
    return r;
}

Test(db, read_only_store_refuses_a_direct_write)
{
    al_program *P = load();
    char *error = NULL;
    al_db *db = al_db_open(NULL, P, &error);
    cr_assert_not_null(db, "%s", error);
    al_host h = quiet_host();
    al_exec *X = al_session_open(P, db, true, &h, &error);
    cr_assert_not_null(X);
    insert_job j = {row(X, P, 1), false};
    cr_assert_not(al_exec_protected(X, do_insert, &j), "the read-only store accepted an insert");
    al_session_close(X, false);
    al_exec *W = al_session_open(P, db, false, &h, &error);
    al_record *r = row(W, P, 1);
    cr_assert_eq(al_store_count(W, W->db, r), 0, "the refused row was written");
    al_session_close(W, true);
    al_db_close(db);
}

typedef struct reader_job {
    al_program *P;
    al_exec *R;
    int64_t seen;
    int64_t ms;
} reader_job;

static void *reader_thread(void *arg)
{
    reader_job *j = arg;
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    j->seen = al_store_count(j->R, j->R->db, row(j->R, j->P, 0));
    clock_gettime(CLOCK_MONOTONIC, &b);
    j->ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
    return NULL;
}

Test(db, a_reader_thread_sees_the_old_snapshot_during_a_long_write)
{
    al_program *P = load();
    char *error = NULL;
    al_db *db = al_db_open(NULL, P, &error);
    al_host h = quiet_host();
    al_exec *W = al_session_open(P, db, false, &h, &error);
    al_exec *R = al_session_open(P, db, true, &h, &error);
    insert_job j = {row(W, P, 1), false};
    cr_assert(al_exec_protected(W, do_insert, &j) && j.result);
    al_store_commit(W, W->db);
    for (int i = 2; i <= 500; i++) {              /* the writer keeps its transaction open */
        insert_job k = {row(W, P, i), false};
        cr_assert(al_exec_protected(W, do_insert, &k) && k.result);
    }
    reader_job rj = {P, R, -1, -1};
    pthread_t th;
    cr_assert_eq(pthread_create(&th, NULL, reader_thread, &rj), 0);
    pthread_join(th, NULL);
    cr_assert_eq(rj.seen, 1, "the reader saw %lld rows", (long long)rj.seen);
    cr_assert_lt(rj.ms, 1000, "the reader waited %lld ms for the writer", (long long)rj.ms);
    al_store_commit(W, W->db);
    cr_assert_eq(al_store_count(R, R->db, row(R, P, 0)), 500);
    al_session_close(R, true);
    al_session_close(W, true);
    al_db_close(db);
}

Test(db, reader_sees_the_committed_snapshot_and_never_waits)
{
    al_program *P = load();
    char *error = NULL;
    al_db *db = al_db_open(NULL, P, &error);
    al_host h = quiet_host();
    al_exec *W = al_session_open(P, db, false, &h, &error);
    al_exec *R = al_session_open(P, db, true, &h, &error);
    cr_assert(W && R);
    insert_job j = {row(W, P, 1), false};
    cr_assert(al_exec_protected(W, do_insert, &j) && j.result);
    al_store_commit(W, W->db);
    for (int i = 2; i <= 100; i++) {              /* a long write transaction, still open */
        insert_job k = {row(W, P, i), false};
        cr_assert(al_exec_protected(W, do_insert, &k) && k.result);
    }
    cr_assert(al_store_in_write(W->db));
    /* the reader is not blocked (busy timeout would take 30 s) and sees
     * only the committed row */
    cr_assert_eq(al_store_count(R, R->db, row(R, P, 0)), 1);
    cr_assert_eq(al_store_count(W, W->db, row(W, P, 0)), 100);
    al_store_commit(W, W->db);
    cr_assert_eq(al_store_count(R, R->db, row(R, P, 0)), 100);
    al_session_close(R, true);
    al_session_close(W, true);
    al_db_close(db);
}
