#include "diagram_exporter.h"

#include "ui/ladder_painter.h"

#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace wirestep {

namespace {
constexpr int kMaxImageSide = 32'000;
constexpr double kPdfPageHeight = 1500;
} // namespace

double DiagramExporter::contentHeight() const { return std::ceil(m_layout.height() + LadderGeometry::kHeaderHeight); }

bool DiagramExporter::write(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) return writePng(path, error);
    if (suffix == QLatin1String("svg")) return writeSvg(path, error);
    if (suffix == QLatin1String("pdf")) return writePdf(path, error);
    if (error) *error = tr("Unknown image format \"%1\": use .png, .svg or .pdf.").arg(suffix);
    return false;
}

bool DiagramExporter::writePng(const QString &path, QString *error) const
{
    const double h = contentHeight();
    const double scale = std::min(2.0, kMaxImageSide / h);
    if (scale < 0.5) {
        if (error) *error = tr("The diagram is too long for one image; export it as PDF instead.");
        return false;
    }
    QImage image(static_cast<int>(kWidth * scale), static_cast<int>(h * scale), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.scale(scale, scale);
        LadderPainter::View v;
        v.width = kWidth;
        v.height = h;
        LadderPainter(m_layout, m_trace).paint(p, v);
    }
    if (!image.save(path, "PNG")) {
        if (error) *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

bool DiagramExporter::writeSvg(const QString &path, QString *error) const
{
    const double h = contentHeight();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(QSize(static_cast<int>(kWidth), static_cast<int>(h)));
    svg.setViewBox(QRectF(0, 0, kWidth, h));
    svg.setTitle(tr("Wirestep sequence diagram"));
    QPainter p;
    if (!p.begin(&svg)) {
        if (error) *error = tr("Could not write %1.").arg(path);
        return false;
    }
    LadderPainter::View v;
    v.width = kWidth;
    v.height = h;
    LadderPainter(m_layout, m_trace).paint(p, v);
    p.end();
    return true;
}

bool DiagramExporter::writePdf(const QString &path, QString *error) const
{
    QPdfWriter pdf(path);
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QSizeF(kWidth * 72.0 / 96.0, kPdfPageHeight * 72.0 / 96.0), QPageSize::Point));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(tr("Wirestep sequence diagram"));
    QPainter p;
    if (!p.begin(&pdf)) {
        if (error) *error = tr("Could not write %1.").arg(path);
        return false;
    }
    const double body = kPdfPageHeight - LadderGeometry::kHeaderHeight;
    const double total = m_layout.height();
    const LadderPainter painter(m_layout, m_trace);
    for (double scroll = 0; scroll < total; scroll += body) {
        if (scroll > 0) pdf.newPage();
        LadderPainter::View v;
        v.width = kWidth;
        v.height = kPdfPageHeight;
        v.scrollY = scroll;
        painter.paint(p, v);
    }
    p.end();
    return true;
}

} // namespace wirestep
