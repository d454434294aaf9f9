#!/usr/bin/env bash
# Lint and test focal_desk (what CI runs through .ci/run).
#
#   bash scripts/run-tests.sh [pytest arguments...]     e.g.  bash scripts/run-tests.sh -x tests/unit
#
# Steps: bootstrap (with test tools) -> ruff check -> lint-imports -> mypy (domain, services, storage;
# configured in pyproject.toml) -> pytest.  Every step runs even
# if an earlier one failed; the exit status is non-zero if any failed.  pytest's exit code 5
# ("no tests collected") counts as a failure.
#
# If PostgreSQL answers on 127.0.0.1:5432, FOCAL_DESK_TEST_PG_URL is exported for the tests that
# need a real server; under CI=true a stopped local cluster is started first.  Outside CI PostgreSQL
# being absent never fails the run by itself: its tests skip.  Under CI=true FOCAL_DESK_REQUIRE_POSTGRES=1
# is exported, so the province tests (tests/province) FAIL instead of skipping when it is missing.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if ! bash scripts/bootstrap.sh --with-test-tools; then
    echo "run-tests: bootstrap failed" >&2
    exit 1
fi

export QT_QPA_PLATFORM=offscreen
# Without it Qt warns "XDG_RUNTIME_DIR not set" and pytest-qt (qt_log_level_fail=WARNING) fails tests.
if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
    XDG_RUNTIME_DIR="$(mktemp -d -t focal-desk-xdg.XXXXXX)"
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi

# --- PostgreSQL (optional locally, required in CI) -----------------------------------------------
if [[ "${CI:-}" == true ]]; then
    export FOCAL_DESK_REQUIRE_POSTGRES=1
    echo "run-tests: CI=true, FOCAL_DESK_REQUIRE_POSTGRES=1: the PostgreSQL tests must run (no skipping)"
fi
PG_HOST=127.0.0.1
PG_PORT=5432
pg_reachable() { timeout 2 bash -c "exec 3<>/dev/tcp/$PG_HOST/$PG_PORT" >/dev/null 2>&1; }

if ! pg_reachable && [[ "${CI:-}" == true ]] && command -v pg_ctlcluster >/dev/null 2>&1 \
        && [[ -d /etc/postgresql ]]; then
    for ver in $(ls /etc/postgresql); do
        echo "run-tests: starting PostgreSQL cluster $ver/main"
        pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
    done
    for _ in $(seq 1 20); do pg_reachable && break; sleep 0.5; done
fi
if pg_reachable; then
    export FOCAL_DESK_TEST_PG_URL="${FOCAL_DESK_TEST_PG_URL:-postgresql+psycopg://postgres@$PG_HOST:$PG_PORT/test}"
    echo "run-tests: PostgreSQL reachable, FOCAL_DESK_TEST_PG_URL=$FOCAL_DESK_TEST_PG_URL"
else
    if [[ "${FOCAL_DESK_REQUIRE_POSTGRES:-}" == 1 ]]; then
        echo "run-tests: PostgreSQL not reachable on $PG_HOST:$PG_PORT but required: its tests will FAIL" >&2
    else
        echo "run-tests: PostgreSQL not reachable on $PG_HOST:$PG_PORT; tests needing it will skip"
    fi
fi

# --- steps ------------------------------------------------------------------------------------
FAILED=()
step() {  # step NAME COMMAND...
    local name="$1"; shift
    echo
    echo "======================================== $name ========================================"
    echo "\$ $*"
    "$@"
    local rc=$?
    if [[ $rc -eq 0 ]]; then
        echo "---- $name: OK"
    else
        [[ "$name" == pytest && $rc -eq 5 ]] && echo "---- pytest collected no tests (exit 5): treated as a failure"
        echo "---- $name: FAILED (exit $rc)"
        FAILED+=("$name")
    fi
}

step "ruff" .venv/bin/ruff check .
step "lint-imports" .venv/bin/lint-imports
step "mypy" .venv/bin/mypy
step "pytest" .venv/bin/python -m pytest "$@"

echo
if [[ ${#FAILED[@]} -eq 0 ]]; then
    echo "run-tests: all steps passed (ruff, lint-imports, mypy, pytest)"
    exit 0
fi
echo "run-tests: FAILED steps: ${FAILED[*]}"
exit 1
