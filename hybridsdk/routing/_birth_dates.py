"""Dates of birth: a birth cue in one of many languages, then (or before it) a date.

    DOB: 03/12/1985          Geburtsdatum: 12.03.1985     née le 1er mai 1990
    nata a Roma il 12 marzo 1985                          data urodzenia: 12 marca 1985
    дата рождения: 12.03.1985       12.03.1985 г.р.       تاريخ الميلاد: ١٢/٠٣/١٩٨٥
    जन्म तिथि: १२/०३/१९८५     生年月日：昭和60年3月12日     1985年3月12日生まれ
    출생일: 1985년 3월 12일    {"birthDate": "1985-03-12"}   * 12.03.1985 in Hamburg

The date may be numeric (day-month-year, month-day-year, year-month-day with `.`, `/`
or `-`; two-digit years too), written with a month name or its abbreviation in 16
languages (genitive forms for Polish, Russian, Greek; `12 de marzo de 1985`, `March 12,
1985`, `12th of March 1985`), in CJK year-month-day form (Japanese eras too), in the
Mongolian `1985 оны 3 сарын 12`, in Arabic-Indic or Devanagari digits (after the Nepali
"जन्म मिति" a year of the Bikram Sambat calendar, 56-57 years ahead). The Uzbek, Kazakh and
Kyrgyz birth words follow the date ("12.03.1985 yilda tug'ilgan"). Between cue and date only a few words without digits or sentence
punctuation ("born *in London on*", "nata *a Roma il*"); words naming another event
("appointment", "Termin", "livraison" ...) end the search. The year must lie between 1900
and now; after cues that also name a birthday or are a single mark ("birthday",
"Geburtstag", "b.", "f."), at least three years back, after "*" twelve. Dates with no birth
cue (appointments, invoices, timestamps) are never taken.

Forms print dot leaders or bars between label and date ("Date of birth ..... 12/03/1985",
"DOB | ..."); the year's word after the date is part of it ("12 марта 1985 г.", "р."), and so
is the final dot of a year-first dotted date ("1985.03.12."). Abbreviations of "date of
birth" (`D.N.`, `FN`, `TTL`, `F.dato`, `ת.ל.`, `г.р.` ...) take only a date right after them.
vCard parameters (`BDAY;VALUE=date:`), HL7 v2 `PID` segments (field 7) and Danish
`22/10-1970` are read too.

Findings are scored 0.65: above the tagger (at most 0.6), so where both find the same
birth date the cue's span is kept and the tagger's dropped; below every checked detector.
`tagged_birth_date_ok` lets the scanner drop tagger birth dates with no cue around them.
"""

# Text in many scripts is what this file is about: fullwidth colons, CJK commas and
# Greek or Cyrillic letters are meant.
# ruff: noqa: RUF001, RUF002, RUF003

from __future__ import annotations

import datetime as _dt
import heapq
import re
from collections.abc import Callable, Iterator

from hybridsdk.routing._birth_date_children import children_list_dates
from hybridsdk.routing._birth_date_columns import (
    column_cells,
    html_column_cells,
    sql_column_cells,
)
from hybridsdk.routing._birth_date_layouts import (
    hijri_mark_end,
    patient_label_dates,
    south_slavic,
    south_slavic_dot_end,
    year_first_short,
)
from hybridsdk.routing._birth_date_records import record_line_dates
from hybridsdk.routing._birth_date_spans import aged_birth_dates, life_span_birth_dates
from hybridsdk.routing._birth_date_words import MORE_CUES, MORE_GLUED_CUES, MORE_MONTHS
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._name_value_pairs import name_value_pairs

__all__ = ["CONFIDENCE", "BirthDateDetector", "tagged_birth_date_ok"]

CONFIDENCE = 0.65

_MONTHS_TEXT = """
en january february march april may june july august september october november december
en jan feb mar apr may jun jul aug sep sept oct nov dec
de januar februar märz april mai juni juli august september oktober november dezember
de jänner maerz jan feb mär apr jun jul aug sep sept okt nov dez
fr janvier février mars avril mai juin juillet août septembre octobre novembre décembre
fr janv févr fevrier fév mars avr mai juin juil août aout sept oct nov déc decembre
es enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
es ene feb mar abr may jun jul ago sep sept oct nov dic setiembre
pt janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
pt jan fev mar abr mai jun jul ago set out nov dez marco
it gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
it gen feb mar apr mag giu lug ago set ott nov dic
nl januari februari maart april mei juni juli augustus september oktober november december
nl jan feb mrt apr mei jun jul aug sep sept okt nov dec
pl styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień
pl stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia
sv januari februari mars april maj juni juli augusti september oktober november december
sv jan feb mar apr maj jun jul aug sep sept okt nov dec
da januar februar marts april maj juni juli august september oktober november december
fi tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta
tr ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
el ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος
el ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου
el ιαν φεβ μαρ απρ μαΐ ιουν ιουλ αυγ σεπ οκτ νοε δεκ μαιου
ru январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
ru января февраля марта апреля мая июня июля августа сентября октября ноября декабря
ru янв фев мар апр мая июн июл авг сен сент окт ноя дек
ar يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
ar يناير فبراير مارس ابريل مايو يونيه يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
ar كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول
hi जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर
hi जनवरी फरवरी मार्च अप्रेल मई जून जुलाई अगस्त सितम्बर अक्तूबर नवम्बर दिसम्बर
cs leden únor březen duben květen červen červenec srpen září říjen listopad prosinec
cs ledna února března dubna května června července srpna září října listopadu prosince
sk január február marec apríl máj jún júl august september október november december
sk januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra
uk січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень
uk січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
be студзень люты сакавік красавік май чэрвень ліпень жнівень верасень кастрычнік лістапад снежань
be студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня
bg януари февруари март април май юни юли август септември октомври ноември декември
mk јануари февруари март април мај јуни јули август септември октомври ноември декември
sr јануар фебруар март април мај јун јул август септембар октобар новембар децембар
sr januar februar mart april maj jun jul avgust septembar oktobar novembar decembar
hr siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac
hr siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca
sl januar februar marec april maj junij julij avgust september oktober november december
ro ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie
hu január február március április május június július augusztus szeptember október november december
hu jan febr márc ápr máj jún júl aug szept okt nov dec
lt sausis vasaris kovas balandis gegužė birželis liepa rugpjūtis rugsėjis spalis lapkritis gruodis
lt sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio
lv janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris decembris
lv janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī
et jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember
fi tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu
no januar februar mars april mai juni juli august september oktober november desember
is janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember
af januarie februarie maart april mei junie julie augustus september oktober november desember
ca gener febrer març abril maig juny juliol agost setembre octubre novembre desembre
gl xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro
eu urtarrila otsaila martxoa apirila maiatza ekaina uztaila abuztua iraila urria azaroa abendua
ga eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa meán_fómhair deireadh_fómhair samhain nollaig
cy ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr
mt jannar frar marzu april mejju ġunju lulju awwissu settembru ottubru novembru diċembru
sq janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor
id januari februari maret april mei juni juli agustus september oktober november desember
ms januari februari mac april mei jun julai ogos september oktober november disember
tl enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre
sw januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba
az yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr
uz yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr
kk қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан
ka იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი
hy հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր դեկտեմբեր
hy հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի
he ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר
fa ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر
fa فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند
ur جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر
mr जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर
bn জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর
gu જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ સપ્ટેમ્બર ઑક્ટોબર નવેમ્બર ડિસેમ્બર
ta ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்
te జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్
th มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม
th ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.
"""


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for line in (_MONTHS_TEXT + MORE_MONTHS).strip().splitlines():
        words = line.split()[1:]
        if len(words) == 12:
            for i, w in enumerate(words, 1):
                table.setdefault(w.replace("_", " ").lower(), i)
        else:  # abbreviation lines with extra spellings: map by prefix of a full name
            for w in words:
                table.setdefault(w.replace("_", " ").lower(), 0)
    full = {k: v for k, v in table.items() if v}
    for k in [k for k, v in table.items() if not v]:
        match = [v for name, v in full.items() if name.startswith(k[:3]) and name[:1] == k[:1]]
        if match:
            table[k] = match[0]
        else:
            del table[k]
    return table


_MONTHS = _month_table()
_PERSIAN_MONTHS = {
    w: i
    for i, w in enumerate(
        [
            "فروردین",
            "اردیبهشت",
            "خرداد",
            "تیر",
            "مرداد",
            "شهریور",
            "مهر",
            "آبان",
            "آذر",
            "دی",
            "بهمن",
            "اسفند",
        ],
        1,
    )
}


def _trie(words: list[str]) -> str:
    """One regex for a set of words, branching per character (longest first): a plain
    alternation of 800 month names is tried name by name at every position of the text,
    which tripled the cost of a date search."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(root)


_MONTH_ALT = _trie(list(_MONTHS))
_ORD = r"(?:st|nd|rd|th|er|re|e|º|ª|\.)?"
# Spoken days ("july fourth 1962", "the twelfth of march 1985"), English only.
_ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_DAY_WORDS = {w: i for i, w in enumerate(_ORDINAL_WORDS, 1)}
for _i, _w in enumerate(_ORDINAL_WORDS[:9], 1):
    _DAY_WORDS[f"twenty-{_w}"] = _DAY_WORDS[f"twenty {_w}"] = 20 + _i
_DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
_DAY_ALT = _trie(list(_DAY_WORDS))

# Each alternative names its parts d<n>, m<n>, y<n>; numeric months are read as m<n>.
_DATE = (
    # 1985-03-12, 1985/3/12, 1985.03.12
    r"(?P<y1>\d{4})(?P<s1>[-./])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})(?![\d.]\d)"
    # 12.03.1985, 03/12/85, 12-3-1985 (day or month first: both are tried)
    r"|(?P<d2>\d{1,2})(?P<s2>[-./])(?P<m2>\d{1,2})(?P=s2)(?P<y2>\d{4}|\d{2})(?![\d])"
    # 12 March 1985, 12. März 1985, 12 de marzo de 1985, 12th of March, 1985, 1er mai 1990
    r"|(?P<d3>\d{1,2}|"
    + _DAY_ALT
    + r")"
    + _ORD
    + r"\s{0,2}(?:de\s+|of\s+|του\s+|d['’]|ב|ta['’]\s{1,2})?(?P<m3>"
    + _MONTH_ALT
    + r")\.?,?"
    r"\s{1,2}(?:de\s+|del\s+)?(?P<y3>\d{4})"
    # March 12, 1985; Mar 12 1985; March 12th 1985
    r"|(?P<m4>"
    + _MONTH_ALT
    + r")\.?\s{1,2}(?:the\s+)?(?P<d4>\d{1,2}|"
    + _DAY_ALT
    + r")(?:st|nd|rd|th)?,?\s{1,2}(?P<y4>\d{4})"
    # 12-Mar-1985, 12/MAR/85, 12 Mar 85
    r"|(?P<d6>\d{1,2})(?P<s6>[-/ ])(?P<m6>" + _MONTH_ALT + r")(?P=s6)(?P<y6>\d{4}|\d{2})"
    # 19850312 (forms and JSON)
    r"|(?P<y7>19\d\d|20[0-2]\d)(?P<m7>0[1-9]|1[0-2])(?P<d7>0[1-9]|[12]\d|3[01])"
    # Korean dotted: 1985. 3. 12. (the last dot belongs to the date)
    r"|(?P<y8>\d{4})\.\s(?P<m8>\d{1,2})\.\s(?P<d8>\d{1,2})\.?"
    # 1985年3月12日, 昭和60年3月12日, 1985년 3월 12일
    r"|(?:(?P<era>昭和|平成|令和|大正|民國|民国)\s?)?(?P<y5>(?(era)(?:\d{1,3}|元)|\d{4}))\s?[年년]\s?"
    r"(?P<m5>\d{1,2})\s?[月월]\s?(?P<d5>\d{1,2})\s?[日일号號]"
    # 1985. március 12., 1985 m. kovo 12 d. (year, month name, day)
    r"|(?P<y9>\d{4})(?:\.|\s?m\.)?\s{1,2}(?P<m9>"
    + _MONTH_ALT
    + r")\s{1,2}(?P<d9>\d{1,2})(?:\s?d\.|\.)?"
    # 1985. gada 12. martā (Latvian)
    r"|(?P<y10>\d{4})\.?\s?gada\s{1,2}(?P<d10>\d{1,2})\.\s?(?P<m10>" + _MONTH_ALT + r")"
    # 8. 2. 1958 (Czech, Slovak, Hungarian and others space the dotted form)
    r"|(?P<d11>\d{1,2})\.\s(?P<m11>\d{1,2})\.\s?(?P<y11>\d{4})"
    # 12.III.1985, 12 III 1985 (Roman month)
    r"|(?P<d12>\d{1,2})(?P<s12>[-./ ])\s?(?P<m12>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
    r"(?P=s12)\s?(?P<y12>\d{4})"
    # ngày 12 tháng 3 năm 1985 (Vietnamese)
    r"|(?:ngày\s+)?(?P<d14>\d{1,2})\s+tháng\s+(?P<m14>\d{1,2}),?\s+(?:năm\s+)?(?P<y14>\d{4})"
    # 850312 (YYMMDD: Korean forms, and after cues in many places)
    r"|(?P<y13>\d\d)(?P<m13>0[1-9]|1[0-2])(?P<d13>0[1-9]|[12]\d|3[01])"
    # S60.3.12, 昭和60.3.12 (Japanese era initial or name, dotted or slashed)
    r"|(?P<era15>[SHR]|昭和|平成|令和)(?P<y15>\d{1,2})(?P<s15>[./])(?P<m15>\d{1,2})(?P=s15)(?P<d15>\d{1,2})"
    # 22/10-1970 (Danish and Norwegian: day/month-year)
    r"|(?P<d16>\d{1,2})/(?P<m16>\d{1,2})-(?P<y16>\d{4})"
    # 12MAR85 (airline APIS and DOCS lines)
    r"|(?P<d17>[0-3]\d)(?P<m17>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?P<y17>\d{4}|\d{2})"
    # 1962 оны 3 сарын 24, 1962 оны 3-р сарын 24 (Mongolian: year, month, day)
    r"|(?P<y18>\d{4})\s?оны\s{1,2}(?P<m18>\d{1,2})(?:-?р|\s(?:дугаар|дүгээр))?\s{1,2}сарын"
    r"\s{1,2}(?P<d18>\d{1,2})"
)
_FORMS = tuple(str(i) for i in range(1, 19))
_ROMAN = {
    r: i
    for i, r in enumerate(
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"], 1
    )
}
# Not inside a longer number or word; CJK text may touch the date on either side.
# "1985-03-12T00:00:00Z" (JSON birthDate fields): the date without its midnight time.
_DATE_RE = re.compile(
    r"(?<![\dA-Za-z])(?<!\d\.)(?:" + _DATE + r")(?:(?![\dA-Za-z])|(?=T\d\d:))", re.IGNORECASE
)

# Birth cues written before the date.
_CUES_BEFORE = r"""
date[ _-]?of[ _-]?birth|birth[ _-]?date|birth[ _-]?day|d\.\s?o\.\s?b\.?|dob|born(?:\s+on)?|b\.(?=\s)|birth|
b-?day|geburtsdatum|geb\.?[-_]?datum|geburtstag|geboren(?:\s+am)?|geb\.(?:\s*am)?|
date[ _-]?de[ _-]?naissance|date[ _-]naissance|n[ée]\(?e?\)?\s+le|ddn|naissance|
fecha[ _-]?de[ _-]?nacimiento|fecha[ _-]?nacimiento|f\.\s?(?:de\s)?nac(?:imiento|\.)?|fecha[ _]nac\.?|
nacid[oa](?:\s+el)?|nac[ií]\s+el|nacimiento|
data[ _-]de[ _-]nascimento|data\s+de\s+nasc\.?|nascid[oa](?:\s+em)?|nasci\s+em|
data[ _-]?di[ _-]?nascita|data[ _-]?nascita|nat[oa](?:/a)?(?=\s+(?:il|a|ad|in|nel)\s)|nascita|
geboortedatum|geboren\s+op|geb\.?|geburt|
data[ _-]urodzenia|ur\.|urodzon[ya](?:\s+dnia)?|urodzi(?:ł|łem|łam|ła)(?:\s+się)?|
f[öo]delsedatum|f[öo]delsedag(?:en)?|fødselsdag|född(?:\s+den)?|f\.(?=\s)|f[øo]dselsdato|født|syntymäaika|syntynyt|
do[gğ]um[ _-]?tarih(?:i(?:m|n|niz|miz)?)?|do[gğ]um[ _-]?tarix(?:i)?|doğum|d\.\s?t\.|doğdu(?:m|)|
ημερομηνία\s+γέννησης|ημ(?:/νία|\.)?\s*γέννησης|ημερ\.\s*γέννησης|γεννήθηκ(?:α|ε)(?:\s+στις)?|γεννημέν(?:ος|η|ου)(?:\s+στις)?|γέννηση|γεν\.|
дата\s+рождения|д\.\s?р\.|родил(?:ся|ась)|рожд[её]н[аы]?|рождения|рожд\.|
تاريخ\s+الميلاد|تاريخ\s+ميلاد(?:ي|ك|ه|ها)?|تاريخ\s+الولادة|من\s+مواليد|مواليد|ولدت(?:\s+في)?|
المولود(?:ة)?(?:\s+في)?|مولود(?:ة)?(?:\s+في)?|ولد(?:\s+في)?|الميلاد|
जन्म\s*तिथि|जन्मतिथि|जन्म\s*दिनांक|जन्म\s+की\s+तारीख|जन्मदिन|जन्म|
data[ _-]?(?:de[ _-]?)?nascimento|nascimento|dt\.?[ _-]?nasc(?:imento|\.)?|data\s+nasc\.?|geb\.?\s?datum|b[ _-]?date|birth[ _-]?dt|date[ _-]?naiss(?:ance)?|
datum[ _-]narozen[ií]|narozen[ií]|narozen[aáý]?(?:\s+dne)?|nar\.|dátum[ _-]narodenia|narodil[a]?\s+sa|narodený|narodená|
дата\s+народження|народження|народи(?:вся|лася|лись)|народжен(?:ий|а)|д\.\s?н\.|дата\s+нараджэння|нарадзіўся|нарадзілася|
дата\s+на\s+раждане|роден[аи]?|дата\s+на\s+раѓање|датум\s+на\s+раѓање|датум\s+рођења|рођен[аи]?|
datum\s+ro(?:đ|dj|d)enja|ro(?:đ|dj)en[aio]?|ro(?:đ|dj)enje|datum\s+rojstva|rojen[ao]?|
data\s+na[sșş]terii|data\s+na[sșş]tere|na[sșş]tere|n[aă]scut[aă]?(?:\s+(?:la|pe|în))?|
sz[üu]let[ée]si\s+(?:d[áa]tum|id[őo])(?:a|ja|om)?|szül\.?|született|születés|
gimimo\s+data|gim\.|gim[eę]s|gimusi|dzim[sš]anas\s+datums|dzimis|dzimusi|s[üu]nniaeg|s[üu]nnikuup[äa]ev|s[üu]ndinud|
data\s+e\s+lindjes|datëlindja|datelindja|i\s+lindur|e\s+lindur|
tanggal\s+lahir|tgl[._ -]?\s*lahir|tarikh\s+lahir|lahir(?:\s+pada)?|petsa\s+ng\s+kapanganakan|kapanganakan|
ipinanganak|kaarawan|tarehe\s+ya\s+kuzaliwa|alizaliwa|kuzaliwa|
ng[àa]y\s+sinh|sinh\s+ng[àa]y|sinh\s+năm|ngày\s+tháng\s+năm\s+sinh|
תאריך\s+ה?לידה|ת\.\s?לידה|ת\.\s?ל\.|ת"ל|יום\s+ה?הולדת|נולד(?:ה|תי)?|تاریخ\s+تولد|متولد|تولد|تاریخ\s+پیدائش|پیدائش|
জন্ম\s*তারিখ|জন্ম|பிறந்த\s+தேதி|பிறந்த\s+நாள்|பிறப்பு|పుట్టిన\s+తేదీ|జన్మ\s+తేదీ|
જન્મ\s*તારીખ|ਜਨਮ\s+ਮਿਤੀ|ਜਨਮ\s+ਤਾਰੀਖ|
data\s+de\s+naixement|nascud?a|nascut|data\s+de\s+nacemento|jaiotze[ _-]?data|jaio(?:tako)?|
fæðingardag(?:ur)?|fædd(?:ur)?|dáta\s+breithe|rugadh|dyddiad\s+geni|ganwyd|data\s+tat-twelid|gebore(?:\s+op)?|
tug['ʻ’‘]?ilgan(?:\s+(?:sana|kun))?|туғилган(?:\s+(?:сана|кун))?|туған\s+күні|туылған|დაბადების\s+თარიღი|დაიბადა|ծննդյան\s+ամսաթիվ|ծնվել\s+է|ծնված|
d\.\s?n\.|f\.\s?n\.|fn|ttl|ns|s\.|г\.\s?р\.|р\.\s?н\.|f\.\s?dato|fdato|f[øo]dselsd\.|nasc\.|род\.|нар\.|ro(?:đ|dj)\.|roj\.|
anniversaire|syntym[äa]p[äa]iv[äa](?:[äa]|n[äa]|ni)?|synt\.|sinh(?:\s+nh[ậa]t)?|
date\s+de\s+naiss\.?|dat\.\s?ro(?:đ|dj|d)enja|naci[óo](?:\s+el)?|γεννηθε[ίι]ς|γεννηθε[ίι]σα|γενέθλια|
ημερομηνία\s+γέννησ[ηή]ς|датата\s+(?:ми\s+)?на\s+раждане|рожден(?:ият|ия)?\s+ден|urodziny|urodzin|
cumple(?:años)?|f[êe]te|ت\.\s?ت\.?|
დაბ\.|s[üu]nd\.|imwiel(?:ed|da)(?:/imwiel(?:ed|da))?(?:\s+fil-?)?|twieled(?:et)?(?:\s+fil-?)?|
"""
# CJK cues touch the text around them: no word boundaries.
_CJK_CUES = (
    "生年月日|誕生日|出生日期|出生年月日|出生年月|出生于|出生於|生日|생년월일|생일|출생일|출생|"
    "วันเดือนปีเกิด|วันเกิด|เกิดวันที่|เกิดเมื่อ|เกิด"
)
# Words apart by spaces may also be joined by "_" or "-" (keys: tanggal_lahir, ngay_sinh).
_CUES_BEFORE += MORE_CUES
_CJK_CUES += "|" + MORE_GLUED_CUES
_CUE_ALTS = "".join(_CUES_BEFORE.split("\n")).strip("|").replace(r"\s+", r"[\s_-]+")
_CUE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:[وب](?=تاريخ))?(?:" + _CUE_ALTS + r")(?![^\W\d_])"
    r"|" + _CJK_CUES + r"|(?:^|(?<=[\s(]))\*(?=\s?\d)",
    re.IGNORECASE | re.MULTILINE,
)


def _top_level(alternation: str) -> list[str]:
    """The alternatives of a regex alternation, split at its top level."""
    out, depth, start, i = [], 0, 0, 0
    in_class = False
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(alternation[start:i])
            start = i + 1
        i += 1
    out.append(alternation[start:])
    return out


# The same on lower-cased text, one branch per first character: a position is tried
# against the few cues starting with its character, not against all 190; the word boundary
# before a cue is checked in `_cues`, not by a lookbehind tried at every position.
def _by_first_char(alternatives: list[str]) -> str:
    """`d(?:ob|ate...)|b(?:orn|...)`: one branch per first character, order kept."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(re.escape(c) + "(?:" + "|".join(rests) + ")" for c, rests in groups.items())


_CUE_FAST_RE = re.compile(
    "(?:"
    + _by_first_char(_top_level(_CUE_ALTS))
    + r")(?![^\W\d_])|"
    + _by_first_char(_CJK_CUES.split("|"))
    + r"|\*(?=\s?\d)"
)
_CJK_CUE_SET = frozenset(_CJK_CUES.split("|"))


def _letter(c: str) -> bool:
    """What `[^\\W\\d_]` matches: a letter (or a mark or number that is no digit)."""
    return c.isalnum() and not c.isdecimal()


# camelCase keys ("customerDob", "userBirthDate"): a cue glued to a lower-case letter.
_CAMEL_CUE_RE = re.compile(
    r"(?:D(?:ob|OB|ateOfBirth)|B(?:irth(?:Date|date|Day|day|Dt)?|IRTH_?DATE))(?![a-z])"
)


def _cues(text: str) -> Iterator[re.Match[str]]:
    """Birth cues in `text`, in order (as `_CUE_BEFORE_RE.finditer`, and camelCase keys)."""
    camel = [m for m in _CAMEL_CUE_RE.finditer(text) if m.start() and text[m.start() - 1].islower()]
    if camel:
        yield from heapq.merge(_plain_cues(text), camel, key=lambda m: m.start())
    else:
        yield from _plain_cues(text)


def _plain_cues(text: str) -> Iterator[re.Match[str]]:
    low = text.lower()
    if len(low) != len(text):  # a few letters lower-case to two characters
        yield from _CUE_BEFORE_RE.finditer(text)
        return
    pos = 0
    while (m := _CUE_FAST_RE.search(low, pos)) is not None:
        s, cue = m.start(), m.group(0)
        if cue == "*":
            ok = s == 0 or low[s - 1].isspace() or low[s - 1] == "("
        elif cue in _CJK_CUE_SET or s == 0 or not _letter(low[s - 1]):
            ok = True
        elif s >= 2 and low[s - 2] == "\\" and low[s - 1] in "nrt":
            ok = True  # after an escaped line break ("...\\nDOB 1985-03-12", iCalendar)
        else:  # "وتاريخ الميلاد": "and the date of birth", the conjunction glued on
            ok = (
                low[s - 1] in "وب"
                and cue.startswith("تاريخ")
                and (s < 2 or not _letter(low[s - 2]))
            )
        if ok:
            yield m
        pos = m.end() if ok else s + 1


# Birth cues written after the date: 1985年3月12日生まれ, 1985년 3월 12일생, 12.03.1985 г.р.
_CUE_AFTER_RE = re.compile(
    r"\s?(?:生まれ|生(?![产産])|出生|에\s?태어났|에\s?출생|생|г\.\s?р\.|года\s+рождения|doğumlu|"
    r"को\s+(?:हुआ|जन्म)|में\s+जन्म|\sgeboren|\st[əe]v[əe]ll[üu]dl[üu]|"
    r"(?:-[^\W\d_]{1,3})?\s(?:született|narozen[aáý]?|ro(?:đ|dj)en[aio]?|n[aă]scut[aă]?)|"
    # Uzbek, Kazakh, Kyrgyz: "14.04.1982 yilda tug'ilgan", "1982 жылы туған"
    r"\s(?:yil(?:da)?\s+)?tug['‘’ʻ`]?il(?:gan|di)|\s(?:йил(?:да)?\s+)?туғил(?:ган|ди)"
    r"|\sжылы\s+(?:туған|туулган))",
    re.IGNORECASE,
)
# Any of these in the text, and a date may be followed by its birth cue.
_AFTER_HINT: tuple[str, ...] = ("geboren", "生", "출생", "태어", "г.", "г ", "рожд", "doğ", "को")
_AFTER_HINT += ("जन्म", "생", "szület", "narozen", "rođen", "rodjen", "născut", "nascut")
_AFTER_HINT += ("təvəllüd", "tevellud")
_AFTER_HINT += ("tug", "Tug", "туғил", "туған", "туулган")

# Between cue and date: words without digits or sentence punctuation, at most 48 chars.
_GAP_RE = re.compile(r"[^\d\n.!?;,،。]{0,48}?(?=\S)", re.IGNORECASE)
_OTHER_EVENT_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:appointment|party|celebrat|feier|fête|fiesta|festa|visit|admi|"
    r"ricover|ingres|aufnahme|besuch|besök|wizyt|bezoek|посещ|при[её]м|زيارة|दौरा|방문|就诊|受診|来院|meeting|delivery|deliver|invoice|order|booking|due|expir|issued|valid|"
    r"termin|liefer|rechnung|bestell|ablauf|gültig|rendez|livraison|facture|commande|cita|"
    r"entrega|factura|pedido|appuntamento|consegna|fattura|scadenza|afspraak|levering|factuur|"
    r"wizyt|dostaw|faktur|möte|leverans|ραντεβού|παράδοσ|τιμολόγ|встреч|доставк|сч[её]т|"
    r"موعد|تسليم|فاتورة|अपॉइंटमेंट|डिलीवरी|予約|納品|請求|预约|交货|发票|예약|배송|청구|"
    r"place|lieu|lugar|luogo|ort|plaats|miejsce|τόπος|место|مكان|स्थान|出生地|출생지|"
    r"místo|miesto|місце|mjesto|kraj|locul|hely|vieta|koht|tempat|nơi|מקום|محل|สถานที่)"
)
# Cues that also name a celebration ("birthday party on ..."), and the German asterisk,
# take only dates a few years back.
_WEAK_CUE_RE = re.compile(
    r"(?i)birth[ _-]?day|b-?day|geburtstag|f[öo]delsedag(?:en)?|fødselsdag|生日|誕生日|생일|जन्मदिन|\*|b\.|f\.|birth|"
    r"anniversaire|syntym[äa]p[äa]iv[äa](?:[äa]|n[äa]|ni)?|sinh\s+nh[ậa]t|יום\s+ה?הולדת|fn|ns|s\.|"
    r"γενέθλια|рожден(?:ият|ия)?[\s_-]+ден|urodziny|urodzin|cumple(?:años)?|f[êe]te|"
    # alone, these also name a birth certificate, a birthday or a birthplace
    r"naissance|nascita|nacimiento|рождения|الميلاد|जन्म|"
    r"lahir|kapanganakan|kaarawan|kuzaliwa|تولد|پیدائش|জন্ম|பிறப்பு|วันเกิด|เกิด|"
    r"do[gğ]um|születés|ro(?:đ|dj)enje|na[sșş]tere|narozen[ií]|geburt|nascimento|народження"
)
_MAX_YEAR = _dt.date.today().year
_BUDDHIST_ERA = 543
_HIJRI_YEARS = (1300, 1450)  # 1300 AH solar is 1921, lunar 1883; 1450 lunar is 2028


def _parse(m: re.Match[str]) -> tuple[int, int, int] | None:
    """(year, month, day) of a date match when it is a real date of a living person."""
    g = m.groupdict()
    n = next((n for n in _FORMS if g.get("y" + n) is not None), "1")
    ys, ms, ds = g["y" + n], g["m" + n], g["d" + n]
    if (n == "5" and g.get("era")) or n == "15":
        return 1950, 1, 1  # an era year: no calendar check needed for plausibility
    year = int(ys)
    if _HIJRI_YEARS[0] <= year <= _HIJRI_YEARS[1] and not ms.isdigit():
        ms = str(_PERSIAN_MONTHS.get(ms, 0))  # a solar Hijri month name ("۷ آذر ۱۳۶۱")
    if _HIJRI_YEARS[0] <= year <= _HIJRI_YEARS[1] and ms.isdigit() and ds.isdigit():
        # Solar (Iran, Afghanistan) and lunar (Saudi forms) Hijri years of living people:
        # no Gregorian date then, so only the ranges are checked.
        return (year, int(ms), int(ds)) if 1 <= int(ms) <= 12 and 1 <= int(ds) <= 31 else None
    if len(ys) == 2:
        year += 1900 if year > _MAX_YEAR % 100 else 2000
    if n == "12":
        month = _ROMAN.get(ms.upper(), 0)
    else:
        month = int(ms) if ms.isdigit() else _MONTHS.get(ms.lower(), 0)
    day = int(ds) if ds.isdigit() else _DAY_WORDS.get(ds.lower(), 0)
    if _MAX_YEAR < year <= _MAX_YEAR + _BUDDHIST_ERA:
        year -= _BUDDHIST_ERA  # Thai forms count from 543 BC: 2528 is 1985
    if not 1900 <= year <= _MAX_YEAR:
        return None
    candidates = [(month, day)]
    if n == "2":
        candidates.append((day, month))  # 03/12/1985 is day-first or month-first
    for mo, d in candidates:
        try:
            _dt.date(year, mo, d)
        except ValueError:
            continue
        return year, mo, d
    return None


def _bikram_sambat(m: re.Match[str]) -> tuple[int, int, int] | None:
    """(year, month, day) in the Gregorian calendar, roughly, of a numeric Bikram Sambat
    date ("२०३३/०८/०४": Nepal's official calendar runs 56 to 57 years ahead; its months
    have up to 32 days), or None when the numbers are no such date."""
    g = m.groupdict()
    for n in ("1", "2"):
        ys = g.get("y" + n)
        if ys is not None and len(ys) == 4:
            y, mo, d = int(ys), int(g["m" + n]), int(g["d" + n])
            if 2000 <= y <= _MAX_YEAR + 57 and 1 <= mo <= 12 and 1 <= d <= 32:
                return y - 57, mo, min(d, 28)
    return None


# "Date of birth: Tuesday, 12 March 1985": a weekday and its comma may precede the date.
_WEEKDAY_RE = re.compile(
    r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|\b(?:mon|diens|donners|frei|sams|sonn)tag,?|"
    r"\bmittwoch,?|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?|"
    r"\b(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo),?"
)
# Cues of one or two letters (or an abbreviation also used for other words) take only a
# date right after them, with at most a colon, a bar or dot leaders between.
_TINY_CUES = frozenset({"b.", "f.", "*", "fn", "ttl", "ns", "s.", "synt."})
_TINY_RE = re.compile(
    r"(?:d\.\s?n\.|f\.\s?n\.|ت\.\s?ت\.?|ת\.\s?ל\.|ת\"ל|г\.\s?р\.|р\.\s?н\.|нар\.|род\.|ro(?:đ|dj)\.|roj\.|"
    r"დაბ\.|s[üu]nd\.)"
)
_TIGHT_GAP = " \t:：|.-–—"
# Dot leaders and bars between a form's label and its value ("Date of birth ..... 12/03/1985",
# "DOB | 1985-03-12"): not sentence punctuation.
_PARAMS_RE = re.compile(r";[A-Za-z-]{1,20}=[^:;\n]{0,24}")
_LEADERS_RE = re.compile(r"\.{2,}|…+|[|\t]")


def _tiny(cue: str) -> bool:
    return cue in _TINY_CUES or _TINY_RE.fullmatch(cue) is not None


_GAP_STOP_RE = re.compile(r"[.!?;,،。](?:\s|$)|[!?;\n]|\d")


class _NextDate:
    """`_DATE_RE.search(text, pos)` for many `pos` in one text, in linear total time.

    A search from `pos` that finds its date at `start` (or none) gives the same answer for
    any later `pos` up to `start` (or for any later `pos`): no position in between holds a
    date, and lookbehinds see the whole text whatever `pos` is. Without this, a text of
    birth cues and no date ("born on " * 12_500) searched to its end for every cue:
    quadratic, minutes for 100k characters.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.frm = -1
        self.m: re.Match[str] | None = None

    def search(self, pos: int) -> re.Match[str] | None:
        if not (0 <= self.frm <= pos and (self.m is None or pos <= self.m.start())):
            self.frm, self.m = pos, _DATE_RE.search(self.text, pos)
        return self.m


def _date_after_cue(text: str, pos: int, dates: _NextDate) -> re.Match[str] | None:
    """The date following a cue at `pos`, across a short gap of words."""
    m = dates.search(pos)
    if m is None or m.start() - pos > 56:
        return None
    gap = _LEADERS_RE.sub(" ", _WEEKDAY_RE.sub(" ", text[pos : m.start()]))
    gap = _PARAMS_RE.sub(" ", gap)  # vCard/iCalendar parameters: "BDAY;VALUE=date:"
    if _GAP_STOP_RE.search(gap) or len(gap.split()) > 6 or _OTHER_EVENT_RE.search(gap):
        return None
    return m


def birth_dates(text: str) -> Iterator[tuple[int, int]]:
    """Spans (start, end) of dates given as birth dates.

    Args:
        text: the text to scan.
    """
    seen: set[int] = set()
    cues = _cues(text)
    dates = _NextDate(text)
    found_cues: list[re.Match[str]] = []
    for cue in cues:
        found_cues.append(cue)
        m = _date_after_cue(text, cue.end(), dates)
        if m is None or m.start() in seen:
            continue
        if _tiny(cue.group(0).lower()) and text[cue.end() : m.start()].strip(_TIGHT_GAP):
            continue  # "b.", "f.", "*", "D.N.", "TTL" only right before the date
        ymd = _parse(m)
        if "मिति" in text[cue.start() : m.start()]:  # Nepali "जन्म मिति": a Bikram Sambat date
            ymd = _bikram_sambat(m) or ymd
        if ymd is not None and (
            ymd[0] <= _MAX_YEAR - (12 if cue.group(0) == "*" else 3)
            or not _WEAK_CUE_RE.fullmatch(cue.group(0))
        ):
            seen.add(m.start())
            yield m.start(), m.end()
    if "(" in text or "\uff08" in text:  # "Patient: LEE, Ann (12/03/1985)"
        for a, b in patient_label_dates(text, lambda pos: _date_at(text, pos)):
            if a not in seen:
                seen.add(a)
                yield a, b
        for a, b in children_list_dates(text, lambda pos: _date_at(text, pos)):
            if a not in seen:
                seen.add(a)
                yield a, b
    # Tables: only where a cue was found (a header cell or a column name is one).
    low = text.lower() if found_cues else ""
    tables = []
    if found_cues and "\n" in text:
        tables.append(column_cells)
    if "<t" in low:
        tables.append(html_column_cells)
    if "values" in low:
        for a, b, col in sql_column_cells(
            text, _column_name_cue, lambda a, b: _cell_date(text, a, b) is not None
        ):
            ymd = _cell_date(text, a, b)
            if a not in seen and ymd is not None and _recent_ok(ymd, col.lower()):
                seen.add(a)
                yield a, b
    for name, a, b in name_value_pairs(text):  # {"name": "dob", "value": "1985-03-12"}
        ymd = _cell_date(text, a, b)
        if (
            a not in seen
            and ymd is not None
            and _column_name_cue(name)
            and _recent_ok(ymd, name.lower())
        ):
            seen.add(a)
            yield a, b
    for read in tables:
        for a, b, cue in read(
            text, found_cues, lambda a, b: _cell_date(text, a, b) is not None, _header_ok
        ):
            ymd = _cell_date(text, a, b)
            if a not in seen and ymd is not None and _recent_ok(ymd, cue.group(0)):
                seen.add(a)
                yield a, b
    if "," in text and (":" in text or "\uff1a" in text):  # "Applicant: Ann Lee, 12/03/1985, ..."
        for a, b in record_line_dates(text, _date_at, _year_of(text), _MAX_YEAR):
            if a not in seen:
                seen.add(a)
                yield a, b
    for a, b in aged_birth_dates(text, _DATE_RE.finditer, _parse):
        if a not in seen:  # "12.03.1985 (39 J.)": the age the date gives
            seen.add(a)
            yield a, b
    for a, b in life_span_birth_dates(text, _DATE_RE.search, _parse, _MAX_YEAR):
        if a not in seen:  # "* 12 Jun 1936 † 18.08.2026", a death notice's "1930-11-26 – ..."
            seen.add(a)
            yield a, b
    if "PID|" in text:
        for a, b in _hl7_birth_dates(text):
            if a not in seen:
                seen.add(a)
                yield a, b
    if any(h in text for h in _AFTER_HINT):
        for m in _DATE_RE.finditer(text):
            if m.start() not in seen and _CUE_AFTER_RE.match(text, m.end()) and _parse(m):
                seen.add(m.start())
                yield m.start(), m.end()


# HL7 v2 messages: the seventh field of a PID segment is the patient's date of birth
# (YYYYMMDD, a time may follow): "PID|1||12345||Lee^Ann||19840312|F".
_HL7_PID_RE = re.compile(
    r"(?m)^PID\|(?:[^|\n]{0,200}\|){6}(?P<d>(?:19|20)\d{6})(?:\d{2,6})?(?=[|^\n]|$)"
)


def _hl7_birth_dates(text: str) -> Iterator[tuple[int, int]]:
    for m in _HL7_PID_RE.finditer(text):
        dm = _DATE_RE.fullmatch(text, m.start("d"), m.end("d"))
        if dm is not None and _parse(dm) is not None:
            yield m.start("d"), m.end("d")


def _cell_date(text: str, a: int, b: int) -> tuple[int, int, int] | None:
    """(year, month, day) when text[a:b] is one whole date (its year word, Hijri mark or
    South Slavic final dot may follow: "12.03.1985 г.", "1405/03/12 هـ", "12.03.1985."),
    or a short year first ("85.03.12", ROC "74/03/12")."""
    m = _DATE_RE.fullmatch(text, a, b)
    if m is None and (y := _YEAR_WORD_CELL_RE.search(text, a, b)) is not None:
        m = _DATE_RE.fullmatch(text, a, y.start())
    if m is None and b - a > 4:
        cell = text[a:b]
        cut = b - 1 if cell.endswith(".") else b - len(cell) + len(cell.rstrip(" هـ."))
        if cut < b:
            m = _DATE_RE.fullmatch(text, a, cut)
    ymd = None if m is None else _parse(m)
    return ymd if ymd is not None or b - a <= 4 else year_first_short(text[a:b])


_SHORT_DATE_RE = re.compile(r"\d{2,3}([./-])\d{1,2}\1\d{1,2}(?![\d.]\d)")


def _year_of(text: str) -> Callable[[int, int], int | None]:
    def year(a: int, b: int) -> int | None:
        ymd = _cell_date(text, a, b)
        return None if ymd is None else ymd[0]

    return year


def _date_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a plausible birth date starting at `pos` (a short year first too)."""
    m = _DATE_RE.match(text, pos)
    if m is not None and _parse(m) is not None:
        return m.span()
    m = _SHORT_DATE_RE.match(text, pos)
    if m is not None and year_first_short(m.group(0)) is not None:
        return m.span()
    return None


# The year's abbreviation after a date is part of it: "12 марта 1985 г." (Russian,
# Belarusian, Bulgarian, Macedonian, Serbian "г."/"год."), "12.03.1985 р." (Ukrainian),
# "1985. g." (Latvian "gads"), "1985 m." (Lithuanian); not "г.р." (a birth cue, see
# `_CUE_AFTER_RE`). Year-first dotted dates end with their own dot in Hungarian and
# other orthographies ("1985.03.12."), as `_DATE` already reads for "1985. 3. 12.".
_YEAR_WORD_RE = re.compile(r"[ \u00a0]?(?:г|р|год)\.(?![ \u00a0]?[^\W\d_]\.)(?![^\W\d_])")
_YEAR_WORD_CELL_RE = re.compile(r"[ \u00a0]?(?:г|р|год)\.$")
_YMD_DOTTED_RE = re.compile(r"\d{4}\.\d{1,2}\.\d{1,2}$")


def _with_suffix(text: str, a: int, b: int) -> int:
    """The end of the date text[a:b] with its year word or final dot (see above)."""
    if b < len(text) and text[b - 1].isdigit():
        if (
            text[b] == "."
            and _YMD_DOTTED_RE.match(text, a, b)
            and not text[b + 1 : b + 2].isalnum()
        ):
            return b + 1
        if text[b - 4 : b].isdigit() and (m := _YEAR_WORD_RE.match(text, b)) is not None:
            return m.end()
    return b


def _recent_ok(ymd: tuple[int, int, int], cue: str) -> bool:
    """Weak cues ("birthday") take only dates a few years back, "*" twelve."""
    return ymd[0] <= _MAX_YEAR - (12 if cue == "*" else 3) or not _WEAK_CUE_RE.fullmatch(cue)


def _column_name_cue(name: str) -> bool:
    """Whether a column name (`dob`, `birth_date`, `fecha_nacimiento`) names a birth date."""
    return any(True for _ in _cues(name)) and _header_ok(name)


def _header_ok(cell: str) -> bool:
    """A column heading naming a birth date, not another event or a birthplace."""
    return _OTHER_EVENT_RE.search(cell) is None and cell not in _TINY_CUES


def tagged_birth_date_ok(text: str, start: int, end: int) -> bool:
    """Whether a birth date found by the tagger has a birth cue right before it (within 48
    characters, with no digits, sentence end or other event in between) or right after
    it: the tagger also tags appointment, visit and invoice dates."""
    lo = max(0, start - 48)
    cues = list(_CUE_BEFORE_RE.finditer(text, lo, start))
    if cues:
        gap = _WEEKDAY_RE.sub(" ", text[cues[-1].end() : start])
        if not (_GAP_STOP_RE.search(gap) or _OTHER_EVENT_RE.search(gap)):
            return True
    return _CUE_AFTER_RE.match(text, end) is not None


class BirthDateDetector:
    """Dates of birth after (or before) a birth cue, in many languages (see module doc)."""

    kind = PiiKind.DOB

    def __call__(self, text: str) -> Iterator[Finding]:
        slavic: bool | None = None
        for a, b in birth_dates(text):
            b = hijri_mark_end(text, _with_suffix(text, a, b))
            if text[b : b + 1] == ".":
                if slavic is None:
                    slavic = south_slavic(text)
                if slavic:
                    b = south_slavic_dot_end(text, a, b)
            yield Finding.from_span(self.kind, text, a, b, CONFIDENCE, "dob_cue")
