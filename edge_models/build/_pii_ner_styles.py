# ruff: noqa: RUF001  (en and em dashes in SMS sign-offs)
"""Whole documents in the styles people write, for the tagger's training (build time only).

`_pii_ner_data.varied_texts` puts one phrasing around each value; real messages have a
layout, and the layout is where the tagger went wrong (issue #12's dev sets): a greeting
or a subject alone at the start of a line read as a name, a CSV header or a form label in
Greek, Arabic or Korean read as a name, a product or a "Bakery + surname" shop read as a
name, while a chat speaker, a name in a CSV column, a name on the line after a sign-off,
a name after "on behalf of" and a lower-case name in a voice transcript were missed.

`styled_texts` writes documents of ten kinds (support tickets, e-mails with signatures,
chat logs with timestamps and speakers, CSV exports, kiosk forms, JSON with keys in the
text's language, app logs, voice transcripts, SMS, and prose about shops and products),
with cue words of 40 languages (`_pii_ner_cues`), the language mostly the locale's own and
sometimes another one (foreign names in a message are common). Names, surnames, streets
come from the given Faker-like source (Faker, mimesis or made-up names), so they are the
same sources as the other training texts; products from mimesis's hardware, car, food and
finance lists and made-up "Word + Pro/Max/5" models.

Labels: person, address, dob spans as everywhere; greetings, sign-offs, labels, subjects,
speakers that are roles ("Support", "Bot"), shops, companies and products are "O".
"""

from __future__ import annotations

import random
import re
from datetime import datetime
from functools import cache
from typing import Any

from _pii_ner_cues import BOT_SPEAKERS, CJK_TRADES, CUES, TRADES, cues
from faker import Faker

_MIMESIS_TEXT = {
    "ja": "ja", "zh": "zh", "ko": "ko", "ar": "ar-eg", "el": "el", "ru": "ru", "uk": "uk",
    "tr": "tr", "pl": "pl", "de": "de", "es": "es", "fr": "fr", "nl": "nl", "pt": "pt-br",
    "en": "en", "sv": "sv", "da": "da", "no": "no", "hu": "hu", "hr": "hr", "sk": "sk",
    "az": "az", "et": "et", "is": "is",
}  # fmt: skip
_FAKER_LOREM = {"en": "en_US", "hi": "hi_IN", "bn": "bn_BD", "he": "he_IL", "hy": "hy_AM", "fa": "fa_IR", "vi": "vi_VN", "tl": "tl_PH"}  # fmt: skip
# Fixed bounds for log and table dates: Faker's "now"/"today" would make two builds differ.
_SINCE, _UNTIL = datetime(2023, 1, 1), datetime(2026, 1, 1)
_MODEL_SUFFIX = ("Pro", "Max", "Plus", "Mini", "Lite", "Ultra", "Gold", "Classic", "Air", "X", "S", "Neo", "One", "Go", "Sport")  # fmt: skip
# People named by their role in a record: more cues than "Name", in several languages.
ROLES = (
    "Guest", "Driver", "Patient", "Passenger", "Recipient", "Sender", "Technician",
    "Applicant", "Owner", "Tenant", "Member", "Student", "Employee", "Approved by",
    "Checked by", "Assignee", "Reporter", "Caller", "Courier", "Landlord", "Witness",
    "Gast", "Fahrer", "Empfänger", "Absender", "Mieter", "Bearbeiter", "Invité", "Chauffeur",
    "Destinataire", "Expéditeur", "Locataire", "Huésped", "Conductor", "Destinatario",
    "Remitente", "Ospite", "Autista", "Mittente", "Hóspede", "Motorista", "Remetente",
    "Gast", "Bestuurder", "Ontvanger", "Afzender", "Gość", "Kierowca", "Odbiorca",
    "Nadawca", "Misafir", "Sürücü", "Alıcı", "Gönderen", "Επισκέπτης", "Οδηγός",
    "Παραλήπτης", "Гость", "Водитель", "Получатель", "Отправитель", "Гість", "Водій",
    "Отримувач", "الضيف", "السائق", "المستلم", "المرسل", "अतिथि", "ड्राइवर", "प्राप्तकर्ता",
    "ゲスト", "運転手", "受取人", "差出人", "客人", "司机", "收件人", "寄件人", "손님", "기사",
    "수신인", "발신인",
)  # fmt: skip
_JOBS = (
    "Office Manager", "Sales", "Accounting", "Head of IT", "CTO", "Customer Success",
    "Project Lead", "Technical Support", "Einkauf", "Vertrieb", "Comptabilité", "Ventas",
    "Logística", "Amministrazione", "Inkoop", "Zakupy", "Muhasebe", "Λογιστήριο",
    "Бухгалтерия", "Відділ продажів", "المبيعات", "बिक्री विभाग", "営業部", "销售部", "영업팀",
)  # fmt: skip


@cache
def _mimesis(kind: str, locale: str) -> Any:
    import mimesis

    return getattr(mimesis, kind)(locale, seed=7)


def _words(lang: str, fake: Any, rng: random.Random, k: int) -> list[str]:
    """k ordinary words of the language (mimesis's or Faker's word lists)."""
    try:
        if lang in _MIMESIS_TEXT:
            t = _mimesis("Text", _MIMESIS_TEXT[lang])
            t.reseed(rng.randrange(1 << 30))
            return [w for w in t.words(k) if w]
        if lang in _FAKER_LOREM and lang != "en":
            f = _lorem(lang)
            f.seed_instance(rng.randrange(1 << 30))
            return list(f.words(k))
    except Exception:
        pass
    # Faker's fallback is Latin lorem ipsum, which looks like made-up names: real English
    # words instead.
    f = _lorem("en")
    f.seed_instance(rng.randrange(1 << 30))
    return list(f.words(k))


@cache
def _lorem(lang: str) -> Faker:
    return Faker(_FAKER_LOREM[lang])


def _phrase(lang: str, fake: Any, rng: random.Random, lo: int = 2, hi: int = 4) -> str:
    """A short subject-like phrase with its first word capitalised ("Konto gesperrt")."""
    words = _words(lang, fake, rng, rng.randint(lo, hi))
    if not words:
        return "Question"
    s = " ".join(words)
    if lang in ("ja", "zh"):
        s = "".join(words)
    return s[:1].upper() + s[1:]


def _sentence(lang: str, fake: Any, rng: random.Random) -> str:
    if lang in _MIMESIS_TEXT and rng.random() < 0.6:
        try:
            t = _mimesis("Text", _MIMESIS_TEXT[lang])
            t.reseed(rng.randrange(1 << 30))
            s = str(t.sentence())
            if len(s) < 160:
                return s
        except Exception:
            pass
    return _phrase(lang, fake, rng, 3, 7) + rng.choice((".", "!", "", "?"))


def product(rng: random.Random, fake: Any, lang: str) -> str:
    """A product, brand, dish, bank or company name: no person."""
    r = rng.random()
    loc = _MIMESIS_TEXT.get(lang, "en")
    try:
        if r < 0.15:
            return str(_mimesis("Hardware", "en").phone_model())
        if r < 0.3:
            return str(_mimesis("Transport", "en").car())
        if r < 0.4:
            return str(_mimesis("Transport", "en").manufacturer())
        if r < 0.5:
            return str(_mimesis("Food", loc).dish())
        if r < 0.6:
            return str(_mimesis("Finance", loc).company())
        if r < 0.7:
            return str(_mimesis("Finance", loc).bank())
        if r < 0.8:
            return str(fake.company())
    except Exception:
        pass
    word = rng.choice(_words(lang, fake, rng, 2) or ["Nova"])
    word = word[:1].upper() + word[1:]
    return f"{word} {rng.choice(_MODEL_SUFFIX)}" + (
        f" {rng.randint(2, 20)}" if rng.random() < 0.4 else ""
    )


def shop(rng: random.Random, fake: Any, lang: str) -> str:
    """A shop or company named after a person: "Bäckerei Huber", "山田製作所"."""
    last = str(fake.last_name())
    if lang in CJK_TRADES:
        return last + rng.choice(CJK_TRADES[lang])
    trade = rng.choice(TRADES)
    r = rng.random()
    if r < 0.45:
        return f"{trade} {last}"
    if r < 0.7:
        return f"{last} {trade}"
    if r < 0.85:
        return f"{last}'s {trade}" if lang == "en" else f"{trade} {fake.first_name()}"
    return f"{trade} {last} & {fake.last_name()}"


def _name(fake: Any, rng: random.Random, locale: str, short: float = 0.4) -> str:
    from _pii_ner_data import _name_forms

    if rng.random() < short:
        return str(fake.first_name())
    return _name_forms(fake, rng, locale)


def _address(fake: Any, rng: random.Random, lines: bool = False) -> str:
    """An address; on several lines only where the layout allows it (`lines`)."""
    from _pii_ner_data import _address_forms

    addr = _address_forms(fake, rng)
    return addr if lines else addr.replace("\n", ", ")


def _dob(fake: Any, rng: random.Random, lang: str) -> str:
    from _pii_ner_data import _dob_forms

    return _dob_forms(fake, rng, lang)


class _Doc:
    def __init__(self) -> None:
        self.parts: list[tuple[str, str | None]] = []

    def add(self, text: str, kind: str | None = None) -> _Doc:
        if text and kind == "person":
            from _pii_ner_data import split_title

            head, text, tail = split_title(text)  # "Dr." and ", MD" stay outside the span
            self.add(head)
            if text:
                self.parts.append((text, kind))
            return self.add(tail)
        if text:
            self.parts.append((text, kind))
        return self

    def cue(self, template: str, value: str, kind: str = "person") -> _Doc:
        before, _, after = template.partition("{v}")
        return self.add(before).add(value, kind).add(after)

    def render(self, lower: bool = False) -> tuple[str, list[list[Any]]]:
        text, spans, pos = [], [], 0
        for piece, kind in self.parts:
            if lower:
                piece = piece.lower()
            if kind:
                spans.append([kind, pos, pos + len(piece)])
            text.append(piece)
            pos += len(piece)
        return "".join(text), spans


def _value(
    fake: Any, rng: random.Random, c: dict[str, tuple[str, ...]], key: str = ""
) -> tuple[str, str]:
    """(label, value) of a field that is no name: phone, e-mail, order, device, total."""
    key = (
        key
        if key in ("phone", "email", "order", "device", "total")
        else rng.choice(("phone", "phone", "email", "email", "order", "device", "total"))
    )
    if key == "phone":
        value = str(fake.phone_number())
    elif key == "email":
        value = str(fake.email())
    elif key == "order":
        value = f"{rng.choice(('#', '', 'A-', 'PO-'))}{rng.randint(10000, 9999999)}"
    elif key == "device":
        value = f"{rng.choice(('v', 'fw ', ''))}{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"
    else:
        value = f"{rng.randint(3, 999)},{rng.randint(10, 99)}"
    return rng.choice(c[key]), value


def _other_value(fake: Any, rng: random.Random, c: dict[str, tuple[str, ...]]) -> str:
    label, value = _value(fake, rng, c)
    return f"{label}{rng.choice((': ', ' ', ' = '))}{value}"


def _body_line(
    d: _Doc, fake: Any, rng: random.Random, locale: str, c: dict[str, tuple[str, ...]], lang: str
) -> None:
    """One line of a message body: a cue with a name, a value, a shop or product, or words."""
    r = rng.random()
    if r < 0.2:
        d.cue(rng.choice(c["behalf"] + c["fwd"] + c["intro"]), _name(fake, rng, locale, 0.25))
    elif r < 0.25:
        d.cue(
            rng.choice(ROLES) + rng.choice((": {v}", " {v}", " - {v}", ": {v} ({n})")),
            _name(fake, rng, locale, 0.3),
        )
        d.parts[-1] = (d.parts[-1][0].replace("{n}", str(rng.randint(1, 99))), None)
    elif r < 0.45:
        d.add(_other_value(fake, rng, c))
    elif r < 0.6:
        d.add(rng.choice(c["address"]) + rng.choice((": ", ":\n", " "))).add(
            _address(fake, rng, True), "address"
        )
    elif r < 0.72:
        thing = shop(rng, fake, lang) if rng.random() < 0.5 else product(rng, fake, lang)
        s = _sentence(lang, fake, rng).rstrip(".!?")
        d.add(rng.choice((f"{thing} {s}", f"{s} ({thing})", f"{s}: {thing}", f"{s} {thing}.")))
    else:
        d.add(_sentence(lang, fake, rng))


def _greeting(
    d: _Doc, fake: Any, rng: random.Random, locale: str, c: dict[str, tuple[str, ...]]
) -> None:
    g = rng.choice(c["hi"])
    if rng.random() < 0.25:
        d.add(g + rng.choice((" ", ", "))).add(_name(fake, rng, locale, 0.6), "person")
        d.add(rng.choice((",", "!", "")))
    else:
        d.add(g + rng.choice((",", "!", "", ",", " :)")))


def _signoff(
    d: _Doc, fake: Any, rng: random.Random, locale: str, c: dict[str, tuple[str, ...]]
) -> None:
    d.add(rng.choice(c["bye"]) + rng.choice((",", "", "!", ",")))
    d.add(rng.choice(("\n", "\n", "\n\n", " ", "\n-- \n", "\n--\n")))
    d.add(_name(fake, rng, locale, 0.5), "person")


def _ticket(
    fake: Any, rng: random.Random, locale: str, lang: str, c: dict[str, tuple[str, ...]]
) -> _Doc:
    d = _Doc()
    num = rng.randint(1000, 999999)
    subj = _phrase(lang, fake, rng)
    d.add(rng.choice((f"#{num} {subj}\n", f"Ticket #{num}\n{rng.choice(c['subject'])}: {subj}\n",
                      f"[{num}] {subj}\n", f"{rng.choice(c['subject'])}: {subj}\n", f"RE: {subj}\n")))  # fmt: skip
    if rng.random() < 0.4:
        d.add("From: ").add(_name(fake, rng, locale, 0.1), "person").add(f" <{fake.email()}>\n")
    if rng.random() < 0.5:
        d.add(
            f"{rng.choice(c['status'])}: {rng.choice(('low', 'normal', 'high', 'urgent', *_words(lang, fake, rng, 1)))}\n"
        )
    d.add(rng.choice(("\n", "")))
    _greeting(d, fake, rng, locale, c)
    d.add("\n")
    for _ in range(rng.randint(1, 3)):
        _body_line(d, fake, rng, locale, c, lang)
        d.add(rng.choice(("\n", ". ", "\n\n", " - ")))
    if rng.random() < 0.85:
        d.add("\n")
        _signoff(d, fake, rng, locale, c)
    return d


def _email(
    fake: Any, rng: random.Random, locale: str, lang: str, c: dict[str, tuple[str, ...]]
) -> _Doc:
    d = _Doc()
    _greeting(d, fake, rng, locale, c)
    d.add("\n")
    d.add(_phrase(lang, fake, rng) if rng.random() < 0.5 else _sentence(lang, fake, rng)).add("\n")
    if rng.random() < 0.5:
        _body_line(d, fake, rng, locale, c, lang)
        d.add("\n")
    _signoff(d, fake, rng, locale, c)
    for _ in range(rng.randint(0, 4)):
        r = rng.random()
        d.add("\n")
        if r < 0.3:
            d.add(rng.choice(_JOBS) + (f" | {shop(rng, fake, lang)}" if rng.random() < 0.3 else ""))
        elif r < 0.55:
            d.add(shop(rng, fake, lang) if rng.random() < 0.5 else str(fake.company()))
        elif r < 0.75:
            d.add(_address(fake, rng, True), "address")
        else:
            d.add(f"{rng.choice(('Tel.: ', 'T: ', 'M ', '', 'Tel '))}{fake.phone_number()}")
    return d


def _chat(
    fake: Any, rng: random.Random, locale: str, lang: str, c: dict[str, tuple[str, ...]]
) -> _Doc:
    d = _Doc()
    speaker = _name(fake, rng, locale, 0.65)
    bot = rng.choice(BOT_SPEAKERS) + rng.choice(("", "", "-Bot", " Bot", "_01"))
    h, m = rng.randint(0, 23), rng.randint(0, 50)
    stamp = rng.choice(
        ("[{h:02d}:{m:02d}] ", "{h:02d}:{m:02d} ", "[{h:02d}:{m:02d}:{s:02d}] ", "", "- ")
    )
    for k in range(rng.randint(2, 5)):
        m = min(59, m + rng.randint(0, 3))
        d.add(stamp.format(h=h, m=m, s=rng.randint(0, 59)))
        if (k % 2 == 0) == (rng.random() < 0.8):
            d.add(speaker, "person").add(rng.choice((": ", ": ", " > ", ": ")))
            r = rng.random()
            if r < 0.5:
                _body_line(d, fake, rng, locale, c, lang)
            elif r < 0.7:
                d.add(rng.choice(c["hi"]))
            else:
                d.add(rng.choice(c["bye"]) + rng.choice(("", "!")))
        else:
            d.add(bot + ": ")
            d.add(rng.choice(c["hi"]) if rng.random() < 0.4 else _sentence(lang, fake, rng))
        d.add("\n")
    return d


def _label(c: dict[str, tuple[str, ...]], rng: random.Random, key: str) -> str:
    return rng.choice(c[key])


def _csv(
    fake: Any, rng: random.Random, locale: str, lang: str, c: dict[str, tuple[str, ...]]
) -> _Doc:
    d = _Doc()
    sep = rng.choice((",", ";", ";", "\t", "|"))
    cols = rng.sample(
        ("phone", "email", "order", "card", "total", "city", "dob", "address", "date"),
        rng.randint(2, 5),
    )
    cols.insert(rng.randint(0, len(cols)), "name")
    d.add(sep.join(_label(c, rng, k) for k in cols) + "\n")
    for _ in range(rng.randint(1, 4)):
        for i, k in enumerate(cols):
            if i:
                d.add(sep)
            if k == "name":
                d.add(_name(fake, rng, locale, 0.1), "person")
            elif k == "address":
                q = '"' if sep == "," or rng.random() < 0.5 else ""
                d.add(q).add(_address(fake, rng), "address").add(q)
            elif k == "dob":
                d.add(_dob(fake, rng, lang), "dob")
            elif k == "phone":
                d.add(str(fake.phone_number()))
            elif k == "email":
                d.add(str(fake.email()))
            elif k == "order":
                d.add(f"{rng.choice(('#', 'A-', 'PO-', ''))}{rng.randint(10000, 99999999)}")
            elif k == "card":
                d.add(" ".join(str(rng.randint(1000, 9999)) for _ in range(4)))
            elif k == "total":
                d.add(f"{rng.randint(1, 999)}.{rng.randint(10, 99)}")
            elif k == "city":
                d.add(str(fake.city()))
            else:
                d.add(
                    fake.date_between(_SINCE, _UNTIL).strftime(
                        rng.choice(("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"))
                    )
                )
        d.add("\n")
    return d


def _form(
    fake: Any, rng: random.Random, locale: str, lang: str, c: dict[str, tuple[str, ...]]
) -> _Doc:
    d = _Doc()
    if rng.random() < 0.5:
        d.add(rng.choice(("*** {w} {n} ***\n", "KIOSK {n} - {w}\n", "[{w} #{n}]\n", "Station {n}\n", "{w} / {n}\n")).format(
            w=_phrase(lang, fake, rng, 1, 2), n=rng.randint(1, 40)))  # fmt: skip
    sep = rng.choice((": ", " | ", "\t", " = ", ":\t", ": "))
    line_end = rng.choice(("\n", "\n", "; ", " | "))
    keys = rng.sample(
        (
            "phone",
            "email",
            "order",
            "card",
            "dob",
            "address",
            "comment",
            "device",
            "city",
            "password",
        ),
        rng.randint(2, 5),
    )
    keys.insert(rng.randint(0, len(keys)), "name")
    for k in keys:
        d.add(
            (rng.choice(ROLES) if k == "name" and rng.random() < 0.3 else _label(c, rng, k)) + sep
        )
        if k == "name":
            d.add(_name(fake, rng, locale, 0.1), "person")
        elif k == "address":
            d.add(_address(fake, rng), "address")
        elif k == "dob":
            d.add(_dob(fake, rng, lang), "dob")
        elif k == "comment":
            d.add(_sentence(lang, fake, rng))
        elif k == "city":
            d.add(str(fake.city()))
        elif k == "password":
            d.add(
                "".join(
                    rng.choice("abcdefghkmnpqrstuvwxyzABCDEFGH23456789!#")
                    for _ in range(rng.randint(8, 14))
                )
            )
        else:
            d.add(_value(fake, rng, c, "order" if k == "card" else k)[1])
        d.add(line_end)
    return d


def _json(
    fake: Any, rng: random.Random, locale: str, lang: str, c: dict[str, tuple[str, ...]]
) -> _Doc:
    d = _Doc()
    pretty = rng.random() < 0.5
    nl, ind = ("\n", "  ") if pretty else ("", "")
    native = rng.random() < 0.7
    en = cues("en")

    def key(k: str) -> str:
        return rng.choice((c if native else en)[k]) if rng.random() < 0.8 else k

    keys = rng.sample(
        (
            "phone",
            "email",
            "order",
            "dob",
            "address",
            "device",
            "product",
            "city",
            "total",
            "company",
        ),
        rng.randint(2, 5),
    )
    keys.insert(rng.randint(0, len(keys)), "name")
    d.add("{" + nl)
    for i, k in enumerate(keys):
        d.add(
            ind
            + '"'
            + (key(k) if k != "company" else rng.choice(("company", "shop", "merchant", "vendor")))
            + '": '
        )
        if k == "name" and rng.random() < 0.3:
            fk, lk = (
                (rng.choice(c["first"]), rng.choice(c["last"])) if native else ("first", "last")
            )
            d.add('{"' + fk + '": "').add(str(fake.first_name()), "person").add(
                '", "' + lk + '": "'
            )
            d.add(str(fake.last_name()), "person").add('"}')
        elif k in ("name", "address", "dob"):
            kind = {"name": "person", "address": "address", "dob": "dob"}[k]
            value = (
                _name(fake, rng, locale, 0.15)
                if k == "name"
                else _address(fake, rng)
                if k == "address"
                else _dob(fake, rng, lang)
            )
            d.add('"').add(value.replace('"', "'"), kind).add('"')
        elif k == "product":
            d.add('"' + product(rng, fake, lang).replace('"', "'") + '"')
        elif k == "company":
            d.add('"' + shop(rng, fake, lang) + '"')
        elif k == "city":
            d.add('"' + str(fake.city()) + '"')
        elif k == "total":
            d.add(f"{rng.randint(1, 999)}.{rng.randint(0, 99)}")
        else:
            d.add('"' + _value(fake, rng, c, k)[1].replace('"', "'") + '"')
        d.add(("," if i < len(keys) - 1 else "") + (nl if pretty else " "))
    d.add("}")
    return d


def _log(
    fake: Any, rng: random.Random, locale: str, lang: str, c: dict[str, tuple[str, ...]]
) -> _Doc:
    d = _Doc()
    for _ in range(rng.randint(1, 3)):
        ts = fake.date_time_between(_SINCE, _UNTIL).strftime(
            rng.choice(("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%d/%b/%Y:%H:%M:%S"))
        )
        level = rng.choice(("INFO", "WARN", "ERROR", "DEBUG"))
        mod = rng.choice(("auth", "checkout", "api.users", "sync", "billing", "push", "orders"))
        d.add(f"[{ts}] {level} {mod}: ")
        r = rng.random()
        if r < 0.7:
            tpl = rng.choice(("user '{v}' logged in", "user \"{v}\" failed login", "customer={v} ", "shipping label for {v}",
                              "created account for {v}", "user '{v}' t={t}ms", "owner: {v}", "assigned to {v}"))  # fmt: skip
            d.cue(tpl.replace("{t}", str(rng.randint(5, 900))), _name(fake, rng, locale, 0.2))
        else:
            d.add(
                rng.choice(("cache miss key=", "retry ", "status=")) + str(rng.randint(100, 99999))
            )
        d.add(
            rng.choice(
                (
                    f" req_id={rng.getrandbits(64):016x}",
                    f" status={rng.choice((200, 401, 500))}",
                    "",
                )
            )
            + "\n"
        )
    return d


def _voice(
    fake: Any, rng: random.Random, locale: str, lang: str, c: dict[str, tuple[str, ...]]
) -> _Doc:
    d = _Doc()
    d.add(rng.choice(("transcript: ", "[voice] ", "", "voicemail: ")))
    fill = c["filler"]
    d.add(rng.choice(c["hi"]) + " ")
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.5:
            d.add(rng.choice(fill) + " ")
        r = rng.random()
        if r < 0.6:
            d.cue(rng.choice(c["intro"] + c["behalf"] + c["fwd"]), _name(fake, rng, locale, 0.2))
        elif r < 0.8:
            d.add(_other_value(fake, rng, c).replace(":", ""))
        else:
            d.add(_sentence(lang, fake, rng).rstrip(".!?"))
        d.add(rng.choice((" ", " ", ". ", ", ")))
    if rng.random() < 0.5:
        d.add(rng.choice(fill) + " " + rng.choice(c["bye"]))
    return d


def _sms(
    fake: Any, rng: random.Random, locale: str, lang: str, c: dict[str, tuple[str, ...]]
) -> _Doc:
    d = _Doc()
    _body_line(d, fake, rng, locale, c, lang)
    if rng.random() < 0.5:
        d.add(rng.choice((" ", ". ")))
        _body_line(d, fake, rng, locale, c, lang)
    d.add(rng.choice((" – ", " - ", "\n", " ", " —", ". ")))
    d.add(_name(fake, rng, locale, 0.7), "person")
    return d


def _prose(
    fake: Any, rng: random.Random, locale: str, lang: str, c: dict[str, tuple[str, ...]]
) -> _Doc:
    """Sentences about shops, companies and products, and ordinary words: no person."""
    d = _Doc()
    for _ in range(rng.randint(1, 3)):
        thing = shop(rng, fake, lang) if rng.random() < 0.5 else product(rng, fake, lang)
        s = _sentence(lang, fake, rng).rstrip(".!?")
        d.add(
            rng.choice(
                (
                    f"{thing} {s}",
                    f"{s} ({thing})",
                    f"{s}, {thing}",
                    f"{thing}: {s}",
                    s,
                    _phrase(lang, fake, rng, 1, 3),
                )
            )
        )
        d.add(rng.choice((". ", "\n", "! ")))
    return d


_STYLES = (
    ("ticket", _ticket, 3), ("email", _email, 2), ("chat", _chat, 3), ("csv", _csv, 2),
    ("form", _form, 2), ("json", _json, 2), ("log", _log, 1), ("voice", _voice, 2),
    ("sms", _sms, 1), ("prose", _prose, 2),
)  # fmt: skip


def styled_texts(
    n: int, seed: int, locales: tuple[str, ...], source: Any = None
) -> list[dict[str, Any]]:
    """`n` documents of the styles above over `locales` (names from `source(locale, seed)`,
    default a seeded Faker); 75% in the locale's language, the rest in one of the others."""
    rng = random.Random(seed)
    fakers: dict[str, Any] = {}
    styles = [s for s in _STYLES for _ in range(s[2])]
    langs = sorted(CUES)
    out = []
    for i in range(n):
        locale = locales[i % len(locales)]
        if locale not in fakers:
            if source is None:
                fakers[locale] = Faker(locale)
                fakers[locale].seed_instance(seed * 1000 + len(fakers))
            else:
                fakers[locale] = source(locale, seed * 1000 + len(fakers))
        fake = fakers[locale]
        own = re.split(r"[_-]", locale)[0]
        lang = own if own in CUES and rng.random() < 0.75 else rng.choice(langs)
        name, build, _ = rng.choice(styles)
        try:
            doc = build(fake, rng, locale, lang, cues(lang))
        except (AttributeError, ValueError, IndexError):
            continue
        text, spans = doc.render(lower=name == "voice" and rng.random() < 0.85)
        if name != "voice" and rng.random() < 0.04:
            lowered = text.lower()
            if len(lowered) == len(text):
                text = lowered
        out.append({"text": text, "locale": locale, "style": "styled-" + name, "spans": spans})
    return out
