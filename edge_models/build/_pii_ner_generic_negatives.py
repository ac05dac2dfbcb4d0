"""More hard negatives for the generic layouts (build time only; session 11).

Session 10's candidate read an education line ("<year>  <university>") as a name and an
IBAN-shaped code with a bad checksum as an address. These are the two classes, written for
every language the generic labels use: institutions (universities, schools, hospitals,
academies, named after a city or a founder) and opaque codes (IBAN-, VIN-, ticket- and
licence-shaped strings of letters and digits). None comes from an evaluation set.
"""

from __future__ import annotations

import random
import string
from typing import Any

# "{c}" is a city, "{p}" a family name (institutions named after people are negatives too).
_INSTITUTIONS = {
    "en": ("University of {c}", "{c} State University", "{p} College", "{c} Institute of Technology", "{c} General Hospital", "St. {p}'s School", "{c} High School", "{p} Academy"),
    "de": ("Universität {c}", "Technische Universität {c}", "Hochschule {c}", "{p}-Gymnasium", "Klinikum {c}", "Realschule {c}"),
    "fr": ("Université de {c}", "Lycée {p}", "École normale de {c}", "CHU de {c}", "Collège {p}", "Institut {p}"),
    "es": ("Universidad de {c}", "Universidad Politécnica de {c}", "Colegio {p}", "Hospital {p}", "Instituto {c}"),
    "it": ("Università di {c}", "Politecnico di {c}", "Liceo {p}", "Ospedale {p}", "Istituto {p}"),
    "pt": ("Universidade de {c}", "Universidade Federal de {c}", "Colégio {p}", "Hospital {p}", "Escola {p}"),
    "nl": ("Universiteit {c}", "Hogeschool {c}", "{p} College", "Ziekenhuis {c}"),
    "pl": ("Uniwersytet {c}", "Politechnika {c}", "Liceum im. {p}", "Szpital {c}"),
    "tr": ("{c} Üniversitesi", "{c} Teknik Üniversitesi", "{p} Lisesi", "{c} Devlet Hastanesi"),
    "ru": ("{c} государственный университет", "Университет {c}", "Гимназия {p}", "Больница {c}"),
    "sv": ("{c} universitet", "Kungliga Tekniska högskolan {c}", "{p}skolan", "{c} sjukhus"),
    "cs": ("Univerzita {c}", "Gymnázium {p}", "Nemocnice {c}"),
    "ro": ("Universitatea din {c}", "Colegiul Național {p}", "Spitalul {c}"),
    "id": ("Universitas {c}", "Institut Teknologi {c}", "SMA Negeri {c}", "Rumah Sakit {p}"),
    "ms": ("Universiti Malaya {c}", "Universiti Teknologi {c}", "Sekolah Kebangsaan {c}", "Hospital {c}"),
    "vi": ("Đại học {c}", "Trường THPT {p}", "Bệnh viện {c}"),
    "el": ("Πανεπιστήμιο {c}", "Λύκειο {c}"),
    "ja": ("{c}大学", "{c}高等学校", "{c}病院"),
    "zh": ("{c}大学", "{c}中学", "{c}医院"),
    "ko": ("{c}대학교", "{c}고등학교", "{c}병원"),
}  # fmt: skip


def institution(rng: random.Random, fake: Any, lang: str) -> str:
    """A university, school or hospital in `lang`'s way (English for a language not listed)."""
    forms = _INSTITUTIONS.get(lang) or _INSTITUTIONS["en"]
    if rng.random() < 0.2:
        forms = _INSTITUTIONS["en"]
    text = rng.choice(forms).format(c=str(fake.city()), p=str(fake.last_name()))
    if rng.random() < 0.25:  # an education line: "<year>  <institution>"
        text = f"{rng.randint(1975, 2024)}{rng.choice(('  ', ' ', ' - ', ': '))}{text}"
    return text


def code(rng: random.Random) -> str:
    """An opaque code: IBAN-, VIN-, ticket- or licence-shaped letters and digits."""
    up, dig = string.ascii_uppercase, string.digits
    shape = rng.randrange(4)
    if shape == 0:  # IBAN-shaped, checksum not checked, grouped or not
        body = "".join(rng.choice(up + dig) for _ in range(rng.randint(12, 26)))
        text = rng.choice(up) + rng.choice(up) + "".join(rng.choice(dig) for _ in range(2)) + body
        if rng.random() < 0.4:
            text = " ".join(text[i : i + 4] for i in range(0, len(text), 4))
        return text
    if shape == 1:  # VIN-shaped
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ" + dig) for _ in range(17))
    if shape == 2:  # ticket / case number
        prefix = "".join(rng.choice(up) for _ in range(rng.randint(2, 5)))
        return f"{prefix}-{rng.randint(10, 999999)}"
    # licence key
    return "-".join(
        "".join(rng.choice(up + dig) for _ in range(5)) for _ in range(rng.randint(3, 5))
    )
