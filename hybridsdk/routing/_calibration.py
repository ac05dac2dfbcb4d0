"""Choosing and tracking the cascade threshold, and measuring how good a router is.

A cascade escalates a local answer to the cloud when its confidence is below a threshold
(`confidence < threshold`). On a labelled sample (local confidence, local correct?, cloud
correct?) this module:

- picks the threshold for a target cloud share or a target accuracy, out of fold:
  `calibrate()` tunes on k-1 folds and judges on the held-out one, so the figures it
  reports were never measured on the data the threshold was tuned on;
- draws the accuracy-vs-cloud-share curve of the cascade, of random routing and of the
  oracle, and summarises it as RouteLLM does: APGR (area under the performance gap
  recovered curve; random routing scores 0.5) and CPT(x) (the cloud share needed to
  recover x of the local->cloud accuracy gap);
- keeps the realised cloud share near its target when inputs drift (`OnlineThreshold`).

Everything is numpy; nothing here runs a model.
"""

from __future__ import annotations

import dataclasses
import math
import threading
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from hybridsdk._exceptions import ConfigurationError, InputValidationError

__all__ = [
    "Calibration",
    "Curve",
    "OnlineThreshold",
    "apgr",
    "calibrate",
    "cascade_curve",
    "cpt",
    "oracle_curve",
    "random_curve",
    "threshold_for_accuracy",
    "threshold_for_cloud_share",
]

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


def _as_conf(confidences: npt.ArrayLike) -> FloatArray:
    conf = np.asarray(confidences, dtype=np.float64).reshape(-1)
    if conf.size == 0:
        raise InputValidationError("need at least one confidence to calibrate on")
    if not np.all(np.isfinite(conf)):
        raise InputValidationError("confidences contain NaN or infinity")
    return conf


def _as_bool(values: npt.ArrayLike, n: int, name: str) -> BoolArray:
    arr = np.asarray(values).reshape(-1)
    if arr.size != n:
        raise InputValidationError(f"{name} has {arr.size} values but there are {n} confidences")
    if arr.dtype != np.bool_:
        if not np.all((arr == 0) | (arr == 1)):
            raise InputValidationError(f"{name} must hold booleans (or 0/1)")
        arr = arr.astype(np.bool_)
    return arr


def _check_fraction(value: float, name: str) -> float:
    if not (isinstance(value, (int, float)) and 0.0 <= value <= 1.0):
        raise ConfigurationError(f"{name}={value!r} must be a number within [0, 1]")
    return float(value)


def _boundaries(sorted_conf: FloatArray) -> tuple[npt.NDArray[np.intp], FloatArray]:
    """Achievable escalation counts k and a threshold for each.

    With ties a threshold escalates a whole tie group or none of it, so only counts at
    group boundaries are achievable. The threshold for k is the midpoint between the k-th
    and (k+1)-th smallest confidence: `conf < threshold` escalates exactly k.
    """
    n = sorted_conf.size
    steps = np.flatnonzero(sorted_conf[1:] > sorted_conf[:-1]) + 1
    ks = np.concatenate(([0], steps, [n])).astype(np.intp)
    thr = np.empty(ks.size, dtype=np.float64)
    thr[0] = sorted_conf[0]
    thr[1:-1] = (sorted_conf[steps - 1] + sorted_conf[steps]) / 2.0
    thr[-1] = np.nextafter(sorted_conf[-1], np.inf)
    return ks, thr


def threshold_for_cloud_share(confidences: npt.ArrayLike, target_share: float) -> float:
    """The threshold whose cloud share on this sample is closest to `target_share`.

    Args:
        confidences: local post-hoc confidences (higher = surer).
        target_share: wanted fraction escalated to the cloud, in [0, 1].
    """
    conf = np.sort(_as_conf(confidences))
    target = _check_fraction(target_share, "target_share")
    ks, thr = _boundaries(conf)
    best = int(np.argmin(np.abs(ks - target * conf.size)))
    return float(thr[best])


def _cascade_accuracy(
    conf: FloatArray, local_correct: BoolArray, cloud_correct: BoolArray
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Cloud share, accuracy and threshold at every achievable escalation count."""
    order = np.argsort(conf, kind="stable")
    s = conf[order]
    lc = local_correct[order].astype(np.float64)
    cc = cloud_correct[order].astype(np.float64)
    n = s.size
    # Escalating the k least confident: cloud answers those, local the rest.
    cloud_right = np.concatenate(([0.0], np.cumsum(cc)))
    local_right = lc.sum() - np.concatenate(([0.0], np.cumsum(lc)))
    ks, thr = _boundaries(s)
    acc = (cloud_right[ks] + local_right[ks]) / n
    return ks / n, acc, thr


def threshold_for_accuracy(
    confidences: npt.ArrayLike,
    local_correct: npt.ArrayLike,
    cloud_correct: npt.ArrayLike,
    target_accuracy: float,
) -> float:
    """The threshold with the smallest cloud share that reaches `target_accuracy` here.

    Args:
        confidences: local post-hoc confidences.
        local_correct: whether the local answer was right, per sample.
        cloud_correct: whether the cloud answer was right, per sample.
        target_accuracy: wanted cascade accuracy, in [0, 1].

    Raises:
        ConfigurationError: no threshold reaches the target on this sample.
    """
    conf = _as_conf(confidences)
    lc = _as_bool(local_correct, conf.size, "local_correct")
    cc = _as_bool(cloud_correct, conf.size, "cloud_correct")
    target = _check_fraction(target_accuracy, "target_accuracy")
    share, acc, thr = _cascade_accuracy(conf, lc, cc)
    ok = np.flatnonzero(acc >= target - 1e-12)
    if ok.size == 0:
        best = int(np.argmax(acc))
        raise ConfigurationError(
            f"no threshold reaches accuracy {target:.4f} on this sample; the best is "
            f"{acc[best]:.4f} at cloud share {share[best]:.3f}. Lower the target."
        )
    return float(thr[ok[0]])


@dataclasses.dataclass(frozen=True)
class Calibration:
    """A threshold chosen out of fold, and how it did on the folds it never saw.

    Attributes:
        threshold: the threshold to deploy: the median of the per-fold thresholds.
        fold_thresholds: the threshold tuned on all folds but fold i, for each i.
        oof_cloud_share: cloud share of each held-out fold under its own fold threshold,
            pooled over all samples.
        oof_accuracy: cascade accuracy measured the same way.
        folds: the sample indices of each fold.
    """

    threshold: float
    fold_thresholds: tuple[float, ...]
    oof_cloud_share: float
    oof_accuracy: float
    folds: tuple[npt.NDArray[np.intp], ...]


def calibrate(
    confidences: npt.ArrayLike,
    local_correct: npt.ArrayLike,
    cloud_correct: npt.ArrayLike,
    *,
    target_cloud_share: float | None = None,
    target_accuracy: float | None = None,
    folds: int = 5,
    seed: int = 0,
) -> Calibration:
    """Choose the cascade threshold out of fold (k-fold: tune on k-1, judge on the rest).

    Give exactly one of `target_cloud_share` and `target_accuracy`.

    Args:
        confidences: local post-hoc confidences on a labelled sample.
        local_correct: whether the local answer was right, per sample.
        cloud_correct: whether the cloud answer was right, per sample.
        target_cloud_share: wanted fraction sent to the cloud.
        target_accuracy: wanted accuracy (the smallest cloud share that reaches it).
        folds: number of folds k (>= 2).
        seed: seed of the fold shuffle.
    """
    conf = _as_conf(confidences)
    n = conf.size
    lc = _as_bool(local_correct, n, "local_correct")
    cc = _as_bool(cloud_correct, n, "cloud_correct")
    if (target_cloud_share is None) == (target_accuracy is None):
        raise ConfigurationError("give exactly one of target_cloud_share and target_accuracy")
    if not (isinstance(folds, int) and 2 <= folds <= n):
        raise ConfigurationError(f"folds={folds!r} must be an int in [2, {n}] (the sample size)")
    perm = np.random.default_rng(seed).permutation(n)
    parts = tuple(np.sort(p).astype(np.intp) for p in np.array_split(perm, folds))
    thresholds: list[float] = []
    escalated = 0
    correct = 0
    for i, held in enumerate(parts):
        tune = np.concatenate([p for j, p in enumerate(parts) if j != i])
        if target_cloud_share is not None:
            thr = threshold_for_cloud_share(conf[tune], target_cloud_share)
        else:
            assert target_accuracy is not None
            try:
                thr = threshold_for_accuracy(conf[tune], lc[tune], cc[tune], target_accuracy)
            except ConfigurationError as exc:
                raise ConfigurationError(f"tuning for held-out fold {i}: {exc}") from None
        thresholds.append(thr)
        up = conf[held] < thr
        escalated += int(up.sum())
        correct += int(np.where(up, cc[held], lc[held]).sum())
    return Calibration(
        threshold=float(np.median(thresholds)),
        fold_thresholds=tuple(thresholds),
        oof_cloud_share=escalated / n,
        oof_accuracy=correct / n,
        folds=parts,
    )


# --- curves and their summaries -------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Curve:
    """Accuracy as a function of the share of requests sent to the cloud.

    Attributes:
        cloud_share: increasing, from 0 to 1.
        accuracy: accuracy at each share.
        thresholds: for the cascade, the threshold that realises each point (else None).
    """

    cloud_share: FloatArray
    accuracy: FloatArray
    thresholds: FloatArray | None = None

    @property
    def local_accuracy(self) -> float:
        return float(self.accuracy[0])

    @property
    def cloud_accuracy(self) -> float:
        return float(self.accuracy[-1])

    def accuracy_at(self, share: float) -> float:
        """Accuracy at `share`, linear between points (mixing two thresholds at random)."""
        return float(np.interp(_check_fraction(share, "share"), self.cloud_share, self.accuracy))

    def pgr(self) -> FloatArray:
        """Performance gap recovered at each point: (acc - local) / (cloud - local)."""
        gap = self.cloud_accuracy - self.local_accuracy
        if gap <= 0.0:
            raise ConfigurationError(
                f"the cloud accuracy ({self.cloud_accuracy:.4f}) is not above the local one "
                f"({self.local_accuracy:.4f}) on this sample: there is no gap to recover"
            )
        return (self.accuracy - self.local_accuracy) / gap

    def apgr(self) -> float:
        """Average performance gap recovered over this curve; see `apgr`."""
        return apgr(self)

    def cpt(self, recovered: float) -> float:
        """Cloud share needed to recover `recovered` of the gap; see `cpt`.

        Args:
            recovered: fraction of the local->cloud accuracy gap, in [0, 1].
        """
        return cpt(self, recovered)


def cascade_curve(
    confidences: npt.ArrayLike, local_correct: npt.ArrayLike, cloud_correct: npt.ArrayLike
) -> Curve:
    """The curve of the confidence cascade, one point per achievable threshold.

    Args:
        confidences: local post-hoc confidences.
        local_correct: whether the local answer was right, per sample.
        cloud_correct: whether the cloud answer was right, per sample.
    """
    conf = _as_conf(confidences)
    lc = _as_bool(local_correct, conf.size, "local_correct")
    cc = _as_bool(cloud_correct, conf.size, "cloud_correct")
    share, acc, thr = _cascade_accuracy(conf, lc, cc)
    return Curve(share, acc, thr)


def random_curve(
    local_correct: npt.ArrayLike, cloud_correct: npt.ArrayLike, *, points: int = 101
) -> Curve:
    """The expected curve of routing a random share to the cloud: a straight line.

    Args:
        local_correct: whether the local answer was right, per sample.
        cloud_correct: whether the cloud answer was right, per sample.
        points: number of points on the curve.
    """
    lc = np.asarray(local_correct).reshape(-1)
    cc = _as_bool(cloud_correct, lc.size, "cloud_correct")
    lc = _as_bool(lc, cc.size, "local_correct")
    if points < 2:
        raise ConfigurationError(f"points={points} must be >= 2")
    share = np.linspace(0.0, 1.0, points)
    acc = (1.0 - share) * lc.mean() + share * cc.mean()
    return Curve(share, acc)


def oracle_curve(local_correct: npt.ArrayLike, cloud_correct: npt.ArrayLike) -> Curve:
    """The best any router could do at each cloud share, knowing the answers.

    It escalates first where only the cloud is right, then where both agree, and last
    where only local is right: no router beats it at any share.

    Args:
        local_correct: whether the local answer was right, per sample.
        cloud_correct: whether the cloud answer was right, per sample.
    """
    lc = np.asarray(local_correct).reshape(-1)
    cc = _as_bool(cloud_correct, lc.size, "cloud_correct")
    lc = _as_bool(lc, cc.size, "local_correct")
    gain = cc.astype(np.int64) - lc.astype(np.int64)  # +1, 0 or -1 per escalation
    steps = np.sort(gain)[::-1]
    n = lc.size
    acc = (lc.sum() + np.concatenate(([0], np.cumsum(steps)))) / n
    return Curve(np.arange(n + 1) / n, acc.astype(np.float64))


def apgr(curve: Curve) -> float:
    """Average performance gap recovered: the area under PGR(cloud share) on [0, 1].

    RouteLLM's definition; random routing scores 0.5, a perfect router close to 1.

    Args:
        curve: from `cascade_curve`, `random_curve` or `oracle_curve`.
    """
    pgr = curve.pgr()
    x = curve.cloud_share
    return float(np.sum((x[1:] - x[:-1]) * (pgr[1:] + pgr[:-1]) / 2.0))


def cpt(curve: Curve, recovered: float) -> float:
    """Call-performance threshold: the cloud share needed to recover `recovered` of the gap.

    CPT(0.5), CPT(0.8), CPT(0.95) in RouteLLM's tables. Linear between curve points.

    Args:
        curve: from `cascade_curve`, `random_curve` or `oracle_curve`.
        recovered: fraction of the local->cloud accuracy gap, in [0, 1].
    """
    target = _check_fraction(recovered, "recovered")
    pgr = curve.pgr()
    x = curve.cloud_share
    hit = np.flatnonzero(pgr >= target - 1e-12)
    i = int(hit[0])  # pgr[-1] == 1, so there is always a hit
    if i == 0:
        return 0.0
    x0, x1, p0, p1 = x[i - 1], x[i], pgr[i - 1], pgr[i]
    return float(x0 + (target - p0) / (p1 - p0) * (x1 - x0))


# --- online tracking ------------------------------------------------------------------


class OnlineThreshold:
    """Keeps the realised cloud share near `target_share` while inputs drift.

    A Robbins-Monro quantile tracker: after each answer, `threshold -= lr * (escalated -
    target_share)`, so the threshold settles where `P(confidence < threshold)` equals the
    target. It steps in logit space: max-probabilities crowd near 1, where a fixed step
    in probability space would be far too coarse.

    Over T answers the realised share differs from the target by at most
    |logit(thr_T) - logit(thr_0)| / (lr * T): the tracker pays back every excess
    escalation.

    Args:
        target_share: wanted fraction escalated, in (0, 1).
        initial_threshold: the starting threshold, e.g. from `calibrate()`, in (0, 1).
        lr: step size in logit units.
    """

    _EPS = 1e-9

    def __init__(self, *, target_share: float, initial_threshold: float, lr: float = 0.5) -> None:
        if not (0.0 < target_share < 1.0):
            raise ConfigurationError(f"target_share={target_share} must be within (0, 1)")
        if not (0.0 < initial_threshold < 1.0):
            raise ConfigurationError(
                f"initial_threshold={initial_threshold} must be within (0, 1); "
                "use a threshold from calibrate()"
            )
        if not (math.isfinite(lr) and lr > 0.0):
            raise ConfigurationError(f"lr={lr} must be a finite number > 0")
        self.target_share = float(target_share)
        self.lr = float(lr)
        self._z = self._logit(initial_threshold)
        self._seen = 0
        self._escalated = 0
        self._lock = threading.Lock()

    @classmethod
    def _logit(cls, p: float) -> float:
        p = min(max(p, cls._EPS), 1.0 - cls._EPS)
        return math.log(p / (1.0 - p))

    @property
    def threshold(self) -> float:
        """The current threshold in confidence units."""
        return 1.0 / (1.0 + math.exp(-self._z))

    @property
    def realised_share(self) -> float:
        """Fraction escalated so far (0 before the first answer)."""
        return self._escalated / self._seen if self._seen else 0.0

    @property
    def seen(self) -> int:
        """How many confidences were processed."""
        return self._seen

    def escalate(self, confidence: float) -> bool:
        """Decide for one answer whether to escalate, then update the threshold.

        Args:
            confidence: the local answer's post-hoc confidence in [0, 1].
        """
        if not (0.0 <= confidence <= 1.0):
            raise InputValidationError(f"confidence={confidence!r} must be within [0, 1]")
        z = self._logit(confidence)
        with self._lock:
            up = z < self._z
            self._z -= self.lr * ((1.0 if up else 0.0) - self.target_share)
            self._seen += 1
            self._escalated += up
        return up

    def escalate_many(self, confidences: Sequence[float] | npt.ArrayLike) -> BoolArray:
        """`escalate` over a stream, in order; returns the escalation flags."""
        conf = np.asarray(confidences, dtype=np.float64).reshape(-1)
        return np.fromiter((self.escalate(float(c)) for c in conf), dtype=np.bool_, count=conf.size)
