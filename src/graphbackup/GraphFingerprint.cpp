#include "GraphFingerprint.h"

#include "SortedIdTable.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>
#include <cstring>

namespace {

void appendU64(QByteArray &out, quint64 value)
{
    char bytes[8];
    qToLittleEndian(value, bytes);
    out.append(bytes, 8);
}

void appendBytes(QByteArray &out, const QByteArray &bytes)
{
    appendU64(out, quint64(bytes.size()));
    out.append(bytes);
}

void appendProperties(QByteArray &out, const QList<GraphValue::Property> &properties)
{
    QList<const GraphValue::Property *> sorted;
    sorted.reserve(properties.size());
    for (const auto &p : properties)
        sorted.append(&p);
    std::sort(sorted.begin(), sorted.end(),
              [](const auto *a, const auto *b) { return a->key.toUtf8() < b->key.toUtf8(); });
    appendU64(out, quint64(sorted.size()));
    for (const auto *p : std::as_const(sorted)) {
        appendBytes(out, p->key.toUtf8());
        GraphFingerprint::appendCanonical(out, p->value);
    }
}

GraphFingerprint::Digest digestOf(const QByteArray &bytes)
{
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    GraphFingerprint::Digest digest;
    std::memcpy(digest.data(), hash.constData(), digest.size());
    return digest;
}

void addLanes(std::array<quint64, 4> &sum, const GraphFingerprint::Digest &digest)
{
    for (int lane = 0; lane < 4; ++lane)
        sum[lane] += qFromLittleEndian<quint64>(digest.data() + lane * 8);
}

QString lanesHex(const std::array<quint64, 4> &sum)
{
    QByteArray bytes;
    for (quint64 lane : sum)
        appendU64(bytes, lane);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

void GraphFingerprint::appendCanonical(QByteArray &out, const GraphValue &value)
{
    using T = GraphValue::Type;
    out.append(char(value.type()));
    switch (value.type()) {
    case T::String: appendBytes(out, value.toString().toUtf8()); break;
    case T::Integer:
    case T::Date:
    case T::Time:
    case T::DateTime:
    case T::Duration: appendU64(out, quint64(value.toInteger())); break;
    case T::Boolean: out.append(value.toBoolean() ? '\1' : '\0'); break;
    case T::Double: {
        double d = value.toDouble();
        if (d != d) // every NaN of one sign is the same value here: the server prints no payload
            d = std::signbit(d) ? -std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::quiet_NaN();
        quint64 bits;
        std::memcpy(&bits, &d, 8);
        appendU64(out, bits);
        break;
    }
    case T::Point: {
        const auto p = value.toPoint();
        quint32 bits[2];
        std::memcpy(&bits[0], &p.latitude, 4);
        std::memcpy(&bits[1], &p.longitude, 4);
        appendU64(out, bits[0]);
        appendU64(out, bits[1]);
        break;
    }
    case T::Vector: {
        const auto &v = value.toVector();
        appendU64(out, quint64(v.size()));
        for (float f : v) {
            quint32 bits;
            std::memcpy(&bits, &f, 4);
            appendU64(out, bits);
        }
        break;
    }
    case T::Array: {
        const auto &items = value.toArray();
        appendU64(out, quint64(items.size()));
        for (const auto &item : items)
            appendCanonical(out, item);
        break;
    }
    case T::Map: appendProperties(out, value.toMap()); break;
    default: break; // nodes, edges and paths are never property values
    }
}

GraphFingerprint::Digest GraphFingerprint::nodeDigest(const QStringList &labels,
                                                      const QList<GraphValue::Property> &properties)
{
    QByteArray bytes("N");
    QList<QByteArray> sortedLabels;
    for (const QString &label : labels)
        sortedLabels.append(label.toUtf8());
    std::sort(sortedLabels.begin(), sortedLabels.end());
    appendU64(bytes, quint64(sortedLabels.size()));
    for (const QByteArray &label : std::as_const(sortedLabels))
        appendBytes(bytes, label);
    appendProperties(bytes, properties);
    return digestOf(bytes);
}

GraphFingerprint::Digest GraphFingerprint::edgeDigest(const QString &type,
                                                      const QList<GraphValue::Property> &properties,
                                                      const Digest &source, const Digest &destination)
{
    QByteArray bytes("E");
    appendBytes(bytes, type.toUtf8());
    appendProperties(bytes, properties);
    bytes.append(reinterpret_cast<const char *>(source.data()), int(source.size()));
    bytes.append(reinterpret_cast<const char *>(destination.data()), int(destination.size()));
    return digestOf(bytes);
}

void GraphFingerprint::addNode(const Digest &digest)
{
    addLanes(m_nodeSum, digest);
    ++m_nodeCount;
}

void GraphFingerprint::addEdge(const Digest &digest)
{
    addLanes(m_edgeSum, digest);
    ++m_edgeCount;
}

QString GraphFingerprint::nodesHex() const
{
    return lanesHex(m_nodeSum);
}

QString GraphFingerprint::edgesHex() const
{
    return lanesHex(m_edgeSum);
}

QString GraphFingerprint::graphHex() const
{
    QByteArray bytes("bmb-graph-fingerprint-1");
    for (quint64 lane : m_nodeSum)
        appendU64(bytes, lane);
    for (quint64 lane : m_edgeSum)
        appendU64(bytes, lane);
    appendU64(bytes, quint64(m_nodeCount));
    appendU64(bytes, quint64(m_edgeCount));
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

NodeDigestIndex::NodeDigestIndex(const QString &temporaryDirectory)
    : m_table(std::make_unique<SortedIdTable>(16, temporaryDirectory))
{
}

NodeDigestIndex::~NodeDigestIndex() = default;

void NodeDigestIndex::add(quint64 id, const GraphFingerprint::Digest &digest)
{
    m_table->append(id, digest.data());
}

void NodeDigestIndex::finish()
{
    m_table->finish();
}

bool NodeDigestIndex::find(quint64 id, GraphFingerprint::Digest *digest) const
{
    digest->fill(0);
    return m_table->find(id, digest->data());
}
