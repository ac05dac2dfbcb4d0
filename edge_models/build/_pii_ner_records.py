# ruff: noqa: RUF001  (en and em dashes, full-width colons)
"""Records and business documents for the tagger's training (build time only).

`_pii_ner_styles` writes messages (tickets, e-mails, chats, CSV, forms, JSON, logs); people
also write and export records, and there the tagger read field labels as names ("Patient:",
"Beneficiary:" in Hebrew or Hungarian), receipt lines and vital signs as names or
addresses, iCalendar properties as names, and missed names after role labels it never saw,
names in SQL values and XML elements, a quoted signature in a reply, and the second line of
an address in its own element or column. The classes, not any text, come from reading the
dev sets' errors (docs/privacy_tagger.md, "Records and business documents").

`record_texts` writes twelve kinds: clinic notes, courier slips, bank-transfer
confirmations, HR forms (colon, dotted-leader and "[x] Label | value" layouts), OCR'd
receipts (upper-case items, prices, letters misread as digits), e-mail threads with quoted
replies under the "On <date>, <name> wrote:" header of the language, XML records, SQL
inserts, Markdown tables, iCalendar invites, CRM notes and key=value logs / YAML. Labels in
42 languages (`_pii_ner_record_cues`), three quarters in the locale's own language.

Labelling convention (as in the evaluation sets): honorifics before a name ("Dr.", "Pak",
"Sra.") and after it in CJK ("様", "先生") are outside the span; each line of an address in
its own element, column or line is a span of its own; labels, shops, products, receipt
items, vital signs and drug names are "O".
"""

from __future__ import annotations

import contextlib
import random
import re
from datetime import datetime
from typing import Any

from _pii_ner_cues import CUES, cues
from _pii_ner_record_cues import DRUGS, record_cues
from _pii_ner_styles import (
    _SINCE,
    _UNTIL,
    _dob,
    _Doc,
    _name,
    _phrase,
    _sentence,
    _words,
    product,
    shop,
)
from faker import Faker

_OCR = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "e": "c", "B": "8", "S": "5"})


def _date(fake: Any, rng: random.Random, time: bool = False) -> str:
    d: datetime = fake.date_time_between(_SINCE, _UNTIL)
    fmt = rng.choice(("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%Y. %m. %d.", "%d-%m-%Y", "%Y/%m/%d"))
    return d.strftime(fmt + (" %H:%M" if time else ""))


def _person(d: _Doc, fake: Any, rng: random.Random, locale: str, rc: dict[str, tuple[str, ...]],
            short: float = 0.2, title: float = 0.2) -> None:  # fmt: skip
    """A name, sometimes with an honorific of the language outside its span."""
    if rc["titles"] and rng.random() < title:
        d.add(rng.choice(rc["titles"]) + " ").add(str(fake.last_name()), "person")
        return
    d.add(_name(fake, rng, locale, short), "person")
    if rc["stitles"] and rng.random() < 0.4:
        d.add(rng.choice(rc["stitles"]))


def _address_lines(fake: Any, rng: random.Random) -> list[str]:
    """An address as its lines (street, then postcode and city), one span each."""
    lines = [x.strip(" ,") for x in re.split(r"\n|, (?=\d{3,})", str(fake.address())) if x.strip(" ,")]
    if len(lines) == 1 and rng.random() < 0.5:
        with contextlib.suppress(AttributeError):
            lines = [str(fake.street_address()), f"{fake.postcode()} {fake.city()}"]
    merged: list[str] = []
    for line in lines:  # a postcode alone on its line belongs to the city after it
        if merged and re.fullmatch(r"[\d\- ]{3,10}", merged[-1]):
            merged[-1] += " " + line
        else:
            merged.append(line)
    return merged


def _phone(fake: Any) -> str:
    return str(fake.phone_number())


def _clinic(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    head = rng.choice(rc["clinic"])
    d.add(head + (f" – {_phrase(lang, fake, rng, 1, 2)}" if rng.random() < 0.4 else "") + "\n")
    if rng.random() < 0.5:
        d.add("=" * rng.randint(10, 28) + "\n")
    d.add(rng.choice(rc["patient"]) + rng.choice((": ", ": ", " - ")))
    _person(d, fake, rng, locale, rc, 0.1, 0.15)
    if rng.random() < 0.4:
        d.add(", " + rng.choice(c["dob"]) + rng.choice((" ", ": "))).add(_dob(fake, rng, lang), "dob")
    else:
        d.add("\n" + rng.choice(c["dob"]) + ": ").add(_dob(fake, rng, lang), "dob")
    d.add("\n")
    for _ in range(rng.randint(2, 5)):
        r = rng.random()
        d.add(rng.choice(("- ", "* ", "", "• ")))
        if r < 0.25:
            d.add(f"{rng.choice(rc['allergy'])}: {rng.choice(DRUGS)}{rng.choice(('.', '', ' 500 mg'))}")
        elif r < 0.5:
            v = rc["vitals"]
            d.add(f"{rng.choice(v)} {rng.randint(100, 160)}/{rng.randint(60, 99)}, {rng.choice(v)} {rng.randint(55, 110)}.")
        elif r < 0.6:
            d.add(f"{rng.choice(c['phone'])}: {_phone(fake)}")
        else:
            d.add(_sentence(lang, fake, rng))
        d.add("\n")
    d.add(f"{rng.choice(rc['next'])}: {_date(fake, rng, True)}\n")
    r = rng.random()
    if r < 0.5:
        d.add(rng.choice(("", "— ", "-- ")) + rng.choice(rc["titles"] or ("Dr.",)) + " ").add(str(fake.last_name()), "person")
    elif r < 0.8:
        d.add(rng.choice(rc["doctor"]) + ": ")
        _person(d, fake, rng, locale, rc, 0.0, 0.3)
    return d


def _courier(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    d.add(f"{rng.choice(rc['tracking'])} #{rng.choice(('', 'JD', 'LX', '1Z'))}{rng.randint(10**8, 10**12)}")
    d.add(rng.choice(("", f"  ({rng.randint(1, 30)} kg)", f"  ({rng.randint(10, 90)} x {rng.randint(10, 90)} cm)")) + "\n")
    d.add(rng.choice(rc["recipient"]) + rng.choice((":\n", ": ")))
    _person(d, fake, rng, locale, rc, 0.1, 0.15)
    d.add("\n")
    for line in _address_lines(fake, rng):
        d.add(line, "address").add("\n")
    if rng.random() < 0.7:
        d.add(rng.choice(("☎ ", "Tel. ", "", "📞 ")) + _phone(fake) + "\n")
    if rng.random() < 0.5:
        d.add(_sentence(lang, fake, rng) + "\n")
    r = rng.random()
    if r < 0.4:
        d.cue(rng.choice(rc["received"]), _name(fake, rng, locale, 0.6))
    elif r < 0.7:
        d.add(rng.choice(("Driver", "Courier", *c["name"][:1])) + ": ").add(str(fake.first_name()), "person")
        d.add(f" / {_phrase(lang, fake, rng, 2, 3)} {_date(fake, rng)}")
    return d


def _transfer(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    d.add(rng.choice(rc["transfer"]) + "\n\n")
    d.add(f"{rng.choice(c['date'])}: {_date(fake, rng)}\n")
    d.add(rng.choice(rc["payer"]) + ": ")
    _person(d, fake, rng, locale, rc, 0.05, 0.05)
    d.add("\n")
    if rng.random() < 0.8:
        d.add(f"IBAN: {fake.iban() if hasattr(fake, 'iban') else 'XX00 0000 0000'}\n")
    d.add(rng.choice(rc["payee"]) + ": ")
    if rng.random() < 0.7:
        _person(d, fake, rng, locale, rc, 0.05, 0.05)
    else:
        d.add(shop(rng, fake, lang) if rng.random() < 0.6 else str(fake.company()))
    d.add("\n")
    d.add(f"{rng.choice(c['total'])}: {rng.randint(5, 9999)},{rng.randint(10, 99)}\n")
    d.add(f"{rng.choice(rc['ref'])}: {rng.choice((_phrase(lang, fake, rng, 1, 3), 'RE-' + str(rng.randint(1000, 99999))))}\n")
    return d


def _hr(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    d.add(rng.choice(rc["hr"]) + "\n\n")
    layout = rng.choice(("colon", "dots", "box"))

    def field(label: str) -> None:
        if layout == "colon":
            d.add(label + ": ")
        elif layout == "dots":
            d.add(label + " " + "." * max(3, 24 - len(label)) + " ")
        else:
            d.add(f"[{rng.choice(('x', ' ', 'x'))}] {label} | ")

    fields = ["last", "first", "dob", "phone", "email", "address", "emergency"]
    if rng.random() < 0.3:
        fields = ["name", "dob", "phone", "address", "emergency"]
    for k in fields:
        if rng.random() < 0.15 and k not in ("last", "first", "name"):
            continue
        if k == "emergency":
            d.add(rng.choice(rc["emergency"]) + ": ")
            _person(d, fake, rng, locale, rc, 0.15, 0.05)
            d.add(", " + _phone(fake) + "\n")
            continue
        field(rng.choice(c[k]))
        if k == "last":
            d.add(str(fake.last_name()), "person")
        elif k == "first":
            d.add(str(fake.first_name()), "person")
        elif k == "name":
            d.add(_name(fake, rng, locale, 0.0), "person")
        elif k == "dob":
            d.add(_dob(fake, rng, lang), "dob")
        elif k == "phone":
            d.add(_phone(fake))
        elif k == "email":
            d.add(str(fake.email()))
        else:
            lines = _address_lines(fake, rng)
            for i, line in enumerate(lines):
                d.add(("\n  " if i else "") + "").add(line, "address")
        d.add("\n")
    return d


def _receipt(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    ocr = rng.random() < 0.5

    def o(s: str) -> str:
        return "".join(ch.translate(_OCR) if ocr and rng.random() < 0.08 else ch for ch in s)

    store = shop(rng, fake, lang) if rng.random() < 0.4 else product(rng, fake, lang)
    d.add(o(store.upper()) + (f" {rng.randint(1, 999)}" if rng.random() < 0.5 else "") + "\n")
    if rng.random() < 0.6:
        d.add(f"{fake.city()}  {_date(fake, rng, True)}\n")
    if rng.random() < 0.4:
        d.add(o(rng.choice(rc["receipt"])) + (f" {rng.randint(100, 99999)}" if rng.random() < 0.5 else "") + "\n")
    d.add("-" * 28 + "\n")
    for _ in range(rng.randint(2, 6)):
        words = _words(lang, fake, rng, rng.randint(1, 3)) or ["item"]
        item = " ".join(words).upper()[:20]
        if rng.random() < 0.3:
            item += f" {rng.randint(1, 12)}{rng.choice(('ST', 'PCS', 'X', 'L', 'KG', 'G'))}"
        qty = f"x{rng.randint(1, 4)}  " if rng.random() < 0.3 else ""
        d.add(f"{o(item):<20} {qty}{rng.randint(0, 999)},{rng.randint(10, 99)}\n")
    d.add("-" * 28 + "\n")
    d.add(f"{o(rng.choice(c['total']).upper())}  {rng.randint(5, 9999)},{rng.randint(10, 99)}\n")
    if rng.random() < 0.6:
        d.add(f"{rng.choice(('VISA', 'MASTERCARD', 'MAESTRO', 'AMEX'))} XXXX-{rng.randint(1000, 9999)}\n")
    r = rng.random()
    if r < 0.3:
        d.add(rng.choice(rc["cashier"]) + ": ").add(str(fake.first_name()), "person").add("\n")
    elif r < 0.5:
        d.add(rng.choice(c["name"]) + ": ").add(o(_name(fake, rng, locale, 0.0)), "person").add("\n")
    d.add(o(rng.choice(rc["thanks"])))
    return d


def _thread(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    me, other = _name(fake, rng, locale, 0.5), _name(fake, rng, locale, 0.2)
    if rng.random() < 0.5:
        d.add(rng.choice(c["hi"]) + " ").add(str(fake.first_name()), "person").add(",\n\n")
    d.add(_sentence(lang, fake, rng) + "\n\n")
    d.add(rng.choice(c["bye"]) + rng.choice((",\n", "\n"))).add(me, "person").add("\n\n")
    header = rng.choice(rc["wrote"])
    before, _, after = header.partition("{v}")
    email = str(fake.email())
    when = _date(fake, rng, True)
    d.add(before.replace("{d}", when).replace("{e}", email)).add(other, "person")
    d.add(after.replace("{d}", when).replace("{e}", email) + "\n")
    q = rng.choice(("> ", "> ", ">"))
    if rng.random() < 0.5:
        d.add(q + rng.choice(c["hi"]) + (" " if rng.random() < 0.5 else ",\n"))
        if d.parts[-1][0].endswith(" "):
            d.add(str(fake.first_name()), "person").add(",\n")
    for _ in range(rng.randint(1, 3)):
        d.add(q + _sentence(lang, fake, rng) + "\n")
    d.add(q.rstrip() + "\n")
    d.add(q).add(other.split(" ")[0] if rng.random() < 0.5 else other, "person")
    return d


def _xml(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    root = rng.choice(("customer", "client", "patient", "person", "contact", "employee", "record"))
    ind = rng.choice(("  ", "    ", ""))
    nl = "\n" if ind or rng.random() < 0.5 else ""
    if rng.random() < 0.4:
        d.add('<?xml version="1.0" encoding="UTF-8"?>\n')
    d.add(f'<{root} id="{rng.randint(100, 99999)}">{nl}')
    keys = rng.sample(("email", "phone", "dob", "address", "note", "item", "total", "iban"), rng.randint(2, 5))
    keys.insert(rng.randint(0, min(1, len(keys))), "name")
    for k in keys:
        d.add(ind)
        if k == "name" and rng.random() < 0.35:
            first, last = rng.choice((("givenName", "familyName"), ("firstName", "lastName"), ("first", "last")))
            d.add(f"<{first}>").add(str(fake.first_name()), "person").add(f"</{first}>{nl}{ind}")
            d.add(f"<{last}>").add(str(fake.last_name()), "person").add(f"</{last}>")
        elif k == "name":
            tag = rng.choice(("name", "fullName", "full_name", "displayName", "contactName"))
            d.add(f"<{tag}>").add(_name(fake, rng, locale, 0.05), "person").add(f"</{tag}>")
        elif k == "dob":
            tag = rng.choice(("birthDate", "dob", "dateOfBirth"))
            d.add(f"<{tag}>").add(_dob(fake, rng, lang), "dob").add(f"</{tag}>")
        elif k == "address":
            d.add(f"<address>{nl}")
            for line in _address_lines(fake, rng):
                d.add(ind * 2 + "<line>").add(line, "address").add(f"</line>{nl}")
            d.add(ind + "</address>")
        elif k == "email":
            d.add(f"<email>{fake.email()}</email>")
        elif k == "phone":
            d.add(f"<phone>{_phone(fake)}</phone>")
        elif k == "note":
            d.add(f"<note>{_sentence(lang, fake, rng)}</note>")
        elif k == "item":
            d.add(f'<item sku="{rng.getrandbits(28):07x}">{product(rng, fake, lang)}</item>')
        elif k == "total":
            d.add(f"<total>{rng.randint(1, 9999)},{rng.randint(10, 99)}</total>")
        else:
            d.add(f"<iban>{fake.iban() if hasattr(fake, 'iban') else 'DE00'}</iban>")
        d.add(nl)
    d.add(f"</{root}>")
    return d


def _sql(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    cols = rng.sample(("phone", "email", "street", "city_zip", "birth_date", "created_at", "ip"), rng.randint(2, 5))
    if "street" in cols and "city_zip" not in cols and rng.random() < 0.7:
        cols.insert(cols.index("street") + 1, "city_zip")
    with_id = rng.random() < 0.4
    cols.insert(0, rng.choice(("name", "full_name", "customer_name", "contact")))
    table = rng.choice(("customers", "patients", "contacts", "users", "members", "orders"))
    d.add(f"INSERT INTO {table} ({'id, ' if with_id else ''}{', '.join(cols)}) VALUES\n")
    rows = rng.randint(1, 3)
    for r in range(rows):
        d.add("  (" + (f"{rng.randint(1, 99999)}, " if with_id else ""))
        lines = _address_lines(fake, rng)
        for i, col in enumerate(cols):
            if i:
                d.add(", ")
            d.add("'")
            if i == 0:
                d.add(_name(fake, rng, locale, 0.0).replace("'", "''"), "person")
            elif col == "street":
                d.add(lines[0].replace("'", "''"), "address")
            elif col == "city_zip":
                d.add((lines[-1] if len(lines) > 1 else f"{fake.postcode()} {fake.city()}").replace("'", "''"), "address")
            elif col == "birth_date":
                d.add(_dob(fake, rng, lang), "dob")
            elif col == "phone":
                d.add(_phone(fake))
            elif col == "email":
                d.add(str(fake.email()))
            elif col == "ip":
                d.add(f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
            else:
                d.add(fake.date_time_between(_SINCE, _UNTIL).strftime("%Y-%m-%d %H:%M:%S"))
            d.add("'")
        d.add(")" + ("," if r < rows - 1 else ";") + "\n")
    if rng.random() < 0.3:
        d.add(f"-- imported {_date(fake, rng, True)}\n")
    return d


def _markdown(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    cols = rng.sample(("phone", "email", "dob", "city", "total", "order"), rng.randint(2, 4))
    cols.insert(0, "name")
    num = rng.random() < 0.6
    d.add("| " + ("# | " if num else "") + " | ".join(rng.choice(c[k]) for k in cols) + " |\n")
    d.add("|" + "---|" * (len(cols) + num) + "\n")
    for r in range(rng.randint(1, 4)):
        d.add("| " + (f"{r + 1} | " if num else ""))
        for i, k in enumerate(cols):
            if i:
                d.add(" | ")
            if k == "name":
                d.add(_name(fake, rng, locale, 0.05), "person")
            elif k == "dob":
                d.add(_dob(fake, rng, lang), "dob")
            elif k == "phone":
                d.add(_phone(fake))
            elif k == "email":
                d.add(str(fake.email()))
            elif k == "city":
                d.add(str(fake.city()))
            elif k == "total":
                d.add(f"{rng.randint(1, 999)},{rng.randint(10, 99)}")
            else:
                d.add(f"#{rng.randint(10000, 999999)}")
        d.add(" |\n")
    return d


def _ical(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    t = fake.date_time_between(_SINCE, _UNTIL)
    d.add("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Example//Calendar//EN\nBEGIN:VEVENT\n")
    d.add(f"UID:{rng.getrandbits(48):012x}@example.org\nDTSTART:{t.strftime('%Y%m%dT%H%M%SZ')}\n")
    d.add(f"SUMMARY:{_phrase(lang, fake, rng, 1, 3)}\n")
    d.add("ORGANIZER;CN=").add(_name(fake, rng, locale, 0.1), "person").add(f":mailto:{fake.email()}\n")
    for _ in range(rng.randint(0, 2)):
        d.add("ATTENDEE;" + rng.choice(("", "ROLE=REQ-PARTICIPANT;", "PARTSTAT=ACCEPTED;")) + "CN=")
        d.add(_name(fake, rng, locale, 0.1), "person").add(f":mailto:{fake.email()}\n")
    r = rng.random()
    if r < 0.5:
        d.add("LOCATION:").add(", ".join(_address_lines(fake, rng)), "address").add("\n")
    elif r < 0.8:
        d.add(f"LOCATION:{shop(rng, fake, lang) if rng.random() < 0.5 else _phrase(lang, fake, rng, 1, 2) + ' ' + str(rng.randint(1, 20))}\n")
    if rng.random() < 0.6:
        d.add(f"DESCRIPTION:{_sentence(lang, fake, rng)}\n")
    d.add("END:VEVENT\nEND:VCALENDAR")
    return d


def _crm(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    d.add(f"[CRM] {_date(fake, rng, True)} {rng.choice(('–', '·', '-', '|'))} ").add(_name(fake, rng, locale, 0.4), "person").add("\n")
    for _ in range(rng.randint(1, 4)):
        d.add(rng.choice(("* ", "- ", "")))
        r = rng.random()
        if r < 0.45:
            tpl = rng.choice(rc["call"])
            before, _, after = tpl.partition("{v}")
            d.add(before)
            if rc["titles"] and rng.random() < 0.2:
                d.add(rng.choice(rc["titles"]) + " ").add(str(fake.last_name()), "person")
            else:
                d.add(_name(fake, rng, locale, 0.2), "person")
                if rc["stitles"] and rng.random() < 0.5:
                    d.add(rng.choice(rc["stitles"]))
            d.add(after + rng.choice((": ", ". ", " – ")) + _sentence(lang, fake, rng))
        elif r < 0.7:
            d.add(_sentence(lang, fake, rng))
        else:
            lab = rng.choice(c["phone"] + c["email"] + c["order"])
            d.add(f"{lab}: {rng.choice((_phone(fake), str(fake.email()), str(rng.randint(10000, 9999999))))}")
        d.add("\n")
    return d


def _kv(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    if rng.random() < 0.5:
        ts = fake.date_time_between(_SINCE, _UNTIL).strftime("%Y-%m-%dT%H:%M:%S")
        d.add(f"ts={ts} level={rng.choice(('info', 'warn', 'error'))} svc={rng.choice(('crm', 'billing', 'auth', 'shipping'))} ")
        q = rng.choice(('"', ""))
        key = rng.choice(("user", "customer", "name", "contact", "recipient", "holder"))
        d.add(f"{key}={q}").add(_name(fake, rng, locale, 0.2), "person").add(q)
        d.add(f" order={rng.randint(10000, 999999)} status={rng.choice((200, 404, 500))}")
    else:
        d.add(f"{rng.choice(('customer', 'contact', 'patient', 'owner'))}:\n")
        d.add("  name: ").add(_name(fake, rng, locale, 0.05), "person").add("\n")
        if rng.random() < 0.6:
            d.add("  address:\n")
            for line in _address_lines(fake, rng):
                d.add("    - ").add(line, "address").add("\n")
        d.add(f"  phone: \"{_phone(fake)}\"\n  note: {_sentence(lang, fake, rng)}\n")
    return d


def _booking(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    """A short message: a booking under a name, a value, and a name signed right after a dash."""
    d = _Doc()
    if rng.random() < 0.7:
        d.cue(rng.choice(rc["booking"]), str(fake.last_name()) if rng.random() < 0.5 else _name(fake, rng, locale, 0.3))
        d.add(f", {rng.randint(1, 8)} " + rng.choice(("pax", "x", "")) + rng.choice((". ", "! ", " ")))
    d.add(_sentence(lang, fake, rng))
    if rng.random() < 0.5:
        lab = rng.choice(c["phone"] + c["order"] + c["card"])
        d.add(f" {lab}: {rng.choice((_phone(fake), str(rng.randint(10000, 9999999))))}")
    d.add(rng.choice((" -", " –", "\n-", " —", ". -", " ~"))).add(str(fake.first_name()), "person")
    return d


_KINDS = (
    ("clinic_note", _clinic, 3), ("courier_slip", _courier, 3), ("bank_transfer", _transfer, 2),
    ("hr_form", _hr, 2), ("receipt", _receipt, 3), ("thread", _thread, 3), ("xml", _xml, 2),
    ("sql", _sql, 2), ("markdown", _markdown, 1), ("ical", _ical, 1), ("crm", _crm, 2), ("kv", _kv, 1),
    ("booking", _booking, 2),
)  # fmt: skip


def record_texts(n: int, seed: int, locales: tuple[str, ...], source: Any = None) -> list[dict[str, Any]]:
    """`n` records of the kinds above over `locales` (names from `source(locale, seed)`,
    default a seeded Faker); 75% with the locale's own labels, the rest another language's."""
    rng = random.Random(seed)
    fakers: dict[str, Any] = {}
    kinds = [k for k in _KINDS for _ in range(k[2])]
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
        own = {"nb": "no"}.get(own, own)
        lang = own if own in CUES and rng.random() < 0.75 else rng.choice(langs)
        name, build, _ = rng.choice(kinds)
        try:
            doc = build(fake, rng, locale, lang, cues(lang), record_cues(lang))
        except (AttributeError, ValueError, IndexError, TypeError):
            continue
        text, spans = doc.render()
        out.append({"text": text, "locale": locale, "style": "record-" + name, "spans": spans})
    return out
