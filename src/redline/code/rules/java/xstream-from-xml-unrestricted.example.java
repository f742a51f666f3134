import com.thoughtworks.xstream.XStream;

class Orders {
    Object read(String body) {
        XStream xstream = new XStream();
        // ruleid: xstream-from-xml-unrestricted
        return xstream.fromXML(body);
    }

    String write(Object order) {
        XStream xstream = new XStream();
        // ok: xstream-from-xml-unrestricted
        return xstream.toXML(order);
    }
}
