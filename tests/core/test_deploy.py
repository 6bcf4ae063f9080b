"""`relocalisation check --deploy` is clean with production settings, and production refuses to start
without its secrets."""
import os
import subprocess
import sys

import pytest

PROD_ENV = {
    "DJANGO_SETTINGS_MODULE": "relocalisation.settings.production",
    "SECRET_KEY": "x" * 20 + "-production-test-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "relocalisation.example.gouv.fr",
    "DATABASE_URL": "sqlite:////tmp/relocalisation-deploy-check.sqlite3",
}


def _run(env_overrides, *args):
    env = {k: v for k, v in os.environ.items()
           if k not in PROD_ENV and k not in ("DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    env.update(env_overrides)
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    return subprocess.run([sys.executable, "-m", "relocalisation.manage", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_check_deploy_is_clean():
    result = _run(PROD_ENV, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_missing_secret(missing):
    env = {k: v for k, v in PROD_ENV.items() if k != missing}
    result = _run(env, "check")
    assert result.returncode != 0
    assert missing in result.stderr
