# ruff: noqa: RUF001  (many scripts)
"""More layouts for the tagger's training, session 9 (build time only): agreements and
enrolment forms (names after party and guardian labels), CVs (the name as the first line,
schools and employers that are no names), boarding passes ("LAST/FIRST MR"), chat exports
in Slack's JSON (user ids, `real_name`) and social posts and small ads (a name before a
phone number, commenters' names before a colon).

The error classes come from the fifth dev sets (docs/privacy_tagger.md, "Retrain, session 9");
the labels below are written from general knowledge of each language, the layouts from
the formats themselves, and no evaluation text, value or template was copied.
"""

from __future__ import annotations

import random
from typing import Any

from _pii_ner_layouts import _caps, address_lines, person_name
from _pii_ner_local_forms import local_city
from _pii_ner_styles import _dob, _Doc, _sentence, shop

# Party, guardian and claimant labels (a name follows).
PARTY_LABELS = {
    "en": "Landlord|Tenant|Lessor|Lessee|Parent/guardian|Student name|Insured|Policyholder|Claimant|Prescribed by|Witness|Applicant|Other driver",
    "ms": "Tuan rumah|Penyewa|Ibu/bapa/penjaga|Nama murid|Pemegang polisi|Penuntut|Saksi|Pemohon",
    "ar": "المؤجر|المستأجر|ولي الأمر|اسم الطالب|المؤمن له|المطالب|الشاهد|مقدم الطلب",
    "lt": "Nuomotojas|Nuomininkas|Tėvai/globėjai|Mokinio vardas|Draudėjas|Pareiškėjas|Liudytojas",
    "es": "Arrendador|Arrendatario|Padre/madre|Acudiente|Nombre del estudiante|Asegurado|Tomador|Reclamante|Testigo",
    "hr": "Najmodavac|Najmoprimac|Roditelj/skrbnik|Ime učenika|Osiguranik|Podnositelj|Svjedok",
    "tr": "Kiraya veren|Kiracı|Veli|Öğrencinin adı|Sigortalı|Başvuran|Tanık",
    "fa": "موجر|مستأجر|ولی|نام دانش‌آموز|بیمه‌گذار|متقاضی|شاهد",
    "ko": "임대인|임차인|보호자|학생 이름|피보험자|신청인|증인",
    "bg": "Наемодател|Наемател|Родител|Име на ученика|Застрахован|Заявител|Свидетел",
    "el": "Εκμισθωτής|Μισθωτής|Κηδεμόνας|Όνομα μαθητή|Ασφαλισμένος|Αιτών|Μάρτυρας",
    "nl": "Verhuurder|Huurder|Ouder/voogd|Naam leerling|Verzekerde|Aanvrager|Getuige",
    "de": "Vermieter|Mieter|Erziehungsberechtigte|Name des Schülers|Versicherungsnehmer|Antragsteller|Zeuge",
    "pt": "Senhorio|Inquilino|Encarregado de educação|Nome do aluno|Segurado|Requerente|Testemunha",
    "fr": "Bailleur|Locataire|Parent/tuteur|Nom de l'élève|Assuré|Demandeur|Témoin",
    "zh": "出租人|承租人|家長|學生姓名|被保險人|申請人|證人",
    "pl": "Wynajmujący|Najemca|Rodzic/opiekun|Imię i nazwisko ucznia|Ubezpieczony|Wnioskodawca|Świadek",
}
# Document titles and non-name fields of those forms (O).
_TITLES = {
    "en": "TENANCY AGREEMENT|ENROLMENT FORM|CLAIM FORM|Lease agreement|Student registration",
    "ms": "PERJANJIAN SEWA|BORANG PENDAFTARAN|Borang tuntutan",
    "ar": "عقد إيجار|استمارة تسجيل|نموذج مطالبة",
    "lt": "NUOMOS SUTARTIS|REGISTRACIJOS FORMA|Žalos pranešimas",
    "es": "CONTRATO DE ARRENDAMIENTO|FORMULARIO DE MATRÍCULA|Reclamación",
    "hr": "UGOVOR O NAJMU|UPISNI OBRAZAC|Prijava štete",
    "tr": "KİRA SÖZLEŞMESİ|KAYIT FORMU|Hasar bildirimi",
    "fa": "قرارداد اجاره|فرم ثبت نام|فرم خسارت",
    "ko": "임대차 계약서|입학 신청서|보험금 청구서",
    "bg": "ДОГОВОР ЗА НАЕМ|ФОРМУЛЯР ЗА ЗАПИСВАНЕ|Уведомление за щета",
    "el": "ΜΙΣΘΩΤΗΡΙΟ|ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ|Δήλωση ζημιάς",
    "zh": "租賃契約|入學申請表|理賠申請書",
}
_PREMISES = {"en": "Premises", "ms": "Premis", "ar": "العقار", "lt": "Patalpos", "es": "Inmueble", "hr": "Nekretnina", "tr": "Taşınmaz", "fa": "ملک", "ko": "소재지", "bg": "Имот", "el": "Ακίνητο", "zh": "房屋地址"}  # fmt: skip
_CV = ("CV", "Resume", "Curriculum Vitae", "Lebenslauf", "Životopis", "Gyvenimo aprašymas", "Özgeçmiş", "Hoja de vida", "Βιογραφικό", "Автобиография", "이력서", "رزومه", "السيرة الذاتية", "履歷表", "Resume / CV")  # fmt: skip
_EDU = ("Education", "Formación académica", "Ausbildung", "Obrazovanje", "Išsilavinimas", "Eğitim", "Pendidikan", "Εκπαίδευση", "Образование", "학력", "تحصیلات", "التعليم", "學歷")  # fmt: skip
_SCHOOL = ("University", "Universidad", "Universität", "Sveučilište", "universitetas", "Üniversitesi", "Universiti", "Πανεπιστήμιο", "университет", "대학교", "دانشگاه", "جامعة", "大學", "Institute of Technology", "Polytechnic", "College")  # fmt: skip


def _sep(rng: random.Random) -> str:
    return rng.choice((": ", ": ", "\t", f" {'.' * rng.randint(3, 14)} ", " ___ ", ":\t"))


def _agreement(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    labels = PARTY_LABELS.get(lang, PARTY_LABELS["en"]).split("|")
    d.add(rng.choice(_TITLES.get(lang, _TITLES["en"]).split("|")) + "\n\n")
    sep = _sep(rng)
    for label in rng.sample(labels, rng.randint(2, 3)):
        d.add(label + sep)
        if rc["titles"] and rng.random() < 0.15:
            d.add(rng.choice(rc["titles"]) + " ")
        d.add(_caps(person_name(fake, rng, locale, 0.1), rng, 0.1), "person").add("\n")
    if rng.random() < 0.5:
        d.add(rng.choice(c["dob"]) + sep).add(_dob(fake, rng, lang), "dob").add("\n")
    if rng.random() < 0.6:
        d.add(rng.choice(c["phone"]) + sep + str(fake.phone_number()) + "\n")
    if rng.random() < 0.7:
        lines = address_lines(fake, rng, locale)
        d.add(rng.choice((_PREMISES.get(lang, "Premises"), *c["address"])) + sep)
        d.add(", ".join(lines), "address").add("\n")
    d.add(f"{rng.choice(c['total'])}{sep}{rng.randint(300, 90000):,}\n")
    if rng.random() < 0.6:
        d.add(_sentence(lang, fake, rng) + " ")
        if rng.random() < 0.5:
            d.add("(").add(person_name(fake, rng, locale, 0.0), "person").add(") ")
        d.add(_sentence(lang, fake, rng) + "\n")
    return d


def _cv(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    name = _caps(person_name(fake, rng, locale, 0.0), rng, 0.4)
    if rng.random() < 0.7:
        d.add(name, "person").add("\n" + rng.choice(_CV) + "\n\n")
    else:
        d.add(rng.choice(_CV) + rng.choice((" — ", ": ", " - "))).add(name, "person").add("\n\n")
    d.add(
        local_city(fake, rng, locale)
        + rng.choice((" · ", "\n", "  •  "))
        + str(fake.email())
        + rng.choice((" · ", "\n"))
    )
    d.add(str(fake.phone_number()) + "\n")
    if rng.random() < 0.4:
        d.add(", ".join(address_lines(fake, rng, locale)), "address").add("\n")
    d.add("\n" + rng.choice(_EDU) + "\n")
    for _ in range(rng.randint(1, 2)):
        school = (
            f"{local_city(fake, rng, locale)} {rng.choice(_SCHOOL)}"
            if rng.random() < 0.6
            else f"{rng.choice(_SCHOOL)} {local_city(fake, rng, locale)}"
        )
        gap = rng.choice(("  ", " - ", "\t"))
        d.add(f"{rng.randint(1975, 2024)}{gap}{school}\n")
    d.add("\n" + shop(rng, fake, lang) + f", {rng.randint(1995, 2020)}-{rng.randint(2021, 2025)}\n")
    if rng.random() < 0.5:
        d.add(rng.choice(("References: ", "Referencias: ", "Reference: ", "Referenzen: ")))
        d.add(person_name(fake, rng, locale, 0.0), "person").add(
            ", " + shop(rng, fake, lang) + "\n"
        )
    return d


def _boarding(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    sep = rng.choice(("  ", "\n", ": ", " / "))

    def code() -> str:
        return "".join(rng.choice("ABCDEFGHIKLMNOPRSTUVYZ") for _ in range(3))

    d.add(
        rng.choice(
            ("BOARDING PASS", "BOARDING PASS / CARTE D'EMBARQUEMENT", "E-TICKET", "BORDKARTE")
        )
        + "\n"
    )
    d.add(rng.choice(("PASSENGER", "NAME", "PASSENGER NAME", "NAME OF PASSENGER", "PAX")) + sep)
    last, first = str(fake.last_name()).upper(), str(fake.first_name()).upper()
    d.add(f"{last}/{first}", "person").add(
        " " + rng.choice(("MR", "MRS", "MS", "MISS", "MSTR", "")) + "\n"
    )
    flight = f"{rng.choice(('LH', 'TK', 'MH', 'SV', 'KE', 'OU', 'AV', 'AI', 'BA', 'LY'))} {rng.randint(10, 9999)}"
    d.add(
        rng.choice(
            (
                f"FROM {code()}  TO {code()}  FLIGHT {flight}",
                f"DEP {code()}  ARR {code()}  FLT {flight}",
                f"{code()} → {code()}  {flight}",
            )
        )
        + "\n"
    )
    d.add(
        f"SEAT {rng.randint(1, 45)}{rng.choice('ABCDEF')}  GATE {rng.choice('ABCDEF')}{rng.randint(1, 60)}  "
    )
    d.add(
        rng.choice(("BOARDING", "BOARDING TIME", "BRD"))
        + f" {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}  "
    )
    d.add(rng.choice(("ZONE", "GROUP", "SEQ")) + f" {rng.randint(1, 200)}\n")
    return d


def _slack(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    d.add("[\n")
    for _ in range(rng.randint(1, 3)):
        uid = "U0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
        name = person_name(fake, rng, locale, 0.2)
        d.add('  {\n    "type": "message",\n    "user": "' + uid + '",\n')
        if rng.random() < 0.7:
            d.add('    "user_profile": {"real_name": "').add(name, "person").add(
                '", "display_name": "'
            )
            d.add(str(fake.user_name())).add('"},\n')
        d.add(
            f'    "text": "{_sentence(lang, fake, rng)}",\n    "ts": "{rng.randint(1600000000, 1760000000)}.{rng.randint(100000, 999999)}"\n  }},\n'
        )
    d.add("]\n")
    return d


def _post(fake: Any, rng: random.Random, locale: str, lang: str, c: Any, rc: Any) -> _Doc:
    d = _Doc()
    d.add(f"@{fake.user_name()} · {rng.randint(1, 23)}h\n")
    d.add(_sentence(lang, fake, rng) + " ")
    if rng.random() < 0.6:
        d.add(person_name(fake, rng, locale, 0.6), "person").add(" " + str(fake.phone_number()))
    d.add("\n#" + str(fake.word()) + " #" + str(fake.word()) + "\n")
    d.add(f"♥ {rng.randint(1, 900)}  ↻ {rng.randint(0, 300)}  💬 {rng.randint(0, 90)}\n\n")
    for _ in range(rng.randint(1, 3)):
        d.add(person_name(fake, rng, locale, 0.3), "person").add(
            ": " + rng.choice(("shared 🙏", "👍", "❤️", _sentence(lang, fake, rng))) + "\n"
        )
    return d


KINDS = (
    ("agreement", _agreement, 3), ("cv", _cv, 2), ("boarding", _boarding, 1), ("slack", _slack, 1),
    ("post", _post, 2),
)  # fmt: skip
