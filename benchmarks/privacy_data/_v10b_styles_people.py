"""Registers, rosters, forms and chats of the v10b set: crew lists, hostel allotments, tenant
screening, telemedicine chats, choir rosters, fishing and mining registers, pilgrimage forms,
call-centre disposition exports."""

# ruff: noqa: RUF001

from __future__ import annotations

import _v10b_values as V
from _v10b_doc import Doc, fill
from _v10b_lex import LEX, MALE_REL, NATIONALITY
from _v10b_locale import Loc, fold


def _nat(L: Loc, p) -> str:
    n = NATIONALITY[L.code]
    return n[1] if p.female else n[0]


# ------------------------------------------------------------------ ship crew list (FAL 5)
SHIPS = {"LY": ["MV AL-KUFRA", "MV GHAT", "MT SIRTE STAR"], "SD": ["MV DONGOLA", "MV SAWAKIN", "MV NILE PEARL"],
         "ZM": ["MV ALGOA BAY", "MV CAPE ORCHID", "MV NORDIC STAR"], "ZW": ["MV BEIRA TRADER", "MV CAPE ORCHID", "MV SAFMARINE MULANJE"], "CI": ["MV SAN PEDRO", "MV ASSINIE"],
         "MG": ["MV MAHAJANGA", "MV NOSY BE", "MV SAINTE MARIE"], "HN": ["MV GALAXY WAVE", "MV UTILA PRINCESS", "FV BAYMAN"],
         "VE": ["B/M MARGARITA", "B/M CARIBE STAR", "B/M CUMANA"], "SR": ["MV CANAWAIMA", "MV COPPENAME"],
         "FO": ["NORÐBORG", "CHRISTIAN Í GRÓTINUM", "NORRÖNA", "GØTUNES"]}
PORTS = {"LY": ["Tripoli", "Benghazi", "Misrata"], "SD": ["Port Sudan", "Suakin"], "ZM": ["Dar es Salaam", "Durban", "Walvis Bay"],
         "ZW": ["Beira", "Durban", "Maputo"], "CI": ["Abidjan", "San-Pedro"], "MG": ["Toamasina", "Mahajanga", "Antsiranana", "Toliara"],
         "HN": ["Puerto Cortes", "La Ceiba", "Roatan"], "VE": ["La Guaira", "Puerto Cabello", "Maracaibo", "Guanta"],
         "SR": ["Paramaribo", "Nieuw Nickerie"], "FO": ["Torshavn", "Klaksvik", "Tvoroyri", "Runavik"]}
AGENTS = ["Inchcape Shipping Services", "GAC Shipping", "Wilhelmsen Ships Service", "Seatrade Agencies", "Port Agency Services", "Bolloré Shipping Agencies"]
RANKS = ["Master", "Chief Officer", "2nd Officer", "Chief Engineer", "2nd Engineer", "Bosun", "AB", "AB", "OS", "Oiler", "Cook", "Motorman", "Fisherman", "Fisherman"]


def ship_crew_list(rng, L: Loc, d: Doc) -> None:
    port = rng.choice(PORTS[L.region])
    landlocked = L.region in ("ZM", "ZW")
    ship = rng.choice(SHIPS[L.region])
    flag = rng.choice(["LR", "PA", "MH", "MT"]) if landlocked else L.region
    d.line("IMO FAL FORM 5 – CREW LIST")
    d.line(f"1.1 Name of ship: {ship}    1.2 IMO number: {V.digits(rng, 7, True)}    1.3 Call sign: {V.rand(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}{V.digits(rng, 2)}{V.rand(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}")
    d.line(f"2. Port of arrival: {port}    3. Date of arrival: {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.choice([2024, 2025])}")
    d.line(f"4. Flag State of ship: {flag}    5. Last port of call: {rng.choice(['Valletta', 'Jeddah', 'Durban', 'Dar es Salaam', 'Port Louis', 'Colón', 'Willemstad', 'Hirtshals', 'Abidjan'])}")
    d.line("")
    d.line("No. | Family name       | Given names        | Rank or rating  | Nationality | Date and place of birth        | Identity document")
    d.line("----+-------------------+--------------------+-----------------+-------------+--------------------------------+------------------")
    nat3 = NATIONALITY[L.code][2]
    ratings = [r for r in RANKS if r != "Master"]
    master = None
    for i in range(1, rng.randint(7, 13)):
        p = L.person(rng, female=rng.random() < 0.12, y0=1962, y1=1990 if i == 1 else 2003)
        d.t(f"{i:>3} | ")
        d.v("person", p.F)
        d.t(" " * max(1, 18 - len(p.F)) + "| ")
        d.v("person", p.G)
        d.t(" " * max(1, 19 - len(p.G)) + "| ")
        rank = "Master" if i == 1 else rng.choice(ratings)  # one master, who signs the list
        if i == 1:
            master = p
        d.t(f"{rank:<16}| {nat3:<12}| ")
        dob = f"{p.d:02d}.{p.m:02d}.{p.y}" if rng.random() < 0.5 else f"{p.d:02d}{V.MONTHS['en'][p.m - 1][:3].upper()}{p.y % 100:02d}"
        d.v("dob", dob)
        place = fold(L.town(rng)[1])
        d.t(f" {place}".ljust(32 - len(dob)) + "| Passport ")
        d.v("national_id", L.passport(rng))
        d.t("\n")
    d.line("")
    d.line("Date and signature by master, authorized agent or officer:")
    d.line(f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.choice([2024, 2025])}   Capt. ", ("person", master.lat))
    if landlocked:
        d.line(f"Crew agency: {rng.choice(['Seafarers Manning Services', 'Ocean Crew Agency', 'Blue Anchor Crewing'])}, {L.town(rng)[0]}, tel. ", ("phone", L.phone(rng, "l")))
    else:
        d.line(f"Agent: {rng.choice(AGENTS)} – {port}, tel. ", ("phone", L.phone(rng, "l")))


# ------------------------------------------------------------------ hostel allotment
HOSTEL = {
    "LY": ("جامعة طرابلس – إدارة الإسكان الجامعي", "كشف توزيع الغرف – سكن الطالبات", ["الرقم", "رقم القيد", "الاسم", "الكلية", "الغرفة", "الهاتف"]),
    "SD": ("الصندوق القومي لرعاية الطلاب – جامعة الخرطوم", "كشف تسكين داخلية الزهراء", ["م", "الرقم الجامعي", "الاسم", "الكلية", "الغرفة", "الهاتف"]),
    "ZM": ("UNIVERSITY OF ZAMBIA – DEAN OF STUDENTS AFFAIRS", "BEDSPACE ALLOCATION 2024/25 – KAFUE HOSTEL", ["S/N", "Comp. No", "Name", "Programme", "Room", "Cell"]),
    "ZW": ("UNIVERSITY OF ZIMBABWE – ACCOMMODATION OFFICE", "RESIDENCE ALLOCATION – NEW COMPLEX 1 (SEMESTER 1)", ["No", "Reg No", "Name", "Faculty", "Room", "Phone"]),
    "CI": ("CROU ABIDJAN 1 – Université Félix Houphouët-Boigny", "LISTE D'AFFECTATION – CITÉ UNIVERSITAIRE DE MERMOZ", ["N°", "Matricule", "Nom et prénoms", "UFR", "Chambre", "Contact"]),
    "MG": ("UNIVERSITÉ D'ANTANANARIVO – Service des œuvres universitaires", "RÉPARTITION DES CHAMBRES – CITÉ D'ANKATSO II", ["N°", "N° inscription", "Nom et prénoms", "Mention", "Bloc/Chambre", "Téléphone"]),
    "HN": ("UNIVERSIDAD NACIONAL DE AGRICULTURA – Catacamas", "ASIGNACIÓN DE RESIDENCIAS ESTUDIANTILES – PRIMER INGRESO", ["No.", "N.º cuenta", "Nombre", "Carrera", "Módulo/Cuarto", "Celular"]),
    "VE": ("UNIVERSIDAD DE LOS ANDES – Dirección de Asuntos Estudiantiles", "ADJUDICACIÓN RESIDENCIAS DOMINGO SALAZAR – SEMESTRE A", ["N°", "Expediente", "Nombre", "Escuela", "Hab.", "Teléfono"]),
    "SR": ("ANTON DE KOM UNIVERSITEIT VAN SURINAME – Studentenzaken", "TOEWIJZING STUDENTENHUIS LEONSBERG – STUDIEJAAR 2024-2025", ["Nr", "Studentnr", "Naam", "Richting", "Kamer", "Mobiel"]),
    "FO": ("SETRIÐ – Fróðskaparsetur Føroya", "ÚTLUTAN AV KÖMRUM – STUDENTAHEIMIÐ Í HOYVÍK", ["Nr", "Lesandanr", "Navn", "Deild", "Kamar", "Telefon"]),
}
UNI_DOMAIN = {"LY": "uot.edu.ly", "SD": "uofk.edu", "ZM": "unza.zm", "ZW": "uz.ac.zw", "CI": "univ-fhb.edu.ci", "MG": "univ-antananarivo.mg",
              "HN": "unag.edu.hn", "VE": "ula.ve", "SR": "uvs.edu", "FO": "setur.fo"}
PROGRAMMES = {
    "ar": ["الطب", "الهندسة", "الصيدلة", "الآداب", "الاقتصاد", "القانون", "العلوم"],
    "en": ["BSc Nursing", "BEng Mining", "LLB", "BA Economics", "MBChB", "BSc Agric", "BEd Maths"],
    "fr": ["Droit", "Sciences éco.", "Médecine", "Lettres modernes", "Informatique", "Géographie", "Sc. juridiques"],
    "es": ["Agronomía", "Ing. Civil", "Medicina", "Derecho", "Educación", "Odontología", "Ing. Forestal"],
    "nl": ["Rechten", "Bedrijfskunde", "Medische Wetenschappen", "Infrastructuur", "Onderwijskunde", "Agrarische Productie"],
    "fo": ["Føroyskt", "Náttúruvísindi", "Sjúkrarøkt", "Søga", "Búskapur", "KT"],
}


def hostel_allotment(rng, L: Loc, d: Doc) -> None:
    head, sub, cols = HOSTEL[L.region]
    d.line(head)
    d.line(sub)
    d.line("")
    d.line(" | ".join(cols))
    female_hostel = L.region in ("LY", "SD") or rng.random() < 0.3
    for i in range(1, rng.randint(6, 12)):
        p = L.person(rng, female=True if female_hostel else None, y0=1998, y1=2006)
        reg = f"{rng.choice([2021, 2022, 2023, 2024])}{V.digits(rng, 5)}"
        room = f"{rng.choice('ABCDE')}{rng.randint(1, 4)}{rng.randint(1, 30):02d}"
        d.t(f"{i} | {reg} | ")
        d.v("person", L.name(p, rng) if not L.arabic else p.full3)
        d.t(f" | {rng.choice(PROGRAMMES[L.lang])} | {room} | ")
        d.v("phone", L.phone(rng))
        d.t("\n")
    d.line("")
    warden = L.person(rng)
    note = {"ar": "يجب على الطالبات استلام المفاتيح خلال أسبوع. للاستفسار:", "en": "Keys must be collected within 7 days or the bedspace is forfeited. Queries:",
            "fr": "Les clés sont à retirer sous 7 jours, faute de quoi la chambre sera réattribuée. Contact :",
            "es": "Retirar llaves en un plazo de 7 días; de lo contrario se reasigna el cupo. Consultas:",
            "nl": "Sleutels binnen 7 dagen ophalen, anders vervalt de kamer. Vragen:", "fo": "Lyklar skulu heintast innan 7 dagar. Spurningar:"}[L.lang]
    d.line(note, " ", ("email", f"{ {'ar': 'housing', 'en': 'accommodation', 'fr': 'logement', 'es': 'residencias', 'nl': 'huisvesting', 'fo': 'husan'}[L.lang]}@{UNI_DOMAIN[L.region]}"))
    d.line({"ar": "مشرفة السكن: ", "en": "Warden: ", "fr": "Régisseur : ", "es": "Administrador(a): ", "nl": "Beheerder: ", "fo": "Umsitari: "}[L.lang],
           ("person", L.name(warden, rng)), "  ", ("phone", L.phone(rng)))


# ------------------------------------------------------------------ tenant screening
BUREAU = {"LY": "Libyan Credit Information Bureau", "SD": "Credit Information & Scoring Agency (CISA)", "ZM": "TransUnion Zambia",
          "ZW": "FCB Zimbabwe", "CI": "Creditinfo VoLo", "MG": "Centrale des risques BCM", "HN": "TransUnion Honduras",
          "VE": "SICRI – SUDEBAN", "SR": "Kredietregister CBvS", "FO": "RKI / Experian"}


TS = {
    "en": dict(title="TENANT SCREENING REPORT", req="Requested by", prop="Property applied for", rent="Rent", per="/month",
               s1="1. APPLICANT", cur="Current address", time="Time at address", yrs="{y} years {m} months", prev="Previous address",
               s2="2. EMPLOYMENT AND INCOME", pos="Position", inc="Net monthly income (declared)", slips="Verified with payslips",
               slip_v=["yes, 3 months", "yes, 6 months", "no"], hr="Verified by phone with HR", on="on", s3="3. CREDIT CHECK",
               score="Score", band="Band", open="Open facilities", prods=["Personal loan", "Salary advance", "Credit card", "Hire purchase", "Overdraft"],
               bal="balance", st="status", sts=["current", "current", "30 days in arrears", "closed"], judg="Court judgments",
               judg_v=["none found", "none found", "1 (settled)"], evic="Evictions", none="none", s4="4. REFERENCES",
               rels=["previous landlord", "employer", "pastor", "colleague"], quotes=["always paid on time", "quiet, no complaints", "left the flat clean", "paid late twice in 2023"],
               s5="5. RECOMMENDATION", recs=["Accept", "Accept with guarantor", "Accept with 3 months deposit", "Decline"], ratio="Income-to-rent ratio",
               guar="Guarantor", fee="Application fee charged to card", by="Screened by", analyst="analyst no.",
               jobs=["Accountant", "Nurse", "Teacher", "Engineer", "Sales officer", "Driver", "Lecturer"]),
    "fr": dict(title="RAPPORT DE VÉRIFICATION LOCATAIRE", req="Demandé par", prop="Logement demandé", rent="Loyer", per="/mois",
               s1="1. CANDIDAT", cur="Adresse actuelle", time="Ancienneté à l'adresse", yrs="{y} ans {m} mois", prev="Adresse précédente",
               s2="2. EMPLOI ET REVENUS", pos="Poste", inc="Revenu net mensuel (déclaré)", slips="Bulletins de salaire vérifiés",
               slip_v=["oui, 3 mois", "oui, 6 mois", "non"], hr="Vérifié par téléphone auprès des RH", on="au", s3="3. VÉRIFICATION DE CRÉDIT",
               score="Score", band="Classe", open="Encours", prods=["Prêt personnel", "Avance sur salaire", "Carte de crédit", "Crédit-bail", "Découvert"],
               bal="solde", st="statut", sts=["à jour", "à jour", "30 jours de retard", "clôturé"], judg="Décisions de justice",
               judg_v=["aucune", "aucune", "1 (réglée)"], evic="Expulsions", none="aucune", s4="4. RÉFÉRENCES",
               rels=["ancien bailleur", "employeur", "pasteur", "collègue"], quotes=["toujours payé à temps", "calme, aucune plainte", "a rendu le logement propre", "deux retards en 2023"],
               s5="5. AVIS", recs=["Favorable", "Favorable avec garant", "Favorable avec 3 mois de caution", "Défavorable"], ratio="Ratio revenu/loyer",
               guar="Garant", fee="Frais de dossier débités sur la carte", by="Vérifié par", analyst="analyste n°",
               jobs=["Comptable", "Infirmière", "Enseignant", "Ingénieur", "Commercial", "Chauffeur", "Enseignant-chercheur"]),
    "es": dict(title="INFORME DE EVALUACIÓN DE INQUILINO", req="Solicitado por", prop="Inmueble solicitado", rent="Alquiler", per="/mes",
               s1="1. SOLICITANTE", cur="Dirección actual", time="Tiempo en la dirección", yrs="{y} años {m} meses", prev="Dirección anterior",
               s2="2. EMPLEO E INGRESOS", pos="Cargo", inc="Ingreso neto mensual (declarado)", slips="Verificado con colillas de pago",
               slip_v=["sí, 3 meses", "sí, 6 meses", "no"], hr="Verificado por teléfono con RR. HH.", on="al", s3="3. CONSULTA DE CRÉDITO",
               score="Puntaje", band="Categoría", open="Créditos abiertos", prods=["Préstamo personal", "Adelanto de salario", "Tarjeta de crédito", "Crédito de consumo", "Sobregiro"],
               bal="saldo", st="estado", sts=["al día", "al día", "30 días de mora", "cancelado"], judg="Juicios", judg_v=["ninguno", "ninguno", "1 (resuelto)"],
               evic="Desalojos", none="ninguno", s4="4. REFERENCIAS", rels=["arrendador anterior", "empleador", "pastor", "compañero de trabajo"],
               quotes=["siempre pagó puntual", "tranquilo, sin quejas", "entregó la casa limpia", "pagó tarde dos veces en 2023"],
               s5="5. RECOMENDACIÓN", recs=["Aceptar", "Aceptar con fiador", "Aceptar con 3 meses de depósito", "Rechazar"], ratio="Relación ingreso/alquiler",
               guar="Fiador", fee="Cargo por trámite a la tarjeta", by="Evaluado por", analyst="analista n.º",
               jobs=["Contador", "Enfermera", "Maestro", "Ingeniero", "Vendedor", "Motorista", "Docente universitario"]),
    "nl": dict(title="HUURDERSSCREENING – RAPPORT", req="Aangevraagd door", prop="Woning", rent="Huur", per="/maand",
               s1="1. AANVRAGER", cur="Huidig adres", time="Woonduur", yrs="{y} jaar {m} maanden", prev="Vorig adres",
               s2="2. WERK EN INKOMEN", pos="Functie", inc="Netto maandinkomen (opgegeven)", slips="Gecontroleerd met loonstroken",
               slip_v=["ja, 3 maanden", "ja, 6 maanden", "nee"], hr="Telefonisch gecontroleerd bij HR", on="op", s3="3. KREDIETCONTROLE",
               score="Score", band="Klasse", open="Lopende kredieten", prods=["Persoonlijke lening", "Voorschot salaris", "Creditcard", "Huurkoop", "Roodstand"],
               bal="saldo", st="status", sts=["actueel", "actueel", "30 dagen achterstand", "afgesloten"], judg="Vonnissen", judg_v=["geen", "geen", "1 (afgehandeld)"],
               evic="Ontruimingen", none="geen", s4="4. REFERENTIES", rels=["vorige verhuurder", "werkgever", "dominee", "collega"],
               quotes=["betaalde altijd op tijd", "rustig, geen klachten", "liet de woning schoon achter", "twee keer te laat in 2023"],
               s5="5. ADVIES", recs=["Akkoord", "Akkoord met borg", "Akkoord met 3 maanden waarborg", "Afgewezen"], ratio="Verhouding inkomen/huur",
               guar="Borg", fee="Administratiekosten afgeschreven van kaart", by="Gescreend door", analyst="analist nr.",
               jobs=["Boekhouder", "Verpleegkundige", "Leerkracht", "Ingenieur", "Verkoper", "Chauffeur", "Docent"]),
    "fo": dict(title="KANNING AV LEIGARA", req="Biðið um av", prop="Íbúð søkt um", rent="Leiga", per="/mánaða",
               s1="1. UMSØKJARI", cur="Núverandi bústaður", time="Búð á staðnum", yrs="{y} ár {m} mánaðir", prev="Fyrri bústaður",
               s2="2. ARBEIÐI OG INNTØKA", pos="Starv", inc="Netto inntøka um mánaðin (upplýst)", slips="Kannað við lønarseðlum",
               slip_v=["ja, 3 mánaðir", "ja, 6 mánaðir", "nei"], hr="Kannað í telefon við starvsfólkadeild", on="á", s3="3. KREDITKANNING",
               score="Stig", band="Flokkur", open="Opin lán", prods=["Persónligt lán", "Forskot á løn", "Kreditkort", "Bilalán", "Yvirtrekk"],
               bal="saldo", st="støða", sts=["í lagi", "í lagi", "30 dagar aftaná", "latið aftur"], judg="Dómar", judg_v=["eingin", "eingin", "1 (avgreiddur)"],
               evic="Útburðir", none="eingin", s4="4. TILMÆLI", rels=["fyrri útleigari", "arbeiðsgevari", "prestur", "starvsfelagi"],
               quotes=["goldið altíð til tíðina", "friðarligur, ongar klagur", "skilaði íbúðini reinari", "goldið seint tvær ferðir í 2023"],
               s5="5. NIÐURSTØÐA", recs=["Góðtikið", "Góðtikið við ábyrgdarmanni", "Góðtikið við 3 mánaða depositum", "Noktað"], ratio="Lutfall inntøka/leiga",
               guar="Ábyrgdarmaður", fee="Umsitingargjald tikið av korti", by="Kannað av", analyst="greinari nr.",
               jobs=["Roknskaparfólk", "Sjúkrarøktarfrøðingur", "Lærari", "Verkfrøðingur", "Søluráðgevi", "Bilførari", "Lektari"]),
}
TS["ar"] = dict(TS["en"], title="تقرير فحص المستأجر / TENANT SCREENING REPORT", req="مقدم الطلب", prop="العقار المطلوب", rent="الإيجار", per="/شهرياً",
                s1="1. بيانات المتقدم", cur="العنوان الحالي", time="مدة السكن", yrs="{y} سنوات {m} أشهر", prev="العنوان السابق",
                s2="2. العمل والدخل", pos="الوظيفة", inc="صافي الدخل الشهري (مصرح به)", slips="تم التحقق بكشوف المرتب", slip_v=["نعم، 3 أشهر", "نعم، 6 أشهر", "لا"],
                hr="تم التحقق هاتفياً مع شؤون الموظفين", on="على", s3="3. الاستعلام الائتماني", s4="4. المعرفون", s5="5. التوصية",
                rels=["المؤجر السابق", "جهة العمل", "إمام المسجد", "زميل"], quotes=["ملتزم بالدفع دائماً", "هادئ ولا شكاوى", "سلّم الشقة نظيفة", "تأخر مرتين في 2023"],
                recs=["قبول", "قبول مع ضامن", "قبول مع تأمين 3 أشهر", "رفض"], guar="الضامن", by="أعد التقرير", analyst="محلل رقم",
                jobs=["محاسب", "ممرضة", "معلم", "مهندس", "مندوب مبيعات", "سائق", "محاضر جامعي"])


def tenant_screening(rng, L: Loc, d: Doc) -> None:
    lx = LEX[L.lang]
    t = TS[L.lang]
    a = L.person(rng, y0=1965, y1=2000)
    landlord = L.person(rng)
    cur = L.pl["currency"]
    d.line(t["title"])
    d.line(f"Report ID: TS-{V.digits(rng, 7)}   {lx['date']}: {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2024, 2025])}   {t['req']}: ", ("person", L.name(landlord, rng)))
    d.line(f"{t['prop']}: ", ("address", L.addr1(rng)), f"   {t['rent']}: {cur} {L.money(rng.randint(15, 900) * 100, 0)}{t['per']}")
    d.line("")
    d.line(t["s1"])
    d.line(f"   {lx['full_name']}: ", ("person", L.name(a, rng)))
    d.line(f"   {lx['dob']}: ", ("dob", L.dob(a, rng.choice([0, 1, 2, 3]))))
    lab, nid = L.nid(rng, a)
    d.line(f"   {lab}: ", ("national_id", nid))
    d.line(f"   {lx['mobile']}: ", ("phone", L.phone(rng)), f"   {lx['email']}: ", ("email", L.email(rng, a)))
    st, ar = L.addr2(rng)
    d.line(f"   {t['cur']}: ", ("address", st))
    if ar:
        d.line(" " * (len(t["cur"]) + 5), ("address", ar))
    d.line(f"   {t['time']}: " + t["yrs"].format(y=rng.randint(1, 9), m=rng.randint(0, 11)))
    d.line(f"   {t['prev']}: ", ("address", L.addr1(rng)))
    d.line("")
    d.line(t["s2"])
    d.line(f"   {lx['employer']}: {L.firm(rng)}   {t['pos']}: {rng.choice(t['jobs'])}")
    d.line(f"   {t['inc']}: {cur} {L.money(rng.randint(40, 3000) * 100, 0)}   {t['slips']}: {rng.choice(t['slip_v'])}")
    hr = L.person(rng)
    d.line(f"   {t['hr']} (", ("person", L.name(hr, rng)), f") {t['on']} ", ("phone", L.phone(rng, "l")))
    d.line("")
    d.line(f"{t['s3']} ({BUREAU[L.region]})")
    d.line(f"   {t['score']}: {rng.randint(420, 780)}  {t['band']}: {rng.choice(['A', 'B', 'B', 'C', 'D'])}   {t['open']}: {rng.randint(0, 5)}")
    for _ in range(rng.randint(1, 3)):
        d.line(f"   - {rng.choice(t['prods'])} {V.masked_card(rng) if rng.random() < 0.3 else '***' + V.digits(rng, 4)}   "
               f"{t['bal']} {cur} {L.money(rng.randint(1, 900) * 100, 0)}   {t['st']} {rng.choice(t['sts'])}")
    d.line(f"   {t['judg']}: {rng.choice(t['judg_v'])}   {t['evic']}: {t['none']}")
    d.line("")
    d.line(t["s4"])
    for _ in range(2):
        r = L.person(rng)
        d.line("   ", ("person", L.name(r, rng)), f" ({rng.choice(t['rels'])}) – ", ("phone", L.phone(rng)), f" – \"{rng.choice(t['quotes'])}\"")
    d.line("")
    d.line(t["s5"])
    k = rng.randrange(4)
    d.line(f"   {t['recs'][k]}. {t['ratio']} {rng.uniform(1.5, 5):.1f}x.")
    if k == 1:
        g = L.person(rng)
        lab2, nid2 = L.nid(rng, g)
        d.line(f"   {t['guar']}: ", ("person", L.name(g, rng)), f", {lab2} ", ("national_id", nid2), ", ", ("phone", L.phone(rng)))
    if rng.random() < 0.35:
        d.line(f"   {t['fee']} ", ("card", V.card(rng)), f" ({rng.randint(1, 28):02d}/{rng.randint(1, 12):02d})")
    d.line(f"   {t['by']}: {rng.choice(['RentCheck', 'SafeLet', 'HomeVerify'])}, {t['analyst']} {rng.randint(10, 99)}")


# ------------------------------------------------------------------ telemedicine chat
CHAT = {
    "ar_LY": [("dr", "السلام عليكم {pg}، معاك الدكتور {drn}. شن المشكلة؟"), ("pt", "وعليكم السلام دكتور، عندي وجع في راسي وسخانة من يومين"),
              ("dr", "باهي. قبل ما نكملو، أكدلي تاريخ ميلادك من فضلك"), ("pt", "{dob}"), ("dr", "تاخذ في أي دواء توا؟"),
              ("pt", "بنادول بس. ok dottore"), ("dr", "نبعتلك الروشتة، الصيدلية توصلها لعنوانك: {addr} صح؟"), ("pt", "صح. لو ما لقوش البيت يكلموني على {phone}"),
              ("dr", "تمام. لو زادت السخانة روح للطوارئ. سلامتك يا {pg}"), ("pt", "grazie دكتور، ربي يعطيك الصحة")],
    "ar_SD": [("dr", "مساء الخير {pg}، أنا دكتور {drn}. قول لي بتشتكي من شنو؟"), ("pt", "يا دكتور عندي صداع شديد وحمى من امبارح"),
              ("dr", "سلامتك. عشان الملف، تاريخ ميلادك كم؟"), ("pt", "{dob}"), ("dr", "عملت فحص ملاريا؟"), ("pt", "لسه، الـ lab قفل بدري"),
              ("dr", "حنرسل الطلب للمعمل والدواء للبيت في {addr}"), ("pt", "تمام، والمندوب يتصل على {phone}"), ("dr", "كويس. أشرب موية كتيرة يا {pg}"), ("pt", "شكراً يا دكتور")],
    "en_ZM": [("dr", "Good morning {pg}, this is Dr {drn}. Muli bwanji? What brings you today?"), ("pt", "morning doc. my son {child} has had a fever since yesterday"),
              ("dr", "Sorry to hear. Can you confirm your date of birth for the file?"), ("pt", "{dob}"), ("dr", "And {child}'s?"), ("pt", "{cdob}"),
              ("dr", "Is he eating? Any vomiting?"), ("pt", "he is eating a bit, no vomiting"), ("dr", "I'll send a script for Panadol syrup and a malaria test form. Delivery to {addr}?"),
              ("pt", "yes. the rider can call {phone}. natotela doc"), ("dr", "Pleasure {pg}. If the fever passes 39 go to the clinic straight away.")],
    "en_ZW": [("dr", "Mangwanani {pg}, I'm Dr {drn} from the virtual clinic. How can I help?"), ("pt", "mangwanani chiremba. i have a bad cough for a week now"),
              ("dr", "Ndatenda. Please confirm your date of birth."), ("pt", "{dob}"), ("dr", "Any fever or night sweats?"), ("pt", "a bit at night yes"),
              ("dr", "I'd like a chest x-ray. Is {addr} still your address?"), ("pt", "yes that's home. my number is {phone} if the lab needs me"),
              ("dr", "Good. I'll send the referral to your email too."), ("pt", "thank you doc, ngiyabonga")],
    "fr_CI": [("dr", "Bonsoir {pg}, Dr {drn} à l'appareil. On vous écoute."), ("pt", "bonsoir docteur, mon enfant {child} a chaud depuis hier, il ne mange pas bien"),
              ("dr", "D'accord. Pour le dossier, votre date de naissance ?"), ("pt", "{dob}"), ("dr", "Et celle de {child} ?"), ("pt", "{cdob}"),
              ("dr", "Il vomit ? Il a la diarrhée ?"), ("pt", "non docteur, c'est le corps qui est chaud seulement"),
              ("dr", "Je vous envoie l'ordonnance. La pharmacie livre à {addr}, c'est bien ça ?"), ("pt", "oui c'est ça. le livreur peut m'appeler au {phone}"),
              ("dr", "Parfait {pg}. Si la fièvre persiste demain, allez au CHU.")],
    "fr_MG": [("dr", "Manao ahoana {pg}, Dr {drn} ity. Inona no olana ?"), ("pt", "bonjour docteur, marary andoha aho sady mafana hatramin'ny omaly"),
              ("dr", "Azafady, confirmez votre date de naissance."), ("pt", "{dob}"), ("dr", "Efa nanao test palu ve ianao ?"), ("pt", "tsia mbola tsy nanao"),
              ("dr", "Je vous prescris un TDR et du paracétamol. Livraison à {addr} ?"), ("pt", "eny, antsoy amin'ny {phone} ny livreur"),
              ("dr", "Misaotra {pg}. Rehefa tsy mihena ny tazo dia mankanesa any amin'ny CSB."), ("pt", "misaotra betsaka docteur")],
    "es_HN": [("dr", "Buenas {pg}, le atiende la Dra. {drn}. ¿En qué le puedo ayudar?"), ("pt", "buenas doctora, fíjese que el cipote {child} tiene calentura desde anoche"),
              ("dr", "Entiendo. ¿Me confirma su fecha de nacimiento?"), ("pt", "{dob}"), ("dr", "¿Y la del niño?"), ("pt", "{cdob}"),
              ("dr", "¿Ha tenido diarrea o vómitos? Hay mucho dengue ahorita."), ("pt", "no doctora, solo la calentura y dolor de cuerpo"),
              ("dr", "Le mando la receta a Kielsa, ¿entregan en {addr}?"), ("pt", "sí, ahí mero. que me llamen al {phone}"), ("dr", "Vaya pues {pg}, cualquier cosa me escribe.")],
    "es_VE": [("dr", "Buenas tardes {pg}, le habla el Dr. {drn}. Cuénteme."), ("pt", "buenas doctor, mi chamo {child} tiene fiebre y tos desde el martes"),
              ("dr", "Ok. Para la historia, ¿su fecha de nacimiento?"), ("pt", "{dob}"), ("dr", "¿Y la de {child}?"), ("pt", "{cdob}"),
              ("dr", "¿Respira bien? ¿Le silba el pecho?"), ("pt", "un poquito en la noche"), ("dr", "Le envío el récipe a Farmatodo con delivery a {addr}. ¿Correcto?"),
              ("pt", "sí doctor, el motorizado me puede llamar al {phone}"), ("dr", "Chévere. Cualquier cosa me avisa, {pg}.")],
    "nl_SR": [("dr", "Goedemiddag {pg}, u spreekt met dokter {drn}. Fa waka?"), ("pt", "dag dokter. mi e firi siki, koorts en hoofdpijn sinds gisteren"),
              ("dr", "Vervelend. Mag ik uw geboortedatum ter controle?"), ("pt", "{dob}"), ("dr", "Heeft u ook spierpijn? Er is veel dengue in de buurt."),
              ("pt", "ja overal pijn"), ("dr", "Ik stuur een labaanvraag. Het recept gaat naar de apotheek, bezorging op {addr}?"),
              ("pt", "ja klopt, bel {phone} als ze het huis niet vinden"), ("dr", "Goed {pg}. Veel drinken en rust nemen."), ("pt", "grantangi dokter")],
    "fo_FO": [("dr", "Góðan dag {pg}, hetta er {drn}, lækni. Hvat kann eg hjálpa við?"), ("pt", "hey, eg havi havt pínu í halsinum síðan mánadagin og feber"),
              ("dr", "Tað er leiðinligt. Kanst tú váttað føðingardagin?"), ("pt", "{dob}"), ("dr", "Hevur tú tikið nakran heilivág?"), ("pt", "bara panodil"),
              ("dr", "Eg sendi eina uppskrift á apotekið. Skal hon sendast til {addr}?"), ("pt", "ja. ring á {phone} um nakað er"),
              ("dr", "Gott, {pg}. Ring til vaktlæknan um tað versnar."), ("pt", "takk fyri")],
}
CARD_ASK = {
    "ar": ("رسوم الاستشارة 50، ممكن رقم البطاقة؟", "تفضل"), "en": ("The consultation fee is due, which card should we charge?", "use this one"),
    "fr": ("Pour le règlement de la téléconsultation, quelle carte ?", "voici ma carte"), "es": ("¿Con qué tarjeta cancela la consulta?", "con esta"),
    "nl": ("Met welke kaart wilt u het consult betalen?", "deze kaart"), "fo": ("Hvørjum korti skal gjaldið takast av?", "hetta kortið"),
}
PLATFORM = {"ar": "منصة طبيبك أونلاين", "en": "Vula Virtual Clinic", "fr": "Docta Consult", "es": "TeleSalud 24/7", "nl": "DokterOnline SR", "fo": "Lækni á neti"}


def telemedicine_chat(rng, L: Loc, d: Doc) -> None:
    pt = L.person(rng, y0=1960, y1=2003)
    dr = L.person(rng, female=True if L.region == "HN" else None)
    child = L.person(rng, female=False, y0=2012, y1=2022)
    drn = dr.full if (L.arabic or rng.random() < 0.5) else dr.family
    name_hdr = L.name(pt, rng)
    d.line(f"{PLATFORM[L.lang]} – consultation #{V.digits(rng, 6, True)}")
    h, mi = rng.randint(7, 21), rng.randint(0, 40)
    d.line("Patient: ", ("person", name_hdr), f" | {'Arabic' if L.arabic else L.lang.upper()} | started {h:02d}:{mi:02d}")
    d.line("")
    addr = L.addr1(rng)
    vals = {"pg": ("person", pt.given.lower() if rng.random() < 0.2 and not L.arabic else pt.given),
            "drn": ("person", drn), "child": ("person", child.given), "dob": ("dob", L.dob(pt, rng.choice([0, 1, 3]))),
            "cdob": ("dob", L.dob(child, 0)), "addr": ("address", addr), "phone": ("phone", L.phone(rng))}
    for k, (who, tpl) in enumerate(CHAT[L.code]):
        d.t(f"[{h:02d}:{mi + k:02d}] ")
        if who == "dr":
            d.t("Dr. " if not L.arabic else "د. ")
            d.v("person", drn)
        else:
            d.v("person", pt.given)
        d.t(": ")
        fill(d, tpl, vals)
        d.t("\n")
    if rng.random() < 0.35:
        ask, ans = CARD_ASK[L.lang]
        d.t(f"[{h:02d}:{mi + len(CHAT[L.code]):02d}] ")
        d.t("Dr. " if not L.arabic else "د. ")
        d.a(("person", drn), f": {ask}\n")
        d.a(f"[{h:02d}:{mi + len(CHAT[L.code]) + 1:02d}] ", ("person", pt.given), f": {ans} ", ("card", V.card(rng)),
            f" exp {rng.randint(1, 12):02d}/{rng.randint(26, 30)}\n")
    d.line(f"-- consultation closed, e-prescription RX-{V.digits(rng, 8)} sent --")


# ------------------------------------------------------------------ choir roster
CHOIR = {
    "ar_LY": ("فرقة الإنشاد الديني – زاوية سيدي عبد الوهاب", ["المنشد الرئيسي", "الكورال", "الكورال", "عازف الدف"]),
    "ar_SD": ("فرقة عقد الجلاد للمديح – كشف الأعضاء", ["مادح", "كورس", "كورس", "طبّال"]),
    "en_ZM": ("St Ignatius Parish Choir, Lusaka – Members Roster 2024", ["Soprano", "Alto", "Tenor", "Bass"]),
    "en_ZW": ("Harare Methodist Youth Choir – Roster (Eisteddfod season)", ["Soprano", "Alto", "Tenor", "Bass"]),
    "fr_CI": ("Chorale Sainte Cécile – Paroisse Saint Jean de Cocody", ["Soprane", "Alto", "Ténor", "Basse"]),
    "fr_MG": ("Antoko mpihira FJKM Ambohitantely – lisitry ny mpikambana", ["Soprano", "Alto", "Ténor", "Basse"]),
    "es_HN": ("Coro Parroquial Nuestra Señora de Suyapa – Lista de integrantes", ["Soprano", "Contralto", "Tenor", "Bajo"]),
    "es_VE": ("Orfeón Universitario – Cuerda y contactos", ["Soprano", "Contralto", "Tenor", "Bajo"]),
    "nl_SR": ("Kerkkoor Evangelische Broedergemeente Paramaribo – Ledenlijst", ["Sopraan", "Alt", "Tenor", "Bas"]),
    "fo_FO": ("Havnar Sangkór – limalisti", ["Sopran", "Alt", "Tenór", "Bass"]),
}


def choir_roster(rng, L: Loc, d: Doc) -> None:
    title, parts = CHOIR[L.code]
    lx = LEX[L.lang]
    d.line(title)
    youth = rng.random() < 0.4
    d.line("")
    for part in dict.fromkeys(parts):
        d.line(f"== {part} ==")
        for _ in range(rng.randint(2, 4)):
            female = part in ("Soprano", "Alto", "Soprane", "Contralto", "Sopraan", "Alt", "Sopran")
            p = L.person(rng, female=female if not L.arabic else False, y0=2003 if youth else 1955, y1=2011 if youth else 2002)
            d.t("- ")
            d.v("person", L.name(p, rng))
            if youth:
                d.t(f" ({lx['dob']}: ")
                d.v("dob", L.dob(p, rng.choice([0, 3])))
                d.t(")")
            d.t(" – ")
            d.v("phone", L.phone(rng))
            if rng.random() < 0.4:
                d.t(" – ")
                d.v("email", L.email(rng, p))
            d.t("\n")
    d.line("")
    lead = L.person(rng)
    d.line({"ar": "المسؤول", "en": "Choir master", "fr": "Chef de chœur", "es": "Director", "nl": "Dirigent", "fo": "Kórleiðari"}[L.lang], ": ",
           ("person", L.name(lead, rng)), f" – {rng.choice(['Tue', 'Thu', 'Sat'])} 18:00")


# ------------------------------------------------------------------ fishing licences
FISH = {
    "LY": ("مركز الثروة البحرية – زوارة", "سجل تراخيص الصيد", ["شباك", "صنارة", "شباك التونة"], ["زوارة", "الزاوية", "الخمس"]),
    "SD": ("وزارة الثروة الحيوانية والسمكية – ولاية البحر الأحمر", "سجل رخص الصيد", ["شباك خيشومية", "صنارة", "غوص"], ["سواكن", "بورتسودان", "محمد قول"]),
    "ZM": ("Department of Fisheries – Siavonga", "Register of Fishing Licences (Lake Kariba)", ["Kapenta rig", "Gill net", "Hook and line"], ["Siavonga", "Sinazongwe", "Chipepo"]),
    "ZW": ("Zimbabwe Parks & Wildlife Management Authority – Kariba", "Kapenta Fishing Permit Register", ["Kapenta rig", "Gill net", "Line"], ["Kariba", "Binga", "Mlibizi"]),
    "CI": ("Direction de l'Aquaculture et des Pêches – Abidjan", "Registre des licences de pêche artisanale", ["Filet maillant", "Senne de plage", "Palangre"], ["Lagune Ébrié", "Grand-Lahou", "Sassandra"]),
    "MG": ("Ministère de la Pêche et de l'Économie Bleue – DRPEB Diana", "Registre des cartes de pêcheur", ["Filet maillant", "Palangre", "Casier à langouste"], ["Nosy Be", "Ambanja", "Antsiranana"]),
    "HN": ("DIGEPESCA – Islas de la Bahía", "Registro de licencias de pesca artesanal", ["Nasa langostera", "Buceo", "Cordel"], ["Roatán", "Guanaja", "Utila"]),
    "VE": ("INSOPESCA – Oficina Nueva Esparta", "Registro de permisos de pesca artesanal", ["Chinchorro", "Palangre", "Nasa"], ["Juan Griego", "Porlamar", "Punta de Piedras"]),
    "SR": ("Ministerie van LVV – Onderdirectoraat Visserij", "Register visvergunningen kustvisserij", ["Drijfnet", "Lijn", "Fuik"], ["Boskamp", "Galibi", "Nieuw Nickerie"]),
    "FO": ("Fiskiveiðieftirlitið", "Skrá yvir fiskiloyvi – útróðrarbátar", ["Húkur", "Garn", "Snella"], ["Føroyabanki", "Suðuroyar banki", "Vestur av Mykinesi"]),
}


VESSELS = {"LY": ["الرحمة", "البركة", "نجمة البحر", "الفجر"], "SD": ["البركة", "سواكن", "الهدى", "نجمة البحر"],
           "ZM": ["Kapenta Queen", "Siavonga Star", "Blessing", "Tigerfish"], "ZW": ["Kapenta Queen", "Nyaminyami", "Bream Star", "Mlibizi"],
           "CI": ["Bonne Chance", "Dieu Merci", "Grâce Divine", "Assinie"], "MG": ["Fitahiana", "Tsiky", "Nirina", "Soa"],
           "HN": ["Dios Proveerá", "La Esperanza", "Bay Lady", "Miss Utila"], "VE": ["La Esperanza", "Virgen del Valle", "Don Chepe", "Mi Niña"],
           "SR": ["Mamy Wata", "Koeli", "Morgenster", "Boskamp"], "FO": ["Sólja", "Bára", "Jóhanna", "Fram", "Tróndur"]}


def fishing_licence_register(rng, L: Loc, d: Doc) -> None:
    office, title, gears, zones = FISH[L.region]
    lx = LEX[L.lang]
    d.line(office)
    d.line(f"{title} – {rng.choice([2024, 2025])}")
    d.line("")
    d.line(f"Licence | {lx['name']} | {lx['dob']} | ID | Vessel | Gear | Zone | {lx['phone']} | Expiry")
    for _ in range(rng.randint(4, 9)):
        p = L.person(rng, female=rng.random() < 0.1, y0=1955, y1=2004)
        lic = f"{L.region}-FL-{V.digits(rng, 5)}"
        d.t(f"{lic} | ")
        if rng.random() < 0.12:
            d.t(rng.choice(["Coopérative des pêcheurs", "Fishers Association", "Cooperativa Pesquera", "Vissersvereniging", "Felag"]) + f" {rng.randint(1, 30)}")
            d.t(" | - | - | ")
        else:
            d.v("person", L.name(p, rng))
            d.t(" | ")
            d.v("dob", L.dob(p, rng.choice([0, 3])))
            d.t(" | ")
            d.v("national_id", L.nid(rng, p)[1])
            d.t(" | ")
        vessel = rng.choice(VESSELS[L.region])
        d.t(f"{vessel} ({V.digits(rng, 3, True)}) | {rng.choice(gears)} | {rng.choice(zones)} | ")
        d.v("phone", L.phone(rng))
        d.t(f" | {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2025, 2026])}\n")
    d.line("")
    d.line(f"Total licences this page: {rng.randint(4, 9)}  |  Fees collected: {L.pl['currency']} {L.money(rng.randint(10, 900) * 10, 0)}")


# ------------------------------------------------------------------ mining permits
MINING = {
    "LY": ("مصلحة المساحة والتعدين – سجل تراخيص المحاجر", ["حجر جيري", "جبس", "رمل السيليكا"], [("غريان", 32.17, 13.02), ("ترهونة", 32.43, 13.63), ("الجفرة", 29.11, 15.94)]),
    "SD": ("الشركة السودانية للموارد المعدنية – سجل تصاديق التعدين الأهلي", ["ذهب", "ذهب", "كروم"], [("أبو حمد", 19.53, 33.32), ("جبل عامر", 13.45, 23.55), ("العبيدية", 18.27, 33.97)]),
    "ZM": ("Ministry of Mines and Minerals Development – Mining Cadastre: Artisanal & Small-scale Licences", ["Copper", "Emerald", "Amethyst", "Manganese"], [("Lufwanyama", -12.97, 27.62), ("Solwezi", -12.17, 26.39), ("Mkushi", -13.62, 29.39), ("Mansa", -11.20, 28.89)]),
    "ZW": ("Ministry of Mines and Mining Development – Provincial Mining Director, Midlands: Register of Mining Claims", ["Gold", "Gold", "Chrome", "Lithium"], [("Kwekwe", -18.93, 29.81), ("Shurugwi", -19.67, 30.00), ("Mberengwa", -20.48, 29.92), ("Zvishavane", -20.33, 30.03)]),
    "CI": ("Ministère des Mines – Registre des autorisations d'exploitation artisanale", ["Or", "Or", "Manganèse", "Diamant"], [("Tengréla", 10.49, -6.41), ("Hiré", 6.18, -5.30), ("Séguéla", 7.96, -6.67), ("Bondoukou", 8.04, -2.80)]),
    "MG": ("Bureau du Cadastre Minier de Madagascar – Registre des permis PRE", ["Saphir", "Or", "Quartz", "Tourmaline"], [("Ilakaka", -22.68, 45.22), ("Andilamena", -17.02, 48.58), ("Betafo", -19.84, 46.85), ("Dabolava", -19.62, 46.25)]),
    "HN": ("INHGEOMIN – Registro Minero y Catastral", ["Oro", "Oro aluvial", "Plata", "Ópalo"], [("Iriona", 15.95, -85.17), ("Santa Rosa de Copán", 14.77, -88.78), ("El Corpus", 13.28, -87.03), ("Erandique", 14.24, -88.47)]),
    "VE": ("Ministerio del Poder Popular de Desarrollo Minero Ecológico – Registro de Alianzas (Arco Minero)", ["Oro", "Coltán", "Diamante"], [("El Callao", 7.35, -61.82), ("Tumeremo", 7.30, -61.50), ("Las Claritas", 6.18, -61.43)]),
    "SR": ("Geologisch Mijnbouwkundige Dienst – Register kleinschalige goudwinning", ["Goud", "Goud", "Bouxiet"], [("Brokopondo", 5.04, -54.98), ("Sella Creek", 4.33, -55.05), ("Benzdorp", 3.68, -54.08), ("Nassau", 4.82, -54.60)]),
}


def mining_permit_register(rng, L: Loc, d: Doc) -> None:
    title, minerals, places = MINING[L.region]
    lx = LEX[L.lang]
    d.line(title)
    d.line("")
    d.line(f"Permit No. | Holder | ID / reg. | {lx['address']} | Locality | Centre point | Area (ha) | Mineral | Granted | Expires")
    for _ in range(rng.randint(3, 7)):
        p = L.person(rng, y0=1955, y1=1998)
        place = rng.choice(places)
        d.t(f"{rng.choice(['ASML', 'SSML', 'PML', 'AEA', 'PRE', 'MC'])}-{V.digits(rng, 5)} | ")
        if rng.random() < 0.25:
            d.t(f"{rng.choice(['Golden Hill', 'Kibali', 'Nile', 'Sahel', 'Copper Star', 'Río Oro', 'Sapphire', 'Goudveld'])} {rng.choice(['Mining Ltd', 'Resources SARL', 'S.A.', 'N.V.', 'Co.'])} | reg. {V.digits(rng, 8, True)} | ")
            d.t(f"P.O. Box {rng.randint(10, 9999)} | ")
        else:
            d.v("person", L.name(p, rng))
            d.t(" | ")
            d.v("national_id", L.nid(rng, p)[1])
            d.t(" | ")
            d.v("address", L.addr1(rng))
            d.t(" | ")
        d.t(f"{place[0]} | ")
        d.v("gps", L.gps(rng, (place[0], place[0], place[1], place[2]), rng.choice([0, 2])))
        d.t(f" | {rng.randint(1, 400)}.{rng.randint(0, 99):02d} | {rng.choice(minerals)} | {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2021, 2022, 2023])} | {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2026, 2027, 2028])}\n")
    d.line("")
    d.line("Coordinates: WGS 84, centre point of the licence area. Objections within 30 days to the Cadastre Office.")


# ------------------------------------------------------------------ pilgrimage registration
PILGRIM = {
    "LY": ("الهيئة العامة للأوقاف – استمارة تسجيل حجاج موسم 1446هـ", "المحرم"),
    "SD": ("الهيئة العامة للحج والعمرة – ولاية الخرطوم: استمارة حاج", "المحرم"),
    "ZM": ("Catholic Archdiocese of Lusaka – Holy Land Pilgrimage 2025: Registration Form", "Travelling companion"),
    "ZW": ("Anglican Diocese of Harare – Pilgrimage to Jerusalem & Galilee: Registration", "Travelling companion"),
    "CI": ("Commissariat Ivoirien du Hadj – Fiche d'inscription du pèlerin", "Accompagnateur (mahram)"),
    "MG": ("Diocèse d'Antsirabe – Pèlerinage à Lourdes 2025 : fiche d'inscription", "Accompagnateur"),
    "HN": ("Parroquia San José Obrero – Peregrinación a Esquipulas: Ficha de inscripción", "Acompañante"),
    "VE": ("Arquidiócesis de Barquisimeto – Peregrinación Divina Pastora: Inscripción", "Acompañante"),
    "SR": ("Surinaamse Islamitische Vereniging – Inschrijving Hadj", "Mahram / begeleider"),
}


def pilgrimage_registration(rng, L: Loc, d: Doc) -> None:
    title, comp = PILGRIM[L.region]
    lx = LEX[L.lang]
    p = L.person(rng, y0=1945, y1=1995)
    c = L.person(rng, female=False)
    rel_i = rng.randrange(0 if p.female else 1, len(MALE_REL[L.lang]) - 1)  # no husband for a man
    if rel_i in (1, 2, 3):  # a brother, son or father carries the family name
        c.family, c.family_lat = p.family, p.family_lat
    if L.arabic:  # and the middle (father's) name of an Arabic three-part name agrees
        if rel_i == 1:
            c.father, c.father_lat = p.father, p.father_lat
        elif rel_i == 2:
            c.father, c.father_lat = p.given, p.given_lat
        elif rel_i == 3:
            c.given, c.given_lat = p.father, p.father_lat
    d.line(title)
    d.line("-" * 40)
    d.line(f"{lx['full_name']}: ", ("person", L.name(p, rng) if not L.arabic else p.full3))
    if L.arabic or rng.random() < 0.4:
        d.line("Name as in passport: ", ("person", f"{p.F} {p.G}"))
    d.line(f"{lx['sex']}: {lx['female'] if p.female else lx['male']}    {lx['dob']}: ", ("dob", L.dob(p, rng.choice([0, 1, 4 if L.arabic else 3]))))
    d.line(f"{lx['nationality']}: {_nat(L, p)}")
    domestic = L.region == "VE" or (L.region == "HN" and rng.random() < 0.5)
    if domestic:
        lab, nid = L.nid(rng, p, 0)
        d.line(f"{lab}: ", ("national_id", nid))
    else:
        d.line(f"{lx['passport']}: ", ("national_id", L.passport(rng)), f"    Expiry: {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2026, 2033)}")
        lab, nid = L.nid(rng, p)
        d.line(f"{lab}: ", ("national_id", nid))
    d.line(f"{lx['address']}: ", ("address", L.addr1(rng)))
    d.line(f"{lx['mobile']}: ", ("phone", L.phone(rng)), f"    {lx['email']}: ", ("email", L.email(rng, p)))
    d.line(f"{comp}: ", ("person", L.name(c, rng)), f" ({MALE_REL[L.lang][rel_i]}), ", ("phone", L.phone(rng)))
    e = L.person(rng)
    d.line(f"{lx['emergency']}: ", ("person", L.name(e, rng)), " – ", ("phone", L.phone(rng)))
    d.line(f"Medical: {rng.choice(['diabetes type 2', 'hypertension', 'none', 'none', 'knee problems, needs wheelchair at airport'])}")
    d.line(f"Package: {rng.choice(['A (hotel 3*)', 'B (hotel 4*)', 'Economy', 'VIP'])}   Deposit paid: {L.pl['currency']} {L.money(rng.randint(5, 90) * 1000, 0)}   Receipt {V.digits(rng, 6)}")
    if rng.random() < 0.5:
        d.line("Refund account (IBAN): ", ("iban", L.iban(rng)))
    elif rng.random() < 0.5:
        d.line("Deposit paid by card: ", ("card", V.card(rng)), f"  auth {V.digits(rng, 6)}")
    d.line(f"{lx['signed']}: ____________    {lx['date']}: {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2024, 2025])}")


# ------------------------------------------------------------------ call-centre disposition export
DISPO = ["RESOLVED", "CALLBACK", "ESCALATED", "NO_ANSWER", "WRONG_NUMBER", "SALE", "COMPLAINT"]
NOTES = {
    "ar": ["العميل يطلب إعادة الاتصال على {alt}", "تم إيقاف البطاقة {card} بسبب السرقة", "تم التحقق من تاريخ الميلاد {dob}", "شكوى بخصوص خصم مكرر", "تم تحديث الرقم الوطني {nid}"],
    "en": ["cust wants callback on {alt}", "card {card} reported stolen, blocked", "verified DOB {dob}", "double debit complaint, ref sent", "updated ID to {nid}", "asked for statement by email {mail}"],
    "fr": ["rappeler au {alt}", "carte {card} déclarée volée, bloquée", "date de naissance vérifiée {dob}", "réclamation double prélèvement", "pièce mise à jour {nid}", "relevé à envoyer à {mail}"],
    "es": ["pide que lo llamen al {alt}", "tarjeta {card} reportada robada, bloqueada", "verificó fecha de nacimiento {dob}", "reclamo por doble cobro", "actualizó identidad {nid}", "enviar estado a {mail}"],
    "nl": ["terugbellen op {alt}", "kaart {card} gestolen gemeld, geblokkeerd", "geboortedatum gecontroleerd {dob}", "klacht dubbele afschrijving", "ID bijgewerkt {nid}", "overzicht mailen naar {mail}"],
    "fo": ["ring aftur á {alt}", "kort {card} stolið, sperrað", "føðingardagur váttaður {dob}", "klaga um dupulta trekking", "P-tal dagført {nid}", "send yvirlit til {mail}"],
}


def call_disposition_csv(rng, L: Loc, d: Doc) -> None:
    agents = [L.person(rng) for _ in range(3)]
    d.line("call_id,start_time,queue,agent_name,customer_name,msisdn,duration_s,disposition,wrap_note")
    for _ in range(rng.randint(5, 10)):
        c = L.person(rng)
        a = rng.choice(agents)
        d.t(f"{V.digits(rng, 9, True)},2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},"
            f"{rng.choice(['billing', 'retail', 'momo', 'cards', 'loans'])},")
        d.v("person", a.full if L.arabic else a.lat)
        d.t(",")
        if rng.random() < 0.1:
            d.t(",")
        else:
            d.v("person", L.name(c, rng))
            d.t(",")
        d.v("phone", V.msisdn(rng, L.region) if rng.random() < 0.5 else L.phone(rng))
        disp = rng.choice(DISPO)
        d.t(f",{rng.randint(15, 1800)},{disp},")
        if rng.random() < 0.7:
            tpl = rng.choice(NOTES[L.lang])
            vals = {"alt": ("phone", L.phone(rng)), "dob": ("dob", L.dob(c, 0)), "nid": ("national_id", L.nid(rng, c)[1]), "mail": ("email", L.email(rng, c)), "card": ("card", V.card(rng))}
            d.t('"')
            fill(d, tpl, vals)
            d.t('"')
        d.t("\n")
