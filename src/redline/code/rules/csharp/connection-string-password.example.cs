using System.Data.SqlClient;
using Microsoft.Extensions.Configuration;

public class Database
{
    // ruleid: connection-string-password
    private const string Conn = "Server=db.local;Database=shop;User Id=sa;Password=Sh0pAdmin!;";
    // ok: connection-string-password
    private const string Template = "Server=db.local;Database=shop;User Id=sa;Password={0};";
    // ok: connection-string-password
    private const string Masked = "Server=db.local;Database=shop;User Id=sa;Password=****;";

    public SqlConnection Open(IConfiguration configuration)
    {
        // ruleid: connection-string-password
        var legacy = new SqlConnection(@"Data Source=.\SQLEXPRESS;Initial Catalog=app;User ID=app;Pwd=app2024x");
        // ok: connection-string-password
        return new SqlConnection(configuration.GetConnectionString("Shop"));
    }
}
