"""Field labels and short phrases per language for eval_v8b (hand-written)."""

from __future__ import annotations

import _v8b_values as V
from _v8b_people import LANGS, NATIVE

KEYS = (
    "name",
    "phone",
    "email",
    "address",
    "dob",
    "pwd",
    "amount",
    "date",
    "sender",
    "receiver",
    "tenant",
    "unit",
    "rent",
    "paid",
    "balance",
    "member",
    "contrib",
    "total",
    "winner",
    "prize",
)
_T = {
    "es": "Nombre|Teléfono|Correo|Dirección|Fecha de nacimiento|Contraseña|Monto|Fecha|Remitente|"
    "Beneficiario|Inquilino|Unidad|Alquiler|Pagado|Saldo|Socio|Cuota|Total|Ganador|Premio",
    "ar": "الاسم|الهاتف|البريد الإلكتروني|العنوان|تاريخ الميلاد|كلمة المرور|المبلغ|التاريخ|المرسل|"
    "المستفيد|المستأجر|الوحدة|الإيجار|المدفوع|الرصيد|العضو|المساهمة|المجموع|الفائز|الجائزة",
    "fr": "Nom|Téléphone|Courriel|Adresse|Date de naissance|Mot de passe|Montant|Date|Expéditeur|"
    "Bénéficiaire|Locataire|Logement|Loyer|Payé|Solde|Membre|Cotisation|Total|Gagnant|Lot",
    "en": "Name|Phone|Email|Address|Date of birth|Password|Amount|Date|Sender|Beneficiary|Tenant|"
    "Unit|Rent|Paid|Balance|Member|Contribution|Total|Winner|Prize",
    "am": "ስም|ስልክ|ኢሜይል|አድራሻ|የትውልድ ቀን|የይለፍ ቃል|መጠን|ቀን|ላኪ|ተቀባይ|ተከራይ|ቤት ቁጥር|ኪራይ|"
    "የተከፈለ|ቀሪ|አባል|መዋጮ|ድምር|አሸናፊ|ሽልማት",
    "zh": "姓名|電話|電郵|地址|出生日期|密碼|金額|日期|匯款人|收款人|租客|單位|租金|已付|結欠|會員|"
    "供款|合計|得獎者|獎金",
    "ms": "Nama|Telefon|E-mel|Alamat|Tarikh lahir|Kata laluan|Jumlah|Tarikh|Pengirim|Penerima|"
    "Penyewa|Unit|Sewa|Dibayar|Baki|Ahli|Caruman|Jumlah keseluruhan|Pemenang|Hadiah",
}
T = {lang: dict(zip(KEYS, s.split("|"), strict=True)) for lang, s in _T.items()}
COLON = {"zh": "：", "am": "፡ "}

# national id cue and value maker per locale and language
IDS = {
    "es_PA": {"es": ("Cédula", V.pa_cedula), "en": ("ID No.", V.pa_cedula)},
    "es_SV": {"es": ("DUI", V.sv_dui), "en": ("DUI", V.sv_dui)},
    "ar_TN": {"ar": ("رقم بطاقة التعريف", V.tn_cin), "fr": ("CIN n°", V.tn_cin)},
    "ar_KW": {"ar": ("الرقم المدني", V.kw_civil), "en": ("Civil ID", V.kw_civil)},
    "ar_OM": {"ar": ("الرقم المدني", V.om_civil), "en": ("Civil No.", V.om_civil)},
    "am_ET": {"am": ("የፋይዳ ቁጥር", V.et_fin), "en": ("Fayda FIN", V.et_fin)},
    "zh_MO": {"zh": ("身份證編號", V.mo_bir), "pt": ("BIR n.º", V.mo_bir)},
    "en_NA": {"en": ("ID No.", V.na_id)},
    "fr_HT": {"fr": ("NIF", V.ht_nif), "ht": ("NIF", V.ht_nif)},
    "ms_BN": {"ms": ("No. Kad Pengenalan", V.bn_ic), "en": ("IC No.", V.bn_ic)},
}


def lang_of(rng, loc: str, p_second: float = 0.3) -> str:
    a, b = LANGS[loc]
    if b in ("af", "ht", "pt"):
        return a
    return b if rng.random() < p_second else a


def script_for(loc: str, lang: str) -> str:
    return NATIVE.get(loc, "latn") if lang in ("ar", "am", "zh") else "latn"


def lab(lang: str, key: str) -> str:
    return T.get(lang, T["en"])[key]


def col(lang: str) -> str:
    return COLON.get(lang, ": ")


def idcue(rng, loc: str, lang: str, dob=None):
    """(cue, value); ids that encode the birth date (KW civil id, NA id) use dob when given."""
    d = IDS[loc]
    cue, fn = d.get(lang) or next(iter(d.values()))
    if dob is not None and fn in (V.kw_civil, V.na_id):
        return cue, fn(rng, dob)
    return cue, fn(rng)


def pwd_cue(lang: str) -> str:
    return lab(lang, "pwd")
