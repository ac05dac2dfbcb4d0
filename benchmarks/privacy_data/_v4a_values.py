# ruff: noqa: RUF001 - text in many scripts on purpose
"""Values for eval_v4a: people, contact data, dates, network ids, secrets, and their re-checks."""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
import re
import string
import unicodedata
from dataclasses import dataclass, field

import _v4a_names as names
import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

REGION = {"en_US": "US", "de_DE": "DE", "fr_FR": "FR", "ja_JP": "JP", "ru_RU": "RU",
          "ro_RO": "RO", "hu_HU": "HU", "fi_FI": "FI", "he_IL": "IL", "vi_VN": "VN"}


# --- people ------------------------------------------------------------------------------------
_RU_PATRONYMIC_M = ["Александрович", "Сергеевич", "Владимирович", "Игоревич", "Николаевич", "Юрьевич", "Олегович", "Петрович"]
_RU_PATRONYMIC_F = ["Александровна", "Сергеевна", "Владимировна", "Игоревна", "Николаевна", "Юрьевна", "Олеговна", "Петровна"]
_VN_MIDDLE_M = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công"]
_VN_MIDDLE_F = ["Thị", "Ngọc", "Thu", "Kim", "Thanh", "Mỹ", "Bảo"]


@dataclass
class Person:
    given: str
    family: str
    male: bool
    full: str
    dob: dt.date
    middle: str = ""
    extra: dict = field(default_factory=dict)


def _ru_gender_ok(family: str, male: bool) -> bool:
    fem = family.endswith(("ова", "ева", "ина", "ая", "ына"))
    masc = family.endswith(("ов", "ев", "ин", "ий", "ой", "ын"))
    return (not fem) if male else (not masc)


def person(rng: random.Random, locale: str) -> Person:
    male = rng.random() < 0.5
    given = names.pick(rng, locale, "M" if male else "F")
    family = names.pick(rng, locale, "L")
    for _ in range(30):
        if locale != "ru_RU" or _ru_gender_ok(family, male):
            break
        family = names.pick(rng, locale, "L")
    while family == given:
        family = names.pick(rng, locale, "L")
    dob = dt.date(1938, 1, 1) + dt.timedelta(days=rng.randint(0, 68 * 365))
    middle = ""
    if locale == "ja_JP":
        full = family + rng.choice(["", " ", "\u3000"]) + given
    elif locale == "hu_HU":
        full = f"{family} {given}"
    elif locale == "vi_VN":
        middle = rng.choice(_VN_MIDDLE_M if male else _VN_MIDDLE_F)
        full = f"{family} {middle} {given}"
    elif locale == "ru_RU":
        r = rng.random()
        middle = rng.choice(_RU_PATRONYMIC_M if male else _RU_PATRONYMIC_F)
        full = f"{family} {given} {middle}" if r < 0.35 else f"{given} {middle} {family}" if r < 0.5 else f"{given} {family}"
    elif locale == "en_US" and rng.random() < 0.2:
        full = f"{given} {rng.choice(string.ascii_uppercase)}. {family}"
    else:
        full = f"{given} {family}"
    return Person(given, family, male, full, dob, middle)


# --- e-mail ------------------------------------------------------------------------------------
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=False))
DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "att.net"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr"],
    "ja_JP": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "nifty.com", "i.softbank.jp"],
    "ru_RU": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru", "gmail.com", "list.ru"],
    "ro_RO": ["yahoo.com", "gmail.com", "yahoo.ro", "rdslink.ro", "outlook.com"],
    "hu_HU": ["freemail.hu", "citromail.hu", "gmail.com", "t-online.hu", "indamail.hu"],
    "fi_FI": ["gmail.com", "hotmail.fi", "luukku.com", "elisanet.fi", "kolumbus.fi"],
    "he_IL": ["walla.co.il", "gmail.com", "012.net.il", "bezeqint.net", "netvision.net.il"],
    "vi_VN": ["gmail.com", "yahoo.com.vn", "vnn.vn", "fpt.vn", "outlook.com"],
}
_JA_ROMAJI = ["sato", "suzuki", "tanaka", "yamamoto", "kobayashi", "yuki", "haruka", "kenta", "shota", "ai", "mika", "takuya"]
_HE_LATIN = ["cohen", "levi", "mizrahi", "peretz", "biton", "dahan", "avi", "yossi", "noa", "michal", "tamar", "eli"]


def ascii_name(s: str) -> str:
    s = "".join(_TRANSLIT.get(ch, ch) for ch in s.lower())
    s = s.replace("đ", "d").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", s)


def email(rng: random.Random, locale: str, p: Person, company: str | None = None) -> str:
    g, f = ascii_name(p.given), ascii_name(p.family)
    if locale == "ja_JP" or not g or not f:
        g, f = rng.choice(_JA_ROMAJI if locale == "ja_JP" else _HE_LATIN), rng.choice(_JA_ROMAJI if locale == "ja_JP" else _HE_LATIN)
    local = rng.choice([f"{g}.{f}", f"{g[0]}.{f}", f"{g}{f}{rng.randint(1, 99)}", f"{f}.{g}", f"{g}_{f}", f"{g}{rng.randint(70, 2005)}", f"{f}{g[0]}"])
    dom = company if company else rng.choice(DOMAINS[locale])
    return f"{local}@{dom}"


OBFUSCATE = {
    "en_US": [(" [at] ", " [dot] "), (" (at) ", " (dot) "), (" at ", " dot ")],
    "de_DE": [(" [at] ", " [punkt] "), ("(at)", "."), (" ät ", " punkt ")],
    "fr_FR": [(" [arobase] ", " [point] "), (" (at) ", " (point) "), (" chez ", " point ")],
    "ja_JP": [("＠", "."), (" [at] ", " [dot] "), ("(あっと)", ".")],
    "ru_RU": [(" собака ", " точка "), (" [at] ", " [dot] "), ("(at)", ".")],
    "ro_RO": [(" [at] ", " [punct] "), (" (at) ", " (dot) ")],
    "hu_HU": [(" kukac ", " pont "), (" [at] ", " [pont] ")],
    "fi_FI": [(" ät ", " piste "), (" [at] ", " [piste] ")],
    "he_IL": [(" [at] ", " [dot] "), (" (at) ", " (dot) ")],
    "vi_VN": [(" [a còng] ", " [chấm] "), (" (at) ", " (dot) ")],
}


def obfuscate(rng: random.Random, locale: str, addr: str) -> str:
    at, dot = rng.choice(OBFUSCATE[locale])
    local, dom = addr.split("@")
    return local + at + dom.replace(".", dot)


def check_email(text: str, locale: str) -> bool:
    t = text
    for at, dot in OBFUSCATE[locale]:
        if at in t:
            t = t.replace(at, "@").replace(dot, ".")
    return bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+", t))


# --- phones ------------------------------------------------------------------------------------
def phone(rng: random.Random, locale: str) -> str:
    region = REGION[locale]
    kind = rng.choice([PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
    ex = phonenumbers.example_number_for_type(region, kind)
    nsn = str(ex.national_number)
    for _ in range(500):
        keep = max(2, len(nsn) - rng.randint(5, 7))
        cand = nsn[:keep] + "".join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
        num = phonenumbers.parse(cand, region)
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) == phonenumbers.number_type(ex):
            break
    else:
        raise RuntimeError(region)
    for _ in range(20):
        out = _phone_form(rng, num)
        if check_phone(out, locale):
            return out
    return phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)


def _phone_form(rng: random.Random, num: phonenumbers.PhoneNumber) -> str:
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    r = rng.random()
    if r < 0.35:
        out = nat
    elif r < 0.6:
        out = intl
    elif r < 0.72:
        out = e164
    elif r < 0.82:
        out = ("1-" + re.sub(r"[()]", "", nat).replace(" ", "-")) if num.country_code == 1 else "00" + intl[1:]
    elif r < 0.9:
        out = re.sub(r"[\s()\-]", "", nat)
    else:
        out = intl.replace(" ", rng.choice(["-", ".", " "]), 10).replace("-", rng.choice(["-", "."]))
    return out


def check_phone(text: str, locale: str) -> bool:
    try:
        num = phonenumbers.parse(text, REGION[locale])
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


# --- dates of birth ----------------------------------------------------------------------------
MONTHS = {
    "en_US": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de_DE": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr_FR": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "ru_RU": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "ro_RO": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    "hu_HU": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
    "fi_FI": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "he_IL": ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"],
}


def _era(d: dt.date) -> str:
    if d >= dt.date(1989, 1, 8):
        y = d.year - 1988
        return f"平成{'元' if y == 1 else y}年{d.month}月{d.day}日"
    return f"昭和{d.year - 1925}年{d.month}月{d.day}日"


def date_text(rng: random.Random, locale: str, d: dt.date, iso_ok: bool = True) -> str:
    """A date in one of the locale's usual written forms."""
    y, m, dd = d.year, d.month, d.day
    forms = {
        "en_US": [f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{MONTHS['en_US'][m - 1]} {dd}, {y}", f"{MONTHS['en_US'][m - 1][:3]} {dd} {y}", f"{m}-{dd}-{y % 100:02d}"],
        "de_DE": [f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd}. {MONTHS['de_DE'][m - 1]} {y}", f"{dd:02d}.{m:02d}.{y % 100:02d}"],
        "fr_FR": [f"{dd:02d}/{m:02d}/{y}", f"{dd} {MONTHS['fr_FR'][m - 1]} {y}", f"{'1er' if dd == 1 else dd} {MONTHS['fr_FR'][m - 1]} {y}", f"{dd:02d}.{m:02d}.{y}"],
        "ja_JP": [f"{y}年{m}月{dd}日", _era(d), f"{y}/{m:02d}/{dd:02d}", f"{y}.{m}.{dd}"],
        "ru_RU": [f"{dd:02d}.{m:02d}.{y}", f"{dd} {MONTHS['ru_RU'][m - 1]} {y} г.", f"{dd:02d}.{m:02d}.{y} г.", f"{dd} {MONTHS['ru_RU'][m - 1]} {y}"],
        "ro_RO": [f"{dd:02d}.{m:02d}.{y}", f"{dd} {MONTHS['ro_RO'][m - 1]} {y}", f"{dd:02d}/{m:02d}/{y}"],
        "hu_HU": [f"{y}. {m:02d}. {dd:02d}.", f"{y}.{m:02d}.{dd:02d}.", f"{y}. {MONTHS['hu_HU'][m - 1]} {dd}.", f"{y}-{m:02d}-{dd:02d}"],
        "fi_FI": [f"{dd}.{m}.{y}", f"{dd:02d}.{m:02d}.{y}", f"{dd}. {MONTHS['fi_FI'][m - 1]} {y}"],
        "he_IL": [f"{dd:02d}/{m:02d}/{y}", f"{dd}.{m}.{y}", f"{dd} {MONTHS['he_IL'][m - 1]} {y}"],
        "vi_VN": [f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}", f"ngày {dd} tháng {m} năm {y}", f"{dd:02d}-{m:02d}-{y}"],
    }[locale]
    if iso_ok and rng.random() < 0.1:
        return d.isoformat()
    return rng.choice(forms)


def check_date(text: str, d: dt.date, locale: str) -> bool:
    """The text names the date d (its year, month and day all appear)."""
    nums = [int(x) for x in re.findall(r"\d+", text)]
    month_word = any(mw in text for mw in MONTHS.get(locale, [])[d.month - 1:d.month]) or any(
        mw[:3] in text for mw in MONTHS.get(locale, [])[d.month - 1:d.month])
    if "平成" in text or "昭和" in text:
        return d.month in nums and d.day in nums
    year_ok = d.year in nums or (d.year % 100) in nums
    return year_ok and d.day in nums and (d.month in nums or month_word)


# --- addresses ---------------------------------------------------------------------------------
# (street, city, postcode) tables written by hand; real street and city names.
ADDR = {
    "en_US": [("Maple Ave", "Columbus, OH", "43215"), ("W 34th St", "New York, NY", "10001"), ("Elm Street", "Springfield, IL", "62704"),
              ("N Halsted St", "Chicago, IL", "60614"), ("Peachtree Rd NE", "Atlanta, GA", "30305"), ("SE Hawthorne Blvd", "Portland, OR", "97214"),
              ("Congress Ave", "Austin, TX", "78701"), ("Mission St", "San Francisco, CA", "94103"), ("Lakeshore Dr", "Madison, WI", "53703")],
    "de_DE": [("Lindenstraße", "Berlin", "10969"), ("Hauptstraße", "Heidelberg", "69117"), ("Am Sandtorkai", "Hamburg", "20457"),
              ("Schillerplatz", "Stuttgart", "70173"), ("Leopoldstraße", "München", "80802"), ("Kaiser-Wilhelm-Ring", "Köln", "50672"),
              ("Bahnhofstr.", "Bielefeld", "33602"), ("Rosenweg", "Rostock", "18055"), ("Am Markt", "Leipzig", "04109")],
    "fr_FR": [("rue des Lilas", "Lyon", "69003"), ("avenue Jean Jaurès", "Toulouse", "31000"), ("boulevard Voltaire", "Paris", "75011"),
              ("rue de la République", "Marseille", "13002"), ("impasse des Tilleuls", "Nantes", "44000"), ("place Kléber", "Strasbourg", "67000"),
              ("chemin du Moulin", "Annecy", "74000"), ("rue Nationale", "Lille", "59000")],
    "ja_JP": [("東京都渋谷区神南", "", "150-0041"), ("大阪府大阪市北区梅田", "", "530-0001"), ("神奈川県横浜市中区山下町", "", "231-0023"),
              ("愛知県名古屋市中村区名駅", "", "450-0002"), ("福岡県福岡市博多区博多駅前", "", "812-0011"), ("北海道札幌市中央区北一条西", "", "060-0001"),
              ("京都府京都市下京区烏丸通", "", "600-8216"), ("東京都世田谷区三軒茶屋", "", "154-0024")],
    "ru_RU": [("ул. Ленина", "Екатеринбург", "620014"), ("Невский пр-т", "Санкт-Петербург", "191025"), ("ул. Тверская", "Москва", "125009"),
              ("ул. Баумана", "Казань", "420111"), ("Красный пр-т", "Новосибирск", "630099"), ("ул. Большая Садовая", "Ростов-на-Дону", "344002"),
              ("пр-т Мира", "Москва", "129090"), ("ул. Советская", "Самара", "443099")],
    "ro_RO": [("Str. Mihai Eminescu", "București", "010512"), ("Strada Republicii", "Cluj-Napoca", "400015"), ("Bd. Revoluției", "Arad", "310025"),
              ("Calea Victoriei", "București", "010063"), ("Str. Lăpușneanu", "Iași", "700057"), ("Bulevardul Tomis", "Constanța", "900178"),
              ("Str. Avram Iancu", "Sibiu", "550182"), ("Aleea Trandafirilor", "Timișoara", "300254")],
    "hu_HU": [("Váci utca", "Budapest", "1052"), ("Piac u.", "Debrecen", "4024"), ("Kossuth Lajos utca", "Szeged", "6720"),
              ("Rákóczi út", "Budapest", "1072"), ("Király utca", "Pécs", "7621"), ("Baross tér", "Győr", "9021"),
              ("Petőfi Sándor u.", "Eger", "3300"), ("Andrássy út", "Budapest", "1061")],
    "fi_FI": [("Mannerheimintie", "Helsinki", "00100"), ("Hämeenkatu", "Tampere", "33100"), ("Aurakatu", "Turku", "20100"),
              ("Kauppakatu", "Jyväskylä", "40100"), ("Isokatu", "Oulu", "90100"), ("Koivukuja", "Espoo", "02120"),
              ("Puistokatu", "Kuopio", "70100"), ("Rantatie", "Vantaa", "01300")],
    "he_IL": [("רחוב הרצל", "תל אביב-יפו", "6100001"), ("שדרות רוטשילד", "תל אביב-יפו", "6688101"), ("רחוב יפו", "ירושלים", "9434101"),
              ("רחוב ויצמן", "כפר סבא", "4435001"), ("דרך העצמאות", "חיפה", "3303101"), ("רחוב הנשיא", "באר שבע", "8489301"),
              ("רחוב ביאליק", "רמת גן", "5245101")],
    "vi_VN": [("phố Huế", "Hà Nội", "100000"), ("đường Nguyễn Huệ", "TP. Hồ Chí Minh", "700000"), ("đường Bạch Đằng", "Đà Nẵng", "550000"),
              ("phố Hàng Bông", "Hà Nội", "100000"), ("đường Lê Lợi", "TP. Huế", "530000"), ("đường Trần Phú", "Nha Trang", "650000"),
              ("đường 3 Tháng 2", "TP. Cần Thơ", "900000")],
}
_VN_DISTRICT = {"Hà Nội": ["quận Hai Bà Trưng", "quận Hoàn Kiếm", "quận Cầu Giấy"], "TP. Hồ Chí Minh": ["Quận 1", "Quận 3", "quận Bình Thạnh"],
                "Đà Nẵng": ["quận Hải Châu", "quận Sơn Trà"], "TP. Huế": ["phường Phú Hội"], "Nha Trang": ["phường Lộc Thọ"], "TP. Cần Thơ": ["quận Ninh Kiều"]}


def address(rng: random.Random, locale: str) -> tuple[str, str]:
    """(street line, postcode+city line) of one postal address."""
    street, city, pc = rng.choice(ADDR[locale])
    n = rng.randint(1, 180)
    if locale == "en_US":
        unit = rng.choice(["", "", f" Apt {rng.randint(1, 20)}{rng.choice('ABCD')}", f" Unit {rng.randint(100, 950)}", f" #{rng.randint(2, 40)}"])
        return f"{rng.randint(10, 9800)} {street}{unit}", f"{city} {pc}"
    if locale == "de_DE":
        return f"{street} {n}{rng.choice(['', '', 'a', 'b', ' / Hinterhaus'])}", f"{pc} {city}"
    if locale == "fr_FR":
        return f"{n}{rng.choice(['', '', ' bis', ' ter'])} {street}", f"{pc} {city}{rng.choice(['', '', ' Cedex'])}"
    if locale == "ja_JP":
        block = f"{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号" if rng.random() < 0.4 else f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        bld = rng.choice(["", "", f" サンハイツ{rng.randint(101, 805)}号室", f" {rng.choice(['グランドメゾン', 'コーポ緑', 'パークサイド'])}{rng.randint(101, 1205)}"])
        return f"{street}{block}{bld}", pc
    if locale == "ru_RU":
        return f"{street}, д. {n}{rng.choice(['', '', ' корп. 2', ', стр. 1'])}, кв. {rng.randint(1, 240)}", f"{pc}, {rng.choice(['г. ', ''])}{city}"
    if locale == "ro_RO":
        extra = rng.choice(["", "", f", bl. {rng.choice(['A', 'B', 'M'])}{rng.randint(1, 12)}, sc. {rng.randint(1, 4)}, ap. {rng.randint(1, 80)}", f", ap. {rng.randint(1, 40)}"])
        return f"{street} nr. {n}{extra}", f"{pc} {city}"
    if locale == "hu_HU":
        floor = rng.choice(["", "", f" {rng.randint(1, 6)}. em. {rng.randint(1, 12)}.", f" {rng.choice(['I', 'II', 'III'])}/{rng.randint(1, 9)}"])
        return f"{street} {n}.{floor}", f"{pc} {city}"
    if locale == "fi_FI":
        return f"{street} {n}{rng.choice(['', '', f' A {rng.randint(1, 40)}', f' B {rng.randint(1, 40)}', f' as. {rng.randint(1, 30)}'])}", f"{pc} {city.upper() if rng.random() < 0.3 else city}"
    if locale == "he_IL":
        return f"{street} {n}{rng.choice(['', '', f', דירה {rng.randint(1, 30)}', f'/{rng.randint(1, 20)}'])}", f"{city} {pc}"
    if locale == "vi_VN":
        dist = rng.choice(_VN_DISTRICT[city])
        house = rng.choice([f"Số {n}", f"{n}", f"{n}/{rng.randint(2, 30)}", f"Số {n} ngõ {rng.randint(2, 120)}"])
        return f"{house} {street}", f"{dist}, {city}"
    raise ValueError(locale)


def one_line(locale: str, lines: tuple[str, str]) -> str:
    a, b = lines
    if locale == "ja_JP":
        return f"〒{b} {a}"
    if locale == "ru_RU":
        return f"{b}, {a}"
    if locale == "vi_VN":
        return f"{a}, {b}"
    return f"{a}, {b}"


def city_of(locale: str, lines: tuple[str, str]) -> str:
    return lines[1]


# --- network ids, places, secrets --------------------------------------------------------------
def ipv4(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if r < 0.5:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    while True:
        a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if a.is_global:
            return str(a)


def ipv6(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return str(ipaddress.IPv6Address((0xFE80 << 112) | rng.getrandbits(64)))
    a = ipaddress.IPv6Address((0x2001 << 112) | (rng.choice([0x0DB8, 0x4860, 0x0470, 0x1620]) << 96) | rng.getrandbits(rng.choice([32, 48, 80])))
    s = a.compressed if rng.random() < 0.8 else a.exploded
    return s.upper() if rng.random() < 0.15 else s


def check_ip(text: str, version: int) -> bool:
    try:
        return ipaddress.ip_address(text).version == version
    except ValueError:
        return False


def mac(rng: random.Random) -> str:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    h = "".join(f"{x:02x}" for x in b)
    r = rng.random()
    if r < 0.35:
        s = ":".join(h[i:i + 2] for i in range(0, 12, 2))
    elif r < 0.6:
        s = "-".join(h[i:i + 2] for i in range(0, 12, 2)).upper()
    elif r < 0.8:
        s = ".".join(h[i:i + 4] for i in range(0, 12, 4))
    else:
        s = h
    return s.upper() if rng.random() < 0.3 else s


def check_mac(text: str) -> bool:
    return bool(re.fullmatch(r"[0-9a-fA-F]{12}", re.sub(r"[:.\-]", "", text))) and len(text) in (12, 14, 17)


CENTER = {"en_US": (39.5, -98.0, 8, 20), "de_DE": (51.0, 10.2, 2.5, 3.5), "fr_FR": (46.6, 2.4, 3, 3.5), "ja_JP": (36.0, 138.0, 3, 3),
          "ru_RU": (55.7, 40.0, 4, 15), "ro_RO": (45.9, 24.9, 1.5, 3), "hu_HU": (47.2, 19.4, 0.8, 2), "fi_FI": (62.5, 25.7, 2.5, 3),
          "he_IL": (31.9, 34.9, 1, 0.4), "vi_VN": (16.0, 107.0, 5, 1.5)}


def _dms(v: float, pos: str, neg: str, rng: random.Random) -> str:
    h = pos if v >= 0 else neg
    v = abs(v)
    d = int(v)
    m = int((v - d) * 60)
    s = (v - d - m / 60) * 3600
    return f"{d}°{m:02d}'{s:04.1f}\"{h}" if rng.random() < 0.6 else f"{h} {d}° {(v - d) * 60:.3f}'"


def gps(rng: random.Random, locale: str, quotes_ok: bool, sep: str = "") -> str:
    la0, lo0, dla, dlo = CENTER[locale]
    la, lo = la0 + rng.uniform(-dla, dla), lo0 + rng.uniform(-dlo, dlo)
    k = rng.choice([4, 5, 6, 6])
    r = rng.random()
    if quotes_ok and r < 0.3:
        a, b = _dms(la, "N", "S", rng), _dms(lo, "E", "W", rng)
        return f"{a} {b}" if "\"" in a else f"{a}, {b}"
    sep = sep or rng.choice([", ", ",", " ", "; "])
    return f"{la:.{k}f}{sep}{lo:.{k}f}"


def check_gps(text: str) -> bool:
    nums = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", text)]
    if "°" in text:
        return len(nums) >= 4
    return len(nums) == 2 and -90 <= nums[0] <= 90 and -180 <= nums[1] <= 180 and all("." in x for x in re.findall(r"-?\d+(?:\.\d+)?", text))


_WORDS = ["Sommer", "Katze", "tiger", "blue", "Moskva", "soleil", "sakura", "Dragon", "Kuu", "Hanoi", "Pista", "Luna", "delta", "Otso", "Zebra", "kaktus"]
_SYM = "!$*_-.+="


def password(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        w = rng.choice(_WORDS) + rng.choice(["", "_", "."]) + str(rng.randint(1, 9999))
        while len(w) < 8:
            w += rng.choice(string.digits)
        return w + rng.choice(["", "!", "$", "*"])
    n = rng.randint(9, 18)
    chars = string.ascii_letters + string.digits + _SYM
    s = rng.choice(string.ascii_letters) + "".join(rng.choice(chars) for _ in range(n - 1))
    return s.rstrip(".-=") + rng.choice(string.digits)


def token(rng: random.Random) -> str:
    al = string.ascii_letters + string.digits
    r = rng.random()
    if r < 0.2:
        return "sk_live_" + "".join(rng.choice(al) for _ in range(24))
    if r < 0.35:
        return "ghp_" + "".join(rng.choice(al) for _ in range(36))
    if r < 0.5:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if r < 0.62:
        return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**11, 10**12)}-" + "".join(rng.choice(al) for _ in range(24))
    if r < 0.78:
        seg = lambda n: "".join(rng.choice(al + "-_") for _ in range(n))  # noqa: E731
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + seg(rng.randint(30, 60)) + "." + seg(43)
    if r < 0.88:
        return "glpat-" + "".join(rng.choice(al + "_-") for _ in range(20))
    return "".join(rng.choice(string.hexdigits[:16]) for _ in range(40))


def check_secret(text: str) -> bool:
    return len(text) >= 8 and not re.search(r"\s", text)


_ORDER = {"en_US": "mdy", "ja_JP": "ymd", "hu_HU": "ymd"}


def parse_date(text: str, locale: str) -> dt.date | None:
    """Read a written date back (the forms date_text writes); None if it is not one."""
    try:
        m = re.fullmatch(r"(平成|昭和)(元|\d+)年(\d+)月(\d+)日", text)
        if m:
            y = 1 if m.group(2) == "元" else int(m.group(2))
            return dt.date(y + (1988 if m.group(1) == "平成" else 1925), int(m.group(3)), int(m.group(4)))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        months = MONTHS.get(locale, [])
        month = None
        for i, name in enumerate(months):
            if name in text or (locale == "en_US" and re.search(rf"\b{name[:3]}\b", text)):
                month = i + 1
        nums = [int(x) for x in re.findall(r"\d+", text)]
        if month is not None:
            year = max(nums)
            day = min(nums) if len(nums) == 2 else None
            if re.search(r"\b1er\b", text):
                day = 1
            return dt.date(year, month, day) if day else None
        if locale == "vi_VN" and "tháng" in text:
            d, mo, y = nums
            return dt.date(y, mo, d)
        if len(nums) != 3:
            return None
        order = _ORDER.get(locale, "dmy")
        if order == "ymd":
            y, mo, d = nums
        elif order == "mdy":
            mo, d, y = nums
        else:
            d, mo, y = nums
        if y < 100:
            y += 1900 if y > 25 else 2000
        return dt.date(y, mo, d)
    except ValueError:
        return None
