#include "ui/diagram/diagram_exporter.h"

#include "ui/diagram/ladder_legend.h"
#include "ui/diagram/ladder_painter.h"
#include "ui/diagram/ladder_style.h"
#include "ui/window/safe_save.h"

#include <QBuffer>
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

double DiagramExporter::captionHeight() const
{
    const bool any = std::any_of(m_lanes.begin(), m_lanes.end(), [](const Lane &l) { return !l.caption.isEmpty(); });
    return any ? kCaptionHeight : 0.0;
}

double DiagramExporter::bodyHeight() const
{
    double body = 0;
    for (const Lane &l : m_lanes) body = std::max(body, l.layout->height());
    return body;
}

bool DiagramExporter::fromCapture() const
{
    return std::any_of(m_lanes.begin(), m_lanes.end(), [](const Lane &l) { return LadderLegend::isCaptureTrace(*l.trace); });
}

double DiagramExporter::legendHeight() const { return LadderLegend::height(width(), fromCapture()); }

double DiagramExporter::height() const
{
    return std::ceil(captionHeight() + bodyHeight() + LadderGeometry::kHeaderHeight) + legendHeight();
}

void DiagramExporter::paintLegend(QPainter &p, double y) const
{
    LadderLegend::paint(p, QRectF(0, y, width(), legendHeight()), LadderStyle::Theme::Light, fromCapture());
}

double DiagramExporter::laneWidth(std::size_t lane) const
{
    const Lane &l = m_lanes[lane];
    return std::max(kWidth, LadderPainter(*l.layout, *l.trace).minimumWidth());
}

double DiagramExporter::width() const
{
    double w = 0;
    for (std::size_t i = 0; i < m_lanes.size(); ++i) w += laneWidth(i);
    return w;
}

void DiagramExporter::paintCaption(QPainter &p, const QString &caption, double width) const
{
    // As on screen: bold, centred, on a light band (the window's alternate base).
    const QRectF band(0, 0, width, kCaptionHeight);
    p.fillRect(band, QColor(0xF2, 0xF2, 0xF2));
    p.setPen(LadderStyle::ink());
    p.setFont(LadderStyle::sans(14, true));
    p.drawText(band.adjusted(8, 2, -8, -2), Qt::AlignCenter | Qt::TextWordWrap, caption);
}

void DiagramExporter::paint(QPainter &p, double pageHeight, double scrollY) const
{
    const double caption = captionHeight();
    double x = 0;
    std::vector<double> rules;
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        const Lane &lane = m_lanes[i];
        const double w = laneWidth(i);
        if (i > 0) rules.push_back(x);
        p.save();
        p.translate(x, 0);
        x += w;
        if (caption > 0) {
            paintCaption(p, lane.caption, w);
            p.translate(0, caption);
        }
        LadderPainter::View v;
        v.width = w;
        v.height = pageHeight - caption;
        v.scrollY = scrollY;
        LadderPainter(*lane.layout, *lane.trace).paint(p, v);
        p.restore();
    }
    // A thin rule between two lanes, as the window's splitter.
    p.setPen(QPen(QColor(0xCC, 0xCC, 0xCC), 1.0));
    for (const double rule : rules) p.drawLine(QPointF(rule, 0), QPointF(rule, pageHeight));
}

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
    const double w = width();
    const double h = height();
    const double scale = std::min(2.0, kMaxImageSide / std::max(w, h));
    if (scale < 0.5) {
        if (error) *error = tr("The diagram is too long for one image; export it as PDF instead.");
        return false;
    }
    QImage image(static_cast<int>(w * scale), static_cast<int>(h * scale), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.scale(scale, scale);
        paint(p, h - legendHeight(), 0);
        paintLegend(p, h - legendHeight());
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error) *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return SafeSave::write(path, bytes, error);
}

bool DiagramExporter::writeSvg(const QString &path, QString *error) const
{
    const double w = width();
    const double h = height();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(static_cast<int>(w), static_cast<int>(h)));
    svg.setViewBox(QRectF(0, 0, w, h));
    svg.setTitle(tr("Wirestep sequence diagram"));
    QPainter p;
    if (!p.begin(&svg)) {
        if (error) *error = tr("Could not write %1.").arg(path);
        return false;
    }
    paint(p, h - legendHeight(), 0);
    paintLegend(p, h - legendHeight());
    p.end();
    return SafeSave::write(path, bytes, error);
}

bool DiagramExporter::writePdf(const QString &path, QString *error) const
{
    const double w = width();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QSizeF(w * 72.0 / 96.0, kPdfPageHeight * 72.0 / 96.0), QPageSize::Point));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(tr("Wirestep sequence diagram"));
    QPainter p;
    if (!p.begin(&pdf)) {
        if (error) *error = tr("Could not write %1.").arg(path);
        return false;
    }
    // Each page repeats the captions and the node names above its part of the lanes.
    const double top = captionHeight() + LadderGeometry::kHeaderHeight;
    const double body = kPdfPageHeight - top;
    const double total = bodyHeight();
    double scroll = 0;
    for (;;) {
        paint(p, kPdfPageHeight, scroll);
        if (scroll + body >= total) break;
        scroll += body;
        pdf.newPage();
    }
    // The legend under the last event, or on a page of its own when that page is full.
    const double end = top + total - scroll;
    if (end + legendHeight() <= kPdfPageHeight) {
        paintLegend(p, end);
    } else {
        pdf.newPage();
        paintLegend(p, 0);
    }
    p.end();
    return SafeSave::write(path, bytes, error);
}

} // namespace wirestep
