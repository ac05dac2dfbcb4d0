# ruff: noqa: RUF001  (en dashes and multiplication signs belong to the realistic texts)
"""Hard-negative styles with no personal data: METAR/TAF, team chess crosstable, assembly
instructions, bank exchange-rate board."""

from __future__ import annotations

import random

from _v8a_doc import Doc
from _v8a_lang import Loc
from _v8a_values import digits

_ICAO = {"BO": ["SLLP", "SLVR", "SLCB"], "CR": ["MROC", "MRLB"], "HT": ["MTPP", "MTCH"], "DZ": ["DAAG", "DAOO", "DABC"],
         "IQ": ["ORBI", "ORER", "ORMM"], "LB": ["OLBA"], "BW": ["FBSK", "FBMN"], "KH": ["VDPP", "VDSA"],
         "FJ": ["NFFN", "NFNA"], "YE": ["OYAA", "OYSN"]}  # fmt: skip


def metar(rng: random.Random, loc: Loc) -> Doc:
    d = Doc()
    for st in rng.sample(_ICAO[loc.cc], k=min(2, len(_ICAO[loc.cc]))):
        day, hh = rng.randint(1, 28), rng.randint(0, 23)
        t = rng.randint(-2, 38)
        wind = f"{rng.randint(0, 36) * 10:03d}{rng.randint(2, 25):02d}KT"
        vis = rng.choice(["9999", "CAVOK", "8000", "6000 HZ"])
        cld = rng.choice(["FEW020", "SCT030 BKN080", "NSC", "FEW015CB SCT100"])
        d.t(
            f"METAR {st} {day:02d}{hh:02d}00Z {wind} {vis} {'' if vis == 'CAVOK' else cld + ' '}{t:02d}/{max(t - rng.randint(2, 20), -9):02d} "
            f"Q{rng.randint(1003, 1025)} {rng.choice(['NOSIG', 'BECMG FM1200 27015KT', 'TEMPO SHRA'])}=\n"
        )
        d.t(
            f"TAF {st} {day:02d}{hh:02d}00Z {day:02d}{(hh + 1) % 24:02d}/{(day % 28) + 1:02d}{(hh + 1) % 24:02d} {wind} 9999 {cld}\n"
            f"  PROB30 TEMPO {day:02d}{(hh + 6) % 24:02d}/{day:02d}{(hh + 10) % 24:02d} 4000 TSRA BKN015CB=\n"
        )
    return d


_CLUBS = {"BO": ["Club de Ajedrez Illimani", "Círculo Potosino", "Academia Cochala", "AJ Santa Cruz"],
          "CR": ["Club Ajedrez Heredia", "Academia Tica", "UCR Ajedrez", "Club Cartago"],
          "HT": ["Club d'échecs de Pétion-Ville", "Cercle du Cap", "Jacmel Échecs", "UEH Échecs"],
          "DZ": ["CE Hydra", "MC Oran Échecs", "Club Cirta", "JS Kabylie Échecs"],
          "IQ": ["نادي الزوراء", "نادي الكرخ", "نادي الميناء", "نادي أربيل"],
          "LB": ["Cercle d'échecs de Beyrouth", "Club Sagesse", "Tripoli Chess Club", "نادي صيدا"],
          "BW": ["Gaborone Chess Club", "UB Knights", "Francistown Rooks", "Maun Chess Academy"],
          "KH": ["Phnom Penh Chess Club", "Siem Reap Knights", "ក្លឹបអុកបាត់ដំបង", "RUPP Chess"],
          "FJ": ["Suva Chess Club", "Lautoka Knights", "Nadi Rooks", "USP Chess"],
          "YE": ["نادي صنعاء للشطرنج", "نادي عدن", "نادي تعز", "نادي المكلا"]}  # fmt: skip


def chess(rng: random.Random, loc: Loc) -> Doc:
    """Team tournament crosstable (club names only)."""
    d = Doc()
    clubs = _CLUBS[loc.cc][:]
    rng.shuffle(clubs)
    d.t(f"Team Championship {rng.randint(2019, 2025)} — Final crosstable (Swiss, 5 rounds)\n")
    d.t("Rk  Team                           1     2     3     4    MP   BP    TB1\n")
    for i, c in enumerate(clubs, 1):
        cells = [
            "  *  "
            if j == i
            else f" {rng.randint(0, 4)}½ "
            if rng.random() < 0.3
            else f"  {rng.randint(0, 4)}  "
            for j in range(1, 5)
        ]
        d.t(
            f"{i:<3} {c:<30}{''.join(cells)}  {rng.randint(0, 10):>2}  {rng.randint(4, 15)}.{rng.choice('05')}  {rng.randint(20, 60)}.5\n"
        )
    d.t(
        f"Arbiter: FIDE rating period {rng.randint(1, 12):02d}/2025 — results submitted {digits(rng, 4)}"
    )
    return d


def assembly(rng: random.Random, loc: Loc, lang: str) -> Doc:
    d = Doc()
    steps = {
        "es": ["Retire todas las piezas de la caja y verifique la lista.", "Fije el panel B al panel A con 4 tornillos M4x12.",
               "Inserte las clavijas de madera (8 mm) en los orificios 3 y 4.", "Apriete sin forzar; no use taladro eléctrico.",
               "Coloque los estantes C sobre los soportes metálicos."],
        "fr": ["Sortez toutes les pièces du carton et vérifiez la liste.", "Fixez le panneau B au panneau A avec 4 vis M4x12.",
               "Insérez les tourillons (8 mm) dans les trous 3 et 4.", "Serrez sans forcer ; pas de visseuse électrique.",
               "Posez les étagères C sur les taquets métalliques."],
        "ht": ["Retire tout moso yo nan bwat la.", "Vise panno B sou panno A ak 4 vis M4x12.", "Mete ti bwa 8 mm yo nan twou 3 ak 4.",
               "Pa sere twò fò.", "Mete etajè C yo sou sipò metal yo."],
        "ar": ["أخرج جميع القطع من الصندوق وتحقق من القائمة.", "ثبّت اللوح B على اللوح A باستخدام 4 براغي M4x12.",
               "أدخل الأوتاد الخشبية (8 مم) في الثقبين 3 و4.", "لا تستخدم المفك الكهربائي.", "ضع الرفوف C على الحوامل المعدنية."],
        "en": ["Unpack all parts and check them against the list.", "Fix panel B to panel A using 4 × M4x12 screws.",
               "Insert the 8 mm dowels into holes 3 and 4.", "Hand-tighten only; do not use a power drill.",
               "Place shelves C on the metal supports."],
        "km": ["យកគ្រឿងទាំងអស់ចេញពីប្រអប់ ហើយពិនិត្យបញ្ជី។", "ភ្ជាប់បន្ទះ B ទៅបន្ទះ A ដោយប្រើខ្ចៅ M4x12 ចំនួន ៤។",
               "ដាក់ឈើស៊ក ៨ មម ក្នុងរន្ធ ៣ និង ៤។", "កុំប្រើម៉ាស៊ីនខួងអគ្គិសនី។", "ដាក់ធ្នើ C លើជើងទ្រដែក។"],
    }[lang]  # fmt: skip
    d.t(
        f"{rng.choice(['KALLAX', 'ESTANTE-3', 'BIBLIO 80', 'SHELF-X2'])} — ref. {digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 2)}\n"
    )
    d.t(
        f"A×2  B×2  C×{rng.randint(2, 5)}  M4x12×{rng.choice([8, 12, 16])}  ⌀8mm×{rng.choice([8, 12])}\n"
    )
    for i, s in enumerate(steps, 1):
        d.t(f"{i}. {s}\n")
    d.t(
        f"Max. load {rng.randint(10, 30)} kg / shelf. Made in {rng.choice(['PL', 'CN', 'VN', 'TR'])}. {rng.randint(2019, 2025)}-{digits(rng, 2)}"
    )
    return d


def fx_board(rng: random.Random, loc: Loc, lang: str) -> Doc:
    """Bank exchange-rate board."""
    d = Doc()
    head = {"es": "TIPO DE CAMBIO", "fr": "COURS DES DEVISES", "ht": "TO CHANJ", "ar": "أسعار صرف العملات",
            "en": "FOREIGN EXCHANGE RATES", "km": "អត្រាប្តូរប្រាក់"}[lang]  # fmt: skip
    d.t(
        f"{head} — {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025 {rng.randint(8, 16)}:00\n"
    )
    d.t("CCY     BUY        SELL\n")
    for ccy in rng.sample(
        ["USD", "EUR", "GBP", "CNY", "ZAR", "AUD", "JPY", "SAR", "AED", "THB"], k=5
    ):
        b = rng.uniform(0.5, 3000)
        d.t(f"{ccy}   {b:>10.4f} {b * rng.uniform(1.005, 1.03):>10.4f}\n")
    d.t(f"Rates indicative; ref {digits(rng, 8)}")
    return d
