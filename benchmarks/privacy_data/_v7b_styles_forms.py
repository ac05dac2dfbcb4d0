# ruff: noqa: RUF001 (full-width and non-Latin punctuation is intended: multilingual text)
"""Form-like styles: library loans, tickets, telecom contracts, returns, loyalty sign-ups,
prescription refills, scholarship applications, donation receipts, fax covers."""

import datetime as dt

from _v7b_doc import Doc
from _v7b_labels import IBAN_COUNTRY, NATID_LABEL, lab, natid
from _v7b_people import Person, date_str
from _v7b_values import card, digits, gps, iban, lookalike, order_no, passport, password

T = {
    "library_loan": dict(en="LIBRARY LOAN RECORD", es="BIBLIOTECA MUNICIPAL - REGISTRO DE PRÉSTAMO",
                         fr="MÉDIATHÈQUE - FICHE DE PRÊT", ro="BIBLIOTECA PUBLICĂ - FIȘA DE ÎMPRUMUT",
                         sq="BIBLIOTEKA - KARTELA E HUAZIMIT", el="ΔΗΜΟΤΙΚΗ ΒΙΒΛΙΟΘΗΚΗ - ΔΑΝΕΙΣΜΟΣ",
                         ar="سجل إعارة الكتب - المكتبة العامة", zh="公共圖書館 借閱記錄"),
    "event_ticket": dict(en="Your tickets are confirmed!", es="¡Tus entradas están confirmadas!",
                         fr="Vos billets sont confirmés !", ro="Biletele tale sunt confirmate!",
                         sq="Biletat tuaja janë konfirmuar!", el="Τα εισιτήριά σας επιβεβαιώθηκαν!",
                         ar="تم تأكيد تذاكرك!", zh="門票已確認！"),
    "telecom_contract": dict(en="POSTPAID SERVICE AGREEMENT", es="CONTRATO DE SERVICIO MÓVIL POSPAGO",
                             fr="CONTRAT D'ABONNEMENT MOBILE", ro="CONTRACT DE PRESTARE A SERVICIILOR DE TELEFONIE MOBILĂ",
                             sq="KONTRATË PËR SHËRBIMIN CELULAR", el="ΣΥΜΒΑΣΗ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ ΚΙΝΗΤΗΣ",
                             ar="عقد خدمة الهاتف المتحرك (فاتورة شهرية)", zh="流動電話服務合約"),
    "return_request": dict(en="Return request", es="Solicitud de devolución", fr="Demande de retour",
                           ro="Cerere de returnare", sq="Kërkesë për kthim", el="Αίτημα επιστροφής",
                           ar="طلب إرجاع منتج", zh="退貨申請"),
    "loyalty_signup": dict(en="Rewards Club - new member", es="Club de puntos - afiliación",
                           fr="Carte fidélité - inscription", ro="Card de fidelitate - înregistrare",
                           sq="Karta e besnikërisë - regjistrim", el="Κάρτα μέλους - εγγραφή",
                           ar="برنامج الولاء - تسجيل عضو جديد", zh="會員積分計劃 - 新會員登記"),
    "prescription_refill": dict(en="Prescription refill request", es="Solicitud de renovación de receta",
                                fr="Demande de renouvellement d'ordonnance", ro="Cerere de reînnoire a rețetei",
                                sq="Kërkesë për rinovimin e recetës", el="Αίτημα επανάληψης συνταγής",
                                ar="طلب إعادة صرف وصفة طبية", zh="續配處方申請"),
    "scholarship": dict(en="SCHOLARSHIP APPLICATION FORM", es="FORMULARIO DE POSTULACIÓN A BECA",
                        fr="DOSSIER DE CANDIDATURE - BOURSE D'ÉTUDES", ro="CERERE PENTRU ACORDAREA BURSEI",
                        sq="FORMULAR APLIKIMI PËR BURSË", el="ΑΙΤΗΣΗ ΥΠΟΤΡΟΦΙΑΣ",
                        ar="استمارة طلب منحة دراسية", zh="獎學金申請表"),
    "donation_receipt": dict(en="OFFICIAL DONATION RECEIPT", es="COMPROBANTE DE DONACIÓN",
                             fr="REÇU DE DON", ro="CHITANȚĂ DE DONAȚIE", sq="MANDAT DHURIMI",
                             el="ΑΠΟΔΕΙΞΗ ΔΩΡΕΑΣ", ar="إيصال تبرع", zh="捐款收據"),
    "fax_cover": dict(en="FAX COVER SHEET", es="CARÁTULA DE FAX", fr="BORDEREAU DE TÉLÉCOPIE",
                      ro="FOAIE DE ÎNSOȚIRE FAX", sq="FLETË SHOQËRUESE FAKSI", el="ΣΥΝΟΔΕΥΤΙΚΟ ΦΑΞ",
                      ar="صفحة غلاف الفاكس", zh="傳真封面"),
}  # fmt: skip

W = {  # extra words per language
    "member": dict(en="Member ID", es="N.º de socio", fr="N° d'adhérent", ro="Nr. cititor", sq="Nr. anëtari",
                   el="Αρ. μέλους", ar="رقم العضوية", zh="讀者編號"),
    "due": dict(en="due", es="vence", fr="retour le", ro="termen", sq="afati", el="επιστροφή", ar="الإرجاع", zh="到期"),
    "order": dict(en="Order", es="Pedido", fr="Commande", ro="Comanda", sq="Porosia", el="Παραγγελία",
                  ar="الطلب", zh="訂單"),
    "holder": dict(en="Ticket holder", es="Titular", fr="Titulaire", ro="Titular", sq="Mbajtësi",
                   el="Κάτοχος", ar="حامل التذكرة", zh="持票人"),
    "event": dict(en="Event date", es="Fecha del evento", fr="Date de l'événement", ro="Data evenimentului",
                  sq="Data e eventit", el="Ημερομηνία εκδήλωσης", ar="تاريخ الفعالية", zh="活動日期"),
    "paid": dict(en="Paid with", es="Pagado con", fr="Payé avec", ro="Achitat cu", sq="Paguar me",
                 el="Πληρωμή με", ar="طريقة الدفع", zh="付款方式"),
    "plan": dict(en="Plan", es="Plan", fr="Forfait", ro="Abonament", sq="Paketa", el="Πρόγραμμα",
                 ar="الباقة", zh="月費計劃"),
    "debit": dict(en="Direct debit from", es="Débito automático", fr="Prélèvement automatique",
                  ro="Debitare directă din contul", sq="Debitim direkt nga llogaria", el="Πάγια εντολή από",
                  ar="الخصم المباشر من", zh="自動轉賬"),
    "reason": dict(en="Reason", es="Motivo", fr="Motif", ro="Motivul", sq="Arsyeja", el="Λόγος",
                   ar="السبب", zh="原因"),
    "reasons": dict(en="item arrived damaged, box was open", es="la talla no me queda, es muy pequeña",
                    fr="article reçu abîmé, emballage ouvert", ro="produsul nu corespunde descrierii",
                    sq="ngjyra nuk është si në foto", el="το προϊόν ήρθε χαλασμένο",
                    ar="المنتج وصل تالفاً", zh="貨品有損壞，包裝已被打開"),
    "refund": dict(en="Refund to", es="Reembolso a", fr="Remboursement sur", ro="Rambursare în",
                   sq="Rimbursim në", el="Επιστροφή χρημάτων σε", ar="استرداد المبلغ إلى", zh="退款至"),
    "pickup": dict(en="Pickup address", es="Dirección de retiro", fr="Adresse d'enlèvement",
                   ro="Adresa de ridicare", sq="Adresa e marrjes", el="Διεύθυνση παραλαβής",
                   ar="عنوان الاستلام", zh="收件地址"),
    "choose_pw": dict(en="Choose a password", es="Elige una contraseña", fr="Choisissez un mot de passe",
                      ro="Alegeți o parolă", sq="Zgjidhni fjalëkalimin", el="Επιλέξτε κωδικό",
                      ar="اختر كلمة مرور", zh="設定密碼"),
    "consent": dict(en="[x] I agree to receive offers by SMS", es="[x] Acepto recibir promociones",
                    fr="[x] J'accepte de recevoir des offres", ro="[x] Sunt de acord să primesc oferte",
                    sq="[x] Pranoj të marr oferta", el="[x] Αποδέχομαι να λαμβάνω προσφορές",
                    ar="[x] أوافق على تلقي العروض", zh="[x] 本人同意接收推廣訊息"),
    "patient": dict(en="Patient", es="Paciente", fr="Patient(e)", ro="Pacient", sq="Pacienti", el="Ασθενής",
                    ar="المريض", zh="病人"),
    "doctor": dict(en="Prescribing doctor: Dr", es="Médico tratante: Dr.", fr="Médecin prescripteur : Dr",
                   ro="Medic de familie: dr.", sq="Mjeku: Dr.", el="Θεράπων ιατρός: Δρ", ar="الطبيب المعالج: د.",
                   zh="主診醫生："),
    "meds": dict(en="Metformin 500 mg, 1 tab twice daily, 60 tabs", es="Losartán 50 mg - 1 diaria x 30 días",
                 fr="Amlodipine 5 mg, 1 cp/jour, 3 boîtes", ro="Enalapril 10 mg, 1 comprimat/zi, 30 buc.",
                 sq="Omeprazol 20 mg, 1 kapsulë në ditë", el="Atorvastatin 20 mg, 1 δισκίο ημερησίως",
                 ar="أملوديبين 5 ملغ، قرص واحد يومياً", zh="Amlodipine 5mg 每日一粒 共30粒"),
    "guardian": dict(en="Parent/guardian", es="Nombre del padre/madre o tutor", fr="Parent/tuteur",
                     ro="Părinte/tutore", sq="Prindi/kujdestari", el="Γονέας/κηδεμόνας", ar="ولي الأمر",
                     zh="家長/監護人"),
    "school": dict(en="Programme", es="Carrera", fr="Filière", ro="Specialitatea", sq="Programi",
                   el="Πρόγραμμα σπουδών", ar="التخصص", zh="課程"),
    "bank_for": dict(en="Account for disbursement (IBAN)", es="Cuenta para el depósito (IBAN)",
                     fr="Compte de versement (IBAN)", ro="Contul pentru virarea bursei (IBAN)",
                     sq="Llogaria për pagesën (IBAN)", el="Λογαριασμός πίστωσης (IBAN)",
                     ar="حساب صرف المنحة (IBAN)", zh="發放戶口 (IBAN)"),
    "donor": dict(en="Received from", es="Recibimos de", fr="Reçu de", ro="Am primit de la", sq="Morëm nga",
                  el="Ελήφθη από", ar="استلمنا من", zh="茲收到"),
    "amount": dict(en="the sum of", es="la suma de", fr="la somme de", ro="suma de", sq="shumën prej",
                   el="το ποσό των", ar="مبلغ", zh="捐款金額"),
    "to": dict(en="To", es="Para", fr="À", ro="Către", sq="Për", el="Προς", ar="إلى", zh="致"),
    "from": dict(en="From", es="De", fr="De", ro="De la", sq="Nga", el="Από", ar="من", zh="由"),
    "fax": dict(en="Fax", es="Fax", fr="Fax", ro="Fax", sq="Faks", el="Φαξ", ar="فاكس", zh="傳真"),
    "pages": dict(en="Pages (incl. cover)", es="Páginas (incl. carátula)", fr="Pages (couverture incluse)",
                  ro="Pagini (inclusiv aceasta)", sq="Faqe (përfshirë këtë)", el="Σελίδες (μαζί με αυτή)",
                  ar="عدد الصفحات", zh="頁數（包括封面）"),
    "faxmsg": dict(en="Please find attached the lab results for", es="Adjunto los resultados de laboratorio de",
                   fr="Veuillez trouver ci-joint les résultats d'analyses de",
                   ro="Vă transmitem rezultatele analizelor pentru", sq="Ju dërgojmë rezultatet e analizave për",
                   el="Σας αποστέλλουμε τα αποτελέσματα εξετάσεων του/της", ar="مرفق نتائج التحاليل الخاصة بالمريض",
                   zh="附上以下病人的化驗報告："),
}  # fmt: skip

COMPANY = {
    "zh_HK": "SmarTone", "es_EC": "Claro Ecuador", "es_GT": "Tigo Guatemala", "en_GH": "MTN Ghana",
    "ro_MD": "Moldcell", "sq_AL": "One Albania", "fr_MA": "Maroc Telecom", "ar_AE": "du",
    "el_CY": "Cyta", "en_JM": "Digicel",
}  # fmt: skip
CURRENCY = {
    "zh_HK": "HK$", "es_EC": "USD ", "es_GT": "Q", "en_GH": "GH₵", "ro_MD": "MDL ", "sq_AL": "ALL ",
    "fr_MA": "MAD ", "ar_AE": "AED ", "el_CY": "€", "en_JM": "J$",
}  # fmt: skip


def w(key: str, lang: str) -> str:
    return W[key][lang]


def some_date(rng, lang: str, loc: str, year: int = 2026) -> str:
    return date_str(rng, dt.date(year, rng.randint(1, 12), rng.randint(1, 28)), lang, loc)


def sep_for(rng) -> tuple[str, str]:
    layout = rng.choice(["colon", "colon", "dots", "pipe", "tab"])
    if layout == "colon":
        return "", ": "
    if layout == "dots":
        return "", " ..... "
    if layout == "pipe":
        return "| ", " | "
    return "", "\t"


def rows(d: Doc, rng, rows_: list, lead: str, mid: str) -> None:
    for label, kind, value in rows_:
        d.t(lead, label, mid)
        if isinstance(value, list):
            d.addr(value, True)
        elif kind:
            d.v(kind, value)
        else:
            d.t(value)
        d.t(" |\n" if lead else "\n")


def pay_value(rng, loc: str) -> tuple[str, str]:
    if loc in IBAN_COUNTRY and rng.random() < 0.6:
        return "iban", iban(rng, IBAN_COUNTRY[loc])
    return "card", card(rng)


def s_library_loan(rng, loc, lang):
    p = Person(rng, loc, lang)
    d = Doc()
    lead, mid = sep_for(rng)
    d.t(T["library_loan"][lang], "\n\n")
    rows(d, rng, [
        (w("member", lang), None, f"LIB-{digits(rng, 6)}"),
        (lab(lang, "name"), "person", p.full),
        (lab(lang, "phone"), "phone", p.phone()),
        (lab(lang, "email"), "email", p.email()),
        (lab(lang, "address"), "address", p.address()),
    ], lead, mid)  # fmt: skip
    d.t("\n")
    for _ in range(rng.randint(1, 4)):
        d.t(
            f"ISBN 978-{rng.randint(0, 99)}-{digits(rng, 4)}-{digits(rng, 3)}-{rng.randint(0, 9)}  ",
            w("due", lang),
            " ",
            some_date(rng, lang, loc),
            "\n",
        )
    return d


def s_event_ticket(rng, loc, lang):
    p = Person(rng, loc, lang)
    d = Doc()
    d.t(T["event_ticket"][lang], "\n", w("order", lang), f" #{digits(rng, 9)}\n\n")
    d.t(w("holder", lang), ": ").v("person", p.full).t("\n")
    d.t(lab(lang, "email"), ": ").v("email", p.email()).t("\n")
    if rng.random() < 0.6:
        d.t(lab(lang, "mobile"), ": ").v("phone", p.phone()).t("\n")
    d.t(w("event", lang), ": ", some_date(rng, lang, loc), f" {rng.randint(17, 21)}:00\n")
    d.t(f"2 x GA  {CURRENCY[loc]}{rng.randint(15, 90)}.00\n")
    d.t(w("paid", lang), ": ", "Visa **** ", digits(rng, 4), "\n")
    if rng.random() < 0.4:
        g = Person(rng, loc, lang)
        d.t("+1: ").v("person", g.full).t("\n")
    d.t(f"QR: {lookalike(rng)}\n")
    return d


def s_telecom_contract(rng, loc, lang):
    p = Person(rng, loc, lang)
    d = Doc()
    d.t(
        COMPANY[loc],
        " - ",
        T["telecom_contract"][lang],
        f"\n{lab(lang, 'ref')} C-{digits(rng, 7)}\n\n",
    )
    d.t("1. ", lab(lang, "full"), ": ").v("person", p.full).t("\n")
    d.t("2. ", lab(lang, "dob"), ": ").v("dob", p.dob_str()).t("\n")
    nl = NATID_LABEL.get((loc, lang))
    if nl:
        d.t("3. ", nl, ": ").v("national_id", natid(rng, loc, p)).t("\n")
    else:
        d.t("3. ", lab(lang, "passport"), ": ").v("national_id", passport(rng, loc)).t("\n")
    d.t("4. ", lab(lang, "address"), ":\n   ").addr(p.address(), False, "   ").t("\n")
    d.t("5. MSISDN: ").v("phone", p.phone()).t(f"   SIM ICCID 8923{digits(rng, 15)}\n")
    d.t("6. ", lab(lang, "email"), ": ").v("email", p.email()).t("\n")
    d.t(
        "7. ",
        w("plan", lang),
        f": Max {rng.choice([10, 25, 50])}GB - {CURRENCY[loc]}{rng.randint(10, 60)}.99\n",
    )
    kind, val = pay_value(rng, loc)
    d.t("8. ", w("debit", lang) if kind == "iban" else lab(lang, "card"), ": ").v(kind, val).t(
        "\n\n"
    )
    d.t(lab(lang, "sign"), ": ").v("person", p.full).t("   ", some_date(rng, lang, loc), "\n")
    return d


def s_return_request(rng, loc, lang):
    p = Person(rng, loc, lang)
    d = Doc()
    d.t(
        T["return_request"][lang],
        f" - {w('order', lang)} {order_no(rng)}\n",
    )
    d.t(lab(lang, "name"), ": ").v("person", p.full).t("\n")
    lines = p.address()
    d.t(w("pickup", lang), ": ").addr(lines, True).t("\n")
    d.t(lab(lang, "phone"), ": ").v("phone", p.phone()).t("\n")
    if rng.random() < 0.4:  # the pin lies in the address's city
        d.t("GPS: ").v("gps", gps(rng, loc, " ".join(lines))).t("\n")
    d.t(w("reason", lang), ": ", w("reasons", lang), "\n")
    kind, val = pay_value(rng, loc)
    d.t(w("refund", lang), " ", "IBAN " if kind == "iban" else "", "").v(kind, val).t("\n")
    return d


def s_loyalty_signup(rng, loc, lang):
    p = Person(rng, loc, lang)
    d = Doc()
    d.t(T["loyalty_signup"][lang], "\n")
    lead, mid = sep_for(rng)
    rows(d, rng, [
        (lab(lang, "name"), "person", p.full),
        (lab(lang, "dob"), "dob", p.dob_str()),
        (lab(lang, "mobile"), "phone", p.phone()),
        (lab(lang, "email"), "email", p.email()),
        (w("choose_pw", lang), "secret", password(rng)),
    ], lead, mid)  # fmt: skip
    if rng.random() < 0.3:
        d.t(lab(lang, "card"), ": ").v("card", card(rng)).t("\n")
    d.t(w("consent", lang), "\n")
    return d


def s_prescription_refill(rng, loc, lang):
    p = Person(rng, loc, lang)
    doc = Person(rng, loc, lang)
    d = Doc()
    d.t(T["prescription_refill"][lang], "\n\n", w("patient", lang), ": ").v("person", p.full).t(
        "\n"
    )
    d.t(lab(lang, "dob"), ": ").v("dob", p.dob_str()).t("\n")
    nl = NATID_LABEL.get((loc, lang))
    if nl and rng.random() < 0.6:
        d.t(nl, ": ").v("national_id", natid(rng, loc, p)).t("\n")
    d.t(lab(lang, "phone"), ": ").v("phone", p.phone()).t("\n")
    d.t("Rx: ", w("meds", lang), "\n")
    d.t(w("doctor", lang), " ").v("person", doc.family if rng.random() < 0.5 else doc.full).t("\n")
    return d


def s_scholarship(rng, loc, lang):
    p = Person(rng, loc, lang)
    p.dob = dt.date(rng.randint(2004, 2009), p.dob.month, p.dob.day)
    par = Person(rng, loc, lang)
    par.family = p.family
    par.full = (
        f"{par.given} {par.family}"
        if not p.full.startswith(p.family)
        else f"{par.family} {par.given}"
    )
    d = Doc()
    d.t(T["scholarship"][lang], f"\n{lab(lang, 'ref')} BEC-2026-{digits(rng, 4)}\n\n")
    lead, mid = sep_for(rng)
    r = [
        (lab(lang, "full"), "person", p.full),
        (lab(lang, "dob"), "dob", p.dob_str()),
    ]
    nl = NATID_LABEL.get((loc, lang))
    if nl:
        r.append((nl, "national_id", natid(rng, loc, p)))
    if rng.random() < 0.4:
        r.append((lab(lang, "passport"), "national_id", passport(rng, loc)))
    r += [
        (lab(lang, "address"), "address", p.address()),
        (lab(lang, "mobile"), "phone", p.phone()),
        (lab(lang, "email"), "email", p.email()),
        (
            w("school", lang),
            None,
            rng.choice(["BSc Computer Science", "Ingeniería Civil", "Medicine", "Economics"]),
        ),
        (w("guardian", lang), "person", par.full),
        (w("guardian", lang) + " - " + lab(lang, "phone"), "phone", par.phone()),
    ]
    if loc in IBAN_COUNTRY:
        r.append((w("bank_for", lang), "iban", iban(rng, IBAN_COUNTRY[loc])))
    rows(d, rng, r, lead, mid)
    d.t("\n", lab(lang, "sign"), ": ").v("person", p.full).t("\n")
    return d


def s_donation_receipt(rng, loc, lang):
    p = Person(rng, loc, lang)
    d = Doc()
    d.t(T["donation_receipt"][lang], f"  No. {digits(rng, 6)}\n\n")
    d.t(w("donor", lang), ": ").v("person", p.full).t("\n")
    d.t(lab(lang, "address"), ":\n").addr(p.address(), False).t("\n")
    nl = NATID_LABEL.get((loc, lang))
    if nl:
        d.t(nl, ": ").v("national_id", natid(rng, loc, p)).t("\n")
    d.t(w("amount", lang), f" {CURRENCY[loc]}{rng.randint(10, 5000)}.00  ({lookalike(rng)})\n")
    d.t(lab(lang, "date"), ": ", some_date(rng, lang, loc), "\n")
    if rng.random() < 0.5:
        d.t(lab(lang, "email"), ": ").v("email", p.email()).t("\n")
    return d


def s_fax_cover(rng, loc, lang):
    a, b, pt = Person(rng, loc, lang), Person(rng, loc, lang), Person(rng, loc, lang)
    d = Doc()
    d.t(T["fax_cover"][lang], "\n", "=" * 30, "\n")
    d.t(w("to", lang), ": ").v("person", a.full).t("\n", w("fax", lang), ": ").v(
        "phone", a.phone(False)
    ).t("\n")
    d.t(w("from", lang), ": ").v("person", b.full).t("\n", lab(lang, "phone"), ": ").v(
        "phone", b.phone(False)
    ).t("\n")
    d.t(
        lab(lang, "date"),
        ": ",
        some_date(rng, lang, loc),
        "\n",
        w("pages", lang),
        f": {rng.randint(2, 9)}\n\n",
    )
    d.t(w("faxmsg", lang), " ").v("person", pt.full).t(" (", lab(lang, "dob"), " ").v(
        "dob", pt.dob_str()
    ).t(").\n")
    return d


STYLES = {
    "library_loan": s_library_loan,
    "event_ticket": s_event_ticket,
    "telecom_contract": s_telecom_contract,
    "return_request": s_return_request,
    "loyalty_signup": s_loyalty_signup,
    "prescription_refill": s_prescription_refill,
    "scholarship_application": s_scholarship,
    "donation_receipt": s_donation_receipt,
    "fax_cover": s_fax_cover,
}
