package main

import (
	"database/sql"
	"fmt"
)

func getUser(db *sql.DB, username, password string, id int) (string, error) {
	var info string
	// ruleid: go-sql-query-built
	query := fmt.Sprintf("SELECT info FROM users WHERE username = '%s' AND password = '%s'", username, password)
	err := db.QueryRow(query).Scan(&info)
	// ruleid: go-sql-query-built
	db.Exec("DELETE FROM sessions WHERE user = '" + username + "'")
	// ok: go-sql-query-built
	db.QueryRow("SELECT info FROM users WHERE username = ? AND password = ?", username, password).Scan(&info)
	// ok: go-sql-query-built
	db.QueryRow(fmt.Sprintf("SELECT info FROM users WHERE id = %d", id)).Scan(&info)
	// ok: go-sql-query-built
	msg := fmt.Sprintf("hello %s", username)
	_ = msg
	return info, err
}
