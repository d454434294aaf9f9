# Wait for apt/dpkg to be free before calling apt-get.  Sourced by scripts/bootstrap.sh (and by its test).
#
# On a freshly booted Ubuntu, unattended-upgrades / apt-daily / PackageKit often hold the dpkg lock for a
# few minutes; apt-get then fails at once with "Could not get lock /var/lib/dpkg/lock-frontend".
#
#   FOCAL_DESK_APT_LOCK_TIMEOUT=300   seconds to wait for the lock before giving up
#   FOCAL_DESK_APT_LOCK_POLL=3        seconds between two looks at the lock
#   FOCAL_DESK_APT_LOCK_FILES="..."   the lock files looked at (space separated; tests point it elsewhere)
#
# Callers may set the array SUDO=(sudo) when not root: the lock files are readable by root only.

APT_LOCK_TIMEOUT="${FOCAL_DESK_APT_LOCK_TIMEOUT:-300}"
APT_LOCK_POLL="${FOCAL_DESK_APT_LOCK_POLL:-3}"
APT_LOCK_FILES="${FOCAL_DESK_APT_LOCK_FILES:-/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock}"

# Print the ids of the processes holding one of the lock files; status 0 when the lock is held.
# dpkg and apt take fcntl() locks, which `flock -n` does not see (the two kinds do not conflict on Linux),
# so `fuser` (which programs have the file open) comes first; `flock` is the fallback where psmisc is
# missing, and also sees a holder that uses flock(1).
apt_lock_holders() {
    local f pids found=1
    for f in $APT_LOCK_FILES; do
        [[ -e "$f" ]] || continue
        if command -v fuser >/dev/null 2>&1; then
            pids="$(${SUDO[@]+"${SUDO[@]}"} fuser "$f" 2>/dev/null | tr -s ' ' ' ' || true)"
            if [[ -n "${pids// /}" ]]; then echo "${pids# }"; found=0; continue; fi
        fi
        if command -v flock >/dev/null 2>&1; then
            local rc=0
            ${SUDO[@]+"${SUDO[@]}"} flock --nonblock --conflict-exit-code 75 "$f" true 2>/dev/null || rc=$?
            if [[ $rc -eq 75 ]]; then echo "?"; found=0; fi  # only a conflict means "held", not any error
        fi
    done
    return $found
}

# Wait until no one holds the apt/dpkg locks.  Says once that it waits; after APT_LOCK_TIMEOUT seconds
# says so in one line on stderr and returns 1.
wait_for_apt_lock() {
    local holders start now
    holders="$(apt_lock_holders)" || return 0
    echo "[bootstrap] waiting for the package manager (dpkg lock held by another program: ${holders//$'\n'/ })…" \
        "up to ${APT_LOCK_TIMEOUT} s"
    start=$SECONDS
    while holders="$(apt_lock_holders)"; do
        now=$SECONDS
        if (( now - start > APT_LOCK_TIMEOUT )); then  # SECONDS counts whole seconds: at least the timeout
            echo "[bootstrap] ERROR: the package manager is still busy after ${APT_LOCK_TIMEOUT} s (dpkg lock held by" \
                "process ${holders//$'\n'/ }); let it finish (or reboot) and run bootstrap again" >&2
            return 1
        fi
        sleep "$APT_LOCK_POLL"
    done
    echo "[bootstrap] the package manager is free again"
}

# Options for apt-get (one a line) so that it also waits (for a lock taken between our look and its start) where it can:
# DPkg::Lock::Timeout exists since apt 1.9.11.
apt_lock_options() {
    local v
    v="$(apt-get --version 2>/dev/null | awk 'NR == 1 {print $2}')"
    if [[ -n "$v" ]] && dpkg --compare-versions "$v" ge 1.9.11 2>/dev/null; then
        printf '%s\n' -o "DPkg::Lock::Timeout=${APT_LOCK_TIMEOUT}"
    fi
}
