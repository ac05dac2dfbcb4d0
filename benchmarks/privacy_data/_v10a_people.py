# ruff: noqa: RUF001
"""Persons for the v10a set: names from the hand-written pools plus their personal values."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from _v10a_names import (
    AF_FAMILY,
    AF_FEMALE,
    AF_MALE,
    BA_FAMILY,
    BA_FEMALE,
    BA_MALE,
    KG_FAMILY,
    KG_FEMALE,
    KG_MALE,
    MV_FEMALE,
    MV_MALE,
    MV_SECOND,
    NI_COAST,
    NI_FAMILY,
    NI_FEMALE,
    NI_MALE,
    QA_EXPAT,
    QA_FAMILY,
    QA_FEMALE,
    QA_MALE,
    RW_CHRISTIAN_F,
    RW_CHRISTIAN_M,
    RW_KINYA_F,
    RW_KINYA_M,
    SO_FAMILY,
    SO_FEMALE,
    SO_MALE,
    TJ_FAMILY,
    TJ_FEMALE,
    TJ_MALE,
    TT_FAMILY,
    TT_FEMALE,
    TT_MALE,
)
from _v10a_places import address
from _v10a_values import (
    af_tazkira,
    cedula_ni,
    dob,
    jmbg,
    kg_pin,
    mv_nid,
    passport,
    phone,
    qa_qid,
    rw_nid,
    so_nira,
    tj_inn,
    tt_nid,
)

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "ӣ": "i", "ӯ": "u", "ҳ": "h", "қ": "q", "ғ": "gh", "ҷ": "j",
    "ү": "u", "ө": "o", "ң": "ng", "ә": "a",
}


def cyr_to_lat(s: str) -> str:
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in _CYR:
            t = _CYR[lo]
            out.append(t.capitalize() if ch != lo and t else t)
        else:
            out.append(ch)
    return "".join(out)


_BA_CYR = [("Dž", "Џ"), ("dž", "џ"), ("Lj", "Љ"), ("lj", "љ"), ("Nj", "Њ"), ("nj", "њ")]
_BA_ONE = dict(zip("ABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽabcčćdđefghijklmnoprsštuvzž",
                   "АБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖабцчћдђефгхијклмнопрсштувзж", strict=True))


def ba_to_cyr(s: str) -> str:
    for a, b in _BA_CYR:
        s = s.replace(a, b)
    return "".join(_BA_ONE.get(ch, ch) for ch in s)


def ascii_fold(s: str) -> str:
    s = s.replace("đ", "dj").replace("Đ", "Dj").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def so_anglicise(s: str) -> str:
    fixed = {"Maxamed": "Mohamed", "Cali": "Ali", "Axmed": "Ahmed", "Xasan": "Hassan", "Xuseen": "Hussein",
             "Cumar": "Omar", "Ismaaciil": "Ismail", "Cabdullaahi": "Abdullahi", "Faadumo": "Fadumo",
             "Caasha": "Asha", "Xaliimo": "Halima", "Siciid": "Said", "Saciid": "Said"}
    out = []
    for w in s.split():
        if w in fixed:
            out.append(fixed[w])
            continue
        w = w.replace("Cabd", "Abd").replace("aa", "a").replace("ii", "i").replace("uu", "u").replace("oo", "o").replace("ee", "e")
        if w.startswith("C"):
            w = w[1:].capitalize()
        w = w.replace("x", "h").replace("X", "H").replace("c", "")
        out.append(w)
    return " ".join(out)


SERB_CROAT = set(["Dragan", "Nenad", "Milorad", "Goran", "Zoran", "Slobodan", "Dejan", "Bojan", "Srđan", "Ognjen", "Nikola", "Milica", "Jelena", "Dragana", "Snežana", "Tijana", "Mirjana", "Vesna", "Tanja", "Ljiljana", "Nevena", "Anđela", "Dunja"])
SERB_FAM = set(["Petrović", "Savić", "Đurić", "Simić", "Todorović", "Lukić", "Mitrović", "Stanković", "Vidović", "Njegić"])


@dataclass
class Person:
    loc: str
    female: bool
    given: str
    family: str
    full: str
    given_r: str
    family_r: str
    full_r: str
    formal: str = ""
    father: str = ""
    nat: str = ""
    extra: dict = field(default_factory=dict)
    dob: object = None
    nid: str = ""
    phone: str = ""
    email: str = ""
    addr: str = ""
    addr_lines: tuple = ()
    city: str = ""
    gps: tuple = ()


def _tj_family(stem: str, female: bool) -> str:
    if female and (stem.endswith("ов") or stem.endswith("ев") or stem.endswith("ин")):
        return stem + "а"
    return stem


def make_name(rng, loc):
    female = rng.random() < 0.47
    if loc == "ps_AF":
        g = rng.choice(AF_FEMALE if female else AF_MALE)
        f = rng.choice(AF_FAMILY)
        fa = rng.choice(AF_MALE)
        return dict(female=female, given=g[0], family=f[0], full=f"{g[0]} {f[0]}", given_r=g[1], family_r=f[1],
                    full_r=f"{g[1]} {f[1]}", father=fa[0], extra={"father_r": fa[1]})
    if loc in ("tg_TJ", "ky_KG"):
        males, females, fams = (TJ_MALE, TJ_FEMALE, TJ_FAMILY) if loc == "tg_TJ" else (KG_MALE, KG_FEMALE, KG_FAMILY)
        g = rng.choice(females if female else males)
        fa = rng.choice([m for m in males if m[-1] not in "аоуэиыяӣ"] or males)
        if loc == "ky_KG" and rng.random() < 0.2:
            fam = f"{fa} {'кызы' if female else 'уулу'}"
            full = f"{g} {fam}"
            return dict(female=female, given=g, family=fam, full=full, given_r=cyr_to_lat(g), family_r=cyr_to_lat(fam),
                        full_r=cyr_to_lat(full), formal=full, father=fa)
        fam = _tj_family(rng.choice(fams), female)
        stem = fa[:-1] + "е" if fa.endswith("й") else fa + "о"
        patr = stem + ("вна" if female else "вич")
        return dict(female=female, given=g, family=fam, full=f"{g} {fam}", given_r=cyr_to_lat(g), family_r=cyr_to_lat(fam),
                    full_r=f"{cyr_to_lat(g)} {cyr_to_lat(fam)}", formal=f"{fam} {g} {patr}", father=fa)
    if loc == "ar_QA":
        if rng.random() < 0.35:
            g, f, nat, sex = rng.choice(QA_EXPAT)
            female = sex == "f"
            return dict(female=female, given=g, family=f, full=f"{g} {f}", given_r=g, family_r=f, full_r=f"{g} {f}", nat=nat)
        g = rng.choice(QA_FEMALE if female else QA_MALE)
        fa = rng.choice(QA_MALE)
        f = rng.choice(QA_FAMILY)
        return dict(female=female, given=g[0], family=f[0], full=f"{g[0]} {fa[0]} {f[0]}", given_r=g[1], family_r=f[1],
                    full_r=f"{g[1]} {fa[1]} {f[1]}", nat="634", father=fa[0])
    if loc == "so_SO":
        g = rng.choice(SO_FEMALE if female else SO_MALE)
        fa = rng.choice(SO_FAMILY)
        gf = rng.choice([x for x in SO_FAMILY if x != fa])
        fam = f"{fa} {gf}"
        return dict(female=female, given=g, family=fam, full=f"{g} {fam}", given_r=so_anglicise(g), family_r=so_anglicise(fam),
                    full_r=so_anglicise(f"{g} {fam}"), father=fa)
    if loc == "rw_RW":
        k = rng.choice(RW_KINYA_F if female else RW_KINYA_M)
        c = rng.choice(RW_CHRISTIAN_F if female else RW_CHRISTIAN_M)
        full = f"{k} {c}" if rng.random() < 0.55 else f"{c} {k}"
        return dict(female=female, given=c, family=k, full=full, given_r=ascii_fold(c), family_r=k, full_r=ascii_fold(full))
    if loc == "es_NI":
        if rng.random() < 0.12:
            g, f, sex = rng.choice(NI_COAST)
            return dict(female=sex == "f", given=g, family=f, full=f"{g} {f}", given_r=g, family_r=f, full_r=f"{g} {f}")
        g = rng.choice(NI_FEMALE if female else NI_MALE)
        f1, f2 = rng.sample(NI_FAMILY, 2)
        fam = f"{f1} {f2}"
        return dict(female=female, given=g, family=fam, full=f"{g} {fam}", given_r=ascii_fold(g), family_r=ascii_fold(fam),
                    full_r=ascii_fold(f"{g} {fam}"))
    if loc == "bs_BA":
        g = rng.choice(BA_FEMALE if female else BA_MALE)
        serb = g in SERB_CROAT
        fams = [x for x in BA_FAMILY if (x in SERB_FAM) == serb] if rng.random() < 0.85 else BA_FAMILY
        f = rng.choice(fams)
        cyr = serb and f in SERB_FAM and rng.random() < 0.5
        full = f"{g} {f}"
        if cyr:
            return dict(female=female, given=ba_to_cyr(g), family=ba_to_cyr(f), full=ba_to_cyr(full), given_r=ascii_fold(g),
                        family_r=ascii_fold(f), full_r=ascii_fold(full), extra={"cyr": True, "latin": full})
        return dict(female=female, given=g, family=f, full=full, given_r=ascii_fold(g), family_r=ascii_fold(f), full_r=ascii_fold(full),
                    extra={"latin": full})
    if loc == "dv_MV":
        g = rng.choice(MV_FEMALE if female else MV_MALE)
        s = rng.choice([x for x in MV_SECOND if x[1] != g[1]])
        return dict(female=female, given=g[0], family=s[0], full=f"{g[0]} {s[0]}", given_r=g[1], family_r=s[1], full_r=f"{g[1]} {s[1]}")
    if loc == "en_TT":
        g = rng.choice(TT_FEMALE if female else TT_MALE)
        f = rng.choice(TT_FAMILY)
        return dict(female=female, given=g, family=f, full=f"{g} {f}", given_r=g, family_r=f, full_r=f"{g} {f}")
    raise KeyError(loc)


EMAIL_HOSTS = {
    "ps_AF": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"], "tg_TJ": ["mail.ru", "gmail.com", "inbox.ru", "yandex.ru"],
    "ky_KG": ["mail.ru", "gmail.com", "inbox.kg", "list.ru"], "ar_QA": ["gmail.com", "hotmail.com", "qatar.net.qa", "outlook.com"],
    "so_SO": ["gmail.com", "hotmail.com", "yahoo.com"], "rw_RW": ["gmail.com", "yahoo.fr", "outlook.com"],
    "es_NI": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.es"], "bs_BA": ["gmail.com", "hotmail.com", "bih.net.ba", "yahoo.com"],
    "dv_MV": ["gmail.com", "dhivehinet.net.mv", "hotmail.com"], "en_TT": ["gmail.com", "hotmail.com", "yahoo.com", "tstt.net.tt"],
}


def email_for(rng, p, host=None):
    g = ascii_fold(p.given_r).lower().replace(" ", "").replace("-", "")
    f1 = ascii_fold(p.family_r.split()[0] if p.family_r else "").lower().replace("-", "")
    host = host or rng.choice(EMAIL_HOSTS[p.loc])
    y = str(p.dob.year)[2:] if p.dob else str(rng.randint(70, 99))
    local = rng.choice([f"{g}.{f1}", f"{g}{f1}{y}", f"{g[0]}.{f1}", f"{g}_{f1}", f"{f1}.{g}", f"{g}{rng.randint(1, 999)}"])
    return f"{local}@{host}"


def make_person(rng, loc, native_addr=None, city=None):
    d = make_name(rng, loc)
    p = Person(loc=loc, **d)
    p.dob = dob(rng)
    if loc == "ps_AF":
        p.nid = af_tazkira(rng)
    elif loc == "tg_TJ":
        p.nid = tj_inn(rng)
    elif loc == "ky_KG":
        p.nid = kg_pin(rng, p.dob, p.female)
    elif loc == "ar_QA":
        p.nid = qa_qid(rng, p.dob, p.nat or "634")
    elif loc == "so_SO":
        p.nid = so_nira(rng)
    elif loc == "rw_RW":
        p.nid = rw_nid(rng, p.dob, p.female, spaced=rng.random() < 0.5)
    elif loc == "es_NI":
        p.nid = cedula_ni(rng, p.dob)
    elif loc == "bs_BA":
        p.nid = jmbg(rng, p.dob, p.female)
    elif loc == "dv_MV":
        p.nid = mv_nid(rng)
    elif loc == "en_TT":
        p.nid = tt_nid(rng, p.dob)
    p.phone = phone(rng, loc)
    p.email = email_for(rng, p)
    if native_addr is None:
        native_addr = loc in ("ps_AF", "ar_QA", "dv_MV") and rng.random() < 0.4
    p.addr, p.addr_lines, p.city, p.gps = address(rng, loc, native_addr, city)
    p.extra.setdefault("passport", passport(rng, loc))
    return p


NID_CUE = {"ps_AF": "Tazkira No.", "tg_TJ": "РМА", "ky_KG": "ПИН", "ar_QA": "QID", "so_SO": "NIRA ID",
           "rw_RW": "ID No.", "es_NI": "Cédula", "bs_BA": "JMBG", "dv_MV": "ID Card No.", "en_TT": "National ID"}
