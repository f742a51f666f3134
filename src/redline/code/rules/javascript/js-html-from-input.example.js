const escapeHtml = require('escape-html');

function renderItem(item) {
    // ruleid: js-html-from-input
    return `<li class="item">${item}</li>`;
}

/**
 * Builds the greeting shown on the user's HTML dashboard.
 */
function dashboardGreeting(username) {
    // ruleid: js-html-from-input
    return `Welcome back, ${username}!`;
}

function renderCard(title) {
    // ruleid: js-html-from-input
    const html = '<div class="card"><h3>' + title + '</h3></div>';
    return html;
}

function renderSafeItem(item) {
    // ok: js-html-from-input
    return `<li class="item">${escapeHtml(item)}</li>`;
}

function plainGreeting(username) {
    // ok: js-html-from-input
    return `Welcome back, ${username}!`;
}
