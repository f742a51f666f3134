package main

import (
	"fmt"
	"html"
	"strings"
)

func renderGreeting(name string) string {
	// ruleid: go-html-from-input
	return fmt.Sprintf("<p>Hello, %s</p>", name)
}

// bannerText returns the text shown at the top of the user's HTML page.
func bannerText(nickname string) string {
	// ruleid: go-html-from-input
	return "Signed in as " + nickname
}

func renderItems(items []string, title string) string {
	var b strings.Builder
	// ruleid: go-html-from-input
	b.WriteString("<h2>" + title + "</h2>")
	return b.String()
}

func renderSafeGreeting(name string) string {
	// ok: go-html-from-input
	return fmt.Sprintf("<p>Hello, %s</p>", html.EscapeString(name))
}

func plainGreeting(name string) string {
	// ok: go-html-from-input
	return fmt.Sprintf("Hello, %s", name)
}

func renderCount(n int) string {
	// ok: go-html-from-input
	return fmt.Sprintf("<p>%d items</p>", n)
}
