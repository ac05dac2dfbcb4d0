"""Generic, randomised record layouts for the tagger (build time only; session 10).

Earlier layouts were each written after one dev set's classes of error, so every round
taught the tagger that set's writers. Here one random *schema* (which fields, in which
order, under which labels in which language, which key style) is drawn per document and
rendered in one of eleven container formats: key/value blocks, CSV/TSV, Markdown and ASCII
tables, SQL INSERTs, JSON, YAML, XML, log lines, e-mail headers with a signature, letters
and paper forms. Names, addresses and birth dates land in random positions; the same slots
also hold hard negatives (companies, shops named after a person, products, job titles,
cities, countries, teams), so that a position or a label alone never decides. Values are
in upper case now and then, labels in any case. Nothing here comes from an evaluation set:
the formats are the formats' own (RFC 4180 CSV, SQL, JSON, YAML 1.2, XML, RFC 5322 headers).
"""

from __future__ import annotations

import json
import random
import re
from typing import Any

from _pii_ner_cues import CUES, cues
from _pii_ner_generic_negatives import code, institution
from _pii_ner_layouts import address_lines, person_name
from _pii_ner_records import _date
from _pii_ner_styles import _JOBS, _dob, _Doc, _sentence, product, shop

# Field keys in code (SQL, JSON, YAML, XML, logs): English words in several spellings and
# some other languages' words, as databases in those countries name them.
_CODE_KEYS = {
    "name": ("name", "full_name", "customer_name", "contact", "patient_name", "holder", "employee", "owner", "recipient", "client", "nombre", "nom", "navn", "imie_nazwisko", "ad_soyad", "naam", "nome", "fio", "assignee", "account_holder"),
    "first": ("first_name", "given_name", "fname", "forename", "vorname", "prenom", "nombre", "voornaam", "imie", "ad", "etunimi"),
    "last": ("last_name", "surname", "family_name", "lname", "nachname", "nom_famille", "apellido", "achternaam", "nazwisko", "soyad", "sukunimi"),
    "address": ("address", "street_address", "addr", "postal_address", "home_address", "billing_address", "shipping_address", "ship_to", "adresse", "direccion", "indirizzo", "endereco", "adres", "anschrift"),
    "dob": ("dob", "birth_date", "date_of_birth", "birthday", "born", "geburtsdatum", "fecha_nacimiento", "date_naissance", "data_nascita", "dogum_tarihi"),
    "city": ("city", "town", "locality", "ort", "ville", "ciudad", "citta", "stad", "miasto", "sehir"),
    "company": ("company", "employer", "org", "organization", "account_name", "vendor", "firma", "empresa", "societe", "bedrijf", "supplier"),
    "job": ("title", "job_title", "position", "role", "occupation", "beruf", "poste", "cargo", "functie", "stanowisko"),
    "country": ("country", "country_name", "land", "pays", "pais", "paese"),
    "product": ("product", "item", "plan", "model", "artikel", "produit", "producto"),
    "team": ("team", "group", "queue", "department", "abteilung", "service", "equipo"),
    "phone": ("phone", "tel", "mobile", "phone_number", "telefon", "telefono", "telephone"),
    "email": ("email", "mail", "e_mail", "email_address", "correo", "courriel"),
    "id": ("id", "customer_id", "ref", "record_id", "uid", "no", "nr", "user_id"),
    "date": ("created_at", "updated_at", "date", "ts", "timestamp", "datum", "fecha"),
    "amount": ("amount", "total", "balance", "betrag", "montant", "importe", "price"),
    "status": ("status", "state", "stage", "estado", "statut"),
}  # fmt: skip

# Labels in prose (key/value blocks, tables, forms) for the fields `cues` has no words for.
_EXTRA_LABELS = {
    "company": {"en": "Company|Employer|Organisation|Vendor", "de": "Firma|Arbeitgeber|Unternehmen", "fr": "Société|Entreprise|Employeur", "es": "Empresa|Compañía|Proveedor", "it": "Azienda|Ditta|Società", "pt": "Empresa|Companhia", "nl": "Bedrijf|Werkgever", "pl": "Firma|Pracodawca", "tr": "Şirket|Firma", "ru": "Компания|Организация", "sv": "Företag|Arbetsgivare", "el": "Εταιρεία", "cs": "Společnost|Firma", "ro": "Companie|Firmă", "id": "Perusahaan", "vi": "Công ty", "ja": "会社名", "zh": "公司", "ko": "회사"},
    "job": {"en": "Job title|Position|Role|Occupation", "de": "Position|Beruf|Funktion", "fr": "Poste|Fonction|Profession", "es": "Cargo|Puesto|Profesión", "it": "Ruolo|Professione", "pt": "Cargo|Profissão", "nl": "Functie|Beroep", "pl": "Stanowisko|Zawód", "tr": "Unvan|Meslek", "ru": "Должность|Профессия", "sv": "Befattning|Yrke", "el": "Θέση", "cs": "Pozice|Povolání", "ro": "Funcție|Ocupație", "id": "Jabatan|Pekerjaan", "vi": "Chức vụ", "ja": "役職", "zh": "职位", "ko": "직위"},
    "country": {"en": "Country|Country of residence", "de": "Land|Staat", "fr": "Pays", "es": "País", "it": "Paese|Stato", "pt": "País", "nl": "Land", "pl": "Kraj", "tr": "Ülke", "ru": "Страна", "sv": "Land", "el": "Χώρα", "cs": "Země", "ro": "Țară", "id": "Negara", "vi": "Quốc gia", "ja": "国", "zh": "国家", "ko": "국가"},
    "team": {"en": "Team|Department|Queue|Assigned group", "de": "Team|Abteilung", "fr": "Équipe|Service", "es": "Equipo|Departamento", "it": "Reparto|Gruppo", "pt": "Equipe|Departamento", "nl": "Team|Afdeling", "pl": "Zespół|Dział", "tr": "Ekip|Departman", "ru": "Отдел|Группа", "ja": "部署", "zh": "部门", "ko": "부서"},
    "id": {"en": "ID|Ref|No.|Record", "de": "Nr.|Kennung", "fr": "N°|Réf.", "es": "N.º|Ref.", "ru": "№", "ja": "番号", "zh": "编号", "ko": "번호"},
}  # fmt: skip
_TEAMS = ("Support Team", "Billing", "Tier 2", "Night Shift", "Ops", "Helpdesk", "Backoffice", "Key Accounts", "Team Nord", "Équipe B", "Grupo Sur", "Customer Care", "QA", "Facilities", "Legal")  # fmt: skip
_STATUS = ("active", "inactive", "pending", "closed", "open", "OK", "shipped", "paid", "new", "VIP", "blocked", "approved")  # fmt: skip
_TABLES = ("customers", "users", "patients", "employees", "contacts", "orders", "members", "clients", "tenants", "applicants", "kunden", "clientes", "pacientes", "personnel", "subscribers")  # fmt: skip
_RECORD_TAGS = ("customer", "person", "contact", "record", "row", "entry", "member", "user", "employee", "patient", "party", "item")  # fmt: skip
_PERSON_KEYS = ("name", "first", "last")
_NEG_KEYS = ("company", "job", "city", "country", "product", "team")
_OTHER_KEYS = ("phone", "email", "id", "date", "amount", "status")


def _label(lang: str, key: str, rng: random.Random, c: dict[str, tuple[str, ...]]) -> str:
    if key in _EXTRA_LABELS:
        table = _EXTRA_LABELS[key]
        return rng.choice(table.get(lang, table["en"]).split("|"))
    if key == "amount":
        key = "total"
    if key == "id":
        key = "order"
    return rng.choice(c.get(key) or cues("en")[key])


def _code_key(key: str, rng: random.Random, style: str) -> str:
    word = rng.choice(_CODE_KEYS[key])
    parts = word.split("_")
    if style == "camel":
        return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if style == "pascal":
        return "".join(p[:1].upper() + p[1:] for p in parts)
    if style == "upper":
        return word.upper()
    if style == "kebab":
        return "-".join(parts)
    return word


def _schema(rng: random.Random) -> list[str]:
    """The fields of one document's records, in order: at least one person field."""
    person = rng.choice((["name"], ["name"], ["first", "last"], ["last", "first"]))
    keys = list(person)
    keys += rng.sample(_NEG_KEYS, rng.randint(1, 3))
    keys += rng.sample(_OTHER_KEYS, rng.randint(1, 3))
    if rng.random() < 0.6:
        keys.append("address")
    if rng.random() < 0.4:
        keys.append("dob")
    if rng.random() < 0.15:
        keys.append("name2")  # a second person: a contact, a manager
    head = ["id"] if "id" in keys and rng.random() < 0.7 else []
    rest = [k for k in keys if k not in head]
    if rng.random() < 0.7:
        rng.shuffle(rest)
    return head + rest


def _value(
    key: str, fake: Any, rng: random.Random, locale: str, lang: str
) -> tuple[str, str | None]:
    """(value, kind) of one cell; a person slot sometimes holds a negative of the same shape."""
    if key in ("name", "name2"):
        r = rng.random()
        if r < 0.06:
            return str(fake.company()), None
        if r < 0.09:
            return shop(rng, fake, lang), None
        if r < 0.11:
            return rng.choice(_TEAMS), None
        return person_name(fake, rng, locale, 0.06), "person"
    if key == "first":
        return str(fake.first_name()), "person"
    if key == "last":
        return str(fake.last_name()), "person"
    if key == "address":
        return ", ".join(address_lines(fake, rng, locale)), "address"
    if key == "dob":
        return _dob(fake, rng, lang), "dob"
    if key == "city":
        return str(fake.city()), None
    if key == "company":
        r = rng.random()
        if r < 0.2:
            return institution(rng, fake, lang), None
        return (shop(rng, fake, lang) if r < 0.45 else str(fake.company())), None
    if key == "job":
        try:
            return (str(fake.job()) if rng.random() < 0.7 else rng.choice(_JOBS)), None
        except AttributeError:
            return rng.choice(_JOBS), None
    if key == "country":
        return str(fake.country()), None
    if key == "product":
        return product(rng, fake, lang), None
    if key == "team":
        return rng.choice(_TEAMS), None
    if key == "phone":
        return str(fake.phone_number()), None
    if key == "email":
        return str(fake.email()), None
    if key == "id":
        if rng.random() < 0.3:
            return code(rng), None
        return f"{rng.choice(('', '#', 'C-', 'ID', 'u'))}{rng.randint(1, 999999)}", None
    if key == "date":
        return _date(fake, rng, time=rng.random() < 0.5), None
    if key == "amount":
        return f"{rng.randint(1, 9999)}.{rng.randint(0, 99):02d}", None
    return rng.choice(_STATUS), None


Record = list[tuple[str, str, str | None]]  # (key, value, kind)


def _records(
    fake: Any, rng: random.Random, locale: str, lang: str, keys: list[str]
) -> list[Record]:
    upper = rng.random() < 0.12
    out = []
    for _ in range(rng.randint(1, 5)):
        rec: Record = []
        for k in keys:
            value, kind = _value(k, fake, rng, locale, lang)
            if upper and kind == "person":
                value = value.upper()
            rec.append((k, value, kind))
        out.append(rec)
    return out


def _labels(keys: list[str], lang: str, rng: random.Random) -> dict[str, str]:
    c = cues(lang)
    case = rng.choice(("as", "as", "as", "upper", "lower"))
    out = {}
    for k in keys:
        lab = _label(lang, "name" if k == "name2" else k, rng, c)
        out[k] = lab.upper() if case == "upper" else lab.lower() if case == "lower" else lab
    return out


def _codes(keys: list[str], rng: random.Random) -> dict[str, str]:
    style = rng.choice(("snake", "snake", "camel", "pascal", "upper", "kebab"))
    out: dict[str, str] = {}
    for k in keys:
        key = _code_key("name" if k == "name2" else k, rng, style)
        while key in out.values():
            key += "2"
        out[k] = key
    return out


def _cell(d: _Doc, value: str, kind: str | None, quote: str = "") -> None:
    d.add(quote).add(value, kind).add(quote)


# ---------------------------------------------------------------- renderers
def _kv(d: _Doc, recs: list[Record], lab: dict[str, str], rng: random.Random, **_: Any) -> None:
    sep = rng.choice((": ", ": ", ":\t", " = ", " - ", " → ", " | ", "\t", ":  "))
    pad = rng.random() < 0.3
    width = max(len(v) for v in lab.values()) + 2
    bullet = rng.choice(("", "", "- ", "* ", "• "))
    for i, rec in enumerate(recs):
        if len(recs) > 1 or rng.random() < 0.3:
            d.add(
                rng.choice(
                    (f"--- {i + 1} ---\n", f"[{i + 1}]\n", f"#{i + 1}\n", f"Record {i + 1}\n", "")
                )
            )
        for k, v, kind in rec:
            name = lab[k]
            if pad:
                name = name.ljust(width, rng.choice((" ", ".")))
            d.add(f"{bullet}{name}{sep}")
            d.add(v, kind).add("\n")
        d.add("\n")


def _inline(
    d: _Doc, recs: list[Record], code: dict[str, str], rng: random.Random, **_: Any
) -> None:
    """One record per line: `key=value key="two words"` or `key: value, key: value`."""
    logfmt = rng.random() < 0.5
    for rec in recs:
        if rng.random() < 0.6:
            level = rng.choice(("INFO", "WARN", "DEBUG", "info", "I", "ERROR"))
            d.add(
                f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:0{rng.randint(0, 9)}Z {level} "
            )
            d.add(
                rng.choice(("crm.sync", "api", "worker[3]", "app.users", "billing:", "audit")) + " "
            )
        for j, (k, v, kind) in enumerate(rec):
            if logfmt:
                q = '"' if (" " in v or rng.random() < 0.2) else ""
                d.add(("" if j == 0 else " ") + f"{code[k]}=")
                _cell(d, v, kind, q)
            else:
                d.add(("" if j == 0 else ", ") + f"{code[k]}: ")
                d.add(v, kind)
        d.add("\n")


def _csv(
    d: _Doc,
    recs: list[Record],
    lab: dict[str, str],
    code: dict[str, str],
    rng: random.Random,
    **_: Any,
) -> None:
    sep = rng.choice((",", ",", ";", "\t", "\t", "|"))
    quote_all = rng.random() < 0.25
    heads = code if rng.random() < 0.4 else lab
    keys = [k for k, _, _ in recs[0]]
    if rng.random() < 0.85:
        d.add(sep.join(heads[k] for k in keys) + "\n")
    for rec in recs:
        for j, (_, v, kind) in enumerate(rec):
            if j:
                d.add(sep)
            q = '"' if quote_all or sep in v else ""
            _cell(d, v, kind, q)
        d.add("\n")


def _table(d: _Doc, recs: list[Record], lab: dict[str, str], rng: random.Random, **_: Any) -> None:
    keys = [k for k, _, _ in recs[0]]
    ascii_box = rng.random() < 0.4
    widths = {
        k: max([len(lab[k])] + [len(v) for kk, v, _ in (x for r in recs for x in r) if kk == k])
        for k in keys
    }
    rule = "+" + "+".join("-" * (widths[k] + 2) for k in keys) + "+\n"
    if ascii_box:
        d.add(rule)
    d.add("| " + " | ".join(lab[k].ljust(widths[k]) for k in keys) + " |\n")
    d.add(rule if ascii_box else "|" + "|".join("-" * (widths[k] + 2) for k in keys) + "|\n")
    for rec in recs:
        d.add("| ")
        for j, (k, v, kind) in enumerate(rec):
            if j:
                d.add(" | ")
            d.add(v, kind).add(" " * (widths[k] - len(v)))
        d.add(" |\n")
    if ascii_box:
        d.add(rule)


def _sql(d: _Doc, recs: list[Record], code: dict[str, str], rng: random.Random, **_: Any) -> None:
    table = rng.choice(_TABLES)
    keys = [k for k, _, _ in recs[0]]
    cols = ", ".join(code[k] for k in keys)
    one = rng.random() < 0.5
    for i, rec in enumerate(recs):
        if one or i == 0:
            d.add(f"INSERT INTO {table} ({cols}) VALUES" + ("\n  " if not one else " "))
        d.add("(")
        for j, (k, v, kind) in enumerate(rec):
            if j:
                d.add(", ")
            if k == "id" and v.isdigit():
                d.add(v)
            else:
                _cell(d, v.replace("'", "''"), kind, "'")
        d.add(");\n" if one or i == len(recs) - 1 else "),\n  ")


def _json(d: _Doc, recs: list[Record], code: dict[str, str], rng: random.Random, **_: Any) -> None:
    indent = rng.choice(("", "  ", "    ", "\t"))
    nl = "\n" if indent else " "
    wrap = rng.choice((None, "data", "results", "items", "customer", "records", None))

    def obj(rec: Record, depth: int) -> None:
        pad = indent * depth
        d.add("{" + nl)
        for j, (k, v, kind) in enumerate(rec):
            d.add(pad + indent + json.dumps(code[k]) + ": ")
            _cell(d, json.dumps(v, ensure_ascii=False)[1:-1], kind, '"')
            d.add(("," if j < len(rec) - 1 else "") + nl)
        d.add(pad + "}")

    if wrap:
        d.add("{" + nl + indent + json.dumps(wrap) + ": ")
    many = len(recs) > 1 or rng.random() < 0.3
    depth = 1 if wrap else 0
    if many:
        d.add("[" + nl)
        for i, rec in enumerate(recs):
            d.add(indent * (depth + 1))
            obj(rec, depth + 1)
            d.add(("," if i < len(recs) - 1 else "") + nl)
        d.add(indent * depth + "]")
    else:
        obj(recs[0], depth)
    if wrap:
        d.add(nl + "}")
    d.add("\n")


def _yaml(d: _Doc, recs: list[Record], code: dict[str, str], rng: random.Random, **_: Any) -> None:
    top = rng.choice(_RECORD_TAGS) + "s"
    d.add(f"{top}:\n")
    for rec in recs:
        for j, (k, v, kind) in enumerate(rec):
            d.add(("  - " if j == 0 else "    ") + f"{code[k]}: ")
            q = rng.choice(("", "", '"', "'")) if not re.search(r"[:#]", v) else '"'
            _cell(d, v, kind, q)
            d.add("\n")


def _xml(d: _Doc, recs: list[Record], code: dict[str, str], rng: random.Random, **_: Any) -> None:
    tag = rng.choice(_RECORD_TAGS)
    attrs = rng.random() < 0.3
    d.add(f"<{tag}s>\n")
    for rec in recs:
        if attrs:
            d.add(f"  <{tag}")
            for k, v, kind in rec:
                d.add(f" {code[k]}=")
                _cell(d, v.replace("&", "&amp;").replace('"', "&quot;"), kind, '"')
            d.add("/>\n")
            continue
        d.add(f"  <{tag}>\n")
        for k, v, kind in rec:
            d.add(f"    <{code[k]}>").add(v.replace("&", "&amp;").replace("<", "&lt;"), kind)
            d.add(f"</{code[k]}>\n")
        d.add(f"  </{tag}>\n")
    d.add(f"</{tag}s>\n")


def _mail(d: _Doc, recs: list[Record], lab: dict[str, str], rng: random.Random, fake: Any,
          locale: str, lang: str, **_: Any) -> None:  # fmt: skip
    c = cues(lang)
    sender = person_name(fake, rng, locale, 0.0)
    to = person_name(fake, rng, locale, 0.0)
    d.add("From: ")
    if rng.random() < 0.3:
        d.add('"').add(sender, "person").add('"')
    else:
        d.add(sender, "person")
    d.add(f" <{fake.email()}>\nTo: ").add(to, "person").add(f" <{fake.email()}>\n")
    if rng.random() < 0.4:
        if rng.random() < 0.4:
            d.add("Cc: " + str(fake.company()))
        else:
            d.add("Cc: ").add(person_name(fake, rng, locale, 0.0), "person")
        d.add(f" <{fake.email()}>\n")
    d.add(
        f"Date: {_date(fake, rng, time=True)}\n{rng.choice(c['subject'])}: {_sentence(lang, fake, rng)}\n\n"
    )
    d.add(rng.choice(c["hi"]) + " ")
    d.add(to.split()[0] if rng.random() < 0.5 else to, "person").add(",\n\n")
    d.add(_sentence(lang, fake, rng) + "\n")
    _kv(d, recs, lab, rng)
    d.add(rng.choice(c["bye"]) + ",\n").add(sender, "person").add("\n")
    for key in rng.sample(("job", "company", "address", "phone"), rng.randint(1, 3)):
        v, kind = _value(key, fake, rng, locale, lang)
        d.add(v, kind).add("\n")


def _letter(d: _Doc, recs: list[Record], lab: dict[str, str], rng: random.Random, fake: Any,
            locale: str, lang: str, **_: Any) -> None:  # fmt: skip
    c = cues(lang)
    for _ in range(2):  # sender block, recipient block
        if rng.random() < 0.4:
            d.add(str(fake.company()) + "\n")
        else:
            d.add(person_name(fake, rng, locale, 0.0), "person").add("\n")
        for line in address_lines(fake, rng, locale):
            d.add(line, "address").add("\n")
        d.add("\n")
    d.add(f"{fake.city()}, {_date(fake, rng)}\n\n")
    name = person_name(fake, rng, locale, 0.0)
    d.add(rng.choice(c["hi"]) + " ").add(name, "person").add(",\n\n")
    d.add(_sentence(lang, fake, rng) + " " + _sentence(lang, fake, rng) + "\n\n")
    if rng.random() < 0.5:
        _kv(d, recs[:1], lab, rng)
    d.add(rng.choice(c["bye"]) + "\n\n").add(person_name(fake, rng, locale, 0.0), "person")
    job, _ = _value("job", fake, rng, locale, lang)
    d.add("\n" + job + "\n")


def _form(d: _Doc, recs: list[Record], lab: dict[str, str], rng: random.Random, **_: Any) -> None:
    box = rng.choice(("[x]", "☑", "(x)", "[X]"))
    for rec in recs[:2]:
        for k, v, kind in rec:
            style = rng.random()
            if style < 0.3:
                d.add(f"{lab[k]}: ____ ").add(v, kind).add(" ____\n")
            elif style < 0.5:
                d.add(f"{box} {lab[k]}\n    ").add(v, kind).add("\n")
            elif style < 0.7:
                d.add(f"{lab[k]}\n").add(v, kind).add("\n")
            else:
                d.add(f"{lab[k]} ").add("." * rng.randint(3, 12) + " ").add(v, kind).add("\n")
        d.add(
            rng.choice(
                (
                    "Signature: ______________\n",
                    "Unterschrift: ________\n",
                    "Firma: ________\n",
                    "\n",
                )
            )
        )


_RENDERERS = (
    ("kv", _kv, 4), ("inline", _inline, 2), ("csv", _csv, 4), ("table", _table, 2),
    ("sql", _sql, 2), ("json", _json, 3), ("yaml", _yaml, 2), ("xml", _xml, 2),
    ("mail", _mail, 2), ("letter", _letter, 2), ("form", _form, 2),
)  # fmt: skip


def generic_doc(fake: Any, rng: random.Random, locale: str, lang: str) -> tuple[_Doc, str]:
    """One document: a random schema, its records, one container format; and its name."""
    keys = _schema(rng)
    recs = _records(fake, rng, locale, lang, keys)
    lab, code = _labels(keys, lang, rng), _codes(keys, rng)
    name, render, _ = rng.choice([r for r in _RENDERERS for _ in range(r[2])])
    d = _Doc()
    if rng.random() < 0.25:
        d.add(_sentence(lang, fake, rng) + "\n\n")
    render(d, recs, lab=lab, code=code, rng=rng, fake=fake, locale=locale, lang=lang)
    return d, name


def generic_texts(n: int, seed: int, locales: tuple[str, ...], source: Any) -> list[dict[str, Any]]:
    """`n` documents over `locales` (names from `source(locale, seed)`); the labels in the
    locale's language 70% of the time, else in a random one of `_pii_ner_cues`."""
    rng = random.Random(seed)
    fakers: dict[str, Any] = {}
    langs = sorted(CUES)
    out = []
    for i in range(n):
        locale = locales[i % len(locales)]
        if locale not in fakers:
            fakers[locale] = source(locale, seed * 1000 + len(fakers))
        fake = fakers[locale]
        real = str(fake.locale) if locale.startswith("gg:") else locale
        own = {"nb": "no"}.get(real[:2], real[:2])
        lang = own if own in CUES and rng.random() < 0.7 else rng.choice(langs)
        try:
            doc, name = generic_doc(fake, rng, real, lang)
        except (AttributeError, ValueError, IndexError, TypeError, KeyError):
            continue
        text, spans = doc.render()
        out.append({"text": text, "locale": real, "style": "generic-" + name, "spans": spans})
    return out


# Faker locales with a person provider (every one in Faker 30+ but Thai, whose words the
# tokenizer cannot split): more countries than the 45 of the older parts.
ALL_FAKER_LOCALES = (
    "ar_AA", "ar_DZ", "ar_PS", "ar_SA", "az_AZ", "bg_BG", "bn_BD", "cs_CZ", "da_DK", "de_AT",
    "de_CH", "de_DE", "de_LI", "de_LU", "el_GR", "en_GB", "en_IE", "en_IN", "en_KE", "en_NG",
    "en_NZ", "en_PK", "en_TH", "en_US", "es_AR", "es_CA", "es_CL", "es_CO", "es_ES", "es_MX",
    "et_EE", "fa_IR", "fi_FI", "fr_BE", "fr_CA", "fr_CH", "fr_DZ", "fr_FR", "ga_IE",
    "gu_IN", "ha_NG", "he_IL", "hi_IN", "hr_HR", "hu_HU", "hy_AM", "id_ID", "ig_NG", "is_IS",
    "it_IT", "ja_JP", "ka_GE", "ko_KR", "lt_LT", "lv_LV", "mk_MK", "mr_IN", "ne_NP", "nl_BE",
    "nl_NL", "no_NO", "or_IN", "pl_PL", "pt_BR", "pt_PT", "ro_RO", "ru_RU", "si_LK", "sk_SK",
    "sl_SI", "sv_SE", "sw", "ta_IN", "tr_TR", "tw_GH", "uk_UA", "uz_UZ", "vi_VN", "yo_NG",
    "zh_CN", "zh_TW", "zu_ZA",
)  # fmt: skip
# Every mimesis locale with names (the older parts leave out it, cs, fi and kk).
ALL_MIMESIS_EXTRA = ("it", "cs", "fi", "kk")


def _faker_source(locale: str, seed: int) -> Any:
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(seed)
    return fake


def generic_all(
    n: int, seed: int, known: set[str], given_names: bool = False
) -> list[dict[str, Any]]:
    """`n` generic documents. With `given_names`: 35% with names of every Faker locale, 30%
    with gender-guesser's given names of 54 countries (`_pii_ner_given_names`; its data file
    is under the GNU FDL, so off by default), 15% with mimesis's (all its locales), 20% with
    made-up names (`SyntheticNames`, none in `known`). Without: 55% Faker, 20% mimesis, 25%
    made-up."""
    from _pii_ner_data import _synthetic_source
    from _pii_ner_mimesis import MIMESIS_TRAIN_LOCALES, MimesisFake

    parts = (0.35, 0.30, 0.15) if given_names else (0.55, 0.0, 0.20)
    sizes = [int(n * p) for p in parts]
    out = generic_texts(sizes[0], seed, ALL_FAKER_LOCALES, _faker_source)
    if given_names:
        from _pii_ner_given_names import given_name_sources

        gg_locales, gg_source = given_name_sources()
        out += generic_texts(sizes[1], seed + 1, gg_locales, gg_source)
    mim = tuple(MIMESIS_TRAIN_LOCALES) + ALL_MIMESIS_EXTRA
    out += generic_texts(sizes[2], seed + 2, mim, MimesisFake)
    synth_locales, synth_source = _synthetic_source(known)
    out += generic_texts(n - sum(sizes), seed + 3, synth_locales, synth_source)
    return out
