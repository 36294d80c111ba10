"""Helpers for the browser checks in ``test_browser.py``: Chromium, and a private JupyterLab.

Chromium is the system's (Debian's ``chromium`` package), driven by Playwright; Playwright's
own browser download is never used. Without Chromium or Playwright the checks are skipped on
a developer's machine and fail in CI (``CI`` set), so CI cannot pass by skipping them.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

DEFAULT_CHROMIUM = Path("/usr/bin/chromium")
# Without the networking flags Chromium phones home at start-up, which a closed network
# refuses; Playwright adds a fresh --user-data-dir itself (launch_persistent_context).
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
LAB_START_SECONDS = 60
LAB_STOP_SECONDS = 15

# A private JupyterLab: every cell attached to the DOM (so error outputs of off-screen cells
# are found), and no news or update checks, which would go to the internet.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false", "checkForUpdates": False},
}


def in_ci() -> bool:
    """CI sets ``CI`` (to ``true``); a developer's shell normally does not."""
    return bool(os.environ.get("CI"))


def unavailable(reason: str) -> NoReturn:
    """Fail in CI, skip elsewhere: a missing browser must not turn CI green."""
    if in_ci():
        pytest.fail(f"{reason} (CI is set, so this fails instead of skipping)", pytrace=False)
    pytest.skip(reason)


def find_chromium() -> Path | None:
    """``$CHROMIUM_PATH``, else Debian's /usr/bin/chromium, else ``chromium`` on PATH."""
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return Path(configured) if Path(configured).is_file() else None
    if DEFAULT_CHROMIUM.is_file():
        return DEFAULT_CHROMIUM
    found = shutil.which("chromium")
    return Path(found) if found else None


def free_port() -> int:
    """A port nothing listens on now: the one the kernel picks for port 0."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# Loopback only: a proxy from the environment must not see these requests.
_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class LabServer:
    """A JupyterLab server on 127.0.0.1 with its own token, settings and home folder."""

    process: subprocess.Popen
    port: int
    token: str
    log: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def api(self, path: str, method: str = "GET") -> object:
        """Call the server's REST API; the JSON answer, or None when it has no body."""
        request = urllib.request.Request(f"{self.base_url}/api/{path}", method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with _LOCAL.open(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def shut_down_sessions(self) -> None:
        """Stop every notebook's kernel, so the next notebook starts alone."""
        for session in self.api("sessions"):
            self.api(f"sessions/{session['id']}", method="DELETE")

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        """Ask the server to stop (it shuts its kernels down), then kill what is left."""
        self.process.terminate()
        try:
            self.process.wait(LAB_STOP_SECONDS)
        except subprocess.TimeoutExpired:
            pass
        # The server leads its own process group, so this reaches only its kernels.
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()


def start_lab(root_dir: Path, scratch: Path) -> LabServer:
    """Start JupyterLab on ``root_dir``; its home, config, settings and runtime live in ``scratch``.

    The environment variables, not command-line options, move the runtime, settings and
    workspace folders: the server has no option for some of them.

    Returns once the server answers, or fails the test after ``LAB_START_SECONDS``.
    """
    dirs = {name: scratch / name for name in ("home", "config", "data", "runtime", "settings",
                                              "workspaces")}
    for folder in dirs.values():
        folder.mkdir(parents=True, exist_ok=True)
    for name, values in LAB_SETTINGS.items():
        (dirs["settings"] / name).parent.mkdir(parents=True, exist_ok=True)
        (dirs["settings"] / name).write_text(json.dumps(values))
    env = {**os.environ, "HOME": str(dirs["home"]), "JUPYTER_CONFIG_DIR": str(dirs["config"]),
           "JUPYTER_DATA_DIR": str(dirs["data"]), "JUPYTER_RUNTIME_DIR": str(dirs["runtime"]),
           "JUPYTERLAB_SETTINGS_DIR": str(dirs["settings"]),
           "JUPYTERLAB_WORKSPACES_DIR": str(dirs["workspaces"])}
    port, token = free_port(), secrets.token_hex(16)
    command = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip=127.0.0.1",
        f"--port={port}", "--ServerApp.port_retries=0", f"--ServerApp.token={token}",
        f"--ServerApp.root_dir={root_dir}",
        # CI and these machines run as root; the server is private to this test anyway.
        "--ServerApp.allow_root=True",
        # window.jupyterapp lets the test run cells and watch the kernel through Lab's own API.
        "--LabApp.expose_app_in_browser=True", "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
    ]
    log = scratch / "jupyter-lab.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, env=env, cwd=root_dir, stdout=out,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   start_new_session=True)
    server = LabServer(process, port, token, log)
    _wait_until_answering(server)
    return server


def _wait_until_answering(server: LabServer) -> None:
    deadline = time.monotonic() + LAB_START_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"jupyter lab exited with status {server.process.returncode}:\n"
                        f"{server.log_tail()}", pytrace=False)
        try:
            server.api("status")
            return
        except OSError:  # refused, reset or timed out while the server starts
            time.sleep(0.25)
    server.stop()
    pytest.fail(f"jupyter lab did not answer within {LAB_START_SECONDS} s:\n{server.log_tail()}",
                pytrace=False)
