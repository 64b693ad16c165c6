#!/bin/sh
# Start a throw-away Request Tracker 5 on 127.0.0.1: own config, SQLite DB, custom field
# ExternalCaseId, an API token for root, mail to mbox files. Run as root (RT runs as www-data).
# Prints shell assignments: RT_HOME, RT_URL, RT_PID, RT_TOKEN.   eval "$(sh tests/rt/start.sh)"
# Recipe and measurements: shared reference rt5-local.md.
set -eu
RT_HOME=${RT_HOME:-$(mktemp -d /tmp/webcare-rt5.XXXXXX)}
RT_PORT=${RT_PORT:-$(perl -MIO::Socket::INET -e 'print IO::Socket::INET->new(Listen => 1, LocalAddr => "127.0.0.1", LocalPort => 0)->sockport')}
RT_ROOT_PASSWORD=${RT_ROOT_PASSWORD:-password}
AS_RT="setpriv --reuid=www-data --regid=www-data --init-groups"

mkdir -p "$RT_HOME/site.d" "$RT_HOME/var/mason_data" "$RT_HOME/var/session_data"
cat > "$RT_HOME/RT_SiteConfig.pm" <<CONF
Set(\$rtname, "rt.localtest");
Set(\$Organization, "localtest");
Set(\$CorrespondAddress, 'rt@localhost');
Set(\$CommentAddress, 'rt-comment@localhost');
Set(\$Timezone, "UTC");
Set(\$DatabaseType, "SQLite");
Set(\$DatabaseName, "$RT_HOME/rt.db");
Set(\$WebPath, "");
Set(\$WebDomain, "127.0.0.1");
Set(\$WebPort, $RT_PORT);
Set(\$WebBaseURL, "http://127.0.0.1:$RT_PORT");
Set(\$LogToSyslog, undef);
Set(\$LogToSTDERR, "warning");
Set(\$MailCommand, "mbox");   # outgoing mail -> \$RT_HOME/var/*.mbox, never to an MTA
Set(\$BcryptCost, 4);         # TEST ONLY: the default (12) costs ~200 ms of CPU per authenticated request
\$RT::VarPath         = "$RT_HOME/var";
\$RT::MasonDataDir    = "$RT_HOME/var/mason_data";
\$RT::MasonSessionDir = "$RT_HOME/var/session_data";
1;
CONF
cat > "$RT_HOME/initialdata" <<'DATA'
@CustomFields = (
    {
        Name         => 'ExternalCaseId',
        Type         => 'FreeformSingle',
        LookupType   => 'RT::Queue-RT::Ticket',
        Queue        => 0,
        UniqueValues => 1,
        Description  => 'Case id of webcare-bridge',
    },
);
1;
DATA
printf '%s\n' "$RT_ROOT_PASSWORD" > "$RT_HOME/rootpw"
chown -R www-data:www-data "$RT_HOME"
chmod 0750 "$RT_HOME"

# RT reads only these (not /etc/request-tracker5/...) when both are set.
export RT_SITE_CONFIG="$RT_HOME/RT_SiteConfig.pm" RT_SITE_CONFIG_DIR="$RT_HOME/site.d"
$AS_RT rt-setup-database-5 --action init --root-password-file "$RT_HOME/rootpw" > "$RT_HOME/setup.log" 2>&1
$AS_RT rt-setup-database-5 --action insert --datafile "$RT_HOME/initialdata" >> "$RT_HOME/setup.log" 2>&1
rm -f "$RT_HOME/rootpw"
# REST2 has no endpoint that makes tokens; create one with RT's Perl API (bcrypt cost 4 is in effect).
RT_TOKEN=$($AS_RT perl -I/usr/share/request-tracker5/lib -MRT -e '
  RT::LoadConfig(); RT::Init();
  my $u = RT::User->new(RT->SystemUser); $u->Load("root") or die "no root\n";
  my ($id, $msg, $auth) = RT::AuthToken->new(RT::CurrentUser->new($u))->Create(Owner => $u->Id, Description => "webcare-bridge");
  $id or die "$msg\n"; print "$auth\n";' 2>> "$RT_HOME/setup.log")

# setpriv exec()s, so $! is the Starlet master; it forks the workers.
$AS_RT /usr/share/request-tracker5/libexec/rt-server \
    --host 127.0.0.1 --port "$RT_PORT" --max-workers 2 > "$RT_HOME/server.log" 2>&1 &
RT_PID=$!
echo "$RT_PID" > "$RT_HOME/rt.pid"
i=0
until python3 -c "import sys, urllib.request; urllib.request.urlopen(urllib.request.Request(sys.argv[1], headers={'Authorization': 'token ' + sys.argv[2]}), timeout=2)" \
        "http://127.0.0.1:$RT_PORT/REST/2.0/rt" "$RT_TOKEN" 2>/dev/null; do
    if ! kill -0 "$RT_PID" 2>/dev/null; then echo "rt-server died:" >&2; cat "$RT_HOME/server.log" >&2; exit 1; fi
    i=$((i + 1)); if [ "$i" -ge 600 ]; then echo "rt-server not ready after 60 s" >&2; kill -TERM "$RT_PID"; exit 1; fi
    sleep 0.1
done
echo "RT_HOME=$RT_HOME"
echo "RT_URL=http://127.0.0.1:$RT_PORT"
echo "RT_PID=$RT_PID"
echo "RT_TOKEN=$RT_TOKEN"
