async fn find_user(pool: &sqlx::PgPool, name: &str, id: i64) -> sqlx::Result<()> {
    // ruleid: rust-sql-query-format
    let q = format!("SELECT * FROM users WHERE name = '{}'", name);
    sqlx::query(&q).execute(pool).await?;
    // ruleid: rust-sql-query-format
    sqlx::query(&format!("DELETE FROM sessions WHERE user = '{name}'")).execute(pool).await?;
    // ok: rust-sql-query-format
    sqlx::query("SELECT * FROM users WHERE name = $1").bind(name).execute(pool).await?;
    // ok: rust-sql-query-format
    let greeting = format!("hello {}", name);
    println!("{} {}", greeting, id);
    Ok(())
}
