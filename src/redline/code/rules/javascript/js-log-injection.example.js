const logger = require('./logger');

function formatAccessLog(user) {
    const stamp = new Date().toISOString();
    // ruleid: js-log-injection
    return `[${stamp}] login: ${user}`;
}

function onLogin(req, res) {
    // ruleid: js-log-injection
    logger.info(`login failed for ${req.body.username}`);
    res.sendStatus(401);
}

function noteUpload(name) {
    // ruleid: js-log-injection
    console.log('uploaded ' + name);
}

function formatCleanAccessLog(user) {
    const clean = String(user).replace(/[\r\n]/g, ' ');
    // ok: js-log-injection
    return `[${new Date().toISOString()}] login: ${clean}`;
}

function onSearch(req, res) {
    // ok: js-log-injection
    logger.info('search', JSON.stringify(req.query.q));
}

function greeting(name) {
    // ok: js-log-injection
    return `Hello, ${name}`;
}
