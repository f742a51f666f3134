package main

import "html/template"

func render(bio string) map[string]any {
	return map[string]any{
		// ruleid: template-unescaped-html
		"Bio": template.HTML(bio),
		// ok: template-unescaped-html
		"Footer": template.HTML("<footer>Static</footer>"),
		// ok: template-unescaped-html
		"Plain": bio,
	}
}
