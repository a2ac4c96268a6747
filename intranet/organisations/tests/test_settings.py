"""Production settings: refuse to start without their secrets, and pass `check --deploy` once given them."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)

# A developer's own .env must not hide a missing variable: the subprocess never reads it.
NO_DOTENV = "import environ; environ.Env.read_env = classmethod(lambda *args, **kwargs: None)"

SETUP = NO_DOTENV + "; import django; django.setup(); print('started')"

CHECK_DEPLOY = (
    NO_DOTENV + "; import sys; from django.core.management import execute_from_command_line; "
    "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
)


REQUIRED = ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "WAGTAILADMIN_BASE_URL"]

# One interpreter tries each case with a fresh import of the settings (what django.setup() does first), which is
# much faster than one Django start per case.
EACH_MISSING = (
    NO_DOTENV
    + """
import importlib, json, os, sys
full = dict(os.environ)
results = {}
for missing in json.loads(sys.argv[1]):
    os.environ.clear(); os.environ.update({k: v for k, v in full.items() if k != missing})
    for name in [m for m in sys.modules if m.startswith("intranet.settings")]:
        del sys.modules[name]
    try:
        importlib.import_module("intranet.settings.production")
    except Exception as error:
        results[missing] = [type(error).__name__, str(error)]
    else:
        results[missing] = None
print(json.dumps(results))
"""
)


def production_env(tmp_path, **overrides) -> dict:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "intranet.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "intranet.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
        "WAGTAILADMIN_BASE_URL": "https://intranet.example.org",
    }
    env.update(overrides)
    return {name: value for name, value in env.items() if value is not None}


def run(code: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_production_settings_refuse_to_start_without_each_required_variable(tmp_path):
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", EACH_MISSING, json.dumps(REQUIRED)],
        cwd=BASE_DIR,
        env=production_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)
    for missing in REQUIRED:
        assert results[missing] is not None, f"production settings load without {missing}"
        error_class, message = results[missing]
        assert error_class == "ImproperlyConfigured"
        assert missing in message


def test_production_settings_refuse_to_start_without_secret_key_through_django_setup(tmp_path):
    result = run(SETUP, production_env(tmp_path, SECRET_KEY=None))
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr
    assert "started" not in result.stdout


def test_production_starts_with_every_variable_set_and_is_never_in_debug(tmp_path):
    code = NO_DOTENV + "; import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
    result = run(code, production_env(tmp_path, DEBUG="True"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_check_deploy_passes_without_warnings(tmp_path):
    result = run(CHECK_DEPLOY, production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_notices_a_weak_secret_key(tmp_path):
    """The check above is meaningful: with a short key the same command fails."""
    result = run(CHECK_DEPLOY, production_env(tmp_path, SECRET_KEY="short"))
    assert result.returncode != 0
    assert "security.W009" in result.stdout + result.stderr
