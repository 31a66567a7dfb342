"""Headless Chromium driven over the Chrome DevTools protocol, for the page tests.

Starts Debian's `chromium` with a fresh profile and `--remote-debugging-port=0`, reads the port
it chose from DevToolsActivePort, and talks to one page target over a websocket
(`websocket-client`). Records console messages, uncaught exceptions, log entries (CSP
violations, failed loads) and every network request the page makes.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import websocket

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
    "--remote-allow-origins=*",
)


def find_chromium() -> str | None:
    """Path of the Chromium binary, or None when it is not installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@dataclass
class PageLog:
    """What a page did while it was open."""

    console: list[tuple[str, str]] = field(default_factory=list)   # (type, text)
    exceptions: list[str] = field(default_factory=list)
    log: list[tuple[str, str, str]] = field(default_factory=list)   # (level, source, text)
    requests: list[str] = field(default_factory=list)               # URLs

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and error-level log entries, as text."""
        found = [text for kind, text in self.console if kind in ("error", "assert")]
        found += self.exceptions
        found += [f"{source}: {text}" for level, source, text in self.log if level == "error"]
        return found


class Chromium:
    """One headless Chromium process with one page; use as a context manager."""

    def __init__(self, binary: str, width: int = 1280, height: int = 860):
        self.binary = binary
        self.size = (width, height)
        self._profile = tempfile.mkdtemp(prefix="kg-chromium-")
        self._proc: subprocess.Popen | None = None
        self._ws: websocket.WebSocket | None = None
        self._next_id = 0
        self.log = PageLog()

    def __enter__(self) -> "Chromium":
        width, height = self.size
        self._proc = subprocess.Popen(
            [self.binary, *CHROMIUM_FLAGS, f"--user-data-dir={self._profile}",
             f"--window-size={width},{height}", "--remote-debugging-port=0", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = self._read_port()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            targets = json.load(answer)
        page = next(t for t in targets if t.get("type") == "page")
        self._ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30,
                                               suppress_origin=True)
        for domain in ("Runtime", "Log", "Network", "Page"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=False)
        return self

    def __exit__(self, *exc) -> None:
        if self._ws is not None:
            self._ws.close()
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        shutil.rmtree(self._profile, ignore_errors=True)

    def _read_port(self, timeout: float = 30) -> int:
        marker = Path(self._profile) / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if marker.exists():
                lines = marker.read_text().split()
                if lines:
                    return int(lines[0])
            if self._proc.poll() is not None:
                raise RuntimeError(f"chromium exited with status {self._proc.returncode}")
            time.sleep(0.05)
        raise RuntimeError("chromium did not open its DevTools port")

    # --- protocol ------------------------------------------------------------------------
    def send(self, method: str, **params) -> dict:
        """Call a DevTools method and return its result; events read meanwhile are recorded."""
        self._next_id += 1
        my_id = self._next_id
        self._ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            message = json.loads(self._ws.recv())
            if message.get("id") == my_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._record(message)

    def _record(self, message: dict) -> None:
        method, params = message.get("method"), message.get("params", {})
        if method == "Runtime.consoleAPICalled":
            text = " ".join(str(arg.get("value", arg.get("description", ""))) for arg in params.get("args", []))
            self.log.console.append((params.get("type", ""), text))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.log.exceptions.append(details.get("exception", {}).get("description") or details.get("text", ""))
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            self.log.log.append((entry.get("level", ""), entry.get("source", ""), entry.get("text", "")))
        elif method == "Network.requestWillBeSent":
            self.log.requests.append(params.get("request", {}).get("url", ""))

    def pump(self, seconds: float) -> None:
        """Read and record events for `seconds`."""
        deadline = time.monotonic() + seconds
        self._ws.settimeout(0.05)
        try:
            while time.monotonic() < deadline:
                try:
                    self._record(json.loads(self._ws.recv()))
                except websocket.WebSocketTimeoutException:
                    pass
        finally:
            self._ws.settimeout(30)

    # --- page ----------------------------------------------------------------------------
    def open(self, path: str | os.PathLike) -> str:
        """Navigate to a local file; returns its file:// URL."""
        url = Path(path).resolve().as_uri()
        self.log = PageLog()
        self.send("Page.navigate", url=url)
        return url

    def evaluate(self, expression: str):
        """The value of a JS expression in the page (awaited when it is a promise)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails'].get('text')} "
                               f"{result['exceptionDetails'].get('exception', {}).get('description', '')}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 60.0, interval: float = 0.1):
        """Poll a JS expression until it is truthy; return its value.

        Raises:
            TimeoutError: it stayed falsy for `timeout` seconds.
        """
        deadline = time.monotonic() + timeout
        while True:
            try:
                value = self.evaluate(expression)
            except RuntimeError:
                value = None
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"still false after {timeout}s: {expression}")
            self.pump(interval)

    def mouse_move(self, x: float, y: float) -> None:
        self.send("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)

    def click(self, x: float, y: float) -> None:
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def screenshot(self, path: str | os.PathLike) -> Path:
        """Save a PNG of the viewport."""
        data = self.send("Page.captureScreenshot", format="png")["data"]
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path
