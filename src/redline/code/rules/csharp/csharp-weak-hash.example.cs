using System.Security.Cryptography;

public class Hashes
{
    public byte[] Digest(byte[] data)
    {
        // ruleid: csharp-weak-hash
        using (var md5 = MD5.Create()) { md5.ComputeHash(data); }
        // ruleid: csharp-weak-hash
        SHA1 sha1 = new SHA1CryptoServiceProvider();
        // ruleid: csharp-weak-hash
        var legacy = HashAlgorithm.Create("MD5");
        // ruleid: csharp-weak-hash
        var quick = SHA1.HashData(data);
        // ok: csharp-weak-hash
        using var sha256 = SHA256.Create();
        // ok: csharp-weak-hash
        var strong = SHA256.HashData(data);
        return sha256.ComputeHash(data);
    }
}
