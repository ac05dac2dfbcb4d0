# ruff: noqa: RUF001  (real texts in these scripts use characters that look like Latin ones)
"""People and addresses for v9a: name pools parsed, a person's name forms, e-mail,
ids and an address in the locale's native and romanised forms."""
from __future__ import annotations

import unicodedata

import _v9a_names_asia as NA
import _v9a_names_world as NW
import _v9a_values as X
from _v9a_doc import V
from _v9a_places import PLACES

LOCALES = ["th_TH", "ur_PK", "sw_KE", "my_MM", "mn_MN", "ne_NP", "es_PY", "en_NZ", "sk_SK", "hy_AM"]


def _rows(s: str) -> list[list[str]]:
    return [[p.strip() for p in r.split("|")] for r in s.replace("\n", " ").split(";") if r.strip()]


def _given(s: str, latin_only=False):
    out = []
    for r in _rows(s):
        if latin_only:
            out.append((r[0], r[0], r[1]))
        else:
            out.append((r[0], r[1], r[2]))
    return out


GIVEN = {
    "th_TH": _given(NA.TH_GIVEN), "my_MM": _given(NA.MM_GIVEN), "mn_MN": _given(NA.MN_GIVEN),
    "ne_NP": _given(NA.NE_GIVEN), "ur_PK": _given(NW.UR_GIVEN), "sw_KE": _given(NW.SW_GIVEN, True),
    "es_PY": _given(NW.ES_GIVEN, True), "en_NZ": _given(NW.EN_GIVEN, True),
    "sk_SK": _given(NW.SK_GIVEN, True), "hy_AM": _given(NW.HY_GIVEN),
}
# family rows: (native, romanised, extra) -- extra is the genitive (mn) or female form (sk)
FAMILY = {
    "th_TH": [(a, b, "") for a, b in _rows(NA.TH_FAMILY)],
    "my_MM": [(a, b, "") for a, b in _rows(NA.MM_FAMILY)],
    "mn_MN": [(a, c, b) for a, b, c in _rows(NA.MN_FAMILY)],
    "ne_NP": [(a, b, "") for a, b in _rows(NA.NE_FAMILY)],
    "ur_PK": [(a, b, "") for a, b in _rows(NW.UR_FAMILY)],
    "sw_KE": [(r[0], r[0], "") for r in _rows(NW.SW_FAMILY)],
    "es_PY": [(r[0], r[0], "") for r in _rows(NW.ES_FAMILY)],
    "en_NZ": [(r[0], r[0], "") for r in _rows(NW.EN_FAMILY)],
    "sk_SK": [(a, a, b) for a, b in _rows(NW.SK_FAMILY)],
    "hy_AM": [(a, b, "") for a, b in _rows(NW.HY_FAMILY)],
}
TH_NICK = _rows(NA.TH_NICK)

MAIL = {
    "th_TH": ["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th", "chula.ac.th", "kku.ac.th"],
    "ur_PK": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "ptcl.net.pk", "nu.edu.pk"],
    "sw_KE": ["gmail.com", "yahoo.com", "outlook.com", "uonbi.ac.ke", "kenyaweb.com"],
    "my_MM": ["gmail.com", "yahoo.com", "mptmail.net.mm", "myanmar.com.mm"],
    "mn_MN": ["gmail.com", "yahoo.com", "mail.mn", "num.edu.mn", "mobinet.mn"],
    "ne_NP": ["gmail.com", "yahoo.com", "wlink.com.np", "ntc.net.np", "ku.edu.np"],
    "es_PY": ["gmail.com", "hotmail.com", "tigo.com.py", "personal.com.py", "una.py"],
    "en_NZ": ["xtra.co.nz", "gmail.com", "outlook.com", "orcon.net.nz", "slingshot.co.nz", "auckland.ac.nz"],
    "sk_SK": ["azet.sk", "centrum.sk", "gmail.com", "zoznam.sk", "post.sk", "stuba.sk"],
    "hy_AM": ["mail.ru", "gmail.com", "yandex.ru", "yahoo.com", "ysu.am"],
}


def ascii_fold(s: str) -> str:
    s = s.replace("'", "").replace("ʼ", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, rng, loc: str, sex: str | None = None):
        self.loc = loc
        pool = GIVEN[loc]
        if sex:
            pool = [g for g in pool if g[2] == sex]
        g = rng.choice(pool)
        self.sex = g[2]
        self.g, self.gl = g[0], g[1]
        fam = rng.choice(FAMILY[loc])
        self.f, self.fl, extra = fam
        self.f2 = self.f2l = ""
        self.mid = ""
        if loc == "sk_SK" and self.sex == "f":
            self.f = self.fl = extra
        if loc == "mn_MN":
            self.gen = extra  # father's name in genitive
        if loc == "es_PY":
            f2 = rng.choice(FAMILY[loc])[0]
            if f2 != self.f:
                self.f2 = self.f2l = f2
        if loc == "sw_KE" and rng.random() < .4:
            m = rng.choice([x for x in GIVEN[loc] if x[2] == self.sex and x[0] not in (
                "Brian", "Kevin", "Faith", "Mercy", "Grace", "Joy")])
            if m[0] != self.g:
                self.mid = m[0]
        if loc == "my_MM" and rng.random() < .3:
            self.f = self.f + rng.choice(FAMILY[loc])[0]
        self.nick, self.nickl = rng.choice(TH_NICK) if loc == "th_TH" else (self.g, self.gl)
        self.dob = X.dob(rng)
        self._rng = rng

    # ---- name forms
    @property
    def full(self) -> str:
        loc = self.loc
        if loc == "my_MM":
            return self.g + self.f
        if loc == "mn_MN":
            return f"{self.gen} {self.g}"
        if loc == "es_PY":
            return " ".join(x for x in (self.g, self.f, self.f2) if x)
        if loc == "sw_KE" and self.mid:
            return f"{self.g} {self.mid} {self.f}"
        return f"{self.g} {self.f}"

    @property
    def full_lat(self) -> str:
        loc = self.loc
        if loc == "my_MM":
            return f"{self.gl} {self.fl_my}"
        if loc == "mn_MN":
            return f"{self.gl} {self.fl}"
        if loc == "es_PY":
            return " ".join(x for x in (self.gl, self.fl, self.f2l) if x)
        if loc == "sw_KE" and self.mid:
            return f"{self.gl} {self.mid} {self.fl}"
        return f"{self.gl} {self.fl}"

    @property
    def fl_my(self) -> str:
        # romanised closing element(s) for Burmese names
        for nat, lat, _ in FAMILY["my_MM"]:
            if self.f == nat:
                return lat
        # two elements joined
        for nat, lat, _ in FAMILY["my_MM"]:
            if self.f.startswith(nat):
                rest = self.f[len(nat):]
                for n2, l2, _ in FAMILY["my_MM"]:
                    if rest == n2:
                        return f"{lat} {l2}"
        return self.fl

    @property
    def short(self) -> str:
        """Initial + given (mn), given name otherwise."""
        if self.loc == "mn_MN":
            return f"{self.gen[0]}.{self.g}"
        if self.loc == "th_TH":
            return self.g
        if self.loc == "my_MM":
            return self.full
        return self.g

    @property
    def family_lat(self) -> str:
        if self.loc == "my_MM":
            return self.fl_my
        if self.loc == "es_PY":
            return " ".join(x for x in (self.fl, self.f2l) if x)
        return self.fl

    @property
    def given_lat(self) -> str:
        return self.gl

    def email(self, rng=None, domain=None) -> str:
        rng = rng or self._rng
        g = ascii_fold(self.gl).lower().replace(" ", "").replace("-", "")
        f = ascii_fold(self.family_lat.split(" ")[0]).lower().replace("-", "").replace(" ", "")
        y = str(self.dob.year)[2:]
        local = rng.choice([f"{g}.{f}", f"{g}{f}", f"{g}_{f}{y}", f"{g[0]}{f}", f"{f}.{g}",
                            f"{g}{rng.randint(1, 999)}", f"{g}.{f}{y}"])
        return f"{local}@{domain or rng.choice(MAIL[self.loc])}"

    def phone(self, rng=None, **kw) -> str:
        kw.setdefault("land", 0.03)
        return X.phone(rng or self._rng, self.loc, **kw)

    def doc_id(self, rng=None):
        """(label, value) of the identity document shown at a counter."""
        from _v9a_lex import LEX
        rng = rng or self._rng
        if self.loc == "en_NZ":
            return "Driver licence", X.nz_dl(rng)
        return LEX[self.loc]["id"], self.id(rng)

    def id(self, rng=None, native=False) -> str:
        rng = rng or self._rng
        loc = self.loc
        if loc == "th_TH":
            v = X.th_id(rng, born=self.dob)
            return X.nd(v, "th") if native else v
        if loc == "ur_PK":
            return X.pk_cnic(rng, self.sex == "f")
        if loc == "sw_KE":
            return X.ke_id(rng)
        if loc == "my_MM":
            return X.mm_nrc(rng, native)
        if loc == "mn_MN":
            return X.mn_reg(rng, self.dob)
        if loc == "ne_NP":
            return X.np_citizenship(rng, native)
        if loc == "es_PY":
            return X.py_ci(rng)
        if loc == "en_NZ":
            return X.nz_ird_num(rng)
        if loc == "sk_SK":
            return X.sk_rc_of(rng, self.dob, self.sex == "f")
        return X.am_passport(rng)

    def dob_text(self, rng=None, machine=False) -> str:
        rng = rng or self._rng
        if self.loc == "ne_NP" and not machine and rng.random() < .6:
            y = self.dob.year + 57
            return X.nd(f"{y}/{self.dob.month:02d}/{min(self.dob.day, 30):02d}", "ne") if rng.random() < .6 \
                else f"{y}-{self.dob.month:02d}-{min(self.dob.day, 30):02d} BS"[:-3]
        return X.fmt_date(self.dob, self.loc, rng, machine)


def P(s: str) -> V:
    return V("person", s)


# ------------------------------------------------------------------ addresses
class Address:
    def __init__(self, loc, street, area, one, city, pc, lat, lon, street_only=None, city_lat=""):
        self.loc, self.street, self.area, self.one = loc, street, area, one
        self.city, self.pc, self.lat, self.lon = city, pc, lat, lon
        self.street_only = street_only or street
        self.city_lat = city_lat

    @property
    def lines(self):
        return [x for x in (self.street, self.area) if x]


def _city(rng, loc, home=False):
    key = rng.choice(list(PLACES[loc]))
    if home:  # the locale's first city (where a local logbook's fixed spots are)
        key = next(iter(PLACES[loc]))
    nat, lat, la, lo = key.split("|")
    areas_s, streets_s = PLACES[loc][key]
    return nat, lat, float(la), float(lo), areas_s, streets_s


def address(rng, loc: str, latin: bool = False, physical: bool = False, home: bool = False) -> Address:
    cn, cl, la, lo, areas_s, streets_s = _city(rng, loc, home)
    areas = _rows(areas_s) if areas_s else []
    streets = _rows(streets_s) if streets_s and "|" in streets_s else []
    r = rng.random()
    if loc == "th_TH":
        an, al, pc = rng.choice(areas)
        sn, sl = rng.choice(streets)
        house = f"{rng.randint(1, 399)}/{rng.randint(1, 120)}" if r < .6 else f"{rng.randint(1, 250)} หมู่ {rng.randint(1, 12)}"
        if latin:
            house = house.replace(" หมู่ ", " Moo ")
            st = f"{house} {sl}"
            ar = f"{al}, {cl} {pc}"
            return Address(loc, st, ar, f"{st}, {ar}", cl, pc, la, lo, sl, cl)
        city = ("กรุงเทพฯ" if rng.random() < .5 else "กรุงเทพมหานคร") if cl == "Bangkok" else "จ." + cn
        st = f"{house} {sn}"
        ar = f"{an} {city} {pc}"
        return Address(loc, st, ar, f"{st} {ar}", cn, pc, la, lo, sn, cl)
    if loc == "ur_PK":
        an, al, pc = rng.choice(areas)
        h, s = rng.randint(1, 480), rng.randint(1, 40)
        if latin:
            st = f"House No. {h}, Street {s}" if r < .5 else f"House {h}, Street {s}"
            ar = f"{al}, {cl}" + (f" {pc}" if rng.random() < .5 else "")
            return Address(loc, st, ar, f"{st}, {ar}", cl, pc, la, lo, f"Street {s}", cl)
        st = f"مکان نمبر {h}، گلی نمبر {s}"
        ar = f"{an}، {cn}"
        return Address(loc, st, ar, f"{st}، {ar}", cn, pc, la, lo, st, cl)
    if loc == "sw_KE":
        an, al, pc = rng.choice(areas)
        sn, sl = rng.choice(streets)
        if r < .2 and not physical:
            one = f"P.O. Box {rng.randint(100, 99999)}-{pc}, {cl}"
            return Address(loc, one, "", one, cl, pc, la, lo, one.split(",")[0], cl)
        bld = rng.choice(["Hse No. {n}", "Apartment {a}{n}", "{b} Court, Hse {n}", "Plot {n}"]).format(
            n=rng.randint(1, 90), a=rng.choice("ABCDE"), b=rng.choice(["Jacaranda", "Mvule", "Baraka", "Tumaini", "Amani"]))
        st = f"{bld}, {sl}"
        ar = f"{al}, {cl}"
        return Address(loc, st, ar, f"{st}, {ar}", cl, pc, la, lo, sl, cl)
    if loc == "my_MM":
        an, al, pc = rng.choice(areas)
        sn, sl = rng.choice(streets)
        n = str(rng.randint(1, 350))
        if latin:
            st = f"No. {n}, {sl}"
            ar = f"{al}, {cl}" + (f" {pc}" if rng.random() < .6 else "")
            return Address(loc, st, ar, f"{st}, {ar}", cl, pc, la, lo, sl, cl)
        ward = f"{X.nd(str(rng.randint(1, 20)), 'my')} ရပ်ကွက်၊ " if rng.random() < .4 else ""
        st = f"အမှတ် {X.nd(n, 'my')}၊ {sn}"
        ar = f"{ward}{an}၊ {cn}မြို့"
        return Address(loc, st, ar, f"{st}၊ {ar}", cn, pc, la, lo, sn, cl)
    if loc == "mn_MN":
        an, al, pc = rng.choice(areas)
        k, b, apt = rng.randint(1, 32), rng.randint(1, 120), rng.randint(1, 160)
        if cl == "Ulaanbaatar":
            if latin:
                st = f"Apt {apt}, Bldg {b}, {k} khoroo"
                ar = f"{al}, Ulaanbaatar {pc}"
                return Address(loc, st, ar, f"{st}, {ar}", cl, pc, la, lo, st, cl)
            st = f"{k}-р хороо, {b}-р байр, {apt} тоот"
            ar = f"{cn} хот, {an}"
            return Address(loc, st, ar, f"{ar}, {st}", cn, pc, la, lo, st, cl)
        if latin:
            st = f"Apt {apt}, Bldg {b}, {k} bag"
            ar = f"{al} {pc}"
            return Address(loc, st, ar, f"{st}, {ar}", cl, pc, la, lo, st, cl)
        st = f"{k}-р баг, {b}-р байр, {apt} тоот"
        # province + soum alone is no address line: such addresses stay on one line
        return Address(loc, f"{an}, {st}", "", f"{an}, {st}", cn, pc, la, lo, st, cl)
    if loc == "ne_NP":
        an, al, ward = rng.choice(areas)
        pc = streets_s
        muni_n = "महानगरपालिका" if cl in ("Kathmandu", "Lalitpur", "Pokhara", "Bharatpur", "Biratnagar") else "उपमहानगरपालिका"
        muni_l = "Metropolitan City" if muni_n == "महानगरपालिका" else "Sub-Metropolitan City"
        if latin:
            st = f"House No. {rng.randint(1, 999)}, {al}" if r < .5 else f"{al}, Ward No. {ward}"
            ar = f"{cl}-{ward}, {pc}" if r < .5 else f"{cl} {muni_l} {pc}"
            one = f"{al}, {cl}-{ward}" if r < .7 else f"{st}, {ar}"
            return Address(loc, st, ar, one, cl, pc, la, lo, al, cl)
        w = X.nd(ward, "ne")
        st = f"{an}, घर नं. {X.nd(str(rng.randint(1, 999)), 'ne')}"
        ar = f"{cn} {muni_n}-{w}"
        one = f"{cn} {muni_n}-{w}, {an}" if r < .6 else f"{an}, {cn}-{w}"
        return Address(loc, st, ar, one, cn, pc, la, lo, an, cl)
    if loc == "es_PY":
        an, al, _pc = rng.choice(areas)
        sn, sl = rng.choice(streets)
        others = [s for s in streets if s[0] != sn]
        n = rng.randint(100, 3999)
        if others and r < .55:
            st = f"{sn} {n} c/ {rng.choice(others)[0]}"
        else:
            # a street "between" others needs another street (no "X e/ X" in one-street towns)
            st = f"{sn} N° {n}" if r < .8 or not others else f"{sn} e/ {rng.choice(others)[0]}"
        ar = f"Barrio {an}, {cn}" if an not in ("Centro",) else f"Centro, {cn}"
        return Address(loc, st, ar, f"{st}, {ar}", cn, "", la, lo, sn, cl)
    if loc == "en_NZ":
        an, al, pc = rng.choice(areas)
        sn, sl = rng.choice(streets)
        n = rng.randint(1, 420)
        st = (f"{n} {sn}" if r < .6 else f"{rng.randint(1, 12)}/{n} {sn}" if r < .8
              else f"Flat {rng.randint(1, 9)}, {n} {sn}")
        ar = f"{an}, {cn} {pc}"
        return Address(loc, st, ar, f"{st}, {ar}", cn, pc, la, lo, sn, cl)
    if loc == "sk_SK":
        an, al, pc = rng.choice(areas)
        sn, sl = rng.choice(streets)
        n = rng.randint(1, 140)
        st = f"{sn} {n}" if r < .6 else f"{sn} {rng.randint(100, 6000)}/{n}"
        city = cn if not an or rng.random() < .6 else f"{cn} - {an}"
        ar = f"{pc} {city}"
        return Address(loc, st, ar, f"{st}, {ar}", cn, pc, la, lo, sn, cl)
    # hy_AM
    an, al, pc = rng.choice(areas)
    sn, sl = rng.choice(streets)
    n, apt = rng.randint(1, 120), rng.randint(1, 90)
    if latin:
        st = f"{n} {sl}, apt {apt}" if r < .6 else f"{sl} {n}/{apt}"
        ar = f"{cl} {pc}"
        return Address(loc, st, ar, f"{st}, {ar}", cl, pc, la, lo, sl, cl)
    st = f"{sn} {n}, բն. {apt}"
    ar = f"{cn} {pc}" if not an else f"{cn}, {an} {pc}"
    one = f"ք. {cn}, {sn} {n}, բն. {apt}" if r < .5 else f"{st}, {ar}"
    return Address(loc, st, ar, one, cn, pc, la, lo, sn, cl)


def city_of(rng, loc):
    cn, cl, la, lo, _, _ = _city(rng, loc)
    return cn, cl, la, lo
