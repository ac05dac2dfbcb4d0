# ruff: noqa: RUF001  (multilingual phrasings: full-width colons, Cyrillic and Greek letters)
"""Training and dev texts for the name/address/date-of-birth tagger (build time only).

Two sources, both labelled with character spans like benchmarks/privacy_data/pii_textgen.py
({"text", "locale", "style", "spans": [[kind, start, end]]}):

- the generator's *tune* split, with part of its phrasings, one style and some locales
  held out for a dev set (`tune_texts`, `dev_texts`); the *eval* split is never touched;
- `varied_texts`: our own phrasings and frames over every Faker locale that has names
  (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul, Han, kana ...): full names,
  first names alone, initials, "Last, First", particles (van, de, von, di ...), hyphenated
  names, lower and upper case; addresses on one line, on several lines, in JSON fields,
  with and without postcode; birth dates in many forms; and hard negatives (companies,
  products, cities, streets used as words, job titles, weekdays, ordinary sentences in
  the locale's own words).

Dev split (never trained on): the tune phrasings at every third index, the "sms" style,
the tune locale it_IT and the Faker locales in `DEV_ONLY_LOCALES`, and seed `DEV_SEED`.
"""

from __future__ import annotations

import contextlib
import functools
import random
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from faker import Faker

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks" / "privacy_data"))

import pii_textgen  # noqa: E402


def _fix_faker_first_names() -> None:
    """Faker's vi_VN person provider has no `first_names`, so `first_name()` falls back to
    the base provider's ("John", "Jane"): every Vietnamese given name in training, and the
    made-up ones drawn from them, would be one of those two. Give it its own names."""
    from faker.providers.person import vi_VN

    p = vi_VN.Provider
    if "first_names" not in vars(p):
        p.first_names = tuple(  # type: ignore[attr-defined]
            dict.fromkeys((*p.first_names_female, *p.first_names_male, *p.first_names_unisex))
        )


_fix_faker_first_names()

DEV_SEED = 424242
DEV_STYLE = "sms"
DEV_TUNE_LOCALE = "it_IT"
# Never trained on: a Latin, a Cyrillic, a Greek-free Nordic and a traditional-Han locale.
DEV_ONLY_LOCALES = ("cs_CZ", "ru_RU", "fi_FI", "zh_TW")
_FREE_FORM = ("person", "address", "dob")

# Faker locales with a person provider (and mostly an address one). Thai is left out: it
# has no spaces between words, so the tokenizer sees a whole clause as one token.
TRAIN_LOCALES = (
    "ar_DZ", "az_AZ", "bn_BD", "da_DK", "de_AT", "de_CH", "de_DE", "el_GR", "en_AU", "en_GB",
    "en_IE", "en_IN", "en_NZ", "en_US", "es_AR", "es_CL", "es_CO", "es_ES", "es_MX", "fa_IR",
    "fr_CA", "fr_CH", "fr_FR", "he_IL", "hi_IN", "hr_HR", "hu_HU", "hy_AM", "id_ID", "ja_JP",
    "ka_GE", "ko_KR", "nl_BE", "nl_NL", "no_NO", "pl_PL", "pt_BR", "pt_PT", "ro_RO", "sk_SK",
    "sl_SI", "sv_SE", "uk_UA", "vi_VN", "zh_CN", "en_US", "en_GB", "de_DE", "fr_FR", "es_ES",
    "nl_NL", "pt_BR", "ja_JP", "ko_KR", "zh_CN",
)  # fmt: skip


def _held_out(templates: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(train, dev) phrasings: every third one goes to dev."""
    return (
        tuple(t for i, t in enumerate(templates) if i % 3 != 2),
        tuple(t for i, t in enumerate(templates) if i % 3 == 2),
    )


@contextlib.contextmanager
def _tune_part(part: str) -> Iterator[None]:
    """Narrows the generator's tune phrasings and styles to the train or dev part."""
    phrases, styles = dict(pii_textgen.PHRASES_TUNE), pii_textgen.STYLES
    try:
        for kind in _FREE_FORM:
            train, dev = _held_out(phrases[kind])
            pii_textgen.PHRASES_TUNE[kind] = train if part == "train" else dev
        if part == "train":
            pii_textgen.STYLES = tuple(s for s in styles if s != DEV_STYLE)
        yield
    finally:
        pii_textgen.PHRASES_TUNE.clear()
        pii_textgen.PHRASES_TUNE.update(phrases)
        pii_textgen.STYLES = styles


def tune_texts(n: int, seed: int = 1000) -> list[dict[str, Any]]:
    """Tune-split texts with the dev phrasings, style and locales left out."""
    locales = tuple(x for x in pii_textgen.TUNE_LOCALES if x != DEV_TUNE_LOCALE)
    with _tune_part("train"):
        return pii_textgen.generate("tune", n, seed=seed, locales=locales)


def dev_texts(n: int) -> list[dict[str, Any]]:
    """The dev set: held-out tune phrasings, every style (the held-out one included), the
    tune locales plus locales never trained on, and a seed of its own."""
    locales = pii_textgen.TUNE_LOCALES + DEV_ONLY_LOCALES
    with _tune_part("dev"):
        return pii_textgen.generate("tune", n, seed=DEV_SEED, locales=locales)


# ---------------------------------------------------------------- our own phrasings

_PARTICLES = ("van", "van der", "de", "von", "di", "da", "dos", "del", "de la", "le", "ter", "al")
_TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Herr", "Frau", "M.", "Mme", "Sr.", "Sra.")

# {v}: the value. Kept generic and multilingual; none is copied from pii_textgen.
_PERSON = (
    "{v}", "{v}", "{v},", "- {v}", "-- {v}", "~{v}", "from: {v}", "From: {v}", "To: {v}",
    "cc: {v}", "Hi {v},", "Hello {v}!", "hey {v}", "Thanks {v}!", "thank you {v}",
    "Good morning {v},", "Dear Mr. {v},", "Dear {v}", "Best, {v}", "Cheers, {v}",
    "Kind regards,\n{v}", "Sincerely,\n{v}", "Sent by {v}", "Submitted by {v}",
    "Contact person: {v}", "Owner: {v}", "Assigned to {v}", "Reported by {v}.",
    "Patient: {v}", "Passenger {v}", "Guest name: {v}", "Tenant {v}", "Driver: {v}",
    "{v} joined the call", "{v} left a voicemail", "{v} said it was fine", "{v} (manager)",
    "ask {v} about it", "meeting with {v} tomorrow", "{v} and I will come", "with {v}",
    "spoke to {v} today", "Can {v} sign here?", "{v} is my landlord", "The account of {v}",
    "booking for {v}, 2 nights", "package for {v} at the door", "Happy birthday {v}!",
    "name={v}", "user: {v}", "Name: {v}", "NAME: {v}", "name - {v}", "{v} <{e}>",
    '"{v}" <{e}>', "{v} | {e}", "Hallo {v},", "Liebe {v},", "Sehr geehrte {v},",
    "Viele Grüße\n{v}", "Bonjour {v},", "Merci {v}", "Hola {v},", "Saludos, {v}",
    "Ciao {v},", "Grazie {v}", "Beste {v},", "Groeten, {v}", "Olá {v},", "Obrigado, {v}",
    "{v}さん、こんにちは", "担当: {v}", "{v}さんから電話", "{v}님 안녕하세요", "담당자: {v}",
    "{v}先生您好", "联系人：{v}", "Здравствуйте, {v}!", "С уважением,\n{v}",
    "Γεια σου {v}", "Witam {v},", "Pozdrawiam, {v}", "Hej {v}!", "Med vänlig hälsning\n{v}",
    "Dobrý den, {v}", "{v} から", "पत्र {v} द्वारा", "مرحبا {v}", "שלום {v}",
    "my name is {v}", "My name is {v}.", "I am {v}", "this is {v} speaking", "Меня зовут {v}",
    "Je m'appelle {v}", "Me llamo {v}", "Ich heiße {v}", "私は{v}です", "제 이름은 {v}입니다",
    "我叫{v}", "اسمي {v}", "मेरा नाम {v} है", "Benim adım {v}", "Nazywam się {v}",
    "Уважаемый {v}!", "Шановний {v}!", "Αγαπητέ {v},", "Sayın {v},", "عزيزي {v}",
)  # fmt: skip
_ADDRESS = (
    "Адрес доставки: {v}", "проживает по адресу: {v}", "Адреса: {v}", "Adres teslimat: {v}",
    "عنوان التوصيل: {v}", "I live at {v}", "my address is {v}",
    "{v}", "{v}", "{v}.", "at {v}", "to {v}", "Address: {v}", "ADDRESS: {v}", "addr={v}",
    "Ship to:\n{v}", "Shipping address: {v}", "Billing address:\n{v}", "Home: {v}",
    "Pick-up at {v}", "moved to {v} last month", "the parcel went to {v}", "lives at {v}",
    "Our new office is at {v}", "Meet me at {v} at 7", "Venue: {v}", "Location - {v}",
    "deliver to {v}, ring twice", "Lieferadresse: {v}", "Ich wohne jetzt in der {v}",
    "Adresse : {v}", "domicilié au {v}", "Dirección de envío: {v}", "Indirizzo: {v}",
    "Adres: {v}", "Morada: {v}", "Endereço de entrega: {v}", "送付先：{v}", "{v}に住んでいます",
    "배송지: {v}", "收货地址：{v}", "Адрес: {v}", "Διεύθυνση: {v}", "Adres dostawy: {v}",
    "Leveransadress: {v}", "Adresa: {v}", "पता: {v}", "العنوان: {v}", "כתובת: {v}",
)  # fmt: skip
_DOB = (
    "{v}", "DOB: {v}", "dob {v}", "D.O.B. {v}", "Date of birth: {v}", "born {v}",
    "Birthday: {v}", "birth_date={v}", "Geb.-Datum: {v}", "geboren {v}", "né(e) le {v}",
    "Fecha de nac.: {v}", "data di nascita {v}", "geb. {v}", "nascimento: {v}", "生年月日：{v}",
    "생일: {v}", "出生：{v}", "Дата рождения: {v}", "Data urodzenia: {v}", "född {v}",
    "he was born on {v}", "she was born {v} in Porto", "birthdate {v}",
)  # fmt: skip
# Things that look like names or addresses and are not: labelled "O".
_NEG_FIXED = (
    "Main Street Bakery", "Bahnhofstraße station", "Rue de Rivoli store", "Dr. Oetker pizza",
    "Park Avenue Hotel", "the Baker Street line", "Grand Central", "Jack Daniels whiskey",
    "Ben & Jerry's", "Johnson & Johnson", "Ford Focus", "Tesla Model 3", "Mercedes-Benz",
    "Marks & Spencer", "Victoria Station", "Santa Claus", "Saint Patrick's Day",
    "New York Times", "Windows Update", "Google Maps", "Apple Pay", "Hilton Garden Inn",
    "Queen Street Mall", "Abbey Road Studios", "Louis Vuitton bag", "Domino's Pizza",
    "Calvin Klein", "Hugo Boss", "Martin guitar", "Henry vacuum", "Casio watch",
    "Please Read The Manual", "Terms And Conditions", "Out Of Office", "Happy New Year",
    "the Smith chart", "Hamilton the musical", "Florence Nightingale Ward",
    "Highway 101", "Route 66", "Platform 9", "Gate B12", "Terminal 2", "Level 3",
    # Questions and requests: a capitalised first word is no name.
    "What time does the store open?", "How do I reset my password?", "Why is the bill higher?",
    "Where is the nearest pharmacy?", "When will the parcel arrive?", "Which plan is cheaper?",
    "Who can help with the login?", "Is the kiosk open on Sunday?", "Does this work offline?",
    "Please confirm the booking.", "Could you resend the code?", "Tell me a joke.",
    "Explain the difference between TCP and UDP.", "Translate this into German.",
    "Summarise the meeting notes.", "Write a haiku about autumn.", "Sorry for the delay.",
    "What is the boiling point of water?", "How many legs does a spider have?",
    "Thank you for your help!", "Wie spät ist es?", "Où est la gare ?", "¿Dónde está el baño?",
)  # fmt: skip
# Plain words right before or after a name, so that the tagger learns where a name stops.
_AFTER = (
    "will call back", "asked for a refund", "says hi", "is waiting outside", "sent the file",
    "wants a callback", "needs help with the login", "paid in cash", "cancelled the order",
    "will be late", "confirmed", "replied", "called again", "approved it", "is on leave",
    "checked out", "wrote:", "wrote:\n>", "schrieb:", "a écrit :", "escribió:", "написал:", "ist krank", "kommt morgen", "a payé", "arrive demain", "ha pagado",
    "llega tarde", "ha chiamato", "heeft gebeld", "ligou ontem", "chegou", "から連絡がありました",
    "님이 전화했습니다", "打电话来了", "позвонила вчера", "zadzwonił", "ringde", "soitti",
)  # fmt: skip
_BEFORE = (
    "call back", "please tell", "I met", "we paid", "refund for", "send it to", "ask",
    "waiting for", "talked with", "ring", "bitte an", "merci à", "gracias a", "grazie a",
    "bedankt", "obrigado", "от", "dla", "till", "kiitos",
)  # fmt: skip
_JOBS = ("Sales Manager", "Software Engineer", "Head of Operations", "Senior Nurse", "CTO")


def _name_forms(fake: Faker, rng: random.Random, locale: str) -> str:
    first, last = str(fake.first_name()), str(fake.last_name())
    r = rng.random()
    lang = locale[:2]
    if lang == "vi" and r < 0.7:
        # Vietnamese order (Faker's vi_VN writes given name first): family, middle, given.
        middle = str(getattr(fake, "middle_name", lambda: "")() or "")
        return f"{last} {middle} {first}" if middle and r < 0.45 else f"{last} {first}"
    if lang in ("ru", "uk") and r < 0.5:
        return str(fake.name())  # the mimesis part's "Фамилия Имя Отчество" and initials
    if lang in ("ja", "zh", "ko"):
        if r < 0.5:
            return str(fake.name())
        if r < 0.7:
            return last + first
        if r < 0.8 and lang == "ja":
            return f"{last} {first}"
        return str(fake.name())
    if r < 0.35:
        name = str(fake.name())
    elif r < 0.5:
        name = f"{first} {last}"
    elif r < 0.58:
        name = first
    elif r < 0.6:
        name = f"{first[0]}. {last}"
    elif r < 0.63:
        name = f"{first} {last[0]}."  # "Anna K." in chats and signatures
    elif r < 0.67:
        name = f"{last}, {first}"
    elif r < 0.73:
        name = f"{first} {rng.choice(_PARTICLES)} {last}"
    elif r < 0.78:
        name = f"{first}-{fake.first_name()} {last}"
    elif r < 0.83:
        name = f"{first} {last}-{fake.last_name()}"
    elif r < 0.87:
        name = f"{rng.choice(_TITLES)} {last}"
    elif r < 0.91:
        name = f"{first} {str(fake.first_name())[0]}. {last}"
    elif r < 0.94:
        name = f"{first} {fake.first_name()} {last}"
    else:
        name = f"{first[0]}.{str(fake.first_name())[0]}. {last}"
    return name


_NOT_TITLES = frozenset(
    ["anh", "baba", "bibi", "bishop", "da", "de", "del", "di", "do", "dos", "du", "en", "le", "la", "lady", "mas", "oba", "prince", "princess", "puti", "tri", "van", "von"]
)


@functools.cache
def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """(prefixes, suffixes) that Faker's and mimesis's `name()` put around a name, and our
    own honorifics: lower-cased, with and without a final stop."""
    import importlib

    from _pii_ner_record_cues import RECORD_CUES
    from faker.config import AVAILABLE_LOCALES

    pre: set[str] = {t.lower() for t in _TITLES}
    post: set[str] = set()
    for locale in sorted(AVAILABLE_LOCALES):
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attr in sorted(vars(provider)):
            target = pre if attr.startswith("prefixes") else post if attr.startswith("suffixes") else None
            if target is not None:
                target.update(s.lower() for s in _strings(getattr(provider, attr)))
    for cue in RECORD_CUES.values():
        pre.update(t.lower() for t in cue["titles"].split("|") if t)
    # "M." is also an initial; particles and words that are also names ("de", "Anh") stay.
    pre = {t for t in pre if t and not re.fullmatch(r"\w\.?", t) and t.rstrip(".") not in _NOT_TITLES}
    both = lambda xs: frozenset(xs | {x.rstrip(".") for x in xs} | {x + "." for x in xs if not x.endswith(".")})  # noqa: E731
    return both(pre), both({t for t in post if t})


def split_title(name: str) -> tuple[str, str, str]:
    """(title before, the name, title after): honorifics and degrees are no part of a name's
    span in the labelling convention of the evaluation sets ("Dr. [Weber]", "[Ana Lima], MD")."""
    pre, post = _title_words()
    head, core, tail = "", name, ""
    for _ in range(3):
        words = core.split(" ")
        for k in (2, 1):
            if len(words) > k and " ".join(words[:k]).lower() in pre:
                head += " ".join(words[:k]) + " "
                core = " ".join(words[k:])
                break
        else:
            break
    m = re.search(r"(,? +)([^ ,]+)$", core)
    if m and m.group(2).lower() in post and len(core.split(" ")) > 1:
        tail, core = core[m.start() :], core[: m.start()]
    return head, core, tail


def _address_forms(fake: Faker, rng: random.Random) -> str:
    r = rng.random()
    try:
        if r < 0.45:
            addr = str(fake.address())
        elif r < 0.65:
            addr = str(fake.street_address())
        elif r < 0.8:
            addr = f"{fake.street_address()}, {fake.city()}"
        else:
            addr = f"{fake.street_address()}, {fake.postcode()} {fake.city()}"
    except AttributeError:
        addr = str(fake.address())
    sep = rng.choice((", ", ", ", "\n", " ", ", "))
    addr = re.sub(r",?\n", sep, addr)
    return addr


def _dob_forms(fake: Faker, rng: random.Random, lang: str) -> str:
    if rng.random() < 0.6:
        return pii_textgen.dob(fake, rng, lang)
    d = fake.date_of_birth(minimum_age=5, maximum_age=95)
    return rng.choice(
        (
            d.strftime("%d-%m-%Y"), d.strftime("%Y/%m/%d"), d.strftime("%d %b %Y"),
            d.strftime("%b %d, %Y"), d.strftime("%d.%m.%y"), d.strftime("%-d/%-m/%Y"),
            f"{d.year}年{d.month}月{d.day}日", d.strftime("%Y%m%d") if lang == "ko" else d.strftime("%Y-%m-%d"),
        )
    )  # fmt: skip


# Everyday phrases of languages without capitals (and Russian): with made-up names in
# training, an unknown Hangul or Han word next to a cue otherwise reads as a name.
_COMMON = {
    "ko": (
        "연락 주세요", "감사합니다", "안녕하세요", "확인 부탁드립니다", "전화 주세요", "문의 드립니다",
        "잠시만 기다려 주세요", "배송 조회", "주문 취소", "내일 뵙겠습니다", "수고하셨습니다",
        "알겠습니다", "괜찮습니다", "죄송합니다", "회의 자료 보내 주세요", "답장 부탁해요",
    ),
    "ja": (
        "よろしくお願いします", "ありがとうございます", "お疲れ様です", "確認してください",
        "少々お待ちください", "ご連絡ください", "明日伺います", "了解しました",
    ),
    "zh": (
        "谢谢", "请联系我", "麻烦确认一下", "请稍等", "收到", "明天见", "您好", "已发货",
    ),
    "ru": (
        "Спасибо", "Пожалуйста, перезвоните", "Добрый день", "Жду ответа", "Всего доброго",
        "Заказ отменён", "Срочно",
    ),
}  # fmt: skip


def _negative(fake: Faker, rng: random.Random, lang: str = "") -> str:
    r = rng.random()
    try:
        if r < 0.2:
            return str(fake.company())
        if r < 0.3:
            return str(fake.city())
        if r < 0.4:
            return str(fake.country())
        if r < 0.5:
            return f"{fake.street_name()} {rng.choice(('Bakery', 'Café', 'station', 'Mall', 'Dental', 'Fitness'))}"
        if r < 0.6:
            return rng.choice(_JOBS)
        if r < 0.75:
            return rng.choice(_NEG_FIXED)
        if r < 0.8:
            return fake.date_between("-3y", "+1y").strftime(
                rng.choice(("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"))
            )
        if r < 0.9 and lang in _COMMON:
            return rng.choice(_COMMON[lang])
        return str(fake.sentence())
    except AttributeError:
        return str(fake.sentence())


def _other(fake: Faker, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return f"{rng.choice(('Email', 'e-mail', 'mail'))}: {fake.email()}"
    if r < 0.7:
        return f"{rng.choice(('Tel', 'Phone', 'Mob.'))}: {fake.phone_number()}"
    if r < 0.85:
        return f"Order #{rng.randint(10000, 999999)}"
    return f"{rng.choice(('ref', 'ID', 'Ticket'))} {rng.randint(100, 99999)}"


def _fill(template: str, value: str, kind: str, fake: Faker) -> list[tuple[str, str | None]]:
    before, after = template.split("{v}")
    email = str(fake.email())
    head, tail = "", ""
    if kind == "person":
        head, value, tail = split_title(value)
    return [
        (before.replace("{e}", email) + head, None),
        (value, kind),
        (tail + after.replace("{e}", email), None),
    ]


def varied_texts(
    n: int,
    seed: int,
    locales: tuple[str, ...] = TRAIN_LOCALES,
    source: Callable[[str, int], Any] | None = None,
) -> list[dict[str, Any]]:
    """`n` texts of our own phrasings over many locales (see the module docstring).

    `source(locale, seed)` gives the Faker-like object names and addresses come from
    (default: a seeded `Faker(locale)`)."""
    rng = random.Random(seed)
    fakers: dict[str, Any] = {}
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
        lang = locale[:2]
        style = rng.choice(("line", "line", "json", "signature", "form", "chat"))
        items: list[list[tuple[str, str | None]]] = []
        for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
            kind = rng.choice(
                ("person", "person", "person", "address", "address", "dob", "neg", "neg", "other")
            )
            if kind == "person":
                r = rng.random()
                template = (
                    "{v} " + rng.choice(_AFTER) if r < 0.2
                    else rng.choice(_BEFORE) + " {v}" if r < 0.3
                    else rng.choice(_PERSON)
                )  # fmt: skip
                items.append(_fill(template, _name_forms(fake, rng, locale), kind, fake))
            elif kind == "address":
                items.append(_fill(rng.choice(_ADDRESS), _address_forms(fake, rng), kind, fake))
            elif kind == "dob":
                items.append(_fill(rng.choice(_DOB), _dob_forms(fake, rng, lang), kind, fake))
            elif kind == "neg":
                items.append([(_negative(fake, rng, lang), None)])
            else:
                items.append([(_other(fake, rng), None)])
        pieces = _frame(style, items, rng)
        text, spans, pos = [], [], 0
        for piece, kind in pieces:
            if kind:
                spans.append([kind, pos, pos + len(piece)])
            text.append(piece)
            pos += len(piece)
        joined = "".join(text)
        c = rng.random()
        # Whole texts in one case (chat in lower case, forms in capitals): the case of a
        # name then tells nothing, as in such texts.
        if c < 0.05:
            joined = joined.lower()
        elif c < 0.08:
            joined = joined.upper()
        if len(joined) != pos:  # a case change that changes the length ("ß" -> "SS")
            joined = "".join(text)
        out.append({"text": joined, "locale": locale, "style": style, "spans": spans})
    return out


def _frame(
    style: str, items: list[list[tuple[str, str | None]]], rng: random.Random
) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    if style == "json":
        keys = {"person": ("name", "full_name", "customer", "contact", "fullName", "contactName", "displayName", "patient", "client", "имя", "nombre"), "address": ("address", "street", "home_address", "shippingAddress", "addr", "адрес", "direccion"), "dob": ("dob", "birthday", "date_of_birth")}  # fmt: skip
        out.append(("{", None))
        for i, pieces in enumerate(items):
            kind = next((k for _, k in pieces if k), None)
            value = next((t for t, k in pieces if k), None)
            if kind and value is not None:
                out.append((f'"{rng.choice(keys[kind])}": "', None))
                out.append((value.replace("\n", ", "), kind))
                out.append(('"', None))
            else:
                text = "".join(t for t, _ in pieces).replace('"', "'")
                out.append((f'"note": "{text}"', None))
            if i < len(items) - 1:
                out.append((", ", None))
        out.append(("}", None))
        return out
    sep = {"line": (". ", "; ", ", ", " - ", " | "), "signature": ("\n",), "form": ("\n", " | "), "chat": ("! ", ". ", "\n")}[style]  # fmt: skip
    for i, pieces in enumerate(items):
        out.extend(pieces)
        if i < len(items) - 1:
            out.append((rng.choice(sep), None))
    return out


# ---------------------------------------------------------------- gazetteer

_GAZ_SOURCES = {
    "first": ("person", ("first_name", "first_kana", "first_romanized", "middle_names")),
    "last": ("person", ("last_name", "male_last_names", "unisex_last_names", "last_kana", "last_romanized")),
    "title": ("person", ("prefixes", "suffixes", "academic_prefixes", "academic_suffixes")),
    "street": ("address", ("street", "road", "sub_street", "building_prefixes", "building_suffixes", "highway_names")),
    "place": ("address", ("cities", "city_", "states", "provinces", "regions", "prefectures", "towns", "villages", "municipalities", "districts", "counties", "countries", "settlements", "localities", "boroughs", "communes", "concelhos", "freguesias", "bairros", "estados", "departments", "cantons")),
}  # fmt: skip


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if "{" not in value and "#" not in value:  # formats, not words
            yield value
    elif isinstance(value, dict):
        for key in value:
            yield from _strings(key)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)


def gazetteer_words() -> dict[str, set[str]]:
    """Lower-cased tokens of Faker's name and address word lists, every locale with such a
    provider except the dev-only ones (so the dev figures stay honest for them)."""
    import importlib

    from faker.config import AVAILABLE_LOCALES

    from hybridsdk.routing._ner_features import tokenize

    lists: dict[str, set[str]] = {name: set() for name in _GAZ_SOURCES}
    for locale in sorted(AVAILABLE_LOCALES):
        if locale in DEV_ONLY_LOCALES:
            continue
        for name, (kind, prefixes) in _GAZ_SOURCES.items():
            try:
                provider = importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
            except ImportError:
                continue
            for attr in sorted(vars(provider)):
                if attr.startswith(prefixes) and not attr.endswith(("formats", "_pairs")):
                    for s in _strings(getattr(provider, attr)):
                        for a, b in tokenize(s):
                            tok = s[a:b]
                            if tok[0].isalpha() and not (len(tok) == 1 and tok.isascii()):
                                lists[name].add(tok.lower())
    return lists


# ---------------------------------------------------------------- a second source: mimesis


def mimesis_texts(n: int, seed: int) -> list[dict[str, Any]]:
    """`n` texts of our phrasings with names and addresses from mimesis's lists (training
    locales only), including Russian/Ukrainian patronymics and "ул./д./кв." addresses and
    CJK names without a space (`_pii_ner_mimesis`)."""
    from _pii_ner_mimesis import MIMESIS_TRAIN_LOCALES, MimesisFake

    return varied_texts(n, seed, tuple(MIMESIS_TRAIN_LOCALES), source=MimesisFake)


def _synthetic_source(known: set[str]) -> tuple[tuple[str, ...], Callable[[str, int], Any]]:
    """(locales, source) whose names are made up in the locale's script (`SyntheticNames`,
    none in `known`)."""
    from _pii_ner_mimesis import (
        MIMESIS_TRAIN_LOCALES,
        MimesisFake,
        SyntheticFake,
        SyntheticNames,
        person_lists,
    )

    faker_locales = tuple(sorted({x for x in TRAIN_LOCALES if x[:2] not in ("ja", "zh", "ko")}))
    mim_locales = tuple(x for x in MIMESIS_TRAIN_LOCALES if x[:2] not in ("ja", "zh", "ko"))

    def source(locale: str, s: int) -> Any:
        if locale in MIMESIS_TRAIN_LOCALES:
            base: Any = MimesisFake(locale, s)
            lists = person_lists(locale)
            first, last = lists["first"], lists["last"]
        else:
            base = Faker(locale)
            base.seed_instance(s)
            first = [str(base.first_name()) for _ in range(400)]
            last = [str(base.last_name()) for _ in range(400)]
        fake = SyntheticFake(base, SyntheticNames(first, last, known, s))
        return fake

    return faker_locales + mim_locales, source


def synthetic_texts(n: int, seed: int, known: set[str]) -> list[dict[str, Any]]:
    """`n` texts whose names are made up in the locale's script (`SyntheticNames`, none in
    `known`): the tagger has to find them by context and shape alone."""
    locales, source = _synthetic_source(known)
    return varied_texts(n, seed, locales, source=source)


def styled_all(n: int, seed: int, known: set[str]) -> list[dict[str, Any]]:
    """`n` whole documents in many styles and languages (`_pii_ner_styles`): a third with
    Faker's names, a third with mimesis's, a third with made-up ones."""
    from _pii_ner_mimesis import MIMESIS_TRAIN_LOCALES, MimesisFake
    from _pii_ner_styles import styled_texts

    third = n // 3
    out = styled_texts(third, seed, TRAIN_LOCALES)
    out += styled_texts(third, seed + 1, tuple(MIMESIS_TRAIN_LOCALES), source=MimesisFake)
    locales, source = _synthetic_source(known)
    out += styled_texts(n - 2 * third, seed + 2, locales, source=source)
    return out


def gazetteer_words_all() -> dict[str, set[str]]:
    """`gazetteer_words()` plus the tokens of mimesis's name and street lists (training
    and gazetteer-only locales; never `MIMESIS_DEV_LOCALES`)."""
    from _pii_ner_mimesis import (
        MIMESIS_GAZ_ONLY_LOCALES,
        MIMESIS_TRAIN_LOCALES,
        address_lists,
        person_lists,
    )

    from hybridsdk.routing._ner_features import tokenize

    lists = gazetteer_words()

    def add(name: str, words: list[str]) -> None:
        for s in words:
            for a, b in tokenize(s):
                tok = s[a:b]
                if tok[0].isalpha() and not (len(tok) == 1 and tok.isascii()):
                    lists[name].add(tok.lower())

    for locale in (*MIMESIS_TRAIN_LOCALES, *MIMESIS_GAZ_ONLY_LOCALES):
        people, places = person_lists(locale), address_lists(locale)
        add("first", people["first"] + people["patronymic"])
        add("last", people["last"])
        add("title", people["title"])
        add("street", places["street"])
        add("place", places["place"])
    return lists


# ---------------------------------------------------------------- a fixed "today" for Faker
# Faker's date_of_birth(), date_between("-3y", "+1y") and pii_textgen.dob() count from the
# wall clock, so a build on another day trained on other dates and wrote another file.
FIXED_TODAY = (2026, 1, 1)


@contextlib.contextmanager
def frozen_faker_clock() -> Iterator[None]:
    """Within this block, Faker's date provider sees `FIXED_TODAY` as now (noon, local)."""
    from datetime import date, datetime

    import faker.providers.date_time as faker_dates

    class _Real(type):  # isinstance(real date, _Date) stays true: Faker checks it
        def __instancecheck__(cls, obj: object) -> bool:
            return isinstance(obj, cls.__mro__[1])

    class _Date(date, metaclass=_Real):
        @classmethod
        def today(cls) -> date:  # type: ignore[override]
            return date(*FIXED_TODAY)

    class _DateTime(datetime, metaclass=_Real):
        @classmethod
        def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
            fixed = datetime(*FIXED_TODAY, 12, 0, 0)
            return fixed if tz is None else fixed.replace(tzinfo=tz)

    saved = faker_dates.dtdate, faker_dates.datetime
    faker_dates.dtdate, faker_dates.datetime = _Date, _DateTime
    try:
        yield
    finally:
        faker_dates.dtdate, faker_dates.datetime = saved


# ---------------------------------------------------------------- records and business documents

# Faker locales with names that no other part trains on (their words are in the gazetteer
# already): only the record documents use them, so that names of more countries appear in
# context. it_IT stays out (the dev set's "gazetteer only" locale), as do the dev locales.
RECORD_EXTRA_LOCALES = (
    "bg_BG", "et_EE", "lt_LT", "lv_LV", "ga_IE", "en_KE", "en_NG", "en_PK", "yo_NG", "zu_ZA",
    "ta_IN", "mr_IN", "ne_NP", "uz_UZ", "mk_MK", "tr_TR", "fr_BE", "ar_SA", "is_IS",
)  # fmt: skip


def records_all(n: int, seed: int, known: set[str]) -> list[dict[str, Any]]:
    """`n` records and business documents (`_pii_ner_records`): a third with Faker's names
    (the training locales and `RECORD_EXTRA_LOCALES`), a third with mimesis's, a third with
    made-up ones."""
    from _pii_ner_mimesis import MIMESIS_TRAIN_LOCALES, MimesisFake
    from _pii_ner_records import record_texts

    third = n // 3
    out = record_texts(third, seed, TRAIN_LOCALES + RECORD_EXTRA_LOCALES)
    out += record_texts(third, seed + 1, tuple(MIMESIS_TRAIN_LOCALES), source=MimesisFake)
    locales, source = _synthetic_source(known)
    out += record_texts(n - 2 * third, seed + 2, locales, source=source)
    return out


# ---------------------------------------------------------------- layouts (session 9)


def layouts_all(n: int, seed: int, known: set[str]) -> list[dict[str, Any]]:
    """`n` documents in the layouts of `_pii_ner_layouts` (spreadsheets, vCards, HTML forms,
    shipping labels, letters, agreements, CVs, boarding passes, chat exports, technical
    text): two thirds with Faker's names (the locales the fifth dev sets showed weak three
    times, the training and record locales once), a third with made-up ones."""
    from _pii_ner_layouts import FOCUS_LOCALES, layout_texts

    locales = tuple(sorted(set(TRAIN_LOCALES + RECORD_EXTRA_LOCALES))) + FOCUS_LOCALES * 3
    part = (2 * n) // 3
    out = layout_texts(part, seed, locales)
    synth_locales, source = _synthetic_source(known)
    out += layout_texts(n - part, seed + 1, synth_locales, source=source)
    return out
