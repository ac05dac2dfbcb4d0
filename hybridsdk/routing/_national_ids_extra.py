"""Identity and tax numbers of the Caucasus and Central Asia, West and Southern Africa,
the Philippines, Uruguay, Serbia, Slovenia and Malta, as schemes of
`WorldNationalIdDetector` (session 9, after the sixth privacy set).

Bare, on shape and check alone: MT VAT number (`MT` and 8 digits, mod 37).

After a word naming the scheme (or a generic identity word, for schemes with a check
digit; rules in `_id_checksums_extra`): UY cédula (`C.I.`, "cédula") and RUT, RS PIB
(`PIB`, `ПИБ`), AZ VÖEN, SI davčna številka, KZ IIN (`ИИН`, `ЖСН`, "IIN").

Format only, after their own name: GE personal number (`პირადი ნომერი`, `პ/ნ`: 11
digits), KZ identity card (`уд. личности`, "удостоверение": 9 digits), AO bilhete de
identidade and NIF (`BI`, `NIF`: 9 digits, a province's two letters, 3 digits), MT identity
card (`Karta tal-Identità`, "ID card": digits and a letter), NG BVN (`BVN`: 11 digits from
22) and TIN (8 digits, a dash, 4), PH TIN (`TIN`: dashed groups of three) and PhilHealth
number, BD e-TIN (12 digits).

AZ FIN (`FİN`, "FIN": the 7 letters and digits of an identity card's personal code) has
fewer than five digits in a row, so it is read apart, by `az_fin_spans`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._id_checksums_extra import (
    az_voen_valid,
    kz_iin_valid,
    mt_vat_valid,
    rs_pib_valid,
    si_tax_valid,
    uy_ci_valid,
    uy_rut_valid,
)
from hybridsdk.routing._id_schemes import B as _B
from hybridsdk.routing._id_schemes import E as _E
from hybridsdk.routing._id_schemes import Scheme as _Scheme
from hybridsdk.routing._id_schemes import cue as _cue
from hybridsdk.routing._id_schemes import digits_of as _digits

__all__ = ["EXTRA_CUED", "EXTRA_FORMAT_ONLY", "EXTRA_SHAPED", "az_fin_spans"]


def _ao_bi(v: str) -> bool:
    """AO bilhete de identidade / NIF of a person: 9 digits, two letters, 3 digits."""
    return len(v) == 14 and v[:9].isdigit() and v[9:11].isalpha() and len(set(v[:9])) > 2


def _mt_id(v: str) -> bool:
    """MT identity card: up to 7 digits and a letter (M, G, A, P, L, H, B, Z)."""
    return 4 <= len(v) <= 8 and v[:-1].isdigit() and v[-1] in "MGAPLHBZ" and len(set(v)) > 2


EXTRA_SHAPED: tuple[_Scheme, ...] = (
    ("mt_vat", re.compile(_B + r"MT ?\d{8}" + _E), mt_vat_valid, None),
)  # fmt: skip

EXTRA_CUED: tuple[_Scheme, ...] = (
    ("uy_ci", re.compile(_B + r"(?:\d\.?\d{3}\.?\d{3}|\d{3}\.?\d{3})-?\d" + _E), uy_ci_valid,
     _cue(r"(?-i:\bC\.\s?I\b\.?|\bCI[ :])|c[ée]dula de identidad|\bc[ée]dula\b")),
    ("uy_rut", re.compile(_B + r"\d{12}" + _E), uy_rut_valid,
     _cue(r"\brut[ :.]|registro [úu]nico tributario")),
    ("rs_pib", re.compile(_B + r"\d{9}" + _E), rs_pib_valid,
     _cue(r"\bpib\b|\bпиб\b|poreski identifikacioni broj|порески идентификациони број")),  # noqa: RUF001
    ("az_voen", re.compile(_B + r"\d{10}" + _E), az_voen_valid,
     _cue(r"\bv[öo]en\b|\bвоен\b|vergi [öo]d[əe]yicisinin")),  # noqa: RUF001
    ("si_tax", re.compile(_B + r"\d{8}" + _E), si_tax_valid,
     _cue(r"dav[čc]n\w* [šs]tevilk\w*|id za ddv|identifikacijsk\w* [šs]tevilk\w* za ddv")),
    ("kz_iin", re.compile(_B + r"\d{12}" + _E), kz_iin_valid,
     _cue(r"\bиин\b|\bжсн\b|\biin[ :]|индивидуальн\w* идентификационн\w* номер|жеке сәйкестендіру")),
    ("mt_vat", re.compile(_B + r"(?:MT ?)?\d{8}" + _E), mt_vat_valid,
     _cue(r"\bvat[ :.]|taxxa fuq il-valur")),
    # Format only: their own name must come before them.
    ("ge_pn", re.compile(_B + r"\d{11}" + _E), _digits(11),
     _cue(r"პირადი (?:ნომერი|№|ნომ\.)|(?<!\w)პ/ნ(?!\w)|(?<!\w)პ\.ნ\.?")),
    ("kz_id_card", re.compile(_B + r"\d{9}" + _E), _digits(9),
     _cue(r"уд\.\s?личност\w*|удостоверени[еяю]\b|жеке куәлік\w*")),
    ("ao_bi", re.compile(_B + r"\d{9}[A-Z]{2}\d{3}" + _E), _ao_bi,
     _cue(r"(?-i:\bBI[ :])|\bnif[ :.]|bilhete de identidade")),
    ("mt_id", re.compile(_B + r"\d{3,7}[MGAPLHBZ]" + _E), _mt_id,
     _cue(r"karta tal-identit\w*|\bid card\b")),
    ("ng_bvn", re.compile(_B + r"22\d{9}" + _E), _digits(11),
     _cue(r"\bbvn\b|bank verification number")),
    ("ng_tin", re.compile(_B + r"\d{8}-\d{4}" + _E), _digits(12),
     _cue(r"\btin[ :.]|tax identification number")),
    ("ph_tin", re.compile(_B + r"\d{3}-\d{3}-\d{3}(?:-\d{3,5})?" + _E), _digits(9, 12, 13, 14),
     _cue(r"\btin[ :.]|tax identification number")),
    ("ph_philhealth", re.compile(_B + r"\d{2}-?\d{9}-?\d" + _E), _digits(12),
     _cue(r"philhealth")),
    ("bd_etin", re.compile(_B + r"\d{12}" + _E), _digits(12), _cue(r"\be-?tin[ :.]")),
)  # fmt: skip
EXTRA_FORMAT_ONLY = frozenset(
    {"ge_pn", "kz_id_card", "ao_bi", "mt_id", "ng_bvn", "ng_tin", "ph_tin", "ph_philhealth",
     "bd_etin"}
)  # fmt: skip

# AZ FIN: 7 capital letters and digits (no vowels I, O among them on real cards, but
# written ones vary). After "FIN" alone it must hold a digit ("FIN: PAYROLL" is a finance
# department's); after the Azerbaijani "FİN" (dotted capital I) or "FİN kod" any is one.
_AZ_FIN_RE = re.compile(
    r"(?<![^\W\d_])(?P<cue>F[İI]N)(?:\s?(?:kod(?:u)?|code))?(?![^\W\d_])"
    r"[\s:#№.=\-]{0,6}(?P<value>[0-9A-Z]{7})(?![0-9A-Za-z])"
)


def az_fin_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each AZ FIN after its cue."""
    if "FİN" not in text and "FIN" not in text:
        return
    for m in _AZ_FIN_RE.finditer(text):
        value = m.group("value")
        if m.group("cue") != "FİN" and not any(c.isdigit() for c in value):
            continue
        if value.isdigit():
            continue  # seven digits: a number, not this code
        yield m.span("value")
