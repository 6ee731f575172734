"""A local HTTP server that serves the dataset's files, and can misbehave on request.

Download tests never touch the internet: they point the downloader at this
server on 127.0.0.1 (a free port) and set ``faults[name]`` to make one file
arrive corrupted, cut off, missing or never.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

FAULTS = ("404", "corrupt", "cut", "stall", "no-answer", "too-long", "drip")


class DatasetServer:
    """Serves ``files`` (name → bytes) at ``base_url``; ``faults`` maps a name to one of FAULTS."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        self.faults: dict[str, str] = {}
        self.requests: list[str] = []
        self._release = threading.Event()
        self._server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @classmethod
    def of_folder(cls, folder: Path, names: tuple[str, ...]) -> DatasetServer:
        return cls({name: (folder / name).read_bytes() for name in names})

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/data/"

    def start(self) -> DatasetServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()  # lets stalled handlers return
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def wait_released(self) -> None:
        self._release.wait(timeout=30)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up (a cancel, a timeout) is what the tests ask for


def _handler_for(server: DatasetServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            name = unquote(self.path.removeprefix("/data/"))
            server.requests.append(name)
            fault = server.faults.get(name)
            if name not in server.files or fault == "404":
                self.send_error(404, "Not Found")
                return
            if fault == "no-answer":
                server.wait_released()
                self.close_connection = True
                return
            body = server.files[name]
            if fault == "corrupt":
                middle = len(body) // 2
                body = body[:middle] + bytes([body[middle] ^ 0xFF]) + body[middle + 1 :]
            if fault == "too-long":
                body = body + b"extra"
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if fault == "drip":  # one byte at a time, each before the read timeout, for ever
                for byte in body:
                    if server._release.wait(0.2):
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                return
            if fault in ("cut", "stall"):
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                if fault == "stall":
                    server.wait_released()
                self.close_connection = True
                return
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler
