/* tests/bench/records/floor.c — the same work as bench.al done on SQLite
 * directly from C, with the same schema and one transaction: the floor
 * alrun's record store is measured against (run.sh).  Decimals are kept as
 * text with a plain collation here, which flatters the floor a little. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void must(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        exit(1);
    }
}

int main(void)
{
    char path[] = "/tmp/alrun-floor-XXXXXX";
    int fd = mkstemp(path);
    close(fd);
    sqlite3 *db;
    must(sqlite3_open(path, &db), db, "open");
    must(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"
                          "CREATE TABLE \"Bench Entry\" (\"Entry No.\" INTEGER NOT NULL DEFAULT 0, \"Group\" TEXT NOT NULL DEFAULT '' COLLATE NOCASE,"
                          " \"Amount\" TEXT NOT NULL DEFAULT '0', \"Qty\" INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (\"Entry No.\"));"
                          "CREATE INDEX \"Bench Entry$1\" ON \"Bench Entry\" (\"Group\", \"Entry No.\");"
                          "BEGIN IMMEDIATE", NULL, NULL, NULL), db, "schema");
    sqlite3_stmt *ins, *sel, *upd, *sum;
    must(sqlite3_prepare_v2(db, "INSERT INTO \"Bench Entry\" VALUES (?, ?, ?, ?)", -1, &ins, NULL), db, "prepare");
    char grp[16], amt[32];
    for (int i = 1; i <= 100000; i++) {
        snprintf(grp, sizeof grp, "G%d", i % 10);
        snprintf(amt, sizeof amt, "%d.%02d", i / 4, (i % 4) * 25);
        sqlite3_bind_int(ins, 1, i);
        sqlite3_bind_text(ins, 2, grp, -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 3, amt, -1, SQLITE_STATIC);
        sqlite3_bind_int(ins, 4, i);
        must(sqlite3_step(ins), db, "insert");
        sqlite3_reset(ins);
    }
    must(sqlite3_prepare_v2(db, "SELECT rowid, \"Entry No.\", \"Group\", \"Amount\", \"Qty\" FROM \"Bench Entry\" WHERE \"Group\" = ? ORDER BY \"Group\", \"Entry No.\"", -1, &sel, NULL), db, "prepare");
    must(sqlite3_prepare_v2(db, "UPDATE \"Bench Entry\" SET \"Entry No.\" = ?, \"Group\" = ?, \"Amount\" = ?, \"Qty\" = ? WHERE \"Entry No.\" = ?", -1, &upd, NULL), db, "prepare");
    sqlite3_bind_text(sel, 1, "G3", -1, SQLITE_STATIC);
    int n = 0;
    while (sqlite3_step(sel) == SQLITE_ROW) {
        n++;
        int no = sqlite3_column_int(sel, 1);
        sqlite3_bind_int(upd, 1, no);
        sqlite3_bind_text(upd, 2, (const char *)sqlite3_column_text(sel, 2), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(upd, 3, (const char *)sqlite3_column_text(sel, 3), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(upd, 4, sqlite3_column_int(sel, 4) + 1);
        sqlite3_bind_int(upd, 5, no);
        must(sqlite3_step(upd), db, "update");
        sqlite3_reset(upd);
    }
    must(sqlite3_prepare_v2(db, "SELECT SUM(\"Amount\") FROM \"Bench Entry\" WHERE \"Group\" = 'G3'", -1, &sum, NULL), db, "prepare");
    must(sqlite3_step(sum), db, "sum");
    printf("%d %.0f\n", n, sqlite3_column_double(sum, 0));
    sqlite3_finalize(ins); sqlite3_finalize(sel); sqlite3_finalize(upd); sqlite3_finalize(sum);
    must(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), db, "commit");
    sqlite3_close(db);
    unlink(path);
    return 0;
}
