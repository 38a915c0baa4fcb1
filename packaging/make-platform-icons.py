#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Tarmac contributors
"""Writes the Windows icon (windows/tarmac.ico) and the macOS icon (macos/tarmac.icns) from the PNG
sizes in linux/icons, so that all three platforms show the same pictures. Both formats hold the
PNGs as they are (Windows Vista and later, macOS 10.7 and later read PNG entries). Run it again
after the PNGs change:  python3 packaging/make-platform-icons.py
"""
import pathlib
import struct

here = pathlib.Path(__file__).resolve().parent
icons = here / "linux" / "icons"


def png(size):
    return (icons / f"tarmac-{size}.png").read_bytes()


def write_ico(path, sizes):
    entries, images = [], []
    offset = 6 + 16 * len(sizes)
    for size in sizes:
        data = png(size)
        # ICONDIRENTRY: width and height 0 mean 256.
        entries.append(struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset))
        images.append(data)
        offset += len(data)
    path.write_bytes(struct.pack("<HHH", 0, 1, len(sizes)) + b"".join(entries) + b"".join(images))


def write_icns(path, types):
    chunks = b""
    for kind, size in types:
        data = png(size)
        chunks += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


write_ico(here / "windows" / "tarmac.ico", [16, 24, 32, 48, 64, 128, 256])
# icp4/icp5/icp6: 16, 32, 64; ic07/ic08: 128, 256; ic11/ic12/ic13: the @2x of 16, 32, 128.
write_icns(here / "macos" / "tarmac.icns",
           [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
            ("ic11", 32), ("ic12", 64), ("ic13", 256)])
