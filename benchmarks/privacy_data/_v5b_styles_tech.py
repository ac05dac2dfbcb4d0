# ruff: noqa: RUF001  (multilingual text: full-width punctuation, en dashes and typographic quotes are meant)
"""Technical styles for eval_v5b: .env / docker-compose / Kubernetes files, curl commands and HTTP
request dumps, GitHub issues with stack traces, Slack/Teams JSON exports, security incident
reports, spreadsheets pasted as TSV, vCards and XHTML form snippets."""

from __future__ import annotations

import html
import json

import _v5b_places as places
import _v5b_values as val
import phonenumbers
from _v5b_doc import Doc
from _v5b_people import Ctx, fmt_date, lex, make_person
from _v5b_render import REGION_NAME

COMMENT = {"en": "do not commit this file", "de": "Passwörter nicht einchecken!", "fr": "ne pas commiter ce fichier",
           "it": "non committare questo file", "nl": "dit bestand niet committen", "es": "no subir este archivo al repo",
           "hr": "ne commitati ovu datoteku", "lt": "šio failo necommitinti", "zh": "此檔案請勿提交到版控", "ms": "jangan commit fail ini",
           "ar": "لا ترفع هذا الملف"}


def _service(ctx: Ctx) -> str:
    return ctx.rng.choice(["orders", "billing", "kiosk", "telemetry", "crm", "booking", "pos", "clinic-portal"])


def env_config(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    kind = rng.randrange(4)
    svc = _service(ctx)
    ver = ctx.get("version")
    if ctx.clean:
        doc.t(f"# {svc} {ver}\nAPP_ENV=staging\nPORT={rng.choice([3000, 8080, 8000])}\nLOG_LEVEL=info\nBUILD_SHA=")
        doc.neg(ctx.get("hash") + "\nFEATURE_FLAGS=new_checkout,dark_mode\nREQUEST_ID_HEADER=X-Request-Id\nCACHE_TTL_S=300\n")
        return doc
    if kind == 0:  # .env
        doc.t(f"# {svc} – {COMMENT[ctx.lang]}\nAPP_ENV=production\n")
        user = rng.choice(["app", "svc_" + svc, "postgres", "admin"])
        scheme, port = rng.choice([("postgres", 5432), ("mysql", 3306), ("mongodb", 27017)])
        doc.t(f"DATABASE_URL={scheme}://{user}:").v("secret", val.password(rng)).t("@").v("ipv4", val.ipv4(rng, private=True)).t(f":{port}/{svc}\n")
        doc.t(rng.choice(["STRIPE_SECRET_KEY=", "GITHUB_TOKEN=", "SENDGRID_API_KEY=", "API_KEY=", "SLACK_BOT_TOKEN="])).v("secret", ctx.get("api")).t("\n")
        doc.t("ADMIN_EMAIL=").v("email", ctx.get("email")).t("\n")
        if rng.random() < 0.5:
            doc.t("ALERT_SMS_TO=").v("phone", val.phone(rng, ctx.locale).replace(" ", "")).t("\n")
        doc.t(f"SENTRY_RELEASE={ver}\n")
    elif kind == 1:  # docker-compose
        doc.t(f"# {COMMENT[ctx.lang]}\nservices:\n  db:\n    image: postgres:{rng.randrange(13, 17)}.{rng.randrange(0, 6)}\n    environment:\n      POSTGRES_USER: {svc}\n      POSTGRES_PASSWORD: \"")
        doc.v("secret", val.password(rng)).t(f"\"\n  app:\n    image: registry.gitlab.com/acme/{svc}:{ver}\n    environment:\n      - SMTP_PASSWORD=")
        doc.v("secret", val.password(rng)).t("\n      - NOTIFY_EMAIL=").v("email", ctx.get("email")).t("\n    extra_hosts:\n      - \"mqtt-broker:")
        doc.v("ipv4", val.ipv4(rng)).t("\"\n")
        if rng.random() < 0.5:
            doc.t("    mac_address: \"").v("mac", ":".join(val.mac(rng).replace(":", "").replace("-", "").replace(".", "")[i:i + 2] for i in range(0, 12, 2)).lower()).t("\"\n")
    elif kind == 2:  # Kubernetes Secret + hostAliases
        doc.t(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {svc}-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  api-token: \"")
        doc.v("secret", ctx.get("api")).t("\"\n  db-password: \"").v("secret", val.password(rng)).t("\"\n  owner: \"").v("email", ctx.get("email")).t("\"\n---\n")
        doc.t(f"apiVersion: v1\nkind: Pod\nmetadata:\n  name: {svc}-0\nspec:\n  hostAliases:\n    - ip: \"")
        ip6 = rng.random() < 0.4
        doc.v("ipv6" if ip6 else "ipv4", val.ipv6(rng) if ip6 else val.ipv4(rng)).t(f"\"\n      hostnames: [\"legacy-{svc}\"]\n  containers:\n    - name: app\n      image: ghcr.io/acme/{svc}:{ver}\n")
    else:  # device config (ini-like) of an edge box
        doc.t(f"; {COMMENT[ctx.lang]}\n[wifi]\nssid = {rng.choice(['Vodafone-5G', 'HomeNet', 'TP-Link_8C21', 'Sunrise_2.4', 'Unifi-TM', 'STC_Home'])}\npsk = ")
        doc.v("secret", val.password(rng)).t("\n\n[device]\nserial = ")
        doc.neg(f"SN{rng.randrange(10 ** 8, 10 ** 9)}\nfirmware = {ver}\nmac = ")
        doc.v("mac", val.mac(rng)).t("\nstatic_ip = ").v("ipv4", val.ipv4(rng, private=True)).t("\n\n[site]\nlocation = ")
        doc.v("gps", val.gps(rng, ctx.locale, quotes_ok=False)).t("\ncontact = ").v("person", ctx.person.full).t(" <").v("email", ctx.get("email")).t(">\n")
    if ctx.neg:
        doc.neg(f"# build {ctx.get('hash')} {ctx.get('uuid')}\n")
    return doc


def http_dump(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    p = ctx.person
    host = rng.choice(["api.shopfront.io", "portal.clinic-app.net", "backend.kiosk.local", "crm.example-corp.com"])
    body = [("name", "person", p.full), ("phone", "phone", ctx.get("phone")), ("email", "email", ctx.get("email"))]
    if rng.random() < 0.5:
        body.append(("birthDate", "dob", f"{p.dob[0]}-{p.dob[1]:02d}-{p.dob[2]:02d}"))
    if rng.random() < 0.4:
        body.append(("nationalId", "national_id", ctx.get("nid")))
    elif rng.random() < 0.2:
        body.append(("ssn", "ssn", ctx.get("ssn")))  # a US-facing service asking for a US SSN
    if rng.random() < 0.25:
        body.append(("cardNumber", "card", ctx.get("card").replace(" ", "")))
    escaped = any("'" in v for _, _, v in body) or rng.random() < 0.3
    q = '\\"' if escaped else '"'
    if rng.random() < 0.5:
        doc.t(f"curl -sS -X POST https://{host}/v2/customers \\\n  -H \"Authorization: Bearer ").v("secret", ctx.get("api")).t("\" \\\n")
        outer = '"' if escaped else "'"
        doc.t("  -H \"Content-Type: application/json\" \\\n  -d " + outer + "{")
        for i, (k, kind, v) in enumerate(body):
            doc.t(("," if i else "") + f"{q}{k}{q}:{q}").v(kind, v).t(q)
        doc.t("}" + outer + "\n")
    else:
        doc.t(f"POST /api/v1/register HTTP/1.1\nHost: {host}\nUser-Agent: okhttp/4.{rng.randrange(9, 12)}.0\nX-Forwarded-For: ")
        doc.v("ipv4", val.ipv4(rng, private=False)).t(", ").v("ipv4", val.ipv4(rng, private=True)).t("\n")
        if rng.random() < 0.5:
            doc.t("X-Real-IP: ").v("ipv6", val.ipv6(rng)).t("\n")
        doc.t(rng.choice(["X-Api-Key: ", "Authorization: Token ", "Authorization: Bearer "])).v("secret", ctx.get("api")).t("\n")
        doc.neg(f"X-Request-Id: {ctx.get('uuid')}\n")
        doc.t("Content-Type: application/json\n\n{")
        for i, (k, kind, v) in enumerate(body):
            doc.t((", " if i else "") + f"\"{k}\": \"").v(kind, v).t('"')
        doc.t("}\n")
        doc.t(f"\nHTTP/1.1 201 Created\nDate: {rng.choice(['Mon', 'Tue', 'Wed', 'Thu'])}, {rng.randrange(1, 28):02d} Mar 2025 {ctx.get('time')}:{rng.randrange(0, 60):02d} GMT\n")
    if ctx.neg:
        ctx.negative(doc, "\n# ")
    return doc


TRACE = [
    ('  File "/opt/{svc}/sync/client.py", line {n}, in push\n    resp.raise_for_status()\n', "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://{host}/api/v2/devices/{uuid}"),
    ('  at com.acme.{svc}.net.Uploader.send(Uploader.java:{n})\n  at java.base/java.lang.Thread.run(Thread.java:1583)\n', "java.net.ConnectException: Connection refused: /{host}:8883"),
    ('    at Object.<anonymous> (/srv/{svc}/index.js:{n}:17)\n    at Module._compile (node:internal/modules/cjs/loader:1554:14)\n', "Error: connect ETIMEDOUT {host}:5432"),
]
ISSUE_TEXT = {
    "en": "After upgrading to {version} the device stops syncing. Config below (I masked nothing, it's a test box).",
    "de": "Seit dem Update auf {version} synchronisiert das Gerät nicht mehr. Konfiguration unten.",
    "fr": "Depuis la mise à jour {version}, l'appareil ne se synchronise plus. Config ci-dessous.",
    "it": "Dopo l'aggiornamento a {version} il dispositivo non sincronizza più. Config qui sotto.",
    "nl": "Sinds de update naar {version} synchroniseert het toestel niet meer. Config hieronder.",
    "es": "Después de actualizar a {version} el equipo dejó de sincronizar. Dejo la config abajo.",
    "hr": "Nakon nadogradnje na {version} uređaj se više ne sinkronizira. Konfiguracija ispod.",
    "lt": "Atnaujinus į {version}, įrenginys nebesinchronizuoja. Konfigūracija žemiau.",
    "zh": "升級到{version}之後裝置就無法同步，設定檔如下。",
    "ms": "Lepas upgrade ke {version}, device tak sync langsung. Config kat bawah.",
    "ar": "بعد التحديث إلى {version} الجهاز ما عاد يزامن. الإعدادات تحت.",
}


def github_issue(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    svc = _service(ctx)
    ver = ctx.get("version")
    trace_head, trace_tail = rng.choice(TRACE)
    doc.t(f"### Sync fails with 401 after upgrade to {ver}\n\n**Describe the bug**\n")
    ctx.fill(doc, ISSUE_TEXT[ctx.lang].replace("{version}", ver))
    doc.t("\n\n**Config**\n```yaml\nmqtt:\n  host: ")
    if ctx.clean:
        doc.t(f"broker.{svc}.internal\n  port: 8883\n  tls: true\n```\n")
        host = f"broker.{svc}.internal"
    else:
        ip = val.ipv4(rng) if rng.random() < 0.7 else None
        host = ip or f"broker.{svc}.internal"
        if ip:
            doc.v("ipv4", ip)
        else:
            doc.t(host)
        doc.t(f"\n  port: 8883\n  username: {svc}-edge\n  password: \"").v("secret", val.password(rng)).t("\"\ndevice:\n  mac: \"").v("mac", val.mac(rng)).t("\"\n")
        if rng.random() < 0.4:
            doc.t("  location: \"").v("gps", val.gps(rng, ctx.locale, quotes_ok=False)).t("\"\n")
        if rng.random() < 0.3:
            doc.t("  ipv6: \"").v("ipv6", val.ipv6(rng)).t("\"\n")
        doc.t("```\n")
    doc.t("\n**Stack trace**\n```\nTraceback (most recent call last):\n")
    th = trace_head.replace("{svc}", svc).replace("{n}", str(rng.randrange(40, 900)))
    doc.t(th)
    tail = trace_tail.replace("{uuid}", ctx.get("uuid")).replace("{svc}", svc)
    a, b = tail.split("{host}")
    doc.t(a)
    if host[0].isdigit():
        doc.v("ipv4", host)
    else:
        doc.t(host)
    doc.t(b + "\n```\n")
    doc.negatives += 1
    doc.neg(f"\n**Environment**: Raspberry Pi OS 12 (bookworm), kernel 6.6.{rng.randrange(20, 70)}, app {ver}, commit {ctx.get('hash')}\n")
    if not ctx.clean and rng.random() < 0.6:
        reply = {"en": "Thanks {given}, can you rotate that password and retry with 2.x?", "de": "Danke {given}, bitte Passwort ändern und nochmals testen.",
                 "es": "Gracias {given}, cambia esa clave y prueba de nuevo.", "zh": "謝謝{given}，請先換掉密碼再試一次。",
                 "ms": "Thanks {given}, tukar password tu dulu then try lagi.", "hr": "Hvala {given}, promijeni lozinku pa probaj opet.",
                 "lt": "Ačiū, {given}, pakeisk slaptažodį ir pabandyk dar kartą.", "ar": "شكراً {given}، غيّر كلمة المرور وجرب مرة ثانية.",
                 "fr": "Merci {given}, change ce mot de passe et réessaie.", "nl": "Bedankt {given}, wijzig dat wachtwoord en probeer opnieuw.",
                 "it": "Grazie {given}, cambia la password e riprova."}[ctx.lang]
        doc.t("\n---\n**maintainer** commented:\n")
        ctx.fill(doc, reply)
        doc.t("\n")
    return doc


def _json_text(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


FILLER = {"en": ["ok", "👍", "on my way", "thanks!!", "sure"], "de": ["ok", "merci!", "bin unterwegs", "👍"], "fr": ["ok", "merci !", "j'arrive", "👍"],
          "it": ["ok", "grazie!", "arrivo"], "nl": ["ok", "merci!", "ben onderweg", "👍"], "es": ["listo", "dale", "gracias!!", "👍", "ya voy"],
          "hr": ["ok", "hvala!", "evo me", "👍"], "lt": ["ok", "ačiū!", "jau einu", "👍"], "zh": ["好", "收到", "謝謝！", "👍"],
          "ms": ["ok", "tq!", "otw", "👍", "baik"], "ar": ["تمام", "شكراً", "في الطريق", "👍"]}


def _chat_line(ctx: Ctx) -> str:
    pool = ctx.usable(lex("CHAT", ctx.lang))  # type: ignore[arg-type]
    from _v5b_lex_world import MIX
    if ctx.locale in MIX and ctx.rng.random() < 0.5:
        pool = MIX[ctx.locale]
    return ctx.rng.choice(pool)


def slack_export(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    ctx.cache["gps"] = val.gps(rng, ctx.locale, quotes_ok=False)  # no ASCII quotes inside JSON strings
    people = [ctx.person, ctx.other]
    teams = rng.random() < 0.4
    ts0 = rng.randrange(1_690_000_000, 1_760_000_000)
    n = rng.randrange(2, 4)
    doc.t("[\n")
    for i in range(n):
        p = people[i % 2]
        if ctx.clean:
            msg = Doc().t(_json_text(ctx.fill(Doc(), rng.choice(lex("CLEAN", ctx.lang))).finish()[0]))  # type: ignore[arg-type]
        else:
            msg = Doc()
            tmpl = _chat_line(ctx) if i == 0 or rng.random() < 0.5 else rng.choice(FILLER[ctx.lang])
            sub = ctx.fill(Doc(), tmpl)
            for text, kind in sub.pieces:
                if kind is None:
                    msg.t(_json_text(text))
                else:
                    msg.v(kind, text)
        if teams:
            doc.t(f'  {{"id": "{ts0 + i * 97}", "createdDateTime": "2025-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}T0{rng.randrange(0, 9)}:{rng.randrange(10, 59)}:00Z", "from": {{"user": {{"displayName": "')
            if ctx.clean:
                doc.t(rng.choice(["IT Helpdesk", "Build Bot", "Facilities"]))
            else:
                doc.v("person", p.full)
            doc.t('"}}, "body": {"contentType": "text", "content": "')
        else:
            doc.t(f'  {{"type": "message", "user": "U0{rng.randrange(10 ** 7, 10 ** 8)}", "ts": "{ts0 + i * 97}.{rng.randrange(100000, 999999)}", ')
            if not ctx.clean:
                doc.t('"user_profile": {"real_name": "').v("person", p.full).t('"}, ')
            doc.t('"text": "')
        doc.extend(msg)
        doc.t('"}}' if teams else '"}')
        doc.t(",\n" if i < n - 1 else "\n")
    doc.t("]")
    return doc


def incident_report(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    doc.t(f"{ctx.L('incident')} IR-{rng.randrange(2023, 2027)}-{rng.randrange(100, 9999):04d}\n")
    doc.t("Reported by: ").v("person", ctx.person.full).t(" (").v("email", ctx.get("email")).t(")\n")
    doc.t(f"Detected: {fmt_date(rng, ctx.locale, ctx.lang, val.other_date(rng))} {ctx.get('time')} UTC\n")
    doc.negatives += 1
    doc.t("Summary: ")
    src = val.ipv4(rng, private=False)
    tmpl = rng.choice([
        "{n} failed SSH logins from {src} against web-0{k} ({dst}) within 5 minutes.",
        "Unknown device {mac} joined VLAN 20 and requested {dst} via DHCP.",
        "Outbound traffic spike from {dst} to {src} ({gb} GB) outside business hours.",
    ])
    parts = {"src": ("ipv4", src), "dst": ("ipv4", val.ipv4(rng, private=True)), "mac": ("mac", val.mac(rng))}
    import re
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", tmpl):
        doc.t(tmpl[pos:m.start()])
        key = m.group(1)
        if key in parts:
            doc.v(*parts[key])
        else:
            doc.t({"n": str(rng.randrange(40, 900)), "k": str(rng.randrange(1, 9)), "gb": f"{rng.uniform(1, 40):.1f}"}[key])
        pos = m.end()
    doc.t(tmpl[pos:] + "\n")
    if rng.random() < 0.5:
        doc.t("Last seen from: ").v("ipv6", val.ipv6(rng)).t("\n")
    if rng.random() < 0.3:
        doc.t("Device location (MDM): ").v("gps", val.gps(rng, ctx.locale)).t("\n")
    doc.t("Affected account: ").v("person", ctx.other.full).t("; password reset, temporary password ").v("secret", val.password(rng)).t(" sent by SMS to ")
    doc.v("phone", val.phone(rng, ctx.locale)).t("\n")
    doc.neg(f"IOC: sha256 {''.join(rng.choice('0123456789abcdef') for _ in range(64))}\n")
    if ctx.neg:
        ctx.negative(doc, "\n")
    return doc


TSV_HEAD = {"en": ["Name", "Mobile", "Email", "DOB", "City"], "de": ["Name", "Natel", "E-Mail", "Geburtsdatum", "Ort"],
            "fr": ["Nom", "Portable", "E-mail", "Date de naissance", "Localité"], "it": ["Nome", "Cellulare", "E-mail", "Data di nascita", "Località"],
            "nl": ["Naam", "GSM", "E-mail", "Geboortedatum", "Gemeente"], "es": ["Nombre", "Celular", "Correo", "Fecha nac.", "Ciudad"],
            "hr": ["Ime i prezime", "Mobitel", "E-mail", "Datum rođenja", "Grad"], "lt": ["Vardas, pavardė", "Tel.", "El. paštas", "Gimimo data", "Miestas"],
            "zh": ["姓名", "手機", "Email", "生日", "縣市"], "ms": ["Nama", "No. H/P", "Emel", "Tarikh lahir", "Bandar"],
            "ar": ["الاسم", "الجوال", "البريد", "تاريخ الميلاد", "المدينة"]}


def tsv_sheet(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    if ctx.clean:
        doc.t("SKU\tProduct\tQty\tUnit price\tUpdated\n")
        for _ in range(rng.randrange(3, 6)):
            doc.t(f"{rng.choice('ABCDEFGH')}{rng.randrange(1000, 99999)}\t{ctx.get('product')}\t{ctx.get('n')}\t{ctx.get('price')}\t{ctx.get('date')}\n")
        doc.negatives += 1
        return doc
    head = TSV_HEAD[ctx.lang]
    with_id = rng.random() < 0.4
    doc.t("#\t" + "\t".join(head))
    if with_id:
        ctx.get("nid")
        doc.t("\t" + ctx.nid_label)
    doc.t("\n")
    from _v5b_people import email_for, make_nid, national_ids
    nid_key = next(k for lb, k in national_ids(ctx.locale, ctx.lang) if ctx.nid_label in lb) if with_id else ""
    for r in range(rng.randrange(2, 6)):
        p = ctx.person if r == 0 else make_person(rng, ctx.locale, ctx.lang)
        doc.t(f"{r + 1}\t").v("person", p.full).t("\t")
        if rng.random() < 0.85:
            doc.v("phone", val.phone(rng, ctx.locale))
        doc.t("\t")
        if rng.random() < 0.8:
            doc.v("email", email_for(rng, ctx.locale, p))
        doc.t("\t").v("dob", fmt_date(rng, ctx.locale, ctx.lang, p.dob)).t("\t" + places.address(rng, ctx.locale).city)
        if with_id:
            doc.t("\t").v("national_id", ctx.get("nid") if r == 0 else make_nid(rng, nid_key, p))
        doc.t("\n")
    doc.negatives += 1  # city column
    if ctx.neg:
        doc.neg(f"\t{ctx.get('date')}\t{ctx.get('order')}\t{ctx.get('price')}\n")
    return doc


def vcard(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    cards = [ctx.person] + ([ctx.other] if rng.random() < 0.35 else [])
    for p in cards:
        v4 = rng.random() < 0.4
        doc.t(f"BEGIN:VCARD\nVERSION:{'4.0' if v4 else '3.0'}\nN:")
        doc.v("person", p.family).t(";").v("person", p.given).t(";;;\nFN:").v("person", p.full).t("\n")
        if rng.random() < 0.4:
            doc.neg(f"ORG:{rng.choice(places.COMPANIES[ctx.locale])}\n")
        ph = val.phone(rng, ctx.locale)
        doc.t("TEL;TYPE=CELL:" if not v4 else "TEL;TYPE=cell;VALUE=uri:tel:")
        if v4:
            num = phonenumbers.parse(ph, val.REGION[ctx.locale])
            doc.v("phone", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164))
        else:
            doc.v("phone", ph)
        doc.t("\n")
        if rng.random() < 0.4:
            doc.t("TEL;TYPE=HOME:" if not v4 else "TEL;TYPE=home:").v("phone", val.phone(rng, ctx.locale, mobile=False)).t("\n")
        doc.t("EMAIL;TYPE=INTERNET:" if not v4 else "EMAIL;TYPE=home:").v("email", ctx.get("email") if p is ctx.person else __import__("_v5b_people").email_for(rng, ctx.locale, p)).t("\n")
        if rng.random() < 0.6:
            a = places.address(rng, ctx.locale)
            street = a.lines[0]
            rest = a.lines[1] if len(a.lines) > 1 else ""
            pc, _, city = rest.partition(" ") if rest[:1].isdigit() or rest.startswith(("LT-", "B-", "CH-", "HR-")) else ("", "", rest)
            value = f"{street};{city};;{pc}".rstrip(";") if rest else street
            doc.t("ADR;TYPE=HOME:;;").v("address", value).t(f";{REGION_NAME[ctx.locale]}\n")
        if rng.random() < 0.5:
            y, m, d = p.dob
            doc.t("BDAY:").v("dob", f"{y}{m:02d}{d:02d}" if not v4 or rng.random() < 0.5 else f"{y}-{m:02d}-{d:02d}").t("\n")
        if rng.random() < 0.3:
            doc.neg(f"NOTE:{ctx.get('product')} – {ctx.get('date')}\n")
        doc.t(f"REV:{rng.randrange(2019, 2026)}0{rng.randrange(1, 9)}1{rng.randrange(0, 9)}T1{rng.randrange(0, 9)}3000Z\nEND:VCARD\n")
    return doc


def _xml_safe(value: str) -> str:
    if any(c in value for c in '"&<>'):
        raise ValueError(f"value {value!r} would need escaping in XHTML")
    return value


def html_form(ctx: Ctx) -> Doc:
    rng, doc = ctx.rng, Doc()
    esc = lambda s: html.escape(s, quote=True)  # noqa: E731
    p = ctx.person
    if rng.random() < 0.5:
        doc.t(f'<form action="/{rng.choice(["checkout", "register", "appointments", "apply"])}" method="post" class="needs-validation">\n')
        rows = [("fullname", ctx.L("name"), "person", p.full), ("tel", ctx.L("phone"), "phone", ctx.get("phone")),
                ("email", ctx.L("email"), "email", ctx.get("email"))]
        if rng.random() < 0.6:
            rows.append(("dob", ctx.L("dob"), "dob", ctx.get("dob")))
        if rng.random() < 0.5:
            rows.append(("idno", ctx.nid_label or "ID", "national_id", ctx.get("nid")))
        for name, lab, kind, value in rows:
            if name == "idno":
                lab = ctx.nid_label
            doc.t(f'  <div class="mb-3">\n    <label for="{name}">{esc(lab)}</label>\n    <input type="text" class="form-control" id="{name}" name="{name}" value="')
            doc.v(kind, _xml_safe(value))
            doc.t('"/>\n  </div>\n')
        a = places.address(rng, ctx.locale, lang=ctx.lang)
        doc.t(f'  <label for="addr">{esc(ctx.L("address"))}</label>\n  <textarea id="addr" name="addr" rows="2">')
        for i, line in enumerate(a.lines):
            if i:
                doc.t("\n")
            doc.v("address", _xml_safe(line))
        doc.t(f'</textarea>\n  <input type="hidden" name="csrf" value="{ctx.get("hash")}"/>\n</form>')
        doc.negatives += 1
    else:
        ph = ctx.get("phone")
        e164 = phonenumbers.format_number(phonenumbers.parse(ph, val.REGION[ctx.locale]), phonenumbers.PhoneNumberFormat.E164)
        doc.t('<div class="profile-card">\n  <h2>').v("person", p.full).t("</h2>\n")
        doc.t(f'  <p class="role">{esc(ctx.get("company"))}</p>\n  <ul>\n    <li>{esc(ctx.L("phone"))}: <a href="tel:').v("phone", e164).t('">').v("phone", ph).t("</a></li>\n")
        doc.t('    <li><a href="mailto:').v("email", ctx.get("email")).t('">').v("email", ctx.get("email")).t("</a></li>\n")
        if rng.random() < 0.5:
            a = places.address(rng, ctx.locale, lang=ctx.lang)
            doc.t("    <li><address>")
            for i, line in enumerate(a.lines):
                if i:
                    doc.t("<br/>")
                doc.v("address", _xml_safe(line))
            doc.t("</address></li>\n")
        doc.t("  </ul>\n</div>")
        doc.negatives += 1
    if ctx.neg:
        doc.t(f"\n<!-- build {esc(ctx.get('version'))} {ctx.get('uuid')} -->")
        doc.negatives += 1
    return doc


STYLES = {"env_config": env_config, "http_dump": http_dump, "github_issue": github_issue, "slack_export": slack_export,
          "incident_report": incident_report, "tsv_sheet": tsv_sheet, "vcard": vcard, "html_form": html_form}
CLEAN_OK = {"env_config", "github_issue", "slack_export", "tsv_sheet"}
