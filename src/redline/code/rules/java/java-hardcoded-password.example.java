import java.net.PasswordAuthentication;
import java.sql.Connection;
import java.sql.DriverManager;

class Db {
    // ruleid: java-hardcoded-password
    private static final String DB_PASSWORD = "Pa55w0rd!2024";
    // ok: java-hardcoded-password
    private static final String PASSWORD_ENV = "DB_PASSWORD";
    // ok: java-hardcoded-password
    private String password = "${db.password}";

    Connection open(String url) throws Exception {
        // ruleid: java-hardcoded-password
        Connection a = DriverManager.getConnection(url, "admin", "hunter2x");
        // ok: java-hardcoded-password
        Connection b = DriverManager.getConnection(url, "admin", System.getenv("DB_PASSWORD"));
        // ruleid: java-hardcoded-password
        PasswordAuthentication auth = new PasswordAuthentication("mailer", "mailpass99".toCharArray());
        // ok: java-hardcoded-password
        String passwordLabel = "Enter your password";
        // ok: java-hardcoded-password
        String apiKey = "your-api-key";
        return a;
    }
}
