# ruff: noqa: RUF001
"""v10a styles from operations tooling: job logs, event JSON, broker logs, identity exports."""

from __future__ import annotations

import datetime as _dt

from _v10a_common import gps_str, iso, people, ts
from _v10a_people import NID_CUE, make_person
from _v10a_values import card, e164, githash, ipv4, ipv6, mac, password, secret, token, uuid

APP = {"ps_AF": "tazkira-sync", "tg_TJ": "somon-crm", "ky_KG": "elsom-kyc", "ar_QA": "qid-onboarding",
       "so_SO": "evc-agents", "rw_RW": "irembo-sync", "es_NI": "cafe-coop-etl", "bs_BA": "eposta-ba",
       "dv_MV": "ferry-booking", "en_TT": "mas-camp-portal"}
HOST = {"ps_AF": "af", "tg_TJ": "tj", "ky_KG": "kg", "ar_QA": "qa", "so_SO": "so", "rw_RW": "rw",
        "es_NI": "ni", "bs_BA": "ba", "dv_MV": "mv", "en_TT": "tt"}


def airflow_task_log(rng, loc, d):
    ps = people(rng, loc, rng.randint(3, 6))
    t = ts(rng)
    dag = f"{APP[loc].replace('-', '_')}_daily"
    task = rng.choice(["extract_customers", "load_members", "push_kyc_batch", "sync_contacts"])
    dbpw = password(rng, loc)
    db_ip = ipv4(rng, True)
    worker = ipv4(rng, True)

    def stamp(k):
        x = t + _dt.timedelta(seconds=k)
        return f"[{x.strftime('%Y-%m-%d, %H:%M:%S')} UTC]"
    d.ln(f"*** Reading local file: /opt/airflow/logs/dag_id={dag}/run_id=scheduled__{t.date()}T00:00:00+00:00/task_id={task}/attempt=1.log")
    d.ln(stamp(0), " {taskinstance.py:1157} INFO - Dependencies all met for dag_id=", dag, f", task_id={task}")
    d.ln(stamp(1), " {taskinstance.py:1359} INFO - Starting attempt 1 of 3")
    d.ln(stamp(1), " {standard_task_runner.py:57} INFO - Started process ", str(rng.randint(1000, 90000)), " to run task on host ", ("ipv4", worker))
    d.ln(stamp(2), " {base.py:73} INFO - Using connection ID 'crm_pg' for task execution.")
    d.ln(stamp(2), " {sql.py:418} INFO - Running statement: SELECT id, full_name, phone, email FROM members WHERE updated_at >= '",
         str(t.date()), "', parameters: None")
    if rng.random() < 0.5:
        d.ln(stamp(2), " {logging_mixin.py:188} INFO - conn uri: postgresql://etl_user:", ("secret", dbpw), "@", ("ipv4", db_ip), ":5432/crm")
    else:
        d.ln(stamp(2), " {logging_mixin.py:188} WARNING - env DB_PASSWORD=", ("secret", dbpw), " (set AIRFLOW_CONN_CRM_PG instead)")
    for i, p in enumerate(ps):
        k = 3 + i
        name = p.full if rng.random() < 0.6 else p.full_r
        if rng.random() < 0.5:
            d.ln(stamp(k), " {logging_mixin.py:188} INFO - row ", str(rng.randint(100, 99999)), ": {'full_name': '", ("person", name),
                 "', 'phone': '", ("phone", p.phone), "', 'email': '", ("email", p.email), "'}")
        else:
            d.ln(stamp(k), " {logging_mixin.py:188} WARNING - skipped member ", ("person", name), " (", ("email", p.email),
                 "): dob ", ("dob", p.dob.isoformat()), " conflicts with existing record; duplicate ", NID_CUE[loc], " ", ("national_id", p.nid))
    d.ln(stamp(9), " {python.py:194} INFO - Done. Returned value was: ", str(len(ps)), " rows upserted")
    d.ln(stamp(9), f" {{taskinstance.py:1400}} INFO - Marking task as SUCCESS. dag_id={dag}, task_id={task}, execution_date={t.strftime('%Y%m%dT000000')}, start_date=, end_date=")
    d.ln(stamp(10), " {local_task_job_runner.py:228} INFO - Task exited with return code 0")


def gitlab_ci_job_log(rng, loc, d):
    dev, rev = make_person(rng, loc), make_person(rng, loc)
    sha = githash(rng)
    runner_ip = ipv4(rng, False)
    target = ipv4(rng, True)
    tok = secret(rng, rng.choice(["glpat", "hex", "stripe"]))
    d.ln(f"Running with gitlab-runner 16.{rng.randint(0, 11)}.{rng.randint(0, 3)} (", githash(rng, 8), ")")
    d.ln(f"  on {HOST[loc]}-docker-runner-{rng.randint(1, 4)} ", token(rng, 8), ", system ID: s_", githash(rng, 12))
    d.ln("Preparing the \"docker\" executor")
    d.ln("Using Docker executor with image python:3.11-slim ...")
    d.ln("Running on runner-", token(rng, 8).lower(), "-project-", str(rng.randint(100, 999)), "-concurrent-0 via ", ("ipv4", runner_ip), "...")
    d.ln("Getting source from Git repository")
    d.ln("Fetching changes with git depth set to 20...")
    d.ln("Checking out ", sha[:8], " as detached HEAD (ref is main)...")
    d.ln("$ git log -1 --format='%an <%ae>'")
    d.ln(("person", dev.full_r), " <", ("email", dev.email), ">")
    d.ln("$ pip install -r requirements.txt --quiet")
    d.ln("$ pytest -q tests/ --maxfail=1")
    d.ln(f"{rng.randint(40, 300)} passed, {rng.randint(0, 5)} skipped in {rng.uniform(3, 90):.2f}s")
    if rng.random() < 0.6:
        d.ln("$ echo \"deploying with token $DEPLOY_TOKEN\"   # TODO remove")
        d.ln("deploying with token ", ("secret", tok))
    else:
        d.ln("$ curl -s -H \"PRIVATE-TOKEN: ", ("secret", tok), "\" https://gitlab.", HOST[loc], "/api/v4/projects/", str(rng.randint(10, 400)), "/releases")
    d.ln("$ rsync -az dist/ deploy@", ("ipv4", target), ":/srv/app/")
    if rng.random() < 0.5:
        d.ln("$ ./scripts/notify.sh")
        d.ln("Notifying reviewer ", ("person", rev.full), " at ", ("phone", rev.phone), " via SMS gateway")
    d.ln("Cleaning up project directory and file based variables")
    d.ln("Job succeeded")


def ecs_json_event(rng, loc, d):
    p = make_person(rng, loc)
    t = ts(rng)
    ip = ipv4(rng, False) if rng.random() < 0.7 else None
    d.w('{"@timestamp":"', iso(t), '","ecs":{"version":"8.11.0"},"event":{"kind":"event","category":["authentication"],"action":"',
        rng.choice(["user-login", "password-reset", "profile-update"]), '","outcome":"', rng.choice(["success", "failure"]), '"},')
    if ip:
        d.w('"client":{"ip":"', ("ipv4", ip), '","port":', str(rng.randint(1024, 65000)), '},')
    else:
        d.w('"client":{"ip":"', ("ipv6", ipv6(rng)), '"},')
    d.w('"source":{"geo":{"city_name":"', p.city, '","location":"', ("gps", gps_str(rng, p.gps, 1)), '"}},')
    d.w('"user":{"id":"', str(rng.randint(10000, 999999)), '","name":"', p.given_r.lower().replace(" ", "") + str(rng.randint(1, 99)),
        '","full_name":"', ("person", p.full), '","email":"', ("email", p.email), '"},')
    d.w('"host":{"hostname":"', f"web-{HOST[loc]}-{rng.randint(1, 9)}", '","mac":["', ("mac", mac(rng, 2)), '"]},')
    d.w('"user_agent":{"original":"Mozilla/5.0 (Linux; Android 13) Chrome/12', str(rng.randint(0, 5)), '.0.', str(rng.randint(6000, 6500)), '.', str(rng.randint(40, 180)), ' Mobile"},')
    d.w('"trace":{"id":"', githash(rng, 32), '"},"message":"profile updated: phone=', ("phone", p.phone), '"}')


def otel_span_dump(rng, loc, d):
    p = make_person(rng, loc)
    t = ts(rng)
    peer6 = ipv6(rng)
    d.ln("{")
    d.ln('    "name": "POST /api/v1/', rng.choice(["bookings", "members", "payouts", "tickets"]), '",')
    d.ln('    "context": {')
    d.ln('        "trace_id": "0x', githash(rng, 32), '",')
    d.ln('        "span_id": "0x', githash(rng, 16), '",')
    d.ln('        "trace_state": "[]"')
    d.ln("    },")
    d.ln('    "kind": "SpanKind.SERVER",')
    d.ln('    "parent_id": null,')
    d.ln('    "start_time": "', iso(t, z=False), '000Z",')
    d.ln('    "end_time": "', iso(t + _dt.timedelta(milliseconds=rng.randint(5, 900)), z=False), '000Z",')
    d.ln('    "status": {"status_code": "', rng.choice(["UNSET", "ERROR"]), '"},')
    d.ln('    "attributes": {')
    d.ln('        "http.method": "POST",')
    d.ln('        "http.client_ip": "', ("ipv4", ipv4(rng, False)), '",')
    d.ln('        "net.peer.ip": "', ("ipv6", peer6), '",')
    d.ln('        "enduser.id": "', str(rng.randint(1000, 99999)), '",')
    d.ln('        "app.customer.name": "', ("person", p.full), '",')
    d.ln('        "app.customer.msisdn": "', ("phone", e164(rng, loc)), '",')
    if rng.random() < 0.5:
        d.ln('        "db.statement": "UPDATE members SET email=\'', ("email", p.email), "' WHERE id=", str(rng.randint(10, 9999)), '",')
    else:
        d.ln('        "http.request.header.authorization": "Bearer ', ("secret", secret(rng, "b64")), '",')
    d.ln('        "service.version": "', f"{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", '"')
    d.ln("    },")
    d.ln('    "events": [],')
    d.ln('    "links": [],')
    d.ln('    "resource": {"attributes": {"service.name": "', APP[loc], '", "telemetry.sdk.language": "python"}, "schema_url": ""}')
    d.ln("}")


def mqtt_broker_log(rng, loc, d):
    t = int(_dt.datetime(2024, 1, 1).timestamp()) + rng.randint(0, 30_000_000)
    n = rng.randint(3, 5)
    d.ln(f"{t}: mosquitto version 2.0.18 running")
    for _i in range(n):
        p = make_person(rng, loc)
        ip = ipv4(rng, True)
        dev = f"{rng.choice(['tanker', 'meter', 'gate', 'pump', 'boat'])}-{rng.randint(1, 60):02d}"
        t += rng.randint(1, 400)
        port = rng.randint(30000, 60000)
        d.ln(f"{t}: New connection from ", ("ipv4", ip), f":{port} on port 1883.")
        d.ln(f"{t}: New client connected from ", ("ipv4", ip), f":{port} as {dev} (p2, c1, k60, u'{dev}').")
        if rng.random() < 0.6:
            d.ln(f"{t}: Received PUBLISH from {dev} (d0, q1, r0, m{rng.randint(1, 900)}, 'fleet/{dev}/status', ... (", str(rng.randint(60, 200)),
                 " bytes))  payload={\"driver\":\"", ("person", p.full), "\",\"tel\":\"", ("phone", p.phone), "\",\"pos\":\"",
                 ("gps", gps_str(rng, p.gps, 1)), "\"}")
        else:
            d.ln(f"{t}: Client {dev} [", ("mac", mac(rng, 1)), "] has exceeded timeout, disconnecting.")
    t += 5
    if rng.random() < 0.5:
        d.ln(f"{t}: Client bridge-cloud closed its connection.")
    else:
        d.ln(f"{t}: Warning: bridge password in plain text: remote_password ", ("secret", password(rng, loc)))


def home_assistant_yaml(rng, loc, d):
    p, q = make_person(rng, loc), make_person(rng, loc)
    d.ln("# automations.yaml")
    d.ln("- id: '", str(rng.randint(10 ** 12, 10 ** 13 - 1)), "'")
    d.ln("  alias: ", rng.choice(["Water tank low - notify", "Gate left open", "Generator started"]))
    d.ln("  trigger:")
    d.ln("    - platform: numeric_state")
    d.ln("      entity_id: sensor.roof_tank_level")
    d.ln(f"      below: {rng.randint(10, 30)}")
    d.ln("  action:")
    d.ln("    - service: notify.mobile_app_", p.given_r.split()[0].lower(), "_phone")
    d.ln("      data:")
    d.ln("        message: \"Tank below threshold. Call ", ("person", q.full), " on ", ("phone", q.phone), "\"")
    d.ln("    - service: device_tracker.see")
    d.ln("      data:")
    d.ln("        dev_id: ", p.given_r.split()[0].lower(), "_phone")
    d.ln("        mac: \"", ("mac", mac(rng, 1)), "\"")
    d.ln("        gps: [", ("gps", gps_str(rng, p.gps, 0)), "]")
    d.ln("")
    d.ln("# configuration.yaml (excerpt)")
    d.ln("homeassistant:")
    d.ln("  name: ", p.city)
    d.ln("  time_zone: ", {"ps_AF": "Asia/Kabul", "tg_TJ": "Asia/Dushanbe", "ky_KG": "Asia/Bishkek", "ar_QA": "Asia/Qatar",
                          "so_SO": "Africa/Mogadishu", "rw_RW": "Africa/Kigali", "es_NI": "America/Managua", "bs_BA": "Europe/Sarajevo",
                          "dv_MV": "Indian/Maldives", "en_TT": "America/Port_of_Spain"}[loc])
    d.ln("person:")
    d.ln("  - name: ", ("person", p.full_r))
    d.ln("    id: ", p.given_r.split()[0].lower())
    d.ln("mqtt:")
    d.ln("  broker: ", ("ipv4", ipv4(rng, True)))
    d.ln("  password: ", ("secret", password(rng, loc)))
    d.ln("http:")
    d.ln("  trusted_proxies:")
    d.ln("    - ", ("ipv4", ipv4(rng, True)))
    d.ln("    - ", ("ipv6", ipv6(rng)))
    if rng.random() < 0.5:
        d.ln("telegram_bot:")
        d.ln("  - platform: polling")
        d.ln("    api_key: ", ("secret", f"{rng.randint(10 ** 9, 10 ** 10 - 1)}:{token(rng, 35)}"))


def scim_user_json(rng, loc, d):
    p = make_person(rng, loc, native_addr=False)
    d.ln("{")
    d.ln('  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],')
    d.ln('  "id": "', uuid(rng), '",')
    d.ln('  "externalId": "', str(rng.randint(10000, 99999)), '",')
    d.ln('  "userName": "', ("email", p.email), '",')
    d.ln('  "name": {')
    d.ln('    "formatted": "', ("person", p.full), '",')
    d.ln('    "familyName": "', ("person", p.family), '",')
    d.ln('    "givenName": "', ("person", p.given), '"')
    d.ln("  },")
    d.ln('  "displayName": "', ("person", p.full_r), '",')
    d.ln('  "emails": [{"value": "', ("email", p.email), '", "type": "work", "primary": true}],')
    d.ln('  "phoneNumbers": [{"value": "', ("phone", p.phone), '", "type": "mobile"}],')
    d.ln('  "addresses": [{"type": "home", "streetAddress": "', ("address", p.addr_lines[0]), '", "locality": "', p.city,
         '", "country": "', loc[-2:], '"}],')
    d.ln('  "active": ', rng.choice(["true", "false"]), ",")
    d.ln('  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {')
    d.ln('    "employeeNumber": "', str(rng.randint(1000, 99999)), '",')
    d.ln('    "department": "', rng.choice(["Operations", "Finance", "Field Agents", "Customer Care"]), '",')
    m = make_person(rng, loc)
    d.ln('    "manager": {"value": "', uuid(rng), '", "displayName": "', ("person", m.full_r), '"}')
    d.ln("  },")
    d.ln('  "meta": {"resourceType": "User", "created": "', iso(ts(rng), ms=False), '", "version": "W/\\"', githash(rng, 8), '\\""}')
    d.ln("}")


def okta_system_log(rng, loc, d):
    n = rng.randint(1, 3)
    d.ln("[")
    for i in range(n):
        p = make_person(rng, loc)
        t = ts(rng)
        ev = rng.choice(["user.session.start", "user.authentication.auth_via_mfa", "user.account.update_password", "user.mfa.factor.activate"])
        d.ln("  {")
        d.ln('    "uuid": "', uuid(rng), '",')
        d.ln('    "published": "', iso(t), '",')
        d.ln('    "eventType": "', ev, '",')
        d.ln('    "displayMessage": "', {"user.session.start": "User login to Okta", "user.authentication.auth_via_mfa": "Authentication of user via MFA",
                                          "user.account.update_password": "User update password for Okta", "user.mfa.factor.activate": "User activate MFA factor"}[ev], '",')
        d.ln('    "actor": {"id": "00u', token(rng, 17), '", "type": "User", "alternateId": "', ("email", p.email), '", "displayName": "', ("person", p.full_r), '"},')
        ip = ipv4(rng, False)
        d.ln('    "client": {"ipAddress": "', ("ipv4", ip), '", "geographicalContext": {"city": "', p.city, '", "country": "', loc[-2:], '"}},')
        if ev == "user.mfa.factor.activate":
            d.ln('    "target": [{"type": "Factor", "displayName": "SMS", "detailEntry": {"phoneNumber": "', ("phone", e164(rng, loc)), '"}}],')
        d.ln('    "outcome": {"result": "', rng.choice(["SUCCESS", "FAILURE", "CHALLENGE"]), '"},')
        d.ln('    "request": {"ipChain": [{"ip": "', ("ipv4", ip), '", "version": "V4"}]}')
        d.ln("  }" + ("," if i < n - 1 else ""))
    d.ln("]")


def vault_audit_log(rng, loc, d):
    p = make_person(rng, loc)
    t = ts(rng)
    path = rng.choice(["secret/data/payments/gateway", "kv/data/ops/db", "secret/data/sms/provider"])
    d.w('{"time":"', iso(t), '","type":"response","auth":{"client_token":"hmac-sha256:', githash(rng, 64), '","accessor":"hmac-sha256:',
        githash(rng, 64), '","display_name":"oidc-', p.given_r.split()[0].lower(), '","policies":["default","ops"],"metadata":{"email":"',
        ("email", p.email), '","name":"', ("person", p.full), '"},"entity_id":"', uuid(rng), '"},')
    d.w('"request":{"id":"', uuid(rng), '","operation":"read","path":"', path, '","remote_address":"', ("ipv4", ipv4(rng, True)), '"},')
    d.w('"response":{"data":{"data":{')
    if "db" in path:
        d.w('"username":"app_rw","password":"', ("secret", password(rng, loc)), '","host":"', ("ipv4", ipv4(rng, True)), '"')
    elif "sms" in path:
        d.w('"api_key":"', ("secret", secret(rng, "hex")), '","sender_id":"', rng.choice(["INFO", "ALERT", "OTP"]), '"')
    else:
        d.w('"secret_key":"', ("secret", secret(rng, "stripe")), '","webhook_secret":"', ("secret", "whsec_" + token(rng, 32)), '"')
    d.w('},"metadata":{"created_time":"', iso(ts(rng)), '","version":', str(rng.randint(1, 12)), '}}}}')


def cctv_nvr_event_log(rng, loc, d):
    op = make_person(rng, loc)
    base = ts(rng)
    cams = [(f"CAM{i:02d}", ipv4(rng, True), mac(rng, rng.choice([1, 2]))) for i in range(1, rng.randint(3, 5))]
    pw = password(rng, loc)
    d.ln("NVR-", HOST[loc].upper(), "-", str(rng.randint(1, 9)), " event export  fw V4.", str(rng.randint(30, 80)), ".", str(rng.randint(0, 9)))
    d.ln("No.  Time                 Type            Channel  Detail")
    k = 1
    for name, ip, mc in cams:
        t = base + _dt.timedelta(minutes=k * 7)
        d.ln(f"{k:<4} {t.strftime('%Y-%m-%d %H:%M:%S')}  Camera Online   {name}    ", ("ipv4", ip), "  ", ("mac", mc))
        k += 1
    t = base + _dt.timedelta(minutes=k * 7)
    d.ln(f"{k:<4} {t.strftime('%Y-%m-%d %H:%M:%S')}  Remote Login    -        user=operator from ", ("ipv4", ipv4(rng, False)))
    k += 1
    d.ln(f"{k:<4} {t.strftime('%Y-%m-%d %H:%M:%S')}  Motion Detect   {cams[0][0]}    zone 2")
    k += 1
    d.ln(f"{k:<4} {t.strftime('%Y-%m-%d %H:%M:%S')}  Config Change   {cams[-1][0]}    rtsp://admin:", ("secret", pw), "@", ("ipv4", cams[-1][1]), ":554/Streaming/Channels/101")
    d.ln("")
    d.ln("Shift note: footage for gate incident exported by ", ("person", op.full), " (tel ", ("phone", op.phone), ")")


SMS_TXT = {"ps_AF": ("Salaam", "payment received", "Reminder for"), "tg_TJ": ("Салом", "пардохт қабул шуд", "Напоминание для"),
           "ky_KG": ("Саламатсызбы", "төлөм кабыл алынды", "Напоминание для"), "ar_QA": ("عزيزي", "تم استلام الدفعة", "تذكير:"),
           "so_SO": ("Salaan", "lacagta waa la helay", "Xusuusin"), "rw_RW": ("Muraho", "amafaranga yakiriwe", "Kwibutsa"),
           "es_NI": ("Hola", "su pago fue recibido", "Recordatorio para"), "bs_BA": ("Poštovani", "uplata je evidentirana", "Podsjetnik za"),
           "dv_MV": ("Dear", "payment received", "Reminder for"), "en_TT": ("Hi", "payment received", "Reminder for")}


def sms_gateway_dlr_log(rng, loc, d):
    t = ts(rng)
    d.ln("# smsc dlr report  route=", rng.choice(["primary", "backup"]), "  sender=", rng.choice(["INFO", "BANK", "CLINIC", "COOP"]))
    d.ln("msg_id                               submitted            msisdn           status     err  text")
    for _i in range(rng.randint(4, 7)):
        p = make_person(rng, loc)
        t += _dt.timedelta(seconds=rng.randint(1, 90))
        st = rng.choice(["DELIVRD", "DELIVRD", "UNDELIV", "EXPIRED"])
        msisdn = e164(rng, loc)
        msisdn = msisdn if rng.random() < 0.6 else msisdn[1:]
        hi, paid, remind = SMS_TXT[loc]
        txt = rng.choice([(hi, " ", ("person", p.given), ", code: ", str(rng.randint(100000, 999999))),
                          (hi, " ", ("person", p.full), ", ", paid),
                          (remind, " ", ("person", p.full_r), ": 10:00"),
                          ("OTP ", str(rng.randint(1000, 9999)), " valid 5 min")])
        d.ln(uuid(rng), " ", t.strftime("%Y-%m-%d %H:%M:%S"), "  ", ("phone", msisdn), " " * max(1, 17 - len(msisdn)), f"{st:<10} ",
             "000" if st == "DELIVRD" else rng.choice(["001", "00B", "0C1"]), "  ", *txt)


def telegram_bot_update(rng, loc, d):
    p = make_person(rng, loc, native_addr=True)
    uid = rng.randint(10 ** 8, 7 * 10 ** 9)
    d.ln("{")
    d.ln('  "update_id": ', str(rng.randint(10 ** 8, 10 ** 9)), ",")
    d.ln('  "message": {')
    d.ln('    "message_id": ', str(rng.randint(10, 9000)), ",")
    has_last = rng.random() < 0.7
    d.ln('    "from": {"id": ', str(uid), ', "is_bot": false, "first_name": "', ("person", p.given), '"',
         *((', "last_name": "', ("person", p.family), '"') if has_last else ()), ', "username": "', p.given_r.split()[0].lower() + "_" + str(rng.randint(1, 999)),
         '", "language_code": "', loc[:2], '"},')
    d.ln('    "chat": {"id": ', str(uid), ', "type": "private"},')
    d.ln('    "date": ', str(int(_dt.datetime(2024, 1, 1).timestamp()) + rng.randint(0, 3 * 10 ** 7)), ",")
    if rng.random() < 0.5:
        d.ln('    "contact": {"phone_number": "', ("phone", e164(rng, loc)[1:] if rng.random() < 0.5 else e164(rng, loc)),
             '", "first_name": "', ("person", p.given), '", "user_id": ', str(uid), "}")
    else:
        msg = {"ps_AF": "سلام، ادرس من: ", "tg_TJ": "Салом, суроғаи ман: ", "ky_KG": "Саламатсызбы, дарегим: ",
               "ar_QA": "السلام عليكم، عنواني: ", "so_SO": "Salaan, cinwaankaygu waa ", "rw_RW": "Muraho, aderesi yanjye ni ",
               "es_NI": "Buenas, mi dirección es ", "bs_BA": "Pozdrav, moja adresa je ", "dv_MV": "އެޑްރެސް: ",
               "en_TT": "Morning, drop it by "}[loc]
        d.ln('    "text": "', msg, ("address", p.addr), " / ", ("phone", p.phone), '"')
    d.ln("  }")
    d.ln("}")


ZD_SUBJ = {"ps_AF": "Top-up not received", "tg_TJ": "Пул ба ҳисоб нарасид", "ky_KG": "Не пришёл перевод",
           "ar_QA": "تأخر توصيل الطلب", "so_SO": "Lacagtii ma iman", "rw_RW": "Sinabonye ubutumwa bwa MoMo",
           "es_NI": "No me llegó el pedido", "bs_BA": "Pošiljka nije stigla", "dv_MV": "Ferry ticket refund",
           "en_TT": "Costume not delivered"}


def zendesk_ticket_export(rng, loc, d):
    d.ln("Id,Requester,Requester email,Requester phone,Subject,Status,Priority,Assignee,Created at,Description")
    for _i in range(rng.randint(3, 5)):
        p, a = make_person(rng, loc), make_person(rng, loc)
        t = ts(rng)
        desc_kind = rng.randrange(3)
        d.w(str(rng.randint(10000, 99999)), ",", ("person", p.full_r if rng.random() < 0.5 else p.full), ",", ("email", p.email), ",")
        if rng.random() < 0.8:
            d.w(("phone", p.phone))
        d.w(",", ZD_SUBJ[loc], ",", rng.choice(["open", "pending", "solved"]), ",", rng.choice(["normal", "high", "low"]), ",",
            ("person", a.full_r), ",", t.strftime("%Y-%m-%d %H:%M"), ",\"")
        if desc_kind == 0:
            d.ln("Please deliver to ", ("address", p.addr), ". Thanks\"")
        elif desc_kind == 1:
            d.ln("Card used: ", ("card", card(rng)), " - charged twice\"")
        else:
            d.ln("Order ", str(rng.randint(100000, 999999)), " - customer called twice\"")


def shopify_customer_csv(rng, loc, d):
    d.ln("First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Default Address Address1,Default Address Address2,"
         "Default Address City,Default Address Province Code,Default Address Country Code,Default Address Zip,Default Address Phone,Phone,"
         "Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt")
    for _i in range(rng.randint(3, 6)):
        p = make_person(rng, loc, native_addr=False)
        g, f = (p.given, p.family) if p.given.isascii() or (p.loc in ("bs_BA", "es_NI", "rw_RW") and not p.extra.get("cyr")) else (p.given_r, p.family_r)
        d.w(("person", g), ",", ("person", f), ",", ("email", p.email), ",", rng.choice(["yes", "no"]), ",,",
            ("address", p.addr_lines[0]), ",", "", ",", p.city, ",,", loc[-2:], ",")
        first = p.addr_lines[1].replace(",", " ").split()[0]
        zipc = first if first.isdigit() else ""
        d.w(zipc, ",", ("phone", p.phone), ",")
        if rng.random() < 0.5:
            d.w(("phone", e164(rng, loc)))
        note = rng.choice(["", "", "VIP", f"birthday {p.dob.isoformat()}", "call before delivery"])
        d.w(",", rng.choice(["yes", "no"]), ",", f"{rng.randint(0, 4000)}.{rng.randint(0, 99):02d}", ",", str(rng.randint(0, 40)), ",")
        if note.startswith("birthday"):
            d.w("birthday ", ("dob", p.dob.isoformat()))
        else:
            d.w(note)
        d.ln(",no")


OPS_STYLES = {
    "airflow_task_log": airflow_task_log, "gitlab_ci_job_log": gitlab_ci_job_log, "ecs_json_event": ecs_json_event,
    "otel_span_dump": otel_span_dump, "mqtt_broker_log": mqtt_broker_log, "home_assistant_yaml": home_assistant_yaml,
    "scim_user_json": scim_user_json, "okta_system_log": okta_system_log, "vault_audit_log": vault_audit_log,
    "cctv_nvr_event_log": cctv_nvr_event_log, "sms_gateway_dlr_log": sms_gateway_dlr_log, "telegram_bot_update": telegram_bot_update,
    "zendesk_ticket_export": zendesk_ticket_export, "shopify_customer_csv": shopify_customer_csv,
}
