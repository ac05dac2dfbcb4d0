"""More structural marks on the tagger's names (docs/privacy_tagger.md, "Span rules, third
pass"), in any language:

- `patronymic`: a name joined to a father's name by "bin", "binti", "a/l", "a/p", "s/o",
  "d/o", "ibn", "bint" or Arabic "بن"/"بنت" is one name ("Aziz bin Omar"); the tagger
  often finds one side only;
- `chat_speaker`: a name inside a chat line's speaker field (after a time, before ">" or
  ":") covers the whole field ("09:12 Ravi Menon > ...");
- `technical`: no name has an underscore, stands after a dotted identifier's stop
  ("errors.TimeoutError"), holds a quote after a blank ("H 'Accept"), is an HTTP date's
  weekday ("Fri, 03 Jan"), a traceback's "File" before its quoted path, a log's subject
  after "...Exception:" or a Kubernetes `kind:`;
- `markup_label`: the text of a `<label>`, `<dt>`, `<th>` or `<legend>` element is a
  field's label, not a name;
- `nationality`: the value after a nationality or citizenship label is a country or a
  demonym, not a name;
- `kin_word`: a kinship or role word saved as a contact ("Mom", "Szef", "엄마") is no name;
- `company`: a name followed on its line by a company's legal form ("Ltd", "GmbH",
  "Sp. z o.o.", "A.Ş.") or made of one is a company;
- `word_list`: a span on a line that is a list of three or more single words
  ("Python, Go, SQL") is a skill list;
- `post_title`: a title after the name ("Bey", "Hanım") is taken off or, alone, dropped.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re

__all__ = [
    "chat_speaker",
    "company",
    "kin_word",
    "markup_label",
    "nationality",
    "patronymic",
    "place",
    "post_title",
    "postcode_before",
    "street_word",
    "technical",
    "timeline_line",
    "word_list",
]


def _ls(text: str, pos: int, reach: int) -> int:
    """Where the line of `pos` starts, or the reach's start when that is further back
    (a bounded look: a rule never reads back to a long line's start)."""
    lo = max(0, pos - reach)
    i = text.rfind("\n", lo, pos)
    return i + 1 if i >= 0 else lo


_WORD = r"[^\W\d_][\w'’-]*"
_CONNECTORS = r"(?:bin|binti|bt\.?|bte|a/l|a/p|s/o|d/o|ibn|bint|بن|بنت|ابن)"
_PATRO_AFTER_RE = re.compile(rf"[ \t]+{_CONNECTORS}[ \t]+({_WORD})")
_PATRO_BEFORE_RE = re.compile(rf"({_WORD})[ \t]+{_CONNECTORS}[ \t]+\Z")


def patronymic(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened over a patronymic's connector to the name on its other side."""
    m = _PATRO_AFTER_RE.match(text, end, min(len(text), end + 60))
    if m is not None and _caseless_or_capital(m.group(1)):
        end = m.end(1)
    lo = max(0, start - 60)
    m = _PATRO_BEFORE_RE.search(text, lo, start)
    if m is not None and _caseless_or_capital(m.group(1)):
        start = m.start(1)
    return start, end


def _caseless_or_capital(word: str) -> bool:
    ch = word[:1]
    return ch.isupper() or (ch.isalpha() and ch.lower() == ch.upper())


# A chat line's speaker field: a time (in brackets or not), then the speaker, then ">"
# or ":" ("14:02 Ana Silva > ...", "[14:02] Ana Silva: ...", "3/1/25, 14:02 - Ana: ...").
_SPEAKER_RE = re.compile(
    r"^[ \t]*\[?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?\]?"
    r"(?:[ \t]+-)?[ \t]+((?:[^\W\d_][\w'’.-]*[ \t]){0,3}[^\W\d_][\w'’-]*)[ \t]*(?:>|:[ \t])",
    re.M,
)


def chat_speaker(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to its chat line's speaker field when it lies inside one."""
    ls = _ls(text, start, 80)
    if start - ls > 80:
        return start, end
    m = _SPEAKER_RE.match(text, ls, min(len(text), ls + 160))
    if m is None or not (m.start(1) <= start and end <= m.end(1)):
        return start, end
    if not all(_caseless_or_capital(w) for w in m.group(1).split()):
        return start, end
    return m.span(1)


_WEEKDAYS = frozenset(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
_PATH_AFTER_RE = re.compile(r"""[ \t]+["'](?:/[\w.~-]|<\w|~/|\.{1,2}/|[A-Za-z]:\\)""")
_EXCEPTION_BEFORE_RE = re.compile(r"(?:Exception|Error|Warning):[ \t]*\Z")
_DOTTED_BEFORE_RE = re.compile(r"[A-Za-z_]\w*\.\Z")
_KIND_BEFORE_RE = re.compile(r"^[ \t]*kind:[ \t]*\Z", re.M)


def technical(text: str, start: int, end: int) -> bool:
    """Whether the person span is a token of code, a header or a log."""
    value = text[start:end]
    if "_" in value or " '" in value or ' "' in value:
        return True
    before = text[max(0, start - 40) : start]
    if _DOTTED_BEFORE_RE.search(before):
        return True
    if value in _WEEKDAYS and re.match(r", \d", text[end : end + 3]):
        return True
    if _PATH_AFTER_RE.match(text, end, min(len(text), end + 6)):
        return True
    if _EXCEPTION_BEFORE_RE.search(before):
        return True
    return bool(_KIND_BEFORE_RE.search(before)) and "apiVersion:" in text


_MARKUP_OPEN_RE = re.compile(r"<(label|dt|th|legend)\b[^<>]*>[^<>]*\Z", re.I)


def markup_label(text: str, start: int, end: int) -> bool:
    """Whether the span is inside the text of a label-like element of markup."""
    m = _MARKUP_OPEN_RE.search(text, max(0, start - 200), start)
    if m is None:
        return False
    close = re.compile(rf"[^<>]*</{m.group(1)}\s*>", re.I)
    return close.match(text, end, min(len(text), end + 200)) is not None


_NATIONALITY = (
    "nationality|citizenship|nationalité|citoyenneté|nacionalidad|ciudadanía|"
    "nacionalidade|cidadania|nazionalità|cittadinanza|staatsangehörigkeit|"
    "nationalität|staatsbürgerschaft|nationaliteit|obywatelstwo|narodowość|"
    "státní příslušnost|štátna príslušnosť|državljanstvo|državljanstvo|"
    "гражданство|националност|громадянство|національність|υπηκοότητα|ιθαγένεια|"
    "uyruk|uyruğu|uyruğunuz|vatandaşlık|állampolgárság|cetățenie|cetăţenie|"
    "naționalitate|pilietybė|tautybė|pilsonība|kodakondsus|kansalaisuus|"
    "medborgarskap|statsborgerskab|statsborgerskap|kewarganegaraan|warganegara|"
    "quốc tịch|สัญชาติ|국적|国籍|國籍|ملیت|تابعیت|الجنسية|אזרחות|נתינות|"
    "नागरिकता|राष्ट्रीयता"
)
_NATIONALITY_RE = re.compile(
    rf"(?:{_NATIONALITY})[ \t]*(?:\([^()\n]{{0,20}}\))?[ \t]*[:：.…_=\t -]*\Z", re.I
)


_NATIONALITY_WORD_RE = re.compile(rf"(?:{_NATIONALITY})", re.I)


def nationality(text: str, start: int, end: int) -> bool:
    """Whether the span is a nationality label or its value on its line."""
    if _NATIONALITY_WORD_RE.fullmatch(text, start, end):
        return True
    ls = _ls(text, start, 80)
    return _NATIONALITY_RE.search(text, ls, start) is not None


_PLACE = (
    "location|place|city|town|venue|lieu|ville|localité|ubicación|ciudad|localidad|lugar|"
    "local|localização|cidade|localidade|luogo|città|località|ort|stadt|standort|plaats|"
    "stad|woonplaats|miejsce|miasto|miejscowość|místo|město|miesto|mesto|konum|şehir|"
    "yer|местоположение|място|град|город|место|місто|місце|τοποθεσία|πόλη|τόπος|"
    "위치|장소|도시|地点|位置|城市|場所|都市|地點|موقع|المدينة|مکان|شهر|lokasi|bandar|"
    "kota|tempat|vieta|miestas|vietovė|mjesto|lokacija|helyszín|város|locație|oraș|"
    "localitate|sijainti|kaupunki|paikka|plats|ort|sted|địa điểm|thành phố"
)
_PLACE_RE = re.compile(rf"(?<!\w)(?:{_PLACE})[ \t]*[:：][ \t]*\Z", re.I)
_POSTCODE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:[A-Z]{1,3}-)?\d[\d -]{2,8}\d[ \t]+\Z|(?<![\w-])[A-Z]{1,3}-\d{4,6}[ \t]+\Z"
)
_DATE_AFTER_RE = re.compile(r",[ \t]*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?[ \t]+[^\W\d_]+)")


_DATE_LINE_RE = re.compile(
    r",[ \t]*(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?[ \t]+[^\W\d_]+[ \t]+\d{4})[ \t]*(?:\n|\Z)"
)


def place(text: str, start: int, end: int) -> bool:
    """Whether the span is a place: after a place's label, or alone before a letter's
    date on its line ("Lyon, 3 mars 2025")."""
    ls = _ls(text, start, 80)
    if _PLACE_RE.search(text, ls, start):
        return True
    return not text[ls:start].strip() and (
        _DATE_LINE_RE.match(text, end, min(len(text), end + 30)) is not None
    )


def postcode_before(text: str, start: int) -> int:
    """Where the postcode right before the span starts on its line (a city the tagger
    took for a name: "LT-01100 " + "Vilnius"), or -1."""
    ls = _ls(text, start, 80)
    m = _POSTCODE_BEFORE_RE.search(text, ls, start)
    return -1 if m is None else m.start()


_STREET_END_RE = re.compile(
    r"(?:^|[ \t])(?:Cad|Sok|Blv|Bulv|Mah|Sk|Cd|St|Ave|Av|Rd|Str|Ul|ul|g|pr|al|Jl|Jln)\Z"
)


def street_word(text: str, start: int, end: int) -> bool:
    """Whether the span ends with a street type's abbreviation before its stop ("Lale
    Sok" + ". No:5", "Oak St" + ". 12"): a street, not a name."""
    return text[end : end + 1] == "." and _STREET_END_RE.search(text, start, end) is not None


_TIMELINE_RE = re.compile(r"[ \t]*(?:19|20)\d\d(?:[ \t]*[–—-][ \t]*(?:(?:19|20)\d\d)?)?[ \t]{2,}")


def timeline_line(text: str, start: int) -> bool:
    """Whether the span's line opens with a year or a span of years and a wide gap (a
    CV's job or school line: a job title or a company, not a name)."""
    ls = _ls(text, start, 120)
    return _TIMELINE_RE.match(text, ls, start) is not None


_KIN = frozenset(
    [
        "mom",
        "mum",
        "mommy",
        "mummy",
        "mother",
        "dad",
        "daddy",
        "father",
        "mama",
        "papa",
        "mamá",
        "papá",
        "mami",
        "papi",
        "maman",
        "papa",
        "mãe",
        "pai",
        "mamãe",
        "papai",
        "mutti",
        "vati",
        "mutter",
        "vater",
        "mamma",
        "babbo",
        "moeder",
        "vader",
        "mam",
        "tata",
        "mamusia",
        "tatuś",
        "szef",
        "szefowa",
        "praca",
        "boss",
        "work",
        "home",
        "office",
        "landlord",
        "landlady",
        "wife",
        "husband",
        "grandma",
        "grandpa",
        "granny",
        "sis",
        "bro",
        "travail",
        "boulot",
        "patronne",
        "trabajo",
        "jefe",
        "jefa",
        "trabalho",
        "chefe",
        "arbeit",
        "chef",
        "chefin",
        "büro",
        "werk",
        "baas",
        "kantoor",
        "baba",
        "patron",
        "мама",
        "папа",
        "мамо",
        "тато",
        "работа",
        "шеф",
        "шефе",
        "вкъщи",
        "дом",
        "мамочка",
        "μαμά",
        "μπαμπάς",
        "δουλειά",
        "αφεντικό",
        "σπιτονοικοκύρης",
        "σπίτι",
        "엄마",
        "아빠",
        "어머니",
        "아버지",
        "회사",
        "집",
        "사장님",
        "팀장님",
        "집주인",
        "お母さん",
        "お父さん",
        "母",
        "父",
        "会社",
        "妈妈",
        "爸爸",
        "老板",
        "公司",
        "媽媽",
        "爸爸",
        "老闆",
        "مامان",
        "بابا",
        "کار",
        "رئیس",
        "صاحبخونه",
        "صاحبخانه",
        "ماما",
        "بابا",
        "أمي",
        "أبي",
        "العمل",
        "المدير",
        "אמא",
        "אבא",
        "עבודה",
        "mẹ",
        "bố",
        "sếp",
        "ibu",
        "ayah",
        "emak",
        "abah",
        "bos",
        "kerja",
        "mamytė",
        "tėtis",
        "darbas",
        "mama",
        "tėtė",
        "anya",
        "főnök",
        "munka",
        "mami",
        "tati",
        "șef",
        "jobb",
        "jobbet",
        "arbejde",
        "työ",
        "äiti",
        "isä",
        "pomo",
        "माँ",
        "पापा",
        "मम्मी",
        "बॉस",
        "annem",
        "babam",
        "iş",
        "İş",  # casefolds to a dotted i, unlike "iş"
        "хозяин",
        "хазяин",
        "wspólnota",
    ]
)
_KIN = frozenset(w.casefold() for w in _KIN)  # final sigma: casefold, as looked up


def kin_word(value: str) -> bool:
    """Whether the span is one kinship or role word (a contact saved as "Mom")."""
    return value.casefold() in _KIN


_LEGAL = (
    r"Ltd|Limited|Inc|LLC|L\.L\.C|LLP|PLC|Plc|Corp|Co|GmbH|AG|KG|OHG|e\.V|SA|S\.A|SAS|"
    r"S\.A\.S|SARL|S\.à r\.l|SRL|S\.R\.L|Srl|S\.L|SL|S\.p\.A|SpA|Lda|Ltda|Ltée|inc|ltée|"
    r"Sp\. z o\.o|sp\. z o\.o|Sp\.j|s\.r\.o|a\.s|d\.o\.o|d\.d|Kft|Zrt|Nyrt|Bt|"
    r"EOOD|ЕООД|ООД|ЕАД|АД|ООО|ОАО|ЗАО|ПАО|ТОВ|A\.Ş|AŞ|Ltd\. Şti|San\. ve Tic|Şti|"
    r"Oy|Oyj|AB|ApS|A/S|ASA|BV|B\.V|NV|N\.V|Pty|Sdn\.? Bhd|Bhd|Pvt|UAB|SIA|OÜ|"
    r"S\.C|SC|Cía|Hnos|ΑΕ|Α\.Ε|ΕΠΕ|Ε\.Π\.Ε|ΙΚΕ|Ι\.Κ\.Ε"
)
_LEGAL_AFTER_RE = re.compile(
    rf"((?:[ \t]+[^\W\d_][\w'’&.-]*){{0,3}})[ \t,]+(?:{_LEGAL})\.?(?![\w-])"
)
_LEGAL_VALUE_RE = re.compile(rf"(?:^|[ \t])(?:{_LEGAL})\.?\Z")
_LEGAL_BEFORE_RE = re.compile(r"(?:\(주\)|㈜|株式会社|有限会社|شركة|UAB|ООО|ТОВ)[ \t]*[„«\"]?\Z")


def company(text: str, start: int, end: int) -> bool:
    """Whether the span is (part of) a company's name: a legal form after it on its line,
    in it, or before it."""
    if _LEGAL_VALUE_RE.search(text[start:end]):
        return True
    m = _LEGAL_AFTER_RE.match(text, end, min(len(text), end + 80))
    if m is not None and all(w[0].isupper() for w in m.group(1).split()):
        return True
    return _LEGAL_BEFORE_RE.search(text, max(0, start - 12), start) is not None


_LIST_ITEM_RE = re.compile(r"[^\W\d_][^\W\d_+#./-]*[+#]*")


def word_list(text: str, start: int, end: int) -> bool:
    """Whether the span's line is a list of three or more single words and commas."""
    ls = _ls(text, start, 200)
    le = text.find("\n", end, end + 200)
    line = text[ls : le if le >= 0 else min(len(text), end + 200)]
    items = line.strip().split(", ")
    return len(items) >= 3 and all(_LIST_ITEM_RE.fullmatch(i) for i in items)


_POST_TITLES = frozenset(
    [
        "bey",
        "hanım",
        "hanim",
        "hanımefendi",
        "efendi",
        "beyefendi",
    ]
)
_POST_TITLES = frozenset(w.casefold() for w in _POST_TITLES)  # final sigma: casefold, as looked up


def post_title(value: str) -> int:
    """How many characters at the end of `value` are a title after the name (" Bey"),
    `len(value)` when the span is only that title."""
    if value.casefold() in _POST_TITLES:
        return len(value)
    head, _, last = value.rpartition(" ")
    if head and last.casefold() in _POST_TITLES:
        return len(last) + 1
    return 0
