"""Secrets the text itself labels: a cue word in one of many languages, then the value.

    password: hunter2            mot de passe : Xk9#mQ2p      パスワードは「abc123」です
    das Passwort lautet Ab1!     моё пароль — Qw3rty!         비밀번호는 abc123입니다
    DB_PASSWORD=s3cr3t           {"apiKey": "..."}            postgres://app:s3cr3t@db/x
    Authorization: Basic ...     curl -u admin:s3cr3t ...     मेरा पासवर्ड abc123 है

Three readers, all yielding the value only (not its cue, quotes or sentence punctuation):

- prose cues (`_CUES`): a cue word, up to four filler words ("password *for the wifi* is"),
  a separator (`:`, `=`, a dash, or a copula of the cue's language: "is", "ist", "lautet",
  "est", "è", "är", "to", "είναι", "هي", "は", "是", "는" ...) and the value. With no
  separator ("пароль Qw3rty!") the value must look like a credential on its own;
- code keys: an identifier whose last part names a credential (`DB_PASSWORD`, `dbPassword`,
  `client_secret`, `x-api-key`, `STRIPE_SECRET_KEY`), then `=`/`:`;
- URLs with a password (`scheme://user:password@host`) and `curl -u user:password`.

A value is refused when it is a placeholder (`****`, `<password>`, `xxx`, `${DB_PASSWORD}`,
`$PASS`, `{{ password }}`, `%s`), code (`os.environ[...]`, `process.env.X`), a URL, a date
or a decimal number, or when the words between cue and value say it is something else
("password *reset link*:", "password *length*:", "Passwort *vergessen*"). After a copula
a plain word is refused ("the password is incorrect", "das Passwort ist falsch").
"""

# Text in many scripts is what this file is about: fullwidth colons, CJK commas and
# Greek or Cyrillic letters are meant.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from hybridsdk.routing._bare_cue_secrets import (
    looks_like_credential,
    random_letters,
    random_with_symbols,
)
from hybridsdk.routing._detectors import Finding, PiiKind
from hybridsdk.routing._secret_values import (
    _COPULA_AFTER_RE,
    _NOT_SECRET_WORDS,
    _NOT_VALUES,
    _PLACEHOLDER_RE,
    _documented_example,
    _read_value,
    _value_ok,
)

__all__ = ["CueSecretDetector", "cue_is_field_value", "labelled_secrets"]

# ------------------------------------------------------------------ prose cues
# Cue classes: "pw" takes any value of 4+ characters, "pin" 4-8 digits, "tok" a value that
# looks like a key (8+ characters, digits or mixed case).
_PW_CUES = {
    # "wifi key", "WLAN-Code", "code wifi", "clave del wifi", "код wifi", "kod do wifi"
    "wifi": r"(?:wlan|wifi|wi-fi|wpa2?|netzwerk|network)[- ]?(?:schlüssel|key|code|kode|kod|koodi|"
    r"c[óo]digo|codice|sleutel|nyckel|nøgle|ключ|код|κλειδί)|(?:code|codice|c[óo]digo|kod|kode|"
    r"koodi|clé|cle|clave|chave|chiave|ключ|код|sleutel|nyckel|nøgle|schlüssel)[- ](?:(?:du|de|"
    r"do|da|del|della|dello|der|des|van|för|til|till|do|od|na)[- ])?(?:wi-?fi|wlan|wpa2?)",
    # Abbreviations written with a period: "passw.:", "Kennw.:", "κωδ.:".
    "abbr": r"(?:passw|kennw|κωδ|contr|parol|wachtw|slapt|jelsz|lozink|šifr|salas)(?=\.[ \t]*[:=])",
    # a language's article or possessive glued to the loanword: "password-ът" (Bulgarian),
    # "password-ul" (Romanian), "password-a" (Croatian), "password ـش" (Persian "its")
    "en": r"pass(?:word|wd|phrase|code)s?(?:nya|-(?:ът|а|то|ul|ului|a|u|en|et)|[ \t]?ـ?ش)?|pwd|pw|psw|pss|pass(?=\s*(?:[:=|]|\.{2,})|\s+is\s|(?:\s+[^\W\d_]{1,12}){1,3}\s*[:=]|(?:\s+[^\W\d_]{1,12}){0,2}\s+(?:là|es|est|ist|er|är|je|adalah|é|è|e|jest|on|είναι)\s)|psk|wpa[-_ ]?passphrase",
    "de": r"passwort(?:es|s)?|kennwort(?:es|s)?|zugangscode|t[üu]rcode",
    "fr": r"mot(?:s)?[ _-]de[ _-]passe|mdp|code d'acc[eè]s|code secret",
    "es": r"contrase[ñn]a|clave(?: de acceso)?|c[óo]digo de acceso|contra",
    "pt": r"senha|palavra[- ]passe",
    "it": r"parola d'ordine|codice di accesso",
    "nl": r"wachtwoord(?:en)?|toegangscode|inlogcode|ww(?=\s*[:=]|(?:\s+[^\W\d_]{1,12}){0,3}\s+is\s|[ \t]+[^\s\d]*\d)",
    "sql": r"identified by",
    "pl": r"has(?:ło|la|ła|łem|lo)",
    "sv": r"lösenord(?:et)?|losenord|lösen",
    "da": r"adgangskode(?:n)?|kodeord(?:et)?|passord(?:et)?",
    "fi": r"salasana",
    "cs": r"heslo",
    "hu": r"jelszó|jelszo",
    "ro": r"parol[aă]",
    "tr": r"şifre(?:m|si|niz)?|sifre|parola(?:m|sı)?",
    "el": r"κωδικ(?:ός|ος|ό|ο|ού|ου|οί|οι)(?: πρ[όο]σβασης)?|συνθηματικ[όο]",
    "ru": r"парол(?:ь|я|ем)|код доступа|пасс",
    # Arabic glues "and", "with", "for" to the next word: "وكلمة المرور".
    "ar": r"[وبلف]?(?:كلمة[ _]المرور|كلمة[ _]السر|كلمه السر|الباسورد|باسورد|رمز المرور|الرمز السري|الرقم السري|رقم التعريف الشخصي)",
    "hi": r"पासवर्ड|कूटशब्द|पासकोड",
    "id": r"kata sandi(?:nya)?|sandi(?:nya)?",
    # More of Europe and Asia, each with its inflected or prefixed forms where common.
    "uk": r"код доступу",
    "bg_mk": r"парола(?:та)?|лозинка(?:та)?",
    "sh": r"lozink[aeiu]|šifr[aeiu]|лозинк[аеиу]",  # Serbian, Croatian, Bosnian
    "sl": r"gesl[oa]",
    "lt": r"slaptažod(?:is|į|žio)|slaptazodis",
    "lv": r"parol(?:e|i)",
    "et": r"parool|salasõna",
    "sq": r"fjalëkalim(?:i)?",
    "ca_gl_eu": r"contrasenya|contrasinal|pasahitza",
    "is": r"lykilorð(?:ið)?",
    "af": r"wagwoord",
    "ka_hy": r"პაროლი|გასაღები|գաղտնաբառ(?:ը)?",
    "kk_mn": r"құпия сөз|нууц үг",
    "az": r"şifrə(?:m|si)?",
    # Hebrew prefixes "the", "and", "in", "to" to the word: "והסיסמה".
    "he": r"[והבלמש]{0,2}סיסמ(?:ה|א|ת|ות)",
    "fa_ur": r"رمز عبور|کلمه عبور|کلمه‌ی عبور|گذرواژه|پاس ?ورڈ",
    "bn_ta_te_ml": r"পাসওয়ার্ড|কূটশব্দ|கடவுச்சொல்|பாஸ்வேர்டு|పాస్‌?వర్డ్|పాస్వర్డ్|പാസ്‌?വേഡ്",
    "vi_ms_sw": r"m[ậa]t kh[ẩa]u|mk|kata laluan|nenosiri",
    # "temporary code" in many languages: a code someone is given to log in with (a value
    # of digits only is a one-time code, not taken: see `_value_ok`)
    "tmp": r"(?:temporary|temp|initial|midlertidig|midlertidlig|tijdelijke|tempor[äa]rer?|provisoire|"
    r"temporal|provvisori[ao]|provis[óo]ri[ao]|tymczasowy|tillf[äa]llig|v[äa]liaikainen|ideiglenes|"
    r"temporar[aă]?|dočasný|временный|тимчасовий|προσωρινός|geçici|sementara|tạm thời|זמני|مؤقت)"
    r"[ -](?:code|kode|kod|koden|c[óo]digo|codice|koodi|kód|код|κωδικός|kodu|kata sandi)|"
    # noun first: "código temporal", "code provisoire", "kode sementara", "mã tạm thời"
    r"(?:code|c[óo]digo|codice|kod|kód|kode|cod|код|mã)[ -](?:temporal|temporaire|provisoire|"
    r"provvisorio|temporaneo|provis[óo]rio|tempor[áa]rio|tymczasowy|temporar|dočasný|временный|"
    r"geçici|sementara|tạm thời|tạm|initial|initiale|inicial|iniziale)",
}
_PIN_CUES = (
    r"(?:access|door|gate|entry|alarm|entrance)[- ]code|alarmcode|alarmkode(?:n)?|larmkod(?:en)?|"
    # "the alarm's code" in more languages: "code de l'alarme", "código de la alarma",
    # "código do alarme", "codice dell'allarme", "kod alarmu", "код на алармата",
    # "код сигнализации", "κωδικός συναγερμού", "alarm kodu", "رمز الإنذار", "رمز دزدگیر"
    r"(?:code|c[óo]digo|codice|kod|kód|код|кодът)[ \t]+(?:(?:de|do|da|del|dell|della|na|от|на|"
    r"la|l|el|o)[ \t'’]+){0,2}(?:alarme|alarma|alarme|allarme|alarmu|alarmy|алармата|аларма|"
    r"сигнализации|сигнализацията|сигнализация)|κωδικός συναγερμού|alarm kodu|hälytyskoodi|"
    r"riasztókód|رمز (?:ال)?إنذار|رمز (?:ال)?انذار|رمز دزدگیر|קוד (?:ה)?אזעקה|koden|dörrkoden|portkoden|pin(?:[- ]?(?:code|kod|kód|код|nummer|number))?|pincode|code pin|codice pin|kod pin|"
    r"c[óo]digo pin|geheimzahl|пин(?:-код)?|ПИН(?:-код)?|पिन|رمز pin"
)
_TOK_CUES = (
    r"api[-_ ]?key|access[-_ ]?key|secret[-_ ]?key|private[-_ ]?key|client[-_ ]?secret|"
    r"(?:access|auth|api|bearer|session|refresh)[-_ ]?token|token|secret|authorization|"
    r"x-api-key|x-auth-token"
)
_CJK_CUES = r"pin码|pin碼|パスワード|暗証番号|密码|密碼|口令|비밀번호|비번|암호|패스워드|รหัสผ่าน"

# Copulas and verbs that separate a cue from its value, per language; all of them apply
# after every cue except the short ones that are common words elsewhere ("to", "e").
_VERBS = (
    # "password was reset to X", "Passwort geändert auf X", "mot de passe changé en X"
    r"(?:(?:was|has been|is|got|been)\s+)?(?:reset|changed|set|updated)\s+to|"
    r"(?:wurde\s+)?(?:geändert|zurückgesetzt|gesetzt)\s+(?:auf|zu|in)|"
    r"(?:a été\s+)?(?:changé|modifié|réinitialisé)e?\s+(?:en|à)|"
    r"(?:ha sido\s+)?(?:cambiada|restablecida)\s+a|"
    r"is|was|will be|ist|lautet|war|est|c'est|c’est|es|era|será|é|è|era|is|was|"
    r"är|blir|er|jest|to|brzmi|είναι|ειναι|это|—|هي|هو|هى|है|था|olarak|adalah|"
    # Czech, Slovak, Slovene, BCS "je"; Finnish, Estonian "on"; Latvian "ir"; Lithuanian
    # "yra"; Catalan "és"; Ukrainian "це"; Bulgarian, Macedonian "е"; Hebrew "היא";
    # Vietnamese "là"; Malay "ialah"; Swahili "ni"; Tagalog "ay"; Georgian "არის";
    # Albanian "është"; Bengali "হল"
    r"je|on|ir|yra|és|це|е|היא|הוא|là|ialah|ni|ay|არის|është|হল|হলো"
)
_CJK_SEPS = (
    r"[:：=は是为為|]|는|은|:|は[、,]?|คือ|\.{2,}|…+"
    r"|</(?:dt|th|td|label|b|strong)>\s*<(?:dd|td|span|b|strong|code)(?:\s[^<>]{0,80})?>"
)

_TMP_CUE_RE = re.compile(_PW_CUES["tmp"], re.IGNORECASE)
# No letter right before a cue, but an escaped line break may be ("...\\npassword: X").
_LETTER_BEFORE = r"(?:(?<![^\W\d_])|(?<=\\[nrt]))"
_CUE_RE = re.compile(
    _LETTER_BEFORE
    + r"(?:(?P<pw>"
    + "|".join(_PW_CUES.values())
    + r")|(?P<pin>"
    + _PIN_CUES
    + r")|(?P<tok>"
    + _TOK_CUES
    + r"))(?![^\W\d_])"
    + r"|(?P<cjk>"
    + _CJK_CUES
    + r")",
    re.IGNORECASE,
)
# The same on lower-cased text without IGNORECASE: half the time on a long alternation.
_CUE_LOWER_RE = re.compile(_CUE_RE.pattern)

# After the cue: a closing quote (JSON key), up to four filler words, then a separator.
_FILLER = r"(?:[^\W\d_]|['’-]){1,24}"


def _sep_pattern(verbs: str) -> re.Pattern[str]:
    return re.compile(
        r"(?P<q>\\?[\"'`]?|\*\*|__|\.(?=[ \t]*[:=]))(?P<fill>(?:[ \t]+"
        + _FILLER
        + r"){0,6}?)[ \t]*,?[ \t]*"
        r"(?:(?P<punct>:=|=>|->|[:=：]|[-–—](?=[ \t])|\.{2,}[ \t]*[:：]?|…+|\||"
        # a form's label cell and its value cell: "<dt>Password</dt><dd>..", "<th>..</th><td>"
        r"</(?:dt|th|td|label|b|strong)>\s*<(?:dd|td|span|b|strong|code)(?:\s[^<>]{0,80})?>)|(?P<verb>['’]s|(?<=[ \t])(?:"
        + verbs
        + r"))(?![^\W\d_]))"
        # an article after the copula ("est le 4821", "es el", "is the")
        r"(?(verb)(?:[ \t]+(?:le|la|el|il|lo|the|der|die|das|het|de)(?=[ \t]))?)"
        r"[ \t]*(?:[:：][ \t]*)?(?:(?:\*\*|__)[ \t]+)?",
        re.IGNORECASE,
    )


_SEP_RE = _sep_pattern(_VERBS)
# Without copulas: when a short copula of one language is a plain word in another
# ("on", "ni", "je") and the value after it fails, the cue may still have its colon later
# ("password on the fridge: Xk9#mQ2p").
_SEP_PUNCT_RE = _sep_pattern(r"(?!x)x")
_NOT_A_LOGIN_PASS_RE = re.compile(
    r"(?i)(?:boarding|bus|day|season|ski|backstage|guest|visitor|train|rail|press|hall|gym)[ \t-]*$"
)
# Words before a cue that make it something else: "palabra clave" (keyword), "ταχυδρομικός
# κωδικός" (postcode), "boarding pass".
_NOT_A_CREDENTIAL_BEFORE = {
    "pass": _NOT_A_LOGIN_PASS_RE,
    # one-time passwords are codes sent by SMS, not credentials someone chose
    "password": re.compile(r"(?i)(?:one[- ]time|einmal|otp)[- ]?$"),
    "passwort": re.compile(r"(?i)(?:einmal|otp)[- ]?$"),
    "clave": re.compile(r"(?i)(?:palabra|palabras|pieza|punto)s?[ \t]*$"),
    "κωδικ": re.compile(r"(?i)(?:ταχυδρομικ\w*|ΤΚ|Τ\.Κ\.)[ \t]*$"),
    # an anti-forgery token is echoed in every form the server renders: no credential
    "token": re.compile(r"(?i)(?:csrf|xsrf|authenticity)[-_ ]?$"),
}
# A cue that is a field's value, not its key: "grant_type=password client_id=..",
# "token_type=Bearer expires_in=3600"; the next field is not its value.
_FIELD_VALUE_CUE_RE = re.compile(r"[\w.-][ \t]*=[ \t]*[\"']?$")
_FIELD_VALUE_END_RE = re.compile(r"[\"']?(?:[ \t]*[&,;]|[ \t]+[\w.-]+=|[ \t]*$)", re.MULTILINE)
_CJK_SEP_RE = re.compile(r"[\"']?(?:\s*(?:" + _CJK_SEPS + r")){0,2}\s*")
_BARE_SEP_RE = re.compile(r"[ \t]+")
# One of these is inside every cue above (lower case). The cue regex opens with a
# lookbehind and groups, so Python's engine tries all of its branches at every position;
# this plain list of literals lets it skip to candidate characters, and most texts hold
# none of them. tests/routing/test_secret_classes.py checks each cue family against it.
_CUE_STEMS_TEXT = """wifi wi-fi wlan wpa netzwerk network passw kennw κωδ contr parol wachtw pass pw psk
    kennwort zugangscode rcode mot mdp code contrase clave digo senha parola codice
    wachtwoord toegangscode inlogcode ww identified has lösen losen adgangskode kodeord
    salasana heslo jelsz şifr sifre κωδικ συνθηματικ парол код كلم باسورد رمز رقم पास
    कूटशब्द sandi лозинк lozink šifr gesl slapta salasõna parool fjalëkalim pasahitza lykilor
    wagwoord პაროლი გასაღები գաղտնաբառ құпия нууц סיסמ کلمه گذرواژه پاس পাসওয়ার্ড কূটশব্দ
    கடவுச்சொல் பாஸ்வேர்டு పాస్ പാസ് khẩu khau laluan nenosiri koden kod pin geheimzahl пин пасс
    पिन key secret token authorization パスワード 暗証 密 口令 비밀번호 비번 암호 패스워드 รหัสผ่าน
    psw pss mk mã cod alarm larm palavra hälytys riasztó συναγερμ إنذار انذار دزدگیر אזעקה slapt"""
_CUE_STEM_RE = re.compile("|".join(re.escape(w) for w in _CUE_STEMS_TEXT.split()))


def _cue_matches(text: str) -> list[re.Match[str]]:
    """Cue matches; offsets are those of `text` (found on its lower-cased copy when
    lower-casing keeps every offset, as it does but for a few letters such as "İ").
    Found once per text by `labelled_secrets`, which hands them to the prose and the
    column passes (the long pattern costs a pass over every character)."""
    low = text.lower()
    if _CUE_STEM_RE.search(low) is None:
        return []
    return list(_CUE_LOWER_RE.finditer(low) if len(low) == len(text) else _CUE_RE.finditer(text))


# "الرمز السري للبطاقة 7712", "PIN for the card 4821": a few words, then 4-8 digits.
_PIN_AFTER_WORDS_RE = re.compile(
    r"(?P<fill>(?:[ \t]+" + _FILLER + r"){1,2})[ \t]+(?P<pin>\d{4,8})(?![\d.,:/-]\d|[^\W\d_])"
)


_BARE_AFTER_WORDS_RE = re.compile(r"(?P<fill>(?:[ \t]+" + _FILLER + r"){1,3})[ \t]+")


# A meeting's dial-in line before "PIN": the participant code every invitee gets
# ("Dial-in +41 44 555 01 02 PIN 7731", "Einwahl ... PIN", "audioconférence ... code PIN").
_CONFERENCE_BEFORE_RE = re.compile(
    r"(?i)(?:dial[- ]?in|call[- ]?in|conference|conf\.? call|meeting id|webinar|bridge|"
    r"einwahl|konferenz|audioconférence|visioconférence|conférence|conferencia|"
    r"conferenza|conferência|vergadering|inbelnummer|konferencja|konference|konferens|"
    r"konferanse|konferencia|конференц|συνδιάσκεψη)[^\n]*$"
)


def cue_is_field_value(text: str, start: int, end: int) -> bool:
    """Whether the cue at text[start:end] is the value of another key ("grant_type=password
    username=..") or the last label of a host name ("vardarnet.mk", "site.pw")."""
    if end - start <= 3 and start >= 2 and text[start - 1] == "." and text[start - 2].isalnum():
        return True
    return (
        _FIELD_VALUE_CUE_RE.search(text, max(0, start - 4), start) is not None
        and _FIELD_VALUE_END_RE.match(text, end) is not None
    )


def _negated(text: str, start: int, cue: str) -> bool:
    """Whether the words right before a cue make it something else."""
    if cue.startswith(("pin", "code pin", "codice pin", "kod pin")):
        line = text.rfind("\n", max(0, start - 80), start)
        if _CONFERENCE_BEFORE_RE.search(text, max(0, line + 1, start - 80), start):
            return True  # "Dial-in +27 21 555 0100 PIN 4410": a meeting's participant code
    negation = _NOT_A_CREDENTIAL_BEFORE.get(cue[:5] if cue.startswith("κωδικ") else cue)
    return negation is not None and negation.search(text, max(0, start - 16), start) is not None


def _credential_filler(sep: re.Match[str]) -> bool:
    """Whether the first "filler" word between a cue and a later copula is the value
    itself (a generated password of letters and dashes reads as a word)."""
    words = sep.group("fill").split()
    return bool(words) and (random_with_symbols(words[0]) or random_letters(words[0]))


def _names_a_code(cue: str) -> bool:
    """Cues that name a numeric code as well as a password ("code secret", "الرقم السري")."""
    low = cue.lower()
    return any(w in low for w in ("cod", "zahl", "secret", "رمز", "رقم", "kod", "код"))


def _value_after_verb(
    text: str, cue_end: int, sep: re.Match[str], cls: str
) -> tuple[int, int] | None:
    """The value when the copula first read was a plain word ("password *on* the fridge:",
    "password for the admin account *on* staging is X"): a later copula, or a colon."""
    for _ in range(3):
        nxt = _SEP_RE.match(text, sep.end("verb"))
        if nxt is None or nxt.group("verb") is None:
            break
        if any(w.lower().strip("-") in _NOT_SECRET_WORDS for w in nxt.group("fill").split()):
            return None
        sep = nxt
        got = _read_value(text, sep.end())
        if got is not None and _value_ok(
            text[got[0] : got[1]], cls, quoted=got[2], verb=True, bare=False
        ):
            return got[0], got[1]
    later = _SEP_PUNCT_RE.match(text, cue_end)
    if later is None or any(
        w.lower().strip("-") in _NOT_SECRET_WORDS for w in later.group("fill").split()
    ):
        return None
    got = _read_value(text, later.end(), field=True)
    if got is not None and _value_ok(
        text[got[0] : got[1]], cls, quoted=got[2], verb=False, bare=False
    ):
        return got[0], got[1]
    return None


def _prose_secrets(text: str, cues: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    for m in cues:
        cls = m.lastgroup or "pw"
        cue = m.group(0).lower()
        if _negated(text, m.start(), cue) or cue_is_field_value(text, m.start(), m.end()):
            continue  # "boarding pass: AB1234", "palabra clave: ...", "grant_type=password"
        if cue in ("pass", "pw", "ww", "lösen", "sandi", "contra", "пасс", "psw", "pss", "mk"):
            cls = "short"
        elif _TMP_CUE_RE.fullmatch(cue):
            cls = "tmp"
        query = m.start() > 0 and text[m.start() - 1] in "?&"
        if cls == "cjk":
            sep = _CJK_SEP_RE.match(text, m.end())
            assert sep is not None  # the pattern can match empty
            field = any(c in sep.group(0) for c in ":：=>")
            got = _read_value(text, sep.end(), field=field)
            if got is None:
                continue
            a, b, quoted = got
            spaced = sep.group(0).strip() == "" and sep.end() > m.end()
            # "카드 비밀번호 4477", "暗証番号 1234": these cues also name a card's PIN.
            if _value_ok(text[a:b], "cjk", quoted=quoted, verb=False, bare=spaced, digits_ok=True):
                yield a, b
            continue
        sep = _SEP_RE.match(text, m.end())
        if sep is not None and sep.group("verb") is not None and _credential_filler(sep):
            sep = None  # "password -QmZrTbWk sent by SMS *to* +32 ...": the value came first
        bare = False
        if sep is None:
            pin = _PIN_AFTER_WORDS_RE.match(text, m.end())
            if pin is not None and (cls == "pin" or _names_a_code(m.group(0))):
                words = pin.group("fill").split()
                if not any(w.lower() in _NOT_SECRET_WORDS for w in words):
                    yield pin.start("pin"), pin.end("pin")
                continue
        if sep is not None:
            words = sep.group("fill").split()
            if any(w.lower().strip("-") in _NOT_SECRET_WORDS for w in words):
                continue
            if words and cls == "tok":
                continue  # "token limit: 4096", "secret santa: ..."
            punct = sep.group("punct")
            got = _read_value(
                text, sep.end(), query=query, eq=punct in ("=", ":="), field=punct is not None
            )
            verb = sep.group("verb") is not None
        else:
            sep = _BARE_SEP_RE.match(text, m.end())
            if sep is None:
                continue
            got = _read_value(text, sep.end(), query=query)
            verb, bare = False, not (got is not None and got[2])  # a quoted value is labelled
            if cls in ("pw", "short", "tmp") and (
                got is None
                or not _value_ok(text[got[0] : got[1]], cls, quoted=got[2], verb=False, bare=bare)
            ):
                # "ο κωδικός του wifi Spiti#2024": a few words, then a value that looks
                # like a credential on its own.
                far = _BARE_AFTER_WORDS_RE.match(text, m.end())
                if far is not None and not any(
                    w.lower() in _NOT_SECRET_WORDS for w in far.group("fill").split()
                ):
                    cand = _read_value(text, far.end())
                    if cand is not None and looks_like_credential(text[cand[0] : cand[1]]):
                        yield cand[0], cand[1]
                        continue
            if got is not None and cls in ("pw", "short") and _COPULA_AFTER_RE.match(text, got[1]):
                bare = False  # "मेरा पासवर्ड abc123 है"
        digits_ok = _names_a_code(m.group(0))
        if got is not None and _value_ok(
            text[got[0] : got[1]], cls, quoted=got[2], verb=verb, bare=bare, digits_ok=digits_ok
        ):
            yield got[0], got[1]
        elif verb:
            later = _value_after_verb(text, m.end(), sep, cls)
            if later is not None:
                yield later


# ------------------------------------------------------------------ code keys
_KEY_RE = re.compile(
    r"(?<![\w$.-])(?P<key>[A-Za-z_][\w.-]{0,63}?)(?P<q>\\?[\"']?)[ \t]*(?::=|=>|=|:(?!//))[ \t]*"
)
_KEY_STEM_RE = re.compile(r"(?i)pass|pwd|secret|token|key|pin|auth|cred")
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SECRET_LAST_TEXT = """password passwd pwd pass passphrase passcode secret token apikey passwort kennwort
    pincode credentials credential contrasena senha wachtwoord haslo losenord mdp
    motdepasse authtoken accesstoken secretkey privatekey accesskey psk"""
_SECRET_LAST = frozenset(_SECRET_LAST_TEXT.split())
_KEY_QUALIFIERS_TEXT = """api secret private access signing encryption master app client auth subscription
    service account deploy ssh webhook license admin x device shared pre wpa hmac session
    enc encryption"""
_KEY_QUALIFIERS = frozenset(_KEY_QUALIFIERS_TEXT.split())
_NOT_SECRET_TOKENS = frozenset(
    {"max", "num", "page", "next", "continuation", "cursor", "sync", "count", "min"}
    # anti-forgery tokens ("csrf_token", "X-XSRF-TOKEN", Rails' "authenticity_token")
    | {"csrf", "xsrf", "authenticity"}
)


def _key_class(key: str) -> str | None:
    """'pw', 'pin' or 'tok' when an identifier names a credential, else None."""
    parts = [
        p.lower()
        for p in _CAMEL_RE.sub("_", key).replace(".", "_").replace("-", "_").split("_")
        if p
    ]
    if not parts:
        return None
    last, prev = parts[-1], parts[-2] if len(parts) > 1 else ""
    if prev in ("einmal", "otp", "time"):
        return None  # one-time passwords are codes sent by SMS
    if last == "pin" or last == "pincode":
        return "pin"
    if last == "key":
        return "tok" if prev in _KEY_QUALIFIERS else None
    if last == "token":
        return None if prev in _NOT_SECRET_TOKENS else "tok"
    if last not in _SECRET_LAST and last.endswith(("password", "passwd", "passphrase")):
        last = "password"  # "PGPASSWORD", "MYSQLPASSWORD": a prefix glued to the word
    if last in _SECRET_LAST:
        return (
            "tok"
            if last in ("secret", "apikey", "credentials", "credential")
            or last.endswith(("token", "key"))
            else "pw"
        )
    return None


def _key_secrets(text: str) -> Iterator[tuple[int, int]]:
    for m in _KEY_RE.finditer(text):
        if text.startswith("${", m.start() - 2):
            continue  # "${PASSWORD:-changeme}": a shell default, not a key and value
        key = m.group("key")
        if not _KEY_STEM_RE.search(key):
            continue
        cls = _key_class(key)
        if cls is None:
            continue
        if key.lower() in ("pass", "pw"):
            cls = "short"
        if _negated(text, m.start(), key.lower()):
            continue
        query = m.start() > 0 and text[m.start() - 1] in "?&"
        eq = "=" in m.group(0)[m.end("q") - m.start() :]
        # Code, not prose, when the key is written as code: "=", a quoted key, or an
        # identifier ("smtp_password", "dbPass"); "Password: x" is a form's field.
        code = (
            eq or bool(m.group("q")) or not (key.isalpha() and (key[1:].islower() or key.isupper()))
        )
        got = _read_value(text, m.end(), query=query, eq=eq, field=True, code=code)
        if got is None:
            continue
        a, b, quoted = got
        if _value_ok(text[a:b], cls, quoted=quoted, verb=False, bare=False):
            yield a, b


# ------------------------------------------------------------------ URLs, headers, curl
_URL_PW_RE = re.compile(
    r"(?<![\w+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s:/@\"'<>]*:(?P<pw>[^\s/\"'<>]+)@"
    r"(?=[A-Za-z0-9\[])"
)
_CURL_USER_RE = re.compile(r"(?:\s|^)(?:-u|--user)[ \t]+[\"']?[^\s:\"']+:(?P<pw>[^\s\"']+)")
_AUTH_HEADER_RE = re.compile(
    r"(?i)\b(?:authorization|proxy-authorization)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?:basic|bearer|token|bot|apikey|key)[ \t]+"  # no Digest: its fields are a challenge and a hash
)


# "Zugangsdaten: anna / Xk9#mQ2p", "login: anna:Xk9#mQ2p", "credentials: admin / s3cret9".
_PAIR_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:credentials|creds|login|logins|zugangsdaten|anmeldedaten|identifiants|"
    r"credenciales|credenziali|inloggegevens|dane logowania|inloggning|basic auth|"
    r"учётные данные|учетные данные|بيانات الدخول|लॉगिन|ログイン情報|登录信息|로그인 정보)"
    r"(?:[ \t]+[^\W\d_]{1,16}){0,3}[ \t]*(?:[:=]|->|—|–|-)[ \t]*"
    r"[^\s:/,;]{2,64}(?:[ \t]*/[ \t]*|:)(?P<pw>\S+)"
)


# <password>X</password>, mysql -pX, sshpass -p 'X', ConvertTo-SecureString "X".
_XML_RE = re.compile(r"<(?P<tag>[A-Za-z_][\w.-]{0,40})>(?P<pw>[^<\n]{1,256})</(?P=tag)>")
_CLI_RE = re.compile(
    r"(?:\bmysql(?:dump|admin)?\b[^\n]{0,200}?[ \t]-p|\bsshpass[ \t]+-p[ \t]+|"
    # docker login -p X, redis-cli -a X, and any --password X / --password=X flag
    r"\b(?:docker|podman|helm)[ \t]+(?:registry[ \t]+)?login\b[^\n]{0,200}?[ \t]-p(?:[ \t]+|=)|"
    r"\bredis-cli\b[^\n]{0,200}?[ \t]-a[ \t]+|\bsqlcmd\b[^\n]{0,200}?[ \t]-P[ \t]+|"
    # .netrc: machine HOST login USER password PASS (one line or several)
    r"\bmachine[ \t]+\S{1,100}\s+login[ \t]+\S{1,100}\s+password[ \t]+|"
    r"(?<![\w-])--(?:[a-z]+-)?(?:password|passwd|pass)(?:=|[ \t]+)|"
    r"ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?)(?=[^\s-])"
)


# PHP constants: define('DB_PASSWORD', 'X');
_DEFINE_RE = re.compile(
    r"\bdefine\([ \t]*[\"'](?P<key>[A-Za-z_]\w{0,63})[\"'][ \t]*,[ \t]*(?=[\"'])"
)


def _code_secrets(text: str) -> Iterator[tuple[int, int]]:
    if "</" in text:
        for m in _XML_RE.finditer(text):
            cls = _key_class(m.group("tag"))
            value = m.group("pw").strip()
            if (
                cls is not None
                and value
                and _value_ok(value, cls, quoted=True, verb=False, bare=False)
            ):
                a = m.start("pw") + m.group("pw").index(value)
                yield a, a + len(value)
    if "define(" in text:
        for m in _DEFINE_RE.finditer(text):
            cls = _key_class(m.group("key"))
            got = _read_value(text, m.end(), field=True, code=True)
            if (
                cls is not None
                and got is not None
                and _value_ok(text[got[0] : got[1]], cls, quoted=got[2], verb=False, bare=False)
            ):
                yield got[0], got[1]
    low = text.lower()
    if not any(
        w in low for w in ("mysql", "sshpass", "securestring", "login", "redis", "--pass", "sqlcmd")
    ):
        return
    for m in _CLI_RE.finditer(text):
        got = _read_value(text, m.end(), field=True, code=True)
        if got is not None and _value_ok(
            text[got[0] : got[1]], "pw", quoted=got[2], verb=False, bare=False
        ):
            yield got[0], got[1]


# Cheap substring checks before the regexes above run (most texts have none of these).
_PAIR_HINTS = (
    "cred", "login", "zugangsdaten", "anmeldedaten", "identifiants", "credenziali",
    "inloggegevens", "dane logowania", "inloggning", "basic auth", "учётные", "учетные",
    "بيانات الدخول", "लॉगिन", "ログイン情報", "登录信息", "로그인 정보",
)  # fmt: skip


def _url_secrets(text: str) -> Iterator[tuple[int, int]]:
    if "://" in text:
        for m in _URL_PW_RE.finditer(text):
            value = m.group("pw")
            if (
                len(value) >= 3
                and not _PLACEHOLDER_RE.match(value)
                and value.lower() not in _NOT_VALUES
            ):
                yield m.start("pw"), m.end("pw")
    if "-u" in text:
        for m in _CURL_USER_RE.finditer(text):
            value = m.group("pw")
            if (
                len(value) >= 3
                and not _PLACEHOLDER_RE.match(value)
                and value.lower() not in _NOT_VALUES
            ):
                yield m.start("pw"), m.end("pw")
    low = text.lower()
    pair_words = any(w in low for w in _PAIR_HINTS)
    for m in _PAIR_RE.finditer(text) if pair_words else ():
        got = _read_value(text, m.start("pw"), field=True)
        if got is not None and _value_ok(
            text[got[0] : got[1]], "pw", quoted=got[2], verb=False, bare=True
        ):
            yield got[0], got[1]
    for m in _AUTH_HEADER_RE.finditer(text) if "authorization" in low else ():
        got = _read_value(text, m.end(), field=True)
        if (
            got is not None
            and got[1] - got[0] >= 8
            and not _PLACEHOLDER_RE.match(text[got[0] : got[1]])
        ):
            yield got[0], got[1]


# A password in a URL ("postgres://app:s3cr3t@db.internal") reads like an e-mail address
# ("s3cr3t@db.internal"): it outranks the e-mail finding.
URL_CONFIDENCE = 0.97
LABELLED_CONFIDENCE = 0.95


def labelled_secrets(text: str) -> Iterator[tuple[int, int, float]]:
    """Credentials labelled by a cue, a key, a URL or a header: (start, end, confidence).

    Args:
        text: the text to scan.
    """
    found: dict[tuple[int, int], float] = {}
    cues = _cue_matches(text)
    for span in _prose_secrets(text, cues):
        found[span] = LABELLED_CONFIDENCE
    for span in _key_secrets(text):
        found[span] = LABELLED_CONFIDENCE
    for span in _code_secrets(text):
        found[span] = LABELLED_CONFIDENCE
    for span in _url_secrets(text):
        found[span] = URL_CONFIDENCE
    for span in _phrase_secrets(text, cues):
        found.setdefault(span, LABELLED_CONFIDENCE)
    for (a, b), confidence in found.items():
        if not _documented_example(text[a:b]) and not _in_shell_default(text, a):
            yield a, b, confidence


def _phrase_secrets(text: str, cues: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """ "I changed it to X", misspelt cues, SQL password columns (`_secret_phrases`), the
    cells of a password column, name/value pairs naming a credential."""
    from hybridsdk.routing import _secret_phrases as sp
    from hybridsdk.routing._secret_records import record_secrets

    yield from record_secrets(text, _is_secret_column)
    yield from sp.changed_to(text, _read_value, _value_ok)
    yield from sp.misspelt_cue(text, _read_value)
    yield from sp.sql_password_columns(text, _is_secret_column, _sql_value_ok(text))
    if "\n" in text:
        # a table's header cell (a line with delimiters), not a one-column list
        headers = [
            m
            for m in cues
            if m.lastgroup in ("pw", "tok")
            and _table_header(_line_of(text, m.start()))
            and not cue_is_field_value(text, m.start(), m.end())
        ]
        if headers:
            from hybridsdk.routing._birth_date_columns import column_cells

            for a, b, _ in column_cells(text, headers, _cell_value_ok(text), _header_ok):
                yield a, b
    if "alue" in text:
        for m in _NAME_VALUE_RE.finditer(text):
            if _key_class(m.group("key")) not in ("pw", "tok"):
                continue
            got = _read_value(text, m.end(), field=True, code=True)
            if got is not None and _value_ok(
                text[got[0] : got[1]], "pw", quoted=got[2], verb=False, bare=False
            ):
                yield got[0], got[1]


# Name/value pairs that name a credential: .NET `<add key="SmtpPassword" value="..."/>`,
# Kubernetes `- name: DB_PASSWORD` / `value: "..."`, `{"name": "api_key", "value": ...}`.
_NAME_VALUE_RE = re.compile(
    r"(?<![\w-])(?:name|key|Name|Key|NAME|KEY)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<key>[A-Za-z_][\w.-]{0,63})[\"']?[ \t]*[,;]?\s{0,40}?-?[ \t]*[\"']?"
    r"(?:value|Value|VALUE)[\"']?[ \t]*[:=][ \t]*"
)


_TABLE_LINE_RE = re.compile(r"[,;\t|]")


def _table_header(line: str) -> bool:
    """A line with delimiters that is no SQL statement (`sql_password_columns` reads those)."""
    return _TABLE_LINE_RE.search(line) is not None and "insert" not in line.lower()


def _line_of(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : len(text) if end == -1 else end]


def _header_ok(cell: str) -> bool:
    """A column heading naming a credential alone ("Password", "pwd"), not a rule about it
    ("Password policy", "Password changed")."""
    return not any(w.lower().strip("-") in _NOT_SECRET_WORDS for w in cell.split())


def _is_secret_column(name: str) -> bool:
    return _key_class(name) in ("pw", "tok")


def _cell_value_ok(text: str) -> Callable[[int, int], bool]:
    """A table cell under a password heading: one token that is a credential (a "Field |
    Value" form's next label, "Date of birth", is not)."""

    def ok(a: int, b: int) -> bool:
        value = text[a:b]
        return not any(c.isspace() for c in value) and _value_ok(
            value, "short", quoted=False, verb=False, bare=False
        )

    return ok


def _sql_value_ok(text: str) -> Callable[[int, int], bool]:
    def ok(a: int, b: int) -> bool:
        return _value_ok(text[a:b], "pw", quoted=True, verb=False, bare=False)

    return ok


def _in_shell_default(text: str, start: int) -> bool:
    """Whether `start` lies inside a "${VAR:-default}" expansion (a default, not a value)."""
    before = text[max(0, start - 64) : start]
    i = before.rfind("${")
    return i >= 0 and "}" not in before[i:]


class CueSecretDetector:
    """Passwords, PINs and keys labelled as such, in many languages (see module doc)."""

    kind = PiiKind.SECRET

    def __call__(self, text: str) -> Iterator[Finding]:
        for a, b, confidence in labelled_secrets(text):
            yield Finding.from_span(self.kind, text, a, b, confidence, "labelled")
