"""Slow down password guessing: a few failed sign-ins per address and computer, more per computer, then a pause.

Counts live in the cache (Redis in production, shared by every web process). A person who is locked out
can still reset their password by e-mail.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 15 * 60
MAX_FAILURES_PER_ADDRESS = 5
MAX_FAILURES_PER_CLIENT = 50


@dataclass(frozen=True)
class LoginAttempt:
    email: str
    client: str

    @property
    def address_key(self) -> str:
        return f"login-failures:{self.client}:{self.email.strip().lower()}"

    @property
    def keys(self) -> dict[str, int]:
        return {self.address_key: MAX_FAILURES_PER_ADDRESS, f"login-failures:{self.client}": MAX_FAILURES_PER_CLIENT}

    def is_blocked(self) -> bool:
        counts = cache.get_many(self.keys)
        return any(counts.get(key, 0) >= limit for key, limit in self.keys.items())

    def record_failure(self) -> None:
        for key in self.keys:
            cache.add(key, 0, WINDOW_SECONDS)
            try:
                cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.set(key, 1, WINDOW_SECONDS)

    def clear(self) -> None:
        cache.delete(self.address_key)


def client_address(request) -> str:
    """The visitor's address. Behind `TRUSTED_PROXY_COUNT` proxies, the entry those proxies appended to
    X-Forwarded-For; anything further left was written by the visitor and proves nothing."""
    if request is None:
        return "unknown"
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "unknown")
