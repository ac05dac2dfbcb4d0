# ruff: noqa: RUF001 - text in many scripts on purpose
"""fi_FI phrasings for eval_v4a (written for this set)."""

S = {
    "intro": ["Täällä {person}, soitan takaisin vesivuodon takia.", "moi, {first} täällä!", "Olen {person}, uusi vuokralainen kolmannesta kerroksesta.",
              "{person} puhelimessa, puhuttiin tiistaina.", "Pöytävaraus nimellä {last}, {amount} henkeä."],
    "phone": ["Tavoitat minut numerosta {phone} iltaisin.", "puh. {phone}", "gsm {phone}", "soita/whatsappaa {phone}", "Soittopyyntö numeroon {phone}."],
    "email": ["Lähetä paperit osoitteeseen {email}.", "uusi sähköpostini on {email}", "laita kopio myös {email}"],
    "email_obf": ["sposti: {email_obf}", "kirjoita: {email_obf}"],
    "addr": ["Toimitusosoite: {addr}", "Muutettiin, uusi osoite on {addr}.", "Nouto osoitteesta {addr}, ovikoodi 4417."],
    "dob": ["syntynyt {dob}", "syntymäaika {dob}", "s. {dob}"],
    "nid": ["{nid_label}: {nid}", "Minun {nid_label} on {nid}."],
    "card": ["kortti {card}, voimassa 09/27", "kortin numero {card}"],
    "iban": ["Maksu tilille {iban}.", "Vuokranantajan tili: {iban}", "tilinro {iban}"],
    "pwd": ["wifin salasana on {pwd}", "salasana: {pwd}", "väliaikainen salasana {pwd}"],
    "token": ["export API_KEY={token}", "Authorization: Bearer {token}"],
    "ip4": ["tulostin on osoitteessa {ip4}", "esto: {ip4}"],
    "ip6": ["reitittimen IPv6: {ip6}", "lähde {ip6}"],
    "mac": ["läppärin MAC-osoite: {mac}", "lisää {mac} sallittuihin"],
    "gps": ["tapaamispaikka: {gps}", "ollaan parkissa kohdassa {gps}"],
    "neg": ["Tilaus {order} lähtee {date}.", "Lasku {invoice}, yhteensä {price}.", "Laiteohjelmisto {version} asennettu, commit {hash}.",
            "{product} on tarjouksessa {price}.", "{company} tulee {date} klo {time}.", "{street} on taas ruuhkainen.",
            "Asianumero {badcard}", "Paketti {qty}, tunniste {uuid}", "Palaveri huoneessa {room}, {city}n toimisto.", "anturi: {sensor}"],
    "clean": ["Kiitos paljon!", "Myöhästyn 10 min, sori", "Sopii, nähdään.", "Voitko tarkistaa huomenna uudestaan?", "Ei kiirettä.", "Lapset tykkäsi kovasti 😊"],
}
F = {
    "hello": ["Hei {first2},", "Hyvä vastaanottaja,", "Moi {first2}!", "Hei,"],
    "bye": ["Ystävällisin terveisin\n{person}", "Kiitos,\n{first}", "t. {first}", "-- \n{person}\npuh. {phone}"],
    "wrote": ["{date} klo {time} {person2} <{email2}> kirjoitti:", "{person2} kirjoitti {date}:"],
    "subject": ["VS: tilaus {order}", "VS: torstain tapaaminen", "VL: vuokrasopimus", "VS: kysymys"],
    "clinic_title": ["Vastaanottokäynti – yleislääkäri", "Päivystys – hoitajan merkintä", "Seurantakäynti"],
    "clinic": ["Kurkkukipua 3 vrk, kuumeeton.", "RR 128/82, pulssi 74.", "Resepti uusittu.", "Kontrolli 2 viikon päästä.", "Allergia: penisilliini."],
    "courier": ["Kuljettajan huomio: jätä naapurille", "Ei tavoitettu, saapumisilmoitus postilaatikossa", "Vastaanottanut {first}", "Ovikoodi 4417"],
    "crm": ["Puhelu {person}: haluaa vaihtaa liittymän", "Jätetty viesti vastaajaan", "Asiakas tyytymätön viiveeseen, tarjottu 10 % hyvitys", "Soitto ensi viikolla"],
    "receipt_shop": ["K-CITYMARKET", "PRISMA", "S-MARKET {n}"],
    "receipt_items": ["MAITO 1L", "BANAANI", "PARISTO AA 8KPL", "TALOUSPAPERI", "OLIIVIÖLJY"],
    "receipt_end": ["KIITOS KÄYNNISTÄ", "ALV 14 %"],
    "bank_title": ["Maksuvahvistus", "Tilisiirto on suoritettu"],
    "cal_summary": ["Hammashoitaja", "Vanhempainilta", "Asunnon luovutus", "Kvartaalikatsaus"],
    "chat_extra": ["hah ok", "tuun just 🚗", "okei kiitti 👍", "mitä??", "ei hätää!"],
    "L": {"name": "Nimi", "first": "Etunimi", "last": "Sukunimi", "dob": "Syntymäaika", "addr": "Osoite", "phone": "Puhelin",
          "email": "Sähköposti", "card": "Kortin numero", "iban": "IBAN", "pwd": "Salasana", "date": "Päivämäärä", "total": "YHTEENSÄ", "ssn": "SSN",
          "sender": "Maksaja", "recipient": "Saaja", "amount": "Summa", "reference": "Viesti", "notes": "Lisätiedot", "start": "Aloituspäivä",
          "emergency": "Lähiomainen", "position": "Tehtävä", "account": "Tili", "patient": "Potilas", "next": "Seuraava aika",
          "parcel": "Lähetystunnus", "deliver_to": "Vastaanottaja",
          "nid": {"hetu": "henkilötunnus", "vero": "veronumero", "passport": "passin numero"}},
}

# Lisää sanamuotoja, jotta vihjeet vaihtelevat.
S["phone"] += ["puhelin: {phone}", "soita numeroon {phone}", "kännykkä {phone}", "tavoitettavissa {phone} klo 9-16", "numeroni on {phone}"]
S["email"] += ["vastaukset osoitteeseen {email}", "sähköpostiosoite: {email}", "meilaa: {email}"]
S["dob"] += ["synt. {dob}", "syntymäpäivä {dob}", "olen syntynyt {dob}"]
S["nid"] += ["liitteenä {nid_label} {nid}", "{nid_label}: {nid} (kopio liitteenä)"]
S["pwd"] += ["tunnus on sähköposti, salasana {pwd}", "ss: {pwd}", "tilin salasana on {pwd}"]
S["addr"] += ["asun osoitteessa {addr}", "Postiosoite: {addr}"]
