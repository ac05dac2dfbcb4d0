"""Form-like styles of eval_v5a: vCard exports, XHTML form snippets, hotel registration
cards, pharmacy labels, boarding passes, shipping labels, insurance claims, CVs and
spreadsheets pasted as TSV."""

# ruff: noqa: RUF001  (text in Greek, Cyrillic, Persian and Korean on purpose)

from __future__ import annotations

import html

from _v5a_addresses import CITIES, address
from _v5a_doc import Doc, Facts, NeedsEscape, fill, pick
from _v5a_names import LATIN_FAMILY, Person, ascii_fold
from _v5a_values import IBAN_HOME

COUNTRY = {
    "en_CA": ("Canada", "CAN"),
    "fr_CA": ("Canada", "CAN"),
    "es_AR": ("Argentina", "ARG"),
    "pt_PT": ("Portugal", "PRT"),
    "pl_PL": ("Polska", "POL"),
    "tr_TR": ("Türkiye", "TUR"),
    "ko_KR": ("대한민국", "KOR"),
    "el_GR": ("Ελλάδα", "GRC"),
    "bg_BG": ("България", "BGR"),
    "fa_IR": ("ایران", "IRN"),
}
AIRPORTS = {
    "en_CA": ["YYZ", "YVR", "YUL", "YYC"],
    "fr_CA": ["YUL", "YQB", "YYZ"],
    "es_AR": ["EZE", "AEP", "COR", "MDZ"],
    "pt_PT": ["LIS", "OPO", "FAO", "FNC"],
    "pl_PL": ["WAW", "KRK", "GDN", "WRO"],
    "tr_TR": ["IST", "SAW", "ESB", "ADB"],
    "ko_KR": ["ICN", "GMP", "PUS", "CJU"],
    "el_GR": ["ATH", "SKG", "HER", "RHO"],
    "bg_BG": ["SOF", "VAR", "BOJ"],
    "fa_IR": ["IKA", "THR", "MHD", "SYZ"],
}
AIRLINES = {
    "en_CA": "AC",
    "fr_CA": "TS",
    "es_AR": "AR",
    "pt_PT": "TP",
    "pl_PL": "LO",
    "tr_TR": "TK",
    "ko_KR": "KE",
    "el_GR": "A3",
    "bg_BG": "FB",
    "fa_IR": "IR",
}
DRUGS = [
    "Amoxicillin 500 mg",
    "Ibuprofen 400 mg",
    "Metformin 850 mg",
    "Atorvastatin 20 mg",
    "Omeprazole 20 mg",
    "Ramipril 5 mg",
    "Levothyroxine 50 µg",
    "Cetirizine 10 mg",
    "Pantoprazole 40 mg",
    "Bisoprolol 2.5 mg",
]
PHARMACY = {
    "en_CA": "Shoppers Drug Mart #1284",
    "fr_CA": "Pharmacie Jean Coutu",
    "es_AR": "Farmacity Suc. 112",
    "pt_PT": "Farmácia Central",
    "pl_PL": "Apteka Gemini",
    "tr_TR": "Şifa Eczanesi",
    "ko_KR": "온누리약국",
    "el_GR": "Φαρμακείο Κέντρου",
    "bg_BG": "Аптеки Марешки",
    "fa_IR": "داروخانه شبانه‌روزی",
}
COURIER = {
    "en_CA": "Canada Post / Postes Canada",
    "fr_CA": "Purolator",
    "es_AR": "Correo Argentino",
    "pt_PT": "CTT Expresso",
    "pl_PL": "InPost Kurier",
    "tr_TR": "Yurtiçi Kargo",
    "ko_KR": "CJ대한통운",
    "el_GR": "ΕΛΤΑ Courier",
    "bg_BG": "Еконт Експрес",
    "fa_IR": "پست پیشتاز",
}

CYR = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъьюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "h",
            "ts",
            "ch",
            "sh",
            "sht",
            "a",
            "y",
            "yu",
            "ya",
        ],
        strict=False,
    )
)
GRK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
        [
            "a",
            "v",
            "g",
            "d",
            "e",
            "z",
            "i",
            "th",
            "i",
            "k",
            "l",
            "m",
            "n",
            "x",
            "o",
            "p",
            "r",
            "s",
            "s",
            "t",
            "y",
            "f",
            "ch",
            "ps",
            "o",
            "a",
            "e",
            "i",
            "i",
            "o",
            "y",
            "o",
            "i",
            "y",
            "i",
            "y",
        ],
        strict=False,
    )
)
HANGUL_L = [
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
HANGUL_V = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
HANGUL_T = [
    "",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "k",
    "m",
    "l",
    "l",
    "l",
    "p",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "t",
]
KO_SURNAME_LATIN = {
    "김": "KIM",
    "이": "LEE",
    "박": "PARK",
    "최": "CHOI",
    "정": "JUNG",
    "조": "CHO",
    "강": "KANG",
    "윤": "YOON",
    "장": "JANG",
    "임": "LIM",
}


def romanize(s: str, locale: str) -> str:
    out = []
    for ch in s.lower():
        if locale == "bg_BG" and ch in CYR:
            out.append(CYR[ch])
        elif locale == "el_GR" and ch in GRK:
            out.append(GRK[ch])
        elif locale == "ko_KR" and "가" <= ch <= "힣":
            k = ord(ch) - 0xAC00
            out.append(HANGUL_L[k // 588] + HANGUL_V[(k % 588) // 28] + HANGUL_T[k % 28])
        else:
            out.append(ch)
    return ascii_fold("".join(out)).upper()


def iata_name(p: Person) -> str:
    if p.locale == "fa_IR":
        return f"{p.latin.upper()}"  # the family part comes from LATIN_FAMILY below
    if p.locale == "ko_KR":
        return f"{KO_SURNAME_LATIN.get(p.family) or romanize(p.family, 'ko_KR')}/{romanize(p.given, 'ko_KR')}"
    return f"{romanize(p.family, p.locale)}/{romanize(p.given, p.locale)}"


UNIVERSITIES = {
    "en_CA": ["University of Toronto", "UBC", "McGill University", "Dalhousie University"],
    "fr_CA": ["Université de Montréal", "Université Laval", "UQAM", "Cégep du Vieux Montréal"],
    "es_AR": ["Universidad de Buenos Aires", "UTN FRBA", "Universidad Nacional de Córdoba"],
    "pt_PT": ["Universidade do Porto", "Instituto Superior Técnico", "Universidade de Coimbra"],
    "pl_PL": ["Uniwersytet Jagielloński", "Politechnika Warszawska", "Uniwersytet Łódzki"],
    "tr_TR": ["Boğaziçi Üniversitesi", "ODTÜ", "Ege Üniversitesi"],
    "ko_KR": ["서울대학교", "부산대학교", "한양대학교"],
    "el_GR": ["ΕΚΠΑ", "ΑΠΘ", "Πανεπιστήμιο Πατρών"],
    "bg_BG": ["СУ „Св. Климент Охридски“", "ТУ – София", "УНСС"],
    "fa_IR": ["دانشگاه تهران", "دانشگاه صنعتی شریف", "دانشگاه شیراز"],
}
CITY_WORD = {
    "en_CA": "City",
    "fr_CA": "Ville",
    "es_AR": "Localidad",
    "pt_PT": "Localidade",
    "pl_PL": "Miejscowość",
    "tr_TR": "Şehir",
    "ko_KR": "지역",
    "el_GR": "Πόλη",
    "bg_BG": "Град",
    "fa_IR": "شهر",
}


def _label(d: Doc, text: str, sep: str = ": ") -> Doc:
    return d.t(text + sep)


def vcard(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    if f.clean:  # a business card shared from a maps app: no personal value
        org = f.neg("company")
        d.t("BEGIN:VCARD\nVERSION:3.0\nFN:").n(org).t("\nORG:").n(org).t("\nURL:https://www.")
        d.t(ascii_fold(org).lower()[:16] + ".example\nNOTE:")
        fill(d, f, pick(f, "clean"))
        return d.t("\nEND:VCARD\n")
    people = [f.p] if r.random() < 0.6 else [f.p, f.p2]
    for i, p in enumerate(people):
        v3 = r.random() < 0.6
        d.t("BEGIN:VCARD\nVERSION:" + ("3.0" if v3 else "2.1") + "\n")
        d.t("N:").v("person", p.family).t(";").v("person", p.given).t(";;;\n")
        d.t("FN:").v("person", p.full).t("\n")
        if f.want_neg:
            d.t("ORG:").n(f.neg("company")).t("\n")
        phone = f.phone if i == 0 else f.phone2
        d.t("TEL;TYPE=CELL:" if v3 else "TEL;CELL:").v("phone", phone).t("\n")
        if r.random() < 0.7:
            d.t("EMAIL;TYPE=INTERNET:" if v3 else "EMAIL;PREF;INTERNET:").v(
                "email", f.email if i == 0 else f.email2
            ).t("\n")
        if i == 0 and r.random() < 0.5:
            d.t("ADR;TYPE=HOME:;;").v("address", f.addr1.replace(";", ",")).t(
                ";;;;" + COUNTRY[f.locale][0] + "\n"
            )
        if i == 0 and r.random() < 0.5:
            d.t("BDAY:").v(
                "dob", f"{f.dob_date:%Y-%m-%d}" if r.random() < 0.6 else f"{f.dob_date:%Y%m%d}"
            ).t("\n")
        if r.random() < 0.3:
            d.t("NOTE:")
            fill(d, f, pick(f, "clean"))
            d.t("\n")
        d.t(
            f"REV:{2025 + r.randint(0, 1)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z\nEND:VCARD\n"
        )
    return d


def _xesc(s: str) -> str:
    return html.escape(s, quote=True)


def _xv(d: Doc, kind: str, s: str) -> Doc:
    if _xesc(s) != s:
        raise NeedsEscape(s)
    return d.v(kind, s)


def html_form(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    lab = f.lab
    fields: list[tuple[str, str, str | None, str | None]] = []  # (label, name, kind, value)
    if f.clean:
        fields = [
            (lab["order"], "order", None, f.neg("order")),
            (lab["date"], "date", None, f.neg("date")),
            (lab["total"], "total", None, f.neg("price")),
        ]
    else:
        fields.append((lab["given"], "first_name", "person", f.p.given))
        fields.append((lab["family"], "last_name", "person", f.p.family))
        if r.random() < 0.8:
            fields.append((lab["email"], "email", "email", f.email))
        if r.random() < 0.7:
            fields.append((lab["mobile"], "tel", "phone", f.phone))
        if r.random() < 0.4:
            fields.append((lab["dob"], "birthdate", "dob", f"{f.dob_date:%Y-%m-%d}"))
        if r.random() < 0.4:
            fields.append((lab["address"], "street", "address", f.addr1))
        if r.random() < 0.3:
            fields.append((f.nid_label(), "id_number", "national_id", f.nid[1]))
        if r.random() < 0.25:
            fields.append((lab["password"], "password", "secret", f.pw))
        if f.want_neg:
            fields.append((lab["order"], "ref", None, f.neg("order")))
    page = r.random() < 0.5
    d.t(
        '<form method="post" action="/'
        + r.choice(["signup", "checkout", "kontakt", "register", "apply"])
        + '">\n'
        if not page
        else '<section class="summary">\n<dl>\n'
    )
    if f.want_neg:
        d.t('  <input type="hidden" name="csrf" value="').n(f.neg("uuid")).t(
            '"/>\n'
        ) if not page else None
    for label, name, kind, value in fields:
        assert value is not None
        if page:
            d.t(f"  <dt>{_xesc(label)}</dt><dd>")
            _xv(d, kind, value) if kind else d.n(_xesc(value))
            d.t("</dd>\n")
        else:
            typ = {"email": "email", "tel": "tel", "password": "password", "birthdate": "date"}.get(
                name, "text"
            )
            d.t(
                f'  <label for="{name}">{_xesc(label)}</label>\n  <input type="{typ}" id="{name}" name="{name}" value="'
            )
            _xv(d, kind, value) if kind else d.n(_xesc(value))
            d.t('"/>\n')
    d.t("</form>" if not page else "</dl>\n</section>")
    return d


def hotel_card(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    lab = f.lab
    w = r.choice([18, 22, 26])
    hotel = (
        r.choice(["Hotel", "Pension", "Grand Hotel", "Boutique Hotel"])
        + " "
        + r.choice(["Aurora", "Central", "Marina", "Olympia", "Palace"])
    )
    d.t(f"{hotel.upper()}\n{'=' * len(hotel)}\n")

    def row(label: str) -> Doc:
        return d.t(f"{label + ':':<{w}}")

    if not f.clean:
        row(lab["guest"]).v("person", f.p.full).t("\n")
        row(lab["nationality"]).t(COUNTRY[f.locale][0] + "\n")
        if f.on(0.7):
            row(lab["dob"]).v("dob", f.dob).t("\n")
        if f.on(0.8):
            row(f.nid_label()).v("national_id", f.nid[1]).t("\n")
        if f.on(0.6):
            lines = f.addr
            row(lab["address"]).lines("address", lines, "\n" + " " * w).t("\n")
        if f.on(0.6):
            row(lab["phone"]).v("phone", f.phone).t("\n")
        if f.on(0.5):
            row(lab["email"]).v("email", f.email).t("\n")
        if f.on(0.4):
            row(lab["card"]).v("card", f.card).t(
                f"  exp {r.randint(1, 12):02d}/{r.randint(26, 31)}\n"
            )
        if f.locale in ("en_CA", "fr_CA") and f.on(0.3):
            row("US SSN (IRS W-8)").v("ssn", f.ssn).t("\n")
    if f.want_neg:
        row(lab["arrival"]).n(f.neg("date")).t("\n")
        row(lab["departure"]).n(f.neg("date")).t("\n")
    row(lab["room"]).t(f"{r.randint(1, 9)}{r.randint(0, 3)}{r.randint(1, 9)}\n")
    if f.want_neg:
        row("Folio").n(f.neg("order")).t("\n")
    d.t(f"\n{lab['signature']}: ______________\n")
    return d


def pharmacy_label(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    lab = f.lab
    d.t(PHARMACY[f.locale] + "\n")
    if f.on(0.5):
        d.t("☎ ").v("phone", f.phone2).t("\n")
    if f.want_neg:
        d.t(f"Rx {r.randint(1000000, 9999999)}    ").n(f.neg("date")).t("\n")
    if not f.clean:
        d.t(lab["patient"] + ": ")
        if r.random() < 0.5 and f.locale not in ("ko_KR", "fa_IR"):
            d.v("person", f.p.family.upper() + ", " + f.p.given)
        else:
            d.v("person", f.p.full)
        if f.on(0.6):
            d.t("  (").v("dob", f.dob).t(")")
        d.t("\n")
    d.t(r.choice(DRUGS) + f"  #{r.choice([14, 28, 30, 56, 90])}\n{lab['dose']}\n")
    if not f.clean and f.on(0.8):
        d.t(
            lab["prescriber"]
            + ": "
            + (
                "Dr. "
                if f.locale not in ("ko_KR", "fa_IR", "el_GR", "bg_BG")
                else {"ko_KR": "", "fa_IR": "دکتر ", "el_GR": "Δρ. ", "bg_BG": "д-р "}[f.locale]
            )
        )
        d.v("person", f.p2.full).t("\n")
    if f.want_neg:
        d.t("DIN/Lot ").n(f.neg("version")).t("  EXP ").n(f.neg("date")).t("\n")
    if f.on(0.2):
        d.t(f.nid_label() + " ").v("national_id", f.nid[1]).t("\n")
    return d


def boarding_pass(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    a, b = (
        r.sample(AIRPORTS[f.locale], 2)
        if r.random() < 0.6
        else (r.choice(AIRPORTS[f.locale]), r.choice(["FRA", "CDG", "LHR", "AMS", "DXB", "MAD"]))
    )
    local = {
        "pl_PL": "KARTA POKŁADOWA",
        "tr_TR": "BİNİŞ KARTI",
        "ko_KR": "탑승권",
        "el_GR": "ΚΑΡΤΑ ΕΠΙΒΙΒΑΣΗΣ",
        "bg_BG": "БОРДНА КАРТА",
        "fa_IR": "کارت پرواز",
        "es_AR": "TARJETA DE EMBARQUE",
        "pt_PT": "CARTÃO DE EMBARQUE",
        "fr_CA": "CARTE D'EMBARQUEMENT",
        "en_CA": "BOARDING PASS",
    }[f.locale]
    d.t(f"{local} / BOARDING PASS\n")
    if not f.clean:
        p = f.p
        name = iata_name(p)
        if p.locale == "fa_IR":
            name = f"{f.rng.choice(LATIN_FAMILY['fa_IR']).upper()}/{name}"
        title = "" if p.locale == "fa_IR" else (" MS" if p.female else " MR")
        # Two spans, the surname and the given names, split at "/" (the convention of
        # v6b and v8b, adopted in session 11; the text is unchanged).
        family, given = name.split("/", 1)
        d.t("NAME OF PASSENGER  ").v("person", family).t("/").v("person", given)
        d.t(title + "\n")
    else:
        d.t("NAME OF PASSENGER  ********\n")
    d.t(f"FROM {a}  TO {b}  FLIGHT {AIRLINES[f.locale]} {r.randint(100, 9999)}")
    if f.want_neg:
        d.t("  DATE ").n(f.neg("date"))
    d.t("\n")
    d.t(
        f"SEAT {r.randint(1, 42)}{r.choice('ABCDEF')}  GATE {r.choice('ABCDE')}{r.randint(1, 40)}  BOARDING {r.randint(5, 22):02d}:{r.choice(['05', '20', '35', '50'])}  ZONE {r.randint(1, 5)}\n"
    )
    if f.want_neg:
        d.t("PNR ").n("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))).t(
            "  ETKT "
        ).n(f"{r.randint(100, 999)}{r.randint(1000000000, 9999999999)}").t("\n")
    if not f.clean and f.on(0.6):
        d.t("APIS  DOC ").v(
            "national_id",
            f.nid[1]
            if f.nid[0] == "passport"
            else "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
            + str(r.randint(1000000, 9999999)),
        )
        d.t("  DOB ").v("dob", f"{f.dob_date:%d%b%y}".upper()).t(f"  NAT {COUNTRY[f.locale][1]}\n")
    if f.on(0.3):
        d.t("Contact ").v("email", f.email).t("\n")
    if f.on(0.35):
        d.t("Paid ").t(r.choice(["VISA", "MC", "AMEX"])).t(" ").v("card", f.card).t("\n")
    if f.want_neg:
        d.t("BCBP M1…").n(f.neg("hash")[:24]).t("\n")
    return d


def shipping_label(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    lab = f.lab
    d.t(f"{COURIER[f.locale]}\n{'-' * 32}\n")
    if f.clean:
        d.t(f"{lab['sender']}: ").n(f.neg("company")).t("\n")
        d.t(
            f"{lab['recipient']}: "
            + r.choice(["Paczkomat WAW12M", "Pick-up point 4471", "Depot 12", "Locker 0993"])
            + "\n"
        )
    else:
        d.t(f"{lab['sender']}:\n")
        if r.random() < 0.5 and f.want_neg:
            d.n(f.neg("company")).t("\n")
        else:
            d.v("person", f.p2.full).t("\n")
        d.lines("address", address(r, f.locale)).t("\n\n")
        d.t(f"{lab['recipient']}:\n").v(
            "person", f.p.full.upper() if r.random() < 0.3 else f.p.full
        ).t("\n")
        lines = f.addr
        d.lines("address", lines).t("\n")
        if f.on(0.8):
            d.t(r.choice(["Tel. ", "☎ ", "tel: ", ""])).v("phone", f.phone).t("\n")
        if f.on(0.3):
            d.v("email", f.email).t("\n")
        if f.on(0.15):
            d.t("GPS ").v("gps", f.gps).t("\n")
    d.t(f"\n{lab['weight']}: {r.uniform(0.2, 24):.2f} kg   {r.randint(1, 3)}/{r.randint(3, 4)}\n")
    if f.want_neg:
        d.t("Tracking: ").n(f.neg("tracking")).t("\n")
        d.t(lab["order"] + " ").n(f.neg("order")).t("   COD ").n(f.neg("price")).t("\n")
    else:
        d.t("▌▌▐▌▌▐▐▌▌▐▌▐▐▌\n")
    if f.locale in IBAN_HOME and f.on(0.2):
        d.t("COD → IBAN ").v("iban", f.iban).t("\n")
    return d


def insurance_claim(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    lab = f.lab
    if f.want_neg:
        d.t(f"{lab['claim']}: ").n(f.neg("order")).t(f"\n{lab['policy']}: ").n(
            f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}"
        ).t("\n")
        d.t(f"{lab['incident']}: ").n(f.neg("date")).t("\n\n")
    if not f.clean:
        d.t(f"{lab['name']}: ").v("person", f.p.full).t("\n")
        if f.on(0.6):
            d.t(f"{lab['dob']}: ").v("dob", f.dob).t("\n")
        if f.on(0.6):
            d.t(f"{f.nid_label()}: ").v("national_id", f.nid[1]).t("\n")
        if f.on(0.7):
            d.t(f"{lab['phone']}: ").v("phone", f.phone).t("\n")
        if f.on(0.5):
            d.t(f"{lab['email']}: ").v("email", f.email).t("\n")
        if f.on(0.5):
            d.t(f"{lab['address']}:\n").lines("address", f.addr).t("\n")
        if f.locale in IBAN_HOME and f.on(0.6):
            d.t(f"{lab['iban']}: ").v("iban", f.iban).t("\n")
        if f.locale in ("en_CA", "fr_CA") and f.on(0.2):
            d.t("US SSN: ").v("ssn", f.ssn).t("\n")
    d.t(f"\n{lab['description']}:\n")
    fill(d, f, pick(f, "claim"))
    if f.want_neg:
        d.t(" ")
        fill(d, f, pick(f, "clean"))
    d.t("\n")
    return d


def cv(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    lab = f.lab
    if f.clean:
        d.t(f"{lab['position']}: ").t(
            r.choice(["Data analyst", "Backend developer", "Nurse", "Accountant"])
        ).t("\n")
    else:
        name = f.p.full.upper() if r.random() < 0.3 else f.p.full
        d.v("person", name).t("\n")
        contact = []
        if f.on(0.85):
            contact.append("phone")
        if f.on(0.85):
            contact.append("email")
        if f.on(0.4):
            contact.append("address")
        sep = r.choice([" | ", " · ", "  •  ", "\n"])
        for i, c in enumerate(contact):
            if i:
                d.t(sep)
            if c == "phone":
                d.t(r.choice(["", "☎ ", f"{lab['mobile']}: "])).v("phone", f.phone)
            elif c == "email":
                d.t(r.choice(["", "✉ ", f"{lab['email']}: "])).v("email", f.email)
            else:
                d.v("address", f.addr1)
        d.t("\n")
        if f.on(0.45):
            d.t(f"{lab['dob']}: ").v("dob", f.dob).t("\n")
        d.t(f"\n{lab['position']}: ").t(
            r.choice(
                [
                    "Data analyst",
                    "Backend developer",
                    "Nurse",
                    "Accountant",
                    "Logistics coordinator",
                ]
            )
        ).t("\n")
    d.t(f"\n{lab['experience'].upper()}\n")
    for _ in range(r.randint(1, 2)):
        y = r.randint(2008, 2022)
        d.t(f"{y}–{y + r.randint(1, 4)}  ")
        d.n(f.neg("company")) if f.want_neg else d.t(
            r.choice(["Freelance", "IKEA", "Decathlon", "Samsung", "Accenture", "Lidl"])
        )
        d.t("\n")
    d.t(
        f"\n{lab['education'].upper()}\n{r.randint(1998, 2018)}  "
        + r.choice(UNIVERSITIES[f.locale])
        + "\n"
    )
    d.t(
        f"\n{lab['skills'].upper()}\nPython, SQL, Excel, "
        + r.choice(["SAP", "Docker", "Power BI", "AutoCAD"])
        + "\n"
    )
    if f.locale == "pl_PL" and not f.clean:
        d.t(
            "\nWyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji.\n"
        )
    return d


def tsv_sheet(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    lab = f.lab
    if f.clean:
        d.t("SKU\t" + lab["total"] + "\t" + lab["date"] + "\n")
        for _ in range(r.randint(2, 5)):
            d.n(f"{r.choice('ABCDEFGH')}{r.randint(1000, 9999)}-{r.randint(10, 99)}").t("\t").n(
                f.neg("price")
            ).t("\t").n(f.neg("date")).t("\n")
        return d
    extra = (
        ["email", "dob", "nid", "city"]
        + (["iban"] if f.locale in IBAN_HOME else [])
        + (["ssn"] if f.locale == "en_CA" else [])
    )
    cols = ["name", "phone", *r.sample(extra, r.randint(1, 3))]
    header = {
        "name": lab["name"],
        "phone": lab["mobile"],
        "email": lab["email"],
        "dob": lab["dob"],
        "nid": f.nid_label(),
        "city": CITY_WORD[f.locale],
        "iban": lab["iban"],
        "ssn": "SSN (US)",
    }
    d.t("\t".join(header[c] for c in cols) + "\n")
    from _v5a_doc import Facts as _F

    for i in range(r.randint(2, 5)):
        g = f if i == 0 else _F(r, f.locale, clean=False, negatives=False)
        for j, c in enumerate(cols):
            if j:
                d.t("\t")
            if c == "name":
                d.v("person", g.p.full)
            elif c == "phone":
                d.v("phone", g.phone)
            elif c == "email":
                d.v("email", g.email)
            elif c == "dob":
                d.v("dob", g.dob)
            elif c == "nid":
                d.v("national_id", g.nid[1])
            elif c == "iban":
                d.v("iban", g.iban)
            elif c == "ssn":
                d.v("ssn", g.ssn)
            else:
                d.t(r.choice(CITIES[f.locale])[0].split("/")[0])
        d.t("\n")
    if f.want_neg:
        d.t(f"\t\t{lab['total']}: {r.randint(3, 40)}\t").n(f.neg("date")).t("\n")
    return d
