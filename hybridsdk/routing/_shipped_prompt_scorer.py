"""The learned prompt scorer that ships inside the package, and its calibrated threshold.

`hybridsdk/routing/models/prompt_scorer.json` holds a `PromptScorer` fitted by
`python -m benchmarks.fit_prompt_scorer` on the TRAIN split of the committed routing
labels (`tests/routing/data/prompt_labels.json`), for the label "the cloud is right and
the device wrong" (routing the prompt helps). Beside the weights it records the label, the
training rows' count, the labels file's sha256, and the sorted scores of the training
prompts, so a threshold for any target cloud share is `threshold_for_cloud_share` on
them: no labels needed at run time. `threshold` is the one for `default_cloud_share` (the
share of training prompts on which routing helps).

The file is read on first use (`load_prompt_scorer`), never at import, and checked: a
wrong format, feature names or shapes raise `ModelLoadError` naming what is wrong.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import ModelLoadError
from hybridsdk.routing._learned_scorer import LearnedScorer
from hybridsdk.routing._prompt_scorer import (
    PROMPT_FEATURE_NAMES,
    PromptScorer,
    threshold_for_cloud_share,
)

__all__ = [
    "FORMAT",
    "LABEL",
    "SHIPPED_PATH",
    "CalibratedPromptScorer",
    "load_prompt_scorer",
    "parse_prompt_scorer",
    "payload_of",
]

FORMAT = "hybridsdk.prompt_scorer/1"
LABEL = "cloud right, device wrong"
SHIPPED_PATH = Path(__file__).resolve().parent / "models" / "prompt_scorer.json"
_REFIT = "rerun `python -m benchmarks.fit_prompt_scorer` (or reinstall hybridsdk)"


@dataclass(frozen=True)
class CalibratedPromptScorer:
    """A `PromptScorer` with the training prompts' scores it was calibrated on.

    Attributes:
        scorer: the fitted scorer; `scorer.score(prompt)` is P(routing helps).
        train_scores: the training prompts' scores, sorted.
        default_cloud_share: the share `threshold` sends to the cloud on them.
        threshold: route to the cloud when a score is above it.
        label: what the scorer predicts.
        n_train: the training rows it was fitted on.
        labels_sha256: sha256 of the labels file it was fitted from.
    """

    scorer: PromptScorer
    train_scores: npt.NDArray[np.float64]
    default_cloud_share: float
    threshold: float
    label: str
    n_train: int
    labels_sha256: str

    def threshold_for(self, cloud_share: float | None) -> float:
        """The threshold that sends `cloud_share` of the training prompts to the cloud
        (the shipped `threshold` when None).

        Args:
            cloud_share: wanted fraction in [0, 1], or None.
        """
        if cloud_share is None:
            return self.threshold
        return threshold_for_cloud_share(self.train_scores, cloud_share)


def payload_of(
    scorer: PromptScorer,
    train_scores: npt.ArrayLike,
    *,
    default_cloud_share: float,
    labels_sha256: str,
    labels_file: str,
    l2: float,
) -> dict[str, Any]:
    """The JSON object `load_prompt_scorer` reads (what the fit script writes).

    The coefficients are those of P(label) = sigmoid(((x - mean) / scale) @ coef + intercept).
    """
    model = scorer.model
    s = np.sort(np.asarray(train_scores, dtype=np.float64))
    return {
        "format": FORMAT,
        "label": LABEL,
        "score": "P(label) = sigmoid(((features - mean) / scale) . coefficients + intercept)",
        "feature_names": list(model.feature_names),
        "mean": [float(v) for v in model.mean],
        "scale": [float(v) for v in model.scale],
        "coefficients": [float(-v) for v in model.weights],
        "intercept": float(-model.bias),
        "l2": l2,
        "labels_file": labels_file,
        "labels_sha256": labels_sha256,
        "split": "train rows only (the labels' sha256 split)",
        "n_train": int(s.size),
        "default_cloud_share": default_cloud_share,
        "threshold": threshold_for_cloud_share(s, default_cloud_share),
        "train_scores": [float(v) for v in s],
    }


def _floats(data: Mapping[str, Any], key: str, n: int | None, where: str) -> list[float]:
    value = data.get(key)
    if not isinstance(value, list) or (n is not None and len(value) != n):
        want = f"a list of {n} numbers" if n is not None else "a list of numbers"
        raise ModelLoadError(f"{where}: {key!r} must be {want}, got {value!r:.80}; {_REFIT}")
    out: list[float] = []
    for v in value:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise ModelLoadError(f"{where}: {key!r} holds {v!r}, not a finite number; {_REFIT}")
        out.append(float(v))
    return out


def parse_prompt_scorer(data: object, where: str = "prompt scorer") -> CalibratedPromptScorer:
    """Check a loaded JSON object and build the scorer (ModelLoadError when malformed).

    Args:
        data: the parsed JSON.
        where: the file, for messages.
    """
    if not isinstance(data, Mapping):
        raise ModelLoadError(f"{where}: expected a JSON object; {_REFIT}")
    if data.get("format") != FORMAT:
        raise ModelLoadError(
            f"{where}: format {data.get('format')!r}, this hybridsdk reads {FORMAT!r}; {_REFIT}"
        )
    names = data.get("feature_names")
    if not isinstance(names, list) or tuple(names) != PROMPT_FEATURE_NAMES:
        raise ModelLoadError(
            f"{where}: feature_names {names!r} are not this hybridsdk's prompt features "
            f"{list(PROMPT_FEATURE_NAMES)}; {_REFIT}"
        )
    n = len(PROMPT_FEATURE_NAMES)
    mean = _floats(data, "mean", n, where)
    scale = _floats(data, "scale", n, where)
    coef = _floats(data, "coefficients", n, where)
    if any(v <= 0 for v in scale):
        raise ModelLoadError(f"{where}: every 'scale' must be > 0, got {scale}; {_REFIT}")
    intercept = _floats({"intercept": [data.get("intercept")]}, "intercept", 1, where)[0]
    scores = _floats(data, "train_scores", None, where)
    n_train = data.get("n_train")
    if not isinstance(n_train, int) or n_train < 2 or n_train != len(scores):
        raise ModelLoadError(
            f"{where}: n_train {n_train!r} must equal the {len(scores)} train_scores; {_REFIT}"
        )
    if scores != sorted(scores) or not all(0.0 <= s <= 1.0 for s in scores):
        raise ModelLoadError(f"{where}: train_scores must be sorted and in [0, 1]; {_REFIT}")
    share = _floats({"s": [data.get("default_cloud_share")]}, "s", 1, where)[0]
    threshold = _floats({"t": [data.get("threshold")]}, "t", 1, where)[0]
    if not 0.0 <= share <= 1.0:
        raise ModelLoadError(f"{where}: default_cloud_share {share} is not in [0, 1]; {_REFIT}")
    model = LearnedScorer(
        feature_names=PROMPT_FEATURE_NAMES,
        mean=np.array(mean),
        scale=np.array(scale),
        # Stored as the coefficients of P(label); LearnedScorer predicts its complement.
        weights=-np.array(coef),
        bias=-intercept,
    )
    return CalibratedPromptScorer(
        scorer=PromptScorer(model),
        train_scores=np.array(scores),
        default_cloud_share=share,
        threshold=threshold,
        label=str(data.get("label", "")),
        n_train=n_train,
        labels_sha256=str(data.get("labels_sha256", "")),
    )


def load_prompt_scorer(path: str | Path | None = None) -> CalibratedPromptScorer:
    """The scorer stored at `path` (default: the one shipped in the package).

    Args:
        path: a file written by `python -m benchmarks.fit_prompt_scorer`.

    Raises:
        ModelLoadError: the file is missing, not JSON, or not a valid scorer.
    """
    if path is None:
        return _shipped()
    return _load(Path(path))


@functools.lru_cache(maxsize=1)
def _shipped() -> CalibratedPromptScorer:
    return _load(SHIPPED_PATH)


def _load(path: Path) -> CalibratedPromptScorer:
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ModelLoadError(f"no prompt scorer at {path}; {_REFIT}") from None
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"{path} is not a readable JSON prompt scorer: {exc}") from None
    return parse_prompt_scorer(data, str(path))
