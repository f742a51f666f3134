using System.Security.Cryptography;

public class Vault
{
    public ICryptoTransform Encryptor(byte[] key, byte[] iv)
    {
        var aes = Aes.Create();
        aes.Key = key;
        aes.IV = iv;
        // ruleid: csharp-unauthenticated-cipher-mode
        aes.Mode = CipherMode.CBC;
        // ok: csharp-unauthenticated-cipher-mode
        aes.Padding = PaddingMode.PKCS7;
        return aes.CreateEncryptor();
    }

    public void Seal(byte[] key, byte[] nonce, byte[] plain, byte[] cipher, byte[] tag)
    {
        using var gcm = new AesGcm(key, 16);
        // ok: csharp-unauthenticated-cipher-mode
        gcm.Encrypt(nonce, plain, cipher, tag);
    }
}
