"""Phone numbers dictated digit by digit: "zero seven nine one one, two three four five
six", "null eins sieben eins ...", "九〇の一二三四の五六七八" (voice transcripts, SMS typed
by voice, vertical Japanese and Chinese text).

A run of eight to fifteen digits, each a digit word or digits, in one language's words or
mixed with numerals, is read as a phone number: nobody dictates an amount or a date digit
by digit, and such a run of words is no prose. Digit words of 25 languages; "double" and
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
}


def _table() -> dict[str, int]:
    words: dict[str, int] = {}
    for spaced in _DIGIT_WORDS.values():
        for digit, alternatives in enumerate(spaced.split()):
            for w in alternatives.split("/"):
                words.setdefault(w.lower(), digit)
    return words


_WORDS = _table()
_REPEAT = {"double": 2, "triple": 3}
_WORD_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:"
    + "|".join(re.escape(w) for w in sorted([*_WORDS, *_REPEAT], key=len, reverse=True))
    + r")(?![^\W\d_])|\d{1,4}(?!\d)"
)
# What may stand between two dictated digits: blanks, commas, dashes, dots, "and".
_GAP_RE = re.compile(r"[\s,.\-\u2013/]{0,3}")
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
        run_start = run_end = -1
        digits: list[str] = []
        words = 0
        repeat = 1
        for m in _WORD_RE.finditer(text):
            token = m.group(0).lower()
            joined = run_end >= 0 and _GAP_RE.fullmatch(text, run_end, m.start()) is not None
            if not joined:
                yield from self._close(text, run_start, run_end, digits, words)
                run_start, digits, words, repeat = m.start(), [], 0, 1
            if token in _REPEAT:
                repeat = _REPEAT[token]
                run_end = m.end()
                continue
            if token.isdigit():
                digits.append(token * repeat if len(token) == 1 else token)
            else:
                digits.append(str(_WORDS[token]) * repeat)
                words += 1
            repeat = 1
            run_end = m.end()
        yield from self._close(text, run_start, run_end, digits, words)

    def _close(
        self, text: str, start: int, end: int, digits: list[str], words: int
    ) -> Iterator[Finding]:
        if start < 0 or words < 3:
            return  # digits alone are the numbering-plan detector's job
        number = "".join(digits)
        if not _MIN_DIGITS <= len(number) <= _MAX_DIGITS or _counting(number):
            return
        yield Finding.from_span(self.kind, text, start, end, 0.7, "phone_spoken")


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


def _counting(digits: str) -> bool:
    """Whether the digits count up or down by one ("12345678", "98765432")."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(digits)}
    return steps in ({1}, {9})
