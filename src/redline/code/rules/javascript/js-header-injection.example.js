function setLanguage(headers, lang) {
    // ruleid: js-header-injection
    headers['Content-Language'] = lang;
    return headers;
}

function download(req, res) {
    // ruleid: js-header-injection
    res.setHeader('Content-Disposition', `attachment; filename=${req.query.name}`);
    res.end();
}

function setCleanLanguage(headers, lang) {
    const value = String(lang).replace(/[\r\n]/g, '');
    // ok: js-header-injection
    headers['Content-Language'] = value;
    return headers;
}

function setFixed(headers) {
    // ok: js-header-injection
    headers['Cache-Control'] = 'no-store';
}
