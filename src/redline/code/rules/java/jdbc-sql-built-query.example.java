import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

class UserDao {
    private static final String ALL = "SELECT * FROM users";
    private Connection conn;
    private EntityManager em;
    private JdbcTemplate jdbcTemplate;

    ResultSet find(String name) throws Exception {
        Statement stmt = conn.createStatement();
        // ruleid: jdbc-sql-built-query
        ResultSet rs = stmt.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
        String sql = "DELETE FROM users WHERE id = " + name;
        // ruleid: jdbc-sql-built-query
        stmt.executeUpdate(sql);
        // ruleid: jdbc-sql-built-query
        PreparedStatement bad = conn.prepareStatement("SELECT * FROM t WHERE a = " + name);
        // ruleid: jdbc-sql-built-query
        em.createNativeQuery(String.format("SELECT * FROM t WHERE b = '%s'", name)).getResultList();
        StringBuilder q = new StringBuilder("SELECT * FROM t WHERE c = '");
        q.append(name).append("'");
        // ruleid: jdbc-sql-built-query
        jdbcTemplate.queryForList(q.toString());
        // ok: jdbc-sql-built-query
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");
        ps.setString(1, name);
        // ok: jdbc-sql-built-query
        ResultSet all = stmt.executeQuery(ALL);
        String fixed = "SELECT count(*) FROM users";
        // ok: jdbc-sql-built-query
        stmt.executeQuery(fixed);
        // ok: jdbc-sql-built-query
        jdbcTemplate.queryForList("SELECT * FROM t WHERE c = ?", name);
        // ok: jdbc-sql-built-query
        ps.executeQuery();
        return rs;
    }
}
