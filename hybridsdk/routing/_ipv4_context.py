"""Dotted quads that are not IPv4 addresses, read from the words around them (used by
`Ipv4Detector` after its own version, outline and product rules):

    Прошивка 2.3.10.4 установлена      <fw>1.2.72.7</fw>        Mise à jour 3.0.80.6 installée
    Laiteohjelmisto 4.1.29.4            "firmwareVersion": "..."  Mobil: 55.50.85.54

- firmware and update words of 40+ languages before the quad (`firmware` is a loanword in
  most; `прошивка`, `fastvare`, `laiteohjelmisto`, `micrologiciel`, `υλικολογισμικό`,
  `קושחה`, `البرامج الثابتة`, `ファームウェア`, `固件`, `펌웨어`, `phần sụn` ... and
  `update`, `Aktualisierung`, `mise à jour`, `actualización`, `обновление`, `päivitys` ...);
- an "installed" word of those languages right after it (`installed`, `installiert`,
  `installée`, `instalado`, `установлена`, `asennettu`, `telepítve`, `インストール` ...);
- an XML element or JSON/YAML key that names a version (`<fw>`, `<firmware>`,
  `<version>`, `"fwVersion":`, `build_number=`);
- an update verb of those languages with its "to" right before the quad ("after
  upgrading to", "después de actualizar a", "nach dem Aktualisieren auf", "升級到"), a lot
  or batch word ("Lot", "Charge", "lote", "партия", "批号"), or a container image's tag
  ("registry.example.com/team/app:3.15.4.155");
- four groups of two digits after a phone cue ("Mobil: 55.50.85.54", "Ring: ..."): the
  way Danish and Norwegian numbers (and others of eight digits) are written with dots.
"""

# Words of many scripts are what this file is about.
# ruff: noqa: RUF001

from __future__ import annotations

import re

__all__ = ["dotted_phone", "version_context"]

_FIRMWARE_WORDS = (
    r"firmware|firmwaren|firmwarea|firmwareu|firmwaret|fw|micrologiciel|logiciel|"
    r"microcódigo|fastvare|fastvara|fastvaren|fast programvare|laiteohjelmisto|laiteohjelmiston|"
    r"ohjelmisto|ohjelmistoversio|mikroprogram|oprogramowanie|oprogramowania|"
    r"прошивка|прошивки|прошивку|микропрограмма|прошивки|мікропрограма|фърмуер|фирмвер|"
    r"υλικολογισμικό|קושחה|קושחת|البرامج الثابتة|البرنامج الثابت|فریمور|फ़र्मवेयर|फर्मवेयर|"
    r"ファームウェア|ファーム|固件|韧体|韌體|펌웨어|phần sụn|perangkat tegar|perisian tegar|"
    r"donanım yazılımı|yazılım|belső vezérlőprogram|szoftver|programvara|programvare|software|"
    r"softwaren|softwarový|programska oprema|strojna programska|aparatinė programinė|"
    r"mikrotarkvara|püsivara|programinė įranga|programmatūra"
)
_UPDATE_WORDS = (
    r"update|updated|updates|upgrade|upgraded|patch|aktualisierung|aktualisiert|mise à jour|"
    r"mis à jour|actualización|actualizado|actualizada|aggiornamento|aggiornato|atualização|"
    r"atualizado|bijgewerkt|bijwerking|aktualizacja|zaktualizowano|uppdatering|uppdaterad|"
    r"opdatering|opdateret|oppdatering|oppdatert|päivitys|päivitetty|frissítés|frissítve|"
    r"actualizare|actualizat|aktualizace|aktualizováno|aktualizácia|ažuriranje|posodobitev|"
    r"atnaujinimas|atjauninājums|uuendus|обновление|обновлено|обновлена|оновлення|оновлено|"
    r"актуализация|ажурирање|ενημέρωση|güncelleme|güncellendi|עדכון|עודכן|تحديث|به‌روزرسانی|"
    r"अपडेट|アップデート|更新|업데이트|cập nhật|pembaruan|pemutakhiran|kemas kini|sasisho|"
    r"versio|versjon|version"
)
_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:" + _FIRMWARE_WORDS + "|" + _UPDATE_WORDS + r")"
    r"(?:[ \t]+(?:to|auf|à|a|para|naar|na|till|til|на|σε|ל|إلى|до|ke|lên))?[\s:=#\"'\uff1a-]{0,4}$"
)
_INSTALLED_RE = re.compile(
    r"(?i)[ \t]+(?:(?:is|was|has been|ist|wurde|est|a été|fue|ha sido|è|è stato|è stata|foi|"
    r"är|blev|er|blev|on|ble|je|byl|była|został|została|został[ao]?|a fost|было|была|был|"
    r"було|έχει|εγκαταστάθηκε|tika|buvo|oli|volt)[ \t]+)?"
    r"(?:installed|installiert|install[ée]e?s?|instalad[oa]|installat[oa]|instalat[aă]?|"
    r"ge[iï]nstalleerd|zainstalowan[oa]|installerad|installeret|installert|asennettu|telepítve|"
    r"feltelepítve|nainstalováno|nainštalovan[éá]|instalirano|nameščen[oa]?|įdiegta|instalēta|"
    r"paigaldatud|установлен[аоы]?|встановлен[аоі]?|инсталиран[аo]?|εγκαταστάθηκε|yüklendi|"
    r"kuruldu|הותקנ[הו]?|تم تثبيت|ثبيت|इंस्टॉल|インストール|已安装|已安裝|설치|đã cài|cài đặt|"
    r"terpasang|diinstal|dipasang|imewekwa)(?![^\W\d_])"
)
# <fw>1.2.3.4</fw>, <firmwareVersion>, "fwVersion": "...", build_number=...: a key naming a version.
_KEY_BEFORE_RE = re.compile(
    r"(?i)(?:<|[\"'])?(?<![\w.-])(?:[\w-]*[_-])?(?:fw|firmware|version|ver|build|release|revision|rev|"
    r"sw|software|bios|os|kernel|app)(?:[_-]?(?:version|ver|no|number|id|v))?(?:>|[\"']?[ \t]*[:=][ \t]*[\"']?)$"
)
_CAMEL_KEY_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:fw|firmware|app|os|sw|software|build)(?:Version|Ver|Build|Release)[\"']?[ \t]*[:=][ \t]*[\"']?$"
)


# Update and upgrade verbs (infinitive, gerund, participle) and their "to": "upgrading to",
# "actualizar a", "atualizar para", "aggiornare a", "mettre à jour vers", "aktualisieren auf",
# "bijwerken naar", "zaktualizować do", "обновить до", "güncelledikten sonra" ... "升級到".
_VERB_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:upgrad(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|bump(?:ed|ing)?|"
    r"actuali[zcs]\w*|atuali[zc]\w*|aggiorn\w*|"
    r"mettre à jour|mis à jour|mise à jour|aktualisier\w*|bijwerk\w*|bijgewerkt|"
    r"upgraden|updaten|geüpgraded|zaktualizow\w*|aktualiz\w*|uppgrader\w*|uppdater\w*|"
    r"opgrader\w*|opdater\w*|oppgrader\w*|oppdater\w*|päivit\w*|frissít\w*|ažurira\w*|"
    r"nadogra\w*|atnaujin\w*|posodob\w*|обнов\w*|онов\w*|ъпдейт\w*|актуализ\w*|"
    r"ενημερ\w*|αναβάθμ\w*|güncelle\w*|yükselt\w*|עדכנ\w*|שדרג\w*|التحديث|تحديث|الترقية|"
    r"ترقية|به‌روزرسانی|بروزرسانی|ارتقا|अपडेट|अपग्रेड|cập nhật|nâng cấp|memperbarui|"
    r"diperbarui|kemas kini|naik taraf|업그레이드|업데이트|アップデート|アップグレード)"
    r"(?:[ \t]+(?:to|auf|à|a|al|para|pra|vers|naar|na|do|till|til|на|до|σε|στην|στο|ל|إلى|"
    r"الى|به|ke|kepada|lên|sang|version|versión|versão|versione|versie|wersji|sürümüne|sonra))?"
    r"[\s:=#\"'\uff1a-]{0,3}$"
    r"|(?:升级到|升級到|更新到|升级至|升級至|更新至|更新为|更新為|に更新|へ更新|로 업데이트)[\s:\uff1a]{0,2}$"
)
# A lot or batch number on a label ("Lot 1.8.38.177", "Ch.-B.", "lote", "партия", "批号").
_LOT_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:lot|lote|lotto|batch|charge|ch\.-b\.|partia|šarže|sarze|parti|"
    r"серия|партия|партида|παρτίδα|seri no|دفعة|التشغيلة|تشغيلة|"
    r"批号|批號|ロット|로트)[\s:#.\uff1a-]{0,3}$"
)
# A build, SDK or calibration word right before the quad: "mysqldump ... Distrib 8.0.36.1",
# "min SDK 8.10.29.14", "target API level", "calib 2.11.9.8", "Kalibrierung", "étalonnage".
_BUILD_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:distrib|distribution|sdk|ndk|jdk|runtime|toolchain|compiler|"
    r"calib|calibration|kalibrierung|kalibriert|étalonnage|etalonnage|calibración|calibrado|"
    r"calibrazione|calibração|kalibratie|kalibrering|kalibracja|kalibrace|kalibrointi|"
    r"kalibrasyon|калибровка|калібрування|βαθμονόμηση|校准|校正|キャリブレーション|교정)"
    r"[\s:=#\"'\uff1a-]{0,3}$"
)
# A header line that names software: "X-Mailer: Thunderbird 14.2.5.1", "User-Agent: ...",
# "X-Powered-By: ...": its quads are version numbers.
_SOFTWARE_HEADER_RE = re.compile(
    r"(?i)(?:^|\n)[ \t]*(?:x-mailer|user-agent|x-newsreader|x-generator|"
    r"x-powered-by|x-sdk|x-app-version)[ \t]*:[^\n]*$"
)
# A container image's tag: "registry.example.com/team/app:3.15.4.155", "acme/crm:1.2.3.4".
_IMAGE_TAG_BEFORE_RE = re.compile(r"(?<![\w.@/-])[\w.-]+(?:/[\w.-]+)+:$")


def version_context(text: str, start: int, end: int) -> bool:
    """Whether the dotted quad text[start:end] is named a version by the words around."""
    lo = max(0, start - 32)
    if _BEFORE_RE.search(text, lo, start) or _KEY_BEFORE_RE.search(text, lo, start):
        return True
    if _CAMEL_KEY_BEFORE_RE.search(text, lo, start) or _VERB_BEFORE_RE.search(text, lo, start):
        return True
    if _LOT_BEFORE_RE.search(text, max(0, start - 12), start):
        return True
    if _BUILD_BEFORE_RE.search(text, max(0, start - 24), start):
        return True
    line = text.rfind("\n", max(0, start - 160), start)
    if _SOFTWARE_HEADER_RE.search(text, max(0, line, start - 160), start):
        return True
    if text[start - 1 : start] == ":" and _IMAGE_TAG_BEFORE_RE.search(
        text, max(0, start - 120), start
    ):
        return True
    return _INSTALLED_RE.match(text, end) is not None


_TWO_DIGIT_QUAD_RE = re.compile(r"\d\d\.\d\d\.\d\d\.\d\d")
# Regions whose eight-digit numbers are written in pairs, dots included ("55 95 36 36",
# "55.95.36.36"): Denmark, Norway, the Faroes, Greenland.
_PAIR_REGIONS = frozenset({"DK", "NO", "FO", "GL"})
# Network words before a quad: it stays an address even in those regions.
_NETWORK_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:ip|ipv4|ip-adresse|ip-adresse[nr]?|host|hostname|server|serveren|servidor|"
    r"serveur|сервер|gateway|gw|router|routeren|ruter|ruteren|dns|subnet|netmask|mask|addr|"
    r"ping|proxy|node|peer|client|src|dst|from|via|vlan|lan|wan|nat|route|bind|listen|"
    r"endpoint|upstream|firewall|nettverk|netværk|netz|network)(?![^\W\d_])[^\n]{0,24}$"
)


def dotted_phone(text: str, start: int, end: int, region: str | None = None) -> bool:
    """Whether a quad of four two-digit groups is a dotted eight-digit phone number: after
    a phone cue, or in a text of a region that writes its numbers in pairs (`region`,
    from the locale hint or the text) with no network word before it."""
    if not _TWO_DIGIT_QUAD_RE.fullmatch(text, start, end):
        return False
    from hybridsdk.routing._phone_context import has_phone_cue

    if has_phone_cue(text, start):
        return True
    return (
        region in _PAIR_REGIONS
        and _NETWORK_BEFORE_RE.search(text, max(0, start - 40), start) is None
        and not text.startswith((":", "/"), end)  # a port or a prefix length follows
    )
