package main

import (
	"net"
	"net/http"
)

func serve(mux *http.ServeMux) {
	// ruleid: go-bind-all-interfaces
	http.ListenAndServe("0.0.0.0:8080", mux)
	// ruleid: go-bind-all-interfaces
	net.Listen("tcp", "0.0.0.0:9000")
	// ok: go-bind-all-interfaces
	http.ListenAndServe("127.0.0.1:8080", mux)
}
