import java.io.InputStream;
import java.io.ObjectInputStream;

class Loader {
    Object load(InputStream stream) throws Exception {
        // ruleid: object-input-stream-unfiltered
        ObjectInputStream in = new ObjectInputStream(stream);
        return in.readObject();
    }

    Object guarded(InputStream stream) throws Exception {
        // ok: object-input-stream-unfiltered
        ObjectInputStream in = new ObjectInputStream(stream) {
            @Override
            protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws java.io.IOException, ClassNotFoundException {
                if (!desc.getName().startsWith("com.example.")) {
                    throw new java.io.InvalidClassException(desc.getName());
                }
                return super.resolveClass(desc);
            }
        };
        return in.readObject();
    }
}
