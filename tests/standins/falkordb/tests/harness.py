"""Tiny stdlib-only helpers: start redis-server with a module, talk raw RESP2."""
import os
import shutil
import socket
import subprocess
import tempfile
import time


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def encode(args):
    out = [b"*%d\r\n" % len(args)]
    for a in args:
        if isinstance(a, str):
            a = a.encode()
        out.append(b"$%d\r\n%s\r\n" % (len(a), a))
    return b"".join(out)


class Conn:
    def __init__(self, port, timeout=60):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.buf = b""

    def close(self):
        self.sock.close()

    def _fill(self):
        chunk = self.sock.recv(1 << 20)
        if not chunk:
            raise ConnectionError("server closed the connection")
        self.buf += chunk

    def _line(self, pos):
        while True:
            i = self.buf.find(b"\r\n", pos)
            if i >= 0:
                return i
            self._fill()

    def _skip(self, pos):
        """Returns the end offset of the reply starting at pos."""
        while len(self.buf) <= pos:
            self._fill()
        t = self.buf[pos:pos + 1]
        e = self._line(pos)
        if t in (b"+", b"-", b":", b",", b"_", b"#"):
            return e + 2
        if t in (b"$", b"!", b"="):
            n = int(self.buf[pos + 1:e])
            if n < 0:
                return e + 2
            end = e + 2 + n + 2
            while len(self.buf) < end:
                self._fill()
            return end
        if t in (b"*", b"%", b"~", b">"):
            n = int(self.buf[pos + 1:e])
            if t == b"%":
                n *= 2
            p = e + 2
            for _ in range(max(n, 0)):
                p = self._skip(p)
            return p
        raise ValueError("bad RESP type %r" % t)

    def raw(self, args):
        """Sends a command and returns the raw reply bytes."""
        self.sock.sendall(encode(args))
        end = self._skip(0)
        data, self.buf = self.buf[:end], self.buf[end:]
        return data

    def call(self, *args):
        return parse(self.raw([str(a) if not isinstance(a, (bytes, str)) else a for a in args]))


class Error(Exception):
    pass


def parse(data, pos=0, top=True):
    """Parses RESP2 bytes into Python values; errors become Error instances."""
    t = data[pos:pos + 1]
    e = data.index(b"\r\n", pos)
    body = data[pos + 1:e]
    if t == b"+":
        v, end = body.decode(), e + 2
    elif t == b"-":
        v, end = Error(body.decode()), e + 2
    elif t == b":":
        v, end = int(body), e + 2
    elif t == b"$":
        n = int(body)
        if n < 0:
            v, end = None, e + 2
        else:
            v, end = data[e + 2:e + 2 + n].decode("utf-8", "replace"), e + 2 + n + 2
    elif t == b"*":
        n = int(body)
        if n < 0:
            v, end = None, e + 2
        else:
            v, p = [], e + 2
            for _ in range(n):
                x, p = parse(data, p, False)
                v.append(x)
            end = p
    else:
        raise ValueError("unsupported RESP type %r" % t)
    return v if top else (v, end)


class Server:
    """redis-server on a random loopback port with a temp dir and a loaded module."""

    def __init__(self, module, module_args, password=None, extra=()):
        self.dir = tempfile.mkdtemp(prefix="sb-falkordb-")
        self.port = free_port()
        binary = os.environ.get("REDIS_SERVER", "redis-server")
        cmd = [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", self.dir,
               "--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", os.path.join(self.dir, "log")]
        if password:
            cmd += ["--requirepass", password]
        cmd += list(extra)
        cmd += ["--loadmodule", module] + [str(a) for a in module_args]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 20
        while True:
            try:
                c = Conn(self.port)
                c.close()
                break
            except OSError:
                if self.proc.poll() is not None or time.time() > deadline:
                    log = ""
                    try:
                        log = open(os.path.join(self.dir, "log")).read()
                    except OSError:
                        pass
                    self.stop()
                    raise RuntimeError("redis-server did not start:\n" + log)
                time.sleep(0.05)

    def connect(self):
        return Conn(self.port)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)
