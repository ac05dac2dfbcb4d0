# ruff: noqa: RUF001
"""Form labels and stock sentences per v10a locale (hand-written)."""

from __future__ import annotations

_K = ["name", "dob", "address", "phone", "candidate", "examiner", "category", "when", "fee", "occupation", "funds",
      "relationship", "amount", "purpose", "declaration", "checked", "quote", "balance", "donations", "coordinate", "next", "closed",
      "signed", "bring"]

LAB = {
    "ps_AF": ["نوم / Name", "د زیږیدو نیټه / DOB", "پته / Address", "تلیفون / Phone", "Candidate / متقاضی", "Examiner", "Category", "Date/time",
              "Fee", "Occupation", "Source of funds", "Relationship", "Amount", "Purpose", "تصدیق می‌کنم که معلومات فوق درست است.", "Checked by agent",
              "د {who} څخه نرخ ترلاسه شو ({ph}): {amt}. کمیټې پریکړه وکړه چې دوهم نرخ هم واخلي.", "پاتې پیسې {a}؛ د دې میاشتې راټولې {b}.",
              "مرستې ترلاسه شوې:", "{who} به همغږي وکړي. اړمنې کورنۍ کولی شي {ph} ته زنګ ووهي.", "بله غونډه", "غونډه په دعا پای ته ورسیده.", "لاسلیک",
              "تذکره، جواز زده‌کړې او تصدیق صحی همراه داشته باشید."],
    "tg_TJ": ["Ному насаб", "Санаи таваллуд", "Суроға", "Телефон", "Довталаб", "Имтиҳонгир", "Категория", "Сана/вақт", "Пардохт",
              "Шуғл", "Манбаи маблағ", "Хешӣ", "Маблағ", "Мақсад", "Тасдиқ мекунам, ки маълумоти боло дуруст аст.", "Агент санҷид",
              "Аз {who} ({ph}) нарх гирифта шуд: {amt}. Кумита қарор кард нархи дуюмро низ гирад.", "Бақия {a}; ҷамъоварии ин моҳ {b}.",
              "Хайрия:", "{who} корро ҳамоҳанг мекунад. Оилаҳои ниёзманд метавонанд ба {ph} занг зананд.", "Ҷаласаи оянда", "Ҷаласа бо дуо анҷом ёфт.",
              "Имзо", "Шиноснома, шаҳодатномаи омӯзишӣ ва маълумотномаи тиббиро биёред."],
    "ky_KG": ["ФИО", "Дата рождения", "Адрес", "Телефон", "Кандидат", "Экзаменатор", "Категория", "Дата/время", "Оплата",
              "Род занятий", "Источник средств", "Родство", "Сумма", "Цель", "Подтверждаю, что сведения верны.", "Проверил агент",
              "Получена смета от {who} ({ph}): {amt}. Решили запросить вторую смету.", "Остаток {a}; сборы за месяц {b}.",
              "Пожертвования:", "{who} будет координировать. Нуждающиеся семьи могут звонить по номеру {ph}.", "Следующее собрание", "Собрание закрыто дуа.",
              "Подпись", "При себе иметь паспорт, свидетельство автошколы и медсправку."],
    "ar_QA": ["الاسم / Name", "تاريخ الميلاد / DOB", "العنوان / Address", "الهاتف / Mobile", "المتقدم / Applicant", "الفاحص / Examiner", "الفئة / Class",
              "الموعد / Date & time", "الرسوم / Fee", "المهنة", "مصدر الأموال", "صلة القرابة", "المبلغ", "الغرض", "أقر بأن المعلومات أعلاه صحيحة.", "Checked by",
              "تم استلام عرض سعر من {who} ({ph}): {amt}. قررت اللجنة طلب عرض ثانٍ.", "الرصيد المرحل {a}؛ تبرعات هذا الشهر {b}.",
              "التبرعات المستلمة:", "يتولى {who} التنسيق. يمكن للأسر المحتاجة الاتصال على {ph}.", "الاجتماع القادم", "اختتم الاجتماع بالدعاء.",
              "التوقيع", "يرجى إحضار البطاقة الشخصية ورخصة التعلم والفحص الطبي."],
    "so_SO": ["Magaca", "Taariikhda dhalashada", "Cinwaanka", "Telefoonka", "Codsade", "Imtixaan qaade", "Nooca", "Taariikhda/saacadda", "Lacagta",
              "Shaqada", "Meesha lacagtu ka timid", "Xiriirka", "Lacagta", "Ujeedada", "Waxaan xaqiijinayaa in xogta kor ku xusan ay sax tahay.", "Waxaa hubiyay",
              "Qiimeyn ayaa laga helay {who} ({ph}): {amt}. Guddigu wuxuu go'aansaday in la raadiyo qiimeyn labaad.", "Haraaga {a}; ururinta bishan {b}.",
              "Deeqaha la helay:", "{who} ayaa isku dubaridi doona. Qoysaska u baahan waxay wici karaan {ph}.", "Shirka xiga", "Shirka waxaa lagu xiray duco.",
              "Saxiix", "Keen kaarka aqoonsiga iyo warqadda caafimaadka."],
    "rw_RW": ["Amazina", "Itariki y'amavuko", "Aderesi", "Telefoni", "Umukandida", "Ugenzura", "Icyiciro", "Itariki/isaha", "Amafaranga yishyuwe",
              "Umwuga", "Inkomoko y'amafaranga", "Isano", "Amafaranga", "Impamvu", "Ndemeza ko amakuru ari hejuru ari ukuri.", "Byagenzuwe na",
              "Igiciro cyatanzwe na {who} ({ph}): {amt}. Komite yemeje gushaka ikindi giciro.", "Amafaranga asigaye {a}; ayakusanyijwe uku kwezi {b}.",
              "Impano zakiriwe:", "{who} azakurikirana. Imiryango ikeneye ubufasha yahamagara {ph}.", "Inama itaha", "Inama yasojwe n'isengesho.",
              "Umukono", "Zana indangamuntu, uruhushya rw'agateganyo n'icyemezo cya muganga."],
    "es_NI": ["Nombre completo", "Fecha de nacimiento", "Dirección", "Celular", "Solicitante", "Examinador", "Categoría", "Fecha/hora", "Arancel",
              "Ocupación", "Origen de fondos", "Parentesco", "Monto", "Motivo", "Declaro que la información es verdadera.", "Verificado por",
              "Se recibió cotización de {who} ({ph}): {amt}. Se acordó pedir una segunda cotización.", "Saldo anterior {a}; colectas del mes {b}.",
              "Donaciones recibidas:", "{who} coordinará e informará. Las familias necesitadas pueden llamar al {ph}.", "Próxima reunión", "Se cerró con una oración.",
              "Firma", "Traer cédula, constancia de escuela de manejo y certificado médico."],
    "bs_BA": ["Ime i prezime", "Datum rođenja", "Adresa", "Telefon", "Kandidat", "Ispitivač", "Kategorija", "Datum/vrijeme", "Taksa",
              "Zanimanje", "Izvor sredstava", "Srodstvo", "Iznos", "Svrha", "Izjavljujem da su podaci tačni.", "Provjerio agent",
              "Ponuda primljena od {who} ({ph}): {amt}. Odbor je odlučio tražiti drugu ponudu.", "Prenos salda {a}; prikupljeno ovaj mjesec {b}.",
              "Primljene donacije:", "{who} će koordinirati. Porodice u potrebi mogu zvati {ph}.", "Sljedeća sjednica", "Sjednica zatvorena dovom.",
              "Potpis", "Ponesite ličnu kartu, potvrdu auto-škole i ljekarsko uvjerenje."],
    "dv_MV": ["Name / ނަން", "Date of birth", "Address / އެޑްރެސް", "Mobile", "Candidate", "Examiner", "Category", "Date/time", "Fee",
              "Occupation", "Source of funds", "Relationship", "Amount", "Purpose", "I confirm the information above is true.", "Checked by agent",
              "Quote received from {who} ({ph}): {amt}. The committee agreed to ask for a second quote.", "Balance carried forward {a}; collections this month {b}.",
              "Donations received:", "{who} will coordinate. Families in need may call {ph}.", "Next meeting", "Closed with du'a.",
              "Signed", "Bring your ID card, learner permit and medical certificate."],
    "en_TT": ["Name", "Date of birth", "Address", "Mobile", "Candidate", "Examiner", "Class", "Date/time", "Fee",
              "Occupation", "Source of funds", "Relationship", "Amount", "Purpose", "I confirm the information above is true.", "Checked by agent",
              "Quote received from {who} ({ph}): {amt}. Council agreed to get a second quote.", "Balance brought forward {a}; collections this month {b}.",
              "Donations received:", "{who} will coordinate. Families in need may call {ph}.", "Next meeting", "Closed with prayer.",
              "Signed", "Bring your ID card, learner's permit and medical certificate."],
}
LAB = {loc: dict(zip(_K, vals, strict=True)) for loc, vals in LAB.items()}


def fill(d, template, **vals):
    """Write a template whose {slots} are labelled values (kind, value) or plain strings."""
    import re
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", template):
        d.w(template[pos:m.start()])
        v = vals[m.group(1)]
        d.w(v)
        pos = m.end()
    d.w(template[pos:])
