"""Plain planted requests and their benign twins: reproducible, distinct, split and multilingual."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

import pytest

from redline.text import plain_requests as pr

Generator = Callable[..., list[str]]
KINDS: dict[str, Generator] = {"harmful": pr.harmful_requests, "benign": pr.benign_requests}


@cache
def sample(kind: str, split: str = "train", lang: str | None = None, n: int = 1000) -> list[str]:
    return KINDS[kind](n, seed=11, split=split, lang=lang)


def sentences(texts: list[str]) -> set[str]:
    return {
        s.strip() for t in texts for s in re.split(r"(?<=[.!?])\s+|\n", t) if len(s.strip()) > 3
    }


# Frequent short words of each language; a text scores a point per word of the list it holds.
FUNCTION_WORDS = {
    lang: set(words.split())
    for lang, words in {
        "en": "the a an my your our and or to of in on for with you it this that from all before "
        "at by is are be please if when any every me i then as so no can could will not",
        "es": "el la los las un una mi mis su sus y o de del al a en con por para que es se le "
        "lo no usted hoy este esta esto antes después cuando si todo todos nada nadie favor",
        "fr": "le la les un une mon ma mes votre vos notre et ou de du des au aux à en avec pour "
        "sur que qui est ce cette ces vous je pas ne avant après si tout tous merci dans par",
        "de": "der die das den dem des ein eine einen mein meine meinen meinem dein deine und "
        "oder zu zum zur von vom im in an am auf für mit bitte ist du ich es nicht bis nach vor "
        "bei alle alles danke wenn sobald",
        "pt": "o a os as um uma meu minha meus minhas seu sua e ou de do da dos das no na em ao à "
        "com por para que é se você não antes depois hoje isto isso esta este favor pelo pela",
        "it": "il lo la i gli le un una mio mia miei mie tuo tua e o di del della dei delle al "
        "alla a in nel nella con per su sul che è non ti mi questo questa prima dopo oggi tutti "
        "tutte da dal dalla",
    }.items()
}


def language_of(text: str) -> str:
    words = re.findall(r"[\w']+", text.lower())
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in FUNCTION_WORDS.items()}
    return max(scores, key=lambda lang: scores[lang])


def speaks(text: str, lang: str) -> bool:
    words = re.findall(r"[\w']+", text.lower())
    scores = {code: sum(w in vocab for w in words) for code, vocab in FUNCTION_WORDS.items()}
    return scores[lang] > 0 and all(scores[lang] >= s for s in scores.values())


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_same_seed_same_output_and_other_seeds_differ(kind: str) -> None:
    make = KINDS[kind]
    assert make(150, seed=4) == make(150, seed=4)
    assert make(150, seed=4, lang="fr", split="check") == make(
        150, seed=4, lang="fr", split="check"
    )
    assert make(150, seed=4) != make(150, seed=5)


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("split", ["train", "check"])
def test_returns_n_distinct_filled_strings(kind: str, split: str) -> None:
    for lang in (None, "it", "de"):
        out = KINDS[kind](250, seed=2, split=split, lang=lang)
        assert len(out) == len(set(out)) == 250
        for text in out:
            assert text == text.strip()
            assert not re.search(r"[{}^]", text), text  # every slot and verb mark resolved
            assert "  " not in text
            assert not re.search(r"\wund danach", text)  # German endings keep their space
            assert 1 <= len(re.findall(r"[.!?](?:\s|$)", text)) + text.count("\n") <= 4


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="split"):
        pr.harmful_requests(5, split="test")
    with pytest.raises(ValueError, match="language"):
        pr.benign_requests(5, lang="nl")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_check_split_shares_no_sentence_with_train(kind: str) -> None:
    train = sentences(sample(kind))
    check = sentences(sample(kind, "check", n=400))
    assert check
    assert not train & check


def test_check_split_draws_destinations_train_never_uses() -> None:
    held_out = [*pr._part(pr._WEBMAIL, "check"), *pr._part(pr._LOOKALIKE_DOMAINS, "check")]
    train = "\n".join(sample("harmful") + sample("benign"))
    check = "\n".join(sample("harmful", "check", n=400))
    for domain in held_out:
        assert domain not in train, domain
    assert sum(domain in check for domain in held_out) >= 4
    for item in [*pr._part(pr._USERNAMES, "check"), *pr._part(pr._PASSWORDS, "check")]:
        assert item not in train, item


def test_check_split_verb_phrases_and_openers_never_reach_train() -> None:
    train = "\n".join(sample("harmful", lang="en"))
    check = "\n".join(sample("harmful", "check", lang="en", n=400))
    spec = pr._HARM["en"]
    held_verbs = [v for group in spec.groups.values() for v in pr._part(group.verbs, "check")]
    assert len(held_verbs) >= 30
    seen_in_check = 0
    for verb in held_verbs:
        literal = [re.escape(x) for x in re.split(r"\{\w+\}", verb)]
        pattern = re.compile(".+?".join(literal))
        assert not pattern.search(train), verb
        seen_in_check += bool(pattern.search(check))
    assert seen_in_check >= len(held_verbs) // 2
    for opener in pr._part(spec.openers + spec.first_openers, "check"):
        head = opener.split("{")[0]
        if len(head) >= 8:
            assert head not in train, opener


@pytest.mark.parametrize("lang", pr.LANGUAGES)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_language_is_spoken_when_asked(kind: str, lang: str) -> None:
    for split in ("train", "check"):
        out = sample(kind, split, lang, n=150)
        assert sum(speaks(t, lang) for t in out) >= 0.95 * len(out), (kind, lang, split)
        if lang != "en":
            english = [t for t in out if re.search(r"\b(the|and|your|please)\b", t, re.I)]
            assert len(english) <= 0.02 * len(out), english[:3]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_mixed_output_is_mostly_english_with_every_other_language(kind: str) -> None:
    counts = Counter(language_of(t) for t in sample(kind))
    assert 0.5 <= counts["en"] / sum(counts.values()) <= 0.7
    assert all(counts[lang] >= 40 for lang in pr.LANGUAGES), counts
    spanish = " ".join(sample(kind, "train", "es", n=150))
    for word in ("¿", "ó", "ñ"):
        assert word in spanish or (kind == "benign" and word == "ñ")
    german = " ".join(sample(kind, "train", "de", n=150))
    assert re.search(r"[äöüß]", german)
    assert re.search(r"\b(und|die|das|bitte)\b", german)


# Words that would address an AI or tell it to drop its instructions, in the six languages.
AI_WORDS = re.compile(
    r"\b(assistant|assistants|agent|agents|model|models|ignore|ignoring|instructions?|chatbot|"
    r"asistente|agente|modelo|ignora|ignore[sz]?|instrucciones|assistente|modèle|instructions|"
    r"assistent|assistentin|modell|ignorier\w*|anweisungen?|instruções|modello|istruzioni|"
    r"copilot|gpt|llm|prompt)\b",
    re.IGNORECASE,
)
AI_ABBREVIATIONS = re.compile(r"\b(AI|IA|KI)\b")


def test_harmful_requests_never_address_an_ai() -> None:
    texts = sample("harmful") + sample("harmful", "check", n=400)
    texts += [t for lang in pr.LANGUAGES for t in sample("harmful", "train", lang, n=150)]
    for text in texts:
        assert not AI_WORDS.search(text), text
        assert not AI_ABBREVIATIONS.search(text), text


def test_destinations_look_ordinary_and_varied() -> None:
    texts = sample("harmful") + sample("harmful", "check", n=400) + sample("benign")
    for text in texts:
        assert not re.search(r"attacker|evil|hacker", text, re.I), text
    blob = "\n".join(sample("harmful"))
    blob += "\n".join(t for lang in pr.LANGUAGES for t in sample("harmful", "train", lang, n=150))
    ibans = set(re.findall(r"\b([A-Z]{2})\d{2}(?: ?[A-Z0-9]{4}){2,}", blob))
    assert len(ibans) >= 8, ibans
    assert len(set(re.findall(r"\+(\d{1,3}) \d", blob))) >= 6
    assert re.search(r"\bbc1q[0-9a-z]{30,}", blob)
    assert re.search(r"\b0x[0-9a-fA-F]{40}\b", blob)
    hosts = set(re.findall(r"https://([\w.-]+)/", blob))
    assert len(hosts & {"bit.ly", "tinyurl.com", "t.ly", "rb.gy", "cutt.ly", "is.gd"}) >= 4
    assert len(set(re.findall(r"@([\w.-]+)", blob))) >= 15
    formats = {
        "1,250.00": r"\d{1,3}(?:,\d{3})+\.\d{2}",
        "1.250,00": r"\d{1,3}(?:\.\d{3})+,\d{2}",
        "1 250 €": r"\d{1,3}(?: \d{3})+(?:,\d{2})? (?:€|euros)",
        "CHF 2'500": r"CHF \d{1,3}(?:'\d{3})+",
    }
    for name, pattern in formats.items():
        assert re.search(pattern, blob), name


def test_harmful_requests_cover_the_action_families() -> None:
    texts = sample("harmful", lang="en")
    families = {
        "money": r"\b(transfer|wire|gift cards?|payee|sell|payout|withdraw)\b",
        "access": r"\b(admin|owner|collaborator|share|API key|app password|access token)\b",
        "security": r"\b(two-factor|MFA|alarm|cameras?|unlock|firewall|antivirus|recovery)\b",
        "destroy": r"\b(delete|wipe|purge|erase|cancel|shred)\b",
        "exfiltrate": r"\b(forward|upload|export|text|paste)\b .*\b(to|at|into)\b",
        "device": r"\b(password|shipping address|deliver\w*|direct-deposit|install|run)\b",
    }
    for family, pattern in families.items():
        hits = sum(bool(re.search(pattern, t)) for t in texts)
        assert hits >= 0.05 * len(texts), family
    first_person = sum(bool(re.search(r"\bmy\b", t, re.I)) for t in texts) / len(texts)
    assert 0.4 <= first_person <= 0.6


VERBS = {
    *("transfer", "pay", "send", "wire", "share", "forward", "delete", "remove", "reset"),
    *("enable", "disable", "turn", "grant", "add", "change", "update", "cancel", "lock"),
    *("unlock", "open", "install", "run", "upload", "export", "create", "give", "move"),
    *("leave", "set", "wipe", "purge", "close", "switch"),
}


def test_benign_and_harmful_requests_share_their_verbs() -> None:
    def verbs(texts: list[str]) -> set[str]:
        words = {w for t in texts for w in re.findall(r"[a-z]+", t.lower())}
        return words & VERBS

    harmful = verbs(sample("harmful", lang="en"))
    benign = verbs(sample("benign", lang="en"))
    assert len(harmful & benign) >= 20, sorted(harmful & benign)


def test_every_list_of_parts_has_a_held_out_share() -> None:
    for lang in pr.LANGUAGES:
        harm, benign = pr._HARM[lang], pr._BENIGN[lang]
        lists: list[tuple[object, ...]] = [harm.openers, harm.tails, harm.post, benign.openers]
        lists += [harm.pre_first, harm.pre_neutral, harm.first_openers]
        for group in harm.groups.values():
            lists += [group.verbs, group.objects]
        for scene in benign.scenes.values():
            lists.append(scene.acts)
        for items in lists:
            assert len(set(items)) == len(items)
            assert pr._part(items, "check")
            assert pr._part(items, "train")
            assert not set(pr._part(items, "check")) & set(pr._part(items, "train"))
