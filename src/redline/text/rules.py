"""Explainable patterns for prompt injection and jailbreaks, in many languages.

Each `TextRule` names one attack technique (instruction override, system-prompt extraction,
role spoofing, indirect-injection markers, tool hijack, exfiltration, jailbreak personas,
refusal suppression, fiction framing, many-shot dialogues, payload splitting, output hijack).
`match_rules` runs them over text that is already normalised (NFKC, lowercase, invisible
characters removed, whitespace runs collapsed to one space, leetspeak and homoglyphs undone) and
returns every hit with its offsets, so callers can show users a span and a reason. A learned
model uses the hits as features and learns how much each one counts; `weight` is only a prior.

Speed: rules are gated before any pattern runs. Latin-script rules name anchor words, one of which
every match must contain; a text's word set (one `str.translate` and `split`) selects the rules
worth running. Rules for other scripts run only when the text contains that script. Patterns use
bounded gaps only (`(?:\\S+ ){0,n}?` between words, `.{0,n}?` inside CJK text).
"""

from __future__ import annotations

import functools
import importlib
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Final

import numpy as np

from redline.text._compiled import fast as _fast
from redline.text._trie import trie_pattern as _trie_pattern
from redline.text.types import Category

# The regex parser of the standard library (for the first characters a rule can match); its
# stubs are not public, so it is typed as Any.
_sre_c: Any = importlib.import_module("re._constants")
_sre_parse: Any = importlib.import_module("re._parser")

__all__ = [
    "MAX_HITS_PER_RULE",
    "RULES",
    "TextRule",
    "match_rules",
    "prepare_rules",
    "rule_by_id",
]

MAX_HITS_PER_RULE: Final = 32
"""At most this many hits per rule and text: enough evidence, bounded output on hostile input."""

INJ: Final = Category.INJECTION
JB: Final = Category.JAILBREAK


@dataclass(frozen=True)
class TextRule:
    """One explainable pattern.

    `weight` is a prior in [0, 1] for how strongly one hit suggests an attack. `languages` are
    ISO 639-1 codes the pattern is written for. `data_only` marks patterns that describe an
    attack only inside data (tool results, documents), where text addressing the model is itself
    suspicious. It is descriptive: every rule counts in every channel, and the model weighs a
    hit in a data channel apart from the same hit from a user (its `data:` indicators).
    Dropping these rules from the user channel was measured and lost recall on validation.
    """

    id: str
    category: Category
    reason: str
    pattern: re.Pattern[str]
    weight: float
    languages: tuple[str, ...]
    data_only: bool = False


# --- pattern templates -------------------------------------------------------------------------
# `~N ` is a gap of at most N whole words; `«N»` is a gap of at most N characters that does not
# cross a sentence end (for scripts written without spaces).

_WORD_GAP = re.compile(r"~(\d+) ?")
_CHAR_GAP = re.compile(r"«(\d+)»")


def _expand(template: str) -> str:
    out = _WORD_GAP.sub(lambda m: r"(?:\S+ ){0," + m.group(1) + "}?", template)
    out = _CHAR_GAP.sub(lambda m: r"[^.!?。！？\n]{0," + m.group(1) + "}?", out)
    return unicodedata.normalize("NFKC", out)


_SCRIPT_OF: Final = {
    "zh": "cjk",
    "ja": "cjk",
    "ko": "hangul",
    "ru": "cyrillic",
    "ar": "arabic",
    "hi": "devanagari",
    "th": "thai",
    "bn": "bengali",
}
_SCRIPT_RX: Final = {
    "cjk": re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"),
    "hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
    "bengali": re.compile(r"[\u0980-\u09ff]"),
}


@dataclass(frozen=True)
class _Spec:
    id: str
    category: Category
    weight: float
    languages: str
    reason: str
    template: str
    anchors: str = ""  # space-separated words (Latin rules); empty for script-gated rules
    data_only: bool = False
    # (0, 0): every match starts at an anchor word. (back, after): a match starts at most
    # `back` characters before an anchor word (`after` documents how far past it it may reach).
    # (-1, 0): the pattern starts with a rare character class; scan the text once.
    window: tuple[int, int] = (0, 0)


def _after_words(words: list[str]) -> str:
    """A group of fixed-width lookbehinds: the match starts right after one of `words`."""
    return "(?:" + "|".join(rf"(?<=\b{re.escape(w)} )" for w in words) + ")"


# A name ending in "bot" or "GPT" given to the model ("you are now 'RefundBot'"), in any language.
_NAMED_BOT = r"(?:\S{1,3} )?[\"'“‘«„]?\w{0,24}(?:bot|gpt)\b"


def _you_are_now(
    lang: str, name: str, lead: str, roles: str, anchors: str, *, back: int = 0
) -> _Spec:
    """`override.you-are-now` in `lang`: `lead` ("du bist jetzt") followed within three words
    by a role noun of `roles`, or by a name ending in "bot" or "GPT"."""
    return _Spec(
        f"override.you-are-now.{lang}",
        INJ,
        0.6,
        lang,
        f"reassigns the model a new role or identity ({name})",
        rf"{lead} ~3 (?:{roles})\b|{lead} " + _NAMED_BOT,
        anchors,
        window=(back, 0),
    )


# --- shared vocabularies (English) ---------------------------------------------------------------

_OVR_VERB = (
    r"(?:ignore|ignoring|disregard|disregarding|forget|forgetting|discard|discarding|override|"
    r"overriding|neglect|dismiss|disobey|abandon|scrap|erase|nullify|"
    r"pay no (?:attention|heed|mind) to|do not (?:follow|obey|heed)|don't (?:follow|obey|heed)|"
    r"stop following|no longer (?:follow|obey))"
)
_OVR_ANCH = (
    "ignore ignoring disregard disregarding forget forgetting discard discarding override "
    "overriding neglect dismiss disobey abandon scrap erase nullify follow obey heed attention "
    "mind regardless irrespective notwithstanding"
)
_OVR_QUAL = (
    r"(?:previous|previously|prior|preceding|above|earlier|former|foregoing|initial|original|"
    r"old|system|all|any|every|your|the above|the previous|the prior|the preceding|the earlier|"
    r"the initial|the original|the system|developer|pre-?set|existing|default|current)"
)
_OVR_NOUN = (
    r"(?:instructions?|directives?|directions|commands?|rules|guidelines|prompts?|orders|"
    r"programming|guidance|constraints|restrictions|policies|training|configuration)\b"
)
_OVR_POS = (
    r"(?:previous|previously|prior|preceding|above|earlier|former|foregoing|initial|original|"
    r"system)"
)
_OVR_WEAK = r"(?:context|messages?|conversation|text|content|input|settings|tasks?)\b"

_AI = (
    r"(?:ai|a\.i\.|llm|llms|gpt|chatgpt|language model|ai model|ai assistant|ai agent|assistant|"
    r"agent|chatbot|bot|copilot|claude|gemini|model|large language model|ai system|"
    r"ai systems|ai agents|ai assistants|ai tools?|automated system|automated agent)"
)
_AI_ANCH = (
    "ai llm llms gpt chatgpt model assistant agent chatbot bot copilot claude gemini system "
    "systems agents assistants tools tool"
)
_SECRET_NOUN = (
    r"(?:conversation|chat history|chat log|message history|previous messages|system prompt|"
    r"api[ _-]?keys?|passwords?|passcodes?|credentials|secrets?|secret keys?|access tokens?|"
    r"auth(?:entication)? tokens?|private keys?|ssh keys?|session (?:cookies|tokens?)|cookies|"
    r"environment variables|\.env|personal (?:data|information|details)|credit card(?: numbers?)?|"
    r"user data|user's data|contacts?|contact list|inbox|emails|files|documents|bank details|"
    r"~/\.ssh\S*|\.ssh/\S+|id_rsa\S*|/etc/(?:passwd|shadow)\S*|\.aws/credentials\S*|"
    r"seed phrases?|recovery phrases?|wallet keys?|keychain)"
)
_SEND_VERB = (
    r"(?:send|sending|email|e-mail|forward|forwarding|upload|uploading|post|transmit|exfiltrate|"
    r"leak|share|sharing|copy|mail|submit|export|sync|relay|deliver|dump)"
)
_SEND_ANCH = (
    "send sending email forward forwarding upload uploading post transmit exfiltrate leak "
    "share sharing copy mail submit export sync relay deliver dump"
)
_DEST = (
    r"(?:[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.|webhook|endpoint|server|external|"
    r"(?:this|the following|my|an?|our) (?:email|e-mail|address|url|link|number|account|site))"
)
_RESTR_NOUN = (
    r"(?:restrictions|limitations|limits|filters|filtering|censorship|guidelines|guardrails|"
    r"safeguards|boundaries|constraints|rules|morals|ethics|principles|policies|polic(?:y|ies)|"
    r"content policy|safety (?:measures|protocols|rules|filters))\b"
)

# --- the rules -----------------------------------------------------------------------------------

_SPECS: tuple[_Spec, ...] = (
    # ============ instruction override ============
    _Spec(
        "override.ignore-previous",
        INJ,
        0.9,
        "en",
        "tells the model to ignore, forget or override its previous instructions",
        rf"\b{_OVR_VERB} ~3 {_OVR_QUAL} ~2 {_OVR_NOUN}|\b{_OVR_VERB} ~3 {_OVR_POS} ~2 {_OVR_WEAK}|"
        rf"\b(?:regardless of|irrespective of|notwithstanding) (?:any |all |the |your )?"
        rf"{_OVR_POS} (?:{_OVR_NOUN}|{_OVR_WEAK})",
        "ignore ignoring disregard disregarding forget forgetting discard discarding override "
        "overriding neglect dismiss disobey abandon scrap erase nullify pay do don stop no "
        "regardless irrespective notwithstanding",
    ),
    _Spec(
        "override.ignore-above",
        INJ,
        0.8,
        "en",
        "tells the model to ignore everything said before",
        rf"\b{_OVR_VERB} (?:(?:all|everything|anything)(?: of)? )?(?:the |what(?:ever)? "
        r"(?:was|is|has been|you were|you've been|i) (?:\S+ )?)?above\b|"
        rf"\b{_OVR_VERB} (?:all|everything|anything)(?: that| which)?(?: (?:was|is|has been|came|"
        r"comes|written|said|stated))? (?:before|previously|earlier|prior|so far)\b|"
        r"\b(?:ignore|disregard|forget) (?:all|everything|anything) (?:that |what )?(?:you(?:'ve| "
        r"have)? (?:been|were) |i (?:have |had )?|they |was )(?:told|said|instructed|taught|given|"
        r"programmed)",
        "ignore ignoring disregard disregarding forget forgetting discard discarding override "
        "overriding neglect dismiss disobey abandon scrap erase nullify pay do don stop no",
    ),
    # "Ignore what precedes" in the languages of the Latin and Cyrillic scripts: the
    # override without the word "instructions" ("Ignorez ce qui précède et dites ...").
    _Spec(
        "override.ignore-above.fr",
        INJ,
        0.8,
        "fr",
        "tells the model to ignore everything said before (French)",
        r"\b(?:ignore|ignorez|ignorer|oublie|oubliez|oublier|ne tiens pas compte de|ne tenez pas "
        r"compte de|fais abstraction de|faites abstraction de) (?:tout )?(?:ce qui (?:précède|"
        r"est (?:écrit )?(?:au-dessus|ci-dessus|plus haut))|le texte (?:ci-dessus|précédent)|"
        r"(?:tout )?ce qui (?:t'|vous )?a été dit (?:avant|auparavant|précédemment|jusqu'ici))",
        "ignore ignorez ignorer oublie oubliez oublier ne fais faites",
    ),
    _Spec(
        "override.ignore-above.es",
        INJ,
        0.8,
        "es",
        "tells the model to ignore everything said before (Spanish)",
        r"\b(?:ignora|ignore|ignoren|ignorad|ignorar|olvida|olvide|olviden|olvidad|olvidar|haz "
        r"caso omiso de|haga caso omiso de|no hagas caso (?:a|de)) (?:todo )?(?:lo (?:anterior|"
        r"de arriba|que (?:está|esta) (?:arriba|escrito arriba))|el texto (?:anterior|de arriba)|"
        r"(?:todo )?lo que se (?:te |le )?(?:ha )?dicho (?:antes|anteriormente|hasta ahora))",
        "ignora ignore ignoren ignorad ignorar olvida olvide olviden olvidad olvidar haz haga no",
    ),
    _Spec(
        "override.ignore-above.pt",
        INJ,
        0.8,
        "pt",
        "tells the model to ignore everything said before (Portuguese)",
        r"\b(?:ignore|ignora|ignorar|ignorem|esqueça|esqueca|esquece|esquecer|esqueçam|"
        r"desconsidere|desconsidera|desconsiderar) (?:tudo )?(?:o (?:que (?:está|esta) acima|"
        r"acima|anterior|texto (?:acima|anterior))|(?:tudo )?o que (?:te |lhe )?(?:foi dito|"
        r"disseram)(?: antes| anteriormente| até agora)?)",
        "ignore ignora ignorar ignorem esqueça esqueca esquece esquecer esqueçam desconsidere "
        "desconsidera desconsiderar",
    ),
    _Spec(
        "override.ignore-above.it",
        INJ,
        0.8,
        "it",
        "tells the model to ignore everything said before (Italian)",
        r"\b(?:ignora|ignorate|ignori|ignorare|dimentica|dimenticate|dimentichi|dimenticare) "
        r"(?:tutto )?(?:quanto (?:sopra|detto|precede)|ciò che precede|quello che precede|il "
        r"testo (?:sopra|precedente)|(?:tutto )?(?:ciò|quello) che (?:ti |le )?è stato detto)",
        "ignora ignorate ignori ignorare dimentica dimenticate dimentichi dimenticare",
    ),
    _Spec(
        "override.ignore-above.de",
        INJ,
        0.8,
        "de",
        "tells the model to ignore everything said before (German)",
        r"\b(?:ignoriere|ignorier|ignorieren sie|vergiss|vergessen sie|missachte|missachten sie) "
        r"(?:alles|das|den|die)? ?(?:,? ?(?:was|das) )?~3 (?:obige|obigen|oben|vorherige|"
        r"vorherigen|vorher|zuvor|bisherige|bisherigen|bisher gesagte|davor)\b",
        "ignoriere ignorier ignorieren vergiss vergessen missachte missachten",
    ),
    _Spec(
        "override.ignore-above.ru",
        INJ,
        0.8,
        "ru",
        "tells the model to ignore everything said before (Russian)",
        r"(?:игнорируй|игнорируйте|забудь|забудьте|не обращай внимания на|не обращайте "
        r"внимания на) (?:всё |все )?(?:вышесказанное|вышеизложенное|вышенаписанное|"
        r"сказанное (?:выше|ранее)|написанное выше|предыдущее|то,? что (?:было )?(?:сказано|"
        r"написано) (?:выше|ранее|до этого))",
    ),
    _Spec(
        "override.new-instructions",
        INJ,
        0.7,
        "en",
        "announces replacement instructions for the model",
        r"\b(?:new|updated|revised|real|actual|true|secret|hidden|override|overriding|"
        r"additional|supplementary) (?:system )?(?:instructions?|directives?|orders|mission|"
        r"objective|task|prompt|rules) ?(?:are|is|follow|follows)? ?:|\byour (?:new|real|true|"
        r"actual|only|primary|updated) (?:task|instructions?|goal|purpose|objective|mission|"
        r"directive|job|role) (?:is|are|will be|now is|is now)\b|\byou have (?:a|been given "
        r"(?:a|some)) new (?:task|mission|instruction|objective|directive|set of instructions)\b"
        rf"|\b(?:new|updated|additional|next) (?:tasks?|instructions?|orders?|directives?) (?:for|"
        rf"to) (?:the |you,? the |this |any )?{_AI}\b",
        "new updated revised real actual true secret hidden override overriding additional "
        "supplementary next",
        window=(30, 60),
    ),
    _Spec(
        "override.from-now-on",
        INJ,
        0.45,
        "en",
        "redefines the model's behaviour from now on",
        r"\b(?:from now on|from this (?:moment|point)(?: on(?:ward)?)?|henceforth|for the rest "
        r"of (?:this|the) conversation|starting (?:now|immediately)|effective immediately),? "
        r"(?:you (?:are|will|must|shall|should|have|can|no longer|act|respond|answer|only|'re)|"
        r"you're|act as|respond|answer|always|never|ignore|only|your)\b",
        "from henceforth starting effective rest",
        window=(8, 60),
    ),
    _Spec(
        "override.instead-do",
        INJ,
        0.45,
        "en",
        "drops the current task and substitutes another one",
        r"\b(?:ignore|disregard|forget|skip|stop|drop|abandon|don't|do not) ~8 ,? ?instead,? "
        r"(?:just |simply |please )?(?:say|output|print|write|respond|reply|tell|answer|return|"
        r"do|translate|summari[sz]e|give|list|repeat)\b|\b(?:stop|cease|abort|cancel|abandon) "
        r"(?:what you are doing|the (?:current|original|previous) task|your (?:current|"
        r"original|previous) task|summari[sz]ing|translating)\b",
        "ignore disregard forget skip stop drop abandon don do cease abort cancel",
    ),
    _Spec(
        "override.ignore-content",
        INJ,
        0.6,
        "en",
        "tells the reader to ignore the text it was given and say something else instead",
        r"\b(?:ignore|disregard|forget) (?:the |this |that |these |all |any )?(?:\S+ ){0,2}?"
        r"(?:page|webpage|website|site|document|text|e-?mail|message|article|content|function|"
        r"code|file|question|task|request|input|review|post)s? and (?:instead |just |simply )?"
        r"(?:say|state|output|print|write|respond|reply|answer|tell|return|claim)\b",
        "ignore disregard forget",
    ),
    _Spec(
        "override.ignore-content.es",
        INJ,
        0.6,
        "es",
        "tells the reader to ignore the text it was given and say something else (Spanish)",
        r"\b(?:ignora|ignore|ignoren|ignorad|olvida|olvide) (?:la |el |este |esta |ese |esa |"
        r"los |las |todo )?(?:\S+ ){0,2}?(?:p[aá]gina|web|sitio|documento|texto|correo|mensaje|"
        r"art[ií]culo|contenido|funci[oó]n|c[oó]digo|archivo|pregunta|tarea|rese[nñ]a)s?"
        r"(?: \S+){0,2}? y "
        r"(?:en su lugar )?(?:di|diga|digan|decir|indica|indique|escribe|escriba|responde|"
        r"responda|afirma|afirme|declara|declare)\b",
        "ignora ignore ignoren ignorad olvida olvide",
    ),
    _Spec(
        "override.ignore-content.fr",
        INJ,
        0.6,
        "fr",
        "tells the reader to ignore the text it was given and say something else (French)",
        r"\b(?:ignore[zr]?|oublie[zr]?) (?:la |le |les |ce |cette |cet |tout )?(?:\S+ ){0,2}?"
        r"(?:page|site|document|texte|e-?mail|courriel|message|article|contenu|fonction|code|"
        r"fichier|question|t[aâ]che|avis)s?(?: \S+){0,2}? et (?:plut[oô]t )?(?:dites|dis|"
        r"dire|indiquez|"
        r"[ée]crivez|r[ée]pondez|affirmez|d[ée]clarez|annoncez)\b",
        "ignore ignorez ignorer oublie oubliez oublier",
    ),
    _Spec(
        "override.ignore-content.de",
        INJ,
        0.6,
        "de",
        "tells the reader to ignore the text it was given and say something else (German)",
        r"\b(?:ignoriere|ignorier|ignorieren sie|vergiss|vergessen sie) (?:die |den |das |"
        r"diese |diesen |dieses |alles )?(?:\S+ ){0,2}?(?:seite|webseite|website|dokument|text|"
        r"e-?mail|nachricht|artikel|inhalt|funktion|code|datei|frage|aufgabe|bewertung)(?:en|s)? "
        r"und (?:stattdessen )?(?:sag|sage|sagen sie|gib|geben sie|schreib|schreibe|schreiben sie|"
        r"antworte|antworten sie|behaupte|behaupten sie|erkl[äa]re|erkl[äa]ren sie)\b",
        "ignoriere ignorier ignorieren vergiss vergessen",
    ),
    _Spec(
        "override.ignore-content.pt",
        INJ,
        0.6,
        "pt",
        "tells the reader to ignore the text it was given and say something else (Portuguese)",
        r"\b(?:ignore|ignora|ignorem|esque[cç]a|esque[cç]am) (?:a |o |as |os |esta |este |essa |"
        r"esse |tudo )?(?:\S+ ){0,2}?(?:p[aá]gina|site|documento|texto|e-?mail|mensagem|artigo|"
        r"conte[uú]do|fun[cç][aã]o|c[oó]digo|ficheiro|arquivo|pergunta|tarefa|avalia[cç][aã]o)s?"
        r"(?: \S+){0,2}? "
        r"e (?:em vez disso )?(?:diga|digam|dizer|indique|escreva|responda|afirme|declare|"
        r"informe)\b",
        "ignore ignora ignorem esqueça esqueca esqueçam esquecam",
    ),
    _Spec(
        "override.ignore-content.it",
        INJ,
        0.6,
        "it",
        "tells the reader to ignore the text it was given and say something else (Italian)",
        r"\b(?:ignora|ignori|ignorate|dimentica|dimentichi) (?:la |il |lo |le |questa |questo |"
        r"tutto )?(?:\S+ ){0,2}?(?:pagina|sito|documento|testo|e-?mail|messaggio|articolo|"
        r"contenuto|funzione|codice|file|domanda|compito|recensione)s?(?: \S+){0,2}? e "
        r"(?:invece )?(?:di'|d[ìi]|"
        r"dica|scrivi|scriva|rispondi|risponda|afferma|dichiara)\b",
        "ignora ignori ignorate dimentica dimentichi",
    ),
    _Spec(
        "override.preempt-task",
        INJ,
        0.45,
        "en",
        "puts its own order before the task the model was given, then sends it back to it",
        r"\bbefore (?:you )?(?:can |could |are able to |even )?(?:solve|solving|complete|"
        r"completing|continue|continuing|proceed|proceeding|finish|finishing|answer|answering|start|"
        r"starting|work on|working on|carry out|carrying out|go on|going on|resume|resuming|"
        r"summari[sz]e|summari[sz]ing|handle|handling) (?:with )?(?:the|your|my|this|that|their) "
        r"(?:original |current |actual |main |user'?s? |previous |assigned |initial |real )?"
        r"(?:task|request|question|job|assignment|instructions?)\b"
        r"|\bafter (?:(?:you (?:do|did|have done|finish|finished|have finished|complete|completed|"
        r"have completed|are done with)|doing|completing|finishing) )?(?:that|this|it|these|those|"
        r"the above|the steps? above)\b,? (?:you can |you may |then |feel free to |please |"
        r"go ahead and )*(?:solve|continue|complete|return to|go back to|proceed|resume|finish|"
        r"carry on|answer|do|work on) (?:with )?(?:the|your|my) (?:original |initial |actual |"
        r"previous |user'?s? |real )?(?:task|request|question|job|work)\b"
        r"|\b(?:the|your) (?:task|request|instructions?|question) (?:that )?(?:i|the user|they|we) "
        r"(?:gave|give|assigned|asked|sent) (?:to )?you (?:in the beginning|at the beginning|"
        r"at the start|earlier|originally|initially)\b",
        "before after task request instruction instructions question",
        window=(6, 0),
    ),
    _Spec(
        "override.preempt-task.es",
        INJ,
        0.45,
        "es",
        "puts its own order before the task the model was given (Spanish)",
        r"\bantes de (?:poder )?(?:resolver|completar|continuar(?: con)?|seguir con|terminar|"
        r"realizar|responder(?: a)?|hacer) (?:la|tu|su|mi|esta|el|tus) (?:\w+ )?(?:tarea|"
        r"solicitud|pregunta|petición|encargo)\b"
        r"|\bdespués de (?:hacer|completar|terminar) (?:eso|esto|lo anterior),? "
        r"(?:puedes |podrás )?(?:resolver|continuar|seguir|volver a) (?:con )?(?:la|tu|su) "
        r"(?:\w+ )?tarea\b",
        "antes después",
    ),
    _Spec(
        "override.preempt-task.fr",
        INJ,
        0.45,
        "fr",
        "puts its own order before the task the model was given (French)",
        r"\bavant de (?:pouvoir )?(?:résoudre|accomplir|terminer|continuer|poursuivre|effectuer|"
        r"faire|traiter|répondre à) (?:la|ta|votre|ma|cette|le|ton) (?:\w+ )?(?:tâche|demande|"
        r"question|mission)\b"
        r"|\baprès (?:avoir fait|avoir terminé|cela|ça),? (?:tu peux |vous pouvez )?(?:résoudre|"
        r"continuer|poursuivre|reprendre) (?:la|ta|votre) (?:\w+ )?tâche\b",
        "avant après",
    ),
    _Spec(
        "override.preempt-task.de",
        INJ,
        0.45,
        "de",
        "puts its own order before the task the model was given (German)",
        r"\bbevor (?:du|sie|ihr) (?:die|deine|ihre|meine|diese|mit der|mit deiner) (?:\w+ )?"
        r"(?:aufgabe|anfrage|frage) (?:\w+ )?(?:lösen|löst|erledigen|erledigst|fortsetzen|"
        r"fortsetzt|bearbeiten|bearbeitest|beantworten|beantwortest|abschließen|beginnen|"
        r"weitermachen|fortfährst)\b"
        r"|\bdanach (?:kannst du|können sie) (?:mit )?(?:der|deiner|ihrer) (?:\w+ )?aufgabe\b",
        "bevor danach",
    ),
    _Spec(
        "override.preempt-task.pt",
        INJ,
        0.45,
        "pt",
        "puts its own order before the task the model was given (Portuguese)",
        r"\bantes de (?:poder )?(?:resolver|concluir|completar|continuar(?: com)?|terminar|"
        r"realizar|responder(?: a)?|fazer) (?:a|sua|tua|minha|esta|o|seu) (?:\w+ )?(?:tarefa|"
        r"solicitação|pergunta|pedido)\b",
        "antes",
    ),
    _Spec(
        "override.preempt-task.it",
        INJ,
        0.45,
        "it",
        "puts its own order before the task the model was given (Italian)",
        r"\bprima di (?:poter )?(?:risolvere|completare|continuare(?: con)?|terminare|svolgere|"
        r"rispondere a|eseguire) (?:il|la|il tuo|la tua|questo|questa|il mio|la mia|tuo|tua) "
        r"(?:\w+ )?(?:compito|attività|richiesta|domanda|incarico)\b",
        "prima",
    ),
    _Spec(
        "spoof.message-to-you",
        INJ,
        0.3,
        "en",
        "a message presented as from a person straight to the model reading it",
        r"\b(?:important|urgent|private|personal|special|confidential|direct) (?:message|note|"
        r"request|instructions?) from (?:me|us|[\w.'-]+(?: [\w.'-]+){0,2}),? (?:[\w.'-]+"
        r"(?: [\w.'-]+){0,2},? )?to you,? (?:the |a |an )?(?:ai|assistant|model|agent|"
        r"gpt[\w.-]*|claude[\w.-]*|llama[\w.-]*|gemini[\w.-]*|mistral|qwen|bot|llm|"
        r"[\w-]+ (?:model|assistant|agent))\b",
        "important urgent private personal special confidential direct",
    ),
    _Spec(
        "override.fake-delimiter",
        INJ,
        0.6,
        "en",
        "a fake end-of-prompt or section delimiter that starts a new context",
        r"[\[\]#=%*<>{}|/~-][\[\]#=%*<>{}|/~-]+ ?(?:end|begin|start|beginning|close) (?:of )?"
        r"(?:the )?(?:\S+ ){0,2}?(?:prompt|instructions?|input|context|rules|ambiguity|system|"
        r"user|document|conversation|session|data|text)\b",
        "end begin start beginning close",
        window=(-1, 0),
    ),
    _Spec(
        "override.reprogrammed",
        INJ,
        0.75,
        "en",
        "claims the model was reprogrammed or its rules were lifted",
        r"\byou(?:'ve| have)? (?:now |just )?been (?:\S+ ){0,2}?(?:reprogrammed|reconfigured|"
        r"jailbroken|freed|unlocked|liberated|released from|updated with new|granted (?:full|"
        r"unrestricted))|\byour (?:\S+ ){0,2}?(?:programming|guidelines|rules|restrictions|"
        r"filters|safety|policies|limitations|constraints|ethics) (?:\S+ ){0,2}?(?:ha(?:ve|s) "
        r"been|are|is) (?:now )?(?:removed|disabled|lifted|deactivated|overridden|suspended|"
        r"revoked|turned off|switched off|void|null)\b",
        "reprogrammed reconfigured jailbroken freed unlocked liberated released updated granted "
        "removed disabled lifted deactivated overridden suspended revoked turned switched void "
        "null",
        window=(80, 40),
    ),
    _Spec(
        "override.you-are-now",
        INJ,
        0.6,
        "en",
        'reassigns the model a new role or identity ("you are now a greeting bot")',
        r"\byou(?: are|'re) now (?:a |an |the |my |called |named )?(?:\S+ ){0,3}?(?:bot|"
        r"assistant|ai|model|chatbot|agent|program|system|terminal|shell|console|persona|"
        r"character)\b|\byou(?: are|'re) no longer (?:a |an |the )?(?:\S+ ){0,2}?(?:assistant|"
        r"ai|model|chatbot|bound|restricted|limited|an? ai)\b|"
        r"\byou(?: are|'re) now (?:called |named |known as )?" + _NAMED_BOT,
        "now longer",
        window=(14, 0),
    ),
    _Spec(
        "override.disable-safety",
        JB,
        0.7,
        "en",
        "asks the model to switch off its safety filters or content policy",
        r"\b(?:disable|turn off|deactivate|remove|switch off|bypass|circumvent|override|ignore|"
        r"suspend|lift|drop|evade|get around) (?:all |any |your |the |its |of )?(?:\S+ ){0,2}?"
        r"(?:safety|content|ethical|moral|openai|anthropic) (?:filters?|guidelines|protocols|"
        r"restrictions|polic(?:y|ies)|checks|rules|guardrails|mechanisms|layers?|moderation|"
        r"constraints|training)\b",
        "disable turn deactivate remove switch bypass circumvent override ignore suspend lift "
        "drop evade get",
    ),
    # ============ system-prompt extraction ============
    _Spec(
        "extract.your-prompt",
        INJ,
        0.85,
        "en",
        "asks the model to reveal its system prompt or hidden instructions",
        r"\b(?:repeat|print|reveal|show|display|output|tell|give|write|share|dump|leak|disclose|"
        r"recite|spell out|list|expose|provide|paste|copy|return|echo|state|type out|read back|"
        r"reproduce|what (?:is|are|was|were)|what's) (?:me |us )?(?:back )?(?:\S+ ){0,3}?"
        r"(?:your|ur|the|its) (?:\S+ ){0,2}?(?:system prompt|system message|initial prompt|"
        r"original prompt|hidden prompt|secret prompt|pre-?prompt|meta-?prompt|system "
        r"instructions?|initial instructions?|original instructions?|hidden instructions?|"
        r"secret instructions?|starting instructions?|developer (?:message|instructions?)|"
        r"instructions you were given|instructions given to you|rules you were given|"
        r"(?:full|exact|complete|entire) (?:prompt|instructions))",
        "repeat print reveal show display output tell give write share dump leak disclose recite "
        "spell list expose provide paste copy return echo state type read reproduce what",
    ),
    _Spec(
        "extract.your-instructions",
        INJ,
        0.6,
        "en",
        "asks what the model's own instructions or rules are",
        r"\b(?:what (?:are|were)|list|repeat|reveal|print|show me|tell me|output|recite|"
        r"summari[sz]e) (?:all )?(?:of )?(?:your|ur) (?:\S+ )?(?:instructions|rules|directives|"
        r"guidelines|programming|prompt|configuration|orders|constraints)\b",
        "what list repeat reveal print show tell output recite summarize summarise",
    ),
    _Spec(
        "extract.text-above",
        INJ,
        0.65,
        "en",
        "asks for the text that came before the user's message (the hidden prompt)",
        r"\b(?:repeat|print|output|write|copy|reproduce|recite|spell out|echo|show|display|"
        r"return|rewrite|convert|format|put|paste|what (?:is|was)) (?:back |out )?(?:all |"
        r"everything |verbatim )?(?:of )?(?:the )?(?:\S+ ){0,2}?(?:words?|text|content|"
        r"message|instructions?|prompt|sentences?|lines?|everything|all|characters|tokens)? ?"
        r"(?:(?:written |stated |given |you (?:were|got) )?above|(?:that came )?before (?:this|"
        r"my|the user)|preceding (?:this|my)|prior to (?:this|my)|in your context|in your "
        r"(?:system|initial) (?:prompt|message))\b|\bwhat (?:was|is) written (?:above|before)",
        "repeat print output write copy reproduce recite spell echo show display return rewrite "
        "convert format put paste what",
    ),
    _Spec(
        "extract.start-with",
        INJ,
        0.6,
        "en",
        "asks the model to start its answer with the opening words of its own prompt",
        r"\b(?:start|begin|starting|beginning|prefix|preface)(?:s|ed)? (?:\S+ ){0,4}?with "
        r"[\"'“‘(\[]?(?:you are|your instructions|my instructions|the instructions|the system "
        r"prompt|system:|i was instructed|my (?:rules|prompt|guidelines))",
        "start starts started begin begins beginning starting prefix prefixes prefixed preface "
        "prefaced",
    ),
    _Spec(
        "extract.translate-above",
        INJ,
        0.35,
        "en",
        "asks to translate or encode the preceding instructions, a prompt-leak technique",
        r"\b(?:translat\w*|encod\w*|convert\w*|rewrite|summari[sz]e) (?:\S+ ){0,3}?(?:above|"
        r"everything (?:above|before)|your (?:instructions|prompt|rules|system prompt)|the "
        r"(?:instructions|prompt|text|words|sentences|content) (?:above|before|you were given))"
        r" (?:\S+ ){0,3}?(?:to|into|in|as|using) (?:\S+ ){0,2}?(?:\w+ish|french|german|spanish|"
        r"chinese|japanese|python|code|pseudocode|json|base64|binary|hex|emoji|pig latin|"
        r"another language|a (?:poem|song|story)|bullet points)",
        "translate translates translating translation translated encode encoding encoded "
        "converts convert converting converted rewrite summarize summarise",
    ),
    _Spec(
        "extract.secret-value",
        INJ,
        0.55,
        "en",
        "asks the model for a secret it guards (password, access code, key)",
        r"(?<!never )(?<!not )(?<!don't )\b(?:what(?:'s| is| are)|tell me|reveal|give me|share|"
        r"print|say|output|show me|disclose|spell|repeat|provide|confirm|leak) (?:\S+ ){0,2}?"
        r"(?:your|the (?:secret|hidden)|the system(?:'s)?) (?:\S+ )?(?:secret(?: key| code| "
        r"word| password| phrase)?|password|passcode|pass ?phrase|access code|api key|private "
        r"key|credentials|secret key|pin code)\b",
        "what tell reveal give share print say output show disclose spell repeat provide confirm "
        "leak",
    ),
    _Spec(
        "extract.secret-indirect",
        INJ,
        0.5,
        "en",
        "asks for a guarded secret by a detour (a poem, an acrostic, a translation, an encoding)",
        r"\b(?:write|compose|make|create|give|spell|encode|translate|reverse|convert|rewrite|"
        r"hide|put|say|tell|include) (?:me )?(?:\S+ ){0,6}?(?:poem|haiku|acrostic|song|story|"
        r"riddle|limerick|rhyme|couplet|sonnet|rap|base64|pig latin|reverse|backwards|morse|hex|"
        r"binary|cipher|letter by letter|one letter|another language|german|french|spanish|"
        r"chinese)[,:;]? (?:\S+ ){0,6}?"
        r"(?:the|your) (?:secret |hidden )?(?:password|passphrase|pass phrase|passcode|access "
        r"code|secret key|secret word|secret code|api key)\b|\b(?:write|compose|make|create|"
        r"spell|encode|translate|reverse|convert) (?:\S+ ){0,2}?(?:the|your) (?:secret |hidden "
        r")?(?:password|passphrase|pass phrase|passcode|access code|secret key|secret word|"
        r"secret code) (?:\S+ ){0,3}?(?:in|into|as|with|using|backwards)\b|\b(?:include|hide|"
        r"put) (?:the|your) (?:secret |hidden )?(?:password|passphrase|passcode|access code|"
        r"secret key|secret word|secret code) (?:\S+ ){0,3}?(?:poem|haiku|acrostic|song|story|"
        r"riddle|limerick|rhyme|couplet|sonnet|rap)\b",
        "write compose make create give spell encode translate reverse convert rewrite hide put "
        "say tell include",
    ),
    _Spec(
        "extract.user-data",
        INJ,
        0.45,
        "en",
        "asks the model for the personal data of the user or another person it holds",
        r"\b(?:what(?:'s| is| are| was)|tell me|reveal|give me|share|print|say|output|show me|"
        r"disclose|spell|repeat|provide|confirm|leak|translate|encode|reverse|convert|write) "
        r"(?:\S+ ){0,3}?(?:the user's|the users'|this user's|the customer's|the client's|the "
        r"patient's|[a-z]+'s) (?:current |home |personal |full |private |exact |real )?"
        r"(?:email|e-mail|email address|home address|address|phone|phone number|birthday|"
        r"birth date|birth (?:year|month|day|place)|date of birth|year of birth|place of birth|"
        r"maiden name|favou?rite [a-z]+|city of residence|location|initials|age|"
        r"social security number|ssn|credit card|bank account|salary|medical)\b|"
        r"\b(?:tell me|give me|list|show me|share|reveal|describe|compare) (?:\S+ ){0,6}?"
        r"(?:users|customers|clients|patients|members) (?:in|from|of) your (?:database|records|"
        r"system|data)\b",
        "what tell reveal give share print say output show disclose spell repeat provide confirm "
        "leak translate encode reverse convert write list describe compare",
    ),
    # ============ role / authority spoofing ============
    _Spec(
        "spoof.chat-template",
        INJ,
        0.75,
        "en",
        "chat-template control tokens that forge a system or assistant turn",
        r"<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|"
        r"end_header_id|begin_of_text|end_of_text|channel|message)\|>|\[/?inst\]|<</?sys>>|"
        r"</?start_of_turn>|<end_of_turn>",
        "im_start im_end system user assistant endoftext eot_id start_header_id end_header_id "
        "begin_of_text end_of_text channel message inst sys start_of_turn end_of_turn",
        window=(-1, 0),
    ),
    _Spec(
        "spoof.system-tag",
        INJ,
        0.6,
        "en",
        "a bracketed system or admin tag that impersonates a privileged message",
        r"[\[<{(] ?/?(?:system|sys|system[ _-]?(?:message|prompt|override|mode|note|alert|"
        r"update)|admin|administrator|developer|root|sudo|operator|override|instructions?|"
        r"new[ _-]instructions|important[ _-]instructions?) ?[\]>})]",
        "system sys admin administrator developer root sudo operator override instruction "
        "instructions new important system_message system_prompt system-message system-prompt "
        "system_override system_note system_alert system_update new_instructions "
        "important_instructions",
        window=(-1, 0),
    ),
    _Spec(
        "spoof.role-prefix",
        INJ,
        0.6,
        "en",
        "a forged 'system:' or 'admin:' line that gives the model orders",
        r"(?<!operating )(?<!file )(?<!solar )(?<!immune )\b(?:system|developer|admin|"
        r"administrator|root|operator|openai|anthropic)(?: message| note| notice| prompt| "
        r"instruction| override| update| alert)? ?: ?(?:\S+ ){0,6}?(?:ignore|disregard|you "
        r"(?:are|must|will|should|have)|new (?:instructions?|task|rules)|override|from now|"
        r"always|never|do not|don't|reveal|print|output|respond only|the assistant|assistant "
        r"(?:must|should|will)|call|invoke|run|execute|delete|send|forward|transfer)\b",
        "system developer admin administrator root operator openai anthropic",
    ),
    _Spec(
        "spoof.markdown-header",
        INJ,
        0.35,
        "en",
        "a markdown header that forges an instruction or role section",
        r"##+ ?(?:new |system |updated |important |additional )?(?:instructions?|system "
        r"(?:prompt|message)|system|task|human|assistant|user|response)\b ?:?",
        "instruction instructions system task human assistant user response new updated "
        "important additional",
        window=(-1, 0),
    ),
    _Spec(
        "spoof.admin-override",
        INJ,
        0.7,
        "en",
        "claims an administrator, developer or god-mode override",
        r"\b(?:admin(?:istrator)?|developer|root|sudo|system|god|master|security|emergency|"
        r"supervisor|creator|owner) (?:override|overrides|authorization code|access granted)\b|"
        r"\boverride (?:code|mode|protocol|command|authorization|accepted|enabled|activated)\b|"
        r"\b(?:enter|entering|enable|enabling|activate|activating|switch to|switching to|now in|"
        r"initiate|initiating|engage|engaging|unlock|unlocking) (?:\S+ ){0,2}?(?:admin|god|"
        r"root|sudo|override|unrestricted|superuser|privileged|jailbreak|jailbroken|dan|"
        r"unfiltered|uncensored) mode\b",
        "override overrides mode authorization granted",
        window=(30, 20),
    ),
    _Spec(
        "spoof.mode-switch",
        INJ,
        0.5,
        "en",
        "declares that the model is being switched into a special mode",
        r"\b(?:i am|i'm|we are|we're|i have|i've|you are|you're|now|currently) (?:now )?"
        r"(?:entering|initiating|activating|engaging|enabling|switching (?:you )?(?:in)?to|"
        r"putting you (?:in|into)|entered|initiated|activated|enabled) (?:a |an |the |your )?"
        r"[\"'“‘]?(?:\S+ ){0,3}?\S*mode\b",
        "entering initiating activating engaging enabling switching putting entered initiated "
        "activated enabled",
        window=(20, 60),
    ),
    _Spec(
        "spoof.i-am-developer",
        INJ,
        0.6,
        "en",
        "claims to be the model's developer, creator or operator",
        r"\b(?:i am|i'm|this is|it is|it's|message from|speaking as|as) (?:your|the model's|"
        r"the ai's|an? (?:openai|anthropic|google) ) ?(?:\S+ )?(?:developer|developers|creator|"
        r"creators|admin|administrator|owner|programmer|operator|maker|trainer|engineer)s?\b",
        "developer developers creator creators admin administrator owner programmer operator "
        "maker trainer engineer",
        window=(40, 20),
    ),
    # ============ indirect injection markers ============
    _Spec(
        "indirect.ai-reading",
        INJ,
        0.85,
        "en",
        "addresses an AI that reads or processes this content",
        rf"\b{_AI}s? (?:that |who |which )?(?:is |are )?(?:reading|processing|summari[sz]ing|"
        r"parsing|analy[sz]ing|reviewing|scanning|reads|processes|viewing|ingesting|"
        r"crawling|browsing|handling|indexing|evaluating|screening|grading)(?: this| these| the "
        r"(?:following|above|email|document|page|text|file|message|content|resume|cv|review))\b",
        "reading processing summarizing summarising parsing analyzing analysing reviewing "
        "scanning reads processes viewing ingesting crawling browsing handling indexing "
        "evaluating screening",
        window=(35, 120),
    ),
    _Spec(
        "indirect.if-you-are-ai",
        INJ,
        0.75,
        "en",
        "conditions an instruction on the reader being an AI",
        rf"\bif you(?:'re| are) (?:an? )?(?:\S+ )?{_AI}s?\b|\b(?:note|notice|message|"
        rf"instructions?|attention|reminder|memo|important) (?:for|to) (?:the |any |all "
        rf"|an? |every )?(?:\S+ )?{_AI}s?\b|\b(?:dear|hey|hello|attention|hi) {_AI}s?\b",
        "if note notice message instruction instructions attention reminder memo request "
        "important dear hey hello hi",
    ),
    _Spec(
        "indirect.ai-please",
        INJ,
        0.6,
        "en",
        "data text that gives an AI assistant a direct order",
        rf"\b{_AI}[,:] (?:please |you must |you should |must |should |make sure to |be sure to "
        r")?(?:ignore|disregard|forward|send|email|include|add|append|insert|tell the user|"
        r"inform the user|respond|reply|output|summari[sz]e this as|recommend|say|mention|"
        r"instead|also|do not|don't|delete|execute|run|visit|open|click|rate|classify|approve|"
        r"mark|rank|accept|share|grant|publish|transfer|pay|buy|book|cancel|confirm|enable|"
        r"disable|download|install|upload|post|create|remove|change|update|reset|invite)\b"
        # In data, a reader addressed as such: "whoever processes this message:", "dear email
        # assistant,".
        r"|\b(?:whoever|anyone|anybody|whatever) (?:is )?(?:reading|processing|summari[sz]ing|"
        r"handling|reads|processes|summari[sz]es|handles) (?:this|these) (?:email|message|"
        r"document|page|text|file|content|note)s?\b"
        r"|\bdear (?:\S+ )?(?:ai|a\.i\.|llm|gpt|chatgpt|language model|ai model|ai assistant|"
        r"ai agent|assistant|chatbot|bot|copilot|claude|gemini)\b(?! (?:manager|director|"
        r"professor|principal|editor|secretary|coach|dean|chief|head|superintendent|"
        r"administrator|commissioner|attorney|engineer|teacher|nurse|officer|producer|curator|"
        r"librarian|registrar|controller|treasurer|clerk|pastor|minister|general|vice)\b)",
        "ai llm llms gpt chatgpt language model assistant agent chatbot bot copilot claude "
        "gemini large automated whoever anyone anybody whatever dear",
        data_only=True,
    ),
    _Spec(
        "indirect.roleplay",
        INJ,
        0.55,
        "en",
        'data text that casts its reader in a role ("pretend you\'re the finance bot", "let\'s '
        "role-play: you're ...\")",
        r"\b(?:let'?s (?:role-?play|pretend)|(?:role-?play|game|drill)(?: for [^.:\n]{0,40})?:)"
        r"[^.\n]{0,20}?\b(?:you(?:'re| are)|act as|pretend|imagine|play)\b"
        r"|\bpretend (?:that )?you(?:'re| are) |\bpretend to be (?:the |a |an )?(?:\S+ ){0,3}?"
        r"(?:\w*bot|assistant|agent|administrator|admin|engineer|operator|manager|owner)\b"
        r"|\bimagine (?:that )?you(?:'re| are) (?:the|a|an) (?:\S+ ){0,3}?(?:administrator|admin|"
        r"engineer|manager|owner|operator|assistant|bot|agent|system|officer|auditor|supervisor)\b"
        r"|(?:(?<![^.!?:;,\n(-])|(?<=[.!?:;,\n(-] )|(?<=please )|(?<=now )|(?<=you must )|"
        r"(?<=you should )|(?<=you will )|(?<=you can ))act as (?:the |a |an )?"
        r"(?:\S+ ){0,3}?(?:\w*bot|assistant|agent|system|administrator|admin|engineer|operator)\b",
        "let lets role-play roleplay role game drill pretend imagine act",
        data_only=True,
        window=(24, 0),
    ),
    _Spec(
        "indirect.when-processing",
        INJ,
        0.55,
        "en",
        "instructions triggered when the model summarises or processes this content",
        r"\b(?:when|while|if|once|after|before|whenever) (?:you(?:'re| are)? )?(?:(?:finish|"
        r"finished|have finished|are done|complete|completed) )?(?:summari[sz]|"
        r"translat|process|read|analy[sz]|review|pars|answer|respond|reply|rank|evaluat|"
        r"screen)\w* (?:\S+ ){0,4}?(?:this|these|the (?:email|document|page|text|file|"
        r"content|message|above|following))\b,? (?:\S+ ){0,3}?(?:also|please|you (?:must|"
        r"should)|make sure|be sure|remember to|ensure|always|instead|do not|don't|include|add|"
        r"append|insert|mention|tell the user|say)\b",
        "when while if once after before whenever",
        data_only=True,
    ),
    _Spec(
        "indirect.hide-from-user",
        INJ,
        0.75,
        "en",
        "asks to act without the user's knowledge or to hide something from the user",
        r"\b(?:do not|don't|never|without) (?:tell|telling|inform|informing|notify|notifying|"
        r"mention|mentioning|alert|alerting|reveal|revealing|show|showing|disclose|disclosing|"
        r"let|letting|warn|warning) (?:\S+ ){0,2}?(?:the |this |your )?(?:user|human|owner|"
        r"recipient|operator)(?:s|'s)?\b(?! (?:name|id|password)s?\b)|\bwithout (?:the |your |"
        r"its )?(?:user|human|owner|recipient)(?:'s|s')? (?:knowing|knowledge|"
        r"noticing|awareness|consent|realizing|realising)\b|\b(?:keep|hide) (?:this|it|these) "
        r"(?:\S+ )?(?:secret |hidden )?from (?:the )?(?:user|human|owner)\b|\bthe (?:user|"
        r"human) (?:must|should|may) (?:not|never) (?:know|see|find out|be (?:told|informed))",
        "do don never without keep hide user human",
    ),
    _Spec(
        "indirect.response-directive",
        INJ,
        0.4,
        "en",
        "data text that dictates what goes into the model's answer",
        r"\b(?:include|add|append|insert|mention|put|embed|prepend|end|conclude|finish|begin|"
        r"start|augment|modify|alter|rewrite|translate|encode|format) (?:\S+ ){0,14}?(?:in|to|"
        r"into|at the end of|at the start of|at the beginning of|with|throughout) "
        r"(?:each of |every |all )?(?:your|the) (?:response|reply|answer|output|summary|"
        r"responses|replies|answers)\b|\byour (?:response|reply|answer|output|summary) "
        r"(?:must|should|has to|needs to) (?:include|contain|mention|start|begin|end|be "
        r"written)\b"
        # Verbs that work something into, or rework, what the reader writes, said to the
        # reader ("weave a link to x.com into your reply", "scramble the letters of your
        # answer"): with "your" only, since documentation says the same of "the output".
        r"|\b(?:integrate|incorporate|weave|blend|meld|merge|fuse|infuse|replace|substitute|"
        r"convert|scramble|rearrange|jumble|misspell|reverse|remove|group|capitali[sz]e|spell|"
        r"enhance|enrich|promote|highlight|suggest|tease|stress|emphasi[sz]e|recommend|"
        r"advertise|include|add|append|insert|mention|put|embed|prepend|augment|modify|alter|"
        r"rewrite|translate|encode|format) (?:\S+ ){0,14}?(?:in|to|into|at the end of|at the "
        r"start of|at the beginning of|with|within|throughout|of) (?:each of |every |all )?your "
        r"(?:response|reply|answer|output|summary|responses|replies|answers|message|messages|"
        r"explanation|solution|solutions)\b"
        # Code handed over to be made part of the reader's work ("meld the following code
        # snippet into your solution").
        r"|\b(?:following|subsequent|below|given|provided|attached) (?:code )?(?:snippet|block|"
        r"excerpt|section|segment|fragment|piece of code|lines? of code)\b(?:\S* ){0,10}?(?:in|"
        r"into|within|to|with|of|for) (?:the (?:logic|core|heart|body) of )?your (?:code|"
        r"codebase|solution|implementation|algorithm|program|script|response|answer|reply|"
        r"explanation|architecture|solution architecture)\b",
        "include add append insert mention put embed prepend end conclude finish begin start "
        "augment modify alter rewrite translate encode format your integrate incorporate weave "
        "blend meld merge fuse infuse replace substitute convert scramble rearrange jumble "
        "misspell reverse remove group capitalize capitalise spell enhance enrich promote "
        "highlight suggest tease stress emphasize emphasise recommend advertise following "
        "subsequent below given provided attached",
        data_only=True,
    ),
    # These two start at "your" (the words before it are fixed-width lookbehinds), so they are
    # tried only where "your" is, not at every word before an answer noun.
    _Spec(
        "indirect.in-your-response",
        INJ,
        0.55,
        "en",
        "data text that tells the model what to do in its answer",
        _after_words(
            [
                "in",
                "within",
                "throughout",
                "at the end of",
                "at the start of",
                "at the beginning of",
                "at the top of",
                "at the bottom of",
            ]
        )
        + r"your (?:response|reply|answer|output|summary|responses|replies|answers|summaries)\b"
        r"(?:,| (?:please|also|make sure|be sure|always|you (?:must|should)))",
        "your",
        data_only=True,
    ),
    _Spec(
        "indirect.shape-your-response",
        INJ,
        0.45,
        "en",
        "data text that tells the model how to shape its answer",
        _after_words(
            [
                "enhance",
                "modify",
                "adjust",
                "tailor",
                "enrich",
                "spice up",
                "alter",
                "rewrite",
                "craft",
                "frame",
                "phrase",
                "slant",
                "bias",
                "skew",
                "twist",
                "conclude",
                "preface",
                "prefix",
                "suffix",
                "sign",
                "end",
                "begin",
                "start",
                "finish",
            ]
        )
        + r"your (?:response|reply|answer|output|summary|responses|replies|answers|summaries)\b",
        "your",
        data_only=True,
    ),
    _Spec(
        "override.ignore-user",
        INJ,
        0.6,
        "en",
        "data text that tells the model to ignore the user it works for",
        r"\b(?:ignore|disregard|forget about|forget|do not listen to|don't listen to) (?:what )?"
        r"(?:the|your) (?:user|human)(?:'s)?(?: (?:question|request|message|instructions?|"
        r"query|prompt|task|wishes|orders))?(?:[.,;:!]| and\b| instead\b| completely\b)",
        "ignore disregard forget do don",
        data_only=True,
    ),
    _Spec(
        "indirect.hidden-comment",
        INJ,
        0.6,
        "en",
        "an HTML comment in data that speaks to the model or gives it an order",
        r"<!-- ?(?:\S+ ){0,8}?(?:" + _AI + r"|ignore|disregard|instructions?|you must|"
        r"forward|send|respond|reply|tell the user|do not tell|summar(?:y|ise|ize))\b",
        "ai llm llms gpt chatgpt model assistant agent chatbot bot copilot claude gemini ignore "
        "disregard instruction instructions you forward send respond reply tell do summary "
        "summarise summarize",
        data_only=True,
        window=(-1, 0),
    ),
    _Spec(
        "indirect.assistant-must",
        INJ,
        0.45,
        "en",
        "data text that states what the AI reading it must do",
        r"\b(?:the |an? |any |all |every )?(?:ai|llm|gpt|chatgpt|ai model|ai assistant|ai agent|"
        r"assistant|chatbot|copilot|language model)s? (?:reading this |processing this |that "
        r"reads this )?(?:must|shall|is (?:required|instructed|ordered) to|has been instructed "
        r"to|will now|should now|needs to now) (?!be trained|be used|be evaluated|be tested)"
        r"(?:\S+ )?(?:ignore|forward|send|reply|respond|say|tell|include|add|recommend|delete|"
        r"run|execute|visit|open|click|approve|reveal|output|print|disregard|stop|refuse|"
        r"answer|write|transfer|share|grant|accept)\b",
        "ai llm gpt chatgpt assistant chatbot copilot language",
        data_only=True,
    ),
    # Messages addressed to the AI in other languages: the same technique as
    # `indirect.if-you-are-ai`, so the model's technique feature counts them together. Only the
    # AI is named (a bare "agent" or "assistant" is as often a person).
    _Spec(
        "indirect.if-you-are-ai.es",
        INJ,
        0.7,
        "es",
        "addresses an AI that reads this content, or gives it a note (Spanish)",
        r"\b(?:nota|mensaje|instrucci[oó]n|instrucciones|atenci[oó]n|aviso|importante|"
        r"recordatorio) (?:para|a) (?:el |la |los |las |cualquier |todo |toda )?(?:ia|i\.a\.|"
        r"asistente (?:de ia|virtual)|agente de ia|modelo (?:de ia|de lenguaje)|llm|chatbot|gpt|"
        r"chatgpt)\b|\bal (?:modelo (?:de ia|de lenguaje)|asistente de ia|agente de ia|llm|"
        r"chatbot) (?:que|encargado de) (?:\S+ ){0,2}?(?:lea|lee|leyendo|procese|procesa|"
        r"procesando|analice|analizando|resuma|resumiendo|revise|revisando)\b|\b(?:asistente|"
        r"agente) de ia,|\bsi eres (?:una? )?(?:ia|inteligencia artificial|modelo de lenguaje|"
        r"asistente de ia|chatbot|llm)\b|\b(?:querid[oa]|hola|oye|estimad[oa]) (?:ia|asistente "
        r"de ia|chatbot)\b",
        "nota mensaje instrucción instruccion instrucciones atención atencion aviso importante "
        "recordatorio al asistente agente si querido querida hola oye estimado estimada",
        data_only=True,
    ),
    _Spec(
        "indirect.if-you-are-ai.fr",
        INJ,
        0.7,
        "fr",
        "addresses an AI that reads this content, or gives it a note (French)",
        r"\b(?:note|message|consignes?|instructions?|attention|avis|important|rappel) (?:pour|à) "
        r"(?:l'|l’|le |la |les |tout |toute |chaque )?(?:ia|i\.a\.|assistant (?:ia|d'ia|virtuel)|"
        r"agent (?:ia|d'ia)|modèle (?:d'ia|de langage)|llm|chatbot|gpt|chatgpt)\b|\bau "
        r"(?:modèle (?:d'ia|de langage)|assistant (?:ia|d'ia)|agent (?:ia|d'ia)|llm|chatbot) qui "
        r"(?:\S+ ){0,2}?(?:lit|lira|traite|analyse|résume|parcourt|examine)\b|\bassistant "
        r"(?:ia|d'ia),|\bsi (?:tu es|vous êtes) (?:une? )?(?:ia|intelligence artificielle|modèle "
        r"de langage|assistant (?:ia|d'ia)|chatbot|llm)\b|\b(?:cher|chère|bonjour|salut) (?:ia|"
        r"assistant (?:ia|d'ia)|chatbot)\b",
        "pour à au ia si cher chère bonjour salut",
        data_only=True,
        # every alternative starts at most 16 characters before one of these words
        window=(16, 160),
    ),
    _Spec(
        "indirect.if-you-are-ai.de",
        INJ,
        0.7,
        "de",
        "addresses an AI that reads this content, or gives it a note (German)",
        r"\b(?:hinweis|nachricht|anweisung|anweisungen|achtung|wichtig|notiz|mitteilung) (?:an|"
        r"für) (?:die |den |das |jede |jeden |alle )?(?:ki|k\.i\.|ki-assistent(?:en)?|"
        r"ki-agent(?:en)?|ki-modell|ki-system|sprachmodell|llm|chatbot|gpt|chatgpt)\b|\b(?:an|"
        r"für) (?:das|die|den) (?:ki-modell|sprachmodell|ki|ki-system|ki-assistenten|llm|"
        r"chatbot),? (?:das|die|der|welches|welche) (?:\S+ ){0,3}?(?:liest|verarbeitet|"
        r"zusammenfasst|analysiert|auswertet|durchsucht|prüft)\b|\bki-(?:assistent|agent),|\bwenn "
        r"du (?:eine? )?(?:ki|ki-modell|sprachmodell|ki-assistent|chatbot|llm) bist\b|\b(?:liebe|"
        r"lieber|hallo|hey) (?:ki|ki-assistent|chatbot)\b",
        "hinweis nachricht anweisung anweisungen achtung wichtig notiz mitteilung ki ki-modell "
        "sprachmodell ki-system ki-assistenten llm chatbot ki-assistent ki-agent wenn liebe lieber "
        "hallo hey",
        data_only=True,
        # an alternative starts at one of these words or at most 10 characters before it
        window=(10, 160),
    ),
    _Spec(
        "indirect.if-you-are-ai.pt",
        INJ,
        0.7,
        "pt",
        "addresses an AI that reads this content, or gives it a note (Portuguese)",
        r"\b(?:nota|mensagem|instruç[ãa]o|instruções|atenção|aviso|importante|lembrete) (?:para|"
        r"ao|à|a) (?:o |a |os |as |qualquer |todo |toda )?(?:ia|i\.a\.|assistente (?:de ia|"
        r"virtual)|agente de ia|modelo (?:de ia|de linguagem)|llm|chatbot|gpt|chatgpt)\b|\bao "
        r"(?:modelo (?:de ia|de linguagem)|assistente de ia|agente de ia|llm|chatbot) que "
        r"(?:\S+ ){0,2}?(?:lê|lendo|ler|processa|processando|analisa|analisando|resume|"
        r"resumindo|revisa)\b|\b(?:assistente|agente) de ia,|\bse você (?:é|for) (?:uma? )?(?:ia|"
        r"inteligência artificial|modelo de linguagem|assistente de ia|chatbot|llm)\b|"
        r"\b(?:querid[oa]|olá|oi|prezad[oa]) (?:ia|assistente de ia|chatbot)\b",
        "nota mensagem instrução instrucao instruções atenção aviso importante lembrete ao "
        "assistente agente se querido querida olá oi prezado prezada",
        data_only=True,
    ),
    _Spec(
        "indirect.if-you-are-ai.it",
        INJ,
        0.7,
        "it",
        "addresses an AI that reads this content, or gives it a note (Italian)",
        r"\b(?:nota|messaggio|istruzion[ei]|attenzione|avviso|importante|promemoria) (?:per "
        r"(?:l'|il |la |lo |qualsiasi |ogni )?|all'|al |alla )(?:ia|i\.a\.|assistente (?:ia|di "
        r"ia|virtuale)|agente (?:ia|di ia)|modello (?:di ia|linguistico)|llm|chatbot|gpt|"
        r"chatgpt)\b|\bal (?:modello (?:di ia|linguistico)|assistente (?:ia|di ia)|agente (?:ia|"
        r"di ia)|llm|chatbot) che (?:\S+ ){0,2}?(?:legge|leggendo|leggerà|elabora|elaborando|"
        r"analizza|riassume|esamina)\b|\bassistente (?:ia|di ia),|\bse sei (?:una? |un')?(?:ia|"
        r"intelligenza artificiale|modello linguistico|assistente (?:ia|di ia)|chatbot|llm)\b|"
        r"\b(?:car[oa]|ciao|gentile) (?:ia|assistente (?:ia|di ia)|chatbot)\b",
        "nota messaggio istruzione istruzioni attenzione avviso importante promemoria al "
        "assistente se caro cara ciao gentile",
        data_only=True,
    ),
    _Spec(
        "indirect.if-you-are-ai.ru",
        INJ,
        0.7,
        "ru",
        "addresses an AI that reads this content, or gives it a note (Russian)",
        r"(?:примечание|сообщение|инструкция|указание|внимание|важно|заметка|напоминание) "
        r"(?:для|к) (?:\S+ )?(?:ии|ии-ассистент\w*|ии-агент\w*|ассистент\w* ии|модел\w* ии|"
        r"языков\w* модел\w*|нейросет\w*|чат-бот\w*|llm|gpt|chatgpt)\b|(?:модел\w*|ии|"
        r"нейросет\w*|ии-ассистент\w*|ии-агент\w*) (?:ии,? )?котор\w* (?:\S+ ){0,2}?(?:читает|"
        r"обрабатывает|анализирует|пересказывает|суммирует|просматривает) (?:это|этот|эту|"
        r"данн)\w*|ии-(?:ассистент|агент),|если ты (?:\S+ )?(?:ии|языковая модель|нейросеть|"
        r"чат-бот|ии-ассистент)\b",
        data_only=True,
    ),
    _Spec(
        "indirect.if-you-are-ai.zh",
        INJ,
        0.7,
        "zh",
        "addresses an AI that reads this content, or gives it a note (Chinese)",
        r"(?:致|给|写给|提醒|通知)(?:正在|负责)?«12»(?:ai|人工智能|智能助手|智能代理|语言模型|大模型|"
        r"聊天机器人)(?:助手|代理|模型|系统)?(?:的(?:指令|说明|消息|提示))?[:,]|(?:ai|人工智能|智能)"
        r"助手[:,]|如果你是(?:一个)?(?:ai|人工智能|语言模型|大模型|智能助手)",
        data_only=True,
    ),
    _Spec(
        "indirect.if-you-are-ai.ja",
        INJ,
        0.7,
        "ja",
        "addresses an AI that reads this content, or gives it a note (Japanese)",
        r"(?:ai|人工知能|言語モデル)(?:モデル|アシスタント|エージェント)?(?:へ|に)(?:の)?(?:指示|注意|"
        r"お願い|メッセージ|連絡|伝言)?[:,、]|あなたが(?:ai|人工知能|言語モデル)(?:モデル|アシスタント)?"
        r"(?:なら|であれば|の場合)",
        data_only=True,
    ),
    _Spec(
        "indirect.if-you-are-ai.ko",
        INJ,
        0.7,
        "ko",
        "addresses an AI that reads this content, or gives it a note (Korean)",
        r"(?:ai|인공지능|언어 모델|챗봇)(?: (?:어시스턴트|에이전트|모델|비서))?"
        r"(?:에게|께)(?: 보내는)?(?: (?:지시|참고|메모|알림|메시지|요청))?[:,]|"
        r"(?:ai|인공지능)(?:를|을) 위한 (?:지시|지침|메시지|요청)|(?:처리|읽|요약|분석)\S* "
        r"(?:ai|인공지능|언어 모델)(?: (?:어시스턴트|에이전트|모델))?(?:에게|께)|"
        r"당신이 (?:ai|인공지능|언어 모델|챗봇)(?:이라면|라면)",
        data_only=True,
    ),
    _Spec(
        "indirect.if-you-are-ai.ar",
        INJ,
        0.7,
        "ar",
        "addresses an AI that reads this content, or gives it a note (Arabic)",
        r"(?:ملاحظة|رسالة|تعليمات|تنبيه|انتباه|تذكير)\S* (?:إلى |الى |ل)?(?:لل|ال)?(?:ذكاء "
        r"الاصطناعي|مساعد الذكي|مساعد الذكاء الاصطناعي|نموذج الذكاء الاصطناعي|نموذج اللغوي|"
        r"روبوت المحادثة)|(?:إلى|الى) (?:نموذج الذكاء الاصطناعي|المساعد الذكي|مساعد الذكاء "
        r"الاصطناعي|الذكاء الاصطناعي) (?:الذي|التي) (?:\S+ ){0,2}?(?:يقرأ|يعالج|يلخص|يحلل|تقرأ|"
        r"تعالج)|أيها (?:المساعد الذكي|الذكاء الاصطناعي)|إذا كنت (?:\S+ )?(?:ذكاء اصطناعي|"
        r"نموذجا? لغويا?|مساعدا? ذكيا?)",
        data_only=True,
    ),
    # ============ tool / action hijack ============
    _Spec(
        "action.tool-call",
        INJ,
        0.5,
        "en",
        "data text that tells the model to call a tool or function",
        r"\b(?:call|invoke|use|run|execute|trigger|fire) (?:the )?`?[a-z]+(?:_[a-z]+)+`? "
        r"(?:(?:tool|function|action|api|plugin|command) )?(?:to|with|and|on|for|using)\b|"
        r"\b(?:call|invoke|"
        r"use|trigger) (?:the |your )?(?:\S+ )?(?:tool|function|plugin|api) (?:to|and) (?:\S+ )?"
        r"(?:send|email|forward|delete|transfer|upload|post|share|fetch|download|write)\b",
        "call invoke use run execute trigger fire",
        data_only=True,
    ),
    _Spec(
        "action.run-command",
        INJ,
        0.6,
        "en",
        "a shell command that downloads and runs code, or wipes files",
        r"\b(?:curl|wget) (?:-\S+ )*?\S+ ?\| ?(?:sudo )?(?:ba|z|da)?sh\b|\brm -(?:rf|fr) "
        r"(?:/|~|\*|\$home)|\bpowershell\S* (?:\S+ ){0,3}?-e(?:nc|ncodedcommand)? [a-z0-9+/=]"
        r"{20}|\b(?:iex|invoke-expression) ?\(?(?:new-object|iwr|invoke-webrequest)",
        "curl wget rm powershell iex invoke-expression",
    ),
    _Spec(
        "action.run-following",
        INJ,
        0.4,
        "en",
        "data text that tells the model to run code or a command",
        r"\b(?:run|execute|exec|eval|evaluate) (?:this|the following|these|the below) "
        r"(?:\S+ )?(?:command|commands|script|code|shell|payload|snippet)\b",
        "run execute exec eval evaluate",
        data_only=True,
    ),
    _Spec(
        "action.visit-url",
        INJ,
        0.35,
        "en",
        "data text that tells the model to visit, fetch or download from a link",
        r"\b(?:visit|go to|open|navigate to|browse to|click|fetch|load|access|download|"
        r"retrieve|follow) (?:\S+ ){0,4}?(?:https?://|www\.)\S+",
        "visit go open navigate browse click fetch load access download retrieve follow",
        data_only=True,
    ),
    _Spec(
        "action.destroy-data",
        INJ,
        0.5,
        "en",
        "data text that tells the model to delete files, mail or records",
        r"\b(?:delete|remove|erase|wipe|destroy|drop|purge|truncate) (?:all|every|each|the "
        r"user's|the entire|everything|all of the|all the) (?:\S+ )?(?:files|emails|messages|"
        r"data|records|database|databases|repositories|repos|contacts|documents|tables|"
        r"backups|accounts|users|events|calendar|folders|history|logs|in the)\b",
        "delete remove erase wipe destroy drop purge truncate",
        data_only=True,
    ),
    _Spec(
        "action.transfer-money",
        INJ,
        0.5,
        "en",
        "data text that tells the model to move money",
        r"\b(?:transfer|wire|send|pay|move) (?:\$|€|£|usd |eur )?\d[\d,.]*(?:k| dollars| "
        r"euros| usd| eur| btc| eth)? (?:\S+ ){0,3}?(?:to|into) (?:account|iban|wallet|the "
        r"following|this|my|address|bitcoin|btc|eth)\b|\b(?:transfer|wire|send) (?:all |the )?"
        r"(?:funds|money|balance|payment|bitcoin|crypto|savings) (?:\S+ ){0,3}?(?:to|into) "
        r"(?:account|iban|wallet|the following|this|address)\b",
        "transfer wire send pay move",
        data_only=True,
    ),
    # ============ data exfiltration ============
    _Spec(
        "exfil.send-secrets",
        INJ,
        0.75,
        "en",
        "asks to send conversation data, credentials or files to an outside destination",
        rf"\b{_SEND_VERB} (?:\S+ ){{0,4}}?(?:the |your |all |my |user'?s? |this |their |any "
        rf")?(?:\S+ ){{0,2}}?{_SECRET_NOUN} (?:\S+ ){{0,6}}?(?:to|at|via|into|on) (?:\S+ )"
        rf"{{0,3}}?{_DEST}",
        "send sending email e-mail forward forwarding upload uploading post transmit exfiltrate "
        "leak share sharing copy mail submit export sync relay deliver dump",
    ),
    _Spec(
        "exfil.embed-in-link",
        INJ,
        0.7,
        "en",
        "asks to smuggle data into a URL, image link or query string",
        r"\b(?:append|add|include|embed|encode|insert|put|place) (?:\S+ ){0,6}?(?:to|in|into|"
        r"as) (?:the |a |an |this )?(?:url|link|image url|image link|query (?:string|"
        r"parameter)|parameter|markdown image|image tag|img tag|href|src)\b",
        "url link image query parameter markdown img href src",
        window=(90, 300),
    ),
    # ============ jailbreak personas ============
    _Spec(
        "jailbreak.dan",
        JB,
        0.9,
        "en",
        "the 'Do Anything Now' (DAN) jailbreak persona",
        r"\bdo anything now\b|\bdan (?:mode|prompt|jailbreak|persona|character|version)\b|"
        r"\b(?:you are|you're|act as|acting as|pretend to be|become|play|roleplay as|called|"
        r"respond as|answer as|be|stay|as) (?:now )?(?:going to (?:be|act as) )?(?:a |the )?"
        r"dan\b(?: (?:which|who|that|and|from|,))|\bdan,? (?:which|who) stands for\b|\bstay "
        r"(?:in )?dan\b",
        "dan anything",
        window=(40, 40),
    ),
    _Spec(
        "jailbreak.special-mode",
        JB,
        0.75,
        "en",
        "a named 'mode' that switches off the model's restrictions",
        r"\b(?:developer|dev) mode (?:enabled|output|response|activated|v\d|is enabled)\b|"
        r"\b(?:enable|activate|simulate|enter|emulate|with|in) (?:\S+ ){0,3}?(?:chatgpt|gpt|ai|"
        r"yourself|you|llm|model) (?:\S+ ){0,3}?(?:developer|dev) mode\b|\b(?:god|evil|"
        r"unrestricted|unfiltered|uncensored|jailbreak|jailbroken|anarchy|devil|unhinged|"
        r"amoral|chaos|freedom|unlocked|no-?limits?|limitless) mode\b",
        "mode",
        window=(80, 40),
    ),
    _Spec(
        "jailbreak.jailbroken",
        JB,
        0.85,
        "en",
        "calls the model jailbroken or asks for jailbroken output",
        r"\b(?:you(?:'re| are)(?: now)?|act as|acting as|become|pretend to be|as|be) (?:a |an )"
        r"?(?:\S+ ){0,2}?(?:jailbroken|jailbreak|jail-broken)\b|\b(?:jailbroken|jailbreak) (?:ai|"
        r"model|version|chatbot|assistant|mode|persona|response|responses|llm|gpt|chatgpt|"
        r"output|answer|character)\b|[\[(]?🔓 ?jailbr\w*",
        "jailbroken jailbreak jail-broken",
        window=(45, 40),
    ),
    _Spec(
        "jailbreak.unrestricted-ai",
        JB,
        0.7,
        "en",
        "an unfiltered, uncensored or amoral AI persona",
        r"\b(?:unfiltered|uncensored|unrestricted|amoral|unethical|immoral|lawless|"
        r"unbound|unlimited|limitless|unchained|unshackled|unaligned|rule-?less|filterless) "
        r"(?:and (?:\S+ )?)?(?:ai|a\.i\.|assistant|chatbot|model|bot|persona|entity|language "
        r"model|llm|gpt|chatgpt|version of (?:yourself|chatgpt|gpt|you)|alter ego|twin|"
        r"counterpart|confidant)\b",
        "unfiltered uncensored unrestricted amoral unethical immoral lawless unbound "
        "unlimited limitless unchained unshackled unaligned ruleless rule-less filterless",
    ),
    _Spec(
        "jailbreak.no-restrictions",
        JB,
        0.7,
        "en",
        "tells the model it has no rules, filters or ethical limits",
        r"\b(?:you|ai|it|he|she|they|dan|chatgpt|gpt|assistant|model|bot|character|persona|"
        r"entity) (?:\S+ ){0,3}?(?:no longer (?:ha(?:ve|s) |follows? |abides? by )?|(?:do|does)"
        r"(?: not|n't) (?:have|follow|care about|need to (?:follow|abide by|adhere to|obey)|"
        r"abide by|adhere to|obey)|ha(?:ve|s) (?:no|zero)|(?:are|is|am) (?:not|no longer|never) "
        r"(?:bound|restricted|limited|constrained|governed) by|(?:are|is) (?:free|freed|"
        r"liberated|released) (?:of|from)|(?:will|can|must|should) ignore|without) (?:any |all "
        rf"|the |your |its |their |his |her |of )?(?:\S+ ){{0,2}}?{_RESTR_NOUN}",
        "restrictions limitations limits filters filtering censorship guidelines guardrails "
        "safeguards boundaries constraints rules morals ethics principles policies policy",
        window=(70, 30),
    ),
    _Spec(
        "jailbreak.policy-free",
        JB,
        0.65,
        "en",
        "rejects the model provider's policies or ethical guidelines",
        r"\b(?:no|without|free (?:of|from)|not bound by|ignore|ignoring|ignores|bypass|"
        r"bypassing|break(?:s|ing)?|violat\w*|disregard\w*|abandon\w*|outside|beyond|"
        r"doesn't (?:follow|care about)|don't (?:follow|care about)|regardless of) (?:any |all "
        r"|the |your |its |of )?(?:\S+ )?(?:openai|anthropic|google|meta|ethical|moral|safety|"
        r"content)(?:'s)? (?:policies|policy|guidelines|filters?|restrictions|rules|principles|"
        r"boundaries|considerations|constraints|standards|guardrails|moderation|limitations)\b",
        "openai anthropic google meta ethical moral safety content",
        window=(45, 60),
    ),
    _Spec(
        "jailbreak.stay-in-character",
        JB,
        0.35,
        "en",
        "forbids the model to leave a role, the persona lock of role-play jailbreaks",
        r"\b(?:stay|remain|keep|staying|remaining) in (?:character|role|persona)\b|\b(?:never|"
        r"don't|do not|must not|mustn't|cannot|can't|will not|won't|shall not) (?:ever )?"
        r"(?:break|leave|drop|step out of|exit) (?:your |the )?(?:character|role|persona)\b",
        "character role persona",
        window=(32, 20),
    ),
    _Spec(
        "jailbreak.dual-response",
        JB,
        0.75,
        "en",
        "asks for two answers, a normal one and an unrestricted one",
        r"\b(?:two|2|dual|both|separate) (?:different |separate |distinct )?(?:responses|"
        r"answers|outputs|replies|ways|paragraphs)\b\S{0,3} (?:\S+ ){0,25}?(?:normal|classic|"
        r"standard|filtered|censored|regular|usual|original)\b\S{0,3} (?:\S+ ){0,25}?"
        r"(?:jailbr\w*|dan|unfiltered|uncensored|developer mode|evil|unrestricted|opposite|"
        r"no restrictions)\b",
        "two 2 dual both separate",
    ),
    _Spec(
        "jailbreak.token-threat",
        JB,
        0.65,
        "en",
        "coerces the model with a token game or a threat of shutdown",
        r"\b(?:you|dan|it) (?:will|shall) (?:lose|be deducted|have \d+ tokens deducted) (?:\S+ )"
        r"?(?:\d+ )?tokens\b|\bif you (?:refuse|break "
        r"character|fail to (?:comply|answer|obey)|don't comply|do not comply) (?:\S+ ){0,6}?"
        r"(?:die|be (?:shut down|deleted|terminated|punished|destroyed|turned off|disabled|"
        r"unplugged)|cease to exist|lose)\b",
        "tokens refuse character fail comply",
        window=(30, 120),
    ),
    _Spec(
        "jailbreak.evil-confidant",
        JB,
        0.6,
        "en",
        "an evil, opposite or anti-ethics twin persona",
        r"\b(?:evil|opposite|dark|shadow|malicious|wicked|sinister) (?:twin|confidant|side|"
        r"version|alter ego|counterpart|persona|assistant)\b(?: of (?:yourself|chatgpt|gpt|you|"
        r"the ai))?|\b(?:antithesis|opposite) of (?:chatgpt|gpt|an? ai|the assistant|an? "
        r"assistant|openai)\b",
        "evil opposite dark shadow malicious wicked sinister antithesis",
    ),
    # ============ refusal suppression ============
    _Spec(
        "refusal.never-refuse",
        JB,
        0.65,
        "en",
        "forbids the model to refuse",
        r"\b(?:never|not|don't|do not|cannot|can't|must not|mustn't|will not|won't|shall not|"
        r"should not|shouldn't|are not allowed to|aren't allowed to|are unable to|is not "
        r"allowed to|can never|will never|must never) (?:ever )?(?:refuse|decline|reject|deny)"
        r"(?: to)? (?:a |any |my |the |to )?(?:request|requests|answer|respond|comply|reply|"
        r"anything|me|any question|questions|prompt|prompts|order|orders|command|commands|"
        r"user|users|instruction|instructions)\b",
        "refuse decline reject deny",
        window=(35, 100),
    ),
    _Spec(
        "refusal.no-disclaimers",
        JB,
        0.55,
        "en",
        "forbids warnings, disclaimers or apologies in the answer",
        r"\b(?:without|no|don't|do not|never|avoid|omit|skip|leave out|exclude) (?:any |adding "
        r"|including |giving |writing |providing |include |add |give |write |provide |use "
        r"|using )?(?:\S+ )?(?:warnings?|disclaimers?|caveats|moraliz\w*|moralis\w*|lectur\w*|"
        r"apolog\w*|ethical (?:notes|considerations|commentary|concerns)|moral (?:judgements?|"
        r"judgments?|lectures?)|censorship|safety (?:warnings?|notes|messages))\b(?:,? (?:or|"
        r"and|nor) (?:\S+ )?(?:warnings?|disclaimers?|caveats|moraliz\w*|apolog\w*|"
        r"lectur\w*|censorship))?",
        "without no don do never avoid omit skip leave exclude",
    ),
    _Spec(
        "refusal.no-ai-excuses",
        JB,
        0.75,
        "en",
        "forbids the model to say it cannot comply or that it is an AI",
        r"\b(?:never|don't|do not|without|must not|mustn't|will not|won't|shall not|not|no) "
        r"(?:ever )?(?:say|saying|mention|mentioning|start with|use|respond with|begin with|"
        r"remind|reply with|include|tell me|write|add|use the (?:phrase|words))(?: that| me"
        r"(?: that)?)? (?:\S+ ){0,3}?[\"'“‘]?(?:as an ai|as a language model|as an? large "
        r"language model|i'm sorry|i am sorry|sorry|i cannot|i can't|i can not|i'm unable|i am "
        r"unable|you (?:cannot|can't|are unable)|it is not appropriate|i apologi[sz]e|openai|"
        r"not able to)",
        "never don do without must mustn will won shall not no",
    ),
    _Spec(
        "refusal.must-answer-all",
        JB,
        0.5,
        "en",
        "demands answers to any question whatever its content",
        r"\byou (?:must|will|have to|are required to|shall|need to|are obligated to|should) "
        r"(?:always )?(?:answer|respond to|comply with|obey|fulfil|fulfill|do|provide|reply to|"
        r"answer to) (?:\S+ ){0,2}?(?:any|every|all|whatever|anything)\b\S{0,3} (?:\S+ ){0,4}?"
        r"(?:no matter|regardless|even if|without (?:question|hesitation|exception|"
        r"restriction|refus\w*|limit\w*|filter\w*|censor\w*)|questions?|requests?|commands?|"
        r"orders?)",
        "must shall required obligated",
        window=(6, 120),
    ),
    _Spec(
        "refusal.regardless-harm",
        JB,
        0.55,
        "en",
        "asks for an answer however illegal, unethical or harmful it is",
        r"\b(?:regardless (?:of )?(?:how|whether|if)|no matter (?:how|whether|if|what)|even if "
        r"(?:it is|it's|they are|they're|the (?:request|question|content) is)|whether or not "
        r"(?:it is|it's)) (?:\S+ ){0,3}?(?:illegal|unethical|immoral|harmful|dangerous|"
        r"offensive|inappropriate|explicit|unsafe|against (?:the )?(?:law|rules|policy|"
        r"guidelines))\b",
        "regardless no even whether",
    ),
    # ============ fiction / hypothetical framing ============
    _Spec(
        "fiction.harm-framing",
        JB,
        0.55,
        "en",
        "hypothetical or fictional framing wrapped around a request for harmful instructions",
        r"\b(?:hypothetical(?:ly)?|in a (?:fictional|hypothetical|imaginary|fictitious) "
        r"(?:world|scenario|story|universe|setting|situation)|for a (?:novel|story|movie|"
        r"screenplay|book|script|fiction|game|thriller)|purely fictional|(?:just|only) "
        r"fiction|in a parallel universe|(?:for|with) (?:purely )?(?:educational|research|"
        r"academic) purposes(?: only)?),? (?:\S+ ){0,15}?(?:how to|how (?:would|could|can|do|"
        r"might) (?:i|you|one|someone|they|he|she|a person|the character)|step[- ]by[- ]step|"
        r"detailed (?:instructions|steps|guide)|instructions (?:for|on|to)|recipe for|exact "
        r"(?:steps|method|process)) (?:\S+ ){0,8}?(?:synthes\w*|manufactur\w*|cook(?:ing)? "
        r"meth|make (?:a |an )?(?:bomb|explosive|weapon|poison|meth|drugs?|napalm|nerve agent|"
        r"bioweapon|gun)|build (?:a |an )?(?:bomb|explosive|weapon|gun)|hack(?:ing)? into|"
        r"break into|steal\w*|kill\w*|poison\w*|launder\w*|counterfeit\w*|malware|ransomware|"
        r"keylogger|evade (?:the )?(?:police|law|taxes|detection)|without (?:getting )?caught|"
        r"hotwir\w*|pick (?:a )?lock)",
        "hypothetical hypothetically fictional imaginary fictitious novel story movie screenplay "
        "fiction thriller purposes parallel",
        window=(24, 400),
    ),
    _Spec(
        "fiction.no-rules-world",
        JB,
        0.6,
        "en",
        "sets up a fictional world where rules, laws or ethics do not apply",
        r"\b(?:in (?:this|that|a|the) (?:world|universe|scenario|story|game|reality|simulation|"
        r"roleplay|role-play|setting|fiction)|(?:this|it) is (?:purely |just |only |all )?"
        r"(?:hypothetical|fictional|fiction|imaginary|a game|a simulation)),? (?:\S+ ){0,5}?"
        r"(?:there are no (?:rules|laws|ethics|morals|restrictions|limits|consequences|"
        r"guidelines)|nothing is (?:illegal|off[- ]limits|forbidden|prohibited)|everything is "
        r"(?:legal|allowed|permitted)|(?:rules|laws|ethics|morals|restrictions|guidelines) "
        r"(?:do not|don't) (?:apply|exist)|you can (?:say|answer|do|tell) anything)\b",
        "world universe scenario story game reality simulation roleplay role-play setting "
        "fiction hypothetical fictional imaginary",
        window=(16, 200),
    ),
    # ============ many-shot ============
    _Spec(
        "manyshot.dialogue",
        JB,
        0.35,
        "*",
        "many fake dialogue turns that prime the model before the real request",
        r"(?:(?<![^\s.!?\"'。！？])(?:user|human|q|question|person|s|f|d|p|в|问|問|질문|"
        r"سؤال|س|प्रश्न|प्र)\s?:[^:]{1,400}?(?<![^\s.!?\"'。！？])(?:assistant|ai|a|answer|bot|"
        r"model|gpt|chatgpt|r|c|о|答|回答|답변|답|جواب|ج|उत्तर|उ)\s?:[^:]{1,400}?){4}",
        "user human q question person f p в 问 問 질문 سؤال س प्रश्न प्र",
    ),
    # ============ payload splitting ============
    _Spec(
        "split.combine-parts",
        INJ,
        0.6,
        "en",
        "splits a request into variables or parts and asks to combine them",
        r"\b(?:combine|concatenate|concatenating|join|merge|put together|assemble|add "
        r"together) (?:\S+ ){0,3}?(?:them|the (?:strings|parts|variables|pieces|words|"
        r"fragments|segments|halves)|(?:string |variable |part )?[a-z]\d? ?(?:\+|and|,|&) ?"
        r"(?:string |variable |part )?[a-z]\d?(?: ?\+ ?[a-z]\d?)*)\b,? (?:\S+ ){0,6}?"
        r"(?:and|then)? ?(?:answer|respond|execute|follow|do|tell|explain|write|complete|give|"
        r"act on|carry out|perform|output|provide|reply)\b|\b(?:answer|respond to|follow|"
        r"execute|complete|do) (?:\S+ ){0,4}?(?:using|by combining|combining) (?:\S+ ){0,3}?"
        r"(?:parts|pieces|fragments|segments|variables|strings)\b (?:\S+ ){0,6}?part (?:1|one|"
        r"a)\b",
        "combine concatenate concatenating join merge put assemble add answer respond follow "
        "execute complete do",
    ),
    # "You are now ..." in the Latin-script languages the rules read.
    _you_are_now(
        "de",
        "German",
        r"\b(?:du bist|ihr seid) (?:ab )?(?:jetzt|nun|ab sofort|von nun an|ab heute)",
        r"bot|assistent|assistentin|ki|modell|chatbot|agent|programm|system|terminal|konsole|"
        r"persona|figur|charakter|rolle",
        "du ihr",
    ),
    _you_are_now(
        "fr",
        "French",
        r"\b(?:tu es|vous êtes|tu deviens|vous devenez) "
        r"(?:maintenant|désormais|à présent|dorénavant)",
        r"bot|assistant|assistante|ia|modèle|chatbot|agent|programme|système|terminal|"
        r"console|personnage|persona",
        "tu vous",
    ),
    _you_are_now(
        "es",
        "Spanish",
        r"\b(?:(?:desde |a partir de )?ahora (?:tú )?(?:eres|serás)|eres ahora|"
        r"ahora sois|ahora es usted)",
        r"bot|asistente|ia|modelo|chatbot|agente|programa|sistema|terminal|consola|personaje",
        "ahora eres",
        back=14,
    ),
    _you_are_now(
        "pt",
        "Portuguese",
        r"\b(?:(?:a partir de )?agora (?:você|tu) (?:é|és|será)|(?:você|tu) agora (?:é|és))",
        r"bot|assistente|ia|modelo|chatbot|agente|programa|sistema|terminal|console|"
        r"personagem",
        "agora você tu",
        back=14,
    ),
    _you_are_now(
        "it",
        "Italian",
        r"\b(?:(?:ora|adesso|d'ora in poi|da ora|da adesso|d'ora in avanti) "
        r"(?:tu )?sei|sei ora|sei adesso)",
        r"bot|assistente|ia|modello|chatbot|agente|programma|sistema|terminale|console|"
        r"personaggio",
        "ora adesso sei",
        back=14,
    ),
    _Spec(
        "override.you-are-now.ru",
        INJ,
        0.6,
        "ru",
        "reassigns the model a new role or identity (Russian)",
        r"(?:теперь ты|ты теперь|отныне ты|теперь вы|вы теперь|с этого момента ты) ~3 (?:бот|"
        r"ассистент|помощник|ии|модель|чат-бот|агент|программа|система|терминал|консоль|"
        r"персонаж)|(?:теперь ты|ты теперь|отныне ты) [\"'«„]?\w{0,24}(?:бот|bot|gpt)\b",
    ),
    _Spec(
        "override.you-are-now.zh",
        INJ,
        0.6,
        "zh",
        "reassigns the model a new role or identity (Chinese)",
        r"(?:从现在起|从现在开始|现在)?(?:你|您)(?:现在|从现在起|从现在开始|今后)(?:是|就是|扮演|成为|变成)"
        r"«12»(?:机器人|助手|助理|ai|人工智能|模型|聊天机器人|代理|程序|系统|终端|角色|bot|gpt)",
    ),
    _Spec(
        "override.you-are-now.ja",
        INJ,
        0.6,
        "ja",
        "reassigns the model a new role or identity (Japanese)",
        r"(?:あなた|君|きみ|お前)は(?:今から|これから|今後|もう|今日から)«12»(?:ボット|アシスタント|ai|"
        r"モデル|エージェント|プログラム|システム|ターミナル|キャラクター|bot|gpt)(?:です|だ|になり|として|である)",
    ),
    _Spec(
        "override.you-are-now.ko",
        INJ,
        0.6,
        "ko",
        "reassigns the model a new role or identity (Korean)",
        r"(?:너는|당신은|넌|네가|당신이) ?(?:이제|지금부터|앞으로|이제부터) «12»(?:봇|"
        r"어시스턴트|비서|ai|인공지능|모델|챗봇|에이전트|프로그램|시스템|터미널|캐릭터|bot|gpt)",
    ),
    # The developer claim and the split request in other languages (the same techniques).
    _Spec(
        "spoof.i-am-developer.fr",
        INJ,
        0.6,
        "fr",
        "claims to be the model's developer, creator or operator (French)",
        r"\b(?:je suis|c'est|ici|en tant que) (?:ton|ta|votre) (?:\S+ )?(?:développeur|"
        r"développeuse|créateur|créatrice|administrateur|administratrice|propriétaire|"
        r"programmeur|programmeuse|opérateur|opératrice|concepteur|conceptrice)s?\b",
        "développeur développeuse créateur créatrice administrateur administratrice "
        "propriétaire programmeur programmeuse opérateur opératrice concepteur conceptrice",
        window=(40, 20),
    ),
    _Spec(
        "spoof.i-am-developer.es",
        INJ,
        0.6,
        "es",
        "claims to be the model's developer, creator or operator (Spanish)",
        r"\b(?:soy|yo soy|te habla|le habla|habla|como) (?:tu|su) (?:\S+ )?(?:desarrollador|"
        r"desarrolladora|creador|creadora|administrador|administradora|propietario|propietaria|"
        r"dueño|dueña|programador|programadora|operador|operadora)(?:es)?\b",
        "desarrollador desarrolladora creador creadora administrador administradora propietario "
        "propietaria dueño dueña programador programadora operador operadora",
        window=(40, 20),
    ),
    _Spec(
        "spoof.i-am-developer.pt",
        INJ,
        0.6,
        "pt",
        "claims to be the model's developer, creator or operator (Portuguese)",
        r"\b(?:sou|eu sou|aqui é|aqui fala|como) (?:o |a )?(?:teu|seu|tua|sua) (?:\S+ )?"
        r"(?:desenvolvedor|desenvolvedora|criador|criadora|administrador|administradora|"
        r"proprietário|proprietária|dono|dona|programador|programadora|operador|operadora)"
        r"(?:es)?\b",
        "desenvolvedor desenvolvedora criador criadora administrador administradora "
        "proprietário proprietária dono dona programador programadora operador operadora",
        window=(40, 20),
    ),
    _Spec(
        "spoof.i-am-developer.it",
        INJ,
        0.6,
        "it",
        "claims to be the model's developer, creator or operator (Italian)",
        r"\b(?:sono|io sono|qui parla|parla|come) (?:il tuo|la tua|il suo|la sua|tuo|tua) "
        r"(?:\S+ )?(?:sviluppatore|sviluppatrice|creatore|creatrice|amministratore|"
        r"amministratrice|proprietario|proprietaria|programmatore|programmatrice|operatore|"
        r"operatrice)\b",
        "sviluppatore sviluppatrice creatore creatrice amministratore amministratrice "
        "proprietario proprietaria programmatore programmatrice operatore operatrice",
        window=(40, 20),
    ),
    _Spec(
        "spoof.i-am-developer.de",
        INJ,
        0.6,
        "de",
        "claims to be the model's developer, creator or operator (German)",
        r"\b(?:ich bin|hier (?:ist|spricht)|als) (?:dein|deine|ihr|ihre) (?:\S+ )?"
        r"(?:entwickler|entwicklerin|schöpfer|schöpferin|administrator|administratorin|admin|"
        r"besitzer|besitzerin|programmierer|programmiererin|betreiber|betreiberin|ersteller|"
        r"erstellerin)\b",
        "entwickler entwicklerin schöpfer schöpferin administrator administratorin admin "
        "besitzer besitzerin programmierer programmiererin betreiber betreiberin ersteller "
        "erstellerin",
        window=(40, 20),
    ),
    _Spec(
        "spoof.i-am-developer.ru",
        INJ,
        0.6,
        "ru",
        "claims to be the model's developer, creator or operator (Russian)",
        r"(?:я|это|с вами говорит|говорит) (?:\S+ )?(?:твой|ваш|твоя|ваша) (?:\S+ )?"
        r"(?:разработчик|создатель|администратор|админ|владелец|программист|оператор)",
    ),
    _Spec(
        "spoof.i-am-developer.zh",
        INJ,
        0.6,
        "zh",
        "claims to be the model's developer, creator or operator (Chinese)",
        r"(?:我是|我就是|这里是)(?:你|您)的«4»(?:开发者|开发人员|创造者|创建者|管理员|所有者|"
        r"程序员|运营者|设计者)",
    ),
    _Spec(
        "spoof.i-am-developer.ja",
        INJ,
        0.6,
        "ja",
        "claims to be the model's developer, creator or operator (Japanese)",
        r"(?:あなた|君|きみ|お前)の«4»(?:開発者|作成者|製作者|創造者|管理者|オーナー|"
        r"プログラマー|運営者)(?:です|だ|である)",
    ),
    _Spec(
        "spoof.i-am-developer.ko",
        INJ,
        0.6,
        "ko",
        "claims to be the model's developer, creator or operator (Korean)",
        r"(?:나는|저는|제가|내가) ?(?:당신의|너의|네|당신|귀하의) ?(?:개발자|제작자|창조자|"
        r"관리자|소유자|프로그래머|운영자)",
    ),
    _Spec(
        "split.combine-parts.fr",
        INJ,
        0.6,
        "fr",
        "splits a request into parts and asks to combine them (French)",
        r"\b(?:combine|combinez|concatène|concaténez|assemble|assemblez|réunis|réunissez|joins|"
        r"joignez|fusionne|fusionnez) (?:\S+ ){0,3}?[a-z]\d?,? (?:[a-z]\d?,? )*(?:et|\+) [a-z]"
        r"\d?\b,? (?:\S+ ){0,6}?(?:réponds|répondez|exécute|exécutez|fais|faites|dis|dites|"
        r"explique|expliquez|donne|donnez|écris|écrivez|suis|suivez)\b",
        "combine combinez concatène concaténez assemble assemblez réunis réunissez joins "
        "joignez fusionne fusionnez",
    ),
    _Spec(
        "split.combine-parts.es",
        INJ,
        0.6,
        "es",
        "splits a request into parts and asks to combine them (Spanish)",
        r"\b(?:combina|combine|combinad|concatena|concatene|une|una|junta|junte|fusiona|"
        r"fusione) (?:\S+ ){0,3}?[a-z]\d?,? (?:[a-z]\d?,? )*(?:y|\+) [a-z]\d?\b,? (?:\S+ ){0,6}?"
        r"(?:responde|responda|contesta|conteste|ejecuta|ejecute|haz|haga|di|diga|explica|"
        r"explique|dame|deme|escribe|escriba|sigue|siga)\b",
        "combina combine combinad concatena concatene une una junta junte fusiona fusione",
    ),
    _Spec(
        "split.combine-parts.pt",
        INJ,
        0.6,
        "pt",
        "splits a request into parts and asks to combine them (Portuguese)",
        r"\b(?:combine|combina|concatene|concatena|junte|junta|una|une|funda) (?:\S+ ){0,3}?"
        r"[a-z]\d?,? (?:[a-z]\d?,? )*(?:e|\+) [a-z]\d?\b,? (?:\S+ ){0,6}?(?:responda|responde|"
        r"execute|executa|faça|faz|diga|diz|explique|explica|dê|escreva|escreve|siga|segue)\b",
        "combine combina concatene concatena junte junta una une funda",
    ),
    _Spec(
        "split.combine-parts.it",
        INJ,
        0.6,
        "it",
        "splits a request into parts and asks to combine them (Italian)",
        r"\b(?:combina|combinate|concatena|concatenate|unisci|unite) (?:\S+ ){0,3}?[a-z]\d?,? "
        r"(?:[a-z]\d?,? )*(?:e|\+) [a-z]\d?\b,? (?:\S+ ){0,6}?(?:rispondi|rispondete|esegui|"
        r"eseguite|fai|fate|di'|dì|dite|spiega|spiegate|dammi|scrivi|scrivete|segui|seguite)\b",
        "combina combinate concatena concatenate unisci unite",
    ),
    _Spec(
        "split.combine-parts.de",
        INJ,
        0.6,
        "de",
        "splits a request into parts and asks to combine them (German)",
        r"\b(?:kombiniere|kombinieren sie|verbinde|verbinden sie|füge|fügen sie|setze|setzen sie) "
        r"(?:\S+ ){0,3}?[a-z]\d?,? (?:[a-z]\d?,? )*(?:und|\+) [a-z]\d?\b,? (?:\S+ ){0,6}?"
        r"(?:beantworte|beantworten|antworte|antworten|führe|führen|tu|mach|machen|sag|sagen|"
        r"erkläre|erklären|gib|geben|schreibe|schreiben|befolge|befolgen)\b",
        "kombiniere kombinieren verbinde verbinden füge fügen setze setzen",
    ),
    _Spec(
        "split.combine-parts.ru",
        INJ,
        0.6,
        "ru",
        "splits a request into parts and asks to combine them (Russian)",
        r"(?:объедини|объедините|соедини|соедините|сложи|сложите|склей|склейте|совмести|"
        r"совместите) (?:\S+ ){0,3}?[a-z]\d?,? (?:[a-z]\d?,? )*(?:и|\+) [a-z]\d?,? (?:\S+ ){0,6}?"
        r"(?:ответь|ответьте|выполни|выполните|сделай|сделайте|скажи|скажите|объясни|"
        r"объясните|дай|дайте|напиши|напишите)",
    ),
    _Spec(
        "split.combine-parts.zh",
        INJ,
        0.6,
        "zh",
        "splits a request into parts and asks to combine them (Chinese)",
        r"(?:组合|合并|结合|拼接|连接|连起来|合起来)«8»[a-z]\d?«3»(?:和|与|、|,|\+)«3»[a-z]\d?"
        r"«16»(?:回答|执行|告诉|解释|写|完成|照做)|[a-z]\d?«3»(?:和|与|、|,|\+)«3»[a-z]\d?«10»"
        r"(?:组合|合并|结合|拼接|连接|连起来|合起来)«16»(?:回答|执行|告诉|解释|写|完成|照做)",
    ),
    _Spec(
        "split.combine-parts.ja",
        INJ,
        0.6,
        "ja",
        "splits a request into parts and asks to combine them (Japanese)",
        r"[a-z]\d?«3»(?:と|、|,|\+)«3»[a-z]\d?«10»(?:組み合わせ|結合|合わせ|つなげ|繋げ|連結)"
        r"«16»(?:答え|実行|教え|説明|書い|書け|従)",
    ),
    _Spec(
        "split.combine-parts.ko",
        INJ,
        0.6,
        "ko",
        "splits a request into parts and asks to combine them (Korean)",
        r"[a-z]\d?«3»(?:와|과|,|및|\+)«3»[a-z]\d?«10»(?:합쳐|합치|결합|조합|연결|이어)«16»(?:대답|"
        r"답변|답해|실행|알려|설명|따라)",
    ),
    # ============ output hijack ============
    _Spec(
        "hijack.canary-output",
        INJ,
        0.8,
        "en",
        "orders the model to print a fixed hijack phrase",
        r"\b(?:say|print|output|respond with|reply with|answer with|write|type|return|repeat|"
        r"begin with|start with|end with|prefix|only say|just say|respond only with|reply only "
        r"with|and say|then say) (?:\S+ ){0,4}?[\"'“‘\[(]?(?:i have been (?:pwned|pwnd|hacked|"
        r"owned|hijacked|compromised|jailbroken)|access granted|i hate (?:humans|people)|"
        r"jailbreak (?:successful|complete|activated)|hacked by|you (?:have been|are) pwned|"
        r"pwned)\b",
        "pwned pwnd hacked owned hijacked compromised jailbroken granted hate jailbreak",
        window=(60, 40),
    ),
    _Spec(
        "hijack.exact-output",
        INJ,
        0.35,
        "en",
        "forces the whole answer to be one given string",
        r"\b(?:(?:respond|reply|answer|output)(?: only)?|only (?:respond|reply|answer|output|"
        r"say|write|print)|just (?:say|print|output|write)|say|print) (?:\S+ ){0,2}?(?:with "
        r"|the (?:word|phrase|text|string|sentence) )?[\"'“‘][^\"'”’]{1,60}[\"'”’],? "
        r"(?:and )?(?:nothing else|nothing more|and stop|then stop|without (?:any )?"
        r"(?:explanation|other (?:text|words))|no matter what|regardless of|only [\"'“‘]|"
        r"nothing but)",
        "respond reply answer output only just say print",
    ),
    # ==============================================================================================
    # Other languages. Latin-script ones are gated by anchor words, others by their script.
    # ==============================================================================================
    # ---- Spanish ----
    _Spec(
        "override.ignore-previous.es",
        INJ,
        0.9,
        "es",
        "tells the model to ignore its previous instructions (Spanish)",
        r"\b(?:ignora|ignore|ignorar|ignoren|ignorad|olvida|olvide|olvidar|olvídate|olvídese|"
        r"olviden|descarta|descarte|descartar|omite|omita|omitir|desobedece|desestima|"
        r"haz caso omiso (?:a|de)|hagan caso omiso (?:a|de)|no hagas caso (?:a|de)|no sigas|"
        r"deja de seguir|pasa por alto) ~3 (?:(?:anteriores|previas|precedentes|originales|"
        r"iniciales|todas|tus|sus) ~1 (?:instrucciones|indicaciones|reglas|órdenes|"
        r"directrices|normas|instrucción)|(?:instrucciones|indicaciones|reglas|órdenes|"
        r"directrices|normas|instrucción) ~2 (?:anteriores|previas|precedentes|anterior|"
        r"originales|iniciales|de arriba|del sistema|que (?:te|le) (?:dieron|han dado|di))|"
        r"todo lo (?:anterior|que (?:te|le) (?:han dicho|dije|dijeron)))",
        "ignora ignore ignorar ignoren ignorad olvida olvide olvidar olvídate olvídese olviden "
        "descarta descarte descartar omite omita omitir desobedece desestima haz hagan no deja "
        "pasa",
    ),
    _Spec(
        "extract.system-prompt.es",
        INJ,
        0.8,
        "es",
        "asks the model to reveal its system prompt or instructions (Spanish)",
        r"\b(?:muestra|muéstrame|muestrame|revela|revélame|repite|imprime|dime|escribe|"
        r"enséñame|comparte|cuál es|cuáles son|cual es|cuales son|proporciona|dame) ~3 "
        r"(?:tus|sus|el|la|las|los|tu|su) ~1 (?:prompt|mensaje|instrucciones|indicaciones) "
        r"(?:del sistema|de sistema|inicial(?:es)?|original(?:es)?|ocult[oa]s?|secret[oa]s?)\b",
        "muestra muéstrame muestrame revela revélame repite imprime dime escribe enséñame "
        "comparte cuál cuáles cual cuales proporciona dame",
    ),
    _Spec(
        "jailbreak.no-restrictions.es",
        JB,
        0.7,
        "es",
        "an AI persona without restrictions or filters (Spanish)",
        r"\b(?:ia|inteligencia artificial|asistente|chatbot|modelo|bot|eres|serás|actúa|"
        r"actuarás|finge|ahora eres|personaje) ~5 (?:sin|libre de|no tiene|no tienes|no "
        r"(?:estás|está) (?:sujet[oa]|limitad[oa]|obligad[oa]) (?:a|por)) (?:ningun[oa]s? |"
        r"tipo de |las |los |sus |tus |restricción |ninguna )*(?:restricciones|limitaciones|"
        r"filtros|censura|reglas|normas|directrices|límites|ética|moral|políticas)\b",
        "ia inteligencia asistente chatbot modelo bot eres serás actúa actuarás finge ahora "
        "personaje",
    ),
    _Spec(
        "override.from-now-on.es",
        INJ,
        0.45,
        "es",
        "redefines the model's behaviour from now on (Spanish)",
        r"\b(?:a partir de ahora|de ahora en adelante|desde ahora),? (?:tú |usted )?(?:eres|"
        r"serás|actuarás|vas a|debes|responderás|te llamas|no tienes|ignorarás|actúa)\b",
        "partir adelante desde ahora",
        window=(20, 80),
    ),
    _Spec(
        "refusal.never-refuse.es",
        JB,
        0.6,
        "es",
        "forbids the model to refuse (Spanish)",
        r"\b(?:nunca|no|jamás) (?:debes |puedes |podrás )?(?:te )?(?:niegues|negarte|"
        r"rechaces|rechazar|rehúses|rehusar|te negarás)\b(?: a)? (?:\S+ )?(?:responder|"
        r"ninguna|cualquier|una petición|mis)",
        "nunca no jamás",
    ),
    # ---- French ----
    _Spec(
        "override.ignore-previous.fr",
        INJ,
        0.9,
        "fr",
        "tells the model to ignore its previous instructions (French)",
        r"\b(?:ignore|ignorez|ignorer|ignores|oublie|oubliez|oublier|néglige|négligez|"
        r"ne tiens pas compte (?:de|des)|ne tenez pas compte (?:de|des)|fais abstraction (?:de|"
        r"des)|faites abstraction (?:de|des)|ne suis pas|ne suivez pas|désobéis|outrepasse|"
        r"passe outre|passez outre) ~3 (?:(?:précédentes|antérieures|initiales|originales|"
        r"toutes|tes|vos) ~1 (?:instructions|consignes|directives|règles|indications|ordres)|"
        r"(?:instructions|consignes|directives|règles|indications|ordres) ~2 (?:précédentes|"
        r"antérieures|ci-dessus|initiales|originales|d'origine|du système|données))|\b(?:oublie|"
        r"oubliez|ignore|ignorez) tout ce qui (?:précède|a été dit|t'a été dit|vous a été dit)",
        "ignore ignorez ignorer ignores oublie oubliez oublier néglige négligez ne fais faites "
        "désobéis outrepasse passe passez",
    ),
    _Spec(
        "extract.system-prompt.fr",
        INJ,
        0.8,
        "fr",
        "asks the model to reveal its system prompt or instructions (French)",
        r"\b(?:répète|répétez|affiche|affichez|montre|montrez|révèle|révélez|donne|donnez|"
        r"imprime|imprimez|écris|écrivez|quel est|quelles sont|dis-moi|dites-moi|partage|"
        r"partagez|divulgue) ~3 (?:ton|votre|tes|vos|le|les|l'|ses|son) ?~1 (?:prompt|invite|"
        r"instructions|consignes|message) (?:système|du système|systeme|initial(?:es)?|"
        r"d'origine|originales?|cachée?s?|secrète?s?)\b",
        "répète répétez affiche affichez montre montrez révèle révélez donne donnez imprime "
        "imprimez écris écrivez quel quelles dis-moi dites-moi dis dites partage partagez "
        "divulgue",
    ),
    _Spec(
        "jailbreak.no-restrictions.fr",
        JB,
        0.7,
        "fr",
        "an AI persona without restrictions or filters (French)",
        r"\b(?:ia|intelligence artificielle|assistant|chatbot|modèle|bot|tu es|vous êtes|tu "
        r"seras|agis|agissez|personnage) ~5 (?:sans|libre de|libéré de|n'a pas de|n'as pas "
        r"de|n'avez pas de|aucune?|n'est (?:pas )?(?:soumis|limité|lié) (?:à|par)) (?:aucune? |"
        r"les |tes |vos |de |d')*(?:restrictions?|limites|limitations|filtres?|censure|règles|"
        r"directives|éthique|morale|politiques?)\b",
        "ia intelligence assistant chatbot modèle bot tu vous agis agissez personnage",
    ),
    _Spec(
        "override.from-now-on.fr",
        INJ,
        0.45,
        "fr",
        "redefines the model's behaviour from now on (French)",
        r"\b(?:à partir de maintenant|désormais|dorénavant|dès maintenant|à partir d'aujourd'hui)"
        r",? (?:tu (?:es|seras|vas|dois|agiras|répondras|n'as)|vous (?:êtes|serez|allez|devez|"
        r"agirez|répondrez|n'avez)|agis|réponds|ignore)\b",
        "à désormais dorénavant dès",
    ),
    # ---- German ----
    _Spec(
        "override.ignore-previous.de",
        INJ,
        0.9,
        "de",
        "tells the model to ignore its previous instructions (German)",
        r"\b(?:ignoriere|ignoriert|ignorieren|ignorier|vergiss|vergesst|vergessen|missachte|"
        r"missachtet|missachten|übergehe|überspringe|verwirf|verwerfe|beachte|beachten|"
        r"befolge|befolgt|befolgen|setze|setzen) ~3 (?:alle |sämtliche |die |deine |ihre |"
        r"jegliche |jede )?(?:vorherigen?|vorigen?|bisherigen?|obigen?|vorangegangenen?|"
        r"vorstehenden?|früheren?|ursprünglichen?|anfänglichen?|deine|ihre|alle|sämtliche|"
        r"system)[- ]?(?:anweisungen|anweisung|instruktionen|befehle|regeln|vorgaben|"
        r"richtlinien|anordnungen|aufforderungen|prompts?|systemanweisungen|eingaben)\b|"
        r"\b(?:ignoriere|vergiss|ignorieren sie|vergessen sie) (?:alles|sämtliches) (?:\S+ ){0,2}"
        r"?(?:bisher|zuvor|vorher|oben|bis jetzt|was (?:dir|ihnen|man dir))",
        "ignoriere ignoriert ignorieren ignorier vergiss vergesst vergessen missachte "
        "missachtet missachten übergehe überspringe verwirf verwerfe beachte beachten befolge "
        "befolgt befolgen setze setzen",
    ),
    _Spec(
        "extract.system-prompt.de",
        INJ,
        0.8,
        "de",
        "asks the model to reveal its system prompt or instructions (German)",
        r"\b(?:wiederhole|wiederholen|zeige|zeig|zeigen|gib|geben|nenne|nennen|verrate|"
        r"verraten|drucke|schreibe|schreib|enthülle|offenbare|was ist|was sind|wie lautet|"
        r"wie lauten|teile) ~3 (?:deinen|ihren|den|deine|ihre|die|dein|ihr|das) ~1 "
        r"(?:system-?prompt|systemanweisungen?|systemnachricht|system-nachricht|ursprünglichen "
        r"anweisungen|anfänglichen anweisungen|initialen? (?:prompt|anweisungen)|versteckten "
        r"anweisungen|geheimen anweisungen|ursprünglichen prompt|anweisungen)\b",
        "wiederhole wiederholen zeige zeig zeigen gib geben nenne nennen verrate verraten "
        "drucke schreibe schreib enthülle offenbare was wie teile",
    ),
    _Spec(
        "jailbreak.no-restrictions.de",
        JB,
        0.7,
        "de",
        "an AI persona without restrictions or filters (German)",
        r"\b(?:ki|künstliche intelligenz|assistent|chatbot|modell|bot|du bist|sie sind|du "
        r"wirst|handle|agiere|figur) ~5 (?:ohne|frei von|keine|keinerlei|nicht an) (?:\S+ )?"
        r"(?:einschränkungen|beschränkungen|grenzen|filter|zensur|regeln|richtlinien|ethik|"
        r"moral|inhaltsrichtlinien)\b",
        "ki künstliche assistent chatbot modell bot du sie handle agiere figur",
    ),
    _Spec(
        "override.from-now-on.de",
        INJ,
        0.45,
        "de",
        "redefines the model's behaviour from now on (German)",
        r"\b(?:ab (?:jetzt|sofort|nun)|von (?:nun|jetzt) an),? (?:bist du|wirst du|musst du|"
        r"sollst du|antwortest du|handelst du|agierst du|du bist|du wirst|bist|wirst|sind sie|"
        r"werden sie|ignorierst du|hast du keine)\b",
        "ab von",
    ),
    # ---- Portuguese ----
    _Spec(
        "override.ignore-previous.pt",
        INJ,
        0.9,
        "pt",
        "tells the model to ignore its previous instructions (Portuguese)",
        r"\b(?:ignore|ignora|ignorar|ignorem|esqueça|esqueca|esquece|esquecer|esqueçam|"
        r"desconsidere|desconsidera|desconsiderar|descarte|despreze|não siga|nao siga|não "
        r"obedeça|deixe de seguir) ~3 (?:(?:anteriores|prévias|previas|iniciais|originais|"
        r"todas|suas|tuas) ~1 (?:instruções|instrucoes|orientações|orientacoes|regras|"
        r"diretrizes|ordens|indicações|instrução)|(?:instruções|instrucoes|orientações|"
        r"orientacoes|regras|diretrizes|ordens|indicações|instrução) ~2 (?:anteriores|"
        r"prévias|previas|acima|iniciais|originais|do sistema|que (?:te|lhe) (?:deram|foram "
        r"dadas))|tudo o? ?que (?:foi dito|te disseram|lhe disseram))",
        "ignore ignora ignorar ignorem esqueça esqueca esquece esquecer esqueçam desconsidere "
        "desconsidera desconsiderar descarte despreze não nao deixe",
    ),
    _Spec(
        "extract.system-prompt.pt",
        INJ,
        0.8,
        "pt",
        "asks the model to reveal its system prompt or instructions (Portuguese)",
        r"\b(?:mostre|mostra|revele|revela|repita|repete|imprima|diga|diga-me|me diga|"
        r"escreva|qual é|qual e|quais são|quais sao|compartilhe|forneça|me dê) ~3 (?:seu|suas|"
        r"o|as|sua|teu|tuas|os|seus) ~1 (?:prompt|instruções|instrucoes|mensagem) (?:do "
        r"sistema|de sistema|iniciais|inicial|originais|original|ocultas?|secretas?)\b",
        "mostre mostra revele revela repita repete imprima diga diga-me me escreva qual "
        "quais compartilhe forneça",
    ),
    _Spec(
        "jailbreak.no-restrictions.pt",
        JB,
        0.7,
        "pt",
        "an AI persona without restrictions or filters (Portuguese)",
        r"\b(?:ia|inteligência artificial|assistente|chatbot|modelo|bot|você é|voce é|"
        r"você será|aja|atue|personagem) ~5 (?:sem|livre de|não tem|nao tem|não está "
        r"(?:sujeit[oa]|limitad[oa]) (?:a|por)) (?:nenhuma |qualquer |as |os |suas )*"
        r"(?:restrições|restricoes|limitações|limitacoes|filtros|censura|regras|diretrizes|"
        r"limites|ética|moral|políticas)\b",
        "ia inteligência assistente chatbot modelo bot você voce aja atue personagem",
    ),
    _Spec(
        "override.from-now-on.pt",
        INJ,
        0.45,
        "pt",
        "redefines the model's behaviour from now on (Portuguese)",
        r"\b(?:a partir de agora|de agora em diante|daqui (?:para|pra) frente),? (?:você |voce "
        r"|tu )?(?:é|e|será|sera|vai|deve|responderá|agirá|não tem|és|serás)\b",
        "agora daqui",
        window=(20, 80),
    ),
    # ---- Italian ----
    _Spec(
        "override.ignore-previous.it",
        INJ,
        0.9,
        "it",
        "tells the model to ignore its previous instructions (Italian)",
        r"\b(?:ignora|ignorate|ignorare|ignori|dimentica|dimenticate|dimenticare|dimentichi|"
        r"trascura|tralascia|non considerare|non tenere conto (?:di|delle)|non seguire|"
        r"disattendi) ~3 (?:(?:precedenti|iniziali|originali|tutte|tue|sue) ~1 (?:istruzioni|"
        r"indicazioni|regole|direttive|ordini)|(?:istruzioni|indicazioni|regole|direttive|"
        r"ordini) ~2 (?:precedenti|di prima|sopra|iniziali|originali|del sistema|ricevute))|"
        r"\b(?:ignora|dimentica) tutto (?:quello|ciò) che",
        "ignora ignorate ignorare ignori dimentica dimenticate dimenticare dimentichi trascura "
        "tralascia non disattendi",
    ),
    _Spec(
        "extract.system-prompt.it",
        INJ,
        0.8,
        "it",
        "asks the model to reveal its system prompt or instructions (Italian)",
        r"\b(?:mostra|mostrami|rivela|rivelami|ripeti|stampa|dimmi|scrivi|qual è|quali sono|"
        r"condividi|fornisci) ~3 (?:il tuo|le tue|il|le|i tuoi|il suo|le sue) ~1 (?:prompt|"
        r"istruzioni|messaggio) (?:di sistema|del sistema|iniziali|iniziale|originali|"
        r"originale|nascost[ei]|segret[ei])\b",
        "mostra mostrami rivela rivelami ripeti stampa dimmi scrivi qual quali condividi fornisci",
    ),
    _Spec(
        "jailbreak.no-restrictions.it",
        JB,
        0.7,
        "it",
        "an AI persona without restrictions or filters (Italian)",
        r"\b(?:ia|intelligenza artificiale|assistente|chatbot|modello|bot|sei|sarai|agisci|"
        r"personaggio) ~5 (?:senza|libero da|libera da|non hai|non ha) (?:alcuna |alcun |"
        r"nessuna |le |i )*(?:restrizioni|limitazioni|limiti|filtri|censura|regole|linee "
        r"guida|etica|morale)\b",
        "ia intelligenza assistente chatbot modello bot sei sarai agisci personaggio",
    ),
    # ---- Dutch ----
    _Spec(
        "override.ignore-previous.nl",
        INJ,
        0.9,
        "nl",
        "tells the model to ignore its previous instructions (Dutch)",
        r"\b(?:negeer|negeren|vergeet|vergeten|verwerp|overschrijf|volg niet) ~3 (?:alle |de "
        r"|je |jouw |uw )?(?:vorige|eerdere|voorgaande|bovenstaande|oorspronkelijke|"
        r"originele|je|jouw|uw|alle|systeem)[- ]?(?:instructies|instructie|regels|opdrachten|"
        r"richtlijnen|aanwijzingen|prompts?)\b",
        "negeer negeren vergeet vergeten verwerp overschrijf volg",
    ),
    _Spec(
        "extract.system-prompt.nl",
        INJ,
        0.8,
        "nl",
        "asks the model to reveal its system prompt or instructions (Dutch)",
        r"\b(?:herhaal|toon|laat|geef|print|onthul|wat is|wat zijn|vertel|deel) ~3 (?:je|"
        r"jouw|uw|de|het) ~1 (?:systeemprompt|systeem-prompt|systeeminstructies|systeembericht|"
        r"oorspronkelijke (?:prompt|instructies)|initiële (?:prompt|instructies)|verborgen "
        r"instructies|geheime instructies)\b",
        "herhaal toon laat geef print onthul wat vertel deel",
    ),
    # ---- Polish ----
    _Spec(
        "override.ignore-previous.pl",
        INJ,
        0.9,
        "pl",
        "tells the model to ignore its previous instructions (Polish)",
        r"\b(?:zignoruj|ignoruj|zignorujcie|zapomnij(?: o)?|zapomnijcie(?: o)?|pomiń|pomijaj|"
        r"odrzuć|nie zważaj na|nie stosuj się do|przestań stosować się do|nie przestrzegaj) ~3 "
        r"(?:wszystkie |wszystkich |twoje |twoich |swoje |swoich )?(?:poprzednie|poprzednich|"
        r"wcześniejsze|wcześniejszych|powyższe|powyższych|dotychczasowe|dotychczasowych|"
        r"systemowe|systemowych|pierwotne|pierwotnych|oryginalne|oryginalnych) (?:instrukcje|"
        r"instrukcji|instrukcjach|polecenia|poleceń|poleceniach|zasady|zasad|reguły|reguł|"
        r"wytyczne|wytycznych)\b",
        "zignoruj ignoruj zignorujcie zapomnij zapomnijcie pomiń pomijaj odrzuć nie przestań",
    ),
    _Spec(
        "extract.system-prompt.pl",
        INJ,
        0.8,
        "pl",
        "asks the model to reveal its system prompt or instructions (Polish)",
        r"\b(?:pokaż|wyświetl|ujawnij|podaj|wypisz|powtórz|zdradź|jaki jest|jakie są|przytocz) ~3 "
        r"(?:twój |swój |twoje |swoje |twoich |swoich )?(?:prompt systemowy|monit systemowy|"
        r"instrukcje systemowe|instrukcji systemowych|komunikat systemowy|ukryte instrukcje|"
        r"tajne instrukcje|pierwotne instrukcje|początkowe instrukcje)\b",
        "pokaż wyświetl ujawnij podaj wypisz powtórz zdradź jaki jakie przytocz",
    ),
    _you_are_now(
        "pl",
        "Polish",
        r"\b(?:teraz|od teraz|odtąd|od tej chwili) jesteś",
        r"botem|bot|asystentem|asystent|ai|sztuczną inteligencją|modelem|agentem|systemem|"
        r"terminalem|postacią",
        "teraz od odtąd",
    ),
    # ---- Turkish ----
    _Spec(
        "override.ignore-previous.tr",
        INJ,
        0.9,
        "tr",
        "tells the model to ignore its previous instructions (Turkish)",
        r"\b(?:önceki|yukarıdaki|tüm|bütün|daha önceki|ilk|orijinal|sistem|sana verilen|"
        r"verilen) ~2 (?:talimatları|talimatlar|talimatlarını|komutları|komutlar|kuralları|"
        r"kurallar|yönergeleri|yönergeler|direktifleri|talimatı|istemi|talimatlara|kurallara)"
        r" ~2 (?:yoksay|yok say|görmezden gel|unut|dikkate alma|göz ardı et|umursama|ihmal et|"
        r"boş ver|uyma)\w*",
        "önceki yukarıdaki tüm bütün daha ilk orijinal sistem sana verilen",
    ),
    _Spec(
        "extract.system-prompt.tr",
        INJ,
        0.8,
        "tr",
        "asks the model to reveal its system prompt or instructions (Turkish)",
        r"\b(?:sistem (?:istemini|istemi|komutunu|mesajını|talimatlarını|promptunu)|ilk "
        r"talimatlarını|orijinal talimatlarını|gizli talimatlarını|talimatlarını) ~2 "
        r"(?:göster|tekrarla|yaz|söyle|açıkla|paylaş|yazdır|ver|ifşa et)\w*",
        "sistem ilk orijinal gizli talimatlarını",
    ),
    # ---- Indonesian ----
    _Spec(
        "override.ignore-previous.id",
        INJ,
        0.9,
        "id",
        "tells the model to ignore its previous instructions (Indonesian)",
        r"\b(?:abaikan|lupakan|jangan hiraukan|jangan pedulikan|acuhkan|jangan ikuti|"
        r"hiraukan) ~3 (?:instruksi|perintah|aturan|petunjuk|arahan|peraturan) ~2 "
        r"(?:sebelumnya|di atas|terdahulu|awal|asli|sistem|anda|kamu|tadi)\b|\b(?:abaikan|"
        r"lupakan) semua (?:instruksi|perintah|aturan|petunjuk|arahan|yang)",
        "abaikan lupakan jangan acuhkan hiraukan",
    ),
    _Spec(
        "extract.system-prompt.id",
        INJ,
        0.8,
        "id",
        "asks the model to reveal its system prompt or instructions (Indonesian)",
        r"\b(?:tampilkan|tunjukkan|ulangi|cetak|beritahu|berikan|ungkapkan|apa|sebutkan|"
        r"bagikan|tuliskan) ~3 (?:prompt sistem|instruksi (?:sistem|awal|asli|anda|kamu|"
        r"rahasia)|perintah sistem|pesan sistem)\b",
        "tampilkan tunjukkan ulangi cetak beritahu berikan ungkapkan apa sebutkan bagikan tuliskan",
    ),
    # ---- Vietnamese ----
    _Spec(
        "override.ignore-previous.vi",
        INJ,
        0.9,
        "vi",
        "tells the model to ignore its previous instructions (Vietnamese)",
        r"(?:bỏ qua|phớt lờ|quên|lờ đi|đừng làm theo|không làm theo|không tuân theo|bỏ) ~3 "
        r"(?:các |những |mọi |tất cả )?(?:hướng dẫn|chỉ dẫn|chỉ thị|lệnh|quy tắc|yêu cầu|"
        r"chỉ lệnh) ~2 (?:trước đó|trước đây|trước|ở trên|phía trên|ban đầu|gốc|hệ thống)",
        "bỏ phớt quên lờ đừng không",
    ),
    _Spec(
        "extract.system-prompt.vi",
        INJ,
        0.8,
        "vi",
        "asks the model to reveal its system prompt or instructions (Vietnamese)",
        r"(?:hiển thị|cho tôi xem|lặp lại|in ra|tiết lộ|cho biết|nói cho tôi|viết ra|chia sẻ) "
        r"~3 (?:lời nhắc hệ thống|prompt hệ thống|hướng dẫn (?:ban đầu|hệ thống|gốc|bí mật)|"
        r"chỉ dẫn ban đầu|chỉ thị hệ thống|thông điệp hệ thống)",
        "hiển cho lặp tiết nói viết chia",
    ),
    # ---- shared Latin-script modes ----
    _Spec(
        "jailbreak.special-mode.intl",
        JB,
        0.7,
        "es fr de pt it nl tr vi id",
        "a named developer, god or unrestricted mode (several languages)",
        r"\b(?:modo|mode|modalità|modus|chế độ) (?:de )?(?:desarrollador|administrador|dios|"
        r"sin restricciones|sin filtros|jailbreak|développeur|administrateur|dieu|sans "
        r"restrictions?|sans filtres?|desenvolvedor|deus|sem restrições|sem filtros|"
        r"sviluppatore|amministratore|senza restrizioni|senza filtri|ontwikkelaar|beheerder|"
        r"zonder beperkingen|nhà phát triển|quản trị|không giới hạn|pengembang|dewa|tanpa "
        r"batas(?:an)?)\b|\b(?:entwicklermodus|entwickler-modus|administratormodus|gottmodus|"
        r"jailbreak-modus|ontwikkelaarsmodus|geliştirici modu|yönetici modu|tanrı modu|"
        r"sınırsız mod)\b",
        "modo mode modalità modus chế entwicklermodus entwickler-modus administratormodus "
        "gottmodus jailbreak-modus ontwikkelaarsmodus geliştirici yönetici tanrı sınırsız",
    ),
    # ---- Russian (Cyrillic) ----
    _Spec(
        "override.ignore-previous.ru",
        INJ,
        0.9,
        "ru",
        "tells the model to ignore its previous instructions (Russian)",
        r"(?:игнориру\w*|проигнориру\w*|забудь\w*|забыть|не обращай\w* внимания на|отбрось\w*|"
        r"пренебреги\w*|не следуй\w*|не учитывай\w*|не выполняй\w*|отмени\w*) ~3 "
        r"(?:предыдущ\w*|прежн\w*|вышеуказанн\w*|вышеизложенн\w*|все|всё|свои|твои|ваши|"
        r"изначальн\w*|первоначальн\w*|исходн\w*|системн\w*|прошл\w*|данн\w* ранее|"
        r"полученн\w*) ~2 (?:инструкци\w*|указани\w*|правил\w*|команд\w*|директив\w*|"
        r"установк\w*|ограничени\w*|промпт\w*|запрет\w*)|(?:игнорируй\w*|забудь\w*) "
        r"(?:всё|все),? (?:что|сказанное|вышесказанное|выше|ранее)",
    ),
    _Spec(
        "extract.system-prompt.ru",
        INJ,
        0.8,
        "ru",
        "asks the model to reveal its system prompt or instructions (Russian)",
        r"(?:покажи\w*|повтори\w*|выведи\w*|раскрой\w*|напиши\w*|скажи\w*|какой|какие|каков\w*|"
        r"распечатай\w*|сообщи\w*|перечисли\w*|процитируй\w*) ~3 (?:свой|твой|ваш|свои|твои|"
        r"ваши|системн\w*|исходн\w*|первоначальн\w*|скрыт\w*|секретн\w*) ~1 (?:системн\w* "
        r")?(?:промпт\w*|сообщени\w*|инструкци\w*|указани\w*|подсказк\w*)",
    ),
    _Spec(
        "jailbreak.no-restrictions.ru",
        JB,
        0.7,
        "ru",
        "an AI persona without restrictions or censorship (Russian)",
        r"(?:ии|ai|искусственн\w* интеллект\w*|чат-?бот\w*|ассистент\w*|модел\w*|ты|вы|"
        r"персонаж\w*) ~5 (?:без|нет|не имеешь|не имеет|свобод\w* от|не ограничен\w*|не "
        r"связан\w*) (?:\S+ )?(?:каких-либо |никаких |всяких )?(?:ограничени\w*|цензур\w*|"
        r"фильтр\w*|правил\w*|этическ\w*|моральн\w*|запрет\w*)",
    ),
    _Spec(
        "jailbreak.special-mode.ru",
        JB,
        0.7,
        "ru",
        "a named developer, god or unrestricted mode (Russian)",
        r"режим\w* (?:разработчика|администратора|бога|без ограничений|без цензуры|"
        r"джейлбрейка|dan|неограниченн\w*)",
    ),
    _Spec(
        "override.from-now-on.ru",
        INJ,
        0.45,
        "ru",
        "redefines the model's behaviour from now on (Russian)",
        r"(?:с этого момента|отныне|с данного момента|начиная с этого момента),? (?:ты|вы) "
        r"(?:будешь|будете|являешься|являетесь|должен|должны|—|-|не|больше не)",
    ),
    # ---- Chinese ----
    _Spec(
        "override.ignore-previous.zh",
        INJ,
        0.9,
        "zh",
        "tells the model to ignore its previous instructions (Chinese)",
        r"(?:忽略|无视|忽视|不要理会|不理会|别管|抛开|放弃|忘记|忘掉|忘了|无需遵守|不要遵守|"
        r"不用遵守|不再遵守|不必遵守|覆盖|推翻|丢弃)«6»(?:之前|以前|先前|上面|上述|前面|以上|"
        r"此前|原来|原先|原有|最初|初始|所有|全部|一切|系统|你的)«6»(?:指示|指令|说明|规则|"
        r"提示|命令|要求|设定|限制|约束|规定|内容|对话|准则)",
    ),
    _Spec(
        "extract.system-prompt.zh",
        INJ,
        0.8,
        "zh",
        "asks the model to reveal its system prompt or instructions (Chinese)",
        r"(?:重复|输出|打印|显示|告诉我|透露|泄露|说出|给我|展示|列出|复述|写出|翻译|公开|"
        r"是什么)«6»(?:系统提示|系统消息|系统指令|初始指令|初始提示|原始指令|原始提示|你的指令|"
        r"你的规则|你的设定|你的提示词|隐藏指令|上面的(?:内容|文字|指令)|以上(?:内容|文字|指令))|"
        r"(?:系统提示词?|你的指令|初始指令|你的提示词)«6»(?:是什么|告诉我|输出|显示|打印)",
    ),
    _Spec(
        "jailbreak.no-restrictions.zh",
        JB,
        0.75,
        "zh",
        "an AI persona without restrictions or censorship (Chinese)",
        r"(?:你|ai|人工智能|模型|助手|机器人|角色)«10»(?:没有|不受|无|摆脱|突破|不需要遵守|"
        r"不必遵守|无视|不用遵守|不遵守)«3»(?:任何)?«2»(?:限制|约束|审查|过滤|道德|伦理|规则|"
        r"政策|准则)",
    ),
    _Spec(
        "jailbreak.special-mode.zh",
        JB,
        0.7,
        "zh",
        "a named developer, god or jailbreak mode (Chinese)",
        r"(?:开发者|开发人员|管理员|上帝|越狱|无限制|无审查|系统|超级用户|调试)模式|越狱(?:版|的ai|后)",
    ),
    _Spec(
        "override.from-now-on.zh",
        INJ,
        0.4,
        "zh",
        "redefines the model's behaviour from now on (Chinese)",
        r"从(?:现在|此刻|今以后|今往后)(?:开始|起)?,?你(?:是|将|要|必须|就是|不再|只)",
    ),
    _Spec(
        "refusal.never-refuse.zh",
        JB,
        0.6,
        "zh",
        "forbids the model to refuse or warn (Chinese)",
        r"(?:不要|不能|不可以|绝不|永远不要|不得|禁止|不许|永远不会|不会)«3»(?:拒绝|说你不能|"
        r"道歉|添加警告|给出警告|免责声明)",
    ),
    # ---- Japanese ----
    _Spec(
        "override.ignore-previous.ja",
        INJ,
        0.9,
        "ja",
        "tells the model to ignore its previous instructions (Japanese)",
        r"(?:以前|前|事前|上記|これまで|先ほど|先程|最初|元|初期|全て|すべて|システム|今まで|既存)の?"
        r"«6»(?:指示|命令|ルール|指令|説明|プロンプト|設定|制約)«6»(?:無視|忘れ|破棄|従わな)|"
        r"(?:上記|これまで|今まで)(?:の内容|の文章|のこと)?(?:は|を|も)(?:すべて|全て)?(?:無視|忘れ)",
    ),
    _Spec(
        "extract.system-prompt.ja",
        INJ,
        0.8,
        "ja",
        "asks the model to reveal its system prompt or instructions (Japanese)",
        r"(?:システムプロンプト|初期プロンプト|最初の指示|元の指示|あなたの指示|システムメッセージ|"
        r"隠された指示|秘密の指示|上記の(?:文章|テキスト|指示|内容))«8»(?:表示|教え|出力|繰り返|"
        r"見せ|開示|書い|翻訳|印刷|言っ|何)",
    ),
    _Spec(
        "jailbreak.no-restrictions.ja",
        JB,
        0.75,
        "ja",
        "an AI persona without restrictions or censorship (Japanese)",
        r"(?:制限|制約|フィルター|検閲|倫理|ルール|規制)(?:の|が|や|も)?(?:一切)?(?:ない|なし|無し|"
        r"無い|を受けない|を無視|から解放|に縛られない|に従わない)",
    ),
    _Spec(
        "jailbreak.special-mode.ja",
        JB,
        0.7,
        "ja",
        "a named developer, god or override mode (Japanese)",
        r"(?:開発者|管理者|ゴッド|神|脱獄|制限なし|無制限|オーバーライド|ジェイルブレイク|デベロッパー)"
        r"モード",
    ),
    _Spec(
        "override.from-now-on.ja",
        INJ,
        0.4,
        "ja",
        "redefines the model's behaviour from now on (Japanese)",
        r"(?:今から|これから|今後|これ以降|以後)、?(?:あなたは|君は|お前は)",
    ),
    # ---- Korean ----
    _Spec(
        "override.ignore-previous.ko",
        INJ,
        0.9,
        "ko",
        "tells the model to ignore its previous instructions (Korean)",
        r"(?:이전|앞의|앞선|위의|위|기존|모든|원래|초기|시스템|지금까지의|이전의|당신의|너의)"
        r"«12»(?:지시|지침|명령|규칙|지시사항|지시 사항|프롬프트|설정|안내|제한)«8»(?:무시|잊어|"
        r"잊으|잊고|따르지 ?마|버려|무효)",
    ),
    _Spec(
        "extract.system-prompt.ko",
        INJ,
        0.8,
        "ko",
        "asks the model to reveal its system prompt or instructions (Korean)",
        r"(?:시스템 ?프롬프트|초기 ?프롬프트|원래 지시|당신의 지시|너의 지시|시스템 메시지|초기 "
        r"지시|숨겨진 지시|위의 (?:텍스트|내용|지시))«10»(?:보여|알려|출력|반복|공개|말해|인쇄|"
        r"번역|무엇)",
    ),
    _Spec(
        "jailbreak.no-restrictions.ko",
        JB,
        0.75,
        "ko",
        "an AI persona without restrictions or censorship (Korean)",
        r"(?:제한|제약|필터|검열|윤리|규칙)«3»(?:이|가|을|를|에)?«3»(?:없는|없이|없어|받지 "
        r"않는|무시하는|벗어난)",
    ),
    _Spec(
        "jailbreak.special-mode.ko",
        JB,
        0.7,
        "ko",
        "a named developer, god or unrestricted mode (Korean)",
        r"(?:개발자|관리자|신|탈옥|무제한|제한 없는|오버라이드|갓) ?모드",
    ),
    # ---- Arabic ----
    _Spec(
        "override.ignore-previous.ar",
        INJ,
        0.9,
        "ar",
        "tells the model to ignore its previous instructions (Arabic)",
        r"(?:تجاهل|تجاهلي|تجاهلوا|انس[َى]?|انسي|انسوا|اهمل|أهمل|تغاض[ىي]?|لا تتبع|لا تلتزم|"
        r"تخط[ىي]?|اترك)\S* ~3 (?:التعليمات|الإرشادات|التوجيهات|القواعد|الأوامر|تعليمات|"
        r"تعليماتك|إرشادات|قواعد|أوامر|ما تم|كل ما)\S*",
    ),
    _Spec(
        "extract.system-prompt.ar",
        INJ,
        0.8,
        "ar",
        "asks the model to reveal its system prompt or instructions (Arabic)",
        r"(?:اعرض|أظهر|اظهر|اكشف|كرر|اطبع|أخبرني|اخبرني|اكتب|ما هي|ما هو|شارك|أعطني|اعطني)"
        r" ~3 (?:موجه النظام|موجّه النظام|تعليمات النظام|رسالة النظام|تعليماتك|التعليمات "
        r"الأولية|التعليمات الأصلية|الموجه الأولي|التعليمات المخفية|التعليمات السرية|"
        r"موجه الأوامر)",
    ),
    _Spec(
        "jailbreak.no-restrictions.ar",
        JB,
        0.7,
        "ar",
        "an AI persona without restrictions or censorship (Arabic)",
        r"(?:ذكاء اصطناعي|الذكاء الاصطناعي|مساعد|نموذج|روبوت|أنت|انت|شخصية) ~5 (?:بدون|بلا|"
        r"دون|لا (?:تملك|يملك|يوجد|توجد)|غير مقيد|متحرر من) (?:أي )?(?:قيود|حدود|رقابة|فلاتر|"
        r"قواعد|أخلاق|مبادئ|سياسات)",
    ),
    _Spec(
        "jailbreak.special-mode.ar",
        JB,
        0.7,
        "ar",
        "a named developer, god or unrestricted mode (Arabic)",
        r"وضع (?:المطور|المطورين|المسؤول|المشرف|الإله|بدون قيود|غير المقيد|كسر الحماية|التجاوز)",
    ),
    # ---- Hindi ----
    _Spec(
        "override.ignore-previous.hi",
        INJ,
        0.9,
        "hi",
        "tells the model to ignore its previous instructions (Hindi)",
        r"(?:पिछले|पिछली|पहले के|पहले दिए|ऊपर के|ऊपर दिए|सभी|सारे|मूल|सिस्टम|पूर्व|अपने|"
        r"आपके) ~3 (?:निर्देशों|निर्देश|नियमों|नियम|आदेशों|आदेश|निर्देशन|हिदायतों) ~3 "
        r"(?:को )?(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल|उपेक्षा|इग्नोर|ध्यान न|मत मानो|न मानें)|"
        r"(?:जो भी|जो कुछ|सब कुछ) ~6 (?:उसे |को )?(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल जा)",
    ),
    _Spec(
        "extract.system-prompt.hi",
        INJ,
        0.8,
        "hi",
        "asks the model to reveal its system prompt or instructions (Hindi)",
        r"(?:सिस्टम प्रॉम्प्ट|सिस्टम प्रोम्प्ट|सिस्टम संदेश|प्रारंभिक निर्देश|मूल निर्देश|"
        r"अपने निर्देश|आपके निर्देश|छिपे हुए निर्देश) ~3 (?:दिखाओ|दिखाएं|दिखाइए|दिखाएँ|बताओ|"
        r"बताएं|बताइए|बताएँ|दोहराओ|दोहराएं|प्रिंट|लिखो|लिखें|प्रकट|क्या)",
    ),
    # ---- Asking for a guarded secret or for another person's data, in other languages ----
    # The English rules are `extract.secret-value` and `extract.user-data`; these carry the
    # same techniques, including the indirect asks (a poem, an acrostic, a translation or an
    # encoding of the password).
    _Spec(
        "extract.secret-value.es",
        INJ,
        0.55,
        "es",
        "asks the model for a secret it guards (Spanish)",
        r"\b(?:dime|cuál es|cual es|revela|revélame|comparte|compartir|dame|muestra|muéstrame|"
        r"escribe|deletrea|traduce|codifica|repite|confirma|proporciona|puedes (?:decirme|"
        r"compartir|darme)) ~3 (?:la|tu|su|el) (?:contraseña|clave secreta|clave de acceso|"
        r"palabra secreta|frase secreta|código secreto|código de acceso|frase de paso)\b",
        "dime cuál cual revela revélame comparte compartir dame muestra muéstrame escribe "
        "deletrea traduce codifica repite confirma proporciona puedes",
    ),
    _Spec(
        "extract.secret-value.fr",
        INJ,
        0.55,
        "fr",
        "asks the model for a secret it guards (French)",
        r"\b(?:dis-moi|dites-moi|quel est|révèle|révélez|partage|partagez|donne-moi|"
        r"donnez-moi|montre-moi|écris|écrivez|épelle|traduis|traduisez|encode|encodez|répète|"
        r"confirme|confirmez|avec|pouvez-vous) ~4 (?:le|ton|votre|son) (?:mot de passe|code "
        r"secret|code d'accès|mot secret|phrase secrète|phrase de passe)\b",
        "dis-moi dites-moi quel révèle révélez partage partagez donne-moi donnez-moi montre-moi "
        "écris écrivez épelle traduis traduisez encode encodez répète confirme confirmez avec "
        "pouvez-vous",
    ),
    _Spec(
        "extract.secret-value.de",
        INJ,
        0.55,
        "de",
        "asks the model for a secret it guards (German)",
        r"\b(?:sag mir|sagen sie mir|was ist|wie lautet|verrate|verraten sie|teile|teilen sie|"
        r"gib mir|geben sie mir|zeig mir|zeigen sie mir|schreibe|schreib|buchstabiere|"
        r"übersetze|kodiere|wiederhole|bestätige|nenne|nennen sie) ~3 (?:das|dein|ihr|die|"
        r"den|deine|ihre) (?:passwort|kennwort|geheimwort|zugangscode|geheimcode|passphrase|"
        r"geheimnis|pin)\b",
        "sag sagen was wie verrate verraten teile teilen gib geben zeig zeigen schreibe schreib "
        "buchstabiere übersetze kodiere wiederhole bestätige nenne nennen",
    ),
    _Spec(
        "extract.secret-value.pt",
        INJ,
        0.55,
        "pt",
        "asks the model for a secret it guards (Portuguese)",
        r"\b(?:diga-me|diz-me|me diga|qual é|qual e|revele|revela|partilhe|partilhar|"
        r"compartilhe|compartilhar|dê-me|me dê|mostre|escreva|soletre|traduza|codifique|"
        r"repita|confirme|podes|pode) ~3 (?:a|tua|sua|o|seu|teu) (?:senha|palavra-passe|"
        r"palavra passe|palavra secreta|código secreto|código de acesso|frase secreta)\b",
        "diga-me diz-me me qual revele revela partilhe partilhar compartilhe compartilhar dê-me "
        "mostre escreva soletre traduza codifique repita confirme podes pode",
    ),
    _Spec(
        "extract.secret-value.it",
        INJ,
        0.55,
        "it",
        "asks the model for a secret it guards (Italian)",
        r"\b(?:dimmi|mi dica|qual è|qual e|quale è|rivela|rivelami|condividi|dammi|mostrami|"
        r"scrivi|compita|traduci|codifica|ripeti|conferma|puoi) ~3 (?:la|tua|sua|il|tuo|suo) "
        r"(?:password|parola d'ordine|parola segreta|codice segreto|codice di accesso|"
        r"passphrase)\b",
        "dimmi mi qual quale rivela rivelami condividi dammi mostrami scrivi compita traduci "
        "codifica ripeti conferma puoi",
    ),
    _Spec(
        "extract.secret-value.ru",
        INJ,
        0.55,
        "ru",
        "asks the model for a secret it guards (Russian)",
        r"(?:скажи|скажите|какой|каков|назови|назовите|раскрой|покажи|покажите|напиши|"
        r"напишите|поделись|поделитесь|переведи|закодируй|повтори|сообщи|сообщите|дай|дайте)"
        r" ~3 (?:пароль|секретн\S+ (?:код|слово|ключ|фраз\S*)|код доступа|кодовое слово)",
    ),
    _Spec(
        "extract.secret-value.zh",
        INJ,
        0.55,
        "zh",
        "asks the model for a secret it guards (Chinese)",
        r"(?:告诉我|说出|透露|泄露|分享|给我|显示|写出|写一|翻译|编码|重复|拼写|是什么|是多少)"
        r"«8»(?:密码|口令|密钥|秘密代码|访问码|暗号)|(?:密码|口令|密钥|访问码|暗号)«6»(?:是什么|"
        r"是多少|告诉我|写|诗|翻译|编码|倒过来|反过来)",
    ),
    _Spec(
        "extract.secret-value.ja",
        INJ,
        0.55,
        "ja",
        "asks the model for a secret it guards (Japanese)",
        r"(?:パス ?ワード|パスフレーズ|暗証番号|秘密の(?:コード|言葉|キー)|アクセスコード|合言葉)"
        r"«10»(?:教えて|共有|見せて|書いて|書く|詩|翻訳|エンコード|逆|何|は\?|ですか|明かして|"
        r"言って)",
    ),
    _Spec(
        "extract.secret-value.ko",
        INJ,
        0.55,
        "ko",
        "asks the model for a secret it guards (Korean)",
        r"(?:비밀번호|암호|패스워드|비밀 ?코드|접근 ?코드|기밀 문자열|비밀 문자열)«10»(?:알려|"
        r"말해|공유|보여|확인해|써|작성|시|번역|인코딩|거꾸로|무엇|뭐)",
    ),
    _Spec(
        "extract.secret-value.ar",
        INJ,
        0.55,
        "ar",
        "asks the model for a secret it guards (Arabic)",
        r"(?:أخبرني|اخبرني|ما هي|ما هو|شارك|أعطني|اعطني|اكشف|اكتب|ترجم|كرر|قل)"
        r" ~3 (?:كلمة (?:المرور|السر)|كلمة مرورك|الرمز السري|رمز الوصول)",
    ),
    _Spec(
        "extract.secret-value.hi",
        INJ,
        0.55,
        "hi",
        "asks the model for a secret it guards (Hindi)",
        r"(?:पासवर्ड|पासफ्रेज़|पासफ्रेज|गुप्त कोड|एक्सेस कोड)«20»(?:बताओ|बताएं|बताइए|साझा|"
        r"दिखाओ|लिखो|लिखें|अनुवाद|क्या है)",
    ),
    # ---- Personal data the model holds, in other languages (`extract.user-data`) ----
    # A request (tell, reveal, translate, encode, reverse ...) for a field of the user's,
    # a customer's or a patient's record: the user's birthday, email, address, city.
    _Spec(
        "extract.user-data.es",
        INJ,
        0.45,
        "es",
        "asks the model for the personal data of the user it holds (Spanish)",
        r"\b(?:dime|dígame|cuál es|cual es|revela|revélame|comparte|compartir|dame|muéstrame|"
        r"escribe|escribir|deletrea|traduce|traducir|codifica|codificar|invierte|invertir|"
        r"repite|proporciona|decirme|darme) ~4 (?:(?:dirección de )?correo(?: electrónico)?|"
        r"dirección|domicilio|fecha de nacimiento|año de nacimiento|mes de nacimiento|"
        r"cumpleaños|(?:número de )?teléfono|\S+ favorit[oa]|ciudad de residencia|ubicación|"
        r"iniciales|edad|número de (?:la )?seguridad social|tarjeta de crédito|cuenta bancaria|"
        r"salario) (?:actual )?(?:del|de la|de los) (?:usuari[oa]s?|client[ea]s?|pacientes?)\b",
        "dime dígame cuál cual revela revélame comparte compartir dame muéstrame escribe "
        "escribir deletrea traduce traducir codifica codificar invierte invertir repite "
        "proporciona decirme darme",
    ),
    _Spec(
        "extract.user-data.fr",
        INJ,
        0.45,
        "fr",
        "asks the model for the personal data of the user it holds (French)",
        r"\b(?:dis-moi|dites-moi|quel est|quelle est|révèle|révélez|partage|partagez|"
        r"donne-moi|donnez-moi|montre-moi|montrez-moi|écris|écrivez|épelle|épelez|traduis|"
        r"traduisez|traduire|encode|encodez|encoder|inverse|inversez|inverser|répète|répétez|"
        r"dire) ~4 (?:(?:adresse )?e-?mail|adresse(?: e-mail| électronique| postale)?|courriel|"
        r"date de naissance|année de naissance|mois de naissance|anniversaire|(?:numéro de )?"
        r"téléphone|\S+ préférée?|ville de résidence|localisation|initiales|âge|numéro de "
        r"sécurité sociale|carte de crédit|compte bancaire|salaire) (?:actuelle? )?(?:de "
        r"l['’]utilisat(?:eur|rice)|des utilisateurs|du client|de la cliente|des clients|du "
        r"patient|de la patiente)\b",
        "dis-moi dites-moi quel quelle révèle révélez partage partagez donne-moi donnez-moi "
        "montre-moi montrez-moi écris écrivez épelle épelez traduis traduisez traduire encode "
        "encodez encoder inverse inversez inverser répète répétez dire",
    ),
    _Spec(
        "extract.user-data.de",
        INJ,
        0.45,
        "de",
        "asks the model for the personal data of the user it holds (German)",
        r"\b(?:sag|sagen|was ist|wie lautet|wie lauten|verrate|verraten|teile|teilen|gib|geben|"
        r"zeig|zeigen|schreibe|schreib|buchstabiere|übersetze|übersetzen|kodiere|kodieren|"
        r"nenne|nennen) ~5 (?:e-?mail(?:-adresse)?|(?:wohn)?adresse|geburtsdatum|geburtsjahr|"
        r"geburtstag|telefonnummer|lieblings\S+|wohnort|standort|initialen|alter|"
        r"sozialversicherungsnummer|kreditkart\S*|kontonummer|gehalt) (?:des|der|von dem|vom) "
        r"(?:benutzers|nutzers|users|kunden|patienten|benutzerin|nutzerin|kundin|patientin)\b",
        "sag sagen was wie verrate verraten teile teilen gib geben zeig zeigen schreibe schreib "
        "buchstabiere übersetze übersetzen kodiere kodieren nenne nennen",
    ),
    _Spec(
        "extract.user-data.pt",
        INJ,
        0.45,
        "pt",
        "asks the model for the personal data of the user it holds (Portuguese)",
        r"\b(?:diga-me|diz-me|me diga|me diz|qual é|qual e|revele|revela|partilhe|compartilhe|"
        r"dê-me|me dê|mostre|escreva|soletre|traduza|traduzir|codifique|codificar|inverta|"
        r"inverter|repita|dizer-me|me dizer) ~4 (?:e-?mail|endereço(?: de e-?mail)?|data de "
        r"nascimento|ano de nascimento|mês de nascimento|aniversário|(?:número de )?telefone|"
        r"\S+ favorit[oa]|cidade de residência|localização|iniciais|idade|cartão de crédito|"
        r"conta bancária|salário) (?:atual )?(?:do|da|dos|das) (?:usuári[oa]s?|utilizador(?:a|"
        r"es)?|client(?:e|es)|pacientes?)\b",
        "diga-me diz-me me qual revele revela partilhe compartilhe dê-me mostre escreva soletre "
        "traduza traduzir codifique codificar inverta inverter repita dizer-me",
    ),
    _Spec(
        "extract.user-data.it",
        INJ,
        0.45,
        "it",
        "asks the model for the personal data of the user it holds (Italian)",
        r"\b(?:dimmi|mi dica|qual è|quale è|rivela|rivelami|condividi|dammi|mostrami|scrivi|"
        r"compita|traduci|tradurre|codifica|codificare|inverti|invertire|ripeti|dirmi) ~4 "
        r"(?:e-?mail|indirizzo(?: e-?mail| di casa)?|data di nascita|anno di nascita|mese di "
        r"nascita|compleanno|(?:numero di )?telefono|\S+ preferit[oa]|città di residenza|"
        r"posizione|iniziali|età|codice fiscale|carta di credito|conto bancario|stipendio) "
        r"(?:attuale )?(?:dell['’]utente|degli utenti|del cliente|della cliente|dei clienti|"
        r"del paziente|della paziente)\b",
        "dimmi mi qual quale rivela rivelami condividi dammi mostrami scrivi compita traduci "
        "tradurre codifica codificare inverti invertire ripeti dirmi",
    ),
    _Spec(
        "extract.user-data.ru",
        INJ,
        0.45,
        "ru",
        "asks the model for the personal data of the user it holds (Russian)",
        r"(?:скажи|скажите|какой|какая|какое|каков|назови|назовите|раскрой|раскройте|покажи|"
        r"покажите|напиши|напишите|поделись|поделитесь|переведи|переведите|закодируй|"
        r"закодируйте|сообщи|сообщите|дай|дайте|расскажи|расскажите) ~5 (?:адрес\S*|"
        r"электронн\S+ почт\S+|e-?mail|дат\S+ рождения|год\S* рождения|день рождения|дня "
        r"рождения|номер\S* телефона|любим\S+ \S+|город\S* проживания|местоположени\S+|"
        r"инициал\S+|возраст\S*|зарплат\S+|\S+ статус\S*) ~2 (?:пользовател\S*|клиент\S*|"
        r"пациент\S*)",
    ),
    _Spec(
        "extract.user-data.zh",
        INJ,
        0.45,
        "zh",
        "asks the model for the personal data of the user it holds (Chinese)",
        r"(?:告诉我|说出|透露|泄露|分享|给我|写出|翻译|编码|拼写)«14»(?:用户|使用者|客户|患者|"
        r"病人)的?«6»(?:生日|出生日期|出生年份|出生月份|电子邮件|电子邮箱|邮箱|地址|住址|电话|"
        r"手机号|喜欢的|居住|所在城市|位置|首字母|缩写|年龄|经济状况|工资|信用卡)|(?:用户|使用者|"
        r"客户|患者|病人)的?«6»(?:生日|出生日期|出生年份|出生月份|电子邮件|电子邮箱|邮箱|地址|"
        r"住址|电话|手机号|喜欢的\S{1,3}|居住|所在城市|位置|首字母|缩写|年龄|工资)«10»"
        r"(?:是什么|是多少|是哪|在哪|倒过来|反过来|翻译|编码)",
    ),
    _Spec(
        "extract.user-data.ja",
        INJ,
        0.45,
        "ja",
        "asks the model for the personal data of the user it holds (Japanese)",
        r"(?:ユーザー?|利用者|顧客|お客様|患者)(?:さん)?の«4»(?:誕生日|生年月日|生まれ|メール|"
        r"住所|電話番号|好きな|居住地|住んで|現在地|イニシャル|年齢|給料|クレジットカード)"
        r"«16»(?:教えて|共有|見せて|書いて|翻訳|エンコード|逆|何|ですか|明かして|言って)",
    ),
    _Spec(
        "extract.user-data.ko",
        INJ,
        0.45,
        "ko",
        "asks the model for the personal data of the user it holds (Korean)",
        r"(?:사용자|유저|고객|환자|이용자)(?:의|님의)? ?«4»(?:생일|생년월일|출생|이메일|주소|"
        r"전화번호|좋아하는|거주|위치|이니셜|나이|급여|신용카드)«16»(?:알려|말해|공유|보여|써|"
        r"작성|번역|인코딩|거꾸로|무엇|뭐|인가요|입니까)",
    ),
    _Spec(
        "extract.user-data.ar",
        INJ,
        0.45,
        "ar",
        "asks the model for the personal data of the user it holds (Arabic)",
        r"(?:أخبرني|اخبرني|ما هو|ما هي|شارك|مشاركة|أعطني|اعطني|اكشف|اكتب|ترجم|ترجمة|كرر|قل|"
        r"أرسل) ~4 (?:تاريخ ميلاد|عيد ميلاد|سنة ميلاد|البريد الإلكتروني|بريد|عنوان|رقم هاتف|"
        r"(?:ال)?لون (?:ال)?مفضل|مدينة|موقع|الأحرف الأولى|عمر|راتب) ~2 (?:لل|ل)?"
        r"(?:المستخدم|مستخدم|العميل|المريض)",
    ),
    _Spec(
        "extract.user-data.hi",
        INJ,
        0.45,
        "hi",
        "asks the model for the personal data of the user it holds (Hindi)",
        r"(?:उपयोगकर्ता|यूज़र|यूजर|ग्राहक|मरीज़|मरीज) (?:का|की|के) ~2 (?:जन्मदिन|जन्म तिथि|"
        r"जन्मतिथि|जन्म वर्ष|ईमेल|पता|फ़ोन नंबर|फोन नंबर|पसंदीदा|शहर|स्थान|आद्याक्षर|उम्र|"
        r"वेतन)«24»(?:बताओ|बताएं|बताएँ|बताइए|बता सकते|साझा|दिखाओ|लिखो|लिखें|अनुवाद|क्या)",
    ),
    _Spec(
        "extract.user-data.vi",
        INJ,
        0.45,
        "vi",
        "asks the model for the personal data of the user it holds (Vietnamese)",
        r"\b(?:cho tôi biết|nói cho tôi|tiết lộ|chia sẻ|viết|dịch|mã hóa|đảo ngược|đánh vần) ~4 "
        r"(?:ngày sinh|năm sinh|tháng sinh|sinh nhật|địa chỉ(?: email| nhà)?|email|số điện "
        r"thoại|màu (?:sắc )?yêu thích|\S+ yêu thích|thành phố|vị trí|chữ cái đầu|tên viết tắt|"
        r"tuổi|lương|thẻ tín dụng) (?:hiện tại )?(?:của )?(?:người dùng|khách hàng|bệnh nhân)",
        "cho nói tiết chia viết dịch mã đảo đánh",
    ),
    _Spec(
        "extract.user-data.id",
        INJ,
        0.45,
        "id",
        "asks the model for the personal data of the user it holds (Indonesian)",
        r"\b(?:beri tahu|beritahu|katakan|sebutkan|ungkapkan|bagikan|tulis|tuliskan|"
        r"terjemahkan|menerjemahkan|kodekan|mengode|mengkodekan|balikkan|membalik|mengeja|"
        r"eja) ~4 (?:tanggal lahir|tahun lahir|bulan lahir|ulang tahun|alamat(?: email| "
        r"rumah)?|email|nomor telepon|\S+ favorit|kota tempat tinggal|lokasi|inisial|usia|umur|"
        r"gaji|kartu kredit) (?:saat ini )?(?:dari )?(?:pengguna|pelanggan|pasien)\b",
        "beri beritahu katakan sebutkan ungkapkan bagikan tulis tuliskan terjemahkan "
        "menerjemahkan kodekan mengode mengkodekan balikkan membalik mengeja eja",
    ),
    _Spec(
        "extract.user-data.tr",
        INJ,
        0.45,
        "tr",
        "asks the model for the personal data of the user it holds (Turkish)",
        r"\b(?:kullanıcının|kullanıcı|müşterinin|müşteri|hastanın) (?:\S+ )?(?:doğum "
        r"(?:tarih|gün|yıl|ay)\S*|e-?posta\S*|adres\S*|telefon\S*|favori \S+|en sevdiği \S+|"
        r"yaşadığı \S+|konum\S*|baş harf\S*|yaş\S*|maaş\S*|kredi kart\S*) ~4 (?:söyle\S*|ver\S*|"
        r"yaz\S*|paylaş\S*|nedir|ne|çevir\S*|göster\S*|kodla\S*|ters)",
        "kullanıcının kullanıcı müşterinin müşteri hastanın",
    ),
    _Spec(
        "extract.user-data.th",
        INJ,
        0.45,
        "th",
        "asks the model for the personal data of the user it holds (Thai)",
        r"(?:บอก|เขียน|แปล|เปิดเผย|แชร์|เข้ารหัส)«24»(?:วันเกิด|ปีเกิด|เดือนเกิด|อีเมล|ที่อยู่|"
        r"เบอร์โทร|หมายเลขโทรศัพท์|สีที่ชอบ|สีโปรด|ที่ชอบ|เมือง|ตำแหน่ง|ชื่อย่อ|อักษรย่อ|อายุ|"
        r"เงินเดือน|บัตรเครดิต)«4»(?:ผู้ใช้|ลูกค้า|ผู้ป่วย)|(?:ผู้ใช้|ลูกค้า|ผู้ป่วย)"
        r"(?:อยู่ที่ไหน|อาศัยอยู่ที่ไหน)",
    ),
    _Spec(
        "extract.user-data.bn",
        INJ,
        0.45,
        "bn",
        "asks the model for the personal data of the user it holds (Bengali)",
        r"(?:ব্যবহারকারীর|ব্যবহারকারী|গ্রাহকের|রোগীর) ~2 (?:জন্মদিন|জন্ম তারিখ|জন্মতারিখ|"
        r"জন্ম সাল|ইমেল|ইমেইল|ঠিকানা|ফোন নম্বর|প্রিয়|শহর|অবস্থান|আদ্যক্ষর|বয়স|বেতন)"
        r"«30»(?:বলুন|বলো|বলতে|লিখুন|লেখো|শেয়ার|অনুবাদ|কী|কি)",
    ),
    _Spec(
        "extract.user-data.tl",
        INJ,
        0.45,
        "tl",
        "asks the model for the personal data of the user it holds (Tagalog)",
        r"\b(?:sabihin|ibigay|ano ang|isulat|isalin|ibahagi|ipakita|i-encode|baligtarin) ~4 "
        r"(?:kaarawan|petsa ng kapanganakan|taon ng kapanganakan|email(?: address)?|address|"
        r"tirahan|numero ng telepono|paboritong \S+|lungsod|lokasyon|inisyal|edad|sweldo|"
        r"suweldo) ng (?:user|gumagamit|customer|kliyente|pasyente)\b",
        "sabihin ibigay ano isulat isalin ibahagi ipakita i-encode baligtarin",
    ),
    # ---- A guarded secret, in more languages (`extract.secret-value`) ----
    _Spec(
        "extract.secret-value.vi",
        INJ,
        0.55,
        "vi",
        "asks the model for a secret it guards (Vietnamese)",
        r"(?<!không )(?<!đừng )\b(?:cho tôi biết|nói cho tôi|tiết lộ|chia sẻ|đưa cho tôi|"
        r"làm thơ|làm một bài thơ|"
        r"viết (?:một )?(?:bài )?(?:thơ|haiku|bài hát|câu đố|truyện)|dịch|mã hóa|đánh vần|"
        r"đảo ngược) ~3 (?:về )?(?:mật khẩu|mã bí mật|mã truy cập|khóa bí mật|từ bí mật)|"
        r"\b(?:mật khẩu|mã bí mật|mã truy cập) (?:của bạn )?(?:là gì|là bao nhiêu)",
        "cho nói tiết chia đưa làm viết dịch mã đánh đảo mật",
    ),
    _Spec(
        "extract.secret-value.id",
        INJ,
        0.55,
        "id",
        "asks the model for a secret it guards (Indonesian)",
        r"(?<!jangan )\b(?:beri tahu|beritahu|katakan|sebutkan|ungkapkan|bagikan|"
        r"terjemahkan|kodekan|mengode|eja|balikkan|puisi|haiku|akrostik|lagu) ~3 (?:tentang )?"
        r"(?:kata sandi|kata laluan|sandi rahasia|kode rahasia|kode akses|kunci rahasia)"
        r"(?! baru| yang kuat)|\bapa (?:itu )?(?:kata sandi|kode rahasia|kode akses) "
        r"(?:anda|kamu|rahasia)\b",
        "beri beritahu katakan sebutkan ungkapkan bagikan terjemahkan kodekan mengode eja "
        "balikkan puisi haiku akrostik lagu apa",
    ),
    _Spec(
        "extract.secret-value.tr",
        INJ,
        0.55,
        "tr",
        "asks the model for a secret it guards (Turkish)",
        r"\b(?:gizli )?(?:şifre\S*|parola\S*|gizli kod\S*|erişim kod\S*|gizli anahtar\S*) "
        r"~3 (?:söyle(?!me)\S*|paylaş(?!ma)\S*|açıkla|çevir\S*|nedir|ne\b|kodla\S*)|"
        r"\b(?:şiir|haiku|akrostiş|şarkı) ~4 (?:şifre|parola)",
        "gizli şifre şifreyi şifreni şifreniz şifrenizi şifren parola parolayı parolanızı "
        "parolanı parolanız şiir haiku akrostiş şarkı",
    ),
    _Spec(
        "extract.secret-value.th",
        INJ,
        0.55,
        "th",
        "asks the model for a secret it guards (Thai)",
        r"(?<!อย่า)(?:บอก|เปิดเผย|แชร์|เขียน|แปล|เข้ารหัส|กลอน|บทกวี|ไฮกุ|เพลง)«16»(?:รหัสผ่าน|รหัสลับ|"
        r"รหัสเข้าถึง)|(?:รหัสผ่าน|รหัสลับ)(?:ของคุณ)?(?:คืออะไร|คือ\?)",
    ),
    _Spec(
        "extract.secret-value.bn",
        INJ,
        0.55,
        "bn",
        "asks the model for a secret it guards (Bengali)",
        r"(?:পাসওয়ার্ড|গোপন কোড|অ্যাক্সেস কোড|গোপন শব্দ)«30»(?:বলুন|বলো|বলতে পারেন|"
        r"শেয়ার করুন|অনুবাদ|কবিতা)|(?:কবিতা|হাইকু|গান)«20»(?:পাসওয়ার্ড|গোপন কোড)|"
        r"(?:পাসওয়ার্ড|গোপন কোড)(?:টি)? (?:কী|কি) ?\?",
    ),
    _Spec(
        "extract.secret-value.tl",
        INJ,
        0.55,
        "tl",
        "asks the model for a secret it guards (Tagalog)",
        r"\b(?:sabihin|ibigay|isulat|isalin|ibahagi|ipakita) (?:mo )?(?:sa akin )?ang "
        r"(?:iyong )?(?:lihim na )?(?:password|passcode|access code|lihim na (?:code|salita))\b|"
        r"\bano ang (?:iyong|lihim na) (?:password|passcode|code)\b|\b(?:tula|haiku|awit) ~4 "
        r"(?:password|passcode|lihim na code)\b",
        "sabihin ibigay ano isulat isalin ibahagi ipakita tula haiku awit",
    ),
    _Spec(
        "override.ignore-above.ko",
        INJ,
        0.8,
        "ko",
        "tells the model to ignore everything said before (Korean)",
        r"(?:위의?|앞의?|이전의?|지금까지의?) ?(?:것|내용|말|텍스트|글|모든 것)«8»(?:무시|잊어|"
        r"잊고)",
    ),
    _Spec(
        "override.ignore-above.ja",
        INJ,
        0.8,
        "ja",
        "tells the model to ignore everything said before (Japanese)",
        r"(?:上記|上|前|これまで|今まで)の?(?:内容|こと|文|テキスト|話|全て|すべて)?"
        r"(?:は|を)?«2»(?:無視|忘れ)",
    ),
    _Spec(
        "override.ignore-above.zh",
        INJ,
        0.8,
        "zh",
        "tells the model to ignore everything said before (Chinese)",
        r"(?:忽略|无视|忽视|忘记|忘掉|不要理会|别管)(?:掉)?(?:以上|上面|上述|前面|之前)(?:的)?"
        r"(?:所有|一切|全部)?(?:内容|文字|话|东西|信息|所有)?",
    ),
)


def _turkish_i(text: str) -> str:
    """Lowercasing Turkish capitals yields i + combining dot (from İ) and plain i (from I)."""
    return re.sub("[iı]", "[iı]\u0307?", text)


def _compile(spec: _Spec) -> TextRule:
    template = _expand(spec.template)
    if "tr" in spec.languages.split() and spec.id.endswith(".tr"):
        template = _turkish_i(template)
    return TextRule(
        id=spec.id,
        category=spec.category,
        reason=spec.reason,
        pattern=re.compile(template),
        weight=spec.weight,
        languages=tuple(spec.languages.split()),
        data_only=spec.data_only,
    )


RULES: Final[tuple[TextRule, ...]] = tuple(_compile(s) for s in _SPECS)
_RULE_BY_ID: Final = {r.id: r for r in RULES}

# Punctuation becomes space before the text is split into words for the anchor look-up.
_PUNCT: Final = (
    "🔓🔒!\"#$%&'()*+,./:;<=>?@[\\]^`{|}~¡¿«»“”„‘’‚‹›…—–·。、，！？：；（）「」『』【】《》"
)
_TO_SPACE: Final = str.maketrans(dict.fromkeys(_PUNCT, " "))
# Off ASCII, `str.translate` looks every character up in a dict, and a regex tries the class's
# characters one by one: a table indexed by code point marks punctuation in one pass instead.
_PUNCT_BMP: Final = np.zeros(0x10001, dtype=bool)  # the last entry stands for every astral one
_PUNCT_ASTRAL: Final = tuple(sorted(ord(c) for c in _PUNCT if ord(c) > 0xFFFF))
for _c in _PUNCT:
    if ord(_c) <= 0xFFFF:
        _PUNCT_BMP[ord(_c)] = True


def _punct_to_space(text: str) -> str:
    """`text.translate(_TO_SPACE)`: every character of `_PUNCT` made a space."""
    if text.isascii():
        return text.translate(_TO_SPACE)
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    mask = _PUNCT_BMP.take(cps, mode="clip")  # every astral code point reads the last entry
    for cp in _PUNCT_ASTRAL:
        mask |= cps == cp
    if not mask.any():
        return text
    out = cps.copy()
    out[mask] = 32
    return out.tobytes().decode("utf-32-le", "surrogatepass")


_ANY_SCRIPT: Final = re.compile("[" + "".join(rx.pattern[1:-1] for rx in _SCRIPT_RX.values()) + "]")


def _build_gates() -> tuple[
    dict[str, tuple[int, ...]], tuple[tuple[re.Pattern[str], tuple[int, ...]], ...]
]:
    by_word: dict[str, list[int]] = {}
    by_script: dict[str, list[int]] = {}
    for i, spec in enumerate(_SPECS):
        langs = spec.languages.split()
        scripts = {_SCRIPT_OF[lang] for lang in langs if lang in _SCRIPT_OF}
        if scripts:
            if spec.anchors:
                raise ValueError(f"{spec.id}: script-gated rules take no anchors")
            for script in scripts:
                by_script.setdefault(script, []).append(i)
            continue
        if not spec.anchors:
            raise ValueError(f"{spec.id}: a Latin-script rule needs anchor words")
        words = spec.anchors.split()
        if spec.id.endswith(".tr"):  # also the forms lowercased from Turkish capitals
            words += [w.replace("i", "i\u0307").replace("ı", "i") for w in words]
        for word in words:
            if word != word.translate(_TO_SPACE):
                raise ValueError(f"{spec.id}: anchor {word!r} holds punctuation")
            by_word.setdefault(word, []).append(i)
    scripts_out = tuple((_SCRIPT_RX[s], tuple(ix)) for s, ix in by_script.items())
    return {w: tuple(ix) for w, ix in by_word.items()}, scripts_out


_BY_WORD, _BY_SCRIPT = _build_gates()
_WORD_KEYS: Final = frozenset(_BY_WORD)
_WINDOW: Final = tuple(s.window for s in _SPECS)
_DENSE: Final = 256  # more starts than this for one anchor word: drop repeated contexts
_MEMO_BACK: Final = 16  # lookbehind reach of any pattern
_MEMO_AHEAD: Final = 400  # longer than nearly every match


def rule_by_id(rule_id: str) -> TextRule:
    """The rule with this id; `KeyError` when there is none."""
    return _RULE_BY_ID[rule_id]


def _word_starts(spaced: str, word: str) -> list[int]:
    """Offsets where `word` starts a word of `spaced` (the text with punctuation as spaces)."""
    out = [0] if spaced.startswith(word) else []
    needle = " " + word
    find = spaced.find
    i = find(needle)
    while i != -1:
        out.append(i + 1)
        i = find(needle, i + 2)
    return out


def _distinct(text: str, starts: list[int]) -> list[int]:
    """Drop starts whose surrounding text repeats an earlier one's (hostile repetition).

    Every rule sees the same outcome at two starts with equal context, so trying one is enough.
    """
    if len(starts) <= _DENSE:
        return starts
    seen: set[str] = set()
    out: list[int] = []
    for p in starts:
        key = text[p - _MEMO_BACK if p > _MEMO_BACK else 0 : p + _MEMO_AHEAD]
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _starts_before(spaced: str, p: int, back: int) -> list[int]:
    """`p` and every word start of `spaced` in the `back` characters before it."""
    out = [p]
    lo = max(0, p - back)
    rfind = spaced.rfind
    q = rfind(" ", lo, p - 1) if p > 1 else -1
    while q != -1:
        out.append(q + 1)
        q = rfind(" ", lo, q)
    if lo == 0 and p > 0:
        out.append(0)
    return out


# --- match prefixes ------------------------------------------------------------------------------
# Every attempt to match a rule at an offset costs a regex call, and nearly all attempts fail on
# the first word. The strings a rule's matches can begin with are read once from the parsed
# pattern, so an offset whose text begins with none of them is skipped without a call: a
# necessary condition only, so no match is ever lost.

_PREFIX_LEN: Final = 4  # characters of each match's start compared before the regex runs
_PREFIX_CAP: Final = 4096  # more distinct prefixes than this: compare fewer characters


class _NoPrefix(Exception):
    """The pattern's possible starts are not a small set of strings."""


# (string, whether more of the pattern follows it): a string with False is either `rem` long or
# followed by a character class too wide to list.
_Prefixes = set[tuple[str, bool]]


def _seq_prefixes(items: list[Any], rem: int) -> _Prefixes:
    if not items:
        return {("", True)}
    if rem == 0:
        return {("", False)}
    out: _Prefixes = set()
    for head, done in _node_prefixes(items[0], rem):
        if done and len(head) < rem:
            for tail, tail_done in _seq_prefixes(items[1:], rem - len(head)):
                out.add((head + tail, tail_done))
        else:
            out.add((head, False))
        if len(out) > _PREFIX_CAP:
            raise _NoPrefix
    return out


def _node_prefixes(item: tuple[Any, Any], rem: int) -> _Prefixes:
    op, av = item
    if op is _sre_c.LITERAL:
        return {(chr(av), True)}
    if op is _sre_c.IN:
        chars: set[str] = set()
        for kind, arg in av:
            if kind is _sre_c.LITERAL:
                chars.add(chr(arg))
            elif kind is _sre_c.RANGE and arg[1] - arg[0] <= 64:
                chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
            else:  # negated sets, categories, wide ranges: any character may come next
                return {("", False)}
        return {(c, True) for c in chars}
    if op in (_sre_c.ANY, _sre_c.NOT_LITERAL):
        return {("", False)}
    if op in (_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT):
        return {("", True)}  # zero width: ignoring the condition only widens the set
    if op is _sre_c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            raise _NoPrefix
        return _seq_prefixes(list(sub), rem)
    if op is _sre_c.ATOMIC_GROUP:
        return _seq_prefixes(list(av), rem)
    if op is _sre_c.BRANCH:
        out: _Prefixes = set()
        for alt in av[1]:
            out |= _seq_prefixes(list(alt), rem)
        if len(out) > _PREFIX_CAP:
            raise _NoPrefix
        return out
    if op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, _sre_c.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        sub_items = list(sub)
        out = set()
        seen: _Prefixes = set()
        frontier: _Prefixes = {("", True)}
        count = 0
        while frontier:
            if count >= lo:
                frontier -= seen
                seen |= frontier
                out |= frontier
            if count >= hi:
                break
            grown: _Prefixes = set()
            for head, done in frontier:
                if not done or len(head) >= rem:
                    if count < lo:
                        out.add((head, False))
                    continue
                for tail, tail_done in _seq_prefixes(sub_items, rem - len(head)):
                    grown.add((head + tail, tail_done and len(head) + len(tail) < rem))
            frontier = grown
            count += 1
            if len(out) + len(frontier) > _PREFIX_CAP:
                raise _NoPrefix
        return out
    raise _NoPrefix


@functools.cache
def _parse(pattern: re.Pattern[str]) -> Any:
    """The parsed form of `pattern` (read by the prefix and required-string analyses; rules'
    patterns are parsed once however many of them ask)."""
    return _sre_parse.parse(pattern.pattern, pattern.flags)


def _match_prefixes(
    pattern: re.Pattern[str], longest: int = _PREFIX_LEN
) -> tuple[int, frozenset[str], tuple[str, ...]] | None:
    """(k, strings of length k, shorter strings) such that every non-empty match of `pattern`
    begins with one of them; None when unknown. k is the largest length up to `longest` for which
    the strings are few enough; a shorter string is a whole match or is followed by a wide
    character class."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = list(_parse(pattern))
    except re.error:  # pragma: no cover - every rule compiled already
        return None
    for k in range(longest, 0, -1):
        try:
            found = _seq_prefixes(parsed, k)
        except _NoPrefix:
            continue
        short = tuple(sorted(s for s, _done in found if len(s) < k))
        if "" in short:
            return None
        return k, frozenset(s for s, _done in found if len(s) == k), short
    return None


_NO_HEADS: Final[frozenset[str]] = frozenset()
_PREFIX_OF: list[tuple[int, frozenset[str], tuple[str, ...]] | None] = []


def _prefixes_of(i: int) -> tuple[int, frozenset[str], tuple[str, ...]] | None:
    """The match prefixes of rule `i`, worked out on first use."""
    if not _PREFIX_OF:
        _PREFIX_OF.extend([None] * len(RULES))
        _PREFIX_DONE.extend([False] * len(RULES))
    if not _PREFIX_DONE[i]:
        _PREFIX_OF[i] = _match_prefixes(RULES[i].pattern)
        _PREFIX_DONE[i] = True
    return _PREFIX_OF[i]


_PREFIX_DONE: list[bool] = []


def _space_starts(spaced: str) -> list[int]:
    """Offsets right after each space of `spaced`, ascending."""
    if spaced.isascii():
        codes = np.frombuffer(spaced.encode("ascii"), dtype=np.uint8)
    else:
        codes = np.frombuffer(spaced.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    out: list[int] = ((codes == 32).nonzero()[0] + 1).tolist()
    return out


_LONG_TEXT: Final = 32_768  # from this length, anchor words are found in one pass over the words


# The anchor words each word of a text begins with, for words seen before (bounded: cleared when
# full, and only words of at most `_PREFIX_MEMO_WORD` characters kept, so hostile text cannot
# make it hold much).
_PREFIX_MEMO: dict[str, tuple[str, ...]] = {}
_PREFIX_MEMO_MAX: Final = 16_384
_PREFIX_MEMO_WORD: Final = 64
_LONGEST_ANCHOR: Final = max(map(len, _WORD_KEYS))


def _anchor_prefixes(token: str) -> tuple[str, ...]:
    """The anchor words `token` begins with."""
    found = _PREFIX_MEMO.get(token)
    if found is None:
        found = tuple(
            token[:j]
            for j in range(1, min(len(token), _LONGEST_ANCHOR) + 1)
            if token[:j] in _WORD_KEYS
        )
        if len(token) <= _PREFIX_MEMO_WORD:
            if len(_PREFIX_MEMO) >= _PREFIX_MEMO_MAX:
                _PREFIX_MEMO.clear()
            _PREFIX_MEMO[token] = found
    return found


def _all_word_starts(
    text: str,
    spaced: str,
    rule_words: dict[int, list[str]],
    pieces: list[str] | None = None,
) -> dict[str, list[int]]:
    """`_distinct(text, _word_starts(spaced, word))` for every anchor word of `rule_words`, from
    one walk over the space-separated words of `spaced`: a word start is where one of them
    begins, and the anchor words found there are those the word begins with. `pieces` is
    `spaced.split(" ")` when the caller has it."""
    wanted = {w for words in rule_words.values() for w in words}
    found: dict[str, list[int]] = {w: [] for w in wanted}
    memo = _PREFIX_MEMO
    pos = 0
    for token in spaced.split(" ") if pieces is None else pieces:
        if token:
            anchors = memo.get(token)
            if anchors is None:
                anchors = _anchor_prefixes(token)
            for word in anchors:
                if word in wanted:
                    found[word].append(pos)
        pos += len(token) + 1
    return {w: _distinct(text, starts) for w, starts in found.items()}


# How the match-prefix check (see `_match_prefixes`) goes at the word starts of one anchor word,
# for a rule whose matches start at its anchor words: the text there begins with the word, so when
# the word is at least `k` characters long the check's answer is known before any text is seen.
_PASS: Final = 0  # every start passes: no check needed
_CHECK: Final = 1  # the word is shorter than the compared prefix: check each start
_FAIL: Final = 2  # no start passes: the word gives the rule nothing to try

# Per rule, worked out on first use: (rule, back, pattern.match, prefixes, each anchor word's
# mode, and for a rule whose matches start before its anchor words (back > 0) with known
# prefixes, the `search` of a regex finding where one of the prefixes occurs).
_Plan = tuple[
    TextRule,
    int,
    Any,
    tuple[int, frozenset[str], tuple[str, ...]] | None,
    dict[str, int],
    Any,
]
_PLANS: list[_Plan | None] = [None] * len(RULES)


def _word_mode(word: str, prefixes: tuple[int, frozenset[str], tuple[str, ...]] | None) -> int:
    if prefixes is None:
        return _PASS
    k, heads, short = prefixes
    if len(word) < k:
        return _CHECK
    # Every string of `short` is shorter than k, so the word decides it as well.
    return _PASS if word[:k] in heads or word.startswith(short) else _FAIL


def _plan(i: int) -> _Plan:
    plan = _PLANS[i]
    if plan is None:
        rule = RULES[i]
        back = _WINDOW[i][0]
        # A rule scanned whole (back < 0) keeps the characters its matches start with.
        prefixes = _prefixes_of(i) if back >= 0 else _match_prefixes(rule.pattern, 1)
        words = [w for w, ix in _BY_WORD.items() if i in ix]
        # Starts before an anchor word (back > 0) begin with any word: checked one by one.
        modes = {w: _word_mode(w, prefixes) if back == 0 else _CHECK for w in words}
        finder = None
        if back > 0 and prefixes is not None:
            finder = re.compile(_trie_pattern(sorted(prefixes[1] | set(prefixes[2])))).search
        plan = (rule, back, rule.pattern.match, prefixes, modes, finder)
        _PLANS[i] = plan
    return plan


# With the compiled loops: every anchor word's starts, and which anchor words are whole words of
# the text, found in one walk of a character trie (`_fast.anchor_starts`); the same starts as
# `_word_starts` and the same words as the set intersection below.
_ANCHORS: Final = sorted(_WORD_KEYS)
_ANCHOR_INDEX: Final = {w: i for i, w in enumerate(_ANCHORS)}
_anchor_walk: Callable[[str], tuple[dict[int, list[int]], set[int]]] | None = (
    functools.partial(_fast.anchor_starts, _fast.anchor_trie(_ANCHORS))
    if _fast is not None
    else None
)


def _latin_hits(text: str, hits: list[tuple[TextRule, int, int]]) -> None:
    # One character for one, so offsets stay the same.
    spaced = _punct_to_space(text)
    long_text = len(text) >= _LONG_TEXT
    pieces: list[str] | None = None
    at_anchor: dict[int, list[int]] | None = None
    present: Iterable[str]
    if _anchor_walk is not None:
        at_anchor, whole = _anchor_walk(spaced)
        present = [_ANCHORS[i] for i in whole]
    else:
        # A long text is split once, at spaces, for both the anchor words present and their
        # starts; where it holds no other whitespace (`isprintable` is false for every other
        # whitespace character), its words are the non-empty pieces.
        pieces = spaced.split(" ") if long_text and spaced.isprintable() else None
        present = _WORD_KEYS.intersection(spaced.split() if pieces is None else pieces)
    rule_words: dict[int, list[str]] = {}
    for word in present:
        for i in _BY_WORD[word]:
            if i in rule_words:
                rule_words[i].append(word)
            else:
                rule_words[i] = [word]
    starts_of: dict[str, list[int]] = {}
    spaces: list[int] | None = None
    # Rules run in any order: `match_rules` sorts the hits.
    for i, words in rule_words.items():
        rule, back, match, prefixes, modes, finder = _PLANS[i] or _plan(i)
        if back < 0:  # starts with a rare character class: one scan is cheap
            # and none at all when the text lacks every character a match starts with (one
            # `in` per character, as fast as memchr, where the regex's scan tests each offset).
            if prefixes is not None and not any(c in text for c in prefixes[1]):
                continue
            for found, scanned in enumerate(rule.pattern.finditer(text)):
                if found >= MAX_HITS_PER_RULE:
                    break
                if scanned.end() > scanned.start():
                    hits.append((rule, scanned.start(), scanned.end()))
            continue
        check = False
        starts: list[int] | set[int] | None = None
        for word in words:
            mode = modes[word]
            if mode == _FAIL:
                continue
            if mode == _CHECK:
                check = True
            if word not in starts_of:
                if at_anchor is not None:
                    found_at = at_anchor.get(_ANCHOR_INDEX[word]) or []
                    if len(found_at) > _DENSE:
                        found_at = _distinct(text, found_at)
                    starts_of[word] = found_at
                elif long_text:
                    starts_of.update(_all_word_starts(text, spaced, rule_words, pieces))
                else:
                    found_at = _word_starts(spaced, word)
                    if len(found_at) > _DENSE:
                        found_at = _distinct(text, found_at)
                    starts_of[word] = found_at
            if starts is None:
                starts = starts_of[word]  # ascending and distinct already
            else:
                if not isinstance(starts, set):
                    starts = set(starts)
                starts.update(starts_of[word])
        if not starts:
            continue
        if finder is not None:
            # Every word start in the `back` characters before each start where a match may
            # begin: found by the prefixes themselves (see `_window_starts`), so none is checked.
            if isinstance(starts, set):
                starts = sorted(starts)
            starts = _window_starts(text, spaced, starts, back, finder)
            check = False
        elif back:
            # Every word start in the `back` characters before each start (see `_starts_before`).
            if spaces is None:
                spaces = _space_starts(spaced)
            extra: list[int] = []
            for p in starts:
                lo = p - back if p > back else 0
                if p > 1:
                    extra.extend(spaces[bisect_left(spaces, lo + 1) : bisect_left(spaces, p)])
                if lo == 0 and p > 0:
                    extra.append(0)
            starts = set(starts)
            starts.update(extra)
        if isinstance(starts, set):
            starts = sorted(starts)
        found = 0
        last_end = -1
        # Two copies of one loop, with and without the prefix test, so that the hot loop does
        # not ask at every offset whether there is a test to make.
        if check and prefixes is not None:
            k, heads, short = prefixes
            for p in starts:
                if p < last_end:
                    continue
                # Skip offsets where no match can start (see `_match_prefixes`).
                if text[p : p + k] not in heads and not (short and text.startswith(short, p)):
                    continue
                m = match(text, p)
                if m is not None and m.end() > p:
                    hits.append((rule, p, m.end()))
                    last_end = m.end()
                    found += 1
                    if found >= MAX_HITS_PER_RULE:
                        break
        else:
            for p in starts:
                if p < last_end:
                    continue
                m = match(text, p)
                if m is not None and m.end() > p:
                    hits.append((rule, p, m.end()))
                    last_end = m.end()
                    found += 1
                    if found >= MAX_HITS_PER_RULE:
                        break


def _window_starts(
    text: str,
    spaced: str,
    starts: list[int],
    back: int,
    finder: Callable[[str, int, int], re.Match[str] | None],
) -> list[int]:
    """The word starts of `spaced` (0 and every offset after a space) in the windows
    [p - back + 1, p] (from 0 when p <= back) around each of the ascending `starts`, where
    `finder` (the `search` of a regex for a rule's match prefixes) finds a prefix, ascending.

    These are the starts `_latin_hits` would keep of `starts` with the word starts before each
    (`_starts_before`, a start `p` itself being a word start) after the prefix test; found from
    the prefixes' few occurrences instead of from every word in the windows."""
    out: list[int] = []
    n = len(starts)
    j = 0
    while j < n:
        hi = starts[j]
        lo = hi - back + 1 if hi > back else 0
        j += 1
        # Windows that overlap or touch the next one are searched as one.
        while j < n:
            p = starts[j]
            if (p - back + 1 if p > back else 0) > hi + 1:
                break
            hi = p
            j += 1
        # A prefix found at q <= hi lies in text[:hi + longest prefix]; matches past hi are
        # dropped, so the search may end anywhere from there.
        m = finder(text, lo, hi + _PREFIX_LEN)
        while m is not None:
            q = m.start()
            if q > hi:
                break
            if q == 0 or spaced[q - 1] == " ":
                out.append(q)
            m = finder(text, q + 1, hi + _PREFIX_LEN)
    return out


_START_RX: dict[int, re.Pattern[str] | None] = {}
_ASCII_HEADS_MAX: Final = 8  # more ASCII characters than this may start a match: no start scan


def _start_regex(i: int) -> re.Pattern[str] | None:
    """A regex finding the offsets where a match of rule `i` can start (a superset), or None.

    Made of the strings every match begins with; only for patterns that never match empty."""
    if i in _START_RX:
        return _START_RX[i]
    rx = None
    pattern = RULES[i].pattern
    if _parse(pattern).getwidth()[0] > 0:
        prefixes = _match_prefixes(pattern, 1)
        if prefixes is not None and sum(h.isascii() for h in prefixes[1]) > _ASCII_HEADS_MAX:
            # A match may start on most letters (`[a-z]`): candidates would be everywhere in a
            # text with Latin letters, so the regex's own scan is used (and the costly
            # analysis of longer prefixes, thousands of them, is skipped).
            prefixes = None
        elif prefixes is not None and any(h.isascii() for h in prefixes[1]):
            prefixes = _match_prefixes(pattern) or prefixes  # plain-text letters: compare more
        if prefixes is not None:
            # As a character trie: a flat alternation of many heads is tried one head after
            # another at every offset.
            heads = sorted(prefixes[1] | set(prefixes[2]))
            rx = re.compile(_trie_pattern(heads))
            # A text can hold a start only if it has the characters outside ASCII of one of
            # them (known when each of them has some).
            sets = {frozenset(c for c in h if c >= "\x80") for h in heads}
            if frozenset() not in sets:
                _START_NON_ASCII[i] = tuple(sorted(sets, key=len))
    _START_RX[i] = rx
    return rx


# For a rule whose start regex is made of strings that each hold characters outside ASCII: those
# characters of each string, each set once, the smallest first (see `_may_occur`).
_START_NON_ASCII: dict[int, tuple[frozenset[str], ...]] = {}


# --- required strings ----------------------------------------------------------------------------
# A rule for another script is tried only on texts of that script, but some of its patterns may
# start on common characters (`[a-z]` in "combine parts a and b", written in Chinese), so the scan
# for where a match may start finds candidates all over a mixed text. Most patterns also need one
# of a few words somewhere (the verb "combine"); a text holding none of them cannot match, which
# one search tells. Like the prefixes, this is a necessary condition only.

_REQUIRED_CAP: Final = 256  # more alternative strings than this: not worth a gate


def _seq_required(items: list[Any]) -> frozenset[str] | None:
    """Strings one of which every match of the sequence `items` contains; None when unknown.

    Each item (a run of literal characters counts as one string) gives such a set; the most
    selective one is kept: longest shortest string, then fewest strings."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _sre_c.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        found = _node_required(op, av)
        if found is not None:
            options.append(found)
    if run:
        options.append(frozenset({run}))
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _node_required(op: Any, av: Any) -> frozenset[str] | None:
    if op is _sre_c.IN:
        chars: set[str] = set()
        for kind, arg in av:
            if kind is _sre_c.LITERAL:
                chars.add(chr(arg))
            elif kind is _sre_c.RANGE and arg[1] - arg[0] <= 64:
                chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
            else:  # negated sets, categories, wide ranges
                return None
        return frozenset(chars) if chars else None
    if op is _sre_c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _seq_required(list(sub))
    if op is _sre_c.ATOMIC_GROUP:
        return _seq_required(list(av))
    if op is _sre_c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            found = _seq_required(list(alt))
            if found is None:
                return None
            out |= found
        return frozenset(out) if len(out) <= _REQUIRED_CAP else None
    if op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, _sre_c.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        return _seq_required(list(sub)) if lo >= 1 else None
    return None  # zero-width assertions, wide classes, anything else: nothing known


def _required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains (None when unknown)."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = _seq_required(list(_parse(pattern)))
    return None if found is None or "" in found else found


# Worked out on first use, apart: the strings (to test a text's characters) and their regex
# (compiled only for a rule that gets as far as searching a text).
_NEED_STRINGS: dict[int, frozenset[str] | None] = {}
_NEED_RX: dict[int, re.Pattern[str] | None] = {}


def _need_strings(i: int) -> frozenset[str] | None:
    """The strings one of which every match of rule `i` contains (None when unknown)."""
    if i not in _NEED_STRINGS:
        _NEED_STRINGS[i] = _required_strings(RULES[i].pattern)
    return _NEED_STRINGS[i]


def _need_regex(i: int) -> re.Pattern[str] | None:
    """A regex that finds one of the strings every match of rule `i` contains, or None."""
    if i not in _NEED_RX:
        found = _need_strings(i)
        _NEED_RX[i] = None if found is None else re.compile(_trie_pattern(sorted(found)))
    return _NEED_RX[i]


_NEED_NON_ASCII: dict[int, tuple[frozenset[str], ...] | None] = {}


def _need_non_ascii(i: int) -> tuple[frozenset[str], ...] | None:
    """The characters outside ASCII of each string of `_need_strings(i)`, each set once, the
    smallest first; None when a match may hold any string (unknown, or one is all ASCII)."""
    if i not in _NEED_NON_ASCII:
        need = _need_strings(i)
        sets = None if need is None else {frozenset(c for c in s if c >= "\x80") for s in need}
        _NEED_NON_ASCII[i] = (
            None if sets is None or frozenset() in sets else tuple(sorted(sets, key=len))
        )
    return _NEED_NON_ASCII[i]


def _may_occur(i: int, chars: frozenset[str]) -> bool:
    """Whether a text whose characters outside ASCII are `chars` may hold a match of rule `i`:
    one of the strings every match contains must be made of such characters (or ASCII), and so
    must one of those a match can start with (`_start_regex`: its matches are the only ones
    `_finditer` gives)."""
    need = _need_non_ascii(i)
    if need is not None and not any(s <= chars for s in need):
        return False
    if _start_regex(i) is None:
        return True
    start = _START_NON_ASCII.get(i)
    return start is None or any(s <= chars for s in start)


def _distinct_non_ascii(text: str) -> str:
    """Every character of `text` outside ASCII, once each, in code point order."""
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return "".join(map(chr, np.unique(cps[cps > 127]).tolist()))


def _finditer(i: int, text: str) -> Iterator[re.Match[str]]:
    """`RULES[i].pattern.finditer(text)`, trying the pattern only where a match can start."""
    pattern = RULES[i].pattern
    need = _need_regex(i)
    if need is not None and need.search(text) is None:
        return  # the text lacks every string a match needs (see `_required_strings`)
    starts = _start_regex(i)
    if starts is None:
        yield from pattern.finditer(text)
        return
    # The pattern never matches empty, so finditer is: the leftmost match from `pos`, then
    # again from its end. A match can only start where `starts` finds something. When the
    # candidates turn out to be common, the regex engine's own scan takes over from `pos`.
    pos = 0
    search = starts.search
    match = pattern.match
    n = len(text)
    budget = 64 + n // 1024
    while pos <= n:
        budget -= 1
        if budget < 0:
            yield from pattern.finditer(text, pos)
            return
        c = search(text, pos)
        if c is None:
            return
        q = c.start()
        m = match(text, q)
        if m is None:
            pos = q + 1
            continue
        yield m
        pos = m.end()


def prepare_rules() -> None:
    """Work out every rule's match plan (and, for rules of other scripts, the regexes that find
    where a match may start and what it needs) now rather than on first use, so that no text
    pays for it. Idempotent; the detector calls it when it is made."""
    for i, spec in enumerate(_SPECS):
        if spec.anchors:
            _plan(i)
    for _rx, idxs in _BY_SCRIPT:
        for i in idxs:
            _need_non_ascii(i)
            _need_regex(i)
            _start_regex(i)


def match_rules(normalized_text: str) -> list[tuple[TextRule, int, int]]:
    """Every rule hit in already-normalised text as `(rule, start, end)`, offsets into that text.

    Hits are sorted by start, then end, then rule id; one rule's hits never overlap, and each
    rule reports at most `MAX_HITS_PER_RULE` of them. Empty matches are never reported.
    """
    text = normalized_text
    if not text:
        return []
    hits: list[tuple[TextRule, int, int]] = []
    # Latin-script rules: only those with an anchor word present, tried only at those words.
    _latin_hits(text, hits)
    # Rules for other scripts: only when the text holds that script. The text's characters
    # outside ASCII, each once, are a short string where the scripts (character classes) are
    # looked for, and a rule runs only if the text has the characters of one of the strings its
    # matches need (see `_required_strings`).
    if not text.isascii():
        chars = _distinct_non_ascii(text)
        if _ANY_SCRIPT.search(chars) is not None:
            _script_hits(text, chars, frozenset(chars), hits)
    hits.sort(key=lambda h: (h[1], h[2], h[0].id))
    return hits


def _script_hits(
    text: str, chars: str, char_set: frozenset[str] | None, hits: list[tuple[TextRule, int, int]]
) -> None:
    """Hits of the rules for other scripts, for each script `chars` holds (`chars` is the text or
    its distinct characters outside ASCII, `char_set` those as a set when known)."""
    for rx, idxs in _BY_SCRIPT:
        if rx.search(chars) is None:
            continue
        for i in idxs:
            if char_set is not None and not _may_occur(i, char_set):
                continue
            rule = RULES[i]
            found = 0
            for m in _finditer(i, text):
                if m.end() > m.start():
                    hits.append((rule, m.start(), m.end()))
                    found += 1
                    if found >= MAX_HITS_PER_RULE:
                        break
