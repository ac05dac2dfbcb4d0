"""Phone numbers dictated digit by digit: "zero seven nine one one, two three four five
six", "null eins sieben eins ...", "九〇の一二三四の五六七八" (voice transcripts, SMS typed
by voice, vertical Japanese and Chinese text).

A run of eight to fifteen digits, each a digit word or digits, in one language's words or
mixed with numerals, is read as a phone number: nobody dictates an amount or a date digit
by digit, and such a run of words is no prose. Digit words of 32 languages; "double" and
"triple" (English) repeat the next digit. A run counting up by one ("one two three four
five six seven eight nine") is counting, not a number. Han numerals (zero to nine, and
幺 and 两 as Chinese say one and two on the phone) form a run with "の", "ー" or "-" between groups.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["SpokenPhoneDetector"]

# Digit 0-9 in each language (alternatives with "/").
_DIGIT_WORDS = {
    "en": "zero/oh/o one two three four five six seven eight nine",
    "de": "null eins/ein zwei/zwo drei vier fünf sechs sieben acht neun",
    "fr": "zéro/zero un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "pt": "zero um/uma dois/duas três/tres quatro cinco seis/meia sete oito nove",
    "nl": "nul een/één twee drie vier vijf zes zeven acht negen",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "sv": "noll ett/en två tre fyra fem sex sju åtta nio",
    "da": "nul en to tre fire fem seks syv otte ni",
    "no": "null en to tre fire fem seks sju/syv åtte ni",
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět",
    "hu": "nulla egy kettő/két három négy öt hat hét nyolc kilenc",
    "ro": "zero unu doi/două trei patru cinci șase/şase șapte/şapte opt nouă",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "ru": "ноль/нуль один/одна два/две три четыре пять шесть семь восемь девять",
    "uk": "нуль один/одна два/дві три чотири п'ять/пʼять шість сім вісім дев'ять/девʼять",
    "el": "μηδέν ένα δύο/δυο τρία τέσσερα πέντε έξι επτά/εφτά οκτώ/οχτώ εννέα/εννιά",
    "id": "nol/kosong satu dua tiga empat lima enam tujuh delapan/lapan sembilan",
    "vi": "không một/mốt hai ba bốn/tư năm/lăm sáu bảy tám chín",
    "hi": "शून्य एक दो तीन चार पांच/पाँच छह/छः/छे सात आठ नौ",
    "ar": "صفر واحد اثنان/اثنين/إثنين ثلاثة/ثلاثه أربعة/اربعة/أربعه خمسة/خمسه ستة/سته "
    "سبعة/سبعه ثمانية/ثمانيه تسعة/تسعه",
    "he": "אפס אחת/אחד שתיים/שתים/שניים שלוש ארבע חמש שש שבע שמונה תשע",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
    "hr": "nula jedan/jedna dva/dvije tri četiri/cetiri pet šest/sest sedam osam devet",
    "sl": "nič/nic ena dva tri štiri/stiri pet šest/sest sedem osem devet",
    "lt": "nulis vienas du trys keturi penki šeši/sesi septyni aštuoni/astuoni devyni",
    "lv": "nulle viens divi trīs četri pieci seši septiņi astoņi deviņi",
    "bg": "нула едно/един/една две/два три четири пет шест седем осем девет",
    "fa": "صفر یک دو سه چهار پنج شش هفت هشت نه",
    "ko": "공/영 일 이 삼 사 오 육 칠 팔 구",
}


def _table() -> dict[str, int]:
    words: dict[str, int] = {}
    for spaced in _DIGIT_WORDS.values():
        for digit, alternatives in enumerate(spaced.split()):
            for w in alternatives.split("/"):
                words.setdefault(w.lower(), digit)
    return words


_WORDS = _table()


def _languages() -> dict[str, frozenset[str]]:
    langs: dict[str, set[str]] = {}
    for lang, spaced in _DIGIT_WORDS.items():
        for alternatives in spaced.split():
            for w in alternatives.split("/"):
                langs.setdefault(w.lower(), set()).add(lang)
    return {w: frozenset(v) for w, v in langs.items()}


# The languages each digit word belongs to: a word at either end of a run that belongs to
# none of the languages all its other words share is prose ("... nine 8608 to contacts":
# Danish "to", two; "para o 2 três ...": English "o", zero).
_LANGS = _languages()
_REPEAT = {"double": 2, "triple": 3}
_WORD_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:"
    + "|".join(re.escape(w) for w in sorted([*_WORDS, *_REPEAT], key=len, reverse=True))
    + r")(?![^\W\d_])|\d{1,4}(?!\d)"
)
# What may stand between two dictated digits: blanks, commas, dashes, dots; not a line
# break or a tab (a transcript's next line starts with its time: "... oito zero\n0053.80").
_GAP_RE = re.compile(r"[ \u00a0,.\-\u2013/]{0,3}")
_MIN_DIGITS, _MAX_DIGITS = 8, 15

_HAN = "〇零一二三四五六七八九幺两"
_HAN_VALUE = {c: "0012345678912"[i] for i, c in enumerate(_HAN)}
_HAN_RE = re.compile(rf"[{_HAN}](?:[{_HAN}]|[のー\-\u2212\s](?=[{_HAN}])){{7,24}}")


class SpokenPhoneDetector:
    """Phone numbers dictated digit by digit, in words of 25 languages or Han numerals."""

    kind = PiiKind.PHONE

    def __call__(self, text: str) -> Iterator[Finding]:
        if _may_hold_a_run(text):
            yield from self._words(text)
        if _HAN_CHAR_RE.search(text) is not None:
            for m in _HAN_RE.finditer(text):
                digits = "".join(_HAN_VALUE[c] for c in m.group(0) if c in _HAN_VALUE)
                if _MIN_DIGITS <= len(digits) <= _MAX_DIGITS and not _counting(digits):
                    yield Finding.from_span(
                        self.kind, text, m.start(), m.end(), 0.7, "phone_spoken"
                    )

    def _words(self, text: str) -> Iterator[Finding]:
        run_end = -1
        # (start, end, digits, the digit word or "" for numerals) of the run's tokens
        parts: list[tuple[int, int, str, str]] = []
        repeat = 1
        for m in _WORD_RE.finditer(text):
            token = m.group(0).lower()
            joined = run_end >= 0 and _GAP_RE.fullmatch(text, run_end, m.start()) is not None
            if not joined:
                yield from self._close(text, parts)
                parts, repeat = [], 1
            if token in _REPEAT:
                repeat = _REPEAT[token]
                run_end = m.end()
                continue
            if token.isdigit():
                digits = token * repeat if len(token) == 1 else token
                parts.append((m.start(), m.end(), digits, ""))
            else:
                parts.append((m.start(), m.end(), str(_WORDS[token]) * repeat, token))
            repeat = 1
            run_end = m.end()
        yield from self._close(text, parts)

    def _close(self, text: str, parts: list[tuple[int, int, str, str]]) -> Iterator[Finding]:
        if sum(1 for p in parts if p[3]) < 3:
            return  # digits alone are the numbering-plan detector's job
        parts = _trim_foreign_ends(parts)
        if sum(1 for p in parts if p[3]) < 3:
            return
        number = "".join(p[2] for p in parts)
        if not _MIN_DIGITS <= len(number) <= _MAX_DIGITS or _counting(number):
            return
        yield Finding.from_span(self.kind, text, parts[0][0], parts[-1][1], 0.7, "phone_spoken")


_HAN_CHAR_RE = re.compile(f"[{_HAN}]")
_STRIP = ",.-\u2013/"


def _may_hold_a_run(text: str) -> bool:
    """A cheap first pass over the blank-separated words: whether eight of them in a row
    are digit words or numerals, three of them words (the regex pass costs ten times
    more, and almost no text has such a run)."""
    row = words = 0
    for token in text.lower().split():
        token = token.strip(_STRIP)
        if token in _WORDS or token in _REPEAT:
            row += 1
            words += 1
        elif token.isdigit() and len(token) <= 4:
            row += 1
        elif not token:
            continue  # a lone dash or comma between groups
        else:
            row = words = 0
            continue
        if row >= _MIN_DIGITS // 2 and words >= 3:
            return True
    return False


def _trim_foreign_ends(parts: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The run without a digit word at either end that belongs to none of the languages
    shared by all the run's other digit words (when they share one)."""
    words = [p[3] for p in parts if p[3]]
    if len(words) < 4:
        return parts
    for edge in (0, -1):
        word = parts[edge][3]
        if not word:
            continue
        others = list(words)
        others.remove(word)
        shared = frozenset.intersection(*(_LANGS[w] for w in others))
        if shared and not (shared & _LANGS[word]):
            parts = parts[1:] if edge == 0 else parts[:-1]
            words.remove(word)
    return parts


def _counting(digits: str) -> bool:
    """Whether the digits count up or down by one ("12345678", "98765432")."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(digits)}
    return steps in ({1}, {9})
