"""Role mailboxes: a company's or an office's generic address ("careers@", "info@",
"kontakt@", "noreply@"), not a person's (docs/privacy_figures.md, "Session 10: structured kinds").

The scanner reports them by default, like every address: masking one costs the model
little, a one-person business's "info@" can be personal data, and the local part alone
cannot always tell. `PiiScanner(role_mailboxes=False)` leaves them unmasked, for
applications that must keep a company's contact address in the prompt (drafting a reply
to a shop, routing a support ticket).

An address counts as a role mailbox only when its whole local part (a "+tag" dropped) is
made of role words from the list below, joined by ".", "-" or "_": "info", "no-reply",
"customer.service", "rrhh", "bewerbung". Any other part keeps it personal:
"jane.doe@", "info.jane@", "hr.anna@", "careers2@" stay reported.
"""

from __future__ import annotations

import re

__all__ = ["is_role_mailbox"]

# Roles, departments and automated senders in 25+ languages; lower case, ASCII-folded
# forms included where people write them so.
_ROLE_WORDS = frozenset(
    """
    info information informations contact contacts hello hi office mail post admin
    administrator administration support help helpdesk service services customer customers
    care client clients team staff sales billing accounts accounting accountspayable finance
    invoice invoices payments payroll orders order shop store booking bookings reservations
    reservation reception frontdesk enquiries enquiry inquiries inquiry feedback press media
    marketing news newsletter notifications notification alerts alert noreply no reply
    donotreply do not mailer daemon mailerdaemon postmaster hostmaster webmaster abuse
    security privacy dpo gdpr legal compliance hr humanresources human resources people
    careers career jobs job recruitment recruiting recruiter talent hiring apply
    applications internships admissions admission registrar registry studentservices
    student students secretary secretariat desk general main events partners partnership
    partnerships investors ir community members membership it tech technical operations ops
    logistics shipping delivery returns purchasing procurement
    kontakt kontakte anfrage anfragen bewerbung bewerbungen karriere jobs personal vertrieb
    verkauf buchhaltung rechnung rechnungen bestellung bestellungen kundenservice
    kundendienst service sekretariat empfang datenschutz presse redaktion verwaltung
    contacto contato contatto consultas informacion informacao informazioni atencion
    atencionalcliente atendimento clientes cliente ventas vendas vendite comercial
    commerciale facturacion faturamento fatturazione facturas reservas prenotazioni
    pedidos empleo empleos trabajo rrhh recursos humanos rh personale lavora lavoraconnoi
    secretaria segreteria recepcion recepcao administracion amministrazione direccion
    direzione prensa imprensa stampa
    emploi recrutement candidature candidatures accueil commande commandes facturation
    comptabilite secretariat direction presse serviceclient
    klantenservice klantendienst verkoop boekhouding vacatures werken sollicitatie
    kundservice kundeservice kundeservice ekonomi faktura jobb rekrytointi asiakaspalvelu
    myynti laskutus toimisto biuro kadry rekrutacja sprzedaz ksiegowosc obsluga
    kancelaria kariera zamestnanie podpora obchod fakturace iroda ugyfelszolgalat
    allas titkarsag birou resurseumane vanzari contabilitate
    iletisim bilgi destek satis muhasebe kariyer ik insankaynaklari
    """.split()  # noqa: SIM905
)
_PARTS_RE = re.compile(r"[._-]+")


def is_role_mailbox(address: str) -> bool:
    """Whether `address` is a generic role mailbox ("careers@acme.com.ph"), not a person's.

    Args:
        address: an e-mail address as found ("local@domain").
    """
    local, sep, _domain = address.rpartition("@")
    if not sep:
        local, sep, _domain = address.rpartition("\uff20")
    if not sep or not local or not _domain:
        return False
    local = local.split("+", 1)[0].lower()
    parts = [p for p in _PARTS_RE.split(local) if p]
    return bool(parts) and all(p in _ROLE_WORDS for p in parts)
