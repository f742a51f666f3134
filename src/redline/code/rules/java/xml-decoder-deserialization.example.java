import java.beans.XMLDecoder;
import java.beans.XMLEncoder;
import java.io.InputStream;
import java.io.OutputStream;

class Beans {
    Object read(InputStream in) {
        // ruleid: xml-decoder-deserialization
        XMLDecoder decoder = new XMLDecoder(in);
        return decoder.readObject();
    }

    void write(OutputStream out, Object bean) {
        // ok: xml-decoder-deserialization
        XMLEncoder encoder = new XMLEncoder(out);
        encoder.writeObject(bean);
    }
}
