# ruff: noqa: RUF001 - text in many scripts on purpose
"""de_DE phrasings for eval_v4a (written for this set)."""

S = {
    "intro": ["Hier ist {person}, ich rufe wegen der Heizung an.", "Moin, {first} hier!", "Mein Name ist {person}, ich bin die neue Mieterin im 2. OG.",
              "{person} am Apparat, wir hatten letzte Woche telefoniert.", "Reservierung auf den Namen {last}, {amount} Personen."],
    "phone": ["Erreichbar bin ich unter {phone}, am besten abends.", "mobil {phone}", "Tel./WhatsApp: {phone}", "ruf mich kurz an: {phone}",
              "Rückruf bitte an {phone}."],
    "email": ["Bitte die Unterlagen an {email} schicken.", "meine neue Mailadresse ist {email}", "gerne auch per Mail an {email}"],
    "email_obf": ["Mail: {email_obf}", "schreib mir an {email_obf}"],
    "addr": ["Lieferadresse: {addr}", "Wir sind umgezogen, neue Anschrift {addr}.", "Abholung bei {addr}, Klingel unten links."],
    "dob": ["geb. am {dob}", "Geburtsdatum {dob}", "sie ist am {dob} geboren"],
    "nid": ["{nid_label}: {nid}", "Meine {nid_label} lautet {nid}."],
    "card": ["Kreditkarte {card}, gültig bis 03/28", "Kartennr. {card}"],
    "iban": ["Bitte überweisen auf {iban}.", "IBAN des Vermieters: {iban}", "Kontoverbindung: {iban} (Sparkasse)"],
    "pwd": ["WLAN-Passwort ist {pwd}", "Kennwort: {pwd}", "PW für den Router: {pwd}"],
    "token": ["export API_TOKEN={token}", "Authorization: Bearer {token}"],
    "ip4": ["Der Drucker hängt an {ip4}.", "Zugriff von {ip4} gesperrt"],
    "ip6": ["Die FritzBox meldet {ip6}", "IPv6 des Servers: {ip6}"],
    "mac": ["MAC-Adresse vom Laptop: {mac}", "Gerät {mac} bitte freischalten"],
    "gps": ["Treffpunkt: {gps}", "Standort {gps}, direkt am Waldparkplatz"],
    "neg": ["Bestellung {order} wird am {date} versendet.", "Rechnung {invoice} über {price} ist beglichen.", "Firmware {version} installiert, Commit {hash}.",
            "Der {product} kostet im Angebot {price}.", "{company} kommt am {date} um {time} Uhr.", "Auf der {street} ist wieder Stau.",
            "Aktenzeichen {badcard}", "Paket {qty}, Vorgangs-ID {uuid}", "Besprechung in Raum {room}, Standort {city}.", "Messwert: {sensor}"],
    "clean": ["Danke dir!", "Bin 10 Minuten später da, sorry", "Passt, bis dann.", "Kannst du morgen nochmal schauen?", "Eilt nicht.", "Die Kinder fanden es super 😊"],
}
F = {
    "hello": ["Hallo {first2},", "Sehr geehrte Damen und Herren,", "Guten Tag {person2},", "Liebe Grüße vorab, {first2} -"],
    "bye": ["Viele Grüße\n{first}", "Mit freundlichen Grüßen\n{person}", "LG {first}", "-- \n{person}\nMobil {phone}"],
    "wrote": ["Am {date} um {time} schrieb {person2} <{email2}>:", "{person2} schrieb am {date}:"],
    "subject": ["AW: Bestellung {order}", "AW: Termin Donnerstag", "WG: Mietvertrag", "AW: kurze Frage"],
    "clinic_title": ["Praxis für Allgemeinmedizin – Behandlungsnotiz", "Notaufnahme – Kurzbefund", "Verlaufsdokumentation"],
    "clinic": ["Pat. klagt über Halsschmerzen seit 3 Tagen, fieberfrei.", "RR 128/82, Puls 74.", "Rezept Ramipril 5 mg.", "Wiedervorstellung in 2 Wochen.",
               "Allergie: Penicillin."],
    "courier": ["Fahrernotiz: bitte beim Nachbarn abgeben", "Niemand angetroffen, Benachrichtigung im Briefkasten", "Empfang quittiert von {first}", "Ablageort: Garage"],
    "crm": ["Telefonat mit {person}: möchte Tarif wechseln", "AB besprochen", "Kunde verärgert wegen Lieferverzug, 10 % Gutschrift angeboten", "Wiedervorlage nächste Woche"],
    "receipt_shop": ["REWE Markt GmbH", "dm-drogerie markt", "BAUHAUS Filiale {n}"],
    "receipt_items": ["Vollmilch 3,5%", "Bananen lose", "Batterien AA 8er", "Küchenrolle", "Olivenöl"],
    "receipt_end": ["Vielen Dank für Ihren Einkauf", "Umtausch nur mit Kassenbon"],
    "bank_title": ["Überweisungsbestätigung", "Ihr Auftrag wurde ausgeführt"],
    "cal_summary": ["Zahnreinigung", "Elternabend", "Wohnungsübergabe", "Quartalsgespräch"],
    "chat_extra": ["haha ok", "bin unterwegs 🚗", "passt 👍", "hä??", "kein ding!"],
    "L": {"name": "Name", "first": "Vorname", "last": "Nachname", "dob": "Geburtsdatum", "addr": "Anschrift", "phone": "Telefon",
          "email": "E-Mail", "card": "Kartennummer", "iban": "IBAN", "pwd": "Passwort", "date": "Datum", "total": "SUMME", "ssn": "SSN",
          "sender": "Auftraggeber", "recipient": "Empfänger", "amount": "Betrag", "reference": "Verwendungszweck", "notes": "Bemerkungen",
          "start": "Eintrittsdatum", "emergency": "Notfallkontakt", "position": "Position", "account": "Konto", "patient": "Patient/in",
          "next": "Nächster Termin", "parcel": "Sendungsnummer", "deliver_to": "Zustellung an",
          "nid": {"taxid": "Steuer-ID", "idcard": "Personalausweis-Nr.", "passport": "Reisepassnummer", "pension": "Rentenversicherungsnummer"}},
}

# Weitere Formulierungen, damit die Stichwörter innerhalb der Sprache wechseln.
S["phone"] += ["Handy: {phone}", "Festnetz {phone}", "meld dich unter {phone}", "Tel. {phone} (nur werktags)", "ruf gern auf {phone} durch"]
S["email"] += ["Antwort bitte an {email}", "E-Mail-Adresse lautet {email}", "Mail an {email} reicht"]
S["dob"] += ["Geburtstag: {dob}", "* {dob}", "geboren {dob} in Halle"]
S["nid"] += ["anbei meine {nid_label} {nid}", "{nid_label} (neu): {nid}"]
S["pwd"] += ["Zugangsdaten: Benutzer ist die Mail, Passwort {pwd}", "pw: {pwd}", "Das Kennwort lautet {pwd}"]
S["addr"] += ["wohne jetzt in der {addr}", "Postanschrift: {addr}"]
