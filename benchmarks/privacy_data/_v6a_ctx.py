"""Per-record context for eval_v6a: one locale, one rng, labelled value makers (return V)."""

from __future__ import annotations

import datetime as dt

from _v6a_doc import V
from _v6a_ids import (
    az_fin,
    az_voen,
    be_rrn,
    card,
    ch_ahv,
    cl_rut_num,
    digits,
    ee_isikukood,
    fmt_card,
    fmt_iban,
    fmt_phone,
    ge_pin,
    iban,
    is_kt,
    pe_dni,
    phone_number,
    si_emso_num,
    si_tax,
    za_id,
    za_tax,
)
from _v6a_people import Person, ascii_fold, email, person, spoken_email
from _v6a_places import CITIES, KA_LATIN_CITY, KA_LATIN_STREETS, LANDMARKS, STREETS
from _v6a_values import gps, ipv4, ipv6, mac, password, token

LANG = {
    "en_ZA": "en",
    "is_IS": "is",
    "es_CL": "es",
    "es_PE": "es",
    "fr_BE": "fr",
    "it_CH": "it",
    "sl_SI": "sl",
    "et_EE": "et",
    "ka_GE": "ka",
    "az_AZ": "az",
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "sl": "januar februar marec april maj junij julij avgust september oktober november december",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "ka": "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი",
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
}


class Ctx:
    def __init__(self, rng, loc: str) -> None:
        self.rng = rng
        self.loc = loc
        self.lang = LANG[loc]
        self.script = "ka" if loc == "ka_GE" else ""
        cities = CITIES[loc]
        self.city = rng.choice(sorted(cities))
        self.centre = cities[self.city][1]
        self.one_city = False

    # ------------------------------------------------------------ people
    def person(self, script: str | None = None, born: dt.date | None = None) -> Person:
        if script is None and self.loc == "et_EE" and self.rng.random() < 0.12:
            script = "ru"  # Russian-speaking Estonians, names kept in Cyrillic
        return person(self.rng, self.loc, self.script if script is None else script, born)

    def p(self, s: str) -> V:
        return V("person", s)

    def email_of(self, p: Person, domain: str | None = None, spoken: bool = False) -> V:
        e = email(self.rng, self.loc, p, domain)
        if spoken:
            e = spoken_email(self.rng, e, self.lang)
        return V("email", e)

    # ------------------------------------------------------------ dates
    def date_str(self, d: dt.date, long: bool | None = None) -> str:
        rng = self.rng
        if long is None:
            long = rng.random() < 0.25
        lang = self.lang
        if long:
            m = MONTHS[lang].split()[d.month - 1]
            if lang == "en":
                return f"{d.day} {m} {d.year}"
            if lang in ("es",):
                return f"{d.day} de {m} de {d.year}"
            if lang in ("sl", "et", "is"):
                return f"{d.day}. {m} {d.year}"
            if lang == "ka":
                return f"{d.day} {m}, {d.year}"
            if lang == "az":
                return f"{d.day} {m} {d.year}"
            return f"{d.day} {m} {d.year}"
        if self.loc == "en_ZA":
            return rng.choice([f"{d:%Y/%m/%d}", f"{d:%Y-%m-%d}", f"{d:%d/%m/%Y}"])
        if lang == "es" or lang == "fr":
            return rng.choice(
                [f"{d:%d/%m/%Y}", f"{d:%d-%m-%Y}" if lang == "es" else f"{d:%d/%m/%Y}"]
            )
        if lang == "sl":
            return rng.choice(
                [f"{d.day}. {d.month}. {d.year}", f"{d:%d.%m.%Y}", f"{d.day}.{d.month}.{d.year}"]
            )
        return f"{d:%d.%m.%Y}"

    def dob(self, p: Person, long: bool | None = None) -> V:
        return V("dob", self.date_str(p.born, long))

    def other_date(self, long: bool | None = None, lo: int = 2024, hi: int = 2026) -> str:
        rng = self.rng
        return self.date_str(
            dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)), long
        )

    # ------------------------------------------------------------ ids
    def nid(self, p: Person, which: str = "") -> tuple[str, V]:
        """(local label, value) for a national id of person p."""
        rng, loc, b = self.rng, self.loc, p.born
        if loc == "en_ZA":
            if which == "tax" or (not which and rng.random() < 0.25):
                return "Income tax no.", V("national_id", za_tax(rng))
            v = za_id(rng, b, p.male)
            if rng.random() < 0.3:
                v = f"{v[:6]} {v[6:10]} {v[10:]}"
            return "ID number", V("national_id", v)
        if loc == "is_IS":
            k = is_kt(rng, b)
            return "Kennitala", V("national_id", f"{k[:6]}-{k[6:]}" if rng.random() < 0.8 else k)
        if loc == "es_CL":
            r = cl_rut_num(rng, 6_000_000, 22_000_000)
            body, c = r[:-1], r[-1]
            if rng.random() < 0.7:
                body = f"{int(body):,}".replace(",", ".")
            return rng.choice(["RUT", "RUN", "C.I."]), V("national_id", f"{body}-{c}")
        if loc == "es_PE":
            n, cd = pe_dni(rng)
            if rng.random() < 0.3:
                return "DNI", V("national_id", f"{n}-{cd[0]}")
            return "DNI", V("national_id", n)
        if loc == "fr_BE":
            n = be_rrn(rng, b, p.male)
            if rng.random() < 0.7:
                n = f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
            return "N° national", V("national_id", n)
        if loc == "it_CH":
            a = ch_ahv(rng)
            return "N. AVS", V("national_id", f"{a[:3]}.{a[3:7]}.{a[7:11]}.{a[11:]}")
        if loc == "sl_SI":
            if which == "tax" or (not which and rng.random() < 0.35):
                return "Davčna številka", V("national_id", si_tax(rng))
            return "EMŠO", V("national_id", si_emso_num(rng, b, p.male))
        if loc == "et_EE":
            return "Isikukood", V("national_id", ee_isikukood(rng, b, p.male))
        if loc == "ka_GE":
            return "პირადი ნომერი", V("national_id", ge_pin(rng))
        if loc == "az_AZ":
            if which == "tax" or (not which and rng.random() < 0.3):
                return "VÖEN", V("national_id", az_voen(rng))
            return "FİN", V("national_id", az_fin(rng))
        raise ValueError(loc)

    def passport(self) -> V:
        rng, loc = self.rng, self.loc
        u = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if loc == "en_ZA":
            v = rng.choice("AMT") + digits(rng, 8)
        elif loc == "is_IS":
            v = "A" + digits(rng, 7)
        elif loc == "es_CL":
            v = rng.choice(["F", "P"]) + digits(rng, 8)
        elif loc == "es_PE":
            v = digits(rng, 9)
        elif loc == "fr_BE":
            v = rng.choice(u) + rng.choice(u) + digits(rng, 6)
        elif loc == "it_CH":
            v = rng.choice("SXF") + digits(rng, 7)
        elif loc == "sl_SI":
            v = "P" + rng.choice(["A", "B", "C"]) + digits(rng, 7)
        elif loc == "et_EE":
            v = "K" + digits(rng, 7)
        elif loc == "ka_GE":
            v = digits(rng, 2) + rng.choice(u) + rng.choice(u) + digits(rng, 5)
        else:
            v = "C" + digits(rng, 8)
        return V("national_id", v)

    # ------------------------------------------------------------ money
    def iban(self) -> V | None:
        i = iban(self.rng, self.loc)
        return None if i is None else V("iban", fmt_iban(self.rng, i))

    def card(self) -> V:
        return V("card", fmt_card(self.rng, card(self.rng)[1]))

    # ------------------------------------------------------------ contact
    def phone(self) -> V:
        return V("phone", fmt_phone(self.rng, self.loc, phone_number(self.rng, self.loc)))

    def phone_intl(self) -> V:
        import phonenumbers

        n = phone_number(self.rng, self.loc)
        return V(
            "phone", phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        )

    # ------------------------------------------------------------ places
    def _parts(self, latin: bool = False):
        rng, loc = self.rng, self.loc
        cities = CITIES[loc]
        city = self.city if self.one_city or rng.random() < 0.6 else rng.choice(sorted(cities))
        pcs, _, districts = cities[city]
        pc = rng.choice(pcs)
        no = rng.randint(1, 180)
        if latin and loc == "ka_GE":
            return rng.choice(KA_LATIN_STREETS), no, pc, KA_LATIN_CITY[city], districts
        return rng.choice(STREETS[loc]), no, pc, city, districts

    def address_lines(self, latin: bool = False) -> list[str]:
        """Address as a list of lines (street line, [district], postcode+city)."""
        rng, loc = self.rng, self.loc
        st, no, pc, city, districts = self._parts(latin)
        if loc == "en_ZA":
            unit = f"Unit {rng.randint(1, 40)}, " if rng.random() < 0.2 else ""
            lines = [f"{unit}{no} {st}"]
            if districts:
                lines.append(rng.choice(districts))
            lines.append(f"{city} {pc}" if rng.random() < 0.5 else f"{city}, {pc}")
            return lines
        if loc == "is_IS":
            return [f"{st} {no}", f"{pc} {city}"]
        if loc == "es_CL":
            dep = f", depto. {rng.randint(11, 1804)}" if rng.random() < 0.4 else ""
            return [f"{st} {rng.randint(100, 4999)}{dep}", f"{rng.choice(districts)}, {city}"]
        if loc == "es_PE":
            dep = f" Dpto. {rng.randint(101, 1204)}" if rng.random() < 0.3 else ""
            return [f"{st} {rng.randint(100, 3999)}{dep}", f"{rng.choice(districts)}, {city} {pc}"]
        if loc == "fr_BE":
            bte = f" bte {rng.randint(1, 12)}" if rng.random() < 0.3 else ""
            return [f"{st} {no}{bte}", f"{pc} {city}"]
        if loc == "it_CH":
            return [f"{st} {no}", f"{pc} {city}"]
        if loc == "sl_SI":
            return [f"{st} {no}{rng.choice(['', '', 'a', 'b'])}", f"{pc} {city}"]
        if loc == "et_EE":
            apt = f"-{rng.randint(1, 80)}" if rng.random() < 0.5 else ""
            return [f"{st} {no}{apt}", f"{pc} {city}"]
        if loc == "ka_GE":
            if latin:
                return [f"{no} {st}", f"{city} {pc}"]
            bina = f", ბ. {rng.randint(1, 90)}" if rng.random() < 0.4 else ""
            return [f"{st} {no}{bina}", f"{city} {pc}"]
        # az_AZ
        ev = f", mənzil {rng.randint(1, 120)}" if rng.random() < 0.5 else ""
        dist = f"{rng.choice(districts)}, " if districts and rng.random() < 0.5 else ""
        return [
            f"{st} {no}{ev}",
            f"{dist}{city} {pc}" if rng.random() < 0.5 else f"{pc}, {dist}{city}",
        ]

    def address(self, latin: bool = False) -> V:
        return V("address", ", ".join(self.address_lines(latin)))

    def landmark(self) -> str:
        return self.rng.choice(LANDMARKS[self.loc])

    def street_only(self) -> str:
        return self.rng.choice(STREETS[self.loc])

    def city_name(self, latin: bool = False) -> str:
        return KA_LATIN_CITY[self.city] if latin and self.loc == "ka_GE" else self.city

    # ------------------------------------------------------------ tech
    def ipv4(self, private: float = 0.4) -> V:
        return V("ipv4", ipv4(self.rng, private))

    def ipv6(self) -> V:
        return V("ipv6", ipv6(self.rng))

    def mac(self) -> V:
        return V("mac", mac(self.rng))

    def gps(self) -> V:
        return V("gps", gps(self.rng, self.centre))

    def token(self) -> V:
        return V("secret", token(self.rng))

    def password(self) -> V:
        return V("secret", password(self.rng))

    def fold(self, s: str) -> str:
        return ascii_fold(s)
