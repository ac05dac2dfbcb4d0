"""Identity numbers in health records that name them by a type code, not by a word.

- HL7 v2: a patient's identifiers are repetitions of a CX field ("PID-3"), each
  ``number^^^authority^type``; the type code of HL7 table 0203 says what the number is:
  NI (national unique individual identifier), NN (national person identifier), SS
  (social security), CZ (citizenship card), NH (national health plan), HC (health card),
  TAX (tax id). "MR" (medical record), "AN" (account), "VN" (visit) are not read.
- FHIR JSON: the values of a Patient, Person, RelatedPerson or Practitioner resource's
  ``identifier`` array. A record number typed or named as one ("MR", "medical-record",
  "mrn", "encounter", "account") is left out; an identifier of any other system is the
  person's own number, as national registries, insurers and tax offices issue them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["CONFIDENCE", "RecordIdDetector"]

CONFIDENCE = 0.9

_HL7_CX_RE = re.compile(
    r"(?<=[|~])(?P<v>[A-Za-z0-9][A-Za-z0-9 .\-/]{3,30})"
    r"\^[^|~^\r\n]*\^[^|~^\r\n]*\^[^|~^\r\n]*\^(?:NI|NN|SS|CZ|NH|HC|TAX)(?=[\^|~\r\n]|$)"
)
_FHIR_PERSON_RE = re.compile(
    r'"resourceType"\s*:\s*"(?:Patient|Person|RelatedPerson|Practitioner)"'
)
_IDENTIFIER_RE = re.compile(r'"identifier"\s*:\s*\[')
_OBJECT_RE = re.compile(r"\{(?:[^{}]|\{[^{}]*\}|\{[^{}]*\{[^{}]*\}[^{}]*\})*\}")
_VALUE_RE = re.compile(r'"value"\s*:\s*"(?P<v>[A-Za-z0-9][A-Za-z0-9 .\-/]{3,30})"')
_RECORD_NUMBER_RE = re.compile(
    r'(?i)"code"\s*:\s*"(?:MR|AN|VN|PI|FILL|PLAC|ACSN|RI)"|medical[-_ ]?record|\bmrn\b'
    r"|encounter|account|visit|episode|accession|order"
)
_MAX_ARRAY = 4000


def _digits_ok(value: str) -> bool:
    return sum(c.isdigit() for c in value) >= 5


def _hl7_spans(text: str) -> Iterator[tuple[int, int]]:
    if "^" not in text or "|" not in text:
        return
    for m in _HL7_CX_RE.finditer(text):
        if _digits_ok(m.group("v")):
            yield m.span("v")


def _fhir_spans(text: str) -> Iterator[tuple[int, int]]:
    if '"identifier"' not in text or _FHIR_PERSON_RE.search(text) is None:
        return
    for arr in _IDENTIFIER_RE.finditer(text):
        end = text.find("]", arr.end(), arr.end() + _MAX_ARRAY)
        while end > 0 and text.count("[", arr.end(), end) > text.count("]", arr.end(), end):
            end = text.find("]", end + 1, arr.end() + _MAX_ARRAY)
        if end < 0:
            continue
        for obj in _OBJECT_RE.finditer(text, arr.end(), end + 1):
            body = obj.group(0)
            if _RECORD_NUMBER_RE.search(body):
                continue
            for v in _VALUE_RE.finditer(body):
                if _digits_ok(v.group("v")):
                    yield obj.start() + v.start("v"), obj.start() + v.end("v")


class RecordIdDetector:
    """Identity numbers typed by HL7 v2 identifier codes and FHIR person identifiers;
    see the module docstring."""

    kind = PiiKind.NATIONAL_ID

    def __call__(self, text: str) -> Iterator[Finding]:
        for a, b in (*_hl7_spans(text), *_fhir_spans(text)):
            yield Finding.from_span(self.kind, text, a, b, CONFIDENCE, "id_record")
