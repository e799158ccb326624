#!/usr/bin/env bash
# The server version matrix (issue 26): builds nginx, HAProxy and Apache httpd
# versions from their public source and runs tests/servers/real_servers.py on each, then
# writes docs/servers-matrix.md (version × cases, dated, like docs/benchmark.md).
#
#   scripts/servers-matrix.sh SOURCES_DIR
#
# SOURCES_DIR holds git repositories (bare or not) of the public sources:
#   SOURCES_DIR/nginx    github.com/nginx/nginx     (tags release-X.Y.Z)
#   SOURCES_DIR/haproxy  github.com/haproxy/haproxy (tags vX.Y.0)
#   SOURCES_DIR/httpd    github.com/apache/httpd    (tags 2.4.N)
# Builds go to a cache ($MATRIX_CACHE, default ~/.cache/certscope-servers), once
# per version, at nice 19 with $JOBS (2) jobs. Debian's packages give OpenSSL,
# PCRE2, zlib, APR and APR-util and the tools httpd's git tree needs before
# configure (buildconf): libssl-dev libpcre2-dev zlib1g-dev libapr1-dev
# libaprutil1-dev autoconf automake libtool libtool-bin. The script says which
# are missing and stops; it installs nothing.
#
# Each version runs the cases of its server alone (--only nginx|haproxy|apache,
# with the built binary first on PATH; for httpd CERTSCOPE_HTTPD names the
# built install, whose bin/httpd and modules/ real_servers.py then uses) plus
# the issue-26 cases; the other servers in those are Debian's. A version that
# does not build is listed with the reason.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SOURCES="${1:?usage: scripts/servers-matrix.sh SOURCES_DIR}"
CACHE="${MATRIX_CACHE:-$HOME/.cache/certscope-servers}"
NGINX_TAGS="${NGINX_TAGS:-release-1.26.0 release-1.28.0}"
HAPROXY_TAGS="${HAPROXY_TAGS:-v2.8.0 v2.9.0 v3.0.0 v3.1.0 v3.2.0}"
HTTPD_TAGS="${HTTPD_TAGS:-2.4.57 2.4.62}"
JOBS="${JOBS:-2}"
mkdir -p "$CACHE"
OUT="$ROOT/docs/servers-matrix.md"
ROWS=()
DETAILS=()

git_of() { if [ -d "$1/.git" ]; then echo "$1/.git"; else echo "$1"; fi; }

build_nginx() { # tag -> prints the sbin directory, or fails
  local tag=$1 dir="$CACHE/nginx-${1#release-}"
  if [ ! -x "$dir/install/sbin/nginx" ]; then
    rm -rf "$dir" && mkdir -p "$dir/src" || return 1
    git --git-dir="$(git_of "$SOURCES/nginx")" archive "$tag" | tar -x -C "$dir/src" || return 1
    (cd "$dir/src" && ./auto/configure --prefix="$dir/install" --with-http_ssl_module \
        >"$dir/build.log" 2>&1 \
      && nice -n 19 make -j"$JOBS" >>"$dir/build.log" 2>&1 && make install >>"$dir/build.log" 2>&1) \
      || { tail -5 "$dir/build.log" >&2; return 1; }
  fi
  echo "$dir/install/sbin"
}

build_haproxy() {
  local tag=$1 dir="$CACHE/haproxy-${1#v}"
  if [ ! -x "$dir/src/haproxy" ]; then
    rm -rf "$dir" && mkdir -p "$dir/src" || return 1
    git --git-dir="$(git_of "$SOURCES/haproxy")" archive "$tag" | tar -x -C "$dir/src" || return 1
    (cd "$dir/src" && nice -n 19 make -j"$JOBS" TARGET=linux-glibc USE_OPENSSL=1 >"$dir/build.log" 2>&1) \
      || { tail -5 "$dir/build.log" >&2; return 1; }
  fi
  echo "$dir/src"
}

build_httpd() { # tag -> prints the install directory, or fails
  local tag=$1 dir="$CACHE/httpd-$1"
  if [ ! -x "$dir/install/bin/httpd" ] || [ ! -e "$dir/install/modules/mod_mpm_event.so" ]; then
    rm -rf "$dir" && mkdir -p "$dir/src" || return 1
    git --git-dir="$(git_of "$SOURCES/httpd")" archive "$tag" | tar -x -C "$dir/src" || return 1
    # A git tree has no configure: buildconf makes it, taking APR's build
    # files from the installed apr-1-config (its "APR-Config Mode"). The MPM
    # is a module, so real_servers.py loads the same modules as on Debian.
    (cd "$dir/src" && ./buildconf --with-apr=apr-1-config --with-apr-util=apu-1-config >"$dir/build.log" 2>&1 \
      && ./configure --prefix="$dir/install" --with-apr="$(command -v apr-1-config)" \
        --with-apr-util="$(command -v apu-1-config)" --with-pcre="$(command -v pcre2-config)" \
        --enable-mods-shared=few --enable-ssl --enable-socache-shmcb --enable-mpms-shared=event \
        >>"$dir/build.log" 2>&1 \
      && nice -n 19 make -j"$JOBS" >>"$dir/build.log" 2>&1 && make install >>"$dir/build.log" 2>&1) \
      || { tail -5 "$dir/build.log" >&2; return 1; }
  fi
  echo "$dir/install"
}

missing_tools() {
  local missing=()
  for t in autoconf automake libtoolize apr-1-config apu-1-config pcre2-config; do
    command -v "$t" >/dev/null || missing+=("$t")
  done
  [ -e /usr/include/openssl/ssl.h ] || missing+=("openssl/ssl.h")
  [ -e /usr/include/zlib.h ] || missing+=("zlib.h")
  if [ ${#missing[@]} -gt 0 ]; then
    echo "missing ${missing[*]}: apt-get install libssl-dev libpcre2-dev zlib1g-dev libapr1-dev libaprutil1-dev autoconf automake libtool libtool-bin" >&2
    return 1
  fi
}

run_cases() { # server version bindir [httpd install] -> a table row
  local server=$1 version=$2 bin=$3 log
  log=$(mktemp)
  export CERTSCOPE_HTTPD="${4:-}"
  PATH="$bin:$PATH" python3 "$ROOT/tests/servers/real_servers.py" --certscope "$ROOT/target/debug/certscope" \
    --only "$server" >"$log.table" 2>"$log" ; local rc=$?
  PATH="$bin:$PATH" python3 "$ROOT/tests/servers/real_servers.py" --certscope "$ROOT/target/debug/certscope" \
    --only issue26 >>"$log.table" 2>>"$log" ; local rc26=$?
  local summary fails
  summary=$(grep -E "^[0-9]+ cases" "$log" | tr '\n' ';')
  fails=$(grep -c "^FAIL" "$log")
  ROWS+=("| $server $version | built | $summary | $([ $rc -eq 0 ] && [ $rc26 -eq 0 ] && echo "all agree" || echo "$fails disagreements: $(grep '^FAIL' "$log" | head -3 | tr '\n|' ' /')") |")
  # The rows where versions differ: this server's issue-26 cases, and for
  # Apache the revoked and unknown responses with errors off (dropped up to
  # 2.4.57, stapled from 2.4.58). Temporary paths are cut from the log lines.
  local pick="^\\| ${server}[^|]*\\(issue 26\\)"
  [ "$server" = apache ] && pick="$pick|^\\| Apache SSLStaplingReturnResponderErrors off( [^|]*)? \\| (revoked|unknown) \\|"
  DETAILS+=("" "### $server $version" "" "| route | staple | server did (and logged) | certscope | agree |" "|---|---|---|---|---|")
  while IFS= read -r row; do DETAILS+=("$row"); done < <(grep -iE "$pick" "$log.table" \
    | sed -E 's#/tmp/certscope-servers-[^ "]*#…#g; s#\(([0-9]+)\) : #: #' | sort -u)
  rm -f "$log" "$log.table"
}

missing_tools || exit 1
(cd "$ROOT" && cargo build --locked --bin certscope >/dev/null 2>&1) || { echo "cargo build failed" >&2; exit 1; }
for tag in $NGINX_TAGS; do
  if bin=$(build_nginx "$tag"); then run_cases nginx "${tag#release-}" "$bin"
  else ROWS+=("| nginx ${tag#release-} | did not build | — | see $CACHE/nginx-${tag#release-}/build.log |"); fi
done
for tag in $HAPROXY_TAGS; do
  if bin=$(build_haproxy "$tag"); then run_cases haproxy "${tag#v}" "$bin"
  else ROWS+=("| haproxy ${tag#v} | did not build | — | see $CACHE/haproxy-${tag#v}/build.log |"); fi
done
for tag in $HTTPD_TAGS; do
  if inst=$(build_httpd "$tag"); then run_cases apache "$tag" "$inst/bin" "$inst"
  else ROWS+=("| apache $tag | did not build | — | see $CACHE/httpd-$tag/build.log |"); fi
done
unset CERTSCOPE_HTTPD
{
  echo "# Server version matrix"
  echo
  echo "Written by \`scripts/servers-matrix.sh\` on $(date -u +%Y-%m-%dT%H:%MZ) at commit $(git -C "$ROOT" rev-parse --short HEAD)."
  echo "Each row: that server's cases of \`tests/servers/real_servers.py\` (and the issue-26 cases) on that version, built from source."
  echo
  echo "| version | build | cases (server's; issue 26's) | result |"
  echo "|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "## Where versions differ"
  echo
  echo "Each version's issue-26 rows for that server (and, for Apache, the revoked and unknown responses with SSLStaplingReturnResponderErrors off), as real_servers.py printed them."
  printf '%s\n' "${DETAILS[@]}"
} >"$OUT"
cat "$OUT"
