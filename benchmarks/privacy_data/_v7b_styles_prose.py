# ruff: noqa: RUF001 (full-width and non-Latin punctuation is intended: multilingual text)
"""Prose styles: dental reminders, court summons, dating/forum profiles, product reviews,
survey free-text answers. Templates hand-written per language; {key} slots are values."""

from _v7b_doc import Doc, fill
from _v7b_labels import NATID_LABEL, natid
from _v7b_people import Person
from _v7b_styles_forms import some_date
from _v7b_values import digits, order_no

DENTAL = {
    "en": ["Hi {P}, this is a reminder of your dental check-up with Dr {D} on {DATE} at {TIME}. "
           "To reschedule call {CLINIC}. Reply C to confirm.",
           "Dear {P},\nYour 6-month cleaning is due. Book online or ring us on {CLINIC}.\n"
           "Patient file {REF} - we have your mobile as {PH}, pls tell us if it changed."],
    "es": ["Hola {P}, le recordamos su cita odontológica con la Dra. {D} el {DATE} a las {TIME}. "
           "Para reprogramar llame al {CLINIC}.",
           "Estimado/a {P}: su control de ortodoncia está pendiente. Ficha {REF}. "
           "Si cambió su celular ({PH}) avísenos."],
    "fr": ["Bonjour {P}, rappel de votre RDV chez le Dr {D} (cabinet dentaire) le {DATE} à {TIME}. "
           "Pour annuler : {CLINIC}.",
           "Cher/Chère {P}, votre détartrage annuel est à prévoir. Dossier {REF}. "
           "Nous avons votre GSM : {PH}."],
    "ro": ["Bună ziua, {P}! Vă reamintim programarea la stomatolog, dr. {D}, pe {DATE}, ora {TIME}. "
           "Pentru reprogramare sunați la {CLINIC}.",
           "Stimate/Stimată {P}, a trecut un an de la ultimul control. Fișa nr. {REF}. "
           "Numărul dvs. de contact: {PH}."],
    "sq": ["Përshëndetje {P}, ju kujtojmë takimin te dentisti Dr. {D} më {DATE}, ora {TIME}. "
           "Për ndryshime telefononi {CLINIC}.",
           "I/E nderuar {P}, është koha për kontrollin vjetor. Kartela {REF}, cel. {PH}."],
    "el": ["Γεια σας {P}, υπενθύμιση για το ραντεβού σας στον οδοντίατρο Δρ {D} στις {DATE}, ώρα {TIME}. "
           "Για αλλαγή καλέστε {CLINIC}.",
           "Αγαπητέ/ή {P}, ήρθε η ώρα για καθαρισμό. Φάκελος {REF}, κινητό {PH}."],
    "ar": ["مرحباً {P}، نذكركم بموعد طبيب الأسنان د. {D} يوم {DATE} الساعة {TIME}. "
           "لإعادة الجدولة اتصل على {CLINIC}.",
           "عزيزي/عزيزتي {P}، حان موعد الفحص الدوري. رقم الملف {REF}، رقم الجوال المسجل {PH}."],
    "ru": ["Здравствуйте, {P}! Напоминаем о записи к стоматологу, доктор {D}, {DATE} в {TIME}. "
           "Для переноса звоните {CLINIC}.",
           "Уважаемый(ая) {P}, прошёл год с последнего осмотра. Карта № {REF}, ваш номер {PH}."],
    "zh": ["{P}你好，提提你{DATE} {TIME}於本診所{D}醫生覆診洗牙。如需更改請致電{CLINIC}。",
           "親愛的{P}：你的半年檢查已到期，病人編號{REF}。我們記錄的手提電話為{PH}。"],
}  # fmt: skip

SUMMONS = {
    "en": "IN THE {COURT}\nSuit No. {CASE}\n\nSUMMONS\n\nTO: {P}\nof {ADDR}\n\nYOU ARE HEREBY COMMANDED to appear "
          "before this Court on {DATE} at 9:00 a.m. to answer a claim by {Q} for the sum of {AMT}.\n"
          "{IDL}: {ID}\n\nIssued at the Registry on {DATE2}.\nRegistrar",
    "es": "{COURT}\nProceso No. {CASE}\n\nCITACIÓN\n\nSe cita a {P}, con domicilio en {ADDR}, {IDL} {ID}, "
          "para que comparezca el día {DATE} a las 09h00 en calidad de demandado/a en la causa promovida por {Q} "
          "por cobro de {AMT}.\n\nNotifíquese. {DATE2}",
    "fr": "{COURT}\nDossier n° {CASE}\n\nCONVOCATION À L'AUDIENCE\n\nM./Mme {P}, demeurant {ADDR}, {IDL} {ID}, "
          "est convoqué(e) à l'audience du {DATE} à 9h00, dans l'affaire l'opposant à {Q} (créance de {AMT}).\n"
          "Fait le {DATE2}. Le greffier",
    "ro": "{COURT}\nDosarul nr. {CASE}\n\nCITAȚIE\n\nNumitul/Numita {P}, domiciliat(ă) în {ADDR}, {IDL} {ID}, "
          "este citat(ă) să se prezinte la data de {DATE}, ora 09:00, în calitate de pârât în cauza cu "
          "reclamantul {Q}, privind încasarea sumei de {AMT}.\nEmisă la {DATE2}. Grefier",
    "sq": "{COURT}\nÇështja nr. {CASE}\n\nTHIRRJE NË GJYQ\n\nThirret {P}, banues në {ADDR}, {IDL} {ID}, "
          "të paraqitet më {DATE}, ora 09:00, si i paditur në çështjen me paditës {Q}, për shumën {AMT}.\n"
          "Lëshuar më {DATE2}. Sekretaria gjyqësore",
    "el": "{COURT}\nΑρ. Αγωγής {CASE}\n\nΚΛΗΣΗ\n\nΠρος: {P}\nΔιεύθυνση: {ADDR}\n{IDL}: {ID}\n\nΚαλείστε να "
          "εμφανιστείτε ενώπιον του Δικαστηρίου στις {DATE}, ώρα 9:00 π.μ., σε σχέση με απαίτηση του/της {Q} "
          "για το ποσό των {AMT}.\nΕκδόθηκε στις {DATE2}. Πρωτοκολλητής",
    "ar": "{COURT}\nالقضية رقم {CASE}\n\nإعلان بالحضور\n\nإلى السيد/السيدة: {P}\nالعنوان: {ADDR}\n{IDL}: {ID}\n\n"
          "يطلب منكم الحضور أمام المحكمة بتاريخ {DATE} الساعة 9:00 صباحاً في الدعوى المقامة من {Q} "
          "للمطالبة بمبلغ {AMT}.\nصدر بتاريخ {DATE2}.",
    "zh": "{COURT}\n案件編號 {CASE}\n\n傳票\n\n致：{P}\n地址：{ADDR}\n{IDL}：{ID}\n\n"
          "閣下須於{DATE}上午九時親身出庭，就{Q}追討{AMT}之申索作出答辯。\n發出日期：{DATE2}",
}  # fmt: skip
COURT = {
    "zh_HK": {"zh": "香港特別行政區 小額錢債審裁處", "en": "SMALL CLAIMS TRIBUNAL, HONG KONG"},
    "es_EC": {"es": "UNIDAD JUDICIAL CIVIL CON SEDE EN EL DISTRITO METROPOLITANO DE QUITO"},
    "es_GT": {"es": "JUZGADO PRIMERO DE PAZ CIVIL DEL MUNICIPIO DE GUATEMALA"},
    "en_GH": {"en": "DISTRICT COURT, ACCRA (KANESHIE)"}, "ro_MD": {"ro": "JUDECĂTORIA CHIȘINĂU (sediul Centru)"},
    "sq_AL": {"sq": "GJYKATA E RRETHIT GJYQËSOR TIRANË"}, "fr_MA": {"fr": "TRIBUNAL DE PREMIÈRE INSTANCE DE CASABLANCA"},
    "ar_AE": {"ar": "محاكم دبي - المحكمة الابتدائية", "en": "DUBAI COURTS - COURT OF FIRST INSTANCE"},
    "el_CY": {"el": "ΕΠΑΡΧΙΑΚΟ ΔΙΚΑΣΤΗΡΙΟ ΛΕΥΚΩΣΙΑΣ", "en": "DISTRICT COURT OF NICOSIA"},
    "en_JM": {"en": "PARISH COURT FOR THE PARISH OF ST. ANDREW"},
}  # fmt: skip

PROFILE = {
    "en": "{U} | {AGE} | {CITY}\nAbout me: hey, I'm {G}, love cooking, football and long drives. Not here for games lol.\n"
          "Born {DOB} if u care about star signs 😅\nwhatsapp me {PH} or mail {EM}",
    "es": "{U} · {AGE} años · {CITY}\nSobre mí: soy {G}, me encanta bailar salsa y viajar a la playa. "
          "Busco algo serio.\nnací el {DOB} (sí, soy piscis jaja)\nescríbeme al {PH} o a {EM}",
    "fr": "{U} - {AGE} ans - {CITY}\nÀ propos : moi c'est {G}, fan de foot et de cuisine marocaine, "
          "je cherche quelqu'un de sérieux.\nnée/né le {DOB}\nmon num {PH} / {EM}",
    "ro": "{U} · {AGE} ani · {CITY}\nDespre mine: sunt {G}, iubesc muntele si vinul bun. "
          "Caut ceva serios.\nnascut(a) pe {DOB}\nscrie-mi pe viber {PH} sau {EM}",
    "sq": "{U} · {AGE} vjeç · {CITY}\nRreth meje: jam {G}, më pëlqen deti dhe kafja me shokë. "
          "Kërkoj dikë serioz.\nlindur më {DOB}\nmë shkruaj në {PH} ose {EM}",
    "el": "{U} · {AGE} · {CITY}\nΛίγα λόγια: είμαι ο/η {G}, μου αρέσει η θάλασσα και το ποδόσφαιρο. "
          "Ψάχνω κάτι σοβαρό.\nγεννήθηκα {DOB}\nviber {PH} ή {EM}",
    "ar": "{U} · {AGE} · {CITY}\nنبذة: أنا {G}، أحب السفر والطبخ وأبحث عن علاقة جادة.\n"
          "تاريخ الميلاد {DOB}\nواتساب {PH} أو {EM}",
    "ru": "{U} · {AGE} · {CITY}\nО себе: я {G}, люблю горы, хорошее вино и путешествия. Ищу серьёзные отношения.\n"
          "дата рождения {DOB}\nпишите в вайбер {PH} или на почту {EM}",
    "zh": "{U}｜{AGE}歲｜{CITY}\n關於我：我叫{G}，鍾意行山同煮嘢食，想搵個認真嘅人。\n生日 {DOB}\nWhatsApp {PH} / {EM}",
}  # fmt: skip

REVIEW = {
    "en": "★★★★☆ {TITLE}\nBy {P} on {DATE}\nGood product overall, arrived in 3 days. Delivery guy {Q} called me on {PH} "
          "before coming, very polite. Order {ORD}. Would buy again.",
    "es": "★★☆☆☆ {TITLE}\nPor {P} el {DATE}\nEl producto llegó tarde y el repartidor ({Q}) no contestaba. "
          "Le dejé mi número {PH} y nada. Pedido {ORD}. No lo recomiendo.",
    "fr": "★★★★★ {TITLE}\nPar {P} le {DATE}\nTrès bon rapport qualité/prix. Le livreur {Q} m'a appelé au {PH}, "
          "super sympa. Commande {ORD}.",
    "ro": "★★★☆☆ {TITLE}\nde {P}, {DATE}\nProdus ok, dar livrarea a durat o săptămână. Curierul {Q} m-a sunat la {PH}. "
          "Comanda {ORD}.",
    "sq": "★★★★☆ {TITLE}\nnga {P}, {DATE}\nProdukt i mirë, erdhi shpejt. Korrieri {Q} më telefonoi në {PH}. Porosia {ORD}.",
    "el": "★★★★☆ {TITLE}\nαπό {P}, {DATE}\nΚαλό προϊόν, ήρθε σε 2 μέρες. Ο κούριερ {Q} με πήρε στο {PH}. "
          "Παραγγελία {ORD}.",
    "ar": "★★★☆☆ {TITLE}\nبواسطة {P} في {DATE}\nالمنتج جيد لكن التوصيل تأخر. المندوب {Q} اتصل بي على {PH}. "
          "رقم الطلب {ORD}.",
    "ru": "★★★☆☆ {TITLE}\n{P}, {DATE}\nТовар нормальный, но доставка шла неделю. Курьер {Q} позвонил мне на {PH}. "
          "Заказ {ORD}.",
    "zh": "★★★★☆ {TITLE}\n{P} 於 {DATE} 評論\n貨品質素唔錯，三日就到。送貨師傅{Q}送貨前打咗去{PH}，好有禮貌。訂單{ORD}。",
}  # fmt: skip
TITLES = {"en": "Solid blender", "es": "Licuadora regular", "fr": "Top friteuse", "ro": "Aspirator ok",
          "sq": "Fshesë elektrike e mirë", "el": "Καλή καφετιέρα", "ar": "خلاط جيد", "zh": "電飯煲唔錯",
          "ru": "Пылесос норм"}  # fmt: skip

SURVEY = {
    "en": ["Q7. Anything else you want to tell us?\nA: The nurse at reception was rude. My name is {P}, you can "
           "reach me at {EM} or {PH} if you want details.",
           "Q3. How can we improve?\nA: deliver on saturdays!! also pls update my address to {ADDR}, thanks - {G}"],
    "es": ["P7. ¿Algún comentario adicional?\nR: La atención en ventanilla fue lenta. Soy {P}, mi correo es {EM} "
           "y mi celular {PH}.",
           "P3. ¿Cómo podemos mejorar?\nR: que entreguen los sábados. Mi nueva dirección es {ADDR}. Saludos, {G}"],
    "fr": ["Q7. Autre remarque ?\nR : accueil pas très aimable. Je suis {P}, joignable au {PH} ou {EM}.",
           "Q3. Que pouvons-nous améliorer ?\nR : livraison le samedi svp. Nouvelle adresse : {ADDR}. {G}"],
    "ro": ["Î7. Alte comentarii?\nR: Personalul a fost amabil, dar am așteptat mult. Sunt {P}, {EM}, tel {PH}.",
           "Î3. Ce putem îmbunătăți?\nR: livrare sâmbăta. Adresa nouă: {ADDR}. Mulțumesc, {G}"],
    "sq": ["P7. Komente të tjera?\nP: Stafi ishte i sjellshëm por prita shumë. Jam {P}, {EM}, cel {PH}.",
           "P3. Çfarë mund të përmirësojmë?\nP: dorëzim të shtunën. Adresa ime e re: {ADDR}. {G}"],
    "el": ["Ε7. Άλλα σχόλια;\nΑ: Η εξυπηρέτηση ήταν αργή. Είμαι ο/η {P}, {EM}, κινητό {PH}.",
           "Ε3. Τι να βελτιώσουμε;\nΑ: παράδοση το Σάββατο. Νέα διεύθυνση: {ADDR}. {G}"],
    "ar": ["س7. هل لديك ملاحظات أخرى؟\nج: الخدمة كانت بطيئة. أنا {P}، بريدي {EM} وجوالي {PH}.",
           "س3. كيف نحسن خدماتنا؟\nج: التوصيل يوم السبت. عنواني الجديد: {ADDR}. {G}"],
    "ru": ["В7. Другие комментарии?\nО: Персонал вежливый, но ждать пришлось долго. Я {P} ({PL}), {EM}, тел. {PH}.",
           "В3. Что нам улучшить?\nО: доставку по субботам. Мой новый адрес: {ADDR}. {G}"],
    "zh": ["Q7. 其他意見？\nA: 櫃位職員態度麻麻。我係{P}，有需要可以電郵{EM}或致電{PH}。",
           "Q3. 有咩可以改善？\nA: 希望星期六都送貨。新地址：{ADDR}。{G}"],
}  # fmt: skip


def s_dental_reminder(rng, loc, lang):
    lang = ru_swap(rng, loc, lang)
    p, doc = Person(rng, loc, lang), Person(rng, loc, lang)
    vals = {
        "P": ("person", p.given if rng.random() < 0.5 else p.full), "D": ("person", doc.family),
        "DATE": (None, some_date(rng, lang, loc)), "TIME": (None, f"{rng.randint(8, 18)}:{rng.choice(['00', '15', '30', '45'])}"),
        "CLINIC": ("phone", p.phone(False)), "REF": (None, f"D-{digits(rng, 5)}"), "PH": ("phone", p.phone()),
    }  # fmt: skip
    return fill(Doc(), rng.choice(DENTAL[lang]), vals)


def s_court_summons(rng, loc, lang):
    p, q = Person(rng, loc, lang), Person(rng, loc, lang)
    from _v7b_styles_forms import CURRENCY

    nl = NATID_LABEL.get((loc, lang), "ID")
    vals = {
        "COURT": (None, COURT[loc].get(lang) or next(iter(COURT[loc].values()))),
        "CASE": (None, f"{rng.randint(100, 9999)}/{rng.randint(2024, 2026)}"),
        "P": ("person", p.full), "Q": ("person", q.full), "ADDR": ("address", p.address()),
        "IDL": (None, nl), "ID": ("national_id", natid(rng, loc, p)),
        "DATE": (None, some_date(rng, lang, loc)), "DATE2": (None, some_date(rng, lang, loc)),
        "AMT": (None, f"{CURRENCY[loc]}{rng.randint(500, 90000):,}"),
    }  # fmt: skip
    return fill(Doc(), SUMMONS[lang], vals)


def ru_swap(rng, loc: str, lang: str) -> str:
    """About half of Moldova's casual texts are written in Russian."""
    return "ru" if loc == "ro_MD" and rng.random() < 0.5 else lang


def obfuscate(rng, email: str, lang: str) -> str:
    user, dom = email.split("@")
    at = {"es": " arroba ", "fr": " arobase ", "ro": " at ", "sq": " et ", "zh": " at "}.get(
        lang, " at "
    )
    dot = {"es": " punto ", "fr": " point ", "ro": " punct ", "sq": " pikë "}.get(lang, " dot ")
    return rng.choice(
        [f"{user}{at}{dom.replace('.', dot)}", f"{user} [at] {dom}", f"{user}(at){dom}"]
    )


def s_dating_profile(rng, loc, lang):
    lang = ru_swap(rng, loc, lang)
    from _v7b_people import CITY_OF

    p = Person(rng, loc, lang)
    p.dob = p.dob.replace(year=rng.randint(1980, 2003))
    em = p.email()
    vals = {
        "U": (None, f"{rng.choice(['sunny', 'blue', 'chill', 'happy', 'lonely'])}_{rng.randint(10, 999)}"),
        "AGE": (None, str(2026 - p.dob.year)), "CITY": (None, CITY_OF(rng, loc, lang)),
        "G": ("person", p.given.lower() if rng.random() < 0.3 else p.given), "DOB": ("dob", p.dob_str()), "PH": ("phone", p.phone()),
        "EM": ("email", obfuscate(rng, em, lang) if rng.random() < 0.5 else em),
    }  # fmt: skip
    return fill(
        Doc(), PROFILE[lang], vals, relaxed=lang not in ("zh", "ar", "ru") and rng.random() < 0.5
    )


def s_product_review(rng, loc, lang):
    lang = ru_swap(rng, loc, lang)
    p, q = Person(rng, loc, lang), Person(rng, loc, lang)
    while q.female:  # the templates speak of a delivery man
        q = Person(rng, loc, lang)
    pname = p.given + (" " + p.family[0] + "." if rng.random() < 0.5 else "")
    vals = {
        "TITLE": (None, TITLES[lang]), "P": ("person", pname), "Q": ("person", q.given),
        "DATE": (None, some_date(rng, lang, loc)), "PH": ("phone", p.phone()), "ORD": (None, order_no(rng)),
    }  # fmt: skip
    return fill(
        Doc(), REVIEW[lang], vals, relaxed=lang not in ("zh", "ar", "ru") and rng.random() < 0.4
    )


def s_survey_answer(rng, loc, lang):
    lang = ru_swap(rng, loc, lang)
    p = Person(rng, loc, lang)
    vals = {
        "P": ("person", p.full), "G": ("person", p.given), "EM": ("email", p.email()),
        "PH": ("phone", p.phone()), "ADDR": ("address", p.address("ro" if lang == "ru" else lang)),
        "PL": ("person", " ".join(p.latin())),
    }  # fmt: skip
    d = Doc().t(
        f"Response #{digits(rng, 5)} · {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026\n"
    )
    return fill(
        d,
        rng.choice(SURVEY[lang]),
        vals,
        relaxed=lang not in ("zh", "ar", "ru") and rng.random() < 0.4,
    )


STYLES = {
    "dental_reminder": s_dental_reminder,
    "court_summons": s_court_summons,
    "dating_profile": s_dating_profile,
    "product_review": s_product_review,
    "survey_answer": s_survey_answer,
}
