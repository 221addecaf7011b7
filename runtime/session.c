/* runtime/session.c — sessions (see session.h). */
#include "runtime/session.h"
#include "grammar/mem.h"

static void rollback(void *db) { al_store_rollback(db); }
static bool in_write(const void *db) { return al_store_in_write(db); }

/* A session on store [s] of database [db]. */
static al_exec *session_new(const al_program *P, al_db *db, al_store *s, bool read_only, const al_host *host)
{
    al_exec *X = al_alloc(sizeof *X);
    al_exec_init(X, P, host);
    X->db = s;
    al_session_rt *rt = al_alloc(sizeof *rt);
    rt->db = db;
    X->rt = rt;
    X->read_only = read_only;
    X->restricted = read_only;
    X->db_rollback = rollback;
    X->db_in_write = in_write;
    return X;
}

al_exec *al_session_open(const al_program *P, al_db *db, bool read_only, const al_host *host, char **error)
{
    al_store *s = al_store_open(db, read_only, error);
    return s ? session_new(P, db, s, read_only, host) : NULL;
}

al_exec *al_session_open_view(al_exec *parent, const al_host *host, char **error)
{
    al_store *s = al_store_view(parent->db, error);
    return s ? session_new(parent->prog, ((al_session_rt *)parent->rt)->db, s, true, host) : NULL;
}

static void do_commit(al_exec *X, void *ud)
{
    (void)ud;
    al_store_commit(X, X->db);
}

void al_session_close(al_exec *X, bool ok)
{
    if (!X->db) return;
    if (ok) al_exec_protected(X, do_commit, NULL);
    al_store_close(X->db);
    X->db = NULL;
}
