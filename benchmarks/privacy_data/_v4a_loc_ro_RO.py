# ruff: noqa: RUF001 - text in many scripts on purpose
"""ro_RO phrasings for eval_v4a (written for this set)."""

S = {
    "intro": ["Sunt {person}, revin cu un telefon pentru țeava spartă.", "salut, {first} aici!", "Mă numesc {person} și sunt noua chiriașă de la ap. 12.",
              "{person} la telefon, am vorbit marți.", "Rezervare pe numele {last}, {amount} persoane."],
    "phone": ["Mă puteți suna la {phone} după ora 18.", "mobil: {phone}", "tel/whatsapp {phone}", "dă-mi un beep la {phone}", "Vă rog să mă sunați înapoi la {phone}."],
    "email": ["Trimiteți actele pe {email}.", "am adresă nouă de mail: {email}", "puneți-l și pe {email} în CC"],
    "email_obf": ["mail: {email_obf}", "scrieți-mi la {email_obf}"],
    "addr": ["Adresa de livrare: {addr}", "Ne-am mutat, adresa nouă e {addr}.", "Ridicare de la {addr}, interfon 14."],
    "dob": ["născută la {dob}", "data nașterii: {dob}", "data nasterii {dob}"],
    "nid": ["{nid_label}: {nid}", "{nid_label} meu este {nid}."],
    "card": ["card {card}, exp. 09/27", "numărul cardului: {card}"],
    "iban": ["Plata în contul {iban}.", "IBAN proprietar: {iban}", "cont {iban} (Banca Transilvania)"],
    "pwd": ["parola de la wifi e {pwd}", "parola: {pwd}", "parolă temporară {pwd}"],
    "token": ["export API_KEY={token}", "Authorization: Bearer {token}"],
    "ip4": ["imprimanta e pe {ip4}", "acces blocat de la {ip4}"],
    "ip6": ["routerul răspunde pe {ip6}", "adresa IPv6: {ip6}"],
    "mac": ["adresa MAC a laptopului: {mac}", "adăugați {mac} în lista albă"],
    "gps": ["punct de întâlnire: {gps}", "suntem parcați la {gps}"],
    "neg": ["Comanda {order} pleacă pe {date}.", "Factura {invoice}, total {price}.", "Firmware {version} instalat, commit {hash}.",
            "{product} e la reducere, {price}.", "{company} vine pe {date} la ora {time}.", "Trafic blocat pe {street}.",
            "Nr. dosar {badcard}", "Colet {qty}, ID {uuid}", "Ședință în sala {room}, sediul din {city}.", "senzor: {sensor}"],
    "clean": ["Mulțumesc mult!", "Întârzii 10 minute, scuze", "Perfect, ne vedem atunci.", "Poți verifica din nou mâine?", "Nu e grabă.", "Copiilor le-a plăcut mult 😊"],
}
F = {
    "hello": ["Bună ziua, {first2},", "Stimate domn/Stimată doamnă,", "Bună {first2},", "Salut {first2}!"],
    "bye": ["Cu stimă,\n{person}", "Mulțumesc,\n{first}", "Pa, {first}", "-- \n{person}\nTel. {phone}"],
    "wrote": ["Pe {date}, la {time}, {person2} <{email2}> a scris:", "{person2} a scris pe {date}:"],
    "subject": ["Re: comanda {order}", "Re: întâlnirea de joi", "Fwd: contract închiriere", "Re: o întrebare"],
    "clinic_title": ["Fișă de consultație – medicină de familie", "UPU – notă de triaj", "Evoluție"],
    "clinic": ["Pacientul acuză durere în gât de 3 zile, afebril.", "TA 128/82, AV 74.", "Reînnoire rețetă.", "Control peste 2 săptămâni.", "Alergie: penicilină."],
    "courier": ["Notă curier: lăsați la vecinul de la 3", "Destinatar absent, aviz lăsat", "Primit de {first}", "Cod interfon 4417"],
    "crm": ["Apel cu {person}: vrea alt abonament", "Mesaj vocal lăsat", "Client nemulțumit de întârziere, oferit 10% reducere", "Revenire săptămâna viitoare"],
    "receipt_shop": ["KAUFLAND ROMANIA SCS", "MEGA IMAGE", "DEDEMAN {n}"],
    "receipt_items": ["LAPTE 3,5% 1L", "BANANE", "BATERII AA 8BUC", "PROSOAPE HARTIE", "ULEI MASLINE"],
    "receipt_end": ["VA MULTUMIM!", "BON FISCAL"],
    "bank_title": ["Confirmare transfer", "Plata a fost efectuată"],
    "cal_summary": ["Detartraj la dentist", "Ședința cu părinții", "Semnare contract chirie", "Analiza trimestrială"],
    "chat_extra": ["haha ok", "vin 🚗", "ok mersi 👍", "ce??", "nicio problemă!"],
    "L": {"name": "Nume și prenume", "first": "Prenume", "last": "Nume", "dob": "Data nașterii", "addr": "Adresa", "phone": "Telefon",
          "email": "E-mail", "card": "Număr card", "iban": "IBAN", "pwd": "Parolă", "date": "Data", "total": "TOTAL", "ssn": "SSN",
          "sender": "Plătitor", "recipient": "Beneficiar", "amount": "Suma", "reference": "Detalii plată", "notes": "Observații",
          "start": "Data angajării", "emergency": "Persoană de contact", "position": "Funcția", "account": "Cont", "patient": "Pacient",
          "next": "Următoarea programare", "parcel": "AWB", "deliver_to": "Destinatar",
          "nid": {"cnp": "CNP", "idcard": "Seria și nr. CI", "passport": "Nr. pașaport"}},
}

# Alte formulări, ca indiciile să varieze.
S["phone"] += ["nr. de telefon: {phone}", "fix: {phone}", "sunați-mă pe {phone}", "mob. {phone} (și WhatsApp)", "nr meu e {phone}"]
S["email"] += ["răspundeți la {email}", "adresa de e-mail: {email}", "mailul meu personal: {email}"]
S["dob"] += ["n. {dob}", "s-a născut pe {dob}", "ziua de naștere: {dob}"]
S["nid"] += ["atașez {nid_label}: {nid}", "{nid_label} {nid} (copie atașată)"]
S["pwd"] += ["user e mailul, parola {pwd}", "pass: {pwd}", "parola contului este {pwd}"]
S["addr"] += ["domiciliul: {addr}", "locuiesc pe {addr}"]
