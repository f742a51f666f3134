import javax.crypto.Cipher;

class Rsa {
    void make() throws Exception {
        // ruleid: rsa-without-oaep
        Cipher a = Cipher.getInstance("RSA");
        // ruleid: rsa-without-oaep
        Cipher b = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        // ok: rsa-without-oaep
        Cipher c = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
    }
}
