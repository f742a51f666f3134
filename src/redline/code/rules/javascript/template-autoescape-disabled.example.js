// ruleid: template-autoescape-disabled
nunjucks.configure("views", { autoescape: false, express: app });
// ruleid: template-autoescape-disabled
const tpl = Handlebars.compile(source, { noEscape: true });
// ok: template-autoescape-disabled
nunjucks.configure("views", { autoescape: true, express: app });
// ok: template-autoescape-disabled
const safeTpl = Handlebars.compile(source, { strict: true });
