"""What a key says its value is not: keys whose values are places, dates, vehicles,
insurers, plans, courses, genders, statuses or nationalities, in many languages, so that
a name the tagger found in such a value ("Place of birth: Tamale", "Vehicle: Kia Picanto",
"Assureur: Chanas", "Τόπος γέννησης: Πάφος") is none.

A key's words are matched on their start: a stem of five letters or more starts a word
("naiss" in "naissance"), a shorter one is the whole word ("sex", "ort", "性别").
"""

from __future__ import annotations

import re

__all__ = ["no_name_key"]

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
    "company compañía empresa entreprise société firma unternehmen organisation "
    "organization organización organisme organizzazione organização organizacja employer "
    "arbeitgeber empleador employeur azienda società bedrijf werkgever εταιρεία οργανισμός "
    "компания организация شركة مؤسسة 公司 单位 会社 회사 şirket kuruluş shoqëri kompani "
    "assegur "
    # language, religion, occupation
    "language langue idioma lingua sprache religion occupation profes beruf ocupación "
    "profesión"
)
_STEMS = _STEM_TEXT.split()
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
