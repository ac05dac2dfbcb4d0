"""Document layouts of the fifth dev sets' error classes, for the tagger (build time only).

Session 9 read the errors of v5a/v5b (docs/privacy_tagger.md, "Retrain, session 9") for classes,
not texts: names in spreadsheet rows under a header (with a row-number column), in vCards
("N:" parts and "FN:"), in HTML forms (`value="..."`, `<dd>`) whose `<label>`/`<dt>` field
names were taken for names, on shipping labels (a role line, then an upper-case name, then
the address lines), in letters (recipient block, honorific, city and date line), in voice
transcripts with timestamps; and false names in technical text (tracebacks, HTTP dumps,
Kubernetes and compose files, bot display names), nationality fields, chat speakers that
are roles ("Mum", "Boss") and one-word replies. Every layout here is written from the
format itself (vCard 3.0, HTML, TSV) and the labels of `_pii_ner_cues`; no evaluation text,
value or template was copied.

Labelling as the evaluation sets do: honorifics outside the name; every line of an address
a span of its own; labels, cities in a "City" column, companies, bots, roles, O.
"""

from __future__ import annotations

import random
import re
from typing import Any

from _pii_ner_cues import CUES, cues
from _pii_ner_local_forms import (
    NO_FAKER_ADDRESS,
    MalaysianFake,
    local_address,
    local_city,
    local_name,
)
from _pii_ner_record_cues import record_cues
from _pii_ner_records import _address_lines, _date
from _pii_ner_styles import _dob, _Doc, _name, _sentence, shop
from faker import Faker


def person_name(fake: Any, rng: random.Random, locale: str, short: float = 0.15) -> str:
    """A name of the locale: its local form half the time where it has one."""
    if rng.random() < 0.5:
        local = local_name(fake, rng, locale)
        if local:
            return local
    return _name(fake, rng, locale, short)


def address_lines(fake: Any, rng: random.Random, locale: str) -> list[str]:
    """An address of the locale as its lines (local form where there is one)."""
    if locale in NO_FAKER_ADDRESS or rng.random() < 0.7:
        lines = local_address(fake, rng, locale)
        if lines:
            return lines
    return _address_lines(fake, rng)


def _caps(name: str, rng: random.Random, p: float = 0.3) -> str:
    return name.upper() if rng.random() < p else name


def _first_last(fake: Any, rng: random.Random, locale: str) -> tuple[str, str]:
    del rng, locale
    return str(fake.first_name()), str(fake.last_name())


# ---------------------------------------------------------------- spreadsheets
def _sheet(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    sep = rng.choice(("\t", "\t", "\t", ";", ",", " | "))
    split = rng.random() < 0.3
    cols = ["first", "last"] if split else ["name"]
    cols += rng.sample(["phone", "email", "dob", "city", "address", "order"], rng.randint(2, 4))
    if rng.random() < 0.2:
        rng.shuffle(cols)
    index = rng.random() < 0.5
    head = [rng.choice(("#", "No.", "Nr", "ID", "")) if index else None] + [
        rng.choice(c[k]) for k in cols
    ]
    d.add(sep.join(h for h in head if h is not None) + "\n")
    caps = rng.random() < 0.15
    for row in range(rng.randint(2, 6)):
        if index:
            d.add(f"{row + 1}{sep}")
        for j, col in enumerate(cols):
            if j:
                d.add(sep)
            if rng.random() < 0.06 and col not in ("name", "first", "last"):
                continue  # an empty cell
            if col == "name":
                d.add(
                    _caps(person_name(fake, rng, locale, 0.05), rng, 1.0 if caps else 0.0), "person"
                )
            elif col in ("first", "last"):
                first, last = _first_last(fake, rng, locale)
                d.add(first if col == "first" else last, "person")
            elif col == "phone":
                d.add(str(fake.phone_number()))
            elif col == "email":
                d.add(str(fake.email()))
            elif col == "dob":
                d.add(_dob(fake, rng, lang), "dob")
            elif col == "city":
                d.add(local_city(fake, rng, locale))
            elif col == "address":
                d.add(", ".join(address_lines(fake, rng, locale)), "address")
            else:
                d.add(f"{rng.choice(('', '#', 'A-'))}{rng.randint(1000, 999999)}")
        d.add("\n")
    return d


# ---------------------------------------------------------------- vCards
def _vcard(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    for _ in range(rng.randint(1, 3)):
        first, last = _first_last(fake, rng, locale)
        d.add("BEGIN:VCARD\nVERSION:" + rng.choice(("3.0", "4.0", "2.1")) + "\nN:")
        d.add(last, "person").add(";").add(first, "person").add(";;;\nFN:")
        full = f"{last}{first}" if locale[:2] in ("ko", "zh", "ja") else f"{first} {last}"
        d.add(full, "person").add("\n")
        if rng.random() < 0.5:
            d.add("ORG:" + shop(rng, fake, lang) + "\n")
        d.add(f"TEL;TYPE={rng.choice(('CELL', 'HOME', 'WORK'))}:{fake.phone_number()}\n")
        if rng.random() < 0.7:
            d.add(f"EMAIL;TYPE=INTERNET:{fake.email()}\n")
        if rng.random() < 0.5:
            lines = address_lines(fake, rng, locale)
            d.add(f"ADR;TYPE={rng.choice(('HOME', 'WORK'))}:;;")
            d.add(";".join(lines), "address").add(f";{rng.choice(('', str(fake.country())))}\n")
        if rng.random() < 0.3:
            d.add("BDAY:").add(_dob(fake, rng, "en"), "dob").add("\n")
        d.add("END:VCARD\n")
    return d


# ---------------------------------------------------------------- HTML forms
def _html(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    dl = rng.random() < 0.4
    d.add(rng.choice(('<form method="post">\n', '<div class="summary">\n', "<form>\n")))
    if dl:
        d.add("<dl>\n")
    keys = ["first", "last"] if rng.random() < 0.6 else ["name"]
    keys += rng.sample(
        ["phone", "email", "dob", "address", "password", "date", "total", "city", "card"], 4
    )
    first, last = _first_last(fake, rng, locale)
    for key in keys:
        label = rng.choice(c[key])
        if key == "first":
            value, kind = first, "person"
        elif key == "last":
            value, kind = last, "person"
        elif key == "name":
            value, kind = person_name(fake, rng, locale, 0.05), "person"
        elif key == "address":
            value, kind = "\n".join(address_lines(fake, rng, locale)), "address"
        elif key == "dob":
            value, kind = _dob(fake, rng, lang), "dob"
        elif key == "phone":
            value, kind = str(fake.phone_number()), None
        elif key == "email":
            value, kind = str(fake.email()), None
        elif key == "city":
            value, kind = local_city(fake, rng, locale), None
        else:
            value, kind = f"{rng.randint(100, 99999)}", None
        field = {"first": "first_name", "last": "last_name", "name": "full_name"}.get(key, key)
        if dl:
            d.add(f"  <dt>{label}</dt><dd>")
            _value_lines(d, value, kind, "<br>")
            d.add("</dd>\n")
        elif key == "address" and rng.random() < 0.6:
            d.add(
                f'  <label for="{field}">{label}</label>\n  <textarea id="{field}" name="{field}" rows="2">'
            )
            _value_lines(d, value, kind, "\n")
            d.add("</textarea>\n")
        else:
            d.add(
                f'  <label for="{field}">{label}</label>\n  <input type="text" id="{field}" name="{field}" value="'
            )
            _value_lines(d, value, kind, ", ")
            d.add('"/>\n')
    d.add("</dl>\n</div>\n" if dl else '  <button type="submit">OK</button>\n</form>\n')
    return d


def _value_lines(d: _Doc, value: str, kind: str | None, joiner: str) -> None:
    """An address value: each line its own span (or joined with a comma: one span)."""
    if kind == "address" and "\n" in value:
        if joiner == ", ":
            d.add(value.replace("\n", ", "), kind)
            return
        for i, line in enumerate(value.split("\n")):
            if i:
                d.add(joiner)
            d.add(line, kind)
        return
    d.add(value, kind)


# ---------------------------------------------------------------- shipping labels and letters
def _label(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    d.add(rng.choice(("", "EXPRESS\n", "PRIORITY\n", "-" * 18 + "\n")))
    caps = rng.random() < 0.4
    for role in rng.sample(("payer", "recipient"), 2):
        d.add(rng.choice(rc[role]) + rng.choice((":\n", ":\n", ": ")))
        d.add(_caps(person_name(fake, rng, locale, 0.05), rng, 1.0 if caps else 0.0), "person").add(
            "\n"
        )
        lines = address_lines(fake, rng, locale)
        for line in lines:
            d.add(_caps(line, rng, 0.15 if caps else 0.0), "address").add("\n")
        if rng.random() < 0.6:
            d.add(rng.choice(("☎ ", "Tel: ", "", "📞 ", "HP: ")) + str(fake.phone_number()) + "\n")
        d.add(rng.choice(("\n", "", "-" * 18 + "\n")))
    d.add(
        rng.choice(
            (
                f"{rng.randint(1, 30)}.{rng.randint(0, 99):02d} kg\n",
                f"{rc['tracking'][0]} {rng.randint(10**9, 10**12)}\n",
                "",
            )
        )
    )
    return d


def _letter(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    d.add(shop(rng, fake, lang) + "\n")  # the sender, a company: O; its address is an address
    for line in address_lines(fake, rng, locale):
        d.add(line, "address").add("\n")
    d.add("\n")
    if rng.random() < 0.5:
        d.add(f"{local_city(fake, rng, locale)}, {_date(fake, rng)}\n\n")
    if rc["titles"] and rng.random() < 0.6:
        d.add(rng.choice(rc["titles"]) + " ")
    d.add(person_name(fake, rng, locale, 0.0), "person")
    if rc["stitles"] and rng.random() < 0.5:
        d.add(" " + rng.choice(rc["stitles"]))
    d.add("\n")
    for line in address_lines(fake, rng, locale):
        d.add(line, "address").add("\n")
    d.add("\n" + rng.choice(c["subject"]) + ": " + _sentence(lang, fake, rng) + "\n\n")
    d.add(rng.choice(c["hi"]) + ",\n" + _sentence(lang, fake, rng) + " ")
    if rc["titles"] and rng.random() < 0.5:
        d.add(rng.choice(rc["titles"]) + " ").add(str(fake.last_name()), "person").add(" ")
    d.add(_sentence(lang, fake, rng) + "\n\n" + rng.choice(c["bye"]) + "\n")
    d.add(person_name(fake, rng, locale, 0.0), "person").add("\n")
    return d


# ---------------------------------------------------------------- voice transcripts
_COMMANDS = {
    "en": (
        "call {v}",
        "send a message to {v}",
        "text {v} that I'm late",
        "navigate to {a}",
        "take me to {a}",
    ),
    "es": ("llama a {v}", "manda un mensaje a {v}", "llévame a {a}", "navegar a {a}"),
    "pt": ("liga para {v}", "manda mensagem para {v}", "navegar para {a}", "leva-me a {a}"),
    "fr": ("appelle {v}", "envoie un message à {v}", "emmène-moi au {a}", "itinéraire vers {a}"),
    "de": ("ruf {v} an", "schreib {v}", "navigiere zu {a}", "bring mich zur {a}"),
    "el": ("κάλεσε τον {v}", "στείλε μήνυμα στη {v}", "πλοήγηση στην {a}"),
    "bg": ("обади се на {v}", "прати съобщение на {v}", "навигация до {a}"),
    "hr": ("nazovi {v}", "pošalji poruku {v}", "vodi me do {a}"),
    "lt": ("skambink {v}", "parašyk {v}", "vesk į {a}"),
    "tr": ("{v} ara", "{v} kişisine mesaj gönder", "{a} adresine git"),
    "ms": ("telefon {v}", "hantar mesej kepada {v}", "bawa saya ke {a}", "navigasi ke {a}"),
    "ko": ("{v}에게 전화해 줘", "{v}한테 문자 보내", "{a}로 안내해 줘"),
    "fa": ("به {v} زنگ بزن", "به {v} پیام بده", "مسیریابی به {a}"),
    "ar": ("اتصل بـ {v}", "أرسل رسالة إلى {v}", "خذني إلى {a}"),
    "pl": ("zadzwoń do {v}", "wyślij wiadomość do {v}", "nawiguj do {a}"),
}


def _voice(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    lang = lang if lang in _COMMANDS else "en"
    t = rng.uniform(0, 50)
    fmt = rng.randrange(4)
    for _ in range(rng.randint(2, 5)):
        t += rng.uniform(3, 40)
        conf = f"{rng.uniform(0.5, 0.99):.2f}"
        d.add(
            (f"{t:07.2f}\t{conf}\t", f"[{int(t) // 60:02d}:{t % 60:04.1f}] user: ",
             f"utt_{rng.randint(1000, 9999)} conf={conf} text=", f"{int(t) // 60}:{int(t) % 60:02d} ")[fmt]
        )  # fmt: skip
        for part in re.split(r"(\{[va]\})", rng.choice(_COMMANDS[lang])):
            if part == "{v}":
                d.add(person_name(fake, rng, locale, 0.4).lower(), "person")
            elif part == "{a}":
                d.add(" ".join(address_lines(fake, rng, locale)).lower(), "address")
            else:
                d.add(part)
        d.add("\n")
    return d


# ---------------------------------------------------------------- chats with role speakers
_ROLE_SPEAKERS = {
    "en": "Mum|Dad|Boss|Landlord|Work|Neighbour|Team|Office|Reception|Support",
    "de": "Mama|Papa|Chef|Vermieter|Arbeit|Nachbar|Büro|Empfang",
    "pl": "Mama|Tata|Szef|Wspólnota|Praca|Sąsiad|Biuro",
    "bg": "Мама|Татко|Шефа|Хазяин|Работа|Съсед|Офис",
    "el": "Μαμά|Μπαμπάς|Αφεντικό|Σπιτονοικοκύρης|Δουλειά|Γείτονας",
    "tr": "Annem|Babam|Patron|Ev sahibi|İş|Komşu",
    "ms": "Mak|Ayah|Bos|Tuan rumah|Pejabat|Jiran",
    "lt": "Mama|Tėtis|Šefas|Darbas|Kaimynas|Sandėlis",
    "hr": "Mama|Tata|Šef|Stanodavac|Posao|Susjed",
    "fa": "مامان|بابا|رئیس|صاحبخانه|کار|همسایه",
    "ar": "ماما|بابا|المدير|المالك|العمل|الجار",
    "ko": "엄마|아빠|팀장님|집주인|회사|옆집",
}
_REPLIES = (
    "ok",
    "ok 👍",
    "haha ok",
    "👍",
    "lol",
    "ок",
    "οκ",
    "tamam",
    "okey",
    "baik",
    "ok!!",
    "😂",
    "gerai",
    "dobro",
    "알겠어",
    "باشه",
    "حسنا",
)


def _chat(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    roles = _ROLE_SPEAKERS.get(lang, _ROLE_SPEAKERS["en"]).split("|")
    people = [person_name(fake, rng, locale, 0.7) for _ in range(2)]
    fmt = rng.randrange(3)
    for _ in range(rng.randint(3, 7)):
        who = rng.choice([*people, rng.choice(roles)])
        kind = "person" if who in people else None
        stamp = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        if fmt == 0:
            d.add(stamp + " ").add(who, kind).add(" > ")
        elif fmt == 1:
            d.add(who, kind).add(f", [{_date(fake, rng, time=True)}]\n")
        else:
            d.add(f"[{stamp}] ").add(who, kind).add(": ")
        r = rng.random()
        if r < 0.35:
            d.add(rng.choice(_REPLIES))
        elif r < 0.5:
            d.add(f"build {rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 99)} is live")
        else:
            d.add(_sentence(lang, fake, rng))
        d.add("\n")
    return d


# ---------------------------------------------------------------- technical text and registration fields
_BOTS = (
    "Build Bot",
    "IT Helpdesk",
    "Facilities",
    "Release Train",
    "Deploy Bot",
    "Service Desk",
    "Payroll",
    "Security Team",
    "GitHub Actions",
    "Jira Cloud",
    "On-call",
    "Night Shift",
)
_NATIONALITY = {
    "en": (
        "Nationality",
        "Citizenship",
        (
            "Irish",
            "Indian",
            "Malaysian",
            "Lithuanian",
            "Turkish",
            "Greek",
            "Croatian",
            "Saudi",
            "Korean",
            "Colombian",
            "British",
            "German",
        ),
    ),
    "es": (
        "Nacionalidad",
        "Ciudadanía",
        ("colombiana", "española", "argentina", "mexicana", "Colombia", "España"),
    ),
    "de": (
        "Staatsangehörigkeit",
        "Nationalität",
        ("deutsch", "Schweiz", "österreichisch", "Deutschland"),
    ),
    "lt": ("Pilietybė", "Tautybė", ("Lietuvos", "lietuvis", "Lietuva")),
    "hr": ("Državljanstvo", "Nacionalnost", ("hrvatsko", "Hrvatska", "Republika Hrvatska")),
    "zh": ("國籍", "国籍", ("中華民國", "中国", "日本", "India")),
    "ms": ("Warganegara", "Kewarganegaraan", ("Malaysia", "Warganegara", "Bukan warganegara")),
    "ar": ("الجنسية", "الجنسية", ("سعودي", "سعودية", "مصري", "أردني")),
    "tr": ("Uyruk", "Uyruğu", ("T.C.", "Türk", "Türkiye")),
}


def _tech(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    r = rng.random()
    host = f"{rng.choice(('api', 'sync', 'edge', 'orders'))}.{fake.domain_name()}"
    if r < 0.25:
        d.add("Traceback (most recent call last):\n")
        d.add(
            f'  File "/srv/app/{rng.choice(("sync", "main", "worker"))}.py", line {rng.randint(10, 900)}, in run\n'
        )
        d.add(rng.choice((
            f"requests.exceptions.ConnectionError: HTTPSConnectionPool(host='{host}', port=443): Max retries exceeded\n",
            f"java.net.ConnectException: Connection refused: /{fake.ipv4()}:{rng.randint(1000, 9999)}\n",
            "KeyError: 'customer_id'\n", "TimeoutError: Read timed out. (read timeout=10)\n",
        )))  # fmt: skip
    elif r < 0.5:
        d.add(f"curl -X POST https://{host}/v1/{rng.choice(('signup', 'users', 'orders'))} \\\n")
        d.add(
            f"  -H 'Authorization: Bearer {fake.sha1()[:24]}' \\\n  -H 'Content-Type: application/json' \\\n"
        )
        d.add('  -d \'{"name": "').add(person_name(fake, rng, locale, 0.1), "person").add(
            "\"}'\n\n"
        )
        d.add(
            rng.choice(
                (
                    "HTTP/1.1 201 Created",
                    "HTTP/1.1 500 Internal Server Error",
                    "HTTP/1.1 404 Not Found",
                )
            )
        )
        d.add(
            f"\nDate: {rng.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))}, {rng.randint(1, 28)} Mar 2025 0{rng.randint(0, 9)}:12:44 GMT\nServer: nginx\n"
        )
    elif r < 0.7:
        d.add(
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: "
            + rng.choice(("orders", "edge-api", "kiosk"))
            + "-credentials\n"
        )
        d.add(f'type: Opaque\nstringData:\n  DB_USER: app\n  DB_PASSWORD: "{fake.password()}"\n')
        d.add(f"  CONTACT_EMAIL: {fake.email()}\n")
    elif r < 0.85:
        d.add(
            "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n"
        )
        d.add(
            f'      POSTGRES_PASSWORD: "{fake.password()}"\n  api:\n    image: ghcr.io/acme/api:{rng.randint(1, 9)}.{rng.randint(0, 9)}\n'
        )
    else:
        for _ in range(rng.randint(2, 4)):
            bot = rng.random() < 0.5
            who = rng.choice(_BOTS) if bot else person_name(fake, rng, locale, 0.2)
            d.add('{"from": {"user": {"displayName": "').add(who, None if bot else "person")
            d.add(f'"}}}}, "body": {{"content": "{_sentence(lang, fake, rng)}"}}}}\n')
    return d


def _registration(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    dots = rng.random() < 0.4

    def label(text: str) -> str:
        return f"{text} {'.' * rng.randint(4, 24)} " if dots else f"{text}: "

    d.add(label(rng.choice(c["name"]))).add(
        _caps(person_name(fake, rng, locale, 0.0), rng, 0.2), "person"
    ).add("\n")
    d.add(label(rng.choice(c["dob"]))).add(_dob(fake, rng, lang), "dob").add("\n")
    nat = _NATIONALITY.get(lang, _NATIONALITY["en"])
    d.add(label(rng.choice(nat[:2])) + rng.choice(nat[2]) + "\n")
    d.add(label(rng.choice(c["phone"])) + str(fake.phone_number()) + "\n")
    lines = address_lines(fake, rng, locale)
    d.add(label(rng.choice(c["address"])))
    pad = " " * rng.choice((0, 0, 8, 16))
    for i, line in enumerate(lines):
        if i:
            d.add("\n" + pad)
        d.add(line, "address")
    d.add("\n")
    if rng.random() < 0.5:
        d.add(label(rng.choice(c["comment"])) + _sentence(lang, fake, rng) + "\n")
    return d


_KINDS = (
    ("sheet", _sheet, 4), ("vcard", _vcard, 2), ("html", _html, 3), ("label", _label, 3),
    ("letter", _letter, 3), ("voice", _voice, 1), ("chat", _chat, 2), ("tech", _tech, 2),
    ("registration", _registration, 2),
)  # fmt: skip

# The locales the fifth dev sets showed weak, twice; the others once (layout_texts).
FOCUS_LOCALES = (
    "ms_MY", "fa_IR", "ko_KR", "lt_LT", "ar_SA", "tr_TR", "bg_BG", "hr_HR", "el_GR", "en_IN",
    "es_CO",
)  # fmt: skip


def _source(locale: str, seed: int) -> Any:
    if locale == "ms_MY":
        return MalaysianFake(seed)
    fake = Faker(locale)
    fake.seed_instance(seed)
    return fake


def layout_texts(
    n: int, seed: int, locales: tuple[str, ...], source: Any = None
) -> list[dict[str, Any]]:
    """`n` documents of the layouts above over `locales` (names from `source(locale, seed)`,
    default Faker, or `MalaysianFake` for ms_MY); 75% with the locale's own labels."""
    rng = random.Random(seed)
    fakers: dict[str, Any] = {}
    from _pii_ner_layouts_people import KINDS as people_kinds

    kinds = [k for k in (*_KINDS, *people_kinds) for _ in range(k[2])]
    langs = sorted(CUES)
    make = source or _source
    out = []
    for i in range(n):
        locale = locales[i % len(locales)]
        if locale not in fakers:
            fakers[locale] = make(locale, seed * 1000 + len(fakers))
        fake = fakers[locale]
        own = {"nb": "no"}.get(locale[:2], locale[:2])
        lang = own if own in CUES and rng.random() < 0.75 else rng.choice(langs)
        name, build, _ = rng.choice(kinds)
        try:
            doc = build(fake, rng, locale, lang, cues(lang), record_cues(lang))
        except (AttributeError, ValueError, IndexError, TypeError, KeyError):
            continue
        text, spans = doc.render()
        out.append({"text": text, "locale": locale, "style": "layout-" + name, "spans": spans})
    return out
