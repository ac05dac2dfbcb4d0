"""Per-locale context for the v10b generator: people, addresses, contacts and ids."""

# ruff: noqa: RUF001

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import _v10b_values as V
from _v10b_names import pools
from _v10b_places import PLACES

LANG = {"ar_LY": "ar", "ar_SD": "ar", "en_ZM": "en", "en_ZW": "en", "fr_CI": "fr", "fr_MG": "fr",
        "es_HN": "es", "es_VE": "es", "nl_SR": "nl", "fo_FO": "fo"}

_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ð": "d", "Ð": "D", "æ": "ae", "Æ": "AE", "'": "", "’": ""})


def fold(s: str) -> str:
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


_FO_PATRONYMIC = {
    True: {"Jógvansson": ("Jógvansdóttir", "Jógvansdóttir"), "Tróndarson": ("Tróndardóttir", "Tróndardóttir")},
    False: {"Hansdóttir": ("Hansson", "Hansson")},
}


@dataclass
class Person:
    given: str
    family: str
    father: str
    given_lat: str
    family_lat: str
    father_lat: str
    female: bool
    y: int
    m: int
    d: int

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def full3(self) -> str:
        """Arabic three-part name (given, father, family); others: given family."""
        if self.father:
            return f"{self.given} {self.father} {self.family}"
        return self.full

    @property
    def lat(self) -> str:
        return f"{self.given_lat} {self.family_lat}"

    @property
    def G(self) -> str:
        return fold(self.given_lat).upper()

    @property
    def F(self) -> str:
        return fold(self.family_lat).upper()


class Loc:
    def __init__(self, code: str) -> None:
        self.code = code
        self.lang = LANG[code]
        self.region = V.REGION[code]
        self.names = pools(code)
        self.pl = PLACES[code]
        self.arabic = self.lang == "ar"

    # ------------------------------------------------------------ people
    def person(self, rng, female: bool | None = None, y0: int = 1950, y1: int = 2004) -> Person:
        female = rng.random() < 0.5 if female is None else female
        g = rng.choice(self.names["f" if female else "m"])
        f = rng.choice(self.names["family"])
        if self.code == "fo_FO":
            # patronymics follow the bearer's sex (a man is never -dóttir, a woman never -son)
            f = _FO_PATRONYMIC[female].get(f[0], f)
        fa = rng.choice(self.names["m"]) if self.arabic else ("", "")
        y, m, d = V.ymd(rng, y0, y1)
        return Person(g[0], f[0], fa[0], g[1], f[1], fa[1], female, y, m, d)

    def name(self, p: Person, rng) -> str:
        """The way a name is written in running text of this locale."""
        if self.arabic:
            return p.full3 if rng.random() < 0.5 else p.full
        if self.code == "fr_MG" and rng.random() < 0.5:
            return f"{p.family.upper()} {p.given}"
        if self.code == "fr_CI" and rng.random() < 0.3:
            return f"{p.family.upper()} {p.given}"
        return p.full

    # ------------------------------------------------------------ places
    def pair(self, rng, latin: bool = False) -> tuple[str, str, tuple]:
        """(street line, area line, town) of one address; the town is the one the area names."""
        key = "addr_lat" if latin and "addr_lat" in self.pl else "addr"
        tpl, areas = rng.choice(self.pl[key])
        street = tpl.format(n=rng.randint(2, 240))
        area = rng.choice(areas).format(b=rng.randint(100, 9999))
        return street, area, self.town_of(area)

    def town_of(self, area: str) -> tuple:
        for t in self.pl["towns"]:
            if t[0] in area or t[1] in area:
                return t
        return self.pl["towns"][0]

    def street(self, rng, latin: bool = False) -> str:
        return self.pair(rng, latin)[0]

    @staticmethod
    def rich(area: str) -> bool:
        """An area line that is more than a town: it has a postcode, a box or a district before the town."""
        return any(c.isdigit() for c in area) or (("," in area or "،" in area) and not area.endswith(("M.D.C.", "Olancho", "Cortés", "Atlántida", "Islas de la Bahía")))

    def addr1(self, rng, latin: bool = False, pair: tuple | None = None) -> str:
        street, area, _ = pair or self.pair(rng, latin)
        sep = "، " if self.arabic and not latin else ", "
        return street + sep + area

    def addr2(self, rng, latin: bool = False) -> tuple[str, str | None]:
        """Street line and a second line that is more than a town (None: written on one line)."""
        p = self.pair(rng, latin)
        if not self.rich(p[1]):
            return self.addr1(rng, latin, p), None
        return p[0], p[1]

    def town(self, rng) -> tuple[str, str, float, float]:
        return rng.choice(self.pl["towns"])

    def gps(self, rng, town, form: int | None = None) -> str:
        lat = town[2] + rng.uniform(-0.05, 0.05)
        lon = town[3] + rng.uniform(-0.05, 0.05)
        f = rng.randrange(3) if form is None else form
        if f == 0:
            return f"{lat:.5f}, {lon:.5f}"
        if f == 1:
            return f"{lat:.6f},{lon:.6f}"
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "W"
        return f"{abs(lat):.4f}°{ns} {abs(lon):.4f}°{ew}"

    def firm(self, rng, latin: bool = False) -> str:
        key = "firms_lat" if latin and "firms_lat" in self.pl else "firms"
        return rng.choice(self.pl[key])

    # ------------------------------------------------------------ contacts
    def phone(self, rng, kind: str | None = "m", form: int | None = None) -> str:
        return V.phone(rng, self.region, kind, form)

    def email(self, rng, p: Person | None = None, domain: str | None = None) -> str:
        dom = domain or rng.choice(self.pl["mail"])
        if p is None:
            local = rng.choice(["info", "contact", "admin", "support", "rh", "billing", "office"])
        else:
            g = fold(p.given_lat).lower().replace(" ", "").replace("-", "")
            f = fold(p.family_lat).lower().replace(" ", "").replace("-", "")
            k = rng.randrange(5)
            local = [f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{rng.randint(1, 99)}", f"{f}.{g}", f"{g}_{f}"][k]
        return f"{local}@{dom}"

    def money(self, n: float, decimals: int = 2) -> str:
        """An amount written the way the locale groups digits."""
        s = f"{n:,.{decimals}f}"
        if self.lang in ("fr",):
            s = s.replace(",", "\u202f").replace(".", ",")
        elif self.lang in ("es", "nl", "fo") and self.region != "HN":
            s = s.replace(",", "#").replace(".", ",").replace("#", ".")
        return s

    def firm_email(self, rng, firm: str) -> str:
        words = [w for w in fold(firm).lower().replace("&", " ").split()
                 if w.strip(".,") not in ("company", "co", "co.", "ltd", "plc", "inc", "sarl", "s.a.", "n.v.", "group", "the", "de", "des", "du", "la", "le", "of", "and")]
        slug = "".join(c for c in "".join(words[:2]) if c.isascii() and c.isalnum())[:16] or "company"
        tld = {"LY": "com.ly", "SD": "com.sd", "ZM": "co.zm", "ZW": "co.zw", "CI": "ci", "MG": "mg", "HN": "hn",
               "VE": "com.ve", "SR": "sr", "FO": "fo"}[self.region]
        local = rng.choice(["billing", "info", "sales", "accounts", "contact", "noreply"])
        return f"{local}@{slug}.{tld}"

    def iban(self, rng, grouped: bool | None = None) -> str:
        return V.iban(rng, rng.choice(V.FOREIGN_IBAN[self.code]), grouped)

    def ip4(self, rng, private: bool | None = None) -> str:
        return V.ipv4(rng, self.region, private)

    def ip6(self, rng) -> str:
        return V.ipv6(rng, self.region)

    # ------------------------------------------------------------ ids and dates
    def dob(self, p: Person, form: int = 0) -> str:
        return V.fmt_date(self.lang, p.y, p.m, p.d, form)

    def nid(self, rng, p: Person, form: int | None = None) -> tuple[str, str]:
        """(label in the locale's language, value) for the person's main id."""
        f = rng.randrange(3) if form is None else form
        r = self.region
        if r == "LY":
            return "الرقم الوطني", V.ly_nid(rng, p.female, p.y)
        if r == "SD":
            return "الرقم الوطني", V.sd_nid(rng)
        if r == "ZM":
            return "NRC No.", V.zm_nrc(rng)
        if r == "ZW":
            return "National ID", V.zw_id(rng, f % 4)
        if r == "CI":
            return ("N° CNI", V.ci_cni(rng)) if f != 2 else ("NNI", V.ci_nni(rng))
        if r == "MG":
            return "CIN", V.mg_cin_fmt(V.mg_cin(rng, p.female), f)
        if r == "HN":
            return "DNI", V.hn_dni(rng, p.y, f)
        if r == "VE":
            return ("C.I.", V.ve_cedula(rng, p.y, f)) if f != 2 else ("RIF", V.ve_rif_person(rng, p.y, rng.randrange(3)))
        if r == "SR":
            return "ID-nummer", V.sr_id(rng)
        if f == 2:
            return "CPR-nr.", V.dk_cpr_num(rng, p.y, p.m, p.d, p.female)
        return "P-tal", V.fo_ptal(p.y, p.m, p.d, rng, p.female)

    def tax_id(self, rng, p: Person) -> tuple[str, str]:
        """A person's own tax number (sole traders)."""
        r = self.region
        if r == "ZM":
            return "TPIN", V.zm_tpin(rng)
        if r == "VE":
            return "RIF", V.ve_rif_person(rng, p.y, rng.randrange(3))
        if r == "HN":
            return "RTN", V.hn_rtn(rng, p.y)
        return self.nid(rng, p, 0)

    def passport(self, rng) -> str:
        return V.passport(rng, self.region)
