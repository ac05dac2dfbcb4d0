"""MAC addresses (and EUI-64 identifiers) in the notations devices and tools print.

    00:1a:2b:3c:4d:5e    00-1A-2B-3C-4D-5E    001a.2b3c.4d5e (Cisco)
    00:1a:2b:ff:fe:3c:4d:5e (EUI-64)          device_mac: "001A2B3C4D5E"    WOL_TARGET=001a2b3c4d5e
    "Gerät": "001a2b3c4d5e"    ble scan found 001a2b3c4d5e    hwaddr 001a2b-3c4d5e

Delimited forms are taken anywhere. Bare 12 hex digits (and the `001a2b-3c4d5e` form) have
the shape of short git hashes and ids, so they are taken only after a word that says what
they are: a MAC cue (`mac`, `device_mac`, `hwaddr`, `lladdr`, `bssid`, wake-on-LAN,
"physical address" in many languages), or a device word in one of many languages
("device", "Gerät", "dispositivo", "устройство", "端末", "기기" ...) or a radio scan
("ble scan found", "bluetooth"). After a device word the value must mix letters and digits
and the words in between must not name another id ("device id", "device serial", "device
token"): those are not MACs. Up to three words may stand between a cue and its value
("MAC-Adresse vom Laptop: ..."), and a router's allow list in one of 30 languages names the
12-hex values before or after it ("add ... to the allow list", "thêm ... vào danh sách cho
phép"). Dotted groups of decimal digits after a trunk 0 ("0812.3456.7890") are phones
when a phone plan reads them, unless a MAC cue precedes them; otherwise they stay a MAC
("0200.0000.0000"), as nothing else would mask them. Null and broadcast addresses identify no device and are skipped.
"""

# Device words in many scripts, and fullwidth separators, are what this file is about.
# ruff: noqa: RUF001

from __future__ import annotations

import re
from collections.abc import Iterator

from hybridsdk.routing._detectors import Finding, PiiKind

__all__ = ["MacDetector"]

_HEX2 = "[0-9A-Fa-f]{2}"
_MAC_RE = re.compile(
    # not inside a longer colon run, nor its second pair ("0a:1b:...:6a"); "mac:" is fine
    r"(?<![\w.])(?<![:-][0-9A-Fa-f]{2}[:-])(?<!(?<!\w)[0-9A-Fa-f]{2}[:-])"
    rf"(?:(?P<eui>{_HEX2}([:-])(?:{_HEX2}\2){{6}}{_HEX2})"
    rf"|{_HEX2}([:-])(?:{_HEX2}\3){{4}}{_HEX2}"
    r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})"
    # Not followed by one more hex group (a longer run, an IPv6 address); a word after a
    # colon is no group: RADIUS "Called-Station-Id = 00-1A-2B-3C-4D-5E:CafeNet" ends an SSID.
    r"(?!\w|[:-][0-9A-Fa-f]{1,4}(?:[^\w]|$)|\.\w)",
    re.ASCII,
)

# Words saying the value is a MAC ("device_mac", "MACAddress", "mac-adresse", "MAC地址").
_STRONG_CUES = (
    r"mac(?:[ _-]?(?:addr(?:ess|esse)?|adress(?:e|en)?|adres|adresa|adresi|osoite|c[ií]m[ée]?|"
    r"адрес|адреса|διεύθυνση|אדרס|indirizzo|direcci[oó]n|endere[cç]o))?|hw_?addr|hardware[ _-]?addr(?:ess)?|lladdr|link/ether|"
    r"ether|bssid|wlan\d?|eth\d|wol|wake[ _-]?on[ _-]?lan|"
    r"physical[ _]address|adresse[ _]physique|physische[ _]adresse|direcci[oó]n[ _]f[ií]sica|"
    r"endere[cç]o[ _]f[ií]sico|indirizzo[ _]fisico|fysiek[ _]adres|adres[ _]fizyczny|"
    r"fyzick[aá][ _]adresa|fizikai[ _]c[ií]m|adres[aă][ _]fizic[aă]|fyysinen[ _]osoite|"
    r"fysisk[ _]adress?e?|fiziksel[ _]adres|физический[ _]адрес|фізична[ _]адреса|"
    r"φυσική[ _]διεύθυνση|כתובת[ _]פיזית|العنوان[ _]الفعلي|भौतिक[ _]पता|物理地址|物理位址|"
    r"物理アドレス|물리적[ _]주소|địa[ _]chỉ[ _]vật[ _]lý|alamat[ _]fisik"
)
# Allow lists of a router or access point, in many languages: the 12-hex entries are MACs.
_ALLOW_LIST = (
    r"allow[ _-]?list|white[ _-]?list|mac[ _-]?filter|liste[ _]blanche|lista[ _]blanca|"
    r"lista[ _]de[ _]permitidos|lista[ _]bianca|lista[ _]branca|witte[ _]lijst|"
    r"zulassungsliste|positivliste|bia[lł]a[ _]lista|vitlista|hvidliste|hvitliste|"
    r"sallittujen[ _]luettelo|enged[ée]lyez[ée]si[ _]lista|lista[ _]alb[aă]|seznam[ _]povolen[ýých]+|"
    r"белый[ _]список|білий[ _]список|λευκή[ _]λίστα|beyaz[ _]liste|רשימה[ _]לבנה|"
    r"القائمة[ _]البيضاء|श्वेतसूची|ホワイトリスト|许可列表|白名单|白名單|화이트리스트|허용[ _]목록|"
    r"danh[ _]sách[ _](?:cho[ _]phép|trắng)|daftar[ _](?:putih|izin)|senarai[ _]putih|"
    # a router's MAC filter named alone: "added ... to the filter", "ajouté ... au filtre"
    r"filter|filtre|filtro|фильтр|фільтр|φίλτρο|フィルター|过滤|필터"
)
# Words naming a device or a radio scan, in many languages.
_DEVICE_CUES = (
    r"device|gerät|geraet|endgerät|appareil|périphérique|dispositivo|dispositiu|"
    r"aparelho|equipo|apparaat|toestel|urządzenie|zařízení|zariadenie|enhet|enhed|laite|"
    r"eszköz|dispozitiv|uređaj|naprava|ierīce|įrenginys|seade|tæki|pajisje|cihaz|aygıt|"
    r"συσκευή|устройство|пристрій|прылада|уред|уређај|מכשיר|جهاز|الجهاز|دستگاه|"
    r"डिवाइस|उपकरण|যন্ত্র|ডিভাইস|சாதனம்|పరికరం|อุปกรณ์|thiết[ _]bị|perangkat|peranti|"
    r"kifaa|端末|デバイス|機器|设备|設備|装置|裝置|기기|장치|디바이스|단말|장비|"
    # equipment, cameras, badge readers, routers, access points, printers (session 10)
    r"equipment|equipamento|ausrüstung|matériel|attrezzatura|sprzęt|оборудование|"
    r"обладнання|camera|kamera|câmera|cámara|caméra|telecamera|камера|カメラ|摄像头|카메라|"
    r"reader|lector|lecteur|lesegerät|leitor|lettore|считыватель|리더기|router|routeur|"
    r"enrutador|roteador|маршрутизатор|роутер|ルーター|路由器|라우터|access[ _]point|"
    r"printer|drucker|imprimante|impresora|impressora|stampante|принтер|プリンター|打印机|프린터|"
    r"station|sta|ble|bluetooth|beacon|" + _ALLOW_LIST
)
# Letters of alphabetic scripts: a cue must not be part of a longer word of them (CJK,
# Hangul, Thai, Devanagari... cues may touch the text around them).
_ALPHA = "a-zA-Z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
# A cue, then at most two words (not naming another id), then ":", "=", quotes or spaces,
# ending where the value starts (matched on the text before each 12-hex candidate).
# camelCase keys: "deviceMac", "wifiMACAddress".
_CAMEL_MAC = r"(?-i:(?<=[a-z])(?:Mac|MAC)(?:Addr(?:ess)?)?)"
_CUE_BEFORE_RE = re.compile(
    rf"(?:(?<![{_ALPHA}])(?:(?P<strong>{_STRONG_CUES})|(?P<device>{_DEVICE_CUES}))"
    rf"|(?P<camel>{_CAMEL_MAC}))(?![{_ALPHA}])"
    # Windows pads its labels with dots: "Physical Address. . . . : 3C-5A-..."
    # A device's make and model may stand between, then a slash: "Kamera: Axis P1455 / ..."
    r"(?P<gap>(?:[ _'’-]?[^\W\d]{1,12}){0,3}?(?:[\s:]{1,3}(?:[^\W_][\w-]{0,15}[ \t]){1,4}/)?)"
    r"(?:[\s:=\"'`>|：＝「『«“]|\.(?=[\s.:])){1,12}$",
    re.IGNORECASE,
)
_STRONG_RE = re.compile(
    rf"(?<![{_ALPHA}])(?:{_STRONG_CUES})(?![{_ALPHA}])|{_CAMEL_MAC}", re.IGNORECASE
)
# 12 hex digits in one case, or the 6-6 form, standing alone.
_BARE_RE = re.compile(
    r"(?<![0-9A-Za-z_.-])"
    r"(?:[0-9a-f]{12}|[0-9A-F]{12}|[0-9a-f]{6}-[0-9a-f]{6}|[0-9A-F]{6}-[0-9A-F]{6})"
    r"(?![0-9A-Za-z]|[.:-][0-9A-Za-z])",
    re.ASCII,
)
# Between a device word and the value: words naming another kind of id.
_OTHER_ID_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:id|ids|uid|uuid|guid|serial|sn|token|key|secret|name|model|"
    r"version|ver|fw|firmware|build|hash|sha|commit|rev|code|number|num|nr|no|nummer|numero|"
    r"número|numéro|номер|session|request|req|trace|order|type)(?![^\W\d_])"
)
# "add 3c5a1b2c4d5e to the allow list", "thêm ... vào danh sách cho phép": a few words, then
# an allow list.
_ALLOW_AFTER_RE = re.compile(
    r"(?:[ \t]+[^\W\d_]{1,12}){0,3}[ \t]+(?:" + _ALLOW_LIST + r")(?![^\W\d_])", re.IGNORECASE
)
_NULL = frozenset({"000000000000", "ffffffffffff", "0000000000000000", "ffffffffffffffff"})


# A Cisco-dotted all-digit MAC that is also shaped like a trunk-0 phone: the phone pass still
# reads its digits (`PiiScanner` does not blank it) and wins the overlap when a plan reads it.
_PHONE_SHAPED = "mac_phone_shaped"


class MacDetector:
    """MAC addresses and EUI-64s (colon, dash, Cisco dot; bare hex after a cue); see the
    module doc."""

    kind = PiiKind.MAC

    def __call__(self, text: str) -> Iterator[Finding]:
        for m in _MAC_RE.finditer(text):
            hexdigits = re.sub(r"[^0-9A-Fa-f]", "", m.group(0)).lower()
            if hexdigits in _NULL:
                continue  # null and broadcast identify no device
            # An EUI-64 beats the IPv6 reading of the same eight groups (0.95).
            confidence = 0.96 if m.group("eui") else 0.9
            if (
                hexdigits.isdigit()
                and hexdigits[0] == "0"
                and "." in m.group(0)
                and not _STRONG_RE.search(text, max(0, m.start() - 48), m.start())
            ):
                # "0812.3456.7890": a national phone (trunk 0) in dotted groups rather than a
                # Cisco MAC, so the phone reading wins; a MAC finding that loses to any
                # other finding stays, for what no phone plan reads ("0200.0000.0000")
                # must still be masked.
                yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.3, _PHONE_SHAPED)
                continue
            yield Finding.from_span(self.kind, text, m.start(), m.end(), confidence, "mac")
        if len(text) < 12:
            return
        for m in _BARE_RE.finditer(text):
            hexdigits = m.group(0).replace("-", "").lower()
            if hexdigits in _NULL:
                continue
            cue = _CUE_BEFORE_RE.search(text, max(0, m.start() - 48), m.start())
            if cue is None:
                if not (hexdigits.isdigit() or hexdigits.isalpha()) and _ALLOW_AFTER_RE.match(
                    text, m.end()
                ):
                    yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.85, "mac")
                continue
            strong = cue.group("strong") or cue.group("camel")
            if strong is None and _STRONG_RE.search(cue.group("gap")) is None:
                if hexdigits.isdigit() or hexdigits.isalpha():
                    continue  # after a device word, an all-digit value is a serial number
                if _OTHER_ID_RE.search(cue.group("gap")):
                    continue  # "device id: 3f2a9b1c4d5e"
            yield Finding.from_span(self.kind, text, m.start(), m.end(), 0.85, "mac")
