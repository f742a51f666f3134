package main

import (
	"fmt"
	"regexp"
)

var tenantRe = regexp.MustCompile(`^[a-z0-9-]+$`)

func tenantURL(tenant string) string {
	// ruleid: go-url-host-from-input
	return fmt.Sprintf("https://%s.example.com/api", tenant)
}

func regionURL(region, domain string) string {
	// ruleid: go-url-host-from-input
	return "https://" + region + "." + domain
}

func checkedTenantURL(tenant string) string {
	if !tenantRe.MatchString(tenant) {
		return ""
	}
	// ok: go-url-host-from-input
	return fmt.Sprintf("https://%s.example.com/api", tenant)
}

func itemURL(id string) string {
	// ok: go-url-host-from-input
	return fmt.Sprintf("https://api.example.com/items/%s", id)
}
