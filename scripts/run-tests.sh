#!/usr/bin/env bash
# Runs the whole suite: once on SQLite (with the browser tests), once on PostgreSQL when a server
# answers on 127.0.0.1:5432 (started here if installed but stopped). Installs Debian's chromium for
# Playwright if missing (never `playwright install`).
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin

log() { printf '\n=== %s ===\n' "$*"; }

if ! command -v chromium >/dev/null 2>&1; then
  log "Installation de chromium (paquet Debian) pour les tests navigateur"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

PG_URL=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}
pg_up() { "$BIN/python" - "$PG_URL" <<'PY'
import sys, psycopg
try:
    psycopg.connect(sys.argv[1], connect_timeout=3).close()
except Exception as exc:
    print(exc, file=sys.stderr); sys.exit(1)
PY
}
if ! pg_up 2>/dev/null && command -v pg_lsclusters >/dev/null 2>&1; then
  log "Démarrage du serveur PostgreSQL local"
  for version in $(ls /etc/postgresql 2>/dev/null); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || pg_ctlcluster "$version" main start || true
  done
  for _ in $(seq 1 20); do pg_up 2>/dev/null && break; sleep 1; done
fi

status=0
log "Suite complète sur SQLite"
"$BIN/pytest" "$@" || status=$?

if pg_up 2>/dev/null; then
  log "Suite sur PostgreSQL ($PG_URL) — hors tests navigateur, déjà joués sur SQLite"
  DATABASE_URL="$PG_URL" "$BIN/pytest" -m "not e2e" "$@" || status=$?
else
  log "ATTENTION : aucun PostgreSQL ne répond sur 127.0.0.1:5432 — la passe PostgreSQL est SAUTÉE"
  echo "!!! PostgreSQL tests SKIPPED: no server reachable at $PG_URL !!!"
fi
exit $status
