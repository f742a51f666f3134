using System.Data.SqlClient;
using Dapper;
using Microsoft.EntityFrameworkCore;

public class UserRepository
{
    private const string All = "SELECT * FROM Users";
    private readonly SqlConnection conn;
    private readonly AppDbContext db;

    public void Find(string name, int id)
    {
        // ruleid: ado-sql-built-query
        var a = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'", conn);
        string query = $"DELETE FROM Users WHERE Id = {id}";
        // ruleid: ado-sql-built-query
        using (var b = new SqlCommand(query, conn)) { b.ExecuteNonQuery(); }
        var c = conn.CreateCommand();
        // ruleid: ado-sql-built-query
        c.CommandText = string.Format("SELECT * FROM Users WHERE Name = '{0}'", name);
        // ruleid: ado-sql-built-query
        db.Database.ExecuteSqlRaw("UPDATE Users SET Name = '" + name + "'");
        // ruleid: ado-sql-built-query
        conn.Query<User>($"SELECT * FROM Users WHERE Name = '{name}'");
        // ok: ado-sql-built-query
        var d = new SqlCommand("SELECT * FROM Users WHERE Name = @name", conn);
        d.Parameters.AddWithValue("@name", name);
        // ok: ado-sql-built-query
        var e = new SqlCommand(All, conn);
        // ok: ado-sql-built-query
        db.Users.FromSql($"SELECT * FROM Users WHERE Name = {name}").ToList();
        // ok: ado-sql-built-query
        conn.Query<User>("SELECT * FROM Users WHERE Name = @name", new { name });
    }

    public int Run(ReportDefinition report)
    {
        // ruleid: ado-sql-built-query
        using (var cmd = new SqlCommand(report.Sql, conn))
        {
            return cmd.ExecuteNonQuery();
        }
    }
}
