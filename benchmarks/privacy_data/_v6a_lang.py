"""Field labels and short phrases per language for eval_v6a (written by hand)."""

from __future__ import annotations

L = {
    "en": dict(name="Name", surname="Surname", given="First names", dob="Date of birth",
               address="Address", phone="Cell", email="Email", iban="IBAN", card="Card number",
               password="Password", date="Date", total="Total", order="Order no.",
               employee="Employee", member="Member", patient="Patient", parent="Parent/guardian",
               child="Learner", regards="Kind regards", dear="Dear", amount="Amount",
               ref="Reference", passport="Passport no.", nationality="Nationality",
               city="City", signed="Signed"),
    "is": dict(name="Nafn", surname="Eftirnafn", given="Fornafn", dob="Fæðingardagur",
               address="Heimilisfang", phone="Sími", email="Netfang", iban="IBAN",
               card="Kortanúmer", password="Lykilorð", date="Dagsetning", total="Samtals",
               order="Pöntunarnr.", employee="Starfsmaður", member="Meðlimur",
               patient="Sjúklingur", parent="Forráðamaður", child="Nemandi",
               regards="Með kveðju", dear="Kæri/kæra", amount="Upphæð", ref="Tilvísun",
               passport="Vegabréfsnúmer", nationality="Ríkisfang", city="Staður",
               signed="Undirritað"),
    "es": dict(name="Nombre", surname="Apellidos", given="Nombres", dob="Fecha de nacimiento",
               address="Dirección", phone="Teléfono", email="Correo", iban="IBAN",
               card="N° de tarjeta", password="Contraseña", date="Fecha", total="Total",
               order="N° de pedido", employee="Trabajador", member="Socio", patient="Paciente",
               parent="Apoderado", child="Alumno", regards="Saludos cordiales",
               dear="Estimado/a", amount="Monto", ref="Referencia", passport="N° de pasaporte",
               nationality="Nacionalidad", city="Ciudad", signed="Firma"),
    "fr": dict(name="Nom", surname="Nom", given="Prénom", dob="Date de naissance",
               address="Adresse", phone="GSM", email="E-mail", iban="IBAN",
               card="N° de carte", password="Mot de passe", date="Date", total="Total",
               order="N° de commande", employee="Travailleur", member="Membre",
               patient="Patient", parent="Responsable légal", child="Élève",
               regards="Bien à vous", dear="Madame, Monsieur", amount="Montant",
               ref="Communication", passport="N° de passeport", nationality="Nationalité",
               city="Localité", signed="Signature"),
    "it": dict(name="Nome e cognome", surname="Cognome", given="Nome", dob="Data di nascita",
               address="Indirizzo", phone="Natel", email="E-mail", iban="IBAN",
               card="Numero carta", password="Password", date="Data", total="Totale",
               order="N. ordine", employee="Collaboratore", member="Socio", patient="Paziente",
               parent="Rappresentante legale", child="Allievo", regards="Cordiali saluti",
               dear="Gentile", amount="Importo", ref="Riferimento", passport="N. passaporto",
               nationality="Nazionalità", city="Località", signed="Firma"),
    "sl": dict(name="Ime in priimek", surname="Priimek", given="Ime", dob="Datum rojstva",
               address="Naslov", phone="Telefon", email="E-pošta", iban="IBAN",
               card="Številka kartice", password="Geslo", date="Datum", total="Skupaj",
               order="Št. naročila", employee="Delavec", member="Član", patient="Pacient",
               parent="Starš/skrbnik", child="Učenec", regards="Lep pozdrav", dear="Spoštovani",
               amount="Znesek", ref="Sklic", passport="Št. potnega lista",
               nationality="Državljanstvo", city="Kraj", signed="Podpis"),
    "et": dict(name="Nimi", surname="Perekonnanimi", given="Eesnimi", dob="Sünniaeg",
               address="Aadress", phone="Telefon", email="E-post", iban="IBAN",
               card="Kaardi number", password="Parool", date="Kuupäev", total="Kokku",
               order="Tellimuse nr", employee="Töötaja", member="Liige", patient="Patsient",
               parent="Lapsevanem", child="Õpilane", regards="Lugupidamisega",
               dear="Lugupeetud", amount="Summa", ref="Viitenumber", passport="Passi number",
               nationality="Kodakondsus", city="Linn", signed="Allkiri"),
    "ka": dict(name="სახელი, გვარი", surname="გვარი", given="სახელი", dob="დაბადების თარიღი",
               address="მისამართი", phone="ტელ.", email="ელ. ფოსტა", iban="IBAN",
               card="ბარათის ნომერი", password="პაროლი", date="თარიღი", total="სულ",
               order="შეკვეთის №", employee="თანამშრომელი", member="წევრი",
               patient="პაციენტი", parent="მშობელი", child="მოსწავლე",
               regards="პატივისცემით", dear="ბატონო/ქალბატონო", amount="თანხა",
               ref="დანიშნულება", passport="პასპორტის №", nationality="მოქალაქეობა",
               city="ქალაქი", signed="ხელმოწერა"),
    "az": dict(name="Soyadı, adı", surname="Soyadı", given="Adı", dob="Doğum tarixi",
               address="Ünvan", phone="Telefon", email="E-poçt", iban="IBAN",
               card="Kart nömrəsi", password="Şifrə", date="Tarix", total="Cəmi",
               order="Sifariş №", employee="İşçi", member="Üzv", patient="Xəstə",
               parent="Valideyn", child="Şagird", regards="Hörmətlə", dear="Hörmətli",
               amount="Məbləğ", ref="Təyinat", passport="Pasport №", nationality="Vətəndaşlıq",
               city="Şəhər", signed="İmza"),
}

CURRENCY = {"en_ZA": "R", "is_IS": "kr.", "es_CL": "$", "es_PE": "S/", "fr_BE": "€",
            "it_CH": "CHF", "sl_SI": "€", "et_EE": "€", "ka_GE": "₾", "az_AZ": "₼"}


def money(rng, loc: str, lo: float = 5, hi: float = 900) -> str:
    v = rng.uniform(lo, hi)
    cur = CURRENCY[loc]
    if loc == "is_IS":
        return f"{int(v * 130):,} kr.".replace(",", ".")
    if loc == "es_CL":
        return f"${int(v * 900):,}".replace(",", ".")
    if loc == "en_ZA":
        return f"R{v * 18:,.2f}".replace(",", " ")
    if loc == "es_PE":
        return f"S/ {v * 3.7:,.2f}"
    if loc in ("fr_BE", "sl_SI", "et_EE"):
        return f"{v:.2f} €".replace(".", ",")
    if loc == "it_CH":
        return f"CHF {v:.2f}"
    return f"{v * 2.7:.2f} {cur}"
