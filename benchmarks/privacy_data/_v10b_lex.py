"""Field labels and short phrases per language for the v10b form styles."""

LEX = {
    "ar": dict(name="الاسم", full_name="الاسم الكامل", given="الاسم الأول", family="اللقب", dob="تاريخ الميلاد",
               sex="الجنس", male="ذكر", female="أنثى", phone="الهاتف", mobile="رقم الجوال", email="البريد الإلكتروني",
               address="العنوان", nationality="الجنسية", passport="رقم جواز السفر", date="التاريخ", signed="التوقيع",
               occupation="المهنة", employer="جهة العمل", emergency="جهة الاتصال في الطوارئ", relation="صلة القرابة",
               remarks="ملاحظات", place_birth="مكان الميلاد", status="الحالة", approved="موافق عليه", pending="قيد المراجعة"),
    "en": dict(name="Name", full_name="Full name", given="Given names", family="Surname", dob="Date of birth",
               sex="Sex", male="M", female="F", phone="Phone", mobile="Cell", email="E-mail", address="Physical address",
               nationality="Nationality", passport="Passport No.", date="Date", signed="Signed", occupation="Occupation",
               employer="Employer", emergency="Next of kin", relation="Relationship", remarks="Remarks",
               place_birth="Place of birth", status="Status", approved="Approved", pending="Pending"),
    "fr": dict(name="Nom", full_name="Nom et prénoms", given="Prénoms", family="Nom", dob="Date de naissance",
               sex="Sexe", male="M", female="F", phone="Téléphone", mobile="Cel", email="E-mail", address="Adresse",
               nationality="Nationalité", passport="N° passeport", date="Date", signed="Signature", occupation="Profession",
               employer="Employeur", emergency="Personne à prévenir", relation="Lien", remarks="Observations",
               place_birth="Lieu de naissance", status="Statut", approved="Validé", pending="En attente"),
    "es": dict(name="Nombre", full_name="Nombre completo", given="Nombres", family="Apellidos", dob="Fecha de nacimiento",
               sex="Sexo", male="M", female="F", phone="Teléfono", mobile="Celular", email="Correo", address="Dirección",
               nationality="Nacionalidad", passport="N.º de pasaporte", date="Fecha", signed="Firma", occupation="Ocupación",
               employer="Empleador", emergency="Contacto de emergencia", relation="Parentesco", remarks="Observaciones",
               place_birth="Lugar de nacimiento", status="Estado", approved="Aprobado", pending="Pendiente"),
    "nl": dict(name="Naam", full_name="Volledige naam", given="Voornamen", family="Achternaam", dob="Geboortedatum",
               sex="Geslacht", male="M", female="V", phone="Telefoon", mobile="Mobiel", email="E-mail", address="Adres",
               nationality="Nationaliteit", passport="Paspoortnr.", date="Datum", signed="Handtekening", occupation="Beroep",
               employer="Werkgever", emergency="Contactpersoon bij nood", relation="Relatie", remarks="Opmerkingen",
               place_birth="Geboorteplaats", status="Status", approved="Goedgekeurd", pending="In behandeling"),
    "fo": dict(name="Navn", full_name="Fulla navn", given="Fornavn", family="Eftirnavn", dob="Føðingardagur",
               sex="Kyn", male="M", female="K", phone="Telefon", mobile="Fartelefon", email="Teldupostur", address="Bústaður",
               nationality="Tjóðskapur", passport="Passnr.", date="Dagfesting", signed="Undirskrift", occupation="Starv",
               employer="Arbeiðsgevari", emergency="Samband í neyðstøðu", relation="Tilknýti", remarks="Viðmerkingar",
               place_birth="Føðingarstaður", status="Støða", approved="Góðkent", pending="Í viðgerð"),
}

NATIONALITY = {
    "ar_LY": ("ليبي", "ليبية", "LBY"), "ar_SD": ("سوداني", "سودانية", "SDN"), "en_ZM": ("Zambian", "Zambian", "ZMB"),
    "en_ZW": ("Zimbabwean", "Zimbabwean", "ZWE"), "fr_CI": ("ivoirien", "ivoirienne", "CIV"),
    "fr_MG": ("malgache", "malgache", "MDG"), "es_HN": ("hondureño", "hondureña", "HND"),
    "es_VE": ("venezolano", "venezolana", "VEN"), "nl_SR": ("Surinaams", "Surinaamse", "SUR"),
    "fo_FO": ("føroyingur", "føroyingur", "DNK"),
}

RELATIONS = {
    "ar": ["زوج", "زوجة", "أخ", "أخت", "ابن", "ابنة", "والد", "والدة", "عم"],
    "en": ["Spouse", "Brother", "Sister", "Mother", "Father", "Uncle", "Son", "Daughter", "Cousin"],
    "fr": ["Époux", "Épouse", "Frère", "Sœur", "Mère", "Père", "Oncle", "Fils", "Fille"],
    "es": ["Esposo", "Esposa", "Hermano", "Hermana", "Madre", "Padre", "Tío", "Hijo", "Hija"],
    "nl": ["Echtgenoot", "Echtgenote", "Broer", "Zus", "Moeder", "Vader", "Oom", "Zoon", "Dochter"],
    "fo": ["Maki", "Bróðir", "Systir", "Mamma", "Pápi", "Sonur", "Dóttir", "Omma", "Abbi"],
}

MALE_REL = {
    "ar": ["زوج", "أخ", "ابن", "والد", "عم", "خال"], "en": ["Husband", "Brother", "Son", "Father", "Uncle", "Friend"],
    "fr": ["Époux", "Frère", "Fils", "Père", "Oncle"], "es": ["Esposo", "Hermano", "Hijo", "Padre", "Tío"],
    "nl": ["Echtgenoot", "Broer", "Zoon", "Vader", "Oom"], "fo": ["Maki", "Bróðir", "Sonur", "Pápi"],
}
