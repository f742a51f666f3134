using System;
using System.Security.Cryptography;

public class Codes
{
    public string ResetToken()
    {
        // ruleid: csharp-insecure-random
        var random = new Random();
        var bytes = new byte[16];
        // ruleid: csharp-insecure-random
        random.NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }

    public int Otp()
    {
        // ok: csharp-insecure-random
        return RandomNumberGenerator.GetInt32(100000, 1000000);
    }

    public int Spawn()
    {
        // ruleid: csharp-insecure-random
        return UnityEngine.Random.Range(0, 4);
    }

    public int Dice(RandomNumberGenerator rng)
    {
        // ok: csharp-insecure-random
        return RandomNumberGenerator.GetInt32(1, 7);
    }
}
