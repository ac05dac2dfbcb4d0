"""Locales of the v8a set and the cue words of their languages (es, fr, ht = Kreyòl, ar, en, km)."""

from __future__ import annotations

import random
from dataclasses import dataclass

KEYS = ["name", "dob", "id", "phone", "address", "email", "password", "amount", "date", "sign", "guarantor", "occupation", "income", "business", "father", "mother", "child", "godfather", "godmother", "priest", "student", "klass", "teacher", "parent", "remarks", "item", "loan", "due", "ref", "sender", "receiver", "fee", "balance", "born"]  # fmt: skip

_ROWS = {
    "es": ["Nombre completo", "Fecha de nacimiento", "C.I.", "Celular", "Domicilio", "Correo",
           "Contraseña", "Monto", "Fecha", "Firma", "Garante", "Ocupación", "Ingreso mensual",
           "Actividad", "Padre", "Madre", "Nombre del niño(a)", "Padrino", "Madrina", "Párroco",
           "Estudiante", "Curso", "Profesor(a)", "Padre/madre/tutor", "Observaciones", "Prenda",
           "Préstamo", "Vence", "Ref.", "Enviado por", "Recibido por", "Comisión", "Saldo", "nacido(a) el"],
    "fr": ["Nom et prénom", "Date de naissance", "N° pièce", "Téléphone", "Adresse", "Courriel",
           "Mot de passe", "Montant", "Date", "Signature", "Garant", "Profession", "Revenu mensuel",
           "Activité", "Père", "Mère", "Nom de l'enfant", "Parrain", "Marraine", "Célébrant",
           "Élève", "Classe", "Enseignant(e)", "Parent/tuteur", "Observations", "Objet",
           "Prêt", "Échéance", "Réf.", "Expéditeur", "Bénéficiaire", "Frais", "Solde", "né(e) le"],
    "ht": ["Non ak siyati", "Dat nesans", "Nimewo kat", "Telefòn", "Adrès", "Imèl",
           "Modpas", "Kantite lajan", "Dat", "Siyati", "Garanti", "Travay", "Revni pa mwa",
           "Biznis", "Papa", "Manman", "Non pitit la", "Parenn", "Marenn", "Pè",
           "Elèv", "Klas", "Pwofesè", "Paran", "Remak", "Objè",
           "Prè", "Dat pou peye", "Ref.", "Moun ki voye", "Moun ki resevwa", "Frè", "Balans", "fèt"],
    "ar": ["الاسم الكامل", "تاريخ الميلاد", "رقم الهوية", "رقم الهاتف", "العنوان", "البريد الإلكتروني",
           "كلمة المرور", "المبلغ", "التاريخ", "التوقيع", "الكفيل", "المهنة", "الدخل الشهري",
           "النشاط", "اسم الأب", "اسم الأم", "اسم الطفل", "العراب", "العرابة", "الكاهن",
           "اسم الطالب", "الصف", "المعلم", "ولي الأمر", "ملاحظات", "الرهن",
           "القرض", "تاريخ الاستحقاق", "المرجع", "المرسل", "المستلم", "العمولة", "الرصيد", "مواليد"],
    "en": ["Full name", "Date of birth", "ID No.", "Cell", "Physical address", "Email",
           "Password", "Amount", "Date", "Signature", "Guarantor", "Occupation", "Monthly income",
           "Business", "Father", "Mother", "Name of child", "Godfather", "Godmother", "Officiant",
           "Pupil", "Class", "Class teacher", "Parent/guardian", "Remarks", "Item pledged",
           "Loan", "Due date", "Ref", "Sender", "Receiver", "Fee", "Balance", "born"],
    "km": ["ឈ្មោះពេញ", "ថ្ងៃខែឆ្នាំកំណើត", "លេខអត្តសញ្ញាណប័ណ្ណ", "លេខទូរស័ព្ទ", "អាសយដ្ឋាន", "អ៊ីមែល",
           "ពាក្យសម្ងាត់", "ចំនួនទឹកប្រាក់", "កាលបរិច្ឆេទ", "ហត្ថលេខា", "អ្នកធានា", "មុខរបរ", "ប្រាក់ចំណូលប្រចាំខែ",
           "អាជីវកម្ម", "ឪពុក", "ម្តាយ", "ឈ្មោះកុមារ", "ឪពុកធម៌", "ម្តាយធម៌", "បូជាចារ្យ",
           "សិស្ស", "ថ្នាក់", "គ្រូបន្ទុកថ្នាក់", "អាណាព្យាបាល", "កំណត់សម្គាល់", "ទ្រព្យបញ្ចាំ",
           "ប្រាក់កម្ចី", "ថ្ងៃផុតកំណត់", "យោង", "អ្នកផ្ញើ", "អ្នកទទួល", "កម្រៃ", "សមតុល្យ", "កើតថ្ងៃ"],
}  # fmt: skip

CUES: dict[str, dict[str, str]] = {
    lang: dict(zip(KEYS, row, strict=True)) for lang, row in _ROWS.items()
}

# national id cue per (country, scheme), per language family
ID_CUES = {
    ("BO", "ci"): ["C.I.", "CI", "Cédula de identidad", "C.I. N°"], ("BO", "nit"): ["NIT", "NIT N°"],
    ("CR", "cedula"): ["Cédula", "céd.", "Cédula de identidad", "N° cédula"], ("CR", "dimex"): ["DIMEX", "N° DIMEX"],
    ("HT", "nif"): ["NIF", "N° NIF"], ("HT", "cin"): ["CIN", "N° CIN", "Kat idantifikasyon"],
    ("DZ", "nif"): ["NIF", "N.I.F", "الرقم الجبائي"], ("DZ", "nin"): ["NIN", "رقم التعريف الوطني", "N° identification nationale"],
    ("IQ", "card"): ["رقم البطاقة الوطنية", "البطاقة الموحدة", "National ID"], ("IQ", "passport"): ["رقم الجواز", "Passport No."],
    ("LB", "passport"): ["رقم جواز السفر", "Passport No.", "N° passeport"], ("LB", "idcard"): ["رقم بطاقة الهوية", "N° carte d'identité"],
    ("BW", "omang"): ["Omang No.", "Omang", "ID (Omang)"], ("BW", "passport"): ["Passport No.", "Passport"],
    ("KH", "idcard"): ["លេខអត្តសញ្ញាណប័ណ្ណ", "អត្តសញ្ញាណប័ណ្ណលេខ", "ID card No."], ("KH", "passport"): ["លិខិតឆ្លងដែនលេខ", "Passport No."],
    ("FJ", "tin"): ["TIN", "FRCS TIN"], ("FJ", "fnpf"): ["FNPF No.", "FNPF member no."], ("FJ", "passport"): ["Passport No."],
    ("YE", "card"): ["رقم البطاقة الشخصية", "رقم البطاقة"], ("YE", "passport"): ["رقم الجواز", "Passport No."],
}  # fmt: skip


@dataclass(frozen=True)
class Loc:
    code: str
    cc: str
    langs: tuple[str, ...]  # weighted choices for form languages
    cur: str
    wallet: str
    tld: str


LOCALES = [
    Loc("es_BO", "BO", ("es",), "Bs", "Tigo Money", "bo"),
    Loc("es_CR", "CR", ("es",), "₡", "SINPE Móvil", "cr"),
    Loc("fr_HT", "HT", ("fr", "fr", "ht"), "HTG", "MonCash", "ht"),
    Loc("ar_DZ", "DZ", ("fr", "ar"), "DA", "BaridiMob", "dz"),
    Loc("ar_IQ", "IQ", ("ar",), "د.ع", "زين كاش", "iq"),
    Loc("ar_LB", "LB", ("ar", "fr", "en"), "$", "Whish Money", "lb"),
    Loc("en_BW", "BW", ("en",), "P", "Orange Money", "bw"),
    Loc("km_KH", "KH", ("km", "km", "km", "en"), "៛", "Wing", "kh"),
    Loc("en_FJ", "FJ", ("en",), "FJD", "M-PAiSA", "fj"),
    Loc("ar_YE", "YE", ("ar",), "ريال", "ون كاش", "ye"),
]


def form_lang(rng: random.Random, loc: Loc) -> str:
    return rng.choice(loc.langs)


def id_cue(rng: random.Random, cc: str, scheme: str, lang: str) -> str:
    opts = ID_CUES[(cc, scheme)]
    latin = [o for o in opts if o.isascii() or lang in ("es", "fr", "ht", "en")]
    native = [o for o in opts if not o.isascii()]
    if lang in ("ar", "km") and native:
        return rng.choice(native)
    return rng.choice([o for o in latin if o.isascii() or lang not in ("en",)] or opts)


def script_for(lang: str, cc: str) -> str:
    """Which script a person's name is written in for a text in ``lang``."""
    if lang == "km":
        return "native"
    if lang == "ar":
        return "arabic" if cc in ("DZ", "LB") else "native"
    return "latin"
