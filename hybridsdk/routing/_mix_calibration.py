"""A cascade threshold for a target cloud share that survives a change of class mix.

Out-of-scope requests have low local confidence, so a threshold calibrated where 3% of
requests are out of scope sends far more than its target to the cloud where 18% are.
Under such a label shift the share is a mix of two curves that do not move:

    share(t, pi) = (1 - pi) * P(escalate | in scope, t) + pi * P(escalate | out of scope, t)

`MixCalibration` keeps both curves (measured on labelled data) and solves for the
threshold at any out-of-scope share `pi`. `pi` is either known for the deployment or
estimated online from how often the local model itself says "out of scope", corrected
for its error rates (black-box shift estimation, Lipton et al. 2018):

    pi = (r - fpr) / (tpr - fpr),  r = observed rate of local top class == oos.

Requests the local model confidently calls out of scope are answered locally (see
`_out_of_scope.probably_out_of_scope`, `kept_local` here), so they never count as
escalations; the shift estimate reads the plainer signal "top class is oos".
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import ConfigurationError

__all__ = ["MixCalibration", "OnlineMixThreshold"]


def _fraction(value: float, name: str, *, closed: bool = False) -> float:
    ok = 0.0 <= value <= 1.0 if closed else 0.0 < value < 1.0
    if not ok:
        bounds = "[0, 1]" if closed else "(0, 1)"
        raise ConfigurationError(f"{name} must be in {bounds}, got {value}")
    return float(value)


@dataclass(frozen=True)
class MixCalibration:
    """The two escalation curves and the local model's out-of-scope error rates.

    Build it with `MixCalibration.fit`.

    Attributes:
        candidates: the thresholds considered (sorted, unique confidences).
        share_in: P(escalate | in scope) at each candidate.
        share_oos: P(escalate | out of scope) at each candidate.
        tpr: P(local says oos | out of scope).
        fpr: P(local says oos | in scope).
        sample_oos_share: the out-of-scope share of the labelled sample.
    """

    candidates: npt.NDArray[np.float64]
    share_in: npt.NDArray[np.float64]
    share_oos: npt.NDArray[np.float64]
    tpr: float
    fpr: float
    sample_oos_share: float

    @classmethod
    def fit(
        cls,
        confidence: npt.ArrayLike,
        says_oos: npt.ArrayLike,
        is_oos: npt.ArrayLike,
        kept_local: npt.ArrayLike | None = None,
    ) -> MixCalibration:
        """Measure the curves on a labelled sample.

        Args:
            confidence: the local model's confidence per row (max probability).
            says_oos: whether the local model's top class is out of scope, per row.
            is_oos: whether the row is truly out of scope.
            kept_local: whether the cascade answers the row locally as probably out of
                scope (default: `says_oos`).

        Raises:
            ConfigurationError: lengths differ, or a group (in scope / out of scope) is empty.
        """
        conf = np.asarray(confidence, dtype=np.float64).reshape(-1)
        says = np.asarray(says_oos, dtype=bool).reshape(-1)
        truth = np.asarray(is_oos, dtype=bool).reshape(-1)
        kept = says if kept_local is None else np.asarray(kept_local, dtype=bool).reshape(-1)
        if not conf.size == says.size == truth.size == kept.size:
            raise ConfigurationError(
                f"confidence, says_oos, is_oos and kept_local must have one value per "
                f"row; got {conf.size}, {says.size}, {truth.size}, {kept.size}"
            )
        if truth.all() or not truth.any():
            raise ConfigurationError(
                "the sample needs both in-scope and out-of-scope rows to separate the curves"
            )
        candidates = np.unique(np.concatenate([conf, [0.0, 1.0 + 1e-9]]))
        escalates = ~kept  # probable out of scope is answered locally

        def curve(mask: npt.NDArray[np.bool_]) -> npt.NDArray[np.float64]:
            c = np.sort(conf[mask & escalates])
            return np.searchsorted(c, candidates, side="left") / max(int(mask.sum()), 1)

        return cls(
            candidates=candidates,
            share_in=curve(~truth),
            share_oos=curve(truth),
            tpr=float(says[truth].mean()),
            fpr=float(says[~truth].mean()),
            sample_oos_share=float(truth.mean()),
        )

    def share(self, threshold: float, oos_share: float) -> float:
        """Expected cloud share at `threshold` when `oos_share` of requests are out of scope."""
        pi = _fraction(oos_share, "oos_share", closed=True)
        i = int(np.searchsorted(self.candidates, threshold, side="left"))
        i = min(i, self.candidates.size - 1)
        return float((1 - pi) * self.share_in[i] + pi * self.share_oos[i])

    def threshold(self, target_share: float, oos_share: float) -> float:
        """The highest threshold whose expected cloud share is <= `target_share`.

        Args:
            target_share: wanted fraction of requests escalated, in (0, 1).
            oos_share: the out-of-scope share of the traffic, in [0, 1].
        """
        target = _fraction(target_share, "target_share")
        pi = _fraction(oos_share, "oos_share", closed=True)
        shares = (1 - pi) * self.share_in + pi * self.share_oos
        ok = np.nonzero(shares <= target + 1e-12)[0]
        return float(self.candidates[ok[-1]]) if ok.size else 0.0

    def estimate_oos_share(self, says_oos_rate: float) -> float:
        """The out-of-scope share implied by the local model's observed 'oos' rate."""
        if self.tpr - self.fpr <= 1e-6:
            return self.sample_oos_share  # the local model cannot tell: keep the sample's
        return float(np.clip((says_oos_rate - self.fpr) / (self.tpr - self.fpr), 0.0, 1.0))


class OnlineMixThreshold:
    """Re-solves the threshold as the observed out-of-scope share moves.

    Args:
        calibration: the fitted curves.
        target_share: wanted cloud share, in (0, 1).
        window: how many recent requests the out-of-scope rate is counted over.
    """

    def __init__(
        self, calibration: MixCalibration, *, target_share: float, window: int = 500
    ) -> None:
        if window < 1:
            raise ConfigurationError(f"window must be at least 1 request, got {window}")
        self.calibration = calibration
        self.target_share = _fraction(target_share, "target_share")
        self._recent: deque[bool] = deque(maxlen=window)
        self._threshold = calibration.threshold(self.target_share, calibration.sample_oos_share)

    @property
    def threshold(self) -> float:
        """The current threshold."""
        return self._threshold

    @property
    def oos_share(self) -> float:
        """The current estimate of the out-of-scope share."""
        if not self._recent:
            return self.calibration.sample_oos_share
        rate = sum(self._recent) / len(self._recent)
        return self.calibration.estimate_oos_share(rate)

    def escalate(self, confidence: float, says_oos: bool, kept_local: bool | None = None) -> bool:
        """Record one request and say whether it goes to the cloud.

        Args:
            confidence: the local model's confidence.
            says_oos: whether the local model's top class is out of scope.
            kept_local: whether the cascade answers it locally as out of scope
                (default: `says_oos`).
        """
        self._recent.append(bool(says_oos))
        self._threshold = self.calibration.threshold(self.target_share, self.oos_share)
        kept = says_oos if kept_local is None else kept_local
        return (not kept) and confidence < self._threshold
