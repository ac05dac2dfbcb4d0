# ruff: noqa: RUF001 - text in many scripts on purpose
"""fr_FR phrasings for eval_v4a (written for this set)."""

S = {
    "intro": ["C'est {person}, je vous rappelle pour la fuite d'eau.", "coucou c'est {first} !", "Je m'appelle {person}, nouvelle locataire au 3e.",
              "{person} à l'appareil, on s'est parlé mardi.", "Réservation au nom de {last}, {amount} couverts."],
    "phone": ["Vous pouvez me joindre au {phone} après 18h.", "portable : {phone}", "tél/whatsapp {phone}", "appelle-moi au {phone}", "Rappel souhaité au {phone}."],
    "email": ["Merci d'envoyer le dossier à {email}.", "ma nouvelle adresse mail : {email}", "mettez {email} en copie"],
    "email_obf": ["mail : {email_obf}", "écrivez-moi à {email_obf}"],
    "addr": ["Adresse de livraison : {addr}", "On a déménagé, nouvelle adresse {addr}.", "Retrait chez moi, {addr}, interphone 12."],
    "dob": ["née le {dob}", "date de naissance : {dob}", "il est né le {dob}"],
    "nid": ["{nid_label} : {nid}", "Mon {nid_label} est le {nid}."],
    "card": ["CB {card}, exp. 09/27", "numéro de carte {card}"],
    "iban": ["Virement sur l'IBAN {iban}, merci.", "RIB du propriétaire : {iban}"],
    "pwd": ["le mot de passe wifi c'est {pwd}", "mdp : {pwd}", "Mot de passe provisoire {pwd}"],
    "token": ["export API_KEY={token}", "Authorization: Bearer {token}"],
    "ip4": ["l'imprimante est sur {ip4}", "connexion refusée depuis {ip4}"],
    "ip6": ["la box répond sur {ip6}", "adresse IPv6 : {ip6}"],
    "mac": ["adresse MAC du PC : {mac}", "autoriser {mac} sur la box"],
    "gps": ["rendez-vous ici : {gps}", "on est garés à {gps}"],
    "neg": ["La commande {order} part le {date}.", "Facture {invoice}, montant {price}.", "Mise à jour {version} installée, commit {hash}.",
            "Le {product} est en promo à {price}.", "{company} passera le {date} à {time}.", "Gros bouchon {street} ce matin.",
            "N° de dossier {badcard}", "Colis {qty}, identifiant {uuid}", "Réunion salle {room}, site de {city}.", "capteur : {sensor}"],
    "clean": ["Merci beaucoup !", "J'ai 10 min de retard, désolé", "Ça marche, à tout à l'heure.", "Tu peux revérifier demain ?", "Rien d'urgent.", "Les enfants ont adoré 😊"],
}
F = {
    "hello": ["Bonjour {first2},", "Madame, Monsieur,", "Bonjour {person2},", "Salut {first2} !"],
    "bye": ["Bien cordialement,\n{person}", "Merci d'avance,\n{first}", "Bises, {first}", "-- \n{person}\nTél. {phone}"],
    "wrote": ["Le {date} à {time}, {person2} <{email2}> a écrit :", "{person2} a écrit le {date} :"],
    "subject": ["RE: commande {order}", "RE: rendez-vous jeudi", "TR: bail", "RE: petite question"],
    "clinic_title": ["Compte rendu de consultation", "Urgences – note d'observation", "Cabinet médical – suivi"],
    "clinic": ["Patient se plaint d'un mal de gorge depuis 3 jours, apyrétique.", "TA 12/8, FC 74.", "Renouvellement ordonnance.", "Revoir dans 15 jours.", "Allergie : pénicilline."],
    "courier": ["Note livreur : déposer chez la gardienne", "Absent, avis de passage laissé", "Réceptionné par {first}", "Code porte 4417B"],
    "crm": ["Appel avec {person} : souhaite changer d'offre", "Message laissé sur répondeur", "Client mécontent du retard, geste commercial 10 %", "Relance semaine prochaine"],
    "receipt_shop": ["CARREFOUR MARKET", "MONOPRIX", "LEROY MERLIN {n}"],
    "receipt_items": ["LAIT DEMI-ECR 1L", "BANANES", "PILES AA X8", "ESSUIE-TOUT", "HUILE D'OLIVE"],
    "receipt_end": ["MERCI DE VOTRE VISITE", "CONSERVEZ VOTRE TICKET"],
    "bank_title": ["Confirmation de virement", "Votre virement a bien été émis"],
    "cal_summary": ["Détartrage dentiste", "Réunion parents-profs", "État des lieux", "Point trimestriel"],
    "chat_extra": ["mdr ok", "j'arrive 🚗", "ok merci 👍", "quoi ??", "pas de souci !"],
    "L": {"name": "Nom", "first": "Prénom", "last": "Nom", "dob": "Date de naissance", "addr": "Adresse", "phone": "Téléphone",
          "email": "Courriel", "card": "N° de carte", "iban": "IBAN", "pwd": "Mot de passe", "date": "Date", "total": "TOTAL", "ssn": "SSN",
          "sender": "Émetteur", "recipient": "Bénéficiaire", "amount": "Montant", "reference": "Libellé", "notes": "Remarques",
          "start": "Date d'entrée", "emergency": "Personne à prévenir", "position": "Poste", "account": "Compte", "patient": "Patient(e)",
          "next": "Prochain RDV", "parcel": "N° de suivi", "deliver_to": "Livrer à",
          "nid": {"nir": "N° de sécurité sociale", "taxid": "Numéro fiscal", "passport": "N° de passeport"}},
}

# Autres tournures, pour varier les indices.
S["phone"] += ["tél. fixe : {phone}", "joignable au {phone} en semaine", "mon 06 a changé : {phone}", "SMS au {phone} svp", "n° {phone}"]
S["email"] += ["répondez à {email}", "adresse électronique : {email}", "mon mail perso c'est {email}"]
S["dob"] += ["anniversaire le {dob}", "né(e) le {dob} à Lyon", "date de naiss. {dob}"]
S["nid"] += ["ci-joint mon {nid_label} : {nid}", "{nid_label} {nid} (attestation jointe)"]
S["pwd"] += ["identifiant = mon mail, mot de passe = {pwd}", "code d'accès {pwd}", "le mdp du compte est {pwd}"]
S["addr"] += ["j'habite {addr}", "Adresse postale : {addr}"]
