"""Field labels and short phrases per language (hand-written) and the locale's id scheme."""

from _v7b_values import (
    al_nid,
    cy_tic,
    digits,
    ec_cedula,
    emirates_id,
    gh_tin_num,
    gt_nit_num,
    hkid,
    md_idnp,
)

L = {
    "en": dict(name="Name", full="Full name", address="Address", dob="Date of birth", phone="Phone",
               mobile="Mobile", email="Email", passport="Passport No.", card="Card number",
               iban="IBAN", password="Password", date="Date", ref="Ref", total="Total",
               regards="Kind regards,", dear="Dear", thanks="Thank you", sign="Signature"),
    "es": dict(name="Nombre", full="Nombres y apellidos", address="Dirección", dob="Fecha de nacimiento",
               phone="Teléfono", mobile="Celular", email="Correo", passport="Pasaporte N.º",
               card="Tarjeta", iban="IBAN", password="Contraseña", date="Fecha", ref="Ref.",
               total="Total", regards="Atentamente,", dear="Estimado/a", thanks="Gracias", sign="Firma"),
    "fr": dict(name="Nom", full="Nom et prénom", address="Adresse", dob="Date de naissance",
               phone="Tél.", mobile="GSM", email="E-mail", passport="N° de passeport",
               card="N° de carte", iban="IBAN", password="Mot de passe", date="Date", ref="Réf.",
               total="Total", regards="Cordialement,", dear="Madame, Monsieur", thanks="Merci", sign="Signature"),
    "ro": dict(name="Nume", full="Numele, prenumele", address="Adresa", dob="Data nașterii",
               phone="Telefon", mobile="Mobil", email="E-mail", passport="Nr. pașaportului",
               card="Nr. card", iban="IBAN", password="Parola", date="Data", ref="Nr.",
               total="Total", regards="Cu stimă,", dear="Stimate/Stimată", thanks="Mulțumim", sign="Semnătura"),
    "sq": dict(name="Emri", full="Emri dhe mbiemri", address="Adresa", dob="Datëlindja",
               phone="Telefon", mobile="Cel.", email="Email", passport="Nr. i pasaportës",
               card="Nr. i kartës", iban="IBAN", password="Fjalëkalimi", date="Data", ref="Ref.",
               total="Totali", regards="Me respekt,", dear="I/E nderuar", thanks="Faleminderit", sign="Firma"),
    "el": dict(name="Όνομα", full="Ονοματεπώνυμο", address="Διεύθυνση", dob="Ημερομηνία γέννησης",
               phone="Τηλ.", mobile="Κινητό", email="Email", passport="Αρ. διαβατηρίου",
               card="Αρ. κάρτας", iban="IBAN", password="Κωδικός", date="Ημερομηνία", ref="Αρ.",
               total="Σύνολο", regards="Με εκτίμηση,", dear="Αγαπητέ/ή", thanks="Ευχαριστούμε", sign="Υπογραφή"),
    "ar": dict(name="الاسم", full="الاسم الكامل", address="العنوان", dob="تاريخ الميلاد",
               phone="الهاتف", mobile="الجوال", email="البريد الإلكتروني", passport="رقم الجواز",
               card="رقم البطاقة", iban="الآيبان", password="كلمة المرور", date="التاريخ", ref="المرجع",
               total="المجموع", regards="مع خالص التحية،", dear="السيد/السيدة", thanks="شكراً لكم", sign="التوقيع"),
    "zh": dict(name="姓名", full="姓名", address="地址", dob="出生日期", phone="電話", mobile="手提電話",
               email="電郵", passport="護照號碼", card="信用卡號碼", iban="IBAN", password="密碼",
               date="日期", ref="參考編號", total="總數", regards="此致", dear="親愛的", thanks="多謝",
               sign="簽署"),
}  # fmt: skip

NATID_LABEL = {
    ("zh_HK", "zh"): "身份證號碼", ("zh_HK", "en"): "HKID No.",
    ("es_EC", "es"): "Cédula", ("es_GT", "es"): "NIT", ("en_GH", "en"): "TIN",
    ("ro_MD", "ro"): "IDNP", ("sq_AL", "sq"): "Nr. personal", ("fr_MA", "fr"): "CIN",
    ("ar_AE", "ar"): "رقم الهوية", ("ar_AE", "en"): "Emirates ID",
    ("el_CY", "el"): "ΑΦΤ", ("el_CY", "en"): "TIC", ("en_JM", "en"): "TRN",
}  # fmt: skip
IBAN_COUNTRY = {"sq_AL": "AL", "ro_MD": "MD", "el_CY": "CY", "es_GT": "GT", "ar_AE": "AE"}


def natid(rng, loc: str, person) -> str:
    if loc == "zh_HK":
        return hkid(rng)
    if loc == "es_EC":
        return ec_cedula(rng)
    if loc == "es_GT":
        return gt_nit_num(rng)
    if loc == "en_GH":
        return gh_tin_num(rng)
    if loc == "ro_MD":
        return md_idnp(rng)
    if loc == "sq_AL":
        return al_nid(rng)
    if loc == "fr_MA":
        return rng.choice(["A", "B", "BE", "BK", "BH", "C", "CD", "G", "J", "JB"]) + digits(
            rng, rng.choice([5, 6])
        )
    if loc == "ar_AE":
        return emirates_id(rng, person.dob.year)
    if loc == "el_CY":
        return cy_tic(rng)
    if loc == "en_JM":
        d = digits(rng, 9)
        return rng.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", d])
    raise KeyError(loc)


def lab(lang: str, key: str) -> str:
    return L[lang][key]
