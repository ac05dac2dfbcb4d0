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
    body = body.format(S=street(rng, loc))
    if rng.random() < 0.35:
        body = typo(rng, body)
    if rng.random() < 0.2:
        body = body.lower()
    d.t(_date(rng, loc, 2026, 2026) + "\n\n" + body + "\n\n" + mine)
    d.v("person", me.name).t(", ")
    d.v("address", ", ".join(me.addr)).t(f", {me.id_label} ").v("national_id", me.id).t("\n")
    sep = "" if LANG[loc] in ("bn", "ru") and rng.random() < 0.5 else " "
    d.t(contact.rstrip() + sep).v("phone", me.phone)
    if rng.random() < 0.6:
        d.t(" / ").v("email", me.email)
    d.t(f"\n\n{bye}\n").v("person", me.name)
    return d


STYLES = {"complaint_letter": complaint_letter}


# notary / court summaries: prose with several parties. Slots: {N}=notary, {A},{B}=parties,
# {AD},{BD}=their birth dates, {AI},{BI}=ids, {AA},{BA}=addresses, {P}=property address,
# {ACC}=seller's account (iban kind if the country has IBAN), {DATE}, {SUM}: unlabelled.
NOTARY = {
    "en": "NOTARIAL SUMMARY\n\nOn {DATE}, before me, {N}, Notary Public, personally appeared {A}, born "
    "{AD}, holder of {AIL} {AI}, residing at {AA} (the Seller), and {B}, born {BD}, holder of {BIL} "
    "{BI}, residing at {BA} (the Buyer). The Seller transfers to the Buyer the condominium unit at "
    "{P} for {SUM}, paid by bank transfer to the Seller's account {ACC}. Both parties confirmed "
    "their identity and signed in my presence.",
    "bn": "নোটারি সারসংক্ষেপ\n\n{DATE} তারিখে আমার, নোটারি পাবলিক {N}-এর সামনে বিক্রেতা {A} (জন্ম তারিখ {AD}, "
    "{AIL} {AI}, ঠিকানা: {AA}) এবং ক্রেতা {B} (জন্ম তারিখ {BD}, {BIL} {BI}, ঠিকানা: {BA}) উপস্থিত হন। "
    "বিক্রেতা {P} ঠিকানার ফ্ল্যাটটি {SUM} মূল্যে হস্তান্তর করেন; মূল্য বিক্রেতার হিসাব {ACC}-এ পরিশোধিত।",
    "sr": "IZVOD IZ NOTARSKOG ZAPISA\n\nDana {DATE} pred javnim beležnikom {N} pristupili su {A}, rođen(a) "
    "{AD}, {AIL} {AI}, sa prebivalištem u {AA}, kao prodavac, i {B}, rođen(a) {BD}, {BIL} {BI}, "
    "sa prebivalištem u {BA}, kao kupac. Predmet ugovora je stan u {P}, kupoprodajna cena {SUM}, "
    "uplaćuje se na račun prodavca {ACC}.",
    "mt": "SOMMARJU NUTARILI\n\nFil-{DATE}, quddiemi, Nutar {N}, dehru {A}, imwieled/imwielda fil-{AD}, "
    "{AIL} {AI}, residenti f' {AA}, bħala bejjiegħ, u {B}, imwieled/imwielda fil-{BD}, {BIL} {BI}, "
    "residenti f' {BA}, bħala xerrej. Il-bejgħ huwa tal-flat f' {P} għall-prezz ta' {SUM}, "
    "imħallas fil-kont {ACC}.",
    "is": "ÚTDRÁTTUR ÚR KAUPSAMNINGI\n\nHinn {DATE} komu fyrir {N}, lögbókanda, {A}, fædd(ur) {AD}, {AIL} "
    "{AI}, til heimilis að {AA}, seljandi, og {B}, fædd(ur) {BD}, {BIL} {BI}, til heimilis að {BA}, "
    "kaupandi. Selt er íbúð að {P} fyrir {SUM}, greitt inn á reikning seljanda {ACC}.",
    "ru": "ВЫПИСКА ИЗ НОТАРИАЛЬНОГО АКТА\n\n{DATE} мной, нотариусом {N}, удостоверен договор купли-продажи "
    "между {A}, дата рождения {AD}, {AIL} {AI}, проживающим(ей) по адресу: {AA} (продавец), и {B}, "
    "дата рождения {BD}, {BIL} {BI}, проживающим(ей) по адресу: {BA} (покупатель). Предмет: квартира "
    "по адресу {P}, цена {SUM}, оплата на счёт продавца {ACC}.",
    "pt": "EXTRACTO DE ESCRITURA\n\nAos {DATE}, perante mim, {N}, notário, compareceram {A}, nascido(a) a "
    "{AD}, portador(a) do {AIL} {AI}, residente em {AA}, como vendedor(a), e {B}, nascido(a) a {BD}, "
    "portador(a) do {BIL} {BI}, residente em {BA}, como comprador(a). Objecto: apartamento sito na "
    "{P}, pelo preço de {SUM}, pago por transferência para a conta {ACC}.",
    "es": "RESUMEN DE ESCRITURA\n\nEn Montevideo, el {DATE}, ante mí, Esc. {N}, comparecen {A}, nacido/a el "
    "{AD}, titular de {AIL} {AI}, domiciliado/a en {AA}, como vendedor/a, y {B}, nacido/a el {BD}, "
    "titular de {BIL} {BI}, domiciliado/a en {BA}, como comprador/a. Objeto: apartamento en {P}, "
    "precio {SUM}, a depositar en la cuenta {ACC}.",
}


def _sum(rng, loc: str) -> str:
    from _v6b_lex import CURRENCY

    x = f"{rng.randint(30, 900) * 1000:,}"
    if LANG[loc] == "ru":
        x = x.replace(",", " ")
    elif LANG[loc] not in ("en", "bn", "mt"):
        x = x.replace(",", ".")
    return CURRENCY[loc] + x


def typo(rng, s: str) -> str:
    """Swap two adjacent letters inside one longer word (casual writing)."""
    words = s.split(" ")
    cands = [k for k, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not cands:
        return s
    k = rng.choice(cands)
    w = words[k]
    j = rng.randrange(1, len(w) - 2)
    words[k] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def notary_summary(rng, loc, L):
    import re

    from _v6b_places import one_line

    d = Doc()
    n, a, b = Profile(rng, loc), Profile(rng, loc), Profile(rng, loc)
    acc = ("iban", a.iban) if a.iban else (None, a.bank_acc)
    slots = {
        "N": ("person", n.name), "A": ("person", a.name), "B": ("person", b.name),
        "AD": ("dob", a.dob), "BD": ("dob", b.dob), "AIL": (None, a.id_label),
        "AI": ("national_id", a.id), "BIL": (None, b.id_label), "BI": ("national_id", b.id),
        "AA": ("address", ", ".join(a.addr)), "BA": ("address", ", ".join(b.addr)),
        "P": ("address", one_line(rng, loc)), "ACC": acc,
        "DATE": (None, _date(rng, loc, 2025, 2026)),
        "SUM": (None, _sum(rng, loc)),
    }  # fmt: skip
    for k, part in enumerate(re.split(r"\{(\w+)\}", NOTARY[LANG[loc]])):
        if k % 2 == 0:
            d.t(part)
        else:
            kind, val = slots[part]
            d.v(kind, val) if kind else d.t(val)
    return d


STYLES["notary_summary"] = notary_summary
