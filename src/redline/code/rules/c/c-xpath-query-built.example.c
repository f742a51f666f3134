#include <libxml/xpath.h>
#include <stdio.h>

xmlXPathObjectPtr find(xmlXPathContextPtr ctx, const char *user, const char *pass) {
    char q[256];
    // ruleid: c-xpath-query-built
    snprintf(q, sizeof q, "//user[name='%s' and password='%s']", user, pass);
    // ok: c-xpath-query-built
    snprintf(q, sizeof q, "user %s logged in", user);
    // ok: c-xpath-query-built
    return xmlXPathEvalExpression((const xmlChar *)"//user", ctx);
}
