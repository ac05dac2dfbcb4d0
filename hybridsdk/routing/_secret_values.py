"""Whether a value read after a secret's cue is a credential (`_cue_secrets.py`'s readers):
where the value ends (quotes, sentence punctuation, glued CJK text, a copula after it) and
what is refused: placeholders (`****`, `<password>`, `${DB_PASSWORD}`, `{{ password }}`),
documented example keys, code (`os.environ[...]`, `settings.DB_PASSWORD`), numbers, dates,
states ("required", "incorrect") and the words that say the value is something else.

Moved out of `_cue_secrets.py` (session 10) without a change of behaviour.
"""

# Text in many scripts is what this file is about.
# ruff: noqa: RUF001

from __future__ import annotations

import re

from hybridsdk.routing._bare_cue_secrets import (
    looks_like_credential,
    random_letters,
    random_with_symbols,
    sentence_end,
)

# A copula after the value ("मेरा पासवर्ड abc123 है", "şifrem abc123 olarak").
_COPULA_AFTER_RE = re.compile(r"[ \t]+(?:है|था|हैं|است|ہے|ہیں|է|da)(?![^\W\d_])")

# Words between cue and value that say the value is not the secret itself.
_NOT_SECRET_WORDS_TEXT = """reset link policy length strength hint field fields manager expires expiry expired
    change changed changes update updated rules requirements elector electoral única unica
    catastral interbancaria rastreo referencia producto requirement must should needs
    need min max minimum maximum forgot forgotten forget recovery hash hashed salt type format
    attempt attempts failed incorrect wrong invalid limit limits count expiration rotation
    protected protection prompt label placeholder vault vergessen zurücksetzen falsch
    ändern geändert richtlinie länge oublié oubliée réinitialiser incorrect perdu olvidé
    olvidada restablecer incorrecta cambiar dimenticato dimenticata sbagliata reimpostare
    vergeten onjuist wijzigen zapomniałem zapomniałam nieprawidłowe resetowanie glömt glömde
    fel återställ ξέχασα λάθος αλλαγή забыл забыла неверный сброс сменить نسيت غير तरीका
    भूल गलत παραγγελίας προϊόντος πελάτη επαλήθευσης κράτησης παρακολούθησης"""
_NOT_SECRET_WORDS = frozenset(_NOT_SECRET_WORDS_TEXT.split())
# Plain words that are a state, not a value ("Password: required").
_NOT_VALUES_TEXT = """required optional incorrect wrong invalid expired missing empty hidden unknown changed
    reset none null nil true false undefined redacted masked secret password passwd pass pwd
    same unchanged n/a tbd todo falsch vergessen incorrecte oublié incorrecta sbagliata
    onjuist fel changeme see below above attached sent provided siehe unten anbei voir
    ci-dessous ver abajo vedi sotto zie hieronder"""
_NOT_VALUES = frozenset(_NOT_VALUES_TEXT.split())
_PLACEHOLDER_RE = re.compile(
    r"^(?:(.)\1{2,}|<[^>]*>|\$\{[^}]*\}|\{\{.*\}\}|\{[A-Za-z_]\w*\}|%\(?\w*\)?s|"
    r"\[[^\]]*\]|\.{3}|…|[*•●]+|your[-_ ]?\w*|my[-_]?pass\w*|example\w*|"
    # shell and template variables are upper case ("$DB_PASSWORD", "%PASS%")
    r"(?-i:\$[A-Z_][A-Z0-9_]*|%[A-Z_][A-Z0-9_]*%))$",
    re.IGNORECASE,
)
# AWS's documented example keys (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)
# and key-shaped placeholders ("sk_live_xxxxxxxxxxxxxxxx").
_EXAMPLE_RUN_RE = re.compile(
    r"([xX*#.])\1{7,}"
)  # no zeros: see _secret_detector._PLACEHOLDER_RUN_RE


def _documented_example(value: str) -> bool:
    return "EXAMPLE" in value or _EXAMPLE_RUN_RE.search(value) is not None


_CALL_RE = re.compile(r"^[A-Za-z_][\w.]*(?:\(.*\)|\[.*\]|[(\[])$")
_DOTTED_RE = re.compile(r"^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$")
# Objects that hold settings in code: "settings.DB_PASSWORD", "env.token", "self.pwd".
_CODE_ROOTS_TEXT = """os env environ process settings config conf cfg self this app ctx context secrets
    vault args opts options params props request req creds credentials auth user db data
    values vars var input st window document system parameters keyring getpass"""
_CODE_ROOTS = frozenset(_CODE_ROOTS_TEXT.split())


def _is_code(value: str) -> bool:
    """Whether a value is a reference in code (`process.env.API_KEY`, `os.environ["X"]`,
    `settings.DB_PASSWORD`, `getpass()`) rather than a dotted password ("abnp.MzFny76")."""
    if _CALL_RE.match(value):
        return True
    if not _DOTTED_RE.match(value):
        return False
    parts = value.split(".")
    head = parts[0]
    if any(c.isdigit() for c in head) and not head.islower() and not head.isupper():
        return False  # "xQ7rTz0.Ab": digits in a mixed-case head, no identifier in code
    if len(parts) >= 3 or head.lower() in _CODE_ROOTS:
        return True
    return not any(c.isdigit() for c in parts[-1])  # "obj.attr", not "Word.word96"


_NUMBERISH_RE = re.compile(r"^[-+]?\d+(?:[.,]\d+)?(?:%|[.,])?$|^[-+]?\d+(?:[.,]\d+)?°")
_DATE_RE = re.compile(r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?:[T ].*)?$|^\d{1,2}:\d{2}")

_QUOTES = {
    '"': '"',
    "'": "'",
    "`": "`",
    "「": "」",
    "『": "』",
    "“": "”",
    "„": "“",
    "«": "»",
    "‘": "’",
    "‹": "›",
}
# Scripts that glue the next word to a value: CJK, kana, Hangul, fullwidth forms, and the
# scripts of the sentence around (Devanagari, Arabic) where values are ASCII.
_GLUE_RE = re.compile(
    r"[\u0600-\u06ff\u0900-\u097f\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]"
)
_VALUE_STOP = " \t\r\n\"',;<>"
_TRAILING = ",:;"
_COMMAND_RE = re.compile(r"[A-Za-z][A-Za-z-]*$")  # a command has no digits
_QUOTE_NEXT_RE = re.compile(r"[ \t]+[\"']")
_REMARK_RE = re.compile(r"[(\[][^\W\d_]+$")
_QUERY_NEXT_RE = re.compile(r"&[A-Za-z_][\w.-]*=")


def _closes_prose(text: str, pos: int, end: int, ch: str) -> bool:
    """Whether the bracket `ch` ending text[pos:end] closes one opened in the prose before
    the value ("(password: abc1)") rather than belonging to it ("token 71bPiFy8)")."""
    opening = "([{"[")]}".index(ch)]
    if text.count(opening, pos, end) >= text.count(ch, pos, end):
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    return text.count(opening, line_start, pos) > text.count(ch, line_start, pos)


def _closes_code_span(text: str, pos: int, end: int) -> bool:
    """Whether the backtick ending text[pos:end] closes an inline code span opened before
    the value on its line (and the value holds no other backtick)."""
    if "`" in text[pos : end - 1]:
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    return text.count("`", line_start, pos) % 2 == 1


def _strip_trailing(text: str, pos: int, end: int) -> int:
    """`end` moved back over ",", ":", ";" and brackets that close the prose around."""
    while end > pos:
        ch = text[end - 1]
        if ch in _TRAILING or (ch in ")]}" and _closes_prose(text, pos, end, ch)):
            end -= 1
        elif ch == "`" and _closes_code_span(text, pos, end):
            end -= 1  # "`DB_PASSWORD=Xk9mQ2p`": the inline code's closing backtick
        else:
            break
    return end


def _read_value(
    text: str,
    pos: int,
    *,
    query: bool = False,
    eq: bool = False,
    field: bool = False,
    code: bool = False,
) -> tuple[int, int, bool] | None:
    """The value starting at `pos`: (start, end, quoted), or None when there is none.

    `query`: the key sits in a URL query, so "&" ends the value; `eq`: after "=", where
    "&name=" starts the next parameter; `field`: after a field separator (":", "="), so
    punctuation at the line's end belongs to the value; `code`: a code key's value (see
    `sentence_end`)."""
    if pos >= len(text):
        return None
    # Escaped JSON in a log line (\"password\":\"...\") and Markdown bold (**...**).
    for pair in ('\\"', "**", "__"):
        if text.startswith(pair, pos):
            end = text.find(pair, pos + 2, pos + 258)
            if end > pos + 2 and "\n" not in text[pos + 2 : end]:
                return pos + 2, end, True
            # no closing pair: "**h*QOAq8" is a value that starts with stars
    close = _QUOTES.get(text[pos])
    if close is not None:
        end = text.find(close, pos + 1, pos + 257)
        if end <= pos + 1 or "\n" in text[pos + 1 : end]:
            return None
        start = pos + 1
        while start < end and text[start] in " \u00a0\u202f":
            start += 1  # « Adm!nFR77 »: French quotes take a space inside
        while end > start and text[end - 1] in " \u00a0\u202f":
            end -= 1
        return (start, end, True) if end > start else None
    end = pos
    n = len(text)
    while end < n and end - pos < 256:
        ch = text[end]
        if ch in _VALUE_STOP or _GLUE_RE.match(ch):
            break
        if ch == "&" and (query or (eq and _QUERY_NEXT_RE.match(text, end))):
            break  # "password=Xk9mQ2p&user=anna": the next query parameter
        if ch == "\\" and text[end + 1 : end + 2] in ("n", "r", "t") and end > pos:
            break  # an escaped line break (iCalendar, JSON strings): "Xk9mQ2p\nNext"
        end += 1
    # Sentence punctuation and brackets that belong to the prose around.
    if end > pos and text[end - 1] == ":" and text[pos : end - 1].isalpha():
        return None  # "Password: Email: ...": the next field's label, not a value
    end = _strip_trailing(text, pos, end)
    cut = sentence_end(text, pos, end, field=field, code=code)
    if cut != end and not _COPULA_AFTER_RE.match(text, end):  # "पासवर्ड Chai1901! है"
        end = _strip_trailing(text, pos, cut)
    if end <= pos:
        return None
    if _COMMAND_RE.match(text, pos, end) and _QUOTE_NEXT_RE.match(text, end):
        return None  # ConvertTo-SecureString "...": a command whose argument is the value
    if text[pos] in "([" and _REMARK_RE.match(text, pos, end):
        return None  # "Password: (see 1Password)": a remark, not a value
    return pos, end, False


def _value_ok(
    value: str, cls: str, *, quoted: bool, verb: bool, bare: bool, digits_ok: bool = False
) -> bool:
    """Whether a value read after a cue of class `cls` is a credential; `digits_ok`: a cue
    that names a code ("code secret", "passcode") takes 4-8 bare digits."""
    if len(value) < 4 or _PLACEHOLDER_RE.match(value) or value.lower() in _NOT_VALUES:
        return False
    if "://" in value or value.startswith(("http:", "https:", "www.")):
        return False
    if any(c in value for c in "°′″"):
        return False  # "Drop pin: 51°22′37.5″N": a coordinate
    if not quoted and " " not in value and _is_code(value):
        return False  # process.env.API_KEY, os.environ["X"], settings.DB_PASSWORD
    if _DATE_RE.match(value):
        return False
    if cls == "pin":
        # "koden er Xk9mQ2pa": a code of letters too, when it looks like a credential
        return (value.isdigit() and 4 <= len(value) <= 8) or looks_like_credential(value)
    if cls == "tmp":
        if value.isdigit():
            return False  # a one-time code sent by SMS
        cls = "short"
    if cls == "short" and not (
        any(c.isdigit() for c in value) or any(not c.isalnum() and c not in "_-." for c in value)
    ):
        return False  # "PASS: test_login", "pw: sunflower": too short a cue for a word
    if _NUMBERISH_RE.match(value) and not value.isdigit():
        return False  # "pin: 48.1374, 11.57", "token: 3.5"
    if bare:
        # No separator: the value must stand out on its own.
        if digits_ok and value.isdigit() and 4 <= len(value) <= 8:
            return True
        if looks_like_credential(value) or (cls != "tok" and random_letters(value)):
            return True
        if cls in ("pw", "cjk") and random_with_symbols(value):
            return True  # "temporary password qWmTr_EkLpsZa": generated, no digit
        has_digit = any(c.isdigit() for c in value)
        has_alpha = any(c.isalpha() for c in value)
        return (
            cls in ("pw", "cjk", "short", "tmp")
            and len(value) >= 6
            and has_digit
            and (has_alpha or not value.isdigit() or len(value) <= 8)
        )
    if cls == "tok":
        if len(value) < 8:
            return False
        mixed = any(c.isdigit() for c in value) or (
            any(c.isupper() for c in value) and any(c.islower() for c in value)
        )
        letters = value.replace("-", "").replace("_", "")
        return mixed and (not letters.isalpha() or random_letters(letters))
    if verb and not quoted and value.isalpha():
        # "the password is incorrect": a plain word after a copula is a state, unless it
        # has a capital inside ("HunTer") or is long and mixed.
        return any(c.isupper() for c in value[1:]) and any(c.islower() for c in value)
    return True
