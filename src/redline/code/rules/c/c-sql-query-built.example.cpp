#include <string>

std::string user_query(const std::string &name) {
    // ruleid: c-sql-query-built
    std::string q = "SELECT * FROM users WHERE name = '" + name + "'";
    // ok: c-sql-query-built
    std::string fixed = std::string("SELECT * FROM users WHERE name = ?");
    // ok: c-sql-query-built
    std::string greeting = "Hello " + name;
    return q + fixed + greeting;
}
