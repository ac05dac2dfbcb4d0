"""National identity numbers of eleven countries, each checked by its own rule.

Shapes that are distinctive on their own (UK NINO, Italian codice fiscale, Spanish
DNI/NIE, Indian PAN, a dotted CPF, a spaced Aadhaar or NIR) are reported on their check
alone. A bare run of digits that passes a check digit by chance one time in ten or eleven
(BSN, Steuer-ID, CPF, Aadhaar, My Number) is reported only with a cue word nearby
("BSN", "Steuer-ID", "CPF", "Aadhaar", "マイナンバー", a JSON key...), so order and
invoice numbers are not taken for identities.

Boundaries are ASCII: a number written right against CJK text ("番号123456789018です") is
still found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._id_checksums import (
    aadhaar_valid,
    bsn_valid,
    codice_fiscale_valid,
    cpf_valid,
    dni_valid,
    mynumber_valid,
    nie_valid,
    nino_valid,
    nir_valid,
    pan_valid,
    steuer_id_valid,
)
from hybridsdk.routing._id_fields import CUES, cue_reaches, generic_cues, last_generic_cue
from hybridsdk.routing._national_ids_intl import REFERENCE_BEFORE_RE, ascii_digits
from hybridsdk.routing._phone_context import has_phone_cue

__all__ = ["NationalIdDetector"]

# Words that announce an identity number, in the languages of the schemes above.
_CUE_RE = re.compile(
    r"(?i)(?:\bbsn\b|burgerservice|sofi|\bsteuer|\bidnr|identifikationsnummer|\btin\b|"
    r"\bcpf\b|cadastro|\baadhaa?r\b|\buid(?:ai)?\b|\bnir\b|s[ée]curit[ée] sociale|\bs[ée]cu\b|"
    r"\binsee\b|my[ _-]?number|マイナンバー|個人番号|\bnino\b|national insurance|\bni\b|"
    r"codice fiscale|\bcf\b|\bdni\b|\bnie\b|\bnif\b|\bpan\b|identi|\btax|fiscal|"
    r"ausweis|personal|national|citizen|número|numero|nummer|numéro|"
    r"आधार|आधार संख्या|पैन|स्थायी खाता|मतदाता)"
)
CUES.register("national_ids", _CUE_RE)
_CUE_WINDOW = 64
_LONG_NUMBER_RE = re.compile(r"\d[\d .\-]{3,}\d")
# A device's number right before: "IMEI 141091739959202" may pass the NIR's key by chance.
_DEVICE_BEFORE_RE = re.compile(r"(?i)(?<![a-z])(?:imei|imsi|iccid|meid|esn)[\s#:=№.]*$")

_SEP = r"[ .\-]?"
_B = r"(?<![A-Za-z0-9])"  # ASCII boundaries: CJK text around a number is not a word
_E = r"(?![A-Za-z0-9])"


def _continues_digit_run(text: str, start: int) -> bool:
    """A digit group right before `start`, one space apart: the match is a later group
    of a longer number."""
    return start >= 2 and text[start - 1] == " " and text[start - 2].isdigit()


def _digit_run_goes_on(text: str, end: int) -> bool:
    """A group of four or more digits right after `end`, one space apart: the match is
    the head of a longer number ("3505 7763 6085 5661", a card in fours, is no spaced
    Aadhaar). A shorter number after it ("5000 0000 0006 0", "... 0006 12 units") is a
    neighbour: missing the id would leak it, a wrong id only masks a number."""
    group = text[end + 1 : end + 5]
    return text[end : end + 1] == " " and len(group) == 4 and group.isdigit()


_RUN_BEFORE_RE = re.compile(r"[+(]?\d[\d ().\-]*\Z")


def _tail_of_fours(text: str, start: int) -> bool:
    """The digits before `start` (one space apart) are all groups of four: the match is
    the tail of a number printed in fours ("3505 7763 6085 5661", a card), not an id of
    its own after a phone ("713-835-4284 5012 3456 7896", "+44 20 7946 0170 ...")."""
    if not _continues_digit_run(text, start):
        return False
    run = _RUN_BEFORE_RE.search(text, max(0, start - 40), start - 1)
    groups = re.findall(r"\d+|\+", run.group(0)) if run else []
    return all(len(g) == 4 for g in groups)


def _twin_in_fours(
    text: str, start: int, end: int, pattern: re.Pattern[str], valid: Callable[[str], bool]
) -> bool:
    """Two spaced 12-digit ids back to back ("5000 0000 0006 5000 0000 0006"): the run of
    fours around the match is exactly six groups and both halves pass the scheme, so the
    match is one of two ids, not a piece of one longer number (missing both would leak
    them; cards read back to back the same way)."""
    a = start
    while a >= 5 and text[a - 1] == " " and text[a - 5 : a - 1].isdigit():
        if a > 5 and text[a - 6].isdigit():
            break
        a -= 5
    b = end
    while (
        text[b : b + 1] == " "
        and text[b + 1 : b + 5].isdigit()
        and not text[b + 5 : b + 6].isdigit()
    ):
        b += 5
    if b - a != 29 or start not in (a, a + 15):
        return False
    halves = (text[a : a + 14], text[a + 15 : b])
    return all(pattern.fullmatch(h) is not None and valid(_compact(h)) for h in halves)


def _compact(raw: str) -> str:
    return re.sub(r"[ .\-/]", "", raw)


# (scheme, pattern, validator, needs_cue)
_Scheme = tuple[str, re.Pattern[str], Callable[[str], bool], bool]
_SCHEMES: tuple[_Scheme, ...] = (
    (
        "nino",
        re.compile(_B + r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]" + _E),
        nino_valid,
        False,
    ),
    (
        "codice_fiscale",
        re.compile(
            _B
            + r"(?i:[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z])"
            + _E
        ),
        lambda v: codice_fiscale_valid(v.upper()),
        False,
    ),
    (
        "dni",
        re.compile(_B + r"(?:\d{8}|\d{2}\.\d{3}\.\d{3})[ -]?[A-Z]" + _E),
        dni_valid,
        False,
    ),
    (
        "nie",
        re.compile(_B + r"(?i:[XYZ]-?\d{7}-?[A-Z])" + _E),
        lambda v: nie_valid(v.upper()),
        False,
    ),
    ("pan", re.compile(_B + r"[A-Z]{5}\d{4}[A-Z]" + _E), pan_valid, False),
    ("cpf", re.compile(_B + r"\d{3}\.\d{3}\.\d{3}-\d{2}" + _E), cpf_valid, False),
    ("aadhaar", re.compile(_B + r"[2-9]\d{3} \d{4} \d{4}" + _E), aadhaar_valid, False),
    (
        "nir",
        re.compile(_B + r"[12378] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}" + _E),
        nir_valid,
        False,
    ),
    # Lower-cased (voice transcripts, chat): the check letter alone is one in 23, so a cue
    # is needed ("mi dni es 12345678z", "pan abcpe1234f").
    (
        "dni",
        re.compile(_B + r"(?:\d{8}|\d{2}\.\d{3}\.\d{3})[ -]?[a-z]" + _E),
        lambda v: dni_valid(v.upper()),
        True,
    ),
    ("nie", re.compile(_B + r"[xyz]-?\d{7}-?[a-z]" + _E), lambda v: nie_valid(v.upper()), True),
    ("pan", re.compile(_B + r"[a-z]{5}\d{4}[a-z]" + _E), lambda v: pan_valid(v.upper()), True),
    ("steuer_id", re.compile(_B + r"\d{2} ?\d{3} ?\d{3} ?\d{3}" + _E), steuer_id_valid, True),
    ("bsn", re.compile(_B + r"\d{4}([. ]?)\d{2}\1\d{3}" + _E), bsn_valid, True),
    ("cpf", re.compile(_B + r"\d{11}" + _E), cpf_valid, True),
    (
        "aadhaar",
        re.compile(_B + r"(?:[2-9]\d{11}|[2-9]\d{3}-\d{4}-\d{4})" + _E),
        aadhaar_valid,
        True,
    ),
    ("mynumber", re.compile(_B + r"\d{4}[ -]?\d{4}[ -]?\d{4}" + _E), mynumber_valid, True),
)


class NationalIdDetector:
    """National identity numbers: UK NINO, DE Steuer-ID, FR NIR, IT codice fiscale, ES
    DNI/NIE, NL BSN, BR CPF, IN Aadhaar (Verhoeff) and PAN, JP My Number.

    Args:
        cue_window: characters before a bare digit run searched for a cue word.
    """

    kind = PiiKind.NATIONAL_ID

    def __init__(self, *, cue_window: int = _CUE_WINDOW) -> None:
        self.cue_window = cue_window

    def __call__(self, text: str) -> Iterator[Finding]:
        taken: list[tuple[int, int]] = []
        original, text = text, ascii_digits(text)
        cue_here: bool | None = None
        for name, pattern, valid, needs_cue in _SCHEMES:
            if needs_cue:
                # Only when a cue word is in the text at all (found by literal hints).
                if cue_here is None:
                    cue_here = bool(CUES.find(text, "national_ids") or generic_cues(text))
                if not cue_here:
                    continue
            pos = 0
            while (m := pattern.search(text, pos)) is not None:
                start, end = m.start(), m.end()
                # A rejected match is tried again a character on: "4284 5012 3456" (a
                # phone's last group and two of the id's) must not swallow the id after it.
                pos = start + 1
                if any(a < end and start < b for a, b in taken):
                    continue
                if text[end : end + 1] in (".", "-") and text[end + 1 : end + 2].isdigit():
                    continue  # part of a longer dotted or dashed number
                if start and text[start - 1] in ".-" and text[start - 2 : start - 1].isdigit():
                    continue
                if start and text[start - 1] == "+":
                    continue  # "+213778549330": an international phone number's digits
                if not valid(_compact(m.group(0))):
                    continue
                if _DEVICE_BEFORE_RE.search(text, max(0, start - 12), start):
                    continue
                if (
                    " " in m.group(0)
                    and not _twin_in_fours(text, start, end, pattern, valid)
                    and (
                        (text[end - 1].isdigit() and _digit_run_goes_on(text, end))
                        or _tail_of_fours(text, start)
                    )
                ):
                    continue
                if needs_cue and not self._cued(text, start):
                    continue
                if needs_cue and (_continues_digit_run(text, start) or has_phone_cue(text, start)):
                    continue  # "Rufnummer 0043 1 234554964": the tail of a phone number
                taken.append((start, end))
                pos = end
                confidence = 0.9 if needs_cue else 0.93
                yield Finding.from_span(self.kind, original, start, end, confidence, name)

    def _cued(self, text: str, start: int) -> bool:
        """A cue word in the window before `start`, no other long number between them (a
        phone or order number after "Aadhaar: ... " is not the Aadhaar), and no reference
        word right before the number ("Bestellnummer", "注文番号")."""
        last = None
        lo = max(0, start - self.cue_window)
        for last in _CUE_RE.finditer(text, lo, start):  # noqa: B007
            pass
        generic = last_generic_cue(text, lo, start)  # "ID number", "身份证号" ...
        if generic is not None and (last is None or generic.end() > last.end()):
            last = generic
        if last is None or _LONG_NUMBER_RE.search(text, last.end(), start):
            return False
        if not cue_reaches(text, last.end(), start):
            return False
        return REFERENCE_BEFORE_RE.search(text, max(0, start - 24), start) is None
