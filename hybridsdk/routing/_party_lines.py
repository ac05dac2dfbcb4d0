"""The name under a sender's or recipient's label on a label, a waybill or an order
(docs/privacy_figures.md, "Session 10: person names").

A parcel label, a courier's note or an order e-mail writes the party's label alone on its
line and the address block under it: the name on the first line, the street and the
postcode after ("Recipient:\\nJane Doe\\n12 High Street"; "Alıcı:\\nAyşe Kaya\\nAtatürk
Cad. No:5"; "받는 분:\\n김민지\\n서울시 ..."). The tagger, reading the name without its
usual cues, often misses it. The first line under such a label is a name when it has a
name's shape (one to five capitalised or caseless words, no digit, no street or company
word; one word only in a script written without spaces, with no character of a company's
name) and the line after it holds a digit (a house number or a postcode).

Every pattern reads three lines; the scan stays linear.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re

from hybridsdk.routing._person_address_heads import particle, place_word

__all__ = ["party_names"]

_LABELS = (
    # English, Romance, Germanic, Nordic
    "sender|from|recipient|receiver|to|ship to|deliver to|consignee|addressee|bill to|"
    "sold to|delivery address|shipping address|billing address|return address|"
    "expéditeur|expéditrice|destinataire|livrer à|adresse de livraison|adresse de facturation|"
    "remitente|destinatario|destinataria|enviar a|entregar a|dirección de envío|"
    "dirección de entrega|remetente|destinatário|destinatária|morada de entrega|"
    "endereço de entrega|mittente|consegnare a|indirizzo di consegna|spedire a|"
    "absender|empfänger|empfängerin|lieferadresse|lieferanschrift|rechnungsadresse|"
    "versand an|afzender|ontvanger|geadresseerde|leveradres|verzendadres|"
    "avsändare|mottagare|leveransadress|afsender|avsender|modtager|mottaker|"
    "leveringsadresse|sendandi|viðtakandi|móttakandi|"
    # Central and Eastern Europe, Baltic, Finnic
    "nadawca|odbiorca|adres dostawy|adres wysyłki|odesílatel|příjemce|adresát|"
    "doručovací adresa|odosielateľ|príjemca|pošiljatelj|pošiljalac|pošiljatelj|prejemnik|"
    "primatelj|primalac|feladó|címzett|szállítási cím|expeditor|destinatar|"
    "adresa de livrare|lähettäjä|vastaanottaja|toimitusosoite|saatja|saaja|sūtītājs|"
    "saņēmējs|siuntėjas|gavėjas|"
    # Greek, Cyrillic, Caucasus, Turkic
    "αποστολέας|παραλήπτης|παραλήπτρια|διεύθυνση αποστολής|отправитель|получатель|"
    "адрес доставки|відправник|одержувач|отримувач|подател|получател|пошиљалац|"
    "прималац|жіберуші|алушы|жеткізу мекенжайы|გამგზავნი|მიმღები|gönderici|gönderen|"
    "alıcı|teslimat adresi|göndərən|alan|"
    # Hebrew, Arabic, Persian, South and South-East Asia
    "שולח|נמען|מקבל|المرسل|المرسل إليه|المستلم|فرستنده|گیرنده|प्रेषक|प्राप्तकर्ता|"
    "প্রেরক|প্রাপক|người gửi|người nhận|ผู้ส่ง|ผู้รับ|pengirim|penerima|"
    # East Asia
    "寄件人|收件人|发件人|收货人|寄件者|收件者|差出人|送り主|お届け先|届け先|宛先|"
    "보내는 분|받는 분|보내는 사람|받는 사람|발송인|수취인|수령인"
)
_PARTY_RE = re.compile(
    # the label opens its line or follows a sentence on it ("Thanks! Delivery address:")
    rf"^(?:[^\n]{{0,80}}?[.!?。][ \t]+)?[ \t*#>-]*(?i:{_LABELS})[ \t*]*[:：][ \t*]*\r?\n"
    r"[ \t]*([^\n]{2,60}?)[ \t]*\r?\n([^\n]{0,80})",
    re.M,
)
_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,4}")
_COMPANY_TEXT = (
    "ltd ltd. limited inc inc. llc plc gmbh ag sa s.a. srl sl bv nv oy ab as a/s kft "
    "sp. spółka ooo ооо тоо co. company corp corp. group department dept team office "
    "store shop stores warehouse logistics services s.a.s. sas sarl s.r.l. s.l. ltda "
    "ооо оао зао пао ао тов еоод оод ад d.o.o. doo d.d. sh.p.k. a.ş. ltd. şti. "
    "transportes transport spedition company société sociedad società firma "
    "شرکت شركة مجموعة مؤسسة"
)
# Han characters of a company's or a shop's name ("...公司", "...航空", "...商店")
_HAN_COMPANY_RE = re.compile(r"公司|航空|銀行|银行|集團|集团|商店|[店社館馆廠厂局院記记電电]")
_COMPANY = frozenset(_COMPANY_TEXT.split())


def _name_line(line: str) -> bool:
    if any(c.isdigit() for c in line):
        return False
    words = line.split()
    if len(words) == 1 and _UNSPACED_RE.fullmatch(words[0]):
        return _HAN_COMPANY_RE.search(words[0]) is None
    if not 2 <= len(words) <= 5 or not all(_WORD_RE.fullmatch(w) for w in words):
        return False
    for i, w in enumerate(words):
        folded = w.casefold()
        if folded in _COMPANY or place_word(folded):
            return False
        if w[0].title() != w[0] and not (0 < i < len(words) - 1 and particle(folded)):
            return False  # lower case (a capital, a caseless script or Georgian is fine)
    return True


# A line that ends in a colon: every match of `_PARTY_RE` starts on one. Only those lines
# are tried (the pattern's lazy sentence prefix and its long alternation would otherwise
# run at every line start; a 4,000-character dump has hundreds).
_COLON_END_RE = re.compile(r"[:：][ \t*]*\r?\n")


def party_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names on the line under a sender's or recipient's label."""
    out: list[tuple[int, int]] = []
    done = 0  # matches do not overlap (as with finditer)
    for c in _COLON_END_RE.finditer(text):
        start = text.rfind("\n", 0, c.start()) + 1
        if start < done:
            continue
        m = _PARTY_RE.match(text, start)
        if m is None:
            continue
        done = m.end()
        if _name_line(m.group(1)) and any(ch.isdigit() for ch in m.group(2)):
            out.append(m.span(1))
    return out
