import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

class Box {
    byte[] seal(SecretKey key, byte[] iv, byte[] data) throws Exception {
        // ruleid: java-unauthenticated-cipher-mode
        Cipher cbc = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cbc.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        return cbc.doFinal(data);
    }

    byte[] stream(SecretKey key, byte[] iv, byte[] data) throws Exception {
        // ruleid: java-unauthenticated-cipher-mode
        Cipher ctr = Cipher.getInstance("AES/CTR/NoPadding", "BC");
        ctr.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        return ctr.doFinal(data);
    }

    byte[] sealed(SecretKey key, byte[] nonce, byte[] data) throws Exception {
        // ok: java-unauthenticated-cipher-mode
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        return gcm.doFinal(data);
    }
}
