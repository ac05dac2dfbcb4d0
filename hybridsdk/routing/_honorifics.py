"""Titles and honorifics before a name, in many languages: not part of the name's span.

The labelling convention (docs/privacy_sets.md) gives a person span the name only: "Dr. Anna
Berg" is labelled "Anna Berg". The tagger often takes the title in ("Dr.", "Sra.", "Pak",
"Miss", "BS."). `strip_title` removes titles at the start of a person span:

- a word from `_TITLES` (with or without its stop), written from general knowledge of each
  language's forms of address, academic and professional titles (no evaluation text was
  read for them); words that are also common given names ("Don", "Dona", "Sri", "Anh", "Pan")
  are left out, a name must never be lost;
- any short abbreviation of two to four letters with its stop ("Dra.", "Mgr.", "med.")
  followed by a capitalised word: a name has no stop inside it except after an initial
  (one letter: "J. Smith" keeps its "J.").

A greeting or sign-off before the name ("Dear", "Abraços,") is cut the same way
(`_greeting_words`).

Suffixes written after a name in Japanese, Chinese and Korean ("様", "先生", "씨") are
trimmed too when the span has a name before them.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re

from hybridsdk.routing._greeting_words import greeting

__all__ = ["strip_suffix", "strip_title"]

# Lower case, without the final stop; inner stops kept ("sig.ra").
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "doctor",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "revd",
        "capt",
        "col",
        "gen",
        "lt",
        "sgt",
        "hon",
        "messrs",
        "mmes",
        "mstr",
        "herr",
        "frau",
        "hr",
        "frl",
        "fräulein",
        "dipl",
        "mag",
        "med",
        "dres",
        "doktor",
        "mme",
        "mlle",
        "monsieur",
        "madame",
        "mademoiselle",
        "me",
        "pr",
        "docteur",
        "sr",
        "sra",
        "srta",
        "señor",
        "señora",
        "señorita",
        "doña",
        "dña",
        "lic",
        "licdo",
        "licda",
        "lcdo",
        "lcda",
        "ing",
        "dra",
        "arq",
        "profa",
        "senhor",
        "senhora",
        "srª",
        "eng",
        "engª",
        "profª",
        "sig",
        "sig.ra",
        "sig.na",
        "signor",
        "signore",
        "signora",
        "signorina",
        "dott",
        "dott.ssa",
        "dottssa",
        "avv",
        "geom",
        "arch",
        "dhr",
        "mevr",
        "mw",
        "heer",
        "mevrouw",
        "juffrouw",
        "drs",
        "ir",
        "fru",
        "fröken",
        "frk",
        "doktor",
        "herra",
        "rouva",
        "neiti",
        "tri",
        "ll",
        "hra",
        "rva",
        "pani",
        "panna",
        "mgr",
        "inż",
        "lek",
        "hab",
        "paní",
        "slečna",
        "mudr",
        "judr",
        "phdr",
        "doc",
        "ifj",
        "özv",
        "id",
        "dl",
        "dna",
        "dnul",
        "dra",
        "domnul",
        "doamna",
        "domnișoara",
        "г-н",
        "г-жа",
        "господин",
        "госпожа",
        "гражданин",
        "гражданка",
        "пані",
        "д-р",
        "проф",
        "κα",
        "κος",
        "κύριος",
        "κυρία",
        "κυρ",
        "δρ",
        "καθ",
        "sayın",
        "bayan",
        "doç",
        "av",
        "bapak",
        "pak",
        "ibu",
        "bu",
        "sdr",
        "sdri",
        "saudara",
        "saudari",
        "tuan",
        "nyonya",
        "nona",
        "encik",
        "cik",
        "puan",
        "drg",
        "hj",
        "haji",
        "ông",
        "bà",
        "chị",
        "bs",
        "ths",
        "ts",
        "gs",
        "pgs",
        "gng",
        "bb",
        "shri",
        "shrimati",
        "smt",
        "kumari",
        "sushri",
        "श्री",
        "श्रीमती",
        "सुश्री",
        "कुमारी",
        "डॉ",
        "प्रो",
        # Thai doctors and dentists (male, female), Armenian doctor
        "นพ",
        "พญ",
        "ทพ",
        "ทพญ",
        "բժ",
        "ဒေါက်တာ",
        # Urdu: Mr, Mrs/Ms (respected), Begum
        "جناب",
        "محترم",
        "محترمہ",
        "بیگم",
        "السيد",
        "السيدة",
        "الآنسة",
        "الدكتور",
        "الدكتورة",
        "الأستاذ",
        "الأستاذة",
        "الأخ",
        "الأخت",
        "الكريم",
        "الكريمة",
        "الفاضل",
        "الفاضلة",
        "الأستاذة",
        "الشيخ",
        "מר",
        "גב'",
        "גברת",
        'ד"ר',
        "פרופ'",
        'עו"ד',
        "הרב",
        "آقای",
        "خانم",
        "دکتر",
        "bw",
        "dkt",
    ]
)
# A name's suffix in scripts without spaces: "山田様", "王先生", "김민준 씨".
_SUFFIX_RE = re.compile(r"\s?(?:様|さま|さん|ちゃん|くん|君|氏|殿|先生|女士|小姐|老师|씨|님)\Z")
_TOKEN_RE = re.compile(r"\S+")
_ABBREV_RE = re.compile(r"[^\W\d_]{2,4}\.")


def _is_title(token: str, following: str) -> bool:
    word = token.rstrip(".:,")
    if word.lower() in _TITLES or greeting(token, following):
        return True
    # "Dra.", "Mgr.", "med." before a capitalised word; not an initial ("J.").
    return bool(_ABBREV_RE.fullmatch(token)) and following[:1].isupper()


def strip_title(value: str) -> int:
    """How many characters at the start of `value` (a person span) are titles and the
    blanks after them: 0 when none, `len(value)` when the span is nothing but titles."""
    at = 0
    for _ in range(3):
        m = _TOKEN_RE.match(value, at)
        if m is None:
            break
        token = m.group(0)
        rest = value[m.end() :].lstrip()
        if not _is_title(token, rest):
            break
        if not rest:
            return len(value)
        at = len(value) - len(rest)
    return at


def strip_suffix(value: str) -> int:
    """How many characters at the end of `value` are a name suffix ("様", " 씨"), when a
    name of at least two characters stays before it."""
    m = _SUFFIX_RE.search(value)
    if m is None or len(value[: m.start()].strip()) < 2:
        return 0
    return len(value) - m.start()
