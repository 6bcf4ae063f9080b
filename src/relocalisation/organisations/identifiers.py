"""SIREN / SIRET checks (INSEE): 9 / 14 digits and a Luhn key, with La Poste's exception.

La Poste (SIREN 356000000) has more establishments than the Luhn key allows; its SIRETs are valid
when the sum of their digits is a multiple of 5 (INSEE rule)."""
import re

from stdnum import luhn

LA_POSTE_SIREN = "356000000"
_DIGITS = re.compile(r"\d+")


def clean_identifier(value: str | None) -> str:
    """Drop the spaces and dots people type: « 356 000 000 » → « 356000000 »."""
    return re.sub(r"[\s.\u00a0\u202f-]", "", value or "")


def is_valid_siren(value: str | None) -> bool:
    value = clean_identifier(value)
    return len(value) == 9 and bool(_DIGITS.fullmatch(value)) and luhn.is_valid(value)


def is_valid_siret(value: str | None) -> bool:
    value = clean_identifier(value)
    if len(value) != 14 or not _DIGITS.fullmatch(value):
        return False
    if value.startswith(LA_POSTE_SIREN):
        return sum(int(d) for d in value) % 5 == 0
    return luhn.is_valid(value) and is_valid_siren(value[:9])


def siret_error(value: str | None) -> str | None:
    """The French message explaining why ``value`` is not a SIRET, or None when it is one."""
    cleaned = clean_identifier(value)
    if not cleaned:
        return "SIRET manquant."
    if not _DIGITS.fullmatch(cleaned):
        return "Le SIRET ne doit contenir que des chiffres."
    if len(cleaned) != 14:
        return f"Le SIRET doit compter 14 chiffres ({len(cleaned)} reçus)."
    if not is_valid_siret(cleaned):
        return "SIRET invalide : la clé de contrôle (Luhn) ne correspond pas."
    return None
