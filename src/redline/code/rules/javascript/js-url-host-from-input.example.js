function tenantUrl(tenant) {
    // ruleid: js-url-host-from-input
    return `https://${tenant}.example.com/api`;
}

function regionUrl(region, domain) {
    // ruleid: js-url-host-from-input
    return 'https://' + region + '.' + domain;
}

function checkedTenantUrl(tenant) {
    if (!/^[a-z0-9-]+$/i.test(tenant)) {
        throw new Error('invalid tenant');
    }
    // ok: js-url-host-from-input
    return `https://${tenant}.example.com/api`;
}

function itemUrl(id) {
    // ok: js-url-host-from-input
    return `https://api.example.com/items/${id}`;
}
