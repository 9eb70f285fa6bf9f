"""Save every page a role may see as PNG, on small demo data under a fixed clock.

    python -m tools.screenshots --size 1366x768 --role front_desk --out shots/
    python -m tools.screenshots --size 1920x1080 --scale 1.25 --role manager --out shots/
    python -m tools.screenshots --language rw --role front_desk --only order_entry --out shots/

The window is sized to the screen in logical pixels (size ÷ scale), as a real screen with that
scaling would show it; the PNGs are in device pixels."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots", description=__doc__)
    parser.add_argument("--size", default="1366x768", help="screen size in pixels, WIDTHxHEIGHT")
    parser.add_argument("--scale", type=float, default=1.0, help="display scaling, e.g. 1.25")
    parser.add_argument(
        "--role",
        default="front_desk",
        choices=["front_desk", "nutritionist", "support", "manager", "admin"],
    )
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--language", default="en", choices=["en", "rw", "fr", "xx"], help="of the screens"
    )
    parser.add_argument("--only", nargs="*", help="area keys (or page names) to save, default all")
    parser.add_argument(
        "--compact", action="store_true", help="256 colours, for a gallery kept in the repository"
    )
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from dusangire_desktop.services import auth
    from dusangire_desktop.services.accounts import Role
    from dusangire_desktop.views import language

    from . import screens

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.language == language.PSEUDO:
        from . import i18n

        i18n.pseudo()
    language.apply(args.language)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dusangire-shots-") as folder:
        QCoreApplication.setOrganizationName("DusangireScreenshots")
        QCoreApplication.setApplicationName("DusangireScreenshots")
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)
        # A throw-away database: the published demo password need not cost 128 MiB a hash.
        auth.scrypt_cost = auth.ScryptCost(n=2**10, r=8, p=1)
        factory = screens.demo_database(Path(folder) / "demo.sqlite")
        actor = screens.sign_in(factory, Role(args.role))
        window = screens.open_window(factory, actor, round(width / args.scale),
                                     round(height / args.scale))  # fmt: skip
        saved = []
        for number, name in enumerate(screens.every_page(window), start=1):
            if args.only and not any(name == o or name.startswith(f"{o}-") for o in args.only):
                continue
            suffix = "" if args.language == "en" else f"-{args.language}"
            path = args.out / f"{args.role}-{number:02d}-{name}{suffix}.png"
            image = window.grab().toImage()
            if args.compact:
                image = _indexed(image)
            image.save(str(path), "PNG", 0 if args.compact else -1)
            saved.append(path)
        window.close()
        window.deleteLater()
        screens.settle(2)
    print("\n".join(str(path) for path in saved))
    del app
    return 0


def _indexed(image):  # type: ignore[no-untyped-def]
    """256 colours, the screen's own most frequent ones (Qt's default palette shifts them)."""
    import numpy as np
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.width() * image.height())
    colours, counts = np.unique(pixels, return_counts=True)
    table = [int(c) for c in colours[np.argsort(counts)[::-1][:256]]]
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    return image.convertToFormat(QImage.Format.Format_Indexed8, table, flags)


if __name__ == "__main__":
    sys.exit(main())
