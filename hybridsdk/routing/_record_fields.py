"""Names and addresses read from a record's own structure (docs/privacy_tagger.md, "Span rules,
third pass"), where the layout says what a field holds whatever the tagger saw:

- a vCard: the parts of `N:` and the value of `FN:` are names; an `ADR:` value is one
  address from its first to its last non-empty part before the country; names the
  tagger saw in `ORG:`, `ADR:`, `TITLE:`, `TEL:` or `EMAIL:` are none;
- a table (tab-separated, or `;`/`,` with a header): a column whose header cell is a
  name's label in any of 40+ languages ("Name", "Nom", "姓名", "Ad Soyad") holds names
  in every row where the cell has a name's shape; names the tagger saw in the header row
  are labels;
- an airline's passenger name (`FAMILY/GIVEN MR`) before its title.
- a role's label ("Treasurer:", "ผู้ปกครอง:", "Guarantors:") before names (`_role_labels`);
- a bank statement's export: the account holder and the counterparties in the narrations,
  and no other name in a narration or the table's header (`_bank_narrations`).

Every look is bounded: the vCard lines and the table's rows are read once per text.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import bisect
import re
import unicodedata
from itertools import pairwise

from hybridsdk.routing._bank_narrations import statement_names
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._gedcom_fields import gedcom_fields
from hybridsdk.routing._glued_titles import glued_title
from hybridsdk.routing._honorifics import strip_suffix, strip_title
from hybridsdk.routing._role_labels import role_names
from hybridsdk.routing._script_letters import MARKS
from hybridsdk.routing._structure import value_kind

__all__ = ["Records", "apply_records"]

Span = tuple[int, int]

_VCARD_LINE_RE = re.compile(r"^(N|FN|ADR|ORG|TITLE|TEL|EMAIL)(?:;[^:\n]*)?:([^\n]*)$", re.M)
_NO_NAME_PROPS = frozenset({"ORG", "ADR", "TITLE", "TEL", "EMAIL"})

# Header cells of a name column, case-folded, in many languages (the whole cell).
_HEADER_TEXT = (
    "name|full name|fullname|full_name|names|name and surname|customer name|"
    "client name|patient name|guest name|employee name|student name|contact name|"
    "passenger name|given name|first name|surname|last name|family name|"
    "nom|nom complet|nom et prénom|prénom et nom|nom, prénom|prénom|nom de famille|"
    "nombre|nombre completo|nombre y apellido|nombre y apellidos|apellidos y nombre|"
    "apellido|apellidos|nome|nome completo|nome e cognome|cognome e nome|cognome|"
    "apelido|vollständiger name|vor- und nachname|vorname|nachname|"
    "naam|volledige naam|voor- en achternaam|voornaam|achternaam|"
    "imię i nazwisko|imie i nazwisko|nazwisko i imię|imię|nazwisko|"
    "jméno|jméno a příjmení|příjmení|meno|meno a priezvisko|priezvisko|"
    "ime|ime i prezime|prezime|ime in priimek|priimek|име|име и фамилия|"
    "име и презиме|фамилия|имя|фамилия имя|фио|ф.и.о.|піб|ім'я|прізвище|"
    "vardas|vardas pavardė|vardas, pavardė|pavardė|vārds|vārds uzvārds|uzvārds|"
    "nimi|etunimi|sukunimi|namn|förnamn|efternamn|navn|fulde navn|fullt navn|"
    "fornavn|etternavn|efternavn|név|teljes név|nume|nume și prenume|prenume|"
    "ad soyad|ad ve soyad|adı soyadı|ad|soyad|soyadı|isim|isim soyisim|"
    "όνομα|ονοματεπώνυμο|επώνυμο|nama|nama penuh|nama lengkap|tên|họ tên|"
    "họ và tên|ชื่อ|ชื่อ-นามสกุล|นามสกุล|姓名|名前|氏名|お名前|성명|이름|名字|"
    "نام|نام و نام خانوادگی|نام خانوادگی|الاسم|الاسم الكامل|اسم|שם|שם מלא|"
    "नाम|पूरा नाम|"
    # plural and other first/last name headers (CRM exports): English, Romance, Nordic,
    # Baltic, Finnic, Caucasian, Turkic, Maltese, Bengali
    "first names|given names|forename|forenames|last names|surnames|middle name|"
    "nombres|nombre(s)|apellido(s)|primer nombre|sobrenome|apelidos|nome próprio|"
    "primeiro nome|último nome|prénoms|prenom|nom(s)|nomi|"
    "nafn|fullt nafn|fornafn|eftirnafn|kenninafn|eesnimi|perekonnanimi|ees- ja perekonnanimi|"
    "vardai|pavardės|სახელი|გვარი|სახელი და გვარი|სახელი, გვარი|adı|ad soyad|soyadı|"
    "аты|тегі|аты-жөні|отчество|имя и фамилия|фамилия и имя|isem|kunjom|isem u kunjom|"
    "নাম|পুরো নাম|ime i prezime|ime in priimek|"
    # Armenian, Mongolian, Belarusian, Uzbek, Swahili, Lao, Thai, Myanmar, Sinhala, Tamil,
    # Nepali, Urdu
    "անուն|անուն ազգանուն|ազգանուն|нэр|овог нэр|овог|імя|імя і прозвішча|прозвішча|"
    "ism|ism familiya|familiya|ism-sharif|f.i.sh.|фамилия исм|jina|jina kamili|majina|"
    "ຊື່|ຊື່ ແລະ ນາມສະກຸນ|ນາມສະກຸນ|ชื่อ-สกุล|ชื่อ สกุล|ชื่อและนามสกุล|ชื่อ-นามสกุล|"
    "အမည်|နာမည်|නම|සම්පූර්ණ නම|பெயர்|नाम थर|पुरा नाम|پورا نام|"
    # a parent's, a spouse's, a former name: forms and clearance certificates
    "father's name|mother's name|fathers name|mothers name|maiden name|former name|"
    "previous name|spouse's name|spouse name|patient's name|ชื่อบิดา|ชื่อมารดา|ชื่อเดิม|"
    "ชื่อคู่สมรส|ชื่อผู้ป่วย|ชื่อสกุลเดิม|ຊື່ພໍ່|ຊື່ແມ່|လူနာအမည်|ဖခင်အမည်|မိခင်အမည်|"
    "հայրանուն|նախկին ազգանուն|հոր անունը|մոր անունը|эцгийн нэр|эхийн нэр|"
    "पिताको नाम|आमाको नाम|पतिको नाम|والد کا نام|ولدیت|شوہر کا نام"
)
_NAME_HEADERS = frozenset(_HEADER_TEXT.split("|"))
_NAME_HEADERS = frozenset(
    w.casefold() for w in _NAME_HEADERS
)  # final sigma: casefold, as looked up
# Header cells of a table's column of people named by their role (a passenger list, a
# ride log, a guest book); as a label ("Client: ..."), its value is a name only when it
# has no company's legal form.
_ROLE_TEXT = (
    "passenger|passengers|customer|client|guest|patient|member|member name|sender name|"
    "pasajero|cliente|huésped|passageiro|passager|zákazník|cestujúci|mteja|abiria|"
    "ուղևոր|հաճախորդ|зорчигч|хүлээн авагч|үйлчлүүлэгч|ผู้โดยสาร|ลูกค้า|ခရီးသည်|"
    "ဖောက်သည်|यात्रु|ग्राहक|ຜູ້ໂດຍສານ|ລູກຄ້າ|මගියා|ගනුදෙනුකරු|مسافر|گاہک"
)
_ROLE_HEADERS = frozenset(_ROLE_TEXT.split("|"))


def _role_header(label: str, text: str, at: int, size: int) -> bool:
    """A role's label ("Patient:", "Customer:") whose value is no company's name
    ("Client: Nordlys Holding ASA")."""
    if label.strip().strip("*#").strip().casefold() not in _ROLE_HEADERS:
        return False
    from hybridsdk.routing._person_shapes import company

    return not company(text, at, at + size)


# Marks count as letters: a Thai, Sinhala or Myanmar name has vowels and tones as marks.
_NAME_CELL_RE = re.compile(
    rf"[^\W\d_][\w{MARKS}.'’ /-]{{0,58}}(?:[^\W\d_.]|[{MARKS}])\.?|[^\W\d_][{MARKS}]*"
)


def _name_header(cell: str) -> bool:
    c = cell.strip().strip("*#:`'\"").strip().casefold()
    return c in _NAME_HEADERS or c.replace("_", " ").replace("-", " ") in _NAME_HEADERS


# An airline's passenger name: FAMILY/GIVEN (more given names may follow) and a title.
_IATA_RE = re.compile(
    r"(?<![\w/])([^\W\d_a-z][^\W\d_a-z'’ -]{0,30}/[^\W\d_a-z][^\W\d_a-z'’-]{0,30}"
    r"(?: [^\W\d_a-z][^\W\d_a-z'’-]{1,30})?)(?= +(?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)\b)"
)


_INPUT_RE = re.compile(
    r"<input\b[^<>]{0,200}?\bname=\"(full_?name|first_?name|last_?name|given_?name|"
    r"family_?name|surname|fname|lname|name)\"[^<>]{0,200}?\bvalue=\"([^\"<>\n]{1,60})\"",
    re.I,
)
_DT_RE = re.compile(r"<dt>([^<>\n]{1,40})</dt>\s{0,20}<dd>([^<>\n]{1,60})</dd>", re.I)
# A line's label and its value: "Surname: ...", "Given name(s)<tab>...", "Nom ___ ..."
_LABELLED_RE = re.compile(
    r"^[ \t]*([^\n:：\t_]{1,40}?)[ \t]*(?:[:：]|\t|[ \t]_{2,}|[ \t]\.{3,})[ \t._]*"
    r"([^\n:：\t]{1,60})$",
    re.M,
)
# A form's item number before its label ("2. ", "b) ", "12 - ").
_ENUM_RE = re.compile(r"^[ \t]*(?:\d{1,2}|[a-zA-Z])(?:[.)]|[ \t]-)[ \t]*")
_FIRST_LINE_RE = re.compile(r"\s{0,20}([^\n]{3,60})\n")
_EMAIL_RE = re.compile(r"([\w.+-]{3,64})@")


# Labels of an address field (the whole label, case-folded).
_ADDRESS_LABELS = frozenset(
    [
        "address",
        "home address",
        "postal address",
        "residential address",
        "mailing address",
        "adresse",
        "adresse postale",
        "adres",
        "adres zamieszkania",
        "adresa",
        "adresas",
        "adrese",
        "adress",
        "address line",
        "cím",
        "lakcím",
        "dirección",
        "direccion",
        "domicilio",
        "endereço",
        "morada",
        "indirizzo",
        "anschrift",
        "wohnadresse",
        "адрес",
        "адреса",
        "адрес за кореспонденция",
        "διεύθυνση",
        "alamat",
        "địa chỉ",
        "ที่อยู่",
        "주소",
        "地址",
        "住址",
        "住所",
        "通訊地址",
        "收件地址",
        "العنوان",
        "عنوان",
        "نشانی",
        "آدرس",
        "כתובת",
        "पता",
    ]
)
_ADDRESS_LABELS = frozenset(
    w.casefold() for w in _ADDRESS_LABELS
)  # final sigma: casefold, as looked up
_DIGIT_RE = re.compile(r"\d")


# Header cells of a column of places (a city, a region, an address), case-folded.
_PLACE_TEXT = (
    "city|town|address|region|state|province|country|suburb|district|location|"
    "ciudad|comuna|provincia|dirección|direccion|ville|commune|adresse|città|indirizzo|"
    "cidade|município|morada|endereço|stadt|ort|wohnort|plaats|woonplaats|miasto|adres|"
    "mesto|město|grad|kraj|linn|aadress|borg|bær|heimilisfang|staður|kaupunki|osoite|"
    "şəhər|ünvan|şehir|город|адрес|қала|мекенжай|ქალაქი|მისამართი|belt|indirizz|"
    "শহর|ঠিকানা|জেলা|naslov|kraj bivanja"
)
_PLACE_HEADERS = frozenset(_PLACE_TEXT.split("|"))


# Header cells of a column whose cells are addresses when they have an address's shape
# (`_address_value`: a number among letters): an address column, and a trip's ends in a
# ride log or a passenger list ("Pickup | Drop", "Desde | Hasta", "จุดรับ | จุดส่ง").
_ROUTE_TEXT = (
    "address|home address|street address|dirección|direccion|domicilio|adresse|endereço|"
    "morada|indirizzo|anschrift|adres|adresa|адрес|адреса|хаяг|հասցե|ที่อยู่|ທີ່ຢູ່|လိပ်စာ|"
    "ලිපිනය|ठेगाना|پتہ|manzil|anwani|pickup|pick-up|pick up|drop|drop-off|dropoff|"
    "from|to|origin|destination|desde|hasta|origen|destino|de|para|départ|arrivée|"
    "odkiaľ|kam|kutoka|kwenda|որտեղից|ուր|хаанаас|хаашаа|จุดรับ|จุดส่ง|စတင်နေရာ|"
    "ဆိုက်ရောက်နေရာ|कहाँबाट|कहाँसम्म|board at|boarding|sube en|ขึ้นที่|qayerdan|qayerga"
)
_ROUTE_HEADERS = frozenset(_ROUTE_TEXT.split("|"))


def _route_header(cell: str) -> bool:
    c = cell.strip().strip("*#:`'\"").strip().casefold()
    return c in _ROUTE_HEADERS or c.replace("_", " ") in _ROUTE_HEADERS


def _place_header(cell: str) -> bool:
    c = cell.strip().strip("*#:`'\"").strip().casefold()
    return c in _PLACE_HEADERS or c.replace("_", " ") in _PLACE_HEADERS


def _address_label(label: str) -> bool:
    return label.strip().strip("*#").strip().casefold() in _ADDRESS_LABELS


def _address_value(value: str) -> bool:
    """A value with an address's shape: letters and a number, no e-mail, URL or phone."""
    v = value.strip()
    return (
        8 <= len(v) <= 100
        and _DIGIT_RE.search(v) is not None
        and any(c.isalpha() for c in v)
        and not any(c in v for c in "@=<>")
        and "://" not in v
        and not re.fullmatch(r"[+\d\s().-]+", v)
    )


def _local_words(text: str) -> frozenset[str]:
    """The words of the text's e-mail local parts, case-folded: "jean-luc.picard_2@" gives
    jean, luc, jeanluc and picard (a name's word matches a whole one: "li" is not "lina")."""
    words: set[str] = set()
    for e in _EMAIL_RE.finditer(text):
        for part in re.split(r"[^\w-]|[\d_]", e.group(1).casefold()):
            words.add(part.replace("-", ""))
            words.update(part.split("-"))
    words.discard("")
    return frozenset(words)


def _fold(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    )


def _capitalised(value: str) -> bool:
    """Every word starts with a capital, or the script has none."""
    return all(
        w[0].isupper() or w[0].lower() == w[0].upper() for w in value.split() if w[0].isalpha()
    ) and all(w[0].isalpha() for w in value.split())


def _name_cell(value: str) -> bool:
    v = value.strip()
    if not v or len(v) > 60 or "@" in v or any(c.isdigit() for c in v):
        return False
    if not _NAME_CELL_RE.fullmatch(v):
        return False
    return 1 <= len(v.split()) <= 6


def _org_card(text: str, fn: str) -> bool:
    """A vCard's `FN` that repeats its `ORG`: an organisation's card (RFC 6350 6.2.1)."""
    return any(
        m.group(1) == "ORG" and m.group(2).rstrip("\r").split(";")[0].strip() == fn.strip()
        for m in _VCARD_LINE_RE.finditer(text)
    )


class Records:
    """The fields of one text that its layout names as names or addresses.

    Args:
        text: the scanned text.
    """

    def __init__(self, text: str) -> None:
        self.names: list[Span] = []
        # a GEDCOM line's name field is the whole name, never cut at a title: "Haji" or
        # "Bey" alone in a `SURN` line is the surname
        self.exact_names: list[Span] = []
        self.addresses: list[Span] = []
        self.no_names: list[Span] = []  # fields where a found name is none
        self._locals: frozenset[str] | None = None  # words of the e-mail local parts
        if "VCARD" in text:
            self._vcard(text)
        if "\t" in text or "\n" in text:
            self._table(text)
        if "/" in text:
            for m in _IATA_RE.finditer(text):
                self.names.append(m.span(1))
        if "<" in text:
            self._markup(text)
        if ":" in text or "：" in text or "\t" in text:
            self._labelled(text)
            self.names += role_names(text)
        if "@" in text:
            self._header_name(text)
        if "\n" in text:
            names, no_names = statement_names(text)
            self.names += names
            self.no_names += no_names
            names, addresses, no_names = gedcom_fields(text)
            self.exact_names += names
            self.addresses += addresses
            self.no_names += no_names

    def _markup(self, text: str) -> None:
        for m in _INPUT_RE.finditer(text):
            value = m.group(2)
            if _name_cell(value) and _capitalised(value):
                self.names.append(m.span(2))
        for m in _DT_RE.finditer(text):
            if _name_header(m.group(1)) and _name_cell(m.group(2)) and _capitalised(m.group(2)):
                self.names.append(m.span(2))
            elif _address_label(m.group(1)) and _address_value(m.group(2)):
                self.addresses.append(m.span(2))

    def _labelled(self, text: str) -> None:
        for m in _LABELLED_RE.finditer(text):
            label = _ENUM_RE.sub("", m.group(1).replace("(s)", "")).strip()
            value = m.group(2).rstrip()
            if _name_header(label) or "/" in label:
                self.no_names.append(m.span(1))  # the label itself is no name
            if "/" in label and value.count("/") == label.count("/"):
                self._slashed(label, value, m.start(2))
            elif (
                (_name_header(label) or _role_header(label, text, m.start(2), len(value)))
                and _name_cell(value)
                and (_capitalised(value) or self._mailed(text, value))
            ):
                cut = glued_title(value)  # "ชื่อ: นายทองสุข ศรีวงศ์"
                self.names.append((m.start(2) + cut, m.start(2) + len(value)))
            elif _address_label(label) and _address_value(value):
                self.addresses.append((m.start(2), m.start(2) + len(value)))

    def _mailed(self, text: str, value: str) -> bool:
        """A name typed in lower case ("name: kagiso molefe") whose words are all in an
        e-mail's local part of the text ("kagiso.molefe@..."): a lower-case value under a
        name label is as often a config key ("name: build and test") without one."""
        if "@" not in text:
            return False
        if self._locals is None:
            self._locals = _local_words(text)
        words = [_fold(w).replace("-", "") for w in value.split()]
        if len(words) < 2 or not all(len(w) >= 2 and w.isalpha() for w in words):
            return False
        # Each word is a whole word of a local part, alone or run together with its
        # neighbours ("maria jose" in "mariajose.quispe@").
        covered = [False] * len(words)
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if "".join(words[i:j]) in self._locals:
                    covered[i:j] = [True] * (j - i)
        return all(covered)

    def _slashed(self, label: str, value: str, at: int) -> None:
        """`Surname/Given names: DOE/JANE`: each part under a name label is a name."""
        parts = value.split("/")
        if not all(_name_header(p) for p in label.split("/")):
            return
        for part in parts:
            s, e = _strip(part, 0, len(part))
            if e > s and _name_cell(part[s:e]) and _capitalised(part[s:e]):
                self.names.append((at + s, at + e))
            at += len(part) + 1

    def _header_name(self, text: str) -> None:
        """A document's first line, a name's shape, one of whose words is a whole word of
        an e-mail's local part in the text ("ANA MOTA" over "a.mota@...", "anamota@" or
        "amota@"): a CV's or letter's header. A word inside a longer one is no match
        ("ANA" in "banana@", "MAIN STREET" over "maintenance@")."""
        m = _FIRST_LINE_RE.match(text)
        if m is None:
            return
        value = m.group(1)
        if not _name_cell(value) or not 2 <= len(value.split()) <= 4 or not _capitalised(value):
            return
        locals_ = _local_words(text[:3000])
        folded = [_fold(w).replace("-", "") for w in value.split()]
        if any(len(w) >= 3 and w in locals_ for w in folded) or any(
            len(b) >= 3 and (a + b in locals_ or a[:1] + b in locals_) for a, b in pairwise(folded)
        ):
            self.names.append(m.span(1))

    def _vcard(self, text: str) -> None:
        for m in _VCARD_LINE_RE.finditer(text):
            prop, value = m.group(1), m.group(2).rstrip("\r")
            at = m.start(2)
            if prop in _NO_NAME_PROPS:
                self.no_names.append((at, at + len(value)))
            if prop == "FN" and not _org_card(text, value):
                s, e = _strip(value, 0, len(value))
                if e > s:
                    self.names.append((at + s, at + e))
            elif prop == "N":
                pos = 0
                for part in value.split(";")[:3]:
                    s, e = _strip(part, 0, len(part))
                    if e > s:
                        self.names.append((at + pos + s, at + pos + e))
                    pos += len(part) + 1
            elif prop == "ADR":
                parts = value.split(";")
                if len(parts) < 7 and sum(1 for p in parts if p.strip()) >= 2:
                    last = max(i for i, p in enumerate(parts) if p.strip())
                    if not any(c.isdigit() for c in parts[last]):
                        parts = parts[:last]  # the country, last of a short ADR
                spans = []
                pos = 0
                for part in parts[:6]:
                    s, e = _strip(part, 0, len(part))
                    if e > s:
                        spans.append((at + pos + s, at + pos + e))
                    pos += len(part) + 1
                if spans and any(c.isdigit() for c in text[spans[0][0] : spans[-1][1]]):
                    self.addresses.append((spans[0][0], spans[-1][1]))

    def _table(self, text: str) -> None:
        # Every table of the text, each under its own header (exports pasted one after
        # another, a log of several CSV dumps); each line is read once.
        lines = _lines(text, _MAX_LINES)
        i = 0
        while i < len(lines) - 1:
            ls, le = lines[i]
            i += 1
            head = text[ls:le]
            d = _delim(head)
            if not d:
                continue
            cells = head.split(d)
            cols = [
                j
                for j, c in enumerate(cells)
                if _name_header(c) or c.strip().strip("*#:").strip().casefold() in _ROLE_HEADERS
            ]
            if not cols or _key_value_rows(text, lines, i - 1, d):
                continue
            self.no_names.append((ls, le))
            places = [j for j, c in enumerate(cells) if _place_header(c)]
            routes = [j for j, c in enumerate(cells) if _route_header(c)]
            while i < len(lines):
                rs, re_ = lines[i]
                row = _cells(text, rs, re_, d)
                if len(row) != len(cells):
                    if text[rs:re_].strip():
                        break
                    i += 1
                    continue
                if any(_name_header(text[a:b]) for a, b in row):
                    break  # the next table's header
                i += 1
                self.no_names += [row[j] for j in places]
                for col in routes:
                    s, e = _strip(text, *row[col])
                    # three words at least: "7-11 (shop)" or "Gate 2" is a landmark
                    if _address_value(text[s:e]) and len(re.split(r"[\s,،]+", text[s:e])) >= 3:
                        self.addresses.append((s, e))
                for col in cols:
                    cs, ce = row[col]
                    s, e = _strip(text, cs, ce)
                    if e > s and _name_cell(text[s:e]):
                        self.names.append((s, e))


_MAX_LINES = 400  # lines read for tables: a long paste costs at most this many


def _key_value_rows(text: str, lines: list[Span], i: int, d: str) -> bool:
    """Line `i` and the next are a form's key and value pairs (`| Name | Ana Ruiz |`, then
    `| Phone | ... |`, `| Email | ... |`), no table's header: two cells a row, and the
    second cells hold values of three kinds or more (`_structure.value_kind`)."""
    kinds = set()
    for ls, le in lines[i : i + 8]:
        row = [c for c in text[ls:le].split(d) if c.strip()]
        if len(row) != 2:
            break
        kinds.add(value_kind(row[1].strip()))
    return len(kinds) >= 3


def _cells(text: str, start: int, end: int, d: str) -> list[Span]:
    """A row's cells split on `d`, a double-quoted cell holding `d` kept whole."""
    out: list[Span] = []
    at = start
    while True:
        if text.startswith('"', at):
            close = text.find('"', at + 1, end)
            nxt = text.find(d, close + 1 if close >= 0 else at, end)
        else:
            nxt = text.find(d, at, end)
        if nxt < 0:
            out.append((at, end))
            return out
        out.append((at, nxt))
        at = nxt + 1


def _delim(line: str) -> str:
    for d in "\t;,|":
        if line.count(d) >= 2 and all(len(c) <= 40 for c in line.split(d)):
            return d
    return ""


def _lines(text: str, most: int) -> list[Span]:
    out: list[Span] = []
    at = 0
    while len(out) < most and at <= len(text):
        nl = text.find("\n", at)
        end = nl if nl >= 0 else len(text)
        out.append((at, end))
        if nl < 0:
            break
        at = nl + 1
    return out


def _strip(value: str, s: int, e: int) -> Span:
    while s < e and (value[s].isspace() or value[s] in "\"'"):
        s += 1
    while e > s and (value[e - 1].isspace() or value[e - 1] in "\"',;"):
        e -= 1
    return s, e


def _overlaps(spans: list[Span], s: int, e: int) -> bool:
    """Some span of `spans` (sorted) overlaps [s, e): the last few that start before `e`
    are checked (exact for the disjoint fields of a record, bounded for any)."""
    i = bisect.bisect_left(spans, (e, -1))
    return any(b > s for _, b in spans[max(0, i - 4) : i])


def _untitled(text: str, s: int, e: int) -> Span | None:
    """A field's name less a title before it ("Dr. ") or a suffix after it; None when
    nothing but titles."""
    value = text[s:e]
    cut = strip_title(value)
    if cut >= len(value):
        return None
    return s + cut, e - strip_suffix(value[cut:])


def _unmarked(text: str, s: int, e: int) -> Span:
    """An address field less a postal mark before it ("〒"; the convention leaves it out)."""
    while s < e - 1 and text[s] in "〒 \u3000":
        s += 1
    return s, e


def apply_records(
    text: str,
    addrs: list[Finding],
    people: list[Finding],
    blocked: list[Span],
    extra: list[Span] | None = None,
    extra_places: list[Span] | None = None,
) -> tuple[list[Finding], list[Finding]]:
    """The tagger's addresses and names with a record's fields put in their place.

    Args:
        text: the scanned text.
        addrs: the tagger's address findings (after the other rules).
        people: the tagger's person findings (after the other rules).
        blocked: spans of checked findings (phones, e-mails ...) no field may cover.
        extra: more name fields found by other layout rules (`_ledger_lines`, `_structure`).
        extra_places: more address fields (`_structure`).
    """
    rec = Records(text)
    if extra:
        rec.names.extend(extra)
    if extra_places:
        rec.addresses.extend(extra_places)
    if not (rec.names or rec.exact_names or rec.addresses or rec.no_names):
        return addrs, people
    names = [n for n in (_untitled(text, *s) for s in rec.names) if n is not None]
    names += rec.exact_names
    names = sorted({s for s in names if not _overlaps(blocked, *s)})
    places = sorted(
        {_unmarked(text, a, b) for a, b in rec.addresses}
    )  # an ADR value is an address whatever else was seen in it
    fields = sorted(names + places)
    no_names = sorted(rec.no_names)
    people = [
        p
        for p in people
        if not _overlaps(fields, p.start, p.end)
        and not (_overlaps(no_names, p.start, p.end) and not _overlaps(names, p.start, p.end))
    ]
    addrs = [a for a in addrs if not _overlaps(fields, a.start, a.end)]
    people += [Finding.from_span(PiiKind.PERSON, text, s, e, 0.9, "ner") for s, e in names]
    addrs += [Finding.from_span(PiiKind.ADDRESS, text, s, e, 0.9, "ner") for s, e in places]
    return addrs, people


def unseen_records(text: str, found: list[Finding]) -> list[Finding]:
    """`found` with a record's name and address fields added when the tagger saw no name
    and no address in `text` (the span rules, `apply_records` among them, run only on the
    tagger's findings): a table of Thai or Myanmar names the tagger reads as nothing. A
    field that overlaps a finding (a roster's name) is left to it.

    Args:
        text: the scanned text.
        found: the scanner's resolved findings (sorted, non-overlapping).
    """
    others = [(f.start, f.end) for f in found]
    addrs, people = apply_records(text, [], [], others)
    # an airline's FAMILY/GIVEN shape alone is too weak without a name the tagger saw
    # ("S/N SKU" on a spec sheet)
    people = [p for p in people if "/" not in text[p.start : p.end]]
    if not (addrs or people):
        return found
    return sorted(found + addrs + people, key=lambda f: (f.start, f.end))
