"""Several dashboard processes behind nginx: a browser stays on one process (its
websocket, downloads and uploads live there), and browsers spread over all."""

from __future__ import annotations

import asyncio
import os
import subprocess
import urllib.request
from pathlib import Path

import pytest

from benchmarks import load_test
from benchmarks.serve import free_port
from digest_data.app import proxy

HAS_NGINX = Path(proxy.NGINX).exists()


def test_the_config_hashes_the_cookie_over_every_process(tmp_path):
    text = proxy.nginx_config([8601, 8602, 8603], 8501, tmp_path)
    assert "listen 127.0.0.1:8501;" in text
    for port in (8601, 8602, 8603):
        assert f"server 127.0.0.1:{port};" in text
    assert "hash $backend_key consistent;" in text
    assert f"map $cookie_{proxy.COOKIE} $backend_key" in text
    assert "proxy_set_header Upgrade $http_upgrade;" in text  # websockets pass through
    with pytest.raises(ValueError):
        proxy.nginx_config([], 8501, tmp_path)


@pytest.mark.skipif(not HAS_NGINX, reason="nginx is not installed (apt-get install nginx)")
def test_nginx_accepts_the_config(tmp_path):
    conf = tmp_path / "nginx.conf"
    conf.write_text(proxy.nginx_config([8601, 8602], free_port(), tmp_path))
    checked = subprocess.run(
        [proxy.NGINX, "-t", "-p", str(tmp_path), "-c", str(conf)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr


def _get(url: str, cookie: str | None = None) -> tuple[str, str]:
    """The process that answered and the cookie nginx set."""
    request = urllib.request.Request(url)
    if cookie:
        request.add_header("Cookie", f"{proxy.COOKIE}={cookie}")
    with urllib.request.urlopen(request, timeout=30) as response:
        set_cookie = response.headers["Set-Cookie"] or ""
        return response.headers["X-Dashboard-Process"], set_cookie.split(";")[0].split("=")[1]


@pytest.mark.skipif(not HAS_NGINX, reason="nginx is not installed (apt-get install nginx)")
def test_a_browser_stays_on_one_process_and_browsers_spread(sample_dataset, tmp_path):
    env = {**os.environ, "DIGEST_DATA_DIR": str(sample_dataset.path)}
    with proxy.serving_many(2, free_port(), tmp_path / "run", env) as (url, procs):
        first, key = _get(url + "/")
        assert key  # a new browser gets its key
        assert {_get(url + "/", key) for _ in range(5)} == {(first, key)}
        # Other browsers land on both processes (2^-19 that 20 keys all hash to one).
        assert len({_get(url + "/", f"browser-{i}")[0] for i in range(20)}) == 2
        # A whole page view over the websocket through nginx, without an exception.
        port = int(url.rsplit(":", 1)[1])
        assert asyncio.run(load_test.view(port, "topic=reasoning", "topics")) == 0
        assert all(p.poll() is None for p in procs)
