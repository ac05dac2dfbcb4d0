# ruff: noqa: RUF001  (hand-written Cyrillic text is intended)
"""Span-tracking text builder, transliterators, persons, addresses and the per-record context."""
from __future__ import annotations

import datetime as _dt
import re as _re
import unicodedata

import _v9b_names as N
import _v9b_places as P
import _v9b_values as V
from _v9b_labels import LABELS, MONTHS, NID_WORD, TAX_WORD

KINDS = {"person", "address", "dob", "email", "phone", "card", "iban", "ssn", "national_id",
         "ipv4", "ipv6", "gps", "mac", "secret"}


class B:
    """Append plain strings and (kind, value) tuples; spans are computed from the pieces."""

    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[list] = []
        self.n = 0

    def __call__(self, *items):
        for it in items:
            if isinstance(it, tuple):
                kind, val = it
                assert kind in KINDS, kind
                assert val and val == val.strip(), (kind, val)
                self.spans.append([kind, self.n, self.n + len(val)])
                self.parts.append(val)
                self.n += len(val)
            else:
                self.parts.append(it)
                self.n += len(it)
        return self

    def text(self) -> str:
        return "".join(self.parts)


def pe(s):
    return ("person", s)


# ------------------------------------------------------------------ transliteration
_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
                "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"], strict=True))
_BE = dict(zip("абвгдеёжзійклмнопрстуўфхцчшыьэюя'",
               ["a", "b", "v", "h", "d", "ie", "io", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
                "s", "t", "u", "u", "f", "kh", "ts", "ch", "sh", "y", "", "e", "iu", "ia", ""], strict=True))
_MK = dict(zip("абвгдѓежзѕијклљмнњопрстќуфхцчџш",
               ["a", "b", "v", "g", "d", "gj", "e", "zh", "z", "dz", "i", "j", "k", "l", "lj", "m", "n", "nj",
                "o", "p", "r", "s", "t", "kj", "u", "f", "h", "c", "ch", "dzh", "sh"], strict=True))


def _tr(s: str, table: dict, initial_ye: bool = False) -> str:
    out = []
    for i, ch in enumerate(s):
        lo = ch.lower()
        if lo in table:
            r = table[lo]
            if initial_ye and lo in "еёюяє" and (i == 0 or not s[i - 1].isalpha()):
                r = {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya"}.get(lo, r)
            if ch.isupper() and r:
                r = r[0].upper() + r[1:]
            out.append(r)
        else:
            out.append(ch)
    return "".join(out)


def rom_ru(s):
    return _tr(s, _RU, True)


def rom_be(s):
    return _tr(s, _BE, True)


def rom_mk(s):
    return _tr(s, _MK)


_UZC = [("sh", "ш"), ("ch", "ч"), ("o'", "ў"), ("g'", "ғ"), ("yo", "ё"), ("yu", "ю"), ("ya", "я"),
        ("ye", "е"), ("ts", "ц"), ("a", "а"), ("b", "б"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
        ("h", "ҳ"), ("i", "и"), ("j", "ж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
        ("p", "п"), ("q", "қ"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("x", "х"),
        ("y", "й"), ("z", "з"), ("'", "ъ")]


def uz_cyr(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        for lat, cyr in _UZC:
            seg = s[i:i + len(lat)]
            if seg.lower() == lat:
                if lat == "e" and (i == 0 or not s[i - 1].isalpha()):
                    cyr = "э"
                out.append(cyr.upper() if seg[0].isupper() else cyr)
                i += len(lat)
                break
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def ascii_fold(s: str) -> str:
    s = s.replace("'", "").replace("’", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ------------------------------------------------------------------ persons
class Person:
    def __init__(self, given, family, female, dob, rg, rf, patr="", script="latin", extra=""):
        self.given, self.family, self.female, self.dob = given, family, female, dob
        self.rg, self.rf = rg, rf  # romanised (ASCII-folded) forms
        self.patr, self.script, self.extra = patr, script, extra

    def full(self):
        return f"{self.given} {self.family}"

    def official(self):
        return f"{self.family} {self.given}" + (f" {self.patr}" if self.patr else "")

    def roman(self):
        return f"{self.rg} {self.rf}"

    def machine(self):
        return ascii_fold(self.rf).upper(), ascii_fold(self.rg).upper()


def ru_fem(f: str, female: bool) -> str:
    if not female:
        return f
    if f.endswith("ий"):
        return f[:-2] + "ая"
    if f.endswith(("ов", "ев", "ёв", "ин")):
        return f + "а"
    return f


def _split(x):
    return x.split("|") if "|" in x else (x, x)


def make_person(rng, loc: str, lang: str, dob=None, female=None) -> Person:
    if female is None:
        female = rng.random() < 0.5
    if dob is None:
        dob = V.rand_date(rng, 1943, 2005)
    if loc == "si_LK":
        r = rng.random()
        if r < 0.7:
            g = _split(rng.choice(N.LK_GIVEN_F if female else N.LK_GIVEN_M))
            f = _split(rng.choice(N.LK_FAMILY))
            if lang == "si":
                p = Person(g[0], f[0], female, dob, g[1], f[1], script="sinh")
            else:
                p = Person(g[1], f[1], female, dob, g[1], f[1])
                if rng.random() < 0.3:
                    p.given = rng.choice(N.LK_INITIALS) + " " + p.given
        elif r < 0.88:
            g = _split(rng.choice(N.LK_TA_GIVEN_F if female else N.LK_TA_GIVEN_M))
            f = _split(rng.choice(N.LK_TA_FAMILY))
            if lang == "si" and rng.random() < 0.6:
                p = Person(g[0], f[0], female, dob, g[1], f[1], script="taml")
            else:
                p = Person(g[1], f[1], female, dob, g[1], f[1])
        else:
            g = rng.choice(N.LK_MU_GIVEN_F if female else N.LK_MU_GIVEN_M)
            f = rng.choice(N.LK_MU_FAMILY)
            p = Person(g, f, female, dob, g, f)
        return p
    if loc == "uz_UZ":
        if rng.random() < 0.15 or (lang == "ru" and rng.random() < 0.3):
            g = rng.choice(N.RU_GIVEN_F if female else N.RU_GIVEN_M)
            f = ru_fem(rng.choice(N.RU_FAMILY_M), female)
            pt = rng.choice(N.RU_PATR_F if female else N.RU_PATR_M)
            if lang == "uz":
                return Person(rom_ru(g), rom_ru(f), female, dob, rom_ru(g), rom_ru(f))
            return Person(g, f, female, dob, rom_ru(g), rom_ru(f), pt, "cyrl")
        g = rng.choice(N.UZ_GIVEN_F if female else N.UZ_GIVEN_M)
        f = rng.choice(N.UZ_FAMILY) + ("a" if female else "")
        father = rng.choice(N.UZ_GIVEN_M)
        if lang == "uz":
            pt = f"{father} {'qizi' if female else 'o‘g‘li'}"
            return Person(g, f, female, dob, ascii_fold(g), ascii_fold(f), pt)
        pt_ru = uz_cyr(father) + ("овна" if female else "ович")
        if lang in ("uzc", "ru"):
            return Person(uz_cyr(g), uz_cyr(f), female, dob, ascii_fold(g), ascii_fold(f),
                          pt_ru if lang == "ru" else f"{uz_cyr(father)} {'қизи' if female else 'ўғли'}", "cyrl")
        return Person(g, f, female, dob, ascii_fold(g), ascii_fold(f))
    if loc == "lv_LV":
        g = rng.choice(N.LV_GIVEN_F if female else N.LV_GIVEN_M)
        fm = rng.choice(N.LV_FAMILY)
        f = fm[1] if female else fm[0]
        return Person(g, f, female, dob, ascii_fold(g), ascii_fold(f))
    if loc == "be_BY":
        if lang == "ru":
            g = rng.choice(N.RU_GIVEN_F if female else N.RU_GIVEN_M)
            f = ru_fem(rng.choice(N.RU_FAMILY_M), female)
            pt = rng.choice(N.RU_PATR_F if female else N.RU_PATR_M)
            return Person(g, f, female, dob, rom_ru(g), rom_ru(f), pt, "cyrl")
        g = rng.choice(N.BE_GIVEN_F if female else N.BE_GIVEN_M)
        fm = rng.choice(N.BE_FAMILY)
        f = fm[1] if female else fm[0]
        pt = rng.choice(N.BE_PATR_F if female else N.BE_PATR_M)
        return Person(g, f, female, dob, rom_be(g), rom_be(f), pt, "cyrl")
    if loc == "mk_MK":
        if rng.random() < 0.18:
            g = rng.choice(N.MK_SQ_GIVEN_F if female else N.MK_SQ_GIVEN_M)
            f = rng.choice(N.MK_SQ_FAMILY)
            return Person(g, f, female, dob, ascii_fold(g), ascii_fold(f))
        g = rng.choice(N.MK_GIVEN_F if female else N.MK_GIVEN_M)
        fm = rng.choice(N.MK_FAMILY)
        f = fm[1] if female else fm[0]
        if lang == "en":
            return Person(rom_mk(g), rom_mk(f), female, dob, rom_mk(g), rom_mk(f))
        return Person(g, f, female, dob, rom_mk(g), rom_mk(f), script="cyrl")
    if loc == "fr_SN":
        g = rng.choice(N.SN_GIVEN_F if female else N.SN_GIVEN_M)
        f = rng.choice(N.SN_FAMILY)
        return Person(g, f, female, dob, ascii_fold(g), ascii_fold(f))
    if loc == "es_DO":
        g = rng.choice(N.DO_GIVEN_F if female else N.DO_GIVEN_M)
        if rng.random() < 0.45:
            g2 = rng.choice(N.DO_GIVEN_F if female else N.DO_GIVEN_M)
            if g2 != g:
                g = f"{g} {g2}"
        f = rng.choice(N.DO_FAMILY)
        if rng.random() < 0.75:
            f2 = rng.choice(N.DO_FAMILY)
            if f2 != f:
                f = f"{f} {f2}"
        return Person(g, f, female, dob, ascii_fold(g), ascii_fold(f))
    if loc == "en_UG":
        g = rng.choice(N.UG_GIVEN_F if female else N.UG_GIVEN_M)
        f = rng.choice((N.UG_FAMILY_F + N.UG_FAMILY[:12]) if female else N.UG_FAMILY)
        return Person(g, f, female, dob, g, f)
    if loc == "lo_LA":
        g = _split(rng.choice(N.LA_GIVEN_F if female else N.LA_GIVEN_M))
        f = _split(rng.choice(N.LA_FAMILY))
        if lang == "lo":
            return Person(g[0], f[0], female, dob, g[1], f[1], script="laoo")
        return Person(g[1], f[1], female, dob, g[1], f[1])
    if loc == "pt_MZ":
        g = rng.choice(N.MZ_GIVEN_F if female else N.MZ_GIVEN_M)
        if rng.random() < 0.35:
            g2 = rng.choice(N.MZ_GIVEN_F if female else N.MZ_GIVEN_M)
            if g2 != g:
                g = f"{g} {g2}"
        f = rng.choice(N.MZ_FAMILY)
        if rng.random() < 0.4:
            f2 = rng.choice(N.MZ_FAMILY)
            if f2 != f:
                f = f"{f} {f2}"
        return Person(g, f, female, dob, ascii_fold(g), ascii_fold(f))
    raise KeyError(loc)


# ------------------------------------------------------------------ locale context
LANGS = {"si_LK": [("en", 0.55), ("si", 0.45)], "uz_UZ": [("uz", 0.5), ("uzc", 0.15), ("ru", 0.35)],
         "lv_LV": [("lv", 1.0)], "be_BY": [("ru", 0.55), ("be", 0.45)], "mk_MK": [("mk", 1.0)],
         "fr_SN": [("fr", 1.0)], "es_DO": [("es", 1.0)], "en_UG": [("en", 1.0)],
         "lo_LA": [("lo", 0.8), ("en", 0.2)], "pt_MZ": [("pt", 1.0)]}

HONOR = {"en": ("Mr.", "Mrs."), "fr": ("M.", "Mme"), "es": ("Sr.", "Sra."), "pt": ("Sr.", "Sra."),
         "ru": ("г-н", "г-жа"), "be": ("сп.", "сп-ня"), "mk": ("г.", "г-ѓа"), "uz": ("janob", "xonim"),
         "uzc": ("жаноб", "хоним"), "lv": ("", ""), "si": ("", ""), "lo": ("ທ່ານ", "ນາງ")}


class Ctx:
    def __init__(self, rng, loc: str, lang: str | None = None):
        self.rng, self.loc = rng, loc
        self.region = V.REGION[loc]
        if lang is None:
            r, acc = rng.random(), 0.0
            for lg, w in LANGS[loc]:
                acc += w
                if r < acc:
                    lang = lg
                    break
            else:
                lang = LANGS[loc][-1][0]
        self.lang = lang
        self.town = None

    # ---- labels
    def L(self, key: str) -> str:
        lg = self.lang
        if lg == "uzc":
            return uz_cyr(LABELS["uz"][key])
        return LABELS[lg][key]

    def t(self, **opts) -> str:
        """Pick the text for this context's language from keyword options (uzc falls back to uz
        transliterated, then en)."""
        if self.lang in opts:
            return opts[self.lang]
        if self.lang == "uzc" and "uz" in opts:
            return uz_cyr(opts["uz"])
        return opts["en"]

    def nid_word(self):
        return NID_WORD.get((self.loc, self.lang)) or NID_WORD.get((self.loc, "en")) or self.L("nid")

    def tax_word(self):
        return TAX_WORD[self.loc]

    # ---- people
    def person(self, **kw) -> Person:
        return make_person(self.rng, self.loc, self.lang, **kw)

    def name(self, p: Person, form: str = "full") -> str:
        if form == "official":
            return p.official()
        if form == "given":
            return p.given.split(" ")[-1] if p.given[:1].isupper() and "." in p.given else p.given
        if form == "roman":
            return p.roman()
        return p.full()

    def honor(self, p: Person) -> str:
        return HONOR[self.lang][1 if p.female else 0]

    # ---- values
    def phone(self, mobile=None, intl=False):
        return V.phone(self.rng, self.region, mobile, intl)

    def email(self, p: Person | None = None, role: str | None = None, domain: str | None = None) -> str:
        rng = self.rng
        doms = {"si_LK": ["gmail.com", "yahoo.com", "sltnet.lk", "slt.lk", "dialog.lk"],
                "uz_UZ": ["mail.ru", "gmail.com", "umail.uz", "inbox.uz", "yandex.ru"],
                "lv_LV": ["inbox.lv", "gmail.com", "apollo.lv", "tvnet.lv", "outlook.lv"],
                "be_BY": ["tut.by", "mail.ru", "gmail.com", "yandex.by", "rambler.ru"],
                "mk_MK": ["gmail.com", "t-home.mk", "yahoo.com", "live.com", "hotmail.com"],
                "fr_SN": ["gmail.com", "yahoo.fr", "orange.sn", "hotmail.fr", "ucad.edu.sn"],
                "es_DO": ["gmail.com", "hotmail.com", "claro.net.do", "yahoo.com", "outlook.es"],
                "en_UG": ["gmail.com", "yahoo.com", "mak.ac.ug", "outlook.com", "ymail.com"],
                "lo_LA": ["gmail.com", "yahoo.com", "laotel.com", "hotmail.com", "etllao.com"],
                "pt_MZ": ["gmail.com", "yahoo.com.br", "tvcabo.co.mz", "hotmail.com", "uem.mz"]}[self.loc]
        if role:
            return f"{role}@{domain or doms[2]}"
        if p is None:
            p = self.person()
        g = ascii_fold(p.rg.split(" ")[-1]).lower().replace(".", "")
        f = ascii_fold(p.rf.split(" ")[0]).lower()
        local = rng.choice([f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}", f"{g}_{f}{rng.randrange(10, 99)}",
                            f"{f}.{g}", f"{g}{rng.randrange(1970, 2006)}"])
        addr = f"{local}@{rng.choice(doms)}"
        if rng.random() < 0.05:
            addr = addr.replace("@", " [at] ").replace(".", " [dot] ")
        return addr

    def nid(self, p: Person) -> str:
        rng, loc = self.rng, self.loc
        if loc == "si_LK":
            return V.nic_lk(rng, p.dob, p.female)
        if loc == "uz_UZ":
            return V.pinfl_uz(rng, p.dob, p.female)
        if loc == "lv_LV":
            return V.pk_lv(rng, p.dob)
        if loc == "be_BY":
            return V.idn_by(rng, p.dob, p.female)
        if loc == "mk_MK":
            return V.embg_mk(rng, p.dob, p.female)
        if loc == "fr_SN":
            return V.cni_sn(rng, p.female)
        if loc == "es_DO":
            return V.cedula_do(rng)
        if loc == "en_UG":
            return V.nin_ug(rng, p.dob, p.female)
        if loc == "lo_LA":
            return V.id_la(rng)
        return V.bi_mz(rng)

    def tax_id(self, person: bool = True) -> str:
        rng, loc = self.rng, self.loc
        return {"si_LK": lambda: V.digits(rng, 9, "1234"),
                "uz_UZ": lambda: V.stir_uz(rng),
                "lv_LV": lambda: "LV" + V.pk_lv(rng, V.rand_date(rng, 1960, 1990)).replace("-", "")
                if person else "LV" + V.pvn_company_lv(rng),
                "be_BY": lambda: V.unp_by(rng, person),
                "mk_MK": lambda: V.edb_mk(rng, person),
                "fr_SN": lambda: V.ninea_sn(rng),
                "es_DO": lambda: V.cedula_do(rng),
                "en_UG": lambda: V.tin_ug(rng),
                "lo_LA": lambda: V.digits(rng, 12, "0"),
                "pt_MZ": lambda: V.nuit_mz(rng, person)}[loc]()

    def passport(self) -> str:
        rng = self.rng
        return {"si_LK": V.passport_lk, "uz_UZ": V.passport_uz, "lv_LV": lambda r: "LV" + V.digits(r, 7),
                "be_BY": V.passport_by, "mk_MK": V.passport_mk, "fr_SN": V.passport_sn,
                "es_DO": lambda r: "RD" + V.digits(r, 7), "en_UG": V.passport_ug, "lo_LA": V.passport_la,
                "pt_MZ": lambda r: "AB" + V.digits(r, 7)}[self.loc](rng)

    def iban(self, grouped=None):
        home = {"lv_LV": "LV", "be_BY": "BY", "mk_MK": "MK", "es_DO": "DO"}.get(self.loc)
        if home and self.rng.random() < 0.8:
            return V.iban(self.rng, home, grouped)
        return V.iban(self.rng, self.foreign_iban_cc(), grouped)

    def foreign_iban_cc(self):
        return self.rng.choice(FOREIGN_IBAN[self.loc])

    def card(self):
        brands = {"uz_UZ": ["uzcard", "humo", "visa"], "be_BY": ["belkart", "visa", "mc"],
                  "lo_LA": ["unionpay", "visa", "mc"], "si_LK": ["visa", "mc", "amex"]}.get(self.loc, ["visa", "mc"])
        return V.card(self.rng, self.rng.choice(brands))

    # ---- dates
    def date(self, d: _dt.date, long: bool = False, lao_digits: bool | None = None) -> str:
        lg, loc = self.lang, self.loc
        if long and (lg in MONTHS or lg == "uzc"):
            m = MONTHS["uz" if lg == "uzc" else lg][d.month - 1]
            s = {"en": f"{d.day} {m} {d.year}", "fr": f"{d.day} {m} {d.year}", "es": f"{d.day} de {m} de {d.year}",
                 "pt": f"{d.day} de {m} de {d.year}", "lv": f"{d.year}. gada {d.day}. {m}",
                 "ru": f"{d.day} {m} {d.year} г.", "be": f"{d.day} {m} {d.year} г.", "mk": f"{d.day} {m} {d.year}",
                 "uz": f"{d.year}-yil {d.day}-{m}", "uzc": uz_cyr(f"{d.year}-yil {d.day}-{m}"),
                 "lo": f"{d.day} {m} {d.year}", "si": f"{d.year} {m} {d.day}"}[lg]
        elif loc in ("uz_UZ", "be_BY", "mk_MK"):
            s = f"{d:%d.%m.%Y}"
        elif loc == "lv_LV":
            s = f"{d:%d.%m.%Y}." if self.rng.random() < 0.5 else f"{d:%d.%m.%Y}"
        elif loc == "si_LK":
            s = f"{d:%Y-%m-%d}" if self.rng.random() < 0.5 else f"{d:%d/%m/%Y}"
        else:
            s = f"{d:%d/%m/%Y}"
        if loc == "lo_LA" and (lao_digits if lao_digits is not None else self.rng.random() < 0.25):
            s = V.lao_digits(s)
        if s.endswith(" г."):
            pass
        return s

    def some_date(self, y0=2021, y1=2025):
        return V.rand_date(self.rng, y0, y1)

    # ---- addresses
    def address(self, lines: int = 1):
        """Return (list_of_lines, (town, lat, lon)).  Two-line addresses put the street in the first
        line and the area/postcode + town in the second."""
        rng, loc, lg = self.rng, self.loc, self.lang
        if loc == "si_LK":
            t = rng.choice(P.LK_TOWNS)
            no = rng.choice([f"{rng.randrange(1, 400)}", f"{rng.randrange(1, 200)}/{rng.randrange(1, 9)}",
                             f"{rng.randrange(1, 90)}/{rng.choice('ABC')}"])
            if lg == "si":
                st = rng.choice(P.LK_STREETS_SI)
                town = P.LK_TOWNS_SI[t[0]]
                l1, l2 = f"නො. {no}, {st}", f"{town}"
                out = [f"{l1}, {l2}"] if lines == 1 else [l1 + ",", f"{town} {t[1]}"]
            else:
                st = rng.choice(P.LK_STREETS)
                l1 = f"No. {no}, {st}"
                out = [f"{l1}, {t[0]}"] if lines == 1 else [l1 + ",", f"{t[0]} {t[1]}"]
            return out, (t[0], t[2], t[3])
        if loc == "uz_UZ":
            t = rng.choice(P.UZ_TOWNS)
            house, flat = rng.randrange(1, 120), rng.randrange(1, 90)
            pc = t[1][:-2] + f"{rng.randrange(0, 99):02d}" if t[0] == "Toshkent" else t[1]
            if lg == "ru":
                st = rng.choice(P.RU_STREETS_UZ)
                city = "г. " + uz_cyr(t[0]).replace("Тошкент", "Ташкент")
                l1 = f"{st}, д. {house}, кв. {flat}"
                out = [f"{city}, {l1}"] if lines == 1 else [l1, f"{pc}, {city}"]
            else:
                st = rng.choice(P.UZ_STREETS + P.UZ_MAHALLA)
                dist = rng.choice(P.UZ_DISTRICTS) if t[0] == "Toshkent" else t[0] + " sh."
                l1 = f"{st}, {house}-uy" + (f", {flat}-xonadon" if rng.random() < 0.6 else "")
                city = f"{t[0]} sh., {dist}" if t[0] == "Toshkent" else dist
                out = [f"{city}, {l1}"] if lines == 1 else [l1, f"{pc}, {city}"]
                if lg == "uzc":
                    out = [uz_cyr(x) for x in out]
            return out, (t[0], t[2], t[3])
        if loc == "lv_LV":
            if rng.random() < 0.08:
                k = rng.randrange(len(P.LV_FARMS))
                return [f"{P.LV_FARMS[k]}, {P.LV_FARM_PC[k]}"], ("Rīga", 56.95, 24.1)
            t = rng.choice(P.LV_TOWNS)
            l1 = f"{rng.choice(P.LV_STREETS)} {rng.randrange(1, 140)}" + (f"-{rng.randrange(1, 60)}" if rng.random() < 0.6 else "")
            out = [f"{l1}, {t[0]}, {t[1]}"] if lines == 1 else [l1, f"{t[0]}, {t[1]}"]
            return out, (t[0], t[2], t[3])
        if loc == "be_BY":
            t = rng.choice(P.BY_TOWNS_RU)
            house, flat = rng.randrange(1, 150), rng.randrange(1, 200)
            if lg == "be":
                city, st = "г. " + P.BY_TOWNS_BE[t[0]], rng.choice(P.BY_STREETS_BE)
            else:
                city, st = "г. " + t[0], rng.choice(P.BY_STREETS_RU)
            l1 = f"{st}, д. {house}" + (f", кв. {flat}" if rng.random() < 0.7 else "")
            if rng.random() < 0.3:
                l1 = f"{st}, {house}-{flat}"
            out = [rng.choice([f"{city}, {l1}", f"{t[1]}, {city}, {l1}"])] if lines == 1 else [l1, f"{t[1]}, {city}"]
            return out, (t[0], t[2], t[3])
        if loc == "mk_MK":
            t = rng.choice(P.MK_TOWNS)
            l1 = f"{rng.choice(P.MK_STREETS)} бр. {rng.randrange(1, 200)}" + (f"/{rng.randrange(1, 30)}" if rng.random() < 0.5 else "")
            l2 = f"{t[1]} {t[0]}"
            out = [f"{l1}, {l2}"] if lines == 1 else [l1, l2]
            if lg == "en":
                out = [rom_mk(x).replace("ul. ", "ul. ").replace(" br. ", " br. ") for x in out]
            return out, (t[0], t[2], t[3])
        if loc == "fr_SN":
            t = rng.choice(P.SN_TOWNS)
            if t[0] == "Dakar":
                area = rng.choice(P.SN_DAKAR_AREAS)
            else:
                area = rng.choice(P.SN_AREAS_BY_TOWN[t[0]])
            v = rng.choice([f"Villa n° {rng.randrange(1, 9999)}", f"Lot {rng.randrange(1, 800)}",
                            f"Rue {rng.randrange(1, 40)} x {rng.randrange(1, 40)}, n° {rng.randrange(1, 90)}",
                            f"Maison n° {rng.randrange(1, 400)}"])
            pc = {"Dakar": "10200", "Pikine": "13000", "Guédiawaye": "13000", "Rufisque": "14000",
                  "Thiès": "21000", "Saint-Louis": "32000", "Touba": "24000", "Ziguinchor": "27000",
                  "Kaolack": "26000", "Mbour": "23000", "Louga": "33000", "Tambacounda": "25000"}[t[0]]
            out = [f"{v}, {area}, {t[0]}"] if lines == 1 else [f"{v}, {area}", f"{pc} {t[0]}"]
            return out, (t[0], t[1], t[2])
        if loc == "es_DO":
            t = rng.choice(P.DO_TOWNS)
            st = rng.choice(P.DO_STREETS)
            no = rng.choice([f"#{rng.randrange(1, 300)}", f"No. {rng.randrange(1, 300)}", f"esq. {rng.choice(P.DO_STREETS)}"])
            sec = rng.choice(P.DO_SECTORS_BY_TOWN.get(t[0]) or ([s for s in P.DO_SECTORS if s not in P.DO_SECTORS_BY_TOWN["Santo Domingo Este"]]
                                                                 if t[0] == "Santo Domingo" else ["Centro de la Ciudad", "Pueblo Nuevo"]))
            pre = rng.choice(["", "", "Res. Los Robles, Apto. 3B, ", f"Edif. {rng.randrange(1, 30)}, Apto. {rng.randrange(101, 504)}, "])
            if lines == 1:
                out = [f"{pre}{st} {no}, {sec}, {t[0]}"]
            else:
                out = [f"{pre}{st} {no}", f"{sec}, {t[0]} {t[1]}"]
            return out, (t[0], t[2], t[3])
        if loc == "en_UG":
            t = rng.choice(P.UG_TOWNS)
            area = rng.choice(P.UG_AREAS) if t[0] == "Kampala" else rng.choice(P.UG_AREAS_BY_TOWN[t[0]])
            sts = P.UG_STREETS if t[0] == "Kampala" else P.UG_TOWN_STREETS
            l1 = rng.choice([f"Plot {rng.randrange(1, 400)}, {rng.choice(sts)}",
                             f"Plot {rng.randrange(1, 400)} {rng.choice(sts)}",
                             f"Block {rng.randrange(1, 300)} Plot {rng.randrange(1, 2000)}"])
            out = [f"{l1}, {area}, {t[0]}"] if lines == 1 else [l1, f"{area}, {t[0]}"]
            return out, (t[0], t[1], t[2])
        if loc == "lo_LA":
            t = rng.choice(P.LA_TOWNS)
            vil, dis = rng.choice(P.LA_VILLAGES), rng.choice(P.LA_DISTRICTS)
            h, u = rng.randrange(1, 400), rng.randrange(1, 30)
            if lg == "lo":
                hs, us = (V.lao_digits(str(h)), V.lao_digits(str(u))) if rng.random() < 0.3 else (str(h), str(u))
                l1 = f"ເຮືອນເລກທີ {hs}, ໜ່ວຍ {us}, ບ້ານ{vil[0]}"
                l2 = f"ເມືອງ{dis[0]}, {t[0]}" if t[0] == "ນະຄອນຫຼວງວຽງຈັນ" else f"ເມືອງ{t[0]}"
                if t[0] != "ນະຄອນຫຼວງວຽງຈັນ":
                    l2 = f"ເມືອງ{t[0]}, ແຂວງ{ {'ຫຼວງພະບາງ': 'ຫຼວງພະບາງ', 'ປາກເຊ': 'ຈຳປາສັກ', 'ສະຫວັນນະເຂດ': 'ສະຫວັນນະເຂດ', 'ທ່າແຂກ': 'ຄຳມ່ວນ', 'ອຸດົມໄຊ': 'ອຸດົມໄຊ', 'ວັງວຽງ': 'ວຽງຈັນ'}[t[0]] }"
            else:
                l1 = f"House {h}, Unit {u}, Ban {vil[1]}"
                l2 = f"{dis[1]} District, {t[1]}" if t[1] == "Vientiane Capital" else f"{t[1]} District"
                if t[1] != "Vientiane Capital":
                    l2 = f"{t[1]}, {dict(zip(['Luang Prabang', 'Pakse', 'Savannakhet', 'Thakhek', 'Oudomxay', 'Vang Vieng'], ['Luang Prabang Province', 'Champasak Province', 'Savannakhet Province', 'Khammouane Province', 'Oudomxay Province', 'Vientiane Province'], strict=True))[t[1]]}"
            out = [f"{l1}, {l2}"] if lines == 1 else [l1, l2]
            return out, (t[1], t[2], t[3])
        if loc == "pt_MZ":
            t = rng.choice(P.MZ_TOWNS)
            st = rng.choice(P.MZ_STREETS)
            l1 = f"{st}, n.º {rng.randrange(1, 3500)}" + rng.choice(["", "", f", {rng.randrange(1, 12)}.º andar", ", R/C", f", flat {rng.randrange(1, 20)}"])
            if rng.random() < 0.25:
                l1 = f"{rng.choice(P.MZ_BAIRROS_BY_TOWN[t[0]])}, Quarteirão {rng.randrange(1, 60)}, Casa n.º {rng.randrange(1, 300)}"
                out = [f"{l1}, {t[0]}"] if lines == 1 else [l1, f"{t[1]} {t[0]}"]
            else:
                b = rng.choice(P.MZ_BAIRROS_BY_TOWN[t[0]])
                out = [f"{l1}, {b}, {t[0]}"] if lines == 1 else [l1, f"{b}, {t[0]}"]
            return out, (t[0], t[2], t[3])
        raise KeyError(loc)

    def gps_near(self, town_tuple, form=None):
        return V.gps(self.rng, town_tuple[1], town_tuple[2], form)


FOREIGN_IBAN = {"si_LK": ["GB", "DE", "AE"], "uz_UZ": ["DE", "LT", "AE"], "lv_LV": ["LT", "DE", "GB"],
                "be_BY": ["LT", "DE", "LV"], "mk_MK": ["DE", "BE", "GB"], "fr_SN": ["FR", "BE", "ES"],
                "es_DO": ["ES", "DE", "GB"], "en_UG": ["GB", "DE", "AE"], "lo_LA": ["FR", "DE", "GB"],
                "pt_MZ": ["PT", "GB", "DE"]}


def add_address(b: B, lines: list[str], sep: str = "\n"):
    for i, ln in enumerate(lines):
        if i:
            b(sep)
        core = ln.rstrip(",")
        b(("address", core), ln[len(core):])


_TOK = _re.compile(r"\{(\w+)\}")


def render(b: B, tmpl: str, vals: dict):
    """Write a template whose {NAME} tokens map to plain strings, (kind, value) tuples or lists of
    pieces."""
    pos = 0
    for m in _TOK.finditer(tmpl):
        b(tmpl[pos:m.start()])
        v = vals[m.group(1)]
        if isinstance(v, list):
            b(*v)
        else:
            b(v)
        pos = m.end()
    b(tmpl[pos:])
    return b


def money(rng, lo, hi, step=1000, sep=","):
    v = rng.randrange(lo // step, hi // step + 1) * step
    return f"{v:,}".replace(",", sep)
