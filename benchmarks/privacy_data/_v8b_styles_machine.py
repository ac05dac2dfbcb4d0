"""Machine-format styles for eval_v8b: logs, events, stores and dumps (one function per style)."""

from __future__ import annotations

import json

import _v8b_people as P
import _v8b_phrases as PH
import _v8b_values as V
from _v8b_doc import Doc, casual_text


def _ts(rng, fmt="iso"):
    y, mo, d = 2026, rng.randrange(1, 12), rng.randrange(1, 28)
    h, mi, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    if fmt == "syslog":
        return f"{V.MON3[mo - 1].title()} {d:2d} {h:02d}:{mi:02d}:{s:02d}"
    if fmt == "epoch":
        return f"{1767225600 + rng.randrange(30_000_000)}.{rng.randrange(10**6):06d}"
    return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"


def _js(s: str) -> str:
    """A JSON string literal body (no quotes) for s."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def radius_acct(rng, loc):
    """FreeRADIUS detail file (radacct), 1-3 Accounting-Request records."""
    d = Doc()
    for _ in range(rng.randrange(1, 4)):
        p = P.person(rng, loc, "latn")
        user = V.email(rng, loc, p.latn_given, p.latn_family) if rng.random() < 0.5 else None
        d.t(f"{_ts(rng, 'syslog').replace('  ', ' ')} 2026\n")
        d.t("\tAcct-Status-Type = " + rng.choice(["Start", "Stop", "Interim-Update"]) + "\n")
        if user:
            d('\tUser-Name = "', ("email", user), '"\n')
        else:
            d.t(
                '\tUser-Name = "'
                + f"{rng.choice(['hs', 'wifi', 'guest'])}{rng.randrange(1000, 9999)}"
                + '"\n'
            )
        d("\tNAS-IP-Address = ", ("ipv4", V.ipv4(rng, True)), "\n")
        d.t(f"\tNAS-Port = {rng.randrange(1, 60000)}\n")
        d("\tFramed-IP-Address = ", ("ipv4", V.ipv4(rng, True)), "\n")
        if rng.random() < 0.4:
            d("\tFramed-IPv6-Prefix = ", ("ipv6", V.ipv6(rng)), "/64\n")
        m = V.mac(rng)
        if ":" in m and rng.random() < 0.7:
            m = m.replace(":", "-").upper()
        d('\tCalling-Station-Id = "', ("mac", m), '"\n')
        d(
            '\tCalled-Station-Id = "',
            ("mac", V.mac(rng, 2)),
            f':{rng.choice(["HotelGuest", "CafeWiFi", "Campus", "eduroam"])}"\n',
        )
        if user is None and rng.random() < 0.6:
            d('\tConnect-Info = "roomguest ', ("person", p.latn_family.upper()), '"\n')
        d.t(f'\tAcct-Session-Id = "{V.rand_str(rng, 16, "0123456789ABCDEF")}"\n')
        d.t(
            f"\tAcct-Input-Octets = {rng.randrange(10**4, 10**9)}\n\tAcct-Session-Time = {rng.randrange(5, 90000)}\n\n"
        )
    return d


def win_event_xml(rng, loc):
    """Windows Security event 4624/4625 as exported XML."""
    d = Doc()
    p = P.person(rng, loc, "latn")
    eid = rng.choice([4624, 4625, 4740])
    host = f"{rng.choice(['WS', 'PC', 'LT'])}-{V.rand_str(rng, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}"
    acct = f"u{rng.randrange(10**5, 10**6)}"
    d.t('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">\n  <System>\n')
    d.t(
        f'    <Provider Name="Microsoft-Windows-Security-Auditing" />\n    <EventID>{eid}</EventID>\n'
    )
    d.t(
        f'    <TimeCreated SystemTime="{_ts(rng)}" />\n    <Computer>{host}.corp.local</Computer>\n  </System>\n  <EventData>\n'
    )
    d.t(f'    <Data Name="TargetUserName">{acct}</Data>\n')
    d.t('    <Data Name="TargetDomainName">CORP</Data>\n')
    d('    <Data Name="TargetUserDisplayName">', ("person", p.full), "</Data>\n")
    d.t(f'    <Data Name="LogonType">{rng.choice([2, 3, 10])}</Data>\n')
    d.t(f'    <Data Name="WorkstationName">{host}</Data>\n')
    d(
        '    <Data Name="IpAddress">',
        ("ipv4", V.ipv4(rng)) if rng.random() < 0.8 else ("ipv6", V.ipv6(rng)),
        "</Data>\n",
    )
    d.t(f'    <Data Name="IpPort">{rng.randrange(1024, 65535)}</Data>\n')
    if eid == 4625:
        d.t('    <Data Name="FailureReason">%%2313</Data>\n')
    d.t("  </EventData>\n</Event>\n")
    return d


def journal_json(rng, loc):
    """journalctl -o json lines from sshd/sudo/app units."""
    d = Doc()
    for _ in range(rng.randrange(2, 5)):
        k = rng.randrange(3)
        p = P.person(rng, loc, "latn")
        d.t(
            '{"__REALTIME_TIMESTAMP":"'
            + str(rng.randrange(1767225600, 1790000000) * 10**6 + rng.randrange(10**6))
            + '",'
        )
        d.t(
            f'"_HOSTNAME":"srv-{rng.choice(["web", "db", "api"])}{rng.randrange(1, 9)}","PRIORITY":"{rng.randrange(3, 7)}",'
        )
        if k == 0:
            user = rng.choice(["deploy", "ubuntu", "admin", "backup", "ansible"])
            d.t(f'"SYSLOG_IDENTIFIER":"sshd","MESSAGE":"Accepted publickey for {user} from ')
            d.v("ipv4", V.ipv4(rng, False)).t(
                f' port {rng.randrange(1024, 65535)} ssh2: ED25519 SHA256:{V.rand_str(rng, 43)}"'
            )
        elif k == 1:
            d.t('"SYSLOG_IDENTIFIER":"billing-worker","MESSAGE":"charge failed customer=')
            d('\\"', ("person", _js(p.full)), '\\" card=')
            d.t(f"****{rng.randrange(1000, 9999)} ip=").v("ipv4", V.ipv4(rng)).t('"')
        else:
            d.t('"SYSLOG_IDENTIFIER":"app","MESSAGE":"DB connect postgresql://app:')
            d.v("secret", V.password(rng).replace('"', "")).t("@").v("ipv4", V.ipv4(rng, True))
            d.t(f':5432/prod retry {rng.randrange(1, 5)}"')
        d.t("}\n")
    return d


def crontab_keys(rng, loc):
    """crontab with comments plus ~/.ssh/authorized_keys."""
    d = Doc()
    p = P.person(rng, loc, "latn")
    mail = V.email(rng, loc, p.latn_given, p.latn_family)
    d(
        "# m h dom mon dow command\n# owner: ",
        ("person", p.full),
        " <",
        ("email", mail),
        ">\nMAILTO=",
        ("email", mail),
        "\n",
    )
    d.t(f"{rng.randrange(60)} {rng.randrange(24)} * * * /usr/local/bin/backup.sh --dest ")
    d("rsync://backup@", ("ipv4", V.ipv4(rng, True)), "/nightly >/dev/null 2>&1\n")
    d.t("*/15 * * * * curl -s -H 'Authorization: Bearer ").v("secret", V.token(rng)).t(
        "' https://api.example.org/ping\n"
    )
    d.t(f"{rng.randrange(60)} 3 * * 0 mysqldump -h ").v("ipv4", V.ipv4(rng, True)).t(" -u root -p'")
    d.v("secret", V.password(rng).replace("'", "")).t("' shop | gzip > /srv/dump.sql.gz\n\n")
    d.t("$ cat ~/.ssh/authorized_keys\n")
    for _ in range(rng.randrange(1, 3)):
        q = P.person(rng, loc, "latn")
        d.t(f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{V.rand_str(rng, 43)} ")
        d.v("email", V.email(rng, loc, q.latn_given, q.latn_family)).t("\n")
    d.t(f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{V.rand_str(rng, 60)} deploy@ci-runner\n")
    return d


def protobuf_text(rng, loc):
    """Protocol buffers text format of a customer / KYC message."""
    d = Doc()
    lang = PH.lang_of(rng, loc)
    p = P.person(rng, loc, PH.script_for(loc, lang))
    ymd = V.birth(rng)
    d.t(
        f"# proto-file: kyc/v1/customer.proto\n# proto-message: Customer\nid: {rng.randrange(10**6, 10**7)}\n"
    )
    d('full_name: "', ("person", p.full), '"\n')
    d(
        "birth_date { year: ",
        ("dob", str(ymd[0])),
        " month: ",
        ("dob", str(ymd[1])),
        " day: ",
        ("dob", str(ymd[2])),
        " }\n",
    ) if False else d('birth_date: "', ("dob", V.fmt_date(rng, ymd, loc, "iso")), '"\n')
    d('phones { type: MOBILE number: "', ("phone", V.phone_e164(rng, loc, "mobile")), '" }\n')
    if rng.random() < 0.5:
        d('phones { type: HOME number: "', ("phone", V.phone(rng, loc, "fixed")), '" }\n')
    cue, nid = PH.idcue(rng, loc, lang, ymd)
    d(f'document {{ kind: NATIONAL_ID label: "{cue}" value: "', ("national_id", nid), '" }\n')
    lines = P.address(rng, loc, p.script)
    d('address { line1: "', ("address", lines[0]), '"')
    if len(lines) > 1:
        d(' line2: "', ("address", lines[1]), '"')
    d(" }\n")
    if rng.random() < 0.5:
        d('last_login_ip: "', ("ipv4", V.ipv4(rng)), '"\n')
    d.t(f"risk_score: 0.{rng.randrange(10, 99)}\n")
    return d


def es_hits(rng, loc):
    """Elasticsearch _search response with hits from an access/orders index."""
    d = Doc()
    n = rng.randrange(1, 4)
    d.t(
        f'{{\n  "took": {rng.randrange(2, 90)},\n  "timed_out": false,\n  "hits": {{\n    "total": {{ "value": {n}, "relation": "eq" }},\n    "hits": [\n'
    )
    for i in range(n):
        p = P.person(rng, loc, "latn" if rng.random() < 0.5 else None)
        d.t(
            f'      {{ "_index": "orders-2026.{rng.randrange(1, 12):02d}", "_id": "{V.rand_str(rng, 20)}", "_score": 1.0,\n        "_source": {{\n'
        )
        d(
            '          "customer": { "name": "',
            ("person", _js(p.full)),
            '", "email": "',
            ("email", V.email(rng, loc, p.latn_given, p.latn_family)),
            '" },\n',
        )
        d('          "client_ip": "', ("ipv4", V.ipv4(rng, False)), '",\n')
        lines = P.address(rng, loc, p.script)
        d('          "ship_to": "', ("address", _js(P.one_line(lines, loc))), '",\n')
        la, lo = V.latlon_near(rng, loc, lines[-1])
        d('          "geo": { "location": "', ("gps", f"{la:.5f},{lo:.5f}"), '" },\n')
        d.t(
            f'          "total": {rng.randrange(5, 900)}.{rng.randrange(100):02d}, "currency": "{P.CURRENCY[loc]}"\n        }}\n      }}'
        )
        d.t(",\n" if i < n - 1 else "\n")
    d.t("    ]\n  }\n}\n")
    return d


def redis_monitor(rng, loc):
    """Output of redis-cli MONITOR around a session/profile cache."""
    d = Doc()
    client = V.ipv4(rng, True)
    port = rng.randrange(30000, 65000)
    for _ in range(rng.randrange(3, 6)):
        k = rng.randrange(4)
        d.t(f"{_ts(rng, 'epoch')} [0 ").v("ipv4", client).t(f":{port}] ")
        p = P.person(rng, loc)
        if k == 0:
            d.t(f'"HSET" "user:{rng.randrange(10**4, 10**6)}" "name" "').v("person", p.full)
            d.t('" "phone" "').v("phone", V.phone(rng, loc, "mobile")).t('"\n')
        elif k == 1:
            d.t(
                f'"SET" "sess:{V.rand_str(rng, 24)}" "{{\\"uid\\":{rng.randrange(10**5)},\\"email\\":\\"'
            )
            d.v("email", V.email(rng, loc, p.latn_given, p.latn_family)).t('\\",\\"ip\\":\\"').v(
                "ipv4", V.ipv4(rng)
            )
            d.t('\\"}" "EX" "3600"\n')
        elif k == 2:
            d.t(f'"GET" "cart:{rng.randrange(10**5, 10**6)}"\n')
        elif rng.random() < 0.5:
            d.t(f'"HSET" "pay:{rng.randrange(10**5, 10**6)}" "pan" "').v(
                "card", V.card(rng).replace(" ", "")
            )
            d.t(f'" "exp" "{rng.randrange(1, 13):02d}/{rng.randrange(27, 32)}"\n')
        else:
            d.t('"AUTH" "').v("secret", V.password(rng).replace('"', "")).t('"\n')
    return d


def k8s_events(rng, loc):
    """kubectl get events -A listing."""
    d = Doc()
    d.t(
        "NAMESPACE     LAST SEEN   TYPE      REASON             OBJECT                          MESSAGE\n"
    )
    for _ in range(rng.randrange(3, 7)):
        ns = rng.choice(["payments", "default", "crm", "kube-system", "ingress"])
        pod = f"pod/{rng.choice(['api', 'worker', 'crm-sync', 'web'])}-{V.rand_str(rng, 9, 'abcdef0123456789')}-{V.rand_str(rng, 5, 'bcdfghjkmnpqrstvwxz')}"
        d.t(f"{ns:<13} {rng.randrange(1, 59)}m{' ' * 9}")
        k = rng.randrange(4)
        if k == 0:
            d.t(f'Warning   Unhealthy          {pod:<31} Readiness probe failed: Get "http://')
            d.v("ipv4", f"10.244.{rng.randrange(256)}.{rng.randrange(2, 250)}").t(
                ':8080/healthz": context deadline exceeded\n'
            )
        elif k == 1:
            d.t(
                f"Normal    Scheduled          {pod:<31} Successfully assigned {ns}/{pod[4:]} to node "
            )
            d.v("ipv4", V.ipv4(rng, True)).t("\n")
        elif k == 2:
            d.t(
                f"Warning   BackOff            {pod:<31} Back-off restarting failed container app\n"
            )
        else:
            d.t(f"Warning   FailedMount        {pod:<31} MountVolume.SetUp failed: nfs ")
            d.v("ipv4", V.ipv4(rng, True)).t(":/exports/uploads access denied\n")
    return d


def helpdesk_json(rng, loc):
    """Zendesk-style ticket JSON with requester and local-language description."""
    d = Doc()
    lang = PH.lang_of(rng, loc, 0.25)
    p = P.person(rng, loc, PH.script_for(loc, lang))
    mail = V.email(rng, loc, p.latn_given, p.latn_family)
    ph = V.phone(rng, loc, "mobile")  # the OTP goes to a mobile
    body = {
        "es": ("Buenas, no me llega el código al ", "; mi correo es ", ". Gracias"),
        "ar": ("السلام عليكم، ما يوصلني رمز التحقق على رقمي ", " والإيميل ", " شكرا"),
        "fr": ("Bonjour, je ne reçois pas le code sur le ", " ni sur ", ". Merci d'avance"),
        "en": ("Hi, OTP not arriving on ", ", also tried ", ". Please help asap"),
        "am": ("ሰላም፣ የማረጋገጫ ኮድ ወደ ", " አልደረሰኝም። ኢሜይሌ ", " ነው። አመሰግናለሁ"),
        "zh": ("你好，我的手機 ", " 收唔到驗證碼，電郵係 ", "，唔該"),
        "ms": ("Assalamualaikum, kod OTP inda sampai ke ", ", emel saya ", ". Terima kasih"),
    }[lang if lang in ("es", "ar", "fr", "en", "am", "zh", "ms") else "en"]
    if rng.random() < 0.25:  # typed in a hurry: lower case, no accents
        body = tuple(casual_text(x) for x in body)
    d.t(
        f'{{"ticket":{{"id":{rng.randrange(10**5, 10**6)},"status":"{rng.choice(["new", "open", "pending"])}",'
    )
    d.t(f'"subject":"OTP","created_at":"{_ts(rng)}",\n "requester":{{"name":"').v("person", p.full)
    d.t('","email":"').v("email", mail).t('","phone":"').v("phone", ph).t('"},\n')
    d.t(f' "description":"{body[0]}').v("phone", ph).t(body[1]).v("email", mail).t(f'{body[2]}",\n')
    d.t(' "via":{"channel":"web","source":{"from":{"ip":"').v("ipv4", V.ipv4(rng)).t('"}}},')
    d.t(f'"tags":["otp","{loc.lower()}"]}}}}\n')
    return d


def sip_cdr(rng, loc):
    """Asterisk Master.csv call detail records (CallerID "Name" <number>, SIP peer IPs)."""
    d = Doc()
    for _ in range(rng.randrange(2, 5)):
        p = P.person(rng, loc, "latn")
        src = V.phone(rng, loc, None, "e164")
        dst = V.phone(rng, loc, None, "e164")
        d.t('"","').v("phone", src[1:]).t('","').v("phone", dst[1:]).t('","from-trunk","').v(
            "person", p.full
        )
        d.t(" <").v("phone", src).t('>",')
        d.t(f'"SIP/trunk-{V.rand_str(rng, 8, "0123456789abcdef")}","SIP/').v("ipv4", V.ipv4(rng)).t(
            f'-{rng.randrange(10**7):07x}",'
        )
        d.t('"Dial","SIP/').v("phone", dst[1:]).t(
            f'@carrier,60","2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d} '
        )
        d.t(
            f'{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}","","","{rng.randrange(1, 900)}","{rng.randrange(0, 800)}",'
        )
        d.t(
            f'"{rng.choice(["ANSWERED", "NO ANSWER", "BUSY"])}","DOCUMENTATION","{rng.randrange(10**9, 2 * 10**9)}.{rng.randrange(100)}",""\n'
        )
    return d


def payment_webhook_log(rng, loc):
    """A payment gateway's debug log that leaked a raw request (PAN, holder, IP)."""
    d = Doc()
    p = P.person(rng, loc, "latn")
    ts = _ts(rng)
    d.t(f"[{ts}] DEBUG gateway.request POST /v1/charges rid={V.rand_str(rng, 12)}\n")
    d.t(
        '  body={"amount":'
        + str(rng.randrange(100, 90000))
        + f',"currency":"{P.CURRENCY[loc].replace("$", "USD").replace("B/.", "PAB")}",'
    )
    d.t('"card":{"number":"').v("card", V.card(rng).replace("  ", " ")).t(
        f'","exp_month":{rng.randrange(1, 13)},"exp_year":{rng.randrange(2027, 2032)},'
    )
    d.t('"name":"').v("person", V.fold(p.full).upper() if rng.random() < 0.5 else p.full).t('"},')
    d.t('"billing_email":"').v("email", V.email(rng, loc, p.latn_given, p.latn_family)).t('"}\n')
    d.t("  headers: X-Forwarded-For=").v("ipv4", V.ipv4(rng, False)).t(", ").v(
        "ipv4", V.ipv4(rng, True)
    )
    d.t("; Authorization=Bearer ").v("secret", V.token(rng)).t("\n")
    d.t(f"[{ts}] WARN  gateway.response 402 card_declined code=do_not_honor\n")
    return d


def postfix_maillog(rng, loc):
    """/var/log/maillog lines from postfix (client IPs, envelope addresses)."""
    d = Doc()
    host = rng.choice(["mx1", "mail", "smtp"])
    for _ in range(rng.randrange(2, 4)):
        s, r = P.person(rng, loc, "latn"), P.person(rng, loc, "latn")
        qid = V.rand_str(rng, 10, "0123456789ABCDEF")
        t = _ts(rng, "syslog")
        d.t(f"{t} {host} postfix/smtpd[{rng.randrange(1000, 99999)}]: {qid}: client=unknown[").v(
            "ipv4", V.ipv4(rng, False)
        ).t("]\n")
        d.t(f"{t} {host} postfix/qmgr[{rng.randrange(1000, 9999)}]: {qid}: from=<").v(
            "email", V.email(rng, loc, s.latn_given, s.latn_family)
        )
        d.t(f">, size={rng.randrange(900, 90000)}, nrcpt=1 (queue active)\n")
        d.t(f"{t} {host} postfix/smtp[{rng.randrange(1000, 99999)}]: {qid}: to=<").v(
            "email", V.email(rng, loc, r.latn_given, r.latn_family)
        )
        d.t(">, relay=gmail-smtp-in.l.google.com[").v("ipv6", V.ipv6(rng)).t(
            f"]:25, delay={rng.randrange(1, 9)}.{rng.randrange(10)}, status=sent (250 2.0.0 OK)\n"
        )
    return d
