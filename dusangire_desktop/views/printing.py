"""Paper documents (receipts, statements): HTML laid out in real units on a page sized in mm.

The HTML is laid out as on a 96-dpi screen, where 1 pt is 1/72 inch and 1 px is 1/96 inch, and the
painter is scaled from those units to the device's own resolution (1200 dpi for a PDF), so a
9 pt font prints 9 pt high on any device. A roll (receipt) page is as long as its content; a sheet
(A4) page breaks between lines and repeats a table's <thead> on each page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from .formatting import number
from .language import document_language, translate

LAYOUT_DPI = 96
MM_PER_INCH = 25.4
_ROLL_SLACK_MM = 2  # so the last line of a roll never spills onto a second page


@dataclass(frozen=True)
class Paper:
    """A sheet (height set) or a roll (height None: as long as the content), with its margin."""

    name: str
    width_mm: float
    height_mm: float | None
    margin_mm: float


A4 = Paper("A4", 210, 297, 15)
A6 = Paper("A6", 105, 148, 6)  # a tray label, one ticket a page


def roll(width_mm: int) -> Paper:
    return Paper(f"Roll {width_mm} mm", width_mm, None, 4)


def _px(mm: float) -> float:
    return mm / MM_PER_INCH * LAYOUT_DPI


def _mm(px: float) -> float:
    return px / LAYOUT_DPI * MM_PER_INCH


_layout_device: QImage | None = None


def _layout_dpi_device() -> QImage:
    """A 96-dpi device to lay text out on, whatever the screen's resolution (kept alive here:
    the document's layout holds only a pointer to it)."""
    global _layout_device
    if _layout_device is None:
        _layout_device = QImage(1, 1, QImage.Format.Format_RGB32)
        dots_per_metre = round(LAYOUT_DPI / MM_PER_INCH * 1000)
        _layout_device.setDotsPerMeterX(dots_per_metre)
        _layout_device.setDotsPerMeterY(dots_per_metre)
    return _layout_device


def print_html(
    html: str, paper: Paper, device: QPagedPaintDevice, language: str | None = None
) -> None:
    """Lay `html` out on `paper` and paint it, page after page, onto a PDF writer or printer."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(_layout_dpi_device())
    document.setDocumentMargin(0)
    document.setHtml(html)
    width = _px(paper.width_mm - 2 * paper.margin_mm)
    document.setTextWidth(width)
    height_mm = paper.height_mm or (
        _mm(document.size().height()) + 2 * paper.margin_mm + _ROLL_SLACK_MM
    )
    size = QPageSize(QSizeF(paper.width_mm, height_mm), QPageSize.Unit.Millimeter, paper.name)
    margins = QMarginsF(*[paper.margin_mm] * 4)
    device.setPageLayout(
        QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    )
    page_height = _px(height_mm - 2 * paper.margin_mm)
    document.setPageSize(QSizeF(width, page_height))
    painter = QPainter(device)
    scale_x = device.logicalDpiX() / LAYOUT_DPI
    scale_y = device.logicalDpiY() / LAYOUT_DPI
    pages = document.pageCount()
    for page in range(pages):
        if page:
            device.newPage()
        painter.save()
        painter.scale(scale_x, scale_y)
        painter.translate(0, -page * page_height)
        document.drawContents(painter, QRectF(0, page * page_height, width, page_height))
        painter.restore()
        if pages > 1:
            # In the bottom margin, in device units: the painter sizes a point font for the device.
            margin = _px(paper.margin_mm)
            band = QRectF(
                0, (page_height + margin / 3) * scale_y, width * scale_x, margin / 2 * scale_y
            )
            painter.setFont(QFont("DejaVu Sans", 9))
            painter.drawText(
                band,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _page_of(page + 1, pages, language),
            )
    painter.end()


def _page_of(page: int, pages: int, language: str | None) -> str:
    """The footer, in the document's language (a customer's, a partner's) when it has one."""
    if language is None:
        return QCoreApplication.translate("printing", "Page {page} of {pages}").format(
            page=page, pages=pages
        )
    with document_language(language):
        text = translate("printing", QT_TRANSLATE_NOOP("printing", "Page {page} of {pages}"))
        return text.format(page=number(page), pages=number(pages))


def save_pdf(html: str, paper: Paper, path: Path, title: str, language: str | None = None) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Dusangire Desktop")
    print_html(html, paper, writer, language)


def print_document(
    html: str,
    paper: Paper,
    title: str,
    parent: QWidget | None = None,
    language: str | None = None,
) -> bool:
    """Through Qt's print dialog; False when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_html(html, paper, printer, language)
    return True


def preview_document(
    html: str,
    paper: Paper,
    title: str,
    parent: QWidget | None = None,
    language: str | None = None,
) -> QPrintPreviewDialog:
    """Opens (without blocking) a preview of the pages exactly as `print_html` lays them out;
    its Print button prints them."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Preview — {title}").format(
        title=title))  # fmt: skip
    # The dialog only points at its printer: it lives as long as the dialog does.
    dialog.__dict__["printer"] = printer
    dialog.paintRequested.connect(lambda device: print_html(html, paper, device, language))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(900, 680)
    dialog.open()
    return dialog
