import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;

class Directory {
    private DirContext ctx;

    void lookup(String user) throws Exception {
        SearchControls controls = new SearchControls();
        // ruleid: ldap-search-built-filter
        ctx.search("ou=people,dc=example,dc=com", "(uid=" + user + ")", controls);
        String filter = String.format("(&(objectClass=person)(cn=%s))", user);
        // ruleid: ldap-search-built-filter
        ctx.search("ou=people,dc=example,dc=com", filter, controls);
        // ok: ldap-search-built-filter
        ctx.search("ou=people,dc=example,dc=com", "(uid={0})", new Object[] {user}, controls);
        // ok: ldap-search-built-filter
        ctx.search("ou=people,dc=example,dc=com", "(objectClass=person)", controls);
    }
}
