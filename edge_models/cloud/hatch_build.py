"""Build hook: put the signed zoo's files (as listed by its manifest) into the wheel."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SIGNED = ("manifest.json", "manifest.json.sig", "manifest.pub", "README.md")


class ZooFiles(BuildHookInterface):  # type: ignore[misc]
    """Force-include the zoo beside this folder (edge_models/): manifest, signature, key and
    every listed model."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        zoo = Path(self.root).resolve().parent  # this package lives in edge_models/cloud/
        manifest = json.loads((zoo / "manifest.json").read_text(encoding="utf-8"))
        files = [*SIGNED, *(entry["file"] for entry in manifest["models"])]
        for name in files:
            build_data["force_include"][str(zoo / name)] = f"hybridsdk_cloud_models/zoo/{name}"
        # Encoder-backed text models: their own manifest and head files (text/).
        text = Path(self.root).resolve() / "text"
        if (text / "manifest.json").is_file():
            listed = json.loads((text / "manifest.json").read_text(encoding="utf-8"))
            for name in {*SIGNED[:3], *(entry["file"] for entry in listed["models"])}:
                build_data["force_include"][str(text / name)] = (
                    f"hybridsdk_cloud_models/text/{name}"
                )
