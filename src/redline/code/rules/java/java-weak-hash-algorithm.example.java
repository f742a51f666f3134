import com.google.common.hash.Hashing;
import java.security.MessageDigest;
import java.security.Signature;
import org.apache.commons.codec.digest.DigestUtils;

class Digests {
    byte[] digest(byte[] data) throws Exception {
        // ruleid: java-weak-hash-algorithm
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        // ruleid: java-weak-hash-algorithm
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        // ruleid: java-weak-hash-algorithm
        String hex = DigestUtils.md5Hex(data);
        // ruleid: java-weak-hash-algorithm
        Hashing.sha1().hashBytes(data);
        // ruleid: java-weak-hash-algorithm
        Signature sig = Signature.getInstance("SHA1withRSA");
        // ruleid: java-weak-hash-algorithm
        String legacy = HashUtil.md5(new String(data));
        // ok: java-weak-hash-algorithm
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        // ok: java-weak-hash-algorithm
        String good = DigestUtils.sha256Hex(data);
        // ok: java-weak-hash-algorithm
        Hashing.sha256().hashBytes(data);
        return sha256.digest(data);
    }
}
