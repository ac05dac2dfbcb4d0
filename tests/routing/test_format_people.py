"""Names read by machine formats' grammar and format tokens that are no names
(hybridsdk/routing/_format_people.py), called from _span_rules.shape_free_form.

The tagger's raw spans are written out by hand. All texts, names and numbers are made up.
"""

# ruff: noqa: RUF001

from __future__ import annotations

from hybridsdk.routing import _span_rules
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._format_people import format_token, gedcom_names, is_gedcom
from hybridsdk.routing._span_rules import shape_free_form

A, P = PiiKind.ADDRESS, PiiKind.PERSON


def _f(text: str, kind: PiiKind, value: str, nth: int = 0) -> Finding:
    at = -1
    for _ in range(nth + 1):
        at = text.index(value, at + 1)
    return Finding.from_span(kind, text, at, at + len(value), 0.5, "ner")


def _people(text: str, findings: list[Finding]) -> list[str]:
    return sorted(f.value(text) for f in findings if f.kind is P)


_GED = (
    "0 HEAD\n1 SOUR Stammbaum\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n"
    "0 @I7@ INDI\n1 NAME Jarosław Piotr /Wędrychowicz/\n2 GIVN Jarosław Piotr\n"
    "2 SURN Wędrychowicz\n1 SEX M\n1 BIRT\n2 DATE 4 FEB 1931\n2 PLAC Zamość\n1 DEAT\n"
    "0 @I8@ INDI\n1 NAME Αικατερίνη /Χατζηπέτρου/\n1 BIRT\n2 PLAC Πάφος\n"
    "0 @F1@ FAM\n1 HUSB @I7@\n1 WIFE @I8@\n1 MARR\n0 TRLR\n"
)


def test_gedcom_names_are_read_by_its_grammar() -> None:
    assert is_gedcom(_GED)
    assert [_GED[a:b] for a, b in gedcom_names(_GED)] == [
        "Jarosław Piotr",
        "Wędrychowicz",
        "Jarosław Piotr",
        "Wędrychowicz",
        "Αικατερίνη",
        "Χατζηπέτρου",
    ]


def test_gedcom_tags_and_places_are_no_names() -> None:
    raw = [
        _f(_GED, P, "FORM LINEAGE-LINKED"),
        _f(_GED, P, "CHAR"),
        _f(_GED, P, "INDI"),
        _f(_GED, P, "Jarosław"),
        _f(_GED, P, "SURN Wędrychowicz"),
        _f(_GED, P, "BIRT"),
        _f(_GED, P, "Zamość"),
        _f(_GED, P, "MARR"),
        _f(_GED, P, "PLAC Πάφος"),
    ]
    got = _people(_GED, shape_free_form(_GED, raw))
    assert got == sorted(
        [
            "Jarosław Piotr",
            "Wędrychowicz",
            "Jarosław Piotr",
            "Wędrychowicz",
            "Αικατερίνη",
            "Χατζηπέτρου",
        ]
    )


def test_level_lines_that_are_no_gedcom_are_left_alone() -> None:
    outline = "1 Introduction\n2 Methods\n3 Results\n4 Discussion by Ana Lopes\n"
    assert not is_gedcom(outline)
    notes = "0 HEAD\nsome prose that mentions Ana Lopes\nand more prose\nstill prose\n"
    assert not is_gedcom(notes)
    got = _people(outline, shape_free_form(outline, [_f(outline, P, "Ana Lopes")]))
    assert got == ["Ana Lopes"]


def test_hl7_name_components_are_one_span_each() -> None:
    text = (
        "MSH|^~\\&|LAB|HOSP|||20250101||ADT^A01|77|P|2.5\n"
        "PID|1||99812^^^HOSP^MR||NDIAYE^Awa^Khady||19800304|F\n"
        "PV1|1|I|WARD^12^1||||4411^Kowalczyk^Marta.\n"
    )
    raw = [_f(text, P, "NDIAYE^Awa^Khady"), _f(text, P, "Kowalczyk^Marta")]
    assert _people(text, shape_free_form(text, raw)) == sorted(
        ["NDIAYE", "Awa", "Khady", "Kowalczyk", "Marta"]
    )


def test_host_names_keep_the_name_only() -> None:
    text = (
        'lease 10.0.0.5 {\n  client-hostname "iPad-Soraya";\n}\n'
        'lease 10.0.0.6 {\n  client-hostname "Tiagos-MBP";\n}\n'
        'lease 10.0.0.7 {\n  client-hostname "Andreas-PC";\n}\n'
        'lease 10.0.0.8 {\n  client-hostname "Jean-Pierre";\n}\n'
    )
    raw = [
        _f(text, P, "iPad-Soraya"),
        _f(text, P, "Tiagos-MBP"),
        _f(text, P, "Andreas"),
        _f(text, P, "Jean-Pierre"),
    ]
    assert _people(text, shape_free_form(text, raw)) == sorted(
        ["Soraya", "Tiago", "Andreas", "Jean-Pierre"]
    )


def _token(text: str, value: str) -> bool:
    at = text.index(value)
    return format_token(text, at, at + len(value))


def test_log_tokens_are_no_names() -> None:
    sshd = (
        "Mar  9 04:12:55 gw sshd[411]: Invalid user admin from 10.1.1.9 port 5022\n"
        "Oct 19 23:01:02 gw sshd[412]: Connection closed by 10.1.1.9 port 5023 [preauth]\n"
    )
    assert _token(sshd, "Mar")
    assert _token(sshd, "Oct")
    assert _token(sshd, "preauth")
    ua = '1.2.3.4 - - "GET / HTTP/1.1" 200 "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko)"'
    assert _token(ua, "Gecko")
    assert _token(ua, "Mac")
    marks = "1. Mikroökonomie    6 ECTS  Note: 2,0\n2. Diritto privato   9 CFU\n3. Statistica   6 CFU\n4. Économie   5 ECTS\n"
    assert _token(marks, "ECTS")
    assert _token(marks, "CFU")


def test_names_that_look_like_log_tokens_are_kept() -> None:
    # A month name that is no syslog stamp, a capitalised bracket, a name in upper case
    # after a number that is a list's, and "Gecko" outside a user agent.
    text = (
        "May Chen wrote on 3 June.\nSee [Ana] and room 12 LIU WEI.\nGecko Ltd hired Mac Sweeney.\n"
    )
    assert not _token(text, "May")
    assert not _token(text, "Ana")
    assert not _token(text, "Gecko")
    assert not _token(text, "Mac")
    assert not _token(text, "LIU WEI")
    once = "Bed 4 OKAFOR moved to ward 2.\n"
    assert not _token(once, "OKAFOR")


def test_the_rule_can_be_switched_off() -> None:
    # An HL7 name field: only this rule splits it (GEDCOM tags are also dropped by the
    # record-field pass, so they cannot show the switch).
    text = "MSH|^~\\&|LAB|HOSP|||20250101||ADT^A01|77|P|2.5\nPID|1||5521||DIOP^Fatou||19910212|F\n"
    raw = [_f(text, P, "DIOP^Fatou")]
    assert _people(text, shape_free_form(text, raw)) == ["DIOP", "Fatou"]
    _span_rules.ENABLED.discard("format_people")
    try:
        assert _people(text, shape_free_form(text, raw)) == ["DIOP^Fatou"]
    finally:
        _span_rules.ENABLED.add("format_people")


def _addresses(text: str, findings: list[Finding]) -> list[str]:
    return sorted(f.value(text) for f in findings if f.kind is A)


def test_gedcom_addresses_are_its_addr_values_only() -> None:
    text = _GED.replace("1 DEAT\n", "1 RESI\n2 ADDR ul. Lipowa 14 m. 3, 22-400 Zamość\n1 DEAT\n", 1)
    raw = [
        _f(text, A, "2 PLAC Zamość"),
        _f(text, A, "2 SURN Wędrychowicz"),
        _f(text, A, "2 ADDR ul. Lipowa 14"),
        _f(text, P, "INDI"),
    ]
    got = _addresses(text, shape_free_form(text, raw))
    assert got == ["ul. Lipowa 14 m. 3, 22-400 Zamość"]


def test_log_heads_digest_volumes_and_course_lines_are_no_addresses() -> None:
    logcat = "12-03 08:14:22.915  4410  4432 I ActivityManager: Start proc 4410:com.x/u0a9\n"
    digest = "Quartier-list Digest, Vol 12, Issue 4\n\nToday's Topics:\n"
    courses = (
        " 1. Álgebra Lineal                6 ECTS   Nota: 8\n"
        " 2. Derecho Romano II             4 ECTS   Nota: 7\n"
    )
    for text, value in (
        (logcat, "12-03 08:14:22.915  4410  4432 I ActivityManager"),
        (digest, "Vol 12, Issue 4"),
        (courses, "2. Derecho Romano II             4 ECTS"),
        (courses, "Lineal                6"),
    ):
        assert _addresses(text, shape_free_form(text, [_f(text, A, value)])) == [], value


def test_addresses_near_numbers_and_capitals_are_kept() -> None:
    text = (
        "Send it to Keizersgracht 221, 1016 DV Amsterdam.\n"
        "Or: 18 rue des Lilas, 75011 PARIS\n"
        "Ship to 4 Elm Road, Leeds LS6 2AB\n"
    )
    raw = [
        _f(text, A, "Keizersgracht 221, 1016 DV Amsterdam"),
        _f(text, A, "18 rue des Lilas, 75011 PARIS"),
        _f(text, A, "4 Elm Road, Leeds LS6 2AB"),
    ]
    got = _addresses(text, shape_free_form(text, raw))
    assert len(got) == 3


def test_street_names_in_prose_are_no_names() -> None:
    from hybridsdk.routing._format_people import street_name

    def sn(text: str, value: str) -> bool:
        at = text.index(value)
        return street_name(text, at, at + len(value))

    assert sn("Lost my keys near Ring Road yesterday.", "Ring Road")
    assert sn("Cortes de agua en la Sexta Avenida mañana.", "Sexta Avenida")
    assert sn("Am găsit cheile lângă bd. Dacia azi.", "Dacia")
    assert sn("Βρήκα κλειδιά στη Λεωφ. Μακαρίου χθες.", "Μακαρίου")
    assert sn("Rendez-vous Rue Oberkampf à midi.", "Oberkampf")
    assert sn("ключи у ул. Пушкина", "Пушкина")
    # Names after titles and street words that are surnames or prose stay names.
    assert not sn("Ask Dr. Mensah today.", "Mensah")
    assert not sn("Ordonnance\nDr Lemoine\nSt Clair", "Lemoine")
    assert not sn("Sent via Anna Rossi.", "Anna Rossi")
    assert not sn("With Jane Park and Benny Hill.", "Jane Park")
    assert not sn("Call Kofi Boateng now.", "Kofi Boateng")
