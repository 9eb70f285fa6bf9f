"""Set up once per application: uncaught errors and Qt's own messages are logged, and a person is
shown a short apology instead of a crash."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler

from .banner import report_error

log = logging.getLogger("dusangire_desktop.ui")
qt_log = logging.getLogger("dusangire_desktop.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def apology() -> str:
    return QCoreApplication.translate(
        "presentation",
        "Sorry, something went wrong and nothing was changed. The details are in the log file.",
    )


def _ui_exception(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.critical("uncaught error on the UI thread", exc_info=(kind, error, trace))
    report_error(apology())


def _thread_exception(args: threading.ExceptHookArgs) -> None:
    log.critical(
        "uncaught error on thread %s",
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
    )


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s (%s:%s)", message, context.file,
               context.line)  # fmt: skip


def install() -> None:
    sys.excepthook = _ui_exception
    threading.excepthook = _thread_exception
    qInstallMessageHandler(_qt_message)
