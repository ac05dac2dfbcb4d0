# ruff: noqa: RUF001  (multilingual text: full-width punctuation, en dashes and typographic quotes are meant)
"""Spoken and social styles for eval_v5b: voice-assistant ASR transcripts, WhatsApp/Telegram chat
exports (with code-switching where the locale mixes languages), classified ads and social-media
posts."""

from __future__ import annotations

import _v5b_lex_eu as eu
import _v5b_lex_world as world
import _v5b_places as places
import _v5b_values as val
from _v5b_doc import Doc
from _v5b_people import Ctx, email_for, fmt_date, lex, make_person
from _v5b_styles_tech import FILLER

SPOKEN = {"en": (" at ", " dot "), "de": (" at ", " punkt "), "fr": (" arobase ", " point "), "it": (" chiocciola ", " punto "),
          "nl": (" apenstaartje ", " punt "), "es": (" arroba ", " punto "), "hr": (" et ", " točka "), "lt": (" eta ", " taškas "),
          "zh": ("小老鼠", "點"), "ms": (" at ", " dot "), "ar": (" ات ", " دوت ")}
PLUS = {"en": "plus", "de": "plus", "fr": "plus", "it": "più", "nl": "plus", "es": "más", "hr": "plus", "lt": "plius",
        "zh": "加", "ms": "tambah", "ar": "زائد"}


def digit_words(lang: str) -> list[str]:
    return (eu.DIGIT_WORDS | world.DIGIT_WORDS)[lang]


def spoken_phone(ctx: Ctx, phone: str) -> str:
    """Digits partly as words, as an ASR engine writes them; punctuation dropped."""
    words = digit_words(ctx.lang)
    out: list[str] = []
    groups = phone.replace("-", " ").replace("/", " ").replace(".", " ").replace("(", "").replace(")", "").split()
    for g in groups:
        if g.startswith("+"):
            out.append(PLUS[ctx.lang])
            g = g[1:]
        if ctx.rng.random() < 0.5 and g.isdigit():
            sep = "" if ctx.lang == "zh" else " "
            out.append(sep.join(words[int(c)] for c in g))
        else:
            out.append(g)
    return ("" if ctx.lang == "zh" else " ").join(out)


def spoken_email(ctx: Ctx, email: str) -> str:
    at, dot = SPOKEN[ctx.lang]
    local, domain = email.split("@")
    return local.replace(".", dot) + at + domain.replace(".", dot)


def asr_transcript(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    templates = lex("ASR", ctx.lang)  # type: ignore[assignment]
    if ctx.clean:
        templates = [t for t in templates if all(s in ("city",) for s in __import__("re").findall(r"\{(\w+)\}", t))]
    # Values as an ASR engine writes them: lower case, no punctuation, digits partly spoken.
    if not ctx.clean:
        ctx.cache["phone"] = spoken_phone(ctx, ctx.get("phone"))
        ctx.cache["email"] = spoken_email(ctx, ctx.get("email"))
        a = places.address(rng, ctx.locale, lang=ctx.lang)
        ctx.cache["addr"] = " ".join(a.one_line(" ").replace(",", " ").replace("،", " ").replace("#", "").split())
        y, m, d = ctx.person.dob
        months = (eu.MONTHS | world.MONTHS).get(ctx.lang)
        ctx.cache["dob"] = f"{y}年{m}月{d}日" if ctx.lang == "zh" else (f"{d} {months[m - 1]} {y}" if months else f"{d}/{m}/{y}")
    n = rng.randrange(1, 4)
    fmt = rng.randrange(3)
    picked = rng.sample(templates, min(n, len(templates)))
    for i, tmpl in enumerate(picked):
        if fmt == 0:
            doc.t(f"[{i * 7 + rng.randrange(0, 5):02d}:{rng.randrange(10, 59):02d}.{rng.randrange(0, 9)}] ")
        elif fmt == 1:
            doc.t(f"utt_{rng.randrange(1000, 9999)} conf={rng.uniform(0.61, 0.99):.2f} text=")
        ctx.fill(doc, tmpl)
        doc.t("\n")
    if ctx.neg and not ctx.clean:
        doc.t(f"[device] wake word confidence {rng.uniform(0.5, 1):.3f} fw {ctx.get('version')}\n")
        doc.negatives += 1
    return doc.lower()


MEDIA = {"de": "<Medien ausgeschlossen>", "fr": "<Médias omis>", "nl": "<Media weggelaten>", "es": "<Multimedia omitido>",
         "zh": "<省略影音內容>", "ar": "<تم استبعاد الوسائط>", "hr": "<Medijski zapis izostavljen>", "lt": "<Medija praleista>",
         "ms": "<Media tidak disertakan>", "it": "<Media omessi>"}


def chat_export(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    a, b = ctx.person, ctx.other
    fmt = rng.randrange(3)
    y, mo, d = val.other_date(rng)
    hh = rng.randrange(7, 22)
    if fmt == 0 and rng.random() < 0.5:
        note = {"en": "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
                "de": "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.", "es": "Los mensajes y las llamadas están cifrados de extremo a extremo.",
                "fr": "Les messages et les appels sont chiffrés de bout en bout.", "nl": "Berichten en oproepen worden end-to-end versleuteld.",
                "zh": "訊息和通話已受端對端加密保護。", "ar": "الرسائل والمكالمات مشفرة تماماً بين الطرفين."}.get(ctx.lang)
        if note:
            doc.t(f"{d:02d}/{mo:02d}/{y % 100:02d}, {hh:02d}:00 - {note}\n")
    speakers = [a.given if rng.random() < 0.5 else a.full, b.given if rng.random() < 0.6 else b.full]
    n = rng.randrange(3, 7)
    pii_turns = {rng.randrange(n) for _ in range(rng.randrange(1, 4))}
    def head(who: str, hh: int, mm: int) -> None:
        if fmt == 0:  # WhatsApp Android
            doc.t(f"{d:02d}/{mo:02d}/{y % 100:02d}, {hh:02d}:{mm:02d} - ").v("person", who).t(": ")
        elif fmt == 1:  # WhatsApp iOS
            doc.t(f"[{d:02d}.{mo:02d}.{y % 100:02d}, {hh:02d}:{mm:02d}:{rng.randrange(0, 60):02d}] ").v("person", who).t(": ")
        else:  # Telegram text export
            doc.v("person", who).t(f", [{d:02d}.{mo:02d}.{y} {hh:02d}:{mm:02d}]\n")

    for i in range(n):
        who = speakers[i % 2] if rng.random() < 0.85 else speakers[(i + 1) % 2]
        head(who, hh, (i * 3 + rng.randrange(0, 3)) % 60)
        if i in pii_turns:
            from _v5b_people import LANGS
            from _v5b_styles_tech import _chat_line
            home = ctx.lang
            # Multilingual countries: speakers switch language from one message to the next.
            ctx.lang = rng.choices([lg for lg, _ in LANGS[ctx.locale]], weights=[w for _, w in LANGS[ctx.locale]])[0]
            ctx.fill(doc, _chat_line(ctx))
            ctx.lang = home
        elif rng.random() < 0.15:
            doc.t(rng.choice(["<Media omitted>", f"IMG-{y}{mo:02d}{d:02d}-WA00{rng.randrange(10, 99)}.jpg (file attached)",
                              MEDIA.get(ctx.lang, "This message was deleted")]))
        else:
            doc.t(rng.choice(FILLER[ctx.lang]))
        doc.t("\n")
    doc.negatives += 1  # timestamps
    if ctx.neg:
        head(speakers[0], hh + 1, 2)
        ctx.negative(doc, "")
        doc.t("\n")
    return doc


AD = {
    "en": ("{item} in very good condition, {price} ono. Collection only from {city}.", "Call or WhatsApp {phone}", "no time wasters pls"),
    "de": ("{item}, top Zustand, {price} VB. Abholung in {city}.", "Tel./WhatsApp {phone}", "Nur Abholung, kein Versand."),
    "fr": ("{item}, très bon état, {price} à discuter. À retirer à {city}.", "Natel / WhatsApp {phone}", "Pas d'envoi."),
    "it": ("{item} in ottime condizioni, {price} trattabili. Ritiro a {city}.", "Chiamare il {phone}", "Niente perditempo."),
    "nl": ("{item}, zo goed als nieuw, {price} n.o.t.k. Af te halen in {city}.", "Bel of app {phone}", "Geen verzending."),
    "es": ("{item} en perfecto estado, {price} negociable. Entrego en {city}.", "Info al WhatsApp {phone}", "Abstenerse curiosos."),
    "hr": ("{item}, odlično stanje, {price}, moguć dogovor. Preuzimanje u {city}.", "Tel. {phone}", "Ne mijenjam."),
    "lt": ("{item}, puikios būklės, {price}, derinama. Atsiimti {city}.", "Tel. {phone}", "Siuntimu nesiunčiu."),
    "zh": ("{item}，九成新，售{price}，可議。限{city}面交。", "電話/LINE：{phone}", "非誠勿擾"),
    "ms": ("{item} condition cantik, {price} nego. COD area {city}.", "Call/WhatsApp {phone}", "Serius buyer je."),
    "ar": ("{item} نظيف جداً، السعر {price} قابل للتفاوض. الاستلام في {city}.", "للتواصل جوال/واتساب {phone}", "السوم على الخاص"),
}


ITEMS = {"en": ["Bugaboo Fox pram", "Trek Marlin 7 mountain bike", "3-seater IKEA sofa", "PS5 with 2 controllers", "Royal Enfield helmet"],
         "de": ["Kinderwagen Bugaboo Fox", "E-Bike Flyer Upstreet", "Sofa 3-Sitzer", "PS5 mit 2 Controllern"],
         "fr": ["poussette Bugaboo", "vélo électrique", "canapé 3 places", "PS5 avec 2 manettes"],
         "it": ["passeggino Bugaboo", "bici elettrica", "divano 3 posti"], "nl": ["kinderwagen Joolz", "elektrische fiets Gazelle", "zetel 3-zit", "PS5 met 2 controllers"],
         "es": ["coche de bebé", "bicicleta GW", "sala en L", "PS5 con 2 controles", "moto Yamaha NMAX"],
         "hr": ["dječja kolica", "bicikl Scott", "kauč na razvlačenje", "PS5 s 2 kontrolera"], "lt": ["vaikiškas vežimėlis", "dviratis Cube", "sofa-lova", "PS5 su 2 pulteliais"],
         "zh": ["嬰兒推車", "捷安特公路車", "三人座沙發", "PS5主機含兩支手把"], "ms": ["stroller baby", "basikal lipat", "sofa 3 seater", "PS5 + 2 controller", "Yamaha Y15ZR"],
         "ar": ["عربية أطفال", "دراجة هوائية", "كنب ثلاثي", "بلايستيشن 5 مع يدتين"]}


def classified_ad(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    item = rng.choice(ITEMS[ctx.lang])
    body, contact, tail = AD[ctx.lang]
    if ctx.locale != "de_CH":
        contact = contact.replace("Natel", "GSM")
    doc.t(f"{ctx.L('for_sale')}: {item}\n")
    ctx.fill(doc, body.replace("{item}", item))
    doc.negatives += 1
    doc.t("\n")
    if not ctx.clean:
        ctx.fill(doc, contact)
        if rng.random() < 0.4:
            doc.t(rng.choice([" / ", ", ", "\n"]))
            if rng.random() < 0.5:
                doc.v("email", ctx.get("email_obf"))
            else:
                doc.v("email", ctx.get("email"))
        if rng.random() < 0.4:
            doc.t(" (").v("person", ctx.person.given).t(")")
        doc.t("\n")
    else:
        doc.t({"zh": "請站內私訊", "ar": "التواصل عبر الخاص فقط", "de": "Bitte nur über die Plattform-Nachrichten.",
               "es": "Solo por mensaje interno.", "ms": "PM je ye"}.get(ctx.lang, "Message via the platform only.") + "\n")
    doc.t(tail)
    if ctx.neg:
        ctx.negative(doc, "\n")
    return doc


POST = {
    "en": ["Found this wallet at 📍{gps} this morning, DM me if it's yours", "LOST DOG 🐶 near {street} last night. Brown labrador, answers to Bruno. Please call {given} on {phone} 🙏 #lostdog #{city}",
           "Huge thanks to {name} at the {company} counter for sorting out my refund today! #customerservice",
           "Anyone selling a {product}? DM me or mail {email}"],
    "de": ["Schlüsselbund gefunden bei der {street}! Abholen bei {given}, {phone} #gefunden #{city}",
           "Merci {name} vom {company}-Team für die super Beratung! 🙌", "Suche {product}, bitte melden: {email}"],
    "fr": ["Chat perdu vers la {street} 😿 Merci d'appeler {given} au {phone} #chatperdu", "Un grand merci à {name} de chez {company} !"],
    "it": ["Smarrito portafoglio in {street}, chi lo trova chiami {given} al {phone} grazie!", "Grazie mille a {name} di {company}!"],
    "nl": ["Fiets gestolen aan de {street} 😡 Wie iets weet: {given}, {phone} #{city}", "Dikke merci aan {name} van {company}! 👏"],
    "es": ["Encontré unas llaves aquí 📍 {gps}, escríbanme si son suyas", "Se perdió mi perrita cerca de {street} 😢 cualquier info al {phone} ({given}) #mascotaperdida #{city}",
           "Mil gracias a {name} de {company} por la atención 🙌", "Alguien que venda {product}? escríbanme a {email}"],
    "hr": ["Pronađeni ključevi ovdje 📍{gps}, javite se", "Izgubljen novčanik na {street}! Nalazniku nagrada, zvati {given} {phone}", "Hvala {name} iz {company} na pomoći! 👏"],
    "lt": ["Rasti raktai štai čia 📍{gps}, rašykite", "Pamestas šuo prie {street}! Radusius prašau skambinti {given} {phone} #{city}", "Ačiū {name} iš {company} už pagalbą!"],
    "zh": ["今天早上在這裡撿到一個錢包📍{gps} 失主請私訊", "在{street}附近走失一隻橘貓😿 有看到請聯絡{given} {phone} 感謝！", "謝謝{company}的{name}幫我處理退款👍", "徵{product}，請寄信到{email}"],
    "ms": ["Jumpa dompet kat 📍{gps} pagi tadi, PM kalau anda punya", "Kucing hilang dekat {street} 😿 sesiapa jumpa tolong call {given} {phone} #kucinghilang",
           "Terima kasih {name} dari {company} sebab tolong settlekan refund I 🙏"],
    "ar": ["ضاعت قطتي قرب {street} 😿 اللي يلقاها يتواصل مع {given} على {phone} #قطة_مفقودة", "شكراً {name} من {company} على التعامل الراقي 👍"],
}
POST_CLEAN = {"en": "New menu at {company} from {date} 🍛 {product} only {price}! #{city}", "de": "Neu bei {company} ab {date}: {product} für {price}!",
              "zh": "{company}{date}起新品上市：{product}只要{price}！", "ar": "من {date} جديد {company}: {product} بسعر {price}!",
              "es": "Desde el {date} en {company}: {product} a solo {price} 🔥", "ms": "Mulai {date}, {product} di {company} hanya {price}!"}


def social_post(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    handle = rng.choice(["@cafe_lumiere", "@bikes_and_beans", "@city_news_daily", "@anonymous_neighbour", "@foodie.trails", "@lost_found_local"])
    doc.t(f"{handle} · {rng.randrange(1, 23)}h\n")
    if ctx.clean:
        ctx.fill(doc, POST_CLEAN.get(ctx.lang, POST_CLEAN["en"]))
        doc.negatives += 1
    else:
        tmpl = rng.choice(POST[ctx.lang])
        ctx.fill(doc, tmpl.replace("#{city}", "#" + ctx.get("city").replace(" ", "").split(",")[0]))
    doc.t(f"\n♥ {rng.randrange(0, 900)}  ↻ {rng.randrange(0, 200)}  💬 {rng.randrange(0, 80)}")
    if not ctx.clean and rng.random() < 0.5:
        other = make_person(rng, ctx.locale, ctx.lang)
        shared = {"en": "shared 🙏", "de": "geteilt", "fr": "partagé", "it": "condiviso", "nl": "gedeeld", "es": "compartido",
                  "zh": "已分享", "ar": "تم النشر", "ms": "dikongsi", "hr": "podijeljeno", "lt": "pasidalinta"}[ctx.lang]
        doc.t("\n\n").v("person", other.full).t(": " + shared)
    if ctx.neg:
        ctx.negative(doc, "\n")
    _ = (email_for, fmt_date)
    return doc


STYLES = {"asr_transcript": asr_transcript, "chat_export": chat_export, "classified_ad": classified_ad, "social_post": social_post}
CLEAN_OK = {"asr_transcript", "classified_ad", "social_post"}
