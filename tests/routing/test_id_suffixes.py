"""National ids widened over a bracketed check character or a Bolivian department code
written after their digits (session 11)."""

from __future__ import annotations

from hybridsdk.routing._detectors import Finding, PiiKind, PiiScanner
from hybridsdk.routing._id_suffixes import with_id_suffixes

SCANNER = PiiScanner(ner=False)


def ids(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind is PiiKind.NATIONAL_ID]


def widened(text: str, start: int, end: int, kind: PiiKind = PiiKind.NATIONAL_ID) -> str:
    f = Finding.from_span(kind, text, start, end, 0.9, "t")
    (out,) = with_id_suffixes(text, [f])
    return out.value(text)


def test_bracketed_check_character() -> None:
    assert ids("姓名：李\n身份證編號：7654321(0)\n地址：氹仔") == ["7654321(0)"]
    assert widened("ID A123456(7) ok", 3, 10) == "A123456(7)"


def test_department_code() -> None:
    assert ids("Nombre: Rosa\nCédula de identidad: 4471203 SC\nCelular: 7") == ["4471203 SC"]
    assert widened("CI 1316560 L.P. Celular", 3, 10) == "1316560 L.P."


def test_no_widening() -> None:
    assert widened("CI 4471203 SCANNED", 3, 10) == "4471203"  # a word, not a code
    assert widened("ID 4471203 (see note)", 3, 10) == "4471203"
    assert widened("ID 4471203(12)", 3, 10) == "4471203"
    assert widened("ID AB44712 LP", 3, 10) == "AB44712"  # letters: no Bolivian card
    assert widened("tel 4471203 LP", 4, 11, PiiKind.PHONE) == "4471203"
