package com.example.accounts;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

public class AccountRepository {
    private final Connection connection;

    public AccountRepository(Connection connection) {
        this.connection = connection;
    }

    public ResultSet findByEmail(String email) throws SQLException {
        Statement statement = connection.createStatement();
        return statement.executeQuery("SELECT * FROM accounts WHERE email = '" + email + "'");
    }

    public byte[] hashPassword(String password) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("MD5");
        return digest.digest(password.getBytes());
    }

    public void exportAccount(String accountId) throws IOException {
        Runtime.getRuntime().exec("sh -c ./export.sh " + accountId);
    }
}
