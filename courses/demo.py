"""Load the demo's courses (placeholder until the demo content lands)."""

from collections import Counter


def courses_demo_load(*, created: Counter) -> None:
    """Idempotent: finds what exists and adds only what is missing."""
