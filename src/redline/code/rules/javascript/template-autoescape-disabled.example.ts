import { marked } from "marked";
// ruleid: template-autoescape-disabled
marked.setOptions({ sanitize: false, gfm: true });
// ok: template-autoescape-disabled
marked.setOptions({ gfm: true });
