"""Shared helpers for v8a styles: people, addresses, ids, companies, look-alike snippets."""

from __future__ import annotations

import random
import uuid

from _v8a_doc import Doc
from _v8a_lang import Loc, id_cue, script_for
from _v8a_names import Person, person
from _v8a_places import address
from _v8a_values import digits, national_id

# company names: not persons even when they contain a family name (hard negatives)
COMPANIES = {
    "BO": ["Importadora Mamani S.R.L.", "Tecnologías Andinas SRL", "Transportes Quispe Hnos.", "Ferretería El Illimani",
           "Agroexport Chiquitano S.A."],
    "CR": ["Distribuidora Vargas y Mora S.A.", "Soluciones Ticas S.R.L.", "Ferretería El Guarco", "Café Tarrazú Export S.A.",
           "Inversiones Quesada Ltda."],
    "HT": ["Quincaillerie Pierre & Fils", "Boulangerie Saint-Marc", "Haïti Tech Solutions S.A.", "Dépôt Laguerre",
           "Agro-Artibonite S.A."],
    "DZ": ["SARL Haddad Import", "EURL Tassili Informatique", "Sonelgaz Distribution", "SPA Brahimi Frères",
           "Mobilis Partenaire Bab Ezzouar"],
    "IQ": ["شركة الرافدين للتجارة", "مكتب الجبوري للسياحة", "Babylon Soft LLC", "شركة دجلة للانترنت", "Al-Noor Pharma"],
    "LB": ["Khoury Frères SAL", "Cedars Digital SARL", "Pâtisserie Haddad", "Société Libanaise de Transport", "Byblos Trading SAL"],
    "BW": ["Moyo Hardware (Pty) Ltd", "Kalahari Data Services", "Tswana Agri Supplies", "Modise Motors (Pty) Ltd",
           "Okavango Tours"],
    "KH": ["Angkor Digital Co., Ltd.", "ហាងលក់គ្រឿងសំណង់ សុខ ហេង", "Mekong Logistics Co., Ltd", "Khmer Rice Export",
           "Tonle Sap Tech"],
    "FJ": ["Goundar Shipping Ltd", "Bula Tech Solutions", "Pacific Hardware (Fiji) Ltd", "Nadi Bay Tours", "Suva Print House"],
    "YE": ["مؤسسة الشرعبي التجارية", "شركة سبأ للاتصالات", "Aden Soft", "مكتب الحداد للصرافة", "Yemen Net Partner"],
}  # fmt: skip


def who(rng: random.Random, loc: Loc, lang: str, female: bool | None = None) -> Person:
    return person(rng, loc.cc, script_for(lang, loc.cc), female)


def latin(rng: random.Random, loc: Loc) -> Person:
    return person(rng, loc.cc, "latin")


def put_address(
    d: Doc,
    rng: random.Random,
    loc: Loc,
    lang: str,
    multiline: bool | None = None,
    indent: str = "",
    sep: str = "",
) -> str:
    """Write an address: one span on one line, or one span per line; returns its text."""
    variant = {"ar": "ar", "en": "en"}.get(lang, "")
    if loc.cc == "KH" and lang != "km":
        variant = "en"
    lines = address(rng, loc.cc, variant)
    if multiline is None:
        multiline = rng.random() < 0.35
    if multiline and len(lines) == 3 and not any(ch.isdigit() for ch in lines[2]):
        lines = [lines[0], " ".join(lines[1:])]  # a province alone is not an address line
    if multiline and not any(ch.isdigit() or ch in ",،" for ch in lines[-1]):
        multiline = False  # a city alone is not an address line: write it on one line
    if multiline:
        for i, ln in enumerate(lines):
            if i:
                d.t("\n" + indent)
            d.v("address", ln)
    else:
        comma = "، " if lang == "ar" else " " if lang == "km" else ", "
        d.v("address", (sep or comma).join(lines))
    return "\n".join(lines)


def put_id(
    d: Doc, rng: random.Random, loc: Loc, lang: str, scheme: str = "", colon: str = ": "
) -> str:
    sch, val = national_id(rng, loc.cc, scheme)
    d.t(id_cue(rng, loc.cc, sch, lang) + colon)
    d.v("national_id", val)
    return sch


def company(rng: random.Random, loc: Loc) -> str:
    return rng.choice(COMPANIES[loc.cc])


def uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def lookalike(rng: random.Random, loc: Loc) -> str:
    """An unlabelled look-alike line (order numbers, versions, hashes, masked cards, ...)."""
    return rng.choice([
        f"Ref: INV-2025-{digits(rng, 6)}", f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}-rc{rng.randint(1, 9)}",
        f"commit {hexs(rng, 40)}", f"id={uid(rng)}", f"**** **** **** {digits(rng, 4)}",
        f"tracking: {rng.choice(['RR', 'CP', 'EE'])}{digits(rng, 9)}{loc.cc}", "π ≈ 3.14159265",
        f"SKU {rng.choice('ABCDEFGH')}{digits(rng, 2)}-{digits(rng, 4)}-{rng.choice('XYZ')}",
        f"{rng.randint(10, 99)}.{digits(rng, 1)} °C / {rng.randint(20, 95)} %HR",
        f"ticket #{digits(rng, 7)}", f"build {digits(rng, 8)}.{digits(rng, 4)}",
        "placeholder: <email> / x.x.x.x", f"{loc.cur} {rng.randint(10, 9999)}.{digits(rng, 2)}",
    ])  # fmt: skip
