import java.security.KeyPairGenerator;

class Keys {
    void make() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ruleid: java-weak-key-size
        kpg.initialize(1024);
        // ruleid: java-weak-key-size
        kpg.initialize(512);
        // ok: java-weak-key-size
        kpg.initialize(3072);
    }
}
