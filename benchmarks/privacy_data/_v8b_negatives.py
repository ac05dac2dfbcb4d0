# ruff: noqa: RUF001  (real texts use full-width brackets, the multiplication sign, en dashes)
"""Hard negatives for eval_v8b: texts with no personal data (stock boards, board-game rules,
transit delay announcements) and look-alike snippets sprinkled into other texts (unlabelled)."""

from __future__ import annotations

import _v8b_people as P
import _v8b_phrases as PH
import _v8b_values as V
from _v8b_doc import Doc

TICKERS = {
    "es_PA": ["BGFG", "CCPA", "MHPA", "BNPA", "GRUPO-ASSA"],
    "es_SV": ["BAC", "AGRICOLA", "CAESS", "FSV"],
    "ar_TN": ["BIAT", "SFBT", "PGH", "SAH", "DELICE", "TUNTEL"],
    "ar_KW": ["NBK", "KFH", "ZAIN", "AGILITY", "BOUBYAN"],
    "ar_OM": ["BKMB", "OTEL", "OQGN", "SOHARI", "RAYSUT"],
    "am_ET": ["ETHIO-T", "CBE-B", "AWASH", "DASHEN"],
    "zh_MO": ["0027.HK", "1928.HK", "0880.HK", "MGM", "WYNN"],
    "en_NA": ["FNB", "NAM-B", "CAPRICORN", "ORYX", "SNO"],
    "fr_HT": ["USD/HTG", "EUR/HTG", "DOP/HTG", "CAD/HTG"],
    "ms_BN": ["BIBD", "BAIDURI", "DST", "PROGRESSIF"],
}


def lookalike(rng) -> str:
    k = rng.randrange(10)
    return [
        f"Order #{rng.randrange(10**6, 10**7)}",
        f"v{rng.randrange(1, 9)}.{rng.randrange(20)}.{rng.randrange(30)}-rc{rng.randrange(1, 10)}",  # not a dotted quad
        f"**** **** **** {rng.randrange(1000, 9999)}",
        f"{V.rand_str(rng, 8, '0123456789abcdef')}-{V.rand_str(rng, 4, '0123456789abcdef')}-4{V.rand_str(rng, 3, '0123456789abcdef')}-a{V.rand_str(rng, 3, '0123456789abcdef')}-{V.rand_str(rng, 12, '0123456789abcdef')}",
        f"commit {V.rand_str(rng, 40, '0123456789abcdef')}",
        f"tracking {rng.choice(['1Z', 'RR', 'CP'])}{rng.randrange(10**8, 10**9)}{rng.choice(['PA', 'SV', 'TN', 'US'])}",
        f"SKU-{rng.randrange(1000, 9999)}-{V.rand_str(rng, 3, 'ABCDEFGHJK')}",
        "π ≈ 3.14159265, e ≈ 2.71828",
        f"temp={rng.randrange(18, 44)}.{rng.randrange(10)}C hum={rng.randrange(20, 95)}%",
        f"invoice due {rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/2026, total {rng.randrange(10, 999)}.{rng.randrange(100):02d}",
    ][k]


def stock_board(rng, loc):
    """Stock ticker board (no personal data)."""
    d = Doc()
    head = {
        "es": "Bolsa — cotizaciones",
        "ar": "البورصة — الأسعار",
        "fr": "Cours du jour",
        "en": "MARKET WATCH",
        "am": "የገበያ ዋጋ",
        "zh": "行情",
        "ms": "Pasaran saham",
    }[PH.lang_of(rng, loc)]
    d.t(f"{head}  {rng.randrange(9, 16)}:{rng.randrange(60):02d}\n")
    for t in rng.sample(TICKERS[loc], min(len(TICKERS[loc]), rng.randrange(3, 6))):
        px = rng.uniform(0.1, 400)
        ch = rng.uniform(-5, 5)
        d.t(
            f"{t:<12}{px:>10.3f}  {'▲' if ch > 0 else '▼'}{abs(ch):.2f}%  vol {rng.randrange(1000, 10**7):,}\n"
        )
    d.t(
        f"Index {rng.randrange(1000, 20000):,}.{rng.randrange(100):02d}  ({rng.uniform(-2, 2):+.2f}%)\n"
    )
    return d


def boardgame_rules(rng, loc):
    """Board-game rules excerpt (numbers, dice, no persons)."""
    d = Doc()
    lang = PH.lang_of(rng, loc)
    txt = {
        "es": "Cada jugador recibe 7 fichas. Se lanzan 2 dados; con un doble (6-6) se repite el turno. Gana quien llegue primero a 121 puntos.",
        "ar": "يحصل كل لاعب على 7 قطع. يرمي اللاعب نردين، وإذا حصل على رقمين متشابهين (6-6) يلعب مرة أخرى. الفائز من يصل أولاً إلى 121 نقطة.",
        "fr": "Chaque joueur reçoit 7 pions. On lance 2 dés ; un double (6-6) rejoue. Le premier à 121 points gagne la partie.",
        "en": "Each player takes 7 tiles. Roll 2 dice; a double (6-6) plays again. First to 121 points wins.",
        "am": "እያንዳንዱ ተጫዋች 7 ጠጠሮች ይቀበላል። ሁለት ዳይስ ይጣላል፤ ድርብ (6-6) ከመጣ እንደገና ይጫወታል። መጀመሪያ 121 ነጥብ የደረሰ ያሸንፋል።",
        "zh": "每位玩家先拿7隻棋子。擲2粒骰仔，擲到雙六（6-6）可以再擲一次。最先夠121分者勝。",
        "ms": "Setiap pemain dapat 7 buah. Baling 2 dadu; kalau dapat kembar (6-6) main lagi. Siapa sampai 121 mata dulu, menang.",
    }[lang]
    d.t(
        f"{rng.choice(['Mancala', 'Dominó', 'Ludo', 'Backgammon', 'Carrom'])} — {rng.randrange(2, 5)}-{rng.randrange(5, 9)} players, {rng.randrange(15, 60)} min\n\n{txt}\n"
    )
    d.t(
        f"Variant {rng.randrange(1, 5)}: board 8×8, {rng.randrange(20, 64)} cells, rule §{rng.randrange(1, 12)}.{rng.randrange(1, 9)}\n"
    )
    return d


def transit_delay(rng, loc):
    """Train/bus/ferry delay announcement (times, lines, platforms, no persons)."""
    d = Doc()
    lang = PH.lang_of(rng, loc)
    mode = {
        "es_PA": "Metro Línea 2",
        "es_SV": "SITRAMSS",
        "ar_TN": "RFR / SNCFT",
        "ar_KW": "KPTC 101",
        "ar_OM": "Mwasalat 1A",
        "am_ET": "Addis LRT",
        "zh_MO": "輕軌氹仔線",
        "en_NA": "TransNamib Desert Express",
        "fr_HT": "Traversier Port-au-Prince–Jérémie",
        "ms_BN": "Water taxi Kampong Ayer",
    }[loc]
    m = rng.randrange(5, 95)
    txt = {
        "es": f"Aviso: el servicio {mode} presenta un retraso de {m} minutos. Salida prevista {rng.randrange(5, 23)}:{rng.randrange(60):02d}, andén {rng.randrange(1, 6)}.",
        "ar": f"تنبيه: تأخير في خدمة {mode} بمقدار {m} دقيقة. الانطلاق المتوقع {rng.randrange(5, 23)}:{rng.randrange(60):02d}، الرصيف {rng.randrange(1, 6)}.",
        "fr": f"Avis : le service {mode} a un retard de {m} minutes. Départ prévu à {rng.randrange(5, 23)}h{rng.randrange(60):02d}, quai {rng.randrange(1, 6)}.",
        "en": f"Notice: {mode} is running {m} minutes late. Expected departure {rng.randrange(5, 23)}:{rng.randrange(60):02d}, platform {rng.randrange(1, 6)}.",
        "am": f"ማሳሰቢያ፡ {mode} በ{m} ደቂቃ ዘግይቷል። የሚነሳበት ሰዓት {rng.randrange(5, 12)}:{rng.randrange(60):02d}።",
        "zh": f"通告：{mode}延誤約{m}分鐘，預計{rng.randrange(5, 23)}:{rng.randrange(60):02d}開出，請留意{rng.randrange(1, 4)}號月台。",
        "ms": f"Makluman: perkhidmatan {mode} lewat {m} minit. Jangka bertolak {rng.randrange(5, 23)}:{rng.randrange(60):02d}, jeti {rng.randrange(1, 6)}.",
    }[lang]
    d.t(
        f"{txt}\nRef {V.rand_str(rng, 6, '0123456789ABCDEF')} · {rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/2026 · {P.CITY[loc]}\n"
    )
    return d
