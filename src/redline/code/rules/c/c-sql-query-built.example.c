#include <sqlite3.h>
#include <stdio.h>

int find_user(sqlite3 *db, const char *name, int id) {
    char query[256];
    sqlite3_stmt *stmt;
    // ruleid: c-sql-query-built
    snprintf(query, sizeof query, "SELECT info FROM users WHERE name = '%s'", name);
    // ruleid: c-sql-query-built
    sprintf(query, "DELETE FROM sessions WHERE user = '%s'", name);
    // ok: c-sql-query-built
    snprintf(query, sizeof query, "SELECT info FROM users WHERE id = %d", id);
    // ok: c-sql-query-built
    sqlite3_prepare_v2(db, "SELECT info FROM users WHERE name = ?", -1, &stmt, NULL);
    // ok: c-sql-query-built
    snprintf(query, sizeof query, "Hello %s", name);
    return sqlite3_exec(db, query, NULL, NULL, NULL);
}
