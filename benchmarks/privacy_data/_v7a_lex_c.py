# ruff: noqa: RUF001
"""Extra chat prompts per locale (card complaints, location questions), written by hand."""

EXTRA_Q = {
    "ro_MD": [
        "mi s-au retras bani de 2 ori de pe cardul {card}, scrie o reclamatie catre banca",
        "care e cea mai apropiata farmacie de mine? sunt la {gps}",
    ],
    "el_CY": [
        "Μου χρέωσαν δύο φορές την κάρτα {card}, γράψε μου ένα παράπονο στην τράπεζα",
        "ποιο είναι το πιο κοντινό φαρμακείο; είμαι στο {gps}",
    ],
    "en_GH": [
        "they debited my card {card} twice, pls help me write a complaint to the bank",
        "which pharmacy is closest to me? my location is {gps}",
    ],
    "sq_AL": [
        "me kane terhequr dy here leket nga karta {card}, me shkruaj nje ankese per banken",
        "cila eshte farmacia me e afert? jam te {gps}",
    ],
    "ca_ES": [
        "m'han cobrat dues vegades a la targeta {card}, escriu-me una reclamació per al banc",
        "quina és la farmàcia més propera? soc a {gps}",
    ],
    "lb_LU": [
        "si hunn zweemol vu menger Kaart {card} ofgebucht, schreif mer eng Reklamatioun",
        "wou ass déi nootste Apdikt? ech sinn um {gps}",
    ],
    "ar_MA": [
        "l'banque khdat liya jouj merrat mn la carte {card}, kteb liya réclamation",
        "fin kayna akrab pharmacie? ana f {gps}",
    ],
    "ar_JO": [
        "انسحب المبلغ مرتين من بطاقتي {card}، اكتبلي شكوى للبنك",
        "وين أقرب صيدلية؟ موقعي {gps}",
    ],
    "fr_CM": [
        "on a débité ma carte {card} deux fois, aide moi à écrire une réclamation à la banque",
        "quelle est la pharmacie de garde la plus proche ? je suis à {gps}",
    ],
    "af_ZA": [
        "hulle het my kaart {card} twee keer gedebiteer, skryf asb n klagte aan die bank",
        "waar is die naaste apteek? ek is by {gps}",
    ],
}
