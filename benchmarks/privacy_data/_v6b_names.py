"""Person names drawn from names-dataset pools (extracted to _v6b_names.json)."""

import json
import pathlib
import unicodedata

_POOL = json.loads(pathlib.Path(__file__).with_name("_v6b_names.json").read_text("utf-8"))
CC = {
    "en_PH": "PH", "en_SG": "SG", "en_NG": "NG", "bn_BD": "BD", "sr_RS": "RS",
    "mt_MT": "MT", "is_IS": "IS", "kk_KZ": "KZ", "pt_AO": "AO", "es_UY": "UY",
}  # fmt: skip
TOP = 160
# dataset noise: cities, clubs, words that are not person names
_STOP = {
    "Manila",
    "Peñarol",
    "Nacional",
    "Spiteri",
    "Bah",
    "Friday",
    "Sunday",
    "Lucky",
    "Prince",
    "Ctg",
    "Dhaka",
    "Bd",
    "Bangladesh",
    "Angola",
    "Luanda",
    "Uruguay",
    "Malta",
    "Lagos",
    "Abuja",
    # found in the label audit: a country code and a country, club nicknames (Peñarol "manya",
    # Nacional "bolso"), nationalities, page words ("prodaja" sale, "apartmani" apartments),
    # typos and initials glued to a name
    "Sg",
    "Singapore",
    "Manya",
    "Bolso",
    "Maltese",
    "Libyan",
    "Prodaja",
    "Apartmani",
    "Redeemer",
    "Oceans",
    "Josrph",
    "John M",
    "Mariah X",
    "Steph X",
    "Galq",
    "Mgrace",
    "Mlouise",
    "Mrose",
}
# the Maltese and Singaporean given-name pools hold frequent surnames (Borg, Camilleri; Tan, Lim,
# Lee...): a given name is redrawn when it is one of them
_SURNAMES = {cc: set(_POOL[cc]["L"][: TOP + 1]) for cc in ("MT", "SG")}
# given names in a surname pool
_NOT_SURNAME = {"PH": {"Ann", "Lyn"}}

_SR_LAT = [("Dž", "Џ"), ("dž", "џ"), ("Lj", "Љ"), ("lj", "љ"), ("Nj", "Њ"), ("nj", "њ"),
           ("Dj", "Ђ"), ("dj", "ђ"), ("Đ", "Ђ"), ("đ", "ђ")]  # fmt: skip
_SR_ONE = dict(zip("ABVGDEŽZIJKLMNOPRSTĆUFHCČŠ", "АБВГДЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ", strict=False))
_SR_ONE.update({k.lower(): v.lower() for k, v in _SR_ONE.items()})


def _pick(rng, pool: list[str]) -> str:
    while True:
        x = pool[min(int(rng.paretovariate(0.9)) - 1, len(pool) - 1, TOP)]
        x = pool[rng.randrange(min(len(pool), TOP))] if rng.random() < 0.5 else x
        if x not in _STOP and not any("\u0980" <= c <= "\u09ff" for c in x):
            return x


def sr_fix(name: str) -> str:
    """Restore the diacritic of the common -ić ending (the pool often lacks it)."""
    return name[:-2] + "ić" if name.endswith("ic") else name


def sr_cyr(s: str) -> str:
    for a, b in _SR_LAT:
        s = s.replace(a, b)
    return "".join(_SR_ONE.get(c, c) for c in s)


def sr_lat(s: str) -> str:
    back = {v: k for k, v in _SR_ONE.items()}
    back.update({b: a for a, b in _SR_LAT if a not in ("Dj", "dj")})
    return "".join(back.get(c, c) for c in s)


def ascii_fold(s: str) -> str:
    s = s.replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th")
    s = (
        s.replace("æ", "ae")
        .replace("Æ", "Ae")
        .replace("ø", "o")
        .replace("ħ", "h")
        .replace("Ħ", "H")
        .replace("đ", "dj")
    )
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


_KZ_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                   ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n",
                    "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "",
                    "e", "yu", "ya", "a", "g", "k", "n", "o", "u", "u", "h", "i"], strict=False))  # fmt: skip


def kz_lat(s: str) -> str:
    out = []
    for c in s:
        lat = _KZ_LAT.get(c.lower(), c)
        out.append(lat.capitalize() if c.isupper() else lat)
    return "".join(out)


def ascii_name(s: str, locale: str) -> str:
    """A name typed without diacritics; Cyrillic is transliterated first, not dropped."""
    if any("\u0400" <= c <= "\u04ff" for c in s):
        s = kz_lat(s) if locale == "kk_KZ" else sr_lat(s)
        s = kz_lat(s)  # Russian letters that the Serbian table lacks
    return ascii_fold(s)


class Person:
    def __init__(self, rng, locale: str, gender: str | None = None) -> None:
        cc = CC[locale]
        pool = _POOL[cc]
        self.gender = gender or rng.choice("MF")
        self.first = _pick(rng, pool[self.gender])
        while self.first in _SURNAMES.get(cc, ()):
            self.first = _pick(rng, pool[self.gender])
        last = _pick(rng, pool["L"])
        while last in _NOT_SURNAME.get(cc, ()):
            last = _pick(rng, pool["L"])
        if cc == "IS":
            suffix = "son" if self.gender == "M" else "dóttir"
            while not last.endswith(suffix):
                last = _pick(rng, pool["L"])
        if cc == "KZ":
            fem = last.endswith("ва") or last.endswith("на")
            while (self.gender == "F") != fem or not (last[-1] in "вна" or last[-2:] == "ов"):
                last = _pick(rng, pool["L"])
                fem = last.endswith("ва") or last.endswith("на")
        if cc == "RS":
            self.first, last = sr_lat(sr_fix(self.first)), sr_lat(sr_fix(last))
            if rng.random() < 0.4:
                self.first, last = sr_cyr(self.first), sr_cyr(last)
        self.last = last
        self.locale = locale

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def latin(self) -> tuple[str, str]:
        if self.locale == "kk_KZ":
            return kz_lat(self.first), kz_lat(self.last)
        if self.locale == "sr_RS":
            return sr_lat(self.first), sr_lat(self.last)
        return self.first, self.last

    def email_local(self, rng) -> str:
        f, l_ = (ascii_fold(x).lower().replace(" ", "").replace("'", "") for x in self.latin())
        f, l_ = f or "info", l_ or "mail"
        return rng.choice([f"{f}.{l_}", f"{f}{l_}", f"{f[0]}{l_}", f"{f}_{l_}{rng.randint(1, 99)}",
                           f"{l_}.{f}", f"{f}{rng.randint(70, 2005)}"])  # fmt: skip
