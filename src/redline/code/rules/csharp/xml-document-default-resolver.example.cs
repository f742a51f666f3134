using System.IO;
using System.Xml;

public class FeedLoader
{
    public XmlDocument FromText(string body)
    {
        var doc = new XmlDocument();
        // ruleid: xml-document-default-resolver
        doc.LoadXml(body);
        return doc;
    }

    public XmlDocument FromFile(string path)
    {
        XmlDocument config = new XmlDocument();
        // ruleid: xml-document-default-resolver
        config.Load(path);
        return config;
    }

    public XmlReader Legacy(Stream stream)
    {
        // ruleid: xml-document-default-resolver
        return new XmlTextReader(stream);
    }

    public XmlDocument ThroughReader(string path)
    {
        var reader = XmlReader.Create(path);
        var doc = new XmlDocument();
        // ok: xml-document-default-resolver
        doc.Load(reader);
        return doc;
    }

    public void Other(Settings settings, string path)
    {
        // ok: xml-document-default-resolver
        settings.Load(path);
    }
}
