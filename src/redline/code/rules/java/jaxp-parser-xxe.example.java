import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import org.w3c.dom.Document;

class Parsers {
    Document parse(InputStream input) throws Exception {
        // ruleid: jaxp-parser-xxe
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(input);
    }
}

class StreamParsers {
    void read(InputStream input) throws Exception {
        // ruleid: jaxp-parser-xxe
        XMLInputFactory xif = XMLInputFactory.newFactory();
        xif.createXMLStreamReader(input);
    }
}

class SafeParsers {
    Document parse(InputStream input) throws Exception {
        // ok: jaxp-parser-xxe
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(input);
    }

    void sax(InputStream input) throws Exception {
        // ok: jaxp-parser-xxe
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        spf.newSAXParser().parse(input, new org.xml.sax.helpers.DefaultHandler());
    }
}
