using System.Xml;

public class Reader
{
    public XmlReader Open(string path)
    {
        // ruleid: xml-dtd-processing-enabled
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };
        var doc = new XmlDocument();
        // ruleid: xml-dtd-processing-enabled
        doc.XmlResolver = new XmlUrlResolver();
        // ok: xml-dtd-processing-enabled
        var safe = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        return XmlReader.Create(path, safe);
    }
}
