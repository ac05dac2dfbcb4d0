"""Development set for cue-based secrets and dates of birth (issue 12), many languages.

Writes `benchmarks/privacy_data/cues_dev.jsonl` in the format of the held-out sets
(`{"text", "locale", "style", "spans": [[kind, start, end], ...]}`), with only the kinds
`secret` and `dob` labelled. Its phrasings were written for the cue detectors
(`hybridsdk/routing/_cue_secrets.py`, `_birth_dates.py`), from what people write in each
language, without reading either held-out set; so its figures are a development measure,
not a held-out one. Hard negatives in every language: dates that are not birth dates,
"forgot my password", reset links, labels without a value, placeholders, hashes, UUIDs.

    python benchmarks/privacy_data/cues_dev_gen.py            # writes the file
    python benchmarks/privacy_data/cues_dev_gen.py --check    # regenerates and compares
    python benchmarks/privacy_data/cues_dev_score.py          # scores the scanner on it
"""

# Text in many scripts is what this file is about: fullwidth colons, CJK commas and
# Greek or Cyrillic letters are meant.
# ruff: noqa: RUF001

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "cues_dev.jsonl"
SEED = 120612

# ------------------------------------------------------------------ values

_SYMBOLS = "!#$%&*?-_+=@"
_WORDS = ["Sonne", "tulip", "Maple", "river", "Kirsche", "dragon", "Blume", "falcon",
          "Nebel", "ocean", "Tiger", "lemon", "Zebra", "amber"]  # fmt: skip


def _pw(rng: random.Random, *, url_safe: bool = False) -> str:
    kind = rng.random()
    symbols = "!#$%*-_" if url_safe else _SYMBOLS
    if kind < 0.45:
        n = rng.randint(8, 16)
        chars = [rng.choice(string.ascii_lowercase), rng.choice(string.ascii_uppercase),
                 rng.choice(string.digits), rng.choice(symbols)]  # fmt: skip
        pool = string.ascii_letters + string.digits + symbols
        chars += [rng.choice(pool) for _ in range(n - 4)]
        rng.shuffle(chars)
        if not chars[0].isalnum():
            chars[0] = rng.choice(string.ascii_letters)
        return "".join(chars)
    if kind < 0.8:
        return (
            rng.choice(_WORDS) + str(rng.randint(10, 2025)) + rng.choice(["", "!", "#", "?", "$"])
        )
    n = rng.randint(10, 14)
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n)) + "9"


def _pin(rng: random.Random) -> str:
    return "".join(rng.choice(string.digits) for _ in range(rng.choice((4, 4, 6))))


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


_AN = string.ascii_letters + string.digits


def _api_key(rng: random.Random) -> str:
    k = rng.randrange(9)
    if k == 0:
        return "AKIA" + _rand(rng, string.ascii_uppercase + string.digits, 16)
    if k == 1:
        return "ghp_" + _rand(rng, _AN, 36)
    if k == 2:
        return "xoxb-" + _rand(rng, string.digits, 11) + "-" + _rand(rng, _AN, 24)
    if k == 3:
        return "sk_live_" + _rand(rng, _AN, 24)
    if k == 4:
        return "AIza" + _rand(rng, _AN + "-_", 35)
    if k == 5:
        return "sk-proj-" + _rand(rng, _AN + "-_", 40)
    if k == 6:
        return "github_pat_" + _rand(rng, _AN, 22) + "_" + _rand(rng, _AN, 59)
    if k == 7:
        return _rand(rng, "0123456789abcdef", 32)
    return _rand(rng, _AN, 32)


def _jwt(rng: random.Random) -> str:
    b = _AN + "-_"
    return "eyJ" + _rand(rng, b, 20) + ".eyJ" + _rand(rng, b, 40) + "." + _rand(rng, b, 43)


# Month names per language (nominative; genitive where dates use it).
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}  # fmt: skip
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")


def _date(rng: random.Random, lang: str, *, birth: bool = True) -> str:
    y = rng.randint(1941, 2006) if birth else rng.randint(2023, 2026)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    names = MONTHS.get(lang if lang in MONTHS else "en", MONTHS["en"]).split()
    month = names[m - 1]
    forms: list[str]
    if lang == "de":
        forms = [
            f"{d:02d}.{m:02d}.{y}",
            f"{d}. {month} {y}",
            f"{d}.{m}.{y}",
            f"{y}-{m:02d}-{d:02d}",
        ]
    elif lang == "fr":
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d:02d}-{m:02d}-{y}"]
    elif lang == "es":
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}", f"{d}/{m}/{y}"]
    elif lang == "pt":
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}"]
    elif lang == "it":
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d:02d}.{m:02d}.{y}"]
    elif lang == "nl":
        forms = [f"{d:02d}-{m:02d}-{y}", f"{d} {month} {y}", f"{d:02d}/{m:02d}/{y}"]
    elif lang == "pl":
        forms = [f"{d:02d}.{m:02d}.{y}", f"{d} {month} {y}", f"{y}-{m:02d}-{d:02d}"]
    elif lang == "sv":
        forms = [f"{y}-{m:02d}-{d:02d}", f"{d} {month} {y}"]
    elif lang == "en_GB":
        forms = [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {month} {y}",
            f"{d}th {month} {y}" if d > 3 and d < 21 else f"{d} {month[:3]} {y}",
        ]
    elif lang == "en_US":
        forms = [
            f"{m:02d}/{d:02d}/{y}",
            f"{month} {d}, {y}",
            f"{month[:3]} {d}, {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{m}/{d}/{y}",
        ]
    elif lang == "el":
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d}-{m}-{y}"]
    elif lang == "ru":
        forms = [f"{d:02d}.{m:02d}.{y}", f"{d} {month} {y}"]
    elif lang == "ar":
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d:02d}/{m:02d}/{y}".translate(_ARABIC_DIGITS),
                 f"{d} {month} {y}".translate(_ARABIC_DIGITS)]  # fmt: skip
    elif lang == "hi":
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d:02d}-{m:02d}-{y}",
                 f"{d:02d}/{m:02d}/{y}".translate(_DEVANAGARI_DIGITS)]  # fmt: skip
    elif lang == "ja":
        forms = [f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}"]
        if birth and 1926 <= y <= 1988 and rng.random() < 0.3:
            return f"昭和{y - 1925}年{m}月{d}日"
        if birth and 1989 <= y <= 2018 and rng.random() < 0.3:
            return f"平成{y - 1988}年{m}月{d}日"
    elif lang == "zh":
        forms = [f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}/{m}/{d}"]
    elif lang == "ko":
        forms = [f"{y}년 {m}월 {d}일", f"{y}.{m:02d}.{d:02d}", f"{y}-{m:02d}-{d:02d}"]
    elif lang == "tr":
        forms = [f"{d:02d}.{m:02d}.{y}", f"{d} {month} {y}"]
    else:
        forms = [f"{y}-{m:02d}-{d:02d}"]
    return rng.choice(forms)


# ------------------------------------------------------------------ templates
# {pw} password, {pin} PIN, {key} API key or token, {jwt}, {dob} birth date; {date} a
# date that is not a birth date, {hex} a hash, {uuid}: unlabelled. Each locale: (language
# for dates, secret templates, dob templates, negative templates).

COMMON_SECRET = [
    '{{"username": "anna", "password": "{pw}"}}',
    "DB_PASSWORD={pw}",
    "db:\n  user: app\n  password: '{pw}'\n",
    "[database]\nhost = 10.0.0.5\npassword = {pw}\n",
    'password = "{pw}"  # TODO move to vault',
    "postgres://app:{upw}@db.internal:5432/orders",
    "mysql://root:{upw}@localhost/shop",
    "curl -H 'Authorization: Bearer {key}' https://api.example.com/v1/items",
    "Authorization: Bearer {jwt}",
    "export API_KEY={key}",
    'const config = {{ apiKey: "{key}", region: "eu-west-1" }};',
    "2025-03-04 10:22:01 INFO login ok user=anna token={key}",
    "SECRET_KEY='{pw}'",
    "spring.datasource.password={pw}",
    '"clientSecret": "{key}",',
    "smtp_pass: {pw}",
    "X-Api-Key: {key}",
    "redis://:{upw}@cache:6379/0",
]
COMMON_SECRET_NEG = [
    "password_min_length: 12",
    '{{"password": "********"}}',
    "DB_PASSWORD=${{DB_PASSWORD}}",
    "password: <password>",
    "password: xxx",
    "PASSWORD = os.environ['DB_PASSWORD']",
    "apiKey: process.env.API_KEY,",
    "commit {hex}",
    "request id {uuid} failed",
    "sha256:{hex}{hex}",
    "max_tokens=512 temperature=0.2",
    "Password reset link: https://accounts.example.com/reset",
    "GPIO pin 17 set high",
    "map pin: 48.1374, 11.5755",
    "password_hash: {hex}",
    "token_expires_in=3600",
    'curl -u "$USER:$PASS" https://api.example.com',
    "password: required",
]

L: dict[str, dict[str, object]] = {
    "en_US": {
        "lang": "en_US",
        "secret": [
            "my password is {pw}", "Password: {pw}", "pwd: {pw}", "PW {pw}", "PIN: {pin}",
            "my pin is {pin}", "the wifi password is {pw} btw", "passcode: {pin}",
            "Your temporary password: {pw} (expires in 24h)", "login anna / pass: {pw}",
            "api key: {key}", "token={key}", "here's the passphrase: \"{pw}\"",
            "ok the password is {pw} and the user is admin",
        ],
        "dob": [
            "DOB: {dob}", "Date of birth: {dob}", "born {dob}", "I was born on {dob}.",
            "D.O.B. {dob}", "birth date {dob}", '{{"name": "Ann Lee", "dob": "{dob}"}}',
            "birthDate={dob}", "Birthdate: {dob}; member since 2019", "date_of_birth: {dob}",
            "patient (DOB {dob}) checked in",
        ],
        "neg": [
            "I forgot my password again", "How do I reset my password?",
            "Password: ", "Your password must be at least 8 characters.",
            "password field is required", "the password is incorrect",
            "Appointment on {date} at 10:30", "Invoice date: {date}", "Delivered {date}",
            "Date of birth: __/__/____", "place of birth: Denver", "born and raised in Ohio",
            "2025-03-04T10:22:01Z request done", "birthday party on {date}?",
        ],
    },
    "en_GB": {
        "lang": "en_GB",
        "secret": [
            "Password - {pw}", "my password's {pw}", "password: {pw}", "PIN {pin}",
            "the code for the door is {pin}", "log in with pw: {pw}", "passwd={pw}",
        ],
        "dob": [
            "DOB: {dob}", "Date of Birth {dob}", "born on {dob}", "d.o.b {dob}",
            "DoB - {dob}", "born on the {dob}",
        ],
        "neg": [
            "forgotten password link expired", "Order placed {date}", "Booking ref for {date}",
            "Reset your password here", "date of birth (dd/mm/yyyy):",
        ],
    },
    "de_DE": {
        "lang": "de",
        "secret": [
            "Passwort: {pw}", "Mein Passwort ist {pw}", "Kennwort: {pw}", "das Passwort lautet {pw}",
            "PIN: {pin}", "Die PIN ist {pin}.", "WLAN-Passwort: {pw}", "Zugangsdaten: anna / {pw}",
            "Passwort für den Router: {pw}", "Geheimzahl {pin}", "PW: {pw}",
        ],
        "dob": [
            "Geburtsdatum: {dob}", "geb. {dob}", "geboren am {dob}", "Ich bin am {dob} geboren.",
            "Geb.-Datum: {dob}", "geb. am {dob} in Köln", '{{"geburtsdatum": "{dob}"}}',
            "* {dob} in Hamburg",
        ],
        "neg": [
            "Ich habe mein Passwort vergessen", "Passwort zurücksetzen: Link in der Mail",
            "Passwort ist falsch", "Termin am {date} um 14 Uhr", "Lieferung bis {date}",
            "Rechnungsdatum: {date}", "Geburtsort: München", "Passwort: ***",
            "Geburtsdatum: TT.MM.JJJJ",
        ],
    },
    "fr_FR": {
        "lang": "fr",
        "secret": [
            "mot de passe : {pw}", "Mon mot de passe est {pw}", "mdp: {pw}", "le mdp c'est {pw}",
            "code PIN : {pin}", "code secret {pin}", "Mot de passe du wifi : {pw}",
            "identifiant : anna, mot de passe : {pw}",
        ],
        "dob": [
            "date de naissance : {dob}", "né le {dob}", "née le {dob} à Lyon", "Je suis né le {dob}.",
            "Date de naissance: {dob}", "DDN : {dob}", "née le {dob}",
        ],
        "neg": [
            "j'ai oublié mon mot de passe", "mot de passe incorrect", "Réinitialiser le mot de passe",
            "rendez-vous le {date} à 9h", "facture du {date}", "lieu de naissance : Lyon",
            "livraison prévue le {date}",
        ],
    },
    "es_ES": {
        "lang": "es",
        "secret": [
            "contraseña: {pw}", "mi contraseña es {pw}", "clave: {pw}", "la clave es {pw}",
            "PIN: {pin}", "clave de acceso: {pw}", "Contraseña del wifi: {pw}", "usuario: ana / contraseña: {pw}",
        ],
        "dob": [
            "fecha de nacimiento: {dob}", "nacido el {dob}", "nacida el {dob}", "Nací el {dob}.",
            "F. nacimiento: {dob}", "fecha nac.: {dob}",
        ],
        "neg": [
            "olvidé mi contraseña", "la contraseña es incorrecta", "cita el {date} a las 10:00",
            "fecha de entrega: {date}", "factura del {date}", "lugar de nacimiento: Sevilla",
        ],
    },
    "it_IT": {
        "lang": "it",
        "secret": [
            "password: {pw}", "la mia password è {pw}", "parola d'ordine: {pw}", "PIN: {pin}",
            "codice PIN {pin}", "la password del wifi è {pw}", "pwd {pw}",
        ],
        "dob": [
            "data di nascita: {dob}", "nato il {dob}", "nata il {dob} a Roma", "Sono nato il {dob}.",
            "nata a Milano il {dob}", "Data di nascita {dob}",
        ],
        "neg": [
            "ho dimenticato la password", "la password è sbagliata", "appuntamento il {date} alle 15",
            "data di consegna: {date}", "fattura del {date}", "luogo di nascita: Napoli",
        ],
    },
    "nl_NL": {
        "lang": "nl",
        "secret": [
            "wachtwoord: {pw}", "mijn wachtwoord is {pw}", "pincode: {pin}", "Wachtwoord {pw}",
            "het wachtwoord van de wifi is {pw}",
        ],
        "dob": [
            "geboortedatum: {dob}", "geboren op {dob}", "geb. {dob}", "Ik ben geboren op {dob}.",
            "Geboortedatum {dob}",
        ],
        "neg": [
            "wachtwoord vergeten", "wachtwoord onjuist", "afspraak op {date} om 10:00",
            "leverdatum: {date}", "factuurdatum {date}", "geboorteplaats: Utrecht",
        ],
    },
    "pl_PL": {
        "lang": "pl",
        "secret": [
            "hasło: {pw}", "moje hasło to {pw}", "Hasło: {pw}", "PIN: {pin}", "kod PIN {pin}",
            "hasło do wifi: {pw}", "login: anna, hasło: {pw}",
        ],
        "dob": [
            "data urodzenia: {dob}", "ur. {dob}", "urodzony {dob}", "urodziłam się {dob}",
            "Data urodzenia {dob}", "urodzona dnia {dob}",
        ],
        "neg": [
            "zapomniałem hasła", "nieprawidłowe hasło", "wizyta {date} o 10:00",
            "data dostawy: {date}", "faktura z dnia {date}", "miejsce urodzenia: Kraków",
        ],
    },
    "sv_SE": {
        "lang": "sv",
        "secret": [
            "lösenord: {pw}", "mitt lösenord är {pw}", "lösenordet är {pw}", "PIN-kod: {pin}",
            "Lösenord {pw}", "koden är {pin}",
        ],
        "dob": [
            "födelsedatum: {dob}", "född {dob}", "jag är född {dob}", "född den {dob}",
            "Födelsedatum {dob}",
        ],
        "neg": [
            "glömt lösenord", "fel lösenord", "möte {date} kl 10", "leveransdatum: {date}",
            "fakturadatum {date}", "födelseort: Uppsala",
        ],
    },
    "el_GR": {
        "lang": "el",
        "secret": [
            "κωδικός: {pw}", "ο κωδικός μου είναι {pw}", "κωδικός πρόσβασης: {pw}", "PIN: {pin}",
            "Κωδικός {pw}", "συνθηματικό: {pw}",
        ],
        "dob": [
            "ημερομηνία γέννησης: {dob}", "γεννήθηκα στις {dob}", "Ημ. γέννησης: {dob}",
            "γεν. {dob}", "Ημερομηνία γέννησης {dob}",
        ],
        "neg": [
            "ξέχασα τον κωδικό μου", "λάθος κωδικός", "ραντεβού στις {date}",
            "ημερομηνία παράδοσης: {date}", "τιμολόγιο {date}", "τόπος γέννησης: Αθήνα",
        ],
    },
    "ru_RU": {
        "lang": "ru",
        "secret": [
            "пароль: {pw}", "мой пароль {pw}", "Пароль — {pw}", "ПИН-код: {pin}", "пин {pin}",
            "пароль от wifi: {pw}", "логин anna, пароль {pw}",
        ],
        "dob": [
            "дата рождения: {dob}", "родился {dob}", "родилась {dob}", "Дата рождения {dob}",
            "д.р. {dob}", "{dob} г.р.",
        ],
        "neg": [
            "забыл пароль", "неверный пароль", "встреча {date} в 10:00", "дата доставки: {date}",
            "счёт от {date}", "место рождения: Москва",
        ],
    },
    "ar_EG": {
        "lang": "ar",
        "secret": [
            "كلمة المرور: {pw}", "كلمة السر {pw}", "كلمة المرور الخاصة بي هي {pw}", "الرقم السري: {pin}",
            "رمز PIN: {pin}", "الباسورد: {pw}",
        ],
        "dob": [
            "تاريخ الميلاد: {dob}", "تاريخ الميلاد {dob}", "مواليد {dob}", "ولدت في {dob}",
            "من مواليد {dob}",
        ],
        "neg": [
            "نسيت كلمة المرور", "كلمة المرور غير صحيحة", "موعد يوم {date}", "تاريخ التسليم: {date}",
            "فاتورة بتاريخ {date}", "مكان الميلاد: القاهرة",
        ],
    },
    "hi_IN": {
        "lang": "hi",
        "secret": [
            "पासवर्ड: {pw}", "मेरा पासवर्ड {pw} है", "पिन: {pin}", "कूटशब्द: {pw}",
            "password: {pw}", "वाईफाई का पासवर्ड {pw} है",
        ],
        "dob": [
            "जन्म तिथि: {dob}", "जन्मतिथि {dob}", "जन्म दिनांक: {dob}", "DOB: {dob}",
            "मेरा जन्म {dob} को हुआ", "जन्म: {dob}",
        ],
        "neg": [
            "मैं अपना पासवर्ड भूल गया", "गलत पासवर्ड", "अपॉइंटमेंट {date} को", "डिलीवरी की तारीख: {date}",
            "बिल की तारीख {date}", "जन्म स्थान: पुणे",
        ],
    },
    "ja_JP": {
        "lang": "ja",
        "secret": [
            "パスワード：{pw}", "パスワードは{pw}です", "暗証番号：{pin}", "暗証番号は{pin}です。",
            "パスワード: {pw}", "Wi-Fiのパスワードは「{pw}」です", "PW：{pw}",
        ],
        "dob": [
            "生年月日：{dob}", "生年月日 {dob}", "{dob}生まれ", "誕生日は{dob}です", "生年月日は{dob}です。",
        ],
        "neg": [
            "パスワードを忘れました", "パスワードが違います", "予約日：{date}", "納品日 {date}",
            "請求日：{date}", "出生地：大阪",
        ],
    },
    "zh_CN": {
        "lang": "zh",
        "secret": [
            "密码：{pw}", "我的密码是{pw}", "密码: {pw}", "口令：{pw}", "支付密码{pin}",
            "WiFi密码是{pw}，记得改", "账号anna，密码{pw}",
        ],
        "dob": [
            "出生日期：{dob}", "出生日期 {dob}", "{dob}出生", "生日：{dob}", "出生于{dob}",
        ],
        "neg": [
            "忘记密码了", "密码错误", "预约日期：{date}", "交货日期 {date}", "发票日期：{date}",
            "出生地：上海",
        ],
    },
    "ko_KR": {
        "lang": "ko",
        "secret": [
            "비밀번호: {pw}", "비밀번호는 {pw}입니다", "비번 {pw}", "PIN: {pin}", "암호: {pw}",
            "와이파이 비밀번호는 {pw}예요",
        ],
        "dob": [
            "생년월일: {dob}", "생년월일 {dob}", "{dob}생", "생일: {dob}", "{dob}에 태어났습니다",
        ],
        "neg": [
            "비밀번호를 잊어버렸어요", "비밀번호가 틀렸습니다", "예약일: {date}", "배송일 {date}",
            "청구일: {date}", "출생지: 부산",
        ],
    },
    "tr_TR": {
        "lang": "tr",
        "secret": ["şifre: {pw}", "şifrem {pw}", "Parola: {pw}", "PIN: {pin}"],
        "dob": ["doğum tarihi: {dob}", "Doğum tarihi {dob}", "{dob} doğumlu"],
        "neg": ["şifremi unuttum", "randevu {date}", "fatura tarihi: {date}"],
    },
    "pt_BR": {
        "lang": "pt",
        "secret": ["senha: {pw}", "minha senha é {pw}", "Senha {pw}", "PIN: {pin}"],
        "dob": ["data de nascimento: {dob}", "nascido em {dob}", "nasci em {dob}", "Data de nasc.: {dob}"],
        "neg": ["esqueci minha senha", "senha incorreta", "consulta em {date}", "data de entrega: {date}"],
    },
}  # fmt: skip

VOICE = [
    ("en_US", "yes my password is {pw} and my date of birth is {dobv}"),
    ("en_US", "um the pin is {pin} i think"),
    ("en_US", "i was born on {dobv} can you check"),
    ("de_DE", "mein passwort ist {pw} und ich bin am {dobv} geboren"),
    ("fr_FR", "euh mon mot de passe c'est {pw} voilà"),
    ("es_ES", "mi fecha de nacimiento es {dobv}"),
]

_FIELD_RE = re.compile(r"\{(pw|upw|pin|key|jwt|dob|dobv|date|hex|uuid)\}")


def _fill(
    template: str, rng: random.Random, lang: str, locale: str
) -> tuple[str, list[list[object]]]:
    out: list[str] = []
    spans: list[list[object]] = []
    pos = 0
    length = 0
    for m in _FIELD_RE.finditer(template):
        literal = template[pos : m.start()].replace("{{", "{").replace("}}", "}")
        out.append(literal)
        length += len(literal)
        field = m.group(1)
        kind: str | None = None
        if field == "pw":
            value, kind = _pw(rng), "secret"
        elif field == "upw":
            value, kind = _pw(rng, url_safe=True), "secret"
        elif field == "pin":
            value, kind = _pin(rng), "secret"
        elif field == "key":
            value, kind = _api_key(rng), "secret"
        elif field == "jwt":
            value, kind = _jwt(rng), "secret"
        elif field == "dob":
            value, kind = _date(rng, lang), "dob"
        elif field == "dobv":
            names = MONTHS.get(lang, MONTHS["en"]).split()
            value = (
                f"{names[rng.randrange(12)].lower()} {rng.randint(1, 28)} {rng.randint(1950, 2004)}"
            )
            if lang in ("de", "fr", "es"):
                sep = {"de": ". ", "fr": " ", "es": " de "}[lang]
                value = f"{rng.randint(1, 28)}{sep}{names[rng.randrange(12)].lower()}{' de ' if lang == 'es' else ' '}{rng.randint(1950, 2004)}"
            kind = "dob"
        elif field == "date":
            value = _date(rng, lang, birth=False)
        elif field == "hex":
            value = _rand(rng, "0123456789abcdef", 40)
        else:
            h = _rand(rng, "0123456789abcdef", 32)
            value = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        if kind is not None:
            spans.append([kind, length, length + len(value)])
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:].replace("{{", "{").replace("}}", "}"))
    return "".join(out), spans


def generate() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []

    def add(template: str, locale: str, lang: str, style: str) -> None:
        text, spans = _fill(template, rng, lang, locale)
        for _kind, a, b in spans:
            assert text[a:b] == text[a:b].strip() and b > a, (template, text)  # type: ignore[misc,index]
        records.append({"text": text, "locale": locale, "style": style, "spans": spans})

    for locale, spec in L.items():
        lang = str(spec["lang"])
        for style in ("secret", "dob", "neg"):
            for template in spec[style]:  # type: ignore[attr-defined]
                for _ in range(3 if style != "neg" else 2):
                    add(template, locale, lang, style)
        # Inside longer texts: a sentence before and after.
        for template in spec["secret"][:3] + spec["dob"][:3]:  # type: ignore[index]
            add("Hello, ticket 48213 again. " + template + " Thanks!", locale, lang, "chat")
    for template in COMMON_SECRET:
        for _ in range(4):
            add(template, "en_US", "en_US", "code_config")
    for template in COMMON_SECRET_NEG:
        for _ in range(2):
            add(template, "en_US", "en_US", "neg")
    for locale, template in VOICE:
        lang = str(L[locale]["lang"])
        for _ in range(3):
            add(template, locale, "en" if lang.startswith("en") else lang, "voice")
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="regenerate and compare")
    args = parser.parse_args(argv)
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in generate())
    if args.check:
        same = OUT.read_text(encoding="utf-8") == body
        print("cues_dev.jsonl is up to date" if same else "cues_dev.jsonl differs; regenerate it")
        return 0 if same else 1
    OUT.write_text(body, encoding="utf-8")
    print(f"wrote {OUT} ({body.count(chr(10))} texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
