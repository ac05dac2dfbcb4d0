"""MAC addresses in every notation, bare hex after MAC and device cues in many languages,
and hex of the same shape that is no MAC (issue 12)."""

from __future__ import annotations

import pytest

from hybridsdk.routing._detectors import PiiKind, PiiScanner
from hybridsdk.routing._mac import MacDetector

SCANNER = PiiScanner(ner=False, use_phonenumbers=True)


def macs(text: str) -> list[str]:
    return [f.value(text) for f in SCANNER.scan(text) if f.kind is PiiKind.MAC]


@pytest.mark.parametrize(
    "value",
    [
        "3c:5a:b4:0e:91:7f",
        "3C-5A-B4-0E-91-7F",
        "3c5a.b40e.917f",  # Cisco
        "3c:5a:b4:ff:fe:0e:91:7f",  # EUI-64
        "3C-5A-B4-FF-FE-0E-91-7F",
    ],
)
def test_delimited_notations(value: str) -> None:
    assert macs(f"neighbour {value} is up") == [value]


def test_an_eui64_is_not_read_as_an_ipv6_address() -> None:
    text = "iface id 3c:5a:b4:ff:fe:0e:91:7f"
    assert [(f.kind, f.value(text)) for f in SCANNER.scan(text)] == [
        (PiiKind.MAC, "3c:5a:b4:ff:fe:0e:91:7f")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mac=3c5ab40e917f", "3c5ab40e917f"),
        ("mac:3c5ab40e917f", "3c5ab40e917f"),
        ('device_mac: "3C5AB40E917F"', "3C5AB40E917F"),
        ('{"deviceMac":"3c5ab40e917f"}', "3c5ab40e917f"),
        ("WOL_TARGET=3c5ab40e917f", "3c5ab40e917f"),
        ("wake-on-lan 3c5ab40e917f", "3c5ab40e917f"),
        ("WOL_TARGET=402118773065", "402118773065"),  # all digits: a MAC cue says so
        ("link/ether 3c5ab40e917f brd", "3c5ab40e917f"),
        ("hwaddr 3c5ab4-0e917f", "3c5ab4-0e917f"),
        ("bssid 3C5AB40E917F ch 6", "3C5AB40E917F"),
        ("Physical Address. . . : 3C5AB40E917F", "3C5AB40E917F"),
        ("adresse physique : 3c5ab40e917f", "3c5ab40e917f"),
        ("MAC地址：3c5ab40e917f", "3c5ab40e917f"),
        ("MACアドレス: 3c5ab40e917f", "3c5ab40e917f"),
        ("ble scan found 3c5ab40e917f rssi -70", "3c5ab40e917f"),
        ("bluetooth peer 3c5ab40e917f paired", "3c5ab40e917f"),
        ('"device": "3c5ab40e917f"', "3c5ab40e917f"),
        ('"Endgerät": "3c5ab40e917f"', "3c5ab40e917f"),
        ('"appareil": "3c5ab40e917f"', "3c5ab40e917f"),
        ('"urządzenie": "3c5ab40e917f"', "3c5ab40e917f"),
        ("thiết bị: 3c5ab40e917f", "3c5ab40e917f"),
        ("perangkat = 3c5ab40e917f", "3c5ab40e917f"),
        ('"устройство": "3c5ab40e917f"', "3c5ab40e917f"),
        ('"пристрій": "3c5ab40e917f"', "3c5ab40e917f"),
        ('"συσκευή": "3c5ab40e917f"', "3c5ab40e917f"),
        ('"الجهاز": "3c5ab40e917f"', "3c5ab40e917f"),
        ('"מכשיר": "3c5ab40e917f"', "3c5ab40e917f"),
        ('"उपकरण": "3c5ab40e917f"', "3c5ab40e917f"),
        ('"อุปกรณ์": "3c5ab40e917f"', "3c5ab40e917f"),
        ("设备：3c5ab40e917f", "3c5ab40e917f"),
        ("기기: 3c5ab40e917f", "3c5ab40e917f"),
        ("# 端末\ndevice_mac: 3c5ab40e917f", "3c5ab40e917f"),
    ],
)
def test_bare_hex_after_a_cue(text: str, value: str) -> None:
    assert macs(text) == [value], text


@pytest.mark.parametrize(
    "text",
    [
        "commit 3c5ab40e917f fixes the build",  # a short git hash
        "build 3c5ab40e917f",
        "3c5ab40e917f",  # no cue at all
        "device id: 3c5ab40e917f",  # another id of the device
        "device serial 402118773065",
        "device token=3c5ab40e917f",
        '"device": "402118773065"',  # after a device word, all digits is a serial number
        "device: abcdefabcdef",  # all letters
        "development 3c5ab40e917f",  # "dev..." is no device word
        "uuid 123e4567-e89b-12d3-a456-3c5ab40e917f",  # a UUID's last group
        "mac 3c5ab40e917f0a",  # 14 hex: longer than a MAC
        "mac 3C5ab40E917f",  # mixed case: a random id
        "mac 00:00:00:00:00:00 and ff:ff:ff:ff:ff:ff",  # null and broadcast
        "mac ffffffffffff",
        "time 12:34:56:78",
        "ipv6 2001:db8::3c5a:b40e:917f",
        "version 1.2.3.4.5.6",
    ],
)
def test_hex_that_is_not_a_mac(text: str) -> None:
    assert macs(text) == [], text


def test_null_addresses_are_skipped_by_the_detector_alone() -> None:
    assert list(MacDetector()("eth0 000000000000")) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the cue in the text's language, then up to three words
        ("MAC-Adresse vom Laptop: 3C5A1B2C4D5E bitte eintragen", "3C5A1B2C4D5E"),
        ("Adresse MAC de l'ordinateur : 3c5a1b2c4d5e", "3c5a1b2c4d5e"),
        ("adres MAC drukarki: 3c5a1b2c4d5e", "3c5a1b2c4d5e"),
        # an allow list of a router names its entries, before or after them
        ("please add 3c5a1b2c4d5e to the allow list", "3c5a1b2c4d5e"),
        ("thêm 3c5a1b2c4d5e vào danh sách cho phép", "3c5a1b2c4d5e"),
        ("Whitelist: 3c5a1b2c4d5e", "3c5a1b2c4d5e"),
    ],
)
def test_cues_with_words_between_and_allow_lists(text: str, value: str) -> None:
    assert macs(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "commit 3c5a1b2c4d5e to the main branch",
        "add 123456789012 to the allow list",  # all digits: an id, not a MAC
    ],
)
def test_look_alikes_after_these_cues(text: str) -> None:
    assert macs(text) == []


def test_cisco_digits_after_a_mac_cue_stay_a_mac() -> None:
    assert macs("switch mac 0012.3456.7890") == ["0012.3456.7890"]


def test_cisco_digits_without_a_trunk_zero_stay_a_mac() -> None:
    # Found by hypothesis: no phone reading masks these, so dropping them leaked the value.
    assert macs("from 620 1679.5935.9992, ok") == ["1679.5935.9992"]


@pytest.mark.parametrize(
    "text",
    ["0200.0000.0000", "port 0200.1234.5678 flapped", "0000.0c07.ac01 then 0100.0000.0001"],
)
def test_cisco_digits_after_a_trunk_zero_that_no_plan_reads_stay_a_mac(text: str) -> None:
    # Found by the property test: the trunk-0 rule dropped the MAC reading, the phone plans
    # refused the digits, and the value reached the cloud unmasked.
    found = [f.value(text) for f in SCANNER.scan(text)]
    assert found and all(v in text for v in found)
    for value in found:
        assert value.count(".") == 2


def test_a_trunk_zero_phone_in_cisco_groups_is_still_a_phone() -> None:
    text = "Ring 0812.3456.7890 today"
    kinds = [(f.kind, f.value(text)) for f in SCANNER.scan(text, locale="id_ID")]
    assert kinds == [(PiiKind.PHONE, "0812.3456.7890")]


@pytest.mark.parametrize("text", ["Hubungi saya di 0813.4455.6677 ya", "Kontak: 0857.1122.3344"])
def test_trunk_zero_dotted_phones_are_phones_with_the_hint_and_masked_without(text: str) -> None:
    # With the text's region the phone plan reads them; without it they used to be found as
    # nothing at all (no MAC, no phone) and reached the cloud: now they are masked as MACs.
    hinted = SCANNER.scan(text, locale="id_ID")
    assert [f.kind for f in hinted] == [PiiKind.PHONE]
    assert macs(text) == [hinted[0].value(text)]


def test_handphone_label_makes_trunk_zero_dotted_digits_a_phone_without_the_hint() -> None:
    # "HP" (handphone) is a phone cue since session 10: no MAC reading needed any more.
    text = "HP: 0857.1122.3344"
    for locale in ("id_ID", None):
        assert [(f.kind, f.value(text)) for f in SCANNER.scan(text, locale=locale)] == [
            (PiiKind.PHONE, "0857.1122.3344")
        ]
