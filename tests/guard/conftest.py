"""Fixtures shared by the guard's tests: one detector per module and a fresh guard per test."""

from __future__ import annotations

import pytest

from redline.guard import Guard
from redline.text import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.fixture
def guard(detector: Detector) -> Guard:
    return Guard(detector=detector)
