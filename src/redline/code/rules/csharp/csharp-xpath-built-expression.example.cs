using System.Xml;
using System.Xml.XPath;

public class Users
{
    private const string AllUsers = "//user";

    public string Role(XmlDocument doc, string name)
    {
        // ruleid: csharp-xpath-built-expression
        var node = doc.SelectSingleNode("//user[@name='" + name + "']/role");
        // ruleid: csharp-xpath-built-expression
        var list = doc.SelectNodes(string.Format("//user[@id='{0}']", name));
        // ok: csharp-xpath-built-expression
        var all = doc.SelectNodes(AllUsers);
        // ok: csharp-xpath-built-expression
        var admins = doc.SelectNodes("//user[@role='admin']");
        return node.InnerText;
    }

    public int Count(XmlDocument doc, Query query)
    {
        // ruleid: csharp-xpath-built-expression
        return doc.SelectNodes(query.Path).Count;
    }
}
