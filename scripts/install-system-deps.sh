#!/usr/bin/env bash
# Install the Debian 12 packages Shabaka needs: Python build tools, gettext, WeasyPrint's
# libraries, fonts that cover Danish, Arabic and French, and the PostgreSQL client.
#
#   scripts/install-system-deps.sh          # runtime and development
#   scripts/install-system-deps.sh --test   # also Debian's chromium, which Playwright drives
#                                           # (/usr/bin/chromium; no browser is ever downloaded),
#                                           # and zbar-tools and poppler-utils (certificate QR tests)
#
# Idempotent: it asks dpkg what is installed and only touches apt when something is missing,
# so a second run does nothing and takes well under a second.
set -euo pipefail

packages=(
    python3-venv
    python3-dev
    build-essential
    gettext
    # WeasyPrint (certificates, position papers)
    libpango-1.0-0
    libpangoft2-1.0-0
    libharfbuzz-subset0
    libjpeg62-turbo
    libwebp7
    # Fonts: Noto for Latin and Arabic, Amiri for Arabic print, DejaVu as the fallback
    fonts-noto-core
    fonts-hosny-amiri
    fonts-dejavu-core
    postgresql-client
)

for arg in "$@"; do
    case "$arg" in
        --test) packages+=(chromium zbar-tools poppler-utils) ;;
        -h | --help)
            sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "install-system-deps.sh: unknown argument '$arg' (expected --test)" >&2
            exit 2
            ;;
    esac
done

is_installed() {
    # "rc" (removed, config kept) and unknown packages both count as missing.
    [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" == "installed" ]]
}

missing=()
for pkg in "${packages[@]}"; do
    is_installed "$pkg" || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
    echo "System packages: all ${#packages[@]} present."
    exit 0
fi

if ((EUID != 0)); then
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Install them as root, then run this again:" >&2
    echo "    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "Installing Debian packages: ${missing[*]}"
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"

# Fail loudly if apt silently skipped something.
still_missing=()
for pkg in "${missing[@]}"; do
    is_installed "$pkg" || still_missing+=("$pkg")
done
if ((${#still_missing[@]} > 0)); then
    echo "Still missing after apt-get install: ${still_missing[*]}" >&2
    exit 1
fi
echo "System packages: installed ${#missing[@]}, all ${#packages[@]} present."
