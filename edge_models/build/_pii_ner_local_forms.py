# ruff: noqa: RUF001  (Arabic commas, Bulgarian quotes, many scripts)
"""Name and address forms of countries the tagger was weak on (build time only).

Session 9 read the fifth dev sets' errors for classes (docs/privacy_tagger.md, "Retrain, session
9"): Malay patronymics ("bin", "binti", "a/l", "a/p"), Arabic names with "bin" and "Al-",
Persian compound given names, inflected Lithuanian, Croatian and Greek names, Turkish
names before a suffix, and the address formats of Malaysia, Saudi Arabia, Iran, Korea,
Lithuania, Turkey, Bulgaria, Colombia, India and Croatia. Every word list here is written
from general knowledge of each country (common given names, street types, cities); no
evaluation text, value or template was copied, and `names-dataset` is not used.

`local_name(fake, rng, locale)` and `local_address(fake, rng, locale)` take a Faker-like
source for the locale's own first and last names (Faker, mimesis or made-up names), so the
forms carry over to names of any source. An address is a list of lines, one span each.
"""

from __future__ import annotations

import random
import re
from typing import Any

from faker import Faker

_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# ---------------------------------------------------------------- Malaysia
MALAY_MALE = ["Ahmad", "Muhammad", "Mohd", "Azman", "Hafiz", "Faizal", "Roslan", "Zulkifli", "Hakim", "Firdaus", "Amirul", "Syafiq", "Aiman", "Haziq", "Khairul", "Rizal", "Shahrul", "Ismail", "Kamal", "Hamzah", "Zainal", "Iskandar", "Nazri", "Fadzil", "Ridzuan", "Azlan", "Danial", "Irfan", "Luqman", "Najib", "Rahim", "Saiful", "Taufik", "Yusri", "Zaki", "Hisham", "Badrul", "Johari", "Kamarul"]  # fmt: skip
MALAY_FEMALE = ["Nurul", "Siti", "Nur", "Aisyah", "Farah", "Aminah", "Zarina", "Rohana", "Salmah", "Hasnah", "Noraini", "Suraya", "Izzati", "Syazwani", "Aina", "Liyana", "Hidayah", "Zaleha", "Norhayati", "Fatimah", "Mariam", "Azlina", "Wani", "Adibah", "Balqis", "Hanis", "Insyirah", "Maisarah", "Nabila", "Qistina", "Rozita", "Sabrina", "Umairah", "Zulaikha", "Atiqah", "Khadijah"]  # fmt: skip
_MALAY_PREFIX = ("Wan", "Nik", "Megat", "Tengku", "Syed", "Sharifah", "Raja", "Che")
CHINESE_MY_SURNAMES = ["Tan", "Lim", "Lee", "Ng", "Wong", "Chong", "Ong", "Teh", "Goh", "Chan", "Yap", "Low", "Khoo", "Cheah", "Loh", "Leong", "Tay", "Koh", "Foo", "Chin", "Lau", "Yeoh", "Chua", "Ho", "Liew", "Sim", "Choo", "Kwan"]  # fmt: skip
_CHINESE_MY_SYLLABLES = ["Wei", "Mei", "Ling", "Kok", "Hui", "Jun", "Siew", "Chee", "Keat", "Boon", "Yee", "Hock", "Soon", "Xin", "Jia", "Kah", "Swee", "Seng", "Li", "Yong", "Choon", "Pei", "Shan", "Yik", "Hong", "Zhi", "Kian", "Wai", "Fong"]  # fmt: skip


class MalaysianFake:
    """Malaysian names (Malay, Chinese and Indian), Faker's en_MS for the rest."""

    def __init__(self, seed: int) -> None:
        self._base = Faker("en_MS")
        self._base.seed_instance(seed)
        self._tamil = Faker("ta_IN")
        self._tamil.seed_instance(seed + 1)
        self._tamil_latin = Faker("en_IN")
        self._tamil_latin.seed_instance(seed + 2)
        self._rng = random.Random(seed)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._base, name)

    def first_name(self) -> str:
        r = self._rng.random()
        if r < 0.6:
            return self._rng.choice(MALAY_MALE + MALAY_FEMALE)
        if r < 0.8:
            return " ".join(self._rng.sample(_CHINESE_MY_SYLLABLES, 2))
        return str(self._tamil_latin.first_name())

    def last_name(self) -> str:
        r = self._rng.random()
        if r < 0.5:
            return self._rng.choice(CHINESE_MY_SURNAMES)
        return self._rng.choice(MALAY_MALE)

    def name(self) -> str:
        return malay_name(self, self._rng)

    def phone_number(self) -> str:
        r = self._rng
        return r.choice(("+60 1{}-{} {}", "01{}-{} {}", "+601{}{}{}", "03-{} {}{}")).format(
            r.randint(0, 9), r.randint(100, 999), r.randint(1000, 9999)
        )


def malay_name(fake: Any, rng: random.Random) -> str:
    """'Ahmad bin Ismail', 'Nurul Aina binti Kamal', 'Tan Wei Ling', 'Kumar a/l Raju'."""
    r = rng.random()
    if r < 0.5:
        female = rng.random() < 0.5
        given = rng.choice(MALAY_FEMALE if female else MALAY_MALE)
        if rng.random() < 0.4:
            given += " " + rng.choice(MALAY_FEMALE if female else MALAY_MALE)
        if rng.random() < 0.1:
            given = rng.choice(_MALAY_PREFIX) + " " + given
        link = (
            rng.choice(("binti", "bt.", "bte", "binti"))
            if female
            else rng.choice(("bin", "b.", "bin"))
        )
        return f"{given} {link} {rng.choice(MALAY_MALE)}"
    if r < 0.75:
        sur = rng.choice(CHINESE_MY_SURNAMES)
        given = " ".join(rng.sample(_CHINESE_MY_SYLLABLES, 2))
        return f"{sur} {given}" if rng.random() < 0.8 else f"{given.split()[0]} {sur}"
    given, father = str(fake._tamil_latin.first_name()), str(fake._tamil_latin.first_name())
    if rng.random() < 0.2:
        return f"{given} anak {father}"  # Sarawak
    return f"{given} {rng.choice(('a/l', 'a/p', 's/o', 'd/o'))} {father}"


# ---------------------------------------------------------------- Arabic, Persian
ARABIC_LATIN_GIVEN = ["Abdullah", "Mohammed", "Faisal", "Khalid", "Saud", "Turki", "Fahad", "Nasser", "Omar", "Yousef", "Sultan", "Majed", "Bandar", "Abdulaziz", "Abdulrahman", "Hamad", "Mansour", "Saleh", "Waleed", "Ziyad", "Noura", "Reem", "Lama", "Sara", "Hessa", "Maha", "Abeer", "Dalal", "Haifa", "Lulwa", "Rawan", "Shahad", "Jawaher", "Asma", "Ghada", "Munira"]  # fmt: skip
ARABIC_LATIN_FAMILY = ["Qahtani", "Otaibi", "Ghamdi", "Zahrani", "Harbi", "Shehri", "Shammari", "Mutairi", "Anazi", "Subaie", "Rashid", "Juhani", "Malki", "Omari", "Sulami", "Yami", "Balawi", "Shahrani", "Dawsari", "Khalidi"]  # fmt: skip


def arabic_name(fake: Any, rng: random.Random) -> str:
    """Arabic names with 'bin' / 'بن' chains, 'Al-' families and 'Abd al-' compounds."""
    if rng.random() < 0.3:  # romanised, as in English-language documents
        given = rng.choice(ARABIC_LATIN_GIVEN)
        fam = rng.choice(("Al-", "Al ", "al-", "")) + rng.choice(ARABIC_LATIN_FAMILY)
        if rng.random() < 0.4:
            return f"{given} {rng.choice(('bin', 'ibn', 'bint'))} {rng.choice(ARABIC_LATIN_GIVEN)} {fam}"
        return f"{given} {fam}"
    first, father, last = str(fake.first_name()), str(fake.first_name()), str(fake.last_name())
    r = rng.random()
    if r < 0.3:
        return f"{first} {rng.choice(('بن', 'بن', 'ابن', 'بنت'))} {father} {last}"
    if r < 0.45:
        return f"{rng.choice(('عبد', 'عبد ال'))}{rng.choice(('له', 'رحمن', 'عزيز', 'كريم', 'مجيد'))} {last}"
    if r < 0.6:
        return f"{first} {father} {last}"
    if r < 0.7:
        return f"{rng.choice(('أبو', 'أم'))} {first}"
    return f"{first} {last}"


_PERSIAN_ALLAH = ("روح‌الله", "نعمت‌الله", "عزت‌الله", "حبیب‌الله", "فتح‌الله", "ولی‌الله", "سیف‌الله")
_PERSIAN_SUFFIX = ("ی", "زاده", "پور", "نژاد", "فر", "نیا", "‌زاده", "‌پور")


def persian_name(fake: Any, rng: random.Random) -> str:
    """Compound given names ('محمد حسین', 'X‌الله') and surnames with -زاده/-پور/-ی."""
    first, second, last = str(fake.first_name()), str(fake.first_name()), str(fake.last_name())
    r = rng.random()
    if r < 0.2:
        first = f"{first} {second}"
    elif r < 0.3:
        first = rng.choice(_PERSIAN_ALLAH)
    if rng.random() < 0.3 and not last.endswith(_PERSIAN_SUFFIX):
        last += rng.choice(_PERSIAN_SUFFIX)
    return last if rng.random() < 0.1 else f"{first} {last}"


# ---------------------------------------------------------------- inflected names
def lithuanian_name(fake: Any, rng: random.Random) -> str:
    """Women's surnames (-ienė, -aitė, -ytė, -utė) and case forms of men's names."""
    first, last = str(fake.first_name()), str(fake.last_name())
    r = rng.random()
    if r < 0.3 and re.search(r"(as|is|ys|us)$", last):
        stem = last[:-2]
        ending = {"as": "aitė", "is": "ytė", "ys": "ytė", "us": "utė"}[last[-2:]]
        last = stem + rng.choice(("ienė", ending))
    elif r < 0.6:  # genitive / dative / vocative of -as, -is, -us names
        case = rng.choice(("gen", "dat", "voc"))
        table = {
            "as": {"gen": "o", "dat": "ui", "voc": "ai"},
            "is": {"gen": "io", "dat": "iui", "voc": "i"},
            "us": {"gen": "aus", "dat": "ui", "voc": "au"},
        }
        parts = []
        for w in (first, last):
            end = w[-2:]
            parts.append(w[:-2] + table[end][case] if end in table else w)
        return " ".join(parts)
    return f"{first} {last}" if rng.random() < 0.85 else f"{last} {first}"


def slavic_greek_case(fake: Any, rng: random.Random, lang: str) -> str:
    """Croatian genitive ('Ivana Horvata'), Greek genitive ('του Παπαδόπουλου')."""
    first, last = str(fake.first_name()), str(fake.last_name())
    if lang == "hr" and rng.random() < 0.5 and re.search(r"[bcčćdđfghjklmnprsštvzž]$", last):
        return f"{first}a {last}a" if re.search(r"[^aeiou]$", first) else f"{first} {last}a"
    if lang == "el" and rng.random() < 0.5:
        gen = {"ος": "ου", "ης": "η", "ας": "α", "ός": "ού", "ής": "ή", "άς": "ά"}
        return " ".join(w[:-2] + gen[w[-2:]] if w[-2:] in gen else w for w in (first, last))
    return f"{first} {last}"


def local_name(fake: Any, rng: random.Random, locale: str) -> str | None:
    """A name in one of the forms above for `locale`, or None (use the common forms)."""
    lang = locale[:2]
    if locale == "ms_MY" and isinstance(fake, MalaysianFake):
        return malay_name(fake, rng)
    if lang == "ar":
        return arabic_name(fake, rng)
    if lang == "fa":
        return persian_name(fake, rng)
    if lang == "lt":
        return lithuanian_name(fake, rng)
    if lang in ("hr", "el"):
        return slavic_greek_case(fake, rng, lang)
    if lang == "ko" and rng.random() < 0.5:
        return str(fake.last_name()) + str(fake.first_name())
    return None


# ---------------------------------------------------------------- addresses
def _n(rng: random.Random, lo: int = 1, hi: int = 250) -> int:
    return rng.randint(lo, hi)


def _street_word(fake: Any, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return str(fake.last_name())
    if r < 0.8:
        return str(fake.first_name())
    return str(fake.city()).split()[0] if hasattr(fake, "city") else str(fake.last_name())


_MY_PLACES = ["Petaling Jaya", "Shah Alam", "Johor Bahru", "Ipoh", "Kuching", "Kota Kinabalu", "Seremban", "Alor Setar", "Kuantan", "Kota Bharu", "Klang", "Subang Jaya", "George Town", "Putrajaya", "Bangi", "Kajang", "Sandakan", "Miri", "Sibu", "Muar", "Batu Pahat", "Taiping", "Rawang", "Nilai", "Cheras", "Ampang", "Puchong", "Sungai Petani"]  # fmt: skip
_MY_STATES = ["Selangor", "Johor", "Perak", "Pahang", "Kedah", "Kelantan", "Sabah", "Sarawak", "Pulau Pinang", "Negeri Sembilan", "Terengganu", "Perlis", "Melaka", "W.P. Kuala Lumpur"]  # fmt: skip
_MY_WORDS = ["Mawar", "Melati", "Kenanga", "Cempaka", "Damai", "Indah", "Jaya", "Permai", "Harmoni", "Bestari", "Setia", "Murni", "Sentosa", "Mutiara", "Delima"]  # fmt: skip


def _malaysia(fake: Any, rng: random.Random) -> list[str]:
    name = rng.choice(_MY_WORDS + [str(fake.last_name())] * 3)
    street = rng.choice(
        ("Jalan", "Jln.", "Jalan", "Lorong", "Lrg.", "Persiaran", "Lebuh", "Jalan SS")
    )
    unit = rng.choice(
        (
            f"No. {_n(rng)}",
            f"{_n(rng)}",
            f"Lot {_n(rng)}",
            f"{rng.choice('ABCD')}-{_n(rng, 1, 30)}-{_n(rng, 1, 20)}",
        )
    )
    line1 = f"{unit}, {street} {name}" + rng.choice(
        ("", f" {_n(rng, 1, 20)}", f" {_n(rng, 1, 9)}/{_n(rng, 1, 9)}")
    )
    area = (
        rng.choice(("Taman", "Bandar", "Kampung", "Taman", "Desa", "Bukit"))
        + " "
        + rng.choice(_MY_WORDS)
    )
    city = f"{rng.randint(10000, 98999)} {rng.choice(_MY_PLACES)}"
    if rng.random() < 0.6:
        city += ", " + rng.choice(_MY_STATES)
    lines = [line1, area, city] if rng.random() < 0.6 else [line1, city]
    return lines


_SA_CITIES = (
    "الرياض",
    "جدة",
    "الدمام",
    "مكة المكرمة",
    "الخبر",
    "الطائف",
    "تبوك",
    "أبها",
    "بريدة",
    "حائل",
    "نجران",
    "الأحساء",
)
_SA_CITIES_LATIN = (
    "Riyadh",
    "Jeddah",
    "Dammam",
    "Makkah",
    "Khobar",
    "Taif",
    "Tabuk",
    "Abha",
    "Buraydah",
    "Hail",
)
_SA_DISTRICTS = (
    "النخيل",
    "الملز",
    "العليا",
    "السليمانية",
    "الياسمين",
    "الشاطئ",
    "النسيم",
    "الفيصلية",
    "المروج",
    "الصفا",
    "الربوة",
)


def _saudi(fake: Any, rng: random.Random) -> list[str]:
    if rng.random() < 0.25:  # English form
        line = (
            f"{rng.randint(1000, 9999)} {rng.choice(('King', 'Prince', 'Imam'))} {rng.choice(('Fahd', 'Abdullah', 'Saud', 'Faisal', 'Turki'))} "
            f"{rng.choice(('Road', 'St', 'Street'))}, {rng.choice(('Al Nakheel', 'Al Malaz', 'Al Sulimaniyah', 'Al Safa'))}, "
            f"{rng.choice(_SA_CITIES_LATIN)} {rng.randint(11000, 34999)} - {rng.randint(1000, 9999)}"
        )
        return [line]
    building, street = (
        str(rng.randint(1000, 9999)),
        f"{rng.choice(('شارع', 'طريق', 'شارع'))} {fake.last_name()}",
    )
    district = f"حي {rng.choice(_SA_DISTRICTS)}"
    city = f"{rng.choice(_SA_CITIES)} {rng.randint(11000, 34999)} - {rng.randint(1000, 9999)}"
    if rng.random() < 0.4:
        building, city = building.translate(_ARABIC_DIGITS), city.translate(_ARABIC_DIGITS)
    if rng.random() < 0.5:
        return [f"{building} {street}، {district}، {city}"]
    return [f"{building} {street}، {district}", city]


_IR_CITIES = (
    "تهران",
    "مشهد",
    "اصفهان",
    "تبریز",
    "کرج",
    "قم",
    "اهواز",
    "کرمانشاه",
    "رشت",
    "یزد",
    "همدان",
    "کرمان",
    "اراک",
    "ارومیه",
    "زنجان",
    "ساری",
    "قزوین",
)
_IR_NAMES = (
    "گلستان",
    "شقایق",
    "سعدی",
    "حافظ",
    "آزادی",
    "انقلاب",
    "مطهری",
    "شریعتی",
    "بهشتی",
    "طالقانی",
    "جمهوری",
    "پاسداران",
    "ستارخان",
    "مولوی",
    "کارگر",
    "دماوند",
    "نیلوفر",
    "صنوبر",
    "اقاقیا",
)


def _iran(fake: Any, rng: random.Random) -> list[str]:
    def name() -> str:
        return rng.choice(_IR_NAMES) if rng.random() < 0.6 else str(fake.last_name())

    parts = [rng.choice(_IR_CITIES)] if rng.random() < 0.8 else []
    parts.append(f"{rng.choice(('خیابان', 'خیابان', 'بلوار', 'میدان'))} {name()}")
    if rng.random() < 0.7:
        parts.append(f"{rng.choice(('کوچه', 'کوچه', 'بن بست', 'بن‌بست'))} {name()}")
    parts.append(f"پلاک {_n(rng)}")
    if rng.random() < 0.6:
        parts.append(f"{rng.choice(('واحد', 'طبقه'))} {_n(rng, 1, 30)}")
    if rng.random() < 0.5:
        parts.append(f"کد پستی {rng.randint(10**9, 10**10 - 1)}")
    sep = rng.choice(("، ", "، ", " - ", " "))
    line = sep.join(parts)
    return [line.translate(_PERSIAN_DIGITS) if rng.random() < 0.5 else line]


def _korea(fake: Any, rng: random.Random) -> list[str]:
    base = str(fake.address()).replace("\n", " ")
    post = f"({rng.randint(1000, 63999):05d})"
    r = rng.random()
    if r < 0.35:
        return [post, base]
    if r < 0.6:
        return [f"{base}, {_n(rng, 101, 2505)}호 {post}"]
    return [base]


_LT_CITIES = (
    "Vilnius",
    "Kaunas",
    "Klaipėda",
    "Šiauliai",
    "Panevėžys",
    "Alytus",
    "Marijampolė",
    "Mažeikiai",
    "Jonava",
    "Utena",
    "Kėdainiai",
    "Telšiai",
    "Tauragė",
)


def _lt_genitive(word: str) -> str:
    for end, gen in (
        ("as", "o"),
        ("is", "io"),
        ("ys", "io"),
        ("us", "aus"),
        ("ė", "ės"),
        ("a", "os"),
    ):
        if word.endswith(end):
            return word[: -len(end)] + gen
    return word


def _lithuania(fake: Any, rng: random.Random) -> list[str]:
    street = f"{_lt_genitive(_street_word(fake, rng))} {rng.choice(('g.', 'g.', 'g.', 'gatvė', 'pr.', 'al.', 'pl.', 'skg.'))}"
    num = f"{_n(rng, 1, 150)}" + rng.choice(("", f"-{_n(rng, 1, 90)}", "A", f"-{_n(rng, 1, 40)}"))
    city = f"{rng.choice(('LT-', 'LT-', ''))}{rng.randint(10000, 99999)} {rng.choice(_LT_CITIES)}"
    if rng.random() < 0.5:
        return [f"{street} {num}, {city}"]
    return [f"{street} {num}", city]


_TR_PLACES = (
    "Üsküdar/İstanbul",
    "Keçiören/Ankara",
    "Karşıyaka/İzmir",
    "Osmangazi/Bursa",
    "Seyhan/Adana",
    "Muratpaşa/Antalya",
    "Selçuklu/Konya",
    "Tepebaşı/Eskişehir",
    "Atakum/Samsun",
    "Pamukkale/Denizli",
    "Şahinbey/Gaziantep",
    "Ortahisar/Trabzon",
)
_TR_WORDS = (
    "Atatürk",
    "Cumhuriyet",
    "İstiklal",
    "Gazi",
    "Mimar Sinan",
    "Barış",
    "Gül",
    "Menekşe",
    "Zafer",
    "Yıldız",
    "Papatya",
    "Kıbrıs",
)


def _turkey(fake: Any, rng: random.Random) -> list[str]:
    def word() -> str:
        return rng.choice(_TR_WORDS) if rng.random() < 0.5 else _street_word(fake, rng)

    parts = []
    if rng.random() < 0.6:
        parts.append(f"{word()} {rng.choice(('Mah.', 'Mahallesi', 'Mh.'))}")
    parts.append(
        f"{word()} {rng.choice(('Cad.', 'Caddesi', 'Sok.', 'Sk.', 'Sokak', 'Blv.', 'Bulvarı'))}"
    )
    door = f"No:{_n(rng)}" + rng.choice(
        ("", f" D:{_n(rng, 1, 40)}", f"/{_n(rng, 1, 20)}", f" Daire {_n(rng, 1, 30)}")
    )
    line1 = " ".join(parts) + " " + door
    city = f"{rng.randint(1000, 81999):05d} {rng.choice(_TR_PLACES)}"
    return [f"{line1}, {city}"] if rng.random() < 0.5 else [line1, city]


_BG_CITIES = (
    "София",
    "Пловдив",
    "Варна",
    "Бургас",
    "Русе",
    "Стара Загора",
    "Плевен",
    "Сливен",
    "Добрич",
    "Шумен",
    "Перник",
    "Хасково",
    "Благоевград",
    "Габрово",
    "Ямбол",
)
_BG_WORDS = (
    "Васил Левски",
    "Христо Ботев",
    "Цар Симеон",
    "Александър Стамболийски",
    "Витоша",
    "Оборище",
    "Дондуков",
    "Патриарх Евтимий",
    "Хан Аспарух",
    "Княз Борис I",
)


def _bulgaria(fake: Any, rng: random.Random) -> list[str]:
    name = (
        rng.choice(_BG_WORDS) if rng.random() < 0.5 else f"{fake.first_name()} {fake.last_name()}"
    )
    if rng.random() < 0.2:
        line1 = f"ж.к. {rng.choice(('Младост', 'Люлин', 'Дружба', 'Тракия', 'Изгрев'))} {_n(rng, 1, 5)}, бл. {_n(rng, 1, 400)}, вх. {rng.choice('АБВГ')}, ет. {_n(rng, 1, 15)}, ап. {_n(rng, 1, 90)}"
    else:
        q = rng.choice((("„", "“"), ('"', '"'), ("", "")))
        line1 = f"{rng.choice(('ул.', 'ул.', 'бул.', 'пл.'))} {q[0]}{name}{q[1]} {rng.choice(('№ ', '№', 'No ', ''))}{_n(rng)}"
    code, city = rng.randint(1000, 9999), rng.choice(_BG_CITIES)
    line2 = rng.choice((f"гр. {city} {code}", f"{code} {city}", f"{city} {code}", f"гр. {city}"))
    return [f"{line1}, {line2}"] if rng.random() < 0.4 else [line1, line2]


def _colombia(fake: Any, rng: random.Random) -> list[str]:
    kind = rng.choice(
        (
            "Calle",
            "Cl.",
            "Carrera",
            "Cra.",
            "Kr.",
            "Avenida",
            "Av.",
            "Diagonal",
            "Transversal",
            "Tv.",
        )
    )
    line = f"{kind} {_n(rng, 1, 180)}{rng.choice(('', '', 'A', 'B', 'C', ' Bis'))} {rng.choice(('#', 'No.', 'N°', '#'))} {_n(rng, 1, 120)}-{_n(rng, 1, 99)}"
    if rng.random() < 0.4:
        line += f", {rng.choice(('Apto', 'Apto.', 'Apartamento', 'Casa', 'Int.', 'Of.'))} {_n(rng, 101, 1504)}"
    city = str(fake.city())
    return [f"{line}, {city}"] if rng.random() < 0.6 else [line, city]


_IN_CITIES = (
    "Bengaluru",
    "Hyderabad",
    "Pune",
    "Chennai",
    "Kolkata",
    "Lucknow",
    "Jaipur",
    "Indore",
    "Bhopal",
    "Nagpur",
    "Surat",
    "Vadodara",
    "Coimbatore",
    "Mysuru",
    "Gurugram",
    "Noida",
    "Thane",
    "Kochi",
)


def _india(fake: Any, rng: random.Random) -> list[str]:
    r = rng.random()
    if r < 0.3:
        line1 = f"#{_n(rng, 1, 999)}, {_n(rng, 1, 20)}th {rng.choice(('Cross', 'Main'))}, {fake.last_name()} {rng.choice(('Nagar', 'Layout', 'Colony'))}"
    elif r < 0.55:
        line1 = f"Flat {_n(rng, 1, 20)}{rng.choice('ABCD')}, {fake.last_name()} {rng.choice(('Apartments', 'Residency', 'Towers', 'Enclave'))}"
    elif r < 0.75:
        line1 = f"{rng.choice(('Plot No.', 'House No.', 'H.No.', ''))} {_n(rng)}, Sector {_n(rng, 1, 120)}".strip()
    else:
        line1 = f"{_n(rng)}, {fake.last_name()} {rng.choice(('Road', 'Marg', 'Street', 'Lane'))}"
    pin = rng.randint(110001, 855999)
    pin_s = rng.choice((str(pin), f"{str(pin)[:3]} {str(pin)[3:]}"))
    city = rng.choice(
        (
            f"{rng.choice(_IN_CITIES)} - {pin_s}",
            f"{rng.choice(_IN_CITIES)} {pin_s}",
            f"{rng.choice(_IN_CITIES)}, {fake.state()} {pin_s}",
        )
    )
    return [f"{line1}, {city}"] if rng.random() < 0.4 else [line1, city]


def _croatia(fake: Any, rng: random.Random) -> list[str]:
    word = _street_word(fake, rng)
    r = rng.random()
    if r < 0.3:
        line1 = f"Ulica {word}a {_n(rng)}"
    elif r < 0.5:
        line1 = f"{rng.choice(('Trg', 'Avenija', 'Put', 'Obala'))} {word} {_n(rng)}"
    else:
        line1 = f"{word}{rng.choice(('ova', 'eva', 'ina', 'ska'))} {rng.choice(('ulica', 'ul.', 'cesta'))} {_n(rng)}"
    line1 += rng.choice(("", "", "a", "/II", "/3", "b"))
    city = f"{rng.choice(('', 'HR-'))}{rng.randint(10000, 53999)} {fake.city()}"
    return [f"{line1}, {city}"] if rng.random() < 0.4 else [line1, city]


_COUNTRY_ADDRESS = {
    "ms_MY": _malaysia, "ar_SA": _saudi, "fa_IR": _iran, "ko_KR": _korea, "lt_LT": _lithuania,
    "tr_TR": _turkey, "bg_BG": _bulgaria, "es_CO": _colombia, "en_IN": _india, "hr_HR": _croatia,
}  # fmt: skip


# Faker has no address provider for these (it falls back to US addresses): always local.
NO_FAKER_ADDRESS = frozenset({"ms_MY", "ar_SA", "lt_LT", "tr_TR", "bg_BG"})
_CITIES = {
    "ms_MY": _MY_PLACES, "ar_SA": _SA_CITIES, "lt_LT": _LT_CITIES, "bg_BG": _BG_CITIES,
    "tr_TR": tuple(x.split("/")[1] for x in _TR_PLACES) + tuple(x.split("/")[0] for x in _TR_PLACES),
}  # fmt: skip


def local_city(fake: Any, rng: random.Random, locale: str) -> str:
    """A city of the locale's country (Faker's where it has them)."""
    cities = _CITIES.get(locale)
    return rng.choice(cities) if cities else str(fake.city())


def local_address(fake: Any, rng: random.Random, locale: str) -> list[str] | None:
    """An address of `locale`'s country as its lines, or None (no local form here)."""
    build = _COUNTRY_ADDRESS.get(locale)
    if build is None:
        return None
    try:
        return [x for x in build(fake, rng) if x.strip()]
    except (AttributeError, ValueError, IndexError):
        return None
