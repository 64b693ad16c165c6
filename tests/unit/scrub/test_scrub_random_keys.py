"""Machine-made keys and tokens of any vendor, found by their shape without a cue; look-alikes left alone."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Telegram bot's token: the bot's number, ':', its secret (with or without a cue)
        (
            "the bot token 7712345678:AAHk3kd93kdLs0dk39dkLKs93kdlS0dk39x stopped working",
            [("token", "7712345678:AAHk3kd93kdLs0dk39dkLKs93kdlS0dk39x")],
        ),
        (
            "bot draait niet meer 6123987450:AAGx8Zq1Lm4Nn7Rr2Tt5Vv8Xx1Zz4Bb7Dd0\nhelp",
            [("token", "6123987450:AAGx8Zq1Lm4Nn7Rr2Tt5Vv8Xx1Zz4Bb7Dd0")],
        ),
        (
            "hf_QwErTyUiOpAsDfGhJkLzXcVbNm1234567890 werkt niet",
            [("token", "hf_QwErTyUiOpAsDfGhJkLzXcVbNm1234567890")],
        ),
        (
            "using ya29.a0AfH6SMBx3kd93kdLs0dk39dkLKs93kdlS0dk39 for the calendar",
            [("token", "ya29.a0AfH6SMBx3kd93kdLs0dk39dkLKs93kdlS0dk39")],
        ),
        # no vendor prefix, no cue right before it: typed by the nearest word that names a secret
        (
            "na het roteren werkt het nieuwe token niet: Kdyg2uTlgLFPR51Fo2KoF815mSexhzm8HIaZlKz4.",
            [("token", "Kdyg2uTlgLFPR51Fo2KoF815mSexhzm8HIaZlKz4")],
        ),
        (
            "De oude was StLf2ZCn0jHmD8xyzT7pBkjqkuXtaKk5, kunnen jullie die intrekken?",
            [("api_key", "StLf2ZCn0jHmD8xyzT7pBkjqkuXtaKk5")],
        ),
        (
            "our integration sends 9b1deb4d3b7d4bad9bdd2b0d7b3dcb6d9b1deb4d in every call",
            [("api_key", "9b1deb4d3b7d4bad9bdd2b0d7b3dcb6d9b1deb4d")],
        ),
        # a label glued to the value: only the value
        ("config: token:Zk8s9DkLm3N4p5Q6r7S8t9U0aB3cQ", [("token", "Zk8s9DkLm3N4p5Q6r7S8t9U0aB3cQ")]),
        (
            "dGhpc2lzYXNlY3JldGtleTEyMzQ1Njc4OTA9PQ== is wat ik kreeg",
            [("api_key", "dGhpc2lzYXNlY3JldGtleTEyMzQ1Njc4OTA9PQ==")],
        ),
        # an environment variable named by several cues: the value, not the rest of the name
        (
            "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            [("api_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")],
        ),
        ("STRIPE_SECRET_KEY=sk_live_abcdefghijklmnop1234", [("api_key", "sk_live_abcdefghijklmnop1234")]),
    ],
)
def test_machine_made_secrets_are_found_whole(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "bestelling iPhone15ProMax256GBSpaceBlack is nog niet binnen",
        "Galaxy-A54-5G-128GB-Awesome-Graphite besteld op 3 maart",
        "zie bijlage Scan_2024-03-12_Factuur_Nov2023_v2.pdf",
        "request id 8f9feade-a85e-7a16-f27f-52abe1861b38, correlation 30a36aa5-925c-dac4-267d-e6838946010b",
        "pakket JVGL06123456789012345678 en 3SABCD1234567890123456 nog onderweg",
        "order ORD-2024-000123-ABCDEF-XYZ99 is geannuleerd",
        "mijn foto's: IMG_20240312_143022_HDR.jpg",
        "zie https://example.com/r/9mSRA7r0XdKdyg2uTlgLFPR51Fo2 voor de status",
        "arbeidsongeschiktheidsverzekering2024 loopt af",
        '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk">',
    ],
)
def test_long_words_that_are_no_secret_are_left(text: str) -> None:
    assert found(text) == []
