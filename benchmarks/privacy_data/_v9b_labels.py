# ruff: noqa: RUF001, SIM905  (hand-written Cyrillic/Lao/Sinhala text; word pools typed as split strings)
"""Field labels per language for v9b (hand-translated).  `uzc` (Uzbek Cyrillic) is derived from
`uz` by transliteration in _v9b_text."""

_KEYS = ("name surname given dob pob sex male female address phone mobile email nid passport tin "
         "date issued expires signature amount total member no nationality occupation remarks "
         "father mother guardian received paid balance account contact status").split()

_ROWS = {
    "en": ["Name", "Surname", "Given names", "Date of birth", "Place of birth", "Sex", "M", "F",
           "Address", "Telephone", "Mobile", "Email", "ID No.", "Passport No.", "TIN", "Date",
           "Issued", "Expires", "Signature", "Amount", "Total", "Member", "No.", "Nationality",
           "Occupation", "Remarks", "Father", "Mother", "Guardian", "Received by", "Paid",
           "Balance", "Account", "Contact", "Status"],
    "si": ["නම", "වාසගම", "මුල් නම", "උපන් දිනය", "උපන් ස්ථානය", "ස්ත්‍රී/පුරුෂ භාවය", "පුරුෂ",
           "ස්ත්‍රී", "ලිපිනය", "දුරකථන අංකය", "ජංගම දුරකථනය", "විද්‍යුත් තැපෑල", "ජා.හැ.අ. අංකය",
           "ගමන් බලපත්‍ර අංකය", "බදු ගෙවන්නාගේ අංකය", "දිනය", "නිකුත් කළ දිනය", "කල් ඉකුත් වන දිනය",
           "අත්සන", "මුදල", "එකතුව", "සාමාජික", "අංකය", "ජාතිකත්වය", "රැකියාව", "සටහන්",
           "පියාගේ නම", "මවගේ නම", "භාරකරු", "භාර ගත්තේ", "ගෙවූ", "ශේෂය", "ගිණුම් අංකය",
           "සම්බන්ධතා", "තත්ත්වය"],
    "uz": ["F.I.Sh.", "Familiya", "Ism", "Tug'ilgan sana", "Tug'ilgan joyi", "Jinsi", "erkak", "ayol",
           "Manzil", "Telefon", "Mobil tel.", "E-pochta", "JShShIR", "Pasport", "STIR", "Sana",
           "Berilgan sana", "Amal qilish muddati", "Imzo", "Summa", "Jami", "A'zo", "№", "Fuqaroligi",
           "Kasbi", "Izoh", "Otasi", "Onasi", "Vasiy", "Qabul qildi", "To'landi", "Qoldiq",
           "Hisob raqami", "Aloqa", "Holati"],
    "ru": ["ФИО", "Фамилия", "Имя", "Дата рождения", "Место рождения", "Пол", "муж.", "жен.", "Адрес",
           "Телефон", "Моб. тел.", "E-mail", "Идентификационный номер", "Паспорт", "УНП", "Дата",
           "Дата выдачи", "Действителен до", "Подпись", "Сумма", "Итого", "Член", "№", "Гражданство",
           "Профессия", "Примечание", "Отец", "Мать", "Опекун", "Принял", "Оплачено", "Остаток",
           "Счёт", "Контакты", "Статус"],
    "be": ["Прозвішча, імя, імя па бацьку", "Прозвішча", "Імя", "Дата нараджэння", "Месца нараджэння",
           "Пол", "муж.", "жан.", "Адрас", "Тэлефон", "Моб. тэл.", "Эл. пошта", "Ідэнтыфікацыйны нумар",
           "Пашпарт", "УНП", "Дата", "Дата выдачы", "Сапраўдны да", "Подпіс", "Сума", "Разам", "Член",
           "№", "Грамадзянства", "Прафесія", "Заўвага", "Бацька", "Маці", "Апякун", "Прыняў",
           "Аплачана", "Рэшта", "Рахунак", "Кантакты", "Статус"],
    "lv": ["Vārds, uzvārds", "Uzvārds", "Vārds", "Dzimšanas datums", "Dzimšanas vieta", "Dzimums",
           "vīr.", "siev.", "Adrese", "Tālrunis", "Mob. tālr.", "E-pasts", "Personas kods", "Pase",
           "Nodokļu maksātāja kods", "Datums", "Izsniegts", "Derīgs līdz", "Paraksts", "Summa", "Kopā",
           "Biedrs", "Nr.", "Pilsonība", "Nodarbošanās", "Piezīmes", "Tēvs", "Māte", "Aizbildnis",
           "Saņēma", "Samaksāts", "Atlikums", "Konts", "Kontakti", "Statuss"],
    "mk": ["Име и презиме", "Презиме", "Име", "Датум на раѓање", "Место на раѓање", "Пол", "машки",
           "женски", "Адреса", "Телефон", "Мобилен", "Е-пошта", "ЕМБГ", "Пасош", "ЕДБ", "Датум",
           "Издадено", "Важи до", "Потпис", "Износ", "Вкупно", "Член", "Бр.", "Државјанство",
           "Занимање", "Забелешка", "Татко", "Мајка", "Старател", "Примил", "Платено", "Салдо",
           "Сметка", "Контакт", "Статус"],
    "fr": ["Nom et prénom(s)", "Nom", "Prénom(s)", "Date de naissance", "Lieu de naissance", "Sexe",
           "M", "F", "Adresse", "Téléphone", "Portable", "E-mail", "N° CNI", "N° passeport", "NINEA",
           "Date", "Délivré le", "Expire le", "Signature", "Montant", "Total", "Membre", "N°",
           "Nationalité", "Profession", "Observations", "Père", "Mère", "Tuteur", "Reçu par", "Payé",
           "Solde", "Compte", "Contact", "Statut"],
    "es": ["Nombre completo", "Apellidos", "Nombres", "Fecha de nacimiento", "Lugar de nacimiento",
           "Sexo", "M", "F", "Dirección", "Teléfono", "Celular", "Correo", "Cédula", "Pasaporte", "RNC",
           "Fecha", "Emitido", "Vence", "Firma", "Monto", "Total", "Miembro", "No.", "Nacionalidad",
           "Ocupación", "Observaciones", "Padre", "Madre", "Tutor", "Recibido por", "Pagado", "Balance",
           "Cuenta", "Contacto", "Estado"],
    "pt": ["Nome completo", "Apelido", "Nome(s)", "Data de nascimento", "Naturalidade", "Sexo", "M", "F",
           "Endereço", "Telefone", "Celular", "E-mail", "Nº do BI", "Passaporte", "NUIT", "Data",
           "Emitido em", "Válido até", "Assinatura", "Valor", "Total", "Membro", "Nº", "Nacionalidade",
           "Profissão", "Observações", "Pai", "Mãe", "Encarregado", "Recebido por", "Pago", "Saldo",
           "Conta", "Contacto", "Estado"],
    "lo": ["ຊື່ ແລະ ນາມສະກຸນ", "ນາມສະກຸນ", "ຊື່", "ວັນເດືອນປີເກີດ", "ສະຖານທີ່ເກີດ", "ເພດ", "ຊາຍ", "ຍິງ",
           "ທີ່ຢູ່", "ເບີໂທ", "ມືຖື", "ອີເມວ", "ເລກບັດປະຈຳຕົວ", "ໜັງສືຜ່ານແດນ", "ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ",
           "ວັນທີ", "ອອກໃຫ້ວັນທີ", "ໝົດອາຍຸ", "ລາຍເຊັນ", "ຈຳນວນເງິນ", "ລວມ", "ສະມາຊິກ", "ເລກທີ", "ສັນຊາດ",
           "ອາຊີບ", "ໝາຍເຫດ", "ພໍ່", "ແມ່", "ຜູ້ປົກຄອງ", "ຜູ້ຮັບ", "ຈ່າຍແລ້ວ", "ຍອດເຫຼືອ", "ເລກບັນຊີ",
           "ຕິດຕໍ່", "ສະຖານະ"],
}

LABELS = {lang: dict(zip(_KEYS, row, strict=True)) for lang, row in _ROWS.items()}
for _lang, _row in _ROWS.items():
    assert len(_row) == len(_KEYS), _lang

# the national id word each locale uses (per language)
NID_WORD = {
    ("si_LK", "en"): "NIC No.", ("si_LK", "si"): "ජා.හැ.අ. අංකය",
    ("uz_UZ", "uz"): "JShShIR", ("uz_UZ", "uzc"): "ЖШШИР", ("uz_UZ", "ru"): "ПИНФЛ", ("uz_UZ", "en"): "PINFL",
    ("lv_LV", "lv"): "Personas kods", ("lv_LV", "en"): "Personal code",
    ("be_BY", "ru"): "Личный номер", ("be_BY", "be"): "Асабісты нумар", ("be_BY", "en"): "Personal No.",
    ("mk_MK", "mk"): "ЕМБГ", ("mk_MK", "en"): "EMBG",
    ("fr_SN", "fr"): "N° CNI", ("es_DO", "es"): "Cédula", ("en_UG", "en"): "NIN",
    ("lo_LA", "lo"): "ເລກບັດປະຈຳຕົວ", ("lo_LA", "en"): "ID card No.",
    ("pt_MZ", "pt"): "Nº do BI",
}
TAX_WORD = {"si_LK": "TIN", "uz_UZ": "STIR", "lv_LV": "PVN", "be_BY": "УНП", "mk_MK": "ЕДБ",
            "fr_SN": "NINEA", "es_DO": "RNC", "en_UG": "TIN", "lo_LA": "TIN", "pt_MZ": "NUIT"}

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro Dezembro".split(),
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "be": "студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня".split(),
    "mk": "јануари февруари март април мај јуни јули август септември октомври ноември декември".split(),
    "uz": "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr".split(),
    "lo": "ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ".split(),
    "si": "ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්".split(),
}
