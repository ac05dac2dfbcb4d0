"""Machine-format styles for v9a: RFC 5424 syslog, HAR excerpts, Sentry events,
CloudTrail records, PostgreSQL csvlog, docker inspect, systemd units, Alertmanager
webhooks, Kafka consumer dumps and shop order webhooks."""
from __future__ import annotations

import _v9a_values as X
from _v9a_doc import Doc, S, V, json_into
from _v9a_lex import LEX
from _v9a_people import Person, address

META = {
    "th_TH": ("+07:00", "Asia/Bangkok", "ap-southeast-1", "bkk", "th", "THB"),
    "ur_PK": ("+05:00", "Asia/Karachi", "ap-south-1", "khi", "ur", "PKR"),
    "sw_KE": ("+03:00", "Africa/Nairobi", "af-south-1", "nbo", "sw", "KES"),
    "my_MM": ("+06:30", "Asia/Yangon", "ap-southeast-1", "rgn", "my", "MMK"),
    "mn_MN": ("+08:00", "Asia/Ulaanbaatar", "ap-northeast-2", "uln", "mn", "MNT"),
    "ne_NP": ("+05:45", "Asia/Kathmandu", "ap-south-1", "ktm", "ne", "NPR"),
    "es_PY": ("-03:00", "America/Asuncion", "sa-east-1", "asu", "es", "PYG"),
    "en_NZ": ("+13:00", "Pacific/Auckland", "ap-southeast-2", "akl", "en", "NZD"),
    "sk_SK": ("+01:00", "Europe/Bratislava", "eu-central-1", "bts", "sk", "EUR"),
    "hy_AM": ("+04:00", "Asia/Yerevan", "eu-central-1", "evn", "hy", "AMD"),
}
APPS = ["shop-api", "kyc-svc", "notify", "billing", "rider-app", "loyalty", "crm-sync", "school-portal"]


def _ts(rng, loc, ms=True):
    d = X.day(rng)
    t = f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if ms:
        t += f".{rng.randint(0, 999):03d}"
    return t + META[loc][0]


def _person(rng, loc, no_quote=False):
    for _ in range(20):
        p = Person(rng, loc)
        if not no_quote or "'" not in p.full_lat:
            return p
    return p


def _name(rng, p: Person, latin_bias=.6):
    return p.full_lat if rng.random() < latin_bias else p.full


# ------------------------------------------------------------------ syslog
def rfc5424_syslog(rng, loc):
    d = Doc()
    host = f"{META[loc][3]}-{rng.choice(['web', 'app', 'edge', 'db'])}-{rng.randint(1, 9):02d}"
    events = []
    for _ in range(rng.randint(6, 11)):
        p = _person(rng, loc)
        k = rng.randint(0, 11)
        app = rng.choice(APPS)
        if k == 0:
            events.append(("38", "sshd", "-", "-", ["Accepted publickey for deploy from ", V("ipv4", X.ipv4_pub(rng, loc)),
                                                    f" port {rng.randint(30000, 65000)} ssh2"]))
        elif k == 1:
            events.append(("134", app, "ORDER", ['[origin ip="', V("ipv4", X.ipv4_priv(rng)), '"][customer name="',
                                                 V("person", _name(rng, p)), '" email="', V("email", p.email()), '"]'],
                           [f"order placed total={rng.randint(90, 9000)}.00 {META[loc][5]}"]))
        elif k == 2:
            events.append(("131", "kyc-svc", "VERIFY", "-", ["id check failed: id=", V("national_id", p.id()),
                                                           " dob=", V("dob", p.dob.isoformat()), " reason=MISMATCH"]))
        elif k == 3:
            events.append(("30", "dhcpd", "-", "-", ["DHCPACK on ", V("ipv4", X.ipv4_priv(rng)), " to ",
                                                    V("mac", X.mac(rng, "colon")), f" (android-{X.hexid(rng, 6)}) via eth1"]))
        elif k == 4:
            events.append(("133", "notify", "SMS", f'[meta sequenceId="{rng.randint(1, 99999)}"]',
                           ["sms queued to ", V("phone", p.phone(land=0)), " template=otp_login"]))
        elif k == 5:
            events.append(("132", "billing", "PAY", "-", [f"card declined {X.masked_card(rng)} code=05 amount={rng.randint(10, 990)}.00"]))
        elif k == 6:
            events.append(("134", "api-gw", "REQ", f'[req path="/v1/profile" ua="okhttp/4.12.0" ms="{rng.randint(3, 400)}"]',
                           ["200"]))
        elif k == 7:
            events.append(("129", "payments", "CFG", "-", ["connecting to postgres://pay_rw:", V("secret", X.password(rng)),
                                                          "@", V("ipv4", X.ipv4_priv(rng)), ":5432/payments"]))
        elif k == 8:
            events.append(("134", "nginx", "-", "-", [V("ipv6", X.ipv6(rng, loc)), f' - - "GET /health HTTP/1.1" 200 {rng.randint(2, 90)}']))
        elif k == 9:
            a = address(rng, loc, latin=rng.random() < .5)
            events.append(("134", "rider-app", "TRIP", [f'[trip id="{X.digits(rng, 9)}" rider="', V("person", p.short if rng.random() < .4 else _name(rng, p)),
                                                       '"]'], ["pickup at ", V("gps", X.gps(rng, a.lat, a.lon, 1)),
                                                              " drop ", V("address", a.one)]))
        elif k == 10:
            events.append(("36", "su", "-", "-", [f"pam_unix(su:session): session opened for user root by admin(uid={rng.randint(1000, 1100)})"]))
        else:
            events.append(("134", app, "AUDIT", f'[audit actor="{p.gl.lower()}.{X.digits(rng, 2)}" build="{X.hexid(rng, 7)}"]',
                           ["profile updated phone=", V("phone", p.phone(intl=1.0))]))
    for pri, app, msgid, sd, msg in events:
        d.t(f"<{pri}>1 {_ts(rng, loc)} {host} {app} {rng.randint(100, 65000)} {msgid} ")
        d.put(sd)
        d.t(" ")
        d.put(msg)
        d.t("\n")
    return d


# ------------------------------------------------------------------ HAR
def har_excerpt(rng, loc):
    d = Doc()
    p = _person(rng, loc)
    a = address(rng, loc, latin=rng.random() < .5)
    host = rng.choice(["api", "m", "www"]) + "." + rng.choice(["shopnow", "edupay", "ridego", "clinicq", "simcare"]) + "." + {
        "th_TH": "co.th", "ur_PK": "com.pk", "sw_KE": "co.ke", "my_MM": "com.mm", "mn_MN": "mn", "ne_NP": "com.np",
        "es_PY": "com.py", "en_NZ": "co.nz", "sk_SK": "sk", "hy_AM": "am"}[loc]
    ts = _ts(rng, loc)
    params = [{"name": "full_name", "value": V("person", _name(rng, p))},
              {"name": "mobile", "value": V("phone", p.phone(land=0))},
              {"name": "email", "value": V("email", p.email())}]
    if rng.random() < .6:
        params.append({"name": "address", "value": V("address", a.one)})
    if rng.random() < .5:
        params.append({"name": "birth_date", "value": V("dob", p.dob.isoformat())})
    if rng.random() < .4:
        params.append({"name": "id_number", "value": V("national_id", p.id())})
    if rng.random() < .3:
        params.append({"name": "card_number", "value": V("card", X.card(rng))})
        params.append({"name": "card_exp", "value": f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"})
    rng.shuffle(params)
    server = V("ipv4", X.ipv4_pub(rng, loc)) if rng.random() < .7 else V("ipv6", X.ipv6(rng, loc))
    entry = {
        "pageref": "page_1", "startedDateTime": ts, "time": round(rng.uniform(40, 900), 3),
        "request": {
            "method": "POST", "url": f"https://{host}/api/v2/profile", "httpVersion": "HTTP/2",
            "cookies": [{"name": "sid", "value": X.hexid(rng, 32)}],
            "headers": [{"name": ":authority", "value": host},
                        {"name": "authorization", "value": S(["Bearer ", V("secret", X.secret(rng, "jwt"))])},
                        {"name": "content-type", "value": "application/x-www-form-urlencoded"},
                        {"name": "accept-language", "value": f"{META[loc][4]}-{loc[3:]},{META[loc][4]};q=0.9,en;q=0.8"}],
            "queryString": [{"name": "lang", "value": META[loc][4]}],
            "postData": {"mimeType": "application/x-www-form-urlencoded", "params": params},
            "headersSize": -1, "bodySize": rng.randint(120, 600)},
        "response": {"status": 200, "statusText": "", "httpVersion": "HTTP/2",
                     "headers": [{"name": "x-request-id", "value": X.uuid4(rng)},
                                 {"name": "etag", "value": f'W/"{X.hexid(rng, 16)}"'}],
                     "content": {"size": rng.randint(80, 4000), "mimeType": "application/json"},
                     "redirectURL": "", "headersSize": -1, "bodySize": rng.randint(80, 4000)},
        "cache": {}, "timings": {"blocked": 1.2, "dns": -1, "connect": -1, "send": 0.3,
                                 "wait": round(rng.uniform(20, 800), 2), "receive": 1.1, "ssl": -1},
        "serverIPAddress": server, "connection": str(rng.randint(1000, 99999)),
    }
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                   "pages": [{"startedDateTime": ts, "id": "page_1", "title": f"https://{host}/account",
                              "pageTimings": {"onContentLoad": 812.4, "onLoad": 1290.7}}],
                   "entries": [entry]}}
    json_into(d, har, indent=2)
    return d


# ------------------------------------------------------------------ Sentry
def sentry_event(rng, loc):
    d = Doc()
    p = _person(rng, loc)
    other = _person(rng, loc)
    ph = p.phone()
    ev = {
        "event_id": X.hexid(rng, 32), "timestamp": _ts(rng, loc), "platform": rng.choice(["python", "javascript", "node"]),
        "level": "error", "logger": "app.checkout", "transaction": "/api/checkout/confirm",
        "server_name": f"{META[loc][3]}-app-{rng.randint(1, 9)}", "release": f"shop@{rng.randint(1, 5)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}",
        "environment": "production",
        "user": {"id": str(rng.randint(10000, 999999)), "email": V("email", p.email()),
                 "ip_address": V("ipv4", X.ipv4_pub(rng, loc)), "username": f"{p.gl.lower().replace(' ', '')}{rng.randint(1, 99)}",
                 "name": V("person", _name(rng, p))},
        "request": {"url": "https://shop.example/api/checkout/confirm", "method": "POST",
                    "headers": {"User-Agent": "Mozilla/5.0 (Linux; Android 14)", "X-Forwarded-For": V("ipv4", X.ipv4_pub(rng, loc))},
                    "data": {"recipient": V("person", _name(rng, other)), "recipient_phone": V("phone", other.phone()),
                             "note": "", "coupon": f"SAVE{rng.randint(5, 50)}"}},
        "exception": {"values": [{"type": "ValidationError",
                                  "value": S(["phone ", V("phone", ph), " is not registered for this account"]),
                                  "stacktrace": {"frames": [{"filename": "app/checkout.py", "function": "confirm",
                                                             "lineno": rng.randint(20, 400), "in_app": True}]}}]},
        "breadcrumbs": {"values": [
            {"timestamp": _ts(rng, loc), "category": "http", "data": {"method": "GET", "status_code": 200, "url": "/api/cart"}},
            {"timestamp": _ts(rng, loc), "category": "ui.input", "message": S(["input[name=phone] = ", V("phone", ph)])},
        ]},
        "tags": {"locale": loc, "device": rng.choice(["SM-A155F", "Redmi Note 13", "iPhone15,2", "V2250"]), "os": "Android 14"},
        "contexts": {"os": {"name": "Android", "version": "14"}, "app": {"app_build": str(rng.randint(100, 999))}},
        "sdk": {"name": "sentry.python", "version": f"1.{rng.randint(30, 45)}.0"},
    }
    if rng.random() < .4:
        ev["extra"] = {"delivery_address": V("address", address(rng, loc).one)}
    if rng.random() < .3:
        ev["request"]["data"]["card_number"] = V("card", X.card(rng))
    json_into(d, ev, indent=2 if rng.random() < .7 else None)
    return d


# ------------------------------------------------------------------ CloudTrail
def cloudtrail_json(rng, loc):
    d = Doc()
    recs = []
    acct = X.digits(rng, 12)
    for _ in range(rng.randint(1, 2)):
        p = _person(rng, loc)
        uname = f"{p.gl.lower().replace(' ', '.')}.{p.family_lat.split(' ')[0].lower()[:1]}"
        ev = rng.choice(["CreateUser", "ConsoleLogin", "SendEmail", "AuthorizeSecurityGroupIngress"])
        src = X.ipv4_pub(rng, loc)
        rec = {"eventVersion": "1.09",
               "userIdentity": {"type": "IAMUser", "principalId": "AIDA" + X.token(rng, 17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
                                "arn": f"arn:aws:iam::{acct}:user/{uname}", "accountId": acct,
                                "accessKeyId": "ASIA" + X.token(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "userName": uname},
               "eventTime": _ts(rng, loc, False)[:19] + "Z", "eventSource": "", "eventName": ev,
               "awsRegion": META[loc][2], "sourceIPAddress": V("ipv4", src),
               "userAgent": "aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0 exe/x86_64"}
        if ev == "CreateUser":
            np_ = _person(rng, loc)
            rec["eventSource"] = "iam.amazonaws.com"
            rec["requestParameters"] = {"userName": f"{np_.gl.lower().replace(' ', '')}.{rng.randint(1, 9)}",
                                        "tags": [{"key": "FullName", "value": V("person", np_.full_lat)},
                                                 {"key": "Email", "value": V("email", np_.email())},
                                                 {"key": "Mobile", "value": V("phone", np_.phone(intl=1.0))},
                                                 {"key": "CostCenter", "value": f"CC-{rng.randint(100, 999)}"}]}
            rec["responseElements"] = {"user": {"path": "/", "userName": rec["requestParameters"]["userName"],
                                                "userId": "AIDA" + X.token(rng, 17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
                                                "createDate": "Mar 12, 2024 8:14:22 AM"}}
        elif ev == "ConsoleLogin":
            rec["eventSource"] = "signin.amazonaws.com"
            rec["userAgent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"
            rec["requestParameters"] = None
            rec["responseElements"] = {"ConsoleLogin": rng.choice(["Success", "Failure"])}
            rec["additionalEventData"] = {"MFAUsed": rng.choice(["Yes", "No"]), "MobileVersion": "No",
                                          "LoginTo": "https://console.aws.amazon.com/console/home"}
        elif ev == "SendEmail":
            rec["eventSource"] = "ses.amazonaws.com"
            rec["requestParameters"] = {"source": f"no-reply@{rng.choice(['shop', 'school', 'clinic'])}.example",
                                        "destination": {"toAddresses": [V("email", p.email())]},
                                        "message": {"subject": {"data": "HIDDEN_DUE_TO_SECURITY_REASONS"}}}
            rec["responseElements"] = {"messageId": X.hexid(rng, 16) + "-" + X.uuid4(rng) + "-000000"}
        else:
            rec["eventSource"] = "ec2.amazonaws.com"
            rec["requestParameters"] = {"groupId": "sg-" + X.hexid(rng, 17), "ipPermissions": {"items": [
                {"ipProtocol": "tcp", "fromPort": 22, "toPort": 22,
                 "ipRanges": {"items": [{"cidrIp": S([V("ipv4", X.ipv4_pub(rng, loc)), "/32"]),
                                         "description": S(["ssh from home - ", V("person", p.gl)])}]}}]}}
            rec["responseElements"] = {"_return": True}
        rec.update({"requestID": X.uuid4(rng), "eventID": X.uuid4(rng), "readOnly": False,
                    "eventType": "AwsApiCall" if ev != "ConsoleLogin" else "AwsConsoleSignIn",
                    "managementEvent": True, "recipientAccountId": acct, "eventCategory": "Management",
                    "tlsDetails": {"tlsVersion": "TLSv1.3", "cipherSuite": "TLS_AES_128_GCM_SHA256",
                                   "clientProvidedHostHeader": rec["eventSource"]}})
        recs.append(rec)
    json_into(d, {"Records": recs}, indent=4 if rng.random() < .5 else 2)
    return d


# ------------------------------------------------------------------ PostgreSQL csvlog
def pg_csvlog(rng, loc):
    d = Doc()
    tz = {"+07:00": "+07", "+05:00": "PKT", "+03:00": "EAT", "+06:30": "+0630", "+08:00": "+08", "+05:45": "+0545",
          "-03:00": "-03", "+13:00": "NZDT", "+01:00": "CET", "+04:00": "+04"}[META[loc][0]]
    db = rng.choice(["shopdb", "school", "clinic", "crm"])
    day = X.day(rng).isoformat()
    for n in range(rng.randint(4, 8)):
        t = f"{day} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d} {tz}"
        ip = X.ipv4_priv(rng)
        pid = rng.randint(1000, 99999)
        sess = f"{X.hexid(rng, 8)}.{X.hexid(rng, 4)}"
        k = rng.randint(0, 5)
        d.t(f'{t},"app_rw","{db}",{pid},"').v("ipv4", ip).t(f':{rng.randint(30000, 65000)}",{sess},{n + 1},')
        if k == 0:
            d.t('"authentication",' + f"{t},,0,LOG,00000,\"connection authorized: user=app_rw database={db} application_name=psql\",,,,,,,,,\"\",\"client backend\",,0\n")
        elif k in (1, 2):
            p = _person(rng, loc, no_quote=True)
            em = p.email()
            ph = p.phone()
            nm = p.full_lat if rng.random() < .5 else p.full
            d.t(f'"INSERT",{t},4/{rng.randint(100, 9999)},0,ERROR,23505,"duplicate key value violates unique constraint ""customers_email_key""","Key (email)=(')
            d.v("email", em).t(') already exists.",,,,,"INSERT INTO customers (full_name, email, phone) VALUES (\'')
            d.v("person", nm).t("', '").v("email", em).t("', '").v("phone", ph).t("')\",,,\"psql\",\"client backend\",,0\n")
        elif k == 3:
            p = _person(rng, loc, no_quote=True)
            d.t(f'"UPDATE",{t},5/{rng.randint(100, 9999)},{rng.randint(1000, 99999)},LOG,00000,"duration: {rng.uniform(0.1, 900):.3f} ms  statement: UPDATE patients SET dob = \'')
            d.v("dob", p.dob.isoformat()).t("', national_id = '").v("national_id", p.id()).t(f"' WHERE id = {rng.randint(1, 99999)}\",,,,,,,,,\"\",\"client backend\",,0\n")
        elif k == 4:
            d.t(f'"SELECT",{t},6/{rng.randint(100, 9999)},0,LOG,00000,"duration: {rng.uniform(100, 9000):.3f} ms  statement: SELECT count(*) FROM orders WHERE created_at > now() - interval \'1 day\'",,,,,,,,,"",\"client backend\",,{X.digits(rng, 18)}\n')
        else:
            d.t(f'"idle",{t},,0,FATAL,28P01,"password authentication failed for user ""report""","Connection matched file ""/etc/postgresql/16/main/pg_hba.conf"" line 98",,,,,,,,"",\"client backend\",,0\n')
    return d


# ------------------------------------------------------------------ docker inspect
def docker_inspect(rng, loc):
    d = Doc()
    p = _person(rng, loc)
    svc = rng.choice(["shop-api", "sms-gateway", "school-portal", "clinic-queue", "kyc-worker"])
    pw = X.password(rng)
    env = [S(["POSTGRES_PASSWORD=", V("secret", pw)]),
           S(["DATABASE_URL=postgres://app:", V("secret", pw), f"@db:5432/{svc.replace('-', '_')}"]),
           f"TZ={META[loc][1]}", f"LANG={loc}.UTF-8",
           S(["SMS_API_KEY=", V("secret", X.secret(rng, rng.choice(["hex", "sk", "google"])))]),
           S(["ADMIN_EMAIL=", V("email", p.email())]),
           "NODE_ENV=production", f"APP_VERSION={rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"]
    if rng.random() < .5:
        env.append(S(["SUPPORT_PHONE=", V("phone", X.phone(rng, loc, intl=1.0))]))
    rng.shuffle(env)
    ip = X.ipv4_priv(rng)
    gw = ".".join(ip.split(".")[:3]) + ".1"
    net = {"IPAMConfig": None, "Links": None, "Aliases": [svc, X.hexid(rng, 12)],
           "MacAddress": V("mac", X.mac(rng, "colon").lower()), "NetworkID": X.hexid(rng, 64),
           "EndpointID": X.hexid(rng, 64), "Gateway": V("ipv4", gw), "IPAddress": V("ipv4", ip),
           "IPPrefixLen": 16, "IPv6Gateway": "", "GlobalIPv6Address": "", "GlobalIPv6PrefixLen": 0, "DNSNames": [svc]}
    if rng.random() < .4:
        net["GlobalIPv6Address"] = V("ipv6", X.ipv6(rng, loc))
        net["GlobalIPv6PrefixLen"] = 64
    obj = [{
        "Id": X.hexid(rng, 64), "Created": _ts(rng, loc, False)[:19] + f".{X.digits(rng, 9)}Z",
        "Path": "docker-entrypoint.sh", "Args": ["node", "server.js"],
        "State": {"Status": "running", "Running": True, "Paused": False, "Restarting": False, "OOMKilled": False,
                  "Pid": rng.randint(1000, 99999), "ExitCode": 0, "StartedAt": _ts(rng, loc, False)[:19] + "Z"},
        "Image": "sha256:" + X.hexid(rng, 64), "Name": f"/{svc}-1", "RestartCount": rng.randint(0, 3),
        "Config": {"Hostname": X.hexid(rng, 12), "Env": env, "Cmd": ["node", "server.js"],
                   "Image": f"registry.gitlab.com/{META[loc][3]}-team/{svc}:{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                   "Labels": {"maintainer": S([V("person", p.full_lat), " <", V("email", p.email()), ">"]),
                              "com.docker.compose.project": svc.split("-")[0],
                              "org.opencontainers.image.revision": X.hexid(rng, 40)}},
        "NetworkSettings": {"Bridge": "", "SandboxID": X.hexid(rng, 64),
                            "Ports": {"8080/tcp": [{"HostIp": V("ipv4", "0.0.0.0"), "HostPort": "8080"}]},
                            "Networks": {f"{svc.split('-')[0]}_default": net}},
    }]
    json_into(d, obj, indent=4)
    return d


# ------------------------------------------------------------------ systemd
_SYS_COMMENT = {
    "th_TH": "ผู้ดูแลระบบ", "ur_PK": "maintainer", "sw_KE": "msimamizi", "my_MM": "တာဝန်ခံ", "mn_MN": "хариуцагч",
    "ne_NP": "जिम्मेवार", "es_PY": "responsable", "en_NZ": "owner", "sk_SK": "správca", "hy_AM": "պատասխանատու",
}


def systemd_unit(rng, loc):
    d = Doc()
    p = _person(rng, loc)
    svc = rng.choice(["sms-relay", "queue-display", "fee-sync", "gps-tracker", "report-mailer"])
    ip = X.ipv4_priv(rng)
    d.t(f"# /etc/systemd/system/{svc}.service\n# {_SYS_COMMENT[loc]}: ").v("person", _name(rng, p, .5)).t(" <").v(
        "email", p.email()).t(">, ").v("phone", p.phone()).t("\n")
    d.t(f"[Unit]\nDescription={svc} ({META[loc][3].upper()})\nAfter=network-online.target postgresql.service\nWants=network-online.target\n\n")
    d.t("[Service]\nType=simple\nUser=svc\n" + f"WorkingDirectory=/opt/{svc}\n")
    d.t(f'Environment="TZ={META[loc][1]}" "LANG={loc}.UTF-8"\n')
    d.t('Environment="DB_URL=postgresql://svc:').v("secret", X.password(rng)).t("@").v("ipv4", X.ipv4_priv(rng)).t(f':5432/{svc.replace("-", "_")}"\n')
    d.t("Environment=API_TOKEN=").v("secret", X.secret(rng)).t("\n")
    if rng.random() < .6:
        d.t("Environment=ALERT_EMAIL=").v("email", _person(rng, loc).email()).t("\n")
    if rng.random() < .5:
        d.t("Environment=GATEWAY_MAC=").v("mac", X.mac(rng)).t("\n")
    if rng.random() < .4:
        d.t("Environment=SMTP_PASSWORD=").v("secret", X.password(rng)).t("\n")
    d.t(f"ExecStart=/opt/{svc}/bin/{svc} --listen ").v("ipv4", ip).t(":8080 --workers 2\n")
    d.t("Restart=on-failure\nRestartSec=5\nLimitNOFILE=65536\n\n[Install]\nWantedBy=multi-user.target\n")
    if rng.random() < .4:
        d.t(f"\n# /etc/systemd/system/{svc}.service.d/override.conf\n[Service]\nEnvironment=UPSTREAM=").v(
            "ipv6", X.ipv6(rng, loc)).t("\nMemoryMax=512M\n")
    return d


# ------------------------------------------------------------------ Alertmanager
def alertmanager_payload(rng, loc):
    d = Doc()
    p = _person(rng, loc)
    c = _person(rng, loc)
    name = rng.choice(["NodeDown", "HighLatency", "WebhookRetriesExhausted", "DiskAlmostFull", "GatewayOffline"])
    site = META[loc][3]
    inst = X.ipv4_priv(rng)
    labels = {"alertname": name, "instance": S([V("ipv4", inst), ":9100"]), "job": "node", "severity": "critical",
              "site": site}
    ann = {"summary": f"{name} on {site}", "runbook_url": f"https://wiki.internal/runbooks/{name.lower()}",
           "oncall": S([V("person", _name(rng, p)), " ", V("phone", p.phone(intl=.7))])}
    if name == "WebhookRetriesExhausted":
        ann["description"] = S([f"order {X.digits(rng, 8)} notification failed 5 times for customer ", V("email", c.email())])
    elif name == "GatewayOffline":
        labels["device_mac"] = V("mac", X.mac(rng))
        a = address(rng, loc)
        ann["description"] = S(["LoRa gateway at ", V("gps", X.gps(rng, a.lat, a.lon, 1)), " offline for 15m"])
    else:
        ann["description"] = f"{name} for more than 10 minutes (value {rng.uniform(0, 100):.2f})"
    alert = {"status": "firing", "labels": labels, "annotations": ann, "startsAt": _ts(rng, loc, False),
             "endsAt": "0001-01-01T00:00:00Z",
             "generatorURL": f"http://prometheus.{site}.internal:9090/graph?g0.expr=up%3D%3D0&g0.tab=1",
             "fingerprint": X.hexid(rng, 16)}
    payload = {"receiver": f"oncall-{site}", "status": "firing", "alerts": [alert],
               "groupLabels": {"alertname": name}, "commonLabels": {"alertname": name, "severity": "critical"},
               "commonAnnotations": {"summary": ann["summary"]},
               "externalURL": f"http://alertmanager.{site}.internal:9093", "version": "4",
               "groupKey": '{}:{alertname="' + name + '"}', "truncatedAlerts": 0}
    if rng.random() < .5:
        d.t(f"POST /hooks/alert HTTP/1.1\nHost: chatops.{site}.internal\nUser-Agent: Alertmanager/0.27.0\nContent-Type: application/json\n\n")
    json_into(d, payload, indent=2)
    return d


# ------------------------------------------------------------------ Kafka
def kafka_consumer_dump(rng, loc):
    d = Doc()
    topic = rng.choice(["customers.v1", "kyc.submitted", "orders.created", "patients.upsert"])
    d.t("$ kafka-console-consumer.sh --bootstrap-server ").v("ipv4", X.ipv4_priv(rng)).t(
        f":9092 --topic {topic} --from-beginning --property print.timestamp=true --property print.key=true --property print.partition=true\n")
    n = rng.randint(3, 6)
    base = 1710000000000 + rng.randint(0, 20000000000)
    for i in range(n):
        p = _person(rng, loc)
        a = address(rng, loc, physical=True)
        rec = {"id": rng.randint(10000, 999999), "name": V("person", p.full if rng.random() < .6 else p.full_lat),
               "phone": V("phone", X.e164(p.phone(), loc) if rng.random() < .5 else p.phone()),
               "email": V("email", p.email())}
        if rng.random() < .7:
            rec["address"] = {"line1": V("address", a.street), "city": a.city, "postcode": a.pc}
        if rng.random() < .5:
            rec["dob"] = V("dob", p.dob.isoformat())
        if topic == "kyc.submitted":
            rec["doc_no"] = V("national_id", p.id())
        if topic == "orders.created" and rng.random() < .6:
            rec["payment"] = {"method": "card", "pan": V("card", X.card(rng, sep="")), "masked": X.masked_card(rng)}
        rec["consent"] = rng.random() < .8
        rec["updated_at"] = _ts(rng, loc, False)
        d.t(f"CreateTime:{base + i * rng.randint(10, 9000)}\tPartition:{rng.randint(0, 5)}\tcust-{rng.randint(1000, 99999)}\t")
        json_into(d, rec, indent=None, sep=",", colon=":")
        d.t("\n")
    d.t(f"^CProcessed a total of {n} messages\n")
    return d


# ------------------------------------------------------------------ shop webhook
_PLATFORM = {"th_TH": "shopee", "ur_PK": "daraz", "sw_KE": "jumia", "my_MM": "shop.com.mm", "mn_MN": "shoppy",
             "ne_NP": "daraz", "es_PY": "tiendanube", "en_NZ": "shopify", "sk_SK": "shoptet", "hy_AM": "menu.am"}
_NOTE = {"th_TH": "โทรก่อนส่งนะคะ ", "ur_PK": "Deliver karne se pehle call karein ", "sw_KE": "Piga simu ukifika ",
         "my_MM": "မလာခင် ဖုန်းဆက်ပါ ", "mn_MN": "Ирэхээсээ өмнө залгаарай ", "ne_NP": "आउनुअघि फोन गर्नुहोस् ",
         "es_PY": "Llamar antes de entregar al ", "en_NZ": "Leave at back door, call ", "sk_SK": "Pred doručením volajte ",
         "hy_AM": "Զանգահարել առաքելուց առաջ "}


def shop_order_webhook(rng, loc):
    d = Doc()
    p = _person(rng, loc)
    r2 = _person(rng, loc) if rng.random() < .4 else p
    a = address(rng, loc, latin=rng.random() < .5, physical=True)
    b = address(rng, loc, latin=rng.random() < .5, physical=True) if r2 is not p else a
    ph = p.phone()
    cur = META[loc][5]

    def addr_obj(person, ad, phn):
        lat = ad.street.isascii() or loc in ("es_PY", "sk_SK", "en_NZ", "sw_KE")
        return {"first_name": V("person", person.gl if lat else person.g),
                "last_name": V("person", person.family_lat if lat else (person.f + (" " + person.f2 if person.f2 else ""))),
                "address1": V("address", ad.street), "address2": "", "city": ad.city, "zip": ad.pc,
                "country_code": loc[3:], "phone": V("phone", phn)}
    body = {"id": int(X.digits(rng, 13)), "order_number": rng.randint(1000, 99999), "email": V("email", p.email()),
            "created_at": _ts(rng, loc, False), "currency": cur, "total_price": f"{rng.randint(100, 90000)}.00",
            "browser_ip": V("ipv4", X.ipv4_pub(rng, loc)),
            "customer": {"id": int(X.digits(rng, 12)), "first_name": V("person", p.g), "phone": V("phone", ph),
                         "orders_count": rng.randint(1, 30)},
            "billing_address": addr_obj(p, a, ph),
            "shipping_address": addr_obj(r2, b, r2.phone() if r2 is not p else ph),
            "payment_details": {"credit_card_bin": X.digits(rng, 6), "credit_card_number": X.masked_card(rng),
                                "credit_card_company": rng.choice(["Visa", "Mastercard", "UnionPay"])},
            "line_items": [{"sku": f"SKU-{X.digits(rng, 6)}", "quantity": rng.randint(1, 3),
                            "price": f"{rng.randint(50, 9000)}.00"}],
            "note": S([_NOTE[loc], V("phone", r2.phone())]) if rng.random() < .5 else ""}
    d.t(f"POST /webhooks/orders HTTP/1.1\nHost: hooks.{META[loc][3]}.example\nX-Shop-Topic: orders/create\n"
        f"X-Shop-Platform: {_PLATFORM[loc]}\nX-Shop-Hmac-Sha256: {X.token(rng, 43)}=\nX-Shop-Webhook-Id: {X.uuid4(rng)}\n"
        "Content-Type: application/json\n\n")
    json_into(d, body, indent=2 if rng.random() < .6 else None)
    return d


TECH = {
    "rfc5424_syslog": rfc5424_syslog, "har_excerpt": har_excerpt, "sentry_event": sentry_event,
    "cloudtrail_json": cloudtrail_json, "pg_csvlog": pg_csvlog, "docker_inspect": docker_inspect,
    "systemd_unit": systemd_unit, "alertmanager_payload": alertmanager_payload,
    "kafka_consumer_dump": kafka_consumer_dump, "shop_order_webhook": shop_order_webhook,
}
_ = LEX
