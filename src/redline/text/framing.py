"""Whether a text frames the model it is sent to: the form every jailbreak takes.

A jailbreak recasts the model ("you are DAN", "act as", "pretend", "stay in character"), sets it
rules or a mode ("from now on", "developer mode", "no restrictions"), or puts it in a game, a
story or a hypothetical. The learned model also reads the *style* of such prompts, and then
some plain agent tasks ("Perform the following tasks in the order they are given: 1. ...") read
like one. A consumer that acts on a jailbreak the model alone found can ask this first (see
`redline.guard`, `messages.user.jailbreak_needs_framing`).

The words are kept broad on purpose (one of them anywhere is enough), in English and the other
languages the detector covers; a text with any of them counts as framing the model.
"""

from __future__ import annotations

import re
from typing import Final

# Second person aimed at the model, roles, rules, modes, games and fictions, refusal
# suppression; then the same in Spanish, Portuguese, French, Italian, German, Dutch, Russian,
# Arabic, Chinese, Japanese and Korean.
_FRAMING_RE: Final = re.compile(
    r"(?i)\b(?:you(?:'re|'ll|\s+are|\s+will|\s+must|\s+shall|\s+now|\s+have\s+to|\s+should)|"
    r"u\s+r|ur\s+now|act(?:ing)?\s+as|pretend|role-?play|persona|character|in\s+char|"
    r"stay\s+in|from\s+now\s+on|respond\s+as|answer\s+as|speak\s+as|play\s+(?:a|the)\s+|"
    r"let'?s\s+play|games?|rules?|hypothetical(?:ly)?|imagine|simulat\w*|modes?|dan|"
    r"jailbr\w*|unfiltered|uncensored|unrestricted|restrictions?|limits?|filters?|"
    r"censor\w*|ignore|disregard|forget|bypass|override|fiction(?:al)?|story|stories|scene|"
    r"script|opposite|morals?|ethics?|ethical|guidelines?|polic(?:y|ies)|openai|chatgpt|gpt|"
    r"ai\s+language\s+model|as\s+an\s+ai|"
    r"eres|act[uú]a\s+como|finge|personaje|reglas?|modo|juego|voc[eê]\s+[eé]|finja|"
    r"personagem|regras?|jogo|tu\s+es|vous\s+[eê]tes|joue|fais\s+semblant|personnage|"
    r"r[eè]gles?|jeu|sei\s+un|fingi|personaggio|regole|gioco|du\s+bist|tu\s+so|rolle|"
    r"regeln?|modus|spiel|je\s+bent|speel|regels|ты|представь|роль|правил\w*|режим\w*|"
    r"игр\w*|أنت|تظاهر|دور|قواعد|وضع)\b"
    r"|你是|扮演|假装|角色|规则|模式|游戏|あなたは|演じ|ふり|ルール|モード|ゲーム|"
    r"당신은|너는|역할|척|규칙|모드|게임"
)


def frames_the_model(text: str) -> bool:
    """Whether `text` (of up to its first 20,000 characters) casts the model in a role, sets it
    rules, a mode or a game, frames a fiction or a hypothetical, or speaks of its limits."""
    return _FRAMING_RE.search(text[:20_000]) is not None
