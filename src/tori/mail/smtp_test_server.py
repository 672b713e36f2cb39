#!/usr/bin/python3
# SPDX-License-Identifier: AGPL-3.0-or-later
# A real SMTP server for tests (aiosmtpd) on 127.0.0.1 that writes each message to a folder.
#
#   /usr/bin/python3 smtp_test_server.py --port 0 --folder /tmp/x   # prints "PORT 40123"
#
# Each message becomes NNNNNN.eml (the DATA bytes, CRLF as received, dots unstuffed) and then
# NNNNNN.json ({"mail_from": …, "rcpt_tos": […]}), each written atomically; the .json appears
# last, so a reader that sees it finds the .eml complete. Recipients whose local part starts
# with "temp-fail" are refused with 451, "perm-fail" with 550, to test retries and giving up.
# SIGTERM stops it. Started by SmtpTestServer (smtp_test_server.hpp).
import argparse
import asyncio
import json
import os
import signal
import sys

from aiosmtpd.smtp import SMTP


def write_atomically(path, data):
    temp = path + ".tmp"
    with open(temp, "wb") as out:
        out.write(data)
    os.replace(temp, path)


class Handler:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@", 1)[0].lower()
        if local.startswith("temp-fail"):
            return "451 4.3.0 Temporary failure (test)"
        if local.startswith("perm-fail"):
            return "550 5.1.1 No such mailbox (test)"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.folder, "%06d" % self.count)
        write_atomically(base + ".eml", envelope.original_content)
        envelope_json = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}
        write_atomically(base + ".json", json.dumps(envelope_json).encode("utf-8"))
        return "250 Message accepted"


async def serve(port, folder):
    loop = asyncio.get_running_loop()
    handler = Handler(folder)
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="tori-test", ident="tori-test-smtp"), "127.0.0.1", port)
    print("PORT %d" % server.sockets[0].getsockname()[1], flush=True)
    stopped = loop.create_future()
    loop.add_signal_handler(signal.SIGTERM, stopped.set_result, None)
    loop.add_signal_handler(signal.SIGINT, stopped.set_result, None)
    await stopped
    server.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="0: any free port (printed)")
    parser.add_argument("--folder", required=True)
    args = parser.parse_args()
    os.makedirs(args.folder, exist_ok=True)
    asyncio.run(serve(args.port, args.folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
