"""Per-language labels and short phrases (hand-written); locales map to a language."""

LANG = {"en_PH": "en", "en_SG": "en", "en_NG": "en", "bn_BD": "bn", "sr_RS": "sr", "mt_MT": "mt",
        "is_IS": "is", "kk_KZ": "ru", "pt_AO": "pt", "es_UY": "es"}  # fmt: skip

K = "name dob address phone email password dear regards date total patient doctor child parent \
employee emergency notes subject salary net bank_acc account balance from to thanks reason \
referral pickup dropoff fare member venue rsvp deceased funeral invoice due meter plate fine \
order ship_to applicant passport nationality purpose desc pwd_words at dot mr mrs".split()

E = {
    "en": ["Name", "Date of birth", "Address", "Mobile", "Email", "Password", "Dear", "Regards",
           "Date", "Total", "Patient", "Attending physician", "Pupil", "Parent/guardian",
           "Employee", "Emergency contact", "Notes", "Subject", "Basic pay", "Net pay",
           "Bank account", "Account no.", "Balance", "From", "To", "Thanks", "Reason",
           "Reason for referral", "Pickup", "Drop-off", "Fare", "Member", "Venue", "RSVP",
           "In loving memory of", "Wake / interment", "Invoice no.", "Due date", "Meter no.",
           "Plate no.", "Penalty", "Order", "Ship to", "Applicant", "Passport no.", "Nationality",
           "Purpose of travel", "Description", ["sunshine", "mahalkita", "blessing", "password",
           "letmein", "chelsea", "manutd", "princess", "tiger", "lagos"], "at", "dot", "Mr", "Mrs"],
    "bn": ["নাম", "জন্ম তারিখ", "ঠিকানা", "মোবাইল", "ইমেইল", "পাসওয়ার্ড", "প্রিয়", "শুভেচ্ছান্তে",
           "তারিখ", "মোট", "রোগী", "চিকিৎসক", "শিক্ষার্থী", "অভিভাবক", "কর্মচারী",
           "জরুরি যোগাযোগ", "মন্তব্য", "বিষয়", "মূল বেতন", "নিট বেতন", "ব্যাংক হিসাব",
           "হিসাব নং", "ব্যালেন্স", "প্রেরক", "প্রাপক", "ধন্যবাদ", "কারণ", "রেফারের কারণ",
           "পিকআপ", "গন্তব্য", "ভাড়া", "সদস্য", "স্থান", "যোগাযোগ", "গভীর শোকের সাথে জানাচ্ছি",
           "জানাজা", "ইনভয়েস নং", "শেষ তারিখ", "মিটার নং", "গাড়ির নম্বর", "জরিমানা", "অর্ডার",
           "ডেলিভারি ঠিকানা", "আবেদনকারী", "পাসপোর্ট নং", "জাতীয়তা", "ভ্রমণের উদ্দেশ্য",
           "বিবরণ", ["bangladesh", "dhaka", "amarsonar", "bhalobashi", "tiger", "shakib"],
           "at", "dot", "জনাব", "মিসেস"],
    "sr": ["Ime i prezime", "Datum rođenja", "Adresa", "Mobilni", "E-pošta", "Lozinka",
           "Poštovani", "Srdačan pozdrav", "Datum", "Ukupno", "Pacijent", "Ordinirajući lekar",
           "Učenik", "Roditelj", "Zaposleni", "Kontakt u hitnim slučajevima", "Napomena",
           "Predmet", "Osnovna zarada", "Neto zarada", "Tekući račun", "Broj računa", "Stanje",
           "Od", "Za", "Hvala", "Razlog", "Razlog upućivanja", "Polazak", "Odredište", "Cena",
           "Član", "Mesto", "Potvrda dolaska", "S tugom javljamo", "Sahrana", "Račun br.",
           "Rok plaćanja", "Broj brojila", "Registarska oznaka", "Kazna", "Porudžbina",
           "Adresa isporuke", "Podnosilac", "Broj pasoša", "Državljanstvo", "Svrha putovanja",
           "Opis", ["zvezda", "partizan", "beograd", "sunce", "ljubav", "lozinka"], "et", "tačka",
           "g.", "gđa"],
    "mt": ["Isem", "Data tat-twelid", "Indirizz", "Mobile", "Email", "Password", "Għażiż/a",
           "Tislijiet", "Data", "Total", "Pazjent", "Tabib", "Student", "Ġenitur", "Impjegat",
           "Kuntatt ta' emerġenza", "Noti", "Suġġett", "Paga bażika", "Paga netta",
           "Kont bankarju", "Nru tal-kont", "Bilanċ", "Minn", "Lil", "Grazzi", "Raġuni",
           "Raġuni għar-riferiment", "Pickup", "Destinazzjoni", "Prezz", "Membru", "Post",
           "RSVP", "B'niket kbir inħabbru l-mewt ta'", "Funeral", "Fattura nru", "Data dovuta",
           "Nru tal-meter", "Numru tal-karozza", "Multa", "Ordni", "Ibgħat lil", "Applikant",
           "Nru tal-passaport", "Nazzjonalità", "Għan tal-vjaġġ", "Deskrizzjoni",
           ["malta", "valletta", "hamrun", "festa", "pastizzi", "gozo"], "at", "dot", "Is-Sur",
           "Is-Sinjura"],
    "is": ["Nafn", "Fæðingardagur", "Heimilisfang", "Farsími", "Netfang", "Lykilorð", "Kæri/kæra",
           "Kveðja", "Dagsetning", "Samtals", "Sjúklingur", "Læknir", "Nemandi",
           "Forráðamaður", "Starfsmaður", "Tengiliður í neyð", "Athugasemdir", "Efni",
           "Grunnlaun", "Útborguð laun", "Bankareikningur", "Reikningsnúmer", "Staða", "Frá",
           "Til", "Takk", "Ástæða", "Ástæða tilvísunar", "Sótt", "Áfangastaður", "Fargjald",
           "Félagi", "Staður", "Svar óskast", "Okkar ástkæri", "Útför", "Reikningur nr.",
           "Eindagi", "Mælanúmer", "Bílnúmer", "Sekt", "Pöntun", "Sendist til", "Umsækjandi",
           "Vegabréfsnúmer", "Ríkisfang", "Tilgangur ferðar", "Lýsing",
           ["reykjavik", "hekla", "lopapeysa", "kisi", "fotbolti", "solin"], "hjá", "punktur",
           "Hr.", "Frú"],
    "ru": ["ФИО", "Дата рождения", "Адрес", "Моб.", "Эл. почта", "Пароль", "Уважаемый(ая)",
           "С уважением", "Дата", "Итого", "Пациент", "Лечащий врач", "Ученик", "Родитель",
           "Сотрудник", "Контакт для экстренной связи", "Примечание", "Тема", "Оклад",
           "К выплате", "Счёт", "Номер счёта", "Остаток", "От", "Кому", "Спасибо", "Причина",
           "Цель направления", "Откуда", "Куда", "Стоимость", "Клиент", "Место", "Ждём ответа",
           "С глубоким прискорбием сообщаем о смерти", "Прощание", "Счёт-фактура №",
           "Оплатить до", "Номер счётчика", "Госномер", "Штраф", "Заказ", "Адрес доставки",
           "Заявитель", "Номер паспорта", "Гражданство", "Цель поездки", "Описание",
           ["almaty", "astana", "qwerty", "kazakhstan", "parol", "sultan"], "собака", "точка",
           "г-н", "г-жа"],
    "pt": ["Nome", "Data de nascimento", "Morada", "Telemóvel", "E-mail", "Senha", "Caro(a)",
           "Cumprimentos", "Data", "Total", "Paciente", "Médico assistente", "Aluno",
           "Encarregado de educação", "Trabalhador", "Contacto de emergência", "Observações",
           "Assunto", "Salário base", "Líquido a receber", "Conta bancária", "N.º da conta",
           "Saldo", "De", "Para", "Obrigado", "Motivo", "Motivo da referência", "Partida",
           "Destino", "Valor", "Sócio", "Local", "Confirmar presença", "Com profunda dor comunicamos o falecimento de",
           "Óbito / funeral", "Factura n.º", "Data limite", "N.º do contador", "Matrícula",
           "Multa", "Pedido", "Entregar em", "Requerente", "N.º do passaporte", "Nacionalidade",
           "Motivo da viagem", "Descrição", ["angola", "luanda", "kizomba", "petro", "kuduro",
           "benfica"], "arroba", "ponto", "Sr.", "Sra."],
    "es": ["Nombre", "Fecha de nacimiento", "Dirección", "Celular", "Correo", "Contraseña",
           "Estimado/a", "Saludos", "Fecha", "Total", "Paciente", "Médico tratante", "Alumno",
           "Padre/madre/tutor", "Funcionario", "Contacto de emergencia", "Observaciones",
           "Asunto", "Sueldo nominal", "Líquido a cobrar", "Cuenta bancaria", "N.º de cuenta",
           "Saldo", "De", "Para", "Gracias", "Motivo", "Motivo de la derivación", "Origen",
           "Destino", "Tarifa", "Socio", "Lugar", "Confirmar asistencia",
           "Sus familiares participan con dolor el fallecimiento de", "Sepelio", "Factura n.º",
           "Vencimiento", "N.º de medidor", "Matrícula", "Multa", "Pedido", "Enviar a",
           "Solicitante", "N.º de pasaporte", "Nacionalidad", "Motivo del viaje", "Descripción",
           ["penarol", "nacional", "montevideo", "mate", "celeste", "charrua"], "arroba",
           "punto", "Sr.", "Sra."],
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "bn": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    "sr": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
    "mt": "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "pt": "Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro Dezembro",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}

CURRENCY = {"en_PH": "₱", "en_SG": "S$", "en_NG": "₦", "bn_BD": "৳", "sr_RS": "RSD ",
            "mt_MT": "€", "is_IS": "kr. ", "kk_KZ": "₸", "pt_AO": "Kz ", "es_UY": "$U "}  # fmt: skip


def lex(locale: str) -> dict:
    return dict(zip(K, E[LANG[locale]], strict=True))


_BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def date_str(rng, locale: str, d: int, m: int, y: int) -> str:
    """A date in one of the locale's usual written forms."""
    lang = LANG[locale]
    mon = MONTHS[lang].split()[m - 1]
    r = rng.random()
    if locale == "en_PH":
        return [f"{m:02d}/{d:02d}/{y}", f"{mon} {d}, {y}", f"{mon[:3]}. {d}, {y}", f"{y}-{m:02d}-{d:02d}"][int(r * 4)]
    if lang == "en":
        return [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d} {mon[:3]} {y}", f"{d:02d}-{m:02d}-{y}"][int(r * 4)]
    if lang == "bn":
        s = [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}-{m:02d}-{y}"][int(r * 3)]
        return s.translate(_BN) if rng.random() < 0.5 else s
    if lang in ("sr", "ru"):
        return [f"{d:02d}.{m:02d}.{y}", f"{d}. {m}. {y}" if lang == "sr" else f"{d:02d}.{m:02d}.{y % 100:02d}",
                f"{d} {mon} {y}"][int(r * 3)]  # fmt: skip
    if lang == "is":
        return [f"{d:02d}.{m:02d}.{y}", f"{d}. {mon} {y}", f"{d}.{m}.{y}"][int(r * 3)]
    if lang == "mt":
        return [f"{d:02d}/{m:02d}/{y}", f"{d} ta' {mon} {y}", f"{d:02d}.{m:02d}.{y}"][int(r * 3)]
    return [f"{d:02d}/{m:02d}/{y}", f"{d} de {mon} de {y}", f"{d:02d}-{m:02d}-{y}"][int(r * 3)]


# short free-text phrases per language for notes and reports: {v} marks where values go
PHRASES = {
    "en": {"stolen": "Complainant states the wallet was taken on a jeepney/bus near",
           "contents": "Contents: ID", "card": "and bank card", "verified": "verified",
           "changed": "email changed to", "cb": "cb", "esc": "escalated to L2"},
    "bn": {"stolen": "অভিযোগকারী জানান যে তার মানিব্যাগ চুরি হয়েছে, স্থান:",
           "contents": "ভিতরে ছিল এনআইডি", "card": "এবং ব্যাংক কার্ড", "verified": "যাচাই করা হয়েছে",
           "changed": "নতুন ইমেইল", "cb": "কলব্যাক", "esc": "L2-তে পাঠানো হয়েছে"},
    "sr": {"stolen": "Podnosilac navodi da mu je novčanik ukraden u autobusu kod",
           "contents": "U novčaniku: lična karta", "card": "i platna kartica", "verified": "provereno",
           "changed": "promenjen mejl na", "cb": "pozvati na", "esc": "prosleđeno L2"},
    "mt": {"stolen": "Il-persuna tgħid li l-kartiera nsterqitlha fil-karozza tal-linja ħdejn",
           "contents": "Fiha: ID", "card": "u l-karta tal-bank", "verified": "ivverifikat",
           "changed": "email mibdul għal", "cb": "ċempel lura", "esc": "mgħoddi lil L2"},
    "is": {"stolen": "Tilkynnandi segir að veskinu hafi verið stolið í strætó við",
           "contents": "Í veskinu: kt.", "card": "og greiðslukort", "verified": "staðfest",
           "changed": "netfangi breytt í", "cb": "hringja í", "esc": "sent á L2"},
    "ru": {"stolen": "Заявитель сообщил, что кошелёк украли в автобусе возле",
           "contents": "Внутри: удостоверение", "card": "и банковская карта", "verified": "проверен",
           "changed": "почта изменена на", "cb": "перезвонить", "esc": "передано на L2"},
    "pt": {"stolen": "O queixoso declara que a carteira foi furtada no candongueiro perto da",
           "contents": "Continha: BI", "card": "e cartão Multicaixa", "verified": "verificado",
           "changed": "e-mail alterado para", "cb": "ligar para", "esc": "escalado para L2"},
    "es": {"stolen": "El denunciante manifiesta que le robaron la billetera en el ómnibus cerca de",
           "contents": "Contenía: cédula", "card": "y tarjeta de débito", "verified": "verificado",
           "changed": "correo cambiado a", "cb": "llamar al", "esc": "derivado a N2"},
}  # fmt: skip
