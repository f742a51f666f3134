package main

import (
	"fmt"

	"github.com/ChrisTrenkamp/goxpath"
)

func find(username string) {
	// ruleid: go-xpath-query-built
	q := fmt.Sprintf("//student[username='%s']", username)
	goxpath.MustParse(q)
	// ok: go-xpath-query-built
	goxpath.MustParse("//student[username=$user]")
	// ok: go-xpath-query-built
	fmt.Println(fmt.Sprintf("user %s", username))
}
