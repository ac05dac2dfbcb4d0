"""One renderer per style of eval_v3. Each takes (rng, locale, kinds, neg) and returns a Builder.

`kinds` lists the personal values the text carries (person, phone, email, address, dob, nid,
card, iban, secret, gps, ip, mac); `neg` asks for hard negatives. Values always go in through
`Builder.val`/`Builder.frame`, literal text through `Builder.add`.
"""

from __future__ import annotations

import json
import random
import re

import _v3_values as V
from _v3_phrases import LANGS, nid_frame, nid_label
from _v3_styles import FILLER, Builder, Negatives, Values

_CJK = ("ja_JP", "zh_CN")


def _sep(locale: str, rng: random.Random) -> str:
    if locale in _CJK:
        return rng.choice(("。", "、", "。"))
    if locale == "ar_EG":
        return rng.choice(("، ", ". ", " - "))
    return rng.choice((". ", ", ", " - ", ". ", "! "))


def _frame(vals: Values, kind: str, value: V.Value) -> str:
    say = vals.lang.say
    if value.kind == "ssn":
        return vals.rng.choice(say["ssn"])
    if value.kind == "national_id":
        return nid_frame(vals.locale, value.check)
    if kind == "ip" or value.kind in ("ipv4", "ipv6"):
        return vals.rng.choice(say["ip"])
    return vals.rng.choice(say[kind])


def _sentences(
    b: Builder,
    rng: random.Random,
    vals: Values,
    kinds: list[str],
    neg: Negatives | None,
    *,
    voice: bool = False,
) -> None:
    """Frames for each kind, with a negative sentence somewhere, separated the locale's way."""
    items: list[object] = list(kinds)
    if neg is not None:
        items.insert(rng.randrange(0, len(items) + 1), "NEG")
    for i, item in enumerate(items):
        if i:
            b.add(
                " " + FILLER[vals.locale] + " "
                if voice and rng.random() < 0.4
                else (" " if voice else _sep(vals.locale, rng))
            )
        if item == "NEG":
            assert neg is not None
            text = neg.sentence()
            b.add(_strip(text) if voice else text)
            continue
        kind = str(item)
        if kind == "person2":
            # A second person, written on behalf of: the third person frame of every locale.
            other = Values(rng, vals.locale).name()
            template = vals.lang.say["person"][2]
            b.frame(_strip(template) if voice else template, other)
            continue
        value = vals.get(kind, obfuscate=(kind == "email" and (voice or rng.random() < 0.15)))
        template = _frame(vals, kind, value)
        if kind == "person" and "person2" in items:
            template = rng.choice(vals.lang.say["person"][:2])  # "on behalf of" is the other's
        if voice:
            template = _strip(template)
        if kind == "person" and rng.random() < 0.2 and not voice:
            # Addressed by honorific: the honorific stays outside the span.
            vals.honorific(b)
            continue
        b.frame(template, value)


def _label(vals: Values, key: str, value: V.Value) -> str:
    """The form label for `value`: the national id's own name, "SSN", or the locale's label."""
    if value.kind == "national_id":
        return nid_label(vals.locale, value.check)
    if value.kind == "ssn":
        return "SSN"
    return vals.lang.label[key]


def _strip(text: str) -> str:
    """Speech has no punctuation; a comma inside a number ("1729,81 Kč") is kept."""
    return re.sub(r"[:!?,،](?=\s|$)|[。、]", "", text)


def _chat_export(rng: random.Random, locale: str, kinds: list[str], neg: bool) -> Builder:
    """A messenger export: "[10:32] Lena: ...", the customer's given name labelled at each turn."""
    vals, lang, b = Values(rng, locale), LANGS[locale], Builder()
    agent = rng.choice(("Support", "Kiosk-Bot", "Service", "Helpdesk"))
    hour, minute = rng.randint(7, 22), rng.randint(0, 50)
    half = max(1, len(kinds) // 2)
    for turn, chunk in enumerate((kinds[:half], kinds[half:])):
        if not chunk and turn:
            break
        if turn:
            b.add(f"\n[{hour:02d}:{minute % 60:02d}] {agent}: {rng.choice(lang.hello)}\n")
            minute += rng.randint(1, 5)
        b.add(f"[{hour:02d}:{minute % 60:02d}] ")
        b.val(vals.name("first"))
        b.add(": ")
        _sentences(b, rng, vals, chunk, Negatives(rng, locale) if neg and not turn else None)
        minute += rng.randint(1, 4)
    b.add(f"\n[{hour:02d}:{minute % 60:02d}] {agent}: {rng.choice(lang.bye)}")
    return b


def chat(rng: random.Random, locale: str, kinds: list[str], neg: bool) -> Builder:
    if kinds and rng.random() < 0.35:
        return _chat_export(rng, locale, kinds, neg)
    vals, lang, b = Values(rng, locale), LANGS[locale], Builder()
    if rng.random() < 0.6:
        b.add(
            rng.choice(lang.hello) + rng.choice(("! ", ", ", " "))
            if locale not in _CJK
            else rng.choice(lang.hello) + rng.choice(("!", "、", " "))
        )
    _sentences(b, rng, vals, kinds, Negatives(rng, locale) if neg else None)
    if rng.random() < 0.5:
        b.add(rng.choice((" ", "\n")) + rng.choice(lang.bye))
    if "person" not in kinds and rng.random() < 0.3 and kinds:
        b.add(rng.choice(("\n", " - ", " ")))
        b.val(vals.name("first"))
    return b


def sms(rng: random.Random, locale: str, kinds: list[str], neg: bool) -> Builder:
    vals, lang, b = Values(rng, locale), LANGS[locale], Builder()
    _sentences(b, rng, vals, kinds[:2], Negatives(rng, locale) if neg else None)
    if rng.random() < 0.3:
        b.add(" " + rng.choice(lang.bye))
    return b


def voice_transcript(rng: random.Random, locale: str, kinds: list[str], neg: bool) -> Builder:
    vals, lang, b = (
        Values(rng, locale),
        LANGS[locale],
        Builder(lower=True, turkish=locale == "tr_TR"),
    )
    vals.lower_case_voice = True
    b.add(rng.choice(("", "[voice] ", "transcript: ", "")) + _strip(rng.choice(lang.hello)) + " ")
    if rng.random() < 0.5:
        b.add(FILLER[locale] + " ")
    _sentences(b, rng, vals, kinds, Negatives(rng, locale) if neg else None, voice=True)
    if rng.random() < 0.4:
        b.add(" " + _strip(rng.choice(lang.bye)))
    return b


def kiosk_form(rng: random.Random, locale: str, kinds: list[str], neg: bool) -> Builder:
    vals, lang, b = Values(rng, locale), LANGS[locale], Builder()
    label = lang.label
    b.add(
        rng.choice(
            (
                f"KIOSK-{rng.randint(1, 40):02d} self check-in\n",
                f"== Terminal {rng.randint(1, 9)} ==\n",
                "",
            )
        )
    )
    colon = rng.choice((": ", ":\t", " = ", " | "))
    multiline_addr = rng.random() < 0.5
    n = Negatives(rng, locale)
    rows: list[str] = list(kinds)
    if neg:
        rows.insert(rng.randrange(0, len(rows) + 1), "order")
        rows.append("date")
    for i, kind in enumerate(rows):
        if i:
            b.add("\n")
        key = {
            "person": "name",
            "secret": "password",
            "gps": "location",
            "ip": "device",
            "mac": "device",
        }.get(kind, kind)
        if kind in ("order", "date") or (kind == "address" and multiline_addr):
            b.add(f"{label[key]}{colon}")
        if kind == "order":
            b.add(n.order())
        elif kind == "date":
            b.add(n.date())
        elif kind == "address" and multiline_addr:
            vals.address_into(b, "\n" + " " * (len(label[key]) + len(colon)))
        else:
            value = vals.get(kind)
            b.add(f"{_label(vals, key, value)}{colon}")
            b.val(value)
    if neg and rng.random() < 0.5:
        b.add(f"\n{label['total']}{colon}{n.price()}")
    return b


def support_ticket(rng: random.Random, locale: str, kinds: list[str], neg: bool) -> Builder:
    vals, lang, b = Values(rng, locale), LANGS[locale], Builder()
    b.add(f"[#{rng.randint(10000, 999999)}] {rng.choice(lang.subject)}\n")
    body = [k for k in kinds if k != "person"]
    if "email" in body and rng.random() < 0.5:
        b.add("From: ")
        b.val(vals.get("email"))
        b.add("\n")
        body.remove("email")
    b.add(f"Priority: {rng.choice(('low', 'normal', 'high', 'urgent'))}\n\n")
    b.add(rng.choice(lang.hello) + (",\n" if locale not in _CJK else "\n"))
    _sentences(b, rng, vals, body, Negatives(rng, locale) if neg else None)
    b.add("\n\n" + rng.choice(lang.bye) + "\n")
    if "person" in kinds:
        b.val(vals.name(rng.choice(("full", "first"))))
    return b


def email_signature(rng: random.Random, locale: str, kinds: list[str], neg: bool) -> Builder:
    vals, lang, b = Values(rng, locale), LANGS[locale], Builder()
    b.add(rng.choice(lang.hello) + (",\n" if locale not in _CJK else "\n"))
    if neg:
        b.add(Negatives(rng, locale).sentence())
    else:
        b.add(rng.choice(lang.subject))
    b.add("\n" + rng.choice(lang.bye) + "\n\n" + rng.choice(("--\n", "-- \n", "")))
    b.val(vals.name())
    b.add(
        "\n"
        + rng.choice(
            (
                "Sales Manager",
                "Head of IT",
                "Buchhaltung / Accounting",
                "Office",
                "Customer Success",
                "Projektleitung",
                "CTO",
            )
        )
        + "\n"
    )
    company = rng.choice(lang.company).format(
        last=vals.who.last if rng.random() < 0.4 else Values(rng, locale).who.last
    )
    b.add(company + "\n")
    if "address" in kinds or rng.random() < 0.5:
        vals.address_into(b, "\n")
        b.add("\n")
    b.add(lang.label["phone"] + rng.choice((": ", " ", ". ")))
    b.val(vals.get("phone"))
    if "email" in kinds or rng.random() < 0.6:
        b.add("\n")
        b.val(vals.get("email"))
    if rng.random() < 0.3:
        b.add("\n" + lang.label["iban"] + ": ")
        b.val(vals.get("iban"))
    return b


_LEVEL = ("INFO", "WARN", "DEBUG", "ERROR", "INFO", "INFO")
_LOG = {
    "ip": ("client connected from {v}", "dhcp: lease {v} granted", "mqtt connect peer={v}"),
    "mac": ("new device mac={v} rssi=-{n}", "ble scan found {v}"),
    "gps": ("gnss fix pos={v} sats={n}", "geofence check at {v}"),
    "secret": (
        'http auth header="Authorization: Bearer {v}"',
        "reloaded config api_key={v}",
        "login retry user=admin password={v}",
        "token={v} refreshed",
    ),
    "email": ("user {v} signed in", "receipt mailed to {v}"),
    "phone": ("sms alert sent to {v}", "callback requested tel={v}"),
    "person": ('badge scan ok holder="{v}"', "profile saved for {v}"),
    "nid": ("id document scanned no={v}", "kyc check passed id={v}"),
    "card": ("payment declined card={v}", "tokenize pan {v}"),
    "iban": ("sepa mandate created iban={v}", "payout account {v}"),
    "dob": ("age check dob={v}",),
    "address": ('delivery address set "{v}"',),
}


def iot_log(rng: random.Random, locale: str, kinds: list[str], neg: bool) -> Builder:
    vals, b, n = Values(rng, locale), Builder(), Negatives(rng, locale)
    iso = rng.random() < 0.5  # one timestamp format per log
    comp = rng.choice(("gateway", "kioskd", "sensor-hub", "app", "edge-agent", "payments"))
    lines: list[object] = list(kinds)
    if neg:
        for _ in range(rng.randint(1, 2)):
            lines.insert(rng.randrange(0, len(lines) + 1), "NEG")
    for i, item in enumerate(lines):
        if i:
            b.add("\n")
        b.add(f"{n.timestamp(iso)} {rng.choice(_LEVEL)} {comp}[{rng.randint(100, 9999)}]: ")
        if item == "NEG":
            b.add(
                rng.choice(
                    (
                        lambda: f"fw {n.version()} build {n.sha()[:12]}",
                        lambda: f"sensor {n.reading()}",
                        lambda: f"request_id={n.uuid()} latency={rng.randint(3, 900)}ms",
                        lambda: f"commit {n.sha()} deployed",
                        lambda: f'msg="{n.sentence()}"',
                        lambda: f'model="{n.product()}" uptime={rng.randint(1, 9000)}s',
                    )
                )()
            )
            continue
        kind = str(item)
        template = rng.choice(_LOG[kind]).replace("{n}", str(rng.randint(4, 90)))
        b.frame(template, vals.get(kind, plain=True))
    return b


_JSON_KEY = {
    "person": ("name", "full_name", "customer_name", "contact"),
    "phone": ("phone", "mobile", "tel", "phone_number"),
    "email": ("email", "mail", "user_email"),
    "address": ("address", "shipping_address", "addr"),
    "dob": ("dob", "birth_date", "date_of_birth", "birthday"),
    "nid": ("national_id", "tax_id", "id_number", "document_no"),
    "card": ("card_number", "pan", "cc"),
    "iban": ("iban", "account", "payout_iban"),
    "secret": ("password", "api_key", "token", "pwd", "secret"),
    "gps": ("location", "coords", "gps"),
    "ip": ("ip", "client_ip", "remote_addr"),
    "mac": ("mac", "device_mac", "bssid"),
}
_TAX_IDS = {"idnr", "nif", "nip", "afm", "inn", "tn", "pan", "vkn", "cnpj", "edrpou", "dic", "itin"}
_GROUP = {
    "person": "customer",
    "phone": "customer",
    "email": "customer",
    "address": "customer",
    "dob": "customer",
    "nid": "customer",
    "card": "payment",
    "iban": "payment",
    "secret": "auth",
    "gps": "device",
    "ip": "device",
    "mac": "device",
}


def _json_items(
    rng: random.Random, vals: Values, kinds: list[str], neg: bool
) -> list[tuple[str, object]]:
    local = rng.random() < 0.35
    items: list[tuple[str, object]] = []
    for kind in kinds:
        key = rng.choice(_JSON_KEY[kind])
        value = vals.get(kind, plain=True)
        if value.kind == "ssn":
            key = "ssn"
        elif value.kind == "national_id":
            sub = value.check.rsplit(":", 1)[-1]
            key = (
                "passport_no"
                if sub == "passport"
                else "tax_id"
                if sub in _TAX_IDS
                else rng.choice(("national_id", "id_number", "citizen_id"))
            )
        if local:
            lk = {
                "person": "name",
                "secret": "password",
                "gps": "location",
                "ip": "device",
                "mac": "device",
            }.get(kind, kind)
            key = _label(vals, lk, value)
        if (
            kind == "gps"
            and rng.random() < 0.4
            and re.fullmatch(r"-?[\d.]+, ?-?[\d.]+", value.text)
        ):
            items.append((key, ("ARRAY", value)))
        else:
            items.append((key, value))
    if neg:
        n = Negatives(rng, vals.locale)
        extra = [
            ("order_id", n.order()),
            ("total", round(rng.uniform(1, 900), 2)),
            ("created_at", n.timestamp()),
            ("request_id", n.uuid()),
            ("fw_version", n.version()),
            ("checksum", n.sha()),
            ("note", n.sentence()),
            ("product", n.product()),
        ]
        rng.shuffle(extra)
        for pair in extra[: rng.randint(1, 3)]:
            items.insert(rng.randrange(0, len(items) + 1), pair)
    return items


def _write_json(
    b: Builder,
    rng: random.Random,
    items: list[tuple[str, object]],
    indent: int | None,
    level: int = 0,
    tight: bool = False,
) -> None:
    colon, comma = (":", ",") if tight else (": ", ", ")
    b.add("{")
    for i, (key, val) in enumerate(items):
        if i:
            b.add("," if indent is not None else comma)
        if indent is not None:
            b.add("\n" + " " * (indent * (level + 1)))
        b.add(json.dumps(key, ensure_ascii=False) + colon)
        if isinstance(val, V.Value):
            b.add('"')
            b.val(val)
            b.add('"')
        elif isinstance(val, tuple) and val and val[0] == "ARRAY":
            b.add("[")
            b.val(val[1])
            b.add("]")
        elif isinstance(val, list):
            _write_json(b, rng, val, indent, level + 1, tight)
        else:
            b.add(json.dumps(val, ensure_ascii=False))
    if indent is not None and items:
        b.add("\n" + " " * (indent * level))
    b.add("}")


def json_compact(rng: random.Random, locale: str, kinds: list[str], neg: bool) -> Builder:
    vals, b = Values(rng, locale), Builder()
    _write_json(b, rng, _json_items(rng, vals, kinds, neg), None, tight=rng.random() < 0.5)
    return b


def json_pretty(rng: random.Random, locale: str, kinds: list[str], neg: bool) -> Builder:
    vals, b = Values(rng, locale), Builder()
    _write_json(b, rng, _json_items(rng, vals, kinds, neg), rng.choice((2, 4)))
    return b


def json_nested(rng: random.Random, locale: str, kinds: list[str], neg: bool) -> Builder:
    vals, b = Values(rng, locale), Builder()
    groups: dict[str, list[tuple[str, object]]] = {}
    for kind in kinds:
        groups.setdefault(_GROUP[kind], []).extend(_json_items(rng, vals, [kind], False))
    top: list[tuple[str, object]] = [("event", rng.choice(("checkout", "signup", "sync", "kyc")))]
    top += [(g, items) for g, items in groups.items()]
    if neg:
        top += [("meta", _json_items(rng, vals, [], True))]
    _write_json(b, rng, top, rng.choice((2, None)))
    return b


def _db_url(b: Builder, rng: random.Random, vals: Values) -> None:
    scheme = rng.choice(("postgres", "postgresql", "mysql", "mongodb", "redis"))
    user = rng.choice(("app", "svc_orders", "admin", "kiosk", "root"))
    b.add(f"{scheme}://{user}:")
    b.val(
        V.Value(
            V.password(rng)
            .replace("@", "x")
            .replace("/", "x")
            .replace(":", "x")
            .replace("#", "x")
            .replace("?", "x")
            .replace('"', "x"),
            "secret",
            "secret",
        )
    )
    b.add("@")
    if rng.random() < 0.5:
        b.val(V.ipv4(rng, vals.locale))
    else:
        b.add(rng.choice(("db.internal", "localhost", "pg-main.svc.cluster.local")))
    port = {"postgres": 5432, "postgresql": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379}
    db = "0" if scheme == "redis" else rng.choice(("orders", "kiosk", "prod"))
    b.add(f":{port[scheme]}/{db}")


def code_config(rng: random.Random, locale: str, kinds: list[str], neg: bool) -> Builder:
    vals, lang, b, n = Values(rng, locale), LANGS[locale], Builder(), Negatives(rng, locale)
    yaml = rng.random() < 0.4
    b.add(rng.choice(("# .env\n", "# config.yaml\n" if yaml else "# settings\n", "")))
    names = {
        "secret": ("API_KEY", "SMTP_PASSWORD", "AUTH_TOKEN", "PASSWORD"),
        "ip": ("BIND_ADDR", "UPSTREAM_HOST"),
        "email": ("ADMIN_EMAIL", "SMTP_USER", "ALERT_TO"),
        "phone": ("SMS_ALERT_NUMBER", "SUPPORT_PHONE"),
        "mac": ("DEVICE_MAC", "WOL_TARGET"),
        "gps": ("HOME_COORDS", "SITE_GPS"),
        "person": ("OWNER", "MAINTAINER"),
        "nid": ("TEST_TAX_ID",),
        "card": ("TEST_CARD",),
        "iban": ("PAYOUT_IBAN",),
        "dob": ("OWNER_DOB",),
        "address": ("SITE_ADDRESS",),
    }
    lines: list[str] = list(kinds)
    if "secret" in lines and rng.random() < 0.5:
        lines[lines.index("secret")] = "DBURL"
    if neg:
        lines.insert(rng.randrange(0, len(lines) + 1), "NEG")
    for i, kind in enumerate(lines):
        if i:
            b.add("\n")
        if kind == "NEG":
            b.add(
                rng.choice(
                    (
                        f"VERSION={n.version()}",
                        f"BUILD_SHA={n.sha()}",
                        f"INSTANCE_ID={n.uuid()}",
                        f"TIMEOUT_MS={rng.randint(100, 9000)}",
                        f"# {n.sentence()}",
                    )
                )
            )
            continue
        if rng.random() < 0.3:
            lk = {
                "secret": "password",
                "DBURL": "password",
                "person": "name",
                "gps": "location",
                "ip": "device",
                "mac": "device",
            }.get(kind, kind)
            b.add(f"# {lang.label[lk]}\n")
        if kind == "DBURL":
            b.add("database:\n  url: " if yaml else "DATABASE_URL=")
            _db_url(b, rng, vals)
            continue
        key = rng.choice(names[kind])
        b.add(f"{key.lower()}: " if yaml else f"{key}=")
        value = vals.get(kind, plain=True)
        quote = '"' if (" " in value.text or rng.random() < 0.3) else ""
        b.add(quote)
        b.val(value)
        b.add(quote)
    return b


_CITY = {
    "de_DE": "Ort",
    "fr_FR": "Ville",
    "es_ES": "Ciudad",
    "it_IT": "Città",
    "nl_NL": "Plaats",
    "pl_PL": "Miasto",
    "sv_SE": "Ort",
    "en_GB": "Town",
    "en_US": "City",
    "el_GR": "Πόλη",
    "ru_RU": "Город",
    "ar_EG": "المدينة",
    "hi_IN": "शहर",
    "ja_JP": "市区町村",
    "zh_CN": "城市",
    "ko_KR": "도시",
    "pt_BR": "Cidade",
    "tr_TR": "Şehir",
    "uk_UA": "Місто",
    "cs_CZ": "Město",
}


def csv_export(rng: random.Random, locale: str, kinds: list[str], neg: bool) -> Builder:
    lang, b, n = LANGS[locale], Builder(), Negatives(rng, locale)
    delim = (
        ";"
        if locale
        in (
            "de_DE",
            "fr_FR",
            "es_ES",
            "it_IT",
            "nl_NL",
            "pl_PL",
            "cs_CZ",
            "pt_BR",
            "ru_RU",
            "uk_UA",
            "tr_TR",
            "el_GR",
        )
        else ","
    )
    cols: list[str] = list(dict.fromkeys(kinds))
    if neg:
        cols.insert(0, "order")
        cols.append(rng.choice(("total", "date", "city")))
    labels = {
        "person": lang.label["name"],
        "secret": lang.label["password"],
        "gps": lang.label["location"],
        "ip": "IP",
        "mac": "MAC",
        "city": _CITY[locale],
        "order": lang.label["order"],
        "total": lang.label["total"],
        "date": lang.label["date"],
    }
    b.add(delim.join(labels.get(c, lang.label.get(c, c)) for c in cols))
    for _ in range(rng.randint(1, 4)):
        vals = Values(rng, locale)
        b.add("\n")
        for j, col in enumerate(cols):
            if j:
                b.add(delim)
            if col == "order":
                b.add(n.order())
            elif col == "total":
                b.add(f"{rng.randint(1, 999)}.{rng.randint(0, 99):02d}")
            elif col == "date":
                b.add(n.date())
            elif col == "city":
                b.add(rng.choice(lang.cities)[0].split(",")[0])  # a city alone is not an address
            else:
                value = vals.get(col, plain=True)
                quote = '"' if (delim in value.text or "," in value.text) else ""
                b.add(quote)
                b.val(value)
                b.add(quote)
    return b


def http_request(rng: random.Random, locale: str, kinds: list[str], neg: bool) -> Builder:
    vals, b, n = Values(rng, locale), Builder(), Negatives(rng, locale)
    method = rng.choice(("POST", "PUT", "PATCH"))
    path = rng.choice(
        (
            "/api/v1/checkout",
            "/v2/users/me",
            f"/api/devices/{n.uuid()}/register",
            "/signup",
            "/oauth/token",
        )
    )
    b.add(
        f"{method} {path} HTTP/1.1\nHost: {rng.choice(('api.shop-demo.net', 'kiosk.local', 'edge.example.org'))}\n"
    )
    b.add(f"User-Agent: KioskApp/{n.version()} (Linux; Android {rng.randint(9, 15)})\n")
    body = list(kinds)
    if "secret" in body:
        body.remove("secret")
        b.add(rng.choice(("Authorization: Bearer ", "X-Api-Key: ", "Authorization: Token ")))
        b.val(V.Value(V.api_token(rng), "secret", "secret"))
        b.add("\n")
    if "ip" in body:
        body.remove("ip")
        b.add(rng.choice(("X-Forwarded-For: ", "X-Real-IP: ")))
        b.val(vals.get("ip"))
        b.add("\n")
    if neg:
        b.add(f"X-Request-ID: {n.uuid()}\n")
    b.add(f"Accept-Language: {locale.replace('_', '-')}\nContent-Type: application/json\n\n")
    _write_json(b, rng, _json_items(rng, vals, body, neg and rng.random() < 0.5), None)
    return b


RENDER = {
    "chat": chat,
    "kiosk_form": kiosk_form,
    "support_ticket": support_ticket,
    "iot_log": iot_log,
    "json_compact": json_compact,
    "json_pretty": json_pretty,
    "json_nested": json_nested,
    "sms": sms,
    "email_signature": email_signature,
    "voice_transcript": voice_transcript,
    "code_config": code_config,
    "csv_export": csv_export,
    "http_request": http_request,
}
