"""The scanner's shortcuts (session 13, latency) find what the full passes found: the
e-mail pattern run on the lines with an "@" only, the party label tried on colon-ended
lines only, case-sensitive id cues sought as written, cue matches kept for the last text,
a form's labels given up at the first repeated one."""

from __future__ import annotations

import re

from hybridsdk.routing import _cue_secrets, _email_detector, _party_lines
from hybridsdk.routing._id_fields import CueFinder
from hybridsdk.routing._person_filters import FormLabels

_LOG = "\n".join(f"2024-05-0{i % 9 + 1} 10:3{i % 10}:08 INFO job {i} ok: done" for i in range(40))


def test_email_lines_only_match_the_whole_text_scan() -> None:
    texts = [
        _LOG + "\nmail anna.meyer@example.org, cc: j.o'brien@firma.de\n" + _LOG,
        "Kontakt：mail anna＠web.de\nsecond line b@c.io",
        "no address here",
        "user@host.com",
        '"john doe"@example.com\n' + _LOG + "\nend x@y.org",
    ]
    for text in texts:
        whole = [m.span() for m in _email_detector._EMAIL_RE.finditer(text)]
        assert [m.span() for m in _email_detector._at_lines_matches(text)] == whole


def test_party_names_match_the_whole_text_scan() -> None:
    texts = [
        "Recipient:\nJane Doe\n12 High Street\n" + _LOG,
        _LOG + "\nThanks! Delivery address:\nAyşe Kaya\nAtatürk Cad. No:5\nFrom:\nBob\nx",
        "Absender: \r\nMax Muster\r\nHauptstr. 1\nEmpfänger：\nAnna Berg\n10115 Berlin",
    ]
    for text in texts:
        whole = [
            m.span(1)
            for m in _party_lines._PARTY_RE.finditer(text)
            if _party_lines._name_line(m.group(1)) and any(c.isdigit() for c in m.group(2))
        ]
        assert _party_lines.party_names(text) == whole
        assert whole  # each text has a party name


def test_case_sensitive_cue_sought_as_written() -> None:
    finder = CueFinder(re.compile(r"(?i)(?:(?-i:\bC\.\s?I\b\.?|\bCI[ :])|cedula)"))
    text = "cc: c.i. carlos C.I. 12345678, CI: 9876 ... cédula / cedula 1"
    spans = [m.span() for m in finder.finditer(text)]
    assert (text.index("C.I."), text.index("C.I.") + 4) in spans
    assert (text.index("CI:"), text.index("CI:") + 3) in spans
    assert (text.index("cedula"), text.index("cedula") + 6) in spans
    assert text.index("c.i.") not in [a for a, _ in spans]  # lower case: not this cue


def test_cue_matches_are_the_same_on_each_call() -> None:
    text = "password: hunter22 and token=abc"
    first = [m.span() for m in _cue_secrets._cue_matches(text)]
    assert first and [m.span() for m in _cue_secrets._cue_matches(text)] == first
    other = "no cue at all"
    assert list(_cue_secrets._cue_matches(other)) == []


def test_form_labels_none_after_a_repeated_label() -> None:
    form = "Name: Ana\nDatum: 1.2.2024\nIBAN: DE00\nOrt: Bonn\n"
    assert FormLabels(form, set()).labels == {"Name", "Datum", "IBAN", "Ort"}
    assert FormLabels(form + "Name: Ben\nStadt: Köln\n", set()).labels == set()
