"""`hybridsdk gateway` limit flags: parsing, defaults, and clear errors for bad values."""

from __future__ import annotations

import argparse

import pytest
from pydantic import ValidationError

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.cli._gateway_limits import (
    add_limit_arguments,
    limit_settings,
    parse_model_limit,
    server_options,
)
from hybridsdk.gateway._config import GatewayConfig
from hybridsdk.gateway._limits import ModelLimits
from hybridsdk.gateway._server_options import ServerOptions


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_limit_arguments(parser)
    return parser.parse_args(argv)


def test_defaults_match_the_config_defaults() -> None:
    args = parse()
    config = GatewayConfig(**limit_settings(args))
    assert config.limits == ModelLimits() and config.model_limits == {}
    assert config.max_concurrent_runs == GatewayConfig().max_concurrent_runs
    assert server_options(args) == ServerOptions()


def test_flags_reach_the_config_and_the_server() -> None:
    args = parse(
        "--max-batch-size", "8", "--model-limit", "intent-cloud-fp32:max_bytes_elements=16",
        "--model-limit", "a:b:max-batch-size=2,max_elements=10", "--max-concurrent-runs", "2",
        "--header-timeout-s", "2.5", "--max-connections", "10", "--limit-concurrency", "50",
        "--timeout-keep-alive-s", "3", "--timeout-graceful-shutdown-s", "1",
    )  # fmt: skip
    config = GatewayConfig(**limit_settings(args))
    assert config.limits_for("digits").max_batch_size == 8
    assert config.limits_for("intent-cloud-fp32").max_bytes_elements == 16
    assert config.limits_for("a:b") == ModelLimits(max_batch_size=2, max_elements=10)
    assert config.max_concurrent_runs == 2
    options = server_options(args)
    assert options.header_timeout_s == 2.5 and options.max_connections == 10
    assert options.limit_concurrency == 50 and options.timeout_graceful_shutdown_s == 1


@pytest.mark.parametrize(
    "value", ["intent", "intent:", ":max_batch_size=3", "m:rows=3", "m:max_batch_size=x", "m:a"]
)
def test_bad_model_limit_is_a_configuration_error(value: str) -> None:
    with pytest.raises(ConfigurationError, match="--model-limit"):
        parse_model_limit(value)


def test_out_of_range_values_are_refused() -> None:
    with pytest.raises(ValidationError):
        server_options(parse("--max-header-bytes", "10"))
    with pytest.raises(ValidationError):
        limit_settings(parse("--max-batch-size", "0"))
    with pytest.raises(ValidationError):
        parse_model_limit("m:max_batch_size=0")


def test_body_budget_must_fit_one_body() -> None:
    with pytest.raises(ValidationError, match="max_pending_body_bytes"):
        GatewayConfig(max_body_bytes=2 << 20, max_pending_body_bytes=1 << 20)
    assert GatewayConfig(max_body_bytes=1 << 20, max_pending_body_bytes=1 << 20)
