function renderCount(count: number): string {
    // ok: js-html-from-input
    return `<span class="count">${count}</span>`;
}

function renderLabel(label: string): string {
    // ruleid: js-html-from-input
    return `<span class="label">${label}</span>`;
}
