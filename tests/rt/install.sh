#!/bin/sh
# Install Request Tracker 5 from Debian's packages (SQLite backend, standalone Starlet server),
# non-interactively. Run as root on Debian 12. Does nothing when RT 5 is already installed.
# Recipe and measurements: shared reference rt5-local.md (about 30-40 s on a fresh machine).
set -eu
if [ -x /usr/share/request-tracker5/libexec/rt-server ] && command -v rt-setup-database-5 >/dev/null; then
    echo "request-tracker5 already installed"
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
debconf-set-selections <<'PRESEED'
request-tracker5 request-tracker5/rtname string rt.localtest
request-tracker5 request-tracker5/organization string localtest
request-tracker5 request-tracker5/correspondaddress string rt@localhost
request-tracker5 request-tracker5/commentaddress string rt-comment@localhost
request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1:8080
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/initial-root-password password password
request-tracker5 request-tracker5/dbconfig-install boolean true
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/db/dbname string rtdb
request-tracker5 request-tracker5/db/basepath string /var/lib/dbconfig-common/sqlite3/request-tracker5
PRESEED
# Keep package scripts from starting daemons (exim4 comes in as the default MTA); RT itself
# is started per test run by start.sh. Only add the policy file when there is none.
POLICY=/usr/sbin/policy-rc.d
ADDED_POLICY=no
if [ ! -e "$POLICY" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$POLICY"; chmod 0755 "$POLICY"; ADDED_POLICY=yes
fi
cleanup() { if [ "$ADDED_POLICY" = yes ]; then rm -f "$POLICY"; fi; }
trap cleanup EXIT
apt-get update
apt-get install -y --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    request-tracker5 rt5-db-sqlite rt5-standalone w3m
# The package leaves this (empty) file root:root 0600; RT then warns at every start as www-data.
chgrp www-data /etc/request-tracker5/RT_SiteConfig.pm
chmod 0640 /etc/request-tracker5/RT_SiteConfig.pm
