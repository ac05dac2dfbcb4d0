"""The package logger. Library code logs here and never prints."""

from __future__ import annotations

import logging

logger = logging.getLogger("hybridsdk")
logger.addHandler(logging.NullHandler())
