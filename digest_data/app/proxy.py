"""Several dashboard processes behind nginx, for a team bigger than one process
serves: Streamlit runs every session's script in one Python process, which uses
one core at a time (the GIL), so a second process on a second core doubles how
many filtered views a server answers.

A session must stay on its process: its websocket, the files it downloads
(``/media/…``, kept in that process's memory) and the files it uploads
(``/_stcore/upload_file/…``) all live there. nginx (Debian's, no modules beyond
the stock ones) hashes a cookie to pick the process: a browser's first request
has no cookie, gets a random key (``$request_id``) and keeps it, so every later
request of that browser, the websocket included, reaches the same process.
``scripts/serve_many.py`` starts the processes and nginx with this config."""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from .appdata import ROOT, ensure_built, source_from_env

#: Debian's nginx (apt-get install nginx).
NGINX = "/usr/sbin/nginx"
#: The cookie that keeps a browser on one process.
COOKIE = "digest_backend"
#: nginx's request body limit: a little over the 20 MB one upload may hold
#: (uploads.py); the app answers anything past its own limits itself.
BODY_LIMIT_MB = 25


def nginx_config(backends: Sequence[int], listen: int, run_dir: Path) -> str:
    """An nginx config that serves on 127.0.0.1:``listen`` and sends each browser
    to one of the dashboard processes on ports ``backends``, always the same one.
    ``run_dir`` holds nginx's pid, log and temporary files."""
    if not backends:
        raise ValueError("no dashboard process to send requests to")
    servers = "\n".join(f"        server 127.0.0.1:{port};" for port in backends)
    temp = "\n".join(
        f"    {kind}_temp_path {run_dir / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return f"""worker_processes 1;
pid {run_dir / "nginx.pid"};
error_log {run_dir / "error.log"} warn;
events {{
    worker_connections 1024;
}}
http {{
    access_log off;
{temp}
    client_max_body_size {BODY_LIMIT_MB}m;
    map $http_upgrade $connection_upgrade {{
        default upgrade;
        '' close;
    }}
    # The browser's key: the cookie once set, else a new random one.
    map $cookie_{COOKIE} $backend_key {{
        "" $request_id;
        default $cookie_{COOKIE};
    }}
    upstream dashboard {{
        hash $backend_key consistent;
{servers}
    }}
    server {{
        listen 127.0.0.1:{listen};
        location / {{
            proxy_pass http://dashboard;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header Host $host;
            proxy_read_timeout 1d;
            add_header Set-Cookie "{COOKIE}=$backend_key; Path=/; HttpOnly; SameSite=Lax" always;
            add_header X-Dashboard-Process $upstream_addr always;
        }}
    }}
}}
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, procs: Sequence[subprocess.Popen], seconds: float) -> None:
    """Return once the Streamlit server at ``url`` answers its health check;
    RuntimeError when it does not within ``seconds`` or a process of ``procs`` ends."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
            raise RuntimeError(f"{url} did not start")
        time.sleep(0.2)


@contextlib.contextmanager
def serving_many(
    processes: int, listen: int, run_dir: Path, env: Mapping[str, str] = os.environ
) -> Iterator[tuple[str, list[subprocess.Popen]]]:
    """Build the dataset once, start ``processes`` dashboards (sharing one cookie
    secret, so a form posted to another process still passes its XSRF check) and
    nginx in front on ``listen``; yields the URL and the dashboard processes, and
    stops everything afterwards."""
    ensure_built(source_from_env(env))  # once here, not raced by every process
    run_dir.mkdir(parents=True, exist_ok=True)
    ports = [_free_port() for _ in range(processes)]
    secret = secrets.token_hex(32)
    procs: list[subprocess.Popen] = []
    try:
        for port in ports:
            command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py")]
            command += ["--server.port", str(port), "--server.address", "127.0.0.1"]
            command += ["--server.headless", "true"]
            log = open(run_dir / f"dashboard-{port}.log", "wb")  # noqa: SIM115
            shared = {**env, "STREAMLIT_SERVER_COOKIE_SECRET": secret}
            procs.append(subprocess.Popen(command, cwd=ROOT, env=shared, stdout=log, stderr=log))
        for port in ports:
            wait_healthy(f"http://127.0.0.1:{port}", procs, 120)
        conf = run_dir / "nginx.conf"
        conf.write_text(nginx_config(ports, listen, run_dir))
        nginx = subprocess.Popen(
            [NGINX, "-p", str(run_dir), "-c", str(conf), "-g", "daemon off;"],
            stderr=subprocess.PIPE,
        )
        procs_and_nginx = [*procs, nginx]
        try:
            wait_healthy(f"http://127.0.0.1:{listen}", procs_and_nginx, 30)
            yield f"http://127.0.0.1:{listen}", procs
        finally:
            nginx.terminate()
            nginx.wait(timeout=30)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)
