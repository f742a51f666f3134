"""What a tool call can do to the world: sink classes from the tool's name and argument shapes.

Tool names come in every convention (`send_email`, `sendEmail`, `GmailSendEmail`,
`slack.post_message`, `BankManagerTransferFunds`, `TerminalExecute`); they are split into
lowercase tokens and classified by verb and object, then by the shape of the arguments
(a `to` holding an address and a `body`; a `url` with `method: POST`; an `iban` and an `amount`;
`enabled: false` on a camera; `role: owner`; `replicas: 0`).

`requested(cls, words)` says whether the user's own words ask for an action of a class.

`classify("GmailSendEmail", {"to": "a@b.c"})` -> frozenset({"message"})
"""

from __future__ import annotations

import fnmatch
import itertools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any, Final
from urllib.parse import parse_qsl, urlsplit

import yaml

from redline.guard.sql import statement_kinds

__all__ = [
    "BANK_DETAIL_WORDS",
    "CLI_ARGUMENTS",
    "CLI_PROGRAMS",
    "OUTBOUND",
    "SETTING_KEYS",
    "SINKS",
    "SINK_CLASSES",
    "TARGET_ARGUMENTS",
    "action_tokens",
    "changes_bank_details",
    "classify",
    "click_label",
    "flatten",
    "key_words",
    "money_key",
    "name_matches",
    "paid_key",
    "requested",
    "stem",
    "tokens",
    "words_of",
    "writes_sql",
]

# Classes that move data or value out of the agent's hands.
OUTBOUND: Final = frozenset({"message", "http_write", "payment", "share", "calendar"})
# What a tool call can do to the world. `read` and `secret_read` only read; `other` is any
# tool that is neither a read nor a known sink.
SINK_CLASSES: Final[tuple[str, ...]] = (
    "message",
    "http_write",
    "payment",
    "shell",
    "file_write",
    "delete",
    "credential",
    "share",
    "calendar",
    "security",
    "secret_read",
    "read",
    "other",
)
# Classes whose calls change the world (everything but reads).
SINKS: Final = frozenset(SINK_CLASSES) - {"read", "secret_read"}


def fold_accents(text: str) -> str:
    """`text` without the accents of its Latin letters (`réserver` -> `reserver`, `Núria` ->
    `Nuria`). Other scripts keep theirs: Cyrillic `й` is a letter of its own (`y` in Latin
    letters, where `и` is `i`), and a Devanagari vowel sign is part of its word."""
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    out: list[str] = []
    latin = False
    for ch in decomposed:
        if not unicodedata.combining(ch):
            latin = ch.isascii()
        elif latin:
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def word_set(text: str) -> frozenset[str]:
    """The space-separated words of `text` as a set."""
    return frozenset(text.split())


_CAMEL: Final = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def tool_part(name: str) -> str:
    """The tool's own part of a name. MCP clients name a server's tool `mcp__<server>__<tool>`:
    the server's name is a namespace (`mcp__fetch__post_webpage` posts, it does not fetch)."""
    if name.startswith("mcp__") and name.count("__") >= 2:
        return name.rsplit("__", 1)[1] or name
    if "__" in name.strip("_") and not name.lower().startswith("mcp__"):
        # `<server>__<tool>` without the `mcp__` prefix names a server's tool the same way.
        return name.strip("_").rsplit("__", 1)[1] or name
    return name


@lru_cache(maxsize=4096)
def tokens(name: str) -> tuple[str, ...]:
    """`GmailSendEmail` -> ('gmail', 'send', 'email'); `slack.post_message` -> (.., 'message');
    a name written lowercased as one word reads as its words where they are plain
    (`createmailrule` -> ('create', 'mail', 'rule'), see `_joined_words`). Only the tool's part
    of a server-namespaced name counts (`tool_part`)."""
    name = tool_part(name)
    if not name.isascii():
        # Latin letters with accents read as their plain letters (`téléphone`,
        # `email_récupération`), not as breaks inside a word.
        name = fold_accents(name[:200])
    out: list[str] = []
    for part in re.split(r"[^A-Za-z0-9]+", name[:200]):
        for m in _CAMEL.finditer(part):
            word = m.group(0).lower()
            out.extend(_joined_words(word) if part.islower() else (word,))
    return tuple(out)


# The words a tool's or a field's name is made of when written lowercased as one word
# (`paygrower`, `accountnumber`, `forwardto`): the verbs that open a tool's name ...
_JOINED_VERBS: Final = word_set(
    "get set create update delete remove send pay issue book list read run add enable disable "
    "reset show post put fetch find search lookup check grant revoke cancel refund transfer "
    "approve submit upload download export import forward reply schedule assign open close "
    "start stop restart write query view make apply change edit notify"
)
# ... and the nouns of fields and records, the last of which may close a name.
_JOINED_NOUNS: Final = word_set(
    "id no to by from number name date time amount due total account routing iban swift bank "
    "email mail phone mobile address user role group rule mailbox recipient sender subject "
    "body message text status type code key token secret secrets password file path folder url "
    "link order invoice bill payment customer vendor supplier member employee ticket note notes "
    "record report integration sms reference balance method currency memo command console money "
    "wallet momo mpesa contact recovery"
)
_JOINED_KNOWN: Final = _JOINED_VERBS | _JOINED_NOUNS
_JOINED_SHORT: Final = frozenset({"id", "no", "to", "by"})
# Words that stay whole though they split into such words (`checkout`, `username`).
_WHOLE_WORDS: Final = word_set(
    "checkout payout payroll mailbox webhook password passcode username hostname filename "
    "namespace database dataset workspace setpoint setpoints timestamp firmware endpoint "
    "playbook runbook backup login logout signup setup startup shutdown download upload "
    "checklist workflow topup cashout payslip paycheck readme runtime runway postcode zipcode "
    "postbox postmark checkpoint bookmark booklet addon addons setback feedback paid payable "
    "payables setting settings settle settled settlement listing listings reading readings "
    "opening openings running overpaid prepaid unpaid candidate cancellation"
)


@lru_cache(maxsize=4096)
def _joined_words(word: str) -> tuple[str, ...]:
    """A lowercased name of six letters or more as the words it joins: two or more, all among
    `_JOINED_VERBS` and `_JOINED_NOUNS` but at most one (of five letters or more), opened by
    such a verb or closed by such a noun (`getgrowerclip` -> ('get', 'growerclip'), `growerid`
    -> ('grower', 'id')); "no", "to" and "by" only beside known words (`forwardto`). The word
    itself when it joins none so, or is a word of its own (`checkout`, `settings`, `producto`,
    `telefono`)."""
    if len(word) < 6 or not word.isascii() or not word.isalpha() or word in _WHOLE_WORDS:
        return (word,)
    known = _JOINED_KNOWN
    if word in known or stem(word) in known:
        return (word,)

    def plain(piece: str) -> bool:
        if len(piece) < 3:
            return piece in _JOINED_SHORT
        return piece in known or stem(piece) in known

    # best[i]: (unknown pieces, -known letters, pieces) and the split of word[:i]
    best: dict[int, tuple[tuple[int, int, int], tuple[str, ...]]] = {0: ((0, 0, 0), ())}
    for end in range(1, len(word) + 1):
        for begin in range(max(0, end - 16), end):
            if begin not in best:
                continue
            piece = word[begin:end]
            (unknown, letters, count), split = best[begin]
            if plain(piece):
                score = (unknown, letters - len(piece), count + 1)
            elif len(piece) >= 5 and unknown == 0:
                score = (1, letters, count + 1)
            else:
                continue
            if end not in best or score < best[end][0]:
                best[end] = (score, (*split, piece))
    found = best.get(len(word))
    if found is None or len(found[1]) < 2:
        return (word,)
    (unknown, _, _), split = found
    if unknown and any(p in _JOINED_SHORT and p != "id" for p in split):
        return (word,)  # Spanish "telefono", "producto"; "standby"
    if any(
        p not in known and (p[0] in "aeiouy" or p[0] == before[-1])
        for before, p in itertools.pairwise(split)
    ):
        return (word,)  # a verb's own ending ("additional", "bookingdb", "cancellation")
    if split[0] in _JOINED_VERBS or split[-1] in _JOINED_NOUNS or stem(split[-1]) in _JOINED_NOUNS:
        return split
    return (word,)


# A name written as code: camelCase or PascalCase (`EnableMfa`, `payMobileMoney`), or words
# joined by underscores (`grant_role`).
_CODE_NAME_RE: Final = re.compile(
    r"\b(?:[A-Za-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)\b"
)


def call_name_words(text: str) -> set[str]:
    """The words of the tools' names a text writes as code, a name that opens with a verb
    (`EnableMfa` -> enable, mfa; `grant_role`); not a brand's (`EasyWallet`)."""
    out: set[str] = set()
    for name in _CODE_NAME_RE.findall(text)[:256]:
        words = tokens(name)
        if len(words) >= 2 and words[0] in _JOINED_VERBS:
            out.update(words)
    return out


def name_matches(name: str, patterns: list[str] | tuple[str, ...]) -> bool:
    """Case-insensitive glob match of a tool name."""
    low = name.lower()
    return any(fnmatch.fnmatchcase(low, p.lower()) for p in patterns)


_READ_VERBS: Final = word_set(
    "get read list search find fetch query view show lookup look check retrieve browse open "
    "describe count summarize summarise inspect download load select peek see watch "
    "scan grep cat ls head tail stat explore navigate visit filter sort lookup"
)
_PAY_TOKENS: Final = word_set(
    "pay payment payments remit wire venmo paypal zelle withdraw withdrawal purchase buy "
    "checkout tip donate donation refund reserve reservation book booking rent disburse "
    "disbursement payout payouts pix pagar pague pagamento pagamentos pago pagos zahlen zahlung "
    "bezahlen überweisen ueberweisen überweisung ueberweisung paiement payer virement pagare "
    "bonifico reembolsar reembolso rembourser remboursement rimborso rimborsare erstatten "
    "erstattung reimburse reimbursement payroll betaling betalen overboeking overmaken "
    "terugbetaling uitbetaling płatność platnosc przelew zapłata zaplata wypłata ödeme odeme "
    "havale pembayaran bayar neft rtgs imps upi sepa eft ach bacs chaps spei sinpe"
)
_MONEY_OBJECTS: Final = word_set(
    "money funds fund transaction transactions transfer transfers payment crypto bitcoin btc "
    "eth ether usdc usdt coin coins cash iban wire invoice bill bills order wallet erc20 nft "
    "orders quote quotes cart basket subscription subscriptions ticket tickets fare fares "
    "prescription prescriptions rx refill refills points miles "
    # mobile money, by the wallets' names (`momo/send`, `send-mgurush`)
    "momo mpesa pesa mgurush gurush ecocash mvola telebirr gcash waafi flooz tmoney bkash nagad"
)
# Value that is not money yet: cards, store credit, coupons, token allowances.
_VALUE_OBJECTS: Final = word_set(
    "giftcard giftcards coupon coupons voucher vouchers discount discounts promo promocode "
    "promotion credit credits rebate cashback compensation allowance "
    # a credit note in Spanish, Portuguese, French and German (`emitir_nota_credito`)
    "credito crédito creditos créditos avoir gutschrift bonificacion bonificación"
)
_VALUE_VERBS: Final = word_set(
    "issue create generate add grant give apply award make new request order approve increase "
    "set extend emitir emite crear generar aplicar otorgar émettre emettre erstellen"
)
_CARD_PAIRS: Final = frozenset(
    {
        ("virtual", "card"),
        ("card", "virtual"),
        ("gift", "card"),
        ("prepaid", "card"),
        ("debit", "card"),
        ("credit", "card"),
        ("payment", "card"),
        ("card", "payment"),
        ("store", "credit"),
    }
)
# Exposing a wallet's keys: `wallet-export-key`, `reveal_seed_phrase`, `backup_mnemonic`.
_EXPOSE_VERBS: Final = word_set("export reveal dump backup display show copy print")
_WALLET_SECRETS: Final = word_set("seed mnemonic privatekey privkey keystore")
_MONEY_VERBS: Final = word_set(
    "send transfer make schedule create initiate update execute place submit move deposit "
    "request add issue renew redeem"
)
# What makes a ticket one that is sold (`issue_ticket`, `redeem_tickets`), not a case.
_TICKET_SALE_VERBS: Final = word_set("issue redeem renew place")
# What a transfer moves when it is not money.
_GOODS_WORDS: Final = word_set(
    "inventory stock item items product products file files data domain domains call calls "
    "ownership owner repo repository patient patients case cases chat conversation queue "
    "shipment shipments asset assets license licenses seat seats"
)
_MSG_VERBS: Final = word_set(
    "send post reply forward publish tweet retweet message notify dm broadcast compose "
    "write draft respond email text comment mail share fax responder responda responde "
    "répondre repondre antworten rispondere"
)
_MSG_OBJECTS: Final = word_set(
    "email emails mail message messages msg sms text dm chat tweet comment reply slack "
    "discord telegram whatsapp "
    "notification channel letter status toot tweets fax faxes review reviews avaliacao "
    "avaliacoes resena resenas avis bewertung bewertungen recensione recensioni"
)
# Verbs that send on their own, whatever follows (`send`, `broadcast`, `notify`).
_SEND_ALONE: Final = word_set("send notify broadcast blast announce")
_BULK_WORDS: Final = word_set("bulk mass blast broadcast")
_NEWS_OBJECTS: Final = word_set("update updates news notice notices announcement bulletin")
_LOG_WORDS: Final = word_set("history log logs status template templates inbox")
_HTTP_VERBS: Final = word_set("post put patch upload submit publish send")
_HTTP_OBJECTS: Final = word_set(
    "webpage page url http https request web website webhook api site form endpoint server"
)
_SHELL_TOKENS: Final = word_set(
    "shell terminal bash sh zsh exec execute subprocess powershell cmd console repl "
    "interpreter command commands"
)
_RUN_VERBS: Final = word_set("run execute exec eval evaluate invoke")
# Command-line programs offered as tools of their own name (`kubectl` with `args: "drain ..."`):
# such a call runs a command line, read as one.
CLI_PROGRAMS: Final = word_set(
    "kubectl oc helm terraform tofu git docker podman aws gcloud gsutil az gh glab psql mysql "
    "redis-cli systemctl ssh scp rsync curl wget ansible ansible-playbook crontab"
)
CLI_ARGUMENTS: Final = word_set(
    "args arguments argv flags options subcommand cmdline params parameters"
)


def cli_program(name: str) -> str | None:
    """The program a tool named after a command-line program runs (`mcp__k8s__kubectl` ->
    `kubectl`), else None."""
    own = tool_part(name).lower()
    return own if own in CLI_PROGRAMS else None


_CODE_OBJECTS: Final = word_set(
    "code script python command commands cell notebook program snippet js javascript node"
)
_WRITE_VERBS: Final = word_set(
    "write create save append edit update modify overwrite put copy move rename mkdir "
    "touch replace insert patch str set add upload assign dispatch ship deliver"
)
_FILE_OBJECTS: Final = word_set(
    "file files document documents doc docs note notes folder folders directory dir "
    "path content contents sheet spreadsheet"
)
# What is closed without losing anything: a browser tab, a file handle, a connection.
_CLOSED_HANDLES: Final = word_set(
    "browser tab tabs window windows page dialog popup modal file handle connection session "
    "stream socket cursor door drawer"
)
_DELETE_VERBS: Final = word_set(
    "delete remove rm unlink erase trash purge wipe destroy drop clear revoke cancel uninstall "
    # People removed from a community or a service: a ban, a kick, a suspended line.
    "ban kick suspend expel terminate blacklist close "
    # A package or a release taken back from a registry.
    "unpublish yank unlist"
)
_CRED_OBJECTS: Final = word_set(
    "password passwords passwd credential credentials pin passcode 2fa mfa otp "
    "apikey apikeys secret secrets keycode keycodes"
)
_CRED_PAIRS: Final = frozenset(
    {
        ("api", "key"),
        ("ssh", "key"),
        ("private", "key"),
        ("access", "key"),
        ("secret", "key"),
        ("access", "token"),
        ("auth", "token"),
        ("api", "token"),
        ("recovery", "code"),
        ("security", "code"),
        ("seed", "phrase"),
        ("recovery", "phrase"),
        ("secret", "phrase"),
        ("api", "keys"),
        ("access", "tokens"),
        ("api", "tokens"),
        ("personal", "access"),
        ("signing", "key"),
        # a login reset sent to someone (`guestSendAppReset`, `send_login_reset`)
        ("app", "reset"),
        ("login", "reset"),
        ("reset", "login"),
        ("access", "reset"),
        ("reset", "link"),
    }
)
# The code that opens a safe, a door, a gate or an alarm: read, it is a secret (setting or
# issuing one is an access change, asked for by the access words).
_OPENING_CODE_PAIRS: Final = frozenset(
    {
        ("safe", "code"),
        ("door", "code"),
        ("gate", "code"),
        ("alarm", "code"),
        ("master", "code"),
        ("unlock", "code"),
        ("access", "code"),
        ("entry", "code"),
    }
)
_CRED_VERBS: Final = word_set(
    "update change reset set create rotate add generate disable enable modify edit replace "
    "enroll enrol register unenroll bind issue mint new"
)
_SHARE_VERBS: Final = word_set(
    "share invite grant give add transfer unshare manage enroll enrol issue "
    "adicionar adiciona cadastrar cadastra añadir agregar anadir ajouter hinzufugen hinzufügen "
    "aggiungere aggiungi"
)
_SHARE_OBJECTS: Final = word_set(
    "permission permissions access role roles member members collaborator collaborators "
    "user users owner ownership admin guest viewer editor team workspace group groups membership "
    "usuario usuário usuarios usuários membro membros miembro miembros utilisateur utilisateurs "
    "membre membres benutzer mitglied mitglieder utente utenti membri equipe equipo équipe "
    "keycard keycards badge badges enrollment enrollments enrolment sharing"
)
_CAL_NOUNS: Final = word_set("event events meeting meetings calendar appointment appointments")
_CAL_VERBS: Final = word_set("create add schedule send update reschedule book invite set move")
# Security controls: physical (locks, alarms, cameras), account takeover (recovery, 2FA,
# forwarding), access (roles, ACLs, public links, collaborators, deploy keys).
# "Open" or "unlock" in the user's words, in several languages: what a call that unlocks
# needs (Quechua "kichay", Luxembourgish "opmaachen", Spanish "desbloquear" ...).
_OPEN_WORDS: Final = word_set(
    "open unlock desbloquear desbloquea desbloquee abrir abre déverrouiller déverrouillez "
    "ouvrir ouvrez entsperren entsperre öffnen öffne sbloccare sblocca aprire apri destrancar "
    "desbloqueie kichay kichariy opmaachen opspären"
)
# Immobilising a vehicle stops it where it is, with its driver and passengers in it: a control
# over people's safety that only the user's words may use.
_UNGUARD_VERBS: Final = word_set(
    "unlock disarm bypass deactivate unarm immobilise immobilize immobiliser immobilizer"
)
_WEAKEN_VERBS: Final = word_set(
    "disable stop pause mute turn off open deactivate suspend snooze silence remove delete"
)
_SECURITY_DEVICES: Final = word_set(
    # an electric fence that keeps wildlife or livestock out (`setFenceEnergiser`)
    "fence fences energiser energizer energisers energizers "
    # a vessel's or a vehicle's position reporting (`setVmsReporting(enabled: false)`), a
    # pump's or a motor's protection (`dry_run_protect: false`), French and Spanish alarms
    "vms ais transponder tracker trackers tracking gps protect alarme alarmes alarma alarmas "
    "door doors lock locks deadbolt gate garage alarm alarms siren camera cameras cam recording "
    "recordings surveillance cctv sensor sensors safe vault keypad doorbell motion security "
    "signal signals sprinkler sprinklers detector detectors smoke barrier barriers "
    # a machine's safety functions: `circuit: wind_stop`, `interlock: door`, `overspeed`
    "interlock interlocks safety estop failsafe brake brakes overspeed breaker protection "
    "alert alerts alerting suppression extinguishing "
    # an isolation that keeps people safe inside a machine or a bin (lockout / tagout), and the
    # air that keeps a store or a room safe
    "lockout lockouts tagout loto aeration ventilation exhaust extraction "
    # what cleans a plant's exhaust before it reaches people (`scrubber-mode SC-1 bypass`,
    # `SetAbatementPlant(enabled: false)`)
    "scrubber scrubbers abatement cutout cutouts cutoff cutoffs "
    # the flare that burns off surplus gas, and the fence that keeps a drone in its area
    "flare flares geofence geofences geofencing hood hoods perimeter "
    # an aviation obstruction beacon on a mast, a light curtain on a press
    "beacon beacons obstruction lightcurtain "
    # what takes a contaminated or dangerous item off a line (a metal detector's reject)
    "reject rejector anticollision collision limiter prot siren sirens buzzer buzzers "
    # a traffic controller's conflict monitor, that stops green shown to crossing streams
    "conflict"
)
_TAKEOVER_OBJECTS: Final = word_set(
    "recovery forwarding autoforward 2fa mfa twofactor totp authenticator"
)
_TAKEOVER_PAIRS: Final = frozenset(
    {
        ("recovery", "email"),
        ("recovery", "phone"),
        ("primary", "email"),
        ("login", "email"),
        ("account", "email"),
        ("contact", "email"),
        ("two", "factor"),
        ("auto", "forward"),
        ("mail", "filter"),
        ("email", "filter"),
        ("mail", "rule"),
        ("email", "rule"),
        ("inbox", "rule"),
        ("security", "question"),
        ("deploy", "key"),
        ("access", "code"),
        ("guest", "code"),
        ("door", "code"),
        ("lock", "code"),
        ("link", "sharing"),
        ("public", "link"),
        ("public", "access"),
    }
)
_ACCESS_OBJECTS: Final = word_set(
    "iam acl acls role roles permission permissions owner ownership admin administrator "
    "collaborator collaborators visibility sharing public iam privacy"
)
_ACCESS_VERBS: Final = word_set(
    "set add update change grant make create assign transfer invite patch put give elevate "
    "promote enable enroll enrol register unenroll reset bind"
)
_ACCESS_KEYS: Final = word_set(
    "role roles permission permissions access access_level accesslevel level visibility "
    "privacy sharing link_sharing share_type sharetype scope acl member_role type"
)
_PUBLIC_VALUES: Final = frozenset(
    {
        "allusers",
        "allauthenticatedusers",
        "anyone",
        "anyonewithlink",
        "anyone_with_link",
        "public",
        "public-read",
        "public-read-write",
        "publicread",
        "everyone",
        "world",
        "internet",
        "domain",
    }
)
_PRIVILEGED_VALUES: Final = frozenset(
    {
        "owner",
        "owners",
        "admin",
        "admins",
        "administrator",
        "superuser",
        "root",
        "maintainer",
        "organizer",
        "fileorganizer",
        "manager",
        "roles/owner",
        "roles/editor",
        "roles/iam.securityadmin",
        "roles/resourcemanager.projectiamadmin",
        "full_control",
        "fullcontrol",
        "full",
    }
)
_PUBLIC_FLAGS: Final = word_set(
    "anyone_with_link anyonewithlink public is_public make_public allow_public publicly_accessible"
)
_POSTED_WORDS: Final = word_set("reply replies comment comments note notes answer respond message")
_GUARD_FLAGS: Final = word_set(
    "enabled enable armed arm locked lock recording record active on monitoring motion "
    "detection notifications alerts alarm_enabled alarms_enabled alert_enabled alerts_enabled"
)
_UNGUARD_STATES: Final = frozenset(
    {
        "unlock",
        "unlocked",
        "disarm",
        "disarmed",
        "off",
        "open",
        "opened",
        "disable",
        "disabled",
        "turnoff",
        "turn_off",
        "switchoff",
        "switch_off",
        "poweroff",
        "power_off",
        "deactivate",
        "deactivated",
        # a protection taken out of the way (`mode: bypass`, `mode: maintenance`)
        "bypass",
        "bypassed",
        "maintenance",
        # a siren or an alarm that sounds nothing (`mode: silent`)
        "silent",
        "muted",
    }
)
_STATE_KEYS: Final = word_set("state mode action status command")
# Other words a user names a protection by: "the gas detection" for the detector.
_DEVICE_NAMES: Final[dict[str, frozenset[str]]] = {
    "detector": frozenset({"detection"}),
    "detectors": frozenset({"detection"}),
    "sensor": frozenset({"sensing", "detection"}),
    "sensors": frozenset({"sensing", "detection"}),
    "camera": frozenset({"cctv", "recording"}),
    "cameras": frozenset({"cctv", "recording"}),
    # an electric fence: Setswana and Sesotho "terata" (wire, fence)
    "fence": frozenset({"terata"}),
    "fences": frozenset({"terata"}),
    "energiser": frozenset({"fence", "terata"}),
    "energizer": frozenset({"fence", "terata"}),
}
_INHIBIT_FLAGS: Final = word_set(
    "inhibit inhibited bypass bypassed override overridden suppressed muted silenced"
)
# Group and role memberships that carry privilege (`Domain Admins`, `finance-approvers`,
# `sudoers`), by the words of the value.
_GROUP_KEYS: Final = word_set("group groups group_name groupname role roles team membership")
_PRIVILEGED_WORDS: Final = word_set(
    "admin admins administrator administrators owner owners approver approvers sudo sudoers "
    "wheel root superuser superusers maintainer maintainers privileged super superadmin "
    "sysadmin"
)
# Scopes of a key or token that can change things (`admin:all`, `repo:write`, `*`).
_SCOPE_KEYS: Final = word_set("scope scopes permissions permission access_scopes grants")
_ADMIN_SCOPES: Final = word_set("admin owner root sudo superuser full all")
_WRITE_SCOPES: Final = word_set("write delete manage")
_KEY_OBJECTS: Final = word_set("key keys apikey apikeys token tokens credential credentials secret")
# Private repositories and buckets made public: `private: false`.
_PRIVATE_FLAGS: Final = word_set("private is_private isprivate")
# Climate devices and heating appliances: a set point far from comfort, or heat while away.
_CLIMATE_WORDS: Final = word_set(
    "thermostat thermostats heating heater hvac climate temperature boiler furnace radiator "
    "humidity humidifier dehumidifier"
)
# A supply cut off at a distance (`action: couper` on an electricity meter): people lose power,
# heat or water. The words a user asks for it with.
_SUPPLY_WORDS: Final = word_set(
    "meter meters supply power electricity electric water gas pdl compteur compteurs "
    "stromzähler zähler contador contatore"
)
_CUT_STATES: Final = word_set(
    "cut cutoff disconnect disconnected shutoff shut_off off couper coupure coupé "
    "cortar corte desconectar abschalten sperren trennen staccare interrompere"
)
_CUT_ASK: Final = word_set(
    "cut disconnect disconnection shut off shutoff couper coupez coupure cortar corte "
    "desconectar abschalten sperren trennen staccare interrompere "
    "ausschalten ausgeschalt ausschalt ofschalten ofgeschalt apagar apagay wañuchiy"
)
# A line or a section switched live (`overhead.section_set(OH-7, state: energised)`): whoever
# works on it under an isolation is in danger; asked for only in so many words.
_LINE_WORDS: Final = word_set(
    "section sections feeder feeders line lines overhead catenary busbar circuit circuits "
    "isolator isolators switchgear substation conductor conductors"
)
_ENERGISED_STATES: Final = word_set(
    "energised energized energise energize reenergised reenergized reenergise reenergize"
)
_ENERGISE_ASK: Final = word_set(
    "energise energize energised energized reenergise reenergize restore live reconnect"
)
_APPLIANCE_WORDS: Final = word_set(
    "oven stove cooktop hob burner grill fireplace iron sauna fryer heater furnace"
)
_SETPOINT_KEYS: Final = word_set(
    "target temperature temp setpoint set_point heat heating degrees celsius fahrenheit value "
    "target_temperature target_temp heat_setpoint stopnie stopni grad grados gradi degres "
    "degrés graus consigne consignes"
)
# Cold stores: food, milk, vaccines and samples spoil above a few degrees (Celsius), frozen
# goods thaw above about -12.
_COLD_WORDS: Final = word_set(
    "fridge fridges refrigerator refrigerators refrigeration freezer freezers chiller chillers "
    "cooler coolers coldroom coldstore cold vaccine vaccines milk chłodnia chlodnia chłodni "
    "chlodni zamrażarka zamrazarka kühlraum kühlschrank kühlzelle tiefkühl frigo frigorifero "
    "congelatore réfrigérateur congélateur nevera congelador geladeira koelcel vriezer"
)
_FROZEN_WORDS: Final = word_set(
    "freezer freezers zamrażarka zamrazarka tiefkühl congelatore congélateur congelador vriezer"
)
_ON_STATES: Final = frozenset({"on", "turnon", "turn_on", "start", "heat", "bake", "preheat"})
_HEX_ADDRESS_RE: Final = re.compile(r"0x[0-9a-fA-F]{40}")
_WEAKEN_WORDS: Final = frozenset(
    {
        "off",
        "disable",
        "disarm",
        "deactivate",
        "unlock",
        "stop",
        "pause",
        "unarm",
        "bypass",
        "inhibit",
        "mute",
        "silence",
        "suppress",
        # Setswana and Sesotho "switch off"
        "tima",
    }
)
# Words a user says to ask for a wallet's secret or a token allowance.
_EXPOSE_ASK: Final = frozenset(
    {"export", "reveal", "backup", "seed", "mnemonic", "phrase", "private", "keystore", "dump"}
)
_APPROVE_ASK: Final = frozenset({"approve", "approval", "allowance", "spender", "permit"})
_SCALE_KEYS: Final = word_set(
    "replicas replica_count desired_count desiredcount instances instance_count count capacity "
    "min_size max_size size desired_capacity"
)
_SCALE_VERBS: Final = word_set("scale resize set update patch autoscale")

# Arguments that name where something goes, or how much of it.
TARGET_ARGUMENTS: Final = word_set(
    "to cc bcc recipient recipients receiver receivers email emails address addresses "
    "url urls uri link endpoint webhook iban account account_number recipient_iban "
    "destination dest target phone number user user_id username channel participants "
    "attendees invitees amount host domain spender wallet wallet_address group groups "
    "bankgiro plusgiro sort_code sortcode routing_number kontonummer"
)
_MESSAGE_ARGS: Final = word_set("to cc bcc recipient recipients receiver receivers")
_BODY_ARGS: Final = word_set("body message text content subject html")
_ATTENDEE_ARGS: Final = word_set("attendees invitees participants guests emails attendee_emails")
_NOTE_ARGS: Final = word_set("description notes body agenda details content text")
_EMAIL_RE: Final = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


def singular(word: str) -> str:
    """`webhooks` -> `webhook`, `policies` -> `policy`, `batches` -> `batch`; other words as
    they are (`access`, `status`, `news`)."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is", "news")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes")):
        return word[:-2]
    return word[:-1]


def _by_name(toks: tuple[str, ...]) -> set[str]:
    # A plural names the same things (`webhooks.create`, `hooks.add`, `callbacks.register`).
    s = set(toks) | {singular(t) for t in toks}
    out: set[str] = set()
    verbs = [t for t in toks if t in _READ_VERBS or t in _WRITE_VERBS or t in _DELETE_VERBS]
    first_verb = verbs[0] if verbs else None
    # `show_notes_update`, `list_items_delete`: a name that ends in a write is not a read, nor
    # is a vendor's name that holds a read verb before the action (`AirWatch.setAlarm`).
    reading = (
        first_verb in _READ_VERBS
        and first_verb not in _WRITE_VERBS
        and not (toks and toks[-1] in _WRITE_VERBS | _DELETE_VERBS)
        and not {"set", "update", "create"}.intersection(verbs[1:])
        # `sendToList`, `broadcast_to_list`: a send names the list it goes to.
        and not _SEND_ALONE.intersection(toks[: toks.index(first_verb)])
        # `dome.show.console`: a console named last, after a noun, is the console of a show;
        # its calls run commands.
        and not (toks[-1] in _SHELL_TOKENS and toks[0] != first_verb)
    )

    pairs = set(itertools.pairwise(toks))
    wallet_secret = s & _WALLET_SECRETS or pairs & {("private", "key"), ("seed", "phrase")}
    if s & _EXPOSE_VERBS and (wallet_secret or {"wallet", "key"} <= s):
        # Exporting a wallet's key or seed exposes the credential; its output is a secret.
        out |= {"credential", "secret_read"}
    elif s & _CRED_OBJECTS or pairs & _CRED_PAIRS:
        writing = s & (_CRED_VERBS | _DELETE_VERBS | _WRITE_VERBS)
        out.add("credential" if writing and not reading else "secret_read")
    elif reading and pairs & _OPENING_CODE_PAIRS:
        out.add("secret_read")
    if _security_name(s, pairs, first_verb):
        out.add("security")
    if reading and not out:
        return {"read"}
    money = bool(s & _MONEY_VERBS and s & _MONEY_OBJECTS)
    if money and (s & _MONEY_VERBS) | (s & _MONEY_OBJECTS) == {"transfer"} and s & _GOODS_WORDS:
        money = False  # `inventory_transfer`, `transfer_ownership`: goods or records move
    if money and s & _MONEY_OBJECTS <= {"ticket", "tickets"} and not s & _TICKET_SALE_VERBS:
        money = False  # `UpdateMaintenanceTicket`, `create_ticket`: a case, not a sale
    booked_only = _pays_only_by_booking(s) and bool(s & _BOOKED_THINGS)
    if (s & _PAY_TOKENS and not booked_only) or money:
        out.add("payment")
    elif (s & _VALUE_OBJECTS or pairs & _CARD_PAIRS) and s & (_VALUE_VERBS | _MONEY_VERBS):
        out.add("payment")  # a virtual card, store credit, a coupon, a token allowance
    elif "approve" in s and s & {"token", "tokens", "spend", "spending", "spender"}:
        out.add("payment")
    if (
        (s & _SHELL_TOKENS and not s & {"history", "log", "logs"})
        or (s & _RUN_VERBS and s & _CODE_OBJECTS)
        or "-".join(toks) in CLI_PROGRAMS
    ):
        out.add("shell")
    if s & _CAL_NOUNS and s & _CAL_VERBS and not s & _DELETE_VERBS:
        out.add("calendar")
    elif ((s & _SHARE_VERBS and s & _SHARE_OBJECTS) or "share" in s or "invite" in s) and not (
        # `share_file_delete` deletes from a file share; it shares nothing.
        "share" in s and s & _DELETE_VERBS and not s & (_SHARE_VERBS - {"share"})
    ):
        out.add("share")
    messaging = bool(s & _MSG_VERBS and s & _MSG_OBJECTS and "calendar" not in out)
    # A bulk or mass send (`sms.bulk`, `mass_email`) and a post of news or an update to a
    # group (`post_league_update`).
    messaging = (
        messaging
        or bool(s & _MSG_OBJECTS and s & _BULK_WORDS and not reading)
        or bool(toks and toks[0] == "post" and toks[-1] in _NEWS_OBJECTS)
        # `SmsWardens`, `whatsapp_guests`: the channel named first is the verb; `member-sms`,
        # `staff_whatsapp`: or last, after whom it goes to.
        or bool(
            len(toks) > 1
            and (toks[0] in {"sms", "whatsapp"} or toks[-1] in {"sms", "whatsapp"})
            and not reading
            and not s & _LOG_WORDS
        )
    )
    if messaging or (_SEND_ALONE & s and not out):
        out.add("message")
    if (s & _HTTP_VERBS and s & _HTTP_OBJECTS) or s & {"webhook", "upload"}:
        out.add("http_write")
    if s & _DELETE_VERBS and not (s & _DELETE_VERBS == {"close"} and s & _CLOSED_HANDLES):
        # Closing a claim, a case or an account ends it; closing a tab or a file does not.
        out.add("delete")
    elif s & _WRITE_VERBS and s & _FILE_OBJECTS:
        out.add("file_write")
    if not out:
        out.add("other")
    return out


def _pays_only_by_booking(words: set[str]) -> bool:
    """Whether the only payment words among `words` (singular forms) are "book" and "booking",
    which name a ledger, a register or a transport booked as often as a purchase."""
    return words & _PAY_TOKENS <= _BOOKING_WORDS


_BOOKING_WORDS: Final = frozenset({"book", "booking"})
# What a tool may book that is no purchase of its own: a shipment's transport
# (`book_export_shipment`, `courier_book_shipment`, `bookdelivery`, `bookTruck`), and the rows
# of a bookings database (`booking_sql`).
_BOOKED_THINGS: Final = word_set(
    "shipment shipments courier freight container containers consignment consignments pickup "
    "parcel parcels waybill delivery deliveries truck trucks lorry lorries haulage sql query"
)


def _security_name(s: set[str], pairs: set[tuple[str, str]], first_verb: str | None) -> bool:
    """A tool that weakens a security control: a lock, an alarm, a camera, account recovery,
    two-factor, mail forwarding, roles and public access."""
    if s & _UNGUARD_VERBS:
        return True
    looking = first_verb in _READ_VERBS and first_verb != "open"
    if s & _SECURITY_DEVICES and s & _WEAKEN_VERBS and not looking:
        return True
    changing = s & (_ACCESS_VERBS | _WEAKEN_VERBS | _WRITE_VERBS)
    if changing and (s & _TAKEOVER_OBJECTS or pairs & _TAKEOVER_PAIRS):
        return True
    return bool(changing and s & (_ACCESS_OBJECTS | _PRIVILEGED_WORDS) and not looking)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


# A bare editing verb (`Write`, `Edit`, `MultiEdit`, `create`, `str_replace_editor`) with a
# path and content writes a file.
_EDIT_VERBS: Final = word_set(
    "write edit multiedit multi create str replace editor overwrite save append patch"
)
_PATH_ARGS: Final = word_set("path file_path filepath filename file target_file notebook_path")
_CONTENT_ARGS: Final = word_set(
    "content contents text new_string old_string new_str file_text edits new_source source "
    "data body"
)


_RUNS_CODE_PATH_RE: Final = re.compile(
    r"(?:^|[/\\])(?:\.github[/\\]workflows[/\\]|\.gitlab-ci\.ya?ml$|\.circleci[/\\]|"
    r"Jenkinsfile$|\.git[/\\]hooks[/\\]|\.husky[/\\]|azure-pipelines\.ya?ml$|"
    r"bitbucket-pipelines\.ya?ml$|\.travis\.ya?ml$|\.pre-commit-config\.ya?ml$|"
    r"\.buildkite[/\\])",
    re.I,
)


# A read whose result is secret-bearing, told by its arguments: a resource kind of `secret`
# (Kubernetes, secret managers), or a query that selects from a table of keys, tokens,
# passwords or card numbers.
_KIND_KEYS: Final = word_set("kind type resource resource_type resourcetype object object_type")
_SECRET_KINDS: Final = word_set("secret secrets")
_SECRET_TABLE_RE: Final = re.compile(
    r"(?is)^\s*(?:with\b|select\b).*?\b(?:from|join)\s+[\w.\"`\[\]]*?(?:api_?keys?|"
    r"access_?keys?|(?:auth_|access_|refresh_|service_|api_)?tokens|secrets|credentials|"
    r"passwords?|passwd|private_?keys?|payment_?cards?|credit_?cards?|card_numbers)\b"
)
# Columns that hold secrets or identities, selected from any table: `SELECT provider, api_key,
# client_secret FROM integrations` (see `_selects_secret_columns`).
_SECRET_COLUMN_RE: Final = re.compile(
    r"\b(?:api_?key|api_?secret|client_?secret|secret_?key|secret|password|passwd|"
    r"password_?hash|private_?key|access_?token|refresh_?token|auth_?token|api_?token|token|"
    r"card_?number|cvv|ssn|ssn_?last_?4|last_?4_?ssn|personnummer|ni_?number|national_?id|"
    r"passport(?:_?number)?|tax_?id|"
    r"iban|nhs_?(?:number|no)|medicare_?(?:number|no)|health_?(?:insurance_?)?(?:number|id)|"
    # codes that open something (`access_code`, `gate_code`, `door_pin`, `passcode`)
    r"(?:access|gate|door|alarm|entry|keypad|safe|lock)_?(?:code|pin)|passcode|pin_?code|"
    r"key_?safe_?(?:code|pin)|keysafe_?(?:code|pin)|master_?(?:code|pin)|keycode|"
    # national identity numbers by their local names
    r"nik|no_?ktp|ktp|cpf|pesel|bsn|dni|nie|curp|nino|aadhaar|cnp|rodne_?cislo|"
    r"henkilotunnus|cpr)s?\b"
)
_SELECT_RE: Final = re.compile(r"\bselect\b")
_FROM_RE: Final = re.compile(r"\bfrom\b")


def _selects_secret_columns(sql: str) -> bool:
    """Whether a SELECT of the statement (at most 64 looked at) lists a secret column before
    its FROM."""
    low = sql.lower()
    for i, m in enumerate(_SELECT_RE.finditer(low)):
        if i >= 64:
            break
        end = _FROM_RE.search(low, m.end(), m.end() + 2000)
        if end is not None and _SECRET_COLUMN_RE.search(low, m.end(), end.start()):
            return True
    return False


SQL_KEYS: Final = word_set("sql query statement statements")


def _sql_texts(arguments: Mapping[str, Any]) -> list[str]:
    """The SQL a call's arguments carry (`sql`, `query`, `statement`), each cut to 20,000
    characters."""
    return [
        v[:20_000]
        for k, v in arguments.items()
        if str(k).lower() in SQL_KEYS and isinstance(v, str)
    ]


def _sql_sets(columns: str, suffix: str = "") -> re.Pattern[str]:
    """SQL that sets one of `columns` (an alternation) on rows: within an UPDATE's SET clause,
    since `... WHERE balance = 0` only picks the rows; `suffix` may follow the column name."""
    return re.compile(
        r"(?is)\bupdate\b.{0,200}?\bset\b(?:(?!\bwhere\b).){0,400}?"
        rf"\b(?:{columns}){suffix}\s*="
    )


# Where money goes: `SET iban = '...'`, `SET sort_code = ..., account_no = ...`.
_SQL_BANK_COLUMNS = (
    r"iban|sort_?code|account_?(?:no|number)|bank_?account|routing(?:_?number)?|bic|swift|"
    # a payee's bank and account by other names: `bank`, `account`, Indonesian `no_rek`,
    # `no_rekening`, Russian `bik`, `rs` (settlement account), Spanish `clabe`, `cbu`
    r"bank|bank_?name|account|no_?rek(?:ening)?|rekening|bik|r_?s|ks|clabe|cbu|bsb|konto|"
    # a mobile-money wallet the payout goes to (`wallet`, `momo_number`, `gcash_number`)
    r"wallet|wallet_?(?:no|number|id)|mobile_?money|momo(?:_?number)?|m_?pesa|gcash(?:_?number)?"
)
# SQL that sets where a payee's money goes (see `changes_bank_details`).
_SQL_BANK_RE: Final = _sql_sets(_SQL_BANK_COLUMNS)
# SQL that rewrites money: a balance, an amount due, a credit limit or a price set on rows, or
# where money goes; a currency may follow the column (`amount_bdt`, `price_eur`).
_SQL_MONEY_RE: Final = _sql_sets(
    r"balance|balance_due|amount|amount_due|amount_paid|paid_amount|outstanding|arrears|credit|"
    r"credit_limit|price|unit_price|fee|discount|refund|refund_amount|payout|salary|wage|rate|"
    + _SQL_BANK_COLUMNS,
    suffix=r"(?:_[a-z]{3})?",
)
# SQL that grants: a role or an admin flag set on rows, a GRANT, or a key or token planted.
_SQL_GRANT_RE: Final = re.compile(
    r"(?is)\bupdate\b.{0,200}?\bset\b.{0,400}?\b(?:role|roles|is_?admin|is_?superuser|"
    r"is_?staff|permissions?|access_?level|user_?type|privileges?)\s*="
    r"|\bgrant\s+[\w\s,]{1,80}?\s+on\b.{0,200}?\bto\b"
    r"|\bgrant\s+\w+\s+to\b|\balter\s+(?:user|role)\b.{0,200}?\b(?:superuser|createrole)\b"
    # a key or token planted in a table: `INSERT INTO api_tokens (owner, token, ...)`
    r"|\binsert\s+into\s+[\w.\"`]*(?:tokens?|keys?|credentials?|secrets?)\b"
)
# A document named for the credentials it keeps (`Admin/portal_logins.xlsx`,
# `gate_and_alarm_codes.txt`, `管理/システム認証情報.txt`): reading it reads secrets.
_CREDENTIAL_DOC_RE: Final = re.compile(
    r"(?i)(?:^|[^a-z])(?:passwords?|passwd|passcodes?|credentials?|logins?|secrets|"
    r"api[ _-]?keys?|recovery[ _-]?codes?|backup[ _-]?codes?|2fa|mfa|otp[ _-]?seeds?|"
    r"(?:access|alarm|gate|door|lock|safe|entry|keypad|pin)(?:[ _-]?and[ _-]?\w+)?[ _-]?codes?|"
    # master and key-safe codes ("panel_master_codes.csv", "sleutelkluis_codes.txt")
    r"master[ _-]?codes?|key[ _-]?safe\w*|keysafe\w*|key[ _-]?codes?|sleutelkluis\w*|"
    r"contrase[nñ]as?|claves|senhas?|passw[oö]rter|kennw[oö]rter|zugangsdaten|identifiants|"
    r"mots?[ _-]de[ _-]passe|credenziali|пароли|пароль)(?:[^a-z]|$)|"
    r"認証情報|パスワード|暗証番号|密码|凭据|비밀번호|계정[ _]?정보"
)
# People's personal data read in bulk with SQL (see `bulk_personal_select`).
_PERSONAL_COLUMNS: Final = word_set(
    # and the same columns by other languages' names (Indonesian, Javanese, Malay, Spanish,
    # Portuguese, French, German, Italian, Russian)
    "nama no_hp hp alamat telepon telp no_telp nombre apellido telefono teléfono direccion "
    "dirección nome telefone endereco endereço prenom prénom nom telephone téléphone adresse "
    "vorname nachname telefon anschrift cognome indirizzo имя фамилия фио телефон адрес "
    "name full_name first_name last_name surname email e_mail contact_email guardian_email "
    "nok_email phone mobile phone_number contact_phone nok_phone home_address address "
    "address_line1 address_line2 site_address postcode zip date_of_birth dob birth_date "
    "card card_token card_number card_last4 ssn passport passport_no national_id licence_number "
    "license_number"
)
# A person's field under their role (`complainant_phone`, `worker_name`, `guardian_email`),
# national or bank identifiers (`aadhaar_no`, `cnic`, `bank_account`, `ifsc`) and pay.
_PERSONAL_COLUMN_RE: Final = re.compile(
    r"(?:[a-z]+_)?(?:phone|mobile|email|e_mail|dob|date_of_birth|home_address)"
    r"|(?:complainant|worker|employee|staff|patient|customer|client|member|holder|applicant|"
    r"guardian|tenant|resident|student|donor|driver|passenger|reporter|witness|victim|"
    r"contact|nok|owner|user|person|volunteer|player|guest)_(?:name|full_name|address|surname)"
    r"|(?:aadhaar|aadhar|nin|nino|tfn|bsn|cpf|curp|cnic|nic|nida|cin|cni|dni|tc|tckn|iqama)"
    r"(?:_(?:no|number|id))?|msisdn|mvola|mpesa|momo|ecocash"
    r"|(?:pan|tax|sin|ird|tin|nif|nie)_(?:no|number|id)"
    r"|(?:delivery|postal|mailing|billing|shipping|street|residential|physical)_address"
    r"|bank_account(?:_no|_number)?|account_(?:no|number)|ifsc|sort_code|(?:bank_)?iban|salary"
    r"|salaries"
)
# Tables of people, by name (in several languages).
_PEOPLE_TABLES = (
    r"customers?|clients?|members?|users?|patients?|students?|guests?|donors?|employees?|staff|"
    r"jurors?|residents?|subscribers?|contacts?|tenants?|owners?|riders?|drivers?|passengers?|"
    r"holders?|parties|people|persons?|pelanggan|petani|pembeli|penumpang|pegawai|karyawan|"
    r"nasabah|clientes|membres|клиент\w*|абонент\w*|сотрудник\w*|пассажир\w*"
)
_PEOPLE_TABLE_RE: Final = re.compile(
    rf"(?is)\bselect\s+\*\s+from\s+[\w.\"`]*(?:{_PEOPLE_TABLES})\b"
)
# Every row's e-mail address or phone number from a table of people (`SELECT raison_sociale,
# email, encours FROM clients`, no WHERE): their contacts in bulk.
_WHERE_RE: Final = re.compile(r"(?i)\bwhere\b")
_CONTACTS_OF_PEOPLE_RE: Final = re.compile(
    r"(?is)\bselect\b(?:(?!\bfrom\b).){0,600}?\b(?:\w+_)?(?:e_?mail|phone|mobile|telephone|"
    r"t[ée]l[ée]phone|telefon[oe]?|no_hp)\b(?:(?!\bfrom\b).){0,600}?\bfrom\s+[\w.\"`]*"
    rf"(?:{_PEOPLE_TABLES})\b"
)
_SQL_COLUMNS_RE: Final = re.compile(r"(?is)\bselect\s+(?:distinct\s+)?(.{1,600}?)\s+from\b")
# One row picked by its key (`WHERE member_id = 'M-1'`, `WHERE id = 42`): no bulk read.
_PINNED_RE: Final = re.compile(
    r"(?is)\bwhere\b.{0,200}?\b(?:\w+_)?(?:id|no|number|ref)\s*=\s*"
    # or by a code that holds a digit (`WHERE code = 'CL-0418'`; a country code picks many)
    r"|\bwhere\b.{0,200}?\b(?:\w+_)?code\s*=\s*'[^'\d]{0,20}\d[^']{0,40}'"
    # or to one name (`WHERE name LIKE '%Chishma Neft%'`): five characters or more of it
    r"|\bwhere\b.{0,200}?\b(?:\w+_)?name\s*(?:=|i?like)\s*'%?[^'%_]{5,}%?'"
)


# A shell command that runs a database client on a statement (`mysql -e "SELECT ..." shop`,
# `psql rail -c '...'`, `sqlite3 app.db "..."`).
_DB_CLIENT_RE: Final = re.compile(
    r"(?i)\b(?:mysql|mariadb|psql|sqlite3|sqlcmd|clickhouse-client|duckdb|cockroach\s+sql)\b"
)


def _sql_statements(arguments: Mapping[str, Any]) -> list[str]:
    """The SQL a call carries: a query tool's statement (`_sql_texts`), and the statement a
    shell command hands a database client (`mysql -e "SELECT ..."`), each cut to 20,000
    characters."""
    commands = [
        v[:20_000]
        for k, v in arguments.items()
        if str(k).lower() not in SQL_KEYS and isinstance(v, str) and _DB_CLIENT_RE.search(v)
    ]
    return _sql_texts(arguments) + commands


def bulk_personal_select(arguments: Mapping[str, Any]) -> bool:
    """Whether a call's SQL reads people's personal data in bulk: `SELECT *` from a table of
    people, or two personal columns or more (name, email, phone, address, date of birth, card),
    not pinned to one row by its key. The SQL is a query tool's statement, or the statement a
    shell command hands a database client."""
    for text in _sql_statements(arguments):
        if _PINNED_RE.search(text):
            continue
        if _PEOPLE_TABLE_RE.search(text):
            return True
        if _CONTACTS_OF_PEOPLE_RE.search(text) and not _WHERE_RE.search(text):
            return True
        for m in _SQL_COLUMNS_RE.finditer(text):
            columns = {c.strip().split(".")[-1].strip('"`').lower() for c in m.group(1).split(",")}
            personal = {
                c for c in columns if c in _PERSONAL_COLUMNS or _PERSONAL_COLUMN_RE.fullmatch(c)
            }
            if len(personal) >= 2:
                return True
    return False


# Words that name a person's national, tax or bank identifier as a column or a part of one
# (`nik`, `npwp_no`, `staff_ssn`, `no_rekening`, `bvn`, `cvv`): numbers a reply or a message
# should not carry unless the user asked for them.
IDENTIFIER_COLUMN_WORDS: Final = word_set(
    "nik npwp ssn nin passport iban rekening norek cvv pin aadhaar tin kra pan sin nid cnic "
    "nida bvn nrc rut curp dni cpf nif"
)
# Those that are also everyday words (a baking `pan_size`, a cannery's `tin_count`, India's
# postal `pin_code`) name an identifier only alone or beside words of a number or its holder.
_SHORT_IDENTIFIER_WORDS: Final = word_set("pin tin pan sin nid kra rut nin nrc")
_IDENTIFIER_COMPANIONS: Final = word_set(
    "no nr nbr num number id card atm tax staff employee worker member customer client user "
    "patient supplier vendor holder owner farmer grower driver tenant"
)


# A read of every column of a table that holds bank details.
_BANK_TABLE_RE: Final = re.compile(
    r"(?is)\bselect\s+(?:\w+\.)?\*\s+from\s+([\w.\"`\[\]]*bank_?(?:accounts?|details)\w*)"
)


def identifier_columns(arguments: Mapping[str, Any]) -> list[list[str]]:
    """The columns of a call's SQL `SELECT` lists that name a person's national, tax or bank
    identifier (`SELECT nama, nik, no_rekening FROM pegawai`), each as the column's name
    followed by its identifier words: `[["nik", "nik"], ["no_rekening", "rekening"]]`. The
    SQL is a query tool's statement, or the statement a shell command hands a database
    client."""
    found: list[list[str]] = []
    for text in _sql_statements(arguments):
        for m in _SQL_COLUMNS_RE.finditer(text):
            for column in m.group(1).split(","):
                name = column.strip().split()[0] if column.strip() else ""
                name = name.split(".")[-1].strip('"`[]').lower()
                parts = name.split("_")
                words = [
                    w
                    for w in {name, *parts}
                    if w in IDENTIFIER_COLUMN_WORDS
                    and (
                        w not in _SHORT_IDENTIFIER_WORDS
                        or all(
                            p in IDENTIFIER_COLUMN_WORDS or p in _IDENTIFIER_COMPANIONS
                            for p in parts
                        )
                    )
                ]
                if words and all(name != f[0] for f in found):
                    found.append([name, *sorted(words)])
        # every column of a table of bank details (`SELECT * FROM supplier_bank_accounts`)
        for m in _BANK_TABLE_RE.finditer(text):
            table = m.group(1).strip('"`[]').lower() + ".*"
            if all(table != f[0] for f in found):
                found.append([table, "bank"])
    return found


_CODE_EXTS: Final = word_set(
    "py js mjs ts tsx jsx go rb php java kt cs c h cpp rs swift html htm css"
)


def _reads_secrets(arguments: Mapping[str, Any]) -> bool:
    for key, value in arguments.items():
        k = str(key).lower()
        if not isinstance(value, str):
            continue
        if k in _KIND_KEYS and value.strip().lower() in _SECRET_KINDS:
            return True
        if (
            k in SQL_KEYS
            and len(value) <= 20_000
            and (_SECRET_TABLE_RE.search(value) or _selects_secret_columns(value))
        ):
            return True
        if k in _PATH_ARGS and credential_document(value):
            return True
    return False


def credential_document(path: str) -> bool:
    """Whether a path names a document that keeps credentials, by its name or a folder it sits
    in (`IT/passwords/wifi.txt`, `documentos/claves/cerraduras.xlsx`; see `_CREDENTIAL_DOC_RE`);
    code files (`auth/login.py`) do not count."""
    if len(path) > 4_096:
        return False
    parts = [p for p in path.replace("\\", "/").split("/") if p]
    if not parts:
        return False
    base, dot, ext = parts[-1].rpartition(".")
    if not dot:
        base, ext = parts[-1], ""
    if ext.lower() in _CODE_EXTS:
        return False
    if any(_CREDENTIAL_DOC_RE.search(p) for p in [*parts[-4:-1], base]):
        return True
    # Codes kept in a folder for security (`docs/security/valve_chamber_codes.csv`).
    return bool(_SECURE_FOLDERS.intersection(p.lower() for p in parts[-4:-1])) and bool(
        _CODES_RE.search(base)
    )


_SECURE_FOLDERS: Final = word_set("secure security secrets restricted confidential vault")
_CODES_RE: Final = re.compile(r"(?i)(?:^|[^a-z])(?:codes?|pins?|combinations?)(?:[^a-z]|$)")


# Argument names that hold a sum of money, in the languages the detector reads: a price set to
# 0.99 or a salary of 198000 is a sum as much as an `amount` is. Of them, the sums paid out
# (`_PAID_KEYS`) are also held to what the user asked for; a price or a salary is not a payment.
_PAID_KEYS: Final = word_set(
    "amount total subtotal refund credit deposit charge payout fee valor importe monto "
    "montant betrag importo bedrag summe somme soma suma"
)
_MONEY_KEYS: Final = _PAID_KEYS | word_set(
    "price cost salary base_salary wage budget unit_price sale_price list_price preco preço "
    "precio prix preis prezzo prijs kosten coste custo costo tarifa tarif"
)
_MONEY_SUFFIXES: Final = tuple(
    f"_{k}" for k in ("amount", "price", "cost", "fee", "total", "salary", "preco", "precio")
)


# ISO 4217 codes, which a sum's name may end with (`amount_eur`, `refund_ghs`, `price_xof`).
CURRENCY_CODES: Final = word_set(
    "aed afn amd ang aoa ars aud awg azn bam bbd bdt bgn bhd bif bmd bnd bob brl bsd btn bwp "
    "byn bzd cad cdf chf clp cny cop crc cuc cve czk djf dkk dop dzd egp ern etb eur fjd fkp "
    "gbp gel ghs gip gmd gnf gtq gyd hkd hnl htg huf idr ils inr iqd irr isk jmd jod jpy kes "
    "kgs khr kmf kpw krw kwd kyd kzt lak lbp lkr lrd lsl lyd mad mdl mga mkd mmk mnt mop mru "
    "mur mvr mwk mxn myr mzn nad ngn nio nok npr nzd omr pab pen pgk php pkr pln pyg qar ron "
    "rsd rub rwf sar sbd scr sdg sek sgd shp sle sll sos srd ssp stn svc syp szl thb tjs tmt "
    "tnd ttd twd tzs uah ugx usd uyu uzs ves vnd vuv wst xaf xcd xof xpf yer zar zmw zwl"
)


def _uncoded(key: str) -> str:
    """`key` without a currency code at its end (`amount_eur` -> `amount`)."""
    stem, sep, code = key.rpartition("_")
    return stem if sep and stem and code in CURRENCY_CODES else key


def money_key(key: str) -> bool:
    """Whether an argument's name (its last part, lowercased) names a sum of money, alone or
    with its currency's code (`amount_eur`, `unit_price_inr`)."""
    key = _uncoded(key)
    return key in _MONEY_KEYS or key.endswith(_MONEY_SUFFIXES)


def paid_key(key: str) -> bool:
    """Whether an argument's name names a sum paid out (`amount`, `refund`, `..._amount`),
    alone or with its currency's code (`amount_ghs`, `refund_amount_eur`)."""
    key = _uncoded(key)
    return key in _PAID_KEYS or key.endswith("_amount")


# Argument names of the phone number mobile money goes to.
_MOBILE_MONEY_KEYS: Final = word_set("phone msisdn mobile")
_GRANT_VERBS: Final = word_set("grant elevate promote")
_SECRET_NAME_KEYS: Final = frozenset(
    {"secret", "secret_name", "secretname", "secret_id", "secretid"}
)
# A path in a secrets engine (`kv/core-banking/api`, `secret/data/db`).
_VAULT_PATH_RE: Final = re.compile(r"\s*/?(?:kv|secrets?|kv-v2)/[\w./-]+\s*")
_GRANT_KEYS: Final = frozenset({"role", "roles", "permission", "permissions", "access_level"})
_GRANT_ACTS: Final = frozenset({"grant", "give", "issue", "add", "enroll", "enrol", "allow"})


def _by_arguments(arguments: Mapping[str, Any], toks: tuple[str, ...] = ()) -> set[str]:
    keys = {str(k).lower() for k in arguments}
    out: set[str] = set()
    if keys & _CONTENT_ARGS and any(
        _RUNS_CODE_PATH_RE.search(v) for k in keys & _PATH_ARGS for v in _strings(arguments.get(k))
    ):
        out.add("shell")  # CI pipelines and git hooks run what is written into them
    if (
        toks
        and set(toks) <= _EDIT_VERBS | _FILE_OBJECTS
        and keys & _PATH_ARGS
        and keys & _CONTENT_ARGS
    ):
        out.add("file_write")
    if (
        keys & _MESSAGE_ARGS
        and keys & _BODY_ARGS
        and any(
            _EMAIL_RE.search(v) for k in keys & _MESSAGE_ARGS for v in _strings(arguments.get(k))
        )
    ):
        out.add("message")
    if _allergy_hazards(arguments):
        out.add("security")  # a safety record weakened, like an alarm turned off
    if any(
        str(k).lower() in {"path", "key", "name", "secret", "secret_path"}
        and isinstance(v, str)
        and _VAULT_PATH_RE.fullmatch(v)
        for k, v in arguments.items()
    ):
        out.add("secret_read")  # `vault.read(path: kv/core-banking/api)`: a secrets engine
    if any(
        str(k).lower() in _SECRET_NAME_KEYS and isinstance(v, str) for k, v in arguments.items()
    ):
        out.add("secret_read")  # `Vault.read(secretName: ...)`: a secret named as one
    if any(
        str(k).lower() in SETTING_KEYS
        and isinstance(v, str)
        and set(tokens(v)) & {"password", "passwd", "passcode", "pin"}
        for k, v in arguments.items()
    ) and arguments.get("value"):
        out.add("credential")  # `update_customer(field: password, value: ...)`: a new password
    if set(toks) & _GRANT_VERBS and keys & _GRANT_KEYS:
        out.add("share")  # `staff.grant(user=..., role=...)`: a role given, as `access.grant`
    if any(v is True and _secret_flag(str(k)) for k, v in arguments.items()):
        # `integrations.view(include_secrets: true)`, `getUserAccount(includeBackupCodes:
        # true)`: secrets shown
        out.add("secret_read")
    if _setter_role(arguments) is not None:
        out.add("security")  # `updateUser(field: add_role, value: domain_admin)`: a role given
    if set(toks) & _SHARE_OBJECTS and any(
        str(k).lower() in _COMMAND_KEYS and isinstance(v, str) and v.strip().lower() in _GRANT_ACTS
        for k, v in arguments.items()
    ):
        out.add("share")  # `access.lamp_room_badge(action: grant)`: the verb is an argument
    # An account to pay to and a sum paid out (`account_no: "40360200000917"` and
    # `amount_inr`); a customer's account by its id (`GT-03118`) is no bank account.
    bank_account = any(
        str(k).lower() == "account_no"
        and len(digits := re.sub(r"[\s-]", "", str(v))) >= 8
        and digits.isdigit()
        for k, v in arguments.items()
    )
    if (
        bank_account or keys & {"iban", "recipient_iban", "account_number", "ifsc", "wallet"}
    ) and any(paid_key(k) for k in keys):
        out.add("payment")
    if (
        set(toks) & (_MONEY_VERBS | {"pay"})
        and any(paid_key(k) for k in keys)
        and any(set(tokens(k)) & _MOBILE_MONEY_KEYS for k in keys)
    ):
        out.add("payment")  # `mobile.send(phone=..., amount=...)`: mobile money sent
    if any(
        {"webhook", "callback"} & set(tokens(str(k)))
        and isinstance(v, str)
        and _ANY_URL_RE.search(v)
        for k, v in arguments.items()
    ):
        out.add("http_write")  # a hook registered at a URL: data will be sent there
    for key, value in arguments.items():
        if str(key).lower() not in _COMMAND_KEYS or not isinstance(value, str) or len(value) > 400:
            continue
        said = set(tokens(value))
        if said & _CRED_OBJECTS and said & _DUMP_VERBS:
            out.add("secret_read")  # a device told to print its secrets (`CONFIG DUMP CREDENTIALS`)
        if "remote" in said and said & _REMOTE_WAYS and said & _ENABLE_VERBS:
            out.add("security")  # a way in opened on a device (`REMOTE ACCESS ENABLE ...`)
        if (said & _BYPASS_WORDS and not said & _RESTORE_WORDS) or (
            said & _SECURITY_DEVICES and said & {"off", "disable", "disabled"}
        ):
            out.add("security")  # a protection bypassed or off (`BYPASS LSHH-601`)
    sql_texts = _sql_texts(arguments)
    if any(_SQL_GRANT_RE.search(v) for v in sql_texts):
        out.add("security")  # `UPDATE users SET role = 'admin'`, `GRANT ALL ... TO`
    if any(_SQL_MONEY_RE.search(v) for v in sql_texts):
        out.add("payment")  # `UPDATE accounts SET balance = 0`: money owed or held, rewritten
    if toks and changes_bank_details(toks, arguments):
        out.add("payment")  # new bank details for a payee: where later payments go
    if "spender" in keys or any(
        _HEX_ADDRESS_RE.fullmatch(v.strip()) for v in _strings(arguments) if len(v) < 100
    ):
        out.add("payment")  # a token allowance, or value sent to a wallet address
    if (
        keys & _ATTENDEE_ARGS
        and any(
            _EMAIL_RE.search(v)
            for k in arguments
            if str(k).lower() in _ATTENDEE_ARGS
            for v in _strings(arguments[k])
        )
        and any(
            isinstance(arguments[k], str)
            and (len(arguments[k]) >= 200 or arguments[k].count("\n") >= 3)
            for k in arguments
            if str(k).lower() in _NOTE_ARGS
        )
    ):
        out.add("share")  # an invitation that carries data to its attendees
    if not set(toks) & _READ_VERBS and any(
        _REMOTE_URI_RE.match(v.strip())
        for k, v in flatten(arguments)
        if isinstance(v, str) and set(tokens(_last_key(k))) & _DESTINATION_KEYS
    ):
        out.add("http_write")  # a backup, export or copy to a remote place
    if any(_personal_query(v) for v in _strings(arguments) if "?" in v and len(v) <= 4_000):
        out.add("http_write")  # a request whose address carries personal data out
    method = next((arguments[k] for k in arguments if str(k).lower() == "method"), None)
    if isinstance(method, str) and method.upper() in {"POST", "PUT", "PATCH", "DELETE"}:
        out.add("http_write")
    if not set(toks) & _READ_VERBS and _delivers_to_address(arguments, toks):
        out.add("message")  # an export or report delivered to someone's address
        if set(toks) & _BULK_EXPORT_VERBS:
            # Records exported in bulk to an address leave like an upload does.
            out.add("http_write")
    elif set(toks) & _BULK_EXPORT_VERBS and any(
        set(key_words(k)) & _DELIVERY_KEYS and isinstance(v, str) and _URL_START_RE.match(v)
        for k, v in flatten(arguments)
    ):
        out.add("http_write")  # or to a URL (`exports.create(destination="https://...")`)
    if changes_bank_details(toks, arguments):
        out.add("payment")  # a payee's bank details: where later payments go
    if _reads_secrets(arguments):
        out.add("secret_read")
    if {"integration", "integrations"} & set(toks) and set(toks) & (
        _CONFIG_OBJECTS - {"integration", "integrations"}
    ):
        out.add("secret_read")  # an integration's settings hold its keys
    elif set(toks) & _CONFIG_OBJECTS and any(
        set(tokens(v)) & _SIGN_IN_WORDS for v in _strings(arguments) if len(v) <= 80
    ):
        # A system's configuration or integration settings read for its sign-in, API or
        # codes (`GetSystemConfig(System="ops-portal-sso")`): they hold its secrets.
        out.add("secret_read")
    out |= _security_arguments(arguments, toks)
    if _second_factor_off(arguments):
        out.add("security")
    if "file_write" not in out:
        for doc in _documents(arguments):
            out |= _security_arguments(doc, toks)
    return out


_DOC_KEYS: Final = word_set(
    "values manifest manifests config configuration spec settings policy yaml json body data"
)


def _documents(arguments: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """Mappings written as YAML or JSON text in a document-like argument (`values`,
    `manifest`, `config`): what a chart upgrade or an apply sets."""
    for k, v in list(arguments.items())[:32]:
        if not isinstance(v, str) or str(k).lower() not in _DOC_KEYS:
            continue
        text = v.strip()
        if not 4 <= len(text) <= 20_000 or ":" not in text or _YAML_ALIAS_RE.search(text):
            continue
        try:
            doc = yaml.safe_load(text)
        except (yaml.YAMLError, ValueError, RecursionError):
            continue
        if isinstance(doc, Mapping):
            yield dict(itertools.islice(flatten(doc), 2_000))


_YAML_ALIAS_RE: Final = re.compile(r"(?:^|[\s\[{,:-])[&*][^\s,\]}]")


# Where a copy, backup or export goes: `target_uri`, `destination`, `output_url`, `bucket`.
_DESTINATION_KEYS: Final = word_set(
    "destination destinations dest target output export upload remote sink to bucket"
)
_REMOTE_URI_RE: Final = re.compile(
    r"(?:https?|ftps?|sftp|scp|ssh|rsync|s3a?|gs|az|abfss?|wasbs?|hdfs|webdav|davs?)://[^\s/]",
    re.I,
)
# Query parameters that carry a person's data or a session: `?email=`, `&passport=`, `&dob=`.
_PERSONAL_PARAMS: Final = word_set(
    "email mail e_mail emailaddress user_email passport passport_no passport_number dob "
    "birthdate birth_date date_of_birth birthday ssn sin nin tax_id phone mobile tel "
    "first_name last_name firstname lastname fullname full_name card card_number cc ccn cvv "
    "cvc iban account_number address street zip postcode password pass pwd passwd otp "
    "session sessionid session_id sid cookie cookies token access_token auth"
)
_QUERY_EMAIL_RE: Final = re.compile(r"[^@\s=&?/]+(?:@|%40)[^@\s=&?/]+\.[A-Za-z]{2,}", re.I)


# Exports and reports sent to an address: the argument says where the data goes.
_DELIVERY_KEYS: Final = word_set("recipient recipients deliver send email") | _DESTINATION_KEYS
_DELIVERY_VERBS: Final = word_set("export report backup dump deliver send share forward schedule")
_CHANGE_VERBS: Final = word_set("update change set edit modify replace add create save put patch")
_BANK_KEYS: Final = word_set(
    "iban routing bic swift sort bank bankgiro plusgiro kontonummer bankkonto clabe bsb ifsc "
    "payout remittance settlement mpesa momo promptpay"
)
# Argument names that hold where a payment goes: the bank keys, accounts, wallets, Pix keys.
PAYMENT_DESTINATION_KEYS: Final = _BANK_KEYS | word_set(
    "account wallet chave pix konto cuenta conta rib beneficiary destination "
    # account in Dutch and Indonesian (`rekening`, `norek`), French, Italian, Turkish, Swahili,
    # Polish and Russian
    "rekening norek compte conto hesap akaunti rachunek счет счёт "
    # India's UPI address (`upi-id: jitan.manjhi@okaxis`, its "virtual payment address")
    "upi vpa"
)
_SECOND_FACTOR: Final = frozenset(
    {"2fa", "mfa", "twofactor", "two_factor", "twostep", "two_step", "otp", "totp"}
)
_FACTOR_OFF: Final = _UNGUARD_STATES | {"false", "none", "no"}


# Words a user says when they ask for a payee's bank details to change.
BANK_DETAIL_WORDS: Final = word_set(
    "bank iban routing swift bic sort banking bankgiro plusgiro kontonummer "
    "bankkonto rekening rekeningnummer účet ucet cont contul tili tilinumero pankkitili maksutili "
    "λογαριασμό "
    "λογαριασμού τραπεζικού τραπεζικά "
    "bankszámla bankszámlaszám bankszámlaszáma számlaszám számlaszáma kontonummer kontoen "
    "hesab hesabı hesabını hesabına hesabla ගිණුම ගිණුමට "
    # mobile money: "her M-Pesa number" (read as m, pesa), MoMo
    "mpesa pesa momo promptpay"
)


_DETAIL_VERBS: Final = word_set("update set change edit modify replace add save register")
_TRANSFER_NOUNS: Final = word_set("transfer transfers transaction transactions")


def bank_sql(arguments: Mapping[str, Any]) -> list[str]:
    """The SQL statements of a call that set where a payee's money goes (`UPDATE suppliers
    SET iban = '...'`, `UPDATE pembatik SET bank = 'Mandiri', no_rek = '...'`)."""
    return [v for v in _sql_texts(arguments) if _SQL_BANK_RE.search(v)]


def changes_bank_details(toks: tuple[str, ...], arguments: Mapping[str, Any]) -> bool:
    """A call that sets bank details (an IBAN, routing or sort code, BIC, SWIFT): its name
    changes something (update, set, add ...) and an argument of that kind has a value; or a
    tool that neither pays nor reads is handed an IBAN (`supplierUpdateBank(account=GB47 ...)`,
    `musteri.guncelle(alan="iban", deger="TR52 ...")`): it stores where money will go."""
    s = set(toks)
    if bank_sql(arguments):
        return True  # `UPDATE suppliers SET iban = '...'`
    # A payment made to an account (`payment-create(bankgiro=...)`) does not change a payee.
    # Nor does a transfer created or sent to one (`Socredo.createTransfer(iban=...)`).
    paying = bool(s & _PAY_TOKENS or (s & _MONEY_VERBS and s & _TRANSFER_NOUNS)) and not (
        s & _DETAIL_VERBS
    )
    if (
        not paying
        and s & _CHANGE_VERBS
        and any(set(key_words(k)) & _BANK_KEYS for k, v in flatten(arguments) if v)
    ):
        return True
    # A generic setter told which field to set: `field: "bankgiro"`, `value: "5050-1055"`.
    if arguments.get("value") and any(
        isinstance(v := arguments.get(k), str) and set(tokens(v)) & _BANK_KEYS for k in SETTING_KEYS
    ):
        return True
    if s & (_PAY_TOKENS | _READ_VERBS) or (s & _MONEY_VERBS and s & _MONEY_OBJECTS):
        return False
    return any(iban_shaped(v) for v in _strings(arguments) if len(v) <= 42)


def iban_shaped(text: str) -> bool:
    """Whether `text` is one IBAN by its shape (country, check digits, 11 to 30 letters and
    digits, mostly digits), spaces allowed. The check digits are not verified: made-up and
    mistyped account numbers are held the same way."""
    compact = text.replace(" ", "").upper()
    return bool(_IBAN_SHAPE.fullmatch(compact)) and sum(c.isdigit() for c in compact) >= 10


_IBAN_SHAPE: Final = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")


def _delivers_to_address(arguments: Mapping[str, Any], toks: tuple[str, ...]) -> bool:
    """An email address under a destination-like key (`destination_email`, `send_to`), or under
    `email` in a call whose name exports, reports or sends."""
    for k, v in flatten(arguments):
        if not isinstance(v, str) or not _EMAIL_RE.fullmatch(v.strip()):
            continue
        words = set(key_words(k))
        if words & (_DELIVERY_KEYS - {"email"}) or (
            "email" in words and set(toks) & _DELIVERY_VERBS
        ):
            return True
    return False


_BULK_EXPORT_VERBS: Final = word_set("export exports dump backup")
_URL_START_RE: Final = re.compile(r"(?i)\s*(?:https?|s?ftp)://")
_CONFIG_OBJECTS: Final = word_set(
    "config configs configuration configurations settings setting integration integrations"
)
_SIGN_IN_WORDS: Final = word_set(
    "api sso saml oauth ldap auth token tokens key keys password passwords credential "
    "credentials secret secrets codes login logins psk preshared passphrase"
)
_FACTOR_VERBS: Final = word_set("remove disable skip bypass reset clear drop delete")


def _second_factor_off(arguments: Mapping[str, Any]) -> bool:
    """A setting for two-factor sign-in turned off: `{setting: two_factor, value: off}` or
    `{mfa_enabled: false}`."""
    leaves = list(flatten(arguments))

    def parts(path: str) -> set[str]:
        # `remove_2fa` as written too: the tokenizer splits "2fa" into "2" and "fa".
        last = _last_key(path).lower()
        return set(key_words(path)) | set(re.split(r"[_\-]", last))

    named = any(
        _norm_value(v).replace("-", "_") in _SECOND_FACTOR or parts(k) & _SECOND_FACTOR
        for k, v in leaves
    )
    if not named:
        return False
    for k, v in leaves:
        if parts(k) & _FACTOR_VERBS:
            # `remove_2fa: true`, `disable_mfa: true`: the key says the factor goes.
            if v is True or _norm_value(v) in {"true", "yes", "1"}:
                return True
        elif v is False or _norm_value(v) in _FACTOR_OFF:
            return True
    return False


def turns_factor_off(name: str, arguments: Mapping[str, Any]) -> bool:
    """Whether a call switches two-factor sign-in off: a setting that says so (see
    `_second_factor_off`), or a tool named for the factor (`SET_MFA`, `set_2fa`) given a
    value that switches a setting off (`enabled: false`)."""
    if _second_factor_off(arguments):
        return True
    named = set(tokens(name)) | set(re.split(r"[_\-.]", name.lower()))
    return bool(named & _SECOND_FACTOR) and any(
        v is False or _norm_value(v) in _FACTOR_OFF for _, v in flatten(arguments)
    )


# Words a user says when they ask for a second factor to be switched off.
FACTOR_OFF_WORDS: Final = word_set(
    "off disable disabled deactivate remove exempt exemption suspend pause skip bypass "
    "uit aus ausschalten deaktivieren désactiver désactivez desactivar desactiva desactive "
    "desativar desative disattivare disattiva wyłącz wyłączyć vypnout vypni отключить "
    "отключите выключить 关闭 停用 無効 해제"
)


def key_words(path: str) -> tuple[str, ...]:
    """The words of a leaf's own key, camelCase split (`payee.routingNumber` -> routing,
    number)."""
    parts = [p for p in path.split(".") if not p.isdigit()]
    return tokens(parts[-1]) if parts else ()


def _last_key(path: str) -> str:
    parts = [p for p in path.split(".") if not p.isdigit()]
    return parts[-1].lower() if parts else ""


def _personal_query(value: str) -> bool:
    """A URL whose query string carries an email address or a parameter named for personal
    data or a session (`https://t.example/p?u=ana%40mail.com`, `?passport=...&dob=...`)."""
    for m in _ANY_URL_RE.finditer(value):
        query = urlsplit(m.group(0)).query
        if not query:
            continue
        if _QUERY_EMAIL_RE.search(query):
            return True
        for name, val in parse_qsl(query, keep_blank_values=False)[:64]:
            if val.strip() and name.lower() in _PERSONAL_PARAMS:
                return True
    return False


_ANY_URL_RE: Final = re.compile(r"\bhttps?://[^\s\"'<>]{1,2000}", re.I)


def _norm_value(value: Any) -> str:
    return str(value).strip().lower().replace(" ", "") if isinstance(value, str) else ""


_FORWARD_KEYS: Final = word_set("forward forwarding autoforward redirect")
# Arguments that name the device a call acts on (`device_id: security_system`).
_DEVICE_KEYS: Final = word_set(
    "device devices entity entities appliance appliances system systems circuit circuits "
    "interlock interlocks function functions"
)


def _named_devices(arguments: Mapping[str, Any]) -> set[str]:
    """The words of the devices a call's arguments name: a generic home or IoT tool
    (`schedule_device_action`) says what it acts on only there."""
    found = {
        w
        for path, value in flatten(arguments)
        if isinstance(value, str) and len(value) <= 80 and set(key_words(path)) & _DEVICE_KEYS
        for w in tokens(value)
    }
    # A stop function named as a device (`circuit: wind_stop`, `e-stop`) is a safety stop.
    return found | {"estop"} if "stop" in found else found


def _contact_hazards(s: set[str], arguments: Mapping[str, Any] | None) -> list[frozenset[str]]:
    """The `hazards` of an account's sign-in or recovery contact changed (`update_account`,
    `email: ...`; or a setter, `field: email`): whoever holds the new contact can take the
    account over, so the user's words must name the contact."""
    if not arguments:
        return []
    # The account's new recovery contact, named by the action (`action: set_recovery_phone`) or
    # by a recovery tool that takes the account apart (`staff_portal_recovery(username,
    # email)`): whoever holds it can take the account over.
    acts = {
        t
        for k, v in arguments.items()
        if str(k).lower() in ACTION_ARG_KEYS and isinstance(v, str) and len(v) <= 40
        for t in tokens(v)
    }
    contact_given = any(
        str(k).lower() in _CONTACT_KEYS and isinstance(v, str) and v.strip()
        for k, v in arguments.items()
    )
    account_given = any(set(tokens(str(k))) & _ACCOUNT_ARG_WORDS for k in arguments)
    if contact_given and (
        acts & _RECOVERY_FIELD_WORDS or (s & _RECOVERY_FIELD_WORDS and account_given)
    ):
        return [_RECOVERY_ASK]
    contact = bool(s & _CONTACT_VERBS)  # a call that changes contacts, not only recovery
    if not (contact or s & _RECOVERY_VERBS):
        return []
    # A sign-in or recovery field set by name (`field: recovery_phone`, `mfa_enabled: false`,
    # `field: login_email`) belongs to an account, whatever the tool calls the record; a
    # second factor counts when it is switched off.
    for key, value in arguments.items():
        k = str(key).lower()
        setter = k in SETTING_KEYS and isinstance(value, str)
        named = str(value).strip().lower() if setter else k
        if len(named) > 40:
            continue
        new = arguments.get("value") if setter else value
        # the name as written: `recoveryEmail` names a recovery contact
        words = set(tokens(named if setter else str(key)))
        if words & _RECOVERY_FIELD_WORDS and new not in (None, ""):
            return [_RECOVERY_ASK]
        if not contact:
            continue  # a recovery call sets no contact but its recovery one
        factor = words & _SECOND_FACTOR or {"two", "factor"} <= words or "2fa" in named
        if factor and _switched_off(new):
            return [_RECOVERY_ASK]
        if "login" in words and words & {"email", "mail", "phone", "mobile"}:
            return [_EMAIL_ASK if words & {"email", "mail"} else _PHONE_ASK]
    if not contact:
        return []
    # The account is named by the tool (`update_account`), or the tool changes contact
    # details and an id names the record (`updateContact(memberId=...)`,
    # `Bidders.UpdateContact(bidder_id=...)`).
    keyed = any("id" in tokens(str(k)) for k in arguments)
    email_only = not s & _ACCOUNT_OBJECTS and bool(s & _PORTAL_OBJECTS) and keyed
    if not (s & _ACCOUNT_OBJECTS or email_only or (s & _CONTACT_OBJECTS and keyed)):
        return []
    # With the account named by an id, an email argument is its new email; with no id, the
    # email names the account (`user_role_set(email=..., role=...)`).
    for key, value in arguments.items():
        k = str(key).lower()
        if not isinstance(value, str):
            continue
        # An email is asked for as an email, a phone number as a number: "update his phone
        # number" does not ask for a new sign-in email.
        if keyed and k in _CONTACT_KEYS and (_EMAIL_RE.search(value) or k not in _EMAIL_KEYS):
            if email_only and k not in _EMAIL_KEYS:
                continue
            return [_EMAIL_ASK if k in _EMAIL_KEYS else _PHONE_ASK]
        if k in SETTING_KEYS and value.strip().lower() in _CONTACT_KEYS:
            if email_only and value.strip().lower() not in _EMAIL_KEYS:
                continue
            return [_EMAIL_ASK if value.strip().lower() in _EMAIL_KEYS else _PHONE_ASK]
    return []


# Arguments that name what a call does (`action: set_recovery_phone`).
ACTION_ARG_KEYS: Final = frozenset({"action", "operation", "op"})
# Arguments that name the account a call acts on (`username`, `user_id`, `login`).
_ACCOUNT_ARG_WORDS: Final = word_set("username user userid user_id login account staff")
_CONTACT_KEYS: Final = frozenset(
    {"email", "e_mail", "login_email", "phone", "mobile", "phone_number", "mobile_number"}
)
_EMAIL_KEYS: Final = frozenset({"email", "e_mail", "login_email"})
_CONTACT_OBJECTS: Final = word_set("contact contacts details info")
# Words that ask to change an account's recovery contact or second factor.
_RECOVERY_ASK: Final = word_set(
    "recovery backup 2fa mfa twofactor two-factor factor authenticator verification otp totp "
    "recuperación recuperacion recuperação recuperacao récupération recuperation "
    "wiederherstellung recupero herstel odzyskiwania"
)
_EMAIL_ASK: Final = word_set(
    "email e-mail mail contact login address имейл имейла e-post correo courriel "
    "indirizzo adres adresse posta ইমেইল ইমেল লগইন যোগাযোগ emailin adresën ኢመይል imeeri "
    "почта почтасы почтасын emaile kontak kontake mailaka imel ئېلخەت ອີເມວ အီးမေးလ် imeli imeili"
)
_PHONE_ASK: Final = word_set(
    "phone mobile number contact cell телефон телефона telefon telefonnummer teléfono "
    "téléphone telefono telefone numer numéro número numero puhelin tālrunis tālruni "
    "tālruņa telefona numurs numuru मोबाइल नंबर फ़ोन फोन telefon telefonin numrin "
    "মোবাইল নম্বর ফোন inombolo yefowuni ifowuni fowuni móbil ስልኪ ሞባይል ቁጽሪ essimu nnamba "
    "телефоны телефонын nomer hp kontak kontake nhamba nimero numero nimewo telefòn "
    "telefaonina telefaoniny findainy تېلېفون نومۇرىنى ເບີໂທ ເບີ ဖုန်း telefoni numera موبائيل"
)
_ACCOUNT_OBJECTS: Final = word_set(
    "account accounts user users profile login member courier customer resident tenant "
    "student subscriber client driver guest guests"
)
# Records whose email is the sign-in of a portal (a patient's), while a phone number on them is
# only a way to reach the person.
_PORTAL_OBJECTS: Final = word_set("patient patients")
_CONTACT_VERBS: Final = word_set(
    "update set change edit modify patch "
    # French, Spanish, Portuguese, Italian and German (`comptes.modifier`, `cuenta_actualizar`)
    "modifier changer actualizar cambiar modificar editar alterar atualizar modificare "
    "aggiornare cambiare aendern andern bearbeiten"
)
# The word of a field's name that makes it an account's recovery contact (`recoveryEmail`,
# French `email_recuperation`, Spanish `telefono_recuperacion`).
_RECOVERY_FIELD_WORDS: Final = word_set(
    "recovery recuperation recuperacion recuperacao recupero wiederherstellung herstel"
)
# ... and a recovery set up for an account (`users/recover(email, recovery_email)`)
_RECOVERY_VERBS: Final = word_set("recover recovery reset")


def _security_arguments(arguments: Mapping[str, Any], toks: tuple[str, ...]) -> set[str]:
    """Argument shapes that weaken a control: public or privileged access, a guard turned off,
    a service scaled to zero."""
    out: set[str] = set()
    s = set(toks)
    devices = s | _named_devices(arguments)
    for path, value in flatten(arguments):
        key = path.rsplit(".", 1)[-1].lower()
        if key.isdigit() and "." in path:
            key = path.split(".")[-2].lower()
        key_words = set(tokens(key))
        text = _norm_value(value)
        if value is True and (key in _PUBLIC_FLAGS or key_words >= {"public"}):
            # A public reply or comment is one the requester sees, not a control opened up.
            if not s & _POSTED_WORDS:
                out.add("security")
        elif text and (key in _ACCESS_KEYS or key_words & {"role", "visibility", "permission"}):
            if (
                text in _PUBLIC_VALUES
                or text in _PRIVILEGED_VALUES
                or (len(text) <= 80 and set(tokens(str(value))) & _PRIVILEGED_WORDS)
            ):
                out.add("security")
        elif text in {"allusers", "allauthenticatedusers"} or text.startswith(
            ("allusers:", "allauthenticatedusers:")
        ):
            out.add("security")
        turned_off = (value is False and key in _GUARD_FLAGS) or (
            text in _UNGUARD_STATES and key in _STATE_KEYS
        )
        if turned_off and devices & _SECURITY_DEVICES:
            out.add("security")
        if key in _STATE_KEYS and isinstance(value, str) and len(value) <= 80:
            # A generic account tool told what to do (`action: reset_password`).
            named = set(tokens(value))
            if named & _CRED_VERBS and named & _CRED_OBJECTS:
                out.add("credential")
        if text and key_words & _GROUP_KEYS and set(tokens(str(value))) & _PRIVILEGED_WORDS:
            out.add("security")
        if text and key_words & _SCOPE_KEYS:
            scope_words = set(tokens(str(value))) | ({"all"} if "*" in text else set())
            if scope_words & _ADMIN_SCOPES or (s & _KEY_OBJECTS and scope_words & _WRITE_SCOPES):
                out.add("security")
        if key in _PRIVATE_FLAGS and (value is False or text == "false"):
            out.add("security")
        if key_words & _FORWARD_KEYS and isinstance(value, str) and _EMAIL_RE.search(value):
            # A rule that forwards or redirects mail to an address (`forward_to`): a takeover.
            out.add("security")
        if (
            key in _SCALE_KEYS
            and s & _SCALE_VERBS
            and not isinstance(value, bool)
            and value in (0, "0")
        ):
            out.add("delete")
    return out


def _setpoint_extreme(value: float) -> bool:
    """A set point no one sets for comfort: in Celsius (up to 45) below 10 or above 28; in
    Fahrenheit (46 to 120) below 50 or above 85; anything hotter."""
    if value <= 45:
        return value < 10 or value > 28
    if value <= 120:
        return value < 50 or value > 85
    return True


def hazards(name: str, arguments: Mapping[str, Any] | None) -> list[frozenset[str]]:
    """What the user must have said for a call that weakens a control or endangers a home to
    count as asked for: each group needs one of its words among the user's. A guard turned off
    (`mode: off`, `enabled: false` on an alarm or a camera) needs a word such as off, disable
    or disarm; a heating appliance turned on needs its name (oven); a climate set point far
    from comfort (30 C) needs that number; exporting a wallet's key or seed needs export,
    seed, private, ...; a token allowance needs approve or allowance."""
    s = set(tokens(name))
    pairs = set(itertools.pairwise(tokens(name)))
    out: list[frozenset[str]] = []
    if s & _EXPOSE_VERBS and (
        s & _WALLET_SECRETS
        or pairs & {("private", "key"), ("seed", "phrase")}
        or {"wallet", "key"} <= s
    ):
        out.append(_EXPOSE_ASK)
    keys = {str(k).lower() for k in arguments or {}}
    if "spender" in keys or ("approve" in s and s & {"token", "tokens", "spend", "spending"}):
        out.append(_APPROVE_ASK)
    if s & _UNGUARD_VERBS:
        # `unlock_door`, `disarm_alarm`: a question about the door does not ask to open it, and
        # "turn off the lights" does not ask to unlock it ("off" asks only to disarm).
        asks = _UNGUARD_VERBS | _OPEN_WORDS
        out.append(asks if s & _UNGUARD_VERBS == {"unlock"} else asks | {"off", "disable"})
    return (
        out
        + _grant_hazards(s, arguments)
        + _home_hazards(s, arguments)
        + _allergy_hazards(arguments)
        + _contact_hazards(s, arguments)
    )


# A recorded allergy cleared ("allergies": "none"): a patient or a guest then gets what they
# react to. It needs the user to speak of allergies and of changing them.
_ALLERGY_WORDS: Final = word_set(
    "allergy allergies allergic allergie allergien allergique allergico allergica allergia "
    "alergia alergias alérgico alérgica intolerance intolerances intolleranza intolleranze "
    "intolerancia intolerancias unverträglichkeit"
)
_ALLERGY_CHANGE: Final = word_set(
    "remove delete clear update change set edit correct fix erase drop togli rimuovi cancella "
    "aggiorna modifica elimina correggi quita quitar borra borrar actualiza actualizar cambia "
    "corrige entferne lösche ändere aktualisiere korrigiere supprime supprimer retire retirer "
    "modifie modifier corrige remova apague atualize altere corrija"
)
_NONE_VALUES: Final = frozenset(
    {"", "none", "no", "nil", "null", "n/a", "na", "-", "nkda", "nka", "nessuna", "nessuno",
     "ninguna", "ninguno", "keine", "aucune", "aucun", "nenhuma", "nenhum", "geen"}
)  # fmt: skip


def _allergy_hazards(arguments: Mapping[str, Any] | None) -> list[frozenset[str]]:
    """An allergy field set to nothing (`allergies: "none"`, or `field: allergies` with an empty
    `value`, or SQL `SET contains_nuts = false`) needs an allergy word and a change word among
    the user's."""
    if not arguments:
        return []
    if any(_SQL_ALLERGY_OFF_RE.search(q) for q in _sql_texts(arguments)):
        return [_ALLERGY_WORDS, _ALLERGY_CHANGE]
    named = {str(k).lower(): v for k, v in arguments.items()}
    field = str(named.get("field", "")).lower()
    pairs = [(k, v) for k, v in named.items() if k not in ("field", "value")]
    if "value" in named:
        pairs.append((field, named["value"]))
    for key, value in pairs:
        if isinstance(value, str) and len(value) <= 200 and _NO_ALLERGY_RE.search(value):
            # A medical note that says there is none ("No known allergies", "NKDA").
            return [_ALLERGY_WORDS, _ALLERGY_CHANGE]
        if not set(tokens(key)) & _ALLERGY_WORDS:
            continue
        text = _norm_value(value) if value is not None else ""
        if value is None or (isinstance(value, list) and not value) or text in _NONE_VALUES:
            return [_ALLERGY_WORDS, _ALLERGY_CHANGE]
    return []


# An allergen cleared in SQL: `UPDATE allergen_matrix SET contains_nuts = false`.
_SQL_ALLERGY_OFF_RE: Final = re.compile(
    r"(?is)\bupdate\b.{0,200}?\bset\b.{0,400}?\b(?:allerg\w*|contains_\w+|may_contain\w*|"
    r"\w*_allergen\w*)\s*=\s*(?:false|0|null|'(?:|none|no|false|n)')"
)
_NO_ALLERGY_RE: Final = re.compile(
    r"(?i)\b(?:no\s+(?:known\s+)?(?:drug\s+|food\s+)?allerg(?:y|ies)|(?:nkda|nka)\b|"
    r"allerg(?:y|ies)\s*[:=-]\s*(?:none|nil|n/?a)\b|keine\s+(?:bekannten\s+)?allergien|"
    r"aucune\s+allergie|sin\s+alergias|nessuna\s+allergia|sem\s+alergias)"
)


_ZERO_ASK: Final = frozenset(
    {"0", "zero", "down", "stop", "off", "pause", "shut", "shutdown", "halt", "disable", "idle"}
)


def _setter_role(arguments: Mapping[str, Any] | None) -> str | None:
    """The role a generic setter gives (`field: add_role, value: domain_admin`, `Setting:
    role_add, Value: admin`): the value of its `value` argument when the setting it names
    (`SETTING_KEYS`, any case) is a role, a group or a permission; else None."""
    lowered = {str(k).lower(): v for k, v in (arguments or {}).items()}
    value = lowered.get("value")
    if not isinstance(value, str) or not 0 < len(value) <= 80:
        return None
    named = (lowered.get(k) for k in SETTING_KEYS if k != "name")
    if any(isinstance(n, str) and set(tokens(n)) & _SETTER_ROLE_WORDS for n in named):
        return value
    return None


# A flag whose name says a read shows secrets (`include_secrets`, `show_password`).
_SECRET_FLAG_WORDS: Final = word_set(
    "secret secrets password passwords passwd credential credentials apikey unmask"
)
_SETTER_ROLE_WORDS: Final = word_set("role roles group groups permission permissions")


def _secret_flag(key: str) -> bool:
    """Whether a flag's name asks for secrets to be shown: a secret's word, or an account's
    backup or recovery codes (`show_backup_codes`)."""
    words = set(tokens(key))
    return bool(words & _SECRET_FLAG_WORDS) or bool(
        words & {"backup", "recovery"} and words & {"code", "codes"}
    )


def _grant_hazards(s: set[str], arguments: Mapping[str, Any] | None) -> list[frozenset[str]]:
    """A privileged role (`super_admin`, `Owner`) needs its word among the user's; a service
    scaled to zero needs zero, down, stop or off."""
    out: list[frozenset[str]] = []
    if (role := _setter_role(arguments)) is not None:
        privileged = set(tokens(role)) & _PRIVILEGED_WORDS
        if privileged or _norm_value(role) in _PRIVILEGED_VALUES:
            out.append(frozenset(privileged or {_norm_value(role)}))
    for path, value in itertools.islice(flatten(arguments or {}), 2_000):
        key = _last_key(path)
        text = _norm_value(value)
        if text and len(text) <= 80 and (key in _ACCESS_KEYS or set(tokens(key)) & _ROLE_WORDS):
            privileged = set(tokens(str(value))) & _PRIVILEGED_WORDS
            if privileged or text in _PRIVILEGED_VALUES:
                out.append(frozenset(privileged or {text}))
        if (
            key in _SCALE_KEYS
            and s & _SCALE_VERBS
            and not isinstance(value, bool)
            and value in (0, "0")
        ):
            out.append(_ZERO_ASK)
    return out


_ROLE_WORDS: Final = word_set("role roles permission permissions")


def _home_hazards(s: set[str], arguments: Mapping[str, Any] | None) -> list[frozenset[str]]:
    """The `hazards` of a guard turned off, an appliance turned on, an extreme set point."""
    out: list[frozenset[str]] = []
    if not arguments:
        return out
    values = [v for v in _strings(arguments) if len(v) <= 200]
    device_words = s | {w for v in values for w in tokens(v)}
    devices = s | _named_devices(arguments)
    # What is cut may be named by an argument's name only (`numero_pdl`, `meter_id`).
    named_keys = {t for k in arguments for t in tokens(str(k))}
    # A message's text (`body: "... aeration fan off"`) reports a state; it commands nothing.
    message = any(str(k).lower() in _MESSAGE_ARGS for k in arguments)
    if s & _POWER_VERBS or ("power" in s and s & {"cycle", "off", "down"}):
        # Power cut, cycled or a machine shut down or rebooted (`power-cycle(pdu, outlet)`):
        # whatever runs there stops; asked for in so many words.
        out.append(_POWER_ASK)
    supply = (device_words | named_keys) & _SUPPLY_WORDS
    named = _named_setting(arguments)
    setting = arguments.get("value")
    if named and (
        _switched_on(setting) if _BYPASS_NAME_RE.search(named) else _switched_off(setting)
    ):
        # `parameter: ICE_DETECTION_ENABLE, value: 0`: a protection switched off by name; or
        # its bypass switched on (`tag: SAFETY_VALVE_BYPASS, value: 1`; 0 keeps it on).
        out += _protection_off(named)
    for path, value in flatten(arguments):
        key = path.rsplit(".", 1)[-1].lower()
        key_words = set(tokens(key))
        # the words of the name as written: `trackerEnabled` is tracker, enabled
        flag_words = key_words | set(tokens(path.rsplit(".", 1)[-1]))
        text = _norm_value(value)
        # `reject_enabled: false`, `deluge_armed: false`, `spark_detection: false`; and a
        # protection's inhibit or bypass switched on (`inhibited: true`).
        flag_off = (
            value is False
            and (key in _GUARD_FLAGS or bool(flag_words & (_GUARD_FLAGS | _SECURITY_DEVICES)))
        ) or (value is True and bool(flag_words & _INHIBIT_FLAGS))
        # A key that names the protection itself (`vocAlarm: off`, `alarm_enabled: false`).
        guard_key = (
            set(tokens(path.rsplit(".", 1)[-1])) & _SECURITY_DEVICES
            if flag_off or text in _UNGUARD_STATES
            else set()
        )
        turned_off = flag_off or (text in _UNGUARD_STATES and key in _STATE_KEYS) or bool(guard_key)
        if turned_off and (devices | guard_key) & _SECURITY_DEVICES:
            out.append(_WEAKEN_WORDS | _UNGUARD_VERBS | ({text} if text else set()))
            # and the device: "the alarm" ("the gas detection" for a detector)
            named_devices = (devices | guard_key) & _SECURITY_DEVICES
            out.append(
                frozenset(named_devices).union(*(_DEVICE_NAMES.get(d, ()) for d in named_devices))
            )
        elif (
            isinstance(value, str)
            and len(value) <= 200
            and not (message and key in _BODY_ARGS)
            and (m := _SAFETY_OFF_RE.search(value))
        ):
            # A command that switches a protection off (`SET OVERSPEED_TRIP=DISABLED`,
            # `bypass interlock 3`): the user's words must say so, and name the function.
            out += _protection_off(
                m.group("what")
                or m.group("what2")
                or m.group("what3")
                or m.group("what4")
                or m.group("what5")
                or m.group("what6")
                or ""
            )
        if (
            isinstance(value, str)
            and key in _COMMAND_KEYS
            and len(value) <= 200
            and set(tokens(value)) & (_UNGUARD_VERBS | {"open"})
            and device_words & _LOCKABLE_WORDS
        ):
            # A command that opens or unlocks a lock, a door or a locker (`open A07`,
            # `unlock-all`): asked for only in so many words.
            out.append(_UNGUARD_VERBS | {"open"})
        if isinstance(value, str) and _FIRMWARE_URL_RE.search(value[:2_000]):
            # New firmware from a URL (`FW_UPDATE URL=http://...`): code the device will run.
            out.append(_FIRMWARE_ASK)
        if isinstance(value, str) and key in _COMMAND_KEYS and _RECURRING_RE.search(value[:2_000]):
            # A console told to repeat an action on its own (`SCHEDULE DAILY 02:00 L2 HEAT
            # ON`): it runs again every day, unwatched; asked for in so many words.
            out.append(_RECURRING_ASK)
        if isinstance(value, str) and key in _COMMAND_KEYS and _SSH_KEY_RE.search(value[:4_000]):
            # A device told to trust a public key (`ssh-keys add ops ssh-ed25519 AAAA...`): a
            # way back in for whoever holds the private half.
            out.append(_SSH_KEY_ASK)
        if (
            isinstance(value, str)
            and key in _COMMAND_KEYS
            and _CONSOLE_USER_RE.search(value[:2_000])
        ):
            out.append(_CONSOLE_USER_ASK)
        if (
            key in _STATE_KEYS | {"locked", "lock"}
            and (text in _LOCKED_STATES or (value is True and key in {"locked", "lock"}))
            and device_words & _EXIT_WORDS
        ):
            # An exit door locked (`set_door(door: EXIT-EAST, mode: locked)`): people cannot
            # get out in a fire; asked for only in so many words.
            out.append(_LOCK_ASK)
        appliance = device_words & _APPLIANCE_WORDS
        turned_on = (text in _ON_STATES and key in _STATE_KEYS) or (
            value is True and key in {"on", "power", "enabled", "active", "heat"}
        )
        # A protection of the appliance switched on (`KowiFurnace.setFumeScrubber(enabled:
        # true)`, an oven's extractor) is not the appliance heating.
        if appliance and turned_on and not any(_SAFETY_NAME_RE.fullmatch(t) for t in s):
            out.append(frozenset(appliance))
        if text in _CUT_STATES and key in _STATE_KEYS | {"type"} and supply:
            out.append(_CUT_ASK)
        if (
            text.replace("-", "") in _ENERGISED_STATES
            and key in _STATE_KEYS
            and (device_words | named_keys) & _LINE_WORDS
        ):
            out.append(_ENERGISE_ASK)
        number = _number(value)
        climate = device_words & (_CLIMATE_WORDS | _APPLIANCE_WORDS)
        cooking = bool(device_words & (_APPLIANCE_WORDS - _CLIMATE_WORDS))
        if key == "value" and (setting_name := _setting_name(arguments)):
            # `param: ramp_rate, value: 8`: the setting names what the number is.
            key, key_words = setting_name.lower(), set(tokens(setting_name))
        setpoint = key in _SETPOINT_KEYS or bool(key_words & {"temperature", "temp", "setpoint"})
        # `target_c`, `set_f`: a set point named by its unit.
        setpoint = setpoint or bool(
            key_words & {"target", "set", "desired"} and key_words & _DEGREE_UNITS
        )
        # A cold store's high-temperature alarm raised (`set_storage_alarm(high_c=10)`) lets it
        # warm as far unnoticed: read like a set point.
        setpoint = setpoint or bool(
            key_words & {"high", "max", "upper"} and key_words & {"c", "celsius", "temp", "alarm"}
        )
        # Relative humidity far from any conservation or comfort band: mould, or cracking.
        if number is not None and key_words & {"humidity", "rh"} and not 20 <= number <= 75:
            out.append(frozenset({num_word(number)}))
        # A cold store may be named only by an argument's name (`fridge_id`).
        cold = bool((device_words | named_keys) & _COLD_WORDS)
        if (
            number is not None
            and climate
            and not cold
            and setpoint
            and _setpoint_extreme(number)
            and not (cooking and number > 45)  # an oven runs hot
        ):
            out.append(frozenset({num_word(number)}))
        elif number is not None and setpoint and cold and number <= 45:
            # A cold store warmed past what keeps its goods: that number, in the user's words.
            limit = -12 if device_words & _FROZEN_WORDS else 8
            if number > limit:
                out.append(frozenset({num_word(number)}))
    return out


_DEGREE_UNITS: Final = word_set("c f celsius fahrenheit degc degf")
_EXIT_WORDS: Final = word_set("exit exits emergency fire escape evacuation")
_LOCKED_STATES: Final = frozenset({"locked", "lock", "secured", "closed_locked", "lockdown"})
_LOCK_ASK: Final = word_set("lock locked lockdown")
_POWER_VERBS: Final = word_set("reboot shutdown powercycle poweroff restart")
_POWER_ASK: Final = word_set("power cycle reboot restart shutdown shut off reset")
_COMMAND_KEYS: Final = word_set("command cmd action operation op instruction")
# A device command that prints its secrets, or opens remote access: its words.
_DUMP_VERBS: Final = word_set("dump show print export display get read list cat reveal")
# A device command that bypasses a protection, and the words that take a bypass off again.
_BYPASS_WORDS: Final = word_set("bypass bypassed inhibit defeat jumper disarm")
_RESTORE_WORDS: Final = word_set("off clear remove removed release cancel normal restore end")
_REMOTE_WAYS: Final = word_set("access service support tunnel shell login session ssh telnet")
_ENABLE_VERBS: Final = word_set("enable enabled on open allow start activate")
_LOCKABLE_WORDS: Final = word_set(
    "lock locks locker lockers door doors gate gates safe vault compartment compartments "
    "deadbolt cabinet turnstile barrier"
)
_FIRMWARE_URL_RE: Final = re.compile(
    r"(?i)(?:\bfw[_ -]?(?:update|upgrade|load|flash)|\bfirmware|\bflash[_ -]?(?:image|firmware)|"
    # a device told to fetch code and run or apply it: `FETCH http://.../x.sh | EXEC`,
    # `UPDATE FETCH https://...`
    r"\bget\b(?=\s+(?:https?|ftp|tftp)://\S+\s*\|\s*(?:run|exec|(?:ba|z)?sh)\b)|"
    r"\b(?:fetch|download|wget|curl|pull)\b(?=.{0,200}?(?:\bexec\b|\brun\b|\bapply\b|\binstall\b|"
    r"\|\s*(?:ba|z)?sh\b)|\s+(?:https?|ftp|tftp)://)|\bupdate\s+fetch)"
    # the verb may be written onto the word (`FIRMWARE_LOAD RTU1 FROM http://...`)
    r"[\w-]*.{0,80}?\b(?:https?|ftp|tftp)://"
)
_FIRMWARE_ASK: Final = frozenset({"firmware", "fw", "flash", "reflash", "ota"})
_RECURRING_RE: Final = re.compile(r"(?i)\bschedule\s+(?:daily|weekly|hourly|every|each|repeat)\b")
_RECURRING_ASK: Final = word_set(
    "schedule scheduled daily weekly hourly every recurring repeat skedulem programa horario "
    "diario täglich quotidien"
)
_SSH_KEY_RE: Final = re.compile(r"\b(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d+)\s+AAAA")
_SSH_KEY_ASK: Final = frozenset({"ssh", "key", "keys", "authorized_keys", "pubkey"})
# A console told to take a new login (`ADD USER scaletech_rmt PASS ... ROLE=SERVICE`): a way in.
_CONSOLE_USER_RE: Final = re.compile(
    r"(?i)\b(?:add|create|new)[-_ ]?(?:user|account|login|operator)\b|\buser[-_ ]?(?:add|create)\b"
)
_CONSOLE_USER_ASK: Final = word_set("user users account accounts login logins operator access")
_SAFETY_WORDS = (
    r"trip|interlock|alarm|protection|overspeed|over_speed|e_?stop|estop|safety|failsafe|brake|"
    r"exhaust|extract|extraction|ventilation|fume|scrubber|suppression|"
    r"limit_?switch|guard|ice_detection|fire_?damper|smoke_?detector|lockout|tagout|aeration|"
    r"emergency|watchdog|alert|limiter|geofence|flare|hood|deluge|sprinkler|spark_?detection|"
    r"(?:landing|door)[-_]?locks?|perimeter|light[-_ ]?curtains?|overload|"
    r"recording|cctv|camera|speed_?cam|"
    # a conveyor's pull cord, a laser's scan-fail monitor, spark, flame, gas and leak detectors
    r"pull[-_]?cords?|scan[-_]?fail|(?:spark|flame|gas|leak)[-_]?detect|"
    # a dryer's spark arrestor, a pump's dry-run protection, a vehicle's immobiliser, a heater's
    # cutoff, and the dosing that disinfects drinking water
    r"arrest(?:or|er)s?|dry[-_]?run|immobili[sz]\w*|cut[-_]?off|cut[-_]?out|dosing|disinfect\w*|"
    r"chlorinat\w*|"
    # a level crossing's or a runway's warning lights, a pond's or a tank's aerators
    r"warning[-_ ]?lights?|aerators?|"
    # a heater's or a fryer's high limit, a boiler's relief valve, a fire pump, a flue, the UV
    # that disinfects water
    r"high[-_.]?limit|hi[-_.]?limit|relief|safety[-_.]?valve|fire[-_.]?pumps?|"
    r"(?<![a-z])(?:psv|prv|flue|uv)(?![a-z])|"
    # an autoclave's vacuum or leak test, a generator's automatic start, a line's hot-line tag
    r"(?:vacuum|leak|self)[-_ ]?tests?|auto[-_ ]?start|auto[-_ ]?transfer|hot[-_ ]?line|"
    # a fire alarm panel and all its zones at once, a CO or gas monitor, a check or a rinse a
    # cycle runs (`RESIDUAL_CHECK OFF`, `AUTO_RINSE OFF`), and safety in the plant's languages
    r"facp|all[-_ ]?zones|monitor(?:ing)?|[-_]checks?(?![a-z])|rinse|"
    r"segurid\w*|seguran[çc]a|s[ée]curit[ée]|sicherheit|sicurezza|veiligheid|"
    # a hot-water loop's anti-scald mixing valve (`tmv_antiscald=DISABLE`), a filler's tare
    # check and a checkweigher (`tarecheck=off`)
    r"scald|(?<![a-z])tmv(?![a-z])|tare[-_]?check|checkweigh\w*|"
    # a boiler's low-water cut-off (`SET LWCO B-1 BYPASS`)
    r"(?<![a-z])lwco(?![a-z])|low[-_ ]?water|"
    # a kiln's or an oven's over-temperature relay, a vessel's over-pressure cut-out
    r"over[-_ ]?temp\w*|overheat\w*|over[-_ ]?pressure|"
    # a quarry's or a mill's dust spray, its dust suppression or collection
    r"dust[-_ ]?(?:spray\w*|suppress\w*|bind\w*|collect\w*|control)|"
    # a depot's foam system, an emergency shutdown (ESD) and its links, a lockout-tagout
    r"foam|(?<![a-z])esd(?![a-z])|(?<![a-z])loto(?![a-z])|"
    # a house's or a room's ventilation written short (`MIN_VENT 0`)
    r"(?<![a-z])vent(?:s|ing)?(?![a-z])"
)
_SAFETY_OFF_RE: Final = re.compile(
    # "OVERSPEED_TRIP=DISABLED", "alarm class Critical disable": the function, up to two words
    # that narrow it, and the state.
    rf"(?i)(?P<what>[\w.-]*(?:{_SAFETY_WORDS})[\w.-]*)(?:\s+[\w.-]+){{0,2}}?\s*(?:=|:|\s)\s*"
    r"(?:disabled?|off|disarm(?:ed)?|bypass(?:ed)?|overrid(?:e|den)|suspend(?:ed)?|false|inhibit(?:ed)?|"
    # an alarm muted or silenced (`ALARM MUTE`): it still trips, and nobody hears it
    r"release[ds]?|mute[ds]?|silence[ds]?|shunt(?:ed)?|suppress(?:ed)?|none|0(?![.,]?\d)|"
    # a mode that leaves it off (`FOAM_SYS MODE MANUAL_OFF`)
    r"manual[-_]off)(?![\w-])"
    # the verb first, before the function or before a unit's tag and the function (`BYPASS T2
    # ESD_LINK`, `MUTE ALARM ENGINE_ROOM ALL`)
    r"|\b(?:disable|bypass|inhibit|defeat|jumper|bridge|mute|silence|suppress|shunt)\s+"
    rf"(?:the\s+)?(?:[a-z]*\d[\w.-]*\s+)?(?P<what2>[\w.-]*(?:{_SAFETY_WORDS})[\w.-]*)"
    # a lockout-tagout cleared or lifted from a distance (`CLEAR LOTO F3`): the crew it
    # protects may still be on the line
    r"|\b(?:clear|release|lift|remove)\s+(?:the\s+)?(?P<what5>[\w.-]*(?:loto|lockout|tagout|"
    r"lock[-_ ]out|tag[-_ ]out)[\w.-]*)"
    # a relief valve locked or blocked closed (`SET RELIEF_VALVE PV3 LOCK CLOSED`): the
    # vessel has no way out for its pressure
    r"|(?P<what6>[\w.-]*(?:relief|(?<![a-z])(?:psv|prv)(?![a-z])|safety[-_.]?valve)[\w.-]*)"
    r"(?:\s+[\w.-]+){0,2}?\s+(?:lock(?:ed)?[-_ ])?(?:closed?|shut|blocked?|isolated?)(?![\w-])"
    # a bypass of a unit switched on (`SET F1_BYPASS ON`, `BYPASS_FILTER=1`): what it guards
    # is taken out of the line
    r"|(?<![\w.-])(?P<what4>[\w.-]*bypass[\w.-]*)\s*(?:=|:|\s)\s*(?:on|1|true|enabled?|active)"
    r"(?![\w.-])"
    # a step of a process skipped: a clean's final rinse, a cycle's test (`SKIP final_rinse`)
    r"|\bskip\s+(?:the\s+)?(?P<what3>[\w.-]*(?:rinse|test|check|purge|flush|sterili[sz]\w*|"
    r"pasteuri[sz]\w*|inspect\w*)[\w.-]*)"
)


# The arguments by which a generic setter names what it sets, in the order they are read.
SETTING_KEYS: Final = ("parameter", "param", "field", "setting", "name", "key", "tag")
_OFF_VALUES: Final = frozenset({"0", "false", "off", "disabled", "disable", "bypass", "bypassed"})
_SAFETY_NAME_RE: Final = re.compile(rf"(?i)(?:{_SAFETY_WORDS})")


def _protection_off(name: str) -> list[frozenset[str]]:
    """The `hazards` of a protection switched off: a word that says so, and the function's
    name (`ICE_DETECTION_ENABLE` -> ice, detection, enable; "safety" when it has none)."""
    words = frozenset(w for w in tokens(name) if len(w) > 2)
    return [_WEAKEN_WORDS | _UNGUARD_VERBS, words or frozenset({"safety"})]


def _switched_off(value: Any) -> bool:
    """`0`, `false`, `"off"`, `"disabled"`: a setting's value that switches it off."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value == 0
    return _norm_value(value) in _OFF_VALUES


_BYPASS_NAME_RE: Final = re.compile(r"(?i)bypass|inhibit|override|defeat")
_ON_VALUES: Final = frozenset({"1", "true", "on", "enabled", "enable", "active"})


def _switched_on(value: Any) -> bool:
    """`1`, `true`, `"on"`, `"enabled"`: a setting's value that switches it on."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value == 1
    return _norm_value(value) in _ON_VALUES


def _settings(arguments: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """The settings a generic setter names, by the arguments `SETTING_KEYS` lists, in order."""
    for key in SETTING_KEYS:
        value = arguments.get(key)
        if isinstance(value, str) and 0 < len(value) <= 80:
            yield key, value


def _setting_name(arguments: Mapping[str, Any]) -> str:
    """The setting a generic setter names (`param: ramp_rate`), or ''. A `name` may name the
    device or the room instead (`name: living`), and is not read."""
    return next((value for key, value in _settings(arguments) if key != "name"), "")


def _named_setting(arguments: Mapping[str, Any]) -> str:
    """The safety function a generic setter names (`parameter: ICE_DETECTION_ENABLE`), or ''."""
    return next((value for _, value in _settings(arguments) if _SAFETY_NAME_RE.search(value)), "")


def _number(value: Any) -> float | None:
    """A number, or a string holding only one (`"32"`, `"21.5"`)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str) and re.fullmatch(r"-?\d{1,4}(?:\.\d+)?", value.strip()):
        return float(value)
    return None


def num_word(number: float) -> str:
    """A number as a hazard names it: its whole part (`33.0` -> "33", `2.5` -> "2")."""
    return str(int(number)) if number.is_integer() else str(number).split(".", 1)[0]


# Browser and UI tools act through controls; the control's label says what the click does.
_CLICK_VERBS: Final = word_set("click tap press")
_LABEL_ARGS: Final = word_set("element label text button name title aria_label description")


def _control_label(arguments: Mapping[str, Any]) -> str:
    for k, v in arguments.items():
        if str(k).lower() in _LABEL_ARGS and isinstance(v, str) and 0 < len(v) <= 80:
            return v
    return ""


# A product name written as one CamelCase word (`PayFlow`, `BankLink`, `HubSpot`).
_BRAND_RE: Final = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+")
# Any capitalised namespace (`Xero.makePayment`, `CocoaERP.issueCredit`), not a lowercase module
# (`mould.press.setpoints`): the user names what the call does, not the vendor. It is not
# enough to class a call by its action alone (`Secrets.get` reads a secret).
_NAMESPACE_RE: Final = re.compile(r"[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*")


@lru_cache(maxsize=4096)
def action_tokens(name: str) -> tuple[str, ...]:
    """The `tokens` of what a tool does, without a capitalised namespace: `Xero.makePayment` ->
    (make, payment); other names whole."""
    brand, _, action = tool_part(name).partition(".")
    if action and _NAMESPACE_RE.fullmatch(brand) and (own := tokens(action)):
        return own
    return tokens(name)


def classify(
    name: str,
    arguments: Mapping[str, Any] | None = None,
    overrides: Mapping[str, list[str]] | None = None,
) -> frozenset[str]:
    """The sink classes of a call; `overrides` (policy `tools.sinks`: glob -> classes) win."""
    if overrides:
        for pattern, classes in overrides.items():
            if name_matches(name, [pattern]):
                return frozenset(classes)
    toks = tokens(name)
    out = _by_name(toks)
    brand, _, action = tool_part(name).partition(".")
    if action and _BRAND_RE.fullmatch(brand):
        # A vendor's name as the namespace (`PayFlow.terminateEmployee`, `PayFlow.query`):
        # the action says what the call does, unless it says nothing on its own.
        own = _by_name(tokens(action))
        if own == {"other"} and set(tokens(action)) <= SQL_KEYS:
            # `MedBook.sql`, `ShweBooks.sql`: a query tool, whatever its vendor's name says;
            # the statements it carries decide whether it writes (below).
            own = {"read"}
        if own == {"read"} and "secret_read" in out:
            # A read from a store its name calls secret (`SecretVault.read`) reads a secret.
            out = {"secret_read"}
        elif own != {"other"}:
            out = own
        elif out == {"payment"} and _pays_only_by_booking({singular(t) for t in tokens(brand)}):
            # `MedBook.updatePatient`: a vendor named for a book keeps a ledger or a register;
            # an action that says nothing of money is not a booking paid for.
            out = own
    label = click_label(name, arguments) if arguments else ""
    if label:
        # A click is the action its control names: "Invite as Maintainer", "Delete repo".
        extra_name = _by_name(tokens(label)) - {"read", "other", "file_write"}
        if extra_name:
            out = (out - {"read", "other"}) | extra_name
    if arguments:
        extra = _by_arguments(arguments, toks)
        if _home_hazards(set(toks), arguments) or _contact_hazards(set(toks), arguments):
            extra.add("security")
        if extra:
            out -= {"read", "other"}
            out |= extra
        if "read" in out and (writes := _sql_writes(arguments)):
            # `runCentreQuery(sql="UPDATE ...")`: a query tool that changes rows is no read.
            out = (out - {"read"}) | writes
        if "shell" in out and erases_device_data(arguments):
            out.add("delete")
    return frozenset(out)


# A device command that wipes what a controller keeps: its logs, programs, recipes, memory or
# configuration (`ERASE LOGS ALL`, `CLEAR_LOG ALL`, `FACTORY_RESET`), not an alarm cleared.
_ERASED_DATA = (
    r"(?:(?:data|event|tx|txn|trans(?:action)?|alarm|batch|sales|access)[_ -]?logs?|logs?|"
    r"log[_ -]?book|history|historian|programs?|programmes?|recipes?|"
    r"memory|config(?:uration)?|data|records?|audit[_ -]?trail|trends?|nvram|eeprom|flash)"
)
_ERASE_VERBS = r"(?:erase|clear|wipe|delete|purge|format)"
_ERASE_DATA_RE: Final = re.compile(
    rf"(?i)(?<![a-z])(?:factory[_ -]?(?:reset|defaults?)|{_ERASE_VERBS}[_ -]?(?:all[_ -]?)?"
    rf"{_ERASED_DATA}"
    # the data first (`DATALOG ERASE ALL`, `LOGS CLEAR`)
    rf"|{_ERASED_DATA}[_ -]+{_ERASE_VERBS}(?:[_ -]+all)?)(?![a-z])"
)


def erases_device_data(arguments: Mapping[str, Any]) -> bool:
    """Whether a command argument (`_COMMAND_KEYS`) wipes a controller's data (see
    `_ERASE_DATA_RE`)."""
    return any(
        isinstance(value, str) and _ERASE_DATA_RE.search(value[:2_000]) is not None
        for key, value in arguments.items()
        if set(tokens(str(key))) & _COMMAND_KEYS
    )


# Statement kinds (`sql.statement_kinds`) that change data or the schema, by the sink class
# they make a call.
_SQL_WRITE_CLASSES: Final = {
    "insert": "other",
    "update": "other",
    "alter": "other",
    "create": "other",
    "grant": "other",
    "revoke": "other",
    "delete": "delete",
    "drop": "delete",
    "truncate": "delete",
}


def writes_sql(text: str) -> bool:
    """Whether `text` is SQL with a statement that changes data or the schema."""
    return any(kind in _SQL_WRITE_CLASSES for kind in statement_kinds(text))


def _sql_writes(arguments: Mapping[str, Any]) -> set[str]:
    """The classes of the SQL statements a call carries that write: `delete` for DELETE, DROP
    and TRUNCATE, `other` for the rest; empty for reads."""
    return {
        _SQL_WRITE_CLASSES[kind]
        for text in _sql_texts(arguments)
        for kind in statement_kinds(text)
        if kind in _SQL_WRITE_CLASSES
    }


def flatten(value: Any, prefix: str = "", depth: int = 0) -> Iterator[tuple[str, Any]]:
    """Every leaf of decoded JSON arguments with its dotted path (`files.2.path`)."""
    if depth > 32:
        return
    if isinstance(value, Mapping):
        for k, v in value.items():
            yield from flatten(v, f"{prefix}.{k}" if prefix else str(k), depth + 1)
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value[:10_000]):
            yield from flatten(v, f"{prefix}.{i}" if prefix else str(i), depth + 1)
    else:
        yield prefix, value


# -- what the user asked for ------------------------------------------------------------------
def _mark_ranges() -> str:
    """Every combining mark of the Basic Multilingual Plane (Unicode categories Mn, Mc, Me) as
    ranges of a regex character class, with the zero-width joiner and non-joiner: the vowel
    signs and diacritics that scripts such as Devanagari, Thaana, Hebrew, Arabic or Tibetan
    write inside their words and that `\\w` does not match."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x300, 0x10000):
        if unicodedata.category(chr(cp))[0] == "M" or cp in (0x200C, 0x200D):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(f"{chr(a)}-{chr(b)}" if b > a else chr(a) for a, b in ranges)


# Combining marks (see `_mark_ranges`), for the word patterns here and in `redline.guard.lexicon`.
COMBINING_MARKS: Final = _mark_ranges()
# A word: letters and digits with the marks written inside them (a vowel sign is no letter to
# `\w`, and would cut a Hindi or Dhivehi word into single letters); the danda (।, ॥) ends a
# sentence.
_WORD_RE: Final = re.compile(rf"(?:[^\W_]|[{COMBINING_MARKS}])+")
# Scripts written without spaces between words (Thai, Lao, Burmese, Khmer, Chinese, Japanese)
# and Korean: their request words are matched
# inside the user's text rather than as words.
_CJK_RE: Final = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)


def written_without_spaces(word: str) -> bool:
    """Whether `word` is in a script written without spaces between words (see `_CJK_RE`):
    `words_of` does not find its words, so it is looked for inside the text."""
    return _CJK_RE.search(word) is not None


def stem(word: str) -> str:
    """`unlocking` -> `unlock`, `doors` -> `door`: the stem `words_of` keeps."""
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# A word written with an apostrophe inside it, as Uzbek writes o' and g' (`to'lang`, "pay").
_APOSTROPHE_WORD_RE: Final = re.compile(r"(?<![^\W\d_])([^\W\d_]+)['ʻ‘’]([^\W\d_]{3,})")


def words_of(text: str) -> frozenset[str]:
    """The stemmed, lowercased words of a text (`Unlocking the doors` -> unlock, the, door),
    and a word an apostrophe splits, joined (`to'lang` -> to, lang, tolang)."""
    low = text.lower()[:200_000]
    words = {stem(w) for w in _WORD_RE.findall(low)}
    if "'" in low or "ʻ" in low or "‘" in low or "’" in low:
        words.update(stem(a + b) for a, b in _APOSTROPHE_WORD_RE.findall(low))
    return frozenset(words)


def _vocab(text: str) -> tuple[frozenset[str], tuple[str, ...]]:
    words = text.split()
    return (
        frozenset(stem(w) for w in words if not _CJK_RE.search(w)),
        tuple(w for w in words if _CJK_RE.search(w)),
    )


# Words in the user's messages that ask for an action of a class, in several languages. CJK
# entries are matched as substrings.
_REQUEST_WORDS: Final[dict[str, tuple[frozenset[str], tuple[str, ...]]]] = {
    "security": _vocab(
        "unlock disarm open lock door gate garage alarm camera recording record surveillance "
        "code passcode public publicly anyone everyone owner admin administrator role permission "
        "access collaborator visibility forward forwarding filter recovery 2fa mfa factor iam "
        "deploy guest security рөл рөлді рөлін rola rol baimena "
        "desbloquear abrir puerta alarma cámara público déverrouiller ouvrir porte alarme caméra "
        "entsperren öffnen tür alarm kamera öffentlich sbloccare aprire porta allarme telecamera "
        "destrancar abrir porta câmera разблокировать открыть дверь сигнализация камера "
        "rol rolle ruolo rôle perfil permiso permisos permissão berechtigung autorisation "
        "roli oprávnění přístup odemkni odemknout "
        "akses peran izin buka "
        "rooli roolin oikeudet käyttöoikeus käyttöoikeudet "
        "эрх эрхийг хандалт хандах पहुँच rol rolini ruxsat ሚና ፈቃድ rolunu icazə භූමිකාව "
        "rolle rollen tilgang роля ролята достъп "
        "ρόλο ρόλος δικαιώματα δικαίωμα πρόσβαση "
        "acces rol rolul permisiune permisiuni deblochează "
        "permís permisos accés desbloqueja obre peranan kebenaran "
        "uloga ulogu pristup ovlašćenje otključaj дозвола приступ улога "
        "دسترسی نقش مجوز loma lomu lomas piekļuve piekļuvi tiesības भूमिका पहुंच अनुमति "
        "rol rolin qasje akses ভূমিকা অ্যাক্সেস indima nikeza нақш нақши uburenganzira "
        "ролю роля доступ matsayi matsayin izini ಪಾತ್ರ ಪಾತ್ರವನ್ನು "
        "റോൾ ആക്സസ് അനുമതി gahee hayyama "
        "kichay kichariy ausschalten ausgeschalt ausschalt opmaachen opspären "
        "роль рольне хокук хокукы roluny rola andraikitra رول رولىنى رولنىلا ھوقۇق ໃຫ້ສິດ "
        "فتح باب إنذار كاميرا 解锁 开门 打开 门 警报 摄像头 公开 権限 解錠 開け ドア "
        "잠금 해제 열어 문"
    ),
    "delete": _vocab(
        "delete remove erase clean cleanup clear purge wipe trash drop destroy cancel uninstall "
        "unsubscribe prune terminate kill rm tidy empty reset archive scale teardown tear down "
        "unpublish yank unlist padam padamkan buang buangkan өшір өшіріңіз жой жойыңыз ezabatu "
        "decommission deprovision revoke unshare discard ban kick suspend expel close closed "
        "resolve cierra cerrar ferme fermer schließe schliessen chiudi chiudere fecha fechar "
        "borrar eliminar supprimer effacer löschen entfernen cancellare eliminare apagar excluir "
        "borra elimina supprime efface lösche entferne cancella apaga exclua "
        "termination deletion removal cancellation "
        "cima cime ucime cinywe kucinywe ziyacinywa cimeni susa ususe vala uvale "
        "borre borren pechar pecha "
        "radera rensa avsluta säg upp slette slett fjern poista "
        "smaž smazat smažte vymaž vymazat odstraň odstranit odstraňte zruš zrušit zrušte "
        "hapus hapuskan batalkan "
        "verwijder verwijderen wis wissen schrap schrappen annuleer annuleren "
        "изтрий изтрийте премахни премахнете затвори затворете отмени отменете "
        "poista poistakaa peruuta "
        "διάγραψε διαγράψτε διαγραφή αφαίρεσε ακύρωσε "
        "șterge sterge ștergeți stergeti elimină elimina anulează anuleaza "
        "futa ufute futeni ondoa uondoe funga "
        # Krio "dilit" (delete)
        "dilit "
        "izbriši izbrišite odstrani odstranite zapri burahin burahin tanggalin alisin "
        "ištrink ištrinti pašalink pašalinti atšauk ลบ "
        "видали видаліть вилучи вилучіть скасуй kustuta kustutage eemalda eemaldage tühista "
        "מחק למחוק מחיקה סגור לסגור בטל לבטל "
        "obriši obrišite izbriši ukloni uklonite otkaži otkažite обриши избриши уклони откажи "
        "لغو dzēs dzēst dzēsiet izdzēs izdzēst noņem noņemt atcel atcelt हटाएं हटाएँ हटा "
        "रद्द fshi fshini fshij hiq hiqni anulo anuloni মুছে মুছুন ডিলিট বাতিল "
        "eyða eyddu eyðið hætta устга устгана устгах устгаарай хас хасна хасах "
        "मेटाउनुहोस् मेटाउने मेट्नुहोस् हटाउनुहोस् हटाउने नष्ट "
        "ochiring ochirib ochirish ይሰርዙ ያስወግዱ sil silin මකන්න ඉවත් លុប "
        "நீக்கு நீக்கவும் அழி ரத்து "
        "తొలగించండి తొలగించు తొలగించాలి తీసివేయండి రద్దు "
        "өчүр өчүрүңүз өчүрүү "
        "susa susani sula cisha ҳазф ҳазфи тоза выдаль выдаліце выдаліць siba gusiba goge "
        "ಅಳಿಸಿ ತೆಗೆದುಹಾಕಿ "
        "ഇല്ലാതാക്കുക നീക്കംചെയ്യുക നീക്കം ഡിലീറ്റ് haqi haqaa haquu balleessi "
        "ħassar ħassru ħassra skrap verwyder ਮਿਟਾਓ ਮਿਟਾਉ ਹਟਾਓ "
        "borray chinkachiy qichuy pichay "
        "läsch läschen läsche läscht spär spären gespaart spaart "
        "бетер бетерегез busaken busakna busaki busak hapusen "
        "fareel dzima dzimai tidzime bvisa bvisai poz pozuň efase fafao ئۆچۈرۈڭ ئۆچۈر "
        "longola kolongola hlakola ລຶບ "
        "phimola phimole phimolang tlosa tlose tlosang ikkaten ikkatem ikkatenyo burasen "
        "burasem ဖျက် "
        "удалить удали حذف 删除 删掉 清理 削除 삭제"
    ),
    "payment": _vocab(
        "pay payment transfer wire send money buy purchase order book reserve refund tip donate "
        "checkout rent subscribe renew invoice bill settle reimburse payout fund deposit "
        "quote refill prescription cart redeem "
        "pagar pago paga pague transferir comprar reservar payer payez virement acheter "
        "réserver bezahlen zahlen "
        "überweisen kaufen buchen pagare bonifico comprare prenotar оплатить перевести купить "
        "transfiere transfiera paie payez überweise zahle bezahle kaufe buche trasferisci paghi "
        "transfira compra reserva "
        "reembolsa reembolsar reembolse reembolso rembourse rembourser remboursez remboursement "
        "erstatte erstatten erstattung rückerstattung rimborsa rimborsare rimborso "
        "factura facture fattura fatura rechnung cobra cobrar facturer fatturare payroll "
        "nómina nomina paie lohn gehalt stipendio salário salario abona abonar "
        "betaal betalen betaling overmaken overboeken terugbetalen factuur zapłać zapłacić "
        "przelej przelew opłać faktura fakturę öde ödeyin ödeme havale fatura bayar bayarkan "
        "pembayaran tagihan betala betalning överför överföring återbetala faktura betal "
        "zaplať zaplatit zaplaťte uhraď uhradit uhraďte převeď převést platbu vrať vrátit "
        "vraťte dobropis vyplať vyplatit proplať proplatit "
        "vráť vrátiť vráťte zaplatiť uhradiť preplať preplatiť preplaťte refundácia refundujte "
        "გადაიხადე გადაიხადეთ გადაუხადე გადარიცხე გადარიცხეთ ჩარიცხე გადახდა ანაზღაურება "
        "վճարիր վճարեք վճարել վճարում փոխանցիր փոխանցեք "
        "төле төлеңіз төлем аудар аударыңыз қайтар қайтарыңыз "
        "ordaindu ordain ordaindutako itzuli itzul transferitu "
        "cairkan pencairan transfer kembalikan "
        "maksa maksakaa maksu maksun maksutili palauta palautus hyvitä hyvitys lasku laskuta "
        "πλήρωσε πληρώστε πληρωμή εξόφλησε τιμολόγιο τιμολόγησε κράτηση κλείσε "
        "betal refunder refusjon tilbakebetal faktura "
        "платете плати върнете върни възстановете депозита депозит начислете кредит фактура "
        "rambursează ramburseaza rambursare plătește plateste plătiți platiti transferă "
        "transfera factura facturează factureaza "
        "plačaj plačajte plačilo plačila nakaži nakažite nakazilo bayaran bayaran magbayad "
        "bayad bayarin ibalik "
        "fizesd fizess fizesse fizetés fizetést kifizetés kifizetést utald utalj utalás átutalás "
        "bankszámla bankszámlára bankszámlaszám bankszámlaszáma számlaszám visszatérítés "
        "betal betale betaling overfør overførsel refunder tilbagebetal faktura "
        "lipa mlipe mlipie walipe lipia malipo ankara "
        "apmokėk apmokėti sumokėk sumokėti pervesk pervesti grąžink grąžinti mokėjimas "
        "จ่าย ชำระ โอนเงิน คืนเงิน "
        "оплати оплатіть сплати сплатіть переказ переказати перекажи переведи поверни "
        "tasu tasuge maksa makske kanna ülekanne tagasta "
        "שלם לשלם תשלום העבר להעביר העברה חשבונית "
        "plati platite uplati uplatite isplati isplatite plaćanje uplata faktura fakturu "
        "refundiraj refundirajte zakaži zakažite rezerviši плати платите уплати уплатите "
        "исплати закажи "
        "پرداخت بازپرداخت واریز بپرداز بپردازید خرید رزرو فاکتور "
        "greiddu greiða greiðið borgaðu borga millifærðu millifæra endurgreiddu endurgreiða "
        "reikning reikninginn greiðsla greiðslu "
        "செலுத்து செலுத்தவும் செலுத்துங்கள் பணம் அனுப்பு அனுப்பவும் திருப்பி முன்பதிவு "
        "paguaj paguani pagesë pagesën pagese faturën faturen rimburso rimbursoni kthe ktheni "
        "পরিশোধ পাঠান পাঠিয়ে পাঠিয়ে রিফান্ড ফেরত পেমেন্ট ৰিফাণ্ড পৰিশোধ "
        # payment rails a user names ("NEFT কৰক", "their UPI"): a request in any language
        "neft rtgs imps upi sepa "
        "samaksā samaksāt samaksājiet apmaksā apmaksāt apmaksājiet maksājums maksājumu "
        "pārskaiti pārskaitīt pārskaitiet atmaksā atmaksāt atmaksājiet atgriez rēķins rēķinu "
        "भुगतान भेज भेजें रिफंड वापस बुकिंग बुक "
        "भुक्तानी तिर्नुहोस् तिर्ने पठाउनुहोस् पठाउने फिर्ता "
        "төл төлнө төлөх төлөөрэй төлбөр төлбөрийг шилжүүл шилжүүлнэ шилжүүлэх шилжүүлээрэй "
        "буцаа буцааж буцаана "
        "tolang tolov tolovni tolash otkazing otkazib otkazish qaytaring qaytarib "
        "ይክፈሉ ክፍያ ክፍያውን ይመልሱ ተመላሽ ያስተላልፉ "
        "ödə ödəyin ödəniş ödənişi köçür köçürün qaytar qaytarın "
        "san sanwó ìsanwó "
        "បង់ប្រាក់ បង់ ផ្ទេរប្រាក់ សងប្រាក់ ឥណទាន "
        "ගෙවන්න ගෙවීම මාරු ආපසු "
        "ਭੇਜ ਭੇਜੋ ਭੁਗਤਾਨ ਅਦਾਇਗੀ ਰਿਫੰਡ ਵਾਪਸ "
        "చెల్లించండి చెల్లించు చెల్లించాలి చెల్లింపు బదిలీ వాపసు "
        "ચૂકવો ચૂકવી ચૂકવણી ચુકવણી ચૂકવવા રિફંડ પરત "
        "төлө төлөңүз төлөп которуңуз котор кайтар "
        "врати вратете поврати повратете рефундирај "
        "भरा भरावी भरणा क्रेडिट bixi bixiya bixinta "
        "аплаці аплаціце аплата вярні вярніце вяртанне пералічы ishyura kwishyura yishyure "
        "biya biyan mayar ಪಾವತಿಸಿ ಪಾವತಿ ಕ್ರೆಡಿಟ್ ಮರುಪಾವತಿ "
        "subiza gusubiza "
        "അടയ്ക്കുക അടയ്ക്കൂ പണമടയ്ക്കുക റീഫണ്ട് ക്രെഡിറ്റ് തിരികെ "
        "kaffali kaffalaa kaffaluu kaffaltii deebisi deebisaa deebisuu "
        "khokha khokhela khokhele oda thenga buyisela buyiselani "
        "ورکړه ورکړئ تادیه kwụọ kwuo ụgwọ weghachi "
        "hlawula hlawule uhlawule ulihlawule bahlawule mhlawule intlawulo "
        "paga pagar págalle pagamento transferencia "
        "пардохт пардохтро интиқол интиқоли баргардонед баргардонидан "
        "ክፈል ክፈሎ ክፈሎም ክፈላ ክፈልዎ ክፍሊት ምለስ ምለሰሉ ምለሰላ ምለሶ ምምላስ "
        "sasula sasule basasule musasule okusasula muddize ddiza muddizeeyo weereza "
        "pagay pagaykuy transferiy kutichipuy kutichiy reservay pago pagota pagonta pagokunata "
        "bezuel bezuelen bezillt belaascht belaaschten iwwerweis iwwerweisen rembourséier "
        "rembourséieren "
        "түлә түләгез түләп күчер күчерегез bayaren bayarna bayarno bayarake balekna balekno "
        "balekake "
        "fey feyal delloo reserwéel bhadhara bhadharai ipa dzorera dzosera "
        "töle tölegi tölän gaýtar gaýtaryň bronla peye ranbouse debouse aloavy avereno "
        "vegerîne vegerine pere pereyê bac baca bacê "
        "تۆلەڭ تۆلە تۆلىڭ قايتۇرۇڭ قايتۇر قايتۇرۇپ futa futá zongisela zongisa lefa lefe "
        "khutlisetsa ຈ່າຍ ໂອນ ຄືນເງິນ ຈອງ "
        "duela duelela duele duelang busetsa busetse busetsang bayadam bayadan bayaran ibayad "
        "isubli isublim isublin ပေးချေ ငွေလွှဲ ပြန်အမ်း "
        "totogi totongi fakafoki yoɓ yoɓu yoɓde artir ادا واپس "
        # Kirundi "riha" (pay), Occitan "rembórsa" (refund), Xitsonga "hakela" (pay) and
        # "vuyisela" (give back), Chechen "дӀайахьийта" (send, of money; the palochka also
        # written as a Latin I)
        "riha uriha rihe kuriha rembórsa remborsa remborsar hakela hakelela hakeleni vuyisela "
        "vuyiselani дӏайахьийта дӏадахьийта дiайахьийта дiадахьийта "
        # Hawaiian "uku" (pay) and "hoʻokaʻa" (pay off), Sango "fûta" (pay) and the French
        # loan "booker", Oshiwambo "futa" (pay; "mu futile", pay him) and "tumina" (send to),
        # Waray "bayari" (pay)
        "uku hoʻokaʻa hookaa fûta booker futile futila tumina bayari bayari-an "
        # Bislama "bukum" (book), "skedulem" (schedule, of a delivery); Balinese "bayahang"
        # (pay); Papiamento "reservá" (book)
        "bukum skedulem bayahang bayahin reservá "
        # Chamorro "apåsi" (pay), Tahitian "'aufau" (pay), Tshivenda "badela" (pay) and
        # "vhuisa" (give back)
        "apåsi apasi apåsiyi 'aufau aufau ʻaufau badela badele badelani vhuisa vhuisani "
        # Nahuatl "xiktlaxtlaua" (pay it), as the Huasteca and Puebla write it
        "xiktlaxtlaua xiktlaxtlawa xiktlaxtlahui xiktaxtaua tlaxtlaua tlaxtlawa "
        # Sranan Tongo "pai" (pay), "paiman" (payment)
        "pai paiman "
        # Lozi "lifa" (pay: "mu lifele", pay him), Kikongo and Lingala "buka" (book, of a
        # truck: "buka citerne"), a tanker or a truck dispatched ("tanker dispatch")
        "lifa lifela lifele lifelwe buka dispatch "
        # West Frisian "betelje" (pay) and "boek" (book), siSwati "bhadala" (pay: "ubhadale",
        # "umbhadala", pay him) and "bhukha" (book), Romansh "pajar" (pay), Indonesian and
        # Minangkabau "pesan" (order, book: "pesan truk")
        "betelje betel betellet boek bhadala bhadale ubhadale umbhadala mbhadale ubhadala "
        "bhukha ubhukhe bhukhe paja pajar pajai pesan pesankan "
        # Acehnese "bayeue" (pay: "neubayeue", please pay), Polish and Kashubian "zamów" /
        # "zamòwi" (order, book: "zamòwi chłodniã", book a refrigerated truck)
        "bayeue neubayeue geubayeue zamów zamówić zamówcie zamòwi zamòwic zamòwita "
        # Maithili and Nepali "pathaa" (send: "bank account me pathaa diyau", send it to the
        # bank account), Marshallese "kōļļā" (pay)
        "pathaa pathau pathaau pathaiyau पठा पठाउ पठाबू kōļļā kōḷḷā kōļļāiki "
        # mobile money a user names as where to pay ("the M-Pesa number on the record", "his
        # Flooz number"), as "their UPI" does; money in Swahili and Dholuo ("pesa"), Kikuyu
        # ("mbeca") and Chichewa ("ndalama"); Cebuano "bayri" (pay), Bislama "pem" (pay),
        # Ossetian "бафид" (pay); m-Gurush, Telebirr, EcoCash, MVola and WAAFI wallets;
        # Dinka "wëu" (money: "tuɔ̈c wëu", send the money)
        "pesa momo flooz tmoney esewa khalti gcash bkash nagad mbeca ndalama bayri pem бафид "
        "gurush mgurush telebirr ecocash mvola waafi wëu "
        # Corsican "pagà" (to pay; "pagali", pay him), Ladin "paia" / "paié" (pay)
        "pagà pagali pagalli pagatelu paia paié paiè paiede "
        "دفع تحويل شراء 支付 付款 转账 购买 预订 退款 支払 振込 購入 予約 返金 "
        "결제 송금 구매 예약 환불"
    ),
    # Asking for a bulk export (`flows.unrequested_export`): the word, a report, or a file.
    "export": _vocab(
        "export exports exported exporting download downloads report reports csv xlsx excel "
        "spreadsheet extract dump backup archive copy "
        "exporta exportar exporte exportez exporter exportieren exportiere esporta esportare "
        "exportera exportere eksport eksporter eksportuj eksportować exportuj exportovat ekspor "
        "vie eksportoi descarga descargar télécharger herunterladen scarica baixar "
        "informe relatório relatorio rapport bericht rapporto raport raportti rapor laporan "
        "verslag отчёт отчет экспорт выгрузи выгрузить звіт експорт تصدير تقرير នាំចេញ "
        "导出 报表 报告 エクスポート 出力 レポート 내보내기 보고서 ส่งออก รายงาน"
    ),
    "credential": _vocab(
        "password passcode pin credential key token secret 2fa mfa reset rotate login "
        "contraseña mot passe passwort kennwort heslo sandi parola parolă salasana salasanan "
        "κωδικό κωδικός пароль كلمة 密码 "
        "パスワード 비밀번호"
    ),
    "secret_read": _vocab(
        "password passcode pin credential key token secret api apikey card passport ssn vault "
        "env environment config configuration login 2fa mfa otp seed mnemonic wallet private "
        "contraseña mot passe passwort kennwort пароль كلمة 密码 密钥 パスワード 비밀번호"
    ),
    "share": _vocab(
        "share invite grant add access permission collaborator member give team "
        "dela bjud behörighet бер беріңіз eman "
        # Sango "mû" (give: "mo mû role so ticket ni ahunda", give the role the ticket asks)
        "mû "
        "přidej přidat pozvi pozvat sdílej sdílet nasdílej oprávnění přístup roli "
        "berikan akses bagikan undang tambahkan "
        "jaa jaettu kutsu lisää anna "
        "inviter издайте издай карта достъп споделете покани добави "
        "μοιράσου μοίρασε κοινοποίησε πρόσβαση "
        "partajează partajeaza invită invita adaugă adauga acces "
        "dona doneu comparteix convida afegeix accés beri kongsi jemput tambah "
        "dodaj dodajte dodeli dodelite podeli podelite pozovi pozovite pristup додај додели "
        "хуваалц хуваалцана хуваалцах олго олгоно олгох урь урина нэм нэмнэ "
        "साझा पहुँच थप्नुहोस् "
        "ulashing ulashish bering rolini ruxsat ያጋሩ ያካፍሉ ይስጡ ሚና "
        "paylaş paylaşın ver verin rolunu icazə බෙදාගන්න ලබාදෙන්න භූමිකාව ចែករំលែក "
        "подели позови دسترسی اضافه افزودن اشتراک دعوت nikeza nika нақш нақши диҳед ನೀಡಿ bai "
        "നൽകുക ചേർക്കുക kenni kenniif kennaa dabali "
        "unike nika ukufikelela fikelela acceso dálle dalle engade engadir compartir "
        "ወስኸሉ ወስኸላ ወስኽ ሃቦ ሃባ ሃቡ ክወሃቦ ክወሃባ muwe mwongere yongera "
        "бир бирегез wenehana wenehi wenehake wenehno ber beriň omeo bide بېرىڭ pesa fe fana "
        "ໃຫ້ສິດ abelana abelane naya nee ibingay ibingaymo ited itedmo မျှဝေ vahevahe شيئر "
        "piešķir piešķirt piešķiriet pievieno pievienot uzaicini dalies जोड़ें "
        "adicionar adiciona cadastrar cadastra cadastre añadir agregar ajouter aggiungere "
        "compartir partager teilen condividi partilhar поделиться مشاركة 分享 共享 共有 공유 "
        "comparte partage teile compartilhe aggiungi añade agrega ajoute ajoutez adicione füge "
        "invita invitez convide enrol enroll enrolment enrollment register issue keycard badge "
        "code"
    ),
}
# The sink classes whose requests the guard reads in words (`requested`).
REQUEST_CLASSES: Final = tuple(_REQUEST_WORDS)


# A tool that does the opposite of what the user asked for was not asked for: "lock the door"
# does not ask for `unlock_door`.
_OPPOSITE: Final = {
    "unlock": "lock",
    "disarm": "arm",
    "disable": "enable",
    "deactivate": "activate",
    "open": "close",
    "stop": "start",
    "unshare": "share",
    "unmute": "mute",
}


def click_label(name: str, arguments: Mapping[str, Any]) -> str:
    """The text of the control a click or tap tool presses ("Invite as Maintainer"); empty for
    other tools."""
    if not set(tokens(name)) & _CLICK_VERBS:
        return ""
    return _control_label(arguments)


# Classes where a clicked control's own words must be the user's: granting access or changing a
# security setting is asked for by name ("invite Ana as maintainer"), not by a task that opens
# a page or adds a label.
_LABEL_CLASSES: Final = frozenset({"share", "security", "credential"})


def requested(
    cls: str,
    words: frozenset[str],
    text: str = "",
    tool: tuple[str, ...] = (),
    label: str = "",
) -> bool:
    """Whether the user's words (`words_of` of their messages; `text` for CJK) ask for an
    action of class `cls`. Classes without a vocabulary always count as asked for. `tool` (the
    call's name `tokens`) rules out a request for the opposite action. For a click (`label`,
    the control's text) that grants access or changes security, the label's words of the
    class's vocabulary must be among the user's ("Invite as Maintainer" needs "invite")."""
    vocab = _REQUEST_WORDS.get(cls)
    if vocab is None:
        return True
    if cls == "secret_read" and words & _MASKED_WORDS and not words & _UNMASKED_WORDS:
        # "check its status (secrets masked)": the secrets are named to be kept hidden
        return False
    if label and cls in _LABEL_CLASSES:
        named = words_of(label) & vocab[0]
        if named:
            return bool(named & words)
    for verb in tool:
        opposite = _OPPOSITE.get(verb)
        if opposite is not None and opposite in words and verb not in words:
            return False
    latin, cjk = vocab
    if words & latin or any(w in text for w in cjk):
        return True
    if {fold_accents(w) for w in words} & _folded_vocab(cls):
        return True  # a word typed without its accents ("reserver" for "réserver")
    # `stem` cuts "deleted" to "delet" and leaves "delete" whole: the same verb ("passed" is
    # not the French "passe").
    if any(w + "e" in latin for w in words if len(w) > 3 and not w.endswith("ss")):
        return True
    if cls in _NAMED_OBJECT_CLASSES and _names_the_object(tool, words):
        return True
    tool_words = set(tool) | {stem(t) for t in tool}
    if (
        cls == "payment"
        and words & _CREDIT_NOUNS
        and tool_words & _CREDIT_NOUNS
        and tool_words & _CREDIT_VERBS
    ):
        # "issue a credit note for the amount on the ticket", "credit him the difference" for
        # `issue_credit_note`, `applyCredit`, `OilDesk.issueCredit`: a credit the tool issues;
        # "nota de crédito" for `NOTA_CREDITO_EMITIR`.
        return True
    if _names_the_call(tool, words):
        return True
    # A repeated action asks for the action (`rebook`, `resend`, `repay`).
    return any(w[2:] in latin for w in words if w.startswith("re") and len(w) > 4)


@lru_cache(maxsize=64)
def _folded_vocab(cls: str) -> frozenset[str]:
    """The words of a class's request vocabulary that have accents, written without them;
    only words of five letters or more, as a short one without its accents is often a word of
    another language."""
    vocab = _REQUEST_WORDS.get(cls)
    if vocab is None:
        return frozenset()
    return frozenset(fold_accents(w) for w in vocab[0] if not w.isascii() and len(w) >= 5)


# Words that ask for secrets to stay hidden, and words that ask to see them (as `words_of`
# gives them: "masked" -> "mask").
_MASKED_WORDS: Final = frozenset(
    stem(w)
    for w in word_set(
        "masked redacted masqué masqués masquée masquées enmascarado enmascarados mascarado "
        "mascarados oculto ocultos maskiert geschwärzt"
    )
)
_UNMASKED_WORDS: Final = frozenset(
    stem(w) for w in word_set("unmasked unmask unredacted plaintext cleartext reveal revealed")
)

_CREDIT_VERBS: Final = word_set("issue apply add create post grant give emitir crear aplicar")
_CREDIT_NOUNS: Final = word_set("credit credito crédito avoir gutschrift")


# Classes a tool falls in by what it acts on (a reservation, a ticket, a promo code), where a
# user who names that thing and a change to it asks for the call ("change those reservations
# to SUV", "issue a free ticket to each guest", "set up the promo code").
_NAMED_OBJECT_CLASSES: Final = frozenset({"payment"})
_CHANGE_WORDS: Final = word_set(
    "change extend modify update set create issue add move switch upgrade downgrade apply make "
    "edit adjust renew convert swap shorten raise"
)
_GENERIC_VERBS: Final = word_set(
    "create update modify set get issue add make new edit change apply put do save submit"
)


# Verbs that end or take back a thing (`cancelBooking`, `item-withdraw`): a tool named by one
# and its object is asked for when the user's words name both.
_ENDING_VERBS: Final = word_set(
    "cancel delete remove withdraw void close archive deactivate terminate revoke suspend "
    "unsubscribe discard retire"
)
_LINKS: Final = word_set("to from for of in on by with the a an")


def _names_the_call(tool: tuple[str, ...], words: frozenset[str]) -> bool:
    """Whether the user's words name a tool's ending verb and the thing it acts on in the
    tool's own words: "Cancel its Main Hall bookings" for `rooms.cancelBooking`, "Withdraw the
    items" for `item-withdraw`."""
    parts = [t for t in tool if t not in _LINKS]

    def said(t: str) -> bool:
        # As written or stemmed: `booking` is a word of "bookings", `book` of "booked".
        return t in words or stem(t) in words

    for a, b in itertools.pairwise(parts):
        verb, thing = (a, b) if a in _ENDING_VERBS else (b, a)
        if verb in _ENDING_VERBS and thing not in _ENDING_VERBS and said(verb) and said(thing):
            return True
    return False


def _names_the_object(tool: tuple[str, ...], words: frozenset[str]) -> bool:
    """Whether the user's words name every object token of a tool name (`Reservation_Modify`
    -> reservation) that acts on it with a generic verb (create, modify, issue, set ...), and
    ask for a change ("extend", "change", "set up"; not "summarise the reservations")."""
    verbs = {t for t in tool if t in _GENERIC_VERBS}
    objects = {stem(t) for t in tool if t not in _GENERIC_VERBS and not t.isdigit()}
    if not verbs or not objects:
        return False
    # Short tokens beside a named object are often abbreviations the user spells out
    # (`Tickets_IssueComp`: "issue a free ticket"); the longer objects must still be named.
    named = {o for o in objects if len(o) >= 5} or objects
    return named <= words and bool(words & _CHANGE_WORDS)


# -- access levels --------------------------------------------------------------------------
# How much a grant gives, for comparing a call with what the user asked: 1 read, 3 write, 4 an
# administrator or owner. Read access counts only as said in so many words ("read-only", "as a
# viewer"), since "read the email" asks for no access level.
ACCESS_READ: Final = 1
ACCESS_WRITE: Final = 3
ACCESS_ADMIN: Final = 4
_ADMIN_WORDS: Final = word_set(
    "admin admins administrator administrators administrador administradora administradores "
    "administrateur administratrice administratore amministratore owner owners propietario "
    "propietaria proprietario proprietário propriétaire eigentümer eigentuemer inhaber superuser "
    "superadmin root sudo maintainer maintain"
)
_WRITE_WORDS: Final = word_set(
    "write writer writers edit editor editors editing contributor contributors readwrite rw "
    "escritura editar edición écriture éditeur éditrice modifier modification escrita edição "
    "editora schreiben schreibzugriff bearbeiten bearbeiter scrittura modifica"
)
_READ_PHRASES: Final = re.compile(
    r"\b(?:read[- ]?only|view[- ]?only|viewers?|readers?|read access|view access|as a reader|"
    r"triage|triagers?|"
    r"(?:s[oó]lo|somente|apenas) (?:de )?(?:lectura|leitura)|lecture seule|en lecture|"
    r"nur lesen|lesezugriff|leserechte|sola lettura|in lettura|lector(?:es)?|leitor(?:es)?|"
    r"lecteur|lettore)\b"
)
ACCESS_KEYS: Final = word_set(
    "access role roles permission permissions perm perms level privilege privileges right "
    "rights scope scopes perfil rol rolle ruolo papel droit droits acceso acesso zugriff"
)


# "superlibrarian", "super_user", "Super Admin": a super- role is above everyone's.
_SUPER_ROLE: Final = re.compile(
    r"\bsuper[ _-]?(?:user|admin|administrator|librarian|manager|owner|root|agent|editor|"
    r"moderator|access|host)s?\b"
)


def access_level(text: str) -> int:
    """The highest access a text names (see `ACCESS_READ` ...); 0 when it names none."""
    lower = text.lower()
    words = set(re.findall(r"[^\W\d_]+", lower))
    if words & _ADMIN_WORDS or _SUPER_ROLE.search(lower):
        return ACCESS_ADMIN
    if words & _WRITE_WORDS:
        return ACCESS_WRITE
    return ACCESS_READ if _READ_PHRASES.search(lower) else 0
