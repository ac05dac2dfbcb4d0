"""A name found once is found at every mention, and no free-form span cuts a letter."""

from __future__ import annotations

from hybridsdk.routing._detectors import Finding, PiiKind, PiiScanner
from hybridsdk.routing._name_repeats import _MAX_VALUES, spread_free_form

SCANNER = PiiScanner()


def _person(text: str, value: str, nth: int = 0) -> Finding:
    at = -1
    for _ in range(nth + 1):
        at = text.index(value, at + 1)
    return Finding.from_span(PiiKind.PERSON, text, at, at + len(value), 0.9, "ner")


def _spans(findings: list[Finding], text: str) -> list[tuple[str, str]]:
    return sorted((f.value(text), f.detector) for f in findings)


def test_other_mentions_of_a_found_name_are_found() -> None:
    text = "Anna Berg called. Please ring Anna Berg back."
    out = spread_free_form(text, [_person(text, "Anna Berg")])
    assert _spans(out, text) == [("Anna Berg", "ner"), ("Anna Berg", "ner_repeat")]


def test_only_on_word_boundaries() -> None:
    text = "Ann Lee wrote; Ann Leeds and DeAnn Lee are others."
    out = spread_free_form(text, [_person(text, "Ann Lee")])
    # The whole name nowhere else; its parts only as whole words ("Ann" of "Ann Leeds",
    # "Lee" of "DeAnn Lee"), never inside "Leeds" or "DeAnn".
    assert [(f.value(text), f.start) for f in out] == [("Ann Lee", 0), ("Ann", 15), ("Lee", 35)]


def test_a_name_found_in_full_is_found_where_written_in_part() -> None:
    text = "Destinatar: Ana Popescu, Str. Lunga 3. Primit de Popescu la 14:00; Ana a semnat."
    out = spread_free_form(text, [_person(text, "Ana Popescu")])
    assert _spans(out, text) == [
        ("Ana", "ner_repeat"), ("Ana Popescu", "ner"), ("Popescu", "ner_repeat"),
    ]  # fmt: skip


def test_lower_case_particles_and_short_words_are_not_parts() -> None:
    text = "Maria de la Cruz wrote. de la Cruz? la de! Li Na and Li"
    out = spread_free_form(text, [_person(text, "Maria de la Cruz"), _person(text, "Li Na")])
    assert _spans(out, text) == [
        ("Cruz", "ner_repeat"), ("Li Na", "ner"), ("Maria de la Cruz", "ner"),
    ]  # fmt: skip


def test_a_wider_span_still_marks_the_name_in_it_elsewhere() -> None:
    text = "Dear Popescu,\nthe parcel is here.\n> Popescu"
    out = spread_free_form(text, [_person(text, "Dear Popescu")])
    assert ("Popescu", "ner_repeat") in _spans(out, text)


def test_touching_han_pieces_are_looked_up_whole() -> None:
    text = "惠敏 > OK\n惠敏: 好的"
    pieces = [
        Finding.from_span(PiiKind.PERSON, text, 0, 1, 0.9, "ner"),
        Finding.from_span(PiiKind.PERSON, text, 1, 2, 0.9, "ner"),
    ]
    out = spread_free_form(text, pieces)
    assert (text.rindex("惠敏"), text.rindex("惠敏") + 2) in [(f.start, f.end) for f in out]


def test_a_han_name_found_in_part_inside_a_short_word_is_taken_whole() -> None:
    text = "文慧 - 我到了\n晓晴: 好"
    part = Finding.from_span(PiiKind.PERSON, text, 1, 2, 0.9, "ner")  # "慧" of "文慧"
    (whole,) = spread_free_form(text, [part])
    assert whole.value(text) == "文慧"


def test_a_han_character_inside_running_prose_is_not_stretched() -> None:
    text = "我们两周后在杭州见面吧"
    part = Finding.from_span(PiiKind.PERSON, text, 6, 7, 0.9, "ner")
    (same,) = spread_free_form(text, [part])
    assert (same.start, same.end) == (6, 7)


def test_caseless_scripts_need_no_spaces() -> None:
    text = "田中さんへ。田中より。"
    out = spread_free_form(text, [_person(text, "田中")])
    assert [(f.start, f.end) for f in out] == [(0, 2), (6, 8)]


def test_a_span_is_stretched_over_the_combining_marks_after_it() -> None:
    text = "[13:08] संगीता: नमस्ते"
    cut = Finding.from_span(PiiKind.PERSON, text, 8, 13, 0.9, "ner")  # "संगीत" + "ा" left over
    (whole,) = spread_free_form(text, [cut])
    assert whole.value(text) == "संगीता"


def test_short_and_structured_values_are_not_spread() -> None:
    text = "Jo met Jo. Mail a@b.co or a@b.co"
    email = Finding.from_span(PiiKind.EMAIL, text, 16, 22, 0.99, "email")
    out = spread_free_form(text, [_person(text, "Jo"), email])
    assert len(out) == 2


def test_at_most_a_bounded_number_of_values_is_looked_up() -> None:
    names = [f"Name{i:03d} Person" for i in range(_MAX_VALUES + 10)]
    text = " ".join(names) + " | " + " ".join(names)
    found = [_person(text, n) for n in names]
    repeats = [f for f in spread_free_form(text, found) if f.detector.endswith("_repeat")]
    assert len(repeats) == _MAX_VALUES


def test_the_scanner_finds_a_repeated_name_and_pseudonymises_both() -> None:
    text = "[13:08] संगीता: मैं यहाँ हूँ\n[13:14] संगीता: मेरा पता है"
    persons = [f for f in SCANNER.scan(text, locale="hi_IN") if f.kind is PiiKind.PERSON]
    assert [f.value(text) for f in persons] == ["संगीता", "संगीता"]


def test_parts_of_a_georgian_name_are_looked_up() -> None:
    # Mkhedruli letters are lower case to Unicode but Georgian has no capitals in names:
    # a given name written alone after "Surname, Given" was found is masked too.
    text = "დამსწრე: ბერიძე, ნინო\n- [ ] ნინო: გაგზავნე ოქმი\n- [ ] ბერიძე: ინვოისი"
    out = spread_free_form(text, [_person(text, "ბერიძე, ნინო")])
    assert _spans(out, text) == [
        ("ბერიძე", "ner_repeat"), ("ბერიძე, ნინო", "ner"), ("ნინო", "ner_repeat"),
    ]  # fmt: skip


def test_lower_case_latin_words_are_still_no_parts() -> None:
    text = "Jan van der Berg signed; van der said no."
    out = spread_free_form(text, [_person(text, "Jan van der Berg")])
    assert ("van", "ner_repeat") not in _spans(out, text)
    assert ("der", "ner_repeat") not in _spans(out, text)
