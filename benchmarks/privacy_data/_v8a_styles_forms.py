# ruff: noqa: RUF001  (en dashes and multiplication signs belong to the realistic texts)
"""Paper and app forms: mobile-money receipt, microloan form, baptism register, report card,
pawn ticket, remittance pickup slip, SIM registration, hotspot (captive portal) log."""

from __future__ import annotations

import random

from _v8a_doc import Doc
from _v8a_kit import company, latin, put_address, put_id, who
from _v8a_lang import CUES, Loc
from _v8a_values import (
    card,
    digits,
    email,
    fmt_date,
    gps,
    iban,
    ipv4,
    ipv6,
    mac,
    obfuscate,
    password,
    phone,
    ssn,
    ymd,
)

IBAN_CC = ("CR", "IQ", "LB", "YE")


def _T(lang: str, **kw: str) -> str:
    return kw.get(lang) or kw.get("fr" if lang == "ht" else "en") or kw["en"]


_RATE = {
    "BO": 6.96,
    "CR": 505,
    "HT": 131,
    "DZ": 134,
    "IQ": 1310,
    "LB": 1,
    "BW": 13.5,
    "KH": 4010,
    "FJ": 2.25,
    "YE": 530,
}


def money(rng: random.Random, loc: Loc, lo: float, hi: float) -> str:
    """A plausible local amount for a value between lo and hi US dollars, written the local way."""
    v = rng.uniform(lo, hi) * _RATE[loc.cc]
    if loc.cc in ("CR", "IQ", "KH", "YE", "HT", "DZ"):
        n = int(v) // 50 * 50 or 50
        sep = "." if loc.cc in ("CR",) else "," if loc.cc in ("IQ", "KH", "YE") else " "
        return f"{n:,}".replace(",", sep)
    return (
        f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        if loc.cc == "BO"
        else f"{v:,.2f}"
    )


def _today(rng: random.Random, lang: str, cc: str) -> str:
    return fmt_date(rng, ymd(rng, 2025, 2025), lang, cc, False)


def money_receipt(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """Mobile-money app receipt (Tigo Money, SINPE Móvil, MonCash, Zain Cash, Wing, M-PAiSA, ...)."""
    d = Doc()
    c = CUES[lang]
    to = who(rng, loc, lang)
    amt = f"{loc.cur} {money(rng, loc, 2, 300)}"
    title = _T(lang, es="Comprobante de transferencia", fr="Reçu de transfert", ht="Resi transfè",
               ar="إيصال تحويل", en="Transfer receipt", km="បង្កាន់ដៃផ្ទេរប្រាក់")  # fmt: skip
    d.t(
        f"{loc.wallet} — {title}\n{c['ref']}: {rng.choice(['TX', 'MP', 'CI', 'TR'])}{digits(rng, 12)}\n{c['date']}: {_today(rng, lang, loc.cc)} {rng.randint(7, 22)}:{rng.randint(10, 59)}\n"
    )
    d.t(f"{c['receiver']}: ").v("person", to.full).t(f"\n{c['phone']}: ").v(
        "phone", phone(rng, loc.cc)
    ).t("\n")
    d.t(
        f"{c['amount']}: {amt}\n{c['fee']}: {loc.cur} 0{',' if lang in ('es', 'fr', 'ht') else '.'}00\n{c['balance']}: {loc.cur} {money(rng, loc, 5, 900)}\n"
    )
    if loc.cc in IBAN_CC and rng.random() < 0.4:
        d.t(
            _T(
                lang,
                es="Cuenta destino",
                fr="Compte bénéficiaire",
                ar="حساب المستفيد",
                en="Beneficiary IBAN",
            )
            + ": "
        ).v("iban", iban(rng, loc.cc)).t("\n")
    elif rng.random() < 0.3:
        d.t(
            _T(
                lang,
                es="Recarga con tarjeta",
                fr="Rechargé par carte",
                ht="Rechaje ak kat",
                ar="شحن بالبطاقة",
                en="Topped up with card",
                km="បញ្ចូលតាមកាត",
            )
            + " "
        ).v("card", card(rng)).t("\n")
    if rng.random() < 0.5:
        sender = who(rng, loc, lang)
        d.t(f"{c['sender']}: ").v("person", sender.full).t(" (").v("phone", phone(rng, loc.cc)).t(
            ")\n"
        )
    motive = _T(lang, es="pago alquiler de diciembre", fr="frais scolaires", ht="lajan lekòl timoun yo",
                ar="مصاريف البيت", en="school fees term 3", km="ថ្លៃផ្ទះខែធ្នូ")  # fmt: skip
    d.t(
        _T(lang, es="Motivo", fr="Motif", ht="Rezon", ar="السبب", en="Reference", km="គោលបំណង")
        + f": {motive}\n"
    )
    d.t(_T(lang, es="Guarde este comprobante.", fr="Conservez ce reçu.", ht="Kenbe resi sa a.", ar="احتفظ بهذا الإيصال.",
           en="Keep this receipt for your records.", km="សូមរក្សាទុកបង្កាន់ដៃនេះ។"))  # fmt: skip
    return d


def microloan(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """Microloan application form with guarantor."""
    d = Doc()
    c = CUES[lang]
    p, g = who(rng, loc, lang), who(rng, loc, lang)
    head = _T(lang, es="SOLICITUD DE MICROCRÉDITO", fr="DEMANDE DE MICROCRÉDIT", ht="DEMANN MIKWOKREDI",
              ar="طلب قرض صغير", en="MICRO-LOAN APPLICATION FORM", km="ពាក្យស្នើសុំប្រាក់កម្ចីខ្នាតតូច")  # fmt: skip
    inst = {"BO": "BancoSol – Agencia El Alto", "CR": "Fundación Mujer", "HT": "Fonkoze – Branch Gonaïves", "DZ": "ANGEM – Antenne Oran",
            "IQ": "شركة تمكين للتمويل الأصغر", "LB": "Al Majmoua", "BW": "Women's Finance House Botswana", "KH": "ACLEDA / PRASAC",
            "FJ": "South Pacific Business Development", "YE": "بنك الأمل للتمويل الأصغر"}[loc.cc]  # fmt: skip
    d.t(f"{inst}\n{head}\nN° {digits(rng, 6)}\n\n1. {c['name']}: ").v("person", p.full).t(
        f"\n2. {c['dob']}: "
    )
    d.v("dob", fmt_date(rng, ymd(rng, 1960, 2003), lang, loc.cc)).t("\n3. ")
    put_id(d, rng, loc, lang)
    d.t(f"\n4. {c['address']}: ")
    home = put_address(d, rng, loc, lang, indent="   ")
    d.t(f"\n5. {c['phone']}: ").v("phone", phone(rng, loc.cc))
    if rng.random() < 0.4:  # a second number; a landline gets its own cue after a mobile cue
        mob = rng.random() < 0.5
        fixed = _T(lang, es="fijo", fr="fixe", ht="fiks", ar="أرضي", en="landline", km="លេខលើតុ")
        d.t(" / " if mob else f" / {fixed}: ").v("phone", phone(rng, loc.cc, mobile=mob))
    act = _T(lang, es="venta de api y salteñas" if loc.cc == "BO" else "soda (venta de comidas)", fr="vente de produits alimentaires", ht="machann fritay",
             ar="محل خياطة", en="tuck shop", km="លក់គ្រឿងទេស")  # fmt: skip
    d.t(
        f"\n6. {c['business']}: {act}\n7. {c['income']}: {loc.cur} {money(rng, loc, 150, 900)}\n8. {c['loan']}: {loc.cur} {money(rng, loc, 300, 5000)}"
    )
    d.t(
        f" — {rng.choice([6, 12, 18, 24])} "
        + _T(lang, es="meses", fr="mois", ht="mwa", ar="شهر", en="months", km="ខែ")
    )
    if loc.cc in IBAN_CC and rng.random() < 0.7:
        d.t(
            "\n"
            + _T(
                lang,
                es="Cuenta para desembolso (IBAN)",
                fr="IBAN de versement",
                ar="رقم الآيبان لصرف القرض",
                en="IBAN",
            )
            + ": "
        )
        d.v("iban", iban(rng, loc.cc, rng.random() < 0.7))
    elif rng.random() < 0.3:
        d.t(
            "\n"
            + _T(
                lang,
                es="Tarjeta de débito",
                fr="Carte bancaire",
                ht="Kat bank",
                ar="رقم البطاقة المصرفية",
                en="Debit card",
                km="លេខកាតធនាគារ",
            )
            + ": "
        ).v("card", card(rng, rng.choice(["4", "62", "51"])))
    if rng.random() < 0.6:
        d.t(
            "\n"
            + _T(
                lang,
                es="Ubicación GPS del negocio",
                fr="Coordonnées GPS du commerce",
                ht="Pozisyon GPS biznis la",
                ar="إحداثيات المحل",
                en="GPS (business)",
                km="ទីតាំង GPS អាជីវកម្ម",
            )
            + ": "
        ).v("gps", gps(rng, loc.cc, home))
    d.t(f"\n\n{c['guarantor']}: ").v("person", g.full).t(f"\n{c['phone']}: ").v(
        "phone", phone(rng, loc.cc)
    ).t("\n")
    if rng.random() < 0.5:
        put_id(d, rng, loc, lang)
        d.t("\n")
    d.t(f"\n{c['sign']}: ____________    {c['date']}: {_today(rng, lang, loc.cc)}")
    return d


def baptism(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """Church baptism register extract (child, birth date, parents, godparents, priest)."""
    d = Doc()
    c = CUES[lang]
    child = who(rng, loc, lang)
    fa, gf, pr = (who(rng, loc, lang, False) for _ in range(3))
    mo, gm = (who(rng, loc, lang, True) for _ in range(2))
    parish = {"BO": "Parroquia San Francisco, La Paz", "CR": "Parroquia Nuestra Señora de la Soledad, San José",
              "HT": "Paroisse Saint-Pierre de Pétion-Ville", "LB": "Paroisse Saint-Maron, Gemmayzé",
              "BW": "St. Paul's Anglican Church, Gaborone", "FJ": "Sacred Heart Cathedral, Suva",
              "KH": "Paroisse Saint-Joseph, Phnom Penh"}.get(loc.cc, "Parish")  # fmt: skip
    head = _T(lang, es="EXTRACTO DEL LIBRO DE BAUTISMOS", fr="EXTRAIT DU REGISTRE DES BAPTÊMES", ht="EKSTRÈ REJIS BATÈM",
              ar="خلاصة قيد عماد", en="EXTRACT FROM THE REGISTER OF BAPTISMS", km="ដកស្រង់ពីបញ្ជីពិធីជ្រមុជទឹក")  # fmt: skip
    book = _T(lang, es="Libro", fr="Livre", ht="Liv", ar="سجل", en="Book", km="Book")
    d.t(
        f"{parish}\n{head}\n{book} {rng.randint(3, 40)}, folio {rng.randint(1, 300)}, n° {rng.randint(1, 900)}\n\n"
    )
    # the child carries the father's family name (BO/CR: father's first + mother's first surname)
    if loc.cc in ("BO", "CR"):
        fam = f"{fa.family.split(' ')[0]} {mo.family.split(' ')[0]}"
    else:
        fam = fa.family
    kid = f"{fam} {child.given}" if loc.cc == "KH" else f"{child.given} {fam}"
    # baptised this year (the date below), so born in the last few years, not decades ago
    d.t(f"{c['child']}: ").v("person", kid).t(f"\n{c['born'].capitalize()}: ").v(
        "dob", fmt_date(rng, ymd(rng, 2016, 2024), lang, loc.cc)
    )
    bap = _T(
        lang,
        es="Bautizado el",
        fr="Baptisé(e) le",
        ht="Batize",
        ar="تاريخ العماد",
        en="Baptised on",
        km="ថ្ងៃជ្រមុជទឹក",
    )
    d.t(f"\n{bap}: {_today(rng, lang, loc.cc)}\n{c['father']}: ").v("person", fa.full).t(
        f"\n{c['mother']}: "
    ).v("person", mo.full)
    d.t(f"\n{c['godfather']}: ").v("person", gf.full).t(f"\n{c['godmother']}: ").v(
        "person", gm.full
    )
    title = _T(lang, es="Pbro.", fr="Père", ht="Pè", ar="الخوري", en="Rev.", km="Fr.")
    d.t(f"\n{c['priest']}: {title} ").v("person", pr.full)
    d.t("\n\n" + _T(lang, es="Es copia fiel del original.", fr="Pour extrait conforme.", ht="Kopi konfòm.",
                    ar="طبق الأصل.", en="Certified true copy.", km="ចម្លងត្រឹមត្រូវតាមច្បាប់ដើម។"))  # fmt: skip
    return d


def report_card(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """School report card (pupil, birth date, class teacher, parent contact, marks)."""
    d = Doc()
    c = CUES[lang]
    s, t, par = who(rng, loc, lang), who(rng, loc, lang), who(rng, loc, lang)
    head = _T(lang, es="LIBRETA DE CALIFICACIONES — 2do trimestre", fr="BULLETIN SCOLAIRE — 2e trimestre", ht="KAT RAPÒ — 2yèm trimès",
              ar="بطاقة النتائج المدرسية — الفصل الثاني", en="END OF TERM REPORT — Term 2", km="សៀវភៅតាមដានសិស្ស — ឆមាសទី២")  # fmt: skip
    subj = {"es": ["Matemática", "Lenguaje", "Ciencias Naturales", "Inglés"], "fr": ["Mathématiques", "Français", "Sciences", "Anglais"],
            "ht": ["Matematik", "Kreyòl", "Syans", "Franse"], "ar": ["الرياضيات", "اللغة العربية", "العلوم", "اللغة الإنجليزية"],
            "en": ["Mathematics", "English", "Science", {"BW": "Setswana", "FJ": "Vosa Vakaviti", "KH": "Khmer", "LB": "French"}.get(loc.cc, "Arabic")],
            "km": ["គណិតវិទ្យា", "ភាសាខ្មែរ", "វិទ្យាសាស្ត្រ", "ភាសាអង់គ្លេស"]}[lang]  # fmt: skip
    d.t(f"{head}\n{c['student']}: ").v("person", s.full).t(f"    {c['dob']}: ").v(
        "dob", fmt_date(rng, ymd(rng, 2008, 2018), lang, loc.cc)
    )
    d.t(f"\n{c['klass']}: {rng.randint(1, 6)}{rng.choice('ABC')}    N° {rng.randint(1, 45)}\n")
    for sub in subj:
        d.t(f"{sub:<22} {rng.randint(35, 100)}/100\n")
    d.t(f"{c['teacher']}: ").v("person", t.full).t(f"\n{c['remarks']}: " + _T(lang, es="Buen rendimiento, debe mejorar la puntualidad.",
        fr="Bon travail, peut mieux faire en calcul.", ht="Bon travay, fòk li li plis.", ar="مستوى جيد ويحتاج إلى مزيد من التركيز.",
        en="A pleasant learner; needs to revise fractions.", km="សិក្សាល្អ ត្រូវយកចិត្តទុកដាក់បន្ថែម។"))  # fmt: skip
    d.t(f"\n{c['parent']}: ").v("person", par.full).t(" — ").v("phone", phone(rng, loc.cc))
    return d


def pawn_ticket(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """Pawn shop ticket (customer, id, phone, pledged item, loan, due date)."""
    d = Doc()
    c = CUES[lang]
    p = who(rng, loc, lang)
    shop = {"BO": "Casa de Empeño El Progreso", "CR": "Compra-Venta La Confianza", "HT": "Plaj Mon Ami", "DZ": "Bijouterie Rahma (prêt sur gage)",
            "IQ": "محل الأمانة للرهن", "LB": "Bijouterie Hayek – Prêt sur gage", "BW": "Cash Crusaders Pawn, Game City",
            "KH": "ហាងបញ្ចាំ ស្រីពៅ", "FJ": "Quick Cash Pawnbrokers, Nadi", "YE": "محل الثقة للرهونات"}[loc.cc]  # fmt: skip
    item = _T(lang, es="Celular Samsung A54, IMEI 35" + digits(rng, 13), fr="Chaîne en or 18k, 12,4 g", ht="Chèn lò 14k",
              ar="خاتم ذهب عيار 21، 6 غرام", en="HP laptop S/N 5CD" + digits(rng, 7), km="ខ្សែក មាស ២ ជី")  # fmt: skip
    d.t(
        f"{shop}\n{_T(lang, es='BOLETA DE EMPEÑO', fr='TICKET DE GAGE', ht='TIKÈ PLAJ', ar='وصل رهن', en='PAWN TICKET', km='សំបុត្របញ្ចាំ')} N° {digits(rng, 5)}\n"
    )
    d.t(f"{c['name']}: ").v("person", p.full).t("\n")
    put_id(d, rng, loc, lang)
    d.t(f"\n{c['phone']}: ").v("phone", phone(rng, loc.cc)).t(
        f"\n{c['item']}: {item}\n{c['loan']}: {loc.cur} {money(rng, loc, 20, 600)}"
    )
    d.t(
        f"   {_T(lang, es='Interés', fr='Intérêt', ht='Enterè', ar='الفائدة', en='Interest', km='ការប្រាក់')}: {rng.randint(3, 10)}%\n"
    )
    d.t(f"{c['due']}: {_today(rng, lang, loc.cc)}\n")
    d.t(_T(lang, es="Pasada la fecha, la prenda será rematada.", fr="Passé ce délai, l'objet sera vendu.", ht="Si ou pa vin, n ap vann li.",
           ar="بعد تاريخ الاستحقاق يحق للمحل بيع الرهن.", en="Items not redeemed within 30 days of due date will be sold.",
           km="ហួសកាលកំណត់ ហាងមានសិទ្ធិលក់ទ្រព្យបញ្ចាំ។"))  # fmt: skip
    return d


def remittance(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """Remittance pickup slip (sender abroad, receiver, id shown, MTCN)."""
    d = Doc()
    usd = rng.randint(50, 1500)
    c = CUES[lang]
    s, r = latin(rng, loc), who(rng, loc, lang)
    ab = rng.choice(
        [
            ("Miami, FL", "+1 305"),
            ("Paris", "+33 6"),
            ("Madrid", "+34 6"),
            ("Dubai", "+971 5"),
            ("Sydney", "+61 4"),
        ]
    )
    d.t(
        f"{rng.choice(['Western Union', 'MoneyGram', 'Ria', 'CAM Transfer' if loc.cc == 'HT' else 'Unitransfer'])} — "
    )
    d.t(
        _T(
            lang,
            es="Comprobante de pago",
            fr="Avis de paiement",
            ht="Resi peman",
            ar="إشعار صرف حوالة",
            en="Pay-out receipt",
            km="បង្កាន់ដៃបើកប្រាក់",
        )
    )
    d.t(f"\nMTCN: {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}\n{c['sender']}: ").v(
        "person", s.full
    ).t(f" ({ab[0]})\n")
    d.t(f"{c['receiver']}: ").v("person", r.full).t("\n")
    put_id(d, rng, loc, lang)
    d.t(f"\n{c['phone']}: ").v("phone", phone(rng, loc.cc)).t(
        f"\n{c['amount']}: USD {usd}.00  →  {loc.cur} {money(rng, loc, usd, usd)}\n"
    )
    if loc.cc in IBAN_CC and rng.random() < 0.5:
        d.t(
            _T(
                lang,
                es="Acreditado en cuenta",
                fr="Crédité sur le compte",
                ar="أودعت في الحساب",
                en="Credited to account",
            )
            + " "
        )
        d.v("iban", iban(rng, loc.cc, rng.random() < 0.5)).t("\n")
    d.t(f"{c['date']}: {_today(rng, lang, loc.cc)}   Agent: {company(rng, loc)}\n")
    if rng.random() < 0.4:
        d.t(f"{c['address']}: ")
        put_address(d, rng, loc, lang, multiline=False)
    return d


def sim_form(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """SIM registration / replacement request at an operator shop."""
    d = Doc()
    c = CUES[lang]
    p = who(rng, loc, lang)
    op = {"BO": "Entel", "CR": "Kölbi", "HT": "Digicel", "DZ": "Mobilis", "IQ": "آسياسيل", "LB": "Alfa", "BW": "Mascom",
          "KH": "Smart Axiata", "FJ": "Vodafone Fiji", "YE": "يمن موبايل"}[loc.cc]  # fmt: skip
    d.t(f"{op} — " + _T(lang, es="Solicitud de reposición de SIM", fr="Demande de remplacement de carte SIM", ht="Demann pou chanje SIM",
                        ar="طلب استبدال شريحة", en="SIM registration / swap request", km="ពាក្យស្នើសុំប្តូរស៊ីម"))  # fmt: skip
    d.t(f"\n{c['name']}: ").v("person", p.full).t(f"\n{c['dob']}: ").v(
        "dob", fmt_date(rng, ymd(rng), lang, loc.cc)
    ).t("\n")
    put_id(d, rng, loc, lang)
    d.t(
        "\n"
        + _T(
            lang,
            es="Número a reponer",
            fr="Numéro concerné",
            ht="Nimewo a",
            ar="الرقم المطلوب",
            en="MSISDN",
            km="លេខដែលស្នើ",
        )
        + ": "
    )
    d.v("phone", phone(rng, loc.cc, style=rng.choice(["nat", "e164"])))
    d.t(f"\nICCID: 89{digits(rng, 17)}\n{c['address']}: ")
    put_address(d, rng, loc, lang)
    if rng.random() < 0.5:
        lp = p if p.latin else latin(rng, loc)
        e = email(rng, loc.cc, lp.given, lp.family)
        d.t(f"\n{c['email']}: ").v(
            "email",
            obfuscate(
                rng, e, "ar" if lang == "ar" else lang if lang in ("es", "fr", "en") else "en"
            )
            if rng.random() < 0.3
            else e,
        )
    d.t("\nPUK: " + digits(rng, 8) + f"\n{c['sign']}: ________")
    return d


def hotspot_log(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """Captive-portal (Wi-Fi hotspot) session log: login by phone number, MAC, leased IP."""
    d = Doc()
    venue = rng.choice(["cafe", "hotel", "terminal", "mall", "campus"])
    d.t(
        f"# hotspot {venue}-{loc.tld}-{rng.randint(1, 9)}  portal v{rng.randint(2, 6)}.{rng.randint(0, 9)}\n"
    )
    if rng.random() < 0.5:
        d.t("# ap_location=").v("gps", gps(rng, loc.cc)).t("\n")
    for _ in range(rng.randint(3, 6)):
        ts = f"2025-12-0{rng.randint(1, 7)} {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        ev = rng.choice(["LOGIN", "LOGIN", "OTP_SENT", "LOGOUT", "AUTH_FAIL", "RADIUS"])
        d.t(f"{ts} {ev:<9} ")
        if ev in ("LOGIN", "OTP_SENT"):
            d.t("msisdn=").v("phone", phone(rng, loc.cc, style="e164")).t(" mac=").v(
                "mac", mac(rng)
            ).t(" ip=").v("ipv4", ipv4(rng, True))
            if rng.random() < 0.3:
                d.t(" ip6=").v("ipv6", ipv6(rng))
        elif ev == "AUTH_FAIL":
            d.t("user=").v(
                "email", email(rng, loc.cc, *(lambda q: (q.given, q.family))(latin(rng, loc)))
            ).t(" reason=bad_password password=").v("secret", password(rng))
        elif ev == "RADIUS":
            d.t("nas=").v("ipv4", ipv4(rng, True)).t(
                f" nas_id={digits(rng, 3)} session={digits(rng, 10)} bytes_in={rng.randint(1000, 9000000)}"
            )
        else:
            d.t("mac=").v("mac", mac(rng)).t(f" duration={rng.randint(30, 7200)}s")
        d.t("\n")
    return d


def us_w9(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """Excerpt of a US Form W-9 filled in by a dual US citizen living in Botswana/Fiji (US SSN)."""
    d = Doc()
    p = latin(rng, loc)
    d.t(
        "Form W-9 (Rev. March 2024) — Request for Taxpayer Identification Number and Certification\n"
    )
    d.t("1 Name (as shown on your income tax return): ").v("person", p.full).t(
        "\n2 Business name: \n"
    )
    d.t(
        "3a Federal tax classification: [x] Individual/sole proprietor\n5 Address (number, street, and apt. or suite no.): "
    )
    put_address(d, rng, loc, "en", multiline=False)
    d.t("\nPart I Taxpayer Identification Number (TIN)\nSocial security number: ").v(
        "ssn", ssn(rng)
    )
    d.t(
        f"\nSignature of U.S. person: ____________  Date: {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2025\n"
    )
    d.t("Requester: ").t(company(rng, loc)).t(" — contact ").v(
        "email", email(rng, loc.cc, p.given, p.family)
    )
    if rng.random() < 0.5:
        d.t(" / ").v("phone", phone(rng, loc.cc))
    return d
