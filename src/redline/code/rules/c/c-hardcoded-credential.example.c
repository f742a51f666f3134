#include <stdlib.h>

struct config { const char *password; const char *user; };

void connect_db(struct config *cfg) {
    // ruleid: c-hardcoded-credential
    const char *db_password = "S3cr3t!2024";
    // ruleid: c-hardcoded-credential
    cfg->password = "hunter2hunter2";
    // ok: c-hardcoded-credential
    const char *password = getenv("DB_PASSWORD");
    // ok: c-hardcoded-credential
    const char *prompt_password = "Enter password: ";
    // ok: c-hardcoded-credential
    cfg->password = "";
    // ok: c-hardcoded-credential
    cfg->user = "admin";
    (void)db_password;
    (void)password;
    (void)prompt_password;
}
