import java.security.SecureRandom;
import java.util.Random;
import org.apache.commons.lang3.RandomStringUtils;

class Tokens {
    String resetToken() {
        // ruleid: java-insecure-random
        Random random = new Random();
        return Long.toHexString(random.nextLong());
    }

    String password() {
        // ruleid: java-insecure-random
        return RandomStringUtils.randomAlphanumeric(12);
    }

    int sessionId() {
        // ruleid: java-insecure-random
        return (int) (Math.random() * 1000000);
    }

    String otp() {
        // ok: java-insecure-random
        SecureRandom random = new SecureRandom();
        return String.valueOf(100000 + random.nextInt(900000));
    }

    double jitter() {
        // ok: java-insecure-random
        return Math.abs(-1.5);
    }
}
