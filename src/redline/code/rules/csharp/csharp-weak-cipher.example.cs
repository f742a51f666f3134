using System.Security.Cryptography;

public class Ciphers
{
    public void Make()
    {
        // ruleid: csharp-weak-cipher
        var des = new DESCryptoServiceProvider();
        // ruleid: csharp-weak-cipher
        using var tdes = TripleDES.Create();
        // ruleid: csharp-weak-cipher
        var rc2 = SymmetricAlgorithm.Create("RC2");
        // ok: csharp-weak-cipher
        using var aes = Aes.Create();
    }
}
