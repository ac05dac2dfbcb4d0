"""Pre-hoc prompt routing for generation: how likely is the device model to get it wrong?

Features of the prompt alone (`PROMPT_FEATURE_NAMES`: length, digits, maths operators,
code markers, several questions, non-Latin script, personal data found by `PiiScanner`)
go into a small L2 logistic regression (`train_scorer`), fitted on labels made offline
by running the device model on a training split and checking its answers
(`benchmarks/prompt_labels.py`). `PromptScorer.score` returns a number; the threshold is
chosen apart (`threshold_for_cloud_share`) so it can be recalibrated without refitting.

`auroc` is here so every candidate signal, pre-hoc or post-hoc, is measured the same way
on held-out data before it is trusted.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import InputValidationError
from hybridsdk.routing._complexity import text_features
from hybridsdk.routing._detectors import PiiScanner
from hybridsdk.routing._learned_scorer import LearnedScorer, train_scorer

__all__ = [
    "PROMPT_FEATURE_NAMES",
    "PromptScorer",
    "auroc",
    "prompt_features",
    "prompt_text",
    "threshold_for_cloud_share",
]

PROMPT_FEATURE_NAMES: tuple[str, ...] = (
    "log_tokens",
    "digit_share",
    "log_math_ops",
    "log_code_markers",
    "extra_questions",
    "non_latin_share",
    "pii_findings",
)


def prompt_text(prompt: str | Sequence[Mapping[str, Any]]) -> str:
    """The text a scorer reads: a string as is, or the user turns of chat messages.

    Args:
        prompt: a string, or OpenAI chat messages (`content` a string or text parts).
    """
    if isinstance(prompt, str):
        return prompt
    parts: list[str] = []
    for i, msg in enumerate(prompt):
        if not isinstance(msg, Mapping) or "content" not in msg:
            raise InputValidationError(f"messages[{i}] must be a mapping with a 'content'")
        if msg.get("role", "user") != "user":
            continue
        content = msg["content"]
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, Sequence):
            parts.extend(str(p.get("text", "")) for p in content if isinstance(p, Mapping))
        else:
            raise InputValidationError(f"messages[{i}].content must be a string or text parts")
    return "\n".join(parts)


def prompt_features(
    prompt: str | Sequence[Mapping[str, Any]], *, scanner: PiiScanner | None = None
) -> npt.NDArray[np.float64]:
    """The pre-hoc features of one prompt, in `PROMPT_FEATURE_NAMES` order.

    Args:
        prompt: a string or chat messages (see `prompt_text`).
        scanner: the personal-data scanner (default detectors when None).
    """
    text = prompt_text(prompt)
    f = text_features(text)
    pii = len((scanner or _default_scanner()).scan(text)) if text else 0
    return np.array(
        [
            math.log1p(f["tokens"]),
            f["digit_share"],
            math.log1p(f["math_ops"]),
            math.log1p(f["code_markers"]),
            max(0.0, f["questions"] - 1.0),
            f["non_latin_share"],
            float(pii),
        ],
        dtype=np.float64,
    )


_SCANNER: list[PiiScanner] = []


def _default_scanner() -> PiiScanner:
    if not _SCANNER:
        _SCANNER.append(PiiScanner(use_phonenumbers=False))
    return _SCANNER[0]


class PromptScorer:
    """Scores prompts: the probability that the device model answers wrong.

    Higher means "send to the cloud". Compare with a threshold from
    `threshold_for_cloud_share`; the scorer itself holds none.

    Args:
        model: a fitted `LearnedScorer` over `PROMPT_FEATURE_NAMES`.
    """

    def __init__(self, model: LearnedScorer) -> None:
        if tuple(model.feature_names) != PROMPT_FEATURE_NAMES:
            raise InputValidationError(
                f"the model was fitted on {model.feature_names}, not {PROMPT_FEATURE_NAMES}"
            )
        self.model = model

    @classmethod
    def fit(
        cls,
        prompts: Sequence[str | Sequence[Mapping[str, Any]]],
        device_correct: Sequence[bool],
        *,
        l2: float = 1.0,
    ) -> PromptScorer:
        """Fit on labelled prompts (a training split only).

        Args:
            prompts: the prompts.
            device_correct: whether the device model answered each one right.
            l2: L2 penalty of the logistic regression.
        """
        if len(prompts) != len(device_correct):
            raise InputValidationError(f"{len(device_correct)} labels for {len(prompts)} prompts")
        x = np.stack([prompt_features(p) for p in prompts]) if prompts else np.zeros((0, 7))
        return cls(train_scorer(x, device_correct, feature_names=PROMPT_FEATURE_NAMES, l2=l2))

    def scores(
        self, prompts: Sequence[str | Sequence[Mapping[str, Any]]]
    ) -> npt.NDArray[np.float64]:
        """P(device wrong) for each prompt.

        Args:
            prompts: strings or chat messages.
        """
        if not prompts:
            return np.zeros(0)
        x = np.stack([prompt_features(p) for p in prompts])
        return 1.0 - np.asarray(self.model.predict(x), dtype=np.float64)

    def score(self, prompt: str | Sequence[Mapping[str, Any]]) -> float:
        """P(device wrong) for one prompt.

        Args:
            prompt: a string or chat messages.
        """
        return float(self.scores([prompt])[0])


def threshold_for_cloud_share(scores: npt.ArrayLike, cloud_share: float) -> float:
    """The threshold that sends about `cloud_share` of these scores to the cloud.

    Route to the cloud when `score > threshold`.

    Args:
        scores: scores of a calibration sample (not the training split).
        cloud_share: wanted fraction in [0, 1].
    """
    s = np.sort(np.asarray(scores, dtype=np.float64).reshape(-1))
    if s.size == 0:
        raise InputValidationError("threshold_for_cloud_share needs at least one score")
    if not 0.0 <= cloud_share <= 1.0 or math.isnan(cloud_share):
        raise InputValidationError(f"cloud_share must be in [0, 1], got {cloud_share}")
    k = round((1.0 - cloud_share) * s.size)  # how many stay on the device
    if k >= s.size:
        return float(s[-1])
    if k == 0:
        return float(np.nextafter(s[0], -np.inf))
    # Tied scores all go the same way ("score > threshold"), so only some counts are
    # reachable: take the one nearest k (k itself when there are no ties).
    values = np.unique(s)
    stay = np.searchsorted(s, values, side="right")
    return float(values[int(np.argmin(np.abs(stay - k)))])


def auroc(scores: npt.ArrayLike, positives: npt.ArrayLike) -> float:
    """Area under the ROC curve: P(score of a positive > score of a negative), ties half.

    Args:
        scores: one number per sample.
        positives: booleans, True for the class the score should rank high.
    """
    s = np.asarray(scores, dtype=np.float64).reshape(-1)
    y = np.asarray(positives, dtype=bool).reshape(-1)
    if s.size != y.size:
        raise InputValidationError(f"{s.size} scores for {y.size} labels")
    pos, neg = s[y], s[~y]
    if pos.size == 0 or neg.size == 0:
        raise InputValidationError("auroc needs both positive and negative samples")
    greater = (pos[:, None] > neg[None, :]).sum()
    ties = (pos[:, None] == neg[None, :]).sum()
    return float((greater + 0.5 * ties) / (pos.size * neg.size))
