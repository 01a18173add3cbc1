#!/usr/bin/env bash
# Installs what the tests drive for real and the default install does not bring:
#  - Debian packages (none is downloaded by a tool of its own); needs root or sudo;
#  - Microsoft's Office.js client library (@microsoft/office-js, pinned), unpacked into .cache/office-js/: only the
#    Excel build the Office.js adapter tests run against, not the 87 MB package in node_modules.
# Does nothing where everything is there already.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  chromium          # the task pane, driven by playwright-core (never a browser playwright downloads)
  libxml2-utils     # xmllint: manifest.xml against Microsoft's XSDs
  libreoffice-calc  # opens every workbook we write; recalculates formula mode
  libreoffice-writer # opens the report drafts (.docx) we write
  poppler-utils     # pdftoppm: PDF pages of scored sheets, to look at
  fonts-noto-cjk    # Chinese text in screenshots and PDFs
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "test dependencies: Debian packages all installed"
else
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

office_js_version=1.1.110
office_js_dir=.cache/office-js/$office_js_version
if [ -f "$office_js_dir/excel-web-16.00.js" ]; then
  echo "test dependencies: Office.js $office_js_version present"
else
  work=$(mktemp -d)
  # npm pack checks the tarball against the registry's integrity hash.
  (cd "$work" && npm pack "@microsoft/office-js@$office_js_version" --silent > /dev/null)
  mkdir -p "$office_js_dir"
  tar -xzf "$work"/microsoft-office-js-"$office_js_version".tgz -C "$office_js_dir" --strip-components=2 \
    package/dist/excel-web-16.00.js package/dist/excel-web-16.00.debug.js
  tar -xzf "$work"/microsoft-office-js-"$office_js_version".tgz -C "$office_js_dir" --strip-components=1 \
    package/LICENSE.md package/package.json
  rm -rf "$work"
  echo "test dependencies: Office.js $office_js_version unpacked into $office_js_dir"
fi
