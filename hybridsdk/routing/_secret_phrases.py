"""Secrets named by the sentence rather than by a cue word, read by `_cue_secrets`:

    I reset it to Birke2291.          L'ho cambiata in Onda7741!       La cambié a Perro5521
    Jeg har ændret den til vinter8812  sudah saya ganti jadi Kopi8811   改成Xq7mz2kP了
    парль для входа Lm8$kqP2z          (a cue with one letter dropped or two swapped)
    INSERT INTO users (name, initial_password) VALUES ('Ann', 'Xq7!mzP2a');

- **Changed to** (`changed_to`): "I changed/reset it to X" in about 25 languages, the
  object a pronoun (the credential was named earlier, or not at all). The value must look
  like a credential on its own: letters and digits mixed (6+), or three character classes
  (8+); a word, a weekday, a version, a date, an amount or an e-mail address is not one.
  A log's or a checklist's "wifi pw changed → `X`", "Passwort geändert -> X" (a credential
  word, a "changed"/"new" word and an arrow) is read the same way.
- **Misspelt cues** (`misspelt_cue`): a password word of many languages with one letter
  dropped or two neighbours swapped ("pasword", "jelszó" typed "ejlszó", "парль"), then up
  to three words and a value that looks like a credential. Substitutions are not read:
  "passport" is one letter from "passwort".
- **Password columns of SQL inserts** (`sql_password_columns`): the values of a column
  whose name names a credential (`password`, `initial_password`, `pwd`, `api_key` ...).

Each reader is linear: the phrase regexes are plain alternations, and the misspelt-cue
reader looks back from each credential-shaped token only a bounded stretch of text.
"""

# Cues of many scripts are what this file is about.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from hybridsdk.routing._bare_cue_secrets import looks_like_credential
from hybridsdk.routing._birth_dates import _trie

__all__ = ["changed_to", "misspelt_cue", "sql_password_columns"]

# "<verb> <pronoun> <preposition>" before the value, per language.
_CHANGED_FORWARD = (
    # en: I reset it to X, changed it to X, set mine to X, switched it to X
    r"(?:reset|changed|set|updated|switched|made)\s+(?:it|this|that|mine|them|ours)\s+(?:to|as)|"
    # fr: je l'ai changé en X, l'ai modifié pour X, réinitialisé à X
    r"l['’](?:ai|avons|a)\s+(?:chang|modifi|réinitialis|remplac|mis)[ée]?e?s?\s+(?:en|à|a|par|pour|sur)|"
    # es: la cambié a X, lo he cambiado por X, la puse en X
    r"(?:la|lo)\s+(?:cambié|cambie|he\s+cambiado|cambiamos|restablecí|puse|actualicé|dejé)\s+(?:a|en|por|como)|"
    # it: l'ho cambiata in X, reimpostata a X
    r"l['’](?:ho|abbiamo)\s+(?:cambiat|modificat|impostat|reimpostat|aggiornat|mess)[aoie]\s+(?:in|a|con|come)|"
    # pt: mudei para X, troquei-a para X, alterei pra X
    r"(?:mudei|troquei|alterei|redefini|atualizei|coloquei)(?:-(?:a|o))?\s+(?:para|pra|por)|"
    # de: geändert auf X, zurückgesetzt auf X, umgestellt auf X
    r"(?:geändert|zurückgesetzt|umgestellt|gesetzt|geaendert)\s+(?:auf|in|zu)|"
    # nl: veranderd naar X, gewijzigd in X
    r"(?:veranderd|gewijzigd|gereset|aangepast|ingesteld)\s+(?:naar|in|op)|"
    # da, no, sv: byttet det til X, ændret den til X, ändrat det till X
    r"(?:byttet|byttede|skiftet|skiftede|ændret|ændrede|endret|endra|nulstillet|tilbakestilt|satt|sat|"
    r"bytt|bytte|ändrat|ändrade|återställt)\s+(?:det|den|koden)\s+till?|"
    # pl, cs, sk: zmieniłem je na X, změnil jsem ho na X
    r"(?:zmieniłe[mś]|zmieniłam|ustawiłe[mś]|ustawiłam)\s+(?:je|go|ją|to)\s+na|"
    r"(?:změnil|změnila|zmenil|zmenila|nastavil|nastavila)\s+(?:jsem|som)\s+(?:ho|ji|to|je)\s+na|"
    # ru, uk, bg: поменял его на X, сменила на X, змінив на X
    r"(?:поменял|сменил|изменил|поставил|сбросил|змінив|поміняв|смених|промених)[аи]?"
    r"\s+(?:(?:его|её|ее|його|її|го|я)\s+)?на|"
    # ro, el, hu: am schimbat-o în X, το άλλαξα σε X, átállítottam erre: X
    r"am\s+schimbat(?:-o|-l)?\s+(?:în|in|cu)|(?:το|τον|την)\s+άλλαξα\s+σε|"
    r"(?:átállítottam|megváltoztattam|lecseréltem|átírtam)\s+(?:erre|arra)|"
    # fi, et: vaihdoin sen muotoon X, muutsin selle X
    r"vaihdoin\s+(?:sen|salasanan|koodin)(?:\s+muotoon)?|muutsin\s+(?:selle|parooli)|"
    # id, ms, vi, tl: ganti jadi X, diubah menjadi X, đổi thành X, pinalitan ko ng X
    r"(?:ganti|ubah|diganti|diubah|tukar|menukar|mengganti|mengubah|tukarkan)\s+(?:jadi|menjadi|ke|kepada)|"
    r"(?:đổi|thay)\s+(?:nó\s+)?(?:thành|sang)|pinalitan\s+ko\s+(?:ng|sa)|"
    # he, ar: שיניתי אותה ל-X, غيرتها إلى X
    r"(?:שיניתי|החלפתי)(?:\s+אות[והם])?\s+ל-?|(?:غيرتها|غيرته|غيرت|بدلتها)\s+(?:إلى|الى|ل)"
)
# zh: 改成X / 改为X / 重置为X (the value may touch the verb)
_CHANGED_CJK = r"改成|改为|改為|换成|換成|重置为|重置為|设为|設為|设置为"
_CHANGED_RE = re.compile(
    r"(?<![^\W\d_])(?:" + _CHANGED_FORWARD + r")(?:(?<=-)|(?![^\W\d_]))[ \t]*[:：]?[ \t]*"
    r"|(?:" + _CHANGED_CJK + r")[ \t]*",
    re.IGNORECASE,
)
# Value first: 「X」に変更しました (ja), X로 바꿨어요 (ko), X olarak değiştirdim (tr),
# es auf X geändert (de): the verb is found, then the token before it.
_CHANGED_BACKWARD_RE = re.compile(
    r"(?:に|へ)(?:変更|変え|リセット)|(?:으로|로)[ \t]*(?:바꿨|변경|바꾸)|"
    r"[ \t]+(?:olarak|diye)[ \t]+(?:değiştirdim|ayarladım|yaptım)|"
    r"[ \t]+(?:geändert|umgestellt|zurückgesetzt|gesetzt)(?![^\W\d_])"
)
_CHANGED_HINTS = (
    "reset", "chang", "set it", "set this", "set that", "set mine", "updated", "switched",
    "made it", "l'ai", "l’ai", "l'avons", "l’avons", "l'a ", "l’a ", "l'ho", "l’ho", "l'abbiamo",
    "l’abbiamo", "cambi", "puse",
    "restablec", "actualic", "dejé", "mudei", "troquei", "alterei", "redefini", "atualizei",
    "coloquei", "geändert", "geaendert", "zurückgesetzt", "umgestellt", "gesetzt", "veranderd",
    "gewijzigd", "gereset", "aangepast", "ingesteld", "bytt", "skift", "ændre", "endre",
    "nulstil", "tilbakestil", "satt", "sat ", "ändra", "återställ", "zmieni", "ustawi", "změni",
    "zmeni", "nastavi", "помен", "смени", "измени", "постав", "сброс", "змін", "помін", "смених",
    "промених", "schimbat", "άλλαξα", "állítottam", "változtattam", "cseréltem", "írtam",
    "ganti", "ubah", "tukar", "đổi", "thay", "pinalitan", "שיניתי", "החלפתי", "غيرت", "بدلت",
    "改", "换", "換", "重置", "设", "設", "変更", "変え", "リセット", "바꿨", "변경", "바꾸",
    "değiştirdim", "ayarladım", "yaptım", "vaihdoin", "muutsin",
)  # fmt: skip
# The hints as one regex branching per character: one pass over the text.
_CHANGED_HINT_RE = re.compile(_trie(sorted(set(_CHANGED_HINTS))))
# A log or a checklist: "wifi guest pw changed → `X`", "Passwort geändert -> X", "clave
# nueva ⇒ X": a credential word, up to two words, a "changed"/"new" word, then an arrow.
_CHANGED_ARROW_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:pw|pwd|pass|password|passcode|passwort|kennwort|wachtwoord|"
    r"mot de passe|mdp|contraseña|contrasena|clave|senha|parola|hasło|haslo|heslo|geslo|"
    r"lozinka|parool|salasõna|salasana|jelszó|lösenord|passord|adgangskode|lykilorð|şifre|"
    r"sifre|пароль|лозинка|κωδικός|wifi|wi-fi|wlan|pin)"
    r"(?:[ \t]+[^\W\d_]{1,16}){0,2}?[ \t]+"
    r"(?:changed|reset|rotated|updated|new|geändert|neu|zurückgesetzt|cambiad[ao]|nuev[ao]|"
    r"changé|modifié|nouveau|réinitialisé|cambiat[ao]|nuov[ao]|alterad[ao]|nov[ao]|"
    r"gewijzigd|nieuw|zmienione|zmienion[ye]|nowe|změněno|nové|promijenjen[ao]?|"
    r"spremenjen[ao]?|muudetud|uus|vaihdettu|uusi|ändrat|nytt|endret|ændret|breytt|"
    r"изменён|изменен|новый|змінено|değiştirildi|yeni|schimbat[ăa]?|άλλαξε|νέος|"
    r"megváltozott|új)"
    r"[ \t]*(?:→|->|=>|⇒|⟶|➜)[ \t]*"
)
_VERSION_RE = re.compile(r"(?i)v?\d+(?:\.\d+)+\S*")
_TIME_OR_AMOUNT_RE = re.compile(
    r"(?i)\d{1,2}(?:[:.]\d\d)?(?:am|pm|h|uhr)|\d+(?:[.,]\d+)?[a-z€$£%]{0,4}"
)


def _credential_shaped(value: str) -> bool:
    """Letters and digits mixed (6+ characters) or a strong token; not a word, version,
    time, amount, date or e-mail address."""
    if len(value) < 6 or "@" in value or "://" in value:
        return False
    if _VERSION_RE.fullmatch(value) or _TIME_OR_AMOUNT_RE.fullmatch(value):
        return False
    if looks_like_credential(value):
        return True
    has_digit = any(c.isdigit() for c in value)
    letters = sum(c.isalpha() for c in value)
    return has_digit and letters >= 2 and not re.fullmatch(r"[\d./-]+[A-Za-z]?", value)


def changed_to(
    text: str, read_value: Callable[..., Any], value_ok: Callable[..., bool]
) -> Iterator[tuple[int, int]]:
    """Spans of values after "I changed it to" phrases (see module doc).

    Args:
        text: the text to scan.
        read_value: `_secret_values._read_value`.
        value_ok: `_secret_values._value_ok`.
    """
    if "→" in text or "->" in text or "=>" in text or "⇒" in text or "⟶" in text or "➜" in text:
        for m in _CHANGED_ARROW_RE.finditer(text):
            got = read_value(text, m.end())
            if got is not None and _credential_shaped(text[got[0] : got[1]]):
                yield got[0], got[1]
    low = text.lower()
    if _CHANGED_HINT_RE.search(low) is None:
        return
    for m in _CHANGED_RE.finditer(text):
        got = read_value(text, m.end())
        if got is None:
            continue
        a, b, quoted = got
        value = text[a:b]
        if _credential_shaped(value) and value_ok(
            value, "short", quoted=quoted, verb=False, bare=True
        ):
            yield a, b
    for m in _CHANGED_BACKWARD_RE.finditer(text):
        b = m.start()
        while b > 0 and text[b - 1] in " \t":
            b -= 1
        if b > 0 and text[b - 1] in "」』":
            b -= 1  # 「Xk9mQ2pa」に変更
        a = b
        while a > max(0, b - 64) and "!" <= text[a - 1] <= "~":
            a -= 1
        if a > 0 and "!" <= text[a - 1] <= "~":
            continue  # part of a longer token
        while a < b and text[a] in "\"'":
            a += 1
        while b > a and text[b - 1] in "\"'":
            b -= 1
        if a < b and _credential_shaped(text[a:b]):
            yield a, b


# Password words of many languages (lower case), for the misspelt-cue reader.
_CUE_WORDS_TEXT = """password passwort kennwort passord kodeord adgangskode wachtwoord lösenord salasana
    jelszó jelszo contraseña contrasena contrasenya senha hasło haslo heslo parola parolă
    şifre sifre lozinka geslo slaptažodis parool salasõna fjalëkalim lykilorð wagwoord
    пароль парола лозинка κωδικός συνθηματικό סיסמה סיסמא"""
_CUE_WORDS = frozenset(_CUE_WORDS_TEXT.split())


def _letter(c: str) -> bool:
    return c.isalpha()


def _near_misses(word: str) -> set[str]:
    """The word with one letter dropped, or two neighbouring letters swapped."""
    out = {word[:i] + word[i + 1 :] for i in range(len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    out.discard(word)
    return out


# Near misses that are words or names of their own ("parla" speaks, "Paola", "Sneha").
_REAL_WORDS = frozenset({"paola", "sneha", "parla", "parle", "lozina", "sifer", "senah", "sehna"})
_MISSPELT = frozenset(
    w
    for cue in _CUE_WORDS
    for w in _near_misses(cue)
    if len(w) >= 5 and w not in _CUE_WORDS and w not in _REAL_WORDS
)
# The misspellings as one regex branching per character (a trie): a text is searched once.
# The word boundaries are checked in code: a lookbehind tried at every position of the
# text cost more than the search itself.
_MISSPELT_RE = re.compile(_trie(sorted(_MISSPELT)))
# After the misspelt word: up to three words, then the value (on the same line).
_NEXT_TOKEN_RE = re.compile(r"[ \t]*(?P<sep>[:=：|]|-(?=[ \t]))?[ \t]*(?P<tok>[^\s]+)")


def misspelt_cue(text: str, read_value: Callable[..., Any]) -> Iterator[tuple[int, int]]:
    """Spans of values after a password word with a typo (see module doc).

    Args:
        text: the text to scan.
        read_value: `_secret_values._read_value`.
    """
    low = text.lower()
    if len(low) != len(text):
        return
    for m in _MISSPELT_RE.finditer(low):
        if (m.start() and _letter(low[m.start() - 1])) or (
            m.end() < len(low) and _letter(low[m.end()])
        ):
            continue  # part of a longer word
        pos = m.end()
        for i in range(4):
            nxt = _NEXT_TOKEN_RE.match(text, pos)
            if nxt is None:
                break
            got = read_value(text, nxt.start("tok"), field=True)
            if got is not None:
                value = text[got[0] : got[1]]
                separated = i == 0  # right after the cue, with or without a separator
                if looks_like_credential(value) or (separated and _credential_shaped(value)):
                    yield got[0], got[1]
                    break
            if nxt.group("sep") is not None or not nxt.group("tok").isalpha():
                break  # only plain words stand between the cue and its value
            pos = nxt.end()


_SQL_HINT_RE = re.compile(r"(?i)insert\s+into")


def sql_password_columns(
    text: str, is_secret_column: Callable[[str], bool], value_ok: Callable[[int, int], bool]
) -> Iterator[tuple[int, int]]:
    """Values of credential columns in SQL inserts.

    Args:
        text: the text to scan.
        is_secret_column: whether a column name names a credential.
        value_ok: whether text[a:b] is a credential value.
    """
    if _SQL_HINT_RE.search(text) is None:
        return
    from hybridsdk.routing._birth_date_columns import sql_column_cells

    for a, b, _ in sql_column_cells(text, is_secret_column, value_ok):
        yield a, b
