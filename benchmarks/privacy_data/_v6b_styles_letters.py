# ruff: noqa: RUF001  (multilingual text: Cyrillic and Bengali letters are intended)
"""Free-text letters in the local language: complaints to a council/utility, clinic reasons."""

from _v6b_doc import Doc
from _v6b_lex import LANG
from _v6b_places import street
from _v6b_profile import Profile
from _v6b_styles_docs import _date

# {S} = street named outside any address (not labelled); the values are appended by code
LETTER = {
    "en": ("To the Barangay / Town Council,\n\nI wish to complain about the broken streetlight on {S}; "
           "it has been dark for three weeks and kids walk there at night.",
           "My details: ", "Pls contact me at ", "Thank you po." ),
    "bn": ("বরাবর, ওয়ার্ড কাউন্সিলর\n\n{S}-এ গত তিন সপ্তাহ ধরে ড্রেন বন্ধ, পানি জমে আছে। দ্রুত ব্যবস্থা নেওয়ার অনুরোধ করছি।",
           "আমার তথ্য: ", "যোগাযোগ: ", "ধন্যবাদান্তে"),
    "sr": ("Gradskoj upravi,\n\nŽalim se na rupu na kolovozu u ulici {S}, već mesec dana niko ne reaguje.",
           "Podnosilac: ", "Kontakt: ", "Unapred hvala,"),
    "mt": ("Lill-Kunsill Lokali,\n\nNixtieq nilmenta dwar id-dawl tat-triq imkisser fi {S}; ilu tliet ġimgħat mitfi.",
           "Id-dettalji tiegħi: ", "Ikkuntattjani fuq ", "Grazzi,"),
    "is": ("Til Reykjavíkurborgar,\n\nÉg vil kvarta yfir holu í götunni við {S}, hún hefur verið þar í mánuð.",
           "Sendandi: ", "Hafið samband í ", "Með kveðju,"),
    "ru": ("В акимат района\n\nПрошу принять меры: на {S} уже месяц не работает уличное освещение.",
           "Заявитель: ", "Связь: ", "С уважением,"),
    "pt": ("À Administração Municipal,\n\nVenho por este meio reclamar do lixo acumulado na {S} há mais de duas semanas.",
           "Os meus dados: ", "Contacto: ", "Atenciosamente,"),
    "es": ("Sres. Intendencia,\n\nQuiero reclamar por el contenedor de basura roto en {S}, hace tres semanas que nadie lo cambia.",
           "Mis datos: ", "Me pueden ubicar al ", "Saludos cordiales,"),
}  # fmt: skip

LETTER_EN = {
    "en_SG": ("Dear Sir/Mdm,\n\nRe: feedback to Town Council. The lift at my block along {S} has been "
              "down since last Fri, the elderly cannot go down. Pls fix asap.",
              "Name & address: ", "HP: ", "Thanks & regards,"),
    "en_NG": ("The Chairman,\nLocal Government Council\n\nSir,\n\nCOMPLAINT ON BLOCKED DRAINAGE ALONG {S}. "
              "Since the rains started the gutter is blocked and water enters our compound.",
              "Complainant: ", "Phone: ", "Yours faithfully,"),
}  # fmt: skip


def complaint_letter(rng, loc, L):
    d = Doc()
    me = Profile(rng, loc)
    body, mine, contact, bye = LETTER_EN.get(loc) or LETTER[LANG[loc]]
    d.t(_date(rng, loc, 2026, 2026) + "\n\n" + body.format(S=street(rng, loc)) + "\n\n" + mine)
    d.v("person", me.name).t(", ")
    d.v("address", ", ".join(me.addr)).t(f", {me.id_label} ").v("national_id", me.id).t("\n")
    sep = "" if LANG[loc] in ("bn", "ru") and rng.random() < 0.5 else " "
    d.t(contact.rstrip() + sep).v("phone", me.phone)
    if rng.random() < 0.6:
        d.t(" / ").v("email", me.email)
    d.t(f"\n\n{bye}\n").v("person", me.name)
    return d


STYLES = {"complaint_letter": complaint_letter}
