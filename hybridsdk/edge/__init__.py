"""On-device inference: model zoo, verification, runtimes, device probe.

Public names load on first use (see `hybridsdk._lazy`)."""

from hybridsdk._lazy import lazy_exports as _lazy_exports

_LAZY = {
    "BatteryInfo": "hybridsdk.edge._probe",
    "BoardInfo": "hybridsdk.edge._probe",
    "CPU_PROVIDER": "hybridsdk.edge._providers",
    "CpuInfo": "hybridsdk.edge._probe",
    "DEFAULT_LITERT_DELEGATES": "hybridsdk.edge._providers",
    "DEFAULT_ORT_PROVIDERS": "hybridsdk.edge._providers",
    "DeviceReport": "hybridsdk.edge._probe",
    "DeviceState": "hybridsdk.edge._probe",
    "EdgeTpuInfo": "hybridsdk.edge._probe",
    "KNOWN_BAD_VERSIONS": "hybridsdk.edge._probe",
    "KnownBadVersion": "hybridsdk.edge._probe",
    "LocalModel": "hybridsdk.edge._local_model",
    "Manifest": "hybridsdk.edge._manifest",
    "MemoryInfo": "hybridsdk.edge._probe",
    "ModelEntry": "hybridsdk.edge._manifest",
    "ModelRegistry": "hybridsdk.edge._registry",
    "PUBLIC_KEY_NAME": "hybridsdk.edge._signing",
    "PublicKeySource": "hybridsdk.edge._signing",
    "RuntimeVersionWarning": "hybridsdk.edge._probe",
    "SIGNATURE_NAME": "hybridsdk.edge._signing",
    "TensorSpec": "hybridsdk.edge._manifest",
    "ThermalZone": "hybridsdk.edge._probe",
    "ThrottleStatus": "hybridsdk.edge._probe",
    "check_runtime_versions": "hybridsdk.edge._probe",
    "default_models_dir": "hybridsdk.edge._registry",
    "default_threads": "hybridsdk.edge._providers",
    "key_fingerprint": "hybridsdk.edge._signing",
    "load_model": "hybridsdk.edge._local_model",
    "load_or_create_private_key": "hybridsdk.edge._signing",
    "load_public_key": "hybridsdk.edge._signing",
    "parse_throttled": "hybridsdk.edge._probe",
    "physical_cores": "hybridsdk.edge._providers",
    "probe_device": "hybridsdk.edge._probe",
    "public_key_pem": "hybridsdk.edge._signing",
    "read_device_state": "hybridsdk.edge._probe",
    "run_command": "hybridsdk.edge._probe",
    "select_litert_delegates": "hybridsdk.edge._providers",
    "select_providers": "hybridsdk.edge._providers",
    "sign_manifest": "hybridsdk.edge._signing",
    "verify_manifest": "hybridsdk.edge._signing",
    "verify_manifest_bytes": "hybridsdk.edge._signing",
}

__all__ = sorted(_LAZY)
__getattr__, __dir__ = _lazy_exports(__name__, globals(), _LAZY, __all__)
