"""A sweep (decision 0063): meter readings beside credential talk are no code.

Every way of naming a reading with every reading shape in every frame: "pincode van de app vergeten. de
meter staat op 04521" tells what the meter shows, not the PIN. Before the reading filter 81 of the 1,296
combinations were scrubbed (as a PIN)."""

from __future__ import annotations

from scrub_findings import found, scrubbed_look_alikes

LABELS = (
    "meterstand", "meterstand:", "stand", "stand:", "de meter staat op", "meter reading", "meter reading:",
    "reading", "relevé", "relevé du compteur :", "index", "index compteur", "mijn stand is",
    "opgenomen stand", "tellerstand", "stand elektriciteit", "stand gas:", "dagstand", "nachtstand",
    "the meter says", "le compteur affiche", "de teller geeft", "meter shows", "verbruik",
)  # fmt: skip
VALUES = ("04521", "12345", "045821", "0012345", "87654", "3456", "00123456", "12 345", "045 821")
FRAMES = (
    "ik kan niet inloggen in de app om mijn {label} {value} door te geven, wachtwoord klopt niet",
    "pincode van de app vergeten. {label} {value}",
    "{label} {value}. de sms code kwam niet aan",
    "login error when submitting {label} {value}",
    "mot de passe refusé, {label} {value}",
    "Klantnummer 4512873\n{label} {value}\nmijn wachtwoord werkt niet",
)


def test_a_meter_reading_is_never_scrubbed_beside_credential_talk() -> None:
    scrubbed = scrubbed_look_alikes(FRAMES, LABELS, VALUES)
    assert scrubbed == [], f"{len(scrubbed)} of {len(FRAMES) * len(LABELS) * len(VALUES)}:\n" + "\n".join(
        scrubbed[:20]
    )


def test_a_pin_after_the_reading_is_still_a_pin() -> None:
    assert ("pin", "8841") in found("de meter staat op 04521, en mijn pincode is 8841")
