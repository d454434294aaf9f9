#!/usr/bin/env bash
# Idempotent developer/CI set-up for focal_desk.
#
#   bash scripts/bootstrap.sh                    # system libs for Qt + .venv + pip install -e ".[test]"
#   bash scripts/bootstrap.sh --with-test-tools  # ... plus fonts-croscore, poppler-utils, xvfb, xauth
#
# Fast when everything is already in place: one dpkg-query call, one sha256sum, a few `ldd`s.
# Environment knobs:
#   PYTHON=/path/to/python3.x   interpreter used to create .venv (default: python3, must be >= 3.11)
#   FOCAL_DESK_SKIP_APT=1       never call apt-get (e.g. non-Debian machine, no root/sudo)
#   FOCAL_DESK_APT_LOCK_TIMEOUT=300  seconds to wait while another program holds the dpkg lock
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.focal-desk-install.sha256"
# shellcheck source=scripts/apt_lock.sh
source "$ROOT/scripts/apt_lock.sh"  # wait_for_apt_lock, apt_lock_options

WITH_TEST_TOOLS=0
for arg in "$@"; do
    case "$arg" in
        --with-test-tools) WITH_TEST_TOOLS=1 ;;
        -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "bootstrap: unknown argument: $arg" >&2; exit 2 ;;
    esac
done

log()  { echo "[bootstrap] $*"; }
warn() { echo "[bootstrap] WARNING: $*" >&2; }
die()  { echo "[bootstrap] ERROR: $*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# System packages (Debian/Ubuntu).
#
# Runtime libraries PySide6 6.x needs for the `xcb` and `offscreen` platform plugins and for text
# rendering.  Determined with `ldd` on .venv/.../PySide6/Qt/plugins/platforms/{libqxcb,libqoffscreen}.so,
# Qt/lib/libQt6{Core,Gui,Widgets,XcbQpa,DBus,OpenGL,PrintSupport}.so.6 and
# Qt/plugins/xcbglintegrations/*.so (PySide6-Essentials 6.12.0, Debian 12), mapped to packages
# with `dpkg -S`.  ICU is bundled inside the wheel, libc/libstdc++/zlib/... are always present.
# On the reference Debian 12 machine only libxcb-icccm4 and libxcb-keysyms1 were "not found"
# (Qt then misleadingly blames xcb-cursor0); a minimal/fresh image lacks most of the list.
QT_RUNTIME_PKGS=(
    libegl1 libgl1                  # libEGL.so.1 / libGL.so.1 (+ libglvnd0, libglx0): QtGui, xcb-gl integration
    libxkbcommon0 libxkbcommon-x11-0  # keyboard handling: QtGui + xcb plugin
    libfontconfig1 libfreetype6     # font lookup + rasterising (fontconfig-config pulls a font)
    fonts-dejavu-core               # at least one real font, so text renders and Qt does not warn
    libdbus-1-3                     # QtDBus (linked by QtGui on Linux)
    libglib2.0-0                    # glib event loop (libglib-2.0, libgthread-2.0); t64 name handled below
    libx11-6 libx11-xcb1 libxcb1    # X11 / XCB core, xcb plugin
    libxcb-cursor0                  # required by the xcb plugin since Qt 6.5
    libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0
    libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
    libxcb-xkb1                     # the libxcb-* set from `ldd libqxcb.so / libQt6XcbQpa.so.6`
)
# Only for scripts/run-tests.sh and visual checks: PDF font (Tinos), PDF->PNG, virtual X server.
TEST_TOOL_PKGS=(
    fonts-croscore                  # Tinos/Arimo/Cousine: metric-compatible fonts used for PDFs
    poppler-utils                   # pdftoppm/pdftotext to inspect generated PDFs
    xvfb xauth                      # xvfb-run (xauth is only "Recommends" of xvfb, but xvfb-run needs it)
    tesseract-ocr tesseract-ocr-vie # Vietnamese OCR of scans (catalogue); the app works without it
    chromium chromium-driver        # the province dashboard tested in a real headless browser
)
# Debian 13 / Ubuntu 24.04 renamed some libraries for the 64-bit time_t transition.
T64_CANDIDATES=" libglib2.0-0 "

SUDO=()
APT_UPDATED=0
APT_OPTS=()  # -o DPkg::Lock::Timeout=… where apt knows it

have() { command -v "$1" >/dev/null 2>&1; }

can_apt() {
    [[ "${FOCAL_DESK_SKIP_APT:-0}" == 1 ]] && return 1
    have apt-get && have dpkg-query || return 1
    if [[ $(id -u) -ne 0 ]]; then
        if have sudo; then SUDO=(sudo); else return 1; fi
    fi
    return 0
}

# Print the packages (of "$@") that are not installed.  A package counts as installed when it or
# its "t64" twin is.  One dpkg-query call for everything: this is the fast path.
missing_pkgs() {
    local -a query=()
    local p
    for p in "$@"; do query+=("$p"); [[ "$T64_CANDIDATES" == *" $p "* ]] && query+=("${p}t64"); done
    local installed
    installed=" $({ dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${query[@]}" 2>/dev/null || true; } \
                  | awk '$2 ~ /^ii/ {print $1}' | sed 's/:.*//' | tr '\n' ' ') "
    for p in "$@"; do
        [[ "$installed" == *" $p "* || "$installed" == *" ${p}t64 "* ]] || echo "$p"
    done
}

apt_update_once() {
    if [[ $APT_UPDATED -eq 0 ]]; then
        wait_for_apt_lock || exit 1  # a freshly booted Ubuntu is often busy with unattended-upgrades
        mapfile -t APT_OPTS < <(apt_lock_options)
        log "apt-get update"
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTS[@]}" update -qq
        APT_UPDATED=1
    fi
}

# Map a package name to what this release calls it (libglib2.0-0 -> libglib2.0-0t64 on newer
# releases); print nothing when the archive has neither.
resolve_pkg() {
    local p="$1"
    if [[ "$T64_CANDIDATES" == *" $p "* ]] && apt-cache show "${p}t64" >/dev/null 2>&1; then
        echo "${p}t64"
    elif apt-cache show --no-all-versions "$p" >/dev/null 2>&1; then
        echo "$p"
    elif [[ "$p" == libxcb-util1 ]] && apt-cache show libxcb-util0 >/dev/null 2>&1; then
        echo libxcb-util0   # very old releases
    fi
}

ensure_pkgs() {  # ensure_pkgs WHAT PKG...
    local what="$1"; shift
    local -a missing
    mapfile -t missing < <(missing_pkgs "$@")
    if [[ ${#missing[@]} -eq 0 ]]; then
        log "$what: already installed"
        return 0
    fi
    if ! can_apt; then
        warn "$what: missing ${missing[*]} and cannot run apt-get (need Debian/Ubuntu and root or sudo)."
        warn "install them by hand; continuing."
        return 0
    fi
    apt_update_once
    local -a to_install=()
    local p r
    for p in "${missing[@]}"; do
        r="$(resolve_pkg "$p")"
        if [[ -n "$r" ]]; then to_install+=("$r"); else warn "no package '$p' in this release; skipped"; fi
    done
    if [[ ${#to_install[@]} -eq 0 ]]; then return 0; fi
    wait_for_apt_lock || exit 1
    log "$what: apt-get install ${to_install[*]}"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get "${APT_OPTS[@]}" install -y -qq --no-install-recommends "${to_install[@]}" >/dev/null
}

# ---------------------------------------------------------------------------------------------
# Python interpreter (>= 3.11) able to create a venv.
py_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }

pick_python() {
    local c
    for c in "${PYTHON:-}" python3 python3.13 python3.12 python3.11; do
        [[ -n "$c" ]] && have "$c" && py_ok "$c" && { echo "$c"; return 0; }
    done
    return 1
}

ensure_python() {  # prints the interpreter to use; all logging goes to stderr
    local py ver
    if ! py="$(pick_python)"; then
        ensure_pkgs "python" python3 >&2
        py="$(pick_python)" || die "no Python >= 3.11 found (set PYTHON=/path/to/python3.11+)"
    fi
    # Debian/Ubuntu ship ensurepip separately (python3-venv): without it `python3 -m venv` fails.
    if ! "$py" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        ver="$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
        if [[ "$(command -v "$py")" == /usr/bin/* ]]; then
            if [[ "$(basename "$py")" == python3 ]]; then
                ensure_pkgs "python venv" python3-venv >&2
            else
                ensure_pkgs "python venv" "python${ver}-venv" >&2
            fi
        fi
        "$py" -c 'import ensurepip, venv' >/dev/null 2>&1 \
            || die "'$py -m venv' is unavailable (install python3-venv / python${ver}-venv)"
    fi
    echo "$py"
}

# ---------------------------------------------------------------------------------------------
main() {
    local t0=${EPOCHREALTIME:-$SECONDS}; t0=${t0/,/.}
    cd "$ROOT"

    if can_apt || have dpkg-query; then
        ensure_pkgs "Qt runtime libraries" "${QT_RUNTIME_PKGS[@]}"
        if [[ $WITH_TEST_TOOLS -eq 1 ]]; then
            ensure_pkgs "test tools" "${TEST_TOOL_PKGS[@]}"
        fi
    else
        warn "not a Debian/Ubuntu system: skipping system packages (Qt needs: ${QT_RUNTIME_PKGS[*]})"
    fi

    # A .venv copied from another machine (or whose base interpreter vanished) is recreated.
    if [[ -e "$VENV" ]] && ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
        warn ".venv is broken (its interpreter does not run): recreating it"
        local py; py="$(ensure_python)"
        "$py" -m venv --clear "$VENV"
    elif [[ ! -x "$VENV/bin/python" ]]; then
        local py; py="$(ensure_python)"
        log "creating .venv with $py ($("$py" --version 2>&1))"
        "$py" -m venv "$VENV"
    fi
    py_ok "$VENV/bin/python" || die ".venv uses $("$VENV/bin/python" --version 2>&1); need >= 3.11 (rm -rf .venv)"

    local want have_sum=""
    want="$(cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1)"  # what pip install reads
    [[ -f "$STAMP" ]] && have_sum="$(cat "$STAMP")"
    if [[ "$want" == "$have_sum" ]]; then
        log "python environment up to date (pyproject.toml unchanged since last install)"
    else
        log "pip install -e \".[test]\" (pyproject.toml changed or first install)"
        rm -f "$STAMP"
        PIP_DISABLE_PIP_VERSION_CHECK=1 "$VENV/bin/python" -m pip install -q -e ".[test]"
        echo "$want" > "$STAMP"
    fi

    # The Vietnamese translation (resources/i18n/focal_desk_vi.qm) is committed, checked against its
    # sources by the tests: nothing to build here.

    # Safety net: report any shared library the Qt platform plugins still cannot resolve.
    local qt missing_libs=""
    for qt in "$VENV"/lib/python3.*/site-packages/PySide6/Qt; do
        [[ -d "$qt" ]] || continue
        missing_libs="$(ldd "$qt/plugins/platforms/libqxcb.so" "$qt/plugins/platforms/libqoffscreen.so" \
                            "$qt/lib/libQt6Gui.so.6" "$qt/lib/libQt6Widgets.so.6" "$qt/lib/libQt6XcbQpa.so.6" \
                            2>/dev/null | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')"
    done
    if [[ -n "$missing_libs" ]]; then
        warn "Qt libraries still unresolved: $missing_libs(xcb/offscreen may fail to load)"
    fi

    log "done in $(awk -v a="$t0" -v b="$(t=${EPOCHREALTIME:-$SECONDS}; echo "${t/,/.}")" 'BEGIN{printf "%.2f", b-a}')s"
}

main
