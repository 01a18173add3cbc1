#!/usr/bin/env bash
# Installs the Debian packages the tests drive for real (none is downloaded by a tool of its own).
# Needs root or sudo; does nothing when everything is there already.
set -euo pipefail
packages=(
  chromium          # the task pane, driven by playwright-core (never a browser playwright downloads)
  libxml2-utils     # xmllint: manifest.xml against Microsoft's XSDs
  libreoffice-calc  # opens every workbook we write; recalculates formula mode
  poppler-utils     # pdftoppm: PDF pages of scored sheets, to look at
  fonts-noto-cjk    # Chinese text in screenshots and PDFs
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ "${#missing[@]}" -eq 0 ] && { echo "test dependencies: all installed"; exit 0; }
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
