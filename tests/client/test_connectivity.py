from __future__ import annotations

import pytest

from hybridsdk import ConfigurationError, ConnectError, GatewayError, TransportError
from hybridsdk._connectivity import Connectivity
from tests._fakes import FakeTime


def test_goes_offline_after_consecutive_connection_failures_only() -> None:
    changes: list[bool] = []
    c = Connectivity(failures_to_offline=3, clock=FakeTime(100.0), on_change=changes.append)
    c.record_failure(ConnectError("refused"))
    c.record_failure(ConnectError("refused"))
    c.record_success()  # resets the count
    c.record_failure(ConnectError("refused"))
    c.record_failure(TransportError("reset"))
    assert c.online
    c.record_failure(ConnectError("refused"))
    assert not c.online
    assert changes == [False]


def test_server_errors_do_not_mean_offline() -> None:
    c = Connectivity(failures_to_offline=1, clock=FakeTime(100.0))
    for _ in range(5):
        c.record_failure(GatewayError("boom", status=500))
    assert c.online


def test_probes_are_rate_limited_while_offline_and_success_restores() -> None:
    clock = FakeTime(100.0)
    changes: list[bool] = []
    c = Connectivity(
        failures_to_offline=1, probe_interval_s=2.0, clock=clock, on_change=changes.append
    )
    assert not c.probe_due()  # online: no probing
    c.record_failure(ConnectError("refused"))
    assert not c.probe_due()  # just went offline
    clock.now += 1.0
    assert not c.probe_due()
    clock.now += 1.5
    assert c.probe_due()
    assert not c.probe_due()  # once per interval
    c.record_probe(False)
    assert not c.online
    clock.now += 2.0
    assert c.probe_due()
    c.record_probe(True)
    assert c.online and changes == [False, True]
    snap = c.snapshot()
    assert snap.probes == 2 and snap.transitions == 2 and snap.offline_since is None


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ConfigurationError):
        Connectivity(failures_to_offline=0, clock=FakeTime(100.0))
