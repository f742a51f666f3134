package main

import "net/http"

func setSession(w http.ResponseWriter, id string) {
	// ruleid: go-cookie-missing-flags
	http.SetCookie(w, &http.Cookie{Name: "session", Value: id})
	// ruleid: go-cookie-missing-flags
	http.SetCookie(w, &http.Cookie{Name: "session", Value: id, HttpOnly: true})
	// ok: go-cookie-missing-flags
	http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
}
