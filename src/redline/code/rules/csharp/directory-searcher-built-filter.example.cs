using System.DirectoryServices;

public class Directory
{
    public SearchResult Find(DirectoryEntry entry, string user)
    {
        var searcher = new DirectorySearcher(entry);
        // ruleid: directory-searcher-built-filter
        searcher.Filter = "(sAMAccountName=" + user + ")";
        // ruleid: directory-searcher-built-filter
        var other = new DirectorySearcher(entry, $"(mail={user})");
        // ok: directory-searcher-built-filter
        searcher.Filter = "(objectClass=user)";
        // ok: directory-searcher-built-filter
        var all = new DirectorySearcher(entry);
        return searcher.FindOne();
    }
}
