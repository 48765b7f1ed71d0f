"""A program run in a real terminal (a tmux pane, a pty), watched through `capture-pane`."""

from __future__ import annotations

import os
import shlex
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

WIDTH, HEIGHT = 120, 40
POLL_SECONDS = 0.002


class Terminal:
    """One tmux session running ``argv``; the clock starts when the session is asked for."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str]) -> None:
        self.name = name
        exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in env.items())
        command = f"exec env {exports} {shlex.join(argv)}"
        self.started = time.perf_counter()
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", name, "-x", str(WIDTH), "-y", str(HEIGHT),
             command],
            check=True,
        )  # fmt: skip
        self.pid = int(self._tmux("display-message", "-p", "-t", name, "#{pane_pid}").strip())

    def _tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", *args], capture_output=True, text=True).stdout

    def screen(self, styled: bool = False) -> str:
        args = ["capture-pane", "-p", "-t", self.name]
        return self._tmux(*args, "-e") if styled else self._tmux(*args)

    def wait_until(
        self, ready: Callable[[str], bool], timeout: float = 60.0, styled: bool = False
    ) -> float:
        """Seconds since the session started (see ``mark``) when ``ready(screen)`` held."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            shown = self.screen(styled)
            if ready(shown):
                return time.perf_counter() - self.started
            time.sleep(POLL_SECONDS)
        raise TimeoutError(f"{self.name}: the screen never got ready:\n{self.screen()}")

    def mark(self) -> None:
        self.started = time.perf_counter()

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS")

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def wait_until_idle(self, quiet_for: float = 1.0, timeout: float = 120.0) -> None:
        """Until the process has used no CPU for ``quiet_for`` seconds (background work done)."""
        deadline = time.perf_counter() + timeout
        last = self.cpu_seconds()
        quiet_since = time.perf_counter()
        while time.perf_counter() < deadline:
            time.sleep(0.1)
            now = self.cpu_seconds()
            if now - last > 0.02:
                last = now
                quiet_since = time.perf_counter()
            elif time.perf_counter() - quiet_since >= quiet_for:
                return

    def close(self) -> None:
        self._tmux("kill-session", "-t", self.name)
        deadline = time.perf_counter() + 30
        while Path(f"/proc/{self.pid}").exists() and time.perf_counter() < deadline:
            time.sleep(0.02)
