"""Cue words right before a number: "Tel.", "Handy", "電話" say it is a phone; "order",
"Bestellnummer", "commande", "注文番号", "Steuer-ID" say it is something else.

A cue counts when only connecting tokens stand between it and the number: punctuation,
"number"/"no"/"Nr."/"n°"/"番号", "is"/"ist"/"est"/"は", a two-letter country code ("USt-IdNr.
DE 123..."), a JSON key's quotes ("customer_id": "..."). The text before the number is
split into tokens once and walked back from the number, so each check costs a few set
and prefix look-ups (a regex of several hundred alternatives anchored at the end of the
window cost about 100 µs a call, most of the phone detector's time).

Each table has: whole words and phrases (tokens, ASCII word boundaries implied), stems a
word may start with ("bestell" for "Bestellung", "Bestellnr"), stems found inside a
compound ("rechnung" in "Abschlussrechnung"), and CJK cues, matched at the end of a run of
CJK characters (no spaces there) after dropping "番号", "号", "は" and the like.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hybridsdk.routing._script_letters import marks_in

__all__ = ["NOT_PHONE_CUES", "PHONE_CUES", "CueTable", "cue_before"]


# Combining marks of the scripts that write vowels as marks (Devanagari, Bengali, Tamil
# ..., Thai, Lao; Hebrew and Arabic points): `re` counts them as no word characters,
# which would split "मोबाइल" or "โทรศัพท์" into pieces.
_MARKS = marks_in(
    [
        (0x0300, 0x036F), (0x0591, 0x05C7), (0x0610, 0x061A), (0x064B, 0x065F),
        (0x0670, 0x0670), (0x06D6, 0x06ED), (0x0900, 0x0EFF), (0x1780, 0x17FF),
    ]
)  # fmt: skip
_TOKEN_RE = re.compile(r"(?:[^\W\d_]|[" + _MARKS + r"])+|\d+|\S")


def _words(spaced: str) -> list[str]:
    return spaced.split()


_CONNECT_WORDS = frozenset(
    _words(
        "number num nr no n nº º ° id numéro numero número nummer is was ist est es é è är "
        "jest 是 は client cliente customer kunde klant "
        # "number" and "is" in more languages: Russian, Ukrainian, Greek, Turkish, Arabic,
        # Persian, Urdu, Hebrew, Hindi, Bengali, Vietnamese, Indonesian, Czech, Slovak,
        # Hungarian, Romanian, Finnish, Nordic, Swahili, Tagalog
        "номер № ном это є είναι αριθμός αρ numara numarası numarasi nu رقم الرقم شماره "
        "نمبر מספר מס नंबर संख्या क्रमांक नं है নম্বর số là nomor adalah číslo čísla č "
        "szám száma sz număr numărul nro nummer numero nummeret on er nambari namba ni "
        "numero blg bilang ay el le la al au to 번호 番号 号码 號碼 "
        # "me", "on", "at", "under" between a call verb and the number ("zavolejte mi na",
        # "dzwonić pod", "звоните по", "llámame al")
        "me mi mir moi mich na pod po по на on at sur unter op på pe em "
        # "number" abbreviated in Maltese, Serbo-Croatian and Slovene ("nru", "br.", "št.")
        "nru br бр št নং "  # noqa: RUF001
        # Lao "number" ("ເລກທີ"), written apart from the word before it
        "ເລກທີ ເລກ"
    )
) | frozenset("#:.=-\"',()[]|\uff1a\uff0c\ufe0f")  # "key | value"; the fullwidth colon, comma
# Thai writes no spaces either: "เลขที่"/"หมายเลข" ("number"), "คือ" ("is").
_CJK_CONNECT = (
    "番号", "号码", "號碼", "号", "번호", "は", "是", "\uff1a", "เลขที่", "หมายเลข", "เลข", "คือ",
)  # fmt: skip


@dataclass(frozen=True)
class CueTable:
    """One side's cue words (see the module docstring)."""

    phrases: dict[str, tuple[tuple[str, ...], ...]]  # last token -> phrases ending in it
    prefixes: tuple[str, ...]
    infixes: re.Pattern[str] | None
    cjk: tuple[str, ...]

    @classmethod
    def build(cls, *, words: str, prefixes: str, infixes: str, cjk: str) -> CueTable:
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for phrase in words.split("|"):
            tokens = tuple(_TOKEN_RE.findall(phrase.strip().lower()))
            if tokens:
                by_last.setdefault(tokens[-1], []).append(tokens)
        inf = [re.escape(s) for s in _words(infixes)]
        return cls(
            phrases={k: tuple(v) for k, v in by_last.items()},
            prefixes=tuple(_words(prefixes)),
            infixes=re.compile("|".join(inf)) if inf else None,
            cjk=tuple(_words(cjk)),
        )

    def ends(self, tokens: list[str], k: int) -> bool:
        """Whether tokens[:k] ends with one of this table's cues."""
        tok = tokens[k - 1]
        for phrase in self.phrases.get(tok, ()):
            n = len(phrase)
            if n <= k and tuple(tokens[k - n : k]) == phrase:
                return True
        if tok.startswith(self.prefixes):
            return True
        if self.infixes is not None and len(tok) >= 5 and self.infixes.search(tok):
            return True
        if self.cjk and not tok.isascii():
            t = tok
            while t:
                if t.endswith(self.cjk):
                    return True
                for suffix in _CJK_CONNECT:
                    if t.endswith(suffix):
                        t = t[: -len(suffix)]
                        break
                else:
                    return False
        return False


def cue_before(window: str, *tables: CueTable) -> list[bool]:
    """For each table, whether `window` (the text right before a number) ends with one of
    its cues followed only by connecting tokens. The window is split into tokens once.

    Args:
        window: the text before the number (a few dozen characters are enough).
        tables: `PHONE_CUES`, `NOT_PHONE_CUES`, or both.
    """
    # an escaped line break ("...\\nOrder 123") is no letter of the next word
    raw = _TOKEN_RE.findall(window.replace("_", " ").replace("\\n", "  "))
    tokens = [t.lower() for t in raw]
    return [_ends_with_cue(raw, tokens, table) for table in tables]


def _ends_with_cue(raw: list[str], tokens: list[str], table: CueTable) -> bool:
    k = len(tokens)
    number_word = False
    while k > 0:
        if table.ends(tokens, k):
            return True
        tok = tokens[k - 1]
        two_letter_code = len(tok) == 2 and raw[k - 1].isupper() and raw[k - 1].isascii()
        if tok in _CONNECT_WORDS or two_letter_code:
            number_word = number_word or tok in _NUMBER_WORDS
            k -= 1
            continue
        if number_word and tok.isalpha():
            # "document scanned no=", "Auftrag erteilt Nr.": an explicit "number" word
            # names the number of the noun right before the word in between.
            return k > 1 and table.ends(tokens, k - 1)
        return False
    return False


# The connecting words that say "number" (not "is" or "customer").
_NUMBER_WORDS = frozenset(
    _words(
        "number num nr no nº numéro numero número nummer номер № αριθμός numara numarası رقم "
        "شماره نمبر מספר नंबर क्रमांक নম্বর số nomor číslo szám număr nro ເລກທີ"
    )
)


_COMPOUND_IDS = "|".join(
    f"{a} {b}|{a}-{b}|{a}{b}"
    for a in _words(
        "customer client member membership loyalty patient employee student order invoice "
        "account tracking reference document passport license licence"
    )
    for b in ("id", "no", "nr", "number")
)

NOT_PHONE_CUES = CueTable.build(
    words=(
        # English
        "po|p.o|p o|p.o.|purchase order|inv|ref|track|awb|sku|item|items|part|parts|model|"
        "s/n|sn|imei|meid|iccid|imsi|license key|licence key|product key|acct|a/c|lot|ean|"
        "upc|gtin|aba|sort code|bic|iban|vat|tin|ein|ssn|social security|sin|tfn|nhs|ups|"
        "usps|fedex|dhl|ts|pid|uid|port|zip|postal code|utm|grid ref|id|job|seq|pnr|abn|acn|"
        "bsb|clabe|iuv|nrb|gstin|cin|rcs|hra|hrb|rea|e-ticket|my number|national insurance|"
        "track & trace|ip|ipv4|document|documents|documento|dokument|passport|passeport|pasaporte|"
        "passaporto|passaporte|paszport|reisepass|paspoort|" + _COMPOUND_IDS + "|"
        # German, Dutch, Nordic, Polish
        "kto|blz|ust|ust-id|ust-idnr|idnr|plz|kvk|svnr|kbo|bce|orgnr|quittung|btw|bsn|"
        "klienta|polisa|pesel|nip|regon|kod pocztowy|avtal|bankgiro|plusgiro|ocr|kvitto|"
        # French, Spanish, Italian, Portuguese
        "réf|rib|tva|sécu|nir|reçu|code postal|n° client|numéro client|code client|"
        "réf client|réf. client|client n°|cliente|nif|nie|dni|nss|cif|rfc|curp|"
        "código postal|rif|conto|codice fiscale|partita iva|p. iva|p.iva|nota fiscal|nf|"
        "nf-e|nfe|conta|cpf|cnpj|"
        # national ids elsewhere
        "aadhaar|aadhar|pan|nino|codice|"
        # Russian, Ukrainian, Greek, Turkish
        "инн|снилс|огрн|кпп|бик|чек|трек|іпн|рнокпп|єдрпоу|αφμ|αμκα|τ.κ|fiş|fis|seri|"
        # fiscal receipt registers of Russian receipts, payment references of bank
        # transfers, Hungarian social insurance (TAJ), Vietnamese tax code (MST)
        "фн|фд|фп|фпд|ккт|рн ккт|зн ккт|taj|taj-szám|taj szám|közlemény|verwendungszweck|"
        "betalingskenmerk|concepto|causale|назначение платежа|призначення платежу|mst|"
        "posta kodu|tc kimlik|tckn|vkn|abone|"
        # Arabic, Persian, Urdu, Hebrew
        "طلبية|أوردر|اوردر|بطاقة|هوية|الهوية|الرقم القومي|قومي|الرمز البريدي|سجل تجاري|"
        "کد پستی|کد ملی|بل|رسید|ת.ז|תעודת זהות|מיקוד|ח.פ|עוסק|"
        # Hindi, Bengali, Tamil
        "बिल|चालान|रसीद|खाता|ग्राहक|संदर्भ|ट्रैकिंग|बुकिंग|टिकट|इनवॉइस|इनवॉयस|पॉलिसी|"
        "पिन कोड|पिनकोड|आधार|पैन|ऑर्डर|आर्डर|অর্ডার|বিল|রসিদ|অ্যাকাউন্ট|গ্রাহক|চালান|"
        "ஆர்டர்|பில்|கணக்கு|"
        # Vietnamese, Indonesian, Malay, Tagalog, Swahili
        "đơn hàng|hóa đơn|hoá đơn|biên lai|tài khoản|khách hàng|mã tham chiếu|vận đơn|"
        "mã vận đơn|đặt chỗ|hợp đồng|mã số thuế|mã bưu chính|mã đơn|mã khách hàng|cccd|cmnd|"
        "pesanan|tagihan|kuitansi|resi|rekening|pelanggan|referensi|pemesanan|kontrak|npwp|"
        "nik|kode pos|akaun|invois|resit|tempahan|poskod|resibo|oda|ankara|risiti|akaunti|"
        "mteja|kumbukumbu|"
        # Czech, Slovak, Hungarian, Romanian, Finnish, Nordic
        "účet|účtu|ičo|dič|psč|rodné číslo|variabilní symbol|variabilný symbol|cnp|cui|"
        "cod fiscal|cod poștal|cod postal|contul|viite|y-tunnus|henkilötunnus|cpr|"
        "fødselsnummer|"
        # prescriptions, frequent-flyer and travel-document fields, health-insurance and
        # identity-card numbers (Croatia, Serbia, Slovenia, Lithuania), Gulf residence and
        # civil-registry numbers
        "rx|prescription|recept|receta|rezept|ordonnance|ricetta|receita|рецепт|συνταγή|"
        "reçete|fqtv|frequent flyer|docs|mbo|hzzo|oib|jmbg|emšo|emso|osobne iskaznice|"
        "osobna iskaznica|iskaznice|lične karte|osebne izkaznice|asmens kodas|"
        "asmens tapatybės kortelės|الإقامة|الاقامة|إقامة|اقامة|السجل المدني|سجل مدني|"
        "الهوية الوطنية|"
        # bank statements, utility bills and tax forms (session 9): an account, a meter, an
        # invoice, a payment's purpose or reference, a cost centre, a tax number
        "acc|acc no|meter|meter no|medidor|contador|brojila|brojilo|števec|arvesti|mittari|"
        "reikningur|račun|racun|рачун|счёт-фактура|счет-фактура|pib|davčna številka|"
        "davčna|davcna|vöen|voen|sklic|viide|communication|təyinat|teyinat|დანიშნულება|"
        "cost centre|cost center|kostenstelle|centre de coût|centro de costo|centro di costo|"
        "doc|হিসাব|удостоверение|удостоверения|"
        # identity-card labels: Uruguay's and Bolivia's "C.I.", "cédula", Georgia's "პ/ნ"
        "c.i|c.i.|cédula|cedula|cédula de identidad|პ/ნ|"
        # invoices, orders, receipts and accounts in more languages (session 10):
        # Estonian, Latvian, Lithuanian, Icelandic, Maltese, Slovene, Serbian, Georgian,
        # Azerbaijani, Kazakh, Armenian, Bengali
        "arve|tellimus|kviitung|rēķins|rekins|pasūtījums|sąskaita|saskaita|užsakymas|"
        "kvittun|pöntun|pontun|ordni|riċevuta|ricevuta|naročilo|narocilo|поруџбина|"
        "narudžba|narudzba|ინვოისი|ანგარიში|შეკვეთა|ქვითარი|qəbz|qebz|sifariş|sifaris|"
        "qaimə|hesab|тапсырыс|түбіртек|шот|шот-фактура|инвойс|հաշիվ|պատվեր|ইনভয়েস|ভাউচার|"
        # money-transfer control numbers, SIM unblocking codes, SIP dialog tags, session
        # and queue ids of telecom and mail logs (session 11)
        "mtcn|control number|numéro de contrôle|número de control|رقم التحويل|puk|puk1|puk2|"
        "pin1|pin2|tag|from-tag|to-tag|session|sess|session id|acct-session-id|nas_id|"
        "nas-id|queued as|queue id|qid|msgid|call-id|trace id|bytes|bytes in|bytes out|"
        "octets|input octets|output octets|packets|input packets|output packets|"
        # hospital record and outpatient numbers, membership numbers, customer codes,
        # instrument calibrations (session 13): "MR#:", "OP No.:", "Քարտ N:" (card),
        # "A'zo №:" and "ສະມາຊິກ ເລກທີ:" (member), "Шифра на корисник:" (customer code)
        "mr|mrn|mr no|uhid|op no|opd|ip no|քարտ|member|membership|a'zo|аъзо|ສະມາຊິກ|"
        "шифра|шифра на корисник|šifra|calibration|firmware"
    ),
    prefixes=(
        "order invoice receipt ticket case incident booking account policy claim contract "
        "voucher coupon batch version build isbn issn routing swift epoch created updated "
        "sipariş siparis fatura kargo замовлення рахунок objednávk faktura easting northing "
        "device package flight boleto folio fiscal siret siren paket gerät appareil "
        "dispositivo paquete pacco pakket paczk série compte billet envío cuenta reserva "
        "recibo kund identifikationsnummer paketnummer ondernemingsnummer ordernummer "
        "zending personnummer organisationsnummer postnummer "
        # Russian, Ukrainian, Greek, Turkish
        "заказ счёт счет квитанц договор накладн артикул серийн лицев бронир билет клиент "
        "индекс паспорт рахун договір клієнт індекс замовл παραγγελ τιμολόγ τιμολογ απόδειξ "
        "αποδειξ λογαριασμ κράτησ κρατησ σύμβασ συμβασ πελάτ πελατ αναφορ vergi hesap "
        "müşteri musteri referans takip sözleşme sozlesme rezervasyon kimlik "
        # Arabic (with and without the article), Persian, Hebrew
        "طلب الطلب فاتور الفاتور إيصال الإيصال ايصال حساب الحساب مرجع المرجع تتبع التتبع "
        "شحن الشحن حجز الحجز عقد العقد ضريب الضريب عميل العميل سفارش فاکتور مشتری پیگیری "
        "הזמנ חשבונ קבל לקוח אסמכת מעקב משלוח חוזה "
        # Hungarian, Romanian, Finnish, Nordic, Czech/Slovak
        "rendelés számla nyugta ügyfél hivatkozás szerződés foglalás adószám adóazonosító "
        "irányítószám csomag szállítmány comand factur chitanț chitant referinț referint "
        "rezervar colet tilau lasku kuitti asiakas sopimus varaus paketti lähetys postinumero "
        "tilinumero ordre kvittering kunde referanse bestilling forsendelse pakke zákazn "
        "smlouv zmluv zásilk zásielk"
    ),
    infixes=(
        "reference référence confirmation réservation reservation tracking shipment waybill parcel consignment "
        "serial barcode timestamp medicare postcode sequence bestell rechnung auftrag "
        "kunden vertrag akten vorgang lieferschein zahlschein sendung serien artikel konto "
        "steuer versicherung mitglieds buchung referenz beleg gutschein ausweis bestel "
        "factuur klant rekening polis reservering burgerservice zamówieni faktur umow "
        "przesyłk rachun rezerwacj paragon försändelse kolli bokning commande facture "
        "dossier contrat suivi colis pedido factura albarán referencia expediente contrato "
        "seguimiento ordine fattura riferimento pratica contratto spedizione seriale "
        "polizza prenotazione ricevuta scontrino protocolo encomenda fatura referência "
        "agência rastreio rastreamento apólice póliza"
    ),
    cjk=(
        "注文 請求書 顧客番号 お客様番号 会員番号 受付番号 伝票番号 製造番号 シリアル 口座 契約番号 "
        "予約番号 管理番号 品番 型番 郵便番号 〒 マイナンバー 個人番号 領収書 追跡番号 訂單 订单 "
        "发票 發票 单号 單號 快递 运单 客户编号 编号 編號 账号 帐号 账户 卡号 序列号 合同 预订 身份证 "
        "邮编 邮政编码 주문 송장 운송장 고객번호 회원번호 계좌 일련번호 계약번호 예약번호 "
        "주민등록번호 사업자등록번호 우편번호 设备 設備 장치 기기 装置 "
        "영수증 청구서 계정 참조 예약 账单 賬單 收据 收據 参考号 參考號 合同号 客户号 税号 稅號 "
        "工单 工單 订购 訂購 流水号 請求 伝票 受注 発注 領収 問い合わせ番号 整理番号 登録番号 法人番号 "
        "คำสั่งซื้อ ใบแจ้งหนี้ ใบเสร็จ บัญชี ลูกค้า อ้างอิง พัสดุ การจอง สัญญา ผู้เสียภาษี "
        "รหัสไปรษณีย์ บัตรประชาชน ออเดอร์"
    ),
)

PHONE_CUES = CueTable.build(
    words=(
        "tel|tél|ph|mobile|mobil|mob|fax|sms|contact|contact number|my number is|call|"
        "call me|call me on|call me at|call on|call at|ring|ring me|ring me on|ring mig|"
        "ring mig på|reach me|reach me on|reach me at|whatsapp|whats app|text me|"
        "text me on|text me at|ligue|ligue para|llámame|llámame al|llamame|llamame al|"
        "llame|llame al|chiamami|chiamami al|chiama|chiama al|bel|bel me|bel me op|appelez|"
        "appelez le|appelez au|appelez-moi|appelez-moi le|appelez-moi au|joindre|"
        "joindre au|erreichbar unter|anrufen|☎|📞|📱|"
        # "my number" (is ...)
        # (not "my number" alone: Japan's My Number is a national id)
        "my phone number|my cell|mój numer|moj numer|mi número|mi numero|"
        "mijn nummer|mitt nummer|mit nummer|min nummer|meu número|meu numero|mon numéro|"
        "mon numero|meine nummer|il mio numero|mio numero|moje číslo|moje cislo|számom|"
        "numărul meu|numarul meu|мой номер|мій номер|numaram|benim numaram|số của tôi|"
        "nomor saya|nombor saya|numeroni|το νούμερό μου|το τηλέφωνό μου|رقمي|मेरा नंबर|"
        "המספר שלי|شماره من|"
        # Russian, Ukrainian, Greek, Turkish
        "тел|моб|факс|позвоните|звоните|позвонить|зателефонуйте|дзвоніть|τηλ|φαξ|"
        # (not "cep" alone: in Brazil it is the postcode)
        "cep telefonu|gsm|ara|arayın|beni ara|"
        # Arabic, Persian, Urdu, Hebrew
        "هاتف|الهاتف|جوال|الجوال|موبايل|الموبايل|تلفون|التلفون|اتصل|اتصل بي|فاكس|محمول|"
        "المحمول|واتساب|واتس|تلفن|موبایل|همراه|شماره تماس|فون|موبائل|טל|טלפון|נייד|פקס|"
        "התקשר|"
        # Hindi, Bengali, Tamil
        "फ़ोन|फोन|मोबाइल|दूरभाष|कॉल|संपर्क|फ़ैक्स|व्हाट्सएप|ফোন|মোবাইল|தொலைபேசி|கைபேசி|"
        # Vietnamese, Indonesian, Malay, Tagalog, Swahili
        "điện thoại|đt|sđt|di động|gọi|liên hệ|telp|ponsel|no hp|nomor hp|hubungi|"
        "hubungi saya|telepono|tawagan|simu|piga simu|"
        # Czech, Slovak, Hungarian, Romanian, Finnish, Nordic, Polish, Portuguese
        "volejte|zavolejte|zavolajte|hívjon|hívj|sunați|sunati|puh|soita|tlf|ring meg|"
        "sent to|send to|sms to|text to|ligue|ligar|bellen|can text|text us|zap|wpp|"
        "ring til|zadzwoń|zadzwon|dzwoń|contato|contacto|kontakt|"
        # "handphone" (Singapore, Malaysia, Indonesia), written "HP" or "H/P"
        "hp|h/p|handphone|hand phone|hand-phone|"
        # Icelandic, Latvian, Maltese, Georgian, Armenian, Filipino "CP" (cellphone)
        "sími|simi|farsími|farsimi|heimasími|vinnusími|gsm-sími|tālr|tālrunis|talrunis|"
        "telefons|mobilais|mowbajl|ტელ|ტელეფონი|მობ|მობილური|հեռ|հեռախոս|cp|cp no|cellphone"
    ),
    prefixes=(
        "telephone téléphone teléfono telefono telefone telefon telefoon phone cell "
        "portable handy komórk celular telemóvel hotline helpline "
        "телефон мобильн мобільн сотов τηλέφων τηλεφων κινητ puhelin matkapuhelin "
        "mobilnummer "
        # call verbs: chiamatemi, dzwonić, zadzwoń, zavolat, llamar, appelez, anrufen,
        # звоните, позвоните, дзвоніть, зателефонуйте, soittakaa, τηλεφωνήστε
        "chiam dzwon zadzwo zavol volej llam appel anruf звон позвон дзвон зателефон soit"
    ),
    infixes="rufnummer durchwahl mobiel móvil movil telefon telephone téléphone phone",
    cjk=(
        "電話 携帯 联系电话 聯絡電話 电话 電話番号 手机 手機 拨打 致电 전화 휴대폰 핸드폰 연락처 "
        "ケータイ 联系方式 聯繫方式 手提 โทร โทรศัพท์ มือถือ เบอร์ เบอร์โทร"
    ),
)
