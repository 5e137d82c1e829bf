#!/usr/bin/env bash
# Installs policyguard's Squid helper where Squid's own user can run it (`make install-helper`).
#
# Squid starts url_rewrite helpers as its effective user (`proxy` on Debian), which cannot
# run an interpreter private to another user (a virtualenv under /root, a pyenv build).
# So the helper runs on the system's Python (/usr/bin/python3, 3.11 or later, with
# Debian's python3-yaml), from a read-only copy of the policyguard package (and of
# lazy_loader, pure Python, taken from the project's .venv) under PREFIX/lib, compiled to
# bytecode for that Python, through a launcher with that interpreter fixed:
#
#   PREFIX/bin/policyguard squid-helper --snapshot ... --log ...
#
# The launcher runs Python isolated (-I: no PYTHONPATH, no user site, not the script's
# folder), so nothing in the proxy's environment changes what it imports. It carries the
# helper only: compile snapshots in the portal (`build_snapshot`) or with the project's
# .venv. Re-running replaces the copy in one rename, so running helpers finish undisturbed.
#
# Usage: scripts/install-helper.sh [PREFIX]   (default /opt/policyguard; PYTHON=... to choose
# the interpreter, SOURCE_PYTHON=... the environment lazy_loader is copied from)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
prefix="${1:-/opt/policyguard}"
python="${PYTHON:-/usr/bin/python3}"
source_python="${SOURCE_PYTHON:-$here/.venv/bin/python}"

if ! "$python" -c 'import sys; assert sys.version_info >= (3, 11)' 2>/dev/null; then
  echo "install-helper: $python is not Python 3.11 or later; set PYTHON=..." >&2
  exit 2
fi
if ! "$python" -I -c 'import yaml' 2>/dev/null; then
  echo "install-helper: $python cannot import yaml: install Debian's python3-yaml (make system-deps)" >&2
  exit 2
fi

umask 022
mkdir -p "$prefix/bin" "$prefix/lib"
staging="$(mktemp -d "$prefix/lib/.policyguard-XXXXXX")"
trap 'rm -rf "$staging"' EXIT
lazy="$("$source_python" -c 'import lazy_loader, os; print(os.path.dirname(lazy_loader.__file__))')"
cp -R "$here/src/policyguard" "$staging/policyguard"
cp -R "$lazy" "$staging/lazy_loader"
find "$staging" -name __pycache__ -prune -exec rm -rf {} +
# Bytecode for the interpreter that will run it: the proxy user cannot write it later.
"$python" -m compileall -q -j 0 "$staging/policyguard" "$staging/lazy_loader"
chmod -R a+rX,go-w "$staging"

# Swap each new copy in with one rename, keeping the old one until it is replaced.
for package in policyguard lazy_loader; do
  if [ -d "$prefix/lib/$package" ]; then
    mv "$prefix/lib/$package" "$staging/old-$package"
  fi
  mv "$staging/$package" "$prefix/lib/$package"
done

launcher="$prefix/bin/policyguard"
cat > "$launcher.new" <<EOF
#!$python -I
# policyguard's Squid helper as installed by scripts/install-helper.sh (see that file).
import sys

sys.path.insert(0, "$prefix/lib")
from policyguard.launch import main

sys.exit(main())
EOF
chmod 0755 "$launcher.new"
mv "$launcher.new" "$launcher"
chmod a+rx "$prefix" "$prefix/bin" "$prefix/lib"

# Check that it starts, as the proxy's user when there is one and we may become it.
if [ "$(id -u)" -eq 0 ] && id proxy >/dev/null 2>&1; then
  runuser -u proxy -- "$launcher" squid-helper --help >/dev/null
else
  "$launcher" squid-helper --help >/dev/null
fi
echo "installed the Squid helper: $launcher squid-helper --snapshot FILE [--log FILE]"
