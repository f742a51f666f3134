"""Replace the spans of hits (secrets, PII, ...) in a text.

`redact(text, hits, style="label")` returns the text with every hit span replaced; overlapping or
touching spans are merged first so no fragment of a secret survives between two replacements.

Styles:
- `label`: `[REDACTED:<kind>]`, where kind is the detector id without its category
  (`secret.aws-access-key-id` -> `[REDACTED:aws-access-key-id]`).
- `mask`: every character becomes `*`, keeping line breaks so the layout survives; payment card
  numbers keep their separators and last four digits (`**** **** **** 4242`).
"""

from __future__ import annotations

from collections.abc import Iterable

from redline.text.types import Hit

__all__ = ["STYLES", "redact"]

STYLES = ("label", "mask")

_CARD_DETECTOR = "pii.payment-card"


def _kind(detector: str) -> str:
    return detector.split(".", 1)[1] if "." in detector else detector


def _mask(segment: str, card: bool) -> str:
    if card:
        keep_from = len(segment)
        seen = 0
        while keep_from > 0 and seen < 4:
            keep_from -= 1
            if segment[keep_from].isdigit():
                seen += 1
        head = "".join(ch if ch in " -" else "*" for ch in segment[:keep_from])
        return head + segment[keep_from:]
    return "".join(ch if ch in "\r\n" else "*" for ch in segment)


def redact(text: str, hits: Iterable[Hit], style: str = "label") -> str:
    """Return `text` with each hit's span replaced in the given `style` (`label` or `mask`).

    Spans are clipped to the text; overlapping or adjacent spans are merged, and a merged region
    takes the label of the hit covering most of it. Raises ValueError for an unknown style.
    """
    if style not in STYLES:
        raise ValueError(
            f"unknown redaction style {style!r} (expected one of: {', '.join(STYLES)})"
        )
    n = len(text)
    spans = sorted(
        (max(0, min(h.span.start, n)), max(0, min(h.span.end, n)), h.detector) for h in hits
    )
    # merge: each region is [start, end, {detector: covered chars}]
    regions: list[tuple[int, int, dict[str, int]]] = []
    for s, e, det in spans:
        if e <= s:
            continue
        if regions and s <= regions[-1][1]:
            rs, re_, cover = regions[-1]
            cover[det] = cover.get(det, 0) + (e - s)
            regions[-1] = (rs, max(re_, e), cover)
        else:
            regions.append((s, e, {det: e - s}))
    if not regions:
        return text
    out: list[str] = []
    pos = 0
    for s, e, cover in regions:
        out.append(text[pos:s])
        leading = max(cover.items(), key=lambda kv: (kv[1], kv[0]))[0]
        if style == "label":
            out.append(f"[REDACTED:{_kind(leading)}]")
        else:
            out.append(_mask(text[s:e], card=set(cover) == {_CARD_DETECTOR}))
        pos = e
    out.append(text[pos:])
    return "".join(out)
