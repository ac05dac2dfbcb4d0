"""Greetings and sign-offs that the tagger takes into a name's span ("Hi, Ana", "Abraços,
Rui", "Спасибо, Оля", "Chào Thư"): not part of the name (docs/privacy_figures.md, "Session 10:
person names").

Two lists, written from general knowledge of each language (no evaluation text was read
for them):

- `_ALWAYS`: words that open a greeting and are never a name; cut before a capitalised
  (or caseless) word with or without a comma ("Dear Ana", "Liebe Jana");
- `_WITH_COMMA`: sign-offs and thanks, cut only when a comma or "!" follows them
  ("Cheers, Tom", "Grazie, Lia"): without it, some are names or surnames too.

A gender pair written with a slash ("Kæri/kæra", "Lieber/Liebe") counts when each half is
on the list.
"""

from __future__ import annotations

__all__ = ["greeting"]

_ALWAYS_TEXT = """
dear hi hello hey hiya dearest
liebe lieber lieben hallo moin servus grüezi
cher chère chers chères bonjour bonsoir coucou
querida querido queridos queridas estimada estimado hola buenas buenos
prezado prezada olá oi
gentile gentili carissimo carissima ciao salve
beste geachte hoi
kære kæreste hej hejsan hei heippa moi terve tere
drogi droga szanowny szanowna szanowni cześć witaj witam
milý milá vážený vážená ahoj dobrý
dragă dragi stimate stimată salut bună
kedves szia sziasztok helló
kæri kæra sæll sæl hæ
poštovani poštovana draga zdravo bok
здравствуйте привет уважаемый уважаемая дорогой дорогая шановний шановна здрасти
здраво драги драга здравейте здравей скъпи скъпа
αγαπητέ αγαπητή γεια
sayın merhaba selam hörmətli əziz
გამარჯობა ძვირფასო
שלום היי
مرحبا عزيزي عزيزتي
chào kính
halo yth
"""
_WITH_COMMA_TEXT = """
thanks thank cheers regards love xoxo bye later
danke grüße gruß lg vg mfg tschüss ciao
merci bises bisous amitiés cordialement
gracias saludos abrazos besos atentamente
obrigado obrigada abraços abraço beijos beijinhos cumprimentos
grazie saluti baci abbracci
bedankt groeten groetjes doei
tak hilsen mvh kram takk
kiitos terveisin aitäh
dzięki dziękuję pozdrawiam pozdrowienia
díky děkuji
mulțumesc mersi pupici
köszönöm köszi puszi üdv
takk kveðja
hvala pozdrav
спасибо благодарю пока целую обнимаю дякую
ευχαριστώ φιλιά
teşekkürler sağol sağ ol görüşürüz sağolun
grazzi saħħa
terima kasih salam
cảm ơn
"""
_ALWAYS = frozenset(_ALWAYS_TEXT.split())
_WITH_COMMA = frozenset(_WITH_COMMA_TEXT.split())


def _listed(word: str, words: frozenset[str]) -> bool:
    parts = word.casefold().split("/")
    return all(p in words for p in parts) and all(parts)


def greeting(token: str, following: str) -> bool:
    """Whether `token` (one word of a person span, its punctuation kept) is a greeting or
    a sign-off before the name that `following` starts with."""
    if not following or not (following[0].isupper() or following[0].title() == following[0]):
        return False
    word = token.rstrip(",!:;")
    if not word:
        return False
    if _listed(word, _ALWAYS):
        return True
    return token[len(word) :][:1] in (",", "!") and _listed(word, _WITH_COMMA)
