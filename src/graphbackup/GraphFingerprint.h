#pragma once

#include "GraphValue.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <memory>

// The order-independent content fingerprint of a graph (docs/FORMAT.md, "Fingerprint").
// A node's digest is SHA-256 over its sorted labels and its properties sorted by key, each value in a
// canonical typed encoding (doubles by their bits). An edge's digest covers its type, its properties
// and the digests of its two endpoints, so it does not depend on internal ids, which a restore
// changes. The graph's fingerprint adds the digests up lane-wise (4 x 64-bit, wrapping): a multiset
// hash, so two identical nodes count twice instead of cancelling out, and the order of export does not
// matter.
class GraphFingerprint
{
public:
    using Digest = std::array<quint8, 32>;

    static Digest nodeDigest(const QStringList &labels, const QList<GraphValue::Property> &properties);
    static Digest edgeDigest(const QString &type, const QList<GraphValue::Property> &properties,
                             const Digest &source, const Digest &destination);
    // Canonical bytes of one value (also used by diff to compare values).
    static void appendCanonical(QByteArray &out, const GraphValue &value);

    void addNode(const Digest &digest);
    void addEdge(const Digest &digest);

    qint64 nodeCount() const { return m_nodeCount; }
    qint64 edgeCount() const { return m_edgeCount; }
    QString nodesHex() const;
    QString edgesHex() const;
    // SHA-256 over both sums and both counts: the one value to compare.
    QString graphHex() const;

private:
    std::array<quint64, 4> m_nodeSum {};
    std::array<quint64, 4> m_edgeSum {};
    qint64 m_nodeCount = 0;
    qint64 m_edgeCount = 0;
};

// The node digests an edge digest needs, by node id, in a temporary file (see SortedIdTable). Only the
// first 16 bytes of a node digest are kept for this (the rest reads as zero), which is what every
// producer and checker of edge digests uses.
class NodeDigestIndex
{
public:
    explicit NodeDigestIndex(const QString &temporaryDirectory = {});
    ~NodeDigestIndex();
    void add(quint64 id, const GraphFingerprint::Digest &digest);
    void finish();
    bool find(quint64 id, GraphFingerprint::Digest *digest) const;

private:
    std::unique_ptr<class SortedIdTable> m_table;
};
