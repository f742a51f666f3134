package main

import (
	"net/url"
	"strings"
)

func redirectTarget(target, domain string) string {
	u, err := url.Parse(target)
	if err != nil {
		return "/"
	}
	// ruleid: go-incomplete-domain-check
	if strings.Contains(u.Host, domain) {
		return target
	}
	return "/"
}

func allowedHost(host string) bool {
	// ruleid: go-incomplete-domain-check
	return strings.HasSuffix(host, "example.com")
}

func allowedSubdomain(host, domain string) bool {
	// ok: go-incomplete-domain-check
	return host == domain || strings.HasSuffix(host, "."+domain)
}

func hasPort(host string) bool {
	// ok: go-incomplete-domain-check
	return strings.Contains(host, ":")
}
