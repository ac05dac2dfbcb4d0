"""What a key says its value is not: keys whose values are places, dates, vehicles,
insurers, plans, courses, genders, statuses or nationalities, in many languages, so that
a name the tagger found in such a value ("Place of birth: Tamale", "Vehicle: Kia Picanto",
"Assureur: Chanas", "Τόπος γέννησης: Πάφος") is none.

A key's words are matched on their start: a stem of five letters or more starts a word
("naiss" in "naissance"), a shorter one is the whole word ("sex", "ort", "性别").
"""

from __future__ import annotations

import re

__all__ = ["name_in_key", "no_name_key", "person_key"]

_STEM_TEXT = (
    # birth (a birth date's or birth place's value is a date and a town)
    "birth born naiss nacim nasc naix naște naşte naști nașt geburt geboren geboorte urodz "
    "rođen rojstv syntym fødsel födelse doğum γέννησ γεννη рожд народж ولاد ميلاد 出生 生年 "
    "lindj datëlindj vendlindj "
    # place, town, country, municipality
    "city town ville ciudad città cidade stadt ort plaats miasto město oraș oras qytet πόλη "
    "город مدينة 城市 市 localidad localité località municipio comune place lieu lugar luogo "
    "local τόπος место مكان country pays país paese land kraj țară ţară χώρα страна بلد 国 "
    "municip district distrito région region province provincia estado state "
    # nationality, citizenship
    "national nacional nazional staatsang citizen cetățen cetăţen ciudadan shtetës υπηκοό "
    "гражданств جنسية 国籍 "
    # vehicle, make, model
    "vehic véhic vehíc veicol automob automjet fahrzeug voertuig pojazd όχημα автомоб "
    "مركبة 车辆 make model modèle modelo marca marque brand "
    # gender, status
    "gender sex genre sexo geschlecht płeć φύλο пол جنس 性别 gjini status estado état stato "
    "statut κατάσταση статус حالة 状态 "
    # insurer, bank
    "insur assur asegur assicur versicher versekeraar ubezpiecz ασφαλ страх تأمين 保险 "
    "bank banco banque "
    # plan, package, programme, course, subject
    "plan package paquete forfait pacchetto paket paketa tarif programme program programa "
    "πρόγραμμα course subject module asignatura matière materia fach lëndë μάθημα предмет "
    "filière carrera curso "
    # company, organisation, employer
    "company compañía empresa entreprise société unternehmen organisation "
    "organization organización organisme organizzazione organização organizacja employer "
    "arbeitgeber empleador employeur azienda società bedrijf werkgever εταιρεία οργανισμός "
    "компания организация شركة مؤسسة 公司 单位 会社 회사 şirket kuruluş shoqëri kompani "
    "assegur "
    # a spreadsheet's sheet
    "sheet hoja feuil blatt folha foglio arkusz лист ورقة 工作表 "
    # language, religion, occupation
    "language langue idioma lingua sprache religion occupation profes beruf ocupación "
    "profesión"
)
_STEMS = _STEM_TEXT.casefold().split()  # casefolded as keys are (a final sigma too)
_LONG = tuple(s for s in _STEMS if len(s) >= 5)
_SHORT = frozenset(s for s in _STEMS if len(s) < 5)
_CASELESS = tuple(s for s in _STEMS if not any(c.isupper() or c.islower() for c in s))
_WORD_RE = re.compile(r"[^\W\d_]+")


def no_name_key(words: str) -> bool:
    """Whether a key (its words, case-folded: `_structure.key_words`) names a value that
    holds no person's name."""
    if any(w in _SHORT or w.startswith(_LONG) for w in _WORD_RE.findall(words)):
        return True
    # scripts written without spaces: the stem anywhere in the key ("出生地", "国籍")
    return not words.isascii() and any(s in words for s in _CASELESS)


# Keys of a person's role: the value is that person's name when it has a name's shape.
_ROLE_TEXT = (
    "father mother parent guardian spouse husband wife witness patient driver customer "
    "client payee payer beneficiary recipient sender holder owner tenant applicant contact "
    "employee insured claimant debtor creditor signatory physician "
    "père mère tuteur tutrice époux épouse conjoint témoin conducteur chauffeur "
    "bénéficiaire destinataire expéditeur titulaire propriétaire locataire demandeur assuré "
    "débiteur créancier médecin padre madre tutor cónyuge esposo esposa testigo paciente "
    "chofer cliente beneficiario destinatario remitente propietario inquilino solicitante "
    "asegurado deudor acreedor médico mãe cônjuge testemunha motorista beneficiário "
    "destinatário remetente proprietário requerente segurado devedor credor consumidor "
    "coniuge marito moglie testimone paziente conducente autista mittente titolare "
    "proprietario richiedente assicurato debitore creditore vater mutter elternteil vormund "
    "ehegatte ehemann ehefrau zeuge zeugin fahrer fahrerin kunde kundin empfänger absender "
    "inhaber inhaberin eigentümer mieter antragsteller versicherte schuldner gläubiger arzt "
    "ärztin vader moeder ouder voogd echtgenoot echtgenote getuige patiënt bestuurder klant "
    "ontvanger afzender houder eigenaar huurder aanvrager verzekerde förälder "
    "vårdnadshavare vittne förare mottagare avsändare innehavare ägare hyresgäst sökande "
    "fader moder forælder vidne chauffør modtager afsender indehaver ejer lejer isä äiti "
    "huoltaja puoliso todistaja potilas kuljettaja asiakas vastaanottaja lähettäjä haltija "
    "omistaja vuokralainen hakija saaja maksaja ojciec matka rodzic opiekun małżonek "
    "małżonka świadek pacjent kierowca klient odbiorca nadawca właściciel najemca "
    "wnioskodawca tatăl tatal mama părinte tutore soț soție martor pacient șofer conducător "
    "beneficiar destinatar expeditor titular proprietar chiriaș babai nëna prindi "
    "kujdestari bashkëshorti dëshmitar pacienti drejtuesi shoferi klienti marrësi dërguesi "
    "pronari πατέρας μητέρα γονέας κηδεμόνας σύζυγος μάρτυρας ασθενής οδηγός πελάτης "
    "παραλήπτης αποστολέας δικαιούχος κάτοχος отец мать родитель опекун супруг супруга "
    "свидетель пациент водитель клиент получатель отправитель владелец арендатор заявитель "
    "батько мати баща майка baba anne veli tanık hasta sürücü müşteri alıcı gönderen "
    "kiracı başvuran missier omm ġenitur xhud pazjent sewwieq klijent الأب الأم الزوج "
    "الزوجة شاهد المريض السائق العميل المستلم المرسل المالك المستأجر 父亲 母亲 监护人 "
    "配偶 证人 患者 病人 司机 客户 收件人 寄件人 持有人 业主 家長 監護人 保護者 운전자 환자 보호자"
)
_ROLES = frozenset(_ROLE_TEXT.casefold().split())
_ROLE_LONG = tuple(s for s in _ROLES if len(s) >= 6 and s.isascii())


def person_key(words: str) -> bool:
    """Whether a key (its words, case-folded) names a person's role ("Mère", "Martor",
    "Beneficiary", "监护人"): a name-shaped value is that person's name."""
    return any(w in _ROLES or w.startswith(_ROLE_LONG) for w in _WORD_RE.findall(words))


# A name's word in a key of more words ("Nom de l'enfant", "اسم المريض", "病患姓名"): the value
# is a name unless the key names a thing's name (a file's, a product's, a device's ...).
_NAME_WORDS = frozenset(
    "name names nombre nombres nom noms nome nomi imię imie имя ime isim adı naam navn namn "
    "nimi név όνομα ονοματεπώνυμο اسم الاسم שם नाम nama tên 이름 성명 familienname "
    "vorname nachname".casefold().split()
)
_NAME_CASELESS = ("姓名", "氏名", "名前", "名字")
_THING_TEXT = (
    "file fichier archivo datei product produit producto produkt user usuario utilisateur "
    "benutzer login host device appareil dispositivo domain project projet proyecto app "
    "application event evento team équipe equipo group grupo company business shop store "
    "tienda hotel restaurant school école escuela bank banco course network réseau wifi "
    "ssid server serveur database field champ campo variable column table brand item "
    "article artículo medication médicament medicamento drug pet mascota animal tier "
    "street rue calle via strasse straße plan package"
)
_THINGS = frozenset(_THING_TEXT.split())


def name_in_key(words: str) -> bool:
    """Whether a key of several words names a person's name ("Nom de l'enfant",
    "Nombres y apellidos", "اسم المريض", "病患姓名"), not a thing's ("File name")."""
    found = _WORD_RE.findall(words)
    if any(w in _THINGS for w in found):
        return False
    if any(w in _NAME_WORDS for w in found):
        return True
    return not words.isascii() and any(n in words for n in _NAME_CASELESS)
