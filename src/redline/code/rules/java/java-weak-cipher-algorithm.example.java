import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.SecretKeySpec;

class Ciphers {
    void make(byte[] raw) throws Exception {
        // ruleid: java-weak-cipher-algorithm
        Cipher des = Cipher.getInstance("DES/CBC/PKCS5Padding");
        // ruleid: java-weak-cipher-algorithm
        Cipher rc4 = Cipher.getInstance("RC4");
        // ruleid: java-weak-cipher-algorithm
        KeyGenerator gen = KeyGenerator.getInstance("DESede");
        // ruleid: java-weak-cipher-algorithm
        SecretKeySpec spec = new SecretKeySpec(raw, "Blowfish");
        // ok: java-weak-cipher-algorithm
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java-weak-cipher-algorithm
        SecretKeySpec aesKey = new SecretKeySpec(raw, "AES");
    }
}
