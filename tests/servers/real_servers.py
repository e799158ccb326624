#!/usr/bin/env python3
"""certscope's server verdicts against the real servers (issue 19).

Runs Debian's nginx, HAProxy and Apache httpd on 127.0.0.1 (ephemeral ports,
a private temporary folder for configuration, logs and pid files, stopped at
the end) under faketime at the fixtures' evaluation time, with a local OCSP
responder that answers with a chosen fixture response. For every fixture
staple and every route (nginx ssl_stapling_file; nginx fetching with
ssl_stapling_verify on, with and without ssl_trusted_certificate, root in and
out of ssl_certificate; HAProxy loading <crt>.ocsp; Apache SSLUseStapling) it
captures `openssl s_client -status` and the server's log, and asserts that
certscope's verdict for that route (given exactly the files the server was
given) is what the server did, and that the line it quotes is what the
server logged. Every stapling line the servers logged is then given to
`certscope inspect --explain`, which must explain it, and only in the terms
of the server that wrote it. Last, it starts each server with the
configuration certscope emits (commands/config.rs) and checks that it
staples, and checks that nginx staples for an SNI server while its
default_server has stapling off (OpenSSL >= 1.1). And `certscope inspect
--connect` (issue 30) reads each server: the chain and staple it reads are
the files the server was given, judged the same; nginx's first handshake
after a start is named (connect-staple-late), a server without stapling,
a wrong SNI name and ssl_reject_handshake's alert are said as such.

    tests/servers/real_servers.py [--certscope target/debug/certscope] [--only nginx|haproxy|apache|snippets|connect|issue26]

The servers are the nginx and haproxy first on PATH and Debian's apache2, or,
when CERTSCOPE_HTTPD names the install prefix of an httpd built from source
(scripts/servers-matrix.sh), that httpd with its own modules.

Exit status 0 when every case agrees, 1 otherwise. A missing server binary
is a failure when CI is set (scripts/test.sh sets it), and a skip (exit 0,
said loudly) otherwise.
"""

import argparse
import concurrent.futures
import functools
import glob
import http.server
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIX = os.path.join(ROOT, "tests", "fixtures")
PKI = os.path.join(FIX, "pki")
STAPLES = os.path.join(FIX, "staples")
SERVER_STAPLES = os.path.join(FIX, "servers")
with open(os.path.join(FIX, "EVALUATION_TIME"), encoding="utf-8") as f:
    AT = f.read().strip()  # 2026-11-23T01:00:00Z
FAKETIME = AT.replace("T", " ").rstrip("Z")  # faketime's "YYYY-MM-DD hh:mm:ss", clock running

# Which certificate each staple answers for (fixtures/README.md): the server
# serves that certificate, so a mismatch is the staple's own doing.
LIBFAKETIME = next(iter(sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))), "")

LEAF_FOR = {
    "revoked": "other-leaf",
    "revoked-stale": "other-leaf",
    "unknown": "leaf-expired",
}



# Every DER fixture response (the text ones are not files servers read).
def staple_files():
    names = {}
    for folder in (STAPLES, SERVER_STAPLES):
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            stem = name[: -len(".der")]
            if name.endswith(".der") and name != "ocsp-request-leaf.der":
                names[stem] = os.path.join(folder, name)
    return names


START_DEADLINE = 10.0  # seconds for a server to listen
RUN_DEADLINE = 900.0  # seconds for the whole suite (it takes about 3 minutes on 2 cores)

LIVE = set()  # the servers running now, stopped by the watchdog if the run overstays
LIVE_LOCK = threading.Lock()
FETCH_DEADLINE = 8.0  # seconds for nginx to fetch, check and store a response


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except FileNotFoundError:
        return ""


class Responder:
    """An OCSP responder on 127.0.0.1 that answers GET /<name>/<request> and
    POST /<name> with the fixture response <name>.der, whatever is asked."""

    def __init__(self, files):
        served = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def answer(self):
                name = self.path.strip("/").split("/")[0]
                path = files.get(name)
                if path is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                with open(path, "rb") as f:
                    body = f.read()
                served.append(name)
                self.send_response(200)
                self.send_header("Content-Type", "application/ocsp-response")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):  # noqa: N802 (http.server's names)
                self.answer()

            def do_POST(self):  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.answer()

            def log_message(self, *args):
                pass

        self.served = served
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, name):
        return f"http://127.0.0.1:{self.port}/{name}"

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class Server:
    """One server process (and its children) in its own process group."""

    def __init__(self, argv, folder, port, env=None):
        self.folder = folder
        self.port = port
        self.out = open(os.path.join(folder, "stdout.log"), "wb")
        # libfaketime preloaded directly (forked workers inherit the clock).
        # It keeps a shared memory object and a named semaphore per process
        # in /dev/shm; a process stopped by a signal leaves them behind, and
        # a later process given the same pid then fails ("sem_open: File
        # exists"): stop() sweeps those of dead processes.
        self.proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=self.out,
            stderr=subprocess.STDOUT,
            cwd=folder,
            start_new_session=True,
            env={**os.environ, "LD_PRELOAD": LIBFAKETIME, "FAKETIME": "@" + FAKETIME, **(env or {})},
        )
        with LIVE_LOCK:
            LIVE.add(self)
        self.listening = self.wait_listening()

    def wait_listening(self):
        deadline = time.monotonic() + START_DEADLINE
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return True
            except OSError:
                time.sleep(0.05)
        return False

    def stop(self):
        with LIVE_LOCK:
            LIVE.discard(self)
        # The group is this server's own (start_new_session): its master and
        # workers, nothing else.
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=5)
        # Apache's children may outlive the parent for a moment.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                os.killpg(self.proc.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        self.out.close()
        sweep_faketime_leftovers()


def sweep_faketime_leftovers():
    """Removes libfaketime's /dev/shm objects whose process is gone."""
    try:
        names = os.listdir("/dev/shm")
    except OSError:
        return
    for name in names:
        m = re.fullmatch(r"(?:faketime_shm_|sem\.faketime_sem_)(\d+)", name)
        if m and not os.path.exists(f"/proc/{m.group(1)}"):
            try:
                os.unlink(os.path.join("/dev/shm", name))
            except OSError:
                pass


def s_client(port, servername):
    """(stapled: bool, the OCSP part of s_client's output)."""
    try:
        run = subprocess.run(
            ["openssl", "s_client", "-connect", f"127.0.0.1:{port}", "-servername", servername, "-status"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=10,
        )
        text = run.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return False, "s_client timed out"
    m = re.search(r"OCSP response:.*?(?:\n-{3,}\n|\Z)", text, re.S)
    part = m.group(0) if m else ""
    stapled = "OCSP Response Status:" in part
    return stapled, part.strip()


def pem(name):
    return os.path.join(PKI, name + ".pem")


def cat(path, *names):
    with open(path, "w", encoding="utf-8") as out:
        for n in names:
            out.write(read(n if os.path.isabs(n) else pem(n)))
    return path


def certscope_verdicts(binary, files):
    run = subprocess.run(
        [binary, "inspect", "--json", "--at", AT, *files],
        capture_output=True,
        timeout=60,
    )
    report = json.loads(run.stdout)
    staples = report.get("staples") or []
    if not staples:
        raise RuntimeError(f"certscope found no staple in {files}")
    verdicts = {v["server"]: v for v in staples[0]["server_verdicts"]}
    return Verdicts(verdicts)


class Verdicts(dict):
    """A verdict certscope does not give is a disagreement, not a crash."""

    def __missing__(self, server):
        return {"server": server, "outcome": "(no verdict)", "log": None, "message": ""}


# ---------------------------------------------------------------- the servers


def nginx_conf(folder, port, body):
    user = "user root;" if os.geteuid() == 0 else ""
    temp = " ".join(
        f"{d}_temp_path {folder}/{d};" for d in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    conf = f"""daemon off; master_process on; worker_processes 1; {user}
pid {folder}/nginx.pid;
error_log {folder}/error.log info;
events {{ worker_connections 64; }}
http {{
  access_log off; {temp}
  server {{
    listen 127.0.0.1:{port} ssl;
    server_name www.example.test;
{body}
    return 200 "certscope\\n";
  }}
}}
"""
    path = os.path.join(folder, "nginx.conf")
    with open(path, "w", encoding="utf-8") as f:
        f.write(conf)
    return ["nginx", "-c", path, "-p", folder + "/"]


def run_nginx(folder, body, fetch, servername):
    port = free_port()
    server = Server(nginx_conf(folder, port, body), folder, port)
    try:
        if not server.listening:
            return {"started": False, "stapled": False, "capture": "", "log": read(os.path.join(folder, "error.log")) + read(os.path.join(folder, "stdout.log"))}
        stapled, capture = s_client(port, servername)
        if fetch:
            # The first handshake starts the fetch; nginx staples from the
            # next one on, once the response passed its checks.
            deadline = time.monotonic() + FETCH_DEADLINE
            while not stapled and time.monotonic() < deadline:
                log = read(os.path.join(folder, "error.log"))
                if re.search(r"\[(error|crit|alert)\]", log):
                    break
                time.sleep(0.2)
                stapled, capture = s_client(port, servername)
        return {"started": True, "stapled": stapled, "capture": capture, "log": read(os.path.join(folder, "error.log")), "fetched": fetch}
    finally:
        server.stop()


def run_haproxy(folder, crt_names, key, staple):
    port = free_port()
    crt = os.path.join(folder, "site.pem")
    cat(crt, *crt_names, key)
    if staple:
        shutil.copyfile(staple, crt + ".ocsp")
    conf = os.path.join(folder, "haproxy.cfg")
    with open(conf, "w", encoding="utf-8") as f:
        f.write(f"""global
  pidfile {folder}/haproxy.pid
defaults
  mode http
  timeout connect 2s
  timeout client 5s
  timeout server 5s
frontend fe
  bind 127.0.0.1:{port} ssl crt {crt}
  http-request return status 200 content-type text/plain string certscope
""")
    server = Server(["haproxy", "-db", "-f", conf], folder, port)
    try:
        if not server.listening:
            return {"started": False, "stapled": False, "capture": "", "log": read(os.path.join(folder, "stdout.log"))}
        stapled, capture = s_client(port, "www.example.test")
        return {"started": True, "stapled": stapled, "capture": capture, "log": read(os.path.join(folder, "stdout.log"))}
    finally:
        server.stop()


APACHE_MODULES = ("mpm_event", "authz_core", "socache_shmcb", "ssl")

# An httpd built from source (scripts/servers-matrix.sh): the install prefix,
# whose bin/httpd and modules/ are used instead of Debian's apache2. Unset,
# Debian's apache2 runs, as in CI.
HTTPD = os.environ.get("CERTSCOPE_HTTPD", "")


def apache_binary():
    return os.path.join(HTTPD, "bin", "httpd") if HTTPD else "apache2"


def apache_modules_dir():
    return os.path.join(HTTPD, "modules") if HTTPD else "/usr/lib/apache2/modules"


@functools.lru_cache(maxsize=None)
def apache_version():
    """(major, minor, patch) of the Apache httpd the cases run."""
    run = subprocess.run([apache_binary(), "-v"], capture_output=True, text=True, timeout=10)
    m = re.search(r"Apache/(\d+)\.(\d+)\.(\d+)", run.stdout)
    return tuple(int(g) for g in m.groups()) if m else (0, 0, 0)


def for_this_apache(verdict):
    """The claim certscope makes for the httpd this run has. A verdict names
    the versions it holds for ("Apache ≥ 2.4.58 …") and its message says what
    earlier ones do ("Apache 2.4.57 and earlier … send no staple instead, and
    also log AH01943"): on an earlier httpd (the matrix's 2.4.57) that
    sentence is the claim the run checks."""
    floor = re.match(r"Apache ≥ (\d+)\.(\d+)\.(\d+)", verdict.get("versions") or "")
    if not floor or apache_version() >= tuple(int(g) for g in floor.groups()):
        return verdict
    earlier = re.search(
        r"Apache (\d+)\.(\d+)\.(\d+) and earlier(?: \([^)]*\))? (send no staple|staple it)(?: instead)?(?:, and also log (AH\d+))?",
        verdict["message"],
    )
    if not earlier or apache_version() > tuple(int(g) for g in earlier.groups()[:3]):
        return {**verdict, "outcome": f"(no claim for Apache {'.'.join(map(str, apache_version()))})"}
    outcome = "does-not-staple" if earlier.group(4) == "send no staple" else "staples"
    older = f"Apache {'.'.join(earlier.groups()[:3])} and earlier"
    return {**verdict, "outcome": outcome, "log": earlier.group(5), "said_of": older}


def apache_conf(folder, port, vhost, global_extra, servername):
    run = os.path.join(folder, "run")
    os.makedirs(run, exist_ok=True)
    mods = apache_modules_dir()
    modules = "\n".join(f"LoadModule {m}_module {mods}/mod_{m}.so" for m in APACHE_MODULES)
    user = ""
    if os.geteuid() == 0:
        # httpd refuses to serve as root; its children only need the network.
        modules += f"\nLoadModule unixd_module {mods}/mod_unixd.so" if os.path.exists(f"{mods}/mod_unixd.so") else ""
        user = "User www-data\nGroup www-data"
        os.chmod(folder, 0o755)
    vhost = vhost.replace("{port}", str(port))
    os.makedirs(os.path.join(folder, "logs"), exist_ok=True)
    conf = f"""ServerRoot {folder}
ServerName {servername}
DefaultRuntimeDir {run}
PidFile {folder}/apache.pid
ErrorLog {folder}/error.log
LogLevel warn ssl:info
{modules}
{user}
Listen 127.0.0.1:{port}
{global_extra}
{vhost}
"""
    path = os.path.join(folder, "apache2.conf")
    with open(path, "w", encoding="utf-8") as f:
        f.write(conf)
    return [apache_binary(), "-f", path, "-DFOREGROUND"], port


def run_apache(folder, vhost, global_extra, servername, port=None):
    port = port or free_port()
    argv, port = apache_conf(folder, port, vhost, global_extra, servername)
    server = Server(argv, folder, port, env={"APACHE_RUN_DIR": folder, "APACHE_LOG_DIR": folder})
    try:
        if not server.listening:
            return {"started": False, "stapled": False, "capture": "", "log": read(os.path.join(folder, "error.log")) + read(os.path.join(folder, "stdout.log"))}
        stapled, capture = s_client(port, servername)
        # Apache fetches during the first handshake; a second one reads the cache.
        stapled2, capture2 = s_client(port, servername)
        return {
            "started": True,
            "stapled": stapled,
            "stapled_again": stapled2,
            "capture": capture if stapled else capture2,
            "log": read(os.path.join(folder, "error.log")),
            "fetched": True,
        }
    finally:
        server.stop()


# ---------------------------------------------------------------- the cases

NGINX_FETCH_VARIANTS = {
    # name: (ssl_certificate contents, ssl_trusted_certificate or None)
    "chain": (("leaf", "int-rsa"), None),
    "chain+trusted": (("leaf", "int-rsa"), "root-rsa"),
    "chain-with-root": (("leaf", "int-rsa", "root-rsa"), None),
    "chain-with-root+trusted": (("leaf", "int-rsa", "root-rsa"), "root-rsa"),
}


def leaf_of(staple):
    return LEAF_FOR.get(staple, "leaf")


def servername_of(leaf):
    return {"leaf": "www.example.test", "other-leaf": "other.example.test", "leaf-expired": "expired.example.test"}.get(leaf, "www.example.test")


class Results:
    def __init__(self):
        self.lines = {}  # message -> (the line as logged, the server that wrote it)
        self.rows = []
        self.failures = []
        self.messages = set()  # every verdict message certscope gave (versions_named reads them)
        self.fetched = set()  # staples a fetching server stapled (responder_served reads them)
        self.absences = []  # (route, staple, fetched, message): agreed on "no staple" with no line to quote
        self.lock = threading.Lock()

    def add(self, route, staple, server, verdict, ok, why=""):
        with self.lock:
            self.rows.append((route, staple, server, verdict, ok, why))
            if not ok:
                self.failures.append(f"{route} / {staple}: {why}")


def outcome_word(result):
    if not result["started"]:
        return "did not start"
    return "stapled" if result["stapled"] else "no staple"


def logged_line(log):
    """The server's own stapling message: the first [error]/[warn] line about OCSP."""
    raw = logged_raw(log)
    return short(raw) if raw else ""


def logged_raw(log):
    """That line as the server wrote it."""
    for line in log.splitlines():
        if "AH01909" in line:  # the name check of a test certificate, not stapling
            continue
        if re.search(r"ocsp|stapl|certificate status|AH0(19|29)", line, re.I) and re.search(
            r"\[(error|warn|crit|alert)\]|\[ssl:(error|warn)\]|WARNING|ALERT", line
        ):
            return line.strip()
    return ""


def short(line):
    """A log line without its time, pid and connection details: the message."""
    line = re.sub(r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d \[(\w+)\] \d+#\d+: (\*\d+ )?", r"[\1] ", line.strip())
    line = re.sub(r"^\[WARNING\]\s+\(\d+\) : ", "[WARNING] ", line)
    line = re.sub(r"^\[[^\]]*\d{4}\] ", "", line)  # Apache's date
    line = re.sub(r" \[pid \d+(:tid \d+)?\]", "", line)
    return re.sub(r" while requesting certificate status, .*$", "", line)


def check(results, route, staple, result, verdict, allow_cannot_tell=False):
    """certscope's verdict against what the server did and logged."""
    with results.lock:
        results.messages.add(verdict.get("message") or "")
        if result.get("fetched") and result["stapled"]:
            results.fetched.add(staple)
    outcome = verdict["outcome"]
    did = outcome_word(result)
    line = logged_line(result["log"])
    if not result["started"]:
        results.add(route, staple, did, outcome, False, f"the server did not start: {result['log'][-400:]}")
        return
    raw = logged_raw(result["log"])
    if raw:
        with results.lock:
            # One line per message (its pid, time and paths vary).
            results.lines.setdefault(short(raw), (raw, route.split()[0].lower()))
    ok, why = True, ""
    if outcome == "staples" and not result["stapled"]:
        ok, why = False, f"certscope says it staples; the server sent no staple and logged: {line or '(nothing)'}"
    elif outcome == "does-not-staple":
        if result["stapled"]:
            ok, why = False, "certscope says it staples nothing; the server stapled"
        elif verdict.get("log") and verdict["log"].lower() not in result["log"].lower():
            ok, why = False, f"certscope quotes {verdict['log']!r}; the server logged: {line or '(nothing)'}"
    elif outcome not in ("staples", "does-not-staple", "cannot-tell"):
        ok, why = False, f"certscope gives no verdict for this route; the server: {did}, {line or 'no log line'}"
    elif outcome == "cannot-tell" and not allow_cannot_tell:
        ok, why = False, f"certscope cannot tell, though it was given every file the server was; the server: {did}, {line or 'no log line'}"
    if ok and verdict.get("log") and outcome != "does-not-staple" and verdict["log"].lower() not in result["log"].lower():
        ok, why = False, f"certscope quotes {verdict['log']!r}, which the server did not log: {line or '(nothing)'}"
    if ok and outcome == "does-not-staple" and not line and not verdict.get("log"):
        with results.lock:
            results.absences.append((route, staple, bool(result.get("fetched")), verdict.get("message") or ""))
    results.add(route, staple, did + (f" — {line}" if line and not result["stapled"] else ""), outcome, ok, why)


def nginx_cases(certscope, tmp, responder, files, results):
    jobs = []
    for staple, path in files.items():
        leaf = leaf_of(staple)
        key = os.path.join(PKI, "keys", leaf + ".key")

        def file_route(staple=staple, path=path, leaf=leaf, key=key):
            folder = tempfile.mkdtemp(prefix=f"nginx-file-{staple}-", dir=tmp)
            chain = cat(os.path.join(folder, "chain.pem"), leaf, "int-rsa")
            body = f"""    ssl_certificate {chain};
    ssl_certificate_key {key};
    ssl_stapling on;
    ssl_stapling_file {path};"""
            result = run_nginx(folder, body, False, servername_of(leaf))
            verdict = certscope_verdicts(certscope, [chain, path])["nginx ssl_stapling_file"]
            check(results, "nginx ssl_stapling_file", staple, result, verdict)

        jobs.append(file_route)

        def fetch_route(staple=staple, leaf=leaf, key=key):
            outcomes = {}
            verdicts = {}
            for variant, (served, trusted) in NGINX_FETCH_VARIANTS.items():
                folder = tempfile.mkdtemp(prefix=f"nginx-fetch-{staple}-", dir=tmp)
                served = tuple(leaf if n == "leaf" else n for n in served)
                chain = cat(os.path.join(folder, "chain.pem"), *served)
                body = f"""    ssl_certificate {chain};
    ssl_certificate_key {key};
    ssl_stapling on;
    ssl_stapling_verify on;
    ssl_stapling_responder {responder.url(staple)};"""
                given = [chain]
                if trusted:
                    body += f"\n    ssl_trusted_certificate {pem(trusted)};"
                    given.append(pem(trusted))
                result = run_nginx(folder, body, True, servername_of(leaf))
                verdict = certscope_verdicts(certscope, [*given, files[staple]])["nginx ssl_stapling_verify on"]
                outcomes[variant] = result
                verdicts[variant] = verdict
                check(results, f"nginx fetch, {variant}", staple, result, verdict, allow_cannot_tell=True)
            # "cannot tell" must mean the answer depends on files the server
            # has: the condition certscope names must be what decided, and
            # every reason nginx logged must be in its message.
            for variant, verdict in verdicts.items():
                if verdict["outcome"] != "cannot-tell":
                    continue
                served, trusted = NGINX_FETCH_VARIANTS[variant]
                stapled = outcomes[variant]["stapled"]
                message = verdict["message"]
                expect = None
                if "when ssl_trusted_certificate holds that root" in message:
                    expect = trusted is not None
                elif "when that root is in the ssl_certificate file itself" in message:
                    expect = "root-rsa" in served
                elif "signer certificate not found" in message:
                    expect = False
                if expect is None:
                    results.add(f"nginx fetch, {variant}", staple, "-", "cannot-tell", False, f"certscope cannot tell and names no condition: {message}")
                elif expect != stapled:
                    results.add(f"nginx fetch, {variant}", staple, outcome_word(outcomes[variant]), "cannot-tell", False, f"certscope's condition says {'staples' if expect else 'no staple'} here: {message}")
                m = re.search(r"OCSP routines::(?:certificate verify error:Verify error: )?([^)]*?)(?: error:|\))", outcomes[variant]["log"])
                if not stapled and m and m.group(1) not in message:
                    results.add(f"nginx fetch, {variant}", staple, m.group(1), "cannot-tell", False, f"nginx logged {m.group(1)!r}; certscope's message does not say so: {message}")

        jobs.append(fetch_route)
    return jobs


def haproxy_cases(certscope, tmp, files, results):
    jobs = []
    for staple, path in files.items():
        leaf = leaf_of(staple)

        def job(staple=staple, path=path, leaf=leaf):
            folder = tempfile.mkdtemp(prefix=f"haproxy-{staple}-", dir=tmp)
            key = os.path.join(PKI, "keys", leaf + ".key")
            result = run_haproxy(folder, (leaf, "int-rsa"), key, path)
            chain = cat(os.path.join(folder, "chain.pem"), leaf, "int-rsa")
            verdict = certscope_verdicts(certscope, [chain, path])["HAProxy .ocsp"]
            check(results, "HAProxy .ocsp", staple, result, verdict)

        jobs.append(job)
    return jobs


APACHE_ROUTES = {
    # certscope's verdict name: extra directives in the <VirtualHost>
    "Apache SSLUseStapling": "",
    "Apache SSLStaplingReturnResponderErrors off": "  SSLStaplingReturnResponderErrors off",
}


def apache_cases(certscope, tmp, responder, files, results):
    jobs = []
    for staple, path in files.items():
        leaf = leaf_of(staple)
        for route, extra in APACHE_ROUTES.items():

            def job(staple=staple, path=path, leaf=leaf, route=route, extra=extra):
                folder = tempfile.mkdtemp(prefix=f"apache-{staple}-", dir=tmp)
                os.chmod(folder, 0o755)
                chain = cat(os.path.join(folder, "chain.pem"), leaf, "int-rsa")
                key = os.path.join(PKI, "keys", leaf + ".key")
                vhost = f"""<VirtualHost 127.0.0.1:{{port}}>
  ServerName {servername_of(leaf)}
  SSLEngine on
  SSLCertificateFile {chain}
  SSLCertificateKeyFile {key}
  SSLUseStapling on
  SSLStaplingForceURL {responder.url(staple)}
{extra}
</VirtualHost>"""
                result = run_apache(
                    folder, vhost, f"SSLStaplingCache shmcb:{folder}/run/stapling(128000)", servername_of(leaf)
                )
                verdict = for_this_apache(certscope_verdicts(certscope, [chain, path])[route])
                if "said_of" in verdict:
                    route = f"{route} (what certscope says of {verdict['said_of']})"
                check(results, route, staple, result, verdict)
                stapled_again(results, route, staple, result, verdict)
                also_logged(results, route, staple, result, verdict)

            jobs.append(job)
    return jobs


def also_logged(results, route, staple, result, verdict):
    """A second line certscope says Apache logs ("It also logs "AH02969: …"",
    a stale and revoked response) is in the log too (issue 26 point 12)."""
    for ah in re.findall(r'also logs "(AH\d+)', verdict.get("message") or ""):
        if result["started"] and ah not in result["log"]:
            results.add(f"{route} (also logged)", staple, "not logged", ah, False,
                        f"certscope says Apache also logs {ah}; the log: {result['log'][-300:]}")


def stapled_again(results, route, staple, result, verdict):
    """Apache's second handshake reads the staple cache the first one
    filled: a response certscope says Apache staples must be stapled from
    the cache too, and one it says Apache refuses must not appear there."""
    if not result["started"] or verdict["outcome"] not in ("staples", "does-not-staple"):
        return
    want = verdict["outcome"] == "staples"
    if result["stapled_again"] != want:
        did = "stapled" if result["stapled_again"] else "no staple"
        results.add(f"{route} (second handshake)", staple, did, verdict["outcome"], False,
                    f"the second handshake (from the cache): {did}; certscope: {verdict['outcome']}")


def snippet_leaf(folder, responder):
    """A leaf like leaf.pem (same key, serial 0x1001, issued by R2) whose
    OCSP URL is the local responder's good.der: the responder's answer then
    matches it (a CertID is the issuer's hashes and the serial), and the
    snippets need no ssl_stapling_responder or SSLStaplingForceURL."""
    ext = os.path.join(folder, "leaf.ext")
    with open(ext, "w", encoding="utf-8") as f:
        f.write(
            "basicConstraints = critical, CA:FALSE\n"
            "keyUsage = critical, digitalSignature, keyEncipherment\n"
            "extendedKeyUsage = serverAuth\n"
            "subjectAltName = DNS:www.example.test\n"
            f"authorityInfoAccess = OCSP;URI:{responder.url('good')}, caIssuers;URI:http://ca.example.test/int-r2.der\n"
        )
    csr = os.path.join(folder, "leaf.csr")
    leaf = os.path.join(folder, "snippet-leaf.pem")
    key = os.path.join(PKI, "keys", "leaf.key")
    subprocess.run(["openssl", "req", "-new", "-key", key, "-subj", "/O=certscope tests/CN=www.example.test", "-out", csr], check=True, capture_output=True)
    subprocess.run(
        ["faketime", "2026-01-01 00:00:00", "openssl", "x509", "-req", "-in", csr, "-CA", pem("int-rsa"),
         "-CAkey", os.path.join(PKI, "keys", "int-rsa.key"), "-set_serial", "0x1001", "-days", "500",
         "-sha256", "-extfile", ext, "-out", leaf],
        check=True, capture_output=True,
    )
    return leaf, key


def snippet_cases(certscope, tmp, responder, results):
    """Each server configuration certscope emits (commands/config.rs), with
    only its placeholders filled in (paths under a private folder, the
    loopback port, and what HAProxy needs around a frontend): the server
    starts with it and staples."""

    def job():
        folder = tempfile.mkdtemp(prefix="snippets-", dir=tmp)
        os.chmod(folder, 0o755)
        leaf, key = snippet_leaf(folder, responder)
        run = subprocess.run(
            [certscope, "inspect", "--json", "--at", AT, leaf, pem("int-rsa"), pem("root-rsa")],
            capture_output=True, timeout=60, check=True,
        )
        report = json.loads(run.stdout)
        configs = report["server_config"]
        site = "/etc/ssl/www.example.test/"
        for name, text in (("fullchain.pem", report["chains"][0]["fullchain_pem"]),
                           ("trusted.pem", report["chains"][0]["trusted_pem"]),
                           ("privkey.pem", read(key))):
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(text)

        # nginx: the server block, as it is, inside an http block.
        sub = tempfile.mkdtemp(prefix="nginx-", dir=folder)
        block = configs["nginx"].replace(site, folder + "/")
        port = free_port()
        block = block.replace("listen 443 ssl;", f"listen 127.0.0.1:{port} ssl;")
        result = run_nginx_raw(sub, port, block)
        snippet_row(results, "nginx snippet (fetch, ssl_stapling_verify on)", result)

        # HAProxy: global and frontend as emitted; a defaults section and a
        # response for the frontend added; the .ocsp file beside the .pem.
        sub = tempfile.mkdtemp(prefix="haproxy-", dir=folder)
        crt_dir = "/etc/haproxy/certs/"
        crt = os.path.join(sub, "www.example.test.pem")
        with open(crt, "w", encoding="utf-8") as f:
            f.write(report["chains"][0]["fullchain_pem"] + read(key))
        shutil.copyfile(os.path.join(STAPLES, "good.der"), crt + ".ocsp")
        port = free_port()
        text = configs["haproxy"].replace(crt_dir, sub + "/").replace(site, folder + "/")
        text = text.replace("bind :443 ssl", f"bind 127.0.0.1:{port} ssl")
        text = text.replace("frontend https", "defaults\n    mode http\n    timeout connect 2s\n    timeout client 5s\n    timeout server 5s\n\nfrontend https")
        text += "    http-request return status 200 content-type text/plain string certscope\n"
        result = run_haproxy_raw(sub, port, text)
        snippet_row(results, "HAProxy snippet (.ocsp file)", result)

        # Apache: the snippet as it is, with its port and paths.
        sub = tempfile.mkdtemp(prefix="apache-", dir=folder)
        os.chmod(sub, 0o755)
        port = free_port()
        text = configs["apache"].replace(site, folder + "/").replace("<VirtualHost *:443>", f"<VirtualHost 127.0.0.1:{port}>")
        result = run_apache(sub, text, "", "www.example.test", port=port)
        snippet_row(results, "Apache snippet (SSLUseStapling)", result)

    def nginx_file_snippet():
        # The file route certscope emits for a Must-Staple leaf.
        folder = tempfile.mkdtemp(prefix="snippet-file-", dir=tmp)
        run = subprocess.run(
            [certscope, "inspect", "--json", "--at", AT, pem("leaf-must-staple"), pem("int-rsa")],
            capture_output=True, timeout=60, check=True,
        )
        report = json.loads(run.stdout)
        block = report["server_config"]["nginx"]
        if "ssl_stapling_file" not in block:
            results.add("nginx snippet (ssl_stapling_file)", "good", "-", "-", False, f"no file route in the Must-Staple snippet: {block}")
            return
        cat(os.path.join(folder, "fullchain.pem"), "leaf-must-staple", "int-rsa")
        shutil.copyfile(os.path.join(PKI, "keys", "leaf-must-staple.key"), os.path.join(folder, "privkey.pem"))
        # nginx serves any file as it is; good.der stands for this leaf's staple.
        shutil.copyfile(os.path.join(STAPLES, "good.der"), os.path.join(folder, "staple.der"))
        port = free_port()
        block = block.replace("/etc/ssl/must-staple.example.test/", folder + "/").replace("listen 443 ssl;", f"listen 127.0.0.1:{port} ssl;")
        result = run_nginx_raw(folder, port, block, "must-staple.example.test")
        snippet_row(results, "nginx snippet (ssl_stapling_file, Must-Staple)", result)

    def default_server():
        # Issue 19 point 6: with OpenSSL >= 1.1 the staple comes from the
        # server SNI selects, even when the default_server has stapling off.
        folder = tempfile.mkdtemp(prefix="nginx-default-server-", dir=tmp)
        port = free_port()
        chain = cat(os.path.join(folder, "chain.pem"), "leaf", "int-rsa")
        other = cat(os.path.join(folder, "other.pem"), "other-leaf", "int-rsa")
        block = f"""server {{
    listen 127.0.0.1:{port} ssl default_server;
    server_name other.example.test;
    ssl_certificate {other};
    ssl_certificate_key {os.path.join(PKI, "keys", "other-leaf.key")};
    ssl_stapling off;
  }}
  server {{
    listen 127.0.0.1:{port} ssl;
    server_name www.example.test;
    ssl_certificate {chain};
    ssl_certificate_key {os.path.join(PKI, "keys", "leaf.key")};
    ssl_stapling on;
    ssl_stapling_file {os.path.join(STAPLES, "good.der")};
  }}"""
        result = run_nginx_raw(folder, port, block)
        snippet_row(results, "nginx: stapling off in the default_server, on in the SNI server", result)

    return [job, nginx_file_snippet, default_server]


# ---------------------------------------------------------------- issue 26
# Cases of their own, beside the per-fixture sweep: what certscope now says
# for a leaf served without its issuer, an https:// first OCSP URL, and a
# revoked response after a good one. Fixtures in fixtures/servers/issue26/.

ISSUE26 = os.path.join(SERVER_STAPLES, "issue26")


def issue26_expect_refusal(results, route, staple, result, verdict):
    """A configuration certscope says the server refuses: it must not start,
    and must print the line certscope quotes."""
    refused = "does not start" in verdict["message"] or "it does not start" in verdict["message"]
    ok = verdict["outcome"] == "does-not-staple" and refused and not result["started"]
    if ok and verdict.get("log"):
        ok = verdict["log"].lower() in result["log"].lower()
    why = "" if ok else f"certscope: {verdict['outcome']} ({verdict['message'][:160]}); the server: {outcome_word(result)}, {result['log'][-300:]}"
    results.add(route, staple, outcome_word(result), verdict["outcome"], ok, why)


class MovableClockServer(Server):
    """A server whose clock the test moves: libfaketime reads its offset
    from a file every second (FAKETIME would take precedence, so it is not
    set)."""

    def __init__(self, argv, folder, port, clock_file):  # noqa: super().__init__ would start it with FAKETIME
        self.folder = folder
        self.port = port
        self.out = open(os.path.join(folder, "stdout.log"), "wb")
        env = {k: v for k, v in os.environ.items() if k != "FAKETIME"}
        env.update({"LD_PRELOAD": LIBFAKETIME, "FAKETIME_TIMESTAMP_FILE": clock_file, "FAKETIME_CACHE_DURATION": "1"})
        self.proc = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=self.out, stderr=subprocess.STDOUT,
            cwd=folder, start_new_session=True, env=env,
        )
        with LIVE_LOCK:
            LIVE.add(self)
        self.listening = self.wait_listening()


def with_startup_log(result, folder):
    """nginx writes what it finds while reading its configuration (a
    "ssl_stapling" ignored warning) to stderr, before error_log is open."""
    if result["started"]:
        result["log"] = read(os.path.join(folder, "stdout.log")) + result["log"]
    return result


def issue26_cases(certscope, tmp, responder, files, results):
    good = os.path.join(STAPLES, "good.der")
    key = os.path.join(PKI, "keys", "leaf.key")

    def issuer_not_served():
        # Point 10: the leaf alone, and the leaf with its root but not its
        # intermediate (good.der embeds the intermediate; no server looks there).
        for name, served in (("leaf alone", ("leaf",)), ("intermediate missing", ("leaf", "root-rsa"))):
            folder = tempfile.mkdtemp(prefix="issue26-nginx-", dir=tmp)
            chain = cat(os.path.join(folder, "chain.pem"), *served)
            body = f"""    ssl_certificate {chain};
    ssl_certificate_key {key};
    ssl_stapling on;
    ssl_stapling_verify on;
    ssl_stapling_responder {responder.url("good")};"""
            result = with_startup_log(run_nginx(folder, body, True, "www.example.test"), folder)
            verdict = certscope_verdicts(certscope, [chain, good])["nginx ssl_stapling_verify on"]
            check(results, f"nginx fetch (issue 26), {name}", "good", result, verdict)
            folder = tempfile.mkdtemp(prefix="issue26-haproxy-", dir=tmp)
            result = run_haproxy(folder, served, key, good)
            chain = cat(os.path.join(folder, "chain.pem"), *served)
            verdict = certscope_verdicts(certscope, [chain, good])["HAProxy .ocsp"]
            issue26_expect_refusal(results, f"HAProxy .ocsp (issue 26), {name}", "good", result, verdict)

    def https_first():
        # Point 15: the leaf's first OCSP URL is https://, its second http://
        # (a name that does not resolve: servers must not get that far).
        leaf = os.path.join(ISSUE26, "leaf-https-first.pem")
        staple = os.path.join(ISSUE26, "good-https-first.der")
        folder = tempfile.mkdtemp(prefix="issue26-nginx-https-", dir=tmp)
        chain = cat(os.path.join(folder, "chain.pem"), leaf, "int-rsa")
        body = f"""    ssl_certificate {chain};
    ssl_certificate_key {key};
    ssl_stapling on;
    ssl_stapling_verify on;"""
        result = with_startup_log(run_nginx(folder, body, True, "https-first.example.test"), folder)
        verdicts = certscope_verdicts(certscope, [chain, staple])
        check(results, "nginx fetch (issue 26), https:// first URL", "good-https-first", result, verdicts["nginx ssl_stapling_verify on"])
        for route, extra in APACHE_ROUTES.items():
            folder = tempfile.mkdtemp(prefix="issue26-apache-https-", dir=tmp)
            os.chmod(folder, 0o755)
            chain = cat(os.path.join(folder, "chain.pem"), leaf, "int-rsa")
            vhost = f"""<VirtualHost 127.0.0.1:{{port}}>
  ServerName https-first.example.test
  SSLEngine on
  SSLCertificateFile {chain}
  SSLCertificateKeyFile {key}
  SSLUseStapling on
{extra}
</VirtualHost>"""
            result = run_apache(folder, vhost, f"SSLStaplingCache shmcb:{folder}/run/stapling(128000)", "https-first.example.test")
            check(results, f"{route} (issue 26), https:// first URL", "good-https-first", result, for_this_apache(verdicts[route]))

    def revoked_after_good():
        # Point 16: nginx keeps serving its last good staple after the
        # responder says revoked. nginx fetches again an hour after a good
        # response: the test moves the server's clock on by 3,700 s.
        files["issue26-sequence"] = good
        folder = tempfile.mkdtemp(prefix="issue26-nginx-revoked-", dir=tmp)
        chain = cat(os.path.join(folder, "chain.pem"), "leaf", "int-rsa")
        port = free_port()
        body = f"""    ssl_certificate {chain};
    ssl_certificate_key {key};
    ssl_stapling on;
    ssl_stapling_verify on;
    ssl_stapling_responder {responder.url("issue26-sequence")};"""
        clock = os.path.join(folder, "faketime")
        offset = int(time.mktime(time.strptime(FAKETIME, "%Y-%m-%d %H:%M:%S")) - time.mktime(time.gmtime()))
        with open(clock, "w", encoding="utf-8") as f:
            f.write(f"{offset:+d}\n")
        argv = nginx_conf(folder, port, body)
        # nginx gives its workers an empty environment unless told otherwise,
        # and libfaketime looks for the file in it at every read.
        conf = os.path.join(folder, "nginx.conf")
        text = read(conf)
        with open(conf, "w", encoding="utf-8") as f:
            f.write("env FAKETIME_TIMESTAMP_FILE; env FAKETIME_CACHE_DURATION;\n" + text)
        server = MovableClockServer(argv, folder, port, clock)
        route = "nginx fetch (issue 26), revoked after good"
        try:
            if not server.listening:
                results.add(route, "good, then revoked", "did not start", "staples the good one", False, read(os.path.join(folder, "error.log"))[-300:])
                return
            deadline = time.monotonic() + FETCH_DEADLINE
            stapled, capture = s_client(port, "www.example.test")
            while not stapled and time.monotonic() < deadline:
                time.sleep(0.2)
                stapled, capture = s_client(port, "www.example.test")
            files["issue26-sequence"] = os.path.join(ISSUE26, "revoked-leaf.der")
            # Replaced whole: libfaketime must never read a half-written file.
            with open(clock + ".new", "w", encoding="utf-8") as f:
                f.write(f"{offset + 3700:+d}\n")
            os.replace(clock + ".new", clock)
            revoked_line = 'certificate status "revoked" in the ocsp response'
            deadline = time.monotonic() + 20
            while revoked_line not in read(os.path.join(folder, "error.log")).lower() and time.monotonic() < deadline:
                time.sleep(0.5)
                s_client(port, "www.example.test")  # a handshake starts the refresh
            log = read(os.path.join(folder, "error.log"))
            again, capture = s_client(port, "www.example.test")
        finally:
            server.stop()
        logged = revoked_line in log.lower()
        kept = again and "Cert Status: good" in capture
        raw = next((line for line in log.splitlines() if revoked_line in line.lower()), "")
        meaning = ""
        if raw:
            run = subprocess.run([certscope, "inspect", "--json", "--at", AT, "--explain", raw, pem("leaf"), pem("int-rsa")], capture_output=True, timeout=60)
            meaning = " ".join(e["meaning"] for e in json.loads(run.stdout).get("explanations") or [])
        says = "keeps serving the last good response" in meaning
        ok = stapled and logged and kept and says
        why = "" if ok else f"first staple {stapled}, revoked logged {logged}, good kept {kept}, certscope says so {says}: {log[-300:]}"
        results.add(route, "good, then revoked", "kept the good staple" if kept else outcome_word({"started": True, "stapled": again}), "nginx-certificate-revoked", ok, why)

    def apache_responder_unreachable():
        # Point 4: AH01941 is the network failure (nothing listens at the
        # responder's port). With SSLStaplingFakeTryLater on (the default)
        # Apache staples a made-up tryLater; off, it sends no staple. Either
        # way the handshake goes on: no AH01955 (stapling_renew_response()
        # returns TRUE after AH01941).
        version = ".".join(map(str, apache_version()))
        dead = free_port()
        for fake, extra in (("on", ""), ("off", "  SSLStaplingFakeTryLater off")):
            route = f"Apache {version} (issue 26), responder unreachable, SSLStaplingFakeTryLater {fake}"
            folder = tempfile.mkdtemp(prefix="issue26-apache-unreachable-", dir=tmp)
            os.chmod(folder, 0o755)
            chain = cat(os.path.join(folder, "chain.pem"), "leaf", "int-rsa")
            vhost = f"""<VirtualHost 127.0.0.1:{{port}}>
  ServerName www.example.test
  SSLEngine on
  SSLCertificateFile {chain}
  SSLCertificateKeyFile {key}
  SSLUseStapling on
  SSLStaplingForceURL http://127.0.0.1:{dead}/
{extra}
</VirtualHost>"""
            argv, port = apache_conf(folder, free_port(), vhost, f"SSLStaplingCache shmcb:{folder}/run/stapling(128000)", "www.example.test")
            server = Server(argv, folder, port, env={"APACHE_RUN_DIR": folder, "APACHE_LOG_DIR": folder})
            try:
                started = server.listening
                runs = [subprocess.run(
                    ["openssl", "s_client", "-connect", f"127.0.0.1:{port}", "-servername", "www.example.test", "-status"],
                    stdin=subprocess.DEVNULL, capture_output=True, timeout=20,
                ) for _ in range(2 if started else 0)]
            finally:
                server.stop()
            out = runs[0].stdout.decode("utf-8", "replace") if runs else ""
            log = read(os.path.join(folder, "error.log"))
            shook = bool(re.search(r"Cipher is (?!\(NONE\))", out))
            stapled = re.search(r"OCSP Response Status: (\w+)", out)
            has = [ah for ah in ("AH01941", "AH01955") if ah in log]
            # On, the tryLater is cached: one AH01941; off, nothing is: the
            # second handshake asks again.
            want_staple, want_words, asks = ("trylater", "staples a made-up tryLater", 1) if fake == "on" else (None, "with it off it sends no staple and asks again at the next handshake", 2)
            did_ok = started and shook and has == ["AH01941"] and (stapled.group(1).lower() if stapled else None) == want_staple and log.count("AH01941") == asks
            line = next((l for l in log.splitlines() if "AH01941" in l), "")
            meaning = ""
            if line:
                ran = subprocess.run([certscope, "inspect", "--json", "--at", AT, "--explain", line, pem("leaf"), pem("int-rsa")], capture_output=True, timeout=60)
                meaning = " ".join(e["code"] + ": " + e["meaning"] for e in json.loads(ran.stdout).get("explanations") or [])
            says = meaning.startswith("apache-responder-error: ") and want_words in meaning and "the handshake goes on" in meaning
            did = ("handshake done" if shook else "handshake aborted") + (f", staple {stapled.group(1)}" if stapled else ", no staple") + "; logged " + (", ".join(has) or "nothing") + f", AH01941 {log.count('AH01941')}× in 2 handshakes"
            why = "" if did_ok and says else f"the server: {did}; certscope on AH01941: {meaning[:300] or '(no line)'}"
            results.add(route, "-", did, f"AH01941: {want_words}, the handshake goes on", did_ok and says, why)

    def apache_faked_try_later_kept():
        # Point 4: the made-up tryLater after AH01941 is kept like a good
        # response, for SSLStaplingStandardCacheTimeout (3600 s), not
        # SSLStaplingErrorCacheTimeout (600 s): stapling_cb() starts with ok
        # TRUE and the AH01941 branch of stapling_renew_response() leaves it.
        # The responder answers 404 first, then good.der; the clock moves on
        # 700 s (tryLater still), then 3,700 s (good).
        version = ".".join(map(str, apache_version()))
        route = f"Apache {version} (issue 26), responder error, then answering"
        name = "issue26-apache-later"
        files.pop(name, None)
        folder = tempfile.mkdtemp(prefix="issue26-apache-later-", dir=tmp)
        os.chmod(folder, 0o755)
        chain = cat(os.path.join(folder, "chain.pem"), "leaf", "int-rsa")
        vhost = f"""<VirtualHost 127.0.0.1:{{port}}>
  ServerName www.example.test
  SSLEngine on
  SSLCertificateFile {chain}
  SSLCertificateKeyFile {key}
  SSLUseStapling on
  SSLStaplingForceURL {responder.url(name)}
</VirtualHost>"""
        clock = os.path.join(folder, "faketime")
        offset = int(time.mktime(time.strptime(FAKETIME, "%Y-%m-%d %H:%M:%S")) - time.mktime(time.gmtime()))
        with open(clock, "w", encoding="utf-8") as f:
            f.write(f"{offset:+d}\n")
        argv, port = apache_conf(folder, free_port(), vhost, f"SSLStaplingCache shmcb:{folder}/run/stapling(128000)", "www.example.test")
        server = MovableClockServer(argv, folder, port, clock)

        def status():
            out = subprocess.run(
                ["openssl", "s_client", "-connect", f"127.0.0.1:{port}", "-servername", "www.example.test", "-status"],
                stdin=subprocess.DEVNULL, capture_output=True, timeout=20,
            ).stdout.decode("utf-8", "replace")
            m = re.search(r"OCSP Response Status: (\w+)", out)
            c = re.search(r"Cert Status: (\w+)", out)
            return (c.group(1) if c else m.group(1).lower()) if m else "none"

        seen = []
        try:
            if not server.listening:
                results.add(route, "-", "did not start", "tryLater kept an hour", False, read(os.path.join(folder, "error.log"))[-300:])
                return
            seen.append(status())
            files[name] = good
            for step in (700, 3700):
                with open(clock + ".new", "w", encoding="utf-8") as f:
                    f.write(f"{offset + step:+d}\n")
                os.replace(clock + ".new", clock)
                # libfaketime reads the file at most once a second, in each
                # process: a handshake counts once the child that took it
                # logs its connection (AH01964) at the moved time.
                deadline, moved = time.monotonic() + 20, False
                while not moved and time.monotonic() < deadline:
                    time.sleep(1)
                    answer = status()
                    stamps = re.findall(r"^\[\w+ (\w+ \d+ [\d:]+)\.\d+ (\d+)\] .*AH01964", read(os.path.join(folder, "error.log")), re.M)
                    last = time.mktime(time.strptime(" ".join(stamps[-1]), "%b %d %H:%M:%S %Y")) if stamps else 0
                    moved = last >= time.mktime(time.strptime(FAKETIME, "%Y-%m-%d %H:%M:%S")) + step
                seen.append(answer if moved else f"clock not moved by {step} s")
        finally:
            server.stop()
        line = next((l for l in read(os.path.join(folder, "error.log")).splitlines() if "AH01941" in l), "")
        meaning = ""
        if line:
            ran = subprocess.run([certscope, "inspect", "--json", "--at", AT, "--explain", line, pem("leaf"), pem("int-rsa")], capture_output=True, timeout=60)
            meaning = " ".join(e["meaning"] for e in json.loads(ran.stdout).get("explanations") or [])
        says = "keeps it for SSLStaplingStandardCacheTimeout" in meaning
        ok = seen == ["trylater", "trylater", "good"] and says
        why = "" if ok else f"staples at 0 s, 700 s, 3,700 s: {seen}; certscope on AH01941: {meaning[:300] or '(no line)'}"
        results.add(route, "-", "staples at 0/700/3,700 s: " + ", ".join(seen), "tryLater kept for SSLStaplingStandardCacheTimeout", ok, why)

    def ocsp_update_without_url():
        # Points 1 and 3: ocsp-update on for a certificate without an OCSP
        # URL is fatal on HAProxy 2.8 and 2.9, skipped silently from 3.0.
        # Debian's 2.6 has no ocsp-update: run on the matrix's versions.
        version = haproxy_version()
        route = f"HAProxy {version[0]}.{version[1]} (issue 26), ocsp-update on, no OCSP URL"
        if version < (2, 8):
            results.add(route, "-", "no ocsp-update before 2.8", "-", True)
            return
        folder = tempfile.mkdtemp(prefix="issue26-haproxy-update-", dir=tmp)
        result = run_haproxy_ocsp_update(folder, ("leaf-no-ocsp", "int-ecdsa"), "leaf-no-ocsp")
        run = subprocess.run([certscope, "inspect", "--json", "--at", AT, pem("leaf-no-ocsp"), pem("int-ecdsa")], capture_output=True, timeout=60)
        advice = " ".join(r.get("advice") or "" for r in json.loads(run.stdout).get("revocation") or [])
        fatal = (2, 8) <= version < (3, 0)
        says = "On HAProxy 2.8 and 2.9 turn ocsp-update off" in advice and "3.0 and later skip it silently" in advice
        line = next((l for l in result["log"].splitlines() if "auto-update" in l), "")
        # Fatal: the line, explained as certscope explains it for this
        # version; silent: no line at all.
        ok = says and result["started"] != fatal and bool(line) == fatal
        why = "" if ok else f"certscope's advice: {advice[:200]}; the server: {outcome_word(result)} {short(line)}"
        if ok and fatal:
            ok, why = update_line_explained(certscope, line, version, [pem("leaf-no-ocsp"), pem("int-ecdsa")])
        results.add(route, "-", outcome_word(result) + (f" — {short(line)}" if line else ""), "fatal on 2.8–2.9, silent from 3.0", ok, why)

    def ocsp_update_issuer_missing():
        # Point 1: with an OCSP URL but no issuer in the .pem (and no
        # .issuer file), ocsp-update on is fatal on every version that has
        # it (2.8–3.4), and from 3.0 the line means just that.
        version = haproxy_version()
        route = f"HAProxy {version[0]}.{version[1]} (issue 26), ocsp-update on, issuer missing"
        if version < (2, 8):
            results.add(route, "-", "no ocsp-update before 2.8", "-", True)
            return
        folder = tempfile.mkdtemp(prefix="issue26-haproxy-update-issuer-", dir=tmp)
        result = run_haproxy_ocsp_update(folder, ("leaf",), "leaf")
        line = next((l for l in result["log"].splitlines() if "auto-update" in l), "")
        ok, why = not result["started"] and bool(line), f"the server: {outcome_word(result)}, {result['log'][-300:]}"
        if ok:
            ok, why = update_line_explained(certscope, line, version, [pem("leaf")])
        results.add(route, "-", outcome_word(result) + (f" — {short(line)}" if line else ""), "fatal, issuer not found", ok, why)

    return [issuer_not_served, https_first, revoked_after_good, apache_responder_unreachable, apache_faked_try_later_kept, ocsp_update_without_url, ocsp_update_issuer_missing]


def run_haproxy_ocsp_update(folder, names, key_name):
    """HAProxy serving one certificate (with its key in the .pem) through a
    crt-list line with `ocsp-update on`, the per-certificate form 2.8 has."""
    crt = cat(os.path.join(folder, "site.pem"), *names, os.path.join(PKI, "keys", key_name + ".key"))
    crt_list = os.path.join(folder, "crt-list.txt")
    with open(crt_list, "w", encoding="utf-8") as f:
        f.write(f"{crt} [ocsp-update on]\n")
    port = free_port()
    return run_haproxy_raw(folder, port, f"""global
  pidfile {folder}/haproxy.pid
defaults
  mode http
  timeout connect 2s
  timeout client 5s
  timeout server 5s
frontend fe
  bind 127.0.0.1:{port} ssl crt-list {crt_list}
  http-request return status 200 content-type text/plain string certscope
""")


def update_line_explained(certscope, line, version, chain):
    """HAProxy's "auto-update set to 'on' but an error occurred" line, given
    to --explain: haproxy-no-responder-url, fatal, and the wording certscope
    gives for this version is the one logged (2.8.0 and 2.9.0 say "has an
    OCSP URI and …", 3.0 "has an OCSP auto-update set to 'on' …")."""
    run = subprocess.run([certscope, "inspect", "--json", "--at", AT, "--explain", line, *chain], capture_output=True, timeout=60)
    explained = json.loads(run.stdout).get("explanations") or []
    codes = [e["code"] for e in explained]
    if codes != ["haproxy-no-responder-url"]:
        return False, f"--explain gives {codes} for {short(line)}"
    meaning = explained[0]["meaning"]
    if "do not start" not in meaning:
        return False, f"certscope does not say HAProxy does not start: {meaning[:200]}"
    pattern = r'worded "([^"]+)" in 2\.8\.0 and 2\.9\.0' if version < (3, 0) else r'From 3\.0 \("([^"]+)"\)'
    wording = re.search(pattern, meaning)
    if not wording or wording.group(1) not in line:
        return False, f"certscope's wording for {version[0]}.{version[1]} ({wording and wording.group(1)}) is not the line logged: {short(line)}"
    return True, ""


def haproxy_version():
    """(major, minor) of the haproxy on PATH."""
    run = subprocess.run(["haproxy", "-v"], capture_output=True, text=True, timeout=10)
    m = re.search(r"version (\d+)\.(\d+)", run.stdout)
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)


def snippet_row(results, route, result):
    ok = result["started"] and result["stapled"]
    why = "" if ok else f"{outcome_word(result)}: {result['log'][-600:]}"
    results.add(route, "good", outcome_word(result), "staples", ok, why)


def run_nginx_raw(folder, port, blocks, servername="www.example.test"):
    """nginx with `blocks` (server blocks) as the whole http content."""
    user = "user root;" if os.geteuid() == 0 else ""
    temp = " ".join(f"{d}_temp_path {folder}/{d};" for d in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    path = os.path.join(folder, "nginx.conf")
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"""daemon off; master_process on; worker_processes 1; {user}
pid {folder}/nginx.pid;
error_log {folder}/error.log info;
events {{ worker_connections 64; }}
http {{
  access_log off; {temp}
  {blocks}
}}
""")
    server = Server(["nginx", "-c", path, "-p", folder + "/"], folder, port)
    try:
        if not server.listening:
            return {"started": False, "stapled": False, "capture": "", "log": read(os.path.join(folder, "error.log")) + read(os.path.join(folder, "stdout.log"))}
        stapled, capture = s_client(port, servername)
        deadline = time.monotonic() + FETCH_DEADLINE
        while not stapled and time.monotonic() < deadline:
            if re.search(r"\[(error|crit|alert)\]", read(os.path.join(folder, "error.log"))):
                break
            time.sleep(0.2)
            stapled, capture = s_client(port, servername)
        return {"started": True, "stapled": stapled, "capture": capture, "log": read(os.path.join(folder, "error.log"))}
    finally:
        server.stop()


def run_haproxy_raw(folder, port, text):
    conf = os.path.join(folder, "haproxy.cfg")
    with open(conf, "w", encoding="utf-8") as f:
        f.write(text)
    server = Server(["haproxy", "-db", "-f", conf], folder, port)
    try:
        if not server.listening:
            return {"started": False, "stapled": False, "capture": "", "log": read(os.path.join(folder, "stdout.log"))}
        stapled, capture = s_client(port, "www.example.test")
        return {"started": True, "stapled": stapled, "capture": capture, "log": read(os.path.join(folder, "stdout.log"))}
    finally:
        server.stop()


# ------------------------------------------- certscope inspect --connect (issue 30)


def connect_report(certscope, port, servername, *extra):
    """(exit status, JSON report or None, stderr) of `certscope inspect
    --connect 127.0.0.1:PORT --servername NAME`."""
    run = subprocess.run(
        [certscope, "inspect", "--json", "--at", AT, "--connect", f"127.0.0.1:{port}",
         "--servername", servername, "--connect-timeout", "5", *extra],
        capture_output=True, timeout=60,
    )
    try:
        report = json.loads(run.stdout)
    except ValueError:
        report = None
    return run.returncode, report, run.stderr.decode("utf-8", "replace")


def connect_view(report):
    """A report's verdicts with the inputs' names taken out: the summary,
    findings as (severity, code) without the connect-* ones, the
    certificates in the order read, chains, staples without their input."""
    staples = [{k: v for k, v in s.items() if k != "input"} for s in report.get("staples") or []]
    return {
        "summary": report["summary"].get("code"),
        "findings": sorted((f["severity"], f["code"]) for f in report["findings"] if not f["code"].startswith("connect-")),
        "certificates": [c["sha256"] for c in report["certificates"]],
        "chains": [c["order"] for c in report["chains"]],
        "staples": staples,
    }


def connect_compare(certscope, live, files, servername):
    """Why the report read from a server differs from the one for the files
    it was given (`files`: its chain file, then its staple if any), or ""."""
    run = subprocess.run(
        [certscope, "inspect", "--json", "--at", AT, "--host", servername, *files],
        capture_output=True, timeout=60,
    )
    given = connect_view(json.loads(run.stdout))
    read = connect_view(live)
    if (read["summary"] or "").startswith("connect-"):
        # The connection's own finding leads (connect-staple-late): the
        # files have no counterpart; every other finding is still compared.
        del read["summary"], given["summary"]
    if read != given:
        diff = {k: (read[k], given[k]) for k in read if read[k] != given[k]}
        return f"read from the server vs the files it was given: {json.dumps(diff)[:600]}"
    inputs = live["inputs"]
    with open(files[0], encoding="utf-8") as f:
        sent = f.read().count("BEGIN CERTIFICATE")
    if live["connections"][0]["handshakes"][-1]["certificates_sent"] != sent:
        return f"the server was given {sent} certificates; certscope read {live['connections'][0]['handshakes'][-1]['certificates_sent']}"
    if len(files) > 1:
        staple_inputs = [i for i in inputs if i["name"].endswith(" (staple)")]
        if [i["size"] for i in staple_inputs] != [os.path.getsize(files[1])]:
            return f"the staple read is not the file the server was given ({[i['size'] for i in staple_inputs]} bytes vs {os.path.getsize(files[1])})"
    return ""


def staples_seen(report):
    return [h["staple"] for h in report["connections"][0]["handshakes"]] if report else []


def codes_of(report):
    return [f["code"] for f in report["findings"]] if report else []


def connect_case(results, route, staple, did, ok, why):
    results.add(f"--connect {route}", staple, did, "read", ok, why)


def connect_cases(certscope, tmp, responder, files, results):
    """`certscope inspect --connect` against each server: the chain and
    staple it reads are the files the server was given, and judged the same;
    nginx's first handshake after a start carries no staple and the second
    does (connect-staple-late); a server without stapling is said to send
    none; a wrong SNI gets the default certificate (host-not-covered) or,
    with ssl_reject_handshake, the alert unrecognized_name (exit 2)."""
    good = files["good"]
    key = os.path.join(PKI, "keys", "leaf.key")

    def nginx_first_handshake():
        folder = tempfile.mkdtemp(prefix="connect-nginx-fetch-", dir=tmp)
        chain = cat(os.path.join(folder, "chain.pem"), "leaf", "int-rsa")
        body = f"""    ssl_certificate {chain};
    ssl_certificate_key {key};
    ssl_stapling on;
    ssl_stapling_verify on;
    ssl_stapling_responder {responder.url("good")};"""
        port = free_port()
        server = Server(nginx_conf(folder, port, body), folder, port)
        try:
            code, report, stderr = connect_report(certscope, port, "www.example.test")
        finally:
            server.stop()
        seen = staples_seen(report)
        why = "" if report else f"no report (exit {code}): {stderr}"
        if not why and seen != [False, True]:
            why = f"nginx's first handshake after start should carry no staple and the second one should: {seen}"
        if not why and "connect-staple-late" not in codes_of(report):
            why = f"the late staple is not named: {codes_of(report)}"
        why = why or connect_compare(certscope, report, [chain, good], "www.example.test")
        connect_case(results, "nginx first handshake after start", "good", f"staples {seen}", not why, why)

    def haproxy_ocsp():
        folder = tempfile.mkdtemp(prefix="connect-haproxy-", dir=tmp)
        port = free_port()
        crt = os.path.join(folder, "site.pem")
        cat(crt, "leaf", "int-rsa", key)
        shutil.copyfile(good, crt + ".ocsp")
        conf = os.path.join(folder, "haproxy.cfg")
        with open(conf, "w", encoding="utf-8") as f:
            f.write(f"""global
  pidfile {folder}/haproxy.pid
defaults
  mode http
  timeout connect 2s
  timeout client 5s
  timeout server 5s
frontend fe
  bind 127.0.0.1:{port} ssl crt {crt}
  http-request return status 200 content-type text/plain string certscope
""")
        server = Server(["haproxy", "-db", "-f", conf], folder, port)
        try:
            code, report, stderr = connect_report(certscope, port, "www.example.test", "--connect-once")
        finally:
            server.stop()
        chain = cat(os.path.join(folder, "chain.pem"), "leaf", "int-rsa")
        seen = staples_seen(report)
        why = "" if report and code == 0 else f"exit {code}: {stderr}"
        if not why and seen != [True]:
            why = f"HAProxy staples its .ocsp from the first handshake: {seen}"
        why = why or connect_compare(certscope, report, [chain, good], "www.example.test")
        connect_case(results, "HAProxy .ocsp staple", "good", f"staples {seen}", not why, why)

    def apache_stapling():
        folder = tempfile.mkdtemp(prefix="connect-apache-", dir=tmp)
        os.chmod(folder, 0o755)
        chain = cat(os.path.join(folder, "chain.pem"), "leaf", "int-rsa")
        vhost = f"""<VirtualHost 127.0.0.1:{{port}}>
  ServerName www.example.test
  SSLEngine on
  SSLCertificateFile {chain}
  SSLCertificateKeyFile {key}
  SSLUseStapling on
  SSLStaplingForceURL {responder.url("good")}
</VirtualHost>"""
        argv, port = apache_conf(folder, free_port(), vhost, f"SSLStaplingCache shmcb:{folder}/run/stapling(128000)", "www.example.test")
        server = Server(argv, folder, port, env={"APACHE_RUN_DIR": folder, "APACHE_LOG_DIR": folder})
        try:
            code, report, stderr = connect_report(certscope, port, "www.example.test")
        finally:
            server.stop()
        seen = staples_seen(report)
        why = "" if report and code == 0 else f"exit {code}: {stderr}"
        # Apache fetches during the handshake that asks, so even the first
        # one carries the staple.
        if not why and seen != [True]:
            why = f"Apache staples from the first handshake: {seen}"
        why = why or connect_compare(certscope, report, [chain, good], "www.example.test")
        connect_case(results, "Apache SSLUseStapling", "good", f"staples {seen}", not why, why)

    def no_stapling_and_wrong_sni():
        folder = tempfile.mkdtemp(prefix="connect-nginx-plain-", dir=tmp)
        chain = cat(os.path.join(folder, "chain.pem"), "leaf", "int-rsa")
        port = free_port()
        # The first server is the default one: it refuses a name it does not
        # serve (nginx 1.19.4+), on a second port the site serves any name.
        reject = free_port()
        blocks = f"""server {{
    listen 127.0.0.1:{reject} ssl default_server;
    ssl_reject_handshake on;
  }}
  server {{
    listen 127.0.0.1:{reject} ssl;
    listen 127.0.0.1:{port} ssl;
    server_name www.example.test;
    ssl_certificate {chain};
    ssl_certificate_key {key};
    return 200 "certscope\\n";
  }}"""
        user = "user root;" if os.geteuid() == 0 else ""
        temp = " ".join(f"{d}_temp_path {folder}/{d};" for d in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        conf = os.path.join(folder, "nginx.conf")
        with open(conf, "w", encoding="utf-8") as f:
            f.write(f"""daemon off; master_process on; worker_processes 1; {user}
pid {folder}/nginx.pid;
error_log {folder}/error.log info;
events {{ worker_connections 64; }}
http {{
  access_log off; {temp}
  {blocks}
}}
""")
        server = Server(["nginx", "-c", conf, "-p", folder + "/"], folder, port)
        try:
            plain = connect_report(certscope, port, "www.example.test")
            wrong = connect_report(certscope, port, "wrong.example.test")
            rejected = connect_report(certscope, reject, "wrong.example.test")
            right = connect_report(certscope, reject, "www.example.test", "--connect-once")
        finally:
            server.stop()

        code, report, stderr = plain
        seen = staples_seen(report)
        why = "" if report and code == 0 else f"exit {code}: {stderr}"
        if not why and seen != [False, False]:
            why = f"no stapling: two handshakes without a staple expected, got {seen}"
        if not why and "connect-no-staple" not in codes_of(report):
            why = f"no connect-no-staple finding: {codes_of(report)}"
        if not why and not any("the server sent no staple" in f["message"] for f in report["findings"]):
            why = "the report does not say \"the server sent no staple\""
        why = why or connect_compare(certscope, report, [chain], "www.example.test")
        connect_case(results, "nginx without stapling", "-", f"staples {seen}", not why, why)

        code, report, stderr = wrong
        why = "" if report and code == 1 else f"exit {code} (1 expected: the name is not covered): {stderr}"
        if not why and "host-not-covered" not in codes_of(report):
            why = f"a wrong SNI name should be host-not-covered: {codes_of(report)}"
        why = why or connect_compare(certscope, report, [chain], "wrong.example.test")
        connect_case(results, "wrong SNI, default certificate", "-", "sent its certificate", not why, why)

        code, report, stderr = rejected
        why = ""
        if code != 2 or "unrecognized_name" not in stderr or "connect-failed" not in codes_of(report):
            why = f"ssl_reject_handshake should end in the alert unrecognized_name, exit 2: exit {code}, {stderr.strip()}"
        connect_case(results, "wrong SNI, ssl_reject_handshake", "-", stderr.strip()[:80], not why, why)

        code, report, stderr = right
        why = "" if report and code == 0 else f"exit {code}: {stderr}"
        why = why or connect_compare(certscope, report, [chain], "www.example.test")
        connect_case(results, "right SNI beside ssl_reject_handshake", "-", "sent its certificate", not why, why)

    return [nginx_first_handshake, haproxy_ocsp, apache_stapling, no_stapling_and_wrong_sni]


# The code `--explain` must give each line, by the server's own words in it
# (the message texts of nginx's ngx_event_openssl_stapling.c, HAProxy's
# ssl_sock.c and Apache's AH numbers), first match wins.
EXPLAIN_CODES = [
    ("nginx", r'"ssl_stapling" ignored, issuer certificate not found', "nginx-issuer-not-found"),
    ("nginx", r"invalid URL prefix in OCSP responder", "nginx-invalid-responder-url"),
    ("apache", r"AH01940", "apache-unsupported-responder-url"),
    ("nginx", r"OCSP response not successful", "nginx-response-not-successful"),
    ("nginx", r"OCSP_basic_verify\(\) failed", "nginx-verify-failed"),
    ("nginx", r"OCSP_check_validity\(\) failed", "nginx-validity-failed"),
    ("nginx", r'certificate status "revoked"', "nginx-certificate-revoked"),
    ("nginx", r'certificate status "unknown"', "nginx-certificate-unknown"),
    ("nginx", r"certificate status not found", "nginx-status-not-found"),
    ("haproxy", r"contains multiple single responses", "haproxy-multiple-responses"),
    ("haproxy", r"OCSP response status not successful", "haproxy-response-not-successful"),
    ("haproxy", r"Certificate ID does not match", "haproxy-certid-mismatch"),
    ("haproxy", r"certificate status is (unknown|revoked)", "haproxy-status-not-good"),
    ("haproxy", r"missing nextupdate", "haproxy-no-next-update"),
    # 3.2's refusal of a response with under 300 s left says "no longer valid" too.
    ("haproxy", r"Must be valid during at least 300s", "haproxy-staple-expiring"),
    ("haproxy", r"no longer valid", "haproxy-staple-stale"),
    ("apache", r"AH01935", "apache-certid-mismatch"),
    ("apache", r"AH01936", "apache-response-times-invalid"),
    ("apache", r"AH02969", "apache-status-not-good"),
]


def expected_code(server, raw):
    return next((code for s, pattern, code in EXPLAIN_CODES if s == server and re.search(pattern, raw)), None)


def explain_lines(certscope, results):
    """Every stapling line the servers logged in this run, given to
    `certscope inspect --explain`: it is recognised, and only in the terms
    of the server that wrote it (issue 19 point 9)."""
    chain = [pem("leaf"), pem("int-rsa")]
    for raw, server in sorted(results.lines.values()):
        run = subprocess.run(
            [certscope, "inspect", "--json", "--at", AT, "--explain", raw, *chain],
            capture_output=True, timeout=60,
        )
        explained = json.loads(run.stdout).get("explanations") or []
        servers = sorted({e["server"] for e in explained})
        codes = [e["code"] for e in explained]
        want = expected_code(server, raw)
        ok = servers == [server] and want is not None and codes == [want]
        if want is None:
            why = "no expected code is written for this line in EXPLAIN_CODES"
        else:
            why = "" if ok else f"explained as {servers or 'nothing'} ({codes}), expected [{want!r}]"
        results.add(f"--explain ({server})", short(raw)[:90], server, ",".join(e["code"] for e in explained) or "-", ok, why)


# ---------------------------------------- versions and the responder (issue 31)

# The versions certscope's server verdicts are written for: the header of
# src/inspect/staple/servers.rs (Debian 12's packages). A message that says
# what "Debian 12 has" must be true of the servers these tests ran.
WRITTEN_FOR = {"nginx": "1.22", "HAProxy": "2.6", "Apache": "2.4", "OpenSSL": "3.0"}
VERSION_OF = {
    "nginx": (["nginx", "-v"], r"nginx/(\d+\.\d+)"),
    "HAProxy": (["haproxy", "-v"], r"version (\d+\.\d+)"),
    "Apache": (["apache2", "-v"], r"Apache/(\d+\.\d+)"),
    "OpenSSL": (["openssl", "version"], r"OpenSSL (\d+\.\d+)"),
}


def installed_versions():
    out = {}
    for name, (argv, pattern) in VERSION_OF.items():
        run = subprocess.run(argv, capture_output=True, text=True)
        m = re.search(pattern, run.stdout + run.stderr)
        out[name] = m.group(1) if m else None
    return out


def versions_named(results):
    """The servers run are the versions the verdicts are written for, and
    every "(Debian 12 has X.Y)" in a message names the version run."""
    installed = installed_versions()
    for name, version in WRITTEN_FOR.items():
        ok = installed[name] == version
        results.add("versions", name, installed[name] or "not found", version, ok,
                    "" if ok else f"the verdicts are written for {name} {version}; this run has {installed[name]}")
    named = set()
    for message in results.messages:
        for server, version in re.findall(r"(nginx|HAProxy|Apache|httpd|OpenSSL)\b[^()]*?\(Debian 12 has (\d+\.\d+)\)", message):
            named.add(("Apache" if server == "httpd" else server, version))
    for server, version in sorted(named):
        ok = installed[server] == version
        results.add("versions named", server, installed[server] or "not found", f"Debian 12 has {version}", ok,
                    "" if ok else f"a message says Debian 12 has {server} {version}; this run has {installed[server]}")


def responder_served(results, responder):
    """A staple a fetching server stapled came from the local responder:
    its record of what it served holds that fixture's name."""
    served = set(responder.served)
    for staple in sorted(results.fetched):
        ok = staple in served
        results.add("responder", staple, "served" if ok else "never served", "stapled by a fetching server", ok,
                    "" if ok else "a server stapled it, but the responder never served it")
    if not results.fetched:
        results.add("responder", "-", "-", "-", False, "no fetching server stapled anything: the responder was never tested")


def absences_confirmed(results, responder):
    """A "no staple" with no log line on either side agrees on an absence
    alone, which a server that never read the response would match too.
    A fetching server must have asked the responder for that response; a
    server reading a file must be said, by certscope, to stay silent."""
    served = set(responder.served)
    for route, staple, fetched, message in sorted(results.absences):
        if fetched:
            ok = staple in served
            why = "" if ok else "the server never asked the responder for it: its refusal was not seen"
            results.add(f"{route} (absence)", staple, "fetched" if ok else "never fetched", "does-not-staple", ok, why)
        else:
            ok = re.search(r"without a word|logs nothing|silently|no warning", message) is not None
            why = "" if ok else f"the server logged nothing; certscope neither quotes a line nor says it is silent: {message}"
            results.add(f"{route} (absence)", staple, "silent", "does-not-staple", ok, why)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--certscope", default=os.path.join(ROOT, "target", "debug", "certscope"))
    parser.add_argument("--only", choices=("nginx", "haproxy", "apache", "snippets", "connect", "issue26"))
    parser.add_argument("--jobs", type=int, default=3)
    parser.add_argument("--table", help="write the per-fixture table (Markdown) here")
    args = parser.parse_args()

    # CI as CI systems set it (true, 1, True…); scripts/test.sh sets it too.
    ci = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    needed = ["faketime", "openssl", "nginx", "haproxy", "apache2"]
    missing = [b for b in needed if shutil.which(b) is None and not os.path.exists(f"/usr/sbin/{b}")]
    os.environ["PATH"] = os.environ.get("PATH", "") + ":/usr/sbin:/sbin"
    if not LIBFAKETIME:
        missing.append("libfaketime")
    if missing:
        print(f"real-server tests: missing {', '.join(missing)} (scripts/setup.sh installs them)", file=sys.stderr)
        if ci:
            return 1
        print("real-server tests SKIPPED (not CI)", file=sys.stderr)
        return 0
    if not os.access(args.certscope, os.X_OK):
        print(f"real-server tests: no certscope binary at {args.certscope} (cargo build --bin certscope)", file=sys.stderr)
        return 1

    files = staple_files()
    results = Results()
    tmp = tempfile.mkdtemp(prefix="certscope-servers-")
    os.chmod(tmp, 0o755)
    responder = Responder(files)
    started = time.monotonic()

    def overstayed():
        print(f"real-server tests: over {RUN_DEADLINE:.0f} s, stopping", file=sys.stderr)
        with LIVE_LOCK:
            for server in list(LIVE):
                try:
                    os.killpg(server.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        shutil.rmtree(tmp, ignore_errors=True)
        os._exit(1)

    watchdog = threading.Timer(RUN_DEADLINE, overstayed)
    watchdog.daemon = True
    watchdog.start()
    try:
        jobs = []
        if args.only in (None, "nginx"):
            jobs += nginx_cases(args.certscope, tmp, responder, files, results)
        if args.only in (None, "haproxy"):
            jobs += haproxy_cases(args.certscope, tmp, files, results)
        if args.only in (None, "apache"):
            jobs += apache_cases(args.certscope, tmp, responder, files, results)
        if args.only in (None, "snippets"):
            jobs += snippet_cases(args.certscope, tmp, responder, results)
        if args.only in (None, "connect"):
            jobs += connect_cases(args.certscope, tmp, responder, files, results)
        if args.only in (None, "issue26"):
            jobs += issue26_cases(args.certscope, tmp, responder, files, results)
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for future in [pool.submit(j) for j in jobs]:
                try:
                    future.result(timeout=300)
                except Exception as e:  # a broken case is a failure, not a crash
                    results.add("harness", "-", "error", "-", False, repr(e))
    finally:
        watchdog.cancel()
        responder.stop()
        if os.environ.get("KEEP_SERVER_TMP") != "1":
            shutil.rmtree(tmp, ignore_errors=True)

    explain_lines(args.certscope, results)
    if args.only is None:
        versions_named(results)
        responder_served(results, responder)
        absences_confirmed(results, responder)
    rows = sorted(results.rows)
    table = ["| route | staple | server did (and logged) | certscope | agree |", "|---|---|---|---|---|"]
    for route, staple, server, verdict, ok, why in rows:
        cell = server.replace("|", "\\|")
        table.append(f"| {route} | {staple} | {cell} | {verdict} | {'yes' if ok else 'NO: ' + why.replace('|', '/')} |")
    print("\n".join(table))
    if args.table:
        with open(args.table, "w", encoding="utf-8") as f:
            f.write("\n".join(table) + "\n")
    print(f"\n{len(rows)} cases, {len(results.failures)} disagreements, {time.monotonic() - started:.0f} s", file=sys.stderr)
    for failure in results.failures:
        print("FAIL " + failure, file=sys.stderr)
    return 1 if results.failures or not rows else 0


if __name__ == "__main__":
    sys.exit(main())
