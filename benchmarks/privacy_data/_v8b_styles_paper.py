"""Document-like styles for eval_v8b: receipts, ledgers, rolls, notices, mail, PNR, BibTeX."""

from __future__ import annotations

import _v8b_people as P
import _v8b_phrases as PH
import _v8b_values as V
from _v8b_doc import Doc, casualize


def _money(rng, loc, lo=10, hi=5000):
    return f"{P.CURRENCY[loc]} {rng.randrange(lo, hi):,}.{rng.randrange(100):02d}"


def _d(rng, year=2026):
    return f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/{year}"


def remittance_receipt(rng, loc):
    """Money-transfer receipt (agent copy): sender, beneficiary, ids, phones, IBAN or card."""
    d = Doc()
    lang = PH.lang_of(rng, loc)
    L = lambda k: PH.lab(lang, k) + PH.col(lang)  # noqa: E731
    sc = PH.script_for(loc, lang)
    s, r = P.person(rng, loc, sc), P.person(rng, loc, sc)
    brand = rng.choice(["WorldRemit", "Western Union", "MoneyGram", "Ria", "Sendwave"])
    d.t(
        f"{brand} — MTCN {rng.randrange(10**9, 10**10)}\n{PH.lab(lang, 'date')}{PH.col(lang)}{_d(rng)} {rng.randrange(8, 20)}:{rng.randrange(60):02d}\n\n"
    )
    d.t(L("sender")).v("person", s.full).t("\n" + L("phone")).v("phone", V.phone(rng, loc)).t("\n")
    if loc in ("es_PA", "es_SV", "fr_HT") and rng.random() < 0.6:
        # sent through a US agent: the sender's US SSN is recorded instead of a home id
        d.t("SSN: ").v("ssn", V.us_ssn(rng)).t(
            f"  ({rng.choice(['Houston TX', 'Los Angeles CA', 'Miami FL', 'Silver Spring MD'])} agent)\n"
        )
    else:
        cue, nid = PH.idcue(rng, loc, lang)
        d.t(cue + PH.col(lang)).v("national_id", nid).t("\n")
    if rng.random() < 0.5:
        d.t(L("address")).v("address", P.one_line(P.address(rng, loc, s.script), loc)).t("\n")
    d.t("\n" + L("receiver")).v("person", r.full).t("\n")
    k = rng.choices([0, 1, 2], [4, 4, 2])[0]
    if k == 0:
        d.t("IBAN: ").v("iban", V.iban(rng, rng.choice(["FR", "DE", "IT", "GB", "AE", "TN", "KW"])))
    elif k == 1:
        d.t("Card/Tarjeta: ").v("card", V.card(rng))
    else:
        d.t("Mobile wallet: ").v("phone", V.phone(rng, loc, "mobile"))
    d.t(
        f"\n{L('amount')}{_money(rng, loc, 50, 3000)}  Fee {rng.randrange(2, 25)}.00  Rate {rng.randrange(1, 60)}.{rng.randrange(1000, 9999)}\n"
    )
    if rng.random() < 0.3:
        d.t(
            f"Ref. {V.rand_str(rng, 10, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')} — agent #{rng.randrange(100, 999)}\n"
        )
    return d


def electoral_roll(rng, loc):
    """Electoral roll extract: numbered voters with birth date, address, id (long)."""
    d = Doc()
    lang = PH.LANGS[loc][0] if PH.LANGS[loc][0] in PH.T else "en"
    if loc == "ar_TN" and rng.random() < 0.5:
        lang = "fr"
    sc = PH.script_for(loc, lang)
    head = {
        "es": "PADRÓN ELECTORAL — extracto, centro de votación",
        "ar": "مستخرج من سجل الناخبين — مركز الاقتراع",
        "fr": "Extrait de la liste électorale — bureau de vote",
        "en": "Voters' roll extract — polling station",
        "am": "የመራጮች መዝገብ ቅጂ — የምርጫ ጣቢያ",
        "zh": "選民登記冊摘錄 — 投票站",
        "ms": "Daftar Pemilih — petikan, pusat mengundi",
    }[lang]
    d.t(f"{head} {rng.randrange(1, 400):03d}\n\n")
    cue, _ = PH.idcue(rng, loc, lang)
    d.t(
        f"No. | {PH.lab(lang, 'name')} | {PH.lab(lang, 'dob')} | {cue} | {PH.lab(lang, 'address')}\n"
    )
    for i in range(rng.randrange(4, 12) if rng.random() < 0.8 else rng.randrange(14, 24)):
        p = P.person(rng, loc, sc)
        ymd = V.birth(rng, 1940, 2007)
        d.t(f"{rng.randrange(1, 900) + i:04d} | ").v("person", p.full).t(" | ")
        d.v("dob", V.fmt_date(rng, ymd, loc, "dmy")).t(" | ")
        _, nid = PH.idcue(rng, loc, lang, ymd)
        d.v("national_id", nid).t(" | ").v("address", P.one_line(P.address(rng, loc, sc, physical=True), loc)).t(
            "\n"
        )
    d.t(f"\n— {rng.randrange(2, 40)} / {rng.randrange(40, 90)}\n")
    return d


def rent_ledger(rng, loc):
    """Tenant rent ledger: one tenant, unit address, monthly rows (dates are not birth dates)."""
    d = Doc()
    lang = PH.lang_of(rng, loc)
    sc = PH.script_for(loc, lang)
    p = P.person(rng, loc, sc)
    L = lambda k: PH.lab(lang, k) + PH.col(lang)  # noqa: E731
    d.t(L("tenant")).v("person", p.full).t("\n" + L("unit"))
    lines = P.address(rng, loc, sc, physical=True)
    d.v("address", lines[0]).t("\n")
    if len(lines) > 1:
        d.t(" " * 4).v("address", lines[1]).t("\n")
    d.t(L("phone")).v("phone", V.phone(rng, loc)).t("\n")
    if rng.random() < 0.85:
        d.t("IBAN: ").v(
            "iban",
            V.iban(
                rng, {"ar_TN": "TN", "ar_KW": "KW", "es_SV": "SV", "ar_OM": "OM"}.get(loc, "FR")
            ),
        ).t("\n")
    if loc == "es_SV" and rng.random() < 0.6:
        d.t("NIT arrendador: ").v("national_id", V.sv_nitnum(rng)).t("\n")
    if loc == "ar_TN" and rng.random() < 0.6:
        d.t("MF bailleur: " if lang == "fr" else "المعرف الجبائي للمؤجر: ").v(
            "national_id", V.tn_mfnum(rng)
        ).t("\n")
    rent = rng.randrange(150, 2500)
    d.t(
        f"\n{PH.lab(lang, 'date'):<12}{PH.lab(lang, 'rent'):>10}{PH.lab(lang, 'paid'):>10}{PH.lab(lang, 'balance'):>10}\n"
    )
    bal = 0
    for m in range(1, rng.randrange(4, 10)):
        paid = rent if rng.random() < 0.75 else rng.randrange(0, rent)
        bal += rent - paid
        d.t(f"{rng.randrange(1, 6):02d}/{m:02d}/2026  {rent:>10}{paid:>10}{bal:>10}\n")
    return d


def savings_group(rng, loc):
    """Rotating savings group ledger (tanda/cuchubal, tontine, sol, ዕቁብ, 供會, jam'iya, kutu)."""
    d = Doc()
    lang = PH.lang_of(rng, loc, 0.15)
    sc = PH.script_for(loc, lang)
    name = {
        "es_PA": "Pandero",
        "es_SV": "Cuchubal",
        "ar_TN": "جمعية",
        "ar_KW": "جمعية",
        "ar_OM": "جمعية",
        "am_ET": "ዕቁብ",
        "zh_MO": "供會",
        "en_NA": "Stokvel",
        "fr_HT": "Sol",
        "ms_BN": "Kutu",
    }[loc]
    if lang == "fr" and loc == "ar_TN":
        name = "Tontine"
    d.t(
        f"{name} — {rng.choice(['2026', 'ciclo 3', '#4', 'R2'])}  ({PH.lab(lang, 'contrib')} {_money(rng, loc, 20, 500)})\n"
    )
    n = rng.randrange(4, 10)
    for i in range(n):
        p = P.person(rng, loc, sc)
        d.t(f"{i + 1}. ").v("person", p.full if rng.random() < 0.7 else p.given)
        seps = [" — ", " - ", ": ", " / "] + ([""] if p.script != "latn" else [])
        d.t(rng.choice(seps)).v("phone", V.phone(rng, loc, "mobile"))
        d.t(
            f" — {'✔' if rng.random() < 0.8 else '✘'} {rng.randrange(1, 28):02d}/{rng.randrange(1, 13):02d}\n"
        )
    d.t(f"{PH.lab(lang, 'total')}{PH.col(lang)}{_money(rng, loc, 100, 9000)}\n")
    return casualize(d) if rng.random() < 0.3 else d


def lottery_notice(rng, loc):
    """Lottery/raffle winner notice with partial ids and a claims contact."""
    d = Doc()
    lang = PH.lang_of(rng, loc)
    sc = PH.script_for(loc, lang)
    intro = {
        "es": "Lotería Nacional — resultados del sorteo",
        "ar": "إعلان الفائزين في السحب",
        "fr": "Tirage de la loterie — liste des gagnants",
        "en": "Raffle draw — winners' list",
        "am": "የሎተሪ እጣ አሸናፊዎች ዝርዝር",
        "zh": "抽獎結果公布 — 得獎名單",
        "ms": "Keputusan cabutan bertuah — senarai pemenang",
    }[lang]
    d.t(f"{intro} N° {rng.randrange(100, 9999)}\n\n")
    for i in range(rng.randrange(2, 6)):
        p = P.person(rng, loc, sc)
        d.t(f"{i + 1}) ").v("person", p.full).t(
            f" — {PH.lab(lang, 'prize')} {_money(rng, loc, 100, 50000)} — "
        )
        d.t(f"ticket {rng.randrange(10**5, 10**6)}\n")
    q = P.person(rng, loc, sc)
    d.t(
        "\n"
        + {
            "es": "Reclamos",
            "ar": "للاستفسار",
            "fr": "Réclamations",
            "en": "Claims",
            "am": "ለጥያቄ",
            "zh": "查詢",
            "ms": "Tuntutan",
        }[lang]
        + PH.col(lang)
    ).v("person", q.full).t(", ")
    d.v("phone", V.phone(rng, loc, "fixed")).t(", ").v(
        "email", V.email(rng, loc, q.latn_given, q.latn_family)
    ).t("\n")
    return d


def md_blog(rng, loc):
    """Markdown blog post with YAML front matter (author block, body mentions)."""
    d = Doc()
    lang = PH.lang_of(rng, loc)
    sc = PH.script_for(loc, lang)
    a = P.person(rng, loc, sc)
    mail = V.email(rng, loc, a.latn_given, a.latn_family)
    d.t(
        f'---\ntitle: "{rng.choice(["Notes", "Viaje", "Weekend", "Rihla", "Blog"])} #{rng.randrange(2, 80)}"\n'
    )
    d.t(f"date: 2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}\nauthor:\n  name: ").v(
        "person", a.full
    )
    d.t("\n  email: ").v("email", mail).t(
        f"\ntags: [{loc.split('_')[1].lower()}, diary]\ndraft: false\n---\n\n"
    )
    b = P.person(rng, loc, sc)
    body = {
        "es": (
            "Este fin de semana fuimos donde ",
            ". Si alguien quiere la receta, escríbanle al ",
            ".",
        ),
        "ar": ("زرنا نهاية الأسبوع بيت ", ". اللي يبي التفاصيل يتواصل على ", "."),
        "fr": ("Ce week-end on est allés chez ", ". Pour la recette, appelez au ", "."),
        "en": ("This weekend we visited ", ". If you want the recipe, send a text to ", "."),
        "am": ("ባለፈው ቅዳሜ ወደ ", " ቤት ሄድን። ለበለጠ መረጃ በ ", " ይደውሉ።"),
        "zh": ("今個週末去咗", "屋企食飯，想要食譜可以打 ", " 問佢。"),
        "ms": ("Hujung minggu ani kami ke rumah ", ". Kalau mau resipi, hubungi ", "."),
    }[lang]
    d.t(body[0]).v("person", b.full).t(body[1]).v("phone", V.phone(rng, loc, "mobile")).t(
        body[2] + "\n\n"
    )
    if rng.random() < 0.5:
        la, lo = V.latlon(rng, loc)
        d.t("![](img/food.jpg)\n\n📍 ").v("gps", f"{la:.5f}, {lo:.5f}").t("\n")
    return casualize(d) if rng.random() < 0.3 else d


def mbox(rng, loc):
    """mbox mail file with two messages (From_ separators, headers, local-language bodies)."""
    d = Doc()
    for _ in range(2):
        lang = PH.lang_of(rng, loc)
        sc = PH.script_for(loc, lang)
        s, r = P.person(rng, loc, sc), P.person(rng, loc, "latn")
        sm, rm = (
            V.email(rng, loc, s.latn_given, s.latn_family),
            V.email(rng, loc, r.latn_given, r.latn_family),
        )
        d.t("From ").v("email", sm).t(
            f" Mon {V.MON3[rng.randrange(12)].title()} {rng.randrange(1, 28):2d} 09:{rng.randrange(60):02d}:00 2026\n"
        )
        d.t('From: "').v("person", s.full).t('" <').v("email", sm).t(">\nTo: ").v(
            "person", r.full
        ).t(" <").v("email", rm).t(">\n")
        d.t(
            f"Subject: {rng.choice(['Re: documents', 'Fwd: contrat', 'factura', 'hello', 'RE: visit'])}\n"
        )
        d.t(f"Message-ID: <{V.rand_str(rng, 16)}@mail.gmail.com>\nReceived: from mx ([").v(
            "ipv4", V.ipv4(rng)
        ).t("])\n\n")
        greet = {
            "es": "Hola",
            "ar": "مرحبا",
            "fr": "Bonjour",
            "en": "Hi",
            "am": "ሰላም",
            "zh": "你好",
            "ms": "Salam",
        }[lang]
        d.t(f"{greet} ").v("person", r.given).t(",\n")
        k = rng.randrange(3)
        if k == 0:
            d.t(PH.lab(lang, "address") + PH.col(lang)).v(
                "address", P.one_line(P.address(rng, loc, sc), loc)
            ).t("\n")
        elif k == 1:
            d.t("IBAN ").v("iban", V.iban(rng, rng.choice(["FR", "DE", "GB", "AE"]))).t("\n")
        else:
            cue, nid = PH.idcue(rng, loc, lang)
            d.t(cue + PH.col(lang)).v("national_id", nid).t("\n")
        d.t("\n-- \n").v("person", s.full).t("\n").v("phone", V.phone(rng, loc)).t("\n\n")
    return d


def pnr_gds(rng, loc):
    """Airline PNR display (GDS screen): names SURNAME/GIVEN, SSR DOCS, CTCM/CTCE."""
    d = Doc()
    d.t(
        f"RP/{rng.choice(['PTYCM', 'SALTA', 'TUNTU', 'KWIKU', 'MCTWY', 'ADDET', 'MFMNX', 'WDHNW', 'PAPHT', 'BWNBI'])}0{rng.randrange(10)}/"
        f"{rng.randrange(10)}{rng.choice('ABCD')}  {V.rand_str(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}\n"
    )
    pax = [P.person(rng, loc, "latn") for _ in range(rng.randrange(1, 3))]
    for i, p in enumerate(pax, 1):
        title = "MR" if p.sex == "m" else "MRS"
        d.t(f"  {i}.").v("person", V.fold(p.latn_family).upper().replace(" ", "")).t("/")
        d.v("person", V.fold(p.latn_given).upper()).t(f" {title}\n")
    d.t(
        f"  {len(pax) + 1}  {rng.choice(['CM', 'QR', 'ET', 'EK', 'WY', 'NX', 'TU', 'BI', 'AA', 'AV'])} "
        f"{rng.randrange(100, 999)} Y {rng.randrange(1, 29):02d}{V.MON3[rng.randrange(12)]} 1 XXXYYY HK{len(pax)} "
        f"{rng.randrange(10)}{rng.randrange(10)}{rng.randrange(6)}{rng.randrange(10)} {rng.randrange(10)}{rng.randrange(10)}{rng.randrange(6)}0\n"
    )
    n = len(pax) + 2
    d.t(f"  {n} AP {P.CITY[loc].split()[0].upper()} ").v(
        "phone", V.phone_e164(rng, loc, "mobile")
    ).t("\n")
    p0 = pax[0]
    d.t(f"  {n + 1} APE ").v(
        "email", V.email(rng, loc, p0.latn_given, p0.latn_family).upper().replace("@", "//")
    ).t("\n")
    for j, p in enumerate(pax):
        ymd = V.birth(rng)
        d.t(f"  {n + 2 + j} SSR DOCS YY HK1 P/{loc[-2:]}/").v("national_id", V.passport(rng, loc))
        d.t(f"/{loc[-2:]}/").v("dob", V.fmt_date(rng, ymd, loc, "gds")).t(f"/{p.sex.upper()}/")
        d.t(f"{rng.randrange(1, 29):02d}{V.MON3[rng.randrange(12)]}{rng.randrange(27, 35)}/")
        d.v("person", V.fold(p.latn_family).upper().replace(" ", "")).t("/")
        d.v("person", V.fold(p.latn_given).upper()).t(f"/P{j + 1}\n")
    d.t(
        f"  {n + 2 + len(pax)} TK OK{rng.randrange(1, 28):02d}{V.MON3[rng.randrange(12)]}/{rng.choice(['PTY', 'SAL', 'TUN'])}1S2{rng.randrange(100, 999)}\n"
    )
    return d


def bibtex(rng, loc):
    """BibTeX entries from a thesis bibliography (authors are persons)."""
    d = Doc()
    for _ in range(rng.randrange(1, 4)):
        key = V.rand_str(rng, 6, "abcdefghijklmnopqrstuvwxyz") + str(rng.randrange(2010, 2026))
        d.t(f"@{rng.choice(['article', 'inproceedings', 'mastersthesis'])}{{{key},\n  author = {{")
        for i in range(rng.randrange(1, 4)):
            p = P.person(rng, loc, "latn")
            if i:
                d.t(" and ")
            d.v("person", f"{p.latn_family}, {p.latn_given}")
        d.t(
            f"}},\n  title = {{{rng.choice(['Mobile money adoption', 'Groundwater salinity', 'Dengue surveillance', 'Informal savings groups', 'Port logistics'])} in "
            f"{rng.choice(['coastal towns', 'urban households', 'small firms'])}}},\n  year = {{{rng.randrange(2010, 2026)}}},\n"
        )
        if rng.random() < 0.5:
            q = P.person(rng, loc, "latn")
            d.t("  note = {Corresponding author: ").v(
                "email", V.email(rng, loc, q.latn_given, q.latn_family)
            ).t("},\n")
        d.t(
            f"  pages = {{{rng.randrange(1, 200)}--{rng.randrange(201, 400)}}},\n  doi = {{10.{rng.randrange(1000, 9999)}/{V.rand_str(rng, 8).lower()}}}\n}}\n\n"
        )
    return d


def sim_registration(rng, loc):
    """Prepaid SIM registration (KYC) record as printed by a dealer terminal."""
    d = Doc()
    lang = PH.lang_of(rng, loc)
    sc = PH.script_for(loc, lang)
    p = P.person(rng, loc, sc)
    L = lambda k: PH.lab(lang, k) + PH.col(lang)  # noqa: E731
    op = {
        "es_PA": "Tigo",
        "es_SV": "Claro",
        "ar_TN": "Ooredoo",
        "ar_KW": "Zain",
        "ar_OM": "Omantel",
        "am_ET": "Safaricom",
        "zh_MO": "CTM",
        "en_NA": "MTC",
        "fr_HT": "Digicel",
        "ms_BN": "DST",
    }[loc]
    d.t(f"{op} — SIM/KYC #{rng.randrange(10**7, 10**8)}  dealer {rng.randrange(1000, 9999)}\n")
    d.t(
        f"ICCID {rng.choice(['8950', '8921', '8996', '8925', '8985'])}{rng.randrange(10**14, 10**15)}  IMSI {rng.randrange(10**14, 10**15)}\n"
    )
    d.t("MSISDN: ").v("phone", V.phone_e164(rng, loc, "mobile")).t("\n")
    d.t(L("name")).v("person", p.full).t("\n")
    ymd = V.birth(rng, 1950, 2008)
    d.t(L("dob")).v("dob", V.fmt_date(rng, ymd, loc)).t("\n")
    cue, nid = PH.idcue(rng, loc, lang, ymd)
    d.t(cue + PH.col(lang)).v("national_id", nid).t("\n")
    lines = P.address(rng, loc, sc)
    d.t(L("address")).v("address", lines[0]).t("\n")
    if len(lines) > 1:
        d.t(" " * (len(L("address")))).v("address", lines[1]).t("\n")
    if rng.random() < 0.4:
        d.t("Alt. contact: ").v("phone", V.phone(rng, loc)).t("\n")
    d.t(
        f"Device IMEI {rng.randrange(10**14, 10**15)}  biometric: {'OK' if rng.random() < 0.8 else 'RETRY'}\n"
    )
    return d


def group_manifest(rng, loc):
    """Travel agency group manifest (Umrah/pilgrimage or tour group): passports, birth dates."""
    d = Doc()
    title = {
        "ar_TN": "قائمة المعتمرين",
        "ar_KW": "كشف أسماء المعتمرين",
        "ar_OM": "كشف المعتمرين",
        "ms_BN": "Senarai jemaah umrah",
        "am_ET": "የጉዞ ቡድን ዝርዝር / Group manifest",
        "zh_MO": "旅行團名單",
        "es_PA": "Manifiesto de grupo",
        "es_SV": "Lista de excursión",
        "en_NA": "Tour group manifest",
        "fr_HT": "Liste du groupe",
    }[loc]
    d.t(
        f"{title} — {rng.choice(['Group', 'Grp', 'Ref'])} {V.rand_str(rng, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}  "
        f"dep {rng.randrange(1, 29):02d}{V.MON3[rng.randrange(12)]} ret {rng.randrange(1, 29):02d}{V.MON3[rng.randrange(12)]}\n\n"
    )
    d.t("#  SURNAME/GIVEN                  PASSPORT   DOB        SEX  MOBILE\n")
    for i in range(rng.randrange(4, 16)):
        p = P.person(rng, loc, "latn")
        fam = V.fold(p.latn_family).upper()
        giv = V.fold(p.latn_given).upper()
        if loc == "ms_BN":
            fam, giv = V.fold(p.family).upper(), V.fold(p.given).upper()
        d.t(f"{i + 1:<3}").v("person", fam).t("/").v("person", giv)
        d.t(" " * max(1, 31 - len(fam) - len(giv) - 1)).v("national_id", V.passport(rng, loc)).t(
            "  "
        )
        d.v("dob", V.fmt_date(rng, V.birth(rng, 1940, 2015), loc, "dmy")).t(
            f"  {p.sex.upper()}    "
        )
        d.v("phone", V.phone(rng, loc, "mobile")).t("\n")
    d.t(
        f"\nLeader: {rng.choice(['see office', 'TBA'])}  · visas {rng.randrange(0, 16)}/{rng.randrange(16, 20)} issued\n"
    )
    return d
