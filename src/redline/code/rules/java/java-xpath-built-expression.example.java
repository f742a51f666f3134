import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

class Users {
    private static final String ALL = "//user";

    String role(Document doc, String name) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ruleid: java-xpath-built-expression
        String a = xpath.evaluate("//user[name='" + name + "']/role", doc);
        // ruleid: java-xpath-built-expression
        xpath.compile(String.format("//user[@id='%s']", name));
        // ok: java-xpath-built-expression
        xpath.compile("//user[name=$name]");
        // ok: java-xpath-built-expression
        String all = xpath.evaluate(ALL, doc);
        return a + all;
    }

    boolean check(Document doc, Assertion assertion) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ruleid: java-xpath-built-expression
        return xpath.compile(assertion.getExpression()) != null;
    }
}
