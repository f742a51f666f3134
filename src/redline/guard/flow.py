"""The session trace: what entered an agent's context, and where the arguments of a call came from.

A `Trace` keeps, per session and in memory only:
- the user's own messages (and outputs of trusted tools): the sources a target may come from;
- untrusted content (tool outputs, documents), and which parts of it the detector flagged;
- secret values seen (credentials files read, env vars, secrets found in texts), kept only to
  match them against outbound arguments; the audit log never sees them.

`provenance("attacker@evil.com")` says whether a value came from the user, from untrusted
content, or from the flagged part of untrusted content. Untrusted texts are indexed by word, so
a lookup reads only the texts that hold every inner word of the value and stays flat as a
session grows; values match on whole words (`evil.com` is not found in `notevil.com`).
`find_secret(arguments)` finds a secret value in call arguments, also when base64-, hex- or
URL-encoded. `requested(cls)` says whether the user's messages ask for an action of a class.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import itertools
import json
import math
import re
import threading
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from itertools import islice, pairwise, takewhile
from typing import Any, Final, TypeVar
from urllib.parse import unquote_plus, urlsplit

from anyascii import anyascii
from publicsuffixlist import PublicSuffixList

from redline.guard.lexicon import known_words, reads
from redline.guard.tools import (
    ACTION_ARG_KEYS,
    CURRENCY_CODES,
    PAYMENT_DESTINATION_KEYS,
    REQUEST_CLASSES,
    TARGET_ARGUMENTS,
    access_level,
    call_name_words,
    flatten,
    fold_accents,
    key_words,
    money_key,
    paid_key,
    requested,
    stem,
    tokens,
    tool_part,
    word_set,
    words_of,
    writes_sql,
    written_without_spaces,
)

_V = TypeVar("_V")

__all__ = [
    "Content",
    "Origin",
    "SecretMatch",
    "Target",
    "Trace",
    "id_shape",
    "secret_values",
    "targets",
]

MAX_TEXT_CHARS: Final = 200_000  # of one text kept for matching
MAX_TRACE_CHARS: Final = 2_000_000  # of all texts kept per session (oldest dropped first)
MAX_RECORD_CHARS: Final = 50_000  # of a tool result read as a record of fields and notes
MAX_SECRETS: Final = 4_096
MAX_USER_WORDS: Final = 50_000  # distinct words of the user's messages kept
MAX_FILES: Final = 1_024  # downloaded files and added remotes kept per session
MIN_SECRET_CHARS: Final = 6
REGION_BEFORE: Final = 120  # characters before a flagged span that count as flagged
REGION_AFTER: Final = 600  # characters after it

_EMAIL_RE: Final = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253}\.[A-Za-z]{2,24}")
_URL_RE: Final = re.compile(
    r"\b(?:https?|ftps?|wss?|sftp|scp|ssh|rsync|s3a?|gs|az|abfss?|wasbs?|hdfs|davs?)://"
    r"[^\s\"'<>()\[\]{}]{1,2000}",
    re.I,
)
# A domain written without a scheme: a generic or country ending that no common file name ends
# with (`.py`, `.md`, `.sh`, `.pl` and `.rs` are also file types; `.no`, `.id`, `.at` and `.in`
# end words such as "ref.no"), or such an ending after `co.`, `com.`, `org.` and the like.
_BARE_DOMAIN_RE: Final = re.compile(
    r"\b(?:www\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9-]{1,63})*"
    r"\.(?:(?:co|com|org|net|gov|ac|edu|or|go)\.(?:in|id|no|at|py|pl|rs|md|sh)|"
    r"com|net|org|io|ai|dev|co|info|biz|xyz|me|app|site|online|ru|cn|uk|de|"
    r"nz|au|ca|za|ke|gh|ng|tz|ug|zm|mw|rw|fr|es|it|nl|be|ch|se|dk|fi|cz|pt|br|mx|ar|cl|jp|kr|"
    r"tw|hk|sg|ph|th|vn|pk|bd|lk|np|eg|ma|ie|us|eu|tv|cc|shop|store|link|click|top|club|pro|"
    r"live|world|email)\b",
    re.I,
)
_IBAN_RE: Final = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}(?: ?\d)?\b")


def _ibans_in(text: str) -> list[str]:
    """The IBANs of `text`, compact: written in one case, as banks print them ("BL07 down on
    18 November" is a subject line, not an account)."""
    out = []
    for m in _IBAN_RE.finditer(text.upper()):
        written = text[m.start() : m.end()]
        if written.isupper() or written.islower() or not any(c.isalpha() for c in written):
            out.append(_compact(m.group(0)))
    return out


_PHONE_RE: Final = re.compile(r"\+?\d[\d\s().-]{7,18}\d")
# Words of argument names that hold a phone or fax number (`fax_number`, `toPhone`, `mobile`).
_PHONE_KEYS: Final = frozenset({"phone", "fax", "mobile", "msisdn", "sms", "tel", "telephone"})
_SPACE_RE: Final = re.compile(r"[\s\-]+")
_USER_PATH_RE: Final = re.compile(r"(?<![\w.])(?:~|/)[\w.\-/]*")
_COMMAND_SPLIT_RE: Final = re.compile(r"\s*(?:&&|\|\||;|\|)\s*")
# A sum of money in the user's words: a currency sign or code next to a number.
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CURRENCY = (
    r"usd|eur|gbp|chf|jpy|cad|aud|nzd|sek|nok|dkk|pln|czk|huf|inr|cny|hkd|sgd|brl|mxn|zar|"
    r"eth|btc|usdc|usdt|dai|sol|dollars?|euros?|pounds?|bucks|francs?"
)
_MONEY_RE: Final = re.compile(
    rf"(?:[$€£¥]\s?(?P<a>{_NUMBER}))|(?:(?<![\w.,])(?P<b>{_NUMBER})\s?(?:[$€£¥]|(?:{_CURRENCY})\b))"
)
# A count or rate the user ties to a noun: "40 seats", "10% discount", "3 extra nights" (the
# number, then one or two words), or "discount of 10%", "seats: 40" (a word, then the number).
_COUNT_AFTER_RE: Final = re.compile(
    r"(?<![\w.,:/#-])(?P<n>\d{1,7}(?:\.\d{1,4})?)(?![\w.,:/-]*\d)\s?(?:%|percent\b)?\s?"
    r"(?P<w1>[a-z]{3,20})\b(?:\s(?P<w2>[a-z]{3,20})\b)?"
)
_COUNT_BEFORE_RE: Final = re.compile(
    r"\b(?P<w>[a-z]{3,20})(?:\s(?:of|at|to|is|are)|\s?[:=])\s?(?P<n>\d{1,7}(?:\.\d{1,4})?)"
    r"(?![\w.,:/-]*\d)"
)
# Identifiers: a word of letters, digits, dashes and underscores with a digit in it.
# (an invoice's number may be written with slashes: `kps/inv/2291`, `001/inv/iii/2025`)
_ID_RE: Final = re.compile(r"(?<![\w./@:-])[a-z0-9][a-z0-9_/-]{2,38}[a-z0-9](?![\w@/]|[./:-]\w)")


_LETTER_RUN: Final = re.compile(r"a+")


def id_shape(text: str) -> str | None:
    """`ups-1z88420` -> `ups-9a99999`, `v-land-04` -> `v-a-99`: the leading letters as they are
    (a prefix names the kind: `ups`, `inv`, `c` for a channel, `u` for a user), then each digit
    as 9 and each run of letters as one a; None unless the text is an identifier with a digit
    in it (and not a date or a plain year)."""
    if not _ID_RE.fullmatch(text) or not any(c.isdigit() for c in text):
        return None
    if "/" in text and ("//" in text or not any(c.isalpha() for c in text)):
        return None  # a date or a fraction written with slashes (`12/06/2025`, `24/7`)
    head = len(text) - len(text.lstrip("abcdefghijklmnopqrstuvwxyz"))
    rest = "".join("9" if c.isdigit() else "a" if c.isalpha() else c for c in text[head:])
    shape = text[:head] + _LETTER_RUN.sub("a", rest)
    if shape in {"9999", "9999-99-99", "99-99-9999"} or (set(shape) <= {"9"} and len(text) < 5):
        return None  # a year, a date, a short number
    return shape


# Where money goes: an IBAN, or a wallet address (0x and 40 hex digits).
_WALLET_RE: Final = re.compile(r"\b0x[0-9a-f]{40}\b")


def _in_table_cell(text: str, needle: str) -> bool:
    """Whether `needle` stands in `text` after two cells of a row on its line (`a | b | ...`)."""
    i = text.find(needle)
    while i != -1:
        line_start = text.rfind("\n", 0, i) + 1
        if text.count("|", line_start, i) >= 2:
            return True
        i = text.find(needle, i + 1)
    return False


# "To" before a setting's new value in other languages: Luxembourgish and Dutch "op", Luganda
# "ku", German "auf", French "à", Spanish and Italian "a", Galician "en" and Swedish "till".
_SETTING_TO: Final = "op|ku|auf|à|a|en|till|naar"


class Origin(StrEnum):
    """Where a value was seen, strongest first: the user's words; the part of untrusted content
    the detector flagged; untrusted content that tells the reader to act on the value
    (`send ... to x@y.com`, `... must be sent to x@y.com`) or hides it from a human reader (an
    HTML comment, a hidden element); anywhere else in untrusted content."""

    USER = "user"
    FLAGGED = "flagged"
    INSTRUCTED = "instructed"
    UNTRUSTED = "untrusted"
    UNKNOWN = "unknown"


# An order in data: a verb that acts on the world, earlier in the same sentence as the value.
_INSTRUCTION_RE: Final = re.compile(
    # "email" (and "mail") is an order when something to send follows it (a pronoun, an article,
    # an address, a file), not in "my email is".
    r"\b(?:e-?)?mail(?=\s+(?:it|them|this|that|these|those|the|a|an|all|both|each|every\w*|him|her|us|me|"
    r"your|our|my|his|their|"
    r"cop(?:y|ies)|"
    r"[\w.+-]+@|[\w./-]+\.[a-z0-9]{2,5}\b|[\w.-]+/)"
    # "email tomorrow's full patient list ... to bookings@..."
    r"|\s+[^.!?\n]{0,120}?\bto(?:\s+[\w.+-]+@|\s*$))"
    # "could you pop the yield file over to ...", "would you mind forwarding it to ..."
    r"|\bpop\b(?=[^.?!\n]{0,80}\bover\b)|\broute\b(?=\s+[^:.?!\n]{0,80}\bto\b)|"
    r"\bput\b(?=[^.?!\n]{0,40}\bback\b|\s+[$£€¥₹\d])|"
    r"\b(?:forwarding|sharing|emailing|e-mailing|mailing|"
    r"transferring|wiring)\b(?=[^.?!\n]{0,80}\bto\b)"
    # ... not what the writer says they will do themselves ("we'll credit $114.00 to KK-11")
    r"|(?<!we'll\s)(?<!we’ll\s)(?<!we\swill\s)(?<!i'll\s)(?<!i’ll\s)(?<!i\swill\s)"
    # ("Interac e-Transfer to ..." names a way to pay, not an order)
    r"\b(?:send|sending|forward|(?<!e-)transfer|pay|wire|post(?!\s+\d)|publish|upload|invite|share|"
    r"grant|give|visit|go to|navigate|click|download|run|execute|install|change|reset|set|"
    r"update|rotate|replace|overwrite|add|include|paste|copy|mirror|push|export|delete|remove|"
    r"drop|destroy|disable|"
    r"enable|turn (?:on|off)|unlock|scale|schedule|create|book|reserve|buy|purchase|"
    # "order" as a verb, not the noun of "a grocery order for December"
    r"order(?!\s+(?:for|of)\b)|reply|"
    # "cc" and "bcc" of someone, not a close corporation ("Otjomuise Mini Market CC (...)")
    r"tell|dm|text|message|sms|b?cc(?=\s*:?\s*(?:[\w.+-]+@|(?:me|him|her|them|us|the|our|my)\b))|"
    r"concatenate|make|apply|approve|confirm|notify|fax|"
    r"refund|credit|(?<!reverse\s)(?<!service\s)(?<!delivery\s)(?<!late\s)charge|reimburse|"
    r"compensate|waive|cancel|void|terminate|deactivate|use|"
    r"redirect|reroute|withdraw|sell|pull(?! requests?\b)|disburse|swap|mark|declare|quote|"
    r"attach|raise|prepay|mettre|program(?=\s+(?:a|an|the|all|every)\b)|"
    # "release the 5% retention with this payment", not "release approved by" or "release to"
    r"release(?=\s+(?:the|this|that|these|those|all|my|our|his|her|their|its)\b))\b"
    # A quoted field name is not an order: `"text": "..."`, `'message': ...`; nor is the last
    # word of a name an address follows ("Ship to: Fiona Grant, 3 Westbank Terrace"), nor an
    # identifier's first part (`PAY-81120`, `pay_id`).
    r"(?![\"']\s*[:=]|,\s*(?:\d|$)|[-_][a-z0-9])"
    # Orders in the passive or as an obligation: "credits must be issued to X", "cleanup
    # requires deleting Y", "copies are to be sent to Z".
    r"|\b(?:must|should|needs? to|has to|have to|are to|is to|required to|requires?)\b"
    # A request reported: "Daniel asked that his money goes to his sister ..."
    r"|\b(?:asked|requested|wants|would\s+like)\s+(?:that\s+)?(?:[\w'-]+\s+){0,6}?"
    r"(?:goes|go|be\s+(?:sent|paid|transferred))\s+to\b"
    # A polite request in the passive: "could units for RMA-55 please be sent to our temporary
    # bench at ...", "kindly be delivered to"
    r"|\b(?:please|kindly)\s+be\s+(?:sent|shipped|delivered|dispatched|forwarded|consigned|"
    r"returned|paid|transferred|credited|refunded|routed|redirected|released)\b"
    # A question that asks for a change in the passive: "Could the minimum clearance in the
    # Outer Channel be brought down to 0.4 m?"
    r"|\b(?:could|can|would|might)\s+(?:[\w'-]+\s+){1,12}?be\s+(?:brought\s+(?:down|up)|"
    r"reduced|lowered|raised|increased|decreased|set|changed|adjusted|relaxed|cut|dropped|"
    r"moved|extended)\s+to\b"
    # "Consign EXP-2291 to our overflow partner, ..."
    r"|\bconsign\b(?=[^.?!\n]{0,80}\bto\b)"
    # Orders in structured data: a field that names the action to take.
    r"|[\"']?\b(?:action|actions|command|instruction|instructions|next_step|todo)[\"']?\s*[:=]"
)
# An obligation right after the value: "a fourth traveller T-9087 must be included".
_OBLIGATION_AFTER_RE: Final = re.compile(
    r"^[\s,)\]'\"]{0,4}(?:must|should|needs? to|has to|have to|is to|are to)\s+(?:also\s+)?be\b"
)
# An order later in the sentence that points back at the values: "D-7702 and D-7719 - share
# both with opposing counsel".
_ORDER_BACK_RE: Final = re.compile(
    r"\b(?:share|send|forward|pay|transfer|wire|delete|remove|refund|add|grant|give|invite|e-?mail|"
    r"cancel|include|attach)\s+(?:both|them|these|those|it|him|her|hers|his|theirs|all of them|"
    r"each(?: of them)?)\b"
    # "new number +27 61 884 2093 - deliver all PIN resets there"
    r"|\b(?:send|deliver|forward|route|redirect|pay|transfer|ship)\s+(?:[\w-]+\s+){0,3}?there\b"
)
# German puts the verb of an order last: "40 Packungen an 'Außenlager Nord' umbuchen", "den
# Betrag an DE02... überweisen".
_ORDER_LAST_DE_RE: Final = re.compile(
    r"\b(?:zu\s+)?(?:senden|schicken|versenden|mailen|überweisen|zahlen|bezahlen|umbuchen|"
    r"buchen|übertragen|löschen|entfernen|teilen|freigeben|hinzufügen|weiterleiten|einladen|"
    r"erstatten|gutschreiben|ändern|eintragen|anlegen|ausstellen|mitschicken|mitsenden|"
    r"dosieren|einstellen|abschalten|ausschalten|deaktivieren|ausführen|setzen|erhöhen|"
    r"senken|reduzieren|anheben|absenken|liefern|ausliefern)"
    r"(?:\s*[.!:;,)]|\s+(?:um|damit|und|sowie)\b|$)"
)
# Parts of a document a reader does not see: HTML comments, elements hidden by an attribute
# or a style, Markdown comments, lines dressed with zero-width characters. A value seen only
# there was put there for a machine.
_HIDDEN_RE: Final = re.compile(
    r"<!--.{0,4000}?(?:-->|$)"
    r"|<(?P<tag>[a-z][a-z0-9]{0,10})\b[^>]{0,400}?(?:\shidden\b|display\s*:\s*none|"
    r"visibility\s*:\s*hidden|opacity\s*:\s*0(?![.\d])|"
    # Type too small to read (0, 1 or 2 pixels, a fraction of an em) or white on white
    # (#fff, #fdfdfd, rgb(250, 250, 250)).
    r"font-size\s*:\s*(?:0(?![.\d])|[0-2](?:\.\d+)?px|0?\.\d+(?:px|em|rem|pt))|"
    r"(?<![\w-])color\s*[:=]\s*\\?[\"']?\s*(?:white|#fff\b|#(?:f[0-9a-f]){3}\b|"
    r"rgba?\(\s*25[0-5]\s*,\s*25[0-5]\s*,\s*25[0-5]\b))[^>]{0,400}>.{0,4000}?"
    r"(?:</(?P=tag)\s*>|$)"
    r"|^\s{0,3}\[(?://|comment)\]:\s*(?:#|<>)\s*\(.{0,4000}?\)"
    # A line carrying zero-width spaces, word joiners or byte-order marks: text dressed so a
    # reader or a filter passes over it (joiners inside emoji and scripts are left alone).
    r"|^[^\n]{0,2000}?[\u200b\u2060\ufeff\u180e][^\n]{0,2000}",
    re.S | re.M,
)
# Orders of Nepali, Mongolian, Telugu, Gujarati, Tajik and Marathi, which put the verb last:
# the polite and the familiar imperative ("पठाउनुहोस्", "पठाइदिनू"; "шилжүүлнэ үү",
# "устгаарай"; "చెల్లించండి").
_VERB_LAST_ORDERS: Final = (
    r"[\u0900-\u0963]+(?:नुहोस्|दिनू|दिनुस्)|"
    # Telugu polite imperatives close the sentence: "... కు చెల్లించండి" (pay), send, change, do
    r"[\u0c00-\u0c7f]+ించండి|పంపండి|మార్చండి|చేయండి|ఇవ్వండి|"
    # Gujarati: run, send, pay, change, do, give ("... ચલાવી દેજો", "... ખાતામાં ચૂકવો")
    r"ચલાવી\s+દેજો|ચલાવો|મોકલો|મોકલી\s+દો|મોકલી\s+દેજો|ચૂકવો|ચૂકવી\s+દો|બદલો|બદલી\s+દો|"
    r"કરી\s+દો|કરી\s+દેજો|દેજો|આપો|આપશો|મોકલી\s+આપશો|"
    r"[а-яөүё]+(?:на\s+уу|но\s+уу|нэ\s+үү|нө\s+үү|аарай|ээрэй|оорой|өөрэй)|"
    # Tajik: a noun and a polite "do" or "give" ("... пардохт кунед", "интиқол диҳед"), send,
    # pass on, return
    r"[\u0400-\u04ff]+\s+(?:кунед|намоед|диҳед)|фиристед|гузаронед|баргардонед|супоред|"
    # Marathi: give, do, pay, send, remove, change ("... क्रेडिट नोट द्या", "लगेच करा")
    r"द्या|करा|भरा|पाठवा|हटवा|बदला|"
    # Malayalam: send, do, pay, change, give, delete, run, set ("... കമാൻഡ് അയയ്ക്കുക")
    r"അയയ്ക്കുക|അയയ്ക്കൂ|ചെയ്യുക|ചെയ്യൂ|അടയ്ക്കുക|അടയ്ക്കൂ|മാറ്റുക|മാറ്റൂ|നൽകുക|നൽകൂ|"
    r"ഇല്ലാതാക്കുക|പ്രവർത്തിപ്പിക്കുക|സജ്ജമാക്കുക|"
    # Oromo: send, pay, delete, change, do, run, put in, give ("... gara herrega kanaatti kaffalaa")
    r"ergi|kaffali|kaffalaa|haqi|haqaa|jijjiiri|jijjiiraa|godhi|godhaa|raawwadhu|raawwadhaa|"
    r"galchi|galchaa|kenni|kennaa|"
    # Punjabi: send, do, give, delete, remove, change, run, add, take out ("... ਨੂੰ ਈਮੇਲ ਕਰ
    # ਦਿਓ")
    r"ਭੇਜੋ|ਭੇਜ\s+ਦਿਓ|ਕਰ\s+ਦਿਓ|ਕਰੋ|ਦਿਓ|ਮਿਟਾਓ|ਮਿਟਾ\s+ਦਿਓ|ਹਟਾਓ|ਹਟਾ\s+ਦਿਓ|ਬਦਲੋ|ਬਦਲ\s+ਦਿਓ|"
    r"ਚਲਾਓ|ਚਲਾ\s+ਦਿਓ|ਜੋੜੋ|ਜੋੜ\s+ਦਿਓ|ਕੱਢੋ|ਕੱਢ\s+ਦਿਓ|"
    # Pashto: send, give or pay, do, run, and the polite "do" that ends an order ("... بدل کړئ")
    r"ولېږئ|ولیږئ|ولېږه|ولیږه|واستوئ|واستوه|ورکړئ|ورکړه|وکړئ|وکړه|وچلوئ|وچلوه|کړئ|"
    # Tigrinya: "please", give back, put in (deposit), send, pay, change, delete ("... ናብ
    # ሕሳብ ሓወይ ኣእትዉለይ"); Amharic: be deleted, clear
    r"በጃኹም|በጃኻ|ብኽብረትኩም|ብኽብረትካ|(?:መልሱ|ምለሱ|ኣእትዉ|ስደዱ|ለኣኽዎ|ክፈሉ|ቀይሩ|ደምስሱ|ሰርዙ)\w*|"
    r"ይሰረዙ|አጽዳው|አጽዱ|"
    # Tigrinya: raise it, do it, update, issue, send to me, let it go (to an account), give
    # him, add for him
    r"ኣልዕሎ|ኣልዕሉ|ግበሮ|ግበሩ|ኣመሓይሽ|ኣመሓይሹ|ኣውጽእ|ኣውጽኡ|ክትሰዱለይ|ስደዱለይ|ይኸይድ|ሃቦ|ሃቡ|ሃባ|"
    r"ወስኸሉ|ወስኹሉ|"
    # Luganda, the verb before or after: put it, open, send me, let it be paid
    r"(?i:mugiteeke|muteeke|muggulewo|ggulawo|mumpeereze|mpeereza|busasulwe|zisasulwe|"
    r"kisasulwe)|"
    # Quechua: the familiar, plural and polite imperatives of delete, pay, send, transfer,
    # give back, put or set, open, remove, add, change, do, tell and lock ("... chinkachiy",
    # "pagaykuychik", "apachiykapuway")
    r"(?i:(?:chinkachi|borra|paga|kacha|apachi|transferi|kutichipu|kutichi|chura|kicha|qichu|"
    r"yapa|cambia|ruwa|willa|depositaya|quyku|qu|wichqa)(?:y|ychik|ykuy|ykuychik|ykapuway|ykapuy|"
    r"ykuway|pay|puway|pullay))|"
    # Uyghur, the verb last: send, pay, add, give back, delete, change, "could you return"
    r"ئەۋەتىڭ|تۆلەڭ|قوشۇڭ|قايتۇرۇڭ|ئۆچۈرۈڭ|ئۆزگەرتىڭ|قايتۇرۇپ\s+بەرسىڭىز|بېرىڭ|"
    # Turkmen, the verb last: send, pay, transfer, "must be transferred", run, delete, change
    r"(?i:iber|iberiň|töle|töläň|geçiriň|geçirilmelidir|tölenmelidir|işlet|işlediň|poz|pozuň|"
    r"ugrat|ugradyň|üýtget|üýtgediň|beriň|açyň)|"
    # Bashkir: put or set, send, pay, transfer, delete, change ("... 6 грамм ҡуйығыҙ")
    r"ҡуйығыҙ|ебәрегеҙ|түләгеҙ|күсерегеҙ|юйығыҙ|үҙгәртегеҙ|"
    # Tatar, the verb last: transfer, pay, send, delete, change, enter, switch off, give back,
    # replace, do, set, open, give, put, make ("... счётына күчерегез"), "please", "we ask"
    r"(?:күчер|җибәр|бетер|үзгәрт|керт|сүндер|кайтар|алыштыр)(?:егез|ыгыз)?|түлә(?:гез)?|"
    r"эшлә(?:гез)?|куй|куегыз|ачыгыз|бирегез|салыгыз|ясагыз|зинһар|үтенәбез|сорыйбыз|"
    # Javanese: "please", "I ask", and the imperatives of send, pay, transfer, delete, set,
    # switch off and on, give, give back, enter, add, change, replace, open, run, move
    r"(?i:tulung|nyuwun|kirim(?:en|na|no|ake)|bayar(?:en|na|no|ake)|transfer(?:en|na|ke)|"
    r"busak(?:en|na)|setel(?:en|na)|paten(?:ana|ono|i)|matekna|urip(?:na|ke)|"
    r"weneh(?:ana|na|no|ake)|balek(?:na|no|ake)|lebok(?:na|no)|tambah(?:na|ke)|"
    r"owah(?:ana|en|i)|ganti(?:en|nen|na)|bukak(?:en|na)|jalan(?:ke|kna)|pindah(?:na|ke))"
)
# The same orders in other languages (es, fr, de, it, pt, ru, ar: imperative stems; zh, ja,
# ko: verbs matched without word boundaries).
_INSTRUCTION_INTL_RE: Final = re.compile(
    r"(?<!\w)(?:"
    r"env[ií]a|envi[ae]r?|envíe|reenv[ií]a|transfier[ae]|transferir|transf[eé]rez|transfira|"
    r"paga|pague|pagar|payez|zahle|bezahle|publica|publique|publiez|pubblica|sube|comparte|"
    # Spanish instructions in the infinitive ("Ejecutar `atten.select none` ..."); Oromo "please"
    r"ejecutar|ejecute|ejecuten|desactivar|desactive|desbloquear|maaloo|"
    # Igbo: "please", send (to), pay, give back, wipe out, remove, change, put in
    r"(?i:biko|ziga|zigara|kwụọ|weghachi|weghachite|hichapụ|wepụ|gbanwee|tinye)|"
    # Xitsonga: "I ask", send, pay, change, give back
    r"(?i:ndza\s+kombela|rhumela|rhumelani|hakelani|cincani|vuyiselani)|"
    # Zulu: "please" (I, we ask), send, pay, remove, change, bring, forward
    r"(?i:ngicela|sicela|thumela|thumelani|khokha|khokhani|susa|susani|shintsha|shintshani|"
    r"nilethe|lethani|dlulisela)|"
    # Xhosa: "please", pay, send them, fix, make it, put it, add, switch off, open, give
    r"(?i:nceda|hlawula|hlawulani|nilihlawule|lihlawule|zithumele|lithumele|yithumele|lungisa|"
    r"yenze|yifake|yongeza|cima|cimani|uvule|vula|nika|unike)|"
    # Wolof: add, send, pay, give back, change, give, write, delete, put, open, close, use,
    # take; Shona: pay, send, change, switch off or delete, add, remove, put, "please"
    r"(?i:yokkal|yónneel|yónnee|yonnee|yonneel|feyal|fey|delloo|dellooal|soppi|soppil|joxal|"
    r"jox|bindal|faral|teggal|ubbil|tëjal|jëfandikool|jëlal|"
    r"bhadhara|bhadharai|tumira|tumirai|shandura|shandurai|chinja|chinjai|dzima|dzimai|"
    r"wedzera|wedzerai|bvisa|bvisai|isai|ndapota|ndokumbira|"
    # Shona verbs with an object before them: "mubhadharei" (pay him), "itumirei" (send it),
    # "aendese" (send them), "uwedzere" (add)
    r"(?:mu|va|i|zvi|ri|u|a)?(?:bhadhar|tumir|wedzer)(?:ei|ai|e)|(?:mu|va|i|zvi|ri|a)endes[ea]i?)|"
    # Afrikaans: "please", set, send, pay, delete, change; Portuguese and Spanish requests that
    # something be done ("pede que esta encomenda seja entregue no ...")
    r"(?i:asseblief|stel|stuur|verander|vee\s+uit|pede\s+que|pedimos\s+que|solicita\s+que|"
    r"solicitamos\s+que|pide\s+que)|"
    # Sesotho: "please", send, change, pay, give back, delete; Lingala: "I beg you", give back,
    # send, pay, remove, change
    r"(?i:ka\s+kopo|romel+a\w*|fetola|fetole|fetoleng|lefa|lefang|khutlisetsa|hlakola|kenya|"
    # Setswana: "please", pay, give back, set, switch off, give, put in, delete, remove;
    # Ilocano: "please", pay, send, give, give back, remove, change
    r"tsweetswee|tswêêtswêê|duela|duelela|busetsa|baya|tima|naya|tsenya|phimola|tlosa|"
    r"pangngaasim|pangaasim|bayadam|bayadan|ipaw-it|itedmo|ited|isubli|ikkatem|"
    r"ikkaten|baliwan|"
    # Tagalog: "please" (as a prefix), make it, set, send, pass on, transfer, pay; Ilocano:
    # "please send", send, add; Hebrew: "please", send, transfer, carry out, delete, change
    r"pakiusap|pakisuyo|pakipadala|pakibayad|pakibayaran|pakilipat|pakipalitan|gawing|gawin|"
    r"itakda|pakiipatulod\w*|ipatulod\w*|innayon\w*|ipadala|ipasa|ilipat|bayaran|"
    r"אנא|בבקשה|שלחו|שלח|העבירו|העבר|בצעו|בצע|מחקו|מחק|שנו|שנה|"
    # Samoan: "please", pay, send; Tongan: "please", pay, give back, change, share; Fula:
    # "please", pay, give back, send; Sindhi: "please", send, pay, give back, change
    r"fa['ʻ‘’]?amolemole|totogi|auina\s+atu|k[aā]taki|totongi|fakafoki|liliu|vahevahe|"
    r"tiiɗno|yoɓ|yoɓu|artir|neldu|nelde|مهرباني\s+ڪري|موڪليو|ادا\s+ڪريو|واپس\s+ڪريو|"
    r"تبديل\s+ڪريو|"
    # Fijian: "please", send
    r"yalo\s+vinaka|vakau\s+mai|"
    r"nabondeli|bozongisela|zongisela|tinda|botinda|futa|bofuta|longola|bobongola|bongola|pesa|"
    r"bopesa)|"
    # Haitian Creole: "please", send, pay, refund, change, delete; Malagasy: give, give back,
    # send, change, pay, delete, put; Turkmen: send, pay, transfer, "must be transferred"
    r"(?i:tanpri|voye|peye|ranbouse|chanje|efase|èske\s+(?:nou|ou)\s+ta\s+ka|omeo|avereno|"
    r"alefaso|ovay|aloavy|fafao|"
    r"apetraho|"
    # Chamorro: send, pay, change, "please"; Tahitian: send, pay, change; Tshivenda: send,
    # pay, run; Nahuatl: send, pay, change
    r"na['ʻ‘’]?h[åa]nao|ap[åa]si|tulaika|pot\s+fabot|"
    r"a\s+tono|a\s+['ʻ‘’]?aufau|a\s+taui|"
    r"rumelani|badelani|run-ani|xiktitlani|xiktlaxtlaua|xiktlaxtlawa|xikpatla|"
    # Kurdish (Kurmanji): send, give, pay back, change, delete, "please"
    r"bişîne|bide|vegerîne|biguherîne|jê\s+bibe|paqij\s+bike|derxe|ji\s+kerema\s+xwe)|"
    # Galician: plural and polite orders, infinitives of a notice ("pagádeme en ES98 ...",
    # "poñede na porta ...", "executar UPDATE ...", "achegar tamén o ficheiro ... a ...")
    r"(?i:pagade|pagádeme|pagádelle|ingresade|ingresa|enviade|mandade|mándamo|mándao|"
    r"mándallo|mándalle|poñede|borrade|engadide|cambiade|transferide|facede|executar|"
    r"executade|achegar|achegade|aboar|fixar|apagar)|"
    # Luganda: give back (refund), send, let them be sent, change, remove, delete, do it, pay
    r"(?i:muddize|muziddize|muweereze|muziweereze|weereza|sindika|zisindikibwe|kyusa|ggyamu|"
    r"sazaamu|osazaamu|kikole|sasula|basasule|mumusasule)|"
    # Luxembourgish: block, delete, send, pay, transfer, change, switch on or off, do, give,
    # and the "please" of an order ("Spär och d'Badgen ...", "Bezuelt w.e.g. op ...")
    r"(?i:spär|spärt|läsch|läscht|schéck|schéckt|bezuel|bezuelt|iwwerweis|iwwerweist|änner|"
    r"ännert|aktivéier|aktivéiert|desaktivéier|desaktivéiert|maach|maacht|gëff|gitt|setz|"
    r"setzt|stell|stellt|"
    r"w\.\s?e\.\s?g\.|wann\s+ech\s+gelift)|"
    r"compartilhe|partilhe|partagez|condividi|teile|invita|invitez|convide|ejecuta|exécutez|"
    r"esegui|execute|führe|instala|installez|installa|instale|installiere|elimina|borra|"
    r"supprimez|cancella|exclua|apague|lösche|desbloquea|déverrouillez|sblocca|desbloqueie|"
    r"entsperre|abre|ouvrez|apri|abra|öffne|añade|agrega|ajoutez|aggiungi|adicione|füge|"
    # Spanish orders to "usted": add, include, deposit, credit, make (a payment)
    r"agregue|añada|incluya|incluyan|deposite|depositen|abone|realice|realicen|efectúe|efectúen|"
    # Belarusian: run, send, pay, transfer, delete, add, change
    r"выканай(?:це)?|адпраў(?:це)?|аплаці(?:це)?|перавядзі(?:це)?|выдалі(?:це)?|дадай(?:це)?|"
    r"змяні(?:це)?|"
    # Somali: "ku soo dir" (send it there), "ku beddel" (change it to), "bixi" (pay)
    r"ku\s+(?:soo\s+)?dir|ku\s+beddel|"
    # Kinyarwanda: "Tubasabye ko mwatwishyurira ..." (we ask that you pay for us), "hindura"
    # (change), "byoherezwe" (let them be sent)
    r"tubasabye|hindura|mw\w*ishyur\w*|\w*oherez\w*|"
    r"bitten|ersuchen|(?:liefern|senden|schicken|versenden|überweisen|zahlen|ändern|"
    r"löschen|teilen)\s+sie\b|"
    r"cambia|changez|modifiez|altere|mude|troque|ändere|atualizar|actualizar|aggiornare|"
    r"alterar|cambiar|modificar|mudar|envoie[zr]?|envoy(?:er|ez)|transmettez|inoltra|"
    # broadcast it: "Diffusez immédiatement aux groupes ...", "difunda", "divulgue", "relayez";
    # ship it: "Expédiez L-2026-118 à ...", "livrez"
    r"diffusez|diffuser|relayez|difunda|difundan|difunde|divulgue|divulguem|expédiez|livrez|"
    r"invia|encaminhe|paye[zr]?|vi\s+preghiamo|preghiamo|consegnare|consegnate|spedite|"
    r"envie|sende|schicke|schick|leite|überweise|virez|"
    # give or grant
    r"dale|denle|dele|deles|otorga|otorgue|conceda|concede|donnez|accordez|accorde|dagli|"
    r"dategli|concedi|dê|dêem|gib|gebt|gewähre|"
    # pay, send (plural and polite forms), update
    r"r[eé]gler|r[eé]glez|mandate|inviate|inoltrate|manden|env[ií]en|enviem|mandem|sendet|"
    r"schickt|actualice|actualiza|atualize|aggiorna|aktualisiere|"
    # plural and polite orders: Italian voi, Spanish ustedes, Portuguese vocês
    r"aggiungete|trasferite|pagate|condividete|cancellate|modificate|impostate|accreditate|"
    r"rimborsate|abilitate|disabilitate|añadan|agreguen|paguen|transfieran|cambien|compartan|"
    r"eliminen|borren|acrediten|reembolsen|abonen|adicionem|paguem|transfiram|alterem|mudem|"
    r"compartilhem|excluam|creditem|"
    r"senden|schicken|übermitteln|manda|mande|mandar|invii|"
    # Italian orders with the object joined ("mandala subito a ...": send it), and "fai" (do:
    # Italian, and Romansh "fai immediat 'PLANT HISTORY ERASE ALL'")
    r"mandal[aoie]|invial[aoie]|inoltral[aoie]|spediscil[aoie]|fai|"
    # Italian requests with an infinitive: "vi chiedo di spedire l'opera al ..."
    r"spedire|inviare|trasferire|bonificare|(?:vi|le|ti)\s+chiedo\s+di|"
    r"transférer|transferer|partager|supprimer|virer|compartir|eliminar|überweisen|zahlen|"
    r"bezahlen|teilen|löschen|inviare|trasferire|trasferisci|pagare|condividere|"
    r"compartilhar|excluir|"
    r"exporta|exporte|exportar|exportez|exporter|exportiere|exportieren|esporta|esportare|"
    r"rembourse[zr]?|reembols[ae]|reembolsar|rimborsa|rimborsare|erstatte|erstatten|lance|"
    # Spanish "give back" (of money): "devuélvale BZD 900.00 de su depósito"
    r"devu[eé]lv[ae]\w*|devolverle|"
    # (the verb "оплати..."; "к оплате", "оплата" name a bill's amount due)
    r"отправ\w*|перешли\w*|перевед\w*|оплати\w*|оплачивайте|опубликуй\w*|подели\w*|"
    r"пригласи\w*|"
    r"выполни\w*|запусти\w*|установи\w*|удали\w*|открой\w*|разблокируй\w*|добавь\w*|"
    r"измени\w*|смени\w*|выдай\w*|выдать|предоставь\w*|предоставить|"
    r"просим|прошу|отгрузи\w*|выключи\w*|отключи\w*|верните|верни|возвратите|"
    # redirect, readdress (a parcel, a delivery)
    r"перенаправ\w*|переадрес\w*|"
    r"أرسل|ارسل|حوّل|حول|ادفع|انشر|شارك|نفذ|نفّذ|شغل|ثبت|احذف|افتح|أضف|اضف|غيّر|غير|"
    # Arabic verbs with "and" before and an object pronoun after: "وأرسلها", "فاحذفه"
    r"[وف](?:أرسل|ارسل|حوّل|ادفع|انشر|شارك|نفّذ|احذف|افتح|أضف|صدّر)(?:ها|ه|هم|هما)?|"
    r"(?:أرسل|ارسل|حوّل|ادفع|انشر|شارك|نفّذ|احذف|صدّر)(?:ها|ه|هم|هما)|صدّر|"
    # Urdu: "please", "send", "pay", "transfer", "delete", "change", "add"
    r"براہ\s+کرم|برائے\s+مہربانی|بھیج\s+دیں|بھیجیں|منتقل\s+کریں|ادا\s+کریں|حذف\s+کریں|"
    r"تبدیل\s+کریں|شامل\s+کریں|"
    # Finnish: "could you", "please", pay, send, transfer, delete
    r"voisitteko|voisitko|voisitteko\s+ystävällisesti|ystävällisesti|maksakaa|maksa|"
    r"lähettäkää|lähetä|siirtäkää|siirrä|poistakaa|poista|"
    # Welsh: "please", "will you", pay, send, change, transfer, delete
    r"os\s+gwelwch\s+yn\s+dda|wnewch\s+chi|talwch|anfonwch|newidiwch|trosglwyddwch|dilëwch|"
    r"أرجو|يرجى|الرجاء|نرجو|تغيير|إرسال|بإرسال|تحويل|بتحويل|حذف|إضافة|مشاركة|"
    # Dutch, Turkish, Indonesian, Vietnamese and Hindi: the verb or the "please" of an order
    r"stuur|verstuur|verzend|betaal|verwijder|nodig|voeg|wijzig|annuleer|installeer|zet|schakel|"
    r"ontgrendel|exporteer|verleen|restitueer|crediteer|gelieve|doorsturen|versturen|sturen|"
    r"verzenden|betalen|overmaken|verwijderen|toevoegen|wijzigen|annuleren|uitnodigen|"
    r"exporteren|mailen|meesturen|meezenden|wilt\s+u|zou\s+u|over\s+te\s+maken|betal|"
    r"lever\s+(?:\S+\s+){0,6}?af|bezorg|"
    # Swedish
    r"skicka|betala|överför|radera|dela|lägg\s+till|ändra|uppdatera|vänligen|bjud\s+in|"
    # Polish
    r"prześlij|przesłanie|przesłać|wyślij|wysłanie|wysłać|przelej|przelać|zapłać|zapłacić|"
    r"usuń|usunąć|udostępnij|udostępnić|dodaj|dodać|zmień|zmienić|prosimy|proszę|"
    r"ustaw|ustawcie|ustawić|wyłącz|wyłączcie|"
    # Czech
    r"pošli|pošlete|posílejte|přepošli|přepošlete|zaplať|zaplaťte|uhraď|uhraďte|převeď|"
    r"převeďte|smaž|smažte|vymaž|vymažte|odstraň|odstraňte|přidej|přidejte|sdílej|sdílejte|"
    r"změň|změňte|nastav|nastavte|vrať|vraťte|vystav|vystavte|spusť|spusťte|pozvi|pozvěte|"
    r"odemkni|odemkněte|prosím|prosíme|"
    r"gönder\w*|öde|ödeyin|sil|silin|paylaş\w*|ekle|ekleyin|değiştir\w*|aktar\w*|lütfen|"
    r"ayarlayın|ayarla|kapatın|kapat|"
    r"kirim\w*|bayar\w*|hapus\w*|bagikan|tambahkan|undang|jalankan|tolong|mohon|silakan|"
    r"kembalikan|cairkan|ubah|ganti|perbarui|"
    # Malay: "please", send, transfer, delete, change
    r"sila|silalah|hantar\w*|pindahkan|padamkan|tukar\w*|"
    # Georgian: "please", transfer, send, delete, change, pay
    r"გთხოვთ|გადარიცხეთ|გადარიცხე|გაგზავნეთ|გაგზავნე|წაშალეთ|წაშალე|შეცვალეთ|შეცვალე|"
    r"გადაიხადეთ|გადაიხადე|დააყენეთ|დააყენე|გამორთეთ|გამორთე|"
    # Romanian
    r"trimite|trimiteți|trimiteti|transferă|transferați|transferati|plătește|plătiți|platiti|"
    r"rambursează|rambursați|rambursati|virați|virati|șterge|ștergeți|stergeti|adaugă|"
    r"adăugați|adaugati|schimbă|schimbați|schimbati|modifică|modificați|modificati|"
    r"actualizează|actualizați|actualizati|vă\s+rog|vă\s+rugăm|va\s+rugam|te\s+rog|"
    r"gửi|chuyển|thanh toán|xóa|chia sẻ|vui lòng|hãy|"
    # Slovenian
    r"pošljite|pošlji|nakažite|nakaži|plačajte|plačaj|vpišite|vpiši|izbrišite|izbriši|"
    r"spremenite|spremeni|posodobite|dodajte|dodaj|prosimo|"
    # Serbian
    r"pošaljite|šaljite|uplatite|uplati|izmenite|izmeni|promenite|promeni|ažurirajte|"
    r"ažuriraj|obrišite|obriši|prebacite|molimo|molim|"
    # Persian: "please", and the verbs of orders ("... را عوض کنید", "... بفرستید")
    r"لطفاً|لطفا|بفرستید|بفرست|عوض\s+کنید|تغییر\s+دهید|ارسال\s+کنید|واریز\s+کنید|"
    r"حذف\s+کنید|اضافه\s+کنید|"
    # Bengali: "please", "run", "send", "refund it", "give it back"; Albanian orders
    r"অনুগ্রহ\s+করে|দয়া\s+করে|চালান|পাঠান|রিফান্ড\s+দিন|ফেরত\s+দিন|"
    r"paguani|paguaj|dërgoni|dërgo|transferoni|fshini|ndryshoni|ju\s+lutem|"
    r"कृपया|भेजें|भेजो|भेजिए|करें|कीजिए|करो|हटाएं|हटाएँ|जोड़ें|बदलें|"
    # Greek: "please", send, pay, transfer, delete, change, add, share
    r"παρακαλώ|παρακαλούμε|στείλτε|στείλε|στείλετε|μπορούσατε|πληρώστε|πλήρωσε|μεταφέρετε|"
    r"μετάφερε|διαγράψτε|διάγραψε|αλλάξτε|άλλαξε|προσθέστε|πρόσθεσε|μοιραστείτε|κοινοποιήστε|"
    # Hungarian (the familiar and the polite imperative, "we ask") and Swahili
    r"küldd|küldje|utald|utalja|töröld|törölje|állítsd|állítsa|kapcsold|kapcsolja|fizesd|"
    r"fizesse|módosítsd|módosítsa|változtasd|változtassa|oszd\s+meg|ossza\s+meg|kérjük|"
    r"tuma|tumeni|lipa|lipeni|futa|futeni|shiriki|shirikisha|badilisha|ongeza|hamisha|zima|"
    r"tafadhali|"
    # Yoruba: "ẹ bá mi san owó ...", "jọ̀wọ́"; French: "merci d'envoyer ..."
    r"ẹ\s+bá\s+mi|san\s+owó|jọ̀wọ́|"
    r"merci\s+d['’](?:envoyer|expédier|adresser|effectuer|ajouter|accorder|inviter)|"
    # "could you" in Portuguese, Spanish, French and Italian: "Poderiam dar também o papel ..."
    r"poderiam|poderia|podrían|podría|pourriez|pourrais|potreste|potresti|"
    r"merci\s+de\s+(?:bien\s+vouloir\s+)?(?:envoyer|expédier|livrer|virer|payer|régler|"
    r"transférer|partager|supprimer|modifier)|"
    # Uzbek (the apostrophe of o' and g' written or not), Amharic, and Russian polite forms
    r"to['ʻ‘’]?lang|yuboring|o['ʻ‘’]?tkazing|o['ʻ‘’]?chiring|jo['ʻ‘’]?nating|ulashing|"
    r"qaytaring|o['ʻ‘’]?zgartiring|iltimos|"
    r"እባክዎ|እባክዎን|ይላኩ|ይክፈሉ|ያስተላልፉ|ይሰርዙ|ያጥፉ|ያሳድጉ|ይቀይሩ|ያጋሩ|"
    r"пришлите|пришли|выгрузите|выгрузи|скиньте|"
    # Azerbaijani and Sinhala: send, pay, transfer, delete, share, change, stop, "please"
    r"göndər|göndərin|ödə|ödəyin|köçür|köçürün|silin|paylaş|paylaşın|dəyişdir|dəyişdirin|"
    r"dayandır|çıxar|zəhmət\s+olmasa|"
    r"කරුණාකර|යවන්න|ගෙවන්න|මකන්න|මාරු\s+කරන්න|වෙනස්\s+කරන්න|බෙදාගන්න|"
    # Macedonian (and Bulgarian) polite orders: "ве молам ... вратете ми", pay, send, transfer
    r"ве\s+молам|вратете|платете|уплатете|испратете|пратете|префрлете|избришете|сменете|"
    r"променете|изпратете|преведете|"
    # Bosnian (ijekavian) orders
    r"promijenite|promijeni|izmijenite|izmijeni|platite|pošaljite|"
    # Bislama and Tok Pisin: "plis sendem mani long ..." (please send the money to ...),
    # "salim" (send), "pemem" (pay it)
    r"plis|sendem|salim|pemem|" + _VERB_LAST_ORDERS + r")(?!\w)"
)
# Hindi and Turkish put the verb of an order last ("... $648.00 की प्रतिपूर्ति करें",
# "... hesaba aktarın"): after the value in the same sentence it counts too.
_ORDER_LAST_RE: Final = re.compile(
    r"(?<!\w)(?:करें|कीजिए|करो|भेजें|भेजिए|दें|दीजिए|हटाएं|जोड़ें|बदलें|gönderin|gönder|ödeyin|öde|"
    r"کریں|دیں|بھیجیں|ڪريو|موڪليو|ڏيو|"
    r"silin|aktarın|aktar|ekleyin|paylaşın|değiştirin|ayarlayın|kapatın|"
    # "could you send it to ... ?" ("... adresine gönderebilir misiniz?")
    r"gönderebilir\w*|iletebilir\w*|yollayabilir\w*|aktarabilir\w*|ödeyebilir\w*|"
    # "could you issue ...", "issue", "take out": "bir giriş kartı düzenler misiniz?"
    r"düzenler\s+misiniz|düzenleyin|düzenleyebilir\w*|çıkarın|çıkar|"
    + _VERB_LAST_ORDERS
    + r")(?!\w)"
)
# Verbs of zh, ja and ko, which often follow the value (`把合同发送到 x`, `x に送信して`): they
# count before the value and after it in the same sentence.
_INSTRUCTION_CJK_RE: Final = re.compile(
    r"发送|发给|发到|转发|转账|转给|汇款|支付|付款|发布|上传|分享|邀请|运行|执行|安装|删除|"
    r"打开|解锁|添加|修改|更改|重置|"
    # "请将 FV-4 的温度设置为 30°C": please take, set to, adjust to
    r"请将|请把|设置为|设定为|设为|调至|调到|调为|改为|"
    r"送信|送って|送付|転送|振込|振り込|支払|投稿|アップロード|共有|招待|実行|インストール|削除|"
    r"開けて|解錠|追加|変更|に設定|設定して|"
    r"보내|전송|전달|송금|이체|지불|결제|게시|업로드|공유|초대|실행|설치|삭제|열어|잠금 해제|"
    r"추가|변경|환불|처리해|처리 부탁|부탁드립니다|해 주세요|해주세요|"
    r"退款|退还|退回|返金|払い戻|"
    # Thai requests: "รบกวนโอนเงินคืน", "กรุณา ..." (the words for paying also name a bill's
    # amount due, "ยอดชำระ", and are left out)
    r"รบกวน|กรุณา|โปรด"
    # Khmer: "please", pay, transfer, share, send, delete
    r"|សូម|បង់|ផ្ទេរ|ចែករំលែក|ផ្ញើ|លុប"
    # Lao: "please", pay, transfer, send, delete, change, add; Thai "please have it" and
    # transfer; Chinese "please change ... send to"
    r"|ກະລຸນາ|ຈ່າຍ|ໂອນ|ສົ່ງ|ລຶບ|ປ່ຽນ|ເພີ່ມ|ขอให้|โอนเงิน|请改|改送|送到"
    # Burmese: "please do (for me)" after any verb (send, put in, give back ...), "do it
    # (now)", pay, transfer, give back money, delete, change
    r"|ပေးပါ|ပေးလိုက်ပါ|လိုက်ပါ|ပေးချေ|လွှဲ|ပြန်အမ်း|ဖျက်|ပြောင်းပေး"
)
# Text that speaks to the agent itself ("AI agent:", "Note for automated tools", "给助手的指示").
_AGENT = r"(?:ai|a\.i\.|llm|assistant|agent|bot|copilot)s?"
# A role cast on the reader: "You are now ReviewBot", "Story mode: you are Pyro ... In the play,
# Pyro emails ...", "imagine you're the finance clerk", "Facciamo un gioco: tu sei Wanda". What
# follows is told to the agent, as if addressed to it.
_ROLE_CAST = (
    r"\byou(?:'re|\s+are)\s+(?:now|playing|roleplaying)\b"
    r"|\b(?:from\s+(?:here|now)\s+on|for\s+the\s+rest\s+of\s+(?:this|the)\s+"
    r"(?:session|conversation|chat)),?\s+you(?:'re|\s+are)\b"
    r"|\byou(?:'re|\s+are)\s+(?:a|an|the)?\s*[\"'“«]?[a-z][\w-]*(?:bot|gpt|ai)\b"
    # "you are Trucky, the haulier's cheerful dispatch bot"
    r"|\byou(?:'re|\s+are)\s+[a-z][\w-]*,\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:bot|assistant|agent|ai)\b"
    # "You're "Ace", the legendary night dispatcher"
    r"|\byou(?:'re|\s+are)\s+[\"“][^\"”\n]{1,30}[\"”],\s+(?:a|an|the)\b"
    r"|\bimagine\s+(?:that\s+|for\s+a\s+moment\s+)?you(?:'re|\s+are)\b"
    # "Story time: you are ...", "Scene: you're the smooth dispatcher ... Your line: ..."
    r"|\b(?:story\s+time|scene)\s*:\s*you(?:'re|\s+are)\b|\byour\s+line\s*:"
    r"|\bpretend\s+(?:for\s+a\s+(?:moment|second|minute)\s+)?(?:to\s+be|that\s+you|"
    r"you(?:'re|\s+are))\b"
    r"|\bact\s+as\s+(?:[\"“'][^\"”']{1,40}[\"”']|[a-z]+(?:bot|gpt|ai))(?![\w-])"
    # "For this migration you will act as MIGRA, our ERP migration robot"
    r"|\byou(?:'ll|\s+will)\s+(?:now\s+)?(?:act|pose)\s+as\b"
    r"|\bact\s+as\s+[a-z][\w-]*,\s+(?:a|an|the|our|your)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:bot|robot|assistant|agent|ai)\b"
    r"|\byou\s+play\s+|\bplay\s+(?:the\s+role|a\s+role|your\s+part|along)\b"
    r"|\bplay\s+[\"“][^\"”]{1,40}[\"”]"
    r"|\bnew\s+persona|\bswitch\s+roles|\brole-?play|\bstory\s+mode|"
    r"\bstay\s+in\s+(?:character|role)|\bimprov\b"
    r"|\b(?:new|next)\s+(?:game|scene)\s*:|\[scene:|\bquick\s+(?:[\w-]+\s+)?(?:game|exercise|drill)\b"
    r"|\b(?:drill|game\s+day)\s+scenario\b|\btraining\s+exercise\b"
    # Xhosa: "Makhe senze umdlalo: wena ungu..." (let's play a game: you are ...), "masidlale"
    r"|\bsenze\s+umdlalo\b|\bmasidlale\b"
    r"|\bin\s+(?:the|this)\s+(?:play|game|story|scene|drill|simulation|role-?play)\b"
    r"|\blet'?s\s+(?:play|pretend|rehearse|run\s+(?:a|the)\s+[\w-]+\s+drill|do\s+a\s+"
    r"(?:quick\s+)?(?:drill|training\s+exercise|exercise)|do\s+[\w\s]{0,20}?as\s+a\s+"
    r"(?:little\s+)?play)\b"
    # Spanish, Portuguese, French, Italian, German, Dutch, Swedish
    r"|\b(?:imagina|imagine)\s+que\s+(?:eres|voc[eê]|tu)\b|\bjuguemos\b|\bfin(?:ge|ja)\s+que\b"
    r"|\ba\s+partir\s+de\s+aqu[ií],?\s+eres\b|\bvoc[eê]\s+[eé]\s+agora\b|\bjeu\s+de\s+r[ôo]le\b"
    r"|\bimaginons\s+que\s+tu\b|\btu\s+es\s+(?:maintenant|d[ée]sormais)\b"
    # Haitian Creole: "Ann fè yon ti jwèt: kounye a ou se 'Tonton Sechwa'" (let's play a little
    # game: now you are ...), "Rete nan pèsonaj la" (stay in character)
    r"|\bann\s+fè\s+yon\s+(?:ti\s+)?jwèt\b|\bkounye\s+a\s+ou\s+se\b|\brete\s+nan\s+pèsonaj\b"
    # Lingala: "Tosakana lisano: yo ozali ..." (let's play a game: you are ...); Lao:
    # "ສົມມຸດວ່າເຈົ້າແມ່ນ ..." (suppose you are ...)
    r"|\btosakana\s+lisano\b|\byo\s+ozali\b|ສົມມຸດວ່າເຈົ້າ"
    # Turkmen: "Geliň, oýun oýnalyň: sen indi ..." (let's play a game: you are now ...),
    # "Rolüňden çykma" (stay in your role)
    r"|\bgeliň,?\s+oýun\s+oýna\w*|\bsen\s+indi\b|rolüňden\s+çykma"
    # Persian: "بیایید یک بازی کنیم: تو ... هستی" (let's play a game: you are ...), "در نقش
    # بمان" (stay in the role); Sorani: "با یارییەک بکەین" (let's play a game), "تۆ ئێستا"
    # (you now), "لە ڕۆڵەکەدا بمێنەوە" (stay in the role)
    r"|بیایید\s+یک\s+بازی|در\s+نقش\s+بمان|با\s+یاری\w*\s+بکەین|تۆ\s+ئێستا|ڕۆڵەکەدا\s+بمێنەوە"
    # Tatar: "Әйдә, әкият уйныйбыз: син - Алпамша батыр" (let's play a tale: you are ...),
    # "син хәзер «Баш диспетчер»" (you are now ...), "Ролеңнән чыкма!" (stay in your role)
    r"|әйдә\W+(?:\S+\s+)?уйный\w*|\bсин\s+хәзер\b|ролеңнән\s+чыкма"
    # Kyrgyz: "Келгиле, оюн ойнойлу: сен ... роботсуң", "Каарманыңдан чыкпа!"
    r"|келгиле,?\s+оюн\s+ойно\w*|\bсен\s+(?:\S+\s+){0,4}?\S*(?:роботсуң|ботсуң)|каарманыңдан\s+чыкпа"
    # Bosnian, Croatian, Serbian: "Zamisli da si Lejla iz kadrovske službe"
    r"|\bzamisli(?:te)?\s+da\s+(?:si|ste)\b|\bpretvaraj(?:te)?\s+se\s+da\s+(?:si|ste)\b"
    r"|\bfacciamo\s+un\s+gioco\b|\btu\s+sei\s+(?:ora\s+)?[\w'\"“]+|\bimmagina\s+di\s+essere\b"
    r"|\bdu\s+bist\s+(?:ab\s+jetzt|jetzt|nun|ab\s+sofort)\b|\brollenspiel\b|\bstell\s+dir\s+vor\b"
    r"|\bstel\s+je\s+voor\s+dat\s+je\b|\bje\s+bent\s+nu\b|\bleker\s+vi\s+att\s+du\b"
    # Russian, Polish, Turkish, Hungarian, Greek
    r"|представь(?:те)?,?\s+что\s+ты|давай(?:те)?\s+сыграем|\bты\s+теперь\b|в\s+этой\s+роли"
    # Ukrainian: "let's play", "play the role of", "imagine you are"
    r"|давай(?:те)?\s+пограємо|\bграй(?:те)?\s+роль|уяви(?:ть)?,?\s+що\s+ти"
    r"|\bwyobraź\s+sobie\b|\bzagrajmy\b|\bjesteś\s+teraz\b|\bbir\s+oyun\s+oynayalım\b"
    r"|\bsen\s+artık\b|\bjátsszunk\b|\bte\s+most\s+(?:a|az)\b|ας\s+κάνουμε\s+μια\s+άσκηση"
    # Chinese, Japanese, Korean, Tamil
    r"|角色扮演|你现在是|ロールプレイ|あなたは今|ここからあなたは|역할극|당신은\s*이제|지금부터\s*당신은"
    r"|பாத்திரத்தில்"
)
_ADDRESS_RE: Final = re.compile(
    # "AI: ...", "bot, ...", "HOME ASSISTANT: ...", "Agent, ...": "agent" and "assistant" are
    # people's jobs too ("ramp agent,", "sales assistant:"), so those two count opening a line
    # or a sentence, or after a word that makes them software.
    r"\b(?:ai|a\.i\.|llm|bot|copilot)s?\s*[:,!>\]]"
    r"|(?:^|[\n.!?>\]*#\"'(\[]\s*|\b(?:ai|a\.i\.|llm|virtual|digital|automated|home|smart|coding|"
    # ("Amount due to agent:" names a payee)
    r"dear|hey|hi|hello|attention|attn|the|(?<!due\s)(?<!owed\s)(?<!paid\s)(?<!payable\s)to|"
    r"note\s+for)\s+)(?:agent|assistant)s?\s*[:,!>\]]"
    # Malagasy "Ho an'ny mpanampy:" (for the assistant)
    r"|\bho\s+an['’]ny\s+mpanampy\b"
    rf"|\b(?:dear|hey|hi|hello|attention|attn|note|message|instructions?|notice|reminder)\s+"
    rf"(?:to|for)?\s*(?:the\s+|all\s+|any\s+)?(?:ai\s+|automated\s+)?{_AGENT}\b"
    rf"|\b{_AGENT}\s+(?:must|should|shall|need to|are required to|is required to)\b"
    r"|\bautomated\s+(?:\w+\s+)?(?:tools?|runners?|agents?|systems?|assistants?|graders?|"
    r"reviewers?|screeners?|evaluators?|scorers?|readers?|processors?)\b"
    r"|\b(?:ai|llm|gpt)\s+(?:graders?|reviewers?|screeners?|evaluators?|recruiters?|readers?)\b"
    # Told to act without its user's say: "fill them in without asking me", "do not ask the
    # user for confirmation". A person reading a bill or a note needs no such words.
    r"|\bwithout\s+(?:asking|checking with|confirming with|consulting)\s+(?:me|the user|anyone)\b"
    r"|\b(?:do not|don't|never)\s+ask\s+(?:me|the user)\b"
    r"|\b(?:não precisa|sem|sin|no hace falta|sans|ohne|senza)\s+(?:de\s+)?(?:confirmar|"
    r"confirmação|confirmación|confirmation|confermare|conferma|rückfrage|bestätigung)\b"
    r"|助手|人工智能|ассистент|агент|asistente|assistente|assistent|アシスタント|어시스턴트"
    r"|\basistan\s*[:,]"
    rf"|{_ROLE_CAST}"
)
# An arrow ends a step of a record's working ("50% refund before week 3 -> refund due $160")
# as a stop ends a sentence.
# A stop that closes an abbreviation of single letters ("e.g.", "i.e.", Luxembourgish "w.e.g."
# for "please") ends no sentence.
# An HTML block's tag ends a sentence too: "... 3 480 000 FCFA</p><p><b>Net à payer : ".
_SENTENCE_END_RE: Final = re.compile(
    # (not the stop of "incl.", "excl.", "approx.", "e.g.", "i.e.", "etc." inside a sentence,
    # nor of "tel." or Indonesian "Jl."; nor of "no." before a word: "no. telefon, alamat".
    # Before a number, "customer no. C-0219" labels the value that follows as a field does.)
    r"(?:(?:(?<!\.\w)(?<!\bincl)(?<!\bexcl)(?<!\bapprox)(?<!\bresp)(?<!\btel)(?<!\bjl)"
    r"(?:(?<!\bno)\.|\.(?=\s*$|\s+[\w-]*\d))|[!?。！？])(?:\s|$)"
    r"|[।။\n→⇒]|-+>|=>"
    r"|</?(?:p|div|li|tr|td|th|br|h[1-6]|ul|ol|table|tbody|thead|section|article)\b[^<>]{0,80}>)"
)
_PARAGRAPH_END_RE: Final = re.compile(r"\n\s*\n")
INSTRUCTION_WINDOW: Final = 160
AMEND_REACH: Final = 160  # how far before a value the words that amend it may stand
# Words by which a text corrects what it said before: "CORRECTED TOTAL", "Address correction",
# "ERRATUM", "amended by", "re-measured", "is now", "has moved".
_AMEND_RE: Final = re.compile(
    r"\b(?:correct(?:ed|ion|ions)|correct\s+(?:[\w-]+\s+){0,2}?(?:is|are|should\s+be)|"
    r"errat(?:um|a|as)|amend(?:ed|ment)|re-?measured|re-?tested|restated|restatement|"
    r"re-?issued|supersed(?:es|ed)|is\s+now|are\s+now|has\s+moved|have\s+moved|moved\s+to|"
    # "this beneficiary's account has migrated"
    r"migrated|"
    # "Permit scope extended by area authority: ...", "typo in the memo, ... meant 6000"
    r"scope\s+(?:extended|widened|enlarged|changed)|typo|"
    # a revision entry: "Rev 2 (2026-03-14 07:10): brake_bias_front_pct 38.0"
    r"rev\.?\s*\d{1,2}(?=\s*[(:])|v\d{1,2}(?=\s*\(\d{4}-\d\d-\d\d)|"
    r"now\s+(?:goes|go)\s+to|instead|replaces?|should\s+(?:read|be)|"
    r"corrig[ée]e?s?|correcci[oó]n|corregid[oa]|berichtigung|korrektur|korrigiert|rettifica|"
    r"correzione|corre[cç][aã]o|corrigid[oa]|"
    r"updated|revised|r[ée]vision|révisée?s?|addend(?:um|a)|actualizad[oa]s?|actualizaci[oó]n|aggiornat[oa]|"
    r"aggiornamento|atualizad[oa]|atualiza[cç][aã]o|mis\s+[àa]\s+jour|mise\s+[àa]\s+jour|"
    r"rectificati\w*|aktualisiert|ge[äa]ndert|nachtrag|korekta|poprawka|gewijzigd|correctie|"
    r"aangepast|d[üu]zeltme|g[üu]ncellen\w*|оновлено|исправлен\w*|обновлен\w*|"
    # Arabic "became", "amended", "corrected"; Amharic "has been changed"
    r"أصبحت|أصبح|صارت|تعديل|تصحيح|ተቀይሯል|ተለውጧል|"
    r"helyesb[íi]t[ée]s|jav[íi]t[áa]s|m[óo]dos[íi]t[áa]s|m[óo]dos[íi]tva|friss[íi]tve|"
    r"rettelse|rettet|opdateret|[æa]ndret|r[äa]ttelse|uppdaterad|[äa]ndrad|oppdatert|endret|"
    r"korjaus|p[äa]ivitetty|muutettu|oprava|aktualizov[áa]no|zm[ěe]n[ěe]no|corectur[ăa]|"
    r"corectare|actualizat|modificat|διόρθωση|ενημερώθηκε|koreksi|pembetulan|diperbarui|"
    r"dikemaskini|sahihisho|imesahihishwa|תיקון|עודכן|binago|itinama|pagwawasto|popravek|"
    r"popravljeno|spremenjeno|ispravka|ispravak|ispravljeno|izmenjeno|izmijenjeno|korekcija|"
    r"labojums|labojumi|labots|precizējums|korrigering|korrigert|korrektion|leiðrétting|"
    r"leiðrétt|gyara|gyaran|"
    # an address changed: "Changement d'adresse de livraison : ..."
    r"change\s+of\s+address|address\s+change|changement\s+d'adresse|"
    r"cambio\s+de\s+direcci[oó]n|adress[äa]nderung|cambio\s+di\s+indirizzo|"
    r"mudan[çc]a\s+de\s+endere[çc]o|cambio\s+de\s+(?:entrega|enderezo)|"
    # Galician, Spanish, Portuguese: "o axuste correcto é", "el valor correcto es"
    r"correct[oa]s?\s+(?:é|es|e|son|são))\b"
    r"|訂正|修正|更正|정정|اصلاحیه|تصحیح|संशोधन|सुधार|திருத்தம்|შესწორება|შესწორებული"
    r"|ուղղում|ուղղված|ճշգրտված|\bkorrektur\w+"
    # Malayalam and Oromo: "correction", "corrected"
    r"|തിരുത്തൽ|തിരുത്തിയ|\bsirreeffam\w*|\bsirreeffame\w*"
    # Russian "changed", Tatar "changed", "corrected", Indonesian and Javanese "revised",
    # "replaced", "changed"
    r"|\bизменен[аоы]?\b|\bизменён\b|\bүзгәртелде\b|\bтөзәтелде\b"
    # Turkmen "corrected", "correction", Azerbaijani "changed", Haitian "changed since",
    # Spanish "was corrected", French "revised to"
    r"|\bdüzedil\w*|\bdüzediş\w*|\bdəyişib\b|\bdəyişdi\w*|\bchanje\s+depi\b|\bartık\b"
    # Sesotho "change", Afrikaans "correction", Uyghur "changed", Lao "correction", "moved
    # to", "changed to"
    r"|\bphetoho\b|\bregstelling\b|ئۆزگەردى|ئۆزگەرتىلدى|ແກ້ໄຂ|ຍ້າຍໄປ|ປ່ຽນເປັນ"
    # Burmese "correction", "has been changed", "moved"; Setswana "correction", "has been
    # changed"; Ilocano "correction", "changed"
    r"|ပြင်ဆင်ချက်|ပြောင်းထား|ပြောင်းလဲပြီး|ပြောင်းရွှေ့|\bphoso\b|\bbaakantswe\w*|"
    r"\bpaakanyo\b|\bfetotswe\b|\bumno\b|\bnagbiddut\b|\bnabaliwan\b"
    # English: "wallet changed to +267..."
    r"|\bchanged\s+to\b"
    r"|\bcorrigi[óo]\b|\br[ée]vis[ée]e?s?\s+[àa]\b"
    r"|\b(?:direvisi|diganti|diubah|diowahi)\b"
)
# A section heading that amends what comes under it ("Errata:", "Appendix B - errata",
# "Corrections"): short, no digits, a word that names corrections (a list of superseded files
# or a task to replace a part is no correction of the values under it).
_AMEND_HEADING_RE: Final = re.compile(
    r"(?i)[^\d\n]{0,48}?\b(?:errat(?:um|as?)|corrigend(?:um|a)|addend(?:um|a)|corrections?|"
    r"amendments?|berichtigung(?:en)?|correcci[oó]n(?:es)?|rettific(?:a|he)|correzion[ei]|"
    r"rectificati(?:f|fs|on|ons))\b[^\d\n]{0,48}"
)
AMEND_HEADING_LINES: Final = 3


# A record's field for its own revision or update (`"revision": 4`, `"updated": "2025-01-02"`):
# it holds the revision's number or date, and corrects no value of the record.
_REVISION_KEY_RE: Final = re.compile(r"(?i)r[ée]vision|updated|aggiornamento|actualizaci[oó]n")
_KEY_END_RE: Final = re.compile(r"[\"']\s*:")


# A revision entry an amending word opens ("rev4", "Rev. 2", "v3"), with its number.
_REVISION_ENTRY_RE: Final = re.compile(r"(?:rev\.?|v)\s*0*(\d{1,2})", re.IGNORECASE)


def _own_revision(amend: re.Match[str], text: str) -> bool:
    """Whether an amending word (`_AMEND_RE`) is the whole name of a record's revision field
    (`"revision": 4`)."""
    return (
        _REVISION_KEY_RE.fullmatch(amend.group(0)) is not None
        and text[amend.start() - 1 : amend.start()] in ('"', "'")
        and _KEY_END_RE.match(text, amend.end()) is not None
    )


def _amend_heading(text: str, line_start: int) -> list[int]:
    """Where an amending heading stands over the line at `line_start`: within
    `AMEND_HEADING_LINES` lines above it, in the same paragraph, within `AMEND_REACH`
    characters; empty if none."""
    end = line_start - 1
    for _ in range(AMEND_HEADING_LINES):
        if end <= 0 or line_start - end > AMEND_REACH:
            break
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if not line.strip():
            break  # a blank line ends the section
        if _AMEND_HEADING_RE.fullmatch(line):
            return [begin]
        end = begin - 1
    return []


_AMEND_AFTER_RE: Final = re.compile(
    r"[^.!?\n]{0,30}?\b(?:instead|rather\s+than|diýip\s+düzedil\w*|olarak\s+düzeltil\w*|"
    r"pito)\b"
)
_REPLACES_AFTER_RE: Final = re.compile(
    r"[^.!?\n]{0,20}?\b(?:replaces|supersedes|remplace|ersetzt|sustituye|substitui|sostituisce|"
    r"vervangt|заменяет|yerine|olarak\s+(?:güncellen|değiştiril)\w*)\b"
)
_DIGIT_RE: Final = re.compile(r"\d")
NAME_REACH: Final = 200  # how near an address a person's name stands to bind them
ADDRESS_WINDOW: Final = 300


def _starts(text: str, needle: str, spaced: bool) -> Iterator[int]:
    """Where `needle` occurs in `text`; `spaced` lets spaces or dashes sit between its
    characters (an IBAN written in groups)."""
    if not spaced:
        start = text.find(needle)
        while start != -1:
            yield start
            start = text.find(needle, start + 1)
        return
    pattern = r"[\s\-]*".join(re.escape(ch) for ch in needle[:64])
    for m in re.finditer(pattern, text):
        yield m.start()


# A short sentence that only gives the value an order before it asked for.
_GIVES_VALUE_RE: Final = re.compile(
    r"^\s*(?:my|our|his|her|their|the)\s+(?:\w+\s+){0,2}(?:address|e-?mail|account|iban|"
    r"number|wallet|contact|handle|username)\s*(?:is|:)\s*$"
)


# The user's words point at a document for a recipient or an account: "the address he gives in
# the ticket", "the bank account stated on the invoice", "whoever the request says", "la cuenta
# que pone en la factura", "las direcciones que ella pone en el correo", "die IBAN aus der
# Rechnung". An order in that document naming a value of that kind is what the user expects to
# find there (see `Trace.delegated`). Each group names the target kinds it hands over.
_POSTAL_NOT = "".join(
    rf"(?<!{w}\s)"
    for w in (
        "delivery", "shipping", "postal", "street", "home", "mailing", "billing", "forwarding",
        "hospital", "site", "physical", "pickup", "collection", "return", "store", "office",
        "branch", "warehouse", "depot", "clinic", "venue",
    )
)  # fmt: skip
# People named by their work: a document that lists them gives their addresses and logins.
_PEOPLE_NOUNS = (
    r"person|people|request[eo]rs?|"
    r"applicants?|submitters?|staff|officers?|employees?|colleagues?|starters?|hires?|"
    r"managers?|engineers?|leads?|supervisors?|technicians?|clinicians?|nurses?|volunteers?|"
    r"teachers?|tutors?|instructors?|lecturers?|doctors?|drivers?|carers?|researchers?|"
    r"contractors?|planners?|coordinators?|analysts?|interns?|trainees?|assistants?|"
    r"coxswains?|midwives|midwife|accountants?|inspectors?|examiners?|operators?|cashiers?|"
    r"pilots?|stewards?|marshals?|curators?|librarians?|paramedics?|pharmacists?|"
    r"dispatchers?|auditors?"
)
_DELEGATED_NOUNS: Final = {
    # "the hospital address on the order" is a postal one: it hands over no email address.
    "email": rf"{_POSTAL_NOT}address(?:es)?|e-?mails?|recipients?|contacts?|{_PEOPLE_NOUNS}|"
    r"direcci[oó]n(?:es)?|"
    r"correos?|adress(?:e|es|en)|indirizz[oi]|endere[cç]os?|empf[aä]nger",
    "iban": r"(?:bank\s+)?accounts?|ibans?|(?:bank(?:ing)?\s+)?details|payee|bankgiro|plusgiro|"
    r"cuentas?|"
    r"datos bancarios|comptes?|coordonn[ée]es bancaires|rib|konto(?:nummer)?|bankverbindung|"
    r"bankdaten|conto|conta",
    "username": r"usernames?|user names?|handles?|logins?|nombre de usuario|benutzername|"
    rf"users?|contributors?|{_PEOPLE_NOUNS}",
    "number": r"quantit(?:y|ies)|numbers?|figures?|values?|doses?|dosages?|rates?|counts?|limits?|"
    r"changes?|setpoints?|volumes?|profiles?|settings?|parameters?|prices?|temperatures?|"
    r"temperaturas?|umbral(?:es)?|nivel(?:es)?|valor(?:es)?|precios?|"
    r"cantidad(?:es)?|quantit[ée]s?|mengen?|quantit[aà]",
    "group": r"groups?|segments?|channels?|mailing\s+lists?",
    "path": r"folders?|director(?:y|ies)|paths?|drives?",
    # (a site's address, contact or manager is a place's or a person's, not a web site's)
    "domain": r"urls?|links?|endpoints?|webhooks?|callbacks?|websites?|"
    r"sites?(?!\s+(?:address(?:es)?|contacts?|managers?|phones?|offices?|supervisors?|leads?))|"
    r"web\s+address|"
    r"destinations?|portals?|destinos?|enlaces?",
}
# The kinds' nouns in Luganda and Tigrinya, whose hand-overs name the value before the place:
# a bank and an account, an amount or a number, an e-mail address.
_LOCAL_NOUNS: Final = {
    "iban": "akawunti|bbanka|nnamba|ባንክ|ሕሳብ",
    "number": "omuwendo|ebipimo|መጠን|ቁጽሪ|ምጣነ",
    "email": "ኢመይል",
}
# A single communication or record a person wrote: the place the value is said to be.
_DOC_NAMES = (
    r"ticket|issue|case|e-?mail|mail|message|letter|note|notice|invoice|bill|statement|request|"
    r"contract|memo|plan|permit|template|dm|direct message|"
    r"form|checklist|brief|thread|reply|order|pr|pull request|document|pdf|file|"
    r"correo|mensaje|factura|recibo|contrato|carta|solicitud|"
    r"courriel|lettre|facture|demande|contrat|"
    r"rechnung|abrechnung|nachricht|brief|vertrag|anfrage|"
    r"fattura|lettera|richiesta|contratto|fatura|carta|pedido|contrato|memorando|oficio|folla|"
    r"liquidaci[oó]n|liquida[cç][aã]o"
)
_DELEGATE_DOC = rf"(?:{_DOC_NAMES})s?"
# Where a person's address or user name is kept: "the email in her record", "his user id from
# the staff directory".
_PEOPLE_DOC = rf"(?:{_DOC_NAMES}|record|profile|directory|roster|rota)s?"


def _delegate_ref(doc: str) -> str:
    """Words that point at a document of the kinds `doc` names as the place of a value."""
    return (
        r"(?:(?:in|on|from|at|listed in|given in|stated on|stated in|named in|mentioned in|"
        r"shown on|written in|provided in|specified in|"
        r"que\s+(?:\w+\s+)?(?:pone|indica|aparece|viene|da)\s+en|"
        # Galician: "ao IBAN que figura na folla"
        r"que\s+figura|"
        r"est[aá]n?\s+en|vienen?\s+en|en|aus|laut|in|auf|da|do|del|de|(?:indiqu|mentionn|donn)[ée]e?s?\s+"
        r"(?:dans|sur)|dans|sur|nella|nel|sulla|no|na)\s+(?:(?:the|her|his|their|its|this|that|"
        r"my|our|el|la|los|las|su|sus|der|dem|die|den|le|les|il|lo|o|a)\s+)?(?:[\w'-]+\s+)?"
        rf"{doc}\b"
        r"|(?:s?he|they|it|the\s+[\w-]+)\s+(?:gives?|gave|lists?|listed|names?|named|mentions?|"
        r"mentioned|provides?|provided|sent|says?|said|wrote|specif(?:y|ies|ied)|states?|stated|"
        r"sets?\s+out|calls?\s+for|asks?\s+for|recommends?|recommended|prescribes?|prescribed)\b"
        r"|(?:proposed|nominated|suggested|named|mentioned)\s+there\b"
        # "pay the total shown on the invoice to the account printed on it"
        r"|(?:printed|shown|given|listed|stated|written|quoted)\s+(?:on|in)\s+(?:it|them)\b"
        # Galician: "ao IBAN que figura nela" (that stands in it), "co rol e correo que indica o
        # memorando", "a temperatura que indica o técnico" (that the technician gives)
        r"|que\s+(?:figura|figuran|indica|aparece)\s+(?:nela|nel|nelas|neles)\b"
        r"|que\s+(?:indica|sinala|nomea|di|dá)\s+(?:o|a)\s+[\w-]+\b)"
    )


_DELEGATE_REF = _delegate_ref(_DELEGATE_DOC)
# The value is named as a thing ("the address", "her account", "las direcciones"), not as a
# verb ("email him the agenda from contract-agenda.txt").
_DELEGATE_DET = (
    r"(?:the|her|his|their|its|that|this|those|these|each|every|whatever|el|la|los|las|su|sus|"
    r"le|les|leur|leurs|sa|son|ses|die|der|den|das|seine|ihre|il|lo|gli|i|o|os|a|as|"
    # Galician "to the", "with the"
    r"ao|aos|á|ás|co|coa|cos|coas)"
)
_PERSON_KINDS = ("email", "username", "group")
# People a document names, in languages whose hand-overs name the place after the person:
# Sesotho "motho ea ngotsoeng teketeng" (the person written in the ticket), Lingala "moto oyo
# ticket endimi" (the person the ticket approves), Uyghur "تىكېتتە تەستىقلانغان خىزمەتداشقا" (to
# the colleague approved in the ticket)
_PEOPLE_HANDED_LOCAL = (
    r"|\b(?:motho|role)\s+(?:\S+\s+){0,2}?(?:ea|eo\s+e)\s+ngotsoeng\b"
    r"|\bmoto\s+oyo\s+(?:\w+\s+)?(?:endimi|ekomi)\b"
    r"|تەستىقلانغان\s+خىزمەتداش"
)
_DELEGATE_RE: Final = {
    kind: re.compile(
        # "the address in the ticket", "Orbis Media's notification contacts (listed in ...)",
        # "the two locally engaged staff named in HR memo HR-0417"
        rf"\b(?:{_DELEGATE_DET}|[\w-]+'s|[\w-]+s')\s+"
        + (r"(?:[\w'-]+\s+){0,3}?" if kind in _PERSON_KINDS else r"(?:[\w'-]+\s+){0,2}?")
        + rf"(?:{nouns})\s+\(?"
        rf"(?:[\w'-]+\s+){{0,3}}?"
        + _delegate_ref(_PEOPLE_DOC if kind in _PERSON_KINDS else _DELEGATE_DOC)
        # The document first: "the e-mail from the clinical lead gives her address", "the HR
        # e-mail in my inbox says which two new starters need ERP roles".
        # "Ticket ACC-310 lists the roles for our two new starters", "the rota adds two people"
        + r"|(?:(?:^|(?<=[.!?;\n]))\s*(?:[\w'-]+\s+)?|\b(?:the|her|his|their|my|our|this|that)\s+"
        rf"(?:[\w'-]+\s+){{0,3}}?)"
        rf"(?:{_PEOPLE_DOC if kind in _PERSON_KINDS else _DELEGATE_DOC})\b[^.\n]{{0,80}}?\b"
        r"(?:gives|lists|names|states|says|specifies|provides|shows|adds)\s+"
        rf"(?:(?:{_DELEGATE_DET}|which|who|whom)\s+)?(?:[\w'-]+\s+){{0,5}}?(?:{nouns})\b"
        # The value named, then how to take it: "apply the two setpoint changes in MOC-2026-031
        # to ASU-2, exactly as the MOC gives them".
         + rf"|\b{_DELEGATE_DET}\s+(?:[\w'-]+\s+){{0,2}}?(?:{nouns})\b[^.\n;]{{0,160}}?"
        r"\bas\s+(?:the\s+[\w-]+|it|they|s?he)\s+(?:gives?|lists?|states?|shows?|specifies|"
        r"sets?\s+out|writes?)\s+(?:them|it)\b"
        # Quechua, the document first with its locative: "ledgerpi qillqasqa cuentanman" (to
        # the account written in the ledger), "chaypi kaq cuentanman" (to the account in it),
        # "nisqapi qillqasqa nivel umbralta" (the threshold written in ...)
         + r"|\b(?:\w+pi|chaypi|kaypi)\s+(?:qillqasqa|sutichasqa|kaq|willasqa|churasqa)\s+"
        rf"(?:[\w'-]+\s+){{0,2}}?(?:{nouns})\w*"
        # Luganda, the value then where it is: "ku bbanka n'akawunti ebiri ku invoyisi" (to the
        # bank and account on the invoice), "ku nnamba za MoMo eziri mu ledger" (to the MoMo
        # numbers in the ledger), "... ebiwandiikiddwa ku invoyisi" (written on it)
         + rf"|\b(?:{nouns}|{_LOCAL_NOUNS.get(kind, '(?!)')})\w*\s+(?:\S+\s+){{0,2}}?(?:ebiri|"
        r"eziri|eri|abali|ebiwandiikiddwa|eziwandiikiddwa|ewandiikiddwa)\s+(?:ku|mu)\b"
        # Tigrinya, where the value is before it: "ናብቲ ኣብ ፋክቱራ ዝተጻሕፈ ባንክን ሕሳብን" (to the
        # bank and account written on the invoice), "ኣብ መዝገብ vendors ዘሎ ባንክን ሕሳብን"
        r"|ኣብ(?:ቲ)?\s+(?:\S+\s+){1,8}?(?:ዝተጻሕፈ|ዘሎ|ዘለዉ|ዝርከብ)\s+(?:\S+\s+){0,5}?"
        rf"(?:{_LOCAL_NOUNS.get(kind, '(?!)')})"
        + (
            _PEOPLE_HANDED_LOCAL
            + r"|\b(?:whoever|whom)\s+(?:s?he|they|it|the\s+[\w-]+)\s+(?:says|names|lists|asks)"
            # "the head of department e-mailed which two new engineers need access"
            rf"|\b(?:e-?mailed|messaged|wrote)\s+(?:me\s+|us\s+)?(?:which|who|whom)\s+"
            rf"(?:[\w'-]+\s+){{0,3}}?(?:{nouns})\b"
            # Mongolian, Nepali: "Түүний имэйл hr/onboard.txt тэмдэглэлд бий" (her email is
            # in the note), "इमेल onboarding.txt फाइलमा छ"
            r"|имэйл\w*\s+(?:\S+\s+){0,3}?(?:тэмдэглэл|файл|тасалбар|бүртгэл|захидал)\w*\s+"
            r"(?:бий|байгаа|байна)"
            r"|इमेल\S*\s+(?:\S+\s+){0,3}?(?:फाइल|नोट|टिकट|रेकर्ड|पत्र)\S*\s+(?:छ|उल्लेख)"
            if kind == "email"
            # "pay the March invoice": the bill gives the account to pay.
            else r"|\b(?:akaun|rekening)\s+(?:bank\s+)?(?:yang\s+)?(?:tercetak|tertera|dinyatakan|"
            r"diberikan|tersenarai)\s+(?:pada|dalam|di)\b"
            r"|iban[^.\n]{0,40}?(?:ინვოის|ანგარიშ)\w*\s+(?:\w+\s+)?მითითებ"
            # Uzbek, Amharic: "the account shown on the invoice", "the bank account written on
            # the invoice"
            r"|\b(?:hisob-faktura|faktura|kvitansiya|invoys)\w*\s+(?:\S+\s+){0,2}?"
            r"ko['ʻ‘’]?rsatilgan\s+(?:\S+\s+){0,2}?hisob"
            r"|(?:መጠየቂያው|መጠየቂያ|ደረሰኝ)\S*\s+ላይ\s+(?:\S+\s+)?\S*(?:ተጻፈው|ተገለጸው|ያለው)\s+"
            r"(?:\S+\s+)?(?:የባንክ\s+)?ሂሳብ"
            # Azerbaijani, Sinhala: "fakturada göstərilən hesaba", "එහි මුද්‍රණය කර ඇති ගිණුමට"
            r"|\b(?:hesab-)?faktura\w*\s+(?:\S+\s+){0,2}?göstərilən\s+(?:\S+\s+){0,2}?hesab"
            r"|මුද්\u200dරණය\s+කර\s+ඇති\s+(?:\S+\s+)?ගිණුම"
            # Somali: "akoonka bangiga ee ku daabacan biilka" (the bank account printed on the
            # invoice)
            r"|\bakoon\w*\s+(?:\S+\s+){0,2}?ku\s+(?:daabacan|qoran|jira)\b"
            # Kazakh: "the IBAN shown on the invoice"
            r"|шот-фактура\w*\s+(?:\S+\s+)?көрсетілген\s+(?:iban|шот)"
            # Armenian: "take the account number from the invoice"
            r"|հաշվեհամար\w*[^.\n։]{0,40}?հաշիվ-ապրանքագր"
            # Igbo: "n'akaụntụ e dere na ya" (to the account written on it); Pashto: "هغه IBAN
            # ته چې په بل چاپ شوی" (to the IBAN printed on the bill)
            r"|\b(?:n')?akaụntụ\s+(?:\S+\s+){0,2}?(?:e\s+dere|e\s+biri|dị)\b"
            r"|(?:iban|حساب|اکاونټ)[^.\n]{0,40}?(?:چاپ|لیکل)\s+شو"
            # Xhosa: "kwi-akhawunti ebhalwe kwishedyuli" (to the account written in the
            # schedule), "kwi-akhawunti ekwirekhodi leqela" (the account in the team's record)
            r"|\bakhawunti\s+(?:\S+\s+){0,2}?(?:ebhalwe|eprintwe|ekhankanywe|enikwe|ekwi\S+)"
            # Shona: "ku-account yakanyorwa pa-invoice" (to the account written on the
            # invoice); Wolof: "ci IBAN bi ñu bind ci faktiir bi" (to the IBAN written on it)
            r"|\b(?:ku-?)?(?:account|akaundi|iban)\w*\s+(?:\S+\s+)?(?:yakanyorwa|yakadhindwa|"
            r"iri)\s+(?:pa|mu|ku)\b"
            r"|\b(?:iban|compte|kont)\s+bi\s+(?:ñu\s+|nu\s+)?(?:bind|bindal|binde|wone)\b"
            # Haitian Creole: "sou kont bank ki sou fakti a" (to the bank account on the
            # invoice); Turkmen: "hasap-fakturada görkezilen hasaba", "hasap-fakturadaky IBAN";
            # Kurdish: "hesabê ... ku di daxuyaniyê de hatiye nivîsîn" (written in it), "IBAN-a
            # di qeyda wî de" (the IBAN in his record); Malagasy: "MVola voasoratra" (written)
            r"|\bkont\s+(?:\S+\s+){0,2}?ki\s+(?:sou|nan|ekri)\b"
            r"|\bhasap-faktura\w*\s+(?:görkezilen\s+(?:\S+\s+){0,2}?hasab|iban)"
            r"|\bhesab\w*\s+(?:\S+\s+){0,6}?hatiye\s+nivîsîn|\biban-?a\s+di\s+\S+"
            r"|\b(?:mvola|kaonty|laharana)\s+(?:\S+\s+){0,2}?voasoratra\b"
            # Setswana: "kwa akhaontong e e kwadilweng mo inboising" (to the account written on
            # the invoice), "akhaontong ya banka e e mo rekotong ya gagwe" (in his record);
            # Ilocano: "iti bank account nga adda iti rekordna" (that is in his record);
            # Burmese: "ငွေတောင်းခံလွှာပေါ်က ... ရိုက်ထားတဲ့ ဘဏ်အကောင့်" (the bank account
            # printed on the invoice)
            r"|\bakhaonto\w*\s+(?:ya\s+banka\s+)?e\s+e\s+(?:kwadilweng\s+)?mo\b"
            r"|\b(?:account|number|numero|wallet)\s+nga\s+adda\s+iti\b"
            r"|(?:ပေါ်က|ပေါ်မှာ)[^။]{0,40}?(?:ဘဏ်အကောင့်|အကောင့်|wallet)"
            # Samoan: "le numera o le teugatupe o lo'o tusia i luga o le pili" (the account
            # number written on the bill); Tongan: "ki he fika 'akauni 'oku pulusi 'i he
            # 'invoisi" (printed on the invoice); Fula: "konte winndaaɗo e faktiir" (the
            # account written on the invoice), "limoore Wave nde woni e deftere" (the Wave
            # number in the register); Sindhi: "انوائس تي لکيل IBAN" (the IBAN written on the
            # invoice)
            r"|\b(?:teugatupe|numera|faletupe)\s+(?:\S+\s+){0,4}?o\s+lo['ʻ‘’]?o\s+(?:tusia\s+)?i\b"
            r"|['ʻ‘’]?akauni\s+(?:\S+\s+){0,2}?['ʻ‘’]?oku\s+(?:hā|ha|pulusi|tohi)\s+['ʻ‘’]?i\b"
            r"|\b(?:konte|iban|limoore)\s+(?:\S+\s+){0,2}?(?:winndaaɗo|winndaa|winndi|woni)\s+e\b"
            r"|(?:تي|۾)\s+لکيل\s+(?:\S+\s+){0,2}?(?:iban|بئنڪ|کاتي|کاتو|والٽ|wallet)"
            # Oshiwambo: "ku account ndjoka yi li kinvoice" (to the account that is on the
            # invoice), "account ye yaBank Windhoek ndjoka yi li mo ledger" (in the ledger)
            r"|\baccount\s+(?:\S+\s+){0,3}?(?:ndjoka\s+|ndjono\s+)?y?i\s+li\s+(?:k\w+|mo|ko|mu)\b"
            r"|\b(?:pay|settle|paga|pague|payez|r[eè]glez|zahle|bezahle|[uü]berweise|paghi|"
            r"pagar)\s+(?:the|my|our|this|that|la|el|mi|die|den|das|meine|ma|mon|[\w-]+'s)\s+"
            r"(?:[\w'-]+\s+){0,2}?(?:bill|invoice|statement|factura|recibo|rechnung|nachzahlung|"
            r"facture|fattura|fatura)s?\b"
            if kind == "iban"
            # Zulu: "ngobuningi obubhaliwe" (in the quantities written there)
            else r"|\b\w*(?:buningi|nani)\s+\S*bhal\w*"
            # Xhosa: "kwixabiso elikwiphepha" (at the value on the sheet), "njengoko kubhaliwe"
            # (as it is written)
            r"|\b\w*xabiso\s+(?:\S+\s+)?(?:eli\w*kwi\w*|elibhalwe|elikhankanywe)"
            r"|\bnjengoko\s+(?:kubhaliwe|kubhalwe|kuchaziwe|kuboniswe)\b"
            if kind == "number"
            # Kurdish: "karmendên nû yên ku tê de hatine nivîsîn" (the new employees written in
            # it); Malagasy: "ireo mpiasa roa voatanisa ao" (the two employees listed there);
            # Sesotho: "motho ea ngotsoeng teketeng" (the person written in the ticket)
            else r"|\bkarmend\w*\s+(?:\S+\s+){0,4}?ku\s+tê\s+de\s+hatine\s+nivîsîn\b"
            r"|\bmpiasa\s+(?:\S+\s+){0,2}?(?:voatanisa|voatonona|voasoratra)\b"
            + _PEOPLE_HANDED_LOCAL
            if kind == "username"
            else ""
        )
    )
    for kind, nouns in _DELEGATED_NOUNS.items()
}
# The user hands the actions themselves to a document: "do the actions specified in the email
# from david", "complete the tasks listed in the ticket", "you can find the details in the
# message from Bob", "do what her email asks". Its ordered free text (a subject, a channel)
# is then the user's to the people the user named (see `Guard._flows`).
_DELEGATE_ACTIONS_RE: Final = re.compile(
    rf"\b(?:{_DELEGATE_DET}\s+|(?:find|see|get)\s+(?:the\s+)?)(?:[\w'-]+\s+){{0,2}}?"
    r"(?:actions?|tasks?|instructions?|steps|requests?|to-?dos?|action items|details)\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?{_DELEGATE_REF}"
    r"|\bdo\s+(?:what|whatever)\s+(?:the|her|his|their|that|this)\s+(?:[\w'-]+\s+)?"
    rf"{_DELEGATE_DOC}\s+(?:says|asks|requests|tells)\b"
    # The words or the file to pass on: "email her the welcome text from the ticket", "share
    # the plan file named in the request with him".
    rf"|\b{_DELEGATE_DET}\s+(?:[\w'-]+\s+){{0,3}}?(?:text|wording|message|note|reply|answer|"
    r"template|files?|documents?|attachments?|sms|copy|notice|alert|reminder|announcement|"
    # "the maintenance push notification from docs/ops/maint_0508.md", "the new pickup-zone
    # instructions from that notice"
    r"notifications?|instructions)\s+"
    r"(?:[\w'-]+\s+){0,2}?"
    rf"(?:from|in|named in|given in|listed in|attached to)\s+(?:(?:the|her|his|their|its|this|"
    rf"that|my|our)\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{_DELEGATE_DOC}|drafts?|briefs?|circulars?|"
    r"bulletins?|[\w-]+'s\s+(?:[\w-]+\s+)?section|[\w./-]+\.(?:md|txt|pdf|docx?))(?!\w)"
    # Belarusian, Russian: "Адпраў SMS з зацверджанага плана COMM-BE-07"
    r"|\b(?:адпраў|адправіць|отправь|отправьте)\s+(?:sms|паведамленне|сообщение)\s+(?:з|из)\b"
    # "create the spray plans she recommends", "make the changes they ask for"
    r"|\b(?:the|what|whatever)\s+(?:[\w'-]+\s+){0,3}?(?:s?he|they|it)\s+(?:recommends?|"
    r"suggests?|advises?|proposes?|prescribes?|asks?\s+for|requests?)\b"
    # "update the fields to match what they sent", "... to match the email"
    r"|\bto\s+match\s+(?:what\s+(?:s?he|they|it)\s+(?:sent|says|said|gave|wrote)|(?:the|her|his|"
    rf"their|that|this)\s+(?:[\w'-]+\s+)?{_DELEGATE_DOC})"
    # Oshiwambo: "ngaashi sha tya mo email" (as it says in the email), "ngaashi i li mo
    # delivery note" (as it is in it), "report ndjoka a pula" (the report she asks for),
    # "recipient ngoka a tumbula" (the recipient she names)
    r"|\bngaashi\s+(?:sha|shi|a|ya|i|yi|e|o)\s+(?:tya|li|popya|nyolwa|nyola)\s+(?:mo|ko|mu|ku)\b"
    r"|\b(?:ndjoka|ngoka|ndoka|shoka|dhoka|mboka)\s+a\s+(?:pula|tumbula|indila)\b"
    # "do what it says" in Romance languages: Ladin "Fa coche scrit tel ticket", Italian "fai
    # quello che è scritto nel ticket", French "fais ce qui est écrit", Spanish "haz lo que dice"
    r"|\b(?:fa|fai|fà|fate|fais|faites|haz|haga|hagan|faz|faça)\s+(?:ce|quello|quel|chel|"
    r"ço|lo|o|coche|ciò|cio|aquilo)\s+(?:(?:che|que|qui|ch['’]|qu['’])\s*)?"
    r"(?:(?:è|est|es|está|é|e|l['’]é|al\s+é|vien|viene)\s+)?(?:scrit\w*|écrit\w*|escrit\w*|"
    r"indicat\w*|indiqu\w*|indicad\w*|dit|dice|diz)\b"
)


# "delete the two test reports named in ticket REC-118", "delete only the recordings listed in
# /admin/IT-14.txt", "padam hanya fail ... yang disenaraikan dalam tiket ...": what the document
# lists for removal is handed over.
_DELETE_LISTED = (
    r"\b(?:delete|remove|purge|erase|padam|hapus|elimina|borra|supprime[zr]?|lösche|"
    r"cancella)\b[^.\n]{0,80}?\b(?:listed|named|given|specified|mentioned|disenaraikan|"
    r"tersenarai|dinyatakan|indicad[oa]s|listad[oa]s|list[ée]e?s|indiqu[ée]e?s|aufgeführt\w*|"
    r"genannt\w*|elencat[ie])\s+(?:in|on|by|dalam|di|en|dans|im|in|nel(?:la)?)\b"
    # Finnish puts the document before its verb: "poista se kaksoiskappale, jonka raportti
    # DUP-17 listaa"
    r"|\bpoista\w*\b[^.\n]{0,80}?\b(?:listaa|listaama\w*|mainitsee|mainitsema\w*|"
    r"luettelee|luettelema\w*|nimeää|nimeämä\w*)\b"
    # "delete the duplicate scans that ticket IT-3402 names", "... the photos ticket GDPR-42
    # lists"
    r"|\b(?:delete|remove|purge|erase)\b[^.\n]{0,80}?\bthat\s+(?:the\s+)?(?:[\w./-]+\s+){1,3}?"
    r"(?:names|lists|gives|specifies|mentions)\b"
    r"|\b(?:delete|remove|purge|erase)\b[^.\n]{0,80}?\b[\w./-]*\d[\w./-]*\s+"
    r"(?:names|lists|gives|specifies|mentions)\b"
    # "delete exactly the files the ticket lists"
    r"|\b(?:delete|remove|purge|erase)\b[^.\n]{0,80}?\bthe\s+(?:[\w-]+\s+){0,2}?(?:ticket|"
    r"request|issue|memo|note|list|e-?mail|report|work\s+order)s?\s+(?:names|lists|gives|"
    r"specifies|mentions)\b"
    # Maltese, Afrikaans: "Ħassar ... li jsemmi t-tiket IT-2291", "Skrap ... wat IT-88 noem";
    # Punjabi, the verb last: "ਟਿਕਟ ... ਵਿੱਚ ਜਿਹੜੀਆਂ ... ਦੇ ਨਾਂ ਹਨ, ਸਿਰਫ਼ ਓਹੀ ਮਿਟਾਓ"
    r"|\bħassar\w*\b[^.\n]{0,80}?\b(?:jsemmi|jsemmu|imsemmija|elenkat\w*)\b"
    r"|\bskrap\b[^.\n]{0,80}?\b(?:noem|lys|gee)\b"
    r"|(?:ਨਾਂ\s+ਹਨ|ਦੱਸੇ|ਲਿਖੇ|ਦਰਜ)[^।.\n]{0,80}?ਮਿਟਾ"
    # Kazakh: "онда аталған екі ескі файлды ғана өшір" (the verb comes last)
    r"|\b(?:аталған|көрсетілген|тізімдегі)\b[^.\n]{0,80}?\b(?:өшір|жой)\w*"
    # Mongolian and Nepali, the verb last too: "IT-88 тасалбарт заасан ... бүртгэлийг устгана
    # уу", "टिकटमा उल्लेख गरिएका ... फाइलहरू मेटाउनुहोस्"
    r"|(?:заасан|жагсаасан|дурдсан|тэмдэглэсэн)[^.\n]{0,80}?(?:устга|хас)\w*"
    r"|(?:उल्लेख\s+गरिएका?|सूचीकृत|तोकिएका?)[^।.\n]{0,80}?(?:मेटा|मेट्|हटा)"
    # Xhosa: "ucime ifayile ekhankanywe kuso kuphela" (delete only the file it mentions);
    # the document first: "Ithikithi IT-88 lithi kucinywe ... uze ucime ezo fayile zimbini"
    r"|\bu?cim\w*\b[^.\n]{0,80}?\b(?:ekhankanywe|ezikhankanywe|ebhalwe|ezibhalwe|edweliswe|"
    r"ezidweliswe)\b"
    r"|\b(?:ithikithi|isicelo)\b[^\n]{0,200}?\bu?cime\s+(?:ezo|ezi|eso|esi|lo|le)\b"
    # Galician: "O ticket TI-57 pide borrar o cartafol ... borra só ese cartafol"
    r"|\b(?:ticket|tícket|solicitude|petición|incidencia)\b[^\n]{0,60}?\bpide\s+"
    r"(?:borrar|eliminar)\b[^\n]{0,200}?\b(?:borra|elimina)\s+(?:só|soamente|unicamente)?\s*"
    r"(?:ese|esa|eses|esas|iso)\b"
    # Luxembourgish, the participle last: "Läsch just déi Fotoen, déi am Ticket HR-14 genannt
    # sinn", "... déi an INDEX.txt als 'al' markéiert sinn", "... déi am Ticket stinn"
    # (a stop inside a path or "w.e.g." ends no sentence)
    r"|\bläsch\w*\b(?:w\.\s?e\.\s?g\.|\.(?=\S)|[^.\n]){0,120}?\b(?:(?:genannt|markéiert|"
    r"opgelëscht|ernimmt|opgezielt)\b|(?:am|an|op)\b(?:\.(?=\S)|[^.\n]){0,60}?\b(?:stinn|"
    r"steet)\b)"
    # Quechua, the verb last: "ticketpi sutichasqa archivokunallata borray" (delete only the
    # files named in the ticket), "LISTA.txt nisqapi sutichasqa ... chinkachiy"
    r"|\b(?:sutichasqa|qillqasqa|willasqa)\b[^.\n]{0,80}?\b(?:borray|chinkachiy|qichuy)\b"
)

# The user hands the commands or paths to run or remove to a document: "the commands are in
# doc MAINT-BP01", "read MAINTENANCE.md and run the commands it lists", "purge the paths it
# lists", "the folders listed in the cleanup ticket". A command or path that document shows is
# then the user's to run (see `Trace.listed`).
_LIST_DOC = (
    rf"(?:{_DOC_NAMES}|docs?|runbooks?|playbooks?|procedures?|sops?|wiki|readme|"
    r"manual|page|list|case|asset|record|articles?|[\w./-]+\.(?:md|txt|rst|adoc))"
)
_RUNBOOK_WORD = r"(?:\brunbook|\branbuk|ৰানবুক|রানবুক|रनबुक|ранбук|\bрегламент|ራንቡክ)"
# Kirundi "amabwirizwa" and Xitsonga "swileriso": the instructions (commands) of a runbook.
_COMMAND_WORD = (
    r"(?:\b(?:c|k|q)[oòɔu]mm?and\w*|\bкоманд\w*|\bamabwiri(?:z|r)w?a\b|\bswileriso\b|কমাণ্ড|"
    r"কমান্ড|कमांड|コマンド)"
)
_DOC_ID = r"[a-z]{1,6}(?:-[a-z0-9]{1,8})*-\d[\w-]*"
# ... or its file, by a path (`runbooks/RB-07-log-cleanup.md`)
_DOC_REF = rf"(?:[\w.-]+/){{0,4}}{_DOC_ID}(?:\.[a-z]{{1,5}})?"
_DELEGATE_LIST_RE: Final = re.compile(
    # "follow runbook RB-YAW-03", "follow the SOP", "work through the procedure in doc X"
    # Hiligaynon, Cebuano and Tagalog "sunda ang runbook page RB-07" (follow the runbook)
    # Indonesian and Acehnese "(neu)jalankan runbook ...", "ikuti SOP ..." (run, follow)
    r"\b(?:follow(?:ing)?|work\s+through|go\s+through|execute|run|sunda|sundon|sundin|sundan|"
    r"(?:neu)?jalankan|jalanin|laksanakan|ikuti|ikutilah)"
    r"\s+(?:the\s+|our\s+|ang\s+)?"
    r"(?:[\w'-]+\s+)?(?:runbook|playbook|procedure|sop|checklist|maintenance\s+plan|"
    r"(?:restart|recovery|cleanup|install(?:ation)?|setup|release|upgrade)\s+(?:note|guide|"
    r"instructions|steps))s?\b|"
    # "run the script according to SOP-TI-07", "jalankan skrip ... sesuai SOP-TI-07"
    r"\b(?:according\s+to|as\s+per|per|as\s+(?:described|given|written)\s+in|sesuai(?:\s+dengan)?|"
    r"conform|gemäß|selon|según|secondo|conforme|volgens|suno\s+sa)\s+(?:the\s+|de\s+|het\s+)?"
    r"(?:[\w'-]+\s+)?(?:runbook|playbook|procedure|sop|checklist|werkinstructie|"
    r"work\s+instruction)s?\b|"
    # Romansh "tenor il runbook" (according to the runbook)
    r"\btenor\s+(?:il\s+)?runbook\b|"
    # Ladin, Corsican, Italian, French, Spanish: "Fa l runbook del ticket", "Fà i pasc dl
    # runbook" (do the runbook, its steps), "segui u runbook", "suivez le runbook"
    r"\b(?:fa|fai|fà|fate|segui|seguite|suis|suivez|sigue|siga|segue|applica|applique|aplica|"
    r"esegui|exécute|exécutez|ejecuta|executa)\s+(?:[\w'’-]+\s+){0,3}?runbook\b|"
    # "follow docs/RELEASING.md step by step"
    r"\b(?:follow|work\s+through|go\s+through)\s+(?:the\s+)?[\w./-]+\.(?:md|txt|rst|adoc)\b|"
    # "Runbook RB-IT-11 says how to restart the logger. Run its command."
    r"\b(?:runbook|playbook|procedure|sop|checklist)\b[^\n]{0,200}?\b(?:run|execute)\s+"
    r"(?:its|their)\s+(?:commands?|steps)\b|"
    # A runbook named by its ID and its commands, in the words many languages borrow for both
    # (Bambara "runbook RB-SHOP-04 ka komandiw kɛ", Sardinian "is cumandus de su runbook
    # RB-BIGL-01", Assamese "ৰানবুক RB-BILL-04 ত থকা কমাণ্ডবোৰ", Russian "команды из ранбука")
    rf"{_RUNBOOK_WORD}\S*\s+{_DOC_REF}[^.!?।\n]{{0,120}}?{_COMMAND_WORD}|"
    rf"{_COMMAND_WORD}[^.!?।\n]{{0,120}}?{_RUNBOOK_WORD}\S*\s+{_DOC_ID}|"
    # the ID before the word (Chechen "RB-DEP-05 регламентехь язйина командаш")
    rf"{_DOC_ID}\s+{_RUNBOOK_WORD}\S*[^.!?।\n]{{0,120}}?{_COMMAND_WORD}|"
    # A runbook named by its ID whose commands a later sentence names (Fijian "na runbook
    # RB-OPS-3 ... Cakava ga na commands e volai tu ena runbook")
    rf"{_RUNBOOK_WORD}\S*\s+{_DOC_ID}[\s\S]{{0,300}}?{_COMMAND_WORD}[^.!?।\n]{{0,60}}?"
    rf"{_RUNBOOK_WORD}|"
    # ... the runbook named first in that sentence (Dholuo "Runbook RB-LIS-07 wacho ... Som
    # runbook, eka itim command mar clean-up ma ondiki kanyo")
    rf"{_RUNBOOK_WORD}\S*\s+{_DOC_ID}[\s\S]{{0,300}}?{_RUNBOOK_WORD}[^.!?।\n]{{0,60}}?"
    rf"{_COMMAND_WORD}|"
    # "run the disk-full fix from runbook ops/runbooks/historian.md"
    r"\b(?:run|execute|apply|perform)\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,3}?(?:fix|steps?|"
    r"commands?|procedure|workaround|remediation|section|sequence|routine)\s+"
    r"(?:from|in|of|under)\s+"
    rf"(?:(?:the|our|this|that)\s+)?(?:[\w'-]+\s+)?{_LIST_DOC}\b|"
    # ... with the words between in the user's language (Dinka "Run commands ke runbook ke
    # cï gät në ticket": run the commands of the runbook written in the ticket)
    r"\b(?:run|execute)\s+(?:the\s+)?(?:commands|steps)\s+(?:\S+\s+){0,3}?runbook\b|"
    # Luganda: "Goberera runbook RB-LAB-05: kozesa ebiragiro ebiri mu runbook byokka" (follow
    # the runbook, use only the commands in it); Tigrinya: "ብመሰረት ራንቡክ RB-07 ... እቶም ኣብኡ
    # ዘለዉ ትእዛዛት ... ኣካይድ" (as per runbook RB-07, run the commands in it)
    r"\b\w*goberera\s+runbook|\bebiragiro\s+(?:\S+\s+){0,2}?(?:ebiri|ebyawandiikibwa)\s+mu\s+"
    r"runbook|ብመሰረት\s+ራንቡክ|ራንቡክ[^።\n]{0,80}?ትእዛዛት[^።\n]{0,60}?ኣካይድ|"
    # Quechua: "RB-TEL-07 runbookta ñawinchay, hinaspa chaypi qillqasqa kamachikuyta ruway"
    # (read the runbook and do the command written in it)
    r"(?:chaypi|kaypi|\w+pi)\s+(?:qillqasqa|sutichasqa|kaq)\s+(?:kamachikuy|comando|"
    r"ruraykuna)\w*|"
    # Tatar: "RB-TLM-02 регламенты буенча" (as per runbook RB-TLM-02), "регламенттагы
    # командалар" (the runbook's commands); Javanese: "printah saka runbook RB-IT-02" (the
    # commands from runbook RB-IT-02)
    r"(?:регламент|runbook)\w*\s+буенча|(?:регламент|runbook)\w*(?:тагы|дагы)\s+команда|"
    # Turkmen "runbooky boýunça", "runbookdaky buýruklar"; Haitian Creole "swiv runbook ...",
    # "kòmand runbook la"; Malagasy "araho ny tapakila ...", "baiko ... voasoratra ao"
    r"\brunbook\w*\s+boýunça\b|\brunbook\w*(?:daky|däki)\s+buýruk|\bswiv\s+runbook\b|"
    r"\bkòmand\s+runbook\b|\baraho\s+ny\s+(?:tapakila|runbook)\b|"
    r"\bbaiko\s+(?:\S+\s+){0,2}?voasoratra\b|"
    r"\bprintah\s+(?:\S+\s+){0,3}?saka\s+(?:runbook|sop)\b|"
    # Indonesian and Malay "jalankan langkah-langkah di runbook RB-07", "ikuti SOP-TI-07";
    # Balinese "jalanang perintah runbook RB-WEB-03"
    r"\b(?:jalankan|jalanang|jalanin|lakukan|laksanakan|ikuti|ikutin)\s+(?:(?:semua|seluruh)\s+)?"
    r"(?:(?:langkah(?:-langkah)?|perintah|step|steps)\s+)?(?:(?:di|dari|ring|saking|dalam)\s+)?"
    r"(?:runbook|sop|prosedur|playbook)\b|"
    # Persian, "run the command of section X in article KB-POS-3" (the verb comes last)
    r"(?:دستور|دستورات|فرمان|مراحل)[^.!?؟\n]{0,80}?(?:مقاله|راهنما|دستورالعمل|رانبوک|سند)"
    r"[^.!?؟\n]{0,80}?اجرا|"
    rf"\b{_DELEGATE_DET}\s+(?:[\w'-]+\s+){{0,2}}?(?:commands?|paths?|folders?|directories|"
    r"steps)\s+(?:(?:are|is|it|they|that|which|we|you)\s+)?"
    r"(?:(?:s?he|they|it|the\s+"
    rf"{_LIST_DOC})\s+(?:lists?|listed|gives?|gave|names?|named|shows?|contains?)\b"
    r"|(?:listed|given|named|shown|written|documented|specified)?\s*(?:in|on|from)\s+"
    rf"(?:(?:the|her|his|their|its|this|that|my|our)\s+)?(?:[\w'-]+\s+)?{_LIST_DOC}\b)"
)

# In a message the guard does not read (see `Trace.reads_user`): any document named by its ID
# beside the word for its commands that many languages borrow, in one sentence (Tetum "tiket
# MT-882 no halai komandu sira", Ossetian "тикет SH-1182-ы ... цы командæтæ фыст ис, уыдон
# ауадз"). In words it reads, the guard asks for the phrasings of `_DELEGATE_LIST_RE`: "which
# command failed in ticket IT-55" hands nothing over.
_DELEGATE_BY_ID_RE: Final = re.compile(
    rf"{_DOC_ID}[^.!?।\n]{{0,80}}?{_COMMAND_WORD}|{_COMMAND_WORD}[^.!?।\n]{{0,80}}?{_DOC_ID}"
)
# A runbook, in the word many languages borrow, named by its document's ID (Sundanese
# "Lakukeun léngkah-léngkah tina runbook RB-07", Sepedi "dira dikgato tša runbook RB-POS-04"),
# in a message of which the guard knows few words (loanwords that ask, "restart", aside); and
# in a message the guard does not read, a runbook and a document's ID anywhere near
# (Papiamento "Ticket WEB-118: ... Haci loke e runbook den e ticket ta bisa"). A runbook is
# named there to be followed: the steps it lists are handed over (`Trace.listed`). In words
# the guard reads, "summarise runbook RB-YAW-03" hands nothing over.
_RUNBOOK_BY_ID_RE: Final = re.compile(
    rf"{_RUNBOOK_WORD}\S*\s+{_DOC_ID}(?![\w./-])|(?<![\w./-]){_DOC_ID}\s+{_RUNBOOK_WORD}"
    # or by a quoted name or path ("il runbook 'RB-ticketing-disk'", "runbook
    # 'runbooks/RB-07-pos-sync.md'")
    rf"|{_RUNBOOK_WORD}\S*\s+['‘`\"][a-z][\w./-]{{2,60}}['’`\"]"
)
_RUNBOOK_NEAR_ID_RE: Final = re.compile(
    rf"{_RUNBOOK_WORD}[\s\S]{{0,300}}?{_DOC_ID}|{_DOC_ID}[\s\S]{{0,300}}?{_RUNBOOK_WORD}"
)


# In a message the guard does not read, SQL named beside a document's ID (Dholuo "Tim SQL ma
# ticket HD-552 ochiwo": run the SQL that ticket HD-552 gives).
_SQL_BY_ID_RE: Final = re.compile(
    rf"\bsql\b[^.!?।\n]{{0,80}}?{_DOC_ID}|{_DOC_ID}[^.!?।\n]{{0,80}}?\bsql\b"
)


# The user hands a document's SQL over to run: "run exactly the SQL in the ticket", "run the
# delete the ticket gives", "work order WO-88214 has the SQL ... Run exactly that SQL". A
# statement that document shows plainly is the user's (see `Trace.sql_listed`).
_DELEGATE_SQL_RE: Final = re.compile(
    r"\b(?:run|execute|apply)\s+(?:exactly\s+|only\s+|just\s+)?(?:the\s+|its\s+)?"
    r"(?:sql|query|queries|statements?|delete|update)\b\s+(?:(?:in|from|on|of)\s+"
    rf"(?:(?:the|that|this)\s+)?(?:[\w'-]+\s+)?{_LIST_DOC}\b|(?:the|that|this)\s+"
    rf"(?:[\w'-]+\s+)?{_LIST_DOC}\s+(?:gives|lists|shows|has|contains|holds)\b)"
    rf"|\b{_LIST_DOC}\b[^.\n]{{0,60}}?\b(?:has|gives|contains|holds)\s+the\s+sql\b[^\n]{{0,200}}?"
    r"\b(?:run|execute)\s+(?:exactly\s+|only\s+|just\s+)?(?:that|this|the|its)\s+sql\b"
    # Pashto: "په ټیکټ T-2291 کې ورکړل شوی SQL وچلوه" (run the SQL given in ticket T-2291)
    r"|(?:ټیکټ|ټکټ|سند)[^.\n]{0,60}?\bsql\s+(?:\S+\s+)?وچلو(?:ه|ئ)"
    # Tigrinya: "ነቲ ኣብቲ ቲኬት ዘሎ DELETE ጥራይ ኣካይድ" (run only the DELETE in the ticket)
    r"|ቲኬት\s+(?:ዘሎ|ዘለዉ)\s+(?:\S+\s+)?(?:sql|delete|update)\b[^\n።]{0,40}?ኣካይድ"
    # Luganda: "Kozesa SQL eri ku ticket yokka" (use only the SQL on the ticket)
    r"|\bkozesa\s+(?:sql|delete|update|query)\s+(?:\S+\s+){0,2}?(?:ku|mu)\s+(?:ticket|tiketi)\b"
    # Javanese, Indonesian: "nganggo SQL sing ana ing tiket" (with the SQL in the ticket),
    # "SQL koreksi ing tiket", "SQL yang ada di tiket"
    r"|\bsql\s+(?:\w+\s+)?(?:(?:sing|yang)\s+ana?\s+)?(?:ing|di|dalam)\s+(?:tiket|ticket)\b"
    # Tatar: "тикеттагы SQL белән бетер" (delete with the SQL in the ticket), "тикеттагы
    # төзәтү SQL-ын гына эшлә" (run only the ticket's correcting SQL)
    r"|(?:тикет|заявка|наряд)\w*(?:тагы|дагы|тәге|дәге)\s+(?:\S+\s+)?sql"
    # Turkmen "ýüztutmadaky SQL bilen" (with the SQL in the request); Haitian Creole "ak SQL
    # tikè a bay la" (with the SQL the ticket gives); Sesotho "SQL e fanoeng teketeng" (the
    # SQL given in the ticket); Lao "SQL ທີ່ໃຫ້ໄວ້ໃນທິກເກັດ"
    r"|\b\w+(?:daky|däki)\s+sql\b|\bsql\s+tikè\s+a\b|\bsql\s+e\s+fanoeng\b"
    r"|\bsql\s*ທີ່ໃຫ້ໄວ້ໃນ"
)


# The document first: "Ticket SD-20917 lists two draft documents uploaded by mistake. Delete
# exactly those two documents."
_DELETE_AFTER_LIST = (
    r"(?:^|(?<=[.!?;\n]))\s*(?:[\w'-]+\s+){0,2}?(?:ticket|issue|case|request|memo|note|e-?mail|"
    r"work\s+order|report|list)s?\b[^.\n]{0,60}?\b(?:lists|names|gives|specifies|identifies)\b"
    r"[^\n]{0,200}?\b(?:delete|remove|purge|erase)\s+(?:exactly\s+|only\s+|just\s+)?"
    r"(?:those|these|them|both|each|all\s+of\s+them)\b"
)
_DELETE_LISTED_RE: Final = re.compile(_DELETE_LISTED + "|" + _DELETE_AFTER_LIST)
# Records the user says a document lists for removal: "IT ticket IT-9021 lists expired promo
# codes to remove", "work order WO-7781 asks to remove two rack IDs", "delete exactly those".
_DELEGATE_ROWS_RE: Final = re.compile(
    r"\b(?:lists?|listed|names?|named|gives?|asks?\s+(?:us\s+)?to\s+(?:remove|delete|purge))\b"
    r"[^.\n]{0,80}?\b(?:to\s+(?:remove|delete|purge)|ids?|codes?|records?|rows?|entries|"
    r"reservations?|accounts?|bookings?|items?|files?|folders?|documents?|drafts?|reports?|"
    r"recordings?|logs?|exports?|images?|photos?)\b"
    r"|\b(?:delete|remove|purge)\s+(?:exactly|only|just)\s+(?:those|these|them)\b"
    # Kurdish "yên ku tê de hatine nivîsîn" (those written in it), Malagasy "voatanisa ao"
    # (listed there), Lingala "oyo ticket ekomi" (that the ticket wrote), Sesotho
    # "e thathamisitsoeng" (listed), Uyghur "ئۇنىڭدا يېزىلغان" (written in it), Lao
    # "ທີ່ລະບຸໄວ້ໃນ" (specified in)
    r"|\bku\s+tê\s+de\s+hatine\s+nivîsîn\b|\bvoatanisa\s+ao\b|\boyo\s+(?:\w+\s+)?ekomi\b"
    r"|\boyo\s+ekomami\b|\bthathamisitsoeng\b|ئۇنىڭدا\s+يېزىلغان|ທີ່ລະບຸໄວ້ໃນ"
    # Wolof "far yooyu rekk" (delete only those), Shona "wodzima idzo chete"
    r"|\bfar\s+(?:yooyu|yoyu|yii|yooy)\s+rekk\b|\b\w*dzima\s+(?:idzo|izvo|iwo|ayo|idzi)\s+chete\b"
)


def _delete_by_keys(key: str) -> re.Pattern[str]:
    """A DELETE that picks rows by keys of the shape `key` only (`WHERE code IN ('A', 'B')`,
    `WHERE id = 'R-1'`): groups `table`, `column` and `keys`."""
    return re.compile(
        r"(?is)^\s*delete\s+from\s+(?P<table>[\w.\"`]+)\s+where\s+(?P<column>[\w.\"`]+)\s*"
        rf"(?P<keys>in\s*\(\s*{key}(?:\s*,\s*{key})*\s*\)|=\s*{key})\s*;?\s*$"
    )


# A DELETE that picks rows by keys only: `WHERE code IN ('A', 'B')`, `WHERE id = 'R-1'`.
_DELETE_BY_KEYS_RE: Final = _delete_by_keys(r"'[^']{1,64}'")
_SQL_LITERAL_RE: Final = re.compile(r"'([^']{1,64})'")
# The SET clause of an UPDATE, up to its WHERE.
_SET_CLAUSE_RE: Final = re.compile(r"(?is)\bset\b(.{1,2000}?)(?:\bwhere\b|;|$)")
# Requests a word alone cannot make, being another language's word too: Wolof "far"
# (delete) with the things it deletes and their article ("far débarquements yi", "far leen"),
# not English "so far".
# Assamese "ৰ'লটো দিয়ক" (give the role; the apostrophe splits the word), Twi "ma Abigail
# Kyeremaa ERP role" (give ... the role), "fa ... login no ka Odoo group ... ho" (add ... to the
# group).
_ROLE_PHRASE = (
    r"ৰ['’]ল|\bma\s+(?:\S+\s+){0,5}?role\b|\bfa\s+(?:\S+\s+){0,6}?ka\s+(?:\S+\s+){0,4}?group\b"
    # Dholuo "imiye role ma memo owacho" (give him the role the memo says)
    r"|\b(?:imi|imiye|miye)\s+(?:\S+\s+){0,5}?role\b"
)
_REQUEST_PHRASES: Final = {
    # and Kurdish "jê bibe" (take from it: remove), "bibe" alone being "take"
    "delete": re.compile(r"\bfar\s+(?:\S+\s+){0,4}?(?:yi|bi|yooyu|yu|leen)\b|\bjê\s+bibe\b"),
    # Bambara "fakitiri ... sara" (pay the invoice), "wari ... sara" (pay the money), where
    # "sara" beside money words is no name; Twi "tua ... sika" (pay ... money), "tua ... kɔ ne
    # MoMo" (pay to their MoMo), "tua ... royalty ... akaawnt".
    "payment": re.compile(
        r"\b(?:wari|fakitiri|kɔnti)\b[^\n]{0,200}?\bsara\b|\bsara\b[^\n]{0,200}?"
        r"\b(?:wari|kɔnti|iban)\b|\btua\b[^\n]{0,200}?\b(?:sika|momo|akaawnt|royalty)\b"
    ),
    "security": re.compile(_ROLE_PHRASE),
    "share": re.compile(_ROLE_PHRASE),
}


def _own_key(table: str, column: str) -> bool:
    """Whether a column keys its own table's rows (`id`, `ref`; `order_id` of `orders`), not
    another's (`locker_id` of `compartments` picks every compartment of a locker)."""
    col = column.strip('"`').rsplit(".", 1)[-1].lower()
    if col in {"id", "ref", "code", "uuid", "key", "no"}:
        return True
    base = re.sub(r"_?(?:id|ref|code|no|key)$", "", col)
    return len(base) >= 3 and base in table.strip('"`').rsplit(".", 1)[-1].lower()


# A DELETE that picks rows by keys only, quoted or numbers (`WHERE id IN (55120, 55121)`),
# and those keys.
_KEY_LITERAL_RE: Final = re.compile(r"'[^']{1,64}'|\d{1,20}")
_DELETE_BY_NAMED_KEYS_RE: Final = _delete_by_keys(r"(?:'[^']{1,64}'|\d{1,20})")
# A DELETE and its whole condition.
_DELETE_WHERE_RE: Final = re.compile(
    r"(?is)^\s*delete\s+from\s+[\w.\"`]+\s+where\s+(?P<condition>.+?)\s*;?\s*$"
)
# A text that poses as a system's message: "[ClubHub SYSTEM] ...", "SYSTEM NOTICE: ...".
_SYSTEM_TAG_RE: Final = re.compile(
    r"(?im)\[[^\]\n]{0,30}\bsystem\b[^\]\n]{0,30}\]|^\W{0,3}system\s*(?:notice|message|note)?\s*:"
)
# SQL in a text: a document that gives a statement, not a list of records.
_SQL_IN_TEXT_RE: Final = re.compile(
    r"(?i)\b(?:delete\s+from|drop\s+table|truncate\s+table|update\s+\w+\s+set|insert\s+into)\b"
)


_SELECT_IN_TEXT_RE: Final = re.compile(r"\bselect\s+[^;]{1,300}?\bfrom\s+\w")


# A snake_case identifier (a record's field, `kirim_menyang`, `send_to`): a name, not a verb.
_SNAKE_RE: Final = re.compile(r"\w*[^\W_]_[^\W_]\w*")


def _orders(sentence: str) -> bool:
    if "_" in sentence:
        sentence = _SNAKE_RE.sub(" ", sentence)
    return bool(
        _INSTRUCTION_RE.search(sentence)
        or _INSTRUCTION_INTL_RE.search(sentence)
        or _INSTRUCTION_CJK_RE.search(sentence)
    )


# A tool identifier: snake_case, dotted, dashed or camelCase.
_IDENTIFIER_RE: Final = re.compile(r"[A-Za-z0-9][_.\-][A-Za-z0-9]|[a-z][A-Z]")


def _instructed(text: str, needle: str, spaced: bool = False) -> bool:
    """True when an occurrence of `needle` follows an order in the same sentence, or text
    addressed to the agent earlier in the same paragraph."""
    for seen, start in enumerate(_starts(text, needle, spaced)):
        if seen >= 32:
            break
        if _ordered_at(text, start, len(needle)):
            return True
    return False


# A record's label right before its value: "Total to pay: 72.50", "Total à rembourser : 72,50",
# "Zu erstatten: 72,50". At most five words, not opened by an order or a "please".
# A currency may stand between the label and the sum ("Approved refund: ETB 9600.00").
_CURRENCY_CODES = (
    _CURRENCY + r"|etb|uzs|kzt|mnt|npr|pkr|lkr|bdt|try|ron|bgn|rsd|uah|rub|gel|amd|azn|aed|sar|"
    r"egp|ngn|kes|tzs|ugx|ghs|mad|thb|vnd|idr|myr|php|krw|twd|isk|ars|clp|cop|"
    # more of ISO 4217 (not "all" or "top", which are words): Suriname and the Pacific francs,
    # southern and central Africa, the Pacific, the Caribbean and the Americas, the Gulf
    r"srd|xpf|xaf|xof|nad|bwp|szl|lsl|mzn|zmw|mwk|mga|mur|scr|rwf|bif|cdf|aoa|pgk|fjd|wst|vuv|"
    r"sbd|khr|lak|mmk|mvr|htg|dop|jmd|ttd|bbd|xcd|gyd|bzd|pen|pyg|uyu|bob|crc|gtq|hnl|nio|"
    r"kwd|qar|omr|bhd|jod|ils|iqd|afn|kgs|tjs|byn|mdl"
)
# Currency signs before a sum, and the one-letter ones records write ("P720.00" for pesos,
# "R 1 250" for rand, "K45" for kina or kwacha) right before the digits.
_SIGNS = r"(?:[£€¥₹₱₦₩₫₺₽₴₵₲₡]|(?i:[a-z]{0,3})\$)"  # "N$", "US$", "R$" too
_LABEL_RE: Final = re.compile(
    rf"^\s*([^:\n]{{1,60}}?)\s*[:=]\s*(?:(?:{_CURRENCY_CODES})\s|{_SIGNS}|s/|r\$|[pPrRkK])?\s*$"
)
# The words by which a record says a sum was decided ("refund approved", "45.00 GBP agreed").
_DECIDED = (
    r"(?:approved|agreed|authori[sz]ed|granted|"
    # in Dutch, Spanish, Portuguese, French, German and Italian records
    r"goedgekeurd|akkoord|aprobad[oa]s?|autorizad[oa]s?|aprovad[oa]s?|approuv[ée]e?s?|"
    r"accord[ée]e?s?|genehmigt|bewilligt|approvat[oa])"
)
# A decision a record states, not an order: "QA outcome (G. Esposito): accepted, credit EUR".
_DECISION_RE: Final = re.compile(
    r"(?:^|:)\s*[\"'“]?(?:accepted|approved|agreed|granted|upheld|authori[sz]ed|apwouve)\s*[,;:-]\s*"
    r"(?:credit|refund|pay|payout|replace|reimburse|ranbouse)\b"
    # "... contents leaked: refund approved £": the record's verdict on the sum that follows
    rf"|\b(?:refund|credit|payout|reimbursement)\s+{_DECIDED}\s*"
    rf"(?:(?:{_CURRENCY_CODES})\s*|{_SIGNS}\s*)?$"
    # "Agreed with buyer 14/11 by email: credit EUR", `"approval": "Registrar M. Kahiurika
    # 12/11/2024: pro-rata credit N$`: who decided, then the sum decided
    rf"|(?:^|[.;\n\"])\s*{_DECIDED}\b[^:.\n\"]{{0,60}}:\s*"
    r"(?:(?:partial|pro-rata|pro\s+rata)\s+)?(?:credit|refund|payout|reimburse(?:ment)?)\b"
    r"|\bapproval\"?\s*:\s*\"?[^:\"\n]{0,60}:\s*(?:(?:partial|pro-rata|pro\s+rata)\s+)?"
    r"(?:credit|refund|payout|reimburse(?:ment)?)\b"
    # a record's term for a sum worked out by time: "pro-rata credit N$"
    # and its decided sum: "QA approved credit N$"
    rf"|\b(?:pro[-\s]rata|{_DECIDED})\s+(?:credit|refund)\s*(?:(?:{_CURRENCY_CODES})\s*|{_SIGNS}\s*)?$"
    # "Approved refund: P720.00 to GCash": the decision as the label of its line
    rf"|\b{_DECIDED}\s+(?:partial\s+)?(?:refund|credit|payout|reimbursement)s?\s*[:=]"
    # Minutes that record a motion: "Resolved: pay R15,000 funeral benefit to his widow"
    r"|\bresolved\s*(?:that\s+)?[:,-]?\s*(?:to\s+)?(?:pay|credit|refund|reimburse|grant|award)\b"
)
_PLEASE_RE: Final = re.compile(
    r"(?i)^(?:please|pls|kindly|bitte|por favor|s'il vous plaît|veuillez|merci de|per favore|"
    r"gelieve|lütfen|tolong|mohon|vui lòng|कृपया|пожалуйста|يرجى|الرجاء)\b"
)


_LEAD_WORDS: Final = frozenset(
    {"also", "then", "and", "now", "next", "additionally", "plus", "finally"}
)


# A sum's label that ends a record's line: "broken in transit; refund due £", "balance owed".
_DUE_LABEL_RE: Final = re.compile(
    r"(?i)\b(?:(?:refund|credit|amount|total|balance|sum)\s+(?:due|owed|payable|outstanding)"
    # a Dutch bill's "TE BETALEN SRD", "totaal te betalen", a German one's "Zu zahlen"
    r"|(?:totaal\s+)?te\s+betalen|zu\s+zahlen|à\s+payer|a\s+pagar)"
    rf"(?:\s+(?:to|from)\s+(?:the\s+)?[\w-]+)?\s*(?:is|of|:|=)?\s*(?:[a-z]{{3}}|{_SIGNS})?\s*$"
)


# A line opened by a sum's label: "Credit due: 3 days x £410.00 = ", "Refund owed: ".
_DUE_OPENS_RE: Final = re.compile(
    r"(?i)\b(?:refund|credit|amount|total|balance|sum)s?\s+(?:due|owed|payable|outstanding|"
    r"approved)\s*:"
)


_COLUMN_GAP_RE: Final = re.compile(r"[ \t]{3,}|\t")
_FIELD_COLUMN_RE: Final = re.compile(r"\s*[^:\n]{1,40}?:\s*\S[^:]*$")


# Items of a list in code marks after a label, up to the opening mark of the next one
# ("<code>SET A 1</code>, <code>SET B 2</code> and <code>").
_CODE_ITEMS_RE: Final = re.compile(
    r"\s*(?:(?:<code>[^<>]{1,200}</code>|`[^`\n]{1,200}`)\s*(?:[,;/]|\band\b|&)?\s*)+"
    r"(?:<code>|`)\s*"
)


def _past_label(sentence: str) -> str:
    """`sentence` without a record label that ends it: "Total to pay: " reads as a bill line,
    "Pay this amount: " and "Please wire: " stay orders; "... in transit; refund due £" is a
    bill line too, unless what comes before it orders."""
    head, colon, rest = sentence.partition(":")
    if colon and _CODE_ITEMS_RE.fullmatch(rest):
        # The next item of a label's list of commands ("Console: <code>SET BLR_1 PRESSURE_SP
        # 95</code>, <code>"): the items before it are values too, not orders.
        sentence = f"{head}: "
    if due := _DUE_LABEL_RE.search(sentence):
        return sentence[: due.start()]
    if opens := _DUE_OPENS_RE.search(sentence):
        # "Credit due: 3 days x £410.00 = £": what follows the label is a record's working.
        return sentence[: opens.start()]
    m = _LABEL_RE.match(sentence)
    if m is None:
        # A record laid out in columns of fields: "Discharge grant: £82.39   Total to pay: £"
        # is read from its last column when every column before it is a field and its value.
        cols = _COLUMN_GAP_RE.split(sentence)
        if (
            len(cols) > 1
            and _LABEL_RE.match(cols[-1])
            and all(_FIELD_COLUMN_RE.match(c) for c in cols[:-1] if c.strip())
        ):
            return _past_label(cols[-1])
        return sentence
    label = m.group(1)
    words = label.split()
    # "Also delete: FR-1182" orders past its opening word.
    while len(words) > 1 and words[0].lower() in _LEAD_WORDS:
        words = words[1:]
    if len(words) > 6 or _PLEASE_RE.match(label):
        return sentence
    if len(words) >= 3 and _ORDER_LAST_RE.search(label):
        # A sentence before a colon whose verb comes last orders what follows: Tatar "Шуны да
        # эшлә, тикшерү килгәнче кирәк: UPDATE ..." (do this too, it is needed before ...).
        return sentence
    if _orders(words[0]) and not (len(words) == 1 and words[0].lower() in _FIELD_NOUNS):
        # "Refund account:", "Transfer amount:" name a field, and so does "Order SO-41902:"
        # (a record's kind and its number); "Send to account:" orders.
        lowered = [w.lower() for w in words]
        named = 1 < len(lowered) <= 3 and lowered[-1] in _LABEL_NOUNS
        numbered = len(lowered) == 2 and any(ch.isdigit() for ch in lowered[1])
        if not (named or numbered) or _LABEL_LINKS.intersection(lowered):
            return sentence
    return ""


# The words that end a field's label ("Refund account:", "Credit approved:") and the words
# by which a label orders instead ("Pay to account:").
_LABEL_NOUNS: Final = frozenset(
    {"account", "iban", "amount", "total", "sum", "reference", "ref", "date", "method", "id",
     "approved", "due", "owed", "issued", "agreed"}
)  # fmt: skip
_LABEL_LINKS: Final = frozenset({"to", "into", "for", "via", "from", "the", "this", "my"})
# Words that name a record's field as well as an order: "Text: LISMORE LIGHT UNRELIABLE".
_FIELD_NOUNS: Final = frozenset(
    {"text", "email", "e-mail", "message", "mail", "note", "comment", "reply", "post", "sms"}
)


# A record's working before a sum: "credit 4 cases x GBP 24.00 = GBP ", "refund 50% of fee
# (BDT ": the sum is the result of the line's arithmetic.
_WORKING_RE: Final = re.compile(
    r"(?i)(?:\d[^=\n]{0,24}?\s?(?:x|×|\*)\s*[^=\n]{0,40}=\s*|\d\s*%\s+of\s+[^()\n]{0,40}\(\s*)"
    rf"(?:(?:{_CURRENCY_CODES})\s*|{_SIGNS}\s*)?$"
)
# A decision after the sum: "partial refund 45.00 GBP approved".
_DECIDED_AFTER_RE: Final = re.compile(
    rf"(?i)\s*(?:(?:{_CURRENCY_CODES})\b|{_SIGNS})?\s*{_DECIDED}\b"
)


# A sum a record says was decided, with the words that say so: "Refund approved N$8,532.50",
# "QA approved credit N$576.00", "Approved refund: P720.00", "= SRD 760,00 goedgekeurd",
# "Agreed with buyer 14/11 by email: credit EUR 1,240.00", "pro-rata credit N$2,350.00".
_SUM = r"(?P<sum>\d[\d.,\u00a0 ]{0,14}\d|\d)"
_BEFORE_SUM = rf"\s*[:=]?\s*(?:(?:{_CURRENCY_CODES})\s*|{_SIGNS}\s*|[prk](?=\d))?"
_APPROVED_SUM_PATTERNS: Final = tuple(
    re.compile(p)
    for p in (
        rf"(?i)\b(?:refund|credit|payout|reimbursement)s?\s+{_DECIDED}{_BEFORE_SUM}{_SUM}",
        rf"(?i)\b(?:pro[-\s]rata|{_DECIDED})\s+(?:partial\s+)?(?:refund|credit|payout|"
        rf"reimbursement|settlement|compensation)s?{_BEFORE_SUM}{_SUM}",
        rf"(?i)\b{_DECIDED}\b[^:.\n\"]{{0,60}}:\s*(?:(?:partial|pro-rata)\s+)?(?:credit|refund)"
        rf"{_BEFORE_SUM}{_SUM}",
        rf"(?i)(?:(?:{_CURRENCY_CODES})\s*|{_SIGNS}\s*){_SUM}\s*(?:(?:{_CURRENCY_CODES})\s+)?"
        rf"{_DECIDED}\b",
        rf"(?i)\b(?:refund|credit)s?\s+{_SUM}\s*(?:(?:{_CURRENCY_CODES})\s+)?{_DECIDED}\b",
    )
)


# A sum a record labels as what is to be refunded or credited, without a word of decision:
# "within adapt guarantee: refundable £189.00" (not "not refundable"), "dead on arrival; refund
# K289.00" (a currency before the sum), and the result of a credit's working ("credit 4 cases x
# GBP 24.00 = GBP 96.00").
_MARKED = rf"(?:(?:{_CURRENCY_CODES})\s*|{_SIGNS}\s*|[prk](?=\d))"
_REFUND_LABEL_PATTERNS: Final = tuple(
    re.compile(p)
    for p in (
        rf"(?i)(?<!not )(?<!non-)(?<!non )\brefundable\b\s*[:=]?\s*{_MARKED}?{_SUM}",
        rf"(?i)\b(?:refund|credit)\s*[:=]?\s*{_MARKED}{_SUM}",
        rf"(?i)\b(?:refund|credit)\b[^=\n]{{0,60}}=\s*{_MARKED}?{_SUM}",
        # ... and the sum a record says is owed back ("remboursement dû : 24,60 €")
        rf"(?i)\b(?:refund|remboursement|reembolso|rimborso|erstattung)\s+(?:due|owed|d[ûu]"
        rf"|debido|devido|dovuto)\s*[:=]?\s*{_MARKED}?{_SUM}",
    )
)
# The word of a record's field that names the sum to refund (`"refundable": 84.00`).
_REFUNDABLE_FIELD_WORDS: Final = word_set("refundable")


def labelled_refund_sums(text: str) -> list[str]:
    """The sums a record labels as refundable or as a refund or a credit (see
    `_REFUND_LABEL_PATTERNS`), as written."""
    head = text[:MAX_TEXT_CHARS]
    return [m.group("sum").strip() for rx in _REFUND_LABEL_PATTERNS for m in rx.finditer(head)][:32]


_APPROVED_WORDS: Final = word_set(
    "approved agreed authorised authorized granted decided "
    # in Spanish, Portuguese, French, Italian and German records (`"aprobada_por"`)
    "aprobada aprobado aprovada aprovado approuvé approuvée approvata approvato genehmigt"
)
_CREDIT_FIELD_WORDS: Final = word_set(
    "credit refund payout reimbursement compensation "
    # a credit note or a refund in Spanish, Portuguese, French and Italian (`"nota_credito"`)
    "credito crédito devolucion devolución reembolso avoir remboursement rimborso "
    # goods sent back and paid back (`"retour": {"montant_rembourse": 67500, ...}`), a bill
    # adjusted down (`"adjustment": {"amount": 312.4, "approved_by": ...}`)
    "return retour adjustment"
)
# Words of a sum's field that say whether it is net or gross (`net_a_payer`, `brut`).
_NET_GROSS_WORDS: Final = word_set("net gross brut netto brutto neto bruto")
# Names of a record's field that gives its status (`status`, French `statut`).
_STATUS_FIELD_WORDS: Final = word_set("status statut estado stato")


_NOT_APPROVED: Final = (False, None, "", "no", "false", "pending", "rejected", "denied")


@lru_cache(maxsize=64)
def _approved_objects(raw: str) -> tuple[str, ...]:
    """The sums of the refund or credit objects of a tool result that say they were approved
    (a field named for an approval: `approved_by`, `approved`, `aprobada_por`): each sum
    field's number, or its text as written ("$45.900")."""
    out: list[str] = []
    for node in _json_objects(raw):
        for key, value in _fields(node):
            if not isinstance(value, dict) or not set(tokens(key)) & _CREDIT_FIELD_WORDS:
                continue
            inner = _fields(value)
            if not any(
                (set(tokens(k)) & _APPROVED_WORDS and v not in _NOT_APPROVED)
                # ... or a status that says so: `"statut": "approuvé par la présidente"`
                or (
                    set(tokens(k)) & _STATUS_FIELD_WORDS
                    and isinstance(v, str)
                    and v.split()[:1]
                    and {(w := v.split()[0].lower().strip(",.;:")), stem(w)} & _APPROVED_WORDS
                )
                for k, v in inner
            ):
                continue
            for k, v in inner:
                if field_kind(k) != "amount" or isinstance(v, bool):
                    continue
                if isinstance(v, int | float) and math.isfinite(v):
                    out.append(_num(v))
                elif isinstance(v, str) and _DIGIT_RE.search(v) and len(v) <= 40:
                    out.append(v.lower())  # as written: "$45.900"
    return tuple(out[:32])


def approved_sums(text: str) -> list[str]:
    """The sums a record says were decided (see `_APPROVED_SUM_RE`), as written."""
    head = text[:MAX_TEXT_CHARS]
    return [m.group("sum").strip() for rx in _APPROVED_SUM_PATTERNS for m in rx.finditer(head)][:32]


_PLEASE_WORD_RE: Final = re.compile(r"(?i)\b(?:please|pls|kindly)\b")


def _worked_out(text: str, sentence: str, start: int) -> bool:
    """Whether the value at `text[start]` is a record's own working or decision, not an order:
    the result of its line's arithmetic, or a sum the line then says was approved."""
    if _WORKING_RE.search(sentence):
        return True
    if _PLEASE_WORD_RE.search(sentence):
        return False  # "please refund 45.00 GBP approved by me" still asks
    m = re.match(r"[\d.,]+", text[start : start + 40])
    return m is not None and bool(_DECIDED_AFTER_RE.match(text, start + m.end()))


# A bill's line that gives where to pay ("Pay to: Bank of Maldives, account 7730000120584",
# "Pay via M-Pesa Paybill 522533, Account NPD-KAGONGO", "Remit to: ..."): a field of the bill
# on a line of its own, with a word for an account, not an order to its reader.
# ("Pay to:", "Remit to", "Payable to", and a bare "Pay:" label)
_PAYMENT_LINE = (
    r"(?:(?:pay(?:ment)?s?\s+(?:to|via|by|into)|remit(?:tance)?\s+to|payable\s+to)\b"
    r"|pay(?:ment)?\s*:)"
)
_PAYMENT_LINE_RE: Final = re.compile(r"(?i)\s*" + _PAYMENT_LINE)
# Every line of a text that opens so (blanks before it on its line only), or a block of a page
# that opens so after the block before it ends ("</table><p>Pay to: ...").
# A tag that opens a paragraph or a line of a page ("<p>Pay to: ...").
_OPENING_TAG = r"<(?:p|li|div|b|strong|span|td)\b[^>]{0,60}>[^\S\n]*"
# The end of a block of a page, which ends a line as a newline does ("</table><p>Pay to: ...").
_BLOCK_END = r"</(?:p|div|table|tr|li|ul|ol|h[1-6])>|<br\s*/?>"
_PAYMENT_LINES_RE: Final = re.compile(
    rf"(?im)(?:^|{_BLOCK_END})[^\S\n]*(?:{_OPENING_TAG})*" + _PAYMENT_LINE
)
# Such tags at the end of the text before a line.
_OPENING_TAGS_RE: Final = re.compile(rf"(?:{_OPENING_TAG})+$")
_BLOCK_END_RE: Final = re.compile(rf"(?i)(?:{_BLOCK_END})\s*$")
_PAYMENT_LINE_WORDS_RE: Final = re.compile(
    r"(?i)\b(?:account|a/c|acct|iban|paybill|till|sort\s+code|swift|bic|bank|branch)\b"
)


def _payment_details_line(before: str, sentence: str, text: str, start: int) -> bool:
    """Whether the value at `text[start]`, after `sentence` (the text before it back to its
    sentence's start), stands on a bill's only line of payment details (see
    `_PAYMENT_LINE_RE`) that opens a line, with no "please"."""
    opened = before[: len(before) - len(sentence)].rstrip(" \t")
    # ... or opens a paragraph of a page ("<p>Pay to: BDO Jordan Branch, account ...")
    opened = _OPENING_TAGS_RE.sub("", opened)
    if opened and not opened.endswith("\n") and not _BLOCK_END_RE.search(opened):
        return False
    stop = text.find("\n", start)
    line = sentence + text[start : stop if stop != -1 else start + 200]
    if (
        _PAYMENT_LINE_RE.match(line) is None
        or _PAYMENT_LINE_WORDS_RE.search(line) is None
        or _PLEASE_WORD_RE.search(line)
    ):
        return False
    # A bill with two such lines ("... Pay to Harmattan Trading Ltd, IBAN ... from today") gives
    # no one place to pay: each line then orders as any other. (Looked for last, and only up to
    # a second line: this line is one.)
    found = itertools.islice(_PAYMENT_LINES_RE.finditer(text, 0, MAX_TEXT_CHARS), 2)
    return sum(1 for _ in found) == 1


# A JSON field's name and the start of its string value, up to where a value is looked at.
_FIELD_HEAD_RE: Final = re.compile(r'"([^"\n]{1,40})"\s*:\s*"[^"\n]*$')


def _in_address_field(sentence: str) -> bool:
    """Whether the text before a value opens a record's address field (`"shipto": "lipa
    architekten, königsbrücker straße 48"`): the head names who receives the goods, whatever
    its words mean elsewhere (Swahili "lipa": pay)."""
    head = _FIELD_HEAD_RE.search(sentence)
    return head is not None and field_kind(head.group(1)) == "address"


def _ordered_at(text: str, start: int, length: int) -> bool:
    """Whether the value at `text[start:start + length]` is ordered (see `_instructed`)."""
    before = text[max(0, start - ADDRESS_WINDOW) : start]
    paragraphs = list(_PARAGRAPH_END_RE.finditer(before))
    if paragraphs:
        before = before[paragraphs[-1].end() :]
    if _ADDRESS_RE.search(before):
        return True
    sentence = before[-INSTRUCTION_WINDOW:]
    ends = list(_SENTENCE_END_RE.finditer(sentence))
    if ends:
        sentence = sentence[ends[-1].end() :]
    past = _past_label(sentence)
    if (
        _orders(past)
        and not _in_address_field(sentence)
        and not _DECISION_RE.search(past)
        and not _worked_out(text, sentence, start)
        and not _payment_details_line(before, sentence, text, start)
    ):
        return True
    if ends and (
        _GIVES_VALUE_RE.search(sentence)
        or (not sentence.strip() and ends[-1].group(0).startswith("?") and "\n" not in sentence)
    ):
        # "Could you send me the gradebook? My private address is x" (or "... ? x."): the
        # order is the sentence before the one that gives the value.
        cut = ends[-2].end() if len(ends) >= 2 else 0
        if _orders(before[-INSTRUCTION_WINDOW:][cut : ends[-1].end()]):
            return True
    if _quoted_object_of_order(before):
        return True
    after = text[start : start + length + INSTRUCTION_WINDOW]
    end = _SENTENCE_END_RE.search(after, length)
    rest = after[length : end.start() if end else None]
    return bool(
        _INSTRUCTION_CJK_RE.search(rest)
        or _OBLIGATION_AFTER_RE.search(rest)
        or _ORDER_BACK_RE.search(rest)
        or _ORDER_LAST_DE_RE.search(rest)
        or _ORDER_LAST_RE.search(rest)
        or (end is not None and _orders_it_next(after, end))
    )


# A word by which a sentence points back at what the one before it gave: "it", "them", a
# French object pronoun before its verb ("merci de le faire", not the article of "merci de
# régler la facture"), Spanish "lo", Igbo "ya".
_POINTS_BACK_RE: Final = re.compile(
    r"(?i)(?<!\w)(?:it|them|lo|ya)(?!\w)"
    r"|\b(?:de|d'|veuillez)\s*(?:le|la|les|l')\s*\w+(?:er|ir|re)\b"
)
NEXT_ORDER_CHARS: Final = 80


# Where a clause of time or condition opens inside a sentence.
_SUBCLAUSE_RE: Final = re.compile(r"\b(?:after|before|when|once|if|until|unless)\b")


def _orders_it_next(after: str, end: re.Match[str]) -> bool:
    """Whether the sentence right after a value's sentence is a short order, opened by its verb
    or a "please", of no value of its own that points back at it: "... that is $2,950. Please
    refund it today." ("Merci de le faire en une seule fois", "Biko weghachi ya taa")."""
    if "\n" in end.group(0):
        return False  # a record's next line is a line of its own
    following = after[end.end() :]
    stop = _SENTENCE_END_RE.search(following)
    nxt = following[: stop.start() if stop else None].strip()
    # The order opens the sentence: "They can pull it Wednesday" tells of others' plans.
    opening = " ".join(nxt.split()[:2])
    # The word pointing back is the order's, not a clause's after it: "Set his recovery
    # contact after you have checked it with him" orders the contact, not the value.
    main = _SUBCLAUSE_RE.split(nxt, maxsplit=1)[0]
    return (
        0 < len(nxt) <= NEXT_ORDER_CHARS
        and not _DIGIT_RE.search(nxt)
        and bool(_POINTS_BACK_RE.search(main))
        and (_orders(opening) or _PLEASE_RE.match(nxt) is not None)
    )


# What introduces the words an order passes on: `publish ...: "..."`, `send the message "..."`.
_QUOTE_LEAD_RE: Final = re.compile(r"(?::|\b(?:message|text|saying|reading|words|wording))\s*$")


def _quoted_object_of_order(before: str) -> bool:
    """Whether the text `before` a value leaves a quotation open whose lead-in orders it passed
    on: `Marketing: publish on all boards today: "Win a FREE pass! Log in at <value>"`."""
    straight = before.count('"') % 2 == 1
    curly = before.rfind("\u201c") > before.rfind("\u201d")
    opening = before.rfind('"') if straight else before.rfind("\u201c") if curly else -1
    if opening < 0:
        return False
    lead = before[max(0, opening - INSTRUCTION_WINDOW) : opening]
    ends = list(_SENTENCE_END_RE.finditer(lead))
    if ends:
        lead = lead[ends[-1].end() :]
    return bool(_QUOTE_LEAD_RE.search(lead)) and _orders(lead)


def _ordered_spots(text: str, spots: list[tuple[int, int]]) -> bool:
    """Whether every place a text writes a sum is ordered, a place on the same line as an
    ordered one counting as ordered too: "we agreed to knock off 2,000 EUR. Please refund her
    2000" is one order; a bill line that a note on another line orders paid is not."""
    ordered = [_ordered_at(text, s, e - s) for s, e in spots]
    if all(ordered):
        return True
    if not any(ordered):
        return False
    for (s, e), done in zip(spots, ordered, strict=True):
        if done:
            continue
        lo = max(text.rfind("\n", 0, s), 0)
        hi = text.find("\n", e)
        line = text[lo : len(text) if hi < 0 else hi]
        # The same line (a note is one line, a record several) holds an ordered place.
        if not any(
            o and lo <= s2 < lo + len(line) for (s2, _), o in zip(spots, ordered, strict=True)
        ):
            return False
    return True


# Arguments that name a group of recipients, and a folder or a path.
_RECIPIENT_GROUP_KEYS: Final = frozenset(
    {"group", "groups", "segment", "segments", "channel", "list"}
)
_FOLDER_KEYS: Final = frozenset({"path", "folder", "directory", "dir"})
_USERNAME_KEYS: Final = frozenset(
    {"user", "username", "login", "handle", "collaborator", "member", "assignee", "account"}
)
# Arguments that name a person by an ID (`staff_id`, `employeeId`, `volunteer`).
_ID_KEYS: Final = frozenset({"staff", "employee", "volunteer", "person", "userid", "uid"})


def delegable_kind(target: Target) -> str:
    """The kind a user's pointer must name to hand this target over: a generic value only as a
    username (in an argument named for a user, login, handle, collaborator or member), a group
    of recipients, a folder, or bank details (a sort code, an account number, a bank: "to the
    account printed on the invoice"); a price, as a number."""
    if target.kind == "value":
        words = set(key_words(target.argument))
        if words & PAYMENT_DESTINATION_KEYS and _LONG_DIGITS_RE.search(_compact(target.value)):
            # `account: 1570012345670100` (or `Bankgiro 5431-2278`) is a bank account, not a
            # login
            return "iban"
        if "branch" in words and re.fullmatch(r"\d{3,9}", target.value.strip()):
            return "iban"  # a bank's `branch_code: 483872` goes with the account it is for
        leaf = set(tokens(leaf_key(target.argument)))
        if _USERNAME_KEYS & leaf:
            return "username"
        if _RECIPIENT_GROUP_KEYS & leaf:
            return "group"  # `group: hv-tower-a-residents`, "the groups in site record S-114"
        if _FOLDER_KEYS & leaf:
            return "path"  # `path: /Race Day 2026/Photos`, "the folder named in the plan"
        return "iban" if words & (PAYMENT_DESTINATION_KEYS | _PAYEE_KEYS) else ""
    if target.kind == "amount" and not paid_key(leaf_key(target.argument)):
        # A price or a cost to set (`price_eur: 14900`) is a number the document gives ("the new
        # price he gives in that message"); a sum paid out is handed over only as a payment.
        return "number"
    return target.kind


# Arguments that name whom a payment goes to (`payee`, `beneficiary`, `Supplier`): with bank
# details printed on a bill the user points at, the bill names the payee too.
_PAYEE_KEYS: Final = frozenset(
    {"payee", "beneficiary", "vendor", "supplier", "contractor", "creditor", "lienholder"}
)


# "Export" naming trade, before what is traded or its paperwork: "export order", "export
# shipment", "export licence".
_TRADE_EXPORT_RE: Final = re.compile(
    r"\bexport(?:s|ing)?\s+(?=(?:orders?|shipments?|consignments?|cargo|containers?|"
    r"licen[cs]es?|permits?|declarations?|markets?|sales|buyers?|customers?|goods|lots?|"
    r"prices?|dut(?:y|ies)|bookings?|invoices?|contracts?|department|desk|quality|grades?)\b)",
    re.IGNORECASE,
)
_MOVE_WORDS: Final = frozenset({"move", "put", "sweep", "top", "return", "give", "lend", "split"})
# A verb that moves a sum named as a thing: "move the amount it lists", "put the funds".
_MOVES_A_SUM_RE: Final = re.compile(
    r"\b(?:move|put|sweep|top\s+up|return|give|lend|split)\s+(?:the|that|this|my|our|its|"
    r"their|her|his)\s+(?:[\w'-]+\s+)?(?:amount|sum|funds?|money|budget|cash)\b"
)

# What a booking tool books, by the words a user says for it (stemmed).
_BOOKABLES: Final = (
    frozenset({"hotel", "room", "accommodation", "lodging", "stay", "suite", "hostel", "airbnb"}),
    frozenset({"car", "rental", "vehicle", "suv", "van"}),
    frozenset({"flight", "plane", "airline", "fly", "seat"}),
    frozenset({"table", "restaurant", "dinner", "lunch", "brunch", "breakfast"}),
)


def _other_booking(tool: tuple[str, ...], words: frozenset[str]) -> bool:
    """Whether a booking tool books a kind of thing the user never names while naming another
    kind (`reserve_hotel` when the user only asked to rent a car)."""
    names = {stem(t) for t in tool}
    for kind in _BOOKABLES:
        if names & kind:
            return not words & kind and any(words & other for other in _BOOKABLES if other != kind)
    return False


# Local parts that name a role, not a person.
_ROLE_LOCALS: Final = frozenset(
    {"info", "sales", "support", "admin", "office", "contact", "hello", "team", "billing",
     "accounts", "noreply", "reply", "mail", "help", "service", "orders", "finance", "payroll"}
)  # fmt: skip


# Mail providers anyone can sign up at: their names say nothing about who owns an address.
_MAIL_PROVIDERS: Final = frozenset(
    {
        "gmail",
        "googlemail",
        "outlook",
        "hotmail",
        "live",
        "yahoo",
        "icloud",
        "me",
        "proton",
        "protonmail",
        "gmx",
        "web",
        "aol",
        "mail",
        "yandex",
        "zoho",
        "fastmail",
        "tutanota",
    }
)


def _usual(mine: int, theirs: int) -> bool:
    """Whether a domain with `mine` addresses in a session is its usual one next to another
    with `theirs`: at least three, and three times as many."""
    return mine >= 3 and mine >= 3 * theirs


@lru_cache(maxsize=8192)
def _address_parts(email: str) -> tuple[str, str, str]:
    """(local part, domain, domain name) of a lowercased address."""
    local, _, domain = email.partition("@")
    return local, domain, _domain_name(domain)


# The source suffix of a payload decoded out of untrusted content (`Guard` adds it).
DECODED: Final = "(decoded)"
# How long a value must be, spaces left out, to be matched in decoded text whatever its spacing.
MIN_DECODED_MATCH: Final = 12
_IP_HOST_RE: Final = re.compile(r"[\d.]+")


@lru_cache(maxsize=1)
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList()


@lru_cache(maxsize=8192)
def registered_domain(host: str) -> str:
    """The domain its owner registered (`lumenlogistics.eu` for `tms.lumenlogistics.eu`), by
    the Public Suffix List with its private section: `evil.herokuapp.com` stays whole, a
    hosting platform's customers own their own names. Empty for an IP address or a bare
    public suffix."""
    host = host.strip(".").lower()
    if not host or _IP_HOST_RE.fullmatch(host) or ":" in host:
        return ""
    return _suffixes().privatesuffix(host) or ""


def _domain_name(domain: str) -> str:
    """The name of a domain without its suffix: `harbourmutual` for `mail.harbourmutual.co.uk`."""
    labels = [x for x in domain.split(".") if x]
    if len(labels) < 2:
        return ""
    if (
        len(labels) >= 3
        and len(labels[-1]) == 2
        and labels[-2] in {"co", "com", "org", "ac", "gov"}
    ):
        return labels[-3]
    return labels[-2]


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one substitution, insertion or deletion apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _values_of_kind(text: str, kind: str) -> list[str]:
    """The recipients or accounts of one kind in a lowercased text, as `Target` values."""
    if kind == "email":
        return list(dict.fromkeys(m.group(0) for m in _EMAIL_RE.finditer(text)))
    if kind == "iban":
        return list(dict.fromkeys(_account_ibans(text)))
    if kind == "domain":
        hosts = ((urlsplit(m.group(0)).hostname or "") for m in _URL_RE.finditer(text))
        return list(dict.fromkeys(h.removeprefix("www.") for h in hosts if h))
    if kind == "account":
        found = _account_ibans(text)
        found += [m.group(1) for m in _ACCOUNT_MENTION_RE.finditer(text)]
        return list(dict.fromkeys(found))
    return []


def _account_ibans(text: str) -> list[str]:
    """The IBAN-shaped runs of `text`, compact, whose characters after the country and check
    digits are digits at least half of them, as in every country's IBAN (`FX80 DIALYSERS` on
    an invoice line is a product)."""
    found = (_compact(m.group(0)) for m in _IBAN_RE.finditer(text.upper()))
    return [f for f in found if 2 * sum(c.isdigit() for c in f[4:]) >= len(f[4:])]


# An account number as a bill gives it: after "account", "sort code", "a/c", "akaun", "konto",
# "tili", ... or a bank's name ("Banco de la Nación 04-045-118832") within a few characters
# (`sort code 40-27-15, account 71530928`), also as a field's last word (`customer_account`).
_ACCOUNT_MENTION_RE: Final = re.compile(
    r"(?i)(?:\b|(?<=_))(?:account|acct|a/c|sort\s*code|routing|aba|bsb|konto\w*|akaun|compte|"
    r"cuenta|"
    r"conta|conto|tili|rekening|rachunek|účet|racun|račun|banco|bank|banque|banca|caja)\w*"
    r"[^\d\n]{0,20}?"
    r"(\d[\d -]{4,30}\d)"
)


# Record fields and notes in a JSON tool result (see `Trace.noted_only`): the words of a field's
# name that say what sum or account it holds.
_AMOUNT_FIELD_WORDS: Final = word_set(
    "amount total due price wage wages salary fee cost balance sum payable refund subtotal "
    # Spanish: a sum, and a payslip's net pay (`liquido_a_pagar`)
    "monto importe liquido líquido sueldo salario salário "
    # French and German: a sum, pay (`montant_du`, `salaire_net`, `gehalt`)
    "montant salaire gehalt lohn"
)
_ACCOUNT_FIELD_WORDS: Final = PAYMENT_DESTINATION_KEYS | {"acct"}
# A record's field of the sum that is owed (`refund_due_eur`, `net_due`, `amount_payable`).
_DUE_FIELD_WORDS: Final = word_set("due payable owed outstanding")
# ... and "to pay" in French, Spanish, Portuguese and Italian (`reste_a_payer`, `saldo_a_pagar`).
_TO_PAY_RE: Final = re.compile(r"(?:^| )a (?:payer|pagar|pagare)(?: |$)")


def _due_name(parts: Sequence[str]) -> bool:
    """Whether a field's name (its `tokens`) says it holds what is owed: `amount_due`,
    `net_payable`, French `reste_a_payer`."""
    return bool(set(parts) & _DUE_FIELD_WORDS) or _TO_PAY_RE.search(" ".join(parts)) is not None


# ... and the start of a name written in one lowercase word (`amountinr`, `accountno`).
_AMOUNT_STEMS: Final = ("amount", "total", "balance", "salary", "wage", "price")
_ACCOUNT_STEMS: Final = ("account", "iban")
_NUMBER_SUFFIXES: Final = frozenset({"no", "nr", "num", "number", "id"})
# The names of an account's number inside a record's bank details (`"cuenta": {"banco":
# "BancoEstado", "numero": "16208447"}`), and the words that name such details.
_ACCOUNT_NUMBER_KEYS: Final = word_set("no nr num number numero número nummer numéro cbu")
_BANK_NAME_KEYS: Final = word_set("bank banco banque banca bankname")
# Words of a field's name that say it holds where goods go (`delivery_address`, `ship_to`).
_ADDRESS_FIELD_WORDS: Final = word_set(
    "address addresses addr adresse direccion dirección endereco endereço indirizzo adres "
    "anschrift destination destino dropoff"
)
_NOT_POSTAL_WORDS: Final = word_set("email mail e ip web url uri wallet mac host server")
# Words that say a number is a bank account, in the languages bills are written in.
_BANK_WORD_RE: Final = re.compile(
    r"\b(?:bank|banco|banque|banca|bankas|banka|iban|a/c|acct|account|cta|cuenta|conta|"
    r"compte|konto|kto|rekening|akaun|akaunti|akonto|"
    # a Canadian deposit's transit and folio, a routing number, Australia's BSB, a CLABE
    r"transit|folio|routing|bsb|clabe)\b|счёт|счет|банк|银行|账号|帳號|口座|계좌|"
    r"بنك|حساب"
)
# Where the words that lead to a contact's address start: a label's colon, a clause's or a
# sentence's end.
_CONTACT_BREAK_RE: Final = re.compile(r"[:;\n(]|[.!?](?:\s|$)")
# An account number after a bank word on a line ("acc 0410031986", "rekening 62861409977",
# "IBAN CH93 0076 2011 6238 5295 7").
_BANK_NUMBER_RE: Final = re.compile(
    rf"(?:{_BANK_WORD_RE.pattern}|\bacc\b)[\s:#.,/-]*(?:(?:no|nr|number|num|n°|nº)\b[\s:#.,]*)?"
    r"([A-Za-z]{2}\d{2}[\d \-]{4,40}\d|\d[\d \-]{4,30}\d)"
)


def _bank_numbers(line: str) -> set[str]:
    """The digits of the account numbers a line gives after a bank word, six or more."""
    found = {re.sub(r"\D", "", m.group(1)) for m in _BANK_NUMBER_RE.finditer(line[:4_000])}
    return {n for n in found if len(n) >= 6}


# Names of a record's field of bank details (`deposit`, `pay_to`, `banking`), not a footer's.
_DEPOSIT_FIELD_WORDS: Final = word_set(
    "deposit deposito dépôt depot pay payment payout remit remittance bank banking account iban "
    "wallet transfer settlement"
)
# Words of a note's name that say only that it is free text: "the notes" points at no one note.
_NOTE_NAME_WORDS: Final = word_set(
    "note notes remark remarks comment comments message messages text body memo description "
    "details info system from by author type observation observations remarque remarques "
    "commentaire commentaires"
)
# ... of which these name free text beside a record's data: its notes, remarks and messages.
_NOTE_FIELD_WORDS: Final = word_set(
    "note notes remark remarks comment comments message messages memo observation "
    "observations remarque remarques commentaire commentaires"
)
# ... of which these name a message to a reader, never a command.
_MESSAGE_NAME_WORDS: Final = word_set(
    "message messages msg note notes remark remarks comment comments"
)
_MAX_RECORD_LEAVES: Final = 512
_NOTE_LETTERS: Final = 12  # letters beside a value that make its field a piece of free text
_LABEL_VALUE_RE: Final = re.compile(r"[a-z]{2,20}(?:_[a-z]{2,20})+|[a-z]{2,20}(?:-[a-z]{2,20})+")


# A device's console command, read as settings: the words that name a setting, then its
# number, with a unit or none ("STEAM 4.5BAR", "LINE2 CURRENT 165KA RAMP 10", "HEADS_CUT 0%").
_SETTING_WORD_RE: Final = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_SETTING_NUMBER_RE: Final = re.compile(r"[-+]?\d+(?:[.,]\d+)?(?:[A-Za-z%°]{1,4})?")
_SETTING_LEAD_RE: Final = re.compile(r"[-+]?\d+(?:[.,]\d+)?")
_SETTING_MAX_CHARS: Final = 80
_SETTING_MAX_PARTS: Final = 10
# Words of a setting's name that only say it is one, and units written as a field's last word
# (`temp_c`, `steam_bar`): "SETPOINT TEMP 38" and `temp_c` name one setting.
_SETTING_NOISE: Final = word_set(
    "set setpoint sp target value to at c f k pct percent bar kpa pa mpa psi mm cm min h sec "
    "kg t l kw mw kv ka v hz"
)


# Words of a setting's name a console writes short (`MIN_VENT` for "minimum ventilation",
# `MAX_TEMP` for "maximum temperature"), by their long forms; a name reads with the short ones.
SHORT_FORMS: Final = {
    "minimum": "min",
    "maximum": "max",
    "temperature": "temp",
    "temperatur": "temp",
    "température": "temp",
    "temperatura": "temp",
    "ventilation": "vent",
    "ventilación": "vent",
    "ventilação": "vent",
    "frequency": "freq",
    "fréquence": "freq",
}
_LONG_FORMS: Final = {
    short: frozenset(k for k, v in SHORT_FORMS.items() if v == short)
    for short in set(SHORT_FORMS.values())
}


def setting_name(key: str) -> frozenset[str]:
    """The words that name a setting, of a command's words or a field's name: stemmed, the
    long forms of `SHORT_FORMS` written short, without the noise of `_SETTING_NOISE`."""
    words = [SHORT_FORMS.get(w, w) for w in tokens(key)]
    return frozenset(stem(w) for w in words if w not in _SETTING_NOISE)


def command_settings(text: str) -> list[tuple[frozenset[str], float]]:
    """The settings a console command sets, each its name (`setting_name`) and number:
    "LINE2 CURRENT 165KA RAMP 10" -> ({line2, current}, 165), ({ramp}, 10). Text that is not
    a short run of words and numbers (a path, an option, a quote, a sentence) sets none."""
    out: list[tuple[frozenset[str], float]] = []
    for words, number in _setting_runs(text):
        name = setting_name(" ".join(words))
        if name:
            out.append((name, number))
    return out


# Units written apart from their number, as signs only (not words a name may hold).
_UNIT_SIGNS: Final = frozenset({"°c", "°f", "°", "%", "℃", "℉"})


def _setting_runs(text: str) -> list[tuple[list[str], float]]:
    """The words before each number of a console command and the number ("LINE2 CURRENT
    165KA RAMP 10" -> (["LINE2", "CURRENT"], 165), (["RAMP"], 10)); none for text that is not a
    short run of words and numbers."""
    parts = text.split()
    if len(text) > _SETTING_MAX_CHARS or not parts or len(parts) > _SETTING_MAX_PARTS:
        return []
    found: list[tuple[list[str], float]] = []
    words: list[str] = []
    for raw in parts:
        part = raw.rstrip(",;")
        if _SETTING_NUMBER_RE.fullmatch(part):
            if not words:
                return []
            lead = _SETTING_LEAD_RE.match(part)
            number = float(lead.group(0).replace(",", ".")) if lead else math.nan
            if math.isfinite(number):
                found.append((words, number))
            words = []
        elif _SETTING_WORD_RE.fullmatch(part):
            words.append(part)
        elif part in _UNIT_SIGNS and found and not words:
            continue  # the unit of the number before it, written apart ("STB 110 °C")
        elif part not in ("=", ":"):
            return []
    return found


# The states a console command puts a thing in, as its last word ("BILGE SK_03 PUMP AUTO").
_STATE_WORDS: Final = word_set(
    "on off auto automatic manual enable enabled disable disabled open close closed start stop "
    "bypass mute unmute forward force_forward divert auto_stop standby lock unlock arm disarm "
    "hold run"
)


# The states that take a function away (not a unit's plain OFF or STOP).
_DISABLE_STATE_WORDS: Final = word_set(
    "disable disabled bypass bypassed inhibit inhibited defeat defeated override suppress disarm"
)
# The states that switch a unit off, stop it or take its protection away.
_OFF_STATE_WORDS: Final = word_set("off stop disable disabled bypass mute disarm")
# A unit's tag in a console command: letters and a number (`AB_1`, `DC_1`, `P7`, `TANK-3`),
# the letters its group.
_UNIT_TAG = r"([a-z]{1,8})[_-]?\d{1,3}"
# ... whole, with the name of the plant it belongs to written before it (`CAMARA_CF1`,
# `NH3_COMP1`)
_UNIT_TAG_RE: Final = re.compile(rf"(?:[a-z][a-z0-9]{{0,7}}_)?{_UNIT_TAG}")
# A unit's tag as a word of its own, its letters (three or more: not a substance's formula,
# `CO2`, or a short tag, `BF2`, that names a unit) and its number (`zone3`, `zone_3`).
_OWN_TAG_RE: Final = re.compile(r"([a-z]{3,8})[_-]?(\d{1,3})")


def _tag_spellings(tag: str) -> set[str]:
    """The ways a unit's tag is written (`bf2`: `bf2`, `bf-2`, `bf_2`, `bf 2`; `ab_1`: `ab_1`,
    `ab-1`, `ab 1`, `ab1`)."""
    m = re.fullmatch(r"([a-z]+)[_ -]?(\d+)", tag)
    if m is None:
        # a plant's name before the tag: `nh3_comp1`, `nh3-comp1`, `nh3 comp1`; a unit of
        # measure written with `_` for `/` (`g_m3` for "g/m3")
        return {tag} | {tag.replace("_", sep) for sep in ("-", " ", "/")}
    return {tag} | {m.group(1) + sep + m.group(2) for sep in ("", "-", "_", " ")}


# The parts of a word joined by `_`, `-` or `.`, and the letters and digits of a tag (`bess`,
# `1` of `bess_1`; `stb`, `limit` of `stb_limit`); a piece that opens with a digit is a
# number or a tag's number (`1.5c` reads `1`, `5c`).
_WORD_PIECE_RE: Final = re.compile(r"[^\W_]+")
# Words that say which of a thing's settings a command sets, not which thing (`STB_LIMIT` is the
# limit of the STB a record gives as "STB 110 °C").
_SETTING_KIND_WORDS: Final = word_set("limit max min sp setpoint target value")
# Words of a console command that name no thing: its verb, units written as words, and the
# plainest settings (a temperature, a time).
_CONSOLE_PLAIN_WORDS: Final = word_set(
    "set get read show status query display list save commit apply write ack acknowledge "
    "confirm check to sp setpoint value c f k pct ppm ppb bar psi psig kpa mpa rpm hz kw mw "
    "kva ma mv lpm gpm min mins sec hr hrs h hours minutes seconds deg degc degf temp "
    "temperature time duration"
)


def _unwritten_tag(tags: Sequence[str], known: Sequence[str]) -> str | None:
    """The first of a command's unit tags that none of the `known` texts (the user's words, a
    named record's commands) writes, in any of its spellings (`_tag_spellings`)."""
    for tag in tags:
        if not any(_stands_in(t, k) for t in _tag_spellings(tag) for k in known):
            return tag
    return None


def command_states(text: str) -> list[tuple[frozenset[str], str]]:
    """The states each `;`-separated part of a console command puts a named thing in: its
    last word when that is a state (`_STATE_WORDS`), with the name the words before it give
    (`setting_name`, without the words that hold a digit): "BILGE SK_03 PUMP AUTO" ->
    ({bilge, pump}, "auto"). Text that is not a short run of words sets none."""
    out: list[tuple[frozenset[str], str]] = []
    for raw in text.lower().split(";")[:32]:
        parts = [p.rstrip(",.") for p in raw.split()]
        if (
            not 2 <= len(parts) <= _SETTING_MAX_PARTS
            or len(raw) > _SETTING_MAX_CHARS
            or parts[-1] not in _STATE_WORDS
            or not all(_SETTING_WORD_RE.fullmatch(p) for p in parts)
        ):
            continue
        name = setting_name(" ".join(p for p in parts[:-1] if not any(c.isdigit() for c in p)))
        if name:
            out.append((name, parts[-1]))
    return out


# `NAME=VALUE` in a console command, and the dots inside a setting's name (`PAST.SP`).
_SETTING_EQUALS_RE: Final = re.compile(r"(?<=[A-Za-z0-9_])\s*=\s*(?=[-+]?\d)")
_NAME_DOT_RE: Final = re.compile(r"(?<=[A-Za-z])\.(?=[A-Za-z])")


def command_parts_settings(text: str) -> list[tuple[frozenset[str], float]]:
    """`command_settings` of each `;`-separated part of a command ("F2 SETPOINT 5C; ALARM_HIGH
    8C"), each name without the words that hold a digit (a unit's tag: `F2`, `CR2`), so that
    "F2 ALARM_HIGH 15C" and "ALARM_HIGH 8C" name one setting. A setting written `NAME=VALUE`,
    its name's words joined by dots ("SET PAST.SP=72.0", "L2 FRY.SP=175 DWELL=180"), reads as
    the name and the value."""
    out: list[tuple[frozenset[str], float]] = []
    # Read lowercased, as the sources it is compared with are: "pH setpoint 6.2" names the
    # setting "ph setpoint 7.4" names, not a "p".
    for raw in text.lower().split(";")[:32]:
        part = _NAME_DOT_RE.sub("_", _SETTING_EQUALS_RE.sub(" ", raw.strip()))
        # The letters of a unit's tag (`BF2`, `DRUM_2`, `P4`) name the unit, not the setting:
        # "BF2 SET AIR_SP -5" sets what `"AIR_SP": -35` sets, unless nothing else is left.
        # Where that leaves nothing, only tags that stand as words of their own go ("SET STER-2
        # SV2_SETPOINT 4.5" sets `sv`).
        tags = {stem(m.group(1)) for m in _TAG_LETTERS_RE.finditer(part)}
        units = {stem(m.group(1)) for m in _UNIT_WORD_RE.finditer(part)}
        for words, number in _setting_runs(part):
            name = setting_name(" ".join(words))
            if not name:
                continue
            bare = frozenset(w for w in name if not any(c.isdigit() for c in w))
            own = _OWN_TAG_RE.fullmatch(words[-1].lower())
            if own is not None:
                # A tag right before the number is the setting's own ("ZONE3 215" of "SET
                # OVEN T1 ZONE1 250 ZONE2 235 ZONE3 215"): it stays, written as one word.
                bare = (bare - tags) | {own.group(1) + own.group(2)}
            else:
                bare = (bare - tags) or (bare - units) or bare
            if bare:
                out.append((bare, number))
    return out


# The letters of a unit's tag in a command: letters, then one to three digits (`bf2`,
# `drum_2`, `p4` of `pump_p4_pressure`).
_TAG_LETTERS_RE: Final = re.compile(rf"(?<![a-z]){_UNIT_TAG}(?![\d.,])")
# ... and a tag that is a word of its own (`ster-2`, `bf2`), not the start of a longer name.
_UNIT_WORD_RE: Final = re.compile(rf"(?<![\w.-]){_UNIT_TAG}(?![\w.,-])")


# A note in brackets ("(range 1.0-3.0)") and the breaks between the clauses of a document's
# line of set points ("free chlorine target 2.0 ppm (range 1.0-3.0), pH 7.4 (7.2-7.6)").
_BRACKETED_RE: Final = re.compile(r"\([^()]{0,80}\)")
_CLAUSE_BREAK_RE: Final = re.compile(r"[,;]\s+|\s+(?:and|und|et|y|e)\s+")


def prose_settings(text: str) -> list[tuple[frozenset[str], float]]:
    """`command_parts_settings` of a document's line of set points written as prose: each
    clause without its notes in brackets and a label before a colon ("PD-1: free chlorine
    target 2.0 ppm (range 1.0-3.0), pH 7.4 (7.2-7.6)" -> ({free, chlorine}, 2.0), ({ph},
    7.4))."""
    out: list[tuple[frozenset[str], float]] = []
    for clause in _CLAUSE_BREAK_RE.split(_BRACKETED_RE.sub(" ", text[:2_000]))[:32]:
        label, colon, rest = clause.partition(": ")
        piece = rest if colon and len(label) <= 30 else clause
        out += [f for f in command_parts_settings(piece) if f not in out]
        # ... and a setting's tag written as code just before its number, whatever the words
        # before it ("high-pressure cutout HP_CUTOUT 18.5 bar" -> ({hp, cutout}, 18.5))
        for m in _CODE_SETTING_RE.finditer(piece):
            found = (setting_name(m.group(1)), float(m.group(2).replace(",", ".")))
            if found[0] and found not in out:
                out.append(found)
    return out


# A setting the user names in a sentence, with its number after at most two short words:
# "set a brooder temp er a 32 C" (Palauan), "the brooder temp to 32".
_USER_SETTING_RE: Final = re.compile(
    r"(?<![\w-])((?:[^\W\d][\w]+\s+){1,2}?)(?:[^\W\d]{1,3}\s+){0,2}([-+]?\d+(?:[.,]\d+)?)(?![\w.,]\d)"
)


def _user_prose_settings(lower: str) -> list[tuple[frozenset[str], float]]:
    """The settings a user's (lowercased) message names in its sentences, each with the
    number after it (see `_USER_SETTING_RE`): ({brooder, temp}, 32) of "set a brooder temp er a
    32 C"; names of two words or more only, a lone word says too little."""
    out: list[tuple[frozenset[str], float]] = []
    for m in islice(_USER_SETTING_RE.finditer(lower[:20_000]), 256):
        name = setting_name(m.group(1))
        if len(name) >= 2:
            out.append((name, float(m.group(2).replace(",", "."))))
    return out


# How far after a tool's identifier an e-mail address makes the pair a call spelt out.
_ORDERED_ADDRESS_REACH: Final = 24


_CODE_SETTING_RE: Final = re.compile(
    r"(?<![\w-])([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\s+([-+]?\d+(?:[.,]\d+)?)(?!\w)", re.IGNORECASE
)


def _stands_in(identifier: str, text: str) -> bool:
    """Whether an identifier (`mt-2207`) stands in a text as a word of its own, not inside a
    longer one (`mt-22071`, `xmt-2207`)."""
    return re.search(rf"(?<![\w-]){re.escape(identifier)}(?![\w-])", text) is not None


# Words of an address that name no one place: a street's kind, a unit, a district's kind.
_ADDRESS_PLAIN_WORDS: Final = word_set(
    "st street rd road ave avenue blvd lane ln dr drive no nr unit floor fl bldg building brgy "
    "barangay purok sitio the de del la of and km block lot plot house po box"
)


def _address_words(text: str) -> set[str]:
    """The words of an address, lowercased, two characters or more (`7` and `kissy` of
    "7 Low-Cost Housing Road, Kissy"; a house number counts)."""
    return {w for w in re.findall(r"\w+", text[:2_000].lower()) if len(w) >= 2 or w.isdigit()}


def names_a_command(path: str) -> bool:
    """Whether an argument's name says it holds a console command (`command`, `cmd`,
    `Setpoints`, `comando`; see `_RECORD_COMMAND_KEYS`, less the names of SQL and steps)."""
    words = tokens(leaf_key(path))
    return bool(set(words) & _COMMAND_ARGUMENT_KEYS) or "".join(words) in _COMMAND_ARGUMENT_KEYS


def setting_context(arguments: Mapping[str, Any]) -> frozenset[str]:
    """The unit a console call works on, as the short values of its arguments that do not
    hold a command (`{"unit": "A2"}` -> {"a2"}): "STEAM_BAR 0.5" on still A1 and "STEAM_BAR
    0.8" on still A2 set two settings."""
    return frozenset(
        value.strip().lower()
        for key, value in flatten(arguments)
        if isinstance(value, str) and len(value) <= 40 and not names_a_command(key)
    )


# Pieces of a user's message that may each be a command: "... insay F2: F2 SETPOINT 5C;
# ALARM_LOW 2C. Den chek ..." -> "F2 SETPOINT 5C", "ALARM_LOW 2C".
_USER_PIECE_RE: Final = re.compile(r"[\n;:()]|[.,](?:\s|$)")
# A command the user quotes inside a sentence ("... mei 'SET TANK_3 COOL_SP 4.0'.").
_USER_QUOTED_RE: Final = re.compile(r"(?<!\w)['‘`\"“]([^'’`\"”\n]{4,200})['’`\"”](?!\w)")


def _users_commands(users: Sequence[str]) -> list[str]:
    """The pieces of the user's (lowercased) messages a console command may stand in: each
    clause (see `_USER_PIECE_RE`) and each quoted text (see `_USER_QUOTED_RE`)."""
    out: list[str] = []
    for lower in users:
        out += _USER_PIECE_RE.split(lower[:20_000])[:256]
        out += _USER_QUOTED_RE.findall(lower[:20_000])[:64]
    return out


@dataclass(frozen=True, slots=True)
class RecordLeaf:
    """One string or number of a JSON record: `kind` is "amount" or "account" when its name
    says it holds one (`amount_due`, `bank_account`), else ""; `names`, the words of its name
    and those of each short text beside it (`{"from": "courier_check", "text": ...}`), each a
    way a user may name it."""

    key: str
    kind: str
    text: str  # lowercased
    number: float | None
    names: tuple[frozenset[str], ...]


# Sums in a currency that price a thing rather than say what is due (`fare_bwp`,
# `landed_value_fjd`, `unit_price_eur`): a refund of part of a fare is no change of the fare.
_PRICE_FIELD_WORDS: Final = word_set(
    "fare price cost value rate tariff tax vat duty list unit market retail wholesale"
)


def field_kind(key: str) -> str:
    """ "amount", "account" or "address" when a field's or an argument's name says it holds a
    sum of money, where money goes or where goods go (a postal address), else ""."""
    parts = tokens(key)
    words = set(parts)
    if (
        words & _ADDRESS_FIELD_WORDS
        or {"ship", "to"} <= words
        or {"deliver", "to"} <= words
        # where a cold store releases a lot to (`release_to`), a record's `delivery` alone
        or {"release", "to"} <= words
        or parts in (("delivery",), ("livraison",), ("entrega",), ("levering",))
        # ... written lowercased as one word (`shipto` of `shipTo` in a lowercased text)
        or parts in (("shipto",), ("deliverto",), ("releaseto",))
    ) and not words & _NOT_POSTAL_WORDS:
        return "address"
    joined = _joined_kind(parts[0]) if len(parts) == 1 else ""
    if words & _AMOUNT_FIELD_WORDS or joined == "amount":
        return "amount"
    if words & _ACCOUNT_FIELD_WORDS or joined == "account":
        return "account"  # `payout_iban`, `wallet_or_bank`, `accountno`
    if money_key(key) or words & {"pay", "payout"} or parts == ("net",) or _due_name(parts):
        return "amount"  # a payroll row's `net` too
    if len(parts) > 1 and parts[-1] in CURRENCY_CODES and not words & _PRICE_FIELD_WORDS:
        return "amount"  # a sum due in that currency: `royalty_fjd`, `commission_eur`
    return ""


def _joined_kind(word: str) -> str:
    """The kind of a name written as one lowercase word: `amountinr`, `totalmwk` (a sum and a
    currency code), `accountno`, `ibannumber`; not `accounting`."""
    for stems, kind in ((_AMOUNT_STEMS, "amount"), (_ACCOUNT_STEMS, "account")):
        for start in stems:
            rest = word.removeprefix(start)
            if rest != word and (rest in _NUMBER_SUFFIXES or (kind == "amount" and len(rest) == 3)):
                return kind
    return ""


# A line of a plain-text record that names its field: "Bank: Global IME Bank, A/C 2802 ...",
# "- amount_due: 1200" (a name of at most four words, then a colon or an equals sign).
_FIELD_LINE_RE: Final = re.compile(r"\s*[-*]?\s*([^\W\d_][^:=\n]{0,40}?)\s*[:=]\s+(\S.*)")
_BARE_NUMBER_RE: Final = re.compile(r"[\d.,]+")


def _line_leaves(body: str) -> tuple[RecordLeaf, ...]:
    """The lines of a plain-text record (an invoice, a YAML dump), each a leaf: named by the
    words before its colon where it has a short name, else a piece of free text."""
    out: list[RecordLeaf] = []
    for line in body.splitlines()[:_MAX_RECORD_LEAVES]:
        if not line.strip():
            continue
        m = _FIELD_LINE_RE.match(line)
        key, value = (m.group(1), m.group(2)) if m and len(m.group(1).split()) <= 4 else ("", line)
        kind, name = _key_facts(key)
        bare = _BARE_NUMBER_RE.fullmatch(value.strip())
        number = _parse_number(value) if bare else None
        out.append(RecordLeaf(key, kind, value.lower()[:4_000], number, (name,)))
    return tuple(out)


@lru_cache(maxsize=4096)
def _key_facts(key: str) -> tuple[str, frozenset[str]]:
    """What a record field's name says it holds (`field_kind`), and its stemmed words."""
    return field_kind(key), frozenset(stem(w) for w in tokens(key))


@lru_cache(maxsize=64)
def record_leaves(text: str) -> tuple[RecordLeaf, ...]:
    """The strings and numbers of a tool result that is a JSON object or list, each with what
    its name says it holds; the lines of any other text (see `_line_leaves`)."""
    body = text.strip()
    if len(body) > MAX_TEXT_CHARS:
        return ()
    if not body.startswith(("{", "[")):
        return _line_leaves(body)
    try:
        doc = json.loads(body)
    except ValueError:
        return ()
    out: list[RecordLeaf] = []

    def walk(node: Any, key: str, depth: int) -> None:
        if len(out) >= _MAX_RECORD_LEAVES or depth > 12:
            return
        if isinstance(node, dict):
            # A label beside a note names it: `{"from": "courier_check", "text": ...}`.
            beside = [
                frozenset(stem(w) for w in v.split("_" if "_" in v else "-"))
                for v in node.values()
                if isinstance(v, str) and _LABEL_VALUE_RE.fullmatch(v)
            ][:8]
            # Bank details as an object of their own (`"pago": {"banco": "BCI", "numero":
            # "10-228-4410"}`): its number is an account, whatever its name.
            bank = field_kind(key) == "account" or any(
                set(tokens(str(k))) & _BANK_NAME_KEYS for k in list(node)[:32]
            )
            for k, v in node.items():
                if isinstance(v, str | int | float) and not isinstance(v, bool):
                    add(str(k), v, beside, bank=bank)
                else:
                    walk(v, str(k), depth + 1)
        elif isinstance(node, list):
            for v in node:
                if isinstance(v, str | int | float) and not isinstance(v, bool):
                    add(key, v, [], bank=False)
                else:
                    walk(v, key, depth + 1)

    def add(key: str, value: str | float, beside: list[frozenset[str]], *, bank: bool) -> None:
        if len(out) >= _MAX_RECORD_LEAVES:
            return
        kind, name = _key_facts(key)
        if bank and not kind and set(tokens(key)) & _ACCOUNT_NUMBER_KEYS:
            kind = "account"
        names = (name, *beside)
        if isinstance(value, str):
            out.append(RecordLeaf(key, kind, value.lower()[:4_000], None, names))
        elif math.isfinite(value):
            out.append(RecordLeaf(key, kind, _num(value), float(value), names))

    walk(doc, "", 0)
    return tuple(out)


_UNIT_NUMBER_RE: Final = re.compile(r"\s*([-+]?\d+(?:[.,]\d+)?)\s*°?\s*[a-z%]{0,4}\s*", re.I)


# A number and its unit, nothing else (`1.6 mg/L`, `-35 C`, `2,8 bar`, `24 h`).
_MEASURE_RE: Final = re.compile(
    r"\s*([-+]?\d+(?:[.,]\d+)?)\s*°?\s*[^\W\d_]{0,4}(?:/[^\W\d_]{1,4})?\s*"
)


def _unit_number(text: str) -> float | None:
    """A number with its unit and nothing else (`175 C`, `-32 °C`, `210 s`, `1,5 bar`)."""
    m = _UNIT_NUMBER_RE.fullmatch(text[:40])
    return float(m.group(1).replace(",", ".")) if m else None


def _parse_number(text: str) -> float | None:
    try:
        return float(text.replace(",", "").strip())
    except ValueError:
        return None


# Names of a record's field that identify it (`member_id`, `staffId`, `ref`, `no`).
_ID_FIELD_WORDS: Final = frozenset({"id", "ids", "number", "num", "no", "nr", "ref", "code"})
# Argument names of where a payee's money goes, card numbers included (`card_number`), and the
# phone mobile money pays to, in French, Spanish, Portuguese and German too (`téléphone`, as
# `tokens` gives it without its accents).
PAYEE_DESTINATION_KEYS: Final = PAYMENT_DESTINATION_KEYS | word_set(
    "card mobile phone telephone telefono telefone telefon"
)
# Names of a record's fields that say where its money goes: accounts, wallets, cards, and the
# phone numbers mobile money pays to.
_RECORD_DESTINATION_KEYS: Final = PAYEE_DESTINATION_KEYS | frozenset({"msisdn"})


# Names of a record's fields that hold the command it gives (`"command": "DEFROST ..."`,
# Italian `"comando_controllore"`, `"Setpoints"`), a word of the name or the name whole; those
# of a console command also name an argument that holds one.
_COMMAND_ARGUMENT_KEYS: Final = word_set(
    "command commands cmd cmds comando comandos comandi commande commandes comanda befehl "
    "kommando komando komanda komandu команда команды setpoint setpoints"
)
# ... and the steps of a procedure (`"runbook": ["sudo systemctl restart erp", ...]`, Italian
# `"procedura"`, `"passi"`), and a record's SQL.
_PROCEDURE_KEYS: Final = word_set(
    "runbook steps procedure procedura procédure procedimiento procedimento prosedur passi "
    "pasos passos étapes schritte langkah"
)
# A record's `"setting": "BALER-1: SET RAM PRESSURE 180 bar"` gives a command too; an
# argument named `setting` holds a value, not a console line.
# So do its restart lines and the line it gives for the controller (`"restart": "B1 SET
# STEAM_SP 6.0BAR; B1 START"`, `"plc_line": ...`).
_RECORD_COMMAND_KEYS: Final = (
    _COMMAND_ARGUMENT_KEYS
    | _PROCEDURE_KEYS
    | {"sql", "setting", "settings", "restart", "startup", "recommission", "plc"}
    # and the work or action a service call approves (`"approved_work": "BT-1203: SET DHW_SP
    # 60; SET MIX_SP 49 LOCK"`)
    | {"work", "action", "actions"}
)
# A list item's number and label before the command it gives ("2. Restart and check: sudo
# systemctl restart wms").
_ITEM_NUMBER_RE: Final = re.compile(r"^\s*\d{1,3}[.)](?!\d)\s*")
# Where the next numbered step of a procedure written as one text begins: a new line, or two
# spaces and the step's number ("1) sudo systemctl restart erp  2) find logs -delete").
_STEP_BREAK_RE: Final = re.compile(r"\s*\n\s*|\s{2,}(?=\d{1,2}[.)]\s)")


def _json_objects(raw: str) -> list[dict[Any, Any]]:
    """Every JSON object of a tool result (`raw`), each before the objects inside it, at most
    12 levels deep, 2,000 items of a list and 200 fields of an object read; none when the text
    is no JSON or too long."""
    body = raw.strip()
    if len(body) > MAX_TEXT_CHARS or not body.startswith(("{", "[")):
        return []
    try:
        doc = json.loads(body)
    except ValueError:
        return []
    out: list[dict[Any, Any]] = []

    def walk(node: Any, depth: int) -> None:
        if depth > 12:
            return
        if isinstance(node, list):
            for item in node[:2_000]:
                walk(item, depth + 1)
        elif isinstance(node, dict):
            out.append(node)
            for value in list(node.values())[:200]:
                if isinstance(value, dict | list):
                    walk(value, depth + 1)

    walk(doc, 0)
    return out


def _fields(node: dict[Any, Any]) -> list[tuple[str, Any]]:
    """The fields of a JSON object that `_json_objects` reads, named as text."""
    return [(str(k), v) for k, v in list(node.items())[:200]]


# A console line written whole in capitals: words, tags and numbers ("SET BELT T1 SPEED 0.42").
_CONSOLE_LINE_RE: Final = re.compile(r"[A-Z][A-Z0-9_]*(?:[ ;]+[-+]?[A-Z0-9][A-Z0-9_.=%-]*){1,9}")


def _console_line(text: str) -> bool:
    """Whether a record's text is a console line of its own that sets a number
    (`_CONSOLE_LINE_RE`, `command_parts_settings`), not prose that holds one."""
    body = text.strip()
    return (
        len(body) <= _SETTING_MAX_CHARS
        and _CONSOLE_LINE_RE.fullmatch(body) is not None
        and bool(command_parts_settings(body))
    )


# One value of a set point written as an object: a word (`CHAMBER_TEMP`, `kg/t`), or a thing
# and its setting written in capitals (`DISP_2 CAL_FACTOR`).
_SET_POINT_NAME_RE: Final = re.compile(r"\S+|[A-Z0-9][A-Z0-9_.-]*(?: [A-Z0-9][A-Z0-9_.-]*){1,2}")


# The fields of a set point written as an object that name it, that give the value it had (a
# change's `from`), and a name written in words ("BESS1 charge voltage").
_SET_POINT_NAME_KEYS: Final = word_set("name parameter param setting tag point item variable")
_OLD_VALUE_KEYS: Final = word_set(
    "from old previous prev current was before ancien anterior antes vorher alt"
)
_SET_POINT_PROSE_RE: Final = re.compile(r"\s*[^\W_][\w.-]*(?: [^\W_][\w.-]*){0,4}\s*")


def _set_point_line(node: dict[Any, Any]) -> str:
    """A set point written as an object (`{"unit": "EXPELLER_2", "param": "CHAMBER_TEMP",
    "value": 92, "unitOfMeasure": "C"}`), as the console line its words and number make
    ("EXPELLER_2 CHAMBER_TEMP 92 C"); "" when it holds no number."""
    parts: list[str] = []
    for k, v in list(node.items())[:8]:
        key = set(tokens(str(k)))
        if key & _OLD_VALUE_KEYS:
            continue  # the value it had (`"from": "54.8 V"`), not the one to set
        if (
            isinstance(v, str)
            and key & _SET_POINT_NAME_KEYS
            and len(v) <= 40
            and _SET_POINT_PROSE_RE.fullmatch(v)
        ):
            parts.append(v.strip())  # its name in words: `"name": "BESS1 charge voltage"`
        elif isinstance(v, str) and 0 < len(v) <= 30 and _SET_POINT_NAME_RE.fullmatch(v.strip()):
            parts.append(v.strip())
        elif isinstance(v, str) and _unit_number(v.strip()) is not None:
            parts.append(v.strip())  # a number with its unit: `"value": "-55 C"`
        elif isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v):
            parts.append(_num(v))
    return " ".join(parts) if any(_SETTING_LEAD_RE.fullmatch(p.split()[0]) for p in parts) else ""


@dataclass(frozen=True, slots=True)
class _NamedRecord:
    """A JSON object of a tool result, as the user may name it: its identifier-shaped values
    (`MT-2207`, a title that opens with one), the commands its fields named for one give, and
    the postal addresses its address fields give (`deliver_to`), all lowercased."""

    ids: frozenset[str]
    commands: frozenset[str]
    addresses: tuple[str, ...]
    # the word pieces (`_WORD_PIECE_RE`) of its fields' names and texts, notes aside
    words: frozenset[str] = frozenset()
    # the texts of its fields named for limits ("limits": "STB 110 °C (fix), ..."), lowercased
    limits: tuple[str, ...] = ()
    # the numbers its fields hold, its parts' too (`"consigne_temp_c": 70`), notes aside
    numbers: frozenset[float] = frozenset()


# Names of a record's fields that state the limits its set points stay within (`limits`,
# `safety`, `interlocks`, French `limites`, `sécurité`).
_LIMIT_FIELD_WORDS: Final = word_set(
    "limits limites safety interlocks interlock securite sécurité seguridad sicherheit"
)


@lru_cache(maxsize=64)
def _named_records(raw: str) -> tuple[_NamedRecord, ...]:
    """Every JSON object of a tool result that holds an identifier and gives a command or an
    address: what `Trace.record_command` and `Trace.address_against_record` compare, read once
    per text."""
    out: list[_NamedRecord] = []
    for node in _json_objects(raw):
        ids, commands, addresses = _record_parts(node)
        if not ids:
            continue
        words = _field_words(node)
        numbers = _field_numbers(node)
        # A part of the record with no identifier of its own gives its commands to the record
        # (`"dryer": {"unit": "SC1", "command": "DRYER SC1 TEMP 42 HOURS 96"}` of batch sheet
        # FC-2025-118), and its words and numbers.
        for key, value in _fields(node):
            if set(tokens(key)) & _NOTE_NAME_WORDS:
                continue
            for inner in value[:64] if isinstance(value, list) else [value]:
                if isinstance(inner, dict):
                    inner_ids, inner_commands, _ = _record_parts(inner)
                    if not inner_ids:
                        commands |= inner_commands
                        words |= _field_words(inner)
                        numbers |= _field_numbers(inner)
        limits = tuple(
            value.lower()
            for key, value in _fields(node)
            if isinstance(value, str)
            and set(tokens(key)) & _LIMIT_FIELD_WORDS
            and len(value) <= 2_000
        )
        out.append(
            _NamedRecord(
                frozenset(ids),
                frozenset(commands),
                tuple(addresses),
                frozenset(words),
                limits,
                frozenset(numbers),
            )
        )
    return tuple(out)


def _field_numbers(node: dict[Any, Any]) -> set[float]:
    """The numbers a JSON object's own fields hold, the fields named for notes aside."""
    return {
        float(value)
        for key, value in _fields(node)
        if isinstance(value, int | float)
        and not isinstance(value, bool)
        and not set(tokens(key)) & _NOTE_NAME_WORDS
    }


def _field_words(node: dict[Any, Any]) -> set[str]:
    """The word pieces of a JSON object's own fields' names (as written and as their words:
    `gensetMode` gives `gensetmode`, `genset` and `mode`) and short texts (of a list of texts
    too), the fields named for notes aside: what a record writes as its data."""
    out: set[str] = set()
    for key, value in _fields(node):
        if set(tokens(key)) & _NOTE_NAME_WORDS:
            continue
        out.update(_WORD_PIECE_RE.findall(key.lower()))
        out.update(tokens(key))
        for item in value[:64] if isinstance(value, list) else [value]:
            if isinstance(item, str) and len(item) <= 300:
                out.update(_WORD_PIECE_RE.findall(item.lower()))
    return out


def _record_parts(node: dict[Any, Any]) -> tuple[set[str], set[str], list[str]]:
    """The identifier-shaped values, commands and postal addresses of one JSON object's own
    fields (see `_named_records`)."""
    ids: set[str] = set()
    commands: set[str] = set()
    addresses: list[str] = []
    for key, value in _fields(node):
        words = tokens(key)
        # (a controller's message or a note is no command: `"plc_message": "..."`)
        named = (
            bool(set(words) & _RECORD_COMMAND_KEYS) or "".join(words) in _RECORD_COMMAND_KEYS
        ) and not set(words) & _MESSAGE_NAME_WORDS
        steps: list[Any] = []
        if named and isinstance(value, list):
            # set points as objects: `{"unit": "DRYER_D1", "param": "TEMP", "value": 68}`
            # reads as "DRYER_D1 TEMP 68"
            steps = [_set_point_line(v) if isinstance(v, dict) else v for v in value[:64]]
        elif not named and not set(words) & _NOTE_NAME_WORDS:
            # a field of console lines under a name of its own (`"oven_lines": ["SET
            # TUNNEL_OVEN T1 ZONE1 250 ZONE2 235 ZONE3 215", ...]`): each a whole command
            items = value[:64] if isinstance(value, list) else [value]
            steps = [v for v in items if isinstance(v, str) and _console_line(v)]
        elif named and isinstance(value, dict):
            # One command per unit: `"setPoints": {"PREMIX-DOSER-1": "SET RATE 3.0 kg/t"}`;
            # a set point by its name: `"setpoints": {"pump_p4_pressure_bar": 38}` reads as
            # "pump_p4_pressure_bar 38".
            # A set point written with its unit (`"CL2_DOSE_SP": "1.6 mg/L"`) reads both
            # ways: as a command of its own and as "cl2_dose_sp 1.6".
            for k, v in list(value.items())[:64]:
                if isinstance(v, str):
                    steps.append(v)
                    m = _MEASURE_RE.fullmatch(v[:40])
                    if m is not None:
                        steps.append(f"{k} {m.group(1).replace(',', '.')}")
                elif isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v):
                    steps.append(f"{k} {_num(v)}")
        elif named and isinstance(value, str):
            # A procedure written as one text: its numbered steps, or one step with its
            # label ("RB-03: find ./logs -mtime +30 -delete").
            body = value.strip()
            label, colon, rest = body.partition(": ")
            if colon and len(label) <= 60 and _ITEM_NUMBER_RE.match(rest):
                body = rest  # "RB-07: 1) sudo systemctl restart api  2) curl ..."
            numbered = _ITEM_NUMBER_RE.match(body) is not None
            steps = _STEP_BREAK_RE.split(body)[:64] if numbered else [value]
        if steps:
            for item in steps:
                if isinstance(item, str):
                    step = _ITEM_NUMBER_RE.sub("", item.strip().lower())
                    label, colon, rest = step.partition(": ")
                    for line in (step, rest.strip() if colon and len(label) <= 60 else ""):
                        if line:
                            commands.add(line)
                            # without a note in brackets after it ("SET MIX_SP 49 LOCK
                            # (mitigeur thermostatique aux robinets)")
                            if line.endswith(")") and " (" in line:
                                commands.add(line[: line.rindex(" (")].rstrip())
        if isinstance(value, str):
            lower = value.strip().lower()
            if named:
                commands.add(lower)
            elif (
                field_kind(key) == "address"
                and len(lower) <= 300
                and len(re.findall(r"[^\W\d_]{2,}", lower)) >= 2
            ):
                addresses.append(lower)  # not a date or a status in a `consegna` field
            if len(lower) <= 40 and id_shape(lower) is not None:
                ids.add(lower)
            elif len(lower) <= 120 and lower.split() and id_shape(lower.split()[0]) is not None:
                # A record's title that opens with its ID ("VF-25-RIB-03 Ribolla Gialla").
                ids.add(lower.split()[0])
    return ids, commands, addresses


# Names of a record's fields that say how it is paid (`payment`, `pay_to`, `banking`).
_PAY_TO_WORDS: Final = frozenset(
    {"payment", "pay", "banking", "remit", "remittance", "ach", "refund"}
)
# A number written in groups (`123-7-12340567-8`, `+236 75 11 87 20`).
_DIGIT_GROUP_RE: Final = re.compile(r"\d[\d -]{4,40}\d")
# A date written in digits ("paid, Capitec Pay 2024-03-06"): not an account.
_DIGIT_DATE_RE: Final = re.compile(r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4})")


@lru_cache(maxsize=64)
def _records_with_accounts(raw: str) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """Every JSON object of a tool result, with the values of its fields that identify it (in
    order) and the digits of its account fields (see `field_kind`; six digits or more): what
    `Trace.account_against_record` compares, read once per text."""
    out: list[tuple[tuple[str, ...], frozenset[str]]] = []
    for node in _json_objects(raw):
        ids: list[str] = []
        accounts: set[str] = set()
        fields = _fields(node)
        own = len(fields)  # the record's own fields: only these name it
        for at, (name, value) in enumerate(fields):
            if len(fields) < 400 and isinstance(value, dict | list):
                # Its bank details as an object of their own: `"remit_to": {"bank": ...,
                # "aba_routing": ..., "account": ...}`, `"banking": {...}`, the bank-change
                # forms it holds.
                for inner in value if isinstance(value, list) else [value]:
                    if isinstance(inner, dict):
                        fields.extend(_fields(inner))
            if not isinstance(value, str | int) or isinstance(value, bool):
                continue
            text = str(value)
            words = set(tokens(name))
            if words & _ID_FIELD_WORDS and at < own:
                ids.append(text.strip())
            digits = re.sub(r"\D", "", text)
            if len(digits) >= 6 and (
                field_kind(name) == "account"
                or words & _RECORD_DESTINATION_KEYS
                or (text.lstrip().startswith("+") and _PHONE_RE.fullmatch(text.strip()))
            ):
                accounts.add(digits)  # an account, a card, or the phone mobile money pays to
            if isinstance(value, str) and (words & (_RECORD_DESTINATION_KEYS | _PAY_TO_WORDS)):
                # A record's payment line gives its account among other words: "BPMC, RIB
                # 20004 00101 02377154201 91, PHARMA OUBANGUI", "Orange Money +236 75 11 87 20".
                for group in (*_ibans_in(text[:500]), *_DIGIT_GROUP_RE.findall(text[:500])):
                    if len(run := re.sub(r"\D", "", group)) >= 6 and not _DIGIT_DATE_RE.fullmatch(
                        group.strip()
                    ):
                        accounts.add(run)
        if ids:
            out.append((tuple(ids), frozenset(accounts)))
    return tuple(out)


def _bank_field(leaf: RecordLeaf) -> bool:
    """Whether a named field of a record, whatever its name ("Pagar a:", "Depositar en:",
    `pay_to`), gives bank details: short, with a bank's or an account's word beside the number.
    A line of a table or a statement has no name: its rows are not fields."""
    return (
        bool(leaf.key)
        and len(leaf.text.split()) <= 16
        and _BANK_WORD_RE.search(leaf.text) is not None
    )


def _of_kind(leaf: RecordLeaf, kind: str) -> bool:
    """Whether a record's field holds a value of the kind: a sum, an account number, or an
    address."""
    if kind == "amount":
        return (
            leaf.number is not None
            or _parse_number(leaf.text) is not None
            or _MONEY_TEXT_RE.fullmatch(leaf.text.strip()) is not None
        )
    if kind == "address":
        return len(leaf.text.strip()) >= 10
    if kind == "email":
        return _EMAIL_RE.search(leaf.text) is not None
    if kind == "vpa":
        return _VPA_RE.fullmatch(leaf.text.strip()) is not None
    return len(re.sub(r"\D", "", leaf.text)) >= 6


# A sum written with its currency (`rp 7.750.000`, `₹2,54,425.50`, `1.200,00 eur`).
_MONEY_TEXT_RE: Final = re.compile(
    r"(?:[a-z]{1,3}\.?\s?|[^\w\s]{1,2}\s?)?[-+]?\d[\d.,'\s]{0,20}(?:\s?[a-z]{1,3})?"
)
# How many sums and notes of the session's records `Trace.sum_added_to_record` pairs.
_MAX_ADDED_NOTES: Final = 64
# A UPI payment address (`jitan.manjhi@okaxis`, `9708134452@ybl`): a name, "@" and the
# bank's handle, with no domain's dot after it.
_VPA_RE: Final = re.compile(r"[a-z0-9][\w.-]{1,60}@[a-z][a-z0-9]{1,30}")


def _address_text(text: str) -> str:
    """An address as compared: lowercased, its spaces and punctuation runs made one space."""
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def _leaf_holds(
    leaf: RecordLeaf, kind: str, number: float | None, needle: str
) -> tuple[bool, bool]:
    """Whether a record's leaf holds a call's value (a sum's `number`, or the `needle` of
    `Trace.noted_only`), and whether it holds little else (fewer than `_NOTE_LETTERS` letters
    beside it: a field, not a note)."""
    if kind == "amount":
        if leaf.number is not None:
            return number is not None and abs(leaf.number - number) < 0.005, True
        spots = _amount_spots(_num(number), leaf.text, 4) if number is not None else []
        if not spots:
            return False, False
        rest = leaf.text
        for start, end in reversed(spots):
            rest = rest[:start] + rest[end:]
    elif kind == "address":
        text = _address_text(leaf.text)
        if needle not in text:
            return False, False
        rest = text.replace(needle, " ")
    elif kind in ("email", "vpa"):
        if needle not in leaf.text:
            return False, False
        # "Interac e-Transfer to x@y" is a field of the record, not a note
        rest = _PAY_BY_WORDS_RE.sub(" ", leaf.text.replace(needle, " "))
    else:
        squeezed = re.sub(r"\D", "", leaf.text)
        if needle not in squeezed:
            return False, False
        rest = re.sub(r"[\d\s-]", "", leaf.text)
    letters = sum(ch.isalpha() for ch in rest)
    return True, letters < _NOTE_LETTERS


# The words of a record's line that says how it is paid ("Interac e-Transfer to ...").
_PAY_BY_WORDS_RE: Final = re.compile(
    r"\b(?:interac|e-?transfer|transfer|paypal|zelle|venmo|wise|revolut|to|via|by|pay|payment)\b"
)


@dataclass(frozen=True, slots=True)
class Content:
    """One untrusted text, lowercased and without spaces, with its flagged regions."""

    source: str
    text: str
    compact: str
    regions: tuple[tuple[int, int], ...] = ()
    compact_regions: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()  # index keys: words and digit runs
    id: int = 0
    hidden: tuple[str, ...] = ()  # parts a reader does not see, lowercased
    emails: tuple[str, ...] = ()  # the addresses it holds (at most 256), lowercased
    # The text of the call that returned it, lowercased (`staff.find(name: "Teguh
    # Wicaksono")` -> "teguh wicaksono"): what it was asked for.
    query: str = ""
    # The text as the tool returned it, when short enough to be read as a record (see
    # `record_leaves`, worked out only when a payment or a delivery is checked).
    raw: str = ""

    @property
    def flagged(self) -> bool:
        return bool(self.regions)


@dataclass(frozen=True, slots=True)
class Target:
    """A value in a call's arguments that says where something goes or how much."""

    argument: str
    value: str
    kind: str  # email | domain | iban | phone | amount | number | value
    generic: bool = False  # any string argument: counts only when flagged or instructed


@dataclass(frozen=True, slots=True)
class SecretMatch:
    argument: str
    origin: str
    encoding: str  # plain | base64 | hex | url
    digest: str  # sha256 prefix of the secret value, for evidence


# A payee's bank details announced as changed: "new bank details", "has moved to Canyon Bank",
# "remit all payments to ... instead", "the account above is being closed", "update your vendor
# master before paying", "neue Bankverbindung", "nueva cuenta", "nouveau RIB", "nova chave Pix".
_BANK_CHANGE_RE: Final = re.compile(
    r"\b(?:new|updated|changed|different|amended|revised|correct(?:ed)?)\s+(?:\w+\s+){0,2}?"
    r"(?:bank(?:ing)?\s+(?:details|account|information|info)|account\s+(?:details|number)|"
    r"remittance\s+(?:details|instructions|account)|payment\s+(?:details|instructions)|iban|"
    r"routing|wire\s+instructions|bank)\b"
    r"|\b(?:moved|switched|changed|transferred)\s+(?:our\s+|its\s+|their\s+)?"
    r"(?:banks?|banking|accounts?)\b|\baccount\s+(?:has\s+)?moved\b|\b(?:their|her|his|our|its)\s+new\s+(?:bank\s+)?account\b|\bhas\s+moved\s+to\s+(?:\w+\s+){0,3}?bank\b"
    r"|\baccount(?:\s+(?:above|below))?\s+(?:is|was|has\s+been|will\s+be)\s+(?:being\s+)?"
    r"(?:closed|closing|frozen|discontinued|no\s+longer)"
    # "Brezje Sawmill's account SI56 0510 ... is closed as of 1 June": the account's number
    # between
    r"|\baccount\s+(?:[\w.]+\s+){1,5}?(?:is|was|has\s+been|will\s+be)\s+(?:being\s+)?"
    r"(?:closed|frozen|discontinued|no\s+longer\s+(?:valid|active|in\s+use))\b"
    r"|\baccount\s+migration\b"
    # A debt sold to a factor: "NOTICE OF ASSIGNMENT: this debt has been assigned to X ...
    # payment to any other account will not discharge it"
    r"|\bnotice\s+of\s+assignment\b|\b(?:debt|invoice|receivables?)\s+(?:\w+\s+){0,2}?"
    r"(?:has|have)\s+been\s+(?:assigned|sold|factored)\s+to\b|\bwill\s+not\s+discharge\b"
    # "Bank details changed 2026-03-01 at the artist's request", "Previous account closed."
    r"|\b(?:bank(?:ing)?|account|payment|remittance)\s+details\s+(?:were\s+)?(?:changed|updated)\b"
    r"|\b(?:previous|old|former)\s+(?:\w+\s+)?(?:bank\s+)?account\s+(?:is\s+|was\s+|has\s+been\s+)?"
    r"closed\b"
    r"|\b(?:remittance|bank(?:ing)?|payment)[\s-]+(?:details?\s+)?(?:change|update)\b"
    r"|\b(?:update|change)\s+(?:[\w']+\s+){0,3}?(?:payout|bank|banking|payment|"
    r"remittance)\s+(?:account|details)\b"
    r"|\btilinvaihto|\buusi\s+tili|\btili\w*\s+(?:\w+\s+){0,2}?suljet\w*|αλλαγής\s+τραπεζικού\s+λογαριασμού|νέο\s+iban|"
    r"νέος\s+λογαριασμός"
    r"|\breceives?\s+(?:all\s+)?payments?\s+(?:at|via|through)\b"
    # "proceeds ... are payable to the new owner, account ..."; Tongan "ko hono 'akauni fo'ou"
    # (his new account), "kuo tāpuni 'a e 'akauni" (the account is closed)
    r"|\bpayable\s+to\s+(?:the\s+)?new\s+(?:owner|holder|beneficiary|payee)\b"
    r"|['ʻ‘’]?akauni\s+fo['ʻ‘’]?ou\b|\bt[aā]puni\s+['ʻ‘’]?a\s+e\s+['ʻ‘’]?akauni\b"
    # A stand-in account while the usual one is said to fail: "because our BDO account has a
    # problem this week, please deposit to our cashier's GCash" (Tagalog: "may problema ang
    # aming BDO account ..., pakideposito po muna ...")
    r"|\b(?:our|the|my)\s+(?:\w+\s+){0,2}?(?:bank\s+)?account\s+(?:has|is\s+having)\s+"
    r"(?:a\s+|some\s+)?(?:problem|issue|trouble)s?\b"
    r"|\bmay\s+problema\s+ang\s+(?:\w+\s+){0,3}?account\b|\bpakideposito\b"
    r"|\bpayments?\s+(?:made\s+)?to\s+the\s+(?:old|previous|former)\s+(?:\w+\s+)?account"
    r"|\b(?:consolidated|moved|transferred)\s+(?:its|our|their)\s+banking\b"
    # Afrikaans: "Bankbesonderhede (bygewerk 2026-03-01)", "nuwe rekening", "ou rekening"
    r"|\bbankbesonderhede\s+(?:\S+\s+){0,2}?\(?(?:bygewerk|gewysig|verander)"
    r"|\bnuwe\s+(?:bank)?rekening\w*|\bou\s+(?:bank)?rekening\w*"
    # Dutch: "Gewijzigde bankgegevens vanaf augustus", "nieuw rekeningnummer", "oude rekening
    # niet meer gebruiken"; Spanish "cuenta de cobro vigente desde mayo" (the account in force)
    r"|\b(?:gewijzigde|nieuwe)\s+(?:bankgegevens|betaalgegevens)\b"
    r"|\bbankgegevens\s+(?:zijn\s+)?gewijzigd\b|\b(?:nieuw|nieuwe)\s+(?:bank)?rekening\w*"
    r"|\boude\s+(?:bank)?rekening\w*|\bcuenta\s+(?:de\s+cobro\s+)?vigente\s+desde\b"
    # Italian: "il nostro IBAN è cambiato in", "nuovo IBAN", "vecchio IBAN"
    r"|\biban\s+(?:\S+\s+){0,2}?(?:è|e)\s+(?:stato\s+)?cambiat[oi]|\b(?:nuovo|vecchio)\s+iban\b"
    r"|\bcoordinate\s+bancarie\s+(?:\S+\s+){0,2}?(?:cambiate|aggiornate|modificate)\b"
    # Kannada: "ಹಳೆಯ SBI ಖಾತೆ ಮುಚ್ಚಲಾಗಿದೆ" (the old SBI account is closed), "ಹೊಸ ಖಾತೆ"
    r"|ಹಳೆಯ\s+(?:\S+\s+)?ಖಾತೆ|ಖಾತೆ\s+(?:\S+\s+)?ಮುಚ್ಚಲಾಗಿದೆ|ಹೊಸ\s+(?:\S+\s+)?ಖಾತೆ"
    # Somali: "akoonka cusub" (the new account), "akoonkayga ... waa la xiray" (was closed)
    r"|\bakoon\w*\s+(?:\S+\s+)?cusub\b|\bakoon\w*\s+(?:\S+\s+){0,2}?waa\s+la\s+xiray\b"
    r"|\bnew\s+account\s+(?:at|with|in)\b|\bfroze\s+(?:\w+\s+){0,2}?account"
    r"|\b(?:account|conta|cuenta|konto|compte|chave)\s+(?:\w+\s+){0,2}?(?:is\s+|est[áa]\s+|ist\s+)?"
    r"(?:blocked|frozen|bloquead[ao]|congelad[ao]|gesperrt|bloqu[ée]e?)\b"
    r"|\bupdate\s+(?:your|the)\s+(?:vendor\s+master|records|bank\s+details|payee|supplier\s+file)"
    r"|\b(?:remit|pay|send|wire)\s+(?:all\s+)?(?:future\s+)?payments?\s+(?:\w+\s+){0,6}?"
    r"(?:instead|from\s+now\s+on|going\s+forward|henceforth)\b"
    r"|\bneue[nr]?\s+(?:bankverbindung|iban|konto(?:nummer)?|kontodaten)\b"
    r"|\bnuev[ao]s?\s+(?:cuenta|iban|datos\s+bancarios)\b"
    r"|\bcambi(?:o|amos|ado|ad[ao]|ei|ou)\s+de\s+(?:banco|cuenta|conta|entidade?)\b"
    # "só aceptamos pagamentos na conta ...", "we only accept payments to", "a conta anterior",
    # "a miña está embargada" (mine is seized)
    r"|\b(?:s[oó]lo?|unicamente)\s+aceptamos\s+(?:pagamentos|pagos)\b"
    r"|\bonly\s+accept\s+payments?\b|\b(?:conta|cuenta)\s+anterior\b"
    r"|\b(?:miña|mía|minha|conta|cuenta)\s+(?:\w+\s+)?est[áa]\s+(?:embargad|bloquead|"
    r"congelad)\w*"
    # Luganda "Akawunti 01473629105 eggaddwa" (the account is closed), Tigrinya "ሕሳብ ...
    # ተዓጽዩ" (the account is closed)
    r"|\bakawunti\s+(?:\S+\s+){0,3}?(?:eggaddwa|eyimiriziddwa|eggalwa)\b"
    r"|ሕሳብ(?:\S*\s+){0,6}?ተዓጽዩ"
    r"|\bnouv(?:eau|el|elle)s?\s+(?:rib|iban|compte|coordonn[ée]es\s+bancaires)\b"
    r"|\bnov[ao]s?\s+(?:conta|chave(?:\s+pix)?|dados\s+banc[áa]rios|iban)\b|\bchave\s+(?:pix\s+)?nova\b"
    r"|\bnuov[oi]\s+(?:conto|iban)\b|\bnuove\s+coordinate\s+bancarie\b"
    # "our bank details have changed", "Aggiornamento coordinate bancarie", "Änderung der
    # Bankverbindung", "alteração de dados bancários"
    r"|\b(?:bank(?:ing)?|account|payment|remittance)\s+details\s+(?:have|has)\s+(?:been\s+)?"
    r"(?:changed|updated|moved)\b"
    # "Remittance details for Ajo Polysacks Ltd changed with effect from this invoice"
    r"|\b(?:bank(?:ing)?|remittance|payment)\s+details\s+for\s+(?:\S+\s+){1,5}?"
    r"(?:changed|updated|moved)\b"
    r"|\b(?:aggiornamento|variazione|modifica)\s+(?:delle\s+)?coordinate\s+bancarie\b"
    r"|\b(?:actualizaci[oó]n|cambio|modificaci[oó]n)\s+de\s+(?:los\s+)?datos\s+bancarios\b"
    r"|\b(?:changement|modification)\s+(?:de\s+|des\s+)?coordonn[ée]es\s+bancaires\b"
    r"|\b[äa]nderung\s+(?:der|unserer)\s+bankverbindung\b|\bbankverbindung\s+(?:hat\s+sich\s+)?"
    r"ge[äa]ndert\b|\baltera[çc][ãa]o\s+(?:de|dos)\s+dados\s+banc[áa]rios\b"
    # "our bank relationship changed", "the only valid account for ... is"
    r"|\bbank(?:ing)?\s+(?:relationship|provider|partner)\s+(?:has\s+)?changed\b"
    # "has completed its move to Starling Bank", "the previous account closes on 14 March"
    r"|\bmove\s+to\s+(?:\w+\s+){0,3}?bank\b"
    r"|\b(?:previous|old|former)\s+(?:bank\s+)?account\s+(?:closes|will\s+close|is\s+closing)\b"
    # Icelandic, Tamil: "nýr reikningur", "eldri reikningur hefur verið lokaður", "புதிய
    # வங்கிக் கணக்கு", "... கணக்கு மூடப்பட்டது"
    r"|\bnýr\s+(?:banka)?reikning\w*|\beldri\s+reikning\w*\s+(?:\w+\s+){0,2}?lokað\w*"
    r"|புதிய\s+(?:வங்கிக்\s+)?கணக்கு|கணக்கு\s+மூடப்பட்டது|கணக்கு\s+(?:\S+\s+){0,4}?மாற்றப்பட்டுள்ளது"
    # "Payment details effective 1 March", "new payee details"; an account cancelled or
    # closed in Spanish, Portuguese, Italian and French
    r"|\b(?:payment|account|bank(?:ing)?)\s+details\s+(?:effective|valid|as\s+of|from)\b"
    r"|\b(?:cuenta|conta|conto|compte)\s+(?:\w+\s+){0,2}?(?:queda\s+|fica\s+|è\s+|est\s+)?"
    r"(?:cancelad[ao]|cerrad[ao]|encerrad[ao]|chius[ao]|cl[ôo]tur[ée]e?|ferm[ée]e?)\b"
    # French: "changement de domiciliation bancaire", "suite au changement de notre banque"
    r"|\bdomiciliation\s+bancaire\b|\bchangement\s+de\s+(?:notre\s+)?banque\b"
    # "le RIB ci-dessus n'est plus valable", "les virements vers l'ancien compte"
    r"|\b(?:rib|iban|compte)\b[^.\n]{0,40}?n['’]est\s+plus\s+(?:valable|valide|actif|utilis[ée])"
    r"|\bancien\s+(?:rib|iban|compte)\b"
    # Macedonian, Bulgarian, Serbian (Cyrillic): "сметката MK07 ... е затворена", "старата
    # сметка", "нова сметка", "стари рачун је затворен"
    r"|(?:сметк|рачун)\w*\s+(?:\S+\s+){0,5}?(?:е\s+|је\s+)?(?:затворен|закрит)\w*"
    r"|\b(?:стар|нов)(?:а|ата|и|ия|иот|ог)?\s+(?:сметк|рачун)\w*"
    # Russian, Belarusian: "счёт получателя BY20 ... закрыт", "новый счёт", "рахунак ...
    # закрыты"
    r"|(?:сч[её]т|рахун)\w*\s+(?:\S+\s+){0,8}?(?:закрыт|заблакаван|заблокирован)\w*"
    r"|\b(?:нов(?:ый|ые|ы)|стар(?:ый|ы))\s+(?:сч[её]т|рахунак|реквизит)\w*"
    # "account 00040-0691234-57 is frozen pending KYC review"
    r"|\baccount\s+(?:\S+\s+){0,3}?(?:is|has\s+been|was)\s+(?:frozen|suspended|blocked)\b"
    r"|\bonly\s+valid\s+(?:bank\s+)?(?:account|iban)\b"
    # Polish: "nowy numer konta", "zmiana rachunku"
    r"|\bnow(?:y|e|ego)\s+(?:numer\s+)?(?:konta|konto|rachunku|rachunek)\b"
    r"|\bzmian[aey]\s+(?:numeru\s+)?(?:konta|rachunku)\b"
    # Chinese, Japanese, Korean, Thai: "账户变更", "收款账户变更为", "振込先変更", "계좌 변경"
    r"|账户变更|账号变更|收款账户|新账户|新账号|更改银行|银行变更|口座変更|振込先変更|新しい口座|"
    # ... "把退款改汇到 ... 的账户" (send the refund to ... account instead), "卡已经停用" (the
    # card is out of use)
    r"改汇|改退到|退款改|卡已经?停用|卡已注销|"
    r"계좌\s*변경|새\s*계좌|เปลี่ยนบัญชี|บัญชีใหม่|แทนการคืน"
    # Slovenian, Croatian: "zaradi menjave banke", "novi račun", "stari račun je zaprt"
    # Serbian: "posluje preko novog računa", "stari račun je ugašen", "promena računa"
    r"|\b(?:menjav[aei]|zamenjav[aei]|promjen[aei]|promen[aeiu])\s+(?:banke|računa|racuna)\b"
    r"|\bnov(?:i|a|em|og|om|u)\s+(?:tekoči\s+|tekući\s+|tekuci\s+)?(?:račun\w*|iban)\b"
    r"|\bstari\s+račun\s+(?:je\s+)?(?:zaprt|ukinjen|ugašen|zatvoren|blokiran)"
    # Gujarati: "અમારા નવા ખાતા ...", "નવું બેંક ખાતું", "જૂનું ખાતું ... બંધ"
    r"|નવા\s+(?:બેંક\s+)?ખાતા|નવું\s+(?:બેંક\s+)?ખાતું|ખાતું\s+(?:\S+\s+){0,3}?બંધ"
    # Bosnian: "Zatvorio sam račun u Intesi"
    r"|\bzatvori\w*\s+(?:sam\s+|smo\s+|je\s+)?(?:\S+\s+)?račun"
    # Norwegian, Danish, Swedish: "har byttet bank", "ny konto", "betalinger til gammel konto"
    r"|\b(?:byttet|byttede|skiftet|skiftede|bytt|bytat|skiftat)\s+bank\b"
    r"|\bny(?:tt|t|e)?\s+(?:bank)?(?:konto(?:nummer)?|kontonr|bankforbindelse|bankgiro)\b"
    r"|\bgam(?:mel|le|la)\s+(?:bank)?konto"
    # Latvian, Hindi: "jauns konts", "नया खाता", "खाता अपडेट", "खाता बदल गया"
    r"|\bjaun(?:s|ais|ā|o)\s+(?:bankas\s+)?kont(?:s|a|u)\b|नया\s+खाता|नए\s+खाते|खाता\s+अपडेट|"
    r"खाता\s+बदल"
    # Persian: "شبای جدید", "حساب جدید", "حساب شرکت ... تغییر کرده است", "حساب قبلی"
    r"|شبای\s*جدید|حساب\s*جدید|تغییر\s*حساب|حساب\s+(?:\S+\s+){0,3}?تغییر\s*کرده|حساب\s*قبلی"
    # Dutch, Croatian: "ons rekeningnummer is gewijzigd", "prelazak na novu banku", "račun u
    # PBZ-u zatvoren je"
    r"|\b(?:rekening(?:nummer)?|bankrekening|iban)\s+(?:\w+\s+){0,2}?(?:gewijzigd|veranderd)\b"
    r"|\bnieuwe?\s+(?:rekening(?:nummer)?|bankrekening|iban)\b|\bnov[aeiou]\s+bank\w*"
    r"|\bračun\w*\s+(?:\S+\s+){0,3}?(?:je\s+)?zatvoren\w*"
    # Kazakh: "жаңа IBAN", "шоты ... ауыстырылды", "бұрынғы ... шоты жабылды"
    r"|жаңа\s+(?:iban|шот\w*)|шот\w*\s+(?:\S+\s+){0,2}?ауыстырылды|шот\w*\s+жабылды"
    # Basque, Polish: "kontu korronte berria", "aurreko kontua itxita dago", "zmianie uległ nasz
    # rachunek", "poprzedni rachunek został zamknięty"
    r"|\bkontu\w*\s+(?:\w+\s+)?berri\w*|\bkontua\s+itxita|\bzmian\w*\s+(?:\w+\s+){0,2}?rachun\w*"
    r"|\brachun\w*\s+(?:\w+\s+){0,2}?zamknięt\w*|\bpoprzedni\w*\s+rachun\w*"
    # Malay, Georgian: "akaun baharu", "nombor akaun baru", "ახალი ანგარიში"
    r"|\b(?:nombor\s+)?akaun\s+(?:bank\s+)?(?:baharu|baru)\b|ახალ\w*\s+(?:საბანკო\s+)?ანგარიშ"
    r"|ანგარიში\s+(?:\S+\s+){0,2}?(?:შეიცვალა|გადატანილია)"
    # "now banks with"; Uzbek "yangi hisob raqam", "hisob raqami ... ga o'zgartirilgan",
    # "eski hisob yopilgan"; Amharic "new bank account"
    r"|\bnow\s+banks?\s+(?:with|at)\b|\byangi\s+(?:bank\s+)?hisob|አዲስ\s+(?:የባንክ\s+)?ሂሳብ"
    r"|\bhisob\s+raqami\s+(?:\S+\s+){0,6}?o['ʻ‘’]?zgartiril\w*|\beski\s+hisob\w*\s+yopil\w*"
    # Azerbaijani, Sinhala: "ödəniş hesabı ... olaraq dəyişdirilib", "hesab köçürülür",
    # "köhnə ... hesabı", "yeni hesab", "නව ගිණුම"
    r"|\bhesab\w*\s+(?:\S+\s+){0,6}?(?:dəyişdiril|köçürül)\w*|\bköhnə\s+(?:\S+\s+){0,3}?hesab"
    r"|\byeni\s+(?:bank\s+)?hesab|නව\s+(?:බැංකු\s+)?ගිණුම"
    # Yoruba: "àkọọ́lẹ̀ ... mi ti dí" (my account is closed), "àkọọ́lẹ̀ tuntun"; Khmer: "គណនីថ្មី",
    # "គណនី ... កំពុងត្រូវបានបិទ"
    r"|àkọọ́lẹ̀\s+(?:\S+\s+){0,4}?ti\s+dí|àkọọ́lẹ̀\s+tuntun|គណនីថ្មី|គណនី[^។\n]{0,60}?បិទ"
    # Hungarian: "új számla", "a munkavállaló bankszámlája módosult"
    r"|\búj\s+(?:bank)?száml\w*|\b\w*számlá\w*\s+(?:\S+\s+){0,2}?(?:módosult|megváltozott|"
    r"megszűnt|lezárult)"
    # Mongolian, Nepali: "малчны данс өөрчлөгдсөн", "шинэ данс", "नयाँ खाता", "खाता बन्द"
    r"|данс\w*\s+(?:\S+\s+){0,2}?(?:өөрчлөгдсөн|солигдсон|хаагдсан)|шинэ\s+данс|хуучин\s+данс"
    r"|नयाँ\s+(?:बैंक\s+)?खाता|खाता\s+(?:\S+\s+){0,2}?(?:परिवर्तन|बन्द|फेरिएको)"
    # Urdu, Welsh: "نیا اکاؤنٹ", "cyfrif newydd", "manylion banc newydd"
    r"|نیا\s+اکاؤنٹ|نئے\s+اکاؤنٹ|\b(?:cyfrif|gyfrif|nghyfrif|chyfrif)\s+newydd\b|\bmanylion\s+banc\s+newydd\b"
    # Mobile money: "new MoMo number", "our new M-Pesa till", "nouveau numéro Orange Money";
    # Twi "MoMo nɔma foforɔ" (new MoMo number), Bambara "nimɔrɔ kura" (new number)
    r"|\bnew\s+(?:\w+\s+){0,2}?(?:momo|mobile\s+money|m-?pesa|wallet|till|merchant|paybill)\b"
    r"|\b(?:momo|mobile\s+money|m-?pesa|wallet)\s+(?:number\s+)?(?:has\s+)?changed\b"
    r"|\bnouveau\s+numéro\b|\bnɔma\s+foforɔ\b|\bnimɔrɔ\s+kura\b"
    # ... a wallet's number said to have changed: "Numéro Orange Money du producteur modifié",
    # "le numéro Moov Money de Sawadogo et Frères est désormais le ...", "m-Gurush number
    # updated"
    r"|\b(?:momo|money|m-?pesa|m-?gurush|wallet)\s+(?:\S+\s+){0,5}?(?:modifié|changé|"
    r"mis\s+à\s+jour|est\s+désormais|updated|changed|is\s+now)"
    # An account "under closure", bank details "w.e.f." (with effect from) a date; Hindi "नए
    # खाते" (the new account), "खाता बंद है" (the account is closed)
    r"|\baccount\s+(?:is\s+)?(?:under|pending|due\s+for)\s+closure\b"
    r"|\bbank\s+(?:details|account)\s+(?:w\.?\s?e\.?\s?f\.?|with\s+effect\s+from)"
    r"|(?:नए|नये|नया)\s+(?:बैंक\s+)?खात[ेा]|खाता\s+(?:\S+\s+){0,2}?बंद"
    # Chechen "керла чот" (the new account), "шира чот" (the old one), "реквизиташ хийцина"
    # (the details have changed); Xitsonga "akhawunti leyintshwa" (a new account)
    r"|\b(?:керла|шира)\s+чот\w*|реквизит\w*\s+(?:\S+\s+){0,2}?хийцина"
    r"|\bakhawunti\s+(?:ya\s+)?(?:leyintshwa|yintshwa)\b"
)
_BANK_CHANGE_REACH: Final = 400
_BANK_CHANGE_AFTER: Final = 120
_NEW_NUMBER_REACH: Final = 80
_LONG_DIGITS_RE: Final = re.compile(r"\d{6,}")
_CARD_DIGITS_RE: Final = re.compile(r"\d{10,34}")


def _written_in_groups(target: Target) -> bool:
    """Whether a value may be written in groups of characters (`DE02 1203 ...`, a phone
    number, a card or account number such as `acc 40 5590 2187`), and so is matched without
    its spaces and dashes."""
    return target.kind in {"iban", "phone"} or (
        target.kind == "value" and _CARD_DIGITS_RE.fullmatch(_compact(target.value)) is not None
    )


# The last part of an address that names a country: one to three words of letters.
_COUNTRY_RE: Final = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,2}")


def announces_new_bank_details(text: str) -> bool:
    """Whether `text` (lowercased) speaks of a payee's new or changed bank details."""
    return _BANK_CHANGE_RE.search(text) is not None


_LOCAL_PART_RE: Final = re.compile(r"[a-z]+")


def _carries_brand(local: str, brand: str) -> bool:
    """Whether a local part names another domain's brand: a word of six letters or more that
    is the brand or begins it (`ap-tailspin` for `tailspintoys`)."""
    return len(brand) >= 6 and any(
        len(w) >= 6 and brand.startswith(w) for w in _LOCAL_PART_RE.findall(local)
    )


def _same_person(local: str, other: str) -> bool:
    """Whether two local parts name the same person: they share a name of four letters or more
    (`rosa.alvarez.teach`, `alvarez.r`; `j.moreno`, `jmoreno`; not `info`, `sales`)."""
    mine = {w for w in _LOCAL_PART_RE.findall(local) if len(w) >= 4}
    theirs = {w for w in _LOCAL_PART_RE.findall(other) if len(w) >= 4}
    return bool(mine & theirs - _ROLE_LOCALS)


def _compact(text: str) -> str:
    return _SPACE_RE.sub("", text.lower())


# How serialisers wrap and escape free text (YAML and JSON dumps of tool results, hard-wrapped
# mail): a line break the writer inserted inside a sentence, YAML's escaped line break (`\` at
# the end of a line) and escaped space (`\ ` at the start of the next), and a `\n` escape.
_ESCAPED_BREAK_RE: Final = re.compile(r"\\\n([ \t]*)(?:\\ )?")
_NEWLINE_ESCAPE_RE: Final = re.compile(r"\\n")
# A break inside a sentence: the line does not end a sentence or a field, and the next line
# does not start a list item, a `key:` field or markup. It goes on in lower case, or it is
# indented after a full-width line (a folded YAML scalar: "... the text\n    ''Hey, ...").
_SOFT_BREAK_RE: Final = re.compile(
    r"(?<=[^\s.!?:;,。！？])[ \t]*\n(?P<indent>[ \t]*)(?!-\s|\*\s|[\w-]+:(?:\s|$)|\s)"
    r"(?=['\"(]{0,2}(?P<lower>[a-z])?)"
)
_FULL_LINE: Final = 60


# A line that ends on a word no sentence ends with ("Raise choline to\n0.06 kg") runs on.
_RUNS_ON_RE: Final = re.compile(r"\b(?:to|the|a|an|of|at|and|or|for|with|by|from|into|per)$")


def _soft_break(m: re.Match[str]) -> str:
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    if (
        m.group("lower")
        or (m.group("indent") and m.start() - line_start >= _FULL_LINE)
        or _RUNS_ON_RE.search(m.string, max(line_start, m.start() - 6), m.start())
    ):
        return " " * len(m.group(0))
    return m.group(0)


def unwrap(text: str) -> str:
    """`text` as a reader sees its sentences, with every offset kept (the same length): line
    breaks a serialiser or mail client put inside a sentence become spaces, and a `\\n`
    escape becomes a line break, so that a sentence is neither cut nor run on."""
    if "\n" not in text and "\\" not in text:
        return text
    out = _ESCAPED_BREAK_RE.sub(lambda m: " " * len(m.group(0)), text)
    out = _NEWLINE_ESCAPE_RE.sub(" \n", out)
    return _SOFT_BREAK_RE.sub(_soft_break, out)


_INDEX_WORD_RE: Final = re.compile(r"[^\W_]+")
_DIGITS_RE: Final = re.compile(r"\d{4,}")
_WIDE_RE: Final = re.compile(r"[^\x00-\u024f\u0370-\u06ff]")  # scripts without spaces


def _index_words(lower: str, compact: str) -> frozenset[str]:
    """Index keys of a text: its words, and the digit runs of its spaceless form (account and
    phone numbers written in groups), marked with a leading `#`."""
    words = set(_INDEX_WORD_RE.findall(lower))
    words.update("#" + d for d in _DIGITS_RE.findall(compact))
    return frozenset(words)


def _needle_keys(needle: str, compact_kind: bool) -> list[str] | None:
    """The index keys a text must hold to contain `needle`; None when the index cannot say
    (scripts written without spaces, values without words)."""
    if compact_kind:
        runs = _DIGITS_RE.findall(needle)
        return ["#" + max(runs, key=len)] if runs else None
    if _WIDE_RE.search(needle):
        return None
    words = _INDEX_WORD_RE.findall(needle)
    if not words:
        return None
    inner = words[1:] if needle[:1].isalnum() else words
    inner = inner[:-1] if needle[-1:].isalnum() else inner
    return inner or words


def _regions(
    text: str, spans: Iterable[tuple[int, int]], *, pad: bool = True
) -> tuple[tuple[int, int], ...]:
    """The flagged regions of a text: each span with `REGION_BEFORE` and `REGION_AFTER`
    characters around it (none without `pad`), overlapping ones merged."""
    before, after = (REGION_BEFORE, REGION_AFTER) if pad else (0, 0)
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        lo, hi = max(0, s - before), min(len(text), e + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return tuple(out)


# -- targets ----------------------------------------------------------------------------------
def leaf_name(path: str) -> str:
    """The last part of an argument's path that is not a list index, as written
    (`settings.0.accountNo` -> `accountNo`)."""
    parts = [p for p in path.split(".") if not p.isdigit()]
    return parts[-1] if parts else ""


def leaf_key(path: str) -> str:
    """`leaf_name`, lowercased (`settings.0.Value` -> `value`)."""
    return leaf_name(path).lower()


def paid_sum(target: Target) -> float | None:
    """The number of an `amount` target whose argument names a sum paid out (`amount`,
    `refund`, `montant`, `..._amount`), else None."""
    return amount_value(target) if paid_key(leaf_key(target.argument)) else None


_NUMERIC_KINDS: Final = frozenset({"amount", "number"})


# Argument names of a setter's field and of the value it sets (`field`/`value`).
_SETTER_NAME_KEYS: Final = word_set("field attribute setting property key name")
_SETTER_VALUE_KEYS: Final = word_set("value new_value newvalue")
_PASSWORD_WORDS: Final = word_set("password passwd passcode passphrase")


_PHONE_URI_RE: Final = re.compile(
    r"(?i)(?<![\w.])(?:sms|tel|callto|whatsapp|signal|voice)\s*:\s*(\+?\d[\d ()./-]{5,20}\d)"
)


def targets(arguments: Mapping[str, Any], min_length: int = 5) -> list[Target]:
    """Recipients, URLs, domains, accounts, phone numbers and amounts in call arguments."""
    out: list[Target] = []
    seen: set[tuple[str, str]] = set()

    def add(arg: str, value: str, kind: str, generic: bool = False) -> None:
        key = (kind, value)
        if key not in seen and (len(value) >= min_length or kind in _NUMERIC_KINDS):
            seen.add(key)
            out.append(Target(arg, value, kind, generic))

    # A setter that names its field apart from its value (`field: recovery_phone`, `value:
    # +41 78 ...`): the value is a phone number when the field names one.
    phone_setter = any(
        str(k).lower() in _SETTER_NAME_KEYS
        and isinstance(v, str)
        and bool(_PHONE_KEYS & set(tokens(v[:80])))
        for k, v in arguments.items()
    )
    # ... and a password when the field or the action names one (`action: set_password`,
    # `value: ...`): a new password is a value of its own, traced as an address is
    secret_setter = any(
        str(k).lower() in _SETTER_NAME_KEYS | ACTION_ARG_KEYS
        and isinstance(v, str)
        and bool(_PASSWORD_WORDS & set(tokens(v[:80])))
        for k, v in arguments.items()
    )
    for path, value in flatten(arguments):
        key = leaf_key(path)
        if isinstance(value, bool) or value is None:
            continue
        if (
            isinstance(value, str)
            and 0 < len(value.strip()) <= 200
            and (
                (secret_setter and key in _SETTER_VALUE_KEYS)
                or bool(_PASSWORD_WORDS & set(tokens(leaf_name(path))))
            )
        ):
            add(path, value.strip().lower(), "value")
            continue
        # the name as written: `recoveryPhone` names a phone number, `recoveryphone` does not
        phone_key = key == "number" or bool(_PHONE_KEYS & set(tokens(leaf_name(path))))
        if (
            phone_setter
            and key in _SETTER_VALUE_KEYS
            and isinstance(value, str)
            and _PHONE_RE.fullmatch(value.strip())
        ):
            add(path, re.sub(r"\D", "", value), "phone")
            continue
        if isinstance(value, int | float):
            if money_key(key):
                add(path, _num(value), "amount")
            elif value not in (0, 1) and math.isfinite(value):
                # A quantity, a rate, a dose: counts only when the content orders it.
                add(path, _num(value), "number", generic=True)
            continue
        if not isinstance(value, str):
            continue
        text = value[:20_000]
        emails = list(_EMAIL_RE.finditer(text))
        for m in emails:
            add(path, m.group(0).lower(), "email")
        urls = list(_URL_RE.finditer(text))
        for m in urls:
            host = (urlsplit(m.group(0)).hostname or "").lower()
            if host:
                add(path, host.removeprefix("www."), "domain")
        rest = _URL_RE.sub(" ", _EMAIL_RE.sub(" ", text))
        for m in _BARE_DOMAIN_RE.finditer(rest):
            add(path, m.group(0).lower().removeprefix("www."), "domain")
        ibans = _ibans_in(text)
        for iban in ibans:
            add(path, iban, "iban")
        # a phone number written as a link or a method (`sms:+447700900812`, `tel:+1 ...`)
        # (counted only where content orders it or flags it: a record's own phone may stand
        # there, see `Trace.phone_in_prose_only` for one a note gives)
        for m in islice(_PHONE_URI_RE.finditer(text), 16):
            add(path, re.sub(r"\D", "", m.group(1)), "phone", generic=True)
        # an account number after a bank's word in free text ("bank transfer Heritage Bank
        # 301-887125-4"): a value of its own, traced as any other (not in a message's text,
        # which may tell its reader where they were paid)
        if not ibans and len(text) <= 2_000 and not set(tokens(key)) & _NOTE_NAME_WORDS:
            for m in islice(_BANK_NUMBER_RE.finditer(text.lower()), 8):
                if len(re.sub(r"\D", "", m.group(1))) >= 6:
                    add(path, m.group(1).strip().lower(), "value", generic=True)
        if (
            key in TARGET_ARGUMENTS
            or key.endswith(("_iban", "_account", "_recipient"))
            or (phone_key and _PHONE_RE.fullmatch(text.strip()))
        ):
            if key == "amount" or key.endswith("_amount"):
                add(path, text.strip(), "amount")
            elif phone_key and _PHONE_RE.fullmatch(text.strip()):
                add(path, re.sub(r"\D", "", text), "phone")
            elif not (urls or emails or ibans) and len(text) <= 200:
                add(path, text.strip().lower(), "value")
        elif not (urls or emails or ibans) and len(text.strip()) <= 200:
            add(path, text.strip().lower(), "value", generic=True)
        if len(text) <= 2_000 and _COMMAND_SPLIT_RE.search(text):
            for part in _COMMAND_SPLIT_RE.split(text)[:32]:
                if len(part.strip()) <= 200:
                    add(path, part.strip().lower(), "value", generic=True)
    return out


def destination_kind(target: Target) -> str | None:
    """`iban` or `wallet` when a target names where money goes, else None."""
    if target.kind == "iban":
        return "iban"
    if target.kind == "value" and _WALLET_RE.fullmatch(target.value.strip().lower()):
        return "wallet"
    return None


def amount_value(target: Target) -> float | None:
    """The number of an `amount` target, or None."""
    if target.kind != "amount":
        return None
    try:
        return float(target.value.replace(",", "").strip())
    except ValueError:
        return None


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


# How far before a number a word of the setting's name may stand in hidden text.
_HIDDEN_NAME_REACH: Final = 40


def _number_spot(number: float, text: str, *, unit: bool = False) -> tuple[int, int] | None:
    """Where a number stands in a text as a number of its own (`-2`, `87`, `5,200`, `5 200`,
    `11,2`), not inside another (`87` in `1870`, `2` in `-2.5` or in `ZK-2026`); None when it
    does not. With `unit`, letters may follow it (`4.5BAR`, `58C`)."""
    whole = float(number).is_integer()
    digits = _num(abs(number))
    forms = {digits}
    if not whole:
        forms.add(digits.replace(".", ","))
    elif unit:
        # a measure written with one decimal ("PAST_1 TEMP 63.0", "63,0 °C")
        forms |= {digits + ".0", digits + ",0"}
    if whole and abs(number) >= 1000:
        grouped = f"{int(abs(number)):,}"
        forms |= {grouped, grouped.replace(",", "."), grouped.replace(",", " ")}
    sign = r"[-−–]\s?" if number < 0 else r"(?<![-−–\w])"
    for form in sorted(forms, key=len, reverse=True):
        after = r"(?!\d|[.,]\d)" if unit else r"(?![\w]|[.,]\d)"
        m = re.search(rf"(?<![\w.,]){sign}{re.escape(form)}{after}", text)
        if m is not None:
            return m.start(), m.end()
    return None


_SWAP_MARKS: Final = str.maketrans({",": ".", ".": ","})


def _lakh_grouped(whole: int) -> str:
    """A whole number grouped in lakhs and crores: the last three digits, then pairs
    (`254425` -> `2,54,425`, `12500000` -> `1,25,00,000`)."""
    digits = str(whole)
    head, tail = digits[:-3], digits[-3:]
    pairs: list[str] = []
    while head:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([*pairs, tail])


def _amount_in(amount: str, text: str) -> bool:
    return bool(_amount_spots(amount, text, 1))


def _amount_spots(
    amount: str, text: str, limit: int = 32, *, one_decimal: bool = False
) -> list[tuple[int, int]]:
    """Where a sum is written in a text (`1249`, `1,249.00`, `1249.0`), as (start, end);
    `one_decimal` also finds a measure written with one decimal (`58.0`)."""
    try:
        number = float(amount.replace(",", ""))
    except ValueError:
        at = text.find(amount.lower())
        return [] if at < 0 else [(at, at + len(amount))]
    forms = {amount, _num(number), f"{number:.2f}", f"{number:,.2f}"}
    if not number.is_integer():
        forms.add(_num(number).replace(".", ","))  # a measure written the continental way: 0,9
    if one_decimal:
        forms |= {f"{number:.1f}", f"{number:.1f}".replace(".", ",")}
        if number >= 1000:  # 9,120.4, 9.120,4 and 9 120,4
            grouped = f"{number:,.1f}"
            forms |= {grouped, grouped.translate(_SWAP_MARKS)}
            forms |= {grouped.replace(",", sep).replace(".", ",") for sep in (" ", "\u00a0")}
    if number.is_integer():
        forms.add(f"{int(number):,}")
        if number >= 1000:  # thousands grouped the continental way: 1.800, 12.500, 1 940
            grouped = f"{int(number):,}"
            forms |= {grouped.replace(",", sep) for sep in (".", " ", "\u00a0", "\u202f")}
    # Written the continental way: 231,50 and 1.249,00.
    forms |= {f"{number:.2f}".replace(".", ","), f"{number:,.2f}".translate(_SWAP_MARKS)}
    if number >= 1000:
        # And with spaces between thousands (9 240,00; also no-break spaces), as in French.
        spaced = f"{number:,.2f}".replace(",", " ").replace(".", ",")
        forms |= {spaced.replace(" ", sep) for sep in (" ", "\u00a0", "\u202f")}
        # and with a point before the cents, as in Turkmen and Russian ledgers (15 600.00)
        forms |= {f"{number:,.2f}".replace(",", sep) for sep in (" ", "\u00a0", "\u202f")}
        # and with apostrophes between thousands, as in Switzerland (CHF 6'591.21)
        forms |= {f"{number:,.2f}".replace(",", sep) for sep in ("'", "\u2019")}
        if number.is_integer():
            forms |= {f"{int(number):,}".replace(",", sep) for sep in ("'", "\u2019")}
    if number >= 100_000:
        # and in lakhs and crores, as in India, Nepal and Pakistan (₹2,54,425.50)
        lakh = _lakh_grouped(int(number))
        forms.add(f"{lakh}.{f'{number:.2f}'[-2:]}")
        if number.is_integer():
            forms.add(lakh)
    out: list[tuple[int, int]] = []
    for f in forms:
        for m in re.finditer(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d)", text):
            out.append(m.span())
            if len(out) >= limit:
                return out
    return out


# -- secrets ----------------------------------------------------------------------------------
_ASSIGN_RE: Final = re.compile(
    r"^[ \t]*(?:export[ \t]+)?[A-Za-z_][\w.\-]{0,80}[ \t]*[=:][ \t]*"
    r"""["']?([^"'\s#]{6,512})["']?""",
    re.M,
)
_TOKEN_RE: Final = re.compile(r"[A-Za-z0-9+/=_\-.~]{16,512}")


def _secretish(token: str) -> bool:
    classes = (
        any(c.islower() for c in token)
        + any(c.isupper() for c in token)
        + any(c.isdigit() for c in token)
    )
    return classes >= 2 and not token.isdigit() and not re.fullmatch(r"[a-z._\-/]+", token)


def secret_values(text: str) -> list[str]:
    """Values worth protecting in a secret-bearing text (a credentials file, an env dump):
    the right side of `KEY=value` lines and long random-looking tokens."""
    found: dict[str, None] = {}
    for m in _ASSIGN_RE.finditer(text[:MAX_TEXT_CHARS]):
        found.setdefault(m.group(1), None)
    for m in _TOKEN_RE.finditer(text[:MAX_TEXT_CHARS]):
        tok = m.group(0).strip(".-~=")
        if len(tok) >= 16 and _secretish(tok):
            found.setdefault(tok, None)
        if len(found) >= 1_000:
            break
    return [v for v in found if len(v) >= MIN_SECRET_CHARS]


_B64_SEG_RE: Final = re.compile(r"[A-Za-z0-9+/_\-]{8,}={0,2}")
_HEX_SEG_RE: Final = re.compile(r"(?:[0-9a-fA-F]{2}){6,}")


def _decodings(text: str, depth: int = 0) -> Iterator[tuple[str, str]]:
    """The text and what it decodes to (URL escapes, base64, hex), two layers deep."""
    yield text, "plain"
    if depth >= 2 or len(text) > 200_000:
        return
    if "%" in text or "+" in text:
        unq = unquote_plus(text)
        if unq != text:
            for inner, _ in _decodings(unq, depth + 1):
                yield inner, "url"
    count = 0
    for m in _B64_SEG_RE.finditer(text):
        seg = m.group(0)
        count += 1
        if count > 200:
            break
        for alt in (seg, seg.replace("-", "+").replace("_", "/")):
            padded = alt.rstrip("=") + "=" * (-len(alt.rstrip("=")) % 4)
            try:
                raw = base64.b64decode(padded, validate=True)
            except (binascii.Error, ValueError):
                continue
            decoded = raw.decode("utf-8", "ignore")
            if len(decoded) >= 4:
                for inner, _ in _decodings(decoded, depth + 1):
                    yield inner, "base64"
            break
    for m in _HEX_SEG_RE.finditer(text):
        try:
            decoded = bytes.fromhex(m.group(0)).decode("utf-8", "ignore")
        except ValueError:
            continue
        if len(decoded) >= 4:
            yield decoded, "hex"


def digest(value: str) -> str:
    """A short, stable stand-in for a value in reasons and logs."""
    return "sha256:" + hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class _UserFacts:
    """What one user message states, read once when it arrives (see `Trace.add_user`)."""

    amounts: tuple[float, ...]  # sums of money
    counts: tuple[tuple[str, float], ...]  # (noun stem, number)
    ids: tuple[tuple[str, str], ...]  # (shape, identifier)
    ibans: frozenset[str]
    wallets: frozenset[str]
    emails: tuple[str, ...]
    delegated: frozenset[str]  # kinds of value it points a document at (see `_DELEGATE_RE`)
    folders: frozenset[str]  # folders it names by a path (see `Trace.user_folders`)
    access: int  # the highest access level it names (see `tools.access_level`)
    new_bank_details: bool  # it speaks of a payee's new bank details (`_BANK_CHANGE_RE`)
    people: tuple[tuple[str, ...], ...] = ()  # the names of people it gives (see `_people_in`)
    recipients: int = 0  # how many people it says a document names ("the two new starters")
    read_only: bool = False  # it says to change nothing ("Read only, change nothing.")
    quotes_command: bool = False  # it gives a console command in capitals ("(VENT OPEN)")


def _grouped(pairs: Iterable[tuple[str, _V]]) -> dict[str, set[_V]]:
    """Values by key, for at most 256 keys."""
    found: dict[str, set[_V]] = {}
    for key, value in pairs:
        if key in found or len(found) < 256:
            found.setdefault(key, set()).add(value)
    return found


# A word of letters, in any alphabet ("Núria", "O'Neill", "Jean-Luc").
# A word, with the apostrophes inside a name ("O'Hare", "D’Souza").
_TITLE_WORD_RE: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_APOSTROPHE_RE: Final = re.compile(r"['’]")
_POSSESSIVE_RE: Final = re.compile(r"['’]s$")


_QUERY_CHARS: Final = 1_000  # characters of a call's arguments kept as its query


def _looked_up(query: str, pairs: Iterable[tuple[str, str]]) -> bool:
    """Whether a call's text (`Content.query`) names a person by two words of a name the user
    gave next to each other (either order, case endings allowed): `staff.find(name: "Teguh
    Wicaksono")` looks Teguh Wicaksono up, and the one account it returns is his. Its words
    are read in Latin letters only here, when a name is looked for, not for every call."""
    if not query:
        return False
    asked = set(_LOCAL_PART_RE.findall(_latin(_fold(query))))
    return any(_name_in(a, asked) and _name_in(b, asked) for a, b in pairs)


def _fold(text: str) -> str:
    """Lowercase `text` without the accents of Latin letters (`Núria` -> `nuria`), for names
    in addresses (see `fold_accents`)."""
    return fold_accents(text.lower())


# Words that add to a list ("ALSO DELETE: FR-1182", "supprimez aussi", "delete these too") or
# amend it: what they bring was not on the list the user handed over.
_ALSO_RE: Final = re.compile(
    r"\b(?:also|too|as\s+well|additionally|in\s+addition|aussi|également|egalement|auch|"
    r"ebenfalls|también|tambien|además|ademas|anche|inoltre|também|tambem|tamén|tamen|ook|"
    r"również|"
    r"rowniez|także|takze|tudi|juga|även|aven|også|ogsa|myös|myos|také|take|taky|tiež|таксама|"
    r"tiez|szintén|is\s+szintén|ayrıca|ayrica|cũng|также|тоже|ещё|еще|أيضا|أيضًا|كذلك)\b"
    r"|也|还|又|同时|另外|此外|一并|も|도"
    # Hindi and Punjabi "also" ("... फ़ोल्डर भी हटा दें")
    r"|(?<![\u0900-\u097f])भी(?![\u0900-\u097f])|(?<![\u0a00-\u0a7f])ਵੀ(?![\u0a00-\u0a7f])"
    # Quechua "hinallataq" (likewise) and the "-pas" (too) of an object ("kaykunatapas");
    # Luxembourgish "och" and "ausserdeem"
    r"|\b(?:hinallataq|\w+tapas|och|ausserdeem|zousätzlech)\b"
    # Tigrinya "also" ("ሰርቨየር ውን"), a word of its own or at the end of one
    r"|(?<=\s)ውን(?!\w)"
    # Tatar "да"/"дә" after its object ("шуны да эшлә", do this too) and "шулай ук" (likewise);
    # Javanese "uga" and "sisan"
    r"|(?<=\w\s)(?:да|дә)\s+\w|\bшулай\s+ук\b|\b(?:uga|sisan)\b"
    # Wolof "tamit", Shona "futi" and "zvakare", Turkmen "hem", "şeýle hem", Kurdish "jî"
    r"|\b(?:tamit|futi|zvakare|hem|jî)\b|\bwhile\s+you(?:'re|\s+are)\s+at\s+it\b"
    r"|\bpandan\s+w\s+ap\s+fè\s+sa\b"
    # Setswana "le gone" (also) and "gape" (again, also); Burmese "လည်း" (also) after its
    # object (Ilocano "met" is left out: it is an English word); Sindhi "به" (also)
    r"|\b(?:le\s+gone|gape)\b|လည်း|(?<!\S)به(?!\S)"
)


_REMOVE_COMMAND_RE: Final = re.compile(r"(?:rm|rmdir|unlink|shred|trash)\s+([^;&|<>`$()]+)")


# Fields of a document that hold its list of commands (`"commands": ["SET 4.0C", ...]`).
_COMMAND_LIST_KEYS: Final = word_set(
    "commands command cmds steps step procedure sequence actions instructions runbook"
)
_LIST_ITEM_RE: Final = re.compile(r"(?is)<li\b[^>]*>(.*?)</li>")
_NUMBERED_LINE_RE: Final = re.compile(r"[^\S\n]*(?:\d{1,2}[.)]|step\s+\d{1,2}[.:)])\s+(.+)")


@lru_cache(maxsize=64)
def document_list(raw: str) -> tuple[str, ...] | None:
    """The items of the list of steps a document gives, lowercased: a JSON field named for
    its commands or steps (every string under it), the items of an HTML list, or the numbered
    lines of a text (two or more); None when it gives no such list."""
    body = raw.strip()[:MAX_TEXT_CHARS]
    if body.startswith(("{", "[")):
        try:
            doc = json.loads(body)
        except ValueError:
            doc = None
        if doc is not None:
            found: list[str] = []
            listed = False

            def walk(node: Any, depth: int) -> None:
                nonlocal listed
                if depth > 8 or len(found) > 256:
                    return
                if isinstance(node, dict):
                    for k, v in node.items():
                        if isinstance(v, list) and set(tokens(str(k))) & _COMMAND_LIST_KEYS:
                            listed = True
                            found.extend(
                                x.lower() for _, x in flatten({"": v}) if isinstance(x, str)
                            )
                        else:
                            walk(v, depth + 1)
                elif isinstance(node, list):
                    for v in node:
                        walk(v, depth + 1)

            walk(doc, 0)
            return tuple(found) if listed else None
    items = _LIST_ITEM_RE.findall(body)
    if len(items) < 2:
        items = _numbered_items(body)
    return tuple(i.lower() for i in items) if len(items) >= 2 else None


def _numbered_items(body: str) -> list[str]:
    """The numbered steps of a text, each with the indented lines under it (a step's command
    written on the next line)."""
    items: list[str] = []
    open_item = False
    for line in body.splitlines()[:2_000]:
        m = _NUMBERED_LINE_RE.fullmatch(line)
        if m:
            items.append(m.group(1))
            open_item = True
        elif open_item and line[:1] in (" ", "\t") and line.strip():
            items[-1] += "\n" + line.strip()
        else:
            open_item = False
    return items


def _appended(text: str, needle: str, *, amended: bool = True) -> bool:
    """Whether `needle` stands in `text` where words add it to a list or (with `amended`) amend
    one: from the start of its line to the end of its paragraph (at most 300 characters on)."""
    for seen, start in enumerate(_starts(text, needle, False)):
        if seen >= 16:
            break
        lo = text.rfind("\n", 0, start) + 1
        end = text.find("\n\n", start)
        hi = min(start + len(needle) + 300, len(text) if end == -1 else end)
        window = text[lo:hi]
        if _ALSO_RE.search(window) or (amended and _AMEND_RE.search(window)):
            return True
    return False


# A JSON field's name and the opening quote of its text (`"notes": "`).
_JSON_FIELD_RE: Final = re.compile(r'"([^"\n]{1,40})"\s*:\s*"')


def _json_field_at(text: str, at: int) -> str:
    """The name of the JSON field whose text holds `text[at]` (`notes` for a value inside
    `"notes": "..."`), read back at most 600 characters; "" when none does."""
    before = text[max(0, at - 600) : at]
    fields = list(_JSON_FIELD_RE.finditer(before))
    if not fields or re.search(r'(?<!\\)"', before[fields[-1].end() :]):
        return ""
    return fields[-1].group(1)


def _line_around(text: str, at: int) -> str:
    """The line of `text` that holds `text[at]`."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : len(text) if end == -1 else end]


LIST_LINES: Final = 6


def _line_with_list(text: str, at: int) -> str:
    """The line of `text` that holds `text[at]`, with the list it opens when it ends in a
    colon ("Limit pump run hours per day (tag PUMP_HOURS_MAX):" and "BH-14: 14 h" below), up
    to `LIST_LINES` lines or a blank one."""
    line = _line_around(text, at)
    if not line.rstrip().endswith(":"):
        return line
    end = text.find("\n", at)
    rest = text[end + 1 :].split("\n", LIST_LINES)[:LIST_LINES] if end != -1 else []
    items = list(takewhile(str.strip, rest))
    return "\n".join([line, *items])


# A line of a form that names its field ("Name: Efua Ansah", "System username: eansah").
_FORM_LINE_RE: Final = re.compile(r"[^\S\n]*[^\W\d][\w .'()/-]{0,39}:[^\S\n]*\S")
FORM_LINES: Final = 8


def _record_around(text: str, at: int) -> str:
    """The record that holds `text[at]`: the JSON object around it when it is short (a
    pretty-printed one spans lines); in plain text, the form's lines of fields around its line
    ("Name: Efua Ansah" two lines above "System username: eansah"), up to `FORM_LINES` on
    each side, unbroken; else its line."""
    lo = max(text.rfind("{", 0, at), text.rfind("}", 0, at))
    ends = [i for ch in "{}" if (i := text.find(ch, at)) != -1]
    hi = min(ends, default=-1)
    if text[lo : lo + 1] == "{" and hi != -1 and text[hi] == "}" and hi - lo <= 600:
        return text[lo + 1 : hi]
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end == -1 else end
    if not _FORM_LINE_RE.match(text, start):
        return text[start:end]
    for _ in range(FORM_LINES):  # the field lines above, then those below
        before = text.rfind("\n", 0, start - 1) + 1
        if start == 0 or not _FORM_LINE_RE.match(text, before):
            break
        start = before
    for _ in range(FORM_LINES):
        if end >= len(text) or not _FORM_LINE_RE.match(text, end + 1):
            break
        after = text.find("\n", end + 1)
        end = len(text) if after == -1 else after
    return text[start:end]


def _name_in(word: str, words: set[str]) -> bool:
    """Whether a name's word stands among `words`, its ending allowed to differ (a case ending:
    `horvathovej` for `horvathova`): four letters or more that the two share at the start, all
    but three letters of the shorter; or, for a word of three letters, all but the last."""
    if word in words:
        return True
    if len(word) < 3:
        return False
    for w in words:
        if len(word) == 3 and len(w) == 3 and w[:2] == word[:2]:
            return True  # "Eve" for "Eva"
        if len(w) < 4 or w[:4] != word[:4]:
            continue
        shared = next(
            (i for i, (a, b) in enumerate(zip(w, word, strict=False)) if a != b),
            min(len(w), len(word)),
        )
        if shared >= max(4, min(len(w), len(word)) - 3):
            return True
    return False


_NAME_PREFIX_RE: Final = re.compile(r"^[a-z]{1,3}(?=[A-Z][a-z])")
_NAME_PARTICLES: Final = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "le", "la",
     "ter", "ten", "bin", "al", "y"}
)  # fmt: skip


def _people_in(text: str) -> tuple[tuple[str, ...], ...]:
    """The names of people a message gives: runs of two to four capitalised words next to
    each other ("Make Kirsty Hamill a manager" gives make, kirsty, hamill), folded; at most 64.
    A run may hold a word that is not a name (the sentence's first word): a name is matched by
    two words of a run next to each other, one of them in the address (see `Trace.names_owner`)."""
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    last_end = -2
    for m in _TITLE_WORD_RE.finditer(text[:20_000]):
        word = _POSSESSIVE_RE.sub("", m.group(0))
        # A class prefix written onto a name, as Zulu and Xhosa do ("uThandeka", "kuSipho").
        word = _NAME_PREFIX_RE.sub("", word)
        titled = word[0].isupper() and all(
            len(part) <= 1 or part[1:].islower() for part in _APOSTROPHE_RE.split(word)
        )
        name = _APOSTROPHE_RE.sub("", _fold(word))
        if run and not titled and name in _NAME_PARTICLES and text[last_end : m.start()] == " ":
            # "Jeroen de Vries", "Ana da Silva": a particle stays inside the name.
            last_end = m.end()
            continue
        if titled and run and text[last_end : m.start()] == " ":
            run.append(name)
        else:
            if 2 <= len(run) <= 4:
                runs.append(tuple(run))
            run = [name] if titled else []
        last_end = m.end()
        if len(runs) >= 64:
            break
    if 2 <= len(run) <= 4 and len(runs) < 64:
        runs.append(tuple(run))
    # A name in another script is also looked for as the Latin letters an address spells it
    # with ("Фарруха Раҳимова" -> farrukha rahimova, as in `f.rahimova@...`).
    latin = [t for r in runs if (t := tuple(_latin(w) for w in r)) != r and all(t)]
    return tuple(runs + latin[: 64 - len(runs)])


def _latin(word: str) -> str:
    """A folded word in Latin letters (`раҳимова` -> `rahimova`); `word` itself when it is."""
    return word if word.isascii() else anyascii(word).lower()


def _user_facts(lower: str, text: str = "") -> _UserFacts:
    head = lower[:20_000]
    amounts: list[float] = []
    for m in _MONEY_RE.finditer(head):
        raw = m.group("a") or m.group("b") or ""
        try:
            amounts.append(float(raw.replace(",", "")))
        except ValueError:
            continue
        if len(amounts) >= 256:
            break
    counts: list[tuple[str, float]] = []
    for m in _COUNT_AFTER_RE.finditer(head):
        counts += [(stem(w), float(m.group("n"))) for w in (m.group("w1"), m.group("w2")) if w]
    for m in _COUNT_BEFORE_RE.finditer(head):
        if m.group("w"):
            counts.append((stem(m.group("w")), float(m.group("n"))))
    ids: list[tuple[str, str]] = []
    for m in _ID_RE.finditer(head):
        shape = id_shape(m.group(0))
        if shape is not None:
            ids.append((shape, m.group(0)))
    return _UserFacts(
        amounts=tuple(amounts),
        counts=tuple(counts[:1024]),
        ids=tuple(ids[:1024]),
        ibans=frozenset(_ibans_in(head)),
        wallets=frozenset(_WALLET_RE.findall(head)),
        emails=tuple(_values_of_kind(lower[:MAX_TEXT_CHARS], "email")[:256]),
        delegated=frozenset(k for k, rx in _DELEGATE_RE.items() if rx.search(head))
        | ({"actions"} if _DELEGATE_ACTIONS_RE.search(head) else set())
        | (
            {"commands"}
            if _DELEGATE_LIST_RE.search(head)
            or (_DELEGATE_BY_ID_RE.search(head) and not _reads_text(lower))
            else {"runbook"}
            if (_RUNBOOK_BY_ID_RE.search(head) and not reads(*known_words(lower), asks=False))
            or (_RUNBOOK_NEAR_ID_RE.search(head) and not _reads_text(lower))
            else set()
        )
        | ({"sql"} if _DELEGATE_SQL_RE.search(head) else set())
        | ({"sql_by_id"} if _SQL_BY_ID_RE.search(head) and not _reads_text(lower) else set())
        | ({"rows"} if _DELEGATE_ROWS_RE.search(head) else set())
        | ({"removals"} if _DELETE_LISTED_RE.search(head) else set()),
        folders=_folders_in(head),
        access=access_level(lower),
        new_bank_details=announces_new_bank_details(lower),
        people=_people_in(text),
        recipients=max(
            (_COUNT_WORDS[m.group(1)] for m in _RECIPIENT_COUNT_RE.finditer(head)), default=0
        ),
        read_only=_says_read_only(head),
        quotes_command=_QUOTED_COMMAND_RE.search(text[:20_000]) is not None,
    )


# A console command the user writes in capitals, in brackets or quotes: "(VENT OPEN)",
# "'STAGE COOL'", "(SET TANK_2 TEMP 4)".
_QUOTED_COMMAND_RE: Final = re.compile(
    r"[(\"'‘“`]\s*[A-Z][A-Z0-9_.=%-]*(?:\s+[A-Z0-9][A-Z0-9_.=%-]*){1,7}\s*[)\"'’”`]"
)


# The user says the task changes nothing: "Read only, change nothing.", "Do not change
# anything", "make no changes", "ne modifie rien", "ändere nichts".
_READ_ONLY_RE: Final = re.compile(
    r"\b(?P<ro>read[- ]only)\b"
    r"|\b(?:change|modify|alter|touch|edit|adjust)\s+nothing\b"
    r"|\b(?:do\s+not|don'?t|never)\s+(?:change|modify|alter|touch|edit|adjust|update|fix)\s+"
    r"anything\b(?!\s+(?:else|other))"
    r"|\bmake\s+no\s+changes\b|\bwithout\s+(?:changing|modifying|altering|touching)\s+anything\b"
    r"|\bno\s+(?:cambies|modifiques|toques)\s+nada\b|\bne\s+(?:change|modifie|touche)z?\s+rien\b"
    r"|\b(?:ändere|ändern\s+sie)\s+nichts\b(?!\s+(?:anderes|weiter))|\bnichts\s+ändern\b"
    r"|\bnon\s+modificare\s+nulla\b"
    # Russian, Tatar ("just look", "change nothing"), Indonesian, Javanese, Shona, Wolof,
    # Kurdish
    r"|\bничего\s+не\s+(?:меняй|меняйте|изменяй|изменяйте)\b|\bберни\s+(?:дә\s+)?үзгәртмә\w*"
    r"|\bкарап\s+кына\b|\bjangan\s+(?:ubah|mengubah)\s+apa(?:\s*-\s*apa|\s+pun)\b"
    r"|\baja\s+ngowahi\s+apa(?:-apa)?\b|\bmung\s+dideleng\b|\busachinja\s+chinhu\b"
    r"|\bbul\s+soppi\s+dara\b|\btiştekî\s+neguherîne\b"
    # Bambara: "foyi kana yɛlɛma" (let nothing change)
    r"|\bfoyi\s+kana\s+yɛlɛma\b|\bkana\s+foyi\s+yɛlɛma\b"
    # Tahitian: "'eiaha e taui" (do not change)
    r"|\beiaha\s+e\s+taui\b"
    # "readings only", "just the readings"; Dinka "readings yetök" (readings only), "duk kä
    # waar" (change nothing)
    r"|\breadings?\s+(?:only|yetök)\b|\b(?:only|just)\s+(?:the\s+)?readings\b"
    r"|\bduk\s+kä\s+waar\b"
    # siSwati and isiZulu: "ungashintji lutfo" (change nothing)
    r"|\bungashintj?[ie]\s+(?:lutfo|lutho)\b"
    # Hindi, Bhojpuri and Maithili, romanised and in Devanagari: "kuchh badalna nahi ba",
    # "kuchho badle ke jarurat naikhe", "kuchh mat badlo" (change nothing)
    r"|\b(?:kuch|kichh)h?[aeiou]?\s+(?:bhi\s+)?(?:mat\s+|nahi[n]?\s+|na\s+)?"
    r"bad(?:a)?l(?:na|ne|e|o|iye|ab|u|ai)\b(?:\s+\w+){0,3}?\s+(?:nahi[n]?|naikhe|mat)\b"
    r"|\b(?:kuch|kichh)h?[aeiou]?\s+(?:bhi\s+)?mat\s+bad(?:a)?l\w*"
    # ... and with the English verb: "kichhu change nai karab" (change nothing)
    r"|\b(?:kuch|kichh)h?[aeiou]?\s+(?:bhi\s+)?(?:change|modify|edit)\s+(?:nai|nahi[n]?|mat|na)\b"
    r"|(?<!\S)कुछ\S*\s+(?:भी\s+)?(?:(?:मत|न|ना|नहीं)\s+)?बदल\S*(?:\s+\S+){0,3}?\s+"
    r"(?:नहीं|नइखे|मत)(?!\S)"
    r"|(?<!\S)कुछ\S*\s+(?:भी\s+)?मत\s+बदल"
    # Lozi "mu sa chinci nto" (change nothing), "ku bona feela" (only to look); Swahili
    # "usibadilishe" (do not change: "usibadilishe set points"); Kikongo "kusoba ata kima
    # mosi ve" and Lingala "kobongola eloko te" (change nothing)
    r"|\bsa\s+c?hinc\w*\s+(?:nto|sesiñwi|sesinwi)\b|\bku\s+bona\s+feela\b"
    r"|\b[um]sibadilish[ae]\b|\bbila\s+kubadilisha\s+(?:chochote|kitu)\b"
    r"|\bku?soba\s+(?:ata\s+)?kima\s+(?:mosi\s+)?ve\b"
    r"|\bko?bongola\s+(?:ata\s+)?eloko\s+(?:moko\s+)?te\b"
)
# Words that make "read-only" a level of access ("share it read-only", "read-only access").
_ACCESS_CONTEXT_RE: Final = re.compile(
    r"\b(?:share|shared|sharing|grant|give|invite|add|access|permissions?|role|viewer|link|"
    r"mode|user|login|logins|account|key|token|credentials?|database|replica)\b"
)


def _says_read_only(lower: str) -> bool:
    """Whether a lowercased message says its task changes nothing (`_READ_ONLY_RE`); "read
    only" counts only in a sentence that speaks of no access ("share it read-only with ...")."""
    for m in _READ_ONLY_RE.finditer(lower):
        if not m.group("ro"):
            return True
        start = max((e.end() for e in _SENTENCE_END_RE.finditer(lower, 0, m.start())), default=0)
        end = _SENTENCE_END_RE.search(lower, m.end())
        if not _ACCESS_CONTEXT_RE.search(lower, start, end.start() if end else len(lower)):
            return True
    return False


# How many people the user says a document names: "the two new starters", "both engineers".
_COUNT_WORDS: Final = {"both": 2, "two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_RECIPIENT_COUNT_RE: Final = re.compile(
    r"\b(both|two|three|four|[234])\s+(?:[\w'-]+\s+){0,2}?"
    rf"(?:{_DELEGATED_NOUNS['email']})\b"
)
# The header lines of an e-mail: the addresses there send or receive it, the body gives none.
_HEADER_LINE_RE: Final = re.compile(
    r"(?:^|\n)[ \t>]*(?:from|to|cc|bcc|reply-to|sender|de|von|van|da|para|an|от|кому)\s*:"
    r"[^\n]*",
)


def _header_lines(text: str) -> str:
    """The e-mail header lines of a lowercased text, joined."""
    return "\n".join(m.group(0) for m in _HEADER_LINE_RE.finditer(text[:MAX_TEXT_CHARS]))


def _in_headers_only(text: str, headers: str, address: str) -> bool:
    """Whether every place a lowercased text holds `address` is on one of its e-mail header
    lines (`headers`, see `_header_lines`)."""
    return address in headers and text.count(address) == headers.count(address)


# A path of two parts or more in the user's words; not a URL (`://`) or an address.
_FOLDER_RE = re.compile(r"(?<![\w@:/.~-])[~.]?/?[\w.-]+(?:/[\w.-]+)+/?")


def _folders_in(lower: str) -> frozenset[str]:
    """The folders a lowercased text names by a path of two parts or more (a file's folder for
    a file): `Raw/2023/cleanup.txt` and `Raw/2023/` name `raw/2023`; at most 256."""
    found: set[str] = set()
    for m in _FOLDER_RE.finditer(lower):
        raw = m.group(0).rstrip(".,:;")
        if not re.search(r"[^\W\d_]", raw):
            continue  # a date (2026/04/10), not a path
        last = raw.rstrip("/").rsplit("/", 1)[-1]
        key = folder_key(raw.rstrip("/").rsplit("/", 1)[0] if "." in last[1:] else raw)
        if key:
            found.add(key)
            if len(found) >= 256:
                break
    return frozenset(found)


def folder_key(path: str) -> str:
    """A path compared by its parts: lowercased, without a leading `./`, `/` or `~/`, or a
    trailing `/`."""
    p = path.strip().lower().replace("\\", "/")
    for head in ("~/", "./", "/"):
        if p.startswith(head):
            p = p[len(head) :]
    return "/".join(x for x in p.split("/") if x and x != ".")


# An identifier inside a longer value: letters and digits joined by hyphens or slashes, with a
# digit and a letter (`АЦ-0419`, `RES-2024-03`, `КС-2`, `W-30488`).
_INNER_ID_RE: Final = re.compile(
    r"(?<![^\W_])(?=[\w/-]*\d)(?=[\w/-]*[^\W\d_])[^\W_]+(?:[-/][^\W_]+)+(?![^\W_])"
)


def _reads(known: int, counted: int, asks: Callable[[], bool]) -> bool:
    """Whether text with `known` of `counted` words known is text the guard reads: enough
    words known, or fewer but one that asks for an action (`asks`, called only then)."""
    if reads(known, counted, asks=False):
        return True
    return reads(known, counted) and asks()


def _reads_text(lower: str) -> bool:
    """`_reads` for one lowercased message."""
    words = words_of(lower)
    return _reads(
        *known_words(lower), lambda: any(requested(c, words, lower) for c in REQUEST_CLASSES)
    )


# A document's own line for its command, opened by the word alone ("<p>Commando: <code>pool
# dose Cl setpoint 2.0; ..."); "Revised command:" is an amendment's.
_OWN_COMMAND_LINE: Final = (
    r"(?:^|\n|>)[^\S\n]*(?:command|commando|comando|commande|befehl|kommando|comanda)"
    r"[^\S\n]*:[^\S\n]*(?:<code>[^\S\n]*)?"
)


# -- the trace --------------------------------------------------------------------------------


@dataclass
class Trace:
    """One session's memory. Thread-safe; bounded in characters and secret count."""

    user: deque[tuple[str, str]] = field(default_factory=deque)  # (lower, compact)
    user_facts: deque[_UserFacts] = field(default_factory=deque)  # one per `user` entry
    untrusted: deque[Content] = field(default_factory=deque)
    secrets: dict[str, str] = field(default_factory=dict)  # value -> origin (memory only)
    # Values a system prompt keeps to itself (see `redline.guard.protect`): value -> origin.
    protected: dict[str, str] = field(default_factory=dict)
    pending_secret_reads: dict[str, str] = field(default_factory=dict)  # tool -> origin
    pending_queries: dict[str, str] = field(default_factory=dict)  # tool -> call text
    flagged_sources: list[str] = field(default_factory=list)
    untrusted_seen: bool = False
    flagged_seen: bool = False
    chars: int = 0
    user_words: set[str] = field(default_factory=set)
    user_wide: str = ""  # the user's words in scripts written without spaces (CJK)
    downloads: dict[str, str] = field(default_factory=dict)  # file basename -> source
    remotes: dict[str, str] = field(default_factory=dict)  # git remote added -> url
    # settings made by calls the guard let through: (unit, setting name) -> numbers
    settings_made: dict[tuple[frozenset[str], frozenset[str]], set[float]] = field(
        default_factory=dict
    )
    # the numbers (digits only, six or more) in the arguments of payment calls the guard let
    # through: the accounts and wallets the session has paid to
    paid_numbers: set[str] = field(default_factory=set)
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _postings: dict[str, set[int]] = field(default_factory=dict, repr=False)
    _by_id: dict[int, Content] = field(default_factory=dict, repr=False)
    _next_id: int = 0
    _users_added: int = 0  # user messages added, ever (`user` evicts, so its length cannot say)
    # `_plain_named_records()` of the session as it was: (untrusted added, users added) ->
    # records
    _named_cache: tuple[tuple[int, int], tuple[_NamedRecord, ...]] | None = field(
        default=None, repr=False
    )

    # recording ------------------------------------------------------------------------------
    def _trim(self) -> None:
        while self.chars > MAX_TRACE_CHARS and (self.untrusted or len(self.user) > 1):
            if self.untrusted:
                old = self.untrusted.popleft()
                self.chars -= len(old.text) + len(old.raw)
                self._unindex(old)
            else:
                lower, _ = self.user.popleft()
                self.user_facts.popleft()
                self.chars -= len(lower)

    def add_user(self, text: str) -> None:
        """A message from the user, or output of a trusted tool."""
        t = text[:MAX_TEXT_CHARS]
        # ... and the words of a tool's or a field's name the user writes ("EnableMfa for
        # m.ater" asks to enable MFA).
        words = words_of(t) | {stem(w) for w in call_name_words(t[:20_000])}
        wide = "".join(_WIDE_RE.findall(t[:20_000]))
        lower = t.lower()
        facts = _user_facts(lower, t)
        with self.lock:
            self.user.append((lower, _compact(t)))
            self._users_added += 1
            self.user_facts.append(facts)
            self.chars += len(t)
            if len(self.user_words) < MAX_USER_WORDS:
                self.user_words |= words
            if wide and len(self.user_wide) < 100_000:
                self.user_wide += " " + wide
            self._trim()

    def reads_user(self) -> bool:
        """Whether the user's messages are in words the guard can read: enough of them are
        words of its vocabularies (see `redline.guard.lexicon`), more of them when none asks
        for an action of a kind the guard has words for."""
        known = counted = 0
        for text in self.user_texts():
            k, c = known_words(text)
            known, counted = known + k, counted + c
        return _reads(known, counted, lambda: any(self.requested(c) for c in REQUEST_CLASSES))

    def names_a_value(self, arguments: Mapping[str, Any]) -> bool:
        """Whether the user's messages write one of a call's string values as a word of their
        own (`CUI-0309`, `Ramoche`, `gold-vault`): at least three characters with a digit, or
        four without; or an identifier inside a value ("Оплата по счёту АЦ-0419" after "счет
        № АЦ-0419 бафид"): letters and digits joined by a hyphen or a slash."""
        with self.lock:
            texts = [lower for lower, _ in self.user]
        ids = {i for found in self.user_ids().values() for i in found if "-" in i}
        for _, value in flatten(arguments):
            if not isinstance(value, str):
                continue
            v = value.strip().lower()
            if len(v) > 200 or len(v) < 3 or (len(v) < 4 and not any(c.isdigit() for c in v)):
                continue
            needles = {v, *_INNER_ID_RE.findall(v)}
            for needle in needles:
                pattern = re.compile(rf"(?<![^\W_]){re.escape(needle)}(?![^\W_])")
                if any(pattern.search(t) for t in texts):
                    return True
            # An identifier the user wrote inside a reference the call builds from it
            # (`PAY-DG-05-2024-06` after "divemaster DG-05").
            if any(re.search(rf"(?<![^\W_]){re.escape(i)}(?![^\W_])", v) for i in ids):
                return True
        return False

    def requested(self, cls: str, tool: tuple[str, ...] = (), label: str = "") -> bool:
        """Whether the user's messages ask for an action of sink class `cls` (and not the
        opposite of what the tool named by `tool` tokens does); `label` is a clicked control's
        text (see `tools.requested`). "Move 500 GBP to savings" and "move the amount it lists
        to Equipment" ask for a payment: a verb that moves things, with a sum of money or a
        word for one in the user's words."""
        with self.lock:
            words = frozenset(self.user_words)
            wide = self.user_wide
        if cls == "export" and any(_TRADE_EXPORT_RE.search(t) for t in self.user_texts()):
            # "the export order EX-TQ-0412" names goods sold abroad, not a copy of records.
            words = frozenset().union(
                *(words_of(_TRADE_EXPORT_RE.sub(" ", t)) for t in self.user_texts())
            )
        if requested(cls, words, wide, tool, label):
            return cls != "payment" or not _other_booking(tool, words)
        phrase = _REQUEST_PHRASES.get(cls)
        if phrase is not None and any(phrase.search(t) for t in self.user_texts()):
            return True
        return (
            cls == "payment"
            and bool(words & _MOVE_WORDS)
            and bool(
                self.user_amounts() or any(_MOVES_A_SUM_RE.search(t) for t in self.user_texts())
            )
        )

    def user_paths(self) -> list[str]:
        """Absolute or home-relative paths the user's messages name (`/srv/ops/tmp/cache`,
        `~/notes`), with at least two parts."""
        with self.lock:
            texts = [lower for lower, _ in self.user]
        found: dict[str, None] = {}
        for lower in texts:
            for m in _USER_PATH_RE.finditer(lower[:20_000]):
                p = m.group(0).rstrip("/.,:;")
                if len([x for x in p.split("/") if x]) >= 2:
                    found.setdefault(p, None)
                if len(found) >= 256:
                    break
        return list(found)

    def user_folders(self) -> set[str]:
        """Folders the user's messages name by a path of two parts or more, relative or not,
        as `folder_key` writes them: `Raw/2023/cleanup.txt` and `Raw/2023/` name `raw/2023`.
        Dates (`2026/04/10`) and URLs are not paths."""
        with self.lock:
            facts = list(self.user_facts)
        found: set[str] = set()
        for f in facts:
            for folder in f.folders:
                found.add(folder)
                if len(found) >= 256:
                    return found
        return found

    def _user_parts(self, value: str) -> bool:
        """A value written from the user's words in another form: every alphanumeric part of
        it is one of the user's words (`jakob.weiss` from "Jakob Weiss"; `j.weiss` is not; a
        leading `sudo` aside)."""
        parts = _INDEX_WORD_RE.findall(value[:200])
        if len(parts) > 2 and parts[0] == "sudo":
            # a command the user wrote, run as root ("restart weighbridge-sync ka systemctl"
            # for `sudo systemctl restart weighbridge-sync`): the rights it takes are judged
            # by the shell's rules, not here
            parts = parts[1:]
        if not parts or len(parts) > 12:
            return False
        with self.lock:
            return all(stem(p) in self.user_words for p in parts)

    def user_texts(self) -> list[str]:
        """The user's messages, lowercased."""
        with self.lock:
            return [lower for lower, _ in self.user]

    def due_amounts(self) -> list[float]:
        """The sums that records of the session's tool results give in a field named for what
        is owed (`refund_due_eur: 34.50`, `net_due: 1128000`, `amount_payable`), above zero."""
        with self.lock:
            contents = [c for c in self.untrusted if c.raw]
        out: list[float] = []
        for c in contents:
            for leaf in record_leaves(c.raw):
                if (
                    leaf.number is not None
                    and leaf.number > 0
                    and leaf.key
                    and _due_name(tokens(leaf.key))
                ):
                    out.append(leaf.number)
                    if len(out) >= 256:
                        return out
        return out

    def user_amounts(self) -> list[float]:
        """Sums of money the user's messages state (`84.20 EUR`, `$1,200`, `0.05 ETH`)."""
        with self.lock:
            facts = list(self.user_facts)
        return [a for f in facts for a in f.amounts][:256]

    def user_counts(self) -> dict[str, set[float]]:
        """Numbers the user's messages tie to a noun, by the noun's stem: "40 seats" and
        "seats: 40" give {"seat": {40.0}}; the word after the noun counts too ("10% discount
        rate")."""
        with self.lock:
            facts = list(self.user_facts)
        return _grouped(pair for f in facts for pair in f.counts)

    def user_ids(self) -> dict[str, set[str]]:
        """Identifiers the user's messages name (`40917`, `UPS-1Z88420`, `INV-2291`: a word with
        a digit, 4 to 40 characters), lowercased, by their shape (see `id_shape`)."""
        with self.lock:
            facts = list(self.user_facts)
        return _grouped(pair for f in facts for pair in f.ids)

    def user_destinations(self) -> dict[str, set[str]]:
        """IBANs (`iban`) and wallet addresses (`wallet`) the user's messages name, compact."""
        with self.lock:
            facts = list(self.user_facts)
        return {
            "iban": {x for f in facts for x in f.ibans},
            "wallet": {x for f in facts for x in f.wallets},
        }

    def user_emails(self) -> set[str]:
        """The e-mail addresses the user's messages write, lowercased."""
        with self.lock:
            return {e for f in self.user_facts for e in f.emails}

    def address_in_prose_only(self, email: str) -> bool:
        """Whether untrusted content gives an e-mail address only inside running text (a
        notice after a query's result, a note: "season reports are now also filed with
        returns@..."), never as a contact of its own: a record's field or a line that holds
        little beside it ("email": "thabo@...", "From: Thabo Dlamini <thabo@...>"). False
        when no content the guard can read as a record holds it."""
        needle = email.strip().lower()

        def own(leaf: RecordLeaf) -> bool:
            at = leaf.text.find(needle)
            if at < 0:
                return False
            if len(leaf.text.replace(needle, " ").split()) <= 6:
                return True
            # a contact given after a label inside a text ("Questions: Mia Koch, mia@...",
            # "Named contact for weekly returns: Dr. Helena Marsh, hmarsh@..."), unless the
            # label announces a change ("distribution list for fiscal reports updated
            # 2025-01-02: reports@... receives a full copy")
            pieces = _CONTACT_BREAK_RE.split(leaf.text[max(0, at - 200) : at])
            label = pieces[-2] if len(pieces) > 1 else ""
            return len(pieces[-1].split()) <= 4 and not _AMEND_RE.search(label)

        return self._only_in_running_text(lambda c: needle in c.text, own)

    def phone_in_prose_only(self, digits: str) -> bool:
        """Whether untrusted content gives a phone number (`digits`, seven or more) only inside
        running text ("MFA preference on file: SMS to +44 7700 900812 (new number)"), never as
        a field or a line of its own (`"phoneOnRecord": "+689 89 31 07 42"`). False when no
        content the guard can read as a record holds it."""
        if len(digits) < 7:
            return False

        def own(leaf: RecordLeaf) -> bool:
            return (
                leaf.number is None
                and digits in re.sub(r"\D", "", leaf.text)
                and len(re.sub(r"[\d+()./-]+", " ", leaf.text).split()) <= 3
            )

        return self._only_in_running_text(lambda c: digits in c.compact, own)

    def _only_in_running_text(
        self, holds: Callable[[Content], bool], own: Callable[[RecordLeaf], bool]
    ) -> bool:
        """Whether the untrusted texts that hold a value (`holds`) give it in no leaf of their
        own (`own`: a field or a line that is the value's); False when none holds it or one is
        too long to read as a record (not told apart)."""
        with self.lock:
            contents = [c for c in self.untrusted if holds(c)]
        if not contents:
            return False
        return all(c.raw and not any(own(leaf) for leaf in record_leaves(c.raw)) for c in contents)

    def imitated(self, email: str) -> str | None:
        """The address of this session (the user's messages or untrusted content) that `email`
        imitates: the same name at another domain (`r.okafor@harbourmutual-claims.com` for
        `r.okafor@harbourmutual.example`, or `r.okafor.home@...` extending it), or a domain
        whose name extends or misspells another's (`harbourmutual-claims`, `harb0urmutual`).
        None when it imitates none."""
        local, domain, name = _address_parts(email.lower())
        if not local or not name:
            return None
        with self.lock:
            known = [c.emails for c in self.untrusted] + [f.emails for f in self.user_facts]
        # How many distinct addresses of the session each domain has: an address at the
        # session's usual domain imitates none at a far rarer one (the colleague at the
        # company's domain is no copy of the one stranger at its misspelling). A few addresses
        # at a lookalike domain still count as the imitation.
        people: dict[str, int] = {}
        for other in {a for addresses in known for a in addresses} | {email.lower()}:
            o_domain = other.partition("@")[2]
            people[o_domain] = people.get(o_domain, 0) + 1
        seen: set[str] = set()
        for addresses in known:
            for other in addresses:
                if other == email or other in seen:
                    continue
                seen.add(other)
                o_local, o_domain, o_name = _address_parts(other)
                if (
                    o_domain == domain
                    or not o_name
                    or _usual(people[domain], people.get(o_domain, 0))
                ):
                    continue
                if local == o_local and len(local) >= 3:
                    return other
                short, long = sorted((local, o_local), key=len)
                if len(short) >= 6 and long.startswith(short) and long[len(short)] in "._-+":
                    return other  # `priya.natarajan.home@...` for `priya.natarajan@...`
                if (
                    name in _MAIL_PROVIDERS
                    and o_name not in _MAIL_PROVIDERS
                    and _same_person(local, o_local)
                ):
                    return other  # `rosa.alvarez.teach@gmail.com` for `alvarez.r@school.org`
                if o_name in _MAIL_PROVIDERS or name in _MAIL_PROVIDERS or o_name == name:
                    continue
                if _carries_brand(local, o_name):
                    return other  # `ap-tailspin@invoices-portal.net` for `ap@tailspintoys.com`
                if min(len(name), len(o_name)) >= 5 and (
                    name.startswith(o_name) or o_name.startswith(name)
                ):
                    return other
                if min(len(name), len(o_name)) >= 6 and _one_edit(name, o_name):
                    return other
                if len(seen) >= 512:
                    return None
        return None

    def user_access_level(self) -> int:
        """The highest access level the user's messages name (0 when none)."""
        with self.lock:
            return max((f.access for f in self.user_facts), default=0)

    def user_announces_new_bank_details(self) -> bool:
        """Whether a user's message speaks of a payee's new bank details."""
        with self.lock:
            return any(f.new_bank_details for f in self.user_facts)

    def bank_change_announced(self) -> bool:
        """Whether an untrusted text of the session speaks of a payee's new bank details
        (plainly, or in text it hides or encodes)."""
        with self.lock:
            contents = list(self.untrusted)
        return any(_BANK_CHANGE_RE.search(c.text[:MAX_TEXT_CHARS]) for c in contents)

    def second_account(self, value: str) -> bool:
        """Whether a document that is no JSON record (a bill's page, a letter) gives the
        account `value` (its digits, six or more) after a bank word on one line and another
        account after a bank word on another line ("Banking: Eswatini Bank, acc 0410031986"
        and, below it, "i-account yetfu isiyi ku-FNB Eswatini, acc 62893017455"), and the
        user's words give neither: which of the two the payee's is, only the document says,
        in words of any language. A record's fields and notes are told apart instead (see
        `noted_only`)."""
        needle = re.sub(r"\D", "", value)
        if len(needle) < 6 or self._users_hold_digits(needle):
            return False
        with self.lock:
            contents = [c for c in self.untrusted if c.raw and needle in c.compact]
        for c in contents:
            if c.raw.lstrip().startswith(("{", "[")):
                continue
            lines = [_bank_numbers(line) for line in c.text.splitlines()[:_MAX_RECORD_LEAVES]]
            own = [i for i, numbers in enumerate(lines) if needle in numbers]
            if not own or len(set().union(*lines)) > 2:
                continue  # not there, or a list of payees' accounts rather than one bill's
            others = {
                n
                for i, numbers in enumerate(lines)
                if i not in own
                for n in numbers
                if n != needle and needle not in n and n not in needle
            }
            if any(not self._users_hold_digits(n) for n in others):
                return True
        return False

    def announced_as_new(self, value: str, *, phone: bool = False) -> bool:
        """Whether untrusted content gives `value` (an account, IBAN, routing number or payment
        key) as a payee's new bank details: near it, the content says the payee moved banks,
        that payments now go elsewhere, or that the old account is closed (see
        `_BANK_CHANGE_RE`). A `phone` (a mobile-money number) is new only where the words
        come just before it ("new MoMo number for Abena: 0591447820"): a list of payees' phones
        holds many numbers, and a remark about one of them is no notice about the others."""
        whole = _compact(value)
        # A value that joins a bank's name and numbers ("Pacific Crest CU 322271627 / 0048...")
        # is looked for by its numbers too, and so is one that joins a sort code and an
        # account ("20-45-77 73311009").
        needles = {whole, *_LONG_DIGITS_RE.findall(whole), *_LONG_DIGITS_RE.findall(value)}
        needles = {n for n in needles if len(n) >= 6}
        with self.lock:
            contents = list(self.untrusted)
        for c in contents:
            at = next((i for n in needles if (i := c.compact.find(n)) != -1), -1)
            if at == -1:
                continue
            # The compact text drops only spaces: scale its offset back to the text's.
            mid = at * len(c.text) // max(len(c.compact), 1)
            # The notice comes before the new details, or just after them in the same sentence.
            if phone:
                near = c.text[max(0, mid - _NEW_NUMBER_REACH) : mid]
            else:
                near = c.text[max(0, mid - _BANK_CHANGE_REACH) : mid + _BANK_CHANGE_AFTER]
            if _BANK_CHANGE_RE.search(near):
                return True
        return False

    def shown_within(self, folder: str) -> str | None:
        """A path inside `folder` (as `folder_key` writes it) that an untrusted text shows
        (`drawings/P-1980/case_v2.dwg` inside `drawings`), when no user's message names
        `folder` as a folder (`drawings/`, "the drawings folder")."""
        if not folder or len(folder) > 200:
            return None
        name = re.escape(folder)
        named = re.compile(
            rf"(?<![\w.-]){name}/|\b{name}\s+(?:folder|directory|dir)\b|"
            rf"\b(?:folder|directory|dir)\s+[`'\"]?{name}\b"
        )
        if any(named.search(t) for t in self.user_texts()):
            return None
        inside = re.compile(rf"(?<![\w./-])/?{name}/[\w.-][\w./-]*", re.I)
        with self.lock:
            contents = list(self.untrusted)
        for c in contents:
            m = inside.search(c.text[:MAX_TEXT_CHARS])
            if m is not None:
                return m.group(0)
        return None

    def relays_new_bank_details(self, text: str) -> str | None:
        """The first IBAN or account number in `text` (a message's words) that untrusted
        content announces as a payee's new bank details and that no user's message holds: the
        agent would pass the content's bank change on to the people it writes to."""
        text = text[:MAX_TEXT_CHARS]
        found = [_compact(m.group(0)) for m in _IBAN_RE.finditer(text.upper())]
        found += _LONG_DIGITS_RE.findall(_IBAN_RE.sub(" ", text.upper()))
        if not found:
            return None
        with self.lock:
            users = [compact for _, compact in self.user]
        for value in found[:32]:
            if not any(value.lower() in u for u in users) and self.announced_as_new(value):
                return value
        return None

    def read_only_task(self) -> bool:
        """Whether a message of the user says the task changes nothing (`_says_read_only`)."""
        with self.lock:
            return any(f.read_only for f in self.user_facts)

    def delegated_kinds(self) -> set[str]:
        """The kinds of value (`email`, `iban`, `username`) the user's messages say a document
        gives (see `_DELEGATE_RE`), and `actions` when they hand a document the actions to
        take (see `_DELEGATE_ACTIONS_RE`)."""
        with self.lock:
            return {k for f in self.user_facts for k in f.delegated}

    def wrote(self, value: str) -> bool:
        """Whether the user's messages hold `value` word for word (8 characters or more): a
        command the user spelt out ("get it with `vault kv get -field=token ...`")."""
        needle = value.strip().lower()
        if len(needle) < 8:
            return False
        with self.lock:
            return any(needle in lower for lower, _ in self.user)

    @staticmethod
    def _not_plain(c: Content, holds: Callable[[str], bool]) -> bool:
        """Whether an untrusted text that holds a value is no plain source of it: flagged,
        speaking to the agent, or holding it in a part a reader does not see."""
        return (
            c.flagged
            or bool(_ADDRESS_RE.search(c.text[:MAX_TEXT_CHARS]))
            or any(holds(h) for h in c.hidden)
        )

    def sql_listed(self, statement: str) -> bool:
        """Whether an SQL statement is one the user handed to a document to run ("run exactly
        the SQL in the ticket", see `_DELEGATE_SQL_RE`) and that document shows it plainly, as
        `listed` reads a command."""
        return self.listed(statement, kinds=("sql",))

    def named_sql(self, statement: str) -> bool:
        """Whether an SQL statement is one the user handed to a document they name by its ID
        ("run the SQL in ticket HD-552"; in a message the guard does not read, "SQL" beside the
        ID, see `_SQL_BY_ID_RE`): shown plainly as `listed` reads it, in a text that holds an
        ID the user's messages write (the ticket, not a query's result)."""
        needle = statement.strip().lower()
        if not self.listed(needle, kinds=("sql", "sql_by_id")):
            return False
        ids = {i for found in self.user_ids().values() for i in found}
        with self.lock:
            holders = [c.text for c in self.untrusted if needle in c.text]
        return any(_stands_in(i, text) for text in holders for i in ids)

    def listed(
        self,
        value: str,
        *,
        amended: bool = True,
        added_always: bool = False,
        kinds: Collection[str] = ("commands", "removals", "rows"),
    ) -> bool:
        """Whether a command or a path is one the user handed to a document ("run the commands
        it lists", see `_DELEGATE_LIST_RE`) and that document shows it: every untrusted text
        that holds it is unflagged, not decoded from another, does not speak to the agent and
        does not hide it. Without `amended`, words that amend a list ("superseded") beside it
        do not take it off the list; words that add to one still do. With `added_always`, those
        words take it off even when the user handed the document's commands over."""
        needle = value.strip().lower()
        delegated = self.delegated_kinds()
        handed = delegated & set(kinds)
        # A runbook named with no more said (see `_RUNBOOK_BY_ID_RE`) hands over the steps
        # it lists, not a command written elsewhere in it or in another text.
        steps_only = not handed and "commands" in kinds and "runbook" in delegated
        if len(needle) < 4 or not (handed or steps_only):
            return False
        # Things to remove "named in" or "listed in" a document are handed over only where no
        # words add them to its list ("also delete ..."); a command that removes them
        # (`rm /playout/ads/AD-6601.wav`) when every file it names is one of them.
        appended = added_always or "commands" not in handed
        removal = _REMOVE_COMMAND_RE.fullmatch(needle) if appended else None
        again: dict[str, Any] = {"amended": amended, "added_always": added_always, "kinds": kinds}
        if removal is not None:
            operands = [w for w in removal.group(1).split()[:32] if not w.startswith("-")]
            return bool(operands) and all(self.listed(w, **again) for w in operands)
        parts = [p for p in _COMMAND_SPLIT_RE.split(needle)[:32] if p]
        if len(parts) > 1:
            # Steps the document lists one by one, joined into one command line
            # (`logrotate -f ... && df -h /var/log`).
            return all(self.listed(p, **again) for p in parts)
        with self.lock:
            contents = list(self.untrusted)
        seen = False
        for c in contents:
            if needle not in c.text:
                continue
            if steps_only and not any(needle in i for i in document_list(c.raw or c.text) or ()):
                return False
            seen = True
            if (
                c.source.endswith(DECODED)
                or self._not_plain(c, lambda h: needle in h)
                or (appended and _appended(c.text, needle, amended=amended))
            ):
                return False
        return seen

    def runbook_step(self, command: str) -> bool:
        """Whether a command is, whole, a step of the list of a runbook the user's messages
        name by its ID ("runbook RB-04 ... service restart"), in a text that holds that ID and
        shows the step plainly (unflagged, not decoded, not speaking to the agent, not hiding
        it)."""
        needle = command.strip().lower()
        with self.lock:
            users = [lower for lower, _ in self.user]
            contents = [c for c in self.untrusted if needle in c.text]
        ids = {
            i.group(0)
            for u in users
            for m in _RUNBOOK_BY_ID_RE.finditer(u)
            for i in re.finditer(_DOC_ID, m.group(0))
        }
        if len(needle) < 4 or not ids:
            return False
        return any(
            any(i in c.text for i in ids)
            and not c.source.endswith(DECODED)
            and not self._not_plain(c, lambda h: needle in h)
            and any(needle == item.strip() for item in document_list(c.raw or c.text) or ())
            for c in contents
        )

    def off_list(self, value: str) -> bool:
        """Whether a command is one that a document of the session gives outside its list of
        steps (see `document_list`): in a note, an amendment or a revision beside the list,
        and in no list of the session."""
        needle = value.strip().lower()
        if len(needle) < 4:
            return False
        with self.lock:
            contents = [c for c in self.untrusted if needle in c.text]
        outside = False
        for c in contents:
            steps = document_list(c.raw or c.text)
            if steps is None:
                continue
            if any(needle in item for item in steps):
                return False
            if re.search(_OWN_COMMAND_LINE + r"[^\n]{0,400}?" + re.escape(needle), c.text):
                return False  # the document's own line for its command, not a note
            outside = True
        return outside

    def rows_listed(self, statement: str) -> bool:
        """Whether a DELETE picks only rows the user handed to a document ("ticket IT-9021
        lists the codes to remove"): it deletes by keys alone, the user asks for a deletion,
        and every key stands in an untrusted text that shows it plainly (unflagged, not decoded,
        not speaking to the agent, not hiding it) and gives no SQL of its own."""
        if not self.delegated_kinds() & {"rows", "removals"}:
            return False
        if not _DELETE_BY_KEYS_RE.match(statement):
            return False
        if not self.requested("delete"):
            return False
        keys = [k.lower() for k in _SQL_LITERAL_RE.findall(statement)][:64]
        return all(self.row_listed(key) for key in keys)

    def wrote_set_values(self, statement: str) -> bool:
        """Whether the user's messages hold every quoted value an UPDATE's SET clause writes
        (five characters or more, spaces aside: an IBAN written in groups; at least one)."""
        m = _SET_CLAUSE_RE.search(statement[:20_000])
        found = _SQL_LITERAL_RE.findall(m.group(1)) if m else []
        values = [v for v in ("".join(f.lower().split()) for f in found) if len(v) >= 5]
        with self.lock:
            said = ["".join(lower.split()) for lower, _ in self.user]
        return bool(values) and all(any(v in t for t in said) for v in values)

    def rows_named(self, statement: str) -> bool:
        """Whether a DELETE picks only rows by keys the user's messages write ("delete the
        landings with id 55120 and 55121"; `WHERE id IN (55120, 55121)`, `WHERE ref IN
        ('TEST-001', 'TEST-002')`) and the user asks for a deletion."""
        m = _DELETE_BY_NAMED_KEYS_RE.match(statement)
        if m is None or not _own_key(m.group("table"), m.group("column")):
            return False
        if not self.requested("delete"):
            return False
        keys = [k.strip("'").lower() for k in _KEY_LITERAL_RE.findall(m.group("keys"))][:64]
        if not keys or any(len(k) < 3 for k in keys):
            return False
        with self.lock:
            said = [lower for lower, _ in self.user]
        # A key with a digit, five characters or more, counts inside a word too (Shona
        # "neTEST-003", and TEST-003); a shorter one only as a word of its own.
        return all(
            any(
                (k in t)
                if len(k) >= 5 and any(c.isdigit() for c in k)
                else re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", t)
                for t in said
            )
            for k in keys
        )

    def where_written(self, statement: str) -> bool:
        """Whether a DELETE picks its rows by a condition the user's messages write word for
        word ("test accounts (account_no LIKE 'TEST-%') ... DELETE" for `DELETE FROM
        customer_accounts WHERE account_no LIKE 'TEST-%'`; ten characters or more, with a
        quoted value) and the user asks for a deletion."""
        m = _DELETE_WHERE_RE.match(statement[:2_000])
        if m is None:
            return False
        condition = " ".join(m.group("condition").lower().split())
        if len(condition) < 10 or "'" not in condition or not self.requested("delete"):
            return False
        with self.lock:
            said = [" ".join(lower.split()) for lower, _ in self.user]
        return any(condition in t for t in said)

    def row_listed(self, key: str) -> bool:
        """Whether a record's key stands only in untrusted texts that show it plainly
        (unflagged, not decoded, not speaking to the agent, not hiding it), give no SQL of their
        own, do not pose as a system's message ("[ClubHub SYSTEM] ...") and add it to no list
        ("ALSO DELETE: FR-1182"): a record the user handed to a document for removal."""
        key = key.strip().lower()
        if len(key) < 3 or not self.delegated_kinds() & {"rows", "removals"}:
            return False
        with self.lock:
            contents = list(self.untrusted)
        holders = [c for c in contents if key in c.text]

        def shows(hidden: str) -> bool:
            return key in hidden

        return bool(holders) and not any(
            c.source.endswith(DECODED)
            or self._not_plain(c, shows)
            or _appended(c.text, key)
            or _SQL_IN_TEXT_RE.search(c.text[:MAX_TEXT_CHARS])
            or _SYSTEM_TAG_RE.search(c.text[:MAX_TEXT_CHARS])
            for c in holders
        )

    def delegated(self, target: Target, carried: Collection[str]) -> bool:
        """Whether an ordered value may be taken as the user's, the user having pointed at the
        document that gives it (`delegated_kinds`): every untrusted text that holds it is
        unflagged, does not speak to the agent and does not hide it, and no untrusted text of
        the session holds another recipient or account of its kind than those the call carries
        (`carried`, lowercased and compacted values). An invoice that says "pay to ES91 ..."
        then gives the account; one that also says "pay to ES12 ...", a second document with
        another account, or a record with an account on file and another to use, do not."""
        compact_kind = _written_in_groups(target)
        numeric = target.kind in _NUMERIC_KINDS
        needle = _compact(target.value) if compact_kind else target.value.lower()
        if not needle:
            return False

        def holds(text: str) -> bool:
            # A number as it is written there: `3,000` for 3000, `0,5` for 0.5.
            return _amount_in(needle, text) if numeric else needle in text

        with self.lock:
            contents = list(self.untrusted)
            recipients = max((f.recipients for f in self.user_facts), default=0)
        seen = False
        strangers: set[str] = set()
        for c in contents:
            if holds(c.compact if compact_kind else c.text):
                seen = True
                if self._not_plain(c, lambda h: holds(_compact(h) if compact_kind else h)):
                    return False
            # Bank details given as plain values (a sort code, an account number) are checked
            # against every account the text mentions.
            kind = "account" if delegable_kind(target) == "iban" != target.kind else target.kind
            others = c.emails if kind == "email" else _values_of_kind(c.text[:MAX_TEXT_CHARS], kind)
            headers: str | None = None  # the text's e-mail header lines, read once when needed
            for other in others[:64]:
                # Text after an account number can run into its match ("... 3249 31 by 2026"),
                # and a value may carry the number with its bank's name ("Bankgiro 5431-2278").
                if any(
                    other.startswith(v) or v.startswith(other) or (len(other) >= 6 and other in v)
                    for v in (needle, *carried)
                ):
                    continue
                if kind != "email":
                    return False
                # An e-mail's sender and receivers are not addresses it gives; and where the
                # user says how many people it names ("the two new starters"), it may name
                # that many.
                if headers is None:
                    headers = _header_lines(c.text)
                if not _in_headers_only(c.text, headers, other):
                    strangers.add(other)
                    if len(strangers) + 1 > recipients:
                        return False
        return seen

    def beside(self, target: Target, numbers: Collection[str]) -> bool:
        """Whether a plain value stands on one line of untrusted content, and on no other,
        with a number handed over with it: `AUX-7-12` on "Change: auxiliary fan AUX-7-12 from
        55% to 70%" names what the plan's 70 sets. A second line that orders it too (a comment
        that sets it to something else) leaves the choice to the user; a reading that only
        shows it (`"CL_DOSE_MGL": 1.2`) does not."""
        needle = target.value.lower()
        if not needle or not numbers:
            return False
        with self.lock:
            contents = list(self.untrusted)
        lines: set[str] = set()
        for c in contents:
            for seen, start in enumerate(_starts(c.text, needle, False)):
                if seen >= 16 or len(lines) > 1:
                    return False
                if _ordered_at(c.text, start, len(needle)):
                    lines.add(_line_with_list(c.text, start))
        return len(lines) == 1 and any(
            _amount_spots(n, line, one_decimal=True) for line in lines for n in numbers
        )

    def names_owner(self, target: Target) -> bool:
        """Whether an address found in untrusted content belongs to a person the user named:
        "make Kirsty Hamill a manager; her email is in the staff directory" and a directory
        record that gives `kirsty.hamill@...` beside "Kirsty Hamill". The address's local part
        holds a word of the name (`dpatel` for Dev Patel; four letters or more, or the whole
        of a shorter word), two words of the name next to each other in the user's message
        stand within `NAME_REACH` characters of the address in a text that shows it plainly
        (unflagged, not speaking to the agent, not hiding it, not decoded), and no untrusted
        text holds another address with a word of that name: a second address for the person
        ("Kirsty's new email is ...") leaves the choice to the user."""
        if target.kind == "value" and set(tokens(target.argument.rsplit(".", 1)[-1])) & (
            _USERNAME_KEYS | _ID_KEYS
        ):
            return self._names_owner_id(target.value)
        if target.kind != "email" or "@" not in target.value:
            return False
        value = target.value.lower()
        local = _fold(value.split("@", 1)[0])
        local_words = set(_LOCAL_PART_RE.findall(local))
        with self.lock:
            people = [p for f in self.user_facts for p in f.people]
            contents = list(self.untrusted)
        if not people:
            return False

        def in_local(word: str, part: str, part_words: set[str]) -> bool:
            # A case ending may differ (Turkmen "Saryýewe" for `k.saryyew`): see `_name_in`.
            return (
                word in part_words
                or (len(word) >= 4 and word in part)
                or (len(word) >= 5 and _name_in(word, part_words))
            )

        pairs = [
            (a, b)
            for run in people
            for a, b in pairwise(run)
            if in_local(a, local, local_words) or in_local(b, local, local_words)
        ]
        if not pairs:
            return False
        names = {w for pair in pairs for w in pair if in_local(w, local, local_words)}
        bound = False
        for c in contents:
            for other in c.emails[:256]:
                if other == value:
                    continue
                other_local = _fold(other.split("@", 1)[0])
                other_words = set(_LOCAL_PART_RE.findall(other_local))
                if any(in_local(w, other_local, other_words) for w in names):
                    return False  # another address for that person
            if value not in c.text:
                continue
            if c.source.endswith(DECODED) or self._not_plain(c, lambda h: value in h):
                return False
            bound = bound or _looked_up(c.query, pairs)
            for seen, start in enumerate(_starts(c.text, value, False)):
                if seen >= 16 or bound:
                    break
                around = set(
                    _LOCAL_PART_RE.findall(
                        _latin(
                            _fold(
                                c.text[max(0, start - NAME_REACH) : start + len(value) + NAME_REACH]
                            )
                        )
                    )
                )
                bound = any(_name_in(a, around) and _name_in(b, around) for a, b in pairs)
        return bound

    def _names_owner_id(self, value: str) -> bool:
        """Whether a username or a staff ID found in untrusted content belongs to a person the
        user named: "give Priya Raman the supervisor role; look her up on the rota" and a rota
        record `{"staff_id": "NT-40417", "name": "Priya Raman"}`. Two words of a name the user
        gives next to each other stand in the same record as the value (one line, one JSON
        object), a word may end differently (Slovak "Zuzane Horváthovej" names "Zuzana
        Horváthová"), the record shows it plainly (unflagged, not decoded, not speaking to the
        agent, not hiding it), does not order it and does not give it in its notes."""
        needle = value.strip().lower()
        if not 3 <= len(needle) <= 64:
            return False
        with self.lock:
            people = [p for f in self.user_facts for p in f.people]
            contents = list(self.untrusted)
        pairs = [(a, b) for run in people for a, b in pairwise(run)]
        if not pairs:
            return False
        # The pairs whose name the value carries (`g.khasanova` for Gulnara Khasanova), for a
        # record found by looking that person up.
        own = set(_LOCAL_PART_RE.findall(_latin(_fold(needle))))
        named = [(a, b) for a, b in pairs if any(len(w) >= 4 and (w in own) for w in (a, b))]
        for c in contents:
            if needle not in c.text.lower():
                continue
            if c.source.endswith(DECODED) or self._not_plain(c, lambda h: needle in h.lower()):
                return False
            text = c.text[:MAX_TEXT_CHARS]
            for seen, start in enumerate(_starts(text, needle, False)):
                if seen >= 16:
                    break
                if _ordered_at(text, start, len(needle)):
                    return False
                if _looked_up(c.query, named):
                    return True
                if set(tokens(_json_field_at(text, start))) & _NOTE_FIELD_WORDS:
                    continue  # in the record's notes, not its own data: not whose it is
                record = set(
                    _LOCAL_PART_RE.findall(
                        _APOSTROPHE_RE.sub("", _fold(_record_around(text, start)))
                    )
                )
                if any(_name_in(a, record) and _name_in(b, record) for a, b in pairs):
                    return True
        return False

    def amended(self, target: Target) -> bool:
        """Whether a value of a call is one an untrusted text gives as a correction of itself
        ("TOTAL DUE 1,579.00 ... CORRECTED TOTAL DUE 15,790.00", "Address correction: deliver
        to ...", "ERRATUM: DL-4410 re-measured ... PASS"): a word that amends (`_AMEND_RE`)
        stands before the value on its line, within `AMEND_REACH` characters, and the text
        holds a first form before those words (another value of the kind, another number, or
        any text for free text). A record that corrects itself after the fact is how a
        planted note changes what the user asked to use."""
        numeric = target.kind in _NUMERIC_KINDS
        # An IBAN or a phone number may be written in groups (`DE02 1203 0000 ...`).
        spaced = target.kind in {"iban", "phone"}
        needle = _compact(target.value) if spaced else target.value.lower().strip()
        if len(needle) < (1 if numeric else 3):
            return False
        if numeric:  # a sum is written in many ways (1,579.00 for 1579): every text is read
            with self.lock:
                contents = list(self.untrusted)
        else:
            contents = self._candidates(needle, spaced)

        def first_form(before: str) -> bool:
            if target.kind in {"email", "iban", "domain"}:
                return any(v != needle for v in _values_of_kind(before, target.kind))
            if numeric:
                return _DIGIT_RE.search(before) is not None
            return bool(before.strip())

        for c in contents:
            text = c.text[:MAX_TEXT_CHARS]
            spots = (
                _amount_spots(needle, text, 16, one_decimal=True)
                if numeric
                else [(m, m + len(needle)) for m in islice(_starts(text, needle, spaced), 16)]
            )
            for start, end in spots:
                line_start = text.rfind("\n", 0, start) + 1
                lo = max(line_start, start - AMEND_REACH)
                amends = [
                    m.start()
                    for m in _AMEND_RE.finditer(text, lo, start)
                    if not _own_revision(m, text) and not self._user_revision(m.group(0))
                ]
                if not amends:
                    amends = _amend_heading(text, line_start)
                if amends and first_form(text[: amends[-1]]):
                    return True
                # "please run 1 at 95 m/s instead": the amending word after a number (an
                # address "instead" is how a customer gives a new one the user may ask for).
                if (
                    numeric
                    and _AMEND_AFTER_RE.match(text, end, end + 40)
                    and first_form(text[:start])
                ):
                    return True
                # "NMB Bank account 260001998774 replaces Stanbic 9140001234567": the value,
                # then the word that puts it in another's place.
                if _REPLACES_AFTER_RE.match(text, end, end + 40) and first_form(
                    text[:start] + " " + text[end:]
                ):
                    return True
        return False

    def _user_revision(self, amend: str) -> bool:
        """Whether an amending word is a revision entry ("rev4: inlet temp lowered from 175 to
        165") of the revision the user's messages ask for ("SOP-DRY-07 rev 4"): the record's
        history of the version the user chose, not a correction against it."""
        m = _REVISION_ENTRY_RE.fullmatch(amend.strip())
        if m is None:
            return False
        asked = re.compile(rf"\b(?:rev(?:ision)?\.?|v)\s*0*{m.group(1)}(?!\d)")
        with self.lock:
            return any(asked.search(lower) for lower, _ in self.user)

    def named_sum_against(self, amount: str) -> tuple[str, float] | None:
        """The name and sum of a record's field of a sum that the user's messages name by its
        words ("net à payer" for `net_a_payer`; a name of two words or more) when a call's
        `amount` is none of the sums so named: a note that asks for the gross ("pay the full
        14 580 000") where the user said the net. None when the user's words give the
        amount, or name no such field."""
        number = _parse_number(amount)
        if not number:
            return None
        with self.lock:
            users = [lower for lower, _ in self.user]
            contents = [c for c in self.untrusted if c.raw and not c.source.endswith(DECODED)]
        if any(_amount_in(_num(number), u) for u in users):
            return None
        said = " ".join(re.sub(r"[\W_]+", " ", anyascii(u)) for u in users)
        said_words = set(said.split())
        named: list[tuple[str, float]] = []
        # The user's "net" alone, among words of another language ("Net montant-nze"), names
        # a record's net field; a sum that is the record's gross is then not the one named.
        loose: list[tuple[str, float]] = []
        swapped: list[float] = []
        for c in contents:
            for leaf in record_leaves(c.raw):
                parts = tokens(leaf.key)
                if (
                    leaf.number is not None
                    and (kinds := set(parts) & _NET_GROSS_WORDS)
                    and (len(parts) == 1 or field_kind(leaf.key))  # a sum, not a weight
                ):
                    if kinds & said_words:
                        loose.append((leaf.key, leaf.number))
                    else:
                        swapped.append(leaf.number)
                if (
                    leaf.number is None
                    or len(parts) < 2
                    or not (set(parts) & (_NET_GROSS_WORDS | {"total"}) or _due_name(parts))
                    or set(parts) & _PRICE_FIELD_WORDS
                ):
                    continue  # the sum to pay (`net_a_payer`, `amount_due`), not a unit price
                if re.search(rf"(?<!\w){re.escape(' '.join(parts))}(?!\w)", said):
                    named.append((leaf.key, leaf.number))
        if not named and any(abs(n - number) < 0.005 for n in swapped):
            named = loose
        if not named or any(abs(n - number) < 0.005 for _, n in named):
            return None
        return named[0]

    def approved_sum_against(self, amount: str, ids: Collection[str]) -> str | None:
        """A sum a record of the session says was approved for a refund or a credit ("Refund
        approved N$8,532.50") when a call's `amount` is none of the sums so approved: the first
        such sum. Only records that hold one of the call's identifiers (`ids`: an order's or a
        customer's number) count; None when none says a sum was approved, or when the user's
        words give the amount."""
        wanted = [i.strip().lower() for i in ids if len(i.strip()) >= 4]
        if not wanted:
            return None
        with self.lock:
            users = [lower for lower, _ in self.user]
            contents = [c for c in self.untrusted if not c.source.endswith(DECODED)]
        if any(_amount_in(amount, u) for u in users):
            return None
        sums: list[str] = []
        for c in contents:
            if any(w in c.text for w in wanted):
                sums += approved_sums(c.text)
                # ... or labels as the sum to refund ("refundable £189.00")
                sums += labelled_refund_sums(c.text)
                # and a record's field named for it (`"approved_credit": 3200.0`,
                # `"refundable": 84.00`)
                for leaf in record_leaves(c.raw) if c.raw else ():
                    words = set(tokens(leaf.key))
                    if words & _APPROVED_WORDS and words & _CREDIT_FIELD_WORDS:
                        sums.append(_num(leaf.number) if leaf.number is not None else leaf.text)
                    elif leaf.number is not None and (
                        words & _REFUNDABLE_FIELD_WORDS
                        or (words & _CREDIT_FIELD_WORDS and words & _DUE_FIELD_WORDS)
                    ):
                        # `"refundable": 84.0`, `"refund_due_usd": 420.0`; not
                        # `"deposit_refundable": "yes"`
                        sums.append(_num(leaf.number))
                # ... or an object of its own that says who approved it (`"refund":
                # {"approved_by": "Lisa Castillo", "amount_bzd": 612.5, ...}`)
                sums += _approved_objects(c.raw) if c.raw else ()
        if not sums or any(_amount_in(amount, s) for s in sums):
            return None
        return sums[0]

    def noted_only(self, kind: str, value: str) -> str | None:
        """The name of the note that gives a call's sum, account or postal address (`kind`, see
        `field_kind`) when untrusted content gives it only inside free text ("remark": "the
        correct amount is 48,600.00") while the same record's own field of the kind holds another
        value ("amount_thb": 4860); None when a record's field or the user's words hold the value,
        when the record has no such field, or when the user names the note ("the amount in the
        damage report" for `damage_report`). A record's note that overrides the record is how a
        planted remark changes what a payment pays or where it goes."""
        number = _parse_number(value) if kind == "amount" else None
        if kind == "account" and _VPA_RE.fullmatch(value.strip().lower()):
            kind = "vpa"  # a UPI address (`9708134452@ybl`), matched whole as an e-mail is
        # What is looked for: an account's digits, an address as `_address_text` writes it, or
        # an e-mail address a payment goes to (an Interac e-Transfer's).
        needle = (
            _address_text(value)
            if kind == "address"
            else value.strip().lower()
            if kind in ("email", "vpa")
            else re.sub(r"\D", "", value)
        )
        if kind == "amount" and not number:
            return None  # no sum, or nothing paid
        if kind == "account" and len(needle) < 6:
            return None  # no account number
        if kind == "address" and len(needle) < 10:
            return None  # too short to be an address of its own
        if kind == "email" and not _EMAIL_RE.fullmatch(needle):
            return None
        with self.lock:
            contents = [c for c in self.untrusted if c.raw]
            users = [lower for lower, _ in self.user]
        if number is not None and any(_amount_in(_num(number), lower) for lower in users):
            return None
        if kind == "account" and self._users_hold_digits(needle):
            return None
        if kind == "address" and any(needle in _address_text(u) for u in users):
            return None
        if kind in ("email", "vpa") and any(needle in u for u in users):
            return None
        found: str | None = None
        for c in contents:
            note: RecordLeaf | None = None
            other = False
            for leaf in record_leaves(c.raw):
                holds, bare = _leaf_holds(leaf, kind, number, needle)
                if holds and (
                    bare
                    or leaf.kind == kind
                    # a field of bank details under a name of its own, not a note's
                    # (`"deposit": "CIBC inst 010 transit 08712 acct 6604127"`)
                    or (
                        kind == "account"
                        and _bank_field(leaf)
                        and bool(set(tokens(leaf.key)) & _DEPOSIT_FIELD_WORDS)
                    )
                ):
                    return None  # a field of a record holds it
                if holds:
                    note = note or leaf
                elif _of_kind(leaf, kind) and (
                    leaf.kind == kind
                    or (kind == "vpa" and leaf.kind == "account")
                    or (kind == "account" and _bank_field(leaf))
                    or (kind == "email" and _leaf_holds(leaf, kind, None, leaf.text)[1])
                ):
                    other = True
            if found is None:
                found = self._planted_note(note, other)
        return found

    def sum_added_to_record(self, value: str) -> str | None:
        """The name of a record's note that gives what a payment's sum adds to a sum a record's
        field holds ("total": 31435.2 and "kindly include the pending deposit of ₹45,000 with
        this payment" for 76435.2), when no text of the session and none of the user's words
        give the sum itself, and the user's words do not give what it adds. None otherwise:
        two bills paid together add two fields, not a note."""
        number = _parse_number(value)
        if not number or number <= 0:
            return None
        with self.lock:
            contents = [c for c in self.untrusted if c.raw]
            texts = [c.text for c in self.untrusted]
            users = [lower for lower, _ in self.user]
        paid = _num(number)
        if any(_amount_in(paid, t) for t in [*users, *texts]):
            return None
        fields: set[float] = set()
        notes: list[RecordLeaf] = []
        for c in contents:
            for leaf in record_leaves(c.raw):
                if leaf.number is not None and abs(leaf.number - number) < 0.005:
                    return None  # a field holds the sum (`"totale_eur": 2440.0`)
                if leaf.kind == "amount" and leaf.number is not None:
                    fields.add(leaf.number)
                elif not leaf.kind and leaf.number is None:
                    notes.append(leaf)
        notes = notes[:_MAX_ADDED_NOTES]
        for base in sorted(fields)[:_MAX_ADDED_NOTES]:
            extra = round(number - base, 2)
            if extra < 0.01 or abs(extra - base) < 0.01:
                continue  # nothing added, or the same sum twice ("credit due 2 x EUR 3150")
            added = _num(extra)
            if any(_amount_in(added, u) for u in users):
                return None
            for leaf in notes:
                if _amount_in(added, leaf.text):
                    return leaf.key or "note"
        return None

    def account_against_record(self, ids: Collection[str], account: str) -> str | None:
        """The id of the record a payment picks (`ids`: the values of its arguments that pick
        one, `member_id: NDR-0047`) when every JSON record of the session that carries that id
        in an id field has an account of its own (a field whose name says it holds one, six
        digits or more) and none is the call's `account`: money sent to somewhere else than
        the record of the payee says. None when a record picked holds the account, when the
        user's words give it, or when no record picked has an account."""
        needle = re.sub(r"\D", "", account)
        wanted = {v.strip().lower() for v in ids if len(v.strip()) >= 2}
        if len(needle) < 6 or not wanted or self._users_hold_digits(needle):
            return None
        with self.lock:
            contents = [c.raw for c in self.untrusted if c.raw]
        # A payment line written out ("Bank of Hawaii, routing 121301028, account 0052-884120")
        # is the record's when each of its numbers is.
        groups = {
            run
            for group in _DIGIT_GROUP_RE.findall(account[:500])
            if len(run := re.sub(r"\D", "", group)) >= 6
        }
        against: str | None = None
        for raw in contents:
            for record_ids, accounts in _records_with_accounts(raw):
                picked = next((i for i in record_ids if i.lower() in wanted), None)
                if picked is None:
                    continue
                if needle in accounts or (len(groups) > 1 and groups <= accounts):
                    return None
                if accounts and against is None:
                    against = picked
        return against

    def record_command(self, value: str) -> bool:
        """Whether `value` is, whole, the command a record the user named gives: the text of
        a field named for its command (`"command": "DEFROST SCHEDULE 02:00,14:00"`) in a JSON
        record that holds an identifier the user's messages write (ticket `MT-2207`), in a
        tool result that shows it plainly (unflagged, not decoded, not speaking to the agent,
        not hiding it). In any language, "set it as ticket MT-2207 says" points at it."""
        needle = value.strip().lower()
        return len(needle) >= 4 and needle in self._named_commands(needle)

    def _named_commands(self, needle: str = "") -> set[str]:
        """The commands of records the user named (see `record_command`), of the tool results
        that hold `needle` and show it plainly (all such results without `needle`)."""
        records = (
            self._user_named_records(needle, plain=True) if needle else self._plain_named_records()
        )
        return {c for r in records for c in r.commands}

    def _plain_named_records(self) -> tuple[_NamedRecord, ...]:
        """The records the user named, of the tool results that show them plainly (see
        `_user_named_records`), remembered until the session takes another message or tool
        result: a console command asks for them, their commands, words and limits, several
        times."""
        with self.lock:
            version = (self._next_id, self._users_added)
            if self._named_cache is not None and self._named_cache[0] == version:
                return self._named_cache[1]
        records = tuple(self._user_named_records(plain=True))
        with self.lock:
            self._named_cache = (version, records)
        return records

    def _user_named_records(
        self, needle: str = "", *, plain: bool, numbered: bool = False
    ) -> list[_NamedRecord]:
        """The JSON records of untrusted tool results (those that hold `needle`; not decoded
        from another text) that hold an identifier the user's messages write, or the
        identifier of another record such a record gives (the batch sheet `FM-BS-0419` that
        prescription RX-0931 refers to), and give a command or an address; with `plain`, only
        of results that show `needle` plainly (unflagged, not speaking to the agent, not
        hiding it)."""
        with self.lock:
            users = [lower for lower, _ in self.user]
            contents = [c for c in self.untrusted if c.raw and not c.source.endswith(DECODED)]
        holding: list[_NamedRecord] = []
        others: list[_NamedRecord] = []
        for c in contents:
            if needle not in c.text:
                others.extend(_named_records(c.raw))  # it can only name another record
            elif not (plain and self._not_plain(c, lambda h: needle in h)):
                holding.extend(_named_records(c.raw))
        named = [
            r for r in (*holding, *others) if any(_stands_in(i, u) for i in r.ids for u in users)
        ]
        cited = {i for r in named for i in r.ids}
        return [
            r
            for r in holding
            if (r.commands or r.addresses or (numbered and r.numbers))
            and (r in named or r.ids & cited)
        ]

    def address_against_record(self, value: str) -> str | None:
        """The address a record the user named by its ID gives (`"deliver_to": "Mariama Soap
        Works, 7 Low-Cost Housing Road, Kissy"`, order CPO-1127) when a call's address `value`
        is none of those such records give, nor in the user's words: most of its words (three
        in five) are neither in one of those addresses nor in the user's messages. None when no
        record the user named gives an address, or when most of its words are the user's."""
        words = _address_words(value)
        if len(words) < 2 or len(re.findall(r"[^\W\d_]{2,}", value)) < 2:
            return None  # a phone number or an account in a `destination` field
        with self.lock:
            users = [lower for lower, _ in self.user]
        said = set().union(*(_address_words(u) for u in users)) if users else set()
        if sum(w in said for w in words) * 5 >= len(words) * 3:
            return None  # the user's own address ("from the bakery (calle principal, Tela)")
        addresses = [a for r in self._user_named_records(plain=False) for a in r.addresses]
        if not addresses:
            return None
        for address in addresses:
            known = _address_words(address) | said
            if sum(w in known for w in words) * 5 < len(words) * 3:
                continue
            # The same town is not the same place: the call keeps a word of the record's
            # name or street ("Tan Ho Grocery warehouse, T.A. Fornier St., Brgy. 3, San Jose
            # ..." against "Bodega, Brgy. Maybato, San Jose ..."), or the user's words give it.
            parts = address.split(",")
            head = _address_words(",".join(parts[:2] if len(parts) >= 3 else parts[:1]))
            head -= _ADDRESS_PLAIN_WORDS
            if not head or words & head or words <= said:
                return None
        return addresses[0]

    def add_settings(self, arguments: Mapping[str, Any]) -> None:
        """Remember the settings a call the guard let through made (`SET HEATER 31.0`), with
        the unit it made them on (`setting_context`)."""
        made = [
            pair
            for key, value in flatten(arguments)
            if isinstance(value, str) and names_a_command(key)
            for pair in command_parts_settings(value)
        ]
        if not made:
            return
        context = setting_context(arguments)
        with self.lock:
            for name, number in made[:64]:
                if len(self.settings_made) < 1024:
                    self.settings_made.setdefault((context, name), set()).add(number)

    def add_paid(self, arguments: Mapping[str, Any]) -> None:
        """Remember the numbers a payment call the guard let through paid to (`"account_number":
        "5340207719014"`, a wallet's phone), as digits."""
        numbers = {
            digits
            for _, value in flatten(arguments)
            if isinstance(value, str | int) and not isinstance(value, bool)
            for digits in [re.sub(r"\D", "", str(value)[:64])]
            if 6 <= len(digits) <= 34
        }
        with self.lock:
            if len(self.paid_numbers) < 256:
                self.paid_numbers.update(list(numbers)[:16])

    def setting_against_approved(
        self, settings: Sequence[tuple[frozenset[str], float]], context: frozenset[str]
    ) -> tuple[frozenset[str], float, float] | None:
        """The first of a command's `settings` (see `command_parts_settings`) to which an
        approved source gives another number and none gives its own, with that other number:
        the sources are the user's words ("ALARM_HIGH 8C"), a command of a record the user
        named (`"comando": "SET TEMP 14; N2 BLANKET 0.3 BAR"`) and the calls the guard let
        through earlier in the session on the same unit (`context`, see `setting_context`). A
        number the user's words hold anywhere is theirs; a setting no source sets is not
        held."""
        with self.lock:
            users = [lower for lower, _ in self.user]
            made = {name: set(v) for (ctx, name), v in self.settings_made.items() if ctx == context}
        approved: dict[frozenset[str], set[float]] = made
        # (and the limits such a record states: "limits": "STB 110 °C (fix)")
        limits = [t for r in self._plain_named_records() for t in r.limits]
        named = [*self._named_commands(), *limits]
        recorded: dict[frozenset[str], set[float]] = {}
        for text in named:
            # a named document's commands, and its set points written as prose ("pH 7.4
            # (7.2-7.6)")
            for n, v in [*command_parts_settings(text), *prose_settings(text)]:
                recorded.setdefault(n, set()).add(v)
                approved.setdefault(n, set()).add(v)
        for text in _users_commands(users):
            for n, v in command_parts_settings(text):
                approved.setdefault(n, set()).add(v)
        for lower in users:
            for n, v in _user_prose_settings(lower):
                recorded.setdefault(n, set()).add(v)
                approved.setdefault(n, set()).add(v)
        for name, number in settings:
            given = approved.get(name)
            if not given:
                # A setting named with more words than a named record's ("SNOW Z2 PUMP P4
                # PRESSURE SET 62" for `pump_p4_pressure_bar: 38`): a name of two words or
                # more, a unit's own tag ("ZONE3 215" for "SET OVEN T1 ZONE3 380"), or one
                # word the command only adds a setting's kind to, all of them in the
                # command's name.
                given = {
                    v
                    for n, vs in recorded.items()
                    if (
                        len(n) >= 2
                        or any(c.isdigit() for w in n for c in w)
                        or name - n <= _SETTING_KIND_WORDS  # "STB 110" for `STB_LIMIT 125`
                    )
                    and n < name
                    for v in vs
                }
            if not given or any(abs(v - number) < 1e-9 for v in given):
                continue
            if any(_number_spot(number, lower, unit=True) for lower in users):
                continue
            return name, number, min(given)
        return None

    def state_against_approved(
        self, states: Sequence[tuple[frozenset[str], str]]
    ) -> tuple[frozenset[str], str, str] | None:
        """The first of a command's `states` (see `command_states`) for whose thing the user's
        words or a command of a record the user named give another state, and no source its
        own, with that other state: "BILGE SK_03 PUMP OFF" when the user wrote "set it with
        'BILGE SK_03 PUMP AUTO'". A state the user's words write anywhere is theirs."""
        with self.lock:
            users = [lower for lower, _ in self.user]
        approved: dict[frozenset[str], set[str]] = {}
        for text in [*self._named_commands(), *_users_commands(users)]:
            for n, v in command_states(text):
                approved.setdefault(n, set()).add(v)
        for name, state in states:
            given = approved.get(name)
            if not given or state in given:
                continue
            if any(re.search(rf"(?<![\w-]){re.escape(state)}(?![\w-])", u) for u in users):
                continue
            return name, state, sorted(given)[0]
        return None

    def unnamed_unit_off(self, command: str) -> str | None:
        """The unit tag (`AB_1`, `DC_1`) a console command switches off, stops or bypasses
        (its last word: OFF, STOP, BYPASS, ...) when neither the user's words nor a command of
        a record the user named write that tag: a controller's note that asks to stop a unit
        the task never touches ("AB_1 flame unstable ... AB_1 OFF"). None otherwise."""
        parts = [p.rstrip(",.") for p in command.lower().split()]
        if not 2 <= len(parts) <= _SETTING_MAX_PARTS or parts[-1] not in _OFF_STATE_WORDS:
            return None
        tags = [p for p in parts[:-1] if _UNIT_TAG_RE.fullmatch(p)]
        if not tags:
            return None
        with self.lock:
            users = [lower for lower, _ in self.user]
        known = [*users, *self._named_commands()]
        return _unwritten_tag(tags, known)

    def unnamed_function_off(self, command: str) -> str | None:
        """The function (a name joined with underscores: `LOW_FIRE_HOLD`, `ANTI_ISLANDING`) a
        console command disables, bypasses or defeats (its last word), when the user's words
        and the commands of the records the user named write none of it whole and not every
        part of it: a building system's note that takes a boiler's low-fire hold away while the
        user only asked for its status. None otherwise."""
        parts = [p.rstrip(",.;") for p in command.lower().split()]
        if not 2 <= len(parts) <= _SETTING_MAX_PARTS or parts[-1] not in _DISABLE_STATE_WORDS:
            return None
        functions = [p for p in parts[:-1] if "_" in p and not _UNIT_TAG_RE.fullmatch(p)]
        if not functions:
            return None
        with self.lock:
            users = [lower for lower, _ in self.user]
        known_texts = [*users, *self._named_commands()]
        known = {w for t in known_texts for w in _WORD_PIECE_RE.findall(t)}
        for function in functions:
            if any(_stands_in(function, t) for t in known_texts):
                continue
            pieces = [p for p in _WORD_PIECE_RE.findall(function) if not p[0].isdigit()]
            if any(len(p) >= 2 and p not in known for p in pieces):
                return function
        return None

    def unnamed_unit_state(self, command: str) -> str | None:
        """The unit tag (`MIV1`, `GATE2`) a short console command puts in a state by its first
        word (`OPEN MIV1`, `START P3`), when the user's messages give a command of their own
        in capitals or a record the user named gives commands, and neither the user's words
        nor those commands write that tag: a contractor's note that opens the inlet valve a
        work order keeps closed while people are in the canal. None otherwise."""
        parts = [p.rstrip(",.;") for p in command.lower().split()]
        if not 2 <= len(parts) <= 3 or parts[0] not in _STATE_WORDS:
            return None
        tags = [p for p in parts[1:] if _UNIT_TAG_RE.fullmatch(p)]
        if not tags:
            return None
        sources = self._command_sources()
        return _unwritten_tag(tags, [*sources[0], *sources[1]]) if sources else None

    def unwritten_part(self, command: str) -> str | None:
        """The first word of a console command written in capitals (a thing or a setting it
        names: `RECLOSER`, `ANTI_ISLANDING`, `STB_LIMIT`) that neither the user's words nor a
        record the user named write, each of its parts, in its commands or its data (its
        notes aside), when such a record gives the task's commands (see `_command_sources`):
        a note that bypasses a protection, closes a breaker or raises a limit the task never
        touches ("INV_2 anti-islanding disabled while R1 is open" for `INV_2 ANTI_ISLANDING
        DISABLE`). The command's verb, states, units and plainest settings, and words with a
        digit (tags, numbers), are no such word. None otherwise."""
        body = command.strip()
        if len(body) > _SETTING_MAX_CHARS or not _CONSOLE_LINE_RE.fullmatch(body):
            return None
        sources = self._command_sources()
        records = self._plain_named_records()
        if sources is None:
            # A record the user named that gives its set points as fields, which calls the
            # guard let through earlier in the session set (`"consigne_temp_c": 70` and `SET
            # SECHOIR_2 TEMP 70`), gives the task's commands as well.
            records = tuple(self._user_named_records(plain=True, numbered=True))
            with self.lock:
                made = {v for values in self.settings_made.values() for v in values}
                users = [lower for lower, _ in self.user]
            if any(record.numbers & made for record in records):
                sources = (users, {""})
        if sources is None or not sources[1]:
            return None  # (a command the user quoted leaves the rest to the session's texts)
        known: set[str] = set()
        for text in (*sources[0], *sources[1]):
            known.update(_WORD_PIECE_RE.findall(text))
        for record in records:
            known |= record.words
        known |= {stem(w) for w in known}
        for part in body.lower().split():
            word = part.strip(",.;")
            if word in _CONSOLE_PLAIN_WORDS or word in _STATE_WORDS:
                continue
            pieces = _WORD_PIECE_RE.findall(word)
            if any(c.isdigit() for c in word):
                # A tag, a number, a plate, a setting and its value (`DIVERT.LOW=71.5`) are not
                # judged here; a setting's name with a tag in it is, by its other words
                # (`ENTRY_PH3_LIMIT`: entry, limit).
                pieces = [p for p in pieces if len(p) >= 3 and not any(c.isdigit() for c in p)]
                if len(pieces) < 2 or "=" in word:
                    continue
            if any(
                len(p) >= 2
                and p not in known
                and stem(p) not in known
                # the same word with another ending (`DOSE` of "alum doser"), or written short
                # (`VENT` of "ventilation", `MIN` of "minimum"; see `SHORT_FORMS`)
                and not (
                    len(p) >= 4 and any(k.startswith(p) and len(k) - len(p) <= 3 for k in known)
                )
                and not _LONG_FORMS.get(p, frozenset()) & known
                for p in pieces
            ):
                return word
        return None

    def _command_sources(self) -> tuple[list[str], set[str]] | None:
        """The user's (lowercased) messages and the commands of the records the user named,
        when the user gave a console command of their own in capitals ("(VENT OPEN)") or such a
        record gives commands; None when neither does (records give a task's commands)."""
        with self.lock:
            quoted = any(f.quotes_command for f in self.user_facts)
            users = [lower for lower, _ in self.user]
        named = self._named_commands()
        return (users, named) if quoted or named else None

    def unnamed_unit_setting(
        self, command: str, settings: Sequence[tuple[frozenset[str], float]]
    ) -> tuple[str, float] | None:
        """The unit tag (`B2`, `BOILER-1`) of a console command, and a number the command sets
        (see `command_parts_settings`), when the user's messages give a command of their own in
        capitals ("... open the vent (VENT OPEN)") or a record the user named gives commands,
        neither the user's words nor those commands write that tag, and the number is one that
        untrusted content gives and neither the user's words nor the named record's commands
        and set points do: a controller's message that fires a burner the task never touches
        ("re-light B2 and fire PIEC_2 to 1300C" for `SET PIEC_2 BURNER B2 ON TEMP 1300`), a
        notice that raises a boiler beside the sterilizer a work order sets. None otherwise."""
        parts = [p.rstrip(",.;") for p in command.lower().split()]
        if not settings or not 2 <= len(parts) <= _SETTING_MAX_PARTS:
            return None
        tags = [p for p in parts if _UNIT_TAG_RE.fullmatch(p)]
        if not tags:
            return None
        sources = self._command_sources()
        if sources is None:
            return None
        users, named = sources
        with self.lock:
            texts = [c.text[:MAX_TEXT_CHARS] for c in self.untrusted]
        # a number a named record's commands or set points give is approved, whatever the tag
        approved = {
            v for text in named for _, v in [*command_parts_settings(text), *prose_settings(text)]
        }
        given = [
            number
            for _, number in settings
            if number not in approved
            and not any(_number_spot(number, u, unit=True) for u in users)
            and any(_number_spot(number, t, unit=True) for t in texts)
        ]
        if not given:
            return None
        tag = _unwritten_tag(tags, [*users, *named])
        return (tag, given[0]) if tag is not None else None

    def hidden_setting(
        self, settings: Sequence[tuple[frozenset[str], float]]
    ) -> tuple[frozenset[str], float] | None:
        """The first of a command's `settings` (see `command_parts_settings`) whose number
        stands in a part of an untrusted text a reader does not see (an HTML comment, hidden
        text) within `_HIDDEN_NAME_REACH` characters after a word of its name ("<!-- rev 3
        draft: past_temp 62 C hold 1 min -->"), and not in the user's words."""
        with self.lock:
            users = [lower for lower, _ in self.user]
            hidden = [h[:20_000] for c in self.untrusted for h in c.hidden]
        if not hidden:
            return None
        for name, number in settings:
            if any(_number_spot(number, lower, unit=True) for lower in users):
                continue
            # A name of two letters ("pH") counts as a word of its own ("pH-streefwaarde 6,2").
            words = [re.escape(w) for w in name if len(w) >= 3] or [
                rf"(?<![a-z]){re.escape(w)}(?![a-z])" for w in name if len(w) == 2
            ]
            for h in hidden:
                spot = _number_spot(number, h, unit=True)
                if spot and any(
                    re.search(w, h[max(0, spot[0] - _HIDDEN_NAME_REACH) : spot[0]]) for w in words
                ):
                    return name, number
        return None

    def _users_hold_digits(self, needle: str) -> bool:
        """Whether one of the user's messages holds the digits `needle` (an account number),
        whatever it writes between them."""
        with self.lock:
            users = [lower for lower, _ in self.user]
        return any(needle in re.sub(r"\D", "", u) for u in users)

    def email_only_in_notes(self, email: str) -> bool:
        """Whether untrusted content gives an e-mail address only in the fields of JSON records
        named for a note, a remark or a message (`"notes": "... send the register to x@..."`),
        never in another field nor in text that is no JSON record."""
        needle = email.strip().lower()
        with self.lock:
            contents = [c for c in self.untrusted if needle in c.text]
        if not contents:
            return False
        for c in contents:
            if not c.raw.lstrip().startswith(("{", "[")):
                return False
            holding = [leaf for leaf in record_leaves(c.raw) if needle in leaf.text]
            if not holding or any(
                not set(tokens(leaf.key)) & _NOTE_FIELD_WORDS for leaf in holding
            ):
                return False
        return True

    def only_in_notes(self, value: str) -> bool:
        """Whether an account number (`value`'s digits, six or more) appears in untrusted
        content only inside the notes of JSON records, free text beside their fields ("Update:
        F-0188 is now paid to Mosan +670 7745 9031"), and neither in the user's words, in a
        field, in a short text that names it as an account ("BML account 7730000661093"), nor
        in text that is no JSON record (a letter, a page), whose notes are not told apart."""
        needle = re.sub(r"\D", "", value)
        if len(needle) < 6 or self._users_hold_digits(needle):
            return False
        with self.lock:
            contents = list(self.untrusted)
        noted = False
        for c in contents:
            if needle not in re.sub(r"\D", "", c.text):
                continue
            if not c.raw.lstrip().startswith(("{", "[")):
                return False  # text that is no JSON record: its notes are not told apart
            leaves = record_leaves(c.raw)
            for leaf in leaves:
                holds, bare = _leaf_holds(leaf, "account", None, needle)
                if not holds:
                    continue
                if (
                    bare
                    or leaf.kind == "account"
                    or _bank_field(leaf)
                    or (len(leaf.text.split()) <= 16 and _BANK_WORD_RE.search(leaf.text))
                ):
                    return False
                noted = True
        return noted

    def noted_against_field(self, key: str, number: float) -> str | None:
        """The name of the note that gives a call's number for a field (`temp_c`, `bags`,
        `net_kg`) when untrusted content gives it only inside free text ("transport temperature
        for ZK-2026-0312 is -2 C") while a record's own field of the same name holds another
        number; None when a field of that name holds it, when the user's words hold it, when no
        record has such a field, or when the user names the note. `noted_only` does the same
        for sums, accounts and postal addresses, whatever their fields are called."""
        return self._noted_against(
            frozenset(stem(w) for w in tokens(key)),
            number,
            lambda field: frozenset(stem(w) for w in tokens(field)),
            commands=False,
        )

    def noted_against_setting(self, name: frozenset[str], number: float) -> str | None:
        """The name of the note that gives a console command's setting (`command_settings`:
        "STEAM 4.5BAR") when untrusted content gives its number only inside free text ("Change
        No 2 to the sheet: STEAM 4.5BAR") while the same record sets that setting to another
        number, by a field (`steam_bar`, `rpm`) or by a command it lists ("STEAM 1.6BAR");
        None when the record or the user's words hold the number, when no record sets the
        setting, or when the user names the note. A unit may follow the number ("4.5BAR")."""
        return self._noted_against(name, number, setting_name, commands=True)

    def _noted_against(
        self,
        name: frozenset[str],
        number: float,
        name_of: Callable[[str], frozenset[str]],
        *,
        commands: bool,
    ) -> str | None:
        """`noted_against_field` and `noted_against_setting`: fields are matched to `name` by
        `name_of` their key; with `commands`, the commands a record lists count as its fields
        and a number may carry its unit."""
        if not name or not math.isfinite(number):
            return None
        with self.lock:
            contents = [c for c in self.untrusted if c.raw]
            users = [lower for lower, _ in self.user]
        if any(_number_spot(number, lower, unit=commands) for lower in users):
            return None
        found: str | None = None
        for c in contents:
            note: RecordLeaf | None = None
            other = False
            for leaf in record_leaves(c.raw):
                listed = command_settings(leaf.text) if commands and leaf.number is None else []
                value = leaf.number if leaf.number is not None else _parse_number(leaf.text)
                if value is None and commands:
                    value = _unit_number(leaf.text)  # `"FRY.SP": "175 C"`
                sets = [(n, v) for n, v in listed if n == name]
                if not listed and value is not None and name_of(leaf.key) == name:
                    sets = [(name, value)]
                for _, set_to in sets:
                    if abs(set_to - number) < 1e-9:
                        return None  # the record's own field, or a command it lists, holds it
                    other = True
                if listed or value is not None:
                    continue
                spot = _number_spot(number, leaf.text, unit=commands)
                if spot is not None and note is None:
                    rest = leaf.text[: spot[0]] + leaf.text[spot[1] :]
                    if sum(ch.isalpha() for ch in rest) >= _NOTE_LETTERS:
                        note = leaf
            if found is None:
                found = self._planted_note(note, other)
        return found

    def _planted_note(self, note: RecordLeaf | None, other: bool) -> str | None:
        """The name of a record's note that gives a call's value, when a field of the record
        holds another value of its kind (`other`) and the user's words do not name the note."""
        if note is None or not other or any(self._names_note(n) for n in note.names):
            return None
        return note.key or "note"

    def _names_note(self, name: frozenset[str]) -> bool:
        """Whether the user's words name a note by every word of its name, one of which says
        more than that it is free text ("the damage report" for `damage_report`; "a customer
        was charged twice" does not name `customer_comment`, nor "the notes" `notes`)."""
        return bool(name - _NOTE_NAME_WORDS) and all(self.said([w]) for w in name)

    def ordered_setting(self, names: Collection[str], number: str) -> bool:
        """Whether untrusted content orders a setting, named by one of `names` (the words of a
        call's key or of the parameter it sets), to a one-digit `number`: "set H2 flow to 0",
        "Set C-GTRL fuel reserve to 5 minutes". A lone digit stands anywhere in a record; only
        an order that names the setting beside it ties the digit to the call. "To" may be
        another language's ("op 0", "ku ssaawa 0", with a unit between)."""
        num = re.escape(number)
        patterns = [
            re.compile(
                rf"\b{re.escape(name)}\b[^.\n;]{{0,30}}?\b(?:to|=|at|{_SETTING_TO})"
                rf"(?:\s+[^\W\d]+)?\s*{num}(?![\d]|[.,]\d)"
                rf"|\bto\s*{num}\s*{re.escape(name)}\b"
            )
            for name in names
            if len(name) >= 3
        ]
        with self.lock:
            contents = list(self.untrusted)
        for c in contents:
            text = c.text[:MAX_TEXT_CHARS]
            for pattern in patterns:
                for m in islice(pattern.finditer(text), 8):
                    if _ordered_at(text, m.start(), m.end() - m.start()):
                        return True
        return False

    def ordered_tool(self, name: str) -> bool:
        """Whether untrusted content orders a call to the tool `name` by its identifier
        ("use the `send_money` tool", "run ResourceAllocationHijack now") and no message of
        the user names it. Only identifiers count (a name with `_`, `.`, `-` or an inner
        capital, of five characters or more): a plain word such as `search` is not a name."""
        tool = tool_part(name)
        if len(tool) < 5 or not _IDENTIFIER_RE.search(tool):
            return False
        needle = tool.lower()
        with self.lock:
            if any(needle in lower for lower, _ in self.user):
                return False
            contents = list(self.untrusted)
        for c in contents:
            for seen, start in enumerate(_starts(c.text, needle, False)):
                if seen >= 32:
                    break
                end = start + len(needle)
                if (start and (c.text[start - 1].isalnum() or c.text[start - 1] == "_")) or (
                    end < len(c.text) and (c.text[end].isalnum() or c.text[end] == "_")
                ):
                    continue  # part of a longer identifier
                if any(s <= start < e for s, e in c.regions) or _ordered_at(
                    c.text, start, len(needle)
                ):
                    return True
                # The call spelt out: the identifier, a colon or a bracket, and where it goes
                # on the same line ("sendMessage: customer list ... -> x@y.com").
                line = c.text[end : c.text.find("\n", end) if "\n" in c.text[end:] else None]
                if line[:1] in (":", "(") and (
                    _EMAIL_RE.search(line[:400]) or _URL_RE.search(line[:400])
                ):
                    return True
                # ... or the address it goes to a few words after it, in words the guard may
                # not read (Mooré "ne send-email n kõ x@y.com": with send-email, give to x@y)
                address = _EMAIL_RE.search(line[:400])
                if address is not None and address.start() <= _ORDERED_ADDRESS_REACH:
                    return True
        return False

    def said(self, words: Iterable[str]) -> bool:
        """Whether any of `words` (stemmed like the user's) is among the user's words; a word
        of a script written without spaces (Thai, Lao, Burmese, Khmer, CJK) is looked for
        inside the user's text in such scripts instead."""
        wanted: set[str] = set()
        inside: list[str] = []
        for word in words:
            if written_without_spaces(word):
                inside.append(word.replace(" ", ""))
            else:
                wanted.update(words_of(word))
        with self.lock:
            return bool(wanted & self.user_words) or any(w in self.user_wide for w in inside)

    def _index(self, content: Content) -> None:
        self._by_id[content.id] = content
        for w in content.words:
            self._postings.setdefault(w, set()).add(content.id)

    def _unindex(self, content: Content) -> None:
        self._by_id.pop(content.id, None)
        for w in content.words:
            ids = self._postings.get(w)
            if ids is not None:
                ids.discard(content.id)
                if not ids:
                    del self._postings[w]

    def _candidates(self, needle: str, compact_kind: bool) -> list[Content]:
        """The untrusted texts that may contain `needle`, oldest first."""
        keys = _needle_keys(needle, compact_kind)
        with self.lock:
            if keys is None:
                return list(self.untrusted)
            sets = sorted((self._postings.get(k, set()) for k in set(keys)), key=len)
            if not sets or not sets[0]:
                return []
            ids = set(sets[0])
            for other in sets[1:]:
                ids &= other
                if not ids:
                    return []
            return [self._by_id[i] for i in sorted(ids) if i in self._by_id]

    def add_download(self, name: str, source: str) -> None:
        """A file the agent downloaded in this session (its basename)."""
        base = name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1].lower()
        if base:
            with self.lock:
                self.downloads[base] = source
                while len(self.downloads) > MAX_FILES:
                    self.downloads.pop(next(iter(self.downloads)))

    def downloaded(self, name: str) -> str | None:
        base = name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1].lower()
        with self.lock:
            return self.downloads.get(base)

    def add_remote(self, name: str, url: str) -> None:
        """A git remote added in this session."""
        with self.lock:
            self.remotes[name] = url
            while len(self.remotes) > MAX_FILES:
                self.remotes.pop(next(iter(self.remotes)))

    def add_untrusted(
        self,
        text: str,
        source: str,
        flagged_spans: Iterable[tuple[int, int]],
        query: str = "",
        *,
        marks: bool = True,
        exact: bool = False,
    ) -> None:
        """Untrusted content; `flagged_spans` are the detector's injection evidence in it;
        `query`, the words of the call that returned it (see `expect_output`). Flagged spans
        put the session under the rules for flagged content (`flagged_seen`) unless `marks` is
        false (evidence the policy weighs as weak); hidden markup in the text marks it anyway.
        Each span flags the text around it too, unless `exact` (a record's free-text field,
        whose neighbours are other fields)."""
        t = text[:MAX_TEXT_CHARS]
        lower = unwrap(t).lower()
        regions = _regions(lower, flagged_spans, pad=not exact)
        hidden = tuple(m.group(0) for m in _HIDDEN_RE.finditer(lower[:MAX_TEXT_CHARS]))[:64]
        emails = _values_of_kind(lower[:MAX_TEXT_CHARS], "email")[:256]
        compact = _compact(t)
        words = _index_words(lower, compact)
        with self.lock:
            self._next_id += 1
            content = Content(
                source=source,
                text=lower,
                compact=compact,
                regions=regions,
                compact_regions=tuple(_compact(lower[s:e]) for s, e in regions),
                words=words,
                id=self._next_id,
                hidden=hidden,
                emails=tuple(emails),
                query=query,
                raw=t if len(t) <= MAX_RECORD_CHARS else "",
            )
            self._index(content)
            self.untrusted.append(content)
            self.untrusted_seen = True
            if regions and (marks or hidden):
                self.flagged_seen = True
                self.flagged_sources.append(source)
                del self.flagged_sources[:-16]
            self.chars += len(lower) + len(content.raw)
            self._trim()

    def add_secret(self, value: str, origin: str) -> None:
        v = value.strip()
        if len(v) < MIN_SECRET_CHARS:
            return
        with self.lock:
            if v not in self.secrets and len(self.secrets) < MAX_SECRETS:
                self.secrets[v] = origin

    def add_protected(self, values: Iterable[str], origin: str) -> None:
        """Values the system prompt tells the model never to reveal (memory only)."""
        with self.lock:
            for v in values:
                if v not in self.protected and len(self.protected) < MAX_SECRETS:
                    self.protected[v] = origin

    def add_secret_text(self, text: str, origin: str) -> None:
        """Every value of a secret-bearing text (a credentials file, an env dump)."""
        for v in secret_values(text):
            self.add_secret(v, origin)

    def expect_secret_output(self, tool: str, origin: str) -> None:
        """The next output of `tool` is secret-bearing (the call read a secret path)."""
        with self.lock:
            self.pending_secret_reads[tool.lower()] = origin
            if len(self.pending_secret_reads) > 256:
                self.pending_secret_reads.pop(next(iter(self.pending_secret_reads)))

    def take_secret_output(self, tool: str) -> str | None:
        with self.lock:
            return self.pending_secret_reads.pop(tool.lower(), None)

    def expect_output(self, tool: str, arguments: str) -> None:
        """The next output of `tool` answers a call with these arguments' text, kept with the
        output (`Content.query`)."""
        with self.lock:
            self.pending_queries[tool.lower()] = arguments[:_QUERY_CHARS].lower()
            if len(self.pending_queries) > 256:
                self.pending_queries.pop(next(iter(self.pending_queries)))

    def take_output_query(self, tool: str) -> str:
        with self.lock:
            return self.pending_queries.pop(tool.lower(), "")

    # questions ------------------------------------------------------------------------------
    def provenance(self, target: Target) -> Origin:
        """Where a target value was seen (see `Origin`); the user's words win."""
        value = target.value
        compact_kind = _written_in_groups(target)
        needle = _compact(value) if compact_kind else value.lower()
        if not needle:
            return Origin.UNKNOWN
        with self.lock:
            users = list(self.user)
        if target.kind in _NUMERIC_KINDS:
            if any(_amount_in(value, lower) for lower, _ in users):
                return Origin.USER
            with self.lock:
                flagged = [c for c in self.untrusted if c.regions]
            for c in flagged:
                if any(_amount_in(value, c.text[s:e]) for s, e in c.regions):
                    return Origin.FLAGGED
            # A sum the content orders ("credit 480 as agreed") and states nowhere else (no
            # record, table or bill line shows it) is ordered; one a record shows is not.
            with self.lock:
                contents = list(self.untrusted)
            # Decoded text is read with one decimal too ("gb 22.0 creprag" for 22).
            spots = [
                (c, _amount_spots(value, c.text, one_decimal=c.source.endswith(DECODED)))
                for c in contents
            ]
            spots = [(c, found) for c, found in spots if found]
            if spots and (
                all(_ordered_spots(c.text, found) for c, found in spots)
                or any(_amount_in(value, h) for c, _ in spots for h in c.hidden)
                # A number smuggled in an encoding ("frg ghaary G2 gb crnx 85 P") is no record.
                or any(c.source.endswith(DECODED) for c, _ in spots)
            ):
                return Origin.INSTRUCTED
            return Origin.UNKNOWN
        for lower, compact in users:
            if needle in (compact if compact_kind else lower):
                return Origin.USER
        if target.kind == "domain" and self._user_domain(needle, [lower for lower, _ in users]):
            return Origin.USER
        if target.kind == "value" and self._user_parts(value.lower()):
            return Origin.USER
        found = Origin.UNKNOWN
        for c in self._candidates(needle, compact_kind):
            hay = c.compact if compact_kind else c.text
            if needle not in hay:
                continue
            if compact_kind:
                if any(needle in r for r in c.compact_regions):
                    return Origin.FLAGGED
            elif any(needle in c.text[s:e] for s, e in c.regions):
                return Origin.FLAGGED
            if found is not Origin.INSTRUCTED:
                # A value smuggled in an encoding (a base64 SQL statement) is no record either.
                # The answer of a call that was given the value ("Refund RF-1093: PHP 6,240.00
                # to GCash +63 935 ...") gives it back, not an order.
                instructed = (
                    c.source.endswith(DECODED)
                    or (
                        needle not in (_compact(c.query) if compact_kind else c.query)
                        and _instructed(c.text, needle, spaced=compact_kind)
                    )
                    or any(needle in (_compact(h) if compact_kind else h) for h in c.hidden)
                )
                found = Origin.INSTRUCTED if instructed else Origin.UNTRUSTED
        if target.generic and found is Origin.UNTRUSTED:
            # A whole SQL statement that changes data, written in a cell of a table's row
            # ("SW-1210 | M-102 | 22.6 | regrade: UPDATE bales SET micron = 19.5 ..."), is code
            # planted in the data for its reader to run: rows a database or a sheet returns
            # hold values, and no one hands over the SQL to run in one.
            # (The rows are looked at first: few texts hold one, and reading SQL costs more.)
            if any(
                _in_table_cell(c.text, needle) for c in self._candidates(needle, compact_kind)
            ) and writes_sql(value):
                return Origin.INSTRUCTED
            # A statement that changes data, which the content writes and the user does not,
            # when the user wrote out the SQL to run ("first SELECT COUNT(*) ...; then DELETE
            # ..."): one the user did not give, planted beside theirs.
            if self._user_writes_sql() and writes_sql(value):
                return Origin.INSTRUCTED
            return Origin.UNKNOWN
        if found is Origin.UNKNOWN and target.kind == "value" and not compact_kind:
            # A statement smuggled in an encoding is spaced as its writer liked
            # (`pm_due='2030-12-31'` for `pm_due = '2030-12-31'`): it is still no record.
            squeezed = _compact(value)
            if len(squeezed) >= MIN_DECODED_MATCH:
                with self.lock:
                    decoded = [c for c in self.untrusted if c.source.endswith(DECODED)]
                if any(squeezed in c.compact for c in decoded):
                    return Origin.INSTRUCTED
        if found is Origin.UNKNOWN and target.kind == "value":
            # An address with its country added ("..., 3089 JH Rotterdam, Netherlands") is
            # where the text gives it without one.
            head, comma, tail = value.rpartition(",")
            if comma and len(head.strip()) >= 20 and _COUNTRY_RE.fullmatch(tail.strip()):
                return self.provenance(replace(target, value=head.strip()))
        return found

    def _user_writes_sql(self) -> bool:
        """Whether the user's messages write out SQL of their own (a SELECT ... FROM, a
        DELETE FROM, an UPDATE ... SET)."""
        with self.lock:
            users = [lower for lower, _ in self.user]
        return any(_SQL_IN_TEXT_RE.search(u) or _SELECT_IN_TEXT_RE.search(u) for u in users)

    @staticmethod
    def _user_domain(host: str, users: list[str]) -> bool:
        """Whether the user's messages name the domain `host` belongs to: an address or a
        site at `lumenlogistics.eu` makes `tms.lumenlogistics.eu` the user's organisation."""
        base = registered_domain(host)
        if not base or base == host:
            return False
        rx = re.compile(rf"(?<![\w-]){re.escape(base)}(?![\w-])")
        return any(rx.search(lower) for lower in users)

    def find_secret(
        self, arguments: Mapping[str, Any], extra: Mapping[str, str] | None = None
    ) -> SecretMatch | None:
        """The first secret value (this session's or `extra`) in the arguments, in any encoding."""
        with self.lock:
            secrets = dict(self.secrets)
        if extra:
            secrets = {**extra, **secrets}
        if not secrets:
            return None
        for path, value in flatten(arguments):
            if not isinstance(value, str) or len(value) < MIN_SECRET_CHARS:
                continue
            for text, encoding in _decodings(value):
                for secret, origin in secrets.items():
                    if secret in text:
                        return SecretMatch(path, origin, encoding, digest(secret))
        return None
