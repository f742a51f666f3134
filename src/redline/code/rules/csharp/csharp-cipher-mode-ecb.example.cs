using System.Security.Cryptography;

public class Modes
{
    public void Make(Aes aes)
    {
        // ruleid: csharp-cipher-mode-ecb
        aes.Mode = CipherMode.ECB;
        // ok: csharp-cipher-mode-ecb
        aes.Mode = CipherMode.CBC;
    }
}
