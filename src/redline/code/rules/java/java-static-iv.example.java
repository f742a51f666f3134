import java.security.SecureRandom;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

class Ivs {
    private static final byte[] FIXED_IV = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

    void make() {
        // ruleid: java-static-iv
        IvParameterSpec a = new IvParameterSpec("0123456789abcdef".getBytes());
        // ruleid: java-static-iv
        IvParameterSpec b = new IvParameterSpec(new byte[16]);
        // ruleid: java-static-iv
        IvParameterSpec c = new IvParameterSpec(FIXED_IV);
        byte[] zero = new byte[12];
        // ruleid: java-static-iv
        GCMParameterSpec d = new GCMParameterSpec(128, zero);
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        // ok: java-static-iv
        GCMParameterSpec e = new GCMParameterSpec(128, iv);
    }
}
