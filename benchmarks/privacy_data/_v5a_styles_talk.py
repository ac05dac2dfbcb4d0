"""Conversational styles of eval_v5a: ASR transcripts, chat exports, code-switched chat,
classified ads and posts, Slack JSON exports."""

# ruff: noqa: RUF001  (text in Greek, Cyrillic, Persian and Korean on purpose)

from __future__ import annotations

import datetime as dt
import json

from _v5a_doc import Doc, Facts, fill, pick

REPLIES = {
    "en_CA": ["ok", "👍", "thx!", "np", "k will do", "lol ok", "sounds good"],
    "fr_CA": ["ok", "👍", "merci!", "parfait", "ok je m'en occupe", "haha ok", "c'est beau"],
    "es_AR": ["dale", "👍", "gracias!!", "joya", "ok ahora lo hago", "jaja ok", "listo"],
    "pt_PT": ["ok", "👍", "obrigado!", "combinado", "já trato disso", "ahah ok", "fixe"],
    "pl_PL": ["ok", "👍", "dzięki!", "spoko", "zaraz ogarnę", "haha ok", "jasne"],
    "tr_TR": ["tamam", "👍", "sağol!", "olur", "hallederim", "haha tamam", "süper"],
    "ko_KR": ["ㅇㅋ", "👍", "고마워!", "넵", "바로 할게", "ㅋㅋ 알겠어", "좋아"],
    "el_GR": ["οκ", "👍", "ευχαριστώ!", "τέλεια", "το κανονίζω", "χαχα οκ", "έγινε"],
    "bg_BG": ["ок", "👍", "мерси!", "супер", "ще го оправя", "хаха ок", "дадено"],
    "fa_IR": ["باشه", "👍", "مرسی!", "اوکی", "الان انجامش میدم", "😂 باشه", "عالیه"],
}
NON_NAMES = {
    "en_CA": ["Mom", "Landlord", "Work"],
    "fr_CA": ["Maman", "Proprio", "Job"],
    "es_AR": ["Mamá", "Laburo", "Consorcio"],
    "pt_PT": ["Mãe", "Senhorio", "Trabalho"],
    "pl_PL": ["Mama", "Szef", "Wspólnota"],
    "tr_TR": ["Annem", "Ev sahibi", "İş"],
    "ko_KR": ["엄마", "집주인", "회사"],
    "el_GR": ["Μαμά", "Σπιτονοικοκύρης", "Δουλειά"],
    "bg_BG": ["Мама", "Хазяин", "Работа"],
    "fa_IR": ["مامان", "صاحبخونه", "شرکت"],
}
HASHTAGS = {
    "en_CA": ["#forsale", "#yyc", "#toronto", "#marketplace", "#lostpet"],
    "fr_CA": ["#àvendre", "#mtl", "#québec", "#annonce", "#perdu"],
    "es_AR": ["#vendo", "#bsas", "#mercadolibre", "#alquiler", "#perdido"],
    "pt_PT": ["#vende-se", "#lisboa", "#porto", "#olx", "#desaparecido"],
    "pl_PL": ["#sprzedam", "#olx", "#warszawa", "#kraków", "#zaginął"],
    "tr_TR": ["#satılık", "#sahibinden", "#istanbul", "#kiralık", "#kayıp"],
    "ko_KR": ["#당근마켓", "#판매", "#중고", "#서울", "#실종"],
    "el_GR": ["#πωλείται", "#αθήνα", "#θεσσαλονίκη", "#ενοικιάζεται", "#χάθηκε"],
    "bg_BG": ["#продавам", "#софия", "#olxbg", "#подаявам", "#изгубено"],
    "fa_IR": ["#فروش", "#دیوار", "#تهران", "#اجاره", "#گمشده"],
}
ASR_EXTRA = {
    "en_CA": [
        "whats the weather in calgary tomorrow",
        "play the tragically hip on spotify",
        "turn off the kitchen lights",
    ],
    "fr_CA": [
        "quelle météo demain à québec",
        "fais jouer les cowboys fringants",
        "éteins les lumières du salon",
    ],
    "es_AR": [
        "cómo va a estar el clima mañana en córdoba",
        "poné música de soda stereo",
        "apagá la luz del living",
    ],
    "pt_PT": [
        "como vai estar o tempo amanhã no porto",
        "põe a tocar ana moura",
        "desliga as luzes da sala",
    ],
    "pl_PL": [
        "jaka będzie jutro pogoda w krakowie",
        "włącz dawida podsiadło na spotify",
        "wyłącz światło w kuchni",
    ],
    "tr_TR": [
        "yarın izmirde hava nasıl olacak",
        "spotifyda tarkan çal",
        "salonun ışıklarını kapat",
    ],
    "ko_KR": ["내일 부산 날씨 어때", "멜론에서 아이유 노래 틀어줘", "거실 불 꺼줘"],
    "el_GR": [
        "τι καιρό θα κάνει αύριο στη θεσσαλονίκη",
        "βάλε να παίξει μουσική στο spotify",
        "σβήσε τα φώτα στο σαλόνι",
    ],
    "bg_BG": [
        "какво ще е времето утре във варна",
        "пусни музика от spotify",
        "изгаси лампите в хола",
    ],
    "fa_IR": [
        "فردا هوای شیراز چطوره",
        "یه آهنگ از محسن چاوشی پخش کن",
        "چراغای پذیرایی رو خاموش کن",
    ],
}
# Singers named in the requests above: a name is person whoever it belongs to. A clean record
# (no personal data) says the same request without the name.
ASR_ARTISTS = {
    "pt_PT": ("ana moura", "põe a tocar música no spotify"),
    "pl_PL": ("dawida podsiadło", "włącz muzykę na spotify"),
    "tr_TR": ("tarkan", "spotifyda müzik çal"),
    "ko_KR": ("아이유", "멜론에서 노래 틀어줘"),
    "fa_IR": ("محسن چاوشی", "یه آهنگ پخش کن"),
}
ASSISTANT = {
    "en_CA": "ok",
    "fr_CA": "d'accord",
    "es_AR": "listo",
    "pt_PT": "está bem",
    "pl_PL": "dobrze",
    "tr_TR": "tamam",
    "ko_KR": "네 알겠습니다",
    "el_GR": "εντάξει",
    "bg_BG": "добре",
    "fa_IR": "باشه",
}


def _stamp(f: Facts) -> dt.datetime:
    return dt.datetime(2025, 1, 1, 7) + dt.timedelta(minutes=f.rng.randint(0, 700_000))


def cue_line(f: Facts) -> Doc:
    """A bare cue and value, as people type them: `tel/whatsapp 0501...`, `mdp: ...`."""
    d = Doc()
    r = f.rng
    lab = f.lab
    what = r.choice(["phone", "phone", "pw", "dob"])
    if what == "phone":
        d.t(r.choice(lab["phone_cues"]) + " ").v("phone", f.phone)
    elif what == "pw":
        d.t(r.choice(lab["pw_cues"]) + " ").v("secret", f.pw)
    else:
        d.t(r.choice(lab["dob_cues"]) + " ").v("dob", f.dob)
    return d


def _append(d: Doc, part: Doc) -> None:
    base = d.size
    d.spans += [(k, s + base, e + base) for k, s, e in part.spans]
    d.values += part.values
    d.t(part.text)


def _speakers(f: Facts) -> tuple[str, str, bool]:
    """Two chat speakers; names are person spans, except in clean records."""
    if f.clean or f.rng.random() < 0.15:
        a, b = f.rng.sample(NON_NAMES[f.locale], 2)
        return a, b, False
    first = f.p2.given if f.rng.random() < 0.5 else f.p2.full
    return first, f.p.given, True


def asr_transcript(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    t = r.uniform(0, 40)
    n = r.randint(1, 3)
    fmt = r.randrange(3)
    hot = {r.randrange(n), r.randrange(n)} if r.random() < 0.4 else {r.randrange(n)}
    artist, no_artist = ASR_ARTISTS.get(f.locale, ("", ""))
    extras = ASR_EXTRA[f.locale]
    if f.clean and artist:
        extras = [no_artist if artist in x else x for x in extras]
    extra = r.sample([*extras, pick(f, "asr", allow=set())], 3)
    used: set[str] = set()
    for i in range(n):
        t += r.uniform(2, 30)
        conf = r.uniform(0.62, 0.98)
        if fmt == 0:
            d.t(f"[{int(t // 60):02d}:{t % 60:04.1f}] user: ")
        elif fmt == 1:
            d.t(f"utt_{r.randint(1000, 9999)} conf={conf:.2f} text=")
        else:
            d.t(f"{t:07.2f}\t{conf:.2f}\t")
        if i in hot:
            tpl = pick(f, "asr")
            for _ in range(10):
                if tpl not in used:
                    break
                tpl = pick(f, "asr")
            used.add(tpl)
            fill(d, f, tpl, asr=True)
        else:
            line = extra.pop()
            if artist and artist in line:
                pre, post = line.split(artist, 1)
                d.t(pre).v("person", artist).t(post)
            else:
                d.t(line)
        d.t("\n")
        if fmt == 0 and r.random() < 0.6:
            d.t(
                f"[{int((t + 1.5) // 60):02d}:{(t + 1.5) % 60:04.1f}] assistant: {ASSISTANT[f.locale]}\n"
            )
    if f.want_neg and r.random() < 0.7:
        d.t("# session ").n(f.neg("uuid")).t(" model=").n(f.neg("version")).t("\n")
    return d


def chat_export(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    a, b, named = _speakers(f)
    ts = _stamp(f)
    wa = r.random() < 0.55
    n = r.randint(2, 6)
    hot = {r.randrange(n) for _ in range(r.randint(1, 2))}
    used: set[str] = set()
    for i in range(n):
        ts += dt.timedelta(minutes=r.randint(0, 90), seconds=r.randint(0, 59))
        who = b if i in hot else (a if i % 2 == 0 else b)
        if wa:
            d.t(
                f"[{ts:%d.%m.%y, %H:%M:%S}] "
                if f.locale not in ("en_CA",)
                else f"[{ts:%Y-%m-%d, %I:%M:%S %p}] "
            )
            d.v("person", who) if named else d.t(who)
            d.t(": ")
        else:
            d.v("person", who) if named else d.t(who)
            d.t(f", [{ts:%d.%m.%Y %H:%M}]\n")
        if i in hot and not f.clean and r.random() < 0.25:
            _append(d, cue_line(f))
        elif i in hot:
            t = pick(f, "chat")
            for _ in range(10):
                if t not in used:
                    break
                t = pick(f, "chat")
            used.add(t)
            fill(d, f, t)
        elif f.want_neg and r.random() < 0.4 and "clean" not in used:
            used.add("clean")
            fill(d, f, pick(f, "clean"))
        else:
            d.t(r.choice(REPLIES[f.locale]))
        d.t("\n")
    return d


def codeswitch_chat(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    a, b, named = _speakers(f)
    ts = _stamp(f)
    used: set[str] = set()
    for i in range(r.randint(2, 4)):
        ts += dt.timedelta(minutes=r.randint(1, 30))
        d.t(f"{ts:%H:%M} ")
        who = a if i % 2 == 0 else b
        d.v("person", who) if named else d.t(who)
        d.t(" > ")
        if i > 0 and not f.clean and r.random() < 0.2:
            _append(d, cue_line(f))
        elif i == 0 or r.random() < 0.4:
            t = pick(f, "mix")
            for _ in range(10):
                if t not in used:
                    break
                t = pick(f, "mix")
            used.add(t)
            fill(d, f, t)
        else:
            d.t(r.choice(REPLIES[f.locale]) + r.choice([" lol", " 😅", "", " ok?", " haha"]))
        d.t("\n")
    if f.want_neg:
        d.t(f"{ts:%H:%M} ")
        d.v("person", b) if named else d.t(b)
        d.t(" > build ").n(f.neg("version")).t(" is live, commit ").n(f.neg("hash")[:7]).t("\n")
    return d


def classified_ad(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    fill(d, f, pick(f, "ad"))
    meta = r.randrange(3)
    views = r.randint(12, 4000)
    if meta == 0 and f.want_neg:
        d.t(f"\n\n{views} · ").n(f.neg("date"))
    elif meta == 1 and f.want_neg:
        d.t("\n— ref. ").n(f.neg("order"))
    else:
        d.t("\n" + " ".join(r.sample(HASHTAGS[f.locale], 2)))
    if f.want_neg and r.random() < 0.6:
        d.t("\n").n(f.neg("price")) if r.random() < 0.5 else fill(d.t("\n"), f, pick(f, "clean"))
    return d


def _jesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def slack_json(f: Facts) -> Doc:
    d = Doc()
    r = f.rng
    ts = 1735689600 + r.randint(0, 40_000_000)
    named = not f.clean
    d.t("[\n")
    n = r.randint(1, 3)
    for i in range(n):
        ts += r.randint(5, 4000)
        uid = "U0" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
        d.t('  {\n    "type": "message",\n    "user": "').t(uid).t('",\n')
        if named and r.random() < 0.8:
            person = f.p if i % 2 == 0 else f.p2
            d.t('    "user_profile": {"real_name": "').v("person", person.full).t(
                '", "display_name": "'
            )
            d.v("person", person.given).t('"},\n')
        d.t('    "text": "')
        fill(d, f, pick(f, "chat") if i == 0 else pick(f, "clean"), esc=_jesc)
        d.t(f'",\n    "ts": "{ts}.{r.randint(0, 999999):06d}"')
        if f.want_neg and i == 0:
            d.t(',\n    "client_msg_id": "').n(f.neg("uuid")).t('"')
        d.t("\n  }" + (",\n" if i < n - 1 else "\n"))
    d.t("]")
    return d
