"""Network and operations styles for v9b: Zeek, Suricata, nmap, Wireshark, OAuth token
endpoint, dot-files, Ansible inventory, OpenLDAP slapd."""
from __future__ import annotations

import _v9b_values as V
from _v9b_text import B, ascii_fold, pe

ORG = {"si_LK": ("lankapay-ops", "ceylonmart.lk"), "uz_UZ": ("savdo-it", "savdo.uz"),
       "lv_LV": ("baltic-soft", "rigasdati.lv"), "be_BY": ("zubr-it", "zubrsoft.by"),
       "mk_MK": ("vardar-net", "vardarnet.mk"), "fr_SN": ("teranga-ops", "terangapay.sn"),
       "es_DO": ("quisqueya-it", "quisqueyanet.do"), "en_UG": ("pearl-ops", "pearlfin.co.ug"),
       "lo_LA": ("mekong-it", "mekongdigital.la"), "pt_MZ": ("xirico-ti", "xirico.co.mz")}


def _ts(rng, y=2024):
    return 1704067200 + rng.randrange(0, 365 * 86400) + round(rng.random(), 6)


def _uid(rng):
    return "C" + V.token(rng, 17)


def _corp_email(ctx, p):
    dom = ORG[ctx.loc][1]
    return f"{ascii_fold(p.rg.split(' ')[-1]).lower()}.{ascii_fold(p.rf.split(' ')[0]).lower()}@{dom}"


# ---------------------------------------------------------------- zeek http.log
def zeek_log(ctx) -> B:
    rng, b = ctx.rng, B()
    b("#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\thttp\n"
      f"#open\t2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d}-00-00-05\n"
      "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\ttrans_depth\tmethod\thost\turi\t"
      "user_agent\tstatus_code\tusername\tpassword\n"
      "#types\ttime\tstring\taddr\tport\taddr\tport\tcount\tstring\tstring\tstring\tstring\tcount\tstring\tstring\n")
    srv = V.ipv4(rng, private=True)
    srv6 = None
    host = ORG[ctx.loc][1]
    t0 = _ts(rng)
    for _ in range(rng.randrange(4, 8)):
        t0 += rng.random() * 40
        cli = V.ipv6(rng) if rng.random() < 0.15 else V.ipv4(rng)
        kind = "ipv6" if ":" in cli else "ipv4"
        if kind == "ipv6" and srv6 is None:  # an IPv6 client talks to the server's IPv6 address
            srv6 = V.ipv6(rng)
        b(f"{t0:.6f}\t{_uid(rng)}\t", (kind, cli), f"\t{rng.randrange(40000, 65000)}\t", (kind, srv6 if kind == "ipv6" else srv),
          f"\t{rng.choice([80, 8080])}\t1\t")
        r = rng.random()
        if r < 0.3:
            p = ctx.person()
            b(f"GET\t{host}\t/api/v1/customers?email=", ("email", ctx.email(p).replace(" ", "")),
              "\tokhttp/4.12.0\t200\t-\t-\n")
        elif r < 0.55:
            user = rng.choice(["admin", "cashier01", "ops", "backup"])
            b(f"GET\tintranet.{host}\t/admin/\tMozilla/5.0 (Windows NT 10.0; Win64; x64)\t401\t{user}\t",
              ("secret", V.password(rng)), "\n")
        else:
            b(f"{rng.choice(['GET', 'POST'])}\t{host}\t{rng.choice(['/', '/static/app.js', '/health', '/api/v1/orders'])}"
              f"\tcurl/8.5.0\t{rng.choice([200, 200, 304, 404])}\t-\t-\n")
    b(f"#close\t2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d}-01-00-00")
    return b


# ---------------------------------------------------------------- suricata eve.json
def suricata_eve(ctx) -> B:
    rng, b = ctx.rng, B()
    host = ORG[ctx.loc][1]
    for _ in range(rng.randrange(2, 4)):
        ts = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}.{rng.randrange(999999):06d}+0000"
        src, dst = V.ipv4(rng, True), V.ipv4(rng, False)
        ev = rng.choice(["alert", "smtp", "dhcp"])
        b('{"timestamp":"' + ts + f'","flow_id":{rng.randrange(10**15, 10**16)},"in_iface":"eth0","event_type":"{ev}","src_ip":"',
          ("ipv4", src), f'","src_port":{rng.randrange(1024, 65000)},"dest_ip":"', ("ipv4", dst),
          f'","dest_port":{ {"alert": 80, "smtp": rng.choice([25, 587]), "dhcp": 67}[ev]},"proto":"{"UDP" if ev == "dhcp" else "TCP"}",')
        if ev == "alert":
            b('"alert":{"action":"allowed","gid":1,"signature_id":' + str(rng.randrange(2000000, 2040000)) +
              ',"rev":3,"signature":"ET POLICY Possible Credential Submission over HTTP","category":"Potential Corporate Privacy Violation","severity":2},'
              '"http":{"hostname":"' + f"portal.{host}" + '","url":"/login.php","http_user_agent":"Mozilla/5.0","http_method":"POST","status":302},'
              '"ether":{"src_mac":"', ("mac", V.mac(rng, "colon_l")), '","dest_mac":"', ("mac", V.mac(rng, "colon_l")), '"}}\n')
        elif ev == "smtp":
            p1, p2 = ctx.person(), ctx.person()
            b('"smtp":{"helo":"mail.' + host + '","mail_from":"<', ("email", ctx.email(p1).replace(" ", "")),
              '>","rcpt_to":["<', ("email", _corp_email(ctx, p2)), '>"]},"email":{"status":"PARSE_DONE","subject":"'
              + rng.choice(["Re: invoice", "Fwd: scan", "Payment advice", "Documents"]) + '"}}\n')
        else:
            b('"dhcp":{"type":"request","id":' + str(rng.randrange(10**8, 10**9)) + ',"client_mac":"',
              ("mac", V.mac(rng, "colon_l")), '","lease_time":86400,"hostname":"' +
              rng.choice(["DESKTOP-", "LAPTOP-"]) + V.token(rng, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + '"}}\n')
    return b


# ---------------------------------------------------------------- nmap
_SVC = [(22, "ssh", "OpenSSH 8.9p1 Ubuntu 3ubuntu0.6 (Ubuntu Linux; protocol 2.0)"), (80, "http", "nginx 1.24.0"),
        (443, "ssl/http", "Apache httpd 2.4.57"), (3306, "mysql", "MySQL 8.0.36"), (161, "snmp", "SNMPv1 server"),
        (9100, "jetdirect", "?"), (8291, "unknown", ""), (53, "domain", "dnsmasq 2.89"), (5432, "postgresql", "PostgreSQL DB 14.9 - 14.11")]
_VENDORS = {"3C:52:82": "Hewlett Packard", "F4:F2:6D": "TP-Link Technologies", "B8:27:EB": "Raspberry Pi Foundation",
            "DC:A6:32": "Raspberry Pi Trading", "00:50:56": "VMware", "AC:84:C6": "TP-Link", "E4:5F:01": "Raspberry Pi Trading",
            "70:4F:57": "TP-Link", "C0:25:E9": "TP-Link", "00:0C:29": "VMware", "98:DA:C4": "TP-Link", "50:C7:BF": "TP-Link",
            "18:E8:29": "Ubiquiti Networks", "00:1A:2B": "Ayecom Technology"}


def nmap_scan(ctx) -> B:
    rng, b = ctx.rng, B()
    tz = {"si_LK": "+0530", "uz_UZ": "+05", "lv_LV": "EEST", "be_BY": "+03", "mk_MK": "CEST", "fr_SN": "GMT",
          "es_DO": "AST", "en_UG": "EAT", "lo_LA": "+07", "pt_MZ": "CAT"}[ctx.loc]
    net = f"192.168.{rng.choice([0, 1, 10, 88])}."
    b(f"$ sudo nmap -sV -O --top-ports 100 -iL targets-{rng.choice(['lan', 'office', 'branch'])}.txt\n"
      f"Starting Nmap 7.94SVN ( https://nmap.org ) at 2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d} {rng.randrange(7, 20):02d}:{rng.randrange(60):02d} {tz}\n")
    hosts = sorted(rng.sample(range(2, 250), rng.randrange(3, 6)))
    for h in hosts:
        ip = f"{net}{h}"
        r = rng.random()
        if r < 0.3:
            p = ctx.person()
            g = ascii_fold(p.rg.split(" ")[-1])
            brand = rng.choice(["Galaxy-A14", "Redmi-Note-12", "iPhone", "HUAWEI-P30", "TECNO-SPARK"])
            b(f"Nmap scan report for {brand}-", pe(g), ".lan (", ("ipv4", ip), ")\n")
        elif r < 0.6:
            b(f"Nmap scan report for {rng.choice(['printer-2f', 'nas01', 'cctv-nvr', 'pos-terminal-3', 'router'])}.lan (",
              ("ipv4", ip), ")\n")
        else:
            b("Nmap scan report for ", ("ipv4", ip), "\n")
        b(f"Host is up (0.00{rng.randrange(10, 99)}s latency).\nNot shown: {rng.randrange(90, 98)} closed tcp ports (reset)\n"
          "PORT     STATE SERVICE  VERSION\n")
        for port, svc, ver in rng.sample(_SVC, rng.randrange(1, 4)):
            b(f"{str(port) + '/tcp':<8} open  {svc:<8} {ver}\n")
        m = V.mac(rng, "colon")
        b("MAC Address: ", ("mac", m), f" ({_VENDORS.get(m[:8], 'Unknown')})\n")
        if rng.random() < 0.4:
            b("OS details: Linux 4.15 - 5.19\nNetwork Distance: 1 hop\n")
        b("\n")
    b(f"OS and Service detection performed. Please report any incorrect results at https://nmap.org/submit/ .\n"
      f"Nmap done: {rng.randrange(20, 254)} IP addresses ({len(hosts)} hosts up) scanned in {rng.randrange(20, 300)}.{rng.randrange(10, 99)} seconds")
    return b


# ---------------------------------------------------------------- wireshark text export
def wireshark_text(ctx) -> B:
    rng, b = ctx.rng, B()
    cli, srv = V.ipv4(rng, True), V.ipv4(rng, rng.random() < 0.5)
    cm, sm = V.mac(rng, "colon_l"), V.mac(rng, "colon_l")
    n = rng.randrange(20, 900)
    host = ORG[ctx.loc][1]
    b("No.     Time           Source                Destination           Protocol Length Info\n"
      f"    {n} {rng.random() * 30:.6f}   ", ("ipv4", cli), " " * (22 - len(cli)), ("ipv4", srv), " " * (22 - len(srv)),
      f"HTTP     {rng.randrange(500, 900)}    POST /account/login HTTP/1.1  (application/x-www-form-urlencoded)\n\n"
      f"Frame {n}: {rng.randrange(500, 900)} bytes on wire, {rng.randrange(500, 900)} bytes captured on interface wlan0, id 0\n"
      "Ethernet II, Src: ", ("mac", cm), ", Dst: ", ("mac", sm), "\n"
      "Internet Protocol Version 4, Src: ", ("ipv4", cli), ", Dst: ", ("ipv4", srv), "\n"
      f"Transmission Control Protocol, Src Port: {rng.randrange(40000, 65000)}, Dst Port: 80, Seq: 1, Ack: 1, Len: {rng.randrange(300, 700)}\n"
      "Hypertext Transfer Protocol\n"
      "    POST /account/login HTTP/1.1\\r\\n\n"
      f"    Host: shop.{host}\\r\\n\n"
      "    Content-Type: application/x-www-form-urlencoded\\r\\n\n"
      f"    Cookie: PHPSESSID={V.hexs(rng, 26)}\\r\\n\n"
      "    \\r\\n\n"
      "HTML Form URL Encoded: application/x-www-form-urlencoded\n")
    p = ctx.person()
    em = ctx.email(p).replace(" ", "")
    b('    Form item: "email" = "', ("email", em), '"\n')
    b('    Form item: "password" = "', ("secret", V.password(rng)), '"\n')
    if rng.random() < 0.5:
        b('    Form item: "phone" = "', ("phone", ctx.phone(True)), '"\n')
    if rng.random() < 0.35:
        b('    Form item: "card_number" = "', ("card", ctx.card().replace(" ", "").replace("-", "")), '"\n'
          f'    Form item: "exp" = "{rng.randrange(1, 13):02d}/{rng.randrange(26, 31)}"\n')
    b(f'    Form item: "csrf_token" = "{V.hexs(rng, 32)}"\n')
    if rng.random() < 0.4:
        v6a, v6b = V.ipv6(rng), V.ipv6(rng)
        b(f"\n    {n + 3} {rng.random() * 30 + 30:.6f}   ", ("ipv6", v6a), " → ", ("ipv6", v6b), "  ICMPv6   86   Neighbor Solicitation")
    return b


# ---------------------------------------------------------------- OAuth token endpoint
def oauth_token_log(ctx) -> B:
    rng, b = ctx.rng, B()
    svc = ORG[ctx.loc][0]
    day = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d}"
    h, m = rng.randrange(24), rng.randrange(60)
    def ts():
        nonlocal m
        m = (m + rng.randrange(0, 3)) % 60
        return f"{day}T{h:02d}:{m:02d}:{rng.randrange(60):02d}.{rng.randrange(1000):03d}Z"
    ip1 = V.ipv4(rng, False)
    p = ctx.person()
    em = ctx.email(p).replace(" ", "")
    b(f"{ts()} INFO  [{svc}-auth] POST /oauth2/token grant_type=password client_id=mobile-app-v3 username=",
      ("email", em), " remote=", ("ipv4", ip1), f" status=200 latency={rng.randrange(30, 300)}ms\n")
    b(f"{ts()} DEBUG [{svc}-auth] issued access_token=", ("secret", V.jwt(rng)),
      f" token_type=Bearer expires_in=3600 scope=\"openid profile payments\" jti={V.uuid(rng)}\n")
    b(f"{ts()} DEBUG [{svc}-auth] issued refresh_token=", ("secret", V.token(rng, 48, V._ALNUM + "-_")),
      " rotation=enabled\n")
    ip2 = V.ipv4(rng, True)
    b(f"{ts()} INFO  [{svc}-auth] POST /oauth2/token grant_type=client_credentials client_id=settlement-batch client_secret=",
      ("secret", V.token(rng, 32)), " remote=", ("ipv4", ip2), " status=200\n")
    b(f"{ts()} WARN  [{svc}-auth] POST /oauth2/token grant_type=password username=", ("email", ctx.email().replace(" ", "")),
      " remote=", ("ipv4", V.ipv4(rng, False)), ' status=400 error=invalid_grant error_description="Bad credentials" attempts=3\n')
    if rng.random() < 0.5:
        b(f"{ts()} INFO  [{svc}-auth] GET /oauth2/authorize response_type=code client_id=web-portal state={V.token(rng, 16)} "
          f"nonce={V.token(rng, 22)} redirect_uri=https://app.{ORG[ctx.loc][1]}/cb status=302\n")
    b(f"{ts()} DEBUG [{svc}-auth] upstream header Authorization: Basic ", ("secret", V.token(rng, 40, V._ALNUM + "+/") + "="),
      f" (introspection, trace_id={V.hexs(rng, 16)})")
    return b


# ---------------------------------------------------------------- dot-files
_COMMENT = {
    "en": "token of {n}, rotate before {d}", "si": "{n}ගේ token එක — {d} ට පෙර අලුත් කරන්න",
    "uz": "{n}ning tokeni, {d} gacha almashtirilsin", "uzc": "{n}нинг токени, {d} гача алмаштирилсин",
    "ru": "токен {n}, сменить до {d}", "be": "токен {n}, змяніць да {d}", "lv": "{n} tokens, nomainīt līdz {d}",
    "mk": "токен на {n}, да се смени пред {d}", "fr": "jeton de {n}, à renouveler avant le {d}",
    "es": "token de {n}, rotar antes del {d}", "pt": "token do {n}, renovar antes de {d}", "lo": "token ຂອງ{n} ປ່ຽນກ່ອນ {d}",
}


def dotfile_creds(ctx) -> B:
    rng, b = ctx.rng, B()
    host = ORG[ctx.loc][1]
    p = ctx.person()
    who = p.given.split(" ")[-1]
    user = ascii_fold(p.rg.split(" ")[-1]).lower()
    d = ctx.date(ctx.some_date(2025, 2026))
    tmpl = _COMMENT.get(ctx.lang, _COMMENT["en"])
    pre, post = tmpl.split("{n}")
    post_a, post_b = post.split("{d}")
    b(f"{user}@build-01:~$ cat ~/.npmrc\nregistry=https://registry.npmjs.org/\n# {pre}", pe(who), f"{post_a}{d}{post_b}\n"
      "//registry.npmjs.org/:_authToken=", ("secret", "npm_" + V.token(rng, 36)), "\n"
      f"@{ORG[ctx.loc][0]}:registry=https://npm.pkg.github.com\n"
      "//npm.pkg.github.com/:_authToken=", ("secret", "ghp_" + V.token(rng, 36)), "\n"
      "email=", ("email", _corp_email(ctx, p)), "\nalways-auth=true\n\n")
    ip = V.ipv4(rng, True)
    b(f"{user}@build-01:~$ cat ~/.config/pip/pip.conf\n[global]\n"
      f"index-url = https://deploy:", ("secret", V.password(rng)), f"@pypi.{host}/simple\n"
      "trusted-host = ", ("ipv4", ip), "\ntimeout = 60\n\n")
    b(f"{user}@build-01:~$ cat ~/.pgpass\n", ("ipv4", ip), ":5432:payroll:app_rw:", ("secret", V.password(rng)), "\n"
      f"db-replica.{host}:5432:*:readonly:", ("secret", V.password(rng)), "\n"
      f"{user}@build-01:~$ ls -l ~/.pgpass\n-rw------- 1 {user} {user} {rng.randrange(80, 140)} "
      f"{rng.choice(['Jan', 'Mar', 'May', 'Aug', 'Nov'])} {rng.randrange(1, 28):2d} 09:{rng.randrange(10, 59)} /home/{user}/.pgpass")
    return b


# ---------------------------------------------------------------- Ansible inventory
def ansible_inventory(ctx) -> B:
    rng, b = ctx.rng, B()
    host = ORG[ctx.loc][1]
    owner = ctx.person()
    yaml = rng.random() < 0.4
    if yaml:
        b("# inventories/prod/hosts.yml — owner: ", pe(owner.roman() if ctx.lang not in ("en",) else owner.full()),
          ", ", ("phone", ctx.phone(True)), "\nall:\n  vars:\n    ansible_user: deploy\n    ansible_become_pass: \"",
          ("secret", V.password(rng)), "\"\n    admin_email: ", ("email", _corp_email(ctx, owner)), "\n  children:\n    web:\n      hosts:\n")
        for i in range(rng.randrange(2, 4)):
            b(f"        web0{i + 1}.{host}:\n          ansible_host: ", ("ipv4", V.ipv4(rng, True)), "\n")
        b("    db:\n      hosts:\n        db01:\n          ansible_host: ", ("ipv4", V.ipv4(rng, True)),
          "\n          ansible_password: \"", ("secret", V.password(rng)), "\"\n          wol_mac: \"", ("mac", V.mac(rng, "colon")), "\"\n")
        return b
    b("# prod inventory — ", pe(owner.roman()), " <", ("email", _corp_email(ctx, owner)), ">\n[web]\n")
    for i in range(rng.randrange(2, 4)):
        b(f"web0{i + 1} ansible_host=", ("ipv4", V.ipv4(rng, True)), " ansible_port=22\n")
    b("\n[db]\ndb01 ansible_host=", ("ipv4", V.ipv4(rng, True)), " ansible_user=postgres ansible_password=",
      ("secret", V.password(rng)), "\n")
    if rng.random() < 0.5:
        b("db02 ansible_host=", ("ipv6", V.ipv6(rng)), " ansible_user=postgres\n")
    b("\n[kiosk]\nkiosk-lobby ansible_host=", ("ipv4", V.ipv4(rng, True)), " wol_mac=", ("mac", V.mac(rng, "dash")), "\n"
      "\n[all:vars]\nansible_python_interpreter=/usr/bin/python3\nansible_become_pass=", ("secret", V.password(rng)),
      f"\nntp_server=ntp.{host}\nsubnet_mask=255.255.255.0\n")
    return b


# ---------------------------------------------------------------- OpenLDAP slapd
def slapd_log(ctx) -> B:
    rng, b = ctx.rng, B()
    dc = ",".join("dc=" + x for x in ORG[ctx.loc][1].split("."))
    mon = rng.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    day = rng.randrange(1, 28)
    hh, mm, ss = rng.randrange(24), rng.randrange(60), rng.randrange(50)
    srv = V.ipv4(rng, True)
    def pre():
        nonlocal ss
        ss = min(59, ss + rng.randrange(0, 2))
        return f"{mon} {day:2d} {hh:02d}:{mm:02d}:{ss:02d} ldap01 slapd[{pid}]: "
    pid = rng.randrange(900, 9000)
    for _ in range(rng.randrange(1, 3)):
        conn = rng.randrange(1000, 99999)
        cli = V.ipv4(rng, True)
        p = ctx.person()
        uid = ascii_fold(p.rg.split(" ")[-1][0] + p.rf.split(" ")[0]).lower()
        cn = f"{ascii_fold(p.rg)} {ascii_fold(p.rf)}" if p.script != "latin" or rng.random() < 0.5 else p.full()
        b(pre(), f"conn={conn} fd={rng.randrange(10, 60)} ACCEPT from IP=", ("ipv4", cli), f":{rng.randrange(30000, 65000)} (IP=",
          ("ipv4", srv), ":389)\n")
        b(pre(), f'conn={conn} op=0 BIND dn="uid={uid},ou=people,{dc}" method=128\n')
        ok = rng.random() < 0.7
        b(pre(), f"conn={conn} op=0 RESULT tag=97 err={0 if ok else 49} text={'' if ok else 'Invalid credentials'}\n")
        em = ctx.email(p).replace(" ", "")
        b(pre(), f'conn={conn} op=1 SRCH base="ou=people,{dc}" scope=2 deref=0 filter="(mail=', ("email", em), ')"\n')
        b(pre(), f"conn={conn} op=1 SRCH attr=cn mail telephoneNumber employeeNumber\n")
        b(pre(), f"conn={conn} op=1 SEARCH RESULT tag=101 err=0 qtime=0.000{rng.randrange(10, 99)} etime=0.00{rng.randrange(100, 999)} nentries=1 text=\n")
        if rng.random() < 0.6:
            b(pre(), f'conn={conn} op=2 MOD dn="cn=', pe(cn), f',ou=people,{dc}"\n')
            b(pre(), f"conn={conn} op=2 MOD attr=telephoneNumber modifyTimestamp\n")
        if rng.random() < 0.5:
            b(pre(), f'conn={conn} op=3 SRCH base="{dc}" scope=2 deref=0 filter="(telephoneNumber=', ("phone", ctx.phone(True)), ')"\n')
        b(pre(), f"conn={conn} op={rng.randrange(3, 6)} UNBIND\n", pre(), f"conn={conn} fd={rng.randrange(10, 60)} closed\n")
    return b
