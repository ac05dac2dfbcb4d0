# ruff: noqa: RUF001  (real texts use en dashes, typographic quotes and the times sign)
"""Form-like documents for eval_v6a: payroll slips, school enrolment, gym membership, visa
applications, utility bills, parking fines."""

from __future__ import annotations

from _v6a_ctx import Ctx
from _v6a_doc import Doc, V
from _v6a_lang import L, money
from _v6a_styles_neg import CO
from _v6a_values import order_no, product_code

WORDS = {
    "vehicle": dict(
        en="Vehicle reg.",
        is_="Skráningarnúmer",
        es="Patente",
        fr="Véhicule",
        it="Targa",
        sl="Reg. oznaka",
        et="Sõiduk",
        ka="ავტომობილი",
        az="Avtomobil",
    ),
    "travel": dict(
        en="Intended dates of travel",
        is_="Ferðadagar",
        es="Fechas de viaje",
        fr="Dates du voyage",
        it="Date del viaggio",
        sl="Datum potovanja",
        et="Reisi kuupäevad",
        ka="მოგზაურობის თარიღები",
        az="Səfər tarixləri",
    ),
}
for _w in WORDS.values():
    _w["is"] = _w.pop("is_")

PORTAL = {
    "en_ZA": "D6 Connect login",
    "is_IS": "Mentor.is aðgangur",
    "es_CL": "Papinotas",
    "es_PE": "SIAGIE",
    "fr_BE": "Smartschool",
    "it_CH": "GAGI accesso",
    "sl_SI": "eAsistent",
    "et_EE": "eKool",
    "ka_GE": "eSchool",
    "az_AZ": "e-məktəb",
}


def glue(c: Ctx, d: Doc) -> None:
    """Some forms are typed without a space after the colon."""
    if c.rng.random() < 0.2:
        d.tf = lambda s: s.replace(": ", ":")


GROSS = {
    "en": ("Gross pay", "Net pay"),
    "is": ("Heildarlaun", "Útborgað"),
    "es": ("Total haberes", "Líquido a pagar"),
    "fr": ("Brut", "Net à payer"),
    "it": ("Salario lordo", "Salario netto"),
    "sl": ("Bruto plača", "Neto plača"),
    "et": ("Brutopalk", "Netopalk"),
    "ka": ("დარიცხული", "ხელზეასაღები"),
    "az": ("Hesablanıb", "Ödənilməli"),
}


def _addr_block(c: Ctx, d: Doc, label: str, multi: bool | None = None) -> None:
    lines = c.address_lines()
    if multi is None:
        multi = c.rng.random() < 0.5
    if multi:
        d.t(f"{label}:\n")
        for ln in lines:
            d.t("  ").v("address", ln).t("\n")
    else:
        d.f("{l}: {a}\n", l=label, a=V("address", ", ".join(lines)))


def _title(c: Ctx, key: str) -> str:
    return TITLES[key][c.lang]


TITLES = {
    "payroll": dict(
        en="PAYSLIP",
        is_="LAUNASEÐILL",
        es="LIQUIDACIÓN DE SUELDO",
        fr="FICHE DE PAIE",
        it="CONTEGGIO SALARIO",
        sl="PLAČILNA LISTA",
        et="PALGALEHT",
        ka="ხელფასის უწყისი",
        az="ƏMƏK HAQQI VƏRƏQƏSİ",
    ),
    "school": dict(
        en="Application for admission of a learner",
        is_="Innritun í grunnskóla",
        es="Ficha de matrícula",
        fr="Formulaire d'inscription scolaire",
        it="Iscrizione scuola elementare",
        sl="Vpisni list za osnovno šolo",
        et="Kooli vastuvõtu avaldus",
        ka="მოსწავლის რეგისტრაციის ფორმა",
        az="Məktəbə qəbul ərizəsi",
    ),
    "gym": dict(
        en="Membership agreement",
        is_="Aðildarsamningur",
        es="Contrato de socio",
        fr="Contrat d'abonnement",
        it="Contratto abbonamento fitness",
        sl="Pristopna izjava – članstvo",
        et="Liikmelepingu vorm",
        ka="აბონემენტის ხელშეკრულება",
        az="Üzvlük müqaviləsi",
    ),
    "visa": dict(
        en="Visa application form",
        is_="Umsókn um vegabréfsáritun",
        es="Solicitud de visa",
        fr="Demande de visa",
        it="Domanda di visto",
        sl="Vloga za vizum",
        et="Viisataotlus",
        ka="სავიზო განაცხადი",
        az="Viza müraciəti",
    ),
    "utility": dict(
        en="Municipal account",
        is_="Reikningur – rafmagn og hiti",
        es="Boleta de consumo eléctrico",
        fr="Facture d'électricité",
        it="Fattura energia elettrica",
        sl="Račun za elektriko",
        et="Elektriarve",
        ka="ელექტროენერგიის ქვითარი",
        az="Elektrik enerjisi hesabı",
    ),
    "fine": dict(
        en="Notice of infringement (AARTO)",
        is_="Tilkynning um stöðubrot",
        es="Parte de infracción",
        fr="Avis de perception immédiate",
        it="Multa disciplinare – contravvenzione",
        sl="Plačilni nalog – prekršek",
        et="Parkimistrahvi teade",
        ka="ადმინისტრაციული სამართალდარღვევის ოქმი",
        az="İnzibati xəta protokolu",
    ),
}
for _v in TITLES.values():
    _v["is"] = _v.pop("is_")


def payroll_slip(c: Ctx, d: Doc) -> None:
    r, lab = c.rng, L[c.lang]
    glue(c, d)
    p = c.person()
    d.t(f"{_title(c, 'payroll')} {r.randint(1, 12):02d}/2026\n")
    d.t(f"{r.choice(CO[c.loc])}\n")
    d.f("{e}: {n}\n", e=lab["employee"], n=c.p(p.full))
    lbl, nid = c.nid(p)
    d.f("{l}: {v}\n", l=lbl, v=nid)
    if r.random() < 0.5:
        d.f("{l}: {v}\n", l=lab["dob"], v=c.dob(p))
    _addr_block(c, d, lab["address"])
    ib = c.iban()
    if ib is not None:
        d.f("{l}: {v}\n", l=lab["iban"], v=ib)
    x = r.uniform(800, 5000)
    g, n = GROSS[c.lang]
    d.t(f"{g}: {money(r, c.loc, x, x)}\n{n}: {money(r, c.loc, x * 0.6, x * 0.8)}\n")
    d.t(f"Cost centre {product_code(r)} | doc {order_no(r)}\n")


def school_enrolment(c: Ctx, d: Doc) -> None:
    r, lab = c.rng, L[c.lang]
    glue(c, d)
    from _v6a_people import child_dob, shared_surname

    kid = c.person(born=child_dob(r))
    par = c.person()
    if r.random() < 0.8:  # usually the parent's family name, in the child's gender form
        kid.family = shared_surname(c.loc, par.family, kid.male) or kid.family
    d.t(_title(c, "school") + f" {r.randint(2026, 2027)}/{r.randint(27, 28)}\n\n")
    d.f("{l}: {n}\n{l2}: {dob}\n", l=lab["child"], n=c.p(kid.full), l2=lab["dob"], dob=c.dob(kid))
    if r.random() < 0.6:
        lbl, nid = c.nid(kid)
        d.f("{l}: {v}\n", l=lbl, v=nid)
    d.f("\n{l}: {n}\n", l=lab["parent"], n=c.p(par.full))
    d.f("{l}: {ph}\n{l2}: {e}\n", l=lab["phone"], ph=c.phone(), l2=lab["email"], e=c.email_of(par))
    _addr_block(c, d, lab["address"])
    if r.random() < 0.3:
        d.f("\n{portal} – {l}: {pw}\n", portal=PORTAL[c.loc], l=lab["password"], pw=c.password())
    d.t(f"\n{lab['date']}: {c.other_date()}   {lab['signed']}: ________\n")


def gym_membership(c: Ctx, d: Doc) -> None:
    r, lab = c.rng, L[c.lang]
    glue(c, d)
    p = c.person()
    d.t(
        f"{_title(c, 'gym')} — {r.choice(['FitLife', 'Gym24', 'Virgin Active', 'Sportlife', 'MyFitness', 'Planet Fitness', 'Smartfit'])}\n"
    )
    d.f("{l}: {v}\n", l=lab["member"], v=c.p(p.full))
    d.f("{l}: {v}\n", l=lab["dob"], v=c.dob(p))
    d.f("{l}: {v}\n{l2}: {v2}\n", l=lab["phone"], v=c.phone(), l2=lab["email"], v2=c.email_of(p))
    ib = c.iban()
    if ib is not None and r.random() < 0.6:
        d.f("SEPA / {l}: {v}\n", l=lab["iban"], v=ib)
    else:
        d.f(
            "{l}: {v}  exp {x}\n",
            l=lab["card"],
            v=c.card(),
            x=f"{r.randint(1, 12):02d}/{r.randint(27, 31)}",
        )
    d.t(f"Start: {c.other_date()}  | {money(r, c.loc, 20, 80)}\n")
    if r.random() < 0.4:
        q = c.person()
        d.f("ICE: {n} {ph}\n", n=c.p(q.full), ph=c.phone())


def visa_application(c: Ctx, d: Doc) -> None:
    r, lab = c.rng, L[c.lang]
    p = c.person(script="")
    d.t(_title(c, "visa") + "\n")
    fam, giv = c.fold(p.family).upper(), c.fold(p.given).upper()
    d.f("1. {l}: {v}\n2. {l2}: {v2}\n", l=lab["surname"], v=c.p(fam), l2=lab["given"], v2=c.p(giv))
    d.f(
        "3. {l}: {v}\n",
        l=lab["dob"],
        v=V("dob", f"{p.born:%d.%m.%Y}" if c.lang != "en" else f"{p.born:%d/%m/%Y}"),
    )
    d.f("4. {l}: {v}\n", l=lab["passport"], v=c.passport())
    d.f("5. MRZ name: {v}\n", v=c.p(f"{fam.replace(' ', '<')}<<{giv.replace(' ', '<')}"))
    d.f("6. {l}: {v}\n", l=lab["address"], v=c.address(latin=True))
    d.f(
        "7. {l}: {v}  {l2}: {v2}\n",
        l=lab["phone"],
        v=c.phone_intl(),
        l2=lab["email"],
        v2=c.email_of(p),
    )
    import datetime as dt

    go = dt.date(2026, r.randint(1, 10), r.randint(1, 28))
    back = go + dt.timedelta(days=r.randint(5, 40))
    d.t(f"8. {WORDS['travel'][c.lang]}: {c.date_str(go, False)} – {c.date_str(back, False)}\n")
    if r.random() < 0.5:
        lbl, nid = c.nid(p)
        d.f("9. {l}: {v}\n", l=lbl, v=nid)


def utility_bill(c: Ctx, d: Doc) -> None:
    r, lab = c.rng, L[c.lang]
    glue(c, d)
    p = c.person()
    d.t(_title(c, "utility") + f"  {order_no(r, 'INV')}\n")
    d.f("{n}\n", n=c.p(p.full))
    for ln in c.address_lines():
        d.v("address", ln).t("\n")
    d.t(
        f"\nMeter {r.randint(10**7, 10**8)}: {r.randint(1000, 90000)} kWh → "
        f"{r.randint(90000, 99999)} kWh\n"
    )
    d.t(f"{lab['total']}: {money(r, c.loc, 20, 300)}   {lab['date']}: {c.other_date()}\n")
    ib = c.iban()
    if ib is not None and r.random() < 0.7:
        d.f("Direct debit {l}: {v}\n", l=lab["iban"], v=ib)
    d.f("{l}: {v}\n", l=lab["email"], v=c.email_of(p))


def parking_fine(c: Ctx, d: Doc) -> None:
    r, lab = c.rng, L[c.lang]
    glue(c, d)
    p = c.person()
    d.t(_title(c, "fine") + f" No {r.randint(10**6, 10**7)}\n")
    plate = r.choice(
        [
            "CA 123-456",
            "LJ 12-ABC",
            "123 ABC",
            "GP 44 KL",
            "AB-123-CD",
            "TI 123456",
            "90-AA-123",
            "ABC-123",
        ]
    )
    d.t(
        f"{WORDS['vehicle'][c.lang]}: {plate}  | {c.street_only()}, {c.city_name()} | {c.other_date(long=False)} "
        f"{r.randint(7, 22)}:{r.randint(0, 59):02d}\n"
    )
    d.f("{l}: {n}\n", l=lab["name"], n=c.p(p.full))
    lbl, nid = c.nid(p)
    d.f("{l}: {v}\n", l=lbl, v=nid)
    _addr_block(c, d, lab["address"], multi=False)
    d.t(f"{lab['amount']}: {money(r, c.loc, 20, 120)} — {lab['ref']} {order_no(r)}\n")
