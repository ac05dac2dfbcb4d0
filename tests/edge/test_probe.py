"""Device probe and `hybridsdk doctor`: fake /sys and /proc trees, the real machine, the CLI."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import textwrap
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pytest

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.cli import _doctor
from hybridsdk.cli._main import main
from hybridsdk.edge import _probe
from hybridsdk.edge._probe import (
    KNOWN_BAD_VERSIONS,
    DeviceReport,
    KnownBadVersion,
    check_runtime_versions,
    parse_throttled,
    probe_device,
    read_device_state,
    run_command,
)

# ----------------------------------------------------------------------------- helpers


def write_tree(root: Path, files: Mapping[str, str | bytes]) -> Path:
    for rel, content in files.items():
        path = root / rel.lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    return root


def fake_run(outputs: Mapping[str, str | BaseException]) -> Callable[[Sequence[str], float], str]:
    """A runner answering from a table keyed by the joined argv; unknown commands are absent."""
    calls: list[str] = []

    def run(argv: Sequence[str], timeout_s: float) -> str:
        assert timeout_s > 0
        key = " ".join(argv)
        calls.append(key)
        answer = outputs.get(key)
        if answer is None:
            raise FileNotFoundError(argv[0])
        if isinstance(answer, BaseException):
            raise answer
        return answer

    run.calls = calls  # type: ignore[attr-defined]
    return run


def versions(table: Mapping[str, str]) -> Callable[[str], str | None]:
    return lambda name: table.get(name)


def no_library(name: str) -> None:
    raise OSError(f"{name}: cannot open shared object file: No such file or directory")


def forbid_ort_import() -> Sequence[str]:
    raise AssertionError("the probe must not import onnxruntime here")


MEMINFO = """\
MemTotal:        3884108 kB
MemFree:          912344 kB
MemAvailable:    2913081 kB
Buffers:           52100 kB
"""
PSI = """\
some avg10=1.25 avg60=0.50 avg300=0.10 total=123456
full avg10=0.40 avg60=0.20 avg300=0.05 total=65432
"""

PI_FILES: dict[str, str | bytes] = {
    "/proc/device-tree/model": b"Raspberry Pi 4 Model B Rev 1.4\x00",
    "/etc/os-release": 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n',
    "/proc/sys/kernel/osrelease": "6.6.51+rpt-rpi-v8\n",
    "/proc/cpuinfo": "processor\t: 0\nBogoMIPS\t: 108.00\n\nprocessor\t: 1\n\n"
    "Hardware\t: BCM2835\nModel\t\t: Raspberry Pi 4 Model B Rev 1.4\n",
    "/sys/devices/system/cpu/online": "0-3\n",
    **{f"/sys/devices/system/cpu/cpu{i}/topology/core_id": f"{i}\n" for i in range(4)},
    **{f"/sys/devices/system/cpu/cpu{i}/topology/physical_package_id": "0\n" for i in range(4)},
    "/sys/class/thermal/thermal_zone0/type": "cpu-thermal\n",
    "/sys/class/thermal/thermal_zone0/temp": "62522\n",
    "/proc/meminfo": MEMINFO,
    "/proc/pressure/memory": PSI,
    # A Coral USB accelerator after its firmware was loaded.
    "/sys/bus/usb/devices/1-1.2/idVendor": "18d1\n",
    "/sys/bus/usb/devices/1-1.2/idProduct": "9302\n",
    "/sys/bus/usb/devices/usb1/idVendor": "1d6b\n",
    "/sys/bus/usb/devices/usb1/idProduct": "0002\n",
}

JETSON_FILES: dict[str, str | bytes] = {
    "/proc/device-tree/model": b"NVIDIA Jetson Orin Nano Developer Kit\x00",
    "/etc/nv_tegra_release": "# R35 (release), REVISION: 4.1, GCID: 33958178, BOARD: t186ref, "
    "EABI: aarch64, DATE: Tue Aug  1 19:57:35 UTC 2023\n",
    "/sys/devices/system/cpu/online": "0-5\n",
    "/sys/class/thermal/thermal_zone0/type": "cpu-thermal\n",
    "/sys/class/thermal/thermal_zone0/temp": "45000\n",
    "/sys/class/thermal/thermal_zone1/type": "gpu-thermal\n",
    "/sys/class/thermal/thermal_zone1/temp": "47531\n",
    # Unused zones on Tegra report absurd values; they must not count as the maximum.
    "/sys/class/thermal/thermal_zone2/type": "PMIC-Die\n",
    "/sys/class/thermal/thermal_zone2/temp": "-256000\n",
    "/sys/class/thermal/thermal_zone10/type": "tj-thermal\n",
    "/sys/class/thermal/thermal_zone10/temp": "garbage\n",
    "/proc/meminfo": MEMINFO,
    "/proc/pressure/memory": PSI,
}

LAPTOP_FILES: dict[str, str | bytes] = {
    "/sys/class/dmi/id/sys_vendor": "LENOVO\n",
    "/sys/class/dmi/id/product_name": "20XW0026GE\n",
    # 2 cores x 2 threads, no sysfs topology: cores come from /proc/cpuinfo blocks.
    "/proc/cpuinfo": "".join(
        f"processor\t: {n}\nmodel name\t: Intel(R) Core(TM) i5-1135G7\n"
        f"physical id\t: 0\ncore id\t\t: {n // 2}\n\n"
        for n in range(4)
    ),
    "/sys/class/thermal/thermal_zone0/type": "x86_pkg_temp\n",
    "/sys/class/thermal/thermal_zone0/temp": "71000\n",
    "/sys/class/power_supply/AC/type": "Mains\n",
    "/sys/class/power_supply/AC/online": "0\n",
    "/sys/class/power_supply/BAT0/type": "Battery\n",
    "/sys/class/power_supply/BAT0/scope": "System\n",
    "/sys/class/power_supply/BAT0/capacity": "57\n",
    "/sys/class/power_supply/BAT0/status": "Discharging\n",
    # A wireless mouse's battery must not be taken for the system's.
    "/sys/class/power_supply/hidpp_battery_0/type": "Battery\n",
    "/sys/class/power_supply/hidpp_battery_0/scope": "Device\n",
    "/sys/class/power_supply/hidpp_battery_0/capacity": "5\n",
    "/sys/class/power_supply/hidpp_battery_0/status": "Discharging\n",
    "/proc/meminfo": MEMINFO,
}


def probe_fake(root: Path, **overrides: object) -> DeviceReport:
    kwargs: dict[str, object] = {
        "root": root,
        "run": fake_run({}),
        "machine": "aarch64",
        "package_version": versions({}),
        "ort_providers": forbid_ort_import,
        "find_library": lambda name: None,
        "load_library": no_library,
    }
    kwargs.update(overrides)
    return probe_device(**kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------------- throttling


def test_parse_throttled_names_current_and_past_flags() -> None:
    status = parse_throttled("throttled=0x50005\n")
    assert status.raw == 0x50005
    assert status.raw_hex == "0x50005"
    assert status.active == ("under_voltage", "throttled")
    assert status.occurred == ("under_voltage", "throttled")
    assert status.slowed_now is True
    assert status.flags == {
        "under_voltage": True,
        "arm_frequency_capped": False,
        "throttled": True,
        "soft_temperature_limit": False,
        "under_voltage_occurred": True,
        "arm_frequency_capped_occurred": False,
        "throttled_occurred": True,
        "soft_temperature_limit_occurred": False,
    }


@pytest.mark.parametrize(
    ("text", "active", "occurred", "slowed"),
    [
        ("throttled=0x0", (), (), False),
        # Past events only: the board is fine now.
        (
            "throttled=0xf0000",
            (),
            ("under_voltage", "arm_frequency_capped", "throttled", "soft_temperature_limit"),
            False,
        ),
        # Under-voltage alone is reported but does not mean the CPU is slowed.
        ("throttled=0x1", ("under_voltage",), (), False),
        ("throttled=0x2", ("arm_frequency_capped",), (), True),
        ("throttled=0x80008", ("soft_temperature_limit",), ("soft_temperature_limit",), True),
        ("  throttled=0XA  ", ("arm_frequency_capped", "soft_temperature_limit"), (), True),
    ],
)
def test_parse_throttled_cases(
    text: str, active: tuple[str, ...], occurred: tuple[str, ...], slowed: bool
) -> None:
    status = parse_throttled(text)
    assert status.active == active
    assert status.occurred == occurred
    assert status.slowed_now is slowed


@pytest.mark.parametrize(
    "text",
    [
        "",
        "throttled=",
        "throttled=0xZZ",
        'error=1 error_msg="Command not registered"',
        "frequency(48)=1500398464",
        "throttled=0x5 extra",
    ],
)
def test_parse_throttled_rejects_other_output(text: str) -> None:
    with pytest.raises(ConfigurationError, match="get_throttled"):
        parse_throttled(text)


# ------------------------------------------------------------------- known-bad table


def test_onnxruntime_1_21_0_flagged_on_aarch64_only() -> None:
    found = check_runtime_versions({"onnxruntime": "1.21.0"}, machine="aarch64")
    assert [(w.package, w.version, w.severity, w.blocks_import) for w in found] == [
        ("onnxruntime", "1.21.0", "crash", True)
    ]
    assert "Raspberry Pi 4" in found[0].concerns
    assert found[0].reference.startswith("https://github.com/microsoft/onnxruntime/issues/")
    assert check_runtime_versions({"onnxruntime": "1.21.0"}, machine="x86_64") == []
    assert check_runtime_versions({"onnxruntime": "1.21.1"}, machine="aarch64") == []
    assert check_runtime_versions({"onnxruntime": "1.20.1"}, machine="aarch64") == []
    # A local build tag is the same release; "arm64" is macOS's name for the same ISA.
    assert len(check_runtime_versions({"onnxruntime": "1.21.0+cpu"}, machine="arm64")) == 1
    assert check_runtime_versions({"onnxruntime": None}, machine="aarch64") == []


def test_tflite_runtime_is_flagged_as_deprecated_any_version() -> None:
    found = check_runtime_versions(
        {"tflite_runtime": "2.14.0", "ai-edge-litert": "2.3.0"}, machine="x86_64"
    )
    assert [(w.package, w.severity, w.blocks_import) for w in found] == [
        ("tflite_runtime", "deprecated", False)
    ]


def test_check_runtime_versions_with_an_injected_table() -> None:
    table = [
        KnownBadVersion(
            package="some-runtime",
            versions=("2.0.0", "2.0.1"),
            machines=frozenset(),
            severity="broken",
            concerns="everything",
            reason="test entry",
            reference="https://example.invalid/1",
        )
    ]
    assert (
        len(check_runtime_versions({"Some_Runtime": "2.0.1"}, machine="riscv64", table=table)) == 1
    )
    assert check_runtime_versions({"some-runtime": "2.0.2"}, machine="x86_64", table=table) == []


def test_known_bad_entries_are_documented() -> None:
    for entry in KNOWN_BAD_VERSIONS:
        assert entry.versions and entry.concerns and entry.reason
        assert entry.reference.startswith("https://")
        assert entry.severity in ("crash", "broken", "deprecated")


# ------------------------------------------------------------------------ fake trees


def test_raspberry_pi_tree(tmp_path: Path) -> None:
    root = write_tree(tmp_path, PI_FILES)
    run = fake_run({"vcgencmd get_throttled": "throttled=0x50005\n"})
    loaded: list[str] = []
    report = probe_fake(
        root,
        run=run,
        package_version=versions({"onnxruntime": "1.21.0", "ai-edge-litert": "2.3.0"}),
        find_library=lambda name: "libedgetpu.so.1" if name == "edgetpu" else None,
        load_library=loaded.append,
    )
    assert report.board.kind == "raspberry_pi"
    assert report.board.model == "Raspberry Pi 4 Model B Rev 1.4"
    assert report.os_name == "Debian GNU/Linux 12 (bookworm)"
    assert report.kernel == "6.6.51+rpt-rpi-v8"
    assert (report.cpu.physical_cores, report.cpu.logical_cores) == (4, 4)
    assert report.cpu.model == "Raspberry Pi 4 Model B Rev 1.4"
    assert report.cpu.usable_cores is None  # affinity is a live-only reading
    assert report.memory.total_bytes == 3884108 * 1024
    assert report.memory.available_bytes == 2913081 * 1024
    assert report.memory.pressure is not None
    assert report.memory.pressure["some"]["avg10"] == 1.25
    assert report.memory.pressure["full"]["avg60"] == 0.20
    assert report.max_temperature_c == pytest.approx(62.522)
    assert report.throttling is not None and report.throttling.raw == 0x50005
    assert report.battery is None and "battery" in report.absent
    # The known crash blocks the import: providers are absent, with the reason.
    assert [w.package for w in report.warnings] == ["onnxruntime"]
    assert report.ort_providers is None
    assert "known to crash on import" in report.absent["ort_providers"]
    assert report.edge_tpu.usb_devices == ("18d1:9302",)
    assert report.edge_tpu.library == "libedgetpu.so.1"
    assert loaded == ["libedgetpu.so.1"]
    assert report.edge_tpu.usable
    assert set(report.litert_delegates) == {"xnnpack", "edgetpu"}
    data = json.loads(json.dumps(report.to_dict()))
    assert data["throttling"]["raw_hex"] == "0x50005"
    assert data["edge_tpu"]["usable"] is True

    state = read_device_state(root=root, run=run)
    assert state.temperature_c == pytest.approx(62.522)
    assert state.throttled is True
    assert state.memory_pressure == pytest.approx(0.005)  # PSI some avg60, printed in percent
    assert state.memory_available_fraction == pytest.approx(2913081 / 3884108)
    assert state.battery_percent is None and state.on_battery is None
    assert "no power supplies" in state.absent["battery_percent"]


def test_raspberry_pi_edge_tpu_attached_without_library(tmp_path: Path) -> None:
    root = write_tree(tmp_path, {"/dev/apex_0": ""})
    report = probe_fake(root)
    assert report.edge_tpu.pcie_device and report.edge_tpu.present
    assert not report.edge_tpu.usable
    assert "does not load" in report.absent["edge_tpu"]
    assert "edgetpu" not in report.litert_delegates


def test_jetson_tree(tmp_path: Path) -> None:
    root = write_tree(tmp_path, JETSON_FILES)
    # A zone whose driver fails the read (EINVAL/ENODATA on real boards).
    (root / "sys/class/thermal/thermal_zone3/temp").mkdir(parents=True)
    report = probe_fake(
        root,
        package_version=versions({"onnxruntime-gpu": "1.16.0"}),
        ort_providers=lambda: [
            "TensorrtExecutionProvider",
            "CUDAExecutionProvider",
            "CPUExecutionProvider",
        ],
    )
    assert report.board.kind == "jetson"
    assert report.board.jetson_l4t == "R35.4.1"
    assert report.board.model == "NVIDIA Jetson Orin Nano Developer Kit"
    assert report.cpu.logical_cores == 6
    assert report.ort_providers == (
        "TensorrtExecutionProvider",
        "CUDAExecutionProvider",
        "CPUExecutionProvider",
    )
    assert report.warnings == ()
    names = [z.name for z in report.thermal_zones]
    assert names == [
        "thermal_zone0",
        "thermal_zone1",
        "thermal_zone2",
        "thermal_zone3",
        "thermal_zone10",
    ]
    assert report.thermal_zones[3].type is None
    assert "IsADirectoryError" in (report.thermal_zones[3].error or "")
    by_type = {z.type: z for z in report.thermal_zones}
    assert by_type["gpu-thermal"].temperature_c == pytest.approx(47.531)
    assert by_type["PMIC-Die"].temperature_c is None
    assert "implausible" in (by_type["PMIC-Die"].error or "")
    assert "unparseable" in (by_type["tj-thermal"].error or "")
    assert report.max_temperature_c == pytest.approx(47.531)
    assert report.throttling is None and "vcgencmd not found" in report.absent["throttling"]
    assert "xnnpack" not in report.litert_delegates
    json.dumps(report.to_dict())


def test_laptop_tree_battery_from_sysfs(tmp_path: Path) -> None:
    root = write_tree(tmp_path, LAPTOP_FILES)
    # PSI disabled at boot: the file exists but cannot be read. A directory fails the same way.
    (root / "proc/pressure/memory").mkdir(parents=True)
    report = probe_fake(
        root,
        machine="x86_64",
        package_version=versions({"onnxruntime": "1.21.0"}),
        ort_providers=lambda: ["CPUExecutionProvider"],
    )
    assert report.board.kind == "generic"
    assert report.board.model == "LENOVO 20XW0026GE"
    assert (report.cpu.physical_cores, report.cpu.logical_cores) == (2, 4)
    assert report.cpu.model == "Intel(R) Core(TM) i5-1135G7"
    assert report.battery is not None
    assert report.battery.percent == 57.0  # the mouse at 5% is ignored
    assert report.battery.on_battery is True
    assert report.battery.source == "sysfs"
    assert report.warnings == ()  # 1.21.0 is only known bad on aarch64
    assert report.ort_providers == ("CPUExecutionProvider",)
    assert report.memory.pressure is None and "psi=1" in report.absent["memory.pressure"]

    state = read_device_state(root=root, run=fake_run({}))
    assert (state.battery_percent, state.on_battery) == (57.0, True)
    assert state.temperature_c == 71.0
    assert state.memory_pressure is None and "psi=1" in state.absent["memory_pressure"]
    assert state.throttled is None

    (root / "sys/class/power_supply/AC/online").write_text("1\n")
    plugged = read_device_state(root=root, run=fake_run({}))
    assert plugged.on_battery is False and "on_battery" not in plugged.absent


def test_battery_status_decides_when_no_external_supply_is_listed(tmp_path: Path) -> None:
    root = write_tree(
        tmp_path,
        {
            "/sys/class/power_supply/battery/type": "Battery\n",
            "/sys/class/power_supply/battery/status": "Charging\n",
        },
    )
    state = read_device_state(root=root, run=fake_run({}))
    assert state.on_battery is False
    assert state.battery_percent is None
    assert "capacity" in state.absent["battery_percent"]


def test_empty_root_reports_everything_absent(tmp_path: Path) -> None:
    report = probe_fake(tmp_path)
    assert report.board == _probe.BoardInfo(kind="generic", model=None, jetson_l4t=None)
    assert report.cpu == _probe.CpuInfo(None, None, None, None)
    assert report.memory == _probe.MemoryInfo(None, None, None, None)
    assert report.thermal_zones == () and report.max_temperature_c is None
    assert report.throttling is None and report.battery is None
    assert report.ort_providers is None and report.litert_delegates == {}
    assert not report.edge_tpu.present
    assert report.os_name is None and report.kernel is None
    for key in (
        "board.model",
        "cpu.physical_cores",
        "cpu.logical_cores",
        "memory.total_bytes",
        "memory.available_bytes",
        "memory.pressure",
        "ort_providers",
        "litert_delegates",
        "edge_tpu",
        "thermal",
        "throttling",
        "battery",
        "os_name",
        "kernel",
    ):
        assert report.absent[key], key
    assert "not installed" in report.absent["ort_providers"]
    json.dumps(report.to_dict())

    state = read_device_state(root=tmp_path, run=fake_run({}))
    assert state == _probe.DeviceState(None, None, None, None, None, None)
    assert set(state.absent) == {
        "temperature_c",
        "throttled",
        "battery_percent",
        "on_battery",
        "memory_pressure",
        "memory_available_fraction",
    }


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (subprocess.TimeoutExpired(["vcgencmd"], 2.0), "timed out"),
        (
            subprocess.CalledProcessError(255, ["vcgencmd"], stderr="VCHI init failed"),
            "VCHI init failed",
        ),
        (PermissionError(13, "Permission denied"), "could not run"),
        ('error=2 error_msg="Command not registered"', "cannot parse"),
    ],
)
def test_vcgencmd_failures_become_absent_reasons(
    tmp_path: Path, answer: str | BaseException, reason: str
) -> None:
    run = fake_run({"vcgencmd get_throttled": answer})
    state = read_device_state(root=tmp_path, run=run)
    assert state.throttled is None
    assert reason in state.absent["throttled"]


def test_read_device_state_can_skip_vcgencmd(tmp_path: Path) -> None:
    run = fake_run({"vcgencmd get_throttled": "throttled=0x4"})
    state = read_device_state(root=tmp_path, run=run, include_throttling=False)
    assert run.calls == []  # type: ignore[attr-defined]
    assert state.throttled is None and "include_throttling" in state.absent["throttled"]
    assert read_device_state(root=tmp_path, run=run).throttled is True


def test_ort_import_failure_is_reported_not_raised(tmp_path: Path) -> None:
    def broken() -> Sequence[str]:
        raise ImportError("libonnxruntime.so: cannot open shared object file")

    report = probe_fake(
        tmp_path, package_version=versions({"onnxruntime": "1.19.2"}), ort_providers=broken
    )
    assert report.ort_providers is None
    assert "ImportError" in report.absent["ort_providers"]


def test_with_extras_adds_sections_without_mutating(tmp_path: Path) -> None:
    report = probe_fake(tmp_path)
    extended = report.with_extras(breakers={"gateway": "closed"})
    assert report.extras == {}
    assert extended.to_dict()["extras"] == {"breakers": {"gateway": "closed"}}


# ------------------------------------------------------------------------ real machine


def test_run_command_runs_and_reports_missing_programs() -> None:
    assert run_command([sys.executable, "-c", "print('throttled=0x0')"], 10.0).strip() == (
        "throttled=0x0"
    )
    with pytest.raises(FileNotFoundError):
        run_command(["hybridsdk-no-such-program-xyz"], 1.0)
    with pytest.raises(subprocess.CalledProcessError):
        run_command([sys.executable, "-c", "raise SystemExit(3)"], 10.0)


def test_real_probe_on_this_machine_is_json_serialisable() -> None:
    report = probe_device()
    data = json.loads(json.dumps(report.to_dict()))
    assert data["architecture"] == platform.machine()
    assert data["python_version"] == platform.python_version()
    assert data["runtimes"]["numpy"]  # a core dependency, so always installed
    if sys.platform == "linux":
        assert data["memory"]["total_bytes"] > 0
        assert data["cpu"]["logical_cores"] >= 1
    # Every signal is either read or absent with a reason.
    for section, key in (
        ("thermal_zones", "thermal"),
        ("throttling", "throttling"),
        ("battery", "battery"),
        ("ort_providers", "ort_providers"),
    ):
        assert data[section] or data["absent"][key], key
    state = read_device_state()
    assert state.memory_available_fraction is None or 0 < state.memory_available_fraction <= 1
    assert state.memory_pressure is None or 0 <= state.memory_pressure <= 1


def test_read_device_state_and_doctor_import_no_runtime() -> None:
    code = textwrap.dedent(
        """
        import sys
        from hybridsdk.cli import _doctor
        from hybridsdk.edge._probe import read_device_state
        read_device_state()
        heavy = ["onnxruntime", "ai_edge_litert", "tflite_runtime", "httpx"]
        print(",".join(m for m in heavy if m in sys.modules))
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


# ------------------------------------------------------------------------------- CLI


def test_doctor_json_output_parses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["architecture"] == platform.machine()
    assert isinstance(data["absent"], dict)
    assert data["extras"] == {}


def test_doctor_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("hybridsdk doctor")
    for label in (
        "board",
        "cpu",
        "memory",
        "runtimes",
        "ORT providers",
        "thermal",
        "throttling",
        "battery",
        "Edge TPU",
    ):
        assert f"  {label}" in out


def test_doctor_registered_sections_and_failures(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> object:
        raise RuntimeError("breaker store unavailable")

    monkeypatch.setattr(_doctor, "_SECTIONS", {})
    _doctor.register_section("breakers", lambda: {"gateway.example": "open"})
    _doctor.register_section("broken", broken)
    assert main(["doctor", "--json"]) == 0
    extras = json.loads(capsys.readouterr().out)["extras"]
    assert extras == {
        "breakers": {"gateway.example": "open"},
        "broken": {"error": "RuntimeError: breaker store unavailable"},
    }
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "breakers:" in out and "gateway.example" in out


def test_doctor_on_a_pi_with_a_bad_runtime(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_tree(tmp_path, PI_FILES)
    report = probe_fake(
        root,
        run=fake_run({"vcgencmd get_throttled": "throttled=0x50005\n"}),
        package_version=versions({"onnxruntime": "1.21.0"}),
    )
    monkeypatch.setattr(_probe, "probe_device", lambda: report)
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "Raspberry Pi 4 Model B Rev 1.4 [raspberry_pi]" in out
    assert "0x50005: under_voltage, throttled; since boot: under_voltage, throttled" in out
    assert "cpu-thermal 62.5 °C" in out
    assert "! onnxruntime 1.21.0 [crash]" in out
    assert "known to crash on import" in out
    assert main(["doctor", "--strict"]) == 1
    capsys.readouterr()
    assert main(["doctor", "--json", "--strict"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["warnings"][0]["package"] == "onnxruntime"
