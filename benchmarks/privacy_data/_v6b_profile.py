"""A private person with all values drawn once per text (name, dob, ids, contacts...)."""

from _v6b_ids import iban, iban_fmt, is_kt, jmbg, kz_iin, mt_vat_no, rs_pib, sg_nric, uy_ci, uy_rut
from _v6b_lex import LANG, date_str
from _v6b_names import Person
from _v6b_places import address
from _v6b_values import _d, birth, card, email, phone

IBAN_CC = {"sr_RS": "RS", "mt_MT": "MT", "is_IS": "IS", "kk_KZ": "KZ", "pt_AO": "AO"}
_AZ = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _L(rng, n: int) -> str:
    return "".join(rng.choice(_AZ) for _ in range(n))


def national_ids(rng, loc: str, p) -> list[tuple[str, str]]:
    """(label, value) pairs for the locale, in the country's real formats."""
    d, m, y = p.birth
    male = p.gender == "M"
    if loc == "en_PH":
        return [("TIN", f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}-000"),
                ("SSS No.", f"{rng.randint(1, 34):02d}-{_d(rng, 7)}-{_d(rng, 1)}"),
                ("PhilHealth No.", f"{rng.choice(['01', '02', '03', '12', '19'])}-{_d(rng, 9)}-{_d(rng, 1)}"),
                ("Passport No.", f"P{_d(rng, 7)}{rng.choice('ABC')}"),
                ("Driver's License No.", f"{rng.choice('NDK')}{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 6)}")]  # fmt: skip
    if loc == "en_SG":
        return [
            ("NRIC", sg_nric(rng, y)),
            ("NRIC No.", sg_nric(rng, y)),
            ("Passport No.", f"E{_d(rng, 7)}{rng.choice(_AZ)}"),
        ]
    if loc == "en_NG":
        return [("NIN", f"{rng.randint(1, 9)}{_d(rng, 10)}"), ("BVN", f"22{_d(rng, 9)}"),
                ("TIN", f"{_d(rng, 8)}-0001"), ("Driver's Licence No.", f"{_L(rng, 3)}{_d(rng, 5)}{_L(rng, 2)}{_d(rng, 2)}"),
                ("Intl Passport No.", f"{rng.choice('AB')}{_d(rng, 8)}")]  # fmt: skip
    if loc == "bn_BD":
        return [("NID", rng.choice([f"{rng.randint(1, 9)}{_d(rng, 9)}", f"{y}{_d(rng, 13)}"])),
                ("জাতীয় পরিচয়পত্র নং", f"{rng.randint(1, 9)}{_d(rng, 9)}"),
                ("e-TIN", _d(rng, 12)), ("Passport No.", f"{rng.choice('ABE')}{_d(rng, 8)}")]  # fmt: skip
    if loc == "sr_RS":
        return [("JMBG", jmbg(rng, d, m, y, male)), ("ЈМБГ", jmbg(rng, d, m, y, male)),
                ("PIB", rs_pib(rng)), ("Broj pasoša", _d(rng, 9)),
                ("Broj lične karte", _d(rng, 9))]  # fmt: skip
    if loc == "mt_MT":
        return [("ID Card No.", f"{rng.randint(1, 999999):07d}{rng.choice('MMMGAL')}"),
                ("Karta tal-Identità", f"{rng.randint(1, 999999)}{rng.choice('MMG')}"),
                ("VAT No.", mt_vat_no(rng)), ("Passport No.", _d(rng, 7))]  # fmt: skip
    if loc == "is_IS":
        kt = is_kt(rng, d, m, y)
        return [
            ("Kennitala", kt[:6] + "-" + kt[6:]),
            ("kt.", kt),
            ("Vegabréf nr.", f"A{_d(rng, 7)}"),
        ]
    if loc == "kk_KZ":
        return [("ИИН", kz_iin(rng, d, m, y, male)), ("ЖСН", kz_iin(rng, d, m, y, male)),
                ("Уд. личности №", _d(rng, 9)), ("Паспорт №", f"N{_d(rng, 8)}")]  # fmt: skip
    if loc == "pt_AO":
        bi = f"00{_d(rng, 7)}{rng.choice(['LA', 'BE', 'HO', 'HA', 'BA'])}0{_d(rng, 2)}"
        return [("BI n.º", bi), ("NIF", bi), ("Passaporte n.º", f"N{_d(rng, 7)}")]
    return [("C.I.", uy_ci(rng)), ("CI", uy_ci(rng).replace(".", "")), ("RUT", uy_rut(rng)),
            ("Pasaporte", f"C{_d(rng, 6)}")]  # fmt: skip


class Profile:
    def __init__(self, rng, loc: str, gender: str | None = None, lo: int = 1950, hi: int = 2004):
        self.loc = loc
        self.p = Person(rng, loc, gender)
        self.gender = self.p.gender
        self.birth = birth(rng, lo, hi)
        self.dob = date_str(rng, loc, *self.birth)
        self.phone = phone(rng, loc)
        self.email = email(rng, self.p, loc)
        self.addr = address(rng, loc)
        self.ids = national_ids(rng, loc, self)
        self.id_label, self.id = rng.choice(self.ids)
        self.card = card(rng, loc)
        cc = IBAN_CC.get(loc)
        self.iban = iban_fmt(rng, iban(rng, cc)) if cc else None
        self.bank_acc = self.iban or _d(rng, rng.choice([10, 12, 13]))
        self.lang = LANG[loc]

    @property
    def name(self) -> str:
        return self.p.full

    @property
    def first(self) -> str:
        return self.p.first

    @property
    def last(self) -> str:
        return self.p.last
