# ruff: noqa: RUF001  (Czech, Finnish and Kazakh phrasings)
"""A dev set of names and addresses from sources the tagger never trains on (issue #12).

    python benchmarks/privacy_data/names_dev.py [--n 1000] [--out names_dev.jsonl]

Writes labelled texts ({"text", "locale", "style", "source", "spans"}) for tuning the
name/address tagger (`edge_models/build/build_pii_ner.py`) on names it has not seen:

- source "mimesis-cs", "mimesis-fi", "mimesis-kk": names, surnames and addresses from
  mimesis's Czech, Finnish and Kazakh lists, locales held out whole from the tagger's
  training texts and gazetteer (`MIMESIS_DEV_LOCALES`; Faker's cs_CZ and fi_FI are held
  out too, Faker has no Kazakh);
- source "gender-guesser-<country>": first names from gender-guesser's name dictionary
  (Jörg Michael's nam_dict, GNU FDL; read here, never shipped or trained on) for 16
  countries, keeping only names that are in none of the tagger's gazetteer lists, alone
  or with a held-out Czech/Finnish surname or an initial.

Phrasings and frames are written for this set and shared with no training template.
Needs `pip install mimesis==22.2.0 gender-guesser==0.4.0 faker` (build time only). Not
the held-out sets: those stay unread while tuning.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "edge_models" / "build"))

SEED = 515151
_COUNTRIES = (
    "russia", "ukraine", "the_stans", "turkey", "arabia", "india", "china", "japan", "korea",
    "vietnam", "greece", "poland", "czech_republic", "finland", "romania", "hungary",
)  # fmt: skip
_LOCALE = {"cs": "cs_CZ", "fi": "fi_FI", "kk": "kk_KZ"}

# {v}: the value. None of these is a training phrasing.
_PERSON = (
    "I'm writing on behalf of {v}.", "{v} here, quick question about my bill",
    "Please forward this to {v} before Friday", "Signed: {v}", "--\n{v}\nAccount manager",
    "Best wishes from {v}", "Message left for {v} at reception", "{v} has checked in at desk 4",
    "ticket raised by {v}", "Our contact there is {v}", "Visitor: {v} (badge 31)",
    "The parcel is addressed to {v}", "cardholder {v}", "On behalf of {v}, thank you",
    "Hey it's {v}, running late", "Dear colleague {v},", "Recipient name: {v}", "Author: {v}",
    "{v} wrote:\n> see attached", "Could {v} call me back?", "Consultation with {v} at 3 pm",
    "Dobrý večer, tady {v}", "S pozdravem\n{v}", "Terveisin,\n{v}", "Hei, olen {v}",
    "Сәлеметсіз бе, {v}!", "Құрметпен,\n{v}", "Меня зовут {v}, звоню по заказу",
)  # fmt: skip
_ADDRESS = (
    "Please send the invoice to {v}.", "Delivery point:\n{v}", "We moved! New place: {v}",
    "Pickup from {v} tomorrow", "Registered office: {v}", "The leak is at {v}, flat upstairs",
    "home address {v}", "Doručovací adresa: {v}", "Toimitusosoite: {v}", "Мекенжай: {v}",
    "Адрес проживания: {v}", "correspondence address - {v}",
)  # fmt: skip
_NEGATIVE = (
    "Meeting moved to Thursday, room 4B.", "The router restarted twice overnight.",
    "Invoice 55812 is overdue by 14 days.", "Can you resend the PDF?", "Weather looks fine.",
    "Version 3.2.1 fixed the crash.", "Order shipped via express.",
)  # fmt: skip


def gender_guesser_names(known: set[str]) -> dict[str, list[str]]:
    """First names per country from gender-guesser's dictionary, none in `known`."""
    import gender_guesser
    from gender_guesser.detector import Detector

    path = Path(gender_guesser.__file__).resolve().parent / "data" / "nam_dict.txt"
    out: dict[str, list[str]] = {c: [] for c in _COUNTRIES}
    idx = {c: Detector.COUNTRIES.index(c) for c in _COUNTRIES}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        name = line.split()[1].replace("+", "-")
        if not all(ch.isalpha() or ch == "-" for ch in name) or name.lower() in known:
            continue
        if any(part.lower() in known for part in name.split("-")):
            continue
        cols = line[30:]
        for country, i in idx.items():
            if i < len(cols) and cols[i].strip():
                out[country].append(name)
    return out


def generate(n: int, seed: int = SEED) -> list[dict[str, Any]]:
    """`n` labelled texts (see the module docstring)."""
    import _pii_ner_data as ner_data
    from _pii_ner_mimesis import MIMESIS_DEV_LOCALES, MimesisFake

    words = ner_data.gazetteer_words_all()
    known = set().union(*words.values())
    gg = gender_guesser_names(known)
    rng = random.Random(seed)
    fakes = {loc: MimesisFake(loc, seed + i) for i, loc in enumerate(MIMESIS_DEV_LOCALES)}
    out = []
    for i in range(n):
        use_gg = i % 2 == 1
        loc = MIMESIS_DEV_LOCALES[(i // 2) % len(MIMESIS_DEV_LOCALES)]
        fake = fakes[loc]
        source = f"mimesis-{loc}"
        pieces: list[tuple[str, str | None]] = []
        for j in range(rng.choice((1, 1, 2, 3))):
            r = rng.random()
            if r < 0.55:
                if use_gg:
                    country = _COUNTRIES[(i // 2 + j) % len(_COUNTRIES)]
                    source = f"gender-guesser-{country}"
                    first = rng.choice(gg[country])
                    s = rng.random()
                    latin = fakes["cs" if s < 0.5 else "fi"]
                    value = (
                        first if s < 0.4
                        else f"{first} {latin.last_name()}" if s < 0.8
                        else f"{first} {rng.choice('ABCDEFGHKLMNPRSTV')}."
                    )  # fmt: skip
                else:
                    value = fake.name() if rng.random() < 0.8 else fake.first_name()
                template, kind = rng.choice(_PERSON), "person"
            elif r < 0.85:
                value = fake.address() if rng.random() < 0.6 else fake.street_address()
                template, kind = rng.choice(_ADDRESS), "address"
            else:
                pieces.append((rng.choice((*_NEGATIVE, str(fake.company()))), None))
                pieces.append((rng.choice(("\n", " | ", "\n\n")), None))
                continue
            before, after = template.split("{v}")
            pieces += [
                (before, None),
                (value, kind),
                (after, None),
                (rng.choice(("\n", " | ", "\n\n")), None),
            ]
        text, spans, pos = "", [], 0
        for piece, kind in pieces[:-1] if pieces and pieces[-1][1] is None else pieces:
            if kind:
                spans.append([kind, pos, pos + len(piece)])
            text += piece
            pos += len(piece)
        out.append({"text": text, "locale": _LOCALE[loc] if not use_gg else "en_US",
                    "style": "line", "source": source, "mimesis_locale": loc, "spans": spans})  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=Path("names_dev.jsonl"))
    args = parser.parse_args(argv)
    with args.out.open("w", encoding="utf-8") as f:
        for item in generate(args.n):
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {args.n} texts to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
