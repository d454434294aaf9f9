#!/usr/bin/env bash
# Start focal_desk from the source tree: make sure the environment is set up, then run the app.
#   bash scripts/run-app.sh [focal-desk arguments...]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/bootstrap.sh" >&2   # keep stdout clean for the app (e.g. --json output)
exec "$ROOT/.venv/bin/focal-desk" "$@"
