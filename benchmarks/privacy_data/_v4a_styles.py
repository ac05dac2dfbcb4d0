# ruff: noqa: RUF001 - text in many scripts on purpose
"""Renderers: one per text style. Each writes into a Doc from the record's Ctx and plan."""

from __future__ import annotations

import random

from _v4a_doc import Ctx, Doc

# Styles outside the usual chat/kiosk/ticket/log/JSON/SMS/signature set are most of the mix.
STYLES = ["email_thread", "clinic_note", "courier_note", "hr_form", "xml_record", "markdown_table", "sql_insert",
          "kv_log", "yaml_config", "chat", "ocr_receipt", "calendar_invite", "bank_transfer", "crm_note", "json_form", "sms"]
USUAL = {"chat", "json_form", "sms"}


def typo(rng: random.Random, loc: str):
    """Chat typing: dropped or swapped letters, lower case, in the words around the values only."""
    latin = loc not in ("ja_JP", "ru_RU", "he_IL")
    swaps = loc not in ("ja_JP", "he_IL")

    def f(s: str) -> str:
        if not s.strip():
            return s
        if latin and rng.random() < 0.5:
            s = s.lower()
        chars = list(s)
        for _ in range(rng.randint(0, 2) if swaps else 0):
            i = rng.randrange(len(chars))
            if chars[i].isalpha() and i + 1 < len(chars) and chars[i + 1].isalpha():
                if rng.random() < 0.5:
                    chars[i], chars[i + 1] = chars[i + 1], chars[i]
                else:
                    del chars[i]
        s = "".join(chars)
        if rng.random() < 0.3:
            s = s.replace(".", "").replace(",", "")
        return s
    return f


def sentences(doc: Doc, ctx: Ctx, S: dict, topics: list[str], sep: str = " ", prefix: str = "", tf=None) -> None:
    for i, t in enumerate(topics):
        pool = S.get(t) or S["clean"]
        doc.t(prefix if i or prefix else "")
        doc.fill(ctx.rng.choice(pool), ctx, tf)
        if i + 1 < len(topics):
            doc.t(sep)


def _nid_label(ctx: Ctx, F: dict) -> str:
    ctx["nid"]
    return F["L"]["nid"][ctx.nid_key]


def _fill_nid(doc: Doc, ctx: Ctx, F: dict, template: str) -> None:
    label = _nid_label(ctx, F)
    doc.fill(template.replace("{nid_label}", label), ctx)


def _topic_line(doc: Doc, ctx: Ctx, S: dict, F: dict, topic: str, tf=None) -> None:
    tmpl = ctx.rng.choice(S.get(topic) or S["clean"])
    if "{nid_label}" in tmpl:
        tmpl = tmpl.replace("{nid_label}", _nid_label(ctx, F))
    doc.fill(tmpl, ctx, tf)


HR_TITLE = {"en_US": "NEW HIRE ONBOARDING", "de_DE": "Personalbogen", "fr_FR": "Fiche d'embauche", "ja_JP": "入社手続き書類",
            "ru_RU": "Анкета сотрудника", "ro_RO": "Fișă de angajare", "hu_HU": "Belépési adatlap", "fi_FI": "Perehdytyslomake",
            "he_IL": "טופס קליטת עובד", "vi_VN": "Phiếu thông tin nhân sự"}
DOCTOR = {"en_US": "Dr. ", "de_DE": "Dr. med. ", "fr_FR": "Dr ", "ja_JP": "担当医：", "ru_RU": "Врач: ", "ro_RO": "Dr. ",
          "hu_HU": "Dr. ", "fi_FI": "LL ", "he_IL": "ד\"ר ", "vi_VN": "BS. "}
# Chat speakers that are not names (contacts saved as roles), for texts without personal data.
CHAT_NAMELESS = {"en_US": ["me", "Mom", "Boss", "Landlord"], "de_DE": ["Ich", "Mama", "Chef", "Vermieter"],
                 "fr_FR": ["Moi", "Maman", "Chef", "Proprio"], "ja_JP": ["自分", "母", "部長", "大家さん"],
                 "ru_RU": ["Я", "Мама", "Начальник", "Хозяйка"], "ro_RO": ["Eu", "Mama", "Șefu", "Proprietar"],
                 "hu_HU": ["Én", "Anya", "Főnök", "Főbérlő"], "fi_FI": ["Minä", "Äiti", "Pomo", "Vuokranantaja"],
                 "he_IL": ["אני", "אמא", "הבוס", "בעל הבית"], "vi_VN": ["Tôi", "Mẹ", "Sếp", "Chủ nhà"]}
SUBJECT = {"en_US": "Subject", "de_DE": "Betreff", "fr_FR": "Objet", "ja_JP": "件名", "ru_RU": "Тема", "ro_RO": "Subiect",
           "hu_HU": "Tárgy", "fi_FI": "Aihe", "he_IL": "נושא", "vi_VN": "Chủ đề"}


def email_thread(doc, ctx, S, F, plan):
    rng = ctx.rng
    doc.fill(SUBJECT[ctx.locale] + ": " + rng.choice(F["subject"]) + "\n\n", ctx)
    hellos = F["hello"] if not plan["clean"] else [h for h in F["hello"] if "{" not in h]
    doc.fill(rng.choice(hellos) + "\n\n", ctx)
    for t in plan["topics"] + plan["negs"]:
        _topic_line(doc, ctx, S, F, t)
        doc.t(" ")
    doc.t(rng.choice(S["clean"]) + "\n\n")
    if plan["clean"]:
        doc.t("--\n")
        return
    doc.fill(rng.choice(F["bye"]) + "\n", ctx)
    if "addr" not in plan["topics"] and rng.random() < 0.3:  # a postal signature block, one span per line
        doc.field(ctx, "addr1").t("\n").field(ctx, "addr2").t("\n")
    doc.t("\n")
    doc.fill(rng.choice(F["wrote"]) + "\n", ctx)
    doc.t("> " + rng.choice(S["clean"]) + "\n> ")
    _topic_line(doc, ctx, S, F, rng.choice(["neg", "clean"]))
    doc.t("\n>\n> ")
    doc.field(ctx, "first2")
    doc.t("\n")


def clinic_note(doc, ctx, S, F, plan):
    rng, L = ctx.rng, F["L"]
    doc.t(rng.choice(F["clinic_title"]) + "\n" + "=" * rng.randint(10, 30) + "\n")
    doc.t(f"{L['patient']}: ").field(ctx, "person").t("\n")
    doc.t(f"{L['dob']}: ").field(ctx, "dob").t("\n")
    if "nid" in plan["topics"]:
        doc.t(f"{_nid_label(ctx, F)}: ").field(ctx, "nid").t("\n")
    for line in rng.sample(F["clinic"], rng.randint(2, 4)):
        doc.t("- " + line + "\n")
    for t in plan["topics"]:
        if t not in ("nid", "dob"):
            doc.t("- ")
            _topic_line(doc, ctx, S, F, t)
            doc.t("\n")
    doc.t(f"{L['next']}: ").field(ctx, "date").t(" ").field(ctx, "time").t("\n")
    doc.t(DOCTOR[ctx.locale]).field(ctx, "last2").t("\n")


def courier_note(doc, ctx, S, F, plan):
    rng, L = ctx.rng, F["L"]
    doc.t(f"{L['parcel']}: ").field(ctx, "tracking").t(f"  ({ctx['qty']})\n")
    doc.t(f"{L['deliver_to']}:\n").field(ctx, "person").t("\n").field(ctx, "addr1").t("\n").field(ctx, "addr2").t("\n")
    doc.t("☎ ").field(ctx, "phone").t("\n")
    for line in rng.sample(F["courier"], 2):
        doc.fill(line + "\n", ctx)
    for t in plan["topics"]:
        if t not in ("addr", "phone"):
            _topic_line(doc, ctx, S, F, t)
            doc.t("\n")
    for t in plan["negs"]:
        _topic_line(doc, ctx, S, F, t)
        doc.t("\n")


def hr_form(doc, ctx, S, F, plan):
    rng, L = ctx.rng, F["L"]
    style = rng.choice(["colon", "dots", "box"])

    def row(label: str, key: str | None, value_doc=None) -> None:
        if style == "colon":
            doc.t(f"{label}: ")
        elif style == "dots":
            doc.t(f"{label} " + "." * max(2, 24 - len(label)) + " ")
        else:
            doc.t(f"[x] {label} | ")
        if key:
            doc.field(ctx, key)
        doc.t("\n")

    doc.t(HR_TITLE[ctx.locale] + "\n\n")
    row(L["last"], "last")
    row(L["first"], "first")
    row(L["dob"], "dob")
    if rng.random() < 0.5:
        row(L["addr"], "addr")
    else:
        doc.t(f"{L['addr']}:\n  ").field(ctx, "addr1").t("\n  ").field(ctx, "addr2").t("\n")
    row(L["phone"], "phone")
    row(L["email"], "email")
    if "nid" in plan["topics"] or rng.random() < 0.6:
        row(_nid_label(ctx, F), "nid")
    if ctx.locale == "en_US" and "ssn" in plan["topics"]:
        row(L["ssn"], "ssn")
    if "iban" in plan["topics"]:
        row(L["iban"], "iban")
    row(L["start"], "date")
    doc.t(f"{L['emergency']}: ").field(ctx, "person2").t(", ").field(ctx, "phone2").t("\n")


def xml_record(doc, ctx, S, F, plan):
    doc.t('<?xml version="1.0" encoding="UTF-8"?>\n')
    if plan["clean"]:
        doc.t(f'<order id="{ctx["order"]}" created="{ctx["tsz"]}">\n  <item sku="{ctx["hash"][:7]}">{ctx["product"]}</item>\n'
              f'  <total>{ctx["price"]}</total>\n  <fw>{ctx["version"]}</fw>\n</order>\n')
        return
    doc.t(f'<customer id="{ctx["uuid"]}">' if plan["negs"] else "<customer>").t("\n  <name>").field(ctx, "person").t("</name>\n")
    doc.t("  <birthDate>").field(ctx, "dob").t("</birthDate>\n")
    doc.t('  <contact type="mobile">').field(ctx, "phone").t("</contact>\n")
    doc.t("  <email>").field(ctx, "email").t("</email>\n")
    doc.t("  <address>\n    <line>").field(ctx, "addr1").t("</line>\n    <line>").field(ctx, "addr2").t("</line>\n  </address>\n")
    if "nid" in plan["topics"]:
        _nid_label(ctx, F)
        doc.t(f'  <document kind="{ctx.nid_key}">').field(ctx, "nid").t("</document>\n")
    if "iban" in plan["topics"]:
        doc.t("  <iban>").field(ctx, "iban").t("</iban>\n")
    if "card" in plan["topics"]:
        doc.t("  <pan>").field(ctx, "card").t("</pan>\n")
    if "ip4" in plan["topics"]:
        doc.t("  <lastLoginIp>").field(ctx, "ip4").t("</lastLoginIp>\n")
    for t in plan["negs"][:1]:
        doc.t("  <note>")
        _topic_line(doc, ctx, S, F, t)
        doc.t("</note>\n")
    doc.t(f"  <updated>{ctx['tsz']}</updated>\n</customer>\n" if plan["negs"] else "</customer>\n")


def markdown_table(doc, ctx, S, F, plan):
    rng, L = ctx.rng, F["L"]
    if plan["clean"]:
        doc.t(f"| SKU | {L['date']} | {L['total']} |\n|---|---|---|\n")
        for _ in range(rng.randint(2, 4)):
            doc.t(f"| {ctx._negative('hash')[:8]} | {ctx._negative('date')} | {ctx._negative('price')} |\n")
        return
    cols = [("name", "person", "person2"), ("phone", "phone", "phone2"), ("email", "email", "email2")]
    if rng.random() < 0.5:
        cols.insert(1, ("dob", "dob", None))
    doc.t("| # | " + " | ".join(L[c[0]] for c in cols) + " |\n|---|" + "---|" * len(cols) + "\n")
    for r, idx in ((1, 1), (2, 2)):
        doc.t(f"| {r} |")
        for c in cols:
            key = c[idx]
            doc.t(" ")
            if key:
                doc.field(ctx, key)
            else:
                doc.t("—")
            doc.t(" |")
        doc.t("\n")
    if plan["negs"]:
        doc.t("\n")
        _topic_line(doc, ctx, S, F, plan["negs"][0])
        doc.t("\n")


def sql_insert(doc, ctx, S, F, plan):
    rng = ctx.rng
    if plan["clean"]:
        doc.t(f"INSERT INTO sensor_readings (device_uuid, ts, reading, fw) VALUES ('{ctx['uuid']}', '{ctx['ts']}', '{ctx['sensor']}', '{ctx['version']}');\n")
        return
    table = rng.choice(["customers", "patients", "crm.contacts", "hr_employees"])
    cols = ["full_name", "birth_date", "phone", "email", "street", "city_zip"]
    keys = ["person", "dob", "phone", "email", "addr1", "addr2"]
    if "nid" in plan["topics"]:
        cols.append("national_id")
        keys.append("nid")
    if "pwd" in plan["topics"]:
        cols.append("initial_password")
        keys.append("pwd")
    doc.t(f"INSERT INTO {table} ({', '.join(['id', *cols])}) VALUES\n  ({rng.randint(1000, 99999)}")
    for k in keys:
        doc.t(", '").field(ctx, k).t("'")
    doc.t(f");\n-- imported {ctx['ts']} batch {ctx['uuid']}\n" if plan["negs"] else ");\n")


def kv_log(doc, ctx, S, F, plan):
    rng = ctx.rng
    svc = rng.choice(["authsvc", "edge-gw", "billing", "iot-hub", "mailer"])
    if plan["clean"]:
        for _ in range(rng.randint(2, 4)):
            doc.t(f"{ctx._negative('ts')} level=info svc={svc} fw={ctx._negative('version')} req={ctx._negative('uuid')} {ctx._negative('sensor')}\n")
        return
    doc.t(f"{ctx['ts']} level=info svc={svc} event=login user=").field(ctx, "email").t(" src=").field(ctx, "ip4")
    doc.t(f" req={ctx['uuid']}\n" if plan["negs"] else "\n")
    if "mac" in plan["topics"] or rng.random() < 0.5:
        doc.t(f"{ctx._negative('ts')} level=debug svc={svc} device_mac=").field(ctx, "mac").t(f" fw={ctx['version']}\n" if plan["negs"] else " state=up\n")
    if "ip6" in plan["topics"]:
        doc.t(f"{ctx._negative('ts')} level=warn svc={svc} msg=\"retry via v6\" peer=").field(ctx, "ip6").t("\n")
    if "token" in plan["topics"] or "pwd" in plan["topics"]:
        doc.t(f"{ctx._negative('ts')} level=error svc={svc} msg=\"upstream 401\" api_key=").field(ctx, "token").t("\n")
    if "gps" in plan["topics"]:
        doc.t(f"{ctx._negative('ts')} level=info svc={svc} fix=").field(ctx, "gps_plain").t(" sats=9\n")
    if "phone" in plan["topics"]:
        doc.t(f"{ctx._negative('ts')} level=info svc=sms to=").field(ctx, "phone").t(" status=DELIVERED\n")
    for t in plan["negs"]:
        doc.t(f"{ctx._negative('ts')} level=info svc={svc} note=\"")
        _topic_line(doc, ctx, S, F, t)
        doc.t("\"\n")


def yaml_config(doc, ctx, S, F, plan):
    rng = ctx.rng
    if plan["negs"] or plan["clean"]:
        doc.t(f"# deployed {ctx['iso']} by ci ({ctx['hash'][:12]})\n")
    doc.t(f"service:\n  name: \"{rng.choice(['crm-sync', 'shop-api', 'telemetry'])}\"\n")
    if plan["negs"] or plan["clean"]:
        doc.t(f"  version: \"{ctx['version']}\"\n")
    if plan["clean"]:
        doc.t(f"  replicas: {rng.randint(1, 6)}\n  timeout_ms: {rng.randint(100, 9000)}\n  build_id: \"{ctx['uuid']}\"\n")
        return
    user = rng.choice(["app", "crm", "svc_shop", "postgres"])
    db = rng.choice(["postgresql", "mysql", "mongodb"])
    doc.t(f"database:\n  url: \"{db}://{user}:").field(ctx, "pwd").t(f"@{rng.choice(['db.internal', '10.0.4.12', 'localhost'])}:{rng.choice([5432, 3306, 27017])}/{rng.choice(['crm', 'shop', 'prod'])}\"\n")
    doc.t("api:\n  key: \"").field(ctx, "token").t("\"\n")
    doc.t("owner:\n  name: \"").field(ctx, "person").t("\"\n  email: \"").field(ctx, "email").t("\"\n")
    if "phone" in plan["topics"]:
        doc.t("  oncall: \"").field(ctx, "phone").t("\"\n")
    if "ip6" in plan["topics"]:
        doc.t("  bind: \"").field(ctx, "ip6").t("\"\n")
    if "mac" in plan["topics"]:
        doc.t("  allow_mac: \"").field(ctx, "mac").t("\"\n")


def chat(doc, ctx, S, F, plan):
    rng = ctx.rng
    tf = typo(rng, ctx.locale)
    speakers = ["speaker", "speaker2"]
    lines = (["intro"] if not plan["clean"] and rng.random() < 0.5 else []) + plan["topics"] + plan["negs"]
    extra = ["clean"] * rng.randint(1, 3)
    seq = lines + extra
    rng.shuffle(seq)
    t0 = rng.randint(7, 22)
    minutes = sorted(rng.randint(0, 59) for _ in seq)
    for i, topic in enumerate(seq):
        who = speakers[i % 2] if not plan["clean"] else None
        if rng.random() < 0.6:
            doc.t(f"[{t0}:{minutes[i]:02d}] ")
        if who:
            doc.field(ctx, who if rng.random() < 0.5 else ("first" if who == "speaker" else "first2"))
        else:
            doc.t(rng.choice(CHAT_NAMELESS[ctx.locale]))
        doc.t(": ")
        if topic == "clean" and rng.random() < 0.5:
            doc.t(rng.choice(F["chat_extra"]))
        else:
            _topic_line(doc, ctx, S, F, topic, tf)
        doc.t(rng.choice(["", "", " 😂", " 🙏", " !!", " 👍"]) + "\n")


def ocr_receipt(doc, ctx, S, F, plan):
    rng, L = ctx.rng, F["L"]

    def noisy(s: str) -> str:
        return "".join(("0" if c == "O" and rng.random() < 0.3 else "1" if c == "I" and rng.random() < 0.3 else c) for c in s)

    doc.t(noisy(rng.choice(F["receipt_shop"]).replace("{n}", str(rng.randint(10, 999)))) + "\n")
    doc.t(f"{ctx['city']}  {ctx['date']} {ctx['time']}\n" + "-" * 28 + "\n")
    for item in rng.sample(F["receipt_items"], rng.randint(2, 4)):
        doc.t(f"{noisy(item):<20} {ctx._negative('small_price')}\n")
    doc.t("-" * 28 + f"\n{L['total']}  {ctx['price']}\n")
    doc.t(f"VISA {ctx['masked']}\n")
    if not plan["clean"]:
        doc.t(f"{L['name']}: ").field(ctx, "person").t("\n")
        if "phone" in plan["topics"] or rng.random() < 0.5:
            doc.t(f"{L['phone']}: ").field(ctx, "phone").t("\n")
        if "card" in plan["topics"]:
            doc.t(f"{L['card']}: ").field(ctx, "card").t("\n")
        if "email" in plan["topics"]:
            doc.t("e-bon: ").field(ctx, "email").t("\n")
    doc.t((f"TSE {ctx['hash']}\n" if plan["negs"] else "") + noisy(rng.choice(F["receipt_end"])) + "\n")


def calendar_invite(doc, ctx, S, F, plan):
    rng = ctx.rng
    d = ctx["iso"].replace("-", "")
    uid = ctx["uuid"] if plan["negs"] else f"{rng.randint(10**6, 10**7)}@cal"
    doc.t(f"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:{uid}\nDTSTART:{d}T{rng.randint(7, 17):02d}0000Z\n")
    doc.t("SUMMARY:" + rng.choice(F["cal_summary"]) + "\n")
    if not plan["clean"]:
        doc.t("ORGANIZER;CN=").field(ctx, "person").t(":mailto:").field(ctx, "email").t("\n")
        doc.t("ATTENDEE;CN=").field(ctx, "person2").t(":mailto:").field(ctx, "email2").t("\n")
        if "addr" in plan["topics"] or rng.random() < 0.5:
            doc.t("LOCATION:").field(ctx, "addr").t("\n")
        doc.t("DESCRIPTION:")
        for t in [x for x in plan["topics"] if x not in ("addr", "email")][:2] + plan["negs"][:1]:
            _topic_line(doc, ctx, S, F, t)
            doc.t("\\n")
        doc.t("\n")
    else:
        doc.t(f"LOCATION:{ctx['city']}\nDESCRIPTION:")
        _topic_line(doc, ctx, S, F, "neg")
        doc.t("\n")
    doc.t("END:VEVENT\nEND:VCALENDAR\n")


def bank_transfer(doc, ctx, S, F, plan):
    rng, L, loc = ctx.rng, F["L"], ctx.locale
    doc.t(rng.choice(F["bank_title"]) + "\n\n")
    doc.t(f"{L['date']}: {ctx['date']}\n")
    doc.t(f"{L['sender']}: ").field(ctx, "person").t("\n")
    if S["iban"]:
        doc.t("IBAN: ").field(ctx, "iban").t("\n")
    doc.t(f"{L['recipient']}: ")
    if rng.random() < 0.4:
        doc.t(ctx["company"] + "\n")
    else:
        doc.field(ctx, "person2").t("\n")
    if loc == "ru_RU":
        doc.t("СБП, по номеру телефона: ").field(ctx, "phone").t("\n")
    elif loc == "en_US":
        doc.t("Zelle to: ").field(ctx, rng.choice(["email2", "phone"])).t("\n")
    elif loc == "vi_VN":
        doc.t("Ví MoMo: ").field(ctx, "phone").t("\n")
    elif loc == "ja_JP":
        doc.t("ご依頼人連絡先：").field(ctx, "phone").t("\n")
    if "card" in plan["topics"]:
        doc.t(f"{L['card']}: ").field(ctx, "card").t("\n")
    doc.t(f"{L['amount']}: {ctx['price']}\n{L['reference']}: {ctx['invoice']}\n")
    if plan["negs"]:
        doc.t(f"ID: {ctx['uuid']}\n")


def crm_note(doc, ctx, S, F, plan):
    rng = ctx.rng
    doc.t(f"[CRM] {ctx['date']} {ctx['time']} – ").field(ctx, "person2").t("\n")
    for line in rng.sample(F["crm"], 2):
        doc.fill("* " + line + "\n", ctx)
    for t in plan["topics"] + plan["negs"]:
        doc.t("* ")
        _topic_line(doc, ctx, S, F, t)
        doc.t("\n")


def json_form(doc, ctx, S, F, plan):
    rng = ctx.rng
    if plan["clean"]:
        doc.t(f'{{"order": "{ctx["order"]}", "items": [{{"name": "{ctx["product"]}", "price": "{ctx["price"]}", "dims": "{ctx["qty"]}"}}], "ts": "{ctx["tsz"]}"}}\n')
        return
    doc.t('{"form": "' + rng.choice(["signup", "loyalty", "warranty", "contact"]) + ('", "submitted": "' + ctx["tsz"] if plan["negs"] else "") + '", "data": {"name": "')
    doc.field(ctx, "person").t('", "dob": "').field(ctx, "dob").t('", "tel": "').field(ctx, "phone").t('", "mail": "').field(ctx, "email").t('"')
    if "addr" in plan["topics"]:
        doc.t(', "address": "').field(ctx, "addr").t('"')
    if "gps" in plan["topics"]:
        doc.t(', "location": [').field(ctx, "gps_json").t("]")
    if "pwd" in plan["topics"]:
        doc.t(', "password": "').field(ctx, "pwd").t('"')
    doc.t('}, "consent": true}\n')


def sms(doc, ctx, S, F, plan):
    rng = ctx.rng
    topics = plan["topics"][:2] + plan["negs"][:1] or ["clean"]
    if not plan["clean"] and rng.random() < 0.4:
        _topic_line(doc, ctx, S, F, "intro")
        doc.t(" ")
    for i, t in enumerate(topics):
        _topic_line(doc, ctx, S, F, t)
        doc.t(" " if i + 1 < len(topics) else "")
    if not plan["clean"] and rng.random() < 0.5:
        doc.t(" -").field(ctx, "first")


RENDER = {name: globals()[name] for name in STYLES}


def strip_end(doc: Doc) -> None:
    """Drop trailing whitespace of the text (no span ends in it)."""
    text = doc.text
    cut = len(text.rstrip())
    if cut < len(text):
        doc.parts = [text[:cut]]
        doc.n = cut
